"""The harm an apology names, read from the complaint's structure rather than its topic.

Why: trainers marked down a stock "I'm sorry for the trouble this has caused" / 给您添了麻烦 where
the harm was specific (a job interview missed, a flight coming up) and for a funeral wreath gone
wrong. These readers find what the apology should name: an event the problem made them miss
("I missed my job interview", 错过了面试), an event of theirs still to come that the problem is
pressing on ("I fly on 30 August"), or a bereavement (a funeral, a wake, 告别式) that sets the
tone. Each returns None when the complaint does not say so: the apology never claims a harm or a
history the complaint does not state."""

from __future__ import annotations

import re

from drafter.guard.normalize import fold, fold_each
from drafter.intake.config import compiled, scan
from drafter.intake.protect import misuse_channel
from drafter.prefilter import gated
from drafter.wording import Wording

# "I missed a job interview", "we missed our connecting flight": said by the customer of
# themselves; "nearly missed" is no miss. The event is what follows, up to a stop word.
_EN_MISSED = re.compile(
    r"\b(?P<who>i|we)\s+(?:have\s+|had\s+|then\s+|therefore\s+|ended up\s+|)"
    r"(?<!nearly )(?<!almost )missed\s+(?P<det>my|our|a|an|the)\s+(?P<what>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2})",
    re.IGNORECASE,
)
_EN_STOP = re.compile(
    r"\s+(?:to|at|in|on|for|from|with|by|because|and|but|so|that|which|as|due|after|before|this|today|"
    r"yesterday|tomorrow|completely|entirely|altogether|too|again|of)\b.*$",
    re.IGNORECASE,
)
# 错过了面试 / 錯過咗班機 / 赶不上航班: the event, up to the end of the clause.
_ZH_MISSED = re.compile(
    r"(?<![没沒冇不差])(?:错过|錯過|误了|誤了|赶不上|趕不上|赶唔切|趕唔切|搭唔到|搭不上)(?:了|咗)?"
    r"(?:我的|我們的|我们的|我嘅|我哋嘅)?(?P<what>[\u4e00-\u9fff]{2,8}?)(?=[，。！？,.!?\s]|$|了|咗|啊|呀|喔)"
)
# A missed thing that is no event of theirs (a call, a delivery slot) is left to the default.
_NOT_EVENTS = re.compile(
    r"^(?:call|calls|delivery|deliveries|email|emails|message|payment|payments|point|bit)\b"
    r"|电话|電話|来电|來電|快递|快遞|时间|時間"
)


def missed(words: Wording, text: str) -> str | None:
    """The event the customer says they missed, ready for the apology's {event}; None if none."""
    if words.zh:
        m = _ZH_MISSED.search(text)
        if m is None or _NOT_EVENTS.search(m.group("what")):
            return None
        return m.group("what")
    m = _EN_MISSED.search(text)
    if m is None:
        return None
    what = _EN_STOP.sub("", m.group("what")).strip()
    if not what or _NOT_EVENTS.match(what):
        return None
    det = m.group("det").lower()
    return ("the " if det == "the" else "your ") + what


def coming_up(words: Wording, text: str) -> str | None:
    """An event of theirs still to come that they tell of in so many words ("I fly on 30 August",
    明天就要出发): the key of the event's name in the phrase bank's apology.coming_up; None if none."""
    folded = text.lower()
    for event, cues in words["apology"].get("coming_up", {}).items():
        if any(str(c).lower() in folded for c in cues):
            return str(event)
    return None


def bereaved(words: Wording, text: str) -> bool:
    """Whether the complaint is about a funeral, a wake or a death in their family: the apology
    and the feeling line then speak to the occasion, never of "inconvenience"."""
    folded = fold(text)  # (s13pg: 離世, 過世 in traditional script too)
    for said in fold_each(tuple(str(c) for c in words["apology"].get("grief_said", ()))):
        at = folded.find(said)
        while at >= 0:
            if not _figure(folded, at):  # s14route: "等到我都要往生了" grieves nobody
                return True
            at = folded.find(said, at + 1)
    return mourning(text)


