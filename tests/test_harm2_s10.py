"""Session 10 (second harm round): illness told in everyday words, and the care wording around it.

Each row is made-up text in en, zh-Hans or zh-Hant (incl. Cantonese). A body told unwell in
everyday words after something eaten, drunk or used is a safety case, asked after and escalated;
the same words used figuratively (sick of waiting, a form that gave me a headache, 头疼 about a
hassle) are not."""

from __future__ import annotations

import pytest

from drafter.intake import analyse, read_complaint
from drafter.models import Analysis


def _read(text: str, language: str, channel: str = "email") -> Analysis:
    return analyse(read_complaint(text, channel=channel, language=language))


# --------------------------------------------------------------------------- unwell after eating or using

UNWELL_AFTER = [
    ("en", "Got the fish tacos delivered last night and my stomach's been off since."),
    ("en", "Had your sushi for lunch, been on the toilet all afternoon."),
    ("en", "After eating your pie I felt really queasy and had the runs all night."),
    ("en", "Used your new face cream and my skin has been itchy ever since."),
    ("zh-Hans", "这份麻辣烫吃完我胃一直不舒服，跑了好几趟厕所。"),
    ("zh-Hans", "昨天喝了你们的奶茶，胃也不舒服，头晕晕的。"),
    ("zh-Hant", "食完你哋個飯盒，胃好唔舒服，成晚冇瞓。"),
    ("zh-Hant", "用咗你哋嘅面霜之後，塊面好痕，起晒紅點。"),
    ("zh-Hant", "喺你哋買嘅壽司食完之後，我成晚肚痛，屙咗好多次。"),
]


@pytest.mark.parametrize(("language", "text"), UNWELL_AFTER)
def test_unwell_after_eating_or_using_is_a_safety_case(language: str, text: str) -> None:
    a = _read(text, language)
    assert a.safety is not None
    assert a.escalate
    assert {"illness", "injury"} & set(a.reasons)


FIGURATIVE = [
    ("en", "I am sick of waiting for my refund on order 1234."),
    ("en", "Filling in your claim form gave me a headache, the website kept crashing."),
    ("en", "This whole refund saga has my stomach in knots; I ordered a sofa in May."),
    ("en", "I drank my coffee and read your reply; honestly I'm sick and tired of your slow service."),
    ("zh-Hans", "这事真让人头疼，退款一直没到。"),
    ("zh-Hans", "改了三次地址还是送错，真是头疼。"),
    ("zh-Hant", "張單搞到我好頭痛，等咗成個月都未退錢。"),
]


@pytest.mark.parametrize(("language", "text"), FIGURATIVE)
def test_figurative_symptoms_are_no_safety_case(language: str, text: str) -> None:
    a = _read(text, language)
    assert a.safety is None
    assert not {"illness", "injury", "safety"} & set(a.reasons)


DIZZY_MEAL = [
    ("zh-Hans", "昨天在你们店吃了火锅，回家后一直肚子不舒服，头晕。"),
    ("zh-Hant", "昨天喺你哋度食完海鮮，成晚屙嘔，頭暈暈。"),
    ("en", "I ate your prawn curry and my stomach has been off since, and I feel dizzy."),
]


@pytest.mark.parametrize(("language", "text"), DIZZY_MEAL)
def test_dizzy_after_a_meal_is_the_meal_not_a_head_injury(language: str, text: str) -> None:
    a = _read(text, language)
    assert a.safety is not None
    assert "illness" in a.safety.hazards
    assert "head" not in a.safety.hazards


# --------------------------------------------------------------------------- the care wording


def _draft(text: str, language: str, channel: str = "email") -> str:
    import drafter

    return drafter.draft(text, channel=channel, language=language, backend="template").text


HARM_QUESTION = [
    (
        "en",
        "I found a piece of glass in my salad from your Leeds branch. What is it and how did it get in there?",
        "find out what it is",
    ),
    ("zh-Hans", "吃你们家的面包吃出一根铁丝，我想知道这到底是什么东西，怎么会混进去的？", "我们会查清楚"),
    ("zh-Hant", "喺你哋分店買嘅凍檸茶飲到一半見到塊膠片，退錢之餘要查清楚係咩嚟", "我們會查清楚"),
]


@pytest.mark.parametrize(("language", "text", "answer"), HARM_QUESTION)
def test_a_harm_question_is_answered_not_parroted(language: str, text: str, answer: str) -> None:
    reply = _draft(text, language)
    assert answer in reply
    assert "您想知道" not in reply and "You'd like to know" not in reply


