"""Findings marked in place. The text is cut at every finding boundary into pieces, each piece
knowing the findings that cover it; the terminal renderer (CLI) and the HTML renderer (review
pages, eval reports) both draw from these pieces. HTML is built only from escaped pieces of the
text, so nothing the customer or the model wrote can become markup."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING

from drafter.guard.report import Finding
from drafter.text import SEVERITY_RANK

if TYPE_CHECKING:
    from markupsafe import Markup


@dataclass(slots=True)
class Piece:
    start: int
    end: int
    covering: list[tuple[int, Finding]] = field(default_factory=list)  # (1-based number, finding)
    closing: list[int] = field(default_factory=list)  # numbers of the findings that end here

    @property
    def worst(self) -> Finding | None:
        if not self.covering:
            return None
        return max(self.covering, key=lambda c: SEVERITY_RANK.get(c[1].severity, 0))[1]


def pieces(text: str, findings: Sequence[Finding]) -> list[Piece]:
    """The text cut at every finding boundary; a finding with no span (a missing step) marks nothing."""
    size = len(text)
    spans = [(n, max(0, min(f.start, size)), max(0, min(f.end, size)), f) for n, f in enumerate(findings, 1)]
    spans = [s for s in spans if s[2] > s[1]]
    cuts = sorted({0, size} | {s[1] for s in spans} | {s[2] for s in spans})
    out = []
    for start, end in pairwise(cuts):
        out.append(
            Piece(
                start,
                end,
                covering=[(n, f) for n, s, e, f in spans if s <= start and end <= e],
                closing=[n for n, _, e, _ in spans if e == end],
            )
        )
    return out


def html(text: str, findings: Sequence[Finding], *, refs: bool = True) -> Markup:
    """Marked-up text; with ``refs`` each finding's end carries a link to ``#finding-N``."""
    from markupsafe import Markup, escape  # here: the terminal renderer (`drafter check`) needs no HTML

    out: list[Markup] = []
    for piece in pieces(text, findings):
        chunk = escape(text[piece.start : piece.end])
        worst = piece.worst
        if worst is not None:
            out.append(
                Markup('<mark class="finding sev-{sev}" data-rules="{rules}" title="{title}">{piece}</mark>').format(
                    sev=worst.severity,
                    rules=" ".join(f.rule for _, f in piece.covering),
                    title="; ".join(f"{f.rule}: {f.message}" for _, f in piece.covering),
                    piece=chunk,
                )
            )
        else:
            out.append(chunk)
        if refs:
            out.extend(
                Markup('<sup class="ref"><a href="#finding-{n}">{n}</a></sup>').format(n=n) for n in piece.closing
            )
    return Markup("").join(out)
