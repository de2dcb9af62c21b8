"""Someone demanded out today ("今日一定要派人嚟整", "someone needs to come out today to fix it").

Why: after two missed visits the demand for a same-day repair was met with "24小時內告訴您核查結果"
(trainers, c34a-011): their day, not ours. Read by shape: a demand (must, need, 一定要) with today in
the same clause and someone coming or the thing fixed; never a visit someone promised for today
("was supposed to come today", "说好今天来").
"""

from __future__ import annotations

import re

from drafter.guard.normalize import fold

_ZH_TODAY = r"(?:今天|今日|今晚|当天)"
_ZH_MUST = r"(?:一定要|必须|务必|一定|马上|立刻|就要|要)"
_ZH_COME = r"(?:派人|派师傅|派个人|上门|过来|过嚟|嚟整|嚟修|来修|来整|来处理|来检查|修|整|搞掂|搞定|处理|恢复)"
_ZH_DEMAND = re.compile(
    rf"{_ZH_TODAY}(?:之内|内)?(?:请|麻烦)?{_ZH_MUST}[^，。！？!?\s]{{0,6}}?{_ZH_COME}"
    rf"|{_ZH_MUST}{_ZH_TODAY}(?:之内|内)?[^，。！？!?\s]{{0,6}}?{_ZH_COME}"
)
_ZH_TOLD = re.compile(r"说好|说|讲好|答应|约好|约了|约咗|承诺")
_EN_SENTENCE = re.compile(r"[^.!?\n]+")
_EN_DEMAND = re.compile(
    r"\b(?:must|needs?|have to|has to|want|expect|please)\b[^.!?]{0,40}"
    r"\b(?:come (?:out|round|over|back)|send (?:someone|somebody|an? \w+)|fix\w*|repair\w*|sort\w* (?:it|this) out)\b"
    r"[^.!?]{0,20}\b(?:today|tonight)\b",
    re.I,
)
_TODAY_WORD = re.compile(r"今天|今日|今晚|当天|當天|today|tonight", re.I)
_EN_TOLD = re.compile(r"\b(?:supposed|promised|said|told|booked|scheduled|was|were)\b", re.I)


def _demand(text: str, zh: bool) -> str | None:
    """The clause (zh, folded) or sentence (en) that demands someone out or the fault fixed today."""
    if not _TODAY_WORD.search(text):
        return None  # most complaints: no today named, nothing to read
    if zh:
        for clause in re.split(r"[，,。！？!?\n；;]|\s+", fold(text)):
            m = _ZH_DEMAND.search(clause)
            if m and not _ZH_TOLD.search(clause[: m.start()]):
                return m.group()
        return None
    return next((s for s in _EN_SENTENCE.findall(text) if _EN_DEMAND.search(s) and not _EN_TOLD.search(s)), None)


def demanded(text: str, zh: bool) -> bool:
    """They demand someone out, or the fault fixed, today."""
    return _demand(text, zh) is not None


_ZH_SEND = re.compile(r"派人|派师傅|派个人|上门|过来|过嚟|嚟整|嚟修|来修|来整|来处理|来检查")
_EN_SEND = re.compile(r"\b(?:come (?:out|round|over|back)|send (?:someone|somebody|an? \w+))\b", re.I)


def someone_out(text: str, zh: bool) -> bool:
    """The same-day demand is for someone to come to them (not only for the fault fixed)."""
    said = _demand(text, zh)
    return said is not None and (_ZH_SEND if zh else _EN_SEND).search(said) is not None


# Our answer already sends someone ("正在优先安排抢修人员赶到现场", "someone is being sent to you now").
_ZH_SENT = re.compile(
    r"(?:安排|派|请)[^，。！？]{0,8}(?:人员|同事|师傅|技术人员|工程师|维修人员|抢修人员)[^，。！？]{0,8}"
    r"(?:赶到|赶往|上门|到现场|过去|过来|到您)"
)
_EN_SENT = re.compile(r"\b(?:sent to you|out to you|come out|on (?:the|their) way|being sent)\b", re.I)


def sent(reply: str, zh: bool) -> bool:
    """Someone is already on the way in our answer."""
    return (_ZH_SENT if zh else _EN_SENT).search(fold(reply) if zh else reply) is not None
