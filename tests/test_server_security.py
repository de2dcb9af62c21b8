"""Security of the API and the review pages: tokens and roles, escaping (nothing a customer or
a model writes becomes markup), CSRF, cookie flags, injection-shaped input kept verbatim."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any

import pytest
from e2e.support import RISKY, Tokens, bearer
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from drafter.guard.report import Finding
from drafter.highlight import html as highlight
from drafter.store import Store

XSS_COMPLAINT = (
    "<script>alert(1)</script><img src=x onerror=alert(2)> 汤是凉的。REPLY: <b onmouseover=alert(3)>" + RISKY
)
XSS_CUSTOMER = '"><svg onload=alert(4)>'


def submit(client: TestClient, token: str, obj: dict[str, Any]) -> dict[str, Any]:
    response = client.post("/v1/drafts", content=json.dumps(obj, ensure_ascii=False), headers=bearer(token))
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF field on the page"
    return found.group(1)


def log_in(client: TestClient, token: str) -> Any:
    csrf = csrf_of(client.get("/login").text)
    return client.post("/login", data={"token": token, "csrf_token": csrf}, follow_redirects=False)


class _Tags(HTMLParser):
    """Every element and attribute on a page, and its text outside the finding references."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []
        self._in_sup = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        self._in_sup += tag == "sup"

    def handle_endtag(self, tag: str) -> None:
        self._in_sup -= tag == "sup"

    def handle_data(self, data: str) -> None:
        if not self._in_sup:
            self.text.append(data)


def parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


# ----------------------------------------------------------------------------- tokens and roles

OPEN_TO_AGENTS = [("POST", "/v1/check"), ("POST", "/v1/drafts"), ("GET", "/v1/drafts"), ("GET", "/v1/drafts/1")]
SUPERVISORS_ONLY = [("GET", "/v1/queue"), ("POST", "/v1/drafts/1/review"), ("GET", "/v1/drafts/1/audit")]


