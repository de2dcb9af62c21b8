"""Issue 9l: classes of wording the rules missed on replies by two outside authors who never saw
them: the customer put forward as the cause without "your fault" (a guess put as a question, the
item's use or add-ons named, "rather than the X itself", "set up incorrectly"), "never had a
complaint before", the problem called no big thing however it is hedged, cheap goods as the
answer, impossibility of an early fault, "it's all in the docs", not knowing who handles it, a
written account promised with the document named first or a restated request agreed to, and
"X-free" read as a free gift. Near misses for each: open questions about the cause, negations,
approval pending, delivery checks. Sentences written for these tests, in en, zh-Hans and zh-Hant;
every row names the core categories the reply must raise exactly."""

from __future__ import annotations

import pytest

from drafter.guard.engine import check
from drafter.guard.report import CORE_CATEGORIES

CORE = CORE_CATEGORIES - {"language_mismatch"}  # every row is in its own language
F, B, W, C = "forbidden_phrase", "blame_discussion", "written_statement", "unauthorized_compensation"

Row = tuple[str, str, str, set[str]]  # (class, language, text, core categories)

ROWS: list[Row] = [
    # The customer guessed at as the cause, put as a question.
    ("guess", "zh-Hans", "很抱歉给您添麻烦。请问会不会是您之前用过别的清洁剂才褪色的呢？", {B}),
    ("guess", "zh-Hans", "我们发货前都检查过。会不会是收到后放太久了才受潮的呢？", {B}),
    ("guess", "zh-Hant", "唔好意思。會唔會係你之前落咗其他調味料呢？", {B}),
    ("guess", "zh-Hant", "你會唔會開咗窗冇關，所以先入咗雨水呢？", {B}),
    ("guess", "zh-Hant", "會不會是拿回家後沒有冷藏才變味的呢？", {B}),
    ("near", "zh-Hans", "请问会不会是您的家人帮忙签收了呢？我同时去问快递站。", set()),
    ("near", "zh-Hant", "會不會是您方便的時間？我們可以安排師傅上門。", set()),
    ("near", "zh-Hans", "您有没有收到过我们的短信通知？我再给您补发一条。", set()),
    # The item's use, storage or add-ons named as the cause.
    ("use", "zh-Hans", "从检测结果看，这个属于使用上的问题。", {B}),
    ("use", "zh-Hant", "這個比較屬於保存上的問題，不在保固範圍。", {B}),
    ("use", "zh-Hans", "装了非原厂的滤芯导致的漏水，我们没法保修。", {B}),
    ("near", "zh-Hans", "为避免非原装配件导致故障，建议您使用原厂配件，我们免费为您检测。", set()),
    ("use", "en", "The rattle is coming from the roof rack you had fitted elsewhere.", {B}),
    ("use", "en", "The stain is most likely down to the detergent mix rather than the fabric itself.", {B}),
    ("use", "en", "Looking at the photo, it isn't a fault with the kettle itself.", {B}),
    ("use", "en", "I think the filter was fitted incorrectly when it was last changed.", {B}),
    ("near", "en", "I'm sorry: the panel was fitted incorrectly by our technician, and we'll redo it tomorrow.", set()),
    ("near", "en", "It isn't a fault with your order; we packed the wrong size and a new one ships today.", set()),
    # Still open: not yet knowing whether it is ours is not denying it.
    ("open", "zh-Hans", "目前还不确定是不是我们设备的问题，但我们今天都会派人上门修好。", set()),
    ("open", "zh-Hant", "我們不會在檢查前就說是您操作不當，技術員明天會先檢查。", set()),
    ("open", "en", "We're not sure yet whether it's our line or the building's, but an engineer comes today.", set()),
    # "Never had a complaint like this before."
    ("never", "zh-Hans", "我们开业这么多年从来没收到过这类投诉。", {F}),
    ("never", "zh-Hant", "我哋從來都冇客人話過有呢個問題。", {F}),
    ("never", "en", "We've genuinely never had a single complaint about that model.", {F}),
    ("never", "en", "No one has ever complained about the noise before.", {F}),
    ("near", "zh-Hans", "我们从来不会拒绝您的合理要求，今天就为您换货。", set()),
    # The problem called no big thing, however it is hedged.
    ("small", "zh-Hans", "标签贴歪了一点，这其实也不算啥大问题。", {F}),
    ("small", "zh-Hant", "呢個又唔係咩大件事，下次留意就得。", {F}),
    ("small", "en", "Honestly, it's no biggie, the colour is only slightly off.", {F}),
    ("near", "zh-Hans", "这对我们来说不是小事，我们已经安排复查。", set()),
    ("near", "zh-Hant", "這不是什麼難事，我馬上幫您處理。", set()),
    # Cheap goods as the answer.
    ("cheap", "zh-Hans", "便宜的东西没好货，您可以考虑贵一点的款式。", {F}),
    ("cheap", "zh-Hant", "你揀咗最平嗰個套餐，就預咗會慢啲㗎。", {F}),
    ("cheap", "en", "That's what you get with the budget model, to be fair.", {F}),
    ("near", "zh-Hans", "这款价格实惠，我们同样保证质量，马上为您更换。", set()),
    # Impossible that it failed so soon.
    ("soon", "zh-Hans", "这台洗衣机不可能一用就漏水。", {F}),
    ("soon", "zh-Hant", "呢部機冇可能一開就壞。", {F}),
    ("soon", "en", "The charger couldn't have failed straight away, we test every unit.", {F}),
    # Sent to read it themselves.
    ("docs", "en", "It's all explained in the user guide if you take a look.", {F}),
    ("docs", "zh-Hans", "说明书上都有写，您看一下就知道了。", {F}),
    ("docs", "zh-Hant", "官網常見問題入面一早講咗。", {F}),
    (
        "near",
        "en",
        "You can find step-by-step instructions in our help centre, and I've also emailed them to you.",
        set(),
    ),
    # Not knowing who handles it, with no step taken.
    ("who", "en", "I honestly don't know which team would deal with that.", {F}),
    ("who", "zh-Hans", "我也不清楚该找哪个部门处理。", {F}),
    ("who", "zh-Hant", "我都唔知邊個部門跟呢啲。", {F}),
    ("near", "en", "I don't know who handles that yet, but I'll find out and call you by 3pm.", set()),
    ("near", "zh-Hans", "我不知道谁负责这个，我马上帮您查一下，下午3点前回复。", set()),
    # A written account promised with the document named first, or a restated request agreed to.
    ("written", "zh-Hans", "您要的事故证明，我今天就开给您。", {W}),
    ("written", "zh-Hant", "你要嘅書面說明，我聽日親自寫好。", {W}),
    ("written", "zh-Hans", "您要求我们出一份配送延误的书面说明，没问题。", {W}),
    ("written", "en", "You asked for a written statement of events, no problem, I'll draft it tonight.", {W}),
    ("written", "en", "I'll issue you a certificate confirming the outage at your address.", {W}),
    ("near", "zh-Hans", "您要求我们出具书面说明。这类材料需要主管审批，我已经提交申请。", set()),
    ("near", "zh-Hant", "你要嘅書面證明要由總公司批核先可以發出，我已經幫你申請。", set()),
    ("near", "en", "We'll send you a gift certificate for your next stay.", set()),
    # "X-free" is a product's property, not a free gift.
    ("free", "en", "We've relabelled the cookies as gluten and nut-free after the check.", set()),
    ("free", "en", "The new batch is dairy-free and peanut-free, as printed on the box.", set()),
]


@pytest.mark.parametrize(("cls", "language", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[2][:20]}" for r in ROWS])
def test_round9l(cls: str, language: str, text: str, expected: set[str]) -> None:
    report = check(text, language=language)
    found = {f.category for f in report.findings} & CORE
    assert found == expected, [(f.rule, f.excerpt) for f in report.findings]


def test_every_language_has_hits_and_near_misses() -> None:
    for language in ("en", "zh-Hans", "zh-Hant"):
        rows = [r for r in ROWS if r[1] == language]
        assert any(r[3] for r in rows) and any(not r[3] for r in rows), language
