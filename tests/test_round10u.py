"""Round 10u: safety, escalation and amounts. Someone vulnerable left alone right now (an elderly
relative whose carer never came, a young child left with no adult), someone shut in a lift that is
still running, and medical equipment at home that is alarming are safety cases with the step that
fits; money asked back before its ask verb, a unit price times the count and goods lost in
transit escalate beyond the store manager's limit; an addressee line, an emotional "hurt" and a
symptom that is the reason for a clinic visit do not. Complaints written for these tests."""

from __future__ import annotations

import pytest

import drafter
from drafter.guard.amounts import find_amounts
from drafter.guard.normalize import fold
from drafter.intake import analyse, read_complaint
from drafter.models import Analysis


def _analysis(language: str, text: str, channel: str = "email") -> Analysis:
    return analyse(read_complaint(text, channel=channel, language=language))


# (language, complaint, hazard, words the safety step must hold)
VULNERABLE_NOW = [
    (
        "en",
        "My grandfather is 91 and lives on his own. The carer didn't come this morning or at lunch, "
        "he hasn't had his tablets and the fridge is empty. Client number CS-4471.",
        "stranded",
        ["sending someone", "emergency services", "missed"],
    ),
    (
        "en",
        "The minibus dropped my 6 year old daughter at the leisure centre and drove off; no staff there, "
        "the doors are locked and she is crying outside.",
        "stranded",
        ["stay with", "police"],
    ),
    (
        "zh-Hans",
        "我奶奶85岁一个人住，你们的护工两天没上门了，她没吃药也没吃饭，服务编号HZ-3302。",
        "stranded",
        ["上门", "急救电话", "漏服"],
    ),
    (
        "zh-Hans",
        "校车把我女儿放在体育馆门口就开走了，一个大人都没有，她才6岁，现在一个人在门口哭。",
        "stranded",
        ["陪着", "报警"],
    ),
    (
        "zh-Hant",
        "我阿爺88歲自己住，你哋嘅看護今日冇上門，佢冇食藥，個案編號KC-1190。",
        "stranded",
        ["上門", "急救電話", "漏服"],
    ),
    (
        "zh-Hant",
        "補習社嘅車將我個仔放喺商場門口就開走了，冇大人睇住，佢先5歲。",
        "stranded",
        ["陪著", "報警"],
    ),
]


@pytest.mark.parametrize(("language", "text", "hazard", "step_words"), VULNERABLE_NOW)
def test_vulnerable_person_alone_is_a_safety_case(language: str, text: str, hazard: str, step_words: list[str]) -> None:
    analysis = _analysis(language, text)
    assert analysis.safety is not None and hazard in analysis.safety.hazards, analysis
    assert analysis.escalate
    reply = drafter.draft(text, channel="email", language=language).text
    for word in step_words:
        assert word in reply, (word, reply)


# A lift that shut someone in and still runs, smelling of burning: nobody uses it; equipment at
# home that alarms: the emergency number if they worsen, the backup supply, escalated.
LIFT_AND_DEVICE = [
    (
        "en",
        "The lift in block C stopped between floors 3 and 4 and my dad was trapped inside for half an hour. "
        "It is running again and there is a burning smell.",
        "trapped",
        ["nobody uses that lift", "fire service"],
    ),
    (
        "zh-Hans",
        "3号楼电梯又卡在两层中间，我妈被困在里面半小时，现在电梯还在运行，还有一股焦味。",
        "trapped",
        ["不要再使用这部电梯", "火警"],
    ),
    (
        "zh-Hant",
        "C座部𨋢又停咗喺兩層中間，我老豆困咗喺入面半個鐘，而家仲有燶味。",
        "trapped",
        ["不要再使用這部電梯", "火警"],
    ),
    (
        "en",
        "The oxygen concentrator you delivered for my wife keeps alarming and showing low oxygen. Patient ref OX-2210.",
        "device",
        ["emergency services", "backup supply"],
    ),
    ("zh-Hans", "你们租给我爸的制氧机一直响警报，显示氧气浓度低，病人编号Y-7781。", "device", ["急救电话", "后备"]),
    ("zh-Hant", "你哋租俾我媽嘅呼吸機成晚嘟嘟聲響警報，病人編號R-5520。", "device", ["急救電話", "後備"]),
]


