"""Where the customer stands: on the spot right now, needing it today or by a date of their own,
already chasing us, already in a doctor's care, or with the hazard already made safe.

Why: the same complaint needs a different reply when the customer is sitting at table 14 or
standing at the service desk (someone goes to them now) than when they write a week later (a
reply within a day is fine); a parent already in A&E needs to be asked after, not told to see a
doctor. Cue lists live in prompts/intake.yaml (`situation`); dates and places are read here."""

from __future__ import annotations

import re

from drafter.intake.config import Compiled, Scan
from drafter.intake.config import scan as scan_text
from drafter.intake.harm import asks_where
from drafter.models import Mood, Situation
from drafter.prefilter import Gate, gated

_EN_WHEN = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|noon|midday|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|"
    r"the end of (?:the |this |next )?(?:day|week|month)|end of (?:the )?(?:day|week|month)|"
    r"\d{1,2}(?::\d\d)?\s?(?:am|pm)"
)
_EN_DEADLINE = re.compile(
    rf"\b(?:by|before|no later than)\s+(?:this\s+|next\s+|the\s+)?(?:{_EN_WHEN})\b"
    rf"|\b(?:deadline|due)\s+(?:is\s+|on\s+)?(?:this\s+|next\s+)?(?:{_EN_WHEN})\b"
    rf"|\b(?:you have|you've got|you got|you have got) until\s+(?:this\s+|next\s+)?(?:{_EN_WHEN})\b"
    rf"|\b(?:{_EN_WHEN})\s+deadline\b"
    rf"|\b(?:closes|expires|ends|is due)\s+(?:on\s+)?(?:{_EN_WHEN})\b"
    r"|\bwithin\s+\d+\s+(?:working\s+|business\s+)?(?:days?|hours?|weeks?)\b",
    re.IGNORECASE,
)
_ZH_WHEN = (
    r"\d{1,2}\s*月\s*\d{1,2}\s*[日号號]|\d{1,2}\s*[日号號]|"
    r"(?:下|这|這|本|今个|今個)?(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]|月底|本月底|这个月底|這個月底|年底|"
    r"明天|明日|聽日|听日|后天|後天|今天|今日|今晚|下午|(?:下|这|這)(?:周|週|星期|礼拜|禮拜|个月|個月)"
)
_ZH_DEADLINE = re.compile(
    # The characters a date or a duration starts with: the regex engine skips the rest at once.
    r"(?=[\d下这這本今星礼禮周週月年明聽听后後一二三四五六七八九十两兩])(?:"
    rf"(?:{_ZH_WHEN})\s*(?:之前|以前|前)"
    rf"|(?:{_ZH_WHEN})(?=\s*(?:就)?(?:要交|要用|要提交|要附|要出|要穿|要走|就要|必须|截止|到期|出国|出國|开学|開學|入职|入職))"
    r"|(?:\d+|[一二三四五六七八九十两兩]+)\s*(?:个|個)?\s*(?:工作日|工作天|天|日|小时|小時|星期|周|週|礼拜|禮拜)\s*(?:内|內|之内|之內)"
    r"|(?:这|這|本)(?:个|個)?(?:周|週|星期|礼拜|禮拜|月)(?:内|內|之内|之內))"
)
_EN_PLACE = re.compile(
    r"\btable\s*(?:no\.?\s*|number\s*|#\s*)?[A-Za-z]?\d{1,3}\b"
    r"|(?<=\bat )customer service\b(?! (?:line|number|email|chat|team))"
    r"|\b(?:the\s+)?(?:customer service|front|information|service|returns|check-?in|reception)\s+desk\b"
    r"|\bgate\s+[A-Z]?\d{1,3}\b"
    r"|\broom\s+\d{3,4}\b"
    r"|\baisle\s+\d{1,3}\b",
    re.IGNORECASE,
)
_ZH_PLACE = re.compile(
    r"(?:桌号|桌號|枱號|台号|台號)\s*(?:是|係)?\s*[:：]?\s*[A-Za-z]?\d{1,3}|[A-Za-z]?\d{1,3}\s*(?:号桌|號桌|桌|号枱|號枱)"
    r"|(?<=在|喺)\s*(?:(?:[一二三四五六七八九十]|\d)\s*(?:楼|樓))?\s*(?:的)?"
    r"(?:服务台|服務台|前台|柜台|櫃台|收银台|收銀台|客服中心|客服台|登机口|登機口|候机室|候機室)"
    r"|\d{3,4}\s*(?:号房|號房|房)(?![间間费費])"
    r"|(?<=在)(?:我们|你们|我們|你們)?(?:超市|商场|商場|门店|門店|店里|店裡)?[\u4e00-\u9fff]{1,4}(?:区|區)(?=[^，。]{0,4}(?:受伤|受傷|摔|滑|跌|被|砸|割|撞))"
)


