"""A kitchen at home (its sink, tap, pipes, ceiling) is a repair or a tenancy: no restaurant
wording ("asked the kitchen to prepare a fresh one"); a restaurant's kitchen stays a restaurant."""

from __future__ import annotations

import pytest

import drafter
from drafter.intake import analyse, read_complaint

HOME_KITCHEN = [
    ("en", "The plumber you sent on 9 September left my kitchen sink leaking worse than before."),
    ("en", "Since your crew fitted the kitchen cabinets the kitchen light keeps flickering."),
    ("zh-Hans", "你们派来的水管工修完厨房水槽后还在漏水，现在地上全是水。"),
    ("zh-Hans", "物业上周修的厨房天花板又开始滴水了。"),
    ("zh-Hant", "你哋派嚟嘅水喉師傅整完廚房鋅盤之後仲漏緊水，而家成地都係水。"),
    ("zh-Hant", "管理處上星期修好的廚房水管今天又漏水了。"),
]


@pytest.mark.parametrize(("language", "text"), HOME_KITCHEN)
def test_a_kitchen_at_home_is_no_restaurant(language: str, text: str) -> None:
    a = analyse(read_complaint(text, channel="email"))
    assert a.domain != "restaurant", a.domain
    d = drafter.draft(text, channel="email")
    assert d.language == language
    for wrong in ("kitchen to prepare", "请厨房", "請廚房", "fresh one", "重新做一份"):
        assert wrong not in d.text, d.text


RESTAURANT_KITCHEN = [
    ("en", "The kitchen sent out my steak well done when I asked for medium rare."),
    ("zh-Hans", "餐厅厨房上错了菜，我们等了一个小时。"),
    ("zh-Hant", "餐廳廚房上錯了菜，我們等了一個小時。"),
]


@pytest.mark.parametrize(("language", "text"), RESTAURANT_KITCHEN)
def test_a_restaurants_kitchen_stays_a_restaurant(language: str, text: str) -> None:
    assert analyse(read_complaint(text, channel="email")).domain == "restaurant"
