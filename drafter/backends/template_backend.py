"""The offline, deterministic backend: a LAST reply assembled from the phrase banks in
prompts/phrases/ around the customer's own facts. No key, no network.

Listen restates the customer's clauses turned round and written out (intake's restatement:
ids, amounts, dates and places as they wrote them; spoken Cantonese in written Chinese; no
questions, verdicts on us or blame repeated); a safety case opens by asking after the person
and giving the safety step that fits (already in a doctor's care, already unplugged, a live
installation not to be touched). There is one apology, as specific as the situation allows.
Satisfy (drafter/backends/template_satisfy.py) answers what they asked for within the role's
authority, as soon as the situation needs. Wording is neutral unless a business profile or the
complaint says what kind of business this is.

Complaint text is untrusted: intake drops venting, threats and instruction-like clauses, and a
repeated clause that draws a guardrail finding is left out and the reply composed again."""

from __future__ import annotations

import re
from collections.abc import Iterable

from drafter.backends import apology_harm, listen_en, template_remark
from drafter.backends.base import DraftJob, Generation, TemplateRequest
from drafter.backends.template_facts import looks_again
from drafter.backends.template_listen import determined, facts_sentence, fallback_line, quotes_promise, select
from drafter.backends.template_satisfy import MAX_ASKS, ask_line, bare_ask, echoed, satisfy
from drafter.guard.engine import check_with, last_steps
from drafter.guard.report import GuardReport
from drafter.intake.restate import leans_on_before
from drafter.models import Analysis, Ask, Complaint, Sections
from drafter.policy import Authority, load_policy
from drafter.profile import BusinessProfile
from drafter.reply import assemble
from drafter.wording import Wording

_WELCOME_BACK = frozenset({"restaurant", "retail_store", "hotel_travel", "personal_services", "entertainment"})
_KEEP_CASE = re.compile(r"^(?:I|I'm|I've|I'd|I'll)\b|^[A-Z]{2,}|^[A-Z][a-z]*[A-Z0-9]")
# Restated sentences at most: more reads as the complaint pasted back.
_STORY_BUDGET = {"email": 4, "im": 4}
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
            sections=sections,
            model=None,
            raw=sections.model_dump_json(),
            checked_text=text,
            checked_sections=sections,
            checked=report,
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
    return [*clauses, *f.story, *f.refs, *(a.text for a in f.asks), *(bare_ask(a.text) for a in f.asks)]


_CLAUSES = re.compile(r"，|, ")


def _unskipped(sentence: str, skip: set[str], zh: bool) -> str:
    """A story sentence without the clauses the guardrail objected to."""
    if sentence in skip:
        return ""
    clauses = [c for c in _CLAUSES.split(sentence) if c]
    kept = [c for c in clauses if c not in skip]
    if kept and clauses[0] in skip and leans_on_before(kept[0]):
        return ""  # "（他说了那样的话，）就没有下文了": what came of a clause left out says nothing
    return ("，" if zh else ", ").join(kept)


def compose(request: TemplateRequest, skip: Iterable[str] = ()) -> Sections:
    complaint, analysis = request.complaint, request.analysis
    words = Wording(complaint, request.profile, analysis.domain)
    skipped = set(skip)
    listen, apologize, used = _listen_and_apology(words, complaint, analysis, skipped)
    answer = satisfy(words, request, skipped | used)
    if any(m.text in answer and m.text in listen + apologize for m in analysis.facts.amounts) or looks_again(
        words, listen, answer
    ):
        # an amount Satisfy acts on ("a refund of £28") is said with its action, not also "noted";
        # a case Satisfy traces is not also "按编号…核查" before it (s13)
        listen, apologize, _ = _listen_and_apology(words, complaint, analysis, skipped, answer)
    thank = _thank(words, complaint, analysis, request.profile)
    if not words.zh and apologize == str(words["feeling"]["bridge"]) and _ASK_LEAD.match(answer):
        apologize = ""  # s13: no "Let me sort this out for you." just before "You'd like to know why…"
    if not words.zh:
        answer = _one_clock(words, answer)
        if "very seriously" in answer and ";" in thank:
            thank = thank.split(";")[0] + "."  # "we're taking it very seriously" said once, not twice
    return Sections(listen=listen, apologize=apologize, satisfy=answer, thank=thank)


