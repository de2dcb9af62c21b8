"""drafter/prefilter.py: the literals a match must hold are read soundly from the pattern, and a
gated pattern finds exactly what the pattern finds."""

from __future__ import annotations

import re

import pytest

from drafter.intake import danger, harm, prefs
from drafter.prefilter import Gate, needed

NEEDED = [
    (r"refund", {"refund"}),
    (r"\b(?:call|phone) me\b", {"call", "phone"}),  # the longer shortest literal: "call" over " me"
    (r"\bplease (?:call|ring)\b", {"please "}),
    (r"不要(?:打电话|致电)", {"不要"}),
    (r"(?:醫院|医院|急診)", {"醫院", "医院", "急診"}),
    (r"(?:a|bb)+c", {"c"}),
    (r"x?y*", None),  # nothing every match must hold
    (r"(?:refund|\d+)", None),  # one branch with no literal proves nothing for the alternation
    (r"(?i:refund)", None),  # case-insensitive: "REFUND" holds no "refund"
    (r"(?<=退)款", {"款"}),  # a lookbehind's text is not part of the match
    (r"[^a]b", {"b"}),
    (r"[ab]c?", {"a", "b"}),
]


@pytest.mark.parametrize(("pattern", "expected"), NEEDED)
def test_needed_literals(pattern: str, expected: set[str] | None) -> None:
    got = needed(re.compile(pattern))
    assert (None if got is None else set(got)) == expected


def test_ignorecase_proves_nothing() -> None:
    assert needed(re.compile("refund", re.I)) is None


@pytest.mark.parametrize(
    ("gate", "text", "hit"),
    [
        # en, zh-Hans, zh-Hant (folded text is Simplified): the gate's answer is the pattern's
        (harm._ASKS_TO_GO, "should i take him to a&e now?", True),
        (harm._ASKS_TO_GO, "要不要马上去急诊", True),
        (harm._ASKS_TO_GO, "the parcel came late", False),
        (harm._ASKS_TO_GO, "包裹迟到了三天", False),
        (prefs._NO_CALLS, "email only please, no phone calls", True),
        (prefs._NO_CALLS, "不要打电话给我", True),
        (prefs._NO_CALLS, "唔好打嚟", True),
        (prefs._NO_CALLS, "call me back today", False),
        (danger._ERRAND, "i missed my hospital appointment because of the delay", True),
        (danger._ERRAND, "外卖送到医院的订单", True),
        (danger._ERRAND, "退款还没到账", False),
    ],
)
def test_gate_agrees_with_pattern(gate: Gate, text: str, hit: bool) -> None:
    assert (gate.search(text) is not None) == (gate.pattern.search(text) is not None) == hit
    assert [m.span() for m in gate.finditer(text)] == [m.span() for m in gate.pattern.finditer(text)]


@pytest.mark.parametrize(
    "text",
    ["you told me 'not our problem'", "他说‘不归我们管’", "他說‘不歸我們管’", "no quote in this one", "完全沒有引號"],
)
def test_gated_sub_is_the_patterns(text: str) -> None:
    gate = Gate(re.compile(r"['‘][^'’]*['’]"))
    assert gate.sub(" ", text) == gate.pattern.sub(" ", text)
