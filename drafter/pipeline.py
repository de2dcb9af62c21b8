"""The drafting pipeline: intake -> backend -> guard (-> one revision) -> Draft.

Unchecked text is never returned: every draft carries its GuardReport, and a draft that is
flagged, blocked or escalated comes back with ``status: needs_review``.
"""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING, Any

from drafter.backends import make_backend
from drafter.backends.base import Backend, DraftJob, Generation, Revision
from drafter.errors import InputError, InvalidOutput
from drafter.guard import GuardContext
from drafter.guard.engine import check_with
from drafter.guard.report import GuardReport
from drafter.inputs import MAX_REPLY_CHARS
from drafter.intake import analyse, read_complaint
from drafter.models import Complaint, Draft, Timings, draft_status
from drafter.overlap import copied_sections
from drafter.policy import Authority, Policy, load_policy
from drafter.profile import BusinessProfile, load_profile
from drafter.prompts import PROMPT_ID, prompt_set
from drafter.reply import assemble, fix_script

if TYPE_CHECKING:  # the LLM reviewer loads only when it is on
    from drafter.guard.reviewer import Reviewer


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
    engine: Backend[Any],
    job: DraftJob,
    authority: Authority,
    policy: Policy,
    clock: _Clock,
    reviewer: Reviewer | None = None,
) -> tuple[Generation, str, GuardReport, list[str]]:
    """One backend call, the reply it yields (script slips fixed) and its checks: the guardrail
    (the rules, then the LLM reviewer when on), and for a model, whether it copied a few-shot example."""
    t = time.perf_counter()
    generation = await engine.generate(engine.prepare(job))
    clock.spent["generate"] += _ms(t)
    language = job.complaint.language
    if engine.name != "template":
        fixed = fix_script(generation.sections, language)
        if fixed is not generation.sections:
            generation = generation.model_copy(update={"sections": fixed})
    if generation.checked_text is not None and generation.checked_sections == generation.sections:
        text = generation.checked_text  # the backend assembled these very sections already
    else:
        text = assemble(generation.sections, job.complaint, job.profile, job.analysis.domain)
    if len(text) > MAX_REPLY_CHARS:  # a runaway model: checking it would take the guard seconds
        raise InvalidOutput(
            f"the model's reply is {len(text):,} characters; the limit is {MAX_REPLY_CHARS:,}",
            attempts=generation.attempts,
            raw=generation.raw[:2000],
        )
    t = time.perf_counter()
    reusable = generation.checked is not None and generation.checked_text == text
    if reusable and generation.checked is not None and generation.checked.role == authority.role:
        report = generation.checked  # the backend checked exactly this text, for this role
    else:
        report = check_with(text, authority, job.complaint.context, policy, language)
    if reviewer is not None:  # a blocking HTTP call: off the event loop, so a batch keeps drafting
        report = await asyncio.to_thread(
            reviewer.extend, report, text, authority=authority, policy=policy, complaint=job.complaint.text
        )
    clock.spent["guard"] += _ms(t)
    copied = [] if engine.name == "template" else copied_sections(generation.sections, language)
    return generation, text, report, copied


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
    profile: BusinessProfile | str | None = None,
    reviewer: Reviewer | None = None,
) -> Draft:
    """Draft a checked LAST reply to one complaint (async, for batches). ``profile`` is a
    BusinessProfile, a profile file or a shipped example's name; None keeps the wording neutral.
    ``reviewer``: the optional LLM reviewer, after the rules, on each attempt."""
    clock = _Clock()
    policy = policy or load_policy()
    business = profile if isinstance(profile, BusinessProfile) or profile is None else load_profile(profile)
    authority = policy.authority(role)
    complaint = (
        source
        if isinstance(source, Complaint)
        else read_complaint(source, channel=channel, language=language, customer=customer, context=context)
    )
    analysis = analyse(complaint, business.kind if business else None)
    engine = backend if backend is not None and not isinstance(backend, str) else make_backend(backend, model)
    job = DraftJob(
        complaint=complaint,
        analysis=analysis,
        role=authority.role,
        limit=authority.limit,
        currency=policy.currency,
        policy=policy,
        profile=business,
    )
    intake_ms = _ms(clock.started)

    owned = None
    if reviewer is None and policy.reviewer:  # the policy's switch holds for every caller
        from drafter.guard.reviewer import from_settings

        reviewer = owned = from_settings()
    try:
        generation, text, report, copied = await _attempt(engine, job, authority, policy, clock, reviewer)
        revisions, attempts = 0, generation.attempts
        if (report.findings or copied) and engine.name != "template":
            # One revision round on any finding, coaching included (a follow-up without a time, a
            # missing step), or on copied example text; after it, it is the supervisor's call.
            revision = Revision(previous=generation.raw, findings=report.findings, copied=copied)
            revised = job.model_copy(update={"revision": revision})
            generation, text, report, copied = await _attempt(engine, revised, authority, policy, clock, reviewer)
            revisions, attempts = 1, attempts + generation.attempts
    finally:
        if owned is not None:
            owned.close()

    return Draft(
        sections=generation.sections,
        text=text,
        language=complaint.language,
        channel=complaint.channel,
        category=analysis.category,
        customer_type=analysis.customer_type,
        domain=analysis.domain,
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
        copied=copied,
        status=draft_status(report.verdict, analysis.escalate, copied),
    )


def draft(source: str | Complaint, **options: Any) -> Draft:
    """Draft a checked LAST reply to one complaint. See ``adraft`` for the options."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        drafted: list[Draft] = []

        async def run() -> None:
            # The task's result stays None: asyncio.run() looks up the SIGINT handler it set,
            # and signal's enum lookup formats that handler, the task and its result with
            # repr() -- a whole Draft, twice per call (~4% of a template draft).
            drafted.append(await adraft(source, **options))

        asyncio.run(run())
        return drafted[0]
    raise InputError("drafter.draft() was called inside a running event loop; await drafter.adraft() instead")
