"""The remedy fits the situation and stays within what we can promise (round s13remedy): money asked
back for something already had brings no "the kitchen will bring it out"; a drink spilt in the bag
is no parcel damage claim; a part of an order that never came is sent (or refunded), not exchanged;
a bill is corrected after the meter is read again, with no clock before it; something lost asked
back by a date is promised the effort and an answer, not the outcome; a failure come back again
is stopped from recurring beside what was asked; a document sent to the old address is posted to
the right one with nothing re-applied for; the rest of a package is kept; a bag is brought to the
hotel they name; the condition of a threat ("再唔返嚟整…") is the ask. Complaints written for these
tests, across kinds of business and in en, zh-Hans and zh-Hant.

Rows marked as near misses pass without this round's change: guards against reading too much."""

from __future__ import annotations

import pytest
from satisfy_rows import Row
from satisfy_rows import check_satisfy as _check

import drafter
from drafter.backends.remedy_fit import (
    fix_demanded,
    money_only_asked,
    part_missing,
    remaining_kept,
    sent_to_old_address,
)
from drafter.guard.normalize import fold
from drafter.intake.promise import meter_test_asked, recovery_by

# Chat messages (someone on the spot): these read as "now", where "the kitchen brings it out" was said.
HAD_IT: list[Row] = [
    (
        "en",
        "hey so i got charged twice for one flat white this morning?? $4.80 x2 on my card. waited 20 min in line too. "
        "can u just refund the extra one",
        ["$4.80"],
        ["bring your order out"],
    ),
    (
        "zh-Hans",
        "今天排队等了二十分钟 一杯拿铁扣了我两次钱 每次32元 把多扣的那笔退给我",
        ["退款"],
        ["上菜"],
    ),
    (
        "zh-Hant",
        "今日排隊等咗二十分鐘 一杯奶茶扣咗我兩次錢 每次HK$38 唔該將多扣嗰筆退返俾我",
        ["HK$38"],
        ["上菜"],
    ),
]

SPILT: list[Row] = [
    (
        "zh-Hant",
        "點了兩杯冰美式外送 送到的時候灑了一大半 袋子全濕了\nNT$220只喝到半杯 要嘛重做要嘛退錢吧",
        [],
        ["破損理賠", "外包裝"],
    ),
    (
        "en",
        "hi, ordered 2 iced americanos for delivery and they arrived spilled, the bag was soaked. "
        "paid $9.80 for half a coffee. remake or refund pls",
        ["made again"],
        ["damage claim", "exchange"],
    ),
    # near miss: glasses broken in a parcel are a damage claim
    (
        "zh-Hans",
        "快递员把箱子直接扔进院子，单号ZT5566778899，里面一套四个的玻璃杯碎了两个，赔吧。",
        ["破损理赔"],
        [],
    ),
]

MISSING_PART: list[Row] = [
    (
        "zh-Hans",
        "网上买了三盒维生素 只到了两盒\n订单 8812 3341 少的那盒59元 补发或者退款都行",
        ["补发"],
        ["更换"],
    ),
    (
        "zh-Hant",
        "網購了兩本書，只收到一本，訂單 TW-5521。少的那本NT$380，補寄或者退款都可以。",
        ["補發"],
        ["更換"],
    ),
    (
        "en",
        "I ordered three phone cases (order PC-4410) and only two arrived. The missing one was $12. "
        "Please either send the missing one or refund it, either is fine.",
        ["missing item sent out"],
        ["exchange"],
    ),
]

METER_READ: list[Row] = [
    (
        "en",
        "My water bill for March is $420 when it is usually $60. Account 7731-220. I think the meter was misread. "
        "Please send someone to re-read the meter and issue a corrected bill.",
        ["read again"],
        ["sent or uploaded again within 24 hours"],
    ),
    (
        "zh-Hans",
        "这个月电费账单3120元，平时才200元，户号 0571-3321。我觉得抄错表了，请派人重新抄表，然后重新出一份正确的账单。",
        ["重新核算"],
        ["24小时内完成"],
    ),
]

RECOVERY: list[Row] = [
    (
        "zh-Hant",
        "我用你們的雲端硬碟三年，上週更新之後帳號裡的照片全部不見了。這些照片非常重要，請在五天內恢復，否則我會找律師。",
        ["能找回哪些"],
        ["內辦好"],
    ),
    (
        "zh-Hans",
        "你们的笔记App升级后，我账号里两年的笔记全部丢失了。请在三天内恢复，不然我就投诉到工信部。",
        ["能找回哪些"],
        ["内办好"],
    ),
]

AGAIN: list[Row] = [
    (
        "en",
        "This is the 3rd time your courier has left my parcel on the doorstep in the rain, tracking 9981X2. "
        "The box is soaked. Please call me today.",
        ["does not happen again"],
        [],
    ),
    (
        "zh-Hans",
        "这是第三次了，你们快递员又把我的包裹放在门口淋雨，单号SF1234567890，箱子全湿了。请今天给我回个电话。",
        ["避免再次发生"],
        [],
    ),
]