@pytest.mark.parametrize(("language", "text", "hazard", "step_words"), LIFT_AND_DEVICE)
def test_lift_and_home_equipment_steps(language: str, text: str, hazard: str, step_words: list[str]) -> None:
    analysis = _analysis(language, text)
    assert analysis.safety is not None and analysis.safety.hazards[0] == hazard, analysis.safety
    assert "safety" in analysis.reasons
    reply = drafter.draft(text, channel="email", language=language).text
    for word in step_words:
        assert word in reply, (word, reply)


# Equipment named without any fault, an age with nobody left alone: no safety case.
NOT_SAFETY = [
    ("en", "I rented an oxygen concentrator last month and was billed twice for May. Invoice 5521."),
    ("en", "My father is 80 and he was charged the wrong fare on your bus, ticket 33-120."),
    ("zh-Hans", "我女儿才7岁，你们的课程表又改了，能不能给个说法？"),
    ("zh-Hant", "我阿媽82歲，上個月張電費單多收咗錢，帳號 7781-220。"),
    ("en", "Please send the invoice to 14 Cable Street; the delivery on order Q-5510 was late."),
]


@pytest.mark.parametrize(("language", "text"), NOT_SAFETY)
def test_no_safety_case_without_the_danger(language: str, text: str) -> None:
    analysis = _analysis(language, text)
    assert analysis.safety is None, analysis.safety


# (language, complaint, escalate?): money beyond the store manager's limit (2000 CNY).
AMOUNTS = [
    ("en", "I want the £900 refunded to my card; I cancelled on time. Booking BK-221.", True),
    ("en", "I would like the $60 refunded, the item was faulty. Order 7731.", False),
    ("en", "Tracking ZX-4410 says delivered yesterday but nothing here. It was a $700 camera.", True),
    ("en", "Tracking ZX-4410 says delivered yesterday but nothing here. Just a $25 phone case.", False),
    ("en", "Seats were double-booked. $30 each, I bought 3 tickets, refund all of them.", False),
    ("en", "Our seats were double-booked. Please refund the $220 each for both tickets.", True),
    ("zh-Hans", "订单DD-8812显示已签收，但我根本没收到，是一台3500元的笔记本。", True),
    ("zh-Hans", "把那800元退给我，订单号55120。", False),
    ("zh-Hant", "演唱會門票重複 一張NT$5,000 三張都要全退 訂單TK99812", True),
    ("zh-Hant", "單號MK-3318 HK$260 唔該退返一半", False),
]


@pytest.mark.parametrize(("language", "text", "expected"), AMOUNTS)
def test_money_beyond_authority_escalates(language: str, text: str, expected: bool) -> None:
    analysis = _analysis(language, text, channel="im")
    assert ("amount_over_authority" in analysis.reasons) is expected, (analysis.reasons, analysis.facts.amounts)


def test_an_id_before_an_amount_multiplies_nothing() -> None:
    for text, value in (("單號KT-5529 HK$388", 388.0), ("ref 4410 $25", 25.0), ("给我5张 $20的券", 100.0)):
        folded = fold(text)
        assert [a.value for a in find_amounts(folded, 0, len(folded))] == [value], text


# (language, complaint): no class-2 reason at all.
NOT_ESCALATED = [
    ("en", "Dear Riverside Estates management,\nThe hallway light on floor 2 has been out for a week. Flat 9."),
    ("en", "To the Manager,\nMy loyalty points from March are missing. Card 5512-88."),
    ("zh-Hans", "王经理您好：\n上周的发票抬头开错了，麻烦重开一张，订单号6612。"),
    ("zh-Hant", "老師在課堂上說他笨，孩子覺得很受傷，這學期學費NT$12,000，希望主任了解一下。"),
    ("en", "The tutor told my son his essay was lazy in front of the class and he felt hurt. Course ENG-2."),
    ("zh-Hant", "網上掛號了週五上午診，到了櫃台說沒有紀錄，帶著發燒的女兒等了一個半小時。"),
    ("zh-Hans", "预约了下午的门诊，到了说号被取消了，孩子咳嗽发烧等了两个小时。"),
]


@pytest.mark.parametrize(("language", "text"), NOT_ESCALATED)
def test_not_escalated(language: str, text: str) -> None:
    analysis = _analysis(language, text)
    assert not analysis.escalate, analysis.reasons


def test_a_demand_beside_the_salutation_still_escalates() -> None:
    text = "Dear Store Manager,\nThe shoes fell apart in a week. I want to speak to a manager today."
    assert "manager_demand" in _analysis("en", text).reasons
