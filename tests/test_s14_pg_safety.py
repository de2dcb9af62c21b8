"""s14 (c35 notes): who is hurt, and safety lines on cases that are not about safety.

* A knock to the head already seen to (A&E, the cut glued or stitched) with signs told since
  (sleepy, a headache, being sick): the one hurt is asked after, by name where the story names
  them, and has a doctor check them now, not "follow the doctors' advice".
* A stay in hospital named only as what was billed (a duplicate bill for a father's stay): a
  billing case, with no "I hope the treatment went well" and no emergency line.
"""

from __future__ import annotations

import pytest

import drafter
from drafter.intake import analyse, read_complaint


def _draft(text: str) -> str:
    d = drafter.draft(text, channel="email", backend="template")
    return str(getattr(d, "text", d))


HEAD_AFTER_CARE = [
    (
        "When I picked up Mila yesterday she had a bump on her forehead and a cut above her eyebrow. "
        "She fell off the slide. We spent the evening at A&E and the cut was glued. "
        "She has been sleepy and had a headache today. I want an incident report.",
        ("how is mila", "have a doctor check mila"),
        ("how are you feeling", "follow the doctors' advice"),
    ),
    (
        "My son tripped on the loose mat in your gym and hit his head on the bench. The doctor at the clinic "
        "put two stitches in. Since this morning he has been drowsy and was sick twice. Please call me.",
        ("your son", "have a doctor check your son"),
        ("how are you feeling", "follow the doctors' advice"),
    ),
    (
        "您好，昨天我去接女儿的时候，她额头撞起了一个大包，老师说她从滑梯上摔下来。昨晚我们去了急诊，"
        "伤口缝了两针。她今天一直想睡，还说头痛。请给我一份事故报告。",
        ("您的女儿现在怎么样", "去医院检查"),
        ("遵照医生的建议",),
    ),
    (
        "您好，昨日我去接個仔放學，佢額頭撞起咗一個包，老師話佢喺滑梯跌落嚟。琴晚我哋去咗急症室，"
        "傷口縫咗兩針。佢今日一直好眼瞓，仲話頭痛。請俾一份事故報告我。",
        ("怎麼樣", "檢查"),
        ("遵照醫生的建議",),
    ),
]


@pytest.mark.parametrize(("text", "has", "lacks"), HEAD_AFTER_CARE)
def test_head_signs_after_care_have_a_doctor_check_now(text: str, has: tuple[str, ...], lacks: tuple[str, ...]) -> None:
    draft = _draft(text).lower()
    for words in has:
        assert words in draft, words
    for words in lacks:
        assert words not in draft, words


def test_head_knock_seen_to_and_well_since_keeps_the_doctors_advice() -> None:
    draft = _draft(
        "My son fell off the slide at your soft play and banged his head. We took him to A&E and he was fine, "
        "no headache, and he is back to normal today. I want a refund."
    ).lower()
    assert "have a doctor check" not in draft


BILLED_STAY = [
    "My father stayed in your hospital from 3 to 5 March and I paid the $1,240 in full at discharge. "
    "Last week we got a second invoice for the same hospital stay marked overdue. Please cancel it.",
    "我父亲3月8日至11日在贵院住院，出院时已经在收费处刷卡付清12460元。上周又收到同一次住院的缴费通知单，"
    "写着逾期未缴。请查明并撤销，也不要再寄催缴单到家里。",
    "帳務組您好：我父親於3月8日至3月11日在貴院住院，出院時已在批價櫃檯以信用卡付清NT$12,460。"
    "上週又收到一張相同住院期間的繳費通知單，上面寫著逾期未繳。麻煩貴院撤銷這張重複的帳單。",
]


@pytest.mark.parametrize("text", BILLED_STAY)
def test_a_stay_named_on_a_bill_is_no_safety_case(text: str) -> None:
    analysis = analyse(read_complaint(text))
    assert analysis.safety is None
    assert analysis.category == "billing"
    draft = _draft(text)
    for words in ("treatment", "emergency", "治疗", "治療", "急救"):
        assert words not in draft, words


def test_a_stay_with_a_harm_told_beside_the_bill_is_still_one() -> None:
    text = (
        "My father was given the wrong tablets on your ward and was sick all night; he is still in hospital. "
        "Now you have sent us a bill for the extra two days."
    )
    assert analyse(read_complaint(text)).safety is not None


# A person's fall told with a thing's words ("she fell off the climbing frame", 她从滑梯上掉了下来):
# the frame is no fault of its own, so no "cordoned off and repaired"; a part that came off still is one.
FELL_OFF = [
    (
        "My daughter fell off the climbing frame at your nursery while the staff were inside and cut her knee. "
        "Nobody told me at pick-up. I want to know why she was unsupervised.",
        False,
    ),
    ("我女儿在你们幼儿园玩的时候，她从滑梯上掉了下来，膝盖擦伤了。老师都不在旁边。我想知道为什么没人看着。", False),
    ("我個仔喺你哋嘅遊樂場，佢從鞦韆上掉了下來，膝頭擦傷咗。當時冇老師睇住。我想知點解冇人睇住佢。", False),
    (
        "The handrail on your stairs came off the wall and my mother fell and cut her hand. It is still hanging there.",
        True,
    ),
]


@pytest.mark.parametrize(("text", "defect"), FELL_OFF)
def test_a_fall_off_a_thing_is_no_fault_of_the_thing(text: str, defect: bool) -> None:
    safety = analyse(read_complaint(text)).safety
    assert safety is not None
    assert ("defect" in safety.hazards) is defect
