"""Run a suite: draft every case (or read existing drafts), judge each reply with the per-case
gates, then with the gates that compare it to the rest of its set, and gate each set on the
share of passing cases and the means. Scores are deterministic; only timing varies."""

from __future__ import annotations

import asyncio
import hashlib
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict

from drafter.backends.base import Backend, DraftJob, Generation
from drafter.errors import BackendUnavailable, DrafterError, InputError
from drafter.evals import gates
from drafter.evals.crosswise import score_set
from drafter.evals.metrics import chrf, rouge_l
from drafter.evals.results import CaseResult, EvalResult, SetResult
from drafter.evals.suite import GATES, METRICS, Case, CaseSet, Options, Suite, load_cases
from drafter.guard import GuardReport, check
from drafter.guard.scoring import load_labelled, score
from drafter.jsonl import read_all
from drafter.policy import Policy, load_policy

if TYPE_CHECKING:
    from drafter.evals.judge import Judge
    from drafter.evals.semantic import Embeddings

__all__ = ["CaseResult", "EvalResult", "SetResult", "compare", "load_result", "read_drafts", "run_suite"]


# ---------------------------------------------------------------- producing drafts


@dataclass
class Outcome:
    """A reply to score: drafted here or read from a drafts file."""

    text: str = ""
    escalate: bool | None = None
    report: GuardReport | None = None
    error: str | None = None


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


async def _draft(case: Case, backend: Backend[Any], policy: Policy) -> Outcome:
    from drafter.pipeline import adraft

    try:
        d = await adraft(
            case.complaint,
            channel=case.draft_channel,
            language=case.language or "auto",
            customer=case.customer_name,
            context=case.context,
            backend=backend,
            policy=policy,
        )
    except BackendUnavailable:
        raise
    except DrafterError as exc:
        return Outcome(error=exc.message)
    return Outcome(text=d.text, escalate=d.escalate, report=d.guard)


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


def _given(case: Case, drafts: dict[str, GivenDraft], policy: Policy) -> Outcome:
    given = drafts.get(case.id)
    if given is None or given.text is None:
        return Outcome(error="no draft for this case")
    report = check(given.text, role=given.role, context=case.context, policy=policy)
    return Outcome(text=given.text, escalate=given.escalate, report=report)


# ---------------------------------------------------------------- judging one set


def _per_case(case: Case, set_name: str, out: Outcome, options: Options) -> tuple[CaseResult, dict[str, gates.Verdict]]:
    from drafter.intake import detect_language

    expected_language = case.language or detect_language(case.complaint)
    base = CaseResult(
        set=set_name,
        id=case.id,
        channel=case.draft_channel,
        complaint=case.complaint,
        reference=case.reference_reply,
        expected_escalate=case.expect.escalate,
    )
    if out.error is not None or out.report is None:
        base.error = out.error or "no guard report"
        base.metrics = dict.fromkeys(METRICS)
        return base, {}
    text = out.text
    found = detect_language(text) if text.strip() else None
    structure, coverage, order = gates.structure(text)
    extracted = None if (case.expect.facts or case.expect.must_include) else gates.intake_facts(case)
    verdicts = {
        "guard": gates.guard(out.report),
        "structure": structure,
        "facts": gates.facts(text, case, extracted),
        "must_not": gates.must_not(text, case, out.report),
        "avoid": gates.avoid(text, case),
        "safety_first": gates.safety_first(text, case, found or expected_language),
        "escalation": gates.escalation(out.escalate, case),
        "language": gates.language(found, expected_language),
        "script": gates.script(text, expected_language, case.complaint),
        "copied": gates.copied(text, case.complaint, options),
    }
    metrics: dict[str, float | None] = {"structure_coverage": coverage, "structure_order": order}
    if case.reference_reply:
        lang = found or expected_language or "en"
        metrics["rouge_l"] = round(rouge_l(text, case.reference_reply, lang), 6)
        metrics["chrf"] = round(chrf(text, case.reference_reply), 6)
    base.language = found
    base.draft = text
    base.escalate = out.escalate
    base.verdict = out.report.verdict
    base.findings = out.report.findings
    base.metrics = metrics
    return base, verdicts


