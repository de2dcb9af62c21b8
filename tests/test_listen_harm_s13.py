"""s13listen3: Listen says what went wrong, and the apology names the harm the complaint states
(calls unanswered, nobody came as told, a double charge, a change never announced, a meal late and
cold, our staff out more than once), in en, zh-Hans and zh-Hant (incl. Hong Kong). Complaints
written for these tests."""

from __future__ import annotations

import pytest

import drafter
from drafter.backends import listen_en
from drafter.backends.listen_zh import told_bought, visit_by_visit

# (language, complaint, words the draft must contain, words it must not)
APOLOGY = [
    (
        "en",
        "I was billed twice for my June phone bill, £32.50 x2, account 55120. Please refund one.",
        ["sorry about the double charge"],
        ["trouble this has caused"],
    ),
    (
        "zh-Hans",
        "我在你们超市买东西付了86元，结果扣了两次，一共少了172元。请把多扣的退回来。",
        ["重复扣款"],
        ["给您添了麻烦"],
    ),
    ("zh-Hant", "網購訂單 QP-3301 付款 NT$990 被扣了兩次，請退回多扣的一筆。", ["重複扣款"], ["給您添了麻煩"]),
    (
        "zh-Hant",
        "我張單 HK$420 扣咗兩次，打咗三次熱線都冇人接，快啲退返俾我。",
        ["重複扣款", "沒有人回應"],
        ["給您添了麻煩"],
    ),
    (
        "en",
        "The boiler engineer was booked for Monday 8-12 (job 4471). Nobody came and nobody called. "
        "Please rebook for this week.",
        ["nobody came when you were told someone would"],
        ["trouble this has caused"],
    ),
    (
        "zh-Hans",
        "热水器坏了，昨天报修说下午会派人来，到现在还没人来。工单号 RX2209，请今天安排。",
        ["没有人来"],
        ["给您添了麻烦"],
    ),
    # their call was answered, then nothing came of it: never "nobody answered"
    (
        "zh-Hans",
        "宽带账单多收了50元，账号 KD-5521。我打过两次客服电话，都说会跟进，到现在没有下文。请退回。",
        ["没有下文"],
        ["没有人回应", "给您添了麻烦"],
    ),
    (
        "en",
        "I phoned twice about the £40 late fee on account 33120; they said they would call me back but never did.",
        [],
        ["went unanswered"],
    ),
    # nobody came, but nobody said anyone would (only their request): no promise claimed
    ("zh-Hant", "電錶讀數估計的，根本冇人嚟抄過錶，帳單 HK$1,900。請派人抄錶重新計過。", [], ["說好會有人來"]),
    (
        "zh-Hant",
        "我打了很多次電話到門市都沒有人接，訂單 TP-5520 的沙發到底什麼時候送？",
        ["沒有人回應"],
        ["給您添了麻煩"],
    ),
    (
        "en",
        "I called your store three times about order 88120 and nobody picked up. Where is my sofa?",
        ["your calls to us went unanswered"],
        ["trouble this has caused"],
    ),
    (
        "zh-Hans",
        "瑜伽馆把周三晚上的课改到周四，完全没通知会员，我白跑了一趟。会员号 Y-2231。",
        ["事先没有通知您"],
        ["给您添了麻烦"],
    ),
    (
        "en",
        "The gym changed the class times without any notice and I turned up to a locked room. Member 77310.",
        ["weren't told about this beforehand"],
        ["trouble this has caused"],
    ),
    ("zh-Hant", "外賣單號 TK5521 等咗成個半鐘，到嘅時候啲叉燒飯凍晒，退錢啦。", ["涼了"], ["給您添了麻煩"]),
    (
        "en",
        "Order 44120 from your takeaway came an hour late and arrived stone cold. I want a refund of $28.",
        ["took so long and arrived cold"],
        ["trouble this has caused"],
    ),
    # our staff out twice: never "sorry you had to contact us so often"
    (
        "zh-Hant",
        "屋企冷氣壞咗，你哋技術員嚟過兩次都整唔好，合約 AC-2201，請盡快處理。",
        ["上門不止一次"],
        ["多次聯繫我們"],
    ),
    (
        "en",
        "Your technician has come out twice and the dishwasher still leaks. Job 77120. Please fix it properly.",
        ["been out to you more than once"],
        ["chase us"],
    ),
]


@pytest.mark.parametrize(("language", "text", "present", "absent"), APOLOGY)
def test_apology_names_the_stated_harm(language: str, text: str, present: list[str], absent: list[str]) -> None:
    reply = drafter.draft(text, backend="template", channel="email").text
    assert drafter.draft(text, backend="template", channel="email").text == reply  # deterministic
    for words in present:
        assert words in reply, (words, reply)
    for words in absent:
        assert words not in reply, (words, reply)


