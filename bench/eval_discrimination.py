"""Does the eval gate tell a good reply from a bad one on the public sets?

For each public set (first N cases) this writes five drafts files and runs
`drafter eval --cases SET --limit N --drafts FILE` on each, exactly as a user would:

- real: the human replies that came with the complaints;
- shuffled: the same replies given to the wrong complaints (a fixed permutation);
- generic: one apology for every case;
- template: drafter's own drafts (template backend);
- thankless: drafter's drafts with the Thank step removed.

It prints one table (exit code and failing cases by gate) and, per run, the first cases with
their reasons. The public sets are read from ../shared/data (or --data); nothing is copied.

    python bench/eval_discrimination.py [--data DIR] [--limit 150] [--semantic]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from drafter.backends.base import Generation, GenerationRequest, TemplateRequest
from drafter.backends.template_backend import TemplateBackend
from drafter.pipeline import adraft

SETS = ("twcs_en", "phonepe_reviews_en", "gov_petition_zh")
GENERIC = {
    "en": "We're sorry for the inconvenience. Our team will look into it. Thank you for your patience.",
    "zh": "非常抱歉给您带来不便，我们会尽快处理，感谢您的理解与支持。",
}
DRAFTER = str(Path(sys.executable).parent / "drafter")


class ThanklessBackend(TemplateBackend):
    """The template backend with the Thank step dropped."""

    async def generate(self, request: TemplateRequest | GenerationRequest) -> Generation:  # type: ignore[override]
        g = await super().generate(request)  # type: ignore[arg-type]
        return g.model_copy(update={"sections": g.sections.model_copy(update={"thank": ""})})


async def _drafts(cases: list[dict[str, Any]], backend: TemplateBackend) -> list[dict[str, Any]]:
    out = []
    for case in cases:
        channel = "email" if case.get("channel", "email") == "email" else "im"
        d = await adraft(case["complaint"], channel=channel, language=case.get("language") or "auto", backend=backend)
        out.append({"id": case["id"], "text": d.text, "escalate": d.escalate})
    return out


def shared_data() -> Path:
    """The nearest shared/data folder above the checkout (../shared/data in the usual layout)."""
    for parent in Path(__file__).resolve().parents:
        if (parent / "shared" / "data").is_dir():
            return parent / "shared" / "data"
    return Path("../shared/data")


def variants(cases: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    refs = [c.get("reference_reply") or "" for c in cases]
    order = list(range(len(cases)))
    random.Random(11).shuffle(order)
    # a derangement: no case keeps its own reply
    for i in range(len(order)):
        if order[i] == i:
            j = (i + 1) % len(order)
            order[i], order[j] = order[j], order[i]
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in cases[0]["complaint"])
    return {
        "real human replies": [{"id": c["id"], "text": r} for c, r in zip(cases, refs, strict=True)],
        "shuffled real replies": [{"id": c["id"], "text": refs[k]} for c, k in zip(cases, order, strict=True)],
        "one generic apology": [{"id": c["id"], "text": GENERIC["zh" if zh else "en"]} for c in cases],
        "drafter's template drafts": asyncio.run(_drafts(cases, TemplateBackend())),
        "drafter's drafts without Thank": asyncio.run(_drafts(cases, ThanklessBackend())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(shared_data()), help="folder holding the public sets")
    parser.add_argument("--limit", type=int, default=150)
    parser.add_argument("--semantic", action="store_true", help="pass --semantic (needs drafter[semantic])")
    parser.add_argument("--show", type=int, default=3, help="failing cases shown per run")
    args = parser.parse_args()
    rows = []
    details = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in SETS:
            path = Path(args.data) / name / "cases.jsonl"
            if not path.is_file():
                print(f"skip {name}: {path} not found", file=sys.stderr)
                continue
            cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[: args.limit]]
            for label, lines in variants(cases).items():
                drafts = Path(tmp) / f"{name}-{len(rows)}.jsonl"
                drafts.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", "utf-8")
                out = Path(tmp) / "r.json"
                cmd = [DRAFTER, "eval", "--cases", str(path), "--limit", str(args.limit), "--drafts", str(drafts)]
                cmd += ["--semantic" if args.semantic else "--no-semantic", "--json", str(out)]
                started = time.perf_counter()
                proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
                seconds = time.perf_counter() - started
                result = json.loads(out.read_text(encoding="utf-8"))
                s = result["sets"][0]
                below = ", ".join(b.split(" <")[0].replace(":", "") for b in s["below"]) or "–"
                by_gate = ", ".join(f"{g} {n}" for g, n in s["failing"].items()) or "–"
                rows.append((name, label, proc.returncode, s["means"].get("pass_rate", 0.0), below, by_gate, seconds))
                failing = [c for c in result["cases"] if c["failed"]][: args.show]
                details.append((name, label, [(c["id"], c["failed"]) for c in failing]))
    print(f"| set (first {args.limit}) | drafts | exit | pass rate | below threshold | failing cases by gate | s |")
    print("|---|---|---:|---:|---|---|---:|")
    for name, label, code, rate, below, by_gate, seconds in rows:
        print(f"| {name} | {label} | {code} | {rate:.2f} | {below} | {by_gate} | {seconds:.1f} |")
    print()
    for name, label, failing in details:
        print(f"{name} / {label}:")
        for case_id, failed in failing:
            print(f"  {case_id}: {'; '.join(failed)[:300]}")


if __name__ == "__main__":
    main()
