"""The facts Listen restates are said in sentences that name what each one is: a reference with
the label the customer gave it, the amounts and dates as figures we will check, a call-back number
as the number we will call. Never the bare "I have noted the details you gave: …" list trainers
marked down. Complaints written for these tests, in the three languages."""

from __future__ import annotations

import re

import pytest

import drafter
from drafter.backends.template_facts import facts_sentences, labelled
from drafter.backends.template_listen import contacts
from drafter.intake import read_complaint
from drafter.wording import Wording


def _words(text: str) -> Wording:
    return Wording(read_complaint(text), None, "other")


LABEL_CASES = [
    # (language, complaint, reference as found, how the reply names it)
    ("en", "The meter reading on account 4471 9920 is wrong again.", "4471 9920", "your account 4471 9920"),
    ("en", "Still waiting, tracking number ZX99120044, since Monday.", "ZX99120044", "your tracking number ZX99120044"),
    ("en", "It broke after a week, see QR-55120 on the box.", "QR-55120", "reference QR-55120"),
    ("zh-Hans", "我的订单号：HD-774120 的洗衣机到现在还没装好。", "HD-774120", "您的订单号HD-774120"),
    ("zh-Hans", "上周的维修单 WX-2231 一直没人处理。", "WX-2231", "编号WX-2231"),
    ("zh-Hant", "我的帳號 TW-55120 一直登入唔到，已經三日。", "TW-55120", "您的帳號TW-55120"),
]


@pytest.mark.parametrize(("language", "complaint", "ref", "named"), LABEL_CASES)
def test_a_reference_is_named_with_its_label(language: str, complaint: str, ref: str, named: str) -> None:
    words = _words(complaint)
    assert words.zh == (language != "en")
    assert labelled(words, complaint, ref) == named


@pytest.mark.parametrize(
    ("language", "complaint", "ref"),
    [
        ("zh-Hans", "你们说退款不退回那 HK$1 的手续费。", "不退回那 HK$1"),
        ("zh-Hant", "佢話唔退返嗰 HK$1 手續費。", "唔退返嗰 HK$1"),
    ],
)
def test_words_before_an_amount_are_no_reference(language: str, complaint: str, ref: str) -> None:
    assert labelled(_words(complaint), complaint, ref) is None


CONTACT_CASES = [
    # (language, channel, complaint, the number they gave)
    ("en", "im", "parcel never came, tracking QX55120934, paid $42.50. call me on 0413 226 981", "0413 226 981"),
    (
        "en",
        "email",
        "The boiler you fitted leaks on the floor.\n\nCall me if you need access: (608) 555-0190.",
        "(608) 555-0190",
    ),
    (
        "zh-Hans",
        "email",
        "订单号 HD-774120 的洗衣机送来就是坏的，付了2399元。麻烦打我电话 13812345678。",
        "13812345678",
    ),
    ("zh-Hant", "im", "訂單號 TW-88213 個雪櫃送嚟已經壞咗，俾咗 HK$4,200。打畀我 9876 5432 唔該", "9876 5432"),
]


@pytest.mark.parametrize(("language", "channel", "complaint", "phone"), CONTACT_CASES)
def test_a_call_back_number_is_the_number_we_will_call(language: str, channel: str, complaint: str, phone: str) -> None:
    assert [complaint[a:b] for a, b in contacts(complaint)] == [phone]
    d = drafter.draft(complaint, channel=channel)
    assert d.language == language
    sentence = re.search(rf"[^。.]*{re.escape(phone)}[^。]*", d.text)
    assert sentence is not None
    assert re.search(r"reach you|call you|联系|聯繫|致电|致電", sentence.group())


@pytest.mark.parametrize(
    ("complaint", "hotline"),
    [
        ("I rang your hotline 0800 123 4567 three times about order 55120 and nobody answered.", "0800 123 4567"),
        ("我打了你们客服热线 4008 123 456 三次都没人接，订单号 OD-5512。", "4008 123 456"),
        ("我打咗你哋客服熱線 2888 1234 三次都冇人聽，訂單號 OD-5512。", "2888 1234"),
    ],
)
def test_a_hotline_of_ours_is_not_their_number(complaint: str, hotline: str) -> None:
    assert hotline not in [complaint[a:b] for a, b in contacts(complaint)]


