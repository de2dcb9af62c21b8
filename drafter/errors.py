"""One exception tree. Each error carries the evidence a reader needs to act on it."""

from __future__ import annotations

from typing import Any


class DrafterError(Exception):
    """Base of every error drafter raises on purpose."""

    def __init__(
        self,
        message: str,
        *,
        rule: str | None = None,
        attempts: int | None = None,
        status: int | None = None,
        raw: str | None = None,
        **evidence: Any,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.rule = rule
        self.attempts = attempts
        self.status = status
        self.raw = raw
        self.evidence = evidence


class InputError(DrafterError):
    """The caller gave something unusable (bad JSON, unknown role, unreadable file)."""


class ConfigError(DrafterError):
    """A policy file, rule pack or prompt is malformed."""


class RulePackError(ConfigError):
    """A rule pack does not load or a rule is invalid; ``rule`` names it."""


class ReviewerError(DrafterError):
    """The optional LLM reviewer gave no usable answer (unreachable, timed out, refused, or output
    that did not validate after its re-ask); ``attempts``, ``status``, ``raw`` say how. The guard
    turns it into a ``reviewer.unavailable`` finding (needs review), never into a pass."""


class BackendError(DrafterError):
    """The drafting backend failed after its retries; ``attempts``, ``status``, ``raw`` say how."""


class BackendUnavailable(BackendError):
    """The server could not be reached or kept timing out (an infrastructure error)."""


class BackendRefusal(BackendError):
    """The model refused to draft; ``raw`` holds the refusal."""


class InvalidOutput(BackendError):
    """The model's output did not match the schema, even after one re-ask."""
