"""Someone waiting on the spot who said they need no manager gets a colleague sent, not the manager
(trainers on c24: "no need for a manager", then "I've asked the duty manager to come to you at table 12")."""

from __future__ import annotations

import pytest

import drafter

# (language, complaint, who is sent, who must not be)
ROWS = [
    (
        "en",
        "I'm at table 12 right now. My laksa has come out cold twice and nobody has come back to check. "
        "No need for a manager, just bring me a hot one please.",
        "a member of our team to come to you at table 12",
        "manager",
    ),
    (
        "en",
        "I'm at table 12 right now. My laksa has come out cold twice and nobody has come back to check. "
        "Please bring me a hot one.",
        "manager to come to you at table 12",
        None,
    ),
    (
        "zh-Hans",
        "我现在就在12号桌，牛肉面端上来是凉的，已经两次了也没人来管。不用找经理，给我换一碗热的就行。",
        "我已请我们的同事马上到12号桌找您",
        "经理",
    ),
    (
        "zh-Hans",
        "我现在就在12号桌，牛肉面端上来是凉的，已经两次了也没人来管。给我换一碗热的。",
        "经理马上到12号桌找您",
        None,
    ),
    (
        "zh-Hant",
        "我現在就在12號桌，牛肉麵端上來是涼的，已經兩次了也沒人來管。不用找經理，給我換一碗熱的就好。",
        "我已請我們的同事馬上到12號桌找您",
        "經理",
    ),
    (
        "zh-Hant",
        "我現在就在12號桌，牛肉麵端上來是涼的，已經兩次了也沒人來管。給我換一碗熱的。",
        "經理馬上到12號桌找您",
        None,
    ),
]


@pytest.mark.parametrize(("language", "complaint", "sent", "not_sent"), ROWS)
def test_who_comes_to_the_table(language: str, complaint: str, sent: str, not_sent: str | None) -> None:
    draft = drafter.draft(complaint, channel="im", backend="template")
    assert draft.language == language
    assert sent in draft.sections.satisfy, draft.sections.satisfy
    if not_sent is not None:
        assert not_sent not in draft.sections.satisfy, draft.sections.satisfy
