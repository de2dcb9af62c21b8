"""The harm an apology names, read from the complaint's structure rather than its topic.

Why: trainers marked down a stock "I'm sorry for the trouble this has caused" / 给您添了麻烦 where
the harm was specific (a job interview missed, a flight coming up) and for a funeral wreath gone
wrong. These readers find what the apology should name: an event the problem made them miss
("I missed my job interview", 错过了面试), an event of theirs still to come that the problem is
pressing on ("I fly on 30 August"), or a bereavement (a funeral, a wake, 告别式) that sets the
tone. Each returns None when the complaint does not say so: the apology never claims a harm or a
history the complaint does not state."""

from __future__ import annotations

import re

from drafter.intake.config import compiled, scan
from drafter.wording import Wording

# "I missed a job interview", "we missed our connecting flight": said by the customer of
# themselves; "nearly missed" is no miss. The event is what follows, up to a stop word.
_EN_MISSED = re.compile(
    r"\b(?P<who>i|we)\s+(?:have\s+|had\s+|then\s+|therefore\s+|ended up\s+|)"
    r"(?<!nearly )(?<!almost )missed\s+(?P<det>my|our|a|an|the)\s+(?P<what>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2})",
    re.IGNORECASE,
)
_EN_STOP = re.compile(
    r"\s+(?:to|at|in|on|for|from|with|by|because|and|but|so|that|which|as|due|after|before|this|today|"
    r"yesterday|tomorrow|completely|entirely|altogether|too|again|of)\b.*$",
    re.IGNORECASE,
)
# 错过了面试 / 錯過咗班機 / 赶不上航班: the event, up to the end of the clause.
_ZH_MISSED = re.compile(
    r"(?<![没沒冇不差])(?:错过|錯過|误了|誤了|赶不上|趕不上|赶唔切|趕唔切|搭唔到|搭不上)(?:了|咗)?"
    r"(?:我的|我們的|我们的|我嘅|我哋嘅)?(?P<what>[\u4e00-\u9fff]{2,8}?)(?=[，。！？,.!?\s]|$|了|咗|啊|呀|喔)"
)
# A missed thing that is no event of theirs (a call, a delivery slot) is left to the default.
_NOT_EVENTS = re.compile(
    r"^(?:call|calls|delivery|deliveries|email|emails|message|payment|payments|point|bit)\b"
    r"|电话|電話|来电|來電|快递|快遞|时间|時間"
)


def missed(words: Wording, text: str) -> str | None:
    """The event the customer says they missed, ready for the apology's {event}; None if none."""
    if words.zh:
        m = _ZH_MISSED.search(text)
        if m is None or _NOT_EVENTS.search(m.group("what")):
            return None
        return m.group("what")
    m = _EN_MISSED.search(text)
    if m is None:
        return None
    what = _EN_STOP.sub("", m.group("what")).strip()
    if not what or _NOT_EVENTS.match(what):
        return None
    det = m.group("det").lower()
    return ("the " if det == "the" else "your ") + what


def coming_up(words: Wording, text: str) -> str | None:
    """An event of theirs still to come that they tell of in so many words ("I fly on 30 August",
    明天就要出发): the key of the event's name in the phrase bank's apology.coming_up; None if none."""
    folded = text.lower()
    for event, cues in words["apology"].get("coming_up", {}).items():
        if any(str(c).lower() in folded for c in cues):
            return str(event)
    return None


def bereaved(words: Wording, text: str) -> bool:
    """Whether the complaint is about a funeral, a wake or a death in their family: the apology
    and the feeling line then speak to the occasion, never of "inconvenience"."""
    folded = text.lower()
    return any(str(c).lower() in folded for c in words["apology"].get("grief_said", ()))


# A side remark opened by "also", 另外, "on top of that": what follows is not the main complaint.
_ASIDE = re.compile(
    r"另外|此外|还有|另一方面|顺便|顺带|其次|\balso\b|\bbesides\b|\bon top of that\b|\banother thing\b|\bplus\b"
)
_SENTENCE_END = re.compile(r"[。！？.!?\n]")
_MAIN_BEFORE = 20  # characters of complaint before the aside: there is a main problem to apologise for


def rude_aside(text: str) -> bool:
    """Whether the staff's manner is told only as a side issue after the main problem ("…was a
    middle seat. 另外…地勤态度也一般"): the apology is then for the main problem, and the manner
    is apologised for as well, not instead (trainers: an apology aimed at the side issue)."""
    found = scan(compiled(), text)
    spans = found.get("sit:rude")
    if not spans:
        return False
    first = min(start for start, _ in spans)
    markers = [m for m in _ASIDE.finditer(found.folded) if m.start() < first]
    if not markers:
        return False
    marker = markers[-1]
    if _SENTENCE_END.search(found.folded, marker.end(), first):
        return False  # the aside is about something else; the manner is its own sentence
    return len(found.folded[: marker.start()].strip()) >= _MAIN_BEFORE
