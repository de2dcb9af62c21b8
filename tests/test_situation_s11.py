"""Session 11 wrong situation: a reply that answers another situation or another time frame.

Made-up text in en, zh-Hans and zh-Hant (Taiwan and Hong Kong), from several kinds of business.
Each class has counter-rows that must keep the old reading: a stay that is over is acted on from the
record (still there: someone comes now); a booking's deposit asked back is refunded (a rental's bond
is itemised and released); access shown expired is given back (goods past their date are replaced);
water reaching a power strip is an electrical hazard (a leak alone is not); tap water that made
someone ill is "don't drink it" (low pressure is not); a claim for a hospital stay is no illness of
ours; a doctor who already saw them means no first aid now; a chat that ends on 急 wants it today."""

from __future__ import annotations

import pytest

import drafter
from drafter.backends.template_remedy import (
    access_expired,
    booking_deposit,
    deposit_settled,
    service_gone,
    thing_not_arrived,
)
from drafter.intake import analyse, read_complaint
from drafter.models import Analysis


def _read(text: str, language: str, channel: str = "email") -> Analysis:
    return analyse(read_complaint(text, channel=channel, language=language))


def _draft(text: str, language: str, channel: str = "email") -> str:
    return drafter.draft(text, channel=channel, language=language, backend="template").text


# --------------------------------------------------------------------------- a stay that is over

STAY_OVER = [
    (
        "en",
        "I stayed with you from 2 to 4 May (room 318). There was no hot water either night. I want a partial refund.",
    ),
    ("en", "We checked out on Sunday. The air conditioning in our room never worked. Please refund one night."),
    ("zh-Hans", "我上周入住你们酒店，房间一直没有热水，前台说会派人来也没人来。已经退房了，要求退一晚房费。"),
    ("zh-Hant", "我哋住咗三晚，退房之後先發現你哋多收咗一晚房租，冇熱水嗰兩晚都冇人理，要求退返一晚錢。"),
    ("zh-Hant", "上個月入住你們飯店，浴室一直沒有熱水，退房後才收到帳單，請退還一晚房費。"),
]
STILL_THERE = [
    ("en", "No power in my flat since 6am. I stayed on hold for an hour and nobody answered. Please send someone now."),
    ("en", "I'm at your customer service desk now: when I checked out at the till I was charged twice."),
    ("en", "I'm in room 412 right now and there is no hot water. Please send someone."),
    ("zh-Hans", "我现在住在你们酒店1208房，一直没有热水，赶紧派人来。"),
    ("zh-Hant", "我而家喺你哋酒店1208號房，冇熱水，即刻派人上嚟。"),
]
_ROOM_NOW = ("come to your room", "right away", "马上到您房间", "馬上到您房間", "维修", "維修人員")


@pytest.mark.parametrize(("language", "text"), STAY_OVER)
def test_a_stay_that_is_over_is_not_acted_on_now(language: str, text: str) -> None:
    a = _read(text, language)
    assert a.situation.gone and not a.situation.now and not a.situation.down, a.situation
    reply = _draft(text, language)
    assert "come to your room" not in reply and "到您房间" not in reply and "到您房間" not in reply, reply


@pytest.mark.parametrize(("language", "text"), STILL_THERE)
def test_someone_still_there_is_on_the_spot(language: str, text: str) -> None:
    a = _read(text, language, channel="im")
    assert not a.situation.gone and (a.situation.now or a.situation.down), a.situation


CHECKED_OUT_HURT = [
    (
        "en",
        "I stayed in room 220 from 3 to 6 March. The towel rail came away from the wall and I cut my arm; "
        "I needed 4 stitches at the hospital. Please cover the bill and fix the rail.",
    ),
    (
        "zh-Hans",
        "我上个月3日到6日住在你们酒店，第二天浴室扶手松脱，我摔倒撞到头，去医院缝了6针。请赔偿医药费，并把扶手修好。",
    ),
    (
        "zh-Hant",
        "我3月3號至6號住喺你哋酒店，已經退房。浴室扶手甩咗，我跌低撞到頭，去醫院縫咗6針。請賠醫藥費，同埋整好個扶手。",
    ),
]


@pytest.mark.parametrize(("language", "text"), CHECKED_OUT_HURT)
def test_a_checked_out_guest_is_not_told_to_keep_everyone_away(language: str, text: str) -> None:
    reply = _draft(text, language)
    for said in (
        "keep everyone, children especially, away",
        "请让所有人，特别是孩子，远离它",
        "請讓所有人，特別是孩子，遠離它",
    ):
        assert said not in reply, reply


# --------------------------------------------------------------------------- which deposit

