"""The offline, deterministic backend: a LAST reply assembled from the phrase banks in
prompts/phrases/ around the customer's own facts. No key, no network.

Listen repeats the customer's clauses turned round (intake's restatement: ids, amounts, dates
and places as they wrote them); a safety case opens by asking after the person and giving the
safety step. Satisfy repeats each request and answers it within the role's approval limit
(grant it, or say who approves and by when). Wording is neutral unless a business profile or
the complaint says what kind of business this is.

Complaint text is untrusted: intake drops venting, threats and instruction-like clauses, and a
repeated clause that draws a guardrail finding is left out and the reply composed again."""

from __future__ import annotations

import re
from collections.abc import Iterable

from drafter.backends.base import DraftJob, Generation, TemplateRequest
from drafter.guard.engine import check_with
from drafter.guard.normalize import fold
from drafter.guard.report import GuardReport
from drafter.intake.config import compiled, scan
from drafter.intake.facts import amounts as find_money
from drafter.intake.restate import restate_cues
from drafter.models import Analysis, Ask, Complaint, Money, Sections
from drafter.policy import Authority, load_policy
from drafter.profile import BusinessProfile
from drafter.reply import assemble
from drafter.wording import Wording, approver_role

# Requests we know how to answer, most binding first: the first two found are answered.
_PRIORITY = (
    "refund",
    "refund_status",
    "compensation",
    "replacement",
    "repair",
    "visit",
    "reschedule",
    "delivery",
    "cancel",
    "manager",
    "explanation",
    "prevent",
    "apology",
)
_FROM_INTAKE = (
    "refund",
    "compensation",
    "replacement",
    "repair",
    "delivery",
    "cancel",
    "manager",
    "explanation",
    "apology",
)
# An update on the action already says when; a separate "I'll explain" would repeat it.
_COVERS_EXPLANATION = frozenset({"repair", "visit", "delivery", "reschedule", "replacement"})
_WELCOME_BACK = frozenset({"restaurant", "retail_store", "hotel_travel"})
_KEEP_CASE = re.compile(r"^(?:I|I'm|I've|I'd|I'll)\b|^[A-Z]{2,}|^[A-Z][a-z]*[A-Z0-9]")
_MAX_ASKS = 2
_MAX_ANSWERS = 2
_ROUNDS = 4  # at most this many repeated clauses dropped for guardrail findings


def _money(amount: float, currency: str, zh: bool) -> str:
    value = f"{amount:,.2f}".rstrip("0").rstrip(".")
    if currency == "CNY":
        return f"{value}元" if zh else f"¥{value}"
    return f"{value} {currency}"


class TemplateBackend:
    name = "template"
    model: str | None = None

    def prepare(self, job: DraftJob) -> TemplateRequest:
        return TemplateRequest(
            complaint=job.complaint,
            analysis=job.analysis,
            limit=job.limit,
            currency=job.currency,
            role=job.role,
            policy=job.policy,
            profile=job.profile,
        )

    async def generate(self, request: TemplateRequest) -> Generation:
        sections, text, report = compose_checked(request)
        return Generation(
            sections=sections, model=None, raw=sections.model_dump_json(), checked_text=text, checked=report
        )

    async def aclose(self) -> None:
        """Nothing to release: no connections, no files."""


def compose_checked(request: TemplateRequest) -> tuple[Sections, str, GuardReport]:
    """Compose and check the reply as sent; while the guardrail objects to a repeated clause,
    leave that clause out. Returns the sections, the text checked and its report."""
    policy = request.policy or load_policy()
    authority = Authority(role=request.role, limit=request.limit)
    skip: set[str] = set()
    sections = compose(request, skip)
    for round_ in range(_ROUNDS + 1):
        text = assemble(sections, request.complaint, request.profile)
        report = check_with(text, authority, request.complaint.context, policy, request.complaint.language)
        if not report.findings or round_ == _ROUNDS:
            break
        pieces = _repeated(request, sections)
        culprits = {p for f in report.findings for p in pieces if _overlaps(text, f.start, f.end, p)}
        if not culprits - skip:
            break
        skip |= culprits
        sections = compose(request, skip)
    return sections, text, report


def _overlaps(text: str, start: int, end: int, piece: str) -> bool:
    at = text.lower().find(piece.lower())  # an English clause may be capitalised where it starts a sentence
    return at >= 0 and at < end and start < at + len(piece)


def _repeated(request: TemplateRequest, sections: Sections) -> list[str]:
    """The customer's clauses, as the composed text repeats them."""
    f = request.analysis.facts
    return [*f.story, *f.refs, *(a.text for a in f.asks)]