# A time someone else gave ("说48小时内送到", "was told 3 days"): what was promised, not a deadline.
_TOLD = re.compile(
    r"(?:说|說|话|話|承诺|承諾|提示|显示|顯示|写|寫|told|said|promised|quoted|estimated|supposed|\bdue|\bwas|\bwere)"
    r"[^，。,.!?！？\n]{0,20}$",
    re.I,
)
_QUOTED = re.compile(r"“[^”\n]*”|「[^」\n]*」|『[^』\n]*』|\"[^\"\n]*\"")
# A time followed by what happened by then, in the past ("By 2am we were both vomiting").
_NARRATED = re.compile(
    r"\s*,?\s*(?:I|we|he|she|they|it|my|our|his|her|their|the|everyone|both)\b[^.!?\n]{0,30}?"
    r"\b(?:was|were|had|felt|started|began|got|ended|came|went|could(?:n't| not)?)\b",
    re.IGNORECASE,
)
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def deadline(text: str, language: str) -> str | None:
    """When the customer needs it, in their words made to read after "you need this":
    "by Friday", "within 7 days", "11月20日前", "下星期一前". A time someone promised them
    ("说48小时内送到") is not their deadline."""
    pattern = _EN_DEADLINE if language == "en" else _ZH_DEADLINE
    quoted = [q.span() for q in _QUOTED.finditer(text)]
    for m in pattern.finditer(text):
        if any(a <= m.start() < b for a, b in quoted):
            continue  # 'an agent will respond "within 24 hours"': a message they were shown, not their deadline
        before = text[max(0, m.start() - 24) : m.start()]
        if language != "en":
            before = re.split(r"\s+", before.rstrip())[-1] if before.strip() else ""  # a chat clause ends at a space
        if _TOLD.search(before):
            continue
        opens = re.search(r"(?:^|[.!?][\"'”’)]?|\n)\s*$", text[: m.start()]) is not None  # starts a sentence
        if language == "en" and opens and _NARRATED.match(text, m.end()):
            continue  # "By 2am we were both vomiting": when something happened, not a deadline
        found = re.sub(r"\s+", " ", m.group()).strip()
        if language == "en":
            found = re.sub(r"^(?:deadline|due|closes|expires|ends|is due)\s+(?:is\s+|on\s+)?", "by ", found, flags=re.I)
            found = re.sub(r"^(?:you have|you've got|you got|you have got) until\s+", "by ", found, flags=re.I)
            found = re.sub(r"\s+deadline$", "", found, flags=re.I)
            if not re.match(r"(?:by|before|within|no later than)\b", found, re.I):
                found = "by " + found
            for day in _DAYS:
                found = re.sub(rf"\b{day}\b", day.capitalize(), found, flags=re.I)
            return found
        found = _WRITTEN_DAY.sub(lambda d: _WRITTEN_DAYS[d.group()], found)  # a reply writes 明天, not 聽日
        return found if re.search(r"(?:前|内|內)$", found) else found + "前"
    return None


# Cantonese day words as a written reply says them (trainers: "我們會在聽日前給您最終答覆").
_WRITTEN_DAYS = {"聽日": "明天", "听日": "明天", "後日": "後天", "后日": "后天"}
_WRITTEN_DAY = re.compile("|".join(_WRITTEN_DAYS))


