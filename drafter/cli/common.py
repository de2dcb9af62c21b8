"""What every command shares: bad input as one line and exit code 2, reading a file or stdin,
parsing a JSON option, and the backend choice list from the registry."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from functools import wraps
from pathlib import Path
from typing import IO, Any, TypeVar

import click

from drafter.backends import BACKENDS
from drafter.errors import DrafterError, InputError

F = TypeVar("F", bound=Callable[..., Any])

backend_option = click.option("--backend", type=click.Choice(list(BACKENDS)), default=None, help="Drafting backend.")


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
        except OSError as exc:
            fail(f"{exc.filename or 'input'}: {exc.strerror or exc}")
        except UnicodeDecodeError as exc:
            fail(f"input is not UTF-8 text ({exc.reason} at byte {exc.start})")

    return wrapper  # type: ignore[return-value]


def read_text(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    if not path.is_file():
        raise InputError(f"{source}: no such file")
    return path.read_text(encoding="utf-8")


def iter_lines(source: str) -> Iterator[str]:
    stream: IO[str]
    if source == "-":
        stream = sys.stdin
    else:
        path = Path(source)
        if not path.is_file():
            raise InputError(f"{source}: no such file")
        stream = path.open(encoding="utf-8")
    with stream:
        yield from stream


def parse_json_object(raw: str | None, what: str) -> dict[str, Any] | None:
    if raw is None:
        return None
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"{what} is not valid JSON: {exc.msg} at column {exc.colno}") from exc
    if not isinstance(value, dict):
        raise InputError(f"{what} must be a JSON object")
    return value


def write_record(record: dict[str, Any]) -> None:
    """One JSON-lines output record, flushed so a pipe reader sees it at once."""
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    sys.stdout.flush()
