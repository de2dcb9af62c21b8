"""`drafter eval`: wire the suite, backend, cache, baseline and reports together."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from drafter.cli.common import backend_option, fail, friendly_errors
from drafter.errors import BackendUnavailable, InputError


def _write(path: str, text: str) -> None:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)  # never a half-written report


def _engine(backend: str | None, model: str | None, cache_dir: str | None, no_cache: bool) -> Any:
    """The backend, behind the response cache unless it is the template backend or --no-cache."""
    from drafter.backends import make_backend
    from drafter.evals.runner import CachingBackend

    engine = make_backend(backend, model)
    if engine.name == "template" or no_cache:
        return engine
    import platformdirs

    folder = Path(cache_dir) if cache_dir else Path(platformdirs.user_cache_dir("drafter")) / "responses"
    return CachingBackend(engine, folder)


@click.command("eval")
@click.option("--suite", "suite_path", metavar="FILE", help="Suite TOML (default: the packaged evals/suite.toml).")
@click.option("--cases", "case_paths", multiple=True, metavar="FILE", help="Score an external case set instead.")
@click.option("--limit", type=click.IntRange(1), default=None, help="With --cases: first N cases of each file.")
@click.option("--drafts", "drafts_path", metavar="FILE", help="Score existing drafts ({id, text, escalate?}) instead.")
@backend_option
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
    from drafter.evals import report
    from drafter.evals.runner import load_result, read_drafts, run_suite
    from drafter.evals.suite import adhoc_suite, load_suite

    if case_paths and suite_path:
        raise InputError("give either --suite or --cases, not both")
    if update_baseline and not baseline_path:
        raise InputError("--update-baseline needs --baseline FILE")
    suite = adhoc_suite(list(case_paths)) if case_paths else load_suite(suite_path)
    if limit is not None:
        for case_set in suite.sets:
            case_set.limit = limit
    drafts = read_drafts(Path(drafts_path)) if drafts_path else None
    engine = _engine(backend, model, cache_dir, no_cache) if drafts is None else None
    baseline = None
    if baseline_path and not update_baseline:
        if not Path(baseline_path).is_file():
            raise InputError(f"{baseline_path}: no such baseline (create it with --update-baseline)")
        baseline = load_result(Path(baseline_path))
    run = run_suite(
        suite, backend=engine, drafts=drafts, concurrency=concurrency, baseline=baseline, progress=sys.stderr.isatty()
    )
    try:
        result = asyncio.run(run)
    except BackendUnavailable as exc:
        click.echo(f"drafter: backend unavailable after {exc.attempts} attempts: {exc.message}", err=True)
        sys.exit(3)
    summary = report.markdown(result)
    click.echo(summary)
    outputs: list[tuple[str | None, Callable[[], str]]] = [
        (json_path, lambda: result.model_dump_json(indent=1)),
        (junit_path, lambda: report.junit(result)),
        (markdown_path, lambda: summary),
        (html_path, lambda: report.html(result)),
    ]
    for path, text in outputs:
        if path:
            _write(path, text())
    if update_baseline and baseline_path:
        _write(baseline_path, result.model_dump_json(indent=1, exclude={"timing"}))
        click.echo(f"baseline written to {baseline_path}", err=True)
    if any(s.skipped_lines for s in result.sets):
        bad = sum(len(s.skipped_lines) for s in result.sets)
        fail(f"{bad} case line(s) could not be read (see the report); the rest were scored")
    sys.exit(result.exit_code)
