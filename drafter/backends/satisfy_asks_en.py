"""English asks answered as asked, not in our own terms (session 14, trainers on c33).

Why: trainers (c33) marked replies that answer a different question than the one put: "can someone
fix it this week" answered "as a priority" (their window dropped), "I want to know who did the work"
echoed and then only a callback. These read the ask's own shape (a fix verb with a bare window of
their own; a wish to know who did something) so the answer can keep it, for any kind of business.
"""

from __future__ import annotations

import re
from functools import lru_cache

from drafter.guard.normalize import fold

# A fix asked with a window of their own that carries no "by" ("fix it this week", "can you repair the
# heating today"); "by Friday" is a deadline read elsewhere. The window is what the answer keeps.
_FIX_WINDOW = re.compile(
    r"\b(?:fix|fixed|repair|repaired|mend|mended|sort|sorted|replace|replaced|sort out)\b"
    r"[^.!?\n]{0,30}?(?<!\bby )(?<!\bbefore )\b(?P<w>this week|this weekend|today|tonight|tomorrow)\b"
)
# The clause must ask (a question, a plea, a need), not tell what someone promised them.
_ASKING = re.compile(
    r"\b(?:can|could|would|will) (?:you|someone|somebody|anyone|u)\b|\bpl(?:ease|s|z)\b|\b(?:i|we) (?:need|want)\b"
    r"|\b(?:i'd|we'd|i would|we would) like\b"
)
_TOLD = re.compile(r"\b(?:said|told|promised|supposed|was going|were going|would be)\b")


def fix_window(asked: str, text: str) -> str | None:
    """The window a fix is asked in, in their words ("this week"), from the ask or else the sentence of
    the complaint that asks it; None when the fix is asked with no window, or the window was promised."""
    for source in (asked, text):
        if not _FIX_WINDOW.search(fold(source)):
            continue  # most complaints: no fix asked with a window, nothing to split
        for clause in re.split(r"[.!?\n]+", fold(source)):
            m = _FIX_WINDOW.search(clause)
            if m is None or not _ASKING.search(clause) or _TOLD.search(clause[: m.start("w")]):
                continue
            return m.group("w")
    return None


# "I want to know who did the work", "tell me who served us": who did it, asked to be told.
_WHO_DID = re.compile(
    r"\b(?:(?:i|we) (?:want|would like|'d like|need) to know|tell (?:me|us)|let (?:me|us) know|i'd like to know)"
    r" who (?P<act>(?:did|carried out|fitted|installed|repaired|serviced|handled|worked on|served|treated|"
    r"signed|approved|cut|made|delivered|packed|was responsible for)\b[^.!?\n,;]{0,40})"
)


@lru_cache(maxsize=64)
def who_did(text: str) -> str | None:
    """What they ask to be told who did, flipped to our side of the reply ("did the work on your car");
    None when they ask no such thing."""
    folded = fold(text)
    m = _WHO_DID.search(folded)
    if m is None:
        return None
    act = (text if len(text) == len(folded) else folded)[m.start("act") : m.end("act")].strip()
    act = re.sub(r"\b(?:and|but|so|because)\b.*$", "", act, flags=re.IGNORECASE).strip()
    flips = {"my": "your", "our": "your", "me": "you", "us": "you", "i": "you", "we": "you"}
    act = re.sub(r"\b(my|our|me|us|i|we)\b", lambda w: flips[w.group(1).lower()], act, flags=re.IGNORECASE)
    return act or None


_ROLES = (
    r"stylist|barber|colou?rist|engineer|technician|doctor|dentist|nurse|therapist|teacher|tutor|instructor|trainer"
    r"|coach|mechanic|consultant|adviser|advisor|agent|specialist|electrician|plumber|driver|guide|cleaner|carer"
    r"|caseworker|case worker|physio|physiotherapist|installer|fitter|courier|handler|manager"
)
# Someone else asked for, with no "with" ("i want my $55 back and a different instructor pls", "can
# you give me another technician"): a change of person, answered as one (trainers, c33: "ignores the
# request for a different instructor").
_SWAP_PERSON = re.compile(
    r"\b(?:and|want|need|like|give (?:me|us)|get (?:me|us)|assign (?:me|us)|send(?: (?:me|us))?|prefer|request"
    r"|ask for|asking for)\s+(?P<who>(?:a|an) (?:different|new|other) (?:" + _ROLES + r")"
    r"|another (?:" + _ROLES + r"))\b"
)


@lru_cache(maxsize=64)
def person_swap(asks: str) -> str | None:
    """The other person they ask to be given, in their words ("a different instructor"); None when none."""
    m = _SWAP_PERSON.search(fold(asks))
    return m.group("who") if m is not None else None


