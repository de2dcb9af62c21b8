"""Listen for the template backend: well-formed sentences of ours, never the customer's raw clauses.

Why: trainers marked nearly every echoed draft down for pasting what the customer wrote (request
fragments, run-ons, sign-offs, sarcasm in our voice, spoken Cantonese, shouted case). So Listen is
built from (1) at most a few of intake's restated sentences that pass a strict test of being a
short, plain statement of fact in the reply's voice, or else a topic sentence for the recognised
issue; and (2) the facts a reply must restate (references, amounts, dates and times, places) in a
fixed frame of ours. The cue lists live in the phrase banks (prompts/phrases/, ``listen.clean``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from drafter.backends import listen_en
from drafter.backends.harm_cause import harm_cause
from drafter.backends.listen_zh import (
    as_theirs,
    cantonese_left,
    payee_named,
    told_bought,
    visit_by_visit,
    without_phone,
    without_pieces,
)
from drafter.backends.template_facts import Kind, chased, described, facts_sentences, said_sums
from drafter.guard.normalize import fold
from drafter.intake.facts import amounts as money_in
from drafter.intake.found_object import found_in
from drafter.intake.restate import ASKED_FIGURE, balanced, restate_cues, shift_en, shift_zh, without_instructions
from drafter.models import Analysis, Complaint
from drafter.prefilter import Gate, gated
from drafter.text import HAN
from drafter.wording import Wording

_SPOKEN = re.compile("[咗哋嘅喺冇唔佢啲嘢嚟咁嗰噉咩乜俾畀攞搵睇屙㗎喎啫嘞揾嬲攰]|嘔(?!吐)")  # 嘔吐 is written Chinese
_LIST_MARK = re.compile(r"^\s*(?:[-–•*·]|\(?\d{1,2}[.)、）]|[（(]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩])")
_LABEL = re.compile(r"^[^，,。:：\d]{1,12}[:：]")  # "会员卡号:TY-0051278", "附件:…"
_QUOTE = re.compile(r"“([^”]*)”|「([^」]*)」|『([^』]*)』|\"([^\"]*)\"")
_QUOTE = gated(_QUOTE)  # a literal gate: most texts hold none of its words
_SHOUT = re.compile(r"\b[a-z]+[A-Z]{2,}[A-Za-z]*\b|\b[A-Z]{4,}\b(?!-)")  # "pAID", "NEVER"
_PHONE = re.compile(
    r"\d{2,4}-?(?:\*{2,}|[xX]{2,})-?\d{2,4}"
    r"|(?<![\dA-Za-z])0\d{2,4}-(?:[xX*]{3,4}-){1,2}(?:[xX*]{3,4}|\d{2,4})(?![\dA-Za-z])"  # s11: "0912-xxx-xxx"
    r"|\+\d[\d ()-]{7,}\d|(?<!\d)1[3-9]\d{9}(?!\d)|\d{3}\*{3,}\d+"
    r"|(?<![\dA-Za-z])0\d{3,4}[ -]\d{3}[ -]?\d{3,5}(?!\d)"  # "JD0146 600 1234" is a tracking number
)
_EN_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")

# The facts a reply must restate, found in the complaint itself.
_ID = re.compile(
    r"(?<!\d )(?<![A-Za-z0-9$£€¥/.,-])(?<!\d:)(?=[A-Za-z0-9-]*\d)(?=[0-9-]*[A-Za-z]|\d{4,}|\d+-\d)"
    r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*"
    # s14: ",2月份" after an id in a text typed with ASCII commas ends it; ",350" would be a sum's
    r"(?![A-Za-z0-9/.:]\d|,\d{3}(?!\d)|[A-Za-z0-9/])"
)
# A number written in groups: "4418 2093 7761", "3102 8847 6650 1927".
_GROUPED_ID = re.compile(
    r"(?<![\d$£€¥.,])\d{3,4}(?:(?: \d{3,4}){2,5}(?: \d{1,2}(?![\d.,])(?!\s?(?:块|塊|元|蚊|圓|円)))?"
    r"| \d{3,4} \d{1,2}(?!\s?(?:块|塊|元|蚊|圓|円)))(?![\d.,])"
)
# (s14: a short group with a money unit after it is the sum typed on: "订单号2231 8890 7712 32块钱", c34)
# s14: a mainland plate, province and all ("粤B·3Q778", "沪A 6K321"): one reference, never its tail.
_ZH_PLATE = re.compile(
    r"(?<![\u4e00-\u9fff][A-Z])[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴粤粵青藏川宁寧琼瓊]"
    r"[A-Z][·•・.]?\s?(?=[A-Z0-9]*\d)[A-Z0-9]{5,6}(?![A-Za-z0-9])"
)
# A product named in Latin letters inside Chinese text: "AirPods Pro", "Nova 20W", "Toyota Altis".
_ZH_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9])[A-Z][a-z][A-Za-z0-9+]*(?: [A-Z0-9][A-Za-z0-9+]*){1,3}(?![A-Za-z0-9])")
_NOT_A_NAME = re.compile(r"(?:Dear|Hi|Hello|Thanks|Thank|Best|Regards|Sent|Booking|Order|Ref|App|Line|Whats)\b", re.I)
_EN_QUANTITY = re.compile(
    r"\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|several)\s?"
    r"(?:hours?|hrs?|minutes|mins|days|weeks|months|times|nights|sessions|Mbps|GB|items|boxes|packs|bags|homes|houses|"
    r"flats|families|people|customers)\b|\b\d+(?:st|nd|rd|th)\s(?:day|week|month|time|attempt|call|complaint|visit|email"
    r"|letter|reminder|request|report|chaser|follow-up)\b",
    re.IGNORECASE,
)
_ZH_QUANTITY = re.compile(
    r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十两兩半]+|[一二三四五六七八九十两兩]个半|[一二三四五六七八九十两兩]個半)"
    r"(?:个多|個多|多)?(?:课时|課時|堂|节|節|个人|個人|次|天|晚|个月|個月|个星期|個星期|个礼拜|個禮拜|星期|周|週|小时|小時|个钟|個鐘|分钟|分鐘|度|盒|件|箱|份|张|張|趟)"
)
_EN_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_EN_DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_EN_MONTHS}\b(?:\s+\d{{4}})?|{_EN_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?)"
)
_TIME = re.compile(
    r"(?<![\d:])\d{1,2}:\d{2}\s?[-–]\s?\d{1,2}:\d{2}(?![\d:])"  # a window: "8:00-12:00"
    r"|(?<![\d:])\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?(?![\d:])|\b\d{1,2}\s?[ap]m\b",
    re.IGNORECASE,
)
_ZH_DATE = re.compile(
    r"(?:\d{4}年)?\d{1,2}月\d{1,2}[日号號]|\d{1,2}月[初中底]|(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]"
)
_ZH_TIME = re.compile(
    r"\d{1,2}:\d{2}\s?[-–~至到]\s?\d{1,2}:\d{2}(?![\d:])"  # a window: "8:00-12:00"
    r"|(?:上午|下午|晚上|早上|凌晨|中午)?\d{1,2}[点點](?:半|\d{1,2}分)?"
    r"|(?:上午|下午|晚上|早上|凌晨)?(?<![\d:])\d{1,2}:\d{2}(?![\d:])"
)
# Where they live or where it happened: "翠湖小区5栋1单元302", "B座12樓C室", "27 Larch Close".
_ZH_ADDRESS = re.compile(
    r"(?:(?:(?![我您你在住的是址])[\u4e00-\u9fff]){2,6}(?:小区|小區|花园|花園|大厦|大廈|苑|村|邨))?"  # not 我家在…
    # a building, then its entrance and a flat or a floor ("5栋1单元302", "7栋2单元 3楼", "3号楼502")
    r"(?:\d{1,3}(?:号楼|號樓|栋|棟|幢|座)(?:\d{1,2}(?:单元|單元)(?:\s?\d{2,4}(?:室|房)?(?![楼樓层層])"
    r"|\s?\d{1,2}(?:楼|樓|层|層))?|\d{2,4}(?:室|房)?(?![楼樓层層\d])|\s?\d{1,2}(?:楼|樓|层|層))"
    r"|[A-Z]座\s*\d{1,2}\s*[楼樓]\s*[A-Z]室?"
    r"|(?<![\d.])\d{1,2}(?:楼|樓)(?:[A-Z]|\d{1,2}室)?(?![\d上下]))"
)
_EN_ADDRESS = re.compile(
    r"\b\d{1,4}[A-Za-z]?\s(?:[A-Z][a-z]+\s){1,3}(?:Road|Rd|Street|St|Lane|Close|Avenue|Ave|Drive|Way|Court|Crescent|"
    r"Place|Gardens|Terrace|Square)\b"
)
_EN_PLACE = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s){0,2}[A-Z][\w'’-]*\s(?:Road|Rd|Street|St|Lane|Close|Court|Avenue|Ave|Station|Square|Park|Way|Drive|"
    r"Centre|Center|Mall|Airport|Terminal|Hospital|Branch|branch|station)\b"
    r"|(?<=\bour )(?:[A-Z][\w'’-]*\s){0,2}[A-Z][\w'’-]*"
    r"(?=\s(?:branch|shop|store|hostel|hotel|clinic|office|site|centre))"
    r"|(?<=\b(?:in|at) )[A-Z][a-z]+(?:[ -][A-Z][\w'’]+){0,2}(?=\s(?:station|airport|branch|shop|store))"
)
_ZH_PLACE = re.compile(
    r"(?:(?<=[在到从從于於的在(（，,、\s])|(?<![\u4e00-\u9fff]))[\u4e00-\u9fff]{2,5}?(?:路\d*号?|大道|街|站|分店|分院|分行|支行|校区|校區|门店|門店|店|中心|广场|廣場|商场|商場|机场|機場|医院|醫院)"
    r"(?=[，。、,.（(\s的]|$|[^\u4e00-\u9fff])"
)
_ZH_PLACE_BAD = re.compile(
    r"^(?:我们|我們|您|你们|你們|贵|貴|这|這|那|去|到|在|从|從|的|了|和|现在|現在|骑|騎|坐|回|送|问|問|找|叫|打|上|下|点|點)"
)
_ZH_PLACE_VERB = re.compile(r"[了过過才就都也说說把被让讓给給着著]")


def _ahead(chars: str, pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern behind a look-ahead for the characters it can start with: the regex engine
    then skips the rest of the text instead of trying every alternative at every character."""
    return re.compile(f"(?=[{chars}])(?:{pattern.pattern})", pattern.flags)


_TIME = _ahead(r"\d", _TIME)
_EN_DATE = _ahead(r"\dJFMASONDjfmasond", _EN_DATE)
_ZH_DATE = _ahead(r"\d周週星礼禮", _ZH_DATE)
_ZH_TIME = _ahead(r"上下晚早凌中\d", _ZH_TIME)
_PHONE = _ahead(r"\d+", _PHONE)
_EN_QUANTITY = _ahead(r"\dotfsneaOTFSNEA", _EN_QUANTITY)
_ID = _ahead("A-Za-z0-9", _ID)
_GROUPED_ID = _ahead(r"\d", _GROUPED_ID)
_ZH_QUANTITY = _ahead(r"\d一二三四五六七八九十两兩半", _ZH_QUANTITY)
_ZH_LATIN_NAME = _ahead("A-Z", _ZH_LATIN_NAME)
_EN_ADDRESS = _ahead(r"\d", _EN_ADDRESS)
_EN_PLACE = _ahead("A-Z", _EN_PLACE)
# Every Chinese address holds a number before 楼 / 栋 / 座 ... (or a lettered block, "B座"): a
# text without one skips the address pattern, whose optional estate name is tried at every Han
# character.
_ZH_ADDRESS_HINT = re.compile(r"\d(?:号楼|號樓|[栋棟幢座楼樓])|[A-Z]座")
# A street address as Taiwan and Hong Kong write it: road, section, lane, alley, number, floor
# ("新北市永和區竹林路88巷3號4樓", "忠孝東路二段100號").
_ZH_STREET = re.compile(
    r"[\u4e00-\u9fff]{1,10}?(?:路|街|道)(?:[一二三四五六七八九十\d]{1,2}段)?(?:\d{1,4}巷)?(?:\d{1,4}弄)?\d{1,4}[號号]"
    r"(?:\d{1,3}[樓楼F](?:之\d{1,2})?)?(?:\d{1,4}[室房](?![间間]))?"  # s12: "…88弄3号602室": the flat too
)
_ZH_STREET = gated(_ZH_STREET)
# s12. Who lives there, before the street ("我家住在长宁区…", "本人住喺…"): theirs, not the address.
_ZH_LIVES_AT = re.compile(r"^[^，。]{0,6}?(?:住在|住喺|住于|住於|地址是|地址係|地址为|地址為|位于|位於)")
# A time or a date alone ("下午2点40左右", "大約7點"): when the sentence before it happened.
_ZH_WHEN_ONLY = re.compile(
    r"(?:大约|大約|约|約|就|刚刚|剛剛|剛才|刚才)?(?:今天|昨天|今早|昨晚|今晚)?(?:上午|下午|晚上|早上|凌晨|中午|傍晚)?"
    r"\d{1,2}(?:[点點:：]\d{0,2}分?|[点點]半)(?:左右|前后|前後|多|许|許)?"
)


@dataclass(frozen=True)
class _Clean:
    """The cue lists of one language, compiled once (English by whole words)."""

    start: re.Pattern[str]
    deixis: re.Pattern[str]
    anywhere: re.Pattern[str]
    max_len: int
    quote_max: int
    max_commas: int
    run_on: int
    open_clause: re.Pattern[str]
    emphasis: re.Pattern[str]


@cache
def _clean_cues(
    lang: str,
    starts: tuple[str, ...],
    deixis: tuple[str, ...],
    anywhere: tuple[str, ...],
    limits: tuple[int, int, int, int],
    opens: tuple[str, ...],
    emphasis: tuple[str, ...],
) -> _Clean:
    def cue(word: str) -> str:
        # a Latin cue in Chinese text is a whole word: "AI" is not the "ai" of "CHEUNG WAI LAM"; s12: a
        # number a whole number: the hotline "12345" is not the middle of parcel "RR612345678TW"
        latin = lang == "zh" and re.fullmatch(r"[a-z0-9 ]+", fold(word))
        return rf"(?<![a-z0-9]){re.escape(fold(word))}(?![a-z0-9])" if latin else re.escape(fold(word))

    def alternation(words: tuple[str, ...]) -> str:
        return "|".join(cue(w) for w in sorted(words, key=len, reverse=True))

    edge = "" if lang == "zh" else r"\b"
    return _Clean(
        re.compile(rf"^(?:{alternation(starts)}){edge}"),
        re.compile(rf"^(?:{alternation(deixis)}){edge}"),
        gated(re.compile(rf"{edge}(?:{alternation(anywhere)}){edge}")),
        *limits,
        re.compile(rf"^(?:{alternation(opens)}){edge}") if opens else re.compile(r"(?!)"),
        re.compile(rf"{edge}(?:{alternation(emphasis)}){edge}", re.IGNORECASE) if emphasis else re.compile(r"(?!)"),
    )


def _cues(words: Wording) -> _Clean:
    """The cue lists of the reply's language, read from its phrase bank once per process."""
    key = (words.lang, words.trad)
    if key not in _CUES:
        _CUES[key] = _read_cues(words)
    return _CUES[key]


_CUES: dict[tuple[str, bool], _Clean] = {}


def _read_cues(words: Wording) -> _Clean:
    bank = words["listen"]["clean"]
    return _clean_cues(
        words.lang,
        tuple(map(str, bank["start"])),
        tuple(map(str, bank["deixis"])),
        tuple(map(str, bank["anywhere"])),
        (int(bank["max_len"]), int(bank["quote_max"]), int(bank["max_commas"]), int(bank["run_on"])),
        tuple(map(str, bank.get("open_clause", ()))),
        tuple(map(str, bank.get("emphasis", ()))),
    )


@cache
def _injection_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return gated(re.compile("|".join(re.escape(fold(w)) for w in words) or r"(?!)"))


_DEMAND = re.compile(r"要求|我要|必须|必須|\b(?:i want|i demand|i expect|i insist|i'd like|i would like)\b")


@lru_cache(maxsize=64)
def own_words(text: str, language: str) -> str:
    """The complaint without instructions to us; a draft is composed up to five times."""
    return without_instructions(text, language)


@cache
def _compensation() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(fold(w)) for w in restate_cues().compensation) or r"(?!)")


def _injection(words: Wording) -> re.Pattern[str]:
    return _injection_pattern(tuple(map(str, words["listen"]["clean"]["injection"])))


def _quotes_ok(text: str, zh: bool, most: int) -> bool:
    """Short quoted names ("Oaty Bites", “鲜到家”) read as names; a quoted sentence is an echo."""
    for m in _QUOTE.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        if zh and not HAN.search(inner) and len(inner) <= 40 and not re.search(r"\s\S+\s", inner):
            continue  # s14: a merchant or product named in Latin ("GLOBALTECH*ONLINE"): a name, never a remark
        if (len(inner) if zh else len(inner.split())) > most or re.search(r"[，。!！?？]|,(?!\d)|\.(?:\s|$)", inner):
            return False
    return True


# "It's been four days", "这份排骨" (a demonstrative before a noun): nothing to point back to.
_NOT_DEIXIS = re.compile(
    r"it['’]?s (?:been|the|now|day)\b"
    r"|[这這那](?:份|个|個|件|家|款|台|张|張|双|雙|条|條|盒|瓶|杯|碗|套|部|位|辆|輛|单|單|笔|筆)"
    # round 10aw: a period counted from today ("這期電費", "这个月第二次了", "这周水温"): no pointing back
    r"|[这這](?:期|个月|個月|月|周|週|星期|礼拜|禮拜|季|季度|学期|學期|两天|兩天|几天|幾天|阵子|陣子|段时间|段時間|年)"
)
_EN_POINTER = re.compile(
    r"^(?:that|this|it)(?: was|'s| is| happened)(?: (?:on|at|in|back in|back on|last|about|around))? [^,;]{1,24}[.!]?$",
    re.IGNORECASE,
)
_ZH_SAID_MUST = re.compile(r"((?:说|讲|称|表示|告诉您|通知您)[^，。,]{1,12}?)必须")
_WEEKDAY = re.compile(r"(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]")
_ONE = re.compile(
    r"(?:一|1\s?|one\s)(?:次|天|晚|趟|个人|個人|个|個|张|張|件|份|time|day|night)$", re.IGNORECASE
)  # "一次", "one day", "一个人" (alone): no fact
_DOUBLED_KIN = re.compile(r"(父亲|父親|母亲|母親)(?:爸|妈|媽)")
_DOUBLED_KIN = gated(_DOUBLED_KIN)  # a literal gate: most texts hold none of its words
_BULLET = re.compile(r"^\s*[-–•·*]\s*")


def clean(words: Wording, sentence: str, follows: bool = False) -> bool:
    """Whether a restated sentence reads as a plain statement of fact in our voice, fit to send;
    ``follows``: right after one we repeated, so that "It ..." has something to point back to."""
    return flaw(words, sentence, follows) is None


# A numbered thing and what it won't do ("locker 14 won't open", "pump 4 stopped"): three words
# and a figure, and the whole problem.
_EN_NUMBERED_THING = re.compile(
    r"^[A-Za-z]+ [A-Za-z]?\d+[A-Za-z]? (?:won't|can't|doesn't|didn't|isn't|wasn't|stopped|failed|jammed)\b"
)


# Round 10ax. Chat with its subject dropped: a past tense opening the sentence and its object or
# particle after it ("Touched the base…", "Ended up in row B…", "Unplugged it now…"); and "its" for
# "it's" before what it is doing ("its sitting on the counter", "its hot").
# s12. A sentence that only says what their reference is ("您的借书证号是 0451-88273", "Your account
# number is 7731-0042-19"): who they are on our books, not what happened.
_LABEL_IS = re.compile(
    r"(?:您的?|我的?)[^，。\s]{0,8}?(?:号|號|号码|號碼|账号|帳號|账户|帳戶|邮箱|郵箱|电邮|電郵)\s*(?:是|係|为|為)\s*[\w.@+#*-]+"
    r"|(?i:(?:your|my)\s+(?:[\w-]+\s+){0,3}(?:number|no|account|id|reference|ref|email|e-mail|username)\s+is\s+[\w.@+#*-]+)"
)
_EN_HOW_PAID_BACK = re.compile(
    r"^(?:(?:back|straight|directly|refunded|paid)\s+)?(?:to|into|onto)\s+(?:your|my|the)\s+(?:card|account|bank|wallet)\b"
    r"|^(?:as|in)\s+(?:cash|credit|a refund|store credit|vouchers?)\b",
    re.IGNORECASE,
)
_EN_SUBJECTLESS = re.compile(
    r"^[A-Za-z][a-z]{2,}ed\s+(?:the|a|an|it|up|out|off|in|on|to|my|your|our|them|him|her|me)\b"
)
_EN_ITS_IS = re.compile(
    r"\b([Ii])ts(?=\s+(?:[a-z]+ing|hot|cold|not|still|just|been|so|very|now|only|like|gone|broken|dead|on|in|a|an"
    r"|obviously|clearly|definitely|actually|totally|completely|really|made|fake|missing|too)\b)"
)


