"""Two charges of one sum asked back: the refund is their total, counted once (never doubled twice)."""

from __future__ import annotations

import pytest

import drafter

CASES = [
    ("你们扣了我两次¥30，一共¥60，两笔都退给我", "60", "120"),
    ("你们扣了我两次¥30，两笔都退给我", "60", "120"),
    ("你們扣咗我兩次HK$30，兩筆都退返俾我", "HK$60", "120"),
    ("You charged me $30 twice. Refund both charges please.", "$60", "$120"),
    ("You charged me $30 twice, a total of $60. Refund both charges please.", "$60", "$120"),
]


@pytest.mark.parametrize(("complaint", "total", "never"), CASES)
def test_both_charges_are_refunded_at_their_total(complaint: str, total: str, never: str) -> None:
    satisfy = drafter.draft(complaint, channel="im").sections.satisfy
    assert total in satisfy and never not in satisfy, satisfy
