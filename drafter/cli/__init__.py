"""The command line: a thin layer over the library (drafter.service and friends), one module
per command group: check, draft, eval, review (serve, users, review). Commands import what they
need when they run, so `drafter check` does not pay for the web server or the LLM client."""

from __future__ import annotations

import importlib

import click

# Command name -> (module, attribute). A command's module is imported only when that command
# runs (or help lists them all): `drafter check` does not pay for drafting, evals or the server.
_COMMANDS = {
    "check": ("drafter.cli.check", "check_cmd"),
    "draft": ("drafter.cli.draft", "draft_cmd"),
    "eval": ("drafter.cli.eval", "eval_cmd"),
    "serve": ("drafter.cli.review", "serve_cmd"),
    "users": ("drafter.cli.review", "users_group"),
    "review": ("drafter.cli.review", "review_group"),
}


class _LazyGroup(click.Group):
    """A group whose subcommands are imported by name when first looked up (click's own
    extension points: ``get_command`` and ``list_commands``)."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in _COMMANDS:
            module, attribute = _COMMANDS[cmd_name]
            self.add_command(getattr(importlib.import_module(module), attribute), cmd_name)
        return self.commands.get(cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*_COMMANDS, *self.commands})


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="drafter")
def cli() -> None:
    """Draft LAST-structured replies to customer complaints and guard them before sending."""


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
