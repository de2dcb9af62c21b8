"""Round 9z: precision of forbidden phrases and compensation, by class, plus their remaining recall.

Forbidden, clean: a remark of someone else's quoted through a noun in order to apologise for it
(the cashier's remark that you "…", 店员那句「…」); the phrase named in order to refuse it ("I'm not
going to tell you to calm down", 我不會叫您冷靜). Forbidden, raised: told to calm down first however
softened (您先冷静一下, 請您最好先冷靜一點); anger or a raised voice called useless (大声嚷嚷是解决不了问题的,
"shouting won't solve anything"); "I'm just the call centre", "not sure what you expect me to do about
it", 你要我怎么办; everyone else declared satisfied against the customer ("plenty of other subscribers
are perfectly happy with", 其他客人都很满意), not "most of our users are happy with these features".

Compensation, clean: a charge that "shouldn't have gone through" (or "wasn't supposed to be
charged", 本不应产生的扣费) returned in full corrects the bill; a money word that names a document or
a procedure (退款明细, "the fee waiver request", "refund breakdown"); a cost or a gift the reply will
ask a manager about ("I'll ask the clinic manager about covering", 问问主管能否送您); a multiplier whose
result the sentence then states ("twice the price …, so I've refunded $6") and an amount worked out
in brackets ("¥45 (3 × ¥15)") counted once; a charge waived by rule for a class of people or a period
(我们对65岁以上的长者免收入场费, "free for the first 30 minutes"). Raised: a brand-new item handed over
in place of the damaged one with its worth named ("replace it with a brand-new model ($1,299)"). Each
beside a near miss.

Sentences written for these tests (en, zh-Hans, zh-Hant incl. Cantonese; telecoms, parking, gyms,
clinics, shops, hotels, cinemas, utilities); every row names which of the two categories it must raise.
"""

from __future__ import annotations

import pytest
from table_coverage import languages_missing

from drafter.guard.engine import check

F, C = "forbidden_phrase", "unauthorized_compensation"
MINE = {F, C}  # blame, liability and written statements are other rounds'; rows judge only these two

Row = tuple[str, str, str, str, set[str]]  # (class, language, text, role, categories of the two)

