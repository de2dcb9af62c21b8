"""The guardrail: one Aho-Corasick pass over normalised text, then per-hit checks
(word boundaries, negation, conditionals, exemptions) and the compensation valuation."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from typing import Any

from drafter.errors import DrafterError, InputError
from drafter.guard.amounts import Amount, find_amounts
from drafter.guard.normalize import Normalized, fold_table, normalize
from drafter.guard.report import Finding, GuardContext, GuardReport
from drafter.guard.rules import Rule, Ruleset, default_ruleset
from drafter.policy import VERDICT_RANK, Authority, Policy, Verdict, load_policy
from drafter.spans import longest_of_overlapping
from drafter.text import STEPS, converter, has_han, is_han, is_word_char

_SENTENCE_MARK = re.compile(r"[^。！？!?；;\n….]*(?:\.(?! )[^。！？!?；;\n….]*)*(?:[。！？!?；;\n…]|\. |$)")
_SENTENCE_ENDERS = "。！？!?；;\n…"
_SENTENCE_RUN = re.compile(f"[{_SENTENCE_ENDERS}]+")
_CLAUSE_MARK = re.compile(
    r"[^。！？!?；;\n…,，、:：.]*(?:\.(?! )[^。！？!?；;\n…,，、:：.]*)*(?:[。！？!?；;\n…,，、:：]|\. |$)"
)
_CONJUNCTION = re.compile(r"\bbut\b|\bhowever\b|但是|不过|可是|然而|\s-\s")
_NEG_WINDOW = 16
_MIN_REPLY = 12  # shorter than this cannot hold three sentences


@dataclass(slots=True)
class _Hit:
    group: str
    value: Any
    start: int  # original offsets
    end: int


class _Doc:
    """One text under check: normalised forms plus lazily built sentence/clause maps."""

    def __init__(self, text: str, ruleset: Ruleset) -> None:
        self.text = text
        self.norm: Normalized = normalize(text)
        self.folded = self.norm.folded
        self.rs = ruleset
        self._sentence_ends: list[int] | None = None
        self._clause_ends: list[int] | None = None
        self._compact_sentences: dict[tuple[int, int], str] = {}

    def _marks(self, segments: re.Pattern[str]) -> list[int]:
        """Offsets just past each boundary mark: the lengths of the segments ``findall`` returns,
        summed at C speed (no match objects)."""
        return list(accumulate(map(len, segments.findall(self.folded))))

    def _segment(self, ends: list[int], pos: int) -> tuple[int, int]:
        k = bisect_right(ends, pos)
        return (ends[k - 1] if k else 0), (ends[k] if k < len(ends) else len(self.folded))

    def sentence(self, pos: int) -> tuple[int, int]:
        if self._sentence_ends is None:
            self._sentence_ends = self._marks(_SENTENCE_MARK)
        return self._segment(self._sentence_ends, pos)

    def clause(self, pos: int) -> tuple[int, int]:
        if self._clause_ends is None:
            self._clause_ends = self._marks(_CLAUSE_MARK)
        start, end = self._segment(self._clause_ends, pos)
        m = _CONJUNCTION.search(self.folded, start, pos)
        while m is not None:  # "…, but I've asked": the clause restarts at the conjunction
            start = m.start()
            m = _CONJUNCTION.search(self.folded, m.end(), pos)
        return start, end

    def sentence_count(self) -> int:
        """Sentences with some text in them, counted from runs of end marks (C-level findall)."""
        folded = self.folded
        runs = len(_SENTENCE_RUN.findall(folded)) + folded.count(". ")  # a plain class: the fast scan
        tail = folded.rstrip()
        return runs + (1 if tail and tail[-1] not in _SENTENCE_ENDERS else 0)

    def negated(self, pos: int) -> bool:
        negation = self.rs.regex["negation"]
        window = max(0, pos - _NEG_WINDOW)
        if negation.search(self.folded, window, pos) is None:
            return False  # the common case: no need to find the clause at all
        return negation.search(self.folded, max(self.clause(pos)[0], window), pos) is not None

    def conditional(self, pos: int) -> bool:
        start, end = self.sentence(pos)
        return self.rs.regex["conditional"].search(self.folded, start, end) is not None

    def sentence_has(self, pos: int, exempt: re.Pattern[str] | None) -> bool:
        if exempt is None:
            return False
        span = self.sentence(pos)
        compact = self._compact_sentences.get(span)
        if compact is None:
            compact = self._compact_sentences[span] = "".join(self.folded[span[0] : span[1]].split())
        return exempt.search(compact) is not None

    def boundary_before(self, start: int) -> bool:
        return start == 0 or not is_word_char(self.folded[start - 1])

    def boundary_after(self, end: int) -> bool:
        return end >= len(self.folded) or not is_word_char(self.folded[end])


def _scan(doc: _Doc) -> tuple[dict[int, list[tuple[int, int]]], list[_Hit]]:
    """The single multi-pattern pass: rule hits by rule index, and lexicon hits."""
    rs, norm = doc.rs, doc.norm
    compact = norm.compact
    tags_of = rs.tags
    identity = norm.identity
    rule_hits: dict[int, list[tuple[int, int]]] = defaultdict(list)
    lex_hits: list[_Hit] = []
    for key, key_start, key_end in rs.automaton.find_matches_as_indexes(compact, overlapping=True):
        for tag in tags_of[key]:
            if tag[0] == "p":
                pat = rs.patterns[tag[1]]
                span = _match_parts(compact, pat.parts, pat.anchor, key_end, pat.gap)
                if span is None:
                    continue
                start, end = span if identity else norm.span(*span)
                if pat.boundary_start and not doc.boundary_before(start):
                    continue
                if pat.boundary_end and not doc.boundary_after(end):
                    continue
                if len(pat.parts) > 1 and doc.sentence(start)[1] < end:
                    continue  # the parts of one pattern must sit in one sentence
                rule_hits[pat.rule].append((start, end))
            else:
                _, group, value, b_start, b_end, _ = tag
                start, end = (key_start, key_end) if identity else norm.span(key_start, key_end)
                if group == "give" and _MONEY_NEAR.search(doc.folded, end, end + 40) is None:
                    continue  # "给您带来不便": a giving verb with no money after it
                if b_start and not doc.boundary_before(start):
                    continue
                if b_end and not doc.boundary_after(end):
                    continue
                lex_hits.append(_Hit(group, value, start, end))
    return rule_hits, lex_hits


def _steps(doc: _Doc) -> dict[str, int]:
    """First offset of each LAST step's cue; stops once all four are seen. Runs on the folded
    text (same offsets as the original): a presence check needs no obfuscation tolerance."""
    rs, folded = doc.rs, doc.folded
    found: dict[str, int] = {}
    for key, start, end in rs.step_automaton.find_matches_as_indexes(folded, overlapping=True):
        group, b_start, b_end = rs.step_tags[key]
        if group in found:
            continue
        if (b_start and not doc.boundary_before(start)) or (b_end and not doc.boundary_after(end)):
            continue
        found[group] = start
        if len(found) == len(STEPS):
            break
    return found


def _match_parts(
    compact: str, parts: tuple[str, ...], anchor: int, anchor_end: int, gap: int
) -> tuple[int, int] | None:
    """Grow an anchor hit into the whole pattern: earlier parts before it, later parts after,
    each within ``gap`` compact characters of its neighbour."""
    start = anchor_end - len(parts[anchor])
    end = anchor_end
    for part in reversed(parts[:anchor]):
        found = compact.rfind(part, max(0, start - gap - len(part)), start)
        if found < 0:
            return None
        start = found
    for part in parts[anchor + 1 :]:
        found = compact.find(part, end, end + gap + len(part))
        if found < 0:
            return None
        end = found + len(part)
    return start, end


def _phrase_findings(doc: _Doc, index: int, rule: Rule, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept = []
    unless = doc.rs.unless.get(index)
    for start, end in longest_of_overlapping(spans):
        if rule.kind == "followup":  # most follow-ups do name a time: settle that first
            s_start, s_end = doc.sentence(start)
            if doc.rs.regex["time"].search(doc.folded, s_start, s_end):
                continue
        if rule.negatable and doc.negated(start):
            continue
        if rule.conditional_ok and doc.conditional(start):
            continue
        if doc.sentence_has(start, unless):
            continue
        kept.append((start, end))
    return kept


# ---------------------------------------------------------------- compensation


@dataclass(slots=True)
class _Promise:
    start: int
    end: int
    value: float  # in the policy currency
    unvalued: bool  # a definite promise whose value cannot be determined


_PROMISE_GROUPS = ("money", "free", "discount", "multiplier", "give")
# Money right after a giving verb: "给您500元", "give you $20", "send you a 30 euro voucher".
_MONEY_NEAR = re.compile(
    r"[¥$€£]|[\d一二两三四五六七八九十百千万]\s?(?:元|块|圆|%)|\b(?:dollars?|bucks|euros?|pounds?|quid|yuan|rmb|usd|cny)\b"
)
_CONTEXT_GROUPS = ("approval", "replacement")
_ORDER_AFTER = re.compile(r"\s?(?:的)?(?:订单|单|账单|order|bill)")
# A trigger that names its beneficiary or is a completed act commits by itself: 退您, 送你,
# "refund you", "on the house", "crediting".
_SELF_COMMITTING = re.compile(r"您|你|\byou\b|on the house|on us|免单|complimentary|\w(?:ing|ed)\b")


def _currency(amount: Amount, ctx: GuardContext, policy: Policy) -> str:
    if amount.currency == "$":
        return ctx.currency if ctx.currency in ("USD", "HKD", "TWD") else policy.dollar
    return amount.currency or ctx.currency or policy.currency


def _promises(doc: _Doc, hits: list[_Hit], ctx: GuardContext, policy: Policy) -> list[_Promise]:
    """Each sentence that commits to something of value, valued in the policy currency."""
    triggers = _live_triggers(hits)
    if not triggers:
        return []
    by_sentence: dict[tuple[int, int], list[_Hit]] = defaultdict(list)
    for hit in (*triggers, *(h for h in hits if h.group in _CONTEXT_GROUPS)):
        by_sentence[doc.sentence(hit.start)].append(hit)
    order_value = None
    if ctx.order_amount is not None:
        order_value = policy.to_policy_currency(ctx.order_amount, ctx.currency or policy.currency)
    promises = []
    for span, in_sentence in sorted(by_sentence.items()):
        promise = _sentence_promise(doc, span, in_sentence, ctx, policy, order_value)
        if promise is not None:
            promises.append(promise)
    return promises


def _live_triggers(hits: list[_Hit]) -> list[_Hit]:
    """Promise triggers outside a mask: "feel free", "refund policy", "credit card" mask what
    they contain."""
    masks = [(h.start, h.end) for h in hits if h.group == "mask"]
    return [h for h in hits if h.group in _PROMISE_GROUPS and not any(s <= h.start and h.end <= e for s, e in masks)]


def _commits(doc: _Doc, span: tuple[int, int], triggers: list[_Hit]) -> bool:
    """ "关于退款政策" mentions a refund; "退您" or "we will refund" promises one."""
    trigger_text = " ".join(doc.folded[h.start : h.end + 4] for h in triggers)
    return bool(_SELF_COMMITTING.search(trigger_text) or doc.rs.regex["commit"].search(doc.folded, *span))


def _sentence_amounts(
    doc: _Doc, span: tuple[int, int], ctx: GuardContext, policy: Policy, order_value: float | None
) -> tuple[list[Amount], float | None]:
    """The amounts a sentence promises, and the order's value (from the context, else from an
    amount the sentence gives as the order's price: "您的订单金额为300元")."""
    s_start, s_end = span
    order_keys = doc.rs.lexicon_keys.get("order_context", ())
    amounts, order_amounts = [], []
    for a in find_amounts(doc.folded, s_start, s_end):
        after = doc.folded[a.end : a.end + 4]
        before = "".join(doc.folded[max(s_start, a.start - 12) : a.start].split())
        if any(k in before for k in order_keys) or _ORDER_AFTER.match(after):
            order_amounts.append(a)
        elif not doc.negated(a.start):
            amounts.append(a)
    if order_value is None and order_amounts and not order_amounts[0].discount:
        first = order_amounts[0]
        order_value = policy.to_policy_currency(first.value, _currency(first, ctx, policy))
    return amounts, order_value


