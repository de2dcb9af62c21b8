"""A breakdown told as over (the car already towed or recovered) gets no roadside recovery "now";
a driver stuck by the road now still does. A botched brake job told two days later was answered
"we are sending roadside recovery to you now" (graded 1–2)."""

from __future__ import annotations

import pytest

import drafter

SENT_NOW = ("roadside recovery to you now", "马上安排拖车", "馬上安排拖車")

ROWS = [
    # (language, complaint, recovery sent now)
    (
        "en",
        "Two days after your garage fitted new brake pads the brake pedal went to the floor on the motorway. "
        "The recovery driver found a fluid leak at the caliper your mechanic refitted. I want it inspected.",
        False,
    ),
    ("en", "My brakes failed on the motorway and I'm on the hard shoulder now with my two kids. Please help.", True),
    (
        "zh-Hans",
        "上周在你们店换了刹车片，两天后在高速上刹车失灵，差点追尾，拖车把车拖到修理厂，师傅说是刹车油漏了。我要求重新检查，今天给我回电话。",
        False,
    ),
    ("zh-Hans", "刹车失灵了，现在停在高速应急车道上，孩子在车里，快派人来！", True),
    (
        "zh-Hant",
        "上星期喺你哋車房換咗煞車皮，兩日後喺高速公路煞車失靈，好彩冇撞車，拖車拖咗去車房，師傅話係煞車油漏。我要你哋重新檢查，今日打俾我。",
        False,
    ),
    ("zh-Hant", "煞車失靈，而家停咗喺高速公路路肩，仔女喺車入面，快啲派人嚟！", True),
]


@pytest.mark.parametrize(("language", "complaint", "sent_now"), ROWS)
def test_recovery_is_sent_only_to_someone_still_stuck(language: str, complaint: str, sent_now: bool) -> None:
    draft = drafter.draft(complaint, language=language, backend="template")
    assert any(phrase in draft.text for phrase in SENT_NOW) is sent_now
    assert draft.escalate  # a brake failure stays a class-2 case either way
