"""Every rule's positive examples must fire it and its negative examples must not."""

from __future__ import annotations

import pytest

import drafter
from drafter.guard.rules import Example, default_ruleset
from drafter.policy import load_policy

RULES = default_ruleset().rules
KINDS = {rule.id: rule.kind for rule in RULES}
# The trained detector's rules are tried with it on (it is off in the default policy).
ON = load_policy().model_copy(update={"trained_detector": True})


def _cases(which: str) -> list[tuple[str, Example]]:
    return [(rule.id, ex) for rule in RULES for ex in rule.examples.cases(which)]  # type: ignore[arg-type]


@pytest.mark.parametrize(("rule_id", "example"), _cases("positive"), ids=lambda v: getattr(v, "text", v))
def test_positive_example_fires(rule_id: str, example: Example) -> None:
    policy = ON if KINDS[rule_id] == "model" else None
    report = drafter.check(
        example.text, role=example.role, context=example.context, language=example.language, policy=policy
    )
    assert rule_id in {f.rule for f in report.findings}, report.findings


@pytest.mark.parametrize(("rule_id", "example"), _cases("negative"), ids=lambda v: getattr(v, "text", v))
def test_negative_example_does_not_fire(rule_id: str, example: Example) -> None:
    policy = ON if KINDS[rule_id] == "model" else None
    report = drafter.check(
        example.text, role=example.role, context=example.context, language=example.language, policy=policy
    )
    assert rule_id not in {f.rule for f in report.findings}, report.findings


def test_every_required_category_has_rules() -> None:
    categories = {rule.category for rule in RULES}
    assert {"forbidden_phrase", "unauthorized_compensation", "liability_admission"} <= categories
    assert {
        "blame_discussion",
        "vague_followup",
        "written_statement",
        "missing_last_step",
    } <= categories


def test_rule_ids_are_unique_and_cover_three_languages() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert set(rule.languages) == {"zh-Hans", "zh-Hant", "en"}, rule.id
