"""`drafter eval --compare A B`: two runs of one suite side by side, case by case.

A case is a win for A when A's reply fails fewer of the gates its set selects than B's; equal
counts are broken by the LLM judge's overall score when both runs have one, else a tie."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel, Field

from drafter.evals.results import CaseResult, EvalResult
from drafter.evals.suite import GATES

Outcome = Literal["win", "loss", "tie"]


class Side(BaseModel):
    passed: bool
    failed: list[str] = Field(default_factory=list)
    draft: str = ""
    judge: int | None = None


class CaseComparison(BaseModel):
    set: str
    id: str
    complaint: str
    a: Side
    b: Side
    outcome: Outcome  # from A's side


class SetComparison(BaseModel):
    name: str
    cases: int
    wins: int
    losses: int
    ties: int
    a_means: dict[str, float]
    b_means: dict[str, float]


class Comparison(BaseModel):
    a_label: str
    b_label: str
    suite: str
    fingerprints: tuple[str, str]
    sets: list[SetComparison]
    cases: list[CaseComparison]

    @property
    def wins(self) -> int:
        return sum(s.wins for s in self.sets)

    @property
    def losses(self) -> int:
        return sum(s.losses for s in self.sets)

    @property
    def ties(self) -> int:
        return sum(s.ties for s in self.sets)


def _side(case: CaseResult | None) -> Side:
    if case is None:
        return Side(passed=False, failed=["error: no result for this case"])
    return Side(
        passed=case.passed, failed=case.failed, draft=case.draft, judge=case.judge.overall if case.judge else None
    )


def _outcome(a: Side, b: Side) -> Outcome:
    if len(a.failed) != len(b.failed):
        return "win" if len(a.failed) < len(b.failed) else "loss"
    if a.judge is not None and b.judge is not None and a.judge != b.judge:
        return "win" if a.judge > b.judge else "loss"
    return "tie"


def compare_runs(a: EvalResult, b: EvalResult, a_label: str, b_label: str) -> Comparison:
    b_cases = {(c.set, c.id): c for c in b.cases}
    b_sets = {s.name: s for s in b.sets}
    cases = []
    for c in a.cases:
        left, right = _side(c), _side(b_cases.get((c.set, c.id)))
        cases.append(
            CaseComparison(set=c.set, id=c.id, complaint=c.complaint, a=left, b=right, outcome=_outcome(left, right))
        )
    sets = []
    for s in a.sets:
        if s.kind != "drafts":
            continue
        mine = [c for c in cases if c.set == s.name]
        other = b_sets.get(s.name)
        sets.append(
            SetComparison(
                name=s.name,
                cases=len(mine),
                wins=sum(c.outcome == "win" for c in mine),
                losses=sum(c.outcome == "loss" for c in mine),
                ties=sum(c.outcome == "tie" for c in mine),
                a_means=s.means,
                b_means=other.means if other else {},
            )
        )
    return Comparison(
        a_label=a_label, b_label=b_label, suite=a.suite, fingerprints=(a.fingerprint, b.fingerprint),
        sets=sets, cases=cases,
    )  # fmt: skip


def _names(failed: list[str]) -> str:
    return ", ".join(f.split(":", 1)[0] for f in failed) or "–"


def markdown(comparison: Comparison, max_cases: int = 40) -> str:
    a, b = comparison.a_label, comparison.b_label
    lines = [
        f"## drafter eval --compare — {comparison.suite}",
        "",
        f"A = `{a}` · B = `{b}` · A wins {comparison.wins}, loses {comparison.losses}, ties {comparison.ties}",
        "",
    ]
    if comparison.fingerprints[0] != comparison.fingerprints[1]:
        lines += ["⚠️ the two runs used different suites (fingerprints differ)", ""]
    for s in comparison.sets:
        lines += [f"### {s.name} ({s.cases} cases): A wins {s.wins}, loses {s.losses}, ties {s.ties}", ""]
        lines += ["| metric | A | B | A − B |", "|---|---:|---:|---:|"]
        for metric in ("pass_rate", *GATES, "relevance_lexical", "relevance_semantic", "judge"):
            if metric in s.a_means and metric in s.b_means:
                x, y = s.a_means[metric], s.b_means[metric]
                lines.append(f"| {metric} | {x:.3f} | {y:.3f} | {x - y:+.3f} |")
        lines.append("")
    decided = [c for c in comparison.cases if c.outcome != "tie"]
    if decided:
        lines += ["### Cases decided", "", "| case | for A | A fails | B fails |", "|---|---|---|---|"]
        for c in decided[:max_cases]:
            mark = {"win": "✅ win", "loss": "❌ loss"}[c.outcome]
            lines.append(f"| `{c.set}/{c.id}` | {mark} | {_names(c.a.failed)} | {_names(c.b.failed)} |")
        if len(decided) > max_cases:
            lines.append(f"| … {len(decided) - max_cases} more (see --html) | | | |")
        lines.append("")
    return "\n".join(lines)


@cache
def _env() -> Environment:
    folder = Path(__file__).parent / "templates"
    return Environment(loader=FileSystemLoader(folder), autoescape=select_autoescape(["html", "j2"]))


def html(comparison: Comparison) -> str:
    return _env().get_template("compare.html.j2").render(c=comparison, gates=GATES)
