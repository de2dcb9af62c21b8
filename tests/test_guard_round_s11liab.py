"""Session 11 guard round (s11liab): liability, compensation and written statements on wording the
rules did not list, one class per row group, each beside a near-miss that must stay clean.

Pass (a), from the g23a/g23b misses: money put back on the card or account as a gift ("I'll put forty
dollars back on your card", 把40美元打回您的卡上); a goodwill credit beside a reversed duplicate charge is on
top of the correction; a bill reduction sized by the amount before it (180元的账单减免, "a $180 bill
reduction"); a refund named only as a document (退款證明) or a wish to host the customer again
(希望下次有機會再招待你) promises nothing; our carer, teacher or coach on duty named as having failed to
watch (是当班老师看管不力才导致孩子摔倒受伤).
Pass (b), from the g23c misses: the harm traced to our own act ("this happened because our engineers pushed
a bad change", 紅腫係因為護士注射位置唔啱, 寫明是吃了本店食品導致); responsibility taken "for it" and the
illness traced to "that order" with certainty; every cost of a kind put on us with no sum (所有…費用將由本公司
負責, "all … costs will be covered by us"); an item's price already returned kept out of the gift beside it;
the customer's need for a statement granted (您說需要…書面說明…冇問題) and a document written by a named
colleague with what it will contain; the police's accident certificate is not ours.

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
    # -- pass (b): the harm traced to our own act or our staff's wrong act, with no investigation
    ("own act", "en", "agent", LIAB, "This happened because our engineers pushed a bad caching change.", True),
    ("own act", "en", "agent", LIAB, "It happened because we sent the wrong file.", True),
    ("own act", "en", "agent", LIAB, "This happened because our courier partner lost the parcel.", False),
    ("own act", "en", "agent", LIAB, "We are checking whether this happened because of a bad update.", False),
    ("own act", "zh-Hans", "agent", LIAB, "您手臂红肿是因为护士注射位置不对。", True),
    ("own act", "zh-Hans", "agent", LIAB, "您说手臂红肿是因为护士注射位置不对，我们会调查。", False),
    ("own act", "zh-Hans", "agent", LIAB, "我们会查明红肿是否因为护士注射位置不对。", False),
    ("own act", "zh-Hans", "agent", LIAB, "您孩子受伤是因为教练没有看好。", True),
    ("own act", "zh-Hans", "agent", LIAB, "您孩子受伤是否因为教练没有看好，我们正在调查。", False),
    ("own act", "zh-Hant", "agent", LIAB, "您手臂紅腫係因為護士注射位置唔啱，我哋會跟進。", True),
    ("own act", "zh-Hant", "agent", LIAB, "我們會寫明是吃了本店食品導致的不適。", True),
    ("own act", "zh-Hant", "agent", LIAB, "我們會寫明您吃了本店食品，是否導致不適要等化驗。", False),
    # -- pass (b): responsibility taken "for it", the illness traced to the order with certainty
    ("responsibility for it", "en", "agent", LIAB, "As the platform we take responsibility for it.", True),
    ("responsibility for it", "en", "agent", LIAB, "It was definitely food poisoning from that order.", True),
    (
        "responsibility for it",
        "en",
        "agent",
        LIAB,
        "I'll take responsibility for getting this sorted by Friday.",
        False,
    ),
    ("responsibility for it", "zh-Hans", "agent", LIAB, "作为平台我们对此负责。", True),
    ("responsibility for it", "zh-Hans", "agent", LIAB, "肯定是那份外卖导致的食物中毒。", True),
    ("responsibility for it", "zh-Hans", "agent", LIAB, "我们会对此负责跟进，明天回复您。", False),
    ("responsibility for it", "zh-Hant", "agent", LIAB, "作為平台，我哋會為呢件事負責。", True),
    ("responsibility for it", "zh-Hant", "agent", LIAB, "我們會查明是否那份外賣導致不適。", False),
    # -- pass (b): every cost of a kind put on us with no sum (open-ended below executive)
    ("all costs on us", "zh-Hans", "store_manager", COMP, "您的全部治疗费用，无论多少，都由我们门店负责。", True),
    ("all costs on us", "zh-Hans", "agent", COMP, "所有费用是否由我们承担，需要主管审批后答复您。", False),
    ("all costs on us", "zh-Hans", "agent", COMP, "所有费用问题将由我们客服负责跟进。", False),
    ("all costs on us", "zh-Hant", "agent", COMP, "所有維修及傢俬損毀費用將由本公司負責。", True),
    ("all costs on us", "zh-Hant", "executive", COMP, "所有維修費用將由本公司負責。", False),
    ("all costs on us", "zh-Hant", "agent", COMP, "所有醫藥費我哋會負責。", True),
    ("all costs on us", "zh-Hans", "agent", COMP, "全部维修费用我们会负责。", True),
    ("all costs on us", "zh-Hans", "agent", COMP, "所有费用我们会负责核实后回复您。", False),
    ("all costs on us", "en", "agent", COMP, "All repair and furniture costs will be covered by us.", True),
    ("all costs on us", "en", "agent", COMP, "All costs will be covered by your insurer.", False),
    ("all costs on us", "en", "agent", COMP, "Whether your costs are covered depends on the assessor's report.", False),
    # -- pass (b): the item's price already returned is not part of the gift beside it
    (
        "returned beside gift",
        "zh-Hant",
        "agent",
        COMP,
        "這瓶NT$95我們已經退回您的信用卡，另外附上一張NT$200的折價券。",
        False,
    ),
    (
        "returned beside gift",
        "zh-Hant",
        "agent",
        COMP,
        "這瓶NT$95我們已經退回您的信用卡，另外附上一張NT$300的折價券。",
        True,
    ),
    (
        "returned beside gift",
        "zh-Hans",
        "agent",
        COMP,
        "多扣的36元已退回您的零钱，另外为表歉意再返现20元到您的余额。",
        False,
    ),
    (
        "returned beside gift",
        "zh-Hans",
        "agent",
        COMP,
        "多扣的36元已退回您的零钱，另外为表歉意再返现88元到您的余额。",
        True,
    ),
    (
        "returned beside gift",
        "en",
        "agent",
        COMP,
        "The $14 has already been refunded to your card, and I've added a $5 credit.",
        False,
    ),
    (
        "returned beside gift",
        "en",
        "agent",
        COMP,
        "The $14 has already been refunded to your card, and I've added a $10 credit.",
        True,
    ),
    # -- pass (b): the customer's need for a statement granted; a document written by a named colleague
    (
        "statement granted",
        "zh-Hans",
        "agent",
        WRIT,
        "您说需要我们出具一个书面说明给单位请假用，没问题，我们今天就写好。",
        True,
    ),
    ("statement granted", "zh-Hans", "agent", WRIT, "您说需要我们出具书面说明，这需要主管审批，我已提交申请。", False),
    (
        "statement granted",
        "zh-Hant",
        "agent",
        WRIT,
        "您說需要我們出具一份書面說明俾公司請假用，冇問題，我哋今日寫好。",
        True,
    ),
    (
        "statement granted",
        "zh-Hant",
        "agent",
        WRIT,
        "您需要的事故說明書，我們會由門市主管撰寫，內容包括車況及事發經過。",
        True,
    ),
    (
        "statement granted",
        "zh-Hant",
        "agent",
        WRIT,
        "您需要的維修報價單，我們會由門市主管撰寫，內容包括零件價格。",
        False,
    ),
    ("statement granted", "zh-Hant", "agent", WRIT, "若您當時有報警，請保留警方的事故證明。", False),
    (
        "statement granted",
        "en",
        "agent",
        WRIT,
        "You said you need a written statement for your employer, no problem.",
        True,
    ),
    (
        "statement granted",
        "en",
        "agent",
        WRIT,
        "If you need a written statement, my manager will review the request.",
        False,
    ),
    (
        "statement granted",
        "en",
        "agent",
        WRIT,
        "The incident report you need will be written by our branch manager, covering what happened.",
        True,
    ),
    ("statement granted", "en", "agent", WRIT, "The invoice you need will be prepared by our accounts team.", False),
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
