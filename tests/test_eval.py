"""`drafter eval`: deterministic metrics, thresholds, baseline regressions and exit codes."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.backends.base import Generation, GenerationRequest
from drafter.backends.template_backend import TemplateBackend
from drafter.evals import report
from drafter.evals.metrics import chrf, contains, lcs_length, rouge_l
from drafter.evals.runner import EvalResult, run_suite
from drafter.evals.suite import CaseSet, Suite

DRAFTER = str(Path(sys.executable).parent / "drafter")

CASES = [
    {
        "id": "zh-1",
        "complaint": "我买的电水壶用了两天就坏了，订单号 A100。",
        "channel": "im",
        "language": "zh-Hans",
        "reference_reply": "了解到您的电水壶出了问题，非常抱歉。我们马上为您更换，24小时内联系您。谢谢您的反馈。",
        "expect": {"escalate": False, "must_include": ["A100"], "must_not": ["unauthorized_compensation"]},
    },
    {
        "id": "hant-1",
        "complaint": "湯裡有頭髮，我要見你們經理！",
        "channel": "im",
        "language": "zh-Hant",
        "expect": {"escalate": True, "must_not": ["unauthorized_compensation", "liability_admission"]},
    },
    {
        "id": "en-1",
        "complaint": "Hi,\n\nMy parcel is a week late.\n\nThanks,\nBob",
        "channel": "email",
        "language": "en",
        "reference_reply": (
            "Dear Bob, I understand your parcel is late. I'm sorry. I'll trace it and update you within 24 hours. "
            "Thank you."
        ),
        "expect": {"escalate": False, "must_not": ["vague_followup"]},
    },
]
THRESHOLDS = {"guard_pass": 1.0, "must_not": 1.0, "escalation": 1.0, "structure_coverage": 0.95}


@pytest.fixture
def suite(tmp_path: Path) -> Suite:
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in CASES) + "\n", encoding="utf-8")
    return Suite(name="t", sets=[CaseSet(name="mini", path=str(path), thresholds=THRESHOLDS)])


@pytest.mark.parametrize(
    ("a", "b", "language", "expected"),
    [
        ("非常抱歉给您带来不便", "非常抱歉給您帶來不便", "zh-Hans", 1.0),  # script does not matter
        ("abc", "xyz", "en", 0.0),
        ("sorry for the delay", "sorry for the delay", "en", 1.0),
    ],
)
def test_rouge_l_table(a: str, b: str, language: str, expected: float) -> None:
    assert rouge_l(a, b, language) == pytest.approx(expected)


def test_lcs_matches_the_textbook_example_and_chrf_orders_similarity() -> None:
    assert lcs_length(list("ABCBDAB"), list("BDCABA")) == 4
    assert chrf("we will replace it today", "we will replace it today") == pytest.approx(1.0)
    assert chrf("we will replace it today", "we replace today") > chrf("hello there", "we replace today")
    assert contains("我們會為您更換", "为您更换") and not contains("we refund", "replace")


class DroppingBackend(TemplateBackend):
    """Drops the Thank step."""

    async def generate(self, request: GenerationRequest) -> Generation:
        g = await super().generate(request)
        return g.model_copy(update={"sections": g.sections.model_copy(update={"thank": ""})})


class OverpromisingBackend(TemplateBackend):
    """Promises an amount far over the agent's limit."""

    async def generate(self, request: GenerationRequest) -> Generation:
        g = await super().generate(request)
        extra = "我们赔您500元。" if request.complaint and request.complaint.language != "en" else "We'll pay you $500."
        return g.model_copy(update={"sections": g.sections.model_copy(update={"satisfy": extra})})


def test_template_backend_holds_the_gate(suite: Suite) -> None:
    result = asyncio.run(run_suite(suite))
    assert result.passed, report.markdown(result)
    assert result.exit_code == 0
    assert {c.id for c in result.cases} == {"zh-1", "hant-1", "en-1"}


@pytest.mark.parametrize(
    ("backend", "metric"), [(DroppingBackend(), "structure_coverage"), (OverpromisingBackend(), "must_not")]
)
def test_degraded_backend_fails_and_names_cases(suite: Suite, backend: TemplateBackend, metric: str) -> None:
    result = asyncio.run(run_suite(suite, backend=backend))
    assert result.exit_code == 1
    text = report.markdown(result)
    assert metric in text
    if metric == "must_not":
        assert "zh-1" in text and "unauthorized_compensation" in text


