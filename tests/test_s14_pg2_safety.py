"""s14pg2 (c36 notes): safety steps that fit where the person is.

* Someone already in a hospital's care now, the hospital named between ("现在还在社区医院观察",
  "still in the local hospital under observation"): asked after, never told to call an ambulance.
* Smoke from a device told with its verb after it, as Cantonese does ("仲有啲煙出"): a fire hazard
  with its step (unplugged, not used again, kept away from what burns).
* What the customer has already done ("即刻拔咗插頭"): never said back as a wish of theirs for us.
"""

from __future__ import annotations

import pytest

import drafter
from drafter.backends.ask_echo import voiced
from drafter.intake import analyse, read_complaint


def _draft(text: str, channel: str = "email") -> str:
    d = drafter.draft(text, channel=channel, backend="template")
    return str(getattr(d, "text", d))


IN_HOSPITAL = [
    "My father was stuck in your lift for 40 minutes on Monday and could not breathe properly when he got out. "
    "He is still in the local hospital under observation. Please shut the lift down and send me a written report.",
    "物业你好：周一我父亲被困在5号楼电梯里40分钟，出来的时候喘不上气，现在还在区医院观察。"
    "请立即停用这部电梯，并给我书面说明。",
    "管理處你好：星期一我爸爸喺5座升降機困咗四十分鐘，出嚟嗰陣唞唔到氣，而家仲喺區醫院觀察緊。請即刻停用部升降機，再俾份書面解釋我。",
]


@pytest.mark.parametrize("text", IN_HOSPITAL)
def test_someone_in_hospital_care_now_is_told_no_ambulance(text: str) -> None:
    complaint = read_complaint(text, channel="email")
    assert analyse(complaint).situation.cared_for
    draft = _draft(text).lower()
    for words in ("ambulance", "救护车", "救護車", "急救电话", "急救電話"):
        assert words not in draft, words


SMOKING = [
    (
        "The power bank I bought from your shop last week got very hot while charging this morning and smoke "
        "came out of it. I unplugged it straight away. When can you replace it?",
        ("use it",),
        ("you'd like us to unplug",),
    ),
    (
        "上周在你们店买的充电宝，今天早上充电时很烫，还有一股烟冒出来，我马上拔了插头。你们什么时候能给我换？",
        ("不要再使用",),
        ("您希望我们拔",),
    ),
    (
        "我上個禮拜喺你哋舖頭買嘅尿袋，今朝叉緊電好燙，仲有啲煙出，我即刻拔咗插頭。幾時可以同我換？",
        ("不要再使用",),
        ("您希望我們拔",),
    ),
]


@pytest.mark.parametrize(("text", "has", "lacks"), SMOKING)
def test_a_smoking_device_gets_its_step_and_no_echo_of_what_was_done(
    text: str, has: tuple[str, ...], lacks: tuple[str, ...]
) -> None:
    complaint = read_complaint(text, channel="im")
    safety = analyse(complaint).safety
    assert safety is not None and "fire" in safety.hazards
    draft = _draft(text, channel="im").lower()
    for words in has:
        assert words in draft, words
    for words in lacks:
        assert words not in draft, words


@pytest.mark.parametrize(
    ("ask", "kept"),
    [
        ("拔了插頭", False),
        ("即刻拔咗插頭", False),
        ("已经关掉电源", False),
        ("尽快给我换一个新的充电宝", True),
        ("盡快檢查部手機", True),
    ],
)
def test_a_clause_told_as_done_is_not_echoed(ask: str, kept: bool) -> None:
    assert (voiced(ask, True) is not None) is kept
