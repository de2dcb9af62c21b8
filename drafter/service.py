"""The library's service layer: the one-line contracts that the CLI, the HTTP server and Python
callers share. A check request becomes a ``GuardReport``, a draft request a ``Draft``; batch
helpers keep input order and turn a bad line into an error record while the rest goes on.
Results stay typed; ``record()`` gives the JSON object of the contract at the edge that writes it.

    from drafter.service import CheckRequest, check_request
    check_request(CheckRequest(text="我们赔您500元"), policy=load_policy()).verdict  # "flag"
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError
from pydantic_core import PydanticCustomError

from drafter.errors import BackendError, BackendUnavailable, DrafterError, InputError
from drafter.guard import Finding, GuardContext, GuardReport
from drafter.guard.engine import check_with
from drafter.inputs import MAX_FINDINGS, MAX_REPLY_CHARS, MAX_SOURCE_BYTES
from drafter.jsonl import check_value, first_error, line_id, parse_line
from drafter.policy import Policy
from drafter.text import SEVERITY_RANK

if TYPE_CHECKING:  # drafting's modules load when a draft is made: `drafter check` starts faster
    from drafter.backends.base import Backend
    from drafter.guard.reviewer import Reviewer
    from drafter.models import Draft
    from drafter.profile import BusinessProfile

LineId = str | int | None
M = TypeVar("M", bound=BaseModel)


def _not_blank(text: str) -> str:
    if not text.strip():
        raise PydanticCustomError("blank", "must not be empty")
    return text


class CheckRequest(BaseModel):
    """One reply to check: a `drafter check --jsonl` line or a `POST /v1/check` body."""

    model_config = ConfigDict(extra="ignore")

    id: LineId = None
    text: Annotated[str, Field(max_length=MAX_REPLY_CHARS), AfterValidator(_not_blank)]
    role: str | None = Field(None, max_length=100)
    language: str | None = Field(None, max_length=20)
    context: GuardContext | None = None
    complaint: str | None = Field(None, max_length=MAX_SOURCE_BYTES)  # read by the LLM reviewer only

    @classmethod
    def of(cls, **fields: Any) -> CheckRequest:
        """Built from flags: a bad value is bad input, in one line."""
        return _validated(cls, fields)


class DraftRequest(BaseModel):
    """One complaint to draft: a `drafter draft --jsonl` line or a `POST /v1/drafts` body.
    ``channel`` is any label (see drafter.channels)."""

    model_config = ConfigDict(extra="ignore")

    id: LineId = None
    complaint: Annotated[str, Field(max_length=MAX_SOURCE_BYTES), AfterValidator(_not_blank)]
    channel: str | None = Field(None, max_length=100)
    language: str = Field("auto", max_length=20)
    customer: str | None = Field(None, max_length=200)
    context: GuardContext | None = None
    role: str | None = Field(None, max_length=100)

    @classmethod
    def of(cls, **fields: Any) -> DraftRequest:
        """Built from flags: a bad value is bad input, in one line."""
        return _validated(cls, fields)


def _validated(model: type[M], fields: dict[str, Any]) -> M:
    try:
        return model.model_validate(fields)
    except ValidationError as exc:
        raise InputError(first_error(exc)) from exc


def cap_findings(report: GuardReport, limit: int = MAX_FINDINGS) -> tuple[GuardReport, int]:
    """The report with at most ``limit`` findings (the most severe, in text order) and how many
    were left out. The verdict stands: it was decided on all of them."""
    if len(report.findings) <= limit:
        return report, 0
    findings = report.findings
    keep = sorted(range(len(findings)), key=lambda i: (-SEVERITY_RANK[findings[i].severity], i))[:limit]
    kept: list[Finding] = [findings[i] for i in sorted(keep)]
    return report.model_copy(update={"findings": kept}), len(findings) - limit


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
    omitted: int = 0  # findings left out of a long report (cap_findings)

    @property
    def outcome(self) -> str:
        return self.report.verdict

    def record(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "verdict": self.report.verdict,
            "findings": [f.model_dump() for f in self.report.findings],
        }
        if self.omitted:
            out["findings_omitted"] = self.omitted
        return out


class DraftResult(BaseModel):
    """Built by ``_draft_result``: ``Draft`` (drafter.models) is resolved with the first draft, so
    that checking never imports the draft models."""

    id: LineId = None
    draft: Draft
    omitted: int = 0  # findings left out of the draft's guard report (cap_findings)
    warnings: list[str] = Field(default_factory=list)

    @property
    def outcome(self) -> str:
        return self.draft.status

    def record(self) -> dict[str, Any]:
        out = {"id": self.id, **self.draft.model_dump(mode="json")}
        if self.omitted:
            out["findings_omitted"] = self.omitted
        if self.warnings:
            out["warnings"] = self.warnings
        return out


# ---------------------------------------------------------------- one request


def make_reviewer(policy: Policy, model: str | None = None) -> Reviewer | None:
    """The LLM reviewer when a model is named (``model``, DRAFTER_REVIEWER_MODEL, the config file)
    or the policy turns it on; else None, and the LLM client is never imported."""
    from drafter.config import reviewer_model as named

    name = named(model)
    if name is None and not policy.reviewer:
        return None
    from drafter.guard.reviewer import from_settings

    return from_settings(name)


def check_request(
    request: CheckRequest, *, policy: Policy, role: str | None = None, reviewer: Reviewer | None = None
) -> GuardReport:
    """Check one reply; ``role`` is the default when the request names none. The rules run first;
    a ``reviewer`` may then add findings (never remove one)."""
    authority = policy.authority(request.role or role)
    report = check_with(request.text, authority, GuardContext.of(request.context), policy, request.language)
    if reviewer is not None:
        return reviewer.extend(report, request.text, authority=authority, policy=policy, complaint=request.complaint)
    if not policy.reviewer:
        return report
    owned = make_reviewer(policy)  # the policy's switch holds for every caller (the server too)
    assert owned is not None
    try:
        return owned.extend(report, request.text, authority=authority, policy=policy, complaint=request.complaint)
    finally:
        owned.close()


def check_result(
    request: CheckRequest, *, policy: Policy, role: str | None = None, reviewer: Reviewer | None = None
) -> CheckResult | LineError:
    """``check_request`` as the line's result, findings capped, or its error record."""
    try:
        report, omitted = cap_findings(check_request(request, policy=policy, role=role, reviewer=reviewer))
    except DrafterError as exc:
        return LineError.of(request.id, exc)
    return CheckResult(id=request.id, report=report, omitted=omitted)


