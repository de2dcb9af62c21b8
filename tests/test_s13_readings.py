"""Session 13 readings of text misread into nonsense (en, zh-Hans, zh-Hant): a number that belongs
to the unit after it, a feeling read as a request, a self-correction parroted, a bay label read as
a reference, the customer's rate and estimate said back, the thing found in what they bought."""

from __future__ import annotations

import pytest

from drafter.backends.template_facts import said_sums
from drafter.intake.found_object import found_in
from drafter.intake.restate import _ZH_FEELING_TAIL, self_corrected
from drafter.intake.situation import _CONTACT_TODAY, place


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("stood at the gate 40 min. fix it pls", "en", None),
        ("waited at table 12 for 2 hours now", "en", "table 12"),
        ("I'm at gate 14 now and nobody is here", "en", "gate 14"),
        ("we sat at table 3 times this month", "en", None),
        ("我们在12号桌等了40分钟", "zh-Hans", "12号桌"),
        ("我哋喺12號枱等緊", "zh-Hant", "12號枱"),
    ],
)
def test_a_number_belongs_to_the_unit_after_it(text: str, language: str, expected: str | None) -> None:
    assert place(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("快點處理 真的很煩", "快點處理"),
        ("赶紧退钱，好烦啊", "赶紧退钱"),
        ("尽快处理，太过分了", "尽快处理"),
        ("請盡快安排技工上門", "請盡快安排技工上門"),
        ("把钱退给我", "把钱退给我"),
    ],
)
def test_a_feeling_after_a_request_is_no_request(text: str, expected: str) -> None:
    assert _ZH_FEELING_TAIL.sub("", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("宽带断了\n刚说错了 不是周一 是周二早上开始断的", "宽带断了\n周二早上开始断的"),
        ("頭先打錯字，唔係3號，係5號送到", "5號送到"),
        ("剛剛說錯了，不是週一，是週二停電的", "週二停電的"),
        ("你们把名字写错了，不是王五是王武", "你们把名字写错了，不是王五是王武"),  # our error, not theirs
        ("你们打错了电话", "你们打错了电话"),
        ("Sorry typo, I meant Tuesday not Monday. The line is down", "it was Tuesday. The line is down"),
        ("I said it clearly", "I said it clearly"),
    ],
)
def test_a_self_correction_is_applied_not_said_back(text: str, expected: str) -> None:
    assert self_corrected(text) == expected


@pytest.mark.parametrize(
    ("text", "amounts", "expected"),
    [
        (
            "App 顯示收費 HK$350，照你哋每度 HK$4.9 計應該係 HK$88 左右",
            ["HK$350", "HK$4.9", "HK$88"],
            ["HK$350"],
        ),
        ("充电扣了¥120，每度¥1.2，应该大约¥30", ["¥120", "¥1.2", "¥30"], ["¥120"]),
        ("账单$486，平时大约$60", ["$486", "$60"], ["$486", "$60"]),  # a usual bill is kept
        ("bill came to $486, normally around $60", ["$486", "$60"], ["$486", "$60"]),
        ("charged $96 at $0.48 per kWh, should be about $40", ["$96", "$0.48", "$40"], ["$96"]),
        ("about $40 each time", ["$40"], ["$40"]),  # nothing else to say: kept
        ("charged $12 and $12 again", ["$12"], ["$12"]),
    ],
)
def test_a_rate_or_an_estimate_is_working_not_a_charge(text: str, amounts: list[str], expected: list[str]) -> None:
    assert said_sums(text, amounts) == expected


@pytest.mark.parametrize(
    ("text", "zh", "expected"),
    [
        ("個雙層芝士漢堡入面有條頭髮 好核突", True, ("雙層芝士漢堡", "頭髮")),
        ("我吃的汉堡里有一根头发好恶心", True, ("汉堡", "头发")),
        ("在汤里发现一只苍蝇。", True, ("汤", "苍蝇")),
        ("外賣裡面有頭髮", True, ("外賣", "頭髮")),
        ("里面有东西", True, None),
        ("I found a hair in my burger and it was gross", False, ("burger", "a hair")),
        ("there was a bolt in the salad.", False, ("salad", "a bolt")),
        ("I found it in my bag", False, None),
    ],
)
def test_what_was_found_in_what(text: str, zh: bool, expected: tuple[str, str] | None) -> None:
    assert found_in(text, zh) == expected


@pytest.mark.parametrize(
    ("text", "today"),
    [
        ("no need for a manager i just need someone to ring me today with a new slot", True),
        ("please call me back when you can", False),
        ("今天给我回电话", True),
        ("今日之內覆我", True),
        ("麻煩聯絡我，今日", True),
        ("上次今天说会联系，结果没有", False),
    ],
)
def test_asked_to_be_contacted_today(text: str, today: bool) -> None:
    assert (_CONTACT_TODAY.search(text) is not None) == today
