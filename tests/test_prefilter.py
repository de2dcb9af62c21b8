"""drafter/prefilter.py: the literals a match must hold are read soundly from the pattern, and a
gated pattern finds exactly what the pattern finds."""

from __future__ import annotations

import re

import pytest

from drafter.intake import danger, harm, prefs
from drafter.prefilter import Gate, Gated, gated, needed

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


_DROP_IN = re.compile(r"\b(?:no (?:phone )?calls?|email only)\b|不要打电话|不要打電話")


@pytest.mark.parametrize(
    "text",
    [
        "email only please, no phone calls",  # en: matches
        "call me back today, the parcel is late",  # en: a needle-free miss ("calls" absent, "call" no match)
        "不要打电话，发短信就行",  # zh-Hans
        "不要打電話，發短信就好",  # zh-Hant
        "包裹遲到了三天",  # no literal at all: answered without the search
        "",
    ],
)
def test_gated_is_a_drop_in_for_the_pattern(text: str) -> None:
    """Every re.Pattern method, with positions, returns what the pattern returns."""
    gated_ = gated(_DROP_IN)
    span = [m.span() for m in gated_.finditer(text)]
    assert span == [m.span() for m in _DROP_IN.finditer(text)]
    assert [m.span() for m in gated_.finditer(text, 3)] == [m.span() for m in _DROP_IN.finditer(text, 3)]
    for method in ("search", "match", "fullmatch"):
        for pos, endpos in ((0, len(text)), (2, len(text)), (0, 5)):
            got, want = getattr(gated_, method)(text, pos, endpos), getattr(_DROP_IN, method)(text, pos, endpos)
            assert (got and got.span()) == (want and want.span())
    assert gated_.findall(text) == _DROP_IN.findall(text)
    assert gated_.sub("-", text) == _DROP_IN.sub("-", text)
    assert gated_.subn("-", text) == _DROP_IN.subn("-", text)
    assert gated_.split(text) == _DROP_IN.split(text)
    assert gated_.pattern == _DROP_IN.pattern and gated_.groups == _DROP_IN.groups


def test_gated_answers_a_needle_free_text_without_searching() -> None:
    gated_ = Gated(re.compile(r"\bno calls\b"))
    assert gated_.needles == ("no calls",)
    assert not gated_.may_match("the parcel came late") and gated_.may_match("no calls please")
