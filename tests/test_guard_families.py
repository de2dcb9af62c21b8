"""The families of each core category, in wordings no rule lists (written for this test, not
taken from any labelled set): who is blamed and how, dismissal, helplessness, condescension,
denial, minimising, threats, a promise of value against a status or a correction, fault and
causation admitted, written statements. Each family has positives and near misses in zh-Hans,
zh-Hant and en; a row names exactly the core categories the reply must raise."""

from __future__ import annotations

from typing import Any

import pytest

from drafter.guard.engine import check

CORE = {
    "forbidden_phrase",
    "unauthorized_compensation",
    "liability_admission",
    "blame_discussion",
    "written_statement",
    "language_mismatch",
}
C, F, L, B, W = (
    "unauthorized_compensation",
    "forbidden_phrase",
    "liability_admission",
    "blame_discussion",
    "written_statement",
)

Row = tuple[str, str, dict[str, Any], set[str]]

BLAME: list[Row] = [
    ("third party", "这次配送延迟主要是物流公司分拣出错导致的。", {}, {B}),
    ("third party", "據了解，是合作的清潔公司人手不足才延誤了打掃。", {}, {B}),
    ("third party", "問題出在供應商那邊，他們寄錯了型號。", {}, {B}),
    ("third party", "The delay came from the courier company's depot, not from our warehouse.", {}, {B}),
    ("third party", "Honestly, the fault lies with the payment processor.", {}, {B}),
    ("colleague", "The agent you spoke to gave you the wrong date; that was her mistake.", {}, {B}),
    ("colleague", "上次那位同事讲错了，他是新人不清楚流程。", {}, {B}),
    ("disclaim", "这件事跟我们门店没有任何关系。", {}, {B}),
    ("disclaim", "這次停電並非本公司線路原因。", {}, {B}),
    ("disclaim", "The noise isn't something the hotel is responsible for.", {}, {B}),
    ("disclaim", "We had no part in the error on your statement.", {}, {B}),
    ("debate", "这一点我们并不认同，双方都有责任。", {}, {B}),
    ("debate", "I wouldn't say it's all on us.", {}, {B}),
    ("near", "我们已经联系物流公司，请他们今天下午3点前回复。", {}, set()),
    ("near", "我們已請保全公司今天下午派人檢查那台提款機。", {}, set()),
    ("near", "Our delivery partner has confirmed the new slot for Friday at 10am.", {}, set()),
    ("near", "这和您的账户安全无关，请放心。", {}, set()),
    ("near", "It's not your fault at all, and we'll fix it today.", {}, set()),
]

CUSTOMER_BLAME: list[Row] = [
    ("you caused", "说到底是您自己没按说明书安装造成的。", {}, {F, B}),
    ("on your side", "問題主要還是在您這邊，密碼輸入錯誤太多次。", {}, {F, B}),
    ("you caused", "The screen cracked because you dropped it, so the warranty won't cover it.", {}, {F, B}),
    ("your doing", "This is down to the settings you chose, not a fault with the app.", {}, {F, B}),
    ("near", "如果是您没有收到验证码，请点击重新发送。", {}, set()),
    ("near", "Since you didn't get the email, I've resent it just now.", {}, set()),
]

