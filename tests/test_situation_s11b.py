"""Session 11 (second round) wrong situation, safety step, escalation target or promised outcome.

Made-up text in en, zh-Hans and zh-Hant (Taiwan and Hong Kong), from several kinds of business,
each class with counter-rows that keep the old reading: a car that cannot stop or steer is not driven
on (a brake service overcharged is no hazard); the mains switched off on a smoking device or a wet
socket is kept off, never "stored away from flammables" (a charger unplugged still is); a doctor who
says what it is means no rinse-now first aid (a burn today still gets it); an item the customer
already returned gets no return label (one still to send back does); the level asked for by name
takes the case (a plain "a manager" keeps the business's own); an answer asked by a date is promised
as an answer, not the outcome (a thing asked done by a date keeps it); a bill resting on a meter test
is worked out after the test (a wrong reading alone keeps its time)."""

from __future__ import annotations

import pytest

import drafter
from drafter.guard.normalize import fold
from drafter.intake import analyse, read_complaint
from drafter.intake.addressee import addressed_role
from drafter.intake.done import already_returned, refund_agreed
from drafter.intake.promise import answer_by, asks_answer, meter_test_asked
from drafter.models import Analysis


def _read(text: str, language: str, channel: str = "email") -> Analysis:
    return analyse(read_complaint(text, channel=channel, language=language))


def _draft(text: str, language: str, channel: str = "email") -> str:
    return drafter.draft(text, channel=channel, language=language, backend="template").text


# --------------------------------------------------------------------------- a car that cannot stop or steer

CONTROL_LOST = [
    ("en", "The van you hired me yesterday: the brake pedal sinks right to the floor now. Booking HV-2231."),
    ("en", "Picked up the car this morning and the brakes are grinding and spongy. I'm parked at a garage."),
    ("en", "The steering locked twice on the ring road in your courtesy car. I need a different car."),
    ("zh-Hans", "租的车今天开着开着刹车踩到底都停不下来，现在停在路边，赶紧换车。"),
    ("zh-Hans", "刚提的车方向盘失灵，差点撞到护栏，请马上派人处理。"),
    ("zh-Hant", "你哋租俾我架車剎車踩到底都唔停，而家泊咗喺路邊，即刻換車。"),
]
NO_CONTROL_FAULT = [
    ("en", "I booked a brake service at your garage and was charged £80 more than the quote."),
    ("zh-Hans", "我在你们店做了刹车保养，结果收费比报价多了200元。"),
    ("zh-Hant", "我喺你哋車房換剎車皮，收費多過報價三百蚊。"),
]


@pytest.mark.parametrize(("language", "text"), CONTROL_LOST)
def test_a_car_that_cannot_stop_or_steer_is_not_driven_on(language: str, text: str) -> None:
    a = _read(text, language)
    assert a.safety is not None and "defect" in a.safety.hazards, a.safety
    draft = _draft(text, language)
    assert any(w in draft for w in ("don't drive", "不要再驾驶", "不要再駕駛")), draft


@pytest.mark.parametrize(("language", "text"), NO_CONTROL_FAULT)
def test_a_brake_bill_is_no_vehicle_hazard(language: str, text: str) -> None:
    a = _read(text, language)
    assert a.safety is None or "defect" not in a.safety.hazards, a.safety


# --------------------------------------------------------------------------- mains off: kept off, not stored

MAINS_OFF = [
    ("en", "Water is dripping from the flat above onto our sockets and power strip. I've switched off the mains."),
    ("zh-Hans", "新装的路由器冒烟了，插座也烧黑了，我已经把电闸拉了，家里有小孩。"),
    ("zh-Hans", "楼上漏水滴到客厅的排插上，有焦味，我已经关了总闸。"),
    ("zh-Hant", "樓上冷氣漏水滴落我屋企啲插座同拖板度，有陣燶味，我已經熄咗總掣。"),
]
UNPLUGGED = [
    ("en", "The phone charger I bought from you started smoking last night, so I unplugged it straight away."),
    ("zh-Hans", "在你们网店买的充电器昨晚冒烟了，我马上拔掉了插头。"),
]
_STORED = ("flammable", "可燃物", "保存好")


@pytest.mark.parametrize(("language", "text"), MAINS_OFF)
def test_mains_switched_off_is_kept_off_not_stored(language: str, text: str) -> None:
    a = _read(text, language)
    assert a.situation.made_safe and a.safety is not None and a.safety.fixed, (a.situation, a.safety)
    draft = _draft(text, language)
    assert not any(w in draft for w in _STORED), draft
    assert "在那里断电" not in draft and "在那裡斷電" not in draft, draft


@pytest.mark.parametrize(("language", "text"), UNPLUGGED)
def test_an_unplugged_device_is_still_kept_for_inspection(language: str, text: str) -> None:
    a = _read(text, language)
    assert a.safety is not None and not a.safety.fixed, a.safety