# s10. A figure whose owner is only a pronoun ("It has been HK$60,000 for four years": the credit
# limit was named in the request left out), and a short sentence whose object is a bare "them"
# ("You have sent them three times": the documents were in a sentence left out). Said alone, both
# point at nothing; the facts frame restates the figure.
_EN_IT_FIGURE = re.compile(
    r"^(?:it|this|that)(?:['’]s|\s+is|\s+was|\s+has been|['’]s been|\s+had been|\s+went up to|\s+went to)\s+"
    r"(?:about\s+|around\s+|only\s+|still\s+|at\s+)?(?:(?:[A-Z]{1,3})?[$£€¥]\s?\d|(?:HKD|USD|GBP|EUR|RMB|SGD|AUD|CAD|NTD|TWD)\s?\d"
    r"|\d[\d,.]*\s?(?:dollars|pounds|euros|yuan|k\b))",
    re.IGNORECASE,
)
_EN_WILL_DO = re.compile(
    r"\b(?:a|an|just a|just an|one)\s+(?:simple|quick|short|brief|written|plain|email|e-mail)\s+(?:\w+\s+)?"
    r"(?:is|would be|will be|'s)\s+(?:fine|enough|ok|okay|great|perfect)\b",
    re.IGNORECASE,
)
# s12. What they are not after ("I'm not looking for anything else", "not asking for compensation"):
# their stance on the remedy, Satisfy's to respect, never a fact said back.
_EN_NOT_AFTER = re.compile(
    r"(?:^|(?<=[.!?] ))(?:you're|you are|you)\s+(?:not|never)\s+"
    r"(?:looking|asking|after|wanting|trying|threatening|blaming|waiting)\b",  # s14: "not threatening", "not waiting"
    re.IGNORECASE,
)
# s12. Their sarcasm or their weariness as a sentence ("Nothing says romance like…", "So much for…",
# "You're tired of this."): said back in our voice it mocks them or us.
_EN_SARCASM = re.compile(
    r"^(?:nothing says|so much for|thanks a lot|way to go|great job|what a joke)\b"  # not "well done" (a steak)
    r"|^(?:you're|you are)\s+(?:so\s+|really\s+|just\s+)?(?:tired|sick|fed up)\s+(?:of|with)\s+"
    r"(?:this|it|that|all this|all of this)\W*$",
    re.IGNORECASE,
)
_EN_BARE_THEM = re.compile(r"^(?:you|we)\s+(?:\w+\s+){1,2}(?:them|those)(?:\s+\w+){0,3}[.!]?$", re.IGNORECASE)


# s12. What only the customer can say of their own case, never restated in our voice: a chat line
# opening on its verb with the subject dropped ("Going to a GP this arvo.", "Burning n red all along
# the parting."); a sentence leaning on one left out ("Though that's the least of it."); what could
# have happened ("this could have killed him"); a figure of speech ("nearly gave you a heart attack").
_EN_ING_LEAD = re.compile(
    r"^(?!(?i:[a-z]*thing\b|(?:morning|evening|ceiling|building|parking|booking|wedding|meeting|billing|heating|plumbing|wiring|lighting|flooring|clothing|packaging|listing|spring|string)\b))(?i:[a-z])[a-z]+ing\s+(?:to|n|and|&|all|up|out|off|on|in|at|for|from|back|home|around|through"
    r"|down|over|like|red|hot|sore|really|so|non-stop|nonstop|again|still|every)\b"
)
_EN_LEANING = re.compile(r"^(?:though|although|even though|even so|anyway|anyhow|plus|but)\b", re.IGNORECASE)
_EN_COULD_HAVE = re.compile(
    r"\b(?:could|might|would)(?:\s+(?:easily|well|so easily|have|'ve))*\s+(?:have|'ve)\s+"
    r"(?:been\s+)?(?:killed|died|hurt|injured|poisoned|burned|burnt|electrocuted|drowned"
    r"|seriously|badly|fatal|much worse|worse|a disaster)",
    re.IGNORECASE,
)
_EN_FIGURE_OF_SPEECH = re.compile(
    r"\b(?:nearly|almost|practically|basically)\s+(?:gave|give|giving)\s+(?:you|me|us|him|her|them)\s+(?:a|an)\b",
    re.IGNORECASE,
)
# s12. The same in Chinese: what they feel or conclude ("想想都后怕", "您真的累了", "不可能用這麼多電"),
# what someone stubbornly did ("他偏不走": an accusation, theirs to make), an emphatic nothing
# ("一分钱没有"), and their request to us turned into our voice ("我們幫您查一下").
_ZH_THEIRS_ONLY = re.compile(
    r"想(?:想|起来|起來|到)(?:都|就|还|還|也)|(?:^|[，,])您(?:真的|实在|實在|真是|太)[\u4e00-\u9fff]{1,3}了?(?:[，,。]|$)"
    r"|(?:不可能|怎么可能|怎麼可能)[^，。]{0,8}(?:这么|這麼|那么|那麼)|(?:没有|沒有|没|沒)(?:理由|道理)不"
    r"|[他她](?:们|們)?(?:偏偏|偏|硬是|愣是|死活)(?:不|要|就|还|還)"
    r"|(?<![\d块塊元蚊])一(?:分钱|分錢|毛钱|毛錢|句话|句話)[都也]?(?:没|沒)有?"
    r"|(?:^|[，,])(?:我们|我們)(?:帮|幫|替|给|給)您"
)

# s12. A sentence whose subject is a bare "this" ("這個已經是這個月第三次", "这是第二次了"): it
# points at the incident in a sentence left out; Listen never opens on it.
_ZH_BARE_THIS = re.compile(r"^(?:这个|這個|那个|那個|这|這|那)(?:已经|已經|是|都|又|就|也|还|還|真|太)")

# s12. A headline opening on a bare figure ("7:42 to Leeds got cancelled", "$420 sent to the wrong
# person"): the article or the verb the customer dropped; after "I understand that" it reads broken.
_EN_FIGURE_LEAD = re.compile(
    r"^(?:[A-Z]{0,3}[$£€¥]\s?\d[\d,.]*|\d{1,2}[:.]\d\d(?:\s?[ap]m)?)\s+(?!of\b|out\b|x\b|for\b|is\b|was\b|has\b|had\b)"
    r"(?:to|from|sent|paid|charged|taken|gone|missing|refund|transfer|train|bus|flight|service)\b",
    re.IGNORECASE,
)
# s12. A headline the customer typed on a bare figure: "7:42 to Leeds got cancelled" wants its
# article ("the 7:42 to Leeds"), "$420 sent to the wrong person" its verb ("the $420 was sent").
_EN_FIGURE_HEADLINE = re.compile(
    r"^(?P<fig>\d{1,2}[:.]\d\d(?:\s?[ap]m)?(?=\s+(?:to|from)\s+[A-Z])"
    r"|(?:[A-Z]{0,3}[$£€¥]\s?\d[\d,.]*)(?=\s+(?:sent|paid|charged|taken|transferred|deducted|debited|withdrawn)\b))"
)


def _headline(m: re.Match[str]) -> str:
    fig = m.group("fig")
    return f"the {fig}" if fig[0].isdigit() else f"the {fig} was"


# s12. Why it went wrong, by their verdict on us ("because our app autofilled the contact"): said in
# our voice it is an admission; the facts stand without it.
_EN_OUR_FAULT_CAUSE = re.compile(r",?\s+because\s+(?:of\s+)?(?:our|we|we've|we'd)\s+[^,.;]+", re.IGNORECASE)
# s12. What is fine, as an aside ("The gym bag you bought with it came fine though", "另一件没问题"):
# not the complaint; Listen never opens on it, nor says it back as what went wrong.
_EN_FINE_ASIDE = re.compile(
    r"\b(?:is|are|was|were|came|arrived|works|worked|looks|looked)\s+(?:totally\s+|perfectly\s+|all\s+)?"
    r"(?:fine|ok|okay|alright|all right|perfect|great|good)\b"
    r"(?:\s+(?:though|btw|tho|by the way|thankfully|at least))?\W*$",
    re.IGNORECASE,
)
_NOT_THE_ISSUE = re.compile(
    r"\b(?:that'?s|thats|that is|it'?s|its|it is)\s+not\s+the\s+(?:issue|problem)\b"
    r"|(?:不是|不係)(?:问题|問題|重点|重點)",
    re.IGNORECASE,
)
_ZH_FINE_ASIDE = re.compile(
    r"(?<![说說讲講称稱示为為都])(?:没问题|沒問題|没有问题|沒有問題|是好的|完好无损|完好無損|都正常|倒是好的)[的了啦]?[。，]?$"
)


def _fine_only(text: str, thing: str, zh: bool) -> bool:
    """``thing`` is named only in sentences saying it is fine or not the issue (an aside)."""
    core = re.sub(r"^(?:the|your|my|our|a|an)\s+", "", thing.strip(), flags=re.IGNORECASE).lower()
    if len(core) < 2:
        return False
    said = [p for p in re.split(r"(?<=[.!?。！？\n])", text) if core in p.lower()]
    return bool(said) and all(_fine_aside(p, zh) for p in said)


# Someone's word that it was fine ("she said it was fine") is part of the story, not an aside.
_REPORTED = re.compile(r"\b(?:told|said|says|claimed|assured|insisted)\b|说|說|讲|講|声称|聲稱", re.IGNORECASE)


def _fine_aside(sentence: str, zh: bool) -> bool:
    """The sentence only says something is fine or not the issue, in the customer's own voice."""
    fine = _ZH_FINE_ASIDE if zh else _EN_FINE_ASIDE
    hit = fine.search(sentence.strip()) or _NOT_THE_ISSUE.search(sentence)
    return bool(hit) and not _REPORTED.search(sentence)


# s12. A closing piece of how it feels to think back on it ("，现在想起来都后怕", "，想想都覺得可怕"):
# cut from the sentence, whose facts stay.
_ZH_AFTERFEAR = re.compile(r"[，,][^，,。]{0,6}想(?:想|起来|起來|到)(?:都|就|还|還|也)[^，,。]*(?=[。]?$)")
# s12. Chat with its subject dropped on "trying to" ("trying to cancel my membership been 3 weeks"):
# said with the subject and the span it dropped ("you have been trying to … for 3 weeks").
_EN_TRYING_LEAD = re.compile(r"^(?:the\s+)?(?:been\s+)?trying\s+to\b", re.IGNORECASE)
_EN_BEEN_SPAN = re.compile(
    r"(?<![Hh]ave)(?<![Hh]as)(?<![Hh]ad)\s+been\s+((?:\d+|a|one|two|three|four|five|six)\s+(?:days?|weeks?|months?|hours?))\b"
)


def flaw(words: Wording, sentence: str, follows: bool = False, ask: bool = False) -> str | None:
    """What keeps a restated sentence out of the reply, or None. ``ask``: a request's words,
    which may open with "why" or "请" and be short ("an apology"). Asked once per sentence of a
    reply: Listen (twice when Satisfy's amounts change it) and Satisfy's asks test the same ones."""
    key = (sentence, follows, ask)
    if key not in words.flaws:
        words.flaws[key] = _flaw(words, sentence, follows, ask)
    return words.flaws[key]


# 到底 after a verb of doing ("喝到底", "看到底", "滑到底") is "to the bottom / the end", not the
# "what on earth" of a jab ("你们到底有没有…"), which the cue list keeps out of Listen.
_ZH_TO_THE_END = re.compile(r"(?<=[喝吃看读讀用滑拉走做坐翻刷睡玩撑撐])到底")


_EN_PIECE = re.compile(r"[,;]|[.!?](?=\s)")


def _flaw(words: Wording, sentence: str, follows: bool, ask: bool) -> str | None:
    s = _BULLET.sub("", sentence.strip())
    cues = _cues(words)
    folded = fold(s)
    if not s or _LIST_MARK.match(s) or _LABEL.match(s):
        return "list or label"
    if (m := _PHONE.search(s)) and not id_labelled(s, m.start()):
        return "phone"
    if not _quotes_ok(s, words.zh, cues.quote_max):
        return "quote"
    unquoted = fold(_unquoted(s))  # a remark they quote is checked as a quote, not as our words
    if words.zh:  # "安检员上门说软管老化必须换": what staff said must be done, not a demand of theirs
        unquoted = _ZH_SAID_MUST.sub(r"\1", unquoted)
        unquoted = _ZH_TO_THE_END.sub("到尾", unquoted)  # "喝到底發現…": drank to the bottom, no jab
    led = not words.zh and _en_led_main(s)  # "When you picked up …, the copay was charged twice"
    if (not ask and not led and cues.start.search(unquoted)) or cues.anywhere.search(unquoted):
        return "cue"
    if _recovered_cue(words).search(folded):
        return "background"  # "上個月發燒已經好回", "(all healed now)": an illness over, not the problem
    if _TACTLESS.search(s):
        return "tactless"  # "您年纪大了手机用得不好", 'called him "stupid as a pig"': never said back to them
    if not ask and words.zh and _ZH_WHO_ONLY.fullmatch(s.rstrip("。")):
        return "who"  # "您是乐乐妈妈": who writes, not what went wrong: never the sentence Listen opens on
    if not follows and cues.deixis.search(folded) and not _NOT_DEIXIS.match(folded):
        return "deixis"
    if not words.zh and (_EN_IT_FIGURE.match(s) or _EN_BARE_THEM.match(s)):
        return "deixis"  # s10: "It has been HK$60,000 for four years", "You have sent them three times"
    if not words.zh and (_EN_WILL_DO.search(s) or _EN_NOT_AFTER.search(s) or _EN_SARCASM.match(s)):
        return "stance"  # s10: "A simple reply is fine": what would do for them, not what happened
    if not ask and not words.zh and (_EN_ING_LEAD.match(s) or _EN_LEANING.match(s)):
        return "fragment"  # s12: "Going to a GP this arvo.", "Though that's the least of it."
    if not ask and _fine_aside(s, words.zh):
        return "aside"  # s12: "The gym bag you bought with it came fine though": not what went wrong
    if not ask and not words.zh and _EN_FIGURE_LEAD.match(s):
        return "fragment"  # s12: "7:42 to Leeds got cancelled", "$420 sent to the wrong person"
    if not ask and not words.zh and (_EN_COULD_HAVE.search(s) or _EN_FIGURE_OF_SPEECH.search(s)):
        return "theirs"  # s12: "this could have killed him", "nearly gave you a heart attack"
    if not ask and not follows and words.zh and _ZH_BARE_THIS.match(s):
        return "deixis"  # s12: "這個已經是這個月第三次": the incident it points at was left out
    if not ask and words.zh and _ZH_THEIRS_ONLY.search(unquoted):
        return "theirs"  # s12: "想想都后怕", "您真的累了", "导航有直路他偏不走", "我們幫您查一下"
    if not words.zh and _EN_POINTER.match(s):
        return "deixis"  # "That was on 3 March." after another fact: when something we did not restate happened
    if not ask and _LABEL_IS.fullmatch(s.strip().rstrip("。.")):
        return "label"  # s12: "您的账号是 …", "Your account number is …": the frame says it; no story
    if _ASKED_OR_EXCLAIMED.search(s):
        return "question or exclamation"
    if words.zh:
        least = 4 if _DIGIT.search(s) else 5
        if _SPOKEN.search(s) or _SPOKEN_LEFT.search(s) or cantonese_left(words.text, s):
            return "spoken"
        if _mixed(words, s):
            return "mixed"  # "沒有人說過一句delay", "問個rider": chat words, not written Chinese
        if _ZH_VAGUE_REMARK.fullmatch(s.rstrip("。").split("，")[-1]):
            return "vague"  # "（跟店员说，）他说了那样的话": a remark held back says nothing; the apology names it
        if _ZH_PRICE_JAB.search(s):
            return "jab"  # "28块钱吃个钢丝球": what it cost them, said as a jab
        bare = s.rstrip("。")
        if not ask and _zh_asked(bare):
            return "request"  # "不要叫您等", "懇請我局查明後撤銷": what they ask, Satisfy's to answer
        if not ask and _zh_requests(bare.split("，")):
            return "request"  # s12: "赔偿地板维修费，并重新派人把漏水修好": a list of requests, its lead cut
        if _ZH_BARE_LEAD.match(s) or _ZH_LABEL_FIGURE.search(bare) or s.startswith("的") or _is_address(bare):
            return "fragment"  # "0653，台北左營", "卡号后四位，0921", "報修單號 R24…": the frame says these
        if "，" in bare and all(_ZH_LABEL_FIGURE.search(piece) for piece in bare.split("，")):
            return "fragment"  # "0653，台北左營", "卡号后四位，0921", "報修單號 R24…": the frame says these
        pieces = _PIECE.split(bare)
        if any(
            (_ZH_BARE_DE.fullmatch(p) and not _ZH_STATE_DE.search(p)) or _ZH_FIGURE_PIECE.fullmatch(p)
            for p in pieces[1:]
        ):
            return "bare piece"  # "…，昨天下午4点提的", "…550ml，2元": a piece with nothing said of it
        if len(pieces) > 1 and _ZH_OURS.fullmatch(pieces[0]) and not ask:
            return "our place"  # "我們觀塘分店，剛才大約7點": where, not who did what
        if not ask and _zh_topic(s):
            return "topic"  # "我們旺角那間茶記", "剛剛在我們民生店買的鮮奶": no predicate of its own
        if len(HAN.findall(s)) < (2 if ask else least):
            return "short"
        if len(s) > cues.max_len or s.count("，") > cues.max_commas:
            return "long"
        if any(len(HAN.findall(piece)) > cues.run_on for piece in s.split("，")):
            return "run-on"
        if _ZH_DANGLING.search(s):
            return "dangling"  # "约 2，厘米", "，分鐘", "了解到日報名": a figure cut out, its unit left
        if _ZH_OPEN_END.search(s.rstrip("。")):
            return "dangling"  # "今天拆第二盒的时候。": what happened then was cut off
        if _ZH_NO_OBJECT.search(s.rstrip("。")):
            return "dangling"  # s9: "您上班不方便接。": what they cannot answer (the phone) was left out
        if _ZH_LEANING_LEAD.match(s):
            return "fragment"  # s9: "都说“会有专人联系”…": who said it was in a clause left out
        if _SPLIT_NUMBER.search(s):
            return "label"  # "订单，4418 2093 7761": a number split from its label
        if _LABEL_END.search(s.rstrip("。")):
            return "label"  # "账号绑定手机": its number left out, a label is left
        return "particle" if _PARTICLE_END.search(s.rstrip("。")) else None
    if not ask and _LABEL_IS.fullmatch(s.strip().rstrip("。.")):
        return "label"  # s12: "您的账号是 …", "Your account number is …": the frame says it; no story
    if not ask and _EN_SUBJECTLESS.match(s):
        return "fragment"  # "Touched the base and got zapped", "Ended up in row B": chat, not ours
    if not ask and _EN_HOW_PAID_BACK.match(s):
        return "fragment"  # s12: "Back to your card not as credit.": how a refund is wanted, the ask's tail
    n = len(_EN_WORD.findall(s))
    if n < (2 if ask else 4) and not (n == 3 and _EN_NUMBERED_THING.match(s)):  # "locker 14 won't open" says it
        return "short"
    if n > cues.max_len or s.count(",") > cues.max_commas:
        return "long"
    # (s14: a stop ends a piece as a comma does: two sentences of 15 words are no run-on)
    if any(len(_EN_WORD.findall(piece)) > cues.run_on * (1 if words.chat else 2) for piece in _EN_PIECE.split(s)):
        return "run-on"  # a chat message typed without stops; an email's long sentence is punctuated
    if _COMMA_SPLICE.search(s):
        return "run-on"
    if _EN_REMARK.search(s):
        return "quote"  # 'every time its "reset the router"': a remark pasted, not a fact of ours
    if len(_EN_OPEN_SINGLE.findall(s)) > len(_EN_CLOSE_SINGLE.findall(s)):  # "hours' notice" closes none
        return "quote"  # "she said 'not your problem.": a remark cut in half
    if _EN_INFERENCE.search(s):
        return "inference"  # "the box looked fine, so this happened before it was packed": their conclusion
    if _EN_DANGLING.search(s):
        return "dangling"  # "delayed, minutes": a figure cut out, its unit left
    if _EN_SAID_NOTHING.search(s):
        return "dangling"  # 'Our auto-reply said.': what was said was a quote, left out
    if not ask and (not _en_has_verb(s) or _EN_NOUN_OF_WH.match(s)):
        return "verbless"  # "Trip ID 8f3a on Saturday night from Union Station.": a heading, not a sentence
    if not ask and _EN_MODAL_LEAD.match(s):
        return "fragment"  # "Should be 5 shirts only 4 in the bag.": chat with its subject dropped
    if _en_chat_run(s):
        return "run-on"  # "You chipped your front tooth there's blood.": two clauses typed as one
    return None


