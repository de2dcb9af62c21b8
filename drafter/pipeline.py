"""The drafting pipeline: intake -> backend -> guard (-> one revision) -> Draft.

Unchecked text is never returned: every draft carries its GuardReport, and a draft that is
flagged, blocked or escalated comes back with ``status: needs_review``.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from drafter.backends import make_backend
from drafter.backends.base import Backend, DraftJob, Generation, Revision
from drafter.errors import InputError
from drafter.guard import GuardContext
from drafter.guard.engine import check_with, needs_revision
from drafter.guard.report import GuardReport
from drafter.intake import analyse, read_complaint
from drafter.models import Complaint, Draft, Timings, draft_status
from drafter.policy import Authority, Policy, load_policy
from drafter.prompts import PROMPT_ID, prompt_set
from drafter.reply import assemble


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 3)


class _Clock:
    """Milliseconds spent per stage, summed over the revision round."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.spent = {"generate": 0.0, "guard": 0.0}

    def timings(self, intake_ms: float) -> Timings:
        return Timings(
            intake_ms=intake_ms,
            generate_ms=self.spent["generate"],
            guard_ms=self.spent["guard"],
            total_ms=_ms(self.started),
        )


async def _attempt(
    engine: Backend[Any], job: DraftJob, authority: Authority, policy: Policy, clock: _Clock
) -> tuple[Generation, str, GuardReport]:
    """One backend call and the guardrail check of the reply it yields."""
    t = time.perf_counter()
    generation = await engine.generate(engine.prepare(job))
    clock.spent["generate"] += _ms(t)
    text = assemble(generation.sections, job.complaint)
    t = time.perf_counter()
    report = check_with(text, authority, job.complaint.context, policy, job.complaint.language)
    clock.spent["guard"] += _ms(t)
    return generation, text, report


async def adraft(
    source: str | Complaint,
    *,
    channel: str | None = None,
    language: str = "auto",
    customer: str | None = None,
    context: GuardContext | dict[str, Any] | None = None,
    role: str | None = None,
    backend: Backend[Any] | str | None = None,
    model: str | None = None,
    policy: Policy | None = None,
) -> Draft:
    """Draft a checked LAST reply to one complaint (async, for batches)."""
    clock = _Clock()
    policy = policy or load_policy()
    authority = policy.authority(role)
    complaint = (
        source
        if isinstance(source, Complaint)
        else read_complaint(source, channel=channel, language=language, customer=customer, context=context)  # type: ignore[arg-type]
    )
    analysis = analyse(complaint)
    engine = backend if backend is not None and not isinstance(backend, str) else make_backend(backend, model)
    job = DraftJob(
        complaint=complaint,
        analysis=analysis,
        role=authority.role,
        limit=authority.limit,
        currency=policy.currency,
    )
    intake_ms = _ms(clock.started)

    generation, text, report = await _attempt(engine, job, authority, policy, clock)
    revisions, attempts = 0, generation.attempts
    if needs_revision(report) and engine.name != "template":
        # One revision round with the findings fed back; then it is the supervisor's call.
        revised = job.model_copy(update={"revision": Revision(previous=generation.raw, findings=report.findings)})
        generation, text, report = await _attempt(engine, revised, authority, policy, clock)
        revisions, attempts = 1, attempts + generation.attempts

    return Draft(
        sections=generation.sections,
        text=text,
        language=complaint.language,
        channel=complaint.channel,
        category=analysis.category,
        customer_type=analysis.customer_type,
        escalate=analysis.escalate,
        reasons=analysis.reasons,
        backend=engine.name,
        model=generation.model or engine.model,
        prompt_id=f"{PROMPT_ID}/{complaint.language}/{complaint.channel}",
        prompt_hash=prompt_set().digest,
        revisions=revisions,
        attempts=attempts,
        timings=clock.timings(intake_ms),
        usage=generation.usage,
        guard=report,
        status=draft_status(report.verdict, analysis.escalate),
    )


def draft(source: str | Complaint, **options: Any) -> Draft:
    """Draft a checked LAST reply to one complaint. See ``adraft`` for the options."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(adraft(source, **options))
    raise InputError("drafter.draft() was called inside a running event loop; await drafter.adraft() instead")
