"""The command line: a thin layer over the library API."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from functools import wraps
from pathlib import Path
from typing import IO, Any, TypeVar

import click

from drafter.errors import DrafterError, InputError

F = TypeVar("F", bound=Callable[..., Any])


def _fail(message: str) -> None:
    click.echo(f"drafter: error: {message}", err=True)
    sys.exit(2)


def friendly_errors(func: F) -> F:
    """Bad input or configuration: one line on stderr and exit code 2, never a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DrafterError as exc:
            _fail(exc.message)
        except OSError as exc:
            _fail(f"{exc.filename or 'input'}: {exc.strerror or exc}")
        except UnicodeDecodeError as exc:
            _fail(f"input is not UTF-8 text ({exc.reason} at byte {exc.start})")

    return wrapper  # type: ignore[return-value]


def read_text(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    if not path.is_file():
        raise InputError(f"{source}: no such file")
    return path.read_text(encoding="utf-8")


def iter_lines(source: str) -> Iterator[str]:
    stream: IO[str]
    if source == "-":
        stream = sys.stdin
    else:
        path = Path(source)
        if not path.is_file():
            raise InputError(f"{source}: no such file")
        stream = path.open(encoding="utf-8")
    with stream:
        yield from stream


def parse_json_object(raw: str | None, what: str) -> dict[str, Any] | None:
    if raw is None:
        return None
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"{what} is not valid JSON: {exc.msg} at column {exc.colno}") from exc
    if not isinstance(value, dict):
        raise InputError(f"{what} must be a JSON object")
    return value


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="drafter")
def cli() -> None:
    """Draft LAST-structured replies to customer complaints and guard them before sending."""


@cli.command("check")
@click.argument("source", required=False, default="-", metavar="[FILE|-]")
@click.option("--role", help="Drafting role whose approval limit applies (default: agent).")
@click.option("--context", "context_json", metavar="JSON", help="Order facts, e.g. '{\"order_amount\": 300}'.")
@click.option("--policy", "policy_path", metavar="FILE", help="Policy YAML instead of the packaged default.")
@click.option("--language", type=click.Choice(["auto", "en", "zh-Hans", "zh-Hant"]), default=None)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--jsonl", "jsonl", metavar="FILE|-", help="Check one JSON object per line.")
@friendly_errors
def check_cmd(
    source: str,
    role: str | None,
    context_json: str | None,
    policy_path: str | None,
    language: str | None,
    as_json: bool,
    jsonl: str | None,
) -> None:
    """Check a reply (FILE, or - for stdin) against the guardrails.

    Exit codes: 0 every reply passes, 1 any reply is flagged or blocked, 2 bad usage or input.
    """
    from drafter.cli_check import check_jsonl, check_one
    from drafter.config import setting
    from drafter.policy import load_policy

    policy = load_policy(setting("policy", policy_path))
    role = setting("role", role)
    if jsonl is not None:
        sys.exit(check_jsonl(jsonl, role=role, policy=policy))
    context = parse_json_object(context_json, "--context")
    sys.exit(
        check_one(
            read_text(source),
            role=role,
            context=context,
            policy=policy,
            language=language,
            as_json=as_json,
        )
    )


