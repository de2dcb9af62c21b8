"""Satisfy for the template backend: answer what the customer asked for, within the role's
authority, as soon as their situation needs.

What is asked comes from the request clauses (and from the story for needs nobody spells out:
"still no refund of $149", a transfer stuck "processing", a parcel delivered crushed); what we do
about it is a line of the phrase bank per kind of request, most binding first. How soon comes
from the situation: someone waiting on the spot gets a person sent to them and minutes, not a
day; a need for today gets today; a deadline of theirs is named. A refund within the limit is
granted (checked first when the customer says they were charged wrongly); beyond it the reply
names who approves and when. Escalated cases go to the manager who fits the business, with the
one concrete step that does not wait for them (tracing, expediting, an emergency crew)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache, lru_cache
from typing import Any

import ahocorasick_rs

from drafter.backends import (
    event_time,
    money_cases,
    safety_fit,
    safety_need,
    safety_source,
    same_day,
    satisfy_send,
    second_asks,
    situation_fit,
)
from drafter.backends import satisfy_asks5 as asks5
from drafter.backends import satisfy_asks6 as asks6
from drafter.backends import satisfy_asks_en as asks_en
from drafter.backends import satisfy_asks_zh as asks_zh
from drafter.backends.ask_echo import begun, rather, unforced, voiced
from drafter.backends.base import TemplateRequest
from drafter.backends.remedy_fit import (
    asks_in,
    fix_demanded,
    money_only_asked,
    other_floor,
    part_missing,
    pest_seen,
    remaining_kept,
    send_part_asked,
    sent_to_old_address,
)
from drafter.backends.satisfy_asks2 import (
    also_asked,
    broken_promise,
    either_options,
    gift,
    lost_and_fallback,
    need_day,
    plan_change,
    plan_change_asked,
    plan_word,
    rebill_asked,
    settled_asked,
    settled_what,
    told_free,
)
from drafter.backends.satisfy_asks3 import (
    charged_after_stop,
    closure_asked,
    coming_in,
    count_asked,
    deposit_itemised,
    deposit_overdue,
    deposit_sum,
    fee_amount,
    fee_removal,
    half_asked,
    how_to_apply,
    rebook_window,
    return_burden,
    service_first,
    serving_again,
    several_missed,
)
from drafter.backends.satisfy_asks4 import (
    charged_over,
    excess_named,
    fee_asked,
    money_back_only,
    no_charge_asked,
    price_tag_read,
    refund_notified,
    revisit_asked,
    stop_renewal,
    sum_back_clause,
)
from drafter.backends.satisfy_parts import Part as SplitPart
from drafter.backends.satisfy_parts import nameable, refund_demanded, said_in
from drafter.backends.satisfy_parts import parts as split_parts
from drafter.backends.template_listen import clean_ask, own_words
from drafter.backends.template_remedy import (
    access_expired,
    again_or_refund,
    asks_receipt,
    booking_deposit,
    call_now,
    cancelled_thing,
    deposit_settled,
    done_on_spot,
    food_or_drink,
    made_wrong,
    misdelivered,
    misdirected_transfer,
    missed_discount,
    move_room,
    move_room_told,
    own_funds_held,
    refund_issued_missing,
    remedies,
    service_gone,
    spilt,
    thing_not_arrived,
    unused_part,
    with_others,
)
from drafter.deadlines import met_sooner
from drafter.guard.engine import check_with
from drafter.guard.normalize import fold
from drafter.intake.asked_back import asked_back, due
from drafter.intake.config import compiled, scan
from drafter.intake.corrections import deducted_units, posted_there, shared_place, wrong_amount
from drafter.intake.done import already_returned, refund_agreed, refund_awaited
from drafter.intake.facts import amounts as find_money
from drafter.intake.harm import asks_kit
from drafter.intake.prefs import (
    asked_by,
    asked_executive,
    call_window,
    channel_only,
    declined,
    group_asked,
    human_only,
    names_senior,
    no_calls,
    not_again,
    phone_asked,
    spot,
    strip,
    visit_window,
    wants_human,
)
from drafter.intake.promise import answer_by, meter_test_asked, recovery_by
from drafter.intake.restate import restate_cues
from drafter.models import Analysis, Ask, Money
from drafter.policy import Authority, load_policy
from drafter.prefilter import Gate, gated
from drafter.text import HAN
from drafter.wording import Wording, approver_role, live, stuck_vehicle

# Kinds of request we know how to answer, most binding first: the first two found are answered.
_PRIORITY = (
    "care_cancelled",
    "care",
    "how_to_apply",
    "move_room",
    "room_treated",
    "credit_or_refund",
    "either",
    "either_pick",
    "lost_parcel",
    "fee_free",
    "posted",
    "shared_repair",
    "units_back",
    "redo_or_refund",
    "resend_meal",
    "spilt_item",
    "resend_address",
    "remake_or_refund",
    "discount_back",
    "received_claim",
    "received",
    "claim_status",
    "deposit_release",
    "out_of_service",
    "housekeeping",
    "switch_off",
    "amend",
    "resend",
    "breakdown",
    "done_by",
    "repair_date",
    "return_label",
    "refund",
    "refund_amount",
    "plan_change",
    "settled",
    "rebill",
    "revert",
    "update_details",
    "waive_fee",
    "trace_money",
    "refund_status",
    "card_retained",
    "unblock",
    "unlock",
    "compensation",
    "damage_claim",
    "send_missing",
    "missing_item",
    "find_item",
    "find_first",
    "choice",
    "repair_choice",
    "makeup",
    "confirm_booking",
    "stage",
    "batch",
    "goodwill",
    "freeze",
    "freeze_check",
    "finish",
    "tow",
    "delist",
    "make_good",
    "redeliver",
    "pickup",
    "redo",
    "replacement",
    "extend",
    "credit_back",
    "points",
    "data",
    "documents",
    "certificate",
    "repair",
    "visit",
    "restore",
    "collection",
    "expedite",
    "reschedule",
    "delivery",
    "trace",
    "footage",
    "trace_bag",
    "staff_check",
    "conduct",
    "investigate",
    "probe",
    "in_writing",
    "written_info",
    "correct",
    "cancel",
    "remote",
    "call_at",
    "manager",
    "confirm",
    "explanation",
    "notice",
    "price_tag",
    "review_price",
    "contact_party",
    "money_if",
    "prevent",
    "feedback",
    "apology",
    "written_confirm",
)
# What intake's own request blocks (prompts/intake.yaml, asks_for) are called here.
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
# An answer that already says when covers "I'll explain"; one that already sends someone
# covers "call me".
_COVERS_EXPLANATION = frozenset(
    {
        "repair",
        "visit",
        "delivery",
        "reschedule",
        "replacement",
        "trace_money",
        "refund_status",
        "expedite",
        "restore",
        "collection",
        "breakdown",
        "trace",
        "trace_bag",
        "footage",
        "investigate",
        "certificate",
        "amend",
        "housekeeping",
        "find_item",
        "stage",
        "confirm_booking",
        "repair_choice",
    }
)
_MAX_ANSWERS = 4
# Money asked for (a refund, an advance, compensation; an amount is found by the facts reader):
# its date is promised by whoever approves the sum, so it never gets the "done by then" line.
_MONEY_ASK = re.compile(
    r"退款|退钱|退还|退回|赔|垫付|先付|补偿|报销|理赔"
    r"|\b(?:refund|reimburse|compensat|pay (?:me|us|it) back|advance|credit)"
)
# Asks any role can simply do: answered as done, in escalated cases too.
_ACTIONS = (
    "switch_off",
    "amend",
    "resend",
    "breakdown",
    "done_by",
    "cancel",
    "housekeeping",
    "plan_change",
    "settled",
    "rebill",
)
# "the correct cushions sent and the £49 delivery charge refunded": both asked, not one or the other.
_BOTH = re.compile(r"\band\b|并且|並且|并|並|同时|同時|以及")
# An app, a website or a system that does not work: the technical team, not an exchange.
_APP_DOWN = re.compile(
    r"(?:(?<![a-z])apps?(?![a-z])|website|(?<![a-z])site(?![a-z])|portal|online banking|系统|网站|小程序|网银)"
    r"[^.。!?！？]{0,40}?"
    r"(?:not working|isn t working|won t (?:load|open|work)|doesn t work|is down|crash|error|"
    r"keeps? (?:crashing|freezing)|打不开|登不上|登不进|登录不了|登入不到|登入唔到|登唔到|用唔到|开唔到|登不到|"
    r"闪退|死机|用不了|进不去|报错)"
)
_APP_DOWN = gated(_APP_DOWN)
# It came (late, cold, incomplete): nothing to trace.
_ARRIVED = re.compile(r"到了|送到|送来|送來|才到|先到|arrived|came|turned up|showed up|delivered late|was late")
# Kinds of business where a customer waits on the spot for someone to come to them.
_ON_SITE = frozenset(
    {
        "restaurant",
        "retail_store",
        "hotel_travel",
        "airline",
        "healthcare_clinic",
        "public_service",
        "fitness",
        "personal_services",
        "entertainment",
    }
)
# Where an emergency crew is ours to send for a live hazard.
_CREW = frozenset({"utility", "telecom", "property_management", "home_services"})
_SYSTEM_RESTORE = frozenset({"telecom", "utility", "public_service", "education", "software"})
# Where something bought can be exchanged or refunded.
_SHOPS = frozenset({"retail_store", "ecommerce", "other"})
# A story sentence with one of these and a single amount says what the refund is worth.
_REFUND_WORDS = frozenset(
    {
        *("refund", "deposit", "overcharg", "double", "twice", "duplicate", "each", "x2", "charged", "fee"),
        "charged twice",
        *("退款", "退费", "退还", "多收", "多扣", "多算", "多付", "订金", "押金", "两次", "重复", "折到"),
        *("收了", "扣了", "年费", "多了一", "多出", "罚息"),
    }
)


_SYMBOLS = {
    "USD": "$",
    "GBP": "£",
    "EUR": "€",
    "HKD": "HK$",
    "TWD": "NT$",
    "JPY": "¥",
    "SGD": "S$",
    "AUD": "A$",
    "CAD": "C$",
}


def _money(amount: float, currency: str, zh: bool) -> str:
    """An amount as a reply writes it: ¥30 / 30元, NT$1,711, £38.60."""
    value = f"{amount:,.2f}"
    value = value[:-3] if value.endswith(".00") else value
    if currency == "CNY":
        return f"{value}元" if zh else f"¥{value}"
    symbol = _SYMBOLS.get(currency)
    return f"{symbol}{value}" if symbol else f"{value} {currency}"


@cache
def _cues(kind: str) -> tuple[str, ...]:
    """An intent's cues folded as the text is (case, width, script; apostrophes as spaces)."""
    return tuple(fold(cue) for cue in restate_cues().intents.get(kind, []))


@cache
def _intent_automaton() -> tuple[ahocorasick_rs.AhoCorasick, tuple[frozenset[str], ...]]:
    """Every intent's cues in one automaton: a text is read once, not once per cue (~550)."""
    kinds: dict[str, set[str]] = {}
    for kind in restate_cues().intents:
        for cue in _cues(kind):
            kinds.setdefault(cue, set()).add(kind)
    keys = list(kinds)
    return ahocorasick_rs.AhoCorasick(keys), tuple(frozenset(kinds[key]) for key in keys)


@lru_cache(maxsize=16)
def _kinds_in(folded: str) -> frozenset[str]:
    """The intents with a cue somewhere in the folded text (a draft asks this of the same story
    a dozen times)."""
    automaton, kinds = _intent_automaton()
    found: set[str] = set()
    for index, start, end in automaton.find_matches_as_indexes(folded, overlapping=True):
        if _whole_word(folded, start, end):
            found |= kinds[index]
    return frozenset(found)


_LATIN = re.compile(r"[a-z0-9]")
_INFLECTED = re.compile(r"(?:s|es|d|ed|ing|er|ers)?(?![a-z0-9])")
_DOUBLED = re.compile(r"(?:ed|ing|er|ers)(?![a-z0-9])")


def _whole_word(folded: str, start: int, end: int) -> bool:
    """A Latin cue is a word, or a word's stem with its inflection ("refund" in "refunded"), never
    part of another word ("wire" is not in "wireless", "ask" not in "task"); Chinese cues have no
    word edges to check."""
    if _LATIN.match(folded, start) and start > 0 and _LATIN.match(folded, start - 1):
        return False
    if not _LATIN.match(folded, end - 1):
        return True
    if end < len(folded) and folded[end] == folded[end - 1] and _DOUBLED.match(folded, end + 1):
        return True  # "transfer" in "transferred", "stop" in "stopped"
    return _INFLECTED.match(folded, end) is not None


def _has(folded: str, kind: str) -> bool:
    return kind in _kinds_in(folded)


def _intents(ask: Ask) -> list[str]:
    """What kind of request a clause is: refund, replacement, explanation, a call back, ..."""
    said = ask.text.replace("您", "我")  # the cues are in the customer's voice: "给我换", not "给您换"
    found = scan(compiled(), said)
    kinds = [k for k in _FROM_INTAKE if found.get(f"ask:{k}")]
    folded = fold(said)
    story_only = set(restate_cues().story_intents)
    for kind in restate_cues().intents:
        if kind in ("refund_status", "full_refund", "overcharge", "damaged") or kind in story_only:
            continue  # read from the story and the refund's wording, not intents of their own
        if _has(folded, kind):
            if kind == "callback" and _call_time(ask.text):
                kinds.append("call_at")  # "请承办人明天下午2点以后打给我": a call at their time
                continue
            if kind == "reschedule" and _TELL_PLAN.search(folded) and not _REBOOK.search(folded):
                kinds.append("explanation")  # "说明一下之后的安排": the plan explained, nothing to rebook
                continue
            kinds.append({"callback": "manager", "refund_faster": "refund_status"}.get(kind, kind))
    if ask.kind == "know":
        kinds.append("explanation")
    back = re.search(
        r"\b(?:get|have|want|like|give|need)\b(?:[^.]|\.(?=\d)){0,25}\bback\b|refund|money back|退", ask.text, re.I
    )  # "want my £4.60 back": a decimal point is no sentence end
    if "refund" not in kinds and ((find_money(ask.text) and back) or _ZH_MONEY_BACK.search(fold(ask.text))):
        kinds.insert(0, "refund")  # "can I get the $20 back", "退个票钱45"
    return kinds


# The figure of "退个票钱45", "退我运费12": money named, then its sum with no unit (a unit is the facts reader's).
_ZH_BARE_SUM = re.compile(
    r"退[^，。,]{0,5}(?:钱|费|款)[^，。,\d]{0,3}(\d{1,5}(?:\.\d{1,2})?)(?![\d.]|\s*(?:元|块|蚊|圆|[a-z]))"
)
# Money back with a bare figure ("退个票钱45", "退返50蚊俾我"): a refund, whatever the currency.
_ZH_MONEY_BACK = re.compile(
    r"退[^，。,]{0,5}(?:钱|费|款|蚊)[^，。,\d]{0,3}\d|退[^，。,\d]{0,3}\d+(?:\.\d+)?\s*(?:元|块|蚊|圆)"
)
# An ask to be told the plan ("说明一下之后的安排", "explain what the arrangements will be"), and an
# ask to book again in so many words: only the second is a new time to arrange.
_TELL_PLAN = re.compile(r"说明|解释|交代|告知|讲清楚|讲一下|\bexplain|\btell (?:me|us)\b|\blet (?:me|us) know\b")
_REBOOK = re.compile(r"改期|改约|重新(?:安排|预约|约)|另约|\breschedul|\brebook|\bnew (?:time|date|slot|appointment)\b")


# The time a call back is asked for ("明天下午2点以后", "after 3pm tomorrow", "this evening").
_ZH_CALL_TIME = re.compile(
    r"(?:今天|今日|今晚|明天|明日|听日|聽日|后天|後天|[周週](?:[一二三四五六日])|星期[一二三四五六日天]|[礼禮]拜[一二三四五六日天])?"
    r"(?:[上下]午|晚上|早上|中午|傍晚)?\d{1,2}\s*[点點:：](?:\d{1,2}分?|半)?(?:以后|以後|之后|之後|后|後|左右|前|之前|以前)?"
    r"|(?:今天|今日|明天|明日|听日|聽日|后天|後天)(?:[上下]午|晚上|早上|中午|傍晚)"
)
_EN_CALL_TIME = re.compile(
    r"\b(?:(?:today|tomorrow|tonight)(?: (?:morning|afternoon|evening))? )?"
    r"(?:after|before|at|around|from|between) \d{1,2}(?::\d\d)?\s?(?:am|pm)\b(?: (?:today|tomorrow|tonight))?"
    r"|\b(?:tomorrow|today|this) (?:morning|afternoon|evening)\b|\btonight\b",
    re.IGNORECASE,
)


def _call_time(asked: str) -> str | None:
    """When they asked to be called, as they said it; None when the ask names no time."""
    m = (_ZH_CALL_TIME if re.search(r"[\u4e00-\u9fff]", asked) else _EN_CALL_TIME).search(asked)
    return m.group().strip() if m else None


# Someone who was due to come, or a booked time: "never came" of an engineer is a visit to
# rearrange, of a suitcase or a parcel a thing to trace.
_SOMEONE_DUE = re.compile(
    r"\b(?:engineer|technician|fitter|plumber|electrician|installer|courier|driver|nurse|carer|cleaner|tutor|teacher|"
    r"instructor|inspector|surveyor|appointment|visit|booking|booked|slot|someone|anybody|anyone|nobody|no one)\b"
)


# A return label asked for (trainers: "A simple return label sent to a manager"): the agent sends it,
# at our cost; whether money comes back is the refund's own answer; a courier pickup is its own kind.
_RETURN_LABEL = re.compile(
    r"\breturns? (?:shipping )?label|\bprepaid (?:return |shipping |postage )?label|\bpostage label|\breturn slip"
    r"|\b(?:label|slip) to (?:return|send) (?:it|them)"
    r"|退货(?:标签|面单|单号|地址)|退回(?:的)?地址|寄回(?:的)?地址"
)


# Working or studying from home on the line that is down (trainers: "WFH urgency not acknowledged"):
# someone sent, its time confirmed today, not "within 24 hours".
_DEPENDS = re.compile(
    r"(?<![a-z])wfh(?![a-z])|\bwork(?:ing)? from home\b|\bhome ?office\b"
    r"|\bonline (?:class|classes|lessons?|school)\b|\bremote (?:work|school)"
    r"|在家办公|在家上班|在家工作|居家办公|网课|线上课|上网课|网上上课|返工要用|工作要用"
)
_SERVICE_BACK = frozenset({"visit", "repair", "restore", "repair_date"})
# A checked bag that did not come off the flight (or the coach, the train): traced and delivered.
_BAG = re.compile(r"\b(?:suitcases?|luggage|baggage|checked bags?)\b|行李|托运的箱|托运箱")
_BAG_MISSING = re.compile(
    r"\b(?:never (?:showed|came|arrived|turned up|appeared)|didn t (?:arrive|come|show)|did not (?:arrive|come|show)"
    r"|hasn t (?:arrived|come)|has not (?:arrived|come)|missing|lost|not on the (?:belt|carousel)|no sign of)\b"
    r"|没到|没有到|没出来|没有出来|不见了|丢了|弄丢|找不到|没有送到|冇到|唔见咗"
    r"|未(?:找到|揾到|寻到|送到|到)|揾唔到|(?:还|仲)?没(?:有)?找到"  # s13asks2: "到而家4日都未搵到"
)
# A refund promised that has not come ("I still haven't had the refund", "退款到现在还没到账"): "the"
# or "my" refund, still or not yet; "I never got a refund" may be one nobody agreed, and is not read.
_AWAITED_MET = frozenset({"trace_money", "refund_status", "credit_or_refund", "deposit_release", "claim_status"})
# "Was he really one of yours?", "这到底是不是你们公司的人": whoever came or called is checked
# against our own records, and the customer told; never left under a general "we'll look into it".
_OURS_ASKED = re.compile(
    r"是不是你们(?:公司|店|这边)?的(?:人|员工|师傅|工作人员)|是你们(?:公司|店)?的(?:人|员工|师傅)(?:吗|嗎|么|麼)"
    r"|是否(?:是)?你们(?:公司|店)?的(?:人|员工|师傅|工作人员)|系唔系你哋(?:公司)?嘅人"
    r"|\b(?:is|was|were) (?:he|she|they|this|that|the \w+) (?:really )?(?:one of yours|from your company|from you guys"
    r"|(?:one of )?your (?:staff|employees?|technicians?|engineers?|people))\b"
)


# A sum asked back with no verb before it ("$31.00 back pls", "£12 back please", "NT$85 退给我"): the
# sentence ends on it, so it is a demand, not a story of money that came back.
_EN_BARE_BACK = re.compile(
    r"(?:^|[.!?\n]\s*|\b(?:just|so|want|need|pls|please|and)\s+)(?:the\s+|my\s+)?"
    r"(?P<sum>[$£€¥]\s?\d[\d,]*(?:\.\d\d)?|\d[\d,]*(?:\.\d\d)?\s?(?:dollars|pounds|euros|bucks|quid))"
    r"\s+(?:back|refunded)\b(?:\s+(?:pls|please|plz|asap|thanks|thx|then|now|today))*\s*[.!]*\s*$",
    re.IGNORECASE | re.MULTILINE,
)


# A question of who covers a cost of theirs ("说明代步费用怎么处理", "這筆費用要怎麼申請補償",
# "will you cover the taxi fares?"): money they ask about, answered with who approves it and when.
_ZH_COST_ASKED = re.compile(
    r"(?:费用|费|开销|开支|支出|花费|损失|钱)[^。！？?!\n]{0,10}?"
    r"(?:怎么|如何|点样|能不能|可不可以|可否|会不会|谁|由谁)?[^。！？?!\n]{0,6}?"
    r"(?:处理|报销|补偿|赔偿|赔|承担|负责|申请|怎么算|点计)"
)
_EN_COST_ASKED = re.compile(
    r"\b(?:how|can|could|will|would|who|do|does)\b[^.?!\n]{0,40}"
    r"\b(?:claim|reimburs\w*|compensat\w*|cover|pay for|pay back)\b[^.?!\n]{0,30}"
    r"\b(?:costs?|expenses?|fares?|bills?|receipts?|what i (?:spent|paid))\b"
    r"|\b(?:costs?|expenses?|fares?)\b[^.?!\n]{0,30}\b(?:covered|reimbursed|compensated|paid back)\?",
    re.IGNORECASE,
)
_ASKING = re.compile(
    r"[?？]|说明|說明|告诉|告訴|交代|请问|請問|问下|問下|\b(?:please|pls|explain|tell me|let me know)\b", re.I
)


# Two ways to settle it, offered for us to pick ("either restore the old price or let me cancel",
# "要么…要么…", "一係…一係…"); not "I can't use either of them".
_ZH_EITHER = re.compile(
    r"(?:一係|一系|要么|要麼|要不就|要嘛)[^。！？!?\n]{2,40}?[，,；;、\s]*"
    r"(?:一係|一系|要么|要麼|要不就|要嘛|或者|或是|否则就|不然就|唔係就)[^。！？!?\n]{2,40}"
)
_EN_EITHER = re.compile(
    r"(?<!not )(?<!n't )(?<!n t )\beither\s+(?!of\b|way\b|one\b)[^.?!\n]{3,80}?\bor\b[^.?!\n]{3,80}", re.I
)
_ZH_EITHER_FINE = re.compile(
    r"(?:可以|希望|请|請|麻烦|麻煩)?(?P<offer>[^。！？!?\n，,]{2,30}[，,、\s]*(?:或者|或是|还是|還是)[^。！？!?\n，,]{2,30}?)"
    r"(?:都可以|都行|都好|都得|都OK|都ok|皆可)"
)
_ZH_EITHER_FINE = gated(_ZH_EITHER_FINE)  # a literal gate: most texts hold none of its words
_EN_EITHER_FINE = re.compile(
    r"(?:^|[.!?\n]\s*)(?:(?:please|pls|i(?:'d| would) like|you (?:can|could))\s+)?"
    r"(?P<offer>[^.?!\n]{3,80}\bor\b[^.?!\n]{3,80}?)[,;:\s-]+"
    r"(?:either (?:is|would be|one is|one's|works)|whichever|i don'?t mind which|either way)",
    re.I,
)
# Answers that already offer the customer a choice of two (an exchange or a refund, the missing item
# sent or refunded): the offer is answered by them.
_CHOICES_ALREADY = frozenset(
    {
        "choice",
        "redo_or_refund",
        "repair_choice",
        "credit_or_refund",
        "missing_item",
        "send_missing",
        "remake_or_refund",
    }
)
_UNASKED_REMEDIES = frozenset({"refund", "compensation", "goodwill", "replacement", "correct", "waive_fee"})


# Kinds that still provide the thing (sent, redone, repaired): beside a full refund, one or the other.
_STILL_PROVIDED = frozenset({"delivery", "expedite", "redo", "repair", "resend", "redeliver", "done_by"})
# Kinds that already answer a disputed charge.
_FEE_ANSWERED = frozenset({"refund", "waive_fee", "correct", "refund_status", "credit_or_refund", "choice"})


def _either_offered(text: str) -> str | None:
    """The clause offering two ways to settle it, as written; None when there is none."""
    zh = re.search(r"[\u4e00-\u9fff]", text) is not None
    m = (_ZH_EITHER if zh else _EN_EITHER).search(text)
    if m:
        return m.group().strip()
    # "补寄破掉的四个，或者部分退款都可以", "a replacement or a refund, either is fine": both are fine to them
    m = (_ZH_EITHER_FINE if zh else _EN_EITHER_FINE).search(text)
    return re.sub(r"^(?:您|你)?(?:希望|想)?(?:可以|能)", "", m.group("offer").strip(" ，,")) if m else None


# The words joining two options ("要么…要么", "或者"), dropped before the options are matched.
_CONNECTIVE = re.compile(r"要么|要麼|要不就|要嘛|或者|或是|还是|還是|一係|\beither\b|\bor\b|\s")


def _options_read(wanted: dict[str, str | None], offered: str) -> set[str]:
    """The kinds a request reader already took from the offer ("either send the missing book or
    refund it": a resend and a refund). Two or more with money back among them: one offer, one
    started and the other left theirs; one: it is half the offer, and goes with it."""
    whole = fold(offered).replace("您", "我")
    target = _CONNECTIVE.sub("", whole)
    read: set[str] = set()
    for kind, clause in wanted.items():
        if clause:
            said = fold(clause).replace("您", "我")
            # as written, and without the words joining the options ("要么给我排课要么退钱" restated
            # "给您排课或者退钱"); restated in our voice ("让您退卡")
            size = max(
                SequenceMatcher(None, whole, said, autojunk=False).find_longest_match().size,
                SequenceMatcher(None, target, _CONNECTIVE.sub("", said), autojunk=False).find_longest_match().size,
            )
            if size >= (5 if HAN.search(target) else 8):  # five characters of Chinese say as much as eight of English
                read.add(kind)
    return read


# Everything needed, told at once ("一次性告诉我到底要啥", "a full list of the documents").
_ALL_AT_ONCE = re.compile(
    r"一次性(?:告诉|说|讲|列|给|通知)|全部(?:材料|资料|文件|证件)|完整(?:的)?(?:清单|列表|材料)|所有(?:材料|资料|文件)"
    r"|\b(?:full|complete|whole) list\b|\ball (?:the )?(?:documents|paperwork)\b|\bin one go\b|\ball at once\b"
    r"|\beverything (?:you|i) (?:still )?need\b"
)


def _all_at_once_ask(request: TemplateRequest) -> str | None:
    """The clause asking for everything needed in one go: an ask of intake's, else a sentence of
    their own that asks (s13: "请负责人直接联系我，把需要的材料一次性说清楚": its second half is the ask)."""
    found = next((a.text for a in request.analysis.facts.asks if _ALL_AT_ONCE.search(fold(a.text))), None)
    if found is not None:
        return found
    own = own_words(request.complaint.text, request.complaint.language)
    for sentence in re.split(r"[。！？!?\n]+", own):
        folded = fold(sentence)
        if _ALL_AT_ONCE.search(folded) and asks_in(folded):
            return sentence.strip()
    return None


def _cost_asked(request: TemplateRequest) -> str | None:
    """The sentence that asks how a cost of theirs is covered, as written; None when none does."""
    own = own_words(request.complaint.text, request.complaint.language)
    zh = request.complaint.language != "en"
    for sentence in re.findall(r"[^。！？!?\n]+[。！？!?]?", own):
        folded = fold(sentence)
        if (_ZH_COST_ASKED if zh else _EN_COST_ASKED).search(folded) and _ASKING.search(sentence):
            return str(sentence).strip()
    return None


# One of several asked back ("退一张也行", "退返一晚嘅錢", "refund one of the tickets"): a refund of
# that share, the sum divided by how many there were.
_CLASSIFIER = r"张|張|份|杯|个|個|晚|间|間|位|节|節|次|件|碗|盒|瓶|罐|套|堂"
_ZH_ONE_BACK = re.compile(rf"退(?:返|回|还|還|给我|俾我)?(?:其中)?(?:一|1)\s*(?:{_CLASSIFIER})[^，。！？!?\n]{{0,8}}")
_ZH_HOW_MANY = re.compile(rf"(?P<n>[两兩二三四五六2-6])\s*(?P<c>{_CLASSIFIER})")
_ZH_TOTAL_BEFORE = re.compile(r"(?:共|总|總|合计|合計|一共|加起来|加起來)\s*(?:是|為|为)?\s*$")
_ZH_COUNT = {"两": 2, "兩": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}


def _one_of(request: TemplateRequest, ask_text: str | None) -> Money | None:
    """The share of one asked back ("退一张" of "两张IMAX票，共138元" is 69元); None unless the story
    names how many of that thing there were and one total for them."""
    if not ask_text or not (one := _ZH_ONE_BACK.search(ask_text)) or find_money(ask_text):
        return None  # "退回一晚房租HK$1,280": the sum they name is the share already
    classifier = re.search(_CLASSIFIER, one.group()[1:])
    totals = {(m.value, m.currency): m for m in request.analysis.facts.amounts if m.value > 0}
    if classifier is not None and not totals and request.complaint.language == "zh-Hans":
        # "票价45一张 两张 好歹退一张吧": the bare price of one, in yuan, is the sum asked back
        each = re.search(
            rf"(?:价|钱|费)\s*(\d{{1,5}}(?:\.\d{{1,2}})?)\s*(?:元|块)?\s*(?:一|每)\s*{classifier.group()}",
            fold(request.complaint.text),
        )
        if each is not None:
            value = float(each.group(1))
            return Money(text=_money(value, "CNY", True), value=value, currency="CNY")
    if classifier is None or len(totals) != 1:
        return None
    total = next(iter(totals.values()))
    text = request.complaint.text
    at = text.find(total.text)
    if at < 0 or not _ZH_TOTAL_BEFORE.search(text[max(0, at - 6) : at]):
        return None  # "一次NT$177，又一次NT$177": a sum for each, not a total to share
    for m in _ZH_HOW_MANY.finditer(text):
        if m.group("c") == classifier.group():
            n = _ZH_COUNT.get(m.group("n")) or int(m.group("n"))
            share = round(total.value / n, 2)
            text = _money(share, total.currency or "CNY", True) if total.currency else f"{share:g}"
            return Money(text=text, value=share, currency=total.currency)
    return None


def _bare_money_back(request: TemplateRequest) -> str | None:
    """The sentence that asks a sum back without a verb, as written; None when there is none."""
    own = own_words(request.complaint.text, request.complaint.language)
    if request.complaint.language != "en":
        m = _ZH_ONE_BACK.search(request.complaint.text)
        return m.group().strip() if m else None
    for sentence in re.split(r"(?<=[.!?])\s+|\n", own):
        if m := _EN_BARE_BACK.search(sentence.strip()):
            return m.group().strip(" .!\n")
    return None


# What a cancellation asked of a charge names: the charge itself, which is money to waive
_CHARGE_NAMED = re.compile(r"(?:这|那)笔(?!订|单|预订)|费|扣款|收费|\b(?:fee|charge|payment|debit)s?\b")


# A repair asked of the bill itself ("fix the bill", "把账单改过来"), not of a thing of theirs.
_BILL_FIXED = re.compile(
    r"\b(?:bill|billing|charges?|invoice|statement|payment|account|price|fee)\b"
    r"|账|帳|扣|收费|收費|费用|費用|价格|價格|金额|金額|款"
)


def _thing_mended(clause: str | None) -> bool:
    """s14pg2 (c36a-012): a repair asked of a thing of theirs ("repaired at your cost", "把表修好"),
    never of the bill: answered as a repair, not turned into a refund or a charge checked."""
    folded = fold(clause or "")
    return bool(_MENDED.search(folded)) and not _BILL_FIXED.search(folded)


_MENDED = re.compile(r"\b(?:repair(?:ed|s|ing)?|mend(?:ed)?)\b|修好|修理|维修|維修|修返|整返|修复|修復")


def _day_ahead(clause: str | None) -> bool:
    """s14pg2: an ask naming the day it is wanted ahead ("deliver it tomorrow", "聽日一定要送到")."""
    return bool(clause) and _DAY_AHEAD.search(clause or "") is not None


_DAY_AHEAD = re.compile(
    r"\b(?:tomorrow|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"|明天|明日|听日|聽日|后天|後天|明早|聽朝|听朝|(?:下)?(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]",
    re.IGNORECASE,
)
# A delivery tried and failed at their door: a card left, "nobody home", the courier never came up.
_ATTEMPTED = re.compile(
    r"\b(?:card|note|slip)\b[^.!?\n]{0,30}\b(?:left|through|in)\b|\b(?:left|put) (?:a|the) (?:card|note|slip)\b"
    r"|\b(?:no ?one|nobody) (?:was )?(?:home|in|there)\b|\bmissed delivery\b|\battempted delivery\b"
    r"|(?:无人|無人|没人|沒人|冇人)(?:在家|喺屋企|签收|簽收)|(?:没|沒|冇)(?:有)?(?:上楼|上樓|敲门|敲門|按门铃|按門鈴)"
    r"|(?:放|留|塞)(?:了|咗)?(?:张|張|一张|一張)?(?:卡|通知|纸条|紙條)"
)
_REDELIVERED = ("delivery", "prevent", "trace", "explanation", "reschedule")


