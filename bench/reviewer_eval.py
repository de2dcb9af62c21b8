"""What the optional LLM reviewer adds to the rules, per category, on a labelled guard set.

    python bench/reviewer_eval.py --cases FILE --model M [--base-url URL] [--concurrency 4] [--no-cache]

FILE holds labelled lines as ``python -m drafter.guard.scoring`` reads them ({"id", "text",
"language"?, "role"?, "context"?, "expect": [categories]}, plus an optional "complaint" the
reviewer is shown). Each reply is checked by the rules alone, then by the rules with the reviewer
after them (OPENAI_BASE_URL / --base-url, OPENAI_API_KEY, DRAFTER_TIMEOUT; answers cached under
DRAFTER_CACHE_DIR/reviewer unless --no-cache). Prints per-category precision and recall for both,
the reply-level line, what the reviewer cost (requests, cache hits, quotes dropped) and how many
replies it could not read (``reviewer.unavailable``: routed to review, counted apart, not as a
category), then one JSON line with every figure.

Against the bundled fake server (tests/fake_openai.py), whose default answer is not a review,
every reply comes back unavailable: that checks the plumbing, not a model.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from drafter.guard.engine import check_with
from drafter.guard.report import GuardContext, GuardReport
from drafter.guard.reviewer import UNAVAILABLE, Reviewer, default_cache_dir
from drafter.guard.scoring import CategoryScore, Labelled, reply_level, tally
from drafter.policy import Policy, load_policy


def load_rows(path: Path) -> list[tuple[Labelled, str | None]]:
    """Labelled rows, each with the complaint it answers when the row gives one."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        raw = json.loads(line)
        if not isinstance(raw, dict):
            raise SystemExit(f"{path}:{number}: not a JSON object")
        complaint = raw.get("complaint")
        rows.append((Labelled.model_validate(raw), complaint if isinstance(complaint, str) else None))
    return rows


def rules_report(item: Labelled, policy: Policy) -> GuardReport:
    return check_with(item.text, policy.authority(item.role), GuardContext.of(item.context), policy, item.language)


def categories(report: GuardReport) -> set[str]:
    return {f.category for f in report.findings if f.rule != UNAVAILABLE}


def run(
    rows: list[tuple[Labelled, str | None]], reviewer: Reviewer, policy: Policy, concurrency: int
) -> tuple[list[GuardReport], list[GuardReport]]:
    """The rules' reports and the reviewed ones, in input order."""
    rules = [rules_report(item, policy) for item, _ in rows]

    def review(index: int) -> GuardReport:
        item, complaint = rows[index]
        authority = policy.authority(item.role)
        return reviewer.extend(rules[index], item.text, authority=authority, policy=policy, complaint=complaint)

    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        reviewed = list(pool.map(review, range(len(rows))))
    return rules, reviewed


def _pr(score: CategoryScore | None) -> str:
    if score is None:
        return f"{'-':>5} {'-':>5}"
    return f"{score.precision:>5.3f} {score.recall:>5.3f}"


def table(
    rules: dict[str, CategoryScore], both: dict[str, CategoryScore]
) -> list[str]:  # one line per category either side raised or labelled
    lines = [f"{'category':28} {'rules P':>7} {'R':>5}   {'+reviewer P':>11} {'R':>5}   {'tp':>4} {'fp':>4} {'fn':>4}"]
    for category in sorted(set(rules) | set(both)):
        after = both.get(category, CategoryScore())
        lines.append(
            f"{category:28} {_pr(rules.get(category)):>13}   {_pr(both.get(category)):>17}   "
            f"{after.tp:>4} {after.fp:>4} {after.fn:>4}"
        )
    return lines


def _scores(scores: dict[str, CategoryScore]) -> dict[str, dict[str, float | int]]:
    return {
        c: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": round(s.precision, 4), "recall": round(s.recall, 4)}
        for c, s in scores.items()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cases", type=Path, required=True, help="labelled guard set (JSON lines)")
    parser.add_argument("--model", required=True, help="the reviewer's chat model")
    parser.add_argument("--base-url", help="OpenAI-compatible server (default: OPENAI_BASE_URL)")
    parser.add_argument("--concurrency", type=int, default=4, help="requests in flight (default 4)")
    parser.add_argument(
        "--timeout", type=float, default=None, help="seconds per request (default: DRAFTER_TIMEOUT, 60)"
    )
    parser.add_argument("--no-cache", action="store_true", help="ask the model even for replies it has answered")
    parser.add_argument("--policy", type=Path, help="policy YAML (default: the packaged one)")
    args = parser.parse_args(argv)

    policy = load_policy(args.policy).model_copy(update={"trained_detector": False})
    rows = load_rows(args.cases)
    reviewer = Reviewer(
        args.model,
        base_url=args.base_url,
        timeout=args.timeout,
        cache_dir=None if args.no_cache else default_cache_dir(),
    )
    started = time.perf_counter()
    try:
        rules, reviewed = run(rows, reviewer, policy, max(1, args.concurrency))
    finally:
        reviewer.close()
    seconds = time.perf_counter() - started

    items = [item for item, _ in rows]
    rules_scores, _ = tally([(item, categories(r)) for item, r in zip(items, rules, strict=True)])
    both_results = [(item, categories(r)) for item, r in zip(items, reviewed, strict=True)]
    both_scores, _ = tally(both_results)
    level_rules = reply_level([(item, categories(r)) for item, r in zip(items, rules, strict=True)])
    level_both = reply_level(both_results)
    unavailable = sum(any(f.rule == UNAVAILABLE for f in r.findings) for r in reviewed)
    added = sum(len(b.findings) - len(a.findings) for a, b in zip(rules, reviewed, strict=True)) - unavailable

    print(f"{len(rows)} labelled replies from {args.cases}; reviewer {args.model} at {reviewer.base_url}")
    print("\n".join(table(rules_scores, both_scores)))
    for name, level in (("rules", level_rules), ("+reviewer", level_both)):
        print(
            f"reply level (core), {name:9}: {level.stopped} of {level.risky} risky stopped "
            f"(recall {level.recall:.3f}), {level.false_alarms} of {level.clean} clean stopped "
            f"(precision {level.precision:.3f})"
        )
    print(
        f"reviewer: {reviewer.calls} requests, {reviewer.hits} cache hits, {added} findings added, "
        f"{reviewer.dropped} quotes not in the reply dropped, {unavailable} of {len(rows)} replies unavailable "
        f"(routed to review), {seconds:.1f} s"
    )
    figures: dict[str, Any] = {
        "cases": str(args.cases),
        "replies": len(rows),
        "model": args.model,
        "rules": _scores(rules_scores),
        "rules_and_reviewer": _scores(both_scores),
        "reply_level": {"rules": level_rules.model_dump(), "rules_and_reviewer": level_both.model_dump()},
        "requests": reviewer.calls,
        "cache_hits": reviewer.hits,
        "added": added,
        "dropped_quotes": reviewer.dropped,
        "unavailable": unavailable,
        "seconds": round(seconds, 2),
    }
    print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
