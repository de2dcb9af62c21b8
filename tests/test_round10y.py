"""Round 10y: a template needs its evidence, and Listen says less rather than echo.

Wrong template: a repeat only with a repeat word (又是 before a stretch of time is how long it
takes); a staff attitude the customer praised is no rudeness; a fear of being hit is no injury;
an entrapment told as over gets no rescue step; several people named are all asked after; a
desk named as who spoke is not where the customer stands; a bare 漏了 is a leak, not a missing
item; a sagging ceiling is kept away from, not "stopped using".
Parroting: sarcastic praise of our staff, Latin chat tokens in Chinese, and spoken 住 forms are
never repeated. Complaints written for these tests."""

from __future__ import annotations

import pytest

import drafter
from drafter.intake import analyse, read_complaint
from drafter.intake.situation import place


def _analysis(language: str, text: str, channel: str = "im"):  # type: ignore[no-untyped-def]
    return analyse(read_complaint(text, channel=channel, language=language))


def _listen(language: str, text: str, channel: str = "im") -> str:
    return drafter.draft(text, channel=channel, language=language).sections.listen


# (language, complaint, recurring expected)
RECURRING = [
    ("zh-Hans", "网购的雨靴尺码发错了，客服让我先寄回再换，来回又是五天，周末就要穿。", False),
    ("zh-Hant", "買的書包顏色寄錯了，要先寄回再換，一來一回又是一個星期。", False),
    ("zh-Hans", "热水器又坏了，这已经是这个月第三次了。", True),
    ("zh-Hant", "網路又斷了，上禮拜也斷過一次。", True),
    ("en", "The parcel locker jammed again, the second time this month.", True),
    ("en", "The blender arrived with a cracked jug, please send a new one.", False),
]


@pytest.mark.parametrize(("language", "text", "expected"), RECURRING)
def test_repeat_only_with_a_repeat_word(language: str, text: str, expected: bool) -> None:
    assert _analysis(language, text).situation.recurring is expected


# (language, complaint, rude expected)
ATTITUDE = [
    ("zh-Hans", "服务员道歉了，态度很好，但菜里吃出了鸡肉，我们是吃素的。", False),
    ("zh-Hant", "櫃檯小姐態度不錯，可是預約的時段被系統取消了。", False),
    ("en", "The cashier's attitude was fine, but I was charged twice for the same basket.", False),
    ("zh-Hans", "前台态度很差，还翻白眼。", True),
    ("zh-Hant", "那位職員態度好差，直接掛我電話。", True),
    ("en", "The driver was rude and shouted at my son.", True),
]


@pytest.mark.parametrize(("language", "text", "expected"), ATTITUDE)
def test_praised_attitude_is_not_rudeness(language: str, text: str, expected: bool) -> None:
    assert _analysis(language, text).situation.rude is expected


# (language, complaint, hazard that must not be found, hazard that must be found or None)
HAZARD_EVIDENCE = [
    # a fear of being hit: no wound care; the sagging ceiling is the hazard
    ("zh-Hans", "卧室天花板往下垂还在滴水，万一掉下来砸到人怎么办？请今天派人。", "injury", "defect"),
    ("zh-Hant", "浴室天花板鼓包又漏水，怕砸到小朋友，請盡快處理。", "fire", "defect"),
    (
        "en",
        "The ceiling is sagging over the bed and someone could get hurt, please send someone today.",
        "injury",
        "defect",
    ),
    # an entrapment that is over: the lift is still a hazard, nobody needs rescuing now
    ("zh-Hans", "昨晚电梯卡在十楼，我爸被困了半小时才出来，现在电梯还有焦味还在用。", "trapped", "fire"),
    ("zh-Hant", "今朝部𨋢停咗，我婆婆困咗喺入面成15分鐘，依家仲有燶味。", "trapped", "fire"),
    (
        "en",
        "My son was stuck in your lift for 25 minutes this morning and there is still a burning smell in it.",
        "trapped",
        "fire",
    ),
]