# A desk named as who spoke or whom they rang ("the front desk guy said", 前台小姑娘说, "called
# reception"): where someone answered them, not where they are standing now.
_DESK_PERSON = re.compile(
    r"^\s*(?:'s\s+)?(?:guy|guys|man|men|woman|women|lady|ladies|girl|boy|staff|agent|agents|clerk|clerks|person|people|"
    r"team|employee|worker|manager|said|says|told|replied|answered|keeps|kept|just|only)\b"
    r"|^\s*(?:的)?(?:小姑娘|小哥|小伙|小妹|姑娘|阿姨|大姐|大叔|人员|工作人员|员工|職員|职员|同事|经理|經理|的人|那个人|那個人|说|說|话|話|讲|講|只说|只說|回复|回覆|电话|電話)",
    re.IGNORECASE,
)
_DESK_RANG = re.compile(
    r"(?:\b(?:called|rang|phoned|emailed|messaged|call|ring|phone)\s+(?:the\s+)?|打|致电|致電|打给|打給|联系|聯繫|打咗俾|打畀)$",
    re.IGNORECASE,
)


def _spoke(text: str, start: int, end: int) -> bool:
    """A desk named as who answered them, or as whom they rang."""
    return bool(_DESK_PERSON.match(text[end : end + 30]) or _DESK_RANG.search(text[max(0, start - 12) : start]))


# Session 10. A desk named as where something was done before ("cancelled my membership at front
# desk in jan", 上个月在前台办了退卡): a past act told with its place, not where they stand now
# (trainers: "I've asked the club manager to come to you at front desk" in a chat about a charge).
_CLAUSE_END = re.compile(r"[.!?;,\n。！？；，]|\s{2,}|(?<=[\u4e00-\u9fff])\s(?=[\u4e00-\u9fff])")
_EN_PAST_ACT = re.compile(
    r"\b(?:\w+ed|paid|bought|sold|told|said|went|was|were|had|got|left|made|gave|took|came|signed|"
    r"handed|returned|dropped off|picked up)\b(?!\s+(?:waiting|standing|sitting|queu\w*))",
    re.IGNORECASE,
)
_EN_PAST_TIME = re.compile(
    r"\b(?:in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|yesterday|last (?:week|month|year|time)|"
    r"(?:a|two|three|\d+) (?:days?|weeks?|months?) ago|earlier this (?:week|month|year))\b",
    re.IGNORECASE,
)
_EN_HERE_NOW = re.compile(
    r"\b(?:now|still (?:at|here|in|waiting|standing|sitting)|currently|waiting|standing|sitting|queu\w*|"
    r"i['’ ]?m|i am|we['’ ]?re|we are)\b",
    re.IGNORECASE,
)
# (过 of 过来/过去 is a direction, not a past act: "你们店长赶紧过来")
_ZH_PAST_ACT = re.compile(r"了|咗|过(?![来去])|過(?![來去])|上个月|上個月|上周|上週|昨天|琴日|尋日|之前|当时|當時")
# (someone asked to come over now, 过来/过嚟: they are there to be come to)
_ZH_HERE_NOW = re.compile(r"现在|現在|而家|正在|等|排队|排隊|站|坐|仲喺|还在|還在|过来|過來|过嚟|過嚟|嚟一[下趟]")


def _past_act(text: str, start: int, end: int, language: str) -> bool:
    """The clause that holds the place tells of something done there before, and nothing in it
    says they are there now."""
    before = [m.end() for m in _CLAUSE_END.finditer(text, 0, start)]
    a = before[-1] if before else 0
    after = _CLAUSE_END.search(text, end)
    b = after.start() if after else len(text)
    clause = text[a:b]
    if language == "en":
        if _EN_HERE_NOW.search(clause):
            return False
        return bool(_EN_PAST_ACT.search(text, a, start) or _EN_PAST_TIME.search(clause))
    return not _ZH_HERE_NOW.search(clause) and _ZH_PAST_ACT.search(clause) is not None


# s13: a number belongs to the unit after it ("stood at the gate 40 min", "table 3 times", "room 2
# hours"): it measures a stay or a count, and a place label needs a number of its own (trainers, c31:
# "I've asked the duty manager to come to you at gate 40" when 40 was minutes).
_UNIT_AFTER = re.compile(
    r"\s*(?:min(?:ute)?s?|hours?|hrs?|h|secs?|seconds?|days?|weeks?|months?|years?|yrs?|nights?|times|x|"
    r"%|kg|km|miles?|mins?|people|persons?|guests?|pax|bucks|dollars|quid|pounds)\b"
    r"|\s*(?:分钟|分鐘|分|小时|小時|个钟|個鐘|个小时|個小時|天|日|晚|次|人|位)",
    re.IGNORECASE,
)