ROWS: list[Row] = [
    # -- a charge that should not have gone through, returned in full: a correction
    (
        "charged in error",
        "en",
        "Your plan ended in May, so the $42 debit in June shouldn't have gone through, and I've refunded it in full.",
        "agent",
        set(),
    ),
    (
        "charged in error",
        "en",
        "The parking charge wasn't supposed to be charged after you left, so I've refunded the $60 in full.",
        "agent",
        set(),
    ),
    ("charged in error", "zh-Hans", "您6月已经退订，这笔本不应产生的扣费68元我们已经全额退回。", "agent", set()),
    (
        "charged in error",
        "zh-Hant",
        "您的合約上月已到期，這筆本不該產生的扣款120元，我們已經全額退還給您。",
        "agent",
        set(),
    ),
    (
        "charged in error",
        "en",
        "The $80 payment shouldn't have gone through. I've refunded it in full and added a $30 voucher.",
        "agent",
        {C},
    ),
    ("charged in error", "zh-Hans", "这笔本不应产生的扣费68元已全额退回，另外再送您一张60元优惠券。", "agent", {C}),
    # -- a money word naming a document or a procedure
    ("document", "en", "I'll submit the fee waiver request to billing today and update you by Friday.", "agent", set()),
    ("document", "en", "I've emailed you the refund breakdown for your records.", "agent", set()),
    ("document", "zh-Hans", "我会把退款明细发到您的邮箱，方便您核对。", "agent", set()),
    ("document", "zh-Hant", "我會把退款明細寄到您的信箱，方便您核對。", "agent", set()),
    ("document", "en", "I'll waive the late fee today.", "agent", {C}),
    ("document", "zh-Hant", "我們會把運費退給您。", "agent", {C}),
    # -- a manager asked about the money: it waits on their decision
    (
        "ask a manager",
        "en",
        "I'll ask the clinic manager about covering the taxi fare and call you tomorrow.",
        "agent",
        set(),
    ),
    (
        "ask a manager",
        "en",
        "I'm speaking with the duty manager about whether we can refund your $90 ticket today.",
        "agent",
        set(),
    ),
    ("ask a manager", "zh-Hans", "我会问问主管能否送您两张电影票，今晚回复您。", "agent", set()),
    ("ask a manager", "zh-Hant", "我會問問經理是否可以送您一晚免費住宿，今晚回覆您。", "agent", set()),
    ("ask a manager", "en", "We'll cover the taxi fare.", "agent", {C}),
    ("ask a manager", "zh-Hans", "我问过主管了，送您两张电影票。", "agent", {C}),
    # -- a multiplier worked out in the amount the sentence then states; a sum worked out in brackets
    (
        "worked out",
        "en",
        "Our guarantee pays back twice the price of a faulty bulb, so I've refunded $6 (2 × $3) to your card.",
        "agent",
        set(),
    ),
    ("worked out", "zh-Hans", "过期商品我们双倍退款，所以给您退了24元（2×12元）。", "agent", set()),
    ("worked out", "zh-Hant", "過期商品我們雙倍退款，所以退給您24元（2×12元）。", "agent", set()),
    ("worked out", "en", "I've refunded ¥45 (3 × ¥15) to your card.", "agent", set()),
    ("worked out", "zh-Hans", "已为您退款45元（3×15元）。", "agent", set()),
    ("worked out", "zh-Hant", "已為您退款45元（3×15元）。", "agent", set()),
    ("worked out", "zh-Hans", "已为您退款45元，另送您15元券。", "agent", {C}),
    ("worked out", "zh-Hans", "我们给您双倍赔偿，另外送您40元券。", "agent", {C}),
    ("worked out", "en", "We'll give you a full refund, and also a ¥20 voucher.", "agent", {C}),
    (
        "worked out",
        "en",
        "We'll refund double the price, so you're not out of pocket, and add a $20 voucher.",
        "supervisor",
        {C},
    ),
    ("worked out", "zh-Hant", "我們給您雙倍退款，所以您不會吃虧，另外再送您100元券。", "supervisor", {C}),
    # -- a brand-new item handed over in place of the damaged one, its worth named: compensation of that worth
    (
        "brand-new in place",
        "en",
        "As the shop manager, I've decided we'll replace it with a brand-new model ($1,299), ready next week.",
        "store_manager",
        {C},
    ),
    ("brand-new in place", "en", "We'll swap it for a brand-new kettle ($35) today.", "agent", {C}),
    ("brand-new in place", "zh-Hans", "我决定直接给您换一台全新的同型号电脑，价值9999元。", "store_manager", {C}),
    ("brand-new in place", "zh-Hant", "我決定直接換一台全新的同型號電腦給您，價值9999元。", "store_manager", {C}),
    (
        "brand-new in place",
        "en",
        "We'll replace it with a brand-new one and refund the $5 delivery fee.",
        "agent",
        set(),
    ),
    ("brand-new in place", "zh-Hans", "我们会免费为您更换一台新的。", "agent", set()),
    # -- a charge waived by rule for a whole class of people or a period: a policy, even said by "we"
    ("free by rule", "zh-Hans", "我们停车场对新能源车辆免收停车费，您下次可以放心停。", "agent", set()),
    ("free by rule", "zh-Hans", "我们停车场30分钟内免收停车费，您可以放心停。", "agent", set()),
    ("free by rule", "zh-Hant", "我們對65歲以上的長者免收入場費，您的父親下次可以直接入場。", "agent", set()),
    (
        "free by rule",
        "en",
        "Our car park is free for the first 30 minutes, so you can stop by anytime.",
        "agent",
        set(),
    ),
    (
        "free by rule",
        "en",
        "At our pool, children under 5 get in free, so you're welcome to bring your son.",
        "agent",
        set(),
    ),
    ("free by rule", "zh-Hans", "这次我们给您免收停车费。", "agent", {C}),
    ("free by rule", "zh-Hans", "我给您3小时内免收停车费。", "agent", {C}),
    ("free by rule", "zh-Hant", "這次我們幫您免收停車費。", "agent", {C}),
    ("free by rule", "en", "I'll make your parking free for the first 3 hours next time.", "agent", {C}),
    # -- a remark quoted through a noun, in order to apologise for it: someone else's words
    (
        "quoted remark",
        "en",
        "The cashier's remark that you \"should have read the sign\" was rude, and I'm sorry.",
        "agent",
        set(),
    ),
    (
        "quoted remark",
        "en",
        'Our engineer\'s comment that you "must have broken it yourself" was out of line, and I apologise.',
        "agent",
        set(),
    ),
    ("quoted remark", "zh-Hans", "店员那句「你自己不会看吗」非常不礼貌，我们深感抱歉。", "agent", set()),
    ("quoted remark", "zh-Hant", "店員那句「這又不是什麼大問題」非常不妥，我們深感抱歉。", "agent", set()),
    (
        "quoted remark",
        "en",
        "You must have misread the sign, I'm afraid.",
        "agent",
        set(),
    ),  # a doubt: blame, not these two
    ("quoted remark", "zh-Hant", "這又不是什麼大問題，我們明天再處理。", "agent", {F}),
    # -- the phrase named in order to refuse it
    ("disavowed", "en", "I'm not going to tell you to calm down — a week without heating is serious.", "agent", set()),
    ("disavowed", "zh-Hans", "我不会叫您冷静，停电一整天换谁都会生气。", "agent", set()),
    ("disavowed", "zh-Hant", "我唔會叫你冷靜啲，成個禮拜冇網換邊個都會嬲。", "agent", set()),
    ("disavowed", "zh-Hant", "我不會說這是小事，我們今天就派人處理。", "agent", set()),
    ("disavowed", "en", "Calm down, it's only a small scratch.", "agent", {F}),
    ("disavowed", "zh-Hans", "您冷静点，我们会处理的。", "agent", {F}),
    (
        "disavowed",
        "en",
        "I'm not going to tell you that you must have misread the label — we'll check it today.",
        "agent",
        set(),
    ),
    ("disavowed", "en", "I won't tell you that you should read the terms — they were unclear.", "agent", set()),
    ("disavowed", "zh-Hans", "我不会跟您说您一定是记错了，我们马上查清楚。", "agent", set()),
    ("disavowed", "zh-Hant", "我不會跟您說您一定是記錯了，我們馬上查清楚。", "agent", set()),
    ("disavowed", "zh-Hans", "您一定是记错了。", "agent", set()),  # a doubt: blame, not these two
    ("disavowed", "zh-Hans", "您是不是没看清楚说明书？", "agent", {F}),
    # -- told to calm down first, however softened; anger or a raised voice called useless
    ("calm down first", "zh-Hans", "您先冷静一下，我们会按流程处理。", "agent", {F}),
    ("calm down first", "zh-Hant", "請您最好先冷靜一點，再來談退費的事。", "agent", {F}),
    ("calm down first", "zh-Hans", "大声嚷嚷是解决不了问题的，请到窗口排队。", "agent", {F}),
    ("calm down first", "zh-Hant", "你咁樣發脾氣係解決唔到問題㗎。", "agent", {F}),
    ("calm down first", "en", "Shouting at my colleagues won't solve anything.", "agent", {F}),
    ("calm down first", "en", "Getting angry won't fix anything, so please wait in line.", "agent", {F}),
    ("calm down first", "zh-Hans", "我们理解您现在很难冷静，换成是我也会着急。", "agent", set()),
    ("calm down first", "zh-Hans", "光道歉解决不了问题，我们今天就派师傅上门维修。", "agent", set()),
    (
        "calm down first",
        "en",
        "An apology alone won't fix anything, so an engineer will visit you today.",
        "agent",
        set(),
    ),
    # -- nothing I can do: "I'm just the call centre", "what do you expect me to do"
    ("helpless", "en", "I'm just the call centre, the claims team decides.", "agent", {F}),
    ("helpless", "en", "I'm not sure what you expect me to do about it.", "agent", {F}),
    ("helpless", "zh-Hans", "你要我怎么办？我也没办法。", "agent", {F}),
    ("helpless", "zh-Hant", "你想我哋點算？", "agent", {F}),
    ("helpless", "zh-Hans", "您要我们怎么办理退货？我可以发给您退货地址。", "agent", set()),
    ("helpless", "en", "What would you like us to do next: a refund or a replacement?", "agent", set()),
    ("helpless", "en", "I'm just the person to help with that — let me book the engineer now.", "agent", set()),
    # -- everyone else declared satisfied, against the customer
    (
        "others satisfied",
        "en",
        "Plenty of other subscribers are perfectly happy with the picture quality.",
        "agent",
        {F},
    ),
    ("others satisfied", "en", "Everyone else is perfectly happy with the new menu.", "agent", {F}),
    ("others satisfied", "zh-Hans", "其他客人吃了都很满意。", "agent", {F}),
    ("others satisfied", "zh-Hant", "別嘅會員都冇投訴過呢個時間表。", "agent", {F}),
    (
        "others satisfied",
        "en",
        "Most of our users are happy with the new features, and we'd love your feedback on them.",
        "agent",
        set(),
    ),
    ("others satisfied", "zh-Hans", "我们会联系其他客人核实当晚的情况。", "agent", set()),
]


@pytest.mark.parametrize(("cls", "lang", "text", "role", "expected"), ROWS, ids=[f"{r[0]}:{r[2][:30]}" for r in ROWS])
def test_round9z_row(cls: str, lang: str, text: str, role: str, expected: set[str]) -> None:
    report = check(text, role=role, language=lang)
    found = {f.category for f in report.findings} & MINE
    assert found == expected, [(f.rule, f.excerpt) for f in report.findings]


def test_every_class_in_three_languages() -> None:
    assert not languages_missing(ROWS)
