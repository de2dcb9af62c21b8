"""A reference line under the signed name (member / account number) keeps both the name and the number."""

from __future__ import annotations

import pytest

from drafter.intake import read_complaint

CASES = [
    # (complaint, name expected, reference kept in the text)
    (
        "My suitcase never arrived and nobody calls back.\n\nDaniel Okafor\nFrequent flyer no. 30118872",
        "Daniel Okafor",
        "30118872",
    ),
    ("The charger sparked twice, please replace it.\n\nRegards,\nPriya Nair\nMember ID: 55219", "Priya Nair", "55219"),
    ("跑步机突然停了，我摔伤了膝盖，请尽快处理。\n\n王丽华\n会员编号 GM-40218", "王丽华", "GM-40218"),
    ("部機第二日就壞咗，請安排換機。\n\n李嘉欣\n會員編號 MK-40218", "李嘉欣", "MK-40218"),
]


@pytest.mark.parametrize(("text", "name", "ref"), CASES)
def test_name_above_a_reference_line_is_read_and_the_reference_kept(text: str, name: str, ref: str) -> None:
    complaint = read_complaint(text, channel="email")
    assert complaint.customer_name == name
    assert ref in complaint.text


@pytest.mark.parametrize(
    "text",
    [
        "My order has not arrived for two weeks, please check.\nOrder 88213",
        "订单一直没有发货，麻烦查一下。\n订单号：20240518",
        "張先生已經等咗三日，都冇人理。\n單號 HK-33821",
    ],
)
def test_a_last_reference_line_with_no_name_above_stays(text: str) -> None:
    complaint = read_complaint(text, channel="email")
    assert complaint.text == text
    assert complaint.customer_name is None