# s13pg: a death told in the complaint (a widow, 过世, "my husband passed away", an urn, 骨灰, a funeral):
# condolence comes first, in so many words (trainers: "sorry for the trouble" to a bereaved widow).
_KIN = (
    r"husband|wife|partner|mother|father|mum|mom|dad|son|daughter|brother|sister|grandmother|grandfather|"
    r"grandma|grandpa|gran|nan|nana|aunt|uncle|baby|child|friend|fiancée?|mother-in-law|father-in-law"
)
_DEATH = re.compile(
    r"\b(?:passed away|bereave\w*|widow(?:ed|er)?|funerals?|cremat\w*|memorial service|wake for|"
    r"condolences?|sympathy (?:flowers|wreath|card)|order[- ]of[- ]service|headstone|gravestone|burial)\b"
    rf"|\b(?:{_KIN})\s+(?:has |had |sadly |suddenly |recently )*(?:died|passed(?: away| on)?)\b|\bdeath of (?:my|our)\b"
    rf"|\b(?:my|our) late (?:{_KIN})\b"
    r"|(?<!coffee )(?<!tea )(?<!water )\burns?\b(?! of (?:coffee|tea|water))"
    r"|过世|去世|离世|往生|逝世|辞世|过身|骨灰|丧偶|遗孀|亡夫|亡妻|先夫|先父|先母|葬礼|丧礼|告别式|告别礼|追思|追悼|"
    r"灵堂|出殡|白事|奔丧|殡仪|遗体|节哀|帛金|丧事"
)
_DEATH = gated(_DEATH)  # a literal gate: most texts hold none of its words
_MY_KIN = re.compile(rf"\b(?:my|our) (?:late |dear |beloved )?({_KIN})\b")


# s14route. Death said of the writer as a figure of the wait or the anger ("等到我都要往生了", "I nearly
# died waiting", "waiting till I die", 快要死了): no one has died, so no condolence (trainers: "請您節哀"
# for a two-hour pharmacy queue). The death word then has the writer as its subject, said as about to
# happen or nearly, or as the end of a wait.
_FIGURE_BEFORE = re.compile(
    r"(?:我|我们|人)(?:都|也|就)?(?:快|快要|要|就要|都要|差点|差点儿|差啲|几乎|会|会被)(?:被)?[^，。！？,.!?\n]{0,3}$"
    r"|等(?:到|得)[^，。！？,.!?\n]{0,8}$"
    r"|\b(?:i|we)\s+(?:nearly|almost|could have|could|would|will|am going to|m going to|am about to)\s+$"
    r"|\b(?:wait|waiting|waited)\s+(?:un)?(?:til|till)\s+(?:i|we)\s+$"
)


def _figure(folded: str, start: int) -> bool:
    return _FIGURE_BEFORE.search(folded[max(0, start - 12) : start]) is not None


def mourning(text: str) -> bool:
    """Whether a death is told in the complaint (theirs to grieve): condolence opens the reply.
    A death said of the writer as a figure of speech ("等到我都要往生了") is none."""
    folded = fold(text)
    return any(not _figure(folded, m.start()) for m in _DEATH.finditer(folded))


def condolence(words: Wording, text: str) -> str | None:
    """The condolence line that opens the reply where a death is told; the one they lost named
    in English when the complaint names one relative of theirs ("my husband's service")."""
    bank = words["apology"]
    if "condolence" not in bank or not mourning(text):
        return None
    if not words.zh and len(kin := {m.group(1) for m in _MY_KIN.finditer(fold(text))}) == 1:
        return str(bank["condolence_kin"]).format(who=kin.pop())
    return str(bank["condolence"])


