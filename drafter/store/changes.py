"""The before/after of an audit entry as field-by-field changes; a changed text also gets a diff
in pieces (kept, removed, added), by word for Latin script and by character for Han, so an edit
to a Chinese reply shows the characters that changed rather than the whole sentence."""

from __future__ import annotations

import difflib
import re
from typing import Any, Literal

from drafter.store.records import Change

_HAN = "\u3400-\u9fff\uf900-\ufaff"
_TOKENS = re.compile(rf"[{_HAN}]|[^\W{_HAN}]+|\s+|[^\w\s]")
Op = Literal["=", "-", "+"]
SHORT = 40  # a value this short (a status, a role) reads best as before -> after


def text_diff(before: str, after: str) -> list[tuple[Op, str]]:
    a, b = _TOKENS.findall(before), _TOKENS.findall(after)
    pieces: list[tuple[Op, str]] = []

    def emit(op: Op, tokens: list[str]) -> None:
        if not tokens:
            return
        chunk = "".join(tokens)
        if pieces and pieces[-1][0] == op:
            pieces[-1] = (op, pieces[-1][1] + chunk)
        else:
            pieces.append((op, chunk))

    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            emit("=", a[i1:i2])
        else:
            emit("-", a[i1:i2])
            emit("+", b[j1:j2])
    return pieces


def changes(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[Change]:
    before, after = before or {}, after or {}
    found = []
    for key in [*before, *(k for k in after if k not in before)]:
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        diff = None
        # a reply is diffed however short it is (a whole Chinese reply fits in 40 characters)
        if isinstance(old, str) and isinstance(new, str) and (key == "text" or max(len(old), len(new)) > SHORT):
            diff = text_diff(old, new)
        found.append(Change(field=key, before=old, after=new, diff=diff))
    return found
