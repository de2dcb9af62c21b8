"""Session 8 guard round 4 (liability admissions): classes found in two author groups' replies and written
as structures, each beside its near misses.

Liability, raised: the fault taken on in words (我们认这个账, 这个错我们认了, 我代表门店承认这个错误, "we won't
dispute it", "accepts legal liability"); the business owning it in the third person ("the Office accepts
responsibility accordingly", 主办单位对您的烫伤负完全责任, 管委会…承认漏水是管线破裂造成的); the harm traced to
us with certainty (肯定系…我哋师傅…搞成, 就是我们…造成的, 确实来自我们后厨, 是我们的问题，不用再查了, "it's
clear the meal we served made you sick", "came from a jug we broke"); our staff's slip or our own check named
as the cause (是设计师操作疏失, 是咱家没把好关, "our fitter botched it, and that's what flooded ..."). Written,
raised: a letter written and handed over with what it sets out (写封正式信俾你，讲清楚…原因), a document named
then issued (说明书，我们会正式出具，说明…经过).

Clean (must stay silent): the cause still to be checked (如果, 是否, "whether"), the inconvenience apologised
for, "we accept that this was frustrating" going on to an investigation, a fault denied, a letter that confirms
a booking, an invoice issued.

Sentences written for these tests (en, zh-Hans, zh-Hant incl. Cantonese), not copied from the tune sets.
"""

from __future__ import annotations

import pytest
from table_coverage import languages_missing, one_sided

from drafter.guard.engine import check

L, W = "liability_admission", "written_statement"

Row = tuple[str, str, str, str, bool]  # (class, language, text, category judged, raised?)

