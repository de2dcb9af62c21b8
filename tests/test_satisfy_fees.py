"""A fee the customer asks us not to charge (late fee, cancellation fee, return postage) is
answered as a waiver: granted within the role's limit, else who approves it and when. Never
skipped for an easier ask, never turned into an unrelated remedy. Complaints written for these
tests, in the three languages."""

from __future__ import annotations

import re

import pytest

import drafter

WAIVE_CASES = [
    # (language, channel, complaint, words the answer must hold)
    (
        "en",
        "email",
        "My phone bill was paid two days late and you added a £12 late fee. Please waive the late fee, "
        "I have paid on time for six years.",
        ["Waiving the £12 fee needs approval from", "within 24 hours"],
    ),
    (
        "en",
        "im",
        "need to cancel booking BK-2231 for 14 June, family emergency. pls waive the $450 cancellation fee",
        ["Waiving the $450 fee needs approval from"],
    ),
    (
        "zh-Hans",
        "email",
        "我的账单晚交了两天就收了30元滞纳金，麻烦免除这笔滞纳金。",
        ["这笔30元的费用我已为您免除"],  # 元 in Simplified text is the yuan: within the agent's limit
    ),
    (
        "zh-Hant",
        "im",
        "我上個月張單遲咗兩日交，你哋收咗我 HK$50 逾期費。請免除呢筆逾期費，我一直都準時交。",
        ["這筆HK$50的費用我已為您免除"],
    ),
]


@pytest.mark.parametrize(("language", "channel", "complaint", "expected"), WAIVE_CASES)
def test_a_fee_they_ask_us_to_waive_is_answered_as_a_waiver(
    language: str, channel: str, complaint: str, expected: list[str]
) -> None:
    d = drafter.draft(complaint, channel=channel)
    assert d.language == language
    for words in expected:
        assert words in d.sections.satisfy, words
    assert d.status != "blocked"


@pytest.mark.parametrize(
    ("language", "complaint", "refund"),
    [
        ("en", "You charged me a £8 late fee on invoice 5512 but I paid on time. Please refund the £8 late fee.", "£8"),
        ("zh-Hans", "我按时交了费，你们还扣了我20元滞纳金，请把这20元滞纳金退还给我。", "20元"),
        ("zh-Hant", "我準時交咗費，你哋仲扣咗我 HK$20 逾期費，請退還呢 HK$20 逾期費。", "HK$20"),
    ],
)
def test_a_fee_they_ask_back_is_a_refund_not_a_waiver(language: str, complaint: str, refund: str) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    assert refund in d.sections.satisfy
    assert not any(w in d.sections.satisfy for w in ("Waiving", "免除", "waived"))


ESCALATED_MONEY_CASES = [
    # (language, complaint, words the answer must hold beside the manager's call)
    (
        "en",
        "Subject: Third complaint, account 5512 9930\n\nYou have billed me £41.20 for a router I returned in March. "
        "I have phoned four times. I want a refund of £41.20 to my card within 7 days, or I will go to the "
        "Ombudsman.\n\nRegards,\nAnna Cole",
        "A refund of £41.20 needs approval from",
    ),
    (
        "zh-Hans",
        "主题：第三次投诉\n\n您好：\n\n我退掉的路由器你们还在每月扣我41.2元，已经打了四次电话都没人处理。"
        "我要求一周内退还这41.2元，不然我就去消协投诉。\n\n陈女士",
        "41.2元我已为您办理退还",  # the yuan, within the agent's limit: granted
    ),
    (
        "zh-Hant",
        "主旨：第三次投訴\n\n您好：\n\n我已經退咗部路由器，你哋仲每個月扣我 HK$41.2，打咗四次電話都冇人處理。"
        "我要求一星期內退還呢 HK$41.2，否則我會去消委會投訴。\n\n陳小姐",
        "HK$41.2我已為您辦理退還",  # within the agent's limit: granted
    ),
]


@pytest.mark.parametrize(("language", "complaint", "expected"), ESCALATED_MONEY_CASES)
def test_an_escalated_case_still_answers_the_money_they_asked_for(language: str, complaint: str, expected: str) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    assert d.escalate
    assert expected in d.sections.satisfy


@pytest.mark.parametrize(
    ("language", "complaint"),
    [
        (
            "en",
            "Hello,\n\nThe room was not what I booked (booking HX-22108).\n\nI'd like:\n- AUD 160 refunded; and\n"
            "- the AUD 42 minibar charge removed.\n\nRegards,\nDan Tan",
        ),
        ("zh-Hans", "房间不是我订的那种（订单号 HX-22108）。\n\n我希望：\n- 退还差价160元；\n- 取消42元的迷你吧费用。"),
        (
            "zh-Hant",
            "間房唔係我訂嗰種（訂單號 HX-22108）。\n\n我希望：\n- 退返差價 HK$160；\n- 取消 HK$42 迷你吧收費。",
        ),
    ],
)
def test_a_lead_before_a_list_is_not_repeated_as_an_ask(language: str, complaint: str) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    assert not re.search(r"(?:You'd like|You want|您希望|您想要)[.。:：]", d.sections.satisfy)