async def draft_request(
    request: DraftRequest,
    *,
    backend: Backend[Any],
    policy: Policy,
    role: str | None = None,
    channel: str | None = None,
    language: str | None = None,
    profile: BusinessProfile | None = None,
    reviewer: Reviewer | None = None,
) -> Draft:
    """Draft one complaint; ``role``, ``channel`` and ``language`` are defaults for what the
    request leaves open; ``profile`` is who is replying (None: neutral wording); ``reviewer`` reads
    each draft after the rules."""
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
        reviewer=reviewer,
    )


# ---------------------------------------------------------------- one raw line


Raw = str | bytes | dict[str, Any]
"""A line as read (bytes from a file, decoded here), as text, or a JSON object already parsed."""


def _parse(raw: Raw, model: type[M]) -> M | LineError:
    if isinstance(raw, dict):
        try:
            check_value(raw)
            return model.model_validate(raw)
        except InputError as exc:
            return LineError(id=line_id(raw), error=exc.message)
        except ValidationError as exc:
            return LineError(id=line_id(raw), error=first_error(exc))
    request, error = parse_line(raw, model)
    return request if request is not None else LineError.model_validate(error or {"error": "unreadable line"})


def parse_check(raw: Raw) -> CheckRequest | LineError:
    return _parse(raw, CheckRequest)


def parse_draft(raw: Raw) -> DraftRequest | LineError:
    return _parse(raw, DraftRequest)


def check_line(
    raw: Raw, *, policy: Policy, role: str | None = None, reviewer: Reviewer | None = None
) -> CheckResult | LineError:
    request = parse_check(raw)
    if isinstance(request, LineError):
        return request
    return check_result(request, policy=policy, role=role, reviewer=reviewer)


async def draft_or_error(request: DraftRequest, **options: Any) -> DraftResult | LineError:
    """``draft_request``, with a failure turned into the line's error record, the findings
    capped, and a warning for a channel label the table does not know."""
    try:
        draft = await draft_request(request, **options)
    except DrafterError as exc:
        return LineError.of(request.id, exc)
    report, omitted = cap_findings(draft.guard)
    if omitted:
        draft = draft.model_copy(update={"guard": report})
    from drafter.channels import resolve as resolve_channel

    warning = resolve_channel(request.channel or options.get("channel")).warning
    return _draft_result(id=request.id, draft=draft, omitted=omitted, warnings=[warning] if warning else [])


def _draft_result(**values: Any) -> DraftResult:
    if not DraftResult.__pydantic_complete__:
        from drafter.models import Draft

        DraftResult.model_rebuild(_types_namespace={"Draft": Draft})
    return DraftResult(**values)


async def draft_line(raw: Raw, **options: Any) -> DraftResult | LineError:
    request = parse_draft(raw)
    if isinstance(request, LineError):
        return request
    return await draft_or_error(request, **options)


# ---------------------------------------------------------------- batches


def check_lines(
    lines: Iterable[str | bytes], *, policy: Policy, role: str | None = None, reviewer: Reviewer | None = None
) -> Iterator[CheckResult | LineError]:
    """Each non-blank line checked, in order."""
    for raw in lines:
        if raw.strip():
            yield check_line(raw, policy=policy, role=role, reviewer=reviewer)


async def draft_lines(
    lines: Iterable[str | bytes], *, concurrency: int, **options: Any
) -> AsyncIterator[DraftResult | LineError]:
    """Each non-blank line drafted with at most ``concurrency`` in flight, yielded in input order
    as soon as it and every line before it are done. Lines are read as the window moves, so a
    long input is never all in memory, and a caller's progress bar moves item by item."""
    import asyncio

    gate = asyncio.Semaphore(concurrency)
    window: asyncio.Queue[asyncio.Task[DraftResult | LineError] | None] = asyncio.Queue(maxsize=2 * concurrency)

    async def one(raw: str | bytes) -> DraftResult | LineError:
        try:
            return await draft_line(raw, **options)
        finally:
            gate.release()
            await asyncio.sleep(0)  # let the writer run between CPU-bound drafts

    async def feed() -> None:
        try:
            for raw in lines:
                if raw.strip():
                    await gate.acquire()
                    await window.put(asyncio.create_task(one(raw)))
        finally:
            await window.put(None)

    feeder = asyncio.create_task(feed())
    try:
        while (task := await window.get()) is not None:
            yield await task
        await feeder  # an error reading the input surfaces here
    finally:
        feeder.cancel()
        while not window.empty():
            pending = window.get_nowait()
            if pending is not None:
                pending.cancel()
