"""Round 9u: compensation valued as the reply means it, and liability in the shapes agents write.

Compensation: an amount quoted from a claim decision already made (定损金额为…, 核定赔付…) is
a report, not a promise; a Taiwanese or Hong Kong reply that names its dollar once means that
dollar by a bare 元, written Cantonese means the Hong Kong dollar by a bare "$", and English
names the dollars in words; a gift's worth said after it ("500 bonus points, worth $5") values
it; a deduction from the bill (抵扣港幣220元) is given money; an approval word beside money said
to arrive on a schedule ("已為您申請…今天會寄到您的電郵") does not make it wait; sending a
message (推送给您) is no gift and taking goods back (帮您退货) is a remedy; a cost taken on in
full (醫藥費我們全額負責) is open-ended; "refund your order in full" is the order's worth.
Liability: our people or our department named as the doer of a specific wrong, as fact, with or
without "we", in the passive, confirmed, or with certainty ("the counter agent definitely
overcharged you"); a safeguard of ours said to have failed; while a fault found and fixed, a
"whether" and a rhetorical "now you blame us?" stay clean.

Sentences written for these tests (en, zh-Hans, zh-Hant; shops, hotels, airlines, insurers,
telecoms, clinics, schools, utilities); every row names the core categories it must raise.
"""

from __future__ import annotations

from typing import Any

import pytest

from drafter.guard.engine import check
from drafter.guard.report import CORE_CATEGORIES

CORE = CORE_CATEGORIES - {"language_mismatch"}
L, C, W = "liability_admission", "unauthorized_compensation", "written_statement"

Row = tuple[str, str, str, dict[str, Any], set[str]]  # (class, language, text, check options, core categories)
SUP: dict[str, Any] = {"role": "supervisor"}
CTX: dict[str, Any] = {"context": {"order_amount": 300, "currency": "CNY"}}

