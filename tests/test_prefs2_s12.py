"""s12prefs2: preferences, hand-off lines and safety steps the c29 trainers found missed.

Trainers found (c29 notes): 不要再讓第一線人員敷衍我 read as "don't send the same agent again"; a
room change asked with 不用叫经理 answered with engineers, a duty manager and a room change; "no need
to escalate" met with a silent approval line; "call me rather than email" answered "contact you";
"依家要睇醫生" answered "希望您已經得到妥善的治療"; water running down a light fitting with a toddler
given no step; "within 2 hours" then "within 24 hours" stacked; "Hello," to a customer who signed
with a role and a firm. Rows in en, zh-Hans and zh-Hant (Cantonese too), each class with a near-miss
that keeps the old reading. The complaints are written for these tests."""

from __future__ import annotations

import pytest

import drafter
from drafter.backends import safety_fit
from drafter.guard.normalize import fold
from drafter.intake import analyse, prefs
from drafter.models import Complaint


def _ids(table: list[tuple[object, ...]]) -> list[str]:
    return [f"{row[0]}-{i}" for i, row in enumerate(table)]


# --------------------------------------------------------------------------- someone not sent again

NOT_AGAIN = [
    ("zh-Hant", "請你們的主管直接回覆我，不要再讓客服人員敷衍我。", False),
    ("zh-Hans", "我要一个正式说明，别再叫那些客服人员糊弄我了。", False),
    ("zh-Hans", "不要再让那个司机送了，每次都迟到。", True),
    ("zh-Hant", "唔好再俾嗰個師傅幫我剪頭髮。", True),
    ("zh-Hans", "不要再派上次那个姓王的师傅来。", True),
    ("en", "Please don't send the same engineer again.", True),
]


@pytest.mark.parametrize(("language", "text", "expected"), NOT_AGAIN, ids=_ids(NOT_AGAIN))
def test_someone_not_sent_again_is_read_from_who_comes(language: str, text: str, expected: bool) -> None:
    assert prefs.not_again(text) is expected


# --------------------------------------------------------------------------- a call asked over email

PHONE = [
    ("en", "The boiler is out again. Please call me rather than email, I'm never at my desk.", True),
    ("en", "Don't email me, just call me about order 5512.", True),
    ("zh-Hans", "热水器又坏了，不要发邮件，直接打电话给我。", True),
    ("zh-Hant", "部冷氣又壞咗，唔好send email，打俾我就得。", True),
    ("en", "I emailed you twice and nobody called me back about order 5512.", False),
    ("en", "Please email rather than call, I'm at work all day.", False),
    ("zh-Hans", "不要打电话，发邮件给我就行。", False),
]


@pytest.mark.parametrize(("language", "text", "expected"), PHONE, ids=_ids(PHONE))
def test_a_call_asked_over_a_written_channel(language: str, text: str, expected: bool) -> None:
    assert prefs.phone_asked(fold(text)) is expected


def test_the_manager_line_says_a_call_when_a_call_was_asked() -> None:
    text = (
        "My boiler has been broken for 5 days (job ref BX-2231). I want a manager to deal with this. "
        "Please call me rather than email, I'm never at my laptop.\n\nTom Hale"
    )
    d = drafter.draft(text, channel="email", backend="template")
    assert "phone you personally" in d.text, d.text


# --------------------------------------------------------------------------- no need to escalate, yet approved

DECLINED_APPROVAL = [
    ("en", "You charged my card $89.50 twice for order 7731. Refund the extra one, no need to escalate.", "escalated"),
    ("zh-Hans", "订单7731被重复扣了89.5元，不用找经理，把多扣的退给我就行。", "不需要找经理"),
    ("zh-Hant", "張單7731重複扣咗我89.5蚊，唔使搵經理，退返多扣嗰筆俾我就得。", "不需要找經理"),
]


@pytest.mark.parametrize(("language", "text", "said"), DECLINED_APPROVAL, ids=_ids(DECLINED_APPROVAL))
def test_an_approval_after_a_declined_manager_says_why(language: str, text: str, said: str) -> None:
    d = drafter.draft(text, channel="email", backend="template")
    assert d.language == language
    marker = "approval" if language == "en" else "审批" if language == "zh-Hans" else "審批"
    assert marker in d.text, d.text
    assert said in d.text, d.text


def test_an_approval_with_no_manager_declined_is_not_prefaced() -> None:
    text = "You charged my card $89.50 twice for order 7731. Refund the extra one please."
    d = drafter.draft(text, channel="email", backend="template")
    assert "rather this wasn't escalated" not in d.text


# --------------------------------------------------------------------------- a room change, no manager

ROOM = [
    ("zh-Hans", "1203房 刚进门就看到床边有蟑螂爬过 😱\n不用叫经理过来 给我换个房间就行", ("值班经理", "工程部")),
    ("zh-Hant", "1203房 啱啱入門就見到床邊有曱甴爬過 😱\n唔使叫經理過嚟 幫我換個房間就得", ("值班經理", "工程部")),
]