def compose(request: TemplateRequest, skip: Iterable[str] = ()) -> Sections:
    complaint, analysis = request.complaint, request.analysis
    words = Wording(complaint, request.profile)
    skipped = set(skip)
    listen = _listen(words, complaint, analysis, skipped)
    apologize = _apologize(words, complaint, analysis)
    satisfy = _satisfy(words, request, skipped)
    thank = _thank(words, complaint, analysis, request.profile)
    return Sections(listen=listen, apologize=apologize, satisfy=satisfy, thank=thank)


# --------------------------------------------------------------------------- Listen


def _sentence(words: Wording, text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    if words.zh:
        return text if text.endswith(("。", "！", "？")) else text + "。"
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _lower_first(text: str) -> str:
    if not text or _KEEP_CASE.match(text):
        return text
    return text[0].lower() + text[1:]


def _safety_opening(words: Wording, analysis: Analysis) -> list[str]:
    found = words.safety(analysis)
    return [] if found is None else [found[1], found[2]]


def _listen(words: Wording, complaint: Complaint, analysis: Analysis, skip: set[str]) -> str:
    f = analysis.facts
    bank = words["listen"]
    parts = _safety_opening(words, analysis) or [bank["ack"]["im" if complaint.channel == "im" else "email"]]
    story = [s for s in f.story if s not in skip]
    refs = [r for r in f.refs if r not in skip and not any(r in s for s in story)]
    order_id = complaint.context.order_id
    if order_id and not any(order_id in piece for piece in (*f.story, *f.refs)):
        refs.append(bank["order"].format(order_id=order_id))
    refs_text = ("，" if words.zh else ", ").join(refs)
    if story:
        opener = bank["open_fragment"] if f.fragment and story[0] == f.story[0] else bank["open"]
        first = opener.format(story=story[0] if words.zh else _lower_first(story[0]))
        if refs:
            first = first[:-1] + bank["refs"].format(refs=refs_text) + first[-1]
        parts.append(first)
        parts += [_sentence(words, s) for s in story[1:]]
    elif refs:
        parts.append(bank["fallback"][analysis.category])
        parts.append(bank["refs_alone"].format(refs=refs_text))
    else:
        parts.append(bank["fallback"][analysis.category])
    if analysis.safety is None:
        feeling = bank["feeling"]["im" if complaint.channel == "im" else analysis.customer_type]
        if feeling:
            parts.append(feeling)
    return words.sep.join(p for p in parts if p)


# --------------------------------------------------------------------------- Apologize


def _apologize(words: Wording, complaint: Complaint, analysis: Analysis) -> str:
    bank = words["apologize"]
    if analysis.safety is not None:
        return str(bank["safety"])
    if analysis.escalate:
        return str(bank["escalated"])
    if complaint.channel == "im":
        return str(bank["im"])
    return str(bank["emotion" if analysis.customer_type != "demand" else "default"])


# --------------------------------------------------------------------------- Satisfy


def _intents(ask: Ask) -> list[str]:
    """What kind of request a clause is: refund, replacement, explanation, a call back, ..."""
    found = scan(compiled(), ask.text)
    kinds = [k for k in _FROM_INTAKE if found.get(f"ask:{k}")]
    folded = fold(ask.text)
    for kind, cues in restate_cues().intents.items():
        if kind in ("refund_status", "full_refund"):
            continue  # read from the story and the refund's wording, not intents of their own
        if any(cue in folded for cue in cues):
            kinds.append("manager" if kind == "callback" else kind)
    if ask.kind == "know":
        kinds.append("explanation")
    return kinds


# A story sentence with one of these and a single amount says what the refund is worth.
_REFUND_WORDS = (
    *("refund", "deposit", "overcharg", "charged twice", "double"),
    *("退款", "退费", "退还", "多收", "多扣", "多算", "多付", "订金", "押金"),
)


def _refund_amount(request: TemplateRequest, ask_text: str | None) -> Money | None:
    """What the refund is worth: the amount in the request; else the amount in a sentence about
    the refund; else, for a full refund, the only amount in the complaint; else the order amount
    from the context. None when it cannot be told (then a supervisor is asked)."""
    if ask_text:
        named = find_money(ask_text)
        if named:
            return named[0]
    cues = restate_cues().intents
    for sentence in request.analysis.facts.story:
        if any(w in fold(sentence) for w in _REFUND_WORDS):
            named = find_money(sentence)
            if len(named) == 1:
                return named[0]
    mentioned = request.analysis.facts.amounts
    full = ask_text is not None and any(cue in fold(ask_text) for cue in cues.get("full_refund", []))
    if full and len({(m.value, m.currency) for m in mentioned}) == 1:
        return mentioned[0]
    ctx = request.complaint.context
    if ctx.order_amount is not None:
        currency = ctx.currency or request.currency
        zh = request.complaint.language != "en"
        return Money(text=_money(ctx.order_amount, currency, zh), value=ctx.order_amount, currency=currency)
    return None


def _refund(words: Wording, request: TemplateRequest, ask_text: str | None, time: str) -> str:
    answers = words["satisfy"]["answer"]
    policy = request.policy or load_policy()
    money = _refund_amount(request, ask_text)
    value = None if money is None or money.currency is None else policy.to_policy_currency(money.value, money.currency)
    if money is not None and value is not None and (request.limit is None or value <= request.limit):
        return str(answers["refund_granted"].format(amount=money.text))
    approver = words.approver(approver_role(policy, value))
    if money is None:
        return str(answers["refund_unvalued"].format(approver=approver, time=time))
    return str(answers["refund_approval"].format(amount=money.text, approver=approver, time=time))


def _ask_line(words: Wording, ask: Ask) -> str:
    template = words["satisfy"]["ask"][ask.kind]
    text = ask.text
    if ask.kind == "want" and not words.zh:
        text = text[0].upper() + text[1:]
    line = str(template.format(text=text))
    return line if words.zh else re.sub(r"\s+\.", ".", line)


def _answers(words: Wording, request: TemplateRequest, time: str) -> list[str]:
    """One or two answers to what the customer asked for, most binding first; by category when
    they asked for nothing in so many words."""
    analysis = request.analysis
    bank = words["satisfy"]["answer"]
    wanted: dict[str, str | None] = {}
    for ask in analysis.facts.asks:
        for kind in _intents(ask):
            wanted.setdefault(kind, ask.text)
    if not wanted:
        for kind in analysis.facts.asks_for:
            if kind in ("refund", "replacement", "repair", "compensation"):
                wanted.setdefault(kind, None)
        story = fold(" ".join(analysis.facts.story))
        if not wanted and any(cue in story for cue in restate_cues().intents.get("refund_status", [])):
            wanted["refund_status"] = None
    kinds = [k for k in _PRIORITY if k in wanted]
    if "replacement" in kinds and "refund" in kinds:  # "a replacement or a full refund": what we can do first
        kinds.remove("replacement")
        kinds.insert(0, "replacement")
    if _COVERS_EXPLANATION & set(kinds):
        kinds = [k for k in kinds if k != "explanation"]
    answers: list[str] = []
    for i, kind in enumerate(kinds[:_MAX_ANSWERS]):
        if kind == "prevent" and i > 0:  # the first answer already says when: no second time
            answers.append(bank["prevent_also"])
            continue
        if kind == "refund":
            answers.append(_refund(words, request, wanted[kind], time))
        elif kind == "compensation":
            approver = words.approver(approver_role(request.policy or load_policy(), None))
            answers.append(bank["compensation"].format(approver=approver, time=time))
        elif kind == "manager":
            answers.append(bank["manager"].format(manager=words.manager(), time=time))
        else:
            answers.append(bank[kind].format(time=time))
    if not answers:
        answers.append(words["satisfy"]["by_category"][analysis.category].format(time=time))
    return answers


def _satisfy(words: Wording, request: TemplateRequest, skip: set[str]) -> str:
    analysis = request.analysis
    bank = words["satisfy"]
    asks = [a for a in analysis.facts.asks if a.text not in skip][:_MAX_ASKS]
    parts = [_ask_line(words, a) for a in asks]
    time = str(bank["time"])
    if analysis.escalate:
        esc = bank["escalated"]
        parts.append(esc["base"].format(manager=words.manager(), time=words.escalation_time(analysis)))
        for reason in ("consumer_association", "legal", "media"):
            if reason in analysis.reasons:
                parts.append(esc[reason])
                break
        return words.sep.join(parts)
    parts += _answers(words, request, time)
    if any(a.kind == "deadline" for a in asks):
        parts.append(bank["deadline_noted"])
    return words.sep.join(parts)


# --------------------------------------------------------------------------- Thank


def _thank(words: Wording, complaint: Complaint, analysis: Analysis, profile: BusinessProfile | None) -> str:
    bank = words["thank"]
    if complaint.channel == "im":
        return str(bank["im"])
    if analysis.escalate:
        return str(bank["escalated"])
    if analysis.domain in _WELCOME_BACK:
        return str(bank["welcome_back"])
    return str(bank["default"])
