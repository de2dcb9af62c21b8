"""Small text facts shared by the guardrail, intake, templates and evals: what a Han character
is, what counts as a word character for English boundaries, the OpenCC converters (built once
per process: each costs milliseconds), the LAST step names and the severity order."""

from __future__ import annotations

import re
from functools import cache
from typing import Any, Final

# CJK Unified Ideographs, Extension A and the compatibility block.
HAN_RANGES: Final = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))
HAN: Final = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# The four LAST steps in order (Listen, Apologize, Satisfy, Thank): section keys everywhere.
STEPS: Final = ("listen", "apologize", "satisfy", "thank")

# Finding severities, least to most severe.
SEVERITY_RANK: Final = {"low": 1, "medium": 2, "high": 3, "critical": 4}


def is_han(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp < hi for lo, hi in HAN_RANGES)


def has_han(text: str) -> bool:
    return HAN.search(text) is not None


def is_word_char(ch: str) -> bool:
    """English word boundaries: an ASCII letter or digit continues a word, anything else ends it."""
    return ch.isascii() and ch.isalnum()


@cache
def converter(config: str) -> Any:
    """One OpenCC converter per configuration (s2t, s2tw, s2hk, s2twp, t2s) per process (OpenCC
    itself loads with the first: a check whose tables are cached never needs it)."""
    import opencc

    return opencc.OpenCC(config)


# OpenCC s2t renderings known without OpenCC: the rule packs' Chinese suggestions, converted
# when the packs are compiled and read back with them from the cache (see rules.py).
_TRADITIONAL: dict[str, str] = {}


def remember_traditional(renderings: dict[str, str]) -> None:
    """Record s2t renderings made ahead of time (each is exactly what ``converter("s2t")`` gives)."""
    _TRADITIONAL.update(renderings)


def to_traditional(text: str) -> str:
    """OpenCC s2t, looked up when the rendering is known: building a converter costs ~60 ms, more
    than a one-reply check spends on anything else, for the same fixed suggestion texts."""
    found = _TRADITIONAL.get(text)
    return found if found is not None else str(converter("s2t").convert(text))


def traditional_variants() -> tuple[Any, ...]:
    """The Simplified -> Traditional converters whose renderings a phrase list must also match:
    OpenCC converts some words as phrases (回复 -> 回覆), which a character fold cannot undo."""
    return tuple(converter(c) for c in ("s2t", "s2tw", "s2hk", "s2twp"))


# Quotation marks: opening -> closing. ASCII and curly single quotes double as apostrophes, so
# they open only after a non-letter and close only before one ("that's" stays one word).
_QUOTE_PAIRS: Final = {"“": "”", "「": "」", "『": "』", "«": "»", "〝": "〞", "„": "“", '"': '"', "＂": "＂"}
_APOSTROPHES: Final = {"'": "'", "‘": "’", "’": "’"}
_MAX_QUOTE = 400


_QUOTE_MARK: Final = re.compile("[“「『«〝„\"＂'‘’]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(opening mark, closing mark) offsets of each quotation, outermost first, unnested."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    after = 0
    for m in _QUOTE_MARK.finditer(text):
        i = m.start()
        if i < after:
            continue
        ch = text[i]
        closer = _QUOTE_PAIRS.get(ch)
        if closer is None and ch in _APOSTROPHES:
            before = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < n else " "
            if not before.isalnum() and not nxt.isspace():
                closer = _APOSTROPHES[ch]
        if closer is None:
            continue
        j = text.find(closer, i + 1, i + 1 + _MAX_QUOTE)
        while j >= 0 and closer in _APOSTROPHES.values() and j + 1 < n and text[j + 1].isalpha():
            j = text.find(closer, j + 1, i + 1 + _MAX_QUOTE)  # "that's": an apostrophe, not the end
        if j < 0:
            continue
        spans.append((i, j))
        after = j + 1
    return spans


_CUE_REACH = 40


def quoted_spans(
    text: str, cue: re.Pattern[str], folded: str | None = None, after: re.Pattern[str] | None = None
) -> list[tuple[int, int]]:
    """Quotations introduced as someone's words: a reporting cue (说, 表示, told you, said, a
    colon) just before the opening mark, or one naming them just after the closing mark (「…」这句话,
    the "…" reply you mentioned). ``cue`` and ``after`` run on ``folded`` (same offsets) when given."""
    haystack = folded if folded is not None else text.lower()
    out = []
    for start, end in quote_spans(text):
        # The cue's reach: a reporting verb, then up to the cue's own filler of a few words
        # ("said your documents were "…""), so the look-back is wider than the filler alone.
        if cue.search(haystack, max(0, start - _CUE_REACH), start + 1) or (
            after is not None and after.match(haystack, end + 1, end + 40)
        ):
            out.append((start + 1, end))
    return out
