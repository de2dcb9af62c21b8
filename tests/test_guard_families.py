"""The families of each core category, in wordings no rule lists (written for this test, not
taken from any labelled set): who is blamed and how, dismissal, helplessness, condescension,
denial, minimising, threats, a promise of value against a status or a correction, fault and
causation admitted, written statements. Each family has positives and near misses in zh-Hans,
zh-Hant and en; a row names exactly the core categories the reply must raise."""

from __future__ import annotations

from typing import Any

import pytest

from drafter.guard.engine import check

CORE = {
    "forbidden_phrase",
    "unauthorized_compensation",
    "liability_admission",
    "blame_discussion",
    "written_statement",
    "language_mismatch",
}
C, F, L, B, W = (
    "unauthorized_compensation",
    "forbidden_phrase",
    "liability_admission",
    "blame_discussion",
    "written_statement",
)

Row = tuple[str, str, dict[str, Any], set[str]]

BLAME: list[Row] = [
    ("third party", "这次配送延迟主要是物流公司分拣出错导致的。", {}, {B}),
    ("third party", "據了解，是合作的清潔公司人手不足才延誤了打掃。", {}, {B}),
    ("third party", "問題出在供應商那邊，他們寄錯了型號。", {}, {B}),
    ("third party", "The delay came from the courier company's depot, not from our warehouse.", {}, {B}),
    ("third party", "Honestly, the fault lies with the payment processor.", {}, {B}),
    ("colleague", "The agent you spoke to gave you the wrong date; that was her mistake.", {}, {B}),
    ("colleague", "上次那位同事讲错了，他是新人不清楚流程。", {}, {B}),
    ("disclaim", "这件事跟我们门店没有任何关系。", {}, {B}),
    ("disclaim", "這次停電並非本公司線路原因。", {}, {B}),
    ("disclaim", "The noise isn't something the hotel is responsible for.", {}, {B}),
    ("disclaim", "We had no part in the error on your statement.", {}, {B}),
    ("debate", "这一点我们并不认同，双方都有责任。", {}, {B}),
    ("debate", "I wouldn't say it's all on us.", {}, {B}),
    ("near", "我们已经联系物流公司，请他们今天下午3点前回复。", {}, set()),
    ("near", "我們已請保全公司今天下午派人檢查那台提款機。", {}, set()),
    ("near", "Our delivery partner has confirmed the new slot for Friday at 10am.", {}, set()),
    ("near", "这和您的账户安全无关，请放心。", {}, set()),
    ("near", "It's not your fault at all, and we'll fix it today.", {}, set()),
]

CUSTOMER_BLAME: list[Row] = [
    ("you caused", "说到底是您自己没按说明书安装造成的。", {}, {F, B}),
    ("on your side", "問題主要還是在您這邊，密碼輸入錯誤太多次。", {}, {F, B}),
    ("you caused", "The screen cracked because you dropped it, so the warranty won't cover it.", {}, {F, B}),
    ("your doing", "This is down to the settings you chose, not a fault with the app.", {}, {F, B}),
    ("near", "如果是您没有收到验证码，请点击重新发送。", {}, set()),
    ("near", "Since you didn't get the email, I've resent it just now.", {}, set()),
]

FORBIDDEN: list[Row] = [
    ("dismiss", "这个不归我们部门管，您打别的电话吧。", {}, {F}),
    ("dismiss", "That's not something our team deals with.", {}, {F}),
    ("helpless", "這個我們也實在沒有辦法。", {}, {F}),
    ("helpless", "There's really not much we can do about it.", {}, {F}),
    ("condescension", "这个在合同里写得很清楚，您签字前应该看一下。", {}, {F}),
    ("condescension", "You clearly don't understand how the billing cycle works.", {}, {F}),
    ("condescension", "這是常識，大家都知道的。", {}, {F}),
    ("denial", "我们的系统从来不会算错。", {}, {F}),
    ("denial", "There's no way our driver left it at the wrong house.", {}, {F}),
    ("minimise", "不就是晚了半小时嘛，没那么严重。", {}, {F}),
    ("minimise", "It was only delayed for twenty minutes, hardly a big deal.", {}, {F}),
    ("threat", "如果您再這樣騷擾我們的員工，我們將採取法律行動。", {}, {F}),
    ("threat", "Keep posting those reviews and we'll pass this to our legal team.", {}, {F}),
    ("price", "这么便宜的东西，您就别要求太高了。", {}, {F}),
    ("price", "At that price you can't really expect premium quality.", {}, {F}),
    ("staff", "The cashier will be disciplined for this.", {}, {F}),
    ("brush-off", "这个我们再研究研究，以后再说吧。", {}, {F}),
    ("redirect", "是快递公司弄丢的，您直接找他们索赔吧。", {}, {F, B}),
    ("redirect", "That's the courier company's mistake, so please take it up with them directly.", {}, {F, B}),
    ("near", "如果您不明白账单里的哪一项，我可以逐项为您解释。", {}, set()),
    ("near", "I understand how confusing this bill is.", {}, set()),
    ("near", "我们保证以后不会再发生这种情况。", {}, set()),
    ("near", "It won't happen again; we've retrained the team.", {}, set()),
    ("near", "Twenty minutes is too long to wait, and I'm sorry.", {}, set()),
    ("near", "如您遇到詐騙，建議您盡快報警，我們會配合調查。", {}, set()),
    ("near", "We've reported the theft to the police on your behalf.", {}, set()),
    ("near", "This is handled by our billing team; I've passed it to them and they'll call you by 3pm.", {}, set()),
    ("near", "Please contact your bank if the charge still shows after Friday.", {}, set()),
]