# One English timeline. Sentences of ours that promise ("I've asked …", "A refund … needs approval …").
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_OURS = re.compile(r"^(?:I've|I'll|I'm|I have|I will|We've|We'll|We will)\b")
_WITHIN_HOURS = re.compile(r"\bwithin (?:\d+|an?|one|two) (?:hours?|minutes?)\b|\bstraight away\b")
_CONTACTED = re.compile(r"\b(?:contact|call|ring|phone) you(?: personally| directly| back)?\s*$")
_REFERS_BACK = re.compile(r"^(?:It|They|This|That|Then|Once|If|Until)\b|\bat the same time\b|\beach of these\b")
# Another clock said before in the same sentence ("move you today, and I'll confirm …"): "at the same time"
# would read as that one.
_OTHER_CLOCK = re.compile(
    r"\b(?:today|tonight|tomorrow|this (?:week|weekend|morning|afternoon|evening)|(?:by|before|until) [A-Za-z0-9]"
    r"|within (?:\d+|an?|one|two) (?:minutes?|hours?|days?|weeks?)|straight away|right away|as soon as)"
)


def one_timeline(text: str, deadline: str | None, default: str, same: str) -> str:
    """Stacked promises in the order they fall due, and one clock said once: a promise of ours aimed at
    their date ("done by Thursday") placed after the one due within hours that follows it, and the
    default span ("within 24 hours") said the second time as "at the same time" (trainers, c33/c29:
    "timelines out of order", several 24-hour promises in one reply). A callback keeps its own time."""
    if _SENTENCE.search(text) is None or "\n" in text:
        return text
    sentences = _SENTENCE.split(text)
    core = re.sub(r"^(?:by|before)\s+", "", deadline or "", flags=re.IGNORECASE)
    if core:
        for i in range(len(sentences) - 1):
            first, nxt = sentences[i], sentences[i + 1]
            dated = _OURS.match(first) and core in first and not _WITHIN_HOURS.search(first)
            sooner = _OURS.match(nxt) and _WITHIN_HOURS.search(nxt) and core not in nxt
            if dated and sooner and not _REFERS_BACK.search(nxt):
                sentences[i], sentences[i + 1] = nxt, first
    seen = False
    out: list[str] = []
    for sentence in sentences:
        if sentence.startswith("You"):  # their ask said back ("You'd like a reply within 24 hours")
            out.append(sentence)
            continue
        pieces = sentence.split(default)
        kept = pieces[0]
        for piece in pieces[1:]:
            own_clock = _CONTACTED.search(kept) is not None  # "a manager will contact you within 24 hours"
            other = _OTHER_CLOCK.search(kept.replace(default, " ")) is not None
            kept += (same if seen and not own_clock and not other else default) + piece
            seen = seen or not own_clock
        out.append(kept)
    return " ".join(out)


# Putting our mistake right asked free ("I'd rather not pay again for your mistake", "I shouldn't have
# to pay twice"): whether it is free answered beside the redo (trainers, c31: "never says whether the
# reprint is free or who approves it").
_NOT_PAYING_AGAIN = re.compile(
    r"\b(?:rather not|not going to|won t|will not|shouldn t|should not|don t want to|refuse to|not)"
    r" (?:have to )?pay(?:ing)? (?:again|twice|a second time|for (?:it|this|that|them) again"
    r"|for (?:your|the company s|the shop s|their) (?:mistake|error)s?)\b"
    r"|\bat no (?:extra )?cost\b|\bfree of charge\b"
)


def pay_again_refused(own: str) -> bool:
    """Whether they ask that putting it right costs them nothing more (their own words, unfolded)."""
    return _NOT_PAYING_AGAIN.search(fold(own)) is not None


# A credit asked for something named ("can you credit the 5 extra seats", "credit me for the two
# missed lessons"): a correction of what they were billed, answered by its name, never as "any
# compensation" (trainers, c33: "billing error framed as a favour").
_CREDIT_NAMED = re.compile(
    r"\bcredit (?:(?:me|us|my account|our account) (?:for|with) )?"
    r"(?P<what>(?:the|those|these|my|our|that) [^.,;!?\n]{2,40}?)"
    r"(?=\s*(?:$|[.,;!?\n]|\band\b|\bplease\b|\bpls\b|\bthanks?\b|\bback\b|\bto (?:my|our|the)\b|\bon\b))",
    re.IGNORECASE,
)


# "issue a credit of $38.40 for the missing 8 kg": the sum and what it is for.
_CREDIT_FOR = re.compile(
    r"\b(?:issue|give|apply|raise|put through|send)(?: (?:me|us))? a credit(?: note)?"
    r"(?: of (?P<amt>[£$€¥]\s?\d[\d,]*(?:\.\d\d)?))? for (?P<what>(?:the|those|these|my|our|that) [^.,;!?\n]{2,40}?)"
    r"(?=\s*(?:$|[.,;!?\n]|\band\b|\bplease\b|\bpls\b|\bby\b|\bbefore\b|\bon\b))",
    re.IGNORECASE,
)


def credit_named(asked: str) -> str | None:
    """What they ask to be credited, in their words turned to ours ("the 5 extra seats", "$38.40 for
    the missing 8 kg"); None when the ask credits nothing named."""
    f = _CREDIT_FOR.search(asked)
    if f is not None:
        what = re.sub(r"^(?:my|our)\b", "your", re.sub(r"\s+", " ", f.group("what")).strip(), flags=re.IGNORECASE)
        return f"{f.group('amt')} for {what}" if f.group("amt") else what
    m = _CREDIT_NAMED.search(asked)
    if m is None:
        return None
    what = re.sub(r"\s+", " ", m.group("what")).strip()
    what = re.sub(r"^(?:my|our)\b", "your", what, flags=re.IGNORECASE)
    return what if len(what.split()) >= 2 else None


