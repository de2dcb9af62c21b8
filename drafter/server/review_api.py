"""The review API (/v1): the queue with search, filters, sort and cursor pagination; the history
of decided drafts; decisions (with approval authority); claims; follow-ups; each draft's audit
trail and webhook deliveries."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from drafter.jsonl import no_surrogates
from drafter.server.auth import CurrentUser, PolicyDep, Reviewer, StoreDep
from drafter.server.common import DraftId, Limit, decision_made, visible
from drafter.store import AuditEntry, DraftRecord, Filters, HistoryPage, Page
from drafter.store.authority import roles_within
from drafter.store.listing import SORTS, Sort, StatusFilter
from drafter.store.outbox import Delivery
from drafter.store.review import decide

router = APIRouter()
Cursor = Annotated[str | None, Query(max_length=1000, description="next_cursor of the previous page")]


class AuditItems(BaseModel):
    items: list[AuditEntry]


class Deliveries(BaseModel):
    items: list[Delivery]


class ReviewIn(BaseModel):
    """A reviewer's decision. ``version`` (from GET) makes a stale decision fail with 409."""

    model_config = ConfigDict(extra="forbid")

    decision: Literal["approve", "reject"]
    text: Annotated[
        str | None, Field(None, max_length=20_000, description="the edited reply (approve only)"), no_surrogates
    ]
    reason: Annotated[
        str | None,
        Field(
            None, max_length=2_000, description="why: required to reject, and to approve a reply the guardrails block"
        ),
        no_surrogates,
    ]
    version: int | None = Field(None, ge=1, description="the draft version the decision was made on")


class ClaimIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    minutes: int = Field(30, ge=1, le=480, description="how long the claim lasts unless renewed or released")


def query_filters(
    q: Annotated[
        str | None, Query(max_length=200, description="text in the complaint, reply, customer or order id")
    ] = None,
    status: StatusFilter | None = None,
    severity: Literal["low", "medium", "high", "critical"] | None = None,
    verdict: Literal["pass", "flag", "block"] | None = None,
    category: Annotated[str | None, Query(max_length=50)] = None,
    reason: Annotated[str | None, Query(max_length=50, description="an escalation reason, e.g. injury")] = None,
    language: Literal["en", "zh-Hans", "zh-Hant"] | None = None,
    required_role: Annotated[
        str | None, Query(max_length=50, description="drafts marked for this role; `any`: every role")
    ] = None,
    overdue: bool = False,
    follow_up: Annotated[bool, Query(description="only drafts with an open follow-up")] = False,
) -> Filters:
    return Filters(
        q=q,
        status=status,
        severity=severity,
        verdict=verdict,
        category=category,
        reason=reason,
        language=language,
        required_role=None if required_role == "any" else required_role,
        overdue=overdue,
        follow_up=follow_up,
    ).check()


FiltersDep = Annotated[Filters, Depends(query_filters)]


@router.get("/v1/queue", tags=["review"], response_model=Page)
def queue(
    user: Reviewer,
    store: StoreDep,
    policy: PolicyDep,
    filters: FiltersDep,
    required_role: Annotated[str | None, Query(max_length=50)] = None,
    sort: Annotated[Sort, Query(description=f"one of {', '.join(SORTS)}")] = "priority",
    limit: Limit = 100,
    cursor: Cursor = None,
) -> Page:
    """Drafts awaiting review (or another ``status``), most severe and oldest first. Without
    ``required_role``, only the drafts the caller's role may approve are listed; ``required_role=any``
    lists every one."""
    if filters.status is None:
        filters = filters.model_copy(update={"status": "needs_review"})
    if required_role is None:
        filters = filters.model_copy(update={"for_roles": roles_within(policy, user.role)})
    items, next_cursor = store.search(filters, sort=sort, limit=limit, cursor=cursor)
    return Page(items=items, next_cursor=next_cursor)


@router.get("/v1/history", tags=["review"], response_model=HistoryPage)
def history(
    user: Reviewer, store: StoreDep, filters: FiltersDep, limit: Limit = 50, cursor: Cursor = None
) -> HistoryPage:
    """Decided drafts, most recent decision first: the decision, the reviewer, and the final
    text with the guardrail's findings on it."""
    items, next_cursor = store.history(filters, limit=limit, cursor=cursor)
    return HistoryPage(items=items, next_cursor=next_cursor)


@router.post(
    "/v1/drafts/{draft_id}/review",
    tags=["review"],
    response_model=DraftRecord,
    responses={
        403: {"description": "not a reviewer, or the reply needs more approval authority (`required_role`)"},
        404: {},
        409: {"description": "stale version, already decided, or claimed by someone else"},
        422: {},
    },
)
def review(draft_id: DraftId, body: ReviewIn, request: Request, user: Reviewer, store: StoreDep) -> DraftRecord:
    """Approve (optionally with an edited reply, re-checked by the guardrails) or reject. A reply
    whose compensation exceeds the reviewer's approval limit is refused with 403 naming the role
    it needs; the draft stays queued for that role."""
    webhook = request.app.state.webhook
    record = decide(
        store,
        draft_id,
        reviewer=user,
        decision=body.decision,
        policy=request.app.state.policy,
        text=body.text,
        reason=body.reason,
        version=body.version,
        webhook_url=webhook.url if webhook else None,
    )
    decision_made(request)
    return record


@router.post("/v1/drafts/{draft_id}/claim", tags=["review"], response_model=DraftRecord, responses={409: {}})
def claim(draft_id: DraftId, user: Reviewer, store: StoreDep, body: ClaimIn | None = None) -> DraftRecord:
    """Take the draft so no other reviewer decides it meanwhile (renewable; expires)."""
    from datetime import timedelta

    return store.claim(draft_id, user=user, ttl=timedelta(minutes=(body or ClaimIn()).minutes))


@router.post("/v1/drafts/{draft_id}/release", tags=["review"], response_model=DraftRecord, responses={409: {}})
def release(draft_id: DraftId, user: Reviewer, store: StoreDep) -> DraftRecord:
    """Give a claimed draft back to the queue (its holder, or an admin)."""
    return store.release(draft_id, user=user, force=user.admin)


@router.post("/v1/drafts/{draft_id}/follow-up", tags=["review"], response_model=DraftRecord, responses={409: {}})
def follow_up_done(draft_id: DraftId, user: CurrentUser, store: StoreDep, policy: PolicyDep) -> DraftRecord:
    """Mark the follow-up the reply promised as done (reviewers, or the agent who submitted it)."""
    visible(store, draft_id, user, policy)
    return store.follow_up_done(draft_id, user=user)


@router.get("/v1/drafts/{draft_id}/audit", tags=["review"], response_model=AuditItems)
def audit(draft_id: DraftId, user: Reviewer, store: StoreDep) -> AuditItems:
    """Every recorded action on one draft, oldest first, each with its before/after changes
    (a changed text with a word- or character-level diff)."""
    store.get(draft_id)
    return AuditItems(items=store.audit(entity="draft", entity_id=draft_id))


@router.get("/v1/drafts/{draft_id}/deliveries", tags=["review"], response_model=Deliveries)
def deliveries(draft_id: DraftId, user: Reviewer, store: StoreDep) -> Deliveries:
    """The webhook deliveries of one draft's decision: status, attempts, last answer."""
    store.get(draft_id)
    return Deliveries(items=store.deliveries(draft_id=draft_id))
