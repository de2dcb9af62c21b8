"""Follow-up deadlines promised in a reply, in English, Simplified and Traditional Chinese:
durations count from the submission time, clock times are read in the configured zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from drafter.deadlines import follow_up_due, resolve_timezone
from drafter.errors import InputError

# Tuesday 24 November 2026, 09:00 UTC = 17:00 in Shanghai, 04:00 in New York
AT = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
SHANGHAI = ZoneInfo("Asia/Shanghai")
NEW_YORK = ZoneInfo("America/New_York")


def local(zone: ZoneInfo, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=zone).astimezone(UTC)


DURATIONS = [
    # en
    ("We will call you back within 24 hours.", timedelta(hours=24), "within 24 hours"),
    ("You'll hear from me within the next 48 hours.", timedelta(hours=48), "within the next 48 hours"),
    ("I'll update you in 30 minutes.", timedelta(minutes=30), "in 30 minutes"),
    ("We will get back to you within an hour.", timedelta(hours=1), "within an hour"),
    ("Someone will reply within half an hour.", timedelta(minutes=30), "within half an hour"),
    ("We'll confirm within two hours.", timedelta(hours=2), "within two hours"),
    ("The refund arrives within 3-5 days.", timedelta(days=5), "within 3-5 days"),
    # zh-Hans
    ("我们会在2小时内回复您。", timedelta(hours=2), "2小时内"),
    ("24小时之内给您答复。", timedelta(hours=24), "24小时之内"),
    ("两个小时内给您回电。", timedelta(hours=2), "两个小时内"),
    ("半小时内联系您。", timedelta(minutes=30), "半小时内"),
    ("一个半小时内给您结果。", timedelta(minutes=90), "一个半小时内"),
    ("30分钟内安排补送。", timedelta(minutes=30), "30分钟内"),
    ("三天内处理完毕。", timedelta(days=3), "三天内"),
    # zh-Hant
    ("我們會在24小時內聯繫您。", timedelta(hours=24), "24小時內"),
    ("兩個小時內給您回覆。", timedelta(hours=2), "兩個小時內"),
    ("我們會在30分鐘內回電。", timedelta(minutes=30), "30分鐘內"),
]


@pytest.mark.parametrize(("text", "after", "phrase"), DURATIONS)
def test_durations_count_from_the_submission_time(text: str, after: timedelta, phrase: str) -> None:
    found = follow_up_due(text, AT, SHANGHAI)
    assert found is not None
    assert found.due == AT + after
    assert found.phrase == phrase and text[found.start : found.end].strip() == phrase


CLOCK_TIMES = [
    # en, read in Shanghai time (now 17:00 there)
    ("I'll update you by 5pm today.", local(SHANGHAI, 24, 17)),
    ("We'll call you tomorrow at 10am.", local(SHANGHAI, 25, 10)),
    ("I will confirm before 10:30 am tomorrow.", local(SHANGHAI, 25, 10, 30)),
    ("You will have an answer by noon tomorrow.", local(SHANGHAI, 25, 12)),
    ("I'll get back to you by 17:30.", local(SHANGHAI, 24, 17, 30)),
    ("I'll get back to you by 9am.", local(SHANGHAI, 25, 9)),  # 9am has passed today: tomorrow's
    ("We'll sort it out by the end of the day.", local(SHANGHAI, 24, 23, 59)),
    ("Expect our call by tomorrow.", local(SHANGHAI, 25, 23, 59)),
    ("We'll fix it by Friday.", local(SHANGHAI, 27, 23, 59)),
    # zh-Hans
    ("明天上午10点前给您答复。", local(SHANGHAI, 25, 10)),
    ("今天晚上8点前联系您。", local(SHANGHAI, 24, 20)),
    ("今晚8点前联系您。", local(SHANGHAI, 24, 20)),
    ("明天下午3点半之前给您回电。", local(SHANGHAI, 25, 15, 30)),
    ("明天17:00前给您结果。", local(SHANGHAI, 25, 17)),
    ("明早9点前安排补送。", local(SHANGHAI, 25, 9)),
    ("我们今天之内处理。", local(SHANGHAI, 24, 23, 59)),
    ("周五之前给您答复。", local(SHANGHAI, 27, 23, 59)),
    ("下周一前给您答复。", local(SHANGHAI, 30, 23, 59)),
    # zh-Hant
    ("明天上午10點前給您答覆。", local(SHANGHAI, 25, 10)),
    ("請放心，明天中午12點前處理好。", local(SHANGHAI, 25, 12)),
    ("我們今天下班前回覆您。", local(SHANGHAI, 24, 18)),
]


@pytest.mark.parametrize(("text", "due"), CLOCK_TIMES)
def test_clock_times_are_read_in_the_configured_zone(text: str, due: datetime) -> None:
    found = follow_up_due(text, AT, SHANGHAI)
    assert found is not None and found.due == due


@pytest.mark.parametrize(
    ("text", "zone", "due"),
    [
        ("I'll update you by 5pm today.", NEW_YORK, local(NEW_YORK, 24, 17)),
        ("I'll update you by 5pm today.", UTC, datetime(2026, 11, 24, 17, tzinfo=UTC)),
        ("明天上午10点前给您答复。", UTC, datetime(2026, 11, 25, 10, tzinfo=UTC)),
        ("明天上午10點前給您答覆。", NEW_YORK, local(NEW_YORK, 25, 10)),
    ],
)
def test_the_same_words_mean_different_instants_in_different_zones(text: str, zone: ZoneInfo, due: datetime) -> None:
    found = follow_up_due(text, AT, zone)
    assert found is not None and found.due == due


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Your refund will arrive within 3 business days.", local(SHANGHAI, 27, 17)),  # Tue -> Fri
        ("Within 5 working days.", datetime(2026, 12, 1, 17, tzinfo=SHANGHAI).astimezone(UTC)),  # Tue -> next Tue
        ("3个工作日内到账。", local(SHANGHAI, 27, 17)),
        ("3個工作日內到賬。", local(SHANGHAI, 27, 17)),
    ],
)
def test_business_days_skip_the_weekend(text: str, due: datetime) -> None:
    found = follow_up_due(text, AT, SHANGHAI)
    assert found is not None and found.due == due


def test_the_earliest_promise_wins() -> None:
    text = "退款将在3-5个工作日内到账，我们会在2小时内给您回电确认。"
    found = follow_up_due(text, AT, SHANGHAI)
    assert found is not None and found.due == AT + timedelta(hours=2) and found.phrase == "2小时内"


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for your patience; we are sorry about the delay.",
        "We're open from 9am to 5pm.",
        "Your order was delivered yesterday at 3pm.",
        "我们下午3点营业。",
        "感谢您的耐心，给您带来不便非常抱歉。",
        "我們會盡快處理。",  # vague: the guardrail flags it; there is no time to record
        "天内",
        "We are open 24/7.",
    ],
)
def test_no_promised_time_no_deadline(text: str) -> None:
    assert follow_up_due(text, AT, SHANGHAI) is None


def test_time_zones_are_resolved_by_iana_name_and_default_to_utc() -> None:
    assert resolve_timezone(None) is UTC and resolve_timezone("UTC") is UTC
    assert resolve_timezone("Asia/Taipei") == ZoneInfo("Asia/Taipei")
    with pytest.raises(InputError, match="unknown time zone 'Mars/Base'"):
        resolve_timezone("Mars/Base")
    with pytest.raises(ValueError, match="aware"):
        follow_up_due("within 2 hours", datetime(2026, 1, 1), UTC)
