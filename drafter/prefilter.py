"""Literals a regex match must contain, read from the pattern itself: a text holding none of them
cannot match, and ``in`` says so at C speed where a long alternation opening on ``\\b`` is tried
branch by branch at every position (harm's "should I go to A&E", ~0.1 ms a short sentence).

``needed(pattern)`` is None when no such set can be proved (a branch with no literal of its own,
a case-insensitive pattern); ``Gate`` then searches as the pattern does. Only what the parser
guarantees is used: a literal run inside a branch that every match of that branch passes
through; lookarounds, optional and repeated-from-zero parts are skipped."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from functools import cached_property
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any, cast

_MAX_CHARSET = 24  # a character class of up to this many plain characters counts as literals
_FEW = 6  # up to this many literals, ``in`` each; more, one Aho-Corasick pass


def needed(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The literals one of which is in every match of ``pattern``, or None if none are proved."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    found = _seq(P.parse(pattern.pattern, pattern.flags))
    return frozenset(found) if found else None


def _seq(items: Any) -> set[str] | None:
    """A sequence: the best single set among its parts, counting runs of literals as one string."""
    best: set[str] | None = None
    run: list[str] = []

    def consider(option: set[str] | None) -> None:
        nonlocal best
        if option and (best is None or _weaker(best, option)):
            best = option

    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider({"".join(run)})
            run = []
        consider(_item(op, av))
    if run:
        consider({"".join(run)})
    return best


def _weaker(a: set[str], b: set[str]) -> bool:
    """Whether ``b`` is the sharper filter: a longer shortest literal (a lone space or "c" is in
    nearly every text), then fewer alternatives."""
    return (-min(map(len, b)), len(b)) < (-min(map(len, a)), len(a))


def _item(op: Any, av: Any) -> set[str] | None:
    if op is C.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return None if add_flags & (C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_VERBOSE) else _seq(body)
    if op is C.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            part = _seq(branch)
            if not part:
                return None  # one branch with nothing proved: the whole alternation proves nothing
            union |= part
        return union
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, body = av
        return _seq(body) if low >= 1 else None
    if op is C.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is C.LITERAL:
                chars.add(chr(value))
            elif kind is C.RANGE and value[1] - value[0] < _MAX_CHARSET:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None  # a negated class, a category (\d, \w) or a wide range
        return chars if 0 < len(chars) <= _MAX_CHARSET else None
    return None  # AT (\b, ^), ASSERT, ANY, GROUPREF, CATEGORY...: nothing literal guaranteed


class Gate:
    """A compiled pattern with its needed literals: ``search``/``finditer``/``sub`` skip texts that hold
    none of them and otherwise run the pattern unchanged. Wrap the pattern where it is defined
    (``_X = Gate(re.compile(...))``); a search between positions uses ``_X.pattern``."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    @cached_property
    def needles(self) -> tuple[str, ...]:
        """Read at the first search, not at import: parsing a long pattern costs a millisecond."""
        return tuple(sorted(needed(self.pattern) or ()))

    @cached_property
    def _automaton(self) -> Any:
        import ahocorasick_rs

        return ahocorasick_rs.AhoCorasick(list(self.needles))

    @cached_property
    def _may(self) -> Callable[[str], object]:
        """The check itself, chosen once: a draft asks ~170 gates, and choosing per call (and a
        generator for ``in``) cost about as much as the check. Truthy when a needle is in the text."""
        needles = self.needles
        if not needles:
            return lambda text: True
        if len(needles) == 1:
            needle = needles[0]
            return lambda text: needle in text
        if len(needles) <= _FEW:

            def holds(text: str) -> bool:
                # a plain loop: any() over a generator costs 0.3-0.6 us more a call, at ~170 gate checks a draft
                for needle in needles:  # noqa: SIM110
                    if needle in text:
                        return True
                return False

            return holds
        return self._automaton.find_matches_as_indexes  # type: ignore[no-any-return]  # a list: empty when none

    def may_match(self, text: str) -> bool:
        return bool(self._may(text))

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self._may(text) else None

    def finditer(self, text: str) -> list[re.Match[str]]:
        return list(self.pattern.finditer(text)) if self._may(text) else []

    def sub(self, repl: str, text: str) -> str:
        return self.pattern.sub(repl, text) if self._may(text) else text


class Gated(Gate):
    """A drop-in for the compiled pattern it wraps: the same methods, arguments and results as
    ``re.Pattern`` (``finditer`` an iterator, ``pattern`` the source string), each answering "no
    match" at once for a text holding none of the needed literals. The literals are looked for in
    the whole text, also for a search between positions: every match lies inside it, so a text
    without them has no match anywhere. For the patterns run once a draft on the whole complaint
    that seldom match (a ``\\b`` alternation tried at every position costs ~20-40 us a complaint)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        super().__init__(pattern)
        self.compiled = pattern

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)  # flags, groups, groupindex

    @property  # type: ignore[override]
    def pattern(self) -> str:  # as re.Pattern's: the source
        return self.compiled.pattern

    @pattern.setter
    def pattern(self, value: re.Pattern[str]) -> None:
        self.compiled = value

    @cached_property
    def needles(self) -> tuple[str, ...]:
        return tuple(sorted(needed(self.compiled) or ()))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(text, pos, endpos) if self._may(text) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos) if self._may(text) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, pos, endpos) if self._may(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:  # type: ignore[override]
        return self.compiled.finditer(text, pos, endpos) if self._may(text) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(text, pos, endpos) if self._may(text) else []

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count) if self._may(text) else text

    def subn(self, repl: Any, text: str, count: int = 0) -> tuple[str, int]:
        return self.compiled.subn(repl, text, count) if self._may(text) else (text, 0)

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(text, maxsplit) if self._may(text) else [text]


def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a Gated, typed as the pattern it stands in for (a drop-in where a
    re.Pattern is expected; not for ``re.sub(pattern, ...)``, which wants the real one)."""
    return cast("re.Pattern[str]", Gated(pattern))
