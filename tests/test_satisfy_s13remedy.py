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

from drafter.backends.remedy_fit import (
    deliver_where,
    fix_demanded,
    money_only_asked,
    part_missing,
    remaining_kept,
    sent_to_old_address,
)
from drafter.guard.normalize import fold
from drafter.intake.promise import meter_test_asked, recovery_by

HAD_IT: list[Row] = [
    (
        "en",
        "We queued 20 minutes at your cafe this morning and then got charged twice for one flat white, "
        "$4.80 x2 on my card. Can you just refund the extra one please.",
        ["$4.80"],
        ["bring your order out"],
    ),
    (
        "zh-Hans",
        "今天中午在你们店排队等了半小时，结果一碗牛肉面扣了我两次钱，28元扣了两遍。请把多扣的那笔退给我。",
        [],
        ["马上为您上菜"],
    ),
    (
        "zh-Hant",
        "今天在你們店裡等了四十分鐘才拿到餐，結帳時一份套餐收了我兩次錢，每次NT$180。請把多收的那筆退回來。",
        [],
        ["馬上為您上菜"],
    ),
]

SPILT: list[Row] = [
    (
        "zh-Hans",
        "外卖点了三杯奶茶，送到的时候洒了两杯，袋子里全是奶茶。45块钱只喝到一杯，要么重做要么退钱吧。",
        [],
        ["破损理赔", "外包装"],
    ),
    (
        "zh-Hant",
        "外送點了兩杯拿鐵，送到的時候灑了一大半，袋子都濕透了。NT$240只喝到半杯，重做或者退錢吧。",
        [],
        ["破損理賠", "外包裝"],
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
        ["重新寄出"],
        ["更換", "清單", "更正後"],
    ),
    (
        "en",
        "I applied for a copy of my marriage certificate, ref MC-22190, and paid $25. You posted it to my old address "
        "even though the form had my new one. Please send the document again to my new address.",
        ["sent again to the address you gave"],
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


@pytest.mark.parametrize(
    "language,complaint,holds,never",
    HAD_IT + SPILT + MISSING_PART + METER_READ + RECOVERY + AGAIN + OLD_ADDRESS + REMAINING + THREAT_FIX,
)
def test_remedy_fits(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


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
    "text,zh,expected",
    [
        ("im at the Hotel Ribeira till thursday pls just deliver it there", False, ("the Hotel Ribeira", "Thursday")),
        ("我住在维多利亚酒店到周五，找到了直接送过来", True, ("维多利亚酒店", "周五")),
        ("我住在維多利亞酒店到週五，找到後直接送過來", True, ("維多利亞酒店", "週五")),
        ("I was at the Hotel Ribeira until Thursday", False, None),  # near miss: nothing to deliver
    ],
)
def test_deliver_where(text: str, zh: bool, expected: tuple[str, str] | None) -> None:
    assert deliver_where(text, zh) == expected


@pytest.mark.parametrize(
    "text,found",
    [
        ("再唔返嚟整我就去消委會投訴", True),
        ("如果再不派人来修我就去投诉", True),
        ("If you don't send someone to fix it, I'll go to the ombudsman", True),
        ("再不退款我就去投诉", False),  # near miss: the condition is money, not a repair
    ],
)
def test_fix_demanded(text: str, found: bool) -> None:
    assert (fix_demanded(text) is not None) is found
