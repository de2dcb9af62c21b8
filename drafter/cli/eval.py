"""`drafter eval`: wire the suite, backend, caches, semantic score, judge, baseline, comparison
and reports together."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from drafter.cli.backend_option import backend_option
from drafter.cli.common import fail, friendly_errors
from drafter.errors import BackendUnavailable, InputError


def _write(path: str, text: str) -> None:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)  # never a half-written report


def _cache_root(cache_dir: str | None) -> Path:
    if cache_dir:
        return Path(cache_dir)
    import platformdirs

    return Path(platformdirs.user_cache_dir("drafter"))


def _engine(backend: str | None, model: str | None, cache_dir: str | None, no_cache: bool) -> Any:
    """The backend, behind the response cache unless it is the template backend or --no-cache."""
    from drafter.backends import make_backend
    from drafter.evals.runner import CachingBackend

    engine = make_backend(backend, model)
    if engine.name == "template" or no_cache:
        return engine
    return CachingBackend(engine, _cache_root(cache_dir) / "responses")


def _embeddings(semantic: bool | None, cache_dir: str | None, no_cache: bool) -> Any:
    """The semantic scorer when asked for (or by default when the extra is installed)."""
    from drafter.config import setting
    from drafter.evals import semantic as sem

    if semantic is None:
        configured = setting("eval_semantic")
        semantic = sem.available() if configured is None else str(configured).lower() in ("1", "true", "yes", "on")
    if not semantic:
        return None
    if not sem.available():
        raise InputError("--semantic needs the optional extra: pip install 'drafter[semantic]'")
    return sem.Embeddings(None if no_cache else _cache_root(cache_dir) / "embeddings")


@dataclass
class Run:
    """What one side of an eval needs besides the suite."""

    backend: str | None = None
    model: str | None = None
    drafts_path: str | None = None
    prompts: str | None = None  # a prompt folder: run in a child process that reads it


def _side(spec: str, backend: str | None, model: str | None) -> Run:
    """`--compare` sides: a drafts file, a prompt folder, or BACKEND[:MODEL]."""
    from drafter.backends import BACKENDS

    path = Path(spec)
    if path.is_file():
        return Run(drafts_path=spec)
    if path.is_dir():
        return Run(backend=backend, model=model, prompts=str(path.resolve()))
    name, _, chosen = spec.partition(":")
    if name in BACKENDS:
        return Run(backend=name, model=chosen or model)
    raise InputError(f"--compare {spec!r}: not a drafts file, a prompt folder, or one of {', '.join(BACKENDS)}[:MODEL]")


@click.command("eval")
@click.option("--suite", "suite_path", metavar="FILE", help="Suite TOML (default: the packaged evals/suite.toml).")
@click.option("--cases", "case_paths", multiple=True, metavar="FILE", help="Score an external case set instead.")
@click.option("--limit", type=click.IntRange(1), default=None, help="First N cases of each set.")
@click.option("--drafts", "drafts_path", metavar="FILE", help="Score existing drafts ({id, text, escalate?}) instead.")
@backend_option
@click.option("--model", help="Model for the openai backend.")
@click.option("--concurrency", type=click.IntRange(1, 512), default=8, show_default=True)
@click.option("--cache", "cache_dir", metavar="DIR", help="Cache folder for responses, embeddings and judge answers.")
@click.option("--no-cache", is_flag=True, help="Always call the backend, the encoder and the judge.")
@click.option(
    "--semantic/--no-semantic",
    default=None,
    help="Relevance by the sentence encoder (default: on when drafter[semantic] is installed).",
)
@click.option("--judge", "use_judge", is_flag=True, help="Also score replies with an LLM judge (reported, not gating).")
@click.option("--judge-model", metavar="MODEL", help="Model for --judge (default: DRAFTER_JUDGE_MODEL, then --model).")
@click.option(
    "--compare", "compare_specs", nargs=2, metavar="A B", help="Two backends, models, prompt folders or drafts files."
)
@click.option("--baseline", "baseline_path", metavar="FILE", help="Compare per metric and per case.")
@click.option("--update-baseline", is_flag=True, help="Write this run's result to --baseline.")
@click.option("--json", "json_path", metavar="FILE", help="Write the full result as JSON.")
@click.option("--junit", "junit_path", metavar="FILE", help="Write JUnit XML.")
@click.option("--markdown", "markdown_path", metavar="FILE", help="Write the Markdown summary (also printed).")
@click.option("--html", "html_path", metavar="FILE", help="Write a self-contained HTML report.")
@click.option("--max-failures", type=click.IntRange(0), default=25, show_default=True, help="Failing cases listed.")
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
    semantic: bool | None,
    use_judge: bool,
    judge_model: str | None,
    compare_specs: tuple[str, str] | None,
    baseline_path: str | None,
    update_baseline: bool,
    json_path: str | None,
    junit_path: str | None,
    markdown_path: str | None,
    html_path: str | None,
    max_failures: int,
) -> None:
    """Judge replies case by case (LAST structure, relevance, genericness, facts, escalation,
    guard, language and script, copied text) and gate each set on thresholds.

    Exit codes: 0 the gate holds, 1 quality below threshold or a regression, 2 bad input or
    usage, 3 the backend could not be reached.
    """
    from drafter.evals.suite import adhoc_suite, load_suite

    if case_paths and suite_path:
        raise InputError("give either --suite or --cases, not both")
    if update_baseline and not baseline_path:
        raise InputError("--update-baseline needs --baseline FILE")
    if compare_specs and (drafts_path or baseline_path):
        raise InputError("--compare takes its two sides instead of --drafts or --baseline")
    suite = adhoc_suite(list(case_paths)) if case_paths else load_suite(suite_path)
    if limit is not None:
        for case_set in suite.sets:
            case_set.limit = limit
    embeddings = _embeddings(semantic, cache_dir, no_cache)
    judge = _judge(use_judge, judge_model, cache_dir, no_cache)
    ctx = click.get_current_context()
    if compare_specs:
        a, b = (_side(spec, backend, model) for spec in compare_specs)
        results = [_run(suite, side, ctx, concurrency, cache_dir, no_cache, embeddings, judge) for side in (a, b)]
        _report_comparison(results[0], results[1], compare_specs, markdown_path, html_path, json_path)
        return
    run = Run(backend=backend, model=model, drafts_path=drafts_path)
    baseline = None
    if baseline_path and not update_baseline:
        from drafter.evals.runner import load_result

        if not Path(baseline_path).is_file():
            raise InputError(f"{baseline_path}: no such baseline (create it with --update-baseline)")
        baseline = load_result(Path(baseline_path))
    result = _run(suite, run, ctx, concurrency, cache_dir, no_cache, embeddings, judge, baseline)
    _report(result, json_path, junit_path, markdown_path, html_path, max_failures)
    if update_baseline and baseline_path:
        _write(baseline_path, result.model_dump_json(indent=1, exclude={"timing"}))
        click.echo(f"baseline written to {baseline_path}", err=True)
    if any(s.skipped_lines for s in result.sets):
        bad = sum(len(s.skipped_lines) for s in result.sets)
        fail(f"{bad} case line(s) could not be read (see the report); the rest were scored")
    sys.exit(result.exit_code)


def _judge(use_judge: bool, model: str | None, cache_dir: str | None, no_cache: bool) -> Any:
    if not use_judge and not model:
        return None
    from drafter.evals.judge import Judge, judge_model

    return Judge(judge_model(model), cache_dir=None if no_cache else _cache_root(cache_dir) / "judge")


def _run(
    suite: Any,
    run: Run,
    ctx: click.Context,
    concurrency: int,
    cache_dir: str | None,
    no_cache: bool,
    embeddings: Any,
    judge: Any,
    baseline: Any = None,
) -> Any:
    from drafter.evals.runner import read_drafts, run_suite

    if run.prompts is not None:
        return _run_with_prompts(run, ctx)
    drafts = read_drafts(Path(run.drafts_path)) if run.drafts_path else None
    engine = _engine(run.backend, run.model, cache_dir, no_cache) if drafts is None else None

    async def go() -> Any:
        try:
            return await run_suite(
                suite,
                backend=engine,
                drafts=drafts,
                concurrency=concurrency,
                baseline=baseline,
                progress=sys.stderr.isatty(),
                embeddings=embeddings,
                judge=judge,
            )
        finally:
            for closable in (engine, judge):
                if closable is not None:
                    await closable.aclose()

    try:
        return asyncio.run(go())
    except BackendUnavailable as exc:
        click.echo(f"drafter: backend unavailable after {exc.attempts} attempts: {exc.message}", err=True)
        sys.exit(3)


def _run_with_prompts(run: Run, ctx: click.Context) -> Any:
    """A prompt folder is read at import time by the prompt loader: run that side in a child
    `drafter eval` with DRAFTER_PROMPTS_DIR pointing at it, and read its JSON result."""
    from drafter.evals.runner import load_result

    args = [sys.executable, "-m", "drafter", "eval"]
    for name in ("suite_path", "limit", "concurrency", "cache_dir", "judge_model"):
        value = ctx.params.get(name)
        if value is not None:
            args += [f"--{name.replace('_path', '').replace('_dir', '').replace('_', '-')}", str(value)]
    for path in ctx.params.get("case_paths") or ():
        args += ["--cases", path]
    for flag in ("no_cache", "use_judge"):
        if ctx.params.get(flag):
            args.append("--judge" if flag == "use_judge" else "--no-cache")
    semantic = ctx.params.get("semantic")
    if semantic is not None:
        args.append("--semantic" if semantic else "--no-semantic")
    if run.backend:
        args += ["--backend", run.backend]
    if run.model:
        args += ["--model", run.model]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.json"
        env = {**os.environ, "DRAFTER_PROMPTS_DIR": str(run.prompts)}
        proc = subprocess.run([*args, "--json", str(out)], env=env, capture_output=True, text=True, check=False)
        if proc.returncode not in (0, 1) or not out.is_file():
            message = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            fail(f"the run with prompts from {run.prompts} failed: {message}", 3 if proc.returncode == 3 else 2)
        return load_result(out)


def _report(
    result: Any,
    json_path: str | None,
    junit_path: str | None,
    markdown_path: str | None,
    html_path: str | None,
    max_failures: int,
) -> None:
    from drafter.evals import report

    summary = report.markdown(result, max_failures=max_failures)
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


def _report_comparison(
    a: Any, b: Any, specs: tuple[str, str], markdown_path: str | None, html_path: str | None, json_path: str | None
) -> None:
    from drafter.evals import compare

    comparison = compare.compare_runs(a, b, *specs)
    summary = compare.markdown(comparison)
    click.echo(summary)
    outputs: list[tuple[str | None, Callable[[], str]]] = [
        (markdown_path, lambda: summary),
        (html_path, lambda: compare.html(comparison)),
        (json_path, lambda: comparison.model_dump_json(indent=1)),
    ]
    for path, text in outputs:
        if path:
            _write(path, text())
