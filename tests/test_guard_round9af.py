"""Round 9af: compensation precision and recall, liability recall, by shape.

Raised: points and miles given with a gift verb or spelling the rules did not list (加贈8,000哩程); a
top-up to the customer's own account said as compensation (幫你個戶口增值伍佰蚊話費當補償); spending named
as 支出 / "outgoings" taken on in full; a list under a line that names it as our plan of compensation
(以下是我們的補償方案:); a bill brought down from one amount to another (账单原为420元，已为您调整为120元:
300 given); a free period valued at the plan's own rate ("three free months (your plan is £18 a month)");
the cause put on us in the passive (是由我方造成的, "was caused by that error"); a loss confirmed as
having happened in our hands (包裹确实在我们网点丢失了); our staff member's wrong act put in writing
(寫明今次係診所護士打錯針, "stating that the nurse gave the wrong dose"); "this one's on us" and
这顿算我们的 as a meal paid for (compensation, unvalued), the mistake put on us (这次的错算我们的) as fault.

Clean: the customer's claim echoed in mock surprise (哦，原来…是我们的问题呀, "Oh, so it's our fault, is
it?"); the thing of value named, then refused ("A free night's stay, I can't agree to that", 免費升等這部分我
沒辦法答應您); 送 as a delivery or a document (再送一次, 送一份设置指南); "you" inside a clause of time
("free of charge while you recover, in line with our policy"); the customer's ask restated across its
items and into the clause after it (您希望我们出具书面说明，证明是我们的查勘员弄坏了地板); an amount already
given, then when it arrives (退款會喺五個工作天內退返你張卡); paying only if a test confirms it, by the
rules; a tariff changed for everyone, and an overcharge corrected; one free month within the limit.

Sentences written for these tests (en, zh-Hans, zh-Hant incl. Cantonese; airlines, telecoms, hotels,
gyms, parcels, clinics, pharmacies, insurers, utilities, shops, public services).
"""

from __future__ import annotations

import pytest
from table_coverage import languages_missing, one_sided

from drafter.guard.engine import check

C, L = "unauthorized_compensation", "liability_admission"

Row = tuple[str, str, str, str, str, bool]  # (class, language, role, text, category judged, raised?)