def _wanted(request: TemplateRequest) -> dict[str, str | None]:
    """Each kind of request -> the clause that asked it (None when read from the story)."""
    analysis = request.analysis
    wanted: dict[str, str | None] = {}
    for ask in analysis.facts.asks:
        for kind in _intents(ask):
            wanted.setdefault(kind, ask.text)
    if "revert" in wanted and not _reverts(wanted["revert"] or ""):
        wanted.pop("revert")  # "把钱转回我的账户": money back, a refund's to answer, not a plan put back
    story = fold(request.complaint.text)
    domain = analysis.domain
    if analysis.situation.no_calls and "manager" in wanted and not names_senior(fold(wanted["manager"] or "")):
        wanted.pop("manager")  # "别打电话 旺旺联系我": how to reach them, kept to by the channel line; no manager
    if "update_details" in wanted:
        clause = fold(wanted["update_details"] or "")
        named = _DETAILS.search(clause) or re.search(r"\bto\s+\d", clause)  # "update it to 27 Fenwick Street"
        if not named or not _DETAILS.search(story):
            wanted.pop("update_details")  # "update it to fix the crash": no detail of theirs on record
        else:
            wanted.pop("confirm", None)  # "并用邮件确认一下": the update's own answer confirms it
    if wanted.get("prevent") and _OTHER_PERSON.search(fold(wanted["prevent"] or "")):
        wanted.pop("prevent")  # "下次请安排另一位清洁姐姐": a different person, for whoever assigns staff to decide
    if "amend" in wanted and not _WRONG_RECORD.search(story):
        wanted.pop("amend")  # "改好" of a suit being altered: done by their time, no record to correct
    money = bool(analysis.facts.amounts)
    for ask in analysis.facts.asks:  # "where's my £312", "定金¥2000什么时候退": the money back
        back = re.search(r"refund|back|where's|where is|退|还钱|還錢", ask.text, re.I)
        if ask.kind == "know" and back and find_money(ask.text) and "refund" not in wanted:
            wanted = {"refund": ask.text, **{k: v for k, v in wanted.items() if k != "explanation"}}
            wanted["_no_explanation"] = None
    if "refund" not in wanted and (bare := _bare_money_back(request)):
        wanted = {"refund": bare, **wanted}  # "$31.00 back pls": a refund asked with no verb, answered
    if not set(wanted) & (_FEE_ANSWERED | {"compensation", "redo_or_refund", "refund_amount"}) and (
        said := sum_back_clause(
            own_words(request.complaint.text, request.complaint.language), [m.text for m in analysis.facts.amounts]
        )
    ):
        wanted = {"refund": said, **wanted}  # "I'm asking for the first two nights (£290) back": that sum
    if not set(wanted) & (_FEE_ANSWERED | {"compensation", "redo_or_refund"}) and (
        removal := fee_removal(request.complaint.text)
    ):
        # "麻烦核实一下，把这笔罚款撤掉": the fee taken off, granted within the limit, not only "checked"
        wanted.pop("confirm", None)
        wanted = {"waive_fee": removal, **wanted}
    if "batch" not in wanted and (source := safety_source.asked(analysis)):
        wanted["batch"] = source  # ill after the platter, "what are you doing to check it": the batch checked (s13)
    for ask in analysis.facts.asks:  # "我聽日拎返嚟換得唔得": an exchange at our counter, whatever verb it takes
        if "replacement" not in wanted and ask.kind in ("do", "want", "know") and coming_in(ask.text):
            wanted["replacement"] = ask.text
    for ask in analysis.facts.asks:  # "which day someone can come back": the visit booked, no manager's say
        if "visit" not in wanted and ask.kind in ("do", "want", "know") and revisit_asked(fold(ask.text)):
            wanted["visit"] = ask.text
    if not set(wanted) & {"visit", "repair", "restore", "repair_date", "refund", "replacement"} and (
        demanded := fix_demanded(request.complaint.text)
    ):
        wanted["visit"] = demanded  # s13: "再唔返嚟整我就去消委會投訴": the condition of the threat is the ask
    for ask in analysis.facts.asks:  # "want return label pls", "寄个退货标签给我": sent, nobody's approval
        if ask.kind in ("do", "want") and _RETURN_LABEL.search(fold(ask.text)):
            wanted.setdefault("return_label", ask.text)
    if "pickup" in wanted or already_returned(story):
        wanted.pop("return_label", None)  # a courier collecting it, or already returned: no label too
    if _BAG.search(story) and _BAG_MISSING.search(story):
        # "landed yesterday and my suitcase never showed": the bag traced and brought to them, not a
        # general "find out what happened"; money they ask for keeps its own answer, beside the trace
        # (s13asks2: trainers, "no trace action or timeline for the missing bag" beside the compensation)
        kept = {k: v for k, v in wanted.items() if k not in ("delivery", "trace", "explanation", "prevent")}
        wanted = {"trace_bag": None, **kept}
    if ours := _OURS_ASKED.search(story):  # "这到底是不是你们公司的人": checked against our records, and said
        wanted.setdefault("staff_check", ours.group())
    if _has(story, "points"):
        wanted = {"points": None, **{k: v for k, v in wanted.items() if k not in ("refund", "repair")}}
    elif (
        _has(story, "trace_money")
        and (money or _WITHDRAWAL.search(story))
        and "refund" not in wanted
        and not thing_not_arrived(story)  # the permit never came: the fee paid for it is no money in transit
    ):
        wanted.setdefault("trace_money", None)
    if domain == "airline" and analysis.situation.now and re.search(r"延误|延誤|取消|delay|cancel", story):
        care = "care_cancelled" if re.search(r"取消|cancel", story) else "care"
        wanted = {care: None, **wanted}  # stranded at the airport: a seat, meals, somewhere to stay
    if _has(story, "refund_status") and "refund" not in wanted and "trace_money" not in wanted:
        # "两晚房费一分没退" with no refund ever agreed: the refund itself is what they want
        asked_to_act = any(a.kind == "do" for a in analysis.facts.asks) or not _has(story, "refund_due")
        wanted.setdefault("refund" if asked_to_act else "refund_status", None)  # "please process it": the refund
    own = own_words(request.complaint.text, request.complaint.language)
    if not wanted and money_back_only(own) and _TAKEN.search(story):
        wanted["refund"] = None  # "又扣了我298 … 这个给我退了吧": the charge they ask back (trainers, c29)
    if _has(story, "switch_off") or ("refund" in wanted and stop_renewal(own)):
        wanted.setdefault("switch_off", None)  # "别再扣了" of a renewal: stopped, beside the refund
    if _has(story, "breakdown") and analysis.category == "billing":
        wanted.setdefault("breakdown", None)  # "no breakdown, just 'adjustment'": send one
    if _has(story, "card_retained"):
        wanted.setdefault("card_retained", None)
    if _has(story, "unblock") and domain == "bank_payments":
        wanted.setdefault("unblock", None)
    elif _has(story, "unlock"):
        wanted.setdefault("unlock", None)  # an account locked or suspended
    if (
        domain == "delivery"
        and _has(story, "damaged")
        and spilt(request.complaint.text)
        and food_or_drink(request.complaint.text)
    ):
        # s13: a drink spilt in the bag: made again or refunded (below), never a parcel damage claim nor
        # an exchange the story suggested (trainers, c30: "登记破损理赔，请保留好外包装" for spilled coffee)
        for kind in ("replacement", "compensation", "repair"):
            if kind in wanted and wanted[kind] is None:
                wanted.pop(kind)
    elif domain == "delivery" and _has(story, "damaged"):
        for kind in ("replacement", "compensation", "repair"):
            wanted.pop(kind, None)
        wanted.setdefault("damage_claim", None)
    elif _has(story, "refused_exchange"):
        wanted.setdefault("replacement", None)  # the exchange they were refused
    elif _has(story, "wrong_item") and analysis.category in ("product_quality", "delivery", "other"):
        wanted.setdefault("replacement", None)  # the wrong thing came: the right one
    elif _has(story, "expired") and not set(wanted) & {"refund", "replacement", "choice"} and not access_expired(story):
        wanted.setdefault("choice", None)  # gone off before its date: a fresh one or the money back
    elif (
        (_has(story, "missing_item") or part_missing(request.complaint.text))
        and analysis.category in ("product_quality", "delivery", "billing", "other")
        and not service_gone(story)  # "服務明顯冇咗": a service not given, no item to send
        # s14 (c35a-004): "ATM食咗我張卡…張卡就冇咗": the card kept by the machine, nothing short to send
        and not _has(story, "card_retained")
        # "多扣的3.5元能退回来吗": the money back, nothing to send; s13: unless the part is asked
        # sent beside it ("补发或者退款都行": the bottle that never came, sent or refunded, not "更换")
        and (
            not _money_asked(analysis)
            or (send_part_asked(_asked_parts(request)) and not food_or_drink(request.complaint.text))
        )
    ):
        send = _SEND_IT.search(" ".join(fold(a) for a in _asked_parts(request))) is not None
        either_fine = send and _either_offered(request.complaint.text) is not None
        kind = "send_missing" if send and (not _has_refund_ask(analysis) or either_fine) else "missing_item"
        if _LEFT_WITH_US.search(story):
            kind = "find_item"  # their own coat lost at the laundry: searched for, not "sent" as if sold
        dropped = (
            ("delivery", "refund", "prevent", "replacement")
            if kind == "send_missing"
            else ("delivery", "refund", "prevent")
        )
        wanted = {kind: None, **{k: v for k, v in wanted.items() if k not in dropped}}
    elif _has(story, "damaged") and analysis.category in ("product_quality", "delivery", "other") and domain in _SHOPS:
        if _BOUGHT.search(story):
            wanted.setdefault("choice", None)  # arrived damaged: an exchange or a refund
        else:
            wanted.setdefault("repair", None)  # something of ours that broke (a lift, a gate): fixed
    arrived = _ARRIVED.search(story) is not None and not _has(story, "not_arrived") and not _has(story, "missed_visit")
    if _day_ahead(wanted.get("delivery")) and _ATTEMPTED.search(story):
        # s14pg2 (c36b-033): "聽日一定要送到" after a card left: delivered again that day, never the courier's
        # conduct "reported" with improvements told today (the "送到" of their ask is no arrival)
        kept = {k: v for k, v in wanted.items() if k not in _REDELIVERED or (k == "prevent" and v)}
        wanted = {"redeliver": wanted["delivery"], **kept}
    if (
        "delivery" in wanted
        and not _day_ahead(wanted["delivery"])
        and not _has(story, "not_arrived")
        and (analysis.category != "delivery" or arrived)
    ):
        wanted.pop("delivery")
    money_kinds = {"refund", "replacement", "trace_money", "refund_status"}
    if _has(story, "not_arrived") and analysis.category == "delivery" and not set(wanted) & money_kinds:
        wanted.setdefault("delivery", None)  # it never came: trace it
    if (
        _has(story, "missed_visit")
        and (_SOMEONE_DUE.search(story) or request.complaint.language != "en")  # the Chinese cues all name a person
        and not set(wanted) & {"refund", "replacement", "compensation"}
    ):
        wanted = {"reschedule": None, **{k: v for k, v in wanted.items() if k != "explanation"}}
    if "call_at" in wanted:
        wanted.pop("reschedule", None)  # "call me after 2pm tomorrow": the call at their time is what they asked
    if "visit" in wanted:
        wanted.pop("reschedule", None)  # "can someone come tomorrow": the visit they asked for is the new time
        wanted.pop("repair", None)  # "come out tomorrow to fix it": the visit is the repair
    if _CERTIFICATE.search(story) and _has(story, "certificate"):
        wanted.setdefault("certificate", None)  # "现在需要一份航班延误证明": issued and sent
    if analysis.category == "appointment":
        wanted.pop("repair", None)  # the repair was what the appointment was for
        for ask in analysis.facts.asks:
            if "visit" in wanted:
                break  # "when can an engineer come out": the visit's own answer says when, not a rebooking too
            if ask.kind == "know" and re.search(r"什么时候|什麼時候|几时|幾時|when", ask.text, re.I):
                if re.search(r"到账|到帳|到帐|入账|入帳|入帐|退款|refund", ask.text, re.I):
                    continue  # s14route: when their money lands is no new time to book
                wanted = {"reschedule": None, **{k: v for k, v in wanted.items() if k != "explanation"}}
    if _has(story, "recall") and analysis.safety is not None:
        wanted.setdefault("recall", None)
    if (
        _asks_what_now(analysis, request.complaint.text)
        and analysis.facts.amounts
        and not set(wanted) - {"explanation"}
    ):
        wanted = {"review_price": None}  # "这要怎么处理，票价是NT$1,490": the price paid, reviewed for them
    if _has(story, "price_tag") and price_tag_read(story, _cues("price_tag")):
        wanted.setdefault("price_tag", None)  # "价签一直不改": the shelf price corrected, beside the refund
    overcharged = money and _has(story, "overcharge") and analysis.category in ("billing", "other")
    overcharged = overcharged and charged_over(story, _cues("overcharge"))  # "洗两次就直了": no charge twice
    overcharged = overcharged or (money and _CHARGED_TWICE.search(story) is not None)  # a booking fee taken twice
    if overcharged and _thing_mended(wanted.get("repair")) and not _has(story, "claim"):
        overcharged = False  # s14pg2: "repaired at your cost or a fair amount taken off": the thing mended, no refund
    if overcharged and ("repair" in wanted or "explanation" in wanted or not wanted):
        asked = wanted.pop("repair", None) or wanted.get("explanation")
        wanted = {"refund": asked, **wanted}
    if not wanted and not any(a.kind in ("do", "want") for a in analysis.facts.asks):
        for kind in analysis.facts.asks_for:  # nothing asked in so many words: what the words point to
            if kind in ("refund", "replacement", "repair", "compensation"):
                wanted.setdefault(kind, None)
    when_fixed = any(a.kind == "know" and _WHEN_FIXED.search(fold(a.text)) for a in analysis.facts.asks)
    if not wanted or set(wanted) <= {"explanation", "manager", "prevent", "apology", "repair"} or when_fixed:
        if _APP_DOWN.search(story):
            wanted.pop("repair", None)
            wanted.setdefault("restore", None)  # an app or a website that does not work: fix it
        elif (
            _has(story, "expedite")
            and analysis.category != "product_quality"
            and domain not in ("delivery", "ecommerce")
        ):
            wanted.setdefault("expedite", None)
        elif (
            _has(story, "restore")
            # "his heart rate dropped": a person harmed is no service to restore (only a system's domain is)
            and (domain in _SYSTEM_RESTORE or (analysis.category in ("account", "other") and analysis.safety is None))
            and not _asks_why(analysis)  # "why was the water off yesterday": it is back; the cause is asked
        ):
            wanted.setdefault("restore", None)
        elif domain in ("public_service", "property_management") and _has(story, "collection"):
            wanted.setdefault("collection", None)
    elif (
        set(wanted) & {"compensation", "refund", "goodwill", "waive_fee"}
        and domain in _SUPPLY
        and _STILL_OUT.search(story)
        and not _asks_why(analysis)
    ):
        # "internet down since 7pm again … at least credit me": the line put back first, the credit beside
        # it (trainers, c28: "no action on the outage itself, only credit")
        wanted.setdefault("restore", None)
    mended = _thing_mended(wanted.get("repair")) and not _has(story, "claim")  # a claim's repair: the claim chased
    if "repair" in wanted and analysis.category == "billing" and not mended:
        wanted["correct"] = wanted.pop("repair")
    if "data" in wanted:  # their files restored or exported: not a list of documents to bring
        wanted.pop("documents", None)
        wanted.pop("restore", None)
    if _FACILITY.search(story) and (_DATE.search(story) or any(a.kind == "know" for a in analysis.facts.asks)):
        # "when is the engineer coming": a lift or the hot water of ours, out of order: a repair date
        wanted = {"repair_date": None, **{k: v for k, v in wanted.items() if k not in ("explanation", "repair")}}
    if "visit" in wanted and "restore" in wanted:
        wanted.pop("restore")
    if analysis.category == "delivery" and not wanted and arrived:
        wanted["prevent"] = None  # it came, late: no parcel to trace, but it must not happen again
    if "notice" in wanted:
        wanted.pop("prevent", None)
    if "refund" in wanted and _has(story, "refund_due") and not _has(story, "overcharge"):
        # a refund already agreed: chased with a date, it needs nobody's approval
        wanted = {("refund_status" if k == "refund" else k): v for k, v in wanted.items()}
    if "refund" in wanted:
        wanted.pop("refund_status", None)
        # one clause read as both (a refund read from the story, None, is no clause: "just refund the
        # fries $4.50 ok" stays a refund)
        if "waive_fee" in wanted and wanted["waive_fee"] == wanted["refund"]:
            refund_said = _REFUND_SAID.search(fold(wanted["refund"] or ""))
            wanted.pop("waive_fee" if refund_said else "refund")  # "refund the £8 late fee" / "waive the fee"
        refund_ask = wanted.get("refund")
        if refund_ask and wanted.get("cancel") == refund_ask and not _BOTH.search(refund_ask):
            wanted.pop("cancel")  # "my £4.60 back for the cancelled one": the money, not a cancellation to review
    for ask in analysis.facts.asks:  # "hand the car back before 6pm today": done by then, not answered later
        if find_money(ask.text) or _MONEY_ASK.search(fold(ask.text)):
            continue  # money by a date is the approver's to promise, never "done by then" (seeds' limits)
        if "expedite" in wanted and analysis.situation.deadline:
            break  # already hurried "so that you have it by 30 April": one promise, not a second one by then
        if ask.kind in ("do", "want") and ask.text not in wanted.values() and _due_in(ask.text, analysis):
            wanted.setdefault("done_by", ask.text)
    if analysis.situation.recurring and not set(wanted) - {"explanation", "manager"}:
        wanted.setdefault("prevent", None)  # the third late bus: that it stops happening
    elif analysis.situation.recurring and wanted:
        # s13: "3rd time ur driver left my parcel out in the rain … call me": the call asked, and that
        # it stops happening (trainers, c30: "nothing on stopping it a 3rd time")
        wanted.setdefault("prevent", None)
    if "resend" in wanted or "amend" in wanted:
        wanted.pop("replacement", None)  # "重新發一張" of an invoice: sent again, corrected, not an exchange
        wanted.pop("missing_item", None)  # "抬头少了四个字": missing from the document, not from an order
        wanted.pop("done_by", None)
    if "amend" in wanted and "resend" in wanted:
        wanted.pop("amend")  # the corrected document sent again says both
    written = wanted.get("in_writing")
    incident = analysis.escalate or analysis.safety is not None  # someone hurt, a manager calling: an account
    # the restated ask is a request by definition: read as one ("告诉您目前卡在哪个环节" has lost its 请)
    routine = bool(written and not incident and _ROUTINE_WRITTEN & set(remedies(_as_asked(written))))
    info = written and _WRITTEN_INFO.search(fold(written)) and not _WRITTEN_ACCOUNT.search(fold(written))
    if info and not incident and not routine:  # a rebooking "confirmed in writing" is confirmed below (written_confirm)
        # "reply in writing with the new start date and the schedule": information sent, no statement
        # of ours about what happened that a supervisor must approve, and nothing to rebook
        wanted = {("written_info" if k == "in_writing" else k): v for k, v in wanted.items()}
        if wanted.get("reschedule") == written and not _REBOOK.search(fold(written)):
            wanted.pop("reschedule")
    same = "in_writing" in wanted and wanted.get("certificate") == wanted["in_writing"]
    if same and not _CERTIFICATE.search(fold(wanted["in_writing"] or "")):
        wanted.pop("certificate")  # "出具书面的事故报告": an account in writing, approved first; no certificate
    if "investigate" in wanted:
        wanted.pop("in_writing", None)  # the investigation's answer says who approves the written reply
        wanted.pop("prevent", None)
    if "housekeeping" in wanted:
        wanted.pop("done_by", None)
    if "footage" in wanted or "investigate" in wanted:
        # the footage checked, the formal investigation opened: what they asked, not a rebooking or a trace
        for kind in ("reschedule", "delivery", "trace"):
            wanted.pop(kind, None)
    if "waive_fee" in wanted and wanted.get("compensation") == wanted["waive_fee"]:
        wanted.pop("compensation")  # "credit this month's fee": the fee waived, one answer
    wanted = _owed(story, wanted, money)
    if "deposit_release" in wanted:
        wanted.pop("expedite", None)  # a hold to release: the deposit's answer says when
    wanted = _explicit(request, wanted)
    for clause in _instead_asks(request.complaint.text):  # "… I don't want credit – just close the account"
        own = _THE_OWN.sub(r"my \1", clause)  # "close the account": theirs, as "close my account" reads
        for remedy, _said in remedies(_as_asked(own)).items():
            wanted.setdefault(_REMEDY_KIND.get(remedy, remedy), clause)
    if "amend" in wanted and "resend" in wanted:
        wanted.pop("amend")  # asked in so many words too: the corrected document sent again says both
    if wanted.get("visit"):
        said = wanted.get("correct", "")
        if said == wanted["visit"] or (said is None and not _has(story, "overcharge")):
            wanted.pop("correct")  # "come back and fix it without charging me again": a visit, no charge disputed
        if "replacement" in wanted and wanted["replacement"] is None:
            wanted.pop("replacement")  # someone asked to come back and fix it: nothing to exchange
    if analysis.escalate and analysis.safety is not None and "choice" in wanted and wanted["choice"] is None:
        # glass in a jar that cut a child: asked after and looked into, not offered "an exchange or a refund"
        wanted.pop("choice")
    if routine and "in_writing" in wanted:
        wanted.pop("in_writing")  # "重新约到16日，并书面回复确认": rebooked, and confirmed in writing
        wanted["written_confirm"] = None
    if wanted.get("refund") and _HOW_MUCH.search(fold(wanted["refund"] or "")):
        # "想知道依规定可以退多少": how much, asked; told, not a refund put to a supervisor
        wanted = {("refund_amount" if k == "refund" else k): v for k, v in wanted.items()}
    wanted = _fitted(request, wanted)
    if wanted.get("refund") and "compensation" in wanted and wanted["compensation"] is None:
        # the refund asked in so many words is what they want; compensation read from a word of the
        # story ("I don't want account credit") is not offered as if asked (trainers: "invented")
        wanted.pop("compensation")
    awaited = refund_awaited(story, own_words(request.complaint.text, request.complaint.language))
    awaited = awaited or refund_notified(story)  # "收到短信说…可以原路退款 … 钱还没退到": chased, not re-approved
    if awaited and not set(wanted) & _AWAITED_MET and not _has(story, "overcharge"):
        # "said £20 would be refunded … I still haven't had the refund": traced, with a date; never
        # put to a supervisor again as if new (trainers: "re-applies for a refund already issued")
        asked = wanted.get("refund")
        # an exchange read beside a refund already under way is no second ask ("return in progress")
        gone = {"refund"} | ({"replacement"} if wanted.get("replacement") in (None, asked) else set())
        wanted = {"refund_status": asked, **{k: v for k, v in wanted.items() if k not in gone}}
    offered = _either_offered(request.complaint.text)
    options = _options_read(wanted, offered) if offered else set()
    exchange_or_refund = {"refund", "replacement"} <= set(wanted)  # answered as a choice of the two already
    if offered and len(options) < 2 and not exchange_or_refund and not set(wanted) & _CHOICES_ALREADY:
        # "一係按返原價續約，一係俾我取消唔收罰款", read as no ask of a kind we know: the two ways they
        # offer, put to whoever decides; a remedy read from a word of the story (a refund nobody asked
        # for) is not offered instead (trainers: "neither ask answered, an unrequested refund offered")
        gone = options | {k for k, v in wanted.items() if v is None and k in _UNASKED_REMEDIES}
        wanted = {"either": offered, **{k: v for k, v in wanted.items() if k not in gone}}
    elif offered and "refund" in options and len(options) >= 2 and not options & _STILL_PROVIDED:
        # "补寄破掉的四个，或者部分退款都可以": one of the two they offered, started, the other left theirs;
        # never both pursued (trainers, c27: "refund AND resend when either was asked")
        wanted = {"either": offered, **{k: v for k, v in wanted.items() if k not in options}}
    elif offered and "refund" in options and options & _STILL_PROVIDED and not exchange_or_refund:
        # "要么三天内发货，要么全额退款699元": money back and the thing still sent cannot both be done;
        # they are asked which they prefer, never both pursued (trainers: "pursues refund and shipping at once")
        wanted = {"either_pick": offered, **{k: v for k, v in wanted.items() if k not in options}}
    own = own_words(request.complaint.text, request.complaint.language)
    zh = request.complaint.language != "en"
    if lost_and_fallback(own, zh):
        # "can u find it or send someone": traced, and the fallback (a replacement sent, approved
        # by whoever may) named with it, not a visit arranged (trainers: "no resend offered")
        gone = {"visit", "find_item", "replacement", "resend", "redeliver", "delivery", "explanation"}
        wanted = {"lost_parcel": own, **{k: v for k, v in wanted.items() if k not in gone}}
    wanted = _corrections(request, wanted, zh)
    if "cancel" not in wanted and not set(wanted) & _CORRECTION_KINDS and (closed := closure_asked(own)):
        # "refund the two payments and confirm the membership is closed": the closure confirmed too,
        # never left behind the money (trainers, c27: "closure not confirmed"); an invoice settled is closed already
        wanted["cancel"] = closed
    if told_free(own, zh) and not set(wanted) & _FEE_ANSWERED:
        # "上次经理话换卡系免费…到底點呀": what was promised checked, the charge paid back or explained
        wanted["fee_free"] = own
    if wanted.get("refund") and wanted.get("waive_fee"):
        refunded, waived = _refund_amount(request, wanted["refund"]), _waived_amount(request, wanted["waive_fee"])
        asked_why = any(a.kind == "know" and a.text == wanted["waive_fee"] for a in analysis.facts.asks)
        if asked_why or (refunded is not None and waived is not None and abs(refunded.value - waived.value) < 0.005):
            # "为什么要扣手续费？请把336元退给我": the fee refunded, one answer; the why is no waiver asked
            wanted.pop("waive_fee")
    if _has(story, "documents") and (asked := _all_at_once_ask(request)) is not None:
        # "能不能一次性告诉我到底要啥": the full list of what is needed, in one go; never a certificate
        # issued for one item of it (trainers: "invented promise instead of the full list asked for")
        gone = {"certificate", "explanation", "documents"}
        wanted = {"documents": asked, **{k: v for k, v in wanted.items() if k not in gone}}
    if (cost := _cost_asked(request)) and not set(wanted) & {"compensation", "refund", "waive_fee", "refund_status"}:
        # "说明代步费用怎么处理" beside the repair, "這筆費用要怎麼申請補償" beside the bag: a second ask
        # of its own, answered with who approves it, not dropped for the first
        wanted["compensation"] = cost
    # a refund read from the story alone (no clause of theirs) is not answered beside a manager's call
    unread = not (set(wanted) & _MONEY_READ - {"refund"}) and not wanted.get("refund") and not _UNPAID.search(story)
    if (
        request.complaint.language != "en"
        and not set(wanted) & _MONEY_READ
        and not _PARTIAL.search(story)  # "退剩下的课时费": the unused part, never the whole sum
        # "要么排课要么退钱": the money is one of their two options, answered with them, not pursued beside
        and not (set(wanted) & {"either", "either_pick"} and _MONEY_NAMED.search(fold(offered or "")))
        and (demanded := refund_demanded(own_words(request.complaint.text, request.complaint.language)))
    ):
        # "要退货", "把手续费退了": money back demanded in words no request reading took, answered
        # (a condition on it, "如确实这样说过…", dropped: within the limit it is simply refunded)
        wanted = {"refund": demanded, **{k: v for k, v in wanted.items() if k != "fee_free"}}
    elif unread and money and (twice := _CHARGED_TWICE.search(story)):
        # "重复扣款两次，每次NT$580": the charge taken twice is paid back, whatever else they ask
        # (trainers: "never addresses refunding the duplicate NT$580 charge"); the clause saying so
        # stands for the ask, as the answers beside a manager's call are the ones asked
        start = max(story.rfind(c, 0, twice.start()) for c in "\n。.!！?？") + 1
        ends = [i for i in (story.find(c, twice.end()) for c in "\n。!！?？") if i >= 0]
        said = request.complaint.text[start : min(ends, default=len(story))].strip() or None
        wanted = {"refund": said, **{k: v for k, v in wanted.items() if k != "refund"}}
    elif unread and (over := wrong_amount(request.complaint.text)) is not None:
        # "charged me $96.40 when the quote was $61": the difference paid back, whatever else is asked
        # (trainers: "no word on reviewing the $35.40 overcharge")
        line = next((ln for ln in request.complaint.text.splitlines() if over[0] in ln), over[0])
        wanted = {"refund": line.strip(), **{k: v for k, v in wanted.items() if k != "refund"}}
    if analysis.escalate and "refund" in wanted and wanted["refund"] is None and not _UNPAID.search(story):
        # a refund or credit read from the story is answered beside a manager's call only when a clause
        # of theirs says it ("If the $212.80 isn't credited before the 15 May…"; trainers: "never routed")
        own = own_words(request.complaint.text, request.complaint.language)
        for sentence in re.split(r"[。！？!?\n]|\.(?=\s|$)", own):
            sums = {(m.value, m.currency) for m in find_money(sentence, request.complaint.language)}
            if len(sums) == 1 and _CREDITED.search(fold(sentence)):
                wanted["refund"] = sentence.strip()
                break
    if not set(wanted) & _MONEY_READ and not _UNPAID.search(story):
        cover = next(
            (a.text for a in analysis.facts.asks if a.kind in ("do", "want") and _COVER.search(fold(a.text))), None
        )
        if cover is not None:
            # "I expect the hotel to cover that bill", "要求你们承担医药费": the cost claimed, approved by whoever may
            wanted = {"compensation": cover, **wanted}
    refund = wanted.get("refund")
    if refund and _NO_REFUND.search(fold(refund)) and len(wanted) > 1:
        wanted.pop("refund")  # "我要换货不要退款": the refund they turned down is never offered back
    elif refund and not set(wanted) & {"redo_or_refund", "choice"}:
        other = next((k for k in _REDONE if wanted.get(k) and _either(wanted[k], refund)), None)
        if other is not None:
            # "要么安排我补做这两项，要么退还差价": one choice of two, never both promised (trainers)
            wanted = {"redo_or_refund": refund, **{k: v for k, v in wanted.items() if k not in ("refund", other)}}
    if (wanted.get("waive") or wanted.get("waive_fee")) and _CHARGE_NAMED.search(fold(wanted.get("cancel") or "")):
        wanted.pop("cancel")  # "cancel this charge" / 取消这笔: the money waived, not a service ended
    if (
        money
        and not set(wanted) & (_FEE_ANSWERED | _AWAITED_MET | {"compensation", "redo_or_refund", "waive_fee"})
        and charged_after_stop(story)
    ):
        # "會籍已經暫停咗 但係仲扣咗HK$580": paid back (or who approves it), not "your account checked"
        wanted = {"refund": None, **{k: v for k, v in wanted.items() if k not in ("explanation", "probe")}}
    if how := how_to_apply(request.complaint.text):
        # "请告诉我怎么申请晚点补偿": the way to claim, told; not "I've applied for you" (trainers, c28)
        wanted = {"how_to_apply": how[0], **{k: v for k, v in wanted.items() if k not in _APPLIED_FOR}}
    chosen = wanted.get("choice", "") is None and "refund" not in wanted
    if chosen and money_back_only(own_words(request.complaint.text, request.complaint.language)):
        # "25.9块 退不退吧": the money back is their choice made; no exchange offered beside it (trainers, c29)
        wanted = {("refund" if k == "choice" else k): v for k, v in wanted.items()}
    wanted = _sent_not_swapped(_asked_only(request, wanted))
    asks = [(a.kind, a.text) for a in analysis.facts.asks if a.kind in ("do", "want", "know")]
    return situation_fit.fit(request.complaint.text, wanted, domain, asks)  # s14remedy2: the situation's remedy


def _asked_only(request: TemplateRequest, wanted: dict[str, str | None]) -> dict[str, str | None]:
    """s13asks: the explicit ask answered, nothing unasked offered (see satisfy_asks5)."""
    own = own_words(request.complaint.text, request.complaint.language)
    wanted = asks5.conduct_asked(asks5.drop_refused(wanted, own), own, request.analysis.situation.rude)
    if not set(wanted) & _MONEY_READ and not asks5.refused(own) and (fair := asks5.fair_refund(own)):
        wanted = {"refund": fair, **wanted}  # "a partial refund of £60 per night is fair": the refund asked
    wanted = asks5.no_rebooking_for_money(wanted)
    if "refund" in wanted:
        wanted = asks5.grant_one(wanted, own, _within(request, _refund_amount(request, wanted["refund"]))[0])
    wanted = asks5.one_resend(wanted)
    if not wanted and (demand := asks5.threat_demand(own)):
        # "Please recover my files within 10 days or I will …": the demand before the threat is the ask
        for kind in _intents(Ask(kind="do", text=demand)):
            wanted.setdefault(kind, demand)
    wanted = asks6.money_after(wanted, request.complaint.text)  # "再不装好就退款": done, the money if not
    for ask in request.analysis.facts.asks:  # "并联系902业主": the other party contacted too (s13asks2)
        if ask.kind in ("do", "want") and (who := asks6.party_to_contact(ask.text)):
            wanted.setdefault("contact_party", who)
            break
    if "claim_status" not in wanted and _CLAIM_REFUSED.search(fold(request.complaint.text)):
        for ask in request.analysis.facts.asks:  # "review the claim again with that report": the refusal reviewed
            if ask.kind in ("do", "want") and asks6.review_asked(ask.text):
                wanted = {"claim_status": ask.text, **{k: v for k, v in wanted.items() if k != "expedite"}}
                break
    if set(wanted) & _MONEY_READ and "revert" not in wanted and (back := asks6.restore_asked(own)):
        wanted["revert"] = back  # "退还70元，并把套餐恢复成原来的58元": the plan put back too (s13asks2)
    wanted = asks5.date_asked(wanted, [a.text for a in request.analysis.facts.asks])
    return asks5.why_answered(wanted, own)


_CREDITED = re.compile(
    r"\b(?:credit(?:ed)?|refund(?:ed)?|reimburs\w*|money back|revers(?:e|ed|al))\b|退款|退还|退回|退钱|撤销|冲正"
)
# What the cost claimed is ("that bill", "医药费"), to find its sum; and costs still to come ("后续").
_COVERED = re.compile(
    r"\b(?P<en>bill|cost|expense|fee|invoice)s?\b|(?:承担|负担|报销)(?:所有|全部|一切)?的?(?P<zh>[\u4e00-\u9fff]{1,4}?费)"
)
_LATER = re.compile(r"后续|以后|将来|\b(?:future|ongoing|further|follow-up)\b")
# A cost they claim from us in so many words ("cover that bill", "pay for the repair", "承担医药费").
_COVER = re.compile(
    r"\b(?:cover|pay for|pay back|reimburse|foot)\b[^.!?\n]{0,30}\b(?:bill|bills|cost|costs|expenses?|fees?|invoice)\b"
    r"|承担|承擔|负担|負擔|报销|報銷"
)


# A refund turned down in the clause that names it ("换货不要退款", "no refund, just a new one").
_NO_REFUND = re.compile(
    r"(?:不要|不用|不想|唔要|唔使|不需要|无需|無需|毋须|毋須)(?:退款|退钱|退錢|退货|退貨)"
    r"|\b(?:no|not|don t want|do not want|don t need)(?: a| the| my)? (?:refund|money back)\b"
)
# Services done again or completed, offered as the alternative to money back.
_REDONE = ("finish", "redo", "makeup", "repair", "visit", "reschedule", "resend", "redeliver")


# Money already read from the asks or the story: a demand found again is answered by it.
_MONEY_READ = frozenset(
    {"refund", "compensation", "choice", "replacement", "redo_or_refund", "waive_fee", "trace_money", "refund_status"}
    | {"credit_or_refund", "missing_item", "send_missing", "damage_claim", "points", "remake_or_refund"}
    | {"deposit_release", "claim_status", "correct", "units_back", "rebill", "settled", "lost_parcel"}
)


