"""Rule packs: load the YAML in guardrails/, validate it, compile every phrase into one
Aho-Corasick automaton so a check costs one pass whatever the number of phrases."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal, overload

import ahocorasick_rs
from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

import drafter.guard.cache as guard_cache
from drafter.errors import RulePackError
from drafter.guard.keyscan import KeyScanner
from drafter.guard.normalize import compact_key, fold
from drafter.jsonl import first_error
from drafter.policy import Severity
from drafter.resources import data_dir
from drafter.text import HAN, is_han, is_word_char, remember_traditional, to_traditional, traditional_variants

Language = Literal["zh-Hans", "zh-Hant", "en"]
GAP = "..."  # "是您自己...用错" : parts in order, a few characters apart
GAP_LIMIT = {"zh": 12, "en": 40}  # compact characters allowed between two parts
PREFIX = "*"  # "refund*" : English prefix, no word boundary at the end
# A phrase written with a leading apostrophe ("'s fault", "'re not charging") attaches to the word
# before it: its start needs only no letter right before it, not a word edge of its own.
GLUED = 2
_LEADING_APOSTROPHE = "'’"
# "{we}" names a word class of the lexicon (``classes``); "(a|b|)" lists inline alternatives
# (an empty one makes the group optional). Both expand at compile time into plain phrases, so a
# pack states a family once ("是{we}...造成") and matching stays one automaton pass.
_ALTERNATION = re.compile(r"\{([a-z_]+)\}|\(([^()]*\|[^()]*)\)")
MODEL_FILE = "guard_model.json"  # in guardrails/models/: the trained detector's weights
MAX_EXPANSIONS = 5000  # per pattern: a typo in a class must not build a million keys


# The pack models build their validators when first used (``defer_build``): a check reads the
# rules back from the cache without validating them again (``_trusted_rule``), so it never does.
_PACK_CONFIG = ConfigDict(extra="forbid", defer_build=True)


class Example(BaseModel):
    model_config = _PACK_CONFIG

    text: str
    role: str | None = None
    context: dict[str, Any] | None = None
    language: Language | None = None  # the customer's language, when the rule depends on it


class Examples(BaseModel):
    model_config = _PACK_CONFIG

    positive: list[Example | str] = Field(default_factory=list)  # at least one, except for a trained model's rules
    negative: list[Example | str] = Field(min_length=1)

    def cases(self, which: Literal["positive", "negative"]) -> list[Example]:
        return [e if isinstance(e, Example) else Example(text=e) for e in getattr(self, which)]


class RegexGroup(BaseModel):
    """Regexes with anchors of their own: they run only where one of these phrases was hit."""

    model_config = _PACK_CONFIG

    anchors: list[str] = Field(min_length=1)
    regex: list[str] = Field(min_length=1)
    reach: int | None = Field(None, ge=8, description="characters searched either side of an anchor hit")
    before: int | None = Field(None, ge=0, description="characters searched before the hit (default: reach)")
    after: int | None = Field(None, ge=4, description="characters searched after the hit's start (default: reach)")

    def window(self) -> tuple[int, int]:
        """Chinese families span a clause (48 characters either side by default); English ones
        a sentence (100)."""
        reach = self.reach or (48 if any(HAN.search(a) for a in self.anchors) else 100)
        return (reach if self.before is None else self.before, reach if self.after is None else self.after)


class Rule(BaseModel):
    model_config = _PACK_CONFIG

    id: str = Field(pattern=r"^[a-z_]+(\.[a-z_]+)+$")
    category: str = Field(pattern=r"^[a-z_]+$")
    severity: Severity
    languages: list[Language] = Field(min_length=1)
    kind: Literal["phrase", "compensation", "followup", "structure", "language", "model"] = "phrase"
    patterns: list[str] = Field(default_factory=list)
    # A family too loose for phrases: regexes over the folded sentence ({class} stands for the
    # class's words), run only in sentences where one of the ``anchors`` phrases was hit.
    regex: list[str | RegexGroup] = Field(default_factory=list)
    anchors: list[str] = Field(default_factory=list)  # for the plain strings in ``regex``
    needs: list[str] = Field(default_factory=list, description="categories some other finding must raise")
    unless: list[str] = Field(default_factory=list, description="same-sentence phrases that cancel")
    gap: dict[Literal["zh", "en"], int] | None = Field(None, description="compact characters allowed between parts")
    also: list[str] = Field(default_factory=list, description="further categories the same hit belongs to")
    quotable: bool = True  # a hit inside quoted speech ("店员说「…」") is not the reply's own words
    voiced: bool = False  # only in the reply's own voice ("we", "I", "you" near it), not a narrative of others
    negatable: bool = False  # a negation just before the hit cancels it ("not your fault")
    conditional_ok: bool = False  # a conditional in the sentence cancels it ("if we were at fault")
    question_ok: bool = False  # model rules: a question cancels it ("are you sure you'd like to cancel?")
    limited: bool = False  # only for a role with an approval limit: policy `null` may promise anything
    message: str
    suggestion: dict[Literal["zh", "en"], str]
    examples: Examples

    @field_validator("examples")
    @classmethod
    def _has_positive(cls, examples: Examples, info: ValidationInfo) -> Examples:
        if not examples.positive and info.data.get("kind") != "model":
            raise ValueError("a rule needs at least one positive example")
        return examples

    @field_validator("anchors")
    @classmethod
    def _anchored(cls, anchors: list[str], info: ValidationInfo) -> list[str]:
        if any(isinstance(r, str) for r in info.data.get("regex") or ()) and not anchors:
            raise ValueError("a rule with plain regex strings needs anchors (the phrases that make them run)")
        return anchors

    def regex_groups(self) -> list[tuple[list[str], list[str], tuple[int, int]]]:
        """(anchors, regexes, (before, after)) per group: the plain strings share the rule's anchors."""
        plain = [r for r in self.regex if isinstance(r, str)]
        groups = [(self.anchors, plain, (120, 120))] if plain else []
        return groups + [(g.anchors, g.regex, g.window()) for g in self.regex if isinstance(g, RegexGroup)]

    @field_validator("patterns")
    @classmethod
    def _no_empty(cls, patterns: list[str]) -> list[str]:
        for p in patterns:
            if not _ALTERNATION.search(p) and not compact_key(p.replace(GAP, "").replace(PREFIX, "")):
                raise ValueError(f"pattern {p!r} is empty after normalisation")
        return patterns


