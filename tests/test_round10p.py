"""Round 10p, safety first: the step fits the harm the complaint describes (a wrong-strength
medicine with symptoms is the medicine's step, never burn or wound first aid; packaging is not
skin), public infrastructure is kept away from while a crew cordons it off before the customer's
time, a hurt animal is asked after by name and taken to a vet, and a fixture that hurt someone and
is still unfixed is closed off tonight. Complaints written for these tests."""

from __future__ import annotations

import pytest

import drafter
from drafter.intake import analyse
from drafter.models import Complaint


def _draft(language: str, text: str) -> str:
    return drafter.draft(text, channel="email", language=language).text


def _safety(language: str, text: str):  # type: ignore[no-untyped-def]
    return analyse(Complaint(text=text, channel="email", language=language)).safety


# (language, complaint, must appear, must not appear)
MEDICATION = [
    (
        "en",
        "The chemist on Hill Street gave my grandad his blood thinner at five times the dose on his "
        "prescription. He's taken it since Monday and now has dark bruises on his arms and his gums bleed. "
        "His GP can only see him on Thursday.",
        "urgent medical care today",
        "cool the burn",
    ),
    (
        "en",
        "Your online pharmacy sent my wife 20mg tablets instead of the 2mg she is prescribed, in a blister "
        "pack with the wrong label. She took them for three days and now feels dizzy and her nose keeps bleeding.",
        "all its packaging",
        "burn",
    ),
    (
        "en",
        "The care home gave my mother the wrong strength of her heart tablets all week and she is now very "
        "drowsy and has bruising all over.",
        "Please don't take or give any more of it",  # session 8: no "tablets" assumed (a child's syrup)
        "press a clean cloth",
    ),
    (
        "zh-Hans",
        "你们药店给我爸配的降压药剂量错了，药盒上是5mg，药片却是20mg，他吃了三天，现在头晕、牙龈出血。",
        "立即停止服用",
        "冷水",
    ),
    (
        "zh-Hans",
        "医院药房发给我奶奶的抗凝药多了五倍的剂量，她吃了一个星期，现在身上很多瘀青，泡罩包装上印的也不一样。",
        "不要等原定的复诊预约",
        "按住伤口",
    ),
    (
        "zh-Hant",
        "你們藥局把我媽的藥拿錯了劑量，她吃錯藥四天，現在身上很多瘀青，牙齦一直流血。",
        "立即停止服用",
        "按住傷口",
    ),
]


@pytest.mark.parametrize(("language", "text", "want", "never"), MEDICATION)
def test_wrong_medicine_with_symptoms_gets_the_medicine_step(language: str, text: str, want: str, never: str) -> None:
    safety = _safety(language, text)
    assert safety is not None and safety.hazards[0] == "medication"
    reply = _draft(language, text)
    assert want in reply
    assert never not in reply


# Near misses: no wrong medicine, no burn.
NOT_MEDICATION = [
    ("en", "The pharmacy charged me twice the price for my inhaler this month. Please refund the difference."),
    ("en", "My prescription was ready two days late and the blister pack was torn, though the tablets were fine."),
    ("zh-Hans", "药房的药剂量写得很清楚，没问题，只是送货晚了两天。"),
    ("zh-Hant", "藥局說明了劑量，我只是想問為什麼運費變貴了。"),
]


@pytest.mark.parametrize(("language", "text"), NOT_MEDICATION)
def test_no_medicine_error_is_read_where_none_is_described(language: str, text: str) -> None:
    safety = _safety(language, text)
    assert safety is None or ("medication" not in safety.hazards and "burn" not in safety.hazards)


PUBLIC = [
    (
        "en",
        "The electricity pole by Maple Primary has a junction box that is sparking and buzzing. Kids walk "
        "past it at 3:15 every day. Please deal with it before 3:15.",
        "cordon it off before 3:15",
    ),
    (
        "en",
        "The gas main under the pavement on Quarry Road smells strongly of gas and the nursery children pass "
        "by at 3:15. Please send someone.",
        "a crew is being sent to you now",
    ),
    (
        "zh-Hans",
        "小区门口的变压器在冒烟，还有噼啪声，孩子们下午三点十五分放学都要经过，请在三点十五分之前派人来。",
        "在三点十五分之前完成隔离",
    ),
    (
        "zh-Hant",
        "學校旁邊那根電線桿的電箱一直在冒火花，小朋友三點十五分放學會經過，請儘快派人來。",
        "設置圍欄隔離",
    ),
]
# What is said to a portable product or a hurt child, never to a pole in the street.
NEVER_PUBLIC = (
    "unplug",
    "let it cool",
    "collected",
    "indoors",
    "on its way now",
    "how is your",
    "拔掉",
    "拔掉電源",
    "現在怎麼樣",
    "现在怎么样",
)


