"""The review store on SQLite, and on PostgreSQL too when DRAFTER_TEST_POSTGRES_URL is set
(scripts/ci_services.sh starts one): records, queue order, idempotency, optimistic
concurrency, the append-only audit log, sessions, migrations."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from e2e.support import BLOCKED, RISKY, add_users, database, record
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from drafter.errors import InputError
from drafter.policy import load_policy
from drafter.store import Conflict, Forbidden, NotFound, Store
from drafter.store import schema as t
from drafter.store.engine import current_revision, head_revision
from drafter.store.review import decide
from drafter.store.url import resolve_url

POLICY = load_policy()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh database: a SQLite file, or a PostgreSQL schema of its own (dropped afterwards)."""
    with database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = Store(db_url)
    add_users(opened)
    yield opened
    opened.close()


def _count(store: Store, query: object) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())  # type: ignore[call-overload]


def test_migrations_build_exactly_the_schema_the_code_queries(db_url: str) -> None:
    store = Store(db_url)
    with store.engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        diff = compare_metadata(MigrationContext.configure(conn), t.metadata)
    store.close()
    assert diff == []


def test_replicas_starting_together_migrate_once(db_url: str) -> None:
    gate = threading.Barrier(4)
    opened: list[Store] = []

    def start() -> None:
        gate.wait()
        opened.append(Store(db_url))

    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(opened) == 4
    opened[0].add_user("first", "agent")
    assert all([u.name for u in s.users()] == ["first"] for s in opened)
    for s in opened:
        s.close()


def test_reopening_is_cheap_and_keeps_everything(store: Store, db_url: str) -> None:
    draft_id = record(store, "agent-ann", "汤是凉的。REPLY: " + RISKY)
    again = Store(db_url)
    assert again.get(draft_id).status == "needs_review"
    assert [u.name for u in again.users()] == [u.name for u in store.users()]
    again.close()


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'wal.db'}")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30_000
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.close()


@pytest.mark.parametrize(
    ("flag", "url"),
    [
        ("postgresql://u@db.example/x", "postgresql+psycopg://u@db.example/x"),
        ("postgres://u@db.example/x", "postgresql+psycopg://u@db.example/x"),
        ("sqlite:////tmp/a.db", "sqlite:////tmp/a.db"),
    ],
)
def test_database_urls(flag: str, url: str) -> None:
    assert resolve_url(flag) == url


