"""The API on hostile input: oversized bodies are 413, bad ones a 4xx with a JSON error, never a
500; a caller cannot borrow a higher role's approval limit; the interactive docs are off unless
asked for; proxy headers are believed only from named proxies; the SQLite file is private."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from e2e.support import RISKY, ScriptedBackend, Tokens, bearer, database, live_server
from fastapi.testclient import TestClient

from drafter.inputs import MAX_LINE_BYTES
from drafter.server import create_app
from drafter.store import Store

BIG = MAX_LINE_BYTES + 1


@pytest.fixture
def loose(app: Any) -> Iterator[TestClient]:
    """A client that gets the server's 500 answer instead of the exception, as a real one would."""
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def _queued(client: TestClient, tokens: Tokens) -> int:
    body = {"complaint": "汤是凉的。REPLY: " + RISKY}
    created = client.post("/v1/drafts", content=json.dumps(body), headers=bearer(tokens.agent)).json()
    return int(created["id"])


def assert_json_4xx(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    payload: dict[str, Any] = response.json()
    assert payload.get("detail") or payload.get("error")
    return payload


# ---------------------------------------------------------------------------- size


@pytest.mark.parametrize("path", ["/v1/check", "/v1/drafts", "/v1/drafts/1/review", "/login"])
def test_an_oversized_body_is_413_by_its_content_length(loose: TestClient, tokens: Tokens, path: str) -> None:
    response = loose.post(path, content=b"{" + b" " * BIG + b"}", headers=bearer(tokens.supervisor))
    assert "larger than 1,048,576 bytes" in assert_json_4xx(response, 413)["detail"]


def test_an_oversized_chunked_body_is_413_without_being_read_whole(loose: TestClient, tokens: Tokens) -> None:
    sent = 0

    def chunks() -> Iterator[bytes]:
        nonlocal sent
        for _ in range(64):
            sent += 1
            yield b" " * 65536  # 4 MiB in all, with no Content-Length

    response = loose.post("/v1/check", content=chunks(), headers=bearer(tokens.agent))
    assert_json_4xx(response, 413)


def test_a_reply_over_the_length_limit_is_422_and_the_report_is_capped(client: TestClient, tokens: Tokens) -> None:
    too_long = {"text": "Sorry. " * 3000}
    assert_json_4xx(client.post("/v1/check", json=too_long, headers=bearer(tokens.agent)), 422)
    # Many findings in a reply under the limit: the verdict counts all, the answer lists 200.
    body = {"id": "many", "text": "这不是我们的事。" * 600}
    response = client.post("/v1/check", json=body, headers=bearer(tokens.agent))
    got = response.json()
    assert response.status_code == 200 and got["verdict"] == "block"
    assert len(got["findings"]) == 200 and got["findings_omitted"] >= 400  # 600 phrases, and missing steps
    assert {f["severity"] for f in got["findings"]} == {"critical"}  # the most severe are the ones kept
    starts = [f["start"] for f in got["findings"]]
    assert starts == sorted(starts)  # in text order
    assert len(response.content) < 200_000  # was 17.6 MB for a 1 MB body


# ---------------------------------------------------------------------------- malformed bodies


DEEP = b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
NESTED = '{"text": "x", "context": {"a": ' + "[" * 40 + "1" + "]" * 40 + "}}"


@pytest.mark.parametrize(
    ("path", "body", "status", "needle"),
    [
        ("/v1/check", DEEP, 400, "nested"),
        ("/v1/drafts", DEEP, 400, "nested"),
        ("/v1/check", NESTED.encode(), 422, "nested"),
        ("/v1/check", b'{"id": "s", "text": "\\ud800"}', 422, "surrogate"),
        ("/v1/check", b'{"text": "ok", "context": {"note": "\\udfff"}}', 422, "surrogate"),
        ("/v1/drafts", b'{"complaint": "\\ud800 the soup"}', 422, "surrogate"),
        ("/v1/drafts", b'{"complaint": "soup", "idempotency_key": "\\ud800"}', 422, "surrogate"),
        ("/v1/check", b'{"text": "x", "context": {"order_amount": "abc"}}', 422, "order_amount"),
        ("/v1/check", b'{"text": "x", "context": {"order_amount": -1}}', 422, "order_amount"),
        ("/v1/check", b'{"text": "x", "context": {"order_amount": 1e999}}', 422, "finite"),
        ("/v1/check", b'{"text": "x", "context": {"order_amount": NaN}}', 422, "finite"),
        ("/v1/drafts", b'{"complaint": "cold soup", "context": {"order_amount": 1e999}}', 422, "finite"),
        ("/v1/check", b'{"text": ""}', 422, "empty"),
        ("/v1/check", b"\x00\x01\x02\x03" * 50, 400, "binary"),
        ("/v1/drafts", b"", 400, "JSON"),
        ("/v1/check", b"null", 400, "JSON object"),
    ],
)
def test_bad_bodies_are_clear_4xx(
    loose: TestClient, tokens: Tokens, path: str, body: bytes, status: int, needle: str
) -> None:
    payload = assert_json_4xx(loose.post(path, content=body, headers=bearer(tokens.agent)), status)
    assert needle in (payload.get("error") or payload["detail"])


@pytest.mark.parametrize(
    "body",
    [
        b'{"decision": "approve", "text": "\\ud800"}',
        b'{"decision": "reject", "reason": "\\udc00 no"}',
        b'{"decision": "approve", "text": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
        b"\xff\xfe\x00",
    ],
)
def test_bad_review_bodies_are_4xx_not_500(loose: TestClient, tokens: Tokens, body: bytes) -> None:
    draft_id = _queued(loose, tokens)
    response = loose.post(f"/v1/drafts/{draft_id}/review", content=body, headers=bearer(tokens.supervisor))
    assert 400 <= response.status_code < 500 and response.json()["detail"]


def test_a_declared_charset_is_honoured(client: TestClient, tokens: Tokens) -> None:
    obj = {"id": "gb", "text": "这不是我们的事。"}
    utf8 = client.post("/v1/check", content=json.dumps(obj, ensure_ascii=False), headers=bearer(tokens.agent))
    gb = client.post(
        "/v1/check",
        content=json.dumps(obj, ensure_ascii=False).encode("gb18030"),
        headers=bearer(tokens.agent) | {"Content-Type": "application/json; charset=GB18030"},
    )
    assert gb.status_code == 200 and gb.content == utf8.content


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_amounts_at_the_edge_of_a_float_on_both_databases(kind: str, tmp_path: Path) -> None:
    from e2e.support import add_users

    with database(kind, tmp_path) as url:
        store = Store(url)
        try:
            tokens = add_users(store)
            with TestClient(create_app(store, backend=ScriptedBackend()), raise_server_exceptions=False) as client:
                huge = {"complaint": "汤是凉的。", "context": {"order_amount": 1e308}}
                created = client.post("/v1/drafts", json=huge, headers=bearer(tokens.agent))
                assert created.status_code == 201, created.text
                assert store.get(created.json()["id"]).complaint.order_amount == 1e308
                overflow = b'{"complaint": "cold", "context": {"order_amount": 1e999}}'
                assert_json_4xx(client.post("/v1/drafts", content=overflow, headers=bearer(tokens.agent)), 422)
        finally:
            store.close()


# ---------------------------------------------------------------------------- roles


@pytest.mark.parametrize(
    ("caller", "role", "status"),
    [
        ("agent", None, 200),
        ("agent", "agent", 200),
        ("agent", "supervisor", 403),
        ("agent", "store_manager", 403),
        ("agent", "executive", 403),
        ("supervisor", "agent", 200),  # a lower limit is always allowed
        ("supervisor", "supervisor", 200),
        ("supervisor", "executive", 403),
        ("agent", "boss", 422),  # unknown: the request's own validation says so
    ],
)
def test_a_caller_cannot_check_under_a_higher_role(
    client: TestClient, tokens: Tokens, caller: str, role: str | None, status: int
) -> None:
    body: dict[str, Any] = {"text": "我们会赔您150元。"}
    if role is not None:
        body["role"] = role
    response = client.post("/v1/check", json=body, headers=bearer(getattr(tokens, caller)))
    assert response.status_code == status, response.text
    if status == 403:
        assert "approval limit" in response.json()["detail"]


def test_a_caller_cannot_draft_under_a_higher_role(client: TestClient, tokens: Tokens) -> None:
    body = {"complaint": "汤是凉的。", "role": "executive"}
    assert client.post("/v1/drafts", json=body, headers=bearer(tokens.supervisor)).status_code == 403
    lower = client.post("/v1/drafts", json=body | {"role": "agent"}, headers=bearer(tokens.supervisor))
    assert lower.status_code == 201


# ---------------------------------------------------------------------------- docs


def test_docs_are_off_by_default(client: TestClient) -> None:
    for path in ("/docs", "/redoc", "/docs/oauth2-redirect"):
        assert client.get(path).status_code == 404
    assert client.get("/openapi.json").status_code == 200  # the schema itself stays


def test_docs_on_request_are_served_under_their_own_csp(store: Store) -> None:
    with TestClient(create_app(store, backend=ScriptedBackend(), docs=True)) as client:
        for path in ("/docs", "/redoc"):
            response = client.get(path)
            assert response.status_code == 200
            csp = response.headers["content-security-policy"]
            assert "script-src https://cdn.jsdelivr.net" in csp and "'unsafe-inline'" not in csp.split("style-src")[0]
            assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
            inline = re.findall(r"<script>(.*?)</script>", response.text, re.S)
            for body in inline:  # each inline script runs by its hash, and nothing else inline does
                digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
                assert f"'sha256-{digest}'" in csp
            assert len(re.findall(r"'sha256-", csp)) == len(inline)
        assert "script-src" not in client.get("/login").headers["content-security-policy"]  # the pages' own


# ---------------------------------------------------------------------------- deployment


def test_proxy_headers_are_believed_only_from_a_named_proxy(tmp_path: Path) -> None:
    https = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"}
    url = f"sqlite:///{tmp_path / 'proxy.db'}"
    with live_server(url) as server:
        cookie = httpx.get(server.url + "/login", headers=https).headers["set-cookie"].lower()
        assert "secure" not in cookie  # nobody named: the header is ignored
    with live_server(url, "--trust-proxy", "127.0.0.1") as server:
        cookie = httpx.get(server.url + "/login", headers=https).headers["set-cookie"].lower()
        assert "; secure" in cookie  # TLS ended at the proxy: the cookie is https-only


def test_the_sqlite_file_is_created_private(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    store = Store(f"sqlite:///{path}")
    try:
        store.add_user("ann", "agent")
        for name in ("fresh.db", "fresh.db-wal", "fresh.db-shm"):
            mode = stat.S_IMODE((tmp_path / name).stat().st_mode)
            assert mode == 0o600, (name, oct(mode))
    finally:
        store.close()
    shared = tmp_path / "shared.db"
    shared.touch(mode=0o640)
    shared.chmod(0o640)
    Store(f"sqlite:///{shared}").close()
    assert stat.S_IMODE(shared.stat().st_mode) == 0o640  # an existing file keeps what its owner chose


def test_the_default_store_folder_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.store.url import resolve_url

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("DRAFTER_DB", raising=False)
    monkeypatch.setenv("DRAFTER_CONFIG", "/dev/null")
    url = resolve_url()
    store = Store(url)
    store.close()
    db = Path(url.removeprefix("sqlite:///"))
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700
