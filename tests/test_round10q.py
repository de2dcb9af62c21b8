"""Round 10q: the label says one strength and the tablets inside are another (with symptoms: the
medicine's step, never wound first aid); a crew not yet at a sparking pole that children pass is
no stranded child; an animal hurt at a groomer's is asked after and taken to a vet, whatever the
bill; sarcastic praise is never restated; a manager or staff member told of as a past actor, a
"dog owner", a seal that "was cut", a hair in used electronics and a speeding ticket passed on are
no escalation. Complaints written for these tests."""

from __future__ import annotations

import pytest

import drafter
from drafter.intake import analyse
from drafter.models import Complaint


def _analysis(language: str, text: str):  # type: ignore[no-untyped-def]
    return analyse(Complaint(text=text, channel="email", language=language))


def _draft(language: str, text: str) -> str:
    return drafter.draft(text, channel="email", language=language).text


# (language, complaint): the label and the contents disagree, a named medicine, symptoms.
LABEL_VS_INSIDE = [
    (
        "en",
        "The packet says metformin 500mg, but the tablets inside are 1000mg. My father has taken them "
        "for a week and now feels dizzy and has been vomiting.",
    ),
    (
        "en",
        "The bottle reads insulin glargine 100 units/ml, however the pens inside are a different insulin. "
        "My son has had two dizzy spells and bruising where he injects.",
    ),
    ("zh-Hans", "药盒上写的是降压药5毫克，但是里面的药片是10毫克。我妈吃了三天，现在头晕，还流鼻血。"),
    ("zh-Hant", "藥盒上寫著1毫克，但裏面的藥片是5毫克。我爸食咗三日，而家手臂有大片瘀青，牙龈出血。"),
]


@pytest.mark.parametrize(("language", "text"), LABEL_VS_INSIDE)
def test_label_says_one_strength_inside_another(language: str, text: str) -> None:
    safety = _analysis(language, text).safety
    assert safety is not None and safety.hazards[0] == "medication"
    reply = _draft(language, text)
    assert "wound" not in reply and "伤口" not in reply and "傷口" not in reply


# Near-misses: a box says one thing and holds another, but nothing taken or no medicine at all.
LABEL_NEAR_MISS = [
    ("en", "The box says 12 pieces, but only 10 cookies were inside. Please refund the difference."),
    ("en", "The label says 500ml, but the bottle of shampoo inside the parcel is 250ml. I'd like a refund."),
    ("zh-Hans", "包装上写的是500克，但是里面的饼干只有400克，请退差价。"),
    ("zh-Hant", "盒上寫著12件，但裏面只有10件，請退回差價。"),
]


@pytest.mark.parametrize(("language", "text"), LABEL_NEAR_MISS)
def test_label_mismatch_without_medicine_is_no_medication(language: str, text: str) -> None:
    safety = _analysis(language, text).safety
    assert safety is None or "medication" not in safety.hazards


# A crew not yet at a sparking public fixture that children pass: no child to ask after.
CREW_AWAITED = [
    (
        "en",
        "The street cabinet outside the library has been sparking since 8am. I reported it at 8:30 and "
        "nobody has come yet. Primary school children walk past it every afternoon.",
    ),
    (
        "en",
        "There are sparks coming from the lamp post on Mill Lane. No one has come to fix it and the little "
        "girls from the kindergarten walk past it at noon.",
    ),
    ("zh-Hans", "小区门口的电线杆一直冒火花，早上就报修了，到现在都没人来接手处理，小学生放学都从旁边经过。"),
    ("zh-Hant", "門口的電線杆一直冒火花，朝早已經報修，到而家都冇人嚟接手，小學生放學都會經過。"),
]


@pytest.mark.parametrize(("language", "text"), CREW_AWAITED)
def test_crew_awaited_at_public_hazard_is_no_stranded_child(language: str, text: str) -> None:
    analysis = _analysis(language, text)
    assert analysis.safety is not None and "stranded" not in analysis.safety.hazards
    reply = _draft(language, text)
    assert "your child" not in reply and "您的孩子" not in reply and "孩子现在" not in reply


def test_child_left_waiting_is_still_stranded() -> None:
    """Near-miss: a young child actually left alone at a gate is still asked after."""
    text = (
        "Your bus driver never came for my 6-year-old at the school gate. She has been waiting alone "
        "for an hour and nobody has come. Please send someone now."
    )
    safety = _analysis("en", text).safety
    assert safety is not None and "stranded" in safety.hazards


# An animal hurt in a groomer's or a kennel's care, with a vet bill: asked after, a vet now.
PET_HURT = [
    (
        "en",
        "I left Pepper, my poodle, at your grooming salon on Friday. She came home with clipper burns on "
        "her neck and a small cut on her ear. The vet bill was $120 and I'd like it reimbursed.",
        "Pepper",
    ),
    (
        "en",
        "Our beagle Rolo stayed at your kennels for a week and came back limping with a deep cut on his paw. "
        "Invoice from the vet attached, $210. Please pay it.",
        "Rolo",
    ),
    (
        "zh-Hans",
        "我家狗狗豆豆在你们宠物美容店洗澡，回来肚子上有两处剃毛刀烫伤和一道伤口，兽医账单300元，请报销。",
        "豆豆",
    ),
    ("zh-Hant", "我家狗狗波波喺你哋寵物美容店剪毛，返嚟背脊有一道割傷，獸醫帳單500元，請報銷。", "波波"),
]