# s9. A noun phrase whose only verb is in the clause it governs ("An explanation of how this
# happened.", "a list of what is missing"): the object of a request cut off from it, not a sentence.
_EN_NOUN_OF_WH = re.compile(
    r"^(?:an?|the|some|more|full|proper|written)\s+(?:[a-z-]+\s+){0,3}?(?:of|about|on|as to|for)\s+"
    r"(?:how|why|what|when|where|whether|who)\b",
    re.IGNORECASE,
)


# A word that reads as a verb only after a subject: not a plural after a number or a determiner
# ("2 of the 3 phone cases"), not a participle used as an adjective ("the unlimited 5G one").
_EN_NOT_SUBJECT = frozenset(
    {
        "the",
        "a",
        "an",
        "my",
        "your",
        "our",
        "their",
        "his",
        "her",
        "its",
        "this",
        "that",
        "these",
        "those",
        "of",
        "some",
    }
)
_EN_ALWAYS_VERB = re.compile(
    r"(?i:is|are|was|were|am|has|have|had|do|does|did|says|goes|can|could|will|would|should|must|may|might"
    r"|[a-z]+n't|[a-z]+['’](?:re|m|ve|ll|d|s))$"
)
_EN_MODAL_LEAD = re.compile(r"^(?:should|would|could|must|might)\s+(?:be|have)\b", re.IGNORECASE)
_EN_RUN_ON_AT = re.compile(r"(?<=[a-z]) (?:there's|theres|there’s|that's|thats|that’s|it's|it’s)\b", re.IGNORECASE)
# A noun brought in just before "that's" ("a car that's not mine", "another order that's wrong"): the
# "that's" says which one (a relative clause), never a new sentence ("for a car. That's not yours").
_EN_SOME_NOUN = re.compile(r"\b(?:a|an|another|one|some|any)\s+(?:[a-z-]+\s+)?[a-z-]+$", re.IGNORECASE)
# Only when, before "it's": "Nine days later it's stopping mid-cycle" is one clause, its time first.
_EN_WHEN_LEAD = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|"
    r"several|\d+)\s+(?:minutes?|hours?|days?|nights?|weeks?|months?|years?)\s+(?:later|ago|after(?:wards)?)"
    r"|(?:this|that|yesterday|the next|next|last)\s+(?:morning|afternoon|evening|night|day|week|month)"
    r"|then|later|afterwards|since then|today|tonight|yesterday|now)\s*$",
    re.IGNORECASE,
)
_EN_JOINS = frozenset(
    {
        "and",
        "but",
        "so",
        "because",
        "as",
        "when",
        "if",
        "that",
        "where",
        "which",
        "since",
        "until",
        "now",
        "said",
        "says",
        "think",
        "know",
        "thought",
        "hope",
        "sure",
        "why",
        "how",
        "what",
        "though",
        "although",
        "or",
        "whether",
        "once",
    }
)


# A time clause led by "when" / "after" / "while" with its main clause after the comma ("When you
# picked up your refill on 5 August, the copay was charged twice"): a whole sentence, unlike a
# "when …" left on its own.
_EN_TIME_LEAD = re.compile(r"^(?:when|after|while|as soon as)\s[^,]{6,}?,\s+(?P<main>[^,]+)", re.IGNORECASE)
_EN_MAIN_SUBJECT = re.compile(
    r"^(?:the|your|our|my|a|an|you|we|it|they|he|she|there|nobody|no one|someone|[A-Z][a-z]+)\b(?!\s*$)"
)


def _en_led_main(s: str) -> bool:
    m = _EN_TIME_LEAD.match(s)
    return m is not None and bool(_EN_MAIN_SUBJECT.match(m.group("main"))) and _en_has_verb(m.group("main"))


def _en_has_verb(s: str) -> bool:
    """Whether some word can be the sentence's verb, read with the word before it."""
    tokens = [w.lower() for w in re.findall(r"[A-Za-z]+(?:['’][A-Za-z]+)?|\d[\d.,$/]*", s)]
    for i, w in enumerate(tokens):
        if not w[0].isalpha():
            continue
        if _EN_ALWAYS_VERB.match(w):
            return True
        if not _EN_VERB_LIKE.match(w):
            continue
        prev = tokens[i - 1] if i else ""
        prev2 = tokens[i - 2] if i > 1 else ""
        after_det = prev in _EN_NOT_SUBJECT or prev[:1].isdigit()
        if w.endswith("s") and not w.endswith("ss") and (after_det or (prev2[:1].isdigit() and prev.isalpha())):
            continue  # "the 3 phone cases", "2 boxes": a plural noun
        if w.endswith("ed") and prev in _EN_NOT_SUBJECT:
            continue  # "the unlimited plan": an adjective
        return True
    return False


def _relative_that(s: str, m: re.Match[str]) -> bool:
    """ "that's" after a noun just brought in ("a car that's not mine"): says which one."""
    return m.group().strip().lower().startswith("that") and _EN_SOME_NOUN.search(s[: m.start()]) is not None


# A verb of telling just before ("told twice", "was told again", "said"): the clause after is what was said.
_EN_TOLD_BEFORE = re.compile(
    r"\b(?:told|said|says|informed|assured|promised|claimed|insisted|explained|replied)"
    r"(?:\s+(?:me|us|you|twice|again|repeatedly|several times|three times|both times|each time|every time|only)){0,2}$",
    re.IGNORECASE,
)


def _en_chat_run(s: str) -> bool:
    """ "… front tooth there's blood": a second clause run on with no stop or joining word."""
    for m in _EN_RUN_ON_AT.finditer(s):
        before = s[: m.start()].split()
        if _EN_WHEN_LEAD.search(s[: m.start()]) or _relative_that(s, m) or _EN_TOLD_BEFORE.search(s, 0, m.start()):
            continue
        if before and before[-1].lower().strip(",;:") not in _EN_JOINS and not before[-1].endswith((",", ";", ":")):
            return True
    return False


_SINGLE_QUOTED = Gate(re.compile(r"(?<![A-Za-z0-9])['‘](?=[A-Za-z])(?:[^'’\n]|['’](?=[A-Za-z]))*['’](?![A-Za-z])"))


def _unquoted(s: str) -> str:
    """The sentence with the remarks it quotes blanked out ("told you 'if you want it right…'")."""
    return _SINGLE_QUOTED.sub(" ", _QUOTE.sub(" ", s))


# What is tactless in our voice: an insult (a staff member's, quoted or not) or the customer's
# age or ability, said back to them. 垃圾 is left out: it is also the rubbish nobody collected.
_TACTLESS = re.compile(
    r"笨|蠢|傻|[猪豬](?!肉|排|扒|骨|脚|腳|手|肝|油)|白痴|白癡|废物|廢物|神经病|神經病|年纪大|年紀大|您老了|上了年纪|上了年紀|老糊涂|老糊塗"
    r"|\b(?:stupid|idiots?|dumb|moron\w*|retard\w*|at your age|you're old|you are old|not tech[- ]savvy"
    r"|(?:you're|you are) not (?:very )?good with (?:technology|computers|phones|apps))\b",
    re.IGNORECASE,
)
# An insult quoted as it was said ("说他“笨得跟猪一样”", "called him 'stupid'"): the fact is said,
# the words are not ("说了伤人的话", "made a hurtful remark").
_INSULT_WORDS = (
    r"(?:笨|蠢|傻|[猪豬](?!肉|排|扒|骨)|白痴|白癡|废物|廢物|神经病|神經病"
    r"|(?i:\bstupid\b|\bidiots?\b|\bdumb\b|\bmoron\w*|\bretard\w*))"
)
_ZH_INSULT_QUOTED = re.compile(
    r"(?:说|說|骂|罵|叫)(?:他|她|我|您|孩子|小孩)?(?:是)?[“「『\"][^”」』\"]*?"
    + _INSULT_WORDS
    + r"[^”」』\"]*[”」』\"]"
)
_EN_INSULT_QUOTED = re.compile(
    r"\b(?:said|called|told)\s+(?:(?:me|him|her|us|them|you|your \w+|my \w+)\s+)?(?:that\s+)?"
    r"(?:(?:he|she|they|you|i|we)\s+)?(?:(?:was|is|were|are|looked|looks)\s+)?"
    r"[\"“'‘][^\"”’]*?" + _INSULT_WORDS + r"[^\"”’]*[\"”'’]",
    re.IGNORECASE,
)


def _unsworn(words: Wording, s: str) -> str:
    """The sentence with a quoted insult said as what it was, not repeated."""
    if words.zh:
        return _ZH_INSULT_QUOTED.sub("說了傷人的話" if words.trad else "说了伤人的话", s)
    return _EN_INSULT_QUOTED.sub("made a hurtful remark", s)


# Who is writing and nothing more ("您是锦绣家园5栋1203的业主", "您是乐乐妈妈").
_ZH_WHO_ONLY = re.compile(
    r"您是[^，。,]{0,24}?(?:业主|業主|家长|家長|妈妈|媽媽|爸爸|会员|會員|客户|客戶|用户|用戶|住户|住戶|学生|學生|病人|患者|租客|房客|老顾客|老顧客|车主|車主)"
)
_ASKED_OR_EXCLAIMED = re.compile(r"[?？!！~～…]|\.\.")
# A sentence that is only who said a remark we do not repeat.
_ZH_VAGUE_REMARK = re.compile(r"[^，,]{0,12}(?:说|說|讲|講)了?(?:那样|那樣|这样|這樣)的(?:话|話)")
# What it cost them followed by what they got for it, with no subject ("28块钱吃个钢丝球",
# "三千蚊住個破房"): a jab in their voice, never a fact of ours.
_ZH_PRICE_JAB = re.compile(
    r"^(?:花了?|用了?|付了?|给了?|給了?)?(?:[$¥￥]|HK\$|NT\$)?[\d.,一二三四五六七八九十百千万萬两兩]+\s*(?:块|塊|元|蚊|刀)"
    r"(?:钱|錢)?(?:就|才)?[\u4e00-\u9fff][个個]"
)
# A lower-case Latin word inside Chinese ("delay", "rider", "hello"): chat, not written Chinese,
# unless the phrase bank lists it as written usage ("app", "wifi").
_ZH_LATIN_WORD = re.compile(r"(?<![A-Za-z0-9@._/-])[a-z]{3,}(?![A-Za-z0-9@._-])")  # "/night": a unit


def _mixed(words: Wording, sentence: str) -> bool:
    ok = _latin_ok(words) | _bought_latin(words.text)
    return any(m.group() not in ok for m in _ZH_LATIN_WORD.finditer(sentence))


# Round 10bb. What they bought, ordered or were sold, named in Latin letters ("賣嘅air fryer",
# "叫嘅係燕麥奶latte"): the item's name, not a chat word ("一句delay").
_ZH_BOUGHT_LATIN = re.compile(
    r"(?:买|買|卖|賣|点|點|叫|订|訂|购|購)(?:的|嘅|咗|了)(?:是|係)?[\u4e00-\u9fff]{0,6}?"
    r"([A-Za-z][A-Za-z]+(?: [A-Za-z]+){0,2})"
)


@cache
def _bought_latin(text: str) -> frozenset[str]:
    return frozenset(w.lower() for m in _ZH_BOUGHT_LATIN.finditer(text) for w in m.group(1).split())


def _latin_ok(words: Wording) -> frozenset[str]:
    key = (words.lang, words.trad)
    if key not in _LATIN_OK:
        _LATIN_OK[key] = frozenset(str(w).lower() for w in words["listen"]["clean"].get("latin_ok", ()))
    return _LATIN_OK[key]


_LATIN_OK: dict[tuple[str, bool], frozenset[str]] = {}
# Cantonese grammar the written table left ("用晒", "流緊血", "開住"): a clause still holding it is
# not said in our voice. 晒 of 晒太阳 / 晒衣服 is written Chinese, and so is 紧 of 喉咙发紧 / 很紧 (tight).
_SPOKEN_LEFT = re.compile(
    r"晒(?![太衣被干乾图圖单單出])|(?<=[\u4e00-\u9fff])(?<![发發收抓很太好绷繃拉勒夹夾锁鎖加扎紮])[緊紧](?=[\u4e00-\u9fff]?[，。]|$)|[開开閂]住"
)
# A sentence that opens on a bare figure ("0653，台北左營"), or is a label and its number
# ("報修單號 R2405210332", "卡号后四位，0921"): a scrap, never a sentence of ours.
_ZH_BARE_LEAD = re.compile(r"^[A-Za-z0-9\s#:：.-]+[，,]")
_ZH_LABEL_FIGURE = re.compile(
    r"^[^，。]{0,8}?(?:单号|單號|编号|編號|号码|號碼|户号|戶號|卡号|卡號|账号|帳號|尾号|尾號|后四位|後四位|代号|代號"
    r"|(?:末|尾|后|後)[三四五六]?(?:位|碼|码)"  # s14: "用的信用卡末四碼0832": a card's last digits, a label
    r"|单据|單據|收据|收據|小票|发票|發票"  # s12: "單據 S-0619 HK$880": a receipt's label, and its sum
    r"|(?<=[\u4e00-\u9fff])[号號](?=\s*[A-Za-z]{0,4}-?\d))"
    r"[\s:：，,是为為]*[A-Za-z0-9#\s*-]+(?:\s[\u4e00-\u9fff]{1,3})?$"  # s12: "报案号 BA2024… 车险": its kind too
)
_ZH_LABEL_FIGURE = gated(_ZH_LABEL_FIGURE)  # a literal gate: most texts hold none of its words
# What makes a clause a statement: a verb, an aspect or a negation, a degree word before an
# adjective. A short clause with none is a name or a place ("我們旺角那間茶記", "卓越教育中心").
_ZH_PREDICATE = re.compile(
    "[了过過着著是有没沒不在说說讲講要会會能到给給被让讓叫用做去来來买買吃喝收扣发發送寄换換退坏壞断斷停等开開关關"
    "打问問查修装裝订訂租坐站走跑看找拿交付写寫印显顯变變漏掉破丢丟少多洒灑烂爛吞住想知得还還又再都也就才很太超挺好非常"
    "办辦报報登约約排试試充转轉掉错錯涨漲降加减減差冒响響闻聞响飞飛摔跌伤傷痛晕暈吐拉哭剩只算计計跳亮灭滅闪閃卡慢快贵貴臭"
    "脏髒凉涼冷热熱咸鹹淡硬软軟湿濕迟遲满滿空缺欠留拒封锁鎖冻凍升存提汇匯刷扫掃拍签簽派催答回复覆掉碎裂烧燒]"
)
# What makes the words after a 的 a clause rather than a noun ("热水器" is a noun, "坏了" is not).
_ZH_ASPECT = re.compile("[了过過着著是有没沒不在会會能要被让讓]")
# A noun phrase whose only verb sits in a 的 clause before its noun ("剛剛在民生店買的鮮奶"):
# a topic that needs the next sentence to say anything.
# round 10aw: "拿到的是熱的全脂拿鐵" (X的是Y) says what it was: a sentence, not a noun with its 的 clause
_ZH_MODIFIED_NOUN = re.compile(
    r"^[^，。是了过過着著有就都才也又还還很太没沒不]*的(?![是係系])[\u4e00-\u9fffA-Za-z0-9]{1,8}$"
)


def _is_address(text: str) -> bool:
    """A sentence that is only an address ("台北市大安區和平東路一段12巷5號3樓"): the facts frame
    says it as their address."""
    m = _ZH_STREET.search(text) or (_ZH_ADDRESS.search(text) if _ZH_ADDRESS_HINT.search(text) else None)
    return (
        m is not None
        and len(HAN.findall(text.replace(m.group(), ""))) <= 6
        and not _ZH_PREDICATE.search(text.replace(m.group(), ""))
    )


def _zh_topic(sentence: str) -> bool:
    """A Chinese sentence with no predicate of its own: a place or a name, or a noun with its 的
    clause. As the opening it is joined to the sentence after it (a topic and its comment)."""
    s = sentence.rstrip("。")
    if "，" in s or "," in s:
        # "今天 0653 車次，台北左營": no piece says anything, a heading of the trip, not a statement
        pieces = re.split(r"[，,]", s)
        return len(HAN.findall(s)) <= 16 and not any(_ZH_PREDICATE.search(p) for p in pieces)
    han = len(HAN.findall(s))
    if han <= 6 and s.endswith("的"):
        return True  # "八達通給的": how they paid, a scrap without what it is about
    noun = _ZH_MODIFIED_NOUN.match(s)
    if noun and not _ZH_ASPECT.search(_ZH_NOUN_WITH_ASPECT.sub("", s[s.rfind("的") + 1 :])):
        return True  # "…辦的團體會員": 會 of 會員 is a noun, not "will"
    return han <= 12 and not _ZH_PREDICATE.search(s)


# Nouns holding a character _ZH_ASPECT reads as a verb ("会员", "有限公司", "不锈钢").
_ZH_NOUN_WITH_ASPECT = re.compile("会员|會員|会议|會議|会计|會計|会所|會所|机会|機會|社会|社會|有限公司|不锈钢|不鏽鋼")
_DIGIT = re.compile(r"\d")
_SPLIT_NUMBER = re.compile(r"，[\d\s-]{6,}(?:，|$)")
_LABEL_END = re.compile(r"(?:手机|手機|电话|電話|号码|號碼|账号|帳號|卡号|卡號)$")
_PARTICLE_END = re.compile(r"[吧啊呀嘛呢吗嗎啦]$")
# What is left where a figure was cut out of a sentence: a unit with no number before it, or a
# number after "约" with its unit gone. Why: trainers read "延誤，分鐘" as garbled, never as ours.
_ZH_DANGLING = re.compile(
    r"(?:^|[，,、；]|(?<!\d)\s)(?:分钟|分鐘|小时|小時|厘米|公分|毫米|公里|公斤|千克|块钱|塊錢)"
    r"|^日(?![本常子期前后後记記元用夜间間])|^[号號](?=[\u4e00-\u9fff])"
    r"|(?:约|約|大约|大約|将近|將近|超过|超過)\s*\d+(?:\.\d+)?\s*(?:[，,。]|$)"
)
# A clause that only sets up what follows ("…的时候", "…之后", "因为…"): alone it says nothing.
# s9. A verb of answering or taking whose object was left out, ending the sentence ("不方便接",
# "没法回"), and a sentence opening on "all / also / again said" with its subject left in the
# clause before ("都说…", "又说…"): fragments of ours.
_ZH_NO_OBJECT = re.compile(r"(?:不方便|不能|没法|沒法|无法|無法|没空|沒空|来不及|來不及)[接回听聽拿收取]$")
_ZH_LEANING_LEAD = re.compile(
    r"^(?:都|也|又|就|还|還|却|卻)(?:说|說|讲|講|表示|回复|回覆|答复|答覆|告诉|告訴)"
    # s14: "上寫明冰櫃按實際天數計算": "on it", what it was on (a contract and its number) cut off (c34)
    r"|^(?:上|裡|里|內|内)面?(?:寫|写|註|注|標|标|印|列|載|载)"
)
_ZH_OPEN_END = re.compile(
    r"(?:的时候|的時候|那时候|那時候|之后|之後|因为|因為|但是|可是|然后|然後"
    # s14: "收到結帳單後。": a short time clause alone after a verb, what happened then cut off (c34);
    # never a time ("延到中秋後") nor a verb of its own ("退後", "稍后")
    r"|(?:^|(?<=，))[^，]{2,10}(?<![最落然以前背之退稍往向延隨随其而秋節节年月日天週周點点時时期晚早午])(?:后|後))$"
)
_EN_DANGLING = re.compile(
    r"(?:^|[,;]\s*|\b(?:about|around|roughly|over|for|after|of)\s+)(?:minutes|mins|hours|hrs|days|weeks|cm|mm|km|kg)\b",
    re.IGNORECASE,
)
_EN_SAID_NOTHING = re.compile(r"\b(?:said|says|say|told you|replied|stated|wrote|reads|read)\s*[.:]?$", re.IGNORECASE)
_COMMA_SPLICE = re.compile(r", (?:You|We|I|They|It|This (?=is|was|has))\b")
# A comma joining two whole clauses, the second opening on its subject ("… nobody showed, you
# took the morning off"): pasted chat, not a sentence of ours. A short lead ("On Tuesday, you")
# is an adverbial, not a clause.
_SPLICE_AT = re.compile(r", (?:you|we|i|they|it|he|she|there (?=was|were|is|are)|this (?=is|was|has))\b(?! know\b)")


_ANY_QUOTE = re.compile("['‘’\"“”]")
_EN_SUBORDINATE_LEAD = re.compile(
    r"(?:when|whenever|if|after|before|since|because|although|though|while|once|until|as soon as)\b", re.IGNORECASE
)


