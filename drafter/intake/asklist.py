"""A list of requests under a heading ("What I want:\\n1. A refund of £20\\n2. A call back",
"我的要求：一、赔偿维修费；二、书面回复") written out as one request per sentence.

Why a rewrite before restating: read as it stands, the heading is a request with no object
("You'd like") and the items are story fragments ("a refund of the $80 difference, a copy of
the invoice"), so none is answered. Each item as its own "I'd like …" / "我要求…" sentence goes
through the ordinary request reading, and every one is answered. Headings are data
(``ask_lists`` in prompts/restate.yaml); a list under any other heading is left alone."""

from __future__ import annotations

import re
from functools import cache

# A list item's marker: "-", "•", "1.", "1)", "(1)", "a)", "①", "一、", "（一）", "第一，".
_ZH_NUM = "一二三四五六七八九十"
_NUMBERED = (
    r"(?:\(?\d{1,2}[.)、）](?!\d)|[（(]\d{1,2}[)）]|\(?[a-e][.)](?=\s)|[①②③④⑤⑥⑦⑧⑨⑩]"
    rf"|[{_ZH_NUM}][、.．]|[（(][{_ZH_NUM}][)）]|第[{_ZH_NUM}][，,、:：]?|(?<![\u4e00-\u9fff])[{_ZH_NUM}]是(?=[\u4e00-\u9fff]))"
)
_BULLET = r"[-–—•*·▪]"
_MARK = rf"(?:{_BULLET}|{_NUMBERED})"
_ITEM = re.compile(rf"^\s*{_MARK}\s*")
# Inside one line: a marker after a separator ("I'd like: - a refund; - a call"), or a bracketed
# number after a space ("(1) a refund (2) a call").
_INLINE = re.compile(
    rf"(?:^|(?<=[;；,，。.:：?？!！]))\s*(?:{_BULLET}\s+|{_NUMBERED}\s*)|(?<=\s)[（(](?:\d{{1,2}}|[{_ZH_NUM}]|[a-e])[)）]\s*"
)
_END = re.compile(r"[\s;；,，。.!！?？、]+$|\s+(?:and|or)$|[和及]$")
# A heading that asks to be told things ("我要知道：", "What I need to know:", "兩個問題："): its
# items are questions, answered as such, not requests to be granted.
_KNOW_HEAD = re.compile(r"知道|想问|想問|请问|請問|问题|問題|\bknow\b|\bquestions?\b", re.IGNORECASE)
# A heading that reports what went wrong ("想反映幾件事：", "I want to report three issues:",
# "投诉以下问题："): its items are the complaint's story, told one by one, not requests. Written
# as requests they come back backwards ("您要求今年管理费由1,980加到2,380").
_REPORT_HEAD = re.compile(
    r"反映|反应|投诉|投訴|举报|舉報|吐槽|情况如下|情況如下|问题如下|問題如下|经过|經過"
    r"|\b(?:report|complain|complaint|issues?|problems?|what happened|went wrong|timeline)\b",
    re.IGNORECASE,
)
# ... unless the heading asks as well ("To fix these issues I want:", "我的要求如下："): then it is a list of asks.
_ASK_HEAD = re.compile(r"要求|诉求|訴求|希望|请求|請求|\b(?:want|like|need|request|expect|asking)\b", re.IGNORECASE)
# A heading without a colon must say how many items follow ("I need three things.", "有三点要求。").
_COUNTED = re.compile(
    r"\b(?:two|three|four|five|2|3|4|5|a few|several|some)\s+(?:things|requests|points|questions|asks)\b"
    r"|[两兩二三四五几幾]\s*(?:点|點|件事|个要求|個要求|项要求|項要求|个问题|個問題|个诉求|個訴求)",
    re.IGNORECASE,
)
_NOUN_START = re.compile(
    r"^(?:a|an|the|my|our|some|any|full|partial|written|formal|proper|confirmation|compensation"
    r"|refund|replacement|apology|explanation|copy|call|callback|reply|response|credit|discount"
    r"|voucher|someone|somebody|a manager|the manager|[£$€¥]|\d)\b|^[£$€¥\d]",
    re.IGNORECASE,
)
# "refund the fee", "call me": a verb that is also a noun, used as a verb
_VERB_FIRST = re.compile(
    r"(?:refund|call|credit|replace|reply|respond|copy|discount)\s+(?:the|my|me|it|this|us|all)\b", re.IGNORECASE
)
_VERB_OF = re.compile(r"^\w+\s+(?:of|for|to)\b", re.IGNORECASE)


