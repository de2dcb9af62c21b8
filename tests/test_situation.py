"""Where the customer stands (drafter.intake.situation), table-driven in en, zh-Hans and zh-Hant:
on the spot now, needed today, their own deadline, where they wait, already chasing us, already
in a doctor's care, the hazard already made safe, treated rudely."""

from __future__ import annotations

import pytest

from drafter.intake import analyse, read_complaint
from drafter.intake.situation import deadline, place
from drafter.models import Situation


def _situation(raw: str, channel: str) -> Situation:
    return analyse(read_complaint(raw, channel=channel)).situation  # type: ignore[arg-type]


# (complaint, channel, the flags that must be set, the flags that must not)
CASES = [
    ("ordered the ribeye medium rare, came out well done and cold. table 14", "im", {"now"}, {"chased"}),
    ("等了50分钟了，宫保鸡丁还没上，催了三次服务员都说马上，桌号B7", "im", {"now", "chased"}, {"cared_for"}),
    ("我們一家五口在機場沒人管，原本今晚9點的班機取消", "im", {"now", "today"}, set()),
    ("my card keeps getting declined, stuck at a hotel checkout rn", "im", {"now"}, {"today"}),
    ("网银转账显示失败，可是钱已经被扣了，今天是交房租最后一天", "im", {"today"}, {"now"}),
    ("I called you three times and emailed twice about my refund.", "email", {"chased"}, {"now"}),
    ("校巴今朝又遲咗成半個鐘，今個月已經係第三次", "im", {"recurring"}, {"chased"}),
    ("My son had a reaction and we had to take him to the ER.", "email", {"cared_for"}, {"made_safe"}),
    ("我儿子胳膊骨折了，现在在儿童医院", "im", {"cared_for"}, set()),
    ("The kettle gave me a shock, and I've unplugged it.", "email", {"made_safe"}, {"cared_for"}),
    ("插頭位置突然爆火花，好彩我即刻熄咗總掣", "email", {"made_safe"}, set()),
    ("The receptionist rolled her eyes at me.", "email", {"rude"}, {"now"}),
    ("那个服务员直接翻白眼说没有", "im", {"rude"}, set()),
    # an email about last week's dinner is not someone at a table now
    ("Last week we had dinner at table 14 and the steak was cold.", "email", set(), {"now"}),
]


@pytest.mark.parametrize(("raw", "channel", "on", "off"), CASES, ids=[c[0][:24] for c in CASES])
def test_situation(raw: str, channel: str, on: set[str], off: set[str]) -> None:
    found = _situation(raw, channel).model_dump()
    for flag in on:
        assert found[flag], (flag, found)
    for flag in off:
        assert not found[flag], (flag, found)


DEADLINES = [
    ("need it fixed before the scholarship deadline friday!!", "en", "by Friday"),
    ("If I don't get a refund by Friday I'm filing with the BBB", "en", "by Friday"),
    ("Your graduate application closes on 1 December", "en", "by 1 December"),
    ("my order hasn't arrived (it was due 14th October)", "en", None),  # past due, not a deadline
    ("新公司要求11月20日前提交", "zh-Hans", "11月20日前"),
    ("请三天内给我准确答复", "zh-Hans", "三天内"),
    ("机场登记之后说48小时内送到", "zh-Hans", None),  # what they were promised, not their deadline
    ("份文件下星期一要交", "zh-Hant", "下星期一前"),
]


@pytest.mark.parametrize(("text", "language", "expected"), DEADLINES)
def test_deadline(text: str, language: str, expected: str | None) -> None:
    assert deadline(text, language) == expected


PLACES = [
    ("table 14. not happy", "en", "table 14"),
    ("standing at customer service for 30 minutes", "en", "customer service"),
    ("my son cut his hand in aisle 5", "en", "aisle 5"),
    ("赶紧来人 桌号B7", "zh-Hans", "B7号桌"),
    ("我们现在在一楼服务台", "zh-Hans", "一楼服务台"),
    ("冷氣吵到整晚睡不著 1512房", "zh-Hant", "1512房"),
    ("我跟前台反映过两次", "zh-Hans", None),  # the front desk mentioned is not where they wait
]


@pytest.mark.parametrize(("text", "language", "expected"), PLACES)
def test_place(text: str, language: str, expected: str | None) -> None:
    assert place(text, language) == expected