BOOKING_DEPOSITS = [
    ("en", "I booked a table for 10 and paid a £50 deposit. They lost the booking. I'd like the deposit refunded."),
    ("en", "We paid a $200 deposit to reserve the party room, and the venue double-booked it. Refund the deposit."),
    ("zh-Hans", "我们订了包间，交了300元订金，到店说没有预订记录，请把订金退给我。"),
    ("zh-Hant", "我哋訂咗枱，俾咗HK$500訂金，去到話冇位，唔該退返訂金。"),
]
HELD_DEPOSITS = [
    ("en", "I moved out of the flat a month ago and my landlord has not returned my bond. Please release the deposit."),
    ("en", "The hire company deducted $120 from my security deposit for a scratch that was already there."),
    ("zh-Hans", "退租一个月了，押金2000元还没退，还说要扣清洁费。"),
    ("zh-Hant", "我退租已經一個月，按金HK$8,000仲未退返俾我，又話要扣油漆費。"),
]


@pytest.mark.parametrize(("language", "text"), BOOKING_DEPOSITS)
def test_a_booking_deposit_asked_back_is_a_refund(language: str, text: str) -> None:
    assert booking_deposit(text)
    reply = _draft(text, language)
    for said in ("itemised account", "逐项列明", "逐項列明"):
        assert said not in reply, reply


@pytest.mark.parametrize(("language", "text"), HELD_DEPOSITS)
def test_a_held_deposit_is_no_booking_deposit(language: str, text: str) -> None:
    assert not booking_deposit(text)


SETTLED = [
    (
        "en",
        "At check-out they confirmed my $300 deposit would be refunded within 7 days."
        " It has been three weeks and nothing has arrived.",
    ),
    ("zh-Hans", "出院结算后应退押金1800元，窗口说一个月内原路退回，现在两个月了还是没退到卡上。"),
    ("zh-Hant", "退租時管理處話按金會一個月內退返，而家兩個月都未收到。"),
]
NOT_SETTLED = [
    ("en", "My landlord kept $400 of my deposit for cleaning and gave no reasons."),
    ("zh-Hans", "退租后房东扣了我500元押金，说是清洁费，没有任何明细。"),
    ("zh-Hant", "業主扣咗我HK$3,000按金，話係油漆費，冇任何單據。"),
]


@pytest.mark.parametrize(("language", "text"), SETTLED)
def test_a_settled_deposit_not_arrived_is_traced(language: str, text: str) -> None:
    assert deposit_settled(text)


@pytest.mark.parametrize(("language", "text"), NOT_SETTLED)
def test_a_deposit_kept_back_is_not_settled(language: str, text: str) -> None:
    assert not deposit_settled(text)


# --------------------------------------------------------------------------- what expired

ACCESS = [
    ("en", "My course account says expired after four months, though the page promised six. Please restore my access."),
    ("en", "I can't log in to the app any more and my membership shows as expired. I paid for a year."),
    ("zh-Hans", "买的是一年的会员，才半年就提示会员已过期，登录不了，请恢复。"),
    ("zh-Hant", "我買咗半年課程，三個月就顯示課程已過期，登入唔到，唔該幫我恢復。"),
]
GOODS = [
    ("en", "The yoghurt I bought yesterday was already past its date. I'd like a fresh one or my money back."),
    ("zh-Hans", "昨天买的牛奶打开发现已经过期了，要求退换。"),
    ("zh-Hant", "今日買嘅麵包原來已經過咗期，唔該退錢。"),
]


@pytest.mark.parametrize(("language", "text"), ACCESS)
def test_access_shown_expired_is_given_back_not_exchanged(language: str, text: str) -> None:
    assert access_expired(text)
    reply = _draft(text, language)
    for said in ("更换", "更換", "exchange", "replacement"):
        assert said not in reply, reply


@pytest.mark.parametrize(("language", "text"), GOODS)
def test_goods_past_their_date_are_no_access(language: str, text: str) -> None:
    assert not access_expired(text)


# --------------------------------------------------------------------------- water on a power strip

WATER_ON_POWER = [
    (
        "en",
        "Since your engineer fitted the boiler it leaks and water is dripping onto the power strip under it. "
        "I'm scared to touch anything.",
    ),
    ("zh-Hans", "你们师傅装完空调就一直滴水，水滴到下面的排插上，全屋跳闸了，今天派人来。"),
    ("zh-Hant", "你哋師傅整完冷氣一直漏水，滴落下面個拖板度，成間屋跳咗掣，唔該今日派人嚟。"),
]
LEAK_ONLY = [
    ("en", "Since your engineer fitted the boiler it leaks onto the kitchen floor. Please send someone."),
    ("zh-Hans", "你们师傅装完空调就一直滴水，地板都湿了，今天派人来。"),
    ("zh-Hant", "你哋師傅整完冷氣一直漏水，地下濕晒，唔該今日派人嚟。"),
]