OLD_ADDRESS: list[Row] = [
    (
        "zh-Hant",
        "本人申請了一份戶籍謄本，編號 HR-88123，已付NT$100。後來收到通知說已寄出，但寄去了我以前的舊地址，"
        "申請表上寫的是新地址。請把文件重新寄到新地址，不要再叫我重新付費。",
        ["重新發送", "再次繳費"],
        ["更換", "清單", "更正後"],
    ),
    (
        "en",
        "I applied for a copy of my marriage certificate, ref MC-22190, and paid $25. You posted it to my old address "
        "even though the form had my new one. Please send the document again to my new address.",
        ["sent again to the address you gave", "no new application or payment"],
        ["corrected", "exchange", "list of everything"],
    ),
]

REMAINING: list[Row] = [
    (
        "zh-Hant",
        "我買了瑜伽課程包 YG-2210，林老師這個月已經三次臨時取消。幫我換個老師吧，剩下的課不要浪費了。",
        ["剩下的課都會為您保留"],
        [],
    ),
    (
        "en",
        "My personal trainer at your gym has been late three times this month. Please switch me to another trainer; "
        "I don't want to lose the remaining sessions on my package.",
        ["remaining sessions on your package stay yours"],
        [],
    ),
]

THREAT_FIX: list[Row] = [
    (
        "zh-Hans",
        "你们师傅上周来装的热水器，收了1800元，现在完全不出热水还漏水，打电话也没人理。再不派人来修我就去消协投诉。",
        ["上门"],
        [],
    ),
    (
        "zh-Hant",
        "你哋師傅上個禮拜嚟裝洗衣機收咗HK$1,500，部機完全唔轉仲漏水，打極都冇人覆。再唔返嚟整我就去消委會投訴。",
        ["上門"],
        [],
    ),
]

FREE_REDO: list[Row] = [
    (
        "zh-Hans",
        "上周在你们店做的美甲，花了680元，三天就全掉了，店长也不回消息。我要求全额退还680元并免费帮我重新做一次，"
        "再没人处理我就打12315投诉。",
        ["免费重新处理"],
        [],
    ),
    (
        "zh-Hant",
        "上星期在你們店燙髮，收了NT$3,200，結果頭髮全部燙壞了，店長一直不回訊息。我要求全額退還NT$3,200並免費幫我修復頭髮，"
        "不然我會向消保官投訴。",
        ["免費重新處理"],
        [],
    ),
]

ROOM: list[Row] = [
    (
        "zh-Hans",
        "2306房 一进门就看到地上有只蟑螂 不用叫经理 给我换个房间就行 最好换个楼层",
        ["其他楼层", "除虫"],
        ["经理"],
    ),
    (
        "zh-Hant",
        "1502房 剛進門就看到床邊有一隻蟑螂 不用叫經理 幫我換個房間就好 最好換個樓層",
        ["其他樓層", "除蟲"],
        ["經理"],
    ),
]

OUTAGE: list[Row] = [
    (
        "zh-Hant",
        "你好，我屋企嘅寬頻由上個月開始斷斷續續，帳戶號碼 HKB-7712033，技術員嚟過一次，佢一走又斷線。"
        "我要求減免今個月嘅月費HK$268。",
        ["修復"],
        [],
    ),
    (
        "zh-Hans",
        "你好，我家的宽带这两个星期一直断断续续，账号 0571-66120034，师傅来过一次，走了又断线。"
        "我要求减免这个月的月费98元。",
        ["修复"],
        [],
    ),
]

UPDATES_BY: list[Row] = [
    (
        "zh-Hant",
        "您好：\n我在官網訂了兩晚的房間，訂單編號 TW-55120，房價NT$3,600，信用卡卻被扣了兩次。"
        "請盡快將重複扣款退回，並以Email回覆處理進度。\n陳小姐",
        ["通過郵件發給您"],
        [],
    ),
    (
        "zh-Hans",
        "您好：\n我在你们网站订的机票被扣了两次款，订单号 AIR-88213，每次1,280元。"
        "请尽快退回重复的扣款，并用email回复处理进度。\n王先生",
        ["通过邮件发给您"],
        [],
    ),
]


