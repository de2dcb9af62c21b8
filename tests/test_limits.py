"""Size limits with clear errors: complaints, replies, a model's reply (max_tokens, and a length
check before the guard), and the findings listed per report."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from fake_openai import serve

from drafter.backends import make_backend
from drafter.backends.openai_backend import DEFAULT_MAX_TOKENS
from drafter.errors import InputError
from drafter.guard import check
from drafter.inputs import MAX_COMPLAINT_CHARS, MAX_FINDINGS, MAX_MESSAGE_CHARS, MAX_REPLY_CHARS
from drafter.intake import read_complaint
from drafter.policy import load_policy
from drafter.service import CheckRequest, DraftRequest, LineError, cap_findings, check_line, draft_or_error


@pytest.mark.parametrize(
    ("raw", "needle"),
    [
        ("我的包裹丢了。" * (MAX_COMPLAINT_CHARS // 7 + 1), "after quotes and signatures; the limit is 20,000"),
        ("Where is my order? " * (MAX_COMPLAINT_CHARS // 19 + 1), "the limit is 20,000"),
        ("我的包裹丢了。\n" + "> 以前的邮件\n" * (MAX_MESSAGE_CHARS // 7), "the message is"),
    ],
)
def test_oversized_complaints_are_refused(raw: str, needle: str) -> None:
    with pytest.raises(InputError, match=needle):
        read_complaint(raw)


def test_a_long_quoted_thread_under_the_limit_drafts_its_new_part() -> None:
    raw = "My parcel is late.\n\n" + "> an older message in the thread\n" * 5000  # 170,000 characters
    assert read_complaint(raw).text == "My parcel is late."


@pytest.mark.parametrize("text", ["Sorry. " * 3000, "对不起。" * 5001])
def test_oversized_replies_are_the_lines_error(text: str) -> None:
    result = check_line(json.dumps({"id": "r", "text": text}, ensure_ascii=False), policy=load_policy())
    assert isinstance(result, LineError) and result.id == "r"
    assert f"at most {MAX_REPLY_CHARS}" in result.error


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("这不是我们的事。", "zh-Hans"),
        ("這不是我們的事。", "zh-Hant"),
        ("That's not our problem. ", "en"),
    ],
)
def test_findings_are_capped_most_severe_first_and_the_verdict_stands(text: str, language: str) -> None:
    full = check(text * 400, role="agent")
    assert len(full.findings) > MAX_FINDINGS
    capped, omitted = cap_findings(full)
    assert len(capped.findings) == MAX_FINDINGS and omitted == len(full.findings) - MAX_FINDINGS
    assert capped.verdict == full.verdict == "block"
    worst = max(full.findings, key=lambda f: ("low", "medium", "high", "critical").index(f.severity)).severity
    assert all(f.severity == worst for f in capped.findings)
    record = check_line(json.dumps({"text": text * 400, "language": language}), policy=load_policy()).record()
    assert len(record["findings"]) == MAX_FINDINGS and record["findings_omitted"] == omitted


def test_a_short_report_is_untouched() -> None:
    report = check("这不是我们的事。", role="agent")
    assert cap_findings(report) == (report, 0)
    record = check_line(json.dumps({"text": "这不是我们的事。"}, ensure_ascii=False), policy=load_policy()).record()
    assert "findings_omitted" not in record


def _draft_with_fake_model(script: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    with serve(script) as base_url:
        monkeypatch.setenv("OPENAI_BASE_URL", base_url)
        monkeypatch.setenv("DRAFTER_CONFIG", "/dev/null")
        backend = make_backend("openai", "fake-model")

        async def go() -> Any:
            try:
                return await draft_or_error(
                    DraftRequest(id="big", complaint="The soup was cold."), backend=backend, policy=load_policy()
                )
            finally:
                await backend.aclose()

        return asyncio.run(go()), list(base_url.requests)


def test_the_model_is_asked_for_a_bounded_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    result, requests = _draft_with_fake_model([], monkeypatch)
    assert not isinstance(result, LineError), result
    assert requests and all(r["max_tokens"] == DEFAULT_MAX_TOKENS for r in requests)
    monkeypatch.setenv("DRAFTER_MAX_TOKENS", "lots")
    with pytest.raises(InputError, match="max_tokens"):
        make_backend("openai", "fake-model")


def test_a_runaway_model_reply_is_not_accepted_as_ready(monkeypatch: pytest.MonkeyPatch) -> None:
    """An 11 MB answer used to come back `ready`; now the draft is the line's backend error."""
    huge = "We are very sorry. " * 600_000
    content = json.dumps({"listen": "I hear you.", "apologize": huge, "satisfy": "We will fix it.", "thank": "Thanks."})
    result, _ = _draft_with_fake_model([{"content": content}], monkeypatch)
    assert isinstance(result, LineError) and result.kind == "backend" and result.id == "big"
    assert "the limit is 20,000" in result.error


def test_check_request_of_flags_turns_bad_values_into_one_line() -> None:
    with pytest.raises(InputError, match="text: must not be empty"):
        CheckRequest.of(text="  ")
    with pytest.raises(InputError, match=r"context\.order_amount"):
        CheckRequest.of(text="ok", context={"order_amount": float("inf")})
