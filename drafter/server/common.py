"""What the API routers and the pages share: path and query types, who may see a draft, and
waking the webhook deliverer after a decision."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query, Request

from drafter.policy import Policy
from drafter.store import DraftRecord, NotFound, Store, User
from drafter.store.authority import is_reviewer

DraftId = Annotated[int, Path(ge=1, le=2**62, description="the record id")]
Limit = Annotated[int, Query(ge=1, le=500)]


def visible(store: Store, draft_id: int, user: User, policy: Policy) -> DraftRecord:
    """A reviewer sees every draft; an agent its own only (others do not exist for it)."""
    record = store.get(draft_id)
    if not is_reviewer(policy, user.role) and record.submitted_by_id != user.id:
        raise NotFound(f"no draft {draft_id}")
    return record


def decision_made(request: Request) -> None:
    """A decision may have written a webhook delivery: have this process send it now."""
    deliverer = getattr(request.app.state, "deliverer", None)
    if deliverer is not None:
        deliverer.wake()
