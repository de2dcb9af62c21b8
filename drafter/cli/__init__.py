"""The command line: a thin layer over the library (drafter.service and friends), one module
per command group: check, draft, eval, review (serve, users, review). Commands import what they
need when they run, so `drafter check` does not pay for the web server or the LLM client."""

from __future__ import annotations

import click

from drafter.cli.check import check_cmd
from drafter.cli.draft import draft_cmd
from drafter.cli.eval import eval_cmd
from drafter.cli.review import review_group, serve_cmd, users_group


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="drafter")
def cli() -> None:
    """Draft LAST-structured replies to customer complaints and guard them before sending."""


for _command in (check_cmd, draft_cmd, eval_cmd, serve_cmd, users_group, review_group):
    cli.add_command(_command)


def main() -> None:
    """The entry point. What no command expected still ends in one line on stderr: a closed
    pipe (`drafter check --jsonl big | head`) quietly, a bug with exit code 4 and, with
    DRAFTER_DEBUG=1, its traceback."""
    import os
    import sys

    try:
        cli()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        sys.exit(1)
    except Exception as exc:
        if os.environ.get("DRAFTER_DEBUG"):
            raise
        click.echo(f"drafter: internal error: {type(exc).__name__}: {exc} (DRAFTER_DEBUG=1 shows where)", err=True)
        sys.exit(4)


if __name__ == "__main__":
    main()
