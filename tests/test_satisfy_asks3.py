"""Round s11asks2: Satisfy answers the amount and the ask the customer put, and leaves their
choice theirs (half asked back, a count of charges, a refund already promised, a fee told free
within the limit, two options offered, a charge beyond the limit)."""

from __future__ import annotations

import pytest

import drafter
from drafter.backends.satisfy_asks3 import count_asked, fee_amount, half_asked, service_first
from drafter.guard.normalize import fold
from drafter.intake.done import refund_awaited
from drafter.intake.facts import amounts


def _draft(text: str) -> str:
    return str(drafter.draft(text, channel="im", backend="template").text)


@pytest.mark.parametrize(
    ("ask", "half"),
    [
        ("就退一半钱吧", True),
        ("退一半俾我", True),
        ("退還一半的錢", True),
        ("I'd like half my money back", True),
        ("please refund half", True),
        ("half the food was cold, refund me", False),
        ("退全款", False),
        ("we waited half an hour", False),
        ("應該可以退還一半以上", False),
        ("I should get at least half back", False),
    ],
)
def test_half_asked(ask: str, half: bool) -> None:
    assert half_asked(ask) is half


@pytest.mark.parametrize(
    ("ask", "count"),
    [
        ("Please refund the two payments", 2),
        ("refund all three charges", 3),
        ("两笔都退给我", 2),
        ("NT$700扣了兩次，請退回重複扣的", None),
        ("兩筆都要退", 2),
        ("please refund me", None),
        ("退款", None),
    ],
)
def test_count_asked(ask: str, count: int | None) -> None:
    assert count_asked(ask) == count


@pytest.mark.parametrize(
    ("story", "awaited"),
    [
        ("当时你们说会全额退款，但申请了两周还没到账", True),
        ("客服答應會退款，申請了兩個星期還沒到帳", True),
        ("You promised a full refund three weeks ago but I still haven't received it.", True),
        ("I applied for a refund and it is still pending.", True),
        ("我要退款，东西坏了", False),
        ("The item broke. Please refund me.", False),
    ],
)
def test_refund_awaited(story: str, awaited: bool) -> None:
    assert refund_awaited(fold(story), story) is awaited


@pytest.mark.parametrize(
    ("pair", "ordered", "money"),
    [
        (("给您排课", "退钱"), ("给您排课", "退钱"), True),
        (("退訂金", "把包廂還給您"), ("把包廂還給您", "退訂金"), True),
        (("send a technician today", "refund you the £30"), ("send a technician today", "refund you the £30"), True),
        (("replace it", "repair it"), ("replace it", "repair it"), False),
    ],
)
def test_service_first(pair: tuple[str, str], ordered: tuple[str, str], money: bool) -> None:
    assert service_first(pair) == (ordered, money)


@pytest.mark.parametrize(
    ("text", "language", "fee"),
    [
        ("提现1000元扣了我10元手续费", "zh-Hans", 10.0),
        ("轉帳NT$5,000被扣NT$30手續費", "zh-Hant", 30.0),
        ("I withdrew £200 and was charged a £2 fee", "en", 2.0),
    ],
)
def test_fee_amount(text: str, language: str, fee: float) -> None:
    found = fee_amount(text, amounts(text, language))
    assert found is not None and found.value == fee


# End to end: what the reply says of the amount and the ask.
@pytest.mark.parametrize(
    ("complaint", "present", "absent"),
    [
        # half asked back: half the sum, said with the whole
        ("The haircut was ruined. I paid $80. I'd like half my money back.", ["$40"], ["refund of $80"]),
        ("剪坏了，收了我138块，不用找店长了，就退一半钱吧", ["69元"], ["138块的退款", "138元的退款"]),
        ("剪壞了，收我HK$360，退一半俾我", ["HK$180"], ["HK$360的退款"]),
        # a count of charges asked back: all of them
        (
            "I cancelled in May but was charged £12.50 on 3 June and 3 July. Please refund the two payments.",
            ["£25"],
            ["refund of £12.50"],
        ),
        # a closure asked beside the money: confirmed too
        (
            "I cancelled my membership in September but was charged £20 on 1 Nov. Please refund it and confirm the "
            "membership is closed. The towel I bought is fine.",
            ["cancellation"],
            ["team that decides"],
        ),
        ("会员卡9月就退了，11月还扣了我20元。请退给我，并确认会员已经注销。", ["取消"], []),
        ("會員9月已經退了，11月還扣我NT$200。請退還，並確認會籍已經取消。", ["取消"], []),
        # a refund already promised and applied for: chased, never applied for again
        ("你们说会全额退款2,380元，申请了两周还没到账，麻烦尽快退款", ["追查"], ["提交申请"]),
        ("客服答應會退款NT$2,000，申請了兩個星期還沒到帳，請盡快處理", ["追查"], ["提交申請"]),
        (
            "You promised a full refund of £120 three weeks ago but I still haven't received it. Please refund me.",
            ["trace"],
            ["I've asked for it today"],
        ),
        # a fee they were told was free, within the limit: paid back, their word not doubted
        ("提现1000块扣了我10块手续费 不是说每月首次免费吗", ["10元", "退还"], ["核实当时"]),
        ("轉帳扣了我NT$15手續費，之前明明說每月首次免費", ["NT$15", "退還"], ["核實當時"]),
        (
            "You told me the first withdrawal each month was free, but I was charged a £2 fee.",
            ["£2"],
            ["checking what you were told"],
        ),
        # two options offered: one started, the other left theirs, never a supervisor's choice
        ("买的课20节，教练走了一个礼拜没排课。要么给我排课要么退钱", ["先着手排课"], ["主管决定"]),
        ("訂好的包廂被人佔了。要麼把包廂還給我們，要麼退訂金NT$3,000", ["先著手"], ["主管決定", "您們"]),
        (
            "Either send a technician today or refund me the £30.",
            ["I'm arranging to send a technician today"],
            ["to decide", "put both", "Of your two"],
        ),
        # a fee waived whose price they never give: the sum held (a deposit, a loan) is never called the fee
        (
            "我在你们银行存了定期 80,000元，利率写错了。请让我提前取回，不收手续费。",
            ["免除这笔费用", "审批"],
            ["80,000元的费用"],
        ),
        ("本人在貴行做了定期存款 HK$80,000，請容許我提早取回而不收手續費。", ["審批"], ["HK$80,000的費用"]),
        (
            "I put $50,000 in a fixed deposit and the rate is wrong. Let me withdraw early and waive the fee.",
            [],
            ["the $50,000 fee", "Waiving the $50,000", "waive the $50,000"],
        ),
        # a charge beyond the limit: paying it back waits on its approver
        (
            "just got my bill and theres £86.40 of roaming charges from spain?? i had the EU roaming add-on. pls fix",
            ["£86.40", "needs approval"],
            ["it will be paid back to you"],
        ),
    ],
)
def test_amount_and_ask(complaint: str, present: list[str], absent: list[str]) -> None:
    text = _draft(complaint)
    for want in present:
        assert want in text, (want, text)
    for bad in absent:
        assert bad not in text, (bad, text)
