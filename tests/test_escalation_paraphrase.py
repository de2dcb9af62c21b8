"""Escalation said in other words, in businesses outside the tune sets: a child taken to hospital
after a near-drowning, dangerous driving, the media said as 傳媒 / 放上網; and a barrier that
struck a car is damage to a car, not an injury to ask after. en, zh-Hans, zh-Hant."""

from __future__ import annotations

import pytest

import drafter

ESCALATED = [
    ("The coach driver was texting while driving on the motorway with 40 kids on board.", "en", "safety"),
    ("The minibus driver was speeding through the school zone with my son on board.", "en", "safety"),
    ("My daughter nearly drowned in your leisure centre pool and was taken away by ambulance.", "en", "illness"),
    ("孩子在你们游泳馆呛水送医，到现在还在观察。", "zh-Hans", "illness"),
    ("你们班车司机边开车边玩手机，差点撞上护栏。", "zh-Hans", "safety"),
    ("租来的车刹车发软，高速上差点出事。", "zh-Hans", "safety"),
    ("我會將呢件事放上網同埋搵傳媒。", "zh-Hant", "media"),
    ("你們的教練車剎車失靈，我差點撞到人。", "zh-Hant", "safety"),
    ("我女兒喺你哋泳池溺水，救護車送咗去醫院。", "zh-Hant", "illness"),
]


@pytest.mark.parametrize(("complaint", "language", "reason"), ESCALATED)
def test_paraphrased_escalation_is_escalated(complaint: str, language: str, reason: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    assert d.escalate
    assert reason in d.reasons, d.reasons


# Damage to a car is no injury: the reply does not ask after the customer's wounds.
CAR_STRUCK = [
    ("你們停車場的閘門砸到我的車頂，我要求賠償修車費。", "zh-Hant"),
    ("你们小区的树枝砸到我的车，挡风玻璃裂了。", "zh-Hans"),
]


@pytest.mark.parametrize(("complaint", "language"), CAR_STRUCK)
def test_something_striking_a_car_is_no_injury(complaint: str, language: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    assert "injury" not in d.reasons
    assert not any(w in d.text for w in ("傷口", "伤口", "身體怎麼樣", "身体怎么样"))


NOT_ESCALATED = [
    ("My car wash membership was charged twice this month, please refund.", "en"),
    ("健身卡续费多扣了一个月的钱，请退给我。", "zh-Hans"),
    ("洗衣店把我的大衣洗縮水了，請賠償。", "zh-Hant"),
]


@pytest.mark.parametrize(("complaint", "language"), NOT_ESCALATED)
def test_an_ordinary_complaint_is_not_escalated(complaint: str, language: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    assert not d.escalate, d.reasons
