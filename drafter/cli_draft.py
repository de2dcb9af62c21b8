"""`drafter draft`: one complaint with the four LAST sections shown, or a JSON-lines batch
drafted concurrently and written back in input order."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Iterable
from typing import Any

import click
from pydantic import BaseModel, ConfigDict

from drafter.backends.base import Backend
from drafter.cli_check import render
from drafter.errors import BackendError, BackendUnavailable, DrafterError
from drafter.guard import GuardContext
from drafter.jsonl import parse_line
from drafter.models import Draft
from drafter.pipeline import adraft
from drafter.policy import Policy

EXIT = {"ready": 0, "needs_review": 1, "error": 2, "unavailable": 3}


class DraftLine(BaseModel):
    """One input line of `drafter draft --jsonl`; unknown keys are ignored."""

    model_config = ConfigDict(extra="ignore")

    id: str | int | None = None
    complaint: str
    channel: str | None = None
    language: str = "auto"
    customer: str | None = None
    context: GuardContext | None = None
    role: str | None = None


def draft_record(line_id: str | int | None, d: Draft) -> dict[str, Any]:
    """The output object of one drafted line (the contract other tools read)."""
    out: dict[str, Any] = {"id": line_id}
    out.update(d.model_dump(mode="json"))
    return out


def render_draft(d: Draft, colour: bool) -> str:
    title = {"listen": "Listen", "apologize": "Apologize", "satisfy": "Satisfy", "thank": "Thank"}
    lines = []
    for key, label in title.items():
        head = click.style(label, bold=True) if colour else label
        lines.append(f"{head}: {getattr(d.sections, key)}")
    lines += ["", "── reply ──", render(d.text, d.guard, colour)]
    esc = f"yes ({', '.join(d.reasons)})" if d.escalate else "no"
    lines += [
        "",
        f"category: {d.category}  customer: {d.customer_type}  escalate: {esc}",
        f"status: {d.status}  backend: {d.backend}{' / ' + d.model if d.model else ''}  prompt: {d.prompt_id}",
    ]
    return "\n".join(lines)


async def _draft_line(
    raw: str, *, default_role: str | None, backend: Backend, policy: Policy, channel: str | None, language: str | None
) -> tuple[dict[str, Any], str]:
    line, error = parse_line(raw, DraftLine)
    if line is None:
        return error or {"id": None, "error": "unreadable line"}, "error"
    line_id = line.id
    try:
        d = await adraft(
            line.complaint,
            channel=line.channel or channel,
            language=line.language if line.language != "auto" else (language or "auto"),
            customer=line.customer,
            context=line.context,
            role=line.role or default_role,
            backend=backend,
            policy=policy,
        )
    except BackendUnavailable as exc:
        return {"id": line_id, "error": exc.message, "attempts": exc.attempts}, "unavailable"
    except BackendError as exc:
        return {"id": line_id, "error": exc.message, "attempts": exc.attempts, "status": exc.status}, "error"
    except DrafterError as exc:
        return {"id": line_id, "error": exc.message}, "error"
    return draft_record(line.id, d), d.status


async def draft_lines(
    lines: Iterable[str],
    *,
    concurrency: int,
    role: str | None,
    backend: Backend,
    policy: Policy,
    channel: str | None = None,
    language: str | None = None,
    progress: bool = False,
) -> int:
    """Draft every line with at most ``concurrency`` in flight; write results in input order."""
    gate = asyncio.Semaphore(concurrency)

    async def one(raw: str) -> tuple[dict[str, Any], str]:
        async with gate:
            return await _draft_line(
                raw, default_role=role, backend=backend, policy=policy, channel=channel, language=language
            )

    raws = [raw for raw in lines if raw.strip()]
    tasks = [asyncio.create_task(one(raw)) for raw in raws]
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(tasks), file=sys.stderr, unit="draft")
    worst = 0
    try:
        for task in tasks:
            record, outcome = await task
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            sys.stdout.flush()
            worst = max(worst, EXIT[outcome])
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
        for task in tasks:
            task.cancel()
        close = getattr(backend, "aclose", None)
        if close is not None:
            await close()  # close HTTP connections inside the loop that opened them
    return worst
