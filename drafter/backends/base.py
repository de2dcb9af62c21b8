"""What every drafting backend offers: turn prompt messages into the four LAST sections."""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel, Field

from drafter.models import Analysis, Complaint, Sections, Usage


class Message(BaseModel):
    role: str  # "system" | "user" | "assistant"
    content: str


class GenerationRequest(BaseModel):
    """Rendered prompt plus everything a deterministic backend needs to fill its templates."""

    messages: list[Message]
    schema_name: str = "last_reply"
    json_schema: dict[str, object] = Field(default_factory=lambda: Sections.model_json_schema())
    temperature: float | None = None
    # What a deterministic backend fills its phrase banks with (LLM backends use messages).
    complaint: Complaint | None = None
    analysis: Analysis | None = None
    limit: float | None = None  # the drafting role's approval limit; None = unlimited
    currency: str = "CNY"


class Generation(BaseModel):
    sections: Sections
    model: str | None = None
    usage: Usage = Field(default_factory=Usage)
    attempts: int = 1
    raw: str = ""  # the backend's raw output, kept as evidence


class Backend(Protocol):
    name: str
    model: str | None

    async def generate(self, request: GenerationRequest) -> Generation: ...
