"""Satisfy answers what was actually asked, within authority (round s12remedy): a fee asked off in a
clause of its own is waived within the role's limit; "half" of the thing spilled is no partial
refund; a refund asked for outright brings no exchange the story suggested beside it (an occasion
past), and staff's reported words ("師傅話…先可以退") ask nothing; an exchange they come in for is
made at the counter; being told to return our mistake at their cost is answered; several missed
sessions are each made up; a deposit due back is named and released; a serving made wrong is made
again; a request joined on after a remedy ("…，并重新派人修好") is answered. Complaints written for
these tests, across kinds of business.

Rows marked as near misses pass without this round's change: guards against reading too much."""

from __future__ import annotations

import pytest
from satisfy_rows import Row
from satisfy_rows import check_satisfy as _check

from drafter.backends.satisfy_asks3 import (
    coming_in,
    deposit_itemised,
    deposit_overdue,
    return_burden,
    several_missed,
)
from drafter.backends.template_remedy import remedies
from drafter.guard.normalize import fold

FEE_OFF: list[Row] = [
    (
        "zh-Hans",
        "我的会员号是 M-2231。系统说我停车超时要交罚款8元，但我明明10点就走了，有出场记录。麻烦把这笔罚款撤掉。",
        ["8元的费用我已为您免除"],
        ["正在为您核实"],
    ),
    (
        "zh-Hant",
        "我上個月準時交了管理費，但系統又收了我NT$30的滯納金，麻煩把這筆滯納金取消掉。",
        ["NT$30的費用"],
        [],
    ),
    (
        "en",
        "I returned the book on time but was charged a $4 late fee. Could you please remove the late fee?",
        ["$4"],
        [],
    ),
    (
        "zh-Hant",
        "我們公司用貴公司的線上排班系統（訂閱編號 SUB-33018），上週更新後匯出功能一直出錯。"
        "月費 NT$900 照收，但功能不能用。請儘快修好，並折抵這個月的費用。",
        ["NT$900"],
        [],
    ),
    (
        "zh-Hans",
        "你们的云盘这个月同步一直失败，会员号 VIP-2231，月费 30元 照扣。请尽快修复，并减免本月月费。",
        ["30元"],
        [],
    ),
    # near miss: the fee named, nothing asked off
    (
        "zh-Hans",
        "系统说我停车超时要交罚款8元，我想知道超时是怎么算的。",
        [],
        ["已为您免除"],
    ),
]

HALF_OF_THE_THING: list[Row] = [
    (
        "zh-Hans",
        "外卖等了一个小时 汤洒了一半 订单尾号5521 28块钱就这样？退钱",
        ["28元我已为您办理退还"],
        ["需要主管审批"],
    ),
    (
        "en",
        "My takeaway came an hour late and half the soup had spilled in the bag. Order 4410, it was $6. Refund please.",
        ["$6"],
        [],
    ),
    # near miss: half of the money asked back stays half
    ("zh-Hans", "理发剪坏了，花了200元，退一半钱给我吧", ["100元（200元的一半）"], []),
]

REFUND_ALONE: list[Row] = [
    (
        "zh-Hant",
        "我在6月1日透過貴店網站訂了一個白色百合花圈，訂單 FL-1002，送去殯儀館給我外婆的告別式。"
        "結果送到的竟然是粉紅色的生日花籃。花了NT$2,600。請全額退款。",
        ["退款"],
        ["更換", "哪種方式"],
    ),
    (
        "zh-Hans",
        "我在网上订了一件黑色的外套，订单 WX-7781，结果发错了货，寄来的是一件白色的衬衫。599元。请给我全额退款。",
        ["退款"],
        ["更换", "哪种方式"],
    ),
    (
        "zh-Hant",
        "我喺網店買咗部雪櫃，訂單 HK-2210，HK$5,800。送到嗰陣門已經凹咗，"
        "師傅話要我自己搬返落樓先可以退。我要換過部新嘅。",
        ["更換"],
        ["退款需要", "HK$5,800的退款"],
    ),
    # near miss: either of the two asked: the choice stays theirs
    (
        "zh-Hant",
        "瑜伽課還剩八堂 導師離職了 要嘛退剩下的學費 要嘛幫我換一個導師",
        [],
        ["我會為您安排更換"],
    ),
]

