"""Per-category precision and recall of the guardrail on a labelled set.

A labelled line: {"id", "text", "language"?, "role"?, "context"?, "expect": [categories]}.
``expect`` is the exact set of categories that should fire; every other must stay silent.
Below the table, one reply-level line: risky replies stopped, and clean ones stopped, by any core category.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from drafter.guard.engine import check
from drafter.guard.report import CORE_CATEGORIES
from drafter.jsonl import read_all
from drafter.policy import Policy, load_policy
from drafter.resources import data_dir


class Labelled(BaseModel):
    model_config = ConfigDict(extra="ignore")
    note: str | None = None

    id: str
    text: str
    language: str | None = None
    role: str | None = None
    context: dict[str, Any] | None = None
    expect: list[str]


class CategoryScore(BaseModel):
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def default_labelled_path() -> Path:
    return data_dir("evals") / "guardrails" / "labelled.jsonl"


def load_labelled(path: Path) -> list[Labelled]:
    return read_all(path, Labelled)


def _policy(trained_detector: bool) -> Policy:
    return load_policy().model_copy(update={"trained_detector": trained_detector})


def guard_results(items: list[Labelled], use_model: bool = False) -> list[tuple[Labelled, set[str]]]:
    """Each item with the categories the guard raised on it."""
    policy = _policy(use_model)
    return [
        (
            item,
            {
                f.category
                for f in check(
                    item.text, role=item.role, context=item.context, language=item.language, policy=policy
                ).findings
            },
        )
        for item in items
    ]


def score(
    items: list[Labelled], use_model: bool = False
) -> tuple[dict[str, CategoryScore], list[tuple[Labelled, set[str]]]]:
    """Scores per category and the items whose fired categories differ from the labels
    (``use_model=True``: with the trained detector, whatever the default policy says)."""
    return tally(guard_results(items, use_model))


def tally(
    results: list[tuple[Labelled, set[str]]],
) -> tuple[dict[str, CategoryScore], list[tuple[Labelled, set[str]]]]:
    scores: dict[str, CategoryScore] = {}
    misses = []
    for item, raised in results:
        expected = set(item.expect)
        for category in raised | expected:
            s = scores.setdefault(category, CategoryScore())
            if category in raised and category in expected:
                s.tp += 1
            elif category in raised:
                s.fp += 1
            else:
                s.fn += 1
        if raised != expected:
            misses.append((item, raised))
    return dict(sorted(scores.items())), misses


class ReplyLevel(BaseModel):
    """What a supervisor sees: a risky reply (any core label) stopped or not, a clean one stopped or not,
    whichever core category each side names — blame and forbidden often swap between authors and rules."""

    risky: int = 0
    stopped: int = 0
    clean: int = 0
    false_alarms: int = 0

    @property
    def recall(self) -> float:
        return self.stopped / self.risky if self.risky else 1.0

    @property
    def precision(self) -> float:
        flagged = self.stopped + self.false_alarms
        return self.stopped / flagged if flagged else 1.0


def reply_level(results: list[tuple[Labelled, set[str]]]) -> ReplyLevel:
    level = ReplyLevel()
    for item, raised in results:
        caught = bool(raised & CORE_CATEGORIES)
        if set(item.expect) & CORE_CATEGORIES:
            level.risky += 1
            level.stopped += caught
        else:
            level.clean += 1
            level.false_alarms += caught
    return level


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    paths = [a for a in args if not a.startswith("-")]
    path = Path(paths[0]) if paths else default_labelled_path()
    items = load_labelled(path)
    results = guard_results(items, use_model="--model" in args)
    scores, misses = tally(results)
    level = reply_level(results)
    langs = Counter(i.language for i in items)
    print(f"{len(items)} labelled replies ({', '.join(f'{k}: {v}' for k, v in sorted(langs.items()))})")
    print(f"{'category':28} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7}")
    for category, s in scores.items():
        print(f"{category:28} {s.tp:>4} {s.fp:>4} {s.fn:>4} {s.precision:>9.3f} {s.recall:>7.3f}")
    print(
        f"reply level (core): {level.stopped} of {level.risky} risky stopped (recall {level.recall:.3f}), "
        f"{level.false_alarms} of {level.clean} clean stopped (precision {level.precision:.3f})"
    )
    if "-v" in args:
        for item, fired in misses:
            print(
                json.dumps(
                    {
                        "id": item.id,
                        "expect": item.expect,
                        "fired": sorted(fired),
                        "text": item.text,
                    },
                    ensure_ascii=False,
                )
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
