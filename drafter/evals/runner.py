"""Run a suite: draft every case (or read existing drafts), score it, gate it on thresholds
and on a baseline. Scores are deterministic; only the timing block varies between runs."""

from __future__ import annotations

import asyncio
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from drafter.backends.base import Backend, DraftJob, Generation
from drafter.errors import BackendUnavailable, DrafterError, InputError
from drafter.evals.metrics import chrf, contains, rouge_l
from drafter.evals.suite import GATES, METRICS, Case, CaseSet, Suite, load_cases
from drafter.guard import GuardReport, check
from drafter.guard.engine import last_steps
from drafter.guard.report import Finding
from drafter.guard.scoring import load_labelled, score
from drafter.jsonl import read_all
from drafter.policy import Policy, load_policy
from drafter.text import STEPS

CATEGORIES = {
    "forbidden_phrase",
    "unauthorized_compensation",
    "liability_admission",
    "blame_discussion",
    "vague_followup",
    "written_statement",
    "missing_last_step",
}


class CaseResult(BaseModel):
    set: str
    id: str
    language: str | None = None
    channel: str
    complaint: str
    reference: str | None = None
    draft: str = ""
    escalate: bool | None = None
    expected_escalate: bool | None = None
    verdict: str | None = None
    findings: list[Finding] = Field(default_factory=list)
    metrics: dict[str, float | None] = Field(default_factory=dict)
    failed: list[str] = Field(default_factory=list)  # gates that failed, with detail
    error: str | None = None


class SetResult(BaseModel):
    name: str
    kind: str
    cases: int
    errors: int = 0
    skipped_lines: list[str] = Field(default_factory=list)
    means: dict[str, float] = Field(default_factory=dict)
    thresholds: dict[str, float] = Field(default_factory=dict)
    below: list[str] = Field(default_factory=list)  # "metric: mean < threshold"
    categories: dict[str, dict[str, float]] = Field(default_factory=dict)  # guardrail sets


class EvalResult(BaseModel):
    model_config = ConfigDict(extra="ignore")

    suite: str
    fingerprint: str
    backend: str
    model: str | None = None
    prompt_hash: str | None = None
    rules_version: str | None = None
    sets: list[SetResult]
    cases: list[CaseResult]
    regressions: list[str] = Field(default_factory=list)
    baseline_fingerprint: str | None = None
    passed: bool = True
    timing: dict[str, float] = Field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        return 0 if self.passed else 1


# ---------------------------------------------------------------- scoring one draft


def score_case(
    case: Case,
    set_name: str,
    text: str,
    report: GuardReport,
    *,
    escalate: bool | None,
    language: str | None,
    expected_language: str | None,
) -> CaseResult:
    metrics: dict[str, float | None] = {}
    failed: list[str] = []

    def gate(name: str, ok: bool | None, detail: str = "") -> None:
        metrics[name] = None if ok is None else float(ok)
        if ok is False:
            failed.append(f"{name}{': ' + detail if detail else ''}")

    gate("guard_pass", report.verdict == "pass", f"verdict {report.verdict}")
    missing = [p for p in case.expect.must_include if not contains(text, p)]
    gate("must_include", not missing if case.expect.must_include else None, f"missing {missing}")
    categories = {f.category for f in report.findings}
    hit = [m for m in case.expect.must_not if (m in categories if m in CATEGORIES else contains(text, m))]
    gate("must_not", not hit if case.expect.must_not else None, f"contains {hit}")
    expected = case.expect.escalate
    gate("escalation", None if expected is None else escalate == expected, f"escalate {escalate}, expected {expected}")
    gate(
        "language_match",
        None if expected_language is None or language is None else language == expected_language,
        f"{language}, expected {expected_language}",
    )
    steps = last_steps(text)
    metrics["structure_coverage"] = len(steps) / len(STEPS)
    order = [steps[s] for s in STEPS if s in steps]
    metrics["structure_order"] = float(order == sorted(order)) if len(order) >= 2 else 0.0
    if case.reference_reply:
        lang = language or expected_language or "en"
        metrics["rouge_l"] = round(rouge_l(text, case.reference_reply, lang), 6)
        metrics["chrf"] = round(chrf(text, case.reference_reply), 6)
    else:
        metrics["rouge_l"] = metrics["chrf"] = None
    return CaseResult(
        set=set_name,
        id=case.id,
        language=language,
        channel=case.draft_channel,
        complaint=case.complaint,
        reference=case.reference_reply,
        draft=text,
        escalate=escalate,
        expected_escalate=expected,
        verdict=report.verdict,
        findings=report.findings,
        metrics=metrics,
        failed=failed,
    )


