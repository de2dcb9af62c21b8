"""Round 10s: a vehicle with failing brakes stopped where traffic passes at speed (a motorway or
its hard shoulder, 高速/国道/路肩/应急车道, Taiwanese 煞车 and 煞车灯 as well as 刹车) is a safety case:
hazard lights on, everyone out and behind the barrier, the highway police if in danger, recovery
sent now and a call within minutes; never a visit to arrange or a day's wait. A brake squeak on a
parked car at home or a brake-repair invoice is not one. Complaints written for these tests."""

from __future__ import annotations

import re

import pytest

import drafter
from drafter.intake import analyse
from drafter.models import Complaint


def _analysis(text: str, language: str, channel: str = "im"):  # type: ignore[no-untyped-def]
    return analyse(Complaint(text=text, channel=channel, language=language))  # type: ignore[arg-type]


ON_THE_MOTORWAY = [
    # (language, complaint) -- brakes failing, stopped by fast traffic, asking for a tow now
    (
        "en",
        "Hire car brakes started grinding and the brake light is on, I've pulled onto the hard shoulder "
        "of the M5 with my wife, it's dark and lorries keep passing, send a tow truck now",
    ),
    (
        "en",
        "Rental SUV, brake warning light came on and the brakes are grinding. "
        "We're stopped on the freeway shoulder near exit 42 with the kids. Need a tow truck ASAP",
    ),
    ("zh-Hans", "租的车在高速上刹车一直咯吱响，仪表盘刹车灯亮了，现在停在应急车道，车上还有老人，天黑了，快派拖车过来"),
    ("zh-Hans", "你好 租车合同RC-2231 刚才在国道上刹车警示灯亮了 踩着感觉不对 现在停在路肩 很害怕 请马上派拖车"),
    ("zh-Hant", "租的車在高速公路上煞車一直吱吱叫，煞車燈亮了，現在停在路肩，天很黑，拜託快派拖車"),
    ("zh-Hant", "租約AB-778 剛在快速道路上 儀表板煞車警示燈亮紅 只好停到緊急停車帶 車上有長輩 好可怕 快來拖車"),
]


@pytest.mark.parametrize(("language", "text"), ON_THE_MOTORWAY)
def test_failing_brakes_on_a_motorway_get_the_roadside_safety_step(language: str, text: str) -> None:
    a = _analysis(text, language)
    assert a.safety is not None and "stranded" in a.safety.hazards and a.safety.highway, a.safety
    assert a.escalate and "safety" in a.reasons
    d = drafter.draft(text, channel="im", language=language)
    body = d.text
    assert d.escalate
    assert re.search(r"hazard lights|双闪|雙閃", body), body
    assert re.search(r"out of the car.*behind the barrier|下车.*护栏|下車.*護欄", body), body
    assert re.search(r"highway police|公路警察", body), body
    assert re.search(r"recovery|拖车|拖車|道路救援", body), body
    assert re.search(r"within \d+ minutes|\d+\s*分[钟鐘]内|\d+\s*分[钟鐘]內", body), body
    for never in (
        "上门处理",
        "上門處理",
        "home visit",
        "within 24 hours",
        "24小时内",
        "24小時內",
        "不愉快的经历",
        "不愉快的經歷",
    ):
        assert never not in body, body


NOT_ON_THE_ROAD = [
    # (language, complaint) -- brakes mentioned, nobody stopped by traffic: no safety step
    (
        "en",
        "The brakes on my car squeak a bit when I reverse out of the garage at home; "
        "the car sits on the drive, can someone look at it next week?",
    ),
    (
        "en",
        "Your garage charged me 480 for a brake repair I never agreed to; the invoice lists pads and discs. "
        "Please refund the difference.",
    ),
    ("zh-Hans", "车停在家里车库，倒车时刹车有点响，想约下周去店里检查一下"),
    ("zh-Hans", "上个月在你们店换刹车片，发票上多收了300元，请退还差价"),
    ("zh-Hant", "車停在家門口，煞車踩的時候有一點吱吱聲，想預約下週保養時順便看看"),
    ("zh-Hant", "上次在你們車廠修煞車，發票多收了1500元，請退回差額"),
]


@pytest.mark.parametrize(("language", "text"), NOT_ON_THE_ROAD)
def test_a_brake_squeak_at_home_or_a_repair_bill_is_not_a_roadside_case(language: str, text: str) -> None:
    a = _analysis(text, language, channel="email")
    assert a.safety is None, a.safety
    assert "safety" not in a.reasons, a.reasons
    body = drafter.draft(text, channel="email", language=language).text
    for never in ("hazard lights", "双闪", "雙閃", "公路警察", "highway police"):
        assert never not in body, body
