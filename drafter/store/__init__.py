"""The review store: complaints, drafts, findings, decisions, claims, follow-ups, users, tokens,
sessions, webhook deliveries and an append-only audit log, in SQLite (default) or PostgreSQL,
migrated by Alembic on first use."""

from drafter.store.errors import Conflict, Forbidden, NotFound
from drafter.store.listing import Filters
from drafter.store.records import (
    AuditEntry,
    DraftRecord,
    HistoryItem,
    HistoryPage,
    Page,
    QueueItem,
    Submission,
    User,
    UserInfo,
)
from drafter.store.store import Store
from drafter.store.url import resolve_url

__all__ = [
    "AuditEntry",
    "Conflict",
    "DraftRecord",
    "Filters",
    "Forbidden",
    "HistoryItem",
    "HistoryPage",
    "NotFound",
    "Page",
    "QueueItem",
    "Store",
    "Submission",
    "User",
    "UserInfo",
    "resolve_url",
]
