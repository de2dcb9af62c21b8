"""Round 10w: facts restated cleanly. Id shapes (slashes, a name-like account id after its label;
never an age, a year or a seat/zone glued on after a space), written Chinese for spoken Cantonese
in restated text, a reading kept whole with its percentage (or the clause left out), and the
nouns that make a fact (a clinic session, an ordinal count, a seat or zone). Complaints written
for these tests."""

from __future__ import annotations

import pytest

import drafter
from drafter.intake import analyse, read_complaint
from drafter.intake.restate import written_zh


def _listen(language: str, text: str, channel: str = "im") -> str:
    return drafter.draft(text, channel=channel, language=language).sections.listen


# (language, complaint, must appear in Listen, must not appear in Listen)
ID_SHAPES = [
    (
        "en",
        "Claim number GH/204/88 was closed without a call. The roof still leaks onto the landing.",
        ["GH/204/88"],
        [],
    ),
    (
        "en",
        "Your app locked my username rosa_bakes after the update, and my saved orders are gone.",
        ["rosa_bakes"],
        [],
    ),
    (
        "en",
        "My daughter (4yo) got a rash after the bath toy from order TB-55012 and we want answers.",
        ["TB-55012"],
        ["4yo", "reference 4"],
    ),
    (
        "en",
        "Since 2019 I have paid by direct debit, but invoice 7730-221 charged me twice this month.",
        ["7730-221"],
        ["reference 2019"],
    ),
    ("zh-Hans", "保单编号 HB/33/9021 的理赔被拒了，理由写得不清不楚，我已经等了三个星期。", ["HB/33/9021"], []),
    (
        "zh-Hans",
        "我的账号 lin-design 升级后打不开，2021 年以前的文件全都看不到了。",
        ["lin-design"],
        ["编号2021", "2021为"],
    ),
    ("zh-Hant", "訂單MX55120 C3區四張 入場時被擋在門外，說座位已經有人。", ["MX55120", "C3區"], ["MX55120 C3"]),
    ("zh-Hant", "我的帳號 tea_house88 被停用，2020 年起的發票都下載不了。", ["tea_house88"], ["編號2020"]),
]


@pytest.mark.parametrize(("language", "text", "present", "absent"), ID_SHAPES)
def test_id_shapes(language: str, text: str, present: list[str], absent: list[str]) -> None:
    listen = _listen(language, text)
    for want in present:
        assert want in listen, (want, listen)
    for bad in absent:
        assert bad not in listen, (bad, listen)


# (complaint in spoken Cantonese, Traditional written forms expected, spoken forms never kept)
CANTONESE = [
    ("喂客服 我而家喺大堂等緊 部𨋢又壞咗", ["電梯"], ["喂", "𨋢", "等緊"]),
    ("依家個熱水爐仲開緊 入面啲水好燙", ["現在", "開著", "裡面"], ["依家", "開緊", "入面"]),
    ("我阿爸困咗喺車廂入面成半個鐘", ["父親", "困在", "裡面"], ["阿爸", "困了在", "入面"]),
    ("個案已經拖咗三個禮拜", ["個案"], ["這個案"]),
    ("部機而家得 40% 電，醫生話佢要 90% 以上", ["只有", "40%", "90%"], [" 40%"]),
]


@pytest.mark.parametrize(("text", "present", "absent"), CANTONESE)
def test_cantonese_written(text: str, present: list[str], absent: list[str]) -> None:
    story = " ".join(analyse(read_complaint(text, channel="im", language="zh-Hant")).facts.story)
    written = written_zh(text, traditional=True)
    for want in present:
        assert want in story or want in written, (want, story, written)
    for bad in absent:
        assert bad not in story, (bad, story)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh-Hant", "我用體溫計量佢，得 38 度半，醫生話要留意 39 度以上。"),
        ("zh-Hans", "血糖仪读数只有 4.1，医生说要保持 5 以上，机器却一直报错。"),
    ],
)
def test_reading_never_left_without_its_figure(language: str, text: str) -> None:
    """A sentence whose figure was cut out is said whole or not at all (no "量他，，医生说")."""
    listen = _listen(language, text)
    assert "，醫生說他要留意" not in listen and "，医生说要保持，" not in listen
    assert "，，" not in listen


# (language, complaint, fact that must be restated)
NOUNS = [
    ("zh-Hant", "我預約了週五 上午診 的8號，到了才說醫生請假", "上午診"),
    ("zh-Hans", "约了周六 夜诊 12号，到了门口说停诊", "夜诊"),
    ("zh-Hans", "买了两张 A5区 的票，入场被告知座位重复", "A5区"),
    ("en", "3rd complaint about the same leak. Meter id WT-88123 shows usage while we were away.", "3rd complaint"),
]


@pytest.mark.parametrize(("language", "text", "fact"), NOUNS)
def test_nouns_that_make_a_fact(language: str, text: str, fact: str) -> None:
    assert fact in _listen(language, text)


# (language, complaint about someone else falling ill or getting hurt, who Listen names)
WHO = [
    ("en", "my daughter ate the soup from you and got a rash all over, we are at the clinic", "your daughter"),
    ("zh-Hans", "我儿子吃了你们的饼干后一直吐，现在在医院", "您儿子"),
    ("zh-Hant", "我女兒喝了你們的果汁之後一直肚痛，現在在急診", "您女兒"),
]


@pytest.mark.parametrize(("language", "text", "person"), WHO)
def test_who_is_affected_is_named(language: str, text: str, person: str) -> None:
    listen = _listen(language, text)
    assert person in listen, listen
    assert "that you became unwell" not in listen and "了解到您事后" not in listen


@pytest.mark.parametrize(
    ("language", "text", "ref", "bad"),
    [
        (
            "en",
            "order #QP-7710 fried noodles came with prawns though I asked for none",
            "QP-7710",
            "under your order QP-7710 fried",
        ),
        ("en", "internet down again, account 44-1902-77 or I switch provider by friday", "44-1902-77", "or you switch"),
    ],
)
def test_ref_ends_at_the_id_and_no_ultimatum(language: str, text: str, ref: str, bad: str) -> None:
    listen = _listen(language, text)
    assert ref in listen and bad not in listen, listen
