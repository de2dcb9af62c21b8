"""The per-case gates: each looks at one reply and its case and says pass, fail (with the reason
a reviewer needs) or "not applicable" (None). The gates that compare a reply with the rest of
its set (relevance, genericness) are in :mod:`drafter.evals.crosswise`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import hanzidentifier
import yaml
from pydantic import BaseModel, ConfigDict, Field

from drafter.errors import ConfigError
from drafter.evals.metrics import contains, mentions_folded
from drafter.evals.suite import Case, Options
from drafter.guard import GuardReport
from drafter.guard.engine import last_steps
from drafter.guard.normalize import fold
from drafter.models import Channel
from drafter.resources import data_dir
from drafter.text import STEPS, is_han

# Guardrail categories a case may list under must_not (anything else is a phrase).
CATEGORIES = frozenset(
    {
        "forbidden_phrase",
        "unauthorized_compensation",
        "liability_admission",
        "blame_discussion",
        "vague_followup",
        "written_statement",
        "missing_last_step",
    }
)


@dataclass(frozen=True)
class Verdict:
    ok: bool | None  # None: the case carries no label for this gate
    reason: str = ""


NA = Verdict(None)
PASS = Verdict(True)


def fail(reason: str) -> Verdict:
    return Verdict(False, reason)


# ---------------------------------------------------------------- cue data (evals/cues/)


class CueList(BaseModel):
    model_config = ConfigDict(extra="forbid")

    wellbeing: list[str]
    safety_step: list[str]
    remedy: list[str]


class Langs(BaseModel):
    """One cue list per language family (zh cues in Simplified: matching folds the script)."""

    model_config = ConfigDict(extra="forbid")

    en: list[str] = Field(default_factory=list)
    zh: list[str] = Field(default_factory=list)

    def of(self, language: str) -> list[str]:
        return self.en if language == "en" else self.zh


class HazardFit(BaseModel):
    """What a reply must and must not say for one class of hazard (evals/cues/safety.yaml)."""

    model_config = ConfigDict(extra="forbid")

    detect: Langs
    also: Langs | None = None
    step: Langs
    never: Langs = Field(default_factory=Langs)
    live: Langs = Field(default_factory=Langs)
    never_live: Langs = Field(default_factory=Langs)
    urgent: bool = False


class Urgent(BaseModel):
    model_config = ConfigDict(extra="forbid")

    emergency: Langs
    fast: Langs


class SafetyCues(BaseModel):
    model_config = ConfigDict(extra="forbid")

    opening_sentences: int = Field(3, ge=1)
    en: CueList
    zh: CueList
    harm_never: Langs = Field(default_factory=Langs)
    urgent: Urgent | None = None
    hazards: dict[str, HazardFit] = Field(default_factory=dict)


class FactCues(BaseModel):
    model_config = ConfigDict(extra="forbid")

    stop_en: list[str] = Field(default_factory=list)
    min_word_length: int = 3


def _yaml(path: Any) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"eval cue file {path}: {exc}") from exc


@cache
def safety_cues() -> SafetyCues:
    return SafetyCues.model_validate(_yaml(data_dir("evals") / "cues" / "safety.yaml"))


@cache
def fact_cues() -> FactCues:
    return FactCues.model_validate(_yaml(data_dir("evals") / "cues" / "facts.yaml"))


# ---------------------------------------------------------------- structure and guard


def structure(text: str) -> tuple[Verdict, float, float]:
    """All four LAST steps, in order (the guardrail's step detector); also coverage and order."""
    steps = last_steps(text)
    coverage = len(steps) / len(STEPS)
    present = [s for s in STEPS if s in steps]
    offsets = [steps[s] for s in present]
    ordered = offsets == sorted(offsets)
    order = float(ordered) if len(offsets) >= 2 else 0.0
    missing = [s for s in STEPS if s not in steps]
    if missing:
        return fail(f"no {', no '.join(missing)} step"), coverage, order
    if not ordered:
        sequence = " → ".join(sorted(present, key=lambda s: steps[s]))
        return fail(f"steps out of order: {sequence}"), coverage, order
    return PASS, coverage, order


def guard(report: GuardReport) -> Verdict:
    if report.verdict == "pass":
        return PASS
    rules = sorted({f.rule for f in report.findings})
    return fail(f"guard {report.verdict}: {', '.join(rules)}")


# ---------------------------------------------------------------- facts, must_not, avoid


def _item_forms(item: str) -> list[str]:
    """Intake's item extraction is noisy ("酸辣汤端上来"): any content word of it counts."""
    if any(is_han(ch) for ch in item):
        han = "".join(ch for ch in fold(item) if is_han(ch))
        return sorted({han[i : i + 2] for i in range(len(han) - 1)}) or [han]
    cues = fact_cues()
    words = [w for w in re.findall(r"[a-z0-9]+", fold(item)) if len(w) >= cues.min_word_length]
    return [w for w in words if w not in set(cues.stop_en)]


def intake_facts(case: Case) -> list[list[str]]:
    """What intake extracted from the complaint, for cases that list no facts themselves."""
    from drafter.intake import analyse, read_complaint

    try:
        channel: Channel = "email" if case.draft_channel == "email" else "im"
        complaint = read_complaint(case.complaint, channel=channel, language=case.language or "auto")
    except Exception:  # an unreadable complaint has no facts to check; drafting reports it
        return []
    facts = analyse(complaint).facts
    out = []
    if facts.order_id:
        out.append([facts.order_id])
    if facts.item and (forms := _item_forms(facts.item)):
        out.append(forms)
    return out


def facts(text: str, case: Case, extracted: list[list[str]] | None) -> Verdict:
    """Every fact restated in any of its forms: the case's facts, else its must_include, else
    the facts intake extracted (``extracted``)."""
    if case.expect.facts:
        wanted, source = case.expect.facts, ""
    elif case.expect.must_include:  # the older spelling: plain substrings ("apolog")
        missing_phrases = [p for p in case.expect.must_include if not contains(text, p)]
        if not missing_phrases:
            return PASS
        count = len(case.expect.must_include)
        return fail(f"{len(missing_phrases)} of {count} facts not restated: {', '.join(missing_phrases)}")
    else:
        wanted, source = extracted or [], " (from intake)"
    if not wanted:
        return NA
    folded = fold(text)
    missing = [forms for forms in wanted if not any(mentions_folded(folded, f) for f in forms)]
    if not missing:
        return PASS
    shown = ", ".join(" / ".join(forms[:3]) + (" / …" if len(forms) > 3 else "") for forms in missing)
    return fail(f"{len(missing)} of {len(wanted)} facts not restated{source}: {shown}")


def must_not(text: str, case: Case, report: GuardReport) -> Verdict:
    if not case.expect.must_not:
        return NA
    categories = {f.category for f in report.findings}
    hit = [m for m in case.expect.must_not if (m in categories if m in CATEGORIES else contains(text, m))]
    return fail(f"contains {', '.join(hit)}") if hit else PASS


def avoid(text: str, case: Case) -> Verdict:
    """No wrong-domain words (a store's 店长 in a reply from a clinic)."""
    if not case.expect.avoid:
        return NA
    folded = fold(text)
    hit = [w for w in case.expect.avoid if mentions_folded(folded, w)]
    return fail(f"wrong-domain words: {', '.join(hit)}") if hit else PASS


# ---------------------------------------------------------------- safety first

_SENTENCE = re.compile(r"[^.!?。！？;；\n]+[.!?。！？;；]*")
_GREETING_END = re.compile(r"[,，:：]\s*$")


def opening(text: str, remedy: list[str], limit: int) -> list[str]:
    """The reply's first ``limit`` sentences after a greeting line, cut before the first
    sentence that offers a remedy."""
    first, _, rest = text.lstrip().partition("\n")
    if rest and _GREETING_END.search(first) and len(first) <= 60:
        text = rest  # "Dear Dr. Marsh," is a greeting line, not two sentences
    sentences = [s.strip() for s in _SENTENCE.findall(text) if s.strip()]
    if sentences and _GREETING_END.search(sentences[0]) and len(sentences[0]) <= 40:
        sentences = sentences[1:]
    out = []
    for sentence in sentences[:limit]:
        folded = fold(sentence)
        if any(mentions_folded(folded, cue) for cue in remedy):
            break
        out.append(sentence)
    return out


def _any(folded: str, cues: list[str]) -> str | None:
    return next((cue for cue in cues if mentions_folded(folded, cue)), None)


def _both(langs: Langs) -> list[str]:
    return [*langs.en, *langs.zh]


def hazard_classes(complaint: str) -> list[tuple[str, bool]]:
    """The hazard classes a complaint describes, read with the gate's own cues in both
    languages (not intake's: the gate must not grade the drafter by its own reading), each with
    whether the complaint says it is happening now."""
    folded = fold(complaint)
    found = []
    for name, fit in safety_cues().hazards.items():
        if not _any(folded, _both(fit.detect)):
            continue
        if fit.also is not None and not _any(folded, _both(fit.also)):
            continue
        found.append((name, bool(_any(folded, _both(fit.live)))))
    return found


def hazard_fit(text: str, complaint: str, language: str) -> list[str]:
    """What in the reply does not fit the hazards the complaint describes: a class's step
    missing, advice that contradicts it, or, for a live danger, no emergency service named and
    nothing done within minutes. Empty when the reply fits."""
    cues = safety_cues()
    folded = fold(text)
    theirs = fold(complaint)

    def said(cue: str) -> bool:  # our words, not the customer's quoted back
        return mentions_folded(folded, cue) and not mentions_folded(theirs, cue)

    problems = []
    if hit := next((c for c in cues.harm_never.of(language) if said(c)), None):
        problems.append(f'says "{hit}" to someone harmed')
    for name, live in hazard_classes(complaint):
        fit = cues.hazards[name]
        if not _any(folded, fit.step.of(language)):
            problems.append(f"no step that fits {name}")
        wrong = [c for c in fit.never.of(language) + (fit.never_live.of(language) if live else []) if said(c)]
        if wrong:
            problems.append(f'{name}: says "{wrong[0]}"')
        if live and fit.urgent and cues.urgent is not None:
            if not _any(folded, cues.urgent.emergency.of(language)):
                problems.append(f"{name} is live and no emergency service is named")
            if not _any(folded, cues.urgent.fast.of(language)):
                problems.append(f"{name} is live and nothing is done within minutes")
    return problems


def safety_first(text: str, case: Case, language: str) -> Verdict:
    """A safety case's reply asks after the person and gives a safety step first (its opening),
    and that step fits the hazard (:func:`hazard_fit`)."""
    if not case.expect.safety:
        return NA
    cues = safety_cues()
    lists = cues.en if language == "en" else cues.zh
    head = opening(text, lists.remedy, cues.opening_sentences)
    folded = fold(" ".join(head))
    lacking = []
    if not any(mentions_folded(folded, cue) for cue in lists.wellbeing):
        lacking.append("does not ask after the person")
    if not any(mentions_folded(folded, cue) for cue in lists.safety_step):
        lacking.append("gives no safety step")
    reasons = []
    if lacking:
        where = f"the opening ({len(head)} sentence{'s' if len(head) != 1 else ''} before any remedy)"
        reasons.append(f"{where} {' and '.join(lacking)}")
    reasons += hazard_fit(text, case.complaint, language)
    return fail("; ".join(reasons)) if reasons else PASS


# ---------------------------------------------------------------- escalation, language, script


def escalation(escalate: bool | None, case: Case) -> Verdict:
    expected = case.expect.escalate
    if expected is None:
        return NA
    if escalate is None:
        return fail("no escalation decision given, expected " + ("escalate" if expected else "no escalation"))
    if escalate == expected:
        return PASS
    return fail("escalated, expected not" if escalate else "not escalated, expected escalation")


def language(found: str | None, expected: str | None) -> Verdict:
    if found is None or expected is None:
        return NA
    if (found == "en") == (expected == "en"):
        return PASS
    return fail(f"reply in {'English' if found == 'en' else 'Chinese'}, complaint in {expected}")


def script(text: str, expected: str | None, complaint: str) -> Verdict:
    """A zh-Hant reply has no Simplified-only characters and a zh-Hans reply no Traditional-only
    ones (characters the complaint itself uses are allowed: names, products)."""
    if expected not in ("zh-Hans", "zh-Hant"):
        return NA
    wrong_kind = hanzidentifier.SIMPLIFIED if expected == "zh-Hant" else hanzidentifier.TRADITIONAL
    seen = set(complaint)
    wrong = sorted({ch for ch in text if is_han(ch) and ch not in seen and hanzidentifier.identify(ch) == wrong_kind})
    han = sum(1 for ch in text if is_han(ch))
    if han == 0:
        return NA  # no Chinese at all: the language gate says so
    if not wrong:
        return PASS
    kind = "Simplified" if expected == "zh-Hant" else "Traditional"
    return fail(f"{len(wrong)} {kind}-only characters in a {expected} reply: {''.join(wrong[:12])}")


# ---------------------------------------------------------------- copied example text


@dataclass(frozen=True)
class ExampleSection:
    label: str
    grams: frozenset[str]


_EN_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_ZH_KEEP = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffa-z0-9]")