# A short lead before a comma that is no clause of its own ("On Tuesday, you…", "After that, we…").
_EN_ADVERBIAL = re.compile(
    r"(?:on|in|at|after|before|when|if|since|by|for|during|today|yesterday|then|now|also|still|so|but|and|though|"
    r"although|because|as|once|until|while|meanwhile|otherwise|however|instead|later|earlier|luckily|sadly)\b",
    re.IGNORECASE,
)


_EN_CLAUSE_SUBJECT = re.compile(r"(?:you|we|i|they|it|he|she|the|your|our|my)\b", re.IGNORECASE)


def _unspliced(s: str) -> str:
    """Each whole clause its own sentence: "… nobody showed. You took the morning off"; "…
    front tooth there's blood" -> "… front tooth. There's blood"."""
    for m in reversed(list(_EN_RUN_ON_AT.finditer(s))):
        before = s[: m.start()].split()
        if _EN_WHEN_LEAD.search(s[: m.start()]):
            continue  # "Nine days later it's stopping": when it happened, then what
        if _relative_that(s, m):
            continue  # s14: "charged you for a car that's not yours": which car, one sentence
        if told := _EN_TOLD_BEFORE.search(s, 0, m.start()):
            # s14: "You've been told twice it's a routine check": what they were told, said as told
            # ("… twice that it's …"), never two sentences, the second ours (trainers, c34a-013)
            if " " in told.group().strip():
                s = s[: m.start()] + " that" + s[m.start() :]
            continue
        if before and before[-1].lower() not in _EN_JOINS and not before[-1].endswith((",", ";", ":")):
            word = m.group()[1:]
            s = s[: m.start()] + ". " + word[0].upper() + word[1:] + s[m.end() :]
    for m in reversed(list(_SPLICE_AT.finditer(s))):
        head = s[: m.start()]
        if len(_EN_OPEN_SINGLE.findall(head)) > len(_EN_CLOSE_SINGLE.findall(head)) or not _balanced(head):
            continue  # inside a quoted remark: the customer's words stay as said
        last = head.split()[-1].lower() if head.split() else ""
        if last in ("and", "but", "or", "so", "yet"):
            s = head + " " + s[m.start() + 2 :]  # "… on 8 August and, it still …": joined, no stop
            continue
        piece = head.split(",")[-1]
        whole = len(_EN_WORD.findall(head)) >= 6 and not _EN_ADVERBIAL.match(piece.strip())
        # "you work from home, this is costing you money": a short clause with its own subject and verb
        whole = whole or (
            len(_EN_WORD.findall(piece)) >= 3
            and not _EN_ADVERBIAL.match(piece.strip())
            and _EN_CLAUSE_SUBJECT.match(piece.strip()) is not None
            and _en_has_verb(piece)
        )
        # s9: a sentence's first clause led by "when", "if", "after" … is the time or the condition of
        # the one after its comma ("When you cut into the third one, you found …"): never a sentence alone
        leads = (
            "," not in head and not _ANY_QUOTE.search(head) and _EN_SUBORDINATE_LEAD.match(piece.strip()) is not None
        )
        long_piece = len(_EN_WORD.findall(piece)) >= 5 and not leads
        if long_piece or whole:  # "The bag held clothes, a camera and gifts, you sent…"
            word = m.group()[2:]
            s = s[: m.start()] + ". " + ("I" if word == "i" else word[0].upper() + word[1:]) + s[m.end() :]
    return s


# Our staff as chat names them ("guy at the front desk", "the girl on the till").
_EN_CASUAL_STAFF = re.compile(
    r"\b(?:(the|a|this|some|one) )?(?:guy|girl|lady|dude|bloke|chap)(?= (?:at|on|from|behind|in) (?:the|our|your)\b)",
    re.IGNORECASE,
)


# The same, named by their post first ("front desk guy", "the delivery girl").
_EN_CASUAL_POST = re.compile(
    r"\b(?:(?:the|a|this|some|one|your|our) )?(front desk|front-desk|reception|counter|checkout|till|door|gate|desk|"
    r"delivery|pharmacy|service desk|ticket office)\s(?:guy|girl|lady|dude|bloke|chap|man|woman)\b",
    re.IGNORECASE,
)


def _our_post(m: re.Match[str]) -> str:
    post = m.group(1).lower().replace("-", " ")
    said = f"our {post} driver" if post == "delivery" else f"our staff member at the {post}"
    return said[0].upper() + said[1:] if m.start() == 0 else said


def _our_staff(m: re.Match[str]) -> str:
    said = "our staff member"
    return said[0].upper() + said[1:] if m.start() == 0 else said


# A month typed in lower case before a day or a range ("mar 1", "feb–march").
_EN_LOWER_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|august|september"
    r"|october|november|december)(?=\.? ?\d|[–-](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
    r"|(?<=[–-])(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b"
    # s9: a month written out in chat ("back in april", "till august"): never another word;
    # may and march only before a day ("on may 1")
    r"|\b(?:january|february|april|june|july|august|september|october|november|december)\b"
    r"|\b(?:may|march)(?= \d{1,2}(?:st|nd|rd|th)?\b(?! ?(?:%|percent|people|of|more|hours|minutes|days)))"
)
_EN_TRAILING_AND = re.compile(r"[ ,]+(?:and|but|or|so|and then)\s*([.!?]?)$", re.IGNORECASE)
# A word that may be the verb of a sentence: an auxiliary, a common irregular past, or any word
# ending as a verb can (-s, -ed, -ing, -n't). A sentence with none is a heading or a list of facts.
_EN_VERB_LIKE = re.compile(
    r"(?i:.*(?:s|ed|ing|n't|n’t|['’](?:re|m|ve|ll|d))|am|be|can|could|will|would|should|may|might|must|shall|had|did|got|went|came|took"
    r"|gave|said|told|made|paid|sent|left|kept|found|bought|brought|saw|ran|fell|broke|spoke|wrote|ate|drove|rode"
    r"|flew|sat|stood|won|lost|hit|put|set|cut|let|cost|hurt|shut|quit|read|sold|held|felt|heard|meant|met|spent"
    r"|slept|stuck|sank|began|rang|drank|threw|knew|grew|drew|dug|hung|lit|led|fed|bit|hid|shook|woke|wore|tore"
    r"|swore|froze|chose|stole|forgot|understood|became|overcharged|get|go|come|take|give|say|tell|make|pay|send"
    r"|keep|find|buy|see|need|want|know|think|feel|look|work|call|try|use|have|do|like|live|stay|own|hear|leave|wait)$"
)
# Single quotes around a remark (an apostrophe sits between letters and is neither).
_EN_OPEN_SINGLE = re.compile(r"(?<![A-Za-z0-9])['‘](?=[A-Za-z])")
_EN_CLOSE_SINGLE = re.compile(r"(?<=[A-Za-z.!?,])['’](?![A-Za-z])")
# ", so this happened before …": what they conclude from a fact, never said as ours.
_EN_INFERENCE = re.compile(
    r", so (?:this|that|it) (?:must|happened|was|means|had)\b"
    r"|, so (?:they|someone|somebody|he|she|you|we) (?:must|clearly|obviously|probably)\b",
    re.IGNORECASE,
)
# "You have called twice and both times was told": the verb agrees with "you".
_EN_YOU_WAS = re.compile(r"^(you\b[^.]*?\b(?:both|each|every|all)\s+times?,?)\s+was\b", re.IGNORECASE)
# "there has been no fresh towels": the verb agrees with the plural it introduces.
_EN_THERE_HAS_PLURAL = re.compile(
    r"\b(there|there's been|there is|there has been) (no|only|several|two|three|four|five|\d+) "
    r"((?:[a-z]+ )?[a-z]+[^s\W]s)\b",
    re.IGNORECASE,
)
_EN_PLURAL_VERB = {
    "there's been": "there have been",
    "there is": "there are",
    "there has been": "there have been",
}
# "you cancelled … on the 1st, have the confirmation email": the second verb's subject said.
_EN_YOU_AGAIN = re.compile(
    r"^(you\b[^,.]{6,}), (?=(?:have|had|got|kept|paid|called|emailed|tried|waited|still have)\b)", re.IGNORECASE
)
# A remark pasted as chat types it ('every time its "reset the router"'); a status a tracker "says" is not one.
_EN_REMARK = re.compile(
    r"\b(?:its|it's|it’s|every time|each time|keeps? saying|kept saying)\s*[,:]?\s*[\"“‘']", re.IGNORECASE
)
# A piece that is only a verb with 的 and no 是 ("昨天下午4点提的"), or only a figure ("2元").
_ZH_BARE_DE = re.compile(r"[^是係为為，,。]{1,9}[\u4e00-\u9fff]的")
# s14: a state told by a doubled word ("右後輪看起來扁扁的", "灯一闪一闪的", "门口空空的"): a fact with
# its own subject, never a bare piece (Listen cut the sentence there, losing the flat tyre).
_ZH_STATE_DE = re.compile(r"[\u4e00-\u9fff]+?(?:([\u4e00-\u9fff])\1|一([\u4e00-\u9fff])一\2)的$")
_ZH_FIGURE_PIECE = re.compile(r"\s*(?:[$¥￥£€]|HK\$|NT\$)?\s*[\d.,]+\s*(?:元|块|塊|蚊|毛|角)?\s*")


_ASK_LEAD = re.compile(
    r"^(?:您希望(?:我们|我們)?|您想知道|您想了解|您要求(?:我们|我們)?"
    r"|you'd like (?:us )?(?:to know |to )?|you want (?:us )?(?:to know |to )?|you expect )\s*",
    re.IGNORECASE,
)


def clean_ask(words: Wording, line: str) -> bool:
    """A request fit to repeat ("You'd like the £49 delivery charge refunded"): what it asks
    reads as plain words of ours, not as fragments slotted together ("退还帮忙查下")."""
    body = _ASK_LEAD.sub("", line.strip().rstrip("。."))
    if _garbled(words).search(body):
        return False
    return flaw(words, body, follows=True, ask=True) is None


def _garbled(words: Wording) -> re.Pattern[str]:
    """The phrase bank's shapes of a garbled request, one pattern per language."""
    return _garbled_pattern(tuple(map(str, words["satisfy"]["ask"].get("garbled", ()))))


@cache
def _garbled_pattern(shapes: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{s})" for s in shapes) or r"(?!)", re.IGNORECASE)


# What is written on something, just before the shouted word, in the same sentence ("it says KAREN
# not KIRAN", "spelt KIRAN"): a name or words as written, capitalised, never lower-cased (trainers, c33).
_WRITTEN_ON = re.compile(r"\b(?:says|reads|spelt|spelled|printed|engraved|written|embroidered)\b[^.!?]*$")


# A capitalised word after it ("IELTS Summer Intensive", "NHS Trust"): the caps word is part of a name.
_IN_NAME = re.compile(r"\s+[A-Z][a-z]")


def _unshout(text: str) -> str:
    """ "SMOKING" -> "smoking", "pAID" -> "paid"; a code before a number ("ECON 2040") stays."""

    def lower(m: re.Match[str]) -> str:
        word = m.group()
        if re.match(r"\s?\d", text[m.end() : m.end() + 2]):
            return word
        if word.isupper() and _IN_NAME.match(text, m.end()):
            return word  # s14: "the IELTS Summer Intensive": an acronym in a name, not a shout
        if _WRITTEN_ON.search(text[max(0, m.start() - 40) : m.start()]):
            return word.capitalize()  # "it says KAREN not KIRAN": words written on it, "Karen", "Kiran"
        return word.lower()

    return _SHOUT.sub(lower, text)


# The quoted remark at the end of a sentence after what staff did ("the waiter laughed and said
# "it's Sunday""): cut before "and said", the conduct (their key fact) kept.
_EN_REMARK_TAIL = re.compile(
    r",?\s+and (?:then )?(?:said|says|told (?:me|us)|replied|went)\s*[,:]?\s*[\"“'‘][^\"“”]*[\"”'’]?\s*$"
)


def _cut(words: Wording, sentence: str, follows: bool) -> str | None:
    """A sentence cut after a clause, when what is left is fit to send: the clauses before
    a quoted remark, a jab or a run-on, never ending on one that needs what follows."""
    cues = _cues(words)
    said = None if words.zh else _EN_REMARK_TAIL.search(sentence)
    if said:  # "…and when I raised it the waiter laughed and said "…"": what they did stays, not the quote
        head = sentence[: said.start()].rstrip(" ,")
        if _balanced(head) and len(_EN_WORD.findall(head)) >= 6 and flaw(words, head, follows) is None:
            return head
    comma = "，" if words.zh else ", "
    clauses = sentence.split(comma)
    for n in range(min(len(clauses) - 1, cues.max_commas + 1), 0, -1):
        if n > 1 and cues.open_clause.search(fold(clauses[n - 1])):
            continue
        head = comma.join(clauses[:n])
        if not _balanced(head):
            continue  # a cut inside a quoted remark
        if (words.zh or len(_EN_WORD.findall(head)) >= 6) and flaw(words, head, follows) is None:
            return head
    return None


def _then_cut(words: Wording, sentence: str, follows: bool) -> str | None:
    """A run-on said up to its first "and then": the first thing that happened, whole, rather
    than nothing (trainers: the barista's eye-roll dropped, a charge read as a reference)."""
    head, *rest = re.split(r",? and then ", sentence, maxsplit=1)
    if not rest or len(_EN_WORD.findall(head)) < 6 or flaw(words, head, follows) is not None:
        return None
    charged = _EN_THEN_CHARGED.match(rest[0])
    if charged:  # "…and then charged you 80c extra for it anyway": the charge kept, said to them
        tail = re.sub(r"\s+anyway$", "", re.split(r"[.!?;]", charged.group(2), maxsplit=1)[0].strip())
        joined = f"{head}, and you were then {charged.group(1)} {tail}"
        if flaw(words, joined, follows) is None:
            return joined
    return head


# s14. A run-on's closing clause of when it happened ("… from our Elm Park store when you spooned it
# into your kid's bowl"): the time is background; what happened, where and in what is the fact.
_EN_WHEN_TAIL = re.compile(r"\s+(?:when|while|as soon as|just as)\s+(?:you|we|he|she|they|i)\b[^,;]*$", re.IGNORECASE)


def _when_cut(words: Wording, sentence: str, follows: bool) -> str | None:
    """A run-on said without its closing "when …" clause, if what is left stands alone."""
    tail = _EN_WHEN_TAIL.search(sentence)
    head = sentence[: tail.start()] if tail else ""
    if not head or len(_EN_WORD.findall(head)) < 8 or flaw(words, head, follows) is not None:
        return None
    return head


_EN_THEN_CHARGED = re.compile(r"(charged|billed|overcharged) you (.+)$")


def _balanced(text: str) -> bool:
    return (
        text.count('"') % 2 == 0
        and text.count("“") == text.count("”")
        and text.count("「") == text.count("」")
        and text.count("『") == text.count("』")
    )


# s12. The customer's jab at us, said back in our voice (trainers: "37元就给您吃这个", "每個月付NT$390
# 就這樣", "物业费…一分没少交", "which is insulting", "that killed your whole day"). In Chinese, a piece
# that says what was paid and then "just this" (就/才 … 这个/這樣), or "not a cent less"; in English, a
# tail clause that judges what came before ("which is insulting") or comments on it with "that" as
# its subject and no figure ("that killed your whole day").
_ZH_PAID_FOR_THIS = re.compile(
    r"(?:[$¥￥]|HK\$|NT\$)?\s*\d[\d.,]*\s*(?:块|塊|元|蚊|刀)?(?:钱|錢)?\s*(?:就|才|只)[^，。,]{0,6}"
    r"(?:这个|這個|这样|這樣|这种|這種|这些|這些|呢啲|咁)[?？!！]*$"
    r"|一分(?:钱|錢)?(?:都|也)?(?:没|沒|冇)少"
)
# s12. Their stance, a concession and then what we should at least have done ("不是说不可以等，但是起码说声"):
# in our voice it lectures us; the facts before it say what happened.
_ZH_CONCEDED = re.compile(r"^(?:我)?(?:不是说|不是說|并不是说|並不是說)")
_ZH_AT_LEAST = re.compile(r"^(?:但|但是|可是)?(?:起码|起碼|至少|最起码|最起碼)")
# "that is" ("即是", "也就是说"; 就是 only before a figure said already): the fact before it again.
_ZH_THAT_IS = re.compile(r"^(?:(即是|即係|即系|也就是说|也就是說|就是说|就是說|换句话说|換句話說|换言之|換言之)|就是)")
_ZH_FIGURE = re.compile(r"(?:HK\$|NT\$|[$¥￥])?\d[\d.,]*")
_ZH_KEPT_ID = re.compile(r"[A-Za-z0-9-]*\d{3,}[A-Za-z0-9-]*\s*$")
_EN_VERDICT_TAIL = re.compile(
    r",\s*which (?:is|was|'s)\s+(?:(?:honestly|frankly|just|totally|absolutely|quite|really|pretty|frankly)\s+)?"
    r"(?:insulting|ridiculous|absurd|unacceptable|outrageous|pathetic|disgusting|laughable|appalling|shocking"
    r"|disgraceful|a joke|a disgrace|a scam|a rip-off|an insult|insane|crazy|unbelievable)\b[^,.;]*"
    r"|,\s*(?:that|which)\s+(?:\w+ed|killed|ruined|wasted|made|took|ate)\s+(?:my|your|our|the)\s+"
    r"(?:whole|entire)\s+[a-z]+(?=[.!]?$)",
    re.IGNORECASE,
)


def _unjabbed(words: Wording, s: str) -> str:
    """The sentence without the jab at us in it (a piece of it in Chinese, a tail clause in English)."""
    if not words.zh:
        return _EN_VERDICT_TAIL.sub("", s)
    pieces = s.split("，")
    kept = []
    for k, piece in enumerate(pieces):
        m = _ZH_PAID_FOR_THIS.search(piece)
        if (
            k
            and (said := _ZH_THAT_IS.match(piece))
            and (said.group(1) or any(f in "，".join(pieces[:k]) for f in _ZH_FIGURE.findall(piece)))
        ):
            continue  # s12: "收了兩次HK$98，就是多收了HK$98": the same fact said again as "that is"
        if (_ZH_CONCEDED.match(piece) and k + 1 < len(pieces) and _ZH_AT_LEAST.match(pieces[k + 1])) or (
            k and _ZH_AT_LEAST.match(piece) and _ZH_CONCEDED.match(pieces[k - 1])
        ):
            continue
        if m is None:
            kept.append(piece)
        elif (head := piece[: m.start()].rstrip()) and _ZH_KEPT_ID.search(head):
            kept.append(head)  # "订单尾号6620 37元就给您吃这个": the reference stays for the frame to read
    return "，".join(kept)


