"""Visits already booked and missed ("预约上门安装三次了：10月8日、10月11日") are history: their dates
are never offered as the new booking; the day the customer now asks for is (their deadline)."""

from __future__ import annotations

import pytest

import drafter

ROWS = [
    (
        "Hi, my broadband install (account 4471-220) was booked three times: 8 Oct, 11 Oct and 15 Oct, "
        "and nobody came. I have prepaid $480 for the year. If it isn't installed before Friday I want a "
        "full refund.\nSam Lee",
        ["8 Oct", "15 Oct"],
    ),
    (
        "您好，\n我家空调新装，预约上门安装两次了：3月2日、3月5日，每次都是师傅没来。\n"
        "我已经付了安装费300元。这周六之前再不装好，我就要求全额退款。\n王磊",
        ["3月2日", "3月5日"],
    ),
    (
        "您好，\n熱水器安裝預約上門兩次了：5月3日、5月9日，每次師傅都沒有出現。\n"
        "已經付了NT$2,500。下週三之前再不裝好，我就要求全額退款。\n陳大文",
        ["5月3日", "5月9日"],
    ),
]


@pytest.mark.parametrize(("text", "past"), ROWS)
def test_missed_dates_are_not_booked_again(text: str, past: list[str]) -> None:
    satisfy = drafter.draft(text, backend="template").sections.satisfy
    for day in past:
        assert day not in satisfy, satisfy