# Satisfy opening on their request said back: the bridge before it only delays it.
_ASK_LEAD = re.compile(r"(?:You'd like|You want|You would like|You need|You asked)\b")


def _one_clock(words: Wording, answer: str) -> str:
    """English Satisfy with each later promise tied to the first answer by "as well", not a run of
    "… at the same time." sentences (trainers: robotic); the first keeps the tie."""
    same = " " + str(words["satisfy"]["time"]["same"]) + "."
    first = answer.find(same)
    if first < 0:
        return answer
    head, tail = answer[: first + len(same)], answer[first + len(same) :]
    return head + tail.replace(same, " as well.")


# --------------------------------------------------------------------------- Listen


_CLOSED_STOP = re.compile(r"([.!?。！？][\"”’'」])[.。]$")


def _sentence(words: Wording, text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    if words.zh:
        return text if text.endswith(("。", "！", "？")) else text + "。"
    text = text[0].upper() + text[1:]
    return text if re.search(r"[.!?][\"”’']?$", text) else text + "."


def _lower_first(text: str) -> str:
    if not text or _KEEP_CASE.match(text):
        return text
    return text[0].lower() + text[1:]


def _about(words: Wording, line: str, analysis: Analysis) -> str:
    """The topic sentence about whoever was hurt or fell ill: "your son became unwell", not
    "you" when the customer writes about someone else."""
    who = analysis.safety.who if analysis.safety is not None else None
    if not who or analysis.category not in ("illness", "injury"):
        return line
    if words.zh:
        return line.replace("了解到您", "了解到" + who, 1) if who.startswith("您") else line
    verb = "were" if who.startswith("you and") else "was"
    return line.replace("that you were", f"that {who} {verb}", 1).replace("that you became", f"that {who} became", 1)


def _restatement(
    words: Wording, complaint: Complaint, analysis: Analysis, skip: set[str], answered: str = ""
) -> tuple[list[str], set[str]]:
    """The customer's facts in our words (drafter/backends/template_listen.py): the first
    restated sentence fit to send after "I understand that" / "了解到" (else a topic sentence for
    the category), at most two more such sentences, then the references, amounts, dates and
    places not yet said in a frame of ours. Never a raw clause of the complaint. Also returns the
    requests it used, so that Satisfy does not repeat them (none: asks are Satisfy's)."""
    f = analysis.facts
    bank = words["listen"]
    story = [kept for s in f.story if (kept := _unskipped(s, skip, words.zh))]
    chosen = select(words, story, _STORY_BUDGET[complaint.channel])
    used: set[str] = set()
    if chosen:
        lead = chosen[0] if words.zh or listen_en.proper_lead(chosen[0], complaint.text) else _lower_first(chosen[0])
        first = bank["open"].format(story=lead if words.zh else determined(words, lead))
        first = _CLOSED_STOP.sub(r"\1", first)  # "…usually friendly.'" ends the sentence: no ".'."
        parts = [first, *(_sentence(words, s) for s in chosen[1:])]
    elif not story and (asked := next((a for a in f.asks if _opens(words, a) and echoed(words, a, skip)), None)):
        # A message that only asks ("why can I only buy 50 cubic metres?") is restated by what it asks;
        # one that told what happened is never restated by its ask ("了解到您希望我们退还…").
        line = str(ask_line(words, asked)).rstrip("。.")
        parts = [bank["open"].format(story=line if words.zh else _lower_first(line))]
        used.add(asked.text)
    else:
        parts = [_about(words, fallback_line(words, complaint, analysis), analysis)]
    # What Satisfy repeats of the requests ("a refund of the $80 difference") is said already:
    # no "the amounts you mention ($80)" before it.
    repeated = [str(ask_line(words, a)) for a in f.asks if echoed(words, a, skip)][:MAX_ASKS]
    frame = facts_sentence(words, complaint, analysis, words.sep.join([*parts, *repeated]), answered)
    if frame and frame not in skip:
        parts.append(frame)
    return parts, used


def _opens(words: Wording, ask: Ask) -> bool:
    """A request that can open Listen when nothing else is fit to: one that says what it is about
    ("why can I only buy 50 cubic metres"), not a bare "退還給您", and quotes no promise."""
    size = len(re.findall(r"[\u4e00-\u9fff]", ask.text)) if words.zh else len(ask.text.split())
    return size >= (6 if words.zh else 4) and not quotes_promise(ask.text)


def _apology(words: Wording, complaint: Complaint, analysis: Analysis) -> str:
    """One apology, as specific as the situation allows: the harm named where the complaint
    says it (drafter/backends/apology_harm.py), never a history or harm it does not state."""
    bank = words["apology"]
    s = analysis.situation
    if analysis.safety is not None:
        return str(bank["safety"])
    if "grief" in bank and apology_harm.bereaved(words, complaint.text):
        return str(bank["grief"])
    if "missed" in bank and (event := apology_harm.missed(words, complaint.text)):
        return str(bank["missed"]).format(event=event)
    key = _apology_key(words, complaint, analysis)
    if _names_harm(words, complaint, analysis, key) and (harm := apology_harm.stated_harm(words, complaint.text)):
        return str(bank["harm"][harm])  # s13listen3: what went wrong for them, told in so many words
    if s.now and s.place and _waited(words, complaint, analysis):
        return str(bank["now"])
    if not words.zh and key in ("default", "emotion") and (named := listen_en.harm_apology(bank, complaint.text)):
        return named  # s13: the harm they state (time on hold, what it cost them), never "the trouble"
    if key == "default" and (event := apology_harm.coming_up(words, complaint.text)):
        return str(bank["coming_up_line"]).format(event=event)
    return str(bank[key])


_LONG_LETTER = {"en": 600, "zh": 250}  # characters: a letter of several grievances, one harm named would shrink it


def _names_harm(words: Wording, complaint: Complaint, analysis: Analysis, key: str) -> bool:
    """Whether the apology may name the one harm stated (apology_harm.stated_harm) instead of the
    key's line: not over the staff's manner, a repeat, or a harm the English readers already name
    (time on hold, what it cost them), nor for an escalated letter of many grievances."""
    if key in ("attitude", "recurring") or analysis.situation.rude:
        return False
    if not words.zh and listen_en.harm_apology(words["apology"], complaint.text):
        return False
    return key != "escalated" or len(complaint.text) <= _LONG_LETTER[words.lang]


def _apology_key(words: Wording, complaint: Complaint, analysis: Analysis) -> str:
    """The apology bank's key for the situation, first that applies (after a wait on the spot)."""
    s = analysis.situation
    if analysis.escalate and not s.chased:
        key = "escalated"
    elif s.chased:
        key = "chased"
    elif s.rude and not apology_harm.rude_aside(complaint.text):
        key = "attitude"
    elif s.recurring:
        key = "recurring"
    elif s.now and (s.place or analysis.category in ("waiting", "appointment")) and _waited(words, complaint, analysis):
        key = "now"
    elif s.today and not s.down and _deadline_told(words, analysis):
        # needed today or tomorrow: "with your deadline so close"; a date weeks away is no rush
        # (trainers: "时间这么紧" for a month-end deadline does not fit), and a service down now is
        # urgent, but not a deadline of theirs; nor is "delivered by tomorrow morning" they ask for
        key = "deadline"
    elif analysis.customer_type != "demand" and s.mood in ("angry", "disappointed"):
        # "so unpleasant an experience" for someone upset by it; for a name misspelt, plain
        # (trainers: overblown for a typo)
        key = "emotion"
    else:
        key = "default"
    return key


def _waited(words: Wording, complaint: Complaint, analysis: Analysis) -> bool:
    """Whether they say they have been kept waiting ("还没叫到", "still waiting", 等了): the
    evidence "sorry you've been left waiting" needs (trainers: it misstates a room not cleaned
    for two days)."""
    if analysis.category == "waiting":
        return True
    said = tuple(str(w).lower() for w in words["apology"]["waiting_said"])
    return any(w in complaint.text.lower() for w in said)


def _deadline_told(words: Wording, analysis: Analysis) -> bool:
    """Whether they tell of the time pressure themselves ("I fly on Friday", 明天要出差) in what
    Listen restates, rather than only asking for something by a time: the evidence a "deadline
    so close" apology needs (trainers: an invented deadline reads as not having read them)."""
    said = tuple(str(w).lower() for w in words["apology"]["deadline_said"])
    return any(w in s.lower() for s in analysis.facts.story for w in said)


def _feeling(words: Wording, complaint: Complaint, analysis: Analysis) -> str:
    """That we see how it feels, by the feeling they state: angry, let down or worried (trainers:
    "换作是我也会很着急" to someone charged without consent reads as not listening)."""
    bank = words["feeling"]
    if analysis.safety is not None:
        return str(bank["safety"])
    if "grief" in bank and apology_harm.bereaved(words, complaint.text):
        return str(bank["grief"])  # a funeral gone wrong is no "inconvenience" (trainers)
    if analysis.customer_type != "demand" or analysis.situation.chased or analysis.escalate:
        mood = analysis.situation.mood
        return str(bank[mood] if mood else bank["emotion"])
    if "rude" in bank and analysis.situation.rude and not apology_harm.rude_aside(complaint.text):
        return str(bank["rude"])  # being treated rudely is no "inconvenience" (trainers)
    return str(bank["default"])


def _mistreated(analysis: Analysis) -> bool:
    """Whether a remark they quote is one to apologise for: they say they were treated badly,
    or the remark brushed them off, or it was left out of Listen as "said that" (too long or in
    spoken Cantonese to repeat in our voice)."""
    s = analysis.situation
    return s.rude or s.dismissed or any(v in story for story in analysis.facts.story for v in _VAGUE)


_VAGUE = ("说了那样的话", "說了那樣的話")


def _promises(text: str) -> bool:
    """Whether the restated words already hold a promise or thanks cue ("today", "处理",
    "has been"): then the apology must come before them for the reply to read, and be read by
    the step detector, in LAST order."""
    steps = last_steps(text)
    return "satisfy" in steps or "thank" in steps


def _listen_and_apology(
    words: Wording, complaint: Complaint, analysis: Analysis, skip: set[str], answered: str = ""
) -> tuple[str, str, set[str]]:
    """Listen and Apologize, with a protective step (a card frozen, a child asked after) first."""
    protect = words.protect(analysis)
    listen, apology, used = _listen_and_apology_core(words, complaint, analysis, skip, answered, protect)
    if analysis.safety is None and (mourn := apology_harm.condolence(words, complaint.text)) and mourn not in listen:
        listen = words.sep.join([mourn, listen])  # s13pg: a death told: condolence first, before the facts
    if protect is None or protect in listen:
        return listen, apology, used
    return words.sep.join([protect, listen]), apology, used


def _listen_and_apology_core(
    words: Wording,
    complaint: Complaint,
    analysis: Analysis,
    skip: set[str],
    answered: str = "",
    protect: str | None = None,
) -> tuple[str, str, set[str]]:
    """Listen and Apologize, with one apology between them.

    Usually: the restatement, then the apology. When the restatement reads like a promise, or in
    a safety case (the wellbeing question already says sorry), the apology opens and the
    Apologize section says that we see how it feels instead."""
    remark = template_remark.find(words, complaint.text) if _mistreated(analysis) else None
    if remark is not None and not remark.hurtful:
        # the remark is named in the apology: Listen does not also say "还说了那样的话"
        skip = skip | {c for s in analysis.facts.story for c in _CLAUSES.split(s) if any(v in c for v in _VAGUE)}
    restated, used = _restatement(words, complaint, analysis, skip, answered)
    apology = _apology(words, complaint, analysis)
    if remark is not None:
        # A remark of ours they quote: the apology names who said what, once (not "说了那样的话",
        # nor a second, generic "for how you were answered").
        named = template_remark.apology(words, remark)
        if apology == words["apology"]["attitude"]:
            apology, also = named, []
        else:
            also = [named]
    else:
        # A brush-off they quote ("not our problem"): its own apology, unless the main one is about it.
        brushed = analysis.situation.dismissed and apology != words["apology"]["attitude"]
        also = [str(words["apology"]["dismissed"])] if brushed else []
        aside = not brushed and analysis.situation.rude and "attitude_also" in words["apology"]
        if aside and apology_harm.rude_aside(complaint.text):  # the manner as an aside: sorry for it as well
            also = [str(words["apology"]["attitude_also"])]
    safety = words.safety(analysis)
    if safety is not None:
        listen = [safety[1], safety[2], *restated]
        late = words["apology"].get("harm_also", {})
        if (harm := apology_harm.stated_harm(words, complaint.text)) in late:
            also = [*also, str(late[harm])]  # s13listen3: the wellbeing line is no apology for nobody coming
        return words.sep.join(listen), words.sep.join([_feeling(words, complaint, analysis), *also]), used
    if _promises(words.sep.join(restated)):
        ack = words["listen"]["ack_first"]
        if isinstance(ack, dict):
            ack = ack["im" if complaint.channel == "im" else "email"]
        feeling = _feeling(words, complaint, analysis)
        moods = words["listen"].get("ack_first_mood") if not words.zh else None
        alone = feeling == str(words["feeling"]["default"]) or complaint.channel == "im"
        alone = alone and apology != str(words["apology"]["emotion"])  # never "frustrating … the frustration"
        if alone and isinstance(moods, dict) and analysis.situation.mood in moods:
            # s13: by the feeling they state, not one stock line; only where no feeling line follows
            ack = moods[analysis.situation.mood]
        opening = str(ack).format(apology=apology if words.zh else _lower_first(apology))
        first = [protect] if protect else []  # the card frozen right after the opening apology
        if not words.zh and (feeling == str(words["feeling"]["default"]) or complaint.channel == "im"):
            # s9english: the opening apology is the one empathy line; a stock "I can see how
            # inconvenient this has been" after the facts stacked a second (trainers), and in chat
            # any second line is one too many. Apologize then bridges to what we do.
            bridge = [] if also else [str(words["feeling"]["bridge"])]
            return words.sep.join([opening, *first, *restated]), words.sep.join([*bridge, *also]), used
        return words.sep.join([opening, *first, *restated]), words.sep.join([feeling, *also]), used
    if complaint.channel == "email" and analysis.customer_type != "demand":
        return words.sep.join(restated), words.sep.join([apology, _feeling(words, complaint, analysis), *also]), used
    return words.sep.join(restated), words.sep.join([apology, *also]), used


# --------------------------------------------------------------------------- Thank


def _thank(words: Wording, complaint: Complaint, analysis: Analysis, profile: BusinessProfile | None) -> str:
    bank = words["thank"]
    if complaint.channel == "im":
        # someone hurt, in danger or escalated: thanks for telling us, never for "feedback"
        told = analysis.safety is not None or analysis.escalate
        return str(bank["im_told" if told else "im"])
    if analysis.safety is not None:
        return str(bank["safety"])
    if analysis.situation.chased:
        return str(bank["chased"])
    if analysis.escalate:
        return str(bank["escalated"])
    ongoing = any(cue in complaint.text.lower() for cue in bank["ongoing"])
    if words.domain in _WELCOME_BACK and not ongoing:  # never to a member or tenant who has not left
        return str(bank["welcome_back"])
    return str(bank["default"])