@cli.command("draft")
@click.argument("source", required=False, default="-", metavar="[FILE|-]")
@click.option("--channel", type=click.Choice(["email", "im"]), default=None, help="Default: guessed from the text.")
@click.option("--language", type=click.Choice(["auto", "en", "zh-Hans", "zh-Hant"]), default="auto")
@click.option("--role", help="Drafting role whose approval limit applies (default: agent).")
@click.option("--backend", type=click.Choice(["template", "openai"]), default=None)
@click.option("--model", help="Model name for the openai backend (DRAFTER_MODEL).")
@click.option("--customer", help="Customer name, when the complaint does not give it.")
@click.option(
    "--context", "context_json", metavar="JSON", help='Order facts, e.g. \'{"order_id": "A1", "order_amount": 80}\'.'
)
@click.option("--policy", "policy_path", metavar="FILE", help="Policy YAML instead of the packaged default.")
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
    as_json: bool,
    jsonl: str | None,
    concurrency: int,
) -> None:
    """Draft a LAST reply to a complaint (FILE, .eml, or - for stdin), checked by the guardrails.

    Exit codes: 0 ready to send, 1 needs review (flagged or escalated), 2 bad usage or input,
    3 the backend could not be reached.
    """
    import asyncio

    from drafter.cli_draft import EXIT, draft_lines, render_draft
    from drafter.config import setting
    from drafter.errors import BackendUnavailable
    from drafter.pipeline import adraft, make_backend
    from drafter.policy import load_policy

    policy = load_policy(setting("policy", policy_path))
    role = setting("role", role)
    engine = make_backend(backend, model)
    if jsonl is not None:
        code = asyncio.run(
            draft_lines(
                iter_lines(jsonl),
                concurrency=concurrency,
                role=role,
                backend=engine,
                policy=policy,
                channel=channel,
                language=language,
                progress=sys.stderr.isatty(),
            )
        )
        sys.exit(code)
    context = parse_json_object(context_json, "--context")
    text = read_text(source)

    async def one() -> Any:
        try:
            return await adraft(
                text,
                channel=channel,
                language=language,
                customer=customer,
                context=context,
                role=role,
                backend=engine,
                policy=policy,
            )
        finally:
            close = getattr(engine, "aclose", None)
            if close is not None:
                await close()

    try:
        d = asyncio.run(one())
    except BackendUnavailable as exc:
        click.echo(f"drafter: backend unavailable after {exc.attempts} attempts: {exc.message}", err=True)
        sys.exit(3)
    if as_json:
        click.echo(d.model_dump_json(indent=2))
    else:
        click.echo(render_draft(d, colour=sys.stdout.isatty()))
    sys.exit(EXIT[d.status])


@cli.command("eval")
@click.option("--suite", "suite_path", metavar="FILE", help="Suite TOML (default: the packaged evals/suite.toml).")
@click.option("--cases", "case_paths", multiple=True, metavar="FILE", help="Score an external case set instead.")
@click.option("--limit", type=click.IntRange(1), default=None, help="With --cases: first N cases of each file.")
@click.option("--drafts", "drafts_path", metavar="FILE", help="Score existing drafts ({id, text, escalate?}) instead.")
@click.option("--backend", type=click.Choice(["template", "openai"]), default=None)
@click.option("--model", help="Model for the openai backend.")
@click.option("--concurrency", type=click.IntRange(1, 512), default=8, show_default=True)
@click.option("--cache", "cache_dir", metavar="DIR", help="Response cache for LLM backends (default: user cache dir).")
@click.option("--no-cache", is_flag=True, help="Always call the backend.")
@click.option("--baseline", "baseline_path", metavar="FILE", help="Compare per metric and per case.")
@click.option("--update-baseline", is_flag=True, help="Write this run's result to --baseline.")
@click.option("--json", "json_path", metavar="FILE", help="Write the full result as JSON.")
@click.option("--junit", "junit_path", metavar="FILE", help="Write JUnit XML.")
@click.option("--markdown", "markdown_path", metavar="FILE", help="Write the Markdown summary (also printed).")
@click.option("--html", "html_path", metavar="FILE", help="Write a self-contained HTML report.")
@friendly_errors
def eval_cmd(
    suite_path: str | None,
    case_paths: tuple[str, ...],
    limit: int | None,
    drafts_path: str | None,
    backend: str | None,
    model: str | None,
    concurrency: int,
    cache_dir: str | None,
    no_cache: bool,
    baseline_path: str | None,
    update_baseline: bool,
    json_path: str | None,
    junit_path: str | None,
    markdown_path: str | None,
    html_path: str | None,
) -> None:
    """Score drafts against reference replies and guardrail labels; gate on thresholds.

    Exit codes: 0 the gate holds, 1 quality below threshold or a regression, 2 bad input or
    usage, 3 the backend could not be reached.
    """
    from drafter.cli_eval import run_eval

    sys.exit(
        run_eval(
            suite_path=suite_path,
            case_paths=list(case_paths),
            limit=limit,
            drafts_path=drafts_path,
            backend=backend,
            model=model,
            concurrency=concurrency,
            cache_dir=cache_dir,
            no_cache=no_cache,
            baseline_path=baseline_path,
            update_baseline=update_baseline,
            outputs={"json": json_path, "junit": junit_path, "markdown": markdown_path, "html": html_path},
        )
    )


def _register_review_commands() -> None:
    # Only click objects are imported here; fastapi and sqlalchemy load inside the commands.
    from drafter.cli_review import review_group, serve_cmd, users_group

    for command in (serve_cmd, users_group, review_group):
        cli.add_command(command)


_register_review_commands()


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
