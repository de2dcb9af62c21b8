"""A remark of our staff's that the customer quotes, named in the apology.

Why: Listen cannot repeat a long or spoken-Cantonese remark in our voice, and intake leaves
"说了那样的话" in its place; trainers read that, and a generic "for the way you were spoken to",
as vague. The apology says who said what ("收银员说「你自己唔睇清楚」", 'the agent told you "not
our problem"') and that it is not how we should treat anyone. Who counts as staff, and the
wording, live in prompts/phrases/*.yaml (`remark`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from drafter.guard.normalize import fold
from drafter.wording import Wording

_QUOTE = re.compile(r"[「“\"『‘]([^「」“”\"『』‘’\n]{2,80})[」”\"』’]")
# A Chinese verb of saying just before the quote, after whoever said it: "保安話「唔關我事」",
# "收銀個姐姐仲話「…」", "李 Sir 當住全班面前講「…」".
_ZH_SAID = re.compile(r"(?:说|說|讲|講|话|話|骂|罵|回|答|回答|回我|话我|話我|讲我|講我|说我|說我)[:：，,]?\s*$")
_EN_SAID = re.compile(
    r"\b(?:said|says|told (?:me|us|him|her|them|my \w+)|replied|answered|snapped|shouted|yelled|"
    r"keeps? saying|kept saying|was like|goes)\b[,:]?\s*(?:that\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Remark:
    who: str
    said: str
    hurtful: bool  # an insult ("你咁蠢", "too stupid"): never repeated back, only who said it


@cache
def _staff(words: tuple[str, ...]) -> re.Pattern[str]:
    """Staff words, English ones as whole words ("rep" is not in "reply")."""
    ordered = sorted(words, key=len, reverse=True)
    return re.compile("|".join(rf"\b{re.escape(w)}\b" if w.isascii() else re.escape(w) for w in ordered), re.I)


def find(words: Wording, text: str) -> Remark | None:
    """The first remark in quotation marks said by one of ours ("the agent", 保安, 李 Sir), with
    whom the reply names for it: the staff title in the bank's wording, or the name they gave."""
    bank = words["remark"]
    staff = _staff(tuple(str(w) for w in bank["staff"]))  # the keys: Simplified, lower case
    most = int(bank["most"])
    for m in _QUOTE.finditer(text):
        said = m.group(1).strip()
        before = text[max(0, m.start() - (16 if words.zh else 60)) : m.start()]
        if not (_ZH_SAID if words.zh else _EN_SAID).search(before):
            continue
        clause = re.split(r"[。！？!?\n；;]|[.](?=\s)", before)[-1]
        who = _who(words, clause, staff)
        if who is None:
            continue
        hurtful = _hurtful(tuple(fold(str(w)) for w in bank["hurtful"])).search(fold(said)) is not None
        if not hurtful and (len(said) if words.zh else len(said.split())) > most:
            continue
        return Remark(who=who, said=said, hurtful=hurtful)
    return None


@cache
def _hurtful(words: tuple[str, ...]) -> re.Pattern[str]:
    """Insults, English ones as whole words ("hell" is not in "hello")."""
    return re.compile("|".join(rf"\b{re.escape(w)}\b" if w.isascii() else re.escape(w) for w in words))


_NAMED_SIR = re.compile(r"[\u4e00-\u9fff]\s?(?:Sir|Miss|Madam)\b|[A-Z][a-z]+ (?:Sir|Miss)\b")


def _who(words: Wording, clause: str, staff: re.Pattern[str]) -> str | None:
    """Whom the remark is put to: a name as the customer wrote it ("李 Sir"), else the title of
    the staff word that opens the clause before the quote, written as the bank says it ("收銀" -> 收銀員)."""
    named = _NAMED_SIR.search(clause)
    if named:
        return named.group() + " "  # "李 Sir 这样说": a Latin word is spaced from the Chinese after it
    pieces = re.split(r"[，,]", clause)
    for piece in (pieces[-1], clause):  # the clause that says it, else the sentence
        hit = staff.search(fold(piece))  # its subject: the first one ("收銀個姐姐仲話")
        if hit:
            return str(words["remark"]["staff"][hit.group()])
    return None


def apology(words: Wording, remark: Remark) -> str:
    """The apology for that remark, in the reply's language."""
    if remark.hurtful:
        return str(words["remark"]["unquoted"]).format(who=remark.who)
    line = str(words["remark"]["apology"])
    opening, closing = ("「", "」") if words.trad else ("“", "”")  # as each script quotes
    return line.format(who=remark.who, said=opening + remark.said.rstrip(".") + closing)
