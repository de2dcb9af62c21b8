"""The library's service layer: the one-line contracts that the CLI, the HTTP server and Python
callers share. A check request becomes a ``GuardReport``, a draft request a ``Draft``; batch
helpers keep input order and turn a bad line into an error record while the rest goes on.
Results stay typed; ``record()`` gives the JSON object of the contract at the edge that writes it.

    from drafter.service import CheckRequest, check_request
    check_request(CheckRequest(text="我们赔您500元"), policy=load_policy()).verdict  # "flag"
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from drafter.backends.base import Backend
from drafter.errors import BackendError, BackendUnavailable, DrafterError
from drafter.guard import GuardContext, GuardReport
from drafter.guard.engine import check_with
from drafter.jsonl import parse_line
from drafter.models import Draft
from drafter.policy import Policy
from drafter.profile import BusinessProfile

LineId = str | int | None


class CheckRequest(BaseModel):
    """One reply to check: a `drafter check --jsonl` line or a `POST /v1/check` body."""

    model_config = ConfigDict(extra="ignore")

    id: LineId = None
    text: str
    role: str | None = None
    language: str | None = None
    context: GuardContext | None = None


class DraftRequest(BaseModel):
    """One complaint to draft: a `drafter draft --jsonl` line or a `POST /v1/drafts` body."""

    model_config = ConfigDict(extra="ignore")

    id: LineId = None
    complaint: str
    channel: str | None = None
    language: str = "auto"
    customer: str | None = None
    context: GuardContext | None = None
    role: str | None = None


class LineError(BaseModel):
    """A line that produced no result, and why. ``kind`` decides the exit code and HTTP status."""

    id: LineId = None
    error: str
    kind: Literal["input", "backend", "unavailable"] = "input"
    attempts: int | None = None
    status: int | None = None

    @property
    def outcome(self) -> str:
        return {"unavailable": "unavailable", "backend": "backend"}.get(self.kind, "error")

    def record(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "error": self.error}
        if self.kind != "input":
            out["attempts"] = self.attempts
        if self.kind == "backend":
            out["status"] = self.status
        return out

    @classmethod
    def of(cls, line_id: LineId, exc: DrafterError) -> LineError:
        if isinstance(exc, BackendUnavailable):
            return cls(id=line_id, error=exc.message, kind="unavailable", attempts=exc.attempts)
        if isinstance(exc, BackendError):
            return cls(id=line_id, error=exc.message, kind="backend", attempts=exc.attempts, status=exc.status)
        return cls(id=line_id, error=exc.message)


class CheckResult(BaseModel):
    id: LineId = None
    report: GuardReport

    @property
    def outcome(self) -> str:
        return self.report.verdict

    def record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "verdict": self.report.verdict,
            "findings": [f.model_dump() for f in self.report.findings],
        }


class DraftResult(BaseModel):
    id: LineId = None
    draft: Draft

    @property
    def outcome(self) -> str:
        return self.draft.status

    def record(self) -> dict[str, Any]:
        return {"id": self.id, **self.draft.model_dump(mode="json")}


# ---------------------------------------------------------------- one request


def check_request(request: CheckRequest, *, policy: Policy, role: str | None = None) -> GuardReport:
    """Check one reply; ``role`` is the default when the request names none."""
    authority = policy.authority(request.role or role)
    return check_with(request.text, authority, GuardContext.of(request.context), policy, request.language)


async def draft_request(
    request: DraftRequest,
    *,
    backend: Backend[Any],
    policy: Policy,
    role: str | None = None,
    channel: str | None = None,
    language: str | None = None,
    profile: BusinessProfile | None = None,
) -> Draft:
    """Draft one complaint; ``role``, ``channel`` and ``language`` are defaults for what the
    request leaves open; ``profile`` is who is replying (None: neutral wording)."""
    from drafter.pipeline import adraft

    return await adraft(
        request.complaint,
        channel=request.channel or channel,
        language=request.language if request.language != "auto" else (language or "auto"),
        customer=request.customer,
        context=request.context,
        role=request.role or role,
        backend=backend,
        policy=policy,
        profile=profile,
    )


# ---------------------------------------------------------------- one raw line


def parse_check(raw: str) -> CheckRequest | LineError:
    request, error = parse_line(raw, CheckRequest)
    return request if request is not None else LineError.model_validate(error or {"error": "unreadable line"})


def parse_draft(raw: str) -> DraftRequest | LineError:
    request, error = parse_line(raw, DraftRequest)
    return request if request is not None else LineError.model_validate(error or {"error": "unreadable line"})


def check_line(raw: str, *, policy: Policy, role: str | None = None) -> CheckResult | LineError:
    request = parse_check(raw)
    if isinstance(request, LineError):
        return request
    try:
        return CheckResult(id=request.id, report=check_request(request, policy=policy, role=role))
    except DrafterError as exc:
        return LineError.of(request.id, exc)


async def draft_or_error(request: DraftRequest, **options: Any) -> DraftResult | LineError:
    """``draft_request``, with a failure turned into the line's error record."""
    try:
        return DraftResult(id=request.id, draft=await draft_request(request, **options))
    except DrafterError as exc:
        return LineError.of(request.id, exc)


async def draft_line(raw: str, **options: Any) -> DraftResult | LineError:
    request = parse_draft(raw)
    if isinstance(request, LineError):
        return request
    return await draft_or_error(request, **options)


# ---------------------------------------------------------------- batches


def check_lines(lines: Iterable[str], *, policy: Policy, role: str | None = None) -> Iterator[CheckResult | LineError]:
    """Each non-blank line checked, in order."""
    for raw in lines:
        if raw.strip():
            yield check_line(raw, policy=policy, role=role)


async def draft_lines(
    lines: Iterable[str], *, concurrency: int, **options: Any
) -> AsyncIterator[DraftResult | LineError]:
    """Each non-blank line drafted with at most ``concurrency`` in flight, yielded in input order."""
    gate = asyncio.Semaphore(concurrency)

    async def one(raw: str) -> DraftResult | LineError:
        async with gate:
            return await draft_line(raw, **options)

    tasks = [asyncio.create_task(one(raw)) for raw in lines if raw.strip()]
    try:
        for task in tasks:
            yield await task
    finally:
        for task in tasks:
            task.cancel()
