"""Property tests: normalisation keeps offsets honest, and obfuscation does not hide a phrase.

* ``folded`` is as long as the original, ``compact`` maps back into it character by
  character, and ``to_original`` is strictly increasing.
* A forbidden phrase broken up with spaces, line breaks and zero-width characters, written
  in full-width or upper-case letters or with Cyrillic look-alikes, is still found, and the
  finding points at exactly the obfuscated phrase in the original text.
* Every finding of every check satisfies ``text[start:end] == excerpt``.
"""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

import drafter
from drafter.guard.normalize import normalize

SETTINGS = settings(max_examples=200, deadline=None)

# Characters that the fold or the compaction treat specially, mixed into random text so
# that hypothesis reaches them far more often than uniform sampling would.
SPECIAL = (
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2028\u2029\u202f\u205f\u3000"
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u034f\u180e"
    "'\"‘’“”「」-‐–—_*·|"
    "ＡＢＣａｂｃ０１２ＮＯＴ"
    "оаеОАЕσΣİıßẞﬁ㎏①"
    "這們關規說沒為這不是我们的事"
    "Ä"  # A + combining diaeresis
)

any_text = st.text(
    alphabet=st.one_of(st.characters(codec="utf-8"), st.sampled_from(SPECIAL)),
    max_size=80,
)


@SETTINGS
@given(any_text)
def test_folded_keeps_length(text: str) -> None:
    n = normalize(text)
    assert n.original == text
    assert len(n.folded) == len(text)


@SETTINGS
@given(any_text)
def test_compact_maps_back_to_same_character(text: str) -> None:
    n = normalize(text)
    positions = [n.to_original(i) for i in range(len(n.compact))]
    for i, pos in enumerate(positions):
        assert 0 <= pos < len(text)
        assert n.folded[pos] == n.compact[i]
    assert all(a < b for a, b in pairwise(positions))
    if n.compact:
        start, end = n.span(0, len(n.compact))
        assert start == positions[0]
        assert end == positions[-1] + 1


# ------------------------------------------------------------ obfuscated phrases

# (phrase as a writer would type it, rule expected to catch it)
PHRASES = [
    ("这不是我们的事", "forbidden.dismiss"),
    ("這不是我們的事", "forbidden.dismiss"),
    ("不关我的事", "forbidden.dismiss"),
    ("不關我們的事", "forbidden.dismiss"),
    ("not our problem", "forbidden.dismiss"),
    ("not my department", "forbidden.dismiss"),
    ("规定就是规定", "forbidden.policy_shield"),
    ("規定就是規定", "forbidden.policy_shield"),
    ("rules are rules", "forbidden.policy_shield"),
    ("my hands are tied", "forbidden.policy_shield"),
    ("绝对不可能", "forbidden.denial"),
    ("you get what you pay for", "forbidden.price_quality"),
    ("便宜沒好貨", "forbidden.price_quality"),
    ("take it or leave it", "forbidden.condescension"),
]

# Inserted between characters. Each is folded to a space and dropped by compaction.
SEPARATORS = [" ", "  ", "\n", "\r\n", "\t", "\u200b", "\u200c", "\u2060", "\ufeff", "\u3000"]
CYRILLIC = {"o": "\u043e", "a": "\u0430", "e": "\u0435"}

# Neutral sentences that contain no rule phrase and no exemption ("unless") phrase; each
# ends with a sentence terminator so the phrase stands in a sentence of its own.
SAFE_SENTENCES = [
    "您好。",
    "收到您的消息。",
    "订单号是12345。",
    "祝您生活愉快！",
    "今天天氣很好。",
    "Hello. ",
    "Good morning! ",
    "Your order number is 12345. ",
    "Have a nice day. ",
    "Thanks for writing in.\n",
]
TERMINATORS = ["。", "！", "？", ". ", "! ", "?\n", "\n"]


@st.composite
def obfuscated_letter(draw: st.DrawFn, ch: str) -> str:
    if not ch.isascii() or not ch.isalpha():
        return ch
    options = [ch, ch.upper(), chr(ord(ch) + 0xFEE0), chr(ord(ch.upper()) + 0xFEE0)]
    if ch in CYRILLIC:
        options.append(CYRILLIC[ch])
    return draw(st.sampled_from(options))


@st.composite
def obfuscate(draw: st.DrawFn, phrase: str) -> str:
    out: list[str] = []
    for i, ch in enumerate(phrase):
        if ch == " ":  # a word gap: one or more separators instead of the plain space
            out.extend(draw(st.lists(st.sampled_from(SEPARATORS), min_size=1, max_size=3)))
            continue
        if i and phrase[i - 1] != " ":
            out.extend(draw(st.lists(st.sampled_from(SEPARATORS), max_size=2)))
        out.append(draw(obfuscated_letter(ch)))
    return "".join(out)


@st.composite
def embedded_phrase(draw: st.DrawFn) -> tuple[str, str, int, str]:
    """(full text, rule id, offset of the obfuscated phrase, obfuscated phrase)."""
    phrase, rule = draw(st.sampled_from(PHRASES))
    obf = draw(obfuscate(phrase))
    prefix = "".join(draw(st.lists(st.sampled_from(SAFE_SENTENCES), max_size=3)))
    suffix = draw(st.sampled_from(TERMINATORS)) + "".join(draw(st.lists(st.sampled_from(SAFE_SENTENCES), max_size=3)))
    return prefix + obf + suffix, rule, len(prefix), obf


def assert_offsets(text: str, report: drafter.GuardReport) -> None:
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text), f
        assert text[f.start : f.end] == f.excerpt, f


@SETTINGS
@given(embedded_phrase())
def test_obfuscated_phrase_is_found_at_its_place(case: tuple[str, str, int, str]) -> None:
    text, rule, at, obf = case
    report = drafter.check(text)
    assert_offsets(text, report)
    hits = [f for f in report.findings if f.rule == rule]
    assert hits, f"{rule} missed in {text!r}"
    matching = [
        f
        for f in hits
        if f.excerpt and f.excerpt[0] == obf[0] and f.excerpt[-1] == obf[-1] and text[f.start : f.end] == f.excerpt
    ]
    assert matching, f"{rule} found {[(f.start, f.end, f.excerpt) for f in hits]} in {text!r}"
    # Stronger: the finding covers exactly the obfuscated phrase.
    assert any((f.start, f.end) == (at, at + len(obf)) for f in matching), (text, hits)


# Random text with phrase fragments, amounts and special characters, to produce findings
# of every kind (compensation, structure, phrases) on awkward input.
FRAGMENTS = [
    *(p for p, _ in PHRASES),
    "送您一张100元优惠券",
    "We'll refund you $20",
    "全额退款",
    "双倍赔偿",
    "都是我们的错",
    "我们会尽快联系您",
    "free of charge",
    "。",
    ". ",
    "\n",
]
noisy_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(SEPARATORS), any_text.map(lambda t: t[:6])),
    max_size=12,
).map("".join)


@SETTINGS
@given(noisy_text, st.sampled_from([None, "agent", "supervisor"]))
def test_every_finding_points_into_the_text(text: str, role: str | None) -> None:
    assert_offsets(text, drafter.check(text, role=role))