# Something of ours asked to reach them in a window of their own ("I would just like the urn delivered
# this week", "can you get my passport sent back tomorrow"): the thing and the window both kept
# (trainers, c31: "ignores urn-this-week").
_BRING_WINDOW = re.compile(
    r"\b(?P<thing>(?:the|my|our|your) [a-z]+(?: [a-z]+)?) (?:delivered|sent|sent back|brought|dropped off|returned)"
    r" (?:to (?:me|us) )?(?P<w>this week|this weekend|today|tonight|tomorrow)\b"
)
_WISH = re.compile(r"\b(?:like|want|need|please|pls|can|could|get)\b")


@lru_cache(maxsize=64)
def bring_window(text: str) -> tuple[str, str] | None:
    """The thing they ask brought to them and the window, in their words turned to ours ("the urn",
    "this week"); None when none is asked so."""
    folded = fold(text)
    if _BRING_WINDOW.search(folded) is None:
        return None  # most complaints: nothing asked brought in a window, nothing to split
    for clause in re.split(r"[.!?\n]+", folded):
        m = _BRING_WINDOW.search(clause)
        if m is None or not _WISH.search(clause[: m.start()]) or _TOLD.search(clause[: m.start()]):
            continue
        thing = re.sub(r"^(?:my|our)\b", "your", m.group("thing"))
        return thing, m.group("w")
    return None


# Their ask said back with a date ("You'd like the gallery by 31 January.") and no promise of ours that
# names it: the date aimed at, not left in the echo (trainers, c33: "no gallery date", "timelines").
_ECHO_BY = re.compile(
    r"(?:^|(?<=[.!?] ))You(?:'d| would) like (?:us to )?(?P<what>[^.!?]{2,60}?)"
    r" (?P<when>(?:by|before) [A-Z0-9][^.!?]{0,25})\."
)
_NOT_A_THING = re.compile(
    r"[£$€¥]|\d+(?:\.\d+)? ?(?:dollars|pounds|euros)\b|\b(?:refund|money|compensat|reimburs|credit|pay|paid|waive"
    r"|decision|answer|reply|respon|call|ring|contact|not|no|never)\w*",
    re.IGNORECASE,
)


def unmet_by(satisfy_text: str) -> str | None:
    """The date an echoed ask of theirs names that no later sentence of ours does ("by 31 January");
    None when none, or when the ask is for money or an answer (their approver's, or a callback's)."""
    m = _ECHO_BY.search(satisfy_text)
    if m is None or _NOT_A_THING.search(m.group("what")):
        return None
    day = m.group("when").split()[1]  # "by Thursday morning" is met by "done by Thursday"
    return None if re.search(rf"\b(?:by|before|on) {re.escape(day)}\b", satisfy_text[m.end() :]) else m.group("when")


# "Please also confirm whether the $80 materials kit he already received needs to be returned": what
# can be said now is said (keep it for now), not only echoed (trainers, c32: "kit question never answered").
_RETURN_ASKED = re.compile(
    r"\b(?:confirm|tell (?:me|us)|let (?:me|us) know|know|ask) (?:whether|if) (?P<thing>(?:the|my|our|this|that) "
    r"[^.?!\n]{2,50}?) (?:needs|need|has|have|is|are) (?:to (?:be )?)?(?:returned|sent back|go back|given back)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def return_asked(text: str) -> str | None:
    """The thing they ask whether to send back, named short ("the $80 materials kit"); None when not asked."""
    m = _RETURN_ASKED.search(text)
    if m is None:
        return None
    thing = re.split(r"\s+(?:that|which|who|he|she|they|i|we|you)\b", m.group("thing"), maxsplit=1)[0]
    return re.sub(r"^(?:my|our)\b", "your", thing.strip(), flags=re.IGNORECASE)


# Something of theirs asked to be collected in a window of their own ("I need you to collect it today
# and check it properly"): the collection and its window answered (trainers, c33: only a callback).
_COLLECT_WINDOW = re.compile(
    r"\b(?:collect|pick up|come and (?:get|collect|pick up)|come for)"
    r" (?P<thing>it|them|(?:the|my|our) [a-z]+(?: [a-z]+)?) (?P<w>today|tomorrow|this week|this weekend|tonight)\b"
)


@lru_cache(maxsize=64)
def collect_window(text: str) -> tuple[str, str] | None:
    """What they ask collected and when ("it", "today"); None when nothing is asked collected in a window."""
    folded = fold(text)
    if _COLLECT_WINDOW.search(folded) is None:
        return None
    for clause in re.split(r"[.!?\n]+", folded):
        m = _COLLECT_WINDOW.search(clause)
        if m is None or not _ASKING.search(clause) or _TOLD.search(clause[: m.start()]):
            continue
        return re.sub(r"^(?:my|our)\b", "your", m.group("thing")), m.group("w")
    return None
