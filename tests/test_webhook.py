"""Hand-off webhooks: every approval and rejection writes a delivery in the store, in the
decision's own transaction; the server POSTs it signed with HMAC-SHA256 over the exact body,
retries with backoff on 5xx and connection errors, records every attempt, never retries a 4xx,
and two deliverers never send the same row at once."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from e2e.support import RISKY, WEBHOOK_SECRET, ScriptedBackend, Tokens, add_users, bearer, receiver, record, wait_for
from fastapi.testclient import TestClient

from drafter.errors import ConfigError, InputError
from drafter.handoff import Deliverer, WebhookConfig, sign, verify, webhook_config
from drafter.policy import load_policy
from drafter.server import create_app
from drafter.store import Store
from drafter.store.review import decide

POLICY = load_policy()
FAST = {"initial_wait": 0.05, "max_wait": 0.2, "poll": 0.2}


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[Store, Tokens]]:
    store = Store(f"sqlite:///{tmp_path / 'hooks.db'}")
    tokens = add_users(store)
    yield store, tokens
    store.close()


def test_the_signature_is_hmac_sha256_over_the_exact_body() -> None:
    body = '{"reply":"您好"}'.encode()
    signature = sign(body, "s" * 20)
    assert signature.startswith("sha256=") and len(signature) == 7 + 64
    assert verify(body, "s" * 20, signature)
    assert not verify(body + b" ", "s" * 20, signature) and not verify(body, "t" * 20, signature)
    assert not verify(body, "s" * 20, None)


def test_a_webhook_needs_an_http_url_and_a_secret_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DRAFTER_WEBHOOK", raising=False)
    monkeypatch.setenv("DRAFTER_CONFIG", "/nonexistent.toml")
    assert webhook_config(None) is None
    monkeypatch.delenv("DRAFTER_WEBHOOK_SECRET", raising=False)
    with pytest.raises(ConfigError, match="DRAFTER_WEBHOOK_SECRET"):
        webhook_config("https://helpdesk.example/hook")
    monkeypatch.setenv("DRAFTER_WEBHOOK_SECRET", WEBHOOK_SECRET)
    with pytest.raises(InputError, match="http"):
        webhook_config("ftp://helpdesk.example/hook")
    config = webhook_config("https://helpdesk.example/hook")
    assert config is not None and config.secret == WEBHOOK_SECRET


@pytest.mark.parametrize("decision", ["approve", "reject"])
def test_a_decision_is_delivered_signed_retried_and_recorded(team: tuple[Store, Tokens], decision: str) -> None:
    store, tokens = team
    draft_id = record(store, "agent-ann", "汤是凉的。REPLY: " + RISKY, customer="王先生", context={"order_id": "A-9"})
    with receiver(fail_first=2) as helpdesk:
        config = WebhookConfig(url=helpdesk.url, secret=WEBHOOK_SECRET, **FAST)
        with TestClient(create_app(store, backend=ScriptedBackend(), webhook=config)) as client:
            body = {"decision": decision} | ({"reason": "tone"} if decision == "reject" else {})
            answer = client.post(f"/v1/drafts/{draft_id}/review", json=body, headers=bearer(tokens.supervisor))
            assert answer.status_code == 200
            delivered = wait_for(lambda: [d for d in store.deliveries(draft_id=draft_id) if d.status == "delivered"])
            assert delivered, store.deliveries(draft_id=draft_id)
    (delivery,) = store.deliveries(draft_id=draft_id)
    assert (delivery.attempts, delivery.last_status) == (3, 200)  # 503, 503, then 200
    assert [h.answered for h in helpdesk.hits] == [503, 503, 200]
    assert all(verify(h.body, WEBHOOK_SECRET, h.signature) for h in helpdesk.hits)
    assert {h.body for h in helpdesk.hits} == {delivery.body.encode()}  # the same bytes each time
    payload = json.loads(helpdesk.hits[-1].body)
    status = "approved" if decision == "approve" else "rejected"
    assert payload["event"] == helpdesk.hits[-1].event == f"draft.{status}"
    assert payload["delivery_id"] == delivery.delivery_id == helpdesk.hits[-1].delivery_id
    assert payload["draft"]["id"] == draft_id and payload["draft"]["customer"] == "王先生"
    assert payload["draft"]["order_id"] == "A-9" and payload["decision"]["reviewer"] == "sup-0"
    if decision == "approve":
        assert payload["reply"] == store.get(draft_id).text and "赔您100元" in payload["reply"]
    else:
        assert payload["reply"] is None and payload["decision"]["reason"] == "tone"


def test_a_4xx_is_not_retried_and_exhausted_retries_fail(team: tuple[Store, Tokens]) -> None:
    store, _ = team
    sup = store.user_by_name("sup-0")
    assert sup
    first = record(store, "agent-ann", "汤是凉的。REPLY: " + RISKY)
    second = record(store, "agent-ann", "面是凉的。REPLY: " + RISKY)

    async def deliver(url: str, attempts: int) -> list[Any]:
        deliverer = Deliverer(store, WebhookConfig(url=url, secret=WEBHOOK_SECRET, attempts=attempts, **FAST))
        try:
            due = await asyncio.to_thread(store.due_deliveries, url)
            return [await deliverer.deliver(d) for d in due]
        finally:
            await deliverer.aclose()

    with receiver(status=400) as refusing:
        decide(store, first, reviewer=sup, decision="approve", policy=POLICY, webhook_url=refusing.url)
        assert asyncio.run(deliver(refusing.url, 5)) == ["failed"]
        assert len(refusing.hits) == 1
    with receiver(fail_first=-1) as down:
        decide(store, second, reviewer=sup, decision="approve", policy=POLICY, webhook_url=down.url)
        assert asyncio.run(deliver(down.url, 3)) == ["failed"]
        assert len(down.hits) == 3
    failed = {d.draft_id: d for d in store.deliveries(status="failed")}
    assert failed[first].attempts == 1 and failed[first].last_status == 400
    assert failed[second].attempts == 3 and failed[second].last_status == 503


def test_two_deliverers_never_send_the_same_row_and_rows_left_by_the_cli_are_picked_up(
    team: tuple[Store, Tokens],
) -> None:
    store, _ = team
    sup = store.user_by_name("sup-1")
    assert sup
    ids = [record(store, "agent-ann", f"汤是凉的 #{n}。REPLY: " + RISKY) for n in range(6)]
    with receiver() as helpdesk:
        for draft_id in ids:  # as `drafter review approve` does with DRAFTER_WEBHOOK set: no server involved
            decide(store, draft_id, reviewer=sup, decision="approve", policy=POLICY, webhook_url=helpdesk.url)
        assert len(store.deliveries(status="pending")) == 6

        async def race() -> list[Any]:
            config = WebhookConfig(url=helpdesk.url, secret=WEBHOOK_SECRET, **FAST)
            a, b = Deliverer(store, config), Deliverer(store, config)
            try:
                due = await asyncio.to_thread(store.due_deliveries, helpdesk.url)
                return list(await asyncio.gather(*(d.deliver(x) for x in due for d in (a, b))))
            finally:
                await a.aclose()
                await b.aclose()

        outcomes = asyncio.run(race())
    assert sorted(outcomes, key=str) == [None] * 6 + ["delivered"] * 6  # one of each pair lost the lease
    assert len(helpdesk.hits) == 6 and len({h.delivery_id for h in helpdesk.hits}) == 6
    assert {d.status for d in store.deliveries()} == {"delivered"}
