"""Round 10l: someone vulnerable in danger right now (a frail relative left at a gate or a
roadside, a young child left waiting alone, brakes going soft by the road) is a safety case with
help sent now; words that are not harm to a person (a relative's hospital stay given as the reason
for a refund, blistering paint on a wall) are not; a threat to go to a regulator escalates; chat
lines are restated as whole sentences. Complaints written for these tests."""

from __future__ import annotations

import re

import pytest

import drafter
from drafter.intake import analyse
from drafter.models import Complaint


def _analysis(text: str, language: str, channel: str = "im"):  # type: ignore[no-untyped-def]
    return analyse(Complaint(text=text, channel=channel, language=language))  # type: ignore[arg-type]


STRANDED = [
    # (language, complaint) -- a vulnerable person left waiting or stranded right now
    (
        "en",
        "My father is 84 and diabetic. Your shuttle was meant to collect him at the clinic at 3 "
        "and nobody met him; he has been sitting at the entrance since.",
    ),
    (
        "en",
        "my 6 year-old son is waiting alone outside the swimming pool, "
        "your minibus never came to pick him up and its getting dark",
    ),
    (
        "en",
        "hire van brakes going soft, we're in a lay-by on the B road with my mum who is 81 and frail, please send help",
    ),
    ("zh-Hans", "托管班说五点去幼儿园接我儿子，现在六点了，老师说他一个人在门口等，我在外地赶不回来，快派人去"),
    ("zh-Hans", "我爸有糖尿病，你们的接送车说三点来接他，到现在没人来接，他一个人坐在医院门口"),
    ("zh-Hant", "課後班說四點去國小接我女兒，現在五點多了，她一個人在校門口等，她才一年級"),
    ("zh-Hant", "租的車刹車變軟，我和坐輪椅的媽媽停在路邊，天快黑了，請馬上派拖車"),
]


@pytest.mark.parametrize(("language", "text"), STRANDED)
def test_a_vulnerable_person_in_danger_now_is_a_safety_case(language: str, text: str) -> None:
    a = _analysis(text, language)
    assert a.safety is not None and "stranded" in a.safety.hazards, a.safety
    assert a.escalate
    d = drafter.draft(text, channel="im", language=language)
    body = d.text
    assert d.escalate
    # help now, in minutes; never a new time or a day's wait
    assert re.search(r"within (?:5|10|15) minutes|(?:5|10|15)\s*分[钟鐘]", body), body
    for never in ("if you can't wait", "rebook", "within 24 hours", "24小时内", "24小時內", "改约", "改約"):
        assert never not in body, body
    assert re.search(r"emergency services|police|急救|报警|報警", body), body


NOT_HARM = [
    # (language, complaint) -- words that read like harm but hurt nobody now
    ("zh-Hans", "因为我爸爸突然住院，我只能取消这次旅行，但退款只退了一半，请把剩下的800元退给我。"),
    ("zh-Hant", "因為外婆住院，我只能退掉音樂會門票，但你們多扣了200元手續費，請退回。"),
    (
        "en",
        "I had to cancel the course because my wife was in hospital; "
        "please refund the remaining $240 as your policy says.",
    ),
    ("zh-Hans", "楼上漏水三个星期了，我家卫生间墙皮起泡、天花板发霉，物业一直不处理，请本周安排维修。"),
    ("zh-Hant", "租的房子浴室油漆起泡、牆面發霉，房東一直不修，請你們仲介出面處理。"),
    ("en", "The paint is blistering on the bathroom ceiling after the leak upstairs and the landlord won't fix it."),
]


@pytest.mark.parametrize(("language", "text"), NOT_HARM)
def test_words_that_are_not_harm_to_a_person_get_no_medical_advice(language: str, text: str) -> None:
    a = _analysis(text, language, channel="email")
    assert a.safety is None, a.safety
    assert not {"illness", "injury", "safety"} & set(a.reasons), a.reasons
    body = drafter.draft(text, channel="email", language=language).text
    for advice in (
        "冷水",
        "就医",
        "就醫",
        "急诊",
        "急診",
        "seek medical",
        "emergency",
        "running water",
        "医生的建议",
        "醫生的建議",
    ):
        assert advice not in body, body


REGULATOR = [
    ("zh-Hans", "旅行团合同写的是五星酒店，实际住的是快捷酒店，不退差价我就向文旅局投诉。"),
    ("zh-Hant", "保險公司一直拖著不理賠，再不處理我就去金融消費評議中心申訴。"),
    ("en", "If the claim isn't reviewed by Friday I'm taking this to the insurance commissioner."),
    ("en", "Third outage this month; fix it or I'm going to Ofcom."),
]


@pytest.mark.parametrize(("language", "text"), REGULATOR)
def test_a_threat_to_go_to_a_regulator_escalates(language: str, text: str) -> None:
    a = _analysis(text, language, channel="email")
    assert "consumer_association" in a.reasons, a.reasons


RUN_ON = [
    # (language, chat message of separate lines or spaced clauses, two clauses that must not be joined)
    (
        "zh-Hant",
        "補習班說六點會來接我兒子 現在都七點了 大廈保安打給我說他在大堂等\n我在公司走不開 老師電話都不接",
        "等您在",
        "等我在",
    ),
    (
        "zh-Hans",
        "健身房说周五前修好 现在都周日了 前台说没有配件\n我每天早上都要用 月费都交了",
        "配件您每天",
        "配件我每天",
    ),
    (
        "en",
        "third outage this week acct 5521-0093\nlast time im asking, fix it by monday",
        "0093 last time",
        "last time you're asking",
    ),
]


@pytest.mark.parametrize(("language", "text", "joined", "joined2"), RUN_ON)
def test_chat_lines_are_not_run_together(language: str, text: str, joined: str, joined2: str) -> None:
    listen = drafter.draft(text, channel="im", language=language).sections.listen
    assert joined not in listen and joined2 not in listen, listen


def test_a_third_partys_staff_stays_theirs_when_the_business_is_named_first() -> None:
    text = "安亲班说四点去学校接我女儿，学校保安打给我说她还在门口，老师电话也不接。"
    listen = drafter.draft(text, channel="im", language="zh-Hans").sections.listen
    assert "我们保安" not in listen, listen