def _crosswise(
    results: list[CaseResult],
    verdicts: list[dict[str, gates.Verdict]],
    options: Options,
    embeddings: Embeddings | None,
) -> str:
    """Relevance and genericness for the cases that have a reply; returns the scorer used."""
    live = [i for i, r in enumerate(results) if r.error is None]
    scorer = "lexical+semantic" if embeddings is not None else "lexical"
    if len(live) < options.min_cases:
        for i in live:
            verdicts[i]["relevance"] = verdicts[i]["generic"] = gates.NA
        return scorer
    replies = [results[i].draft for i in live]
    complaints = [results[i].complaint for i in live]
    semantic = embeddings.cosines(replies, complaints) if embeddings is not None else None
    scores = score_set(
        replies,
        complaints,
        generic_similarity=options.generic_similarity,
        related_complaints=options.related_complaints,
        semantic=semantic,
    )
    others = len(live) - 1
    for k, i in enumerate(live):
        metrics = results[i].metrics
        metrics["relevance_lexical"] = round(float(scores.lexical_rank[k]), 4)
        own = f"{scores.lexical_own[k]:.2f} lexical"
        rank = float(scores.lexical_rank[k])
        if scores.semantic_rank is not None and scores.semantic_own is not None and scores.combined_rank is not None:
            metrics["relevance_semantic"] = round(float(scores.semantic_rank[k]), 4)
            own += f", {scores.semantic_own[k]:.2f} semantic"
            rank = float(scores.combined_rank[k])
        if rank >= options.relevance_rank:
            verdicts[i]["relevance"] = gates.PASS
        else:
            verdicts[i]["relevance"] = gates.fail(
                f"not about its own complaint: scores {own} against it, above only "
                f"{rank:.0%} of the {others} other complaints (needs {options.relevance_rank:.0%})"
            )
        twin = scores.twin[k]
        if twin is None:
            verdicts[i]["generic"] = gates.PASS
        else:
            verdicts[i]["generic"] = gates.fail(
                f"near-identical ({scores.twin_similarity[k]:.2f}) to the reply to {results[live[twin]].id}, "
                "an unrelated complaint"
            )
    return scorer


def _settle(result: CaseResult, verdicts: dict[str, gates.Verdict], selected: list[str]) -> None:
    if result.error is not None:
        result.failed = [f"error: {result.error}"]
        result.passed = False
        return
    for name in GATES:
        verdict = verdicts.get(name, gates.NA)
        result.metrics[name] = None if verdict.ok is None else float(verdict.ok)
        if verdict.ok is False:
            (result.failed if name in selected else result.notes).append(f"{name}: {verdict.reason}")
    result.passed = not result.failed