# "补发炸篮", "補寄褲子", "send the missing charger": the part that never came, sent; never "an exchange
# arranged" when nothing is to be swapped (trainers: "我会为您安排更换" when she said no return).
_SEND_MISSING_ASK = re.compile(
    r"补发|补寄|补送|补给我|补返|补回给我|\bsend (?:me |us |out )?(?:the )?(?:missing|rest|remaining|other)\b"
)
_SWAP_ASK = re.compile(r"换|\b(?:exchange|replace|swap)")
# "补发新卡", "補發一張新卡", "send me a new card": something issued anew, not a part that never came.
_ISSUED_ANEW = re.compile(
    r"补(?:发|寄|送)(?:一|1)?(?:张|个|份|部)?新|补办|补卡|\b(?:send|issue|post) (?:me |us )?a new\b"
)


def _sent_not_swapped(wanted: dict[str, str | None]) -> dict[str, str | None]:
    """A replacement read from an ask to send what was missing: the missing thing sent instead."""
    asked = wanted.get("replacement")
    if not asked or "send_missing" in wanted:
        return wanted
    said = fold(asked)
    if not _SEND_MISSING_ASK.search(said) or _SWAP_ASK.search(said) or _ISSUED_ANEW.search(said):
        return wanted
    return {("send_missing" if k == "replacement" else k): v for k, v in wanted.items()}


# Out of stock, then the money back ("如果缺货就直接退款", "refund it if it's out of stock"): the
# fallback they chose, said with the sending.
_OUT_OF_STOCK = re.compile(r"缺货|无货|没货|冇货|断货|out of stock|sold out|no stock|not in stock")


# A receipt kept, or the thing brought back to the shop ("小票还在", "bring it back in").
_RECEIPT = re.compile(
    r"\breceipt\b|小票|收据|发票|单据|\bbring (?:it|them) (?:back|in)\b|拿[^，。]{0,6}(?:过去|过来|回去|到店)"
)

# The same charge taken twice, whatever the complaint is filed under ("charged the booking fee twice",
# "扣咗兩次 每次$9.8"): an overcharge, and one extra charge to refund, not both.
_CHARGED_TWICE = re.compile(
    r"\b(?:charged|billed|debited|taken)\b(?:[^.!?\n]|\.(?=\d)){0,40}\b(?:twice|two times|double)\b"
    r"|\bdouble[- ](?:charged|billed)\b"
    r"|(?:扣|收|刷|付)(?:了|咗|左)?(?:两|2)次|(?:两|2)次[^，。！？\n]{0,6}(?:扣|收|刷)|重复(?:扣|收|刷)"
    r"|(?:扣|收)[^，。\n]{0,12}两遍"
)
# "just fix it", "please sort this out", "处理一下": a fix with no object of its own.
_BARE_FIX = re.compile(
    r"^\W*(?:(?:just|please|pls|can you|could you)\s+)*(?:fix|sort)\s+(?:it|this|that)(?:\s+out)?\W*$"
)
# A question of how much ("可以退多少", "how much will I get back").
_HOW_MUCH = re.compile(r"多少|\bhow much\b")
# Words of money back: a clause with them is a refund, not something put back as it was.
_MONEY_BACK = re.compile(r"退|钱|款|\brefund|\bmoney\b|\bcharge|\bfee\b")


def _reverts(clause: str) -> bool:
    """The part of a clause that asks for something put back ("改回原来的", "switch me back to the
    old plan") says no money: "钱转回我的卡" is a refund."""
    for part in re.split(r"[，,；;。.!！?？]|\band\b|并且|並且|以及|\s{1,}(?=[\u4e00-\u9fff])", fold(clause)):
        if _has(part, "revert") and not _MONEY_BACK.search(part):
            return True
    return False


# Answers keyed on a word of the story that an explicit remedy replaces (a refund asked is not a
# payment to trace, nor a missing item to send, nor a charge to check "if anything was taken").
_INSTEAD_OF_REFUND = ("trace_money", "refund_status", "missing_item", "correct", "review_price", "explanation")
_EITHER = re.compile(r"\bor\b|要么|或者|或是|还是|唔系就|不然就|否则")
_REMEDY_KIND = {"waive": "waive_fee", "call_today": "call_at", "rebook": "reschedule"}
# Asked in so many words and answered beside the manager's call in an escalated case, not left to it.
# A service put right "for free" ("免费帮我修复头发"): a free redo, which someone approves.
_FREE_OF_CHARGE = re.compile(r"免费|免費|唔收钱|不收钱|\bfree(?: of charge)?\b|\bat no (?:extra )?cost\b")
_ASKED_BESIDE = (
    "contact_party",  # s13asks2: "并联系902业主": the other party contacted, beside the visit and the call
    "repair",  # s13: "全额退还888元并免费帮我修复头发": the free redo answered beside the refund and the call
    "how_to_apply",
    "repair_date",  # s13asks: "请给一个明确的修复时间": the date chased and given, not left to the call
    "either",
    "either_pick",
    "lost_parcel",
    "fee_free",
    "units_back",
    "posted",
    "shared_repair",
    "move_room",
    "staff_check",
    "probe",
    "redeliver",
    "pickup",
    "redo",
    "points",
    "notice",
    "extend",
    "certificate",
    "batch",
    "confirm_booking",
    "stage",
    "repair_choice",
    "goodwill",
    "freeze",
    "tow",
    "delist",
    "make_good",
)
# A routine thing of ours asked for "and confirmed in writing" (a new appointment, a booking checked,
# the stage an application is at): the thing is done and confirmed in writing, not a written statement
# sent for a supervisor's approval while the thing itself goes unanswered (trainers, round 10az).
_ROUTINE_WRITTEN = frozenset(
    {"rebook", "confirm_booking", "stage", "makeup", "extend", "redeliver", "freeze", "finish"}
)
# Asked in so many words: a menu read from the story ("an exchange or a refund") gives way to it.
_OWN_REMEDY = frozenset(
    {
        "extend",
        "makeup",
        "rebook",
        "redeliver",
        "pickup",
        "repair_choice",
        "confirm_booking",
        "stage",
        "finish",
        "freeze",
        "freeze_check",
        "resend",
        "amend",
    }
)


# A remedy another answer already gives (a visit booked, a repair date, an exchange offered).
_COVERED_BY = {
    "visit": frozenset({"visit", "reschedule", "repair_date"}),
    "repair": frozenset({"visit", "repair_date", "restore", "correct"}),
    "replacement": frozenset({"choice", "amend", "resend", "replacement"}),
    # a claim or a deposit is money of theirs, paid or released, never "compensation" to approve
    "compensation": frozenset({"claim_status", "deposit_release", "credit_or_refund", "waive_fee", "compensation"}),
    # "where is my parcel": the trace of a delivery that never came already says where it is
    "trace": frozenset({"delivery", "trace", "redeliver", "missing_item", "send_missing"}),
}


def _as_asked(restated: str) -> str:
    """A restated ask in the customer's own voice and as a request ("告诉您目前卡在哪个环节" ->
    "请告诉我…", "move your appointment" -> "please move my appointment"), for the remedy reader."""
    if re.search(r"[\u4e00-\u9fff]", restated):
        return "请" + restated.replace("您", "我")
    return "please " + re.sub(r"\byour\b", "my", restated)


# An alternative opening its own clause ("要么给我退剩下的钱 要么给我换个靠谱的", "or a new coach").
_EITHER_OPENS = re.compile(r"^\W*(?:either|or)\b|^\W*(?:要么|要嘛|或者|或是|唔系就|不然就)")


def _either(other: str | None, refund: str) -> bool:
    """The refund and the other remedy are offered as alternatives for the customer to choose
    between: in one clause with "or" (要么/或者), or in two clauses where one opens with it. Trainers
    marked down "I'll arrange a replacement" to a customer who offered refund OR a new coach."""
    if not other:
        return False
    if other == refund:
        return _EITHER.search(fold(refund)) is not None
    return any(_EITHER_OPENS.search(fold(clause)) for clause in (other, refund))


def _explicit(request: TemplateRequest, wanted: dict[str, str | None]) -> dict[str, str | None]:
    """What the customer asked for in so many words (a verb and its object) is what is answered;
    answers a story word suggested give way to it. Money of theirs owed on its own terms (a
    top-up, a deposit, a claim, a refund already agreed) keeps its own answer."""
    asked = remedies(request.complaint.text)
    if not asked:
        if "cancel" in wanted and cancelled_thing(wanted["cancel"] or ""):
            wanted.pop("cancel")  # "课程取消能提前通知": a class we cancelled, not a cancellation asked
        return wanted
    wanted = dict(wanted)
    story = fold(request.complaint.text)
    if "cancel" in wanted and "cancel" not in asked and cancelled_thing(wanted["cancel"] or ""):
        wanted.pop("cancel")
    own_money = {"credit_or_refund", "deposit_release", "claim_status"} & set(wanted)
    agreed = "refund_status" in wanted and _has(story, "refund_due")
    refund = asked.get("refund")
    redo = asked.get("redo")
    if refund and redo and _EITHER.search(fold(redo if redo == refund else redo + " " + refund)):
        asked.pop("redo")  # "要么免费重新做，要么全退": one choice, the redo being the replacement
        asked.pop("refund")
        dropped = ("refund", "choice", "replacement", "repair")
        wanted = {"redo_or_refund": refund, **{k: v for k, v in wanted.items() if k not in dropped}}
    elif refund and _either(asked.get("replacement"), refund):
        asked.pop("replacement")
        asked.pop("refund")
        kept = {k: v for k, v in wanted.items() if k not in ("refund", "replacement", "missing_item")}
        wanted = {"choice": refund, **kept}
    elif refund and _has(story, "topup") and _has(story, "not_credited") and not _has(story, "overcharge"):
        kept = {k: v for k, v in wanted.items() if k not in (*_INSTEAD_OF_REFUND, "refund")}
        wanted = {"credit_or_refund": refund, **kept}  # "入賬，唔係就退返張卡": credited or paid back
    elif refund and not own_money and not agreed:
        send_too = _SEND_IT.search(fold(refund)) is not None  # "退款或下次补送": the missing item's own choice
        instead = {k for k in _INSTEAD_OF_REFUND if not (k == "missing_item" and send_too)}
        explain = wanted.get("explanation") or ""
        if _WHY.search(fold(explain)) or asks6.explanation_asked(explain):  # s13asks2: "a full explanation of how"
            instead.discard("explanation")  # "refund it and explain why it happened": both asked, both answered
        if not ({"missing_item", "send_missing"} & set(wanted) and send_too):  # s13: "补发或者退款都行" too
            kept = {k: v for k, v in wanted.items() if k not in instead and k != "refund"}
            wanted = {"refund": wanted.get("refund") or refund, **kept}
    alone = refund is not None and not (_EITHER.search(fold(refund)) or _EITHER_OPENS.search(fold(refund)))
    if alone and "replacement" not in asked and "replacement" in wanted and wanted["replacement"] is None:
        # "送错了…请全额退款": the money back they asked for, not an exchange the story suggested offered
        # beside it (trainers, c28: a replacement offered for a funeral already past)
        wanted.pop("replacement")
    if "replacement" in asked and "repair" in wanted and wanted["repair"] is None:
        wanted.pop("repair")  # "4 were cracked, can I swap the box": exchanged, nothing of ours to fix
    if "choice" in wanted and wanted["choice"] is None and "replacement" in asked and "refund" not in asked:
        # "能换一盒吗": the exchange they asked for, not a refund offered beside it
        wanted = {
            ("replacement" if k == "choice" else k): (asked["replacement"] if k == "choice" else v)
            for k, v in wanted.items()
        }
    for remedy, clause in asked.items():
        kind = _REMEDY_KIND.get(remedy, remedy)
        if kind in wanted and wanted[kind] is None:
            wanted[kind] = clause  # read from the story before; the clause says by when ("明天早上9點前換一台")
        if kind == "refund" or _COVERED_BY.get(kind, frozenset()) & set(wanted):
            continue
        if (kind == "visit" and "pickup" in asked) or (kind == "repair" and "visit" in asked):
            continue  # "上门取件" is the courier; "come out and fix it" is the visit
        if kind == "repair" and "refund" in wanted and _BARE_FIX.search(fold(clause)):
            continue  # "charged twice … just fix it": the refund is the fix
        if kind == "waive_fee":
            if wanted.get("refund") is None:
                wanted.pop("refund", None)  # "unless the $350 fee is waived": a waiver, not a refund
            wanted.pop("compensation", None)
            wanted["waive_fee"] = wanted.get("waive_fee") or clause
        elif kind == "points":
            wanted = {
                "points": clause,
                **{k: v for k, v in wanted.items() if k not in ("reschedule", "repair", "refund")},
            }
        elif kind == "pickup":
            wanted.pop("visit", None)  # "上门取件": a courier collects it, nobody comes to fix anything
            wanted["pickup"] = clause
        elif kind == "call_at":
            wanted.pop("manager", None)  # "call me back today": the call at their time, not a second one
            wanted["call_at"] = wanted.get("call_at") or clause
        elif kind == "redeliver":
            for other in ("prevent", "delivery", "trace", "explanation", "reschedule"):
                wanted.pop(other, None)
            wanted["redeliver"] = clause
        else:
            wanted.setdefault(kind, clause)
    if "redo" in wanted and "replacement" in wanted and "replacement" not in asked:
        wanted.pop("replacement")  # "redo it free": the service done again, not a thing exchanged and delivered
    said = wanted.get("reschedule")
    if "goodwill" in asked and said and "goodwill" in remedies(_as_asked(said)):
        wanted.pop("reschedule")  # "2 free tickets for another time": the tickets, not a rebooking
    if "repair_choice" in asked:  # "repair or replace it?": which of the two, one answer
        for kind in ("replacement", "repair", "choice"):
            wanted.pop(kind, None)
    if "delist" in asked:  # "请下架这个商品": taken off sale and checked, one answer for both
        wanted.pop("recall", None)
    if "freeze_check" in asked:  # "confirm the freeze is on": agreed already, checked, not asked again
        wanted.pop("freeze", None)
    if "freeze" in asked:  # "please freeze my card": frozen as asked, not a block of ours to lift
        wanted.pop("unblock", None)
        wanted.pop("unlock", None)
    if "finish" in asked:  # "send someone to do the bathroom they missed": one arrangement, not a visit too
        wanted.pop("visit", None)
        wanted.pop("redo", None)
    if _OWN_REMEDY & set(asked):
        # "延长多一日" of a pickup code: no exchange-or-refund menu, no "expediting" beside the thing asked
        for kind in ("choice", "damage_claim", "expedite"):
            if kind in wanted and wanted[kind] is None:
                wanted.pop(kind)
    return wanted


# Round 10aw. A deposit paid elsewhere and lost because of us (改行程损失的酒店订金, 订金白付了): a cost
# they claim from us, not a deposit we hold and release.
_DEPOSIT_LOST = re.compile(
    r"(?:损失|白付|泡汤|赔掉|蚀)[^。！？!?.,，；;]{0,10}(?:订金|押金|按金)"
    r"|(?:订金|押金|按金)[^。！？!?.,，；;]{0,4}(?:损失|白付|泡汤)"
)

# Kinds that read money owed to them as a charge to correct or a compensation to approve.
_AS_CHARGE = ("refund", "correct", "compensation", "trace_money", "refund_status", "repair", "explanation")


def _owed(story: str, wanted: dict[str, str | None], money: bool) -> dict[str, str | None]:
    """Money of theirs that is not an overcharge: a top-up that never reached the balance is
    credited or paid back (not "多收的部分"); a claim is checked and paid (not "compensation
    needing approval"); a deposit held back is itemised and released (not "this charge").
    Trainers marked each misreading down. A refund asked for something else (a minibar charge
    beside a held deposit) stays, with the deposit answered after it."""
    if _has(story.replace("the $", ""), "overcharge") and not _has(story, "not_credited"):
        return wanted  # "the $50 incidentals hold" names an amount; it is no overcharge
    money_asks = {"refund", "compensation", "correct", "refund_status", "trace_money"}
    if _has(story, "topup") and _has(story, "not_credited"):
        kind, own = "credit_or_refund", "topup"
    elif (
        _has(story, "deposit")
        and not _DEPOSIT_LOST.search(story)
        and not booking_deposit(story)  # a table's deposit asked back: refunded, not released
        # the sum to return agreed and not arrived: traced, nothing to itemise; with nothing else asked,
        # paid back and named ("押金500还没退回来，前台说3天原路退": trainers, c27a-028)
        and (not deposit_settled(story) or (not wanted and deposit_overdue(story)))
        and (
            set(wanted) & (money_asks - {"trace_money"})
            or (set(wanted) <= {"expedite", "explanation"} and (money or deposit_overdue(story)))
        )
    ):
        kind, own = "deposit_release", "deposit"  # first: "or I file a small claim" is no insurance claim
    elif _has(story, "claim") and (set(wanted) & money_asks or not wanted):
        kind, own = "claim_status", "claim"
    else:
        return wanted
    asked = next((v for k, v in wanted.items() if k in money_asks and v), None)
    refund = wanted.get("refund")
    other_money = bool(refund) and bool(find_money(refund or "")) and not _has(fold(refund or ""), own)
    if kind == "deposit_release" and other_money:
        if _SHORT.search(story):  # paid back short: the sum kept is the one refund, checked, not two answers
            return wanted
        return {**wanted, kind: None}  # a refund asked of other money (a minibar charge): both answered
    if kind == "claim_status" and other_money:
        kept = {k: v for k, v in wanted.items() if k not in _AS_CHARGE}
        return {kind: None, "refund": refund, **kept}
    return {kind: asked, **{k: v for k, v in wanted.items() if k not in _AS_CHARGE}}


def _refund_amount(request: TemplateRequest, ask_text: str | None) -> Money | None:
    """What the refund is worth: the amount in the request; else the amount in a sentence about
    the refund; else, for a full refund, the only amount in the complaint; else the order amount
    from the context. None when it cannot be told (then a supervisor is asked)."""
    if ask_text:
        named = find_money(ask_text, request.complaint.language)
        back_sum = asked_back(ask_text, named) if len(named) > 1 else None
        if back_sum is not None and not _is_unit_price(ask_text, back_sum.text):
            # "多扣的70元请退还给我，并把套餐恢复成原来的58元": the sum in the clause that asks it back,
            # not the plan's price (s13); a rate it is worked from falls to the total below
            return back_sum
        if named:
            # "a refund of £60 per night …, so £180 in total": the sum, not the rate it is worked from
            return next((m for m in named if not _is_unit_price(ask_text, m.text)), named[0])
        bare = _ZH_BARE_SUM.search(fold(ask_text)) if request.complaint.language == "zh-Hans" else None
        if bare:  # "退个票钱45就行": a bare figure after the money asked back is yuan in Simplified text
            value = float(bare.group(1))
            return Money(text=_money(value, "CNY", True), value=value, currency="CNY")
        cents = _CENTS.search(ask_text)
        if cents:  # "refund the 80 cents": the $0.80 of the story, never a larger sum beside it
            value = int(cents.group(1)) / 100
            same = [m for m in request.analysis.facts.amounts if abs(m.value - value) < 0.005]
            if same:
                return same[0]
    fee = fee_amount(request.complaint.text, request.analysis.facts.amounts) if ask_text else None
    if ask_text and fee is not None and fee_asked(fold(ask_text)):
        return fee  # "reverse the late fee": the $75 fee, never the $1,875.40 payment beside it
    # Never a figure an instruction to us names ("答应退我三千元"): their own words only.
    own = own_words(request.complaint.text, request.complaint.language)
    language = request.complaint.language
    if ask_text and ask_text in own:  # "少了一杯奶茶，18元，退给我吧": the one amount of the sentence asking
        for sentence in re.split(r"[。！？!?\n]|\.(?=\s|$)", own):
            if ask_text in sentence:
                said = {(m.value, m.currency): m for m in find_money(sentence, language)}
                if len(said) == 1 and not _is_unit_price(sentence, next(iter(said.values())).text):
                    return next(iter(said.values()))
                break
    partial_ask = _PARTIAL.search(fold(ask_text or "")) is not None
    for sentence in re.split(r"[。！？!?\n]|\.(?=\s|$)", own):
        # the whole sentence that asks for the money back ("要求…退给我，一共780元"): its one amount
        if back := _ASKS_BACK.search(fold(sentence)):
            asked = {(m.value, m.currency): m for m in find_money(sentence, language)}
            if len(asked) == 1:
                return next(iter(asked.values()))
            # "charged £145 per night, £435 in total, and I'm asking for the first two nights (£290)
            # back": the one sum inside the asking words, not the total before them
            inside = {(m.value, m.currency): m for m in find_money(sentence[back.start() : back.end()], language)}
            if len(inside) == 1:
                return next(iter(inside.values()))
    if not partial_ask:
        totals = {(m.value, m.currency): m for m in find_money(own, language) if _is_total(own, m.text)}
        if len(totals) == 1:  # "一共119.4元", "in total £69.98": the sum, not a monthly price
            return next(iter(totals.values()))
    clauses = re.split(r"[。！？!?\n；;，,]|\.(?=\s|$)|\s{2,}|(?<=[\u4e00-\u9fff])\s+", own)
    for sentence in [*request.analysis.facts.story, *clauses]:
        folded = fold(sentence)
        if any(w in folded for w in _REFUND_WORDS):
            named = [m for m in find_money(sentence, language) if not _is_unit_price(sentence, m.text)]
            if len({(m.value, m.currency) for m in named}) == 1:
                return named[0]
    if (owed := due(own, find_money(own, language))) is not None:
        return owed  # "应退3,600元", "I'm owed $84.50": the sum they work out as due (s13)
    mentioned = [m for m in request.analysis.facts.amounts if m.text in own]
    partial = _PARTIAL.search(fold(ask_text or "")) or _partial_said(request.complaint.text)
    full = (ask_text is not None and _has(fold(ask_text), "full_refund")) or not partial
    if full and len({(m.value, m.currency) for m in mentioned}) == 1:
        return mentioned[0]  # the one amount they name is what they want back
    ctx = request.complaint.context
    if ctx.order_amount is not None:
        currency = ctx.currency or request.currency
        zh = request.complaint.language != "en"
        return Money(text=_money(ctx.order_amount, currency, zh), value=ctx.order_amount, currency=currency)
    return None


# An amount said in cents ("the 80 cents"), which the money reader does not take for a sum.
_CENTS = re.compile(r"\b(\d{1,2})\s?(?:cents?|c)\b", re.IGNORECASE)
# A sentence that asks for money back ("please refund", "退给我", "退返"): its amount is the refund.
_ASKS_BACK = re.compile(
    r"(?:want|like|please|request|need|ask)[^.]{0,60}(?:refund|back|returned|repaid)|refund (?:me|the|my)"
    r"|(?:要求|请|請|希望|麻烦|麻煩|唔该|唔該)[^。]{0,40}(?:退给我|退給我|退还|退還|退回|退返|退钱|退錢|还给我|還給我)"
)
_TOTAL = re.compile(
    r"(?:一共|总共|總共|合计|合計|共计|共計|in total|altogether|in all|total of|totall?ing|come to|comes to)\s*$"
)
_UNIT = re.compile(r"每(?:个|個)?(?:月|张|張|晚|人|节|節|次|年|件|位|天|日|堂|份)\s*$|\b(?:per|each|a)\s*$")
_UNIT_AFTER = re.compile(r"^\s*(?:/|per\b|a month|a night|each\b|monthly\b|一个月|一個月|每)")


def _is_total(text: str, amount: str) -> bool:
    """The amount is a sum the customer worked out ("一共119.4元", "£69.98 in total")."""
    at = text.find(amount)
    return at >= 0 and (
        _TOTAL.search(text[max(0, at - 14) : at]) is not None
        or re.match(r"\s*(?:in total|altogether|in all)", text[at + len(amount) :]) is not None
    )


def _is_unit_price(text: str, amount: str) -> bool:
    """A price per month, per ticket, per night: not what the whole refund is worth."""
    at = text.find(amount)
    if at < 0:
        return False
    return (
        _UNIT.search(text[max(0, at - 8) : at]) is not None or _UNIT_AFTER.match(text[at + len(amount) :]) is not None
    )


# A clause that asks for money back in so many words ("refund the £8 late fee"), not a waiver.
_REFUND_SAID = re.compile(r"refund|money back|退款|退还|退回|退返|退钱")
# Part of it back: the one amount named is not what the refund is worth.
# "When will it be fixed?": a service to restore, not a question to explain.
_WHEN_FIXED = re.compile(r"恢复|修好|修复|fixed|restored|back on|working again")
_PARTIAL = re.compile(r"partial|part of|difference|excess|extra|prorat|部分|差价|多扣|多收|多算|一半|剩余|剩下|余下")


_PAID = re.compile(r"费|扣|收|付|价|\b(?:pa(?:y|id)|bill\w*|cost\w*|price\w*|overcharg\w*)\b")


def _partial_said(text: str) -> bool:
    """A part of the money is what they mean: "part", "half", "the rest" said in a clause about money
    ("退一半", "refund the difference"), not of the thing ("汤还洒了一半", "half the soup spilled")."""
    for clause in re.split(r"[。！？!?\n；;，,]|\.(?=\s|$)|\s{2,}|(?<=[\u4e00-\u9fff])\s+", fold(text)):
        if _PARTIAL.search(clause) and (_MONEY_BACK.search(clause) or _PAID.search(clause) or find_money(clause)):
            return True
    return False


# Something they bought (an exchange or a refund fits), not something of ours that broke.
_BOUGHT = re.compile(r"bought|ordered|purchased|received|delivered|arrived|买|購|购|订购|訂購|下单|收到|送到")
_REIMBURSE = re.compile(r"reimburs|pay (?:me )?back|cover the cost|报销|報銷|垫付|墊付|车费|車費|打车|打車|fare")


def _reimbursed(request: TemplateRequest, asked: str | None) -> Money | None:
    """A cost they ask us to cover ("the £38 taxi fare reimbursed"): the one amount they name."""
    if not asked or not _REIMBURSE.search(fold(asked)):
        return None
    named = find_money(asked, request.complaint.language) or request.analysis.facts.amounts
    distinct = {(m.value, m.currency): m for m in named}
    return next(iter(distinct.values())) if len(distinct) == 1 else None


# A sentence that asks for compensation ("赔偿差价 HK$2,340", "compensate me the $60 difference").
_COMPENSATE = re.compile(r"compensat|赔偿|补偿|赔给|赔返|差价|\bthe difference\b|make up for|goodwill")
# A loss worked out from the facts (a price difference, a cost paid out), not a sum picked to demand.
_LOSS = re.compile(
    r"差价|差額|差额|多付|多花|多出|自费|自付|额外|\b(?:the )?difference\b|\bextra (?:i|we) (?:paid|had to pay)\b"
    r"|\bpaid (?:out|extra)\b|\bout of pocket\b|\bcost (?:me|us)\b"
)


def _compensation_amount(request: TemplateRequest, asked: str | None) -> tuple[Money | None, bool]:
    """The one sum they name in the request for compensation (in the ask, else in the sentence of
    their own that asks for it), and whether it is a loss worked out from the facts. None when
    they name none, or several (a price and a balance)."""
    language = request.complaint.language
    named = find_money(asked or "", language)
    said = asked or ""
    if not named:
        own = own_words(request.complaint.text, language)
        for sentence in re.split(r"[。！？!?\n]|\.(?=\s|$)", own):
            if _COMPENSATE.search(fold(sentence)):
                named = [m for m in find_money(sentence, language) if not _is_unit_price(sentence, m.text)]
                said = sentence
                break
        thing = _COVERED.search(fold(asked or "")) if _COVER.search(fold(asked or "")) else None
        if not named and thing is not None and not _LATER.search(fold(asked or "")):
            # "I expect you to cover that bill": the sum of the sentence naming that bill ("the medical
            # bill came to $640"); never a sum of something else ("一共消费¥268" beside 医药费), nor of costs to come
            noun = thing.group("en") or thing.group("zh")
            for sentence in re.split(r"[。！？!?\n；;]|\.(?=\s|$)", own):
                folded = fold(sentence)
                named_there = noun in folded and not _COVER.search(folded) and not _REFUND_SAID.search(folded)
                found = find_money(sentence, language) if named_there else []  # "a refund of $18, and cover…": not it
                if len({(m.value, m.currency) for m in found}) == 1:
                    return found[0], True  # a bill they paid: a loss from the facts, named with its approver
    distinct = {(m.value, m.currency): m for m in named}
    if len(distinct) != 1:
        return None, False
    return next(iter(distinct.values())), _LOSS.search(fold(said)) is not None


def _within(request: TemplateRequest, money: Money | None) -> tuple[bool, float | None]:
    """Whether the role may grant the amount itself. A Chinese amount with no currency ("5元",
    "3块") is valued in the policy's currency (CNY, worth at least as much as NT$ or HK$, so a
    Traditional one is never under-valued): ¥5 back is granted, not sent for a day's approval."""
    policy = request.policy or load_policy()
    currency = money.currency if money is not None else None
    if money is not None and currency is None and request.complaint.language != "en":
        currency = policy.currency
    value = None if money is None or currency is None else policy.to_policy_currency(money.value, currency)
    return (value is not None and (request.limit is None or value <= request.limit)), value


# A bill not paid yet ("核查清楚之前先不缴", "I haven't paid it"): nothing to pay back.
_UNPAID = re.compile(
    r"先不缴|先不交|先不付|暂不缴|暫不繳|不缴|未缴|还没缴|还没交|还没付|没有付|未付|未繳|未交"
    r"|\b(?:not (?:yet )?paid|haven t paid|have not paid|before (?:i|we) pay|withhold\w* (?:the )?payment)\b"
)
_UNPAID = gated(_UNPAID)  # a literal gate: most texts hold none of its words


_REMOVE_IT = re.compile(
    r"\b(?:remove|reverse|take (?:it |this |that )?off|refund|waive|drop|wipe|cancel (?:the|this|that) charge)\b"
    r"|撤销|撤回|取消这笔|取消收费|免掉|免除|退回|退还|退给|删掉|去掉|扣回"
)


def _disputed(request: TemplateRequest, asked: str | None) -> Money | None:
    """The one charge they dispute ("remove the €68.50 refuelling charge"): the sum in the ask, else
    the only sum of the complaint; None when several are named."""
    if not asked:
        return None  # read from the story ("you paid $1,850 for the move"): no charge they dispute
    named = {(m.value, m.currency): m for m in find_money(asked, request.complaint.language)}
    removal = _REMOVE_IT.search(fold(asked)) is not None  # "could you remove it?", not "repair it or compensate"
    if (
        not named
        and removal
        and (_has(fold(request.complaint.text), "overcharge") or request.analysis.category == "billing")
    ):
        named = {(m.value, m.currency): m for m in request.analysis.facts.amounts if m.value > 0}
    return next(iter(named.values())) if len(named) == 1 else None


def _sole(request: TemplateRequest) -> Money | None:
    """The one sum of the complaint, so that "it will be paid back" is never promised beyond the
    role's limit (trainers, c27: "£86.40 refund beyond agent authority"); None when several."""
    sums = {(m.value, m.currency): m for m in request.analysis.facts.amounts if m.value > 0 and m.currency}
    return next(iter(sums.values())) if len(sums) == 1 else None


# Kinds whose answer, for money of their own held up or sent astray, is a trace, not a refund.
_OWN_MONEY_KINDS = frozenset(
    {"refund", "trace_money", "refund_status", "correct", "compensation", "either", "either_pick", "lost_parcel"}
)


def _own_money(words: Wording, request: TemplateRequest, kind: str, time: str) -> str | None:
    """Money of theirs, not ours to grant (round s10): a transfer sent to a stranger by their own
    slip is pursued with the receiving bank, never promised back; a transfer or a withdrawal held
    up in our process is traced and released today, never "a refund that needs approval"."""
    if kind not in _OWN_MONEY_KINDS:
        return None
    text = request.complaint.text
    misdirected = misdirected_transfer(text)
    if not misdirected and (kind in ("compensation", "trace_money") or not own_funds_held(text)):
        return None  # a trace asked for is answered by the trace already, with its time
    if not misdirected and kind != "trace_money" and _has(fold(text), "trace_money"):
        return _answer(words, request, "trace_money", None, time)  # their either-or is that trace: said once
    analysis = request.analysis
    bank = words["satisfy"]["answer"]
    times = words["satisfy"]["time"]
    waiting = not analysis.situation.now and time in (str(times["default"]), str(times["now"]))
    if waiting or _MINUTES.search(time):
        time = _clock_today(analysis) or str(times["today"])  # their money: today, not a day's wait
    sums = {(m.value, m.currency): m for m in analysis.facts.amounts if m.value > 0}
    amount = next(iter(sums.values())).text if len(sums) == 1 else str(words["satisfy"]["own_money"])
    key = "misdirected_transfer" if misdirected else "own_funds_release"
    return str(bank[key].format(amount=amount, time=time))


def _unused_line(
    words: Wording, request: TemplateRequest, ask_text: str | None, money: Money | None, time: str
) -> str | None:
    """The unused part of what they paid asked back ("退还剩余课时的费用"): worked out, not the whole
    sum they paid named as the refund (trainers). Granted when even the whole is within the role's
    limit; else who approves it and when."""
    if not ask_text or not unused_part(ask_text) or find_money(ask_text, request.complaint.language):
        return None
    bank = words["satisfy"]["answer"]
    ok, value = _within(request, money)
    if money is not None and ok:
        return str(bank["refund_unused_granted"].format(time=time))
    approver = words.approver(approver_role(request.policy or load_policy(), value))
    return str(bank["refund_unused"].format(approver=approver, time=time))


# A rate's own words beside its sum ("15元一个月", "每月50元", "$15 a month"): the sum stands for each period.
_RATE_NEAR = re.compile(
    r"每(?:个|個)?[月年周晚天日]|一(?:个|個)?[月年]|/\s?(?:月|mo|month)"
    r"|\b(?:a|per|each|every) (?:month|year|week)\b|monthly"
)


def _is_rate(text: str, amount: str) -> bool:
    """The sum is written as a rate ("每天30元", "15元一个月", "$12 a month"), not a sum paid once."""
    at = text.find(amount)
    return at >= 0 and _RATE_NEAR.search(text[max(0, at - 8) : at + len(amount) + 8]) is not None


def _as_total(money: Money | None, text: str, language: str, zh: bool) -> Money | None:
    """A rate read with its periods ("15元一个月，扣了半年" is worth 90元) written as the sum it is
    worth: a refund of six months' charges is never "退还15元" (trainers). A sum taken twice
    ("扣了我两次NT$330，退一笔") keeps its face: one of them is what they asked back."""
    if money is None or money.currency is None:
        return money
    if not _is_rate(text, money.text):
        return money
    face = find_money(money.text, language)
    if not face or abs(face[0].value - money.value) < 0.005:
        return money
    return Money(text=_money(money.value, money.currency, zh), value=money.value, currency=money.currency)


def _times_count(money: Money | None, text: str, ask_text: str | None, zh: bool) -> Money | None:
    """s14pg2 (c36a-031): a price written with its count ("兩張票 NT$320 x2", "$45 x 3") is refunded
    whole: the price times the count, never one ticket's price when they paid for more."""
    if money is None or money.currency is None:
        return money
    at = text.find(money.text)
    if at < 0:
        return money
    times = _TIMES.match(text, at + len(money.text))
    if times is None or int(times.group(1)) < 2:
        return money
    face = find_money(money.text)
    if not face or abs(face[0].value - money.value) >= 0.005:
        return money  # already worked out from what they wrote (two charges, a total)
    folded = fold(text)
    if _PARTIAL.search(fold(ask_text or "")) or _CHARGED_TWICE.search(folded) or _TWICE.search(folded):
        return money  # "NT$330 x2 … 退一笔": a charge taken twice, one of them asked back
    value = round(money.value * int(times.group(1)), 2)
    written = [m for m in find_money(text) if abs(m.value - value) < 0.005]
    if written:
        return written[0]  # "$45 x 3 = $135": the total as they wrote it
    return Money(text=_money(value, money.currency, zh), value=value, currency=money.currency)


