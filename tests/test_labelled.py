"""Precision and recall per category on the labelled replies, against the suite thresholds."""

from __future__ import annotations

import tomllib

from drafter.guard.scoring import default_labelled_path, load_labelled, score
from drafter.resources import data_dir


def test_labelled_set_meets_thresholds() -> None:
    thresholds = tomllib.loads((data_dir("evals") / "guardrails" / "thresholds.toml").read_text())
    items = load_labelled(default_labelled_path())
    assert len(items) >= 250
    assert {i.language for i in items} == {"en", "zh-Hans", "zh-Hant"}
    scores, misses = score(items)
    for category, s in scores.items():
        assert s.precision >= thresholds["precision"], (category, [m[0].id for m in misses])
        assert s.recall >= thresholds["recall"], (category, [m[0].id for m in misses])
