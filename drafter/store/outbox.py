"""The webhook outbox. A decision writes its delivery row in its own transaction, so an approved
draft always has its hand-off on record and nothing waits in a server's memory. Any replica may
deliver a row: it first takes a lease (a conditional UPDATE, so two replicas never send the
same row at once), records every attempt, and gives the row back for a later retry or marks
it delivered or failed. A replica that dies mid-delivery loses its lease when it runs out."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel
from sqlalchemy import and_, insert, or_, select, update
from sqlalchemy.engine import Connection

from drafter.store import schema as t
from drafter.store.base import StoreBase
from drafter.store.times import now
from drafter.store.times import utc as _utc


class Delivery(BaseModel):
    id: int
    delivery_id: str
    draft_id: int
    event: str
    url: str
    body: str
    status: Literal["pending", "delivered", "failed"]
    attempts: int
    created_at: datetime
    next_attempt_at: datetime
    last_attempt_at: datetime | None
    last_status: int | None
    last_error: str | None
    delivered_at: datetime | None


def _delivery(r: Any) -> Delivery:
    def at(value: datetime | None) -> datetime | None:
        return None if value is None else _utc(value)

    return Delivery(
        id=r.id,
        delivery_id=r.delivery_id,
        draft_id=r.draft_id,
        event=r.event,
        url=r.url,
        body=r.body,
        status=r.status,
        attempts=r.attempts,
        created_at=_utc(r.created_at),
        next_attempt_at=_utc(r.next_attempt_at),
        last_attempt_at=at(r.last_attempt_at),
        last_status=r.last_status,
        last_error=r.last_error,
        delivered_at=at(r.delivered_at),
    )


class OutboxStore(StoreBase):
    @staticmethod
    def _enqueue_webhook(
        conn: Connection, *, draft_id: int, event: str, url: str, payload: dict[str, Any], at: datetime
    ) -> str:
        """Write one delivery in the caller's transaction; the payload gets its delivery id."""
        delivery_id = str(uuid.uuid4())
        body = json.dumps({"delivery_id": delivery_id, **payload}, ensure_ascii=False, separators=(",", ":"))
        conn.execute(
            insert(t.webhook_deliveries).values(
                delivery_id=delivery_id,
                draft_id=draft_id,
                event=event,
                url=url,
                body=body,
                status="pending",
                attempts=0,
                created_at=at,
                next_attempt_at=at,
            )
        )
        return delivery_id

    def lease(self, delivery_id: str, ttl: timedelta) -> Delivery | None:
        """Take (or extend) the lease on one pending delivery; None if another process holds it."""
        at = now()
        w = t.webhook_deliveries.c
        with self._write() as conn:
            result = conn.execute(
                update(t.webhook_deliveries)
                .where(
                    w.delivery_id == delivery_id,
                    w.status == "pending",
                    or_(w.lease_until.is_(None), w.lease_until < at),
                )
                .values(lease_until=at + ttl)
            )
            if result.rowcount != 1:
                return None
            row = conn.execute(select(t.webhook_deliveries).where(w.delivery_id == delivery_id)).one()
        return _delivery(row)

    def due_deliveries(self, url: str, limit: int = 20) -> list[str]:
        """Pending deliveries to ``url`` whose next attempt is due and that nobody holds."""
        at = now()
        w = t.webhook_deliveries.c
        query = (
            select(w.delivery_id)
            .where(
                w.url == url,
                w.status == "pending",
                w.next_attempt_at <= at,
                or_(w.lease_until.is_(None), w.lease_until < at),
            )
            .order_by(w.next_attempt_at, w.id)
            .limit(limit)
        )
        with self._read() as conn:
            return list(conn.execute(query).scalars())

    def record_attempt(
        self,
        delivery_id: str,
        *,
        outcome: Literal["delivered", "retry", "failed"],
        status_code: int | None,
        error: str | None,
        retry_at: datetime | None = None,
        hold: timedelta | None = None,
    ) -> None:
        """One attempt's result. ``retry`` keeps the row pending (held by this process for
        ``hold`` while it waits to try again in-process, due again at ``retry_at``)."""
        at = now()
        w = t.webhook_deliveries.c
        values: dict[str, Any] = {
            "attempts": w.attempts + 1,
            "last_attempt_at": at,
            "last_status": status_code,
            "last_error": (error or None) and error[:500],
        }
        if outcome == "delivered":
            values |= {"status": "delivered", "delivered_at": at, "lease_until": None}
        elif outcome == "failed":
            values |= {"status": "failed", "lease_until": None}
        else:
            values |= {"next_attempt_at": retry_at or at, "lease_until": at + hold if hold else None}
        with self._write() as conn:
            conn.execute(
                update(t.webhook_deliveries)
                .where(and_(w.delivery_id == delivery_id, w.status == "pending"))
                .values(**values)
            )

    def deliveries(self, *, draft_id: int | None = None, status: str | None = None, limit: int = 500) -> list[Delivery]:
        w = t.webhook_deliveries.c
        query = select(t.webhook_deliveries).order_by(w.id).limit(limit)
        if draft_id is not None:
            query = query.where(w.draft_id == draft_id)
        if status is not None:
            query = query.where(w.status == status)
        with self._read() as conn:
            return [_delivery(r) for r in conn.execute(query).all()]
