"""Asked to have it sent to them, or where to collect it (session 14, trainers on c34).

Why: "请尽快把报告寄给我，或者告诉我可以去哪里领", "能不能邮寄", "mail it or let me pick it up" were met
with "24小时内告诉您最新进展" only, their either/or never answered (c34a-014, c34a-029). The ask is read
by its shape: a clause that asks (a please, a can-you, a question) for something to be sent to them,
not a clause that tells what we said we would do ("当时说两周会寄报告") or did ("已经寄了").
"""

from __future__ import annotations

import re

from drafter.guard.normalize import fold

_SEND_WORD = re.compile(r"寄|\b(?:mail|post|send|courier|ship)", re.I)
_ZH_CLAUSE = re.compile(r"[^，,。；;！!？?\n]+[？?]?")
_ZH_SEND = re.compile(r"邮寄|寄(?:给|俾|畀|到|过来|过嚟|来|回|出|送)?")
_ZH_ASKING = re.compile(
    r"^(?:那|就|直接|或者|或是|或|还是)?(?:请|麻烦|唔该|告诉我|话我知|能不能|可不可以|能否|可否|是否可以|可以|可唔可以|得唔得|尽快|马上|直接)"
    r"|[吗嘛呢？?]$|能不能|可不可以|能否|可否|得唔得|可唔可以"
)
_ZH_TOLD = re.compile(r"说|讲|话|答应|承诺|已经|已|寄了|寄出了|寄咗|收到")
_ZH_COLLECT = re.compile(
    r"(?:去|到|嚟|来)(?:哪里|哪儿|哪|什么地方|边度|边)[^，。？?]{0,4}(?:领|取|拿|攞)|自取|自己(?:去|来|嚟|过来)?(?:领|取|拿|攞)"
    r"|(?:领|取|拿|攞)(?:卡|件|货|报告)?(?:的)?(?:地点|地方)"
)

_EN_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_EN_SEND = re.compile(r"\b(?:mail|post|send|courier|ship)\b (?:it|them|(?:the|my) \w+)(?: \w+)?\b(?! (?:was|were)\b)")
_EN_ASKING = re.compile(r"\b(?:please|can you|could you|would you|can it|could it|can they|just|or)\b|\?$", re.I)
_EN_TOLD = re.compile(r"\b(?:said|promised|told|were supposed to|was supposed to|already|you'd|would be)\b", re.I)
_EN_COLLECT = re.compile(
    r"\b(?:pick (?:it |them )?up|collect (?:it|them)|come (?:in|by) (?:and|to) (?:get|collect))\b", re.I
)


def send_or_collect(text: str, zh: bool) -> str | None:
    """ "either" when they ask it sent or where to collect it, "send" when only sent; else None."""
    if not _SEND_WORD.search(text):
        return None  # most complaints: nothing sent or posted asked about
    send = collect = mailed = False
    if zh:
        for clause in _ZH_CLAUSE.findall(fold(text)):
            c = clause.strip()
            asking = _ZH_ASKING.search(c) is not None and _ZH_TOLD.search(c) is None
            send = send or (asking and _ZH_SEND.search(c) is not None)
            collect = collect or (asking and _ZH_COLLECT.search(c) is not None)
            mailed = mailed or (_ZH_CAN.search(c) is not None and _ZH_MAIL.search(c) is not None)
    else:
        for sentence in _EN_SENTENCE.findall(text):
            s = sentence.strip()
            if _EN_TOLD.search(s) or not _EN_ASKING.search(s):
                continue
            send = send or _EN_SEND.search(s) is not None
            collect = collect or _EN_COLLECT.search(s) is not None
            mailed = mailed or _EN_MAIL.search(s) is not None
    if send and collect:
        return "either"
    return "send" if mailed else None


# Alone, only the post asked as a possibility ("能不能邮寄", "can you post it instead"): "寄给我" beside a
# replacement or a refund is the remedy itself, answered by it.
_ZH_CAN = re.compile(r"能不能|可不可以|能否|可否|是否可以|可唔可以|得唔得|[吗嘛][？?]?$|[？?]$")
_ZH_MAIL = re.compile(r"邮寄|寄过来|寄过嚟|寄俾我|寄畀我|寄给我")
_EN_MAIL = re.compile(r"\b(?:can|could|would) (?:you|it|they|we) (?:be )?(?:mail|post)(?:ed)?\b", re.I)


_SAID_ZH = re.compile(r"邮寄|寄给|寄出|寄送|自取|领取")
_SAID_EN = re.compile(r"\b(?:post|mail|send|courier|collect|pick)\w*\b", re.I)


def send_said(reply: str, zh: bool) -> bool:
    """Our answer already speaks of sending it or of collecting it."""
    parts = re.split(r"(?<=[。！？])|(?<=[.!?])\s+", fold(reply) if zh else reply)
    ours = [p for p in parts if not _ECHO.match(p.strip())]  # their request said back is not our answer
    return any((_SAID_ZH if zh else _SAID_EN).search(p) for p in ours)


_ECHO = re.compile(r"您(?:希望|要求|想|问|要)|\bYou(?:'d| would)? (?:like|want|asked|need)", re.I)