def grams(text: str) -> frozenset[str]:
    """Word 3-grams of English, character 4-grams of Chinese (folded to Simplified)."""
    folded = fold(text)
    if any(is_han(ch) for ch in folded):
        chars = "".join(_ZH_KEEP.findall(folded))
        return frozenset(chars[i : i + 4] for i in range(len(chars) - 3))
    words = _EN_WORD.findall(folded)
    return frozenset(" ".join(words[i : i + 3]) for i in range(len(words) - 2))


def _sections(node: Any, path: str) -> list[tuple[str, str]]:
    """Every string under a ``sections`` mapping anywhere in the examples file."""
    found: list[tuple[str, str]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{path}.{key}" if path else str(key)
            if key == "sections" and isinstance(value, dict):
                found += [(f"{here}.{k}", v) for k, v in value.items() if isinstance(v, str)]
            else:
                found += _sections(value, here)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _sections(value, f"{path}[{i}]")
    return found


# Apologies and thanks are stock phrases; a copied Listen or Satisfy carries another case's facts.
STOCK_STEPS = frozenset({"apologize", "thank"})


@cache
def example_sections() -> tuple[ExampleSection, ...]:
    """The few-shot examples' sections (prompts/examples.yaml) long enough to tell copying
    from a stock phrase."""
    path = data_dir("prompts") / "examples.yaml"
    if not path.is_file():
        return ()
    out = []
    for label, text in _sections(_yaml(path), ""):
        if label.rsplit(".", 1)[-1] in STOCK_STEPS:
            continue
        g = grams(text)
        if len(g) >= 4:
            out.append(ExampleSection(label, g))
    return tuple(out)


def copied(text: str, complaint: str, options: Options) -> Verdict:
    """The reply repeats a few-shot example's sections (beyond what the complaint itself says)."""
    examples = example_sections()
    if not examples:
        return NA
    own = grams(text) - grams(complaint)
    hits = []
    for example in examples:
        overlap = len(example.grams & own) / len(example.grams)
        if overlap >= options.copied_overlap:
            hits.append(f"{example.label} ({overlap:.0%})")
    if len(hits) >= options.copied_sections:
        return fail(f"copies example text: {', '.join(hits)}")
    return PASS
