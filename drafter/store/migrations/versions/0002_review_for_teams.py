"""Review for teams: every policy role, revocable tokens (a table of their own), admins, disabled
users; required role, follow-up deadline and claim on drafts; the webhook outbox.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "tokens",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("expires_at", TS),
        sa.Column("revoked_at", TS),
    )
    op.create_index("ix_tokens_user_id", "tokens", ["user_id"])
    # every existing user keeps the token it has
    op.execute("INSERT INTO tokens (user_id, token_hash, created_at) SELECT id, token_hash, created_at FROM users")

    # SQLite rebuilds the table (its ALTER cannot drop a CHECK constraint); foreign keys are off
    # for the migration (drafter.store.engine.migrate), and checked again at the end.
    with op.batch_alter_table("users") as batch:
        batch.drop_constraint("ck_users_role", type_="check")
        batch.drop_column("token_hash")
        batch.alter_column("role", type_=sa.String(50), existing_type=sa.String(20), existing_nullable=False)
        batch.add_column(sa.Column("admin", sa.Boolean, nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("disabled_at", TS))

    with op.batch_alter_table("sessions") as batch:
        batch.add_column(sa.Column("token_id", sa.Integer, sa.ForeignKey("tokens.id", name="fk_sessions_token_id")))

    with op.batch_alter_table("drafts") as batch:
        batch.add_column(sa.Column("required_role", sa.String(50)))
        batch.add_column(sa.Column("follow_up_due", TS))
        batch.add_column(sa.Column("follow_up_phrase", sa.String(200)))
        batch.add_column(sa.Column("follow_up_done_at", TS))
        batch.add_column(
            sa.Column("follow_up_done_by", sa.Integer, sa.ForeignKey("users.id", name="fk_drafts_follow_up_done_by"))
        )
        batch.add_column(sa.Column("claimed_by", sa.Integer, sa.ForeignKey("users.id", name="fk_drafts_claimed_by")))
        batch.add_column(sa.Column("claim_expires_at", TS))
        batch.create_index("ix_drafts_follow_up_due", ["follow_up_due"])
        batch.create_index("ix_drafts_decided_at", ["decided_at"])

    op.create_table(
        "webhook_deliveries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("delivery_id", sa.String(36), nullable=False, unique=True),
        sa.Column("draft_id", sa.Integer, sa.ForeignKey("drafts.id"), nullable=False),
        sa.Column("event", sa.String(40), nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("next_attempt_at", TS, nullable=False),
        sa.Column("lease_until", TS),
        sa.Column("last_attempt_at", TS),
        sa.Column("last_status", sa.Integer),
        sa.Column("last_error", sa.Text),
        sa.Column("delivered_at", TS),
        sa.CheckConstraint("status IN ('pending', 'delivered', 'failed')", name="ck_webhook_deliveries_status"),
    )
    op.create_index("ix_webhook_deliveries_draft_id", "webhook_deliveries", ["draft_id"])
    op.create_index("ix_webhook_deliveries_due", "webhook_deliveries", ["status", "next_attempt_at"])
    _check_foreign_keys()


def _check_foreign_keys() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        broken = bind.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"migration 0002 left broken foreign keys: {broken[:5]}")


def downgrade() -> None:
    """Back to 0001: each user keeps its newest live token; users whose role 0001 does not know
    must be removed first (the CHECK constraint comes back)."""
    op.drop_table("webhook_deliveries")
    with op.batch_alter_table("drafts") as batch:
        batch.drop_index("ix_drafts_decided_at")
        batch.drop_index("ix_drafts_follow_up_due")
        batch.drop_constraint("fk_drafts_claimed_by", type_="foreignkey")
        batch.drop_constraint("fk_drafts_follow_up_done_by", type_="foreignkey")
        for column in (
            "claim_expires_at",
            "claimed_by",
            "follow_up_done_by",
            "follow_up_done_at",
            "follow_up_phrase",
            "follow_up_due",
            "required_role",
        ):
            batch.drop_column(column)
    with op.batch_alter_table("sessions") as batch:
        batch.drop_constraint("fk_sessions_token_id", type_="foreignkey")
        batch.drop_column("token_id")
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("token_hash", sa.String(64)))
    op.execute(
        "UPDATE users SET token_hash = (SELECT t.token_hash FROM tokens t WHERE t.user_id = users.id "
        "ORDER BY t.revoked_at IS NOT NULL, t.id DESC LIMIT 1)"
    )
    with op.batch_alter_table("users") as batch:
        batch.drop_column("disabled_at")
        batch.drop_column("admin")
        batch.alter_column("role", type_=sa.String(20), existing_type=sa.String(50), existing_nullable=False)
        batch.alter_column("token_hash", existing_type=sa.String(64), nullable=False)
        batch.create_unique_constraint("uq_users_token_hash", ["token_hash"])
        batch.create_check_constraint("ck_users_role", "role IN ('agent', 'supervisor')")
    op.drop_table("tokens")
