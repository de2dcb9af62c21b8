"""Template drafts for businesses never seen in tuning: a restated sentence keeps its figures or
is left out (never a unit left dangling where a number was cut). Complaints written for these
tests."""

from __future__ import annotations

import re

import pytest

import drafter
from drafter.backends.template_listen import flaw
from drafter.models import Complaint
from drafter.wording import Wording

# A unit or counter with its figure cut out, in any restated sentence of ours.
_DANGLING = re.compile(
    r"[，,]\s*(?:分钟|分鐘|厘米|公分|小时|小時)|(?:约|約)\s*\d+(?:\.\d+)?\s*[，,。]|了解到日|"
    r"(?:^|, )(?:minutes|hours|cm)\b"
)

GARBLE_CASES = [
    # (language, complaint, figure that, when its sentence is restated, must come with its unit)
    ("zh-Hans", "我家阳台的玻璃裂了一条缝，约 2.5 厘米宽，物业说会派人来但到现在没人来。", "2.5"),
    ("zh-Hant", "我的航班延誤， 45 分鐘後才登機，期間沒有任何廣播。", "45"),
    ("zh-Hant", "我於11月3 日報名了你們的陶藝班，學費已經交了，但導師一直沒有出現。", "11月3"),
    ("zh-Hans", "我的快递在分拣站停了 3 天，一直显示运输中。", "3"),
    ("en", "The ferry was delayed, 40 minutes in total, and nobody at the pier told us anything.", "40"),
    ("en", "My new desk arrived with a crack about 3 cm long across the top panel.", "3"),
]


@pytest.mark.parametrize(("language", "complaint", "figure"), GARBLE_CASES)
def test_a_restated_sentence_keeps_its_figures_or_is_left_out(language: str, complaint: str, figure: str) -> None:
    listen = drafter.draft(complaint, channel="email").sections.listen
    assert not _DANGLING.search(listen), listen
    if figure in listen:  # restated whole: the unit still follows its figure
        after = listen.split(figure, 1)[1]
        assert not re.match(r"\s*[，,。]", after), listen


DANGLING_SENTENCES = [
    # (language, a restated sentence with a number cut out, a whole one)
    ("zh-Hans", "您的阳台玻璃裂了约 2，厘米宽", "您的阳台玻璃裂了约2厘米宽"),
    ("zh-Hant", "您的航班延誤，分鐘後才登機", "您的航班延誤了45分鐘才登機"),
    ("zh-Hant", "日報名了我們的陶藝班", "您於11月3日報名了我們的陶藝班"),
    ("en", "The ferry was delayed, minutes in total before we left", "The ferry was delayed by 40 minutes in total"),
]


@pytest.mark.parametrize(("language", "cut", "whole"), DANGLING_SENTENCES)
def test_the_final_check_refuses_a_unit_left_by_a_removed_number(language: str, cut: str, whole: str) -> None:
    words = Wording(Complaint(text=whole, channel="email", language=language), None)  # type: ignore[arg-type]
    assert flaw(words, cut, follows=True) == "dangling"
    assert flaw(words, whole, follows=True) != "dangling"


HOTLINE_CASES = [
    # (language, complaint, a hotline or phone number that is never a reference)
    ("zh-Hans", "我的快递丢了一个星期都没人管，客服不回，我已经打了12315投诉。", "12315"),
    ("zh-Hans", "小区门口的路灯坏了两个月，我打过12345市民热线，到现在还是黑的。", "12345"),
    ("zh-Hant", "你們的寬頻斷了三天，我已經致電1823和消委會反映，還是沒有人來修。", "1823"),
    ("zh-Hant", "我家樓下的水管爆了，我報了999之後你們的維修員才到。", "999"),
    ("en", "Your courier left my parcel in the rain for two days and I reported it to 12315 as well.", "12315"),
    ("en", "The gas smell was so strong last night that I called 911 before your crew came.", "911"),
    ("en", "Your driver was rude to me on 12 May, you can reach me on 07700 900123 about it.", "07700 900123"),
]


@pytest.mark.parametrize(("language", "complaint", "number"), HOTLINE_CASES)
def test_a_hotline_or_phone_number_is_never_a_reference(language: str, complaint: str, number: str) -> None:
    reply = drafter.draft(complaint, channel="email").text
    for frame in (f"编号{number}", f"編號{number}", f"reference {number}", f"号{number}为您核查"):
        assert frame not in reply, reply