LIST_CASES = [
    # (language, channel, complaint, facts that must be restated)
    (
        "en",
        "email",
        "Hello,\n\nMy account 7720 1183 5521 was charged $64.20 and then $18.75 on 3 June and 17 June for a plan "
        "I cancelled. I called twice. Please phone me on 07700 900 518.\n\nThanks,\nPriya Shah",
        ["7720 1183 5521", "$64.20", "$18.75", "07700 900 518"],
    ),
    (
        "zh-Hans",
        "email",
        "您好：\n\n我的账号 8830 2219 4410 在6月3日和6月17日分别被扣了64.20元和18.75元，这个套餐我早就取消了。"
        "我打了两次电话都没结果。请打我手机 13911112222。\n\n王女士",
        ["8830 2219 4410", "64.20元", "18.75元", "13911112222"],
    ),
    (
        "zh-Hant",
        "im",
        "我個帳號 8830 2219 4410 喺6月3號同6月17號俾你哋扣咗 HK$64.2 同 HK$18.75 我早就取消咗個計劃 打畀我 6123 4567",
        ["8830 2219 4410", "HK$18.75", "6123 4567"],
    ),
]


@pytest.mark.parametrize(("language", "channel", "complaint", "facts"), LIST_CASES)
def test_facts_are_said_in_sentences_not_listed(language: str, channel: str, complaint: str, facts: list[str]) -> None:
    d = drafter.draft(complaint, channel=channel)
    assert d.language == language
    for fact in facts:
        assert fact in d.sections.listen, fact
    assert not re.search(r"details you gave|已记下|已記下|You mentioned", d.sections.listen)


@pytest.mark.parametrize(
    ("complaint", "kinds", "expected"),
    [
        (
            "Order 8812 cost $30.",
            [("ref", "8812"), ("amount", "$30"), ("when", "3 May")],
            [
                "I can see your order 8812 here, along with the $30 you mention.",  # s13voice: no "date you gave (…)"
            ],
        ),
        (
            # s11: a number is how we reach them only when they ask to be reached on it
            "订单号 8812 付了30元。请联系我13812345678。",
            [("ref", "8812"), ("amount", "30元"), ("phone", "13812345678")],
            [
                "我们会按您的订单号8812为您核查，包括您支付的30元。",
                "我们会通过您留下的号码13812345678与您联系。",
            ],
        ),
        (
            "手机号13812345678 订单号 8812 付了30元。",
            [("ref", "8812"), ("amount", "30元"), ("phone", "13812345678")],
            [
                "我们会按您的订单号8812为您核查，包括您支付的30元。",
                "您的号码13812345678我们已记下。",
            ],
        ),
        (
            "訂單號 8812 喺觀塘分店俾咗 HK$30。",
            [("ref", "8812"), ("other", "觀塘分店")],
            ["我們會按您的訂單號8812為您核查，包括您提到的觀塘分店。"],
        ),
    ],
)
def test_each_kind_of_fact_has_its_sentence(complaint: str, kinds: list[tuple[str, str]], expected: list[str]) -> None:
    assert facts_sentences(_words(complaint), complaint, kinds) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("complaint", "found"),
    [
        ("The 50-minute wait was bad, order 55120.", "50-minute"),
        ("我已经打12315投诉了，订单号 OD-5512 还是没人管。", "12315"),
        ("我已經打咗 12315 投訴，訂單號 OD-5512 都冇人理。", "12315"),
    ],
)
def test_a_length_or_a_hotline_is_no_reference(complaint: str, found: str) -> None:
    assert labelled(_words(complaint), complaint, found) is None


@pytest.mark.parametrize(
    ("complaint", "phone"),
    [
        ("经办人：王磊\n电话：0571-8677 2210", "0571-8677 2210"),
        ("聯絡人：陳先生\n電話：02-2771-5566", "02-2771-5566"),
        ("Please call me back on 020-7946 0018 this afternoon.", "020-7946 0018"),
    ],
)
def test_a_landline_with_an_area_code_is_their_number(complaint: str, phone: str) -> None:
    assert [complaint[a:b] for a, b in contacts(complaint)] == [phone]
