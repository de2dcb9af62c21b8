"""Round 10z: Listen restates the facts a reply needs, never the customer's argument.

Dropped: inference ("so you ought to", therefore, 既然, 可见, 所以…应该), what ought to happen
(should, 应该), their loyalty (a customer for N years, 老客户), other companies held up as the
standard, the law, what they told staff to argue their point, and general sentences chained on a
first one ("A is B. B is C."). Kept: the item, ids, amounts, dates, places, who is affected and
what went wrong, even inside an argued sentence. Complaints written for these tests."""

from __future__ import annotations

import pytest

import drafter


def _listen(language: str, text: str, channel: str = "email") -> str:
    return drafter.draft(text, channel=channel, language=language).sections.listen


# (language, complaint, kept in Listen, never in Listen)
ARGUMENT = [
    (
        "en",
        "My electric bill for account 7781-220 jumped to £212 in August. I was away all month, "
        "so the reading must be wrong and you ought to cancel the bill. Please check the meter.",
        ["£212", "August"],
        ["ought", "reading must be wrong"],
    ),
    (
        "en",
        "I've been a customer for fourteen years. The replacement card you posted on 2 May never arrived. "
        "Any other bank would have couriered it.",
        ["2 May", "never arrived"],
        ["fourteen years", "other bank"],
    ),
    (
        "en",
        "The pharmacy gave me 20 tablets instead of 30. Under the law you have to supply the full amount. "
        "Other local pharmacies check every bag. Please send the missing 10.",
        ["20 tablets"],
        ["law", "pharmacies check"],
    ),
    (
        "en",
        "My flight was cancelled and I rebooked for £140. Rebooking is the airline's job. "
        "The airline's job is to look after passengers, which means you owe me the fare.",
        ["£140"],
        ["airline's job", "owe"],
    ),
    (
        "en",
        "The hire car had a flat tyre when I collected it at the depot. I told the clerk that this was not my fault. "
        "The fee should be waived.",
        ["flat tyre"],
        ["not my fault", "should be waived"],
    ),
    (
        "zh-Hans",
        "我家的燃气表（户号 3302918）上个月读数比平时多了一倍。既然我们一家都出差了，你们就应该重新抄表。"
        "我是你们十几年的老用户了。",
        ["上个月读数比平时多了一倍"],
        ["既然", "老用户", "应该重新抄表"],
    ),
    (
        "zh-Hans",
        "我在你们平台订的火锅外卖送到时汤都洒了，订单号 W55803。其他几家外卖平台都会直接退款。"
        "按照消费者权益保护法，这笔钱本来就该退给我。",
        ["汤都洒了"],
        ["其他几家", "消费者权益", "本来就该"],
    ),
    (
        "zh-Hans",
        "快递员把我的包裹放在了小区门口，结果丢了。我跟客服说这不是我的问题。运费也应该一起赔。",
        ["丢了"],
        ["不是您的问题", "应该一起赔"],
    ),
    (
        "zh-Hant",
        "我上週在你們門市買的吹風機用兩次就不會熱了，發票號碼 TX-40913。所以你們應該直接換新的。"
        "別家電器行都是一年內免費換。",
        ["用兩次就不會熱了"],
        ["應該直接換", "別家"],
    ),
    (
        "zh-Hant",
        "我的手機門號月租被多扣了NT$399。依照消費者保護法，你們有責任全額退還。我已經是你們八年的忠實客戶了。",
        ["NT$399"],
        ["消費者保護法", "有責任", "忠實客戶"],
    ),
    (
        "zh-Hant",
        "健身房的跑步機皮帶鬆了，我昨天差點摔倒。由此可見你們根本沒在保養。",
        ["差點摔倒"],
        ["由此可見", "沒在保養"],
    ),
]


@pytest.mark.parametrize(("language", "text", "kept", "dropped"), ARGUMENT)
def test_listen_restates_facts_not_the_argument(language: str, text: str, kept: list[str], dropped: list[str]) -> None:
    listen = _listen(language, text)
    for fact in kept:
        assert fact in listen, (fact, listen)
    for argument in dropped:
        assert argument not in listen, (argument, listen)


# (language, complaint, kept in Listen): no cue, or a cue that carries what went wrong
FACTS_KEPT = [
    ("en", "The parcel should have arrived on Monday and it never came, so I rang your depot twice.", "never came"),
    ("en", "The tap in room 210 leaks, so the bathroom floor is flooded.", "flooded"),
    ("en", "Since Tuesday the lift in block C has been out of order.", "out of order"),
    ("zh-Hans", "师傅说好周三上门，结果没来，所以我又请了一天假。", "没来"),
    ("zh-Hans", "那辆共享单车现在应该还停在路口，刹车是坏的。", "还停在路口"),
    ("zh-Hant", "我們入住的民宿房間冷氣從第一晚就壞了，因為太熱寶寶整晚都睡不好。", "冷氣從第一晚就壞了"),
    ("zh-Hant", "包裹本應週五送到，到今天都還沒收到。", "還沒收到"),
]


@pytest.mark.parametrize(("language", "text", "kept"), FACTS_KEPT)
def test_what_happened_stays(language: str, text: str, kept: str) -> None:
    assert kept in _listen(language, text)
