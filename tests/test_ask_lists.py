"""A list of requests under a heading ("What I want: 1. … 2. …", "我的要求：一、…；二、…") is
read as separate requests and each is repeated and answered; a list under any other heading stays
part of the story. Table-driven in en, zh-Hans and zh-Hant, on complaints written for businesses
outside the tune sets (a vet, a gym, a driving school, an insurer, a removal firm, a dentist)."""

from __future__ import annotations

import pytest

import drafter
from drafter.intake import asklist
from drafter.intake.restate import restate

# complaint, language, channel, the requests as restated (each its own), a fact the reply must say
LISTS = [
    (
        "Hi,\nMy dog had a dental cleaning at your clinic on 12 May (invoice VET-22817). You charged $340 but the"
        " quote was $260.\nI'd like:\n- a refund of the $80 difference;\n- a copy of the itemised invoice.\nDana",
        "en",
        "email",
        ["a refund of the $80 difference", "a copy of the itemised invoice"],
    ),
    (
        "Dear team,\nI was billed twice for my gym membership in April, £39.99 each time.\nWhat I want:\n"
        "1. A refund of the duplicate £39.99\n2. Cancel the membership from June\nTom",
        "en",
        "email",
        ["a refund of the duplicate £39.99", "cancel the membership from June"],
    ),
    (
        "My parcel locker code never arrived and the parcel went back. I'd like: - redelivery this week; - the £4.99"
        " fee refunded",
        "en",
        "im",
        ["redelivery this week", "the £4.99 fee refunded"],
    ),
    (
        "你好，\n我在你们驾校报名的C1课程，5月20日约好的练车教练两次没来。\n我的诉求：\n1. 退还800元学费；\n"
        "2. 本周五前安排补课。\n王建国",
        "zh-Hans",
        "email",
        ["退还800元学费", "本周五前安排补课"],
    ),
    (
        "你们保险公司理赔员三周没联系我（保单号 PA-7782013）。我的要求：①赔付维修费3200元；②安排定损员上门查看。",
        "zh-Hans",
        "im",
        ["赔付维修费3200元", "安排定损员上门查看"],
    ),
    (
        "您好，\n貴公司搬家服務於6月3日把我的鋼琴撞壞了，維修估價5,000元。\n我的要求：\n一、賠償維修費5,000元；\n"
        "二、七天內書面回覆。\n陳美玲",
        "zh-Hant",
        "email",
        ["賠償維修費", "七天內書面回覆"],
    ),
    (
        "我喺你哋牙科診所洗牙，收費1,200元但係報價800元。我嘅要求：(1) 退回400元差額 (2) 解釋點解收多咗",
        "zh-Hant",
        "im",
        ["退回400元差額"],
    ),
]


@pytest.mark.parametrize(("complaint", "language", "channel", "asks"), LISTS)
def test_each_item_of_a_request_list_is_its_own_request(
    complaint: str, language: str, channel: str, asks: list[str]
) -> None:
    out = restate(complaint, language, channel)
    said = [a.text for a in out.asks]
    for ask in asks:
        assert sum(ask in s for s in said) == 1, (ask, said)
    assert not any(ask in s for ask in asks for s in out.story), out.story  # not told back as what happened


@pytest.mark.parametrize(("complaint", "language", "channel", "asks"), LISTS)
def test_every_listed_request_is_repeated_in_the_reply(
    complaint: str, language: str, channel: str, asks: list[str]
) -> None:
    d = drafter.draft(complaint, channel=channel)
    assert d.language == language
    for ask in asks:
        assert ask in d.sections.satisfy, (ask, d.sections.satisfy)


# A list under a heading that asks for nothing is the story, not requests.
NOT_ASKS = [
    ("What happened:\n- the screen cracked on day two\n- the battery dies by noon", "en"),
    ("经过如下：\n1. 6月3日下单\n2. 6月9日才送到", "zh-Hans"),
    ("經過：\n一、6月3日落單\n二、6月9日先送到", "zh-Hant"),
]


@pytest.mark.parametrize(("text", "language"), NOT_ASKS)
def test_a_list_under_another_heading_is_left_alone(text: str, language: str) -> None:
    assert asklist.rewrite(text, language, ("i'd like", "what i want"), ("要求", "诉求", "訴求")) == text


SENTENCES = [
    ("I'd like:\n- a call back today\n- refund the delivery fee", "en",
     "I'd like a call back today. Please refund the delivery fee."),
    ("What I want: (1) compensation for the spoilt food (2) an engineer visit", "en",
     "I'd like compensation for the spoilt food. I'd like an engineer visit."),
    ("我的要求：\n1、退款；\n2、请主管给我回电。", "zh-Hans", "我要求退款。请主管给我回电。"),
    ("訴求：\n（一）退還按金\n（二）書面道歉", "zh-Hant", "我要求退還按金。我要求書面道歉。"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "expected"), SENTENCES)
def test_items_become_sentences_that_ask(text: str, language: str, expected: str) -> None:
    assert asklist.rewrite(text, language, ("i'd like", "what i want"), ("要求", "诉求", "訴求")) == expected


def test_three_requests_read_as_one_sentence_with_each_verb() -> None:
    d = drafter.draft(
        "我在你们宠物医院给猫做绝育，收费比报价多了300元。"
        "我的要求：1. 退还多收的300元；2. 提供费用明细；3. 说明为什么加价。",
        channel="im",
    )
    assert "也要求" in d.sections.satisfy or "也希望" in d.sections.satisfy
    answer = d.sections.satisfy.split("。", 1)[1]  # after the one echo sentence
    assert all(w in answer for w in ("300元的退款", "原因", "明细")), answer  # each is answered
    assert "退还30，" not in answer  # "多了300元" is never 30 taken against 0 due


# An amount set off by spaces as the object of 把 / 將 stays one request with its verb, answered
# with its figure (not "原路退回" left over as a fragment of the story).
SPACED_OBJECT = [
    ("洗衣费一共 ¥236。请把这 ¥236 原路退回，衣服我不要了。", "zh-Hans", "¥236", "原路退回"),
    ("驾校多收了学费，请把 300 元 退到我的银行卡。", "zh-Hans", "300元", "退到您的银行卡"),
    ("補習社多收咗學費，請將 HK$1,280 退回我張信用卡。", "zh-Hant", "HK$1,280", "退回您"),
]


@pytest.mark.parametrize(("complaint", "language", "amount", "verb"), SPACED_OBJECT)
def test_a_spaced_amount_after_ba_stays_with_its_verb(complaint: str, language: str, amount: str, verb: str) -> None:
    out = restate(complaint, language, "im")
    assert any(amount in a.text and verb in a.text for a in out.asks), out.asks
    assert not any(s.startswith(verb) for s in out.story), out.story
    d = drafter.draft(complaint, channel="im")
    assert amount in d.sections.satisfy, d.sections.satisfy
