"""Draft every complaint of a case file with the template backend, a warm-up pass and then PASSES more.

For instruction counts, the one figure a shared machine does not move: run it under callgrind
twice and subtract, so that start-up and the warm-up pass cancel out (a warm rules cache first:
run it once without valgrind).

    python bench/draft_pass.py 0
    valgrind --tool=callgrind --callgrind-out-file=/tmp/p1.out python bench/draft_pass.py 1
    valgrind --tool=callgrind --callgrind-out-file=/tmp/p3.out python bench/draft_pass.py 3
    # instructions of one pass = (Collected of p3 - Collected of p1) / 2
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import drafter

TUNE = Path(__file__).resolve().parent.parent / "evals" / "cases" / "independent_tune.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("passes", type=int, help="passes after the warm-up")
    parser.add_argument("--cases", type=Path, default=TUNE, help="complaint lines ({complaint, channel?})")
    args = parser.parse_args(argv)
    lines = args.cases.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    for _ in range(1 + args.passes):
        for row in rows:
            drafter.draft(row["complaint"], channel=row.get("channel"), backend="template")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
