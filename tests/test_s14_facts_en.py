"""s14: English drafts keep the facts the customer gave, in sentences of ours (never cut, never garbled).

Each row is a complaint made up for the test; the Chinese rows check that the English readings leave
Chinese drafts as they were (the plate, the demanded figure)."""

from __future__ import annotations

import pytest

import drafter
from drafter.intake.restate import restate


def _draft(text: str) -> drafter.models.Draft:  # type: ignore[name-defined]
    return drafter.draft(text, channel="email" if "\n\n" in text else "im")


KEPT = [
    # (language, complaint, facts the reply says, words it never says)
    (
        "en",
        "my card got blocked in porto, im stuck at the airport and cant pay €95 for the taxi. pls unblock",
        ["porto", "€95"],
        ["You're at", ", You're"],
    ),
    (
        "en",
        "Hello,\n\nMy luggage was lost on flight 881 to Madrid. I want a call back and I expect compensation "
        "for the £240 I have spent on clothes and toiletries.\n\nTom",
        ["£240", "the money you have spent"],
        ["for the you have", "A refund of £240"],
    ),
    (
        "en",
        "taxi ran a red light with my kids in the car, plate KP21 WXY. driver was rude too",
        ["KP21 WXY"],
        ["KP21 here", "KP21."],
    ),
    (
        "en",
        "app charged me $9.80 for a van thats not mine?? plate BNX 772 isnt mine, mine is BNX 727. refund pls",
        ["BNX 772", "BNX 727", "for a van that's not yours"],
        ["for a van. That's"],
    ),
    (
        "en",
        "flat 4B no heating since friday. moving out saturday, fix it pls",
        ["flat 4B has had no heating since Friday", "You're moving out on Saturday"],
        ["flat 4B no heating"],
    ),
    (
        "en",
        'boiler booked for 9am, rang twice, "she is on her way" nobody turned up. pls sort it',
        [],
        ['The "she', "The she is"],
    ),
    (
        "en",
        "booking K7-5512 last night, the driver was on his phone the whole way and went through a red light "
        "on Mill Rd doing like 60, my 5yo was in the back\ni want this driver off your app",
        ["red light", "phone", "K7-5512"],
        [],
    ),
    (
        "en",
        "found a piece of metal in a bag of crunchy granola 750g from your Castle Street store when i poured it "
        "into my daughters bowl. nobody ate it. i want someone senior to look into this",
        ["piece of metal", "granola", "Castle Street"],
        ["you found something in your order"],
    ),
    (
        "en",
        "order 4471 came with no fries and they forgot the drinks. paid $31.20 for this. refund pls im not waiting "
        "another hour",
        ["$31.20"],
        ["You're not waiting"],
    ),
    (
        "en",
        "The waiter apologised, but no manager came over and we were still charged for the risotto. "
        "I want to know what you are doing about it.",
        ["no manager came over"],
        ["there was no manager came", "There was no manager came"],
    ),
    (
        "en",
        "Our driver never turned up, no one showed up and we missed the 9:40 train. Refund the $24 fare please.",
        ["$24"],
        ["there was no one showed", "There was no one showed"],
    ),
    ("zh-Hans", "出租车闯红灯，车牌沪A·3K720，司机还很凶，我要投诉", ["沪A·3K720"], ["the plate"]),
    ("zh-Hans", "我要求赔偿300元，你们的快递把我的花瓶摔碎了，订单号SF1234567", ["SF1234567"], ["赔偿300元"]),
    ("zh-Hant", "計程車闖紅燈，車牌ABC-1234，司機態度很差，我要投訴", ["ABC-1234"], ["the plate"]),
]


@pytest.mark.parametrize(("language", "complaint", "facts", "never"), KEPT)
def test_the_customers_facts_come_out_whole_in_a_sentence_of_ours(
    language: str, complaint: str, facts: list[str], never: list[str]
) -> None:
    d = _draft(complaint)
    assert d.language == language
    for fact in facts:
        assert fact.lower() in d.text.lower(), (fact, d.text)
    for bad in never:
        assert bad not in d.text, (bad, d.text)


STORY = [
    # (language, message, a restated story sentence holds this, and never this)
    ("en", "card blocked in rome, im at the till and cant pay", "you're at the till", "You're"),
    ("en", 'called twice, "someone is coming" nobody came.', "nobody came", "the "),
    ("en", "nothing here, asked the neighbours. pls find it", "there was nothing there", "that nothing"),
    ("en", "kitchen no power for 3 hours. pls help", "the kitchen has had no power for 3 hours", "kitchen no power"),
    ("en", "room broken. flying home next friday.", "you're flying home next Friday", "flying home next friday"),
    (
        "en",
        "no chips at all and they sent a veggie wrap instead of the steak roll. refund pls",
        "there were no chips at all, and they sent a veggie wrap",
        "no chips at all and",
    ),
    ("en", "no towels and the room was dirty.", "there were no towels, and the room was dirty", "has been"),
    ("zh-Hans", "房间没有热水，周日退房，请尽快修好", "热水", "You"),
    ("zh-Hant", "房間冇熱水，星期日退房，請盡快整好", "熱水", "You"),
]


@pytest.mark.parametrize(("language", "message", "holds", "never"), STORY)
def test_a_chat_clause_is_restated_with_its_subject_and_verb(
    language: str, message: str, holds: str, never: str
) -> None:
    story = " ".join(restate(message, language, "im").story)
    assert holds in story, (holds, story)
    assert never not in story, (never, story)


ASKS = [
    # (language, message, the ask says, the ask never says)
    ("en", "I expect compensation for the $780 I have spent replacing essentials.", "the money you have spent", "$780"),
    ("en", "I want compensation of $500 for the stress.", "compensation for the stress", "$500"),
    ("zh-Hans", "我要求补偿300元。", "补偿", "300"),
    ("zh-Hant", "我要求賠償300元。", "賠償", "300"),
]


@pytest.mark.parametrize(("language", "message", "says", "never"), ASKS)
def test_a_demanded_figure_is_left_out_and_a_sum_spent_is_named_as_money(
    language: str, message: str, says: str, never: str
) -> None:
    asks = " ".join(a.text for a in restate(message, language, "email").asks)
    assert says in asks, (says, asks)
    assert never not in asks, (never, asks)
