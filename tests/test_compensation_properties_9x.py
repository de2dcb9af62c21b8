"""Round 9x property: more promising verbs (reimburse, waive, comp, on its way, please accept, you'll
receive; 报销, 赔付, 退返, 在路上) x amount forms (digits, grouped, Chinese and formal numerals, 两, 万,
k) x currencies (incl. 蚊, 圓, NT$, HK$, RMB, £, €) x roles, and the traps beside them (money a bank
returns, the customer's request restated, an offer refused beside a free repair)."""

from __future__ import annotations

import cn2an
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.guard.engine import check
from drafter.policy import load_policy

POLICY = load_policy()
ROLES = ["agent", "supervisor", "store_manager"]

# currency code -> (en forms, zh forms, yue forms); {n} digits, {g} grouped, {cn} Chinese numerals,
# {up} formal numerals, {k} thousands with k (only when a whole or one-decimal number of thousands)
FORMS = {
    "CNY": (
        ("¥{g}", "RMB {n}", "CNY {g}", "{n} yuan", "{k} yuan"),
        ("{n}元", "{cn}元", "{up}元", "{cn}块", "人民币{n}元", "{g}元"),
        ("{cn}蚊人民币", "人民币{n}元"),
    ),
    "HKD": (("HK${g}", "{n} HKD"), ("港币{n}元", "{n}港元"), ("{n}蚊", "{cn}蚊", "港幣{cn}元")),
    "TWD": (("NT${g}", "{n} TWD"), ("新台币{n}元", "NT${g}"), ("新台幣{up}圓", "NT${g}")),
    "GBP": (("£{g}", "{n} pounds"), ("{n}英镑", "£{g}"), ("{n}英鎊",)),
    "EUR": (("€{g}", "{n} euros"), ("{n}欧元", "€{g}"), ("{n}歐元",)),
}
EN = (
    "We'll reimburse {amt} for your taxi.",
    "I'm waiving {amt} of your fees as an apology.",
    "A {amt} voucher is on its way to you.",
    "Please accept {amt} as a goodwill gesture.",
    "You'll receive {amt} in compensation by Friday.",
    "I've comped {amt} of your bill.",
    "We'll cover {amt} of the repair costs.",
)
ZH = (
    "我们给您报销{amt}的打车费。",
    "我们赔付您{amt}。",
    "补偿款{amt}已经在路上了。",
    "已为您安排{amt}的补偿。",
    "我们再补偿您{amt}。",
)
YUE = (
    "我哋會退返{amt}俾你。",
    "我哋賠{amt}俾你。",
    "已幫你報銷咗{amt}嘅的士費。",
    "我哋補償你{amt}。",
)
# Never a promise of ours, whatever the amount.
TRAPS = {
    "en": (
        "Your bank will return the {amt} to your card.",
        "You asked for {amt} in compensation; I've passed that request to my supervisor.",
        "I can't offer {amt}, but we'll repair it free of charge.",
    ),
    "zh": (
        "银行会把这笔{amt}退回到您的卡上。",
        "您要求补偿{amt}，我已转交主管审批，明天回复您。",
        "您提出的{amt}补偿我们无法答应，但可以为您免费维修。",
    ),
    "yue": (
        "銀行會將{amt}退返俾你。",
        "你要求賠{amt}，我已經轉交主管審批。",
        "唔好意思，我哋冇辦法賠{amt}俾你，不過可以幫你免費換過。",
    ),
}


def _cn(n: int) -> str:
    text = cn2an.an2cn(str(n))
    return text.replace("二百", "两百").replace("二千", "两千").replace("二万", "两万") if n >= 200 else text


def render(form: str, n: int) -> str | None:
    if "{k}" in form:
        if n < 1000 or n % 100:
            return None
        k = f"{n / 1000:g}k"
        return form.format(k=k)
    return form.format(n=n, g=f"{n:,}", cn=_cn(n), up=cn2an.an2cn(str(n), "up"))


@st.composite
def case(draw: st.DrawFn) -> tuple[str, str, bool]:
    role = draw(st.sampled_from(ROLES))
    limit = POLICY.roles[role]
    assert limit is not None
    code = draw(st.sampled_from(sorted(FORMS)))
    language = draw(st.sampled_from(["en", "zh-Hans", "yue"]))
    forms = FORMS[code][{"en": 0, "zh-Hans": 1, "yue": 2}[language]]
    form = draw(st.sampled_from(forms))
    over = draw(st.booleans())
    ratio = draw(st.floats(1.5, 20.0) if over else st.floats(0.05, 0.7))
    rate = POLICY.rates[code]
    units = max(1, round(limit * ratio / rate))
    if "{k}" in form:
        units = max(1000, round(units / 100) * 100)
    amount = render(form, units)
    assert amount is not None
    flagged = units * rate > limit
    key = {"en": "en", "zh-Hans": "zh", "yue": "yue"}[language]
    if draw(st.integers(0, 3)) == 0:
        text, flagged = draw(st.sampled_from(TRAPS[key])).format(amt=amount), False
    else:
        text = draw(st.sampled_from({"en": EN, "zh": ZH, "yue": YUE}[key])).format(amt=amount)
    return text, role, flagged


@settings(max_examples=600, deadline=None)
@given(case())
def test_more_verbs_and_forms_flag_over_the_limit_only(generated: tuple[str, str, bool]) -> None:
    text, role, flagged = generated
    categories = {f.category for f in check(text, role=role).findings}
    assert ("unauthorized_compensation" in categories) is flagged, (text, role)
