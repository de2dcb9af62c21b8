"""The `drafter check` contract: output shapes and exit codes other tools depend on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

DRAFTER = [str(Path(sys.executable).parent / "drafter")]


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([*DRAFTER, *args], input=stdin, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("感谢您的反馈，已为您补发。", 0),
        ("We'll get back to you soon.", 0),
        ("We'll refund you $20.", 1),
        ("這不是我們的事", 1),
    ],
)
def test_exit_codes(text: str, code: int) -> None:
    assert run("check", "-", stdin=text).returncode == code


def test_human_output_highlights_the_finding() -> None:
    out = run("check", "-", stdin="您好，这不是我们的事。").stdout
    assert "⟦这不是我们的事⟧" in out
    assert "forbidden.dismiss" in out and "verdict: BLOCK" in out


def test_json_report(tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_text("We'll refund you $500 today.", encoding="utf-8")
    result = run("check", str(path), "--json", "--role", "supervisor")
    report = json.loads(result.stdout)
    assert result.returncode == 1
    assert report["verdict"] == "flag" and report["role"] == "supervisor"
    assert report["findings"][0]["category"] == "unauthorized_compensation"


def test_context_flag_values_a_full_refund() -> None:
    text = "我们为您全额退款。"
    assert run("check", "-", "--context", '{"order_amount": 30}', stdin=text).returncode == 0
    assert run("check", "-", "--context", '{"order_amount": 300}', stdin=text).returncode == 1


def test_jsonl_contract_bad_lines_and_order() -> None:
    lines = [
        json.dumps({"id": "a", "text": "Not my department.", "extra": 1}),
        "{not json",
        json.dumps({"id": "b", "text": "退您200元", "role": "boss"}),
        json.dumps({"id": "c"}),
        json.dumps({"id": "d", "text": "感谢您的耐心。", "language": "zh-Hans"}),
        json.dumps({"id": 5, "text": "退您100元", "role": "supervisor", "context": {"order_amount": 100}}),
    ]
    result = run("check", "--jsonl", "-", stdin="\n".join(lines) + "\n")
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["a", None, "b", "c", "d", 5]
    assert out[0]["verdict"] == "block"
    assert set(out[0]["findings"][0]) == {
        "rule", "category", "severity", "start", "end", "excerpt", "message", "suggestion"
    }  # fmt: skip
    assert "error" in out[1] and "error" in out[2] and "error" in out[3]
    assert out[4] == {"id": "d", "verdict": "pass", "findings": []}
    assert out[5]["verdict"] == "pass"
    assert result.returncode == 2  # bad lines are bad input, reported after the rest went on


@pytest.mark.parametrize(
    "args",
    [
        ["check", "no-such-file.txt"],
        ["check", "-", "--context", "{oops"],
        ["check", "-", "--context", "[1]"],
        ["check", "-", "--role", "boss"],
        ["check", "-", "--policy", "missing.yaml"],
        ["check", "--jsonl", "missing.jsonl"],
        ["check", "-", "--language", "fr"],
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str]) -> None:
    result = run(*args, stdin="hello")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") <= 3  # click usage errors add a usage line


def test_env_sets_the_role(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {"PATH": "/usr/bin:/bin", "DRAFTER_ROLE": "supervisor", "HOME": "/nonexistent"}
    result = subprocess.run(
        [*DRAFTER, "check", "-", "--json"],
        input="退您100元",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert json.loads(result.stdout)["role"] == "supervisor"
    flag = subprocess.run(
        [*DRAFTER, "check", "-", "--json", "--role", "agent"], input="退您100元", capture_output=True, text=True,
        env=env, timeout=60,
    )  # fmt: skip
    assert json.loads(flag.stdout)["role"] == "agent"  # the flag beats the environment
