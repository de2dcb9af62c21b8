"""The guard's second detector: per-category linear models over the character n-grams of each
sentence, for the categories whose wording varies more than phrase families can follow
(blame, forbidden phrases, liability). Trained offline (scripts/train_guard_model.py, with
scikit-learn); here only data is read and scored: n-grams found by one Aho-Corasick pass, a
sum of weights per sentence, a sigmoid. No scikit-learn, no numpy at run time.

A sentence is canonicalised the same way for training and scoring: the guard's fold (case,
width, Traditional -> Simplified), quoted speech blanked, digits as ``0``, every run of other
characters as one space, padded with spaces. Its features are substrings of that string: every
n-gram of 1-4 characters holding a Han character, 3-5 character n-grams of Latin text, and
whole Latin words and word pairs (`` word `` / `` word word ``). A feature counts each place it
occurs, so the Aho-Corasick matches are exactly the training features.
"""

from __future__ import annotations

import hashlib
import json
import math
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from itertools import accumulate, pairwise
from operator import itemgetter, mul, sub
from pathlib import Path
from typing import Any

import ahocorasick_rs
from pydantic import BaseModel, ConfigDict, Field, ValidationError

import drafter.guard.cache as guard_cache
from drafter.errors import DrafterError
from drafter.jsonl import first_error
from drafter.text import HAN

FORMAT = 1
SEPARATOR = "\x01"  # between sentences: no feature holds it, so no match crosses two sentences
_LATIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0 ")
HAN_NGRAMS = (2, 4)
LATIN_NGRAMS = (4, 5)
MAX_WORD_FEATURE = 40
# A sentence's summed weights are scaled by 1/sqrt(its length): a long official sentence naming
# a developer and a "问题" is not blame because it has many mildly blaming n-grams.
MIN_LENGTH = 12


def scale(length: int) -> float:
    return 1.0 / math.sqrt(max(length, MIN_LENGTH))


_SCALES = [scale(n) for n in range(4096)]


def _scale_of(length: int) -> float:
    return _SCALES[length] if length < 4096 else scale(length)


def _plus_one(n: int) -> int:
    return n + 1


_ENDERS = "。！？!?；;\n….\r"  # the detector's own sentence ends (the same in training)


@cache
def _table() -> list[str]:
    """One character for each: digits -> 0, sentence ends -> SEPARATOR, letters and Han kept,
    anything else -> a space. A translate table, so the hot path stays in C and offsets stay
    (kept in the guard cache: building it walks 65,536 code points)."""
    name = guard_cache.key("model_chars", _ENDERS, Path(__file__).read_bytes())
    cached = guard_cache.read(name)
    if isinstance(cached, str) and len(cached) == _TABLE_SIZE:
        return list(cached)
    chars = "".join(map(_char, map(chr, range(_TABLE_SIZE))))
    guard_cache.write(name, chars)
    return list(chars)


_TABLE_SIZE = 0x10000


def _char(ch: str) -> str:
    return SEPARATOR if ch in _ENDERS else "0" if ch.isdigit() else ch if ch.isalnum() else " "


_ASCII_TABLE = bytes(ord(_char(chr(cp))) for cp in range(128)) + bytes(range(128, 256))  # ASCII input only


def _marks(folded: str) -> str:
    """``folded`` through the table: about half of all replies are ASCII (English), and
    ``bytes.translate`` does them several times faster than ``str.translate``."""
    if folded.isascii():
        return folded.encode("ascii").translate(_ASCII_TABLE).decode("ascii")
    return folded.translate(_table())


def canonical(folded: str) -> str:
    """The string a reply's features are read from (see the module docstring): each sentence's
    words and Han runs, single-spaced and padded with spaces, SEPARATOR between two sentences.
    (The translate table maps every character to one: that keeps CPython's ASCII fast path.)"""
    text = _marks(folded).replace(SEPARATOR, _SPACED_SEPARATOR)
    return f" {' '.join(text.split())} "


