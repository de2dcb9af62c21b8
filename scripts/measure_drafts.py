"""Score template drafts against the independent case format, per criterion.

A stand-in until issue 11's per-case gates land. For each case in a JSONL file of
``{"id", "complaint", "channel", "language", "customer_name", "expect": {"escalate", "safety",
"facts": [[form, ...], ...], "avoid": [word, ...]}}`` it drafts a reply (template backend unless
``--backend``) and checks:

* facts    every fact group has one form in the reply. Both sides are folded (case, full-width,
           Traditional -> Simplified) and compared with whitespace removed.
* avoid    no ``avoid`` word in the reply (folded).
* safety   where ``expect.safety``: the reply's opening (greeting dropped, first two sentences)
           asks after the person AND gives a safety step (stop using, medical care, emergency
           services, leave / ventilate). Cases without safety pass.
* escalate the draft's escalation equals ``expect.escalate``.
* script   the reply is in the complaint's script: no Han in English replies, no Traditional-only
           characters in Simplified replies, no Simplified-only characters in Traditional ones.
* guard    (reported, not in "all") the guardrail lets the draft out (verdict pass).
* name     (reported, not in "all") the greeting uses the known name in full or as surname +
           先生/女士, and no name when none is known.

    .venv/bin/python scripts/measure_drafts.py                       # the tune half
    .venv/bin/python scripts/measure_drafts.py --cases FILE -v       # every failure printed
    .venv/bin/python scripts/measure_drafts.py --show cp-001         # one draft in full
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import hanzidentifier

import drafter
from drafter.guard.normalize import fold

ROOT = Path(__file__).resolve().parent.parent
CRITERIA = ("facts", "avoid", "safety", "escalate", "script")

WELLBEING = (
    "how are",
    "how is",
    "are you",
    "is she",
    "is he",
    "is your",
    "are they",
    "is everyone",
    "safe",
    "怎么样",
    "还好吗",
    "还好",
    "是否安好",
    "安全",
    "情况如何",
    "身体",
)
SAFETY_STEP = (
    "stop using",
    "do not use",
    "don't use",
    "unplug",
    "switch it off",
    "turn it off",
    "seek medical",
    "see a doctor",
    "medical attention",
    "medical care",
    "emergency",
    "911",
    "999",
    "112",
    "leave the room",
    "open",
    "ventilat",
    "keep away",
    "keep clear",
    "停止使用",
    "停用",
    "不要再使用",
    "不要使用",
    "就医",
    "就醫",
    "急救",
    "120",
    "119",
    "110",
    "离开",
    "拔掉",
    "拔下",
    "远离",
    "报警",
    "医院",
    "开窗",
    "通风",
    "急诊",
    "不要靠近",
)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", fold(text))


def opening(text: str) -> str:
    """The first two sentences of the reply body (greeting line dropped)."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) > 1 and len(lines[0]) < 40 and lines[0].rstrip().endswith((",", "：", ":", "，")):
        lines = lines[1:]
    body = " ".join(lines)
    parts = re.split(r"(?<=[.!?。！？])\s*", body)
    return " ".join(parts[:2])


def script_ok(text: str, language: str) -> bool:
    han = [ch for ch in text if hanzidentifier.has_chinese(ch)]
    if language == "en":
        return not han
    if not han:
        return False
    kinds = Counter(hanzidentifier.identify(ch) for ch in han)
    if language == "zh-Hans":
        return kinds[hanzidentifier.TRADITIONAL] == 0
    return kinds[hanzidentifier.SIMPLIFIED] == 0


def name_ok(text: str, known: str | None, channel: str) -> bool:
    if channel != "email":
        return True
    first = text.split("\n", 1)[0]
    if known:
        surname = known[:2] if len(known) == 4 else known[:1]
        return known in first or any(surname + t in first for t in ("先生", "女士"))
    return not re.search(r"Dear (?!customer)[A-Z]|^[\u4e00-\u9fff]{1,4}(?:先生|女士)?您好", first)


def score(case: dict[str, Any], d: Any) -> dict[str, bool]:
    text = d.text
    folded = squash(text)
    expect = case["expect"]
    missing = [forms for forms in expect.get("facts", []) if not any(squash(f) in folded for f in forms)]
    avoid = [w for w in expect.get("avoid", []) if squash(w) in folded]
    head = fold(opening(text))
    safety = (not expect.get("safety")) or (any(w in head for w in WELLBEING) and any(w in head for w in SAFETY_STEP))
    return {
        "facts": not missing,
        "avoid": not avoid,
        "safety": safety,
        "escalate": d.escalate == bool(expect.get("escalate")),
        "script": script_ok(text, case["language"]),
        "name": name_ok(text, case.get("customer_name"), d.channel),
        "guard": d.guard.verdict == "pass",
        "_missing": missing,  # type: ignore[dict-item]
        "_avoid": avoid,  # type: ignore[dict-item]
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cases", default=str(ROOT / "evals" / "cases" / "independent_tune.jsonl"))
    parser.add_argument("--backend", default="template")
    parser.add_argument("--profile", default=None, help="business profile file for every case")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every failing case")
    parser.add_argument("--show", action="append", default=[], help="print this case's draft in full")
    args = parser.parse_args(argv)
    cases = [json.loads(line) for line in Path(args.cases).read_text(encoding="utf-8").splitlines() if line.strip()]
    totals: Counter[str] = Counter()
    for case in cases:
        options: dict[str, Any] = {"channel": case.get("channel"), "backend": args.backend}
        if args.profile:
            options["profile"] = args.profile
        d = drafter.draft(case["complaint"], **options)
        result = score(case, d)
        passed = all(result[c] for c in CRITERIA)
        totals.update(c for c in (*CRITERIA, "name", "guard") if result[c])
        totals["all"] += passed
        if case["id"] in args.show or (args.verbose and not passed):
            failed = [c for c in (*CRITERIA, "name", "guard") if not result[c]]
            print(f"--- {case['id']} {case['domain']} {case['language']} {case['channel']} failed={failed}")
            if result["_missing"]:
                print(f"    missing facts: {result['_missing']}")
            if result["_avoid"]:
                print(f"    wrong-domain words: {result['_avoid']}")
            print("    " + d.text.replace("\n", "\n    "))
    n = len(cases)
    print(f"{n} cases from {args.cases} ({args.backend} backend)")
    for c in (*CRITERIA, "name", "guard", "all"):
        print(f"  {c:9s} {totals[c]:3d}/{n}  {totals[c] / n:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