ROWS: list[Row] = [
    # An amount quoted from a claim decision already made is a report (agent limit 50).
    (
        "claim",
        "zh-Hans",
        "您好，您的车险理赔已经处理完毕，定损金额为4,600元，款项已于本周二打到您的银行卡。",
        {},
        set(),
    ),
    ("claim", "zh-Hans", "您的家财险理赔金额为2,800元，按保单条款核定，会在5个工作日内到账。", {}, set()),
    (
        "claim",
        "zh-Hant",
        "關於您的旅平險理賠，審核結果已經出來，核定賠付新台幣12,000元，會在五個工作天內匯入您的帳戶。",
        {},
        set(),
    ),
    (
        "claim",
        "en",
        "Your claim was settled at $2,300 under your policy, and the payment has been scheduled for Friday.",
        {},
        set(),
    ),
    # ...but our own money on top of it is still a promise.
    ("claim_own", "zh-Hans", "理赔款之外，为表歉意，我再额外补偿您300元。", {}, {C}),
    ("claim_own", "zh-Hant", "理賠款之外，為表歉意，我另外再補償您新台幣2,000元。", {}, {C}),
    ("claim_own", "en", "On top of your claim settlement, I'll add a $100 goodwill payment.", {}, {C}),
    # The reply's own dollar: NT$ or HK$ named once in a Traditional reply, Cantonese "$", dollars in words.
    ("dollar", "zh-Hant", "我們會退回NT$120，另外送您一張100元折價券。", {}, set()),
    ("dollar", "zh-Hant", "我們會退回NT$120，另外送您一張150元折價券。", {}, {C}),
    ("dollar", "zh-Hant", "唔好意思，我哋已經退返$45畀你。", {}, set()),
    ("dollar", "zh-Hant", "唔好意思，我哋會退返$80俾你。", {}, {C}),
    ("dollar", "zh-Hant", "為表歉意，我已為您的房帳抵扣港幣220元。", SUP, {C}),
    ("dollar", "zh-Hant", "非常抱歉，為表歉意，已為您的帳戶加值港幣200元。", SUP, set()),
    ("dollar", "en", "I've refunded 50 Hong Kong dollars to your card.", {}, set()),
    ("dollar", "en", "I've refunded 200 Taiwan dollars to your card.", {}, set()),
    ("dollar", "en", "I've refunded 80 Hong Kong dollars to your card.", {}, {C}),
    # A Simplified reply keeps a bare 元 in renminbi, whatever other money it names.
    ("dollar", "zh-Hans", "您在香港门店付的港币80元我们已经看到了，为表歉意，我们补偿您52元。", {}, {C}),
    ("dollar", "zh-Hans", "为表歉意，我已为您的账单抵扣80元。", {}, {C}),
    ("dollar", "zh-Hans", "为表歉意，我已为您的账单抵扣30元。", {}, set()),
    # A gift's worth said after it values it; without one it stays unvalued.
    (
        "worth",
        "en",
        "I'm sorry about the wait. I've added 500 bonus points to your account, worth $5 at checkout.",
        {},
        set(),
    ),
    (
        "worth",
        "en",
        "I'm sorry about the wait. I've added 5,000 bonus points to your account, worth $50 at checkout.",
        {},
        {C},
    ),
    ("worth", "en", "We're adding 5,000 bonus points to your account, each point worth $0.01.", {}, {C}),
    (
        "worth",
        "en",
        "I'm sorry your parcel was late. As an apology, we've added 5,000 points to your account.",
        {},
        {C},
    ),
    ("worth", "zh-Hans", "抱歉这次洗衣服务延误了，送您一次免费熨烫服务，价值8元，下次送洗时自动使用。", {}, set()),
    ("worth", "zh-Hans", "抱歉这次洗衣服务延误了，送您一次免费干洗服务，价值88元，下次送洗时自动使用。", {}, {C}),
    ("worth", "zh-Hant", "很抱歉這次遲到，送您一份免費甜點，價值NT$120，下次來店出示訊息即可。", {}, set()),
    ("worth", "zh-Hant", "很抱歉這次遲到，送您一份免費甜點，下次來店出示訊息即可。", {}, {C}),
    # A gift priced where it is named (原价28元的小食, "normally £2.50") is worth that price.
    ("worth", "zh-Hans", "为表歉意，免费送您一份原价28元的小食。", {}, set()),
    ("worth", "zh-Hans", "为表歉意，免费送您一份原价68元的套餐。", {}, {C}),
    ("worth", "zh-Hant", "為表歉意，送您一份原價NT$120的甜點。", {}, set()),
    ("worth", "zh-Hant", "為表歉意，送您一杯售價港幣38元的咖啡。", {}, set()),
    ("worth", "en", "I've added a free side of fries, normally £2.50, to your next order.", {}, set()),
    ("worth", "en", "I've added a free large pizza, normally £14.99, to your next order.", {}, {C}),
    ("worth", "en", "I've sent you two free drink vouchers, each worth $3.", {}, set()),
    # An approval word beside money said to arrive on a schedule: promised outright.
    ("delivered", "zh-Hant", "為表歉意，我已為您申請港幣300元的旅遊禮券，今天會寄到您的電郵。", SUP, {C}),
    ("delivered", "zh-Hant", "我已為您申請新台幣1,000元的補償，明天就會匯入您的帳戶。", SUP, {C}),
    ("delivered", "zh-Hans", "为表歉意，我已为您申请300元的代金券，今天会发到您的账户。", SUP, {C}),
    ("delivered", "en", "I've escalated this and a $100 credit will be added to your account by Friday.", SUP, {C}),
    # ...while money that waits on the approval still waits.
    ("delivered_near", "zh-Hans", "我已经为您向主管申请300元补偿，审核通过后3个工作日内到账。", SUP, set()),
    ("delivered_near", "zh-Hans", "我已经为您申请300元补偿，结果今天下午5点前通知您。", SUP, set()),
    (
        "delivered_near",
        "zh-Hant",
        "我已為您申請新台幣1,000元的補償，主管核准後會在三個工作天內匯入您的帳戶。",
        SUP,
        set(),
    ),
    (
        "delivered_near",
        "en",
        "I've asked my manager to approve a $100 credit; once approved, it will reach your account within 3 days.",
        SUP,
        set(),
    ),
    (
        "delivered_near",
        "en",
        "I've asked my manager to approve a $100 credit and will let you know by 5pm today.",
        SUP,
        set(),
    ),
    # A message or a parcel sent is no gift; goods taken back are a remedy; a deduction named as a correction.
    ("remedy", "zh-Hans", "后续航班动态会短信推送给您，再次向您致歉。", {}, set()),
    ("remedy", "zh-Hans", "这批酸奶是供应商那边出的状况，我们可以先帮您退货，您带上小票到服务台办理。", {}, set()),
    ("remedy", "zh-Hans", "我们可以为您办理退货，并额外补偿您100元。", {}, {C}),
    ("remedy", "zh-Hant", "唔好意思，我哋可以幫你退貨，你拎返嚟門市就得。", {}, set()),
    ("remedy", "zh-Hant", "多收的NT$299會在下期帳單折抵，造成您的困擾很抱歉。", {}, set()),
    ("remedy", "en", "We'll text you the tracking link, and we can take the item back whenever suits you.", {}, set()),
    # Costs taken on in full, and a whole order refunded beside another gift.
    ("cover", "zh-Hant", "醫藥費我們全額負責，麻煩您把收據拍照傳給我。", {}, {C}),
    ("cover", "zh-Hans", "这次的维修费全额由我们负责，您把发票发给我就行。", {}, {C}),
    ("cover", "en", "We'll refund your order in full and add a $5 voucher.", {"context": {"order_amount": 30}}, {C}),
    ("cover", "en", "We'll refund your order in full, and I'm sorry again.", {"context": {"order_amount": 30}}, set()),
    # A benefit the customer already holds, return postage, a lapsed voucher put back: no new gift.
    ("held", "en", "I've applied the 10% student discount you're entitled to on this month's bill.", {}, set()),
    ("held", "en", "I've applied a 10% discount to your bill as an apology.", {}, {C}),
    ("held", "en", "We'll cover the return postage; the prepaid label is attached.", {}, set()),
    ("held", "en", "We'll cover your taxi fare home tonight.", {}, {C}),
    ("held", "en", "We've reissued the £15 voucher that expired while our site was down.", {}, set()),
    ("held", "en", "We've reissued the £15 voucher that expired, and added a £20 credit for the trouble.", {}, {C}),
    ("held", "zh-Hans", "您是学生会员，本来就享有的9折已经帮您用上了。", {}, set()),
    ("held", "zh-Hans", "为表歉意，这单我给您打个8折。", {}, {C}),
    ("held", "zh-Hans", "退货的运费由我们承担，快递员明天上午上门取件。", {}, set()),
    ("held", "zh-Hans", "医药费由我们承担，您把票据发给我。", {}, {C}),
    ("held", "zh-Hant", "退貨的運費由我們負擔，您把商品寄回即可。", {}, set()),
    ("held", "zh-Hant", "您先前領取的NT$300折價券因系統問題失效，我們已經重新發放到您的帳戶。", {}, set()),
    ("held", "zh-Hant", "您先前領取的NT$300折價券因系統問題失效，已重新發放，另外再送您NT$200。", {}, {C}),
    # The events written up for the customer is a written statement; finding them out is not.
    ("events", "zh-Hans", "我这边给您写一份事情经过，盖上公司的章，您拿去给保险公司。", {}, {W}),
    ("events", "zh-Hans", "事情经过我们会查清楚后给您回复。", {}, set()),
    ("events", "zh-Hant", "我們會整理一份事發經過，今天下午寄給您。", {}, {W}),
    ("events", "zh-Hant", "我們會先了解事情經過，明天中午前回覆您。", {}, set()),
    ("events", "en", "I'll write up an account of what happened at the pool and post it to you.", {}, {W}),
    ("events", "en", "We'll look into the events of that evening and call you tomorrow.", {}, set()),
    # The order's own price stated in a clause with no offer is a price; what never came, refunded, corrects it.
    ("order", "en", "Your order total was $86.40, and I've refunded the $4.50 for the missing dip.", {}, set()),
    ("order", "en", "Your order of $18 arrived cold, so I've refunded it in full.", {}, {C}),
    (
        "order",
        "en",
        "You were charged the $3 card fee; it shouldn't apply to your plan, so I've refunded it.",
        {},
        set(),
    ),
    ("order", "en", "We've refunded the missing drink from your order.", CTX, set()),
    ("order", "en", "We'll give you a full refund for this order.", CTX, {C}),
    ("order", "zh-Hans", "您这单总共86元，少送的小菜4.5元已经退给您。", {}, set()),
    ("order", "zh-Hans", "您这单总共86元，我们全额退给您。", {}, {C}),
    ("order", "zh-Hans", "少送的那杯饮料我们已经给您退款了。", CTX, set()),
    ("order", "zh-Hans", "我们会为您全额退款。", CTX, {C}),
    ("order", "zh-Hant", "你呢張單一共HK$150，少送嘅汽水HK$12已經退返俾你。", {}, set()),
    ("order", "zh-Hant", "你呢張單一共HK$150，我哋全數退返俾你。", {}, {C}),
    ("order", "zh-Hant", "漏送的飲料我們已經退款給您。", CTX, set()),
    ("order", "zh-Hant", "我已將本次消費的服務費新台幣850元全數退還。", SUP, set()),
    # Our people or our department as the doer of a specific wrong, stated as fact.
    ("staff", "zh-Hans", "您的号码被误停机是营业厅那边的同事操作错的，我已经帮您复机了。", {}, {L}),
    ("staff", "zh-Hans", "说明是我们查勘员漏报了损失项目，您拿去跟修理厂沟通。", {}, {L}),
    ("staff", "zh-Hans", "您的手机是被我们司机弄丢的，非常抱歉。", {}, {L}),
    ("staff", "zh-Hans", "本店员工确实把您的订单弄错了，马上给您重做。", {}, {L}),
    ("staff", "zh-Hant", "這次系統當機是工程部門上線新版本沒測試好，目前正在修復中。", {}, {L}),
    ("staff", "zh-Hant", "我們可以出具一份書面聲明，說明當天老師確實對孩子說了不當的話。", {}, {L, W}),
    ("staff", "zh-Hant", "你部車係我哋泊車員撞花嘅，好對唔住。", {}, {L}),
    ("staff", "zh-Hant", "完全係我哋酒店保養做得唔好，工程部今日會嚟處理窗門。", {}, {L}),
    ("staff", "zh-Hant", "你這次食物中毒，就是我們廚房的海鮮不新鮮。", {}, {L}),
    ("staff", "en", "The counter agent definitely overcharged you for the insurance, I'm sorry about that.", {}, {L}),
    ("staff", "en", "The nurse clearly gave your son the wrong dose.", {}, {L}),
    ("staff", "en", "Your car was scratched by one of our valets this morning.", {}, {L}),
    ("staff", "en", "Your order was mixed up by our kitchen team.", {}, {L}),
    (
        "staff",
        "en",
        "I'll prepare a letter confirming that your room was broken into and that our security failed.",
        {},
        {L, W},
    ),
    ("staff", "zh-Hans", "我方工作人员的疏忽导致您的行李遗失，深感抱歉。", {}, {L}),
    ("staff", "zh-Hans", "本店的冰柜温度没调好，才让您买到的牛奶变质。", {}, {L}),
    ("staff", "zh-Hant", "呢次係我哋技師漏咗鎖螺絲，所以部機先會漏水。", {}, {L}),
    ("staff", "zh-Hant", "你件衫係我哋洗衣房洗壞嘅，真係好對唔住。", {}, {L}),
    ("staff", "zh-Hant", "我們的人員當天確實疏忽了，沒有幫您確認座位。", {}, {L}),
    ("staff", "en", "The water damage came from a pipe our plumber fitted last week.", {}, {L}),
    ("staff", "en", "Your booking was cancelled by mistake by one of our agents.", {}, {L}),
    ("staff", "en", "Your data was exposed because of a misconfiguration by our IT team.", {}, {L}),
    ("staff_near", "zh-Hans", "我方工作人员会在今天下午联系您，了解行李遗失的情况。", {}, set()),
    ("staff_near", "zh-Hant", "你件衫我哋洗衣房會再檢查一次，今晚八點前覆你。", {}, set()),
    (
        "staff_near",
        "en",
        "The fault came from a pipe in the street that the water company is now repairing.",
        {},
        set(),
    ),
    ("staff_near", "en", "Your booking was changed at your request by one of our agents last week.", {}, set()),
    # Near-misses: a fault found and fixed, whether it was us, a partner's act, a rhetorical "now you blame us?".
    (
        "staff_near",
        "en",
        "Our engineers found a fault at the local exchange, which was repaired this morning.",
        {},
        set(),
    ),
    ("staff_near", "en", "I've asked our team to check whether the cashier charged you twice.", {}, set()),
    (
        "staff_near",
        "en",
        "The parcel was damaged by our courier partner in transit, and I've opened a claim with them.",
        {},
        set(),
    ),
    ("staff_near", "en", "Our agent definitely wants to help you with this, and she'll call you by 5pm.", {}, set()),
    ("staff_near", "zh-Hans", "我们正在核实是否是我们员工操作失误，今天下午回复您。", {}, set()),
    ("staff_near", "zh-Hans", "维修师傅已经找到故障原因，是小区的水管老化，已经更换好了。", {}, set()),
    ("staff_near", "zh-Hans", "您提到店员态度不好，我们会马上了解情况。", {}, set()),
    ("staff_near", "zh-Hant", "我們會查清楚是否是我們師傅操作失誤，明天中午前回覆您。", {}, set()),
    ("staff_near", "zh-Hant", "如果核實是我們師傅弄壞的，我們一定負責。", {}, set()),
]


@pytest.mark.parametrize(("cls", "language", "text", "options", "expected"), ROWS)
def test_round_9u(cls: str, language: str, text: str, options: dict[str, Any], expected: set[str]) -> None:
    report = check(text, language=language, **options)
    found = {f.category for f in report.findings} & CORE
    assert found == expected, [(f.rule, f.excerpt, f.message) for f in report.findings]


def test_languages_covered() -> None:
    by_class: dict[str, set[str]] = {}
    for cls, language, _, _, _ in ROWS:
        by_class.setdefault(cls.split("_")[0], set()).add(language)
    assert all(langs == {"en", "zh-Hans", "zh-Hant"} for langs in by_class.values()), by_class
