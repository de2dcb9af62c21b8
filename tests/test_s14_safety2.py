"""Session 14 safety round 2, by class, in en, zh-Hans and zh-Hant: an entrapment told as over
(how long someone was shut in, and the story told to its end) asks after the person and stops the
lift, never "rescuers are on their way"; a hired vehicle already towed is ours to take out of
service, never "don't drive it" or "we'll tow it"; pain that painkillers do not ease is seen today
(what to watch for), never "stop this medicine"; a vulnerable person breathing tobacco smoke now is
moved into fresh air first, never "evacuate the building", and the room is confirmed in minutes;
the customer's humble kinship words (家父, 家母) are restated as theirs (您父亲), never ours."""

from __future__ import annotations

import pytest

import drafter

_RESCUE = (
    "being sent to you now to get everyone out",
    "keep pressing the alarm",
    "正马上赶往现场救人",
    "正馬上趕往現場救人",
    "持续按警铃",
    "持續按警鈴",
)

# (complaint, channel, the person asked after)
LIFT_OVER = [
    (
        "The lift in block C broke down again and my mother was stuck inside for 25 minutes. Nobody answered "
        "the emergency phone; in the end a neighbour called the fire brigade. Fix it today.",
        "im",
        "your mother",
    ),
    ("5栋电梯又坏了，我爸八十岁被关在里面三十多分钟，物业电话没人接，最后是保安撬开门的。今天必须修好", "im", "您父亲"),
    ("大廈升降機又壞了 我媽被困在裡面二十幾分鐘 打管理處電話都沒人接 最後是鄰居報警的 請盡快維修", "im", "您母親"),
]


@pytest.mark.parametrize(("text", "channel", "who"), LIFT_OVER)
def test_entrapment_told_over_asks_after_them_and_stops_the_lift(text: str, channel: str, who: str) -> None:
    d = drafter.draft(text, channel=channel)
    assert who in d.text
    assert not any(r in d.text for r in _RESCUE)
    assert any(w in d.text for w in ("stop using that lift", "停止使用这部电梯", "停止使用這部電梯"))


LIFT_NOW = [
    ("The lift is stuck between floors 3 and 4 and my dad is trapped inside, please send someone!!", "im"),
    ("电梯卡住了，我妈还在里面出不来，已经二十多分钟了，快来人", "im"),
    ("升降機卡住了，我媽還在裡面出不來，已經二十幾分鐘了，快點派人來", "im"),
    # help called in the end, but nobody has come yet: still going on
    ("我妈被关在电梯里二十多分钟了 打物业电话没人接 最后只能打119 现在还没人来", "im"),
    (
        "My dad has been stuck in the lift for 20 minutes, nobody answers the emergency phone, finally I called "
        "the fire brigade but they're not here yet",
        "im",
    ),
]


@pytest.mark.parametrize(("text", "channel"), LIFT_NOW)
def test_entrapment_still_going_keeps_the_rescue(text: str, channel: str) -> None:
    assert any(r in drafter.draft(text, channel=channel).text for r in _RESCUE)


TOWED_HIRE = [
    (
        "I rented a car from your airport branch last week; the brakes failed on the ring road and I nearly hit "
        "a van. I paid £180 for the tow myself and want it refunded.",
        "email",
    ),
    ("上周在你们机场店租的车，开到半路刹车失灵，差点追尾，拖车费花了600元是我自己付的，要求报销", "im"),
    ("上星期在你們門市租的機車，騎到一半煞車失靈，差點撞車，拖車花了1200元是我自己付的，請退還", "im"),
]


@pytest.mark.parametrize(("text", "channel"), TOWED_HIRE)
def test_hired_vehicle_already_towed_is_taken_out_of_service(text: str, channel: str) -> None:
    d = drafter.draft(text, channel=channel)
    assert any(w in d.text for w in ("out of service", "停用收回"))
    for wrong in ("don't drive", "不要再驾驶", "不要再駕駛", "拖回检查", "拖回檢查", "tow it", "leave it where"):
        assert wrong not in d.text


