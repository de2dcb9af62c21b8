"""Round s12asks2: Satisfy answers what was asked and invents no ask (a count is no double charge,
a fee asked off is worth the fee, a refund we announced is chased, money back chosen is not offered
as a choice, an excess beyond the limit is approved, a revisit is booked and its fee answered)."""

from __future__ import annotations

import pytest

import drafter
from drafter.backends.satisfy_asks4 import (
    charged_over,
    excess_named,
    fee_asked,
    money_back_only,
    no_charge_asked,
    price_tag_read,
    refund_notified,
    revisit_asked,
    stop_renewal,
    sum_back_clause,
)
from drafter.guard.normalize import fold

_OVER = ("twice", "double charged", "两次", "多收")


def _draft(text: str, channel: str = "email") -> str:
    return str(drafter.draft(text, channel=channel, backend="template").text)


@pytest.mark.parametrize(
    ("story", "over"),
    [
        ("洗了两次颜色就掉光了，花了520元", False),
        ("已經報過兩次修，月費NT$699", False),
        ("I rang twice about the leak and paid $90 for the visit", False),
        ("同一笔扣了两次，每次88元", True),
        ("付了兩次錢，共NT$300", True),
        ("I was charged twice for the same $40 order", True),
        ("你们多收了我30元", True),
    ],
)
def test_count_is_no_double_charge(story: str, over: bool) -> None:
    assert charged_over(fold(story), _OVER) is over


@pytest.mark.parametrize(
    ("ask", "fee"),
    [
        ("please reverse the late fee", True),
        ("waive the penalty", True),
        ("请把手续费退给我", True),
        ("請把罰款撤銷", True),
        ("please refund my order", False),
        ("把钱退给我", False),
    ],
)
def test_fee_asked(ask: str, fee: bool) -> None:
    assert fee_asked(fold(ask)) is fee


@pytest.mark.parametrize(
    ("story", "notified"),
    [
        ("收到短信说演出取消，可以原路退款。已经十天了钱还没退到我的账户", True),
        ("收到通知話課程取消會全額退款，但到而家錢都仲未收到", False),  # Cantonese 仲未: left to refund_awaited
        ("收到簡訊說航班取消會退款，兩週了錢還沒到帳", True),
        ("I got an email saying I would be refunded, but I still haven't received anything", True),
        ("请尽快退款，钱还没到", False),
        ("The email said the order was cancelled. Please refund me.", False),
    ],
)
def test_refund_notified(story: str, notified: bool) -> None:
    assert refund_notified(fold(story)) is notified


@pytest.mark.parametrize(
    ("own", "only"),
    [
        ("少了一杯奶茶，就退个差价吧", True),
        ("25.9塊 退不退吧", True),
        ("少咗個飯，直接退錢俾我", True),
        ("the fries were missing, just refund me", True),
        ("少了的给我补送过来，或者退钱", False),
        ("換一盒新的或者退款都可以", False),
        ("不用退钱，下次注意", False),
        ("又扣了我298 这个给我退了吧", True),
        ("幫我退咗佢", True),
        ("please send the missing item", False),
    ],
)
def test_money_back_only(own: str, only: bool) -> None:
    assert money_back_only(own) is only


@pytest.mark.parametrize(
    ("text", "amount", "excess"),
    [
        ("總共多收了 NT$1,200，請退還差額", "NT$1,200", True),
        ("这个月多扣了我80元", "80元", True),
        ("you overcharged me by $45 on the bill", "$45", True),
        ("收了我96元，绕路了，退差价", "96元", False),
        ("I paid $42.50 for the ride, refund the difference", "$42.50", False),
    ],
)
def test_excess_named(text: str, amount: str, excess: bool) -> None:
    assert excess_named(text, amount) is excess


@pytest.mark.parametrize(
    ("own", "sums", "clause"),
    [
        (
            "I paid £435 in total, and I'm asking for the first two nights (£290) back.",
            ["£435", "£290"],
            "I'm asking for the first two nights (£290) back",
        ),
        ("月費HK$198 呢個月要減番啦", ["HK$198"], "月費HK$198 呢個月要減番啦"),
        ("一共付了300元，请把那120元退还给我。", ["300元", "120元"], "请把那120元退还给我"),
        ("今年的物业费我是一次性交的 3,240 元。希望尽快修好", ["3,240 元"], None),
    ],
)
def test_sum_back_clause(own: str, sums: list[str], clause: str | None) -> None:
    assert sum_back_clause(own, sums) == clause


@pytest.mark.parametrize(
    ("ask", "revisit"),
    [
        ("let me know which day someone can come back", True),
        ("can your engineer come back to finish it", True),
        ("能不能再派人来看看", True),
        ("師傅可唔可以再上門", True),
        ("I will never come back to your shop", False),
        ("请给我退款", False),
    ],
)
def test_revisit_asked(ask: str, revisit: bool) -> None:
    assert revisit_asked(fold(ask)) is revisit


@pytest.mark.parametrize(
    ("own", "free"),
    [
        ("再派人来看看，别再收钱了", True),
        ("師傅再上門唔好再收費", True),
        ("please send someone back and don't charge me again", True),
        ("no call out fee this time please", True),
        ("请再派人来看看", False),
        ("please come back and fix it", False),
    ],
)
def test_no_charge_asked(own: str, free: bool) -> None:
    assert no_charge_asked(own) is free


@pytest.mark.parametrize(
    ("story", "tag"),
    [
        ("套餐标价是四百八十元，结账时收了六百二十元", False),  # a clinic's listed price
        ("超市货架上标价12元，结账收了15元", True),
        ("The price tag said $5 but I paid $8", True),
        ("The label says 60 tablets but there were 30", False),
    ],
)
def test_price_tag_read(story: str, tag: bool) -> None:
    cues = ("price tag", "sign says", "label says", "价签", "标价")
    assert price_tag_read(fold(story), cues) is tag


# End to end: the draft answers what was asked, and nothing nobody asked.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "您好，我上週六在貴店做了燙髮，付了NT$2,980。才過四天，洗兩次就直了。我不需要找店長，只想知道能不能免費重燙一次。",
            [],
            ["NT$2,980的退款"],
        ),
        (
            "My $1,200 rent was paid on time but you charged me a $40 late fee. Please reverse the late fee.",
            ["$40"],
            ["$1,200 needs", "refund of $1,200"],
        ),
        (
            "演出取消了，收到短信说可以原路退款，订单共¥580。十个工作日了钱还没退到。请尽快退给我。",
            [],
            ["审批"],
        ),
        (
            "外卖少了一份凉菜，就退个差价吧，不用打电话。",
            ["退还"],
            ["哪种方式更合适"],
        ),
        (
            "Our tiler finished but two tiles are cracked. Can you let me know which day someone can come back?",
            ["come out"],
            ["manager in charge to decide"],
        ),
    ],
)
def test_drafts(text: str, present: list[str], absent: list[str]) -> None:
    reply = _draft(text)
    for word in present:
        assert word in reply, reply
    for word in absent:
        assert word not in reply, reply


@pytest.mark.parametrize(
    ("own", "stop"),
    [
        ("会员自动续费关了又扣了298，给我退了吧，别再扣了", True),
        ("會員已經取消，唔好再扣錢啦", True),
        ("I cancelled my membership, stop charging me", True),
        ("别再扣了，这家店的服务太差", False),  # nothing that renews
        ("membership fee refund please", False),
    ],
)
def test_stop_renewal(own: str, stop: bool) -> None:
    assert stop_renewal(own) is stop