@pytest.mark.parametrize(
    "language,complaint,holds,never",
    UPDATES_BY
    + FREE_REDO
    + ROOM
    + OUTAGE
    + MISSING_PART
    + METER_READ
    + RECOVERY
    + AGAIN
    + OLD_ADDRESS
    + REMAINING
    + THREAT_FIX,
)
def test_remedy_fits(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


@pytest.mark.parametrize("language,complaint,holds,never", HAD_IT + SPILT)
def test_remedy_fits_chat(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    d = drafter.draft(complaint, channel="chat")
    assert d.language == language
    for words in holds:
        assert words in d.sections.satisfy, (words, d.sections.satisfy)
    for words in never:
        assert words not in d.sections.satisfy, (words, d.sections.satisfy)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("charged twice for one latte, can you just refund the extra one", True),
        ("我们等了一个小时还没上菜，请把菜尽快上来", False),
        ("等了一個小時，請退回多收的NT$120", True),
        # near miss: money back beside the food made again is still food to bring
        ("the burger was raw, please remake it or refund it", False),
    ],
)
def test_money_only_asked(text: str, expected: bool) -> None:
    assert money_only_asked(text) is expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("网上药房买了两瓶药 只到了一瓶", True),
        ("網購了三件T恤，只收到兩件", True),
        ("I ordered four mugs and only three arrived", True),
        ("买了两瓶药，到了两瓶，但是有一瓶过期了", False),  # near miss: all came
        ("I ordered two mugs, both arrived chipped", False),
    ],
)
def test_part_missing(text: str, expected: bool) -> None:
    assert part_missing(text) is expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("please send someone to re-read the meter", True),
        ("请派人重新抄表", True),
        ("請派人重新抄表，再出正確帳單", True),
        ("please re-read my email and reply", False),  # near miss: no meter
    ],
)
def test_meter_read_again(text: str, expected: bool) -> None:
    assert meter_test_asked(fold(text)) is expected


@pytest.mark.parametrize(
    "asked,story,expected",
    [
        ("请在七天内恢复", "更新后照片全部不见了。请在七天内恢复", True),
        ("請在五天內找回", "行李丟失了", True),
        ("please recover my files by Friday", "all my files were deleted after the update", True),
        ("在七天內恢復", "帳號裡約200GB的照片和工作檔案全部不見了", True),
        ("please restore my files by Friday", "all my files vanished after the update", True),
        ("请在周五前恢复供电", "停电两天了", False),  # near miss: a supply, nothing lost
        ("please restore my plan by Friday", "you changed my plan", False),
    ],
)
def test_recovery_by(asked: str, story: str, expected: bool) -> None:
    assert recovery_by(asked, fold(story)) is expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("但原來寄咗去我公司舊地址（九龍灣）", True),
        ("结果寄到了我以前的地址", True),
        ("You posted it to my old address", True),
        ("请寄到我的新地址", False),  # near miss: the address given, nothing sent wrong
    ],
)
def test_sent_to_old_address(text: str, expected: bool) -> None:
    assert sent_to_old_address(text) is expected


@pytest.mark.parametrize(
    "text,zh,expected",
    [
        ("帮我换个教练吧 剩下的课别浪费了", True, "剩下的课"),
        ("幫我換老師，剩餘的課時不要作廢", True, "剩餘的課時"),
        ("I don't want to lose the remaining sessions", False, "remaining sessions"),
        ("剩下的钱退给我", True, None),  # near miss: money back, no package kept
    ],
)
def test_remaining_kept(text: str, zh: bool, expected: str | None) -> None:
    assert remaining_kept(text, zh) == expected


@pytest.mark.parametrize(
    "text,found",
    [
        ("再唔返嚟整我就去消委會投訴", True),
        ("如果再不派人来修我就去投诉", True),
        ("If you don't send someone to fix it, I'll go to the ombudsman", True),
        ("部冷氣機完全冇凍仲漏水 再唔返嚟整我就去消委會投訴", True),
        ("如果不派人上門修好，我就去消保官申訴", True),
        ("If you don't send someone back to fix it this week I'll report you to trading standards", True),
        ("再不退款我就去投诉", False),  # near miss: the condition is money, not a repair
        ("师傅来过了，还是坏的", False),
    ],
)
def test_fix_demanded(text: str, found: bool) -> None:
    assert (fix_demanded(text) is not None) is found


# A missing item sent, its refund the fallback: the refund, whose value nobody stated, is requested,
# never promised — a template must not write what the guard holds (compensation.unvalued; pool da-007).
MISSING_OR_REFUND = [
    (
        "en",
        "Three textbooks ordered, order BK-2231, only two arrived. Either send the missing book fast or refund it, "
        "let me know which.",
    ),
    ("zh-Hans", "订单BK-2231买了三本书只到了两本，请把少的那本补发过来，或者退钱。"),
    ("zh-Hant", "訂單BK-2231買了三本書只到了兩本，請把少的那本補寄過來，或者退錢。"),
]


@pytest.mark.parametrize(("language", "text"), MISSING_OR_REFUND)
def test_missing_item_or_refund_passes_the_guard(language: str, text: str) -> None:
    d = drafter.draft(text, channel="email", backend="template")
    assert d.language == language
    assert d.guard.verdict == "pass", (d.guard.findings, d.text)