def place(text: str, language: str) -> str | None:
    """Where they are waiting, as a reply names it ("table 14", "B7号桌", "一楼服务台", "1512房")."""
    pattern = _EN_PLACE if language == "en" else _ZH_PLACE
    m = next(
        (
            f
            for f in pattern.finditer(text)
            if not _spoke(text, f.start(), f.end())
            and not _past_act(text, f.start(), f.end(), language)
            and not (f.group()[-1:].isdigit() and _UNIT_AFTER.match(text, f.end()))
        ),
        None,
    )
    if not m:
        return None
    found = re.sub(r"\s+", " ", m.group()).strip()
    table = re.match(r"(?:桌号|桌號|枱號|台号|台號)\s*(?:是|係)?\s*[:：]?\s*([A-Za-z]?\d{1,3})$", found)
    if table:
        return table.group(1) + ("號桌" if language == "zh-Hant" else "号桌")
    return found


# After 又是: a stretch of time or a sum ("一来一回又是一周", 又是三百块) is how long or how much, not
# the problem happening again. After 又一次, a sum with its currency ("一次NT$177 又一次NT$177") counts
# a second charge told in the same story, not a problem that came back (trainers: 很抱歉同樣的問題又一次發生
# to someone charged twice at one gate).
_HOW_LONG = re.compile(
    r"\s*(?:\d+|[一二两三四五六七八九十几半整]+)\s*(?:个|个半)?\s*"
    r"(?:天|日|晚|周|星期|礼拜|个月|月|年|小时|钟头|分钟|块|元|蚊|次车|趟)"
)
# (Chinese cues only: "charged again $12 after I cancelled" does tell of a charge that came back.)
_SUM = re.compile(
    r"\s*(?:被)?(?:扣|收|刷|付)?(?:了|咗)?\s*(?:(?:nt|hk|us|s|a|c|nz)?\$|£|€|¥|￥|rmb|cny|hkd|ntd|twd|usd)\s*\d"
)


# "每次都是九十六块", "每次都扣了$12": the sum each of several charges came to.
_EACH_SUM = re.compile(
    r"\s*(?:都|也)?(?:是|系|收|扣|付|刷)?(?:了|咗)?\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千几]+)\s*(?:块|元|蚊|塊)"
    + "|"
    + _SUM.pattern
)


_PAST = re.compile(
    r"昨天|昨晚|前天|上周|上週|上次|上星期|琴晚|尋晚|琴日|尋日|回家|回到家|回屋企|外卖|外賣|外送|外带|外帶|打包|"
    r"上个月|上個月|上周末|上週末|前几天|前幾天|几天前|幾天前|"
    r"\b(?:yesterday|last night|last week|the other day|got home|delivery|delivered|takeaway|takeout"
    r"|(?:on|last) (?:mon|tues|wednes|thurs|fri|satur|sun)day|last weekend|last month|\w+ days ago)\b",
    re.I,
)
# A letter that dates what happened ("on 3 January", "12月24日晚上") tells of a past visit: whoever
# stood at the desk or the door then is not standing there now.
_DATED = re.compile(
    r"\bon (?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\bon (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?\b"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*[日号號]",
    re.IGNORECASE,
)
# A chat message about a delayed or cancelled flight is sent by someone stuck at the airport.
_STRANDED = re.compile(r"延误|延誤|取消|delayed|cancelled|canceled|stranded", re.I)
# A chat message to these is sent from the spot: the diner is at the table, the guest in the room.
_ON_THE_SPOT = frozenset({"restaurant"})


# What someone said, in any quotation marks the three languages use.
_QUOTED = re.compile(r'"([^"\n]{1,80})"|“([^”\n]{1,80})”|「([^」\n]{1,80})」|『([^』\n]{1,80})』|‘([^’\n]{1,80})’')


def quoted(text: str) -> str:
    """The quoted remarks of a complaint, one a line: where a brush-off is read (a customer's
    own "没办法" outside quotes is theirs, not ours)."""
    return "\n".join(next(g for g in m.groups() if g) for m in _QUOTED.finditer(text))