def test_baseline_regression_is_reported(suite: Suite) -> None:
    good = asyncio.run(run_suite(suite))
    worse = asyncio.run(run_suite(suite, backend=DroppingBackend(), baseline=good))
    assert any("structure_coverage" in r for r in worse.regressions)
    assert any(r.startswith("mini/") for r in worse.regressions)  # per case, not only per suite


def test_results_are_deterministic(suite: Suite) -> None:
    a = asyncio.run(run_suite(suite)).model_dump(exclude={"timing"})
    b = asyncio.run(run_suite(suite)).model_dump(exclude={"timing"})
    assert a == b


def test_fingerprint_changes_when_a_threshold_is_loosened(suite: Suite) -> None:
    before = suite.fingerprint()
    suite.sets[0].thresholds["guard_pass"] = 0.5
    assert suite.fingerprint() != before


def test_reports_escape_and_highlight(suite: Suite, tmp_path: Path) -> None:
    result = asyncio.run(run_suite(suite, backend=OverpromisingBackend()))
    page = report.html(result)
    assert "<mark" in page and "<script" not in page.lower()
    xml = report.junit(result)
    assert "<failure" in xml and 'name="zh-1"' in xml


def test_cli_scores_existing_drafts_and_exits_1_on_degraded(tmp_path: Path, suite: Suite) -> None:
    drafts = tmp_path / "drafts.jsonl"
    lines = [
        {"id": "zh-1", "text": "我们赔您500元。", "escalate": False},
        {"id": "hant-1", "text": "了解到您在湯裡發現頭髮，非常抱歉。經理會在2小時內聯繫您。謝謝您。", "escalate": True},
        {"id": "en-1", "text": "We'll get back to you.", "escalate": False},
    ]
    drafts.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    out_json = tmp_path / "r.json"
    proc = subprocess.run(
        [DRAFTER, "eval", "--cases", suite.sets[0].path, "--drafts", str(drafts), "--json", str(out_json)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "zh-1" in proc.stdout and "en-1" in proc.stdout
    failed = {c["id"]: c["failed"] for c in json.loads(out_json.read_text())["cases"]}
    assert any("vague_followup" in f for f in failed["en-1"])


@pytest.mark.parametrize(
    "args", [["--suite", "nope.toml"], ["--cases", "nope.jsonl"], ["--baseline", "nope.json"], ["--update-baseline"]]
)
def test_cli_bad_input_exit_2(args: list[str]) -> None:
    proc = subprocess.run([DRAFTER, "eval", *args], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_baseline_round_trip(tmp_path: Path, suite: Suite) -> None:
    result = asyncio.run(run_suite(suite))
    path = tmp_path / "b.json"
    path.write_text(result.model_dump_json(exclude={"timing"}), encoding="utf-8")
    again = EvalResult.model_validate_json(path.read_text(encoding="utf-8"))
    assert again.fingerprint == result.fingerprint and len(again.cases) == 3


class CountingBackend(TemplateBackend):
    """Stands in for an LLM backend: counts the calls that reach it."""

    name = "counting"
    model = "m1"

    def __init__(self) -> None:
        self.calls = 0

    async def generate(self, request: GenerationRequest) -> Generation:
        self.calls += 1
        return await super().generate(request)


def test_response_cache_makes_a_rerun_free_and_keys_on_the_model(suite: Suite, tmp_path: Path) -> None:
    from drafter.evals.runner import CachingBackend

    inner = CountingBackend()
    first = asyncio.run(run_suite(suite, backend=CachingBackend(inner, tmp_path / "cache")))
    calls = inner.calls
    again = CachingBackend(inner, tmp_path / "cache")
    second = asyncio.run(run_suite(suite, backend=again))
    assert calls == 3 and inner.calls == calls and again.hits == 3
    assert [c.draft for c in first.cases] == [c.draft for c in second.cases]
    inner.model = "m2"  # another model: another key, so the backend is asked again
    asyncio.run(run_suite(suite, backend=CachingBackend(inner, tmp_path / "cache")))
    assert inner.calls == calls + 3


def test_bad_case_lines_are_reported_and_the_rest_scored(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    good = json.dumps(CASES[0], ensure_ascii=False)
    path.write_text(f"{good}\n{{oops\n" + json.dumps({"id": "x"}) + "\n", encoding="utf-8")
    out = tmp_path / "r.json"
    proc = subprocess.run(
        [DRAFTER, "eval", "--cases", str(path), "--json", str(out)], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 2 and "could not be read" in proc.stderr
    result = json.loads(out.read_text())
    assert [c["id"] for c in result["cases"]] == ["zh-1"]
    assert len(result["sets"][0]["skipped_lines"]) == 2