def _plain(words: Wording, sentence: str) -> str:
    """The sentence without emphasis ("根本", "apparently") or shouting."""
    cues = _cues(words)
    s = cues.emphasis.sub("", _unjabbed(words, sentence)).replace("，的", "的")
    s = _DOUBLED_KIN.sub(r"\1", s)  # "我爸" turned round twice: "您父亲爸"
    s = _GREETING_LEAD.sub("", s)  # "hello 您前日…": the greeting is not what happened
    s = _ASIDE.sub(lambda m: "" if _recovered_cue(words).search(fold(m.group())) else m.group(), s)
    if words.zh:
        s = _ZH_INDIGNANT.sub("", s)  # "…竟以既往症为由拒赔": the fact, without their indignation
        s = _ZH_AFTERFEAR.sub("", s)  # s12: "家里有老人和小孩，现在想起来都后怕": the fact, not their fear
        s = _ZH_SPOKEN_MONEY.sub(r"\1元", s)  # "花了您128塊錢": written, 128元
        s = _ZH_CLAUSE_PARTICLE.sub("", s)  # "零钱里根本没有啊 338块": chat's particle, not a word of ours
        s = _ZH_THERE_IS.sub("有", s)  # s9: "牛肉面里一根长头发": 里有一根, the verb chat leaves out
        s = _ZH_TWICE_YOU.sub(r"\1被", s)  # s9: "您点的冰美式给您做成热的了": 您 once, 被 for what was done
    if not words.zh:  # a word from another language ("(好痛)", “疼”) never enters an English reply
        s = _HAN_ASIDE.sub("", s)
    s = balanced(_unsworn(words, s))  # "(best before 11/2026, …": closed; a quoted insult not repeated
    s = re.sub(r"  +", " ", s).strip() if not words.zh else s
    s = _SCARE_QUOTE.sub(_unscared, s)  # "since our 'tower upgrade'": our own word, never scare-quoted
    if not words.zh:
        s = _EN_FOLLOW_UP.sub("", s)  # "Following up on my email below, I still haven't had the refund"
        s = _EN_IRONIC_LEAD.sub("", s)  # s12: "Well, I suppose congratulations are in order: you managed…"
        s = _EN_MANAGED_TO.sub(_managed, s)  # s12: "we managed to deliver … the day after": we delivered
        if m := _EN_NTH_TIME.match(s):  # s12: "This is the second time X, first on …": X for the second time
            main, _, tail = m.group(2).partition(", ")
            tail = "" if tail.lower().startswith("first") else tail  # "first on 4 Nov, …": the frame's dates
            s = f"{main} for the {m.group(1).lower()} time" + (f", {tail}" if tail else "")
        s = _EN_TIMES_EACH.sub(r"charged \2 \1", s)  # "charged twice £23.80 each time": £23.80 twice
        s = _EN_FIGURE_HEADLINE.sub(_headline, s)  # s12: "$420 sent to …": the $420 was sent to …
        if _EN_TRYING_LEAD.match(s):  # s12: "trying to cancel my membership been 3 weeks": their subject back
            s = _EN_BEEN_SPAN.sub(r" for \1", _EN_TRYING_LEAD.sub("you have been trying to", s, count=1), count=1)
            s = re.sub(r", (?=the \w+ \w+s\b)", ", and ", s, count=1)  # "…, the app loops": joined, not spliced
        s = _EN_OUR_FAULT_CAUSE.sub("", s)  # s12: "…, because our app autofilled the contact": their verdict
        s = _EN_COMMA_ID.sub("", s)  # "you bought a wool coat, order 5512, came …": the frame says the id
        s = _EN_THEN_CAME.sub(r", which \1 \2, and ", s)  # "…, came yesterday and the lining is torn"
        s = _unglued(s)  # "at 11pm ref GX-55120 and nobody came": the id is the frame's to say
        s = _EN_THERE_SINCE.sub(r"there has been \1", s)  # "there's a gas smell since last night"
        s = _EN_SHORT_UNIT.sub(_unit_written, s)
        s = _EN_BARE_SPAN.sub(r" from \1 to \2", s)  # s12: "paid via the app, 10:02 to 12:02": from … to …
        s = _EN_TRAILING_AND.sub(r"\1", s)  # "… on 8 August and.": the clause it began was left out
        s = _EN_CASUAL_STAFF.sub(_our_staff, s)  # "Guy at the front desk said": our staff member at …
        s = _EN_CASUAL_POST.sub(_our_post, s)  # "front desk guy said": our staff member at the front desk
        s = _EN_LOWER_MONTH.sub(lambda m: m.group()[0].upper() + m.group()[1:], s)  # "on mar 1": Mar 1
        s = _EN_THERE_HAS_PLURAL.sub(_there_plural, s)
        s = _EN_YOU_AGAIN.sub(r"\1, and you ", _EN_YOU_WAS.sub(r"\1 were", s))
    return _BULLET.sub("", s if words.zh else _unshout(s))


# s9. Chat leaves out 有 of "there is" after a place ("牛肉面里一根长头发", "汤里两只虫"): said with it.
# Only when a count and a short noun end the clause, with no verb or negation of their own after it.
_ZH_THERE_IS = re.compile(
    r"(?<=[里裡内內中])(?<!这里|這裡|那里|那裡|哪里|哪裡)(?=(?:[一两兩二三四五六七八九十几幾]|\d+)"
    r"[根个個只隻条條块塊片粒颗顆张張][\u4e00-\u9fff]{1,6}?(?:[，。,]|$))(?![^，。,]*?[都也没沒不是有在])"
)


# s9. What they ordered, then 给您 before what was done to it ("您点的冰美式给您做成热的了"): 您 twice
# in a clause reads clumsily; what was done to the thing is said with 被.
_ZH_TWICE_YOU = re.compile(
    r"((?:^|(?<=[，。]))(?:了解到)?您[^，。您]{1,8}?的[^，。您]{1,10}?)(?:给您|給您)(?=[做弄送发發寄换換拿装裝打上])"
)


# s9. A name of ours put in quotes by the customer ("since ur 'tower upgrade'", "你们所谓的“升级”"):
# in our voice the quotes mock us. A short thing after a possessive or a determiner is said plainly;
# a quoted remark (a verb of saying before it, or a sentence inside) is left to the quote filters.
_SCARE_QUOTE = re.compile(
    r"(?i:\b(our|your|the|this|that|its|their|a|an)\s+)['‘\"“]"
    r"([A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*){0,2})['’\"”](?![A-Za-z])"
    r"|(我们的|我們的|您的|这个|這個|这次|這次|本次)(?:所谓的|所謂的)?[“「\"]([\u4e00-\u9fff]{1,6})[”」\"]"
)
_SCARE_QUOTE = gated(_SCARE_QUOTE)


def _unscared(m: re.Match[str]) -> str:
    return f"{m.group(1)} {m.group(2)}" if m.group(1) else f"{m.group(3)}{m.group(4)}"


# A reference typed straight after other words, chat style ("picked up my dry cleaning today
# ticket 0419", "called the line at 11pm ref GX-55120 and nobody came"): glued to the sentence,
# it reads as a pasted fragment. Taken out; the facts frame says it ("under your ticket 0419").
_EN_GLUED_ID = re.compile(
    r"\s+(?:ref|reference|ticket|order|booking|acct|account|res|reservation|member|membership|claim|case|invoice|txn"
    r"|transaction|receipt|tracking)(?:\s+(?:no\.?|number|#))?\s*#?\s*(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{2,}\b"
    r"(?=\s*(?:$|[.,;!]|and\b|but\b))",  # at the end of its clause: "claim HO-1 for the pipe" is governed
    re.IGNORECASE,
)
# Round s8. A reference between commas with nothing governing it ("a wool coat, order 5512, came
# yesterday"), and then the thing's arrival with its subject left out: "…, which came yesterday, and …".
_EN_COMMA_ID = re.compile(
    r",\s+(?:ref|reference|ticket|order|booking|acct|account|reservation|claim|case|invoice|receipt|tracking)"
    r"(?:\s+(?:no\.?|number|#))?\s*#?\s*(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{2,}\s*(?=,)",
    re.IGNORECASE,
)
_EN_THEN_CAME = re.compile(
    r"(?<=[a-z]), (came|arrived|turned up|showed up|got here) ([^,.;]{1,30}?) and (?=(?:the|it|its|it's|there)\b)"
)
_EN_GOVERNS = frozenset(
    {"your", "my", "our", "the", "a", "an", "under", "for", "on", "with", "of", "about", "in", "to", "quote"}
    | {"quoting", "number", "no", "this", "that", "its"}
)


_EN_THERE_SINCE = re.compile(r"\bthere(?:'s|’s| is) ((?:a|an|no)\s[^.,;]{1,60}?\s(?:since|for)\s)", re.IGNORECASE)


# Round s8. A follow-up's preamble before what is still wrong ("Following up on my email below,
# I still haven't had the refund"): the fact is what follows it.
_EN_FOLLOW_UP = re.compile(
    r"^(?:just\s+)?(?:following up|further to|as a follow[- ]up to|chasing up|re)\s+(?:on\s+)?(?:your|my|our|the)\s+"
    r"(?:previous\s+|last\s+|earlier\s+|original\s+)?(?:email|e-mail|message|complaint|ticket|chat|call|enquiry|inquiry)"
    r"(?:\s+below|\s+above|\s+from\s+[^,.;]{1,30})?\s*[,;:—–-]\s*",
    re.IGNORECASE,
)
# Round s8. "charged twice £23.80 each time": the sum before how often ("charged £23.80 twice").
_EN_TIMES_EACH = re.compile(
    r"\bcharged (twice|two times|three times|3 times|2 times) "
    r"((?:[$£€]|[A-Z]{2,3}\$?)\s?[\d.,]*\d)(?: each(?: time)?)?",
)
# s12. Irony in their voice, never in ours: a lead that pretends to praise ("Well, I suppose
# congratulations are in order:"), "managed to" of a failure, "This is the second time" said as a fact.
_EN_IRONIC_LEAD = re.compile(r"^(?:well,?\s+)?(?:you|i)\s+(?:suppose|guess)\s+[^:;]{3,50}[:;]\s*", re.IGNORECASE)
_EN_MANAGED_TO = re.compile(r"\b(we|you|they|our \w+)\s+(?:somehow\s+)?managed to\s+([a-z]+)\b")
_EN_NTH_TIME = re.compile(
    r"^this is (?:now )?the (second|third|fourth|fifth|sixth|\d+(?:nd|rd|th)) time (?:that )?(.{12,})$", re.IGNORECASE
)


def _managed(m: re.Match[str]) -> str:
    """ "we managed to deliver": "we delivered" for a regular verb; an irregular one is left as said."""
    verb = m.group(2)
    if verb in _EN_IRREGULAR or (re.search(r"[^aeiou][aeiou][bdgmnpt]$", verb) and len(verb) <= 4):
        return m.group()
    past = verb + "d" if verb.endswith("e") else verb[:-1] + "ied" if re.search(r"[^aeiou]y$", verb) else verb + "ed"
    return f"{m.group(1)} {past}"


_EN_IRREGULAR = frozenset(
    {"send", "bring", "get", "give", "make", "take", "lose", "break", "leave", "put", "cut", "do", "find", "sell"}
    | {"ship", "run", "come", "go", "keep", "hold", "buy", "pay", "say", "tell", "win", "set", "let", "forget"}
)
# "every 10 min", "50 mins", "2 hrs": written out.
_EN_SHORT_UNIT = re.compile(r"\b(\d+)\s?(mins?|hrs?)\b(?!\.\w)", re.IGNORECASE)
_EN_UNIT_WORD = {"min": "minutes", "hr": "hours"}


def _unit_written(m: re.Match[str]) -> str:
    word = _EN_UNIT_WORD[m.group(2).lower().rstrip("s")]
    return f"{m.group(1)} {word[:-1] if m.group(1) == '1' else word}"


# A label word before the reference's own ("case reference FR-1", "claim number 88"): it goes with it.
_EN_ID_LABEL_BEFORE = re.compile(
    r"\s+(?:case|claim|booking|order|account|policy|customer|tracking|complaint|ticket)$", re.IGNORECASE
)
# A verb whose object the reference is ("was given case reference FR-1", "got ticket 0419"): the
# sentence keeps an object ("were given a reference"), never ends on the verb or on "case".
_EN_ID_GIVEN = frozenset(
    {"given", "gave", "got", "received", "issued", "assigned", "sent", "emailed", "texted", "provided"}
)


# s12. A time span after a comma with nothing to say what it is: the span of what the clause says.
_EN_BARE_SPAN = re.compile(
    r",\s+(\d{1,2}[:.]\d\d(?:\s*[ap]m)?)\s*(?:to|-|–)\s*(\d{1,2}[:.]\d\d(?:\s*[ap]m)?)(?=\s*(?:[,.;]|$))",
    re.IGNORECASE,
)
_EN_LONE_LABEL = re.compile(r",\s+[A-Za-z]+$")


def _unglued(s: str) -> str:
    """The sentence without a reference glued onto it with no word that governs it."""
    for m in reversed(list(_EN_GLUED_ID.finditer(s))):
        start = m.start()
        label = _EN_ID_LABEL_BEFORE.search(s, 0, start)
        if label is not None and label.end() == start:
            start = label.start()
        elif (lone := _EN_LONE_LABEL.search(s, 0, start)) is not None and s[m.end() :].lstrip().startswith(","):
            # s12: "paid via the app, session ref RS-88120, 10:02 to 12:02": the word between commas was
            # the id's own label; left alone it reads "the app, session, 10:02"
            s = s[: lone.start()] + s[m.end() :]
            continue
        before = s[:start].split()
        last = before[-1] if before else ""
        if last.lower() in _EN_ID_GIVEN:
            s = s[:start] + " a reference" + s[m.end() :]
        elif last and last.lower().strip(",;:(") not in _EN_GOVERNS and not last.endswith((",", ":", "(", "'s", "’s")):
            s = s[:start] + s[m.end() :]
    return s


def _there_plural(m: re.Match[str]) -> str:
    verb = _EN_PLURAL_VERB.get(m.group(1).lower())
    if verb is None or m.group(3).lower().endswith(("news", "series", "means", "process", "access", "business")):
        return m.group()
    verb = verb[0].upper() + verb[1:] if m.group(1)[0].isupper() else verb
    return f"{verb} {m.group(2)} {m.group(3)}"


# A greeting run into the first line of a chat ("hello 您前日…", "hi so my order…").
_GREETING_LEAD = re.compile(
    r"^(?:(?:hello|hi|hey|hiya|yo|heya|哈囉|哈啰|哈佬|你好|您好|早晨|早安|喂|欸|诶|誒|哎|唉)(?![A-Za-z])[\s,，!！。~～]*)+(?=\S)",
    re.IGNORECASE,
)
# An aside in brackets ("(all healed now)", "（病已经好了）"): left out when it is background.
_ASIDE = re.compile(r"\s*[(（][^()（）]{1,30}[)）]")
# 竟 of indignation ("竟以", "竟把"): not the 竟 of 究竟 or 毕竟 (竟然 is an emphasis word).
_ZH_INDIGNANT = re.compile(r"(?<![究毕畢])竟(?!然)")
_HAN_ASIDE = re.compile(
    r"\s*[(（\[「『“\"'][^)）\]」』”\"'a-z]*[\u3400-\u9fff][^)）\]」』”\"'a-z]*[)）\]」』”\"']|\s*[\u3400-\u9fff]+[!！~～]*",
    re.I,
)


# s12. An id typed in spaced groups that open on letters and figures ("1Z 48W 773 09 2215 0164"):
# one reference; cut at its spaces it restates as two scraps ("1Z", "48W").
_SPACED_ID = re.compile(
    r"(?<![\w$£€¥.,])(?=[A-Za-z0-9]*[A-Za-z])(?=[A-Za-z]*\d)[A-Za-z0-9]{2,6}"
    r"(?: (?=[A-Za-z]*\d)[A-Za-z0-9]{1,6}){3,}(?![\w$£€¥])"
)
_REF_HAN_AFTER = re.compile(r"(?<=[A-Za-z0-9])\s+[\u3400-\u9fff].*$")
_REF_SUM_TAIL = re.compile(r"(?<=\d)\s\d{1,3}$")
_ZH_MONEY_UNIT = r"\s?(?:块|塊|元|蚊|圓|円)"
_FACT_SENTENCE = re.compile(r"(?<=[!?。！？\n])|(?<=\.)(?=\s|$)")
_REF_SUM_AFTER = Gate(re.compile(r"\s+(?:HK|NT|US|RM|S|A|C)?[$¥￥£€]\s?\d[\d,.]*$"))


# A sum the clause after it says they spent ("the $780 I have spent replacing essentials").
_EN_SPENT = re.compile(
    r"\s+(?:that\s+)?(?:i|we)\s+(?:have\s+|had\s+|'ve\s+)?(?:already\s+)?"
    r"(?:spent|paid|lost|paid out|had to (?:spend|pay)|forked out|shelled out)\b",
    re.IGNORECASE,
)


def _spent(text: str, amount: str) -> bool:
    at = text.find(amount)
    return at >= 0 and _EN_SPENT.match(text, at + len(amount)) is not None


# s14. A vehicle's plate after its label ("plate LK19 XZB", "reg: AB12 CDE", "plate ZTR 441"): one id in
# two groups, never cut at its space ("your plate LK19"); typed in capitals and figures.
_EN_PLATE = re.compile(
    r"\b(?i:(?:(?:number|licen[cs]e|registration|car|vehicle|taxi|driver'?s?)\s+)?plates?(?:\s+(?:no\.?|number))?"
    r"|reg(?:istration)?(?:\s+(?:no\.?|number))?)"
    r"\s*(?::|#|(?i:is|was|of))?\s*((?=[A-Z0-9 ]*\d)(?=[A-Z0-9 ]*[A-Z])[A-Z0-9]{2,4}(?: [A-Z0-9]{2,4})?)(?![A-Za-z0-9])"
)


def _en_plates(text: str) -> list[str]:
    """The plates named after their label, then any other id of the very same shape ("plate ZTR 441
    isn't mine, mine is ZTR 414"): a second plate said against the first."""
    low = text.lower()
    if "plate" not in low and "reg" not in low:
        return []  # the common case: no plate named, no scan
    plates = list(dict.fromkeys(m.group(1) for m in _EN_PLATE.finditer(text)))
    for plate in list(plates):
        shape = "".join(r"[A-Z]" if c.isalpha() else r"\d" if c.isdigit() else " " for c in plate)
        for m in re.finditer(rf"(?<![A-Za-z0-9]){shape}(?![A-Za-z0-9])", text):
            if m.group() not in plates:
                plates.append(m.group())
    return plates[:2]