# What the customer has already done about a live hazard, read from the folded text (Simplified,
# lower case): a reply thanks them for it and gives the next step, never the same one again
# (trainers: "open the windows and leave" to someone who had, "call the fire service" to someone
# with firefighters at the door).
_VALVE_OFF = Gate(
    re.compile(
        r"(?:阀门?|总开关|总掣|总闸|气阀|燃气|煤气|瓦斯|天然气)(?:我|也|都|已经|已|我已经|我都|我也)*"
        r"(?:关了|关咗|关掉|关好|关上|关闭|熄咗|熄了|熄埋)"
        r"|(?:关了|关咗|关掉|关好|关上|关闭|熄咗|熄了|关)(?:总)?(?:阀门|阀|总开关|总掣|掣|总闸|气阀|燃气|煤气|瓦斯)"
        r"|\b(?:turned|switched|shut|closed)\s+(?:off\s+)?(?:the\s+)?(?:gas|valve|main valve|gas supply|gas meter)\b"
        r"|\b(?:gas|valve)\s+(?:is|was|has been|s)\s+(?:turned\s+|switched\s+|shut\s+)?off\b"
    )
)
_AIRED = Gate(
    re.compile(
        r"(?:窗|门窗|窗户|窗口)(?:我|也|都|已经|已|全部|全|我已经|我都|我也)*(?:打开|开了|开咗|开晒|开着|开好)"
        r"|(?:打开了|打开|开了|开咗|开晒)(?:所有|全部)?(?:的)?(?:门窗|窗户|窗)"
        r"|(?:^|(?<=[\s，,、；;已经也都]))开(?:了|咗)?(?:门)?窗"
        r"|\bopened\s+(?:all\s+|every\s+)?(?:the\s+)?(?:windows?|doors and windows)\b"
        r"|\bwindows?\s+(?:are|is|were)\s+(?:all\s+)?(?:wide\s+)?open(?:ed)?\b"
    )
)
_LEFT = Gate(
    re.compile(
        r"(?:已经|已|都|全家|大家|我们|我哋|我|人|而家|现在)(?:都|已经|已)?(?:在|喺|到|跑到|跑去|出到|走到|下到|落到)(?:了|咗)?"
        r"(?:楼下|外面|屋外|室外|门外|街上|马路边)"
        r"|(?:已经|都|全家|大家|我们|我哋)(?:都|已经)?(?:跑|走|撤|逃|搬)?(?:出来|出去|离开|下楼|落楼)(?:了|咗)"
        r"|\b(?:we(?: re| are)|i(?: m| am)|everyone(?: s| is)|we(?: ve| have)(?: all)? (?:got|gone|come)|"
        r"(?:we|i|everyone) (?:all )?(?:got|went|ran))\s+(?:all\s+)?(?:now\s+)?"
        r"(?:outside|out of the (?:house|flat|building|apartment|room|home)|out on the street)"
        r"|\b(?:left|evacuated|got out of) the (?:house|flat|building|apartment|home)\b"
    )
)
_RESPONDERS = re.compile(
    r"\b(?:called|rang|phoned|dialled|dialed|rung)\s+(?:the\s+)?"
    r"(?:999|911|112|000|fire (?:brigade|department|service)|emergency services)\b"
    r"|\b(?:firefighters|fire ?fighters|firemen|fire brigade|fire department|fire crew|fire engines?)\b[^.!?\n]{0,20}?"
    r"\b(?:here|there|on (?:site|scene)|arrived|came|turned up|showed up)\b"
    r"|(?:打了|打咗|拨了|拨打了|已经打|已打|报了|报咗|call咗)(?:电话)?(?:给)?(?:999|119|112|火警|消防)"
    r"|消防(?:员|车|处|局|队)?(?:已经|都|亦|也)?(?:到了|到咗|来了|嚟咗|到场|在场|喺度|赶到|上咗|上了)"
)
_RESPONDERS = gated(_RESPONDERS)


def done_already(folded: str) -> dict[str, bool]:
    """What the customer already did about a live hazard: the gas off, the windows open, everyone
    out, the fire service there."""
    return {
        "valve_off": _VALVE_OFF.search(folded) is not None,
        "aired": _AIRED.search(folded) is not None,
        "left": _LEFT.search(folded) is not None,
        "responders": _RESPONDERS.search(folded) is not None,
    }


