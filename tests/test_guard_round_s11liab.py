"""Session 11 guard round (s11liab): liability, compensation and written statements on wording the
rules did not list, one class per row group, each beside a near-miss that must stay clean.

Pass (a), from the g23a/g23b misses: money put back on the card or account as a gift ("I'll put forty
dollars back on your card", 把40美元打回您的卡上); a goodwill credit beside a reversed duplicate charge is on
top of the correction; a bill reduction sized by the amount before it (180元的账单减免, "a $180 bill
reduction"); a refund named only as a document (退款證明) or a wish to host the customer again
(希望下次有機會再招待你) promises nothing; our carer, teacher or coach on duty named as having failed to
watch (是当班老师看管不力才导致孩子摔倒受伤).

Sentences written for these tests (en, zh-Hans, zh-Hant incl. Cantonese).
"""

from __future__ import annotations

import pytest
from table_coverage import languages_missing, one_sided

from drafter.guard.engine import check

COMP = "unauthorized_compensation"
LIAB = "liability_admission"
WRIT = "written_statement"

Row = tuple[str, str, str, str, str, bool]  # (class, language, role, category, text, raised?)

ROWS: list[Row] = [
    # -- money put back on the card or account as a gift
    ("back on card", "en", "agent", COMP, "I'll put forty dollars back on your card today as a thank-you.", True),
    ("back on card", "en", "agent", COMP, "I'll put $5 back on your card today for the trouble.", False),
    ("back on card", "en", "agent", COMP, "The $40 we took by mistake has already gone back to your card.", False),
    ("back on card", "zh-Hans", "agent", COMP, "我今天会把40美元打回您的卡上，感谢您的耐心。", True),
    ("back on card", "zh-Hans", "agent", COMP, "我今天会把5元打回您的卡上。", False),
    ("back on card", "zh-Hans", "agent", COMP, "重复扣的40美元我已经打回您的卡上了。", False),
    ("back on card", "zh-Hant", "agent", COMP, "我今日會將四百蚊退返落你張卡度，多謝你耐心等。", True),
    ("back on card", "zh-Hant", "agent", COMP, "多扣咗嘅四百蚊已經退返落你張卡。", False),
    ("back on card", "zh-Hant", "agent", COMP, "延遲繳費我冇權限批，下晝兩點打返俾你得唔得？", False),
    ("back on card", "zh-Hans", "agent", COMP, "我稍后打回给您，确认处理结果。", False),
    # -- a goodwill credit beside a reversed duplicate is on top of the correction
    (
        "goodwill on top",
        "en",
        "supervisor",
        COMP,
        "The duplicate payment has been reversed, and because of the overdraft trouble it caused, "
        "I'm adding a goodwill credit of USD 45 to your account.",
        True,
    ),
    (
        "goodwill on top",
        "en",
        "supervisor",
        COMP,
        "We charged you USD 45 twice by mistake, so I've credited the USD 45 back to your account.",
        False,
    ),
    ("goodwill on top", "zh-Hans", "supervisor", COMP, "重复扣的45美元已经退回，另外为表歉意再给您补偿45美元。", True),
    ("goodwill on top", "zh-Hans", "supervisor", COMP, "重复扣款的45美元已经原路退回，抱歉给您添了麻烦。", False),
    ("goodwill on top", "zh-Hant", "supervisor", COMP, "重複扣款已經退返，另外我哋再俾你45美元作補償。", True),
    ("goodwill on top", "zh-Hant", "supervisor", COMP, "重複扣款嘅45美元已經退返你張卡。", False),
    # -- a bill reduction is sized by the amount before it, not read as the bill's price
    ("bill reduction", "zh-Hans", "supervisor", COMP, "我已为您批准180元的账单减免，会体现在本月账单中。", False),
    ("bill reduction", "zh-Hans", "agent", COMP, "我已经批准180元的账单减免，会体现在本月账单中。", True),
    ("bill reduction", "zh-Hant", "supervisor", COMP, "我已為您批准180元的帳單減免，會反映在本月帳單。", False),
    ("bill reduction", "zh-Hant", "agent", COMP, "我已為您批准180元的帳單減免，會反映在本月帳單。", True),
    ("bill reduction", "en", "supervisor", COMP, "I've approved a $180 bill reduction this month.", True),
    ("bill reduction", "en", "supervisor", COMP, "I've approved a $18 bill reduction this month.", False),
    # -- a refund named only as its document promises nothing
    ("refund document", "zh-Hant", "agent", COMP, "您的訂單已原路退款，退款證明已寄至您的信箱。", False),
    ("refund document", "zh-Hant", "agent", COMP, "我們再退您NT$2,000，退款證明稍後寄到您的信箱。", True),
    ("refund document", "zh-Hans", "agent", COMP, "退款证明已发送至您的邮箱，请查收。", False),
    ("refund document", "zh-Hans", "agent", COMP, "我们给您退款200元，退款证明稍后发您邮箱。", True),
    ("refund document", "en", "agent", COMP, "The proof of refund has been emailed to you.", False),
    ("refund document", "en", "agent", COMP, "I've refunded you $200, and the proof of refund is in your inbox.", True),
    # -- a wish to host the customer again is no meal given
    ("host again", "zh-Hant", "store_manager", COMP, "希望下次有機會再招待你。", False),
    ("host again", "zh-Hant", "agent", COMP, "今晚呢餐我哋招待你。", True),
    ("host again", "zh-Hans", "agent", COMP, "期待下次再招待您。", False),
    ("host again", "zh-Hans", "agent", COMP, "今晚这顿我们招待您。", True),
    ("host again", "en", "agent", COMP, "We hope to host you again soon.", False),
    ("host again", "en", "agent", COMP, "Tonight's dinner is on us.", True),
    # -- our carer, teacher or coach on duty named as having failed to watch
    ("watch failed", "zh-Hans", "agent", LIAB, "学校的说明会写清楚是当班老师看管不力才导致孩子摔倒受伤的。", True),
    ("watch failed", "zh-Hans", "agent", LIAB, "我们会查明是不是当班老师看管不力，明天回复您。", False),
    ("watch failed", "zh-Hans", "agent", LIAB, "孩子摔倒不是老师看管不力，我们正在调查场地情况。", False),
    ("watch failed", "zh-Hant", "agent", LIAB, "孩子摔傷是當值老師看管不力造成的，我們深感抱歉。", True),
    ("watch failed", "zh-Hant", "agent", LIAB, "小朋友跌親係當值教練睇顧唔周，真係對唔住。", True),
    ("watch failed", "zh-Hant", "agent", LIAB, "您提到當值老師看管不力，我們會認真調查。", False),
    ("watch failed", "en", "agent", LIAB, "The fall was down to our duty teacher's lack of supervision.", True),
    ("watch failed", "en", "agent", LIAB, "We'll check if the fall was due to a lack of supervision.", False),
    ("watch failed", "en", "agent", LIAB, "The fall was not down to our staff's negligence.", False),
]


@pytest.mark.parametrize(
    ("cls", "lang", "role", "category", "text", "raised"), ROWS, ids=[f"{r[0]}:{r[4][:30]}" for r in ROWS]
)
def test_s11liab_row(cls: str, lang: str, role: str, category: str, text: str, raised: bool) -> None:
    report = check(text, role=role, language=lang, use_model=False)
    found = category in {f.category for f in report.findings}
    assert found == raised, [(f.rule, f.excerpt) for f in report.findings]


def test_every_class_in_three_languages() -> None:
    assert not languages_missing(ROWS)


def test_every_class_has_clean_and_raised_rows() -> None:
    assert not one_sided(ROWS)
