"""Session 14, round 2 (English Listen): restatements that came out garbled, wrong or doubting.

Table-driven on made-up text. The general shapes: a chat contraction typed without its apostrophe
("youre") is turned round like the written one; a second clause typed on after a noun ("… on
arrival i have the photos") is its own sentence; what someone was told ("told twice it's a glitch")
stays reported; a measure left when the clause it hung on was cut ("forty minutes yesterday before
you gave up") is no sentence; a price jab after the fact is cut, the fact kept; "no more X" after a
report of what staff said is what they said would be; a turn to a second matter ("while I'm here:")
is not said back; "still charged" with no subject is "you were still charged"; a quoted sum is not a
charged one (en, zh-Hans, zh-Hant); an acronym in a name keeps its capitals; a disputed charge is
never said with "believe".
"""

from __future__ import annotations

import pytest

from drafter.backends import listen_en
from drafter.backends.template_facts import amount_role
from drafter.backends.template_listen import _unshout, _unspliced
from drafter.intake.restate import restate
from drafter.reply import phrase_bank_for


def _story(text: str, channel: str = "im") -> str:
    return " | ".join(restate(text, "en", channel).story)


@pytest.mark.parametrize(
    ("text", "has", "lacks"),
    [
        ("got an email saying youre charging me $60 for a late return", "we're charging you", "youre"),
        ("the letter says youve closed my account for no reason", "we've closed your account", "youve"),
        (
            "the box was already open on arrival i have the photos of it",
            "on arrival | You have the photos",
            "arrival you",
        ),
        (
            "The lamp was cracked when it came I have pictures to prove it",
            "when it came | You have pictures",
            "came you",
        ),
        ("Today I have a problem with the heater in my flat", "Today you have a problem", "Today |"),
        (
            "the showers are cold, and as an apology could I have a free guest pass",
            "the showers are cold",
            "you have a free",
        ),
        ("the photos i have show the scratch on the door", "the photos you have show", " | "),
        (
            "I closed my account on 2 May and the agent said that was it, no more fees.",
            "there would be no more fees",
            "there has been",
        ),
        (
            "Unrelated, but while I'm here: the lamp I bought in May has stopped working.",
            "the lamp you bought",
            "while",
        ),
        ("cancelled my plan on the 3rd, still charged $20 on the 10th", "you were still charged $20", "x-none"),
    ],
)
def test_en_story_shapes(text: str, has: str, lacks: str) -> None:
    said = _story(text).lower()  # a story sentence is cased by the frame it is said in
    assert has.lower() in said
    assert lacks.lower() not in said


@pytest.mark.parametrize(
    ("sentence", "out"),
    [
        ("You were told twice it's a glitch", "You were told twice that it's a glitch"),
        ("The staff said it's fine", "The staff said it's fine"),
        ("You were told again it's fixed", "You were told again that it's fixed"),
        ("You chipped your front tooth there's blood", "You chipped your front tooth. There's blood"),
    ],
)
def test_told_clause_stays_reported(sentence: str, out: str) -> None:
    assert _unspliced(sentence) == out


@pytest.mark.parametrize(
    ("sentence", "out"),
    [
        ("forty minutes yesterday before you gave up", None),
        ("$80 last week before you cancelled", None),
        ("The parcel arrived before you left", "The parcel arrived before you left"),
        ("Two weeks before the wedding the dress arrived torn", "Two weeks before the wedding the dress arrived torn"),
        ("the kettle broke on day 3. £25 for that", "the kettle broke on day 3"),
        ("the kettle broke on day 3. It cost £25", "the kettle broke on day 3. It cost £25"),
    ],
)
def test_mend_measure_and_jab(sentence: str, out: str | None) -> None:
    assert listen_en.mend(sentence, first=False) == out


@pytest.mark.parametrize(
    ("text", "amount", "role"),
    [
        ("The quote I signed was £640 and the card charge was £785.", "£640", "quoted"),
        ("The quote I signed was £640 and the card charge was £785.", "£785", "charged"),
        ("The estimate is $8,450.", "$8,450", "estimate"),
        ("You charged me $50 and then the app said $20.", "$50", "charged"),
        ("报价是640元，结果扣了785元。", "640元", None),
        ("报价是640元，结果扣了785元。", "785元", "charged"),
        ("報價是640元，結果扣了785元。", "640元", None),
    ],
)
def test_amount_roles(text: str, amount: str, role: str | None) -> None:
    assert amount_role(text, amount) == role


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("you're enrolled in our IELTS Summer Intensive", "you're enrolled in our IELTS Summer Intensive"),
        ("it was NEVER delivered", "it was never delivered"),
        ("the NHS Trust wrote", "the NHS Trust wrote"),
    ],
)
def test_acronym_in_name_keeps_caps(text: str, out: str) -> None:
    assert _unshout(text) == out


def test_disputed_charge_not_doubted() -> None:
    line = str(phrase_bank_for("en")["listen"]["fallback_named"]["charged"])
    assert "believe" not in line and "{amount}" in line


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("I'm sick of waiting on hold, forty minutes yesterday before I gave up.", "on hold for forty minutes"),
        ("sick of waiting on hold, 40 min yesterday", "on hold for 40 minutes"),
        ("I was on hold for 25 minutes and got nowhere.", "on hold for 25 minutes"),
        ("The hold music was fine; the fridge has been broken for forty days.", None),
    ],
)
def test_hold_wait_named(text: str, line: str | None) -> None:
    said = listen_en.harm_apology(phrase_bank_for("en")["apology"], text)
    assert (line in said) if line and said else said is line