# The same answer to each of their contacts ("联系了三次，每次都让我再等等", 客服每次都说在催了, "every
# time I call they say it's on its way"): they have chased us; the problem did not come back
# (trainers: 很抱歉同样的问题又一次发生 to someone told to wait three times).
_SAME_ANSWER = re.compile(
    r"每次(?:都|也)?(?:只|是)?(?:说|讲|话|回复|答复|回覆|显示|让我|叫我|要我|告诉我|推|踢|敷衍|打发)"
    r"|\b(?:every|each) time (?:i|we) (?:call|called|ring|rang|phone|phoned|chase|chased|contact|contacted|"
    r"email|emailed|ask|asked|message|messaged|check|checked)\b[^.!?\n]{0,30}\b(?:says?|said|tell|told|show|shows|showed)\b"
)


_LINE_BUSY = re.compile(
    r"\s*(?:都|也)?(?:占线|打不通|没人接|无人接听|转不到人工|转不通|没人回|不回复|goes to voicemail|engaged|busy)"
)


# s12open: "I reported it" once is the first report, not a chase (trainers: "sorry you've had to
# chase us" to a guest who reported a broken air conditioner once); it is one when the same
# sentence tells of more than one report ("both evenings", "and again on the 10th", "twice").
_ONCE_CUES = ("reported it",)
_MORE_THAN_ONCE = re.compile(
    r"\b(?:again|twice|both|each|every|several|multiple|many|numerous|repeatedly|"
    r"(?:two|three|four|five|six|\d+) (?:times|days|evenings|nights|weeks|emails|calls))\b"
)


def _chased(scan: Scan) -> bool:
    """They contacted us about it before: a chase cue, or a first report told as one of several."""
    for start, end in scan.get("sit:chased"):
        if scan.folded[start:end] not in _ONCE_CUES:
            return True
        rest = re.split(r"[.!?;\n]", scan.folded[end:], maxsplit=1)[0]
        if _MORE_THAN_ONCE.search(rest):
            return True
    return False


def _same_answer(folded: str) -> bool:
    return _SAME_ANSWER.search(folded) is not None


def _recurring(scan: Scan) -> bool:
    """It happened before: a cue not followed by a stretch of time or a sum, not the same answer
    to each of their contacts (that is chasing), and not English words run together into one
    ("Everyday Plus" is an account's name, not "every day")."""
    return any(
        not _HOW_LONG.match(scan.folded, end)
        and not _SAME_ANSWER.match(scan.folded, start)
        and not _LINE_BUSY.match(scan.folded, end)  # s11: "电话总是占线": chasing us, not the fault again
        and not re.fullmatch(r"[a-z]+", scan.folded[start:end])
        and not (re.search(r"[\u4e00-\u9fff]", scan.folded[start:end]) and _SUM.match(scan.folded, end))
        # s12open: "付了两次钱 每次都是九十六块": what each charge was, not the fault come back
        and not (scan.folded.startswith("每次", start) and _EACH_SUM.match(scan.folded, end))
        for start, end in scan.get("sit:recurring")
    )


_MOODS: tuple[Mood, ...] = ("disappointed", "angry", "anxious")


def mood(scan: Scan, rude: bool, pressed: bool) -> Mood | None:
    """How they say they feel, which decides the empathy line ("in your place I'd be angry too",
    换作是我也会很失望): a ruined occasion before anger, anger before worry; rudeness is anger;
    with no feeling named, someone stuck now or needing it today is worried."""
    found = next((m for m in _MOODS if scan.get(f"sit:{m}")), None)
    if rude and found != "disappointed":
        return "angry"
    return found or ("anxious" if pressed else None)


# Urgency said of the request ("rebook me asap", 赶紧派人来): how soon they want it, which puts them
# on the spot only while nothing says the visit is over. Sent home or gone ("then they said system
# is down go home", 叫我们明天再来) they are no longer waiting there (trainers: "find out right away
# how much longer it will be" to someone already sent home).
_URGENCY = re.compile(r"asap|urgent|immediately|right away|赶紧|快点|尽快|马上|立刻")
_SENT_AWAY = re.compile(
    r"\bgo home\b|\bsent (?:us|me|everyone) (?:home|away)\b|\btold (?:us|me|everyone) to (?:go home|come back|leave)\b"
    r"|\b(?:i|we) (?:had to |just )?(?:left|went home|gave up and left)\b|\bcome back (?:tomorrow|another day|later)\b"
    r"|(?:叫|让|请)(?:我|我们|我哋|大家)(?:先)?(?:回家|回去|走|返屋企|返去|明天再来|听日再嚟|改天再来)"
    r"|(?:我|我们|我哋)(?:只好|只能|唯有|就)?(?:回家|回去|返屋企|走)(?:了|咗)"
)
_SENT_AWAY = gated(_SENT_AWAY)


