"""Checks on the tables of the guard rounds' tests, written once: every class of wording is shown in
all three languages, and (where a table says so) with both a clean and a raised row, so a class
tested in one language only or only where it fires cannot slip in."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

LANGUAGES = frozenset({"en", "zh-Hans", "zh-Hant"})


def languages_missing(rows: Iterable[Sequence[object]], skip: frozenset[str] = frozenset()) -> dict[str, set[str]]:
    """Each class (row[0]) with the languages (row[1]) it lacks."""
    seen: dict[str, set[str]] = {}
    for row in rows:
        if row[0] not in skip:
            seen.setdefault(str(row[0]), set()).add(str(row[1]))
    return {cls: set(LANGUAGES - got) for cls, got in seen.items() if got != LANGUAGES}


def one_sided(rows: Iterable[Sequence[object]]) -> dict[str, bool]:
    """Each class (row[0]) whose rows all expect findings, or all expect none (row[-1])."""
    kinds: dict[str, set[bool]] = {}
    for row in rows:
        kinds.setdefault(str(row[0]), set()).add(bool(row[-1]))
    return {cls: kind.pop() for cls, kind in kinds.items() if len(kind) == 1}