COMING_IN: list[Row] = [
    (
        "en",
        "The water bottle I bought at your front desk has a cracked lid. Can I swap it when I come in on Saturday?",
        ["bring it with you", "Saturday"],
        ["get it to you"],
    ),
    (
        "zh-Hans",
        "我上周在你们店买的保温杯盖子漏水，订单号A123，我周六过来的时候换一个可以吗？",
        ["周六过来时", "当场为您更换"],
        [],
    ),
    (
        "zh-Hant",
        "件外套嘅拉鍊壞咗，我聽日拎返嚟換得唔得？",
        ["當場為您更換"],
        [],
    ),
]

RETURN_BURDEN: list[Row] = [
    (
        "en",
        "You sent me the wrong size boots and now say I have to pay the return postage myself. "
        "Please send the right size.",
        ["won't pay for the return"],
        [],
    ),
    (
        "zh-Hans",
        "买的衬衫下单选的M码，寄来的是XXL，订单号 2024061812，还要我自己出运费退？换个M码的给我",
        ["运费由我们承担"],
        [],
    ),
    (
        "zh-Hant",
        "我喺網店買咗部雪櫃，訂單 HK-2210，HK$5,800。送到嗰陣門已經凹咗，"
        "師傅話要我自己搬返落樓先可以退。我要換過部新嘅。",
        ["上門搬走"],
        [],
    ),
]

SEVERAL_MISSED: list[Row] = [
    (
        "zh-Hant",
        "我兒子報名你們的游泳班，學號 SW-0915，已經有三次教練臨時取消，也沒有補課。希望能安排補課。",
        ["缺的幾節課", "逐一安排補上"],
        ["這節課"],
    ),
    (
        "zh-Hans",
        "你们的钢琴老师这个月已经两次临时取消上课了，请给我们安排补课。",
        ["缺的几节课"],
        ["这节课"],
    ),
    # near miss: one class missed stays "this class"
    ("zh-Hans", "你们周三晚上的瑜伽课临时取消了，也没提前通知，我白跑一趟。请给我补一节课。", ["补上这节课"], []),
]

DEPOSIT_DUE: list[Row] = [
    (
        "zh-Hans",
        "上周六退的房 押金300还没退回来 订单号HT20240522031\n前台说3天原路退 现在都一周了",
        ["您的押金（300元）", "办理退还"],
        ["如有扣减", "核查结果和处理办法"],
    ),
    (
        "zh-Hans",
        "注销账号两个礼拜了 99的押金还没退回来 客服电话一直占线 手机尾号2210",
        ["您的押金（99元）", "办理退还"],
        ["核查您账户的情况"],
    ),
    (
        "en",
        "I closed my bike-share account three weeks ago and my $20 deposit still hasn't been returned.",
        ["deposit of $20", "release it to you"],
        [],
    ),
    (
        "zh-Hant",
        "我退租一個月了，按金HK$5,000仲未退返俾我。",
        ["HK$5,000", "辦理退還"],
        [],
    ),
]

REMADE: list[Row] = [
    (
        "zh-Hant",
        "剛在你們信義店點的燕麥拿鐵 拿到是一般牛奶的 我乳糖不耐 收據上寫NT$120 可以補做一杯嗎",
        ["重新做一杯"],
        ["漏做的部分", "上門"],
    ),
    (
        "zh-Hans",
        "刚在你们店点的豆浆做成了甜的，我要的是无糖，小票上写12元，能补做一杯吗",
        ["重新做一杯"],
        ["漏做的部分"],
    ),
]

