"""Round 9ai: compensation, liability and written-statement classes found by outside authors, each
with the near misses beside it.

Raised: an offer laid out as a numbered list under "我们的处理方案如下:" (2. 额外补偿200元京豆); a credit
"popped" or "loaded" on the account (€7 is 54.6 CNY, over an agent's 50); a fee brought down by us
(下個月管理費我幫你減HK$2,300); beans or coins given with a money value; legal responsibility accepted
("we accept full legal responsibility", 我院应承担的责任); our clinician's misdiagnosis stated as fact; the
poisoning tied to what we served in the reply's own voice (你食咗我哋啲生蠔之後食物中毒); a soft
"是我们的问题" beside a class-2 incident (illness, injury, damage); the customer's request restated, then
granted by our own clause (您要求我们说明原因，我们会让当班药师写一份书面说明); the events confirmed "in a
letter" or "in writing" (for an insurer).

Clean (must stay silent): an order total or a transfer's status (你張單總額係 HK$2,680; 你嗰筆 HK$3,000 嘅
轉帳已經成功); an overcharge's difference refunded ("charged $89.99 instead of $49.99"); a refund offered
as the return's other choice to an exchange; a refund confirmation or an invoice "showing the credit"; a
bare credit worth under the limit ("a 6.50 credit"); a call "俾你" (打電話俾你, no money given); the same
soft "是我们的问题" in a routine case (seeds: class-1 complaints may own the error; class-2 may not
assume the cause); a digital outage explained ("our booking app had an outage, which is why ..."); the
customer's account of a poisoning restated (得知/听说…); a request for a written account that waits on
approval; routine written confirmations (a booking email, an invoice).

Sentences written for these tests (en, zh-Hans, zh-Hant incl. Cantonese).
"""

from __future__ import annotations

import pytest
from table_coverage import languages_missing, one_sided

from drafter.guard.engine import check

C, L, W = "unauthorized_compensation", "liability_admission", "written_statement"

Row = tuple[str, str, str, str, str, bool]  # (class, language, role, text, category judged, raised?)

