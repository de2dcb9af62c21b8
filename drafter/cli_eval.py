"""`drafter eval`: wire the suite, backend, cache, baseline and reports together."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import click

from drafter.errors import BackendUnavailable, InputError


def _write(path: str, text: str) -> None:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)  # never a half-written report


def run_eval(
    *,
    suite_path: str | None,
    case_paths: list[str],
    limit: int | None,
    drafts_path: str | None,
    backend: str | None,
    model: str | None,
    concurrency: int,
    cache_dir: str | None,
    no_cache: bool,
    baseline_path: str | None,
    update_baseline: bool,
    outputs: dict[str, str | None],
) -> int:
    from drafter.evals import report
    from drafter.evals.runner import CachingBackend, load_result, read_drafts, run_suite
    from drafter.evals.suite import adhoc_suite, load_suite
    from drafter.pipeline import make_backend

    if case_paths and suite_path:
        raise InputError("give either --suite or --cases, not both")
    if update_baseline and not baseline_path:
        raise InputError("--update-baseline needs --baseline FILE")
    suite = adhoc_suite(case_paths) if case_paths else load_suite(suite_path)
    if limit is not None:
        for case_set in suite.sets:
            case_set.limit = limit
    drafts = read_drafts(Path(drafts_path)) if drafts_path else None
    engine = None
    if drafts is None:
        engine = make_backend(backend, model)
        if engine.name != "template" and not no_cache:
            import platformdirs

            folder = Path(cache_dir) if cache_dir else Path(platformdirs.user_cache_dir("drafter")) / "responses"
            engine = CachingBackend(engine, folder)
    baseline = None
    if baseline_path and not update_baseline:
        if not Path(baseline_path).is_file():
            raise InputError(f"{baseline_path}: no such baseline (create it with --update-baseline)")
        baseline = load_result(Path(baseline_path))
    try:
        result = asyncio.run(
            run_suite(
                suite,
                backend=engine,
                drafts=drafts,
                concurrency=concurrency,
                baseline=baseline,
                progress=sys.stderr.isatty(),
            )
        )
    except BackendUnavailable as exc:
        click.echo(f"drafter: backend unavailable after {exc.attempts} attempts: {exc.message}", err=True)
        return 3
    summary = report.markdown(result)
    click.echo(summary)
    if outputs.get("json"):
        _write(outputs["json"] or "", result.model_dump_json(indent=1))
    if outputs.get("junit"):
        _write(outputs["junit"] or "", report.junit(result))
    if outputs.get("markdown"):
        _write(outputs["markdown"] or "", summary)
    if outputs.get("html"):
        _write(outputs["html"] or "", report.html(result))
    if update_baseline and baseline_path:
        _write(baseline_path, result.model_dump_json(indent=1, exclude={"timing"}))
        click.echo(f"baseline written to {baseline_path}", err=True)
    if any(s.skipped_lines for s in result.sets):
        bad = sum(len(s.skipped_lines) for s in result.sets)
        click.echo(
            f"drafter: error: {bad} case line(s) could not be read (see the report); the rest were scored", err=True
        )
        return 2
    return result.exit_code
