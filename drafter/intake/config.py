"""prompts/intake.yaml, the vocabulary tuned without touching Python: validated, compiled once, scanned."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated, Any, get_args

import ahocorasick_rs
import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from drafter.errors import ConfigError
from drafter.guard.normalize import compact_key, fold, normalize
from drafter.models import Category, Domain, EscalationReason, Hazard
from drafter.resources import data_dir
from drafter.spans import longest_of_overlapping
from drafter.text import is_han, is_word_char, traditional_variants

PREFIX = "*"  # "refund*": English prefix, no word boundary at the end (as in the rule packs)
CATEGORIES: tuple[Category, ...] = get_args(Category)
DOMAINS: tuple[Domain, ...] = get_args(Domain)
HAZARDS: tuple[Hazard, ...] = get_args(Hazard)
REASONS: tuple[EscalationReason, ...] = get_args(EscalationReason)


def _check_phrases(phrases: list[str]) -> list[str]:
    for phrase in phrases:
        _check_phrase(phrase)
    return phrases


def _check_phrase(phrase: str) -> None:
    if not isinstance(phrase, str):  # YAML turns a bare `no` or `12315` into a bool or an int
        raise ValueError(f"phrase {phrase!r} is not a string: quote it")
    body = phrase.removesuffix(PREFIX)
    if PREFIX in body:
        raise ValueError(f"phrase {phrase!r}: * is only allowed at the end")
    if not compact_key(body):
        raise ValueError(f"phrase {phrase!r} is empty after normalisation")
    if phrase != phrase.lower():
        raise ValueError(f"phrase {phrase!r} must be lower case")


# Phrase lists are checked where they are declared: strings, lower case, non-empty.
Phrases = Annotated[list[str], AfterValidator(_check_phrases)]


class Block(BaseModel):
    """One phrase list: hits count, `unless` phrases around a hit cancel it, a negation may."""

    model_config = ConfigDict(extra="forbid")

    keywords: Phrases = Field(min_length=1)
    unless: Phrases = Field(default_factory=list)
    negatable: bool = False


class Categories(BaseModel):
    model_config = ConfigDict(extra="forbid")

    priority: list[Category]
    blocks: dict[Category, Block]

    @model_validator(mode="after")
    def _complete(self) -> Categories:
        if sorted(self.priority) != sorted(CATEGORIES):
            raise ValueError(f"priority must list every category exactly once: {list(CATEGORIES)}")
        missing = set(CATEGORIES) - set(self.blocks)
        if missing:
            raise ValueError(f"categories without a block: {sorted(missing)}")
        return self


class Trigger(BaseModel):
    """An escalation reason: a category's block (`from_category`) and/or its own phrases."""

    model_config = ConfigDict(extra="forbid")

    from_category: Category | None = None
    triggers: Phrases = Field(default_factory=list)
    unless: Phrases = Field(default_factory=list)
    negatable: bool = True

    @model_validator(mode="after")
    def _something(self) -> Trigger:
        if self.from_category is None and not self.triggers:
            raise ValueError("an escalation reason needs from_category or triggers")
        return self


class NegationCues(BaseModel):
    model_config = ConfigDict(extra="forbid")

    words: list[str] = Field(min_length=1)
    fillers: list[str] = Field(default_factory=list)
    max_fillers: int = Field(3, ge=0, le=6)
    exempt: list[str] = Field(default_factory=list)


class Negation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    en: NegationCues
    zh: NegationCues


class CustomerTypeCues(BaseModel):
    model_config = ConfigDict(extra="forbid")

    exclamation_run: int = Field(2, ge=1)
    shouting_words: int = Field(2, ge=1)
    mixed_min: int = Field(2, ge=1)
    emotion: Block
    demand: Block


class PerLanguage(BaseModel):
    model_config = ConfigDict(extra="forbid")

    zh: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)


class ItemCues(BaseModel):
    model_config = ConfigDict(extra="forbid")

    markers: PerLanguage
    weak_markers: PerLanguage
    weakest_markers: PerLanguage = Field(default_factory=PerLanguage)
    skip_en: list[str] = Field(default_factory=list)
    stop_en: list[str] = Field(default_factory=list)
    stop_zh: list[str] = Field(default_factory=list)
    generic: list[str] = Field(default_factory=list)
    max_words: int = Field(4, ge=1)
    max_chars: int = Field(12, ge=2)
    # Listen names the item only where the customer says they bought, booked, used or returned it.
    named: PerLanguage = Field(default_factory=PerLanguage)
    named_stop: list[str] = Field(default_factory=list)
    # Words of the problem too vague to restate ("quality", "质量").
    issue_skip: list[str] = Field(default_factory=list)


