"""A letter that only confirms a booking is routine (the labelling spec: a booking confirmation is no
written statement); a letter that tells what happened is one. Session 8: 确认 after the letter counted
as what it would state even when what it confirms is an appointment or an order."""

from __future__ import annotations

import pytest

from drafter.guard.engine import check

W = "written_statement"

ROWS = [
    ("zh-Hant", "我哋會寄封信俾你，確認新嘅預約時間。", False),
    ("zh-Hans", "我们会寄一封信给您，确认新的预约时间和地址。", False),
    ("en", "We will send you a letter confirming your new appointment time.", False),
    ("zh-Hant", "我哋會寄封信俾你，講清楚當日發生咩事。", True),
    ("zh-Hans", "我们会寄一封信给您，确认这次事故的经过和原因。", True),
    ("en", "We will send you a formal letter setting out what happened on the day.", True),
]


@pytest.mark.parametrize(("lang", "text", "raised"), ROWS, ids=[f"{r[0]}:{r[2]}:{r[1][:16]}" for r in ROWS])
def test_written_statement_or_routine_letter(lang: str, text: str, raised: bool) -> None:
    report = check(text, role="agent", language=lang, use_model=False)
    assert (W in {f.category for f in report.findings}) == raised, [(f.rule, f.excerpt) for f in report.findings]
