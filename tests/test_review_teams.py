"""Review for real teams, through the HTTP API on SQLite and on PostgreSQL (when
DRAFTER_TEST_POSTGRES_URL is set): approval authority per role (403 naming the role needed, the
draft stays queued for that role), revocable, rotatable, expiring tokens, disabled users, role
changes and the admin-only user API, all audited."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from e2e.support import RISKY, ScriptedBackend, add_users, bearer, database
from fastapi.testclient import TestClient

from drafter.server import create_app
from drafter.store import Store


@dataclass
class Team:
    store: Store
    client: TestClient
    agent: str
    supervisor: str
    store_manager: str
    executive: str  # also an admin

    def submit(self, complaint: str, **extra: Any) -> dict[str, Any]:
        response = self.client.post("/v1/drafts", json={"complaint": complaint, **extra}, headers=bearer(self.agent))
        assert response.status_code == 201, response.text
        body: dict[str, Any] = response.json()
        return body

    def review(self, token: str, draft_id: int, **body: Any) -> Any:
        return self.client.post(f"/v1/drafts/{draft_id}/review", json=body, headers=bearer(token))

    def queue_ids(self, token: str, query: str = "") -> list[int]:
        response = self.client.get(f"/v1/queue?limit=500{query}", headers=bearer(token))
        assert response.status_code == 200, response.text
        return [i["id"] for i in response.json()["items"]]


@pytest.fixture(params=["sqlite", "postgresql"])
def team(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Team]:
    with database(request.param, tmp_path) as url:
        store = Store(url)
        tokens = add_users(store)
        store_manager = store.add_user("sm-lin", "store_manager")[1]
        executive = store.add_user("exec-chen", "executive", admin=True)[1]
        with TestClient(create_app(store, backend=ScriptedBackend())) as client:
            yield Team(store, client, tokens.agent, tokens.supervisor, store_manager, executive)
        store.close()


PROMISES_5000 = [
    ("zh-Hans", "汤是凉的，我要投诉。REPLY: 我们会赔您5000元。"),
    ("zh-Hant", "湯是涼的，我要投訴。REPLY: 我們會賠您5000元。"),
    ("en", "The soup was cold and I want to complain. REPLY: We will refund you 5,000 yuan."),
]


@pytest.mark.parametrize(("language", "complaint"), PROMISES_5000)
def test_only_an_executive_may_approve_a_reply_promising_5000(team: Team, language: str, complaint: str) -> None:
    draft = team.submit(complaint)
    assert draft["language"] == language and draft["status"] == "needs_review"
    draft_id = draft["id"]
    assert team.store.get(draft_id).required_role == "executive"

    for token, role in ((team.supervisor, "supervisor"), (team.store_manager, "store_manager")):
        refused = team.review(token, draft_id, decision="approve", version=1)
        assert refused.status_code == 403
        body = refused.json()
        assert body["required_role"] == "executive"
        assert "needs an executive" in body["detail"] and f"beyond the {role} approval limit" in body["detail"]
        got = team.client.get(f"/v1/drafts/{draft_id}", headers=bearer(team.agent)).json()
        assert (got["status"], got["version"], got["required_role"]) == ("needs_review", 1, "executive")

    # listed for the executive, not in the supervisor's or the store manager's own queue
    assert draft_id in team.queue_ids(team.executive)
    assert draft_id not in team.queue_ids(team.supervisor)
    assert draft_id not in team.queue_ids(team.store_manager)
    assert draft_id in team.queue_ids(team.supervisor, "&required_role=executive")
    assert draft_id in team.queue_ids(team.supervisor, "&required_role=any")

    approved = team.review(team.executive, draft_id, decision="approve", version=1)
    assert approved.status_code == 200 and approved.json()["status"] == "approved"
    assert approved.json()["review"]["reviewer"] == "exec-chen"
    actions = [(a.action, a.actor) for a in team.store.audit(entity="draft", entity_id=draft_id)]
    assert actions == [
        ("draft.submit", "agent-ann"),
        ("draft.approve_refused", "sup-0"),
        ("draft.approve_refused", "sm-lin"),
        ("draft.approve", "exec-chen"),
    ]


def test_an_edit_beyond_the_reviewers_limit_is_refused_and_routed_to_the_role_it_needs(team: Team) -> None:
    draft_id = team.submit("汤是凉的。REPLY: " + RISKY)["id"]  # 100: a supervisor may approve it
    assert team.store.get(draft_id).required_role == "supervisor"
    edit = "了解到您的汤是凉的。非常抱歉。我们会赔您500元。谢谢您的反馈。"
    refused = team.review(team.supervisor, draft_id, decision="approve", text=edit, version=1)
    assert refused.status_code == 403 and refused.json()["required_role"] == "store_manager"
    record = team.store.get(draft_id)
    assert record.status == "needs_review" and record.text != edit and record.required_role == "store_manager"
    refusal = team.store.audit(entity="draft", entity_id=draft_id)[-1]
    assert refusal.action == "draft.approve_refused" and refusal.after and refusal.after["text"] == edit
    assert draft_id in team.queue_ids(team.store_manager) and draft_id not in team.queue_ids(team.supervisor)

    done = team.review(team.store_manager, draft_id, decision="approve", text=edit, version=1)
    assert done.status_code == 200 and done.json()["review"]["verdict"] == "pass"


def test_any_reviewer_may_reject_and_agents_may_not_review(team: Team) -> None:
    draft_id = team.submit(PROMISES_5000[0][1])["id"]
    agent = team.review(team.agent, draft_id, decision="reject", reason="no")
    assert agent.status_code == 403
    rejected = team.review(team.supervisor, draft_id, decision="reject", reason="far beyond what we offer")
    assert rejected.status_code == 200 and rejected.json()["status"] == "rejected"


def test_a_promise_the_guardrail_cannot_value_needs_a_role_without_a_limit(team: Team) -> None:
    unvalued = team.submit("汤是凉的。REPLY: 我们会为您全额退款。")["id"]
    valued = team.submit("汤是凉的。REPLY: 我们会为您全额退款。", context={"order_amount": 300})["id"]
    assert team.store.get(unvalued).required_role == "executive"  # fail closed
    assert team.store.get(valued).required_role == "store_manager"  # 300 > 200


# ---------------------------------------------------------------------------- tokens and users


def test_a_revoked_token_gets_401_at_once_and_its_web_session_ends(team: Team) -> None:
    client = team.client
    assert client.get("/v1/queue", headers=bearer(team.supervisor)).status_code == 200
    page = client.get("/login").text
    csrf = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    assert client.post("/login", data={"token": team.supervisor, "csrf_token": csrf}).status_code == 200
    assert client.get("/queue", follow_redirects=False).status_code == 200

    revoked = client.post("/v1/users/sup-0/revoke", headers=bearer(team.executive))
    assert revoked.status_code == 200 and revoked.json()["tokens"] == 0
    gone = client.get("/v1/queue", headers=bearer(team.supervisor))
    assert gone.status_code == 401 and gone.headers["www-authenticate"] == "Bearer"
    assert client.get("/queue", follow_redirects=False).headers["location"] == "/login"

    rotated = client.post("/v1/users/sup-0/rotate", headers=bearer(team.executive))
    assert rotated.status_code == 200
    new = rotated.json()["token"]
    assert client.get("/v1/queue", headers=bearer(new)).status_code == 200
    assert client.get("/v1/queue", headers=bearer(team.supervisor)).status_code == 401  # still dead
    audit = [(a.action, a.actor) for a in team.store.audit(entity="user") if a.action != "user.add"]
    assert audit == [("user.revoke", "exec-chen"), ("user.rotate", "exec-chen")]


def test_rotate_kills_the_old_token_disable_and_enable_and_set_role(team: Team) -> None:
    store = team.store
    _, token = store.rotate("sm-lin", actor="cli:ops")
    assert team.client.get("/v1/queue", headers=bearer(team.store_manager)).status_code == 401
    assert team.client.get("/v1/queue", headers=bearer(token)).status_code == 200

    store.disable("sm-lin", actor="cli:ops")
    assert team.client.get("/v1/queue", headers=bearer(token)).status_code == 401
    store.enable("sm-lin", actor="cli:ops")
    assert team.client.get("/v1/queue", headers=bearer(token)).status_code == 200

    draft_id = team.submit(PROMISES_5000[0][1])["id"]
    assert team.review(token, draft_id, decision="approve").status_code == 403
    store.set_role("sm-lin", "executive", actor="cli:ops")  # the new limit applies at the next request
    assert team.review(token, draft_id, decision="approve").status_code == 200
    actions = [a.action for a in store.audit(entity="user") if a.actor == "cli:ops"]
    assert actions == ["user.rotate", "user.disable", "user.enable", "user.set_role"]
    last = store.audit(entity="user")[-1]
    assert last.before == {"role": "store_manager"} and last.after == {"role": "executive"}


def test_a_token_stops_working_when_it_expires(team: Team) -> None:
    soon = datetime.now(UTC) + timedelta(seconds=1.5)
    _, token = team.store.add_user("temp-helper", "supervisor", expires_at=soon)
    info = team.store.user_info("temp-helper")
    assert info.tokens == 1 and info.token_expires_at is not None
    assert team.client.get("/v1/queue", headers=bearer(token)).status_code == 200
    time.sleep(max(0.0, (soon - datetime.now(UTC)).total_seconds()) + 0.2)
    assert team.client.get("/v1/queue", headers=bearer(token)).status_code == 401
    assert team.store.user_info("temp-helper").tokens == 0


def test_the_user_api_is_for_admins_only_and_audited(team: Team) -> None:
    client = team.client
    for token in (team.agent, team.supervisor, team.store_manager):
        assert client.get("/v1/users", headers=bearer(token)).status_code == 403
        assert client.post("/v1/users/sup-1/revoke", headers=bearer(token)).status_code == 403
    admin = bearer(team.executive)
    added = client.post("/v1/users", json={"name": "new-sm", "role": "store_manager"}, headers=admin)
    assert added.status_code == 201 and added.json()["user"]["role"] == "store_manager"
    assert client.get("/v1/queue", headers=bearer(added.json()["token"])).status_code == 200
    bad = client.post("/v1/users", json={"name": "x", "role": "boss"}, headers=admin)
    assert bad.status_code == 422 and "unknown role 'boss'" in bad.json()["detail"]
    past = client.post(
        "/v1/users", json={"name": "y", "role": "agent", "expires_at": "2001-01-01T00:00:00Z"}, headers=admin
    )
    assert past.status_code == 422 and "future" in past.json()["detail"]
    assert client.post("/v1/users/nobody/disable", headers=admin).status_code == 404
    role = client.post("/v1/users/new-sm/role", json={"role": "supervisor"}, headers=admin)
    assert role.status_code == 200 and role.json()["role"] == "supervisor"
    made = client.post("/v1/users/new-sm/admin", json={"admin": True}, headers=admin)
    assert made.json()["admin"] is True
    names = {u["name"]: u for u in client.get("/v1/users", headers=admin).json()["items"]}
    assert names["new-sm"]["admin"] and names["sup-0"]["tokens"] == 1 and "token" not in names["sup-0"]
    log = client.get("/v1/audit?entity=user", headers=admin).json()["items"]
    mine = [(e["action"], e["after"]) for e in log if e["actor"] == "exec-chen"]
    assert mine == [
        ("user.add", {"name": "new-sm", "role": "store_manager", "admin": False}),
        ("user.set_role", {"role": "supervisor"}),
        ("user.set_admin", {"admin": True}),
    ]
