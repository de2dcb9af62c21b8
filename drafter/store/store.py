"""The review store: every read and write of complaints, drafts, decisions, users, sessions and
the audit log goes through here. Nothing is kept in process memory, so any number of server
processes can share one database."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Row, Select, and_, func, insert, select, update
from sqlalchemy.engine import Connection, CursorResult
from sqlalchemy.exc import IntegrityError

from drafter.errors import InputError
from drafter.guard.report import Finding, GuardContext, GuardReport
from drafter.models import Draft
from drafter.policy import VERDICT_RANK
from drafter.store import schema as t
from drafter.store.engine import WRITE, make_engine, migrate
from drafter.store.errors import NotFound, changed_since_read, not_awaiting_review
from drafter.store.records import (
    AuditEntry,
    CaseRecord,
    Complaint,
    Decision,
    DraftRecord,
    QueueItem,
    Review,
    Session,
    Submission,
    User,
)
from drafter.store.times import now
from drafter.store.times import utc as _utc
from drafter.store.url import resolve_url
from drafter.text import SEVERITY_RANK

MAX_NAME = 100
EXCERPT = 120


def hash_secret(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def _check_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > MAX_NAME or any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        raise InputError(f"a user name is 1-{MAX_NAME} printable characters")
    return name


def _reject_nul(value: Any, what: str) -> None:
    """PostgreSQL text cannot hold NUL; refuse it everywhere so both databases agree."""
    if isinstance(value, str):
        if "\x00" in value:
            raise InputError(f"{what} contains a NUL character")
    elif isinstance(value, dict):
        for key, item in value.items():
            _reject_nul(key, what)
            _reject_nul(item, what)
    elif isinstance(value, list):
        for item in value:
            _reject_nul(item, what)


class Store:
    """One database (SQLite file or PostgreSQL), migrated to head when opened."""

    def __init__(self, url: str, *, migrate_schema: bool = True) -> None:
        self.url = url
        self.engine = make_engine(url)
        if migrate_schema:
            migrate(self.engine)

    @classmethod
    def open(cls, flag: str | None = None) -> Store:
        """The store named by ``--db``, DRAFTER_DB, the config file, or the default SQLite file."""
        return cls(resolve_url(flag))

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

    # ------------------------------------------------------------------ audit (append only)

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

    def audit(self, *, entity: str | None = None, entity_id: int | None = None, limit: int = 1000) -> list[AuditEntry]:
        query = select(t.audit_log).order_by(t.audit_log.c.id).limit(limit)
        if entity is not None:
            query = query.where(t.audit_log.c.entity == entity)
        if entity_id is not None:
            query = query.where(t.audit_log.c.entity_id == entity_id)
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
            )
            for r in rows
        ]

    # ------------------------------------------------------------------ users and tokens

    def add_user(self, name: str, role: str, *, actor: str = "system") -> tuple[User, str]:
        """Create a user; the bearer token is returned once and only its hash is kept."""
        name = _check_name(name)
        if role not in t.USER_ROLES:
            raise InputError(f"unknown role {role!r} (use {' or '.join(t.USER_ROLES)})")
        token = secrets.token_urlsafe(32)
        try:
            with self._write() as conn:
                if conn.execute(select(t.users.c.id).where(t.users.c.name == name)).first() is not None:
                    raise InputError(f"user {name!r} already exists")
                user_id = _new_id(
                    conn.execute(
                        insert(t.users).values(name=name, role=role, token_hash=hash_secret(token), created_at=now())
                    )
                )
                self._audit(
                    conn,
                    actor=actor,
                    action="user.add",
                    entity="user",
                    entity_id=user_id,
                    after={"name": name, "role": role},
                )
        except IntegrityError as exc:  # a concurrent add of the same name
            raise InputError(f"user {name!r} already exists") from exc
        return User(id=user_id, name=name, role=role), token

    def user_for_token(self, token: str) -> User | None:
        if not token:
            return None
        with self._read() as conn:
            row = conn.execute(select(t.users).where(t.users.c.token_hash == hash_secret(token))).first()
        return None if row is None else User(id=row.id, name=row.name, role=row.role)

    def user_by_name(self, name: str) -> User | None:
        with self._read() as conn:
            row = conn.execute(select(t.users).where(t.users.c.name == name)).first()
        return None if row is None else User(id=row.id, name=row.name, role=row.role)

    def users(self) -> list[User]:
        with self._read() as conn:
            rows = conn.execute(select(t.users).order_by(t.users.c.id)).all()
        return [User(id=r.id, name=r.name, role=r.role) for r in rows]

    # ------------------------------------------------------------------ web sessions

    def create_session(self, user: User | None, ttl: timedelta) -> tuple[str, Session]:
        """A new session; the cookie value is returned, only its hash is stored."""
        cookie = secrets.token_urlsafe(32)
        csrf = secrets.token_urlsafe(32)
        created = now()
        with self._write() as conn:
            conn.execute(t.sessions.delete().where(t.sessions.c.expires_at < created))
            conn.execute(
                insert(t.sessions).values(
                    id=hash_secret(cookie),
                    user_id=user.id if user else None,
                    csrf_token=csrf,
                    created_at=created,
                    expires_at=created + ttl,
                )
            )
        return cookie, Session(user=user, csrf_token=csrf, expires_at=created + ttl)

    def session(self, cookie: str | None) -> Session | None:
        if not cookie:
            return None
        query = (
            select(t.sessions, t.users.c.name, t.users.c.role)
            .outerjoin(t.users, t.users.c.id == t.sessions.c.user_id)
            .where(t.sessions.c.id == hash_secret(cookie))
        )
        with self._read() as conn:
            row = conn.execute(query).first()
        if row is None or _utc(row.expires_at) <= now():
            return None
        user = None if row.user_id is None else User(id=row.user_id, name=row.name, role=row.role)
        return Session(user=user, csrf_token=row.csrf_token, expires_at=_utc(row.expires_at))

    def end_session(self, cookie: str | None) -> None:
        if cookie:
            with self._write() as conn:
                conn.execute(t.sessions.delete().where(t.sessions.c.id == hash_secret(cookie)))

    # ------------------------------------------------------------------ submissions

    def find_submission(self, user_id: int, idempotency_key: str) -> Submission | None:
        query = select(t.drafts.c.id, t.drafts.c.status, t.drafts.c.request_hash, t.drafts.c.draft).where(
            t.drafts.c.submitted_by == user_id, t.drafts.c.idempotency_key == idempotency_key
        )
        with self._read() as conn:
            row = conn.execute(query).first()
        if row is None:
            return None
        return Submission(
            id=row.id,
            status=row.draft["status"],
            created=False,
            request_hash=row.request_hash,
            response={"id": row.id, **{k: v for k, v in row.draft.items() if k != "id"}},
        )

    def record_draft(
        self,
        draft: Draft,
        *,
        submitter: User,
        complaint: str,
        customer: str | None,
        context: GuardContext | None,
        input_id: str | int | None,
        idempotency_key: str | None,
        request_hash: str,
    ) -> Submission:
        """Record a complaint and its checked draft; flagged, blocked or escalated drafts enter the
        queue. The same idempotency key (per submitter) records once: a repeat gets the first."""
        for value, what in (
            (complaint, "the complaint"),
            (customer, "the customer"),
            (context.model_dump() if context else None, "the context"),
            (input_id, "the id"),
            (idempotency_key, "the idempotency key"),
            (draft.text, "the draft"),
        ):
            _reject_nul(value, what)
        report = draft.guard
        worst = max((f.severity for f in report.findings), key=SEVERITY_RANK.__getitem__, default=None)
        status = draft.status
        payload = draft.model_dump(mode="json")
        order = context or GuardContext()
        created = now()
        try:
            with self._write() as conn:
                complaint_id = _new_id(
                    conn.execute(
                        insert(t.complaints).values(
                            received_at=created,
                            customer=customer,
                            content=complaint,
                            channel=draft.channel,
                            language=draft.language,
                            order_id=order.order_id,
                            order_amount=order.order_amount,
                            currency=order.currency,
                            context=context.model_dump(exclude_none=True) if context else None,
                            submitted_by=submitter.id,
                        )
                    )
                )
                draft_id = _new_id(
                    conn.execute(
                        insert(t.drafts).values(
                            complaint_id=complaint_id,
                            submitted_by=submitter.id,
                            idempotency_key=idempotency_key,
                            request_hash=request_hash,
                            input_id=input_id,
                            role=report.role,
                            category=draft.category,
                            reasons=list(draft.reasons),
                            customer_type=draft.customer_type,
                            escalate=draft.escalate,
                            text=draft.text,
                            verdict=report.verdict,
                            severity=worst,
                            priority=max(VERDICT_RANK[report.verdict], 1 if draft.escalate else 0),
                            severity_rank=SEVERITY_RANK.get(worst or "", 0),
                            draft=payload,
                            status=status,
                            version=1,
                            created_at=created,
                            updated_at=created,
                        )
                    )
                )
                self._insert_findings(conn, draft_id, None, report.findings)
                self._audit(
                    conn,
                    actor=submitter,
                    action="draft.submit",
                    entity="draft",
                    entity_id=draft_id,
                    after={"status": status, "verdict": report.verdict, "escalate": draft.escalate, "version": 1},
                    at=created,
                )
        except IntegrityError:
            if idempotency_key is not None:
                existing = self.find_submission(submitter.id, idempotency_key)
                if existing is not None:  # lost the race to a concurrent duplicate
                    return existing
            raise
        return Submission(
            id=draft_id,
            status=status,
            created=True,
            request_hash=request_hash,
            response={"id": draft_id, **{k: v for k, v in payload.items() if k != "id"}},
        )

    @staticmethod
    def _insert_findings(conn: Connection, draft_id: int, review_id: int | None, found: list[Finding]) -> None:
        if not found:
            return
        conn.execute(
            insert(t.findings),
            [
                {
                    "draft_id": draft_id,
                    "review_id": review_id,
                    "position": n,
                    "rule": f.rule,
                    "category": f.category,
                    "severity": f.severity,
                    "span_start": f.start,
                    "span_end": f.end,
                    "excerpt": f.excerpt,
                    "message": f.message,
                    "suggestion": f.suggestion,
                }
                for n, f in enumerate(found)
            ],
        )

    # ------------------------------------------------------------------ reading drafts

    def _items(self, query: Select[Any]) -> list[QueueItem]:
        counted = (
            select(t.findings.c.draft_id, func.count().label("n"))
            .where(t.findings.c.review_id.is_(None))
            .group_by(t.findings.c.draft_id)
            .subquery()
        )
        query = (
            query.add_columns(t.complaints.c.customer, t.complaints.c.content, t.users.c.name, counted.c.n)
            .join(t.complaints, t.complaints.c.id == t.drafts.c.complaint_id)
            .join(t.users, t.users.c.id == t.drafts.c.submitted_by)
            .outerjoin(counted, counted.c.draft_id == t.drafts.c.id)
        )
        with self._read() as conn:
            rows = conn.execute(query).all()
        return [
            QueueItem(
                id=r.id,
                status=r.status,
                verdict=r.verdict,
                escalate=r.escalate,
                created_at=_utc(r.created_at),
                severity=r.severity,
                priority=r.priority,
                category=r.category,
                reasons=r.reasons,
                customer=r.customer,
                channel=r.draft["channel"],
                language=r.draft["language"],
                submitted_by=r.name,
                version=r.version,
                findings=r.n or 0,
                excerpt=r.content[:EXCERPT],
            )
            for r in rows
        ]

    def queue(self, *, limit: int = 100, offset: int = 0) -> list[QueueItem]:
        """Drafts awaiting review: most severe first (block, then flag or escalated), oldest first."""
        d = t.drafts.c
        return self._items(
            select(t.drafts)
            .where(d.status == "needs_review")
            .order_by(d.priority.desc(), d.severity_rank.desc(), d.created_at, d.id)
            .limit(limit)
            .offset(offset)
        )

    def drafts(
        self, *, submitted_by: int | None = None, status: str | None = None, limit: int = 100, offset: int = 0
    ) -> list[QueueItem]:
        """Recorded drafts, newest first; an agent's own with ``submitted_by``."""
        query = select(t.drafts).order_by(t.drafts.c.id.desc()).limit(limit).offset(offset)
        if submitted_by is not None:
            query = query.where(t.drafts.c.submitted_by == submitted_by)
        if status is not None:
            query = query.where(t.drafts.c.status == status)
        return self._items(query)

    def get(self, draft_id: int) -> DraftRecord:
        submitter = t.users.alias("submitter")
        reviewer = t.users.alias("reviewer")
        with self._read() as conn:
            row = conn.execute(
                select(t.drafts, t.complaints, submitter.c.name.label("submitter_name"))
                .join(t.complaints, t.complaints.c.id == t.drafts.c.complaint_id)
                .join(submitter, submitter.c.id == t.drafts.c.submitted_by)
                .where(t.drafts.c.id == draft_id)
            ).first()
            if row is None:
                raise NotFound(f"no draft {draft_id}")
            finding_rows = conn.execute(
                select(t.findings).where(t.findings.c.draft_id == draft_id).order_by(t.findings.c.position)
            ).all()
            review_row = conn.execute(
                select(t.reviews, reviewer.c.name.label("reviewer_name"))
                .join(reviewer, reviewer.c.id == t.reviews.c.reviewer_id)
                .where(t.reviews.c.draft_id == draft_id)
                .order_by(t.reviews.c.id.desc())
                .limit(1)
            ).first()
        return _draft_record(row, finding_rows, review_row)

    # ------------------------------------------------------------------ decisions

    def decide(
        self,
        draft_id: int,
        *,
        reviewer: User,
        decision: Decision,
        expected_version: int,
        reason: str | None,
        edited_text: str | None = None,
        final: GuardReport | None = None,
        final_text: str | None = None,
    ) -> DraftRecord:
        """Apply one decision: a single conditional UPDATE on (id, version, status) and its audit
        row in one transaction, so of two concurrent decisions exactly one wins."""
        d = t.drafts.c
        decided = now()
        status = "approved" if decision == "approve" else "rejected"
        override = final is not None and final.verdict == "block"
        with self._write() as conn:
            result = conn.execute(
                update(t.drafts)
                .where(and_(d.id == draft_id, d.version == expected_version, d.status == "needs_review"))
                .values(
                    status=status,
                    version=d.version + 1,
                    updated_at=decided,
                    decision=decision,
                    decided_by=reviewer.id,
                    decided_at=decided,
                    decision_reason=reason,
                    final_text=final_text,
                    final_verdict=final.verdict if final else None,
                )
            )
            if result.rowcount != 1:
                raise self._why_not(conn, draft_id, expected_version)
            before = conn.execute(select(d.text, d.verdict).where(d.id == draft_id)).one()
            review_id = _new_id(
                conn.execute(
                    insert(t.reviews).values(
                        draft_id=draft_id,
                        reviewer_id=reviewer.id,
                        decision=decision,
                        edited_text=edited_text,
                        final_text=final_text,
                        verdict=final.verdict if final else None,
                        reason=reason,
                        override=override,
                        from_version=expected_version,
                        created_at=decided,
                    )
                )
            )
            if final is not None:
                self._insert_findings(conn, draft_id, review_id, final.findings)
            self._audit(
                conn,
                actor=reviewer,
                action=f"draft.{decision}",
                entity="draft",
                entity_id=draft_id,
                before={
                    "status": "needs_review",
                    "version": expected_version,
                    "text": before.text,
                    "verdict": before.verdict,
                },
                after={
                    "status": status,
                    "version": expected_version + 1,
                    "text": final_text,
                    "verdict": final.verdict if final else None,
                    "edited": edited_text is not None,
                    "reason": reason,
                    "override": override,
                },
                at=decided,
            )
        return self.get(draft_id)

    @staticmethod
    def _why_not(conn: Connection, draft_id: int, expected_version: int) -> Exception:
        d = t.drafts.c
        row = conn.execute(
            select(d.status, d.version, d.decision, d.decided_at, t.users.c.name)
            .outerjoin(t.users, t.users.c.id == d.decided_by)
            .where(d.id == draft_id)
        ).first()
        if row is None:
            return NotFound(f"no draft {draft_id}")
        if row.status != "needs_review":
            by = f" by {row.name} at {_utc(row.decided_at).isoformat()}" if row.name else ""
            return not_awaiting_review(draft_id, f"it was {row.status}{by}", row.status, row.version)
        return changed_since_read(draft_id, expected_version, row.version, row.status)


