"""What was theirs, taken or held by our mistake, and where the thing asked for is (round s10rest).

Why a module of its own: intake (the category) and Satisfy (the answer) both need to know when a
sum or a count was taken in error. Trainers marked down replies that sent putting it back to a
manager for approval: a wrong debit ("took £640 instead of £64"), an overcharge after a plan change
that was not applied ("降档了还扣¥128", "多扣的60元"), sessions or credits deducted for classes that
never happened ("课时还照扣") are corrections of our own error, not compensation. And a request
about a shared place (a lobby, a corridor, a car park, the entry system) is answered for that place,
not with a visit to the flat. Each reader is a clause shape; every text is folded first (lower case,
Simplified, apostrophes as spaces)."""

from __future__ import annotations

import re
from functools import lru_cache

from drafter.guard.normalize import fold

_HAN = re.compile(r"[\u4e00-\u9fff]")
_CUR = r"(?:[$£€¥]|(?:hk|nt|us|rm|s|a|c)\$|rmb|hkd|twd|usd|gbp|eur)?\s?"
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A sum taken where another was due: "took £640 instead of £64", "charged $120 rather than $12",
# "扣了640块，应该是64块", "收咗HK$640，應該係HK$64".
_EN_INSTEAD = re.compile(
    rf"\b(?:took|taken|charged|debited|billed|deducted|withdrew|withdrawn|collected|charging|taking)\b"
    rf"[^.!?\n]{{0,30}}?(?P<a>{_CUR}(?:{_NUM}))\s*(?:instead of|rather than|not)\s+(?:the\s+)?"
    rf"(?P<b>{_CUR}(?:{_NUM}))"
)
_ZH_INSTEAD = re.compile(
    rf"(?:扣|收|刷|划|劃|付)(?:了|咗|左|走)?(?:我)?(?:的)?[^，。！？!?\n]{{0,8}}?(?P<a>{_CUR}(?:{_NUM}))(?!\d)\s?(?:元|块|蚊|圆)?"
    rf"[，,\s]*(?:但|但是|可是|而)?(?:实际|其实|本来|原本|明明)?(?:应该|应当|应|应该是|本应|係|系)?"
    rf"(?:是|係|系)?(?:只)?(?:扣|收)?\s?(?P<b>{_CUR}(?:{_NUM}))\s?(?:元|块|蚊|圆)?"
)
# (?!\d): a sum is whole, never "300" read as 30 taken and 0 due ("收费比报价多了300元").
# The sum due said first ("应该是64元，结果扣了640", "should have been £64 but you took £640").
_EN_DUE_FIRST = re.compile(
    rf"\b(?:should (?:have been|be|only be)|was meant to be|supposed to be|is only|was only)\s+(?P<b>{_CUR}(?:{_NUM}))"
    rf"[^.!?\n]{{0,40}}?\b(?:took|taken|charged|debited|billed|deducted|withdrew|withdrawn|collected)\b"
    rf"[^.!?\n]{{0,12}}?(?P<a>{_CUR}(?:{_NUM}))"
)
# The price quoted set against the sum taken ("charged me $96.40 when the quote was $61", "the
# estimate was £80 but you billed £140", "报价61元，结果扣了96元"): a wrong sum taken as much as one
# "instead of" another.
_DUE_NOUN = r"(?:quote|quoted (?:price|fare|amount)|estimate|estimated (?:price|fare|cost)|agreed (?:price|fare|amount)"
_DUE_NOUN += r"|advertised price|listed price|price (?:shown|quoted|on the app))"
_EN_QUOTED = re.compile(
    rf"\b(?:took|taken|charged|debited|billed|deducted|charging)\b[^.!?\n]{{0,30}}?(?P<a>{_CUR}(?:{_NUM}))"
    rf"[^.!?\n]{{0,12}}?\b(?:when|but|while|whereas|though|although|and)\s+(?:the\s+|my\s+|your\s+)?{_DUE_NOUN}"
    rf"\s+(?:was|said|showed|is|of)\s+(?:only\s+|just\s+)?(?P<b>{_CUR}(?:{_NUM}))"
)
_EN_QUOTED_FIRST = re.compile(
    rf"\b(?:the\s+)?{_DUE_NOUN}\s+(?:was|said|showed|is|of)\s+(?:only\s+|just\s+)?(?P<b>{_CUR}(?:{_NUM}))"
    rf"[^.!?\n]{{0,40}}?\b(?:took|charged|debited|billed|deducted)\b[^.!?\n]{{0,12}}?(?P<a>{_CUR}(?:{_NUM}))"
)
_ZH_DUE_FIRST = re.compile(
    rf"(?:应该|应当|本应|本来|原本|明明|应收|应扣|报价|标价|说好|讲好)(?:的)?(?:是|係|系)?(?:只|才)?(?:扣|收)?\s?(?P<b>{_CUR}(?:{_NUM}))"
    rf"[^。！？!?\n]{{0,12}}?(?:扣|收|刷|划|劃)(?:了|咗|左|走)?(?:我)?\s?(?P<a>{_CUR}(?:{_NUM}))"
)
# Literals one of which every wrong-debit shape holds: a sum set against another.
_DIGITS = "0123456789"
_CUES = (
    "instead of",
    "rather than",
    " not ",
    "should",
    "meant to be",
    "supposed to be",
    " only ",
    "应该",
    "应当",
    "本应",
    "本来",
    "原本",
    "明明",
    "应收",
    "应扣",
    "quote",
    "estimate",
    "agreed",
    "advertised",
    "报价",
    "标价",
    "说好",
    "讲好",
)
_MONEYISH = re.compile(r"[$£€¥]|\b(?:hk|nt|us|rm|rmb|hkd|twd|usd|gbp|eur)\b|元|块|蚊|圆")
_ZH_DUE = re.compile(r"应该|应当|本应|本来|原本|明明|应收|应扣|报价|标价|说好|讲好")
# Charged more than agreed ("overcharged", "charged too much", "多扣的60元", "多收了"), or the old
# price still taken after a change we were asked to make ("降档了还扣¥128", "downgraded … still charged").
_OVER = re.compile(
    r"\bover-?charg\w*|\bcharged (?:me |us )?(?:too much|more than|extra|the (?:old|higher|full|previous) "
    r"(?:price|rate|fee|amount|plan))\b|\b(?:still|again) (?:being )?(?:charged|billed|debited)\b[^.!?\n]{0,30}"
    r"\b(?:old|previous|higher|former) (?:price|rate|plan|tariff|package)\b"
    r"|多扣|多收|多算|多付|多计|多计费|扣多了|收多了|多收咗|扣多咗"
)
_CHANGED = re.compile(
    r"降档|降级|降套餐|改套餐|换套餐|转套餐|降到|改成|改为|换成|退订|取消了|"
    r"\b(?:downgrad\w*|switched|changed|moved|cancell?ed)\b"
)
_STILL_OLD = re.compile(
    r"还是扣|还是收|照扣|照收|仍然扣|仍然收|还扣|还收|都扣|还是被扣|仍被扣"
    r"|\bstill (?:being )?(?:charged|billed|debited|taking|took)\b"
)


