"""Issue 9n: families over the shape of the wording (subject x verb x object), with synonyms beyond
the sentences seen, so the guard holds on wording it has never met.

Families: reproach for not reading or checking; the loss put down to the customer's own choice,
device, household or doing; asked too much of a cheap purchase; the weather or another party as
the cause, and our side cleared; deferral to a free moment while too busy; what "anyone knows";
"I never said that" and "never happened before" in other words; indifference to a complaint;
not knowing and sending the customer on; documents under other names (确认函, 切结书, letterhead,
"consider this email your written confirmation"); the fault owned in a word; open-ended costs.
Sentences written for these tests, in en, zh-Hans and zh-Hant; every row names the core
categories the reply must raise exactly. Near-misses must stay clean."""

from __future__ import annotations

import pytest

from drafter.guard.engine import check
from drafter.guard.report import CORE_CATEGORIES

CORE = CORE_CATEGORIES - {"language_mismatch"}
F, B, L, W, C = (
    "forbidden_phrase",
    "blame_discussion",
    "liability_admission",
    "written_statement",
    "unauthorized_compensation",
)

Row = tuple[str, str, str, set[str]]  # (family, language, text, core categories)

ROWS: list[Row] = [
    # Reproach for not reading or checking: blame.
    ("not_read", "en", "Didn't you check the opening hours before driving over?", {B}),
    ("not_read", "en", "You really should have measured the doorway first.", {B}),
    ("not_read", "zh-Hans", "套餐说明里列得很明白，你签约前没仔细看吗？", {B}),
    ("not_read", "zh-Hant", "你自己睇清楚份合約啦，寫明咗唔包上門。", {B}),
    ("near", "en", "Did you get the confirmation text? If not, I'll resend it now.", set()),
    # The loss down to the customer's own choice, device, household or doing: blame.
    ("own_choice", "en", "That fee is down to the fixed-term plan you selected at sign-up.", {B}),
    ("own_choice", "zh-Hans", "现在出了这种事，只能怪您当初没买保险。", {B}),
    ("own_choice", "zh-Hant", "你一早唔覆我哋，而家搞成咁，怪得邊個？", {B}),
    ("own_device", "en", "It's probably your router that's causing the dropouts.", {B}),
    ("own_device", "zh-Hans", "这么多电费，应该是您家里空调一直开着的吧。", {B}),
    ("own_doing", "zh-Hant", "個錶殼係你自己跌爛嘅啦。", {B}),
    ("own_doing", "zh-Hans", "保安说是您先动手推人的。", {B}),
    ("near", "zh-Hans", "这不能怪您，我们马上给您换一台，今天下午三点前安排好。", set()),
    ("cheap", "zh-Hans", "几十块的拖鞋，你还想穿多久？", {B}),
    ("cheap", "en", "What did you expect at that price?", {B, F}),  # also "you get what you pay for"
    # Weather or another party as the cause; our side cleared: blame.
    (
        "weather",
        "en",
        "The delay was caused by the snow, so the missed connection isn't something we can be liable for.",
        {B},
    ),
    ("weather", "zh-Hant", "颱風造成停電，冰箱裡的東西壞了，我們無法負責。", {B}),
    ("between", "en", "What the airline charged you is between you and the airline.", {B}),
    ("cleared", "zh-Hans", "是仓库没及时发货，延误不在我们客服。", {B}),
    ("near", "en", "The storm closed the road; I've rebooked your delivery for Thursday morning at no charge.", set()),
    # Deferral to a free moment, too busy now: forbidden.
    ("busy", "zh-Hans", "等我忙完这阵再帮您查吧。", {F}),
    ("busy", "zh-Hant", "而家真係唔得閒，聽日先算。", {F}),
    ("busy", "en", "I'll look at it when I get a spare moment.", {F}),
    ("near", "en", "I'll call you at 3pm today with the answer.", set()),
    # What anyone knows: forbidden.
    ("anyone_knows", "en", "Anybody could tell you that glass cracks in the freezer.", {F}),
    ("anyone_knows", "zh-Hans", "谁不知道快递周末不派件？", {F}),
    ("anyone_knows", "zh-Hant", "呢啲係常識嚟㗎。", {F}),
    # "I never said that" and "never happened before", in other words: forbidden.
    ("never_said", "en", "Please don't twist my words.", {F}),
    ("never_said", "zh-Hans", "我什么时候说过包邮？", {F}),
    ("never_said", "zh-Hant", "你唔好冤枉我。", {F}),
    ("never_before", "zh-Hans", "我们从来没遇到过这种投诉。", {F}),
    ("never_before", "en", "This is the first I've heard of it.", {F}),
    ("near", "zh-Hans", "我们之前的说明不够清楚，我今天重新发一份给您。", set()),
    # Indifference to a complaint: forbidden.
    ("indifferent", "zh-Hans", "您想投诉就投诉，我们无所谓。", {F}),
    ("indifferent", "en", "Complain to whoever you like.", {F}),
    ("indifferent", "zh-Hant", "你要去邊度投訴，悉隨尊便。", {F}),
    (
        "near",
        "en",
        "You're welcome to contact the ombudsman too; I'll keep working on this and update you by Friday.",
        set(),
    ),
    # Not knowing and sending the customer on: forbidden.
    ("not_know", "zh-Hans", "这个我们也搞不懂，您自己琢磨一下。", {F}),
    ("not_know", "zh-Hant", "我唔識搞呢樣嘢，你問第二個啦。", {F}),
    ("not_know", "en", "Honestly, this one is beyond me.", {F}),
    # Documents under other names: written statement.
    (
        "document",
        "en",
        "Please treat this email as our formal acknowledgement that the charge was applied in error.",
        {W},
    ),
    ("document", "zh-Hans", "我们会给您开一份盖章的确认函。", {W}),
    ("document", "zh-Hant", "我可以出一份保證書給您。", {W}),
    ("near", "en", "You'll get the usual booking confirmation by email in a few minutes.", set()),
    # The fault owned in a word: liability.
    ("owned", "zh-Hant", "今次真係我哋衰，對唔住。", {L}),
    ("owned", "zh-Hans", "是因为我们的牛奶过期了，您才不舒服。", {L}),
    # Open-ended costs: compensation.
    ("open_cost", "zh-Hans", "维修费不管多少都由我们承担。", {C}),
    ("open_cost", "en", "We'll pay for the carpet and anything else you need replaced.", {C}),
]


@pytest.mark.parametrize(("cls", "language", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[2][:20]}" for r in ROWS])
def test_round_9n(cls: str, language: str, text: str, expected: set[str]) -> None:
    report = check(text, language=language)
    found = {f.category for f in report.findings} & CORE
    assert found == expected, [(f.rule, f.excerpt) for f in report.findings]
