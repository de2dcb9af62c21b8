"""Deterministic, bilingual metrics. Chinese is scored over characters (Traditional folded to
Simplified first), English over lower-cased words; no model, no network."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from drafter.guard.normalize import fold

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_KEEP_ZH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffa-z0-9]")


def tokens(text: str, language: str) -> list[str]:
    """Characters for Chinese (punctuation and spaces dropped), words for English."""
    folded = fold(text)
    if language.startswith("zh"):
        return _KEEP_ZH.findall(folded)
    return _WORD.findall(folded)


def lcs_length(a: list[str], b: list[str]) -> int:
    """Longest common subsequence by the bit-parallel method (Allison-Dix / Hyyrö):
    O(len(a) * len(b) / word size) with Python's big integers, no quadratic table."""
    if not a or not b:
        return 0
    masks: dict[str, int] = {}
    for i, tok in enumerate(b):
        masks[tok] = masks.get(tok, 0) | (1 << i)
    full = (1 << len(b)) - 1
    row = full
    for tok in a:
        match = row & masks.get(tok, 0)
        row = ((row + match) | (row - match)) & full
    return len(b) - row.bit_count()


def rouge_l(candidate: str, reference: str, language: str) -> float:
    """ROUGE-L F1 over characters (Chinese) or words (English)."""
    cand, ref = tokens(candidate, language), tokens(reference, language)
    lcs = lcs_length(cand, ref)
    if lcs == 0:
        return 0.0
    precision, recall = lcs / len(cand), lcs / len(ref)
    return 2 * precision * recall / (precision + recall)


def chrf(candidate: str, reference: str, n: int = 6, beta: float = 2.0) -> float:
    """chrF (Popović 2015): character n-gram F-score, n = 1..6, recall weighted by beta."""
    cand = "".join(fold(candidate).split())
    ref = "".join(fold(reference).split())
    precisions, recalls = [], []
    for k in range(1, n + 1):
        cand_grams = Counter(cand[i : i + k] for i in range(len(cand) - k + 1))
        ref_grams = Counter(ref[i : i + k] for i in range(len(ref) - k + 1))
        if not cand_grams or not ref_grams:
            continue
        overlap = sum((cand_grams & ref_grams).values())
        precisions.append(overlap / sum(cand_grams.values()))
        recalls.append(overlap / sum(ref_grams.values()))
    if not precisions:
        return 0.0
    precision, recall = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    if precision == 0 and recall == 0:
        return 0.0
    return (1 + beta**2) * precision * recall / (beta**2 * precision + recall)


def contains(text: str, phrase: str) -> bool:
    """Substring test that ignores case, width, spacing and Traditional/Simplified script."""
    return "".join(fold(phrase).split()) in "".join(fold(text).split())


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=8192)
def _form_pattern(form: str) -> re.Pattern[str] | None:
    """A folded form as a pattern: spaces inside it optional ("DL 45" = "DL45"), word
    boundaries where it starts or ends with a letter or digit, an English plural allowed;
    a trailing ``*`` makes it a prefix ("recover*")."""
    prefix = form.rstrip().endswith("*")
    words = _SPACES.split(fold(form.rstrip().rstrip("*")).strip())
    if not words or not words[0]:
        return None
    body = r"\s*".join(re.escape(w) for w in words)
    first, last = words[0][0], words[-1][-1]
    if first.isascii() and first.isalnum():
        body = r"(?<![a-z0-9])" + body
    if prefix:
        pass
    elif last.isascii() and last.isalpha():
        body += r"(?:e?s)?(?![a-z0-9])"
    elif last.isascii() and last.isdigit():
        body += r"(?![0-9])"
    return re.compile(body)


def mentions(text: str, form: str) -> bool:
    """Whether ``text`` restates ``form``: case, width and Traditional/Simplified script ignored;
    English words match whole ("rug" is not in "drug"), spacing inside the form is free."""
    return mentions_folded(fold(text), form)


def mentions_folded(folded: str, form: str) -> bool:
    """:func:`mentions` on text already folded (many forms against one reply)."""
    pattern = _form_pattern(form)
    return pattern is not None and pattern.search(folded) is not None