def _value(text: str) -> float | None:
    m = re.search(_NUM, text)
    return float(m.group().replace(",", "")) if m else None


@lru_cache(maxsize=64)  # read several times a draft (intake, each answer)
def wrong_amount(text: str) -> tuple[str, str] | None:
    """The sum taken and the sum due, as written ("£640", "£64"), when one was taken for the other."""
    folded = fold(text)
    if not any(d in folded for d in _DIGITS) or not any(cue in folded for cue in _CUES):
        return None  # most complaints: no sum set against another (a cheap test before the patterns)
    if not _HAN.search(folded):
        m = (
            _EN_INSTEAD.search(folded)
            or _EN_DUE_FIRST.search(folded)
            or _EN_QUOTED.search(folded)
            or _EN_QUOTED_FIRST.search(folded)
        )
    else:
        m = next((z for z in _ZH_INSTEAD.finditer(folded) if _ZH_DUE.search(z.group())), None)
        m = m or _ZH_DUE_FIRST.search(folded)
    if m is None or not _MONEYISH.search(m.group()):
        return None  # "took 20 minutes instead of 5": no sum of money
    a, b = m.span("a"), m.span("b")
    taken, due = text[a[0] : a[1]].strip(), text[b[0] : b[1]].strip()
    va, vb = _value(taken), _value(due)
    if va is None or vb is None or va <= vb:
        return None  # less taken than due is no wrong debit of their money
    return taken, due


@lru_cache(maxsize=64)  # read several times a draft (intake, each answer)
def overcharged(text: str) -> bool:
    """More taken than agreed: an overcharge, a wrong debit, or the old price taken after a change."""
    folded = fold(text)
    if _OVER.search(folded) or wrong_amount(text) is not None:
        return True
    changed = _CHANGED.search(folded)
    return changed is not None and _STILL_OLD.search(folded, changed.end()) is not None


