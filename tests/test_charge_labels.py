"""A hazard word inside the label of a disputed charge ("charged $312.50 for 'interior cleaning and
smoking'") is a bill, not a fire: no evacuation. A charge for a thing that really smoked, or smoke
told as happening, stays a safety case. A rental-car cleaning fee got "Please get everyone out of the
vehicle… call the emergency services now" (graded 1 by both trainers)."""

from __future__ import annotations

import pytest

import drafter

EVACUATE = ("get everyone out", "让所有人下车", "讓所有人下車", "emergency services now")

ROWS = [
    # (language, complaint, a safety case)
    (
        "en",
        'I returned the rental car and was charged an extra $312.50 for "interior cleaning and smoking", '
        "but I don't smoke. I want it reversed.",
        False,
    ),
    ("en", "I was fined £80 for smoking damage in the room although nobody smoked. Please remove it.", False),
    ("en", "You charged me $40 for the heater that started smoking in my room last night. Refund it.", True),
    ("en", "The car I rented started smoking from the bonnet on the highway and I had to pull over.", True),
    ("zh-Hans", "还车时被收了312元“车内清洁和烟味处理费”，我根本不抽烟，要求退回。", False),
    ("zh-Hans", "租的车在高速上发动机冒烟了，我们停在应急车道上。", True),
    ("zh-Hant", "還車時被收咗312蚊「車廂清潔及煙味處理費」，我根本唔食煙，要求退返。", False),
    ("zh-Hant", "租嘅車喺高速公路引擎冒煙，我哋停咗喺路肩。", True),
]


@pytest.mark.parametrize(("language", "complaint", "safety"), ROWS)
def test_a_charge_named_for_smoke_is_no_fire(language: str, complaint: str, safety: bool) -> None:
    draft = drafter.draft(complaint, language=language, backend="template")
    assert ("safety" in draft.reasons) is safety
    if not safety:
        assert not any(step in draft.text for step in EVACUATE)
