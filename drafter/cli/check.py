"""`drafter check`: one reply with highlighted findings, or a JSON-lines batch."""

from __future__ import annotations

import sys

import click

from drafter.cli.common import (
    Summary,
    color_option,
    encoding_option,
    friendly_errors,
    iter_lines,
    no_file_with_jsonl,
    parse_context,
    read_text,
    use_colour,
    write_record,
)

_EXIT = {"pass": 0, "flag": 1, "block": 1, "error": 2}
_LABELS = {"pass": "pass", "flag": "flag", "block": "block", "error": "error|errors"}


@click.command("check")
@click.argument("source", required=False, default=None, metavar="[FILE|-]")
@click.option("--role", help="Drafting role whose approval limit applies (default: agent).")
@click.option("--context", "context_json", metavar="JSON", help="Order facts, e.g. '{\"order_amount\": 300}'.")
@click.option("--policy", "policy_path", metavar="FILE", help="Policy YAML instead of the packaged default.")
@click.option("--language", type=click.Choice(["auto", "en", "zh-Hans", "zh-Hant"]), default=None)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--jsonl", "jsonl", metavar="FILE|-", help="Check one JSON object per line (instead of FILE).")
@click.option(
    "--reviewer-model",
    metavar="MODEL",
    help="Also have this chat model review the reply after the rules (adds findings only; DRAFTER_REVIEWER_MODEL).",
)
@encoding_option
@color_option
@friendly_errors
def check_cmd(
    source: str | None,
    role: str | None,
    context_json: str | None,
    policy_path: str | None,
    language: str | None,
    as_json: bool,
    jsonl: str | None,
    reviewer_model: str | None,
    encoding: str | None,
    color: str,
) -> None:
    """Check a reply (FILE, or - for stdin; default -) against the guardrails.

    Exit codes: 0 every reply passes, 1 any reply is flagged or blocked, 2 bad usage or input.
    A batch ends with a one-line count on stderr.
    """
    from drafter.config import setting
    from drafter.errors import InputError
    from drafter.policy import load_policy
    from drafter.service import CheckRequest, cap_findings, check_lines, check_request, make_reviewer

    no_file_with_jsonl(source, jsonl)
    policy = load_policy(setting("policy", policy_path))
    role = setting("role", role)
    reviewer = make_reviewer(policy, reviewer_model)
    if jsonl is not None:
        worst = 0
        summary = Summary("checked", _LABELS)
        try:
            for result in check_lines(iter_lines(jsonl), policy=policy, role=role, reviewer=reviewer):
                write_record(result.record())
                summary.add(result.outcome)
                worst = max(worst, _EXIT[result.outcome])
        finally:
            if reviewer is not None:
                reviewer.close()
        summary.echo()
        sys.exit(worst)
    context = parse_context(context_json)
    text = read_text(source or "-", encoding=encoding, what="the reply")
    if not text.strip():
        raise InputError(f"{'stdin' if source in (None, '-') else source} is empty: there is no reply to check")
    request = CheckRequest.of(text=text, role=role, language=language, context=context)
    try:
        report, omitted = cap_findings(check_request(request, policy=policy, reviewer=reviewer))
    finally:
        if reviewer is not None:
            reviewer.close()
    if as_json:
        click.echo(report.model_dump_json(indent=2))
    else:
        from drafter.cli.render import render_report

        colour = use_colour(color)
        click.echo(render_report(request.text, report, colour=colour), color=colour)
    if omitted:
        click.echo(f"drafter: {omitted:,} more findings not listed (the verdict counts them)", err=True)
    sys.exit(0 if report.verdict == "pass" else 1)
