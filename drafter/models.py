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
Status = Literal["ready", "needs_review"]


def draft_status(verdict: Verdict, escalate: bool) -> Status:
    """The one place a draft's status is decided: ready only when it passes and needs no manager."""
    return "ready" if verdict == "pass" and not escalate else "needs_review"


EscalationReason = Literal[
    "illness",
    "injury",
    "foreign_object",
    "safety",
    "media",
    "consumer_association",
    "legal",
    "manager_demand",
]


class Complaint(BaseModel):
    """A customer complaint as the drafting pipeline sees it, after intake."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="the customer's own words, quoted history stripped")
    channel: Channel = "email"
    language: Language
    customer_name: str | None = None
    subject: str | None = None
    context: GuardContext = Field(default_factory=GuardContext)


class Facts(BaseModel):
    """What the template backend fills in and the LLM is reminded of."""

    model_config = ConfigDict(extra="forbid")

    item: str | None = None
    order_id: str | None = None
    what_happened: str | None = None
    asks_for: list[str] = Field(default_factory=list)  # refund, replacement, apology, manager, ...


class Analysis(BaseModel):
    """Intake's reading of a complaint: category, escalation (seeds' class 2) and tone."""

    model_config = ConfigDict(extra="forbid")

    category: Category
    escalate: bool
    reasons: list[EscalationReason] = Field(default_factory=list)
    customer_type: CustomerType
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
    status: Status
