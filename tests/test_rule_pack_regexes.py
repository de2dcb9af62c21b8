"""Every regex of the shipped rule packs compiles.

The ruleset compiles rule regexes, exemptions and lexicon regexes on first use to keep start-up
short, so a regex that cannot compile (a look-behind whose space became ``\\s+``) would surface only
when a reply first reaches it, and block that reply. This test reaches all of them up front."""

from __future__ import annotations

import re

import pytest

from drafter.errors import RulePackError
from drafter.guard.rules import compile_regex, default_ruleset


def test_every_rule_regex_group_compiles() -> None:
    ruleset = default_ruleset()
    groups = 0
    for index, rule in enumerate(ruleset.rules):
        for group in range(len(rule.regex_groups())):
            pattern, _ = ruleset.rule_regex(index, group)
            assert isinstance(pattern, re.Pattern)
            groups += 1
    assert groups > 0


def test_every_exemption_compiles() -> None:
    ruleset = default_ruleset()
    assert ruleset.exemptions
    for index in range(len(ruleset.rules)):
        ruleset.unless(index)  # raises re.error if a phrase cannot compile


def test_every_lexicon_regex_compiles() -> None:
    ruleset = default_ruleset()
    sources = ruleset.lexicon.get("regex", {})
    assert sources
    for name in sources:
        assert isinstance(ruleset.regex[name], re.Pattern)


@pytest.mark.parametrize(
    "source",
    [
        "(?<=we are sorry )the courier",  # the space becomes \s+: variable-width look-behind
        "(?<=非常抱歉 )快递",
        "(?<=非常抱歉 )速遞",
    ],
)
def test_a_lookbehind_with_a_plain_space_is_refused(source: str) -> None:
    with pytest.raises(RulePackError, match="does not compile"):
        compile_regex([source], {})


@pytest.mark.parametrize(
    "source,text",
    [
        ("(?<=sorry[ ])the courier", "so sorry the courier"),
        ("(?<=非常抱歉[ ])快递", "非常抱歉 快递"),
        ("(?<=非常抱歉[ ])速遞", "非常抱歉 速递"),
    ],
)
def test_a_lookbehind_with_a_bracketed_space_compiles(source: str, text: str) -> None:
    assert compile_regex([source], {}).search(text)
