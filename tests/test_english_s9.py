"""English drafts read like one competent agent wrote them (round s9english).

Trainers graded English drafts below the Chinese ones for stock lines stacked on each other: "I hear
you, and I'm sorry… I can see how inconvenient this has been", "We have noted the $99 you mention",
a run of "… at the same time." promises, "You'd like us to not …". These rows use made-up
complaints in several businesses; the Chinese rows show the Chinese wording is untouched."""

from __future__ import annotations

import re

import pytest

import drafter

# Lines of feeling (not the apology itself) that stacked on the opening apology.
_STOCK = ("I hear you", "Having read your message", "inconvenient", "We have noted", "noting the")


def _draft(text: str, channel: str) -> str:
    return drafter.draft(text, channel=channel, backend="template").text


def _empathy_lines(text: str) -> int:
    """Sentences that apologise or say how it feels."""
    return len(
        re.findall(
            r"I'm (?:so |very |also )?sorry|I can (?:only imagine|understand how|see how)|understandable that", text
        )
    )


BILLING = "I was charged £45.00 twice for my gas bill on account GB-88120. I want the duplicate refunded."
ORDER = (
    "My order 55-1209 from your web shop arrived with the lid cracked and the blender won't turn on. "
    "I paid $89.50 for it. Please have someone fix it."
)
BROADBAND = (
    "My broadband (account BB-33019) has dropped every evening for two weeks. I have called four times "
    "and each time I'm told it's being looked into. I want it fixed and a credit for the days without service."
)
HAIR = (
    "Found a long hair baked into the loaf I bought at your Mill Lane bakery yesterday (receipt 2231/09). "
    "Disgusting. I want my money back."
)
WIRE = (
    "Your engineer left a live wire hanging out of the wall socket in my kitchen at 3 Hill Road yesterday "
    "and my son got a shock from it. Account 7720-11."
)
BOILER = (
    "I've phoned three times about my broken boiler (job JB-4410) and nobody has come. I want an engineer "
    "this week and don't send the same man who came last time."
)
POLICY = (
    "My home insurance (policy HH-7720915) auto-renewed at $1,890 without any notice. I want to cancel it "
    "effective today and get a pro-rata refund. Please don't pass me to a retention team or offer me a "
    "discount - just process the cancellation and confirm the refund amount in writing."
)


@pytest.mark.parametrize("channel", ["im", "email"])
@pytest.mark.parametrize("text", [BILLING, ORDER, BROADBAND, HAIR, WIRE, BOILER, POLICY])
def test_no_stock_lines_and_at_most_two_empathy_lines(text: str, channel: str) -> None:
    """One apology, and at most one line of feeling beside it (email); none of the stock lines."""
    reply = _draft(text, channel)
    for stock in _STOCK:
        assert stock not in reply, (stock, reply)
    assert 1 <= _empathy_lines(reply) <= (1 if channel == "im" and text != WIRE else 2), reply
    assert len(re.findall(r"\bI understand\b", reply)) <= 1, reply


@pytest.mark.parametrize(
    ("text", "ref"),
    [(BROADBAND, "BB-33019"), (HAIR, "2231/09"), (WIRE, "7720-11"), (BOILER, "JB-4410")],
)
def test_reference_said_as_what_we_have(text: str, ref: str) -> None:
    """The reference is restated in a plain sentence of ours, not "we will look into this under"."""
    reply = _draft(text, "im")
    assert ref in reply
    assert not re.search(r"look into [^.]*under", reply), reply


@pytest.mark.parametrize("channel", ["im", "email"])
@pytest.mark.parametrize("text", [BILLING, ORDER, BROADBAND, HAIR, BOILER, POLICY])
def test_apology_before_any_promise(text: str, channel: str) -> None:
    """With the feeling line gone, the apology still comes before anything we promise."""
    reply = _draft(text, channel)
    promise = min(reply.find(p) for p in ("I've ", "I'll ", "I can arrange", "I'm arranging") if p in reply)
    assert reply.index("sorry") < promise, reply


@pytest.mark.parametrize(("text", "channel"), [(POLICY, "email"), (POLICY, "im"), (BROADBAND, "email")])
def test_one_clock_per_reply(text: str, channel: str) -> None:
    """Later promises ride on the first answer's time: "at the same time" at most once."""
    assert _draft(text, channel).count("at the same time") <= 1


@pytest.mark.parametrize(
    ("text", "said", "not_said"),
    [
        (POLICY, "we won't pass you to a retention team", "You'd like us to not"),
        (BOILER, "we won't send the same man", "You'd like us to don't"),
        (ORDER, "fix", "You'd like us to have someone"),
        (
            "The self checkout at your Mill Road store charged me £23.10 twice for one shop. "
            "Can you just refund the duplicate charge please.",
            "You'd like us to refund the duplicate charge",
            "just refund",
        ),
    ],
)
def test_asks_said_back_in_our_voice(text: str, said: str, not_said: str) -> None:
    reply = _draft(text, "email")
    assert said in reply, reply
    assert not_said not in reply, reply


def test_particle_led_ask_not_echoed() -> None:
    """ "If I don't hear back within 10 days …" is not repeated as "You'd like back within 10 days"."""
    text = (
        "On 12 May I reported a charge of $310.00 I did not make (dispute DSP-77120). It is back on my "
        "statement. I want it removed. If I don't hear back within 10 business days I will complain to the regulator."
    )
    reply = _draft(text, "email")
    assert "You'd like back" not in reply
    assert "DSP-77120" in reply and "$310.00" in reply


@pytest.mark.parametrize("channel", ["im", "email"])
def test_safety_opener_not_a_second_i_understand(channel: str) -> None:
    """The safety opener asks after them without an "I understand" that the restatement repeats."""
    reply = _draft(WIRE, channel)
    assert reply.count("That sounds really frightening, and I'm so sorry;") == 1
    assert reply.count("I can only imagine") == 1, reply
    assert "I understand what happened" not in reply


def test_chased_thanks_without_patience() -> None:
    reply = _draft(BROADBAND, "email")
    assert "patience" not in reply


# Chinese: the opening ("收到您的消息，…") and the feeling line ("我能理解…不便") stay as they were.
@pytest.mark.parametrize(
    ("text", "channel", "kept"),
    [
        (
            "我点的冰美式被做成热的了，还加了糖。单号0625，28元，退我钱吧。",
            "im",
            ["收到您的消息", "我能理解这给您带来的不便"],
        ),
        (
            "我點的珍奶備註少冰半糖，送來全冰全糖。訂單#FP-220915，NT$85，退錢給我。",
            "im",
            ["收到您的訊息", "我能理解這給您帶來的不便"],  # NT$: Taiwan wording (s9hant)
        ),
        ("你哋師傅裝完熱水爐，條電線就咁吊喺廚房，我個仔俾電親。戶口 7720-11。", "im", ["我能想像這件事讓您多麼擔心"]),
    ],
)
def test_chinese_wording_unchanged(text: str, channel: str, kept: list[str]) -> None:
    reply = _draft(text, channel)
    for line in kept:
        assert line in reply, reply