_TWICE = re.compile(r"\btwice\b|\bdouble|两次|兩次|兩次|重复|重複|一笔|一筆")
_TIMES = re.compile(r"\s*[x×X*]\s*(\d{1,2})(?![\d.])")


def _refund(words: Wording, request: TemplateRequest, ask_text: str | None, time: str, checked: bool) -> str:
    answers = words["satisfy"]["answer"]
    policy = request.policy or load_policy()
    money = _one_of(request, ask_text) or _refund_amount(request, ask_text)
    if money is not None:  # the currency read from the whole complaint ("$18" in Cantonese text: HK$)
        same = [m for m in request.analysis.facts.amounts if m.value == money.value and m.currency]
        if same and same[0].currency != money.currency:
            money = Money(text=money.text, value=money.value, currency=same[0].currency)
        written = [m for m in same if m.text.endswith("元")]
        if written and re.search(r"[块塊蚊]", money.text):
            money = written[0]  # "25元" in the story, "退我25块" in the ask: the written form they used
        elif money.currency and re.search(r"[块塊蚊]", money.text):
            # "37块钱就给我吃这个": the sum written as a reply writes it ("37元"), not their spoken form
            written_out = _money(money.value, money.currency, words.zh)
            money = Money(text=written_out, value=money.value, currency=money.currency)
    money = _one_charge(request, money if money is not None else _twice_taken(request))
    money = _both_charges(words, request, ask_text, money)
    wrong = _wrongly_taken(request)
    pair = wrong_amount(request.complaint.text) if wrong is not None else None
    both_named = pair is not None and all(p in (ask_text or "") for p in pair)  # the story's clause, not a sum asked
    if wrong is not None and (
        money is None or both_named or not find_money(ask_text or "", request.complaint.language)
    ):
        money = wrong  # "took £640 instead of £64": the £576 over what was owed, unless their ask names a sum
    part = _unused_line(words, request, ask_text, money, time) or _part_line(words, request, ask_text, money, time)
    if part is not None:
        return part
    ok, value = _within(request, money)
    if money is not None and money.text.startswith("$") and money.currency not in (None, "USD"):
        # "$18" read as Hong Kong's or Taiwan's dollar: written so ("HK$18"), never left to be read as US$
        money = Money(text=_money(money.value, money.currency, words.zh), value=money.value, currency=money.currency)
    if money is not None and money.currency in _SYMBOLS and re.search(r"bucks?|quid|dollars?|蚊", money.text):
        # "the 6 bucks": slang is theirs; the reply writes the sum ("$6")
        money = Money(text=_money(money.value, money.currency, words.zh), value=money.value, currency=money.currency)
    money = _as_total(money, request.complaint.text, request.complaint.language, words.zh)
    money = _times_count(money, request.complaint.text, ask_text, words.zh)
    partial = _PARTIAL.search(fold(ask_text or "")) is not None
    if money is not None and partial and situation_fit.whole_not_over(request.complaint.text, ask_text, money.text):
        # s14remedy2: "多收的退我" beside "收了我68块 … 一小时5块": the overcharge is owed, never the whole
        # charge (trainers, c34: "68元的退款" for 58元 overcharged); the charge checked, the part paid back
        return str(answers["refund_part_unvalued"].format(time=time))  # checked, the part refunded
    money, ok, value = _half(words, request, ask_text, money, ok, value)
    if money is not None and ok:
        return str(answers["refund_checked" if checked else "refund_granted"].format(amount=money.text))
    # a duplicate charge or one never agreed to is still a refund beyond the role's limit: the
    # trainers (session 10) read "reversed once confirmed, no approval" as beyond an agent's authority
    approver = words.approver(approver_role(policy, value))
    if money is not None and refund_agreed(fold(request.complaint.text)):
        return str(answers["refund_agreed"].format(amount=money.text, time=time))  # owed: chased, not re-approved
    if money is None and situation_fit.item_missing(request.complaint.text, part_missing(request.complaint.text)):
        # s14remedy2: "no spring rolls in the bag … refund the spring rolls": its price on the order, checked
        # and paid back, not a supervisor's approval for a sum nobody named (trainers, c34)
        return str(answers["refund_missing"].format(time=time))
    if money is None:
        return str(answers["refund_unvalued"].format(approver=approver, time=time))
    return str(answers["refund_approval"].format(amount=money.text, approver=approver, time=time))


def _money_if(words: Wording, request: TemplateRequest, kind: str, asked: str, time: str) -> str:
    """s13asks2: a search asked first, and money promised only if the thing is not done by then."""
    bank = words["satisfy"]["answer"]
    if kind == "find_first":
        return str(bank["find_first"].format(time=time))
    money_kind, cond, then = asks6.money_if_parts(asked)
    deadline = request.analysis.situation.deadline
    if asks6.finding(cond):
        unless = str(bank["money_if_lost"])
    elif (
        deadline
        and fold(deadline) in fold(request.complaint.text)
        and (words.zh or deadline.startswith(("by ", "before ")))
    ):
        unless = str(bank["money_if_by"].format(deadline=deadline))
    elif deadline:
        unless = str(bank["money_if_then"])
    else:
        unless = str(bank["money_if_still"])
    named = find_money(then, request.complaint.language)
    money = named[0] if named else (_refund_amount(request, then) if money_kind == "refund" else None)
    key = f"money_if_{money_kind}" + ("_amount" if money is not None else "")
    full = str(bank["money_if_full"]) if re.search(r"全额|全額|\bfull\b", then, re.IGNORECASE) else ""
    return str(bank[key].format(unless=unless, amount=money.text if money else "", full=full))


def _half(
    words: Wording, request: TemplateRequest, ask_text: str | None, money: Money | None, ok: bool, value: float | None
) -> tuple[Money | None, bool, float | None]:
    """Half of the sum when half is what they ask back ("退一半钱" of 138元 is 69元), said with the
    whole it is half of; a sum their ask names itself is already the share they want."""
    said = ask_text or own_words(request.complaint.text, request.complaint.language)
    if not half_asked(said) or find_money(ask_text or "", request.complaint.language):
        return money, ok, value
    money = money or _sole(request)  # "剪坏了，200元，退一半吧": half of the one sum they name
    if money is None or money.currency is None or _share_named(request, said, money):
        return money, ok, value
    share = round(money.value / 2, 2)
    text = str(words["satisfy"]["answer"]["half_of"]).format(
        half=_money(share, money.currency, words.zh), whole=_money(money.value, money.currency, words.zh)
    )
    halved = Money(text=text, value=share, currency=money.currency)
    ok, value = _within(
        request, Money(text=_money(share, money.currency, words.zh), value=share, currency=money.currency)
    )
    return halved, ok, value


def _share_named(request: TemplateRequest, said: str, money: Money) -> bool:
    """Whether the sum read is already the half ("退一半学费，也就是3400元" of a 6800元 fee; "half, so
    £40"): named after the half they ask, or half of another sum they name."""
    if any(abs(m.value - 2 * money.value) < 0.005 for m in request.analysis.facts.amounts):
        return True
    own = own_words(request.complaint.text, request.complaint.language)
    at = own.find(said) if said in own else -1
    if at < 0:
        return False
    end = min(len(own), at + len(said) + 24)
    return any(m.value == money.value for m in find_money(own[at + len(said) : end], request.complaint.language))


# A fee already taken from them ("被扣了5元", "they deducted $3"): waiving it now is a refund to
# the account it came from, not "it will not be charged".
_TAKEN = re.compile(
    r"被扣|扣了|扣咗|扣掉|扣除了|已扣|多扣|只退了|只到了|实际退款|\b(?:deducted|took|taken|withheld|kept)\b"
    r"|\b(?:charged|billed) (?:me|us|my)\b|\bgot charged\b|\bhas been charged\b|\bwas charged\b"
)


def _waived_amount(request: TemplateRequest, ask_text: str | None) -> Money | None:
    """The fee a waiver is worth: the one sum its clause names; else the complaint's refund sum,
    unless another request names that sum ("退回这199元" beside "这个月月费免掉": the 199元 is the
    refund's, the month's fee is unvalued)."""
    named = {(m.value, m.currency): m for m in find_money(ask_text or "", request.complaint.language)}
    if named:
        return next(iter(named.values())) if len(named) == 1 else None
    fee = fee_amount(request.complaint.text, request.analysis.facts.amounts) if ask_text else None
    if ask_text and fee is not None and fee_asked(fold(ask_text)):
        return fee  # "waive the late fee": the sum written as the fee, not the payment beside it
    money = _refund_amount(request, None)
    others = [a.text for a in request.analysis.facts.asks if a.text != ask_text and a.kind in ("do", "want")]
    if money is not None and ask_text and any(money.text in other for other in others):
        return None
    if money is not None and not _priced_as_fee(request, money):
        return None  # "定期存款 HK$80,000 … 不收手續費": the sum held, never called the fee (trainers, c27)
    return money


def _priced_as_fee(request: TemplateRequest, money: Money) -> bool:
    """Whether the complaint says the sum is a charge: written beside a fee word, or in a clause
    that takes it from them or asks it back."""
    if fee_amount(request.complaint.text, [money]) is not None:
        return True
    language = request.complaint.language
    for clause in re.split(r"[。！？!?\n，；;]|,(?!\d)|\.(?=\s|$)", request.complaint.text):
        if any(abs(m.value - money.value) < 0.005 for m in find_money(clause, language)):
            folded = fold(clause)
            if _TAKEN.search(folded) or _ASKS_BACK.search(folded) or any(w in folded for w in _REFUND_WORDS):
                return True
            if re.search(r"charge|fee|bill|费|費|收|扣|付|交|罚|罰|price|cost|价|價", folded):
                return True
    return False


def _waive(words: Wording, request: TemplateRequest, ask_text: str | None, time: str) -> str:
    """A fee they ask us not to charge: waived when the one amount they name is within the
    role's limit; else who approves it and when."""
    answers = words["satisfy"]["answer"]
    money = _waived_amount(request, ask_text)
    ok, value = _within(request, money)
    if money is not None and ok:
        taken = _TAKEN.search(fold(request.complaint.text)) is not None  # already deducted: paid back
        return str(answers["waive_refunded" if taken else "waive_granted"].format(amount=money.text))
    approver = words.approver(approver_role(request.policy or load_policy(), value))
    if money is None:
        return str(answers["waive_unvalued"].format(approver=approver, time=time))
    return str(answers["waive_approval"].format(amount=money.text, approver=approver, time=time))


def _choice(words: Wording, request: TemplateRequest, ask_text: str | None, time: str) -> str:
    """An exchange or a refund, as they asked: the customer chooses; a refund beyond the limit
    says who approves it."""
    answers = words["satisfy"]["answer"]
    money = _refund_amount(request, ask_text)
    mentioned = {(m.value, m.currency): m for m in request.analysis.facts.amounts}
    if money is None and len(mentioned) == 1:  # the price of the thing they would return
        money = next(iter(mentioned.values()))
    ok, value = _within(request, money)
    if money is not None and not ok:
        approver = words.approver(approver_role(request.policy or load_policy(), value))
        return str(answers["choice_approval"].format(amount=money.text, approver=approver, time=time))
    return str(answers["choice"].format(time=time))


def _redo_or_refund(words: Wording, request: TemplateRequest, asked: str | None, time: str) -> str:
    """ "Redo it free, or refund me": the redo is ours to arrange; the refund is granted within the
    role's limit, else who approves it. One choice, not both pursued."""
    answers = words["satisfy"]["answer"]
    money = _refund_amount(request, asked)
    ok, value = _within(request, money)
    approver = words.approver(approver_role(request.policy or load_policy(), value))
    if money is None:
        return str(answers["redo_or_refund_unvalued"].format(approver=approver, time=time))
    if ok:
        return str(answers["redo_or_refund_granted"].format(amount=money.text, time=time))
    return str(answers["redo_or_refund"].format(amount=money.text, approver=approver, time=time))


def _redo(words: Wording, request: TemplateRequest, asked: str | None, time: str) -> str:
    """A service done again free: worth what was paid for it, so approved by whoever may grant that
    (the guardrail fails closed on a free redo promised outright); one whose price is within the
    role's own limit is arranged outright, not sent for a day's approval."""
    money = _refund_amount(request, asked)
    ok, value = _within(request, money)
    if money is not None and ok:  # a $6 coffee made again: within the role's own limit, arranged now
        return str(words["satisfy"]["answer"]["redo_granted"].format(amount=money.text, time=time))
    approver = words.approver(approver_role(request.policy or load_policy(), value))
    return str(words["satisfy"]["answer"]["redo"].format(approver=approver, time=time))


def _time(words: Wording, analysis: Analysis, key: str = "time") -> str:
    times = words["satisfy"][key]
    s = analysis.situation
    stranded = analysis.safety is not None and "stranded" in analysis.safety.hazards
    if s.now or (stranded and not safety_fit.stranded_over(" ".join(analysis.facts.story))):  # (s13pg: home now)
        return str(times["now"])  # someone stranded tonight: minutes, not "today"
    clock = _clock_today(analysis) if key == "time" else None
    if clock is not None:
        return clock  # "by 4pm today": before 4pm, not "within 24 hours" nor a loose "today"
    if key == "time":
        said = " ".join([*analysis.facts.story, *(a.text for a in analysis.facts.asks)])
        before = event_time.event_clock(said, words.zh)
        if before is not None:
            return before  # "the party is at 4pm today": every promise before 4pm (trainers, c33)
        if event_time.event_soon(said, words.zh):
            return str(words["satisfy"]["time_event_soon"])  # "the party is tonight": within the hour
    if s.today or any(a.kind in ("do", "want") and _SOON.search(a.text) for a in analysis.facts.asks):
        # "redeliver it today", "今日安排再派": today, never "within 24 hours"; "come tomorrow",
        # "聽日一定要上門": the arrangement confirmed today, before the day they need it
        return str(times["today"])
    return str(times["default"])


# A time asked for tomorrow: the arrangement is confirmed before then, today.
# The service still off as they write ("down since 7pm", "it's been out all day", "到现在还是没网"); a
# past outage ("was down from 2 to 9 October", "恢复供电的时候…") has nothing left to restore.
_STILL_OUT = re.compile(
    # s13: on and off for weeks ("斷斷續續", "keeps dropping"): still not fixed, whatever it is credited
    r"断断续续|时好时坏|时断时续|成日断|经常断|又断|\b(?:keeps|kept) (?:dropping|cutting out|going (?:down|off|out))\b"
    r"|\bon and off\b|\bintermittent\w*|"
    r"\b(?:been|is|are|still)\b[^.!?\n]{0,12}"
    r"\b(?:down|out|off|dead|not working|no (?:signal|service|internet|power|water|gas))\b"
    r"|\b(?:down|out|off|not working) since\b"
    r"|(?:还是|一直|到现在|至今|仍然|现在还|现在都|到而家|仲系|仲係|仲未)[^，。！？!?\n]{0,8}"
    r"(?:没|冇|停|断|用不了|上不了|连不上|无)[^，。！？!?\n]{0,3}(?:网|信号|电|水|气|煤气|服务|线)"
)
_TOMORROW = re.compile(r"\btomorrow\b|明天|明日|听日|聽日|明早|聽朝|听朝", re.I)
# A supply cut off (water, power, gas, the line): what is asked is when it is back, today.
_SUPPLY = frozenset({"utility", "telecom"})
# A supply of the home cut off, whoever's complaint it is filed under.
_SUPPLY_CUT = re.compile(r"停水|停电|断水|断电|停气|没水|没电|\b(?:water|power|electricity)\b")
# Off since today: this morning, a clock time today, "since 7am".
_OUT_TODAY = re.compile(
    r"今天|今早|今日|今朝|早上|上午|凌晨|\btoday\b|\bthis (?:morning|afternoon|evening)\b"
    r"|\bsince \d{1,2}(?::\d\d)?\s?(?:am|pm)\b"
)
# Something of their own left with us to be cleaned, mended or kept: a missing piece is theirs to
# be found, not goods of ours to send again or refund.
_LEFT_WITH_US = re.compile(
    r"送洗|拿去洗|放[^。！？]{0,12}洗|干洗|洗衣|寄存|保管|送修|拿去修|改衣|\blaundr|\bdry[- ]?clean|\bcleaners\b"
    r"|\bcloakroom\b|\bcoat ?check\b|\bleft (?:it|them|my|our)\b[^.]{0,30}\b(?:with you|at your)\b"
    r"|\bfor (?:cleaning|repair|alterations?)\b"
)
# A time that was booked and fell through (an appointment, a class, a visit): what a new time is for.
_TIME_BOOKED = re.compile(
    r"预约|约好|约了|约的|改约|时段|课|门诊|挂号|上门|没来|没有来|\bappointments?\b|\bslots?\b|\bsessions?\b"
    r"|\bclass(?:es)?\b|\blessons?\b|\bvisit\b|\bbooked (?:in|for)\b|\bscheduled\b"
)
# A parcel already sent back to its sender: there is nothing out for delivery to try again.
_RETURNED = re.compile(
    r"\breturned to (?:the )?sender\b|\breturn to sender\b|\bsent back to (?:the )?(?:sender|shipper|seller)\b"
    r"|退回(?:给|到)?(?:寄件|发件|原寄|卖家|商家)|退件|退回了"
)
# Money of theirs paid back short ("到账时少了30元", "they kept $40 of it"): the sum kept is refunded
# once checked.
_SHORT = re.compile(
    r"少了|少咗|少退|只退了|只到了|扣了|扣咗|被扣|扣掉|\bdeducted\b|\bkept \$|\bshort\b|\bless than\b|\bminus\b"
)
# An ask for today in so many words (the story's "today I went" is no deadline; the ask's is).
_SAME_DAY = re.compile(
    r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b|今天|今日|今晚|今早|今朝|今天上午|今日之內|当天|當天",
    re.I,
)
# What a written reply is asked to hold: information (a date, a schedule, a receipt) sent as it
# is; an account of what happened, an explanation or an admission needs approval first.
_WRITTEN_INFO = re.compile(
    r"\b(?:schedule|timetable|start date|new date|dates?|times?|receipt|invoice|itinerary|details|list|breakdown"
    r"|quote|opening hours|booking confirmation)\b|时间表|课表|课程表|日期|时间|收据|发票|明细|行程|清单|报价|安排"
    # round 10ay: a confirmation, a certificate or where things stand, sent as it is (确认订位还在,
    # 书面回复目前的进度, "confirm my booking in writing", a delay certificate by email)
    r"|\b(?:confirm\w*|status|progress|certificate|proof of)\b|确认|进度|进展|状态|环节|证明|凭证|回执"
)
_WRITTEN_ACCOUNT = re.compile(
    r"\b(?:statement|account of|what happened|explanation|explain|why|apolog|admi|investigat|findings|incident"
    r"|report|fault|responsib|liab|compensat|claim|payout|settlement)|说明|解释|经过|调查|道歉|原因|为什么|为何|事故|责任|报告|结果"
    r"|赔偿|理赔|索偿|索赔|赔付"
)
# Someone else asked for next time ("另一位师傅", "a different cleaner", "someone else"): no lesson
# learnt to report, a choice of staff that someone decides.
_OTHER_PERSON = re.compile(
    r"另一位|另外一位|另一个|另外一个|换一位|换个人|换人|换一个|\b(?:a different|someone else|somebody else|another)\b"
)
# A request that only asks us to act on the complaint ("look into it", "sort this out", "处理一下",
# "给个说法"): the category's own answer meets it.
_GENERAL_ASK = re.compile(
    r"\b(?:look into|sort|deal with|fix|resolve|do something|take (?:care|action)|investigate|check|explain|help"
    r"|get back|respond|reply|contact|call|let (?:me|us) know|tell|update|answer|apolog|take this seriously)\b"
    r"|处理|解决|给个说法|给我个说法|交代|解释|说明|回复|答复|回覆|答覆|联系|回电|打回|打返|打给|打俾|打电话|致电|告诉|通知|跟进|查"
    r"|核实|调查|道歉|重视|帮忙|帮我看"
)
# A request only that we act, "properly" or "by the rules", naming nothing to do.
_ACT_ONLY = re.compile(
    r"按规矩|按规定|依规|照规矩|按流程|处理一下就|处理就行|处理就好|看着办|给个说法|给我个说法"
    r"|\b(?:sort (?:it|this) out|deal with (?:it|this)(?: properly)?|handle (?:it|this)|do the right thing)\s*$"
)
# An ask for today or tomorrow in so many words: whatever is promised is confirmed today.
_SOON = re.compile(f"{_SAME_DAY.pattern}|{_TOMORROW.pattern}", re.I)


def ask_line(words: Wording, ask: Ask) -> str | None:
    if not ask.echo or ask.kind == "deadline" or len(_WORDISH.findall(_BARE_LEAD.sub("", ask.text))) < 2:
        return None  # "I'd like:" before a list: nothing to repeat ("You'd like.")
    if ask.kind == "know" and re.search(
        r"\b(?:someone|anyone|anybody|somebody)\b|有没有人|有冇人|有人|怎么处理|怎麼處理|怎么办|怎麼辦|为什么不行|為什麼不行"
        r"|what you(?:'re| are) going to do",
        ask.text,
    ):
        return None  # "where is someone": a cry for help, answered by sending someone, not repeated
    if ask.kind in ("do", "want") and (neg := _NEGATIVE.match(ask.text)):
        return _wont_line(words, ask.text[neg.end() :], neg.group("again") or "")
    if ask.kind in ("do", "want") and (tail := _NEGATIVE_TAIL.search(ask.text)):
        # "rebook you for a morning slot, and please don't send you another survey": both, each in its form
        head = ask_line(words, ask.model_copy(update={"text": ask.text[: tail.start()]}))
        wont = _wont_line(words, ask.text[tail.end() :], tail.group("again") or "")
        return words.sep.join(x for x in (head, wont) if x) or None
    template = words["satisfy"]["ask"][ask.kind]
    text = _TRAILING.sub("", ask.text) or ask.text  # "退那杯的 NT$65，" / "refund the $6 thx": no "，。", no thanks
    if ask.kind in ("do", "want") and (text := voiced(text, words.zh) or "") == "":
        return None  # s13voice: their voice ("请退还给我", "应当减免") or nothing the answer does not say
    if ask.kind == "know" and words.zh:
        text = _KNOW_LEAD.sub("", text) or text  # "仲有话俾我知升降机几时修好": what they want to know, only
    if not words.zh:
        text = _HAVE_SOMEONE.sub("", text)  # "You'd like us to have someone fix it": us, not someone
        text = _JUST.sub("", text)  # "You'd like us to just refund the duplicate": their emphasis, not ours
        if ask.kind == "do" and len(text.split()) < 3:
            return None  # "fix", "process it": too short to repeat as a sentence
        if ask.kind == "want":
            text = text[0].upper() + text[1:]
        elif not re.match(r"[A-Z][a-z]*[A-Z0-9]|[A-Z]{2,}|I\b", text):
            text = text[0].lower() + text[1:]  # "You'd like us to tell you", not "to Tell you"
    line = str(template.format(text=text))
    return _no_double_we(line) if words.zh else re.sub(r"\s+\.", ".", line)


# s9english: "have someone fix it" asked of us: what is to be done, without the someone.
_HAVE_SOMEONE = re.compile(r"^(?:have|get)\s+(?:someone|somebody|a person)\s+(?:to\s+)?(?=[a-z])", re.I)
_JUST = re.compile(r"^(?:just|simply)\s+(?=[a-z])", re.I)


# A request not to do something ("don't send you another sms survey", "不要再派姓王的师傅"): said back
# as "You'd like us to don't send…" it was broken (trainers); it is kept, and said so, in our voice.
_NEGATIVE = re.compile(
    r"^\s*(?:(?:please|pls|and|but|also|so)\s+)*(?:don'?t|do not|never|not)\s+"
    r"|^\s*(?:请|請|麻烦|麻煩|唔该|唔該)?(?:不要|别(?![的人家处])|別(?![的人家處])|唔好|勿|千万不要|千萬不要)(?P<again>再)?",
    re.IGNORECASE,
)
# A request not to do something joined on to another ("…, and please don't…", "，但不要再…").
_NEGATIVE_TAIL = re.compile(
    r"[,;，；]?\s*\b(?:and|but)\s+(?:(?:please|pls|also)\s+)*(?:don'?t|do not|never)\s+"
    r"|[,;，；]\s*(?:但|但是|并且|並且|而且|也)?(?:请|請)?(?:不要|别(?![的人家处])|別(?![的人家處])|唔好|勿)(?P<again>再)?",
    re.IGNORECASE,
)
# What they want instead, after the request not to ("…, just process the cancellation").
_INSTEAD = re.compile(r"\s*(?:[–—-]+|[,;，；])\s*(?:just|only|simply|只要|只需|就)\s*", re.IGNORECASE)


# What they want instead, after what they do not ("I don't want credit – just close the account",
# "不要转给挽留组，只要帮我取消"): a request of its own, read even when the sentence opened on a refusal.
_INSTEAD_ASK = re.compile(
    r"(?:\b(?:don'?t|do not|not)\b|不要|不想|别|別|唔好|唔想)[^.!?。！？\n]*?(?:[–—-]+|[,;，；])\s*"
    r"(?:just|only|simply|只要|只需|只想|就)\s*([^.!?。！？\n]{4,80})",
    re.IGNORECASE,
)


_THE_OWN = re.compile(r"\bthe (account|subscription|membership|plan|policy|contract|card|booking|order)\b", re.I)


def _instead_asks(text: str) -> list[str]:
    """The clauses that say what they want instead of what they refused, as written."""
    return [m.group(1).strip() for m in _INSTEAD_ASK.finditer(text)]


def _wont_line(words: Wording, rest: str, again: str) -> str | None:
    """ "As you asked, we won't send you another survey." and, after it, what they want instead."""
    rest = _TRAILING.sub("", rest).strip()
    negated, *instead = _INSTEAD.split(rest, maxsplit=1)
    if len(_WORDISH.findall(negated)) < 2:
        return None
    bank = words["satisfy"]["ask"]
    if words.zh:
        line = str(bank["wont"].format(text=(again or "再") + negated.removeprefix("再")))
    else:
        line = str(bank["wont"].format(text=negated[0].lower() + negated[1:]))
    if instead and len(_WORDISH.findall(instead[0])) >= 2:
        line += words.sep + str(bank["do"].format(text=_TRAILING.sub("", instead[0]).rstrip("。.")))
    return line


# What opens a question asked of us and is not the question: a "too" joining it to the ask before,
# and "tell me" ("仲有話俾我知", "还有告诉我"), which "您想知道" already says.
_KNOW_LEAD = re.compile(
    r"^(?:还有|還有|仲有|另外|以及|同埋|并且|並且)?\s*"
    r"(?:(?:请|請|麻烦|麻煩|唔该|唔該)?(?:说给|說給|话俾|話俾|话畀|話畀|讲俾|講俾|告诉|告訴)(?:我|您)(?:知|知道)?)?"
)
# What trails an ask and is not part of it: a comma before the full stop, a thanks, a "pls".
_TRAILING = re.compile(
    r"(?:[\s,，、;；:：]|\b(?:thanks|thank you|thx|ty|cheers|pls|plz)\b|谢谢|謝謝|多谢|多謝|唔该|唔該)+$", re.IGNORECASE
)


# A list of requests ("What I want: 1. … 2. …") is repeated whole, up to this many.
MAX_ASKS = 4


def _no_double_we(text: str) -> str:
    """ "您希望我们" before an ask that already names us ("我们药房的药剂师…"): one 我们, not two."""
    return text.replace("我们我们", "我们").replace("我們我們", "我們")


def asks_line(words: Wording, asks: list[Ask]) -> str:
    """Several requests as one sentence ("You'd like a refund of $80, and a copy of the
    invoice"): each is heard, and one sentence reads better than a run of "You'd like"."""
    lines = [str(ask_line(words, a)) for a in asks]
    if len(lines) == 1:
        return _no_double_we(lines[0])
    stop = "。" if words.zh else "."
    also = str(words["satisfy"]["ask"]["also"])
    lead = _LEADS.match(lines[0]) or _WANT_LEAD.match(lines[0])  # s13: never "You want X. You want Y."
    # a first line of two sentences ("… this week. As you asked, we won't send the same engineer.") takes
    # no ", and call after 6pm" after its second: each request then says its own lead
    one = stop not in lines[0].rstrip(stop)
    if lead and one and all(line.startswith(lead.group()) for line in lines[1:]):
        rest = [line[lead.end() :].rstrip(stop) for line in lines[1:]]
        # each request keeps its verb ("，也要求…"): a bare "，并退还105元" reads as our promise
        joiner = also.format(lead=lead.group().removeprefix("您"))
        return _no_double_we(lines[0].rstrip(stop) + "".join(joiner + r for r in rest) + stop)
    return _no_double_we(words.sep.join(lines))


_LEADS = re.compile(r"^(?:You'd like us to |You'd like |您希望我们|您要求|您希望|您想要)", re.IGNORECASE)
# s13: their own "I want …" said back ("You want a formal incident report"): joined as one sentence
# with the next, never a run of "You want"; case-sensitive, so only a line that opens with it.
_WANT_LEAD = re.compile(r"^You want ")


def bare_ask(text: str) -> str:
    """A request without its lead, as a list said in one sentence repeats all but the first."""
    return _LEADS.sub("", text)


def echoed(words: Wording, ask: Ask, skip: set[str]) -> bool:
    """A request Satisfy repeats: fit to repeat, and not left out (the guardrail objected to it
    in either of the forms it is repeated in)."""
    if ask.text in skip or bare_ask(ask.text) in skip:
        return False
    line = ask_line(words, ask)
    return bool(line) and clean_ask(words, str(line))


_WORDISH = re.compile(r"[A-Za-z0-9]+|[\u4e00-\u9fff]")
_BARE_LEAD = re.compile(
    r"^(?:you'd like|you would like|you want|you need|you're asking for"
    r"|您希望|您想要|您想|您要求|您的要求|您需要)[\s:：]*",
    re.IGNORECASE,
)
# Money that is stuck or a card that does not work: today at the latest.
# What is cancelled only after a review of the evidence: tickets, fines, penalties.
# ("which is fine" is no fine: the word after an article or a kind of fine, or "fined")
_REVIEWED = re.compile(
    r"ticket|\b(?:a|the|this|that|my|parking|speeding|late|library) fine\b|\bfined\b|penalty|pcn|citation"
    r"|罚单|罰單|罚款|罰款|违章|違章|告发|告發"
)
_TODAY_AT_LATEST = frozenset({"credit_or_refund", "trace_money", "refund_status", "unblock", "unlock", "card_retained"})
# Money they moved out (a withdrawal, a transfer) that has not arrived: traced even without a currency.
_WITHDRAWAL = re.compile(r"提现|提現|withdr[ae]w|转账|轉帳|汇款|匯款|transfer")
# Sent, in so many words: "just send the missing case", "补发给我".
_SEND_IT = re.compile(r"\bsend\b|\bpost\b|\bdispatch|补发|补寄|补送|寄给我|寄过来|发给我|送过来|补给我|补返|寄返")
# A document named as one: "航班延误证明", "一份收入证明", "a delay certificate", "proof of payment".
_CERTIFICATE = re.compile(
    r"(?:份|张|個|个)[^，。,.]{0,8}证明|[\u4e00-\u9fff]{2}证明(?![了过])"
    r"|certificate|proof of|letter confirming|confirmation letter"
)
_CERTIFICATE = gated(_CERTIFICATE)


_WHAT_NOW = Gate(
    re.compile(
        r"怎么处理|怎麼處理|怎么办|怎麼辦|如何处理|如何處理|怎么解决|怎麼解決"
        r"|\bwhat (?:are|will) you (?:going to )?do\b|\bhow (?:will|are) you (?:going to )?(?:fix|handle|sort|make)"
    )
)


def _asks_what_now(analysis: Analysis, text: str) -> bool:
    """They ask what we will do about it ("这要怎么处理", "what are you going to do about it")."""
    return _WHAT_NOW.search(fold(text)) is not None


def _asks_why(analysis: Analysis) -> bool:
    """They ask why it happened ("这次停水的原因是什么"), not when it will be back."""
    return any(a.kind == "know" and _WHY.search(fold(a.text)) for a in analysis.facts.asks)


_WHY = re.compile(r"原因|为什么|为何|点解|\bwhy\b|\bcause\b|\breason\b")


def _asked_parts(request: TemplateRequest) -> list[str]:
    """The clauses that ask: intake's asks and the remedy reader's ("补发或者退款都行" asks too)."""
    return [*(a.text for a in request.analysis.facts.asks), *remedies(request.complaint.text).values()]


def _money_asked(analysis: Analysis) -> bool:
    """They ask for money back with its amount ("多扣的3.5元能退回来吗")."""
    asked = any(find_money(a.text) and _MONEY_ASK.search(fold(a.text)) for a in analysis.facts.asks)
    return asked or ("refund" in analysis.facts.asks_for and bool(analysis.facts.amounts) and not analysis.facts.asks)


def _has_refund_ask(analysis: Analysis) -> bool:
    """A refund asked for, and not waved away ("I don't need a refund")."""
    return any(
        re.search(r"refund|money back|退款|退钱", fold(a.text))
        and not re.search(r"\bdon t need\b|\bno need\b|不用退|不需要退", fold(a.text))
        for a in analysis.facts.asks
    )


# When they ask for it to be done ("tomorrow", "这两天", "今晚6點前"): the answer names it.
# Our own work asked to be put right ("need it fixed", "corrected", "redone", "reprinted").
_EN_FIX = re.compile(
    r"\b(?:fix(?:ed)?|correct(?:ed)?|re-?do(?:ne)?|put right|sort(?:ed)? out|re-?made|re-?print(?:ed)?)\b", re.I
)
_EN_WHEN = re.compile(
    # s14answer2: "before the burial on Saturday": needed by then, not done on the day (trainers, c34b-017)
    r"\b(?:before (?:the |my |our |his |her |their |[a-z]+'s )?[a-z]+(?: [a-z]+)? (?:on |this |next )"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|today|tonight|tomorrow(?: (?:morning|afternoon|evening))?|this (?:morning|afternoon|evening|week|weekend)"
    r"|(?:on |by |before |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:before|by) (?:\d{1,2}(?::\d{2})?\s?(?:am|pm)|the end of (?:the|this) (?:day|week|month)"
    r"|\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2}))\b",
    re.IGNORECASE,
)
_ZH_WHEN = re.compile(
    r"(?:(?:(?:这|這|本|下)(?:周|週)[一二三四五六日末]|今天|今日|今晚|明天|明日|听日|聽日|后天|後天|这两天|這兩天|这几天|這幾天|这周|這週|這周|本周|本週"
    r"|[周週](?:[一二三四五六日末])|星期[一二三四五六日天]|[礼禮]拜[一二三四五六日天]|\d{1,2}月\d{1,2}[日号號])"
    r"(?:[上下]午|晚上|早上|中午)?(?:\d{1,2}[点點:：]\d{0,2}分?)?(?:之前|以前|前)?"
    r"|(?:[上下]午|晚上|早上|中午)?\d{1,2}[点點](?:之前|以前|前))"
)