def _value(
    amounts: list[Amount],
    factors: list[float],
    triggers: list[_Hit],
    order_value: float | None,
    ctx: GuardContext,
    policy: Policy,
) -> tuple[float, bool]:
    """The promise's worth in the policy currency, and whether part of it cannot be valued."""
    value, unvalued = 0.0, False
    for a in amounts:
        if a.discount:
            if order_value is None:
                unvalued = True
            else:
                value += a.value * order_value
            continue
        converted = policy.to_policy_currency(a.value, _currency(a, ctx, policy))
        if converted is None:
            unvalued = True
        else:
            value += converted
    for factor in factors:
        if amounts and factor <= 1:
            continue  # "全额退款35元": the stated amount is the refund
        if amounts:
            value = max(value, factor * value)  # "双倍赔偿200元": read the larger way (fail closed)
        elif order_value is None:
            unvalued = True
        else:
            value += factor * order_value
    if not amounts and not factors:
        if order_value is not None and any(h.group == "money" for h in triggers):
            value += order_value  # an unquantified refund is taken as the whole order
        else:
            unvalued = True
    return value, unvalued


def _sentence_promise(
    doc: _Doc,
    span: tuple[int, int],
    in_sentence: list[_Hit],
    ctx: GuardContext,
    policy: Policy,
    order_value: float | None,
) -> _Promise | None:
    groups = {h.group for h in in_sentence}
    triggers = [h for h in in_sentence if h.group in _PROMISE_GROUPS and not doc.negated(h.start)]
    if not triggers or "approval" in groups or not _commits(doc, span, triggers):
        return None
    amounts, order_value = _sentence_amounts(doc, span, ctx, policy, order_value)
    factors = [float(h.value) for h in triggers if h.group == "multiplier"]
    if all(h.group == "give" for h in triggers) and not amounts and not factors:
        return None  # "give you" / "给您" promise money only when an amount goes with them
    if not amounts and not factors and all(h.group == "free" for h in triggers) and "replacement" in groups:
        return None  # a free replacement, repair or re-make is not compensation
    value, unvalued = _value(amounts, factors, triggers, order_value, ctx, policy)
    points = [(h.start, h.end) for h in triggers] + [(a.start, a.end) for a in amounts]
    return _Promise(min(p[0] for p in points), max(p[1] for p in points), value, unvalued)


