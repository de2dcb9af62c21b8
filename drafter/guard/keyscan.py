"""All overlapping occurrences of many keys in a text: an Aho-Corasick automaton once it pays
for itself, dictionary look-ups until then."""

from __future__ import annotations

from typing import Any

import ahocorasick_rs

# Characters to scan by look-up before the automaton is built. Building it over the ~30,000 keys
# of the rule packs costs about a tenth of a second, more than `drafter check` on one reply spends
# on everything else; look-ups cost ~5 us a character (a dict look-up per length of the keys the
# next two characters begin), so they break even near 20,000 characters: half that, to be safe.
LOOKUP_BUDGET = 10_000


class KeyScanner:
    """``find(text)`` is ``AhoCorasick(keys).find_matches_as_indexes(text, overlapping=True)``:
    (key index, start, end) for every occurrence of every key, by end, the longest first. The
    first texts of a process are scanned by looking up each (start, length) pair in a dict of the
    keys (the lengths tried are those of the keys that begin with the next two characters); the
    automaton is built once ``budget`` characters have been scanned that way."""

    __slots__ = ("_automaton", "_budget", "_index", "_lengths", "keys")

    def __init__(
        self, keys: list[str], lengths: dict[str, list[int]] | None = None, budget: int = LOOKUP_BUDGET
    ) -> None:
        self.keys = keys
        self._budget = budget
        self._automaton: Any = None
        self._index: dict[str, int] | None = None
        self._lengths = lengths

    def lengths(self) -> dict[str, list[int]]:
        """The lengths of the keys (two characters or more) by their first two characters, shortest
        first: what a look-up scan tries at each offset. Kept in the rules cache beside the keys
        (building it costs more than a one-reply scan)."""
        if self._lengths is None:
            by_prefix: dict[str, set[int]] = {}
            for key in self.keys:
                if len(key) > 1:
                    by_prefix.setdefault(key[:2], set()).add(len(key))
            self._lengths = {prefix: sorted(sizes) for prefix, sizes in by_prefix.items()}
        return self._lengths

    def find(self, text: str) -> list[tuple[int, int, int]]:
        if self._automaton is None:
            self._budget -= len(text)
            if self._budget >= 0:
                return self._lookup(text)
            self._automaton = ahocorasick_rs.AhoCorasick(self.keys)  # Rust; overlapping matches in one call
            self._index = None
        found: list[tuple[int, int, int]] = self._automaton.find_matches_as_indexes(text, overlapping=True)
        return found

    def _lookup(self, text: str) -> list[tuple[int, int, int]]:
        index = self._index
        if index is None:
            index = self._index = dict(zip(self.keys, range(len(self.keys)), strict=True))
        lengths = self.lengths()
        found = []
        for start in range(len(text)):
            key = index.get(text[start])  # a one-character key
            if key is not None:
                found.append((key, start, start + 1))
            for size in lengths.get(text[start : start + 2], ()):
                key = index.get(text[start : start + size])
                if key is not None and start + size <= len(text):
                    found.append((key, start, start + size))
        found.sort(key=lambda m: (m[2], m[1]))  # the automaton's order: by end, the longest first
        return found