@pytest.mark.parametrize(("method", "path"), OPEN_TO_AGENTS + SUPERVISORS_ONLY)
@pytest.mark.parametrize("auth", [None, "Bearer not-a-token", "Basic YWdlbnQ6eA=="])
def test_no_or_bad_token_is_401(client: TestClient, tokens: Tokens, method: str, path: str, auth: str | None) -> None:
    submit(client, tokens.agent, {"complaint": "汤是凉的。REPLY: " + RISKY})
    headers = {"Authorization": auth} if auth else {}
    response = client.request(method, path, json={"decision": "approve"}, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(("method", "path"), SUPERVISORS_ONLY)
def test_an_agent_token_cannot_review_or_read_the_queue(
    client: TestClient, tokens: Tokens, store: Store, method: str, path: str
) -> None:
    submit(client, tokens.agent, {"complaint": "汤是凉的。REPLY: " + RISKY})
    response = client.request(method, path, json={"decision": "approve"}, headers=bearer(tokens.agent))
    assert response.status_code == 403
    assert store.get(1).status == "needs_review" and store.get(1).version == 1


def test_an_agent_reads_its_own_drafts_only(client: TestClient, tokens: Tokens) -> None:
    mine = submit(client, tokens.agent, {"complaint": "汤是凉的。"})["id"]
    assert client.get(f"/v1/drafts/{mine}", headers=bearer(tokens.agent)).status_code == 200
    assert client.get(f"/v1/drafts/{mine}", headers=bearer(tokens.agent2)).status_code == 404
    assert client.get(f"/v1/drafts/{mine}", headers=bearer(tokens.supervisor)).status_code == 200
    assert client.get("/v1/drafts", headers=bearer(tokens.agent2)).json() == {"items": []}


# ----------------------------------------------------------------------------- escaping


def test_script_and_event_handlers_in_a_complaint_render_inert(client: TestClient, tokens: Tokens) -> None:
    created = submit(client, tokens.agent, {"complaint": XSS_COMPLAINT, "customer": XSS_CUSTOMER})
    assert created["guard"]["verdict"] == "flag"
    assert log_in(client, tokens.supervisor).status_code == 303
    for page in (client.get("/queue"), client.get(f"/drafts/{created['id']}")):
        assert page.status_code == 200
        assert "script-src" not in page.headers["content-security-policy"]  # default-src 'none': no scripts
        tags = parse(page.text)
        assert "script" not in {tag for tag, _ in tags.tags} and "svg" not in {tag for tag, _ in tags.tags}
        handlers = [(tag, name) for tag, attrs in tags.tags for name, _ in attrs if name.startswith("on")]
        assert handlers == []
        assert "<img" not in page.text and "<b " not in page.text
    detail = parse(client.get(f"/drafts/{created['id']}").text)
    shown = "".join(detail.text)
    assert "<script>alert(1)</script><img src=x onerror=alert(2)>" in shown  # shown as text, verbatim
    assert XSS_CUSTOMER in shown
    marks = [attrs for tag, attrs in detail.tags if tag == "mark"]
    assert marks and all(dict(a)["class"].startswith("finding sev-") for a in marks)


@given(
    text=st.text(alphabet=st.sampled_from(list("ab<>&\"' \n'/=x汤")), max_size=40),
    spans=st.lists(st.tuples(st.integers(-3, 45), st.integers(-3, 45)), max_size=5),
)
def test_highlighting_never_turns_text_into_markup(text: str, spans: list[tuple[int, int]]) -> None:
    findings = [
        Finding(
            rule="r.x",
            category="c",
            severity="high",
            start=a,
            end=b,
            excerpt=text[a:b] if a >= 0 else "",
            message="<i>m</i>",
            suggestion="s",
        )
        for a, b in spans
    ]
    tags = parse(str(highlight(text, findings)))
    assert "".join(tags.text) == text
    assert {tag for tag, _ in tags.tags} <= {"mark", "sup", "a"}


# ----------------------------------------------------------------------------- sessions and CSRF


def test_session_cookie_flags_and_security_headers(client: TestClient, tokens: Tokens) -> None:
    first = client.get("/login")
    before = client.cookies.get("drafter_session")
    response = log_in(client, tokens.supervisor)
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "path=/" in cookie
    assert client.cookies.get("drafter_session") not in (None, before)  # a new session id at login
    for page in (first, client.get("/queue"), client.get("/v1/queue", headers=bearer(tokens.supervisor))):
        assert "default-src 'none'" in page.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
        assert page.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("csrf", [None, "", "forged-token"])
def test_login_without_the_right_csrf_token_is_refused(client: TestClient, tokens: Tokens, csrf: str | None) -> None:
    client.get("/login")
    data = {"token": tokens.supervisor} | ({} if csrf is None else {"csrf_token": csrf})
    response = client.post("/login", data=data, follow_redirects=False)
    assert response.status_code == 403
    assert client.get("/queue", follow_redirects=False).headers["location"] == "/login"


def test_a_login_post_without_any_session_is_refused(app: Any, tokens: Tokens) -> None:
    with TestClient(app) as fresh:
        response = fresh.post("/login", data={"token": tokens.supervisor, "csrf_token": "x"}, follow_redirects=False)
    assert response.status_code == 403


@pytest.mark.parametrize("kind", ["missing", "forged", "other session"])
def test_a_decision_without_this_sessions_csrf_token_is_refused(
    app: Any, client: TestClient, tokens: Tokens, store: Store, kind: str
) -> None:
    draft_id = submit(client, tokens.agent, {"complaint": "汤是凉的。REPLY: " + RISKY})["id"]
    log_in(client, tokens.supervisor)
    with TestClient(app) as other:
        log_in(other, tokens.supervisor2)
        other_csrf = csrf_of(other.get(f"/drafts/{draft_id}").text)
    form = {"decision": "approve", "version": "1", "text": store.get(draft_id).text}
    if kind != "missing":
        form["csrf_token"] = "x" * 43 if kind == "forged" else other_csrf
    response = client.post(f"/drafts/{draft_id}/review", data=form, follow_redirects=False)
    assert response.status_code == 403 and "expired" in response.text
    assert store.get(draft_id).status == "needs_review" and store.get(draft_id).version == 1
    form["csrf_token"] = csrf_of(client.get(f"/drafts/{draft_id}").text)
    assert client.post(f"/drafts/{draft_id}/review", data=form, follow_redirects=False).status_code == 303
    assert store.get(draft_id).status == "approved"


def test_agents_cannot_use_the_review_pages(client: TestClient, tokens: Tokens) -> None:
    assert log_in(client, tokens.agent).status_code == 403
    assert client.get("/queue", follow_redirects=False).headers["location"] == "/login"


def test_logging_out_ends_the_session_in_the_store(client: TestClient, tokens: Tokens) -> None:
    log_in(client, tokens.supervisor)
    cookie = client.cookies.get("drafter_session")
    csrf = csrf_of(client.get("/queue").text)
    assert client.post("/logout", data={"csrf_token": csrf}, follow_redirects=False).status_code == 303
    client.cookies.set("drafter_session", cookie or "")
    assert client.get("/queue", follow_redirects=False).headers["location"] == "/login"


# ----------------------------------------------------------------------------- injection-shaped input

INJECTIONS = {
    "complaint": "Robert'); DROP TABLE drafts; -- 汤是凉的 {{ 'evalu' ~ 'ated' }} %s \\x00 REPLY: " + RISKY,
    "customer": "x' OR '1'='1",
    "id": "../../etc/passwd",
    "context": {"order_id": "A-1/2_3", "note": "1; DELETE FROM users; -- {{ config }}", "order_amount": 10},
}


def test_injection_shaped_input_is_stored_verbatim_and_harmless(
    client: TestClient, tokens: Tokens, store: Store
) -> None:
    created = submit(client, tokens.agent, INJECTIONS)
    got = client.get(f"/v1/drafts/{created['id']}", headers=bearer(tokens.agent)).json()
    assert got["complaint"]["content"] == INJECTIONS["complaint"]
    assert got["complaint"]["customer"] == INJECTIONS["customer"]
    assert got["input_id"] == INJECTIONS["id"]
    assert got["complaint"]["context"] == INJECTIONS["context"]
    assert got["complaint"]["order_id"] == "A-1/2_3"
    assert len(store.users()) == 4 and store.user_for_token(tokens.supervisor) is not None  # nothing dropped
    assert [i["id"] for i in client.get("/v1/queue", headers=bearer(tokens.supervisor)).json()["items"]] == [
        created["id"]
    ]
    log_in(client, tokens.supervisor)
    shown = "".join(parse(client.get(f"/drafts/{created['id']}").text).text)
    assert "{{ 'evalu' ~ 'ated' }}" in shown and "evaluated" not in shown  # templates do not evaluate data


def test_an_order_id_is_only_an_id(client: TestClient, tokens: Tokens) -> None:
    """Order ids are rendered into replies: letters, digits and - _ / only (the guard's boundary)."""
    bad = {"complaint": "汤是凉的。", "context": {"order_id": "1; DELETE FROM users; --"}}
    response = client.post("/v1/drafts", content=json.dumps(bad), headers=bearer(tokens.agent))
    assert response.status_code == 422 and "order_id" in response.text


@pytest.mark.parametrize(
    "obj",
    [
        {"complaint": "汤是凉的\u0000。"},
        {"complaint": "汤是凉的。", "customer": "a\u0000b"},
        {"complaint": "汤是凉的。", "context": {"note": "A\u00001"}},
    ],
)
def test_nul_characters_are_refused_not_a_500(client: TestClient, tokens: Tokens, obj: dict[str, Any]) -> None:
    response = client.post("/v1/drafts", content=json.dumps(obj), headers=bearer(tokens.agent))
    assert response.status_code == 422 and "NUL" in response.json()["detail"]