# ---------------------------------------------------------------- producing drafts


class CachingBackend:
    """Replays a backend's answers from disk, keyed by model and request (prompt and schema),
    so a re-run of an LLM eval costs nothing and gives the same drafts."""

    def __init__(self, inner: Backend[Any], folder: Path) -> None:
        self.inner = inner
        self.name = inner.name
        self.model = inner.model
        self.folder = folder
        self.hits = 0

    def prepare(self, job: DraftJob) -> BaseModel:
        request: BaseModel = self.inner.prepare(job)
        return request

    def key(self, request: BaseModel) -> str:
        payload = {"model": self.model, "request": request.model_dump(mode="json")}
        return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()

    async def generate(self, request: BaseModel) -> Generation:
        path = self.folder / f"{self.key(request)}.json"
        if path.is_file():
            self.hits += 1
            return Generation.model_validate_json(path.read_text(encoding="utf-8"))
        generation = await self.inner.generate(request)
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(generation.model_dump_json(), encoding="utf-8")
        tmp.replace(path)  # atomic: a crash never leaves half an entry
        return generation

    async def aclose(self) -> None:
        await self.inner.aclose()


async def _draft_case(case: Case, set_name: str, backend: Backend[Any], policy: Policy) -> CaseResult:
    from drafter.intake import detect_language
    from drafter.pipeline import adraft

    expected_language = case.language or detect_language(case.complaint)
    try:
        d = await adraft(
            case.complaint,
            channel=case.draft_channel,
            language=case.language or "auto",
            context=case.context,
            backend=backend,
            policy=policy,
        )
    except BackendUnavailable:
        raise
    except DrafterError as exc:
        return CaseResult(
            set=set_name, id=case.id, channel=case.draft_channel, complaint=case.complaint, error=exc.message,
            failed=["error: " + exc.message], metrics=dict.fromkeys(METRICS),
        )  # fmt: skip
    return score_case(
        case,
        set_name,
        d.text,
        d.guard,
        escalate=d.escalate,
        language=detect_language(d.text),
        expected_language=expected_language,
    )


def _existing_case(case: Case, set_name: str, drafts: dict[str, GivenDraft], policy: Policy) -> CaseResult:
    from drafter.intake import detect_language

    given = drafts.get(case.id)
    if given is None or given.text is None:
        return CaseResult(
            set=set_name, id=case.id, channel=case.draft_channel, complaint=case.complaint,
            error="no draft for this case", failed=["error: no draft for this case"], metrics=dict.fromkeys(METRICS),
        )  # fmt: skip
    text = given.text
    report = check(text, role=given.role, context=case.context, policy=policy)
    return score_case(
        case,
        set_name,
        text,
        report,
        escalate=given.escalate,
        language=detect_language(text),
        expected_language=case.language or detect_language(case.complaint),
    )


class GivenDraft(BaseModel):
    """One line of `--drafts FILE`: a reply written elsewhere, scored as if drafted."""

    model_config = ConfigDict(extra="allow")

    id: str | int
    text: str | None = None
    escalate: bool | None = None
    role: str | None = None


def read_drafts(path: Path) -> dict[str, GivenDraft]:
    """`--drafts FILE`: one {"id", "text", "escalate"?, "role"?} per line."""
    return {str(d.id): d for d in read_all(path, GivenDraft)}


# ---------------------------------------------------------------- the run


def _means(results: list[CaseResult]) -> dict[str, float]:
    means = {}
    for metric in METRICS:
        values = [r.metrics.get(metric) for r in results]
        present = [v for v in values if v is not None]
        if present:
            means[metric] = round(sum(present) / len(present), 4)
    return means


def _guardrail_set(case_set: CaseSet, suite: Suite) -> SetResult:
    items = load_labelled(suite.set_path(case_set))
    scores, _ = score(items)
    categories = {
        c: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "tp": s.tp, "fp": s.fp, "fn": s.fn}
        for c, s in scores.items()
    }
    below = []
    for c, s in categories.items():
        for metric in ("precision", "recall"):
            floor = case_set.thresholds.get(metric)
            if floor is not None and s[metric] < floor:
                below.append(f"{c} {metric}: {s[metric]:.3f} < {floor}")
    return SetResult(
        name=case_set.name, kind="guardrail", cases=len(items), thresholds=case_set.thresholds, below=below,
        categories=categories,
    )  # fmt: skip


