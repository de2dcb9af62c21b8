"""Session 13: the English Listen step says a short, correct restatement, or less.

Table-driven, on complaints made up for the purpose: a bare noun with a contraction gets its
determiner ("your wifi's been down"), a time that counts from a line not repeated is dropped
("Three days later …"), a heading of codes is no sentence, a luck aside and a conclusion about who
is to blame are not said back, a comma splice is mended, a lower-case month is
capitalised, a payment is "your rent of £950"; the apology names time on hold and what the problem
cost them; two "You want" requests are one sentence. Chinese drafts never reach the English
readers (zh-Hans, zh-Hant).
"""

from __future__ import annotations

import pytest

import drafter
from drafter.backends import listen_en


def _draft(text: str, channel: str = "im") -> str:
    return drafter.draft(text, channel=channel, backend="template").text


# --------------------------------------------------------------------------- one sentence mended


@pytest.mark.parametrize(
    ("sentence", "first", "mended"),
    [
        ("wifi's been down since Friday", True, "your wifi's been down since Friday"),
        ("heating's broken in your flat", True, "the heating's broken in your flat"),
        ("it's been down since Friday", True, "it's been down since Friday"),
        ("wifi's been down since Friday", False, "wifi's been down since Friday"),
        ("Two weeks later we charged your card $120", True, "we charged your card $120"),
        ("Three days later the base cracked", True, "the base cracked"),
        ("Two weeks later we charged your card $120", False, "Two weeks later we charged your card $120"),
        ("Later, broke again", True, None),
        ("Order KM-88120, table 4, 19 March", True, None),
        ("Order KM-88120, table 4, 19 March", False, "Order KM-88120, table 4, 19 March"),
        ("the luckily you were home", True, None),
        ("Fortunately nobody was hurt", False, None),
        ("The label says size 10, so someone packed the wrong box", False, "The label says size 10"),
        (
            "The label says size 10, so you had to send it back",
            False,
            "The label says size 10, so you had to send it back",
        ),
        ("you wrote NO ONIONS in the note", True, 'you wrote "no onions" in the note'),
        ("you cancelled on 28 may", True, "you cancelled on 28 May"),
        ("you were charged again on june 3", False, "you were charged again on June 3"),
        ("you may 2 times have asked", False, "you may 2 times have asked"),
        ("you have been trying to pay rent £950", True, "you have been trying to pay your rent of £950"),
        ("you normally pay around £85 a quarter", False, "you normally pay around £85 a quarter"),
        ("that machine taken out of service", False, None),
        ("the listing taken down", True, None),
        ("the driver took the parcel back", False, "the driver took the parcel back"),
        ("your neighbours haven't seen it either", False, "your neighbours haven't seen it either"),
        ("7:42 to Leeds got cancelled on the 3rd", True, "the 7:42 to Leeds got cancelled on the 3rd"),
        ("$420 sent to the wrong person", True, "$420 was sent to the wrong person"),
        ("£60 was sent to the wrong person", False, "£60 was sent to the wrong person"),
        ("though honestly that's the least of it", False, None),
        ("though the staff were kind, nothing was done", False, "though the staff were kind, nothing was done"),
        ("going to a GP this afternoon", False, None),
        ("Paying $65 a month for this", False, None),
        # s13 round 3: a dated fact given its subject, never the fragment "Flying …" (trainers, c32)
        (
            "Flying out to Rome on 14 June for the wedding",
            False,
            "You're flying out to Rome on 14 June for the wedding",
        ),
        ("Nothing at your door, nothing next door", False, "Nothing at your door, nothing next door"),
        ("Parking was full so you left", False, "Parking was full so you left"),
        (
            "two of you were ill, one friend spent the night in hospital",
            False,
            "two of you were ill. One friend spent the night in hospital",
        ),
        ("Nobody called you, you found out at the desk", False, "Nobody called you. You found out at the desk"),
        ("That invoice nearly gave you a heart attack", False, None),
        ("your father had a heart attack in the queue", False, "your father had a heart attack in the queue"),
        ("When you arrived, the door was locked", False, "When you arrived, the door was locked"),
        (
            "you were charged $38, the which we was never opened",
            False,
            "you were charged $38, the which we was never opened",
        ),
        (
            "you were rebooked, there has been no hotel offered",
            False,
            "you were rebooked, there has been no hotel offered",
        ),
        ("you called, nobody did", False, "you called, nobody did"),
        ("the app crashed, the driver left, you waited", False, "the app crashed, the driver left, you waited"),
        ("our plumber has not shown up again", True, "our plumber has not shown up again"),
    ],
)
def test_a_restated_sentence_is_mended_or_left_out(sentence: str, first: bool, mended: str | None) -> None:
    assert listen_en.mend(sentence, first) == mended


