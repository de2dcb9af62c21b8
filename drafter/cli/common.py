"""What every command shares: bad input as one line and exit code 2, reading a file or stdin
through the input layer (drafter.inputs), parsing a JSON option, colour, warnings, the batch
summary (the ``--backend`` option is in drafter.cli.backend_option)."""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from functools import wraps
from typing import Any, TypeVar

import click
from pydantic import ValidationError

from drafter.errors import DrafterError, InputError

F = TypeVar("F", bound=Callable[..., Any])

encoding_option = click.option(
    "--encoding",
    metavar="CHARSET",
    help="Character set of the input (default: a byte-order mark, UTF-8, else detected: GB18030, Big5, ...).",
)
color_option = click.option(
    "--color",
    "--colour",
    "color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Colour the output; auto: on a terminal, unless NO_COLOR is set.",
)


def fail(message: str, code: int = 2) -> None:
    click.echo(f"drafter: error: {message}", err=True)
    sys.exit(code)


def friendly_errors(func: F) -> F:
    """Bad input or configuration: one line on stderr and exit code 2, never a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DrafterError as exc:
            fail(exc.message)
        except ValidationError as exc:
            from drafter.jsonl import first_error

            fail(first_error(exc))
        except OSError as exc:
            fail(f"{exc.filename or 'input'}: {exc.strerror or exc}")
        except UnicodeDecodeError as exc:
            fail(f"input is not UTF-8 text ({exc.reason} at byte {exc.start})")

    return wrapper  # type: ignore[return-value]


def use_colour(choice: str, stream: Any = None) -> bool:
    """--color: always, never, or auto = a terminal that is not dumb, and NO_COLOR unset
    (https://no-color.org: any non-empty value)."""
    if choice != "auto":
        return choice == "always"
    stream = stream or sys.stdout
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def terminal_hint(source: str, what: str) -> None:
    """Reading a terminal looks like a hang: say what is expected and how to end it."""
    if source == "-" and sys.stdin.isatty():
        click.echo(
            f"drafter: reading {what} from the terminal; end with Ctrl-D on a line of its own (or give FILE)",
            err=True,
        )


def read_text(source: str, *, encoding: str | None = None, what: str = "the text") -> str:
    """FILE or - (stdin) as text: any common charset, binary refused, size limited."""
    from drafter import inputs

    terminal_hint(source, what)
    return inputs.read_text(source, encoding=encoding)


def read_complaint_text(source: str, *, encoding: str | None = None) -> str:
    """FILE or - as a complaint: an .eml is decoded part by part, by each part's charset."""
    from drafter import inputs
    from drafter.intake import decode_source

    terminal_hint(source, "the complaint")
    name = "stdin" if source == "-" else source
    return decode_source(inputs.read_bytes(source), declared=encoding, what=name)


def iter_lines(source: str) -> Iterator[bytes]:
    """JSON lines from FILE or - (each line decoded on its own, by the service)."""
    from drafter import inputs

    terminal_hint(source, "JSON lines")
    return inputs.iter_lines(source)


def parse_json_object(raw: str | None, what: str) -> dict[str, Any] | None:
    if raw is None:
        return None
    from drafter.jsonl import parse_json

    try:
        value = parse_json(raw, what=what)
    except InputError as exc:
        raise InputError(f"{what}: {exc.message}") from exc
    if not isinstance(value, dict):
        raise InputError(f"{what} must be a JSON object")
    return value


def parse_context(raw: str | None) -> dict[str, Any] | None:
    """--context: a JSON object of order facts, validated here so its error names the flag."""
    from drafter.guard import GuardContext

    value = parse_json_object(raw, "--context")
    try:
        GuardContext.of(value)
    except InputError as exc:
        raise InputError(f"--context: {exc.message.removeprefix('invalid context: ')}") from exc
    return value


def no_file_with_jsonl(source: str | None, jsonl: str | None) -> None:
    if source is not None and jsonl is not None:
        raise click.UsageError(f"give FILE ({source}) or --jsonl {jsonl}, not both")


def write_record(record: dict[str, Any]) -> None:
    """One JSON-lines output record, flushed so a pipe reader sees it at once."""
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    sys.stdout.flush()


class Warnings:
    """Each distinct warning once on stderr, however many lines raise it."""

    def __init__(self, echo: Callable[[str], Any] | None = None) -> None:
        self.seen: set[str] = set()
        self.echo = echo or (lambda line: click.echo(line, err=True))  # a progress bar's own writer

    def __call__(self, messages: list[str]) -> None:
        for message in messages:
            if message not in self.seen:
                self.seen.add(message)
                self.echo(f"drafter: warning: {message}")


class Summary:
    """The one-line end-of-batch count on stderr, in the order the outcomes are named."""

    def __init__(self, verb: str, labels: dict[str, str]) -> None:
        self.verb = verb
        self.labels = labels  # outcome -> "label" or "singular|plural"
        self.always = [o for o in labels if o not in ("backend", "unavailable")]  # shown even at zero
        self.counts: Counter[str] = Counter()
        self.started = time.perf_counter()

    def add(self, outcome: str) -> None:
        self.counts[outcome] += 1

    def line(self) -> str:
        total = sum(self.counts.values())
        seconds = time.perf_counter() - self.started
        parts = [
            f"{self.counts[o]:,} {label.split('|')[-1 if self.counts[o] != 1 else 0]}"
            for o, label in self.labels.items()
            if self.counts[o] or o in self.always
        ]
        rate = f", {total / seconds:,.1f}/s" if seconds > 0 and total else ""
        return f"drafter: {total:,} {self.verb}: {', '.join(parts)} ({seconds:,.1f} s{rate})"

    def echo(self) -> None:
        click.echo(self.line(), err=True)
