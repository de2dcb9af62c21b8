"""Session 13: a hazard script only where there is a hazard, fitting where it is.

A broken light or a lift out of order that someone nearly tripped near is a repair, not a place
we cordon off; someone who fell there, or bare wiring, keeps the safety script. A faulty car told
as parked at home or at the garage now gets "don't drive it", never the motorway's "get everyone
out and wait behind the barrier"; a car still on the motorway keeps the roadside steps. Made-up
complaints, any business, in en, zh-Hans and zh-Hant (Cantonese included)."""

from __future__ import annotations

import pytest

import drafter
from drafter.guard.normalize import fold
from drafter.intake import analyse, read_complaint
from drafter.intake.danger import vehicle_parked

_CORDON = ("cordoned off", "围起来", "圍起來", "emergency services", "急救电话", "急救電話")
_ROADSIDE = ("behind the barrier", "hazard lights", "roadside recovery", "护栏", "護欄", "道路救援", "双闪", "雙閃")

# (complaint, is it a safety case)
REPAIRS = [
    # a broken light or a dark stairwell someone nearly tripped in: a repair to make
    ("corridor light on floor 3 has been out for two weeks, my dad almost fell on the steps. please fix it", False),
    ("The lift in our building has been out of order since Monday and my mum nearly slipped on the stairs.", False),
    ("走廊的灯坏了两个星期，我妈差点在楼梯上摔倒，请这周派人来修。", False),
    ("走廊嘅燈壞咗兩個禮拜，我阿媽差啲喺樓梯度跌低，唔該呢個禮拜派人嚟整。", False),
    ("走廊的燈壞了兩個星期，我媽差點在樓梯上跌倒，請這週派人來修。", False),
    # near-misses that keep the safety script: someone fell and was hurt, or wiring is bare
    ("The hallway light has been broken for weeks; last night my neighbour fell on the stairs, hurt her knee.", True),
    ("The corridor light is broken and the wires are hanging out bare, my son nearly touched them.", True),
    ("走廊的灯坏了很久，昨晚我妈在楼梯上摔倒，膝盖受伤流血了。", True),
    ("走廊嘅燈壞咗好耐，琴晚我阿媽喺樓梯跌低，膝頭哥受傷流血。", True),
    # a loose stair is a hazard in itself, light or no light
    ("The light on the landing is broken and one of the steps is loose, my daughter nearly fell.", True),
]


@pytest.mark.parametrize(("text", "safety"), REPAIRS)
def test_broken_light_is_a_repair_unless_someone_is_hurt(text: str, safety: bool) -> None:
    analysis = analyse(read_complaint(text))
    assert (analysis.safety is not None) is safety
    reply = drafter.draft(text, channel="im", backend="template").text
    if not safety:
        assert not any(w in reply for w in _CORDON), reply


# (complaint, roadside steps expected, words that must be in the reply)
CARS = [
    (
        "You fitted new brakes on my van last week. Yesterday on the motorway the brake pedal went to the "
        "floor. The van is now parked at home and I'm not driving it. Please collect it today.",
        False,
        ["stop using it"],
    ),
    (
        "你们上周给我换了刹车片，昨天在高速上刹车踩到底，差点追尾。车现在停在家楼下，我不敢再开，请今天派人来拖走检查。",
        False,
        ["停止使用"],
    ),
    (
        "你哋上個禮拜幫我換咗煞車，琴日喺高速公路煞車踩到底。架車而家泊喺屋企樓下，我唔敢再揸，唔該今日嚟拖去檢查。",
        False,
        ["停止使用"],
    ),
    # still on the motorway now: the roadside steps stay
    (
        "My car's brakes failed on the M6 an hour after your service and smoke is coming from the wheel. "
        "We are on the hard shoulder now with two kids.",
        True,
        [],
    ),
]


@pytest.mark.parametrize(("text", "roadside", "says"), CARS)
def test_roadside_steps_only_when_still_on_the_road(text: str, roadside: bool, says: list[str]) -> None:
    reply = drafter.draft(text, channel="email", backend="template").text
    assert any(w in reply for w in _ROADSIDE) is roadside, reply
    for word in says:
        assert word in reply, reply


# Where the vehicle stands now: only the vehicle told parked or brought home counts, not a person at home.
PARKED = [
    ("The car is now parked at home and I'm not driving it.", True),
    ("It's parked on my drive until you collect it.", True),
    ("I limped it home at 20 mph.", True),
    ("We are on the hard shoulder; my wife is at home with the baby.", False),
    ("I parked up at the services and we are waiting inside.", False),
    ("车现在停在家楼下，我不敢再开。", True),
    ("架車而家泊喺屋企樓下。", True),
    ("車現在停在車庫，我不敢再開。", True),
    ("我们现在还在高速路边，家里只有老人。", False),
]


@pytest.mark.parametrize(("text", "parked"), PARKED)
def test_vehicle_parked_off_road(text: str, parked: bool) -> None:
    assert bool(vehicle_parked(fold(text))) is parked
