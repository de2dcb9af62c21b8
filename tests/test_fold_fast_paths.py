"""The fold's and the compact map's fast paths give what the general ones give.

Speed work (round 10au): non-ASCII text is folded by indexing a numpy array of code points once a
process has folded many long texts (``str.translate`` makes an int and a str per character), and
a text whose only blanks are single spaces between words maps compact offsets back without a
regex split. Both must agree with the slow path character for character, in all three languages.
"""

from __future__ import annotations

from itertools import accumulate

import pytest

import drafter
from drafter.guard import normalize as N
from drafter.guard.rules import default_ruleset

TEXTS = [
    # en: plain prose, then blanks of every kind
    "We are sorry your parcel arrived late; a refund of $18 will reach your card by Friday.",
    "Dear  Ms Lee,\n\nthank you\tfor waiting.  We will call you back today. ",
    " Leading and trailing blanks around the reply, with a no-break\u00a0space inside. ",
    # zh-Hans: full-width punctuation and letters fold; look-alikes and astral characters
    "您好，非常抱歉让您久等了！我们会在今天下午５点前给您回电，ＡＢＣ订单已经为您登记。",
    "您好，我们已经收到您的反馈 。 这个问题我们会 跟进 到底。\u3000谢谢您的耐心。𠀀𪚥",
    # zh-Hant: Traditional characters fold to Simplified
    "您好，這次的維修延誤給您帶來不便，我們深感抱歉，會在明天中午前以電話聯繫您，謝謝您的耐心等候。",
    "親愛的客戶：關於您的帳單問題，我們已經轉交相關部門處理，請您留意簡訊通知。ｎ０ｔ",
]


@pytest.fixture
def array_fold(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in a long-running process: past the dict phase and the long texts before the array."""
    monkeypatch.setattr(N, "_dict_chars", N._DICT_CHARS)
    monkeypatch.setattr(N, "_long_calls", N._LONG_BEFORE_ARRAY)
    N.fold.cache_clear()
    yield
    N.fold.cache_clear()


@pytest.mark.parametrize("text", TEXTS)
def test_the_array_fold_is_the_table_fold(text: str, array_fold: None) -> None:
    text = (text * 2)[: max(N._LONG, len(text))]  # long enough for the array path
    assert N._code_table() is not None
    assert N._translate(text) == text.translate(N._unicode_table())
    assert N.fold(text) == text.translate(N._unicode_table()).lower()


@pytest.mark.parametrize("text", ["a\udc00" * 40, "\ud83d\ude00中文" * 30])
def test_a_lone_surrogate_falls_back_to_translate(text: str, array_fold: None) -> None:
    assert N._translate(text) == text.translate(N._unicode_table())


def test_short_texts_and_the_first_long_ones_do_not_build_the_array(monkeypatch: pytest.MonkeyPatch) -> None:
    """A one-reply `drafter check` or `drafter draft` never imports numpy for the fold."""
    built: list[bool] = []
    monkeypatch.setattr(N, "_dict_chars", N._DICT_CHARS)
    monkeypatch.setattr(N, "_long_calls", 0)
    monkeypatch.setattr(N, "_code_table", lambda: built.append(True))
    for text in TEXTS:
        N._translate(text[:10])
    for _ in range(N._LONG_BEFORE_ARRAY):
        N._translate(TEXTS[3] * 2)
    assert not built


def _segments_by_regex(folded: str) -> tuple[list[int], list[int]]:
    lengths = list(map(len, N._SPACE_SPLIT.split(folded)))
    ends = list(accumulate(lengths))
    return [0, *accumulate(lengths[0:-1:2])], [0, *ends[1::2]]


# a text with no blank needs no map (its offsets are the identity): only the others are compared
MAPPED = [t for t in TEXTS if not N.normalize(t).identity]


def test_texts_with_blanks_in_every_language_are_compared() -> None:
    assert {N.normalize(t).identity for t in TEXTS} == {True, False}
    assert any(ord(c) > 0x3000 for t in MAPPED for c in t) and any(t.isascii() for t in MAPPED)


@pytest.mark.parametrize("text", MAPPED)
def test_the_compact_map_is_the_regex_one(text: str) -> None:
    n = N.normalize(text)
    assert n._build_segments() == _segments_by_regex(n.folded)


@pytest.mark.parametrize(
    "text",
    [
        "We will call you back before five today.",
        "您好 我们 已经 收到 您的 反馈",
        "您好 這次的 維修延誤 給您帶來 不便",
    ],
)
def test_single_spaced_text_needs_no_regex_split(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    class Refuse:
        def split(self, _: str) -> list[str]:
            raise AssertionError("the regex split ran")

    n = N.normalize(text)
    expected = _segments_by_regex(n.folded)
    monkeypatch.setattr(N, "_SPACE_SPLIT", Refuse())
    assert n._build_segments() == expected


@pytest.mark.parametrize(
    ("text", "leet"),
    [
        ("It was n0t our fault at all", True),
        ("Your order 2026 arrives on the 28th", False),
        ("这不是我们的问题，谢谢", False),
        ("這不是我們的問題，謝謝", False),
        ("不是我們的fau1t", True),
    ],
)
def test_leet_hint_with_and_without_its_digits(text: str, leet: bool) -> None:
    assert N._has_leet(N.fold(text)) is leet


@pytest.mark.parametrize(
    "text",
    [
        "这不是我们的错，是您自己操作不当造成的，我们会退您200元，明天下午五点前给您回复。",
        "這不是我們的錯，是您自己操作不當造成的，我們會退您200元，明天下午五點前給您回覆。",
        "This is not our fault: you used it wrongly. We'll refund $200 and reply by 5pm tomorrow.",
    ],
)
def test_a_one_reply_check_folds_without_building_the_list(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh process checking one reply (hundreds of small texts) translates through the dict:
    the 128K-entry list costs more to build than it saves on a few thousand characters.
    The packs are compiled first: compiling them (a cold cache) is not one reply's check."""
    default_ruleset()
    built: list[bool] = []
    monkeypatch.setattr(N, "_dict_chars", 0)
    monkeypatch.setattr(N, "_unicode_table", lambda: built.append(True))
    N.fold.cache_clear()
    try:
        report = drafter.check(text)
    finally:
        N.fold.cache_clear()
    assert report.findings and not built
    assert N._dict_chars < N._DICT_CHARS
