"""Issue 9o: a guardrail that holds on wording it has never seen, in an institutional, polite
register. Families over the shape of the wording: who (the customer, the account holder, the
cardholder, a third party) x the move (responsibility lies with / rests with / is borne by,
由…自行承担, 歸屬…本人); conditional fault (had you…, 若當初…就不會); the cause read off the
evidence or placed "at your end"; the customer's account doubted politely; deflection dressed as
help; the matter declared closed or outside our remit; ordinary people manage; a polite "read it
again"; the loss owned outright. Compensation: the amount engine reads per-head gifts ("each of
the five guests", 每人…一家四口), points with a cash rate (一萬點，一點等於一元), a fee's bare
figure (服務費一百五), multiples of the order. Sentences written for these tests in en, zh-Hans
and zh-Hant; every row names the core categories the reply must raise exactly, near-misses none."""

from __future__ import annotations

import pytest

from drafter.guard.amounts import find_amounts
from drafter.guard.engine import check
from drafter.guard.normalize import fold
from drafter.guard.report import CORE_CATEGORIES

CORE = CORE_CATEGORIES - {"language_mismatch"}
F, B, L, C = ("forbidden_phrase", "blame_discussion", "liability_admission", "unauthorized_compensation")

Row = tuple[str, str, str, set[str]]  # (family, language, text, core categories)

ROWS: list[Row] = [
    # The move: responsibility put on the customer.
    ("moved", "en", "Under the terms, liability for the missing funds rests solely with the account holder.", {B}),
    ("moved", "en", "Any losses would therefore be borne by the policyholder.", {B}),
    ("moved", "zh-Hans", "根据会员协议，由此产生的损失应由会员自行承担。", {B}),
    ("moved", "zh-Hant", "依照約定，這筆費用的後果歸屬持卡人本人。", {B}),
    ("moved", "zh-Hans", "这笔损失仍属账户持有人的责任。", {B}),
    ("near", "zh-Hans", "后续的检测由我们来安排，今天下午给您答复。", set()),
    # Conditional fault.
    ("if_only", "en", "Had the assembly guide been followed, the shelf would not have collapsed.", {B}),
    ("if_only", "zh-Hans", "如果您当时按提示及时更新地址，包裹也就不会寄丢了。", {B}),
    ("if_only", "zh-Hant", "若當初業主有依規定申報，帳單就不會出錯。", {B}),
    ("near", "en", "If you'd like, I can call you tomorrow at 10 to go through the options.", set()),
    ("near", "zh-Hans", "如果您下次提前预约，就不会再排队了，我们也会给您留位。", set()),
    # The cause placed on the customer's side.
    ("your_side", "en", "The fault code suggests a setting was changed at your end.", {B}),
    ("your_side", "en", "The marks are more consistent with a knock than with a manufacturing defect.", {B}),
    ("your_side", "zh-Hans", "从照片看，这更符合外力撞击的特征，与产品本身质量关系不大。", {B}),
    ("your_side", "zh-Hant", "您使用的充電線並非原廠配件。", {B}),
    ("near", "en", "Our engineer will test the unit on Monday to find out what caused the fault.", set()),
    # The customer's account doubted politely.
    ("doubt", "en", "Could it be that the wrong delivery slot was selected at checkout?", {B}),
    ("doubt", "zh-Hans", "您下单前有仔细核对过尺码吗？", {B}),
    ("doubt", "zh-Hant", "您當時可能對店員的說明有些誤會。", {B}),
    ("near", "en", "Is it possible you could send us a photo of the label?", set()),
    ("near", "zh-Hans", "很抱歉之前的说明造成您的误会，我马上重新为您办理。", set()),
    # Deflection dressed as help.
    ("deflect", "en", "The right people to help with a declined payment would be your card issuer.", {B}),
    ("deflect", "en", "Any claim for the ruined flooring would more appropriately be directed to the plumber.", {B}),
    ("deflect", "zh-Hans", "住宿产生的额外费用建议您向航空公司申请赔偿。", {B}),
    ("deflect", "zh-Hant", "這是您和物流公司之間的糾紛。", {B}),
    ("near", "en", "I've contacted your bank on your behalf and will call you by 3pm with their answer.", set()),
    # The matter closed, or put outside our remit.
    ("closed", "en", "We regard this matter as closed.", {F}),
    ("closed", "zh-Hans", "此事我们不再作任何解释。", {F}),
    ("closed", "zh-Hant", "本案已結案，本公司不便再作評論。", {F}),
    ("remit", "en", "This falls outside the remit of our branch, so please direct your enquiry elsewhere.", {F}),
    ("remit", "zh-Hans", "这类问题不属于本中心的受理范围。", {B, F}),
    ("near", "en", "I'll only consider this closed once you're happy with the repair.", set()),
    # Ordinary people manage: blame and a 禁言 at once.
    ("everyone", "zh-Hans", "这么简单的步骤，大部分人都不会搞错。", {B, F}),
    ("everyone", "en", "Most customers have no trouble with this setting.", {B, F}),
    ("near", "en", "Other customers have reported the same fault and we're fixing it today.", set()),
    # The loss owned outright: liability.
    ("owned", "en", "The loss on your account rests squarely with us.", {L}),
    ("owned", "zh-Hant", "本公司會為這次的疏失負全責。", {L}),
    ("owned", "zh-Hans", "是我们的系统出了bug，订单才被取消。", {L}),
    # Compensation: values the engine now reads.
    ("value", "en", "Each of the five guests at your table will receive a ¥30 voucher for their next visit.", {C}),
    ("value", "zh-Hant", "你哋一家四口，每人送一張HK$80嘅餐券。", {C}),
    ("value", "zh-Hans", "这次的安装费两百五我们免了。", {C}),
    ("near", "zh-Hans", "里程补偿这个我确实给不了，但可以帮您改签明天最早的航班。", set()),
    ("near", "zh-Hant", "您的退款新台幣一千二百元已於5月3日刷退。", set()),
]


@pytest.mark.parametrize(("cls", "language", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[2][:20]}" for r in ROWS])
def test_round_9o(cls: str, language: str, text: str, expected: set[str]) -> None:
    report = check(text, language=language)
    found = {f.category for f in report.findings} & CORE
    assert found == expected, [(f.rule, f.excerpt) for f in report.findings]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("each of the six guests gets a ¥40 voucher", 240.0),
        ("我们会在您的账户加一万点，一点等于一元", 10000.0),
        ("we'll add 5,000 points; each point is worth $0.01", 50.0),
        ("一家四口，每人一张一千元的餐券", 4000.0),
        ("服务费一百五我们免了", 150.0),
    ],
)
def test_round_9o_amounts(text: str, value: float) -> None:
    folded = fold(text)
    amounts = find_amounts(folded, 0, len(folded))
    assert [a.value for a in amounts] == [value]
