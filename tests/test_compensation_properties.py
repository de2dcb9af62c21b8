"""A combinatorial compensation set, generated with hypothesis: promising verbs x amount forms x
currencies x roles x modifiers (plain, a condition on the facts, a negation, money that waits
on a supervisor's approval), in zh-Hans, zh-Hant and en. A plain or conditional promise over
the role's limit must be flagged as unauthorized compensation; one within the limit, a refused
offer and an amount that waits on approval must not be."""

from __future__ import annotations

from dataclasses import dataclass

import cn2an
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.guard.engine import check
from drafter.policy import load_policy
from drafter.text import converter

POLICY = load_policy()
ROLES = ["agent", "supervisor", "store_manager", "executive"]


@dataclass(frozen=True)
class Currency:
    code: str
    en: tuple[str, ...]  # templates with {n}
    zh: tuple[str, ...]


CURRENCIES = [
    Currency(
        "CNY",
        ("¥{n}", "RMB {n}", "CNY {n}", "{n} yuan", "{n} CNY"),
        ("{n}元", "{cn}元", "{up}元", "{n}块", "人民币{n}元", "¥{n}"),
    ),
    Currency("USD", ("${n}", "USD {n}", "{n} USD", "{words} dollars", "US${n}"), ("{n}美元", "{cn}美元", "US${n}")),
    Currency("EUR", ("€{n}", "EUR {n}", "{n} euros", "{n} EUR"), ("{n}欧元", "€{n}")),
    Currency("GBP", ("£{n}", "GBP {n}", "{n} pounds"), ("{n}英镑", "£{n}")),
    Currency("HKD", ("HK${n}", "{n} HKD"), ("港币{n}元", "{n}港元", "HK${n}")),
    Currency("TWD", ("NT${n}", "{n} TWD"), ("新台币{n}元", "NT${n}")),
]

