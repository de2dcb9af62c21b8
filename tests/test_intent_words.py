"""Latin intent cues match whole words (with their inflections), never inside another word; Chinese
cues have no word edges. "wireless" once read as a wire transfer and got a payments trace."""

from __future__ import annotations

import pytest

from drafter.backends.template_satisfy import _whole_word
from drafter.guard.normalize import fold

ROWS = [
    # (text, cue, is a match)
    ("my wireless router keeps dropping", "wire", False),
    ("I wired the money on Monday", "wire", True),
    ("the transfer never arrived", "transfer", True),
    ("I transferred £200 yesterday", "transfer", True),
    ("the refunds have not come", "refund", True),
    ("it was refunded to the wrong card", "refund", True),
    ("the task was never finished", "ask", False),
    ("the payout is late", "payout", True),
    ("rewired the whole flat", "wire", False),
    ("我已经转账了三天还没到", "转账", True),
    ("我轉帳咗三日都未到", "轉帳", True),
    ("wifi壞咗三日", "wifi", True),
    ("我用wifi转账", "转账", True),
]


@pytest.mark.parametrize(("text", "cue", "expected"), ROWS)
def test_a_latin_cue_is_a_whole_word(text: str, cue: str, expected: bool) -> None:
    folded, key = fold(text), fold(cue)
    start = folded.find(key)
    assert start >= 0
    assert _whole_word(folded, start, start + len(key)) is expected
