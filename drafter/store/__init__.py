"""The review store: complaints, drafts, findings, decisions, users, sessions and an
append-only audit log, in SQLite (default) or PostgreSQL, migrated by Alembic on first use."""

from drafter.store.errors import Conflict, Forbidden, NotFound
from drafter.store.records import AuditEntry, DraftRecord, QueueItem, Submission, User
from drafter.store.store import Store
from drafter.store.url import resolve_url

__all__ = [
    "AuditEntry",
    "Conflict",
    "DraftRecord",
    "Forbidden",
    "NotFound",
    "QueueItem",
    "Store",
    "Submission",
    "User",
    "resolve_url",
]
