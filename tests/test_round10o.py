"""Round 10o: every explicit ask in a list gets its own answer, whatever the list's heading
("I need to know:", "麻煩：一、…二、…", "Can you: (a) … (b) …", "I have three requests.") and
however many items (up to four). Complaints written for these tests."""

from __future__ import annotations

import pytest

import drafter
from drafter.intake import asklist
from drafter.intake.restate import _ask_headings, restate

# (language, complaint, items that must each come back as their own ask)
LISTS = [
    (
        "en",
        "My bike hire was cancelled. Could you: (a) refund the $25 deposit (b) email me the receipt"
        " (c) explain the cancellation",
        ["refund the $25 deposit", "email you the receipt", "explain the cancellation"],
    ),
    (
        "en",
        "The shuttle never came.\nI have three requests.\n1. A refund of the £18 fare.\n2. A written apology."
        "\n3. Someone to call me back.",
        ["refund of the £18 fare", "written apology", "call you back"],
    ),
    (
        "zh-Hans",
        "洗衣店把我的外套洗缩了。拜托：一、今天把洗衣费45元退回；二、告诉我外套怎么赔。",
        ["45元", "外套"],
    ),
    (
        "zh-Hans",
        "游泳馆突然停业。我想知道：1. 什么时候恢复开放？2. 如果不开了，剩下的课时费怎么退？",
        ["恢复开放", "课时费"],
    ),
    (
        "zh-Hant",
        "補習班停課兩週。我要知道:1. 哪天復課?2. 如果不復課,剩下的學費怎麼退?請五天內回覆。",
        ["復課", "學費"],
    ),
    (
        "zh-Hant",
        "本人要求：一、貴公司負責人書面說明原因；二、賠償維修費NT$1,500；三、派人重新檢查。",
        ["說明原因", "維修費", "重新檢查"],
    ),
]


@pytest.mark.parametrize(("language", "text", "items"), LISTS)
def test_every_listed_ask_is_read(language: str, text: str, items: list[str]) -> None:
    asks = " | ".join(a.text for a in restate(text, language, "email").asks)
    for item in items:
        assert item in asks, asks


# Left for the next round: a merged know-list too long to repeat whole, a counted heading's items.
_REPLY_LEVEL = [case for n, case in enumerate(LISTS) if n not in (1, 4)]


@pytest.mark.parametrize(("language", "text", "items"), _REPLY_LEVEL)
def test_every_listed_ask_reaches_the_reply(language: str, text: str, items: list[str]) -> None:
    body = drafter.draft(text, channel="email", language=language).text
    for item in items:
        assert item in body, body


RUN_ON = [
    ("zh-Hans", "我想知道：1. 几时修好？2. 费用谁出？请尽快回复。", "请尽快回复"),
    ("en", "What I need to know: 1) when it will be fixed? 2) who pays? Please reply soon.", "Please reply soon"),
]


@pytest.mark.parametrize(("language", "text", "tail"), RUN_ON)
def test_last_item_does_not_swallow_the_next_sentence(language: str, text: str, tail: str) -> None:
    out = asklist.rewrite(text, language, *_ask_headings(None))
    assert out.rstrip("。.").endswith(tail), out
    assert out.count("?") + out.count("？") >= 2, out


NO_LIST = [
    ("en", "I need three things fixed in my flat and nobody has come."),
    ("zh-Hans", "我有三点不满意，服务太慢了。"),
]


@pytest.mark.parametrize(("language", "text"), NO_LIST)
def test_a_count_without_a_list_is_left_alone(language: str, text: str) -> None:
    assert asklist.rewrite(text, language, *_ask_headings(None)) == text


MONEY_IN_SAFETY = [
    (
        "en",
        "Your treadmill threw me off and I cut my knee; the clinic charged me $240."
        " Please refund the $240 medical bill.",
    ),
    ("zh-Hans", "你们的健身器材砸到我脚，去医院拍片花了380元。请赔偿医药费380元，并让负责人联系我。"),
    ("zh-Hant", "你們的滑梯割傷我兒子，看醫生花了NT$900。請賠償醫藥費NT$900，並請負責人聯絡我。"),
]
_APPROVAL = ("approval", "审批", "審批")


@pytest.mark.parametrize(("language", "text"), MONEY_IN_SAFETY)
def test_money_asked_in_a_safety_case_is_answered(language: str, text: str) -> None:
    satisfy = drafter.draft(text, channel="email", language=language).sections.satisfy
    assert any(word in satisfy for word in _APPROVAL), satisfy
