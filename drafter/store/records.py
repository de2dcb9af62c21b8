"""What the store hands out: plain pydantic records, also the API's response shapes."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from drafter.guard.report import Finding

Role = Literal["agent", "supervisor"]
Status = Literal["ready", "needs_review", "approved", "rejected"]
Decision = Literal["approve", "reject"]


class User(BaseModel):
    id: int
    name: str
    role: Role


class Complaint(BaseModel):
    """The complaint as received: time, customer, content, and the order facts."""

    time: datetime
    customer: str | None
    content: str
    channel: str
    language: str
    order_id: str | None
    order_amount: float | None
    currency: str | None
    context: dict[str, Any] | None


class Review(BaseModel):
    """A supervisor's decision; ``findings`` are the guardrail's on the final (maybe edited) text."""

    decision: Decision
    reviewer: str
    at: datetime
    reason: str | None
    edited: bool
    text: str | None = Field(description="the reply as approved (None when rejected)")
    verdict: str | None
    override: bool = Field(description="approved although the guardrails block it (reason required)")
    findings: list[Finding]


class CaseRecord(BaseModel):
    """The seeds' complaint record: time, customer, content, cause, handling, result."""

    time: datetime
    customer: str | None
    content: str
    cause: dict[str, Any]
    handling: dict[str, Any]
    result: dict[str, Any]


class QueueItem(BaseModel):
    id: int
    status: Status
    verdict: str
    escalate: bool
    created_at: datetime
    severity: str | None
    priority: int
    category: str
    reasons: list[str]
    customer: str | None
    channel: str
    language: str
    submitted_by: str
    version: int
    findings: int
    excerpt: str = Field(description="the start of the complaint")


class DraftRecord(BaseModel):
    id: int
    status: Status
    version: int
    verdict: str
    severity: str | None
    escalate: bool
    category: str
    reasons: list[str]
    created_at: datetime
    updated_at: datetime
    submitted_by: str
    submitted_by_id: int
    input_id: str | int | None
    idempotency_key: str | None
    role: str
    complaint: Complaint
    text: str = Field(description="the reply as drafted")
    findings: list[Finding] = Field(description="the guardrail's findings on the drafted reply")
    draft: dict[str, Any] = Field(description="the draft object as drafted (POST /v1/drafts)")
    review: Review | None
    record: CaseRecord


class Submission(BaseModel):
    """A recorded draft as the submitter gets it back: ``response`` is the API's answer."""

    id: int
    status: Status
    created: bool
    request_hash: str
    response: dict[str, Any]


class AuditEntry(BaseModel):
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


class Session(BaseModel):
    user: User | None
    csrf_token: str
    expires_at: datetime
