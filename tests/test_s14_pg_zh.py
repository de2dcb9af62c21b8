"""s14 round 3 (zh satisfy/listen fit): a room move asked before and answered then, or a stay that
is over, gets no "I have asked the front desk to move you today" (c35a-022, c32b-047)."""

from __future__ import annotations

import pytest

import drafter
from drafter.backends.template_remedy import move_room, remedies

_MOVE_ANSWERS = ("换到另一间房", "換到另一間房", "move you to another room")


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Please move us to another room tonight, the heater is broken.", True),
        ("I asked for another room but the desk said they were fully booked.", False),
        ("房间太吵了，请帮我换一间房。", True),
        ("第二天要求换房，前台说满房了。", False),
        ("冷氣機滴水，換房要等兩個鐘。", False),
        ("麻煩幫我哋換房，今晚真係瞓唔到。", True),
        ("要求換房被櫃台以「客滿」拒絕。", False),
    ],
)
def test_move_asked_now_not_told_as_answered(text: str, asked: bool) -> None:
    assert (move_room(text) is not None) is asked


_OVER = [
    (
        "zh-Hans",
        "您好，\n\n我3月2日入住贵酒店805房间，订单号KX55120934，住两晚。隔壁装修一直在钻墙，我两晚都没睡好。"
        "第二天要求换房，前台说满房了。只希望第二晚的房费（520元）能退一下。\n\n周立新",
    ),
    (
        "zh-Hant",
        "您好：\n我們3月2日入住貴飯店(訂房編號 TW-55120934),房間冷氣一直漏水。\n要求換房被櫃台以「客滿」拒絕。\n"
        "這一晚的房價是NT$2,800,希望能全額退還。\n林美玲 敬上",
    ),
    (
        "zh-Hant",
        "你好，\n\n我同屋企人喺3月2至4號住咗你哋灣仔分店（預訂編號 WC-5512093），冷氣機滴水，換房要等三個鐘。"
        "退房時仲多收咗HK$280。\n\n請退返HK$280。\n\n陳志明",
    ),
    (
        "en",
        "Hello,\n\nWe stayed with you from 2 to 4 March (booking HX-5512093). The room above was renovating all day. "
        "I asked for another room but reception said they were fully booked. I'd like the second night "
        "(£140) refunded.\n\nAmy Lee",
    ),
]


@pytest.mark.parametrize(("language", "text"), _OVER)
def test_no_room_move_for_a_move_refused_then_or_a_stay_over(language: str, text: str) -> None:
    reply = drafter.draft(text, channel="email", backend="template").text
    assert not any(m in reply for m in _MOVE_ANSWERS), reply


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh-Hans", "我现在住在你们酒店1203房间，空调坏了一直滴水，请今天帮我换一间房。"),
        ("zh-Hant", "我而家住緊你哋酒店1203房，冷氣壞咗一直滴水，麻煩今日幫我換房。"),
    ],
)
def test_a_guest_still_there_asking_now_is_moved(language: str, text: str) -> None:
    reply = drafter.draft(text, channel="im", backend="template").text
    assert any(m in reply for m in _MOVE_ANSWERS), reply


def test_pests_seen_and_move_refused_then_room_still_treated() -> None:
    text = (
        "您好:\n我們5月3日入住貴飯店(訂房編號 TW-77120573),一進房就看到浴室有蟑螂。\n要求換房被櫃台以「客滿」拒絕。\n"
        "這一晚的房價是NT$2,600,希望能全額退還。\n王小明 敬上"
    )
    reply = drafter.draft(text, channel="email", backend="template").text
    assert "除蟲" in reply and "換到另一間房" not in reply, reply


_SHORT_ANSWERS = ("少了的可以", "補送", "补送", "the missing part")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "zh-Hant",
            "你哋沙田分行部ATM啱啱食咗我張卡 卡尾號5521\n撳完錢張卡就冇咗 今日冇人\n幾時可以攞返張卡呀",
        ),
        (
            "zh-Hans",
            "你们人民路支行的ATM刚刚吞了我的卡，尾号3307，取完钱卡就没了，网点不开门，什么时候能拿回？",
        ),
        (
            "en",
            "Your ATM on King Street just swallowed my card (ending 7712), the card is gone and the branch is shut. "
            "When can I get it back?",
        ),
    ],
)
def test_a_card_kept_by_the_machine_is_no_short_order(language: str, text: str) -> None:
    reply = drafter.draft(text, channel="im", backend="template").text
    assert not any(m in reply for m in _SHORT_ANSWERS), reply


@pytest.mark.parametrize(
    ("language", "text", "refund"),
    [
        ("zh-Hans", "麻烦核实一下，把多扣的88元退回到账户里。另外希望以后扣费前发个提醒。", True),
        ("zh-Hant", "麻煩核對一下，將多收的NT$88退回原卡。另外希望以後扣款前通知一聲。", True),
        ("en", "Please check the bill and refund the extra $88 to my card. Text me before charging.", True),
        ("zh-Hans", "我查了一下，把账单翻出来看，多扣了88元。", False),
    ],
)
def test_a_ba_clause_after_a_request_goes_on_with_it(language: str, text: str, refund: bool) -> None:
    assert ("refund" in remedies(text)) is refund


def test_the_main_refund_is_answered_beside_a_side_wish() -> None:
    text = (
        "你好：\n\n我的手机号139****2210，办的是每月49元的套餐，包含20G流量。可是5月的账单多扣了88元，说是套餐外流量费。"
        "我查了APP，5月才用了12G。\n\n麻烦核实一下，把多扣的88元退回到话费里。另外希望以后扣费前能发个短信提醒。\n\n李明"
    )
    reply = drafter.draft(text, channel="email", backend="template").text
    assert "88元的退款" in reply or "退还" in reply, reply
