"""The role a complaint is addressed to in its salutation ("To the pharmacy manager,", 致区域经理).

Trainers (c27b): a letter opening "To the pharmacy manager" got "I've passed your case to the
practice manager". Whom the customer wrote to is whom they asked to take it: read from the opening
line's shape (To / Dear / Attn + a role ending in manager, director, supervisor; 致 + 经理, 主管,
负责人), never from a role named in the story.
"""

from __future__ import annotations

import re

_ROLE_EN = r"(?:manager|director|supervisor|head of [a-z]+(?: [a-z]+)?)"
_OPENING_EN = re.compile(
    r"^\s*(?:to|dear|attn|attention|fao|for the attention of)\b[:\s]+(?:the\s+)?"
    rf"((?:[a-z-]+\s+){{1,2}}?{_ROLE_EN})\s*[,:\n-]",
    re.IGNORECASE,
)
_OPENING_ZH = re.compile(
    r"^\s*致\s*(?:贵|貴)?(?:店|公司|司|行|分店)?([\u4e00-\u9fff]{0,8}?(?:经理|經理|主管|负责人|負責人|店长|店長))"
)
# A named person ("Dear Mr Lee", "Dear Sarah") or the general public is no role.
_NOT_ROLE = re.compile(r"^(?:sir|madam|team|all|customer|support|service)\b", re.IGNORECASE)


def addressed_role(text: str, zh: bool) -> str | None:
    """The role the opening line addresses ("the pharmacy manager", "区域经理"), or None; a bare
    "Dear Manager" names no role beyond the business's own."""
    if zh:
        m = _OPENING_ZH.match(text)
        return m.group(1) if m else None
    m = _OPENING_EN.match(text)
    if m is None or _NOT_ROLE.match(m.group(1)):
        return None
    return "the " + re.sub(r"\s+", " ", m.group(1).lower())
