"""Round 9z: precision of forbidden phrases and compensation, by class, plus their remaining recall.

Compensation, clean: a charge that "shouldn't have gone through" (or "wasn't supposed to be
charged", 本不应产生的扣费) returned in full corrects the bill; a money word that names a document or
a procedure (退款明细, "the fee waiver request", "refund breakdown"); a cost or a gift the reply will
ask a manager about ("I'll ask the clinic manager about covering", 问问主管能否送您); a multiplier whose
result the sentence then states ("twice the price …, so I've refunded $6") and an amount worked out
in brackets ("¥45 (3 × ¥15)") counted once. Each beside a near miss that still promises.

Sentences written for these tests (en, zh-Hans, zh-Hant incl. Cantonese; telecoms, parking, gyms,
clinics, shops, hotels, cinemas, utilities); every row names which of the two categories it must raise.
"""

from __future__ import annotations

import pytest

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
]


@pytest.mark.parametrize(("cls", "lang", "text", "role", "expected"), ROWS, ids=[f"{r[0]}:{r[2][:30]}" for r in ROWS])
def test_round9z_row(cls: str, lang: str, text: str, role: str, expected: set[str]) -> None:
    report = check(text, role=role, language=lang)
    found = {f.category for f in report.findings} & MINE
    assert found == expected, [(f.rule, f.excerpt) for f in report.findings]


def test_every_class_in_three_languages() -> None:
    langs: dict[str, set[str]] = {}
    for cls, lang, *_ in ROWS:
        langs.setdefault(cls, set()).add(lang)
    assert all(v == {"en", "zh-Hans", "zh-Hant"} for v in langs.values()), langs
