"""Issue 9: a report covers only the reported clause. "司机说已经送到了，您确定…吗？" reports the driver's
clause; the question or verdict after the clause boundary (a comma opening the reply's own address, a
question mark, 但/不过/but, our own 我哋/we in the clause) is the reply's again and is read. Real quotation
and the customer's own words quoted back stay silent (issue 9 precision class 1).

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
