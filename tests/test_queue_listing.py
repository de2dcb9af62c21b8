"""The queue for a team, in the store and over the API, on SQLite and PostgreSQL: search (text,
customer, order id), filters, sort orders and cursor pages that neither repeat nor skip, the
history of decided drafts with the final text's own findings, claims, follow-up deadlines
(due, overdue, marked done), and audit entries with a before/after diff."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from e2e.support import BLOCKED, RISKY, ScriptedBackend, add_users, bearer, database, record
from fastapi.testclient import TestClient
from sqlalchemy import update

from drafter.errors import InputError
from drafter.policy import load_policy
from drafter.server import create_app
from drafter.store import Conflict, Filters, Store, User
from drafter.store import schema as t
from drafter.store.review import decide

POLICY = load_policy()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with database(request.param, tmp_path) as url:
        opened = Store(url)
        add_users(opened)
        yield opened
        opened.close()


def user(store: Store, name: str) -> User:
    found = store.user_by_name(name)
    assert found is not None
    return found


def ids(items: list[object]) -> list[int]:
    return [i.id for i in items]  # type: ignore[attr-defined]


def test_search_finds_text_customer_and_order_id_and_filters_narrow(store: Store) -> None:
    soup = record(store, "agent-ann", "汤是凉的。REPLY: " + RISKY, customer="王先生", context={"order_id": "ORD-77"})
    parcel = record(store, "agent-bo", "My parcel is late and 100% wrong. REPLY: We will refund you 100 yuan.")
    glass = record(store, "agent-ann", "I found glass in my burger and cut my mouth.", customer="Ms Lee")
    trad = record(store, "agent-ann", "湯是涼的。REPLY: 這不是我們的事。")
    ready = record(store, "agent-ann", "汤是凉的。")  # pass: not in the queue

    def found(**filters: object) -> list[int]:
        items, _ = store.search(Filters.model_validate({"status": "needs_review", **filters}), limit=100)
        return sorted(ids(items))

    assert found(q="王先生") == [soup]
    assert found(q="ord-77") == [soup]  # case-insensitive, in the order id
    assert found(q="PARCEL") == [parcel]
    assert found(q="100%") == [parcel]  # % is a character here, not a wildcard
    assert found(q="refund you 100") == [parcel]  # in the reply too
    assert found(q="湯是涼") == [trad]
    assert found(language="zh-Hant") == [trad]
    assert found(language="en") == sorted([parcel, glass])
    assert found(reason="foreign_object") == [glass]
    assert found(verdict="block") == [trad]
    assert found(severity="critical") == [trad]
    assert found(required_role="supervisor") == sorted([soup, parcel, glass, trad])
    items, _ = store.search(Filters(status="any"), limit=100)
    assert ready in ids(items)
    with pytest.raises(InputError, match="lowercase word"):
        Filters(category="x' OR 1=1 --").check()


def test_cursor_pages_neither_repeat_nor_skip_in_every_sort(store: Store) -> None:
    made = [
        record(store, "agent-ann", f"汤是凉的 #{n}。REPLY: " + (BLOCKED if n % 3 == 0 else RISKY)) for n in range(7)
    ]
    for sort in ("priority", "oldest", "newest", "due"):
        whole, _ = store.search(Filters(status="needs_review"), sort=sort, limit=100)
        pages: list[int] = []
        cursor = None
        while True:
            items, cursor = store.search(Filters(status="needs_review"), sort=sort, limit=3, cursor=cursor)
            pages += ids(items)
            if cursor is None:
                break
        assert pages == ids(whole) and sorted(pages) == sorted(made), sort
    blocked = [d for n, d in enumerate(made) if n % 3 == 0]
    assert ids(store.search(Filters(status="needs_review"), sort="priority", limit=3)[0]) == blocked
    assert ids(store.search(Filters(status="needs_review"), sort="newest", limit=2)[0]) == made[:-3:-1]
    _, cursor = store.search(Filters(status="needs_review"), sort="oldest", limit=2)
    assert cursor is not None
    with pytest.raises(InputError, match="another sort order"):
        store.search(Filters(status="needs_review"), sort="newest", cursor=cursor)
    with pytest.raises(InputError, match="not a cursor"):
        store.search(Filters(status="needs_review"), cursor="bm90IGpzb24")


def test_history_shows_the_decision_and_the_final_texts_own_findings(store: Store) -> None:
    sup = user(store, "sup-0")
    edited = record(store, "agent-ann", "汤是凉的。REPLY: " + RISKY)
    overridden = record(store, "agent-ann", "汤是凉的。REPLY: " + BLOCKED)
    rejected = record(store, "agent-ann", "面是凉的。REPLY: " + RISKY)
    record(store, "agent-ann", "饭是凉的。REPLY: " + RISKY)  # still queued: not history
    decide(store, edited, reviewer=sup, decision="approve", policy=POLICY, text="非常抱歉，我们会赔您150元。谢谢。")
    decide(store, overridden, reviewer=sup, decision="approve", policy=POLICY, reason="the customer asked for it")
    decide(store, rejected, reviewer=user(store, "sup-1"), decision="reject", policy=POLICY, reason="tone")

    items, _ = store.history(limit=10)
    assert ids(items) == [rejected, overridden, edited]  # most recent decision first
    by_id = {i.id: i for i in items}
    assert by_id[rejected].review.decision == "reject" and by_id[rejected].review.reviewer == "sup-1"
    assert by_id[overridden].override and by_id[overridden].final_verdict == "block"
    assert by_id[overridden].review.findings[0].rule.startswith("forbidden")
    assert by_id[edited].review.edited and by_id[edited].final_verdict == "pass"
    assert by_id[edited].verdict == "flag"  # the drafted verdict stays; the final one is shown beside it
    assert ids(store.history(Filters(status="rejected"))[0]) == [rejected]
    assert ids(store.history(Filters(q="150元"))[0]) == [edited]


def test_claims_keep_two_reviewers_off_one_draft(store: Store) -> None:
    sup0, sup1 = user(store, "sup-0"), user(store, "sup-1")
    draft_id = record(store, "agent-ann", "汤是凉的。REPLY: " + RISKY)
    claimed = store.claim(draft_id, user=sup0)
    assert claimed.claim is not None and claimed.claim.by == "sup-0" and claimed.version == 1
    with pytest.raises(Conflict, match="claimed by sup-0"):
        store.claim(draft_id, user=sup1)
    with pytest.raises(Conflict, match="claimed by sup-0"):
        decide(store, draft_id, reviewer=sup1, decision="reject", reason="no", policy=POLICY)
    with pytest.raises(Conflict, match="claimed by sup-0"):  # the store enforces it too, atomically
        store.decide(draft_id, reviewer=sup1, decision="reject", expected_version=1, reason="no")
    with pytest.raises(Conflict, match="someone else"):
        store.release(draft_id, user=sup1)
    assert store.claim(draft_id, user=sup0).claim is not None  # renewing one's own claim is fine
    store.release(draft_id, user=sup0)
    assert store.get(draft_id).claim is None
    store.claim(draft_id, user=sup1)
    done = decide(store, draft_id, reviewer=sup1, decision="approve", policy=POLICY)
    assert done.status == "approved" and done.claim is None
    actions = [a.action for a in store.audit(entity="draft", entity_id=draft_id)]
    assert actions == ["draft.submit", "draft.claim", "draft.claim", "draft.release", "draft.claim", "draft.approve"]


def test_an_expired_claim_can_be_taken_over(store: Store) -> None:
    sup0, sup1 = user(store, "sup-0"), user(store, "sup-1")
    draft_id = record(store, "agent-ann", "汤是凉的。REPLY: " + RISKY)
    store.claim(draft_id, user=sup0, ttl=timedelta(seconds=-1))  # already over
    assert store.get(draft_id).claim is None
    assert store.claim(draft_id, user=sup1).claim.by == "sup-1"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("reply", "hours"),
    [
        ("We will call you back within 2 hours.", 2),
        ("我们会在24小时内给您回复。", 24),
        ("我們會在3小時內給您回覆。", 3),
    ],
)
def test_a_promised_time_becomes_follow_up_due_overdue_then_done(store: Store, reply: str, hours: int) -> None:
    draft_id = record(store, "agent-ann", "I found glass in my burger. REPLY: " + reply)
    rec = store.get(draft_id)
    assert rec.follow_up is not None and not rec.follow_up.overdue
    assert rec.follow_up.due - rec.created_at == timedelta(hours=hours)
    assert store.search(Filters(overdue=True))[0] == []
    with store.engine.begin() as conn:  # time passes: move the deadline into the past
        conn.execute(
            update(t.drafts)
            .where(t.drafts.c.id == draft_id)
            .values(follow_up_due=rec.follow_up.due - timedelta(hours=hours + 1))
        )
    overdue, _ = store.search(Filters(overdue=True), sort="due")
    assert ids(overdue) == [draft_id] and overdue[0].follow_up and overdue[0].follow_up.overdue
    done = store.follow_up_done(draft_id, user=user(store, "agent-ann"))
    assert done.follow_up and done.follow_up.done_by == "agent-ann" and not done.follow_up.overdue
    assert store.search(Filters(overdue=True))[0] == []
    with pytest.raises(Conflict, match="already marked done"):
        store.follow_up_done(draft_id, user=user(store, "sup-0"))
    entry = store.audit(entity="draft", entity_id=draft_id)[-1]
    assert entry.action == "draft.follow_up_done" and entry.after and entry.after["late"] is True


def test_no_promise_no_follow_up_and_an_edit_replaces_the_promise(store: Store) -> None:
    quiet = record(store, "agent-ann", "汤是凉的。REPLY: " + RISKY)
    assert store.get(quiet).follow_up is None
    with pytest.raises(InputError, match="promises no follow-up"):
        store.follow_up_done(quiet, user=user(store, "sup-0"))
    done = decide(
        store,
        quiet,
        reviewer=user(store, "sup-0"),
        decision="approve",
        policy=POLICY,
        text="非常抱歉，2小时内给您回电。",
    )
    assert done.follow_up is not None and done.follow_up.due - done.review.at == timedelta(hours=2)  # type: ignore[union-attr]


def test_the_api_lists_pages_history_claims_and_follow_ups(store: Store) -> None:
    sup0 = user(store, "sup-0")
    with TestClient(create_app(store, backend=ScriptedBackend())) as client:
        token = store.rotate("sup-0")[1]
        agent = store.rotate("agent-ann")[1]
        headers = bearer(token)
        made = [
            client.post(
                "/v1/drafts",
                json={"complaint": f"汤是凉的 #{n}。REPLY: 2小时内给您回电，{RISKY}"},
                headers=bearer(agent),
            ).json()["id"]
            for n in range(5)
        ]
        first = client.get("/v1/queue?limit=2&sort=oldest", headers=headers).json()
        second = client.get(f"/v1/queue?limit=2&sort=oldest&cursor={first['next_cursor']}", headers=headers).json()
        assert [i["id"] for i in first["items"] + second["items"]] == made[:4]
        assert first["items"][0]["follow_up"]["phrase"] == "2小时内"
        bad = client.get("/v1/queue?cursor=%%%", headers=headers)
        assert bad.status_code == 422
        assert client.get("/v1/queue?category=Robert');--", headers=headers).status_code == 422

        claimed = client.post(f"/v1/drafts/{made[0]}/claim", json={"minutes": 5}, headers=headers)
        assert claimed.status_code == 200 and claimed.json()["claim"]["by"] == sup0.name
        other = bearer(store.rotate("sup-1")[1])
        assert client.post(f"/v1/drafts/{made[0]}/claim", headers=other).status_code == 409
        taken = client.post(f"/v1/drafts/{made[0]}/review", json={"decision": "approve"}, headers=other)
        assert taken.status_code == 409 and taken.json()["claimed_by"] == "sup-0"
        assert client.post(f"/v1/drafts/{made[0]}/release", headers=headers).status_code == 200
        assert (
            client.post(f"/v1/drafts/{made[0]}/review", json={"decision": "approve"}, headers=other).status_code == 200
        )

        history = client.get("/v1/history", headers=headers).json()["items"]
        assert [h["id"] for h in history] == [made[0]] and history[0]["review"]["reviewer"] == "sup-1"
        assert client.post(f"/v1/drafts/{made[1]}/follow-up", headers=bearer(agent)).status_code == 200
        again = client.post(f"/v1/drafts/{made[1]}/follow-up", headers=headers)
        assert again.status_code == 409
        someone_else = bearer(store.rotate("agent-bo")[1])
        assert client.post(f"/v1/drafts/{made[2]}/follow-up", headers=someone_else).status_code == 404
