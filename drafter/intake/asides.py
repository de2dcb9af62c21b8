"""Words told in passing that phrase lists read as a hazard or a threat: a milkshake that melted,
an illness the customer has got over, someone else's words in quotes, the customer's own boss.

Each reader drops the hits it explains from a :class:`Scan` before escalation is decided, so a
missing side order told by someone "home sick last week" is not a safety case, and a guard who
said 「你自己去找警察」 is no legal threat of the customer's.
"""

from __future__ import annotations

import re

from drafter.intake.config import Scan, Span
from drafter.prefilter import gated

_CLAUSE_END = ".!?;。！？；\n"


def _clause(folded: str, start: int, end: int) -> str:
    left = max(folded.rfind(ch, 0, start) for ch in _CLAUSE_END)
    right = min((i for i in (folded.find(ch, end) for ch in _CLAUSE_END) if i >= 0), default=len(folded))
    return folded[left + 1 : right]


# ---------------------------------------------------------------- food or ice that melted

_MELT = re.compile(r"\bmelt(?:ed|ing|s)?\b|融化|溶化|化晒|化了|化咗|溶咗|溶了")
# What melts when it is only warm: a frozen or a chilled thing, in the same clause.
_MELTS_WHEN_WARM = re.compile(
    r"\b(?:ice[- ]?creams?|ice|iced|ice lolly|ice lollies|popsicles?|lollies|gelato|sorbet|frozen|(?:milk)?shakes?|"
    r"smoothies?|frapp[eé]s?|frappuccinos?|sundaes?|slush(?:ie|y)?|chocolates?|cheese|butter|icing|frosting|"
    r"cream|cakes?|desserts?|cones?)\b"
    r"|冰淇淋|冰激凌|冰淇林|雪糕|雪条|冰棍|冰棒|冰条|冰沙|奶昔|沙冰|冰块|冰粒|冰|冷冻|冷冻品|冻品|速冻|巧克力|朱古力|芝士|奶酪|"
    r"黄油|牛油|奶油|蛋糕|甜品|甜点|冻饮|凍飲|冷饮"
)


# ...unless the clause names something electrical that could be what melted.
_ELECTRICAL = re.compile(
    r"\b(?:plugs?|sockets?|outlets?|cables?|wires?|wiring|chargers?|batter(?:y|ies)|motors?|adapters?|power|"
    r"fuse|circuit|switch|heater|appliance|machine)\b|插头|插座|电线|电源|充电|电池|电机|马达|机器|电器|开关|保险丝"
)


def _melted_food(scan: Scan) -> list[Span]:
    folded = scan.folded
    out = []
    for m in _MELT.finditer(folded):
        clause = _clause(folded, m.start(), m.end())
        if _MELTS_WHEN_WARM.search(clause) and not _ELECTRICAL.search(clause):
            out.append(m.span())
    return out


# ---------------------------------------------------------------- an illness they have got over

# Dated before now, or told as over (刚好, "got over it").
_BEFORE = re.compile(
    r"上个月|上周|上星期|上礼拜|去年|前几天|前阵子|之前|早前|上次|前段时间|前两周|前两个星期|刚好|已经好了|好返|康复|痊愈"
    r"|\blast (?:month|week|year|spring|summer|autumn|fall|winter|weekend)\b|\b(?:weeks|months|days) ago\b"
    r"|\bearlier this (?:year|month)\b|\b(?:recovered|got over|getting over|better now)\b"
)
# Something of ours caused it (anywhere in the message), or it is still going on (in its clause):
# never an aside.
_CAUSED = re.compile(
    r"吃了|吃完|吃过|吃后|吃[^，。！？,.!?\n]{0,6}后|食咗|食完|喝了|喝完|喝过|饮咗|饮完|中毒|导致|引起|害我|害得|因为你们"
    r"|\b(?:ate|eaten|drank|caused|poison\w*|because of (?:your|the|this|that))\b"
    r"|\bafter (?:eating|drinking|(?:the|your|our|my|that|this) "
    r"(?:meal|food|order|dinner|lunch|breakfast|takeaway|delivery))\b"
)
_CAUSED = gated(_CAUSED)
_STILL = re.compile(r"还没好|还没有好|仲未好|仍然|现在还|到现在|一直|\b(?:still|now|since)\b")


