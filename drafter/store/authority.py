"""Approval authority: who may approve what. Every role in the policy has its approval limit; a
reviewer may approve a reply only if the compensation it promises is within the reviewer's own
limit. The role a reply needs is found by asking the guardrail itself under each role, lowest
limit first: the first role under which it finds no unauthorized compensation is the one. So
the valuation (amounts, currencies, multipliers, full refunds against the order) stays in one
place, and a promise the guardrail cannot value needs a role without a limit (fail closed)."""

from __future__ import annotations

from typing import Any

from drafter.guard import check
from drafter.policy import Policy

COMPENSATION = "unauthorized_compensation"  # the guardrail's category for promises beyond a limit


def _rank(limit: float | None) -> float:
    return float("inf") if limit is None else limit


def ordered_roles(policy: Policy) -> list[str]:
    """The policy's roles from the lowest approval limit to the highest (unlimited last)."""
    return sorted(policy.roles, key=lambda role: _rank(policy.roles[role]))


def reviewer_roles(policy: Policy) -> list[str]:
    """Roles that review the queue: every role except the policy's default (drafting) role."""
    return [role for role in ordered_roles(policy) if role != policy.default_role]


def is_reviewer(policy: Policy, role: str) -> bool:
    return role in policy.roles and role != policy.default_role


def may_approve(policy: Policy, reviewer: str, needed: str | None) -> bool:
    """A reviewer may approve what a role with the same or a lower limit may approve."""
    if needed is None:
        return True
    if reviewer not in policy.roles or needed not in policy.roles:
        return False
    return _rank(policy.roles[reviewer]) >= _rank(policy.roles[needed])


def roles_within(policy: Policy, reviewer: str) -> list[str]:
    """The required roles whose drafts this reviewer may approve (their queue)."""
    return [role for role in policy.roles if may_approve(policy, reviewer, role)]


def article(role: str) -> str:
    """ "a supervisor", "an executive": for messages that name a role."""
    return f"{'an' if role[:1].lower() in 'aeiou' else 'a'} {role}"


def required_role(text: str, *, context: Any, language: str | None, policy: Policy) -> str | None:
    """The lowest reviewer role allowed to approve ``text``; None if no role in the policy may."""
    for role in reviewer_roles(policy):
        report = check(text, role=role, context=context, policy=policy, language=language)
        if not any(f.category == COMPENSATION for f in report.findings):
            return role
    return None
