"""The guardrail's input context and its report: the contract other tools read."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from drafter.policy import Severity, Verdict


class GuardContext(BaseModel):
    """Facts about the order that let the engine value "full refund" or "double the price"."""

    model_config = ConfigDict(extra="ignore")

    order_id: str | None = None
    order_amount: float | None = Field(None, ge=0)
    currency: str | None = None


class Finding(BaseModel):
    rule: str
    category: str
    severity: Severity
    start: int = Field(description="offset of the first character, in the original text")
    end: int = Field(description="offset one past the last character")
    excerpt: str
    message: str
    suggestion: str


class GuardReport(BaseModel):
    verdict: Verdict
    findings: list[Finding]
    role: str
    language: str
    policy: str
    rules_version: str
