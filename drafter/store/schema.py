"""The review store's tables (SQLAlchemy Core). Migrations create them; this module is what
queries are written against, and a test checks the two agree."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

metadata = MetaData()

STATUSES = ("ready", "needs_review", "approved", "rejected")

# A user's role is one of the policy's roles (checked in code: the policy is data, editable
# without a migration); ``admin`` may manage users through the API.
users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("role", String(50), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("admin", Boolean, nullable=False, server_default=false()),
    Column("disabled_at", DateTime(timezone=True)),  # set: every token and session of the user fails
)

# Bearer tokens, one row each (only the sha256 is kept). Revoking sets ``revoked_at``; rotating
# revokes the live ones and adds a new one; ``expires_at`` is optional.
tokens = Table(
    "tokens",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", ForeignKey("users.id"), nullable=False, index=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True)),
    Column("revoked_at", DateTime(timezone=True)),
)

# The seeds' complaint record: time, customer, content; cause, handling and result live on the draft.
complaints = Table(
    "complaints",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("received_at", DateTime(timezone=True), nullable=False),
    Column("customer", String(200)),
    Column("content", Text, nullable=False),
    Column("channel", String(10), nullable=False),
    Column("language", String(10), nullable=False),
    Column("order_id", String(200)),
    Column("order_amount", Float),
    Column("currency", String(10)),
    Column("context", JSON),
    Column("submitted_by", ForeignKey("users.id"), nullable=False),
)

drafts = Table(
    "drafts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("complaint_id", ForeignKey("complaints.id"), nullable=False),
    Column("submitted_by", ForeignKey("users.id"), nullable=False),
    Column("idempotency_key", String(200)),
    Column("request_hash", String(64), nullable=False),
    Column("input_id", JSON),  # the caller's own "id" of the input object, as given
    Column("role", String(50), nullable=False),  # the policy role whose approval limit applied
    Column("category", String(30), nullable=False),
    Column("reasons", JSON, nullable=False),
    Column("customer_type", String(20), nullable=False),
    Column("escalate", Boolean, nullable=False),
    Column("text", Text, nullable=False),
    Column("verdict", String(10), nullable=False),
    Column("severity", String(10)),  # worst finding, if any
    Column("priority", Integer, nullable=False),  # queue order: block 2, flag or escalated 1, else 0
    Column("severity_rank", Integer, nullable=False),
    Column("draft", JSON, nullable=False),  # the draft object as drafted (the API contract)
    Column("status", String(20), nullable=False),
    Column("version", Integer, nullable=False),  # optimistic concurrency: every decision bumps it
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("decision", String(10)),
    Column("decided_by", ForeignKey("users.id")),
    Column("decided_at", DateTime(timezone=True)),
    Column("decision_reason", Text),
    Column("final_text", Text),
    Column("final_verdict", String(10)),
    # the lowest reviewer role allowed to approve the reply (its compensation within the limit)
    Column("required_role", String(50)),
    # a promised follow-up ("within 24 hours", "明天上午10点前"), as a UTC deadline
    Column("follow_up_due", DateTime(timezone=True)),
    Column("follow_up_phrase", String(200)),
    Column("follow_up_done_at", DateTime(timezone=True)),
    Column("follow_up_done_by", ForeignKey("users.id")),
    # a reviewer working on the draft; others cannot decide it until released or expired
    Column("claimed_by", ForeignKey("users.id")),
    Column("claim_expires_at", DateTime(timezone=True)),
    UniqueConstraint("submitted_by", "idempotency_key", name="uq_drafts_idempotency"),
    CheckConstraint("status IN ('ready', 'needs_review', 'approved', 'rejected')", name="ck_drafts_status"),
    Index("ix_drafts_queue", "status", "priority", "severity_rank", "created_at"),
    Index("ix_drafts_submitted_by", "submitted_by", "created_at"),
    Index("ix_drafts_follow_up_due", "follow_up_due"),
    Index("ix_drafts_decided_at", "decided_at"),
)

reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("draft_id", ForeignKey("drafts.id"), nullable=False, index=True),
    Column("reviewer_id", ForeignKey("users.id"), nullable=False),
    Column("decision", String(10), nullable=False),
    Column("edited_text", Text),
    Column("final_text", Text),
    Column("verdict", String(10)),
    Column("reason", Text),
    Column("override", Boolean, nullable=False),
    Column("from_version", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

findings = Table(
    "findings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("draft_id", ForeignKey("drafts.id"), nullable=False, index=True),
    Column("review_id", ForeignKey("reviews.id")),  # NULL: the draft as drafted; else that review's text
    Column("position", Integer, nullable=False),
    Column("rule", String(100), nullable=False),
    Column("category", String(50), nullable=False),
    Column("severity", String(10), nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("excerpt", Text, nullable=False),
    Column("message", Text, nullable=False),
    Column("suggestion", Text, nullable=False),
)

# Append-only: the code has no update or delete path, and triggers refuse both.
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor_id", ForeignKey("users.id")),
    Column("actor", String(100), nullable=False),
    Column("action", String(40), nullable=False),
    Column("entity", String(20), nullable=False),
    Column("entity_id", Integer),
    Column("before", JSON),
    Column("after", JSON),
    Index("ix_audit_entity", "entity", "entity_id"),
)

# Web sessions live here, not in process memory, so replicas can share one database.
sessions = Table(
    "sessions",
    metadata,
    Column("id", String(64), primary_key=True),  # sha256 of the cookie value
    Column("user_id", ForeignKey("users.id")),  # NULL before login
    Column("token_id", ForeignKey("tokens.id")),  # the token logged in with: revoking it ends the session
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False, index=True),
)

# The webhook outbox: a row per event to hand off, written in the decision's own transaction,
# delivered by whichever server replica leases it first (``lease_until``), retried with backoff.
webhook_deliveries = Table(
    "webhook_deliveries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("delivery_id", String(36), nullable=False, unique=True),  # also in the payload: receivers de-duplicate
    Column("draft_id", ForeignKey("drafts.id"), nullable=False, index=True),
    Column("event", String(40), nullable=False),
    Column("url", Text, nullable=False),
    Column("body", Text, nullable=False),  # the exact bytes signed and sent (UTF-8)
    Column("status", String(10), nullable=False),  # pending, delivered, failed
    Column("attempts", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("next_attempt_at", DateTime(timezone=True), nullable=False),
    Column("lease_until", DateTime(timezone=True)),
    Column("last_attempt_at", DateTime(timezone=True)),
    Column("last_status", Integer),  # the receiver's HTTP status, if it answered
    Column("last_error", Text),
    Column("delivered_at", DateTime(timezone=True)),
    CheckConstraint("status IN ('pending', 'delivered', 'failed')", name="ck_webhook_deliveries_status"),
    Index("ix_webhook_deliveries_due", "status", "next_attempt_at"),
)
