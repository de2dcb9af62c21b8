"""Session 9, frames round 2: frames and safety steps read from what happened, in en, zh-Hans
and zh-Hant (Taiwan and Hong Kong). Texts are made up here; each row states the behaviour."""

from __future__ import annotations

import pytest

import drafter
from drafter.intake import analyse, read_complaint
from drafter.intake.meanwhile import needs_cash, parcel_found, spoiled_goods
from drafter.intake.protect import misuse_channel
from drafter.intake.situation import deadline


def _draft(text: str, channel: str = "im") -> str:
    return drafter.draft(text, channel=channel).text


# --------------------------------------------------------------------------- 1. charges by channel

CARRIER = [
    "Someone ran up £38 of premium SMS subscriptions on my phone bill that I never signed up for. Number 07700 900555.",
    "There are third-party charges on my mobile bill, $24.99 a month for an app I never signed up for.",
    "我的手机话费里被扣了三笔小额支付，一共128元，我从来没有开通过，请退回。",
    "我的門號0933-221-908被人盜用小額付款，帳單上多了NT$3,200的遊戲點數，我根本沒開通。",
]
CARD = [
    "There are two transactions on my credit card I never made, $310 in total, and the card is still in my wallet.",
    "我的银行卡被盗刷了两笔，共2400元，卡一直在我手上。",
    "我張信用卡俾人盜刷咗HK$5,600，張卡一直喺我手上。",
]


@pytest.mark.parametrize("text", CARRIER)
def test_a_charge_on_the_phone_bill_is_carrier_billing(text: str) -> None:
    assert misuse_channel(text) == "carrier"


@pytest.mark.parametrize("text", CARD)
def test_a_charge_on_a_card_is_the_card(text: str) -> None:
    assert misuse_channel(text) == "card"


@pytest.mark.parametrize(
    "text",
    [
        "My phone bill went up by £5 this month and nobody told me why.",
        "I was charged £60 for roaming on my phone bill that I never used.",
        "我的话费这个月多了20元，想问一下是什么费用。",
        "這個月的手機帳單多了NT$300的漫遊費，我明明沒有出國。",
    ],
)
def test_a_phone_bill_query_with_nothing_unauthorised_gets_no_protective_step(text: str) -> None:
    assert misuse_channel(text) is None


@pytest.mark.parametrize("text", CARRIER)
def test_phone_bill_fraud_is_blocked_on_the_number_and_no_card_is_frozen(text: str) -> None:
    reply = _draft(text, "email")
    assert not any(w in reply for w in ("freeze", "冻结", "凍結", "card issuer", "发卡银行", "發卡銀行"))
    assert any(w in reply for w in ("third-party billing", "小额付款", "小額付款"))


@pytest.mark.parametrize("text", CARD)
def test_card_fraud_still_freezes_the_card(text: str) -> None:
    reply = _draft(text, "email")
    assert any(w in reply for w in ("freez", "冻结", "凍結"))


# --------------------------------------------------------------------------- 2. a parcel already found

FOUND_SPOILED = [
    "The courier left my parcel at the post office without a card or a text. I only found it today and the ice "
    "cream in it had melted. Tracking JD0045512.",
    "快递员把我的包裹扔在菜鸟驿站，没打电话也没短信，我三天后才去拿到，里面的海鲜全都臭了。单号 SF1234567890",
    "包裹被放在超商，完全沒有通知我，我以為寄丟了，今天才拿到，裡面的蛋糕都壞掉了。單號 TW88120035",
]
STILL_MISSING = [
    "The courier says he left my parcel with my neighbour, but the neighbour says they never got it. Order 55120.",
    "快递说放在快递柜了，可是快递柜里找不到，单号 YT5566778899。",
    "速遞員話放咗喺管理處，但管理處話冇收過，單號 HK230915001，幫我搵返。",
]


@pytest.mark.parametrize("text", FOUND_SPOILED)
def test_a_parcel_left_at_a_pickup_point_is_found_and_its_fresh_goods_spoiled(text: str) -> None:
    assert parcel_found(text)
    assert spoiled_goods(text)


