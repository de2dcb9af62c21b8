""" "Cancel this charge" / 取消这笔 asks for money to be waived, not for a service to be ended: it is
answered within the role's limit or routed to its approver, never "I'll arrange the cancellation"
(an NT$1,200 roaming charge got "我會為您辦理取消" with no approval: rated 1 and 2). Cancelling a
subscription or membership is still a cancellation."""

from __future__ import annotations

import pytest

import drafter

ROWS = [
    # (language, complaint, waived: a fee's answer, cancelled: a cancellation promised)
    ("en", "My bill has an $85 roaming charge but I never left the country. Please cancel this charge.", True, False),
    ("en", "Please cancel my subscription, I don't use it anymore.", False, True),
    ("zh-Hans", "上个月账单多了300元的增值服务费，我从来没开通过，请帮我取消这笔费用。", True, False),
    ("zh-Hans", "请帮我取消这个会员，我不想续费了。", False, True),
    ("zh-Hant", "手機門號 0912-345-678 上個月帳單多了 NT$1,200 國際漫遊 我根本沒出國 請幫我取消這筆", True, False),
    ("zh-Hant", "上個月帳單多咗30蚊手續費，請幫我取消呢筆收費。", True, False),
    ("zh-Hant", "訂購的單車已經超過一個月未到，請取消這筆訂單並全額退款。", False, True),
]
WAIVED = ("Waiving the", "免除这笔", "免除這筆", "为您免除", "為您免除")
CANCELLED = ("I'll cancel", "I'll arrange the cancellation", "办理取消", "辦理取消")


@pytest.mark.parametrize(("language", "complaint", "waived", "cancelled"), ROWS)
def test_a_charge_cancelled_is_money_waived(language: str, complaint: str, waived: bool, cancelled: bool) -> None:
    satisfy = drafter.draft(complaint, language=language, backend="template").sections.satisfy
    assert any(p in satisfy for p in WAIVED) is waived
    assert any(p in satisfy for p in CANCELLED) is cancelled