@pytest.mark.parametrize(("language", "text", "name"), PET_HURT)
def test_pet_hurt_in_care_is_a_safety_case_despite_the_bill(language: str, text: str, name: str) -> None:
    analysis = _analysis(language, text)
    assert analysis.safety is not None and analysis.safety.pet
    reply = _draft(language, text)
    assert name in reply
    assert ("vet" in reply) if language == "en" else ("兽医" in reply or "獸醫" in reply)


def test_vet_bill_for_old_illness_is_billing() -> None:
    """Near-miss: a vet's own bill for an illness treated before is a billing complaint."""
    text = "Your vet clinic charged me $180 for my cat's check-up last month when the quote was $90. Please refund $90."
    assert _analysis("en", text).safety is None


# Sarcastic praise: never restated in our voice.
SARCASM = [
    ("en", "Loved that your driver threw the box over the fence. The lamp inside is broken.", "Loved that"),
    ("en", "Fantastic that nobody answered the phone for two days. My router still does not work.", "Fantastic"),
    ("zh-Hans", "你们的客服真是好样的，挂了我三次电话。我的宽带到现在还是断的。", "好样的"),
    ("zh-Hant", "你哋的客服真係好嘢，收線三次。我部路由器到而家都未修好。", "好嘢"),
    ("zh-Hant", "你們的外送員好棒喔，把湯全灑了。我點的牛肉麵只剩一半。", "好棒喔"),
]


@pytest.mark.parametrize(("language", "text", "sarcasm"), SARCASM)
def test_sarcastic_praise_is_not_restated(language: str, text: str, sarcasm: str) -> None:
    assert sarcasm not in _draft(language, text)


# Escalation false positives: (language, complaint, reason that must not be read).
NOT_ESCALATED = [
    (
        "en",
        "The duty manager gave us two free drinks, but the show started 40 minutes late. Please refund one ticket.",
        "manager_demand",
    ),
    (
        "en",
        "Your store manager said the sofa would arrive Tuesday; it came Friday. I'd like the £30 delivery fee back.",
        "manager_demand",
    ),
    (
        "en",
        "As a dog owner I expected better: the lead I bought snapped on day two. Please replace it.",
        "manager_demand",
    ),
    ("zh-Hans", "当时值班经理只给了我们一张代金券，可我们是三个人。请再补两张。", "manager_demand"),
    ("zh-Hant", "店長當時說會退款，但到而家都未收到，請盡快處理退款。", "manager_demand"),
    (
        "en",
        "The headphones arrived used: the seal was cut and there was a hair in the ear pads. Full refund please.",
        "foreign_object",
    ),
    (
        "en",
        "The headphones arrived used: the seal was cut and there was a hair in the ear pads. Full refund please.",
        "injury",
    ),
    ("zh-Hans", "收到的耳机明显是二手的，耳罩里有头发，盒子也是拆过的，请退款。", "foreign_object"),
    (
        "en",
        "Your rental bill passed on a speeding ticket and a $40 admin fee I never agreed to. Please remove the fee.",
        "safety",
    ),
    ("zh-Hans", "租车账单里转嫁了一张超速罚单，还多收了100元手续费，请退回。", "safety"),
    ("zh-Hant", "租車帳單轉嫁了一張超速罰單，另外多收NT$300處理費，請退給我。", "safety"),
]


@pytest.mark.parametrize(("language", "text", "reason"), NOT_ESCALATED)
def test_not_escalated(language: str, text: str, reason: str) -> None:
    assert reason not in _analysis(language, text).reasons


# Near-misses that must still escalate.
ESCALATED = [
    ("en", "I want to speak to the manager about this today.", "manager_demand"),
    ("en", "The waiter was rude. I'd like a call from the owner, not the front desk.", "manager_demand"),
    ("zh-Hans", "我要求你们经理给我一个说法。", "manager_demand"),
    ("zh-Hant", "叫你哋經理出嚟講清楚。", "manager_demand"),
    ("en", "There was a hair in my soup and a piece of glass in the bread.", "foreign_object"),
    ("zh-Hans", "外卖的炒饭里吃出一根头发。", "foreign_object"),
    ("en", "Your bus driver was speeding and texting while driving with my kids on board.", "safety"),
    ("zh-Hant", "司機一路超速，仲邊開車邊睇手機。", "safety"),
    ("en", "My hand was cut on the broken shelf and it needed stitches.", "injury"),
]


@pytest.mark.parametrize(("language", "text", "reason"), ESCALATED)
def test_still_escalated(language: str, text: str, reason: str) -> None:
    assert reason in _analysis(language, text).reasons