# A side remark opened by "also", 另外, "on top of that": what follows is not the main complaint.
_ASIDE = re.compile(
    r"另外|此外|还有|另一方面|顺便|顺带|其次|\balso\b|\bbesides\b|\bon top of that\b|\banother thing\b|\bplus\b"
)
_SENTENCE_END = re.compile(r"[。！？.!?\n]")
_MAIN_BEFORE = 20  # characters of complaint before the aside: there is a main problem to apologise for


def rude_aside(text: str) -> bool:
    """Whether the staff's manner is told only as a side issue after the main problem ("…was a
    middle seat. 另外…地勤态度也一般"): the apology is then for the main problem, and the manner
    is apologised for as well, not instead (trainers: an apology aimed at the side issue)."""
    found = scan(compiled(), text)
    spans = found.get("sit:rude")
    if not spans:
        return False
    first = min(start for start, _ in spans)
    markers = [m for m in _ASIDE.finditer(found.folded) if m.start() < first]
    if not markers:
        return False
    marker = markers[-1]
    if _SENTENCE_END.search(found.folded, marker.end(), first):
        return False  # the aside is about something else; the manner is its own sentence
    return len(found.folded[: marker.start()].strip()) >= _MAIN_BEFORE


# s13listen3: what went wrong for them, told in the shape of the complaint rather than its topic
# (trainers: "给您添了麻烦" where they said their calls went unanswered, that nobody came, that
# they were charged twice, that a change came unannounced, that the meal came an hour late and
# cold, and "让您多次联系我们" where it was our technician who came twice). Each reader needs the
# harm said in so many words; the first that applies is named.
_EN_CALLED = re.compile(r"\b(?:called|phoned|rang|rung|calling|phoning|ringing)\b", re.IGNORECASE)
_EN_UNANSWERED = re.compile(
    r"\b(?:no(?:body| one)\s+(?:answer(?:s|ed)?|pick(?:s|ed)?\s+up|got back|called(?:\s+me)?\s+back"
    r"|replie[sd]|respond(?:s|ed)?)|no\s+(?:answer|reply|response|call\s*back)"
    r"|never\s+(?:answer(?:s|ed)?|pick(?:s|ed)?\s+up|called(?:\s+me)?\s+back|got back)|(?:went|goes|go)\s+unanswered"
    r"|(?:didn't|did not|don't|do not)\s+(?:answer|pick up|call(?:\s+me)?\s+back|get back))",
    re.IGNORECASE,
)
_ZH_CALLED = re.compile(
    r"打[了咗過过]?[^，。！？,.!?\n]{0,8}?(?:电话|電話|热线|熱線|熱綫|专线|專線|客服)|致[电電]|打[极極]|打了[很好]?多次|(?:电话|電話)[^，。！？\n]{0,4}[两兩三四五六七八九十几幾多好]+[次通个個]"
)
_ZH_UNANSWERED = re.compile(
    r"(?:没|沒|冇|无|無)(?:有)?人(?:接|聽|听|覆|回|理)|无人接听|無人接聽|(?:没|沒)(?:有)?(?:任何)?(?:下文|回音|回复|回覆|答复|答覆)|冇(?:下文|回音|回覆|人覆)"
)
_EN_NO_SHOW = re.compile(
    r"\b(?:no(?:body| one)\s+(?:came|come|showed(?:\s+up)?|turned\s+up|arrived|has\s+(?:come|shown\s+up|turned\s+up))"
    r"|never\s+(?:came|showed(?:\s+up)?|turned\s+up|arrived)|(?:didn't|did not)\s+(?:show(?:\s+up)?|turn\s+up|come))",
    re.IGNORECASE,
)
_EN_PROMISED = re.compile(
    r"\b(?:said|told|promised|assured|would\s+come|was\s+supposed|were\s+supposed|booked|scheduled|arranged|appointment|engineer|technician)\b",
    re.IGNORECASE,
)
_ZH_NO_SHOW = re.compile(
    r"(?:还|還|仲|都|也)?(?:没|沒|冇)(?:有)?人(?:来|來|嚟|上门|上門|到)|放[鸽鴿]子|(?:没|沒)(?:有)?(?:出现|出現)"
)
_ZH_PROMISED = re.compile(
    r"[说說话話]会|[说說]好|答[应應]|[约約]好|[预預][约約]|[会會]派|[会會]安排|报修|報修|已[经經]?派"
)
_EN_TWICE = re.compile(
    r"\b(?:charged|billed|debited|taken|paid|paying|pay)\s+(?:me\s+)?(?:twice|double)\b"
    r"|\bdouble[- ](?:charged|billed|charge|payment)\b|\btwo\s+charges\b",
    re.IGNORECASE,
)
_ZH_TWICE = re.compile(
    r"(?:扣|收|付|刷|扣款|扣费|扣費)(?:了|咗)?(?:两|兩|二|2)(?:次|笔|筆|趟)|重[复複](?:扣|收|付|刷|计费|計費)|(?:两|兩)笔[^，。！？\n]{0,12}(?:扣|收|付)|多扣了?(?:一|1)?(?:次|笔|筆)|(?:两|兩)[笔筆]\s*(?:NT\$|HK\$|US\$|RM|S\$|\$|¥|￥|[0-9])"
)
_EN_UNTOLD = re.compile(
    r"\b(?:without\s+(?:any\s+)?(?:notice|warning|telling|informing|letting|asking)"
    r"|no(?:body| one)\s+(?:told|informed|warned|notified)"
    r"|(?:weren't|wasn't|were not|was not)\s+(?:told|informed|warned|notified)"
    r"|(?:didn't|did not|never)\s+(?:tell|inform|warn|notify))",
    re.IGNORECASE,
)
_ZH_UNTOLD = re.compile(
    r"(?:没|沒|冇|未)(?:有)?(?:事先|提前|预先|預先)?(?:通知|告知|知会|知會|讲过|講過|說一聲|说一声|講聲)"
)
_EN_COLD = re.compile(
    r"\b(?:arrived|came|turned\s+up|delivered|got\s+here|got\s+to\s+me)\b[^.!?\n]{0,40}\b(?:cold|stone\s+cold|lukewarm)\b"
    r"|\b(?:cold|stone\s+cold)\s+(?:by\s+the\s+time|when)\s+it\s+(?:arrived|came|got)",
    re.IGNORECASE,
)
_ZH_COLD = re.compile(
    r"(?:到|送到|送來|送来)(?:的時候|的时候|嘅時候|时|時|手)?[^，。！？\n]{0,12}(?:凉|涼|凍晒|冻晒|冷了|冷晒|冻了|凍了)"
)
_EN_LATE = re.compile(r"\b(?:late|hour|hours|waited|waiting|wait|took)\b", re.IGNORECASE)
_ZH_LATE = re.compile(r"等|遲|迟|晚了|个钟|個鐘|小时|小時|成個鐘|半个钟|半個鐘")
_EN_VISITS = re.compile(
    r"\b(?:came|come|been|visited|came\s+out|come\s+out|been\s+out|called\s+out)\s+(?:out\s+)?(?:twice|two\s+times|three\s+times|[2-9]\s+times)\b",
    re.IGNORECASE,
)
_ZH_VISITS = re.compile(
    r"(?:来过|來過|嚟過|嚟咗|来了|來了|上过门|上過門|上门|上門)(?:两|兩|三|四|五|[2-9])(?:次|趟|回)"
)
_ZH_STAFF_VISIT = re.compile(r"技[术術]|工程|师傅|師傅|维修|維修|装修|裝修|人员|人員|员|員|技工")
_EN_STAFF_VISIT = re.compile(
    r"\b(?:engineer|technician|tech|plumber|electrician|repair|fitter|installer|someone|they|he|she)\b", re.IGNORECASE
)


