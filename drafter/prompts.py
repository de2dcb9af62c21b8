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
from jinja2 import DictLoader, StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from drafter.backends.base import Message
from drafter.errors import ConfigError
from drafter.guard.report import Finding
from drafter.models import Analysis, Complaint
from drafter.resources import data_dir

PROMPT_ID = "last-v1"
_FILES = ("system.j2", "user.j2", "revise.j2", "examples.yaml")
LANGUAGE_NAMES = {"en": "English", "zh-Hans": "Simplified Chinese", "zh-Hant": "Traditional Chinese"}


def _tojson(value: Any) -> str:
    """JSON-quote data; < and > escaped so text can never close the <complaint> delimiter."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")


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
    env = SandboxedEnvironment(loader=DictLoader(templates), undefined=StrictUndefined, autoescape=False)
    env.globals.clear()
    env.filters["tojson"] = _tojson
    examples = yaml.safe_load((folder / "examples.yaml").read_text(encoding="utf-8"))
    return PromptSet(env, examples, digest.hexdigest())


def _render(name: str, **values: Any) -> str:
    try:
        return prompt_set().env.get_template(name).render(**values).strip()
    except TemplateError as exc:
        raise ConfigError(f"prompt template {name}: {exc}") from exc


def build_messages(
    complaint: Complaint, analysis: Analysis, *, role: str, limit: float | None, currency: str
) -> list[Message]:
    """System prompt, one few-shot exchange in the reply language, then the complaint as data."""
    system = _render(
        "system.j2",
        language=complaint.language,
        language_name=LANGUAGE_NAMES[complaint.language],
        channel=complaint.channel,
        role=role,
        limit=None if limit is None else f"{limit:g}",
        currency=currency,
        escalate=analysis.escalate,
        reasons=analysis.reasons,
        customer_type=analysis.customer_type,
        category=analysis.category,
    )
    messages = [Message(role="system", content=system)]
    example = prompt_set().examples.get(complaint.language)
    if example:
        shot = _render(
            "user.j2",
            channel=example["channel"],
            category="other",
            escalate=False,
            customer_name=None,
            facts={"order_id": None, "asks_for": []},
            order_amount=None,
            order_currency=currency,
            complaint_text=example["complaint"],
        )
        messages.append(Message(role="user", content=shot))
        messages.append(Message(role="assistant", content=json.dumps(example["sections"], ensure_ascii=False)))
    user = _render(
        "user.j2",
        channel=complaint.channel,
        category=analysis.category,
        escalate=analysis.escalate,
        customer_name=complaint.customer_name,
        facts=analysis.facts.model_dump(),
        order_amount=complaint.context.order_amount,
        order_currency=complaint.context.currency or currency,
        complaint_text=complaint.text,
    )
    messages.append(Message(role="user", content=user))
    return messages


def revision_message(findings: list[Finding]) -> Message:
    return Message(role="user", content=_render("revise.j2", findings=[f.model_dump() for f in findings]))
