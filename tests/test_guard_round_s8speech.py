"""Issue 9: a report covers only the reported clause. "司机说已经送到了，您确定…吗？" reports the driver's
clause; after the clause boundary (a comma opening the reply's own address, a question mark, 但/不过/but,
a guess 应该是, our own 我哋/we in the clause) the question or verdict is the reply's again and is read.
Real quotation and the customer's own words quoted back stay silent (issue 9 precision class 1).
A business naming itself as responsible (the hotel's 責任喺酒店 after its own staff's slip, a bank's
"our error … the bank's responsibility") admits rather than blames; another business set against us blames.

Sentences written for these tests (en, zh-Hans, zh-Hant incl. Cantonese), not copied from the tune sets.
"""

from __future__ import annotations

import pytest
from table_coverage import languages_missing, one_sided

from drafter.guard.engine import check

F, B = "forbidden_phrase", "blame_discussion"

Row = tuple[str, str, str, str, bool]  # (class, language, text, category judged, raised?)

ROWS: list[Row] = [
    # -- the reply's own doubt after a colleague's report
    ("report then own question", "zh-Hans", "司机说已经送到了，您确定家里没人签收吗？", B, True),
    ("report then own question", "zh-Hans", "您提到店员说「这不是我们的事」，这样的回答确实不应该。", B, False),
    ("report then own question", "zh-Hant", "司機說已經送到了，您確定家裡沒人簽收嗎？", B, True),
    ("report then own question", "zh-Hant", "你話師傅同你講「唔關我哋事」，呢種講法我哋唔認同。", B, False),
    ("report then own question", "en", "The driver says he knocked, are you sure you were home?", B, True),
    (
        "report then own question",
        "en",
        "You said the driver told you it was 'not our problem'; that was wrong of him.",
        B,
        False,
    ),
    # -- the reply's own verdict after the reported clause
    ("report then own verdict", "zh-Hant", "師傅話個箱係你自己封嘅，入面爛咗都唔關我哋事㗎", F, True),
    ("report then own verdict", "zh-Hant", "你話師傅同你講過「唔關我哋事」，我哋會跟佢跟進。", F, False),
    ("report then own verdict", "zh-Hans", "师傅说箱子是您自己封的，里面坏了也不关我们的事。", F, True),
    ("report then own verdict", "zh-Hans", "店员告诉您「这不关我们的事」，这样回答是不对的。", F, False),
    (
        "report then own verdict",
        "en",
        "The driver says the box was sealed by you, so what's inside is not our problem.",
        F,
        True,
    ),
    (
        "report then own verdict",
        "en",
        "The driver told you it was 'not our problem', and he should never have said that.",
        F,
        False,
    ),
    # -- the reply's own guess after the reported clause
    ("report then own guess", "zh-Hans", "我们师傅说搬运时柜子是好的，玻璃门应该是后来您家里人碰到的。", B, True),
    ("report then own guess", "zh-Hans", "师傅说搬运时柜子是好的，我们会再派人上门查看。", B, False),
    ("report then own guess", "zh-Hant", "師傅話搬嘅時候電視櫃冇事，玻璃門應該係之後你屋企人執嘢整爛嘅。", B, True),
    ("report then own guess", "zh-Hant", "師傅話搬嘅時候電視櫃冇事，我哋會再派人上門睇下。", B, False),
    (
        "report then own guess",
        "en",
        "Our mover says the cabinet was fine when he left, you probably knocked it yourself.",
        B,
        True,
    ),
    (
        "report then own guess",
        "en",
        "Our mover says the cabinet was fine when he left, and we will send someone to look at it.",
        B,
        False,
    ),
    # -- the business naming itself as responsible admits; another business named against us blames
    (
        "business names itself",
        "en",
        "I'm sorry: our front desk made a mistake, and the hotel is responsible for your taxi.",
        B,
        False,
    ),
    ("business names itself", "en", "The late fee came from the bank's error, not ours.", B, True),
    (
        "business names itself",
        "en",
        "The late fee was our error, so the charge is the bank's responsibility, not yours.",
        B,
        False,
    ),
    ("business names itself", "zh-Hans", "是我们前台弄错了房型，责任在酒店。", B, False),
    ("business names itself", "zh-Hans", "房间漏水是酒店的责任，跟我们旅行社无关。", B, True),
    ("business names itself", "zh-Hant", "係我哋清潔同事冇放警告牌，責任喺酒店。", B, False),
    ("business names itself", "zh-Hant", "房間漏水係酒店嘅責任，唔關我哋旅行社事。", B, True),
]


@pytest.mark.parametrize(("cls", "lang", "text", "category", "raised"), ROWS)
def test_round_s8speech_row(cls: str, lang: str, text: str, category: str, raised: bool) -> None:
    report = check(text, role="agent", language=lang, use_model=False)
    found = category in {f.category for f in report.findings}
    assert found == raised, [(f.rule, f.excerpt) for f in report.findings]


def test_every_class_in_three_languages() -> None:
    assert not languages_missing(ROWS)


def test_every_class_has_clean_and_raised_rows() -> None:
    assert not one_sided(ROWS)
