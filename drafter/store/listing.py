"""Listing drafts: search, filters, sort orders and cursor (keyset) pagination, one query builder
for the queue, an agent's own drafts, the history of decided drafts and the follow-ups.

A cursor is the sort key of the last item shown (base64 of JSON), so a page never repeats or
skips an item when drafts arrive or leave the queue between requests, and the database walks
an index instead of counting an offset."""

from __future__ import annotations

import base64
import binascii
import json
import re
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Select, String, and_, asc, cast, desc, false, func, literal, or_, select
from sqlalchemy.sql.elements import ColumnElement

from drafter.errors import InputError
from drafter.store import schema as t
from drafter.store.times import utc

Sort = Literal["priority", "oldest", "newest", "due", "decided"]
SORTS: tuple[str, ...] = ("priority", "oldest", "newest", "due", "decided")
StatusFilter = Literal["ready", "needs_review", "approved", "rejected", "decided", "any"]
MAX_QUERY = 200
_FAR = datetime(9999, 12, 31, tzinfo=UTC)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_WORD = re.compile(r"[a-z][a-z0-9_]{0,49}")


class Filters(BaseModel):
    """What to list. Every field narrows; None means any."""

    model_config = ConfigDict(extra="forbid")

    q: str | None = Field(
        None, max_length=MAX_QUERY, description="text in the complaint, the reply, the customer or the order id"
    )
    status: StatusFilter | None = None
    severity: Literal["low", "medium", "high", "critical"] | None = None
    verdict: Literal["pass", "flag", "block"] | None = None
    category: str | None = Field(None, max_length=50)
    reason: str | None = Field(None, max_length=50, description="an escalation reason, e.g. injury")
    language: Literal["en", "zh-Hans", "zh-Hant"] | None = None
    required_role: str | None = Field(None, max_length=50)
    overdue: bool = False
    follow_up: bool = Field(False, description="only drafts with an open (not done) follow-up")
    submitted_by: int | None = None
    for_roles: list[str] | None = Field(None, description="listed for a reviewer: drafts these roles may approve")

    def check(self) -> Filters:
        for name in ("category", "reason"):
            value = getattr(self, name)
            if value is not None and not _WORD.fullmatch(value):
                raise InputError(f"{name} is a lowercase word such as food_quality")
        if self.q is not None and "\x00" in self.q:
            raise InputError("the search text contains a NUL character")
        return self


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def conditions(f: Filters, at: datetime) -> list[ColumnElement[bool]]:
    d, c = t.drafts.c, t.complaints.c
    where: list[ColumnElement[bool]] = []
    if f.status == "decided":
        where.append(d.status.in_(("approved", "rejected")))
    elif f.status not in (None, "any"):
        where.append(d.status == f.status)
    if f.q and f.q.strip():
        pattern = _like(f.q.strip())
        where.append(
            or_(
                c.content.ilike(pattern, escape="\\"),
                d.text.ilike(pattern, escape="\\"),
                d.final_text.ilike(pattern, escape="\\"),
                c.customer.ilike(pattern, escape="\\"),
                c.order_id.ilike(pattern, escape="\\"),
            )
        )
    if f.severity is not None:
        where.append(d.severity == f.severity)
    if f.verdict is not None:
        where.append(func.coalesce(d.final_verdict, d.verdict) == f.verdict)
    if f.category is not None:
        where.append(d.category == f.category)
    if f.reason is not None:
        where.append(cast(d.reasons, String).like(_like(f'"{f.reason}"'), escape="\\"))
    if f.language is not None:
        where.append(c.language == f.language)
    if f.required_role is not None:
        where.append(d.required_role == f.required_role)
    if f.for_roles is not None:
        where.append(or_(d.required_role.is_(None), d.required_role.in_(f.for_roles)) if f.for_roles else false())
    if f.follow_up or f.overdue:
        where.append(and_(d.follow_up_due.is_not(None), d.follow_up_done_at.is_(None), d.status != "rejected"))
    if f.overdue:
        where.append(d.follow_up_due < at)
    if f.submitted_by is not None:
        where.append(d.submitted_by == f.submitted_by)
    return where