# --------------------------------------------------------------------------- a doctor already saw it

DOCTOR_SAYS = [
    ("en", "After the peel at your clinic my face is raw and my GP says it's a chemical burn. I want a refund."),
    ("en", "My doctor thinks it's a reaction to the dye you used on Friday. Which product was it?"),
    ("zh-Hans", "在你们店染完头发后头皮起泡，医生说是化学烧伤，要求全额退款。"),
    ("zh-Hant", "喺你哋度做完脫毛之後皮膚紅腫，醫生話係灼傷，我要求退款。"),
]
JUST_HURT = [
    ("en", "The bleach splashed on my arm at your salon an hour ago and it is burning."),
    ("zh-Hans", "刚才在你们店染发，药水溅到手上，现在火辣辣地痛。"),
]
_RINSE = ("rinse", "冲洗", "沖洗")


@pytest.mark.parametrize(("language", "text"), DOCTOR_SAYS)
def test_a_doctor_who_said_what_it_is_means_no_rinse_now(language: str, text: str) -> None:
    a = _read(text, language)
    assert a.situation.cared_for, a.situation
    draft = _draft(text, language)
    assert not any(w in draft for w in _RINSE), draft


@pytest.mark.parametrize(("language", "text"), JUST_HURT)
def test_a_fresh_splash_still_gets_first_aid(language: str, text: str) -> None:
    assert not _read(text, language).situation.cared_for


# --------------------------------------------------------------------------- already returned

RETURNED = [
    "I returned a navy wool overcoat to your downtown store on 20 Feb and the refund never came.",
    "We sent them back by tracked post last Monday.",
    "I dropped the boots off at your Kingsway branch a fortnight ago.",
    "我已经把大衣寄回去了，退款还没到。",
    "我上周把鞋子退回了门店。",
    "我已經寄返件衫俾你哋咗，仲未退錢。",
]
NOT_RETURNED = [
    "I want to return the coat, it doesn't fit.",
    "Before I return the jacket I need a label.",
    "I have not returned it yet.",
    "We returned from holiday to find the parcel soaked.",
    "我想退回这件大衣。",
    "我還沒有寄回，請給我退貨地址。",
]


@pytest.mark.parametrize("text", RETURNED)
def test_an_item_already_returned_is_read(text: str) -> None:
    assert already_returned(fold(text))


@pytest.mark.parametrize("text", NOT_RETURNED)
def test_an_item_still_to_return_is_not(text: str) -> None:
    assert not already_returned(fold(text))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I returned the jacket ($120) to your store on 3 March, return slip RS-221. Please refund my card."),
        (
            "zh-Hans",
            "我3月3号已经把外套（¥899）寄回去了，退货单号TH-2231，要退货标签的话我早就用过了，请把钱退到我的卡上。",
        ),
    ],
)
def test_no_return_label_after_the_return(language: str, text: str) -> None:
    draft = _draft(text, language)
    assert "prepaid return label" not in draft and "把退货标签发给您" not in draft, draft


# --------------------------------------------------------------------------- the level asked for

LEVEL_ASKED = [
    ("en", "The waiter laughed at us. I want to speak to the general manager, not another junior.", "general manager"),
    ("en", "Three visits and nothing fixed. Escalate this to your regional manager.", "regional manager"),
    ("zh-Hans", "理发师迟到一小时还剪坏了，我要求和你们区域经理直接谈。", "区域经理"),
    ("zh-Hant", "髮型師遲咗45分鐘，電壞咗頭髮，我要求同你哋區域經理直接傾。", "區域經理"),
]


@pytest.mark.parametrize(("language", "text", "role"), LEVEL_ASKED)
def test_the_level_asked_for_takes_the_case(language: str, text: str, role: str) -> None:
    draft = _draft(text, language)
    assert role in draft.replace(text, ""), draft
    assert "duty manager" not in draft and "分店负责人" not in draft and "分店負責人" not in draft, draft


def test_a_plain_manager_keeps_the_business_own() -> None:
    draft = _draft("Our steaks came out cold and the waiter laughed. I want to speak to a manager.", "en")
    assert "general manager" not in draft and "regional manager" not in draft, draft


# --------------------------------------------------------------------------- what a date promises


@pytest.mark.parametrize(
    "asked",
    [
        "I need a clear answer by Friday",
        "请在本周内给个明确答复",
        "請在月底前給我一個答覆",
        "a decision on the claim by the end of the month",
    ],
)
def test_an_answer_asked_by_a_date(asked: str) -> None:
    assert asks_answer(asked)