HARM_CAUSE = [
    (
        "en",
        "My mother slipped in your supermarket aisle yesterday; the floor was wet and there was no warning sign. "
        "She hurt her wrist.",
        "slippery and there was no warning sign",
    ),
    ("zh-Hans", "昨天我在你们商场的走廊滑倒了，地上全是水，也没有放警示牌，膝盖摔伤了。", "没有放任何警示牌"),
    ("zh-Hant", "我個仔喺你哋餐廳洗手間門口跌低，地下好濕又冇放警告牌，撞到個頭流咗血。", "地面很滑，也沒有放警示牌"),
]


@pytest.mark.parametrize(("language", "text", "said"), HARM_CAUSE)
def test_the_cause_they_name_is_acknowledged(language: str, text: str, said: str) -> None:
    reply = _draft(text, language)
    assert said in reply


NO_FAMILY = [
    ("zh-Hans", "你们装的插座今天冒烟了，有烧焦味，我已经把总闸关了。", "您和身边的人"),
    ("zh-Hant", "樓下電錶箱一直冒火花，有燒焦味，快啲派人嚟。", "您和身邊的人"),
    ("zh-Hans", "你们装的插座今天冒烟了，有烧焦味，我和孩子都在家。", "您和家人"),
    ("zh-Hant", "屋企個電錶箱冒煙，有燒焦味，屋企有BB，好驚。", "您和家人"),
]


@pytest.mark.parametrize(("language", "text", "asked"), NO_FAMILY)
def test_family_is_named_only_when_the_complaint_names_them(language: str, text: str, asked: str) -> None:
    reply = _draft(text, language)
    assert asked in reply
    assert "请带家人" not in reply and "讓家人" not in reply and "让家人" not in reply


FIGURATIVE_BESIDE_FOOD = [
    ("en", "The restaurant was heaving and we waited an hour for the curry; my stomach was rumbling the whole time."),
    ("en", "I ordered period pain tablets for my cramps and you sent vitamins instead."),
    ("zh-Hans", "我在你们店吃饭，服务员的态度真是令人作呕。"),
    ("zh-Hant", "食飯嗰陣個侍應講嘢笑到我肚痛，但係張單計錯咗數。"),
]


@pytest.mark.parametrize(("language", "text"), FIGURATIVE_BESIDE_FOOD)
def test_figurative_gut_words_beside_a_meal_are_no_illness(language: str, text: str) -> None:
    a = _read(text, language)
    assert "illness" not in a.reasons


# --------------------------------------------------------------------------- someone inside a stuck lift

LIFT_OCCUPIED = [
    ("en", "URGENT block C lift stuck between 11 and 12 floor with my mum inside 20 mins already"),
    ("zh-Hans", "电梯卡在5楼和6楼之间，我女儿在里面，快派人来！"),
    ("zh-Hant", "部𨋢停咗喺8樓同9樓中間，我阿爸喺入面，撳警鐘冇人應。"),
]


@pytest.mark.parametrize(("language", "text"), LIFT_OCCUPIED)
def test_someone_inside_a_stuck_lift_is_a_safety_case(language: str, text: str) -> None:
    a = _read(text, language, channel="im")
    assert a.safety is not None and "trapped" in a.safety.hazards
    assert "safety" in a.reasons


LIFT_EMPTY = [
    ("en", "The lift was stuck last week so I took the stairs, and my parcel was left outside."),
    ("zh-Hans", "上周电梯坏了，我只能走楼梯，快递也被放在楼下了。"),
    ("zh-Hant", "部𨋢上個禮拜停咗兩日，我要行樓梯，包裹放咗喺樓下。"),
]


@pytest.mark.parametrize(("language", "text"), LIFT_EMPTY)
def test_a_lift_out_of_order_with_nobody_in_it_is_no_rescue(language: str, text: str) -> None:
    a = _read(text, language, channel="im")
    assert a.safety is None or "trapped" not in a.safety.hazards


MEDICINE_CARED = [
    (
        "en",
        "Your pharmacy gave my dad the wrong tablets, someone else's prescription; he took two and collapsed "
        "this morning and is in A&E now.",
        "no more of it is taken",
    ),
    ("zh-Hans", "你们药房给我爸配错了降压药，剂量是医生开的两倍，他今天早上晕倒，现在在急诊。", "停用这种药"),
    (
        "zh-Hant",
        "你哋藥房俾錯咗降血壓藥我爸爸，劑量係醫生開嘅兩倍，今朝頭暈到企唔穩，而家喺急症室。",
        "停用這種藥",
    ),
]


@pytest.mark.parametrize(("language", "text", "step"), MEDICINE_CARED)
def test_a_wrong_medicine_already_treated_is_stopped_first(language: str, text: str, step: str) -> None:
    assert step in _draft(text, language)
