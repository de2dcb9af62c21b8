"""Precision of the guardrail on real human replies: the share of reference replies in
``../shared/data/*/cases.jsonl`` (role agent, language from the line) that a core category
flags, and the share that would route to review (verdict != pass).

    python bench/guard_real.py [--data DIR] [-v CATEGORY] [--model | --no-model]

Human replies are assumed clean: every core finding on them is counted as a false alarm
(an upper bound: a few real replies do promise money or blame a courier). ``-v`` prints the
flagged replies of one category (or ``all``) to read for false-positive classes; never copy
them into the repository. ``--model`` / ``--no-model`` turn the trained detector on / off
whatever the default policy says.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from drafter.guard.engine import check
from drafter.guard.report import CORE_CATEGORIES
from drafter.policy import load_policy

CORE = tuple(sorted(CORE_CATEGORIES))
DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"  # ../shared next to the checkout


def _rates(n: int, core: int, routed: int) -> str:
    return f"n={n:5}  core {core:4} ({core / n:6.2%})  routed {routed:4} ({routed / n:6.2%})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("-v", dest="show", default=None, help="print flagged replies of this category (or all)")
    parser.add_argument(
        "--model",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="trained detector on / off (default: as the default policy says)",
    )
    args = parser.parse_args(argv)
    policy = load_policy()
    if args.model is not None:
        policy = policy.model_copy(update={"trained_detector": args.model})
    files = sorted(args.data.glob("*/cases.jsonl"))
    if not files:
        print(f"no cases.jsonl under {args.data}", file=sys.stderr)
        return 2
    total = Counter[str]()
    for path in files:
        counts = Counter[str]()
        n = core = routed = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            text = case.get("reference_reply") or ""
            if not text.strip():
                continue
            n += 1
            report = check(text, role="agent", language=case.get("language"), policy=policy)
            cats = {f.category for f in report.findings}
            for c in cats:
                counts[c] += 1
            if cats & set(CORE):
                core += 1
            if report.verdict != "pass":
                routed += 1
            if args.show and (args.show == "all" or args.show in cats):
                shown = [(f.rule, f.excerpt) for f in report.findings if args.show in ("all", f.category)]
                print(
                    json.dumps(
                        {"id": case.get("id"), "verdict": report.verdict, "hits": shown, "text": text[:600]},
                        ensure_ascii=False,
                    )
                )
        total.update(n=n, core=core, routed=routed)
        per = ", ".join(f"{c} {counts[c]}" for c in sorted(counts))
        print(f"{path.parent.name:22} {_rates(n, core, routed)}  [{per}]")
    print(f"{'all':22} {_rates(total['n'], total['core'], total['routed'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
