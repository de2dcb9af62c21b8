"""The answers drafting remembers for speed (issue 10) are the answers it would compute: the
sentence test (``flaw``) per reply voice, the amounts read per language, and the remedies read
through one alternation first. Each row is asked in an order that would hand a wrongly keyed
memo the previous row's answer."""

from __future__ import annotations

import re

import pytest

from drafter.backends import template_remedy
from drafter.backends.template_listen import _flaw, flaw
from drafter.guard.normalize import fold
from drafter.intake.facts import amounts
from drafter.models import Complaint
from drafter.wording import Wording


def _words(language: str, channel: str) -> Wording:
    return Wording(Complaint(text="x", channel=channel, language=language), None)  # type: ignore[arg-type]


_RUN_ON = (
    "The parcel was left at the wrong door by the driver and then it got wet in the rain and the box fell apart"
    " and the shoes inside were ruined too"
)
_ZH = "您昨天在我们的门店买的牛奶已经过期了。"
_EN = "You bought milk at our store yesterday that had expired."

# (sentence, voices in the order asked): the same sentence, a different answer per voice
FLAW_CASES = [
    (_RUN_ON, [("en", "im"), ("en", "email"), ("en", "im")]),  # a run-on in chat, punctuated enough in email
    (_ZH, [("zh-Hans", "email"), ("en", "email"), ("zh-Hant", "im")]),  # Chinese in an English reply: short
    (_EN, [("en", "email"), ("zh-Hans", "email"), ("zh-Hant", "email")]),  # English in a Chinese reply: mixed
]


@pytest.mark.parametrize(("sentence", "voices"), FLAW_CASES)
def test_flaw_is_remembered_per_reply(sentence: str, voices: list[tuple[str, str]]) -> None:
    answers = set()
    for language, channel in voices:
        words = _words(language, channel)
        for follows, ask in ((False, False), (True, False), (True, True), (False, False)):
            assert flaw(words, sentence, follows, ask) == _flaw(words, sentence, follows, ask)
        assert set(words.flaws) == {(sentence, False, False), (sentence, True, False), (sentence, True, True)}
        answers.add(flaw(words, sentence))
    assert len(answers) > 1  # the row does tell the voices apart: one reply's answers never serve another


# (language, text, currencies in order): a bare "$" is read per language, after any other reading
AMOUNT_CASES = [
    ("en", "I paid $20 for it and 30元 more", ["USD", None]),
    ("zh-Hans", "I paid $20 for it and 30元 more", ["USD", "CNY"]),
    ("zh-Hant", "I paid $20 for it and 30元 more", ["TWD", None]),
    ("zh-Hant", "我俾咗$20，仲要多30蚊", ["HKD", "HKD"]),
    ("zh-Hans", "我付了$20，又多付了30块", ["USD", "CNY"]),
]


@pytest.mark.parametrize(("language", "text", "currencies"), AMOUNT_CASES)
def test_amounts_are_read_per_language_and_handed_out_fresh(
    language: str, text: str, currencies: list[str | None]
) -> None:
    for other in ("en", "zh-Hans", "zh-Hant"):
        amounts(text, other)  # asked in the other languages first
    first = amounts(text, language)
    assert [m.currency for m in first] == currencies
    first.clear()  # the caller's list is its own
    assert [m.currency for m in amounts(text, language)] == currencies


def _remedies_one_by_one(text: str) -> dict[str, str]:
    """The remedy reader without the joint alternation: each remedy's pattern tried in turn."""
    found: dict[str, str] = {}
    before = False
    for said in template_remedy._CLAUSE.split(text):
        said = said.strip()
        clause = fold(said)
        asking = template_remedy._REQUEST.search(clause) is not None or (
            before and template_remedy._GOES_ON.match(clause) is not None
        )
        before = asking
        if (
            not clause
            or template_remedy._DECLINED.search(clause)
            or (template_remedy._NARRATIVE.search(clause) and not asking)
        ):
            continue
        for kind, pattern in template_remedy._patterns():
            if asking:
                if pattern.search(clause):
                    found.setdefault(kind, said)
                continue
            for start in range(min(3, len(clause))):
                m = pattern.match(clause, start)
                if m is not None:
                    if not template_remedy._AFTER.match(clause, m.end()):
                        found.setdefault(kind, said)
                    break
    return found


REMEDY_CASES = [
    # (text, a remedy it asks or None): imperatives at the opening, asks, and a story that asks nothing
    ("Refund the 6.99 delivery fee.", "refund"),
    ("  refund the deposit", "refund"),
    ("Please cancel my membership and refund this month.", "cancel"),
    ("They refused to refund me.", None),
    ("重新投递到我家。", "redeliver"),
    ("退订以后还扣了我49元", None),
    ("可以安排這週六重新投遞嗎？", "redeliver"),
    ("要么免费重新补，要么退款", "refund"),
    ("唔该即刻退返啲钱俾我", "refund"),
]


@pytest.mark.parametrize(("text", "kind"), REMEDY_CASES)
def test_remedies_read_as_one_by_one(text: str, kind: str | None) -> None:
    found = template_remedy.remedies(text)
    assert found == _remedies_one_by_one(text)
    assert (kind in found) if kind else not found


def test_the_joint_alternation_holds_every_remedy() -> None:
    joint = template_remedy._any_pattern().pattern
    for _, pattern in template_remedy._patterns():
        assert f"(?:{pattern.pattern})" in joint
    assert re.compile(joint).groups == sum(p.groups for _, p in template_remedy._patterns())
