"""Train the guard's second detector (drafter/guard/model.py) from labelled reply sets.

    pip install -e '.[train]'
    python scripts/train_guard_model.py SET.jsonl [SET.jsonl ...] [--out guardrails/models/guard_model.json]

The sets are the labelling guide's reply-level lines ({"text", "language", "role", "context",
"expect"}); they stay outside the repository, which holds this script and the exported weights.

Sentence labels, from reply labels (multiple-instance style):
* every sentence of a reply whose ``expect`` lacks a category is a negative for it;
* in a reply labelled with it, the sentences the rules flag for it are positives; when the
  rules flag none, the sentence a first model (trained on the rest) scores highest is taken;
  the reply's other sentences are left out (their label is unknown).

Per category: an L1-regularised logistic regression over the features of ``candidates`` (seen in
at least two sentences), counts, fixed seed. The threshold is chosen by cross-validation grouped
by source file (each file by another author: an "unseen author" figure): the lowest probability
at which the model's out-of-fold reply-level precision is at least ``--precision``. Only
features with a non-zero weight are exported, sorted.
"""

from __future__ import annotations

import argparse
import json
import sys
from bisect import bisect_right
from collections import defaultdict
from pathlib import Path
from typing import Any

import ahocorasick_rs
import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from drafter.guard.engine import check, sentence_canons
from drafter.guard.model import FORMAT, SEPARATOR, candidates, dump, scale

L1_RATIO = 1.0
TOP_K = 0
MAX_DF = 1.0  # share of sentences: commoner n-grams ("的", "you") cost a match each and say little
CATEGORIES = ("blame_discussion", "forbidden_phrase", "liability_admission", "written_statement")


class Reply:
    def __init__(self, line: dict[str, Any], group: str) -> None:
        self.id = str(line["id"])
        self.group = group
        self.text: str = line["text"]
        self.expect = set(line.get("expect") or ())
        spans, self.canon = sentence_canons(self.text)
        pieces = self.canon.split(SEPARATOR)
        assert len(pieces) == len(spans), (self.id, len(pieces), len(spans))
        self.seps = [i for i, ch in enumerate(self.canon) if ch == SEPARATOR]
        # (start, end, canonical piece, position among all sentences): sentences with words only
        self.sentences = [(a, b, c, k) for k, ((a, b), c) in enumerate(zip(spans, pieces, strict=True)) if c.strip()]
        report = check(
            self.text,
            role=line.get("role"),
            context=line.get("context"),
            language=line.get("language"),
            use_model=False,
        )
        self.rule_cats = {f.category for f in report.findings}
        self.flagged: dict[str, set[int]] = defaultdict(set)  # category -> sentence indexes the rules flag
        for f in report.findings:
            for i, (a, b, _, _) in enumerate(self.sentences):
                if a <= f.start < b or (f.start < a < f.end):
                    self.flagged[f.category].add(i)


def load(paths: list[Path]) -> list[Reply]:
    replies = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                replies.append(Reply(json.loads(line), path.stem))
    return replies


def index_count(replies: list[Reply]) -> list[int]:
    return [1 for r in replies for _ in r.sentences]


def features(replies: list[Reply], min_df: int) -> tuple[list[str], csr_matrix, list[tuple[int, int]]]:
    """The vocabulary, the sentence x feature count matrix (built with the same Aho-Corasick
    matching as the guard, so training and scoring see the same features) and, per row, its
    (reply index, sentence index)."""
    df: dict[str, int] = defaultdict(int)
    for r in replies:
        for _, _, canon, _ in r.sentences:
            for gram in candidates(canon):
                df[gram] += 1
    most = MAX_DF * len(index_count(replies))
    vocab = sorted(g for g, n in df.items() if n >= min_df and n <= most)
    automaton = ahocorasick_rs.AhoCorasick(vocab)
    rows, cols, index = [], [], []
    for ri, r in enumerate(replies):
        base = len(index)
        row_of = {}  # position among all sentences -> matrix row
        for si, (_, _, _, k) in enumerate(r.sentences):
            row_of[k] = base + si
            index.append((ri, si))
        for key, start, _ in automaton.find_matches_as_indexes(r.canon, overlapping=True):
            rows.append(row_of[bisect_right(r.seps, start)])
            cols.append(key)
    lengths = [len(replies[ri].sentences[si][2]) for ri, si in index]
    data = np.array([scale(lengths[row]) for row in rows], dtype=np.float64)  # as the guard scales sums
    matrix = csr_matrix((data, (rows, cols)), shape=(len(index), len(vocab)))
    matrix.sum_duplicates()
    return vocab, matrix, index