@pytest.mark.parametrize("asked", ["Please get it fixed by Friday", "请在本周内办好", "請在月底前寄到"])
def test_the_thing_done_by_a_date_is_no_answer(asked: str) -> None:
    assert not asks_answer(asked)


def test_the_sentence_naming_the_date_decides() -> None:
    assert answer_by("It has been a month. Please give me a clear answer this week.", None, "this week")
    assert not answer_by("Please have it installed this week. I want an answer on the cost.", None, "this week")


@pytest.mark.parametrize(
    ("language", "text", "outcome"),
    [
        (
            "zh-Hans",
            "我5月8号办理营业执照变更，受理号ZW-1137，说5个工作日办结，现在快一个月了。请在本周内给个明确答复。",
            "本周内办好",
        ),
        ("en", "My claim CL-2231 has been open for nine weeks. I want a clear answer by Friday.", "done by Friday"),
    ],
)
def test_an_answer_by_a_date_promises_no_outcome(language: str, text: str, outcome: str) -> None:
    assert outcome not in _draft(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "My bill (account 22-3190) doubled to $420. Please test the meter and recalculate the bill."),
        ("zh-Hans", "我家这期电费¥860，比去年多了一倍，怀疑电表有问题，请派人来检测电表并重新核算。"),
        ("zh-Hant", "我家電號 07-21-3390 這期電費 NT$4,860，懷疑電表有問題，請派人來檢測電表並重新核算電費。"),
    ],
)
def test_a_bill_resting_on_a_meter_test_is_recalculated_after_it(language: str, text: str) -> None:
    assert meter_test_asked(fold(text))
    draft = _draft(text, language)
    assert not any(w in draft for w in ("24小时内把核算结果", "24小時內把核算結果", "corrected figure within")), draft


@pytest.mark.parametrize(
    "text",
    ["The meter reading on my bill is wrong, I sent a photo of the meter.", "账单上的读数不对，我已经拍了电表的照片。"],
)
def test_a_wrong_reading_alone_asks_no_meter_test(text: str) -> None:
    assert not meter_test_asked(fold(text))


# --------------------------------------------------------------------------- whom the letter is addressed to


@pytest.mark.parametrize(
    ("text", "zh", "role"),
    [
        ("To the pharmacy manager,\n\nOn 2 April I collected the wrong tablets.", False, "the pharmacy manager"),
        ("Dear Front Office Manager,\nThe light fitting sparked.", False, "the front office manager"),
        ("致区域经理：\n理发师迟到了一个小时。", True, "区域经理"),
        ("致貴店店長：\n上週的蛋糕送錯了。", True, "店長"),
    ],
)
def test_the_role_written_to_is_read(text: str, zh: bool, role: str) -> None:
    assert addressed_role(text, zh) == role


@pytest.mark.parametrize(
    ("text", "zh"),
    [
        ("Dear Manager,\nThe curry had peanuts.", False),
        ("Dear Sir or Madam,\nMy parcel is late.", False),
        ("To whom it may concern,\nMy claim is late.", False),
        ("您好：\n我的包裹还没到。", True),
        ("你好，\n我要求同經理傾。", True),
    ],
)
def test_no_role_in_a_plain_greeting(text: str, zh: bool) -> None:
    assert addressed_role(text, zh) is None


def test_the_case_goes_to_the_role_written_to() -> None:
    text = "To the pharmacy manager,\n\nThe label on my prescription (Rx 44187) says 25 mg but the tablets are 100 mg."
    assert "pharmacy manager" in _draft(text, "en").split("\n", 2)[-1]


# --------------------------------------------------------------------------- a refund we already agreed

AGREED = [
    (
        "en",
        "I returned the coat ($189.00) on 20 Feb. The manager said the refund would appear within 5 days. Nothing yet.",
    ),
    ("zh-Hans", "航班取消了，票价合计2,380元。当时你们说会全额退款，但申请了两周还没到账，麻烦尽快退款。"),
    ("zh-Hant", "課程取消咗，學費HK$3,200。客服答應一星期內退錢，而家一個月都未收到，請盡快退款。"),
]
NOT_AGREED = [
    "The agent said they would not refund the $250 fee.",
    "I want a refund of $250 for the broken chair.",
    "请你们尽快给个说法：退款399元。",
    "你們說不能退款，我不接受。",
]


@pytest.mark.parametrize(("language", "text"), AGREED)
def test_a_refund_already_agreed_is_chased_not_applied_for(language: str, text: str) -> None:
    assert refund_agreed(fold(text))
    draft = _draft(text, language)
    assert not any(
        w in draft for w in ("needs approval", "需要负责", "审批，我今天就为您提交", "審批，我今天就為您提交")
    ), draft


@pytest.mark.parametrize("text", NOT_AGREED)
def test_a_refund_asked_or_refused_is_not_agreed(text: str) -> None:
    assert not refund_agreed(fold(text))