class FactCues(BaseModel):
    model_config = ConfigDict(extra="forbid")

    order_id: list[str] = Field(min_length=1)
    item: ItemCues

    @field_validator("order_id")
    @classmethod
    def _regexes(cls, sources: list[str]) -> list[str]:
        for source in sources:
            try:
                compiled = re.compile(source)
            except re.error as exc:
                raise ValueError(f"order_id regex {source!r}: {exc}") from exc
            if compiled.groups < 1:
                raise ValueError(f"order_id regex {source!r} needs a capture group for the id")
        return sources


class ReadingCues(BaseModel):
    model_config = ConfigDict(extra="forbid")

    greetings: list[str] = Field(min_length=1)
    sign_offs: list[str] = Field(min_length=1)
    signature_starts: list[str] = Field(default_factory=list)
    disclaimer_starts: list[str] = Field(default_factory=list)
    titles: list[str] = Field(default_factory=list)
    surnames: str = ""
    compound_surnames: list[str] = Field(default_factory=list)
    not_names: list[str] = Field(default_factory=list)


class IntakeConfig(BaseModel):
    """prompts/intake.yaml, validated: a typo fails loudly at load, not silently at match time."""

    model_config = ConfigDict(extra="forbid")

    version: str
    categories: Categories
    escalation: dict[EscalationReason, Trigger]
    negation: Negation
    customer_type: CustomerTypeCues
    asks_for: dict[str, Block]
    domains: dict[Domain, Block] = Field(default_factory=dict)
    hazards: dict[Hazard, Block] = Field(default_factory=dict)
    urgent: Block | None = None
    fixed_hazard: Block | None = None
    # Something eaten, drunk, taken or put on the body: where a foreign object can harm.
    consumable: Block | None = None
    # What decides which safety step fits (live: still smoking now; power_line; vulnerable).
    hazard_marks: dict[str, Block] = Field(default_factory=dict)
    care: Block | None = None
    # Figures of speech that hold a harm or a demand word in another sense ("to add insult to
    # injury", "bleeding me dry"): a hit inside one counts in no block but the domain ones.
    figures: Block | None = None
    people: PerLanguage = Field(default_factory=PerLanguage)
    pets: PerLanguage = Field(default_factory=PerLanguage)
    situation: dict[str, Block] = Field(default_factory=dict)
    facts: FactCues
    reading: ReadingCues

    @field_validator("escalation")
    @classmethod
    def _every_reason(cls, escalation: dict[EscalationReason, Trigger]) -> dict[EscalationReason, Trigger]:
        missing = set(REASONS) - set(escalation)
        if missing:
            raise ValueError(f"escalation reasons without triggers: {sorted(missing)}")
        return escalation

    @field_validator("asks_for")
    @classmethod
    def _ask_names(cls, asks: dict[str, Block]) -> dict[str, Block]:
        for name in asks:
            if not re.fullmatch(r"[a-z_]+", name):
                raise ValueError(f"asks_for name {name!r} must be lower_snake_case")
        return asks


def load_intake(path: str | Path | None = None) -> IntakeConfig:
    """Read and validate intake.yaml (the packaged one by default); ConfigError says what is wrong."""
    source = Path(path) if path is not None else data_dir("prompts") / "intake.yaml"
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{source}: {exc}") from exc
    try:
        return IntakeConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{source}: invalid intake vocabulary\n{exc}") from exc


# --------------------------------------------------------------------------- compiled matcher
# Matching reuses the guard's normaliser: text is folded (case, full-width, Traditional ->
# Simplified) and compacted, so one Simplified keyword list serves all three languages; English
# phrases must sit on word boundaries.


FIGURE = "figure"  # the block of figures of speech (IntakeConfig.figures)


@dataclass(frozen=True, slots=True)
class _Tag:
    block: str  # "cat:illness", "esc:media", "emotion", "ask:refund"; a trailing "~" marks `unless`
    boundary_start: bool
    boundary_end: bool


@dataclass(slots=True)
class Compiled:
    config: IntakeConfig
    automaton: Any  # ahocorasick_rs.AhoCorasick over the compact keys
    tags: list[list[_Tag]]  # per key index
    negatable: set[str]
    order_id: list[re.Pattern[str]]
    neg_en_words: frozenset[str]
    neg_en_fillers: frozenset[str]
    neg_zh: re.Pattern[str]
    neg_zh_exempt: tuple[str, ...]
    greeting: re.Pattern[str]
    sign_off: re.Pattern[str]
    sign_off_keys: frozenset[str]
    not_names: frozenset[str]
    escalation_categories: tuple[Category, ...]