async def run_suite(
    suite: Suite,
    *,
    backend: Backend[Any] | None = None,
    drafts: dict[str, GivenDraft] | None = None,
    policy: Policy | None = None,
    concurrency: int = 8,
    baseline: EvalResult | None = None,
    progress: bool = False,
) -> EvalResult:
    """Draft (or read) and score every case of every set; then apply thresholds and baseline."""
    from drafter.prompts import prompt_set

    policy = policy or load_policy()
    if backend is None and drafts is None:
        from drafter.backends.template_backend import TemplateBackend

        backend = TemplateBackend()
    started = time.perf_counter()
    gate = asyncio.Semaphore(concurrency)
    set_results: list[SetResult] = []
    all_cases: list[CaseResult] = []
    bar = None
    for case_set in suite.sets:
        if case_set.kind == "guardrail":
            set_results.append(_guardrail_set(case_set, suite))
            continue
        cases, bad = load_cases(suite.set_path(case_set), case_set.limit)
        if progress:
            from tqdm import tqdm

            bar = tqdm(total=len(cases), file=sys.stderr, unit="case", desc=case_set.name)

        async def one(case: Case, name: str = case_set.name, bar: Any = bar) -> CaseResult:
            async with gate:
                if drafts is not None:
                    result = _existing_case(case, name, drafts, policy)
                else:
                    assert backend is not None
                    result = await _draft_case(case, name, backend, policy)
            if bar is not None:
                bar.update(1)
            return result

        results = list(await asyncio.gather(*(one(c) for c in cases)))
        if bar is not None:
            bar.close()
        means = _means(results)
        below = [
            f"{metric}: {means[metric]:.3f} < {floor}"
            for metric, floor in case_set.thresholds.items()
            if metric in means and means[metric] < floor
        ]
        set_results.append(
            SetResult(
                name=case_set.name,
                kind="drafts",
                cases=len(results),
                errors=sum(1 for r in results if r.error),
                skipped_lines=[f"line {n}: {e}" for n, e in bad],
                means=means,
                thresholds=case_set.thresholds,
                below=below,
            )
        )
        all_cases.extend(results)
    result = EvalResult(
        suite=suite.name,
        fingerprint=suite.fingerprint(),
        backend=backend.name if backend is not None else "drafts-file",
        model=backend.model if backend is not None else None,
        prompt_hash=prompt_set().digest,
        rules_version=check("").rules_version,
        sets=set_results,
        cases=all_cases,
    )
    if baseline is not None:
        result.regressions = compare(result, baseline, suite)
        result.baseline_fingerprint = baseline.fingerprint
    result.passed = (
        not result.regressions
        and not any(s.below for s in set_results)
        and not any(s.errors or s.skipped_lines for s in set_results)
    )
    result.timing = {"seconds": round(time.perf_counter() - started, 3)}
    return result


def compare(current: EvalResult, baseline: EvalResult, suite: Suite) -> list[str]:
    """Regressions: suite means that dropped beyond the tolerance, and cases that lost a gate
    or dropped beyond the per-case tolerance."""
    out = []
    base_sets = {s.name: s for s in baseline.sets}
    for s in current.sets:
        base = base_sets.get(s.name)
        if base is None:
            continue
        for metric, value in s.means.items():
            before = base.means.get(metric)
            if before is not None and value < before - suite.tolerance:
                out.append(f"{s.name}: {metric} {before:.3f} -> {value:.3f}")
        for category, scores in s.categories.items():
            for metric in ("precision", "recall"):
                before = base.categories.get(category, {}).get(metric)
                if before is not None and scores[metric] < before - suite.tolerance:
                    out.append(f"{s.name}: {category} {metric} {before:.3f} -> {scores[metric]:.3f}")
    base_cases = {(c.set, c.id): c for c in baseline.cases}
    for c in current.cases:
        before_case = base_cases.get((c.set, c.id))
        if before_case is None:
            continue
        for metric, now in c.metrics.items():
            old = before_case.metrics.get(metric)
            if old is None or now is None:
                continue
            limit = 0.5 if metric in GATES else suite.case_tolerance
            if now < old - limit:
                out.append(f"{c.set}/{c.id}: {metric} {old:.3f} -> {now:.3f}")
    return out


def load_result(path: Path) -> EvalResult:
    try:
        return EvalResult.model_validate_json(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read baseline {path}: {exc.strerror}") from exc
    except ValueError as exc:
        raise InputError(f"baseline {path} is not an eval result: {str(exc).splitlines()[0]}") from exc
