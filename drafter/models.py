"""Pydantic models at the drafting boundary: what comes in (a complaint) and what goes out
(a draft). Strict: unknown fields are rejected where callers build them, ignored where they
come from batch input lines."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from drafter.guard.report import GuardContext, GuardReport
from drafter.policy import Verdict

Channel = Literal["email", "im"]
Language = Literal["en", "zh-Hans", "zh-Hant"]
Category = Literal[
    "product_quality",
    "foreign_object",
    "illness",
    "injury",
    "service_attitude",
    "waiting",
    "billing",
    "delivery",
    "appointment",
    "account",
    "other",
]
CustomerType = Literal["emotion", "demand", "mixed"]
Mood = Literal["angry", "disappointed", "anxious"]
ReplyBy = Literal[
    "here", "whatsapp", "wechat", "text", "email", "writing"
]  # the channel a customer asked for instead of a call
# What kind of business the complaint is to: from the business profile, else read from the complaint.
Domain = Literal[
    "restaurant",
    "retail_store",
    "ecommerce",
    "delivery",
    "telecom",
    "bank_payments",
    "hotel_travel",
    "airline",
    "utility",
    "public_service",
    "education",
    "healthcare_clinic",
    "insurance",
    # round 10al: kinds of business that borrowed another's wording before
    "car_rental",
    "transit",
    "property_management",
    "home_services",
    "fitness",
    "software",
    "personal_services",
    "entertainment",
    "other",
]
# What makes a complaint a safety case; each has its own first step in the reply.
Hazard = Literal[
    "gas",
    "trapped",
    "device",
    "water",
    "chemical",
    "fire",
    "electric",
    "burn",
    "allergy",
    "medication",
    "poisoning",
    "illness",
    "fracture",
    "injury",
    "head",
    "swallowed",
    "object",
    "defect",
    "stranded",
]
AskKind = Literal["do", "want", "know", "deadline"]
Status = Literal["ready", "needs_review"]


def draft_status(verdict: Verdict, escalate: bool, copied: list[str] | None = None) -> Status:
    """The one place a draft's status is decided: ready only when it passes, needs no manager and
    does not repeat a few-shot example."""
    return "ready" if verdict == "pass" and not escalate and not copied else "needs_review"


EscalationReason = Literal[
    "illness",
    "injury",
    "foreign_object",
    "safety",
    "media",
    "consumer_association",
    "legal",
    "manager_demand",
    "amount_over_authority",
]


QuoteSpeaker = Literal["customer", "company", "other"]


class Quoted(BaseModel):
    """A message the customer quoted or forwarded below their own words. ``customer``: their own
    earlier mail (its ids and amounts are theirs, used when the newest words lack them);
    ``company``: our earlier reply (context only: what we promised, never their words or their
    ask); ``other``: anyone else's (an insurer's letter, a notice) or unknown. Signatures and
    sign-offs are not in ``text``; ``promises`` are our reply's sentences that commit to something."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    speaker: QuoteSpeaker
    text: str
    lead: str = ""  # the line that introduced it ("You replied:", "On Mon … wrote:", a From: header)
    depth: int = 1  # 1: quoted in the newest message; 2: quoted inside that one
    promises: list[str] = Field(default_factory=list)


class Complaint(BaseModel):
    """A customer complaint as the drafting pipeline sees it, after intake."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="the customer's own words, quoted history stripped")
    channel: Channel = "email"
    language: Language
    customer_name: str | None = None
    name_signed: bool = Field(
        default=False, description="the name is how the customer signed the message (not a header or a lookup)"
    )
    subject: str | None = None
    context: GuardContext = Field(default_factory=GuardContext)
    quoted: list[Quoted] = Field(
        default_factory=list, description="quoted history, newest first: context and secondary facts, never `text`"
    )


class Ask(BaseModel):
    """One request, in the reply's voice. ``do``: what we should do ("reschedule for Saturday");
    ``want``: a whole clause with its subject ("you'd like a partial refund"); ``know``: what they
    want to know ("when it was sent"); ``deadline``: when they need it by ("15个工作日内")."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: AskKind
    text: str
    echo: bool = True  # fit to repeat word for word; else only what it asks for is answered
    bare: bool = False  # a bare verb or noun ("退票", "人工"): not said back, still the customer's own ask