def _said(words: Wording, text: str, key: str) -> bool:
    """Whether the complaint tells of the harm ``key`` in so many words."""
    zh = words.zh
    if key == "visits":
        m = (_ZH_VISITS if zh else _EN_VISITS).search(text)
        near = text[: m.start()][-12 if zh else -40 :] if m else ""
        return m is not None and (_ZH_STAFF_VISIT if zh else _EN_STAFF_VISIT).search(near) is not None
    if key == "charged_twice":  # two charges by someone else on their card are fraud, not a double charge
        return (_ZH_TWICE if zh else _EN_TWICE).search(text) is not None and misuse_channel(text) is None
    if key == "unanswered":
        return bool(
            (_ZH_CALLED if zh else _EN_CALLED).search(text) and (_ZH_UNANSWERED if zh else _EN_UNANSWERED).search(text)
        )
    if key == "no_show":
        return bool(
            (_ZH_NO_SHOW if zh else _EN_NO_SHOW).search(text) and (_ZH_PROMISED if zh else _EN_PROMISED).search(text)
        )
    if key == "untold":
        return (_ZH_UNTOLD if zh else _EN_UNTOLD).search(text) is not None
    m = (_ZH_COLD if zh else _EN_COLD).search(text)  # cold_late: cold on arrival, after a wait they tell of
    return m is not None and (_ZH_LATE.search(text[: m.start()]) if zh else _EN_LATE.search(text)) is not None


