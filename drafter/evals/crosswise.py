"""Gates that compare each reply with the rest of its set, reference-free.

Relevance: a reply is about its own complaint when it scores higher against that complaint
than against most other complaints of the set (rank, ties count half), so a fluent reply to
the wrong case fails however polished it is. The lexical score is TF-IDF cosine (words and
word pairs for English, characters and character pairs for Chinese, IDF from the set's
complaints); the semantic score (optional extra) is the multilingual Universal Sentence
Encoder's cosine; when both are there the gate ranks by their sum, each standardised per
reply (it separated right from wrong replies at least as well as either alone).
Genericness: a reply nearly identical (character 3-gram cosine) to the reply given to an
unrelated complaint says nothing about either.

Vectors are feature-hashed (2**14 signed buckets) so a set of any size is a few matrix products."""

from __future__ import annotations

import itertools
import math
import re
import zlib
from collections import Counter
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from drafter.guard.normalize import fold

Matrix = npt.NDArray[np.float32]
DIM = 1 << 14

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_SPACES = re.compile(r"\s+")
# Function words carry no topic; IDF would shrink them anyway, this keeps short texts clean.
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "to",
        "of",
        "and",
        "or",
        "in",
        "on",
        "for",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "this",
        "that",
        "i",
        "you",
        "we",
        "my",
        "your",
        "our",
        "me",
        "us",
        "at",
        "with",
        "as",
        "by",
        "from",
        "have",
        "has",
        "had",
        "do",
        "does",
        "did",
        "not",
        "no",
        "so",
        "but",
        "if",
        "can",
        "will",
        "would",
        "just",
        "get",
        "got",
        "please",
        "hi",
        "hello",
        "there",
    ]
)


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def topic_terms(text: str) -> Counter[str]:
    """Words and word pairs (English, crudely stemmed), characters and character pairs (Chinese)."""
    folded = fold(text)
    words = [_stem(w) for w in _WORD.findall(folded) if w not in _STOP]
    terms: Counter[str] = Counter(words)
    terms.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    for run in _HAN_RUN.findall(folded):
        terms.update(run)
        terms.update(run[i : i + 2] for i in range(len(run) - 1))
    return terms


def char_grams(text: str, n: int = 3) -> Counter[str]:
    flat = _SPACES.sub(" ", fold(text)).strip()
    return Counter(flat[i : i + n] for i in range(len(flat) - n + 1))


def _hashed(bags: list[Counter[str]], weight: dict[str, float] | None, default: float) -> Matrix:
    """Rows of L2-normalised, sign-hashed, log-TF (times IDF when given) vectors."""
    matrix = np.zeros((len(bags), DIM), dtype=np.float32)
    for row, bag in enumerate(bags):
        for term, count in bag.items():
            h = zlib.crc32(term.encode())
            sign = 1.0 if h & 0x80000000 else -1.0
            w = weight.get(term, default) if weight is not None else 1.0
            matrix[row, h % DIM] += sign * (1.0 + math.log(count)) * w
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    matrix /= norms
    return matrix


def own_rank(scores: Matrix) -> npt.NDArray[np.float64]:
    """For each row i: the share of other columns j scoring below column i (ties count half).
    Its mean over rows is the AUC of right (own complaint) vs wrong (another's) pairs."""
    n = scores.shape[0]
    if n < 2:
        return np.full(n, np.nan)
    own = np.diag(scores)[:, None]
    below = (scores < own).sum(axis=1)
    ties = (scores == own).sum(axis=1) - 1  # the diagonal ties with itself
    return np.asarray((below + 0.5 * ties) / (n - 1), dtype=np.float64)


@dataclass
class SetScores:
    """Everything the cross-case gates need for one set, by case position."""

    lexical_own: npt.NDArray[np.float64]  # TF-IDF cosine of each reply with its own complaint
    lexical_rank: npt.NDArray[np.float64]
    semantic_own: npt.NDArray[np.float64] | None
    semantic_rank: npt.NDArray[np.float64] | None
    combined_rank: npt.NDArray[np.float64] | None  # both scores, each standardised per reply
    twin: list[int | None]  # the most similar reply to an unrelated complaint, if near identical
    twin_similarity: npt.NDArray[np.float64]


def lexical_matrices(replies: list[str], complaints: list[str]) -> tuple[Matrix, Matrix]:
    """(reply x complaint TF-IDF cosines, complaint x complaint cosines); IDF from the complaints."""
    complaint_terms = [topic_terms(c) for c in complaints]
    df: Counter[str] = Counter()
    for bag in complaint_terms:
        df.update(bag.keys())
    n = len(complaints)
    idf = {t: math.log((n + 1) / (d + 1)) + 1.0 for t, d in df.items()}
    unseen = math.log(n + 1) + 1.0
    c = _hashed(complaint_terms, idf, unseen)
    r = _hashed([topic_terms(t) for t in replies], idf, unseen)
    return r @ c.T, c @ c.T


def standardised(scores: Matrix) -> Matrix:
    """Each row to mean 0, deviation 1: two scores on different scales can then be added."""
    mean = scores.mean(axis=1, keepdims=True)
    spread = scores.std(axis=1, keepdims=True)
    spread[spread == 0] = 1.0
    return np.asarray((scores - mean) / spread, dtype=np.float32)


def score_set(
    replies: list[str],
    complaints: list[str],
    *,
    generic_similarity: float,
    related_complaints: float,
    semantic: Matrix | None = None,
) -> SetScores:
    """Relevance ranks and near-identical twins for one set; ``semantic`` is the optional
    reply x complaint cosine matrix from the encoder."""
    lexical, complaint_sim = lexical_matrices(replies, complaints)
    g = _hashed([char_grams(t) for t in replies], None, 1.0)
    alike = g @ g.T
    np.fill_diagonal(alike, -1.0)
    unrelated = complaint_sim < related_complaints
    masked = np.where(unrelated, alike, -1.0)
    best = masked.argmax(axis=1) if len(replies) else np.array([], dtype=int)
    best_sim = masked[np.arange(len(replies)), best] if len(replies) else np.array([])
    empty = np.array([not t.strip() for t in replies])
    twin: list[int | None] = [
        int(j) if s >= generic_similarity and not empty[i] else None
        for i, (j, s) in enumerate(zip(best, best_sim, strict=True))
    ]
    return SetScores(
        lexical_own=np.asarray(np.diag(lexical), dtype=np.float64),
        lexical_rank=own_rank(lexical),
        semantic_own=None if semantic is None else np.asarray(np.diag(semantic), dtype=np.float64),
        semantic_rank=None if semantic is None else own_rank(semantic),
        combined_rank=None if semantic is None else own_rank(standardised(lexical) + standardised(semantic)),
        twin=twin,
        twin_similarity=np.asarray(np.maximum(best_sim, 0.0), dtype=np.float64),
    )