class Money(BaseModel):
    """An amount as the customer wrote it ("NT$2,400") and its value, for refunds within limits."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    value: float
    currency: str | None  # ISO code; None when the unit does not say (元 in Traditional text)


class Safety(BaseModel):
    """A safety case: what the hazard is, who is hurt or at risk, and whether it is happening now."""

    model_config = ConfigDict(extra="forbid")

    hazards: list[Hazard] = Field(default_factory=list)
    who: str | None = None  # "your daughter" / "您女儿": the person to ask after
    urgent: bool = False
    fixed: bool = False  # the fault is in something fixed (a meter box, a socket): do not touch it
    live: bool = False  # still smoking, still burning now: keep clear and call the fire service
    line: bool = False  # a power line down or sparking outdoors: keep away, a crew makes it safe
    vulnerable: bool = False  # an elderly, diabetic or disabled person alone: someone sent to them
    home: bool = False  # they are at home: someone is sent to the door
    missed_medicine: bool = False  # a medicine they depend on was missed: their doctor now
    vehicle: bool = False  # the fault is in something driven or ridden: do not drive it
    pet: bool = False  # the one hurt or ill is an animal ("your dog"): asked after, sent to a vet
    child: bool = False  # a young child left waiting alone: kept with an adult where they are
    symptoms: bool = False  # signs in the body (bruising, bleeding, dizziness): a wrong medicine already showing
    public: bool = False  # public infrastructure (a pole, a cable, a gas main): kept away from, a crew sent
    highway: bool = False  # stopped on a motorway or its hard shoulder: everyone out and behind the barrier
    services: bool = False  # pulled into a service area or a rest stop: wait inside, away from the traffic
    battery: bool = False  # a lithium battery swollen or hot: not charged or pressed, kept clear, collected
    broken_glass: bool = False  # cut by glass that shattered: no pressing on it, kept away from the rest
    spill: bool = False  # a wet floor of ours beside a fall: dried, signed and closed off now
    reaction: bool = False  # a rash, swelling or fever after a vaccine or a medicine: not a food allergy
    shut_in_before: bool = False  # someone was shut in (a lift) and got out: the fault stays, no rescue step
    installation: bool = False  # a lift, an escalator or an automatic door dropped, reversed or shut on someone
    severe: bool = False  # breathing, consciousness, heavy bleeding, a swelling throat: emergency services now, first
    fumes: bool = False  # fumes or a chemical breathed in: fresh air, not a rinse or an EpiPen
    conduct: bool = False  # one of our people drove dangerously, was drunk or violent: taken off duty


class Situation(BaseModel):
    """Where the customer stands, which decides how soon and how a reply acts: waiting on the
    spot now, needing it today or by a date of theirs, already chasing us, already in a doctor's
    care or already having made a hazard safe."""

    model_config = ConfigDict(extra="forbid")

    now: bool = False  # on the spot or stuck right now: a table, a desk, a checkout, an airport
    gone: bool = False  # the stay or visit is over (checked out, home again): acted on from the record
    today: bool = False  # it has to be dealt with today
    deadline: str | None = None  # their own words for when ("before Friday", "11月20日前")
    place: str | None = None  # where they are waiting ("table 14", "B7桌")
    chased: bool = False  # they have contacted us about it before
    recurring: bool = False  # it has happened more than once
    cared_for: bool = False  # already at a hospital or seen by a doctor
    asks_to_go: bool = False  # they ask whether to go to A&E now: the reply says yes, go now, first
    asks_where: bool = False  # they ask where the nearest A&E or clinic is, or for a first-aid kit
    made_safe: bool = False  # the hazard is already unplugged or switched off
    valve_off: bool = False  # the gas (a valve, the mains tap) already turned off: not to be told again
    aired: bool = False  # the windows already opened
    left: bool = False  # everyone already out of the building: stay out, not "leave the building"
    responders: bool = False  # the fire service or an ambulance already called or there: follow them
    rude: bool = False  # someone of ours treated them badly
    dismissed: bool = False  # a remark of ours they quote brushed them off ("not our problem")
    down: bool = False  # a service they live on is down right now (power, water, signal): today
    vehicle: bool = False  # in or beside a vehicle (on a road): the safety step is to get out and away
    building: bool = False  # smoke or fire in the building itself (a corridor, an alarm): get everyone out
    no_calls: bool = False  # they asked not to be phoned ("email only", 不要打电话): nobody promises a call
    reply_by: ReplyBy | None = None  # the channel they asked for instead, when they named one
    # how they feel, as they say it: "angry" (charged without consent, "unacceptable"),
    # "disappointed" (an evening ruined), "anxious" (money stuck, a flight tomorrow), or None
    mood: Mood | None = None


class Facts(BaseModel):
    """What the reply must restate: the customer's own clauses turned round (story), references,
    requests and amounts; plus the older slots the LLM prompt is reminded of."""

    model_config = ConfigDict(extra="forbid")

    item: str | None = None
    named_item: str | None = None  # what they say they bought, booked or returned: Listen names it
    issues: list[str] = Field(default_factory=list)  # their words for what went wrong ("raw", "冒煙")
    order_id: str | None = None
    what_happened: str | None = None
    asks_for: list[str] = Field(default_factory=list)  # refund, replacement, apology, manager, ...
    story: list[str] = Field(default_factory=list)  # sentences in the reply's voice
    refs: list[str] = Field(default_factory=list)  # "order 300-5581723", "订单号 ORD-1"
    asks: list[Ask] = Field(default_factory=list)
    amounts: list[Money] = Field(default_factory=list)
    fragment: bool = False  # en: the story opens without a subject ("4th day without power")


class Analysis(BaseModel):
    """Intake's reading of a complaint: category, escalation (seeds' class 2) and tone."""

    model_config = ConfigDict(extra="forbid")

    category: Category
    escalate: bool
    reasons: list[EscalationReason] = Field(default_factory=list)
    customer_type: CustomerType
    domain: Domain = "other"
    safety: Safety | None = None
    situation: Situation = Field(default_factory=Situation)
    facts: Facts = Field(default_factory=Facts)


class Sections(BaseModel):
    """The four LAST sections; the schema the LLM must return (JSON schema, strict)."""

    model_config = ConfigDict(extra="forbid")

    listen: str = Field(description="restate the customer's problem and feelings")
    apologize: str = Field(description="apologise for the experience, without admitting fault")
    satisfy: str = Field(description="what will be done, by whom and by when; nothing beyond the approval limit")
    thank: str = Field(description="thank the customer for telling us")


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0


class Timings(BaseModel):
    intake_ms: float = 0.0
    generate_ms: float = 0.0
    guard_ms: float = 0.0
    total_ms: float = 0.0


class Draft(BaseModel):
    """A drafted reply, already checked by the guardrails."""

    sections: Sections
    text: str
    language: Language
    channel: Channel
    category: Category
    customer_type: CustomerType
    domain: Domain = "other"
    escalate: bool
    reasons: list[EscalationReason]
    backend: str
    model: str | None = None
    prompt_id: str
    prompt_hash: str
    revisions: int = 0
    attempts: int = 1
    timings: Timings = Field(default_factory=Timings)
    usage: Usage = Field(default_factory=Usage)
    guard: GuardReport
    copied: list[str] = Field(default_factory=list, description="sections that repeat a few-shot example")
    status: Status