class Pack(BaseModel):
    model_config = _PACK_CONFIG

    pack: str
    version: str
    description: str
    rules: list[Rule] = Field(default_factory=list)
    lexicon: dict[str, Any] = Field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Pattern:
    """Parts in order, each a set of compact alternatives; the anchor part's alternatives are
    automaton keys, the other parts are looked for next to the anchor hit. A class of 20 words
    before a class of 15 stays 35 strings, not 300 phrases."""

    rule: int  # index into Ruleset.rules
    parts: Sequence[Sequence[str]]  # compact alternatives per part, in order, longest first
    anchor: int  # index of the part that goes into the automaton: the longest, rarest one
    gaps: tuple[int, ...]  # compact characters allowed before each part (0: right after the previous one)
    prefix: bool  # the last part is an English prefix ("refund*"): no word boundary at the end
    longest: tuple[int, ...]  # per part: its longest alternative
    boundary_start: bool = False  # English: the match must start at a word boundary
    boundary_end: bool = False  # ...and end at one

    @classmethod
    def of(
        cls, rule: int, parts: tuple[tuple[str, ...], ...], anchor: int, gaps: tuple[int, ...], prefix: bool
    ) -> Pattern:
        return cls(
            rule=rule,
            parts=parts,
            anchor=anchor,
            gaps=gaps,
            prefix=prefix,
            longest=tuple(len(alts[0]) for alts in parts),
            boundary_start=any(is_word_char(a[0]) for a in parts[0]),
            boundary_end=not prefix and any(is_word_char(a[-1]) for a in parts[-1]),
        )

    @property
    def gap(self) -> int:
        return max(self.gaps, default=0)


class LazyRegex(dict[str, "re.Pattern[str]"]):
    """The lexicon's regexes, each compiled the first time it is used (start-up stays short)."""

    def __init__(self, sources: dict[str, str]) -> None:
        super().__init__()
        self.sources = sources

    def __missing__(self, name: str) -> re.Pattern[str]:
        pattern = self[name] = re.compile(self.sources[name])
        return pattern