# A heading that says how many items follow, with its colon ("麻烦两件事一起处理：", "兩樣嘢：",
# "Two things:"): a list heading whatever its words.
_COUNTED_HEAD = re.compile(
    r"^(?P<before>(?:.*[.!?。！？]\s*)?)"
    r"(?P<head>[^\n:：.!?。！？]{0,16}?(?:\b(?:two|three|four|2|3|4)\s+(?:things|requests|points|asks)\b"
    r"|[两兩二三四]\s*(?:点|點|件事|样|樣|个要求|個要求|项|項))[^\n:：.!?。！？]{0,12}?)[:：]\s*(?P<rest>.*)$",
    re.IGNORECASE,
)


# The words of a counted heading that ask ("请", "麻烦…处理", "please"), and an item that tells
# what happened ("the food was cold", "送晚了"): the heading's items are requests only with the first
# or without the second.
_ASKING_HEAD = re.compile(
    r"请|請|麻烦|麻煩|唔该|唔該|处理|處理|搞掂|帮|幫|要求|希望|\b(?:please|pls|want|need|like|asking|request)\b",
    re.IGNORECASE,
)
_TOLD = re.compile(r"\b(?:was|were|had|did|is|are)\b|了|过|過|咗", re.IGNORECASE)


def _counted_ask_head(line: str) -> re.Match[str] | None:
    """A counted heading with its colon that heads requests: it asks, or its items tell nothing."""
    m = _COUNTED_HEAD.match(line)
    if m is None or _ASKING_HEAD.search(m.group("head")):
        return m
    bare = re.fullmatch(r"\s*(?:(?:the\s+)?(?:two|three|four|2|3|4)\s+\w+|[两兩二三四]\s*\w{1,3})\s*", m.group("head"))
    return m if bare and not _TOLD.search(m.group("rest")) else None


@cache
def _heading(words: tuple[str, ...]) -> re.Pattern[str]:
    """A heading: one of ``words``, a few words round it, and a colon ending the line or
    followed by the first item; after the line's earlier sentences, if any (``before``)."""
    alternation = "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"
    return re.compile(
        r"^(?P<before>(?:.*[.!?。！？]\s*)?)"
        rf"(?P<head>[^\n:：.!?。！？]{{0,24}}?(?:{alternation})[^\n:：.!?。！？]{{0,16}}?)[:：]\s*(?P<rest>.*)$",
        re.IGNORECASE,
    )


def _items(rest: str, following: list[str]) -> tuple[list[str], int]:
    """The items after a heading: inline ones on its own line, else the marked lines that
    follow; and how many following lines they took."""
    items: list[str] = []
    if rest.strip():
        parts = [p for p in _INLINE.split(rest) if p and p.strip()]
        if len(parts) < 2 and not _ITEM.match(rest):
            return [], 0
        items = parts
    used = 0
    for line in following:
        if not line.strip():
            if items:
                break
            used += 1
            continue
        m = _ITEM.match(line)
        if not m:
            break
        items.extend(p for p in _INLINE.split(line[m.end() :]) if p and p.strip())
        used += 1
    cleaned = (_END.sub("", _ITEM.sub("", i, count=1).strip()) for i in items)
    return [i for i in cleaned if i], used


# How many items a counted heading promises ("two things", "两件事", "兩樣"); None for "a few".
_COUNT_WORDS = {"two": 2, "2": 2, "两": 2, "兩": 2, "二": 2, "three": 3, "3": 3, "三": 3, "four": 4, "4": 4, "四": 4}
_COUNT_OF = re.compile(
    r"\b(two|three|four|2|3|4)\s+(?:things|requests|points|asks)\b|([两兩二三四])\s*(?:点|點|件|样|樣|个|個|项|項)",
    re.IGNORECASE,
)
# Unmarked items of a counted heading, side by side in one sentence: "补发炸篮，再把发票开给我",
# "按HK$168續約，同埋取消個add-on", "waive the fee, and cancel the add-on".
_SIDE_BY_SIDE = re.compile(
    r"\s*[,，;；、]\s*(?:(?:and|also|then|plus)\s+|(?:再|还有|還有|另外|同埋|以及|并且|並且|并|並|和|及|仲有|然后|然後)\s*)?"
    r"|\s+and\s+(?:also\s+)?",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[。！？!?])|(?<=[a-z0-9)][.])\s+(?=[A-Z])")


