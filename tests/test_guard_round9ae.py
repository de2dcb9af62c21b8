"""Round 9ae: blame and forbidden recall by class, with the precision guards beside each class.

Raised: the cause put on the customer by a generalisation ("in most cases we see, the form simply
wasn't submitted", 这类情况一般都是用户自己把密码告诉了别人); our staff said to have only carried out what
head office or the system decided (这个收费是总公司那边定的，我们门店也只是执行, "the adviser only followed
what head office decided"); the cause put on another side's doing, framed as theirs (主要是物业那边施工
挖断了水管); "nothing to do with us" said of a unit of ours (跟我们客服这边没关系) and the unhappy customer
sent to another side (不满意就去找消协吧, "if you're unhappy, just go to head office"); mockery of the
customer's account (肯定是自己摔坏的咯，您一点都没碰是吧？ "it just cracked on its own, did it?"); raising
one's voice called useless and "complain whatever you like" (你咁大聲嗌都冇用, 随便您投诉吧); the fault put
in a written account of ours ("a signed letter that the treadmill was faulty", 证明是我们保安错怪您).

Clean (must stay silent): a statistic about us ("most cases are resolved within two days"); a slip of
memory generalised (一般都是客户自己忘记了: a doubt — blame.doubt since session 8 — not a cause
argued); "I just followed up with the warehouse"; an exemption asked of head office; a plain status
of the other side ("the building
management will fix the lift on Friday"); an offer to escalate to the unhappy customer; a plain check
put as a question (您没有收到验证码是吧？); a reassurance that a part failed by itself; someone's words
reported in quotation marks with a longer lead-in ('told you your paperwork was "…"'); blame disowned
("I won't blame the airline", 我们不会怪快递); a duty named ("getting your order to you is our
responsibility", 把包裹送到您手上是我们的责任).

Sentences written for these tests (en, zh-Hans, zh-Hant incl. Cantonese; banks, utilities, housing,
phones, shops, airlines, gyms, parcels, public counters).
"""

from __future__ import annotations

import pytest
from table_coverage import languages_missing

from drafter.guard.engine import check

B, F, L = "blame_discussion", "forbidden_phrase", "liability_admission"

Row = tuple[str, str, str, str, bool]  # (class, language, text, category judged, raised?)