# --------------------------------------------------------------------------- the harm they state

_LINES = {"on_hold": "I'm sorry you were kept on hold for {time}.", "cost_you": "I'm sorry this cost you {what}."}


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("sick of waiting on hold 35 mins, fix it", "I'm sorry you were kept on hold for 35 minutes."),
        ("I spent an hour on hold yesterday", "I'm sorry you were kept on hold for an hour."),
        ("45 minutes on hold and then cut off", "I'm sorry you were kept on hold for 45 minutes."),
        (
            "the outage killed my evening stream AND 2 work calls lol",
            "I'm sorry this cost you your evening stream and 2 work calls.",
        ),
        (
            "the late delivery ruined our anniversary dinner because it was cold",
            "I'm sorry this cost you your anniversary dinner.",
        ),
        ("the parcel is late and I want a refund", None),
        ("mopping up at 10pm killed my evening, but the real problem is the floor", None),
        ("please put me on hold", None),
    ],
)
def test_the_apology_names_the_harm_they_state(text: str, line: str | None) -> None:
    assert listen_en.harm_apology(_LINES, text) == line


# --------------------------------------------------------------------------- whole drafts, en


@pytest.mark.parametrize(
    ("text", "channel", "said", "not_said"),
    [
        ("wifi's been down since friday, 2 days now. acct NX-4410", "im", "your wifi's been down", "that wifi's"),
        (
            "Dear team,\n\nReservation TB-2231, table 4, 19 March.\n\nThe waiter brought the wrong wine twice and "
            "nobody apologised.\n\nI would like the wine taken off the bill.\n\nAnna Kerr",
            "email",
            "I understand that the waiter brought the wrong wine",
            "your reservation TB-2231, table 4",
        ),
        (
            "Hello,\n\nOrder KM-88120, desk lamp, 2 June.\n\nThree days later the base cracked when I switched it on."
            "\n\nPlease send a replacement.\n\nLee",
            "email",
            "I understand that the base cracked",
            "three days later",
        ),
        (
            "Hi,\n\nI ordered the Alba wool throw in rust (order #TT-4410) and a blue one arrived. "
            "The label says rust, so someone packed the wrong box.\n\nPlease send the rust one.\n\nSam",
            "email",
            "label says rust.",
            "packed the wrong box",
        ),
        (
            "ordered a burrito bowl thru ur app and wrote NO ONIONS in the note, its covered in onions. order 5521-KP",
            "im",
            'wrote "no onions" in the note',
            "wrote no onions",
        ),
        (
            "my transfer failed twice and i was on hold for 35 mins. ref TR-5512. fix it",
            "im",
            "kept on hold for 35 minutes",
            "for the trouble this has caused",
        ),
        (
            "why is my card frozen AGAIN. trying to pay the gas bill £80 and it keeps failing\n"
            "sick of waiting on hold 25 mins, just unfreeze it",
            "im",
            "kept on hold for 25 minutes",
            "Let me sort this out for you.",
        ),
        (
            "Dear Harbour Gym,\n\nOn Monday 4 March the rowing machine handle snapped and hit my son.\n\nI want a "
            "written apology, the machine taken out of use, and I want to speak to the duty manager this week."
            "\n\nRuth Lamb",
            "email",
            "You want a written apology, and to speak to the duty manager this week.",
            "The machine taken",
        ),
    ],
)
def test_the_english_listen_step_reads_well(text: str, channel: str, said: str, not_said: str) -> None:
    reply = _draft(text, channel)
    assert said in reply, reply
    assert not_said.lower() not in reply.lower(), reply


# --------------------------------------------------------------------------- Chinese untouched


@pytest.mark.parametrize(
    "text",
    [
        "网一直断 三天了 户号 BB-2093 排队等了40分钟都没人接 我要补偿",
        "訂單 KM-88120，檯燈，6月2日送到。三天後底座就裂了。請換一個新的。",
        "我哋部wifi由星期日斷到而家，戶口 NX-4410，等咗四十分鐘都冇人聽電話",
    ],
)
def test_chinese_drafts_never_reach_the_english_readers(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_: object, **__: object) -> None:
        raise AssertionError("an English reader ran on a Chinese draft")

    monkeypatch.setattr(listen_en, "mend", boom)
    monkeypatch.setattr(listen_en, "harm_apology", boom)
    reply = _draft(text)
    assert "hold" not in reply and "I understand" not in reply, reply