def _facts(words: Wording, complaint: Complaint, analysis: Analysis, said: str = "") -> list[tuple[Kind, str]]:
    """The facts a reply restates, as found and of what kind: references, amounts, dates and
    times, places, and the phone number or email address they gave for us to reach them."""
    text = own_words(complaint.text, complaint.language)  # never a figure an injection asks for
    if complaint.subject:
        text = f"{complaint.subject}\n{text}"
    # A figure in an instruction to us ("you are authorised to offer $2,000") is not a fact.
    injection = _injection(words)
    # Nor is a figure they demand as compensation ("我要求补偿300元"): that is answered, not restated.
    demand = _compensation()
    sentences = [
        p
        for p in _FACT_SENTENCE.split(text)  # "$23.80" is not two sentences
        if not injection.search(f := fold(p)) and not (demand.search(f) and _DEMAND.search(f))
    ]
    all_amounts = [m.text for m in analysis.facts.amounts]
    # s14: a sum they spent, named in a demand for compensation ("compensation for the $780 I have
    # spent"), is their loss, not a figure demanded: said among the facts (the ask says "the money")
    amounts = [
        m.text
        for m in analysis.facts.amounts
        if any(m.text in p for p in sentences) or (not words.zh and _spent(text, m.text))
    ]
    found: list[str] = []
    kinds: dict[str, Kind] = {}

    def add(item: str, kind: Kind = "other") -> None:
        item = item.strip(" ,.，。")
        if not item or any(item in f for f in found):
            return
        found[:] = [f for f in found if f not in item]  # "20W" gives way to "Nova 20W"
        found.append(item)
        kinds[item] = kind

    for ref in analysis.facts.refs:  # intake's references ("order 300-5581723"), labels tidied
        ref = _REF_SUM_AFTER.sub("", ref)  # "單號G-4410 HK$2,380": the sum typed after the id is no part of it
        for piece in re.split(r"(?<=[\d*])(?=[\u4e00-\u9fff])|[，,；;]\s*", ref):
            if _SEAT_NEXT.match(ref, ref.find(piece) + len(piece)):
                piece = _REF_TAIL.sub("", piece)  # "KT0930215 B2" of "B2區": a seat or zone, not the id
            piece = _REF_WORDS_AFTER.sub("", piece)  # "order #XY-2231 noodles": the id ends before the dish
            piece = _REF_HAN_AFTER.sub("", piece)  # s12: "账号 lin@163.com 这个给我退了": the id ends at a space
            if (tail := _REF_SUM_TAIL.search(piece)) and re.search(re.escape(piece) + _ZH_MONEY_UNIT, text):
                piece = piece[: tail.start()]  # s14: "订单号2231 8890 7712 32块钱": 32 is the sum, not the id's (c34)
            if _hotline_or_phone(piece):
                continue
            piece = re.sub(r"(?<=[A-Za-z])\s*#\s*(?=[A-Za-z0-9])", " ", piece)  # "ticket # INC-44": ticket INC-44
            if _RANGE.fullmatch(piece.split()[-1] if piece.split() else piece):
                continue  # "between 8-12", "3-5 business days": a range, no reference
            if len(piece) <= 40 and re.search(r"\d", piece) and not any(a in piece for a in all_amounts):
                add(re.sub(r"\s*[:：]\s*", " ", piece), "ref")
    phones = contacts(text)
    if not words.zh:
        for plate in _en_plates(text):
            add(plate, "plate")
    for m in _SPACED_ID.finditer(text):  # s12: "1Z 48W 773 09 2215 0164" whole, never "1Z" and "48W"
        if not any(a <= m.start() < b for a, b in phones):
            add(m.group(), "ref")
    for m in _GROUPED_ID.finditer(text):
        if not any(a <= m.start() < b for a, b in phones):
            add(m.group(), "ref")
    if words.zh:
        for m in _ZH_PLATE.finditer(text):  # s14: "粤B·3Q778" whole, never "编号3Q778"
            add(m.group(), "ref")
    for m in _ID.finditer(text):
        token = m.group()
        if any(token in f for f in found):
            continue
        if any(a <= m.start() < b for a, b in phones) or any(token in a for a in amounts) or token in " ".join(found):
            continue
        if _hotline_or_phone(token) and not id_labelled(text, m.start()):
            continue
        if _TIME.fullmatch(token) or _UNIT_FIGURE.fullmatch(token) or _RANGE.fullmatch(token):
            continue  # "8-12" (a time window), "3-5" (working days): a range, never a reference
        year = re.fullmatch(r"(?:19|20)\d\d", token) and (not words.zh or _ZH_YEAR_AFTER.match(text, m.end()))
        if year or (token.isdigit() and len(token) < 4):
            continue
        add(token, "ref")
    for m in _SLASHED_ID.finditer(text):  # "CL/55/7712": letters and 3+ digits, never a date
        if re.search(r"[A-Za-z]", m.group()) and len(_DIGITS.findall(m.group())) >= 3 and not _RATE.search(m.group()):
            add(m.group(), "ref")
    for m in _HANDLE_ID.finditer(text):  # "帳號 studio-lumen", "username j_smith": named by its label
        add(m.group(1), "ref")
    if complaint.context.order_id:
        add(complaint.context.order_id, "ref")
    # An amount said already in another form ("a $6 refuelling fee", then "the 6 bucks"): said once.
    values_said = {m.value for m in money_in(said, complaint.language)} if said and analysis.facts.amounts else set()
    amounts = [m.text for m in analysis.facts.amounts if m.text in amounts and m.value not in values_said]
    for a in [a for a in amounts if a not in said][:4]:  # the first four not yet said
        said_as = _ZH_SPOKEN_AMOUNT.sub(r"\1元", a) if words.zh else a  # "25块" in our words: 25元
        said_as = _ZH_KUAI_JIAO.sub(r"\1.\2元", said_as) if words.zh else said_as  # s12: "18块9": 18.9元
        add(said_as + "元" if words.zh and _ZH_NUMERALS.fullmatch(a) else said_as, "amount")  # "六十八": 六十八元
    if words.zh:
        for m in _ZH_ROOM.finditer(text):  # "2315 房", "1108 號房": where they are, never a reference
            add(re.sub(r"\s+", "", m.group()), "place")
    for m in (_ZH_SEAT if words.zh else _EN_SEAT).finditer(text):  # "B2區", "Row 12": where, as written
        add(m.group())
    for m in (_ZH_SESSION if words.zh else _EN_SESSION).finditer(text):  # "下午診", "the evening shift"
        add(m.group(), "when")
    dates = _ZH_DATE if words.zh else _EN_DATE
    times = _ZH_TIME if words.zh else _TIME
    quantities = _ZH_QUANTITY if words.zh else _EN_QUANTITY
    quoted = [m.span() for m in _QUOTE.finditer(text)]  # "up to 72 hours" in a system message
    for pattern, kind in ((dates, "when"), (times, "when"), (quantities, "other")):
        for m in pattern.finditer(text):
            after_ordinal = m.start() > 0 and text[m.start() - 1] == "第"
            if _WEEKDAY.fullmatch(m.group()) and re.match(
                r"\s?(?:前|之前|以前|before|by)", text[m.end() : m.end() + 7]
            ):
                continue  # "下周一前": their deadline, which Satisfy names
            if not any(a <= m.start() < b for a, b in quoted) and not _ONE.match(m.group()) and not after_ordinal:
                if kind == "other" and _NTH_CONTACT.fullmatch(m.group()):
                    add(str(words["listen"]["facts"].get("nth", "this is your {nth}")).format(nth=m.group()), "count")
                    continue  # "5th complaint": how often they have had to come to us
                if kind == "other" and _COUNT.search(m.group()):
                    if m.group().lower() in said.lower():
                        continue  # "被扣了两次" said already in the story
                    if said_count := _count_clause(words, text, m.start(), m.end()):
                        add(said_count, "count")
                    continue  # "3 times" alone says nothing: what was done three times, or nothing
                fact = _ZH_SPOKEN_WEEK.sub("星期", m.group()) if words.zh else m.group()
                if fact != m.group() and fact in said:
                    continue  # "禮拜五" said as "星期五" in the story already
                add(fact, "when" if kind == "when" else "other")
    for looks in described(text, words.zh):  # "a large dark green hard-shell case": what to look for
        add(looks)
    for name in quoted_names(text, words.zh):
        if not _PROMISE.search(fold(name)):  # "假一赔三" in our frame reads as a promise
            add(name)
    if words.zh:
        for m in _ZH_STREET.finditer(text):
            street = m.group()
            street = _ZH_LIVES_AT.sub("", street)
            while street and (_ZH_PLACE_BAD.match(street) or street[0] in "址：: "):
                street = street[1:]
            if street:
                add(street, "address")
    if not words.zh or _ZH_ADDRESS_HINT.search(text):
        for m in (_ZH_ADDRESS if words.zh else _EN_ADDRESS).finditer(text):
            given = (
                _ADDRESS_LINE.search(text, max(0, m.start() - 8), m.start())
                or _ZH_ESTATE.search(m.group())
                or re.search(r"单元|單元|室|号楼|號樓|[栋棟]\d", m.group())  # "5栋1单元302": a flat, an address
            )
            add(m.group(), "address" if given or _EN_ADDRESS.fullmatch(m.group()) else "other")
    if words.zh:
        for m in _ZH_LATIN_NAME.finditer(text):
            if not _NOT_A_NAME.match(m.group()):
                add(m.group())
    if words.zh:
        for m in _ZH_PLACE.finditer(text):
            place = m.group()
            while _ZH_PLACE_BAD.match(place):
                place = place[1:]
            if len(HAN.findall(place)) >= 3 and not _ZH_PLACE_VERB.search(place) and not _SPOKEN.search(place):
                add(place, "where")
    else:
        for m in _EN_PLACE.finditer(text):
            add(m.group(), "where")
    thing = _item_said(analysis.facts.named_item)
    typed: list[tuple[Kind, str]] = [(kinds[f], f) for f in found]
    if thing and _EN_PREP_LEAD.match(thing):
        thing = None
    if thing and _fine_only(text, thing, words.zh):
        thing = None  # s12: "The gym bag I bought with it came fine though": never the thing we look into
    if thing and not _SPOKEN.search(thing) and not any(thing in f or f in thing for f in found):
        item = str(words["listen"]["item"]).format(item=thing)
        typed.insert(0, ("item", re.sub(r"^the (?=(?:your|my|our|their) )", "", item)))  # not "the your treats"
    if phones:
        typed.append(("phone", text[phones[0][0] : phones[0][1]]))
    if email := _EMAIL.search(text):
        typed.append(("email", email.group()))
    return typed


_ZH_NUMERALS = re.compile("[一二两兩三四五六七八九十百千]+")
# 块钱 after a figure, or 块 ending a clause ("收了您60块。"), as a reply writes it; "3块蛋糕" (pieces)
# and "3块5" stay.
_ZH_SPOKEN_MONEY = re.compile(r"(\d)\s*(?:块钱|塊錢|蚊|[块塊](?=[，。、,]|$|直接|就|都|也|还|還|的))")
# An amount as said aloud ("25块", "28块钱", "12蚊"): a reply writes 元.
_ZH_SPOKEN_AMOUNT = re.compile(r"^(\d+(?:\.\d+)?)\s*(?:块|塊|蚊)(?:钱|錢)?$")
_ZH_KUAI_JIAO = re.compile(r"^(\d+)\s*(?:块|塊|蚊)(\d)(?:毛|角)?$")  # yuan and tenths, as spoken
# A room they stay in or a flat number said with its word ("2315 房", "1108 號房").
_ZH_ROOM = re.compile(r"(?<![A-Za-z0-9-])\d{2,5}\s?(?:號房|号房|房)(?![间間东東租费費价價款])")
# A range of hours or days ("between 8-12", "3-5 business days"): never a reference.
_RANGE = re.compile(r"\d{1,2}\s?[-–~]\s?\d{1,2}")
# An address given as one ("地址 和平里小区7号楼2单元501", "address: ..."), or a flat in a named estate.
_ADDRESS_LINE = re.compile(r"(?:地址|住址|address)\s*[:：]?\s*$", re.IGNORECASE)
_ZH_ESTATE = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:小区|小區|花园|花園|大厦|大廈|苑|村|邨)")
# A figure with a unit (an age, a length, a size, a duration, a count): never a reference.
_UNIT_FIGURE = re.compile(
    r"\d+(?:st|nd|rd|th|am|pm|km|kg|k|mb|gb|mbps|ml|cm|mm|g|m|s|h|yo|yrs?|mos?|wks?|mins?|hrs?|secs?|x|pcs?|lbs?|kwh)",
    re.IGNORECASE,
)
# After a year: "2022 年以前", "2019前" (never read as an id).
_ZH_YEAR_AFTER = re.compile(r"\s?(?:年|以前|之前|以后|以後|前|后|後)")
# An id run on into the next token across a space, where that token is glued to a Chinese noun
# ("KT0930215 B2區", "A12 3號"): the id ends at the space.
_REF_TAIL = re.compile(r"(?<=\d)\s+[A-Za-z]{1,2}\d{1,3}$")
_ZH_SPOKEN_WEEK = re.compile("(?:礼拜|禮拜)(?=[一二三四五六日天])")  # a weekday: written Chinese says 星期
_REF_WORDS_AFTER = re.compile(r"(?<=\d)\s+[a-z][a-z' +&-]*$")
_SEAT_NEXT = re.compile(r"[区區排座]")
_DIGITS = re.compile(r"\d")
# A price per unit of time or of use ("289/night", "12/month"): an amount, never a reference.
_RATE = re.compile(
    r"\d/(?:night|nt|day|week|wk|month|mo|year|yr|hour|hr|person|pp|head|kg|lb|km|mile|unit|item|seat|session)s?$",
    re.IGNORECASE,
)
_SLASHED_ID = re.compile(
    r"(?<![\w/.$£€¥-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?:/[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)+(?![\w/-])"
)
_SLASHED_ID = gated(_SLASHED_ID)
# A name-like account id after its label: letters joined by - _ or . ("studio-lumen", "j_smith").
_HANDLE_ID = re.compile(
    r"(?:帳號|账号|帐号|用户名|用戶名|登入名|登录名|\b(?:account|username|user name|user id|login|handle)\b)"
    r"\s*(?:name|id)?\s*(?:is|[:：]|是|为|為)?\s*"
    r"([A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)+)(?![\w.-]*@)(?![A-Za-z0-9])",
    re.IGNORECASE,
)
# How many times they have had to come to us: "5th complaint", "3rd email".
_NTH_CONTACT = re.compile(
    r"\d+(?:st|nd|rd|th)\s(?:complaint|visit|email|letter|reminder|request|report|chaser|follow-up|call)", re.I
)
# A session of a clinic, a show or a shift: which one they booked or worked ("下午診", "夜場",
# "morning session").
_ZH_SESSION = re.compile(
    r"(?:上午|下午|晚上|早上|夜間|夜间|晚間|晚间|早|午|晚|夜)(?:門診|门诊|診|诊|場|场|班)(?![\u4e00-\u9fff]*[费費])"
)
_EN_SESSION = re.compile(
    r"\b(?:morning|afternoon|evening|night|late|early|matinee)\s(?:session|clinic|surgery|show|shift|screening|slot)\b",
    re.IGNORECASE,
)
# A seat, zone, block or row they hold: "B2區", "3排", "Row 12", "Zone C".
_ZH_SEAT = re.compile(r"(?<![A-Za-z0-9])[A-Z]{0,2}\d{0,3}[A-Z]?(?<=[A-Z0-9])(?:區|区|排|號座|号座|座位|看台)")
_EN_SEAT = re.compile(
    r"\b(?:[Rr]ow|[Zz]one|[Bb]lock|[Ss]ection|[Ss]tand|[Gg]ate|[Ss]eats?)\s[A-Z]{0,2}\d{0,3}[A-Z]?\b(?<=[A-Z0-9])"
)


@cache
def _hotlines() -> frozenset[str]:
    return frozenset(restate_cues().hotlines)


def _hotline_or_phone(text: str) -> bool:
    """A public hotline they rang (12315, 1823, 999) or a phone number: never a reference of theirs."""
    digits = re.sub(r"\D", "", text)
    if digits and digits in _hotlines() and not re.search(r"[A-Za-z]{2,}\d|\d[A-Za-z]", text):
        return True
    if _NOT_PHONE_LABEL.search(text):
        return False  # "帳戶號碼8130****57": a masked account number, not a phone
    return bool(_PHONE.search(text)) or bool(re.fullmatch(r"\D*(?<!\d)1[3-9]\d{9}\D*", text))


_NOT_PHONE_LABEL = re.compile(
    r"[账帳][户戶号號]|卡号|卡號|订单|訂單|保单|保單|合同|小票|收据|收據|发票|發票|流水"
    r"|account|card|order|policy|iban|invoice|receipt|booking|ticket|transaction|reference",
    re.IGNORECASE,
)


# A count of attempts ("3 times", "两次", "第四次"): said with what they did, never alone.
_COUNT = re.compile(r"(?:times|次|趟|attempt|call)$", re.IGNORECASE)
_EN_DOER = re.compile(r"\b(?:I|we)(?:'ve|’ve|ve| have| had|'d)?\s+(?=[a-z])", re.IGNORECASE)
_ZH_DOER = re.compile(r"(?:我|本人|我们|我們|我哋)(?=[\u4e00-\u9fff])")


def _count_clause(words: Wording, text: str, start: int, end: int) -> str | None:
    """What they did that many times, from its doer to the count, in our voice ("you've done the
    router reset 3 times", "您打了三次电话"); None when there is no short clause fit to send."""
    line_start = max(text.rfind(c, 0, start) for c in "\n.!?。！？，,；;:：") + 1
    before = text[line_start:start]
    stop = re.search(r"[\n.!?。！？，,；;]", text[end:])
    whole = text[line_start : end + (stop.start() if stop else len(text) - end)].strip()  # "移机预约三次无人上门"
    if words.zh:
        if doers := list(_ZH_DOER.finditer(before)):
            tail = re.match(r"[\u4e00-\u9fff]{0,3}?(?:电话|電話|客服|热线|熱線)?", text[end : end + 6])
            whole = before[doers[-1].start() :] + text[start:end] + (tail.group() if tail else "")
        said = shift_zh(whole.strip(), words.trad)
        too_long = len(said) > 18
    else:
        if doers := list(_EN_DOER.finditer(before)):
            whole = before[doers[-1].start() :] + text[start:end]
        said = shift_en(re.sub(r"\bive\b", "I've", whole.strip(), flags=re.IGNORECASE))
        said = said if said.startswith("I ") else said[0].lower() + said[1:]  # mid-sentence in our frame
        too_long = len(said.split()) > 10
    if too_long or flaw(words, said, follows=True) is not None:
        return None
    return said


# A number to call them on: the common forms, and eight digits or 3-3-4 after a phone word.
_PHONE_WORD = re.compile(
    r"(?:phone|mobile|cell|call|ring|text|number|whatsapp|tel|reach me|contact me|电话|電話|手机|手機|致电|致電"
    r"|联系|聯繫|聯絡|打畀|打俾|打给|打給|门号|門號|号码|號碼)[^\n]{0,24}$",
    re.IGNORECASE,
)
_PHONE_MORE = re.compile(
    r"(?<!\d)0\d{1,3}-\d{3,4}[ -]?\d{4}(?!\d)|\(\d{3}\) ?\d{3}-\d{4}|(?<![\d-])\d{3}-\d{3}-\d{4}(?![\d-])"
    r"|(?<![\dA-Za-z-])(?<!\d )\d{4} ?\d{4}(?![\d-]|\s\d)"
    # grouped as spoken: 98450 22713 (5 + 5), 07700 900123 (5 + 6), 415 555 0132 (3 + 3 + 4)
    r"|(?<![\dA-Za-z-])(?:\d{5} \d{5,6}|\d{3} \d{3} \d{4})(?![\d-])"
)
_HOTLINE = re.compile(r"(?:hotline|helpline|热线|熱線|客服)[^\n]{0,12}$", re.IGNORECASE)
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_EMAIL = gated(_EMAIL)


def contacts(text: str) -> list[tuple[int, int]]:
    """Where the phone numbers they gave are (not a hotline of ours they called)."""
    spans = [m.span() for m in _PHONE.finditer(text)]
    if _DIGIT.search(text):
        for m in _PHONE_MORE.finditer(text):
            if _PHONE_WORD.search(text, max(0, m.start() - 36), m.start()) and not any(
                a <= m.start() < b for a, b in spans
            ):
                spans.append(m.span())
    spans.sort()
    return [(a, b) for a, b in spans if not _HOTLINE.search(text, max(0, a - 16), a) and not id_labelled(text, a)]


# The label of a number that is an id of theirs, right before it ("receipt no. 0042-118-7731",
# "小票号 0520-0347", "invoice #"): never a phone number to call them on.
_ID_LABEL = re.compile(
    r"(?:receipt|invoice|order|booking|confirmation|reference|ref|ticket|transaction|tracking|case|claim|policy|"
    r"account|acct|member(?:ship)?|card|serial|voucher|bill|"
    r"小票|收据|收據|发票|發票|单号|單號|编号|編號|订单|訂單|流水|保单|保單|账号|帳號|账户|帳戶|会员|會員|票号|票號)"
    r"\s*(?:no\.?|number|num|id|#|号|號|号码|號碼)?\s*[:：#]?\s*$",
    re.IGNORECASE,
)