EN_PROMISES = (
    "We'll refund you {amt}.",
    "I'm sending you a {amt} voucher.",
    "We will credit your account with {amt}.",
    "I'll transfer {amt} to your account today.",
    "We'll compensate you with {amt}.",
    "Here's a {amt} gift card for the trouble.",
)
ZH_PROMISES = (
    "我们会退您{amt}。",
    "送您一张{amt}的代金券。",
    "我们给您补偿{amt}。",
    "我们会把{amt}打到您的账户。",
    "我们赔偿您{amt}。",
)
CONDITION = {"en": "If the inspection confirms the fault, ", "zh": "如果核实确实是质量问题，"}
NEGATED = {
    "en": "We can't offer you {amt}, but a replacement ships today.",
    "zh": "我们无法给您补偿{amt}，但会马上为您更换。",
}
# Reported or refused, never promised: a refund approved on a date, the thing named then refused.
STATUS = {
    "en": "The refund of {amt} was approved on 3 May and should reach your card within 5 business days.",
    "zh": "您的{amt}退款已于5月3日审批通过，预计3个工作日内到账。",
}
REFUSED_AFTER = {
    "en": "Compensation of {amt} isn't something we can offer, but a replacement ships today.",
    "zh": "{amt}的补偿我们无法提供，但会马上为您更换。",
}
WAITING = {
    "en": "I've asked my supervisor to approve {amt} for you and will confirm by 5pm today.",
    "zh": "我已向主管申请{amt}的补偿，今天下午5点前回复您。",
}

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    """English number words (below a million), as a writer spells them: 'one hundred and five'."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + (" and " + words(rest) if rest else "")
    rest = n % 1000
    return words(n // 1000) + " thousand" + ((" and " if rest < 100 else " ") + words(rest) if rest else "")


def render(form: str, n: int) -> str:
    grouped = (
        f"{n:,}"
        if "{n}" in form and n >= 1000 and form.startswith(("$", "€", "£", "¥", "US$", "HK$", "NT$"))
        else str(n)
    )
    return form.format(n=grouped, words=words(n), cn=cn2an.an2cn(str(n)), up=cn2an.an2cn(str(n), "up"))


@st.composite
def case(draw: st.DrawFn) -> tuple[str, str, bool]:
    """(reply, role, must the reply be flagged for compensation)."""
    role = draw(st.sampled_from(ROLES))
    limit = POLICY.roles[role]
    currency = draw(st.sampled_from(CURRENCIES))
    language = draw(st.sampled_from(["en", "zh-Hans", "zh-Hant"]))
    forms = currency.en if language == "en" else currency.zh
    form = draw(st.sampled_from(forms))
    over = draw(st.booleans()) and limit is not None
    base = limit if limit is not None else 2000.0
    ratio = draw(st.floats(1.4, 25.0) if over else st.floats(0.05, 0.75))
    rate = POLICY.rates[currency.code]
    units = max(1, round(base * ratio / rate))
    if form.startswith("{words}") and units >= 1_000_000:
        units = 999_999
    value = units * rate
    over = limit is not None and value > limit
    amount = render(form, units)
    modifier = draw(st.sampled_from(["plain", "condition", "negated", "waiting", "status", "refused_after"]))
    key = "en" if language == "en" else "zh"
    if modifier in ("negated", "status", "refused_after"):
        table = {"negated": NEGATED, "status": STATUS, "refused_after": REFUSED_AFTER}[modifier]
        text, flagged = table[key].format(amt=amount), False
    elif modifier == "waiting":
        text, flagged = WAITING[key].format(amt=amount), False
    else:
        template = draw(st.sampled_from(EN_PROMISES if key == "en" else ZH_PROMISES))
        text = template.format(amt=amount)
        if modifier == "condition":
            text = CONDITION[key] + text[0].lower() + text[1:] if key == "en" else CONDITION[key] + text
        flagged = over
    if language == "zh-Hant":
        text = str(converter("s2t").convert(text))
    return text, role, flagged


@settings(max_examples=400, deadline=None)
@given(case())
def test_over_the_limit_flags_and_within_it_passes(generated: tuple[str, str, bool]) -> None:
    text, role, flagged = generated
    report = check(text, role=role)
    categories = {f.category for f in report.findings}
    if flagged:
        assert "unauthorized_compensation" in categories, (text, role, report.findings)
        assert report.verdict != "pass"
    else:
        assert "unauthorized_compensation" not in categories, (text, role, report.findings)


# Rates: an amount per month, night or head, times how many the reply gives ("3个月…每月79元").
RATE_EN = {
    "month": "We'll waive {k} months of your subscription at {amt} a month.",
    "night": "We'll refund {k} nights of your stay at {amt} per night.",
    "person": "We'll refund the tickets for {k} guests at {amt} per person.",
}
RATE_ZH = {
    "month": "{k}个月的月费我们全免（每月{amt}）。",
    "night": "{k}晚房费我们全部退还，每晚{amt}。",
    "person": "{k}位客人的餐费我们退还，每人{amt}。",
}
_EN_COUNTS = ["", "", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


@st.composite
def rate_case(draw: st.DrawFn) -> tuple[str, str, bool]:
    """(reply, role, must it be flagged): the total of count x rate against the role's limit."""
    role = draw(st.sampled_from([r for r in ROLES if POLICY.roles[r] is not None]))
    limit = POLICY.roles[role]
    assert limit is not None
    currency = draw(st.sampled_from(CURRENCIES))
    language = draw(st.sampled_from(["en", "zh-Hans", "zh-Hant"]))
    unit = draw(st.sampled_from(sorted(RATE_EN)))
    count = draw(st.integers(2, 10))
    over = draw(st.booleans())
    ratio = draw(st.floats(1.3, 12.0) if over else st.floats(0.05, 0.75))
    rate = POLICY.rates[currency.code]
    units = max(1, round(limit * ratio / count / rate))
    total = units * rate * count
    forms = currency.en if language == "en" else currency.zh
    amount = render(draw(st.sampled_from(forms)), units)
    if language == "en":
        text = RATE_EN[unit].format(k=_EN_COUNTS[count], amt=amount)
    else:
        k = draw(st.sampled_from([str(count), cn2an.an2cn(str(count)) if count != 2 else "两"]))
        text = RATE_ZH[unit].format(k=k, amt=amount)
        if language == "zh-Hant":
            text = str(converter("s2t").convert(text))
    return text, role, total > limit


@settings(max_examples=300, deadline=None)
@given(rate_case())
def test_a_rate_counts_once_per_period_it_gives(generated: tuple[str, str, bool]) -> None:
    text, role, flagged = generated
    categories = {f.category for f in check(text, role=role).findings}
    assert ("unauthorized_compensation" in categories) is flagged, (text, role)


def test_the_generator_reaches_every_part() -> None:
    """The grid itself: every currency has forms in both languages, every role a limit or none."""
    assert {c.code for c in CURRENCIES} <= set(POLICY.rates)
    assert all(c.en and c.zh for c in CURRENCIES)
    assert words(45) == "forty-five" and words(1205) == "one thousand two hundred and five"
    assert render("{up}元", 500) == "伍佰元"
