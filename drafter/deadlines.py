"""Follow-up deadlines: the time a reply promises ("within 24 hours", "2小时内", "by 5pm today",
"明天上午10点前"), as a UTC instant counted from when the reply was written.

The seeds require following up within the stated time, so the review store records the
earliest promised time as ``follow_up_due``. Durations count from the given instant; clock
times ("5pm", "10点") are read in a configurable time zone (setting ``timezone``, DRAFTER_TIMEZONE,
default UTC so that replicas on differently configured hosts agree). A day without a time
("by tomorrow", "明天之内") means the end of that day (23:59); "close of business" and 下班前
mean 18:00; "morning" / 上午 alone means noon.

Hand-written on purpose: the grammar of promised times is small, and a general date parser
(dateparser's ``search_dates``) read "We" as a date and missed 明天上午10点前 and 24小時內.
Text is folded first (full-width forms, case, dashes to spaces, Traditional -> Simplified; same
length), so one pattern set covers en, zh-Hans and zh-Hant, and spans map back to the original
text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from drafter.errors import InputError
from drafter.guard.normalize import fold

DEFAULT_TIMEZONE = "UTC"
END_OF_DAY = time(23, 59)
CLOSE_OF_BUSINESS = time(18, 0)
NOON = time(12, 0)


@dataclass(frozen=True, slots=True)
class Deadline:
    due: datetime  # UTC
    phrase: str  # the words that promised it, as written
    start: int
    end: int


def resolve_timezone(name: str | None) -> tzinfo:
    """An IANA zone name ("Asia/Shanghai", "America/New_York") or UTC when None/empty."""
    if not name:
        return UTC
    return _zone(str(name))


@cache
def _zone(name: str) -> tzinfo:
    if name.upper() == "UTC":
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(f"unknown time zone {name!r} (use an IANA name such as Asia/Shanghai or UTC)") from exc


# ------------------------------------------------------------------ numbers

_EN_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    "twenty[- ]four|thirty[- ]six|forty[- ]eight|seventy[- ]two"
)
_EN_NUM = rf"\d+(?:\.\d+)?|{_EN_WORDS}|an?"
_ZH_NUM = r"\d+(?:\.\d+)?|[零一二两三四五六七八九十百]+"


def _number(token: str) -> float:
    token = token.strip()
    if token in ("a", "an"):
        return 1.0
    if re.fullmatch(r"\d+(?:\.\d+)?", token):
        return float(token)
    if re.fullmatch(r"[a-z -]+", token):
        from text_to_num import text2num

        return float(text2num(token, "en"))
    import cn2an

    return float(cn2an.cn2an(token, "smart"))


# ------------------------------------------------------------------ durations

_UNITS = {
    "minute": timedelta(minutes=1),
    "hour": timedelta(hours=1),
    "day": timedelta(days=1),
    "week": timedelta(weeks=1),
}
_EN_UNIT = r"(?P<unit>min(?:ute)?s?|h(?:ou)?rs?|h|hours?|(?:business|working) days?|days?|weeks?)"
_EN_DURATION = re.compile(
    rf"\b(?:within|in|no later than|not later than)\s+(?:the\s+next\s+|the\s+|about\s+)?"
    rf"(?:(?P<low>{_EN_NUM})(?:\s*(?:-|to|–)\s*|\s+))?(?P<n>{_EN_NUM}|half an?)\s*{_EN_UNIT}\b"
    rf"|\b(?P<n2>{_EN_NUM})\s*{_EN_UNIT.replace('unit', 'unit2')}\s+from now\b"
)
_ZH_UNIT = r"(?P<unit>小时|钟头|分钟|分|个?工作日|个?工作天|天|日|周|星期|礼拜)"
_ZH_DURATION = re.compile(
    rf"(?:(?P<low>{_ZH_NUM})\s*(?:-|~|至|到)\s*)?(?P<n>{_ZH_NUM})?\s*(?P<ge>个)?\s*(?P<half>半)?\s*{_ZH_UNIT}"
    r"\s*(?:(?P<within>之内|以内|内)|(?P<after>之后|以后|后))"
)


def _en_unit(word: str) -> tuple[timedelta, bool]:
    """The unit and whether it counts business days."""
    if word.startswith(("business", "working")):
        return _UNITS["day"], True
    if word.startswith("m"):
        return _UNITS["minute"], False
    if word.startswith("h"):
        return _UNITS["hour"], False
    if word.startswith("d"):
        return _UNITS["day"], False
    return _UNITS["week"], False


def _zh_unit(word: str) -> tuple[timedelta, bool]:
    if "工作" in word:
        return _UNITS["day"], True
    if word in ("小时", "钟头"):
        return _UNITS["hour"], False
    if word in ("分钟", "分"):
        return _UNITS["minute"], False
    if word in ("天", "日"):
        return _UNITS["day"], False
    return _UNITS["week"], False


def _add(at: datetime, amount: float, unit: timedelta, business: bool, zone: tzinfo) -> datetime:
    if not business:
        return at + amount * unit
    local = at.astimezone(zone)
    days = int(amount + 0.999)
    while days:
        local += timedelta(days=1)
        if local.weekday() < 5:
            days -= 1
    return local.astimezone(UTC)


def _durations(folded: str, at: datetime, zone: tzinfo) -> list[tuple[datetime, int, int]]:
    found = []
    for m in _EN_DURATION.finditer(folded):
        n = m.group("n") or m.group("n2")
        unit_word = m.group("unit") or m.group("unit2")
        amount = 0.5 if n.startswith("half") else _number(n)
        unit, business = _en_unit(unit_word)
        found.append((_add(at, amount, unit, business, zone), m.start(), m.end()))
    for m in _ZH_DURATION.finditer(folded):
        n, half = m.group("n"), m.group("half")
        if n is None and half is None:
            continue  # "天内" alone says nothing
        if n is None and m.group("unit") in ("天", "日", "周", "星期", "礼拜"):
            continue  # "半天内": too vague to count
        if m.group("unit") == "分" and m.group("within") is None:
            continue  # "3分后" is rare; "分" is more often a score
        amount = (_number(n) if n else 0.0) + (0.5 if half else 0.0)
        unit, business = _zh_unit(m.group("unit"))
        found.append((_add(at, amount, unit, business, zone), m.start(), m.end()))
    return found


# ------------------------------------------------------------------ clock times and days

_WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAYS_ZH = "一二三四五六日"
_EN_DAY = r"today|tonight|tomorrow|(?:this|tomorrow)\s+(?:morning|afternoon|evening)|" + "|".join(_WEEKDAYS_EN)
_EN_CLOCK = (
    r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)(?![a-z])"
    r"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>\d{2})"
    r"|(?P<named>noon|midday|midnight|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+)?day|eod|cob|close\s+of\s+business)"
)
_EN_BY = re.compile(
    rf"\b(?:by|before|until|no later than|not later than)\s+(?:the\s+)?(?:(?P<day1>{_EN_DAY})\s*(?:at\s+|by\s+)?)?"
    rf"(?:(?P<clock>{_EN_CLOCK})(?:\s+(?:on\s+)?(?P<day2>{_EN_DAY}))?|(?P<day3>{_EN_DAY})\b)"
)
_EN_DAY_AT = re.compile(
    rf"\b(?P<day1>{_EN_DAY})\s+(?:at|by|before|around)\s+(?P<clock>{_EN_CLOCK})"
    rf"|\b(?:at|around)\s+(?P<clock2>{_EN_CLOCK.replace('(?P<', '(?P<x')})\s+(?P<day2>{_EN_DAY})\b"
)

_ZH_DAY = r"今天|今日|今晚|今早|明天|明日|明早|明晚|后天|(?:这|下)?(?:周|星期|礼拜)[一二三四五六日天]"
_ZH_PART = r"上午|下午|中午|晚上|傍晚|早上|凌晨|夜里"
_ZH_CLOCK = re.compile(
    rf"(?P<day>{_ZH_DAY})?\s*(?P<part>{_ZH_PART})?\s*"
    rf"(?:(?P<h>\d{{1,2}}|[零一二两三四五六七八九十]+)\s*[点时](?:\s*(?P<half>半)|\s*(?P<m>\d{{1,2}}|[一二三四五六七八九十]+)\s*分?)?"
    rf"|(?P<hh>[01]?\d|2[0-3])\s*:\s*(?P<mm>\d{{2}}))"
    r"\s*(?P<before>之前|以前|前)?"
)
_ZH_DAY_ONLY = re.compile(rf"(?P<day>{_ZH_DAY})\s*(?P<part>{_ZH_PART}|下班)?\s*(?:之内|以内|内|之前|以前|前)")
_ZH_CLOSE = re.compile(r"(?P<day>今天|今日|明天|明日)?\s*(?:下班|营业结束|关门)\s*(?:之前|以前|前)")


def _on_day(word: str | None, today: date) -> date | None:
    """The date a day word names, or None when it names no day."""
    if not word:
        return None
    word = " ".join(word.split())
    if word.startswith(("today", "tonight", "this")) or word in ("今天", "今日", "今晚", "今早"):
        return today
    if word.startswith("tomorrow") or word in ("明天", "明日", "明早", "明晚"):
        return today + timedelta(days=1)
    if word == "后天":
        return today + timedelta(days=2)
    if word in _WEEKDAYS_EN:
        return today + timedelta(days=(_WEEKDAYS_EN.index(word) - today.weekday()) % 7)
    zh = re.fullmatch(r"(这|下)?(?:周|星期|礼拜)([一二三四五六日天])", word)
    if zh:
        target = _WEEKDAYS_ZH.index(zh.group(2).replace("天", "日"))
        if zh.group(1) == "下":  # 下周一: the Monday of next calendar week
            return today + timedelta(days=7 - today.weekday() + target)
        return today + timedelta(days=(target - today.weekday()) % 7)
    return None


def _part_of_day(word: str | None) -> time | None:
    """A day part named without a clock time: "tomorrow morning" is due by noon."""
    if not word:
        return None
    if word.endswith("morning") or word in ("明早", "今早"):
        return NOON
    if word.endswith("afternoon"):
        return CLOSE_OF_BUSINESS
    return None


def _local(day: date, at_time: time, zone: tzinfo) -> datetime:
    return datetime.combine(day, at_time, tzinfo=zone).astimezone(UTC)


def _next_occurrence(at_time: time, now_local: datetime, zone: tzinfo) -> datetime:
    """A clock time with no day: its next occurrence ("by 5pm" said at 6pm means tomorrow)."""
    candidate = datetime.combine(now_local.date(), at_time, tzinfo=zone)
    if candidate <= now_local:
        candidate += timedelta(days=1)
    return candidate.astimezone(UTC)


def _en_time(m: re.Match[str], prefix: str = "") -> time | None:
    g = m.groupdict()
    named = g.get(prefix + "named")
    if named:
        named = " ".join(named.split())
        if named in ("noon", "midday"):
            return NOON
        if named == "midnight":
            return END_OF_DAY
        if "business" in named or named in ("cob", "close of business"):
            return CLOSE_OF_BUSINESS
        return END_OF_DAY
    if g.get(prefix + "h24") is not None:
        return time(int(g[prefix + "h24"]), int(g[prefix + "m24"]))
    if g.get(prefix + "h") is None:
        return None
    hour, minute = int(g[prefix + "h"]), int(g.get(prefix + "m") or 0)
    if not 1 <= hour <= 12 or minute > 59:
        return None
    pm = g[prefix + "ampm"].startswith("p")
    return time(hour % 12 + (12 if pm else 0), minute)


def _english(folded: str, now_local: datetime, zone: tzinfo) -> list[tuple[datetime, int, int]]:
    found = []
    today = now_local.date()
    for m in _EN_BY.finditer(folded):
        day_word = m.group("day1") or m.group("day2") or m.group("day3")
        day = _on_day(day_word, today)
        at_time = _en_time(m) if m.group("clock") else _part_of_day(day_word)
        if m.group("clock") and at_time is None:
            continue
        if at_time is None:
            if day is None:
                continue
            at_time = END_OF_DAY
        due = _local(day, at_time, zone) if day else _next_occurrence(at_time, now_local, zone)
        found.append((due, m.start(), m.end()))
    for m in _EN_DAY_AT.finditer(folded):
        day = _on_day(m.group("day1") or m.group("day2"), today)
        at_time = _en_time(m) if m.group("clock") else _en_time(m, "x")
        if day is not None and at_time is not None:
            found.append((_local(day, at_time, zone), m.start(), m.end()))
    return found


def _zh_hour(m: re.Match[str]) -> time | None:
    if m.group("hh") is not None:
        return time(int(m.group("hh")), int(m.group("mm"))) if int(m.group("mm")) < 60 else None
    hour = int(_number(m.group("h")))
    minute = 30 if m.group("half") else int(_number(m.group("m"))) if m.group("m") else 0
    part = m.group("part") or ""
    if (part in ("下午", "晚上", "傍晚", "夜里") and hour < 12) or (part == "中午" and hour < 6):
        hour += 12
    if hour == 24 and minute == 0:
        return END_OF_DAY
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _chinese(folded: str, now_local: datetime, zone: tzinfo) -> list[tuple[datetime, int, int]]:
    found = []
    today = now_local.date()
    for m in _ZH_CLOCK.finditer(folded):
        if m.group("day") is None and m.group("before") is None:
            continue  # "下午3点营业" states a time; "下午3点前" or "明天3点" promises one
        at_time = _zh_hour(m)
        if at_time is None:
            continue
        word = m.group("day")
        if word in ("今晚", "明晚") and at_time.hour < 12:
            at_time = time(at_time.hour + 12, at_time.minute)
        day = _on_day(word, today)
        due = _local(day, at_time, zone) if day else _next_occurrence(at_time, now_local, zone)
        found.append((due, m.start(), m.end()))
    for m in _ZH_DAY_ONLY.finditer(folded):
        day = _on_day(m.group("day"), today)
        if day is None:
            continue
        part = m.group("part")
        at_time = CLOSE_OF_BUSINESS if part == "下班" else NOON if part in ("上午", "早上") else END_OF_DAY
        found.append((_local(day, at_time, zone), m.start(), m.end()))
    for m in _ZH_CLOSE.finditer(folded):
        day = _on_day(m.group("day"), today) or today
        found.append((_local(day, CLOSE_OF_BUSINESS, zone), m.start(), m.end()))
    return found


def follow_up_due(text: str, at: datetime, zone: tzinfo = UTC) -> Deadline | None:
    """The earliest time ``text`` promises, counted from ``at`` (an aware datetime); None if it
    promises none. Clock times are read in ``zone``."""
    if at.tzinfo is None:
        raise ValueError("follow_up_due needs an aware datetime")
    folded = fold(text)
    now_local = at.astimezone(zone)
    found = _durations(folded, at, zone) + _english(folded, now_local, zone) + _chinese(folded, now_local, zone)
    if not found:
        return None
    due, start, end = min(found, key=lambda f: (f[0], f[1]))
    return Deadline(due=due.astimezone(UTC), phrase=text[start:end].strip()[:200], start=start, end=end)


# A fixed instant to compare two phrases by (a Monday morning): drafts stay deterministic.
_REFERENCE = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def met_sooner(promised: str, deadline: str) -> bool:
    """Their own deadline is days off ("一週內", "within a week") and the reply already promises
    an answer sooner ("24小时内", "today"): a second, later "final answer by then" only clashes
    with the first (trainers, c30). A deadline within a day or two is always said back."""
    theirs = follow_up_due(deadline, _REFERENCE)
    ours = follow_up_due(promised, _REFERENCE)
    if theirs is None or ours is None:
        return False
    return theirs.due - _REFERENCE >= timedelta(days=2) and ours.due <= theirs.due