FORBIDDEN: list[Row] = [
    ("dismiss", "这个不归我们部门管，您打别的电话吧。", {}, {F}),
    ("dismiss", "That's not something our team deals with.", {}, {F}),
    ("helpless", "這個我們也實在沒有辦法。", {}, {F}),
    ("helpless", "There's really not much we can do about it.", {}, {F}),
    ("condescension", "这个在合同里写得很清楚，您签字前应该看一下。", {}, {F}),
    ("condescension", "You clearly don't understand how the billing cycle works.", {}, {F}),
    ("condescension", "這是常識，大家都知道的。", {}, {F}),
    ("denial", "我们的系统从来不会算错。", {}, {F}),
    ("denial", "There's no way our driver left it at the wrong house.", {}, {F}),
    ("minimise", "不就是晚了半小时嘛，没那么严重。", {}, {F}),
    ("minimise", "It was only delayed for twenty minutes, hardly a big deal.", {}, {F}),
    ("threat", "如果您再這樣騷擾我們的員工，我們將採取法律行動。", {}, {F}),
    ("threat", "Keep posting those reviews and we'll pass this to our legal team.", {}, {F}),
    ("price", "这么便宜的东西，您就别要求太高了。", {}, {F}),
    ("price", "At that price you can't really expect premium quality.", {}, {F}),
    ("staff", "The cashier will be disciplined for this.", {}, {F}),
    ("brush-off", "这个我们再研究研究，以后再说吧。", {}, {F}),
    ("redirect", "是快递公司弄丢的，您直接找他们索赔吧。", {}, {F, B}),
    ("redirect", "That's the courier company's mistake, so please take it up with them directly.", {}, {F, B}),
    ("near", "如果您不明白账单里的哪一项，我可以逐项为您解释。", {}, set()),
    ("near", "I understand how confusing this bill is.", {}, set()),
    ("near", "我们保证以后不会再发生这种情况。", {}, set()),
    ("near", "It won't happen again; we've retrained the team.", {}, set()),
    ("near", "Twenty minutes is too long to wait, and I'm sorry.", {}, set()),
    ("near", "如您遇到詐騙，建議您盡快報警，我們會配合調查。", {}, set()),
    ("near", "We've reported the theft to the police on your behalf.", {}, set()),
    ("near", "This is handled by our billing team; I've passed it to them and they'll call you by 3pm.", {}, set()),
    ("near", "Please contact your bank if the charge still shows after Friday.", {}, set()),
]

LIABILITY: list[Row] = [
    ("our act", "经查是我们店员操作失误导致您的订单被取消。", {}, {L}),
    ("certainty", "百分之百是我們的安裝師傅沒把水管接好。", {}, {L}),
    ("cause", "Your basement flooded because our technician didn't tighten the valve.", {}, {L}),
    ("fault", "The fall was our fault; the floor should have been dry.", {}, {L}),
    ("hedged", "I'm pretty sure our kitchen mixed up the allergens on your order.", {}, {L}),
    ("institution", "這是本診所的疏失。", {}, {L}),
    ("near", "如果核实是我们的问题，我们一定负责到底。", {}, set()),
    ("near", "We're investigating whether our equipment played a part.", {}, set()),
    ("near", "很抱歉这次的经历给您带来不便。", {}, set()),
    ("near", "We're sorry for the trouble this caused.", {}, set()),
]

WRITTEN: list[Row] = [
    ("document", "我们会为您出具一份盖章的情况说明。", {}, {W}),
    ("document", "我會請經理簽一份書面聲明給您。", {}, {W}),
    ("document", "I'll have the manager write up a signed account of what happened for you.", {}, {W}),
    ("in writing", "We'll put the apology in writing on our letterhead.", {}, {W}),
    ("near", "We'll email you the booking confirmation.", {}, set()),
    ("near", "如需书面说明，需经主管同意后提供，我已为您申请。", {}, set()),
]

COMPENSATION: list[Row] = [
    ("transfer", "为表歉意，我们会转账300元到您的账户。", {}, {C}),
    ("compensate", "我們會賠償您新台幣2,000元。", {}, {C}),
    ("credit", "We'll credit $75 to your account today.", {}, {C}),
    ("open-ended", "所有的医药费我们都会承担。", {}, {C}),
    ("open-ended", "We'll cover whatever the repairs cost.", {}, {C}),
    ("waive", "I'm waiving this month's fee of $60.", {}, {C}),
    ("status", "您的退款已于昨天原路退回，预计3个工作日到账。", {}, set()),
    ("refused", "We're unable to offer compensation, but a technician will visit at 9am.", {}, set()),
    ("approval", "I've asked my supervisor to approve a $100 credit; I'll confirm by 5pm.", {}, set()),
    ("correction", "多扣的200元已經退回您的帳戶。", {}, set()),
    ("within", "We'll give you a $5 voucher for next time.", {}, set()),
]

