"""Rule packs: load the YAML in guardrails/, validate it, compile every phrase into one
Aho-Corasick automaton so a check costs one pass whatever the number of phrases."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal

import ahocorasick_rs
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from drafter.errors import RulePackError
from drafter.guard.normalize import compact_key, fold
from drafter.jsonl import first_error
from drafter.policy import Severity
from drafter.resources import data_dir
from drafter.text import is_han, is_word_char, traditional_variants

Language = Literal["zh-Hans", "zh-Hant", "en"]
GAP = "..."  # "是您自己...用错" : parts in order, a few characters apart
GAP_LIMIT = {"zh": 12, "en": 40}  # compact characters allowed between two parts
PREFIX = "*"  # "refund*" : English prefix, no word boundary at the end
# "{we}" names a word class of the lexicon (``classes``); "(a|b|)" lists inline alternatives
# (an empty one makes the group optional). Both expand at compile time into plain phrases, so a
# pack states a family once ("是{we}...造成") and matching stays one automaton pass.
_ALTERNATION = re.compile(r"\{([a-z_]+)\}|\(([^()]*\|[^()]*)\)")
MAX_EXPANSIONS = 5000  # per pattern: a typo in a class must not build a million keys


class Example(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    role: str | None = None
    context: dict[str, Any] | None = None
    language: Language | None = None  # the customer's language, when the rule depends on it


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid")

    positive: list[Example | str] = Field(min_length=1)
    negative: list[Example | str] = Field(min_length=1)

    def cases(self, which: Literal["positive", "negative"]) -> list[Example]:
        return [e if isinstance(e, Example) else Example(text=e) for e in getattr(self, which)]


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z_]+(\.[a-z_]+)+$")
    category: str = Field(pattern=r"^[a-z_]+$")
    severity: Severity
    languages: list[Language] = Field(min_length=1)
    kind: Literal["phrase", "compensation", "followup", "structure", "language"] = "phrase"
    patterns: list[str] = Field(default_factory=list)
    unless: list[str] = Field(default_factory=list, description="same-sentence phrases that cancel")
    gap: dict[Literal["zh", "en"], int] | None = Field(None, description="compact characters allowed between parts")
    also: list[str] = Field(default_factory=list, description="further categories the same hit belongs to")
    quotable: bool = True  # a hit inside quoted speech ("店员说「…」") is not the reply's own words
    voiced: bool = False  # only in the reply's own voice ("we", "I", "you" near it), not a narrative of others
    revise: bool = False  # a coaching finding that still earns an LLM draft its revision round
    negatable: bool = False  # a negation just before the hit cancels it ("not your fault")
    conditional_ok: bool = False  # a conditional in the sentence cancels it ("if we were at fault")
    message: str
    suggestion: dict[Literal["zh", "en"], str]
    examples: Examples

    @field_validator("patterns")
    @classmethod
    def _no_empty(cls, patterns: list[str]) -> list[str]:
        for p in patterns:
            if not _ALTERNATION.search(p) and not compact_key(p.replace(GAP, "").replace(PREFIX, "")):
                raise ValueError(f"pattern {p!r} is empty after normalisation")
        return patterns


class Pack(BaseModel):
    model_config = ConfigDict(extra="forbid")

    pack: str
    version: str
    description: str
    rules: list[Rule] = Field(default_factory=list)
    lexicon: dict[str, Any] = Field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Pattern:
    """Parts in order, each a set of compact alternatives; the anchor part's alternatives are
    automaton keys, the other parts are found near the anchor hit by one regex each. A class
    of 20 words before a class of 15 stays 35 strings, not 300 phrases."""

    rule: int  # index into Ruleset.rules
    parts: tuple[tuple[str, ...], ...]  # compact alternatives per part, in order
    anchor: int  # index of the part that goes into the automaton: the longest, rarest one
    gap: int
    prefix: bool  # the last part is an English prefix ("refund*"): no word boundary at the end
    finders: tuple[re.Pattern[str] | None, ...]  # per part: its alternatives as one regex (None for the anchor)
    longest: tuple[int, ...]  # per part: its longest alternative


@dataclass(slots=True)
class Ruleset:
    rules: list[Rule]
    patterns: list[Pattern]
    automaton: Any  # ahocorasick_rs.AhoCorasick over ``keys``
    tags: list[list[tuple[Any, ...]]]  # per key index: what a hit on that key means
    lexicon: dict[str, Any]
    version: str
    unless: dict[int, re.Pattern[str] | None] = field(default_factory=dict)
    regex: dict[str, re.Pattern[str]] = field(default_factory=dict)
    lexicon_keys: dict[str, tuple[str, ...]] = field(default_factory=dict)  # checked near a hit, not scanned
    step_automaton: Any = None  # the LAST step cues, scanned separately and only for presence
    step_tags: list[tuple[str, bool, bool]] = field(default_factory=list)  # (group, boundary start, end)
    by_id: dict[str, Rule] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {rule.id: rule for rule in self.rules}


# Parts too common to anchor a pattern on: the automaton would hit them in most replies.
_WEAK = frozenset({"我们的", "是我们的", "是我们", "我们", "您的", "你的", "把您的", "our", "we", "the", "your", "you"})


def expand(text: str, classes: dict[str, list[str]]) -> list[str]:
    """Every plain phrase a pattern with "{class}" and "(a|b)" groups stands for."""
    m = _ALTERNATION.search(text)
    if m is None:
        return [text]
    if m.group(1) is not None:
        if m.group(1) not in classes:
            raise RulePackError(f"pattern {text!r} names an unknown class {{{m.group(1)}}}")
        options = classes[m.group(1)]
    else:
        options = m.group(2).split("|")
    out: list[str] = []
    for option in options:
        out.extend(expand(text[: m.start()] + option + text[m.end() :], classes))
        if len(out) > MAX_EXPANSIONS:
            raise RulePackError(f"pattern {text!r} expands to more than {MAX_EXPANSIONS} phrases")
    return out


def _clean(text: str) -> str:
    """A phrase after expansion: no empty parts left by an optional group."""
    parts = [p for p in text.removesuffix(PREFIX).split(GAP) if compact_key(p)]
    return GAP.join(parts) + (PREFIX if text.endswith(PREFIX) else "")


def _pattern(
    rule_index: int, source: str, classes: dict[str, list[str]], gap: dict[Literal["zh", "en"], int] | None
) -> Pattern | None:
    prefix = source.endswith(PREFIX)
    parts: list[tuple[str, ...]] = []
    for raw in source.removesuffix(PREFIX).split(GAP):
        alternatives = {compact_key(v) for e in expand(raw, classes) for v in _variants(e)} - {""}
        if alternatives:  # a part that is wholly optional drops out
            parts.append(tuple(sorted(alternatives, key=lambda a: (-len(a), a))))
    if not parts:
        return None
    script = "zh" if any(is_han(c) for c in source) else "en"
    anchor = max(
        range(len(parts)),
        key=lambda i: (not any(a in _WEAK for a in parts[i]), min(map(len, parts[i])), -len(parts[i]), i),
    )
    finders = tuple(None if i == anchor else re.compile("|".join(map(re.escape, alts))) for i, alts in enumerate(parts))
    return Pattern(
        rule=rule_index,
        parts=tuple(parts),
        anchor=anchor,
        gap=(gap or {}).get("zh" if script == "zh" else "en", GAP_LIMIT[script]),
        prefix=prefix,
        finders=finders,
        longest=tuple(len(alts[0]) for alts in parts),
    )


def _entry(text: str) -> tuple[str, bool, bool]:
    """A lexicon phrase: its compact key and whether it needs a word boundary at each end."""
    key = compact_key(text.removesuffix(PREFIX))
    return key, is_word_char(key[0]), is_word_char(key[-1]) and not text.endswith(PREFIX)


def _variants(text: str) -> list[str]:
    """The phrase and its Traditional renderings: OpenCC converts 回复 to 回覆 by phrase,
    which a character-level fold back to Simplified cannot undo, so both become keys."""
    if not any(is_han(c) for c in text):
        return [text]
    out = [text]
    for converter in traditional_variants():
        variant = converter.convert(text)
        if compact_key(variant.replace(GAP, "")) not in {compact_key(v.replace(GAP, "")) for v in out}:
            out.append(variant)
    return out


def load_packs(folder: Path) -> tuple[list[Pack], str]:
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise RulePackError(f"no rule packs (*.yaml) in {folder}")
    digest = hashlib.sha256()
    packs = []
    for path in files:
        data = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + data)
        try:
            packs.append(Pack.model_validate(yaml.load(data, Loader=_Loader)))
        except yaml.YAMLError as exc:
            raise RulePackError(f"{path.name}: not valid YAML: {exc}") from exc
        except ValidationError as exc:
            raise RulePackError(f"{path.name}: {first_error(exc)}") from exc
    return packs, digest.hexdigest()[:12]


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def compile_packs(packs: list[Pack], version: str) -> Ruleset:
    rules: list[Rule] = []
    lexicon: dict[str, Any] = {}
    seen: set[str] = set()
    for pack in packs:
        for rule in pack.rules:
            if rule.id in seen:
                raise RulePackError(f"rule id {rule.id} is defined twice", rule=rule.id)
            seen.add(rule.id)
            rules.append(rule)
        for key, value in pack.lexicon.items():
            if key in lexicon:
                raise RulePackError(f"lexicon entry {key!r} is defined twice")
            lexicon[key] = value
    keys: dict[str, int] = {}
    tags: list[list[tuple[Any, ...]]] = []
    patterns: list[Pattern] = []

    def add(key: str, tag: tuple[Any, ...]) -> None:
        if key not in keys:
            keys[key] = len(tags)
            tags.append([])
        tags[keys[key]].append(tag)

    classes: dict[str, list[str]] = {k: [str(v) for v in vs] for k, vs in lexicon.get("classes", {}).items()}
    unless: dict[int, re.Pattern[str] | None] = {}
    for index, rule in enumerate(rules):
        for source in rule.patterns:
            pattern = _pattern(index, source, classes, rule.gap)
            if pattern is None:
                continue
            for key in pattern.parts[pattern.anchor]:
                add(key, ("p", len(patterns)))
            patterns.append(pattern)
        phrases = {_clean(e) for u in rule.unless for e in expand(u, classes)}
        exempt = sorted({compact_key(v) for u in phrases for v in _variants(u)} - {""}, key=len, reverse=True)
        unless[index] = re.compile("|".join(map(re.escape, exempt))) if exempt else None
    # Lexicon phrase lists that take part in the single pass (compensation triggers etc.).
    lexicon_keys = {
        group: tuple(compact_key(v) for e in entries for x in expand(e, classes) for v in _variants(x))
        for group, entries in lexicon.get("near", {}).items()
    }
    step_keys: dict[str, int] = {}
    step_tags: list[tuple[str, bool, bool]] = []
    for group, entries in lexicon.get("scan", {}).items():
        for entry in entries:
            source, value = (entry, None) if isinstance(entry, str) else (entry["phrase"], entry["value"])
            for text in (v for e in expand(source, classes) for v in _variants(_clean(e))):
                key, b_start, b_end = _entry(text)
                if not key:
                    continue
                if group.startswith("step_"):
                    # LAST step cues: presence only, in their own automaton over the *folded*
                    # text (spaces kept), so offsets need no mapping and boundaries are direct.
                    spaced = " ".join(fold(text.removesuffix(PREFIX)).split())
                    if spaced not in step_keys:
                        step_keys[spaced] = len(step_tags)
                        step_tags.append((group, b_start, b_end))
                    continue
                add(key, ("x", group, value, b_start, b_end, len(key)))
    automaton = ahocorasick_rs.AhoCorasick(list(keys))  # Rust; overlapping matches in one call
    step_automaton = ahocorasick_rs.AhoCorasick(list(step_keys))
    regex: dict[str, re.Pattern[str]] = {}
    for name, source in lexicon.get("regex", {}).items():
        try:
            regex[name] = re.compile(source)
        except re.error as exc:
            raise RulePackError(f"lexicon regex {name!r}: {exc}") from exc
    return Ruleset(
        rules, patterns, automaton, tags, lexicon, version, unless, regex, lexicon_keys, step_automaton, step_tags
    )


@cache
def default_ruleset() -> Ruleset:
    """Load and compile the packaged rule packs once per process."""
    packs, version = load_packs(data_dir("guardrails") / "rules")
    return compile_packs(packs, version)


def load_ruleset(folder: str | Path) -> Ruleset:
    packs, version = load_packs(Path(folder))
    return compile_packs(packs, version)
