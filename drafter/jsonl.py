"""Shared handling of one JSON-lines input record: the CLI batches and the HTTP API use it,
so a bad line gets the same `{"id", "error"}` answer everywhere."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

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