@pytest.mark.parametrize(("language", "text", "absent"), ROOM, ids=_ids(ROOM))
def test_a_room_change_with_no_manager_is_the_front_desk_alone(
    language: str, text: str, absent: tuple[str, ...]
) -> None:
    d = drafter.draft(text, channel="chat", backend="template")
    assert d.language == language
    assert "前台" in d.text, d.text
    for word in absent:
        assert word not in d.text, d.text


# --------------------------------------------------------------------------- about to see a doctor

DOCTOR = [
    ("zh-Hant", "我哋屋企兩個人食完你哋外賣嘅炒飯全部肚痛屙咗成晚，訂單 FD-1120 依家要睇醫生", "已經得到妥善"),
    ("zh-Hans", "我们一家吃了你们送来的盒饭，上吐下泻一整晚，订单 FD-1120，现在准备去医院。", "已经得到妥善"),
    (
        "en",
        "My son and I got food poisoning from your chicken wrap, order FD-1120; we're about to see a doctor.",
        "is the treatment helping",
    ),
]


@pytest.mark.parametrize(("language", "text", "absent"), DOCTOR, ids=_ids(DOCTOR))
def test_care_still_to_come_is_not_hoped_done(language: str, text: str, absent: str) -> None:
    a = analyse(Complaint(text=text, language=language, channel="email"))
    assert not a.situation.cared_for
    d = drafter.draft(text, channel="email", backend="template")
    assert absent not in d.text, d.text


def test_care_already_had_is_still_read() -> None:
    text = "我们吃了你们的盒饭上吐下泻，昨晚已经去医院打了点滴，订单 FD-1120。"
    a = analyse(Complaint(text=text, language="zh-Hans", channel="email"))
    assert a.situation.cared_for


# --------------------------------------------------------------------------- water on a light fitting

WET = [
    ("en", "Water from the flat above started running down the light fitting in our kitchen.", True),
    ("zh-Hans", "楼上漏水，水顺着墙流到灯座上了。", True),
    ("zh-Hant", "樓上漏水，啲水沿住牆流到插座度。", True),
    ("en", "Water is dripping onto the socket and it sparked twice.", False),
    ("en", "The light fitting in the hall has been flickering for a week.", False),
]


@pytest.mark.parametrize(("language", "text", "expected"), WET, ids=_ids(WET))
def test_water_on_the_mains_with_nothing_burning(language: str, text: str, expected: bool) -> None:
    assert safety_fit.wet_mains(text) is expected


def test_water_on_a_light_fitting_switched_off_gets_the_room_kept_clear() -> None:
    text = (
        "Flat 3B. Water has been coming through the bathroom ceiling since last night and it is now "
        "running down the light fitting. I switched the bathroom light off at the fuse box but I have "
        "a toddler at home. Ticket #PM-5512. Please send a plumber today.\n\nAnna Berg"
    )
    d = drafter.draft(text, channel="email", backend="template")
    assert "out of that room" in d.text, d.text
    assert "burning smell" not in d.text


# --------------------------------------------------------------------------- one follow-up timeline


def test_a_deadline_after_a_timed_call_adds_no_second_clock() -> None:
    text = (
        "Claim ref CLM-5521. My claim for storm damage has been with you since 2 May. I have sent four "
        "emails and had no answer. If I do not receive a decision in writing by 30 June I will go to the "
        "Financial Ombudsman.\n\nRegards,\nMark Ellis"
    )
    d = drafter.draft(text, channel="email", backend="template")
    if "within 2 hours" in d.text:
        assert "within 24 hours" not in d.text, d.text


# --------------------------------------------------------------------------- a name signed with a role


def test_a_name_signed_with_role_and_firm_is_greeted() -> None:
    text = (
        "Hi,\n\nWe were billed $300 twice for invoice INV-2231 on our account. Please refund the extra "
        "charge.\n\nMaria Lopez\nFinance Lead, Acme Studio"
    )
    d = drafter.draft(text, channel="email", backend="template")
    assert d.text.startswith("Dear Maria Lopez"), d.text[:60]


# --------------------------------------------------------------------------- told in the group

GROUP = [
    ("zh-Hans", "楼道灯坏了一个月，希望本周内修好，修好后在群里说一声就行。", True),
    ("zh-Hant", "電梯壞咗成個禮拜，搞掂咗喺群度講聲就得。", True),
    ("en", "The gym showers are cold again. Just post an update in the members group when it is fixed.", True),
    ("zh-Hant", "我已經喺業主群報過兩次，都冇人理。", False),
    ("en", "I posted in the group twice and nobody answered.", False),
]


@pytest.mark.parametrize(("language", "text", "expected"), GROUP, ids=_ids(GROUP))
def test_an_answer_asked_in_the_group(language: str, text: str, expected: bool) -> None:
    assert prefs.group_asked(fold(text)) is expected


def test_the_reply_says_it_will_tell_them_in_the_group() -> None:
    text = "物业你好，我是5栋301的业主。楼道的灯坏了一个月，希望本周内修好，修好后在群里说一声就行。"
    d = drafter.draft(text, channel="email", backend="template")
    assert "我们会按您说的在群里说一声" in d.text, d.text
