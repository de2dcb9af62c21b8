"""What every drafting backend offers: turn one drafting job into the four LAST sections.

The pipeline hands every backend the same neutral ``DraftJob``; each backend ``prepare``s the
request it needs from it (an LLM backend renders chat messages, the template backend keeps the
complaint and its analysis), then ``generate``s from that request. Requests are plain data, so
a caching wrapper can key on them."""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from drafter.guard.report import Finding, GuardReport
from drafter.models import Analysis, Complaint, Sections, Usage
from drafter.policy import Policy
from drafter.profile import BusinessProfile


class Message(BaseModel):
    role: str  # "system" | "user" | "assistant"
    content: str


class Revision(BaseModel):
    """A second attempt: the first output and the guardrail findings it drew."""

    previous: str
    findings: list[Finding]
    copied: list[str] = Field(default_factory=list)  # sections that repeat a few-shot example


class DraftJob(BaseModel):
    """Everything a backend may need to draft one reply."""

    model_config = ConfigDict(extra="forbid")

    complaint: Complaint
    analysis: Analysis
    role: str
    limit: float | None  # the drafting role's approval limit; None = unlimited
    currency: str = "CNY"
    policy: Policy | None = None  # who approves what beyond the limit; None = the packaged policy
    profile: BusinessProfile | None = None  # who is replying; None = neutral wording
    revision: Revision | None = None


class GenerationRequest(BaseModel):
    """A chat-completions request: rendered prompt messages and the output schema."""

    messages: list[Message]
    schema_name: str = "last_reply"
    json_schema: dict[str, object] = Field(default_factory=lambda: Sections.model_json_schema())
    temperature: float | None = None


class TemplateRequest(BaseModel):
    """What the deterministic backend fills its phrase banks from."""

    complaint: Complaint
    analysis: Analysis
    limit: float | None
    currency: str = "CNY"
    role: str = "agent"
    policy: Policy | None = None
    profile: BusinessProfile | None = None


class Generation(BaseModel):
    sections: Sections
    model: str | None = None
    usage: Usage = Field(default_factory=Usage)
    attempts: int = 1
    raw: str = ""  # the backend's raw output, kept as evidence
    # A backend that already checked the reply as sent (the template does, to leave out repeated
    # clauses the guardrail objects to) hands over the text it checked and the report; the
    # pipeline reuses the report only for exactly that text, and the text only while the sections
    # are still the ones it was assembled from (a wrapper that edits sections gets a fresh assembly).
    checked_text: str | None = None
    checked_sections: Sections | None = None
    checked: GuardReport | None = None


R = TypeVar("R", bound=BaseModel)


class Backend(Protocol[R]):
    name: str
    model: str | None

    def prepare(self, job: DraftJob) -> R: ...

    async def generate(self, request: R) -> Generation: ...

    async def aclose(self) -> None: ...


AnyBackend = Backend[Any]