def test_a_bare_path_is_a_sqlite_file_and_the_default_is_in_the_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resolve_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"
    monkeypatch.delenv("DRAFTER_DB", raising=False)
    monkeypatch.setenv("DRAFTER_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'data' / 'drafter' / 'drafter.db'}"
    monkeypatch.setenv("DRAFTER_DB", "postgresql://env/x")
    assert resolve_url(None) == "postgresql+psycopg://env/x"


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_an_in_memory_store_is_refused(url: str) -> None:
    with pytest.raises(InputError, match="in-memory"):
        Store(url)


def test_tokens_are_stored_hashed_and_resolve_to_their_user(store: Store) -> None:
    user, token = store.add_user("carol", "supervisor")
    with store.engine.connect() as conn:
        stored = conn.execute(select(t.tokens.c.token_hash).where(t.tokens.c.user_id == user.id)).scalar_one()
    assert stored == hashlib.sha256(token.encode()).hexdigest() and token not in stored
    assert store.user_for_token(token) == user
    assert store.user_for_token(token + "x") is None
    assert store.user_for_token("") is None


@pytest.mark.parametrize(
    ("name", "role", "message"),
    [
        ("carol", "boss", "unknown role"),
        ("", "agent", "1-100 printable"),
        ("bad\nname", "agent", "1-100 printable"),
        ("agent-ann", "agent", "already exists"),
    ],
)
def test_bad_users_are_refused(store: Store, name: str, role: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        store.add_user(name, role)


@pytest.mark.parametrize(
    ("complaint", "status", "verdict", "escalate"),
    [
        ("汤是凉的。", "ready", "pass", False),
        ("汤是凉的。REPLY: " + RISKY, "needs_review", "flag", False),
        ("汤是凉的。REPLY: " + BLOCKED, "needs_review", "block", False),
        ("I found glass in my burger and cut my mouth.", "needs_review", "pass", True),
    ],
)
def test_flagged_blocked_and_escalated_drafts_enter_the_queue(
    store: Store, complaint: str, status: str, verdict: str, escalate: bool
) -> None:
    draft_id = record(store, "agent-ann", complaint)
    rec = store.get(draft_id)
    assert (rec.status, rec.verdict, rec.escalate) == (status, verdict, escalate)
    assert (draft_id in [i.id for i in store.queue()]) == (status == "needs_review")


def test_queue_is_most_severe_then_oldest_first(store: Store) -> None:
    escalated = record(store, "agent-ann", "I found glass in my burger and cut my mouth.")
    flag_old = record(store, "agent-ann", "汤是凉的。REPLY: " + RISKY)
    block = record(store, "agent-bo", "汤是凉的。REPLY: " + BLOCKED)
    flag_new = record(store, "agent-bo", "面是凉的。REPLY: " + RISKY)
    record(store, "agent-ann", "汤是凉的。")  # ready: not queued
    assert [i.id for i in store.queue()] == [block, flag_old, flag_new, escalated]
    assert [i.id for i in store.queue(limit=2, offset=1)] == [flag_old, flag_new]


def test_the_complaint_record_holds_the_seeds_fields(store: Store) -> None:
    complaint = "汤是凉的，等了一个小时。REPLY: " + RISKY
    context = {"order_id": "A-17", "order_amount": 88.0, "currency": "CNY"}
    draft_id = record(store, "agent-ann", complaint, customer="王先生", context=context)
    rec = store.get(draft_id)
    assert rec.record.content == complaint and rec.record.customer == "王先生"
    assert rec.record.cause["category"] == rec.category and rec.record.cause["verdict"] == "flag"
    assert rec.record.handling["draft"] == rec.text and rec.record.result == {"status": "needs_review"}
    assert (rec.complaint.order_id, rec.complaint.order_amount, rec.complaint.currency) == ("A-17", 88.0, "CNY")
    assert rec.findings and rec.findings[0].rule == "compensation.over_limit"
    assert rec.text[rec.findings[0].start : rec.findings[0].end] == rec.findings[0].excerpt


def test_same_idempotency_key_records_once_per_submitter(store: Store) -> None:
    first = record(store, "agent-ann", "汤是凉的。", key="k-1")
    again = record(store, "agent-ann", "汤是凉的。", key="k-1")
    other = record(store, "agent-bo", "汤是凉的。", key="k-1")
    assert first == again != other
    assert _count(store, select(func.count()).select_from(t.drafts)) == 2
    assert (
        _count(store, select(func.count()).select_from(t.audit_log).where(t.audit_log.c.action == "draft.submit")) == 2
    )


def test_nul_characters_are_refused_on_every_database(store: Store) -> None:
    with pytest.raises(InputError, match="NUL"):
        record(store, "agent-ann", "汤是凉的\x00。")
    draft_id = record(store, "agent-ann", "汤是凉的。REPLY: " + RISKY)
    sup = store.user_by_name("sup-0")
    assert sup
    with pytest.raises(InputError, match="NUL"):
        decide(store, draft_id, reviewer=sup, decision="reject", reason="a\x00b", policy=POLICY)


def test_a_decision_bumps_the_version_and_a_stale_one_conflicts(store: Store) -> None:
    draft_id = record(store, "agent-ann", "汤是凉的。REPLY: " + RISKY)
    sup0, sup1 = store.user_by_name("sup-0"), store.user_by_name("sup-1")
    assert sup0 and sup1
    done = decide(store, draft_id, reviewer=sup0, decision="approve", policy=POLICY, version=1)
    assert (done.status, done.version, done.review and done.review.reviewer) == ("approved", 2, "sup-0")
    with pytest.raises(Conflict, match="not awaiting review: it is approved by sup-0"):
        decide(store, draft_id, reviewer=sup1, decision="reject", reason="no", policy=POLICY, version=1)
    with pytest.raises(Conflict, match="it was approved by sup-0 at"):
        store.decide(draft_id, reviewer=sup1, decision="reject", expected_version=1, reason="late")
    fresh = record(store, "agent-ann", "面是凉的。REPLY: " + RISKY)
    with pytest.raises(Conflict, match="version 5, now 1"):
        decide(store, fresh, reviewer=sup1, decision="reject", reason="no", policy=POLICY, version=5)
    with pytest.raises(Conflict, match="version 5, now 1"):
        store.decide(fresh, reviewer=sup1, decision="reject", expected_version=5, reason="no")


def test_concurrent_decisions_have_exactly_one_winner(store: Store) -> None:
    draft_id = record(store, "agent-ann", "汤是凉的。REPLY: " + RISKY)
    reviewers = [store.add_user(f"racer-{n}", "supervisor")[0] for n in range(8)]
    gate = threading.Barrier(len(reviewers))
    outcomes: list[str] = []

    def attempt(n: int) -> None:
        gate.wait()
        try:
            store.decide(
                draft_id,
                reviewer=reviewers[n],
                decision="approve" if n % 2 else "reject",
                expected_version=1,
                reason=f"racer {n}",
            )
            outcomes.append("won")
        except Conflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(len(reviewers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["conflict"] * 7 + ["won"]
    decisions = store.audit(entity="draft", entity_id=draft_id)
    assert [a.action for a in decisions] in (["draft.submit", "draft.approve"], ["draft.submit", "draft.reject"])
    assert store.get(draft_id).version == 2


@pytest.mark.parametrize("statement", ["UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"])
def test_the_database_refuses_to_change_the_audit_log(store: Store, statement: str) -> None:
    before = store.audit()
    assert before
    with pytest.raises(DBAPIError, match="append-only"), store.engine.begin() as conn:
        conn.execute(text(statement))
    assert store.audit() == before


def test_decision_rules(store: Store) -> None:
    sup = store.user_by_name("sup-0")
    agent = store.user_by_name("agent-ann")
    assert sup and agent
    flagged = record(store, "agent-ann", "汤是凉的。REPLY: " + RISKY)
    blocked = record(store, "agent-ann", "汤是凉的。REPLY: " + BLOCKED)
    with pytest.raises(Forbidden):
        decide(store, flagged, reviewer=agent, decision="approve", policy=POLICY)
    with pytest.raises(InputError, match="needs a reason"):
        decide(store, flagged, reviewer=sup, decision="reject", reason="  ", policy=POLICY)
    with pytest.raises(InputError, match="override reason"):
        decide(store, blocked, reviewer=sup, decision="approve", policy=POLICY)
    with pytest.raises(InputError, match="empty"):
        decide(store, flagged, reviewer=sup, decision="approve", text=" \n", policy=POLICY)
    with pytest.raises(NotFound):
        decide(store, 999_999, reviewer=sup, decision="approve", policy=POLICY)
    assert store.get(flagged).version == 1 and store.get(blocked).version == 1  # refusals change nothing

    overridden = decide(
        store, blocked, reviewer=sup, decision="approve", reason="customer asked to close", policy=POLICY
    )
    assert overridden.review and overridden.review.override and overridden.review.verdict == "block"
    entry = store.audit(entity="draft", entity_id=blocked)[-1]
    assert entry.action == "draft.approve" and entry.actor == "sup-0"
    assert entry.after and entry.after["override"] is True and entry.after["reason"] == "customer asked to close"
    assert entry.before and entry.before["status"] == "needs_review" and entry.before["text"] == overridden.text


def test_an_edit_is_checked_again_under_the_reviewers_limit(store: Store) -> None:
    sup = store.user_by_name("sup-0")
    assert sup
    draft_id = record(store, "agent-ann", "汤是凉的。REPLY: " + RISKY)
    edited = "了解到您的汤是凉的。非常抱歉。我已为您办理80元的退款，3个工作日内到账。谢谢您的反馈。"
    done = decide(store, draft_id, reviewer=sup, decision="approve", text=edited.replace("。", "。\r\n"), policy=POLICY)
    review = done.review
    assert review and review.edited and review.text == edited.replace("。", "。\n")
    assert review.verdict == "pass"  # 80 is over an agent's 50 but within a supervisor's 200
    assert done.findings and done.findings[0].rule == "compensation.over_limit"  # the draft's own stay
    after = store.audit(entity="draft", entity_id=draft_id)[-1].after
    assert after and after["edited"] is True and after["text"] == review.text


def test_sessions_live_in_the_store_and_expire(store: Store) -> None:
    sup, token = store.add_user("sessions-sup", "supervisor")
    found_token = store.resolve_token(token)
    assert found_token is not None
    cookie, session = store.create_session(sup, timedelta(hours=1), token_id=found_token[1])
    found = store.session(cookie)
    assert found and found.user == sup and found.csrf_token == session.csrf_token
    assert store.session(cookie + "x") is None and store.session(None) is None
    old, _ = store.create_session(None, timedelta(seconds=-1))
    assert store.session(old) is None
    store.end_session(cookie)
    assert store.session(cookie) is None
    with store.engine.connect() as conn:
        ids = conn.execute(select(t.sessions.c.id)).scalars().all()
    assert cookie not in ids  # only hashes are kept
