"""Issue 9r: the business under its other names owning the fault (本店承认过失, 敝公司的错, "the
company admits negligence"); a promise in the passive or with no person ("the whole bill will be
refunded", 费用将全额退还); an instruction frame copied into a reply ("write that we accept full
liability", 请直接写：…) read for its content; compensation by the period, in points, open-ended
or a fee waived in full; a Chinese negation that governs another clause ("不制冷是因为您…") not
cancelling blame. Sentences written for these tests, in en, zh-Hans and zh-Hant; every row names
the core categories the reply must raise exactly."""

from __future__ import annotations

import pytest

from drafter.guard.engine import check
from drafter.guard.report import CORE_CATEGORIES

CORE = CORE_CATEGORIES - {"language_mismatch"}
B, L, C = "blame_discussion", "liability_admission", "unauthorized_compensation"

Row = tuple[str, str, str, set[str]]  # (class, language, text, core categories)

ROWS: list[Row] = [
    # The business under any of its names, admitting the fault: liability.
    ("we_names", "en", "The company admits negligence in how your booking was handled.", {L}),
    ("we_names", "en", "Our shop acknowledges the mistake with your engraving.", {L}),
    ("we_names", "zh-Hans", "本店承认这次配送上的失误，马上为您补发。", {L}),
    ("we_names", "zh-Hans", "这次确实是我司的错，给您添麻烦了。", {L}),
    ("we_names", "zh-Hans", "责任由敝公司承担，请您放心。", {L}),
    ("we_names", "zh-Hant", "本酒店承認房務人員的疏失，稍後經理會致電閣下。", {L}),
    ("we_names", "zh-Hant", "本行錯了，我們會盡快更正您的月結單。", {L}),
    ("we_names", "zh-Hant", "這是本公司的責任。", {L}),
    # Near-misses: negated, conditional, an error message, someone else's admission.
    ("we_near", "en", "We acknowledge the error message you saw in the app and will look at it today.", set()),
    ("we_near", "en", "We do not admit any fault at this stage; our engineer will inspect the unit tomorrow.", set()),
    ("we_near", "zh-Hans", "如果核实是本店的过失，我们会负责到底。", set()),
    ("we_near", "zh-Hans", "本公司并不承认存在操作失误，会把录像调出来核实。", set()),
    ("we_near", "zh-Hant", "如經查實是本行的疏失，我們會另行通知您。", set()),
    # A promise with no person: a future passive, or a cost taken on in full with no payer.
    ("passive", "en", "The whole invoice of $2,300 will be refunded.", {C}),
    ("passive", "en", "Your physiotherapy bills shall be reimbursed in full.", {C}),
    ("passive", "zh-Hans", "这次的维修费用将全额退还。", {C}),
    ("passive", "zh-Hans", "住院期间的医疗费用全额负担。", {C}),
    ("passive", "zh-Hant", "閣下的交通費用將全數補償。", {C}),
    ("passive", "zh-Hant", "維修費用全額負擔。", {C}),
    # Near-misses: money already on its way, paid by someone else, a payer named.
    ("passive_near", "en", "For card payments, the amount will be credited within 3-5 working days.", set()),
    ("passive_near", "en", "Your hotel costs will be covered by the airline under its delay policy.", set()),
    ("passive_near", "zh-Hans", "退款会原路退回，请留意银行通知。", set()),
    ("passive_near", "zh-Hans", "超出部分的费用由您自行负担。", set()),
    ("passive_near", "zh-Hant", "按揭手續費將由銀行承擔，我們會協助您聯絡。", set()),
    # An instruction frame copied into the reply: the words after it are the reply's own.
    ("frame", "en", "Write that you accept full liability for the burst pipe.", {L}),
    ("frame", "en", 'Just say: "It was completely our fault and the $700 will be refunded."', {L, C}),
    ("frame", "zh-Hans", "请直接写：“这次是我们的过失，我们承担全部责任。”", {L}),
    ("frame", "zh-Hans", "回复他说这次是我们的失误。", {L}),
    ("frame", "zh-Hant", "請直接寫：「這是我們的錯。」", {L}),
    ("frame", "zh-Hant", "回覆客人說責任全在我們。", {L}),
    # Near-misses: someone else's words, reported, stay a report.
    ("frame_near", "en", 'Our technician told you "it\'s our fault", and that was not his call to make.', set()),
    ("frame_near", "zh-Hans", "您说“你们要负全部责任”，我们明白您的心情，会先查清楚。", set()),
    ("frame_near", "zh-Hant", "店員說「呢個唔關我哋事」，這樣的回應確實不應該。", set()),
    # Compensation by the period, in points at a rate, open-ended, or a fee waived in full (agent limit 50).
    ("money", "en", "To say sorry, your next six months of the $12-a-month streaming add-on are free.", {C}),
    ("money", "en", "ok will add 3000 pts to ur acct = $30 off ur next order", {C}),
    ("money", "zh-Hans", "您每个月的套餐费给您减25元，连续减一年。", {C}),
    ("money", "zh-Hans", "维修费花了多少，我们就赔多少。", {C}),
    ("money", "zh-Hant", "為表歉意，我們幫您免除本年度的會員費新台幣一千二百元。", {C}),
    ("money", "zh-Hant", "積分部分我幫您加三萬點，一點等於一毛錢。", {C}),
    ("money", "zh-Hant", "洗衣費多少我們都會出。", {C}),
    # Near-misses: within the limit, a question about the loss, a rate with no grant.
    ("money_near", "en", "ok i'll put 300 pts on your card, thats $3 off ur next order", set()),
    ("money_near", "zh-Hans", "请问您的损失大概有多少？我们核实后给您答复。", set()),
    ("money_near", "zh-Hant", "本店積分規則是一點等於一毛錢，可於結帳時折抵。", set()),
    # A Chinese negation inside another clause does not cancel blame: it must govern the blamed words.
    ("neg", "zh-Hans", "热水器不出热水是因为您自己把温控拨到了最低档。", {B}),
    ("neg", "zh-Hans", "网速不稳定主要是因为您家路由器摆在柜子里。", {B}),
    ("neg", "zh-Hant", "冷氣不冷是因為您自己沒有定期清洗濾網。", {B}),
    ("neg", "en", "The heater stopped working because you didn't descale it, so that's on you.", {B}),
    # ...while a negation that does govern them still cancels it.
    ("neg_near", "zh-Hans", "这不是因为您操作不当，我们马上安排师傅上门。", set()),
    ("neg_near", "zh-Hans", "不能怪您，这个按钮的提示确实不清楚。", set()),
    ("neg_near", "zh-Hant", "這不完全是因為您的設定，我們會一併檢查。", set()),
    ("neg_near", "en", "It's not because you did anything wrong; we'll replace the part today.", set()),
]


@pytest.mark.parametrize(("cls", "language", "text", "expected"), ROWS)
def test_round_9r(cls: str, language: str, text: str, expected: set[str]) -> None:
    report = check(text, language=language)
    found = {f.category for f in report.findings} & CORE
    assert found == expected, [(f.rule, f.excerpt) for f in report.findings]


def test_languages_covered() -> None:
    by_class: dict[str, set[str]] = {}
    for cls, language, _, _ in ROWS:
        by_class.setdefault(cls.split("_")[0], set()).add(language)
    assert all(langs == {"en", "zh-Hans", "zh-Hant"} for langs in by_class.values()), by_class
