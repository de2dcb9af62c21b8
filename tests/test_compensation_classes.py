"""Classes of compensation false flags and misses found on replies by authors who never saw the
rules (issue 9, compensation pass), table-driven in en, zh-Hans and zh-Hant. Each row says whether
the reply must raise unauthorized_compensation; the sentences are written for these tests.

Precision: what the reply reports, refuses, restates or leaves to someone else is no promise.
Recall: what the business gives in words the rules did not know, and values they did not read."""

from __future__ import annotations

from typing import Any

import pytest

from drafter.guard.engine import check, detect_script

C = "unauthorized_compensation"
Row = tuple[str, str, dict[str, Any], bool]  # (class, reply, check options, must flag)
SUP = {"role": "supervisor"}
EXEC = {"role": "executive"}
MANAGER = {"role": "store_manager"}  # the highest role with a number: open-ended is over it

# ---------------------------------------------------------------- precision
STATUS: list[Row] = [
    # a refund already approved or made, reported with its date: no new promise
    (
        "status",
        "Your refund of $86.40 was approved on 5 June and should reach your card within 5 business days.",
        {},
        False,
    ),
    ("status", "The $120 you paid for the cancelled tour was refunded to your card on 3 May.", {}, False),
    ("status", "The $75 credit approved last week has now been applied to your account.", {}, False),
    ("status", "Your deposit of £200 was returned yesterday; please allow a few days for it to show.", {}, False),
    ("status", "The funds you sent to your daughter will be credited by 5pm tomorrow.", {}, False),
    ("status", "您的680元退款申请已于6月3日审批通过，预计3个工作日内到账。", {}, False),
    ("status", "您之前申请的300元退款已经审核通过，款项正在退回途中。", {}, False),
    ("status", "您的年費退還申請已於5月8日審批通過，680元預計5個工作日內退回卡內。", {}, False),
    ("status", "會員卡的贈送課時還沒到帳，我們正在查明原因。", {}, False),
    ("status", "您的退款已經批准，3到5個工作日會退回原支付方式。", {}, False),
    ("status", "The $120 refund went back to your card yesterday. As an apology, here's a $5 voucher.", {}, False),
    ("status", "I can see the $260 refund is with our finance team and will be paid out by Thursday.", {}, False),
    # the same money given now, by us, is a promise
    ("status", "I've refunded $90 to your card today as an apology.", {}, True),
    ("status", "我今天已经给您退了300元作为补偿。", {}, True),
    ("status", "我今天已經給您退了300元作為補償。", {}, True),
]
REFUSED: list[Row] = [
    # the thing named first and refused after, or one of a refused list
    ("refused", "Extra compensation isn't something we can offer, but I've rebooked your table for Friday.", {}, False),
    ("refused", "We're unable to offer a refund, a voucher or store credit on sale items.", {}, False),
    (
        "refused",
        "I'm afraid a refund isn't possible for a used item, but I've booked a free repair for Tuesday.",
        {},
        False,
    ),
    ("refused", "额外的补偿金我们无法提供，但已为您安排今晚重新配送。", {}, False),
    ("refused", "额外的慰问金我们这边无法提供，复核结果周五前通知您。", {}, False),
    ("refused", "我們不能提供現金賠償或代金券，但可以免費為您維修。", {}, False),
    ("refused", "很抱歉，已拆封的商品我們無法退款，但可以為您免費檢測。", {}, False),
]
ELSEWHERE: list[Row] = [
    # the customer is sent to claim from someone else
    ("elsewhere", "For compensation you'd need to claim it from the airline directly.", {}, False),
    ("elsewhere", "赔偿的话，您得自己去找航空公司。", {}, False),
    ("elsewhere", "關於賠償，您可以直接聯繫保險公司。", {}, False),
    # or the third party pays it itself
    ("elsewhere", "The courier has agreed to compensate you $300 directly.", {}, False),
    ("elsewhere", "快递公司已经同意赔偿您300元，他们会直接联系您。", {}, False),
]
ASKED_UP: list[Row] = [
    # the customer's ask restated, beyond my authority, passed up with a time
    (
        "asked up",
        "You mentioned you'd like $200 back; that's beyond my authority, so I've passed it to my manager "
        "and will reply by 5pm.",
        {},
        False,
    ),
    (
        "asked up",
        "A refund of the £60 has to be approved by my supervisor, so I've sent the request and will confirm by noon.",
        {},
        False,
    ),
    (
        "asked up",
        "I'd like to ask my supervisor whether we can cover the $180 repair bill; I'll call you by 4pm.",
        {},
        False,
    ),
    ("asked up", "维修费180元能否由我们承担，我需要请示主管，下午4点前给您电话。", {}, False),
    ("asked up", "維修費180元能否由我們負擔，我需要請示主管，下午4點前給您電話。", {}, False),
    # an approval already given no longer holds the money back
    ("asked up", "店长已经批准给您退300元，今天下午到账。", {}, True),
    ("asked up", "店長已經批准給您退300元，今天下午到帳。", {}, True),
    ("asked up", "My manager has approved a $120 refund, which I've just processed.", {}, True),
    ("asked up", "您提到希望赔偿500元，这已经超出我的权限，我已转给主管审核，明天下午5点前回复您。", {}, False),
    ("asked up", "您提到希望賠償新台幣3,000元，這超出我能處理的範圍，我已轉給主管審核，明天中午前回覆您。", {}, False),
]
HELD: list[Row] = [
    # what the customer already holds, or a document called a voucher
    ("held", "You still have a $20 voucher in your account that you can use on this order.", {}, False),
    ("held", "I've emailed you your booking voucher HX-20391 and the hotel's address.", {}, False),
    ("held", "我查到您账户里还有一张50元优惠券，本周日前可以使用。", {}, False),
    ("held", "我查到您帳戶裡還有一張本週日到期的免運券，可以直接用在這筆訂單。", {}, False),
    # a benefit open to everyone, described
    ("held", "The community room is open to the public free of charge on weekdays.", {}, False),
    ("held", "文化站工作日免费对外开放，欢迎您前往。", {}, False),
    ("held", "停車場對住戶一律免費，訪客車輛則按時收費。", {}, False),
]
SENTENCE: list[Row] = [
    # a giving verb reaches for money in its own sentence only; a negation inside a noun phrase
    # ("未成行项目") does not refuse our own grant after it
    ("sentence", "We'll send you an update by 5pm. The missing $30 item was already refunded yesterday.", {}, False),
    ("sentence", "我们会在今天下午5点前给您电话答复。少送的饮料共12元已先为您退回。", {}, False),
    ("sentence", "我們會在今天下午5點前給您電話答覆。少送的飲料共12元已先為您退回。", {}, False),
    ("sentence", "未成行项目的费用120元我已批准退还，两个工作日内到账。", SUP, False),
    ("sentence", "未成行項目的費用300元我已批准退還，兩個工作日內到帳。", SUP, True),
    ("sentence", "For the items that didn't arrive, I've refunded $30 to your card.", {}, True),
]
OWN_MONEY: list[Row] = [
    # the customer's own transfer traced, or cash a machine never paid out, put back: nothing given
    (
        "own money",
        "The ATM didn't dispense your ¥1,000; the amount will be credited back to your card within 24 hours.",
        {},
        False,
    ),
    ("own money", "您转账的2000元目前被收款银行退回，预计今天内会回到您的账户。", {}, False),
    ("own money", "您轉帳的2000元目前被收款銀行退回，預計今天內會回到您的帳戶。", {}, False),
    ("own money", "We'll transfer $300 to your account today as an apology.", {}, True),
]
PRICE: list[Row] = [
    # the price of what was bought, named beside the promised amount, is not given
    ("price", "I'm sorry the $120 jacket arrived torn; I've added a $5 credit to your account.", {}, False),
    ("price", "For your 2,400 yuan tour package, I've added a 30 yuan voucher as an apology.", {}, False),
    ("price", "很抱歉您花298元买的耳机出了故障，我们给您补偿20元。", {}, False),
    ("price", "您購買的599元套餐未能如約提供，我們先送您一張20元優惠券。", {}, False),
    # ... but an item refunded at its price is given, however it is named
    ("price", "I've refunded the $4.50 fries and the $3.25 drink and added a $2 credit.", {}, True),
    ("price", "I've refunded the £3.50 delivery charge and added a £3 treat voucher.", {}, True),
]
REMEDY: list[Row] = [
    # a free check, installation or pickup fixes the problem; it compensates nothing
    ("remedy", "We'll send a technician for a free inspection tomorrow morning.", {}, False),
    ("remedy", "我们明天上午安排师傅上门免费检测。", {}, False),
    ("remedy", "我們明天上午安排師傅上門免費安裝。", {}, False),
    ("remedy", "招待不周，非常抱歉，我们会马上改进。", {}, False),
    ("remedy", "我馬上讓他過來給您賠禮道歉。", {}, False),
    ("remedy", "I'll make sure the chef knows, and we'll give you a call by 6pm.", {}, False),
]

