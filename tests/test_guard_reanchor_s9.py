"""Session 9 speed: blame.discussion's someone-else's-word group opens its regex window on a
staff noun with the verb after it (司机说, 师傅当时讲), not on any bare 员工/同事/工作人员. What
the rule finds stays the same: the report set against the customer, in every language."""

from __future__ import annotations

import pytest

from drafter import check

RULE = "blame.discussion"

ROWS = [
    # (language, reply, found)
    ("zh-Hans", "司机说是您家里没人，所以没有送到。", True),
    ("zh-Hans", "师傅当时讲是你自己封的口，我们会再核实。", True),
    ("zh-Hans", "我们的工作人员反映是您拒收了包裹。", True),
    ("zh-Hant", "司機說是您家裡沒人，所以沒有送到。", True),
    ("zh-Hant", "師傅當時講是你自己封的口，我們會再核實。", True),
    ("en", "The driver said you weren't home when he came by.", True),
    ("zh-Hans", "我们的员工已经为您重新安排配送，明天上午送达。", False),
    ("zh-Hant", "我們的同事已經為您重新安排配送，明天上午送達。", False),
    ("en", "Our staff have rebooked your delivery for tomorrow morning.", False),
]


@pytest.mark.parametrize(("language", "reply", "found"), ROWS)
def test_someone_elses_word_against_the_customer(language: str, reply: str, found: bool) -> None:
    rules = {f.rule for f in check(reply).findings}
    assert (RULE in rules) is found, (language, reply, rules)
