"""The Satisfy rounds' table check, written once: a complaint drafted by email, and the words its
Satisfy paragraph must and must not hold."""

from __future__ import annotations

import drafter

# (language, complaint, words Satisfy must hold, words it must not hold)
Row = tuple[str, str, list[str], list[str]]


def check_satisfy(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    for words in holds:
        assert words in d.sections.satisfy, (words, d.sections.satisfy)
    for words in never:
        assert words not in d.sections.satisfy, (words, d.sections.satisfy)