def _money(value: float, policy: Policy) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".") + f" {policy.currency}"


# ---------------------------------------------------------------- assembling


def detect_script(text: str) -> str:
    """en / zh-Hans / zh-Hant for picking suggestions; drafting has its own detector."""
    if text.isascii():
        return "en"
    wide = (len(text.encode("utf-8")) - len(text)) // 2  # Han characters take 3 bytes in UTF-8
    if wide < max(2, len(text) // 10):
        return "en"
    sample = text[:100]  # the script shows in the first lines; no need to scan a long email
    traditional = len(sample) - len(sample.translate(_traditional_table()))
    return "zh-Hant" if traditional >= max(1, min(wide, 100) // 50) else "zh-Hans"


@cache
def _traditional_table() -> list[str]:
    """A translate() table deleting Traditional-only characters: the length change counts them."""
    table = [chr(cp) for cp in range(0x10000)]
    for cp, ch in fold_table().items():
        if cp < 0x10000 and is_han(chr(cp)) and is_han(ch):
            table[cp] = ""
    return table


def _suggestion(rule: Rule, excerpt: str, language: str) -> str:
    zh = has_han(excerpt) or (language.startswith("zh") and not excerpt)
    return _suggestion_text(rule.id, rule.suggestion.get("zh" if zh else "en", ""), zh, language)


@cache
def _suggestion_text(rule_id: str, text: str, zh: bool, language: str) -> str:
    """Converted once per rule and script: OpenCC is the costly part of a finding."""
    if zh and language == "zh-Hant":
        return str(converter("s2t").convert(text))
    return text


class _Builder:
    def __init__(self, doc: _Doc, language: str) -> None:
        self.doc = doc
        self.language = language
        self.findings: list[Finding] = []

    def add(self, rule: Rule, start: int, end: int, **values: Any) -> None:
        excerpt = self.doc.text[start:end]
        message = rule.message.format_map(defaultdict(str, values)) if values else rule.message
        self.findings.append(
            Finding(  # validating is faster than model_construct here, and checks our own output
                rule=rule.id,
                category=rule.category,
                severity=rule.severity,
                start=start,
                end=end,
                excerpt=excerpt,
                message=message,
                suggestion=_suggestion(rule, excerpt, self.language),
            )
        )


def _rule(rs: Ruleset, rule_id: str) -> Rule:
    rule = rs.by_id.get(rule_id)
    if rule is None:
        raise DrafterError(f"rule pack lacks the built-in rule {rule_id}", rule=rule_id)
    return rule


def _findings(
    text: str, authority: Authority, ctx: GuardContext, policy: Policy, rs: Ruleset, language: str | None
) -> tuple[list[Finding], str]:
    doc = _Doc(text, rs)
    lang = language or detect_script(text)
    out = _Builder(doc, lang)
    rule_hits, lex_hits = _scan(doc)
    for index, spans in sorted(rule_hits.items()):
        rule = rs.rules[index]
        if lang not in rule.languages:
            continue
        for start, end in _phrase_findings(doc, index, rule, spans):
            out.add(rule, start, end)
    if authority.limit is not None:
        _compensation_findings(out, _promises(doc, lex_hits, ctx, policy), authority, policy, rs)
    _structure_findings(out, doc, lang, rs)
    out.findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return out.findings, lang


def _compensation_findings(
    out: _Builder, promises: list[_Promise], authority: Authority, policy: Policy, rs: Ruleset
) -> None:
    """Each promise over the limit; else each one that cannot be valued; else their sum if over."""
    over, unvalued = _rule(rs, "compensation.over_limit"), _rule(rs, "compensation.unvalued")
    limit, role = authority.limit or 0.0, authority.role
    flagged = False
    for p in promises:
        if p.value > limit:
            flagged = True
            out.add(over, p.start, p.end, value=_money(p.value, policy), limit=_money(limit, policy), role=role)
        elif p.unvalued:
            out.add(unvalued, p.start, p.end, role=role)
    total = sum(p.value for p in promises)
    if promises and not flagged and total > limit:
        last = promises[-1]
        out.add(over, last.start, last.end, value=_money(total, policy), limit=_money(limit, policy), role=role)


def _structure_findings(out: _Builder, doc: _Doc, lang: str, rs: Ruleset) -> None:
    structure = _rule(rs, "structure.missing_step")
    if lang not in structure.languages or len(doc.text) < _MIN_REPLY:
        return
    present = _steps(doc)
    missing = [step for step in STEPS if f"step_{step}" not in present]
    if missing and doc.sentence_count() >= 3:  # counted only when a step is missing
        for step in missing:
            at = 0 if step in ("listen", "apologize") else len(doc.text)
            out.add(structure, at, at, step=step.capitalize())


def check(
    text: str,
    *,
    role: str | None = None,
    context: GuardContext | dict[str, Any] | None = None,
    policy: Policy | None = None,
    language: str | None = None,
    ruleset: Ruleset | None = None,
) -> GuardReport:
    """Check one reply. Bad arguments raise ``InputError``; an engine fault blocks (fail closed)."""
    policy = policy or load_policy()
    if not isinstance(text, str):
        raise InputError("text must be a string")
    return check_with(text, policy.authority(role), GuardContext.of(context), policy, language, ruleset)


def check_with(
    text: str,
    authority: Authority,
    ctx: GuardContext,
    policy: Policy,
    language: str | None = None,
    ruleset: Ruleset | None = None,
) -> GuardReport:
    """``check`` for callers that have already resolved the role and validated the context."""
    if language not in (None, "auto", "en", "zh-Hans", "zh-Hant"):
        raise InputError(f"unknown language {language!r} (use en, zh-Hans or zh-Hant)")
    try:
        rs = ruleset or default_ruleset()
        findings, lang = _findings(text, authority, ctx, policy, rs, None if language == "auto" else language)
        version = rs.version
    except Exception as exc:  # a broken rule pack or an engine bug: fail closed
        findings, lang, version = [_fault(text, exc)], language or "unknown", "unavailable"
    verdict: Verdict = "pass"
    for f in findings:
        v = policy.verdict_for(f.severity) if f.rule != "engine.error" else "block"
        if VERDICT_RANK[v] > VERDICT_RANK[verdict]:
            verdict = v
    report = {
        "verdict": verdict,
        "findings": findings,
        "role": authority.role,
        "language": lang,
        "policy": policy.name,
        "rules_version": version,
    }
    return GuardReport.model_validate(report)  # the dict path validates faster than keywords


def _fault(text: str, exc: Exception) -> Finding:
    return Finding(
        rule="engine.error",
        category="guardrail_error",
        severity="critical",
        start=0,
        end=len(text),
        excerpt=text[:80],
        message=f"the guardrail failed ({type(exc).__name__}: {exc}); the draft is blocked until it can be checked",
        suggestion="Fix the rule pack or policy, then check the draft again.",
    )


def last_steps(text: str, ruleset: Ruleset | None = None) -> dict[str, int]:
    """Offset of the first cue of each LAST step found in ``text``: the deterministic step
    detector shared by the structure rule and the eval's structure metrics."""
    return {group[5:]: start for group, start in _steps(_Doc(text, ruleset or default_ruleset())).items()}