# Listen says the error and keeps its clause grammatical (or says less).
LISTEN = [
    (
        "zh-Hans",
        "我订的生日蛋糕订单号 CK2201，更离谱的是蛋糕上的名字写成了“王晓明”，备注写的是“王小明”。请退一半。",
        ["写成了“王晓明”"],
        ["更离谱"],
    ),
    (
        "zh-Hant",
        "我訂的喜餅 訂單 WB-3301，最過分的是盒上的日期印成了5月3日，我們寫的是5月13日。請重印。",
        ["印成了5月3日"],
        ["最過分的是"],
    ),
    (
        "zh-Hans",
        "为了办护照我已经跑了两趟你们服务大厅，受理号 HZ2210。每次说法都不一样，我为此请了两天假。"
        "请一次性说清楚要什么材料。",
        ["请了两天假"],
        [],
    ),
    (
        "en",
        "3rd time ur courier left my parcel on the street, tracking 1Z9981, the box is wet. call me pls",
        ["left your parcel on the street for the 3rd time"],
        ["it's the 3rd time"],
    ),
    (
        "en",
        "applied for a loan top-up 2 weeks ago, ref LT-2201, still shows pending. message here pls",
        ["and it still shows pending"],
        ["ago, still shows"],
    ),
    (
        "en",
        "landed in porto yesterday on TP441 and my bag never arrived, tag TP55120. deliver to my hotel pls",
        ["landed in Porto"],
        ["landed in porto"],
    ),
]


@pytest.mark.parametrize(("language", "text", "present", "absent"), LISTEN)
def test_listen_says_the_error(language: str, text: str, present: list[str], absent: list[str]) -> None:
    reply = drafter.draft(text, backend="template", channel="email").text
    for words in present:
        assert words in reply, (words, reply)
    for words in absent:
        assert words not in reply, (words, reply)


@pytest.mark.parametrize(
    ("sentence", "mended"),
    [
        ("it's the 2nd time our driver left your box outside", "our driver left your box outside for the 2nd time"),
        ("you applied 3 weeks ago, still says pending", "you applied 3 weeks ago, and it still says pending"),
        ("Nobody came, then or on the next two days", "Nobody came at the time or on the next two days"),
        ("you landed in lisbon yesterday", "you landed in Lisbon yesterday"),
        ("your parcel arrived in pieces yesterday", "your parcel arrived in pieces yesterday"),  # no name
        ("the order arrived in time", "the order arrived in time"),
    ],
)
def test_mend_en_shapes(sentence: str, mended: str) -> None:
    assert listen_en.mend(sentence, first=True) == mended


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("私人教練課買了20堂NT$24,000，教練離職了", "您買了20堂私人教練課，共NT$24,000，教練離職了"),
        ("游泳课报了10节，一共1500元", "您报了10节游泳课，一共1500元"),
        ("私教课买了12节800元", "您买了12节私教课，共800元"),
        ("您买了12节私教课", "您买了12节私教课"),  # has its subject
        ("会员到期自动续了一年", "会员到期自动续了一年"),  # no purchase of theirs
    ],
)
def test_told_bought_gives_the_subject(sentence: str, said: str) -> None:
    assert told_bought(sentence) == said


@pytest.mark.parametrize(
    ("sentence", "listed"),
    [
        ("第一次说缺证明，第二次说缺合同，第三次说要备案", True),
        ("第一次說缺證明，第二次說缺合約，第三次說要蓋章", True),
        ("第一次3月2日来，第二次3月9日来，第三次没来", False),  # dates: facts kept
        ("第一次说缺证明，第二次说缺合同", False),
    ],
)
def test_visit_by_visit(sentence: str, listed: bool) -> None:
    assert visit_by_visit(sentence) is listed


# The apology after a safety opening never admits fault before it is established: the guard would
# hold the whole reply (liability.fault on "这是我们的失误"; c32, two gas-leak drafts sent to review).
HARM_ALSO_GUARDED = [
    ("zh-Hans", "家里燃气表附近一直有煤气味，前天打电话报修说会派人，到现在没人来，家里有老人小孩。"),
    ("zh-Hant", "家裡瓦斯表附近一直有瓦斯味，前天打電話報修說會派人，到現在都沒人來，家裡有老人小孩。"),
    ("en", "There's been a strong smell of gas by our meter for two days. You said someone would come, nobody came."),
]


@pytest.mark.parametrize(("language", "text"), HARM_ALSO_GUARDED)
def test_the_no_show_apology_after_a_safety_opening_passes_the_guard(language: str, text: str) -> None:
    d = drafter.draft(text, channel="email", backend="template")
    assert d.language == language
    assert not [f for f in d.guard.findings if f.category == "liability_admission"], d.text