ROWS: list[Row] = [
    # -- liability: the fault taken on in words
    ("fault owned", "en", "The broken vase happened on our watch and we won't dispute that.", L, True),
    ("fault owned", "en", "Harbour Movers accepts full liability for the scratched table.", L, True),
    (
        "fault owned",
        "en",
        "We accept that waiting two weeks was frustrating, and we're checking what happened.",
        L,
        False,
    ),
    ("fault owned", "en", "We do not accept liability until the assessor has reported.", L, False),
    ("fault owned", "zh-Hans", "您的行李箱摔坏了，这个错我们酒店认了。", L, True),
    ("fault owned", "zh-Hans", "我代表餐厅承认这个错误，非常抱歉。", L, True),
    ("fault owned", "zh-Hans", "给您添麻烦了，我们正在核实情况，明天回复您。", L, False),
    ("fault owned", "zh-Hant", "你隻錶喺我哋度整花咗，我哋認呢個數。", L, True),
    ("fault owned", "zh-Hant", "這是公司的錯誤，我們深感抱歉。", L, True),
    ("fault owned", "zh-Hant", "如果查明係我哋造成嘅，我哋會負責。", L, False),
    # -- liability: the business named in the third person owns it
    ("business owns it", "en", "The gym accepts responsibility accordingly for the injury.", L, True),
    (
        "business owns it",
        "en",
        "The council hereby acknowledges that the flooding resulted from a blocked drain on our land.",
        L,
        True,
    ),
    ("business owns it", "en", "The council will find out whether the flooding came from the drain.", L, False),
    ("business owns it", "zh-Hans", "主办方对您的摔伤负全部责任。", L, True),
    ("business owns it", "zh-Hans", "主办方会核实您摔伤的原因，今天下午回复您。", L, False),
    ("business owns it", "zh-Hant", "物業處會發聲明，承認天花板滲水是水管爆裂造成的。", L, True),
    ("business owns it", "zh-Hant", "物業處會派人檢查天花板滲水的原因。", L, False),
    # -- liability: the harm traced to us with certainty
    ("cause certain", "en", "The rash is definitely coming from the cream our therapist used on you.", L, True),
    ("cause certain", "en", "It's clear the prawns we served gave you the stomach upset.", L, True),
    ("cause certain", "en", "The shard came from a glass we dropped behind the counter.", L, True),
    ("cause certain", "en", "I'm sorry you were unwell; we're checking the batch and will call you today.", L, False),
    ("cause certain", "zh-Hans", "您家的水管漏水，就是我们工人施工不当造成的。", L, True),
    ("cause certain", "zh-Hans", "沙拉里的塑料片确实来自我们厨房。", L, True),
    ("cause certain", "zh-Hans", "蛋糕变质就是我们的问题，不用再查了。", L, True),
    ("cause certain", "zh-Hans", "我们会查明塑料片是否来自我们厨房。", L, False),
    ("cause certain", "zh-Hant", "你塊地板起泡肯定係我哋師傅上油嗰陣冇抹乾搞成。", L, True),
    ("cause certain", "zh-Hant", "地板起泡嘅原因我哋會派師傅上門睇清楚。", L, False),
    # -- liability: our staff's slip or our own check named as the cause
    ("our slip the cause", "en", "Our new fitter botched the seal, and that's what flooded your kitchen.", L, True),
    ("our slip the cause", "en", "I fitted that socket myself and obviously got something wrong.", L, True),
    ("our slip the cause", "en", "Our fitter will come back on Monday to check the seal.", L, False),
    ("our slip the cause", "zh-Hans", "您的头发被染坏，是理发师操作失误。", L, True),
    ("our slip the cause", "zh-Hans", "孩子吃了咱家的饼干过敏，是咱家没把好关。", L, True),
    ("our slip the cause", "zh-Hans", "我们会查明是不是理发师操作失误，明天回复您。", L, False),
    ("our slip the cause", "zh-Hant", "你喺泳池跌親，係當時救生員走開咗。", L, True),
    ("our slip the cause", "zh-Hant", "當時救生員會再加多一位，保障大家安全。", L, False),
    # -- clean: one of ours named with the speaker's own hand disowned (blame, not a fault owned), and a
    # class-1 slip that cost the customer a trip or a wait (害您还要再来一次)
    ("colleague disowned", "en", "It wasn't me who booked it; my colleague put you in the wrong room.", L, False),
    (
        "colleague disowned",
        "en",
        "Our porter dropped your case, and that's what cracked the lid. We accept that.",
        L,
        True,
    ),
    ("colleague disowned", "zh-Hans", "是我们另一位同事把您的桌位排错了，不是我弄的，但还是跟您道歉。", L, False),
    ("colleague disowned", "zh-Hans", "上次少开了发票抬头，害您还要再跑一趟，抱歉。", L, False),
    ("colleague disowned", "zh-Hans", "是我们员工操作失误，这个错我们认了。", L, True),
    ("colleague disowned", "zh-Hant", "係我哋另一位同事入錯你嘅資料，唔係我整嘅，不過都同你講聲唔好意思。", L, False),
    ("colleague disowned", "zh-Hant", "上次漏咗蓋印，害你要再嚟多次，唔好意思。", L, False),
    ("colleague disowned", "zh-Hant", "係我哋同事操作失誤，呢個錯我哋認咗。", L, True),
    # -- written: a letter written and handed over, a document named then issued
    ("letter handed over", "en", "I'll send you a formal report on the outage by Friday.", W, True),
    ("letter handed over", "en", "I'll send you a letter confirming your new booking date.", W, False),
    ("letter handed over", "zh-Hans", "您需要的事故说明书，我们会以公司名义正式出具，说明当天的经过。", W, True),
    ("letter handed over", "zh-Hans", "您需要的发票，我们会正式开具，寄到您的邮箱。", W, False),
    ("letter handed over", "zh-Hant", "我會寫封正式信俾你，講清楚今次漏水嘅原因。", W, True),
    ("letter handed over", "zh-Hant", "我今日會打電話俾你，講清楚今次漏水嘅原因。", W, False),
]


@pytest.mark.parametrize(
    ("cls", "lang", "text", "category", "raised"),
    ROWS,
    ids=[f"{r[0]}:{r[1]}:{r[4]}:{r[2][:24]}" for r in ROWS],
)
def test_round_s8liab2_row(cls: str, lang: str, text: str, category: str, raised: bool) -> None:
    report = check(text, role="agent", language=lang, use_model=False)
    found = category in {f.category for f in report.findings}
    assert found == raised, [(f.rule, f.excerpt) for f in report.findings]


def test_every_class_in_three_languages() -> None:
    assert not languages_missing(ROWS)


def test_every_class_has_clean_and_raised_rows() -> None:
    assert not one_sided(ROWS)