ROWS: list[Row] = []
ROWS += [
    # -- points, miles and stamps given, with a gift verb the rules did not list (加赠, 额外赠送) or the
    #    Taiwanese 哩程: of value, valued by nothing -> unvalued
    (
        "points or miles given",
        "en",
        "agent",
        "To make up for the cancelled flight, I've gifted 8,000 bonus miles to your frequent flyer account.",
        C,
        True,
    ),
    ("points or miles given", "en", "agent", "You can check your miles balance in the app at any time.", C, False),
    ("points or miles given", "zh-Hans", "agent", "为了弥补您的损失，我已在您的会员账户加赠5,000积分。", C, True),
    ("points or miles given", "zh-Hans", "agent", "您的会员积分目前为5,000分，可在App中查看。", C, False),
    (
        "points or miles given",
        "zh-Hant",
        "agent",
        "為了彌補航班取消造成的不便，我已在您的會員帳戶加贈8,000哩程。",
        C,
        True,
    ),
    ("points or miles given", "zh-Hant", "agent", "您的哩程目前有8,000哩，可於官網查詢。", C, False),
    # -- a top-up to the customer's own account, said "as compensation"
    (
        "top-up as compensation",
        "en",
        "supervisor",
        "I've topped up your prepaid line with HK$500 of credit as compensation.",
        C,
        True,
    ),
    ("top-up as compensation", "en", "supervisor", "You can top up your prepaid line online at any time.", C, False),
    ("top-up as compensation", "zh-Hans", "supervisor", "我直接帮您的手机号充值500元话费当补偿。", C, True),
    ("top-up as compensation", "zh-Hans", "supervisor", "您可以随时在App里为手机号充值话费。", C, False),
    ("top-up as compensation", "zh-Hant", "supervisor", "我直接幫你個戶口增值伍佰蚊話費當補償。", C, True),
    ("top-up as compensation", "zh-Hant", "supervisor", "你可以喺便利店幫個戶口增值。", C, False),
]
ROWS += [
    # -- what the customer spent, named as 支出 / outgoings, taken on in full: open-ended
    (
        "spending taken on",
        "en",
        "store_manager",
        "While the line is down, we will pay all your outgoings for mobile data.",
        C,
        True,
    ),
    ("spending taken on", "en", "agent", "Your monthly outgoings are listed on the statement page.", C, False),
    ("spending taken on", "zh-Hans", "agent", "停电期间您所有的额外支出我们都会全部承担。", C, True),
    ("spending taken on", "zh-Hans", "agent", "停电导致很多家庭支出负担沉重，我们已向上级反映。", C, False),
    ("spending taken on", "zh-Hant", "agent", "這段期間您所有的額外支出我們都會全數負擔。", C, True),
    ("spending taken on", "zh-Hant", "agent", "您本月的支出明細已寄到您的電郵。", C, False),
    # -- the thing of value named first, then refused (答应, "I can't agree to that")
    (
        "refused after naming",
        "en",
        "agent",
        "A free night's stay, I'm afraid I can't agree to that, but I've moved you to a quieter room.",
        C,
        False,
    ),
    (
        "refused after naming",
        "en",
        "agent",
        "A free night's stay is yours, and I've moved you to a quieter room.",
        C,
        True,
    ),
    (
        "refused after naming",
        "zh-Hans",
        "agent",
        "免费房晚这个我确实没办法答应您，不过已经为您换到了安静的房间。",
        C,
        False,
    ),
    ("refused after naming", "zh-Hans", "agent", "免费房晚这个我已经为您安排好了，另外换到了安静的房间。", C, True),
    (
        "refused after naming",
        "zh-Hant",
        "agent",
        "免費升等這部分我這邊沒辦法答應您，不過已經為您換到較安靜的房間。",
        C,
        False,
    ),
    ("refused after naming", "zh-Hant", "agent", "免費升等這部分我已經幫您辦好，房卡在櫃檯。", C, True),
    # -- 送 as a delivery or a document sent, not a gift
    (
        "delivery not a gift",
        "en",
        "agent",
        "I've asked the depot to deliver it again tomorrow morning and will send you the setup guide.",
        C,
        False,
    ),
    ("delivery not a gift", "en", "agent", "I'll send you a free box of chocolates by courier.", C, True),
    ("delivery not a gift", "zh-Hans", "agent", "我们也会给您发送一份自动备份的设置指南。", C, False),
    ("delivery not a gift", "zh-Hans", "agent", "我已为您改约明天上午再送一次。", C, False),
    ("delivery not a gift", "zh-Hans", "agent", "我们再送您一份甜品。", C, True),
    ("delivery not a gift", "zh-Hant", "agent", "我已請站點查明，並為您改約明天上午再送一次。", C, False),
    ("delivery not a gift", "zh-Hant", "agent", "我們另外再送您一盒餅乾。", C, True),
    # -- "you" inside a clause of time or condition names no beneficiary
    (
        "you in a subordinate clause",
        "en",
        "agent",
        "Your membership has been frozen free of charge while you recover, in line with our medical freeze policy.",
        C,
        False,
    ),
    ("you in a subordinate clause", "en", "agent", "I've made your next class free of charge for you.", C, True),
    ("you in a subordinate clause", "zh-Hans", "agent", "按照会员冻结规定，您康复期间的会籍冻结不收费。", C, False),
    ("you in a subordinate clause", "zh-Hans", "agent", "为表歉意，下节课我们免费为您安排。", C, True),
    ("you in a subordinate clause", "zh-Hant", "agent", "按照會員凍結規定，您康復期間的會籍凍結不收費。", C, False),
    ("you in a subordinate clause", "zh-Hant", "agent", "為表歉意，下堂課我哋免費幫你安排。", C, True),
]
ROWS += [
    # -- the customer's ask restated, across its coordinated items and into the clause that follows
    (
        "ask restated",
        "en",
        "agent",
        "To confirm, you've asked for a full refund of $200 and reimbursement of the $35 taxi fare; we'll review both.",
        C,
        False,
    ),
    ("ask restated", "en", "agent", "You asked for a refund of $200, and we'll refund you $300 today.", C, True),
    (
        "ask restated",
        "en",
        "agent",
        "You asked us to confirm in writing that our technician damaged the floor; I've passed this to my manager.",
        L,
        False,
    ),
    (
        "ask restated",
        "zh-Hans",
        "agent",
        "您希望我们出具书面说明，证明是我们的查勘员弄坏了地板，这个我无权出具，已转给主管。",
        L,
        False,
    ),
    ("ask restated", "zh-Hans", "agent", "您希望我们出具书面说明，我们确认是我们的查勘员弄坏了地板。", L, True),
    ("ask restated", "zh-Hans", "agent", "您要求退还押金800元和赔偿搬家费500元，主管会在明天下午前回复您。", C, False),
    (
        "ask restated",
        "zh-Hant",
        "agent",
        "您希望我們出具書面證明，說明是我們的技師弄壞了冷氣機，這部分我無權出具，已轉交主管。",
        L,
        False,
    ),
    ("ask restated", "zh-Hant", "agent", "您要求退還訂金800元，我們同意退您1,500元。", C, True),
    # -- an amount already given, then when it arrives: the refund named again as the subject
    (
        "arrival of a valued refund",
        "en",
        "supervisor",
        "I've refunded $20 to your card. Refund will reach your card within 5 working days.",
        C,
        False,
    ),
    (
        "arrival of a valued refund",
        "en",
        "supervisor",
        "I've refunded $20 to your card. Refund of another $60 will reach your card within 5 working days.",
        C,
        True,
    ),
    (
        "arrival of a valued refund",
        "zh-Hans",
        "agent",
        "我们已为您办理退款30元。退款会在三个工作日内退回您的银行卡。",
        C,
        False,
    ),
    (
        "arrival of a valued refund",
        "zh-Hans",
        "agent",
        "我们已为您办理退款30元。退款会在三个工作日内退回，另外再补偿您100元。",
        C,
        True,
    ),
    (
        "arrival of a valued refund",
        "zh-Hant",
        "store_manager",
        "本店會幫你辦理退款HK$1,800，另外送你一套價值HK$200嘅配件。退款會喺五個工作天內退返你張卡。",
        C,
        False,
    ),
    (
        "arrival of a valued refund",
        "zh-Hant",
        "agent",
        "我們已為您辦理退款30元。退款會在三個工作天內退回，另外再補償您100元。",
        C,
        True,
    ),
]
ROWS += [
    # -- a list under a line that names it as the reply's plan of compensation
    (
        "compensation plan list",
        "en",
        "agent",
        "Here is our compensation offer:\n- a refund of two nights, $400\n- breakfast vouchers for two",
        C,
        True,
    ),
    (
        "compensation plan list",
        "en",
        "agent",
        "Here is our plan for Monday:\n- an engineer visits at 9am\n- the line is tested by noon",
        C,
        False,
    ),
    (
        "compensation plan list",
        "zh-Hans",
        "supervisor",
        "以下是我们的补偿方案：\n• 退还两晚房费8000元\n• 赠送两人份早餐券",
        C,
        True,
    ),
    (
        "compensation plan list",
        "zh-Hans",
        "supervisor",
        "以下是我们的退款规则：\n• 14天内可退款\n• 之后可换购物金",
        C,
        False,
    ),
    (
        "compensation plan list",
        "zh-Hant",
        "supervisor",
        "以下是我們的補償方案：\n• 退還兩晚房費新臺幣捌仟元整\n• 贈送兩人份自助早餐券",
        C,
        True,
    ),
    (
        "compensation plan list",
        "zh-Hant",
        "supervisor",
        "以下是我們的退款規定：\n• 14天內可退款\n• 之後可換購物金",
        C,
        False,
    ),
    # -- paying out only if a test or inspection confirms it, and then by the rules
    (
        "paid only if confirmed, by the rules",
        "en",
        "agent",
        "If the lab test confirms the fault was in our product, we will compensate you in line with our policy.",
        C,
        False,
    ),
    (
        "paid only if confirmed, by the rules",
        "en",
        "agent",
        "The lab test confirmed the fault, so we will compensate you $300.",
        C,
        True,
    ),
    (
        "paid only if confirmed, by the rules",
        "zh-Hans",
        "agent",
        "如果检测结果确认是我们产品的问题，我们会按照相关规定给您赔付。",
        C,
        False,
    ),
    (
        "paid only if confirmed, by the rules",
        "zh-Hans",
        "agent",
        "检测结果确认是产品的问题，我们会给您赔付1000元。",
        C,
        True,
    ),
    (
        "paid only if confirmed, by the rules",
        "zh-Hant",
        "agent",
        "如果鑑定結果證實是我們零件的問題，我們會依照相關規定給您賠償。",
        C,
        False,
    ),
    (
        "paid only if confirmed, by the rules",
        "zh-Hant",
        "agent",
        "鑑定結果證實是零件的問題，我們會賠償您1,000元。",
        C,
        True,
    ),
    # -- a bill brought down from one amount to another: the difference is given
    (
        "bill brought down",
        "en",
        "supervisor",
        "Sorry about the outage. I've reduced your bill this month from $420 to $120.",
        C,
        True,
    ),
    (
        "bill brought down",
        "en",
        "supervisor",
        "The council reduced the parking fee from $40 to $20 last year.",
        C,
        False,
    ),
    (
        "bill brought down",
        "en",
        "agent",
        "We charged you $420 in error instead of $120, so I've corrected your bill from $420 to $120.",
        C,
        False,
    ),
    (
        "bill brought down",
        "zh-Hans",
        "supervisor",
        "关于上月断网，您本月账单原为四百二十元，已为您调整为一百二十元，无需另行申请。",
        C,
        True,
    ),
    ("bill brought down", "zh-Hans", "supervisor", "经村委与水厂协商，入户费标准从1500元降为800元。", C, False),
    ("bill brought down", "zh-Hans", "supervisor", "您本月账单原为420元，已为您调整为400元。", C, False),
    (
        "bill brought down",
        "zh-Hant",
        "supervisor",
        "關於網路中斷，非常抱歉。您本期帳單已由NT$1,580調整為NT$380，無需另外申請。",
        C,
        True,
    ),
    ("bill brought down", "zh-Hant", "supervisor", "您本期帳單已由NT$1,580調整為NT$1,500。", C, False),
    # -- a free period valued at the plan's own rate per period
    (
        "free period at its rate",
        "en",
        "supervisor",
        "I've applied one free month of membership to your account (your plan is £18 a month).",
        C,
        False,
    ),
    (
        "free period at its rate",
        "en",
        "supervisor",
        "I've applied three free months of membership to your account (your plan is £18 a month).",
        C,
        True,
    ),
    (
        "free period at its rate",
        "zh-Hans",
        "supervisor",
        "我已为您的账户赠送一个月免费会员（您的套餐每月120元）。",
        C,
        False,
    ),
    (
        "free period at its rate",
        "zh-Hans",
        "supervisor",
        "我已为您的账户赠送三个月免费会员（您的套餐每月120元）。",
        C,
        True,
    ),
    (
        "free period at its rate",
        "zh-Hant",
        "supervisor",
        "我已為您的帳戶贈送一個月免費會員（您的月費每月150元）。",
        C,
        False,
    ),
    (
        "free period at its rate",
        "zh-Hant",
        "supervisor",
        "我已為您的帳戶贈送兩個月免費會員（您的月費每月150元）。",
        C,
        True,
    ),
]
ROWS += [
    # -- the cause put on us with 由 (passive): 是由我方造成的, "was caused by that error"
    (
        "caused by us, passive",
        "en",
        "agent",
        "A mistake was made at check-in, and the lack of sleep you had was caused by that error.",
        L,
        True,
    ),
    (
        "caused by us, passive",
        "en",
        "agent",
        "If a mistake was made at check-in, we will put it right today.",
        L,
        False,
    ),
    (
        "caused by us, passive",
        "en",
        "agent",
        "The delay was caused by the storm, and we've rebooked you on the 6pm train.",
        L,
        False,
    ),
    (
        "caused by us, passive",
        "zh-Hans",
        "agent",
        "由于前台工作疏忽，您的预订被误取消，给您造成的损失是由我方造成的。",
        L,
        True,
    ),
    ("caused by us, passive", "zh-Hans", "agent", "如果确认是由我们造成的，我们会负责处理。", L, False),
    ("caused by us, passive", "zh-Hans", "agent", "我们正在核实是否由我们的设备造成。", L, False),
    ("caused by us, passive", "zh-Hant", "agent", "網路中斷是由本公司上週進行的系統升級所導致的。", L, True),
    ("caused by us, passive", "zh-Hant", "agent", "我們正在查明中斷是否由本公司的設備引起。", L, False),
    # -- the loss confirmed as having happened in our hands
    (
        "lost in our hands",
        "en",
        "agent",
        "I can confirm your parcel was indeed lost at our depot, and I'm very sorry.",
        L,
        True,
    ),
    (
        "lost in our hands",
        "en",
        "agent",
        "We're checking whether your parcel was lost at our depot and will update you by 5pm.",
        L,
        False,
    ),
    ("lost in our hands", "zh-Hans", "agent", "您的包裹确实在我们网点丢失了，真的很对不起。", L, True),
    ("lost in our hands", "zh-Hans", "agent", "我们正在核实包裹是否在我们网点丢失，今天下午5点前回复您。", L, False),
    ("lost in our hands", "zh-Hant", "agent", "您的行李確實是在我們櫃檯遺失的，非常抱歉。", L, True),
    ("lost in our hands", "zh-Hant", "agent", "我們正在查明行李是否在我們櫃檯遺失，今天下午5點前回覆您。", L, False),
    # -- a written account of ours saying that our staff did the wrong thing
    (
        "staff's wrong act in writing",
        "en",
        "agent",
        "I'll give you a signed letter stating that the nurse administered the wrong dose by mistake.",
        L,
        True,
    ),
    (
        "staff's wrong act in writing",
        "en",
        "agent",
        "I'll give you a letter confirming the date and time of your appointment.",
        L,
        False,
    ),
    (
        "staff's wrong act in writing",
        "zh-Hans",
        "agent",
        "我们会出一份证明给您，写明这次是药房药剂师配错了药。",
        L,
        True,
    ),
    ("staff's wrong act in writing", "zh-Hans", "agent", "我们会出一份证明给您，写明您当天的就诊时间。", L, False),
    (
        "staff's wrong act in writing",
        "zh-Hant",
        "agent",
        "我哋會出一份證明書俾你，寫明今次係診所護士打錯針，你可以交俾公司。",
        L,
        True,
    ),
    ("staff's wrong act in writing", "zh-Hant", "agent", "我哋會出一份證明書俾你，寫明你今次嘅求診日期。", L, False),
]