@pytest.mark.parametrize("text", STILL_MISSING)
def test_a_parcel_not_there_is_still_missing(text: str) -> None:
    assert not parcel_found(text)


@pytest.mark.parametrize("text", FOUND_SPOILED)
def test_a_found_parcel_is_not_traced_and_the_spoiled_goods_get_a_claim(text: str) -> None:
    reply = _draft(text)
    assert not any(w in reply for w in ("trace it as a priority", "优先为您追查", "優先為您追查"))
    assert any(w in reply for w in ("opened a claim", "登记理赔", "登記理賠"))


@pytest.mark.parametrize("text", STILL_MISSING)
def test_a_missing_parcel_is_still_traced(text: str) -> None:
    reply = _draft(text)
    assert not any(w in reply for w in ("nothing to trace", "不需要再追查"))


# --------------------------------------------------------------------------- 3. a foreign object at a dine-in

SERVED = [
    "We had dinner at your Kingsway restaurant last night, table 9, and found a shard of glass in my pasta.",
    "昨晚在你们万达店吃饭，服务员上的水煮鱼里有一截铁丝，我差点咬到。",
    "昨晚喺你哋銅鑼灣分店食飯，服務員上嘅炒飯入面有塊碎玻璃，我咬到。",
]
KEPT = [
    "At table 4 tonight I found a shard of glass in my soup. I've kept it in a napkin.",
    "在你们店里吃饭，汤里吃到一块碎玻璃，玻璃我已经用纸巾包好保存了。",
    "喺你哋分店食飯，湯入面食到一塊玻璃，玻璃我已經保存咗。",
]
PACKAGED = [
    "I bought a jar of your pasta sauce and found a shard of glass in it.",
    "我在超市买了你们的罐头，打开发现里面有一块碎玻璃。",
    "Our dinner came by Deliveroo last night and I found a shard of glass in my pasta.",
    "昨晚叫咗你哋外賣，炒飯入面有塊碎玻璃。",
]


@pytest.mark.parametrize("text", SERVED)
def test_a_dine_in_keeps_the_object_not_the_packaging(text: str) -> None:
    reply = _draft(text, "email")
    assert any(w in reply for w in ("keep what you found", "把异物保留好", "把異物保留好"))
    assert not any(w in reply for w in ("packaging", "包装", "包裝"))


@pytest.mark.parametrize("text", KEPT)
def test_what_they_already_kept_is_not_asked_for(text: str) -> None:
    reply = _draft(text, "email")
    assert not any(w in reply for w in ("Please keep", "保留好"))


@pytest.mark.parametrize("text", PACKAGED)
def test_a_packaged_product_keeps_the_packaging_too(text: str) -> None:
    reply = _draft(text, "email")
    assert any(w in reply for w in ("the packaging", "异物和包装", "異物和包裝"))


# --------------------------------------------------------------------------- 4. a card kept by an ATM

KEPT_CARD_CASH = [
    "Your ATM on High Street swallowed my card at 3pm today, card ending 4411. I need cash for tomorrow, "
    "how do I get it back?",
    "你们人民路支行的ATM吞了我的卡，尾号5521，明天要用钱，什么时候能拿回来？",
    "部ATM食咗我張卡 觀塘分行 今日下晝 卡尾數7720 幾時可以攞返?聽日要用錢㗎",
]
KEPT_CARD = [
    "Your ATM on High Street swallowed my card at 3pm today, card ending 4411. How do I get it back?",
    "你们人民路支行的ATM吞了我的卡，尾号5521，什么时候能拿回来？",
    "部ATM食咗我張卡 觀塘分行 今日下晝 卡尾數7720 幾時可以攞返?",
]


@pytest.mark.parametrize("text", KEPT_CARD)
def test_a_card_kept_by_an_atm_gets_the_card_kept_frame(text: str) -> None:
    reply = _draft(text)
    assert any(w in reply for w in ("retrieve it as a priority", "优先取回", "優先取回"))
    assert not any(w in reply for w in ("withdraw it", "办理取款", "辦理取款"))


