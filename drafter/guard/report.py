"""The guardrail's input context and its report: the contract other tools read."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, ValidationError, model_serializer

from drafter.errors import InputError
from drafter.jsonl import first_error
from drafter.policy import Severity, Verdict

# The categories the targets are set on (a reply with one of these is risky to send); the
# coaching categories (vague_followup, missing_last_step) are not among them.
CORE_CATEGORIES = frozenset(
    {
        "forbidden_phrase",
        "unauthorized_compensation",
        "liability_admission",
        "blame_discussion",
        "written_statement",
        "language_mismatch",
    }
)


class GuardContext(BaseModel):
    """Facts about the order that let the engine value "full refund" or "double the price".
    Other keys a caller sends along are kept (and stored with the complaint), never interpreted."""

    model_config = ConfigDict(extra="allow")

    # Rendered into replies, so only an id's own characters: letters, digits and - _ / (no
    # markup, quotes, spaces or instructions smuggled in as "context").
    order_id: str | None = Field(None, max_length=40, pattern=r"^[A-Za-z0-9_/-]+$")
    order_amount: float | None = Field(None, ge=0, allow_inf_nan=False)
    currency: str | None = None

    @classmethod
    def of(cls, value: GuardContext | dict[str, Any] | None) -> GuardContext:
        """The one place order context is validated: a bad value is bad input, in one line."""
        if isinstance(value, GuardContext):
            return value
        if not value:
            return _EMPTY
        if not isinstance(value, dict):
            raise InputError("context must be a JSON object")
        try:
            return cls.model_validate(value)
        except ValidationError as exc:
            raise InputError(f"invalid context: {first_error(exc)}") from exc


class Finding(BaseModel):
    rule: str
    category: str
    severity: Severity
    start: int = Field(description="offset of the first character, in the original text")
    end: int = Field(description="offset one past the last character")
    excerpt: str
    message: str
    suggestion: str
    confidence: float | None = Field(
        None, ge=0, le=1, description="the trained detector's probability; rules' findings have none"
    )

    @model_serializer(mode="wrap")
    def _confidence_only_when_known(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """A rule's finding keeps the eight keys other tools read; a trained one adds ``confidence``."""
        data: dict[str, Any] = handler(self)
        if data.get("confidence") is None:
            data.pop("confidence", None)
        return data


class GuardReport(BaseModel):
    verdict: Verdict
    findings: list[Finding]
    role: str
    language: str
    policy: str
    rules_version: str


_EMPTY = GuardContext()
