"""A count of attempts ("3 times", "两次") is restated with what was done that many times, never
alone ("what you said about 3 times"). en, zh-Hans, zh-Hant, in businesses outside the tune sets."""

from __future__ import annotations

import pytest

import drafter

COUNTS = [
    ("Gym locker 55 broken again. Member no. 558120.\nI have reported it to your front desk four times.",
     "you have reported it to our front desk four times"),
    ("The vet invoice INV-2291 is still wrong.\nWe've emailed the clinic 3 times.",
     "you've emailed the clinic 3 times"),
    ("学员号 JX-2231，月费300元。\n教练迟到，我已经打了两次电话投诉。", "您已经打了两次电话"),
    ("主题：移机预约三次无人上门\n宽带账号 gz02837716，月费139元照扣。", "移机预约三次无人上门"),
    ("補習社學費 HK$1,200。\n我哋已經搵咗你哋兩次。", "您已經找了我們兩次"),
]  # fmt: skip


@pytest.mark.parametrize(("complaint", "said"), COUNTS)
def test_a_count_is_said_with_what_was_done(complaint: str, said: str) -> None:
    d = drafter.draft(complaint, channel="email")
    listen = d.sections.listen
    assert said.lower() in listen.lower(), listen
    assert "what you said about" not in listen
    assert "您说到的" not in listen and "您說到的" not in listen


BARE = [
    "Parking app account P-33018: refund $12.50.\nThis happened 3 times.",
    "订单 ORD-5512，退款80元。\n已经两次了。",
]


@pytest.mark.parametrize("complaint", BARE)
def test_a_count_with_nothing_done_is_not_repeated_alone(complaint: str) -> None:
    listen = drafter.draft(complaint, channel="email").sections.listen
    assert "about 3 times" not in listen and "您说到的两次" not in listen, listen
