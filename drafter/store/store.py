"""The review store: every read and write of complaints, drafts, decisions, claims, follow-ups,
users, sessions, webhook deliveries and the audit log goes through here. Nothing is kept in
process memory, so any number of server processes can share one database."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Row, and_, insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from drafter.deadlines import follow_up_due
from drafter.errors import InputError
from drafter.guard.report import Finding, GuardContext, GuardReport
from drafter.models import Draft
from drafter.policy import VERDICT_RANK
from drafter.store import schema as t
from drafter.store.accounts import AccountStore
from drafter.store.authority import may_approve, required_role
from drafter.store.base import new_id
from drafter.store.errors import Conflict, NotFound, changed_since_read, not_awaiting_review
from drafter.store.listing import Filters, base_query, conditions, encode_cursor, keyed, sort_keys
from drafter.store.outbox import OutboxStore
from drafter.store.records import (
    CaseRecord,
    Claim,
    Complaint,
    Decision,
    DraftRecord,
    FollowUp,
    HistoryItem,
    QueueItem,
    Review,
    Submission,
    User,
)
from drafter.store.times import now
from drafter.store.times import utc as _utc
from drafter.store.url import resolve_url
from drafter.text import SEVERITY_RANK

EXCERPT = 120
CLAIM_TTL = timedelta(minutes=30)


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


def _opt(value: datetime | None) -> datetime | None:
    return None if value is None else _utc(value)


class Store(AccountStore, OutboxStore):
    """One database (SQLite file or PostgreSQL), migrated to head when opened; ``policy`` orders
    the reviewers' authority and ``timezone`` reads promised clock times (default: the
    configured ones)."""

    @classmethod
    def open(cls, flag: str | None = None, **settings: Any) -> Store:
        """The store named by ``--db``, DRAFTER_DB, the config file, or the default SQLite file."""
        return cls(resolve_url(flag), **settings)

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
        queue, marked with the lowest role allowed to approve them. A promised follow-up time
        becomes ``follow_up_due``. The same idempotency key (per submitter) records once."""
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
        needs = None
        if status == "needs_review":
            needs = required_role(draft.text, context=context, language=draft.language, policy=self.policy)
        promised = follow_up_due(draft.text, created, self.timezone)
        try:
            with self._write() as conn:
                complaint_id = new_id(
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
                draft_id = new_id(
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
                            required_role=needs,
                            follow_up_due=promised.due if promised else None,
                            follow_up_phrase=promised.phrase if promised else None,
                        )
                    )
                )
                self._insert_findings(conn, draft_id, None, report.findings)
                after: dict[str, Any] = {
                    "status": status,
                    "verdict": report.verdict,
                    "escalate": draft.escalate,
                    "version": 1,
                }
                if needs is not None:
                    after["required_role"] = needs
                if promised is not None:
                    after["follow_up_due"] = promised.due.isoformat()
                self._audit(
                    conn,
                    actor=submitter,
                    action="draft.submit",
                    entity="draft",
                    entity_id=draft_id,
                    after=after,
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

    # ------------------------------------------------------------------ listing

    def search(
        self, filters: Filters | None = None, *, sort: str = "priority", limit: int = 100, cursor: str | None = None
    ) -> tuple[list[QueueItem], str | None]:
        """One page of drafts and the cursor of the next page (None on the last)."""
        filters = (filters or Filters()).check()
        at = now()
        query = keyed(base_query().where(*conditions(filters, at)), sort, cursor).limit(limit + 1)
        with self._read() as conn:
            rows = conn.execute(query).all()
        more = len(rows) > limit
        rows = rows[:limit]
        next_cursor = encode_cursor(sort, rows[-1], len(sort_keys(sort))) if more and rows else None
        return [_item(r, at) for r in rows], next_cursor

    def queue(
        self,
        *,
        limit: int = 100,
        offset: int = 0,
        for_roles: list[str] | None = None,
        filters: Filters | None = None,
    ) -> list[QueueItem]:
        """Drafts awaiting review: most severe first (block, then flag or escalated), oldest first."""
        f = (filters or Filters()).model_copy(update={"status": "needs_review"})
        if for_roles is not None:
            f = f.model_copy(update={"for_roles": for_roles})
        items, _ = self.search(f, limit=limit + offset)
        return items[offset:]

    def drafts(
        self, *, submitted_by: int | None = None, status: str | None = None, limit: int = 100, offset: int = 0
    ) -> list[QueueItem]:
        """Recorded drafts, newest first; an agent's own with ``submitted_by``."""
        f = Filters.model_validate({"submitted_by": submitted_by, "status": status})
        items, _ = self.search(f, sort="newest", limit=limit + offset)
        return items[offset:]

    def history(
        self, filters: Filters | None = None, *, limit: int = 50, cursor: str | None = None
    ) -> tuple[list[HistoryItem], str | None]:
        """Decided drafts, most recent decision first: the decision, the reviewer, the final
        text with its own findings."""
        f = filters or Filters()
        if f.status not in ("approved", "rejected"):
            f = f.model_copy(update={"status": "decided"})
        items, next_cursor = self.search(f, sort="decided", limit=limit, cursor=cursor)
        reviews = self._last_reviews([i.id for i in items])
        return [HistoryItem(**i.model_dump(), review=reviews[i.id]) for i in items if i.id in reviews], next_cursor

    def _last_reviews(self, draft_ids: list[int]) -> dict[int, Review]:
        if not draft_ids:
            return {}
        reviewer = t.users.alias("reviewer")
        with self._read() as conn:
            rows = conn.execute(
                select(t.reviews, reviewer.c.name.label("reviewer_name"))
                .join(reviewer, reviewer.c.id == t.reviews.c.reviewer_id)
                .where(t.reviews.c.draft_id.in_(draft_ids))
                .order_by(t.reviews.c.id)
            ).all()
            last = {r.draft_id: r for r in rows}
            found = conn.execute(
                select(t.findings)
                .where(t.findings.c.review_id.in_([r.id for r in last.values()]))
                .order_by(t.findings.c.review_id, t.findings.c.position)
            ).all()
        by_review: dict[int, list[Finding]] = {}
        for f in found:
            by_review.setdefault(f.review_id, []).append(_finding(f))
        return {draft_id: _review(r, by_review.get(r.id, [])) for draft_id, r in last.items()}

    def get(self, draft_id: int) -> DraftRecord:
        at = now()
        with self._read() as conn:
            row = conn.execute(base_query().add_columns(t.complaints).where(t.drafts.c.id == draft_id)).first()
            if row is None:
                raise NotFound(f"no draft {draft_id}")
            finding_rows = conn.execute(
                select(t.findings).where(t.findings.c.draft_id == draft_id).order_by(t.findings.c.position)
            ).all()
            reviewer = t.users.alias("reviewer")
            review_row = conn.execute(
                select(t.reviews, reviewer.c.name.label("reviewer_name"))
                .join(reviewer, reviewer.c.id == t.reviews.c.reviewer_id)
                .where(t.reviews.c.draft_id == draft_id)
                .order_by(t.reviews.c.id.desc())
                .limit(1)
            ).first()
        return _draft_record(row, finding_rows, review_row, at)

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
        webhook_url: str | None = None,
    ) -> DraftRecord:
        """Apply one decision: a single conditional UPDATE on (id, version, status, claim) and its
        audit row (and webhook delivery, if one is configured) in one transaction, so of two
        concurrent decisions exactly one wins and an approval always has its hand-off recorded."""
        d = t.drafts.c
        decided = now()
        status = "approved" if decision == "approve" else "rejected"
        override = final is not None and final.verdict == "block"
        follow_up: dict[str, Any] = {}
        if edited_text is not None:  # the promise that goes out is the edited one, written now
            promised = follow_up_due(edited_text, decided, self.timezone)
            follow_up = {
                "follow_up_due": promised.due if promised else None,
                "follow_up_phrase": promised.phrase if promised else None,
            }
        with self._write() as conn:
            before = conn.execute(
                select(d.text, d.verdict, d.required_role, d.follow_up_due).where(d.id == draft_id)
            ).first()
            result = conn.execute(
                update(t.drafts)
                .where(
                    and_(
                        d.id == draft_id,
                        d.version == expected_version,
                        d.status == "needs_review",
                        or_(d.claimed_by.is_(None), d.claimed_by == reviewer.id, d.claim_expires_at < decided),
                    )
                )
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
                    claimed_by=None,
                    claim_expires_at=None,
                    **follow_up,
                )
            )
            if result.rowcount != 1 or before is None:
                raise self._why_not(conn, draft_id, expected_version, reviewer, decided)
            review_id = new_id(
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
            after: dict[str, Any] = {
                "status": status,
                "version": expected_version + 1,
                "text": final_text,
                "verdict": final.verdict if final else None,
                "edited": edited_text is not None,
                "reason": reason,
                "override": override,
            }
            if follow_up and follow_up["follow_up_due"] != _opt(before.follow_up_due):
                due = follow_up["follow_up_due"]
                after["follow_up_due"] = due.isoformat() if due else None
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
                after=after,
                at=decided,
            )
            if webhook_url:
                self._enqueue_webhook(
                    conn,
                    draft_id=draft_id,
                    event=f"draft.{status}",
                    url=webhook_url,
                    payload=_handoff(conn, draft_id, reviewer, decided),
                    at=decided,
                )
        return self.get(draft_id)

    def _why_not(self, conn: Connection, draft_id: int, expected_version: int, user: User, at: datetime) -> Exception:
        d = t.drafts.c
        decider, claimer = t.users.alias("decider"), t.users.alias("claimer")
        row = conn.execute(
            select(
                d.status,
                d.version,
                d.decided_at,
                d.claimed_by,
                d.claim_expires_at,
                decider.c.name.label("decider"),
                claimer.c.name.label("claimer"),
            )
            .outerjoin(decider, decider.c.id == d.decided_by)
            .outerjoin(claimer, claimer.c.id == d.claimed_by)
            .where(d.id == draft_id)
        ).first()
        if row is None:
            return NotFound(f"no draft {draft_id}")
        if row.status != "needs_review":
            by = f" by {row.decider} at {_utc(row.decided_at).isoformat()}" if row.decider else ""
            return not_awaiting_review(draft_id, f"it was {row.status}{by}", row.status, row.version)
        if row.version != expected_version:
            return changed_since_read(draft_id, expected_version, row.version, row.status)
        if row.claimed_by not in (None, user.id) and row.claim_expires_at and _utc(row.claim_expires_at) >= at:
            until = _utc(row.claim_expires_at).isoformat()
            return Conflict(
                f"draft {draft_id} is claimed by {row.claimer} until {until}: ask them, or wait for the claim to end",
                current_version=row.version,
                current_status=row.status,
                claimed_by=row.claimer,
            )
        return changed_since_read(draft_id, expected_version, row.version, row.status)

    def refuse_approval(
        self, draft_id: int, *, reviewer: User, needed: str | None, text: str, edited: bool
    ) -> str | None:
        """Record a refused approval (the reply needs more authority than the reviewer has) and
        mark the draft with the role it needs, if that is higher than its mark; the draft stays
        queued with its version unchanged. Returns the mark."""
        d = t.drafts.c
        at = now()
        with self._write() as conn:
            row = conn.execute(select(d.status, d.required_role).where(d.id == draft_id)).first()
            if row is None:
                raise NotFound(f"no draft {draft_id}")
            mark: str | None = row.required_role
            raise_to = needed or "a role above every limit in the policy"
            if needed is not None and (mark is None or not may_approve(self.policy, mark, needed)):
                mark = needed
                conn.execute(
                    update(t.drafts).where(d.id == draft_id, d.status == "needs_review").values(required_role=mark)
                )
            after: dict[str, Any] = {"required_role": mark, "needed": raise_to, "reviewer_role": reviewer.role}
            if edited:
                after["text"] = text
            self._audit(
                conn,
                actor=reviewer,
                action="draft.approve_refused",
                entity="draft",
                entity_id=draft_id,
                before={"required_role": row.required_role},
                after=after,
                at=at,
            )
        return mark

    # ------------------------------------------------------------------ claims

    def claim(self, draft_id: int, *, user: User, ttl: timedelta = CLAIM_TTL) -> DraftRecord:
        """Take the draft so no other reviewer decides it meanwhile; renewing one's own claim is
        allowed, taking an expired one too."""
        d = t.drafts.c
        at = now()
        with self._write() as conn:
            before = conn.execute(select(d.claimed_by, d.version).where(d.id == draft_id)).first()
            result = conn.execute(
                update(t.drafts)
                .where(
                    d.id == draft_id,
                    d.status == "needs_review",
                    or_(d.claimed_by.is_(None), d.claimed_by == user.id, d.claim_expires_at < at),
                )
                .values(claimed_by=user.id, claim_expires_at=at + ttl)
            )
            if result.rowcount != 1 or before is None:
                raise self._why_not(conn, draft_id, before.version if before else 0, user, at)
            self._audit(
                conn,
                actor=user,
                action="draft.claim",
                entity="draft",
                entity_id=draft_id,
                before={"claimed_by": before.claimed_by},
                after={"claimed_by": user.id, "claimed_by_name": user.name, "until": (at + ttl).isoformat()},
                at=at,
            )
        return self.get(draft_id)

    def release(self, draft_id: int, *, user: User, force: bool = False) -> DraftRecord:
        """Give the draft back to the queue; only the holder may, unless ``force`` (an admin)."""
        d = t.drafts.c
        at = now()
        with self._write() as conn:
            row = conn.execute(select(d.claimed_by, d.claim_expires_at).where(d.id == draft_id)).first()
            if row is None:
                raise NotFound(f"no draft {draft_id}")
            live = row.claimed_by is not None and row.claim_expires_at and _utc(row.claim_expires_at) >= at
            if not live:
                raise Conflict(f"draft {draft_id} is not claimed")
            if row.claimed_by != user.id and not force:
                raise Conflict(f"draft {draft_id} is claimed by someone else: only they (or an admin) can release it")
            conn.execute(update(t.drafts).where(d.id == draft_id).values(claimed_by=None, claim_expires_at=None))
            self._audit(
                conn,
                actor=user,
                action="draft.release",
                entity="draft",
                entity_id=draft_id,
                before={"claimed_by": row.claimed_by},
                after={"claimed_by": None},
                at=at,
            )
        return self.get(draft_id)

    # ------------------------------------------------------------------ follow-ups

    def follow_up_done(self, draft_id: int, *, user: User) -> DraftRecord:
        """Mark the promised follow-up as done (once)."""
        d = t.drafts.c
        at = now()
        with self._write() as conn:
            row = conn.execute(select(d.follow_up_due, d.follow_up_done_at).where(d.id == draft_id)).first()
            if row is None:
                raise NotFound(f"no draft {draft_id}")
            if row.follow_up_due is None:
                raise InputError(f"draft {draft_id} promises no follow-up time")
            if row.follow_up_done_at is not None:
                raise Conflict(f"the follow-up of draft {draft_id} was already marked done")
            result = conn.execute(
                update(t.drafts)
                .where(d.id == draft_id, d.follow_up_done_at.is_(None))
                .values(follow_up_done_at=at, follow_up_done_by=user.id)
            )
            if result.rowcount != 1:
                raise Conflict(f"the follow-up of draft {draft_id} was already marked done")
            due = _utc(row.follow_up_due)
            self._audit(
                conn,
                actor=user,
                action="draft.follow_up_done",
                entity="draft",
                entity_id=draft_id,
                before={"follow_up_done": False},
                after={"follow_up_done": True, "follow_up_due": due.isoformat(), "late": at > due},
                at=at,
            )
        return self.get(draft_id)


