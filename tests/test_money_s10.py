"""Which money a complaint is about, and which amount (session 10, trainers on group C24).

Their own money held up in a transfer is traced and released with a time, never "a refund that
needs approval"; money they sent to a stranger by a slip is pursued with the receiving bank and
never promised back; the sum is the one they wrote, tenths and 块/毛 included; the unused part of
what they paid is worked out, never the whole sum named as the refund; a meal made wrong, with
"send it again or refund", gets both offered within minutes; care at an airport invents no family.
Complaints written for these tests, in en, zh-Hans and zh-Hant."""

from __future__ import annotations

import pytest

import drafter
from drafter.backends.template_remedy import (
    again_or_refund,
    misdirected_transfer,
    own_funds_held,
    unused_part,
    with_others,
)
from drafter.intake.facts import amounts

# ------------------------------------------------------------------ the amount as they wrote it

SPOKEN = [
    # (text, language, surface, value)
    ("小票还在，一共二十四块六。", "zh-Hans", "二十四块六", 24.6),
    ("这杯奶茶18块5毛，退给我", "zh-Hans", "18块5毛", 18.5),
    ("三块八毛五也是钱", "zh-Hans", "三块八毛五", 3.85),
    ("杯咖啡四十二蚊半", "zh-Hant", "四十二蚊半", 42.5),
    ("多收了我八毛钱", "zh-Hans", "八毛钱", 0.8),
    ("定金交了2.5万，现在不给退", "zh-Hans", "2.5万", 25000.0),
    ("訂金交咗1.2萬", "zh-Hant", "1.2萬", 12000.0),
    ("轉帳NT$3,450給對方", "zh-Hant", "NT$3,450", 3450.0),
    ("The refund should be $12.35, not $12", "en", "$12.35", 12.35),
]


@pytest.mark.parametrize(("text", "language", "surface", "value"), SPOKEN)
def test_an_amount_keeps_the_tenths_it_was_said_with(text: str, language: str, surface: str, value: float) -> None:
    found = amounts(text, language)
    assert any(m.text == surface and abs(m.value - value) < 0.001 for m in found), found


NOT_MONEY = [
    ("这周走了1.2万步", "zh-Hans"),
    ("蛋糕切成三块八个人分", "zh-Hans"),
    ("他的毛衣上有九毛球", "zh-Hans"),
]


@pytest.mark.parametrize(("text", "language"), NOT_MONEY)
def test_counts_and_pieces_are_no_amount(text: str, language: str) -> None:
    found = amounts(text, language)
    assert not any("万" in m.text or "毛" in m.text or m.text.endswith("八") for m in found), found


def test_a_refund_names_the_sum_with_its_tenths() -> None:
    d = drafter.draft("昨天买的面包发霉了，小票上写着二十四块六。请把钱退给我。", channel="im")
    assert "24.60元" in d.sections.satisfy, d.sections.satisfy  # their "二十四块六" written as a reply writes it


# ------------------------------------------------------------------ their own money, held up

HELD = [
    (
        "en",
        "I sent a $2,400 transfer to my landlord on the 2nd. It still shows pending and it has not arrived, "
        "and it hasn't been returned to me either. Get it there or give it back.",
        "$2,400",
    ),
    ("zh-Hans", "上周五提现8,600元到银行卡，一直显示处理中，到现在还没到账，钱也没退回。请马上处理。", "8,600元"),
    ("zh-Hant", "我5號跨行轉帳NT$52,000俾供應商，一直顯示處理中，對方話未收到，錢又冇退返我。快啲處理。", "NT$52,000"),
]


@pytest.mark.parametrize(("language", "complaint", "amount"), HELD)
def test_own_money_held_up_is_traced_not_sent_for_refund_approval(language: str, complaint: str, amount: str) -> None:
    assert own_funds_held(complaint) and not misdirected_transfer(complaint)
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    satisfy = d.sections.satisfy
    assert amount in satisfy, satisfy
    for wrong in ("approval", "审批", "審批", "審核", "refund of", "的退款"):
        assert wrong not in satisfy, satisfy
    assert any(t in satisfy for t in ("today", "今天", "今日")), satisfy
    assert d.guard.verdict == "pass", d.guard


# ------------------------------------------------------------------ money sent to a stranger by a slip

MISDIRECTED = [
    ("en", "I typed the wrong account number and sent £300 to a stranger. Can you get it back?", "£300"),
    ("zh-Hans", "刚才转账800元，卡号输错了一位，转给了陌生人，能帮我追回来吗", "800元"),
    ("zh-Hant", "啱啱轉帳HK$2,000 戶口號碼打錯咗 轉咗俾陌生人 可唔可以幫我追返", "HK$2,000"),
]


@pytest.mark.parametrize(("language", "complaint", "amount"), MISDIRECTED)
def test_a_misdirected_transfer_is_pursued_never_promised_back(language: str, complaint: str, amount: str) -> None:
    assert misdirected_transfer(complaint)
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    satisfy = d.sections.satisfy
    assert amount in satisfy, satisfy
    assert any(w in satisfy for w in ("receiving bank", "收款方银行", "收款方銀行")), satisfy
    assert any(w in satisfy for w in ("can't promise", "没办法保证", "沒辦法保證")), satisfy
    for wrong in ("到账时间", "入帳時間", "when it will reach you", "分钟内", "分鐘內", "minutes"):
        assert wrong not in satisfy, satisfy
    assert d.guard.verdict == "pass", d.guard


def test_a_transfer_that_arrived_is_not_held_nor_misdirected() -> None:
    text = "I paid for the parcel by bank transfer and the parcel never arrived."
    assert not misdirected_transfer(text)


