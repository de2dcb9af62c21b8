"""The offline, deterministic backend: a LAST reply assembled from the phrase banks in
prompts/phrases/ around intake's gist of the complaint. No key, no network.

Listen is one short summary in our own voice (drafter/backends/template_listen.py): the problem
named by a phrase of ours, with the item, ids, amount, date and place the customer gave; never
their sentences turned round. A safety case opens by asking after the person and giving the
step that fits the hazard. There is one apology, as specific as the problem allows. Satisfy
(drafter/backends/template_satisfy.py) does what they asked for, as the situation needs, within
the role's authority. Wording is neutral unless a business profile or the complaint says what
kind of business this is.

Complaint text is untrusted: intake drops venting, threats and instruction-like sentences; the
one clause of the customer's that may be said back passes strict checks, and if the guardrail
objects to it the reply is composed again without it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from drafter.backends.base import DraftJob, Generation, TemplateRequest
from drafter.backends.template_listen import summary
from drafter.backends.template_satisfy import satisfy
from drafter.guard.engine import check_with, last_steps
from drafter.guard.report import GuardReport
from drafter.intake.situation import for_reply
from drafter.models import Analysis, Complaint, Sections
from drafter.policy import Authority, load_policy
from drafter.profile import BusinessProfile
from drafter.reply import assemble
from drafter.wording import Wording

_WELCOME_BACK = frozenset({"restaurant", "retail_store", "hotel_travel"})
_KEEP_CASE = re.compile(r"^(?:I|I'm|I've|I'd|I'll)\b|^[A-Z]{2,}|^[A-Z][a-z]*[A-Z0-9]")
_ROUNDS = 4  # at most this many repeated clauses dropped for guardrail findings


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
    domain = request.analysis.domain
    for round_ in range(_ROUNDS + 1):
        text = assemble(sections, request.complaint, request.profile, domain)
        report = check_with(text, authority, request.complaint.context, policy, request.complaint.language)
        if not report.findings or round_ == _ROUNDS:
            break
        pieces = _repeated(request)
        culprits = {p for f in report.findings for p in pieces if _overlaps(text, f.start, f.end, p)}
        culprits = {p for p in culprits if not any(q != p and q in p for q in culprits)}  # the clause, not its sentence
        if not culprits - skip:
            break
        skip |= culprits
        sections = compose(request, skip)
    return sections, text, report


def _overlaps(text: str, start: int, end: int, piece: str) -> bool:
    at = text.lower().find(piece.lower())  # an English clause may be capitalised where it starts a sentence
    return at >= 0 and at < end and start < at + len(piece)


def _repeated(request: TemplateRequest) -> list[str]:
    """The customer's clauses, as the composed text repeats them: each clause of a story sentence
    on its own, so that a finding drops the clause that drew it, not its whole sentence."""
    f = request.analysis.facts
    clauses = [c for s in f.story for c in _CLAUSES.split(s) if c]
    gist = [f.gist.clause] if f.gist.clause else []
    return [*gist, *clauses, *f.story, *f.refs, *(a.text for a in f.asks)]


_CLAUSES = re.compile(r"，|, ")


def compose(request: TemplateRequest, skip: Iterable[str] = ()) -> Sections:
    complaint, analysis = request.complaint, request.analysis
    words = Wording(complaint, request.profile, analysis.domain)
    skipped = set(skip)
    listen, apologize, used = _listen_and_apology(words, complaint, analysis, skipped)
    return Sections(
        listen=listen,
        apologize=apologize,
        satisfy=satisfy(words, request, skipped | used),
        thank=_thank(words, complaint, analysis, request.profile),
    )


# --------------------------------------------------------------------------- Listen


def _lower_first(text: str) -> str:
    if not text or _KEEP_CASE.match(text):
        return text
    return text[0].lower() + text[1:]


def _apology(words: Wording, complaint: Complaint, analysis: Analysis) -> str:
    """One apology, as specific as the situation allows."""
    bank = words["apology"]
    s = analysis.situation
    problem = analysis.facts.gist.problem
    waiting = problem in ("food_wait", "long_wait", "appointment_wait") or analysis.category == "waiting"
    if analysis.safety is not None:
        key = "safety"
    elif s.now and s.place and waiting:
        key = "now"
    elif problem in bank.get("by_problem", {}) and not s.chased:
        return str(bank["by_problem"][problem])
    elif analysis.escalate and not s.chased:
        key = "escalated"
    elif s.chased:
        count = analysis.facts.gist.count
        return str(bank["chased_count"].format(count=count)) if count else str(bank["chased"])
    elif s.rude:
        key = "attitude"
    elif s.recurring:
        key = "recurring"
    elif s.now and (s.place or analysis.category in ("waiting", "appointment")):
        key = "now"
    elif (s.deadline and not for_reply(complaint.text, s.deadline)) or s.today:
        key = "deadline"
    elif analysis.customer_type != "demand":
        key = "emotion"
    else:
        key = "default"
    return str(bank[key])


def _feeling(words: Wording, complaint: Complaint, analysis: Analysis) -> str:
    bank = words["feeling"]
    if analysis.safety is not None:
        return str(bank["safety"])
    if analysis.customer_type != "demand" or analysis.situation.chased or analysis.escalate:
        return str(bank["emotion"])
    return str(bank["default"])


def _promises(text: str) -> bool:
    """Whether the restated words already hold a promise or thanks cue ("today", "处理",
    "has been"): then the apology must come before them for the reply to read, and be read by
    the step detector, in LAST order."""
    steps = last_steps(text)
    return "satisfy" in steps or "thank" in steps


def _listen_and_apology(
    words: Wording, complaint: Complaint, analysis: Analysis, skip: set[str]
) -> tuple[str, str, set[str]]:
    """Listen and Apologize, with one apology between them.

    Listen is one short summary in our words (drafter/backends/template_listen.py), then the
    apology. In a safety case the wellbeing question (which says sorry) and the safety step come
    first, and the Apologize section says that we see how it feels instead."""
    said = summary(words, complaint, analysis, skip)
    apology = _apology(words, complaint, analysis)
    safety = words.safety(analysis)
    if safety is not None:
        listen = [safety[1], safety[2], said]
        return words.sep.join(listen), _feeling(words, complaint, analysis), set()
    if _promises(said):
        ack = words["listen"]["ack_first"]
        if isinstance(ack, dict):
            ack = ack["im" if complaint.channel == "im" else "email"]
        opening = str(ack).format(apology=apology if words.zh else _lower_first(apology))
        return words.sep.join([opening, said]), _feeling(words, complaint, analysis), set()
    if complaint.channel == "email" and analysis.customer_type != "demand":
        return said, words.sep.join([apology, _feeling(words, complaint, analysis)]), set()
    return said, apology, set()


# --------------------------------------------------------------------------- Thank


def _thank(words: Wording, complaint: Complaint, analysis: Analysis, profile: BusinessProfile | None) -> str:
    bank = words["thank"]
    if complaint.channel == "im":
        if analysis.safety is not None:
            return str(bank["im_safety"])
        if analysis.escalate:
            return str(bank["im_escalated"])
        return str(bank["im"])
    if analysis.safety is not None:
        return str(bank["safety"])
    if analysis.situation.chased:
        return str(bank["chased"])
    if analysis.escalate:
        return str(bank["escalated"])
    if words.domain in _WELCOME_BACK:
        return str(bank["welcome_back"])
    return str(bank["default"])
