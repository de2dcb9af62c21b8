"""What the store hands out: plain pydantic records, also the API's response shapes."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from drafter.guard.report import Finding

Status = Literal["ready", "needs_review", "approved", "rejected"]
Decision = Literal["approve", "reject"]


class User(BaseModel):
    """Who is acting: ``role`` is one of the policy's roles (its approval limit applies)."""

    id: int
    name: str
    role: str
    admin: bool = False


class UserInfo(User):
    """A user as an administrator sees it (never a token)."""

    created_at: datetime
    disabled: bool
    tokens: int = Field(description="live tokens (not revoked, not expired)")
    token_expires_at: datetime | None = Field(description="when the newest live token expires, if it does")


class FollowUp(BaseModel):
    """A time the reply promises ("within 24 hours", "明天上午10点前"), as a UTC deadline."""

    due: datetime
    phrase: str = Field(description="the words that promised it")
    overdue: bool = Field(description="due has passed and the follow-up is not marked done")
    done_at: datetime | None
    done_by: str | None


class Claim(BaseModel):
    """A reviewer working on the draft: nobody else may decide it until it is released or expires."""

    by: str
    expires_at: datetime


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
    verdict: str = Field(description="the guardrail's verdict on the reply as drafted")
    final_verdict: str | None = Field(description="once approved: the verdict on the reply as approved")
    override: bool = Field(description="approved although the guardrails block it")
    decision: Decision | None
    reviewer: str | None
    decided_at: datetime | None
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
    order_id: str | None
    required_role: str | None = Field(description="the lowest role allowed to approve the reply")
    follow_up: FollowUp | None
    claim: Claim | None


class HistoryItem(QueueItem):
    """A decided draft: the decision, who made it, and the final text with its own findings."""

    review: Review


class Page(BaseModel):
    """One page of a listing; pass ``next_cursor`` back as ``cursor`` for the next one."""

    items: list[QueueItem]
    next_cursor: str | None


class HistoryPage(BaseModel):
    items: list[HistoryItem]
    next_cursor: str | None


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
    role: str = Field(description="the role whose approval limit applied when drafting")
    required_role: str | None = Field(description="the lowest role allowed to approve the reply")
    follow_up: FollowUp | None
    claim: Claim | None
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


class Change(BaseModel):
    """One field an action changed; for text, ``diff`` is its pieces: ["=", kept], ["-", removed], ["+", added]."""

    field: str
    before: Any
    after: Any
    diff: list[tuple[Literal["=", "-", "+"], str]] | None = None


class AuditEntry(BaseModel):
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    changes: list[Change] = Field(default_factory=list, description="what changed, field by field")


class Session(BaseModel):
    user: User | None
    csrf_token: str
    expires_at: datetime