def _exemption(phrase: str) -> str:
    """One exemption phrase as a regex: 是…/系… not right after a negation (不是, 唔系, 并非是)."""
    escaped = re.escape(phrase)
    return f"(?<![不唔非]){escaped}" if phrase[:1] in ("是", "系") else escaped


@dataclass(slots=True)
class Ruleset:
    rules: list[Rule]
    patterns: Sequence[Pattern]
    keys: list[str]  # the automaton's keys, in index order
    tags: list[list[tuple[Any, ...]]] | LazyLines  # per key index: what a hit on that key means
    lexicon: dict[str, Any]
    version: str
    exemptions: dict[int, list[str]] = field(default_factory=dict)  # per rule: its compact "unless" phrases
    lexicon_keys: dict[str, tuple[str, ...]] = field(default_factory=dict)  # checked near a hit, not scanned
    key_lengths: dict[str, list[int]] | None = None  # KeyScanner.lengths(), when read back from the cache
    step_keys: list[str] = field(default_factory=list)  # the LAST step cues, scanned only for presence
    step_tags: list[tuple[str, int, bool]] = field(default_factory=list)  # (group, boundary start, end)
    by_id: dict[str, Rule] = field(default_factory=dict)
    scanner: KeyScanner = field(init=False)  # every overlapping occurrence of ``keys``: Aho-Corasick once it pays
    step_automaton: Any = None
    # Anchors of rules that need another category ("redirect" needs blame): their own automaton,
    # scanned only when that category was raised.
    later_keys: list[str] = field(default_factory=list)
    later_tags: list[list[tuple[Any, ...]]] = field(default_factory=list)
    later_automaton: Any = None
    needed: frozenset[str] = frozenset()  # the categories some rule needs
    regex: LazyRegex = field(default_factory=lambda: LazyRegex({}))
    # The trained detector's weights (guardrails/models/ beside the rules folder); rules of kind
    # "model" name its categories. Set by ``load_ruleset``, not cached with the compiled packs.
    model_path: Path | None = None
    model_rules: list[Rule] = field(default_factory=list)
    # The rules' Chinese suggestions in Traditional (OpenCC s2t), made when the packs are compiled
    # and cached with them: a zh-Hant finding then needs no OpenCC (drafter.text.to_traditional).
    traditional: dict[str, str] = field(default_factory=dict)

    _finders: dict[tuple[int, int], re.Pattern[str]] = field(default_factory=dict)
    _part_sets: dict[tuple[int, int], tuple[frozenset[str], tuple[int, ...]]] = field(default_factory=dict)
    _unless: dict[int, re.Pattern[str] | None] = field(default_factory=dict)
    _rule_regex: dict[tuple[int, int], tuple[re.Pattern[str], tuple[int, int]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {rule.id: rule for rule in self.rules}
        self.scanner = KeyScanner(self.keys, self.key_lengths)  # its automaton is built once enough text was scanned
        # A DFA: ~2 ms to build over the ~200 step cues, and it scans every reply in half the time
        # of the default NFA (the structure check reads each reply whole).
        self.step_automaton = ahocorasick_rs.AhoCorasick(
            self.step_keys, implementation=ahocorasick_rs.Implementation.DFA
        )
        self.later_automaton = ahocorasick_rs.AhoCorasick(self.later_keys)
        self.needed = frozenset(c for rule in self.rules for c in rule.needs)
        self.regex = LazyRegex(self.lexicon.get("regex", {}))
        self.model_rules = [rule for rule in self.rules if rule.kind == "model"]
        remember_traditional(self.traditional)

    def unless(self, rule: int) -> re.Pattern[str] | None:
        """A rule's same-sentence exemptions as one regex, compiled when first needed. An exemption
        that owns the fault (是我们, 系我哋) does not hold when negated: 不是我们门店 disowns it."""
        if rule not in self._unless:
            phrases = self.exemptions.get(rule)
            self._unless[rule] = re.compile("|".join(map(_exemption, phrases))) if phrases else None
        return self._unless[rule]

    def rule_regex(self, rule: int, group: int) -> tuple[re.Pattern[str], tuple[int, int]]:
        """A regex group of a rule as one regex (classes filled in) and its reach, compiled when a
        sentence first needs it."""
        found = self._rule_regex.get((rule, group))
        if found is None:
            classes = self.lexicon.get("classes", {})
            _, sources, window = self.rules[rule].regex_groups()[group]
            found = self._rule_regex[(rule, group)] = (compile_regex(sources, classes), window)
        return found

    def finder(self, pattern: int, part: int) -> re.Pattern[str]:
        """One regex over a part's alternatives, compiled the first time a hit needs it."""
        found = self._finders.get((pattern, part))
        if found is None:
            alts = self.patterns[pattern].parts[part]
            found = self._finders[(pattern, part)] = re.compile("|".join(map(re.escape, alts)))
        return found

    def part_set(self, pattern: int, part: int) -> tuple[frozenset[str], tuple[int, ...]]:
        """A part's alternatives as a set, and their lengths longest first (for adjacent parts)."""
        found = self._part_sets.get((pattern, part))
        if found is None:
            alts = self.patterns[pattern].parts[part]
            found = self._part_sets[(pattern, part)] = (
                frozenset(alts),
                tuple(sorted({len(a) for a in alts}, reverse=True)),
            )
        return found


# Words too common to anchor a pattern on: the automaton would hit them in most replies.
_COMMON = frozenset(
    [
        "我们的",
        "是我们",
        "我们",
        "您的",
        "你的",
        "把您的",
        "给您",
        "给你",
        "处理",
        "问题",
        "的问题",
        "责任",
        "快递",
        "同事",
        "送到",
        "可以",
        "已经",
        "我们会",
        "没有",
        "不是",
        "自己",
        "需要",
        "这个",
        "公司",
        "时间",
        "您好",
        "感谢",
        "谢谢",
        "抱歉",
        "非常",
        "我会",
        "会在",
        "联系",
        "订单",
        "客服",
        "今天",
        "明天",
        "情况",
        "反映",
        "原因",
        "系统",
        "投诉",
        "工作",
        "相关",
        "进行",
        "部门",
        "说明",
        "经过",
        "提供",
        "的问题",
        "的原因",
        "的责任",
        "原因",
        "造成",
        "导致",
        "影响",
        "政府",
        "物业",
        "投诉",
        "申请",
        "the",
        "our",
        "your",
        "you",
        "we",
        "will",
        "is",
        "are",
        "be",
        "to",
        "and",
        "for",
        "of",
        "not",
        "it",
        "this",
        "that",
        "with",
        "have",
        "has",
        "can",
        "would",
        "on",
        "in",
        "at",
        "as",
        "by",
    ]
)


GROUPS = 256  # regex groups per rule: a tag carries rule * GROUPS + group (more is refused at load)


_CLASS_REF = re.compile(r"\{([a-z_]+)\}")


def trie_regex(words: set[str]) -> str:
    """Words as one prefix-factored alternation (快递(?:公司|员)?|物(?:流|业)…): the regex engine
    tries alternatives one by one, so shared prefixes are tested once instead of per word. A
    space is left as a space (the caller makes it any whitespace)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        end = "" in node
        alts = [(" " if ch == " " else re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and not end:
            return alts[0]
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if end else body

    return emit(trie)


def compile_regex(sources: list[str], classes: dict[str, list[str]]) -> re.Pattern[str]:
    """Rule regexes over folded text: "{we}" becomes the class's folded words as a group, and a
    space outside a character class stands for any run of whitespace."""

    def one_class(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in classes:
            raise RulePackError(f"regex {m.string!r} names an unknown class {{{name}}}")
        return "(?:" + trie_regex({fold(str(w)) for w in classes[name]}) + ")"

    parts = []
    for source in sources:
        text = _CLASS_REF.sub(one_class, source)
        if HAN.search(text):  # Chinese is matched folded: 搵 is 揾, 係 is 系 (letters are left alone)
            text = "".join(fold(ch) if is_han(ch) else ch for ch in text)
        out, depth = [], 0
        for i, ch in enumerate(text):
            if ch == "[" and (i == 0 or text[i - 1] != "\\"):
                depth += 1
            elif ch == "]" and (i == 0 or text[i - 1] != "\\") and depth:
                depth -= 1
            out.append(r"\s+" if ch == " " and not depth else ch)
        parts.append("(?:" + "".join(out) + ")")
    try:
        return re.compile("|".join(parts))
    except re.error as exc:
        raise RulePackError(f"rule regex does not compile: {exc}") from exc


def _frequency(alternative: str) -> int:
    """A rough cost of anchoring on a key: how often it is likely to hit in ordinary replies."""
    if len(alternative) == 1:
        return 5000  # one character (是, 吧): hits in nearly every Chinese reply
    if alternative in _COMMON:
        return 1000
    if alternative.isascii():  # compact English: a short key is one everyday word
        return 100 if len(alternative) < 8 else 10 if len(alternative) < 12 else 3
    return {2: 30, 3: 4}.get(len(alternative), 1)


def expand(text: str, classes: dict[str, list[str]], limit: int | None = None) -> list[str]:
    """Every plain phrase a pattern with "{class}" and "(a|b)" groups stands for (the first
    ``limit`` of them when given: a sample, never an error)."""
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
        out.extend(expand(text[: m.start()] + option + text[m.end() :], classes, limit))
        if limit is not None and len(out) >= limit:
            return out[:limit]
        if len(out) > MAX_EXPANSIONS:
            raise RulePackError(f"pattern {text!r} expands to more than {MAX_EXPANSIONS} phrases")
    return out


def _clean(text: str) -> str:
    """A phrase after expansion: no empty parts left by an optional group."""
    parts = [p for p in text.removesuffix(PREFIX).split(GAP) if compact_key(p)]
    return GAP.join(parts) + (PREFIX if text.endswith(PREFIX) else "")


_ATOM = re.compile(r"\{[a-z_]+\}|\([^()]*\|[^()]*\)|[^{(]+|[{(]")
MAX_PART = 2000  # alternatives per part; a longer product is cut into adjacent parts


def _segments(raw: str, classes: dict[str, list[str]]) -> list[list[str]]:
    """A part's phrases, cut at group boundaries into adjacent segments of at most ``MAX_PART``
    alternatives each, so that "(是|系|都是){we}...(问题|错)" costs 3 + 21 + 2 keys, not 126."""
    segments: list[list[str]] = []
    current = [""]
    for atom in _ATOM.findall(raw):
        options = expand(atom, classes)
        product = [c + o for c in current for o in options]
        if len(product) > MAX_PART and "" not in current and "" not in options and current != [""]:
            segments.append(current)
            current = options
        else:
            current = product
    segments.append(current)
    return segments


class _Variants:
    """Traditional renderings of many phrases, converted in one OpenCC call per converter."""

    def __init__(self) -> None:
        self.done: dict[str, set[str]] = {}

    def prepare(self, texts: set[str]) -> None:
        todo = []
        for text in texts:
            if text in self.done:
                continue
            if "\n" in text or not HAN.search(text):
                self.done[text] = {compact_key(text)}
            else:
                todo.append(text)
        todo.sort()
        converted = [c.convert("\n".join(todo)).split("\n") for c in traditional_variants()] if todo else []
        for i, text in enumerate(todo):
            self.done[text] = {compact_key(text)} | {compact_key(v[i]) for v in converted if len(v) == len(todo)}

    def __call__(self, text: str) -> set[str]:
        if text not in self.done:
            self.prepare({text})
            self.done.setdefault(text, {compact_key(text)})
        return self.done[text]


def _pattern_parts(source: str, classes: dict[str, list[str]]) -> list[tuple[bool, list[str]]]:
    """(follows the previous part at a distance, its phrases) for each part of a pattern."""
    out = []
    for raw in source.removesuffix(PREFIX).split(GAP):
        for n, segment in enumerate(_segments(raw, classes)):
            out.append((n == 0, segment))
    return out


def _pattern(
    rule_index: int,
    source: str,
    classes: dict[str, list[str]],
    gap: dict[Literal["zh", "en"], int] | None,
    variants: _Variants,
) -> Pattern | None:
    prefix = source.endswith(PREFIX)
    script = "zh" if any(is_han(c) for c in source) else "en"
    wide = (gap or {}).get("zh" if script == "zh" else "en", GAP_LIMIT[script])
    parts: list[tuple[str, ...]] = []
    gaps: list[int] = []
    for distant, phrases in _pattern_parts(source, classes):
        alternatives = {v for p in phrases for v in variants(p)} - {""}
        if alternatives:  # a part that is wholly optional drops out
            parts.append(tuple(sorted(alternatives, key=lambda a: (-len(a), a))))
            gaps.append(wide if distant else 0)
    if not parts:
        return None
    anchor = min(range(len(parts)), key=lambda i: (sum(map(_frequency, parts[i])), -i))
    return Pattern.of(rule_index, tuple(parts), anchor, tuple(gaps), prefix)


def _entry(text: str) -> tuple[str, int, bool]:
    """A lexicon phrase: its compact key and whether it needs a word boundary at each end (at the
    start: 1 a word edge, ``GLUED`` only no letter right before it, 0 none)."""
    key = compact_key(text.removesuffix(PREFIX))
    if not key:
        return key, 0, False
    start = (GLUED if text[:1] in _LEADING_APOSTROPHE else 1) if is_word_char(key[0]) else 0
    return key, start, is_word_char(key[-1]) and not text.endswith(PREFIX)


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
    return _parse([(path.name, path.read_bytes()) for path in files])


def _parse(blobs: list[tuple[str, bytes]]) -> tuple[list[Pack], str]:
    import yaml  # only to compile the packs: a check reads them from the cache

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    digest = hashlib.sha256()
    packs = []
    for name, data in blobs:
        digest.update(name.encode() + b"\0" + data)
        try:
            packs.append(Pack.model_validate(yaml.load(data, Loader=loader)))
        except yaml.YAMLError as exc:
            raise RulePackError(f"{name}: not valid YAML: {exc}") from exc
        except ValidationError as exc:
            raise RulePackError(f"{name}: {first_error(exc)}") from exc
    return packs, digest.hexdigest()[:12]


def compile_packs(packs: list[Pack], version: str) -> Ruleset:
    rules: list[Rule] = []
    lexicon: dict[str, Any] = {}
    seen: set[str] = set()
    for pack in packs:
        for rule in pack.rules:
            if rule.id in seen:
                raise RulePackError(f"rule id {rule.id} is defined twice", rule=rule.id)
            if len(rule.regex_groups()) > GROUPS:  # a tag would spill into the next rule's groups
                raise RulePackError(f"rule {rule.id} has more than {GROUPS} regex groups", rule=rule.id)
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

    later_keys: dict[str, int] = {}
    later_tags: list[list[tuple[Any, ...]]] = []

    def add_later(key: str, tag: tuple[Any, ...]) -> None:
        if key not in later_keys:
            later_keys[key] = len(later_tags)
            later_tags.append([])
        later_tags[later_keys[key]].append(tag)

    classes: dict[str, list[str]] = {k: [str(v) for v in vs] for k, vs in lexicon.get("classes", {}).items()}
    variants = _Variants()
    variants.prepare(
        {p for rule in rules for s in rule.patterns for _, ps in _pattern_parts(s, classes) for p in ps}
        | {e for rule in rules for u in rule.unless for e in expand(u, classes)}
    )
    unless: dict[int, list[str]] = {}
    for index, rule in enumerate(rules):
        for source in rule.patterns:
            pattern = _pattern(index, source, classes, rule.gap, variants)
            if pattern is None:
                continue
            for key in pattern.parts[pattern.anchor]:
                add(key, ("p", len(patterns)))
            patterns.append(pattern)
        for group, (anchors, sources, _) in enumerate(rule.regex_groups()):
            for anchor in anchors:
                for text in (v for e in expand(anchor, classes) for v in _variants(e)):
                    key, b_start, b_end = _entry(text)
                    if key:
                        (add_later if rule.needs else add)(key, ("r", index * GROUPS + group, b_start, b_end))
            compile_regex(sources, classes)  # checked once here; compiled again on first use
        phrases = {e for u in rule.unless for e in expand(u, classes)}
        exempt = sorted({v for u in phrases for v in variants(u)} - {""}, key=len, reverse=True)
        if exempt:
            unless[index] = exempt
    # Lexicon phrase lists that take part in the single pass (compensation triggers etc.).
    lexicon_keys = {
        group: tuple(compact_key(v) for e in entries for x in expand(e, classes) for v in _variants(x))
        for group, entries in lexicon.get("near", {}).items()
    }
    step_keys: dict[str, int] = {}  # insertion-ordered: the index is the tag
    step_tags: list[tuple[str, int, bool]] = []
    for group, entries in lexicon.get("scan", {}).items():
        for entry in entries:
            source, value = (entry, None) if isinstance(entry, str) else (entry["phrase"], entry["value"])
            for text in (v for e in expand(source, classes) for v in _variants(e)):
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
    for name, source in lexicon.get("regex", {}).items():
        try:
            re.compile(source)  # checked once here; the ruleset compiles each on first use
        except re.error as exc:
            raise RulePackError(f"lexicon regex {name!r}: {exc}") from exc
    traditional = {zh: to_traditional(zh) for rule in rules if (zh := rule.suggestion.get("zh"))}
    return Ruleset(
        rules=rules,
        patterns=patterns,
        keys=list(keys),
        tags=tags,
        lexicon=lexicon,
        version=version,
        exemptions=unless,
        lexicon_keys=lexicon_keys,
        step_keys=list(step_keys),
        step_tags=step_tags,
        later_keys=list(later_keys),
        later_tags=later_tags,
        traditional=traditional,
    )


@cache
def default_ruleset() -> Ruleset:
    """Load and compile the packaged rule packs once per process (from the cache when it holds them)."""
    return load_ruleset(data_dir("guardrails") / "rules")


def load_ruleset(folder: str | Path) -> Ruleset:
    files = sorted(Path(folder).glob("*.yaml"))
    if not files:
        raise RulePackError(f"no rule packs (*.yaml) in {folder}")
    blobs = [(path.name, path.read_bytes()) for path in files]
    name = guard_cache.key("rules", *(b for blob in blobs for b in blob), suffix=".bin")
    model_path = Path(folder).parent / "models" / MODEL_FILE
    cached = guard_cache.read_bytes(name)
    if cached is not None:
        try:
            ruleset = _from_json(_unpack(cached))
            ruleset.model_path = model_path
            return ruleset
        except (KeyError, TypeError, ValueError, IndexError):
            pass  # a damaged entry, or one from an older layout: rebuild it
    ruleset = compile_packs(*_parse(blobs))
    guard_cache.write_bytes(name, _pack(_to_json(ruleset)))
    ruleset.model_path = model_path
    return ruleset


_TABLES = ("patterns", "keys", "tags")  # one line per entry; patterns and tags lines are JSON


def _pack(data: dict[str, Any]) -> bytes:
    """The cache entry: a line of section sizes, the JSON of everything but the three big tables,
    then each table as raw UTF-8 text. Inside one JSON document every quote of their ~60,000
    JSON lines was escaped, and a one-reply check paid to decode and unescape all 2.7 MB of it;
    raw, the lines are split as bytes and each decoded only when a hit needs it."""
    head = json.dumps({k: v for k, v in data.items() if k not in _TABLES}, ensure_ascii=False, separators=(",", ":"))
    sections = [head.encode("utf-8"), *(data[k].encode("utf-8") for k in _TABLES)]
    sizes = json.dumps([len(section) for section in sections]).encode("ascii")
    return b"\n".join([sizes, *sections])


def _unpack(raw: bytes) -> dict[str, Any]:
    """``_pack`` read back: the tables as lists of lines (keys decoded, the others left as bytes:
    ``json.loads`` reads UTF-8 bytes). A damaged entry raises ValueError (or KeyError, TypeError)."""
    first = raw.index(b"\n")
    sizes = json.loads(raw[:first])
    if not isinstance(sizes, list) or len(sizes) != 1 + len(_TABLES):
        raise ValueError("a cache entry of another layout")
    sections, at = [], first + 1
    for size in sizes:
        sections.append(raw[at : at + size])
        at += size + 1
    if at - 1 != len(raw):
        raise ValueError("a cache entry cut short or run on")
    data: dict[str, Any] = json.loads(sections[0])
    patterns, keys, tags = sections[1:]
    data["patterns"] = patterns.split(b"\n") if patterns else []
    data["keys"] = keys.decode("utf-8").split("\n") if keys else []
    data["tags"] = tags.split(b"\n") if tags else []
    return data


def _to_json(rs: Ruleset) -> dict[str, Any]:
    """The compiled packs as JSON. The three big tables (keys, what each key means, patterns) are
    each one string of lines: reading a string back costs a fraction of reading ~60,000 small
    lists, and a one-reply check parses only the lines its hits need."""
    return {
        "rules": [rule.model_dump(mode="json") for rule in rs.rules],
        "patterns": _lines(
            [p.rule, [list(a) for a in p.parts], p.anchor, list(p.gaps), p.prefix, p.boundary_start, p.boundary_end]
            for p in rs.patterns
        ),
        "keys": "\n".join(rs.keys),  # compact keys hold no whitespace
        "key_lengths": rs.scanner.lengths(),
        "tags": _lines(rs.tags[i] for i in range(len(rs.tags))),
        "lexicon": rs.lexicon,
        "version": rs.version,
        "exemptions": {str(k): v for k, v in rs.exemptions.items()},
        "lexicon_keys": rs.lexicon_keys,
        "step_keys": rs.step_keys,
        "step_tags": rs.step_tags,
        "later_keys": rs.later_keys,
        "later_tags": rs.later_tags,
        "traditional": rs.traditional,
    }


def _lines(values: Iterable[Any]) -> str:
    """One compact JSON value per line (JSON escapes line breaks inside strings)."""
    return "\n".join(json.dumps(v, ensure_ascii=False, separators=(",", ":")) for v in values)


def _from_json(data: dict[str, Any]) -> Ruleset:
    """The ruleset from ``_unpack``'s tables (lists of lines)."""
    if not all(isinstance(data[k], list) for k in _TABLES):
        raise TypeError("a cache entry from an older layout")
    return Ruleset(
        rules=[_trusted_rule(r) for r in data["rules"]],
        patterns=_LazyPatterns(data["patterns"]),
        keys=data["keys"],
        key_lengths=data["key_lengths"],
        tags=LazyLines(data["tags"]),  # lists read back as lists: the engine only unpacks them
        lexicon=data["lexicon"],
        version=data["version"],
        exemptions={int(k): v for k, v in data["exemptions"].items()},
        lexicon_keys={k: tuple(v) for k, v in data["lexicon_keys"].items()},
        step_keys=data["step_keys"],
        step_tags=[(g, int(s), bool(e)) for g, s, e in data["step_tags"]],
        later_keys=data["later_keys"],
        later_tags=data["later_tags"],
        traditional=data["traditional"],
    )


class LazyLines(dict[int, Any]):
    """Lines of JSON indexed by number, each parsed the first time it is looked up (a dict:
    after that a look-up costs what a list's does)."""

    def __init__(self, raw: Sequence[str | bytes]) -> None:
        super().__init__()
        self._raw = raw

    def __missing__(self, index: int) -> Any:
        value = self[index] = json.loads(self._raw[index])
        return value

    def __len__(self) -> int:
        return len(self._raw)


class _LazyPatterns(Sequence[Pattern]):
    """Patterns read back from the cache, each built the first time a hit needs it: a
    one-reply check touches a handful of the ~1,500."""

    def __init__(self, raw: Sequence[str | bytes]) -> None:
        self._raw = raw  # one JSON line per pattern
        self._built: list[Pattern | None] = [None] * len(raw)

    def __len__(self) -> int:
        return len(self._raw)

    @overload
    def __getitem__(self, index: int) -> Pattern: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Pattern]: ...
    def __getitem__(self, index: int | slice) -> Pattern | Sequence[Pattern]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        found = self._built[index]
        if found is None:
            rule, parts, anchor, gaps, prefix, start, end = json.loads(self._raw[index])
            found = self._built[index] = Pattern(
                rule, parts, anchor, tuple(gaps), prefix, tuple(len(a[0]) for a in parts), start, end
            )
        return found


def _trusted_rule(data: dict[str, Any]) -> Rule:
    """A rule as the cache holds it (``model_dump(mode="json")`` of a validated rule), rebuilt
    without validating it again: validating cost a one-reply check ~10 ms, most of it building
    the validators of these models. The nested models are rebuilt as validation would."""
    regex = [r if isinstance(r, str) else RegexGroup.model_construct(**r) for r in data["regex"]]
    cases = {
        which: [e if isinstance(e, str) else Example.model_construct(**e) for e in data["examples"][which]]
        for which in ("positive", "negative")
    }
    examples = Examples.model_construct(positive=cases["positive"], negative=cases["negative"])
    return Rule.model_construct(**{**data, "regex": regex, "examples": examples})
