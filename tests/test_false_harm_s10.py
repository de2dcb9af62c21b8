"""Session 10 false harm: safety and injury wording where nobody is hurt or at risk.

Each row is made-up text in en, zh-Hans or zh-Hant, from several kinds of business. A thing's
damage (a swollen floor, a cracked phone) is not a body hurt; an illness told as why someone was
absent, or a stay in hospital named beside a deposit or a bill, is not a harm to look after; a
medicine taken for a reaction is the remedy, not the cause. Each class has its counter-rows: a real
hurt, a real illness from us, a real reaction to a medicine stay safety cases."""

from __future__ import annotations

import pytest

import drafter
from drafter.intake import analyse, read_complaint
from drafter.models import Analysis


def _read(text: str, language: str, channel: str = "im") -> Analysis:
    return analyse(read_complaint(text, channel=channel, language=language))


MEDICAL_ADVICE = (
    "doctor",
    "medical",
    "emergency",
    "how are you feeling",
    "就医",
    "就醫",
    "急救",
    "急诊",
    "身体怎么样",
    "身體",
)

# --------------------------------------------------------------------------- a thing damaged, nobody hurt

THING_DAMAGED = [
    (
        "en",
        "Your plumber fitted the washer; the hose leaked and the floorboards have swollen. Pay for new boards.",
    ),
    ("en", "The courier left my parcel in the rain; the wooden table inside is swollen and warped. I want a refund."),
    ("en", "Your technician dropped my phone during the repair and the screen is cracked. Please replace it."),
    ("zh-Hans", "你们师傅装的洗碗机漏水，厨房的木地板都泡胀了，请赔偿维修费用。"),
    ("zh-Hant", "你哋師傅裝嘅洗衣機漏水，啲木地板全部泡到發脹，請賠償。"),
]


@pytest.mark.parametrize(("language", "text"), THING_DAMAGED)
def test_a_thing_damaged_is_no_body_hurt(language: str, text: str) -> None:
    a = _read(text, language, channel="email")
    assert a.safety is None or not {"fracture", "injury", "burn"} & set(a.safety.hazards), a.safety


BODY_HURT = [
    ("en", "I slipped on the wet floor in your store and my ankle is swollen. I can't walk on it."),
    ("en", "The chair in your restaurant collapsed and my wrist is swollen and bruised."),
    ("zh-Hans", "我在你们超市滑倒了，脚踝肿了，走不了路。"),
    ("zh-Hant", "我喺你哋餐廳跌低，隻腳腫晒，行唔到路。"),
]


@pytest.mark.parametrize(("language", "text"), BODY_HURT)
def test_a_body_part_swollen_stays_a_hurt(language: str, text: str) -> None:
    a = _read(text, language, channel="email")
    assert a.safety is not None and a.safety.hazards


def test_water_damage_draft_gives_no_medical_advice() -> None:
    d = drafter.draft(
        "Your fitter installed our washing machine last week. The drain pipe wasn't secured and the "
        "laminate floor has swollen and lifted. The repair quote is £380; please cover it.",
        channel="email",
        backend="template",
    )
    assert not any(w in d.text.lower() for w in MEDICAL_ADVICE), d.text


# --------------------------------------------------------------------------- an illness told as why they were absent

ABSENT = [
    ("zh-Hans", "我女儿在你们舞蹈班，这周她发烧请假了没去，系统还是扣了两节课，请加回来。"),
    ("zh-Hant", "我個仔喺你哋補習社，今個禮拜佢發燒請假冇去，點解仲扣咗堂數？麻煩加返。"),
    (
        "en",
        "My son was off sick with a fever last week and missed two swim lessons, but you charged for both.",
    ),
    ("zh-Hans", "上周我感冒请了病假没去健身房，私教课还是被扣了，请退回。"),
]


@pytest.mark.parametrize(("language", "text"), ABSENT)
def test_an_illness_told_as_the_reason_for_an_absence_is_no_safety_case(language: str, text: str) -> None:
    a = _read(text, language)
    assert a.safety is None, a.safety


ILL_FROM_US = [
    ("zh-Hans", "我女儿吃了你们的蛋糕，发烧呕吐，今天只能请假没去上学。"),
    ("en", "After eating your chicken my son had a fever and vomited all night, so he missed school."),
]


@pytest.mark.parametrize(("language", "text"), ILL_FROM_US)
def test_an_illness_we_caused_stays_a_safety_case(language: str, text: str) -> None:
    a = _read(text, language)
    assert a.safety is not None and a.safety.hazards


# --------------------------------------------------------------------------- a stay in care named beside money

STAY_AND_MONEY = [
    (
        "en",
        "My mum was in your hospital for a week. After discharge you said the deposit refund of $300 "
        "would come in 30 days; it's been 45.",
    ),
    ("zh-Hans", "我父亲3月在你们医院骨科住院，交了3000元押金，出院结算后应退1200元，现在还没退到卡上，请尽快处理。"),
    ("zh-Hant", "我阿媽上年喺你哋醫院住院，出院結算應該退返800元押金，到而家都未收到，麻煩跟進退款。"),
]


@pytest.mark.parametrize(("language", "text"), STAY_AND_MONEY)
def test_a_hospital_stay_beside_a_refund_is_billing(language: str, text: str) -> None:
    a = _read(text, language, channel="email")
    assert a.safety is None, a.safety


def test_a_hospital_stay_with_symptoms_now_stays_a_safety_case() -> None:
    a = _read(
        "My father is in your hospital now with chest pain and you charged his card twice.", "en", channel="email"
    )
    assert a.safety is not None


