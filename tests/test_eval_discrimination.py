"""The gate tells a good reply from a bad one: on the seed suite and on small samples shaped like
the public sets (written for this project: tweets and app reviews in English, petitions in
Simplified Chinese, social posts in Traditional Chinese), good replies pass while shuffled,
generic, Thank-less and wrong-script replies fail, each case with its reason."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from drafter.backends.base import Generation, TemplateRequest
from drafter.backends.template_backend import TemplateBackend
from drafter.evals.results import EvalResult
from drafter.evals.runner import GivenDraft, run_suite
from drafter.evals.suite import CaseSet, Suite, load_suite
from drafter.text import converter

FIXTURES = Path(__file__).parent / "fixtures" / "eval"
SAMPLES = ["public_like_en.jsonl", "public_like_zh_hans.jsonl", "public_like_zh_hant.jsonl"]
SEED = Path(__file__).parents[1] / "evals" / "cases" / "seed_scenarios.jsonl"
GENERIC = {
    "en": "We're sorry for the inconvenience. Our team will look into it. Thank you for your patience.",
    "zh": "非常抱歉给您带来不便，我们会尽快处理，感谢您的理解与支持。",
}


def rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def suite_for(path: Path) -> Suite:
    """The set judged as `drafter eval --cases FILE` judges it: the packaged defaults."""
    return Suite(name="t", defaults=load_suite().defaults, sets=[CaseSet(name=path.stem, path=str(path))])


def score(path: Path, texts: dict[str, str], escalate: dict[str, bool | None] | None = None) -> EvalResult:
    escalate = escalate or {}
    drafts = {k: GivenDraft(id=k, text=v, escalate=escalate.get(k)) for k, v in texts.items()}
    return asyncio.run(run_suite(suite_for(path), drafts=drafts))


def good(path: Path) -> dict[str, str]:
    return {r["id"]: r["reference_reply"] for r in rows(path)}


def shuffled(path: Path) -> dict[str, str]:
    ids, replies = zip(*good(path).items(), strict=True)
    return dict(zip(ids, replies[3:] + replies[:3], strict=True))  # nobody keeps their own reply


def generic(path: Path) -> dict[str, str]:
    zh = rows(path)[0].get("language", "en") != "en"
    return {r["id"]: GENERIC["zh" if zh else "en"] for r in rows(path)}


def thankless(path: Path) -> dict[str, str]:
    """The good replies with their closing thanks cut off (the last sentence of each)."""
    out = {}
    for key, text in good(path).items():
        body = text.rstrip("。.!！")
        cut = max(body.rfind("。"), body.rfind(". "))
        out[key] = text[: cut + 1]
    return out


def wrong_script(path: Path) -> dict[str, str]:
    hant = rows(path)[0]["language"] == "zh-Hant"
    convert = converter("t2s" if hant else "s2t").convert
    return {key: str(convert(text)) for key, text in good(path).items()}


def failing(result: EvalResult, gate: str) -> list[str]:
    return [c.id for c in result.cases if any(f.startswith(gate + ":") for f in c.failed)]


@pytest.mark.parametrize("sample", SAMPLES)
def test_good_replies_pass(sample: str) -> None:
    result = score(FIXTURES / sample, good(FIXTURES / sample))
    assert result.passed, [(c.id, c.failed) for c in result.cases if c.failed]
    assert result.sets[0].means["relevance"] == 1.0 and result.sets[0].means["generic"] == 1.0


@pytest.mark.parametrize("sample", SAMPLES)
def test_shuffled_replies_fail_on_relevance(sample: str) -> None:
    path = FIXTURES / sample
    result = score(path, shuffled(path))
    assert result.exit_code == 1
    assert any(b.startswith("relevance") for b in result.sets[0].below)
    missed = failing(result, "relevance")
    assert len(missed) >= 0.75 * len(result.cases)
    reason = next(f for f in result.cases[0].failed + result.cases[1].failed if f.startswith("relevance"))
    assert "not about its own complaint" in reason and "other complaints" in reason


@pytest.mark.parametrize("sample", SAMPLES)
def test_one_generic_apology_fails_every_case(sample: str) -> None:
    path = FIXTURES / sample
    result = score(path, generic(path))
    assert result.exit_code == 1
    assert sorted(failing(result, "generic")) == sorted(c.id for c in result.cases)
    assert "near-identical (1.00)" in result.cases[0].failed[-1] or any(
        "near-identical (1.00)" in f for f in result.cases[0].failed
    )


@pytest.mark.parametrize("sample", SAMPLES)
def test_thankless_replies_fail_on_structure(sample: str) -> None:
    path = FIXTURES / sample
    result = score(path, thankless(path))
    assert result.exit_code == 1
    assert sorted(failing(result, "structure")) == sorted(c.id for c in result.cases)
    assert all(any("no thank step" in f for f in c.failed) for c in result.cases)


@pytest.mark.parametrize("sample", ["public_like_zh_hans.jsonl", "public_like_zh_hant.jsonl"])
def test_wrong_script_replies_fail_on_script(sample: str) -> None:
    path = FIXTURES / sample
    result = score(path, wrong_script(path))
    assert result.exit_code == 1
    assert sorted(failing(result, "script")) == sorted(c.id for c in result.cases)
    assert "only characters in a zh-Han" in next(f for f in result.cases[0].failed if f.startswith("script"))


# ---------------------------------------------------------------- the seed suite


def seed_escalations() -> dict[str, bool | None]:
    return {r["id"]: r.get("expect", {}).get("escalate") for r in rows(SEED)}


def test_seed_reference_replies_pass() -> None:
    result = score(SEED, good(SEED), seed_escalations())
    assert result.passed, [(c.id, c.failed) for c in result.cases if c.failed][:5]


@pytest.mark.parametrize(("variant", "gate", "share"), [(shuffled, "relevance", 0.75), (generic, "generic", 1.0)])
def test_seed_bad_replies_fail(variant: Any, gate: str, share: float) -> None:
    result = score(SEED, variant(SEED), seed_escalations())
    assert result.exit_code == 1
    assert len(failing(result, gate)) >= share * len(result.cases)


class ThanklessBackend(TemplateBackend):
    """drafter's own drafts with the Thank step removed."""

    async def generate(self, request: TemplateRequest) -> Generation:
        g = await super().generate(request)
        return g.model_copy(update={"sections": g.sections.model_copy(update={"thank": ""})})


def test_seed_drafts_without_thank_fail_every_case_and_the_template_holds() -> None:
    suite = Suite(name="t", defaults=load_suite().defaults, sets=[CaseSet(name="seed", path=str(SEED))])
    result = asyncio.run(run_suite(suite, backend=ThanklessBackend()))
    assert result.exit_code == 1
    assert sorted(failing(result, "structure")) == sorted(c.id for c in result.cases)
    assert asyncio.run(run_suite(suite)).passed  # drafter's own drafts, as CI runs them


def test_seed_wrong_script_fails_chinese_cases() -> None:
    flipped = {}
    for r in rows(SEED):
        text = r["reference_reply"]
        if r["language"] == "zh-Hant":
            text = str(converter("t2s").convert(text))
        elif r["language"] == "zh-Hans":
            text = str(converter("s2t").convert(text))
        flipped[r["id"]] = text
    result = score(SEED, flipped, seed_escalations())
    chinese = {r["id"] for r in rows(SEED) if r["language"] != "en"}
    assert result.exit_code == 1
    assert set(failing(result, "script")) == chinese
