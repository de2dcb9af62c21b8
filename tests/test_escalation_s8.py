"""Escalation reads the situation, not a word (session 8, group C22): a report threatened to the
authority over a school, a price or an airline escalates like one to a consumer council; a manager
declined in so many words, or the customer's own job title under their name, is no manager
demand; a graze from a fall is an injury; plastic in pet food is a foreign object. Complaints
written for these tests, in the three languages."""

from __future__ import annotations

import pytest

import drafter

ESCALATES = [
    (
        "en",
        "Flight AB123 was cancelled at the gate and nobody offered a hotel. If I do not hear back in 14 days "
        "I will refer this to the Civil Aviation Authority.",
        "consumer_association",
    ),
    (
        "zh-Hans",
        "培训班收了我8000元，课上了两节就停了，要求退费没人理。这周再不处理我就向教育局检举。",
        "consumer_association",
    ),
    (
        "zh-Hant",
        "補習班收了我NT$20,000，上了兩堂就停課，要求退費沒人理。這週再不處理我就向教育局檢舉。",
        "consumer_association",
    ),
    (
        "en",
        "Your scooter's brake failed on the hill, I came off it and grazed my whole leg. Rental ref SC-2231.",
        "injury",
    ),
    (
        "en",
        "Bought a sack of dog food yesterday, found bits of plastic in it after my dog had eaten a bowl.",
        "foreign_object",
    ),
    ("zh-Hans", "昨天买的狗粮里吃出塑料片，狗已经吃了一碗，订单 PF-22018。", "foreign_object"),
    ("zh-Hant", "昨天買的貓糧裡吃出塑料片，貓已經吃了一碗，訂單 PF-22018。", "foreign_object"),
]


@pytest.mark.parametrize(("language", "complaint", "reason"), ESCALATES)
def test_these_situations_escalate(language: str, complaint: str, reason: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    assert d.escalate
    assert reason in d.reasons


NO_MANAGER = [
    (
        "en",
        "The recycling at 14 Elm Close has not been collected for three weeks, reported twice (ref CN-5521). "
        "I'm not after a manager, I just want someone to collect it this week.",
    ),
    ("zh-Hans", "小区的垃圾三个星期没人收了，报了两次（编号 CN-5521）。不用找经理，这周派人来收就行。"),
    ("zh-Hant", "屋苑的垃圾三個星期沒人收，報了兩次（編號 CN-5521）。不用找經理，這週派人來收就行。"),
    ("zh-Hans", "您好，我们租的3楼办公室空调坏了两周，报修三次都说配件在路上。请这周内修好。\n\n王丽 行政经理"),
    ("zh-Hant", "您好，我們租的3樓辦公室冷氣壞了兩週，報修三次都說零件在路上。請這週內修好。\n\n王麗 行政經理"),
    (
        "en",
        "Hello, the heating in our rented office on floor 3 has been broken for two weeks and three repair "
        "requests got nowhere. Please fix it this week.\n\nJo Park\nOffice Manager",
    ),
]


@pytest.mark.parametrize(("language", "complaint"), NO_MANAGER)
def test_a_manager_declined_or_a_signature_title_is_no_manager_demand(language: str, complaint: str) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    assert "manager_demand" not in d.reasons


@pytest.mark.parametrize(
    ("language", "complaint", "hurt"),
    [
        (
            "zh-Hans",
            "4月19日用了你们的搬家服务，订单号 BJ2024-0419。"
            "工人把冰箱从楼梯上往下抬的时候摔了，冰箱门现在关不严。请赔偿维修费。",
            False,
        ),
        (
            "zh-Hant",
            "4月19日用了你們的搬家服務，單號 BJ2024-0419。"
            "工人把冰箱從樓梯上往下抬的時候摔了，冰箱門現在關不緊。請賠償維修費。",
            False,
        ),
        (
            "en",
            "The movers dropped my fridge carrying it down the stairs and now the door won't shut. Order MV-2231.",
            False,
        ),
        ("zh-Hans", "搬家的时候工人抬冰箱，我妈妈在楼梯上摔了，膝盖擦伤。订单号 BJ2024-0419。", True),
    ],
)
def test_a_carried_thing_that_fell_is_no_injury(language: str, complaint: str, hurt: bool) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    assert ("injury" in d.reasons) is hurt
