"""zh-Hant replies worded for their readership (session 9): the region read from the complaint
(drafter/intake/region.py), then Taiwan wording through OpenCC s2twp and the bank's
hant_terms_tw, Hong Kong wording through hant_terms_hk (drafter/reply.py localize). zh-Hans and
English replies are untouched. All texts are made up."""

from __future__ import annotations

import re

import pytest

import drafter
from drafter.intake.region import region
from drafter.reply import localize

# (complaint, region)
REGIONS = [
    ("部ATM食咗我張卡，幾時可以攞返？", "hk"),  # Cantonese particles alone
    ("收咗我HK$300，唔該退返俾我", "hk"),  # currency and Cantonese
    ("我在銅鑼灣分店買的麵包發霉了", "hk"),  # place only, written Chinese
    ("在台北捷運站被扣了NT$50兩次", "tw"),  # currency and place
    ("卡號末四碼1234，提領一直失敗", "tw"),  # words only Taiwan writes
    ("我訂的外套到現在還沒寄到，請幫我查一下", None),  # no marker: the shared wording
    ("我订的外套到现在还没寄到", None),  # zh-Hans
    ("My parcel is a week late", None),  # en
    ("NT$100和HK$100各扣了一次", None),  # a tie
]


@pytest.mark.parametrize(("text", "expected"), REGIONS)
def test_region_from_markers(text: str, expected: str | None) -> None:
    assert region(text) == expected


# (our wording in Traditional, region, customer's text, must contain, must not contain)
LOCALIZE = [
    ("您方便時帶上小票到店裡，門店同事會直接為您更換。", "tw", "", ["發票", "門市"], ["小票", "門店"]),
    ("您方便時帶上小票到店裡，門店同事會直接為您更換。", "hk", "", ["收據", "分店"], ["小票", "門店"]),
    ("我們會通過您留下的號碼與您聯繫。", "tw", "", ["透過您", "聯絡"], ["通過", "聯繫"]),
    ("退款需要負責的經理審批。", "tw", "", ["審核"], ["審批", "稽核"]),
    ("退款需要負責的經理審批。", "hk", "", ["審批"], ["審核"]),  # Hong Kong writes 審批
    ("軟件和網絡都更新了，請打印收據。", "tw", "", ["軟體", "網路", "列印"], ["軟件", "網絡", "打印"]),
    ("軟體和網路都更新了，請列印收據。", "hk", "", ["軟件", "網絡", "打印"], ["軟體", "網路", "列印"]),
    ("請提供手機號，或留下手機號碼。", "tw", "", ["手機號碼，", "留下手機號碼"], ["碼碼"]),  # one pass
    ("您希望我們请主管直接处理。", "tw", "", ["請主管直接處理"], ["请", "处理"]),  # a Simplified slip
    ("您希望我們请主管直接处理。", "hk", "", ["請主管直接處理"], ["请"]),
    ("您希望我們请主管直接处理。", None, "", ["請主管直接處理"], ["请"]),
    ("店員說「帶小票來」。", "tw", "", ["「帶小票來」"], ["發票"]),  # a quotation stays as said
    ("您提到的專案費用我們已記下。", "tw", "那個專案費用不對", ["專案"], ["項目"]),  # the customer's own word
    ("您在櫃台等了很久。", "tw", "", ["櫃台"], ["櫃臺"]),
    ("我們已了解情況。", "tw", "", ["了解"], ["瞭解"]),
]


@pytest.mark.parametrize(("text", "where", "said", "present", "absent"), LOCALIZE)
def test_localize(text: str, where: str | None, said: str, present: list[str], absent: list[str]) -> None:
    out = localize(text, where, said)  # type: ignore[arg-type]
    for word in present:
        assert word in out, out
    for word in absent:
        assert word not in out, out


# (complaint, channel, language, must contain, must not contain): whole drafts
DRAFTS = [
    (
        "我在你們台北門市買的外套NT$2,680，回家發現袖子有破洞，請退款給我。",
        "email",
        "zh-Hant",
        ["審核"],
        ["審批", "謝謝您的意見", "軟件", "網絡"],
    ),
    (
        "喺你哋旺角分店買嘅外套HK$680，返到屋企先發現穿咗個窿，唔該退錢俾我。",
        "im",
        "zh-Hant",
        ["審批", "謝謝您告訴我們"],
        ["謝謝您的意見", "咗", "嘅", "軟體", "網路"],
    ),
    (
        "網購的耳機NT$1,290一直連不上網路，訂單TW123456，請幫我換一副。",
        "im",
        "zh-Hant",
        ["收到您的訊息"],
        ["收到您的消息", "謝謝您的意見"],
    ),
    (
        "我的订单12345还没到，已经一周了，请帮我查一下。",
        "im",
        "zh-Hans",
        ["订单12345", "谢谢您的反馈"],
        ["訊息", "審核", "有关部门"],
    ),
    ("My order 12345 hasn't arrived after a week, please check.", "im", "en", ["12345"], []),
]


@pytest.mark.parametrize(("text", "channel", "language", "present", "absent"), DRAFTS)
def test_drafts_in_local_wording(text: str, channel: str, language: str, present: list[str], absent: list[str]) -> None:
    d = drafter.draft(text, channel=channel, backend="template")
    assert d.language == language
    for word in present:
        assert word in d.text, d.text
    for word in absent:
        assert word not in d.text, d.text
    if language == "en":
        assert not re.search(r"[\u4e00-\u9fff]", d.text)