JOINED_ON: list[Row] = [
    (
        "zh-Hans",
        "你好：\n\n上周五你们派来修空调的师傅（工单号 KT-2231），活没干完就走了，临走还把墙面蹭黑了一大块，"
        "空调也还是不制冷。我打电话给客服，客服说师傅很忙。\n\n我要求你们领导出面处理，赔偿墙面清洁费，"
        "并重新派人把空调修好。\n\n王先生",
        ["上门处理"],
        [],
    ),
]


@pytest.mark.parametrize(
    ("language", "complaint", "holds", "never"),
    [
        *FEE_OFF,
        *HALF_OF_THE_THING,
        *REFUND_ALONE,
        *COMING_IN,
        *RETURN_BURDEN,
        *SEVERAL_MISSED,
        *DEPOSIT_DUE,
        *REMADE,
        *JOINED_ON,
    ],
)
def test_satisfy_answers_what_was_asked(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("can i swap it when i come in thursday", True),
        ("我周六过来的时候换一个可以吗", True),
        ("我聽日拎返嚟換得唔得", True),
        ("please swap it and send the new one to my flat", False),
        ("寄一个新的过来换掉", False),
    ],
)
def test_coming_in_is_their_own_visit(text: str, expected: bool) -> None:
    assert coming_in(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("还要我自己出运费退？", "ship"),
        ("師傅話要我自己搬返落樓先可以退", "carry"),
        ("they say I have to pay the return postage myself", "ship"),
        ("运费是你们出的，我已经寄回去了", None),
        ("the return was free and quick", None),
    ],
)
def test_return_burden(text: str, expected: str | None) -> None:
    assert return_burden(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("已經有三次老師臨時取消", True),
        ("the tutor cancelled three lessons this month", True),
        ("她兩次沒來上課", True),
        ("周三的课临时取消了", False),
        ("the tutor cancelled once", False),
    ],
)
def test_several_missed(text: str, expected: bool) -> None:
    assert several_missed(fold(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("199的押金还没退回来", True),
        ("按金HK$400仲未退", True),
        ("my deposit still hasn't been returned", True),
        ("押金被扣了200元还没退", False),  # a deduction disputed: itemised, not simply released
        ("押金已经退回来了", False),
    ],
)
def test_deposit_overdue(text: str, expected: bool) -> None:
    assert deposit_overdue(fold(text)) is expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # Cantonese 话 reports staff's words: their condition asks nothing of ours
        ("師傅話要我自己搬返落樓先可以退。我要求換一部新嘅。", "refund", False),
        ("師傅話要我自己搬返落樓先可以退。我要求換一部新嘅。", "replacement", True),
        ("店員話唔可以退，我要求全數退款。", "refund", True),
        # 电话 is no report of words: the refund asked in the same clause stays
        ("我打了三次电话，请退款给我。", "refund", True),
        # a clause opening on a remedy carries the request to the one joined to it
        ("我要求领导出面，赔偿墙面清洁费，并重新派人把空调修好。", "visit", True),
        ("赔偿墙面清洁费", "visit", False),
    ],
)
def test_remedies_read_what_the_customer_asks(text: str, kind: str, expected: bool) -> None:
    assert (kind in remedies(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I moved out of the flat on 1 June and my deposit has not been returned", True),
        ("我退租一個月了，按金仲未退返俾我", True),
        ("我6月1日已经还车了，押金还没退", True),
        ("注销账号三个礼拜了199的押金还没退回来", False),
        ("今日打嚟話取消訂位，按金仲未退", False),
    ],
)
def test_deposit_itemised_only_for_something_handed_back(text: str, expected: bool) -> None:
    assert deposit_itemised(fold(text)) is expected


