"""Satisfy answers the customer's own ask (round 10ap): a remedy waved away ("I don't want a
refund", "我唔要求退錢") is not filed; a day the ask needs it by ("tomorrow", "聽日一定要上門",
"週六前一定要補到") sets the promise; an ask no answer of ours covers (late checkout, another
cleaner next time) is named with who decides it and when, never met with a remedy for something
else; information asked in writing (a start date, a schedule) is sent without the approval a
written account of an incident needs; a doctor's advice told as a reason does not sign a gym's
reply as a clinic. Complaints written for these tests, across kinds of business."""

from __future__ import annotations

import pytest

import drafter

# (language, complaint, words Satisfy must hold, words it must not hold)
DECLINED = [
    (
        "en",
        "Our cleaner left two hours early last Tuesday and skipped the bathroom. I don't want a refund, "
        "but please send a different cleaner next week.",
        ["different cleaner", "to decide"],
        ["refund"],
    ),
    (
        "zh-Hans",
        "上周五的家政阿姨只做了两个小时就走了，厨房也没擦。我不需要退钱，下次请给我安排另一位阿姨。",
        ["另一位阿姨", "决定"],
        ["退款"],
    ),
    (
        "zh-Hant",
        "我逢星期二預約你哋鐘點清潔，上星期嗰位姐姐做咗兩個鐘就走咗。我唔要求退錢，但係下次請安排另一位姐姐。",
        ["另一位姐姐", "決定"],
        ["退款"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), DECLINED)
def test_a_remedy_waved_away_is_not_filed(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    for words in holds:
        assert words in d.sections.satisfy, (words, d.sections.satisfy)
    for words in never:
        assert words not in d.sections.satisfy, (words, d.sections.satisfy)


NO_REMEDY = [
    (
        "en",
        "booking QK-4410 room 305\nno hot water last night and the minibar was empty\n"
        "can we at least get late checkout tomorrow, like 1pm?",
        ["late checkout", "to decide", "today"],
        ["charge", "replacement", "within 24 hours"],
    ),
    (
        "zh-Hans",
        "我在你们健身房办了年卡。医生建议我暂停力量训练两个月，前台说年卡不能冻结。请帮我把年卡冻结两个月。",
        ["冻结两个月", "决定"],
        ["退款", "核查这笔"],
    ),
    (
        "zh-Hant",
        "我哋每個禮拜請你哋嘅褓姆，今個月佢遲到咗三次。下次請安排另一位褓姆。",
        ["另一位褓姆", "決定"],
        ["退款", "新的時間"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), NO_REMEDY)
def test_an_ask_without_a_remedy_is_put_to_who_decides(
    language: str, complaint: str, holds: list[str], never: list[str]
) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    for words in holds:
        assert words in d.sections.satisfy, (words, d.sections.satisfy)
    for words in never:
        assert words not in d.sections.satisfy, (words, d.sections.satisfy)


# An ask's own day: confirmed today, not "within 24 hours"; a weekday named, kept.
DEADLINE = [
    (
        "en",
        "Your plumber missed two appointments. Can you send someone tomorrow morning? Let me know what time.",
        "today",
    ),
    ("zh-Hans", "约了你们师傅修洗衣机，两次都没来。明天一定要上门，几点来告诉我。", "明天上门"),
    ("zh-Hant", "約咗你哋師傅整冷氣，兩次都冇嚟。聽日一定要上門，幾點嚟話我知。", "明天上門"),
    ("zh-Hant", "上週在貴店配的眼藥水少給了一瓶，我週六前一定要補到，麻煩通知我何時來拿。", "週六前"),
    ("zh-Hans", "上周在你们药店拿的降压药少了一盒，我周五前一定要补到，麻烦通知我什么时候来拿。", "周五前"),
]


@pytest.mark.parametrize(("language", "complaint", "promise"), DEADLINE)
def test_the_day_asked_for_sets_the_promise(language: str, complaint: str, promise: str) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    assert promise in d.sections.satisfy, d.sections.satisfy
    assert "一定要" not in d.sections.satisfy  # the insistence is not echoed back


WRITTEN = [
    (
        "en",
        "I'm enrolled in the Saturday welding course (ID WC-118), due to start on June 2. I got a text saying it "
        "is postponed. Please reply in writing with the new start date and the full class schedule.",
        True,
    ),
    ("zh-Hans", "我报名的周末钢琴课原定3月1日开课，昨天只收到短信说延期。请书面回复新的开课日期和完整课表。", True),
    ("zh-Hant", "我報名嘅週末游泳班原定4月6日開課，琴日只收到短訊話延期。請書面回覆新嘅開課日期同完整時間表。", True),
    (
        "en",
        "Your driver reversed into my car in your car park yesterday. Please give me a written statement of what "
        "happened for my insurer.",
        False,
    ),
    ("zh-Hans", "你们的司机昨天在停车场倒车撞了我的车，请书面说明事故经过，我要交给保险公司。", False),
    ("zh-Hant", "你哋司機琴日喺停車場倒車撞咗我架車，請書面說明事故經過，我要交俾保險公司。", False),
]


@pytest.mark.parametrize(("language", "complaint", "information"), WRITTEN)
def test_only_a_written_account_needs_approval(language: str, complaint: str, information: bool) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    approval = any(w in d.sections.satisfy for w in ("approval", "审批", "審批", "批准"))
    assert approval is not information, d.sections.satisfy
    if information:
        assert not any(w in d.sections.satisfy for w in ("new time", "新的时间", "新的時間")), d.sections.satisfy


SIGNED = [
    (
        "en",
        "My doctor said I must stop lifting for six weeks after knee surgery. Your gym's front desk says my "
        "membership cannot be frozen. Please freeze my membership for six weeks.",
        "Patient Services",
    ),
    (
        "zh-Hans",
        "我在你们店办了年卡。去年做过膝盖手术，复查医生建议我暂停力量训练3个月。请帮我把年卡冻结3个月。",
        "患者服务中心",
    ),
    ("zh-Hant", "我喺你哋分店辦咗年卡。醫生建議我暫停力量訓練兩個月，請幫我凍結年卡兩個月。", "患者服務中心"),
]


@pytest.mark.parametrize(("language", "complaint", "wrong"), SIGNED)
def test_a_doctors_advice_does_not_make_the_business_a_clinic(language: str, complaint: str, wrong: str) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    assert d.domain == "fitness", d.domain
    assert wrong not in d.text
