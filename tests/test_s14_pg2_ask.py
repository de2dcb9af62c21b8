"""s14 round 4 (c36 notes): the explicit ask answered with the thing asked. A delivery asked for a
named day after a failed attempt is arranged for that day (c36b-033); a repair of a thing of theirs
is no refund of the sum they paid (c36a-012); a price written with its count is refunded whole
(c36a-031)."""

from __future__ import annotations

import pytest

import drafter
from drafter.backends.template_satisfy import _day_ahead, _thing_mended


def _draft(text: str, channel: str = "im") -> str:
    return drafter.draft(text, channel=channel, backend="template").text


@pytest.mark.parametrize(
    ("text", "day", "not_said"),
    [
        (
            "The courier left a card saying nobody was home, but I was in all day. "
            "Please deliver it tomorrow, order 55123.",
            "tomorrow",
            "improvements",
        ),
        ("快递员没上楼，直接放了张卡说无人在家。单号SF1234567 明天一定要送到", "明天", "改进措施"),
        ("你哋速遞員又冇上樓，塞咗張卡就走。單號TW88812345 聽日一定要送到", "明天", "改進措施"),
    ],
)
def test_delivery_asked_for_a_day_is_arranged_for_it(text: str, day: str, not_said: str) -> None:
    out = _draft(text)
    assert day in out
    assert any(w in out for w in ("delivered again", "重新投递", "重新投遞"))
    assert not_said not in out


@pytest.mark.parametrize(
    ("clause", "ahead"),
    [
        ("deliver it tomorrow", True),
        ("please deliver it", False),
        ("明天送到", True),
        ("聽日一定要送到", True),
        ("尽快送到", False),
        ("下週三送過來", True),
    ],
)
def test_day_ahead(clause: str, ahead: bool) -> None:
    assert _day_ahead(clause) is ahead


@pytest.mark.parametrize(
    ("clause", "mended"),
    [
        ("I would like it repaired at your cost", True),
        ("please fix the bill", False),
        ("repair the charge on my statement", False),
        ("请把手表修好", True),
        ("把账单修改过来", False),
        ("麻煩幫我維修部機", True),
    ],
)
def test_thing_mended(clause: str, mended: bool) -> None:
    assert _thing_mended(clause) is mended


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "I collected my coat today and paid the $265 in full. There is a burn on the sleeve that was "
            "not there before. I would like it repaired at your cost or a fair amount taken off.",
            "refund of $265",
        ),
        ("今天取回手表，付了¥265。表面多了一道划痕。我希望你们出钱维修。", "265元的退款"),
        ("今日取回手錶，付咗$265。錶面多咗一條花痕，我想你哋出錢維修。", "$265的退款"),
    ],
)
def test_repair_asked_is_no_refund_of_what_they_paid(text: str, wrong: str) -> None:
    assert wrong not in _draft(text, "email")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("我們兩張票 NT$320 x2 場次取消了 全額退啦", "NT$640"),
        ("两张票 ¥80 x2，电影放到一半停了，全额退款", "160元"),
        ("We bought tickets at $45 x 3 and the show was cancelled. I want a full refund.", "$135"),
    ],
)
def test_price_times_count_refunded_whole(text: str, amount: str) -> None:
    assert amount in _draft(text)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("扣了我两次 ¥330 x2 退一笔给我", "330"),
        ("You charged me twice, $30 x2, refund one of them please.", "$30"),
    ],
)
def test_charge_taken_twice_keeps_one(text: str, amount: str) -> None:
    out = _draft(text)
    assert amount in out
    assert "660" not in out and "$60" not in out


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("I was charged $17.99 on 5 May and again on 5 June. That's $35.98. Please refund both charges.", "$35.98"),
        ("会员取消后5月扣了¥45，6月又扣了¥45，总共¥90。两笔都退给我。", "90"),
        ("會籍取消咗，五月扣咗HK$200，六月又扣咗HK$200，總共HK$400，兩筆都要退返。", "HK$400"),
    ],
)
def test_both_charges_asked_back_is_their_total(text: str, amount: str) -> None:
    assert amount in _draft(text)