def _new_id(result: CursorResult[Any]) -> int:
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def _finding(r: Row[Any]) -> Finding:
    return Finding(
        rule=r.rule,
        category=r.category,
        severity=r.severity,
        start=r.span_start,
        end=r.span_end,
        excerpt=r.excerpt,
        message=r.message,
        suggestion=r.suggestion,
    )


def _draft_record(row: Row[Any], finding_rows: Sequence[Row[Any]], review_row: Row[Any] | None) -> DraftRecord:
    drafted = [_finding(f) for f in finding_rows if f.review_id is None]
    review = None
    if review_row is not None:
        review = Review(
            decision=review_row.decision,
            reviewer=review_row.reviewer_name,
            at=_utc(review_row.created_at),
            reason=review_row.reason,
            edited=review_row.edited_text is not None,
            text=review_row.final_text,
            verdict=review_row.verdict,
            override=review_row.override,
            findings=[_finding(f) for f in finding_rows if f.review_id == review_row.id],
        )
    complaint = Complaint(
        time=_utc(row.received_at),
        customer=row.customer,
        content=row.content,
        channel=row.channel,
        language=row.language,
        order_id=row.order_id,
        order_amount=row.order_amount,
        currency=row.currency,
        context=row.context,
    )
    outcome: dict[str, Any] = {"status": row.status}
    if review is not None:
        outcome.update(decision=review.decision, reviewer=review.reviewer, at=review.at, reason=review.reason)
    return DraftRecord(
        id=row.id,
        status=row.status,
        version=row.version,
        verdict=row.verdict,
        severity=row.severity,
        escalate=row.escalate,
        category=row.category,
        reasons=row.reasons,
        created_at=_utc(row.created_at),
        updated_at=_utc(row.updated_at),
        submitted_by=row.submitter_name,
        submitted_by_id=row.submitted_by,
        input_id=row.input_id,
        idempotency_key=row.idempotency_key,
        role=row.role,
        complaint=complaint,
        text=row.text,
        findings=drafted,
        draft=row.draft,
        review=review,
        record=CaseRecord(
            time=complaint.time,
            customer=complaint.customer,
            content=complaint.content,
            cause={"category": row.category, "reasons": row.reasons, "verdict": row.verdict},
            handling={"draft": row.text, "final_text": row.final_text, "decision": row.decision},
            result=outcome,
        ),
    )