# Sessions, classes, credits or points taken off them for something that did not happen ("私教课
# 约了三次教练都放鸽子 课时还照扣", "they still deducted the sessions", "扣咗我兩堂"): put back.
_EN_UNITS = r"(?:sessions?|classes|class|lessons?|credits?|points?|visits?|passes|pass|tokens?|miles|hours)"
_EN_DEDUCTED = re.compile(
    rf"\b(?:still |also )?(?:deducted|took|taken|docked|removed)\b[^.!?\n]{{0,25}}?"
    rf"\b(?P<u>{_EN_UNITS})\b"
    rf"|\b(?P<v>{_EN_UNITS})\b[^.!?\n]{{0,20}}?\b(?:were|was|got|have been|has been|still)\s+(?:still\s+)?"
    r"(?:deducted|taken|docked|removed)\b"
)
# What makes the deduction wrong, in the same sentence: it happened anyway, for something that did
# not go ahead ("still deducted", "for a class that never ran", "照扣", "没上也扣").
_WRONGLY = re.compile(
    r"\b(?:still|anyway|even though|never|didn t|did not|cancell?ed|no-?show|wrong(?:ly)?|twice|without)\b"
    r"|还|仍|照|竟然|居然|却|没上|未上|取消|放鸽子|爽约|错|多扣|无故|冇上|唔嚟|又扣"
)
_ZH_UNITS = r"课时|课时数|课程次数|课次|次数|积分|点数|里程|堂数|课|堂"
_ZH_DEDUCTED = re.compile(
    rf"(?P<u>{_ZH_UNITS})[^，。！？!?\n]{{0,4}}?(?:还|仲|都|也|竟然|居然)?(?:照|被|給|给)?(?:扣|减|減|划|劃)"
    rf"|(?:扣|减|減|划|劃)(?:了|咗|左|走)?(?:我)?[^，。！？!?\n]{{0,4}}?(?P<v>{_ZH_UNITS})"
)
# Money words: "took £30" is a charge, not sessions.
_EN_MONEY_UNIT = re.compile(r"[$£€¥]\s?\d")


@lru_cache(maxsize=64)  # read several times a draft (intake, each answer)
def deducted_units(text: str) -> str | None:
    """The units taken off them ("sessions", "课时"), when a count of theirs was deducted."""
    folded = fold(text)
    pattern = _EN_DEDUCTED if not _HAN.search(folded) else _ZH_DEDUCTED
    for m in pattern.finditer(folded):
        start = max(folded.rfind(c, 0, m.start()) for c in ".。!！?？\n") + 1
        ends = [i for i in (folded.find(c, m.end()) for c in ".。!！?？\n") if i >= 0]
        if _EN_MONEY_UNIT.search(m.group()) or not _WRONGLY.search(folded, start, min(ends, default=len(folded))):
            continue
        group = "u" if m.group("u") else "v"
        unit = text[m.start(group) : m.end(group)]
        if unit in ("课", "課", "堂"):
            unit = "课时" if unit != "課" else "課時"
        return unit
    return None


# A shared part of a building, a site or a car park: a request about it is answered there.
_EN_SHARED = re.compile(
    r"\b(?:the |our |your )?(?P<p>lobby|foyer|entrance hall|main entrance|front entrance|reception area|corridors?"
    r"|hallways?|stairwells?|car ?park|parking (?:lot|garage)|bike store|bin store|communal (?:area|garden|entrance)"
    r"|shared (?:area|entrance|garden)|common area|lifts? lobby|gate|front door of the building"
    r"|entry (?:system|door))\b"
)
_ZH_SHARED = re.compile(
    r"(?P<p>大堂|大厅|大廳|走廊|楼道|樓道|梯间|梯間|停车场|停車場|车库|車庫|公共区域|公共區域|公共地方|平台|平臺|会所|會所|电梯大堂|電梯大堂|大门|大門)"
)
# Someone posted there, asked for ("安排保安在大堂长驻", "put a guard on the lobby door", "a concierge
# until it's fixed").
_EN_POSTED = re.compile(
    r"\b(?P<w>(?:security )?guards?|security(?: staff| officer)?|concierge|doorman|porter|attendant|staff member|"
    r"someone)\b[^.!?\n]{0,30}\b(?:at|on|in|by|stationed|posted|to open)\b"
)
_ZH_POSTED = re.compile(
    r"(?:安排|派|加派|要有|驻守|駐守|留)(?:一个|一個|个|個|位)?(?P<w>保安|护卫|護衛|看更|管理员|管理員|门卫|門衛|职员|職員|人手|人)"
    r"[^，。！？!?\n]{0,8}?(?:在|喺|于|於|长驻|長駐|驻|駐|看守|帮手|幫手|帮忙|幫忙|开门|開門)"
)
# A home of theirs named as where the fault is (their flat, their unit): then it is no shared place.
_ZH_HOME_FAULT = re.compile(r"(?:屋企|家里|家裡|单位|單位|室内|室內)[^，。！？]{0,6}(?:坏|壞|漏|唔开|不开|不亮)")