def sentence_spans(folded: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence ``canonical`` separates, its end mark included; one per
    piece of ``canonical(folded).split(SEPARATOR)``."""
    marks = _marks(folded)
    spans = []
    at = 0
    end = marks.find(SEPARATOR)
    while end >= 0:
        spans.append((at, end + 1))
        at = end + 1
        end = marks.find(SEPARATOR, at)
    spans.append((at, len(folded)))
    return spans


_SPACED_SEPARATOR = f" {SEPARATOR} "


def candidates(canon: str) -> set[str]:
    """Every feature a canonical sentence holds: the vocabulary the training script draws on."""
    out: set[str] = set()
    size = len(canon)
    lo, hi = HAN_NGRAMS
    for i in range(size):
        for n in range(lo, hi + 1):
            gram = canon[i : i + n]
            if len(gram) == n and HAN.search(gram):
                out.add(gram)
    lo, hi = LATIN_NGRAMS
    for i in range(size):
        for n in range(lo, hi + 1):
            gram = canon[i : i + n]
            if len(gram) == n and set(gram) <= _LATIN_CHARS and gram.strip():
                out.add(gram)
    words = [w for w in canon.split(" ") if w and set(w) <= _LATIN_CHARS]
    for w in words:
        if len(w) + 2 <= MAX_WORD_FEATURE:
            out.add(f" {w} ")
    tokens = canon.split(" ")
    for a, b in pairwise(tokens):
        if a and b and set(a) <= _LATIN_CHARS and set(b) <= _LATIN_CHARS and len(a) + len(b) + 3 <= MAX_WORD_FEATURE:
            out.add(f" {a} {b} ")
    return out


class CategoryWeights(BaseModel):
    model_config = ConfigDict(extra="forbid")

    bias: float
    threshold: float = Field(gt=0, lt=1, description="probability at which a sentence is flagged")
    weights: list[tuple[int, float]] = Field(description="(feature index, weight); absent features weigh 0")


class ModelFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: int
    features: list[str] = Field(min_length=1)
    categories: dict[str, CategoryWeights] = Field(min_length=1)
    trained: dict[str, Any] = Field(default_factory=dict, description="how it was trained (figures, data sizes)")


@dataclass(slots=True)
class GuardModel:
    """Feature automaton and per-category weight columns (lists indexed by feature)."""

    categories: list[str]
    biases: list[float]
    thresholds: list[float]  # as logits: a sentence is flagged when bias + sum >= this
    columns: list[list[float]]
    automaton: Any
    version: str
    cues: Any  # an automaton of the cue features only (see ``flagged``)
    bound: list[float]  # per cue feature: its largest positive weight over a category's need

    def flagged(self, canon: str) -> list[tuple[int, int, float]]:
        """(category index, sentence index, logit) of each sentence whose logit reaches its
        category's threshold.

        First a bound, cheap because most replies hold few cue features (the features with a
        positive weight in some category): a sentence can reach a category's threshold only
        if the sum of its cue features' positive weights, scaled, reaches the category's need
        (threshold - bias). ``bound`` holds each cue's largest positive weight divided by its
        category's need, so one sum per sentence under 1 proves no category flags it; on real
        replies that clears about 99 in 100 (bench/bench_check.py). Otherwise one Aho-Corasick
        pass over every feature, then per category a running sum over the matches read per
        sentence by subtraction (all in C: map, accumulate, max)."""
        matches = self.cues.find_matches_as_indexes(canon, overlapping=True)
        if not matches:
            return []  # a sentence without cues scores at most its bias, below every threshold
        lengths = list(map(len, canon.split(SEPARATOR)))
        factors = list(map(_scale_of, lengths))
        if max(map(mul, _sentence_sums(matches, lengths, self.bound), factors)) < _UNDER_ONE:
            return []
        matches = self.automaton.find_matches_as_indexes(canon, overlapping=True)
        keys, _, ends = zip(*matches, strict=True)  # overlapping matches come in order of their end
        cuts = _cuts(ends, lengths)
        out: list[tuple[int, int, float]] = []
        for k, column in enumerate(self.columns):
            running = [0.0, *accumulate(map(column.__getitem__, keys))]
            sums = map(sub, map(running.__getitem__, cuts[1:]), map(running.__getitem__, cuts))
            logits = list(map(mul, sums, factors))
            need = self.thresholds[k] - self.biases[k]
            if max(logits) >= need:
                out.extend((k, i, self.biases[k] + v) for i, v in enumerate(logits) if v >= need)
        return out

    def scores(self, canon: str) -> list[list[float]]:
        """Every sentence's logit per category (training figures and tests; the guard uses
        ``flagged``)."""
        pieces = canon.split(SEPARATOR)
        out = []
        for k in range(len(self.categories)):
            weigh = self.columns[k].__getitem__
            row = []
            for piece in pieces:
                keys = [m[0] for m in self.automaton.find_matches_as_indexes(piece, overlapping=True)]
                row.append(self.biases[k] + sum(map(weigh, keys)) * scale(len(piece)) if keys else self.biases[k])
            out.append(row)
        return out


_first = itemgetter(0)
_third = itemgetter(2)
_UNDER_ONE = 1.0 - 1e-9  # the bound's sums are rounded like the exact ones: a margin, not a gap


def _cuts(ends: tuple[int, ...], lengths: list[int]) -> list[int]:
    """Where each sentence's matches start and end in the list of matches (ordered by end)."""
    if len(lengths) == 1:
        return [0, len(ends)]
    # one past each separator; a match ending before it belongs to an earlier sentence
    after = accumulate(map(_plus_one, lengths[:-1]))
    return [0, *map(partial(bisect_left, ends), after), len(ends)]