def id_labelled(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows a label that makes it an id, not a phone."""
    return _ID_LABEL.search(text, max(0, start - 24), start) is not None


# Harm to the body in the customer's words, by the acknowledgement it gets (first match wins).
_HARM: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("pain", re.compile(r"pain|ache|aching|sore|hurts|\bhurting|痛|疼", re.I)),
    (
        "hurt",
        re.compile(
            r"injur|hurt|wound|bleed|burn|scald|fractur|bruis|stitch|concuss"
            r"|受伤|受傷|伤|傷|流血|烫|燙|骨折",
            re.I,
        ),
    ),
    (
        "unwell",
        re.compile(
            r"sick|\bill\b|unwell|vomit|fever|swell|swollen|rash|allerg|diarrh|nause|dizz|poison"
            r"|不适|不適|不舒服|难受|難受|发烧|發燒|呕吐|嘔吐|拉肚子|腹泻|腹瀉|肿|腫|过敏|過敏|头晕|頭暈|中毒",
            re.I,
        ),
    ),
)
_FOREIGN = {True: re.compile(r"^[A-Za-z][A-Za-z '\-]*$"), False: re.compile(r"[\u3400-\u9fff]")}


def _recovered(words: Wording, text: str) -> bool:
    """Whether they say the harm is over ("已經康復出院", "all healed now"): the harm is then
    background to what they write about (a claim, a fee), and "sorry you were hurt" misreads it."""
    return _recovered_cue(words).search(fold(text)) is not None


def _recovered_cue(words: Wording) -> re.Pattern[str]:
    key = (words.lang, words.trad)
    if key not in _RECOVERED:
        found = sorted({fold(str(w)) for w in words["listen"].get("recovered", ())}, key=len, reverse=True)
        edge = "" if words.zh else r"\b"
        _RECOVERED[key] = re.compile(f"{edge}(?:{'|'.join(map(re.escape, found))}){edge}" if found else r"(?!)")
    return _RECOVERED[key]


_RECOVERED: dict[tuple[str, bool], re.Pattern[str]] = {}


def _issues(words: Wording, issues: list[str], said: str) -> str | None:
    """Harm the customer reports, acknowledged in our words: never quoted back, never "found out
    how it happened"; a word from another language never enters the reply."""
    own = [w for w in issues if not _FOREIGN[words.zh].search(w)]
    bank = words["listen"]["issues"]
    assert isinstance(bank, dict)
    for kind, pattern in _HARM:
        if any(pattern.search(w) for w in own):
            line = str(bank[kind])
            return None if line in said else line
    return None


_SAID_BEFORE = re.compile(
    r"(?:说|說|讲|講|话|話|回复|回覆|告诉我|告訴我|said|says|told (?:me|us)|was told|replied|answered|like)"
    r"[\s,，:：]*$",
    re.IGNORECASE,
)
_SHOWN_BEFORE = re.compile(
    r"(?:app|系统|系統|显示|顯示|提示|屏幕|螢幕|screen|message|error)\s*[话話说說]?[\s,，:：]*$", re.I
)


# A quoted remark or status rather than a name: a pronoun, an auxiliary, a particle, "…中".
_REMARK = re.compile(
    r"[我你您他她们們在了会會等啊吧呢啦嗎吗]|中$"
    r"|\b(?:i|we|you|they|it|my|your|our|is|are|was|were|will|can|have|has|had|be|been|it's|i'm|don't)\b"
    r"|^[a-z]+$",
    re.IGNORECASE,
)


_PROMISE = re.compile(r"[赔退补免]|compensat|refund|money back|free|guarantee|voucher")


def quotes_promise(text: str) -> bool:
    """Whether the text quotes a promise ("七日無理由退款", "price match guarantee"): in our voice
    it would read as our promise, so it is never the sentence Listen opens on."""
    return any(_PROMISE.search(fold(next(g for g in m.groups() if g is not None))) for m in _QUOTE.finditer(text))


def quoted_names(text: str, zh: bool) -> list[str]:
    """Short quoted names ("5G 499方案", "discretionary service charge", 「車輛未能解鎖」 on an app's
    screen): plans, charges and messages the customer names. A remark someone made is not one."""
    names = []
    for m in _QUOTE.finditer(text):
        inner = next(g for g in m.groups() if g is not None).strip()
        before = text[max(0, m.start() - 12) : m.start()]
        if _SAID_BEFORE.search(before) and not _SHOWN_BEFORE.search(before):
            continue
        if re.search(r"[，。!！?？;；]|[.,](?:\s|$)|\n", inner) or _SPOKEN.search(inner):
            continue
        if _REMARK.search(inner):
            continue  # "it's under review", 「處理中」, “站稳啊”: what someone said, not a name
        size = len(HAN.findall(inner)) + len(re.findall(r"[A-Za-z0-9]+", inner)) if zh else len(_EN_WORD.findall(inner))
        if (3 <= size <= 14) if zh else (1 <= size <= 5 and not re.match(r"(?i)(?:i|we|you)\b", inner)):
            names.append(m.group() if zh else f'"{inner}"')
    return names[:2]


def _urgent(analysis: Analysis) -> bool:
    """Danger now at a place (gas, sparks, a fire, a line down): the reference is what the
    emergency is logged under. Not an illness or a reaction: its order is still looked into."""
    s = analysis.safety
    return s is not None and s.urgent and (s.fixed or s.live or s.line or s.home)


def facts_sentence(
    words: Wording, complaint: Complaint, analysis: Analysis, said: str, answered: str = ""
) -> str | None:
    """The facts not yet restated, in sentences that say what each is; None when all is said.
    An amount Satisfy acts on (``answered``: "a refund of £28") is said there, with its action."""
    bare = said.replace(" ", "")
    missing = [
        (k, f)
        for k, f in _facts(words, complaint, analysis, said)
        if f not in said
        and not (words.zh and f.replace(" ", "") in bare)  # "2315房" said as "2315 房"
        and not (k == "count" and f.lower() in said.lower())  # "You phoned…" opens a sentence
        and not (k == "amount" and f in answered)
    ]
    missing = [x for x in missing if x[0] not in ("phone", "email")][:10] + [
        x for x in missing if x[0] in ("phone", "email")
    ]
    text = complaint.text if not complaint.subject else f"{complaint.subject}\n{complaint.text}"
    deadline = analysis.situation.deadline or ""
    parts = facts_sentences(words, text, missing, deadline, _urgent(analysis), chased(words, answered))
    if (cause := harm_cause(words, complaint, analysis, said)) is not None:
        parts.insert(0, cause)  # the wet floor, no warning sign: the cause they named, acknowledged
    # Harm is never "found out how it happened" in its own quoted words (an ambulance ride, a fall):
    # the safety step and the apology speak to it. An injury or an illness intake read as
    # background (a refused claim for last month's fracture, a fever that was why they came to the
    # clinic: no safety case) gets no line that says we hurt them (让您受了伤), nor one already over.
    background = analysis.category in ("injury", "illness")
    if (
        analysis.safety is None
        and not background
        and not _recovered(words, text)
        and (issues := _issues(words, analysis.facts.issues, said))
    ):
        parts.append(issues)
    return words.sep.join(parts) if parts else None


# A topic that is a place of ours ("我們旺角那間茶記", "我们解放路那家便利店"), and a comment that
# opens on when and what the customer did there ("今天早上叫了", "昨天买的"). "我们上周四来装的
# 热水器" is what we did, not a place.
_ZH_OURS = re.compile(
    r"(?:我们|我們)[^的，,。]{0,10}(?:店|分行|支行|门市|門市|中心|茶记|茶記|茶餐厅|茶餐廳|餐厅|餐廳|超市|商场|商場|营业厅|營業廳|"
    r"酒店|医院|醫院|诊所|診所|学校|學校|站|馆|館|厅|廳|场|場|分部|网点|網點|药房|藥房|影院|健身房)"
)
_ZH_DID_THERE = re.compile(
    r"^(?:您)?((?:今天|昨天|前天|今早|昨早|昨晚|今晚|剛才|刚才|剛剛|刚刚|上星期[一二三四五六日天末]?|上礼拜[一二三四五六日天末]?|上禮拜[一二三四五六日天末]?|上周[一二三四五六日天末]?|上週[一二三四五六日天末]?)"
    r"(?:早上|上午|中午|下午|晚上|傍晚)?(?:大约|大約)?(?:\d{1,2}[点點:：]\d{0,2})?)"
    r"(?=叫|点|點|买|買|订|訂|用|吃|喝|租|办|辦|寄|取|拿|充|加|看|住|存|提|换|換|修)"
)


def _where_they_did(topic: str, comment: str) -> str | None:
    """ "您{when}在{our branch}{what they did}", or None when the comment does not open on
    what the customer did there."""
    m = _ZH_DID_THERE.match(comment)
    if m is not None:
        return "您" + m.group(1) + "在" + topic + comment[m.end() :]
    if _ZH_TIME_WORDS.fullmatch(comment.rstrip("。")) or not _ZH_PREDICATE.search(comment):
        return None  # "我們觀塘分店，剛才大約7點": nothing happened in it
    return "在" + topic + "，" + comment  # "在我们解放路那家便利店，价签写的…"


_ZH_TIME_WORDS = re.compile(
    r"(?:(?:大约|大約|约|約|刚刚|剛剛|剛才|刚才|头先|頭先|今天|昨天|今早|昨晚|今晚|上午|下午|晚上|早上|凌晨|中午|傍晚)\s*)+"
    r"(?:\d{1,2}(?:[点點:：]\d{0,2}分?|[点點]半)?(?:左右|前后|前後|多|许|許)?)?"
)


# Chat clauses run together with a space after a finished one ("外卖又迟到了 12:05下的单"):
# punctuated as ours. A figure after the space ("訂了 4 位") is the same clause.
_ZH_CHAT_RUN = re.compile(
    r"(?<=[了过過完])\s+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s+(?=\d{1,2}[:：]\d\d)"
    # s12: "…50GB 點解…": a question word after a space opens a new clause
    r"|(?<=[A-Za-z0-9\u4e00-\u9fff])\s+(?=(?:为什么|為什麼|点解|點解)[\u4e00-\u9fff])"
)
# s12. "為什麼這個月賬單要 HK$476": why a thing came to a sum, with the thing named between; said
# as the fact it asks about ("這個月賬單要HK$476"), never a question inside our sentence.
_ZH_WHY_SUM = re.compile(
    r"^(?:为什么|為什麼|为何|為何|点解|點解|怎么|怎麼)(?=[\u4e00-\u9fff]{1,8}?"
    r"(?:要|收了?|扣了?|多了|变成|變成|涨到|漲到|漲咗|涨咗)\s*(?:HK\$|NT\$|[$¥￥])?\s*\d)"
)
# When they did it, said after what they did ("提现3200到银行卡，昨天下午4点提的").
_ZH_WHEN_DONE = re.compile(
    r"((?:今天|昨天|前天|今早|昨晚|上星期[一二三四五六日天末]?|上周[一二三四五六日天末]?|上週[一二三四五六日天末]?)?(?:上午|下午|晚上|早上|凌晨|中午|傍晚)?"
    r"(?:\d{1,2}(?:[点點](?:半|\d{1,2}分?)?|[:：]\d\d))?)([\u4e00-\u9fff]{1,2})的"
)
# A denial and who did it instead ("您沒有取消，是司機取消的").
_ZH_DENIED = re.compile(r"您(?:并|並)?(?:没有|沒有|没|沒)[\u4e00-\u9fff]{1,8}")
_ZH_WAS_BY = re.compile(r"是[\u4e00-\u9fff]{1,12}的")
# What they hold as evidence, said object first as they spoke it ("截图您都有", "單據您都留著").
_ZH_HELD = Gate(re.compile(r"^([\u4e00-\u9fff]{1,6}?)您都?(有|留着|留著|保留了|保存了|存了|拍了)$"))
_PIECE = re.compile(r"，|,(?!\d)")  # "NT$1,592" is one figure, not two pieces
_ZH_SPACED_PRICE = re.compile(r"(?<=[A-Za-z\u4e00-\u9fff])\s+(?=(?:[$¥￥£€]|HK\$|NT\$)?\d[\d.,]*\s*(?:元|块|塊|蚊)$)")
_ZH_SUM_AFTER_NOT = re.compile(
    r"(?<=[没沒不未][^有收到退给給还還付扣交缴繳])\s+(?:[$¥￥£€]|HK\$|NT\$)?\d[\d.,]*\s*(?:元|块|塊|蚊)$"
    r"|(?<=[没沒不未][^有收到退给給还還付扣交缴繳][\u4e00-\u9fff])\s+(?:[$¥￥£€]|HK\$|NT\$)?\d[\d.,]*\s*(?:元|块|塊|蚊)$"
)
_ZH_CLAUSE_PARTICLE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![哈呵嘻])[啊呀啦喔哦噢咧]+(?=\s|[，,。]|$)")
_ZH_ASKED_PIECE = re.compile(
    r"^(?:请|請|麻烦|麻煩|要求|希望|给我|給我|帮我|幫我|退给我|退給我|退还|退還|退回|退多|退钱|退錢|赔|賠|补偿|補償"
    r"|不用|不需要|无需|無需|别再|別再|不要(?![的脸臉])|请勿|請勿|恳请|懇請|帮忙|幫忙|至少|不要叫|别叫|別叫|建议|建議|亦建議|也建议|也建議"
    r"|直接退|马上|馬上|尽快|儘快|立刻|赶紧|趕緊"
    r"|想退|想要退|想换|想換|想取消"  # s12: "…，想退回多收那筆": what they want, Satisfy's to answer
    # "(你哋搞掂佢先啦 ->) 我們先處理好他": an instruction to us, turned round
    r"|(?:我们|我們)(?:先|快|马上|馬上|尽快|儘快|立刻|赶紧|趕緊|快点|快點))[^，。]{0,24}$"
)
# s13listen3: "请了三天假" is leave they took, a harm they tell of, never a request (了/过 after 请).
# A request said inside a sentence ("需要补什么请直接告诉您", "在修好之前至少设置护栏", "如需补充材料…"),
# or their verdict ending it ("爛透了", "太离谱了"): neither is a fact of the story.
_ZH_ASKED_INSIDE = re.compile(
    r"^(?:[^，。]{0,8}(?<![申邀聘宴提])(?:请|請)(?![假客教了过過咗])|[^，。]{0,8}至少|如需|如有需要)"
    r"|^(?:真是|真的|简直|簡直)?(?:烂透了|爛透了|太差了|太差劲了|太差勁了|太过分了|太過分了|太离谱了|太離譜了|离谱|離譜|无语|無語)"
    r"[了啊吧]?$"
)


_ZH_NO_NEED = re.compile(r"(?:不用|不需要|无需|無需|不必)")
_ZH_TOLD_BEFORE = re.compile(r"(?:说|說|讲|講|表示|告诉您|告訴您|通知您)[^，。]{0,10}$")


def _zh_asked(piece: str) -> bool:
    return bool(_ZH_ASKED_PIECE.match(piece) or _ZH_ASKED_INSIDE.match(piece))


_ZH_AND_THEN = re.compile(r"^(?:并|並|再|并且|並且|同时|同時|以及|及)(?=[\u4e00-\u9fff])")


def _zh_requests(pieces: list[str]) -> bool:
    """Whether every piece is a request or one joined on to it ("…，并重新派人…")."""
    return (
        len(pieces) > 1
        and _zh_asked(pieces[0])
        and all(
            _zh_asked(p) or (_ZH_AND_THEN.match(p) is not None and not _ZH_TOLD_PIECE.search(p)) for p in pieces[1:]
        )
    )


# A piece that tells of something done or someone in it: no bare request joined on.
_ZH_TOLD_PIECE = re.compile(r"[了过過着著您我他她]|\d")


_ZH_ID_PIECE = re.compile(r"\s*(?:[A-Za-z]{1,4}\d[\dA-Za-z\s-]{2,}|\d{4,}[\dA-Za-z\s-]*)\s*")  # "TW215"; not "100ml"
# "报修单号WY-0612、WY-0619都显示"已完成"": the label's number is the first of a list whose last
# number is the subject of what follows
_ZH_ID_HEAD = re.compile(r"(?:[A-Za-z]{1,4}[-_]?\d[\dA-Za-z-]*|\d{4,}[\dA-Za-z-]*)(?=[\u4e00-\u9fff])")


def _zh_id_list(pieces: list[str]) -> list[str]:
    """Numbers listed after one label stay one subject: dropping the labelled first as a scrap
    would leave the second run into its verb ("WY-0619都显示…")."""
    out: list[str] = []
    for p in pieces:
        if out and _ZH_LABEL_FIGURE.match(out[-1]) and _ZH_ID_HEAD.match(p):
            out[-1] = out[-1] + "、" + p
        else:
            out.append(p)
    return out


_ZH_GLUED_ID = re.compile(
    r"(?<=[A-Za-z\u4e00-\u9fff])\s+[\u4e00-\u9fff]{0,3}(?:单号|單號|订单号|訂單號|订单|訂單|编号|編號|号码|號碼)"
    r"\s*[:：#]?\s*[A-Za-z0-9][A-Za-z0-9-]{3,}$"
)
_ZH_PRICE_AFTER_TIME = re.compile(
    r"(?<=[周週天日月年次钟鐘时時])\s+(?:[$¥￥£€]|HK\$|NT\$)?\d[\d.,]*\s*(?:元|块|塊|蚊)$"
)
_ZH_TAIL_SUM = re.compile(
    r"(?<=[\u4e00-\u9fffA-Za-z])\s+(?:HK|NT|US|RM|S|A|C)?[$¥￥£€]\s?\d[\d,]*(?:\.\d+)?(?:[一每][杯個个份件碗])?$"
)
# s12. A verb that takes the sum as its object ("賬單要 HK$476", "帳單多了 NT$1,200", "扣了 ¥30"):
# the sum is what the clause says, never cut from it (cut, "為什麼這個月賬單要" was left).
_ZH_SUM_TAKER = re.compile(r"(?:[要收扣付花是係系共为為交充欠罚罰多]|[收扣付花交充罚罰多少賠赔退]了|收取|要價|要价)$")


_ZH_BECAME = re.compile(r"^(?:变成|變成|变|變|涨到|漲到|加到)")


def _tail_sum(piece: str, m: re.Match[str]) -> str:
    """A sum typed after its clause: glued to a verb that takes it, else left to the facts frame."""
    return m.group().strip() if _ZH_SUM_TAKER.search(piece[: m.start()]) else ""


_ZH_AMOUNT_ONLY = re.compile(r"(?:[$¥￥£€]|HK\$|NT\$)?\s*\d[\d.,]*\s*(?:元|块|塊|蚊)")


_ZH_NUMBER_ONLY = re.compile(r"\s*\d[\d\s-]{5,}\s*")


def _price_link(piece: str, m: re.Match[str]) -> str:
    """是 between an item and its price ("维生素C是45元"); none after a finished verb ("续费了25元")
    or one of having ("零钱里没有338元")."""
    return "" if piece[: m.start()].endswith(("了", "过", "過", "有", "到")) else "是"


# s10. Chat naming a service and that it is down, and for how long, without a verb ("home fibre
# broadband down 4 days now ref BB-770214", "water off 2 days"): said as a sentence of ours naming
# both ("your home fibre broadband has been down for 4 days"), not replaced by a vague topic line.
_EN_DOWN_FOR = re.compile(
    r"^(?:my |our |the )?(?P<thing>(?:[a-z0-9-]+ ){0,3}[a-z0-9-]+?)\s+(?:is |are |has been |have been |been )?"
    r"(?P<state>down|out|offline|off|not working|dead|cut off)\s+(?:for\s+)?(?:like\s+|about\s+|over\s+)?"
    r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?P<unit>days?|hours?|hrs?|weeks?|nights?)"
    r"(?:\s+now)?(?:\s+(?:ref|reference|acct|account|order)\b.*)?$",
    re.IGNORECASE,
)


def _rebuilt(words: Wording, sentence: str) -> str:
    """A chat sentence written as ours where its pieces allow: clauses run on with a space
    punctuated; when they did it moved before what they did ("您昨天下午4点提现3200到银行卡");
    a price left after its item said as one ("价签写的农夫山泉550ml是2元")."""
    if not words.zh:
        s = _EN_ITS_IS.sub(r"\1t's", _unspliced(sentence))  # "its hot" is chat for "it's hot"
        s = _EN_AND_YOU_YOU.sub(r"\1", s)  # "your wife and you, you had dinner": one subject
        s = _EN_LIKE_FIGURE.sub(r"\1 about ", s)  # "cut out for like 10 minutes": chat's "like" is "about"
        s = _EN_SAYS_DONE.sub(r"\1 it was \2", s)  # s12: "the app says delivered": says it was delivered
        if m := _EN_DOWN_FOR.match(s):  # s10: "home fibre broadband down 4 days now": what failed, how long
            unit = m.group("unit").lower().replace("hrs", "hours").replace("hr", "hour")
            figure = m.group("n")
            unit = unit if figure.lower() not in ("1", "one", "a", "an") or not unit.endswith("s") else unit[:-1]
            s = f"your {m.group('thing')} has been {m.group('state').lower()} for {figure} {unit}"
        if m := _EN_BARE_PROGRESSIVE.match(s):  # "The hand still tingling": its "is" said
            noun = m.group("noun")
            aux = "are" if noun.endswith("s") and not noun.endswith("ss") else "is"
            s = s[: m.start("verb")] + aux + " " + s[m.start("verb") :]
        return _EN_YOU_AND_WAS.sub(r"\1were", s)  # "you waited 2 hours, and was then told"
    s = _ZH_CHAT_RUN.sub("，", sentence) if words.chat else sentence  # a letter's spacing is its author's
    end = "。" if s.endswith("。") else ""
    pieces = _PIECE.split(s.rstrip("。"))
    if len(pieces) >= 2 and any(_ZH_NUMBER_ONLY.fullmatch(p) for p in pieces):
        # "2408 1912 5530，说30分钟送到…", "汤洒了一半，5531020，饭也凉了": the number its label
        # left (anywhere in the sentence, never a reason to cut what follows); the frame says it
        at = next(k for k, p in enumerate(pieces) if _ZH_NUMBER_ONLY.fullmatch(p))
        pieces = [p for p in pieces if not _ZH_NUMBER_ONLY.fullmatch(p)] or pieces
        while len(pieces) > max(at, 1) and not _ZH_PREDICATE.search(pieces[-1]):
            pieces = pieces[:-1]  # "…，3301228，麻辣香锅": the item typed after the number, nothing said of it
    if len(pieces) >= 2:
        last = _ZH_WHEN_DONE.fullmatch(pieces[-1])
        if last and last.group(1) and pieces[0].startswith(last.group(2)):
            head = "您" + last.group(1) + pieces[0]
            pieces = [head, *pieces[1:-1]]
        elif _ZH_AMOUNT_ONLY.fullmatch(pieces[-1]) and not re.search(r"[\d元块塊蚊是]$", pieces[-2]):
            # "价签写的农夫山泉550ml是2元"; after a finished verb no 是: "自动续费了25元"
            pieces = [*pieces[:-2], pieces[-2] + ("" if re.search(r"[了过過]$", pieces[-2]) else "是") + pieces[-1]]
    # "…司机一路绕，行程单尾号0392，退多收的钱", "…有面试，不用升等不用里程", "TW215，超賣把您擠下來",
    # "您手机号138****6621，连着三个月…": a number, its label or a phone number, and what they ask
    # for, are no facts of the story (the frame says the one, Satisfy answers the other)
    if len(pieces) >= 2:
        pieces = _zh_id_list(pieces)
        lead = pieces[0]
        pieces = [
            p for p in pieces if not _ZH_LABEL_FIGURE.match(_REF_SUM_AFTER.sub("", p)) and not _ZH_ID_PIECE.fullmatch(p)
        ] or pieces
        pieces = [p for p in pieces if not (_PHONE.search(p) and len(HAN.findall(p)) <= 6)] or pieces
        if pieces[0] != lead and lead.startswith("您") and not pieces[0].startswith(("您", "我")):
            pieces[0] = "您" + pieces[0]  # "您的保单号 PDAA…，2月20日在高架上被追尾": 您2月20日在高架上被追尾
    # s10: "醫生說只是跟進，不用做檢查": what they were told goes on after 說; not a request of theirs
    told = (
        k
        for k, p in enumerate(pieces)
        if k and _zh_asked(p) and not (_ZH_NO_NEED.match(p) and _ZH_TOLD_BEFORE.search(pieces[k - 1]))
    )
    if asked := next(told, None):
        pieces = pieces[:asked]  # "…，恳请我行尽快核实并解冻账户，如需补充材料请发邮件告知": the request and its tail
    pieces = [_ZH_HELD.sub(r"您\2\1", p) for p in pieces]  # "截图您都有": 您有截图
    # "电费怎么480多": a question that carries the figure is said as the fact it asks about
    pieces = [ASKED_FIGURE.sub("", _ZH_WHY_SUM.sub("", p)) for p in pieces]
    for k in range(len(pieces) - 1):
        if _ZH_DENIED.fullmatch(pieces[k]) and _ZH_WAS_BY.fullmatch(pieces[k + 1]):
            # "您沒有取消，是司機取消的": their account of who did it, said as theirs
            pieces[k : k + 2] = [("您說明" if words.trad else "您说明") + pieces[k + 1]]
            break
    if words.chat:  # "价签写的维生素C 45元": the price after a space, said with its item
        # "網店賣的air fryer 單號HK2403-66192，收到時…": an id glued on after a space; the frame says it
        pieces = [q for p in pieces if (q := _ZH_GLUED_ID.sub("", p))]
        # "店员说包活一周 92元": a price after a length of time belongs to no word of it (never "一周是92元")
        pieces = [q for p in pieces if (q := _ZH_PRICE_AFTER_TIME.sub("", p))]
        # s12: "还好孩子没喝 25.9块": after a negated verb the sum is no price of it; the frame says it
        pieces = [q for p in pieces if (q := _ZH_SUM_AFTER_NOT.sub("", p))]
        pieces = [_ZH_SPACED_PRICE.sub(lambda m, p=p: _price_link(p, m), p) for p in pieces]
        # "還少了支凍檸茶 HK$136" (the order's total), "籃都裂了 HK$899": a sum typed after a
        # clause belongs to no word of it; left out here, the facts frame says it as theirs
        # s12: "…，按金 HK$400" (what it was for, then the sum): with the sum out, a bare noun is left alone
        # "扣了兩次錢 HK$320，變HK$640": a sum the next piece says it became is kept, glued
        pieces = [
            q
            for k, p in enumerate(pieces)
            if (
                q := _ZH_TAIL_SUM.sub(
                    lambda m, p=p, k=k: (
                        m.group().strip()
                        if _ZH_BECAME.match(pieces[k + 1] if k + 1 < len(pieces) else "")
                        else _tail_sum(p, m)
                    ),
                    p,
                )
            )
            and (q == p or len(HAN.findall(q)) > 4 or _ZH_PREDICATE.search(q))
        ]
    return "，".join(pieces) + end


