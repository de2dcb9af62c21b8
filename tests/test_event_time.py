"""The customer's event today bounds every promised time; papers they hold are theirs to send."""

from __future__ import annotations

import pytest

from drafter.backends.event_time import event_clock, event_soon, held_document


@pytest.mark.parametrize(
    ("text", "zh", "expected"),
    [
        ("party is at 4pm today, can u redo the lettering", False, "before 4pm"),
        ("the wedding starts at 7 pm tonight and the flowers are wrong", False, "before 7 pm"),
        ("the party is today at 3:30pm", False, "before 3:30pm"),
        ("I need it for 5pm today", False, "before 5pm"),
        # near-misses: another day, or a past action at that time
        ("the party is at 4pm tomorrow", False, None),
        ("I called at 4pm today and nobody answered", False, None),
        ("the party is at 4pm today. I ordered it last Friday.", False, "before 4pm"),
        ("派对今天下午4点开始，蛋糕上的名字写错了", True, "今天下午4点前"),
        ("婚宴今晚7點開始，花還沒送到", True, "今晚7點前"),
        ("今日下晝4點嘅生日會，蛋糕寫錯名", True, "今日下晝4點前"),
        ("明天下午4点的派对", True, None),
        ("我今天下午3点打电话没人接", True, None),
        ("今天下午4点前要送到", True, None),  # a "前" deadline is read by the deadline reader, not here
        ("今天早上7点开始停电了，什么时候能恢复？", True, None),  # when a fault began: no event to come
        ("今朝7點開始停水，幾時先有水？", True, None),
    ],
)
def test_event_clock(text: str, zh: bool, expected: str | None) -> None:
    assert event_clock(text, zh) == expected


@pytest.mark.parametrize(
    ("text", "zh", "expected"),
    [
        ("the party is tonight and the cake is wrong", False, True),
        ("we fly out tonight, where is my passport", False, True),
        ("the party was last night", False, False),
        ("the party is tomorrow night", False, False),
        ("今晚就要用，快點幫我處理", True, True),
        ("派对今晚开始", True, True),
        ("派对昨晚开始的", True, False),
        ("今天下午要用这台电脑", True, True),
        ("昨晚要用的时候坏了", True, False),
    ],
)
def test_event_soon(text: str, zh: bool, expected: bool) -> None:
    assert event_soon(text, zh) is expected


@pytest.mark.parametrize(
    ("text", "zh", "expected"),
    [
        ("我有搬家證明 可以幫我取消這筆嗎", True, "搬家證明"),
        ("我已经有医生证明，为什么还要扣钱", True, "医生证明"),
        ("我手上有收據", True, "收據"),
        # near-misses: asked for, none, wanted
        ("我有要求开证明", True, None),
        ("我没有证明", True, None),
        ("我要一份航班延误证明", True, None),
        ("我有问过能不能开证明", True, None),
        ("I have a moving certificate, please waive the fee", False, "moving certificate"),
        ("I've got the receipt right here", False, "receipt"),
        ("I already have proof of purchase", False, "proof of purchase"),
        ("I have to get a certificate for my insurer", False, None),
        ("I have asked for a letter twice", False, None),
        ("I have no proof", False, None),
        ("I need a delay certificate", False, None),
    ],
)
def test_held_document(text: str, zh: bool, expected: str | None) -> None:
    assert held_document(text, zh) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("it says happy birthday KAREN not KIRAN", "it says happy birthday Karen not Kiran"),
        ("the plaque reads JOHNATHAN instead of JONATHAN", "the plaque reads Johnathan instead of Jonathan"),
        # near-miss: shouting that is not words written on something is still lower-cased
        ("you NEVER answer and the cake is WRONG", "you never answer and the cake is wrong"),
        ("it says paid. you NEVER refunded it", "it says paid. you never refunded it"),
    ],
)
def test_written_words_keep_capitals(text: str, expected: str) -> None:
    from drafter.backends.template_listen import _unshout

    assert _unshout(text) == expected


@pytest.mark.parametrize(
    ("complaint", "present", "absent"),
    [
        (
            "the cake for my son's party says happy birthday MAX not MAC. the party is at 4pm today, please redo it",
            "before 4pm",
            "within 24 hours",
        ),
        ("派对今天下午4点开始，蛋糕上的名字写错了，能不能重新做一个？订单号A1234", "今天下午4点前", "24小时内"),
        ("婚宴今晚7點開始，訂的蛋糕名字寫錯了，可以重做嗎？訂單A5678", "今晚7點前", "24小時內"),
        (
            "我要解約被收違約金NT$3,600 可是當初經理說搬家可以免收 我有搬家證明 可以幫我取消這筆嗎",
            "請把您的搬家證明發給我們",
            "核實後開具",
        ),
        (
            "我要解约被收违约金3600元 可是当初经理说搬家可以免收 我已经有搬家证明 可以帮我取消吗",
            "请把您的搬家证明发给我们",
            "核实后开具",
        ),
    ],
)
def test_drafts(complaint: str, present: str, absent: str) -> None:
    import drafter

    text = drafter.draft(complaint, backend="template").text
    assert present in text
    assert absent not in text