def _fit(x: csr_matrix, y: np.ndarray, c: float, seed: int) -> LogisticRegression:
    model = LogisticRegression(
        l1_ratio=L1_RATIO, C=c, solver="liblinear", class_weight="balanced", random_state=seed, max_iter=2000
    )
    model.fit(x, y)
    return model


def train_category(
    category: str,
    replies: list[Reply],
    x: csr_matrix,
    index: list[tuple[int, int]],
    train: set[int],
    c: float,
    seed: int,
) -> tuple[LogisticRegression, dict[str, int]]:
    """Two rounds: rules-flagged positives, then the best sentence of each positive reply the
    rules missed. ``train``: the reply indexes to learn from."""
    rows_of: dict[int, list[int]] = defaultdict(list)
    for row, (ri, _) in enumerate(index):
        if ri in train:
            rows_of[ri].append(row)
    pos, neg, missed = [], [], []
    for ri, rows in rows_of.items():
        r = replies[ri]
        if category not in r.expect:
            neg.extend(rows)
        elif r.flagged.get(category):
            pos.extend(row for row in rows if index[row][1] in r.flagged[category])
        else:
            missed.append(ri)
    stats = {"positive_from_rules": len(pos), "negative": len(neg)}
    model = _fit(x[pos + neg], np.array([1] * len(pos) + [0] * len(neg)), c, seed)
    chosen = []
    for ri in missed:
        rows = rows_of[ri]
        scores = model.decision_function(x[rows])
        chosen.append(rows[int(np.argmax(scores))])
    stats["positive_chosen_by_model"] = len(chosen)
    pos2 = pos + chosen
    model = _fit(x[pos2 + neg], np.array([1] * len(pos2) + [0] * len(neg)), c, seed)
    if TOP_K:  # keep the heaviest weights only (size and speed); the threshold is chosen on this
        coef = model.coef_[0]
        order = np.lexsort((np.arange(len(coef)), -np.abs(coef)))  # ties by index: deterministic
        coef[order[TOP_K:]] = 0.0
    return model, stats


def reply_scores(
    model: LogisticRegression, x: csr_matrix, index: list[tuple[int, int]], which: set[int]
) -> dict[int, float]:
    rows = [row for row, (ri, _) in enumerate(index) if ri in which]
    if not rows:
        return {}
    probs = model.predict_proba(x[rows])[:, 1]
    out: dict[int, float] = {}
    for row, p in zip(rows, probs, strict=True):
        ri = index[row][0]
        out[ri] = max(out.get(ri, 0.0), float(p))
    return out


def pr(flagged: list[bool], truth: list[bool]) -> tuple[float, float, int, int, int]:
    tp = sum(f and t for f, t in zip(flagged, truth, strict=True))
    fp = sum(f and not t for f, t in zip(flagged, truth, strict=True))
    fn = sum(t and not f for f, t in zip(flagged, truth, strict=True))
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0), tp, fp, fn


def choose_threshold(scores: list[float], truth: list[bool], target: float, floor: float) -> float:
    """The lowest threshold (not under ``floor``) whose precision, and every higher one's, is at
    least ``target``: precision need not fall monotonically, so the curve is read from the top."""
    best = 0.99
    for t in sorted({s for s in scores if s >= floor}, reverse=True):
        p = pr([s >= t for s in scores], truth)[0]
        if p < target:
            break
        best = t
    return best


CORE = ("forbidden_phrase", "unauthorized_compensation", "liability_admission", "blame_discussion", "written_statement")


