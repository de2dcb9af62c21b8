"""Did an LLM draft copy a few-shot example? Small models often return the example reply with a
word changed. Each section's n-grams (characters for Chinese, words for English) are compared
with every example section of its language in prompts/examples.yaml; a section most of whose
n-grams come from one example section is a copy."""

from __future__ import annotations

import re
from functools import cache

from drafter.guard.normalize import fold
from drafter.models import Sections
from drafter.text import STEPS

# Share of a section's n-grams found in one example section that makes it a copy.
COPY_SHARE = 0.6
# Sections shorter than this many n-grams are too short to judge (a bare "Sorry.").
MIN_GRAMS = 6
_ZH_N, _EN_N = 4, 3
_KEEP_ZH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffa-z0-9]")
_WORD = re.compile(r"[a-z0-9]+")


def grams(text: str, language: str) -> set[tuple[str, ...]]:
    folded = fold(text)
    if language == "en":
        tokens = _WORD.findall(folded)
        n = _EN_N
    else:
        tokens = _KEEP_ZH.findall(folded)
        n = _ZH_N
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


@cache
def _example_grams(language: str) -> tuple[frozenset[tuple[str, ...]], ...]:
    from drafter.prompts import prompt_set

    out: list[frozenset[tuple[str, ...]]] = []
    for example in prompt_set().examples.get(language) or []:
        for step in STEPS:
            out.append(frozenset(grams(str(example["sections"].get(step, "")), language)))
    return tuple(out)


def copy_share(text: str, language: str) -> float:
    """The largest share of ``text``'s n-grams that one example section holds (0 when too short)."""
    mine = grams(text, language)
    if len(mine) < MIN_GRAMS:
        return 0.0
    return max((len(mine & theirs) / len(mine) for theirs in _example_grams(language)), default=0.0)


# Apologies and thanks are formulaic by nature: only a long one that is nearly the example's counts.
_FORMULAIC = frozenset({"apologize", "thank"})
_FORMULAIC_SHARE = 0.8
_FORMULAIC_GRAMS = 12


def copied_sections(sections: Sections, language: str) -> list[str]:
    """The LAST sections that repeat a few-shot example, in order."""
    out: list[str] = []
    for step in STEPS:
        text = getattr(sections, step)
        share = copy_share(text, language)
        if step in _FORMULAIC:
            if share >= _FORMULAIC_SHARE and len(grams(text, language)) >= _FORMULAIC_GRAMS:
                out.append(step)
        elif share >= COPY_SHARE:
            out.append(step)
    return out
