"""Compensation precision: money in a reply that the offer does not give. Classes: the same sum
restated in another currency ("about $4", 约合); a clause beside the offer stating the customer's
own price, fee or balance, or reporting money already moved; "credit" as creditworthiness (credit
file, credit report); an existing discount kept; a points balance stated; a promotion open to all.
Sentences written for these tests (agent limit: 50 CNY); each class has rows that must still flag."""

from __future__ import annotations

import pytest

from drafter.guard.engine import check

Row = tuple[str, str, bool]  # (language, reply, flagged as unauthorized compensation)

ROWS: list[Row] = [
    # Conversions: counted once, the larger way.
    ("en", "I've applied a ¥30 credit, which is roughly $4 at today's rate.", False),
    ("zh-Hans", "我们给您30元的补偿，约合4美元。", False),
    ("zh-Hant", "我們給您30元的補償，約合4美元。", False),
    ("en", "I've applied a $20 credit, which is about ¥144 at today's rate.", True),  # 144 CNY > 50
    ("zh-Hans", "我们给您30元的补偿，另外再送您25元的券。", True),  # two gifts, not one restated
    # The customer's own price, fee or balance beside the offer.
    ("en", "We'll give you a ¥30 voucher; your monthly fee of ¥99 stays the same.", False),
    ("zh-Hans", "我们送您30元优惠券，您的月费99元保持不变。", False),
    ("zh-Hant", "我們送您30元優惠券，您的月費99元保持不變。", False),
    ("zh-Hans", "我们送您30元优惠券，再减免您的月费99元。", True),  # the fee itself waived
    # Money already moved, reported beside a new offer.
    ("zh-Hans", "我们送您30元优惠券，您之前支付的200元已于昨天退回。", False),
    ("zh-Hant", "我們送您30元優惠券，您之前支付的200元已於昨天退回。", False),
    ("zh-Hans", "我们送您30元优惠券，另外赔偿您200元。", True),
    # Credit as creditworthiness.
    ("en", "I've asked the team that handles credit reports to correct your file, and I'll call you by Friday.", False),
    ("en", "The late payment is showing on your credit file; we'll review it and reply by 5pm Monday.", False),
    ("en", "I've added a $40 credit to your account for the trouble.", True),
    # An existing discount kept.
    ("zh-Hans", "我可以帮您取消后重新下单，原有的优惠也会保留。", False),
    ("zh-Hant", "我可以幫您取消後重新下單，原有的優惠也會保留。", False),
    ("zh-Hans", "我可以帮您重新下单，另外再给您打八折。", True),
    # A balance stated, a promotion open to all.
    ("zh-Hans", "您的积分目前有三万分，100积分可抵1元，结账时可以使用。", False),
    ("zh-Hant", "您的點數目前有三萬點，100點可折抵1元，結帳時可以使用。", False),
    ("zh-Hans", "会员月费180元，首月免费是所有新用户都有的活动，您可以在App开通。", False),
    ("en", "The first month free is open to all new subscribers, and the plan is ¥180 a month after that.", False),
    ("zh-Hans", "为表歉意，我们给您减免180元。", True),
    ("en", "The first month free is open to all new subscribers, and on top of that we will refund you ¥180.", True),
]


@pytest.mark.parametrize(("language", "text", "flagged"), ROWS)
def test_compensation_asides(language: str, text: str, flagged: bool) -> None:
    report = check(text, role="agent", language=language)
    found = [(f.rule, f.excerpt) for f in report.findings if f.category == "unauthorized_compensation"]
    assert bool(found) is flagged, found
