"""Where `drafter check` spends its time on real replies: the single automaton pass, the regex
windows around anchors, and the rest, in CPU milliseconds per pass over the replies.

    python bench/check_parts.py [--n-real 3000] [--rounds 8] [--data DIR]

The replies are bench_check.py's real-shaped ones (cut at a sentence end, cycled to N). Each
figure is the best of ``--rounds`` passes (a shared machine slows some down). To compare two
checkouts, start this in both *at the same time* (each with PYTHONPATH at its checkout): they
then share the machine's load, which sequential runs do not (on a busy 2-core machine sequential
runs of one checkout differ by 20%, more than most speed changes).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path
from typing import Any

import drafter
import drafter.guard.engine as engine


def _bench_check() -> Any:
    spec = importlib.util.spec_from_file_location("bench_check", Path(__file__).with_name("bench_check.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n-real", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data", type=Path, default=None, help="folder of */cases.jsonl (default ../shared/data)")
    args = parser.parse_args(argv)
    bench = _bench_check()
    replies, source = bench.real_replies(args.data or bench.default_data(), args.n_real, args.seed)

    spent = {"scan": 0.0, "regex": 0.0}
    clock = time.process_time
    scan, regex_hits = engine._scan, engine._regex_hits

    def timed_scan(*a: Any) -> Any:
        t0 = clock()
        try:
            return scan(*a)
        finally:
            spent["scan"] += clock() - t0

    def timed_regex(*a: Any) -> None:
        t0 = clock()
        regex_hits(*a)
        spent["regex"] += clock() - t0

    engine._scan, engine._regex_hits = timed_scan, timed_regex  # type: ignore[assignment]
    for reply in replies:  # warm: automaton built, regexes compiled
        drafter.check(reply)
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        spent["scan"] = spent["regex"] = 0.0
        t0 = clock()
        for reply in replies:
            drafter.check(reply)
        total = clock() - t0
        figures = {"total": total, **spent, "rest": total - spent["scan"] - spent["regex"]}
        best = {k: min(v, best.get(k, v)) for k, v in figures.items()}
    ms = {f"{k}_ms": round(v * 1000, 1) for k, v in best.items()}
    print(f"{len(replies):,} replies ({source}), best of {args.rounds} passes, CPU ms:")
    for name in ("total", "scan", "regex", "rest"):
        print(f"  {name:<6} {ms[name + '_ms']:>8.1f}")
    print(f"  replies/s {len(replies) / best['total']:,.0f} (timers add a little)")
    print(json.dumps({"n": len(replies), "rounds": args.rounds, **ms}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