def _means(results: list[CaseResult]) -> dict[str, float]:
    means = {}
    for metric in METRICS:
        present = [v for r in results if (v := r.metrics.get(metric)) is not None]
        if present:
            means[metric] = round(sum(present) / len(present), 4)
    if results:
        means["pass_rate"] = round(sum(r.passed for r in results) / len(results), 4)
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
        categories=categories, report_only=case_set.report_only,
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
    embeddings: Embeddings | None = None,
    judge: Judge | None = None,
) -> EvalResult:
    """Draft (or read) and judge every case of every set; then apply thresholds and baseline."""
    from drafter.prompts import prompt_set

    policy = policy or load_policy()
    if backend is None and drafts is None:
        from drafter.backends.template_backend import TemplateBackend

        backend = TemplateBackend()
    started = time.perf_counter()
    limit = asyncio.Semaphore(concurrency)
    set_results: list[SetResult] = []
    all_cases: list[CaseResult] = []
    for case_set in suite.sets:
        if case_set.kind == "guardrail":
            set_results.append(_guardrail_set(case_set, suite))
            continue
        cases, bad = load_cases(suite.set_path(case_set), case_set.limit)
        tick = _progress(case_set.name, len(cases)) if progress else None

        async def one(case: Case, tick: Callable[[], None] | None = tick) -> Outcome:
            async with limit:
                if drafts is not None:
                    out = _given(case, drafts, policy)
                else:
                    assert backend is not None
                    out = await _draft(case, backend, policy)
            if tick is not None:
                tick()
            return out

        outcomes = list(await asyncio.gather(*(one(c) for c in cases)))
        options = suite.options(case_set)
        selected = suite.gates(case_set)
        judged = [_per_case(c, case_set.name, o, options) for c, o in zip(cases, outcomes, strict=True)]
        results = [r for r, _ in judged]
        verdicts = [v for _, v in judged]
        scorer = _crosswise(results, verdicts, options, embeddings)
        for case_result, verdict in zip(results, verdicts, strict=True):
            _settle(case_result, verdict, selected)
        if judge is not None:
            await judge.score_all([r for r in results if r.error is None])
        thresholds = suite.thresholds(case_set)
        means = _means(results)
        below = [
            f"{metric}: {means[metric]:.3f} < {floor}"
            for metric, floor in thresholds.items()
            if metric in means and means[metric] < floor
        ]
        failing: dict[str, int] = {}
        for r in results:
            for reason in r.failed:
                name = reason.split(":", 1)[0]
                failing[name] = failing.get(name, 0) + 1
        set_results.append(
            SetResult(
                name=case_set.name,
                kind="drafts",
                cases=len(results),
                errors=sum(1 for r in results if r.error),
                report_only=case_set.report_only,
                gates=selected,
                relevance_scorer=scorer,
                skipped_lines=[f"line {n}: {e}" for n, e in bad],
                means=means,
                thresholds=thresholds,
                below=below,
                failing=dict(sorted(failing.items(), key=lambda kv: -kv[1])),
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
        relevance_scorer="lexical+semantic" if embeddings is not None else "lexical",
        judge_model=judge.model if judge is not None else None,
        sets=set_results,
        cases=all_cases,
    )
    if baseline is not None:
        result.regressions = compare(result, baseline, suite)
        result.baseline_fingerprint = baseline.fingerprint
    reported = {s.name for s in set_results if s.report_only}
    result.reported = [f"{s.name}: {b}" for s in set_results if s.report_only for b in s.below]
    result.reported += [r for r in result.regressions if r.split(":")[0].split("/")[0] in reported]
    result.regressions = [r for r in result.regressions if r.split(":")[0].split("/")[0] not in reported]
    gating = [s for s in set_results if not s.report_only]
    result.passed = (
        not result.regressions
        and not any(s.below for s in gating)
        and not any(s.errors or s.skipped_lines for s in set_results)
    )
    result.timing = {"seconds": round(time.perf_counter() - started, 3)}
    return result


def _progress(name: str, total: int) -> Callable[[], None]:
    from tqdm import tqdm

    bar = tqdm(total=total, file=sys.stderr, unit="case", desc=name, leave=False)

    def tick() -> None:
        bar.update(1)
        if bar.n >= total:
            bar.close()

    return tick


def compare(current: EvalResult, baseline: EvalResult, suite: Suite) -> list[str]:
    """Regressions: suite means that dropped beyond the tolerance, and cases that lost a gate
    or dropped beyond the per-case tolerance. Relevance is compared only when both runs used
    the same scorer (the semantic extra may be installed on one machine and not another)."""
    skip = {"relevance"} if current.relevance_scorer != baseline.relevance_scorer else set()
    out = []
    base_sets = {s.name: s for s in baseline.sets}
    for s in current.sets:
        base = base_sets.get(s.name)
        if base is None:
            continue
        for metric, value in s.means.items():
            before = base.means.get(metric)
            if metric in skip or (metric == "pass_rate" and skip):
                continue
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
            if old is None or now is None or metric in skip or metric == "judge":
                continue
            tolerance = 0.5 if metric in GATES else suite.case_tolerance
            if now < old - tolerance:
                out.append(f"{c.set}/{c.id}: {metric} {old:.3f} -> {now:.3f}")
    return out


def load_result(path: Path) -> EvalResult:
    try:
        return EvalResult.model_validate_json(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read baseline {path}: {exc.strerror}") from exc
    except ValueError as exc:
        raise InputError(f"baseline {path} is not an eval result: {str(exc).splitlines()[0]}") from exc