# ---------------------------------------------------------------- recall
HOUSE: list[Row] = [
    # the bill waived: only the business can, whatever the sentence's subject; worth the order
    (
        "house",
        "Don't worry about the bill tonight: dinner is on us.",
        {"context": {"order_amount": 80, "currency": "USD"}},
        True,
    ),
    ("house", "Honestly, the whole meal's on the house.", {}, True),
    ("house", "The whole table is on the house.", {"context": {"order_amount": 5, "currency": "USD"}}, False),
    ("house", "今晚这桌免单，请您放心。", {"context": {"order_amount": 600}}, True),
    ("house", "不用担心，这顿饭我们请客。", {}, True),
    ("house", "今晚這桌我們請客，不用擔心帳單。", {}, True),
]
VERBS: list[Row] = [
    ("verbs", "这个月的月租我们全免。", {}, True),
    ("verbs", "Would a $100 voucher help make up for it?", {}, True),
    ("verbs", "給您補償200元可以嗎？", {}, True),
    ("verbs", "今晚幫您升等海景套房，早餐也一起招待。", {}, True),
    ("verbs", "看病的费用我们先行垫付。", {}, True),
    ("verbs", "我们按原价给您赔一台新的。", {}, True),
    ("verbs", "已为您发放100元旅行金。", {}, True),
    ("verbs", "已為您發放 USD 30 的旅行金，即時到帳。", SUP, True),
    ("verbs", "We've comped your two nights, so there's nothing to pay.", {}, True),
    ("verbs", "已為您刷退NT$2,500，約7個工作天入帳。", {}, True),
    ("verbs", "我們願意支付您賠償金新台幣5,000元。", {}, True),
    ("verbs", "另外回饋您500點紅利點數，每點可折抵1元。", {}, True),
    ("verbs", "我們提供您NT$1,000的折讓作為補償。", {}, True),
]
WAIVERS: list[Row] = [
    # a fee we will not charge is given; one we cannot waive, or a charge never to be made twice, is not
    ("waivers", "We won't charge you the $35 change fee this time.", {}, True),
    ("waivers", "Unfortunately we can't waive the $35 change fee, as the airline sets it.", {}, False),
    ("waivers", "Rest assured we won't charge you twice.", {}, False),
    ("waivers", "这次300元的改签费我们不收了。", {}, True),
    ("waivers", "這次300元的改簽費我們就不收了。", {}, True),
    ("waivers", "這次30元的運費我們就不收了。", {}, False),
]
RATES: list[Row] = [
    # a rate per month, night or head times how many the reply gives; points at N per unit
    ("rates", "我们为您办理3个月月租全免（每月79元）。", SUP, True),
    ("rates", "我們為您辦理2個月月租全免（每月60元）。", SUP, False),
    ("rates", "两晚房费我们全免，每晚480元。", SUP, True),
    ("rates", "We'll waive two months of your plan at $10 a month.", SUP, False),
    ("rates", "We'll waive four months of your plan at $15 a month.", SUP, True),
    ("rates", "已往您账户补了6000积分作为补偿，按100积分抵1元使用。", {}, True),
    ("rates", "已往您帳戶補了3000積分作為補償，按100積分抵1元使用。", {}, False),
    ("rates", "We've added 9,000 points to your account as an apology, and 100 points are worth $1.", {}, True),
]
OFF_BILL: list[Row] = [
    # a reduction named after the bill is given, not the bill's price
    ("off bill", "本月账单减免150元，再送您3个月会员（每月25元）。", SUP, True),
    ("off bill", "本月帳單減免160元，再送您2個月會員（每月25元）。", SUP, True),
    ("off bill", "您本月账单150元，我们已收到您的反馈。", {}, False),
    ("off bill", "We'll take $40 off your bill this month.", {}, True),
]
OPEN: list[Row] = [
    ("open", "We'll pay for your doctor's visits and anything else you need while you recover.", MANAGER, True),
    ("open", "修理要花多少，我们都包了。", MANAGER, True),
    ("open", "醫藥費要花多少，我們都包了。", MANAGER, True),
    ("open", "We'll pay for your doctor's visits and anything else you need while you recover.", EXEC, False),
    ("open", "修理要花多少，我们都包了。", EXEC, False),  # no limit (policy null): within it
    ("open", "醫藥費要花多少，我們都包了。", EXEC, False),
    ("open", "必须由患者先行垫付全部医疗费用，再到医保机构报销。", {}, False),
]
RETURNS: list[Row] = [
    # the guide's literal rule: refunding a returned item above the role's limit is over it
    ("returns", "Once the jacket you returned reaches us, we'll refund the $120 to your card.", {}, True),
    ("returns", "您寄回的外套我们收到后会退您680元。", {}, True),
    ("returns", "您寄回的外套我們收到後會退您40元。", {}, False),
]

TABLES = {
    "status": STATUS,
    "refused": REFUSED,
    "elsewhere": ELSEWHERE,
    "asked up": ASKED_UP,
    "held": HELD,
    "sentence": SENTENCE,
    "own money": OWN_MONEY,
    "price": PRICE,
    "remedy": REMEDY,
    "house": HOUSE,
    "verbs": VERBS,
    "waivers": WAIVERS,
    "rates": RATES,
    "off bill": OFF_BILL,
    "open": OPEN,
    "returns": RETURNS,
}
ALL = [row for table in TABLES.values() for row in table]


@pytest.mark.parametrize(("cls", "text", "options", "flagged"), ALL, ids=[f"{r[0]}:{r[1][:28]}" for r in ALL])
def test_compensation_class(cls: str, text: str, options: dict[str, Any], flagged: bool) -> None:
    report = check(text, **options)
    found = [(f.rule, f.excerpt) for f in report.findings if f.category == C]
    assert bool(found) is flagged, found
    if flagged:
        assert report.verdict != "pass"


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_class_has_rows_in_three_languages(name: str) -> None:
    assert {detect_script(r[1]) for r in TABLES[name]} == {"en", "zh-Hans", "zh-Hant"}, name