def _sentence_sums(matches: list[tuple[int, int, int]], lengths: list[int], column: list[float]) -> list[float]:
    keys, _, ends = zip(*matches, strict=True)
    cuts = _cuts(ends, lengths)
    running = [0.0, *accumulate(map(column.__getitem__, keys))]
    return list(map(sub, map(running.__getitem__, cuts[1:]), map(running.__getitem__, cuts)))


def probability(logit: float) -> float:
    return 1.0 / (1.0 + math.exp(-logit)) if logit > -40 else 0.0


def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def load_model(path: Path) -> GuardModel:
    """Read and validate a weights file (through the guard cache: a checked form is reused
    while the file's bytes are unchanged). A missing or corrupt file is a DrafterError: the
    guard then blocks the reply instead of passing it unchecked."""
    return _load(str(path))


@lru_cache(maxsize=4)
def _load(path: str) -> GuardModel:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise DrafterError(f"guard model {path} cannot be read: {exc.strerror or exc}", path=path) from exc
    version = hashlib.sha256(raw).hexdigest()[:12]
    name = guard_cache.key("model", raw, Path(__file__).read_bytes())
    cached = guard_cache.read(name)
    if isinstance(cached, dict):
        try:
            return _build(cached, version)
        except (KeyError, TypeError, ValueError, IndexError):
            pass
    try:
        parsed = ModelFile.model_validate_json(raw)
    except ValidationError as exc:
        raise DrafterError(f"guard model {path} is not a valid weights file: {first_error(exc)}", path=path) from exc
    if parsed.format != FORMAT:
        raise DrafterError(f"guard model {path} has format {parsed.format}, this drafter reads {FORMAT}", path=path)
    size = len(parsed.features)
    compact: dict[str, Any] = {"features": parsed.features, "categories": {}}
    for category, cw in sorted(parsed.categories.items()):
        column = [0.0] * size
        for index, weight in cw.weights:
            if not 0 <= index < size or not math.isfinite(weight):
                raise DrafterError(f"guard model {path}: bad weight for feature {index} in {category}", path=path)
            column[index] = weight
        if not math.isfinite(cw.bias):
            raise DrafterError(f"guard model {path}: bad bias in {category}", path=path)
        compact["categories"][category] = {"bias": cw.bias, "threshold": cw.threshold, "column": column}
    if len(set(parsed.features)) != size or any(not f or SEPARATOR in f for f in parsed.features):
        raise DrafterError(f"guard model {path}: features must be distinct non-empty strings", path=path)
    try:
        built = _build(compact, version)
    except ValueError as exc:
        raise DrafterError(f"guard model {path}: {exc}", path=path) from exc
    guard_cache.write(name, compact)
    return built


def _build(data: dict[str, Any], version: str) -> GuardModel:
    cats = sorted(data["categories"])
    entries = [data["categories"][c] for c in cats]
    features = data["features"]
    columns = [[float(w) for w in e["column"]] for e in entries]
    if any(len(c) != len(features) for c in columns):
        raise ValueError("column length")
    biases = [float(e["bias"]) for e in entries]
    thresholds = [_logit(float(e["threshold"])) for e in entries]
    if any(b >= t for b, t in zip(biases, thresholds, strict=True)):
        raise ValueError("a bias at or over its threshold would flag every sentence")
    needs = [t - b for b, t in zip(biases, thresholds, strict=True)]
    bound = [max(max(c[j], 0.0) / n for c, n in zip(columns, needs, strict=True)) for j in range(len(features))]
    cue_index = [j for j, b in enumerate(bound) if b > 0]
    if not cue_index:
        raise ValueError("no feature has a positive weight: the model can flag nothing")
    return GuardModel(
        categories=cats,
        biases=biases,
        thresholds=thresholds,
        columns=columns,
        automaton=ahocorasick_rs.AhoCorasick(features),
        version=version,
        cues=ahocorasick_rs.AhoCorasick([features[j] for j in cue_index]),
        bound=[bound[j] for j in cue_index],
    )


def dump(model: dict[str, Any]) -> str:
    """The weights file's text: sorted keys, one feature per line, so diffs stay readable."""
    return json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
