"""Hypothesis-driven fuzzing of every input path: the JSON-lines readers, the mail parser,
--context, and every API body. The property is the same everywhere: bad input is a one-line
error (an InputError, an error record, exit code 2, a 4xx with a JSON body), never an exception
that escapes, a traceback or a 500; and whatever comes out can be written as UTF-8."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from drafter.errors import InputError
from drafter.intake import decode_source, read_complaint
from drafter.jsonl import parse_line, read_records
from drafter.policy import load_policy
from drafter.service import CheckRequest, DraftRequest, LineError, check_lines, parse_draft

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)

# Text with everything JSON can carry: lone surrogates, NUL, controls, CJK, full-width forms. The
# characters that broke things are drawn often; any other code point now and then.
tricky = st.sampled_from(
    ["\ud800", "\udfff", "\x00", "\x1b", "\u200b", "\ufeff", "汤", "。", "\n", "$", "5", "元", "ｰ"]
)
any_char = tricky | st.characters(codec=None, exclude_categories=())
text = st.text(any_char, max_size=60) | st.sampled_from(
    ["这不是我们的事", "退您500元", "全額退款", "We will refund you $500", "\ud800", "\x00", "", "  ", "1e999"]
)
numbers = st.integers(-(10**30), 10**30) | st.floats(allow_nan=True, allow_infinity=True)
scalars = st.none() | st.booleans() | numbers | text
json_values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4), max_leaves=20
)
FIELDS = ["id", "text", "complaint", "role", "language", "context", "channel", "customer", "idempotency_key"]
context = (
    st.dictionaries(st.sampled_from(["order_amount", "order_id", "currency", "note"]) | text, json_values, max_size=4)
    | json_values
)
records = st.fixed_dictionaries(
    {},
    optional={
        "id": st.integers() | text | json_values,
        "text": text,
        "complaint": text,
        "role": st.sampled_from(["agent", "supervisor", "store_manager", "executive", "boss"]) | json_values,
        "language": st.sampled_from(["auto", "en", "zh-Hans", "zh-Hant", "fr"]) | json_values,
        "context": context,
        "channel": st.sampled_from(["email", "im", "social", "review", "wechat", "fax"]) | json_values,
        "customer": text | json_values,
    },
)


def dumps(obj: Any) -> str:
    """JSON as a client writes it: non-ASCII escaped, so lone surrogates travel as \\ud800."""
    return json.dumps(obj, allow_nan=True)


def deep(depth: int) -> bytes:
    return b'{"text": ' + b"[" * depth + b"]" * depth + b"}"


raw_lines = (
    st.binary(max_size=400)
    | records.map(lambda r: dumps(r).encode())
    | records.map(lambda r: dumps(r).encode("utf-16"))
    | records.map(lambda r: json.dumps(r, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    | st.integers(1, 3000).map(deep)
)


def writable(obj: Any) -> None:
    """What the CLI writes and the API answers must encode as UTF-8, on one line."""
    line = json.dumps(obj, ensure_ascii=False)
    line.encode("utf-8")
    assert "\n" not in line


# ---------------------------------------------------------------------------- JSON-lines readers


@FUZZ
@given(raw=raw_lines)
def test_parse_line_never_raises(raw: bytes) -> None:
    for model in (CheckRequest, DraftRequest):
        request, error = parse_line(raw, model)
        assert (request is None) != (error is None)
        if error is not None:
            assert set(error) == {"id", "error"} and isinstance(error["error"], str)
            assert "\n" not in error["error"]
            writable(error)


@FUZZ
@given(lines=st.lists(raw_lines, max_size=6))
def test_check_lines_gives_one_record_per_line_and_goes_on(lines: list[bytes]) -> None:
    lines = [line.replace(b"\n", b" ") for line in lines]
    results = list(check_lines(lines, policy=load_policy()))
    assert len(results) == len([line for line in lines if line.strip()])
    for result in results:
        writable(result.record())


@FUZZ
@given(lines=st.lists(raw_lines, max_size=6))
def test_read_records_counts_every_line(tmp_path_factory: pytest.TempPathFactory, lines: list[bytes]) -> None:
    path = tmp_path_factory.mktemp("jsonl") / "set.jsonl"
    body = b"\n".join(line.replace(b"\n", b" ").replace(b"\r", b" ") for line in lines)
    path.write_bytes(body)
    good, bad = read_records(path, CheckRequest)
    if body.startswith((b"\xff\xfe", b"\xfe\xff")):
        return  # a BOM turns the whole file into UTF-16: lines are counted after that decoding
    assert len(good) + len(bad) == len([line for line in body.split(b"\n") if line.strip()])


@FUZZ
@given(record=records)
def test_draft_requests_parse_or_give_the_lines_error(record: dict[str, Any]) -> None:
    parsed = parse_draft(record)
    if isinstance(parsed, LineError):
        writable(parsed.record())
    else:
        assert parsed.complaint.strip()


# ---------------------------------------------------------------------------- the mail parser

CHARSETS = ["utf-8", "gb2312", "gbk", "gb18030", "big5", "iso-8859-1", "utf-16", "x-unknown", "", "us-ascii"]
CTES = ["8bit", "7bit", "base64", "quoted-printable", "binary", "x-garbage", ""]
bodies = st.sampled_from(
    ["汤里有头发，我要见经理！", "湯裡有頭髮，我要見經理！", "My parcel is late.\n\n> old\n> quote\n--\nAnn", ""]
) | st.text(any_char, max_size=200)


def encode(body: str, charset: str) -> bytes:
    try:
        return body.encode(charset or "utf-8")
    except (LookupError, UnicodeError):
        return body.encode("utf-8", "surrogatepass")


@st.composite
def emails(draw: st.DrawFn) -> bytes:
    charset = draw(st.sampled_from(CHARSETS))
    cte = draw(st.sampled_from(CTES))
    subject = encode(draw(text), draw(st.sampled_from(CHARSETS)))
    sender = encode(draw(text), draw(st.sampled_from(CHARSETS)))
    body = encode(draw(bodies), charset)
    if cte == "base64" and draw(st.booleans()):
        import base64

        body = base64.encodebytes(body)
    parts = [b"From: " + sender + b" <a@example.com>", b"Subject: " + subject]
    if draw(st.booleans()):
        kind = draw(st.sampled_from([b"text/plain", b"text/html", b"multipart/alternative", b"image/png"]))
        parts.append(b"Content-Type: " + kind + (b"; charset=" + charset.encode() if charset else b""))
    if cte:
        parts.append(b"Content-Transfer-Encoding: " + cte.encode())
    return b"\n".join(parts) + b"\n\n" + body + draw(st.binary(max_size=40))


@FUZZ
@given(data=emails() | st.binary(max_size=600))
def test_mail_bytes_read_or_refuse_in_one_line(data: bytes) -> None:
    try:
        complaint = read_complaint(decode_source(data))
    except InputError as exc:
        assert "\n" not in exc.message
        return
    complaint.model_dump_json().encode("utf-8")


@FUZZ
@given(raw=st.text(any_char, max_size=400) | emails().map(lambda b: b.decode("latin-1")))
def test_mail_text_reads_or_refuses_in_one_line(raw: str) -> None:
    try:
        read_complaint(raw, channel="email")
    except InputError as exc:
        assert "\n" not in exc.message


# ---------------------------------------------------------------------------- --context


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


contexts = (
    context.map(dumps)
    | st.text(any_char, max_size=80)
    | st.sampled_from(["-1", "[1]", "{", "null", '{"order_amount": 1e999}', "[" * 3000 + "]" * 3000])
)


@FUZZ
@given(raw=contexts)
@example(raw='{"order_amount": "abc"}')
@example(raw="-1")
def test_context_is_used_or_refused_with_exit_2(runner: CliRunner, raw: str) -> None:
    from drafter.cli import cli

    result = runner.invoke(cli, ["check", "-", "--context", raw], input="我们为您全额退款。")
    assert result.exit_code in (0, 1, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    if result.exit_code == 2:
        assert "--context" in result.output and "Traceback" not in result.output


# ---------------------------------------------------------------------------- every API body


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any, int]]:
    from e2e.support import RISKY, ScriptedBackend, add_users, bearer
    from fastapi.testclient import TestClient

    from drafter.server import create_app
    from drafter.store import Store

    store = Store(f"sqlite:///{Path(tmp_path_factory.mktemp('fuzz')) / 'fuzz.db'}")
    tokens = add_users(store)
    with TestClient(create_app(store, backend=ScriptedBackend()), raise_server_exceptions=False) as client:
        queued = client.post(
            "/v1/drafts", json={"complaint": "汤是凉的。REPLY: " + RISKY}, headers=bearer(tokens.agent)
        ).json()
        yield client, tokens, int(queued["id"])
    store.close()


reviews = st.fixed_dictionaries(
    {},
    optional={
        "decision": st.sampled_from(["approve", "reject"]) | json_values,
        "text": text | json_values,
        "reason": text | json_values,
        "version": st.integers(-5, 5) | json_values,
    },
)
charset_headers = st.sampled_from([None, "utf-8", "gb18030", "big5", "utf-16", "x-nonsense", "latin-1"])


def assert_4xx_or_ok(response: Any) -> None:
    assert response.status_code < 500, response.text
    payload = response.json()
    if response.status_code >= 400:
        assert payload.get("detail") or payload.get("error")


@FUZZ
@given(body=raw_lines | records.map(lambda r: dumps(r).encode()), charset=charset_headers)
@example(body=b'{"text": "\\ud800"}', charset=None)  # the cases measured as 500s before
@example(body=deep(100_000), charset=None)
@example(body=b'{"text": "x", "context": {"order_amount": -1}}', charset=None)
@example(body=b'{"text": "x", "context": {"order_amount": "abc"}}', charset=None)
@example(body=b'{"text": "x", "context": {"order_amount": 1e999}}', charset=None)
def test_check_bodies(api: tuple[Any, Any, int], body: bytes, charset: str | None) -> None:
    from e2e.support import bearer

    client, tokens, _ = api
    headers = bearer(tokens.agent) | ({"Content-Type": f"application/json; charset={charset}"} if charset else {})
    assert_4xx_or_ok(client.post("/v1/check", content=body, headers=headers))


@settings(FUZZ, max_examples=60)
@given(body=raw_lines | records.map(lambda r: dumps(r).encode()), key=st.none() | st.text(max_size=20))
@example(body=b'{"complaint": "\\ud800 cold soup"}', key=None)
@example(body=deep(100_000), key=None)
@example(body=b'{"complaint": "cold soup", "context": {"order_amount": 1e999}}', key=None)
def test_draft_bodies(api: tuple[Any, Any, int], body: bytes, key: str | None) -> None:
    from e2e.support import bearer

    client, tokens, _ = api
    headers = bearer(tokens.agent)
    if key is not None and key.isascii() and key.isprintable():
        headers["Idempotency-Key"] = key
    assert_4xx_or_ok(client.post("/v1/drafts", content=body, headers=headers))


@FUZZ
@given(body=st.binary(max_size=300) | reviews.map(lambda r: dumps(r).encode()) | st.integers(1, 3000).map(deep))
@example(body=b"\xff\xfe\x00")
@example(body=b'{"decision": "approve", "text": "\\ud800"}')
@example(body=b'{"\\ud800": 1}')
def test_review_bodies(api: tuple[Any, Any, int], body: bytes) -> None:
    from e2e.support import bearer

    client, tokens, draft_id = api
    response = client.post(f"/v1/drafts/{draft_id}/review", content=body, headers=bearer(tokens.supervisor2))
    assert_4xx_or_ok(response)


form_values = st.text(any_char, max_size=40)
forms = st.dictionaries(st.sampled_from(["token", "csrf_token", "decision", "text", "reason", "version"]), form_values)


@FUZZ
@given(
    path=st.sampled_from(["/login", "/logout", "/drafts/1/review"]),
    body=st.binary(max_size=300)
    | forms.map(lambda f: "&".join(f"{k}={v}" for k, v in f.items()).encode("utf-8", "surrogatepass")),
    kind=st.sampled_from(["application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain"]),
)
def test_review_page_forms(api: tuple[Any, Any, int], path: str, body: bytes, kind: str) -> None:
    client, _, _ = api
    response = client.post(path, content=body, headers={"Content-Type": kind}, follow_redirects=False)
    assert response.status_code < 500, response.text