UNRELIEVED = [
    (
        "I had a filling at your practice on Monday and since then the pain is unbearable; painkillers aren't "
        "touching it and my cheek is swollen. Can I be seen today?",
        "im",
    ),
    ("前天在你们医院拔了智齿，现在疼得厉害，半边脸肿了，吃了止痛药还是很痛，能不能今天给我看看", "im"),
    ("上週在你們診所做了根管治療，這兩天痛到睡不著，吃止痛藥都沒用，可以今天幫我看嗎", "im"),
]


@pytest.mark.parametrize(("text", "channel"), UNRELIEVED)
def test_pain_painkillers_do_not_ease_is_seen_today(text: str, channel: str) -> None:
    d = drafter.draft(text, channel=channel)
    assert d.escalate
    assert any(w in d.text for w in ("urgent care", "急诊", "急診"))
    for wrong in ("不要再用这种药", "不要再用這種藥", "stop taking", "給您添了麻煩", "给您添了麻烦", "X-ray"):
        assert wrong not in d.text


SMOKY_ROOM = [
    (
        "We booked a non-smoking room but it reeks of cigarette smoke and my son, who has asthma, has started "
        "wheezing. Please move us now.",
        "im",
        "fresh air",
    ),
    ("我订的是无烟房，一进门全是烟味，我女儿有哮喘，现在一直在咳嗽，请马上给我们换房", "im", "空气流通"),
    ("訂的是無菸房 房間都是煙味 我媽有氣喘一直在咳 請馬上換房", "im", "空氣流通"),
]


@pytest.mark.parametrize(("text", "channel", "step"), SMOKY_ROOM)
def test_someone_breathing_tobacco_smoke_gets_fresh_air_first(text: str, channel: str, step: str) -> None:
    d = drafter.draft(text, channel=channel)
    assert step in d.text
    assert d.text.index(step) < len(d.text) // 2  # safety first
    for wrong in (
        "out of the building",
        "离开大楼",
        "離開大樓",
        "火警",
        "24小时内与您确认房间",
        "24小時內與您確認房間",
    ):
        assert wrong not in d.text


KIN = [
    ("家父上月在貴院住院，帳單多收了NT$3,000，請退還。", "im", "您父親"),
    ("家母上周在你们店买的血压计坏了，请给换一台。", "im", "您母亲"),
    ("家父嘅出殯原本訂咗4月18日，你哋先通知我話禮堂撞期，要改到4月20日。請取消加收嘅費用。", "im", "您父親"),
]


@pytest.mark.parametrize(("text", "channel", "theirs"), KIN)
def test_humble_kinship_restated_as_theirs(text: str, channel: str, theirs: str) -> None:
    d = drafter.draft(text, channel=channel)
    assert theirs in d.text
    assert "家父" not in d.text and "家母" not in d.text


SPARKING_PART = [
    (
        "Room 512: water from the AC is dripping onto the wall socket and it just sparked with a bang. Move me now.",
        "im",
        "away from the socket",
    ),
    ("你好 我住0915房 卫生间的水一直滴到插座上 刚才啪一下冒了火花 马上给我换房", "im", "远离那个插座"),
    ("我住0812房 浴室天花板漏水滴到插座上 剛剛啪一聲冒火花 嚇死 請馬上處理", "im", "遠離那個插座"),
]


@pytest.mark.parametrize(("text", "channel", "named"), SPARKING_PART)
def test_the_sparking_socket_is_named_in_the_step(text: str, channel: str, named: str) -> None:
    assert named in drafter.draft(text, channel=channel).text


def test_a_product_that_smoked_beside_a_socket_does_not_name_the_socket() -> None:
    from drafter.backends.safety_fit import fixed_part

    assert fixed_part("插電約五分鐘機身後面開始冒煙，我立刻拔插頭，插座旁邊的牆都燻黑了", zh=True) is None
    assert fixed_part("The kettle started smoking, I unplugged it; the wall by the socket is black.", zh=False) is None
    assert fixed_part("the wall socket by the desk threw out sparks", zh=False) == "socket"