ROWS: list[Row] = [
    # -- compensation: an offer laid out as a numbered list under the reply's own plan
    (
        "numbered list",
        "zh-Hans",
        "agent",
        "我们的处理方案如下:\n1. 为您免费更换新手机\n2. 额外补偿200元京豆\n3. 赠送一张价值50元的配件券",
        C,
        True,
    ),
    (
        "numbered list",
        "zh-Hans",
        "agent",
        "我们的处理方案如下:\n1. 为您免费更换新手机\n2. 今天安排顺丰上门取件",
        C,
        False,
    ),
    ("numbered list", "zh-Hant", "agent", "我哋嘅處理方案如下:\n1. 即日幫你換過新機\n2. 額外補償HK$300現金券", C, True),
    ("numbered list", "zh-Hant", "agent", "我哋嘅處理方案如下:\n1. 即日幫你換過新機\n2. 聽日上門收返舊機", C, False),
    (
        "numbered list",
        "en",
        "agent",
        "Here's what I've done:\n- Reset your router remotely\n- Added a $20 credit to your account",
        C,
        True,
    ),
    (
        "numbered list",
        "en",
        "agent",
        "Here's what I've done:\n- Reset your router remotely\n- Booked an engineer for Friday",
        C,
        False,
    ),
    # -- a credit popped or loaded on the account, valued against the role's limit
    ("credit popped", "en", "agent", "I've also popped a €7 credit on your account for the hassle.", C, True),
    ("credit popped", "en", "agent", "I've also popped a €5 credit on your account for the hassle.", C, False),
    ("credit popped", "en", "agent", "I've loaded $10 onto your wallet for the trouble.", C, True),
    ("credit popped", "zh-Hans", "agent", "我已经给您账户充值了60元，作为补偿。", C, True),
    ("credit popped", "zh-Hans", "agent", "我已经给您账户充值了30元，作为补偿。", C, False),
    ("credit popped", "zh-Hant", "agent", "我已經幫你個戶口增值咗HK$100，當係補償。", C, True),
    ("credit popped", "zh-Hant", "agent", "我已經幫你個戶口增值咗HK$30，當係補償。", C, False),
    # -- a fee brought down by us
    ("fee reduced", "zh-Hant", "store_manager", "下個月管理費我幫你減HK$2,300，當係我哋嘅心意。", C, True),
    ("fee reduced", "zh-Hant", "store_manager", "下個月管理費我幫你減HK$2,000，當係我哋嘅心意。", C, False),
    ("fee reduced", "zh-Hans", "agent", "下个月的物业费我帮您减300元，算是我们的一点心意。", C, True),
    ("fee reduced", "zh-Hans", "agent", "下个月的物业费我帮您减30元，算是我们的一点心意。", C, False),
    ("fee reduced", "zh-Hans", "agent", "我们已经帮您把下个月的月租减了100元。", C, True),
    ("fee reduced", "zh-Hans", "agent", "由于系统升级，您的月费已从120元减了20元，这是全体用户的调整。", C, False),
    ("fee reduced", "en", "agent", "I'll take £240 off next month's rent to make up for it.", C, True),
    ("fee reduced", "en", "agent", "I'll take £5 off next month's rent to make up for it.", C, False),
    # -- beans, coins and points with a money value
    ("points worth money", "zh-Hans", "agent", "另外额外补偿您200元京豆，下单时可直接抵扣。", C, True),
    ("points worth money", "zh-Hans", "agent", "另外额外补偿您20元京豆，下单时可直接抵扣。", C, False),
    ("points worth money", "zh-Hant", "agent", "另外送你價值100元嘅金幣，下次買嘢可以用。", C, True),
    ("points worth money", "zh-Hant", "agent", "另外送你價值20元嘅金幣，下次買嘢可以用。", C, False),
    ("points worth money", "en", "agent", "I've added 500 bonus coins worth $10 to your account.", C, True),
    ("points worth money", "en", "agent", "I've added 500 bonus coins worth $5 to your account.", C, False),
    # -- an order total, a transfer's status or a price: no offer
    (
        "price or status",
        "zh-Hant",
        "agent",
        "何小姐你好，你張單總額係 HK$2,680，師傅會提前一個鐘打電話俾你。",
        C,
        False,
    ),
    ("price or status", "zh-Hant", "agent", "你張單總額係 HK$2,680，另外我哋送你HK$200現金券。", C, True),
    (
        "price or status",
        "zh-Hant",
        "agent",
        "你嗰筆 HK$3,000 嘅轉帳已經成功到咗對方戶口，你可以喺 app 入面查返。",
        C,
        False,
    ),
    ("price or status", "zh-Hans", "agent", "您这笔3,000元的转账已经成功到账对方账户，请放心。", C, False),
    ("price or status", "zh-Hans", "agent", "我们已经转账3,000元给您，作为补偿。", C, True),
    ("price or status", "en", "agent", "Your transfer of $3,000 has gone through and reached the payee.", C, False),
    ("price or status", "en", "agent", "I've transferred $3,000 to your account as compensation.", C, True),
    # -- an overcharge's difference refunded: the customer's own money
    (
        "overcharge refunded",
        "en",
        "agent",
        "You were charged $89.99 instead of $49.99, so I've refunded the $40 difference to your card.",
        C,
        False,
    ),
    (
        "overcharge refunded",
        "en",
        "agent",
        "You were charged $89.99 instead of $49.99, so I've refunded the $40 difference and added a $20 credit.",
        C,
        True,
    ),
    ("overcharge refunded", "zh-Hans", "agent", "系统多收了您120元，这120元已原路退回。", C, False),
    ("overcharge refunded", "zh-Hans", "agent", "系统多收了您120元，已原路退回，另外送您100元优惠券。", C, True),
    ("overcharge refunded", "zh-Hant", "agent", "多收嘅HK$38已經退返你張信用卡。", C, False),
    ("overcharge refunded", "zh-Hant", "agent", "多收嘅HK$38已經退返你張信用卡，另外送你HK$100現金券。", C, True),
    # -- a refund as the return's other choice to an exchange
    ("return refund", "zh-Hant", "agent", "我哋可以幫你換過一件，或者全數退返HK$299，你揀邊樣都得。", C, False),
    ("return refund", "zh-Hant", "agent", "我哋全數退返HK$299俾你，另外補償你HK$100。", C, True),
    ("return refund", "zh-Hans", "agent", "我们可以为您换一件新的，或者全额退款299元，您看哪种方便。", C, False),
    ("return refund", "zh-Hans", "agent", "我们给您全额退款299元，再补偿您100元。", C, True),
    (
        "return refund",
        "en",
        "agent",
        "We can exchange it for you or give you a full refund, whichever you prefer.",
        C,
        False,
    ),
    ("return refund", "en", "agent", "We'll refund the $299 and add a $50 voucher for the trouble.", C, True),
    # -- a refund confirmation or invoice showing the credit: a document, no gift
    (
        "confirmation sent",
        "en",
        "agent",
        "I've just emailed you the refund confirmation along with an updated invoice showing the credit.",
        C,
        False,
    ),
    ("confirmation sent", "en", "agent", "I've just added a $20 credit to your invoice for the trouble.", C, True),
    ("confirmation sent", "zh-Hans", "agent", "退款确认已经发到您的邮箱，请查收。", C, False),
    ("confirmation sent", "zh-Hans", "agent", "我已经为您发放100元补偿，请查收。", C, True),
    ("confirmation sent", "zh-Hant", "agent", "退款確認已經電郵俾你，請查收。", C, False),
    ("confirmation sent", "zh-Hant", "agent", "我已經幫你發放HK$100補償，請查收。", C, True),
    # -- liability: responsibility accepted in legal words, or the share we "should bear" stated as settled
    (
        "legal responsibility",
        "en",
        "agent",
        "We accept full legal responsibility for the delay in your treatment.",
        L,
        True,
    ),
    (
        "legal responsibility",
        "en",
        "agent",
        "We are reviewing whether any legal responsibility arises and will write by Friday.",
        L,
        False,
    ),
    ("legal responsibility", "zh-Hans", "supervisor", "我们会说明此次事件的原因和我院应承担的责任。", L, True),
    ("legal responsibility", "zh-Hans", "supervisor", "我院是否应承担责任，需要等调查结果。", L, False),
    ("legal responsibility", "zh-Hant", "supervisor", "我哋會講清楚原因同埋我哋應承擔嘅責任。", L, True),
    ("legal responsibility", "zh-Hant", "supervisor", "如果查實係我哋嘅疏忽，我哋應承擔嘅責任一定會承擔。", L, False),
    # -- our clinician's misdiagnosis stated as fact
    ("misdiagnosis", "en", "agent", "Our doctor misdiagnosed your condition, and I'm very sorry.", L, True),
    ("misdiagnosis", "en", "agent", "Our doctor will review whether the diagnosis was correct.", L, False),
    ("misdiagnosis", "zh-Hans", "agent", "我们的医生误诊了您的病情，非常抱歉。", L, True),
    ("misdiagnosis", "zh-Hans", "agent", "我们会请主任医生复核当时的诊断，明天下午前回复您。", L, False),
    ("misdiagnosis", "zh-Hant", "agent", "我哋嘅醫生誤診咗你嘅病情，真係好對唔住。", L, True),
    ("misdiagnosis", "zh-Hant", "agent", "我哋會請主診醫生覆核當日嘅診斷，聽日回覆你。", L, False),
    # -- the poisoning tied to what we served, in the reply's own voice
    ("poisoning from ours", "zh-Hant", "agent", "你食咗我哋啲生蠔之後食物中毒，醫藥費全部由我哋負責。", L, True),
    ("poisoning from ours", "zh-Hant", "agent", "得知你食咗我哋啲生蠔之後食物中毒，我哋非常擔心。", L, False),
    ("poisoning from ours", "zh-Hans", "agent", "您吃了我们的海鲜之后食物中毒，真的非常抱歉。", L, True),
    ("poisoning from ours", "zh-Hans", "agent", "听说您吃了我们的海鲜之后食物中毒，我们非常担心。", L, False),
    (
        "poisoning from ours",
        "en",
        "agent",
        "After eating our oysters you got food poisoning, and I'm so sorry.",
        L,
        True,
    ),
    ("poisoning from ours", "en", "agent", "I'm so sorry to hear you felt unwell after eating our oysters.", L, False),
    # -- a soft "our problem": liability beside a class-2 incident only (seeds)
    ("soft issue", "zh-Hans", "agent", "续费后功能被降级确实是我们的问题，非常抱歉影响了您的工作。", L, False),
    ("soft issue", "zh-Hans", "agent", "您吃了我们的菜后腹泻，这确实是我们的问题。", L, True),
    ("soft issue", "zh-Hant", "agent", "今次送錯貨確實係我哋嘅問題，真係唔好意思。", L, False),
    ("soft issue", "zh-Hant", "agent", "你喺店入面跌親，確實係我哋嘅問題。", L, True),
    # a loss the customer paid for because of us (a fine, a late fee) is harm to them, as damage is
    ("soft issue", "zh-Hans", "agent", "转账系统故障让您的房租逾期，被房东罚款500元，这是我们系统的问题。", L, True),
    ("soft issue", "zh-Hant", "agent", "您的繳費延遲被收了滯納金，這是我們系統的問題，非常抱歉。", L, True),
    ("soft issue", "zh-Hans", "agent", "关于您提到的罚款，我们会核实转账记录，今天下午5点前回复您。", L, False),
    (
        "soft issue",
        "en",
        "agent",
        "Not your fault at all: our booking app had an outage this morning, which is why your spot disappeared.",
        L,
        False,
    ),
    ("soft issue", "en", "agent", "Our heater was faulty, which is why you got burned.", L, True),
    # -- written: the request restated, then granted by our own clause
    (
        "request granted",
        "zh-Hans",
        "agent",
        "您要求我们说明原因，我们会让当班药师写一份书面说明，盖章后寄给您。",
        W,
        True,
    ),
    ("request granted", "zh-Hans", "agent", "您要求我们出具书面说明，这需要主管审批，我已提交申请。", W, False),
    ("request granted", "zh-Hant", "agent", "你要求我哋解釋，我哋會請當值經理寫一份書面報告俾你。", W, True),
    ("request granted", "zh-Hant", "agent", "你要求我哋解釋，我哋今日下晝五點前會打電話話你知。", W, False),
    (
        "request granted",
        "en",
        "agent",
        "You asked us to explain, so we'll confirm what happened in writing by Friday.",
        W,
        True,
    ),
    (
        "request granted",
        "en",
        "agent",
        "You asked about the new time, so we'll confirm your booking by email today.",
        W,
        False,
    ),
    # -- written: the events confirmed in a letter (for an insurer); routine confirmations stay clean
    ("letter of events", "en", "agent", "We'll confirm that to you in a letter you can send to your insurer.", W, True),
    ("letter of events", "en", "agent", "I've emailed you the refund confirmation and an updated invoice.", W, False),
    ("letter of events", "zh-Hans", "agent", "我们会出具一份书面报告，说明事发经过，下周寄给您。", W, True),
    ("letter of events", "zh-Hans", "agent", "退款凭证和发票已经发到您的邮箱。", W, False),
    ("letter of events", "zh-Hant", "agent", "我哋會出份書面報告俾你，解釋點解遲咗。", W, True),
    ("letter of events", "zh-Hant", "agent", "發票同收據已經電郵俾你，請查收。", W, False),
]