@pytest.mark.parametrize("text", KEPT_CARD_CASH)
def test_cash_needed_meanwhile_gets_a_way_to_get_it(text: str) -> None:
    assert needs_cash(text)
    reply = _draft(text)
    assert any(w in reply for w in ("retrieve it as a priority", "优先取回", "優先取回"))
    assert any(w in reply for w in ("withdraw it", "办理取款", "辦理取款"))


@pytest.mark.parametrize(
    ("text", "language", "want"), [("聽日前要交", "zh-Hant", "明天前"), ("听日前要交", "zh-Hans", "明天前")]
)
def test_a_cantonese_day_is_written_as_a_reply_writes_it(text: str, language: str, want: str) -> None:
    assert deadline(text, language) == want


# --------------------------------------------------------------------------- 5. after an EpiPen

PEN = [
    "My daughter reacted to the satay sauce at your cafe yesterday even though we said she has a nut allergy; "
    "she came out in hives and we had to use her EpiPen at home.",
    "昨天在你们店吃饭，明明说了孩子对花生过敏，菜里还是有花生，孩子起了一身疹子，回家后我们给他打了肾上腺素笔。",
    "琴日喺你哋餐廳講明個仔對花生敏感，啲菜都係有花生，佢出晒疹，返到屋企我哋幫佢打咗EpiPen。",
]
NO_PEN = [
    "My daughter reacted to the satay sauce at your cafe yesterday even though we said she has a nut allergy; "
    "she came out in hives.",
    "昨天在你们店吃饭，明明说了孩子对花生过敏，菜里还是有花生，孩子起了一身疹子。",
]


@pytest.mark.parametrize("text", PEN)
def test_after_an_epipen_a_doctor_checks_them_even_if_better(text: str) -> None:
    reply = _draft(text, "email")
    assert any(w in reply for w in ("even if things seem better", "even if you feel better", "即使"))
    assert any(w in reply for w in ("checked by a doctor", "看医生", "看醫生"))


@pytest.mark.parametrize("text", NO_PEN)
def test_without_an_epipen_no_pen_step(text: str) -> None:
    reply = _draft(text, "email")
    assert not any(w in reply for w in ("adrenaline pen (EpiPen) was needed", "既然已经用了", "既然已經用了"))


# --------------------------------------------------------------------------- 6. "again" not invented


def _recurring(text: str) -> bool:
    return analyse(read_complaint(text, channel="im")).situation.recurring


@pytest.mark.parametrize(
    "text",
    [
        "The gate charged my card twice this morning, once $4.50 and then $4.50 again. Please refund one.",
        "今天进站刷卡被扣了两次，一次¥6 又一次¥6，请退一次。",
        "今天進站被扣兩次 一次NT$25 又一次NT$25 請退一次的錢",
    ],
)
def test_a_second_charge_in_one_story_is_not_a_repeat(text: str) -> None:
    assert not _recurring(text)


@pytest.mark.parametrize(
    "text",
    [
        "This is the third time my delivery has been late this month.",
        "这是第三次了，快递又迟到了。",
        "你哋又一次送錯我嘅外賣，已經係第三次。",
    ],
)
def test_a_problem_that_came_back_is_still_a_repeat(text: str) -> None:
    assert _recurring(text)


@pytest.mark.parametrize(
    "text",
    [
        "Order 5521 was due last week. Every time I call they say it's on its way, and it still hasn't come.",
        "订单 JD-5521 九天了还没发货，联系了三次客服，每次都让我再等等。",
        "訂單 5521 等咗九日都未出貨，打咗三次客服，每次都話幫我催緊。",
    ],
)
def test_the_same_answer_to_each_contact_is_chasing_not_a_repeat(text: str) -> None:
    situation = analyse(read_complaint(text, channel="email")).situation
    assert situation.chased
    assert not situation.recurring