# A request that names nothing but "it" ("get it sorted today", "fix this asap"): what to do is in the story.
_VAGUE_ASK = re.compile(
    r"(?:get|have) (?:it|this|that|things) (?:sorted|fixed|resolved|dealt with)\b"
    r"|(?:sort|fix|resolve|handle|deal with|look into) (?:it|this|that)(?: out)?\b(?! \w+ (?:by|before|on)\b)",
    re.IGNORECASE,
)


def _asked_when(analysis: Analysis, zh: bool, asked: str | None = None) -> str | None:
    """The day or time the customer asks for it to be done by, as they said it ("tomorrow
    before 3pm", "這兩天"); their deadline when an ask carries none; None when nothing says."""
    texts = [asked] if asked else [a.text for a in analysis.facts.asks if a.kind in ("do", "want")]
    pattern = _ZH_WHEN if zh else _EN_WHEN
    for text in texts:
        found = [m.group() for m in pattern.finditer(text or "")]
        if found:
            when = " ".join(dict.fromkeys(found)) if not zh else "".join(dict.fromkeys(found))
            clock = _before_time(analysis) or _clock(analysis.situation.deadline)
            if clock and clock not in when and not zh and re.fullmatch(r"today|tomorrow|tonight", when, re.I):
                when = when + " " + re.sub(r"^by\b", "before", clock)  # "a tech out tomorrow" … "anytime before 3pm"
            return when
    return analysis.situation.deadline if analysis.situation.deadline and not _narrative_deadline(analysis) else None


# The visits already booked and missed ("预约上门安装三次了：10月8日、10月11日", "booked three times: 8, 11
# and 15 Oct"): their dates are history, never the day to book again.
_BOOKED_BEFORE = re.compile(
    r"[次回遍]了|(?:预约|預約|约|約)(?:了|过|過)|已经约|已經約"
    r"|\b(?:was|were|had been|been) (?:booked|scheduled|rescheduled)\b|\bbooked (?:\w+ )?(?:times|twice)\b",
    re.IGNORECASE,
)


def _booked_before(asked: str | None) -> bool:
    return bool(asked) and _BOOKED_BEFORE.search(asked or "") is not None


def _clock(deadline: str | None) -> str | None:
    """Their deadline when it is a time of day ("before 3pm"), else None."""
    return deadline if deadline and re.fullmatch(r"(?:before|by) \d{1,2}(?::\d{2})?\s?[ap]m", deadline, re.I) else None


def _narrative_deadline(analysis: Analysis) -> bool:
    """A "deadline" that is part of what happened ("By 2am we were both vomiting"), not one they
    set: it is in a story sentence and in none of the requests."""
    deadline = analysis.situation.deadline or ""
    if not deadline:
        return False
    core = re.sub(r"^(?:by|before)\s+|[之以]?前$", "", deadline, flags=re.IGNORECASE).lower()
    in_asks = any(core in a.text.lower() for a in analysis.facts.asks)
    in_story = any(deadline.lower() in s.lower() or core in s.lower() for s in analysis.facts.story)
    return in_story and not in_asks


# The correct value they give ("正确应该是「东昇创意设计有限公司」", "passport says CHEUNG WAI LAM").
_CORRECT_VALUE = (
    re.compile(r"(?:正确|正確|应该|應該|应为|應為)[^，。「“\"]{0,6}?(?:是|係|为|為)\s*([「“\"][^」”\"]{1,30}[」”\"])"),
    re.compile(
        r"(?:护照|護照|身份证|身分證|证件|證件)(?:上)?(?:是|係|写的是|寫的是|写着|寫著)\s*([A-Z][A-Z .'-]{2,40}[A-Z])"
    ),
    re.compile(
        r"\b(?:should (?:be|read|say)|correct (?:name|spelling|address|date) is|passport (?:says|reads|shows))"
        r"\s+[\"“]?([A-Z][A-Za-z0-9 .'-]{1,40}?)[\"”]?(?=\s+but\b|[,.;]|$)"
    ),
)


def _correct_value(text: str) -> str | None:
    for pattern in _CORRECT_VALUE:
        if m := pattern.search(text):
            value = m.group(1).strip()
            return (
                value if value[0] in '「“"' else f"“{value}”" if re.search(r"[\u4e00-\u9fff]", text) else f'"{value}"'
            )
    return None


_MINUTES = re.compile(r"minute|分钟|分鐘")
# Answers whose outcome waits on someone's approval.
_APPROVED = frozenset({"refund", "waive_fee", "compensation", "choice", "redo", "redo_or_refund"})
# Answers that wait on an investigation's findings: never within minutes (trainers: "I'll tell you what
# they find … within 30 minutes" is unrealistic), however urgent the call back is.
_FINDINGS = frozenset({"probe", "investigate"})


# A claim they were refused (rejected, declined, 拒赔): what they ask is a review of the decision.
_CLAIM_REFUSED = re.compile(
    r"\b(?:claim|claims)\b[^.!?\n]{0,80}\b(?:rejected|declined|denied|repudiated|refused|turned down)\b"
    r"|\b(?:rejected|declined|denied|repudiated|refused|turned down)\b[^.!?\n]{0,30}\bclaim\b"
    # s14remedy2: "本周五之前还不赔付", "迟迟不赔": not paid yet, a claim delayed, never one refused
    r"|拒赔|拒賠|不予理赔|不予理賠|理赔被拒|理賠被拒|(?<![还還再仍尚迟遲])(?:不赔|不賠)"
)


# What an application they ask how to make would be read as: the way to make it answers each.
_APPLIED_FOR = frozenset({"compensation", "refund", "claim_status", "damage_claim", "goodwill", "explanation"})


def _answer(words: Wording, request: TemplateRequest, kind: str, asked: str | None, time: str) -> str:
    line = _answer_one(words, request, kind, asked, time)
    visit_line = str(words["satisfy"]["answer"]["visit"]).format(time=time)
    if words.zh and kind == "visit" and line == visit_line and (what := asks_zh.visit_what(asked or "")):
        line = str(words["satisfy"]["answer"]["visit_named"]).format(what=what, time=time)  # s14: "上门重新抄表"
    if kind == "visit" and safety_fit.burning_fault(request.analysis, request.complaint.text):
        line = str(words["satisfy"]["answer"]["visit_today"])  # s13pg: a burning smell is today's, not "24 hours"
    if kind in ("visit", "reschedule", "resend") and no_charge_asked(
        own_words(request.complaint.text, request.complaint.language)
    ):
        # "能不能再派人来看看 别再收钱了": the visit, and what it costs them, both answered
        bank = words["satisfy"]["answer"]
        money = fee_amount(request.complaint.text, request.analysis.facts.amounts) or _sole(request)
        ok, value = _within(request, money)
        key = "resend_free" if kind == "resend" else "visit_free"  # s13asks: sent again, no new fee
        if ok:
            free = str(bank[key])
        else:
            approver = words.approver(approver_role(request.policy or load_policy(), value))
            free = str(bank[f"{key}_approval"].format(approver=approver, time=time))
        return f"{line}{'' if words.zh else ' '}{free}"
    bank = words["satisfy"]["answer"]
    if (
        not words.zh
        and kind in _REDONE_FREE
        and "redo_free" in bank
        and asks_en.pay_again_refused(own_words(request.complaint.text, request.complaint.language))
    ):
        # s14answer: "reprint, and I'd rather not pay again for your mistake": the cost answered too
        money = fee_amount(request.complaint.text, request.analysis.facts.amounts) or _sole(request)
        ok, value = _within(request, money)
        if ok:
            return f"{line} {bank['redo_free']}"
        approver = words.approver(approver_role(request.policy or load_policy(), value))
        return f"{line} {str(bank['redo_free_approval']).format(approver=approver, time=_once(words, [line], time))}"
    return line


# Kinds that put our mistake right by doing it again: whether it costs them is answered beside them.
_REDONE_FREE = frozenset({"done_by", "redo", "expedite", "replacement", "repair"})


def _answer_one(words: Wording, request: TemplateRequest, kind: str, asked: str | None, time: str) -> str:
    bank = words["satisfy"]["answer"]
    analysis = request.analysis
    if kind == "how_to_apply":
        how = how_to_apply(request.complaint.text)
        thing = how[1] if how is not None else None
        now = "_now" if "how_to_apply_now" in bank else ""  # s14answer: the steps given now where worded so
        if thing:
            thing = re.sub(r"^(?:my|our)\b", "your", thing) if now else thing
            return str(bank[f"how_to_apply_for{now}"].format(thing=thing, time=time))
        return str(bank[f"how_to_apply{now}"].format(time=time))
    if kind == "contact_party":
        return str(words["satisfy"]["answer"]["contact_party"].format(who=asked or "", time=time))
    if kind == "cancel" and money_cases.card_cancel_now(request.complaint.text, asked):
        return str(bank["cancel_card"].format(time=time))  # a card used by someone else: stopped now, not later
    if kind in ("money_if", "find_first"):
        return _money_if(words, request, kind, asked or "", time)
    if kind == "spilt_item":
        if time == str(words["satisfy"]["time"]["default"]):
            time = str(words["satisfy"]["time"]["now"])  # a drink or a meal spilt: sent again in minutes (s13timing)
        sums = request.analysis.facts.amounts
        if len(sums) == 1 and "spilt_item_paid" in bank:  # "56块钱就喝到半杯": the sum they paid, said back
            return str(bank["spilt_item_paid"].format(amount=sums[0].text, time=time))
    if kind == "damage_claim" and (
        time in (str(words["satisfy"]["time"]["today"]), str(words["satisfy"]["time"]["now"]))
    ):
        # a claim is assessed, not settled the same day: where it stands today, no outcome promised (s13timing)
        return str(bank["damage_claim_soon"].format(time=time))
    fitted = _fitted_answer(words, request, kind, time)
    if fitted is not None:
        return fitted
    urgent = analysis.safety is not None and analysis.safety.urgent  # stranded by a blocked card: within the hour
    if kind in _TODAY_AT_LATEST and not analysis.situation.now and not urgent:
        time = _clock_today(analysis) or str(words["satisfy"]["time"]["today"])
    deadline = analysis.situation.deadline
    story = fold(request.complaint.text)
    times = words["satisfy"]["time"]
    if (kind in _APPROVED or kind in _FINDINGS) and (time == str(times["now"]) or _MINUTES.search(time)):
        said = " ".join([*analysis.facts.story, *(a.text for a in analysis.facts.asks)])
        # someone approves it: today, not "within 15 minutes" — before their event today, if any
        time = event_time.event_clock(said, words.zh) or str(times["today"])
    if kind in _SERVICE_BACK and time == str(times["default"]) and _DEPENDS.search(story):
        time = str(times["today"])  # working or studying from home on it: the visit's time confirmed today
    own = own_words(request.complaint.text, request.complaint.language)
    if kind == "missing_item" and money_back_only(own):
        return str(bank["refund_missing"].format(time=time))  # "就退个差价吧": the refund they chose, not a choice
    offered = _either_offered(request.complaint.text) if kind == "send_missing" else None
    either = offered is not None and _MONEY_BACK.search(fold(offered)) is not None  # "补发或者退款都行"
    if kind == "send_missing" and ((_OUT_OF_STOCK.search(story) and _MONEY_BACK.search(story)) or either):
        return str(bank["send_missing_or_refund"].format(time=time))
    if kind == "claim_status" and situation_fit.their_insurer(story):
        # s14remedy2: "resubmit the claim to my insurer" at a clinic: our billing checks and resends it,
        # never "the claims team reviews it against your policy" as if we were the insurer (trainers, c34)
        return str(bank["claim_insurer"].format(time=time))
    if kind == "claim_status" and _CLAIM_REFUSED.search(story):
        # a claim refused: the decision reviewed, never "confirm when it will be paid" (trainers: a promise)
        return str(bank["claim_review"].format(time=time))
    own_money = _own_money(words, request, kind, time)
    if own_money is not None:
        return own_money
    if kind == "deposit_release" and deposit_overdue(story):
        return _deposit_due(words, request, time)
    if kind == "refund":
        checked = analysis.category == "billing" or _has(story, "overcharge")
        checked = checked or (_has(story, "deposit") and _SHORT.search(story) is not None)  # kept from a deposit
        return _refund(words, request, asked, time, checked)
    if kind == "waive_fee":
        return _waive(words, request, asked, time)
    if kind in ("either", "either_pick", "lost_parcel", "fee_free"):
        return _asks2_answer(words, request, kind, asked or "", time)
    if kind in _CORRECTION_KINDS:
        return _correction_answer(words, request, kind, asked or "", time)
    if kind == "correct" and not _UNPAID.search(story) and (charge := _disputed(request, asked)) is not None:
        ok, value = _within(request, charge)
        if not ok:  # beyond the role's limit: paying it back is the approver's, named with a time
            approver = words.approver(approver_role(request.policy or load_policy(), value))
            return str(bank["correct_approval"].format(amount=charge.text, approver=approver, time=time))
    if kind == "compensation":
        cost = _reimbursed(request, asked)
        if cost is not None:  # "the taxi fare reimbursed": what it cost them is known
            _, value = _within(request, cost)
            approver = words.approver(approver_role(request.policy or load_policy(), value))
            return str(bank["reimburse"].format(amount=cost.text, approver=approver, time=time))
        named, loss = _compensation_amount(request, asked)
        if named is not None:
            ok, value = _within(request, named)
            if ok:  # within the front line's limit: granted
                return str(bank["compensation_granted"].format(amount=named.text))
            if loss:  # "赔偿差价 HK$2,340": a loss worked out from the facts, named with who approves it
                approver = words.approver(approver_role(request.policy or load_policy(), value))
                return str(bank["compensation_amount"].format(amount=named.text, approver=approver, time=time))
            # a sum demanded beyond the limit ("要求补偿300元"): who approves and when, the figure not repeated
        approver = words.approver(approver_role(request.policy or load_policy(), None))
        if not words.zh and "credit_named" in bank and (what := asks_en.credit_named(asked or "")):
            # s14answer: "credit the 5 extra seats": the credit named, not "any compensation" (trainers, c33)
            return str(bank["credit_named"].format(what=what, approver=approver, time=time))
        return str(bank["compensation"].format(approver=approver, time=time))
    if kind == "call_at":
        call_when = _call_time(asked or "") or str(words["satisfy"]["time"]["today"])  # "call me back today"
        if words.zh and re.match(r"\d", call_when):
            call_when = "在" + call_when
        return str(bank["call_at"].format(when=call_when, time=time))
    if kind == "choice":
        return _choice(words, request, asked, time)
    if kind == "redo_or_refund":
        return _redo_or_refund(words, request, asked, time)
    if kind == "redo":
        return _redo(words, request, asked, time)
    if kind == "redeliver" and _RETURNED.search(story):
        return str(bank["redeliver_returned"].format(time=time))  # gone back to the sender: found, then sent again
    if kind in ("redeliver", "pickup", "extend"):
        due = _asked_when(analysis, words.zh, asked)
        if due and _TOMORROW.search(due) and time == str(times["default"]):
            time = str(times["today"])  # "redeliver it tomorrow morning": confirmed today, not in 24 hours
        if due and f"{kind}_by" in bank:
            return str(bank[f"{kind}_by"].format(when=due, time=time))
        return str(bank[kind].format(time=time))
    if kind == "manager":
        soon = _time(words, analysis, "contact_time")
        if analysis.situation.no_calls:  # "have the manager email me, no calls": their channel, not a call
            return str(
                bank["manager_no_calls"].format(
                    manager=words.manager(), contact_time=soon, by=_reply_by(words, analysis)
                )
            )
        if by := _asked_by(request):
            return str(bank["manager_by"].format(manager=words.manager(), contact_time=soon, by=_by(words, by)))
        if _human_here(request):
            return str(bank["manager_here"].format(manager=words.manager(), contact_time=soon))
        if phone_asked(fold(request.complaint.text)):  # "call me rather than email": a call, said so
            return str(bank["manager_phone"].format(manager=words.manager(), contact_time=soon))
        return str(bank["manager"].format(manager=words.manager(), contact_time=soon))
    if kind == "trace_bag" and (stay := asks5.deliver_to(request.complaint.text)):
        # "im at the Hotel Ribeira till thursday pls just deliver it there": there, before they leave
        until = str(bank["trace_bag_until"]).format(until=_weekday_cased(stay[1])) if stay[1] else ""
        return str(bank["trace_bag_to"]).format(place=stay[0], until=until, time=time)
    if kind == "trace_money" and situation_fit.held(story):
        # s14remedy2: a transfer "on hold" with us: not lost, so reviewed and released (trainers, c34: "trace")
        held = next((m.text for m in analysis.facts.amounts if not _is_rate(request.complaint.text, m.text)), None)
        amount = held or ("" if words.zh else "your payment")
        return re.sub(r"\s{2,}", " ", str(bank["held_payment"].format(amount=amount, time=time))).replace(
            "这笔的", "这笔款项的"
        )
    if kind == "trace_money":
        # the sum to trace is never a rate ("每天30元的漫游包" beside the ¥412.80 missing): the first other one
        said = request.complaint.text
        one = next((m for m in analysis.facts.amounts if not _is_rate(said, m.text)), None)
        amount = one.text if one is not None else ("" if words.zh else "your payment")  # no "trace  as a priority"
        line = str(bank["trace_money"].format(amount=amount, time=time))
        return re.sub(r"\s{2,}", " ", line).replace("这笔的", "这笔款项的").replace("這筆的", "這筆款項的")
    if kind == "replacement" and (
        (asked and coming_in(asked)) or (not asked and not words.zh and coming_in(request.complaint.text))
    ):  # s14answer: no ask read ("can i swap it … next time im in"): their own words say where
        # "can i swap it when i come in thursday": the swap at our counter on their visit, not a delivery
        come = _asked_when(analysis, words.zh, asked) or str(words["satisfy"]["when_convenient"])
        return str(bank["replacement_when_in"].format(when=_weekday_cased(come), time=time))
    if kind == "replacement" and (place := _exchange_place(asked or "", words.zh)):
        # "can I swap it at the Eastside branch?": the exchange where they asked, not just "arranged"
        return str(bank["replacement_at"].format(place=place, time=time))
    if kind == "replacement" and words.domain == "retail_store" and _RECEIPT.search(story):
        # bought in a shop, receipt in hand: exchanged at the counter when they come in, nothing "delivered"
        come = _asked_when(analysis, words.zh, asked) or str(words["satisfy"]["when_convenient"])
        return str(bank["replacement_in_store"].format(when=come))
    by = deadline or (_asked_when(analysis, words.zh, asked) if asked else None)  # "明天早上9點前換一台"
    if kind in ("expedite", "done_by") and by and recovery_by(asked or "", story):
        return str(bank["recover_by"].format(deadline=by, time=time))  # s13: the effort and an answer, not "done"
    if kind in ("expedite", "done_by") and by and answer_by(request.complaint.text, asked, by):
        return str(bank["answer_by"].format(deadline=by, time=time))  # an answer by then, no outcome promised
    if kind == "done_by" and money_cases.hold_on_disputed(story, asked):
        # "pause collection of the two disputed charges by the 25th": approved first, never "done by then"
        approver = words.approver(approver_role(request.policy or load_policy(), None))
        return str(bank["hold_disputed"].format(approver=approver, time=time))
    when = ((_due_in(asked or "", analysis) or by) if kind == "done_by" else by) if by else None
    if kind in ("expedite", "done_by") and when and asks5.outcome_not_ours(words.domain, when):
        # s13asks: a permit an authority issues, lost data to recover: aimed at their date, and told
        # whether it can be met; never promised (trainers: "在下个月前办好" beyond authority)
        return str(bank["by_not_ours"].format(deadline=when, time=time))
    if kind == "expedite" and by:  # their date kept, not "争取" (trainers: "non-committal"); their channel too
        key = "done_by_sent" if _emailed(asked or "") else "expedite_by_firm"
        return str(bank[key].format(deadline=by, time=time))
    if kind in ("delivery", "expedite", "replacement") and by:
        return str(bank[f"{kind}_by"].format(deadline=by, time=time))
    if kind == "done_by":  # by their date, and by the channel they named ("电子版发邮箱"): both kept
        key = "done_by_sent" if _emailed(asked or "") else "done_by_firm"
        return str(bank[key].format(deadline=_due_in(asked or "", analysis) or deadline or time))
    if kind == "feedback":
        kind = "apology"
    if kind == "update_details":
        return _update_details(words, request.complaint.text, asked or "", time)
    if kind == "explanation" and (_WHY.search(fold(asked or "")) or asks5.why_asked(asked or "")):
        kind = "explanation_why"  # "explain why it happened": the cause found and explained
    if kind == "cancel" and _REVIEWED.search(story) and not closure_asked(asked or ""):
        kind = "cancel_review"  # a ticket or a fine is decided by review, not cancelled on request
    if kind in ("care", "care_cancelled") and not with_others(request.complaint.text):
        kind = f"{kind}_self"  # travelling alone, as far as they said: no family invented
    if kind == "card_retained":
        return str(bank.get("card_retained", bank["other"]).format(time=time))
    supply = analysis.domain in _SUPPLY or _SUPPLY_CUT.search(story) is not None
    if kind == "restore" and supply and _OUT_TODAY.search(story) and time == str(times["default"]):
        # the water or the line off since this morning: today's estimate of when it is back, within hours
        within = words["satisfy"]["contact_time"]
        soon = _time(words, analysis, "contact_time")
        return str(bank["restore_today"].format(time=within["today"] if soon == str(within["default"]) else soon))
    if kind in ("visit", "reschedule") and (
        when := _asked_when(analysis, words.zh, None if _booked_before(asked) else asked)
        or (rebook_window(asked or "") if kind == "reschedule" else None)
    ):
        if _TOMORROW.search(when) and time == str(times["default"]):
            time = str(times["today"])  # "come tomorrow morning": the slot confirmed today, not in 24 hours
        return str(bank[f"{kind}_by"].format(when=when, time=time))  # the day they asked for, named
    if kind in ("amend", "resend", "housekeeping"):
        text = request.complaint.text
        if kind == "resend" and meter_test_asked(fold(text)):
            return str(bank["resend_after_check"])  # s13: corrected from the new reading, no clock before it
        correct = _correct_value(text)
        by = _by_phrase(asked or "", words.zh) or (
            _asked_when(analysis, words.zh, asked) if kind == "housekeeping" else None
        )
        said = str(words["satisfy"]["value"]).format(value=correct) if correct else ""
        when = (("在" + by if not by.startswith("在") else by) if words.zh else by) if by else None
        line = str(bank[kind if kind != "housekeeping" or when else "housekeeping_now"])
        return line.format(value=said, when=when or time, time=time)
    if kind == "makeup":
        by = _by_phrase(asked or "", words.zh)
        many = "_many" if several_missed(story) else ""  # "已经有三次老师临时取消": each one made up, not "this class"
        if by:
            when = ("在" + by if not by.startswith("在") else by) if words.zh else by
            return str(bank[f"makeup_by{many}"].format(when=when, time=time))
        return str(bank[f"makeup{many}"].format(time=time))
    if kind == "finish" and (serving := serving_again(asked or "")):
        # "可以補做一杯嗎" of a latte made wrong: the drink made again, not "the part missed" and a visit
        ok, value = _within(request, _refund_amount(request, asked))
        if ok:
            return str(bank["remake_serving"].format(one=serving))
        approver = words.approver(approver_role(request.policy or load_policy(), value))
        return str(bank["redo"].format(approver=approver, time=time))
    if kind == "finish":
        when = _asked_when(analysis, words.zh, asked) if asked else None
        return str(bank["finish_by" if when else "finish"].format(when=when, time=time))
    if kind == "freeze" and _HELD_PLAN.search(fold(" ".join([asked or "", *(a.text for a in analysis.facts.asks)]))):
        # a membership or a contract put on hold is a policy decision (the desk may have refused it):
        # put to whoever decides, never granted over the desk's head; a card or an account is frozen now
        return str(bank["decide"]).format(manager=_decider(words, request), time=time)
    if kind == "freeze" and time in (str(times["default"]), str(times["today"])):
        # a card or an account frozen against misuse: done now and confirmed within minutes, never
        # "within 24 hours" (trainers: "urgent freeze confirmed only within 24h")
        time = str(times["now"])
    if kind == "tow" and time == str(times["default"]):
        time = str(times["today"])  # a car not safe to drive: collected today, not "within 24 hours"
    if kind == "make_good":
        approver = words.approver(approver_role(request.policy or load_policy(), None))
        return str(bank["make_good"].format(approver=approver, time=time))
    if kind == "goodwill":
        approver = words.approver(approver_role(request.policy or load_policy(), None))
        what = _goodwill_thing(asked or "", words.zh) or str(words["satisfy"]["goodwill_thing"])
        return str(bank["goodwill"].format(what=what, approver=approver, time=time))
    if kind == "certificate":
        held = event_time.held_document(request.complaint.text, words.zh)
        doc_named = _document(request.complaint.text, words.zh) or held or ""
        if held is not None and (doc_named in held or held in doc_named):
            return str(words["satisfy"]["held_document"]).format(doc=held)  # "我有搬家證明": theirs to send
        doc = _document(request.complaint.text, words.zh) or str(words["satisfy"]["document"])
        email = _EMAIL.search(request.complaint.text)
        to = str(words["satisfy"]["to_email"]).format(email=email.group()) if email else str(words["satisfy"]["to_you"])
        return str(bank["certificate"].format(doc=doc, to=to, time=time))
    if kind == "in_writing" and analysis.situation.no_calls:
        return str(bank["in_writing_no_calls"].format(time=time))  # "not by phone": not rung about it either
    if kind == "written_info" and analysis.situation.no_calls:
        return str(bank["written_info_no_calls"].format(time=time))  # sent in writing, and no call either
    if kind == "investigate":
        return str(bank["investigate"].format(time=time))
    if kind == "review_price":
        paid = analysis.facts.amounts[-1]
        _, value = _within(request, paid)
        approver = words.approver(approver_role(request.policy or load_policy(), value))
        return str(bank["review_price"].format(amount=paid.text, approver=approver, time=time))
    # s14answer: "can someone fix it this week": their window kept, not "as a priority" (trainers, c33)
    if kind == "repair" and not words.zh and not analysis.situation.deadline and "repair_within" in bank:  # noqa: SIM102
        if (window := asks_en.fix_window(asked or "", request.complaint.text)) is not None:
            return str(bank["repair_within"].format(window=window))
    # the kind of business's own words for it (a technician back, a replacement vehicle), else the neutral line
    table = words["satisfy"].get("answer_by_domain", {}).get(words.domain, {})
    own = table.get(kind)
    if kind == "cancel" and "refund" in remedies(request.complaint.text):
        own = table.get("cancel_refunded", own)  # the refund asked is answered on its own: no pro-rata offered
    if own is None:
        return str(bank[kind].format(time=time))
    approver = words.approver(approver_role(request.policy or load_policy(), None))  # a pro-rata refund approved
    return str(own).format(time=time, approver=approver)


# The branch or shop they ask to make the exchange at ("at the Eastside branch", "在东湖店换").
def _deposit_due(words: Wording, request: TemplateRequest, time: str) -> str:
    """A deposit due back and not come: chased and paid back, named with its sum where they gave one
    (the figure of "199的押金" is in the role's currency), never "itemise any deductions"."""
    sums = {(m.value, m.currency): m for m in request.analysis.facts.amounts if m.value > 0}
    amount = next(iter(sums.values())).text if len(sums) == 1 else None
    figure = deposit_sum(fold(request.complaint.text)) if amount is None else None
    if figure is not None and words.zh:
        currency = (request.policy or load_policy()).currency
        amount = _money(float(figure), currency, True)
    said = str(words["satisfy"]["deposit_sum"]).format(amount=amount) if amount else ""
    story = fold(request.complaint.text)
    itemised = deposit_itemised(story) and not deposit_settled(story)  # an agreed sum has nothing to itemise
    key = "deposit_due_itemised" if itemised else "deposit_due"
    return str(words["satisfy"]["answer"][key]).format(amount=said, time=time)


_EN_PLACE = re.compile(
    r"\bat (?P<p>(?:the|your|our) (?:[A-Z][\w'-]*\s){1,3}(?:branch|store|shop|outlet|location|club|gym|site))\b"
)
_ZH_PLACE = re.compile(
    r"(?:在|去|到)(?P<p>[\u4e00-\u9fff]{2,6}?(?:分店|门店|門店|店|分行|营业厅|營業廳|网点|網點))(?:换|換|更换|更換|调换|調換)"
)


def _exchange_place(asked: str, zh: bool) -> str | None:
    m = (_ZH_PLACE if zh else _EN_PLACE).search(asked)
    if m is None:
        return None
    place = m.group("p")
    return place if zh else re.sub(r"^(?:your|our) ", "the ", place)


_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")


def _weekday_cased(when: str) -> str:
    """ "thursday" as they typed it, written "Thursday" in the reply."""
    cased = _WEEKDAY.sub(lambda m: m.group().capitalize(), when)
    return f"on {cased}" if _WEEKDAY.fullmatch(when) else cased


_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_ZH_DOCUMENT = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:证明书|證明書|证明|證明|证书|證書)")
_EN_DOCUMENT = re.compile(r"\b(?:[a-z-]+ ){0,2}(?:certificate|letter)\b|\bproof of [a-z]+", re.IGNORECASE)


_EN_GOODWILL = re.compile(
    r"\b(?:(?:\d+|a|an|one|two|three|four|some) )?(?:free|complimentary) [a-z]+(?: (?:tickets?|passes|nights?))?",
    re.IGNORECASE,
)
_ZH_GOODWILL = re.compile(
    r"(?:[一二两兩三四几幾\d]+[张張晚个個])?(?:免费|免費)的?[\u4e00-\u9fff]{0,3}?(?:票|券|餐|晚|课|課|升级|升級|个月|個月)"
)


_HELD_PLAN = re.compile(r"会籍|会员|年卡|月卡|季卡|合约|套餐|\b(?:membership|subscription|contract|plan)\b")


def _goodwill_thing(asked: str, zh: bool) -> str | None:
    """What they asked to be given free ("2 free tickets", "兩張免費戲票"), as they said it."""
    m = (_ZH_GOODWILL if zh else _EN_GOODWILL).search(asked)
    if m is None:
        return None
    thing = m.group()
    if zh:
        return re.sub(r"[吗嗎呢吧啊呀喎咩嘅]+$", "", thing) or None
    return re.sub(r"^(?:a|an|one|some) ", "", thing, flags=re.IGNORECASE)


def _document(text: str, zh: bool) -> str | None:
    """The document they need, as they named it ("航班延误证明", "a delay certificate")."""
    m = (_ZH_DOCUMENT if zh else _EN_DOCUMENT).search(text)
    if not m:
        return None
    doc = re.sub(r"^.*(?:份|张|張|个|個|的|交|要|开|開|提供)(?=[\u4e00-\u9fff]{2})", "", m.group()) if zh else m.group()
    if not zh:
        doc = re.sub(r"^(?:a|an|the|my|your)\s+", "", doc, flags=re.IGNORECASE)
    return doc or None


_ZH_BY = re.compile(
    r"在[^，。在]{1,10}?(?:之前|以前|前)(?![\u4e00-\u9fff]{0,2}[的])|^[^，。在]{1,8}?(?:之前|以前|前)(?![\u4e00-\u9fff]{0,2}[的])"
)
# Something of theirs on record that is wrong ("名字拼错", "寫成「…」", "wrong name"): a record to amend.
_WRONG_RECORD = re.compile(
    r"错|錯|wrong|misspel|incorrect|typo|印成|写成|寫成|mistake|\bsays\b[^.]{0,60}\bbut\b|\bbut\b[^.]{0,60}\bsays\b"
)
_EN_BY = re.compile(r"\bbefore [^,.;]{1,30}|\bby (?!(?:you|me|us|them)\b)[^,.;]{1,30}", re.IGNORECASE)


def _by_phrase(asked: str, zh: bool) -> str | None:
    """The "by when" an ask carries ("在出發前改好" -> 在出發前, "before you fly on Friday")."""
    m = (_ZH_BY if zh else _EN_BY).search(asked)
    return m.group().strip() if m else None


_MONEY_TRACED_KINDS = frozenset({"trace_money", "refund_status"})


