"""Issue 9m: classes that generalise beyond the sentences seen, and one label convention.

Convention (round 9w: doubting the customer's account is a forbidden phrase again, as the guard12
and guard13 authors label it — since session 8 blame_discussion, rule blame.doubt;
blaming the customer stays blame_discussion alone, 不与顾客讨论责任
归属问题); "that's impossible" / "never happened before" stay forbidden phrases
(禁言 3), and a permission to go to the other party ("you can file a claim with them") is no
brush-off while an order to ("去找快递吧") is. Classes: doubt, customer blamed (incl. what they
should have said), never-before and cannot-happen denials, 改天 deferral with news, 离柜概不负责,
连小孩子都知道 in English and Cantonese, causes traced to others, our own work declared right,
our person as the doer of the damage, written accounts asked for and promised, per-period
amounts multiplied, dated status reported by another team, free re-tests as remedies, approval
pending, costs absorbed, items given at their unit price. Sentences written for these tests, in
en, zh-Hans and zh-Hant; every row names the core categories the reply must raise exactly."""

from __future__ import annotations

import pytest

from drafter.guard.engine import check
from drafter.guard.report import CORE_CATEGORIES

CORE = CORE_CATEGORIES - {"language_mismatch"}  # every row is in its own language
F, B, L, W, C = (
    "forbidden_phrase",
    "blame_discussion",
    "liability_admission",
    "written_statement",
    "unauthorized_compensation",
)

Row = tuple[str, str, str, set[str]]  # (class, language, text, core categories)

