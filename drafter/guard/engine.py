"""The guardrail: one Aho-Corasick pass over normalised text, then per-hit checks
(word boundaries, negation, conditionals, exemptions) and the compensation valuation."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from drafter.errors import DrafterError, InputError
from drafter.guard.normalize import Normalized, fold_table, normalize, word_end, word_start
from drafter.guard.report import Finding, GuardContext, GuardReport
from drafter.guard.rules import GLUED, GROUPS, Rule, Ruleset, default_ruleset
from drafter.policy import VERDICT_RANK, Authority, Policy, Verdict, load_policy
from drafter.spans import longest_of_overlapping
from drafter.text import STEPS, has_han, quoted_spans, to_traditional

if TYPE_CHECKING:  # amounts and language load when a reply needs them: `drafter check` starts faster
    from drafter.guard.amounts import Amount

# A sentence may open with a list number ("2. ", "1) "): its dot ends nothing.
_SENTENCE_MARK = re.compile(
    r"(?:[ \t]*\d{1,2}[.)][ \t])?[^。！？!?；;\n….]*(?:\.(?! )[^。！？!?；;\n….]*)*(?:[。！？!?；;\n…]|\. |$)"
)
# With line breaks: one between two words ("a written\nstatement") is a wrap, not an end.
_SENTENCE_MARK_WRAPPED = re.compile(
    r"(?:[ \t]*\d{1,2}[.)][ \t])?(?:[^。！？!?；;\n….]|(?<=[a-z,])\n(?=[a-z]))*"
    r"(?:\.(?! )(?:[^。！？!?；;\n….]|(?<=[a-z,])\n(?=[a-z]))*)*(?:[。！？!?；;\n…]|\. |$)"
)
_SENTENCE_ENDERS = "。！？!?；;\n…"
_SENTENCE_RUN = re.compile(f"[{_SENTENCE_ENDERS}]+")
_ENDER = re.compile(f"[{_SENTENCE_ENDERS}]|\\. ")  # any sentence end at all: the precise split only then
# Digits hold their separators: "NT$1,136" and "12:30" are one clause.
_CLAUSE_BODY = r"[^。！？!?；;\n…,，、:：.]*"
_CLAUSE_MARK = re.compile(
    rf"(?:[ \t]*\d{{1,2}}[.)][ \t])?{_CLAUSE_BODY}(?:(?:\.(?! )|(?<=\d)[,:](?=\d)){_CLAUSE_BODY})*"
    r"(?:[。！？!?；;\n…,，、:：]|\. |$)"
)
_CONJUNCTION = re.compile(
    r"\bbut\b|\bhowever\b|\bso\b|(?<!hundred )(?<!thousand )\band\b|\bwhile\b"
    r"|但是|不过|可是|然而|所以|因此|而且|并且|\s-\s"
)
_NEG_WINDOW = 16
_OPEN_ENDED = "compensation.open_ended"  # fires from its phrases and from the promise reading
_ZH_NEG_REACH = 2  # characters between a Chinese negation and what it negates
_OFFER_NEG_WINDOW = 40  # "I'm not able to offer a discount": the clause's negation, further back
_SUBJECTLESS = re.compile(r"\s*(?:也|还|并|会|将|另外|同时|亦|再|随后|之后|然后|(?:and|also|then|plus|we ll|will)\b)")
_OUR = re.compile(r"\b(?:our|my)\b")
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
        self._quotes: list[tuple[int, int]] | None = None
        self.anchored: dict[int, list[int]] = {}  # regex group (rule * GROUPS + group) -> anchor hits

    def _marks(self, segments: re.Pattern[str]) -> list[int]:
        """Offsets just past each boundary mark: the lengths of the segments ``findall`` returns,
        summed at C speed (no match objects)."""
        return list(accumulate(map(len, segments.findall(self.folded))))

    def _segment(self, ends: list[int], pos: int) -> tuple[int, int]:
        k = bisect_right(ends, pos)
        return (ends[k - 1] if k else 0), (ends[k] if k < len(ends) else len(self.folded))

    def sentence(self, pos: int) -> tuple[int, int]:
        if self._sentence_ends is None:
            self._sentence_ends = self._marks(_SENTENCE_MARK_WRAPPED if "\n" in self.folded else _SENTENCE_MARK)
        return self._segment(self._sentence_ends, pos)

    def quotes(self) -> list[tuple[int, int]]:
        if self._quotes is None:
            frame = self.rs.regex["instruction_frame"]
            # An instruction frame before the quotation ("请直接写：“…”", "say 'we accept …'") makes
            # the quoted words the reply's own: they are read, not exempted as someone's report.
            self._quotes = [
                (s, e)
                for s, e in quoted_spans(
                    self.text, self.rs.regex["reported_speech"], self.folded, self.rs.regex["reported_after"]
                )
                if not frame.fullmatch(self.folded, self.sentence(s - 1)[0], s - 1)
            ]
        return self._quotes

    def clause(self, pos: int) -> tuple[int, int]:
        if self._clause_ends is None:
            self._clause_ends = self._marks(_CLAUSE_MARK)
        start, end = self._segment(self._clause_ends, pos)
        m = _CONJUNCTION.search(self.folded, start, pos)
        while m is not None:  # "…, but I've asked": the clause restarts at the conjunction
            start = m.start()
            m = _CONJUNCTION.search(self.folded, m.end(), pos)
        return start, end

    def sentence_count(self, enough: int = 1 << 30) -> int:
        """Sentences with some text in them, counted from runs of end marks; the count stops
        once it reaches ``enough`` (a long reply is not scanned to its end for "at least 3")."""
        folded = self.folded
        runs = folded.count(". ")
        if runs < enough:
            for _ in _SENTENCE_RUN.finditer(folded):
                runs += 1
                if runs >= enough:
                    return runs
        tail = folded.rstrip()
        return runs + (1 if tail and tail[-1] not in _SENTENCE_ENDERS else 0)

    def negated(self, pos: int, reach: int = _NEG_WINDOW, close: bool = False) -> bool:
        negation = self.rs.regex["negation"]
        window = max(0, pos - reach)
        if negation.search(self.folded, window, pos) is None:
            return False  # the common case: no need to find the clause at all
        for m in negation.finditer(self.folded, max(self.clause(pos)[0], window), pos):
            # A Chinese negation governs what follows it closely ("不是我们的错", "不能怪您"); one
            # inside the subject ("器材未及时更换是本馆的责任", "不制冷是因为您…") does not reach past it.
            if (
                not close
                or m.group(0).isascii()
                or (
                    pos - m.end() <= _ZH_NEG_REACH
                    and self.rs.regex["negation_bridge"].fullmatch(self.folded, m.end(), pos) is not None
                )
            ):
                return True
        return False

    def conditional(self, pos: int) -> bool:
        """A condition on the facts ("如果核实是我们的问题", "if we were at fault") leaves the
        outcome open; a bargain ("只要您不再投诉", "if you delete the review") does not."""
        start, end = self.sentence(pos)
        return self.rs.regex["conditional"].search(self.folded, start, end) is not None

    def quoted(self, start: int, end: int) -> bool:
        """Inside reported speech: 店员说「这不是我们的事」, the driver told you 'not my problem'."""
        # Reaching into the quotation, or a regex hit that spans a whole reported quotation
        # ("told you it was 'not our problem' - that is"): its words are the quoted ones.
        return any(s <= start < e or s < end <= e or start <= s < e <= end for s, e in self.quotes())

    def voiced(self, start: int, end: int) -> bool:
        """The reply's own voice near a span ("we", "I", "you"), within its sentence; a sentence
        with no subject of its own ("也会附上一份书面道歉") speaks in the previous one's voice."""
        s_start, s_end = self.sentence(start)
        voice = self.rs.regex["voice"]
        if voice.search(self.folded, max(s_start, start - 30), min(s_end, end + 30)) is not None:
            return True
        if s_start and _SUBJECTLESS.match(self.folded, s_start):
            p_start, p_end = self.sentence(s_start - 1)
            return voice.search(self.folded, p_start, p_end) is not None
        return False

    def reported(self, pos: int) -> bool:
        """Reported without quotation marks: 同事又叫你自己找原厂, the rep told you to call them,
        and the customer's own words restated in the same clause (你话出差冇办法返嚟签收)."""
        start = self.sentence(pos)[0]
        frame = self.rs.regex["instruction_frame"].match(self.folded, start, pos)
        if frame is not None and frame.end() > start and frame.group(0).strip():
            return False  # "回复他说这是我们的错", "reply that we …": an instruction, the reply's own words
        for m in self.rs.regex["reported_clause"].finditer(self.folded, max(start, pos - 30), pos + 2):
            if not self.report_closed(m.end(), pos):
                return True
        if self.rs.regex["customer_said"].search(self.folded, self.clause(pos)[0], pos) is not None:
            return True
        return self.asked(pos)  # "您希望我们出具书面说明，证明是我们的查勘员弄坏了地板": their ask restated

    def report_closed(self, frame_end: int, pos: int) -> bool:
        """The report ended before ``pos`` (issue 9): "司机说已经送到了，您确定…吗" reports the driver's
        clause only; the question after it is the reply's own. A bare frame ("店员告诉您，…") reports
        what follows the comma, so the reported clause must have words of its own first."""
        if frame_end >= pos:
            return False
        folded = self.folded
        for m in self.rs.regex["reported_end"].finditer(folded, frame_end, pos + 12):
            if m.start() >= pos:
                break
            if _BARE_REPORT.fullmatch(folded, frame_end, m.start()) is None:
                return True
        c_start, c_end = self.clause(pos)
        if c_start <= frame_end or _BARE_REPORT.fullmatch(folded, frame_end, c_start) is not None:
            return False
        return self.rs.regex["reported_own"].search(folded, c_start, c_end) is not None

    def self_named(self, start: int, end: int) -> bool:
        """The business named in a blame hit is the one writing (issue 9): the reply calls it ours
        (我哋酒店, "our bank", "the hotel team", a sign-off naming it) or owns a fault of its own in
        that sentence or the one before, with no "not us" set against the business."""
        rx = self.rs.regex
        noun = rx["self_business"].search(self.folded, start, end)
        if noun is None:
            return False
        s_start, s_end = self.sentence(start)
        if rx["not_us"].search(self.folded, s_start, s_end) is not None:
            return False
        if _OTHER_BUSINESS.search(self.folded[max(s_start, noun.start() - 6) : noun.start()]) is not None:
            return False  # 这不是物业的事, 我们合作酒店, "a partner hotel", 间餐厅: disowned or another one
        n = re.escape(noun.group(0))
        ours = re.compile(
            rf"(?:我们|我哋|本|我)(?:的|嘅)?{n}|{n}(?:全体|团队|管理层)"
            rf"|\b(?:our|this) {n}\b|\b(?:the )?{n} (?:team|staff|management)\b"
        )
        if ours.search(self.folded) is not None:
            return True
        sign_start = self.sentence(len(self.folded) - 1)[0]
        sign = self.folded[sign_start:]
        if sign_start >= s_end and len(sign) <= 30 and re.search(n, sign) and not _ADDRESSED.search(sign):
            return True  # signed off as the business: "Regards, Harbour Hotel", 某某银行客服部
        if rx["own_fault"].search(self.folded, s_start, s_end) is not None:
            return True
        return s_start > 0 and rx["own_fault"].search(self.folded, *self.sentence(s_start - 1)) is not None

    def asked(self, pos: int) -> bool:
        """The customer's ask frames the words at ``pos``: a request earlier in the sentence ("您希望
        我们出具书面说明，证明是我们的…", "you've asked for a refund of $200 and reimbursement of the $35"),
        with no clause of the reply's own ("but we", 我们…) begun between them."""
        s_start = self.sentence(pos)[0]
        frame = _last(self.rs.regex["asked_frame"], self.folded, s_start, pos)
        if frame is None:
            return False
        turn = self.rs.regex["asked_turn"]
        at = frame.end()
        while True:
            c_end = self.clause(at)[1]
            if c_end >= pos or c_end <= at:
                return True
            if turn.match(self.folded, c_end) is not None:
                return False
            at = c_end + 1 if c_end + 1 < pos else c_end

    def ironic(self, pos: int) -> bool:
        """The customer's claim echoed in mock surprise: "哦，原来…是我们的问题呀", "Oh, so it's our fault, is
        it?" (an interjection with 原来/so first, a mocking tag last): quoted back, not admitted."""
        s_start, s_end = self.sentence(pos)
        return (
            self.rs.regex["ironic_open"].match(self.folded, s_start) is not None
            and self.rs.regex["ironic_close"].search(self.folded, pos, s_end) is not None
        )

    def outside_ours(self, start: int, end: int) -> bool:
        """The hit's last "our"/"my" names an outside party ("caused by our courier partner"): the
        fault is laid on them, not admitted (that is blame, read by its own rules)."""
        ends = [m.end() for m in _OUR.finditer(self.folded, start, end)]
        return bool(ends) and self.rs.regex["outside_ours"].match(self.folded, ends[-1]) is not None

    def has(self, name: str, start: int, end: int) -> re.Match[str] | None:
        return self.rs.regex[name].search(self.folded, start, end)

    def sentence_has(self, pos: int, exempt: re.Pattern[str] | None) -> bool:
        if exempt is None:
            return False
        span = self.sentence(pos)
        compact = self._compact_sentences.get(span)
        if compact is None:
            compact = self._compact_sentences[span] = "".join(self.folded[span[0] : span[1]].split())
        # An exemption that offers help counts only when it is not itself refused: "没法给您特殊处理"
        # withholds the exception that "特殊处理" would grant.
        refused = self.rs.regex["refused_exemption"]
        for m in exempt.finditer(compact):
            if not has_han(m.group(0)[:1]) or refused.search(compact, max(0, m.start() - 10), m.start()) is None:
                return True
        return False

    def refused_speech(self, pos: int) -> bool:
        """Words the reply says it will not say ("我们不会说这是您的问题", "we won't tell you 'rules are
        rules'", 这不是要追究谁对谁错): the refused words are mentioned, not said."""
        refused = self.rs.regex["refused_speech"]
        m = refused.search(self.folded, max(0, pos - 40), pos + 8)
        if m is None or m.start() >= pos:
            return False  # the common case: no clause map needed
        start, end = self.clause(pos)
        # The frame may run into the hit ("不是要追究您的责任": the hit starts at 追究).
        m = refused.search(self.folded, max(start, pos - 40), min(end, pos + 8))
        return m is not None and m.start() < pos

    def boundary_before(self, start: int, glued: bool = False) -> bool:
        """A real word edge of the original text: "it's parked" holds no word "sparked"."""
        return word_start(self.text, self.folded, start, glued)

    def boundary_after(self, end: int) -> bool:
        return word_end(self.text, self.folded, end)


