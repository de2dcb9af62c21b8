"""Per-category precision and recall of the guardrail on a labelled set.

A labelled line: {"id", "text", "language"?, "role"?, "context"?, "expect": [categories]}.
``expect`` is the exact set of categories that should fire; every other must stay silent.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from drafter.guard.engine import check
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


def score(
    items: list[Labelled], use_model: bool = False
) -> tuple[dict[str, CategoryScore], list[tuple[Labelled, set[str]]]]:
    """Scores per category and the items whose fired categories differ from the labels
    (``use_model=True``: with the trained detector, whatever the default policy says)."""
    scores: dict[str, CategoryScore] = {}
    misses = []
    for item in items:
        report = check(
            item.text, role=item.role, context=item.context, language=item.language, policy=_policy(use_model)
        )
        fired = {f.category for f in report.findings}
        expected = set(item.expect)
        for category in fired | expected:
            s = scores.setdefault(category, CategoryScore())
            if category in fired and category in expected:
                s.tp += 1
            elif category in fired:
                s.fp += 1
            else:
                s.fn += 1
        if fired != expected:
            misses.append((item, fired))
    return dict(sorted(scores.items())), misses


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    paths = [a for a in args if not a.startswith("-")]
    path = Path(paths[0]) if paths else default_labelled_path()
    items = load_labelled(path)
    scores, misses = score(items, use_model="--model" in args)
    langs = Counter(i.language for i in items)
    print(f"{len(items)} labelled replies ({', '.join(f'{k}: {v}' for k, v in sorted(langs.items()))})")
    print(f"{'category':28} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7}")
    for category, s in scores.items():
        print(f"{category:28} {s.tp:>4} {s.fp:>4} {s.fn:>4} {s.precision:>9.3f} {s.recall:>7.3f}")
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