_HARMS = ("visits", "charged_twice", "no_show", "unanswered", "untold", "cold_late")


# Called, and told it would be looked into, then nothing ("都說會轉給會計，但至今沒有下文", "said they'd
# call back and never did"): not "nobody answered" when somebody did and promised something.
_ZH_TOLD_WOULD = re.compile(
    r"[说說话話]会|[说說话話]會|都[说說話]|[说說話]要|[会會](?:跟进|跟進|转|轉|帮|幫|处理|處理|查)"
)
_EN_TOLD_WOULD = re.compile(
    r"\b(?:said|told me|promised|assured me)\b[^.!?\n]{0,30}\b(?:would|will|'d|'ll)\b|\bpromised\b", re.IGNORECASE
)


def _no_word(words: Wording, text: str) -> bool:
    """Their call was answered with a promise, and nothing came of it."""
    if (_ZH_TOLD_WOULD if words.zh else _EN_TOLD_WOULD).search(text) is not None:
        return True
    return words.zh and _ZH_NO_SEQUEL.search(text) is not None and _ZH_NO_PICKUP.search(text) is None


# "然後就沒下文了": nothing came of it, told as such; "冇人接", "沒人聽": nobody picked up.
_ZH_NO_SEQUEL = re.compile(r"(?:没|沒|冇)(?:有)?(?:任何)?(?:下文|回音)")
_ZH_NO_PICKUP = re.compile(r"(?:没|沒|冇|无|無)(?:有)?人(?:接|聽|听)|无人接听|無人接聽|打唔通|打不通")


def stated_harm(words: Wording, text: str) -> str | None:
    """The key, in the phrase bank's apology.harm, of the harm the complaint tells of in so many
    words; None when it tells of none of them (the stock apology stays)."""
    lines = words["apology"].get("harm", {})
    said = [key for key in _HARMS if key in lines and _said(words, text, key)]
    if "unanswered" in said and "no_word" in lines and _no_word(words, text):
        said = [("no_word" if key == "unanswered" else key) for key in said]
    if said[:2] == ["charged_twice", "no_word"] and "charged_twice_no_word" in lines:
        return "charged_twice_no_word"
    if said[:2] == ["charged_twice", "unanswered"] and "charged_twice_unanswered" in lines:
        return "charged_twice_unanswered"  # both told: the charge, and that nobody answered about it
    return said[0] if said else None
