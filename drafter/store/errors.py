"""Store outcomes a caller must act on differently: absent, stale, not allowed."""

from __future__ import annotations

from drafter.errors import DrafterError


class NotFound(DrafterError):
    """No such draft (or not one the caller may see)."""


class Conflict(DrafterError):
    """The draft changed since the caller read it, or was already decided: reload and decide again."""


class Forbidden(DrafterError):
    """The caller's role does not allow this."""