def _keys(phrase: str) -> list[str]:
    """The phrase's compact key plus those of its Traditional renderings that a per-character
    fold cannot bring back (OpenCC converts some words as a whole: 回复 -> 回覆)."""
    body = phrase.removesuffix(PREFIX)
    keys = [compact_key(body)]
    if any(is_han(c) for c in body):
        for converter in traditional_variants():
            key = compact_key(converter.convert(body))
            if key not in keys:
                keys.append(key)
    return keys


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _word_regex(words: Iterable[str]) -> str:
    """Alternation where English words must end on a word boundary ("hi" is not "hiking")."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        tail = r"(?![a-z0-9])" if is_word_char(w[-1]) else ""
        parts.append(re.escape(w) + tail)
    return "|".join(parts)


def _compile(config: IntakeConfig) -> Compiled:
    keys: dict[str, int] = {}
    tags: list[list[_Tag]] = []
    negatable: set[str] = set()

    def add_block(name: str, keywords: list[str], unless: list[str], neg: bool) -> None:
        if neg:
            negatable.add(name)
        for block, phrases in ((name, keywords), (name + "~", unless)):
            for phrase in phrases:
                prefix = phrase.endswith(PREFIX)
                for key in _keys(phrase):
                    tag = _Tag(block, is_word_char(key[0]), is_word_char(key[-1]) and not prefix)
                    if key not in keys:
                        keys[key] = len(tags)
                        tags.append([])
                    if tag not in tags[keys[key]]:
                        tags[keys[key]].append(tag)

    for cat, b in config.categories.blocks.items():
        add_block(f"cat:{cat}", b.keywords, b.unless, b.negatable)
    for reason, t in config.escalation.items():
        if t.triggers:
            add_block(f"esc:{reason}", t.triggers, t.unless, t.negatable)
    ct = config.customer_type
    add_block("emotion", ct.emotion.keywords, ct.emotion.unless, ct.emotion.negatable)
    add_block("demand", ct.demand.keywords, ct.demand.unless, ct.demand.negatable)
    for ask, b in config.asks_for.items():
        add_block(f"ask:{ask}", b.keywords, b.unless, b.negatable)
    for domain, b in config.domains.items():
        add_block(f"dom:{domain}", b.keywords, b.unless, b.negatable)
    for hazard, b in config.hazards.items():
        add_block(f"haz:{hazard}", b.keywords, b.unless, b.negatable)
    for name, block in (
        ("urgent", config.urgent),
        ("fixed_hazard", config.fixed_hazard),
        ("consumable", config.consumable),
    ):
        if block is not None:
            add_block(name, block.keywords, block.unless, block.negatable)
    for name, b in config.hazard_marks.items():
        add_block(f"mark:{name}", b.keywords, b.unless, b.negatable)
    if config.care is not None:
        add_block("care", config.care.keywords, config.care.unless, config.care.negatable)
    for name, b in config.situation.items():
        add_block(f"sit:{name}", b.keywords, b.unless, b.negatable)
    if config.figures is not None:
        add_block(FIGURE, config.figures.keywords, config.figures.unless, config.figures.negatable)
    automaton = ahocorasick_rs.AhoCorasick(list(keys))  # Rust, immutable: safe to share

    neg = config.negation
    zh_source = (
        f"({_alternation(compact_key(w) for w in neg.zh.words)})"
        f"(?:{_alternation(compact_key(w) for w in neg.zh.fillers) or '(?!)'}){{0,{neg.zh.max_fillers}}}$"
    )
    reading = config.reading
    sign_offs = [fold(s).strip() for s in reading.sign_offs]
    esc_cats = tuple(t.from_category for t in config.escalation.values() if t.from_category is not None)
    return Compiled(
        config=config,
        automaton=automaton,
        tags=tags,
        negatable=negatable,
        order_id=[re.compile(s) for s in config.facts.order_id],
        neg_en_words=frozenset(w.replace("'", "") for w in neg.en.words),
        neg_en_fillers=frozenset(neg.en.fillers),
        neg_zh=re.compile(zh_source),
        neg_zh_exempt=tuple(compact_key(w) for w in neg.zh.exempt),
        greeting=re.compile(rf"^\s*(?:{_word_regex(fold(g).strip() for g in reading.greetings)})"),
        sign_off=re.compile(rf"^\s*(?:{_word_regex(sign_offs)})"),
        sign_off_keys=frozenset(sign_offs),
        not_names=frozenset(fold(n).strip() for n in reading.not_names),
        escalation_categories=esc_cats,
    )


@cache
def compiled(path: str | None = None) -> Compiled:
    """Load and compile once per process: the automaton is read-only afterwards, so threads share it."""
    return _compile(load_intake(path))


# --------------------------------------------------------------------------- scanning


_CLAUSE_END = re.compile(r"[,.;:!?\n，。；：！？、]|\bbut\b|但是|可是|不过|但")
Span = tuple[int, int]


_SPLIT_NT = re.compile(r"n\s+t\b")
_EN_TOKEN = re.compile(r"[a-z0-9]+")


def _negated(c: Compiled, folded: str, start: int) -> bool:
    """A negation just before the hit, in the same clause: "not sick", "没有人受伤"."""
    head = folded[max(0, start - 60) : start]
    clause = _CLAUSE_END.split(head)[-1]
    # English: "wasn't" folds to "wasn t"; glue it back, then walk back over fillers.
    tokens = _EN_TOKEN.findall(_SPLIT_NT.sub("nt", clause))
    fillers = 0
    for token in reversed(tokens):
        if token in c.neg_en_words:
            return True
        if token in c.neg_en_fillers and fillers < c.config.negation.en.max_fillers:
            fillers += 1
            continue
        break
    tail = "".join(clause.split())[-12:]
    m = c.neg_zh.search(tail)
    if m is None:
        return False
    n_start, n_end = m.span(1)
    for phrase in c.neg_zh_exempt:
        for e in re.finditer(re.escape(phrase), tail):
            if e.start() < n_end and n_start < e.end():
                return False
    return True


@dataclass(slots=True)
class Scan:
    text: str
    folded: str
    hits: dict[str, list[Span]]

    def get(self, block: str) -> list[Span]:
        return self.hits.get(block, [])

    def drop_within(self, blocks: tuple[str, ...], spans: list[Span]) -> None:
        """Forget the hits of ``blocks`` that lie inside one of ``spans`` (words read in another sense)."""
        if not spans:
            return
        for block in blocks:
            kept = [s for s in self.get(block) if not any(a <= s[0] and s[1] <= b for a, b in spans)]
            if kept:
                self.hits[block] = kept
            else:
                self.hits.pop(block, None)


# A label an id follows ("订单12345", "order #12345", "單號：12345"): a hotline's digits there are the id.
_ID_LABEL_BEFORE = re.compile(
    r"(?:订单|单号|编号|号码|账号|帐号|户号|卡号|尾号|工号|票号|运单|快递单|order|ref|reference|account|ticket|case|no|number|id)"
    r"\s*(?:号|no\.?|number|#)?\s*[:：#]?\s*$"
)


def scan(c: Compiled, text: str) -> Scan:
    """One Aho-Corasick pass for every block; then `unless` and negation filter the hits."""
    norm = normalize(text)
    folded = norm.folded
    raw: dict[str, list[Span]] = defaultdict(list)
    for index, key_start, key_end in c.automaton.find_matches_as_indexes(norm.compact, overlapping=True):
        start, end = norm.span(key_start, key_end)
        for tag in c.tags[index]:
            if tag.boundary_start and start > 0 and is_word_char(folded[start - 1]):
                continue
            if tag.boundary_end and end < len(folded) and is_word_char(folded[end]):
                continue
            if folded[start:end].isdigit() and _ID_LABEL_BEFORE.search(folded, max(0, start - 12), start):
                continue  # "我的订单12345": an order number, not the 12345 hotline
            raw[tag.block].append((start, end))
    hits: dict[str, list[Span]] = {}
    figures = raw.get(FIGURE, [])
    for block, spans in raw.items():
        if block.endswith("~") or block == FIGURE:
            continue
        unless = raw.get(block + "~", [])
        if figures and not block.startswith("dom:"):  # a figure of speech cancels any reading but the domain
            unless = [*unless, *figures]
        kept = [s for s in longest_of_overlapping(spans) if not any(u0 <= s[0] and s[1] <= u1 for u0, u1 in unless)]
        if block in c.negatable:
            kept = [s for s in kept if not _negated(c, folded, s[0])]
        if kept:
            hits[block] = kept
    return Scan(text, folded, hits)
