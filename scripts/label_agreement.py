"""Do independent labellers agree with a labelled set's author, and where do the rules stand?

    python scripts/label_agreement.py SET.jsonl RELABELS.jsonl [RELABELS.jsonl ...]

SET is a labelled reply set (the scoring format); each RELABELS file holds {"id", "expect"} lines
from a labeller who relabelled part of it blind (docs/heldout/RELABEL.md). Lines with two relabels
are counted. Prints, per core category, Cohen's kappa (author–labeller, labeller–labeller), the rules'
P / R against the author and against the majority of three, and how many of the rules' misses both
labellers also call positive: if they do, the misses are the rules' reach, not label noise.
Aggregates only: nothing of the texts is printed (the set may be a frozen one).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from drafter.guard.report import CORE_CATEGORIES
from drafter.guard.scoring import guard_results, load_labelled

Labels = dict[str, set[str]]


def _kappa(a: Labels, b: Labels, ids: list[str], cat: str) -> float:
    x = [cat in a[i] for i in ids]
    y = [cat in b[i] for i in ids]
    n = len(ids)
    observed = sum(p == q for p, q in zip(x, y, strict=True)) / n
    pa, pb = sum(x) / n, sum(y) / n
    chance = pa * pb + (1 - pa) * (1 - pb)
    return 1.0 if chance == 1 else (observed - chance) / (1 - chance)


def _pr(truth: Labels, pred: Labels, ids: list[str], cat: str) -> tuple[float, float]:
    tp = sum(cat in truth[i] and cat in pred[i] for i in ids)
    fp = sum(cat not in truth[i] and cat in pred[i] for i in ids)
    fn = sum(cat in truth[i] and cat not in pred[i] for i in ids)
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    items = load_labelled(Path(argv[0]))
    author = {it.id: set(it.expect) & CORE_CATEGORIES for it in items}
    rules = {it.id: set(found) & CORE_CATEGORIES for it, found in guard_results(items)}
    relabels: dict[str, list[set[str]]] = {}
    for path in argv[1:]:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            relabels.setdefault(row["id"], []).append(set(row["expect"]) & CORE_CATEGORIES)
    ids = [i for i in author if len(relabels.get(i, [])) >= 2]
    if not ids:
        print("no line has two relabels", file=sys.stderr)
        return 2
    r1 = {i: relabels[i][0] for i in ids}
    r2 = {i: relabels[i][1] for i in ids}
    majority = {i: {c for c in CORE_CATEGORIES if (c in author[i]) + (c in r1[i]) + (c in r2[i]) >= 2} for i in ids}
    print(f"{len(ids)} lines with two relabels")
    print("category                    kappa A-R1 A-R2 R1-R2  rules vs author  rules vs majority  misses both-positive")
    for cat in sorted(CORE_CATEGORIES):
        kappas = " ".join(f"{_kappa(a, b, ids, cat):.2f}" for a, b in ((author, r1), (author, r2), (r1, r2)))
        pa, ra = _pr(author, rules, ids, cat)
        pm, rm = _pr(majority, rules, ids, cat)
        misses = [i for i in ids if cat in author[i] and cat not in rules[i]]
        both = sum(cat in r1[i] and cat in r2[i] for i in misses)
        print(f"{cat:27} {kappas:>15}  {pa:.3f} / {ra:.3f}    {pm:.3f} / {rm:.3f}      {both} of {len(misses)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
