"""The drafting pipeline: intake -> prompt -> backend -> guard (-> one revision) -> Draft.

Unchecked text is never returned: every draft carries its GuardReport, and a draft that is
flagged, blocked or escalated comes back with ``status: needs_review``.
"""

from __future__ import annotations

import asyncio
import os
import time
from typing import Any

from drafter.backends.base import Backend, GenerationRequest
from drafter.backends.template_backend import TemplateBackend, assemble
from drafter.config import setting
from drafter.errors import InputError
from drafter.guard import GuardContext, check
from drafter.intake import analyse, read_complaint
from drafter.models import Complaint, Draft, Timings
from drafter.policy import Policy, load_policy
from drafter.prompts import PROMPT_ID, build_messages, prompt_set, revision_message

DEFAULT_MODEL = "gpt-4o-mini"


def make_backend(name: str | None = None, model: str | None = None) -> Backend:
    """Pick the backend: flag, DRAFTER_BACKEND, config file; else openai only when a key or
    base URL is set, otherwise the embedded template backend."""
    choice = setting("backend", name)
    if choice is None:
        choice = "openai" if os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_BASE_URL") else "template"
    if choice == "template":
        return TemplateBackend()
    if choice == "openai":
        from drafter.backends.openai_backend import OpenAIBackend

        timeout = float(setting("timeout", None, 60.0))
        temperature = setting("temperature", None, 0.3)
        return OpenAIBackend(
            model=setting("model", model, DEFAULT_MODEL),
            base_url=os.environ.get("OPENAI_BASE_URL") or setting("base_url"),
            timeout=timeout,
            temperature=None if temperature is None else float(temperature),
        )
    raise InputError(f"unknown backend {choice!r} (use template or openai)")


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 3)


async def adraft(
    source: str | Complaint,
    *,
    channel: str | None = None,
    language: str = "auto",
    customer: str | None = None,
    context: GuardContext | dict[str, Any] | None = None,
    role: str | None = None,
    backend: Backend | str | None = None,
    model: str | None = None,
    policy: Policy | None = None,
) -> Draft:
    """Draft a checked LAST reply to one complaint (async, for batches)."""
    started = time.perf_counter()
    policy = policy or load_policy()
    role = role or policy.default_role
    limit = policy.limit(role)
    complaint = (
        source
        if isinstance(source, Complaint)
        else read_complaint(source, channel=channel, language=language, customer=customer, context=context)  # type: ignore[arg-type]
    )
    analysis = analyse(complaint)
    engine = backend if backend is not None and not isinstance(backend, str) else make_backend(backend, model)
    messages = build_messages(complaint, analysis, role=role, limit=limit, currency=policy.currency)
    request = GenerationRequest(
        messages=messages, complaint=complaint, analysis=analysis, limit=limit, currency=policy.currency
    )
    intake_ms = _ms(started)

    t = time.perf_counter()
    generation = await engine.generate(request)
    generate_ms = _ms(t)
    text = assemble(generation.sections, complaint)
    t = time.perf_counter()
    report = check(text, role=role, context=complaint.context, policy=policy, language=complaint.language)
    guard_ms = _ms(t)

    revisions = 0
    attempts = generation.attempts
    if report.verdict != "pass" and engine.name != "template":
        # One revision round with the findings fed back; then it is the supervisor's call.
        revised = request.model_copy(
            update={
                "messages": [
                    *messages,
                    *[m for m in [_assistant(generation.raw)] if m is not None],
                    revision_message(report.findings),
                ]
            }
        )
        t = time.perf_counter()
        generation = await engine.generate(revised)
        generate_ms += _ms(t)
        attempts += generation.attempts
        revisions = 1
        text = assemble(generation.sections, complaint)
        t = time.perf_counter()
        report = check(text, role=role, context=complaint.context, policy=policy, language=complaint.language)
        guard_ms += _ms(t)

    status = "ready" if report.verdict == "pass" and not analysis.escalate else "needs_review"
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
        timings=Timings(intake_ms=intake_ms, generate_ms=generate_ms, guard_ms=guard_ms, total_ms=_ms(started)),
        usage=generation.usage,
        guard=report,
        status=status,
    )


def _assistant(raw: str) -> Any:
    from drafter.backends.base import Message

    return Message(role="assistant", content=raw) if raw else None


def draft(source: str | Complaint, **options: Any) -> Draft:
    """Draft a checked LAST reply to one complaint. See ``adraft`` for the options."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(adraft(source, **options))
    raise InputError("drafter.draft() was called inside a running event loop; await drafter.adraft() instead")