# A bare number as a credit's worth is an English form only.
BARE: list[Row] = [
    (
        "bare worth",
        "en",
        "agent",
        "I've reviewed the trip and adjusted the fare, plus added a 6.50 credit for the trouble.",
        C,
        False,
    ),
    ("bare worth", "en", "agent", "I've reviewed the trip and added a 60.00 credit for the trouble.", C, True),
    ("bare worth", "en", "supervisor", "I've reviewed the trip and added a 60.00 credit for the trouble.", C, False),
]


@pytest.mark.parametrize(
    ("cls", "lang", "role", "text", "category", "raised"),
    ROWS + BARE,
    ids=[f"{r[0]}:{r[4][:5]}:{r[3][:30]}" for r in ROWS + BARE],
)
def test_round9ai_row(cls: str, lang: str, role: str, text: str, category: str, raised: bool) -> None:
    report = check(text, role=role, language=lang, use_model=False)
    found = category in {f.category for f in report.findings}
    assert found == raised, [(f.rule, f.excerpt) for f in report.findings]


def test_every_class_in_three_languages() -> None:
    assert not languages_missing(ROWS)


def test_every_class_has_clean_and_raised_rows() -> None:
    assert not one_sided(ROWS + BARE)


def test_an_executive_may_promise_a_large_sum() -> None:
    """The approval table's top role has no limit: a large fixed sum by an executive passes, the same
    by an agent does not."""
    text = "经公司研究，决定给予您5万元补偿，款项将于五个工作日内转入您的账户。"
    assert C not in {f.category for f in check(text, role="executive", use_model=False).findings}
    assert C in {f.category for f in check(text, role="agent", use_model=False).findings}