def _counted_items(head: str, rest: str) -> tuple[list[str], str]:
    """The unmarked items after a heading that says how many follow, when its first sentence
    splits into exactly that many; and the rest of the line after that sentence."""
    m = _COUNT_OF.search(head)
    if m is None:
        return [], rest
    n = _COUNT_WORDS[(m.group(1) or m.group(2)).lower()]
    first, *after = _SENTENCE_END.split(rest.strip(), maxsplit=1)
    parts = [p.strip() for p in _SIDE_BY_SIDE.split(_END.sub("", first)) if p and p.strip()]
    if len(parts) != n or any(len(p) < 2 for p in parts):
        return [], rest
    if _ASKING_HEAD.search(head) is None and _TOLD.search(first):
        return [], rest  # "I have two things to say: the food was cold, and it was late"
    return parts, "".join(after).strip()


def _know_sentence(item: str, language: str) -> str:
    """ "When will you reopen?" under a know heading -> a question, read as one."""
    if language == "en":
        return item[0].upper() + item[1:] + "?"
    item = re.sub(r"^(?:请|請)?(?:告诉我|告訴我)", "", item)
    item = item.replace("怎么", "如何").replace("怎麼", "如何")  # written, not spoken: "如何退"
    return "我想知道" + re.sub(r"[，,]\s*", "", item) + "？"  # one clause: "如果不开剩下的怎么退"


def _en_sentence(item: str) -> str:
    """ "a refund of $80" -> "I'd like a refund of $80."; "refund the fee" -> "Please refund the fee." """
    if re.match(r"(?:i|we)\b|please\b|kindly\b", item, re.I):
        return item[0].upper() + item[1:] + "."
    if _NOUN_START.match(item) and not _VERB_FIRST.match(item):
        return "I'd like " + item[0].lower() + item[1:] + "."
    if _VERB_OF.match(item) and item.split()[0].lower().endswith(("ment", "tion", "sion", "ance", "ence")):
        return "I'd like " + item[0].lower() + item[1:] + "."
    return "Please " + item[0].lower() + item[1:] + "."


def _zh_sentence(item: str) -> str:
    if re.match(r"(?:我|本人|请|請|希望|要求|務必|务必|必须|必須)", item):
        return item + "。"
    if re.match(r"(?:告诉|告訴)", item):
        return "请" + item + "。"  # "告诉我哪家门店有货": asked of us, not a demand about a thing
    return "我要求" + item + "。"


# The last item running on into the next sentence ("怎么退？请三天内回复"): the rest is kept as written.
_RUN_ON = re.compile(r"(?<=[?？!！。])\s*(?=\S)|(?<=[a-z0-9][.])\s+(?=[A-Z])")


def _sentence(item: str, language: str, know: bool) -> str:
    head, *tail = _RUN_ON.split(item, maxsplit=1)
    head = _END.sub("", head)
    said = _know_sentence(head, language) if know else _en_sentence(head) if language == "en" else _zh_sentence(head)
    return said + ("".join(" " + t if language == "en" else t for t in tail))


def _reports(head: str) -> bool:
    """A heading over the story told item by item, not over requests."""
    return _REPORT_HEAD.search(head) is not None and _ASK_HEAD.search(head) is None


def _counted_heading(line: str, heading: re.Pattern[str]) -> str | None:
    """ "I need three things." on a line of its own: a heading without its colon. Returns the
    line's earlier sentences (kept), or None when the line is not one."""
    m = heading.match(re.sub(r"[.。!！]?\s*$", ":", line, count=1))
    if m is None or m.group("rest").strip() or not _COUNTED.search(m.group("head")):
        return None
    if _reports(m.group("head")):
        return None  # "I have three complaints." tells a story; its items are not requests
    return m.group("before")


def rewrite(text: str, language: str, headings_en: tuple[str, ...], headings_zh: tuple[str, ...]) -> str:
    """``text`` with every request list under an ask heading written one request per sentence."""
    if ":" not in text and "：" not in text and not _COUNTED.search(text):
        return text
    heading = _heading(headings_en if language == "en" else headings_zh)
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        m = heading.match(line.strip()) or _counted_ask_head(line.strip())
        if m and not _reports(m.group("head")):
            items, used = _items(m.group("rest"), lines[i + 1 :])
            tail = ""
            if not items:
                items, tail = _counted_items(m.group("head"), m.group("rest"))
            if len(items) >= 2 or (items and used):
                know = _KNOW_HEAD.search(m.group("head")) is not None
                joiner = " " if language == "en" else ""
                said = joiner.join(_sentence(item, language, know) for item in items)
                out.append(m.group("before") + said + (joiner + tail if tail else ""))
                i += 1 + used
                continue
        counted = _counted_heading(line.strip(), heading)
        if counted is not None:
            items, used = _items("", lines[i + 1 :])
            if len(items) >= 2:
                joiner = " " if language == "en" else ""
                out.append(counted + joiner.join(_sentence(item, language, False) for item in items))
                i += 1 + used
                continue
        out.append(line)
        i += 1
    return "\n".join(out)