OUTAGE: list[Row] = [
    (
        "en",
        "broadband down since 6am again, 2nd time this week. acct 771-2034. can you at least credit me for today",
        ["technical team", "compensation"],
        [],
    ),
    (
        "zh-Hans",
        "宽带从昨晚到现在还是没网，账号 KD-55210，这个月第三次了，起码给我补偿这几天的费用吧。",
        ["补偿", "优先处理"],
        [],
    ),
    (
        "zh-Hant",
        "寬頻由琴晚到而家都冇網，帳號 HK-88012，今個月第三次，起碼補償返呢幾日嘅月費啦。",
        ["補償", "優先處理"],
        [],
    ),
    # near miss: an outage over, credit asked: nothing left to restore
    (
        "en",
        "Our broadband (account BB-1102) was completely down from 3 to 8 May. I'd like a credit for those days.",
        [],
        ["technical team"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), OUTAGE)
def test_an_outage_still_on_is_restored_beside_the_credit(
    language: str, complaint: str, holds: list[str], never: list[str]
) -> None:
    _check(language, complaint, holds, never)


HOW_TO_APPLY: list[Row] = [
    (
        "zh-Hans",
        "我坐的D3125次动车晚点了2小时，订单号 E55210778。站务员说可以在网上申请补偿，但我找不到入口。"
        "请告诉我怎么申请补偿。",
        ["补偿的申请步骤"],
        ["已为您提出申请"],
    ),
    (
        "zh-Hant",
        "我寄去台中的包裹破了，單號 TW88120034，保價NT$2,000。請問保價賠償要怎麼申請？需要什麼資料？",
        ["保價賠償的申請步驟"],
        ["已為您提出申請"],
    ),
    (
        "en",
        "Your delivery crew scratched my dining table yesterday, job #DL-2210. "
        "Who do I talk to about the damage claim?",
        ["steps for the damage claim"],
        ["claim file is complete"],
    ),
    # near miss: compensation asked outright, not how to apply for it
    (
        "zh-Hans",
        "我坐的D3125次动车晚点了2小时，订单号 E55210778，请给我补偿。",
        [],
        ["申请步骤"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), HOW_TO_APPLY)
def test_how_to_apply_is_told_not_applied_for(
    language: str, complaint: str, holds: list[str], never: list[str]
) -> None:
    _check(language, complaint, holds, never)


WINDOW: list[Row] = [
    (
        "zh-Hant",
        "本人預約咗 6 月 3 日上午 9:30 喺觀塘辦理續證，預約編號 RN-11203。今日收到短訊話預約取消，網上最早要八月。"
        "我下個月要出國，想請你哋幫我安排返一個六月內嘅時段。唔該。",
        ["六月內"],
        ["安排新的時間"],
    ),
    (
        "zh-Hans",
        "我预约了5月3日的体检，今天收到短信说取消了，网上最早要七月。我六月要出国，请帮我安排一个五月内的时段。",
        ["五月内"],
        [],
    ),
    (
        "en",
        "My dentist appointment on 3 May was cancelled by text with no reason, and the next slot online is in July. "
        "I'm abroad from June, so please book me a slot before the 31st.",
        ["before the 31st"],
        [],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), WINDOW)
def test_a_new_slot_aims_at_their_window(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


CHARGED_AFTER_STOP: list[Row] = [
    (
        "zh-Hant",
        "我哋會籍上個月已經暫停咗 但係仲扣咗HK$480 會員號碼M-55210",
        ["HK$480的退款"],
        ["核查您賬戶的情況"],
    ),
    (
        "zh-Hans",
        "我上个月已经取消了视频会员，但是这个月还是扣了我25元，账号尾号2210。",
        ["25元"],
        ["核查您账户的情况"],
    ),
    (
        "en",
        "I cancelled my streaming plan in May but you still charged me $15.99 this month. Account ST-4410.",
        ["$15.99"],
        [],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), CHARGED_AFTER_STOP)
def test_charged_after_a_stop_is_paid_back(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)
