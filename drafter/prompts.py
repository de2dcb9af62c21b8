"""Render the prompt templates in prompts/ (jinja2, sandboxed, StrictUndefined).

A draft records which prompt produced it: ``prompt_id`` names the template set and
``prompt_hash`` is the SHA-256 of every template and example file that went into it, so a
changed prompt shows in results and in the eval cache key.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml
from jinja2 import TemplateError
from jinja2.sandbox import SandboxedEnvironment

from drafter.backends.base import Message
from drafter.errors import ConfigError
from drafter.guard.report import Finding
from drafter.models import Analysis, Complaint
from drafter.policy import Policy, load_policy
from drafter.profile import BusinessProfile
from drafter.prompt_files import sandboxed
from drafter.resources import data_dir
from drafter.wording import Wording, approver_role

PROMPT_ID = "last-v2"
_FILES = ("system.j2", "user.j2", "revise.j2", "examples.yaml")
LANGUAGE_NAMES = {"en": "English", "zh-Hans": "Simplified Chinese", "zh-Hant": "Traditional Chinese"}


@dataclass(frozen=True)
class PromptSet:
    env: SandboxedEnvironment
    examples: dict[str, Any]
    digest: str


@cache
def prompt_set() -> PromptSet:
    folder = data_dir("prompts")
    digest = hashlib.sha256()
    for name in _FILES:
        path = folder / name
        if not path.is_file():
            raise ConfigError(f"prompt file {name} missing from {folder}")
        digest.update(name.encode() + b"\0" + path.read_bytes())
    templates = {name: (folder / name).read_text(encoding="utf-8") for name in _FILES if name.endswith(".j2")}
    env = sandboxed(templates)
    examples = yaml.safe_load((folder / "examples.yaml").read_text(encoding="utf-8"))
    return PromptSet(env, examples, digest.hexdigest())


def _render(name: str, **values: Any) -> str:
    try:
        return prompt_set().env.get_template(name).render(**values).strip()
    except TemplateError as exc:
        raise ConfigError(f"prompt template {name}: {exc}") from exc


def _example_order(examples: list[dict[str, Any]], category: str, escalate: bool) -> list[int]:
    """Examples for this complaint: the best match on category (and on escalation), then one of
    another kind, so the model sees how replies differ instead of one reply to copy."""

    def score(i: int) -> tuple[int, int, int]:
        ex = examples[i]
        return (int(category in ex.get("categories", [])), int(bool(ex.get("escalate")) == escalate), -i)

    ranked = sorted(range(len(examples)), key=score, reverse=True)
    if not ranked:
        return []
    first = ranked[0]
    cats = set(examples[first].get("categories", []))
    other = next((i for i in ranked[1:] if not cats & set(examples[i].get("categories", []))), None)
    return [first] if other is None else [first, other]


def _situation(analysis: Analysis) -> list[str]:
    """Where the customer stands, as short instructions: how soon and what not to say."""
    s = analysis.situation
    out: list[str] = []
    if s.now and s.place:
        out.append(f"They are waiting at {s.place} now: say who comes to them, within minutes.")
    elif s.now:
        out.append("They need help now: act within minutes, not days.")
    elif s.today:
        out.append("It must be dealt with today.")
    if s.deadline:
        out.append(f"They need it {s.deadline}: say what you will do before then.")
    if s.cared_for:
        out.append("Already seen by a doctor: wish them well; do not tell them to see one.")
    if s.made_safe:
        out.append("They already unplugged or switched it off: do not tell them to do it again.")
    if s.valve_off or s.aired or s.left:
        out.append("They already turned the gas off, opened windows or got out: thank them; never ask it again.")
    if s.responders:
        out.append("The fire service is already called or there: tell them to follow it, not to call it.")
    if s.chased:
        out.append("They have chased us before: acknowledge it.")
    return out


def _facts(analysis: Analysis) -> list[str]:
    """What the reply must repeat: references and amounts as the customer wrote them."""
    order = [analysis.facts.order_id] if analysis.facts.order_id else []
    out = [*analysis.facts.refs, *order, *(m.text for m in analysis.facts.amounts)]
    out = [f for f in out if not any(f != other and f in other for other in out)]  # "A1" inside "order A1"
    return [f for i, f in enumerate(out) if f not in out[:i]][:8]


def _asks(analysis: Analysis) -> list[str]:
    return [a.text for a in analysis.facts.asks][:3]


def build_messages(
    complaint: Complaint,
    analysis: Analysis,
    *,
    role: str,
    limit: float | None,
    currency: str,
    profile: BusinessProfile | None = None,
    policy: Policy | None = None,
) -> list[Message]:
    """A short system prompt, two few-shot exchanges chosen by category, then the complaint as data."""
    words = Wording(complaint, profile, analysis.domain)
    policy = policy or load_policy()
    safety = words.safety(analysis)
    system = _render(
        "system.j2",
        language=complaint.language,
        language_name=LANGUAGE_NAMES[complaint.language],
        channel=complaint.channel,
        role=role,
        limit=None if limit is None else f"{limit:g}",
        currency=currency,
        approver=words.approver(approver_role(policy, None)),
        escalate=analysis.escalate,
        reasons=analysis.reasons,
        manager=words.manager(),
        contact_time=words.escalation_time(analysis),
        safety=None if safety is None else {"who": safety[0], "step": safety[2]},
        business=None if profile is None else {"name": profile.name, "kind": profile.kind},
    )
    messages = [Message(role="system", content=system)]
    examples: list[dict[str, Any]] = prompt_set().examples.get(complaint.language) or []
    for i in _example_order(examples, analysis.category, analysis.escalate):
        example = examples[i]
        shot = _render(
            "user.j2",
            channel=example["channel"],
            category=example["categories"][0],
            escalate=bool(example.get("escalate")),
            facts=[],
            asks=[],
            situation=[],
            complaint_text=example["complaint"],
        )
        messages.append(Message(role="user", content=shot))
        messages.append(Message(role="assistant", content=json.dumps(example["sections"], ensure_ascii=False)))
    user = _render(
        "user.j2",
        channel=complaint.channel,
        category=analysis.category,
        escalate=analysis.escalate,
        facts=_facts(analysis),
        asks=_asks(analysis),
        situation=_situation(analysis),
        complaint_text=complaint.text,
    )
    messages.append(Message(role="user", content=user))
    return messages


def revision_message(findings: list[Finding], copied: list[str] | None = None) -> Message:
    content = _render("revise.j2", findings=[f.model_dump() for f in findings], copied=copied or [])
    return Message(role="user", content=content)