@pytest.mark.parametrize(("language", "text", "want"), PUBLIC)
def test_public_installation_is_kept_away_from_and_cordoned(language: str, text: str, want: str) -> None:
    safety = _safety(language, text)
    assert safety is not None and safety.public
    reply = _draft(language, text)
    assert want in reply
    for never in NEVER_PUBLIC:
        assert never not in reply


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The cable box you installed keeps losing channels, and my daughter misses her shows after school."),
        ("en", "My phone charger cable from your shop frayed after a week. I want a replacement."),
        ("zh-Hans", "你们电视的数据线坏了，孩子放学回来看不了动画片。"),
    ],
)
def test_cables_and_school_mentions_are_not_public_hazards(language: str, text: str) -> None:
    safety = _safety(language, text)
    assert safety is None or not safety.public


def test_a_child_who_might_get_hurt_is_not_a_hurt_child() -> None:
    text = (
        "There's a loose cable hanging off the street light by the school gate and it sparks. "
        "Fix it before a child gets hurt."
    )
    safety = _safety("en", text)
    assert safety is not None and "injury" not in safety.hazards
    assert "how is your" not in _draft("en", text)


PETS = [
    (
        "en",
        "My partner and I left Pepper (my dog) at your kennels for the weekend. She came home with a cut paw "
        "and a burn on her side from a heat lamp.",
        "how is Pepper doing now",
    ),
    (
        "en",
        "I'm furious. My cocker spaniel Rufus was nicked with clippers at your grooming van today and he's bleeding.",
        "take Rufus to a vet",
    ),
    ("en", "Our puppy got a deep cut at your dog daycare yesterday.", "your puppy to a vet"),
    ("zh-Hans", "我家狗狗在你们宠物店洗澡，耳朵被剪破流血，背上还被吹风机烫伤了。", "去看兽医"),
    ("zh-Hant", "我的貓咪Mochi在你們寵物美容店被剪傷了，腿上流血。", "請問Mochi現在怎麼樣了"),
]
NEVER_PET = (
    "how are you feeling",
    "seek medical care",
    "cool the burn",
    "The pepper",
    "the pepper",
    "就医",
    "就醫",
)


@pytest.mark.parametrize(("language", "text", "want"), PETS)
def test_hurt_animal_is_asked_after_and_sent_to_a_vet(language: str, text: str, want: str) -> None:
    safety = _safety(language, text)
    assert safety is not None and safety.pet
    reply = _draft(language, text)
    assert want in reply
    for never in NEVER_PET:
        assert never not in reply


def test_a_person_hurt_with_a_pet_nearby_is_still_the_person() -> None:
    text = "My son tripped over a loose mat in your restaurant while holding our dog's lead and cut his chin."
    safety = _safety("en", text)
    assert safety is not None and not safety.pet and safety.who == "your son"


UNFIXED = [
    (
        "en",
        "The top step outside your library is cracked and my wife fell on it on Monday and hurt her wrist. "
        "It is still broken today and nobody has put up a sign.",
        "cordoned off straight away",
    ),
    (
        "en",
        "A loose handrail on your station stairs gave way and my dad fell and cut his head. "
        "It still hasn't been fixed.",
        "cordoned off",
    ),
    (
        "zh-Hans",
        "你们商场门口的台阶坏了，我妈昨天在那里摔倒，膝盖擦伤了，今天去看还是没修好，也没有围起来。",
        "马上把那里围起来",
    ),
    ("zh-Hant", "你們診所門口的樓梯扶手鬆了，我爸扶著摔倒受傷，到今天還是沒修。", "馬上把那裡圍起來"),
]


@pytest.mark.parametrize(("language", "text", "want"), UNFIXED)
def test_an_unfixed_fixture_that_hurt_someone_is_closed_off_now(language: str, text: str, want: str) -> None:
    reply = _draft(language, text)
    assert want in reply
    assert ("how is" in reply) or ("怎么样" in reply) or ("怎麼樣" in reply)


def test_a_fixed_fixture_is_not_closed_off_again() -> None:
    text = (
        "My son slipped on the wet step at your pool and bruised his knee. "
        "Staff mopped it and put a sign out straight away."
    )
    assert "cordoned off" not in _draft("en", text)
