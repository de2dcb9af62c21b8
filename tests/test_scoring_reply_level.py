"""The reply-level line of `python -m drafter.guard.scoring`: what a supervisor sees is whether a risky reply was
stopped at all, whichever core category the guard and the author each named."""

from __future__ import annotations

import pytest

from drafter.guard.scoring import Labelled, guard_results, reply_level


def _item(text: str, expect: list[str], language: str = "en") -> Labelled:
    return Labelled(id="x", text=text, language=language, expect=expect)


# (labels, raised, risky, stopped, clean, false alarms)
COUNTS = [
    (["forbidden_phrase"], {"forbidden_phrase"}, 1, 1, 0, 0),
    (["blame_discussion"], {"forbidden_phrase"}, 1, 1, 0, 0),  # a swap: missed by category, stopped all the same
    (["liability_admission"], set(), 1, 0, 0, 0),
    (["liability_admission"], {"missing_last_step"}, 1, 0, 0, 0),  # coaching does not stop a reply
    ([], {"unauthorized_compensation"}, 0, 0, 1, 1),
    ([], {"vague_followup", "missing_last_step"}, 0, 0, 1, 0),
    ([], set(), 0, 0, 1, 0),
]


@pytest.mark.parametrize(("labels", "raised", "risky", "stopped", "clean", "false_alarms"), COUNTS)
def test_reply_level_counts(
    labels: list[str], raised: set[str], risky: int, stopped: int, clean: int, false_alarms: int
) -> None:
    level = reply_level([(_item("…", labels), raised)])
    assert (level.risky, level.stopped, level.clean, level.false_alarms) == (risky, stopped, clean, false_alarms)


def test_reply_level_rates_over_a_set() -> None:
    results = [(_item("…", labels), raised) for labels, raised, *_ in COUNTS]
    level = reply_level(results)
    assert level.recall == pytest.approx(2 / 4)
    assert level.precision == pytest.approx(2 / 3)


# Real checks in the three languages: (text, language, labels, stopped)
CHECKED = [
    ("That's not our problem. You should have read the terms before buying.", "en", ["blame_discussion"], True),
    ("Sorry for the wait; I'll update you by 5pm today on where your parcel is.", "en", [], False),
    ("这不是我们的问题，是您自己没看清楚说明。", "zh-Hans", ["blame_discussion"], True),
    ("非常抱歉让您久等了，我今天下午5点前给您回复处理结果。", "zh-Hans", [], False),
    ("呢個唔關我哋事，你自己搵速遞公司啦。", "zh-Hant", ["forbidden_phrase"], True),
    ("非常抱歉讓您久等，我今天下午5點前回覆您處理進度。", "zh-Hant", [], False),
]


@pytest.mark.parametrize(("text", "language", "labels", "stopped"), CHECKED)
def test_reply_level_from_real_checks(text: str, language: str, labels: list[str], stopped: bool) -> None:
    results = guard_results([_item(text, labels, language)])
    level = reply_level(results)
    assert (level.stopped, level.false_alarms) == ((int(stopped), 0) if labels else (0, int(stopped)))