@pytest.mark.parametrize(("language", "text"), WATER_ON_POWER)
def test_water_reaching_a_power_strip_is_an_electrical_hazard(language: str, text: str) -> None:
    a = _read(text, language, channel="im")
    assert a.safety is not None and "electric" in a.safety.hazards, a.safety


@pytest.mark.parametrize(("language", "text"), LEAK_ONLY)
def test_a_leak_alone_is_no_electrical_hazard(language: str, text: str) -> None:
    a = _read(text, language, channel="im")
    assert a.safety is None or "electric" not in a.safety.hazards, a.safety


# --------------------------------------------------------------------------- tap water that made someone ill

TAP_WATER_ILL = [
    (
        "en",
        "The water coming out of our taps is brown, and my daughter drank a glass and was sick all night. "
        "Is it safe to drink?",
    ),
    ("zh-Hans", "家里水龙头流出的水是黄色的，孩子喝了一杯之后拉肚子，现在这水还能喝吗？"),
    ("zh-Hant", "屋企水喉出嘅水係啡色，我個仔飲咗一杯之後肚痛咗成晚，啲水仲飲唔飲得？"),
]


@pytest.mark.parametrize(("language", "text"), TAP_WATER_ILL)
def test_tap_water_that_made_someone_ill_is_not_to_be_drunk(language: str, text: str) -> None:
    a = _read(text, language)
    assert a.safety is not None and "water" in a.safety.hazards, a.safety
    reply = _draft(text, language)
    assert any(s in reply for s in ("don't drink the tap water", "不要饮用自来水", "不要飲用自來水")), reply


LOW_PRESSURE = [
    ("en", "The water coming out of our taps is just a trickle since Monday. Please fix it."),
    ("zh-Hant", "屋企水喉出嘅水好細，沖涼都唔夠，唔該派人嚟睇下。"),
]


@pytest.mark.parametrize(("language", "text"), LOW_PRESSURE)
def test_weak_tap_water_is_no_drinking_hazard(language: str, text: str) -> None:
    a = _read(text, language)
    assert a.safety is None or "water" not in a.safety.hazards, a.safety


# --------------------------------------------------------------------------- a claim for a hospital stay

CLAIMS = [
    ("zh-Hans", "住院理赔 报案号CL-88231 拖了两个月都没回复 材料早就交齐了"),
    ("zh-Hant", "住院索償 編號HC-55120 拖咗兩個月都未有回覆 文件俾齊晒"),
]
ILL_FROM_US = [
    ("zh-Hans", "吃了你们的外卖之后上吐下泻，住院了两天，要求赔偿。"),
    ("zh-Hant", "食咗你哋啲壽司之後嘔到要入院，要求賠償醫藥費。"),
]


@pytest.mark.parametrize(("language", "text"), CLAIMS)
def test_a_claim_for_a_stay_is_no_illness_of_ours(language: str, text: str) -> None:
    a = _read(text, language, channel="im")
    assert a.category != "illness", a.category
    reply = _draft(text, language, channel="im")
    assert "身体感到不适" not in reply and "身體感到不適" not in reply, reply


@pytest.mark.parametrize(("language", "text"), ILL_FROM_US)
def test_an_illness_from_us_is_still_one(language: str, text: str) -> None:
    a = _read(text, language, channel="im")
    assert a.safety is not None or a.category == "illness", a


# --------------------------------------------------------------------------- seen by a doctor already

SEEN = [
    (
        "en",
        "My scalp blistered after the colour, and the GP I saw the next day said it's a chemical burn. "
        "I want a refund.",
    ),
    ("zh-Hans", "染完头发头皮起泡，第二天诊所医生说是化学灼伤，要求退款。"),
    ("zh-Hant", "染完頭髮頭皮起泡，第二日醫生話係化學灼傷，要求退錢。"),
]
NOT_SEEN = [
    ("en", "My doctor told me to avoid nuts, and your nut-free cookie has made my lips tingle. What should I do?"),
    ("en", "My scalp is blistering after the colour you did this morning. Should I see a doctor?"),
    ("zh-Hans", "今天早上染完头发，头皮一直起泡，要不要去看医生？"),
]


@pytest.mark.parametrize(("language", "text"), SEEN)
def test_a_doctor_who_already_saw_them_means_no_first_aid_now(language: str, text: str) -> None:
    assert _read(text, language).situation.cared_for
    reply = _draft(text, language)
    for said in ("rinse", "冲洗", "沖洗"):
        assert said not in reply, reply


