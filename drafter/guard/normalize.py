"""Normalise text for matching while keeping a map back to original offsets.

Two layers:

* ``folded`` has exactly the length of the original: every character is replaced by one
  character (NFKC and full-width forms, lower case, curly quotes, look-alike letters,
  Traditional -> Simplified). Offsets in ``folded`` *are* original offsets.
* ``compact`` drops what obfuscation inserts inside phrases (spaces, line breaks,
  zero-width characters, quotes, hyphens: all folded to spaces) so that ``这 不 是`` and
  ``not\u200b our`` match. ``to_original`` maps a compact index back.

The fold is a single ``translate`` table and compaction a whitespace split, so the hot
path stays in C. Two rarer disguises are undone only when present: HTML character references
(``&#36825;`` becomes the character followed by spaces, so lengths still agree) and digits
standing for letters inside words (``n0t 0ur fau1t``).
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from functools import cache, lru_cache
from itertools import accumulate
from operator import add
from typing import Any

from drafter.text import HAN_RANGES, converter, is_word_char

_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069"
    "\u3164\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a\ufe0b\ufe0c"
    "\ufe0d\ufe0e\ufe0f\ufeff\uffa0"
)

# Quotes and in-word separators become spaces: compaction then drops them with the spaces.
_SPACES = "'\"‘’‚‛′`´ʼ＇“”„‟″「」『』〝〞＂«»-‐‑‒–—―−﹣－_*·•|\\^"

# Of those, the ones that join the parts of one written word ("it's", "customer's", "follow-up",
# "non-refundable"): a phrase that starts or ends on a Latin letter or digit must not start or end
# next to one of them, or compaction lets "it's parked" read as "sparked".
_APOSTROPHES = frozenset("'‘’ʼ＇`´′")
_HYPHENS = frozenset("-‐‑﹣－")
# What may follow an apostrophe after a whole word: a clitic, a word of its own for phrase edges
# ("you're", "it's", "we'll", and the possessive: "this month's rent" is still "off this month",
# "our kitchen's handling" still "caused by our kitchen"); not the rest of the word ("can't" is
# "ca" + "n't": "we can" does not end inside it).
_CLITIC = re.compile(r"(?:s|re|ve|ll|d|m)(?![a-z0-9])")


def word_start(original: str, folded: str, i: int, glued: bool = False) -> bool:
    """Whether a match may start at ``i``: not after a letter or digit, nor after an in-word
    apostrophe or hyphen that follows one. ``glued`` (a phrase written with a leading apostrophe,
    "'s fault"): only the first test, the phrase attaches to the word before it."""
    if i == 0:
        return True
    before = folded[i - 1]
    if is_word_char(before):
        return False
    if glued or before != " " or i < 2:
        return True
    ch = original[i - 1]
    return not ((ch in _APOSTROPHES or ch in _HYPHENS) and is_word_char(folded[i - 2]))


def word_end(original: str, folded: str, i: int) -> bool:
    """Whether a match may end at ``i``: not before a letter or digit, nor before an in-word
    hyphen or apostrophe that a letter follows, except a clitic ("you're", "the courier's")."""
    if i >= len(folded):
        return True
    after = folded[i]
    if is_word_char(after):
        return False
    if after != " " or i + 1 >= len(folded) or not is_word_char(folded[i + 1]):
        return True
    ch = original[i]
    if ch in _HYPHENS:
        return False
    return ch not in _APOSTROPHES or _CLITIC.match(folded, i + 1) is not None


# Letters that render like Latin ones (Cyrillic, Greek); folded so "nоt" == "not".
_LOOKALIKES = {
    "a": "аαАΑ",
    "b": "ВΒЬ",
    "c": "сСϲ",
    "d": "ԁ",
    "e": "еЕεΕё",
    "g": "ɡ",
    "h": "һНΗ",
    "i": "іІιΙӏ",
    "j": "јЈ",
    "k": "кКκΚ",
    "m": "МΜм",
    "n": "ΝпՈ",
    "o": "оОοΟσ",
    "p": "рРρΡ",
    "q": "ԛ",
    "s": "ѕЅ",
    "t": "тТΤτ",
    "u": "υ",
    "v": "ν",
    "w": "ԝ",
    "x": "хХχΧ",
    "y": "уУΥ",
    "z": "Ζ",
}

# Ranges whose compatibility forms matter: Latin-1..CJK symbols, CJK compatibility and
# half/full-width forms, mathematical alphanumerics, enclosed alphanumerics.
_NFKC_RANGES = (
    (0x00A0, 0x3400),
    (0xF900, 0xFB00),
    (0xFE30, 0x10000),
    (0x1D400, 0x1D800),
    (0x1F100, 0x1F200),
)


@cache
def fold_table() -> dict[int, str]:
    """The one-to-one fold table, once per process: from the on-disk cache, else built (~0.1 s
    with OpenCC's t2s dictionary) and cached."""
    import drafter.guard.cache as guard_cache

    name = guard_cache.key("fold")
    cached = guard_cache.read(name)
    if isinstance(cached, dict):
        return {int(cp): ch for cp, ch in cached.items()}
    table = _build_fold_table()
    guard_cache.write(name, {str(cp): ch for cp, ch in table.items()})
    return table


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for lo, hi in _NFKC_RANGES:
        for cp in range(lo, hi):
            ch = chr(cp)
            norm = unicodedata.normalize("NFKC", ch)
            if norm != ch and len(norm) == 1:
                table[cp] = norm.lower() if len(norm.lower()) == 1 else norm
    for target, sources in _LOOKALIKES.items():
        for ch in sources:
            table[ord(ch)] = target
    for ch in _INVISIBLE + _SPACES:
        table[ord(ch)] = " "
    table[0x0130] = "i"  # the one character whose lower() has two code points
    # Traditional -> Simplified, character by character, from OpenCC's t2s dictionaries.
    chars = [chr(cp) for lo, hi in HAN_RANGES for cp in range(lo, hi)]
    converted = converter("t2s").convert("\n".join(chars)).split("\n")
    if len(converted) == len(chars):
        for src, dst in zip(chars, converted, strict=True):
            if src != dst and len(dst) == 1:
                table[ord(src)] = dst
    return table


@cache
def _unicode_table() -> list[str]:
    """A list indexed by code point: translate() looks it up twice as fast as a dict."""
    table = list(map(chr, range(_TABLE_SIZE)))
    for cp, ch in fold_table().items():
        if cp < _TABLE_SIZE:
            table[cp] = ch
    return table


@cache
def _ascii_table() -> bytes:
    table = bytearray(range(256))
    for cp, ch in fold_table().items():
        if cp < 128:
            table[cp] = ord(ch)
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = cp + 32
    return bytes(table)


_TABLE_SIZE = 0x20000


_dict_chars = 0
# Characters translated through the dict before the list is built: building it costs ~7 ms and
# saves ~20 ns a character, so it pays after a few hundred thousand. A one-reply check translates
# a few hundred to a few thousand (in up to ~700 small texts: a count of texts built it for one in three).
_DICT_CHARS = 100_000


def _table(size: int) -> list[str] | dict[int, str]:
    """The fold table as translate() wants it for ``size`` more characters: the dict until
    _DICT_CHARS have been translated (a one-reply `drafter check` should not pay to build the
    list), then the list, which looks up twice as fast."""
    global _dict_chars
    if _dict_chars < _DICT_CHARS:
        _dict_chars += size
        return fold_table()
    return _unicode_table()


_frombuffer: Any = None  # numpy's, once _code_table() has imported it
_UINT32: Any = None


@cache
def _code_table() -> Any:
    """The list table as a numpy array over every code point (identity from _TABLE_SIZE up, as
    the list leaves those alone), or None when some entry is not one character. translate()
    creates an int and a str for each character of non-ASCII text (~0.1 us each, the costliest
    step of a check on Chinese text); one indexing of the code points does the same at C speed.
    Built only once a process has folded a few dozen long texts: numpy's import stays out of a
    one-reply `drafter check` or `drafter draft`."""
    table = _unicode_table()
    if any(len(ch) != 1 for ch in table):
        return None
    import numpy as np

    global _frombuffer, _UINT32
    _frombuffer, _UINT32 = np.frombuffer, np.uint32
    codes = np.arange(0x110000, dtype=np.uint32)
    codes[:_TABLE_SIZE] = np.frombuffer("".join(table).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return codes


_long_calls = 0
_LONG = 64  # characters: below this translate() costs less than the array's fixed ~3 us
_LONG_BEFORE_ARRAY = 64  # long texts translated before the array is built (a one-reply run never gets there)


def _translate(text: str) -> str:
    """``text.translate(_table())``."""
    global _long_calls
    table = _table(len(text))
    if isinstance(table, dict) or len(text) < _LONG:
        return text.translate(table)
    if _long_calls < _LONG_BEFORE_ARRAY:
        _long_calls += 1
        return text.translate(table)
    codes = _code_table()
    if codes is None:
        return text.translate(table)
    try:  # a lone surrogate (JSON can carry one) neither encodes nor decodes strictly: translate()
        points = _frombuffer(text.encode("utf-32-le"), dtype=_UINT32)
        return str(codes.take(points).tobytes().decode("utf-32-le"))
    except UnicodeError:
        return text.translate(table)


@lru_cache(maxsize=128)
def fold(text: str) -> str:
    """Return the folded text; always the same length as ``text``. A draft folds the same texts
    over and over (the complaint, its clauses, the reply), ~55 calls on ~30 texts: with 32 kept,
    a third of the repeats were already evicted; 128 hold one draft's texts, and still too few to
    outlive a handful of drafts."""
    if text.isascii():
        return text.encode("ascii").translate(_ascii_table()).decode("ascii")
    translated = _translate(text)
    folded = translated.lower()
    if len(folded) != len(text):  # lower() is 1:1 after the table, except in odd scripts
        folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in translated)
    return folded


@cache
def fold_each(words: tuple[str, ...]) -> tuple[str, ...]:
    """``fold`` of each word of a fixed cue list (a phrase bank's, a reading's), once a process:
    folded afresh at every call, a list of a few dozen words pushed the draft's own texts out of
    ``fold``'s cache, and they were folded again too."""
    return tuple(fold(w) for w in words)


_SPACE_SPLIT = re.compile(r"(\s+)")


class Normalized:
    """Folded and compacted text; the compact -> original map is built only when asked for."""

    __slots__ = ("_segments", "compact", "folded", "identity", "leet_one", "original")

    def __init__(self, original: str, folded: str, compact: str) -> None:
        self.original = original
        self.folded = folded
        self.compact = compact
        self.leet_one = False  # a "1" was read as "l" inside a word: "i" is worth a second scan
        self.identity = len(compact) == len(folded)  # nothing removed: compact offsets are original
        self._segments: tuple[list[int], list[int]] | None = None

    def _build_segments(self) -> tuple[list[int], list[int]]:
        folded = self.folded
        gaps = len(folded) - len(self.compact)
        if folded.count(" ") == gaps:  # every blank a plain space: the common case in prose
            words = folded.split()
            if gaps == len(words) - 1:  # ... and each a single space between two words
                # Word k starts k spaces later in the text than in the compact one. A regex split
                # costs several times more than str.split (and \s is str.isspace, so they agree).
                seg_c = [0, *accumulate(map(len, words[:-1]))]
                self._segments = (seg_c, list(map(add, seg_c, range(len(seg_c)))))
                return self._segments
        # Words and the whitespace runs between them, measured with C-level helpers.
        lengths = list(map(len, _SPACE_SPLIT.split(folded)))  # word, gap, word, gap, ..., word
        ends = list(accumulate(lengths))
        seg_o = [0, *ends[1::2]]  # where each word starts in the original
        seg_c = [0, *accumulate(lengths[0:-1:2])]  # where it starts in the compact text
        self._segments = (seg_c, seg_o)
        return self._segments

    def to_original(self, i: int) -> int:
        """Map an index in ``compact`` to the index of the same character in the original."""
        if self.identity:
            return i
        seg_c, seg_o = self._segments or self._build_segments()
        k = bisect_right(seg_c, i) - 1
        return seg_o[k] + (i - seg_c[k])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a non-empty compact span [start, end) to an original span."""
        return self.to_original(start), self.to_original(end - 1) + 1


_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,30});")


def _decode_entities(text: str) -> str:
    """``&#36825;`` -> ``这`` plus padding spaces: one decoded character, same length."""

    def one(m: re.Match[str]) -> str:
        decoded = html.unescape(m.group(0))
        return decoded + " " * (len(m.group(0)) - 1) if len(decoded) == 1 else m.group(0)

    return _ENTITY.sub(one, text)


# A word mixing letters with digits that stand for letters: "n0t", "0ur", "fau1t", "r3fund".
_LEET_HINT = re.compile(r"[a-z][013457]+[a-z]|(?<![a-z0-9])[013457][a-z]{2}")  # n0t, fau1t, 0ur; not a3, uu0081
# A digit next to a letter (not "5pm", "10am", "1st"): the fast first look.
_LEET_NEAR = re.compile(r"[013457](?:(?=[a-z])(?!(?:am|pm|st|nd|rd|th)\b)|(?<=[a-z].))")


_LEET_DIGITS = "013457"  # the digits _LEET_NEAR starts with


def _has_leet(folded: str) -> bool:
    """The precise hint, tried only around digits that touch a letter (a whole-text scan with
    it costs several times more), and not at all in a text without those digits."""
    if not any(digit in folded for digit in _LEET_DIGITS):
        return False
    m = _LEET_NEAR.search(folded)
    while m is not None:
        at = m.start()
        if _LEET_HINT.search(folded, max(0, at - 4), at + 4):
            return True
        m = _LEET_NEAR.search(folded, at + 1)
    return False


_LEET_WORD = re.compile(r"(?<![a-z0-9])[a-z0-9]*(?:[a-z][013457]|[013457][a-z])[a-z0-9]*")
# Number-and-unit tokens are not words in disguise: 3pm, 1st, 24hrs, 50usd, 5kg.
_UNIT_TOKEN = re.compile(
    r"\d+(?:am|pm|st|nd|rd|th|hrs?|mins?|secs?|kg|km|gb|mb|tb|ghz|mhz|ml|cm|mm|ft|lbs?|oz|pcs?|"
    r"usd|eur|gbp|cny|rmb|hkd|twd|jpy|ntd|inr|rs|days?|yrs?|mos?|wks?|k|m|g|h|x|s|d|p|w)"
)
LEET = {"l": str.maketrans("013457", "oleast"), "i": str.maketrans("013457", "oieast")}


def deleet(folded: str, one: str = "l") -> tuple[str, bool]:
    """Digits read as letters inside words that have at least two real letters (same length),
    and whether a "1" was among them (then the caller also tries "1" as "i")."""
    table = LEET[one]
    ones = False

    def word(m: re.Match[str]) -> str:
        nonlocal ones
        token = m.group(0)
        letters = sum(c.isalpha() for c in token)
        if letters < 2 or letters < len(token) - letters or _UNIT_TOKEN.fullmatch(token):
            return token
        ones = ones or "1" in token
        return token.translate(table)

    return _LEET_WORD.sub(word, folded), ones


def normalize(text: str, one: str = "l") -> Normalized:
    source = _decode_entities(text) if "&" in text else text
    folded = fold(source)
    ones = False
    if _has_leet(folded):
        folded, ones = deleet(folded, one)
    n = Normalized(text, folded, "".join(folded.split()))
    n.leet_one = ones
    return n


def compact_key(phrase: str) -> str:
    """Fold and compact a pattern phrase the same way text is, so both sides agree."""
    return normalize(phrase).compact
