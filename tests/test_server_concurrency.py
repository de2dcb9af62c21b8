"""Reliability against real `drafter serve` processes on loopback: two replicas on one database
(SQLite, and PostgreSQL when DRAFTER_TEST_POSTGRES_URL is set) take 200 concurrent submits and
reviews between them: no 5xx, one winner per contested draft, idempotent repeats, a complete
audit log. Then a restart on the same database with everything, web sessions included, still
there. Nothing lives in a server's memory, so a session made on one replica works on the other."""

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
from e2e.support import Tokens, add_users, bearer, database, live_server

from drafter.store import Store

CONTESTED = 20
ATTEMPTS = 5  # review attempts per contested draft
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

    limits = httpx.Limits(max_connections=250, max_keepalive_connections=250)
    async with httpx.AsyncClient(timeout=120, limits=limits) as client:

        async def review(n: int, draft_id: int, token: str, body: dict[str, Any]) -> Any:
            url = f"{urls[n % len(urls)]}/v1/drafts/{draft_id}/review"
            response = await client.post(url, json=body, headers=bearer(token))
            return ("review", draft_id, response.status_code, response.json())

        async def submit(n: int, key: str, complaint: str) -> Any:
            headers = bearer(tokens.agent) | {"Idempotency-Key": key}
            url = f"{urls[n % len(urls)]}/v1/drafts"
            response = await client.post(url, json={"complaint": complaint}, headers=headers)
            return ("submit", key, response.status_code, response.json())

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


def test_200_concurrent_submits_and_reviews_on_two_replicas_then_a_restart(db: str) -> None:
    store = Store(db)
    tokens = add_users(store, supervisors=4)

    with live_server(db) as server, live_server(db) as replica:
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

    # exactly one winner per contested draft; every loser was told why
    by_draft: dict[int, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
    for _, draft_id, status, body in reviews:
        by_draft[draft_id].append((status, body))
    winners: dict[int, str] = {}
    for draft_id, outcomes in by_draft.items():
        assert sorted(s for s, _ in outcomes) == [200] + [409] * (ATTEMPTS - 1)
        winners[draft_id] = next(b["status"] for s, b in outcomes if s == 200)
        assert all("not awaiting review" in b["detail"] for s, b in outcomes if s == 409)

    # idempotent repeats: one record per key, whichever request got there first
    ids_by_key: dict[str, set[int]] = defaultdict(set)
    for _, key, status, body in submits:
        assert status in (200, 201)
        ids_by_key[key].add(body["id"])
    assert all(len(ids) == 1 for ids in ids_by_key.values())
    assert Counter(s for _, _, s, _ in submits) == {201: SUBMITS - REPEATS, 200: REPEATS}

    # the audit log has every decision and every submission, nothing more
    actions = Counter(a.action for a in store.audit(entity="draft", limit=10_000))
    assert actions["draft.approve"] + actions["draft.reject"] == CONTESTED == len(winners)
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
        assert page.status_code == 200 and "Awaiting review" in page.text
    store.close()