def sort_keys(sort: str) -> list[tuple[ColumnElement[Any], bool]]:
    """(expression, ascending) from the most significant key to the id that breaks ties."""
    d = t.drafts.c
    if sort == "priority":  # most severe first (block, then flag or escalated), then oldest
        return [(d.priority, False), (d.severity_rank, False), (d.created_at, True), (d.id, True)]
    if sort == "oldest":
        return [(d.created_at, True), (d.id, True)]
    if sort == "newest":
        return [(d.created_at, False), (d.id, False)]
    if sort == "due":  # soonest follow-up first; none at the end
        return [(func.coalesce(d.follow_up_due, literal(_FAR, t.drafts.c.follow_up_due.type)), True), (d.id, True)]
    if sort == "decided":  # most recently decided first
        return [(func.coalesce(d.decided_at, literal(_EPOCH, t.drafts.c.decided_at.type)), False), (d.id, False)]
    raise InputError(f"unknown sort {sort!r} (use {', '.join(SORTS)})")


def keyed(query: Select[Any], sort: str, cursor: str | None) -> Select[Any]:
    """Order ``query`` by ``sort``, start after ``cursor``, and select the keys as k0, k1, ..."""
    keys = sort_keys(sort)
    query = query.add_columns(*(expr.label(f"k{n}") for n, (expr, _) in enumerate(keys)))
    query = query.order_by(*(asc(expr) if up else desc(expr) for expr, up in keys))
    if cursor is not None:
        values = decode_cursor(cursor, sort, len(keys))
        branches = []
        for i, (expr, up) in enumerate(keys):
            ties = [keys[j][0] == values[j] for j in range(i)]
            branches.append(and_(*ties, expr > values[i] if up else expr < values[i]))
        query = query.where(or_(*branches))
    return query


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"t": utc(value).isoformat()}
    return value


def encode_cursor(sort: str, row: Any, n_keys: int) -> str:
    payload = json.dumps({"s": sort, "k": [_plain(getattr(row, f"k{n}")) for n in range(n_keys)]})
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str, n_keys: int) -> list[Any]:
    bad = InputError("not a cursor from this listing: start again without one")
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        payload = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise bad from exc
    if not isinstance(payload, dict) or payload.get("s") != sort:
        raise InputError("this cursor belongs to another sort order: start again without one")
    keys = payload.get("k")
    if not isinstance(keys, list) or len(keys) != n_keys:
        raise bad
    values: list[Any] = []
    for key in keys:
        if isinstance(key, dict) and isinstance(key.get("t"), str):
            try:
                values.append(utc(datetime.fromisoformat(key["t"])))
            except ValueError as exc:
                raise bad from exc
        elif isinstance(key, int) and not isinstance(key, bool) and abs(key) < 2**62:
            values.append(key)
        else:
            raise bad
    return values


def base_query() -> Select[Any]:
    """Drafts with their complaint, submitter, claim holder, reviewer, follow-up marker and the
    number of findings on the drafted reply."""
    counted = (
        select(t.findings.c.draft_id, func.count().label("n"))
        .where(t.findings.c.review_id.is_(None))
        .group_by(t.findings.c.draft_id)
        .subquery()
    )
    submitter = t.users.alias("submitter")
    claimer = t.users.alias("claimer")
    reviewer = t.users.alias("reviewer")
    marker = t.users.alias("marker")
    d = t.drafts.c
    return (
        select(
            t.drafts,
            t.complaints.c.customer,
            t.complaints.c.content,
            t.complaints.c.order_id,
            submitter.c.name.label("submitter_name"),
            claimer.c.name.label("claimer_name"),
            reviewer.c.name.label("reviewer_name"),
            marker.c.name.label("marker_name"),
            counted.c.n,
        )
        .join(t.complaints, t.complaints.c.id == d.complaint_id)
        .join(submitter, submitter.c.id == d.submitted_by)
        .outerjoin(claimer, claimer.c.id == d.claimed_by)
        .outerjoin(reviewer, reviewer.c.id == d.decided_by)
        .outerjoin(marker, marker.c.id == d.follow_up_done_by)
        .outerjoin(counted, counted.c.draft_id == d.id)
    )