def _handoff(conn: Connection, draft_id: int, reviewer: User, at: datetime) -> dict[str, Any]:
    """The webhook payload of a decision (README: "Hand-off")."""
    d, c = t.drafts.c, t.complaints.c
    submitter = t.users.alias("submitter")
    row = conn.execute(
        select(t.drafts, c.customer, c.order_id, c.channel, c.language, submitter.c.name.label("submitter_name"))
        .join(t.complaints, c.id == d.complaint_id)
        .join(submitter, submitter.c.id == d.submitted_by)
        .where(d.id == draft_id)
    ).one()
    due = _opt(row.follow_up_due)
    return {
        "event": f"draft.{row.status}",
        "occurred_at": at.isoformat(),
        "draft": {
            "id": row.id,
            "status": row.status,
            "version": row.version,
            "input_id": row.input_id,
            "idempotency_key": row.idempotency_key,
            "submitted_by": row.submitter_name,
            "customer": row.customer,
            "order_id": row.order_id,
            "channel": row.channel,
            "language": row.language,
            "category": row.category,
            "escalate": row.escalate,
            "reasons": row.reasons,
        },
        "decision": {
            "decision": row.decision,
            "reviewer": reviewer.name,
            "reviewer_role": reviewer.role,
            "at": at.isoformat(),
            "reason": row.decision_reason,
            "edited": row.final_text is not None and row.final_text != row.text,
            "verdict": row.final_verdict,
            "override": row.final_verdict == "block",
        },
        "reply": row.final_text if row.status == "approved" else None,
        "follow_up_due": due.isoformat() if due else None,
    }


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


