"""JSON-lines input: one record per line, validated into a pydantic model. The CLI batches, the
HTTP API, the eval suites and the labelled guardrail sets all read through here, so a bad line
gets the same one-line error everywhere."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TypeVar

from pydantic import AfterValidator, BaseModel, ValidationError
from pydantic_core import PydanticCustomError

from drafter.errors import InputError
from drafter.inputs import MAX_LINE_BYTES, decode_text, iter_lines

M = TypeVar("M", bound=BaseModel)


def first_error(exc: ValidationError) -> str:
    """The first validation problem as one line: `field.path: message`."""
    first = exc.errors()[0]
    return f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"


MAX_DEPTH = 32
"""Nesting allowed in one record: the contracts need three levels; a deeper one is an attack."""


def _depth_and_text(value: Any) -> tuple[int, str | None]:
    """The nesting depth of a parsed JSON value, and the first string holding a lone surrogate
    (JSON's \\ud800 escapes decode to one; no UTF-8 writer can output it). Iterative: a deep
    value must not exhaust the stack here either."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            deepest = max(deepest, depth)
            stack.extend((k, depth + 1) for k in node)
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            deepest = max(deepest, depth)
            stack.extend((v, depth + 1) for v in node)
        elif isinstance(node, str) and _has_surrogate(node):
            return deepest, node
    return deepest, None


def _refuse_surrogates(text: str | None) -> str | None:
    if text is not None and _has_surrogate(text):
        raise PydanticCustomError("surrogate", "holds an unpaired surrogate: not Unicode text")
    return text


no_surrogates = AfterValidator(_refuse_surrogates)
"""For a text field of a body parsed elsewhere (FastAPI's own JSON): a lone \\ud800 is a 422."""


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _load(raw: str | bytes, what: str, max_bytes: int) -> tuple[Any, str]:
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise InputError(f"the {what} is longer than {max_bytes:,} bytes (the limit)")
    text = decode_text(raw, what=f"the {what}") if isinstance(raw, bytes) else raw
    try:
        return json.loads(text), text
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg} at column {exc.colno}") from exc
    except RecursionError as exc:
        raise InputError(f"the JSON is nested more than {MAX_DEPTH} levels deep") from exc


def load_json(raw: str | bytes, *, what: str = "line", max_bytes: int = MAX_LINE_BYTES) -> Any:
    """One JSON value from a line or a body, or an InputError saying in one line what is wrong:
    too long, not text, or not JSON."""
    return _load(raw, what, max_bytes)[0]


def _plainly_safe(source: str) -> bool:
    """The JSON text a value was parsed from rules both problems out: too few brackets to nest
    deeply, no \\u escape of a surrogate, and no surrogate of its own (the common case, checked
    in C instead of walking the value)."""
    return (
        source.count("[") + source.count("{") <= MAX_DEPTH
        and "\\ud" not in source.lower()
        and not _has_surrogate(source)
    )


def check_value(value: Any, *, source: str | None = None) -> None:
    """A parsed value is refused when nested too deeply or holding text no UTF-8 output can
    carry (an unpaired surrogate). ``source``, the JSON text it came from, allows a fast path."""
    if source is not None and _plainly_safe(source):
        return
    depth, bad = _depth_and_text(value)
    if depth > MAX_DEPTH:
        raise InputError(f"the JSON is nested more than {MAX_DEPTH} levels deep")
    if bad is not None:
        where = next(i for i, ch in enumerate(bad) if 0xD800 <= ord(ch) <= 0xDFFF)
        raise InputError(f"a string holds an unpaired surrogate (\\u{ord(bad[where]):04x}) at character {where}")


def parse_json(raw: str | bytes, *, what: str = "line", max_bytes: int = MAX_LINE_BYTES) -> Any:
    """``load_json`` then ``check_value``: a JSON value that is safe to use."""
    value, source = _load(raw, what, max_bytes)
    check_value(value, source=source)
    return value


def line_id(obj: Any) -> str | int | None:
    """The ``id`` of a record, when it has a usable one (for its error record)."""
    value = obj.get("id") if isinstance(obj, dict) else None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    if isinstance(value, str) and _has_surrogate(value):
        return None
    return value


def parse_line(raw: str | bytes, model: type[M]) -> tuple[M | None, dict[str, Any] | None]:
    """Validate one input line into ``model``; on failure return the error record instead."""
    try:
        obj, source = _load(raw, "line", MAX_LINE_BYTES)
    except InputError as exc:
        return None, {"id": None, "error": exc.message}
    if not isinstance(obj, dict):
        return None, {"id": None, "error": "each line must be a JSON object"}
    try:
        check_value(obj, source=source)
        return model.model_validate(obj), None
    except InputError as exc:
        return None, {"id": line_id(obj), "error": exc.message}
    except ValidationError as exc:
        return None, {"id": line_id(obj), "error": first_error(exc)}


def read_records(path: Path, model: type[M], *, limit: int | None = None) -> tuple[list[M], list[tuple[int, str]]]:
    """The valid records of a JSONL file (the first ``limit``), and the bad lines as
    (line number, error) so a caller can report them and score the rest."""
    records: list[M] = []
    bad: list[tuple[int, str]] = []
    for number, line in enumerate(iter_lines(str(path)), 1):
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