def _answers(
    words: Wording, request: TemplateRequest, time: str, skip_kinds: set[str], wanted: dict[str, str | None]
) -> tuple[list[str], bool]:
    """One or two answers to what the customer asked for, most binding first; by category (and
    the kind of business) when they asked for nothing in so many words."""
    analysis = request.analysis
    bank = words["satisfy"]
    kinds = [k for k in _PRIORITY if k in wanted and k not in skip_kinds]
    answers: list[str] = []
    both = _BOTH.search(wanted.get("refund") or "") is not None and wanted.get("refund") == wanted.get("replacement")
    if ("replacement" in kinds and "refund" in kinds and not both) or "choice" in kinds:  # "an exchange or a refund"
        kinds = [k for k in kinds if k not in ("replacement", "refund", "choice")]
        answers.append(_choice(words, request, wanted.get("refund"), time))
    if _COVERS_EXPLANATION & set(kinds) or "_no_explanation" in wanted:
        kinds = [k for k in kinds if k != "explanation"]
    if words.zh:  # s14: "什么时候能到账": the money line tells it, not a second line with its own clock
        kinds = [k for k in kinds if not asks_zh.money_line_tells(k, wanted, set(kinds))]
        if "delivery" in kinds and _MONEY_TRACED_KINDS & set(kinds):
            sent = money_cases.delivered_thing(fold(request.complaint.text))
            kinds = [k for k in kinds if not asks_zh.arrival_is_money(k, wanted.get(k), set(kinds), sent)]
        if "revert" in kinds and asks_zh.undone_by_revert(wanted.get("cancel")):
            kinds = [k for k in kinds if k != "cancel"]  # "取消升級" beside "恢復原方案": one undoing, said once
    if "stage" in kinds and "delivery" in kinds and wanted.get("delivery") is None and wanted.get("stage"):
        # s14answer2: "办到哪一步了": the stage line (progress and likely date) tells it; a trace read from
        # the story beside it is a second promise of "最新进展" (trainers, c34a-029)
        kinds = [k for k in kinds if k != "delivery"]
    if "freeze" in kinds and not _HELD_PLAN.search(fold(wanted["freeze"] or "")):
        # a card frozen against misuse comes first, on its own clock of minutes, before the money
        kinds.insert(0, kinds.pop(kinds.index("freeze")))
    own = words["satisfy"].get("answer_by_domain", {}).get(words.domain, {})
    if "repair" in kinds and "visit" in kinds and "repair" in own:
        kinds = [k for k in kinds if k != "visit"]  # the business's repair is a visit already (师傅再次上门)
    for kind in kinds[: _MAX_ANSWERS - len(answers)]:
        if kind == "prevent" and answers:  # the first answer already says when: no second time
            answers.append(bank["answer"]["prevent_also"])
            continue
        # one timeline: a second answer due when the first is says "at the same time", not the
        # same "within 24 hours" again
        same = bool(answers) and time in answers[0]
        line = _answer(words, request, kind, wanted[kind], str(bank["time"]["same"]) if same else time)
        if line not in answers:  # two asks with one answer (their own money: "到账或退回") said once
            answers.append(line)
    category = analysis.category
    if (
        answers
        and set(kinds) <= set(_ACTIONS)
        and category == "billing"
        and _has(fold(request.complaint.text), "overcharge")
    ):
        by = bank["by_category"][category]  # "refund it, and turn off the renewal": the charge too
        return [*answers, str(by.get(words.domain, by["any"])).format(time=time)], False
    if answers:
        return answers, False
    own = [a for a in analysis.facts.asks if a.kind in ("do", "want") and (a.echo or a.bare)]  # "我要退票" too
    # "get it sorted today" beside "a late checkout on Sunday": the one that names what to decide
    own_ask = next((a for a in own if not _VAGUE_ASK.match(a.text)), own[0] if own else None)
    general = own_ask is not None and (_GENERAL_ASK.search(fold(own_ask.text)) or _REBOOK.search(fold(own_ask.text)))
    if own_ask is not None and not general:
        # "late checkout tomorrow", "another cleaner next time": a request no answer of ours
        # covers is put to whoever decides it, named, never met with a remedy for something else
        when = _asked_when(analysis, words.zh, own_ask.text) if own_ask.text else None
        brought = asks_en.bring_window(own_ask.text) if not words.zh and "bring_within" in bank["answer"] else None
        if when and brought:  # s14answer: "the urn delivered this week": ours to bring, not a decision
            return [str(bank["answer"]["bring_within"]).format(thing=brought[0], window=brought[1], time=time)], True
        if when:  # "这周安排补一下阳台", "before Saturday": the day they need it put to whoever decides
            if _SOON.search(when) and time == str(bank["time"]["default"]):
                time = str(bank["time"]["today"])  # needed today or tomorrow: the answer today
            fix = not words.zh and "fix_by" in bank["answer"] and _EN_FIX.search(own_ask.text)
            line = str(bank["answer"]["fix_by" if fix else "decide_by"])
            return [line.format(manager=_decider(words, request), time=time, when=when)], True
        thing = asks6.decided_thing(own_ask.text) if words.zh else None  # "您要的退票需要…决定" (s13asks2)
        line = str(bank["answer"]["decide_named"]).replace("{what}", thing) if thing else str(bank["answer"]["decide"])
        return [line.format(manager=_decider(words, request), time=time)], True
    if category == "product_quality" and words.domain == "other" and not _BOUGHT.search(fold(request.complaint.text)):
        return [str(bank["answer"]["repair"]).format(time=time)], True  # a broken lift is fixed, not exchanged
    if analysis.situation.rude and category in ("appointment", "waiting", "other", "delivery"):
        category = "service_attitude"  # the technician was late, but what hurt was how they spoke
    said = fold(request.complaint.text)
    if category == "appointment" and not _has(said, "missed_visit") and not _TIME_BOOKED.search(said):
        category = "other"  # a room, a fee, a pre-order: nothing booked to a time, so no new time to arrange
    if category == "appointment" and (window := rebook_window(request.complaint.text)):
        # "幫我安排返一個九月內嘅時段": the new slot aimed at their window, not just "a new time"
        return [str(bank["answer"]["reschedule_by"]).format(when=window, time=time)], True
    if category == "delivery" and not money_cases.delivered_thing(said):
        category = "other"  # a ride, a transfer: nothing sent to them, so no "delivery team" (trainers, c32)
    by = bank["by_category"][category]
    past = f"{words.domain}_past"  # a meal of last week: nothing to bring out or take off the bill now
    key = past if past in by and not analysis.situation.now else words.domain
    asked_any = " ".join(a.text for a in analysis.facts.asks if a.kind in ("do", "want"))
    if category == "billing" and key not in by and not _UNPAID.search(said):
        # "could you remove it?" of the one charge they dispute (or "pls fix" of the one sum they
        # name): "it will be paid back" is a promise only within the role's limit; beyond it the
        # approver is named, with a time
        charge = (_disputed(request, asked_any) if asked_any else None) or _sole(request)
        if charge is not None and not _within(request, charge)[0]:
            approver = words.approver(approver_role(request.policy or load_policy(), _within(request, charge)[1]))
            return [
                str(bank["answer"]["correct_approval"]).format(amount=charge.text, approver=approver, time=time)
            ], True
    return [str(by.get(key, by["any"])).format(time=time)], True


def _on_site(words: Wording, analysis: Analysis, said: str) -> str | None:
    """Someone waiting on the spot gets a person sent to them, not a reply tomorrow — a colleague,
    not the manager, when they said they need no manager (trainers: "no need for a manager", then
    "I've asked the duty manager to come to you at table 12")."""
    s = analysis.situation
    bank = words["satisfy"]
    who = str(bank["on_site_staff"]) if declined(fold(said)) else words.manager()
    if s.now and s.place:
        return str(bank["on_site"].format(manager=who, place=s.place))
    here = _spot_now(words, analysis, said)
    if here:  # "I'm at your checkout now, I want the manager": met there in person (s12prefs)
        return str(bank["on_site"].format(manager=who, place=words.mine(here)))
    if here == "":  # in the shop, no spot named: found there in person
        return str(bank["on_site_store"].format(manager=who))
    if s.now and words.domain in _ON_SITE and analysis.safety is None and analysis.escalate:
        return str(bank["on_site_unplaced"].format(manager=who))
    return None


def _spot_now(words: Wording, analysis: Analysis, said: str) -> str | None:
    """Where they say they stand now, when they want someone with authority to come (a manager
    demanded or asked for): "" for the shop itself; None when not placed, or nobody asked for."""
    if analysis.situation.gone or analysis.situation.cared_for or analysis.situation.no_calls:
        return None
    folded = fold(said)
    wants = "manager_demand" in analysis.reasons or "manager" in analysis.facts.asks_for
    if not wants or _PAST_VISIT.search(folded):
        return None
    return spot(folded, words.zh)


# A visit told as over ("yesterday", 上周, 琴日): where they stood then is not where they are now.
_PAST_VISIT = re.compile(
    r"\b(?:yesterday|last (?:night|week|month|time)|\w+ days ago|the other day)\b"
    r"|昨天|昨晚|前天|上周|上次|上星期|琴日|琴晚|尋日|前几天"
)


def _immediate(words: Wording, analysis: Analysis) -> str | None:
    """At a restaurant table right now: the food comes out, or a fresh one is made, now. In a
    hotel room tonight: someone comes to the room now."""
    if not analysis.situation.now or analysis.safety is not None:
        return None
    answers = words["satisfy"]["answer"]
    story = fold(" ".join(analysis.facts.story))
    if words.domain == "hotel_travel" and analysis.category != "billing" and _NOT_AS_BOOKED.search(story):
        return str(answers["room_change_now"])  # a room not as booked: the front desk, not maintenance
    if words.domain == "hotel_travel" and analysis.category not in ("billing", "appointment"):
        return str(answers["room_now"])
    if words.domain != "restaurant":
        if _FACILITY.search(story) and not _BOOKING.search(story):
            return None  # a lift or the hot water out of order: nothing to rebook
        if analysis.category in ("appointment", "waiting") and words.domain in _ON_SITE:
            return str(answers["waiting_now"])  # waiting at a clinic or a counter: how long, now
        return None
    if analysis.category == "waiting":
        return str(answers["serve_now"])
    if analysis.category == "product_quality":
        return str(answers["remake_now"])
    return None


def _each(bank: Any, each: str, parts: list[str], time: str, unmet: list[str] | None = None) -> str:
    """The promise that every request is followed up; without its time when the answer just
    before it gave the same one (trainers: "24小时内给您明确答复。以上每一项…24小时内…" twice).
    The request no answer above meets is named, not "your other points" (trainers: "filler about
    non-existent issues", the room to find "brushed off as 其他问题")."""
    same = bank["ask"].get("each_same")
    timed = same and parts and time and time in parts[-1]
    if unmet and (named := bank["ask"].get("each_named_same" if timed else "each_named")):
        return str(named).format(what=unmet[0], time=time)  # its own clock: "届时" reads as no time
    if timed:
        return str(same)
    return each


# An unmet request fit to name in our follow-up: one clause, short, nothing done already ("换了一盆"),
# not who should handle it ("诊所职员处理").
_NAMEABLE_ZH = re.compile(
    r"^(?!.*(?:了|过|過|咗|处理$|處理$|跟进$|跟進$|负责$|負責$))[\u4e00-\u9fffA-Za-z0-9$¥￥.]{2,16}$"
)


def _said_in(what: str, parts: list[str]) -> bool:
    """Two of the request's character pairs are in our answers ("提供费用明细" and "把各项费用的明细
    整理好"): an answer meets it, whatever kind the reading gave it."""
    answers = "".join(parts[1:]) if len(parts) > 1 else ""
    pairs = {what[i : i + 2] for i in range(len(what) - 1)}
    pairs = {p for p in pairs if _HAN_PAIR.match(p) and not re.search("[您我给給把的]", p)}
    return sum(p in answers for p in pairs) >= 2


_HAN_PAIR = re.compile(r"^[\u4e00-\u9fff]{2}$")


def _unmet(words: Wording, asks: list[Ask], wanted: dict[str, str | None], parts: list[str]) -> list[str]:
    """The one request, of several, that no answer meets, bare and fit to name; else nothing."""
    if not words.zh or len(asks) < 2:
        return []  # English asks are clauses ("that shower checked today"): no clean "your request to …"
    left = [a for a in asks if not _all_covered([a], wanted)]
    if len(left) != 1:
        return []
    what = _BARE_LEAD.sub("", bare_ask(left[0].text)).strip(" 。.!！")
    what = re.sub(r"^(?:我们|我們|帮您|幫您|请|請)", "", what)
    if re.match(r"(?:给|給)您(?:一)?(?:个|個)", what):
        return []  # "给我一个准话", "给个说法": asks for an answer, which every answer above is
    if not _NAMEABLE_ZH.match(what) or "您" in re.sub("[给給]您", "", what) or _said_in(what, parts):
        return []
    return [what]


def satisfy(words: Wording, request: TemplateRequest, skip: set[str]) -> str:
    """What will be done, by whom and by when; kept to the channel they asked for when they asked
    not to be phoned (round 10ba: "no phone calls, just msg me here", 不要打电话)."""
    text = _satisfy(words, request, skip)
    if words.zh and (day := asks_zh.date_asked(request.complaint.text)):
        # s14: "到底哪天来": we come back with that date, not only with "进展"
        text = asks_zh.with_date(text, words.mine(str(words["satisfy"]["date_named"]).format(what=day)) or "")
    situation = request.analysis.situation
    if not words.zh:  # s14answer: stacked promises in the order they fall due, one clock said once
        times = words["satisfy"]["time"]
        text = asks_en.one_timeline(text, situation.deadline, str(times["default"]), str(times["same"]))
    if (
        not situation.today
        and not situation.now
        and not same_day.sent(text, words.zh)
        and same_day.demanded(request.complaint.text, words.zh)
    ):
        # s14answer2: "今日一定要派人嚟整": their day is today, so is ours (trainers, c34a-011)
        times = words["satisfy"]["time"]
        text = text.replace(str(times["default"]), str(times["today"]))
        if same_day.someone_out(request.complaint.text, words.zh) and "out_today" in words["satisfy"]["answer"]:
            said = str(times["today"]) in text
            line = str(words["satisfy"]["answer"]["out_today"])
            text = (text + (" " if not words.zh else "") if text else "") + line.format(
                time=str(times["same"]) if said else str(times["today"])
            )
    lines = [text] if text else []
    if promise := broken_promise(request.complaint, words.zh):
        # our earlier reply's promise, quoted below their words and not kept: owned before the answer
        lines.insert(0, str(words["satisfy"]["answer"]["broken_promise"]).format(promise=promise))
    if situation.no_calls and not _NOT_RUNG.search(text):
        lines.append(str(words["satisfy"]["kept_to_channel"]).format(by=_reply_by(words, request.analysis)))
    elif _human_here(request) and not _HERE_SAID.search(text):
        lines.append(str(words["satisfy"]["human_here"]))  # "I want a real agent": a person takes it, here
    elif (by := _asked_by(request)) in ("email", "text", "wechat", "whatsapp") and _by(words, by) not in text:
        # s13: "並以Email回覆處理進度": the updates by the channel asked, said (trainers, c30: ignored)
        lines.append(str(words["satisfy"]["updates_by"]).format(by=_by(words, by)))
    if words.zh and (hold := asks_zh.hold_asked(request.complaint.text)) and not asks_zh.hold_said(text):
        # s14: "核实之前先别自动扣款": the charge held, answered beside the check, not only said back
        times = words["satisfy"]["time"]
        when = str(times["same"]) if _time(words, request.analysis) in text else _time(words, request.analysis)
        lines.append(str(words["satisfy"]["answer"][f"hold_{hold}"]).format(time=when))
    lines += _preferences(words, request, text)
    lines += _also_asked(words, request, text)
    lines += _joined_ask(words, request, text)
    sent = satisfy_send.send_or_collect(request.complaint.text, words.zh)
    if sent and not satisfy_send.send_said(" ".join(lines), words.zh) and f"send_{sent}" in words["satisfy"]["answer"]:
        # s14answer2: "寄给我，或者告诉我去哪里领": their either/or answered, on the clock already said
        when = _time(words, request.analysis)
        when = str(words["satisfy"]["time"]["same"]) if when in " ".join(lines) else when
        lines.append(str(words["satisfy"]["answer"][f"send_{sent}"]).format(time=when))
    lines += _second_asks(words, request, lines)
    ours = [t for t in re.split(r"(?<=[.!?])\s+", " ".join(lines)) if not t.startswith("You")]  # not the echo
    collect = asks_en.collect_window(request.complaint.text) if not words.zh else None
    if collect and "collect_within" in words["satisfy"]["answer"] and "collect" not in fold(" ".join(ours)):
        # s14answer: "I need you to collect it today": the collection in their window, not only a callback
        line = str(words["satisfy"]["answer"]["collect_within"])
        lines.append(line.format(thing=collect[0], window=collect[1]))
    if not words.zh and "who_did" in words["satisfy"]["answer"] and (act := asks_en.who_did(request.complaint.text)):
        # s14answer: "I want to know who did the work": answered, not only echoed (trainers, c33)
        lines.append(str(words["satisfy"]["answer"]["who_did"]).format(act=act))
    if not words.zh and (unmet := asks_en.unmet_by(" ".join(lines))):
        # s14answer: "You'd like the gallery by 31 January." and nothing of ours names it: aimed at
        lines.append(str(words["satisfy"]["answer"]["done_by_firm"]).format(deadline=unmet))
    kept = asks_en.return_asked(request.complaint.text) if not words.zh else None
    if kept and "keep_for_now" in words["satisfy"]["answer"]:
        # s14answer: "confirm whether the kit needs to be returned": what can be said now, said
        same = str(words["satisfy"]["time"]["same"] if lines else _time(words, request.analysis))
        lines.append(str(words["satisfy"]["answer"]["keep_for_now"]).format(thing=kept, time=same))
    brought = asks_en.bring_window(request.complaint.text) if not words.zh else None
    if brought and "bring_within" in words["satisfy"]["answer"] and brought[1] not in fold(" ".join(ours)):
        # s14answer: "I would just like the urn delivered this week": the thing and their window kept
        same = str(words["satisfy"]["time"]["same"])
        line = str(words["satisfy"]["answer"]["bring_within"]).format(thing=brought[0], window=brought[1], time=same)
        lines.append(line)
    left = _part_left(words, request, words.sep.join(lines))
    if left and _only_ask_left(words, request, text) and not _option_line(left[0], words):
        # s13asks2: their one request is the part no answer meets ("帮我换个教练"): said first, as the
        # answer, not passed on after a remedy read from the story (trainers, c30: "second in line")
        left = [
            str(words["satisfy"]["answer"]["part_named_first"]).format(
                what=_left_what(left[0], words), time=_time(words, request.analysis)
            )
        ]
        lines.insert(0, *left)
        left = []
    lines += left
    if (thing := remaining_kept(request.complaint.text, words.zh)) is not None:
        lines.append(str(words["satisfy"]["answer"]["remaining_kept"]).format(thing=thing))  # s13: "剩下的课别浪费了"
    return words.sep.join(lines)


def _only_ask_left(words: Wording, request: TemplateRequest, text: str) -> bool:
    """One request, not said back, and no answer to any part of it: the part named is the answer."""
    asks = [a for a in request.analysis.facts.asks if a.kind in ("do", "want")]
    if not words.zh or len(asks) != 1 or asks[0].text in text or not text:
        return False
    parts = split_parts(asks[0].text, words.zh)
    return not any((what := nameable(p.text, words.zh)) and said_in(what, text, words.zh) for p in parts)


def _option_line(line: str, words: Wording) -> bool:
    """s14: the part left is one of two they offered ("…，或者帮我转去另一间分店"): offered back as it is,
    never made the one answer ("您要如果您更希望…" read garbled; an option is no request)."""
    head = str(words["satisfy"]["answer"]["option_named"]).split("{")[0]
    return bool(head) and line.startswith(head)


def _left_what(line: str, words: Wording) -> str:
    """The request named in a part line ("您提到要{what}，…")."""
    head = str(words["satisfy"]["answer"]["part_named"]).split("{what}")
    return line[len(head[0]) :].split(head[1][:1])[0] if line.startswith(head[0]) else line


# Answers that take the thing back from them: its return is ours when they objected to bearing it.
_TAKEN_BACK = frozenset({"replacement", "refund", "choice", "return_label", "redo_or_refund", "send_missing"})


def _return_line(words: Wording, request: TemplateRequest, wanted: dict[str, str | None]) -> list[str]:
    """ "还要我自己出运费退？", "the driver said I must carry it down myself": the return is ours to
    arrange and pay for, said beside the exchange or refund (trainers, c28: objection ignored)."""
    burden = return_burden(request.complaint.text) if set(wanted) & _TAKEN_BACK else None
    return [str(words["satisfy"]["answer"][f"return_on_us_{burden}"])] if burden else []


# Kinds a part may be read as whose answer line, when present, meets it.
_PART_KINDS = frozenset(_PRIORITY)
_CHOICE_OFFERED = re.compile(r"两种|兩種|哪种|哪種|哪一种|哪一種|二选一|二選一")
_MADE_SAFE = re.compile(r"停用|停止|停下|封闭|封閉|关闭|關閉")


# A joining word left at the head of a part ("或提供…", "並且…", "以及…"): not said back ("您提到要或提供…").
_PART_LEAD = re.compile(r"^(?:(?P<alt>或者|或是|或|还是|還是)|并且|並且|以及|并|並|同埋|仲有)")


def _part_left(words: Wording, request: TemplateRequest, text: str) -> list[str]:
    """The one part of a joined request that no answer meets ("…并安排清理垃圾", "…, or move me to a
    small class"): named and passed on with a time; an alternative offered, not promised."""
    if not words.zh:
        return []  # English asks are clauses read by their verbs; a part named back reads garbled
    bank = words["satisfy"]["answer"]
    answers = text
    for ask in request.analysis.facts.asks:
        answers = answers.replace(ask.text, " ")  # the echo says every part: not an answer to any
        if spoken := voiced(ask.text, words.zh):
            answers = answers.replace(spoken, " ")  # s13voice: nor as it is said back, in our voice
    decided = str(bank["decide"]).split("{")[0]
    if decided in text or str(bank["other_ask"]).split("{")[0] in text:
        return []  # the whole request already put to whoever decides it
    time = _time(words, request.analysis)
    clauses = [
        (a.text, split_parts(a.text, words.zh), False) for a in request.analysis.facts.asks if a.kind in ("do", "want")
    ]
    if not clauses:  # a chat with no request read at all ("退还多扣的150元 恢复原套餐"): its bare lines
        clauses = [(line, found, True) for line, found in _bare_line_parts(request, words.zh)]
    for _clause, joined, bare in clauses:
        if (bare or any(p.alternative for p in joined)) and _CHOICE_OFFERED.search(answers):
            continue  # "您提出的两种处理方式…": the choice is already put to them
        for part in joined:
            what = nameable(part.text, words.zh)
            what = unforced(what) if what else what  # s13voice: "您提到要尽快…", not "要必须尽快…"
            if what is None or said_in(what, answers, words.zh):
                continue
            if bare and not _intents(Ask(kind="do", text=part.text)):
                continue  # a chat line's other clause is a request only when it reads as one ("恢复原套餐")
            if request.analysis.safety is not None and _MADE_SAFE.search(what):
                continue  # "停用这部电梯": the opening's safety step stops it already
            if asks_zh.sent_already(part.text, answers):
                continue  # s14: "派人来检查线路" beside a crew already on its way: one visit, one clock
            kinds = [k for k in _intents(Ask(kind="do", text=part.text)) if k in _PART_KINDS]
            if plan_change(part.text, words.zh) is not None:
                kinds.append("plan_change")  # "downgrade me to the free tier": the plan line answers it
            if any(_answer(words, request, k, part.text, time)[:10] in answers for k in kinds):
                continue
            alternative = part.alternative
            if words.zh and (lead := _PART_LEAD.match(what)) and len(what) - lead.end() >= 2:
                # s14: "或提供下次入住的折抵": the conjunction is no part of it, and "或" makes it an option
                alternative = alternative or lead.group("alt") is not None
                what = what[lead.end() :]
            key = "option_named" if alternative else "part_named"
            said = [s for s in re.split(r"[。！？]", text) if s.strip()]
            if time and said and (time in said[-1] or any(time in s for s in said if not s.startswith("您"))):
                # s13: one clock, said as the same one ("同样在24小时内"), not a second promise of its
                # own right after the first (trainers, c30: "two parallel 24h promises")
                key += "_same"
            return [str(bank[key]).format(what=what, time=time)]
    return []


_ZH_BACK_CLAUSE = re.compile(r"(?:退还|退還|退回|退返)[^，,。！？!?；;\s]{1,12}")


def _bare_line_parts(request: TemplateRequest, zh: bool) -> list[tuple[str, list[SplitPart]]]:
    """A request read from a chat line with no request word ("退还多扣的150元 恢复原套餐"): the line's
    clauses, split at its spaces and commas, so the ones beside the money are checked too."""
    own = own_words(request.complaint.text, request.complaint.language)
    found: list[tuple[str, list[SplitPart]]] = []
    back = _ZH_BACK_CLAUSE.search(own) if zh else None
    # the money asked back with no request word: "退还多扣的150元", "要退货", "退一张"
    for value in (back.group() if back else None, _bare_money_back(request), refund_demanded(own)):
        if not value:
            continue
        line = next((ln for ln in own.splitlines() if value in ln), None)
        if line is None:
            continue
        pieces = [p for p in re.split(r"[，,；;]\s*|\s+", line.strip()) if p]
        if len(pieces) > 1:
            found.append((line, [SplitPart(p, alternative=False) for p in pieces]))
    return found


def _second_asks(words: Wording, request: TemplateRequest, lines: list[str]) -> list[str]:
    """s14answer2: an apology in writing, or how to claim, asked beside the money: answered on the
    clock already said (trainers, c34b-003, c34b-001)."""
    bank = words["satisfy"]["answer"]
    if "apology_asked" not in bank:
        return []
    said = request.complaint.text
    out: list[str] = []
    kind = second_asks.apology_asked(said, words.zh)
    what = second_asks.claim_asked(said, words.zh)
    if kind is None and what is None:
        return out  # most complaints
    time = _time(words, request.analysis)
    if kind and not second_asks.apology_said(" ".join(lines)):
        when = str(words["satisfy"]["time"]["same"]) if time in " ".join(lines) else time
        out.append(str(bank["apology_asked"]).format(kind=words.mine(kind) or kind, time=when))
    if what is not None and not second_asks.claim_said(" ".join([*lines, *out])):
        when = str(words["satisfy"]["time"]["same"]) if time in " ".join([*lines, *out]) else time
        # the steps told now where worded so, as for "how do I claim" read as its own ask
        line = str(bank["how_to_apply_now" if "how_to_apply_now" in bank else "how_to_apply"]).format(time=when)
        out.append(line.replace("how to claim:", f"how to claim for {what}:") if what else line)
    return out


def _joined_ask(words: Wording, request: TemplateRequest, text: str) -> list[str]:
    """A request joined on after the first ("…, and at the same time review my credit limit",
    "顺便把这玩意关了") that no answer above meets: passed to whoever decides, with a time."""
    own = own_words(request.complaint.text, request.complaint.language)
    what = also_asked(own, words.zh)
    if what is None:
        return []
    bank = words["satisfy"]["answer"]
    other = str(bank["other_ask"]).split("{time}")[0]
    kinds = set(_intents(Ask(kind="do", text=what)))
    if (kinds and kinds <= set(_wanted(request))) or (other and other in text):
        return []
    time = _time(words, request.analysis)
    if words.zh:
        return [str(bank["other_ask"]).format(time=time)]
    thing = re.sub(r"^\S+ (?:your|the|our) ", "", what)
    if thing.lower() in text.lower():
        return []
    return [str(bank["also_named"]).format(what=what, time=time)]


# The person they ask to have ("rebook me with a senior stylist", "安排一位资深的师傅"): said so in
# the follow-up, not dropped from the rebooking (trainers: "drops the senior-stylist request").
_EN_PERSON = re.compile(
    r"\bwith (?P<who>(?:a|an|the|one of your) (?:more |most |really )?"
    r"(?:senior|experienced|qualified|different|female|male|specialist|head|lead|top|master|named|certified)"
    r"(?: [a-z]+)?? (?:stylist|barber|colou?rist|engineer|technician|doctor|dentist|nurse|therapist|teacher|tutor"
    r"|instructor|trainer|mechanic|consultant|adviser|advisor|agent|specialist|electrician|plumber|driver|guide))\b",
    re.IGNORECASE,
)
_ZH_PERSON = re.compile(
    r"(?:安排|找|换|換|要|派|约|約)(?P<who>(?:一位|一个|一個|个|個)?"
    r"(?:资深|資深|高级|高級|女|男|有经验|有經驗|经验丰富|經驗豐富|主任|首席|专家|專家|老)的?"
    r"[\u4e00-\u9fff]{0,3}?(?:师傅|師傅|医生|醫生|老师|老師|技师|技師|发型师|髮型師|设计师|設計師|造型师|造型師"
    r"|教练|教練|护士|護士|工程师|工程師|美容师|美容師))"
)
# Something promised that has not come ("the recordings you promised … haven't been posted",
# "说好的补课到现在还没安排"): chased, with a time, not left out of the reply.
_EN_PROMISED = re.compile(
    r"\b(?P<what>the [a-z]+(?: [a-z]+)?) (?:you|your [a-z]+|they|he|she) (?:had )?promised(?: (?:me|us))?"
    r"(?P<rest> (?:for|of|on|by) [a-z ]{3,30}?)? (?:still )?(?:haven t|hasn t|have not|has not|never|didn t|did not"
    r"|weren t|wasn t)\b"
)
_ZH_PROMISED = re.compile(
    r"(?:说好的|說好的|答应的|答應的|承诺的|承諾的|讲好的|講好的|話好嘅)(?P<what>[\u4e00-\u9fff]{2,6}?)"
    r"(?:到现在|到現在|到而家|一直|都|也|还|還|仲)*(?:没|沒|冇|未)"
)


def _also_asked(words: Wording, request: TemplateRequest, text: str) -> list[str]:
    """A part of an ask, or a promise of ours, no answer above said: its own short line."""
    said = request.complaint.text
    bank = words["satisfy"]["answer"]
    out: list[str] = []
    asks = " ".join(a.text for a in request.analysis.facts.asks if a.kind in ("do", "want"))
    person = (_ZH_PERSON if words.zh else _EN_PERSON).search(asks or said)
    promised = (_ZH_PROMISED if words.zh else _EN_PROMISED).search(fold(said))
    swap = asks_en.person_swap(asks or said) if not words.zh and person is None and "person_swap" in bank else None
    if swap and swap not in fold(text).replace(fold(asks), " "):
        # s14answer: "and a different instructor pls": the change of person answered (trainers, c33)
        out.append(str(bank["person_swap"]).format(who=swap, time=str(words["satisfy"]["time"]["same"])))
    if person is None and promised is None:
        return out  # most complaints: no folding of our answers needed
    answered = fold(text)
    for ask in request.analysis.facts.asks:  # what our answers say, without the asks repeated
        answered = answered.replace(fold(ask.text), " ")
        answered = answered.replace(fold(_JUST.sub("", _HAVE_SOMEONE.sub("", ask.text))), " ")  # as echoed
    if person and fold(person.group("who")) not in answered:
        who = person.group("who")
        out.append(str(bank["person_asked"]).format(who=who if words.zh else who[0].lower() + who[1:]))
    if promised and promised.group("what") not in answered:
        what = promised.group("what") + ((promised.groupdict().get("rest") or "") if not words.zh else "")
        if len(_WORDISH.findall(what)) >= 2 and not _MONEY_NAMED.search(what):
            out.append(str(bank["promised"]).format(what=what, time=str(words["satisfy"]["time"]["same"])))
    return out


def _preferences(words: Wording, request: TemplateRequest, text: str) -> list[str]:
    """The follow-up kept to what they asked of it: the time of day they can take a call ("打电话请
    下午五点以后", "call after 5pm"), and someone they asked not to have sent again ("不要再派姓王的
    师傅"). Trainers marked down replies that ignored either."""
    said = request.complaint.text
    out: list[str] = []
    window = call_window(said)
    call_at = str(words["satisfy"]["answer"]["call_at"]).split("{when}")[0]
    if window and not request.analysis.situation.no_calls and not (call_at and call_at in text):
        out.append(str(words["satisfy"]["call_window"]).format(time=window))
    part = visit_window(said)
    if part and _VISITED.search(text):  # "pls not morning slots": the visit booked keeps to it
        out.append(str(words["satisfy"]["visit_window"]).format(when=words["satisfy"]["visit_part"][part]))
    slot = asks5.slot_wanted(said)
    if slot and slot not in text and set(_wanted(request)) & _BOOKED_AGAIN:
        out.append(str(words["satisfy"]["slot_asked"]).format(when=slot))  # "時間希望安排在平日晚上"
    wont = str(words["satisfy"]["ask"]["wont"]).split("{text}")[0]
    if not_again(said) and wont not in text:  # a request not to send them again, said back already
        out.append(str(words["satisfy"]["not_again"]))
    return out


# Answers that book something again (s13asks): the part of the week they asked for is kept to.
_BOOKED_AGAIN = frozenset({"redo", "makeup", "reschedule", "finish", "redo_or_refund", "remake_or_refund"})
# A line of ours that sends someone to them (a visit, a technician, 上门).
_VISITED = re.compile(r"come out|come to you|return visit|\bvisit\b|上门|上門")

# A line of ours that already says it is not by phone ("…in writing, not by phone", 不打电话).
_NOT_RUNG = re.compile(r"not by phone|不打电话|不打電話")
_HERE_SAID = re.compile(r"here in this chat|在这里|在這裡")


_HARM = frozenset({"illness", "injury", "foreign_object", "safety"})


def _without_channel(ask: Ask) -> Ask:
    """The request without its clauses that only say how to answer (the channel line answers them)."""
    kept = strip(ask.text).rstrip("，,、；; ")
    return ask.model_copy(update={"text": kept}) if kept and kept != ask.text else ask


def _decider(words: Wording, request: TemplateRequest) -> str:
    """Who decides a request: the manager, or the team responsible when they said they need no
    manager (trainers: 唔使經理出面 met with "這件事需要負責的經理決定")."""
    if declined(fold(request.complaint.text)):
        return str(words["satisfy"]["decider_declined"])
    return words.manager()


def _asked_by(request: TemplateRequest) -> str | None:
    """The channel they asked to be answered by, though they declined no call ("please reply by
    email", 请用邮件回复我); None when calls were declined (their own line) or none was asked."""
    if request.analysis.situation.no_calls:
        return None
    return asked_by(fold(request.complaint.text))


def _by(words: Wording, by: str) -> str:
    table = words["satisfy"]["reply_by"]
    return str(table.get(by, table["any"]))


def _human_here(request: TemplateRequest) -> bool:
    """A person asked for in a chat ("我要人工", "let me talk to a real person"): the person who
    takes it answers in the chat, not by a call nobody asked for (s12prefs)."""
    said = fold(request.complaint.text)
    here = request.complaint.channel == "im" or request.analysis.situation.reply_by == "here"
    return here and not request.analysis.situation.no_calls and wants_human(said)


def _reply_by(words: Wording, analysis: Analysis) -> str:
    """How we keep in touch instead of a call: the channel they named, else in writing."""
    table = words["satisfy"]["reply_by"]
    return str(table.get(analysis.situation.reply_by or "any", table["any"]))


# s10harm2: in a harm case (something found in what they ate, someone made ill or hurt) the customer
# asks what the thing is, where it came from or what caused it ("退钱之余要查清楚系咩嚟", "what was
# that?", "how did glass get in there?"). Said back as "您想知道…" it was garbled (trainers); it is
# answered: we find out and tell them.
_HARM_QUESTION = Gate(
    re.compile(
        r"是什么|是乜|系咩|係咩|咩(?:嚟|来)|什么(?:东西|来|来的)|哪里来|哪来|边度(?:嚟|来)|从哪|怎么(?:会|混|跑)|点(?:会|解会)|"
        r"什么原因|\bwhat (?:it|this|that|the \w+) (?:is|was)\b|\bwhat (?:is|was) (?:it|this|that)\b|"
        r"\bhow (?:it|this|that|the \w+) (?:got|get|ended up|came)\b|\bhow did (?:it|this|that|a|an|the)\b|"
        r"\bwhere (?:it|this|that) came from\b|\bwhat caused\b|\bwhat made (?:me|us|him|her|them)\b"
    )
)
# ...and why it happened, asked where no echo of ours says it back ("交代点解地下咁湿"): answered the same way
_WHY_ASKED = re.compile(r"为什么|为何|点解|原因|\bwhy\b")
_HARMED = frozenset({"foreign_object", "illness", "injury"})


def _harm_question(words: Wording, analysis: Analysis, asks: list[Ask], echoed_asks: list[Ask]) -> str | None:
    """Our answer to what the thing is or what caused the harm, where a harm case asks it."""
    if analysis.safety is None and not set(analysis.reasons) & _HARMED:
        return None
    thing = "foreign_object" in analysis.reasons or (
        analysis.safety is not None and "object" in analysis.safety.hazards
    )
    if thing and any(_HARM_QUESTION.search(fold(a.text)) for a in asks):
        return str(words["safety"]["find_out"]["thing"])
    # otherwise a question said back well (what medicine was given, why no skin test) keeps its
    # echo; the answer is added only where nothing of ours says the question back
    asked = [
        a for a in asks if _HARM_QUESTION.search(fold(a.text)) or (a.kind == "know" and _WHY_ASKED.search(fold(a.text)))
    ]
    if asked and not any(a in echoed_asks for a in asked):
        return str(words["safety"]["find_out"]["cause"])
    return None


