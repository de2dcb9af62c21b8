"""The regex groups' literal gate: a source runs only in a reply holding one of the literals
every match of it holds, and leaving the others out never changes a match.

Each regex group of the packs is compared, gated and whole, over the rules' own examples (which
hold the matches) and over neutral replies in en, zh-Hans and zh-Hant (which hold none)."""

from __future__ import annotations

import pytest

from drafter.guard.engine import _Doc, _scan
from drafter.guard.rules import GROUPS, default_ruleset

NEUTRAL = [
    ("en", "Thank you for contacting us. I have passed your order details to the delivery team today."),
    ("zh-Hans", "您好，感谢您联系我们。我已经把您的订单信息转给配送团队，今天下午五点前回复您。"),
    ("zh-Hant", "您好，感謝您聯繫我們。我已經把您的訂單資訊轉給配送團隊，今天下午五點前回覆您。"),
]


def _spans(pattern, text: str) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    return [] if pattern is None else [m.span() for m in pattern.finditer(text)]


def _doc(text: str) -> _Doc:
    doc = _Doc(text, default_ruleset())
    _scan(doc)  # the single pass reports the needed literals it met
    return doc


def _groups() -> list[int]:
    rs = default_ruleset()
    return [index * GROUPS + group for index, rule in enumerate(rs.rules) for group in range(len(rule.regex_groups()))]


def test_some_groups_are_gated() -> None:
    rs = default_ruleset()
    gated = [key for key in _groups() if key in rs.regex_gates]
    assert len(gated) > len(_groups()) // 4


@pytest.mark.parametrize(("language", "text"), NEUTRAL)
def test_gated_groups_find_what_whole_ones_find_in_neutral_replies(language: str, text: str) -> None:
    rs = default_ruleset()
    doc = _doc(text)
    left_out = 0
    for key in _groups():
        whole, _ = rs.rule_regex(*divmod(key, GROUPS))
        gated, _ = rs.group_regex(key, doc.needles)
        assert _spans(gated, doc.folded) == _spans(whole, doc.folded), (language, rs.rules[key // GROUPS].id)
        left_out += gated is not whole
    assert left_out > 0  # a neutral reply holds few of the literals: some sources are skipped


def test_gated_groups_find_what_whole_ones_find_in_rule_examples() -> None:
    rs = default_ruleset()
    compared = matched = 0
    for index, rule in enumerate(rs.rules):
        keys = [index * GROUPS + g for g in range(len(rule.regex_groups())) if index * GROUPS + g in rs.regex_gates]
        if not keys:
            continue
        for example in rule.examples.cases("positive") + rule.examples.cases("negative"):
            doc = _doc(example.text)
            for key in keys:
                whole, _ = rs.rule_regex(index, key % GROUPS)
                gated, _ = rs.group_regex(key, doc.needles)
                expected = _spans(whole, doc.folded)
                assert _spans(gated, doc.folded) == expected, (rule.id, example.text)
                compared += 1
                matched += bool(expected)
    assert compared > 0 and matched > 0  # the examples do reach the gated sources


@pytest.mark.parametrize(
    ("language", "text", "rule_id"),
    [
        ("en", "It was our new driver who didn't strap the load properly.", "blame.discussion"),
        ("zh-Hans", "那个师傅是新来的，没按您的要求放。", "blame.discussion"),
        ("zh-Hant", "那個師傅是新來的，沒按您的要求放。", "blame.discussion"),
    ],
)
def test_a_gated_rule_still_finds_its_phrase(language: str, text: str, rule_id: str) -> None:
    from drafter import check

    assert rule_id in {f.rule for f in check(text).findings}, language
