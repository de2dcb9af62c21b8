"""JSON-lines input: one record per line, validated into a pydantic model. The CLI batches, the
HTTP API, the eval suites and the labelled guardrail sets all read through here, so a bad line
gets the same one-line error everywhere."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from drafter.errors import InputError

M = TypeVar("M", bound=BaseModel)


def first_error(exc: ValidationError) -> str:
    """The first validation problem as one line: `field.path: message`."""
    first = exc.errors()[0]
    return f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"


def parse_line(raw: str, model: type[M]) -> tuple[M | None, dict[str, Any] | None]:
    """Validate one input line into ``model``; on failure return the error record instead."""
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        return None, {"id": None, "error": f"not valid JSON: {exc.msg} at column {exc.colno}"}
    if not isinstance(obj, dict):
        return None, {"id": None, "error": "each line must be a JSON object"}
    try:
        return model.model_validate(obj), None
    except ValidationError as exc:
        line_id = obj.get("id") if isinstance(obj.get("id"), (str, int)) else None
        return None, {"id": line_id, "error": first_error(exc)}


def read_records(path: Path, model: type[M], *, limit: int | None = None) -> tuple[list[M], list[tuple[int, str]]]:
    """The valid records of a JSONL file (the first ``limit``), and the bad lines as
    (line number, error) so a caller can report them and score the rest."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    records: list[M] = []
    bad: list[tuple[int, str]] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            record, error = parse_line(line, model)
            if record is None:
                bad.append((number, str((error or {}).get("error", "unreadable line"))))
            else:
                records.append(record)
            if limit is not None and len(records) >= limit:
                break
    return records, bad


def read_all(path: Path, model: type[M]) -> list[M]:
    """Every record of a JSONL file that must be whole: the first bad line is bad input."""
    records, bad = read_records(path, model)
    if bad:
        number, error = bad[0]
        raise InputError(f"{path}:{number}: {error}")
    return records