def test_a_hospital_stay_with_harm_told_stays_a_safety_case() -> None:
    a = _read("我父亲在你们医院住院，护士打错针，他现在发高烧还呕吐，押金的事以后再说。", "zh-Hans", channel="email")
    assert a.safety is not None


# --------------------------------------------------------------------------- a medicine as the remedy, not the cause

REMEDY = [
    ("zh-Hans", "我点的燕麦拿铁你们做成了牛奶的，我对牛奶过敏，现在嘴唇肿了在吃药。"),
    ("zh-Hant", "我叫咗豆奶咖啡，你哋整咗牛奶，我對牛奶過敏，而家塊面腫咗，啱啱食咗敏藥。"),
    ("en", "I asked for oat milk and you used dairy. I'm allergic; my lips swelled and I've taken an antihistamine."),
]


@pytest.mark.parametrize(("language", "text"), REMEDY)
def test_a_medicine_taken_for_it_gets_no_stop_this_medicine_step(language: str, text: str) -> None:
    a = _read(text, language)
    assert a.safety is not None and a.safety.hazards
    assert not a.safety.reaction
    d = drafter.draft(text, channel="im", language=language, backend="template")
    assert "不要再用这种药" not in d.text and "不要再用這種藥" not in d.text and "stop taking" not in d.text.lower(), (
        d.text
    )


GIVEN_MEDICINE = [
    ("zh-Hans", "你们药房给我配错药了，吃了之后全身起疹子，脸也肿了。"),
    ("en", "Your pharmacy gave me the wrong medicine and after taking it I came out in a rash and my face swelled."),
]

VACCINE_THEN_REMEDY = [
    (
        "en",
        "I had my flu jab at your pharmacy yesterday; my arm is swollen, I have a fever; I took an antihistamine.",
    ),
    ("zh-Hans", "昨天在你们诊所打了疫苗，今天手臂肿了还发烧，已经吃了退烧药。"),
]


@pytest.mark.parametrize(("language", "text"), VACCINE_THEN_REMEDY)
def test_a_vaccine_reaction_keeps_its_step_whatever_was_taken_after(language: str, text: str) -> None:
    a = _read(text, language)
    assert a.safety is not None and a.safety.reaction, a.safety


@pytest.mark.parametrize(("language", "text"), GIVEN_MEDICINE)
def test_a_medicine_we_gave_keeps_its_own_step(language: str, text: str) -> None:
    a = _read(text, language)
    assert a.safety is not None and a.safety.hazards


# --------------------------------------------------------------------------- a wall soaked by water, not a battery

WATER_BULGE = [
    ("zh-Hans", "楼上漏水把我家天花板泡坏了，墙皮都鼓起来了，物业一直不管。"),
    ("zh-Hant", "樓上漏水，我屋企天花板嘅油漆成塊鼓起嚟，管理處一直唔理。"),
    ("en", "After the leak your plumber caused, the kitchen wall is bulging and damp. Please fix it."),
]


@pytest.mark.parametrize(("language", "text"), WATER_BULGE)
def test_a_wall_bulging_from_water_is_no_battery_fire(language: str, text: str) -> None:
    a = _read(text, language, channel="email")
    assert a.safety is None or "fire" not in a.safety.hazards, a.safety


BATTERY_BULGE = [
    ("zh-Hans", "我的手机进水了，现在电池鼓起来了，还发烫。"),
    ("zh-Hans", "你们卖的充电宝鼓起来了，还很烫。"),
    ("zh-Hant", "你們賣的行動電源鼓起來了，還很燙。"),
    ("en", "The power bank you sold me is bulging and hot."),
]


@pytest.mark.parametrize(("language", "text"), BATTERY_BULGE)
def test_a_battery_bulging_stays_a_fire_risk(language: str, text: str) -> None:
    a = _read(text, language)
    assert a.safety is not None and "fire" in a.safety.hazards, a.safety


def test_an_absence_after_something_of_ours_eaten_in_another_sentence_stays_a_safety_case() -> None:
    a = _read("I had your prawn curry on Friday. I was sick all night and missed work on Saturday.", "en")
    assert a.safety is not None and a.safety.hazards


OWN_MEDICINE_UNRELATED = [
    (
        "en",
        "I take blood pressure tablets every day. After your chicken curry last night I came out in a rash all over.",
    ),
    ("zh-Hans", "我平时每天吃降压药，昨天在你们店吃了饭后全身起红疹，还发烧。"),
    ("zh-Hant", "我平時每日都食血壓藥，琴晚喺你哋餐廳食完飯之後成身出紅疹，仲發燒。"),
]


@pytest.mark.parametrize(("language", "text"), OWN_MEDICINE_UNRELATED)
def test_their_own_medicine_is_never_stopped_for_a_food_reaction(language: str, text: str) -> None:
    a = _read(text, language)
    assert a.safety is not None and a.safety.hazards
    assert not a.safety.reaction, a.safety
    d = drafter.draft(text, channel="im", language=language, backend="template")
    for stop in ("no further doses", "不要再用这种药", "不要再用這種藥", "停药", "停藥"):
        assert stop not in d.text, d.text


def test_a_wrong_medicine_from_us_keeps_the_medicine_step_beside_their_own() -> None:
    a = _read(
        "Your pharmacy gave me the wrong tablets and I came out in a rash. I'm on blood pressure tablets too.", "en"
    )
    assert a.safety is not None and a.safety.hazards
