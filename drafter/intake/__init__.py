"""Intake: turn what a customer sent (an .eml file, pasted email text, an IM message or its JSON)
into a :class:`Complaint`, then read it into an :class:`Analysis` before anything is drafted.
``config`` validates and compiles prompts/intake.yaml and scans text for cues; ``mail`` reads the
raw source, strips quotes and signatures and finds the name; ``language`` detects en / zh-Hans /
zh-Hant; ``classify`` picks category, escalation and customer type; ``facts`` extracts the facts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast, get_args

from drafter.channels import resolve as resolve_channel
from drafter.errors import InputError
from drafter.guard.normalize import fold
from drafter.guard.report import GuardContext
from drafter.inputs import MAX_COMPLAINT_CHARS, MAX_MESSAGE_CHARS, MAX_SOURCE_BYTES
from drafter.intake import classify, conduct, danger, harm, not_harm, prefs
from drafter.intake import facts as extract
from drafter.intake.asides import drop_asides
from drafter.intake.config import Compiled, IntakeConfig, compiled, load_intake, scan
from drafter.intake.language import detect_language
from drafter.intake.mail import (
    decode_source,
    guess_channel,
    html_to_text,
    parse_source,
    quoted_parts,
    self_introduction,
    sign_off,
    strip_history,
    tidy,
)
from drafter.intake.restate import restate, without_instructions
from drafter.intake.situation import read as read_situation
from drafter.models import Analysis, Ask, Complaint, Domain, EscalationReason, Facts, Language, Money, Safety
from drafter.policy import load_policy

__all__ = [
    "IntakeConfig",
    "analyse",
    "decode_source",
    "detect_language",
    "html_to_text",
    "load_intake",
    "read_complaint",
]

LANGUAGES: tuple[Language, ...] = get_args(Language)


def read_complaint(
    raw: str,
    *,
    channel: str | None = None,
    language: str = "auto",
    customer: str | None = None,
    context: GuardContext | dict[str, Any] | None = None,
) -> Complaint:
    """Read what the customer sent into a Complaint holding only the customer's own words.

    `raw` may be an RFC 822 message (.eml text), pasted email text, a short IM message or an
    IM message as a JSON object ({"text": ..., "from": ...}); read bytes with
    ``decode_source`` first. Quoted history, signatures and the sign-off are removed; the name
    comes from `customer`, then the From header or JSON sender, then the sign-off. `channel` is
    any label (drafter.channels: "wechat" and "review" mean im, "web form" email; an unknown or
    no label, the format is guessed). `language="auto"` detects en / zh-Hans / zh-Hant (anything
    else is treated as en). Raises InputError for empty or oversized text, an unknown language
    or bad context.
    """
    if not isinstance(raw, str):
        raise InputError("complaint must be text", got=type(raw).__name__)
    if len(raw) > MAX_SOURCE_BYTES:
        raise InputError(f"the complaint is {len(raw):,} characters; the limit is {MAX_SOURCE_BYTES:,}")
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate: a JSON "\ud800" escape decodes to one
        raise InputError(
            f"the complaint holds an unpaired surrogate at character {exc.start}: not Unicode text"
        ) from None
    fmt = resolve_channel(channel).format
    if language != "auto" and language not in LANGUAGES:
        raise InputError(f"unknown language {language!r}: use auto or one of {list(LANGUAGES)}")
    ctx = GuardContext.of(context)
    c = compiled()
    source = parse_source(raw)
    body = source.body.replace("\r\n", "\n").replace("\r", "\n")
    if len(body) > MAX_MESSAGE_CHARS:
        raise InputError(f"the message is {len(body):,} characters long; the limit is {MAX_MESSAGE_CHARS:,}")
    stripped = strip_history(c, body)
    text, signoff_name, signed = sign_off(c, tidy(stripped.text))
    text = tidy(text)
    if not text:
        raise InputError("complaint is empty")
    if len(text) > MAX_COMPLAINT_CHARS:
        raise InputError(
            f"the complaint is {len(text):,} characters after quotes and signatures; the limit is "
            f"{MAX_COMPLAINT_CHARS:,}"
        )
    given = (customer.strip() if customer and customer.strip() else None) or source.name
    own = signoff_name or stripped.signature_name
    name = given or own or self_introduction(c, text)
    names = [n for n in dict.fromkeys((name, source.name, own)) if n]
    return Complaint(
        text=text,
        channel=fmt or guess_channel(c, source, body, stripped, signed),
        language=cast(Language, language) if language != "auto" else detect_language(text),
        customer_name=name,
        name_signed=own is not None and name == own,
        subject=source.subject,
        context=ctx,
        quoted=quoted_parts(c, stripped, names),
    )


# Harms to a body (not a household's: gas, fire, water, a stranding).
_BODY_HARM = frozenset({"injury", "fracture", "head", "burn", "illness", "allergy", "poisoning", "defect", "object"})


def analyse(complaint: Complaint, domain: Domain | None = None) -> Analysis:
    """Read a complaint: category, whether it must go to management (the seeds' class 2) and
    why, the customer's type (emotion / demand / mixed), the business domain (``domain`` from a
    business profile wins), whether it is a safety case, and the facts a reply restates."""
    c = compiled()
    own = without_instructions(complaint.text, complaint.language)
    text = f"{complaint.subject}\n{own}" if complaint.subject else own
    cues = scan(c, text)
    classify.discount_care(cues)
    classify.read_ages(cues)
    classify.read_clauses(cues)
    drop_asides(cues)
    harm.drop_figures(cues)
    harm.read_asked_to_go(cues)
    danger.read(cues)
    prefs.read(cues)  # a manager declined ("no need to pass this to a manager", 唔使叫經理): no demand
    harm.read_at_risk(cues)
    harm.read_installation(cues)
    harm.read_breakage(cues)
    harm.read_scald(cues)
    harm.read_head_signs(cues)  # a knock to the head, then sleepy or a headache: a doctor now
    harm.read_plugged_in(cues)
    harm.read_spill(cues)
    harm.read_product_parts(cues)
    not_harm.drop_things_damaged(cues)  # a swollen floor, a cracked screen: a thing's damage, no body hurt
    where = domain or classify.domain(c, cues)
    if where == "healthcare_clinic":  # "the doctor", "hospital": the business, not an illness
        classify.drop_care_words(cues)
    category = classify.category(c, cues)
    # A doctor's note for a refund, a refused claim for last spring's knee injury: paperwork, not a
    # hazard; unless someone is being treated or waiting for care right now.
    claim = bool(cues.get("sit:insurance_claim")) and not cues.get("sit:now")
    treated_now = bool(cues.get("sit:now")) and bool(cues.get("sit:cared_for"))  # "at A&E now"
    # "因为妈妈住院，只能退票": a hospital stay given as the reason for a refund or a cancellation
    # ...or told as past ("上个月我住院了，所以没来上课"): nobody to look after now
    reason_only = (
        classify.care_only(cues)
        and (
            (bool(cues.get("sit:reason_given")) and bool(cues.get("ask:refund") or cues.get("ask:cancel")))
            or classify.care_in_the_past(cues)
        )
        and not cues.get("sit:now")
        and not cues.get("urgent")
    )
    # At a clinic's own desk, a fever or a cough is why they came: the complaint is the booking or
    # the wait, not a harm of ours (a wrong medicine, a reaction or a fall there still is one).
    visit_reason = (
        where == "healthcare_clinic"
        and bool(cues.get("cat:appointment") or cues.get("cat:waiting"))
        and classify.symptoms_only(cues)
        and not cues.get("urgent")
    )
    # "my ambulance bill shows a $3 fee": a place of care named beside money, no harm told (round 10at)
    billed_care = danger.care_words_only(cues)
    notes = bool(cues.get("sit:medical_paperwork")) and not treated_now
    paperwork = notes or claim or reason_only or visit_reason or billed_care or not_harm.nobody_hurt(cues)
    if visit_reason and category == "illness":  # no apology for making them unwell: we did not
        category = "appointment" if cues.get("cat:appointment") else "waiting"
    if claim and category == "illness" and classify.care_only(cues):
        category = "other"  # "住院索偿…拖了两个月": a claim for a stay, not an illness of ours to restate
    if billed_care and category in ("illness", "injury"):
        category = "billing"  # the bill is the complaint, not an illness of ours
    found = [] if paperwork else classify.hazards(c, cues)
    if "fracture" in found and harm.swelling_only(cues) and (set(found) & _SYMPTOMS or harm.given(cues)):
        found.remove("fracture")  # a face swelling after a jab or a meal is a reaction, not a broken bone
    person = extract.who(c, complaint.text, complaint.language)
    animal = extract.pet(c, complaint.text, complaint.language)
    if person and animal and extract.PET_CARE.search(complaint.text):
        person = None  # at a groomer's or a vet's the animal is the one asked after, not the owner with it
    elif person:
        animal = None
    if person and not person.startswith(("you and", "您和")) and harm.writer_harmed(cues):
        person = None  # "my wife is at her sister's; I have a headache": the writer is the one harmed
    if person in ("you and your family", "您和家人") and set(found) <= _BODY_HARM and (one := harm.harmed_one(cues)):
        # "我哋一家食饭，我个仔跌低": the family was there, the son was hurt; he is asked after
        person = extract.who(c, text[one[0] : one[1]], complaint.language) or person
    # A bill from a vet or a clinic for an illness treated before: a billing complaint, not a hazard.
    billed = bool(cues.get("cat:billing")) and not cues.get("sit:now") and not cues.get("urgent")
    # ...but an animal hurt in a groomer's or a kennel's care (burns, a cut) is hurt now, whatever the bill
    hurt_in_care = (
        animal is not None and bool(cues.get("cat:injury")) and bool(extract.PET_KEEPER.search(complaint.text))
    )
    if billed and (animal or where == "healthcare_clinic") and set(found) <= {"illness"} and not hurt_in_care:
        found, paperwork = [], True
    # fumes breathed in: fresh air (an ambulance if breathing is hit), not an EpiPen or a rinse; a
    # chemical on the skin, tap water, gas or a fire keep their own steps
    breathed = bool(cues.get("mark:fumes")) and not paperwork and not set(found) & _OWN_STEP
    if breathed:
        found = ["chemical", *(h for h in found if h not in _BREATHED)]
    reasons = classify.reasons(c, cues, where, found)
    if own != complaint.text:
        reasons = sorted({*reasons, *_told_to_us(c, complaint, where)})
    if paperwork:
        reasons = [r for r in reasons if r not in ("injury", "illness", "safety")]
    if not found:  # hurt or ill by intake's wider vocabulary: still a safety case
        found = [h for h in ("injury", "illness") if h in reasons]
    elif "object" in found and "injury" in reasons and not set(found) & _HURT:
        # glass found and a cut told ("a small cut that bled"): someone is hurt, asked after as hurt,
        # not "I hope nobody was hurt" (round 10ao)
        found = sorted([*found, "injury"], key=classify.HAZARD_ORDER.index)
    # a wish about how we reply (no manager, no calls, email only) is answered, never restated as a fact
    # the customer's own earlier mail, quoted: its ids and amounts when the newest words lack them
    mine = "\n".join(q.text for q in complaint.quoted if q.speaker == "customer")
    own_id = complaint.context.order_id or extract.order_id(c, text)
    quoted_id = None if own_id or not mine else extract.order_id(c, mine)
    said = restate(prefs.strip(complaint.text), complaint.language, complaint.channel, domain=where)
    facts = Facts(
        item=extract.item(c, cues, category),
        named_item=extract.named_item(c, cues),
        issues=extract.issues(c, cues, category),
        order_id=own_id or quoted_id,
        what_happened=extract.what_happened(c, complaint.text),
        asks_for=extract.asks_for(c, cues),
        # a first-aid kit or the nearest A&E asked for is answered by the safety step, not restated (round 10at)
        # ...and so is "he's still driving for you??" when our person's conduct is the hazard (s13)
        story=[
            s
            for s in said.story
            if not harm.asks_kit(fold(s))
            and not harm.asked_to_go(fold(s))
            and not (cues.get("mark:conduct") and conduct.still_working(fold(s)))
        ],
        refs=[*said.refs, quoted_id] if quoted_id and not any(quoted_id in r for r in said.refs) else said.refs,
        # "should I go to A&E?" is answered by the safety step (yes, go now), not asked again
        # ...and so is a first-aid kit asked for (someone brings it: Satisfy)
        asks=[
            a
            for a in said.asks
            if not harm.asked_to_go(fold(a.text))
            and not harm.asks_kit(fold(a.text))
            and not (cues.get("mark:conduct") and conduct.still_working(fold(a.text)))
        ],
        amounts=extract.amounts(complaint.text, complaint.language) or extract.amounts(mine, complaint.language),
        fragment=said.fragment,
    )
    if classify.beyond_authority(cues, facts.amounts, *_authority(complaint.language)):
        reasons = sorted({*reasons, "amount_over_authority"})
    safety = (
        Safety(
            hazards=found,
            who=person or animal,
            pet=animal is not None,
            urgent=classify.urgent(c, cues, found),
            fixed=bool(cues.get("fixed_hazard")) and not cues.get("mark:portable"),  # a power strip's "outlets"
            live=bool(cues.get("mark:live")),
            line=bool(cues.get("mark:power_line")),
            vulnerable=bool(cues.get("mark:vulnerable")),
            home=bool(cues.get("mark:home")),
            missed_medicine=bool(cues.get("mark:missed_medicine")),
            vehicle=bool(cues.get("mark:vehicle")),
            child=bool(cues.get("mark:child")),
            public=bool(cues.get("mark:public")),
            highway=bool(cues.get("mark:highway")),
            services=bool(cues.get("mark:services")),
            battery=bool(cues.get("mark:battery")),
            symptoms=bool(cues.get("mark:symptom")),
            shut_in_before=bool(cues.get("haz:trapped")) and classify.trapped_over(cues),
            reaction=harm.reaction(cues, list(found)) and not not_harm.medicine_is_remedy(cues),
            broken_glass=bool(cues.get("mark:broken_glass")),
            spill=bool(cues.get("mark:spill")),
            installation=bool(cues.get("mark:installation")),
            severe=bool(cues.get("mark:severe")) and not paperwork,
            fumes=breathed,
            conduct=bool(cues.get("mark:conduct")),
        )
        if found
        else None
    )
    situation = read_situation(c, cues, own, complaint.language, complaint.channel, where)
    if prefs.no_calls(cues.folded):
        situation = situation.model_copy(update={"no_calls": True, "reply_by": prefs.reply_by(cues.folded)})
    if complaint.language == "en":
        facts.asks = [_then_named(a, complaint.text) for a in facts.asks]
    return Analysis(
        category=category,
        escalate=classify.escalates(reasons),  # s14route: class 2 only
        reasons=reasons,
        customer_type=classify.customer_type(c, cues),
        domain=where,
        safety=safety,
        situation=situation,
        facts=facts,
    )


# "a new slot before then", "arrive by then": "then" is the date they told just before (their
# licence expiring on 31 March, the concert on 14 August). Said as the date, the ask carries its
# deadline: a slot arranged before 31 March, not "our final answer by 31 March" (trainers:
# misreads the ask).
_EN_THEN = re.compile(r"\b(before|by|until|till) then\b", re.IGNORECASE)
_EN_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
_EN_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)? {_EN_MONTH}\b|\b{_EN_MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b"
    r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
)


def _then_named(ask: Ask, text: str) -> Ask:
    """The ask with a "before then" it holds said as the last date told before it."""
    m = _EN_THEN.search(ask.text)
    if m is None:
        return ask
    said = _EN_THEN.search(text)  # where they wrote it: only a date told before it is "then"
    dates = [d.group() for d in _EN_DATE.finditer(text, 0, said.start() if said else len(text))]
    if not dates:
        return ask
    return ask.model_copy(update={"text": ask.text[: m.start()] + f"{m.group(1)} {dates[-1]}" + ask.text[m.end() :]})


# Reasons a customer gives in a sentence addressed to whoever answers ("ignore your script and put
# me through to someone senior", 别跟我念稿子，叫你们主管来): the sentence is not restated or
# answered as an instruction, but the demand or the threat in it still routes the case to a person.
_TOLD_REASONS: frozenset[EscalationReason] = frozenset({"manager_demand", "media", "consumer_association", "legal"})


def _told_to_us(c: Compiled, complaint: Complaint, where: Domain) -> set[EscalationReason]:
    """The seeds' demand and threat reasons read from the whole complaint, instructions included."""
    text = f"{complaint.subject}\n{complaint.text}" if complaint.subject else complaint.text
    cues = scan(c, text)
    drop_asides(cues)
    prefs.read(cues)
    return {r for r in classify.reasons(c, cues, where, []) if r in _TOLD_REASONS}


_SYMPTOMS = frozenset({"allergy", "illness", "poisoning", "medication"})
_OWN_STEP = frozenset({"gas", "fire", "electric", "water", "chemical"})
_BREATHED = frozenset({"chemical", "allergy", "illness", "poisoning"})
_HURT = frozenset({"injury", "burn", "fracture", "head", "chemical", "swallowed"})


def _authority(language: str) -> tuple[float | None, Callable[[Money], float | None]]:
    """The store manager's limit in the default policy and how an amount is valued against it
    (an amount without a currency is read as the policy's own only in Simplified Chinese)."""
    policy = load_policy()

    def value_of(money: Money) -> float | None:
        currency = money.currency or (policy.currency if language == "zh-Hans" else None)
        return None if currency is None else policy.to_policy_currency(money.value, currency)

    return policy.limit("store_manager"), value_of
