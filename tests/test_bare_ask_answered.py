"""A request of one bare verb or noun ("我要退票啦") is not said back ("您希望退票。" reads as a
robot's line), but it is still the customer's own ask: Satisfy puts it to whoever decides
rather than answering with a general "we'll look into it". (Chinese only: the bare-ask reading
is the Chinese restatement's; English asks keep their object and are said back.)"""

from __future__ import annotations

import pytest

import drafter


@pytest.mark.parametrize(
    ("text", "decides", "not_said"),
    [
        ("买了两张演唱会门票¥1,280 开场推迟了两个小时\n最后只给优惠券？？我要退票啦", ("决定", "审批"), "您希望退票"),
        ("上個月辦的年卡NT$12,000 泳池關了三個月都沒開\n只說會延期？？我要退卡啦", ("決定", "審批"), "您希望退卡"),
        ("訂咗兩晚房HK$2,400 冷氣壞咗成晚冇人理\n淨係話送早餐？？我要退款呀", ("決定", "審批"), "您希望退款"),
    ],
)
def test_a_bare_ask_is_put_to_whoever_decides(text: str, decides: tuple[str, ...], not_said: str) -> None:
    d = drafter.draft(text, channel="im", backend="template")
    assert any(word in d.sections.satisfy for word in decides), d.text
    assert not_said not in d.text, d.text