# Something there that does not work ("门禁失灵", "the entry system keeps failing"): a fault of the
# place, not damage someone did to it ("工人撞爛了大堂扶手" is a claim, not a repair to chase).
_FAULT = re.compile(
    r"失灵|失靈|坏了|坏咗|坏左|故障|不工作|不能用|用不了|唔用得|唔work|不亮|漏水|打不开|打唔开|开不了|开唔到|冇反应|没反应"
    r"|\b(?:broken|not working|doesn t work|does not work|out of order|faulty|keeps? failing|fails|failing|stuck|"
    r"won t open|doesn t open|dead|leaking|flooded)\b"
)
_SENTENCE = re.compile(r"[^。！？!?\n.]+")


@lru_cache(maxsize=64)  # read several times a draft (intake, each answer)
def shared_place(text: str) -> str | None:
    """The shared place whose fault the complaint is about (as written: "lobby", "大堂"), or None."""
    folded = fold(text)
    zh = _HAN.search(folded) is not None
    place = _ZH_SHARED if zh else _EN_SHARED
    if place.search(folded) is None or (zh and _ZH_HOME_FAULT.search(folded)):
        return None  # most complaints: no shared place named at all
    for sentence in _SENTENCE.finditer(folded):
        m = place.search(sentence.group())
        if m is not None and _FAULT.search(sentence.group()):
            start = sentence.start() + m.start("p")
            return text[start : start + len(m.group("p"))]
    return None


@lru_cache(maxsize=64)  # read several times a draft (intake, each answer)
def posted_there(text: str) -> str | None:
    """Who they ask to have posted at the shared place ("a guard", "保安"), or None."""
    folded = fold(text)
    m = (_EN_POSTED if not _HAN.search(folded) else _ZH_POSTED).search(folded)
    if m is None or shared_place(text) is None:
        return None
    who = text[m.start("w") : m.end("w")]
    if not _HAN.search(folded) and re.fullmatch(
        r"(?:security )?(?:guard|officer)|concierge|doorman|porter|attendant"
        r"|staff member|security officer",
        who.lower(),
    ):
        who = "a " + who  # "a guard at the lobby", as a reply says it
    return who


# s14: a sum the customer corrects is replaced by the new one ("the bill was £64.30 not £46.30 as I
# wrote", "it's $120, not $210 — typo", "是64.30不是46.30，之前写错了"), and their own earlier figure
# set beside the current one ("the quote is £3,860 (I said £3,600 on the phone …)"). Said back, the
# old sum reads as if we never read the correction (trainers, c35b-001).
_EN_NOT_AS_SAID = re.compile(
    rf"(?P<a>{_CUR}(?:{_NUM}))\s*,?\s*(?:and\s+)?not\s+(?:the\s+)?(?P<b>{_CUR}(?:{_NUM}))"
    r"(?=[^.!?\n]{0,40}?(?:\bas i (?:wrote|said|put|typed|mentioned|stated)\b|\btypo\b|\bmy (?:mistake|bad|error)\b"
    r"|\bi (?:wrote|said|put|typed) (?:it )?wrong|\bsorry\b))"
)
_EN_I_SAID = re.compile(
    rf"(?P<a>{_CUR}(?:{_NUM}))[^.!?\n]{{0,20}}?\(?\s*\bi (?:said|wrote|put|typed|quoted|told you)\s+"
    rf"(?P<b>{_CUR}(?:{_NUM}))"
)
_ZH_NOT_AS_SAID = re.compile(
    rf"(?:是|係|系)\s?(?P<a>{_CUR}(?:{_NUM}))\s?(?:元|块|蚊)?[，,]?\s?(?:而)?(?:不是|唔係|唔系)\s?(?P<b>{_CUR}(?:{_NUM}))"
    r"(?=[^。！？!?\n]{0,20}?(?:写错|寫錯|打错|打錯|笔误|筆誤|说错|說錯|講錯|讲错))"
)


_REPLACED_CUES = (" not ", " said ", " wrote ", " put ", " typed ", " quoted ", " told you ", "不是", "唔系", "唔係")


def replaced_sums(text: str) -> set[str]:
    """The sums, as written, that a figure later in the same sentence corrects (see above)."""
    folded = fold(text)
    if not any(cue in folded for cue in _REPLACED_CUES):
        return set()
    out: set[str] = set()
    for pattern in (_EN_NOT_AS_SAID, _EN_I_SAID, _ZH_NOT_AS_SAID):
        for m in pattern.finditer(folded):
            if not _MONEYISH.search(m.group()):
                continue
            b = m.span("b")
            old = text[b[0] : b[1]].strip()
            new = text[m.start("a") : m.end("a")].strip()
            if old and old != new:
                out.add(old)
    return out
