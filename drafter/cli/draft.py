"""`drafter draft`: one complaint with the four LAST sections shown, or a JSON-lines batch
drafted concurrently and written back in input order."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterable
from typing import Any

import click

from drafter.cli.backend_option import backend_option
from drafter.cli.common import (
    Summary,
    Warnings,
    color_option,
    encoding_option,
    friendly_errors,
    iter_lines,
    no_file_with_jsonl,
    parse_context,
    read_complaint_text,
    use_colour,
    write_record,
)

EXIT = {"ready": 0, "needs_review": 1, "error": 2, "backend": 3, "unavailable": 3}
_LABELS = {
    "ready": "ready",
    "needs_review": "need review",
    "error": "error|errors",
    "backend": "backend error|backend errors",
    "unavailable": "backend unavailable",
}


async def _draft_batch(
    lines: Iterable[bytes], *, backend: Any, total: int | None, progress: bool, **options: Any
) -> int:
    """Write each line's record in input order; the worst outcome is the exit code. The bar
    advances per record written, with the rate; the summary goes to stderr at the end."""
    from drafter.service import DraftResult, draft_lines

    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=total, file=sys.stderr, unit="draft", dynamic_ncols=True, smoothing=0.1)
    summary = Summary("drafted", _LABELS)
    warn = Warnings(None if bar is None else lambda line: bar.write(line, file=sys.stderr))
    worst = 0
    try:
        async for result in draft_lines(lines, backend=backend, **options):
            write_record(result.record())
            summary.add(result.outcome)
            worst = max(worst, EXIT[result.outcome])
            if isinstance(result, DraftResult):
                warn(result.warnings)
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
        await backend.aclose()  # close HTTP connections inside the loop that opened them
    summary.echo()
    return worst


@click.command("draft")
@click.argument("source", required=False, default=None, metavar="[FILE|-]")
@click.option(
    "--channel",
    metavar="LABEL",
    help="email or im, or any channel label (wechat, review, web form, ...); default: guessed from the text.",
)
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
@click.option("--jsonl", "jsonl", metavar="FILE|-", help="Draft one JSON object per line (instead of FILE).")
@click.option("--concurrency", type=click.IntRange(1, 512), default=8, show_default=True)
@click.option(
    "--reviewer-model",
    metavar="MODEL",
    help="Also have this chat model review each draft after the rules (adds findings only; DRAFTER_REVIEWER_MODEL).",
)
@encoding_option
@color_option
@friendly_errors
def draft_cmd(
    source: str | None,
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
    reviewer_model: str | None,
    encoding: str | None,
    color: str,
) -> None:
    """Draft a LAST reply to a complaint (FILE, .eml, or - for stdin; default -), checked by the
    guardrails.

    Exit codes: 0 ready to send, 1 needs review (flagged or escalated), 2 bad usage or input,
    3 the backend could not be reached. A batch ends with a one-line count on stderr.
    """
    from drafter.backends import make_backend
    from drafter.channels import resolve as resolve_channel
    from drafter.config import setting
    from drafter.errors import InputError
    from drafter.policy import load_policy
    from drafter.profile import load_profile
    from drafter.service import DraftRequest, cap_findings, draft_request, make_reviewer

    no_file_with_jsonl(source, jsonl)
    policy = load_policy(setting("policy", policy_path))
    profile = load_profile(setting("profile", profile_source))
    role = setting("role", role)
    reviewer = make_reviewer(policy, reviewer_model)
    if reviewer is not None:
        import atexit

        atexit.register(reviewer.close)  # every path below ends in sys.exit
    if jsonl is not None:
        from drafter.inputs import count_lines

        lines = iter_lines(jsonl)
        engine = make_backend(backend, model)
        batch = _draft_batch(
            lines,
            backend=engine,
            total=count_lines(jsonl),
            progress=sys.stderr.isatty(),
            concurrency=concurrency,
            policy=policy,
            profile=profile,
            role=role,
            channel=channel,
            language=language,
            reviewer=reviewer,
        )
        sys.exit(asyncio.run(batch))
    context = parse_context(context_json)
    complaint = read_complaint_text(source or "-", encoding=encoding)
    if not complaint.strip():
        raise InputError(f"{'stdin' if source in (None, '-') else source} is empty: there is no complaint to draft")
    request = DraftRequest.of(
        complaint=complaint,
        channel=channel,
        language=language,
        customer=customer,
        context=context,
        role=role,
    )
    Warnings()([w for w in [resolve_channel(channel).warning] if w])
    engine = make_backend(backend, model)

    async def one() -> Any:
        try:
            return await draft_request(request, backend=engine, policy=policy, profile=profile, reviewer=reviewer)
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
    report, omitted = cap_findings(d.guard)
    d = d.model_copy(update={"guard": report})
    if omitted:
        click.echo(f"drafter: {omitted:,} more findings not listed (the verdict counts them)", err=True)
    if as_json:
        click.echo(d.model_dump_json(indent=2))
    else:
        from drafter.cli.render import render_draft

        colour = use_colour(color)
        click.echo(render_draft(d, colour=colour), color=colour)
    sys.exit(EXIT[d.status])
