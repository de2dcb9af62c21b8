"""Store outcomes a caller must act on differently: absent, stale, not allowed."""

from __future__ import annotations

from drafter.errors import DrafterError


class NotFound(DrafterError):
    """No such draft (or not one the caller may see)."""


class Conflict(DrafterError):
    """The draft changed since the caller read it, or was already decided: reload and decide again."""


class Forbidden(DrafterError):
    """The caller's role does not allow this."""


def not_awaiting_review(draft_id: int, state: str, status: str, version: int) -> Conflict:
    """``state`` says what became of it: "it was approved by ana at …"."""
    return Conflict(f"draft {draft_id} is not awaiting review: {state}", current_version=version, current_status=status)


def changed_since_read(draft_id: int, read: int, version: int, status: str) -> Conflict:
    return Conflict(
        f"draft {draft_id} changed since you read it (version {read}, now {version}): reload it and decide again",
        current_version=version,
        current_status=status,
    )
