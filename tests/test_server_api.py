"""The HTTP API contract: /v1/check and /v1/drafts speak the CLI's JSON-lines objects, drafts
are recorded and queued, supervisors decide with optimistic concurrency, bad input is a 4xx."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
from e2e.support import BLOCKED, RISKY, Tokens, bearer, clean_env
from fastapi.testclient import TestClient

from drafter.backends.template_backend import TemplateBackend
from drafter.server import create_app
from drafter.store import Store

DRAFTER = [sys.executable, "-c", "from drafter.cli import main; main()"]


def submit(client: TestClient, token: str, obj: dict[str, Any], **headers: str) -> Any:
    return client.post("/v1/drafts", content=json.dumps(obj, ensure_ascii=False), headers=bearer(token) | headers)


def cli_lines(command: str, lines: list[str]) -> list[str]:
    result = subprocess.run(
        [*DRAFTER, command, "--jsonl", "-"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        env=clean_env(),
    )
    return result.stdout.splitlines()


CHECK_LINES = [
    json.dumps({"id": "a", "text": "您好，这不是我们的事。", "extra": 1}, ensure_ascii=False),
    json.dumps({"id": 7, "text": "We will refund you $500 today.", "role": "agent"}),
    json.dumps({"id": "c", "text": "感谢您的耐心，已为您补发。", "language": "zh-Hans"}, ensure_ascii=False),
    json.dumps({"id": "d", "text": "退您100元", "context": {"order_amount": 100}}, ensure_ascii=False),
    json.dumps({"id": "e", "text": "x", "role": "boss"}),
    json.dumps({"id": "f"}),
    "{not json",
]


def test_check_answers_byte_for_byte_what_drafter_check_jsonl_prints(client: TestClient, tokens: Tokens) -> None:
    expected = cli_lines("check", CHECK_LINES)
    assert len(expected) == len(CHECK_LINES)
    statuses = []
    for line, want in zip(CHECK_LINES, expected, strict=True):
        response = client.post("/v1/check", content=line.encode(), headers=bearer(tokens.agent))
        assert response.content == want.encode()
        assert response.headers["content-type"].startswith("application/json")
        statuses.append(response.status_code)
    assert statuses == [200, 200, 200, 200, 422, 422, 400]


def _comparable(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if k not in ("id", "timings")}


def test_drafts_answer_the_drafter_draft_jsonl_object_plus_the_record_id(tokens: Tokens, store: Store) -> None:
    inputs = [
        {"id": "x1", "complaint": "外卖晚了两个小时，我要退款", "context": {"order_amount": 30, "order_id": "A9"}},
        {"id": 2, "complaint": "I found glass in my burger and cut my mouth.", "customer": "Ms Lee"},
    ]
    expected = [json.loads(line) for line in cli_lines("draft", [json.dumps(o, ensure_ascii=False) for o in inputs])]
    client = TestClient(create_app(store, backend=TemplateBackend()))  # what `drafter draft` uses offline
    for obj, want in zip(inputs, expected, strict=True):
        response = submit(client, tokens.agent, obj)
        assert response.status_code == 201
        got = response.json()
        assert list(got) == list(want)  # same keys, same order
        assert _comparable(got) == _comparable(want)
        assert got["status"] in ("ready", "needs_review") and store.get(got["id"]).status == got["status"]
        assert store.get(got["id"]).input_id == obj["id"]


@pytest.mark.parametrize(
    ("complaint", "status", "verdict", "queued"),
    [
        ("汤是凉的。", "ready", "pass", False),
        ("汤是凉的。REPLY: " + RISKY, "needs_review", "flag", True),
        ("汤是凉的。REPLY: " + BLOCKED, "needs_review", "block", True),
        ("I found glass in my burger and cut my mouth.", "needs_review", "pass", True),
    ],
)
def test_flagged_and_escalated_drafts_are_queued_and_pass_drafts_are_ready(
    client: TestClient, tokens: Tokens, complaint: str, status: str, verdict: str, queued: bool
) -> None:
    created = submit(client, tokens.agent, {"complaint": complaint}).json()
    assert (created["status"], created["guard"]["verdict"]) == (status, verdict)
    items = client.get("/v1/queue", headers=bearer(tokens.supervisor)).json()["items"]
    assert (created["id"] in [i["id"] for i in items]) == queued
    for item in items:
        assert {"id", "status", "verdict", "escalate", "created_at"} <= set(item)


def test_queue_lists_most_severe_then_oldest_first(client: TestClient, tokens: Tokens) -> None:
    ids = [
        submit(client, tokens.agent, {"complaint": c}).json()["id"]
        for c in (
            "I found glass in my burger and cut my mouth.",
            "汤是凉的。REPLY: " + RISKY,
            "汤是凉的。REPLY: " + BLOCKED,
        )
    ]
    items = client.get("/v1/queue", headers=bearer(tokens.supervisor)).json()["items"]
    assert [i["id"] for i in items] == [ids[2], ids[1], ids[0]]
    assert [i["verdict"] for i in items] == ["block", "flag", "pass"]


def test_idempotency_key_header_or_body_records_once(client: TestClient, tokens: Tokens, store: Store) -> None:
    body = {"complaint": "汤是凉的。REPLY: " + RISKY}
    first = submit(client, tokens.agent, body, **{"Idempotency-Key": "order-1"})
    again = submit(client, tokens.agent, body, **{"Idempotency-Key": "order-1"})
    in_body = submit(client, tokens.agent, body | {"idempotency_key": "order-1"})
    assert (first.status_code, again.status_code, in_body.status_code) == (201, 200, 200)
    assert first.content == again.content == in_body.content
    assert again.headers["idempotent-replayed"] == "true"
    assert len(store.drafts()) == 1
    other_body = submit(client, tokens.agent, {"complaint": "别的投诉"}, **{"Idempotency-Key": "order-1"})
    assert other_body.status_code == 409 and "different request" in other_body.json()["detail"]
    differ = submit(client, tokens.agent, body | {"idempotency_key": "b"}, **{"Idempotency-Key": "a"})
    assert differ.status_code == 400
    assert submit(client, tokens.agent2, body, **{"Idempotency-Key": "order-1"}).status_code == 201  # per submitter


def _queued(client: TestClient, tokens: Tokens, complaint: str) -> dict[str, Any]:
    created = submit(client, tokens.agent, {"complaint": complaint}).json()
    got = client.get(f"/v1/drafts/{created['id']}", headers=bearer(tokens.agent)).json()
    assert isinstance(got, dict)
    return got


def test_approve_with_an_edit_is_rechecked_and_the_agent_sees_the_outcome(client: TestClient, tokens: Tokens) -> None:
    draft = _queued(client, tokens, "汤是凉的。REPLY: " + RISKY)
    assert draft["version"] == 1 and draft["findings"][0]["rule"] == "compensation.over_limit"
    edited = draft["text"].replace("100元", "150元")  # the draft as written, with its amount changed
    assert edited != draft["text"]
    response = client.post(
        f"/v1/drafts/{draft['id']}/review",
        json={"decision": "approve", "text": edited, "version": 1},
        headers=bearer(tokens.supervisor),
    )
    assert response.status_code == 200
    review = response.json()["review"]
    assert review["edited"] and review["text"] == edited
    assert review["verdict"] == "pass"  # 150 is within a supervisor's 200
    assert not [f for f in review["findings"] if f["category"] == "unauthorized_compensation"]
    seen = client.get(f"/v1/drafts/{draft['id']}", headers=bearer(tokens.agent)).json()
    assert seen["status"] == "approved" and seen["version"] == 2 and seen["review"]["reviewer"] == "sup-0"
    mine = client.get("/v1/drafts?status=approved", headers=bearer(tokens.agent)).json()["items"]
    assert [i["id"] for i in mine] == [draft["id"]]
    log = client.get(f"/v1/drafts/{draft['id']}/audit", headers=bearer(tokens.supervisor)).json()["items"]
    assert [e["action"] for e in log] == ["draft.submit", "draft.approve"]
    assert log[1]["before"]["text"] == draft["text"] and log[1]["after"]["text"] == edited
    text_change = next(c for c in log[1]["changes"] if c["field"] == "text")
    assert ["+", "150"] in text_change["diff"] and ["-", "100"] in text_change["diff"]


def test_a_stale_version_or_a_second_decision_gets_409(client: TestClient, tokens: Tokens) -> None:
    draft = _queued(client, tokens, "汤是凉的。REPLY: " + RISKY)
    url = f"/v1/drafts/{draft['id']}/review"
    stale = client.post(url, json={"decision": "approve", "version": 3}, headers=bearer(tokens.supervisor))
    assert stale.status_code == 409 and "reload" in stale.json()["detail"] and stale.json()["current_version"] == 1
    won = client.post(
        url, json={"decision": "reject", "reason": "tone", "version": 1}, headers=bearer(tokens.supervisor)
    )
    lost = client.post(url, json={"decision": "approve", "version": 1}, headers=bearer(tokens.supervisor2))
    assert won.status_code == 200 and won.json()["status"] == "rejected"
    assert lost.status_code == 409 and "rejected by sup-0" in lost.json()["detail"]
    assert client.get(url.removesuffix("/review"), headers=bearer(tokens.agent)).json()["review"]["reason"] == "tone"


def test_a_block_is_approved_only_with_an_override_reason(client: TestClient, tokens: Tokens) -> None:
    draft = _queued(client, tokens, "汤是凉的。REPLY: " + BLOCKED)
    url = f"/v1/drafts/{draft['id']}/review"
    refused = client.post(url, json={"decision": "approve"}, headers=bearer(tokens.supervisor))
    assert refused.status_code == 422 and "override reason" in refused.json()["detail"]
    done = client.post(
        url,
        json={"decision": "approve", "reason": "quoted back at the customer's request"},
        headers=bearer(tokens.supervisor),
    )
    assert done.status_code == 200 and done.json()["review"]["override"] is True
    log = client.get(f"{url.removesuffix('/review')}/audit", headers=bearer(tokens.supervisor)).json()["items"]
    assert (
        log[-1]["after"]["override"] is True and log[-1]["after"]["reason"] == "quoted back at the customer's request"
    )


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"decision": "reject"}, 422),  # no reason
        ({"decision": "maybe"}, 422),
        ({"decision": "approve", "surprise": 1}, 422),
        ({"decision": "approve", "version": 0}, 422),
        ({"decision": "approve", "text": ""}, 422),
        ({"decision": "approve", "text": "x" * 20_001}, 422),
        ({"decision": "reject", "reason": "r", "text": "an edit"}, 422),
        ([], 422),
    ],
)
def test_bad_review_bodies_are_4xx(client: TestClient, tokens: Tokens, body: Any, status: int) -> None:
    draft = _queued(client, tokens, "汤是凉的。REPLY: " + RISKY)
    response = client.post(f"/v1/drafts/{draft['id']}/review", json=body, headers=bearer(tokens.supervisor))
    assert response.status_code == status and "detail" in response.json()
    assert client.get(f"/v1/drafts/{draft['id']}", headers=bearer(tokens.agent)).json()["version"] == 1


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("POST", "/v1/drafts", b"{not json", 400),
        ("POST", "/v1/drafts", b"[1, 2]", 400),
        ("POST", "/v1/drafts", b'{"id": 1}', 422),
        ("POST", "/v1/drafts", b'{"complaint": 5}', 422),
        ("POST", "/v1/drafts", b'{"complaint": "x", "role": "boss"}', 422),
        ("POST", "/v1/drafts", b'{"complaint": "x", "idempotency_key": 5}', 422),
        ("POST", "/v1/drafts", b"\xff\xfe", 400),
        ("POST", "/v1/drafts", b'{"complaint": "' + b"x" * (1 << 20) + b'"}', 413),
        ("POST", "/v1/check", b"\xff", 400),
        ("GET", "/v1/drafts/99999", b"", 404),
        ("GET", "/v1/drafts/abc", b"", 422),
        ("GET", "/v1/drafts/99999999999999999999999", b"", 422),
        ("GET", "/v1/drafts?limit=0", b"", 422),
        ("GET", "/v1/drafts?status=lost", b"", 422),
    ],
)
def test_bad_requests_are_clear_4xx_never_500(
    client: TestClient, tokens: Tokens, method: str, path: str, body: bytes, status: int
) -> None:
    response = client.request(method, path, content=body, headers=bearer(tokens.supervisor))
    assert response.status_code == status
    payload = response.json()
    assert payload.get("detail") or payload.get("error")


def test_an_agent_cannot_draft_under_a_higher_approval_limit(client: TestClient, tokens: Tokens) -> None:
    body = {"complaint": "汤是凉的。REPLY: 我们会赔您150元。", "role": "supervisor"}
    assert submit(client, tokens.agent, body).status_code == 403
    assert submit(client, tokens.agent, body | {"role": "agent"}).json()["guard"]["verdict"] == "flag"
    assert submit(client, tokens.supervisor, body).json()["guard"]["verdict"] == "pass"


def test_openapi_schema_documents_the_contract(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    for path in ("/v1/check", "/v1/drafts", "/v1/queue", "/v1/drafts/{draft_id}", "/v1/drafts/{draft_id}/review"):
        assert path in paths
    draft_body = paths["/v1/drafts"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert draft_body["required"] == ["complaint"] and "context" in draft_body["properties"]
    assert "$ref" not in json.dumps(draft_body)  # inlined: nothing dangling
    assert "HTTPBearer" in schema["components"]["securitySchemes"]
