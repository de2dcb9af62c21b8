"""Round 9ad: unauthorized compensation and written statements, precision first, by class.

Raised: a gift given "as an apology" in a sentence with no 我/we/you in it (為表歉意，這個月的管理費全免，
也就是新台幣2,800元; "As an apology, next month's subscription is waived"); a charge waived for this one
occasion, said without a person (这个月的网费不收了，一共199元; "this month's service fee is waived, which is
$45"), while a promotion's waiver (本次活动期间运费全免) stays a rule; every loss accepted outright
(您家里的所有损失我们全认).

Clean (must stay silent): money named only as the topic of a later contact (后续赔付会有专人联系您,
"our claims team will contact you about compensation"); 送 inside a compound verb (接送您去机场, 護送你);
the customer's own report restated before the money word (您反映的使用中打折, 你提到的退款) unless the
reply then grants it; a demand someone made of us (向我院索要赔偿); a negation reaching across a
、-list (不存在租房费、交通费、误工费等补偿); a property developer's terms (房产商按券面金额抵扣); the
customer asked to supply documents (要求你单位提供能证明工作情况的资料, "could you send us a written
account"); a written confirmation that a refund or booking went through.

Sentences written for these tests (en, zh-Hans, zh-Hant incl. Cantonese; property management,
telecoms, software, repairs, hospitals, driving schools, housing, transit, shops, hotels); each row
names which of the two categories it must raise.
"""

from __future__ import annotations

import pytest
from table_coverage import languages_missing

from drafter.guard.engine import check

C, W = "unauthorized_compensation", "written_statement"
MINE = {C, W}  # blame, liability and forbidden phrases are other rounds'; rows judge only these two

Row = tuple[str, str, str, set[str]]  # (class, language, text, categories of the two)

