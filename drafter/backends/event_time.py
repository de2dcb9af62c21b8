"""The customer's own event today, and the papers they already hold.

Two readings the satisfy step needs and the story alone gives:

* ``event_clock`` / ``event_soon``: the thing they need it for happens later today ("the party is
  at 4pm today", "婚宴今晚7点开始", "the dinner is tonight"). Every time we promise must fall
  before it — "before 4pm", "within the hour" — never "within 24 hours" (trainers, c33).
* ``held_document``: a document they say they have ("我有搬家證明", "I've got a doctor's note")
  is evidence they offer: we ask them to send it; it is not a certificate for us to issue.
"""

from __future__ import annotations

import re

_OTHER_DAY = re.compile(
    r"\b(?:tomorrow|yesterday|last|next|mon|tues|wednes|thurs|fri|satur|sun)(?:day)?\b"
    r"|明天|明日|聽日|听日|后天|後天|昨天|昨日|尋日|寻日|上周|上週|下周|下週|星期|禮拜|礼拜|[0-9一二三四五六七八九十]+[号號月]",
    re.IGNORECASE,
)
_EN_TODAY = r"(?:today|tonight|this (?:morning|afternoon|evening))"
_EN_CLOCK = r"(?P<c>\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\b\.?)"
# "is at 4pm today", "starts at 7pm tonight", "today at 4pm" — the clock and the day in one clause;
# "at" marks the event's own time, not a deadline ("by 4pm" is read elsewhere).
_EN_EVENT_CLOCK = re.compile(
    rf"\b(?:is|are|'s|starts?|begins?|kicks off|for)\s+(?:at\s+)?(?:{_EN_CLOCK} {_EN_TODAY}\b"
    rf"|{_EN_TODAY} at {_EN_CLOCK.replace('?P<c>', '?P<c2>')})",
    re.IGNORECASE,
)
# "the party is tonight", "the wedding's this afternoon", "we fly out tonight": later today, no clock.
_EN_EVENT_SOON = re.compile(
    r"\b(?:is|are|'s|starts?|begins?|leaves?|leave|fly|flies|opens?)\s+(?:out\s+)?"
    r"(?:tonight|this (?:afternoon|evening)|later today|in (?:a few|an?|two|three|\d) hours?)\b",
    re.IGNORECASE,
)
_ZH_DAY = r"(?:今天|今日|今晚|今早|今朝)"
_ZH_PART = r"(?:早上|上午|中午|下午|傍晚|晚上|夜晚|下晝|下昼|晏晝|朝早|夜晚)"
_ZH_NUM = r"[0-9一二三四五六七八九十两兩]{1,3}"
_ZH_CLOCK = rf"(?P<c>{_ZH_PART}?\s*{_ZH_NUM}(?:[:：][0-9]{{2}}|[点點](?:[0-9一二三四五六七八九十]{{1,3}}分|半)?))"
# "今天下午4点的派对", "婚宴今晚7点开始", "今日下晝4點": the day then the clock, not a "前" deadline.
# 开始 only at the clause's end: "今天早上7点开始停电了" is when a fault began, no event to come.
_ZH_EVENT_CLOCK = re.compile(
    rf"{_ZH_DAY}\s*{_ZH_CLOCK}(?=\s*(?:的|嘅|就|要|有|(?:開始|开始)(?=[，。！？!?,\s]|$)|舉行|举行|出發|出发|開席|开席|入席|登機|登机))"
)
# "今晚就要用", "派對今晚開始", "今天下午要用": later today, no clock.
_ZH_EVENT_SOON = re.compile(
    r"(?:今晚|今天晚上|今日晚上|今天下午|今日下午|今天傍晚)(?:就|便)?(?:要|開始|开始|舉行|举行|出发|出發)"
)


def _clause(text: str, start: int, end: int) -> str:
    """The sentence a match sits in (an "other day" there makes the event not today)."""
    left = max(text.rfind(p, 0, start) for p in ".!?。！？\n")
    rights = [i for i in (text.find(p, end) for p in ".!?。！？\n") if i >= 0]
    return text[left + 1 : min(rights) if rights else len(text)]


def event_clock(text: str, zh: bool) -> str | None:
    """The promise time before their event today ("before 4pm", "下午4点前"), or None."""
    m = (_ZH_EVENT_CLOCK if zh else _EN_EVENT_CLOCK).search(text)
    if m is None or _OTHER_DAY.search(_clause(text, m.start(), m.end())):
        return None
    said = m.group(0) if zh else (m.group("c") or m.group("c2"))
    clock = re.sub(r"\s+", "", said) if zh else re.sub(r"\s+", " ", said).rstrip(".")
    return f"{clock}前" if zh else f"before {clock}"


def event_soon(text: str, zh: bool) -> bool:
    """Their event is later today with no clock ("the party is tonight", "今晚就要用")."""
    m = (_ZH_EVENT_SOON if zh else _EN_EVENT_SOON).search(text)
    return m is not None and not _OTHER_DAY.search(_clause(text, m.start(), m.end()))


_ZH_PAPER = (
    r"(?:证明书|證明書|证明|證明|证书|證書|收据|收據|发票|發票|单据|單據|凭证|憑證"
    r"|截图|截圖|合同|合約|合约|记录|紀錄|记錄|照片|相片)"
)
# "我有搬家證明", "我已經有醫生證明", "我手上有收據": the customer holds it. Not "我有要求開證明"
# (asked for one), "我沒有證明" (none), nor "我要一份證明" (wanted).
_ZH_HELD = re.compile(
    r"(?:我|本人)(?:手上|手头|手頭|这边|這邊|呢度)?(?:都|也)?(?:已经|已經|早就|早已)?(?:有|持有|保留了?|留了?)"
    r"(?!要|请|請|申|问|問|去|找|叫|打|跟|和|同|说|說|没|沒|無|无|冇|需)"
    rf"(?P<d>[\u4e00-\u9fff]{{0,8}}?{_ZH_PAPER})"
)
_EN_PAPER = (
    r"(?:certificate|proof(?: of [a-z]+)?|receipt|letter|note|screenshots?|photos?|invoice"
    r"|document(?:ation)?|statement|records?|contract)"
)
# "I have a moving certificate", "I've got the receipt", "I already have proof": held. Not "I have
# to get a certificate", "I have asked for a letter", "I have no proof".
_EN_HELD = re.compile(
    r"\bI(?: already| still)?(?: have|'ve)(?: got| already(?: got)?| still)?\s+"
    r"(?!to\b|asked\b|requested\b|no\b|not\b|never\b)"
    rf"(?P<d>(?:(?:a|an|the|my|all the|all my|written|some)\s+)?(?:[a-z'-]+\s+){{0,2}}?{_EN_PAPER})\b",
    re.IGNORECASE,
)


def held_document(text: str, zh: bool) -> str | None:
    """The document the customer says they already have, as they named it, or None."""
    m = (_ZH_HELD if zh else _EN_HELD).search(text)
    if m is None:
        return None
    doc = m.group("d")
    if zh:
        doc = re.sub(r"^(?:一份|一張|一张|份|張|张|了)", "", doc)
        return doc or None
    return re.sub(r"^(?:a|an|the|my|all the|all my|some)\s+", "", doc, flags=re.IGNORECASE) or None
