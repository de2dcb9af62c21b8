"""Human output for the terminal: findings marked in place (colour on a tty, ⟦brackets⟧
otherwise), the verdict and the numbered findings; a draft's four LAST sections."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from drafter.guard import GuardReport
from drafter.highlight import pieces
from drafter.text import SEVERITY_RANK, STEPS

if TYPE_CHECKING:
    from drafter.models import Draft

_COLOURS = {"critical": "red", "high": "yellow", "medium": "yellow", "low": "cyan"}


def _highlight(text: str, report: GuardReport, colour: bool) -> str:
    """Runs of marked pieces become one mark, coloured by the worst finding in the run."""
    out: list[str] = []
    run: list[str] = []
    worst_rank, worst_sev = 0, "low"

    def close() -> None:
        nonlocal worst_rank
        if run:
            piece = "".join(run)
            out.append(
                click.style(piece, fg=_COLOURS[worst_sev], bold=True, underline=True) if colour else f"⟦{piece}⟧"
            )
            run.clear()
            worst_rank = 0

    for piece in pieces(text, report.findings):
        worst = piece.worst
        if worst is None:
            close()
            out.append(text[piece.start : piece.end])
            continue
        run.append(text[piece.start : piece.end])
        if SEVERITY_RANK[worst.severity] > worst_rank:
            worst_rank, worst_sev = SEVERITY_RANK[worst.severity], worst.severity
        if piece.closing and all(n in piece.closing for n, _ in piece.covering):
            close()
    close()
    return "".join(out)


def render_report(text: str, report: GuardReport, colour: bool) -> str:
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


def render_draft(d: Draft, colour: bool) -> str:
    lines = []
    for key in STEPS:
        label = key.capitalize()
        head = click.style(label, bold=True) if colour else label
        lines.append(f"{head}: {getattr(d.sections, key)}")
    lines += ["", "── reply ──", render_report(d.text, d.guard, colour)]
    esc = f"yes ({', '.join(d.reasons)})" if d.escalate else "no"
    lines += [
        "",
        f"category: {d.category}  customer: {d.customer_type}  escalate: {esc}",
        f"status: {d.status}  backend: {d.backend}{' / ' + d.model if d.model else ''}  prompt: {d.prompt_id}",
    ]
    return "\n".join(lines)
