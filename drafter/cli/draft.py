"""`drafter draft`: one complaint with the four LAST sections shown, or a JSON-lines batch
drafted concurrently and written back in input order."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterable
from typing import Any

import click

from drafter.cli.common import (
    backend_option,
    friendly_errors,
    iter_lines,
    parse_json_object,
    read_text,
    write_record,
)

EXIT = {"ready": 0, "needs_review": 1, "error": 2, "backend": 3, "unavailable": 3}


async def _draft_batch(lines: Iterable[str], *, backend: Any, progress: bool, **options: Any) -> int:
    """Write each line's record in input order; the worst outcome is the exit code."""
    from drafter.service import draft_lines

    bar = None
    raws = [raw for raw in lines if raw.strip()]
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(raws), file=sys.stderr, unit="draft")
    worst = 0
    try:
        async for result in draft_lines(raws, backend=backend, **options):
            write_record(result.record())
            worst = max(worst, EXIT[result.outcome])
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
        await backend.aclose()  # close HTTP connections inside the loop that opened them
    return worst


@click.command("draft")
@click.argument("source", required=False, default="-", metavar="[FILE|-]")
@click.option("--channel", type=click.Choice(["email", "im"]), default=None, help="Default: guessed from the text.")
@click.option("--language", type=click.Choice(["auto", "en", "zh-Hans", "zh-Hant"]), default="auto")
@click.option("--role", help="Drafting role whose approval limit applies (default: agent).")
@backend_option
@click.option("--model", help="Model name for the openai backend (DRAFTER_MODEL).")
@click.option("--customer", help="Customer name, when the complaint does not give it.")
@click.option(
    "--context", "context_json", metavar="JSON", help='Order facts, e.g. \'{"order_id": "A1", "order_amount": 80}\'.'
)
@click.option("--policy", "policy_path", metavar="FILE", help="Policy YAML instead of the packaged default.")
@click.option(
    "--profile",
    "profile_source",
    metavar="FILE|NAME",
    help="Business profile (YAML/TOML, or a shipped example: restaurant, ecommerce, bank, ...); DRAFTER_PROFILE.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the draft as JSON.")
@click.option("--jsonl", "jsonl", metavar="FILE|-", help="Draft one JSON object per line.")
@click.option("--concurrency", type=click.IntRange(1, 512), default=8, show_default=True)
@friendly_errors
def draft_cmd(
    source: str,
    channel: str | None,
    language: str,
    role: str | None,
    backend: str | None,
    model: str | None,
    customer: str | None,
    context_json: str | None,
    policy_path: str | None,
    profile_source: str | None,
    as_json: bool,
    jsonl: str | None,
    concurrency: int,
) -> None:
    """Draft a LAST reply to a complaint (FILE, .eml, or - for stdin), checked by the guardrails.

    Exit codes: 0 ready to send, 1 needs review (flagged or escalated), 2 bad usage or input,
    3 the backend could not be reached.
    """
    from drafter.backends import make_backend
    from drafter.config import setting
    from drafter.guard import GuardContext
    from drafter.policy import load_policy
    from drafter.profile import load_profile
    from drafter.service import DraftRequest, draft_request

    policy = load_policy(setting("policy", policy_path))
    profile = load_profile(setting("profile", profile_source))
    role = setting("role", role)
    engine = make_backend(backend, model)
    if jsonl is not None:
        batch = _draft_batch(
            iter_lines(jsonl),
            backend=engine,
            progress=sys.stderr.isatty(),
            concurrency=concurrency,
            policy=policy,
            profile=profile,
            role=role,
            channel=channel,
            language=language,
        )
        sys.exit(asyncio.run(batch))
    request = DraftRequest(
        complaint=read_text(source),
        channel=channel,
        language=language,
        customer=customer,
        context=GuardContext.of(parse_json_object(context_json, "--context")),
        role=role,
    )

    async def one() -> Any:
        try:
            return await draft_request(request, backend=engine, policy=policy, profile=profile)
        finally:
            await engine.aclose()

    from drafter.errors import BackendError, BackendUnavailable

    try:
        d = asyncio.run(one())
    except BackendUnavailable as exc:
        click.echo(f"drafter: backend unavailable after {exc.attempts} attempts: {exc.message}", err=True)
        sys.exit(3)
    except BackendError as exc:  # the server answered, but nothing usable: still the backend's fault
        click.echo(f"drafter: backend error after {exc.attempts} attempts: {exc.message}", err=True)
        sys.exit(3)
    if as_json:
        click.echo(d.model_dump_json(indent=2))
    else:
        from drafter.cli.render import render_draft

        click.echo(render_draft(d, colour=sys.stdout.isatty()))
    sys.exit(EXIT[d.status])