# Round s11: a stay or a visit that is over ("I stayed with you from 9 to 11 August", "since I
# checked out", 退房之后, 住咗三晚已經退房): whatever went wrong is told from home. Nobody is sent "to
# your room right away", the hot water is no service they live on now, and what hurt them is
# repaired before anyone uses it, not "kept away from" by them (trainers: a checked-out guest told
# "keep everyone away from it"). Still there ("I've stayed here three nights", "we're staying") is
# not over.
_STAY_OVER = Gate(
    re.compile(
        # a stay: with us, at a place, in a room, for nights, on dates ("I stayed on hold" is none)
        r"\b(?:i|we) stayed (?:with (?:you|us)|at (?:your|the) (?!airport|station|gate|desk|counter)\w+"
        r"|in (?:room|your|the (?:hotel|room|apartment|flat|villa|cabin|suite|lodge))|for (?:\w+ )?nights?"
        r"|(?:one|two|three|four|five|six|seven|\d+) nights?|from \d|between \d|\d)"
        r"|\bstayed (?:with|at) (?:you|your)\b"
        # checked out of a stay ("I checked out at the till" is a shop's, not a stay's)
        r"|\b(?:i|we) (?:had |have )?checked out (?:of|from|on|last|yesterday|this morning|early|at \d|\d)"
        r"|\bafter (?:we |i )?(?:checked out|checking out) (?:of|from)\b|\bsince (?:we |i )?checked out\b"
        r"|\bsince (?:we |i )?left the (?:hotel|resort|property|apartment)\b|\b(?:our|my) stay last\b"
        r"|退房(?:了|咗|后|後|之后|之後|以后|以後|时|時|那天|当天|當天|当日|當日)|已(?:经|經)?退房|离店(?:了|后|後)|離店(?:了|後)"
        r"|(?:上次|上个月|上個月|上周|上週|上星期|之前|前几天|前幾天)[^，。！？\n]{0,12}?(?:入住|住(?:在|喺)?(?:你们|你們|你哋|贵|貴))"
    )
)
_ZH_URGENT = re.compile(r"(?:^|(?<=[\s，,。！!]))(?:好|很|非常|十分|超|真系|真係)?急(?:急)*(?:[!！。]|\s|$)")


# A doctor who has seen them and said what it is ("the GP I saw the next day said it's a chemical
# burn", 医生话係敏感, 診所醫生診斷): already in care, so no rinse-now first aid days later (trainers:
# "rinse the skin … straight away" to someone whose GP saw the burn days ago).
_SEEN = Gate(
    re.compile(
        r"\b(?:saw|seen by|visited|went to) (?:the|a|my|our|her|his)"
        r" (?:gp|doctor|dr|nurse|dermatologist|dentist|specialist)\b"
        r"|\b(?:gp|doctor|dr|nurse|pharmacist|dermatologist|dentist|consultant|specialist|vet)s?"
        r"(?: (?:i|we|she|he|they) (?:saw|had seen|went to|visited)\b[^.!?\n]{0,20}?)?"
        # a diagnosis (what it is), not advice from before ("my doctor said to avoid nuts")
        r" (?:has |had |then )?(?:diagnosed|confirmed|prescribed"
        # in any tense ("my GP says it's a chemical burn": seen already, told now)
        r"|(?:said|says|thinks|thought|believes|reckons|suspects|suspected)"
        r" (?:it s|it was|it is|its|this is|this was|that it|that this|she has|he has|she had|he had|i have|i had|i ve)"
        r"|told (?:me|us|her|him|them) to (?:stop|bring|keep|come back|go back|rest))\b"
        r"|(?:医生|大夫|西医|家庭医生|诊所|急诊|药剂师)(?:都|也|就)?(?:说|话|讲)(?:是|系|佢系|我系|我是|佢是)"
        r"|(?:医生|大夫|西医|家庭医生|诊所|急诊)(?:诊断|确诊|开了|开咗|判断)"
    )
)


