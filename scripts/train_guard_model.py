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

Per category: a logistic regression over the features of ``candidates`` (seen in at least two
sentences), counts, fixed seed. The threshold is chosen by cross-validation grouped by author
(a file, or one author's replies in a file of several: an "unseen author" figure), from the
pooled out-of-fold reply scores: the lowest probability at which the reply-level precision is
at least ``--precision``, counted over all of them (``--threshold-rule model``, the default) or
over the replies the rules do not flag (``added``: what the detector adds must hold the
precision on its own; the rules' hits it repeats are vetoed anyway). A file's replies count only for
the categories the file labels (see ``load``). Only features with a non-zero weight are
exported, sorted.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import tempfile
from bisect import bisect_right
from collections import defaultdict
from pathlib import Path
from typing import Any

import ahocorasick_rs
import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from drafter.guard.engine import check, default_ruleset, sentence_canons
from drafter.guard.model import FORMAT, SEPARATOR, GuardModel, candidates, dump, load_model, probability, scale
from drafter.policy import load_policy

L1_RATIO = 1.0
TOP_K = 0
MAX_DF = 1.0  # share of sentences: commoner n-grams ("的", "you") cost a match each and say little
CATEGORIES = ("blame_discussion", "forbidden_phrase", "liability_admission", "written_statement")


LANGUAGE_PREFIXES = {"en", "zh", "yue"}


def _head(reply_id: str) -> str:
    """The id's first token: an author's mark (gm-en-007), unless it is a language tag (en-001)."""
    head = reply_id.split("-", 1)[0].lower()
    return "" if head in LANGUAGE_PREFIXES else head


class Reply:
    def __init__(self, line: dict[str, Any], group: str) -> None:
        self.id = str(line["id"])
        self.file = group
        self.group = group  # the author it is held out with (``load`` splits a file of several)
        self.line = line
        self.scope: set[str] = set()  # the categories its file labels (set by ``load``)
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
    """Every reply of ``paths``. A file's scope is the categories any of its replies is
    labelled with: a variant set written for blame and forbidden phrases says nothing about
    liability, so its replies are neither negatives nor scored for the categories it never labels."""
    replies = []
    for path in paths:
        own = [
            Reply(json.loads(line), path.stem) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
        ]
        scope = set().union(*(r.expect for r in own))
        several = len({_head(r.id) for r in own}) > 1  # guard_mn: gm-…, gn-…: two authors
        for r in own:
            r.scope = scope
            if several:
                r.group = f"{path.stem}:{_head(r.id) or '-'}"
        replies.extend(own)
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
        if ri in train and category in replies[ri].scope:
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
    model: LogisticRegression,
    x: csr_matrix,
    index: list[tuple[int, int]],
    which: set[int],
    category: str,
    replies: list[Reply],
) -> dict[int, float]:
    rows = [row for row, (ri, _) in enumerate(index) if ri in which and category in replies[ri].scope]
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
    least ``target``: precision need not fall monotonically, so the curve is read from the top.
    When even the top score misses it, the threshold sits just above every score (silent)."""
    best = min(0.9999, round(max(scores, default=0.0), 4) + 1e-4)
    for t in sorted({s for s in scores if s >= floor}, reverse=True):
        p = pr([s >= t for s in scores], truth)[0]
        if p < target:
            break
        best = t
    return best


CORE = ("forbidden_phrase", "unauthorized_compensation", "liability_admission", "blame_discussion", "written_statement")


class Real:
    """The real human replies of ``--real`` (read to measure, never learned from): which the
    rules already flag in a core category, and each one's canonical string."""

    def __init__(self, paths: list[Path]) -> None:
        self.items: list[tuple[bool, str]] = []
        for path in paths:
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                case = json.loads(line)
                text = case.get("reference_reply") or ""
                if text.strip():
                    report = check(text, role="agent", language=case.get("language"), use_model=False)
                    ruled = bool({f.category for f in report.findings} & set(CORE))
                    self.items.append((ruled, sentence_canons(text)[1]))


def guard_model(document: dict[str, Any], folder: Path, name: str) -> GuardModel:
    path = folder / f"{name}.json"
    path.write_text(dump(document) + "\n", encoding="utf-8")
    return load_model(path)


def raise_for_real(document: dict[str, Any], real: Real, budget: int, model: GuardModel) -> dict[str, tuple[int, int]]:
    """Where the model would flag more real replies than ``budget`` allows (replies the rules do
    not already flag in a core category), its threshold is raised to the lowest that keeps
    within it. Returns per category (extra flags before, after)."""
    top: dict[str, list[float]] = defaultdict(list)
    for ruled, canon in real.items:
        if ruled:
            continue
        logits = model.scores(canon)
        for k, category in enumerate(model.categories):
            top[category].append(probability(max(logits[k])))
    cats = sorted(document["categories"])
    share = budget // len(cats)
    out = {}
    for category in cats:
        entry = document["categories"][category]
        probs = sorted(top[category], reverse=True)
        needed = probs[share] if len(probs) > share else 0.0  # flagged only when strictly above
        before = sum(p >= entry["threshold"] for p in probs)
        if needed >= entry["threshold"]:
            entry["threshold"] = round(min(0.9999, needed + 1e-4), 4)
        out[category] = (before, sum(p >= entry["threshold"] for p in probs))
    return out


def cross_validate(
    category: str,
    replies: list[Reply],
    x: csr_matrix,
    index: list[tuple[int, int]],
    train: set[int],
    args: argparse.Namespace,
) -> tuple[float, dict[str, Any], dict[str, Any]]:
    """Leave one file out within ``train``: the threshold (lowest probability at which the
    out-of-fold reply-level precision holds ``--precision``), the figures, the scores."""
    groups = sorted({replies[i].group for i in train})
    oof: dict[int, float] = {}
    for g in groups:
        test = {i for i in train if replies[i].group == g}
        model, _ = train_category(category, replies, x, index, train - test, args.c, args.seed)
        oof.update(reply_scores(model, x, index, test, category, replies))
    ids = sorted(oof)
    truth = [category in replies[i].expect for i in ids]
    rules = [category in replies[i].rule_cats for i in ids]
    scores = [oof[i] for i in ids]
    if args.threshold_rule == "added":  # the precision of what the detector adds to the rules
        extra = [k for k, ruled in enumerate(rules) if not ruled]
        threshold = choose_threshold([scores[k] for k in extra], [truth[k] for k in extra], args.precision, args.floor)
    else:
        threshold = choose_threshold(scores, truth, args.precision, args.floor)
    model_flags = [s >= threshold for s in scores]
    both = [a or b for a, b in zip(rules, model_flags, strict=True)]
    figures = {"rules": pr(rules, truth), "model": pr(model_flags, truth), "rules_or_model": pr(both, truth)}
    per_file = {}
    for g in groups:
        sel = [k for k, i in enumerate(ids) if replies[i].group == g]
        per_file[g] = {
            "rules": pr([rules[k] for k in sel], [truth[k] for k in sel])[:2],
            "rules_or_model": pr([both[k] for k in sel], [truth[k] for k in sel])[:2],
        }
    return (
        threshold,
        {"figures": figures, "per_file": per_file},
        {"ids": ids, "truth": truth, "rules": rules, "scores": scores},
    )


def fit_document(
    replies: list[Reply],
    x: csr_matrix,
    vocab: list[str],
    index: list[tuple[int, int]],
    train: set[int],
    args: argparse.Namespace,
    verbose: bool,
) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The weights file for a model trained on ``train`` (thresholds cross-validated within it)."""
    exported: dict[str, Any] = {}
    used: set[int] = set()
    trained: dict[str, Any] = {
        "sets": sorted({replies[i].file + ".jsonl" for i in train}),
        "replies": len(train),
        "sentences": sum(1 for ri, _ in index if ri in train),
        "c": args.c,
        "l1_ratio": args.l1_ratio,
        "top_k": args.top_k,
        "min_df": args.min_df,
        "max_df": args.max_df,
        "precision": args.precision,
        "threshold_rule": args.threshold_rule,
        "seed": args.seed,
        "cv": "leave one file out",
        "categories": {},
    }
    oofs = {}
    for category in args.categories:
        threshold, cv, oof = cross_validate(category, replies, x, index, train, args)
        oofs[category] = oof
        figures = cv["figures"]
        if verbose:
            print(f"\n{category}: threshold {threshold:.3f}")
            for name in ("rules", "model", "rules_or_model"):
                p, r, tp, fp, fn = figures[name]
                print(f"  {name:15} P {p:.3f} R {r:.3f}  (tp {tp} fp {fp} fn {fn})")
            for g, f in cv["per_file"].items():
                print(
                    f"    {g:10} rules P {f['rules'][0]:.2f} R {f['rules'][1]:.2f}"
                    f"  -> rules+model P {f['rules_or_model'][0]:.2f} R {f['rules_or_model'][1]:.2f}"
                )
        if args.cv_only:
            continue
        model, stats = train_category(category, replies, x, index, train, args.c, args.seed)
        coef = model.coef_[0]
        nz = [int(j) for j in np.flatnonzero(coef)]
        used.update(nz)
        trained["categories"][category] = {
            "cv": {k: [round(v, 4) if isinstance(v, float) else v for v in figures[k]] for k in figures},
            "labels": stats,
            "features": len(nz),
        }
        exported[category] = {"bias": float(model.intercept_[0]), "threshold": round(threshold, 4), "coef": coef}
    if not args.cv_only and not used:
        sys.exit("no feature kept a weight (try --l1-ratio 0 or a larger --c)")
    features_out = sorted(vocab[j] for j in used)
    position = {f: k for k, f in enumerate(features_out)}
    out_cats = {}
    for category, e in exported.items():
        coef = e["coef"]
        weights = sorted(
            (position[vocab[j]], round(float(coef[j]), args.digits))
            for j in np.flatnonzero(coef)
            if round(float(coef[j]), args.digits) != 0.0
        )
        out_cats[category] = {"bias": round(e["bias"], 5), "threshold": e["threshold"], "weights": weights}
    # A feature whose weights all rounded to zero is not exported.
    kept = sorted({j for c in out_cats.values() for j, _ in c["weights"]})
    renumber = {j: k for k, j in enumerate(kept)}
    for c in out_cats.values():
        c["weights"] = [(renumber[j], w) for j, w in c["weights"]]
    features_final = [features_out[j] for j in kept]
    return {"format": FORMAT, "features": features_final, "categories": out_cats, "trained": trained}, oofs


def score_replies(replies: list[Reply], model_path: Path | None) -> dict[str, list[int]]:
    """tp, fp, fn per category of the full guard (rules, detector, the rules' vetoes), as
    ``python -m drafter.guard.scoring FILE --model`` scores it, each reply counted only for the
    categories its file labels; ``model_path`` None: the rules alone."""
    rs = copy.copy(default_ruleset())
    if model_path is not None:
        rs.model_path = model_path
    policy = load_policy().model_copy(update={"trained_detector": model_path is not None})
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in replies:
        item = r.line
        report = check(
            item["text"],
            role=item.get("role"),
            context=item.get("context"),
            language=item.get("language"),
            policy=policy,
            ruleset=rs,
            use_model=model_path is not None,
        )
        fired = {f.category for f in report.findings}
        for category in (fired | r.expect) & r.scope:
            s = out[category]
            s[0 if category in fired and category in r.expect else 1 if category in fired else 2] += 1
    return out


def detector_alone(model: GuardModel, document: dict[str, Any], replies: list[Reply]) -> dict[str, list[int]]:
    """tp, fp, fn per category of the detector alone (no rules, no vetoes), reply level."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in replies:
        logits = model.scores(r.canon)
        for k, category in enumerate(model.categories):
            if category not in r.scope:
                continue
            fired = probability(max(logits[k])) >= document["categories"][category]["threshold"]
            truth = category in r.expect
            if fired or truth:
                out[category][0 if fired and truth else 1 if fired else 2] += 1
    return out


def _pr(s: list[int]) -> str:
    tp, fp, fn = s
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return f"{p:.2f}/{r:.2f}"


def leave_one_author_out(
    replies: list[Reply],
    x: csr_matrix,
    vocab: list[str],
    index: list[tuple[int, int]],
    args: argparse.Namespace,
    real: Real | None,
) -> None:
    """For each author (a file, or one author's replies in a file of several): train on the
    others (thresholds by cross-validation within them, then the real-reply budget), score the
    held-out replies with the full guard. Prints P/R per author and category (rules alone,
    --against weights, new, the detector alone) and the pooled figures."""
    folder = Path(tempfile.mkdtemp(prefix="loao_"))
    cats = list(args.categories)
    named = {rule.category for rule in default_ruleset().model_rules}
    if not named <= set(cats):
        sys.exit(f"--loao scores the full guard: train every category the model rules name ({sorted(named)})")
    groups = sorted({r.group for r in replies})
    if len(groups) < 3:
        sys.exit("--loao needs at least three authors (each fold cross-validates within the others)")
    pooled: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    print(f"{'P/R':18}" + "".join(f"{c[:18]:>42}" for c in cats))
    print(f"{'author':18}" + "".join(f"{'rules       old       new     alone':>42}" for _ in cats))
    for g in groups:
        held = [r for r in replies if r.group == g]
        train = {i for i, r in enumerate(replies) if r.group != g}
        document, _ = fit_document(replies, x, vocab, index, train, args, verbose=False)
        model = guard_model(document, folder, g)
        if real is not None:
            raise_for_real(document, real, args.real_budget, model)
            guard_model(document, folder, g + "_real")
        runs = {
            "rules": score_replies(held, None),
            "new": score_replies(held, folder / f"{g}_real.json" if real else folder / f"{g}.json"),
        }
        runs["old"] = score_replies(held, args.against) if args.against else runs["rules"]
        final = load_model(folder / f"{g}_real.json") if real else model
        runs["alone"] = detector_alone(final, document, held)
        row = f"{g:18}"
        for c in cats:
            row += f"{_pr(runs['rules'][c]):>12}{_pr(runs['old'][c]):>10}{_pr(runs['new'][c]):>10}"
            row += f"{_pr(runs['alone'][c]):>10}"
            for name in runs:
                pooled[name][c] = [a + b for a, b in zip(pooled[name][c], runs[name][c], strict=True)]
        print(row, flush=True)
    row = f"{'pooled':18}"
    for c in cats:
        row += f"{_pr(pooled['rules'][c]):>12}{_pr(pooled['old'][c]):>10}{_pr(pooled['new'][c]):>10}"
        row += f"{_pr(pooled['alone'][c]):>10}"
    print(row)
    print(json.dumps({name: {c: pooled[name][c] for c in cats} for name in pooled}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=Path("guardrails/models/guard_model.json"))
    parser.add_argument("--categories", nargs="+", default=list(CATEGORIES))
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--l1-ratio", type=float, default=1.0, help="1: L1 (sparse weights), 0: L2")
    parser.add_argument("--top-k", type=int, default=0, help="keep this many heaviest weights per category")
    parser.add_argument("--min-df", type=int, default=2)
    parser.add_argument("--max-df", type=float, default=1.0, help="drop n-grams in more than this share of sentences")
    parser.add_argument("--precision", type=float, default=0.95)
    parser.add_argument(
        "--threshold-rule",
        choices=("model", "added"),
        default="model",
        help="--precision holds for the detector's flags (model) or for those the rules do not make (added)",
    )
    parser.add_argument("--floor", type=float, default=0.5, help="lowest threshold allowed (probability)")
    parser.add_argument("--digits", type=int, default=5, help="decimals kept per weight")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--real", nargs="*", type=Path, default=[], help="real replies (cases.jsonl): precision check")
    parser.add_argument("--real-budget", type=int, default=6, help="extra real replies the model may flag, in all")
    parser.add_argument("--cv-only", action="store_true", help="print the cross-validated figures, write nothing")
    parser.add_argument(
        "--loao", action="store_true", help="leave-one-author-out figures of the full guard, write nothing"
    )
    parser.add_argument("--against", type=Path, default=None, help="with --loao: weights to compare with (old)")
    args = parser.parse_args(argv)
    global L1_RATIO, TOP_K, MAX_DF
    L1_RATIO, TOP_K, MAX_DF = args.l1_ratio, args.top_k, args.max_df

    paths = sorted(args.sets)
    replies = load(paths)
    groups = sorted({r.group for r in replies})
    vocab, x, index = features(replies, args.min_df)
    print(f"{len(replies)} replies, {len(index)} sentences, {len(vocab)} candidate features, authors: {groups}")
    real = Real(args.real) if args.real else None
    if args.loao:
        leave_one_author_out(replies, x, vocab, index, args, real)
        return 0
    every = set(range(len(replies)))
    document, oofs = fit_document(replies, x, vocab, index, every, args, verbose=True)
    if args.cv_only:
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dump(document) + "\n", encoding="utf-8")
    if real is not None:
        changes = raise_for_real(document, real, args.real_budget, load_model(args.out))
        print(
            f"\nreal replies: {len(real.items)},"
            f" {sum(r for r, _ in real.items)} flagged by the rules in a core category"
        )
        for category, (before, after) in changes.items():
            threshold = document["categories"][category]["threshold"]
            print(f"  {category:20} real extra flags {before} -> {after} at threshold {threshold:.4f}")
            oof = oofs[category]
            flags = [s >= threshold for s in oof["scores"]]
            both = [a or b for a, b in zip(oof["rules"], flags, strict=True)]
            figures = {"model": pr(flags, oof["truth"]), "rules_or_model": pr(both, oof["truth"])}
            entry = document["trained"]["categories"][category]
            entry["real_check"] = {"extra_flags_at_cv_threshold": before, "extra_flags": after, "threshold": threshold}
            entry["cv_final"] = {k: [round(v, 4) if isinstance(v, float) else v for v in f] for k, f in figures.items()}
            for name, (p, r, tp, fp, fn) in figures.items():
                print(f"    cross-validated {name:15} P {p:.3f} R {r:.3f}  (tp {tp} fp {fp} fn {fn})")
        args.out.write_text(dump(document) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}: {len(document['features'])} features, {args.out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