def raise_for_real(
    args: argparse.Namespace,
    document: dict[str, Any],
    replies: list[Reply],
    x: csr_matrix,
    index: list[tuple[int, int]],
    models: dict[str, LogisticRegression],
) -> None:
    """The precision check on real human replies (read here, never learned from): where the
    model would flag more of them than ``--real-budget`` allows (replies the rules do not
    already flag in a core category), its threshold is raised to the lowest that keeps within
    it. The training figures are printed again at the raised thresholds."""
    from drafter.guard.model import load_model, probability

    model = load_model(args.out)
    real = []
    for path in args.real:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                text = case.get("reference_reply") or ""
                if text.strip():
                    real.append((text, case.get("language")))
    rules_core = 0
    top: dict[str, list[float]] = defaultdict(list)
    for text, language in real:
        report = check(text, role="agent", language=language, use_model=False)
        if {f.category for f in report.findings} & set(CORE):
            rules_core += 1
            continue
        _, canon = sentence_canons(text)
        logits = model.scores(canon)
        for k, category in enumerate(model.categories):
            top[category].append(probability(max(logits[k])))
    cats = sorted(document["categories"])
    share = args.real_budget // len(cats)
    print(
        f"\nreal replies: {len(real)}, {rules_core} flagged by the rules in a core category;"
        f" budget {share} per category"
    )
    every = set(range(len(replies)))
    for category in cats:
        entry = document["categories"][category]
        probs = sorted(top[category], reverse=True)
        needed = probs[share] if len(probs) > share else 0.0  # flagged only when strictly above
        before = sum(p >= entry["threshold"] for p in probs)
        if needed >= entry["threshold"]:
            entry["threshold"] = round(min(0.9999, needed + 1e-4), 4)
        after = sum(p >= entry["threshold"] for p in probs)
        scores = reply_scores(models[category], x, index, every)  # in-sample: an optimistic figure
        ids = sorted(scores)
        truth = [category in replies[i].expect for i in ids]
        flags = [scores[i] >= entry["threshold"] or category in replies[i].rule_cats for i in ids]
        p, r, *_ = pr(flags, truth)
        print(
            f"  {category:20} real extra flags {before} -> {after} at threshold {entry['threshold']:.4f}"
            f" (training, in-sample, rules+model P {p:.3f} R {r:.3f})"
        )
        document["trained"]["categories"][category]["real_check"] = {
            "extra_flags_at_cv_threshold": before,
            "extra_flags": after,
            "threshold": entry["threshold"],
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=Path("guardrails/models/guard_model.json"))
    parser.add_argument("--categories", nargs="+", default=list(CATEGORIES))
    parser.add_argument("--c", type=float, default=1.0, help="inverse L1 strength")
    parser.add_argument("--l1-ratio", type=float, default=1.0, help="1: L1 (sparse weights), 0: L2")
    parser.add_argument("--top-k", type=int, default=0, help="keep this many heaviest weights per category")
    parser.add_argument("--min-df", type=int, default=2)
    parser.add_argument("--max-df", type=float, default=1.0, help="drop n-grams in more than this share of sentences")
    parser.add_argument("--precision", type=float, default=0.95)
    parser.add_argument("--floor", type=float, default=0.5, help="lowest threshold allowed (probability)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--real", nargs="*", type=Path, default=[], help="real replies (cases.jsonl): precision check")
    parser.add_argument("--real-budget", type=int, default=6, help="extra real replies the model may flag, in all")
    parser.add_argument("--cv-only", action="store_true", help="print the cross-validated figures, write nothing")
    args = parser.parse_args(argv)
    global L1_RATIO, TOP_K, MAX_DF
    L1_RATIO, TOP_K, MAX_DF = args.l1_ratio, args.top_k, args.max_df

    replies = load(sorted(args.sets))
    groups = sorted({r.group for r in replies})
    vocab, x, index = features(replies, args.min_df)
    print(f"{len(replies)} replies, {len(index)} sentences, {len(vocab)} candidate features, files: {groups}")
    exported: dict[str, Any] = {}
    used: set[int] = set()
    models: dict[str, LogisticRegression] = {}
    trained: dict[str, Any] = {
        "sets": [p.name for p in sorted(args.sets)],
        "replies": len(replies),
        "sentences": len(index),
        "c": args.c,
        "min_df": args.min_df,
        "seed": args.seed,
        "cv": "leave one file out",
        "categories": {},
    }
    every = set(range(len(replies)))
    out_of_fold: dict[str, tuple[list[int], list[bool], list[bool], list[float]]] = {}
    for category in args.categories:
        oof: dict[int, float] = {}
        for g in groups:
            test = {i for i, r in enumerate(replies) if r.group == g}
            model, _ = train_category(category, replies, x, index, every - test, args.c, args.seed)
            oof.update(reply_scores(model, x, index, test))
        ids = sorted(oof)
        truth = [category in replies[i].expect for i in ids]
        rules = [category in replies[i].rule_cats for i in ids]
        scores = [oof[i] for i in ids]
        threshold = choose_threshold(scores, truth, args.precision, args.floor)
        model_flags = [s >= threshold for s in scores]
        both = [a or b for a, b in zip(rules, model_flags, strict=True)]
        figures = {
            "threshold": round(threshold, 4),
            "rules": pr(rules, truth),
            "model": pr(model_flags, truth),
            "rules_or_model": pr(both, truth),
        }
        per_file = {}
        for g in groups:
            sel = [k for k, i in enumerate(ids) if replies[i].group == g]
            per_file[g] = {
                "rules": pr([rules[k] for k in sel], [truth[k] for k in sel])[:2],
                "rules_or_model": pr([both[k] for k in sel], [truth[k] for k in sel])[:2],
            }
        print(f"\n{category}: threshold {threshold:.3f}")
        for name in ("rules", "model", "rules_or_model"):
            p, r, tp, fp, fn = figures[name]
            print(f"  {name:15} P {p:.3f} R {r:.3f}  (tp {tp} fp {fp} fn {fn})")
        for g, f in per_file.items():
            print(
                f"    {g:10} rules P {f['rules'][0]:.2f} R {f['rules'][1]:.2f}"
                f"  -> rules+model P {f['rules_or_model'][0]:.2f} R {f['rules_or_model'][1]:.2f}"
            )
        if args.cv_only:
            continue
        model, stats = train_category(category, replies, x, index, every, args.c, args.seed)
        models[category] = model
        coef = model.coef_[0]
        nz = [int(j) for j in np.flatnonzero(coef)]
        used.update(nz)
        trained["categories"][category] = {
            "cv": {
                k: [round(v, 4) if isinstance(v, float) else v for v in figures[k]]
                for k in ("rules", "model", "rules_or_model")
            },
            "labels": stats,
            "features": len(nz),
        }
        exported[category] = {"bias": float(model.intercept_[0]), "threshold": round(threshold, 4), "coef": coef}
        out_of_fold[category] = (ids, truth, rules, scores)
    if args.cv_only:
        return 0
    features_out = sorted(vocab[j] for j in used)
    position = {f: k for k, f in enumerate(features_out)}
    out_cats = {}
    for category, e in exported.items():
        coef = e["coef"]
        weights = sorted(
            (position[vocab[j]], round(float(coef[j]), 5))
            for j in np.flatnonzero(coef)
            if round(float(coef[j]), 5) != 0.0
        )
        out_cats[category] = {"bias": round(e["bias"], 5), "threshold": e["threshold"], "weights": weights}
    document = {"format": FORMAT, "features": features_out, "categories": out_cats, "trained": trained}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dump(document) + "\n", encoding="utf-8")
    if args.real:
        raise_for_real(args, document, replies, x, index, models)
        print("\ncross-validated at the final thresholds:")
        for category, (_, truth, rules, scores) in out_of_fold.items():
            threshold = document["categories"][category]["threshold"]
            flags = [s >= threshold for s in scores]
            both = [a or b for a, b in zip(rules, flags, strict=True)]
            figures = {"model": pr(flags, truth), "rules_or_model": pr(both, truth), "rules": pr(rules, truth)}
            document["trained"]["categories"][category]["cv_final"] = {
                k: [round(v, 4) if isinstance(v, float) else v for v in f] for k, f in figures.items()
            }
            print(f"  {category} (threshold {threshold:.4f})")
            for name, (p, r, tp, fp, fn) in figures.items():
                print(f"    {name:15} P {p:.3f} R {r:.3f}  (tp {tp} fp {fp} fn {fn})")
        args.out.write_text(dump(document) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}: {len(features_out)} features, {args.out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