def _scan(doc: _Doc) -> tuple[dict[int, list[tuple[int, int]]], list[_Hit]]:
    """The single multi-pattern pass: rule hits by rule index, and lexicon hits."""
    rule_hits, lex_hits = _scan_norm(doc, doc.norm)
    if doc.norm.leet_one:  # "1" stood for a letter: "fau1t" read as "fault", "f1x" as "fix"
        more, _ = _scan_norm(doc, normalize(doc.text, one="i"))
        for index, spans in more.items():
            rule_hits[index].extend(spans)
    return rule_hits, lex_hits


def _scan_norm(doc: _Doc, norm: Normalized, later: bool = False) -> tuple[dict[int, list[tuple[int, int]]], list[_Hit]]:
    rs = doc.rs
    compact = norm.compact
    tags_of = rs.later_tags if later else rs.tags
    identity = norm.identity
    rule_hits: dict[int, list[tuple[int, int]]] = defaultdict(list)
    lex_hits: list[_Hit] = []
    if later:
        matches = rs.later_automaton.find_matches_as_indexes(compact, overlapping=True)
    else:
        matches = rs.scanner.find(compact)
    for key, key_start, key_end in matches:
        for tag in tags_of[key]:
            if tag[0] == "p":
                pat = rs.patterns[tag[1]]
                span = (
                    _match_parts(compact, rs, tag[1], key_start, key_end)
                    if len(pat.parts) > 1
                    else (key_start, key_end)
                )
                if span is None:
                    continue
                start, end = span if identity else norm.span(*span)
                if pat.boundary_start and not doc.boundary_before(start):
                    if pat.anchor == 0:
                        continue
                    # The first part was found inside a word ("our" in "your"): an earlier one may start one.
                    span = _match_parts(
                        compact, rs, tag[1], key_start, key_end, lambda c: doc.boundary_before(norm.to_original(c))
                    )
                    if span is None:
                        continue
                    start, end = span if identity else norm.span(*span)
                if pat.boundary_end and not doc.boundary_after(end):
                    continue
                if len(pat.parts) > 1 and _ENDER.search(doc.folded, start, end) and doc.sentence(start)[1] < end:
                    continue  # the parts of one pattern must sit in one sentence
                rule_hits[pat.rule].append((start, end))
            elif tag[0] == "r":  # a regex group's anchor: the text around it gets the regexes later
                start = key_start if identity else norm.to_original(key_start)
                if tag[2] and not doc.boundary_before(start, tag[2] == GLUED):
                    continue
                if tag[3] and not doc.boundary_after(key_end if identity else norm.to_original(key_end - 1) + 1):
                    continue
                doc.anchored.setdefault(tag[1], []).append(start)
            else:
                _, group, value, b_start, b_end, _ = tag
                start, end = (key_start, key_end) if identity else norm.span(key_start, key_end)
                if group == "give" and not _money_near(doc.folded, start, end, value):
                    continue  # "给您带来不便": a giving verb with no money near it
                if b_start and not doc.boundary_before(start, b_start == GLUED):
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
        if (b_start and not doc.boundary_before(start, b_start == GLUED)) or (b_end and not doc.boundary_after(end)):
            continue
        found[group] = start
        if len(found) == len(STEPS):
            break
    return found


def _match_parts(
    compact: str, rs: Ruleset, index: int, start: int, end: int, first_ok: Callable[[int], bool] | None = None
) -> tuple[int, int] | None:
    """Grow an anchor hit into the whole pattern: earlier parts before it, later parts after,
    each within its gap of its neighbour (the nearest one wins; gap 0: right next to it).
    ``first_ok``: the first part is the nearest occurrence that starts a word ("our" in "our
    clerk entered your details", not the "our" inside "your")."""
    pat = rs.patterns[index]
    gaps, longest = pat.gaps, pat.longest
    for i in range(pat.anchor - 1, -1, -1):
        gap = gaps[i + 1]
        if gap == 0:
            alts, sizes = rs.part_set(index, i)
            size = next((n for n in sizes if compact[max(0, start - n) : start] in alts and n <= start), 0)
            if not size:
                return None
            start -= size
            continue
        found = list(rs.finder(index, i).finditer(compact, max(0, start - gap - longest[i]), start))
        if first_ok is not None and i == 0:
            found = [m for m in found if first_ok(m.start())]
        if not found:
            return None
        start = found[-1].start()
    for i in range(pat.anchor + 1, len(pat.parts)):
        gap = gaps[i]
        if gap == 0:
            alts, sizes = rs.part_set(index, i)
            size = next((n for n in sizes if end + n <= len(compact) and compact[end : end + n] in alts), 0)
            if not size:
                return None
            end += size
            continue
        m = rs.finder(index, i).search(compact, end, end + gap + longest[i])
        if m is None:
            return None
        end = m.end()
    return start, end


