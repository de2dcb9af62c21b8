"""Findings highlighted in place, as HTML built only from escaped pieces of the text: the text
is cut at every finding boundary, each piece is escaped, and marks are added around pieces, so
nothing the customer or the model wrote can become markup."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from markupsafe import Markup, escape

from drafter.guard.report import Finding

_RANK = {"low": 1, "medium": 2, "high": 3, "critical": 4}


def highlight(text: str, findings: Sequence[Finding]) -> Markup:
    size = len(text)
    spans = [(n, max(0, min(f.start, size)), max(0, min(f.end, size)), f) for n, f in enumerate(findings, 1)]
    spans = [s for s in spans if s[2] > s[1]]  # a finding with no span (a missing step) is listed, not marked
    cuts = sorted({0, size} | {s[1] for s in spans} | {s[2] for s in spans})
    out: list[Markup] = []
    for start, end in pairwise(cuts):
        covering = [s for s in spans if s[1] <= start and end <= s[2]]
        piece = escape(text[start:end])
        if covering:
            worst = max(covering, key=lambda s: _RANK.get(s[3].severity, 0))[3]
            out.append(
                Markup('<mark class="finding sev-{sev}" data-rules="{rules}" title="{title}">{piece}</mark>').format(
                    sev=worst.severity,
                    rules=" ".join(s[3].rule for s in covering),
                    title="; ".join(f"{s[3].rule}: {s[3].message}" for s in covering),
                    piece=piece,
                )
            )
        else:
            out.append(piece)
        for n, *_ in (s for s in spans if s[2] == end):
            out.append(Markup('<sup class="ref"><a href="#finding-{n}">{n}</a></sup>').format(n=n))
    return Markup("").join(out)