def _satisfy(words: Wording, request: TemplateRequest, skip: set[str]) -> str:
    analysis = request.analysis
    bank = words["satisfy"]
    wanted = money_cases.fit(request.complaint.text, _wanted(request))  # cards, transfers, money read right
    time = _time(words, analysis)
    story_text = request.complaint.text
    spilt_food = (request.analysis.domain == "restaurant" or food_or_drink(story_text)) and spilt(story_text)
    if spilt_food and not request.analysis.escalate and set(wanted) & {"either", "either_pick", "redo_or_refund"}:
        # "要嘛重做要嘛退錢" of a drink spilt on the way: the spilt line offers both, within minutes (s13timing)
        drop = {"either", "either_pick", "redo_or_refund", "redo", "refund", "choice", "replacement", "missing_item"}
        wanted = {"spilt_item": None, **{k: v for k, v in wanted.items() if k not in drop}}
    if "spilt_item" in wanted:
        for kind in ("either", "either_pick"):
            wanted.pop(kind, None)  # "要么重做要么退钱": the spilt line offers both, said once (s13timing)
    if "batch" in wanted:
        for kind in ("explanation", "probe"):
            if safety_source.checks(wanted.get(kind) or ""):
                wanted.pop(kind)  # that ask is the batch check: not "investigate this" again beside it (s13timing)
    parts: list[str] = []
    asks = [a for a in analysis.facts.asks if echoed(words, a, skip)][:MAX_ASKS]
    if len(analysis.facts.asks) > 1:
        # "免费重做或退一半，你们按规矩处理就行": the one that names what they want is the ask; "deal with
        # it properly" beside it is never repeated on its own as if it were (trainers: "您希望我们按规矩处理")
        asks = [a for a in asks if not _ACT_ONLY.search(fold(a.text))]
    if analysis.situation.no_calls or _asked_by(request) is not None:
        # "用电邮回覆": the line keeping to their channel answers it; not a request of its own
        asks = [a for a in asks if not channel_only(a.text)]
        asks = [_without_channel(a) for a in asks]  # "…退还NT$1,050，退款方式请以电子邮件通知": the refund only
    if _human_here(request):  # "我要人工": the line saying who takes this chat answers it, not an echo
        asks = [a for a in asks if not human_only(a.text)]
    found_out = _harm_question(words, analysis, analysis.facts.asks, asks)
    if found_out == str(words["safety"]["find_out"]["thing"]):
        # the thing found asked about: answered by our line, not said back ("您想知道…是什么来")
        asks = [a for a in asks if not _HARM_QUESTION.search(fold(a.text))]
    if asks:
        parts.append(asks_line(words, asks))
    if found_out is not None:
        parts.append(found_out)
    each = str(bank["ask"]["each"].format(time=time)) if len(asks) > 1 else None
    on_site = _on_site(words, analysis, request.complaint.text)
    immediate = _remade(words, request, _immediate(words, analysis))
    if "housekeeping" in wanted:  # a room to clean, by their time: housekeeping, not a manager or engineers
        on_site = immediate = None
    if "move_room" in wanted and not analysis.escalate:
        # s12prefs2: "给我换个房间就行": the front desk moves them; nobody sent to the room besides
        on_site = immediate = None
    elif immediate == str(bank["answer"]["room_now"]) and declined(fold(request.complaint.text)):
        immediate = str(bank["answer"]["room_now_declined"])  # "不用叫经理": no duty manager promised
    safety = analysis.safety
    if analysis.escalate:
        esc = bank["escalated"]
        crew_line = _crew(words, analysis) or _recovery(words, request)
        crew = crew_line is not None
        if crew_line is not None:
            parts.append(crew_line)
        first = len(parts)  # where a step that cannot wait for the manager's call goes
        away = _evacuate(analysis) or analysis.situation.cared_for  # at A&E now, not at table 14
        hurt_here = _hurt_waiting(words, request)
        placed = analysis.situation.place or _spot_now(words, analysis, request.complaint.text) is not None
        if on_site is not None and placed and not away:
            parts.append(on_site)
        elif hurt_here:  # hurt on our premises and still waiting for help: someone goes to them now
            whom = safety.who if safety is not None and safety.who else words["safety"]["whom_self"]
            parts.append(esc["hurt_on_site"].format(manager=words.manager(), whom=whom))
        else:
            call = _call_now_time(words, request) or words.escalation_time(analysis)
            if analysis.situation.no_calls:  # "email only", 不要打电话: the channel they asked for, never a call
                parts.append(
                    esc["base_no_calls"].format(manager=words.manager(), time=call, by=_reply_by(words, analysis))
                )
            elif by := _asked_by(request):  # "请用邮件回复我": by that channel, not a call they never asked for
                parts.append(esc["base_by"].format(manager=words.manager(), time=call, by=_by(words, by)))
            elif _human_here(request):  # a person asked for in this chat: they answer here, no call
                parts.append(esc["base_here"].format(manager=words.manager(), time=call))
            elif declined(fold(request.complaint.text)):
                # "no need for a manager" of a case that must go up (the seeds' class 2): why it
                # goes up anyway, politely, not a silent "I've passed your case to the manager"
                key = "base_declined_safety" if safety is not None or _HARM & set(analysis.reasons) else "base_declined"
                parts.append(esc[key].format(manager=words.manager(), time=call))
            elif phone_asked(fold(request.complaint.text)):  # "call me rather than email": a call, said so
                parts.append(esc["base_phone"].format(manager=words.manager(), time=call))
            elif (
                words.zh
                and safety is None
                and not _HARM & set(analysis.reasons)
                and not asks5.call_asked(request.complaint.text)
            ):
                # s13asks: the Chinese line promises a call ("会亲自给您打电话"); a complaint by email or
                # chat that asked for none is answered on its own channel (trainers, c30b-029)
                if request.complaint.channel == "im":
                    parts.append(esc["base_here"].format(manager=words.manager(), time=call))
                else:
                    by = _by(words, "email" if request.complaint.channel == "email" else "any")
                    parts.append(esc["base_by"].format(manager=words.manager(), time=call, by=by))
            else:
                parts.append(esc["base"].format(manager=words.manager(), time=call))
            level = asked_executive(fold(request.complaint.text), words.zh)
            if level and not declined(fold(request.complaint.text)):
                # "I want the CEO to hear about this": not promised, but passed up with the case
                parts.append(esc["level_asked"].format(level=words.mine(level), manager=words.manager()))
            if time == str(bank["time"]["now"]) and call != time:
                time = call  # one timeline: nothing confirmed before the manager's own call
            if analysis.situation.place and analysis.situation.cared_for:
                parts.append(esc["care_place"].format(place=analysis.situation.place))
        step_wanted = dict(wanted)
        if crew_line is not None and crew_line == str(bank["answer"]["recovery_car"]):
            step_wanted.pop("replacement", None)  # the replacement car already comes with the recovery
        step, step_kind = _escalated_step(words, request, time, step_wanted, crew)
        if step:
            parts.append(step)
        for money_ask in _money_asks(wanted, step_kind):  # a refund and the medical costs: both answered
            parts.append(_answer(words, request, money_ask, wanted[money_ask], time))
        later = _once(words, parts, time) if words.zh else time  # s14: one clock for what follows (c33)
        if "money_if" in wanted:  # s13asks2: the money promised if the thing is not done by then
            parts.append(_answer(words, request, "money_if", wanted["money_if"], time))
        if (
            asks6.explanation_asked(wanted.get("explanation") or "")
            and not _COVERS_EXPLANATION & set(wanted)
            and step_kind != "explanation"
            and not (words.zh and asks_zh.money_line_tells("explanation", wanted, {*wanted, step_kind or ""}))
        ):  # s13asks2: "a full explanation of how this happened": told, beside the call and the refund
            parts.append(_answer(words, request, "explanation", wanted["explanation"], time))
        for kind in _ASKED_BESIDE:  # "调查这名司机", "re-deliver it Saturday": what they asked, beside the call
            if wanted.get(kind) and kind != step_kind:
                if words.zh and asks_zh.money_line_tells(kind, wanted, {*wanted, step_kind or ""}):
                    continue  # s14: "卡在哪个步骤、何时退款": the money trace answers it, with its one clock
                free = kind == "repair" and _FREE_OF_CHARGE.search(fold(wanted[kind] or "")) is not None
                if kind == "repair" and not free:
                    continue  # a repair beside the call is the visit's or the crew's; only a free redo is its own
                said_time = _once(words, parts, time) if kind in _SAME_TIMELINE else time
                line = _answer(words, request, "redo" if free else kind, wanted[kind], said_time)
                if kind == "freeze" and not _HELD_PLAN.search(fold(wanted[kind] or "")):
                    parts.insert(first, line)  # a card frozen now: before the manager's call, not after it
                else:
                    parts.append(line)
        for kind in _ACTIONS:  # a renewal to switch off, a document to resend: done, not left to the call
            if kind in wanted and kind != step_kind:
                parts.append(_answer(words, request, kind, wanted[kind], later))
        unfixed = safety is not None and step_kind != "out_of_service" and not crew and _unfixed(request)
        # the opening already says it is stopped or cordoned off now: not again with another timescale
        if unfixed and not _made_safe_first(words, analysis):
            # it hurt someone and can hurt the next: closed off tonight; a bike or machine withdrawn
            said = fold(request.complaint.text)
            moving = _IN_SERVICE.search(said)
            running = moving is not None and _RUNNING.search(said) is not None
            # the machine named, not "it" with nothing before it (trainers, c30: the treadmill never named)
            thing = moving.group().lower() if moving is not None else ""
            if running:  # still running with someone on it: stopped before anything else is said
                parts.insert(first, str(bank["answer"]["withdraw_now_named"]).format(thing=thing))
            elif moving:
                parts.append(str(bank["answer"]["withdraw_named"]).format(thing=thing))
            else:
                parts.append(str(bank["answer"]["secure_now"]))
        if safety is not None and _still_smoking(words, analysis) and not safety.public:
            parts.append(str(bank["answer"]["collect"]))  # collected once safe, never kept indoors
        elif safety is not None and safety.battery and safety.hazards[0] == "fire" and not analysis.situation.vehicle:
            parts.append(str(bank["answer"]["collect_battery"]))  # a swollen battery is collected, not kept
        elif (
            safety is not None
            and safety.hazards[0] in ("fire", "electric", "defect")
            and words.domain not in _CREW
            and not crew
            # something sold, kept in its packaging; not a switch or a lift of ours
            and (words.domain in _SELLERS or _BOUGHT.search(fold(request.complaint.text)) is not None)
            and not (safety.fixed and not analysis.situation.made_safe)
            and not analysis.situation.vehicle
            and not safety.conduct  # a courier who shoved someone: nothing to keep for inspection (s13)
        ):
            parts.append(str(bank["answer"]["inspect"]))
            if "recall" in wanted:
                parts.append(str(bank["answer"]["recall"]))
        parts += _return_line(words, request, wanted)
        if "in_writing" in wanted or "investigate" in wanted:
            parts.append(str(esc["in_writing"]))  # never promised: the manager who calls approves it
        for reason in ("consumer_association", "legal", "media"):
            if reason in analysis.reasons:
                # the seeds' "这也是您拥有的权利", said as a right respected, never as a nudge (s13timing)
                parts.append(esc.get(f"{reason}_respected", esc[reason]))
                break
        if each and len(parts) - 1 < len(asks) + 1 and not _all_covered(asks, wanted):
            parts.append(_each(bank, each, parts, time, _unmet(words, asks, wanted, parts)))
        if analysis.situation.deadline and not _named_deadline(parts[1:] if asks else parts, analysis):
            parts += _deadline_line(words, analysis, parts)
        return words.sep.join(_medicine_first(words, request, parts, 1 if asks else 0))
    skip_kinds = {"visit"} if on_site is not None and analysis.situation.place else set()
    if on_site is not None:
        parts.append(on_site)
    if immediate is not None:
        parts.append(immediate)
        skipped = {"delivery", "explanation", "replacement", "repair", "visit"}  # someone is already on the way
        if immediate == str(bank["answer"]["remake_now"]):
            skipped.add("remake_or_refund")  # made again at the table: no second offer beside it
        answers, fallback = _answers(words, request, time, skipped, wanted)
        if not fallback:
            parts += answers[:1]
    else:
        answers, fallback = _answers(words, request, time, skip_kinds, wanted)
        parts += answers
        parts += _return_line(words, request, wanted)
        if not fallback and _unanswered(request):
            # "退还15元，另外把线上线下系统的问题处理一下": the second request passed on, not dropped
            parts.append(str(bank["answer"]["other_ask"]).format(time=str(bank["time"]["same"])))
    answered = len(parts) - (1 if asks else 0)
    if words.zh:  # s14: an ask the money line already told is answered, though no line of its own says it
        answered += sum(asks_zh.money_line_tells(k, wanted, set(wanted)) for k in wanted)
    # asked which of two they prefer: nothing more to promise until they answer
    if each and answered < len(asks) and not _all_covered(asks, wanted) and "either_pick" not in wanted:
        parts.append(_each(bank, each, parts, time, _unmet(words, asks, wanted, parts)))
    # their deadline only said back in the ask echo ("您希望我们在本月底前…") is not yet aimed at (round s10rest)
    if analysis.situation.deadline and not _named_deadline(parts[1:] if asks else parts, analysis):
        parts += _deadline_line(words, analysis, parts)
    parts = _medicine_first(words, request, parts, 1 if asks else 0)
    return words.sep.join(_in_group(words, request, _approval_declined(words, request, parts)))


def _medicine_first(words: Wording, request: TemplateRequest, parts: list[str], at: int) -> list[str]:
    """The father's medicine in the lost bag: whether he has enough and how to replace it, before
    anything else is promised (s13; drafter/backends/safety_need.py)."""
    whose = safety_need.held(request.complaint.text, words.zh)
    if whose is None or request.analysis.safety is not None:
        return parts
    said = str(words["safety"]["medicine_held"]["other" if whose else "self"])
    said = said.format(whom=whose, thing=safety_need.holder(request.complaint.text, words.zh))
    return [*parts[:at], said, *parts[at:]]


def _in_group(words: Wording, request: TemplateRequest, parts: list[str]) -> list[str]:
    """s12prefs2. "处理完在群里说一声就行": how we tell them, said once at the end (trainers: ignored)."""
    if not group_asked(fold(request.complaint.text)):
        return parts
    return [*parts, str(words["satisfy"]["group_reply"])]


def _approval_declined(words: Wording, request: TemplateRequest, parts: list[str]) -> list[str]:
    """s12prefs2. "No need to escalate, just fix it" / 不用叫经理 met with a refund that needs a
    manager's sign-off: the wish is acknowledged before the approval line, not silently overridden."""
    marker = str(words["satisfy"]["approval_marker"])
    at = next((i for i, part in enumerate(parts) if marker in part), None)
    if at is None or not declined(fold(request.complaint.text)):
        return parts
    return [*parts[:at], str(words["satisfy"]["approval_declined"]), *parts[at:]]


# Money back named in an ask's own words ("Delay Repay", "my money back", "赔我"), whatever scheme it has.
_MONEY_NAMED = re.compile(r"repay|refund|money back|reimburs|compensat|退|赔|补偿|报销")
# Answers that already offer the customer a choice of two (an exchange or a refund, the missing item
# sent or refunded): the offer is answered by them.
_CHOICES_ALREADY = frozenset(
    {
        "choice",
        "redo_or_refund",
        "repair_choice",
        "credit_or_refund",
        "missing_item",
        "send_missing",
        "remake_or_refund",
    }
)
_MONEY_KINDS = frozenset({"refund", "compensation", "waive_fee", "credit_or_refund", "redo_or_refund", "choice"})


def _all_covered(asks: list[Ask], wanted: dict[str, str | None]) -> bool:
    """Every request repeated is one an answer already meets (trainers: "Delay Repay" and "the
    refund processed" are one refund, not two things "I'll come back to you on each of")."""
    met = set(wanted) | ({"replacement"} if "send_missing" in wanted else set())  # "补发" read as the part sent
    for ask in asks:
        kinds = set(_intents(ask))
        if kinds and kinds <= met:
            continue
        if _MONEY_NAMED.search(fold(ask.text)) and _MONEY_KINDS & set(wanted):
            continue
        return False
    return True


# The new value of a detail ("update it to 27 Fenwick Street, Apt 4B", "地址改成朝阳路8号"), and the
# channel the confirmation is asked by ("confirm by email", "用邮件确认").
_EN_NEW_VALUE = re.compile(
    r"\b(?:update|change)\s+(?:it|my \w+(?: address| number)?|the \w+(?: address| number)?)\s+to\s+"
    r"(\d[^?.!]{2,60}?|[A-Z][^?.!]{2,60}?)(?=,? and\b|[?.!]|$)"
)
_ZH_NEW_VALUE = re.compile(r"(?:改成|改为|改為|更新为|更新為|更新成)([^，。！？,!?\s]{2,30})")
_BY_EMAIL = re.compile(
    r"(?:confirm|确认|確認)[^.。!！?？\n]{0,20}(?:e-?mail|邮件|郵件|电邮|電郵)"
    r"|(?:\bby|\bvia|用|通过|通過)\s*(?:e-?mail|邮件|郵件|电邮|電郵)",
    re.IGNORECASE,
)  # a confirmation asked by email; an address in the sign-off is no such ask


_DETAILS = re.compile(r"\baddress\b|\bphone\b|\bnumber\b|\be-?mail\b|地址|电话|手机|邮箱|联系方式")


def _update_details(words: Wording, text: str, asked: str, time: str) -> str:
    """An address or a number on record changed, to the value they gave, confirmed by the channel
    they asked for: a front-line change, done, not "looked into"."""
    m = (_ZH_NEW_VALUE if words.zh else _EN_NEW_VALUE).search(text)
    by = str(words["satisfy"]["by_email"]) if _BY_EMAIL.search(asked) or _BY_EMAIL.search(text) else ""
    answers = words["satisfy"]["answer"]
    if m is None:
        return str(answers["update_details"]).format(by=by, time=time)
    return str(answers["update_details_to"]).format(value=m.group(1).strip(), by=by, time=time)


def _unanswered(request: TemplateRequest) -> bool:
    """A request marked as one more ("另外希望你们把系统的问题处理一下", "Also, please fix the
    booking page") that no kind of answer reads: said to be passed on, never silently dropped."""
    for m in _ALSO_ASK.finditer(fold(request.complaint.text)):
        clause = m.group()
        if no_calls(clause) or asked_by(clause) or channel_only(clause):
            continue  # "另外请只用邮件回复我，不要打电话": how to answer, kept to by the channel line
        if not _intents(Ask(kind="do", text=clause)) and not remedies(clause):
            return True
    return False


# One more request, marked so: "另外希望…", "还有请…", "Also, please …", "also could you …".
_ALSO_ASK = re.compile(
    r"(?:另外|此外|还有|同时)[，,]?\s*(?:也)?(?:希望|请|麻烦|要求|拜托)[^。！？!?\n]{2,60}"
    r"|\b(?:also|additionally|and)\b,?\s+"
    r"(?:please|could you|can you|would you|i d like you to|i want you to)\b[^.!?\n]{2,80}"  # folded: "i d"
)


_CALL_TIMED = re.compile(r"\bwithin \d+ (?:hours?|minutes?)\b|\d+\s*(?:个|個)?(?:小时|小時|分钟|分鐘)内")


def _deadline_line(words: Wording, analysis: Analysis, parts: list[str]) -> list[str]:
    """Their own deadline, honoured: the final answer by then. "I'll update you within 24 hours"
    only when nothing said so far gives a time (no second, clashing timeline); beside a sooner
    answer ("24小时内" and their "一週內"), said as their deadline noted, not as a later one of ours."""
    bank = words["satisfy"]
    deadline = analysis.situation.deadline or ""
    timed = any(t in p for p in parts for t in bank["time"].values())
    # s12prefs2: a manager's call "within 2 hours" is a time said too: no "update you within 24 hours" after it
    timed = timed or any(_CALL_TIMED.search(p) for p in parts)
    key = "deadline_kept" if timed else "deadline"
    if key == "deadline_kept" and met_sooner(" ".join(parts), deadline):
        key = "deadline_noted" if "deadline_noted" in bank else key  # their deadline, not a second one of ours
    if asks6.refund_by_deadline([a.text for a in analysis.facts.asks], deadline):
        key = "deadline_refund"  # s13asks2: "请在本週五前把…退回": the money by then, not only an answer
    return [str(bank[key].format(deadline=deadline, time=_time(words, analysis)))]


# Something of ours that a customer uses and that is out of order: repaired, never rebooked.
_FACILITY = re.compile(
    r"\blifts?\b|elevator|escalator|hot water|heating|boiler|电梯|電梯|升降机|升降機|扶梯|热水|熱水|暖气|暖氣|供暖"
    r"|\b(?:garage |car park |gate|entry |front )?(?:gate|door entry|intercom|barrier|entry system)s?\b"
    r"|门禁|門禁|闸门|閘門|车库门|車庫門|对讲|對講|道闸|道閘"
)
_FACILITY = gated(_FACILITY)  # a literal gate: most texts hold none of its words
_BOOKING = re.compile(r"appointment|booking|booked|reservation|预约|預約|挂号|掛號|订位|訂位|订房|訂房")
_DATE = re.compile(r"\bdate\b|哪天|几号|幾號|日期|什么时候|什麼時候|几时|幾時")
# The room is not the one booked ("booked a double, got two singles"): the front desk, not maintenance.
_NOT_AS_BOOKED = re.compile(
    r"订的是|訂的是|预订的是|預訂的是|booked an? |reserved an? |instead of|变成|變成|换房|換房|room type|房型"
    r"|change (?:my |the )?room"
)


# Where the business owns the installation and sends its own people to a live fault.
_OWNS_SITE = frozenset({*_CREW, "hotel_travel", "public_service", "education", "fitness", "other"})


_SELLERS = frozenset({"ecommerce", "delivery", "retail_store"})


# Opening steps that say we close a hazard off or take it out of use.
_CORDONED = ("keep_away", "installation_out", "defect_ours", "glass_clear")


def _made_safe_first(words: Wording, analysis: Analysis) -> bool:
    """The safety step at the top already says what we do about the hazard (stopped now,
    cordoned off today): Satisfy does not promise it a second time with another timescale."""
    opening = words.safety(analysis)
    if opening is None:
        return False
    steps = words["safety"]["steps"]
    chunks = (max(re.split(r"\{\w+\}", str(steps[k])), key=len) for k in _CORDONED)
    return any(chunk in opening[2] for chunk in chunks)


def _still_smoking(words: Wording, analysis: Analysis) -> bool:
    """A thing still smoking where they are (a battery on the porch): the step is keep clear and
    the fire service; a crew already going to a building or a vehicle fire says the rest."""
    safety = analysis.safety
    s = analysis.situation
    return (
        safety is not None
        and safety.live
        and safety.hazards[0] == "fire"
        and not safety.line
        and not s.building
        and not s.vehicle
        and _crew(words, analysis) is None
    )


def _evacuate(analysis: Analysis) -> bool:
    """Gas, people shut in a lift, a building filling with smoke: help goes to the hazard, not a
    manager to a room."""
    return live(analysis)


# A replacement vehicle asked for beside the recovery ("安排救援和换车", "a replacement car").
_REPLACEMENT_CAR = re.compile(
    r"换车|換車|换一辆|換一輛|替换车|替換車|替代车|替代車|代步车|代步車"
    r"|replacement (?:car|vehicle|van)|another (?:car|vehicle)|swap (?:the )?car|courtesy car"
)


def _recovery(words: Wording, request: TemplateRequest) -> str | None:
    """A car whose brakes failed, stuck on a motorway or at a service area: roadside recovery on its
    way now (and the replacement car they asked for), with the time it reaches them confirmed in
    minutes; not "I'm looking into it, within 24 hours"."""
    if not stuck_vehicle(request.analysis):
        return None
    answers = words["satisfy"]["answer"]
    car = _REPLACEMENT_CAR.search(request.complaint.text) is not None
    return str(answers["recovery_car" if car else "recovery"])


def _crew(words: Wording, analysis: Analysis) -> str | None:
    """Someone sent now to a live hazard that is ours to make safe: people shut in a lift, tap
    water making people ill, gas, a live installation. By the hazard, not by the business's
    vocabulary; a product at home (a charger, a kettle) is not an installation of ours."""
    safety = analysis.safety
    if safety is None or not safety.hazards:
        return None
    esc = words["satisfy"]["escalated"]
    hazard = safety.hazards[0]
    if hazard == "trapped":
        return str(esc["crew_trapped"])
    if safety.public and hazard in ("fire", "electric", "gas", "defect") and not analysis.situation.building:
        deadline = analysis.situation.deadline or _before_time(analysis)
        return str(esc["crew_public_by"].format(deadline=deadline) if deadline else esc["crew_public"])
    if safety.line and hazard in ("fire", "electric"):
        return str(esc["crew_now_eta"])  # a line down in the street: ours to make safe, now
    if hazard == "water" and words.domain not in ("ecommerce", "delivery", "retail_store", "restaurant"):
        return str(esc["crew_water"])
    shop = words.domain in _SELLERS and not analysis.situation.now  # a product at home: not ours to attend
    if hazard == "gas" and not shop:
        return str(esc["crew_eta"] if words.domain in _CREW else esc["crew_now_eta"])
    if hazard == "fire" and analysis.situation.building and not shop:
        return str(esc["crew_now_eta"])
    if hazard in ("fire", "electric") and safety.fixed and safety.urgent and words.domain in _CREW:
        return str(esc["crew_now_eta"])  # sparks at a meter box we fitted: someone sent now, not a visit booked
    live_fault = safety.fixed and analysis.situation.now and words.domain in _OWNS_SITE
    if hazard == "electric" and (words.domain in _CREW or live_fault):
        return str(esc["crew_eta"])
    return None


# A time of day the customer needs it by ("before 3:15", "三点十五分之前", "3點15分前"): the crew's
# cordon is promised before it.
_BEFORE_TIME = re.compile(
    r"\b(?:before|by) \d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)?(?![\w:])"
    # "before 31 March" is a date, not a clock time (round 10av)
    r"(?!\s?(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    r"|(?:在)?(?:早上|上午|中午|下午|傍晚|晚上)?[0-9一二三四五六七八九十两兩]{1,3}(?:[:：][0-9]{2}|[点點](?:[0-9一二三四五六七八九十]{1,3}分|半)?)(?:之前|以前|前)"
)
_BEFORE_TIME = gated(_BEFORE_TIME)  # a literal gate: most texts hold none of its words


def _before_time(analysis: Analysis) -> str | None:
    text = " ".join([*analysis.facts.story, *(a.text for a in analysis.facts.asks)])
    found = _BEFORE_TIME.search(text)
    return found.group(0).strip().removeprefix("在") if found else None


# A day other than today in the deadline: "by 5pm Friday" is no same-day clock.
_OTHER_DAY = re.compile(
    r"tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|month|\d{1,2}(?:st|nd|rd|th)\b"
    r"|明天|明日|聽日|听日|后天|後天|周|週|星期|禮拜|礼拜|[0-9一二三四五六七八九十]+[号號日月]"
)


def _clock_today(analysis: Analysis) -> str | None:
    """The clock time the customer needs it by today ("before 4pm", "下午6点前"), or None: a
    promise due then is made before it, not "today" or "within 24 hours"."""
    clock = _before_time(analysis)
    if clock is None:
        return None
    deadline = analysis.situation.deadline or ""
    text = " ".join([*analysis.facts.story, *(a.text for a in analysis.facts.asks)])
    at = text.find(clock)
    near = text[max(0, at - 12) : at + len(clock) + 12] if at >= 0 else ""  # "今天下午5点前", "by 4pm today"
    said = " ".join([deadline, near, *(a.text for a in analysis.facts.asks)])
    if _OTHER_DAY.search(deadline.lower()) or not (analysis.situation.today or _SAME_DAY.search(said) or deadline):
        return None
    if not re.search(r"\d\s?[ap]\.?m|\d[:.：]\d{2}|[点點]", clock, re.IGNORECASE):
        return None  # "by 31 May" is a date, not a clock time
    return re.sub(r"^by\b", "before", clock)


def _due_in(text: str, analysis: Analysis) -> str | None:
    """The time an ask itself carries ("before 6pm today", "周五前交"), as the reply says it."""
    found = _BEFORE_TIME.search(text)
    if found is not None:
        return re.sub(r"^by\b", "before", found.group(0).strip().removeprefix("在"))
    deadline = analysis.situation.deadline
    core = re.sub(r"^(?:by|before)\s+|[之以]?前$", "", deadline or "", flags=re.IGNORECASE)
    return deadline if deadline and core and core in text else None


def _named_deadline(parts: list[str], analysis: Analysis) -> bool:
    deadline = analysis.situation.deadline or ""
    clock = _clock_today(analysis)  # "before 4pm" already promised: no second deadline line
    core = re.sub(
        r"^(?:by|before)\s+|[之以]?前$", "", deadline, flags=re.IGNORECASE
    )  # "before May 31" says "by May 31"
    said = any(deadline in p or (clock is not None and clock in p) or (len(core) > 2 and core in p) for p in parts)
    return bool(deadline) and (said or _narrative_deadline(analysis))


# Steps that do not wait for a manager's call: tracing, expediting, the full list of documents.
_ESCALATED_STEPS = (
    "out_of_service",  # a lift that dropped, a broken step: out of use today, while the manager calls
    "damage_claim",
    "unblock",  # a card or an account locked: lifted while the manager calls (someone stranded by it)
    "unlock",
    "card_retained",
    "credit_or_refund",  # money of theirs (a top-up, a claim, a deposit): its own step, not compensation
    "claim_status",
    "deposit_release",
    "redo_or_refund",
    "choice",
    "trace_money",
    "refund_status",
    "redeliver",
    "pickup",
    "points",
    "delivery",
    "expedite",
    "data",
    "documents",
    "restore",
    "repair_date",  # s13: "请给一个明确的修复时间" of a lift out for 8 days: when it is fixed, beside the call
    "visit",
    "collection",
    "replacement",
    "missing_item",
    "find_item",
    "trace_bag",  # s13asks2: the bag traced while the manager calls, beside the money asked
    "find_first",
)


# A fixture of ours that hurt someone and is still as it was (a broken step, a loose handrail, an
# open drain): closed off tonight, whatever else is asked.
_FIXTURE = re.compile(
    r"\b(?:steps?|stairs?|staircase|stairway|handrail|railing|banister|floor tiles?|tiles?|paving|slab|kerb|curb|"
    r"ramp|decking|"
    r"(?:shared |rental |hire |e-?)?(?:bikes?|bicycles?|scooters?)|machine|"
    r"drain cover|manhole|grate|grating|escalator|lift|elevator|walkway|boardwalk|ladder|treadmill|rowing machine|"
    r"exercise bike|cross-?trainer|equipment|ride|slide|swing|trampoline|"
    r"glass door|door|window|glass panel|shower screen)\b"
    r"|跑步机|跑步機|健身器材|器材|机动游戏|機動遊戲|游乐设施|遊樂設施|滑梯|秋千|鞦韆|蹦床|玻璃门|玻璃門|玻璃窗|橱窗|櫥窗|淋浴屏"
    r"|台阶|台階|楼梯|樓梯|梯级|扶手|栏杆|欄杆|护栏|護欄|围栏|圍欄|阳台|陽台|地砖|地磚|井盖|井蓋|渠盖|坡道|扶梯|电梯|電梯|楼梯级|地板"
    r"|单车|單車|电单车|電單車|自行车|自行車|滑板车|滑板車|踏板车|机器|機器|设备|設備"
)
# A thing of ours still in service that the next person rides or uses: withdrawn, not cordoned.
_IN_SERVICE = re.compile(
    r"\b(?:bikes?|bicycles?|scooters?|machine|treadmill|equipment|ride)\b|单车|單車|电单车|電單車|自行车|自行車|滑板车|滑板車|踏板车"
    r"|机器|機器|设备|設備|跑步机|跑步機|器材|机动游戏|機動遊戲|游乐设施|遊樂設施"
)
# Still running or in use by others as they write ("it's still on and someone else is on it", 部机而家仲开住
# 又有人上去用紧): stopped and taken out of service now, not "today at the latest".
_RUNNING = re.compile(
    r"\bstill (?:running|switched on|turned on)\b"
    r"|\b(?:someone|somebody|people|others?|another (?:member|customer|person))"
    r"(?: else)? (?:is |are )?(?:still )?(?:on it|using it|on the (?:machine|treadmill|ride))\b"
    r"|还开着|仲开住|仲开紧|还在运行|仲行紧|还在转"
    r"|(?:又|还|仲)有人(?:上去|喺度|在)?(?:用|使用)|有人(?:上去)?(?:用紧|在用)|其他人(?:还|仲)(?:在|喺度)?用"
)
_UNFIXED = re.compile(
    r"\bstill (?:broken|loose|missing|cracked|there|not (?:been )?(?:fixed|repaired)|unfixed|the same|open|wobbly)\b"
    r"|\b(?:hasn t|has not|haven t|have not|wasn t|was not|isn t|is not|not) (?:been )?"
    r"(?:fixed|repaired|cordoned|fenced|taped|closed)\b"
    r"|\bno(?:body|one)? (?:has )?(?:put up |put )?(?:a |any )?(?:sign|warning|cone|tape|barrier)s?\b"
    r"|\bno one has fixed\b|\bnobody has fixed\b"
    r"|\b(?:no one|no-one|nobody) (?:has |have )?(?:put up|put|fixed|cordoned|taped|closed|repaired|blocked)\b"
    r"|\bstill (?:like that|like this|hanging|moving|wobbling|coming away)\b"
    r"|\bstill (?:on the (?:street|road|pavement|sidewalk)|in (?:service|use)|being (?:used|rented|ridden))\b"
    r"|\b(?:someone|somebody|others?|other people|the next (?:person|rider|customer)) (?:else )?(?:could|will|can|may) "
    r"(?:get hurt|be hurt|ride it|use it)\b"
    r"|至今未修|至今没修|至今沒修|警示牌都没|警示牌都沒|还在路口|還在路口|还在原地|還在原地|还在用|還在用|别再让别人|別再讓別人"
    r"|仲喺度用|仲喺路口|其他人还会|其他人還會"
    r"|还是没修|还没修|还没有修|仍未修|仍然没修|一直没修|没人修|还是坏|仍然坏|还是烂|没有围起来|没围起来|没有封|没有警示|没有警告|没放警示|仲未整|仲係烂|仲系烂|仍然未修"
    r"|\bstill (?:running|switched on|turned on)\b|还开着|仲开住|仲开紧|还在运行"
    r"|冇人嚟整|冇人整|没人来修|没有人来修|没人来处理|没有人来处理|都没有人来处理"
    r"|\b(?:nobody|no one) (?:has )?(?:come|came) to fix\b"
    r"|\b(?:people|customers|kids|children|everyone) (?:are |is )?(?:still )?"
    r"(?:walking|running|stepping) (?:through|over|on|past)\b"
    r"|(?:还有|仲有)(?:人|细路|小孩|孩子|小朋友|客人)(?:喺度|在)?(?:行|走|跑)"
    r"|(?:又|还|仲)有人(?:上去|喺度|在)?(?:用|使用)|有人(?:上去)?(?:用紧|在用)|其他人(?:还|仲)(?:在|喺度)?用"
)


def _unfixed(request: TemplateRequest) -> bool:
    """Someone hurt by a fixture of ours that is still unfixed and open to the next person."""
    safety = request.analysis.safety
    if safety is None or not set(safety.hazards) & {"injury", "fracture", "head", "defect"} or safety.pet:
        return False
    text = fold(request.complaint.text)
    if not _still_there(request) or not _FIXTURE.search(text):
        return False
    # session 10: reported on our premises (你们信义店的跑步机, "your gym's rowing machine"), or asked
    # to be stopped (那台机器快停用): nothing says it was taken out of use, so we do it, not restate it
    # (a machine or equipment in use: a step or a floor already mopped and signed keeps its own reading)
    ours = _OUR_PLACE.search(text) is not None and _IN_SERVICE.search(text) is not None
    return bool(_UNFIXED.search(text) or _STOP_ASKED.search(text) or ours)