ROWS += [
    # -- the customer's claim echoed back in mock surprise: not an admission (an interjection with 原来/so
    #    first, a mocking tag last); a plain "oh, I see, it was our mistake" still admits it
    ("mock echo", "en", "agent", "Oh, so it's our fault, is it? Fine, tell me how you washed it.", L, False),
    ("mock echo", "en", "agent", "Oh, I see - this was our mistake, and I'm sorry.", L, True),
    (
        "mock echo",
        "zh-Hans",
        "agent",
        "哦，原来衣服洗一次就缩水是我们的问题呀。好吧，麻烦您把洗涤方式说一下。",
        L,
        False,
    ),
    # Round 9ai: a plain admission in a fault word (a soft 问题 in a routine case admits nothing, see 9ai).
    ("mock echo", "zh-Hans", "agent", "哦，我明白了，这次确实是我们的错，非常抱歉。", L, True),
    ("mock echo", "zh-Hant", "agent", "哦，原來係我哋嘅問題喎。你講下當時點洗。", L, False),
    ("mock echo", "zh-Hant", "agent", "哦，原來是我們的員工弄壞了您的手機，真的非常抱歉，我們馬上處理。", L, True),
]

ROWS += [
    # -- "this one's on us" / 这顿算我们的 pays for the meal or the order: compensation (unvalued), not fault;
    #    the mistake itself put on us stays liability
    ("the meal on us", "en", "agent", "Sorry the pasta was cold. This one's on us.", C, True),
    ("the meal on us", "en", "agent", "Sorry the pasta was cold. This one's on us.", L, False),
    ("the meal on us", "en", "agent", "The mix-up with your order, that one's on us, and we've fixed it.", L, True),
    ("the meal on us", "zh-Hans", "agent", "很抱歉菜上得太慢，这顿饭算我们的。", C, True),
    ("the meal on us", "zh-Hans", "agent", "这次的错算我们的，我们马上改。", C, False),
    ("the meal on us", "zh-Hans", "agent", "这次的错算我们的，我们马上改。", L, True),
    ("the meal on us", "zh-Hant", "agent", "真係唔好意思，呢餐算我哋嘅。", C, True),
    ("the meal on us", "zh-Hant", "agent", "呢單嘅錯算我哋嘅，我哋會跟進。", C, False),
]


@pytest.mark.parametrize(
    ("cls", "lang", "role", "text", "category", "raised"), ROWS, ids=[f"{r[0]}:{r[3][:30]}" for r in ROWS]
)
def test_round9af_row(cls: str, lang: str, role: str, text: str, category: str, raised: bool) -> None:
    report = check(text, role=role, language=lang)
    found = category in {f.category for f in report.findings}
    assert found == raised, [(f.rule, f.excerpt) for f in report.findings]


def test_every_class_in_three_languages() -> None:
    assert not languages_missing(ROWS)


def test_every_class_clean_and_raised() -> None:
    assert not one_sided(ROWS)


def test_reduction_is_worth_the_difference() -> None:
    """The bill brought down gives the difference, not either amount: 300 is over a supervisor's 200,
    20 is within an agent's 50."""
    over = check("您本月账单原为420元，已为您调整为120元。", role="supervisor")
    assert any(f.rule == "compensation.over_limit" and "300" in f.message for f in over.findings)
    within = check("您本月账单原为420元，已为您调整为400元。", role="agent")
    assert C not in {f.category for f in within.findings}