# ------------------------------------------------------------------ the unused part, not the whole

UNUSED = [
    (
        "en",
        "I paid $3,600 for a 12-week course and attended 3 weeks before the tutor left. "
        "Please refund the unused weeks by the end of the month.",
        "$3,600",
    ),
    ("zh-Hans", "我给孩子报了钢琴课，交了¥9,600，只上了5节老师就走了。请退还剩余课时的费用。", "¥9,600"),
    ("zh-Hant", "我買咗NT$18,000嘅健身課程，用咗兩個月健身房就搬走咗。請退返未用嘅部分。", "NT$18,000"),
]


@pytest.mark.parametrize(("language", "complaint", "paid"), UNUSED)
def test_the_unused_part_is_worked_out_never_the_whole_sum(language: str, complaint: str, paid: str) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    satisfy = d.sections.satisfy
    assert paid not in satisfy, satisfy  # the sum they paid is not what is owed back
    assert any(w in satisfy for w in ("haven't used", "未使用")), satisfy
    assert d.guard.verdict == "pass", d.guard


@pytest.mark.parametrize(
    ("asked", "unused"),
    [
        ("refund the remaining sessions", True),
        ("退还剩下的课时费", True),
        ("退返未上嘅堂數", True),
        ("refund the $40", False),
        ("退我36块", False),
    ],
)
def test_unused_part_reads_the_ask(asked: str, unused: bool) -> None:
    assert unused_part(asked) is unused


# ------------------------------------------------------------------ a meal made wrong: again or money back

AGAIN = [
    ("en", "Ordered a chicken burger and got a fish burger, order 5521. Can you send the right one again or refund?"),
    ("zh-Hans", "我点了牛肉饭 送来的是鸡肉饭 订单5521 可以重送或者退钱吗"),
    ("zh-Hant", "我點咗叉燒飯 送嚟係燒鵝飯 單號5521 可唔可以重送或者退錢"),
]


@pytest.mark.parametrize(("language", "complaint"), AGAIN)
def test_a_meal_made_wrong_gets_both_offered_within_minutes(language: str, complaint: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    satisfy = d.sections.satisfy
    for wrong in ("approval", "审批", "審批", "24 hours", "24小时", "24小時"):
        assert wrong not in satisfy, satisfy
    assert any(w in satisfy for w in ("made again", "重新做")), satisfy
    assert any(w in satisfy for w in ("minutes", "分钟", "分鐘")), satisfy


@pytest.mark.parametrize(
    ("asked", "both"),
    [("重送或退錢", True), ("resend it or refund me", True), ("退钱", False), ("send it again", False)],
)
def test_again_or_refund_needs_both(asked: str, both: bool) -> None:
    assert again_or_refund(asked) is both


# ------------------------------------------------------------------ care at the airport: no invented family

CARE = [
    ("en", "Flight ZX210 delayed 9 hours, I'm stuck at the gate with nothing. Sort a hotel now.", False),
    ("en", "Flight ZX210 delayed 9 hours, my kids and I are stuck at the gate. Sort a hotel now.", True),
    ("zh-Hans", "ZX210航班延误9个小时，我一个人在机场等，没人管，马上安排酒店", False),
    ("zh-Hant", "ZX210延誤9個鐘 我同屋企人喺機場瞓地下 即刻安排酒店", True),
]


@pytest.mark.parametrize(("language", "complaint", "family"), CARE)
def test_care_names_family_only_when_they_said_so(language: str, complaint: str, family: bool) -> None:
    assert with_others(complaint) is family
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    named = any(w in d.text for w in ("your family", "家人"))
    assert named is family, d.text


# ------------------------------------------------------------------ taken in error: duplicate, never agreed to

TAKEN = [
    ("en", "You charged my card twice for the same order, $480 each time. Refund the duplicate.", "$480"),
    ("zh-Hans", "同一笔订单扣了我两次款，每次1,280元，请把多扣的那笔退给我", "1,280元"),
    ("zh-Hant", "我冇開通呢個服務，你哋喺我張卡扣咗HK$388，退返俾我", "HK$388"),
    ("en", "I never signed up for your premium plan but you took $79.99 from my account. Refund it.", "$79.99"),
    ("zh-Hant", "你們航空公司選位費重複扣款NT$1,200，請退還。", "NT$1,200"),
]
_GRANTED = (
    "I've arranged the refund",
    "I'll refund the",
    "已为您办理退还",
    "已為您辦理退還",
    "会马上为您退还",
    "會馬上為您退還",
)


@pytest.mark.parametrize(("language", "complaint", "amount"), TAKEN)
def test_money_taken_in_error_beyond_the_limit_waits_on_its_approver(
    language: str, complaint: str, amount: str
) -> None:
    """A duplicate or unagreed charge is put back as a refund: beyond the agent's limit it names who
    approves it and when (session 10's trainers graded "reversed once confirmed, no approval needed"
    as beyond an agent's authority), counted once, and the draft passes the guard."""
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    satisfy = d.sections.satisfy
    assert amount in satisfy, satisfy
    assert any(w in satisfy for w in ("approv", "审批", "審批", "审核", "審核")), satisfy
    for wrong in ("2 times", "$960", "2,560", "不需要您另外申请", *_GRANTED):
        assert wrong not in satisfy, satisfy
    assert d.guard.verdict == "pass", d.guard


def test_a_small_duplicate_is_still_refunded_outright() -> None:
    d = drafter.draft("Charged twice for a $4 coffee, please refund one", channel="im")
    assert "refund the $4" in d.sections.satisfy, d.sections.satisfy
