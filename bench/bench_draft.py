"""Drafting throughput and overhead.

1. The template backend (no LLM) end to end, on two sets: short built-in complaints, and the
   independent tune set (evals/cases/independent_tune.jsonl: real-length emails and chats in three
   languages, where restating the customer's facts costs most). Drafts/s by wall clock and by
   this process's CPU time (the CPU figure is steadier on a shared machine), p50 / p99 ms.
2. N complaints through a local OpenAI-compatible server (tests/fake_openai.py) that answers
   after --delay seconds, at concurrency 1 and at concurrency C: wall time, drafts/s, speed-up,
   and the pipeline's own overhead (total minus generation time).

    python bench/bench_draft.py                # N=1000, delay 0.2 s, C=32 (about 4 minutes)
    python bench/bench_draft.py --n 200        # quicker
    python bench/bench_draft.py --template-only
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fake_openai import serve

from drafter.backends.openai_backend import OpenAIBackend
from drafter.backends.template_backend import TemplateBackend
from drafter.pipeline import adraft

COMPLAINTS = [
    ("我昨天点的外卖送来的时候饭菜全凉了，等了一个多小时，太失望了！", "im"),
    ("我的包裹已經延遲五天了，到底什麼時候才會到？", "im"),
    ("Hi,\n\nI was charged twice for my subscription this month. Please fix this.\n\nThanks,\nAlice", "email"),
    ("My order #A12345 arrived with a cracked screen. I'd like a replacement please.", "im"),
    ("您好，\n\n上週預約的冷氣安裝師傅沒有出現，也沒有人通知我。\n\n陳小姐", "email"),
    ("The waiter was rude to us and we waited 40 minutes for our food.", "email"),
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


TUNE = Path(__file__).resolve().parent.parent / "evals" / "cases" / "independent_tune.jsonl"


def tune_complaints() -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in TUNE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(row["complaint"], row["channel"]) for row in rows]


async def run(
    n: int, concurrency: int, backend: object, complaints: list[tuple[str, str]] = COMPLAINTS
) -> tuple[float, list[float], list[float]]:
    gate = asyncio.Semaphore(concurrency)
    totals: list[float] = []
    overheads: list[float] = []

    async def one(i: int) -> None:
        text, channel = complaints[i % len(complaints)]
        async with gate:
            d = await adraft(text, channel=channel, backend=backend)  # type: ignore[arg-type]
        totals.append(d.timings.total_ms)
        overheads.append(d.timings.total_ms - d.timings.generate_ms)

    start = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(n)))
    wall = time.perf_counter() - start
    close = getattr(backend, "aclose", None)
    if close is not None:
        await close()  # inside the loop that opened the connections
    return wall, totals, overheads


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--delay", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--template-only", action="store_true", help="skip the fake-server part")
    args = parser.parse_args()
    figures: dict[str, float] = {"n": args.n, "delay_s": args.delay, "concurrency": args.concurrency}

    # Pipeline overhead without an LLM: the template backend end to end, on both sets.
    for label, complaints in (("template", COMPLAINTS), ("template_tune", tune_complaints())):
        # Warm up on every complaint of the set at least once: rules, prompts, language model, and
        # the lazy imports a first Chinese numeral or place name pays (cn2an: ~0.3 s) stay out of the figure.
        asyncio.run(run(max(50, len(complaints)), 1, TemplateBackend(), complaints))
        cpu = time.process_time()
        wall, totals, _ = asyncio.run(run(args.n, 1, TemplateBackend(), complaints))
        cpu = time.process_time() - cpu
        figures[f"{label}_drafts_per_s"] = args.n / wall
        figures[f"{label}_drafts_per_cpu_s"] = args.n / cpu
        figures[f"{label}_p50_ms"] = statistics.median(totals)
        figures[f"{label}_p99_ms"] = percentile(totals, 0.99)
        print(
            f"{label:14s}: {args.n / wall:6.0f} drafts/s ({args.n / cpu:.0f} per CPU second), "
            f"p50 {statistics.median(totals):.2f} ms, p99 {percentile(totals, 0.99):.2f} ms per draft",
            flush=True,
        )
    if args.template_only:
        print(json.dumps(figures))
        return 0

    with serve(delay=args.delay) as base_url:
        for c in (1, args.concurrency):
            backend = OpenAIBackend(model="fake", base_url=str(base_url), api_key="bench", timeout=30)
            wall, totals, overheads = asyncio.run(run(args.n, c, backend))
            figures[f"openai_c{c}_wall_s"] = wall
            figures[f"openai_c{c}_drafts_per_s"] = args.n / wall
            figures[f"openai_c{c}_overhead_p50_ms"] = statistics.median(overheads)
            figures[f"openai_c{c}_overhead_p99_ms"] = percentile(overheads, 0.99)
            print(f"openai backend, concurrency {c:>3}: {wall:8.1f} s  {args.n / wall:7.1f} drafts/s  "
                  f"pipeline overhead p50 {statistics.median(overheads):.2f} ms", flush=True)  # fmt: skip
    speedup = figures[f"openai_c{args.concurrency}_drafts_per_s"] / figures["openai_c1_drafts_per_s"]
    figures["speedup"] = speedup
    print(f"speed-up at concurrency {args.concurrency}: {speedup:.1f}x (ideal {args.concurrency}x)")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