# Asked to stop it or close it off ("take it out of service", 快停用, 封起来): the customer's
# demand that the thing is withdrawn, answered with our action.
_STOP_ASKED = re.compile(
    r"\b(?:take|taking|took)\s+(?:it|that|this|the \w+)\s+out of (?:use|service|action)\b"
    r"|\b(?:close|shut|cordon|tape|block)\s+(?:it|that|this|the \w+)\s+(?:off|down)\b"
    r"|\bstop (?:people|anyone|others|customers) using\b"
    r"|停用|停止使用|暂停使用|别再用|不要再用|唔好再用|封起来|封闭|围起来|圍起來"
)
# A place of ours named by the customer ("at your gym", 你们信义店, 你哋分店).
_OUR_PLACE = re.compile(
    r"(?:你们|你們|你哋|贵|貴)[^，。！？,.!?\n]{0,8}?(?:店|馆|館|中心|健身房|会所|會所|商场|商場|餐厅|餐廳|酒店|场|場|站)"
    r"|\byour\s+(?:[\w-]+\s+){0,3}?(?:store|shop|branch|hotel|gym|restaurant|premises|station|centre|center|club|pool|"
    r"venue|park|studio|site)\b"
)


def _still_there(request: TemplateRequest) -> bool:
    """Someone was hurt by something of ours that can still hurt the next person (a slide, a step,
    a shelf): it is made safe today; a product they bought, or one already made safe, is not."""
    analysis = request.analysis
    return (
        analysis.safety is not None
        and not analysis.situation.made_safe
        and _BOUGHT.search(fold(request.complaint.text)) is None
    )


# Still waiting for the help they were promised ("到现在两小时了还没有人来", "nobody has come yet").
_AWAITED = re.compile(
    r"还没有人来|还没人来|都没有人来|都没人来|还是没有人|还是没人|没有人来过|仲未有人嚟|仲冇人嚟|冇人嚟过|没人管|没有人管|冇人理"
    r"|到现在[^。！？\n]{0,12}(?:还|都|仍)(?:没|未|冇)|等到现在"
    r"|\b(?:nobody|no one|no-one) (?:has )?(?:come|came|turned up|shown up|showed up)\b|\bstill (?:no one|nobody)\b"
    r"|\bstill waiting for (?:someone|anyone|help|staff|the manager)\b"
    r"|\b(?:just )?(?:walked|went) (?:off|away)\b"
    r"|\bleft (?:her|him|me|us|them) (?:there|alone|on (?:her|his|my|our) own)\b"
    r"|就走了|就走开了|转身就走|走咗|行开咗|丢下我们|丢下她|丢下他"
)
_BODY_HARM = frozenset({"head", "injury", "fracture", "burn"})
_FAINTED = re.compile(r"faint|collaps|passed out|晕倒|晕低|昏倒|晕过去|昏迷")


def _hurt_waiting(words: Wording, request: TemplateRequest) -> bool:
    """Someone hurt on our premises (a hotel room, a store, a gym) still there and waiting for help:
    a manager goes to them now with first aid and takes them to hospital, not a call in 30 minutes."""
    analysis = request.analysis
    safety = analysis.safety
    if safety is None or safety.pet or analysis.situation.cared_for:
        return False
    fainted = safety.hazards[0] == "illness" and _FAINTED.search(fold(request.complaint.text)) is not None
    if safety.hazards[0] not in _BODY_HARM and not fainted:
        return False
    if words.domain in ("ecommerce", "delivery"):
        return False  # nobody of ours is where they are
    # at a table, a desk or a room of ours, or waiting for the help our staff promised (a reaction
    # at home to a cake bought from us is "now", but nobody of ours is on the way to it)
    said = fold(request.complaint.text)
    # ...or asking us for a first-aid kit where it happened ("do you have a first aid kit?", 有冇急救箱)
    return analysis.situation.place is not None or _AWAITED.search(said) is not None or asks_kit(said)


def _money_asks(wanted: dict[str, str | None], answered: str | None) -> list[str]:
    """Money they asked for in so many words (a refund, a fee waived, compensation such as a
    dental bill): each answered beside the manager's call, not left for it, so that no ask of
    theirs is the one skipped."""
    return [k for k in ("refund", "waive_fee", "compensation") if wanted.get(k) and k != answered]


# Findings and approvals that can share the first answer's day ("届时一并告诉您核查结果"); a card frozen
# or a room moved keeps its own, sooner time.
_SAME_TIMELINE = frozenset({"batch", "delist", "redo", "probe", "staff_check", "footage"})


def _once(words: Wording, parts: list[str], time: str) -> str:
    """One timeline: a promise stacked beside one already due "within 24 hours" says "at the same
    time", not the same 24 hours again (trainers, c30: "within 24 hours" three times). Only the
    default span: a sooner time ("today", minutes) is its own and is kept."""
    times = words["satisfy"]["time"]
    if time == str(times["default"]) and any(time in p for p in parts):
        return str(times["same"])
    return time


def _escalated_step(
    words: Wording, request: TemplateRequest, time: str, wanted: dict[str, str | None], crew: bool = False
) -> tuple[str | None, str | None]:
    analysis = request.analysis
    if (
        not set(_ESCALATED_STEPS) & set(wanted)
        and not {"refund", "replacement", "missing_item", "choice"} & set(wanted)
        and (words.domain == "delivery" or (analysis.category == "delivery" and words.domain in ("ecommerce", "other")))
        and analysis.safety is None
    ):
        wanted["delivery"] = None  # a parcel still missing: trace it while the manager calls
    for kind in ("care_cancelled", "care", *_ESCALATED_STEPS):
        if kind in wanted and not ((crew or analysis.situation.place) and kind in ("visit", "restore")):
            stranded = analysis.safety is not None and "stranded" in analysis.safety.hazards
            if kind in ("visit", "out_of_service") and stranded:
                return str(words["satisfy"]["answer"]["sent_now"]), kind  # help on its way now, not a time to agree
            if kind in ("visit", "out_of_service") and _still_there(request):
                now = _hurt_waiting(words, request)  # the guest still in the room it happened in: now
                machine = _IN_SERVICE.search(fold(request.complaint.text))
                if machine is not None and not now:  # a treadmill, a ride: named and taken out of service (s13timing)
                    return str(words["satisfy"]["answer"]["withdraw_named"]).format(thing=machine.group().lower()), kind
                return str(words["satisfy"]["answer"]["secure_now" if now else "secure"]), kind
            return _answer(words, request, kind, wanted[kind], time), kind
    return None, None


# Round 10bc: the remedy fits what happened and what was asked, within the role's authority.
# Trainers marked down remedies from another situation (a kitchen serving a wrong coffee, an exchange
# for a perm or an eaten meal, "our improvement measures" for a hungry customer whose food went next
# door), a refund already issued applied for again, both charges refunded for one taken twice, and
# small sums within the front line's limit sent for approval. Kept apart from the escalation and
# call-preference code so both merge.

# A fee paid for the thing sent ("已繳付費用HK$250", "paid the $25 fee"): not asked to pay again.
_PAID_FEE = re.compile(r"缴|繳|付|\bpaid\b|\bfee\b")
# Kinds whose answer is settled here (the readers in template_remedy).
_FITTED = frozenset(
    {
        "resend_meal",
        "resend_address",
        "spilt_item",
        "remake_or_refund",
        "discount_back",
        "received",
        "received_claim",
        "move_room",
        "room_treated",
    }
)
# Wanted kinds that say nothing of their own: a story-read situation replaces them.
_GENERIC = frozenset({"prevent", "explanation", "apology", "feedback", "delivery", "trace", "other", "replacement"})


# "发邮箱", "email it to me", "send it by email": the channel they want it sent by.
_SEND_EMAIL = re.compile(
    r"(?:发|發|寄|传|傳)[^，。,]{0,4}(?:邮箱|郵箱|邮件|郵件|电邮|電郵)|\bemail (?:it|them|me)\b|\bby e-?mail\b"
)


def _guard_passes(request: TemplateRequest, line: str) -> bool:
    """The guard lets this line of ours out on its own (their options, said back, may name a sum
    that reads as our promise): when it does not, the shorter line without them is used."""
    authority = Authority(role=request.role, limit=request.limit)
    policy = request.policy or load_policy()
    report = check_with(line, authority, request.complaint.context, policy, request.complaint.language, use_model=False)
    return not report.findings


def _emailed(asked: str) -> bool:
    """The ask names email as the way to send it ("电子版发邮箱", "send it by email")."""
    return _BY_EMAIL.search(asked) is not None or _SEND_EMAIL.search(fold(asked)) is not None


def _incompatible(pair: tuple[str, str]) -> bool:
    """One option is money back and the other still sends, redoes or repairs the thing."""
    kinds = [set(_intents(Ask(kind="do", text=option))) for option in pair]
    return any("refund" in a and not a & _STILL_PROVIDED and b & _STILL_PROVIDED for a, b in (kinds, kinds[::-1]))


def _asks2_answer(words: Wording, request: TemplateRequest, kind: str, asked: str, time: str) -> str:
    """Either-or offers (restated, or asked which when both cannot be done), a lost parcel traced
    with its fallback, and a charge they were told would be free: each within the role's authority."""
    bank = words["satisfy"]["answer"]
    analysis = request.analysis
    policy = request.policy or load_policy()
    pair = either_options(asked, words.zh) if kind in ("either", "either_pick") else None
    theirs = pair  # their options as they put them: money back of no stated value is theirs to choose
    if pair and any(_MONEY_NAMED.search(fold(o)) and not find_money(o, request.complaint.language) for o in pair):
        pair = None  # "or a partial refund": money back of no stated value is not said in our voice
    if kind == "either":  # both ways they offered, put to whoever decides, with a time; neither swapped for another
        if analysis.escalate:  # the manager already calling them decides, not a second person
            return str(bank["either_manager"].format(time=time))
        if pair and _incompatible(pair):  # "ship it by Friday or refund my £45": asked which, not both put
            return _asks2_answer(words, request, "either_pick", asked, time)
        approver = words.approver(approver_role(policy, None))
        named = _either_started(words, request, theirs, asked, time) if theirs else ""
        return (
            named
            if named and _guard_passes(request, named)
            else str(bank["either"].format(approver=approver, time=time))
        )
    if kind == "either_pick":
        money = _refund_amount(request, asked)
        ok, value = _within(request, money)
        approver = words.approver(approver_role(policy, value))
        if money_cases.faster_left_to_us(request.complaint.text):  # "whichever is faster": we pick, not ask
            refund = any(_MONEY_NAMED.search(fold(o)) for o in pair or ()) or _MONEY_NAMED.search(fold(asked or ""))
            return str(bank["either_faster_refund" if refund else "either_faster"].format(approver=approver, time=time))
        if pair:  # their options said back, unless a sum in them reads as our promise to the guard
            line = str(bank["either_pick"].format(approver=approver, time=time, first=pair[0], second=pair[1]))
            if _guard_passes(request, line):
                return line
        return str(bank["either_pick_generic"].format(approver=approver, time=time))
    if kind == "lost_parcel":
        present = gift(asked, words.zh)
        because = str(bank["lost_because"]).format(gift=present) if present else ""
        # round s10rest: what they paid for, sent again if it cannot be found, needs no approval; a
        # day they need it by is aimed at (trainers: "a routine reship passed to a manager")
        by = analysis.situation.deadline or need_day(request.complaint.text, words.zh)
        if by:
            times = words["satisfy"]["time"]
            soon = str(times["today"]) if time == str(times["default"]) else time
            line = str(bank["lost_parcel_resend_by"]).format(because=because, deadline=by, time=soon)
        else:
            line = str(bank["lost_parcel_resend"]).format(because=because, time=time)
        return line
    charges = {(m.value, m.currency): m for m in analysis.facts.amounts if m.value > 0}
    charge = (
        next(iter(charges.values()))
        if len(charges) == 1
        else fee_amount(request.complaint.text, list(charges.values()))
    )
    if charge is None:
        return str(bank["fee_free_unnamed"]).format(time=time)
    if charge.currency and re.search(r"[块塊蚊]|bucks?|quid", charge.text):  # "10块手续费": the reply writes 10元
        charge = Money(
            text=_money(charge.value, charge.currency, words.zh), value=charge.value, currency=charge.currency
        )
    if re.match(r"\$", charge.text) and charge.currency != "USD":  # a bare "$50" the guard values as US dollars
        charge = charge.model_copy(update={"currency": "USD"})
    ok, value = _within(request, charge)
    if ok:  # within the role's limit: paid back, their word not doubted (trainers: "treats the rule as hearsay")
        return str(bank["fee_free_granted"]).format(amount=charge.text, time=time)
    approver = words.approver(approver_role(policy, value))
    return str(bank["fee_free_approval"]).format(amount=charge.text, approver=approver, time=time)


def _either_started(words: Wording, request: TemplateRequest, pair: tuple[str, str], asked: str, time: str) -> str:
    """Of two options they offered, the one we can start on begun now and the other left theirs to
    choose (money back within the limit arranged when they say, beyond it put to whoever approves);
    the choice is never handed to a supervisor (trainers, c27: "takes the choice from the customer")."""
    bank = words["satisfy"]["answer"]
    (first, second), money = service_first(pair)
    first, other = begun(first, words.zh), rather(second)
    if not money:
        return str(bank["either_begun"].format(first=first, second=second, other=other, time=time))
    ok, value = _within(request, _refund_amount(request, asked))
    if ok:
        return str(bank["either_begun_money"].format(first=first, second=second, other=other, time=time))
    approver = words.approver(approver_role(request.policy or load_policy(), value))
    line = bank["either_begun_approval"].format(first=first, second=second, other=other, time=time, approver=approver)
    return str(line)


# Round s10rest: what was theirs put back, and a shared place answered where it is.
_CORRECTION_KINDS = frozenset({"plan_change", "units_back", "posted", "shared_repair", "rebill", "settled"})
# Where a fault in a shared place is ours to repair (a building, an estate, a site we run).
_SHARED_SITES = frozenset({"property_management", "hotel_travel", "public_service", "utility", "other"})


def _corrections(request: TemplateRequest, wanted: dict[str, str | None], zh: bool) -> dict[str, str | None]:
    """Asks an answer must not lose: a plan change beside money asked back; sessions or credits
    deducted wrongly (put back, not compensation); money taken over what was owed (a refund of our
    own error, even when the ask names no sum); a request for someone posted at a shared place, and
    a fault there, answered for that place, never a visit to the home."""
    analysis = request.analysis
    text = request.complaint.text
    wanted = dict(wanted)
    for ask in [] if "revert" in wanted else analysis.facts.asks:  # "change it back": put back as it was
        if ask.kind in ("do", "want") and plan_change(ask.text, zh) is not None:
            wanted.setdefault("plan_change", ask.text)
            for kind in ("update_details", "revert", "amend", "correct"):
                if wanted.get(kind) == ask.text:
                    wanted.pop(kind)
            break
    else:
        if "revert" not in wanted and (clause := plan_change_asked(text, zh)) is not None:
            wanted.setdefault("plan_change", clause)
    for ask in analysis.facts.asks:  # the bill worked out again, an invoice marked settled: said, not lost
        if ask.kind not in ("do", "want"):
            continue
        if rebill_asked(ask.text):
            wanted.setdefault("rebill", ask.text)
        if settled_asked(ask.text):
            wanted.setdefault("settled", ask.text)
    units = deducted_units(text)
    if units is not None and not set(wanted) & {"units_back", "points"}:
        wanted["units_back"] = units  # read from the story, asked or not: beside a manager's call too
    money = {"refund", "waive_fee", "compensation", "correct", "credit_or_refund", "refund_status", "trace_money"}
    if wrong_amount(text) is not None and not set(wanted) & money:
        wanted = {"refund": None, **{k: v for k, v in wanted.items() if k not in ("replacement", "choice")}}
    place = shared_place(text)
    posted = posted_there(text)
    if place is not None and (posted is not None or analysis.domain == "property_management"):
        if posted is not None:
            wanted = {"posted": posted, **wanted}
        if analysis.domain in _SHARED_SITES:
            # the fault is in the shared place: no visit to the home, nothing of theirs to replace
            gone = {"visit", "repair", "replacement"} if analysis.safety is None else {"replacement"}
            wanted = {k: v for k, v in wanted.items() if k not in gone}
            if "repair_date" not in wanted:  # "when will it be fixed": the repair date's own answer says it
                wanted["shared_repair"] = place
    return wanted


def _wrongly_taken(request: TemplateRequest) -> Money | None:
    """The sum taken over what was owed ("took £640 instead of £64": £576), in the currency read."""
    pair = wrong_amount(request.complaint.text)
    if pair is None:
        return None
    read = [find_money(p, request.complaint.language) for p in pair]
    sums = [float(re.sub(r"[^\d.]", "", p) or 0) for p in pair]
    known = [m for found in read for m in found] or [m for m in request.analysis.facts.amounts if m.value in sums]
    currency = next((m.currency for m in known if m.currency), None)
    zh = request.complaint.language != "en"
    value = round(sums[0] - sums[1], 2)
    if value <= 0:
        return None
    taken = known[0] if known else Money(text=pair[0], value=sums[0], currency=currency)
    text = (
        _money(value, currency, zh)
        if currency is not None and currency in _SYMBOLS
        else re.sub(r"\d[\d,]*(?:\.\d+)?", f"{value:g}", taken.text, count=1)
    )
    text = re.sub(r"[块塊蚊]$", "元", text) if zh else text  # the reply writes the sum, not the slang
    return Money(text=text, value=value, currency=currency)


def _correction_answer(words: Wording, request: TemplateRequest, kind: str, asked: str, time: str) -> str:
    """The answers of _corrections' kinds, each within the role's authority."""
    bank = words["satisfy"]["answer"]
    text = request.complaint.text
    if kind == "plan_change":
        target = plan_change(asked, words.zh) or ""
        key = "plan_change_to" if target else "plan_change"
        plan = plan_word(text) or str(words["satisfy"]["plan_word"])
        return str(bank[key]).format(target=target, time=time, plan=plan)
    if kind == "rebill" and meter_test_asked(fold(text)):
        return str(bank["rebill_after_test"])  # the figure rests on the meter test: worked out after it
    if kind in ("rebill", "settled"):
        when = str(words["satisfy"]["time"]["today"]) if _MINUTES.search(time) else time
        return str(bank[kind]).format(time=when, what=settled_what(asked))
    if kind == "units_back":
        if _MINUTES.search(time):  # restored on the account, not within the manager's 30 minutes
            time = str(words["satisfy"]["time"]["today"])
        return str(bank["units_back"]).format(units=deducted_units(text) or "", time=time)
    place = shared_place(text) or ""
    if not words.zh:
        place = place.lower()
    if kind == "posted":
        approver = words.approver(approver_role(request.policy or load_policy(), None))
        who = asked if words.zh else asked.lower()
        return str(bank["posted"]).format(who=who, place=place, approver=approver, time=time)
    return str(bank["shared_repair"]).format(place=place, time=time)


def _again_or_money_back(wanted: dict[str, str | None]) -> bool:
    """ "可以重送或退錢嗎" of a meal made wrong: the one refund clause offers it made again too, so
    both are offered (trainers: the resend ignored, a cheap meal's refund put to approval)."""
    asked = set(wanted) - _GENERIC
    return asked == {"refund"} and again_or_refund(wanted["refund"] or "")


def _fitted(request: TemplateRequest, wanted: dict[str, str | None]) -> dict[str, str | None]:
    """What happened, read whole, over the kinds a word suggested (see the readers' docstrings)."""
    text = request.complaint.text
    analysis = request.analysis
    story = fold(text)
    asked = remedies(text)
    wanted = dict(wanted)
    for kind in ("replacement", "redo"):
        said = wanted.get(kind)
        if said and kind not in asked and done_on_spot(said):
            wanted.pop(kind)  # "给我们换了一盆": the staff already did it; not arranged again
    if refund_issued_missing(text):
        said = next((wanted[k] for k in ("refund", "refund_status", "explanation") if wanted.get(k)), None)
        drop = {"refund", "refund_status", "explanation", "correct", "prevent", "trace_money"}
        wanted = {"trace_money": said, **{k: v for k, v in wanted.items() if k not in drop}}
    bare = not set(wanted) - _GENERIC
    food = analysis.domain == "restaurant" or food_or_drink(text)  # "delivery" carries parcels too
    where = misdelivered(text)
    if "resend" in wanted and not food and (where is not None or sent_to_old_address(text)):
        # s13: "請將文件重新寄去觀塘地址" after it went to the old one: posted again to the right address,
        # never "corrected", "exchanged", a list of documents or a new application (trainers, c30)
        drop = {"resend", "replacement", "documents", "certificate", "amend", "delivery", "trace"}
        wanted = {"resend_address": wanted["resend"], **{k: v for k, v in wanted.items() if k not in drop}}
    elif where is not None and bare:
        kind = "resend_meal" if where == "meal" else "delivery"
        wanted = {kind: None, **{k: v for k, v in wanted.items() if k not in _GENERIC}}
    elif food and spilt(text) and (bare or (set(wanted) == {"missing_item"} and wanted["missing_item"] is None)):
        # half the drink spilt in the bag: what was spilt, not "what was missing"
        wanted = {"spilt_item": None, **{k: v for k, v in wanted.items() if k not in (*_GENERIC, "missing_item")}}
    elif food and spilt(text) and "redo_or_refund" in wanted:
        # s13timing: "要么重做要么退钱" of a coffee spilt on the way: what was spilt sent again or refunded
        # within minutes, not "free reprocessing" sent for a day-long approval (trainers, c30)
        drop = {
            "redo_or_refund",
            "redo",
            "refund",
            "choice",
            "replacement",
            "missing_item",
            "either",
            "either_pick",
            *_GENERIC,
        }
        wanted = {"spilt_item": None, **{k: v for k, v in wanted.items() if k not in drop}}
    elif food and spilt(text) and ("choice" in wanted or ("replacement" in wanted and wanted["replacement"] is None)):
        # s13: "remake or refund pls" of a coffee spilt in the bag: made again or refunded, never "an
        # exchange arranged" (a parcel's remedy)
        either = _EITHER.search(fold(wanted.get("refund") or "")) is not None
        drop = {"choice", "replacement", *(("refund",) if either else ())}
        kept = {k: v for k, v in wanted.items() if k not in drop}
        wanted = {"remake_or_refund": None, **kept} if either or not kept else kept
    elif food and made_wrong(text) and not analysis.escalate and (bare or _again_or_money_back(wanted)):
        offered = _GENERIC if bare else _GENERIC | {"refund"}  # the refund is one of the two offered
        wanted = {"remake_or_refund": None, **{k: v for k, v in wanted.items() if k not in offered}}
    if missed_discount(text) is not None and not {"refund", "waive_fee", "compensation"} & set(wanted):
        drop = {"correct", "explanation", "repair", "unlock", "prevent"}
        wanted = {"discount_back": None, **{k: v for k, v in wanted.items() if k not in drop}}
    if asks_receipt(text) and ({"documents", "certificate"} & set(wanted) or _has(story, "claim")):
        claim = _has(story, "claim")
        said = wanted.get("documents")
        drop = {"documents", "certificate", "claim_status", *(("explanation",) if claim else ())}
        kind = "received_claim" if claim else "received"
        wanted = {kind: said, **{k: v for k, v in wanted.items() if k not in drop}}
    # s14 (c32b-047, c35a-022): a stay that is over moves no one to another room
    moved = move_room(text) if analysis.domain == "hotel_travel" and not analysis.situation.gone else None
    if moved is None and analysis.domain == "hotel_travel" and move_room_told(text) and pest_seen(text):
        wanted = {"room_treated": None, **wanted}  # no move now; the room with the pests is still treated
    if moved is not None:
        wanted.pop("replacement", None)  # "move us to another room": the front desk, not an exchange
        wanted.pop("reschedule", None)
        wanted = {"move_room": moved, **wanted}
    return wanted


def _fitted_answer(words: Wording, request: TemplateRequest, kind: str, time: str) -> str | None:
    """The answers of round 10bc's kinds; None for every other kind."""
    if kind not in _FITTED:
        return None
    bank = words["satisfy"]["answer"]
    if kind == "remake_or_refund":
        if time == str(words["satisfy"]["time"]["default"]):
            time = str(words["satisfy"]["time"]["now"])  # a meal or a drink made wrong: put right within minutes
        money = _refund_amount(request, None)
        if money is not None and _within(request, money)[0]:  # a ¥32 drink: refunded now, or made again
            return str(bank["redo_or_refund_granted"].format(amount=money.text, time=time))
        return str(bank["remake_or_refund"].format(time=time))
    if kind == "resend_meal":
        return str(bank["resend_meal"].format(time=words["satisfy"]["time"]["now"]))  # hungry now: minutes
    if (
        kind == "resend_address"
        and find_money(request.complaint.text)
        and _PAID_FEE.search(fold(request.complaint.text))
    ):
        return str(bank["resend_address_paid"].format(time=time))  # a fee paid for it: not asked to pay again
    if kind == "move_room":
        if request.analysis.safety is not None:
            time = str(words["satisfy"]["time"]["now"])  # s14safety2: someone harmed by the room now: moved now
        # s13 (c29 notes): "最好换个楼层" said with the move; a cockroach seen: the room treated, not repaired
        line = str(bank["move_room_floor" if other_floor(request.complaint.text) else "move_room"].format(time=time))
        return line + words.sep + str(bank["pest_treat"]) if pest_seen(request.complaint.text) else line
    if kind == "room_treated":
        return str(bank["pest_treat"])
    if kind == "discount_back":
        return _discount_back(words, request, time)
    if kind in ("received", "received_claim"):
        doc = _document(request.complaint.text, words.zh) or str(bank["sent_documents"])
        return str(bank[kind].format(doc=doc, time=time))
    return str(bank[kind].format(time=time))


def _discount_back(words: Wording, request: TemplateRequest, time: str) -> str:
    """The difference a promised discount should have taken off: granted when its price and share
    are said and it is within the role's limit, else checked and refunded."""
    bank = words["satisfy"]["answer"]
    share = missed_discount(request.complaint.text) or 0.0
    prices = {(m.value, m.currency): m for m in request.analysis.facts.amounts}
    if share > 0 and len(prices) == 1:
        price = next(iter(prices.values()))
        currency = price.currency or (request.policy or load_policy()).currency
        value = round(price.value * share, 2)
        diff = Money(text=_money(value, currency, words.zh), value=value, currency=currency)
        ok, _ = _within(request, diff)
        if ok:
            return str(bank["discount_granted"].format(amount=diff.text))
    return str(bank["discount_checked"].format(time=time))


_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _twice_taken(request: TemplateRequest) -> Money | None:
    """ "Charged twice, £23.80 each time … refund the extra one": the sum asked back is the one charge
    the story names (or the half of its total), not an unvalued refund put to a supervisor."""
    if _CHARGED_TWICE.search(fold(request.complaint.text)) is None:
        return None
    amounts = [m for m in request.analysis.facts.amounts if m.value > 0]
    values = sorted({m.value for m in amounts})
    if len(values) == 1 or (len(values) == 2 and abs(values[1] - 2 * values[0]) < 0.005):
        one = next(m for m in amounts if m.value == values[0])
        face = find_money(one.text, request.complaint.language)
        if face and face[0].value < one.value:  # "每次NT$580" read as both: the one taken too many
            return Money(text=one.text, value=face[0].value, currency=one.currency)
        return one
    return None


# Every charge of the same sum asked back ("refund both", "两笔都退", "兩次都要退返"): the refund
# is all of them, never one of two (trainers: "Refunds only one of the two charges").
_BOTH_ASKED = re.compile(
    r"\bboth\b|\ball (?:two|three|of them|of it|charges)\b|\beach (?:one|charge|of them)\b"
    r"|(?:两|兩|二|2|三|3)(?:笔|筆|次|期|个月|個月)(?:都|全部|一起|一并|一併)|(?:两|兩)(?:笔|筆|期)"
    r"|都(?:要)?退|全部退|一起退|一并退|一併退"
)
# "took $39.99 on May 1 AND June 1", "扣了两次39.99": how often the one sum was taken.
_TIMES_TAKEN = re.compile(r"\b(?:twice|two times|both)\b|\band\b|两次|兩次|2次|两笔|兩筆|两期|兩期|和|及|、")


# A sum said as the total just before it ("一共¥60", "共计", "$60 in total" is after, "a total of $60").
_TOTAL_BEFORE = re.compile(
    r"(?:一共|总共|總共|共计|共計|合计|合計|加起来|加埋|\btotal(?: of)?|\baltogether|\bin all)\s*[:：]?\s*$"
)


def _both_charges(words: Wording, request: TemplateRequest, ask_text: str | None, money: Money | None) -> Money | None:
    """The sum of two charges of one amount when both are asked back; else ``money`` as it was."""
    count = count_asked(ask_text or "")
    if money is None or not ask_text or not (_BOTH_ASKED.search(fold(ask_text)) or count == 2):
        return money
    own = own_words(request.complaint.text, request.complaint.language)
    amounts = {(m.value, m.currency) for m in request.analysis.facts.amounts if m.value > 0}
    doubled = [m for m in request.analysis.facts.amounts if abs(m.value - 2 * money.value) < 0.005]
    if len(amounts) == 2 and doubled:
        return doubled[0]  # s14pg2 (c36b-012): "$17.99 … again … That's $35.98", both asked: their total
    if len(amounts) != 1:
        return money  # several sums: which two are meant is not ours to guess
    for sentence in re.split(r"[。！？!?\n]|\.(?=\s|$)", own):
        if money.text in sentence and _TOTAL_BEFORE.search(fold(sentence[: sentence.find(money.text)])):
            return money  # "扣了两次¥30，一共¥60，两笔都退": ¥60 is both already, never doubled again
        if money.text in sentence and _TIMES_TAKEN.search(fold(sentence[sentence.find(money.text) :])):
            face = find_money(money.text)
            # the value may already be both charges ("两次¥30": 60 read for ¥30); doubled only once
            done = bool(face) and abs(face[0].value * 2 - money.value) < 0.005
            total = money.value if done else round(money.value * 2, 2)
            cur = money.currency or ("CNY" if words.zh else "USD")
            said = str(words["satisfy"]["answer"]["both_charges"]).format(
                total=_money(total, cur, words.zh) if money.currency else f"{total:g}", each=money.text
            )
            return Money(text=said, value=total, currency=money.currency)
    return money


def _one_charge(request: TemplateRequest, money: Money | None) -> Money | None:
    """Refund the extra charge, not both: a sum read as "each time" times two is one charge."""
    if money is None or _CHARGED_TWICE.search(fold(request.complaint.text)) is None:
        return money
    figure = _FIGURE.search(money.text)
    if figure is None:
        return money
    each = float(figure.group().replace(",", ""))
    if abs(money.value - 2 * each) < 0.005:
        return Money(text=money.text, value=each, currency=money.currency)
    return money


# Part of a charge asked back ("多扣的部分退给我", "refund the excess", "the difference").
_PART = re.compile(
    r"(?:多扣|多收|多算|多付|多出)(?:的|了的)?(?:部分|钱|那部分|费用)|差价|差额"
    r"|\bthe (?:excess|difference|overcharged? (?:part|amount)|part (?:i was |you )?overcharged)\b"
)
# One thing of an order asked back by name, with no price ("退返支檸茶錢", "refund the missing drink").
_ZH_ITEM = re.compile(
    r"退(?:返|回|还|给我|我)?(?:那|这|呢|个|支|杯|份|碗|件|罐|瓶|樽)?(?![返回还给])([\u4e00-\u9fff]{1,6}?)(?:的)?(?:钱|费用)"
)
_EN_ITEM = re.compile(
    r"\brefund (?:me )?(?:for )?the missing ([a-z]+(?: [a-z]+)?)\b"
    r"|\b(?:money|refund) (?:back )?for the missing ([a-z]+(?: [a-z]+)?)\b"
)
# The thing asked back never came ("仲少咗支凍檸茶", "the drink was missing"): its charge is put right.
_MISSING = re.compile(r"少了|少咗|少左|漏了|漏咗|没有给|没给|冇俾|\bmissing\b|\bleft out\b|\bnever (?:came|arrived)\b")
# Words naming the whole order or a charge, not one thing in it.
_WHOLE = re.compile(
    r"全|整|所有|成单|单|总|这顿|顿|餐费|订单|套餐|运费|剩|一半|多|差|手续|票|房|学|课|押|订金"
    r"|\b(?:order|meal|booking|ticket|fare|everything|full|whole|total|money|amount|charge|fee|difference|rest|lot)\b"
)


def _part_line(
    words: Wording, request: TemplateRequest, ask_text: str | None, money: Money | None, time: str
) -> str | None:
    """A refund of part of a charge, or of one thing in an order, whose figure the customer did not
    say: checked and refunded by the front line, never the whole sum named and sent for approval."""
    if not ask_text or find_money(ask_text, request.complaint.language):
        return None  # the figure asked is in the ask itself: the ordinary refund answers it
    asked = fold(ask_text)
    bank = words["satisfy"]["answer"]
    if _PART.search(asked) and _CHARGED_TWICE.search(fold(request.complaint.text)) is None:
        named = {(m.value, m.currency): m for m in request.analysis.facts.amounts}
        if money is None and len(named) == 1:
            money = next(iter(named.values()))  # "a £40 fee … refund the excess": the fee checked
        if money is None:
            return str(bank["refund_part_unvalued"].format(time=time))
        ok, value = _within(request, money)
        if not ok and excess_named(request.complaint.text, money.text):
            # "多收了 NT$1,200": beyond the role's limit, the money back is approved, never promised
            approver = words.approver(approver_role(request.policy or load_policy(), value))
            return str(bank["refund_part_approval"].format(amount=money.text, approver=approver, time=time))
        return str(bank["refund_part"].format(amount=money.text, time=time))
    m = (_ZH_ITEM if words.zh else _EN_ITEM).search(asked)
    if m is None:
        return None
    group = next(i for i, g in enumerate(m.groups(), 1) if g)
    if _WHOLE.search(m.group(group)) or _MISSING.search(fold(request.complaint.text)) is None:
        return None
    item = ask_text[m.start(group) : m.end(group)]  # the customer's own characters (fold keeps positions)
    return str(bank["refund_item"].format(item=item, time=time))


def _call_now_time(words: Wording, request: TemplateRequest) -> str | None:
    """A call asked for now ("need someone to call me NOW"): the call within minutes."""
    if not call_now(request.complaint.text):
        return None
    times = words["satisfy"]["escalated"]["time"]
    return str(times.get("live", times["urgent"]))


def _remade(words: Wording, request: TemplateRequest, immediate: str | None) -> str | None:
    """At the table with the wrong coffee, not a late one: made again, not "served now"."""
    answers = words["satisfy"]["answer"]
    if immediate == str(answers["serve_now"]) and made_wrong(request.complaint.text):
        return str(answers["remake_now"])
    if immediate == str(answers["serve_now"]) and money_only_asked(request.complaint.text):
        return None  # s13: "charged twice for one latte … refund the extra one": had it; no order to bring out
    return immediate
