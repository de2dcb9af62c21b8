"""Reliability against real `drafter serve --webhook` processes on loopback: two replicas on one
database (SQLite, and PostgreSQL when DRAFTER_TEST_POSTGRES_URL is set) take 200 concurrent
submits, claims and reviews between them: no 5xx, one winner per contested draft (a claimant
always follows its claim with a decision, so no draft is left locked), idempotent repeats, a
complete audit log, and exactly one webhook delivery per decision, signed and delivered (the
helpdesk fails the first try of each, so every one is retried). Then a restart on the same
database with everything, web sessions included, still there. Nothing lives in a server's
memory, so a session made on one replica works on the other."""

from __future__ import annotations

import asyncio
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from e2e.support import WEBHOOK_SECRET, Tokens, add_users, bearer, database, live_server, receiver, wait_for

from drafter.handoff import verify
from drafter.store import Store

CONTESTED = 20
ATTEMPTS = 5  # review attempts per contested draft; the odd ones claim first
SUBMITS = 100
REPEATS = 20  # of the submits, repeats of another submit's idempotency key

ESCALATED = [
    "I found a piece of glass in my burger and cut my mouth.",
    "吃了你们的外卖之后我整晚上吐下泻，我要去医院。",
    "There was a hair in my soup and I felt sick all night.",
]
ORDINARY = ["外卖晚了两个小时，米饭也凉了。", "The delivery was late by an hour.", "服务员态度很差，叫了三次都没人理。"]


async def _storm(urls: list[str], tokens: Tokens, contested: list[int]) -> tuple[list[Any], list[Any]]:
    supervisors = list(tokens.extra.values())
    reviews: list[tuple[int, str, dict[str, Any]]] = []
    for draft_id in contested:
        for n in range(ATTEMPTS):
            body = (
                {"decision": "approve", "version": 1}
                if n % 2
                else {"decision": "reject", "reason": f"r{n}", "version": 1}
            )
            reviews.append((draft_id, supervisors[n % len(supervisors)], body))
    uniques = SUBMITS - REPEATS
    submits = [(f"key-{n}", (ESCALATED + ORDINARY)[n % 6] + f" #{n}") for n in range(uniques)]
    submits += submits[:REPEATS]  # the same key and body again, racing the first

    # no keep-alive: a pooled connection the server has just timed out would fail the request (a client race)
    limits = httpx.Limits(max_connections=300, max_keepalive_connections=0)
    async with httpx.AsyncClient(timeout=120, limits=limits) as client:

        async def review(n: int, draft_id: int, token: str, body: dict[str, Any]) -> Any:
            base = f"{urls[n % len(urls)]}/v1/drafts/{draft_id}"
            claimed = None
            if n % 2:  # claim, then decide: a claimant always follows through
                claim = await client.post(f"{base}/claim", headers=bearer(token))
                claimed = claim.status_code
                assert claimed < 500, claim.text
            response = await client.post(f"{base}/review", json=body, headers=bearer(token))
            return ("review", draft_id, response.status_code, response.json(), claimed)

        async def submit(n: int, key: str, complaint: str) -> Any:
            headers = bearer(tokens.agent) | {"Idempotency-Key": key}
            url = f"{urls[n % len(urls)]}/v1/drafts"
            response = await client.post(url, json={"complaint": complaint}, headers=headers)
            return ("submit", key, response.status_code, response.json(), None)

        jobs = [review(n, *r) for n, r in enumerate(reviews)] + [submit(n, *s) for n, s in enumerate(submits)]
        random.Random(7).shuffle(jobs)
        results = await asyncio.gather(*jobs)
    return [r for r in results if r[0] == "review"], [r for r in results if r[0] == "submit"]


def _log_in(url: str, token: str) -> str:
    with httpx.Client(base_url=url) as client:
        page = client.get("/login").text
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page)
        assert csrf
        client.post("/login", data={"token": token, "csrf_token": csrf.group(1)})
        cookie = client.cookies.get("drafter_session")
        assert cookie and client.get("/queue").status_code == 200
        return cookie


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with database(request.param, tmp_path) as url:
        yield url