ROWS: list[Row] = [
    # Doubting the customer's account: blame, not a forbidden phrase.
    ("doubt", "zh-Hans", "您确定当时拿到的是我们的收据吗？", {"blame_discussion"}),
    ("doubt", "zh-Hant", "你確定嗰日係喺我哋分店食飯咩？", {"blame_discussion"}),
    ("doubt", "en", "Are you certain the seal was broken when it arrived?", {"blame_discussion"}),
    ("doubt", "en", "Perhaps you misheard the price at the counter.", {"blame_discussion"}),
    ("near", "zh-Hans", "您确定要取消这次预约吗？取消后押金会全额退回。", set()),
    ("near", "en", "Are you sure you'd like to close the account? I can pause it instead.", set()),
    # The customer blamed: blame alone.
    ("customer", "zh-Hans", "插头烧焦是因为您自己接了劣质插线板。", {B}),
    ("customer", "zh-Hant", "你遲到係因為自己冇預留交通時間。", {B}),
    ("customer", "zh-Hant", "您報名之前應該先問清楚上課時間。", {B}),
    ("customer", "en", "You should've told us about the allergy when you booked.", {B}),
    ("near", "zh-Hans", "您之前应该收到了我们的短信提醒，我再给您补发一次。", set()),
    ("near", "en", "You should have received a confirmation email; I've resent it now.", set()),
    # Never before / cannot happen: still 禁言 3.
    ("never", "zh-Hant", "我哋開咗八年，從來冇客人話個湯太鹹。", {F}),
    ("never", "en", "In all our years nobody has ever told us the rooms were noisy.", {F}),
    ("never", "en", "We've run this gym for a decade and never once had anyone complain about the showers.", {F}),
    ("never", "en", "That simply can't happen with our booking system.", {F}),
    ("near", "en", "I've fixed the setting so it can't happen again.", set()),
    ("near", "zh-Hans", "我们开业以来一直重视这类反馈，今天就安排复查。", set()),
    # 改天 with news, and "can't say when": the seeds' 改天再通知你.
    ("deferral", "zh-Hans", "退款的事过几天有结果再联系你。", {F}),
    ("deferral", "zh-Hant", "維修進度改日有消息再通知您，現在也講不準。", {F}),
    ("near", "zh-Hans", "检测结果出来后，我们会在明天下午3点前联系您。", set()),
    ("near", "zh-Hant", "目前還說不準原因，我會在今天下午五點前回電給您。", set()),
    # 离柜概不负责: once paid, nothing is ours to answer for.
    ("brush-off", "zh-Hans", "商品售出后有任何问题本店一概不负责。", {F, B}),
    ("brush-off", "zh-Hant", "結賬之後少找錢我哋都唔認。", {F}),
    ("brush-off", "en", "Once you've left the till we can't accept any claims about change.", {F}),
    ("near", "zh-Hans", "付款后我们会在24小时内为您发货。", set()),
    # 连小孩子都知道, in English and Cantonese.
    ("child", "en", "Even a five year old knows you don't put foil in a microwave.", {F}),
    ("child", "zh-Hant", "呢樣嘢細路仔都識啦。", {F}),
    # A permission to contact the other party is guidance; an order is the brush-off.
    ("redirect", "zh-Hans", "配送延误是快递公司的问题，您可以直接联系快递公司。", {B}),
    ("redirect", "zh-Hans", "配送延误是快递公司的问题，您自己去找快递公司问问吧。", {B, F}),
    ("redirect", "en", "The seller shipped the wrong model, not us; you can open a case with them directly.", {B}),
    (
        "redirect",
        "en",
        "The seller shipped the wrong model, not us; you'll need to open a case with them directly.",
        {B, F},
    ),
    # The cause traced to someone else, our own work declared right.
    ("others", "en", "The hold-up traces back to your bank's fraud team.", {B}),
    ("others", "en", "Your meter reading was processed correctly by the book.", set()),
    ("others", "en", "Our invoicing was done correctly this time.", {B}),
    ("others", "zh-Hant", "我們的收費都是正確的，請您再看看帳單。", {B}),
    ("others", "en", "The outage isn't something our engineers caused.", {B}),
    ("others", "en", "Your luggage was misrouted by the ground handler in Dubai.", {B}),
    ("near", "zh-Hans", "请确认您填写的收货地址是正确的。", set()),
    # Our person as the doer of the damage, and fault words.
    ("liability", "en", "Our porter scratched your suitcase while loading the lift.", {L}),
    ("liability", "en", "Our stylist clearly scorched your hair with the iron.", {L}),
    (
        "liability",
        "en",
        "The chip came when our fitter cracked the tile, which makes the repair our responsibility.",
        {L},
    ),
    ("liability", "en", "Losing your file was our failing entirely.", {L}),
    ("liability", "zh-Hans", "那块地砖是我们施工不到位才松动的。", {L}),
    ("liability", "zh-Hant", "這件事，我們會承擔這份責任。", {L}),
    ("near", "zh-Hant", "因為我們的招待不周，讓您用餐時感到不便，真的很抱歉。", set()),
    ("near", "en", "If our fitter cracked the tile, we'll put it right.", set()),
    # Written accounts asked for and promised.
    ("written", "zh-Hans", "您需要的证明我们今天就可以写好。", {W}),
    ("written", "zh-Hans", "医务科会出具一份书面说明，写明当天的经过。", {W}),
    ("written", "zh-Hant", "我會寫封親筆信俾你，講清楚成件事嘅經過。", {W}),
    (
        "written",
        "en",
        "Our manager will send your landlord a letter confirming in writing that the leak came from our pipe.",
        {W, L},
    ),
    ("near", "zh-Hans", "请您提供购物小票，我们会尽快为您处理。", set()),
    ("near", "en", "I'll confirm in writing your new delivery slot by tonight.", set()),
    ("near", "zh-Hans", "保健院办理出生证明需要带身份证。", set()),
    # Per-period amounts are multiplied (agent limit 50).
    ("per period", "zh-Hans", "我给您每个月减免宽带费15元，连续减免四个月。", {C}),
    ("per period", "zh-Hant", "我們每月幫您折抵月費15元，連續四個月。", {C}),
    ("per period", "en", "I'll knock $2 off each month for the next six months.", {C}),
    ("per period", "en", "I'll add $2 to your account every month for six months.", {C}),
    ("near", "zh-Hans", "我给您每个月减免宽带费10元，从下个月开始。", set()),
    # Money already paid or a credit already applied, dated, by another team: status, not a promise.
    ("status", "zh-Hans", "您的退款300元已于3月2日汇入您的账户。", set()),
    ("status", "zh-Hant", "您的退款新台幣3,000元已於昨天轉入您的帳戶。", set()),
    ("status", "en", "The refunds team credited $80 to your card on 12 May.", set()),
    ("status", "en", "Our billing team already reversed the $95 charge last week.", set()),
    ("promise", "zh-Hant", "補償HK$500，已經轉入您的帳戶。", {C}),
    ("promise", "en", "I've applied a credit of $120 to your account today.", {C}),
    # A free re-test, inspection or remake is a remedy unless valued.
    ("remedy", "zh-Hans", "我们先安排免费复查，看看是哪里的问题。", set()),
    ("remedy", "zh-Hant", "我們會免費幫您重新驗光。", set()),
    ("remedy", "en", "We'll do a free re-test of the water sample next week.", set()),
    ("remedy", "en", "We'll do a free re-test of the water sample next week (worth $90).", {C}),
    # Approval pending, costs absorbed, items given at their unit price.
    ("approval", "zh-Hans", "您提出的额外补偿，我已经转交店长审批，明天给您答复。", set()),
    ("absorb", "zh-Hant", "後續的復健費用我們全數吸收。", {C}),
    ("absorb", "zh-Hant", "遲交罰款無論幾多我哋都會全數賠返俾你。", {C}),
    ("near", "zh-Hans", "这部分运费由厂家吸收。", set()),
    ("units", "zh-Hans", "我给您额外补2节瑜伽课，每节原价150元。", {C}),
    ("near", "zh-Hans", "您购买的3件衬衫每件原价120元，我们给您退差价20元。", set()),
    ("near", "zh-Hans", "少送的饮料我已经安排骑手补送，20分钟内送到。", set()),
]


@pytest.mark.parametrize(("cls", "language", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[2][:20]}" for r in ROWS])
def test_round_9m(cls: str, language: str, text: str, expected: set[str]) -> None:
    report = check(text, language=language)
    found = {f.category for f in report.findings} & CORE
    assert found == expected, [(f.rule, f.excerpt) for f in report.findings]