ROWS: list[Row] = [
    # -- the cause put on the customer by a generalisation
    ("generalised cause", "en", "In most cases like this, the cardholder has shared their PIN with a friend.", B, True),
    ("generalised cause", "en", "Most of the cases we handle come down to users leaving the tap running.", B, True),
    ("generalised cause", "en", "In most cases we see, the form simply wasn't submitted before the deadline.", B, True),
    ("generalised cause", "en", "Most cases are resolved within two working days.", B, False),
    ("generalised cause", "en", "Nine times out of ten it's the account holder who clicked a phishing link.", B, True),
    ("generalised cause", "en", "These things usually happen because people reuse their passwords.", B, True),
    ("generalised cause", "en", "Usually customers click the link in the email to confirm.", B, False),
    ("generalised cause", "en", "Usually customers are refunded within five days.", B, False),
    ("generalised cause", "en", "In most cases, customers simply forgot to confirm the booking.", B, True),
    ("generalised cause", "zh-Hans", "这类情况一般都是用户自己把密码告诉了别人。", B, True),
    ("generalised cause", "zh-Hans", "通常都是住户自己没关好窗才进水的。", B, True),
    ("generalised cause", "zh-Hans", "一般都是客户自己忘记了取消。", B, True),
    ("generalised cause", "zh-Hans", "大部分订单都会在两天内送达。", B, False),
    ("generalised cause", "zh-Hant", "呢類情況通常都係客人自己整唔見張卡。", B, True),
    ("generalised cause", "zh-Hant", "這種狀況多半是車主自己加錯了油。", B, True),
    ("generalised cause", "zh-Hant", "通常都係用戶自己記錯密碼。", B, True),
    # -- our staff only carried out what head office or the system decided
    ("head office shield", "en", "The adviser only followed what head office decided.", B, True),
    ("head office shield", "en", "Our branch staff were just following the system.", B, True),
    ("head office shield", "en", "Headquarters made that decision, and our store simply applied it.", B, True),
    ("head office shield", "en", "I just followed up with the warehouse, and your parcel ships today.", B, False),
    ("head office shield", "en", "We only followed the instructions you gave us at booking.", B, False),
    ("head office shield", "zh-Hans", "这项规定是总部下的，我们柜台只能照办。", B, True),
    ("head office shield", "zh-Hans", "这个方案是总部定的，我会帮您向总部申请例外。", B, False),
    ("head office shield", "zh-Hans", "这是总部的决定，我们会尽快通知您结果。", B, False),
    ("head office shield", "zh-Hans", "总部已经批准，我们门店会照办。", B, False),
    ("head office shield", "en", "That was head office's call, we just do what we're told.", B, True),
    ("head office shield", "zh-Hant", "總部話點就點，我哋前線都係照做咋。", B, True),
    ("head office shield", "zh-Hant", "這是合規部門的決定，我們只是負責通知您。", B, True),
    ("head office shield", "zh-Hant", "呢個決定係總部做嘅，我哋分店都只係照做。", B, True),
    ("head office shield", "zh-Hant", "這個扣款是總公司那邊定的，我們客服也只是照做。", B, True),
    # -- the cause put on another side's doing, framed as theirs
    ("other side's doing", "en", "The flooding was caused by the building management cutting the water main.", B, True),
    ("other side's doing", "en", "The building management will fix the lift on Friday.", B, False),
    ("other side's doing", "zh-Hans", "这次停水主要是物业那边施工挖断了水管。", B, True),
    ("other side's doing", "zh-Hans", "物业那边会在周五上门维修。", B, False),
    ("other side's doing", "zh-Hant", "今次停電其實係管理處嗰邊整壞咗電箱。", B, True),
    # -- a unit of ours disowned, the unhappy customer sent elsewhere
    ("sent away", "en", "If you're unhappy with the ruling, just go to head office.", F, True),
    ("sent away", "en", "If you're not happy with it, I'll pass it to my manager today.", F, False),
    ("sent away", "zh-Hans", "跟我们客服这边没关系，您只能等银行处理。", F, True),
    ("sent away", "zh-Hans", "您要是不满意就去找消协吧。", F, True),
    ("sent away", "zh-Hans", "如果您不满意，我帮您转给主管，明天回复您。", F, False),
    ("sent away", "zh-Hant", "這件事跟我們門市沒有關係。", F, False),  # the business disowned: blame, not this
    ("sent away", "zh-Hant", "這件事跟我們櫃檯沒有關係，您只能等總公司回覆。", F, True),
    ("sent away", "zh-Hant", "呢單嘢同我哋部門冇關係。", F, True),
    ("sent away", "zh-Hant", "你唔滿意就自己去搵總公司啦。", F, True),
    # -- the customer's account mocked
    ("mockery", "en", "So the screen just cracked on its own, did it? And you never dropped it, right?", B, True),
    ("mockery", "en", "Did the app stop working on its own, without an update? That helps us narrow it.", F, False),
    ("mockery", "zh-Hans", "哦，那手机肯定是自己摔坏的咯，您一点都没碰是吧？", B, True),
    ("mockery", "zh-Hans", "您没有收到验证码是吧？我马上重新发送。", F, False),
    ("mockery", "zh-Hans", "这不是您的问题，肯定是零件自己松脱的，我们免费更换。", F, False),
    ("mockery", "zh-Hant", "那個行李箱自己爛咗囉，你完全冇用過係咪？", B, True),
    ("mockery", "en", "Oh sure, the phone just stopped charging all by itself.", B, True),
    ("mockery", "en", "Right, your card simply renews on its own each year.", F, False),
    ("mockery", "zh-Hans", "哦，原来是电视自己爆屏的啊，真是稀奇。", B, True),
    # -- raising one's voice called useless, "complain whatever you like"
    ("shrug", "en", "Shouting at the staff won't solve anything.", F, True),
    ("shrug", "en", "Honestly, I'm not sure what you expect us to do - it was your choice.", F, True),
    ("shrug", "en", "That's really not something my team handles.", F, True),
    ("shrug", "zh-Hans", "你这么大声说话也没用。", F, True),
    ("shrug", "zh-Hans", "您要投诉就随便您投诉吧。", F, True),
    ("shrug", "zh-Hant", "你咁大聲嗌都冇用。", F, True),
    ("shrug", "zh-Hant", "你要投訴就隨便你投訴啦。", F, True),
    # -- the fault put in a written account of ours
    ("written fault", "en", "I'll give you a signed letter that the treadmill was faulty, for your insurer.", L, True),
    ("written fault", "zh-Hans", "我给您开个证明，证明是我们保安错怪您偷东西。", L, True),
    ("written fault", "zh-Hans", "我可以出一份证明，说明因为暴雨令您无法按时入住。", L, False),
    ("written fault", "zh-Hant", "我寫封信俾你，寫明係因為樓梯太滑令你跌親。", L, True),
    # -- someone's words reported in quotation marks, a longer lead-in
    ("reported words", "en", 'Sorry the clerk told you your paperwork was "not our concern at all". Not OK.', F, False),
    ("reported words", "zh-Hans", "很抱歉柜台同事当时跟您说了一句「这不关我们的事」，这样的态度是不对的。", F, False),
    ("reported words", "zh-Hant", "很抱歉櫃檯同事當時跟您講咗一句「唔關我哋事」，咁嘅態度係唔啱嘅。", F, False),
    # -- blame disowned by the reply, a duty named
    ("disowned", "en", "I won't blame the airline here - rebooking you is on us, and it's done.", B, False),
    ("disowned", "zh-Hans", "我们不会怪快递，这件事由我们负责到底。", B, False),
    ("disowned", "zh-Hant", "我哋唔會怪速遞公司，呢件事我哋會跟到底。", B, False),
    ("duty", "en", "Getting your order to you is our responsibility, so a new one ships today.", L, False),
    ("duty", "en", "The broken vase is our responsibility.", L, True),
    ("duty", "zh-Hans", "把包裹送到您手上是我们的责任，新的今天发出。", L, False),
    ("duty", "zh-Hant", "將包裹送到你手上係我哋嘅責任，新嘅今日寄出。", L, False),
]


@pytest.mark.parametrize(("cls", "lang", "text", "category", "raised"), ROWS, ids=[f"{r[0]}:{r[2][:30]}" for r in ROWS])
def test_round9ae_row(cls: str, lang: str, text: str, category: str, raised: bool) -> None:
    report = check(text, role="agent", language=lang)
    found = category in {f.category for f in report.findings}
    assert found == raised, [(f.rule, f.excerpt) for f in report.findings]


def test_every_class_in_three_languages() -> None:
    assert not languages_missing(ROWS)


def test_generalisation_is_not_a_condition() -> None:
    """A generalisation ("most of these cases turn out to be…") is no condition; "if it turns out…" is."""
    general = check("Most of these cases turn out to be the customer sharing the code.")
    assert B in {f.category for f in general.findings}
    conditional = check("If it turns out to be our fault, we will put it right.")
    assert L not in {f.category for f in conditional.findings}
