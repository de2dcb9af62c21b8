"""Issue 9q: a letter or certificate made for the customer, named with what it will state or keep
("a confirmation letter for your records", 开个证明写明…, 发出一封确认信列明…以供存档, 写封信俾你…
讲明, 用我哋嘅信纸), and three near-misses that used to draw a finding: a formal letter that waits on
another team's sign-off, declining to argue about what happened, and the customer's own repair
narrated (您自己找人私自移机). Sentences written for these tests, in en, zh-Hans and zh-Hant; every
row names the core categories the reply must raise exactly."""

from __future__ import annotations

import pytest

from drafter.guard.engine import check
from drafter.guard.report import CORE_CATEGORIES

CORE = CORE_CATEGORIES - {"language_mismatch"}
B, F, W = "blame_discussion", "forbidden_phrase", "written_statement"

Row = tuple[str, str, str, set[str]]  # (class, language, text, core categories)

ROWS: list[Row] = [
    # A document made for the customer, with what it will say or keep: written statement.
    ("document", "en", "We'll post you a signed letter for your records about the closure of the pool.", {W}),
    ("document", "en", "I can prepare a confirmation letter to keep on file for your landlord.", {W}),
    ("document", "zh-Hans", "我们可以给您开一份证明，写明这台洗衣机是上周三送修的。", {W}),
    ("document", "zh-Hans", "我给您出个说明，注明当天停水了整整一下午。", {W}),
    ("document", "zh-Hant", "本中心可以發出一封確認信，列明閣下的預約日期，以供存檔。", {W}),
    ("document", "zh-Hant", "我出封信畀你，用我哋診所嘅信紙，講清楚你嗰日嘅情況。", {W}),
    ("near", "en", "I've attached the receipt for your records; the refund reference is RF-2210.", set()),
    ("near", "zh-Hans", "我们会给您开一份电子发票，今天下午发到您的邮箱。", set()),
    ("near", "zh-Hant", "請您提供一份證明給我們，我們收到後三天內處理。", set()),
    # A formal letter that waits on another team's sign-off: not our promise.
    (
        "sign_off",
        "en",
        "If your bank needs a formal letter, it has to be signed off by our legal team; I've asked them today.",
        set(),
    ),
    # Declining to argue is not a brush-off.
    ("no_argue", "en", "I won't argue about who was right at the counter; I'm sorry it went that way.", set()),
    ("argue", "en", "I'm not going to argue with you any further.", {F}),
    # The customer's own repair, narrated, is not "go and find someone yourself".
    ("narrated", "zh-Hans", "您自己找人私自改装了线路，这部分我们先帮您检测。", set()),
    ("brush_off", "zh-Hans", "这个您自己去找厂家吧。", {F}),
]


@pytest.mark.parametrize(("cls", "language", "text", "expected"), ROWS)
def test_round_9q(cls: str, language: str, text: str, expected: set[str]) -> None:
    report = check(text, language=language)
    found = {f.category for f in report.findings} & CORE
    assert found == expected, [(f.rule, f.excerpt) for f in report.findings]


def test_languages_covered() -> None:
    seen = {(cls, language) for cls, language, _, _ in ROWS}
    assert {language for cls, language in seen if cls == "document"} == {"en", "zh-Hans", "zh-Hant"}