@pytest.mark.parametrize(("language", "text", "absent", "present"), HAZARD_EVIDENCE)
def test_hazard_needs_its_evidence(language: str, text: str, absent: str, present: str) -> None:
    safety = _analysis(language, text).safety
    found = safety.hazards if safety else []
    assert absent not in found
    assert present in found


# still inside: the rescue step stays
STILL_TRAPPED = [
    ("zh-Hans", "电梯停在五楼，我妈妈被困在里面已经十分钟了，还出不来！"),
    ("zh-Hant", "部電梯停咗，我仔仲困咗喺入面，快啲嚟！"),
    ("en", "My daughter is still trapped in the lift between floors 3 and 4, come now!"),
]


@pytest.mark.parametrize(("language", "text"), STILL_TRAPPED)
def test_live_entrapment_keeps_rescue(language: str, text: str) -> None:
    safety = _analysis(language, text).safety
    assert safety is not None and "trapped" in safety.hazards


# several people named: everyone is asked after, never one of them picked
PEOPLE = [
    ("en", "Your hire car broke down on the motorway with my husband, our three kids and my mum inside.", "husband"),
    ("zh-Hans", "租的车在高速上坏了，车上有我老婆、两个孩子和我爸，天快黑了。", "太太"),
    ("zh-Hant", "租的車在高速公路拋錨，車上有我太太、兩個小孩和我媽。", "太太"),
]


@pytest.mark.parametrize(("language", "text", "not_named"), PEOPLE)
def test_several_people_are_all_asked_after(language: str, text: str, not_named: str) -> None:
    safety = _analysis(language, text, channel="email").safety
    if safety is not None:
        assert safety.who is None or not_named not in safety.who


# (language, text, where they stand or None)
PLACES = [
    ("en", "reception guy says the system is down, come back tomorrow", None),
    ("en", "I rang the front desk twice and nobody picked up", None),
    ("en", "I'm standing at the front desk and nobody is helping", "the front desk"),
    ("zh-Hans", "打了前台电话，小姑娘说没办法", None),
    ("zh-Hant", "我在一樓服務台等了四十分鐘", "一樓服務台"),
]


@pytest.mark.parametrize(("language", "text", "expected"), PLACES)
def test_desk_that_spoke_is_not_where_they_are(language: str, text: str, expected: str | None) -> None:
    assert place(text, language) == expected


# a leak is not a missing item: no "we'll send the missing part"
LEAKS = [
    ("zh-Hans", "上周在你们店换的机油，第二天机油漏了一地，发动机坏了，修理费8,000元要你们承担。"),
    ("zh-Hant", "你們裝的水管漏了，整個廚房地板都泡壞了，要求賠償維修費。"),
]


@pytest.mark.parametrize(("language", "text"), LEAKS)
def test_leak_is_not_missing_item(language: str, text: str) -> None:
    reply = drafter.draft(text, channel="email", language=language).text
    assert "补送" not in reply and "補送" not in reply


# (language, complaint, never in Listen, a fact kept in Listen)
PARROTING = [
    ("zh-Hans", "你们快递员真牛 把我的电饭煲放到别人家门口了 订单尾号5521 等了一整天", ["真牛"], "5521"),
    ("zh-Hant", "你們司機好樣的，把我的蛋糕壓扁了，訂單號 CK-3308", ["好樣的"], "CK-3308"),
    ("zh-Hant", "補習社這個月取消了兩堂課都沒有補，想退回HK$600 thx", ["thx"], "600"),
    ("zh-Hans", "充值了¥200到现在没到账 单号 T88213 tks", ["tks"], "T88213"),
    ("zh-Hant", "張單寫住已經繳費，但係仲話我欠HK$320，戶口 99-1203", ["寫住"], "99-1203"),
    ("en", "Great job guys, my order 7741-B arrived with the lid smashed.", ["great job"], "7741-B"),
]


@pytest.mark.parametrize(("language", "text", "never", "kept"), PARROTING)
def test_no_sarcasm_or_chat_tokens_echoed(language: str, text: str, never: list[str], kept: str) -> None:
    listen = _listen(language, text)
    for word in never:
        assert word.lower() not in listen.lower()
    assert kept in drafter.draft(text, channel="im", language=language).text