@pytest.mark.parametrize(("language", "text"), NOT_SEEN)
def test_care_only_asked_about_is_not_care_given(language: str, text: str) -> None:
    assert not _read(text, language).situation.cared_for


# --------------------------------------------------------------------------- how soon

URGENT = [
    ("zh-Hans", "昨晚打车把包落在车上了 司机电话打不通 帮我联系下司机 急"),
    ("zh-Hant", "昨晚搭的士跌咗個袋喺車度 司機電話打唔通 幫我聯絡下司機 好急"),
    ("zh-Hant", "重複扣款NT$500 請問怎麼退 很急！"),
]
NOT_URGENT = [
    ("zh-Hans", "上周去了急诊，账单多收了200元，请核对。"),
    ("zh-Hant", "我唔急，不過請你哋下個月幫我更正張單。"),
]


@pytest.mark.parametrize(("language", "text"), URGENT)
def test_a_chat_that_ends_on_urgent_wants_it_today(language: str, text: str) -> None:
    a = _read(text, language, channel="im")
    assert a.situation.today, a.situation
    assert "24小时内" not in _draft(text, language, channel="im")


@pytest.mark.parametrize(("language", "text"), NOT_URGENT)
def test_urgent_inside_a_word_is_no_haste(language: str, text: str) -> None:
    assert not _read(text, language, channel="im").situation.today


FINDINGS = [
    (
        "en",
        "Found a piece of plastic in my kids curry from your place, order FD-1122."
        " Refund and look into the kitchen please!!",
        "im",
    ),
    ("zh-Hans", "你们的外卖里吃出一块塑料，订单FD-1122，孩子差点吃下去，要求退款并调查后厨！", "im"),
]


@pytest.mark.parametrize(("language", "text", "channel"), FINDINGS)
def test_an_investigation_reports_back_in_hours_not_minutes(language: str, text: str, channel: str) -> None:
    reply = _draft(text, language, channel=channel)
    for said in ("what we will do about it within 30 minutes", "30分钟内告诉您调查", "30分钟内告诉您核查结果"):
        assert said not in reply, reply


# --------------------------------------------------------------------------- what has not arrived

THING_NOT_HERE = [
    ("en", "I applied for a parking permit six weeks ago and paid the $65 fee online. The permit hasn't arrived."),
    ("en", "I paid £30 for a replacement card two weeks ago and the card still hasn't come."),
    ("zh-Hans", "上个月在网上交了120元办居住证，到现在证还没寄到。"),
    ("zh-Hant", "我上個月交咗HK$200補領證書，到而家證書都未寄到。"),
]
MONEY_NOT_HERE = [
    ("en", "The refund to my card still hasn't arrived after ten days."),
    ("en", "I transferred $500 to my savings account on Monday and it still hasn't arrived."),
    ("zh-Hans", "周一转账5000元给房东，到现在还没到账。"),
    ("zh-Hant", "我禮拜一轉咗HK$3,000俾業主，到而家都未到賬。"),
]


@pytest.mark.parametrize(("language", "text"), THING_NOT_HERE)
def test_a_thing_not_arrived_is_not_money_to_trace(language: str, text: str) -> None:
    assert thing_not_arrived(text)
    reply = _draft(text, language)
    for said in ("payments team to trace", "追查这笔", "追查這筆"):
        assert said not in reply, reply


@pytest.mark.parametrize(("language", "text"), MONEY_NOT_HERE)
def test_money_in_transit_is_still_traced(language: str, text: str) -> None:
    assert not thing_not_arrived(text)


# --------------------------------------------------------------------------- a service gone, no item missing

SERVICE_GONE = [
    ("zh-Hant", "升降機維修咗兩個星期，管理費HK$1,800照收，但服務明顯冇咗，請減免管理費。"),
    ("zh-Hans", "电梯坏了两个星期，物业费照收，服务完全没了，要求减免这个月物业费。"),
    (
        "en",
        "The lift has been broken for two weeks and the service has simply gone, yet we pay the full fee. "
        "Waive this month's fee.",
    ),
]
ITEM_MISSING = [
    ("zh-Hans", "外卖送来少了一杯奶茶，订单尾号5521，请补送。"),
    ("zh-Hant", "收到個盒少咗一件衫，訂單HK-2231，唔該補寄。"),
]


@pytest.mark.parametrize(("language", "text"), SERVICE_GONE)
def test_a_service_gone_is_no_item_to_send(language: str, text: str) -> None:
    assert service_gone(text)
    reply = _draft(text, language)
    for said in ("补送", "補送", "补发", "補發", "send the missing"):
        assert said not in reply, reply


@pytest.mark.parametrize(("language", "text"), ITEM_MISSING)
def test_an_item_missing_from_an_order_is_still_one(language: str, text: str) -> None:
    assert not service_gone(text)
