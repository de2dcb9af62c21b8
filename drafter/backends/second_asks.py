"""A second ask joined to the money ("refund the £145 and tell me how I claim for the coffee table",
"懇請退還多收的NT$18,000，並就輓聯錯字給家母一個書面道歉"): answered, not lost behind the refund.

Why: trainers on c34 (c34b-001: "coffee-table claim process never given"; c34b-003: "written apology
ask ignored"). Read by shape: an apology asked for in a form (written, formal) and a question of how
to claim; never an apology they refuse ("不接受道歉") or one they say they got.
"""

from __future__ import annotations

import re

from drafter.guard.normalize import fold

_APOLOGY_WORD = re.compile(r"道歉|致歉|apolog", re.I)
_CLAIM_WORD = re.compile(r"索赔|索賠|理赔|理賠|赔偿|賠償|索偿|索償|claim", re.I)
_ZH_APOLOGY = re.compile(
    r"(?:给|要|请|向|就|一个|一封|出具|发)[^，。！？!?\n]{0,16}?(?P<kind>书面|正式|公开)的?(?:道歉|致歉)"
)
_ZH_REFUSED = re.compile(r"不(?:接受|需要|要|用)[^，。]{0,4}道歉|道歉(?:没用|有什么用|有咩用)|已经道歉|道过歉")
_EN_APOLOGY = re.compile(
    r"\b(?:want|like|expect|ask for|request|please send|send me|give me|owe me|deserve)\b[^.!?\n]{0,20}?"
    r"\b(?:an? )?(?P<kind>written|formal|proper|official) apology\b",
    re.I,
)
_EN_REFUSED = re.compile(r"\b(?:don't|do not|no) (?:want|need) (?:an? |your )?(?:\w+ )?apolog", re.I)

_EN_CLAIM = re.compile(
    r"\b(?:tell|let) me (?:know )?how (?:i|to|do i|can i|we|do we) (?:make a |file a |put in a )?claim"
    r"(?: for (?P<what>(?:the|my|our) [a-z]+(?: [a-z]+)?))?",
    re.I,
)
_ZH_CLAIM = re.compile(
    r"(?:怎么|怎样|如何|点样|點樣)(?:申请|申請)?(?:索赔|理赔|赔偿|索償|索偿)|(?:索赔|理赔|索偿)(?:的)?(?:流程|手续|方法|方式)"
)


def apology_asked(text: str, zh: bool) -> str | None:
    """The form of apology they ask for ("书面", "written"), or None."""
    if not _APOLOGY_WORD.search(text):
        return None
    folded = fold(text)
    if zh:
        if _ZH_REFUSED.search(folded):
            return None
        m = _ZH_APOLOGY.search(folded)
    else:
        if _EN_REFUSED.search(text):
            return None
        m = _EN_APOLOGY.search(text)
    return m.group("kind").lower() if m else None


def claim_asked(text: str, zh: bool) -> str | None:
    """What they ask how to claim for ("the coffee table"; "" when unnamed), or None."""
    if not _CLAIM_WORD.search(text):
        return None
    if zh:
        return "" if _ZH_CLAIM.search(fold(text)) else None
    m = _EN_CLAIM.search(text)
    if m is None:
        return None
    return re.sub(r"^(?:my|our)\b", "your", m.group("what") or "", flags=re.I)


_APOLOGY_SAID = re.compile(r"书面|道歉|致歉|\bapolog|\bin writing\b", re.I)
_CLAIM_SAID = re.compile(r"索赔|理赔|索偿|\bclaim", re.I)


_ECHO = re.compile(r"您(?:希望|要求|想知道|问)(?!的)|you(?:'d| d| would)? (?:like|want|asked|need)", re.I)


def _ours(reply: str) -> str:
    """Our answer without their request said back (which names it, but does not answer it)."""
    parts = re.split(r"(?<=[。！？])|(?<=[.!?])\s+", fold(reply))
    return " ".join(p for p in parts if not _ECHO.match(p.strip()))


def apology_said(reply: str) -> bool:
    return _APOLOGY_SAID.search(_ours(reply)) is not None


def claim_said(reply: str) -> bool:
    return _CLAIM_SAID.search(_ours(reply)) is not None
