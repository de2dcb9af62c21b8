"""A reviewer's decision, the same for the API, the web pages and `drafter review`: the final
reply is re-checked by the guardrails under the reviewer's own approval limit; a reply promising
compensation beyond that limit is refused (Forbidden, naming the role it needs) and stays
queued for that role; a reply the guardrails block is approved only with an override reason
(kept in the audit log); a rejection needs a reason."""

from __future__ import annotations

from drafter.errors import InputError
from drafter.guard import check
from drafter.policy import Policy
from drafter.store.authority import COMPENSATION, article, is_reviewer, required_role, reviewer_roles
from drafter.store.errors import Conflict, Forbidden, changed_since_read, not_awaiting_review
from drafter.store.records import Decision, DraftRecord, User
from drafter.store.store import Store

MAX_TEXT = 20_000
MAX_REASON = 2_000


def _clean(value: str | None, limit: int, what: str) -> str | None:
    if value is None:
        return None
    value = value.replace("\r\n", "\n").replace("\r", "\n")  # browsers send CRLF from a textarea
    if "\x00" in value:
        raise InputError(f"the {what} contains a NUL character")
    if len(value) > limit:
        raise InputError(f"the {what} is longer than {limit} characters")
    return value if value.strip() else None


def decide(
    store: Store,
    draft_id: int,
    *,
    reviewer: User,
    decision: Decision,
    policy: Policy,
    text: str | None = None,
    reason: str | None = None,
    version: int | None = None,
    webhook_url: str | None = None,
) -> DraftRecord:
    if not is_reviewer(policy, reviewer.role):
        raise Forbidden(
            f"{article(reviewer.role)} cannot review drafts (reviewers: {', '.join(reviewer_roles(policy))})"
        )
    if decision not in ("approve", "reject"):
        raise InputError(f"unknown decision {decision!r} (use approve or reject)")
    record = store.get(draft_id)
    if record.status != "needs_review":
        by = f" by {record.review.reviewer}" if record.review else ""
        raise not_awaiting_review(draft_id, f"it is {record.status}{by}", record.status, record.version)
    if version is not None and version != record.version:
        raise changed_since_read(draft_id, version, record.version, record.status)
    if record.claim is not None and record.claim.by != reviewer.name:
        raise Conflict(
            f"draft {draft_id} is claimed by {record.claim.by} until {record.claim.expires_at.isoformat()}: "
            "ask them, or wait for the claim to end",
            current_version=record.version,
            current_status=record.status,
            claimed_by=record.claim.by,
        )
    expected = record.version if version is None else version
    edited = _clean(text, MAX_TEXT, "edited reply")
    note = _clean(reason, MAX_REASON, "reason")
    note = note.strip() if note else None
    if decision == "reject":
        if edited is not None and edited != record.text:
            raise InputError("an edited reply can be approved, not rejected: leave the text out to reject")
        if note is None:
            raise InputError("rejecting a draft needs a reason, for the agent and the record")
        return store.decide(
            draft_id,
            reviewer=reviewer,
            decision="reject",
            expected_version=expected,
            reason=note,
            webhook_url=webhook_url,
        )

    if text is not None and edited is None:
        raise InputError("the edited reply is empty")
    final_text = edited if edited is not None else record.text
    report = check(
        final_text,
        role=reviewer.role,
        context=record.complaint.context,
        policy=policy,
        language=str(record.draft.get("language") or "auto"),
    )
    if any(f.category == COMPENSATION for f in report.findings):
        _refuse(store, draft_id, reviewer, final_text, final_text != record.text, record, policy)
    if report.verdict == "block" and note is None:
        rules = ", ".join(sorted({f.rule for f in report.findings}))
        raise InputError(
            f"the guardrails block this reply ({rules}): approving it needs an override reason, "
            "which is kept in the audit log"
        )
    return store.decide(
        draft_id,
        reviewer=reviewer,
        decision="approve",
        expected_version=expected,
        reason=note,
        edited_text=final_text if final_text != record.text else None,
        final=report,
        final_text=final_text,
        webhook_url=webhook_url,
    )


def _refuse(
    store: Store, draft_id: int, reviewer: User, text: str, edited: bool, record: DraftRecord, policy: Policy
) -> None:
    """Beyond the reviewer's approval limit: audit the attempt, mark the draft for the role
    that may approve it, and refuse."""
    language = str(record.draft.get("language") or "auto")
    needed = required_role(text, context=record.complaint.context, language=language, policy=policy)
    store.refuse_approval(draft_id, reviewer=reviewer, needed=needed, text=text, edited=edited)
    limit = policy.roles.get(reviewer.role)
    shown = f"{limit:g} {policy.currency}" if limit is not None else "unlimited"
    what = "this edited reply" if edited else "this reply"
    if needed is None:
        raise Forbidden(
            f"{what} promises compensation beyond every approval limit in the policy; no role may approve it",
            required_role=None,
        )
    raise Forbidden(
        f"approving {what} needs {article(needed)}: it promises compensation beyond the {reviewer.role} approval "
        f"limit ({shown}); the draft stays queued for {article(needed)}",
        required_role=needed,
    )
