"""Session 13: someone made ill by what we served or sold asks what we are doing to check it.

Why: trainers marked down a food-poisoning reply to "I want to know what you are doing to check
that platter and the oysters" that only handed the case to a manager: the question is about the
source, so the answer is that the food (the batch it came from) is checked straight away and kept
from sale and use until it is cleared. Read from shape: a body harm that comes from something eaten
or used (illness, poisoning, an allergy, something found in it), and an ask whose verb is checking
or investigating something (check, test, investigate, look into, 查, 檢查, 化驗), not a refund.
"""

from __future__ import annotations

import re

from drafter.guard.normalize import fold
from drafter.models import Analysis

_FROM_WHAT_WAS_EATEN = frozenset({"illness", "poisoning", "allergy", "object"})
# A check of a thing asked for: the verb, then what is checked ("check that platter", 查一下那批).
_CHECK = re.compile(
    r"\b(?:check(?:ing)?|test(?:ing)?|inspect(?:ing)?|investigat\w+|look(?:ing)? into)\s+"
    r"(?:that|the|this|those|these|your|its|where)\b"
    r"|(?:查|检查|检验|化验|调查|核查)(?:一下)?(?:那|这|你们的|你哋嘅|嗰|呢)"
)
# ...not a check of our records or money ("check my account", "check the refund"), nor of a place
# ("check that restaurant", 查一下那家店: the partner's hygiene, not a batch of ours).
_RECORDS = re.compile(
    r"\b(?:account|refund|bill|booking|order status|payment|charge|records?|cctv|footage|restaurant|kitchen|shop|store"
    r"|branch|outlet|supplier|vendor|seller|merchant|premises|place|hygiene)\b|账|退款|订单|记录|录像|店|餐厅|厨房|商家|卫生"
)


def asked(analysis: Analysis) -> str | None:
    """The ask's text when someone made ill by what we served asks us to check it, else None."""
    safety = analysis.safety
    if safety is None or not set(safety.hazards) & _FROM_WHAT_WAS_EATEN:
        return None
    for ask in analysis.facts.asks:
        folded = fold(ask.text)
        m = _CHECK.search(folded)
        if m is not None and _RECORDS.search(folded, m.end(), m.end() + 30) is None:
            return ask.text
    return None


def checks(text: str) -> bool:
    """Whether an ask is a check of a thing ("what are you doing to check that platter"): the same
    ask the batch check answers, so no second "investigate this" promise beside it (trainers, c30)."""
    folded = fold(text)
    m = _CHECK.search(folded)
    return m is not None and _RECORDS.search(folded, m.end(), m.end() + 30) is None
