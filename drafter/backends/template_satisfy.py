"""Satisfy for the template backend: the step that answers what the customer asked for, as
their situation needs, within the role's authority.

What is asked comes from intake's gist: the problem (a double charge, a meter reading that does
not match, an outage, a parcel marked delivered ...) and the requests read from the sentences
that ask (prompts/gist.yaml `asks`: re-read the meter, hold the direct debit, collect the wrong
item, an extension ...). Each problem has the step that fits it, and an explicit request changes
it (a refund asked for a late order is a refund, not a lesson learnt). Wording is the phrase
bank's `plan` (drafter/backends/template_listen.py renders it).

How soon: someone waiting on the spot gets a person sent to them; a live outage an estimated
time within the hour; money that is stuck is traced today; otherwise within a day. One time is
promised: a second step says what else we do, not another deadline; an escalated case gets the
manager's call and the concrete step that does not wait for it. A refund within the limit is
granted (checked first when the customer says they were charged wrongly); beyond it the reply
names who approves; a ticket or a fine is reviewed, not cancelled on request."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.backends.base import TemplateRequest
from drafter.backends.template_listen import render
from drafter.guard.normalize import fold
from drafter.intake.facts import amounts as find_money
from drafter.intake.restate import without_instructions
from drafter.intake.situation import for_reply
from drafter.models import Analysis, Money
from drafter.policy import load_policy
from drafter.wording import Wording, approver_role

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
# Where someone can walk over to a customer waiting on the spot.
_ON_SITE = frozenset({"restaurant", "retail_store", "hotel_travel", "healthcare_clinic", "public_service", "education"})
# Where goods are sent out and can be swapped.
_GOODS = frozenset({"retail_store", "ecommerce", "restaurant", "other"})
# Where an emergency crew for a live gas or electrical hazard is ours to send.
_CREW = frozenset({"utility", "telecom"})
# Problems where the money is owed and stuck: traced today, not in a day.
_TODAY = frozenset({"trace_money", "release_deposit", "unblock", "unlock", "card_retained", "refund_trace"})
_PARTIAL = re.compile(
    r"partial|part of|difference|excess|extra|prorat|部分|差价|多扣|多收|多算|剩余|剩下|余下|重复|重複|duplicate"
)
_REIMBURSE = re.compile(
    r"reimburs|pay (?:me )?back|cover the cost|报销|報銷|垫付|墊付|车费|車費|打车|打車|fare|医疗费|醫療費"
)
_REFUND_WORDS = re.compile(
    r"refund|deposit|overcharg|double|twice|duplicate|charged|fee|退款|退费|退还|退回|退钱|退錢|退我|不想付|多收|多扣|多算|多付|订金|定金|押金|两次|兩次|重复|重複|扣了|收了"
)
_CHECK_FIRST = frozenset(
    {
        "double_charge",
        "overcharge",
        "price_mismatch",
        "coupon",
        "fee_charged",
        "bill_wrong",
        "unknown_charge",
        "unwanted_renewal",
    }
)


@dataclass(slots=True)
class Step:
    key: str
    slots: dict[str, str | None] = field(default_factory=dict)


def _money(amount: float, currency: str, zh: bool) -> str:
    """An amount as a reply writes it: ¥30 / 30元, NT$1,711, £38.60."""
    value = f"{amount:,.2f}"
    value = value[:-3] if value.endswith(".00") else value
    if currency == "CNY":
        return f"{value}元" if zh else f"¥{value}"
    symbol = _SYMBOLS.get(currency)
    return f"{symbol}{value}" if symbol else f"{value} {currency}"


def _within(request: TemplateRequest, money: Money | None) -> tuple[bool, float | None]:
    policy = request.policy or load_policy()
    value = None if money is None or money.currency is None else policy.to_policy_currency(money.value, money.currency)
    return (value is not None and (request.limit is None or value <= request.limit)), value


def _approver(words: Wording, request: TemplateRequest, value: float | None) -> str:
    return words.approver(approver_role(request.policy or load_policy(), value))


def _refund_amount(request: TemplateRequest) -> Money | None:
    """What the refund is worth: an amount in a sentence that asks for the money back; else in a
    sentence about the refund or the charge; else, for a full refund, the only amount named; else
    the order amount from the context. None when it cannot be told (then it is approved above)."""
    language = request.complaint.language
    text = without_instructions(request.complaint.text, language)  # "答应退我三千元" is not a request
    sentences = [s for s in re.split(r"[。！？!?\n；;]|\.(?=\s|$)", text) if s.strip()]
    for sentence in sentences:
        if re.search(r"退|refund|back|reverse|remove", sentence, re.I) and re.search(
            r"请|請|麻烦|麻煩|希望|要求|please|can|could|want|like", sentence, re.I
        ):
            named = {(m.value, m.currency): m for m in find_money(sentence, language)}
            if len(named) == 1:
                return next(iter(named.values()))
    for sentence in sentences:
        if _REFUND_WORDS.search(fold(sentence)):
            named = {(m.value, m.currency): m for m in find_money(sentence, language)}
            if len(named) == 1:
                return next(iter(named.values()))
    mentioned = {(m.value, m.currency): m for m in request.analysis.facts.amounts if re.search(r"\d", m.text)}
    if len(mentioned) == 1 and not _PARTIAL.search(fold(text)):
        return next(iter(mentioned.values()))
    ctx = request.complaint.context
    if ctx.order_amount is not None:
        currency = ctx.currency or request.currency
        zh = language != "en"
        return Money(text=_money(ctx.order_amount, currency, zh), value=ctx.order_amount, currency=currency)
    return None


def _said(money: Money, request: TemplateRequest) -> str:
    """An amount as the guardrail can value it: "46蚊" is written HK$46."""
    if money.currency and not re.search(r"[$¥￥€£元]|[A-Z]{3}", money.text):
        return _money(money.value, money.currency, request.complaint.language != "en")
    return money.text


def _refund(words: Wording, request: TemplateRequest, checked: bool) -> Step:
    money = _refund_amount(request)
    ok, value = _within(request, money)
    if money is not None and ok:
        return Step("refund_checked" if checked else "refund_granted", {"amount": _said(money, request)})
    approver = _approver(words, request, value)
    if money is None:
        return Step("refund_unvalued", {"approver": approver})
    return Step("refund_approval", {"amount": _said(money, request), "approver": approver})


def _choice(words: Wording, request: TemplateRequest) -> Step:
    money = _refund_amount(request)
    ok, value = _within(request, money)
    if money is not None and not ok:
        return Step("choice_approval", {"amount": money.text, "approver": _approver(words, request, value)})
    return Step("choice")


def _compensation(words: Wording, request: TemplateRequest) -> Step:
    text = fold(request.complaint.text)
    if _REIMBURSE.search(text):
        named = {(m.value, m.currency): m for m in request.analysis.facts.amounts if re.search(r"\d", m.text)}
        if len(named) == 1:
            money = next(iter(named.values()))
            _, value = _within(request, money)
            return Step("reimburse", {"amount": money.text, "approver": _approver(words, request, value)})
    return Step("compensation", {"approver": _approver(words, request, None)})


# Steps that get on with something while the manager calls (not offers or questions for them).
_DOING = frozenset(
    {
        *(
            "trace_money",
            "refund_trace",
            "release_deposit",
            "dispute",
            "claim_status",
            "claim_review",
            "application_status",
        ),
        *(
            "expedite",
            "documents",
            "meter_reading",
            "correct_plan",
            "bill_check",
            "charge_review",
            "fee_review",
            "trace_bag",
        ),
        *(
            "trace_bag_hotel",
            "trace_parcel",
            "redeliver",
            "outage_status",
            "restore",
            "unblock",
            "unlock",
            "card_retained",
        ),
        *(
            "unlock_car",
            "stop_noise",
            "repair_visit",
            "inspect_leak",
            "collection",
            "investigate_loss",
            "assign_contact",
        ),
        *(
            "reinstate",
            "rebook",
            "ensure_assistance",
            "replace",
            "remake_now",
            "serve_now",
            "care",
            "care_cancelled",
            "points",
        ),
        *("resubmit_claim", "reissue_bill", "seat_restore", "restore_access", "explain_premium", "refund_granted"),
        *(
            "refund_checked",
            "refund_approval",
            "refund_unvalued",
            "compensation",
            "reimburse",
            "alternative_room",
            "cancel_review",
        ),
    }
)
_REVIEWED = re.compile(r"ticket|fine\b|penalty|pcn|citation|罚单|罰單|罚款|罰款|违章|違章|告票")


def _plan(words: Wording, request: TemplateRequest) -> list[Step]:
    """The steps that answer this complaint, most binding first (at most two are said)."""
    analysis = request.analysis
    gist = analysis.facts.gist
    asks = set(gist.asks)
    p = gist.problem
    s = analysis.situation
    domain = words.domain
    text = fold(request.complaint.text)
    deadline = None if for_reply(request.complaint.text, s.deadline) else s.deadline
    amount = gist.amount
    steps: list[Step] = []

    owed = _refund_amount(request)
    approver = _approver(words, request, _within(request, owed)[1])

    analysis = request.analysis

    def add(key: str, **slots: str | None) -> None:
        if not any(st.key == key for st in steps):
            base = {"deadline": deadline, "amount": amount, "approver": approver, "item": gist.item}
            steps.append(Step(key, {**base, **slots}))

    wants_refund = "refund" in asks and "refund_when" not in asks
    wants_swap = "replacement" in asks

    # ---- the problem's own step, changed by what they ask for
    if p in ("double_charge", "overcharge", "price_mismatch", "coupon"):
        steps.append(_refund(words, request, checked=True))
    elif p == "fraud":
        add("dispute")
        if "hold_payment" in asks or re.search(r"还款|還款|repay|direct debit", text):
            add("hold_payment")
    elif p in ("deposit_held",):
        add("release_deposit")
    elif p in ("transfer_stuck", "topup_missing", "payout_missing"):
        add("trace_money")
    elif p == "refund_late" or "refund_when" in asks:
        add("refund_trace")
    elif p in ("claim_denied", "claim_deduction"):
        add("claim_review")
    elif p == "claim_delay":
        add("claim_status")
    elif p in ("unwanted_renewal", "unknown_charge"):
        steps.append(_refund(words, request, checked=True))
        add("cancel_service")
        if "explanation" in asks:
            steps.insert(1, Step("explain_activation"))
    elif p == "points_missing":
        add("points")
    elif p in ("meter_mismatch", "estimated_bill") or "meter_reading" in asks:
        add("meter_reading")
        if "hold_payment" in asks:
            add("hold_payment")
    elif p == "plan_not_changed":
        add("correct_plan")
    elif p == "premium_rise":
        add("explain_premium")
    elif p == "bill_wrong":
        if re.search(r"claim|理赔|理賠|coded|保险|保險", text):
            add("resubmit_claim")
        elif re.search(r"缴费单|繳費單|重新开立|重新開立|reissue|re-issue", text):
            add("reissue_bill")
        else:
            add("bill_check")
    elif p == "bill_high":
        add("bill_check")
    elif p == "damage_charge":
        add("charge_review")
    elif p == "fee_charged":
        add("fee_review", noun=_fee(words, gist.noun))
    elif p == "seat_changed":
        money = _refund_amount(request)
        add("seat_restore", amount=money.text if money else amount)
    elif p == "baggage":
        add("trace_bag_hotel" if "deliver_hotel" in asks else "trace_bag")
        if "compensation" in asks or re.search(r"赔偿怎么算|賠償怎麼算|compensation", text):
            add("bag_compensation")
    elif p in ("flight_cancelled", "flight_delayed") and s.now:
        add("care_cancelled" if p == "flight_cancelled" else "care")
    elif p == "assistance_missed":
        add("ensure_assistance")
    elif p == "booking_cancelled" and not wants_refund:
        if "alternative" in asks or "compensation" in asks or domain == "hotel_travel":
            add("alternative_room")
        else:
            add("explain")
    elif p == "vehicle_unlock":
        add("unlock_car")
    elif p == "account_frozen":
        add("unlock")
    elif p == "account_locked":
        add("unlock_account")
    elif p == "card_declined":
        add("unblock")
    elif p == "card_retained":
        add("card_retained")
    elif p in ("outage",):
        missed = re.search(r"师傅|師傅|technician|engineer|报修|報修", text) and re.search(
            r"没来|沒來|didn't|never|no one|nobody|又没", text
        )
        heating = gist.service in ("heating", "暖气") or domain == "property"
        add("repair_visit" if missed or heating else "outage_status")
    elif p in ("slow_service",):
        add("repair_visit")
    elif p == "app_down":
        if "make_up" in asks or re.search(r"补课|補課|退这节课|退這節課", text):
            add("make_up")
        elif "extension" in asks:
            add("extension")
        add("restore")
    elif p == "noise" and (s.now or request.complaint.channel == "im"):
        add("stop_noise")
        if "room_move" in asks:
            add("room_move")
    elif p == "leak":
        add(
            "inspect_leak"
            if domain == "property" or re.search(r"楼上|樓上|upstairs|flat above|above us", text)
            else "repair_visit"
        )
        if "written" in asks:
            add("written_review", approver=_approver(words, request, None))
    elif p == "broken_facility":
        add("repair_visit")
    elif p == "collection_missed":
        add("collection")
    elif p == "lost_property":
        add("investigate_loss")
        add("police")
    elif p == "report_delay":
        add("expedite")
        if "certificate" in asks:
            add("certificate")
    elif p == "application_delay":
        add("expedite" if deadline else "application_status")
        if "certificate" in asks:
            add("certificate")
    elif p == "foreign_found" and not (s.now and domain == "restaurant"):
        add("collect_test")
    elif p == "record_wrong":
        add("correct_record")
    elif p == "payment_stopped":
        add("payment_check")
    elif p == "mould":
        add("repair_visit")
        if "room_move" in asks:
            add("room_move")
    elif p == "atm_no_cash":
        add("trace_money")
    elif p == "access_denied":
        add("access_now")
    elif p == "lost_in_care":
        add("trace_item")
    elif p == "late_work":
        add("expedite")
    elif p == "purchase_limit":
        add("explain")
    elif p == "foreign_found" and s.now and domain == "restaurant":
        add("remake_now")
    elif p == "runaround":
        add("documents")
    elif p == "unreachable":
        add("assign_contact")
    elif p == "staff_left":
        add("new_coach_or_refund", coach=str(words["plan"]["coach"].get(domain, words["plan"]["coach"]["any"])))
    elif p in ("marked_delivered", "pickup_missing", "stuck_in_transit", "not_arrived"):
        conditional = re.search(r"\bif\b|\bunless\b|如果|若|要是", text) and ("cancel" in asks or wants_refund)
        if wants_refund and not conditional and p != "stuck_in_transit":
            steps.append(_refund(words, request, checked=False))
        add("trace_parcel")
        if conditional and deadline:
            money = _refund_amount(request)
            _, value = _within(request, money)
            add("cancel_if_late", amount=money.text if money else None, approver=_approver(words, request, value))
            asks.discard("cancel")
            asks.discard("refund")
            wants_refund = False
    elif p == "missed_delivery":
        add("redeliver", wanted=gist.wanted)
    elif p in ("wrong_dish",) and s.now:
        add("remake_now", ordered=gist.ordered)
    elif p in ("wrong_item", "wrong_dish") and not wants_refund:
        add("replace", ordered=gist.ordered)
        if "pickup" in asks:
            add("pickup")
    elif p == "missing_item" and not wants_refund:
        add("missing_item")
    elif p == "damaged" and domain == "delivery":
        add("damage_claim")
    elif p in ("defective", "damaged", "not_as_described", "return_refused", "expired"):
        if wants_refund and wants_swap:
            steps.append(_choice(words, request))
        elif wants_swap:
            add("replace")
        elif wants_refund:
            steps.append(_refund(words, request, checked=False))
        elif p in ("defective", "damaged"):
            steps.append(_choice(words, request))
    elif p == "booking_lost" and not wants_refund:
        add("explain")
    elif p == "appointment_cancelled":
        add("rebook")
    elif p == "missed_visit":
        add("repair_visit" if re.search(r"heating|暖气|暖氣|repair|维修|維修|修", text) else "rebook")
    elif p == "appointment_wait" and s.now:
        add("waiting_now")
    elif p in ("food_quality", "small_portion") and s.now:
        add("remake_now")
    elif p == "food_wait" and s.now:
        add("serve_now")
    elif p == "service_denied":
        add("remote" if re.search(r"本人|in person", text) else "restore_access")
    elif p in ("rude_staff", "abuse", "privacy", "late_visit"):
        add("supervisor")
    elif p == "fine_dispute":
        add("cancel_review")
    elif p == "late_service":
        add("prevent")
    elif p == "dirty_room" and s.now:
        add("housekeeping_now")

    # ---- what they asked for that the problem's step does not already cover
    covered = {st.key for st in steps}
    money_step = any(
        k.startswith(("refund", "choice", "trace", "release", "seat_restore", "meter", "correct", "cancel_if"))
        or k
        in (
            "charge_review",
            "fee_review",
            "bill_check",
            "reissue_bill",
            "resubmit_claim",
            "dispute",
            "claim_status",
            "claim_review",
        )
        for k in covered
    )
    if (
        wants_refund
        and not money_step
        and not covered & {"replace", "missing_item", "make_up", "new_coach_or_refund", "unlock_car"}
    ):
        steps.append(_refund(words, request, checked=p in _CHECK_FIRST))
    if (
        wants_swap
        and not covered & {"replace", "choice", "choice_approval", "remake_now", "missing_item"}
        and domain in _GOODS
        and p
        in (None, "wrong_item", "wrong_dish", "damaged", "defective", "not_as_described", "expired", "missing_item")
    ):
        add("replace", ordered=gist.ordered)
    if "compensation" in asks and not covered & {"alternative_room", "bag_compensation", "seat_restore"}:
        steps.append(_compensation(words, request))
    if s.rude and p not in ("rude_staff", "abuse", "privacy"):
        add("supervisor")
    if "cancel" in asks and not covered & {"cancel_service", "cancel_review", "unlock_car"} and not money_step:
        add("cancel_review" if _REVIEWED.search(text) else "cancel")
    if "notice" in asks:
        add("notice")
    if "written" in asks:
        add("written_review")
    if "documents" in asks and not covered & {"documents", "claim_status"}:
        add("documents")
    if "rebook" in asks and not covered & {"rebook", "redeliver", "repair_visit"}:
        add("redeliver" if domain in ("delivery", "ecommerce") else "rebook")
    if "reinstate" in asks or (
        p == "booking_lost" and re.search(r"恢复|恢復|booking|预订", text) and domain == "public_service"
    ):
        add("reinstate")
    if "cctv" in asks and "investigate_loss" not in covered:
        add("investigate_loss")
    if "repair" in asks and not steps and p not in ("outage",):
        add("repair_visit")
    if ("manager" in asks or "callback" in asks) and not analysis.escalate:
        add("manager_call", manager=words.manager(analysis.facts.gist.title))
    if "explanation" in asks and not steps:
        add("explain")
    if "status" in asks and not steps:
        add("explain")
    if not steps:
        steps.append(_by_category(words, request))
    return steps


def _fee(words: Wording, noun: str | None) -> str | None:
    """ "roaming" -> "roaming charge": a fee is named as one."""
    if noun and not words.zh and not re.search(r"(?i)fee|charge", noun):
        return f"{noun} charge"
    return noun


def _by_category(words: Wording, request: TemplateRequest) -> Step:
    analysis = request.analysis
    category = analysis.category
    if analysis.situation.rude or category == "service_attitude":
        return Step("supervisor")
    if category == "billing":
        return Step("bill_check")
    if category in ("delivery",):
        return Step("trace_parcel" if not analysis.facts.gist.problem else "prevent")
    if category == "appointment":
        return Step("rebook")
    if category in ("waiting",):
        return Step("prevent")
    return Step("other")


def _time(words: Wording, analysis: Analysis, step: Step) -> str:
    times = words["plan"]["time"]
    s = analysis.situation
    if step.key == "outage_status" or (s.now and step.key in ("restore", "trace_money")):
        return str(times["hour"])
    if step.key == "unlock_car" or (s.now and step.key in ("waiting_now", "card_retained", "unblock", "unlock")):
        return str(times["now"])
    if s.now or s.today or step.key in _TODAY:
        return str(times["today"])
    return str(times["default"])


def say(words: Wording, step: Step, time: str | None) -> str:
    """One step as a sentence: what we do, and when they hear back (left out when time is None
    and the report holds a time)."""
    action = words["plan"]["actions"].get(step.key) or words["plan"]["actions"]["other"]
    slots = {**step.slots, "time": time}
    templates = action["do"] if isinstance(action["do"], list) else [action["do"]]
    do = next((said for t in templates if (said := render(str(t), slots))), None)
    do = do or render(str(words["plan"]["actions"]["other"]["do"]), slots) or ""
    report = action.get("report")
    if report and (time is not None or "{time}" not in str(report)):
        said = render(str(report), slots)
        if said:
            join = action.get("join", "，" if words.zh else ", and ")
            do = f"{do}{join}{said}"
    do = do.rstrip("。.")
    if words.zh:
        return do if do.endswith(("？", "。")) else do + "。"
    return do if do.endswith("?") else do + "."


def _hazard_step(words: Wording, request: TemplateRequest) -> Step | None:
    """What we do about the hazard itself, before anyone calls."""
    analysis = request.analysis
    safety = analysis.safety
    if safety is None:
        return None
    p = analysis.facts.gist.problem
    domain = words.domain
    if p == "vehicle_smoke":
        return Step("roadside")
    if p == "trapped":
        return Step("lift_rescue")
    if p == "vehicle_brakes":
        return Step("recover_car")
    if p == "pests":
        return Step("pest_room")
    if p == "carbon_monoxide":
        return Step("co_room") if domain == "hotel_travel" else Step("crew")
    if safety.hazards[0] in ("gas", "electric", "fire") and domain in _CREW:
        return Step("crew")
    if (
        p == "electric_shock"
        and safety.fixed
        and not re.search(r"kettle|appliance|charger|电器|電器|水壶|水壺", fold(request.complaint.text))
    ):
        return Step("cordon")
    if p == "structure":
        return Step("emergency_repair")
    if p in ("fall", "cut", "hurt", "fracture", "head") and domain not in ("healthcare_clinic",) and _ours(request):
        return Step("make_safe")
    return None


_OURS = re.compile(
    r"shel|step|stair|floor|door|machine|treadmill|equipment|货架|貨架|地下|地板|楼梯|樓梯|台阶|門|门|跑步机|跑步機|器材|设备|設備|滑梯|箱"
)


def _ours(request: TemplateRequest) -> bool:
    """The hazard is something of ours on site (a shelf, a step, a machine), not the person."""
    return _OURS.search(fold(request.complaint.text)) is not None


def satisfy(words: Wording, request: TemplateRequest, skip: set[str]) -> str:
    analysis = request.analysis
    bank = words["plan"]
    s = analysis.situation
    steps = _plan(words, request)
    parts: list[str] = []
    place_ok = s.now and s.place and words.domain in _ON_SITE and analysis.safety is None
    on_site = (
        say(words, Step("on_site", {"manager": words.manager(analysis.facts.gist.title), "place": s.place}), None)
        if place_ok
        else None
    )
    if analysis.escalate:
        hazard = _hazard_step(words, request)
        if hazard is not None:
            parts.append(say(words, hazard, None))
        if on_site is not None:
            parts.append(on_site)
        else:
            call = Step("escalate", {"manager": words.manager(analysis.facts.gist.title)})
            parts.append(say(words, call, words.escalation_time(analysis)))
        first = next((st for st in steps if st.key in _DOING), None)
        if first is not None and analysis.safety is None:
            parts.append(str(bank["meanwhile"]).format(step=_lower(words, say(words, first, None))))
        live = analysis.safety is not None and analysis.safety.hazards[0] in ("fire", "electric", "defect")
        if (
            live
            and hazard is None
            and words.domain not in _CREW
            and not (analysis.safety and analysis.safety.fixed and not s.made_safe)
        ):
            parts.append(say(words, Step("inspect"), None))
            if "recall" in analysis.facts.gist.asks or re.search(
                r"召回|recall|other buyers|通知其他", fold(request.complaint.text)
            ):
                parts.append(say(words, Step("recall"), None))
        esc = words["satisfy"]["escalated"]
        for reason in ("consumer_association", "legal", "media"):
            if reason in analysis.reasons:
                parts.append(str(esc[reason]))
                break
        if s.deadline and not any(s.deadline in part for part in parts):
            parts.append(str(bank["deadline_noted"]).format(deadline=s.deadline))
        return words.sep.join(parts)
    if on_site is not None:
        parts.append(on_site)
    first, *rest = steps
    parts.append(say(words, first, None if first.key in ("remake_now", "serve_now") else _time(words, analysis, first)))
    for step in rest[:2]:
        parts.append(str(bank["also"]).format(step=_also(words, say(words, step, None))))
    return words.sep.join(parts)


def _lower(words: Wording, text: str) -> str:
    if words.zh or not text or re.match(r"I\b|I'", text):
        return text
    return text[0].lower() + text[1:]


def _also(words: Wording, text: str) -> str:
    if words.zh:
        return text
    return text
