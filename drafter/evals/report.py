"""Eval outputs: JSON, JUnit XML, a Markdown summary for a CI step, a self-contained HTML page."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from xml.etree import ElementTree as ET

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from drafter.evals.results import CaseResult, EvalResult
from drafter.evals.suite import GATES, SCORES
from drafter.highlight import html as marks

_SHOW = ("pass_rate", *GATES, *SCORES)


def _cell(value: float | None, floor: float | None) -> str:
    if value is None:
        return "–"
    if floor is None:
        return f"{value:.3f}"
    return f"{value:.3f} {'⚠️' if value < floor else '≥'} {floor:g}"


def markdown(result: EvalResult, max_failures: int = 25) -> str:
    verdict = "✅ gate holds" if result.passed else "❌ gate fails"
    judge = f" · judge `{result.judge_model}` (reported, not gating)" if result.judge_model else ""
    lines = [
        f"## drafter eval — {result.suite}: {verdict}",
        "",
        f"backend `{result.backend}`{f' / `{result.model}`' if result.model else ''} · "
        f"fingerprint `{result.fingerprint}` · rules `{result.rules_version}` · "
        f"prompt `{(result.prompt_hash or '')[:12]}` · relevance `{result.relevance_scorer}`{judge} · "
        f"{result.timing.get('seconds', 0):.1f} s",
        "",
    ]
    drafts = [s for s in result.sets if s.kind == "drafts"]
    if drafts:
        names = [f"{s.name} ({s.cases}{', reported' if s.report_only else ''})" for s in drafts]
        lines.append("| metric | " + " | ".join(names) + " |")
        lines.append("|---|" + "---:|" * len(drafts))
        for metric in _SHOW:
            if not any(metric in s.means for s in drafts):
                continue
            gate = "" if metric not in GATES else (" (gate)" if all(metric in s.gates for s in drafts) else " (gate*)")
            cells = [_cell(s.means.get(metric), s.thresholds.get(metric)) for s in drafts]
            lines.append(f"| {metric}{gate} | " + " | ".join(cells) + " |")
        lines += ["", "Gates: share of cases passing (cases without the label left out); scores: means.", ""]
        for s in drafts:
            if s.failing:
                why = ", ".join(f"{gate} {count}" for gate, count in s.failing.items())
                lines.append(f"- **{s.name}**: failing cases by gate: {why}")
        lines.append("")
    for s in (s for s in result.sets if s.kind == "guardrail"):
        lines += [f"**{s.name}** ({s.cases} labelled replies)", "", "| category | precision | recall | tp | fp | fn |"]
        lines.append("|---|---:|---:|---:|---:|---:|")
        for category, c in s.categories.items():
            counts = f"{c['tp']:.0f} | {c['fp']:.0f} | {c['fn']:.0f}"
            lines.append(f"| {category} | {c['precision']:.3f} | {c['recall']:.3f} | {counts} |")
        lines.append("")
    gating = [s for s in result.sets if not s.report_only]
    problems = [f"- {s.name}: {b}" for s in gating for b in s.below]
    problems += [f"- {s.name}: {s.errors} cases could not be drafted" for s in result.sets if s.errors]
    problems += [f"- {s.name}: skipped {line}" for s in result.sets for line in s.skipped_lines]
    if problems:
        lines += ["### Below threshold", "", *problems, ""]
    if result.regressions:
        lines += ["### Regressions against the baseline", "", *[f"- {r}" for r in result.regressions[:50]], ""]
    if result.reported:
        lines += ["### Reported sets (not gating)", "", *[f"- {r}" for r in result.reported[:50]], ""]
    failing = [c for c in result.cases if c.failed]
    if failing:
        lines += [f"### Failing cases ({len(failing)})", ""]
        lines += [f"- `{c.set}/{c.id}`: {'; '.join(c.failed)}" for c in failing[:max_failures]]
        if len(failing) > max_failures:
            lines.append(f"- … and {len(failing) - max_failures} more (`--max-failures N`, or the JSON or HTML report)")
        lines.append("")
    return "\n".join(lines)


def junit(result: EvalResult) -> str:
    root = ET.Element("testsuites", name=f"drafter eval {result.suite}")
    for s in result.sets:
        cases = [c for c in result.cases if c.set == s.name]
        suite = ET.SubElement(root, "testsuite", name=s.name, tests=str(len(cases) + len(s.thresholds)))
        failures = 0
        for c in cases:
            tc = ET.SubElement(suite, "testcase", classname=s.name, name=c.id)
            if c.failed and s.report_only:
                ET.SubElement(tc, "skipped", message="reported set: " + "; ".join(c.failed)[:500])
            elif c.failed:
                failures += 1
                ET.SubElement(tc, "failure", message="; ".join(c.failed)[:500]).text = c.draft
        for metric in s.thresholds:
            tc = ET.SubElement(suite, "testcase", classname=f"{s.name}.thresholds", name=metric)
            failed = [b for b in s.below if b.split(":")[0] == metric or f" {metric}:" in b]
            if failed and s.report_only:
                ET.SubElement(tc, "skipped", message="reported set: " + "; ".join(failed))
            elif failed:
                failures += 1
                ET.SubElement(tc, "failure", message="; ".join(failed))
        for r in (r for r in result.regressions if r.startswith(s.name)):
            tc = ET.SubElement(suite, "testcase", classname=f"{s.name}.baseline", name=r.split(":")[0])
            failures += 1
            ET.SubElement(tc, "failure", message=r)
        suite.set("failures", str(failures))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True)


def highlight(case: CaseResult) -> Markup:
    """The draft with its findings marked (several cases share a page: no footnote links)."""
    return marks(case.draft, case.findings, refs=False)


@cache
def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=select_autoescape(["html", "j2"])
    )
    env.filters["highlight"] = highlight
    return env


def html(result: EvalResult) -> str:
    return _env().get_template("report.html.j2").render(result=result, show=_SHOW, gates=GATES)