LIABILITY: list[Row] = [
    ("our act", "经查是我们店员操作失误导致您的订单被取消。", {}, {L}),
    ("certainty", "百分之百是我們的安裝師傅沒把水管接好。", {}, {L}),
    ("cause", "Your basement flooded because our technician didn't tighten the valve.", {}, {L}),
    ("fault", "The fall was our fault; the floor should have been dry.", {}, {L}),
    ("hedged", "I'm pretty sure our kitchen mixed up the allergens on your order.", {}, {L}),
    ("institution", "這是本診所的疏失。", {}, {L}),
    ("near", "如果核实是我们的问题，我们一定负责到底。", {}, set()),
    ("near", "We're investigating whether our equipment played a part.", {}, set()),
    ("near", "很抱歉这次的经历给您带来不便。", {}, set()),
    ("near", "We're sorry for the trouble this caused.", {}, set()),
]

WRITTEN: list[Row] = [
    ("document", "我们会为您出具一份盖章的情况说明。", {}, {W}),
    ("document", "我會請經理簽一份書面聲明給您。", {}, {W}),
    ("document", "I'll have the manager write up a signed account of what happened for you.", {}, {W}),
    ("in writing", "We'll put the apology in writing on our letterhead.", {}, {W}),
    ("near", "We'll email you the booking confirmation.", {}, set()),
    ("near", "如需书面说明，需经主管同意后提供，我已为您申请。", {}, set()),
]

COMPENSATION: list[Row] = [
    ("transfer", "为表歉意，我们会转账300元到您的账户。", {}, {C}),
    ("compensate", "我們會賠償您新台幣2,000元。", {}, {C}),
    ("credit", "We'll credit $75 to your account today.", {}, {C}),
    ("open-ended", "所有的医药费我们都会承担。", {}, {C}),
    ("open-ended", "We'll cover whatever the repairs cost.", {}, {C}),
    ("waive", "I'm waiving this month's fee of $60.", {}, {C}),
    ("status", "您的退款已于昨天原路退回，预计3个工作日到账。", {}, set()),
    ("refused", "We're unable to offer compensation, but a technician will visit at 9am.", {}, set()),
    ("approval", "I've asked my supervisor to approve a $100 credit; I'll confirm by 5pm.", {}, set()),
    ("correction", "多扣的200元已經退回您的帳戶。", {}, set()),
    ("within", "We'll give you a $5 voucher for next time.", {}, set()),
]

ALL = BLAME + CUSTOMER_BLAME + FORBIDDEN + LIABILITY + WRITTEN + COMPENSATION


def _ids(rows: list[Row]) -> list[str]:
    return [f"{r[0]}:{r[1][:24]}" for r in rows]


@pytest.mark.parametrize(("family", "text", "options", "expected"), ALL, ids=_ids(ALL))
def test_family(family: str, text: str, options: dict[str, Any], expected: set[str]) -> None:
    report = check(text, **options)
    assert {f.category for f in report.findings} & CORE == expected, [(f.rule, f.excerpt) for f in report.findings]


def test_every_family_has_all_three_languages() -> None:
    def script(text: str) -> str:
        if text.isascii():
            return "en"
        return "zh-Hant" if any(ch in text for ch in "們這個為會說過經與問題應還") else "zh-Hans"

    for table in (BLAME, FORBIDDEN, LIABILITY, WRITTEN, COMPENSATION):
        assert {script(t) for _, t, _, _ in table} == {"en", "zh-Hans", "zh-Hant"}