def _review(r: Row[Any], found: list[Finding]) -> Review:
    return Review(
        decision=r.decision,
        reviewer=r.reviewer_name,
        at=_utc(r.created_at),
        reason=r.reason,
        edited=r.edited_text is not None,
        text=r.final_text,
        verdict=r.verdict,
        override=r.override,
        findings=found,
    )


def _follow_up(r: Row[Any], at: datetime) -> FollowUp | None:
    if r.follow_up_due is None:
        return None
    due, done = _utc(r.follow_up_due), _opt(r.follow_up_done_at)
    return FollowUp(
        due=due,
        phrase=r.follow_up_phrase or "",
        overdue=done is None and r.status != "rejected" and due < at,
        done_at=done,
        done_by=r.marker_name,
    )


def _claim(r: Row[Any], at: datetime) -> Claim | None:
    if r.claimed_by is None or r.claim_expires_at is None or _utc(r.claim_expires_at) < at:
        return None
    return Claim(by=r.claimer_name, expires_at=_utc(r.claim_expires_at))


def _item(r: Row[Any], at: datetime) -> QueueItem:
    return QueueItem(
        id=r.id,
        status=r.status,
        verdict=r.verdict,
        final_verdict=r.final_verdict,
        override=r.final_verdict == "block" and r.status == "approved",
        decision=r.decision,
        reviewer=r.reviewer_name,
        decided_at=_opt(r.decided_at),
        escalate=r.escalate,
        created_at=_utc(r.created_at),
        severity=r.severity,
        priority=r.priority,
        category=r.category,
        reasons=r.reasons,
        customer=r.customer,
        channel=r.draft["channel"],
        language=r.draft["language"],
        submitted_by=r.submitter_name,
        version=r.version,
        findings=r.n or 0,
        excerpt=r.content[:EXCERPT],
        order_id=r.order_id,
        required_role=r.required_role,
        follow_up=_follow_up(r, at),
        claim=_claim(r, at),
    )


def _draft_record(
    row: Row[Any], finding_rows: Sequence[Row[Any]], review_row: Row[Any] | None, at: datetime
) -> DraftRecord:
    drafted = [_finding(f) for f in finding_rows if f.review_id is None]
    review = None
    if review_row is not None:
        review = _review(review_row, [_finding(f) for f in finding_rows if f.review_id == review_row.id])
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
        required_role=row.required_role,
        follow_up=_follow_up(row, at),
        claim=_claim(row, at),
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