def _illness_got_over(scan: Scan) -> list[Span]:
    folded = scan.folded
    if _CAUSED.search(folded):
        return []
    ill = [*scan.get("cat:illness"), *scan.get("esc:illness"), *scan.get("haz:illness")]
    return [s for s in ill if _BEFORE.search(clause := _clause(folded, *s)) and not _STILL.search(clause)]


# ---------------------------------------------------------------- someone else's words in quotes

_OPEN = '「『“‘"'
_CLOSE = {"「": "」", "『": "』", "“": "”", "‘": "’", '"': '"'}
# A verb of saying right before the quote, said to the customer by someone else.
_SAID = re.compile(
    r"(?:说|讲|话|回我|回答我?|答我|回复我?|回覆我?|告诉我|对我说|跟我说|同我讲|叫我|表示|讲埋|话我)\s*(?:道)?\s*[:：,，]?\s*$"
    r"|\b(?:said|says|told me|told us|replied|answered|responded|snapped|shouted)\b\s*[:,]?\s*$"
)
# ...but not the customer's own words ("我跟他说：", "I told them:"); 跟我说 / 回我 are someone else's.
_SELF = re.compile(
    r"(?<![跟对同和给向回叫])我[^，。！？,\s]{0,4}?(?:说|讲|回答|回复|告诉|问|话)"
    r"|\bi (?:\w+ )?(?:said|told|replied|answered|asked)\b"
)


def _quoted_remarks(scan: Scan, blocks: tuple[str, ...]) -> list[Span]:
    text, folded = scan.text, scan.folded
    out: list[Span] = []
    for block in blocks:
        for start, end in scan.get(block):
            opener = max(text.rfind(q, 0, start) for q in _OPEN)
            if opener < 0 or start - opener > 80:
                continue
            mark = text[opener]
            if mark == '"':
                if text.count('"', 0, start) % 2 == 0:
                    continue  # the last " closed a quote
            elif _CLOSE[mark] in text[opener:start]:
                continue
            before = folded[max(0, opener - 24) : opener]
            if _SAID.search(before) and not _SELF.search(before):
                out.append((start, end))
    return out


# ---------------------------------------------------------------- the customer's own boss

# 跟领导请了半天假, 被主管骂: someone the customer answers to at work, not a manager of ours.
_OWN_BOSS_AFTER = re.compile(r"^(?:那里|那边|那儿)?(?:请|批|准)(?:了|咗)?[^，。！？,.!?\n]{0,5}假|^(?:骂|批评|扣)")
_OWN_BOSS_BEFORE = re.compile(r"(?:被|挨)$")


def _own_boss(scan: Scan) -> list[Span]:
    folded = scan.folded
    return [
        (a, b)
        for a, b in scan.get("esc:manager_demand")
        if _OWN_BOSS_AFTER.match(folded[b : b + 12]) or _OWN_BOSS_BEFORE.search(folded[max(0, a - 2) : a])
    ]


_THREATS = ("esc:legal", "esc:media", "esc:consumer_association", "esc:manager_demand", "ask:manager")


def drop_asides(scan: Scan) -> None:
    """Drop the hits that are told in passing, not a hazard now or a threat of the customer's."""
    scan.drop_within(("haz:fire", "esc:safety"), _melted_food(scan))
    scan.drop_within(("cat:illness", "esc:illness", "haz:illness"), _illness_got_over(scan))
    scan.drop_within(_THREATS, _quoted_remarks(scan, _THREATS))
    scan.drop_within(("esc:manager_demand", "ask:manager"), _own_boss(scan))
