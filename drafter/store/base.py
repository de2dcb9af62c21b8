"""What every part of the store shares: the engine, read and write transactions, the review
settings (the policy whose roles order authority, the time zone for promised clock times) and
the append-only audit log."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection, CursorResult

from drafter.policy import Policy
from drafter.store import schema as t
from drafter.store.changes import changes
from drafter.store.engine import WRITE, make_engine, migrate
from drafter.store.records import AuditEntry, User
from drafter.store.times import now
from drafter.store.times import utc as _utc


def hash_secret(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def new_id(result: CursorResult[Any]) -> int:
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


class StoreBase:
    """One database (SQLite file or PostgreSQL), migrated to head when opened."""

    def __init__(
        self,
        url: str,
        *,
        migrate_schema: bool = True,
        policy: Policy | None = None,
        timezone: tzinfo | str | None = None,
    ) -> None:
        from drafter.config import setting
        from drafter.deadlines import DEFAULT_TIMEZONE, resolve_timezone
        from drafter.policy import load_policy

        self.url = url
        self.policy = policy or load_policy(setting("policy"))
        zone = timezone if timezone is not None else setting("timezone", None, DEFAULT_TIMEZONE)
        self.timezone: tzinfo = resolve_timezone(zone) if isinstance(zone, str) else zone
        self.engine = make_engine(url)
        if migrate_schema:
            migrate(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self.engine.connect().execution_options(**{WRITE: True}) as conn, conn.begin():
            yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def ping(self) -> None:
        with self._read() as conn:
            conn.execute(select(1))

    @staticmethod
    def _audit(
        conn: Connection,
        *,
        actor: User | str,
        action: str,
        entity: str,
        entity_id: int | None,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        at: datetime | None = None,
    ) -> None:
        conn.execute(
            insert(t.audit_log).values(
                at=at or now(),
                actor_id=actor.id if isinstance(actor, User) else None,
                actor=actor.name if isinstance(actor, User) else actor,
                action=action,
                entity=entity,
                entity_id=entity_id,
                before=before,
                after=after,
            )
        )

    def audit(
        self,
        *,
        entity: str | None = None,
        entity_id: int | None = None,
        limit: int = 1000,
        after_id: int | None = None,
    ) -> list[AuditEntry]:
        """Audit entries oldest first, each with its field-by-field changes."""
        query = select(t.audit_log).order_by(t.audit_log.c.id).limit(limit)
        if entity is not None:
            query = query.where(t.audit_log.c.entity == entity)
        if entity_id is not None:
            query = query.where(t.audit_log.c.entity_id == entity_id)
        if after_id is not None:
            query = query.where(t.audit_log.c.id > after_id)
        with self._read() as conn:
            rows = conn.execute(query).all()
        return [
            AuditEntry(
                id=r.id,
                at=_utc(r.at),
                actor=r.actor,
                action=r.action,
                entity=r.entity,
                entity_id=r.entity_id,
                before=r.before,
                after=r.after,
                changes=changes(r.before, r.after),
            )
            for r in rows
        ]