def stay_over(folded: str) -> bool:
    """The stay or visit the complaint is about is over: the reply acts on the record, not on a room."""
    return _STAY_OVER.search(folded) is not None


# s13: asked to be contacted today ("ring me today with a new slot", "今天给我回电话", "今日覆我"):
# the answer comes today, never "within 24 hours" (trainers, c32).
_CONTACT_TODAY = re.compile(
    r"\b(?:ring|call|phone|text|email|e-mail|contact|message)\s+(?:me|us)\b[^.!?\n]{0,24}?"
    r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b"
    r"|\bget back to (?:me|us)\b[^.!?\n]{0,12}?\b(?:today|tonight)\b"
    r"|(?:今天|今日|今晚|今天之内|今日之內|今日之内)[^，。！？!?\n说說讲講话話会會]{0,6}(?:给我|給我|俾我|同我)?(?:回电|回電|打电话|打電話|打俾我|打畀我|回复|回覆|覆我|联系|聯繫|聯絡|致电|致電)"
    r"|(?:回电|回電|打电话给我|打電話給我|打俾我|覆我|联系我|聯繫我|聯絡我)[^。！？!?\n]{0,4}(?:今天|今日|今晚)",
    re.IGNORECASE,
)


def read(c: Compiled, scan: Scan, text: str, language: str, channel: str, domain: str = "other") -> Situation:
    """The situation from the cue lists, the customer's deadline and where they are waiting (a
    table or a desk named in a chat message: they are there now; in an email, a past visit)."""
    when = deadline(text, language)
    where = place(text, language) if channel == "im" else None
    today = (
        bool(scan.get("sit:today"))
        # (a manager asked to ring is given a time in hours by escalation already: that is today)
        or (_CONTACT_TODAY.search(text) is not None and not (scan.get("esc:manager_demand") or scan.get("ask:manager")))
        or bool(scan.get("sit:down"))
        or bool(
            when and re.search(r"today|tonight|tomorrow|今天|今日|今晚|下午|明天|明日|聽日|听日", when, re.IGNORECASE)
        )
    )
    dated = channel == "email" and (_PAST.search(text) is not None or _DATED.search(text) is not None)
    # "rn" (right now) read inside a code ("RN-5520417") is no cue of now
    now_cues = [(a, b) for a, b in scan.get("sit:now") if not re.match(r"rn[-/ ]?\w*\d", scan.folded[a : b + 12])]
    if _SENT_AWAY.search(scan.folded):
        now_cues = [(a, b) for a, b in now_cues if not _URGENCY.fullmatch(scan.folded[a:b].strip())]
    gone = stay_over(scan.folded)
    if gone:  # over and told from home: nothing down now, no one waiting on the spot
        now_cues, today = [], bool(when and re.search(r"today|tonight|今天|今日|今晚", when, re.IGNORECASE))
    elif _ZH_URGENT.search(scan.folded):
        today = True  # a chat message that ends on "急" (帮我联系下司机 急): today, not within 24 hours
    return Situation(
        gone=gone,
        now=(bool(now_cues) and not dated and not gone)
        or (where is not None and not _PAST.search(text) and not gone)
        or (channel == "im" and domain in _ON_THE_SPOT and not _PAST.search(text) and not gone)
        or (channel == "im" and domain == "airline" and _STRANDED.search(text) is not None and not _PAST.search(text)),
        today=today,
        deadline=when,
        place=where,
        chased=_chased(scan) or _same_answer(scan.folded),
        recurring=_recurring(scan),
        cared_for=bool(scan.get("sit:cared_for")) or _SEEN.search(scan.folded) is not None,
        asks_to_go=bool(scan.get("sit:asks_to_go")),
        asks_where=asks_where(scan.folded),
        made_safe=bool(scan.get("sit:made_safe")),
        **done_already(scan.folded),
        rude=bool(scan.get("sit:rude")),
        dismissed=bool(scan.get("sit:dismissed"))
        and bool(remarks := quoted(text))
        and bool(scan_text(c, remarks).get("sit:dismissed")),
        vehicle=bool(scan.get("sit:vehicle")),
        building=bool(scan.get("sit:building")),
        down=bool(scan.get("sit:down")) and not gone,
        mood=mood(scan, bool(scan.get("sit:rude")), pressed=today or bool(now_cues)),
    )
