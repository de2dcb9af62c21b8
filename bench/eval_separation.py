"""How well does each score tell a reply to its own complaint from a reply to another one?

For the first N cases of each public set (and the seed suite), every real reply is scored
against every complaint of its set; the AUC is the chance that the reply scores higher against
its own complaint than against another case's (ties count half; 0.5 = no better than chance).
Scores: ROUGE-L and chrF (reply vs complaint), the eval's lexical relevance (TF-IDF cosine),
and, with drafter[semantic] installed, the sentence encoder and the two combined (the gate's
score when both are there).

    python bench/eval_separation.py [--data DIR] [--limit 150]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from drafter.evals import semantic
from drafter.evals.crosswise import lexical_matrices, own_rank, standardised
from drafter.evals.metrics import chrf, rouge_l

SETS = ("twcs_en", "phonepe_reviews_en", "gov_petition_zh")


def shared_data() -> Path:
    for parent in Path(__file__).resolve().parents:
        if (parent / "shared" / "data").is_dir():
            return parent / "shared" / "data"
    return Path("../shared/data")


def pairwise(replies: list[str], complaints: list[str], score: Callable[[str, str], float]) -> np.ndarray:
    return np.array([[score(r, c) for c in complaints] for r in replies], dtype=np.float64)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(shared_data()))
    parser.add_argument("--limit", type=int, default=150)
    args = parser.parse_args()
    paths = {name: Path(args.data) / name / "cases.jsonl" for name in SETS}
    paths["seed suite"] = Path(__file__).resolve().parents[1] / "evals" / "cases" / "seed_scenarios.jsonl"
    embeddings = semantic.Embeddings(semantic.default_cache_dir()) if semantic.available() else None
    columns = ["ROUGE-L", "chrF", "lexical relevance"] + (["semantic", "lexical+semantic"] if embeddings else [])
    print(f"AUC right vs wrong complaint, first {args.limit} real replies per set")
    print("| set | " + " | ".join(columns) + " | s |")
    print("|---|" + "---:|" * (len(columns) + 1))
    for name, path in paths.items():
        if not path.is_file():
            continue
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        rows = [r for r in rows if r.get("reference_reply")][: args.limit]
        replies = [r["reference_reply"] for r in rows]
        complaints = [r["complaint"] for r in rows]
        langs = [r.get("language") or "en" for r in rows]
        started = time.perf_counter()
        rouge = np.array([[rouge_l(r, c, lang) for c in complaints] for r, lang in zip(replies, langs, strict=True)])
        matrices = {
            "ROUGE-L": rouge,
            "chrF": pairwise(replies, complaints, chrf),
        }
        lexical, _ = lexical_matrices(replies, complaints)
        matrices["lexical relevance"] = lexical
        if embeddings is not None:
            sem = embeddings.cosines(replies, complaints)
            matrices["semantic"] = sem
            matrices["lexical+semantic"] = standardised(lexical) + standardised(sem)
        cells = [f"{float(np.mean(own_rank(matrices[c].astype(np.float32)))):.3f}" for c in columns]
        print(f"| {name} ({len(rows)}) | " + " | ".join(cells) + f" | {time.perf_counter() - started:.1f} |")


if __name__ == "__main__":
    main()
