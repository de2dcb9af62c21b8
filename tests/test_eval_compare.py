"""`drafter eval --compare A B`: per-case wins, losses and ties in Markdown and HTML, for draft
files, backends and prompt folders."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.evals.compare import compare_runs, html, markdown
from drafter.evals.results import CaseResult, EvalResult, SetResult

DRAFTER = str(Path(sys.executable).parent / "drafter")
SAMPLE = Path(__file__).parent / "fixtures" / "eval" / "public_like_zh_hant.jsonl"
PROMPTS = Path(__file__).parents[1] / "prompts"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([DRAFTER, "eval", "--no-semantic", *args], capture_output=True, text=True, timeout=300)


def drafts_file(path: Path, texts: dict[str, str]) -> str:
    path.write_text("\n".join(json.dumps({"id": k, "text": v}, ensure_ascii=False) for k, v in texts.items()), "utf-8")
    return str(path)


def test_good_replies_beat_generic_ones_case_by_case(tmp_path: Path) -> None:
    rows = [json.loads(line) for line in SAMPLE.read_text("utf-8").splitlines()]
    good = drafts_file(tmp_path / "good.jsonl", {r["id"]: r["reference_reply"] for r in rows})
    bad = drafts_file(tmp_path / "bad.jsonl", {r["id"]: "很抱歉<script>alert(1)</script>，謝謝。" for r in rows})
    page = tmp_path / "cmp.html"
    proc = run("--cases", str(SAMPLE), "--compare", good, bad, "--html", str(page))
    assert proc.returncode == 0, proc.stderr
    assert f"A wins {len(rows)}, loses 0, ties 0" in proc.stdout
    assert "| `eval/tw-1` | ✅ win | – |" in proc.stdout
    text = page.read_text("utf-8")
    assert "&lt;script&gt;" in text and "<script>" not in text
    assert "了解到您訂的生日蛋糕" in text  # both drafts side by side


def test_a_prompt_folder_is_run_with_its_own_prompts(tmp_path: Path) -> None:
    copy = tmp_path / "prompts"
    shutil.copytree(PROMPTS, copy)
    proc = run("--cases", str(SAMPLE), "--compare", "template", str(copy))
    assert proc.returncode == 0, proc.stderr
    assert "ties 8" in proc.stdout  # the same prompts draft the same replies
    (copy / "examples.yaml").unlink()
    broken = run("--cases", str(SAMPLE), "--compare", "template", str(copy))
    assert broken.returncode == 2 and str(copy) in broken.stderr and "Traceback" not in broken.stderr


@pytest.mark.parametrize("spec", ["nope", "nosuchbackend:model"])
def test_unknown_sides_are_bad_input(spec: str) -> None:
    proc = run("--cases", str(SAMPLE), "--compare", "template", spec)
    assert proc.returncode == 2 and "--compare" in proc.stderr


def _result(failed: dict[str, list[str]]) -> EvalResult:
    cases = [
        CaseResult(set="s", id=k, channel="im", complaint="c", draft=k, failed=v, passed=not v)
        for k, v in failed.items()
    ]
    means = {"pass_rate": sum(c.passed for c in cases) / len(cases)}
    return EvalResult(
        suite="t", fingerprint="f", backend="b",
        sets=[SetResult(name="s", kind="drafts", cases=len(cases), means=means)], cases=cases,
    )  # fmt: skip


def test_fewer_failed_gates_win_and_equal_counts_tie() -> None:
    a = _result({"x": [], "y": ["structure: no thank step"], "z": ["facts: missing"]})
    b = _result({"x": ["generic: near-identical"], "y": [], "z": ["relevance: off"]})
    comparison = compare_runs(a, b, "A", "B")
    assert [c.outcome for c in comparison.cases] == ["win", "loss", "tie"]
    assert (comparison.wins, comparison.losses, comparison.ties) == (1, 1, 1)
    assert "A wins 1, loses 1, ties 1" in markdown(comparison)
    assert 'class="win"' in html(comparison)
