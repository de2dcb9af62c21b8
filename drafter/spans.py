"""Span helpers shared by the guardrail and intake scanners."""

from __future__ import annotations

Span = tuple[int, int]


def longest_of_overlapping(spans: list[Span]) -> list[Span]:
    """Keep the longest of overlapping spans (duplicates once), in text order."""
    kept: list[Span] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if kept and start < kept[-1][1]:
            if end - start > kept[-1][1] - kept[-1][0]:
                kept[-1] = (start, end)
            continue
        kept.append((start, end))
    return kept
