"""Which sum a customer asks back, when a request names several.

Why: "多扣的70元请退还给我，并把套餐恢复成原来的58元" asks back 70元; the sum after the verb is the
plan's price (trainers, c30: "58元的退款" for the 70元 asked). The sum asked back is the one in the
clause that holds the verb of paying back, the nearest to it; a clause that names none leaves the
choice to the caller."""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.models import Money

_BACK = re.compile(
    r"退還|退还|退回|退返|退给|退給|退我|還給我|还给我|赔|賠|\b(?:refund\w*|pay (?:me )?back|money back|reimburs\w*)\b",
    re.IGNORECASE,
)
# A clause: up to a stop, a full-width comma, a comma not inside a figure, or a joining word.
_CLAUSE_BREAK = re.compile(r"[。！？!?\n；;，]|,(?!\d)|\s(?:and|but)\s|并且|並且|并|並|然后|然後")


def asked_back(text: str, named: Sequence[Money]) -> Money | None:
    """The sum in the clause that asks for money back, nearest its verb; None when that clause
    names no sum of ``named`` (or the text asks nothing back)."""
    back = _BACK.search(text)
    if back is None:
        return None
    starts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(text)]
    start = max(s for s in starts if s <= back.start())
    stop = next((m.start() for m in _CLAUSE_BREAK.finditer(text, back.end())), len(text))
    best: tuple[int, Money] | None = None
    for money in named:
        at = text.find(money.text, start)
        if at < 0 or at + len(money.text) > stop:
            continue
        distance = back.start() - (at + len(money.text)) if at < back.start() else at - back.end()
        if best is None or distance < best[0]:
            best = (distance, money)
    return best[1] if best else None


# A sum the customer works out as owed to them: "应退3,600元", "該退我NT$1,200", "I'm owed $84.50",
# "a refund of £45 is due". Trainers, c30: "300元的退款" when the complaint said 应退3,600元.
_DUE_BEFORE = re.compile(
    r"(?:应|應|该|該|应该|應該|可以|可|要)(?:退|赔|賠)(?:还|還|回|给|給|返)?(?:我|您|你)?\s*$"
    r"|\b(?:owed|owe me|due|entitled to)(?: (?:a|the|my))?(?: (?:refund|credit|repayment))?(?: of)?\s*$",
    re.IGNORECASE,
)
_DUE_AFTER = re.compile(r"\s*(?:is|are)\s+(?:owed|due)\b", re.IGNORECASE)


def due(text: str, named: Sequence[Money]) -> Money | None:
    """The one sum ``text`` says is owed back to the customer; None when it says none, or several."""
    owed = {
        (m.value, m.currency): m
        for m in named
        if (at := text.find(m.text)) >= 0
        and (_DUE_BEFORE.search(text[max(0, at - 30) : at]) or _DUE_AFTER.match(text, at + len(m.text)))
    }
    return next(iter(owed.values())) if len(owed) == 1 else None
