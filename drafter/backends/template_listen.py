"""Listen for the template backend: one short summary in our own voice, built from intake's gist
(drafter/intake/gist.py): the problem's phrase from the phrase bank (`gist.phrases`) with the
item, branch, place, date, amount and person filled in, the references in brackets.

Why a summary and not the customer's sentences: see drafter/intake/gist.py. A phrase is only
used when every slot it needs is known ("您收到的{item}已经损坏了" needs the item; the next
wording does without), so what is said is never a guess; one short clause of the customer's,
strictly checked, names a problem the vocabulary does not know; failing both, the category."""

from __future__ import annotations

import re

from drafter.guard.normalize import fold
from drafter.intake.gist import when_on
from drafter.models import Analysis, Complaint, Gist
from drafter.reply import traditional
from drafter.wording import Wording

_SLOT = re.compile(r"\{(\w+)\}")
_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")
_MAX_REFS = 6
_MAX_IDS = 3
# Problems where how long it has gone on is part of it.
_LASTING = frozenset(
    {
        *("food_wait", "long_wait", "appointment_wait", "outage", "slow_service", "flight_delayed", "claim_delay"),
        *("refund_late", "application_delay", "report_delay", "stuck_in_transit", "deposit_held", "transfer_stuck"),
        *("account_frozen", "collection_missed", "late_delivery", "late_visit", "baggage", "broken_facility", "leak"),
    }
)
# Categories intake reads surely enough to say them back when no problem phrase fits.
_SURE = frozenset({"illness", "injury", "foreign_object", "service_attitude"})


def render(template: str, slots: dict[str, str | None]) -> str | None:
    """Fill a phrase: an [optional part] goes when one of its slots is unknown; None when a
    required slot is."""

    def optional(m: re.Match[str]) -> str:
        part = m.group(1)
        return part if all(slots.get(k) for k in _SLOT.findall(part)) else ""

    text = _OPTIONAL.sub(optional, template)
    if not all(slots.get(k) for k in _SLOT.findall(text)):
        return None
    return _SLOT.sub(lambda m: str(slots[m.group(1)]), text)


def slots_of(gist: Gist, words: Wording) -> dict[str, str | None]:
    slots: dict[str, str | None] = {k: v for k, v in gist.model_dump().items() if isinstance(v, str) or v is None}
    slots["when_on"] = when_on(gist.when) if not words.zh else gist.when
    if words.trad and gist.service:
        slots["service"] = traditional(gist.service)  # the vocabulary's own word, written in Simplified
    return slots


def phrase(words: Wording, gist: Gist) -> str | None:
    """The problem in our words, or None when the vocabulary has no wording that fits."""
    if gist.problem is None:
        return None
    slots = slots_of(words=words, gist=gist)
    for template in words["gist"]["phrases"].get(gist.problem, []):
        said = render(str(template), slots)
        if said:
            return said
    return None


def _refs(words: Wording, complaint: Complaint, gist: Gist, said: str) -> list[str]:
    """The details the summary does not already say, as a reference line: ids first, then the
    amount the problem is about, when, where and how long; a few at most."""
    refs = [r for r in gist.refs if r not in said]
    order_id = complaint.context.order_id
    if order_id and not any(order_id in r for r in refs) and order_id not in said:
        refs.insert(0, str(words["listen"]["order"].format(order_id=order_id)))
    refs = refs[:_MAX_IDS]
    amount = gist.amount or (gist.amounts[0] if len(gist.amounts) == 1 else None)
    place = gist.branch or (re.sub(r"^(?:on|in|at) ", "", gist.place) if gist.place else None)
    item = gist.item if gist.item and fold(gist.item) not in fold(said) else None
    when = gist.when or gist.date
    if when and re.fullmatch(r"(?i)今天|今日|今晚|today|tonight|this morning|this afternoon|this evening", when):
        when = None  # not a reference anyone looks up
    duration = gist.duration if gist.problem in _LASTING else None
    for detail in (item, amount, when, place, duration):
        if len(refs) >= _MAX_REFS:
            break
        if detail and detail not in said and not any(detail in r for r in refs):
            refs.append(detail)
    return refs


def summary(
    words: Wording, complaint: Complaint, analysis: Analysis, skip: set[str] | frozenset[str] = frozenset()
) -> str:
    """The one sentence of Listen: "了解到{problem}（{refs}）。" / "I understand that {problem} ({refs})."."""
    gist = analysis.facts.gist
    bank = words["gist"]
    clause = gist.clause if gist.clause and gist.clause not in skip else None
    if clause and not words.zh and not re.match(r"(?:I|I'\w+|[A-Z]{2,}|[A-Z][a-z]*[A-Z0-9])\b", clause):
        clause = clause[0].lower() + clause[1:]
    said = phrase(words, gist) or clause
    if said is None:
        category = analysis.category if analysis.category in _SURE else "other"
        fallback = str(words["listen"]["fallback"][category])
        refs = _refs(words, complaint, gist, fallback)
        if refs:
            alone = str(words["listen"]["refs_alone"]).format(refs=("，" if words.zh else ", ").join(refs))
            fallback = words.sep.join([fallback, alone])
        return fallback
    sentence = str(bank["open"]).format(gist=said)
    refs = _refs(words, complaint, gist, said)
    if refs:
        sentence += str(bank["refs"]).format(refs=("，" if words.zh else ", ").join(refs))
    return sentence + ("。" if words.zh else ".")
