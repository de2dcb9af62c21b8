"""The `drafter draft` contract: JSON-lines batch in order, bad lines, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from fake_openai import serve

DRAFTER = str(Path(sys.executable).parent / "drafter")
ENV = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent"}  # no OPENAI_* so the template backend is the default


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([DRAFTER, *args], input=stdin, capture_output=True, text=True, env=ENV, timeout=120)


def test_human_output_shows_sections_verdict_and_escalation() -> None:
    result = run("draft", "-", stdin="湯裡有頭髮，太噁心了！")
    assert result.returncode == 1  # escalated: needs review
    for label in ("Listen:", "Apologize:", "Satisfy:", "Thank:", "verdict: PASS", "escalate: yes (foreign_object"):
        assert label in result.stdout


def test_json_draft_is_ready_and_offline() -> None:
    result = run("draft", "-", "--json", "--channel", "email", stdin="My parcel is a week late.")
    d = json.loads(result.stdout)
    assert result.returncode == 0
    assert d["backend"] == "template" and d["status"] == "ready" and d["guard"]["verdict"] == "pass"
    assert d["prompt_hash"] and d["prompt_id"] == "last-v2/en/email"


def test_jsonl_in_order_with_bad_lines() -> None:
    lines = [
        json.dumps({"id": 1, "complaint": "我的包裹丢了", "unknown": True}, ensure_ascii=False),
        "{oops",
        json.dumps({"id": 2, "complaint": ""}),
        json.dumps({"id": 3, "complaint": "Cold food again.", "channel": "im", "context": {"order_amount": 20}}),
        json.dumps({"id": 4, "complaint": "hi", "language": "fr"}),
    ]
    result = run("draft", "--jsonl", "-", "--concurrency", "4", stdin="\n".join(lines))
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == [1, None, 2, 3, 4]
    assert out[0]["language"] == "zh-Hans" and set(out[0]["sections"]) == {"listen", "apologize", "satisfy", "thank"}
    assert out[0]["guard"]["verdict"] == "pass" and "text" in out[0] and "escalate" in out[0]
    assert "error" in out[1] and "error" in out[2] and "error" in out[4]
    assert out[3]["channel"] == "im"
    assert result.returncode == 2


@pytest.mark.parametrize(
    "args", [["draft", "missing.txt"], ["draft", "-", "--context", "{"], ["draft", "-", "--role", "boss"]]
)
def test_bad_input_exit_2(args: list[str]) -> None:
    result = run(*args, stdin="hello")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_backend_unreachable_exit_3() -> None:
    env = {**ENV, "OPENAI_BASE_URL": "http://127.0.0.1:9/v1", "DRAFTER_TIMEOUT": "0.5"}
    result = subprocess.run(
        [DRAFTER, "draft", "-", "--backend", "openai"], input="cold soup", capture_output=True, text=True, env=env,
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 3, result.stderr
    assert "unavailable" in result.stderr


def _openai(base_url: str, *args: str, stdin: str = "cold soup", **env: str) -> subprocess.CompletedProcess[str]:
    settings = {**ENV, "OPENAI_BASE_URL": base_url, "DRAFTER_TIMEOUT": "5", **env}
    return subprocess.run(
        [DRAFTER, "draft", *args, "--backend", "openai"], input=stdin, capture_output=True, text=True, env=settings,
        timeout=120,
    )  # fmt: skip


# What real servers do that is not bad input: each is the backend's failure, exit 3, and the
# message names the server and the last HTTP status.
BACKEND_FAILURES = [
    ([{"raw": "<html><body>Sign in</body></html>", "content_type": "text/html"}], "HTTP 200"),
    ([{"content": "Sorry to hear that, we will help."}, {"content": "We are on it."}], "HTTP status 200"),
    ([{"status": 429, "headers": {"Retry-After": "0"}}] * 4, "HTTP status 429"),
]


@pytest.mark.parametrize(("script", "status"), BACKEND_FAILURES, ids=["html-200", "prose", "endless-429"])
def test_backend_failures_exit_3_naming_url_and_status(script: list[dict[str, object]], status: str) -> None:
    with serve(script) as base_url:
        result = _openai(base_url, "-")
    assert result.returncode == 3, result.stderr
    assert str(base_url).rstrip("/") in result.stderr and status in result.stderr
    assert "Traceback" not in result.stderr


def test_backend_failure_in_a_batch_is_that_lines_error_and_exit_3() -> None:
    lines = "\n".join(json.dumps({"id": i, "complaint": "cold soup"}) for i in (1, 2))
    script = [{"raw": "<html>down for maintenance</html>", "content_type": "text/html"}] * 2
    with serve(script) as base_url:
        result = _openai(base_url, "--jsonl", "-", "--concurrency", "1", stdin=lines)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == [1, 2] and all("error" in o for o in out)
    assert result.returncode == 3


@pytest.mark.parametrize("how", ["flag", "env"])
def test_profile_names_the_team_and_the_manager(how: str) -> None:
    args = ["draft", "-", "--json", "--channel", "email"]
    env = {}
    if how == "flag":
        args += ["--profile", "bank"]
    else:
        env = {"DRAFTER_PROFILE": "bank"}
    result = subprocess.run(
        [DRAFTER, *args], input="Someone took $900 from my card ending 4471 and I want to sue you.",
        capture_output=True, text=True, env={**ENV, **env}, timeout=120,
    )  # fmt: skip
    d = json.loads(result.stdout)
    assert d["domain"] == "bank_payments"
    assert "Harbour Bank Customer Relations" in d["text"] and "our customer relations manager" in d["text"]


def test_unknown_profile_is_bad_input() -> None:
    result = run("draft", "-", "--profile", "no-such-profile", stdin="cold soup")
    assert result.returncode == 2 and "no-such-profile" in result.stderr and "Traceback" not in result.stderr
