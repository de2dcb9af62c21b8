"""`drafter check`: one reply with highlighted findings, or a JSON-lines batch."""

from __future__ import annotations

import json
import sys
from typing import Any

import click
from pydantic import BaseModel, ConfigDict

from drafter.cli import iter_lines
from drafter.errors import DrafterError
from drafter.guard import GuardReport, check
from drafter.jsonl import parse_line
from drafter.policy import Policy

_COLOURS = {"critical": "red", "high": "yellow", "medium": "yellow", "low": "cyan"}


class CheckLine(BaseModel):
    """One input line of `drafter check --jsonl`; unknown keys are ignored."""

    model_config = ConfigDict(extra="ignore")

    id: str | int | None = None
    text: str
    role: str | None = None
    language: str | None = None
    context: dict[str, Any] | None = None


def _highlight(text: str, report: GuardReport, colour: bool) -> str:
    spans = sorted((f.start, f.end, f.severity) for f in report.findings if f.end > f.start)
    out, pos = [], 0
    for start, end, severity in spans:
        if start < pos:
            continue
        out.append(text[pos:start])
        piece = text[start:end]
        out.append(click.style(piece, fg=_COLOURS[severity], bold=True, underline=True) if colour else f"⟦{piece}⟧")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def render(text: str, report: GuardReport, colour: bool) -> str:
    lines = [_highlight(text, report, colour).rstrip("\n"), ""]
    verdict = report.verdict.upper()
    if colour:
        verdict = click.style(verdict, fg={"PASS": "green", "FLAG": "yellow", "BLOCK": "red"}[verdict], bold=True)
    lines.append(f"verdict: {verdict}  (role {report.role}, language {report.language}, rules {report.rules_version})")
    for n, f in enumerate(report.findings, 1):
        where = f"{f.start}-{f.end}" if f.end > f.start else f"at {f.start}"
        lines.append(f"{n:>3}. [{f.severity}] {f.rule} ({f.category}) {where}: {f.excerpt!r}")
        lines.append(f"     {f.message}")
        lines.append(f"     suggestion: {f.suggestion}")
    return "\n".join(lines)


def check_one(
    text: str,
    *,
    role: str | None,
    context: dict[str, Any] | None,
    policy: Policy,
    language: str | None,
    as_json: bool,
) -> int:
    report = check(text, role=role, context=context, policy=policy, language=language)
    if as_json:
        click.echo(report.model_dump_json(indent=2))
    else:
        click.echo(render(text, report, colour=sys.stdout.isatty()))
    return 0 if report.verdict == "pass" else 1


def _line_result(raw: str, default_role: str | None, policy: Policy) -> tuple[dict[str, Any], str]:
    """The output object for one input line and its outcome: pass, flag, block or error."""
    line, error = parse_line(raw, CheckLine)
    if line is None:
        return error or {"id": None, "error": "unreadable line"}, "error"
    try:
        report = check(
            line.text,
            role=line.role or default_role,
            context=line.context,
            policy=policy,
            language=line.language,
        )
    except DrafterError as exc:
        return {"id": line.id, "error": exc.message}, "error"
    findings = [f.model_dump() for f in report.findings]
    return {"id": line.id, "verdict": report.verdict, "findings": findings}, report.verdict


def check_jsonl(source: str, *, role: str | None, policy: Policy) -> int:
    worst = 0
    for raw in iter_lines(source):
        if not raw.strip():
            continue
        result, outcome = _line_result(raw, role, policy)
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        sys.stdout.flush()
        worst = max(worst, {"pass": 0, "flag": 1, "block": 1, "error": 2}[outcome])
    return worst
