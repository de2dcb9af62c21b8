"""The HTTP API (/v1). `POST /v1/check` and `POST /v1/drafts` speak the `drafter check --jsonl`
and `drafter draft --jsonl` contracts through the service layer (drafter.service), which builds
the same records the CLI writes, serialised the same way (``json.dumps(..., ensure_ascii=False)``)."""

from __future__ import annotations

import hashlib
import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, HTTPException, Path, Query, Request, Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from drafter.errors import InputError
from drafter.inputs import decode_text
from drafter.jsonl import check_value, line_id, load_json
from drafter.policy import Policy
from drafter.server.auth import CurrentUser, PolicyDep, StoreDep
from drafter.server.common import visible
from drafter.service import CheckRequest, DraftRequest, LineError, check_line, draft_or_error, parse_draft
from drafter.store import DraftRecord, QueueItem, User
from drafter.store.authority import is_reviewer

router = APIRouter()

MAX_KEY = 200
DraftId = Annotated[int, Path(ge=1, le=2**62, description="the record id")]
Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0, le=10**9)]


class Items(BaseModel):
    items: list[QueueItem]


def _contract(obj: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """A JSON body byte-identical to the CLI's JSON-lines output (minus the newline)."""
    return Response(
        json.dumps(obj, ensure_ascii=False), status_code=status, media_type="application/json", headers=headers
    )


def _inline(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            return _inline(defs[ref.removeprefix("#/$defs/")], defs)
        return {k: _inline(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline(v, defs) for v in node]
    return node


def _body_schema(model: type[BaseModel]) -> dict[str, Any]:
    """Document a body that the endpoint reads raw (to keep the CLI contract's own errors)."""
    schema = model.model_json_schema()
    schema = _inline(schema, schema.get("$defs", {}))
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


async def _raw_object(request: Request) -> dict[str, Any] | Response:
    """The body's JSON object, or the answer that says why there is none: 400 when the body is
    not a JSON object, 422 when it holds what no reply can carry (too deep, lone surrogates).
    The body is decoded by the input layer (the charset its Content-Type declares, else UTF-8,
    else detected); the BodyLimit middleware has already limited its size."""
    body = await request.body()
    charset = request.headers.get("content-type", "").partition("charset=")[2].split(";")[0].strip() or None
    try:
        obj = load_json(decode_text(body, declared=charset, what="the body"), what="body")
    except InputError as exc:
        return _contract(LineError(error=exc.message).record(), 400)
    if not isinstance(obj, dict):
        return _contract(LineError(error="the body must be a JSON object").record(), 400)
    try:
        check_value(obj)
    except InputError as exc:
        return _contract(LineError(id=line_id(obj), error=exc.message).record(), 422)
    return obj


def _authorize(policy: Policy, user: User, obj: dict[str, Any], verb: str) -> None:
    """A caller works under its own approval limit or a lower one: naming a higher role is 403."""
    role = obj.get("role")
    if isinstance(role, str) and not policy.may_act_as(user.role, role):
        raise HTTPException(403, f"the {user.role} role cannot {verb} under the higher {role!r} approval limit")


def _policy(request: Request) -> Policy:
    policy: Policy = request.app.state.policy
    return policy


@router.get("/healthz", tags=["service"])
def healthz(store: StoreDep) -> dict[str, str]:
    store.ping()
    return {"status": "ok"}


@router.post(
    "/v1/check",
    tags=["guardrail"],
    openapi_extra=_body_schema(CheckRequest),
    responses={200: {"description": "the `drafter check --jsonl` output object"}, 400: {}, 422: {}},
)
async def check_reply(request: Request, user: CurrentUser) -> Response:
    """Check one reply: a `drafter check --jsonl` input object in, its output object out. A
    caller checks under its own role, or names a lower one (a higher one is 403)."""
    obj = await _raw_object(request)
    if isinstance(obj, Response):
        return obj
    policy = _policy(request)
    _authorize(policy, user, obj, "check")
    result = await run_in_threadpool(
        lambda: check_line(obj, policy=policy, role=user.role, reviewer=request.app.state.reviewer)
    )
    if isinstance(result, LineError):
        return _contract(result.record(), 422)
    return _contract(result.record())


def _request_hash(obj: dict[str, Any]) -> str:
    canonical = json.dumps({k: v for k, v in obj.items() if k != "idempotency_key"}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _idempotency_key(header: str | None, obj: dict[str, Any]) -> str | None:
    body = obj.get("idempotency_key")
    if body is not None and not isinstance(body, str):
        raise HTTPException(422, "idempotency_key must be a string")
    if header is not None and body is not None and header != body:
        raise HTTPException(400, "the Idempotency-Key header and the idempotency_key field differ")
    key = header if header is not None else body
    if key is not None and not (0 < len(key) <= MAX_KEY and key.isprintable()):
        raise HTTPException(422, f"an idempotency key is 1-{MAX_KEY} printable characters")
    return key


def _replay(existing_hash: str, request_hash: str) -> None:
    if existing_hash != request_hash:
        raise HTTPException(409, "this idempotency key was already used for a different request")


@router.post(
    "/v1/drafts",
    tags=["drafts"],
    status_code=201,
    openapi_extra=_body_schema(DraftRequest),
    responses={
        200: {"description": "a repeat of an earlier request with the same idempotency key: the first answer"},
        201: {"description": 'the `drafter draft --jsonl` output object, with "id" the record id'},
        400: {},
        403: {},
        409: {},
        422: {},
        503: {"description": "the drafting backend could not be reached"},
    },
)
async def submit_draft(
    request: Request,
    user: CurrentUser,
    store: StoreDep,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
) -> Response:
    """Draft, check and record a reply to a complaint; flagged, blocked or escalated drafts enter
    the review queue. Repeats with the same idempotency key record once."""
    obj = await _raw_object(request)
    if isinstance(obj, Response):
        return obj
    policy = _policy(request)
    parsed = parse_draft(obj)
    key = _idempotency_key(idempotency_key, obj)
    _authorize(policy, user, obj, "draft")
    digest = _request_hash(obj)
    if key is not None:
        existing = await run_in_threadpool(store.find_submission, user.id, key)
        if existing is not None:
            _replay(existing.request_hash, digest)
            return _contract(existing.response, 200, {"Idempotent-Replayed": "true"})
    if isinstance(parsed, LineError):
        return _contract(parsed.record(), 422)
    result = await draft_or_error(
        parsed, backend=request.app.state.backend, policy=policy, role=user.role, reviewer=request.app.state.reviewer
    )
    if isinstance(result, LineError):
        return _contract(result.record(), 503 if result.kind == "unavailable" else 422)
    submission = await run_in_threadpool(
        lambda: store.record_draft(
            result.draft,
            submitter=user,
            complaint=parsed.complaint,
            customer=parsed.customer,
            context=parsed.context,
            input_id=parsed.id,
            idempotency_key=key,
            request_hash=digest,
        )
    )
    if not submission.created:
        _replay(submission.request_hash, digest)
        return _contract(submission.response, 200, {"Idempotent-Replayed": "true"})
    return _contract(submission.response, 201)


@router.get("/v1/drafts", tags=["drafts"], response_model=Items)
def list_drafts(
    user: CurrentUser,
    store: StoreDep,
    policy: PolicyDep,
    status: Literal["ready", "needs_review", "approved", "rejected"] | None = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> Items:
    """Recorded drafts, newest first: an agent's own, or everyone's for a reviewer."""
    mine = None if is_reviewer(policy, user.role) else user.id
    return Items(items=store.drafts(submitted_by=mine, status=status, limit=limit, offset=offset))


@router.get("/v1/drafts/{draft_id}", tags=["drafts"], response_model=DraftRecord)
def get_draft(draft_id: DraftId, user: CurrentUser, store: StoreDep, policy: PolicyDep) -> DraftRecord:
    """One draft with its complaint, findings and, once decided, the decision."""
    return visible(store, draft_id, user, policy)
