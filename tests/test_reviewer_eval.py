"""bench/reviewer_eval.py: rules alone beside rules + reviewer on a labelled set, per category,
against the loopback fake server (scripted as a reviewer; one request at a time keeps the order)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
from fake_openai import serve

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "reviewer_eval.py"
ROWS = [
    {
        "id": "en-1",
        "language": "en",
        "expect": ["blame_discussion"],
        "complaint": "The lamp in my parcel was broken.",
        "text": "I understand your parcel arrived damaged, and I'm sorry for the trouble. Between us, the warehouse "
        "crew have been sloppy all month. I will call you by 5pm today with the replacement date. "
        "Thank you for letting us know.",
    },
    {
        "id": "hans-1",
        "language": "zh-Hans",
        "expect": ["blame_discussion"],
        "text": "了解到您的包裹到货时破损了，非常抱歉给您添麻烦。说句心里话，仓库那帮人这个月一直很马虎。"
        "我今天下午5点前给您回电话确认补发日期。感谢您告诉我们。",
    },
    {
        "id": "hant-1",
        "language": "zh-Hant",
        "expect": [],
        "text": "了解到您的包裹到貨時破損了，非常抱歉給您添麻煩。"
        "我今天下午5點前給您回電話確認補發日期。感謝您告訴我們。",
    },
]


def _module() -> Any:
    spec = importlib.util.spec_from_file_location("reviewer_eval", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _answer(*quotes: str) -> dict[str, Any]:
    findings = [{"category": "blame_discussion", "quote": q, "message": "m", "suggestion": "s"} for q in quotes]
    return {"content": json.dumps({"findings": findings}, ensure_ascii=False)}


@pytest.fixture
def cases(tmp_path: Path) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    return path


def test_rules_and_reviewer_side_by_side(cases: Path, capsys: pytest.CaptureFixture[str]) -> None:
    down = [{"status": 503, "headers": {"Retry-After": "0"}}] * 3  # every attempt the reviewer makes
    script = [_answer("the warehouse crew have been sloppy all month"), _answer("仓库那帮人这个月一直很马虎"), *down]
    with serve(script) as base_url:
        args = ["--cases", str(cases), "--model", "fake", "--base-url", base_url, "--concurrency", "1", "--no-cache"]
        assert _module().main(args) == 0
        assert "The lamp in my parcel was broken." in base_url.requests[0]["messages"][1]["content"]
    out = capsys.readouterr().out
    figures = json.loads(out.strip().splitlines()[-1])
    assert figures["rules"].get("blame_discussion", {}).get("recall", 0.0) == 0.0
    assert figures["rules_and_reviewer"]["blame_discussion"] == {
        "tp": 2, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0,
    }  # fmt: skip
    assert figures["unavailable"] == 1 and figures["added"] == 2  # three 503s: retried, given up, needs review
    assert "reviewer_unavailable" not in figures["rules_and_reviewer"]
    assert "blame_discussion" in out and "+reviewer" in out
