"""Session 9 speed: regex groups open their windows on what their regexes need. blame.discussion's
someone-else's-word group on a staff noun with the verb after it (司机说, 师傅当时讲), not on any
bare 员工/同事/工作人员; liability.fault's 问题出在我们 on 问题 with 在 after it; forbidden.dismiss's
你钟意点投诉都得 on 投诉 with 都得/可以 after it. What the rules find stays the same, in every language."""

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


FAULT_ROWS = [
    # liability.fault's "问题出在我们" group opens on 问题 with the 在 after it, not on any 问题
    ("zh-Hans", "顾客食物中毒，问题出在我们这边，非常抱歉。", True),
    ("zh-Hant", "顧客食物中毒，問題出在我們這邊，非常抱歉。", True),
    ("zh-Hans", "我们已经收到您反映的问题，会尽快处理。", False),
    ("zh-Hant", "我們已經收到您反映的問題，會盡快處理。", False),
]


@pytest.mark.parametrize(("language", "reply", "found"), FAULT_ROWS)
def test_the_problem_placed_with_us_beside_an_incident(language: str, reply: str, found: bool) -> None:
    rules = {f.rule for f in check(reply).findings}
    assert ("liability.fault" in rules) is found, (language, reply, rules)


DISMISS_ROWS = [
    # forbidden.dismiss's "complain however you like" opens on 投诉 with 都得/可以/随便 after it
    ("zh-Hans", "你钟意点样投诉都得，我哋冇所谓。", True),
    ("zh-Hant", "你鍾意點樣投訴都得，我哋冇所謂。", True),
    ("zh-Hans", "如需投诉，可拨打客服热线，我们会在24小时内回复。", False),
    ("zh-Hant", "如需投訴，可撥打客服熱線，我們會在24小時內回覆。", False),
]


@pytest.mark.parametrize(("language", "reply", "found"), DISMISS_ROWS)
def test_complain_however_you_like(language: str, reply: str, found: bool) -> None:
    rules = {f.rule for f in check(reply).findings}
    assert ("forbidden.dismiss" in rules) is found, (language, reply, rules)