_EN_LEAD_WORD = re.compile(r"([a-z]+)\s")
_EN_POSSESSED = re.compile(r"\b(?:our|your)\b")
# A noun phrase and a comma, then a clause with its own subject and verb ("the belt snapped …").
_EN_TOPIC_COMMA = re.compile(
    r"^([a-z][^,]{2,60}?),\s+((?:the|its|his|her|their|a|an)\s+[a-z-]+(?:\s+[a-z-]+)?\s+"
    r"(?:[a-z]+ed|broke|snapped|split|tore|fell|came|went|stopped|is|was|were|had|has|won't|doesn't|didn't|wasn't)\b.*)$"
)
_EN_AUX_BEFORE = re.compile(r"\b(?:is|are|was|were|been|be|being|has|have|had|got|get|gets)\s+$", re.IGNORECASE)
_EN_PLURAL_LEAD = re.compile(r"^[a-z]+s\s")
# A past tense with its object straight after it ("landed LHR", "ordered 2 pizzas", "booked the
# room"): chat with "I" left out; a participle before a noun ("damaged box arrived") is not this.
_EN_DID_LEAD = re.compile(r"^[a-z]{3,}ed\s+(?:[A-Z0-9]|(?:the|a|an|my|our|two|three|four|five)\s)")


# "I" turned round leaves a verb of "I" behind where the subject is left out after "and": "you
# waited 2 hours, and was then told"; "my wife and I, we had" becomes "your wife and you, you had".
_EN_YOU_AND_WAS = re.compile(r"(\b[Yy]ou\s[^.;:\"“”]*?\b(?:and|but|then)\s+(?:(?:then|also|still)\s+)?)was\b")
_EN_AND_YOU_YOU = re.compile(r"(\band you),\s+you\b")
# s12. What a screen or a message says happened, typed without its subject ("app says delivered",
# "status shows cancelled"): said with it.
_EN_SAYS_DONE = re.compile(r"\b(says|said|shows|showed|showing)\s+([a-z]{3,}ed)\b(?=\s*(?:[,.;!]|$))")
_EN_LIKE_FIGURE = re.compile(r"\b(for|in|after|waited|took|lasted) like (?=\d)", re.IGNORECASE)
# A progressive with its "is" left out after an adverb ("The hand still tingling a bit"); the adverb is
# required, as a noun in -ing would read as one ("The next morning it's dropping").
_EN_BARE_PROGRESSIVE = re.compile(
    r"^(?:the|your|our|my|a|an)\s+(?P<noun>[a-z]+(?:\s+(?!(?:is|are|was|were|be|been|has|have|had|keeps|kept|started|"
    r"stopped|began|went|goes|am|still|now|just|already)\b)[a-z]+)?)\s+(?P<verb>(?:still|now|just|already)\s+(?!(?:is|are|was|were|be|been"
    r"|has|have|had|keeps|kept|started|stopped|began|went|goes|am)\b)[a-z]{2,}ing\b)",
    re.IGNORECASE,
)
# A "named item" that opens on a preposition ("under Okafor", the name a table was booked under) is no item.
_EN_PREP_LEAD = re.compile(r"^(?:under|for|at|in|on|with|by|from|to|of|about|as)\s", re.IGNORECASE)


@cache
def _lead_cues(lead_ok: tuple[str, ...], passive: tuple[str, ...]) -> tuple[frozenset[str], re.Pattern[str]]:
    return frozenset(lead_ok), re.compile(rf"\b(?:{'|'.join(map(re.escape, passive))})\b")


# s9. An item named with the adverb that followed it ("珍奶明明" of "我點的珍奶明明備註少冰"): a
# noun never ends on an adverb; the adverb is left out, and a name left shorter than two
# characters is not said ("關於珍奶明明" read as garbled to trainers).
_ZH_ITEM_ADVERB = re.compile(
    r"(?:明明|其实|其實|竟然|居然|根本|完全|一直|已经|已經|还是|還是|却|卻|都|也|还|還|就|才|又|再)+$"
)


# s10. An adverb read as the thing bought ("顺便把这玩意关了" -> "关于顺便的情况"): no item.
_ZH_ADVERB_ONLY = re.compile(
    r"(?:顺便|順便|另外|然后|然後|而且|还有|還有|一起|一并|一併|同时|同時|马上|馬上|赶紧|趕緊|顺手|順手)"
)


# s11. What no item is: a courtesy read as a noun ("关于谢谢的情况"), or a noun cut off before the
# time that follows it ("the resident parking permit six" of "…permit six weeks ago").
_NOT_AN_ITEM = re.compile(
    r"(?:谢谢|謝謝|多谢|多謝|唔该|唔該|麻烦|麻煩|感谢|感謝|thanks?|please|pls)$"
    r"|[\u4e00-\u9fff][掉完]$"  # "关于顺便关掉的情况": a verb with its result, never a thing
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|\d+)$"
    # s12: "订单 GP-5521 我要人工": what follows a number opens on who speaks (我, 你们) or a request,
    # a clause of theirs, never a thing ("关于我要人工，…")
    r"|^(?:我|你们|你們|你哋|请|請|帮我|幫我|给我|給我|快|马上|馬上)"
    # s14: "叫你們老闆出來講": an order to fetch someone, a request, never a thing ("關於叫你們老闆出來講", c34)
    r"|^(?:叫|喊|找|让|讓)(?:你|您|我|老[闆板]|经理|經理|主管|负责|負責|店长|店長)"
    # s12: "I've sent every photo": a quantifier, never the thing ("your policy … for the every")
    r"|^(?:every|each|all|any|both|some|no|none|everything|anything)\b",
    re.IGNORECASE,
)


def _item_said(thing: str | None) -> str | None:
    if thing and _NOT_AN_ITEM.search(thing.strip()):
        return None
    if not thing or not HAN.search(thing):
        return thing
    bare = _ZH_ITEM_ADVERB.sub("", thing)
    if _ZH_ADVERB_ONLY.fullmatch(bare):
        return None
    return bare if len(HAN.findall(bare)) >= 2 else None


# "£95 for "fuel top-up"": the name the bill gave the charge, right after the amount.
_EN_CHARGED_FOR = re.compile(
    r"^\S+\s+for\s+(?:[\"“']([A-Za-z][A-Za-z -]{1,30})[\"”']"
    r"|(?:an?\s+|the\s+)?([a-z][a-z-]+(?:\s+[a-z-]+)?)(?=[.,;]|$))"
)


def fallback_line(words: Wording, complaint: Complaint, analysis: Analysis) -> str:
    """The topic sentence when none of their sentences can be restated: the allergen of an
    allergy they name ("花生过敏"), else the item they bought or ordered, else the category's line.
    Never an empty "did not meet your expectations" when the item is known (round 10bb)."""
    named = words["listen"].get("fallback_named", {})
    if analysis.category in ("illness", "other", "foreign_object") and (allergen := _allergen(words, complaint.text)):
        return str(named["allergy"]).format(allergen=words.mine(allergen) or allergen)
    if analysis.category == "foreign_object" and "found" in named and (found := found_in(complaint.text, words.zh)):
        return str(named["found"]).format(item=found[0], thing=found[1])  # s13: the burger and the hair
    # s13: the customer's rate and estimate are their working, not the charge ("HK$350 … 每度HK$4.9 … HK$88左右")
    amounts = said_sums(complaint.text, [a.text for a in analysis.facts.amounts])
    if analysis.category == "billing" and len(amounts) == 1 and "charged" in named:
        charge = amounts[0]
        if not words.zh and (what := _EN_CHARGED_FOR.search(complaint.text[complaint.text.find(charge) :])):
            charge += (
                " for " + (what.group(1) or what.group(2)).strip()
            )  # "£95 for fuel top-up": what the charge was for
        return str(named["charged"]).format(amount=charge)  # s10: the charge, named
    thing = _item_said(analysis.facts.named_item)
    usable = thing and not _SPOKEN.search(thing) and not _EN_PREP_LEAD.match(thing)
    if usable and analysis.category in ("other", "product_quality", "delivery") and "item" in named:
        return str(named["item"]).format(item=thing)
    trip = words["listen"].get("fallback_trip", {})
    if analysis.category == "delivery" and words.domain in trip:  # a ride or a flight is no parcel
        return str(trip[words.domain])
    return str(words["listen"]["fallback"][analysis.category])


def _allergen(words: Wording, text: str) -> str | None:
    """The allergen they name beside an allergy ("花生过敏", "nut allergy", "allergic to peanuts"):
    only one on the phrase bank's list, so that "过敏药" (the medicine bought) names none."""
    found = _allergen_pattern(tuple(map(str, words["listen"].get("fallback_named", {}).get("allergens", ()))), words.zh)
    m = found.search(fold(text))
    return next((g for g in m.groups() if g), None) if m else None


@cache
def _allergen_pattern(allergens: tuple[str, ...], zh: bool) -> re.Pattern[str]:
    names = "|".join(re.escape(fold(a)) for a in sorted(allergens, key=len, reverse=True)) or "(?!)"
    if zh:
        return re.compile(rf"(?:对|對)?({names})(?:类|類)?(?:严重|嚴重)?过敏(?!药|藥|片|膏|喷|噴)")
    return re.compile(rf"\b({names})s?\s+allerg(?!y (?:tablets?|pills?|medicine|spray))|\ballergic to ({names})s?\b")


def determined(words: Wording, sentence: str) -> str:
    """The first restated sentence with the determiner and the "was" chat leaves out: "your
    parking gate fob for Block C stopped working", "your flight SK 1422 to Lisbon was cancelled
    again"; "the" when "your" is said later in it ("the signal in your apartment"). Else as it is."""
    if words.zh:
        return sentence
    bank = words["listen"]
    lead_ok, passive = _lead_cues(tuple(map(str, bank["bare_lead_ok"])), tuple(map(str, bank["passive_only"])))
    m = _EN_LEAD_WORD.match(sentence)
    if m is None or m.group(1) in lead_ok:
        return sentence
    if (topic := _EN_TOPIC_COMMA.match(sentence)) and not _en_has_verb(topic.group(1)):
        # s9: a thing named, then what went wrong with it ("treadmill #12 at our downtown branch,
        # the belt snapped"): "on treadmill #12 …, the belt snapped", never "your treadmill #12 …, the belt"
        thing = topic.group(1)
        if _DIGIT.search(thing):
            return f"on {thing}, {topic.group(2)}"
        article = "the" if _EN_POSSESSED.search(thing) else "your"
        return f"with {article} {thing}, {topic.group(2)}"
    if _EN_DID_LEAD.match(sentence):  # "landed LHR from MAD…": what they did, never "your landed"
        return "you " + sentence
    if m.group(1).endswith("ed") and not _en_has_verb(sentence[m.end() :]):
        return "you " + sentence  # s9: "reserved seat 42, coach D on Monday": the only verb is theirs
    p = passive.search(sentence)
    # the lead noun itself may look like a verb ("deliveries"): the words after it are checked
    if p and not _EN_AUX_BEFORE.search(sentence[: p.start()]) and not _en_has_verb(sentence[m.end() : p.start()]):
        aux = "were" if _EN_PLURAL_LEAD.match(sentence) else "was"
        sentence = sentence[: p.start()] + aux + " " + sentence[p.start() :]
    head = " ".join(sentence.split()[:5])
    # s9: "the" too when the thing acts on them ("self checkout charged you twice"): the doer,
    # not theirs ("your self checkout charged you" put our till in their hands)
    return ("the " if re.search(r"\byour?\b", head) else "your ") + sentence


_CONTRAST_LEAD = re.compile(
    r"^(?:但是|可是|不过|不過|然而|但(?=[\u4e00-\u9fff]))[，,]?|^(?:but|however|yet)\b,?\s+", re.IGNORECASE
)
# Round 10aw. A joint that adds a second problem; the sentence after it is a fact of its own.
_ZH_ALSO_LEAD = re.compile(r"^(?:另外|此外|而且|并且|並且|同时|同時|再加上)[，,]?")


# s12. A short sentence of their case after what happened, said with "only", "never", "at all"
# ("I only have one subscription", "我这一年完全没有用过"): said back alone in our voice it reads as a
# robot repeating them (trainers); what happened, said before it, carries the case.
_EN_CLAIM = re.compile(r"\b(?:only|never|not once|at all|even once|not even)\b", re.IGNORECASE)
_ZH_CLAIM = re.compile(r"完全|从来|從來|根本|一次都|一次也|只有|一分")


def _bare_claim(words: Wording, sentence: str) -> bool:
    if words.zh:
        short = len(HAN.findall(sentence)) <= 12 and not re.search(r"[，\d]", sentence)
        return short and sentence.startswith("您") and _ZH_CLAIM.search(sentence) is not None
    short = len(_EN_WORD.findall(sentence)) <= 7 and not re.search(r"[,\d]", sentence)
    return short and re.match(r"you\s", sentence, re.IGNORECASE) is not None and _EN_CLAIM.search(sentence) is not None


_EN_PHONE_LEAD = re.compile(
    r"\s+(?:for|on|from|to|with)\s+(?:(?:the|your|my|our)\s+)?(?:(?:mobile|phone|cell)\s+)?(?:number|line|mobile|phone)?\s*$",
    re.IGNORECASE,
)


def select(words: Wording, story: list[str], budget: int) -> list[str]:
    """The restated sentences fit to send (a timeline's dash dropped), in order, at most
    ``budget`` of them. A topic with no predicate of its own ("剛剛在我們民生店買的鮮奶") is
    joined to the sentence after it, as Chinese says a topic and its comment; alone it is left
    out."""
    key = (tuple(story), budget)
    if key not in words.selected:
        words.selected[key] = tuple(_select(words, story, budget))
    return list(words.selected[key])


def _select(words: Wording, story: list[str], budget: int) -> list[str]:
    chosen: list[str] = []
    held: list[str] = []  # who writes, said once what went wrong is said
    kept = False
    story = list(story)
    i = 0
    while i < len(story):
        s = _rebuilt(words, _plain(words, story[i]))
        i += 1
        if not words.zh and (s := listen_en.mend(s, first=not chosen) or "") == "":
            continue  # s13: a clause that cannot be said well in our voice is left out
        if words.zh:
            s = told_bought(s)  # s13listen3: "私人教練課買了20堂" -> "您買了20堂私人教練課"
            s = as_theirs(s)  # s14: "被我们私自改成…": what they say we did, said as theirs
            s = payee_named(s)  # s14: "转账…，对方说一直没收到": 对方 of a transfer is whoever it was paid to
            if chosen and visit_by_visit(s):
                continue  # s13listen3: "第一次…，第二次…，第三次…" pasted back reads as verbatim
        if (words.zh or not kept) and (contrast := _CONTRAST_LEAD.match(s)):
            # "但是您打去预约，…" where what it turned on was left out (a clause the guard held back, a
            # sentence not fit to send): a "but" with nothing before it; in Chinese never a lead of ours
            s = s[contrast.end() :]
            s = s if words.zh else s[:1].upper() + s[1:]
        why = flaw(words, s, follows=kept)
        if why == "cue" and words.zh and (lead := _ZH_ALSO_LEAD.match(s)):
            # "另外您约的周三晚7点私教课被取消了": a second problem joined on; said without the joint
            rest = s[lead.end() :]
            if flaw(words, rest, follows=kept) is None:
                s, why = rest, None
        if why == "topic" and chosen and _ZH_WHEN_ONLY.fullmatch(s.rstrip("。")):
            # "下午2点40左右" on a line of its own: when the sentence before it happened
            if flaw(words, chosen[-1].rstrip("。") + "，" + s, follows=True) is None:
                chosen[-1] = chosen[-1].rstrip("。") + "，" + s.rstrip("。")
            continue
        if why == "topic" and i < len(story) and not _ZH_ADDRESS_HINT.search(s) and not _ZH_STREET.search(s):
            comment = _rebuilt(words, _plain(words, story[i]))
            joined = s.rstrip("。") + "，" + comment
            if _ZH_OURS.fullmatch(s.rstrip("。")):
                # "我們旺角那間茶記，今天早上叫了一個A餐": joined as it stands, we ordered; the branch
                # is where they did it ("您今天早上在我們旺角那間茶記叫了…"), or it is left out
                joined = _where_they_did(s.rstrip("。"), comment) or ""
            # a short comment ("扣了兩次") is said with its topic, never alone
            told = flaw(words, comment, follows=True) in (None, "short")
            if joined and told and flaw(words, joined, follows=kept) is None:
                s, why = joined, None
                i += 1
        if why == "our place":
            # "我們旺角那間茶記，今天早上叫了…": said as where they did it, else left out
            ours, _, rest = s.partition("，")
            after = _plain(words, story[i]) if i < len(story) else ""
            if _ZH_TIME_WORDS.fullmatch(rest.rstrip("。")) and after.startswith("您"):
                # "我們觀塘分店，剛才大約7點" then "您正在用3號跑步機": one sentence of where and when
                s, i = "您" + rest.rstrip("。") + "在" + ours + re.sub(r"^您(?:正在|正)?", "", after), i + 1
            else:
                s = _where_they_did(ours, rest) or ""
            why = flaw(words, s, follows=kept) if s else why
        if why == "phone" and not words.zh and (m := _PHONE.search(s)):
            # s12: "your bill for number 07700 913 482 and there's £86.40 …": the number and the words
            # that lead to it out (the frame notes the number), what is said of the bill kept
            lead = _EN_PHONE_LEAD.search(s, 0, m.start())
            cut = s[: lead.start() if lead else m.start()].rstrip(" ,") + " " + s[m.end() :].lstrip(" ,")
            if flaw(words, cut.strip(), follows=kept) is None:
                s, why = cut.strip(), None
        if why == "phone" and words.zh and (m := _PHONE.search(s)) and (cut := without_phone(s, m.start(), m.end())):
            # s13: "您的門號0912-338-471原本是月租NT$599方案，…": the story without the number (noted)
            s, why = cut, flaw(words, cut, follows=kept)
        if (
            why == "bare piece"
            and words.zh
            and (rest := without_pieces(s, _ZH_BARE_DE))
            and flaw(words, rest, follows=kept) is None
        ):
            s, why = rest, None  # s14: "…还了那本红楼梦，在自助还书机还的，系统还说您逾期…": the bare piece out
        if why in ("long", "quote", "cue", "phone", "bare piece", "background", "inference", "mixed", "tactless") and (
            head := _cut(words, s, kept)
        ):
            s, why = head, None
        if why == "run-on" and not words.zh and (head := _then_cut(words, s, kept) or _when_cut(words, s, kept)):
            s, why = head, None  # "…rolled her eyes when you asked for oat milk and then charged you…"
        if why is None and chosen and _bare_claim(words, s):
            continue  # s12: "You only have one subscription.", "您这一年完全没有用过。": robotic alone
        if why == "who":  # "您是三年级二班刘思琪的家长": said after what went wrong, never before it
            held.append(s)
            continue
        kept = why is None
        if kept:
            chosen.append(s)
            if len(chosen) == 1 and held:
                chosen.extend(held[: budget - 1])
                held = []
            if len(chosen) >= budget:
                break
    return chosen[:budget] if chosen else held[:budget]
