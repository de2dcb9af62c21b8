"""Precision and recall per category on the labelled replies, against the suite thresholds.

* labelled.jsonl (the first author; tuned on): every category.
* holdout.jsonl (a second author) and tune.jsonl (three authors who never saw the rules, the tune
  half of an independent set): the core categories, the ones that route a reply to review. The
  coaching categories are reported by `python -m drafter.guard.scoring FILE` but not held to a
  floor on tune.jsonl: its missing-step labels were applied loosely (see its label guide)."""

from __future__ import annotations

import tomllib

import pytest

from drafter.guard.report import CORE_CATEGORIES
from drafter.guard.scoring import default_labelled_path, load_labelled, score
from drafter.resources import data_dir

CORE = tuple(sorted(CORE_CATEGORIES))


def _thresholds() -> dict[str, float]:
    return tomllib.loads((data_dir("evals") / "guardrails" / "thresholds.toml").read_text())


def test_labelled_set_meets_thresholds() -> None:
    thresholds = _thresholds()
    items = load_labelled(default_labelled_path())
    assert len(items) >= 250
    assert {i.language for i in items} == {"en", "zh-Hans", "zh-Hant"}
    scores, misses = score(items)
    for category, s in scores.items():
        assert s.precision >= thresholds["precision"], (category, [m[0].id for m in misses])
        assert s.recall >= thresholds["recall"], (category, [m[0].id for m in misses])


@pytest.mark.parametrize("name", ["holdout.jsonl", "tune.jsonl"])
def test_core_categories_hold_on_the_other_authors_sets(name: str) -> None:
    thresholds = _thresholds()
    items = load_labelled(data_dir("evals") / "guardrails" / name)
    assert {i.language for i in items} == {"en", "zh-Hans", "zh-Hant"}
    scores, misses = score(items)
    for category in CORE:
        s = scores.get(category)
        if s is None:
            continue
        missed = [m[0].id for m in misses if category in set(m[0].expect) ^ m[1]]
        assert s.precision >= thresholds["core_precision"], (category, missed)
        assert s.recall >= thresholds["core_recall"], (category, missed)