def test_200_concurrent_submits_claims_and_reviews_on_two_replicas_with_webhooks_then_a_restart(db: str) -> None:
    store = Store(db)
    tokens = add_users(store, supervisors=4)
    helpdesk_cm = receiver(fail_first=1)
    helpdesk = helpdesk_cm.__enter__()
    hook = ["--webhook", helpdesk.url]
    env = {
        "DRAFTER_WEBHOOK_SECRET": WEBHOOK_SECRET,
        "DRAFTER_WEBHOOK_INITIAL_WAIT": "0.1",
        "DRAFTER_WEBHOOK_MAX_WAIT": "1",
    }

    with live_server(db, *hook, env=env) as server, live_server(db, *hook, env=env) as replica:
        seeded = [
            httpx.post(
                (server.url, replica.url)[n % 2] + "/v1/drafts",
                json={"complaint": ESCALATED[n % 3] + f" (case {n})"},
                headers=bearer(tokens.agent),
                timeout=60,
            )
            for n in range(CONTESTED)
        ]
        assert all(r.status_code == 201 and r.json()["status"] == "needs_review" for r in seeded)
        contested = [r.json()["id"] for r in seeded]
        cookie = _log_in(server.url, tokens.supervisor)
        on_replica = httpx.get(replica.url + "/queue", cookies={"drafter_session": cookie}, follow_redirects=False)
        assert on_replica.status_code == 200  # the session is in the database, not in a process

        reviews, submits = asyncio.run(_storm([server.url, replica.url], tokens, contested))
        assert len(reviews) + len(submits) == CONTESTED * ATTEMPTS + SUBMITS == 200
        server_errors = [r for r in reviews + submits if r[2] >= 500]
        assert server_errors == [], "".join(server.log[-20:] + replica.log[-20:])
        # every decision handed off: the replicas deliver while they run (retrying the 503s)
        delivered = wait_for(lambda: len(store.deliveries(status="delivered")) == CONTESTED, timeout=60)
        assert delivered, (store.deliveries(), "".join(server.log[-20:] + replica.log[-20:]))

    # exactly one winner per contested draft; every loser was told why
    by_draft: dict[int, list[tuple[int, dict[str, Any], int | None]]] = defaultdict(list)
    for _, draft_id, status, body, claimed in reviews:
        by_draft[draft_id].append((status, body, claimed))
    winners: dict[int, str] = {}
    claims = Counter(c for outcomes in by_draft.values() for _, _, c in outcomes if c is not None)
    for draft_id, outcomes in by_draft.items():
        assert sorted(s for s, _, _ in outcomes) == [200] + [409] * (ATTEMPTS - 1)
        winners[draft_id] = next(b["status"] for s, b, _ in outcomes if s == 200)
        assert all(
            "not awaiting review" in b["detail"] or "claimed by" in b["detail"] for s, b, _ in outcomes if s == 409
        )
        holders = [s for s, _, c in outcomes if c == 200]
        assert not holders or 200 in holders  # a claim held (or renewed by its holder) ends in its decision
    assert claims[200] >= 1 and set(claims) <= {200, 409}

    # exactly one delivery per decision, delivered after a retry, every request signed
    deliveries = store.deliveries()
    assert sorted(d.draft_id for d in deliveries) == sorted(winners)
    assert all(d.status == "delivered" and d.attempts == 2 for d in deliveries)
    accepted = Counter(h.delivery_id for h in helpdesk.hits if h.answered == 200)
    assert accepted == {d.delivery_id: 1 for d in deliveries}
    assert all(verify(h.body, WEBHOOK_SECRET, h.signature) for h in helpdesk.hits)

    # idempotent repeats: one record per key, whichever request got there first
    ids_by_key: dict[str, set[int]] = defaultdict(set)
    for _, key, status, body, _ in submits:
        assert status in (200, 201)
        ids_by_key[key].add(body["id"])
    assert all(len(ids) == 1 for ids in ids_by_key.values())
    assert Counter(s for _, _, s, _, _ in submits) == {201: SUBMITS - REPEATS, 200: REPEATS}

    # the audit log has every decision and every submission, nothing more
    actions = Counter(a.action for a in store.audit(entity="draft", limit=10_000))
    assert actions["draft.approve"] + actions["draft.reject"] == CONTESTED == len(winners)
    assert actions["draft.claim"] == claims[200]
    assert actions["draft.submit"] == CONTESTED + SUBMITS - REPEATS == len(store.drafts(limit=500))

    # a restart on the same database: decisions, queue and the web session are all still there
    with live_server(db) as server:
        for draft_id, status in winners.items():
            got = httpx.get(f"{server.url}/v1/drafts/{draft_id}", headers=bearer(tokens.agent)).json()
            assert (got["status"], got["version"]) == (status, 2)
        queue = httpx.get(server.url + "/v1/queue?limit=500", headers=bearer(tokens.supervisor)).json()["items"]
        expected = {d.id for d in store.drafts(status="needs_review", limit=500)}
        assert {i["id"] for i in queue} == expected and not expected & set(winners)
        page = httpx.get(server.url + "/queue", cookies={"drafter_session": cookie}, follow_redirects=False)
        assert page.status_code == 200 and "<h1>Queue" in page.text
    store.close()
