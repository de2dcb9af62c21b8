"""Word edges of the original text: compaction drops spaces, quotes and hyphens so that
"n o t  our" still reads as "not our", but a phrase that starts or ends on a Latin letter or digit
must start or end at a real word edge. A word runs over in-word apostrophes and hyphens (it's,
don't, follow-up), so "it's parked" holds no "sparked" and "non-refundable" no "refundable"; a
clitic after a word ("you're", "it's", "this month's") counts as a word of its own at a phrase's
end, and "can't" does not end in "can". Chinese has no word edges: its matching is unchanged, and Latin words
inside Chinese text ("我们的app说") end at the Han characters. Sentences written for these tests."""

from __future__ import annotations

import pytest

from drafter.guard.engine import check
from drafter.guard.normalize import fold, word_end, word_start

# (text, the span a phrase would take, may it start there, may it end there)
EDGES: list[tuple[str, str, bool, bool]] = [
    ("it's parked outside", "sparked", False, True),  # the "s" of it's: inside the word
    ("we're checking it", "rechecking", False, True),
    ("a non-refundable fare", "refundable", False, True),
    ("usually auto-credited", "credited", False, True),
    ("a hassle-free return", "free", False, True),
    ("to re-check your meter", "tore", True, False),  # "to re" ends inside "re-check"
    ("a follow-up call", "follow", True, False),
    ("off this month's rent", "offthismonth", True, True),  # a clitic: a word of its own
    ("are you sure you're right", "areyousureyou", True, True),
    ("are you sure it's on", "areyousureit", True, True),
    ("we can't refund it", "wecan", True, False),
    ("n o t  our problem", "notourproblem", True, True),  # obfuscation inside the phrase
    ("n-o-t our problem", "notourproblem", True, True),
    ("not\u200bour problem", "notourproblem", True, True),
    ("我们的app说", "app", True, True),  # Latin inside Chinese: the Han characters are edges
    ("我們的app說", "app", True, True),
    ("说not our problem啊", "notourproblem", True, True),
]


def _span(text: str, compact: str) -> tuple[int, int]:
    """Where the compacted phrase lies in the original text (letters only, in order)."""
    folded = fold(text)
    letters = [(i, c) for i, c in enumerate(folded) if c.isalnum()]
    joined = "".join(c for _, c in letters)
    k = joined.index(compact)
    return letters[k][0], letters[k + len(compact) - 1][0] + 1


@pytest.mark.parametrize(("text", "compact", "starts", "ends"), EDGES)
def test_word_edges(text: str, compact: str, starts: bool, ends: bool) -> None:
    start, end = _span(text, compact)
    folded = fold(text)
    assert word_start(text, folded, start) is starts
    assert word_end(text, folded, end) is ends


# (language, reply, rule that must fire or None, rule that must not fire or None)
REPLIES: list[tuple[str, str, str | None, str | None]] = [
    # In-word hyphens and apostrophes no longer make a phrase.
    (
        "en",
        "Sorry, that fare was non-refundable when booked, so I'll ask the airline by 5pm today.",
        None,
        "compensation.unvalued",
    ),
    (
        "en",
        "Installation is hassle-free: the $250 fee covers the visit, and we arrive at 9am Monday.",
        None,
        "compensation.over_limit",
    ),
    # Obfuscation inside a phrase still reads.
    ("en", "Sorry, that's n o t  our problem, please contact the courier.", "forbidden.dismiss", None),
    ("en", "Sorry, that's n-o-t our problem, please contact the courier.", "forbidden.dismiss", None),
    ("en", "Sorry, that's not\u200bour problem, please contact the courier.", "forbidden.dismiss", None),
    # A phrase written with a leading apostrophe attaches to the word before it.
    ("en", "Honestly, it's the courier's fault, not ours.", "blame.discussion", None),
    ("en", "Are you sure you're reading the right meter?", "blame.doubt", None),
    # Chinese is unchanged, and Latin words inside it keep their edges at the Han characters.
    ("zh-Hans", "这不是我们的事，您自己联系快递吧。", "forbidden.dismiss", None),
    ("zh-Hant", "這不是我們的事，您自己聯繫快遞吧。", "forbidden.dismiss", None),
    ("zh-Hans", "我们的app说这不是我们的事。", "forbidden.dismiss", None),
    ("zh-Hant", "我們的app說這不是我們的事。", "forbidden.dismiss", None),
    ("zh-Hans", "抱歉，这个not our problem，请您自己联系快递。", "forbidden.dismiss", None),
    ("zh-Hant", "抱歉，這個not our problem，請您自己聯繫快遞。", "forbidden.dismiss", None),
    ("zh-Hans", "我们的app会在下午5点前通知您处理结果。", None, "forbidden.dismiss"),
    ("zh-Hant", "我們的app會在下午5點前通知您處理結果。", None, "forbidden.dismiss"),
]


@pytest.mark.parametrize(("language", "text", "fires", "silent"), REPLIES)
def test_replies(language: str, text: str, fires: str | None, silent: str | None) -> None:
    rules = {f.rule for f in check(text, language=language).findings}
    if fires:
        assert fires in rules, rules
    if silent:
        assert silent not in rules, rules