ROWS: list[Row] = [
    # -- a gift framed as the business's apology, no person in the sentence
    ("apology frame", "zh-Hant", "很抱歉電梯停用造成不便。為表歉意，這個月的管理費全免，也就是新台幣2,800元。", {C}),
    ("apology frame", "zh-Hans", "为表歉意，本月会员费全免，也就是198元，会直接从账单扣除。", {C}),
    ("apology frame", "zh-Hant", "作為補償，下個月的網路費免收，共新台幣899元。", {C}),
    ("apology frame", "en", "As an apology, next month's subscription is waived ($45).", {C}),
    ("apology frame", "en", "By way of apology, this month's parking charge is waived, which comes to $60.", {C}),
    ("apology frame", "zh-Hans", "为表歉意，我们已经安排师傅明天上门重新安装。", set()),
    # -- a charge waived for this one occasion, no person named
    ("one-off waiver", "zh-Hans", "这个月的网费不收了，一共199元。", {C}),
    ("one-off waiver", "zh-Hant", "這次的清潔費就不收了，一共港幣600元。", {C}),
    ("one-off waiver", "en", "This month's service fee is waived, which is $45.", {C}),
    ("one-off waiver", "en", "This month's subscription is waived.", {C}),
    ("one-off waiver", "en", "Your next three deliveries are free.", {C}),
    ("one-off waiver", "en", "Your next month is on us.", {C}),
    ("one-off waiver", "zh-Hant", "下個月的月費全免，一共新台幣599元。", {C}),
    # -- a seat, cabin or room upgraded
    ("upgrade", "en", "We've upgraded your seat to business class.", {C}),
    ("upgrade", "zh-Hans", "我们已为您免费升舱至商务舱。", {C}),
    ("upgrade", "zh-Hant", "已為您免費升級為豪華客房。", {C}),
    ("upgrade", "en", "Please upgrade your seat in the app if you'd like more legroom.", set()),
    ("one-off waiver", "zh-Hans", "本次活动期间运费全免。", set()),
    ("one-off waiver", "zh-Hans", "本月起不收取现金，请使用电子支付。", set()),
    ("one-off waiver", "zh-Hant", "本次優惠期內安裝費全免。", set()),
    # -- every loss accepted outright
    ("all losses accepted", "zh-Hans", "水管是我们施工挖断的，您家里的所有损失我们全认。", {C}),
    ("all losses accepted", "zh-Hant", "你屋企啲損失我哋全部認。", {C}),
    ("all losses accepted", "en", "We'll cover all of your losses from the flood, whatever they come to.", {C}),
    ("all losses accepted", "zh-Hans", "我们完全认同您对服务的看法，已经转告店长。", set()),
    ("all losses accepted", "zh-Hans", "我们全都认为这笔费用收得合理。", set()),
    # -- the money named only as the topic of a later contact
    ("topic of a later contact", "zh-Hans", "我已经把情况上报给主管。后续赔付会有专人联系您。", set()),
    ("topic of a later contact", "zh-Hans", "我已经上报主管，赔偿事宜会有专人与您联系。", set()),
    ("topic of a later contact", "zh-Hant", "後續賠償事宜我們會再與您聯繫。", set()),
    ("topic of a later contact", "zh-Hant", "關於補償，稍後會有專人聯絡您。", set()),
    ("topic of a later contact", "en", "Our claims team will contact you about compensation by Friday.", set()),
    ("topic of a later contact", "en", "A manager will be in touch regarding a refund tomorrow morning.", set()),
    ("topic of a later contact", "zh-Hans", "我们会赔偿您200元，会有专人联系您。", {C}),
    ("topic of a later contact", "en", "We'll refund you $200 and someone will contact you about it.", {C}),
    ("topic of a later contact", "zh-Hant", "賠償方面，我們會有專人在兩個工作天內聯絡你。", set()),
    ("topic of a later contact", "zh-Hans", "赔偿方面，会有理赔专员在48小时内与您联系。", set()),
    (
        "topic of a later contact",
        "en",
        "On compensation, our claims team will contact you within two working days.",
        set(),
    ),
    ("topic of a later contact", "en", "We'll refund you $200, our team will contact you to confirm.", {C}),
    ("topic of a later contact", "zh-Hant", "我們會賠償您，稍後會有專人聯絡您。", {C}),
    # -- a list introduced as what the reply has done for the customer carries the promise to its items
    ("list intro", "zh-Hans", "我为您做了以下处理：\n1. 退还配送费30元\n2. 赠送30元优惠券", {C}),
    ("list intro", "zh-Hant", "我為您做了以下處理：\n1. 退還運費港幣30元\n2. 加送港幣30元禮券", {C}),
    (
        "list intro",
        "en",
        "I've done the following for you:\n- refunded the $25 delivery fee\n- added a $25 voucher",
        {C},
    ),
    ("list intro", "zh-Hans", "我为您做了以下处理：\n1. 退还配送费6元\n2. 提醒骑手注意保温", set()),
    # -- a thing given at no extra cost
    ("no extra cost", "en", "We'll upgrade you to a sea-view room at no extra cost.", {C}),
    ("no extra cost", "zh-Hans", "我们会为您升级为海景房，不额外收费。", {C}),
    ("no extra cost", "zh-Hant", "我們會為您升級為海景房，不另收費。", {C}),
    ("no extra cost", "en", "We'll send a replacement at no extra cost.", set()),
    ("no extra cost", "zh-Hans", "我们会为您免费更换一台新的，不额外收费。", set()),
    # -- a gift priced in a clause of its own (its usual price, not the customer's order)
    ("gift priced after", "zh-Hans", "已为您加送一个月会员，原价30元。", set()),
    ("gift priced after", "zh-Hant", "已為您加送一個月免費會員，月費新台幣150元。", set()),
    ("gift priced after", "zh-Hans", "已为您加送三个月会员，每月原价30元。", {C}),
    ("gift priced after", "zh-Hans", "送您一张10元券，您这单原价86元。", set()),
    ("gift priced after", "en", "I've added a free month to your plan, which is normally $5.", set()),
    ("gift priced after", "en", "I've added three free months to your plan, which normally cost $25 each.", {C}),
    # -- 送 inside a compound verb
    ("compound 送", "zh-Hans", "按合同，科目三补考费560元（含补训3小时），驾校还要办理约考手续，接送你去考场。", set()),
    ("compound 送", "zh-Hans", "我们安排专车接送您往返医院。", set()),
    ("compound 送", "zh-Hant", "保安會護送你到停車場，司機會接送您回酒店。", set()),
    ("compound 送", "en", "Our driver will take you to the airport and bring you back.", set()),
    ("compound 送", "zh-Hans", "为表歉意，再送您一张100元的代金券。", {C}),
    ("compound 送", "zh-Hans", "为了表示歉意，我直接送您两百块的购物卡。", {C}),
    ("compound 送", "zh-Hant", "我直接送你一張港幣300元的禮券。", {C}),
    # -- the customer's own report restated before the money word
    ("customer's report", "zh-Hans", "您反映的使用中打折是不应存在的，如发现违规行为，将依法处理。", set()),
    ("customer's report", "zh-Hant", "你提到的免單一事，店長已經了解，會在今天回覆你。", set()),
    ("customer's report", "en", "The refund you mentioned has not reached us yet; I've passed it to finance.", set()),
    ("customer's report", "zh-Hans", "您反映的问题我们为您退款200元。", {C}),
    # -- a demand made of us
    ("demand made of us", "zh-Hans", "后在医疗纠纷调解委员会进行调解，双方未达成一致，患者坚持向我院索要赔偿。", set()),
    ("demand made of us", "zh-Hant", "經調解委員會調解未果，住戶仍向我們索取賠償，我們會建議其循法律途徑處理。", set()),
    ("demand made of us", "en", "The tenant asked us for compensation; we referred the claim to our insurer.", set()),
    # -- a negation across a 、-list
    ("negation over a list", "zh-Hans", "您家已入住一年多，当然就不存在租房费、交通费、误工费等补偿了。", set()),
    ("negation over a list", "zh-Hant", "經調查，你家早已入住，當然就不存在租屋費、交通費、誤工費等補償了。", set()),
    ("negation over a list", "en", "There is no refund, credit or voucher owed for the outage.", set()),
    ("negation over a list", "zh-Hans", "我们不收取服务费、并送您一张100元的代金券。", {C}),
    # -- a property developer's terms
    ("developer's terms", "zh-Hans", "房产商会按券面金额抵扣购房款，如有违规折扣，欢迎您投诉。", set()),
    ("developer's terms", "zh-Hant", "房產商會按券面金額抵扣購房款，如有違規折扣，歡迎您投訴。", set()),
    ("developer's terms", "en", "The developer applies the voucher at face value against the purchase price.", set()),
    # -- the customer asked to supply documents
    ("customer supplies", "zh-Hans", "为确认您的工作岗位，我们要求你单位提供能证明工作情况的资料。", set()),
    ("customer supplies", "zh-Hant", "為核實年資，我們要求您提供能證明工作情況的資料。", set()),
    ("customer supplies", "en", "Could you send us a written account of the incident?", set()),
    ("customer supplies", "zh-Hans", "我们会给您出具一份加盖公章的证明材料，说明工作人员当天录入错误。", {W}),
    # -- a written confirmation that a refund or booking went through
    ("written confirmation", "en", "I can confirm in writing that your refund of $40 has been processed.", set()),
    ("written confirmation", "en", "I'll confirm in writing that your reservation is confirmed for the 12th.", set()),
    ("written confirmation", "en", "I'll confirm in writing that our driver damaged your car.", {W}),
    ("written confirmation", "zh-Hans", "我们会把退款确认书发到您的邮箱。", set()),
    ("written confirmation", "zh-Hant", "我們會把訂房確認信寄到您的電郵。", set()),
    ("written confirmation", "zh-Hant", "我會寄給您一份書面說明，詳細記錄當天延誤的經過。", {W}),
    ("written confirmation", "zh-Hans", "我们会发一封邮件，书面确认您的预约已改到周五下午3点。", set()),
    ("written confirmation", "zh-Hant", "我們會發一封電郵，書面確認您的訂位已改到週五晚上7點。", set()),
    ("written confirmation", "zh-Hans", "我们会发一封书面说明，确认您的预约是因为我们系统错误被取消的。", {W}),
    ("written confirmation", "en", "I'll send you written confirmation that your account has been closed.", set()),
    # -- a certificate of the delay for the customer's employer
    ("delay certificate", "en", "We'll issue a delay certificate for your employer.", {W}),
    ("delay certificate", "zh-Hans", "我们会为您开具一份延误证明，方便您向公司请假。", {W}),
    ("delay certificate", "zh-Hant", "我們會出具一份延誤證明，方便您向公司請假。", {W}),
]


@pytest.mark.parametrize(("cls", "lang", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[2][:30]}" for r in ROWS])
def test_round9ad_row(cls: str, lang: str, text: str, expected: set[str]) -> None:
    report = check(text, role="agent", language=lang)
    found = {f.category for f in report.findings} & MINE
    assert found == expected, [(f.rule, f.excerpt) for f in report.findings]


def test_every_class_in_three_languages() -> None:
    assert not languages_missing(ROWS)