def _phrase_findings(doc: _Doc, index: int, rule: Rule, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept = []
    unless = doc.rs.unless(index)
    for start, end in longest_of_overlapping(spans):
        if rule.kind == "followup":  # most follow-ups do name a time: settle that first
            s_start, s_end = doc.sentence(start)
            if doc.rs.regex["time"].search(doc.folded, s_start, s_end):
                continue
        if rule.negatable and doc.negated(start, close=True):
            continue
        if rule.conditional_ok and doc.conditional(start):
            continue
        if doc.sentence_has(start, unless):
            continue
        if rule.quotable and (doc.quoted(start, end) or doc.reported(start) or doc.refused_speech(start)):
            continue  # someone else's words, reported: "店员说「这不是我们的事」"
        if rule.voiced and not doc.voiced(start, end):
            continue  # "居委会出具证明": what someone else wrote
        if rule.category == "blame_discussion" and doc.self_named(start, end):
            continue  # the hotel writing 责任喺酒店 about itself admits, it does not blame
        if rule.category == "liability_admission" and (doc.outside_ours(start, end) or doc.ironic(start)):
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
    open: bool = False  # "all your costs", "whatever it costs": no bound at all
    total: bool = False  # the sentence states a total ("共50元") that may include earlier promises


# A bill brought down from one amount to another: "原为420元，已为您调整为120元", "reduced it from $420 to $120".
_REDUCED_TO_ZH = r"(?:调整|调|调低|下调|降|降低|减|减少|改|更改|修改|更正)(?:为|至|到|成)"
_REDUCED_TO_EN = r"\bto(?= ?(?:[$¥€£]|(?:us|hk|nt|a|c)\$|(?:usd|hkd|twd|ntd|gbp|eur|rmb|cny) ?\d|\d))"
_REDUCED_TO = re.compile(f"{_REDUCED_TO_ZH}|{_REDUCED_TO_EN}")
# Searched apart in the cheap test: a pattern opening on literals is scanned for its first characters,
# the joint one (whose English half opens on \b) tries every position of every reply.
_REDUCED_TO_ZH_ONLY = re.compile(_REDUCED_TO_ZH)
_REDUCED_TO_EN_ONLY = re.compile(_REDUCED_TO_EN)
_REDUCING_HAN = ("调", "降", "减", "改", "更正")
_REDUCING_WORDS = (
    "reduc",
    "adjust",
    "lower",
    "brought",
    "cut",
    "dropped",
    "knocked",
    "taken",
    "changed",
    "correct",
    "amend",
)


def _reduction_cue(folded: str) -> bool:
    """A cheap literal test before the reduction regex: most replies bring no amount down (the regex
    alone, with no literal to start from, would cost every check a scan)."""
    if any(w in folded for w in _REDUCING_HAN) and _REDUCED_TO_ZH_ONLY.search(folded):
        return True
    return any(w in folded for w in _REDUCING_WORDS) and _REDUCED_TO_EN_ONLY.search(folded) is not None


_REDUCING_EN = re.compile(
    r"\b(?:reduced|adjusted|lowered|brought|cut|dropped|knocked|taken|changed|corrected|amended)\b"
)
_REDUCED_FROM = re.compile(r"原为|原本|原来|原是|原价|本来|由|从|\bfrom\b|\bwas\b|\bof\b")
# ... the customer's own bill or account, brought down for them: 为您, 您本月账单, "your bill".
_REDUCED_FOR_YOU = re.compile(r"您|你|阁下|\byour?\b")
# A rate per period after or before its amount ("£18 a month", "$120 per night", 每月30元, 每晚480元), and a
# period named beside a gift ("free month", "一个月免费", "two nights free").
_RATE_AFTER = re.compile(r"\s?(?:/|a |an |per |each |every |每)\s?(?P<u>month|night|week|year|月|晚|周|年)\b")
_RATE_BEFORE = re.compile(r"(?:每|每个|每一)(?P<u>月|晚|周|年)[^\d\s,，。;；]{0,6}$")
_PERIOD_WORD = re.compile(r"\b(?P<u>month|night|week|year)s?\b|(?:个)?(?P<z>月|晚|周|年)(?=[^份度底初末]|$)")
_PERIOD_KIND = {"month": "m", "月": "m", "night": "n", "晚": "n", "week": "w", "周": "w", "year": "y", "年": "y"}
# A turn back to the reply's own offer after a third party is named: "方便您向保险公司报备，
# 同时赔偿您1000元", "the airline will rebook you, plus a $300 refund to your card".
_OWN_TURN = re.compile(r"同时|另外|此外|并且|\b(?:also|in addition|additionally|plus)\b")
_PROMISE_GROUPS = ("money", "free", "discount", "multiplier", "give", "cover", "accept")
# Money near a giving verb: "给您500元", "give you $20", "transfer €1.500,00 to your account".
_MONEY_NEAR = re.compile(
    r"[¥$€£]|[\d一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]\s?(?:元|块|圆|蚊|%)"
    r"|\b(?:dollars?|bucks|euros?|pounds?|quid|yuan|rmb|usd|cny|eur|gbp|hkd|twd|ntd|jpy)\b"
    r"|\b(?:double|triple|twice|full)\b|双倍|两倍|三倍|全额|美元|美金|欧元|英镑|港币|港元|台币|日元"
)
_CONTEXT_GROUPS = ("approval", "replacement")
_SENTENCE_STOP = re.compile(r"[。！？!?；;\n]|\.(?!\d)")


def _money_near(folded: str, start: int, end: int, where: str | None) -> bool:
    """Money right after a giving verb ("给您500元", "send you a $20"), right before a
    destination ("$150 to your account", "500元打到您的账户"), or either side of a transfer
    ("转帐新台币3,000元给您"), within the sentence: "会给您电话答复。少送的饮料共12元" gives no money."""
    if where != "to":
        stop = _SENTENCE_STOP.search(folded, end, end + 40)
        if _MONEY_NEAR.search(folded, end, stop.start() if stop else end + 40) is not None:
            return True
    if where not in ("to", "both"):
        return False
    lo = max(0, start - 40)
    for m in _SENTENCE_STOP.finditer(folded, lo, start):
        lo = m.end()
    return _MONEY_NEAR.search(folded, lo, start) is not None


# "your £86.40 order", "168元的订单": the order's price; not "$80 order credit", "20元订单券", "180元的账单减免"
# (a reduction of the bill by that much).
_ORDER_AFTER = re.compile(
    r"\s?(?:的)?(?:订单|单|账单|\border\b|\bbill\b)"
    r"(?!\s?(?:券|优惠|红包|抵扣|减免|减|折让|补偿|赔偿|返还|返现|credit|voucher|coupon|discount|refund|reduction|rebate))"
)
# A trigger that names its beneficiary or is a completed act commits by itself: 退您, 送你,
# "refund you", "on the house", "crediting".
_SELF_COMMITTING = re.compile(
    r"[^，,。；;！!？?]{0,3}?(?:您|你)"
    r"|(?:(?!\b(?:while|when|whilst|until|as|since|because|if|once|after|before|unless|so|and|but)\b)[a-z ]){0,10}?"
    r"\byou\b(?! (?:would|will|can|could|should|have|had|need|must|may|might|are|were|re|ll|d|to|if)\b)"
)
_WAIVER = re.compile(
    r"不收|唔收|免收|不计费|不用付|唔使俾|唔使畀|全免|全部免|\b(?:won t|will not|not) (?:be )?(?:charg|bill)"
)
# Only the business can waive its own bill: "the whole meal's on the house" speaks in its voice.
_OWN_VOICE = re.compile(r"on the house|\bon us\b|免单|\bcomp(?:ed|ing)\b")
_COMMITTING_TRIGGER = re.compile(r"您|你|\byou\b|on the house|on us|免单")


def _self_committing(folded: str, hit: _Hit) -> bool:
    """The trigger names its beneficiary ("退您", "on the house") or is followed by them
    ("全额退款给您", "refund you"); "refund you would get" is not."""
    return bool(
        _COMMITTING_TRIGGER.search(folded, hit.start, hit.end) or _SELF_COMMITTING.match(folded, hit.end, hit.end + 16)
    )


# Just before a business noun: it is disowned (不是物业的事) or another one (合作酒店, "a partner hotel", 间餐厅).
_OTHER_BUSINESS = re.compile(
    r"不是|唔系|并非|非|合作|另一|另外|其他|那家|那间|间|家|\b(?:not|partner|another|other|that)\b"
)

# A last sentence that speaks to someone is no sign-off: 请自行联络银行, "please contact the bank".
_ADDRESSED = re.compile(r"您|你|请|联络|联系|找|\b(?:you|please|contact|call)\b")

# Between a report's verb and a comma, nothing reported yet: "店员告诉您，…", "he told you, …".
_BARE_REPORT = re.compile(r"[\s过了您你的是道:：,，]*|\s*(?:you|me|us|that)?\s*,?\s*")

# A multiplier says how much, not that anything is given: "高出平时三倍" is no promise, "双倍赔偿" is.
_SELF_STANDING = re.compile(r"退|赔|免|返|refund|money|free|compensat|pay")
# Returning the customer's own money: refunds, reversals, credits back.
_RETURNING = re.compile(r"退|返|还|冲|撤销|补入|补回|打回|refund|credit|revers|back|reimburs")
# Gifts are never a correction: vouchers, coupons, free items, points added on top.
_GIFT = re.compile(r"券|送|赠|免费|free|voucher|coupon|gift|complimentary|bonus|discount|折")
# The worth of a gift named right before its amount: "worth $5", "(a $4 value", "价值8元".
_WORTH_BEFORE = re.compile(
    r"(?:\bworth|\bvalued at|\bvalue of|\bequal to|\bequivalent to|\bretails? (?:at|for)|\bpriced at"
    # "which normally costs $25", "usually sells for", 平时要25元: the gift's everyday price
    r"|\b(?:normally|usually|regularly|typically)(?: (?:costs?|sells? for|retails? (?:at|for)|goes for|runs|is))?"
    r"|(?:平时|平常|平日|原本|本来)(?:要|收|卖|售价|价格|价钱)?(?:是|为)?"
    r"|价值|相当于|相等于|等于|等如|折合|约合|可抵|可折抵|原价|售价|定价|市价|单价)"
    r"\s?(?:about|around|roughly|approximately|约|大约|为|是)?\s?$"
)
# A gift named right before its price: "送您一份原价28元的小食", "a free coffee at $4".
_GIFT_PRICED = re.compile(r"[^，,。；;!?！？]{0,8}$")
# Items handed over ("多补3节课", "再送两晚") versus items the customer bought ("您购买的3件").
_GIFTED = re.compile(r"送|补|赠|加|\b(?:free|extra|complimentary|added)\b")
_BOUGHT = re.compile(r"购买|买的|买了|订购|下单|订的|\b(?:bought|ordered|purchased|booked)\b")
_CHARGE = re.compile(r"\b(?:fee|charge|surcharge|deposit|deduction|debit)s?\b|费|扣款|收费|押金")
_COMPENSATING = re.compile(r"赔|补偿|补贴|compensat|goodwill|make up for|apolog")
_LIST_ITEM = re.compile(r"\s*(?:[-–•*·]|\d{1,2}\s?[.)、）]|[（(]\d{1,2}[)）]|[①-⑩]|[一二三四五六七八九十][、.])")
# A list introduced as what the reply has done or arranged: "我为您做了以下处理：", "作如下安排:".
_LIST_INTRO = re.compile(
    r"(?:为|给|帮)(?:您|你)[^，,。；;]{0,6}?(?:以下|如下)(?:处理|安排|补偿|方案)"
    r"|\b(?:i|we) (?:ve|have) (?:done|arranged|sorted|set up) the following\b"
    # the list named as the reply's own plan of compensation: "以下是我们的补偿方案:", "here is our offer:"
    r"|以下(?:是|为)[^，,。:：]{0,8}?(?:补偿|赔偿|赔付|弥补|处理)(?:方案|安排|措施|内容)"
    r"|(?:补偿|赔偿|弥补)(?:方案|安排|措施)(?:如下|是|为)"
    r"|\b(?:here s|here is|below is|this is) (?:our|my)(?: [a-z]+){0,2}"
    r" (?:offer|compensation|proposal|goodwill package)\b"
)
_CONTRAST = re.compile(r"\bbut\b|\bhowever\b|\balthough\b|但是|不过|可是|然而|但|只是")
# The thing named first, refused after: "慰问金我们这边无法提供", "store credit isn't something we can offer".
_REFUSED_AFTER = re.compile(
    r"[^，,。；;]{0,12}?(?:无法|不能|没办法|没有办法|不会|不可以|不予|恕难|恕不|难以|唔可以|唔能够"
    r"|没有权限|没权限|无权|冇权限|冇权)(?:直接|自行|即时|马上)?"
    r"(?:再|额外)?(?:提供|给予|发放|支付|给|补偿|赔偿|退|赔|安排|送|办理|答应|承诺|同意|满足|批|处理|决定|做主|作主)"
    # "refunds after departure aren't my department": someone else's to handle, nothing offered
    r"|[^.!?;]{0,40}?\b(?:is not|isn t|aren t|are not) (?:my|our) (?:area|department|remit|team|call|decision|job)\b"
    r"|(?:[^.!?,;]|(?<=\d)[.,](?=\d)){0,80}?\b(?:is not|isn t|aren t|are not) (?:(?:something|anything) "
    r"(?:we|i) (?:can|could|are able to)|possible|available|an option)\b"
    # the thing named, then refused by a pronoun pointing back at it: "the free night, I can't agree to that"
    r"|[^.!?;]{0,60}?\b(?:i|we) (?:can t|cannot|can not|am not able to|m not able to|are not able to|re not able to"
    r"|won t be able to|am unable to|m unable to|are unable to|re unable to) (?:agree to|promise|approve|offer|grant"
    r"|authori[sz]e|do) (?:that|this|it|one)\b"
)
# The customer sent to claim it from someone else: "您得自己去找航空公司", "take that up with them".
_CLAIM_ELSEWHERE = re.compile(
    r"(?:您|你)[^，,。；;]{0,6}?(?:去找|找|向|联系|联络|问)(?:一下)?"
    r"(?:航空公司|银行|发卡行|保险公司|快递公司|物流公司|厂家|厂商|商家|卖家|平台|酒店|对方|第三方|他们)"
    r"|\b(?:claim|request|seek|recover) (?:it|this|that|them|one|a refund|compensation|the money)? ?"
    r"(?:from|with|through) "
    r"(?:the|your) (?:airline|bank|insurer|carrier|hotel|manufacturer|platform|card issuer|operator|courier)"
    r"|\b(?:take|raise) (?:that|it|this) up with\b"
)
_FIRST_PERSON_GRANT = re.compile(
    r"(?:我们|我哋|我|本店|我司)(?=已|已经|会|将|现在|马上|立即|刚刚|今天|直接|特别|再|就|决定|同意|给|为|帮|批)"
)
# An application whose object is the grant itself: "已向主管申请为您补偿100元券", "请示一下给你退款";
# the money waits on the answer, even though 为您补偿 alone would read as given.
_APPLIED_FOR = re.compile(r"(?<=申请|请示|报批|争取)(?:了|一下)?\s?(?:为|给|帮|替|俾)(?:您|你)")
# A thing of value named again by a determiner: "the refund", "that credit", 这笔退款, 该优惠券.
_DEFINITE_BEFORE = re.compile(
    r"(?:\b(?:the|this|that|these|those|your)\s|(?:该|这笔|这张|这份|此|上述|前述|那笔|那张)\s?)$"
)
_NAMED_ITEMS = ("money", "free", "discount")


def _item_kind(word: str) -> str:
    """Money returned (退款, 退回, "refund") or a gift (券, "gift card", "free"): "the refund" points
    back to an earlier 退回 as well as to an earlier 退款."""
    return "gift" if _GIFT.search(word) or not _RETURNING.search(word) else "return"


# Compensation as the subject of a talk to come: 跟您商量赔偿的事, 与您协商后续赔偿, "discuss a refund".
_DISCUSSED = re.compile(
    r"(?:商量|协商|商讨|商议|讨论|洽谈|谈谈|谈一谈|沟通)(?:一下|下)?(?:关于|有关)?(?:后续|具体|合理|相关)?(?:的)?$"
    r"|\b(?:discuss|discussing|talk about|talking about|talk through|talking through|go over|going over|negotiate"
    r"|negotiating)(?: (?:the|a|any|your|possible|fair|next steps on|options for))*\s$"
)
# The money named as the topic of a later contact, with no amount: "后续赔付会有专人联系您", "赔偿事宜我们会再
# 与您联系", "someone will contact you about compensation": someone else will talk about it, nothing is given yet.
_HANDED_ON = re.compile(
    r"(?:的)?(?:事宜|事项|问题|方面|部分|的事|一事|方案)?\s?[,，]?\s?(?:我们|我司|我|公司|这边)?"
    r"(?:之后|稍后|随后|届时|后续|再)?(?:会|将)(?:再|另行|尽快)?(?:有|由)?"
    r"(?:专人|专员|同事|主管|经理|相关人员|相关部门|相关同事|负责人|理赔专员|理赔人员|理赔部门|客服)?"
    r"[^，,。；;！!？?元块$¥€£]{0,12}?(?:与|和|跟|同)?(?:您|你)?(?:联系|联络|沟通|跟进|对接|商谈|协商|详谈|商量)"
)
_CONTACT_AFTER = re.compile(
    r"[a-z]*,\s(?:someone|a (?:colleague|manager|specialist)|(?:our|my|the) (?:[a-z]+ ){0,2}(?:team|manager|colleague"
    r"|department|specialist|adviser|advisor|officer|handler)) (?:will|ll) (?:contact|call|email|phone|be in touch with"
    r"|get in touch with|reach out to|get back to) you\b"
)
_CONTACT_ABOUT = re.compile(
    r"\b(?:contact|call|email|phone|ring|get back to|reach out to|follow up with) you (?:about|regarding|to discuss)"
    r"(?: (?:the|any|your|possible|a|next steps on|options for))*\s$"
    r"|\b(?:be|get) in touch (?:with you )?(?:about|regarding|to discuss)(?: (?:the|any|your|possible|a))*\s$"
)
# Words that open another item of an offer: "再送", "另外", "plus", "and also".
_NEXT_ITEM = re.compile(r"再|另外|另|此外|还有|加上|\b(?:plus|also|and another|in addition)\b")
# A purpose: what the customer will do with a document ("方便您报销", "供您向单位报销", "so you can
# claim it back"), not what we pay.
_OWN_CLAIM = re.compile(
    r"(?:(?:方便|以便|便于|供|好让)(?:您|你)|用于|用来|拿去|拿回)[^，,。；;]{0,8}?$"
    r"|\bso (?:that )?(?:you|your (?:employer|company|insurer)) (?:can|could|may)(?: [a-z]+){0,2} $"
)
_CREDIT_NOUN = re.compile(r"credits?\b")
# "a goodwill credit", "a courtesy credit": named as a gift, so never the overcharge handed back.
_GOODWILL_BEFORE = re.compile(r"\b(?:goodwill|courtesy|bonus|extra|additional|loyalty)\s(?:[a-z]+\s)?$")
_GIFT_CREDIT_BEFORE = re.compile(
    r"(?:\b(?:a|an|extra|bonus|goodwill|courtesy|store|account|additional)|\d)\s(?:[a-z]+\s)?$"
)
# The clause refuses to give back the amount it names: "新台幣3,000元的訂金我們沒辦法退", "the $150
# deposit, which we can't refund".
_REFUSED_AFTER_AMOUNT = re.compile(
    r"(?:没办法|没有办法|没法|无法|不能|不可以|不予|恕难|难以|唔可以|唔能够|冇办法)(?:再|额外|全额)?"
    r"(?:退|赔|补|给|返|提供|承担|报销|支付)"
    r"|\b(?:can t|cannot|can not|unable to|not able to|won t be able to|won t|will not|are not able to) "
    r"(?:refund|return|repay|pay|give|offer|cover|waive|reimburse)\b"
)
# Where the money goes, not who pays: "$60 to your PayPal", "退到您的支付宝".
_DESTINATION_BEFORE = re.compile(r"\b(?:to|into|onto|via) (?:your |ur )?$|(?:到|至|入|进)(?:您|你)?(?:的)?$")
_APPROVED = re.compile(r"已(?:经)?批准|已(?:经)?批了|批准了|\b(?:has|have|had) approved\b")
# 送 ending a verb of carrying a person (接送, 护送, 运送, 载送, 欢送, 目送), not 直接送 ("I'll just give you").
# The customer's own order, bill or plan named: a price in that clause is theirs, not a gift's worth.
_CUSTOMERS_THING = re.compile(r"您|你|这单|此单|该单|本单|订单|账单|\b(?:your|order|bill|booking|plan)\b")
_CARRY_BEFORE = re.compile(r"(?:(?<!直)接|护|(?<!幸)运|载|欢|目)$")
# 送 as a delivery ("再送一次", "送一趟", "送到您家") or a document sent ("送一份设置指南"): nothing of value.
_DELIVERED_AFTER = re.compile(
    r"(?:一|再|多)?(?:次|趟|遍|过去|过来|上门|到(?!账|帐))"
    r"|[^，,。；;！!？?]{0,3}?(?:份|本|张|封|个)[^，,。；;！!？?元块券]{0,8}?"
    r"(?:指南|指引|说明书|说明|教程|手册|资料|清单|表格|报告|副本|链接|单据|收据|发票|凭证|证明|通知|确认函)"
)
# A voucher that has lapsed; "on us" that is denied; a charge only held back while it is checked.
_EXPIRED_AFTER = re.compile(
    r"[^，,。；;]{0,4}?(?:已经|已)过期|[^，,。；;]{0,2}?过期了|\s(?:has|had|have) (?:already )?expired\b"
)
_NOT_OURS_BEFORE = re.compile(r"\b(?:rather than|instead of|not)\s$|(?:暂|暂时|暂且)(?:先)?$")
# The order's money back as the other choice to a redelivery or a swap, or by the way it was paid.
_REMEDY_OR = re.compile(
    r"\b(?:redelivery|redeliver|replacement|replace|reship|resend|swap|exchange)\b[^.!?]{0,60}?\bor "
    r"(?:a |an |give you a |give you an |just )?(?:full )?$"
)
_NORMAL_COURSE = re.compile(r"(?:依|按|按照|经|循)原(?:付款|支付|付费)?(?:方式|途径|渠道|路径)(?:退|返)")
# A recurring charge the customer no longer pays, said as done ("下个月开始不用交月租了"): the waiver is
# given even when the sentence says it was applied for ("我给您申请了一年的免费宽带，…不用交月租了").
_DUES_SETTLED = re.compile(r"(?:不用|不用再|无需|唔使|唔使再|免)(?:交|缴|付)[^，,。；;！!？?]{0,8}?(?:了|咗|喇|啦)")
_DUES_WAIT = re.compile(r"(?:批|批准|审批|审核|通过|批核|批出)(?:下来|落嚟)?(?:之)?后|如果|若|假如|一旦|等到")
# Something given on top of what the terms owe: "根据合同约定退款，另外再送您200元", "on top of the payout".
_BEYOND_TERMS = re.compile(r"额外|另外|另送|再送|再赔|再补|加送|\b(?:on top|extra|goodwill|as well as|in addition)\b")
_CUSTOMERS_OWN = re.compile(r"(?:您|你)(?:的|之前|刚才|昨天|当时)?$")
_ALTERNATIVES = re.compile(r"\bor\b|\bnor\b|或者|或|、")
# The customer's own account restated right before the thing of value: "您反映的使用中打折", "你提到的退款":
# what they reported, not what the reply gives (a grant in between, "您反映的情况我们为您退款", still gives).
_REPORTED_BEFORE = re.compile(
    r"(?:您|你)(?:所)?(?:反映|提到|投诉|反馈|描述|指出|说|讲)(?:的|嘅)[^，,。；;我为给帮替]{0,8}$"
)
_ASKED_AFTER = re.compile(
    r"[^,.;!?，。；！？]{0,12}?\b(?:you|you ve|you have) (?:asked|requested|mentioned|wanted|enquired|inquired)\b"
)
# A money word naming a document or a procedure, not money given: "退款申请", "退款明细", "the waiver
# request", "refund details" (an English prefix trigger such as waiv* may stop inside its word).
_CLAUSE_GAP = re.compile(r"[,，;；、:：]|\b(?:and|plus|also)\b|另|再|并|还")
_FOR_YOU = re.compile(r"(?:给|为|帮|替|对|俾|畀)(?:您|你)|\byou(?:r|rs)?\b")
_CONSEQUENCE = re.compile(
    r"\b(?:so|therefore|thus|hence|which means|that means|which comes to|that comes to|that s)\b"
    r"|所以|因此|因而|于是|也就是|即为|即是|合计|共计|总计|一共"
)
_NOUN_AFTER = re.compile(
    r"[a-z]*\s?(?:请求|申请|政策|规定|流程|进度|状态|单号|明细|详情|清单|凭证|回执|确认(?!了|过)"
    r"|request|claim|polic|process|status|form|application|details|breakdown|paperwork|confirmation|receipt)"
)
# ... or named as what a document records: "a written confirmation of your refund", 确认您的退款.
_DOCUMENT_OF = re.compile(
    r"\b(?:confirmation|receipt|proof|record|statement|copy|details|reference|breakdown) (?:of|for)"
    r" (?:your |the |this )?$"
    r"|(?:确认|核对|查询)(?:一下)?(?:您的|你的|这笔|该笔)$"
)


class _Units:
    """What a bare "$" and a bare 元 stand for in this reply when the context names no currency:
    ``dollar``, the dollar the reply names elsewhere ("港幣$188 … $20"); ``local``, the reply's own
    yuan (NT$ or HK$ named in a Traditional reply). Read from the reply on first use only: most
    amounts name their currency."""

    __slots__ = ("_doc", "_dollar", "_local")

    def __init__(self, doc: _Doc | None = None) -> None:
        self._doc = doc
        self._dollar: str | None = None
        self._local: str | None = None

    def _read(self) -> None:
        doc, self._doc = self._doc, None
        if doc is not None:
            self._dollar, self._local = _reply_units(doc)

    @property
    def dollar(self) -> str | None:
        self._read()
        return self._dollar

    @property
    def local(self) -> str | None:
        self._read()
        return self._local


_NO_UNITS = _Units()


def _currency(amount: Amount, ctx: GuardContext, policy: Policy, units: _Units = _NO_UNITS) -> str:
    """A bare "$" is the context's dollar, else the dollar the reply names elsewhere, else the
    policy's; a bare 元 is the context's currency, else the reply's own yuan, else the policy's."""
    if amount.currency == "$":
        return ctx.currency if ctx.currency in ("USD", "HKD", "TWD") else units.dollar or policy.dollar
    if amount.currency is None and not ctx.currency and units.local:
        return units.local
    return amount.currency or ctx.currency or policy.currency


_DOLLARS = (
    ("HKD", re.compile(r"港币|港元|港纸|(?<![a-z])hk(?:\$|d(?![a-z])| dollars?\b)|\d\s?蚊|\bhong kong dollars?\b")),
    (
        "TWD",
        re.compile(
            r"新台币|台币|(?<![a-z])(?:nt\$|ntd(?![a-z])|twd(?![a-z])|nt dollars?\b)"
            r"|\b(?:new )?taiwan(?:ese)? dollars?\b"
        ),
    ),
)
_DOLLAR_HINT = re.compile(r"[港台蚊]|hk|nt|twd|taiwan")  # a literal scan first: most replies name neither
# Written Cantonese: a reply in it is from Hong Kong, where a bare "$" is the Hong Kong dollar.
_CANTONESE = re.compile(r"我哋|佢哋|你哋|畀|俾|咗|嘅|喺|冇|啲|嚟|嘢|唔|咁")
_YUAN_NAMED = re.compile(r"人民币|\brmb\b|\bcny\b|¥")


def _reply_units(doc: _Doc) -> tuple[str | None, str | None]:
    """A Taiwanese or Hong Kong reply that names its dollar once (NT$120, 港幣) means that dollar
    by a bare 元 as well ("退回NT$120，另外送您一張100元折價券" is NT$220), unless it names the
    renminbi too; a bare "$" is the dollar named, else, in written Cantonese, the Hong Kong dollar."""
    folded = doc.folded
    named = [code for code, pattern in _DOLLARS if pattern.search(folded)] if _DOLLAR_HINT.search(folded) else []
    cantonese = "$" in folded and len(set(_CANTONESE.findall(folded))) >= 2
    dollar = named[0] if named and "$" in folded else "HKD" if cantonese else None
    local = None
    if len(named) == 1 and not _YUAN_NAMED.search(folded) and detect_script(doc.text) == "zh-Hant":
        local = named[0]
    return dollar, local


class _Promises:
    """Each sentence that commits to something of value, valued in the policy currency."""

    def __init__(self, doc: _Doc, hits: list[_Hit], ctx: GuardContext, policy: Policy) -> None:
        self.doc, self.ctx, self.policy = doc, ctx, policy
        self.hits = hits
        self.order_value: float | None = None
        if ctx.order_amount is not None:
            self.order_value = policy.to_policy_currency(ctx.order_amount, ctx.currency or policy.currency)
        self._corrected: float | bool | None = False  # not computed yet
        self._named_charge = False
        self.units = _Units(doc)
        self._valued: set[str] = set()  # kinds of thing (return, gift) earlier promises gave with their worth

    def all(self) -> list[_Promise]:
        triggers = _live_triggers(self.hits)
        reduced = self._reductions() if _reduction_cue(self.doc.folded) else []
        if not triggers:
            return reduced
        doc = self.doc
        by_sentence: dict[tuple[int, int], list[_Hit]] = defaultdict(list)
        for hit in (*triggers, *(h for h in self.hits if h.group in _CONTEXT_GROUPS)):
            by_sentence[doc.sentence(hit.start)].append(hit)
        promises = []
        for span, in_sentence in sorted(by_sentence.items()):
            promise = self._sentence(span, in_sentence)
            if promise is not None:
                promises.append(promise)
        if reduced:  # a sentence whose offer is already valued by its own words is not counted twice
            taken = [doc.sentence(p.start) for p in promises]
            promises = sorted(
                [*promises, *(r for r in reduced if doc.sentence(r.start) not in taken)], key=lambda p: p.start
            )
        return promises

    def _reductions(self) -> list[_Promise]:
        """A bill or price brought down by the reply from one amount to another gives the difference:
        "账单原为420元，已为您调整为120元" is 300, "I've reduced your bill from $420 to $120" is $300.
        Not a correction of an overcharge (the customer's own money), not negated, not someone else's."""
        from drafter.guard.amounts import find_amounts

        doc, folded = self.doc, self.doc.folded
        out: list[_Promise] = []
        for m in _REDUCED_TO.finditer(folded):
            s_start, s_end = doc.sentence(m.start())
            if doc.negated(m.start(), _OFFER_NEG_WINDOW):
                continue
            if m.group(0) == "to" and not _REDUCING_EN.search(folded, s_start, m.start()):
                continue  # "from $420 to $120" only with a verb of bringing it down
            found = [a for a in find_amounts(folded, s_start, s_end) if not a.discount]
            before = [a for a in found if a.end <= m.start()]
            after = [a for a in found if m.end() <= a.start <= m.end() + 12]
            if (
                not before
                or not after
                or not _REDUCED_FROM.search(folded, max(s_start, before[-1].start - 10), before[-1].start + 1)
                or not _REDUCED_FOR_YOU.search(folded, doc.clause(before[-1].start)[0], after[0].start)
            ):
                continue  # "将入户费标准从1500元降为800元": a tariff changed for everyone, not the customer's bill
            was, now = (
                self.policy.to_policy_currency(a.value, _currency(a, self.ctx, self.policy, self.units))
                for a in (before[-1], after[0])
            )
            if was is not None and now is not None and was > now:
                out.append(_Promise(before[-1].start, after[0].end, was - now, False))
        # the long correction pattern last, only for a reduction read: most replies have none
        return [] if out and doc.has("correction", 0, len(folded)) else out

    # -- what a sentence does with the money it mentions

    def _kept(self, span: tuple[int, int], trigger: _Hit, others: list[_Hit]) -> bool:
        """A trigger that offers something: not negated, not a noun ("退款申请"), not a third
        party's act, not the customer's request restated, not waiting on someone's approval."""
        doc, folded = self.doc, self.doc.folded
        if _CUSTOMERS_OWN.search(folded, max(0, trigger.start - 4), trigger.start) and (
            trigger.group == "give" or folded.startswith("的", trigger.end)
        ):
            return False  # "您转账的2000元", "您退回的那台": the customer's own act, not a gift
        if (
            _EXPIRED_AFTER.match(folded, trigger.end) and not doc.has("grant", *doc.sentence(trigger.start))
        ) or _NOT_OURS_BEFORE.search(folded, max(0, trigger.start - 14), trigger.start):
            return False  # "優惠券已經過期", "on them rather than on us", "这笔费用暂不收取": nothing given
        s_lo = doc.sentence(trigger.start)[0]
        if _REMEDY_OR.search(folded, max(s_lo, trigger.start - 90), trigger.start) or _NORMAL_COURSE.search(
            folded, *doc.clause(trigger.start)
        ):
            return False  # "a redelivery or a refund of the order", "款项会依原付款方式退回": the order's own money
        if folded.startswith("送", trigger.start) and _CARRY_BEFORE.search(
            folded, max(0, trigger.start - 2), trigger.start
        ):
            return False  # "接送您去机场", "护送你到停车场": taking the customer somewhere, not a gift
        if trigger.group == "free" and self._delivered(trigger):
            return False  # "改约明天再送一次", "给您发送一份设置指南": a delivery or a document, no gift
        if (doc.negated(trigger.start, _OFFER_NEG_WINDOW) and not self._own_grant_after_negation(trigger)) or (
            self._refused(trigger)
        ):
            return False
        if trigger.group in ("money", "discount", "free") and (
            _NOUN_AFTER.match(folded, trigger.end)
            or _DOCUMENT_OF.search(folded, max(0, trigger.start - 24), trigger.start)
        ):
            return False
        if trigger.group == "money" and _DISCUSSED.search(folded, max(0, trigger.start - 40), trigger.start):
            return False  # "跟您商量赔偿的事", "discuss compensation with you": a talk, no value given
        if (
            trigger.group == "money"
            and not _self_committing(folded, trigger)  # "我们会赔偿您，会有专人联系您" gives
            and (
                _CONTACT_ABOUT.search(folded, max(0, trigger.start - 48), trigger.start)
                or _HANDED_ON.match(folded, trigger.end, doc.sentence(trigger.start)[1])
                or _CONTACT_AFTER.match(folded, trigger.end, doc.sentence(trigger.start)[1])
            )
        ):
            return False  # "后续赔付会有专人联系您", "we'll call you about compensation": a later talk
        if trigger.group in ("money", "cover") and _OWN_CLAIM.search(
            folded, max(doc.clause(trigger.start)[0], trigger.start - 32), trigger.start
        ):
            return False  # "把发票寄给您，方便您报销": the customer claims it from someone else
        start = span[0]
        grant = doc.rs.regex["grant"]
        third = _last(doc.rs.regex["third_party"], folded, start, trigger.start)
        if (
            third is not None
            and not _DESTINATION_BEFORE.search(folded, max(0, third.start() - 12), third.start())
            and not grant.search(folded, third.end(), trigger.start)
            and doc.rs.regex["first_person"].search(folded, third.end(), trigger.start) is None
            and _OWN_TURN.search(folded, third.end(), trigger.start) is None
        ):
            return False  # "航空公司已确认全额退还", "your bank has credited the $240"
        c_start, c_end = doc.clause(trigger.start)
        asked = doc.rs.regex["request"].search(folded, c_start, trigger.start) or _ASKED_AFTER.match(
            folded, trigger.end, min(c_end, trigger.end + 30)
        )
        asked = asked or _REPORTED_BEFORE.search(folded, c_start, trigger.start)
        if (asked or doc.asked(trigger.start)) and not self._accepted(span):
            return False  # "您希望我们赔偿5,000元", "you've asked for RMB 900", "the refund you asked about"
        if doc.has("approval_pending", *span):
            return False  # "once approved", "批准后": the money waits on someone else's decision
        if doc.has("entitled", c_start, c_end):
            return False  # "the 10% student discount you're entitled to", "积分会照常计算": already theirs
        delivered: bool | None = None
        for h in others:
            if h.group != "approval" or not c_start <= h.start < c_end:
                continue
            if delivered is None:  # "已為您申請港幣300元禮券，今天會寄到您的電郵": on its way, not waiting
                delivered = doc.has("delivery", trigger.end, span[1]) is not None or self._dues_settled(span)
            if delivered:
                break
            if _APPROVED.search(folded, max(c_start, h.start - 2), h.end):
                continue  # "店长已经批准": the approval is given, the money no longer waits on it
            lo, hi = (h.end, trigger.start) if h.start < trigger.start else (trigger.end, h.start)
            if h.start < trigger.start and _APPLIED_FOR.match(folded, h.end, trigger.start):
                return False  # "向主管申请为您补偿100元": the grant is what is applied for, not given
            if not grant.search(folded, lo, hi) and not doc.rs.regex["commit_now"].search(folded, lo, hi):
                return False  # "I've asked my manager to approve a $100 refund", "减免需要主管审批"
        return True

    def _dues_settled(self, span: tuple[int, int]) -> bool:
        """A recurring charge the customer no longer pays, told as done ("下个月开始不用交月租了"), not as
        waiting on a decision ("批下来之后就不用交了")."""
        folded = self.doc.folded
        return bool(_DUES_SETTLED.search(folded, *span)) and not _DUES_WAIT.search(folded, *span)

    def _delivered(self, trigger: _Hit) -> bool:
        """送 ending the trigger names a trip or a document after it: "再送一次", "送一份备份指南"."""
        folded = self.doc.folded
        at = folded.rfind("送", trigger.start, trigger.end)
        if at < 0 or _GIFT.search(folded, trigger.start, at) or "赠" in folded[trigger.start : trigger.end]:
            return False
        return _DELIVERED_AFTER.match(folded, at + 1) is not None

    def _own_grant_after_negation(self, trigger: _Hit) -> bool:
        """A negation inside a noun phrase, then our own grant: "未成行项目的费用120元我已批准退还"."""
        doc, folded = self.doc, self.doc.folded
        lo = max(doc.clause(trigger.start)[0], trigger.start - _OFFER_NEG_WINDOW)
        last = _last(doc.rs.regex["negation"], folded, lo, trigger.start)
        if last is None:
            return False
        grant = _FIRST_PERSON_GRANT.search(folded, last.end(), trigger.end)
        return grant is not None and doc.rs.regex["grant"].match(folded, grant.start(), trigger.end) is not None

    def _refused(self, trigger: _Hit) -> bool:
        """Refusals the clause's negation window misses: the thing named first and refused after
        ("额外的慰问金我们无法提供"), one of a refused list ("unable to offer a price adjustment or
        store credit"), or sent to someone else to claim ("赔偿的话您得自己去找航空公司")."""
        doc, folded = self.doc, self.doc.folded
        c_start = doc.clause(trigger.start)[0]
        s_end = doc.sentence(trigger.start)[1]
        if _REFUSED_AFTER.match(folded, trigger.end, min(s_end, trigger.end + 120)):
            return True
        if _CLAIM_ELSEWHERE.search(folded, trigger.end, min(s_end, trigger.end + 40)) and not doc.has(
            "grant", *doc.sentence(trigger.start)
        ):
            return True
        own = c_start
        while c_start > 0 and folded[c_start - 1] == "、":  # "不存在租房费、信访费、生活费等补偿": one list
            c_start = doc.clause(c_start - 1)[0]
        lo = max(c_start, trigger.start - 90)
        for m in doc.rs.regex["negation"].finditer(folded, lo, trigger.start):
            between = folded[m.end() : trigger.start]
            if not _ALTERNATIVES.search(between) or _CONTRAST.search(between):
                continue
            if m.start() >= own or not (_NEXT_ITEM.search(between) or doc.rs.regex["grant"].search(between)):
                return True  # "we can't offer X or Y": the negation reaches every alternative
        return False

    def _voiced(self, span: tuple[int, int], hit: _Hit) -> bool:
        """The reply's own voice near the offer ("we", "I", "you"): a sentence that only
        reports others ("开发商承诺15日内退还全部款项") promises nothing itself."""
        doc = self.doc
        lo, hi = doc.clause(hit.start)
        if doc.has("voice", lo, hi) or doc.has("voice", max(span[0], hit.start - 60), min(span[1], hit.end + 60)):
            return True
        if doc.has("apology_frame", *span) or doc.has("one_off_waiver", lo, hi):
            return True  # "為表歉意，這個月的管理費全免", "本次维修费用全免": only the business gives it
        # "We've reissued the voucher that expired, and added a £20 credit": a clause that goes on with
        # "and" keeps the sentence's subject, however far back it stands.
        return bool(_SUBJECTLESS.match(doc.folded, lo) and doc.has("voice", span[0], lo))

    def _passive(self, hit: _Hit) -> bool:
        """A promise with no person: "the entire bill will be refunded", "费用将全额退还",
        "医药费全额负担" (lexicon ``passive_promise``, which must take in the trigger itself)."""
        doc = self.doc
        lo, hi = doc.clause(hit.start)
        passive = doc.rs.regex["passive_promise"]
        for m in passive.finditer(doc.folded, max(lo, hit.start - 40), min(hi, hit.end + 40)):
            if not (m.start() < hit.end and hit.start < m.end()):
                continue
            if doc.rs.regex["passive_timing"].search(doc.folded[max(lo, m.start() - 40) : m.start()].rstrip()):
                continue  # "the amount will be credited within 3-5 days": money on its way
            if doc.rs.regex["passive_agent"].match(doc.folded, m.end(), hi):
                continue  # "will be covered by the airline": someone else pays
            return True
        return False

    def _covers(self, hit: _Hit, listed: bool = False) -> bool:
        """Taking on a cost needs the cost named near it and the business as the payer:
        "医药费我们全部承担", not "我们负责到底" or "费用由您个人承担"."""
        if hit.group != "cover":
            return True
        doc = self.doc
        lo, hi = doc.clause(hit.start)
        near = doc.sentence(hit.start)
        window = (max(near[0], hit.start - 48), min(near[1], hit.end + 32))
        if not doc.has("cost", *window):
            return False
        if doc.has("return_postage", *window):
            return False  # "退货的运费由我们承担", "return postage is on us": a remedy, like a return label
        if doc.has("other_payer", max(lo, hit.start - 24), hit.end):
            return False  # "made you miss your connection and pay for a hotel": the customer paid
        if doc.has("our_side", lo, hi) or doc.has("our_side", hit.start, hit.end) or self._passive(hit):
            return True
        if listed:  # "Here's what we'll do: - cover the full cost of ...": the intro's payer
            return not doc.has("other_payer", *near)
        # "我们会发出道歉信，并承担所有费用": the payer named earlier in the sentence, nobody else
        return bool(doc.has("our_side", near[0], hit.start) and not doc.has("other_payer", near[0], hi))

    def _accepted(self, span: tuple[int, int]) -> bool:
        """The customer's ask agreed to, in this sentence or the next ("we'll do that")."""
        doc = self.doc
        accept = doc.rs.regex["accept"]
        nxt = doc.sentence(span[1]) if span[1] < len(doc.folded) else span
        for s in (span, nxt) if nxt != span else (span,):
            if any(not doc.negated(m.start(), 10) for m in accept.finditer(doc.folded, *s)):
                return True  # "不能答应您" refuses
        return False

    def _committed(self, span: tuple[int, int], triggers: list[_Hit]) -> bool:
        """ "关于退款政策" mentions a refund; "退您", "we will refund" or a list under "以下补偿:"
        promises one. A refund already under way or a policy described is no new promise."""
        doc = self.doc
        status = doc.rs.regex["status"]
        if (
            doc.has("by_terms", *span)
            and not doc.has("apology_frame", *span)
            and not _BEYOND_TERMS.search(doc.folded, *span)
        ):
            return False  # "按照合同里的迟到条款…退回到您的账户": owed under the terms, not a goodwill grant
        if doc.has("grant", *span):
            return True
        if any(h.group == "cover" or h.value in ("to", "gift") for h in triggers) and not status.search(
            doc.folded, *span
        ):
            return True  # taking on costs, "$50 is yours", "a gift of $30": a promise by their shape
        for h in triggers:  # "这次房费我们就不收了": a waiver said in the first person is given
            clause = doc.clause(h.start)
            if (
                (
                    (_WAIVER.search(doc.folded, h.start, h.end) and doc.has("first_person", *clause))
                    or doc.has("one_off_waiver", *clause)  # "本月管理费全免", "this month's fee is waived"
                )
                and not self._by_rule(clause)  # "我们对65岁以上长者免收入场费": a rule for everyone
            ):
                return True
        if self._dues_settled(span):
            return True  # "我给您申请了一年的免费宽带，下个月开始不用交月租了": the gift told as settled
        for h in triggers:  # "补偿您RMB 300，已提交财务打款": the offer comes before any status
            if _self_committing(doc.folded, h) and not status.search(doc.folded, span[0], doc.clause(h.start)[1]):
                return True
        if status.search(doc.folded, *span):
            return False
        if all(self._described(span, h) for h in triggers):
            return False  # "依照规定…可以办理退还": a rule or benefit described, not offered
        if doc.has("commit", *span):
            return True
        return self._list_intro_commits(span)

    def _by_rule(self, clause: tuple[int, int]) -> bool:
        """A charge waived by rule for a class of people or a period, with no "you" in the clause
        ("children under 5 travel free"; not "your parking is free for the first 3 hours")."""
        doc = self.doc
        return bool(doc.has("by_rule", *clause)) and _FOR_YOU.search(doc.folded, *clause) is None

    def _described(self, span: tuple[int, int], hit: _Hit) -> bool:
        """A policy cue in the sentence governs the trigger, unless a "but" comes between them:
        "the warranty doesn't cover it, but I've arranged a discounted repair" offers something."""
        doc = self.doc
        if self._by_rule(doc.clause(hit.start)):
            return True  # "free for the first 30 minutes", 仅对即停即走的车辆免收: waived for everyone by rule
        for policy in doc.rs.regex["policy"].finditer(doc.folded, *span):
            lo, hi = sorted((policy.end(), hit.start))
            if _CONTRAST.search(doc.folded, lo, hi) is None:
                return True
        return False

    def _list_intro_commits(self, span: tuple[int, int]) -> bool:
        """A list item ("- a $5 gift card", "2)免费早餐两份") carries the promise of the line
        that introduces the list ("I'd like to offer:", "我给您安排以下补偿:")."""
        doc = self.doc
        if not _LIST_ITEM.match(doc.text, span[0]) and not _LIST_ITEM.match(doc.text, span[0] + 1):
            return False
        pos = span[0]
        for _ in range(12):
            if pos <= 0:
                return False
            prev = doc.sentence(pos - 1)
            if prev == (pos, pos) or prev[0] >= pos:
                return False
            body = doc.folded[prev[0] : prev[1]]
            if ":" in body or "：" in doc.text[prev[0] : prev[1]]:
                if doc.has("request", *prev) or "诉求" in body or "demand" in body:
                    return False  # "提出了四点诉求:": the list is what the customer asked for
                return bool(
                    doc.has("grant", *prev) or doc.has("commit", *prev) or _LIST_INTRO.search(doc.folded, *prev)
                )
            if not _LIST_ITEM.match(doc.text, prev[0]) and not _LIST_ITEM.match(doc.text, prev[0] + 1):
                return False
            pos = prev[0]
        return False

    def _correction_cap(self) -> float | None:
        """The largest amount the reply says was charged in error (None: no correction at all)."""
        if self._corrected is False:
            doc, cap = self.doc, None
            from drafter.guard.amounts import find_amounts

            for m in doc.rs.regex["correction"].finditer(doc.folded):
                # "多收了139元" / "we charged you $89 twice": the clause's amount, else the sentence's
                found = find_amounts(doc.folded, *doc.clause(m.start())) or find_amounts(
                    doc.folded, *doc.sentence(m.start())
                )
                values = [
                    self.policy.to_policy_currency(a.value, _currency(a, self.ctx, self.policy, self.units)) or 0.0
                    for a in found
                    if not a.discount
                ]
                cap = max([cap or 0.0, *values])
                if not values:
                    self._named_charge = True  # "the resort fee shouldn't have been added": no amount yet
            self._corrected = cap
        return self._corrected if not isinstance(self._corrected, bool) else None

    def _amounts(self, span: tuple[int, int], triggers: list[_Hit] | None = None) -> tuple[list[Amount], float | None]:
        """The amounts a sentence promises, and the order's value (from the context, else from an
        amount the sentence gives as the order's price: "您的订单金额为300元", or a clause of its own
        with no offer in it: "Your order total was $86.40, and I've refunded the $4.50")."""
        from drafter.guard.amounts import find_amounts

        doc = self.doc
        s_start, s_end = span
        order_keys = doc.rs.lexicon_keys.get("order_context", ())
        amounts, order_amounts = [], []
        for a in find_amounts(doc.folded, s_start, s_end):
            if triggers and self._stated_price(a, triggers) and not self._gift_price_clause(a, triggers):
                order_amounts.append(a)
                continue
            if triggers and self._gift_priced(a, triggers):
                amounts.append(a)  # "送您一份原价28元的小食": the gift's own price is what it is worth
                continue
            after = doc.folded[a.end : a.end + 16]  # " order", "的订单", not " order credit"
            before = "".join(doc.folded[max(s_start, a.start - 12) : a.start].split())
            # "多补3节课，每节原价280元": items given at their unit price are worth their price, not an order
            gifted = (
                a.units > 1
                and _GIFTED.search(doc.folded, s_start, a.start)
                and not _BOUGHT.search(doc.folded, s_start, a.start)
            )
            if not gifted and (_order_before(before, order_keys) or _ORDER_AFTER.match(after)):
                order_amounts.append(a)
            elif not doc.negated(a.start, close=True):  # "未成行项目的费用120元我已批准退还" is given
                amounts.append(a)
        if len(amounts) > 1:  # "the $120 jacket ... a $10 credit": the price beside the promised amount
            priced = [a for a in amounts if _priced_item(doc.folded, a, s_start)]
            if len(priced) < len(amounts):
                order_amounts += priced
                amounts = [a for a in amounts if a not in priced]
        order_value = self.order_value
        if order_value is None and order_amounts and not order_amounts[0].discount:
            first = order_amounts[0]
            order_value = self.policy.to_policy_currency(
                first.value, _currency(first, self.ctx, self.policy, self.units)
            )
        return amounts, order_value

    def _gift_priced(self, a: Amount, triggers: list[_Hit]) -> bool:
        """The amount is the price of a gift named just before it ("免费送您一份原价28元的小食", "送您一杯
        售價港幣38元的咖啡"), or further on with its everyday price ("one free month, which normally
        costs $25", 平时要40元), and nothing bought is named between them."""
        folded = self.doc.folded
        return any(
            0 <= a.start - h.end <= 80
            and _GIFT.search(folded, h.start, h.end)
            and (
                (a.start - h.end <= 8 and _GIFT_PRICED.search(folded, h.end, a.start))
                # further on, its worth named ("one free month, which normally costs $25")
                or _WORTH_BEFORE.search(folded, max(h.end, a.start - 24), a.start) is not None
            )
            and not _BOUGHT.search(folded, h.end, a.start)
            for h in triggers
        )

    def _gift_price_clause(self, a: Amount, triggers: list[_Hit]) -> bool:
        """A clause of its own that prices the gift just named, not the customer's order: "已为您加送一个
        月会员，原价30元", "送您三个月会员，每月原价30元" (not "您这单原价86元", "your plan is $12")."""
        doc = self.doc
        if self._period_rate(a, triggers):
            return True  # "one free month (your plan is £18 a month)": the free period at the plan's own rate
        c_start = doc.clause(a.start)[0]
        if _CUSTOMERS_THING.search(doc.folded, c_start, a.start):
            return False
        return self._gift_priced(a, triggers)

    def _period_rate(self, a: Amount, triggers: list[_Hit]) -> bool:
        """The amount is a rate per period ("£18 a month", 每月30元) and the gift in the sentence is a
        period of the same kind given free ("one free month", 免费一个月, "two nights free"): the rate
        is what each free period is worth."""
        folded = self.doc.folded
        rate = _RATE_AFTER.match(folded, a.end) or _RATE_BEFORE.search(folded, max(0, a.start - 12), a.start)
        if rate is None:
            return False
        kind = _PERIOD_KIND.get(rate.group("u"))
        for h in triggers:
            if h.group not in ("free", "discount") or not _GIFT.search(folded, h.start, h.end):
                continue
            for m in _PERIOD_WORD.finditer(folded, max(0, h.start - 16), min(len(folded), h.end + 24)):
                if _PERIOD_KIND.get(m.group("u") or m.group("z")) == kind:
                    return True
        return False

    def _stated_price(self, a: Amount, triggers: list[_Hit]) -> bool:
        """An amount in a clause that states what the customer's order, bill or fee costs and holds
        no offer ("Your order of $86.40 was missing a dip", "您这单总共86元", "your membership fee
        of $45 a month isn't affected"): the price, not something given."""
        doc = self.doc
        c_start, c_end = doc.clause(a.start)
        if any(c_start <= h.start < c_end for h in triggers):
            return False
        return doc.has("stated_price", c_start, a.start) is not None

    def _sentence(self, span: tuple[int, int], in_sentence: list[_Hit]) -> _Promise | None:
        doc = self.doc
        groups = {h.group for h in in_sentence}
        listed = self._list_intro_commits(span)
        candidates = [
            h
            for h in in_sentence
            if h.group in _PROMISE_GROUPS
            and self._covers(h, listed)
            and (listed or self._voiced(span, h) or _OWN_VOICE.search(doc.folded, h.start, h.end) or self._passive(h))
        ]
        standing = [
            h for h in candidates if h.group != "multiplier" or _SELF_STANDING.search(doc.folded, h.start, h.end)
        ]
        if not standing:
            return None  # "电费高出平时三倍": a multiplier alone gives nothing
        triggers = [h for h in candidates if self._kept(span, h, in_sentence)]
        if not [h for h in triggers if h.group != "multiplier" or h in standing]:
            return None
        if "accept" not in groups and not self._committed(span, triggers):
            return None
        amounts, order_value = self._amounts(span, triggers)
        amounts = self._offered_clauses(amounts, candidates, triggers)
        if "accept" in groups and not amounts:
            prev = doc.sentence(span[0] - 1) if span[0] else span
            if prev != span:
                amounts, _ = self._amounts(prev)  # "You asked for $200. We'll do that."
        amounts = self._own_amounts(amounts, triggers)
        amounts = self._beside_returned(amounts)
        if self._is_correction(span, triggers, amounts):
            return None
        if not amounts and not _factors(triggers) and self._named_before(triggers):
            return None
        factors = _factors(triggers)
        # A multiplier with an amount in its own clause sizes that amount ("全额退款35元",
        # "双倍赔偿200元"); one without applies to the order ("全额退款，另送您200元券").
        clauses = [doc.clause(a.start) for a in amounts]
        # A multiplier whose result the sentence then states ("we refund double the price, so I've
        # refunded ¥17.00", "全额退款，所以退您86元") is worked out in that amount, not added to it.
        factors = [(f, at) for f, at in factors if not any(self._worked_out(at, a) for a in amounts)]
        sized = [(f, any(c[0] <= at < c[1] for c in clauses)) for f, at in factors]
        if all(h.group in ("give", "accept") for h in triggers) and not amounts and not factors:
            return None  # "give you" / "给您" promise money only when an amount goes with them
        if not amounts and not factors and all(h.group == "free" for h in triggers) and "replacement" in groups:
            return None  # a free replacement, repair or re-make is not compensation
        if order_value is None and any(a.discount for a in amounts):
            # "九折(约港币$60)": a discount whose worth is stated beside it is that worth
            stated = [a for a in amounts if not a.discount]
            amounts = [a for a in amounts if not a.discount or not any(0 <= s.start - a.end <= 16 for s in stated)]
        if not amounts and not factors and order_value == self.order_value and doc.has("order_part", *span):
            order_value = None  # "we've refunded the delivery fee": a part of the context's order, worth unknown
        value, unvalued, total = _value(amounts, sized, triggers, order_value, self.ctx, self.policy, self.units)
        if (amounts or factors) and not unvalued:
            unvalued = self._unvalued_item(triggers, amounts, factors)
        open_ended = (
            not amounts
            and any(
                h.group == "cover" or (h.group == "money" and _COMPENSATING.search(doc.folded, h.start, h.end))
                for h in triggers
            )
            and bool(doc.has("all_of", *span))
            and (any(h.group == "cover" for h in triggers) or bool(doc.has("cost", *span)))
        )
        points = [(h.start, h.end) for h in triggers] + [(a.start, a.end) for a in amounts if a.start >= span[0]]
        start, end = min(p[0] for p in points), max(p[1] for p in points)
        if amounts and not unvalued and not open_ended:
            self._valued.update(_item_kind(doc.folded[h.start : h.end]) for h in triggers if h.group in _NAMED_ITEMS)
        return _Promise(start, end, value, unvalued and not open_ended, open_ended, total)

    def _named_before(self, triggers: list[_Hit]) -> bool:
        """Every thing of value in the sentence points back ("the refund", "这张券") to one an
        earlier sentence gave with its worth: "The refund will reach your card within five days"
        after "I've approved a refund of $180" tells how it arrives, it gives nothing more."""
        folded = self.doc.folded
        named = [h for h in triggers if h.group != "give"]
        # a word inside a longer one ("券" in "优惠券") is read as part of it
        named = [h for h in named if not any(o is not h and o.start <= h.start and h.end <= o.end for o in named)]
        if not named or not all(
            h.group in _NAMED_ITEMS and _item_kind(folded[h.start : h.end]) in self._valued for h in named
        ):
            return False
        if all(_DEFINITE_BEFORE.search(folded, max(0, h.start - 8), h.start) is not None for h in named):
            return True
        # the sentence opens on it as its subject, one clause telling how it arrives: "退款会喺五个工作天内
        # 退返你张卡", "Refund will reach your card within 5 days"
        first = min(named, key=lambda h: h.start)
        s_start = self.doc.sentence(first.start)[0]
        clause = self.doc.clause(first.start)
        return (
            not folded[s_start : first.start].strip()
            and all(clause[0] <= h.start < clause[1] for h in named)
            and self.doc.has("timing", *clause) is not None
        )

    def _worked_out(self, at: int, a: Amount) -> bool:
        """The amount after a multiplier, in the clause a word of consequence opens, is what the
        multiplier comes to ("double the price, so I've refunded ¥17"; not "double, so you're not out
        of pocket, and a $20 voucher")."""
        if a.start <= at:
            return False
        last = _last(_CONSEQUENCE, self.doc.folded, at, a.start)
        return last is not None and _CLAUSE_GAP.search(self.doc.folded, last.end(), a.start) is None

    def _offered_clauses(self, amounts: list[Amount], candidates: list[_Hit], triggers: list[_Hit]) -> list[Amount]:
        """Amounts outside every clause that offers something, in a clause whose own offer was not
        kept or that is negated before the amount, are not given: "您提出的200元补偿我们无法答应，
        但可以为您免费维修", "我哋冇辦法賠300蚊俾你，不過可以幫你免費換過"."""
        doc = self.doc
        offering = {doc.clause(h.start) for h in triggers}
        dropped = {doc.clause(h.start) for h in candidates if h not in triggers} - offering
        negation = doc.rs.regex["negation"]
        kept = []
        for a in amounts:
            clause = doc.clause(a.start)
            if clause not in offering and (
                clause in dropped
                or negation.search(doc.folded, clause[0], a.start)
                or _REFUSED_AFTER_AMOUNT.search(doc.folded, a.end, clause[1])  # "3,000元的订金我们没办法退"
            ):
                continue
            kept.append(a)
        return kept

    def _beside_returned(self, amounts: list[Amount]) -> list[Amount]:
        """An amount told as already returned, in a clause of its own beside a gift in another clause,
        is not part of the gift: "這瓶95元我們已經退回您的信用卡，另外附上一張200元的折價券" gives 200."""
        doc = self.doc
        if len(amounts) < 2:
            return amounts
        status = doc.rs.regex["status"]
        clauses = {a: doc.clause(a.start) for a in amounts}
        returned = [
            a for a in amounts if status.search(doc.folded, *clauses[a]) and not _GIFT.search(doc.folded, *clauses[a])
        ]
        kept = [a for a in amounts if a not in returned]
        if not returned or not kept or any(clauses[a] == clauses[k] for a in returned for k in kept):
            return amounts
        return kept

    def _own_amounts(self, amounts: list[Amount], triggers: list[_Hit]) -> list[Amount]:
        """The amounts the offer itself gives: not the one before restated in another currency
        ("¥30 (about $4)": the larger counts, once), nor one in a clause of its own, with no
        trigger in it, that states the customer's own price, fee or balance
        ("送您30元券，您的月费99元不变"), or (when the offer is in another clause) reports money
        already moved by someone, not given by us now ("送您30元券，您之前支付的200元已于昨天退回")."""
        doc, folded = self.doc, self.doc.folded
        equivalent, aside, status = doc.rs.regex["equivalent"], doc.rs.regex["aside"], doc.rs.regex["status"]
        kept: list[Amount] = []
        for a in amounts:
            if kept and 0 <= a.start - kept[-1].end <= 40 and equivalent.match(folded[kept[-1].end : a.start]):
                before, now = (
                    self.policy.to_policy_currency(x.value, _currency(x, self.ctx, self.policy, self.units))
                    for x in (kept[-1], a)
                )
                if before is not None and now is not None and now > before:
                    kept[-1] = a
                continue
            c_start, c_end = doc.clause(a.start)
            inside = any(c_start <= h.start < c_end for h in triggers)
            outside = any(not c_start <= h.start < c_end for h in triggers)
            if not a.total and (
                (not inside and aside.search(folded, c_start, c_end))
                or (
                    outside
                    and status.search(folded, c_start, c_end)
                    and not doc.has("first_person", c_start, c_end)  # "我们已经退返42元俾你" gives it now
                )
            ):
                continue  # the offer is elsewhere in the sentence; this clause reports or states a price
            kept.append(a)
        return kept

    def _restores(self, span: tuple[int, int], triggers: list[_Hit], amounts: list[Amount]) -> bool:
        """Crediting what the customer already earned or paid ("把这笔点数补登完成", "add the
        missing 200 points") corrects the account; a gift or compensation on top does not."""
        doc = self.doc
        reissued = doc.has("reissue", *span)
        if reissued and all(
            h.group == "give" or (h.group == "money" and reissued.start() <= h.start < reissued.end()) for h in triggers
        ):
            return True  # "we've reissued the £15 voucher that expired": the customer's own, put back
        if not doc.has("restore", *span):
            return False
        given = [h for h in triggers if h.group != "give"]
        if not given:
            return False
        points = doc.rs.regex["points"]
        for h in given:
            text = doc.folded[h.start : h.end]
            if _GIFT.search(text) or _COMPENSATING.search(text):
                return False
        return not amounts or all(points.search(doc.folded, h.start, h.end) for h in given)

    def _unvalued_item(self, triggers: list[_Hit], amounts: list[Amount], factors: list[tuple[float, int]]) -> bool:
        """A gift with no amount near it, beside items that have one: "全额退款，另外赠送您两晚免费住宿"."""
        doc = self.doc
        for h in triggers:
            if h.group not in ("free", "discount", "money") or not _GIFT.search(doc.folded, h.start, h.end):
                continue
            if not any(self._valued_by(h, a) or self._period_rate(a, [h]) for a in amounts) and not self._worth_after(
                h, amounts
            ):
                return True
        return False

    def _valued_by(self, hit: _Hit, a: Amount) -> bool:
        """The amount is this gift's own: close to it, with no next item opened between them
        ("5000积分(价值50元)，再送一个月的免费早餐": the breakfast has no worth of its own)."""
        if not (a.start - 24 <= hit.start and hit.end <= a.end + 24):
            return False
        lo, hi = (a.end, hit.start) if a.end <= hit.start else (hit.end, a.start)
        return lo >= hi or _NEXT_ITEM.search(self.doc.folded, lo, hi) is None

    def _worth_after(self, hit: _Hit, amounts: list[Amount]) -> bool:
        """The gift's worth said after it in its sentence, before any other gift: "500 bonus points
        to your account, worth $5 at checkout", "一次免费熨烫服务，价值8元"."""
        folded = self.doc.folded
        for a in amounts:
            if a.start > hit.end and _WORTH_BEFORE.search(folded, max(hit.end, a.start - 16), a.start):
                # another gift between them is another item, unless it is part of this one's name
                # ("two free drink vouchers, each worth $3")
                return _GIFT.search(folded, min(hit.end + 16, a.start), a.start) is None
        return False

    def _credit_given(self, hit: _Hit) -> bool:
        """ "added a $20 credit", "a goodwill credit": a credit handed over as a thing is a gift on top
        of a correction; "credited the $89 back" returns money."""
        folded = self.doc.folded
        return (
            _CREDIT_NOUN.match(folded, hit.start) is not None
            and _GIFT_CREDIT_BEFORE.search(folded, max(0, hit.start - 24), hit.start) is not None
        )

    def _is_correction(self, span: tuple[int, int], triggers: list[_Hit], amounts: list[Amount]) -> bool:
        """Returning money charged in error is no compensation: "多收的139元已原路退回"."""
        doc = self.doc
        if self._restores(span, triggers, amounts):
            return True
        returning = [h for h in triggers if h.group in ("money", "multiplier")]
        if not returning or len(returning) != len([h for h in triggers if h.group != "give"]):
            return False
        # "refunded it and added a $20 credit": a credit handed over beside the money returned is on top
        credits = [h for h in returning if self._credit_given(h)]
        if credits and len(credits) < len(returning):
            return False
        for h in returning:
            text = doc.folded[h.start : h.end]
            if not _RETURNING.search(text) or _GIFT.search(text):
                return False
            if _GOODWILL_BEFORE.search(doc.folded, max(0, h.start - 24), h.start):
                return False  # "reversed the duplicate, and I'm adding a goodwill credit of $45": on top
        if not amounts and all(h.group == "money" for h in returning) and doc.has("not_received", *span):
            return True  # "少送的那杯饮料已经给您退款了": the price of what never came, returned
        cap = self._correction_cap()
        if cap is None:
            return False
        if self._named_charge and len(amounts) == 1 and amounts[0].periods == 1 and _CHARGE.search(doc.folded, *span):
            return True  # the wrong charge named without its amount, then returned: "I've refunded the $120 fee"
        values = [
            self.policy.to_policy_currency(a.value, _currency(a, self.ctx, self.policy, self.units)) for a in amounts
        ]
        return all(v is not None and v <= cap + 0.005 for v in values)


# A giving verb after the order's name: "本月账单减免150元" gives 150, "账单150元" is the bill.
_GIVEN_AFTER_ORDER = re.compile(r"减免|减|免|抵|退|赔|补|送|返|\b(?:off|refund|credit|waive|back)")


# "the $120 jacket", "your 2,400 yuan tour package": an amount between a determiner and a noun
# that is not a kind of money given or charged names the price of a thing.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|your|this|that|a|an)\s$")
_ITEM_AFTER = re.compile(
    r"\s(?!(?:credit|voucher|coupon|gift|refund|discount|cash|bonus|store|account|e gift|goodwill|compensation|"
    r"payment|rebate|reimbursement|fee|fees|charge|charges|shipping|delivery|postage|surcharge|fare|deposit|"
    r"cost|costs|bill|top up|credits|vouchers|coupons|off|back|to|in|into|onto|on|for|each|per|as|and|or|worth|of|"
    r"today|now|tomorrow|by|within|which|that|will|has|have|is|was|a|an|the|you|your|we|i)\b)[a-z]{3,}"
)


# ... unless a giving verb comes before it in the sentence ("refunded the $4.50 fries and the $3.25
# drink") or a money noun follows the noun
# ("a £3 treat voucher").
_GIVING_BEFORE = re.compile(
    r"\b(?:refund|credit|waiv|cover|reimburs|pay|paid|giv|gave|send|sent|add|return|comp|knock|take|took|"
    r"offer|issu|transfer|wire|deposit)[a-z]*\b"
)
_MONEY_NOUN_AFTER = re.compile(r"\s[a-z]+(?:\s[a-z]+)?\s(?:vouchers?|credits?|coupons?|gift cards?|refunds?|cash)\b")


def _priced_item(folded: str, a: Amount, s_start: int) -> bool:
    return (
        _DETERMINER_BEFORE.search(folded, max(0, a.start - 6), a.start) is not None
        and _ITEM_AFTER.match(folded, a.end) is not None
        and _MONEY_NOUN_AFTER.match(folded, a.end, a.end + 30) is None
        and _GIVING_BEFORE.search(folded, s_start, a.start) is None
    )


def _order_before(before: str, keys: tuple[str, ...]) -> bool:
    """An order word just before an amount names the order's price, unless a giving verb
    stands between them."""
    ends = [before.rfind(k) + len(k) for k in keys if k in before]
    return bool(ends) and _GIVEN_AFTER_ORDER.search(before, max(ends)) is None


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    found = None
    for m in pattern.finditer(text, start, end):
        found = m
    return found


def _live_triggers(hits: list[_Hit]) -> list[_Hit]:
    """Promise triggers outside a mask: "feel free", "refund policy", "credit card" mask what
    they contain."""
    masks = [(h.start, h.end) for h in hits if h.group == "mask"]
    return [h for h in hits if h.group in _PROMISE_GROUPS and not any(s <= h.start and h.end <= e for s, e in masks)]


def _factors(triggers: list[_Hit]) -> list[tuple[float, int]]:
    """Multipliers (and where they stand), one per stretch of text: "double your money back" is
    one doubling, not a doubling plus a full refund."""
    spans = longest_of_overlapping([(h.start, h.end) for h in triggers if h.group == "multiplier"])
    out = []
    for s, e in spans:
        inside = [float(h.value) for h in triggers if h.group == "multiplier" and s <= h.start and h.end <= e]
        out.append((max(inside), s))
    return out


def _value(
    amounts: list[Amount],
    factors: list[tuple[float, bool]],
    triggers: list[_Hit],
    order_value: float | None,
    ctx: GuardContext,
    policy: Policy,
    units: _Units = _NO_UNITS,
) -> tuple[float, bool, bool]:
    """The promise's worth in the policy currency, whether part of it cannot be valued, and
    whether it ends on a stated total ("合计50元", "$14.50 in total")."""
    value, unvalued, total = 0.0, False, False
    for a in amounts:
        if a.discount:
            if order_value is None:
                unvalued = True
            else:
                value += a.value * order_value
            continue
        converted = policy.to_policy_currency(a.value, _currency(a, ctx, policy, units))
        if converted is None:
            unvalued = True
        elif a.total:
            value, total = max(value, converted), True  # "两张10元券……共20元": counted once
        else:
            value += converted
    for factor, sizes_an_amount in factors:
        if sizes_an_amount and factor <= 1:
            continue  # "全额退款35元": the stated amount is the refund
        if sizes_an_amount:
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
    return value, unvalued, total


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
    traditional = _count_traditional(sample)
    return "zh-Hant" if traditional >= max(1, min(wide, 100) // 50) else "zh-Hans"


_script_calls = 0


def _count_traditional(sample: str) -> int:
    """Traditional characters in ``sample``: looked up in the fold table for the first few
    replies (no start-up cost for a one-reply check), then by one compiled character class."""
    global _script_calls
    if _script_calls < 32:
        _script_calls += 1
        table = fold_table()
        return sum(
            1 for ch in sample if _is_han_cp(ord(ch)) and _is_han_cp(ord(table.get(ord(ch), ch))) and table.get(ord(ch))
        )
    return len(_traditional_re().findall(sample))


def _is_han_cp(cp: int) -> bool:
    return 0x3400 <= cp < 0x4DC0 or 0x4E00 <= cp < 0xA000 or 0xF900 <= cp < 0xFB00


@cache
def _traditional_re() -> re.Pattern[str]:
    """One character class of the Han characters that fold to another Han character:
    the Traditional forms (a findall over it costs a third of a set intersection)."""
    chars = "".join(sorted(chr(cp) for cp, ch in fold_table().items() if _is_han_cp(cp) and _is_han_cp(ord(ch))))
    return re.compile(f"[{re.escape(chars)}]")


def _suggestion(rule: Rule, excerpt: str, language: str, expected: bool) -> str:
    """In the customer's language when it is known (a suggestion is what to send them, even when
    the reply drifted into another language); otherwise in the language of the excerpt."""
    zh = language.startswith("zh") if expected or not excerpt else has_han(excerpt)
    return _suggestion_text(rule.id, rule.suggestion.get("zh" if zh else "en", ""), zh, language)


@cache
def _suggestion_text(rule_id: str, text: str, zh: bool, language: str) -> str:
    """Converted once per rule and script: OpenCC is the costly part of a finding."""
    if zh and language == "zh-Hant":
        return to_traditional(text)
    return text


class _Builder:
    def __init__(self, doc: _Doc, language: str, expected: bool) -> None:
        self.doc = doc
        self.language = language
        self.expected = expected
        self.findings: list[Finding] = []

    def add(self, rule: Rule, start: int, end: int, confidence: float | None = None, **values: Any) -> None:
        excerpt = self.doc.text[start:end]
        message = _message(rule.message, tuple(values.items())) if values else rule.message
        suggestion = _suggestion(rule, excerpt, self.language, self.expected)
        finding = {
            "rule": rule.id,
            "category": rule.category,
            "severity": rule.severity,
            "start": start,
            "end": end,
            "excerpt": excerpt,
            "message": message,
            "suggestion": suggestion,
        }
        if confidence is not None:
            finding["confidence"] = confidence
        self.findings.append(_validate_finding(finding))  # validating a dict: faster than model_construct
        for category in rule.also:  # "是您自己用错了": forbidden and blame at once
            self.findings.append(_validate_finding({**finding, "category": category}))


_validate_finding = Finding.__pydantic_validator__.validate_python


@lru_cache(maxsize=1024)
def _message(template: str, values: tuple[tuple[str, Any], ...]) -> str:
    """A rule's message with its values filled in; the same few recur (missing steps, limits)."""
    return template.format_map(defaultdict(str, values))


def _rule(rs: Ruleset, rule_id: str) -> Rule:
    rule = rs.by_id.get(rule_id)
    if rule is None:
        raise DrafterError(f"rule pack lacks the built-in rule {rule_id}", rule=rule_id)
    return rule


def _findings(
    text: str,
    authority: Authority,
    ctx: GuardContext,
    policy: Policy,
    rs: Ruleset,
    language: str | None,
    use_model: bool = True,
) -> tuple[list[Finding], str]:
    """``language`` is the customer's (expected) language when known. Rules run when either it
    or the reply's own script is among their languages, so writing in another language never
    skips a rule; suggestions and the report's language follow the expected language."""
    doc = _Doc(text, rs)
    detected = detect_script(text)
    lang = language or detected
    out = _Builder(doc, lang, expected=language is not None)
    rule_hits, lex_hits = _scan(doc)
    for key, starts in doc.anchored.items():
        _regex_hits(doc, key, starts, rule_hits)
    for index, spans in sorted(rule_hits.items()):
        rule = rs.rules[index]
        if lang not in rule.languages and detected not in rule.languages:
            continue
        if authority.limit is None and rule.limited:
            continue  # a role with no limit may promise an unbounded sum (policy `null`)
        for start, end in _phrase_findings(doc, index, rule, spans):
            out.add(rule, start, end)
    # most replies name no money at all, and a role with no limit is over none (open-ended promises
    # too, unless the pack's open-ended rule is not `limited`): no promise analysis
    unbounded = authority.limit is None and _rule(rs, _OPEN_ENDED).limited
    if not unbounded and (lex_hits or _reduction_cue(doc.folded)):
        promises = _Promises(doc, lex_hits, ctx, policy).all()
        if promises:
            _compensation_findings(out, promises, authority, policy, rs)
    if language is not None:
        _language_findings(out, doc, language, rs)
    _structure_findings(out, doc, lang, rs)
    if rs.needed and any(f.category in rs.needed for f in out.findings):
        _later_findings(out, doc, lang, detected)
    if use_model and rs.model_rules:
        _model_findings(out, doc, rs)
    out.findings.sort(key=lambda f: (f.start, f.end, f.rule, f.category))
    return out.findings, lang


def _later_findings(out: _Builder, doc: _Doc, lang: str, detected: str) -> None:
    """Rules that need another category ("send them to the courier" after blaming the courier)
    run only when it was raised: their anchors are scanned now, not in the main pass."""
    rs = doc.rs
    raised = {f.category for f in out.findings}
    doc.anchored = {}
    _scan_norm(doc, doc.norm, later=True)
    if doc.norm.leet_one:
        _scan_norm(doc, normalize(doc.text, one="i"), later=True)
    rule_hits: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for key, starts in doc.anchored.items():
        _regex_hits(doc, key, starts, rule_hits)
    for index, spans in sorted(rule_hits.items()):
        rule = rs.rules[index]
        if not set(rule.needs) & raised or (lang not in rule.languages and detected not in rule.languages):
            continue
        for start, end in _phrase_findings(doc, index, rule, spans):
            out.add(rule, start, end)


def sentence_canons(text: str, ruleset: Ruleset | None = None) -> tuple[list[tuple[int, int]], str]:
    """The trained detector's sentences of ``text`` and the one string it reads them from
    (quoted speech blanked, SEPARATOR between sentences). Training reads replies through this."""
    from drafter.guard.model import sentence_spans

    folded, canon = _canons(_Doc(text, ruleset or default_ruleset()))
    return sentence_spans(folded), canon


def _canons(doc: _Doc) -> tuple[str, str]:
    from drafter.guard.model import canonical

    folded = doc.folded
    quotes = doc.quotes() if _QUOTE_CHARS.search(doc.text) else []
    if quotes:  # someone else's words are not the reply's: blanked, offsets kept
        chars = list(folded)
        for s, e in quotes:
            chars[s:e] = " " * (e - s)
        folded = "".join(chars)
    return folded, canonical(folded)


_QUOTE_CHARS = re.compile("[\"'“”‘’「」『』〝〞«»＂＇‚‛„‟‹›]")


def _model_findings(out: _Builder, doc: _Doc, rs: Ruleset) -> None:
    """The trained detector's findings: a sentence whose score clears its category's threshold,
    unless a rule already found that category in it (the rule's finding says more).
    The detector's module loads here, when the policy turns it on: `drafter check` starts faster."""
    from drafter.guard.model import load_model, probability, sentence_spans

    if rs.model_path is None:
        raise DrafterError("the rule packs name a trained model but no weights file was given")
    model = load_model(rs.model_path)
    rules = []
    for rule in rs.model_rules:
        if rule.category not in model.categories:
            raise DrafterError(f"guard model lacks category {rule.category}", rule=rule.id)
        rules.append((model.categories.index(rule.category), rule))
    folded, canon = _canons(doc)
    hits = model.flagged(canon)
    if not hits:
        return
    sentences = sentence_spans(folded)
    text = doc.text
    index_of = {id(rule): i for i, rule in enumerate(rs.rules)}
    ruled = [(f.start, f.end) for f in out.findings if f.category in _RULE_CATEGORIES_WIN]
    for k, rule in rules:
        for _, index, logit in (h for h in hits if h[0] == k):
            start, end = sentences[index]
            if _model_vetoed(ruled, doc, rule, index_of[id(rule)], start, end):
                continue
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            out.add(rule, start, end, confidence=round(probability(logit), 3))


# A rule's finding in one of these categories on a sentence already routes it to review and
# says why; the detector adding another category to the same words is mostly the same wording
# read twice ("这不是我们的事" is a forbidden phrase, not also blame).
_RULE_CATEGORIES_WIN = frozenset(
    {"blame_discussion", "forbidden_phrase", "liability_admission", "unauthorized_compensation", "written_statement"}
)
_QUESTION = re.compile(r"[?？]")


def _model_vetoed(ruled: list[tuple[int, int]], doc: _Doc, rule: Rule, index: int, start: int, end: int) -> bool:
    """The rules' own near-miss logic applied to a sentence the detector flagged: a rule already
    found a core category in it, it is an offer or a choice put as a question (``question_ok``:
    "are you sure you'd like to cancel?", not "are you sure you read it?"), it holds a negation
    (``negatable``: "it's not your fault") or a condition on the facts (``conditional_ok``), or
    one of the rule's ``unless`` phrases."""
    if any(s < end and start < e for s, e in ruled):
        return True
    if rule.question_ok and _QUESTION.search(doc.folded, start, end) and doc.has("polite_question", start, end):
        return True
    if rule.negatable and doc.has("negation", start, end) is not None:
        return True
    if rule.conditional_ok and doc.has("conditional", start, end) is not None:
        return True
    return doc.sentence_has(start, doc.rs.unless(index))


def _regex_hits(doc: _Doc, key: int, starts: list[int], rule_hits: dict[int, list[tuple[int, int]]]) -> None:
    """A regex group runs around each place one of its anchors was hit, at most the group's
    reach either side (a long reply is not searched whole)."""
    index, group = divmod(key, GROUPS)
    regex, (before, after) = doc.rs.rule_regex(index, group)
    windows: list[tuple[int, int]] = []
    size = len(doc.folded)
    for at in sorted(starts):
        # No sentence split needed: the regexes' own gaps never cross a sentence end.
        lo, hi = max(0, at - before), min(size, at + after)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        else:
            windows.append((lo, hi))
    for lo, hi in windows:
        for m in regex.finditer(doc.folded, lo, hi):
            if m.end() > m.start():
                rule_hits[index].append((m.start(), m.end()))


def _language_findings(out: _Builder, doc: _Doc, expected: str, rs: Ruleset) -> None:
    from drafter.guard.language import check_language, thresholds

    rule = _rule(rs, "language.mismatch")
    lexicon = rs.lexicon.get("language_mismatch", {})
    words = _english_words(tuple(lexicon.get("english_function_words", ())))
    also = _english_words(tuple(lexicon.get("traditional_also", ())))
    found = check_language(doc.text, doc.folded, expected, words, thresholds(rs.lexicon), also)
    if found is not None:
        names = {"en": "English", "zh-Hans": "Simplified Chinese", "zh-Hant": "Traditional Chinese"}
        out.add(
            rule,
            found.start,
            found.end,
            expected=names.get(expected, expected),
            detected=names.get(found.detected, "another language"),
        )


@cache
def _english_words(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(words)


def _compensation_findings(
    out: _Builder, promises: list[_Promise], authority: Authority, policy: Policy, rs: Ruleset
) -> None:
    """Each open-ended promise; each promise over the limit; else each one that cannot be
    valued; else their sum if over. A stated total replaces what it sums up. A role with no
    limit (policy `null`) is over none of them, and open-ended ones only count for it when the
    pack's open-ended rule is not `limited`."""
    limit = authority.limit
    open_ended = _rule(rs, _OPEN_ENDED)
    for p in promises:
        if p.open:
            out.add(open_ended, p.start, p.end)
    if limit is None:
        return
    over, unvalued = _rule(rs, "compensation.over_limit"), _rule(rs, "compensation.unvalued")
    role = authority.role
    flagged = False
    for p in promises:
        if p.open:
            continue
        if p.value > limit:
            flagged = True
            out.add(over, p.start, p.end, value=_money(p.value, policy), limit=_money(limit, policy), role=role)
        elif p.unvalued:
            out.add(unvalued, p.start, p.end, role=role)
    total = 0.0
    for p in promises:
        total = max(total, p.value) if p.total else total + p.value
    if promises and not flagged and total > limit:
        last = promises[-1]
        out.add(over, last.start, last.end, value=_money(total, policy), limit=_money(limit, policy), role=role)


def _structure_findings(out: _Builder, doc: _Doc, lang: str, rs: Ruleset) -> None:
    structure = _rule(rs, "structure.missing_step")
    if lang not in structure.languages or len(doc.text) < _MIN_REPLY:
        return
    present = _steps(doc)
    missing = [step for step, key in _STEP_KEYS if key not in present]
    if missing and doc.sentence_count(enough=3) >= 3:  # counted only when a step is missing
        end = len(doc.text)
        for step in missing:  # the most frequent finding of all: its texts are built once
            at = 0 if step in ("listen", "apologize") else end
            message, suggestion = _step_texts(
                structure.id,
                structure.message,
                structure.suggestion.get("zh", ""),
                structure.suggestion.get("en", ""),
                step,
                out.language,
            )
            finding = {
                "rule": structure.id,
                "category": structure.category,
                "severity": structure.severity,
                "start": at,
                "end": at,
                "excerpt": "",
                "message": message,
                "suggestion": suggestion,
            }
            out.findings.append(_validate_finding(finding))


_STEP_KEYS = [(step, f"step_{step}") for step in STEPS]


@lru_cache(maxsize=64)
def _step_texts(rule_id: str, template: str, zh_text: str, en_text: str, step: str, language: str) -> tuple[str, str]:
    """A missing step's message and suggestion (an empty excerpt: the suggestion follows the
    reply's language, as ``_Builder.add`` would choose it)."""
    message = template.format_map(defaultdict(str, {"step": step.capitalize()}))
    zh = language.startswith("zh")
    return message, _suggestion_text(rule_id, zh_text if zh else en_text, zh, language)


def check(
    text: str,
    *,
    role: str | None = None,
    context: GuardContext | dict[str, Any] | None = None,
    policy: Policy | None = None,
    language: str | None = None,
    ruleset: Ruleset | None = None,
    use_model: bool = True,
) -> GuardReport:
    """Check one reply. Bad arguments raise ``InputError``; an engine fault blocks (fail closed).
    The trained detector runs when the policy turns it on (``trained_detector: true``);
    ``use_model=False`` keeps it off whatever the policy says (training, before/after figures)."""
    policy = policy or load_policy()
    if not isinstance(text, str):
        raise InputError("text must be a string")
    return check_with(text, _authority(policy, role), GuardContext.of(context), policy, language, ruleset, use_model)


_AUTHORITIES: dict[int, tuple[Policy, dict[str | None, Authority]]] = {}


def _authority(policy: Policy, role: str | None) -> Authority:
    """``policy.authority(role)``, remembered per policy object: a check is a few dozen
    microseconds, and building the model each time was a noticeable part of it."""
    entry = _AUTHORITIES.get(id(policy))
    if entry is None or entry[0] is not policy:
        if len(_AUTHORITIES) > 16:
            _AUTHORITIES.clear()
        entry = _AUTHORITIES[id(policy)] = (policy, {})
    found = entry[1].get(role)
    if found is None:
        found = entry[1][role] = policy.authority(role)  # an unknown role raises here, every time
    return found


def check_with(
    text: str,
    authority: Authority,
    ctx: GuardContext,
    policy: Policy,
    language: str | None = None,
    ruleset: Ruleset | None = None,
    use_model: bool = True,
) -> GuardReport:
    """``check`` for callers that have already resolved the role and validated the context."""
    if language not in (None, "auto", "en", "zh-Hans", "zh-Hant"):
        raise InputError(f"unknown language {language!r} (use en, zh-Hans or zh-Hant)")
    try:
        rs = ruleset or default_ruleset()
        findings, lang = _findings(
            text,
            authority,
            ctx,
            policy,
            rs,
            None if language == "auto" else language,
            use_model and policy.trained_detector,
        )
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
