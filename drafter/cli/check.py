"""`drafter check`: one reply with highlighted findings, or a JSON-lines batch."""

from __future__ import annotations

import sys

import click

from drafter.cli.common import friendly_errors, iter_lines, parse_json_object, read_text, write_record

_EXIT = {"pass": 0, "flag": 1, "block": 1, "error": 2}


@click.command("check")
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
    from drafter.config import setting
    from drafter.guard import GuardContext
    from drafter.policy import load_policy
    from drafter.service import CheckRequest, check_lines, check_request

    policy = load_policy(setting("policy", policy_path))
    role = setting("role", role)
    if jsonl is not None:
        worst = 0
        for result in check_lines(iter_lines(jsonl), policy=policy, role=role):
            write_record(result.record())
            worst = max(worst, _EXIT[result.outcome])
        sys.exit(worst)
    context = GuardContext.of(parse_json_object(context_json, "--context"))
    text = read_text(source)
    report = check_request(CheckRequest(text=text, role=role, language=language, context=context), policy=policy)
    if as_json:
        click.echo(report.model_dump_json(indent=2))
    else:
        from drafter.cli.render import render_report

        click.echo(render_report(text, report, colour=sys.stdout.isatty()))
    sys.exit(0 if report.verdict == "pass" else 1)