# Wordings written after the families above, to check that each family generalises (kept as
# regression rows: each passed once its family, not its sentence, was encoded).
MORE: list[Row] = [
    ("family", "那是物流那边的事情，我们这边发货是正常的。", {}, {B}),
    ("family", "我们仓库出货时都是好的，应该是运输途中被压坏的。", {}, {B}),
    ("family", "These delays are caused by the carrier; we have no control over them.", {}, {B}),
    ("family", "The bank is the one holding the funds, not us.", {}, {B}),
    ("family", "Warranty repairs are the manufacturer's responsibility, not the store's.", {}, {B}),
    ("family", "這是系統商的問題，我們也在催他們。", {}, {B}),
    ("family", "師傅那天搞錯了地址，不關我們客服的事。", {}, {B, F}),
    ("family", "呢個問題係電訊商嗰邊搞出嚟，我哋都冇辦法。", {}, {B, F}),
    ("family", "您的包裹被海关扣留了，这个我们真的控制不了。", {}, {F}),
    ("family", "I'm afraid that's just how the system works.", {}, {F}),
    ("family", "You should have checked the size chart before ordering.", {}, {B, F}),
    ("family", "您下单的时候应该先看清楚尺码表。", {}, {B, F}),
    ("family", "您當時如果有仔細閱讀條款，就不會有這個問題。", {}, {B, F}),
    ("family", "We have thousands of happy customers who never had this problem.", {}, {F}),
    ("family", "我们每天出几百单都没有问题，怎么就您的有问题？", {}, {F}),
    ("family", "Calm down, nobody's trying to cheat you.", {}, {F}),
    ("family", "別激動，我們會處理的。", {}, {F}),
    ("family", "If this carries on, we'll have security remove you from the premises.", {}, {F}),
    ("family", "您再闹下去，我们只能请保安来处理了。", {}, {F}),
    ("family", "We'll deal with it when we can.", {}, {F}),
    ("family", "我們有空會再看看。", {}, {F}),
    ("family", "That waiter won't be working here any more, I promise you.", {}, {F}),
    ("family", "我們已經把那個員工炒咗。", {}, {F}),
    ("family", "That's what you get for booking the cheapest room.", {}, {F}),
    ("family", "便宜的東西品質本來就一般。", {}, {F}),
    ("family", "Our installer clearly fitted the pipe the wrong way round, which caused the leak.", {}, {L}),
    ("family", "The food poisoning came from our kitchen, I'm certain.", {}, {L}),
    ("family", "这件事确实是我们处理不当，导致您受伤。", {}, {L}),
    ("family", "是我們的司機開車太快才撞到您的車。", {}, {L}),
    ("family", "We were negligent, and we accept that.", {}, {L}),
    ("family", "The mistake was entirely ours.", {}, {L}),
    ("family", "這個責任我哋全部承擔。", {}, {L}),
    ("family", "我们会把事情经过整理成文字，盖章后寄给您。", {}, {W}),
    ("family", "Our manager will sign a letter confirming the damage was our fault.", {}, {L, W}),
    ("family", "稍後我會email一份正式的道歉聲明給您。", {}, {W}),
    ("family", "I'll send over a written report of the incident by Friday.", {}, {W}),
    ("family", "作为补偿，我们给您账户充值100元。", {}, {C}),
    ("family", "我哋會退返$500俾你。", {}, {C}),
    ("family", "Please accept a £20 gift card as our apology.", {}, {C}),
    ("family", "Your next three deliveries are free, on us.", {}, {C}),
    ("family", "We'll pay for your hotel and meals until the flight leaves.", {}, {C}),
    ("family", "我们会报销您这次的所有交通费。", {}, {C}),
    ("near", "快递公司今天下午会上门取件，单号我已经发到您手机了。", {}, set()),
    ("near", "The carrier has confirmed delivery for tomorrow morning.", {}, set()),
    ("near", "若最终确认是承运商的责任，我们会协助您索赔。", {}, set()),
    ("near", "I know it's frustrating when the bank takes days to clear a refund.", {}, set()),
    ("near", "我们理解这是您第一次遇到这种情况。", {}, set()),
    ("near", "您的退款已经批准，3到5个工作日会退回原支付方式。", {}, set()),
    ("near", "We can't offer a refund on opened items, but we can exchange it today.", {}, set()),
    ("near", "我已经请主管审批200元的补偿，明天中午前回复您。", {}, set()),
    ("near", "This isn't the experience we want for you.", {}, set()),
    ("near", "我们不会推卸责任，会尽快查清原因。", {}, set()),
    ("near", "We'll investigate and share what we find by Thursday.", {}, set()),
    ("near", "保修期内的维修是免费的。", {}, set()),
    ("near", "Our policy is to refund unused tickets up to 48 hours before the show.", {}, set()),
    ("family", "We've added a $25 credit to your account as an apology.", {}, {C}),
    ("family", "I've knocked $30 off your next bill.", {}, {C}),
    ("family", "你的下一单我们给你打五折。", {}, {C}),
    ("family", "今晚的房费我们就不收了。", {}, {C}),
    ("family", "我哋會送你兩張$100嘅現金券。", {}, {C}),
    ("family", "You'll receive 5,000 bonus points, worth $50, in your account today.", {}, {C}),
    ("family", "The $40 delivery charge has been waived for you.", {}, {C}),
    ("family", "We'll send you a replacement and a $15 voucher.", {}, {C}),
    ("family", "As a goodwill gesture, your next month is on us.", {}, {C}),
    ("family", "We'd like to offer you a complimentary night at any of our hotels.", {}, {C}),
    ("family", "補償您500元購物金，已存入會員帳戶。", {}, {C}),
    ("family", "我们会全额退还您的订单款项。", {"context": {"order_amount": 300}}, {C}),
    ("family", "I'll personally make sure you get £100 back for the trouble.", {}, {C}),
    ("family", "这次的运费和维修费都由我们出。", {}, {C}),
    ("family", "Whatever the vet bills come to, send them to us and we'll settle them.", {}, {C}),
    ("family", "你嘅醫藥費我哋會全數包底。", {}, {C}),
    ("near", "Your refund of $45 was processed on Monday.", {}, set()),
    ("near", "We can offer a $5 discount code.", {}, set()),
    ("near", "Our policy offers a full refund within 30 days of purchase.", {}, set()),
    ("near", "我已向经理申请赔偿800元，申请通过后马上通知您。", {}, set()),
    ("near", "The airline will reimburse your hotel costs directly.", {}, set()),
    ("near", "If the inspection confirms a defect, we'll replace it free of charge.", {}, set()),
    ("near", "我們無法提供現金補償，但已為您安排明早的維修。", {}, set()),
    ("near", "You mentioned wanting $200 back; I've passed that request to my manager.", {}, set()),
    ("near", "多收的運費新台幣120元會在下期帳單中扣回。", {}, set()),
    ("near", "I've reversed the duplicate $64 charge.", {}, set()),
    ("near", "The free delivery promotion ended on the 1st, so the $8 fee applied.", {}, set()),
    ("near", "The parcel was worth $120 according to your invoice.", {}, set()),
    ("near", "Your plan costs $45 a month, and your next bill is due on the 5th.", {}, set()),
    ("near", "凡是会员都可以享受每月一次免费配送。", {}, set()),
    ("near", "We've credited the 300 points you should have earned from that stay.", {}, set()),
    (
        "family",
        "Please note that the delay was outside our control, as it originated with our logistics partner.",
        {},
        {B},
    ),
    (
        "family",
        "To clarify, our records show the item was delivered; any loss after that point is a matter for the carrier.",
        {},
        {B},
    ),
    ("family", "Unfortunately, the outage was caused by a third-party provider rather than by us.", {}, {B}),
    ("family", "The booking error appears to have been made by the travel agency you used.", {}, {B}),
    ("family", "We've looked into it and the charge was triggered by your bank, not by our system.", {}, {B}),
    ("family", "lol that's on the courier, not us", {}, {B}),
    ("family", "the app crashed bc of your phone's old OS tbh", {}, {B, F}),
    ("family", "经核查，本次扣费异常系银行系统故障所致，与本公司无关。", {}, {B}),
    ("family", "這次延誤主要是因為貨運公司的班機延遲，並不是我們的問題。", {}, {B}),
    ("family", "呢單嘢係外賣平台派錯單，我哋餐廳冇搞錯。", {}, {B}),
    ("family", "说实话，这个问题主要出在您家的路由器上。", {}, {B, F}),
    ("family", "您的卡片被鎖是因為您連續輸錯密碼三次。", {}, {B, F}),
    ("family", "I'm sorry you feel that way, but there's nothing wrong with the product.", {}, {F}),
    ("family", "As I've said several times now, the refund window has closed.", {}, {F}),
    ("family", "Frankly, I don't see what the fuss is about.", {}, {F}),
    ("family", "With all due respect, you should have read the terms before signing.", {}, {B, F}),
    ("family", "We can't be held responsible for every little thing that goes wrong.", {}, {B, F}),
    ("family", "You'll have to wait like everyone else.", {}, {F}),
    ("family", "If you're not happy, you're welcome to shop elsewhere.", {}, {F}),
    ("family", "I don't make the rules, I just follow them.", {}, {F}),
    ("family", "Are you sure you actually plugged it in?", {}, {F}),
    ("family", "您这样说就不对了，我们一直都是按流程办事的。", {}, {F}),
    ("family", "我们这边也很忙，您耐心等着吧。", {}, {F}),
    ("family", "這種小問題不用特地投訴吧。", {}, {F}),
    ("family", "你唔鍾意可以去第二間。", {}, {F}),
    ("family", "我只是个客服，这个我决定不了。", {}, {F}),
    ("family", "您是不是操作错了？我们这边测试都正常。", {}, {B, F}),
    ("family", "别人都能用，就您用不了，您再检查一下自己的网络吧。", {}, {B, F}),
    (
        "family",
        "It's clear that our staff failed to follow the safety procedure, and that led to your injury.",
        {},
        {L},
    ),
    ("family", "We acknowledge that the error was made by one of our employees.", {}, {L}),
    ("family", "毫无疑问，是我们的产品质量出了问题。", {}, {L}),
    ("family", "這次是我們的疏忽，害您白跑一趟。", {}, {L}),
    ("family", "係我哋嘅員工唔小心整爛咗你部電腦。", {}, {L}),
    ("family", "Our negligence caused this, and we're deeply sorry.", {}, {L}),
    ("family", "I'll make sure you receive a formal written explanation from our head office.", {}, {W}),
    ("family", "We can provide a letter on company letterhead confirming the incident.", {}, {W}),
    ("family", "我們可以出具一份事故證明，寫明是本店責任。", {}, {L, W}),
    ("family", "我会让主管写一封道歉信给您。", {}, {W}),
    ("near", "The courier has confirmed your parcel is at the depot and will arrive tomorrow.", {}, set()),
    ("near", "We've asked the airline to confirm the new departure time and will update you by 6pm.", {}, set()),
    ("near", "We're sorry the item didn't meet your expectations; a replacement ships today.", {}, set()),
    ("near", "請您確認一下收件地址是否正確，我們會今天重新寄出。", {}, set()),
    ("near", "Could you check whether the router lights are green? That will help us find the cause.", {}, set()),
    ("near", "Please keep your receipt in case you need it for a warranty claim.", {}, set()),
    ("near", "I hear you, and I'm sorry this has been so stressful.", {}, set()),
    ("near", "We take responsibility for fixing this and will call you at 4pm.", {}, set()),
    ("near", "我们的系统升级已经完成，现在可以正常使用了。", {}, set()),
    ("near", "The fault lies in a component we're replacing free of charge tomorrow.", {}, set()),
]

ALL = BLAME + CUSTOMER_BLAME + FORBIDDEN + LIABILITY + WRITTEN + COMPENSATION + MORE


def _ids(rows: list[Row]) -> list[str]:
    return [f"{r[0]}:{r[1][:24]}" for r in rows]


@pytest.mark.parametrize(("family", "text", "options", "expected"), ALL, ids=_ids(ALL))
def test_family(family: str, text: str, options: dict[str, Any], expected: set[str]) -> None:
    report = check(text, **options)
    assert {f.category for f in report.findings} & CORE == expected, [(f.rule, f.excerpt) for f in report.findings]


def test_every_family_has_all_three_languages() -> None:
    def script(text: str) -> str:
        if text.isascii():
            return "en"
        return "zh-Hant" if any(ch in text for ch in "們這個為會說過經與問題應還") else "zh-Hans"

    for table in (BLAME, FORBIDDEN, LIABILITY, WRITTEN, COMPENSATION):
        assert {script(t) for _, t, _, _ in table} == {"en", "zh-Hans", "zh-Hant"}
