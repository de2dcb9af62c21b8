"""Input layer figures: how often an undeclared charset is read back exactly, how long that takes,
and what the size limits cost at their edge (the largest message, complaint and reply allowed).

    python bench/bench_inputs.py                      # the repository's own eval cases
    python bench/bench_inputs.py --cases ../shared/data/gov_petition_zh/cases.jsonl --n 500

Text you did not write gives the honest figure: pass a public set with --cases.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

from drafter.errors import InputError
from drafter.inputs import MAX_COMPLAINT_CHARS, MAX_MESSAGE_CHARS, MAX_REPLY_CHARS, decode_text
from drafter.intake import read_complaint
from drafter.service import CheckRequest, cap_findings, check_request

DEFAULT = Path(__file__).resolve().parent.parent / "evals" / "cases" / "independent_tune.jsonl"


def complaints(path: Path, n: int) -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    random.Random(7).shuffle(rows)
    return [(str(r.get("language", "en")), str(r["complaint"])) for r in rows[:n] if r.get("complaint")]


def detection(texts: list[tuple[str, str]], length: int | None) -> None:
    import opencc

    to_traditional = opencc.OpenCC("s2t")
    plans = {
        "zh": ["gb2312", "gbk", "gb18030", "big5", "utf-16"],
        "en": ["cp1252", "utf-16", "utf-8"],
    }
    for family, encodings in plans.items():
        pool = [t for lang, t in texts if lang.startswith(family)]
        if not pool:
            continue
        for encoding in encodings:
            ok = wrong = unencodable = refused = 0
            times: list[float] = []
            for text in pool:
                if encoding == "big5" and family == "zh":
                    text = to_traditional.convert(text)
                if length:
                    text = text[:length]
                try:
                    data = text.encode(encoding)
                except UnicodeEncodeError:
                    unencodable += 1
                    continue
                started = time.perf_counter()
                try:
                    got = decode_text(data)
                except InputError:
                    refused += 1
                    continue
                finally:
                    times.append(time.perf_counter() - started)
                if got == text:
                    ok += 1
                else:
                    wrong += 1
            tried = ok + wrong + refused
            if not tried:
                continue
            p50 = statistics.median(times) * 1000
            print(
                f"  {family} {encoding:<8} {'first ' + str(length) + ' chars' if length else 'whole text':<15} "
                f"exact {ok}/{tried} ({ok / tried:.1%}), wrong {wrong}, refused {refused}, "
                f"not encodable {unencodable}; p50 {p50:.2f} ms"
            )


def edges() -> None:
    message = ("My parcel is late and nobody answers.\n" + "> an older message in the thread\n" * 5900)[
        : MAX_MESSAGE_CHARS - 1
    ]
    started = time.perf_counter()
    read_complaint(message)
    print(f"  read_complaint, a {len(message):,}-character thread (limit {MAX_MESSAGE_CHARS:,}): "
          f"{(time.perf_counter() - started) * 1000:.0f} ms")  # fmt: skip
    words = ("The parcel was late again and the driver was rude to my mother at the door. " * 400)[
        : MAX_COMPLAINT_CHARS - 1
    ]
    started = time.perf_counter()
    read_complaint(words)
    print(f"  read_complaint, a {len(words):,}-character complaint (limit {MAX_COMPLAINT_CHARS:,}): "
          f"{(time.perf_counter() - started) * 1000:.0f} ms")  # fmt: skip
    dense = ("这不是我们的事，我们赔您500元。" * 2000)[: MAX_REPLY_CHARS - 1]
    started = time.perf_counter()
    report = check_request(CheckRequest(text=dense), policy=__import__("drafter").load_policy())
    spent = time.perf_counter() - started
    capped, omitted = cap_findings(report)
    size = len(json.dumps([f.model_dump() for f in capped.findings], ensure_ascii=False).encode())
    print(f"  check, a {len(dense):,}-character reply dense with findings (limit {MAX_REPLY_CHARS:,}): "
          f"{spent * 1000:.0f} ms, {len(report.findings):,} findings, {len(capped.findings)} listed "
          f"({omitted:,} omitted), answer {size / 1024:.0f} KiB")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=DEFAULT, help="a JSONL set with complaint and language")
    parser.add_argument("--n", type=int, default=300, help="complaints to sample")
    args = parser.parse_args()
    texts = complaints(args.cases, args.n)
    print(f"charset detection on {len(texts)} complaints from {args.cases} (undeclared, no BOM but UTF-16's):")
    for length in (None, 20):
        detection(texts, length)
    print("limits at their edge:")
    edges()
    sys.stdout.flush()


if __name__ == "__main__":
    main()
