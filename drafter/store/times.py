"""Times are stored and compared in UTC; shown to people as a date and an age."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC)


def utc(value: datetime) -> datetime:
    """SQLite gives naive datetimes back (stored in UTC); PostgreSQL gives the session's zone."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def when(value: datetime) -> str:
    return utc(value).strftime("%Y-%m-%d %H:%M UTC")


def ago(value: datetime) -> str:
    seconds = max(0, int((now() - utc(value)).total_seconds()))
    for size, unit in ((86400, "d"), (3600, "h"), (60, "min")):
        if seconds >= size:
            return f"{seconds // size} {unit} ago"
    return "just now"
