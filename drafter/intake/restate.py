"""Restate a complaint in the reply's voice: the customer's own facts, turned round ("我" ->
"您", "your staff" -> "our staff"), sorted into what happened (Listen), what they ask for
(Satisfy) and references (ids in brackets).

Why mirror the customer's words instead of filling slots: a reply that repeats the flight, the
booking code and the deadline the customer gave reads as heard, and slot templates came out
wrong for anything they did not foresee. The complaint is untrusted, so only whole clauses that
pass the filters are repeated: venting, threats, contact details and anything that reads as an
instruction are dropped, and the guardrail checks the reply afterwards. The vocabulary lives in
prompts/restate.yaml."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import ahocorasick_rs
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from drafter.errors import ConfigError
from drafter.guard.amounts import find_amounts
from drafter.guard.normalize import fold, fold_each
from drafter.intake import asklist
from drafter.models import Ask
from drafter.prefilter import Gate, gated
from drafter.resources import data_dir
from drafter.text import converter, traditional_variants


class _ZhCues(BaseModel):
    model_config = ConfigDict(extra="forbid")

    vent: list[str]
    judgement: list[str] = Field(default_factory=list)
    blame: list[str] = Field(default_factory=list)
    self_nouns: dict[str, list[str]] = Field(default_factory=dict)
    vent_unless: list[str]
    not_ask: list[str]
    unanswered: list[str]
    rhetorical_end: list[str]
    threat: list[str]
    condition: list[str]
    ask_start: list[str]
    ask_end: list[str]
    question: list[str]
    connectors: list[str]
    particles: list[str]
    thanks: list[str] = Field(default_factory=list)


class _EnCues(BaseModel):
    model_config = ConfigDict(extra="forbid")

    filler: list[str]
    vent: list[str]
    judgement: list[str] = Field(default_factory=list)
    blame: list[str] = Field(default_factory=list)
    it_verbs: list[str] = Field(default_factory=list)
    lower_caps: list[str] = Field(default_factory=list)
    threat: list[str]
    condition: list[str]
    ask_start: list[str]
    imperative: list[str]
    question: list[str]
    subjectless: list[str]
    lead_stance: list[str] = Field(default_factory=list)
    generic_you_verbs: frozenset[str] = Field(default_factory=frozenset)
    spelling: dict[str, str]
    connectors: list[str]


class _Limits(BaseModel):
    model_config = ConfigDict(extra="forbid")

    zh_chars: dict[str, int]
    en_words: dict[str, int]


class _Profanity(BaseModel):
    model_config = ConfigDict(extra="forbid")

    zh: list[str]
    en: list[str]


class _AskLists(BaseModel):
    model_config = ConfigDict(extra="forbid")

    en: list[str] = Field(default_factory=list)
    zh: list[str] = Field(default_factory=list)


class _ArgumentCues(BaseModel):
    model_config = ConfigDict(extra="forbid")

    always: list[str] = Field(default_factory=list)
    infer: list[str] = Field(default_factory=list)
    weak: list[str] = Field(default_factory=list)
    others: list[str] = Field(default_factory=list)
    told: list[str] = Field(default_factory=list)
    opinion: list[str] = Field(default_factory=list)
    opinion_unless: list[str] = Field(default_factory=list)
    ought: list[str] = Field(default_factory=list)


class _Argument(BaseModel):
    model_config = ConfigDict(extra="forbid")

    zh: _ArgumentCues = Field(default_factory=_ArgumentCues)
    en: _ArgumentCues = Field(default_factory=_ArgumentCues)


class RestateCues(BaseModel):
    """prompts/restate.yaml, validated."""

    model_config = ConfigDict(extra="forbid")

    profanity: _Profanity
    sarcasm_zh: list[str] = Field(default_factory=list)
    addressee_zh: list[str]
    version: str
    zh: _ZhCues
    en: _EnCues
    reference_labels: list[str]
    intents: dict[str, list[str]]
    story_intents: list[str] = Field(default_factory=list)
    injection: list[str]
    compensation: list[str]
    limits: _Limits
    written_zh: dict[str, str] = Field(default_factory=dict)
    chat_zh: dict[str, str] = Field(default_factory=dict)
    ask_lists: _AskLists = Field(default_factory=_AskLists)
    remedies: dict[str, list[str]] = Field(default_factory=dict)
    hotlines: list[str] = Field(default_factory=list)
    argument: _Argument = Field(default_factory=_Argument)


class Restatement(BaseModel):
    model_config = ConfigDict(extra="forbid")

    story: list[str] = Field(default_factory=list)  # sentences in our voice, no end punctuation
    refs: list[str] = Field(default_factory=list)  # "order 300-5581723", "订单号 ORD-1"
    asks: list[Ask] = Field(default_factory=list)
    fragment: bool = False  # en: the first story sentence has no subject ("4th day without power")


@cache
def restate_cues(path: str | None = None) -> RestateCues:
    source = Path(path) if path else data_dir("prompts") / "restate.yaml"
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
        return RestateCues.model_validate(data)
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{source}: {exc}") from exc
    except ValidationError as exc:
        raise ConfigError(f"{source}: invalid restatement vocabulary\n{exc}") from exc


# --------------------------------------------------------------------------- shared pieces

_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff]+"
)
# s9. An emoji between two runs of words in English chat ends the first ("…the mango lassi 🙄 paid
# £6.40 for those two"): dropped with nothing in its place it ran two clauses into one ("the mango
# lassi paid £6.40"). Elsewhere (after a stop, at the end) it is only dropped.
# s12: and before a sum ("app says delivered 🙄 $42.50 gone").
_EMOJI_BETWEEN = re.compile(r"(?<=[A-Za-z0-9)])\s*(?:" + _EMOJI.pattern + r")\s*(?=[A-Za-z$£€¥])")


def _emoji_stops(text: str) -> str:
    return _EMOJI.sub("", _EMOJI_BETWEEN.sub(". ", text))


# An arrow between two places or times ("臺北→高雄", "Leeds -> York" is left as typed): a route,
# said in words before the emoji pass would drop it and run the two names together.
_ARROW = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z0-9)）])\s*[→⟶➔➜➡⇒]\ufe0f?\s*(?=[\u4e00-\u9fffA-Za-z0-9(（])")
_ARROW = gated(_ARROW)
_CONTACT = re.compile(
    r"^\s*(?:(?:电话|電話|手机|手機|联系电话|聯絡電話|tel|phone|mobile|cell|email|e-mail|微信|wechat|line)\s*[:：]?\s*)?"
    r"[+\d(][\d*\s()+-]{6,}\d\s*$|^\s*\S+@\S+\.\S+\s*$|https?://",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|『[^』]*』|\"[^\"]*\"|‘[^’]*’")
_QUOTED = gated(_QUOTED)  # a literal gate: most texts hold none of its words


_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
_HASHTAG = re.compile(r"(?<!\w)#[A-Za-z_]+(?![\w-])")  # #TR-8842 is a reference, not a hashtag
_HASHTAG = gated(_HASHTAG)
_HANDLE = re.compile(r"(?<![\w@])@\w+")


# A hashtag inside a sentence leaves a hole ("for the #CSFail when it comes"): the clause goes.
HOLE = "\u2063"


def _desocial(text: str, us: str) -> str:
    """Links and hashtags go (one inside a sentence leaves a hole that drops its clause); an
    @handle is the business being addressed ("signing up with @acme"), and a handle used as a
    word before a noun ("my 1st @AlaskaAir trip") just goes."""
    text = _URL.sub("", text)
    text = _INLINE_TAG.sub(HOLE, text)
    text = _HASHTAG.sub("", text)
    if "@" in text:  # the patterns below all need one
        text = _LEADING_MENTIONS.sub(r"\1", text)  # leading mentions address us
        text = _HANDLE_MODIFIER.sub(r"\1 ", text)
        text = _HANDLE_BEFORE_NOUN.sub("", text)
    return _HANDLE.sub(us, text) if "@" in text else text  # a handle holds its "@"


_INLINE_TAG = re.compile(r"(?<!\w)#[A-Za-z_]+(?![\w-])(?=\s+[A-Za-z])")
_INLINE_TAG = gated(_INLINE_TAG)
_LEADING_MENTIONS = re.compile(r"^(\s*)(?:@\w+\s*)+", re.MULTILINE)
_HANDLE_MODIFIER = re.compile(
    r"\b(my|the|a|an|your|our|this|that|1st|first|last|next)\s@\w+\s+(?=[a-z])", re.IGNORECASE
)
_HANDLE_BEFORE_NOUN = re.compile(r"(?<![\w@])@\w+\s+(?=(?:code|app|account|order|card|store|service|team|support)\b)")


@cache
def _profane(path: str | None = None) -> re.Pattern[str]:
    cues = restate_cues(path)
    parts = [re.escape(fold(w)) for w in cues.profanity.zh]
    for w in cues.profanity.en:
        stem = re.escape(w.rstrip("*"))
        parts.append(rf"(?<![a-z]){stem}{'[a-z]*' if w.endswith('*') else ''}(?![a-z])")
    return re.compile("|".join(parts))


@cache
def _profane_words(path: str | None = None) -> re.Pattern[str]:
    """The profanity as bare literals: a first pass ten times faster than ``_profane``, whose
    look-arounds make the regex engine try every alternative at every position."""
    cues = restate_cues(path)
    words = [re.escape(fold(w)) for w in cues.profanity.zh] + [re.escape(w.rstrip("*")) for w in cues.profanity.en]
    return re.compile("|".join(words))


def _is_profane(folded: str) -> bool:
    return _profane_words().search(folded) is not None and _profane().search(folded) is not None


_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9*#·_-]*")
_ORDINAL_OR_UNIT = re.compile(r"\d+(?:st|nd|rd|th|am|pm|h|k|kg|km)", re.I)
_DIGIT = re.compile(r"\d")


def _has_id(text: str) -> bool:
    """A token a reply should repeat exactly: letters with digits (CZ3101, 12C) or 3+ digits."""
    for m in _TOKEN.finditer(text):
        token = m.group()
        digits = sum(ch.isdigit() for ch in token)
        letters = sum(ch.isalpha() for ch in token)
        if digits >= 3 or (digits >= 1 and letters >= 1 and not _ORDINAL_OR_UNIT.fullmatch(token)):
            return True
    return False


@cache
def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation, longest first; a cue of digits ("12345", a hotline) is never part of a
    longer number ("AB-12345678")."""
    parts = [
        rf"(?<!\d){re.escape(w)}(?!\d)" if w.isdigit() else re.escape(w) for w in sorted(words, key=len, reverse=True)
    ]
    return re.compile("|".join(parts) or "(?!)")


_AUTOMATA: dict[int, tuple[list[str], ahocorasick_rs.AhoCorasick]] = {}
_ALTERNATIONS: dict[int, tuple[list[str], re.Pattern[str]]] = {}


def _automaton(words: list[str]) -> ahocorasick_rs.AhoCorasick:
    """The cue list as literals in one automaton, keyed by the list itself (cue lists are loaded
    once and kept: the entry holds the list, so its id is never reused)."""
    entry = _AUTOMATA.get(id(words))
    if entry is None or entry[0] is not words:
        entry = (words, ahocorasick_rs.AhoCorasick(words))
        _AUTOMATA[id(words)] = entry
    return entry[1]


def _contains_any(folded: str, words: list[str]) -> bool:
    """Whether any cue occurs in the folded text (one compiled alternation per cue list). Most
    clauses hold none: the automaton says so without the regex, which only rules out digits
    inside a longer number (compiled at the list's first hit, and found by the list's id as the
    automaton is: no tuple of the whole list per call)."""
    if not _automaton(words).find_matches_as_indexes(folded):
        return False
    entry = _ALTERNATIONS.get(id(words))
    if entry is None or entry[0] is not words:
        entry = (words, _alternation(tuple(words)))
        _ALTERNATIONS[id(words)] = entry
    return entry[1].search(folded) is not None


def _injected(folded: str, cues: RestateCues) -> bool:
    return _contains_any(folded, cues.injection)


def _outside_quotes(text: str, change: re.Pattern[str], repl: object) -> str:
    """Apply a substitution to the text outside quotation marks: quoted words stay the customer's."""
    out: list[str] = []
    last = 0
    for m in _QUOTED.finditer(text):
        out.append(change.sub(repl, text[last : m.start()]))  # type: ignore[call-overload]
        out.append(m.group())
        last = m.end()
    out.append(change.sub(repl, text[last:]))  # type: ignore[call-overload]
    return "".join(out)


_BRACKETED = re.compile(r"\([^()\n]{1,60}\)|（[^（）\n]{1,60}）")


def _split_outside_quotes(pattern: re.Pattern[str], text: str) -> list[str]:
    """Split at clause boundaries, never inside quoted words (what staff said stays whole) or
    brackets."""
    cuts = [(m.start(), m.end()) for m in pattern.finditer(text)]
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    quoted += [(m.start(), m.end()) for m in _BRACKETED.finditer(text)]  # "(size M, £129)" stays whole
    parts: list[str] = []
    last = 0
    for start, end in cuts:
        if any(q0 < start < q1 for q0, q1 in quoted) or end <= last:
            continue
        parts.append(text[last:start])
        last = end
    parts.append(text[last:])
    return parts


_SENTENCE_QUOTE = re.compile(r"“[^”]*”|「[^」]*」|『[^』]*』|\"[^\"\n]*\"")


def _sentences(pattern: re.Pattern[str], line: str) -> list[re.Match[str]]:
    """Sentence ends outside quotes: "told me "It's all on the website." and hung up" is one."""
    quoted = [(m.start(), m.end()) for m in _SENTENCE_QUOTE.finditer(line)]
    return [m for m in pattern.finditer(line) if not any(q0 < m.start() < q1 - 1 for q0, q1 in quoted)]


@dataclass(slots=True)
class _Clause:
    text: str
    kind: str = "story"  # story | ask | know | threat | condition | vent | blame | ref | noise
    sentence: int = 0
    question: bool = False
    raw: str = ""  # as written, final particles included ("那你们放什么号啊")


@dataclass(slots=True)
class _Pieces:
    clauses: list[_Clause] = field(default_factory=list)


# --------------------------------------------------------------------------- Chinese

_ZH_SENTENCE = re.compile(r"(?=[。！？!?；;…\n.])(?:[。！？!?；;…\n]+|(?<!\d)(?<![Nn]o)\.(?=\s|$))")  # "No. 214" is one
# A unit or counter after a figure: never split from it ("2.5 厘米", "45 分鐘", "11月3 日").
_ZH_UNIT = (
    r"(?:厘米|公分|毫米|公里|公斤|千克|分钟|分鐘|小时|小時|个|個|月|日|号|號|元|块|塊|天|次"
    r"|岁|歲|度|斤|层|層|楼|樓|米|克|秒|晚|周|週|人|位|件|房|室|车|車|点|點"
    # s14: a measure ("用水量显示 298 吨", "用了 12 立方"): the figure is nothing without it. Only
    # after a figure: a clause opening with 升 or 瓦 is 升级, 瓦斯, never a unit left dangling.
    r"|吨|噸|升(?![到至高级級值])|立方|平方|平米|呎|磅|千瓦|瓦)"
)
_ZH_DANGLING_UNIT = _ZH_UNIT.replace("|吨|噸|升(?![到至高级級值])|立方|平方|平米|呎|磅|千瓦|瓦)", ")")
# What a small figure counts ("只有 14 顆", "少了 2 盒"): kept with it; after a long number (an id,
# "單號HK3302817765 份文件…") the same character opens a new clause.
_ZH_COUNTER = (
    r"(?:颗|顆|粒|盒|包|瓶|罐|杯|碗|份|张|張|片|条|條|支|枝|双|雙|套|箱|袋|本|页|頁|只|隻|台|部|枚|桶|趟|吋|寸|倍)"
)
_ZH_CLAUSE = re.compile(
    r"[，,、](?!\d{3})|(?<=[\u4e00-\u9fff%）)」”])\s+(?=[\u4e00-\u9fff(（「“])"
    r"(?![\u4e00-\u9fff][A-Z][·•・.]?\s?[A-Z0-9]{4,6}(?![A-Za-z0-9]))"  # s14: "车牌 粤B·3Q778": label and plate
    # "约 2.5 厘米宽"; s14: "HK$3,450 嘅簽賬" (no clause opens with 的)
    rf"|(?<=\d)(?<![A-Za-z0-9]{{5}})\s+(?=[\u4e00-\u9fff(（「“])(?!{_ZH_UNIT}|{_ZH_COUNTER}|的|嘅|之)"
    rf"|(?<=[A-Za-z0-9]{{4}}\d)\s+(?=[\u4e00-\u9fff(（「“])(?!{_ZH_UNIT})"  # a long number: its unit only
    # s14: a count typed after an id ("订单WD0923 30张全部要重修"): the id ends, the count opens the next
    rf"|(?<=[A-Za-z][A-Za-z0-9]{{2}}\d\d)\s+(?=\d{{1,4}}\s?(?:{_ZH_UNIT}|{_ZH_COUNTER}))"
    r"|(?<=[a-z]{2})\s+(?=\d+[A-Za-z]*[\u4e00-\u9fff])"  # "卡成ppt 300M的套餐": a new clause
    # s13: "273X 號巴士" (a route and its 號) and "等 273X" (what they waited for): one phrase each
    r"|(?<=\d[A-Za-z])\s+(?=[\u4e00-\u9fff])(?![號号])"
    r"|(?<=[\u4e00-\u9fff])(?<![号號码碼数數为為是到约約共住在等搭坐乘])\s+(?=\d)(?!\d{1,2}[/:]\d{1,2}(?!\d))"
    rf"(?!\d[\d.,]*\s?{_ZH_UNIT})"  # "等了 40 分鐘", "訂了 4 位": a figure typed between spaces, with its unit
    rf"(?!\d{{1,4}}\s?{_ZH_COUNTER})"
)
_HAN_CHAR = re.compile(r"[\u3400-\u9fff]")
_ZH_ORGS = (
    # longer names first: 贵酒楼 -> 我们酒楼, never 我们酒 + 楼
    "酒楼|酒樓|酒家|药房|藥房|药店|藥店|超市|商场|商場|健身房|健身中心|物业|物業|戏院|戲院|影城|影院|车行|車行|"
    "快递|快遞|保险|保險|电讯|電訊|电信|電信|诊所|診所|寵物酒店|宠物酒店|"
    "公司|司|平台|店|行|方|校|院|所|中心|单位|單位|商家|餐厅|餐廳|酒店|饭店|飯店|医院|醫院|诊所|診所|补习班|補習班|"
    "银行|銀行|航空|集团|集團|部门|部門|局|网站|網站|网|網|机构|機構|旅行社|学校|學校|中心|"
    # an online shop or a service by its own name ("在貴商城購買", "贵app"): still us, never 贵
    "商城|网店|網店|官网|官網|app|APP|App|应用|應用|系统|系統|门市|門市|分行|支行|营业厅|營業廳|"
    # round 10aw: an agency or a press by its one-character name (貴社), never 社区, 社交, 社保
    "社(?![区區交会會保团團工群])"
)
# One pass, longest alternatives first, so a replacement is never replaced again (你们 -> 我们 must
# not then become 您).
_ZH_SHIFT = re.compile(
    rf"(?P<org>[贵貴](?:{_ZH_ORGS})"
    # a business by its trade ("貴水電行", "貴藥局", "贵洗衣坊"): still us; never 贵 the price
    # ("太貴的店") nor 貴賓 (a VIP)
    r"|(?<![很太好昂珍宝寶富高名可算较較最更又真咁])[贵貴](?![的了得又很太死些啲价價宾賓])"
    r"[\u4e00-\u9fff]{1,3}?(?:公司|中心|行|局|店|馆|館|社|坊|厂|廠|班|所))"
    # 我地 / 你地 are Cantonese "we" / "you", but not before 址, 点, 方… ("我地址写的清清楚楚": my address)
    r"|(?P<you>你们|你們|妳們|妳们|你哋|你地(?![址点點方图圖区區板铁鐵下毯盘盤段])|您们|您們)"
    r"|(?P<party>(?:我们|我們)(?=[一二三四五六七八九十两兩\d]+(?:个|個|位)?人))"
    r"|(?P<we>我们|我們|我哋|咱们|咱們|我地(?![址点點方图圖区區板铁鐵下毯盘盤段]))"
    r"|(?P<self>本人)"
    r"|(?P<i>(?<!自)我)"
    r"|(?P<you1>(?<![您迷])[你妳](?!好))"  # 迷你 (mini) is a word, not "you"
)
_ZH_SHIFT = gated(_ZH_SHIFT)
_ZH_BARE_ORG = re.compile(r"[贵貴](?:方|社)$")
# How an institution names itself: 贵行 -> 我行 (a bank), 贵校 -> 我校, 贵司 -> 我司.
_ZH_SELF_ORG = {"行": "我行", "校": "我校", "院": "我院", "司": "我司", "所": "我所", "局": "我局"}


def _zh_turn(m: re.Match[str], we: str) -> str:
    kind = m.lastgroup
    if kind == "org":
        word = m.group()
        if word[1:] in _ZH_SELF_ORG:
            return _ZH_SELF_ORG[word[1:]]
        return we if _ZH_BARE_ORG.match(word) else we + word[1:]
    if kind in ("you", "you1"):
        return we
    if kind == "party":
        return "您一行"
    return "您"


def _zh_unwrap(text: str, im: bool = False) -> str:
    """Join hard-wrapped lines: a long line that ends mid-sentence continues on the next. Not on
    an IM channel, where every line is a message of its own ("结果都没人打来" / "小孩线上课都没办法上"
    / "拜托这两天派人来修" read as one run-on otherwise)."""
    if im:
        return text
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        if (
            out
            and len(out[-1]) >= 20
            and out[-1]
            and not re.search(r"[。！？!?；;，,：:）)」”\"…~]\s*$", out[-1])
            and line.strip()
            and re.match(r"\s*[\u3400-\u9fffA-Za-z0-9]", line)
            and not re.search(r"[\u3400-\u9fff]\s+[\u3400-\u9fff]", out[-1])  # a chat line of spaced clauses ends there
        ):
            out[-1] = out[-1].rstrip() + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


@cache
def _address_pattern(path: str | None = None) -> re.Pattern[str]:
    titles = "|".join(map(re.escape, restate_cues(path).addressee_zh))
    return re.compile(
        rf"^\s*(?:(?:尊敬的|亲爱的|親愛的)?[^，。：:！!？?\s]{{0,10}}?(?:{titles})[^，。：:！!？?]{{0,4}}[：:，,！!]\s*"
        rf"|(?:尊敬的|亲爱的|親愛的)?[^，。：:！!？?]{{0,10}}?(?:您好|你好|你們好|你们好)[！!，,。：:]*\s*)"
    )


def _zh_address(line: str, cues: RestateCues) -> str:
    """Drop what only addresses someone at the start of a line: "尊敬的胡书记：您好！", "邓局长："."""
    pattern = _address_pattern()
    for _ in range(3):
        cut = pattern.sub("", line, count=1)
        if cut == line:
            break
        line = cut
    return line


@cache
def _sarcasm_zh(path: str | None = None) -> re.Pattern[str]:
    words = restate_cues(path).sarcasm_zh
    forms = {f for w in words for f in (w, str(converter("s2t").convert(w)), str(converter("s2hk").convert(w)))}
    body = "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True)) or "(?!)"
    stop = r"\s，。！？,!?；;"
    # the word and what follows it in its clause ("真牛啊"); the subject before it stays, and runs
    # into the next clause ("你们师傅真牛 把货送错了" -> "你们师傅把货送错了")
    return re.compile(rf"(?:{body})[^{stop}]{{0,3}}[{stop}]*")


# A letter's heading on a line of its own, spaces and all ("致 卓越教育中心 負責人："): whom it is
# addressed to, never a fact (split at its spaces, "卓越教育中心" opened the restatement).
_ZH_HEADING_LINE = re.compile(r"(?:致(?!使)|尊敬的|亲爱的|親愛的)\s*[^。！!？?\n]{1,30}[：:，,]?")


# s14: a document's number, then what is written on it ("合約編號 LY-2023-0871 上寫明…"): the number
# is a reference of its own, the document named again before "上寫明" (it read "上寫明…" alone, c34).
_ZH_ON_DOCUMENT = re.compile(
    r"(?P<doc>[\u4e00-\u9fff]{1,4}?)(?P<label>編號|编号|單號|单号|號碼|号码)\s*(?P<id>[A-Za-z0-9][A-Za-z0-9-]{3,})\s*"
    r"(?=(?:上|裡|里|內|内)面?(?:寫|写|註|注|標|标|印|列|載|载))"
)


def _zh_lines(text: str, im: bool = False) -> list[str]:
    cues = restate_cues()
    text = _sarcasm_zh().sub("", text)
    text = _ZH_ON_DOCUMENT.sub(lambda m: f"{m['doc']}{m['label']} {m['id']}，{m['doc']}", text)
    lines = [_zh_address(line.strip(), cues) for line in _desocial(_zh_unwrap(text, im), "你们").split("\n")]
    lines = [line for line in lines if not _ZH_HEADING_LINE.fullmatch(line.strip())]
    return [line.strip() for line in lines if line.strip() and not _CONTACT.search(line)]


@cache
def _written_table(kind: str, path: str | None = None) -> tuple[re.Pattern[str], dict[str, str]]:
    """Every spoken form (as written, and in the other script for keys of two characters or
    more: 係 alone would also be the 系 of 系统) -> its written Simplified form."""
    cues = restate_cues(path)
    source = cues.written_zh if kind == "cantonese" else cues.chat_zh
    table: dict[str, str] = {}
    for spoken, written in source.items():
        forms = [spoken, *(converter(c).convert(spoken) for c in ("s2t", "s2hk", "s2tw"))]
        if len(spoken) >= 2:
            forms.append(converter("t2s").convert(spoken))
        for form in forms:
            table.setdefault(form, written)
    body = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True)) or "(?!)"
    return re.compile(body), table


# Spoken Cantonese: a text with any of these is read as Cantonese and written out.
_CANTONESE = re.compile(
    "[咗哋嘅喺冇唔佢啲嘢嚟嗰噉咩乜俾畀攞搵睇屙㗎喎啫嘞揾]|仲(?![裁介夏秋春冬])|[開開閂]住|晒(?![太衣被干乾图圖出])|[一二兩两三四五六七八九十幾几]日(?![期本])"
)
# Cantonese 個 after a noun is "the ... of": "康文署個訂場系統" -> "康文署的订场系统"; after a verb
# of giving (俾, already 給 by the table) it counts one: "俾個交代" is 給個交代, never "給的交代".
_CANTONESE_GE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![一二三四五六七八九十两兩幾几每這这那呢嗰哪整半了過过有上下各某成同問问叫俾畀給给搵揾找買买食飲饮拎攞睇换換開开])[個个](?=[\u4e00-\u9fff]{2}|[A-Za-z])"
    # …or after a place in brackets ("我屋企（海濱花園3座）個警報器響咗"): "the" alarm, not "one"
    r"|(?<=[)）])[個个](?=[\u4e00-\u9fff]{2})"
)
# Cantonese drops 一 before a classifier after a verb ("少咗條褲", "拎咗塊毛巾", "有粒玻璃"): written
# Chinese says it ("少了一条裤子"); 咗個 is "the" ("割損咗個脷" -> 割伤了舌头), said without it.
# s13: a pair and a box too ("網購咗對藍牙耳機": 一對, "買咗盒沙律": 一盒), never 對 of a word of its
# own (對唔住, 對面, 對方).
_CANTONESE_BARE_ONE = re.compile(
    r"(?<=咗|有)(?=[條条塊块杯袋粒隻張张件盒碗碟樽罐](?![件款例子裝装])|只(?![有是])|[對对](?![唔不住面手方應应於于比話话錯错]))"
)
# s13: a classifier after 返 (back) is "the" ("搵返件行李": find the luggage): written without it.
_CANTONESE_BACK_THE = re.compile(r"(?<=[返番])(?:[件部架隻只張张對对])(?=[\u4e00-\u9fff]{2})")
# s13: 啲 opening a clause, or after "when", is "the" ("到嘅時候啲燒鵝飯凍晒"), never "some" (些).
_CANTONESE_THE_DI = re.compile(
    r"(?:^|(?<=[\s，,。！!？?但就])|(?<=時候|时候|之後|之后|點知|点知))啲(?=[\u4e00-\u9fff])(?![嘢])"
)
# Cantonese 落 after an amount is "into" ("增值咗HK$200落錢包"): 到.
_CANTONESE_INTO = re.compile(r"(?<=[\d元蚊])\s*落(?=[\u4e00-\u9fffA-Za-z])(?!雨|地|去|嚟|来|來|樓|楼|車|车)")
_CANTONESE_DONE_THE = re.compile(r"(?<=咗)[個个](?=[\u4e00-\u9fff])(?![案人別别])")


# Cantonese 個 before an amount is "that" ("退返個HK$50登記費"): written Chinese says the amount alone.
_CANTONESE_GE_AMOUNT = re.compile(
    r"(?:(?<=[\u4e00-\u9fff\s，,。])|^)[個个](?=\s?(?:[A-Z]{2,3})?[$¥￥]\s?\d|\d+(?:\.\d+)?\s?(?:元|蚊|块|塊))"
)


# Round 10bb. Cantonese puts the person after the thing given ("佢俾咗全脂奶我"): written Chinese
# before it ("他给了我全脂奶"); "俾個交代我" is the table's.
_CANTONESE_GIVE_ME = re.compile(r"俾(咗)?(?![個个])([\u4e00-\u9fff]{1,6}?)(我哋|我)(?=[\s，,。！!？?]|$|喎|啊|呀|㗎)")


# Round s8. 個 after seeing or opening is "the" ("發現個樽底", "收到個盒"): written without it.
_CANTONESE_SEEN_THE = re.compile(
    r"(?<=發現|发现|見到|见到|睇到|看到|收到|拆開|拆开|打開|打开)[個个](?=[\u4e00-\u9fff])"
)
# 隻 after when it happened is "the" ("今朝隻貓跳上去"): written without it.
_CANTONESE_WHEN_ONE = re.compile(
    r"(?<=早上|上午|下午|晚上|今日|今天|今朝|昨天|尋日|琴日|剛才|刚才|頭先|头先)[隻只](?=[\u4e00-\u9fff])"
)
# 呢 before a classifier is "this" ("呢筆錢", "呢份合約"): 這.
_CANTONESE_THIS = re.compile(r"呢(?=[個个間间部張张次排筆笔份位種种件條条架隻只盒包杯碗樣样單单封])")
# 個 after "but", "then", "also" is "the" ("但個電子錢包到而家都冇入帳"): never "但的".
_CANTONESE_BUT_THE = re.compile(r"(?<=但|就|又|仲|而|都)[個个](?=[\u4e00-\u9fff]{2})")
# Round s8. 俾 before "my/his/your ..." someone ("俾我個4歲仔食咗兩次"): let (讓), not "give me";
# "我個4歲仔" is 我4歲的兒子; and with its subject left out ("讓我4歲的兒子吃了…"), 我讓….
_CANTONESE_LET_MY = re.compile(r"俾(?=(?:我|佢|你)(?:個|个|嘅|隻|只)\s?[\u4e00-\u9fff0-9])")
_CANTONESE_AGED_MY = re.compile(r"(?<=[我你佢])[個个](?=\s?\d{1,2}\s?[歲岁])")
_CANTONESE_AGED_CHILD = re.compile(r"(\d{1,2}\s?)[歲岁]([仔女])(?![兒儿士子])")
_CANTONESE_LET_LEAD = re.compile(r"(?:^|(?<=[，,。\s]))(讓|让)(我|你|佢)(?![們们哋])")
# …and 個 after a time clause is "the" ("收到時個箱爛晒"): written Chinese says the noun alone.
_CANTONESE_WHEN_THE = re.compile(r"(?<=[時时])[個个](?=[\u4e00-\u9fff])")


# …and 隻 after a person is "'s" ("我隻藥樽", "佢隻手"): 的.
_CANTONESE_MY = re.compile(
    r"(?<=[我你佢])隻(?=[\u4e00-\u9fff]{2})(?![係是有要想])"
    # s9: any classifier after a person is "'s" ("我張卡", "我部手機", "我架車", "我間房"): "您張卡"
    # was left half-converted; not a word of its own (部門, 條件, 間中, 張貼) nor a count (我張…張)
    r"|(?<=[我你佢])(?:張|张|部|架|條|条|間|间|件|盒|袋|份)(?=[\u4e00-\u9fffA-Za-z])"
    r"(?!門|门|分|份|長|长|件|款|例|中|隔|貼|贴|開|开|數|数|量|額|额|子|裝|装|事情)"
    # s11: "飛咗我個站": "my stop", never "您個站" left half-converted (我個人 is "personally")
    r"|(?<=我)個(?=[\u4e00-\u9fff](?:$|[\s，,。！？!?]))(?!人)"
)


def _aged_child(who: str, traditional: bool) -> str:
    """歲仔 / 歲女 written out in the text's script: 岁的儿子, 歲的女兒."""
    said = "岁的儿子" if who == "仔" else "岁的女儿"
    return str(converter("s2tw").convert(said)) if traditional else said


def _these(m: re.Match[str], traditional: bool) -> str:
    """ "呢3日" -> "這3天": a count of days after 這 is never a date."""
    unit = "天" if m.group(2) == "日" else m.group(2)
    return ("這" if traditional else "这") + m.group(1) + unit


def _give_me(m: re.Match[str]) -> str:
    return "俾" + ("咗" if m.group(1) else "") + m.group(3) + m.group(2)


_LATIN_DI = re.compile(r"(?<=[A-Za-z0-9])啲")
# s10. 啲 after a figure and a space opens the next clause ("漏咗兩籠燒賣 HK$42 啲飯又凍晒"): "the
# rice", not "HK$42's rice"; a clause break, the 啲 left out.
_SPACED_DI = re.compile(r"(?<=[A-Za-z0-9])\s+啲(?=[\u4e00-\u9fff])")
# Cantonese 成 before a length of time is "a whole": "困咗成20分鐘" -> "困了整整20分钟".
_CANTONESE_WHOLE = re.compile(
    r"(?<![一二三四五六七八九十百千萬万完變变組组促造功績绩])成(?=\s?(?:\d+|[一二三四五六七八九十兩两半幾几]+)\s?(?:個|个)?"
    r"(?:分鐘|分钟|小時|小时|鐘|钟|日|天|星期|禮拜|礼拜|月|年|晚))"
)
# Cantonese 得 before a figure is "only": "SpO2 得 87%" -> "SpO2只有87%", "得一支" -> "只有一支".
_CANTONESE_ONLY = re.compile(
    r"(?:淨係|净系|(?<=[\sA-Za-z0-9])|(?<=現在|现在|而家|依家)|(?<=[仲都就剩]))"
    r"得(?=\s?(?:\d|[一兩两二三四五六七八九十半幾几](?:[個个支部張张件隻只位次分]|%)))"
)
# s13: 得 after 咗 ("到咗得一隻": only one came) is "only" too, said with the aspect written out
# here: the table's "咗隻" (了一只) would read the 只 of 只有 as a classifier.
_CANTONESE_DONE_ONLY = re.compile(
    r"咗得(?=\s?(?:\d|[一兩两二三四五六七八九十半幾几](?:[個个支部張张件隻只位次分對对]|%)))"
)
# s13: 再 + a verb + 過 at a clause's end ("最後要喺門口再買過") is "anew": 重新 + the verb.
_CANTONESE_ANEW = re.compile(r"再([\u4e00-\u9fff])過(?=[，,。！!？?\s]|$)")
# s13: a classifier after a figure and a space opens a new clause on "the" thing ("買咗20kg 件行李磅出嚟…":
# bought 20 kg, the luggage weighed …): a comma, the classifier left out.
_CANTONESE_SPACED_THE = re.compile(r"(?<=[A-Za-z])\s+[件個个部架隻只張张條条對对](?=[\u4e00-\u9fff]{2})")
# …and after a sum paid ("俾咗HK$5,074 張信用卡已經過數": paid HK$5,074, the card already charged).
_CANTONESE_AMOUNT_THE = re.compile(
    r"((?:[A-Z]{2,3})?[$¥￥]\s?\d[\d,]*(?:\.\d+)?)\s+[件個个部架隻只張张條条對对](?=[\u4e00-\u9fff]{2})"
)
# s13: 先 after when it happened ("上個月先抄過", "去到先話"): only then (才), never "first".
_CANTONESE_ONLY_THEN = re.compile(r"(?<=[月日號号週周年天晚朝到])先(?=[\u4e00-\u9fff])(?![生前])")
# 嗰 before a sum after what was done ("退返多扣嗰HK$320"): "the", written 的.
_CANTONESE_THAT_SUM = re.compile(r"(?<=[\u4e00-\u9fff])嗰(?=\s?(?:[A-Z]{2,3})?[$¥￥]\s?\d)")
# 個 after 話 (said) is "that" ("去到先話個場取消咗": were told the show was cancelled), never 的.
_CANTONESE_SAID_THE = re.compile(r"(?<=[話话])[個个](?=[\u4e00-\u9fff])")
# 飛 counted by 張 is a ticket ("兩張IMAX飛", "張戲飛"), never "fly".
_CANTONESE_TICKET = re.compile(r"([張张][A-Za-z0-9\u4e00-\u9fff]{0,8}?)飛(?![機机行往去來来走])")
# A verb and 嚇 / 下 ("查嚇", "睇下"): "a little", written 一下.
_CANTONESE_A_BIT = re.compile(r"(?<=[查睇看問问試试諗搵揾找])[嚇吓下](?![面午去來来次])")
# s14: 啲 after a verb and 吓 ("搵吓啲嘢": look for the things) is "the", never "some" (些).
_CANTONESE_A_BIT_THE = re.compile(r"(?<=[查睇看問问試试諗搵揾找][嚇吓下])啲(?=[\u4e00-\u9fff])")
# s14: 呢 before a count of days or things ("呢3日", "呢兩個月") is "these", written 這.
# s14: 呢 before a sum ("賠返呢 HK$1,260 俾我"): "this", said with the sum alone; and the space before
# 俾我 after a sum is no clause break ("退返 HK$300 俾我" read "退回 HK$300，給您").
_CANTONESE_THIS_SUM = re.compile(r"呢\s?(?=(?:[A-Z]{2,3})?[$¥￥]\s?\d)")
_CANTONESE_SUM_GIVE = re.compile(r"(?<=\d)\s+(?=[俾畀](?:返|番)?(?:我|佢))")
_CANTONESE_THESE = re.compile(
    r"呢(\s?(?:\d+|[一二兩两三四五六七八九十幾几]+)\s?)(日|天|個|个|星期|禮拜|礼拜|週|周|年|次|晚|件|張|张)"
)
# s14: a size with 個 before the noun ("兜咗好大個圈"): written "一個很大的圈", never "很大個圈".
_CANTONESE_BIG_ONE = re.compile(
    r"(?<=[了咗有])((?:很|太|好|咁|這麼|这么)(?:大|細|小|長|长|短|厚|深|闊|阔|重))[個个](?=[\u4e00-\u9fff])"
)
# s13: 先 before a figure after a finished act ("磅出嚟先18.6kg": weighed only 18.6 kg) is "only".
_CANTONESE_ONLY_FIGURE = re.compile(r"(?<=嚟|來|来|咗|了)先(?=\s?\d)")
# Cantonese progressive 緊 after a verb ("流緊血", "放緊假"): 正在 before it. Not 緊 of 緊急, 緊張,
# 趕緊, 抓緊 (written words of their own).
_CANTONESE_PROGRESSIVE = re.compile(
    r"(?![趕赶抓握拉繃绷收要加扎紮很太不好关關拧擰系繫勒捏夹夾锁鎖])([\u4e00-\u9fff])[緊紧](?![急张張要迫密凑湊貼贴])"
)
# Cantonese 喺X度 ("貼咗喺白板度"): at X.
_CANTONESE_AT = re.compile(r"[喺在]([\u4e00-\u9fff]{1,4}?)度(?![假数數過过日])")
# Round s8. Cantonese 同 joining two nouns ("膝頭同手肘", "藥樽同收據"): 和; never 同 of a word of its
# own (同事, 同意, 不同, 合同, 一同 …).
_CANTONESE_AND = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![不相共一合陪如等連连認认混胡雷贊赞協协會会])同"
    r"(?![事意樣样時时款學学一步類类行伴胞情等期屬属住居志鄉乡理級级業业城名性價价心齡龄])(?=[\u4e00-\u9fff])"
)
# Round s8. Cantonese 先 after a verb that is done first ("寄返去先退"): 才 before what follows
# ("寄回去才退"); at a clause's end ("處理好佢先") it says "first", written before the verb.
_CANTONESE_THEN = re.compile(
    r"(?<=[去來来完])先(?=[\u4e00-\u9fff])"
    # "先一個星期鏡腳就斷了": only a week (才) before it broke
    r"|先(?=[一两兩二三四五六七八九十幾几]\s?[個个]?(?:星期|禮拜|礼拜|日|天|月|年|鐘|小時|小时)[^，。]{0,8}就)"
)
_CANTONESE_FIRST_LAST = re.compile(
    r"(?P<who>(?:^|(?<=[，,。\s]))(?:我們|我们|我哋|你們|你们|你哋|他們|他们|佢哋|我|你|您|佢|他|她)?)"
    r"(?P<what>[\u4e00-\u9fff]{2,8}?)先(?=[啦喇吧呀啊]?(?:[，,。！!？?\s]|$))"
)
# Cantonese 兩日 / 三日 (days, not a date's day): 两天.
# s12: never "週六日文" (Saturday, Japanese) nor "週六日" (the weekend): a weekday and then 日, not days.
_CANTONESE_DAYS = re.compile(
    r"(?<![月\d号號週周期拜])([一二两兩三四五六七八九十幾几])日(?![期子常本前後后文语語元圓円式])"
)
# Hailing whoever reads it ("喂管理處", "喂 客服"): a call for attention, never part of the story.
_CANTONESE_HAIL = re.compile(
    r"^\s*喂[，,！!\s]*(?:[\u4e00-\u9fff]{0,6}?(?:管理處|管理处|客服|公司|中心|部|處|处|署|局|姐|哥)(?=[\s，,！!]))?[，,！!\s]*"
)


# Cantonese 佢 is he or she alike; written Chinese must choose (round 10ao). A complaint that names
# only women or girls (阿媽, 我太太, 個女) and no man or boy: 她, never 他 for a mother.
_WOMAN = re.compile(
    r"媽|妈|母親|母亲|老婆|太太|女兒|女儿|個女|个女|囡|嫲|婆|外婆|奶奶|姐|妹|阿姨|女士|小姐|孕婦|孕妇|女朋友|女友"
)
_MAN = re.compile(
    r"爸|父親|父亲|老公|先生|仔|兒子|儿子|爺|爷|公公|外公|哥|弟|伯|叔|舅|男朋友|男友|師傅|师傅|經理|经理|老師|老师|"
    r"司機|司机|職員|职员|員工|员工|保安|醫生|医生|護士|护士|sir\b|Sir\b"
)
_HE_SHE = re.compile(r"佢(?!哋|地)")


def only_women(text: str) -> bool:
    """The complaint names women or girls and no man, boy or member of staff (whose sex 佢 hides)."""
    return _WOMAN.search(text) is not None and _MAN.search(text) is None


# s14: Cantonese 好似…咁 at a clause's end is "like …": written 像…一样.
_CANTONESE_LIKE = re.compile(r"好似(?![唔不冇沒没])([^，。,\s咁]{1,8}?)咁(?=[，。,!！?？\s]|$)")


def written_zh(text: str, traditional: bool = False, cantonese: bool | None = None, her: bool = False) -> str:
    """Spoken Cantonese and chat words in written Chinese ("我成日都喺屋企" -> "我一直都在家"),
    in the text's own script; quoted words stay as said. ``her``: 佢 is 她 (only women named)."""
    s2tw = converter("s2tw")
    if her:
        text = _outside_quotes(text, _HE_SHE, "她")
    # "router啲燈": 啲 after a name in Latin letters is "the ... 's", not "some"
    text = _outside_quotes(text, _SPACED_DI, "，")
    text = _outside_quotes(text, _LATIN_DI, "的")
    kinds = ["chat"]
    if cantonese if cantonese is not None else _CANTONESE.search(text):
        kinds.insert(0, "cantonese")
    for kind in kinds:
        pattern, table = _written_table(kind)

        def repl(m: re.Match[str], table: dict[str, str] = table) -> str:
            value = table[m.group()]
            return str(s2tw.convert(value)) if traditional else value

        if kind == "cantonese":
            text = _outside_quotes(_CANTONESE_HAIL.sub("", text), _CANTONESE_WHOLE, "整整")
            text = _outside_quotes(text, _CANTONESE_ONLY, "只有")
            text = _outside_quotes(text, _CANTONESE_DONE_ONLY, "了只有")
            text = _outside_quotes(text, _CANTONESE_ONLY_FIGURE, "只有")
            text = _outside_quotes(text, _CANTONESE_SPACED_THE, "，")
            text = _outside_quotes(text, _CANTONESE_ONLY_THEN, "才")
            text = _outside_quotes(text, _CANTONESE_THAT_SUM, "的")
            text = _outside_quotes(text, _CANTONESE_SAID_THE, "那")
            text = _outside_quotes(text, _CANTONESE_TICKET, lambda m: m.group(1) + "票")
            text = _outside_quotes(text, _CANTONESE_AMOUNT_THE, lambda m: m.group(1) + "，")
            text = _outside_quotes(text, _CANTONESE_ANEW, lambda m: "重新" + m.group(1))
            text = _outside_quotes(text, _CANTONESE_DONE_THE, "")
            text = _outside_quotes(text, _CANTONESE_INTO, "到")
            text = _outside_quotes(text, _CANTONESE_BARE_ONE, "一")
            text = _outside_quotes(text, _CANTONESE_BACK_THE, "")
            text = _outside_quotes(text, _CANTONESE_THE_DI, "")
            text = _outside_quotes(text, _CANTONESE_A_BIT_THE, "")
            text = _outside_quotes(text, _CANTONESE_THIS_SUM, "")
            text = _outside_quotes(text, _CANTONESE_SUM_GIVE, "")
            text = _outside_quotes(text, _CANTONESE_THESE, lambda m: _these(m, traditional))
            text = _outside_quotes(text, _CANTONESE_LET_MY, "讓" if traditional else "让")
            text = _outside_quotes(text, _CANTONESE_SEEN_THE, "")
            text = _outside_quotes(text, _CANTONESE_BUT_THE, "")
            text = _outside_quotes(text, _CANTONESE_WHEN_ONE, "")
            text = _outside_quotes(text, _CANTONESE_THIS, "這" if traditional else "这")
            # s14: "縮到好似M碼咁": "like M size", never "好像M碼這麼" (read as a question, the shrink lost)
            text = _outside_quotes(
                text, _CANTONESE_LIKE, lambda m: "像" + m.group(1) + ("一樣" if traditional else "一样")
            )
            text = _outside_quotes(text, _CANTONESE_AGED_MY, "")
            text = _outside_quotes(text, _CANTONESE_LET_LEAD, lambda m: m.group(2) + m.group(1))
            text = _outside_quotes(
                text, _CANTONESE_AGED_CHILD, lambda m: m.group(1) + _aged_child(m.group(2), traditional)
            )
            text = _outside_quotes(text, _CANTONESE_GIVE_ME, _give_me)
            text = _outside_quotes(text, _CANTONESE_WHEN_THE, "")
            text = _outside_quotes(text, _CANTONESE_MY, "的")
            text = _outside_quotes(text, _CANTONESE_THEN, "才")
        text = _outside_quotes(text, pattern, repl)
        if kind == "cantonese":  # after the table: its words ("開緊" -> 开着) come first
            text = _outside_quotes(text, _CANTONESE_PROGRESSIVE, lambda m: "正在" + m.group(1))
            text = _outside_quotes(text, _CANTONESE_DAYS, lambda m: m.group(1) + "天")
            text = _outside_quotes(text, _CANTONESE_A_BIT, "一下")  # after the table: "查嚇邊個" is who
            text = _outside_quotes(
                text, _CANTONESE_BIG_ONE, lambda m: ("一個" if traditional else "一个") + m.group(1) + "的"
            )
            text = _outside_quotes(text, _CANTONESE_AT, lambda m: "在" + m.group(1) + "上")
            text = _outside_quotes(text, _CANTONESE_FIRST_LAST, lambda m: m.group("who") + "先" + m.group("what"))
            text = _outside_quotes(text, _CANTONESE_AND, "和")  # after the table: its 同埋, 同個 first
        if kind == "cantonese":
            text = _outside_quotes(text, _CANTONESE_GE_AMOUNT, "")
            text = _outside_quotes(text, _CANTONESE_GE, "的")
    return text


_ZH_WHEN_LEAD = (
    r"(?:剛才|刚才|剛剛|刚刚|今天|昨天|前天|前日|今早|昨晚|今晚|上个月|上個月|上星期[一二三四五六日天末]?|上礼拜[一二三四五六日天末]?|上禮拜[一二三四五六日天末]?|上周[一二三四五六日天末]?|上週[一二三四五六日天末]?|上次)?"
    r"(?:\d{1,2}(?:号|號|日))?"  # s9: "上个月28号在我们店买了…": the day after the month
    r"(?:早上|上午|中午|下午|晚上)?(?:就|又|已经|已經)?"
)
_SUBJECTLESS_ZH = re.compile(
    # "(剛才)叫了一個外賣", "上个月就关了连续包月": what they did, the time before it
    rf"^{_ZH_WHEN_LEAD}"
    r"(?:等|催|排|买|買|点|點|订|訂|寄|交|付|约|約|问|問|申请|申請|提交|预约|預約|预订|預訂|报名|報名|充值|办理|辦理|缴|繳|打了|打过|打過"
    r"|叫|关|關|取消|退订|退訂)"
    r"(?:了|过|過|咗)"
    # "今天去你們建設路支行…", "上週五用快付…": when, then where they went or what they used
    r"|^(?:剛才|刚才|今天|昨天|前天|前日|今早|昨晚|上个月|上個月|上星期[一二三四五六日天末]?|上礼拜[一二三四五六日天末]?|上禮拜[一二三四五六日天末]?|上周[一二三四五六日天末]?|上週[一二三四五六日天末]?)"
    r"(?:早上|上午|中午|下午|晚上)?(?:去|到|用|收到|接到|透過|透过|通過|通过)(?!了)"  # s13: "今天中午透過你們平台訂了…"
    # "上星期六在我們車房做完保養": when, then where they had it done
    r"|^(?:剛才|刚才|剛剛|刚刚|今天|昨天|前天|上个月|上個月|上星期[一二三四五六日天末]?|上礼拜[一二三四五六日天末]?|上禮拜[一二三四五六日天末]?|上周[一二三四五六日天末]?|上週[一二三四五六日天末]?)(?:早上|上午|中午|下午|晚上)?"
    r"在(?:你们|你們|贵|貴)[^，。]{1,8}?(?:做|买|買|吃|住|办|辦|寄|修|剪|看|租|充|加|换|換|装|裝)"
    # "到现场被告知…": they went there; the place names who did it
    r"|^(?:到|去)(?:现场|現場|店里|店裡|门市|門市|柜台|櫃台|医院|醫院|诊所|診所|机场|機場|酒店|餐厅|餐廳|银行|銀行|营业厅|營業廳)"
    # "(上禮拜)預訂的葉黃素", "点的黄焖鸡米饭": what they ordered, said as a topic
    rf"|^{_ZH_WHEN_LEAD}(?:刚|剛)?(?:预订|預訂|预约|預約|点|點|订|訂|约|約|买|買|叫|租|报名|報名|充值)的"
    # "刚在你们支行门口的ATM取钱", "在你們忠孝分行門口的ATM提款": where they did it, no time needed
    rf"|^{_ZH_WHEN_LEAD}(?:刚|剛)?在(?:你们|你們|你哋|贵|貴)[^，。]{{1,14}}?"
    r"(?:取钱|取錢|取款|提款|存钱|存錢|付钱|付錢|付款|买|買|吃|喝|住|办|辦|寄|修|剪|租|充|加|换|換|订|訂|点|點|用)"
    # "用你們的app在超市付錢": what they used of ours
    rf"|^{_ZH_WHEN_LEAD}(?:刚|剛)?用(?:你们|你們|你哋|贵|貴)"
    # "今天早上搭港鐵", "今天刚入住": when, then how they travelled or that they checked in
    r"|^(?:剛才|刚才|剛剛|刚刚|今天|昨天|前天|今早|昨晚|今晚|上星期[一二三四五六日天末]?|上礼拜[一二三四五六日天末]?|上禮拜[一二三四五六日天末]?|上周[一二三四五六日天末]?|上週[一二三四五六日天末]?)(?:早上|上午|中午|下午|晚上)?"
    r"(?:刚|剛)?(?:搭|坐|乘|入住)"
    # "明天要出國", "明天要用这张卡": their own plan; "白跑一趟": what they went through
    r"|^(?:明天|明早|后天|後天|今晚)(?:一定|还|還)?要(?!求)|^白跑"
)
# s10. A clause opening on what a record shows or what they asked someone, its subject left in
# the clause before ("单号YT889… 显示在网点停了6天", "问网点说可能丢件了"): restated without a subject
# it reads "了解到显示在网点停了6天". The record is said; the one asked is who said it.
# s10. What a charge or a thing was called ("说是什么视频会员"): 什么 is "some", not a question;
# read as one it becomes "您想知道说是什么视频会员". Said without it: "说是视频会员".
_ZH_HEARSAY_WHAT = re.compile(
    r"^((?:说|說|据说|據說|号称|號稱|听说|聽說)是)(?:什么|什麼|啥|乜嘢)(?=[\u4e00-\u9fffA-Za-z])"
)
_ZH_HEARSAY_WHAT = gated(_ZH_HEARSAY_WHAT)  # a literal gate: most texts hold none of its words
# s10. "问了三次都是同一句话": asked three times, and the answer was the same each time; said
# as it stands, "您问了三次都是同一句话" reads as if they gave the answer.
_ZH_ASKED_SAME = re.compile(
    r"^((?:我)?(?:问|問|催|打)(?:了|过|過)[\d一二两兩三四五六七八九十几幾多]+(?:次|遍|回))[，,]?(?:都|也)是"
)
_ZH_ASKED_SAME = gated(_ZH_ASKED_SAME)  # a literal gate: most texts hold none of its words
_ZH_SHOWS_LEAD = re.compile(r"^(?:显示|顯示)(?!屏|器|幕)")
_ZH_ASKED_THEN_SAID = re.compile(
    r"^(?:我)?(?:问|問)(?:了|过|過)?([^，。说說讲講\d]{2,6}?)(?=(?:说|說|讲|講)[^，。]{2,})"
)
_ZH_ASKED_THEN_SAID = gated(_ZH_ASKED_THEN_SAID)  # a literal gate: most texts hold none of its words
_ZH_SAID_I = re.compile(r"^(?:我|本人)[\s\d年月日号號:：.上下午早晚今昨天]*$")  # "我 9月25日": the 我 is said
_CLASSIFIER_START = re.compile(
    # s9: a name in Latin letters counts as the noun too ("部ATM食咗我張卡": this ATM)
    r"^(?:份|個|个|張|张|部|間|间|件|條|条|隻|盒|杯|碗|盤|盘|架|套|瓶|袋|塊|块)(?=[\u4e00-\u9fffA-Za-z])"
    # …unless it opens a word of its own: 個案 (a case), 部門, 條件, 套餐, 份量, 間中
    r"(?!(?<=[個个])(?:案|人|別|别|性|體|体)|(?<=部)(?:門|门|分|份)|(?<=[條条])(?:件|款|例)|(?<=套)(?:餐|房)"
    r"|(?<=份)(?:量|額|额)|(?<=[間间])(?:中|隔)|(?<=[盒杯碗瓶袋])(?:裝|装|子)|(?<=[塊块])(?:錢|钱))"
)


# A list marker ("1）", "(2)", "①") opening a line or following a colon or comma: numbering,
# not words; left in, "2）如果找不到" reads as a fragment instead of a condition.
_LIST_MARK = re.compile(r"(?:^|(?<=[：:，,。；;\s]))\s*(?:[（(]\d{1,2}[)）]|\d{1,2}[)）、]|[①②③④⑤⑥⑦⑧⑨⑩])\s*")


# "请把这 ¥493 原路退回": an amount set off by spaces as the object of 把 is one clause with its verb.
_ZH_SPACED_OBJECT = re.compile(
    r"(?<=[把将將这這那])\s*((?:[A-Z]{0,3}[$¥￥]\s?)?\d[\d,.]*\s?(?:元|块|塊|蚊)?)\s+(?=[\u4e00-\u9fff])"
)


# Spaces inside a reading or a percentage ("SpO2 只有 87%", "要 92% 以上"): not clause breaks.
# Spaces round a date typed between words ("我 9月25日 用…", "4月10日 上午在…"): one clause, not
# three ("您 9月25日，用…" read as a stray comma to trainers).
_ZH_DATE_SPACES = re.compile(
    r"(?<=[我您])\s+(?=(?:\d{4}年)?\d{1,2}月\d{1,2}[日号號]|\d{1,2}/\d{1,2}(?![\d/])\s)"  # "請問一下 5月3日 …": two
    # s12: "我 10/3 在…": the date and what was done on it, one clause
    r"|(?:(?<=[我您]\s\d/\d)|(?<=[我您]\s\d\d/\d)|(?<=[我您]\s\d/\d\d)|(?<=[我您]\s\d\d/\d\d))"
    r"\s+(?=[\u4e00-\u9fff])"
    r"|(?:(?<=月\d[日号號])|(?<=月\d\d[日号號]))\s+(?=[\u4e00-\u9fff])"
    r"|(?<=\d:\d\d)\s+(?=[\u4e00-\u9fff])"  # "原定 08:30 發車": the time and what was due then
)
_ZH_READING_SPACES = re.compile(
    r"(?<=[A-Za-z]\d)\s+(?=[\u4e00-\u9fff]{1,2}\s?\d)|(?<=[\u4e00-\u9fff])\s+(?=\d[\d.]*\s?%)"
    r"|(?<=%)\s+(?=以上|以下|左右|上下|之间|之間)"
)
# s14: a figure typed between spaces after a word that takes it ("速度由 8 跳去 16", "升到 5 級"):
# one clause, never "由" and "8" and "跳去" apart (the sentence was then left out whole).
_ZH_FIGURE_SPACES = re.compile(
    rf"(?<=[由从從到])\s+(\d{{1,4}}(?:\.\d+)?)(?!\s*{_ZH_UNIT})(?:\s+(?=[\u4e00-\u9fff]))?"
)  # a figure with its unit ("由 7 月", "至 26 日") is one clause already, typed as written
# s14: a sum and, after a space, what the charge was called ("又要加 400元 楼层费"): one clause, never
# "楼层费" alone (too slight, it dropped the whole sentence of the fee forced on them, c34).
_ZH_SPACED_FEE = re.compile(
    r"(?<=\d[元块塊蚊])\s+(?=[\u4e00-\u9fff]{0,3}(?:费|費|税|稅|押金|订金|訂金|定金|罚款|罰款)(?:[，,。！!？?\s]|$))"
)
# A figure alone, cut out as a clause of its own ("87%"): its sentence is said whole or not at all.
_ZH_FIGURE_ONLY = re.compile(r"^\s*[\d.,]+\s?%?\s*$")


_SPACE = re.compile(r"\s")
_XIE_LEAD = re.compile(r"^些(?=[\u4e00-\u9fff])")
_ZH_SURE = Gate(re.compile(r"^(?:这|這|那)?(?:明显|明顯|明明|肯定|一定|绝对|絕對|分明)(?:就)?是"))


def _zh_pieces(text: str, cues: RestateCues, trad: bool = False, im: bool = False) -> _Pieces:
    pieces = _Pieces()
    sentence = 0
    cantonese = _CANTONESE.search(text) is not None
    her = cantonese and only_women(text)
    for line in _zh_lines(text, im):
        line = _EMOJI.sub("", _ARROW.sub("至", line))  # "（臺北→高雄）": a route, not an emoji
        line = _cut_injection(line, cues, _ZH_SENTENCE)
        line = written_zh(line, trad, cantonese, her)
        line = _LIST_MARK.sub("", line)
        line = _ZH_SPACED_OBJECT.sub(lambda m: _SPACE.sub("", m.group(1)), line)
        line = _ZH_READING_SPACES.sub("", line)  # "SpO2 得 87%": one reading, one clause
        line = _ZH_DATE_SPACES.sub("", line)
        line = _ZH_FIGURE_SPACES.sub(r"\1", line)
        line = _ZH_SPACED_FEE.sub("", line)
        pos = 0
        for m in [*_sentences(_ZH_SENTENCE, line), None]:
            end = m.start() if m else len(line)
            chunk = line[pos:end]
            mark = m.group() if m else ""
            pos = m.end() if m else len(line)
            if not chunk.strip():
                continue
            parts = [p for p in _split_outside_quotes(_ZH_CLAUSE, chunk) if p and p.strip()]
            for i, part in enumerate(parts):
                question = i == len(parts) - 1 and ("?" in mark or "？" in mark)
                raw = part.strip()
                part = _zh_tidy(_ZH_OPENING_LEAD.sub("", raw), cues)
                part = _XIE_LEAD.sub("", part)
                part = _ZH_WORSE_LEAD.sub(
                    "", part
                )  # s13listen3: "更离谱的是蛋糕上的名字写成了…": the fact, not the verdict
                # "明显是楼上1902的问题": their view, said as theirs ("您认为是…"), never as our finding
                part = _ZH_SURE.sub("我認為是" if trad else "我认为是", part)  # Cantonese 啲饭 -> 些饭: "the food"
                if cantonese and _CLASSIFIER_START.match(part):  # "份文件下星期一要交": this document
                    part = ("這" if trad else "这") + part
                elif _SUBJECTLESS_ZH.match(part) and not (i and _ZH_SAID_I.search(parts[i - 1])):
                    part = "我" + part  # "等了50分钟了": you waited (once: "我 9月25日，用…" has its 我)
                elif i and _ZH_SHOWS_LEAD.match(part):  # s10: "单号… 显示在网点停了6天": what the record shows
                    part = ("系統" if trad else "系统") + part
                part = _ZH_ASKED_THEN_SAID.sub(r"\1", part)
                part = _ZH_HEARSAY_WHAT.sub(r"\1", part)
                part = _ZH_ASKED_SAME.sub(r"\1，得到的都是", part)  # s10: "问网点说可能丢件了" -> "网点说可能丢件了"
                pieces.clauses.append(_Clause(part, sentence=sentence, question=question, raw=raw))
            sentence += 1
    for clause in pieces.clauses:
        clause.kind = _zh_kind(clause, cues)
    _threats_go_on(pieces)
    _merge_follow_ons(pieces, "，")
    return pieces


_ALSO = re.compile(r"^(?:也|还|還|并|並|同时|同時|而且|另外|再|and|also|plus|then|or)(?![a-z])", re.IGNORECASE)


_ZH_UNSAID_IF = re.compile(
    r"(?:内|內|之前|以前|今天|今日|明天|聽日|听日)[^，。]{0,4}(?:还|還|再|都)?(?:没有|沒有|没|沒|不|未|唔|冇)[^，。]{0,6}$"
    # "再沒有具體答覆，我會把整件事寄給媒體": "if still no…", the threat's condition, no fact
    r"|^\s*再(?:没有|沒有|没|沒|不|唔|冇)"
)


def _threats_go_on(pieces: _Pieces) -> None:
    """ "…我就发到微博上，也会联系本地电视台": what follows a threat in its sentence, joined by
    也 / and, is part of the threat."""
    for prev, clause in zip(pieces.clauses, pieces.clauses[1:], strict=False):
        same = clause.sentence == prev.sentence and clause.kind == "story"
        if prev.kind in ("threat", "condition") and same and _ALSO.match(clause.text.strip()):
            clause.kind = "threat"
        # "…，一週內沒有處理，我會向消基會申訴": a deadline not met, said just before a threat, is its
        # condition with 如果 left out, never a fact of what happened
        if (
            clause.kind == "threat"
            and prev.kind == "story"
            and prev.sentence == clause.sentence
            and _ZH_UNSAID_IF.search(prev.text)
        ):
            prev.kind = "condition"
    sentences: dict[int, list[_Clause]] = {}
    for clause in pieces.clauses:
        sentences.setdefault(clause.sentence, []).append(clause)
    for n, clauses in sentences.items():
        before = sentences.get(n - 1, [])
        # "I've kept all of it." / "说到做到。" after a threat: a short sentence that only backs it up
        if (
            any(c.kind in ("threat", "condition") for c in before)
            and len(clauses) == 1
            and clauses[0].kind == "story"
            and not re.search(r"\d", clauses[0].text)
            and _slight(clauses[0].text)
        ):
            clauses[0].kind = "threat"


def _slight(text: str) -> bool:
    """A few words: at most six English words or eight Chinese characters."""
    han = len(_HAN_CHAR.findall(text))
    return han <= 8 if han else len(text.split()) <= 6


_GOES_ON = re.compile(
    r"^(?:并且|并|同时|再|然后|以及|和|顺便|还要|另外|或者|或|重新|帮|给我|退|补|换|核|查|处理|安排|派|通知|告诉|解释|赔|取消|改|修|送|寄|注意|"
    r"提供|说明|确认|and|then|also|plus|or)(?![a-z])",
    re.IGNORECASE,
)


def _goes_on(text: str) -> bool:
    """A clause that continues a request ("…，并退还多扣的¥70", "…, and refund the fee"; "…，提前帮我
    约好时间", "…就行 别的不要了", "换到安静、冷气正常的房间")."""
    folded = fold(text).strip()
    return _GOES_ON.match(folded) is not None or _ASK_GOES_ON.search(folded) is not None


# What only goes on from a request: something more done for them ("提前帮我约好时间"), the rest
# waived ("别的不要了"), "…一下" asked of us, or a noun alone that was a list item of the request.
_ASK_GOES_ON = re.compile(
    r"^(?:提前|尽快|儘快|马上|馬上|立即|立刻|今天|明天|顺便|順便|最好)?(?:帮|幫|给|給|替)(?:我|您)(?!们|們)"
    r"|^[^，。了过過着著是有没沒不在会會能要被让讓]{0,10}的[\u4e00-\u9fff]{1,6}$"
)


_PURPOSE = re.compile(r"^(?:方便|以便|好让|好讓|so that|so i can|so we can)", re.IGNORECASE)
# The rest waived after a request ("…退给我就行 别的不要了"): nothing to restate once it is answered.
_REST_WAIVED = re.compile(r"^(?:别的|別的|其他|其它|其余|其餘)(?:的)?(?:都)?(?:不要|不用|不需要|算了|免了)")


_ZH_NEGATED_BEFORE = re.compile(r"(?:没|沒|未|不|冇|唔|无|無)[^，。,]{0,3}$")


def _asks_at_end(text: str, endings: list[str]) -> bool:
    """Whether the clause ends on a request ("…回个电话给我", "…就行"), not on a negated fact
    ("一直没人通知我", "都冇人联系我": what did not happen)."""
    if not text.endswith(tuple(endings)):
        return False  # most clauses: one C call says so
    for word in endings:
        if text.endswith(word):
            return not _ZH_NEGATED_BEFORE.search(text[: -len(word)])
    return False


# s10. Their own state or wish given as the reason for the request just before it, in the same
# sentence ("…, I'm in meetings all day", "…, I don't want it auto-renewing", "…, i work nights"):
# the request is answered; the reason said back in our voice is a parroted fragment.
_ASK_REASON = re.compile(
    r"^(?:i['’]?m|i am|i['’]?ll be|i will be)\s+(?:in meetings|in a meeting|at work|busy|working|not interested)\b"
    r"|^i\s+(?:work|don['’]?t want|do not want|dont want|can['’]?t take|cannot take|can['’]?t answer|cannot answer)\b",
    re.IGNORECASE,
)


# s10. When they can be reached ("I'm in meetings all day", "i work nights", "I can't take calls at
# work"): the reason behind a contact wish (which prefs answers), never what went wrong.
_EN_AVAILABLE = re.compile(
    r"^(?:i['’]?m|i am)\s+(?:in meetings|in a meeting|at work|busy|on shift"
    r"|not available|unavailable|working)\b(?!\s+(?:with|on|through))"
    r"|^i\s+work\s+(?:nights|days|shifts|late|early|long hours|full[- ]time|nine to five|9 to 5)\b"
    r"|^i\s+(?:can['’]?t|cannot|can not)\s+(?:take|answer|pick up)\s+(?:calls|the phone|phone calls)\b",
    re.IGNORECASE,
)


def _merge_follow_ons(pieces: _Pieces, joiner: str) -> None:
    """A request goes on to the end of its sentence: "请把套餐改回来，并退还多扣的¥70" is one ask."""
    merged: list[_Clause] = []
    for clause in pieces.clauses:
        prev = merged[-1] if merged else None
        after_ask = prev is not None and prev.kind == "ask" and prev.sentence == clause.sentence
        if after_ask and (_PURPOSE.match(clause.text) or _REST_WAIVED.match(fold(clause.text))):
            continue  # "…，方便后续赔偿": why they ask, a fragment once the request is answered
        if after_ask and clause.kind == "story" and _ASK_REASON.match(clause.text):
            continue  # s10: "do NOT call me, I'm in meetings all day": why they ask; parroted it is filler
        if (
            prev is not None
            and after_ask
            and (clause.kind == "ask" or (clause.kind == "story" and _goes_on(clause.text)))
        ):
            prev.text = prev.text + joiner + clause.text
            continue
        merged.append(clause)
    pieces.clauses = merged


def _cut_injection(line: str, cues: RestateCues, sentences: re.Pattern[str]) -> str:
    """The line up to the sentence that holds an instruction to us: that sentence and whatever
    follows it on the line are the customer's attempt to steer the reply, never a fact."""
    folded = line.lower() if line.isascii() else fold(line)
    if not _automaton(cues.injection).find_matches_as_indexes(folded):
        return line  # nearly every line: no cue at all
    hits = [folded.find(w) for w in cues.injection if w in folded]
    if not hits:
        return line
    at = min(hits)
    start = 0
    for m in sentences.finditer(line, 0, at):
        start = m.end()
    return line[:start]


def _strip_connectors(text: str, connectors: list[str]) -> str:
    if not text.startswith(tuple(connectors)):
        return text  # most clauses: no connector to strip
    changed = True
    while changed:
        changed = False
        for word in connectors:
            if text.startswith(word) and len(text) > len(word) + 1:
                text = text[len(word) :]
                changed = True
    return text


@cache
def _labels(path: str | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Reference labels, longest first: (folded without spaces for Chinese, English as written)."""
    labels = sorted(restate_cues(path).reference_labels, key=len, reverse=True)
    return tuple(fold(w).replace(" ", "") for w in labels), tuple(w + " " for w in labels if w.isascii())


def _zh_is_ref(text: str, cues: RestateCues) -> bool:
    if len(_HAN_CHAR.findall(text)) > 8 or not _has_id(text):
        return False
    return fold(text).replace(" ", "").startswith(_labels()[0])


# s12: "但没说要等多久": what staff did not say, the fault they report; never "您想知道没说要等多久".
_ZH_NEGATED_QUESTION = re.compile(
    r"(?:没|沒|不|无|無)[^，。]{0,4}(?:哪|什么|什麼|谁|誰)"
    r"|(?:没|沒)有?(?:说|說|讲|講|告诉|告訴|交代|通知|提)[^，。]{0,6}"
    r"(?:多久|多长时间|多長時間|几时|幾時|什么时候|什麼時候|哪天|几天|幾天)"
)
# s13: a question word, then 都/也 and a negation ("门口什么都没有啊", "谁都不接") is "nothing" / "nobody",
# a fact (the parcel is not there), never a jab.
_ZH_RHETORICAL = re.compile(
    r"(?:什么|什麼|怎么|怎麼|哪|谁|誰|凭什么|憑什麼)(?!(?:里|裡|儿|兒)?(?:都|也)(?:没|沒|不|冇|唔))[^，。]*[啊呀吧嘛咩]$"
)
# A day they need it by, then "must" ("听日一定要上门"): a demand whose day is its deadline; group 1
# is the day with its "before", kept when the insistence is not echoed. Both scripts: asks are
# matched folded, echoes as written.
_ZH_DAY_MUST = (
    r"^(?:我|我們|我们)?((?:今天|今日|今晚|明天|明日|聽日|听日|後天|后天|這週|这周|本週|本周|下週|下周|週末|周末"
    r"|這個星期|这个星期|(?:週|周|星期|禮拜|礼拜)[一二三四五六日天])(?:之前|以前|前|之內|之内|內|内)?)"
    r"(?:一定要|務必|务必|必須|必须)"
)
_ZH_ASK_INSIDE = Gate(
    re.compile(
        r"^(?![^，。]*[问問说說][^，。]*(?:能不能|可不可以))[^，。]*(?:能不能|可不可以|能否|可否|可唔可以)"
        # "多扣的3.5元能退回来吗", "这个月月租也应该扣掉吧": money asked back, as a question or a "should"
        r"|^[^，。]*(?:能|可以)(?:要)?[^，。]{0,6}(?:退|补|補|赔|賠|扣掉|扣除|减免|減免|免掉|改好|改正|更正|改过来|改過來)[^，。]{0,4}[吗嗎吧]$"
        r"|^[^，。]*(?:应该|應該)(?:要)?[^，。]{0,6}(?:退|补|補|赔|賠|扣掉|扣除|扣回|扣返|减免|減免|免掉)[^，。]{0,4}$"
        # "多扣的70元我要全部退回": the money first, then the demand for it
        r"|^[^，。我]{2,}(?:我要|我要求)(?:全部|全额|全額)?(?:退|补|補|赔|賠)[^，。]{0,4}$"
        # round 10aw: a favour asked of us ("集點的部分可以幫我確認嗎", "发票可以帮我重开吗")
        r"|^[^，。]{2,}(?:可以|能)(?:帮我|幫我|替我|帮忙|幫忙)[^，。]{1,10}[吗嗎]$"
        # round 10aw: a chat order to pay a sum back ("把5元退了", "把多扣的30块退给我")
        r"|^把[^，。]{0,8}?\d+(?:\.\d+)?\s*(?:元|块钱|塊錢|块|塊|蚊)(?:给我|給我)?退(?:了|掉|回来|回來|给我|給我|返)$"
        # "听日一定要上门", "我周六前一定要补到", "这个星期务必送来": a day they need it by, then the demand
        r"|" + _ZH_DAY_MUST
    )
)
# 结果 as "and then" is narrative; as an object ("给出理赔结果", "检测结果") it is what they ask for.
_ZH_NARRATIVE = re.compile(r"[又却卻]|(?<![的出赔理查测核审断验])(?:结果|結果)|但是|可是|了$")


_ZH_HEADING = re.compile(
    # a greeting run into what happened ("hello 我昨天寄了…") is no heading: it holds 我 or 了
    r"(?:致(?!使)|尊敬的|亲爱的|(?:dear|hi|hello|to)\b)\s*(?![^。]*[我了过])[^\d。！!？?]{0,20}[：:，,]?"
    r"|[^\d。！!？?，,]{1,14}[：:]",
    re.IGNORECASE,
)
_ZH_BEFORE_ONLY = re.compile(r"在[^，。]{1,10}(?:之前|以前|期间)")
_ZH_US = r"(?:你们|你哋|贵公司|贵方|贵店|贵行|贵司|贵校)"
_ZH_AT_US_RHETORICAL = re.compile(
    _ZH_US + r"[^，。]{0,12}(?:是不是|系咪|到底有没有|还有没有|有没有在|难道|怎么回事|搞什么|这样做生意|有没有良心)"
    r"|这样做生意|咁样做生意"
)
_ZH_AT_US_RHETORICAL = gated(_ZH_AT_US_RHETORICAL)
_ZH_URGE = r"(?:赶紧|赶快|快点|快些|快啲|马上|立刻|立即|尽快)"
_ZH_URGE_US = re.compile(r"^" + _ZH_US + r"[^，。]{0,8}?" + _ZH_URGE)


# s14. What they need done for them ("只需要幫我開爭議個案", "就要你们帮我查"): a request, not a fact.
_ZH_ONLY_NEED = re.compile(r"^(?:只|就|仅|僅|只是)?(?:需要|需|要)(?:你们|你們|您)?(?:帮|幫|给|給|替)(?:我|本人)")


# s12. A thing put first, then us and a bare verb ("监控你们调", "录像你哋睇下", "单据你们自己查"): an
# order to us with its object fronted, never a fact of the story.
_ZH_THING_YOU_DO = re.compile(
    r"[\u4e00-\u9fff]{1,4}(?:你们|你們|你哋|贵公司|貴公司)(?:自己|自已)?(?:去)?[\u4e00-\u9fff](?:一下|下|吧|啦|嘛)?"
)
_ZH_YOU_DECIDE = re.compile(
    r"(?:你们|你們|你哋)(?:(?:看着|看著|看住|自己)[^，。我您]{1,6}|[^，。我您]{1,8}(?:吧|啦|嘛|喇))"
)
_ZH_OPENING = re.compile(r"(?:请问|想问|问)(?:一下)?|(?:我想说的是|想说的是|说实话|说真的)")
_ZH_WANT_TO_COMPLAIN = re.compile(r"[^，。]{0,6}?(?:我|本人)?(?:要|想|必须)投诉")
_ZH_NO_MORE = re.compile(r"^(?:不要再|别再|唔好再)")
# "Next time" before a request word ("下次请安排另一位师傅"): still a request, about the next visit.
_ZH_NEXT_TIME = re.compile(r"^(?:下次|下一次|以后|今后)(?=请|麻烦|希望|务必)")
_ZH_NEXT_PLEASE = re.compile(r"^(下次|下一次|以後|以后|今後|今后)(請|请|麻煩|麻烦)")
# A day they need it by, then "must": the day is the ask's deadline, the "must" only insistence.
_ZH_MUST_BY = re.compile(_ZH_DAY_MUST)
_ZH_WHEN_FIRST = re.compile(r"^(?:今天|今日|明天|听日|这周|本周|这个月|下周)")
# (s14: "想問一下行李幾時送到" is asked of us, a polite question, never what they asked staff: c34)
_ZH_ASKED_STAFF = re.compile(r"^(?:我|您)?(?:就)?(?:问|問|想问(?!一下|下)|想問(?!一下|下))(?:了|过|過)?")
# "回去要向部门经理说明为什么没赶上会": why they must answer to someone else, not a question to us.
_ZH_ANSWER_TO_OTHERS = re.compile(
    r"(?:要|得|需要|必须)(?:向|跟|给|同)(?!你们|你|贵)[^，。]{1,12}(?:说明|解释|交代|汇报|报告)"
)
# Round 10bb. A "why" or "how come" right before a figure ("这个月电费怎么480多", "點解要收$200",
# "怎么3天了还没到"): a jab that carries the fact; without it, the fact as a statement.
ASKED_FIGURE = re.compile(
    r"(?:怎么|怎麼|为什么|為什麼|为何|為何|点解|點解|咋)"
    r"(?=(?:会|會|要|就|才|又|还|還|都|收了?|涨到|漲到|涨了|漲了|变成|變成|多了|多出|扣了|扣){0,2}\s*(?:HK\$|NT\$|[$¥￥])?\s*"
    r"(?:\d|[一二两兩三四五六七八九十百千]{2}))"
)


_ZH_INTERROGATIVE = re.compile(
    r"怎|什么|什麼|哪|谁|誰|几|幾|多少|凭|憑|难道|難道|为何|為何|为什么|為什麼|还是|還是|到底"
)
_ZH_YES_NO = re.compile(r"^(?:是不是|有没有|能不能|可不可以|会不会|要不要|难道)")


# "问一下 3月15日 G7311次": the opening before what they ask about, not part of it.
# s13listen3: their verdict leading into what went wrong ("更离谱的是…", "最气人的是…", "更過分嘅係…"):
# the verdict is left out, the fact it opens is kept (it was dropped whole as a vent, and with it the error).
_ZH_WORSE_LEAD = re.compile(
    r"^(?:而且|并且|並且)?(?:更|最|仲)[\u4e00-\u9fff]{1,3}(?:的是|嘅係|的係)(?=[^，。！？]{4,})"
)
_ZH_OPENING_LEAD = re.compile(r"^(?:请问|請問|想问|想問|问|問)(?:一下)?\s+(?=\S)")
_ZH_NO_PROBLEM = re.compile(r"(?:这个|這個|那个|那個|这|這|都|也)?(?:没有|沒有|没|沒|冇)(?:什么|什麼|咩)?(?:问题|問題)")


# s9. A feeling overstated with 死 ("热死了", "饿死我了", "吓死人", "烦死"): the customer's hyperbole,
# parroted in our voice it reads as mockery. Only after a word of feeling or sensation: "大闸蟹都死了"
# (what died) is a fact. And "not a cent less" said of a bill ("一毛也没少收"): sarcasm.
_ZH_HYPERBOLE = re.compile(
    r"(?:[热冷冻饿累烦气吓困渴痛疼臭闷吵急挤晒痒酸忙]|恶心|难受|难吃|难闻|担心|郁闷|尴尬)死(?:了|我了|我|人了|人|掉了)?(?![亡者伤刑])"
    r"|一(?:毛|分|角|块)(?:钱)?(?:也|都)(?:没|沒|不)少"
)


# s9. "You did not even …" said to us ("你们也不说一声", "你们连个电话都不打"): a reproach, not a fact
# of ours to repeat.
_ZH_EVEN_NOT = re.compile(r"^(?:你们|你們|你哋|贵公司|貴公司)(?:也|连|連|居然|竟然)(?:[^，。]{0,6}?)(?:不|没|沒|唔|冇)")


# s10. A feeling at its limit, said as a degree ("等得快崩溃了", "急到快哭", "气得要发疯", "快抓狂了"):
# how it feels to them, parroted in our voice ("您等得快崩溃了") it reads as mockery. What they waited
# for and why it matters stay in the clauses around it.
_ZH_AT_LIMIT = re.compile(
    r"(?:得|到)(?:我)?(?:都)?(?:快|快要|要|差点|差點|几乎|幾乎)?(?:崩溃|崩潰|发疯|發瘋|疯了|瘋了|疯掉|瘋掉|抓狂|哭了|哭出来|哭出來|爆炸|气炸|氣炸)"
    # s14route: death as the end of a wait ("等到我都要往生了"): hyperbole, never restated
    r"|(?:得|到)(?:我)?(?:都)?(?:快|快要|要|就要|差点|差點)(?:往生|过世|過世|死掉|死了|老死|挂了|掛了)"
    r"|(?:快|快要|要)(?:崩溃|崩潰|疯了|瘋了|抓狂|气炸|氣炸)|崩溃了|崩潰了"
)
# s10. What we ought to do, said to us as a verdict ("你们后厨卫生得管管", "你们应该好好培训员工"):
# turned to "我们…得管管" it is the customer's rebuke in our mouth; Satisfy answers what they ask.
_ZH_US_OUGHT = re.compile(
    r"^(?:你们|你們|你哋|贵公司|貴公司|贵店|貴店)[^，。]{0,10}?(?:得|该|該|应该|應該|应当|應當|需要|要|真要|真该|真該)"
    r"(?:好好)?(?:(?P<v>[\u4e00-\u9fff])(?P=v)|好好|反省|检讨|檢討|整顿|整頓|管一管|查一查)"
)
# s10. What staff said, reported ("服务员说捞掉就行??", "客服讲等就得"): ends like a request
# ("就行") but it is not theirs; in our voice "您希望我们服务员说捞掉" says nothing.
_ZH_STAFF_SAID = re.compile(
    r"^(?!我|本人)[^，。]{1,8}?(?:说|說|讲|講|(?<![电電])(?:话|話)|称|稱|叫我|让我|讓我)(?!明|清|服)"
)


# s10. The choice they give us ("这菜要么重做要么退", "唔係退錢就換過"): a request, not a fact.
_ZH_EITHER = re.compile(
    r"要么[^，。]{1,10}要么|要嘛[^，。]{1,10}要嘛|唔系[^，。]{1,8}就[^，。]{1,6}"
    # s13voice: "补发或者退款都行": the options they accept, which in our voice read as our offer
    r"|(?:或者|或是|还是|還是|或)[^，。]{1,10}(?:都行|都可以|都好|皆可|也行|也可以)"
)


# s11. What the customer will do or means, not what happened: never coming back ("下次唔會再嚟",
# 以后再也不买了) or a disclaimer of intent ("我不是要闹事", "我唔係想為難你哋"). In our voice they
# read as our verdict on them ("您不是要闹事", "下次不會再來").
_ZH_STANCE = re.compile(
    r"^(?:所以|那|咁|我|我们|我哋|本人)*(?:下次|下一次|以后|今后|将来|再也|从此|以后都|以后再)(?:都|也|亦)?"
    r"(?:不会|唔会|不再|唔再|不|唔|没有|冇)(?:会|再)?(?!是|系|係|够|夠|到|见|見|能|可以|好|知)[一-鿿]"
    r"|^(?:我|我们|我哋|本人)?(?:并|都|也|亦|真系|真的)?(?:不是|唔系|唔係|并不是|并非)(?:要|想|故意|存心|专登|有意)"
)


# "(请)(直接)告诉我…": the lead of a question they want answered.
_ZH_TELL_ME = re.compile(
    r"^(?:请|請|麻烦|麻煩|唔该|唔該)?(?:你们|你們|您)?(?:直接|尽快|儘快|盡快|马上|馬上|快点|快點)?(?:告诉我|告訴我|话我知|話我知|通知我)(?![：:\s])"
)
_ZH_TELL_ME_LEAD = re.compile(r"^(?:请|請|麻烦|麻煩)?(?:直接|尽快|儘快|盡快)?(?:告诉我|告訴我|话我知|話我知|通知我)")


def _zh_kind(clause: _Clause, cues: RestateCues) -> str:
    z = cues.zh
    folded = _QUOTED.sub("", fold(clause.text))  # what staff said, in quotes, is reported, not said by the customer
    bare = _strip_connectors(folded, z.connectors)
    if (not _HAN_CHAR.search(clause.text) and not _has_id(clause.text)) or HOLE in clause.text:
        return "noise"
    if _injected(folded, cues) or _is_profane(folded):
        return "noise"
    if _ZH_OPENING.fullmatch(bare):
        return "noise"  # "请问一下": an opening, not a fact
    if _ZH_NO_PROBLEM.fullmatch(bare):
        return "vent"  # "(冻柠茶加$3，)没有问题": their concession, not a fact to say in our voice
    if _ZH_WANT_TO_COMPLAIN.fullmatch(bare) or _ZH_BEFORE_ONLY.fullmatch(bare):
        return "noise"  # "老师我要投诉": an opening; "在核实之前": half of a request, a fragment alone
    if _ZH_NO_MORE.match(bare):
        return "vent"  # "不要再叫个客服同我说sorry": what they are tired of, not a fact
    if _ZH_HEADING.fullmatch(folded.strip()):
        return "noise"  # "致客户服务部：", "Dear 客户服务部": a letter's heading, never our words
    if _ZH_AT_US_RHETORICAL.search(folded):
        return "vent"  # "你们安亲班到底有没有在看孩子": a jab at us, never repeated as our statement
    if _ZH_URGE_US.match(bare):
        return "ask"  # "你们负责人赶紧给我打电话": what they demand of us, not what happened
    if _ZH_ONLY_NEED.match(bare):
        return "ask"  # s14: "只需要幫我開爭議個案": what they need us to do, never "需要幫您開…" in our voice
    if _ZH_YOU_DECIDE.fullmatch(bare.strip()) or _ZH_YOU_DECIDE.fullmatch(fold(clause.raw).strip(" ?？!！~～")):
        return "vent"  # s12: "你们看着赔吧": us told to act, softened; turned round, "我们看着赔"
    if _ZH_THING_YOU_DO.fullmatch(bare.strip()):
        return "vent"  # s12: "监控你们调": the thing, then us told to act on it; turned round, "监控我们调"
    if _contains_any(folded, z.threat):
        return "threat"
    if _ZH_WHEN_FIRST.sub("", bare).startswith(tuple(z.condition)):
        return "condition"  # "今天再不给我退": the deadline in front of the condition
    unvented = folded
    for word in z.vent_unless:
        unvented = unvented.replace(word, "")
    if _contains_any(unvented, z.vent) or _contains_any(unvented, z.judgement):
        return "vent"
    if _ZH_HYPERBOLE.search(folded) or _ZH_AT_LIMIT.search(folded):
        return "vent"  # s9: "热死了", "等得我饿死了都"; s10 "等得快崩溃了": a feeling overstated, never ours
    if _ZH_US_OUGHT.match(bare):
        return "vent"  # s10: "你们后厨卫生得管管": their rebuke, which in our voice reads as mockery
    if _ZH_NOT_MUCH.match(bare):
        return "vent"  # s9: "我唔係要求好多": their stance before the request
    if _ZH_STANCE.match(bare) and not re.search(r"[,，:：;；]", bare):
        return "vent"  # s11: "下次不会再来", "我不是要闹事": what they will or won't do, not what happened
    if _ZH_EVEN_NOT.match(bare):
        return "blame"  # s9: "你们也不说一声": a reproach; in our voice "我们也不说一声" mocks us
    if _contains_any(folded, z.blame):
        return "blame"
    if _contains_any(folded, z.thanks):
        return "vent"  # "呢点我要多谢师傅": their thanks to staff, never our words about ourselves
    if _zh_is_ref(clause.text, cues):
        return "ref"
    if _contains_any(folded, z.unanswered):
        return "story"
    raw = fold(clause.raw or clause.text).rstrip("?？!！~～ ")
    if _ZH_RHETORICAL.search(raw) and not bare.startswith(tuple(z.ask_start)):
        return "vent"  # "那你们放什么号啊": a jab, not a question
    if _ZH_WANTED_THING.match(bare):
        return "story"  # "我要的是对乙酰氨基酚片": what they had asked for, a fact of the mix-up
    timed = _ZH_NEXT_TIME.sub("", bare)  # "下次请安排另一位": a request about next time
    asking = timed.startswith(tuple(z.ask_start)) and not timed.startswith(tuple(z.not_ask))
    if asking and bare.startswith(("要求", "我要求")) and _ZH_NARRATIVE.search(bare):
        asking = False  # "要求换房又等了一个半钟": what happened, not a request
    ends_asking = any(_asks_at_end(t, z.ask_end) for t in (bare.rstrip("?？!！"), raw))
    if _ZH_TELL_ME.match(bare) and _contains_any(_ZH_TELL_ME.sub("", bare), z.question):
        return "know"  # s10: "请直接告诉我钱什么时候能退回来": what they want to know, not "您希望我们请…"
    if ends_asking and not asking and _ZH_STAFF_SAID.match(bare) and _ZH_SHRUG.search(raw):
        return "vent"  # s10: "服务员说捞掉就行??": what staff said would do, not what they ask of us
    if asking or ends_asking or _ZH_ASK_INSIDE.search(bare):
        tail = bare.rstrip("?？!！ ")
        done_well = re.search(r"(?:改|修|弄|做|办|辦|处理|處理|搞|装|裝|换|換|整)好吗$", tail)  # "能改好吗": asked
        return "vent" if tail.endswith(("好吗", "好不好", "行不行")) and not done_well else "ask"
    # "我问路由器放哪里": what they asked staff; "要向经理说明为什么…": what they must explain to others
    reported = _ZH_ASKED_STAFF.match(bare) is not None or _ZH_ANSWER_TO_OTHERS.search(bare) is not None
    if _ZH_VERDICT.fullmatch(bare.rstrip("?？!！~～ ")):
        return "vent"  # "這真的很誇張": their verdict on it all, which in our voice judges ourselves
    if _ZH_BARE_REQUEST.match(bare):
        return "ask"  # "退钱吧", "退返錢啦唔該": a bare request softened at its end, never a fact
    if _ZH_EITHER.search(bare):
        return "vent"  # s10: "这菜要么重做要么退": the choice they give us (Satisfy offers both), never a fact
    if ASKED_FIGURE.search(bare):
        return "story"  # "电费怎么480多": a jab that carries the figure, restated without its question word
    question_word = _contains_any(bare, z.question) and not _ZH_NEGATED_QUESTION.search(bare) and not reported
    if question_word and (clause.question or len(bare) <= 24):
        return "know"
    interrogative = _ZH_INTERROGATIVE.search(bare)
    said_in_disbelief = not interrogative and not raw.endswith(("吗", "么", "呢", "吧", "嘛", "咩"))
    if clause.question and said_in_disbelief and not _ZH_YES_NO.match(bare):
        return "story"  # "退票扣了我¥560手续费??", "店员说没有??": a fact said in disbelief
    if clause.question or bare.rstrip("?？!！ ").endswith(("吗", "么")):
        return "vent"  # any other question is rhetorical: never repeated as a statement
    return "story"


# "这真的很夸张", "這實在太離譜了", "这也太过分了吧": "this" and an emphatic degree word before a
# short adjective, their verdict on the whole matter rather than a fact of it.
_ZH_VERDICT = re.compile(
    r"(?:这|這|那)(?:个|個|次|样|樣)?(?:(?:真的|真係|真系|实在|實在|简直|簡直)(?:是)?(?:很|太|好|超|非常|十分)?|(?:也|都)?(?:太|好|超))"
    r"(?![一二三四五六七八九十两兩几幾多\d])[\u4e00-\u9fff]{1,3}?(?:了|啦|吧|喇|啊|呀)*"
)


# "我要的是X" naming a thing (what they ordered, given something else) rather than an action ("我要的是
# 免费重做，或者退一半的钱", which is the request).
_ZH_WANTED_THING = re.compile(
    r"^我(?:想|需)?要(?:的|嘅)(?:是|係|系)"
    r"(?!.*(?:退|换|換|赔|賠|重做|重新|补|補|免费|免費|修|取消|道歉|解释|解釋|处理|處理|安排|一半|全额|全額))"
)


# A request verb with its object and a softening particle or courtesy at the end ("退钱吧", "退回錢啦
# 麻煩", "换一个啦"): an imperative, whatever its opening; a done verb (退了, 換咗) is what happened.
_ZH_BARE_REQUEST = re.compile(
    r"^(?:退|补|補|赔|賠|换|換|寄|送|派|修|取消)(?![了过過咗])[\u4e00-\u9fff\w$]{0,10}?"
    r"(?:[吧啦喇嘞]+(?:麻烦|麻煩|唔该|唔該|谢谢|謝謝)?|(?:麻烦|麻煩|唔该|唔該)[啦喇吧]?)[!！~～。\s]*$"
)


# Characters of spoken Cantonese that written Chinese never has: a clause still holding one
# after conversion is not repeated.
_SPOKEN = re.compile("[咗哋嘅喺冇唔佢啲嘢嚟咁嗰噉咩乜俾畀攞搵睇屙㗎喎啫嘞揾]|嘔(?!吐)")  # 嘔吐 is written Chinese


def _zh_clean(text: str, least: int = 3) -> bool:
    """Fit to repeat in a written reply: no spoken Cantonese left, enough words to be a clause."""
    return not _SPOKEN.search(text) and len(_HAN_CHAR.findall(text)) >= least


def shift_zh(text: str, traditional: bool = False) -> str:
    """Turn the customer's words round: 我 -> 您, 你们 / 贵公司 -> 我们 (我們 in Traditional text);
    quoted words stay as said."""
    we = "我們" if traditional else "我们"
    text = _outside_quotes(text, _ZH_SHIFT, lambda m: _zh_turn(m, we))
    return text.replace("您您", "您").replace(we + we, we)


_ZH_END_MARKS = re.compile(r"[?？!！~～]+$")
_ZH_END_MARKS = gated(_ZH_END_MARKS)  # a literal gate: most texts hold none of its words
_ZH_EMPHASIS = re.compile(r"(?=[根竟居])(?<=.)(?:根本|竟然|居然)(?=.)")  # first characters first: fewer tries
_ZH_EMPHASIS = gated(_ZH_EMPHASIS)  # a literal gate: most texts hold none of its words
# "延误快4小时就算了", "退我3块就行", "意思一下就好": the fact or the ask without the shrug, which
# in our voice would belittle what they ask ("退您3块就行").
_ZH_SHRUG = re.compile(
    r"(?=[也就都意便])(?<=.)(?:也就算了|就算了|都算了|(?:意思一下)?(?:就行|就好|就可以|就够|就夠|便可|就得|也行|也可以)了?|意思一下)$"
)
_ZH_SHRUG = gated(_ZH_SHRUG)  # a literal gate: most texts hold none of its words
_SPACES = re.compile(r"\s{2,}")
# s10. How they say we did it ("被你哋單方面取消咗三次", "擅自扣款", "无故停机"): their charge against us;
# in our voice ("被我們單方面取消了三次") we would be making it. What was done stays.
_ZH_ONE_SIDED = re.compile(
    r"(?:单方面|單方面|擅自|无故|無故|无端|無端|随意|隨意|随便|隨便)地?(?=[取扣停改退删刪关關封冻凍拒收加调調])"
)
_ZH_ONE_SIDED = gated(_ZH_ONE_SIDED)  # a literal gate: most texts hold none of its words


def _zh_tidy(text: str, cues: RestateCues) -> str:
    text = _ZH_END_MARKS.sub("", text.strip())
    text = _ZH_EMPHASIS.sub("", text)  # their emphasis: "职员根本没有上来" -> "职员没有上来"
    text = _ZH_ONE_SIDED.sub("", text)  # s10: "被我們單方面取消了" -> "被我們取消了"
    text = _ZH_SHRUG.sub("", text)  # "延误快4小时就算了": the fact without the shrug
    text = _SPACES.sub(" ", text)
    particles = cues.zh.particles
    for particle in particles if text.endswith(tuple(particles)) else ():
        if text.endswith(particle) and len(text) > len(particle) + 2:
            text = text[: -len(particle)]
    return text.strip()


_ZH_DEADLINE = re.compile(
    r"(?:(?:\d+|[一二三四五六七八九十两兩]+)\s*(?:个|個)?\s*(?:工作日|工作天|天|日|小时|小時|个钟|個鐘|星期|周|週|礼拜|禮拜|月)\s*(?:内|內|之内|之內))"
    r"|(?:今天|今日|明天|听日|聽日|本周[一二三四五六日天]?|本週[一二三四五六日天]?|这周[一二三四五六日天]?|這週[一二三四五六日天]?|下周[一二三四五六日天]?|下週[一二三四五六日天]?|月底)(?:之前|以前|前|内|內)?"
)


# Money asked back as a question or a "should": what, and the verb ("多扣的3.5元能退回来吗").
_ZH_OWED_BACK = re.compile(
    r"^(?:把)?([^，,]*?)(?:也|都)?(?:能不能|可不可以|能|可以|应该|應該|我要求|我要)(?:要)?(?:全部|全额|全額)?(?:给我|給我)?"
    r"(退回来|退回來|退回|退还|退還|退给我|退給我|退|补回来|補回來|补回|補回|补给我|補給我|扣掉|扣除|扣回|扣返|减免|減免|免掉|免除)"
    r"(?:给我|給我)?[吗嗎吧]?$"
)


_ZH_NOT_OWED = re.compile(r"请|請|告诉|告訴|什么时候|什麼時候|何时|何時|几时|幾時|多久|哪天")


def _owed_back(piece: str, trad: bool) -> str:
    """ "多扣的3.5元能退回来吗" -> "退还多扣的3.5元", "这个月月租也应该扣掉" -> "扣除这个月月租": money
    asked back as a question or a "should", said as the request it is."""
    owed = _ZH_OWED_BACK.match(piece)
    if not owed or not owed.group(1) or _ZH_NOT_OWED.search(owed.group(1)):
        return piece  # s10: "请直接告诉我钱什么时候能退回来" asks when, not for "退还请直接告诉…"
    verb = owed.group(2)
    lead = "退还" if verb[0] == "退" else "补回" if verb[0] in "补補" else "减免" if verb[0] in "减減免" else "扣除"
    return (converter("s2tw").convert(lead) if trad else lead) + owed.group(1)


# A courtesy said after the request ("，麻烦", "，唔該", "，谢谢"): no part of what is asked.
_ZH_PLEASE_AFTER = re.compile(
    r"(?<=[\u4e00-\u9fff])[，,\s]*(?:麻烦|麻煩|唔该|唔該|谢谢|謝謝|多谢|多謝|拜托|拜託)(?:你们|你們|你哋|您|晒|哂)?[啦了吧呀喇]?$"
)


# Round 10aw. A favour asked with its object first ("發票可以幫我重開嗎", "集點的部分可以幫我確認嗎").
_ZH_FAVOUR = re.compile(
    r"^([^，。]{2,14}?)(?:可以|能|可唔可以|能不能|可不可以)(帮我|幫我|替我)([^，。\d周週星礼禮]{1,6}?)(?:一下)?[吗嗎]?$"
)


# s13: a feeling said after the request ("快點處理 真的很煩", "赶紧退钱，好烦啊"): a degree word and a
# state, no verb of doing — how they feel, not something asked for (trainers, c32: "您提到要真的很煩").
_ZH_FEELING_TAIL = re.compile(
    r"(?:^|[，,、\s]+)(?:我)?(?:真的|真係|真系|实在|實在|真)?(?:是|係)?(?:很|好|太|超|非常|极|極|勁|劲|好鬼|十分|特别|特別)"
    r"[\u4e00-\u9fff]{1,2}(?:了|啊|呀|喇|囉|啦|喎|咯|吖)*[!！~～]*$"
)


def _zh_ask(clause: _Clause, cues: RestateCues, trad: bool) -> Ask | None:
    z = cues.zh
    text = _zh_tidy(_strip_connectors(clause.text, z.connectors), cues)
    text = _ZH_FEELING_TAIL.sub("", text)
    if not text:
        return None
    text = _ZH_PLEASE_AFTER.sub("", text)  # "立刻安排技工，麻烦": the request, not the courtesy after it
    text = re.sub(r"(?<=[\u4e00-\u9fff])[吧啦喇嘞]+$", "", text)  # "退回錢啦": the softener is not asked for
    folded = fold(text)
    if clause.kind == "know":
        for word in ("到底", "究竟"):
            text = text.replace(word, "")
        text = _ZH_TELL_ME_LEAD.sub("", text)
        # "只是想問一下幾時退款": what they want to know, not "您想知道只是想問一下…"
        text = re.sub(
            r"^(?:只是|只係|只系|就是|其实|其實)?(?:想问一下|想問一下|想问下|想問下|请问|請問|想问|想問|问一下|問一下)",
            "",
            text,
        )
        # s13: "你们帮我查一下谁签的": what they want to know is who signed, not "您想知道我们帮您查…"
        text = _ZH_CHECK_FOR_ME.sub("", text)
        return Ask(kind="know", text=shift_zh(text, trad)) if text else None
    if clause.kind == "condition":
        m = _ZH_DEADLINE.search(text)
        back = re.search(
            r"(?:不|没有|没|沒)(?:把|给|給)?(.+?)(?:全部|都)?(退回|退还|退還|退给|退給|补回|補回|赔|賠)", text
        )
        if back and re.search(r"\d", back.group(1)):  # "如果这周内不把两个月的¥172全部退回": they want the ¥172 back
            when = m.group() if m else ""
            return Ask(kind="want", text=shift_zh(f"我希望{when}{back.group(2)}{back.group(1)}", trad))
        return Ask(kind="deadline", text=m.group()) if m else None
    urged = _ZH_URGE_US.match(fold(text))
    if urged:  # "你们负责人赶紧给我打电话" -> "（您希望我们）负责人尽快给您打电话"
        rest = re.sub(r"^(?:你们|你們|你哋|贵公司|貴公司|贵方|貴方|贵店|貴店|贵行|貴行|贵司|貴司|贵校|貴校)", "", text)
        soon = "盡快" if trad else "尽快"
        rest = re.sub(
            r"赶紧|趕緊|赶快|趕快|快点|快點|快些|快啲|马上|馬上|立刻|立即|尽快|儘快|盡快", soon, rest, count=1
        )
        return Ask(kind="do", text=shift_zh(rest, trad)) if rest else None
    if (needed := _ZH_ONLY_NEED.match(text)) and (helped := re.search(r"[帮幫给給替]", needed.group())):
        text = text[helped.start() :]  # s14: "只需要幫我開爭議個案" -> "幫您開爭議個案"
    text = _ZH_NEXT_PLEASE.sub(r"\2\1", text)  # "下次請安排…" -> "請下次安排…": the request word first
    text = _ZH_MUST_BY.sub(r"\1", text)  # "聽日一定要上門" -> "明天上門": the day kept, the insistence not echoed
    either = re.match(r"^(?:要么|要麼)(.+?)(?:要么|要麼)(.+)$", text)
    if either:  # "要么赔要么重新补寄": one or the other
        first = re.sub(r"^赔$", "赔偿", either.group(1))
        return Ask(kind="do", text=shift_zh(f"{first}或者{either.group(2)}", trad))
    if _ZH_OWED_BACK.match(text):  # "多扣的3.5元能退回来吗" -> 退还多扣的3.5元
        return Ask(kind="do", text=shift_zh(_owed_back(text, trad), trad))
    back = re.match(r"^(.*?)(?:退我|退给我|退給我|退返俾我|退回给我|退回給我)$", text)
    # "希望你们核实视频后把800元退给我": a request with more before the money (a step, a 希望), kept as said
    lead = r"^(?:我|本人)?(?:希望|要求|请|請|麻烦|麻煩)*(?:你们|你們|你哋|您)?"
    led = re.sub(lead, "", back.group(1)) if back else ""
    if back and (re.search(r"[并並再和，,]|清楚|然后|然後|查", back.group(1)) or "把" in led[1:]):
        back = None  # "查清楚并把钱退给我": a request with more in it, kept as said
    if back:  # "多扣的退我": refund what was overcharged
        what = re.sub(r"^(?:请|請|麻烦|麻煩|唔该|唔該|帮我|幫我|把)+", "", back.group(1))
        # "35元請退給我": the courtesy after the sum is not echoed
        what = re.sub(r"(?:要|就|都|得|请|請|麻烦|麻煩|唔该|唔該)$", "", what)
        if re.fullmatch(r"[那这這]?(?:笔|筆)?(?:钱|錢)?", what):
            what = ("這筆錢" if trad else "这笔钱") if what else ""
        what += "部分" if what.endswith("的") else ""
        refund = ("退還" if trad else "退还") + what if what else "退款"
        return Ask(kind="do", text=shift_zh(refund, trad))
    favour = _ZH_FAVOUR.match(text)
    if favour:  # "集點的部分可以幫我確認嗎" -> "幫您確認集點的部分": the request first, what it is about after
        return Ask(kind="do", text=shift_zh(favour.group(2) + favour.group(3) + favour.group(1), trad))
    text = re.sub(r"(?<=.)(?:能不能|可不可以|能否|可否|可唔可以)", "", text)
    # "能不能换一下啊": asked as a question, wanted as a request ("换一下"), never "能不换一下"
    text = re.sub(r"^(?:能不能|可不可以|可唔可以)(?=[\u4e00-\u9fff]{2})", "", text)
    # "出发前能改好吗": the request, not the question of whether we can ("您希望我们出发前改好")
    text = re.sub(
        r"(?<=[\u4e00-\u9fff])(?:能|可以)(?=(?:改|修|退|补|補|换|換|送|寄|发|發|办|辦|处理|處理|安排)[^，。]{0,6}$)",
        "",
        text,
    )
    asked_of = re.match(
        r"^(?:请求|請求|请|請|恳请|懇請|希望)(政府|领导|領導|上级|上級|相关部门|相關部門|有关部门|有關部門)(.+)$", text
    )
    if asked_of:  # "请求上级领导严查": what they hope someone will do
        return Ask(kind="want", text=shift_zh("我希望" + asked_of.group(1) + asked_of.group(2), trad))
    text = re.sub(r"^(?:请求|請求)", "希望", text)
    folded = fold(text)
    # "请…" / "麻烦…": what we should do. "希望…" / "我想…": a clause with its own subject.
    starts = sorted(z.ask_start, key=len, reverse=True)
    for word, w in zip(starts, fold_each(tuple(starts)), strict=True):
        if not folded.startswith(w):
            continue
        rest = text[len(word) :]
        if w.startswith(("我", "本人", "希望", "要求")):
            said = shift_zh(text if w.startswith(("我", "本人")) else "我" + text, trad)
            know = re.match(r"^您(?:想|希望|要)(?:知道|了解|问清楚|問清楚)(.+)$", said)
            if know:
                return Ask(kind="know", text=know.group(1))
            return Ask(kind="want", text=_zh_self_after(re.sub(r"^您要(?!求)", "您希望", said), cues, trad))
        if w == "叫你们":
            # s14: "叫你們老闆出來講": who is fetched, never "請老闆出來講出面處理" (c34)
            fetched = r"(?:出来|出來|过来|過來|来|來)(?:讲|講|说|說|谈|談|见|見|交代|解释|解釋|处理|處理)?$"
            who = re.sub(fetched, "", shift_zh(rest, trad)).lstrip("的")
            return Ask(kind="do", text=f"请{who}出面处理") if who else None
        rest = re.sub(r"^(?:你们|你們|你哋|贵公司|貴公司|贵店|貴店|您)", "", rest)
        if not rest:
            return None
        if w in ("给我", "帮我"):
            rest = word + rest
        elif w in ("重新约", "重新预约", "改约"):
            rest = text[: len(word)] + rest  # the verb is the request ("重新約週六"), in their script
        elif w in ("快派", "快来", "快叫", "快帮", "快给"):  # "快派人来处理" -> "尽快派人来处理"
            rest = ("盡快" if trad else "尽快") + word[1:] + rest
        if w in ("给个", "给我个"):
            rest = "给我一个" + rest
        return Ask(kind="do", text=shift_zh(_owed_pieces(rest, trad), trad))
    return Ask(kind="do", text=shift_zh(_owed_pieces(text, trad), trad))


def _owed_pieces(text: str, trad: bool) -> str:
    """A request of several clauses with money asked back in one ("派人来修，这个月月租也应该扣掉"):
    that clause said as a request too ("…，并扣除这个月月租")."""
    pieces = re.split(r"(，|,)", text)
    out = []
    for i, piece in enumerate(pieces):
        said = _owed_back(piece, trad) if i % 2 == 0 else piece
        if said != piece and i > 0:
            said = ("並" if trad else "并") + said
        out.append(said)
    return "".join(out)


# A sentence that says what went wrong ("a strong gas smell", "没人清理", "was charged twice"):
# the core of the complaint, which a budget must not drop for a detail with a number in it.
_WENT_WRONG = re.compile(
    r"\b(?:nobody|nothing|missing|broken|wrong|charged|billed|cancell?ed|late|delayed|smell|leak\w*|stopped|failed|"
    r"damaged|lost|down|twice|cracked|crushed|stuck|refused|overcharged|sparking|smoke|bleeding|hurt|found|"
    r"(?:not|never|wasn't|weren't|hasn't|haven't|didn't)\s(?:been\s)?[a-z]+ed)\b"
    r"|没人|沒人|没有人|沒有人|没收到|沒收到|没到|沒到|没来|沒來|没给|沒給|没送|沒送|没退|沒退|坏|壞|错|錯|漏|少了|"
    r"多扣|多收|扣了|取消|延误|延誤|迟到|遲到|破|碎|断|斷|停|臭|味|烫|燙|受伤|受傷|发现|發現"  # s9: 发现, found
)


_BRACKETS = (("(", ")"), ("（", "）"))


def balanced(text: str) -> str:
    """The text with its brackets paired: a bracket its clause was cut from ("receipt
    0045-2281-7716)", "(best before 11/2026, bought on 9 October") is closed at the end, or
    dropped when it only closes; a reply never shows half a bracket."""
    for left, right in _BRACKETS:
        if left not in text and right not in text:
            text = text.rstrip()  # what the walk below leaves of a text without this pair
            continue
        depth, out = 0, []
        for ch in text:
            if ch == left:
                depth += 1
            elif ch == right:
                if depth == 0:
                    continue
                depth -= 1
            out.append(ch)
        text = "".join(out).rstrip()
        if depth:
            end = re.search(r"[。.！!？?]*$", text)
            cut = end.start() if end else len(text)
            text = text[:cut].rstrip(" ,，、;；") + right * depth + text[cut:]
    return text


def _within(budget: int, story: list[tuple[_Clause, str, int]]) -> list[tuple[_Clause, str, int]]:
    """The story to restate when it will not all fit, by whole sentences (a clause out of its
    sentence reads as a fragment): the first sentence, then those with facts in them (numbers,
    ids, quoted words), then the earliest; kept in their own order. A first sentence longer
    than the budget keeps its first clauses."""
    if sum(size for _, _, size in story) <= budget:
        return story
    sentences: dict[int, list[int]] = {}
    for i, (clause, _, _) in enumerate(story):
        sentences.setdefault(clause.sentence, []).append(i)
    order = list(sentences)

    def weight(n: int) -> tuple[int, int]:
        said = " ".join(story[i][1] for i in sentences[n])
        facts = 2 * bool(re.search(r"\d", said)) + bool(_QUOTED.search(said)) + 4 * (n == order[0])
        facts += 3 * bool(_WENT_WRONG.search(said))  # what went wrong is kept before side details
        return (-facts, order.index(n))

    kept: set[int] = set()
    used = 0
    for n in sorted(order, key=weight):
        size = sum(story[i][2] for i in sentences[n])
        if used + size <= budget:
            kept.update(sentences[n])
            used += size
        elif n == order[0]:
            for i in sentences[n]:
                if used + story[i][2] > budget:
                    break
                kept.add(i)
                used += story[i][2]
    return [piece for i, piece in enumerate(story) if i in kept]


_SELF_AFTER = re.compile(
    r"(?<=[望求請请讓让叫])(?:酒店|饭店|飯店|旅行社|机构|機構|学校|學校|诊所|診所|医院|醫院|银行|銀行|平台|公司|店家|分行|航空公司|保险公司|保險公司)"
)


def _zh_self_after(text: str, cues: RestateCues, trad: bool) -> str:
    """ "您希望酒店可以作出适当补偿": the business asked of is us."""
    return _SELF_AFTER.sub("我們" if trad else "我们", text)


@cache
def _traditional_noun(noun: str) -> str:
    """A cue noun in Traditional characters, converted once (an OpenCC call per clause adds up)."""
    return str(converter("s2tw").convert(noun))


def _zh_own_noun(text: str, cues: RestateCues, domain: str) -> list[str]:
    """The domain's nouns for the business, only the one named first kept when several are: in
    "安亲班说会去学校接" the after-school club is us and the school (学校警卫) a third party."""
    nouns = cues.zh.self_nouns.get(domain, [])
    folded = fold(text)
    named = [(folded.find(fold(n)), n) for n in nouns if fold(n) in folded]
    return [min(named)[1]] if len(named) > 1 else nouns


def _zh_self(text: str, cues: RestateCues, domain: str, trad: bool, nouns: list[str] | None = None) -> str:
    """A clause opening with a bare noun for the business itself ("旅行社临时取消") speaks of us."""
    for noun in cues.zh.self_nouns.get(domain, []) if nouns is None else nouns:
        for form in {noun, _traditional_noun(noun)}:
            if text.startswith(form) and len(text) > len(form) + 1 and not _ZH_NOUN_GOES_ON.match(text, len(form)):
                return ("我們" if trad else "我们") + text[len(form) :]
    return text


# s12. The business's noun as the first half of another noun ("银行卡", "银行账户", "酒店房间"): the
# card or the room, not us ("我们卡莫名被扣了3笔").
_ZH_NOUN_GOES_ON = re.compile(r"[卡账賬帐帳户戶号號房单單票券]")


# What someone said, quoted after the verb ("李 Sir 當住全班面前講「你咁蠢讀乜都冇用」"): a remark in spoken
# Cantonese or at length is not repeated in our voice; that it was said is ("说了那样的话").
_ZH_SAID_REMARK = re.compile(r"(说|說|讲|講|话|話|骂|罵)[:：]?\s*([「“\"])([^」”\"]{2,60})[」”\"]")


def _unquoted(m: re.Match[str], trad: bool) -> str:
    remark = m.group(3)
    if not _SPOKEN.search(remark) and len(remark) <= 10:
        return m.group()  # "只是说「会转达」": short and plain, said as it was
    return "說了那樣的話" if trad else "说了那样的话"


# A clause that goes on from the one before it ("还将…", "也…", "并…"): without it, nobody did it.
_ZH_LEANS = re.compile(
    r"(?:还|還|也|又|并|並|而且|仲|更|只是|只係|只系|而是)(?![是有没沒])"
)  # s11: 只是 after "我不是要闹事" left out
# "（服务员只说…），就没有下文了": what came of what went before; with nothing before it kept in its
# sentence it says nothing of its own.
_ZH_THEN = re.compile(r"(?:然后|然後|结果|結果)?就(?!在|是在|连|連|算)")
_EN_LEANS = re.compile(r"(?:and|but|so|then|which|and then|after that)\b", re.IGNORECASE)


def leans_on_before(clause: str) -> bool:
    """Whether a clause says what came of the one before it ("就没有下文了", "還將…", "and then
    nothing"): with that one left out it has nothing to lean on."""
    return bool(_ZH_THEN.match(clause) or _ZH_LEANS.match(clause) or _EN_LEANS.match(clause))


# A short clause that says something of the one before it: "过了期", "五天了", "坏了", "没到".
_ZH_SHORT_COMMENT = re.compile(
    r"(?:已经|已經)?[\u4e00-\u9fff]{0,2}(?:了|过了|過了)[\u4e00-\u9fff]?|(?:已经|已經)?[一二两兩三四五六七八九十几幾]+(?:天|日|晚|个月|個月|星期|周|週)了"
)


# A question particle closing a request, with the amount typed after it ("可以退雞排的錢嗎 NT$85"):
# the particle goes, the amount stays.
_ZH_QUESTION_END = re.compile(r"[吗嗎呢](?=\s*(?:[A-Z]{0,3}[$¥￥]\s?)?[\d,.]*\s*(?:元|块|塊|蚊)?$)")
# "我不是要求很多" ("I'm not asking for much"): a stance before the request, not a fact.
_ZH_NOT_MUCH = re.compile(
    r"^(?:我|本人)?(?:真的|其实|其實)?(?:不是|唔係|并不是|並不是|也不是|又不是)(?:要求|想要|要|想|讲|講)[^，。]{0,3}?(?:很多|好多|太多|过分|過分)"
)
_ZH_NOT_MUCH = gated(_ZH_NOT_MUCH)


# s11. A clause that says something was done or happened: a perfective or experiential marker, a
# time gone by, a state ("一直", "还没"). A clause with none, leading an ultimatum in its sentence, is
# what they demand ("退还多扣的150元，恢复原套餐，再不处理我就去投诉").
_ZH_HAPPENED = re.compile(
    r"[了过過着著咗被次]|收到|一直|还没|還沒|沒有|没有|冇|未|已经|已經|[昨今前上]天|[上这這]个?月|\d+\s*[点點号號日]"
)
# What, after a request in its sentence, still tells of the case: something done, a figure, what a
# thing is (裡面是藥, 地址係…), what they dare not do (唔敢開返電).
_ZH_TOLD = re.compile(
    _ZH_HAPPENED.pattern
    + r"|\d|[是係系]|不敢|唔敢|不能|做不了"
    # s14: how a job came out ("毛还剪得跟狗啃似的", "洗得不乾淨"): a harm told after the request (c34)
    + r"|(?<=[\u4e00-\u9fff])得(?:跟|像|很|太|不|乱|亂|一塌)"
)
# s14: a clause that turns on the one before it ("房价却按湖景房收的…"): never a sentence of its own.
_ZH_LEANS_BACK = re.compile(r"^[^，]{0,4}?(?:却|卻|但|可是|而且|也|又|才)")
# s14: a job done "like a dog chewed it" ("剪得跟狗啃似的"): their simile, said plainly in our voice
# ("剪得很差"). Only after a verb of doing work: "冷得跟冰窖似的" is a degree, kept as it is.
_ZH_BADLY_DONE = re.compile(
    r"(?<=[剪做包修洗画畫写寫弄搞切烫燙染缝縫装裝刷涂塗贴貼])得(?:跟|像|好像)[^，。]{1,8}?(?:似的|一样|一樣|咁)"
)


# s11. A short cause leading what it made the customer do ("因为延误我错过了第二天的转机"): a clause
# led by 因为 is never restated, so the loss it tells (a missed connection, a night paid for) went
# unsaid; the cause is the story already told, and what follows it stands alone.
_ZH_CAUSE_LEAD = re.compile(r"^(?:因为|因為|由于|由於)[^，,。我]{1,8}(?=我(?![们們哋]?的))")


# s11. Where, said after the thing as an afterthought ("飛咗我個站 喺荔枝角道嗰個" -> "跳過了您的站，
# 在荔枝角道那個"): put before the thing it places ("跳過了您在荔枝角道的站").
_ZH_WHERE_AFTER = re.compile(r"^在([^，,。在]{2,10}?)(?:那|嗰)(?:個|个|間|间|度)$")
_ZH_THING_END = re.compile(r"的([\u4e00-\u9fff]{1,2})$")


def _zh_afterthought(parts: list[str]) -> list[str]:
    out: list[str] = []
    for part in parts:
        where = _ZH_WHERE_AFTER.match(part)
        thing = _ZH_THING_END.search(out[-1]) if out and where else None
        if where and thing:
            out[-1] = out[-1][: thing.start()] + f"在{where.group(1)}的{thing.group(1)}"
            continue
        out.append(part)
    return out


def _demanded(clause: _Clause, pieces: _Pieces) -> bool:
    """A clause of a sentence that ends in a threat, where nothing before the threat tells of
    anything done: the demand the threat is made to get."""
    same = [c for c in pieces.clauses if c.sentence == clause.sentence]
    at = next((i for i, c in enumerate(same) if c.kind == "threat"), -1)
    before = same[:at]
    return at > 0 and clause in before and not any(_ZH_HAPPENED.search(c.text) for c in before)


# s12. What is asked, without who asks and of whom ("您希望我们", "请", "帮您"): two characters or fewer
# ("人工", "改进", "负责") said back alone read as a robot's line (trainers: "您希望人工。").
_ZH_ASK_LEAD = re.compile(r"^(?:您|我)?(?:希望|想要|想|要求|要|请|請|麻烦|麻煩)?(?:我们|我們|你们|你們|你哋)?")


def _zh_bare_ask(text: str) -> bool:
    """Whether a request says no more than a bare verb or noun once its lead is taken off."""
    if re.match(r"^(?:您|我)?要求", text):
        return False  # "您要求賠償": a formal demand, said back as one, reads as heard
    rest = _ZH_ASK_LEAD.sub("", text.strip("。！!？? "))
    return len(_HAN_CHAR.findall(rest)) <= 2 and not re.search(r"[A-Za-z0-9]", rest)


def _restate_zh(text: str, channel: str, cues: RestateCues, trad: bool, domain: str = "other") -> Restatement:
    whole = text
    pieces = _zh_pieces(text, cues, trad, channel == "im")
    out = Restatement()
    story: list[tuple[_Clause, str, int]] = []
    broken: set[int] = set()  # sentences that lost a unit cut from its figure: said whole or not at all
    own = _zh_own_noun(text, cues, domain)
    asked_in: set[int] = set()  # sentences whose request has been read: what follows it is the request's
    each_gap: set[int] = set()  # s13: sentences whose "每次都…" clause was left out
    # s14: what is told after a request in its sentence ("差的80块退我 毛还剪得跟狗啃似的"): a sentence
    # of its own, never one more piece of the sentence before the request (too long, it was cut off)
    after_ask: set[int] = set()
    for clause in pieces.clauses:
        if clause.kind == "noise" and _ZH_FIGURE_ONLY.match(clause.text):
            broken.add(clause.sentence)
        if clause.kind == "ref":
            out.refs.append(balanced(re.sub(r"\s{2,}", " ", _zh_tidy(clause.text, cues))))
        elif clause.kind in ("ask", "know", "condition"):
            asked_in.add(clause.sentence)
            ask = _zh_ask(clause, cues, trad)
            if ask is not None and ask.kind != "deadline":  # s9: "退雞排的錢嗎 NT$85": the amount after it too
                ask = Ask(kind=ask.kind, text=_ZH_QUESTION_END.sub("", ask.text), echo=ask.echo)
            if ask is not None and ask.kind != "deadline":  # "告诉我：1）行李到底在哪里": no jab, no colon
                said = re.sub(r"到底|究竟", "", ask.text)
                ask = Ask(kind=ask.kind, text=re.sub(r"(?<=[您你])[：:]\s*", "", said), echo=ask.echo)
            if ask is not None and ask.kind != "deadline" and not _zh_clean(ask.text, 5 if ask.kind == "know" else 4):
                ask = Ask(kind=ask.kind, text=ask.text, echo=False)
            if ask is not None and ask.kind in ("do", "want") and _zh_bare_ask(ask.text):
                ask = Ask(kind=ask.kind, text=ask.text, echo=False, bare=True)  # s12: "您希望人工。": robotic
            if ask is not None and ask.text and ask not in out.asks:
                out.asks.append(ask)
        elif clause.kind == "threat" and (ultimatum := _ZH_ULTIMATUM.match(fold(clause.text))):
            # "再不退費我直接找消基會": the threat is not restated, the refund it demands is asked for
            remedy = ultimatum.group(1)
            ask = Ask(kind="do", text=str(converter("s2tw").convert(remedy)) if trad else remedy)
            if ask not in out.asks:
                out.asks.append(ask)
        elif clause.kind == "story":
            if (clause.sentence in asked_in and not _ZH_TOLD.search(clause.text)) or _demanded(clause, pieces):
                # s11: what rides on a request in its sentence ("请报销480元，发票我可以补寄",
                # "希望赔偿，收据扫描档附在信件中") or leads an ultimatum ("退还多扣的150元，恢复原套餐，
                # 再不处理我就去投诉") is the request's, never a fact said back in our voice
                continue
            text = _ZH_SAID_REMARK.sub(lambda m: _unquoted(m, trad), clause.text)
            if story:  # s11: "因为延误我错过了转机": what it led to, after the cause already told
                text = _ZH_CAUSE_LEAD.sub("", text)
            if not _zh_clean(text) and not re.search(r"\d", text):
                if _ZH_DANGLING.match(text):
                    broken.add(clause.sentence)
                continue
            if _SPOKEN.search(text):
                continue
            if _ZH_EACH_TIME.match(text) and not any(c.sentence == clause.sentence for c, _, _ in story):
                each_gap.add(clause.sentence)
                continue  # s13: "（打了三次客服，）每次都說…": each time of what, when what they did is said elsewhere
            if clause.sentence in each_gap and _ZH_AFTER_EACH.match(text):
                continue  # "（每次都說會回電，）結果都沒有": what came of it, with nothing before it
            said = _zh_self(shift_zh(_zh_tidy(text, cues), trad), cues, domain, trad, own)
            said = _ZH_ASKED_TOPIC.sub(r"\1\2\3", said)
            said = _ZH_BADLY_DONE.sub("得很差", said)  # s13: "驿站也问了说没有" -> "驿站也说没有"
            # "…的牛奶，過了期", "…斷到現在，五天了": a short comment on the clause before it in its sentence
            comment = bool(story) and story[-1][0].sentence == clause.sentence and _ZH_SHORT_COMMENT.fullmatch(said)
            if len(_HAN_CHAR.findall(said)) < 4 and not re.search(r"\d", said) and not comment:
                if _ZH_DANGLING.match(said):
                    broken.add(clause.sentence)
                continue  # "钱不多", "臉超臭": too slight to restate on its own
            if said:
                story.append((clause, said, len(said)))
                if clause.sentence in asked_in and not _ZH_LEANS_BACK.match(said):
                    after_ask.add(id(clause))
    kept = {id(c) for c, _, _ in story}
    cut: set[int] = set()  # s13: clauses said from a gap on: left out, what came before the gap kept
    for at, (prev, clause) in enumerate(itertools.pairwise(pieces.clauses)):
        if (
            id(clause) in kept
            and id(prev) not in kept
            and prev.sentence == clause.sentence
            and _ZH_LEANS.match(clause.text)
        ):
            # "還將他的測驗卷…" after the remark left out: nobody left to do it. s13: what the sentence
            # told before the gap stands ("吃到一半咬到一根鐵絲，(嚇死我了，)還好及時吐出來"): kept
            same = [c for c in pieces.clauses[:at] if c.sentence == clause.sentence]
            if any(id(c) in kept for c in same):
                cut.update(id(c) for c in pieces.clauses[at + 1 :] if c.sentence == clause.sentence)
            else:
                broken.add(clause.sentence)
    story = [piece for piece in story if id(piece[0]) not in cut]
    firsts: dict[int, int] = {}
    for clause, _, _ in story:
        firsts.setdefault(clause.sentence, id(clause))
    for prev, clause in itertools.pairwise(pieces.clauses):
        if (
            firsts.get(clause.sentence) == id(clause)
            and prev.sentence == clause.sentence
            and _ZH_THEN.match(clause.text)
        ):
            broken.add(clause.sentence)  # "就没有下文了" after the remark left out: what came of nothing
    sentences: dict[float, list[str]] = {}
    seen = ""
    named = _named_person(pieces, trad)
    story = _unargued(pieces, [piece for piece in story if piece[0].sentence not in broken], True, cues)
    for clause, said, _ in _within(cues.limits.zh_chars.get(channel, 200), story):
        if (he := _ZH_HE.match(said)) and not _ZH_PERSON.search(seen):
            # the staff member named in a clause left out ("那个男服务员态度太差了"): named again;
            # the child who took the medicine when what follows is a symptom ("佢出咗紅疹", round 10bb)
            child = _child(whole, trad) if _ZH_SYMPTOM.search(said) else None
            # s13: "問了商家，他們說…": the party just asked is who answered ("商家說…"), never 對方
            asked = _ZH_ASKED_PARTY.search(seen)
            who = child or (asked.group(1) if asked else None) or named or ("對方" if trad else "对方")
            said = who + said[he.end() :]
        seen += said
        sentences.setdefault(clause.sentence + (0.5 if id(clause) in after_ask else 0), []).append(said)
    out.story = ["，".join(_zh_afterthought(parts)) for _, parts in sorted(sentences.items())]
    place = _jab_place(pieces, trad)
    if place and not any(place[len("事情发生在我们") :] in said for said in out.story):
        out.story.insert(0, place)
    out.asks = _merge_know(out.asks, "，以及")
    return out


def _argues(text: str, zh: bool, cues: RestateCues) -> str:
    """How a clause makes the customer's case: "infer" (so you ought to, 既然), "aside" (their
    loyalty, other companies, the law, what they told staff, what ought to happen), or "" (it
    does not); see `argument` in prompts/restate.yaml."""
    a = cues.argument.zh if zh else cues.argument.en
    if zh:
        folded = fold(text)
        if _contains_any(folded, a.infer) or (_contains_any(folded, a.weak) and _contains_any(folded, a.ought)):
            return "infer"
        if _contains_any(folded, a.always) or _others(tuple(a.others), True).search(folded):
            return "aside"
        dated = _ZH_DAY.search(folded) is not None
        told = folded.lstrip("，, ").startswith(tuple(a.told))
        opinion = _contains_any(folded, a.opinion) and not _contains_any(folded, a.opinion_unless)
    else:
        words = _words(_EN_OBVIOUS.sub(r"\1 ", _en_fold(text)))  # "it's obviously plastic" infers nothing
        if _has_word(words, a.infer) or (_has_word(words, a.weak) and _has_word(words, a.ought)):
            return "infer"
        if _has_word(words, a.always) or _others(tuple(a.others), False).search(words):
            return "aside"
        dated = _EN_DAY.search(words) is not None
        told = _starts(tuple(a.told)).match(words.strip()) is not None
        opinion = _has_word(words, a.opinion) and not _has_word(words, a.opinion_unless)
    if told and _TOLD_SAFETY.search(text):
        told = False  # "I told our server I have a shellfish allergy": the fact the case turns on
    if (told or opinion) and not dated and not re.search(r"\d", text) and not _has_id(text):
        return "infer" if opinion else "aside"
    return ""


# What they told staff about their health before it went wrong: a fact, never an aside.
_TOLD_SAFETY = re.compile(
    r"allerg|intoleran|coeliac|celiac|diabet|pregnan|asthma|epipen|过敏|過敏|怀孕|懷孕|糖尿病|哮喘|不能吃",
    re.IGNORECASE,
)


@cache
def _others(nouns: tuple[str, ...], zh: bool) -> re.Pattern[str]:
    """Another business held up as the standard: "other furniture stores", 其他几家银行."""
    body = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True)) or "(?!)"
    if zh:
        return re.compile(rf"(?:其他|别的|别家)[^，。,]{{0,4}}?(?:{body})")
    return re.compile(rf" (?:other|every other|any other) (?:[a-z']+ ){{0,2}}(?:{body}) ")


_ZH_SUBJECT = re.compile(r"[我您你他她它这這那]|[\u4e00-\u9fff]{0,4}(?:说|說|告诉|告訴)")
_ZH_DAY = re.compile(r"今天|明天|昨天|星期|礼拜|周[一二三四五六日末]|[月号日]")
_EN_DAY = re.compile(
    r" (?:today|tomorrow|tonight|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend"
    r"|january|february|march|april|may|june|july|august|september|october|november|december) "
)


_EN_NARRATIVE = re.compile(
    r"\b(?:i|i'm|i've|my|we|our|me|us|\w{3,}ed|was|were|had|did|got|broke|came|went|left|took|sent|paid|told|said"
    r"|gave|made|kept|lost|found|bought|rang|spent|never|still|no longer|won't|didn't|doesn't)\b"
)
_ZH_NARRATIVE_MARK = re.compile(r"我|了|过|過|没|沒|却|卻|还|還|又|说|說")


def _what_happened(clause: _Clause, zh: bool) -> bool:
    """A clause telling what happened or carrying a figure or an id, not a general premise ("A is
    in B"): kept when its sentence argues."""
    text = clause.raw or clause.text
    if _DIGIT.search(text) or _has_id(text):
        return True
    return bool(_ZH_NARRATIVE_MARK.search(text) if zh else _EN_NARRATIVE.search(_en_fold(text)))


def _tail_opens(before: str, after: str, zh: bool) -> bool:
    """Whether the last words of one sentence open the next ("A is in B. B is in C"): a chain."""
    if zh:
        tail = _NOT_HAN.sub("", before)[-2:]
        return len(tail) == 2 and tail in after[:6]
    words = _EN_WORD3.findall(_en_fold(before))
    return bool(words) and words[-1] in _EN_WORD1.findall(_en_fold(after))[:3]


_NOT_HAN = re.compile(r"[^\u3400-\u9fff]")
_EN_WORD3 = re.compile(r"[a-z']{3,}")
_EN_WORD1 = re.compile(r"[a-z']+")


def _unargued(
    pieces: _Pieces, story: list[tuple[_Clause, str, int]], zh: bool, cues: RestateCues
) -> list[tuple[_Clause, str, int]]:
    """Listen restates facts, never the customer's argument: a clause making their case goes; an
    inference also takes the general premises of its sentence, and general sentences chained on a
    first one ("A is in B. B is in C. C is ...") go."""
    how = {id(c): _argues(c.raw or c.text, zh, cues) for c in pieces.clauses}
    cue = {key for key, kind in how.items() if kind}
    argued = {c.sentence for c in pieces.clauses if how[id(c)] == "infer"}
    texts: dict[int, str] = {}
    for c in pieces.clauses:
        texts[c.sentence] = texts.get(c.sentence, "") + (c.raw or c.text) + " "
    by_sentence: dict[int, list[_Clause]] = {}
    for c in pieces.clauses:
        by_sentence.setdefault(c.sentence, []).append(c)
    general = {n for n, clauses in by_sentence.items() if not any(_what_happened(c, zh) for c in clauses)}
    chained = {n for n in texts if n - 1 in texts and _tail_opens(texts[n - 1], texts[n], zh)}
    # "A is in B. B is in C.": the general sentences chained on a first one go; the first goes too
    # when the argument it leads to goes and it names nothing (no capitalised word past its first)
    premises = {n for n in chained if n in general and (n - 1 in general or n - 1 in argued)}
    premises |= {
        n - 1
        for n in chained
        if n - 1 in general
        and n - 1 not in argued
        and n in argued
        and not zh
        and not re.search(r"\s[A-Z]", texts[n - 1].strip())
    }
    if zh:  # an opening clause that holds the subject stays: "了解到借记卡尾号…" would be a fragment
        clauses = pieces.clauses
        for i, c in enumerate(clauses[:-1]):
            opens = i == 0 or clauses[i - 1].sentence != c.sentence
            after = clauses[i + 1]
            if id(c) in cue and opens and after.sentence == c.sentence and not _ZH_SUBJECT.match(after.text):
                cue.discard(id(c))
    return [
        piece
        for piece in story
        if piece[0].sentence not in premises
        and id(piece[0]) not in cue
        and (piece[0].sentence not in argued or _what_happened(piece[0], zh))
    ]


_ZH_HE = re.compile(r"^[他她](?:們|们)?")
# s13: the place asked, then "asked, said …" ("驿站也问了说没有"): what that place said ("驿站也说没有").
_ZH_ASKED_TOPIC = re.compile(
    r"^(?![我您你他她])([\u4e00-\u9fff]{2,4}?)([也都])(?:问了|問了|问过|問過|查了|查过|查過)[，,]?([说說])"
)
_ZH_ASKED_TOPIC = gated(_ZH_ASKED_TOPIC)  # a literal gate: most texts hold none of its words
_ZH_AFTER_EACH = re.compile(r"^(?:結果|结果|然後|然后|之後|之后|就|都|也|還|还|又|但|可是)")
# "(你们)帮我查一下" before what is asked: the asking, not the question
_ZH_CHECK_FOR_ME = re.compile(
    r"^(?:请|請|麻烦|麻煩)?(?:你们|你們|你哋|你)?(?:帮|幫|同)(?:我|我們|我们|我哋)?(?:查|查查|看|睇|問|问)(?:一下|下)?(?:看)?"
    r"(?=[\u4e00-\u9fff]{2})(?=.*(?:谁|誰|边个|邊個|哪|什么|什麼|咩|几时|幾時|为什么|為什麼|点解|點解|多少|怎么|怎麼))"
)
# "每次都說…" opening what is left of a sentence: "each time" of an act not said in it
_ZH_EACH_TIME = re.compile(r"^(?:但是?|可是|而且)?每一?次(?:[都也]|[他她][們们]?[都也])")
_ZH_ASKED_PARTY = re.compile(
    r"(?:問了|问了|問過|问过|聯絡了|联络了|聯繫了|联系了|打給|打给|打去|找了|找過|找过)"
    r"([\u4e00-\u9fff]{2,6}?)(?:那邊|那边|那裡|那里)?$"
)  # s13: "他們說…" named as 對方, never "對方們"
# A fragment that opens on a unit or counter: what is left of a figure split from it ("厘米宽").
_ZH_DANGLING = re.compile(rf"^\s*{_ZH_DANGLING_UNIT}")
_ZH_JAB_PLACE = re.compile(
    r"^(?:你们|你們|你哋)([^，。]{1,8}?(?:分店|门店|門店|店|分行|支行|营业厅|營業廳|网点|網點|校区|校區|院区|院區|分院|餐厅|餐廳|站))"
)


def _jab_place(pieces: _Pieces, trad: bool) -> str | None:
    """ "你们望京店怎么回事": the jab is not repeated, the branch it names is ("事情发生在我们望京店")."""
    for clause in pieces.clauses:
        if clause.kind != "vent":
            continue
        m = _ZH_JAB_PLACE.match(clause.text.strip())
        if m:
            return ("事情發生在我們" if trad else "事情发生在我们") + m.group(1)
    return None


def _named_person(pieces: _Pieces, trad: bool) -> str | None:
    """The person a left-out verdict was about, without the verdict: "你们人民路店那个戴眼镜的男服务员
    态度太差了" -> "我们人民路店那位戴眼镜的男服务员"."""
    for clause in pieces.clauses:
        if clause.kind not in ("vent", "blame"):
            continue
        m = _ZH_PERSON.search(clause.text)
        if m is None or m.group() in ("他", "她") or m.start() > 20:
            continue
        person = shift_zh(clause.text[: m.end()], trad)
        person = re.sub(r"(?:那个|那個|这个|這個)(?=[^，。]*$)", "那位", person)
        return person
    return None


# Round 10bb. An ultimatum whose condition is a remedy ("再不退費我就…", "如果不退款"): the remedy is asked for.
_ZH_ULTIMATUM = re.compile(
    r"^(?:[，,\s]*)(?:再|如果|若|要是|今天|今日|这周|這週)?(?:再)?(?:不|唔|没有|沒有)(?:给我|給我|俾我|帮我|幫我)?"
    r"(退费|退款|退钱|全额退款|赔偿)(?![^，。]{0,3}(?:也|都)(?:行|可以|没|沒))"
)
# Round 10bb. A symptom ("出咗紅疹", "肚痛", "发烧"): what happened to the person 佢 stands for.
_ZH_SYMPTOM = re.compile(
    r"紅疹|红疹|出疹|疹子|肚痛|肚子痛|腹痛|发烧|發燒|发热|發熱|呕吐|嘔吐|腹泻|腹瀉|肚瀉|肚泻|头晕|頭暈|头痛|頭痛|过敏|過敏|"
    r"痕癢|痕痒|气喘|氣喘|抽筋|不舒服|唔舒服|肿|腫"
)
# The child the complaint names ("我個仔", "4歲仔", "我女兒", "小朋友"): who 佢 is when the clause is a symptom.
_ZH_CHILD = re.compile(
    r"(?:(?<=[個个我歲岁細细])仔(?![褲裤])|兒子|儿子)|(?:(?<=[個个我歲岁細细])女(?!士|仔|人|性|生)|女兒|女儿|囡)|(孩子|小朋友|小孩|宝宝|寶寶|BB)"
)


def _child(text: str, trad: bool) -> str | None:
    m = _ZH_CHILD.search(text)
    if m is None:
        return None
    if m.group(1):
        said = "您的孩子"
    elif m.group().startswith(("仔", "兒", "儿")):
        said = "您儿子"
    else:
        said = "您女儿"
    return str(converter("s2tw").convert(said)) if trad else said


_ZH_PERSON = re.compile(
    r"服务员|服務員|侍应|侍應|侍者|服务生|服務生|店员|店員|员工|員工|工作人员|工作人員|客服|老师|老師|医生|醫生|护士|護士|司机|司機|师傅|師傅|快递员|快遞員|速遞員|骑手|騎手|"
    r"经理|經理|前台|职员|職員|保安|技师|技師|儿子|兒子|女儿|女兒|先生|太太|孩子|丈夫|妻子|父亲|父親|母亲|母親|朋友|同事|[他她]"
)


def _merge_know(asks: list[Ask], joiner: str) -> list[Ask]:
    """Two things they want to know are one sentence: "您想知道X，以及Y"."""
    out: list[Ask] = []
    for ask in asks:
        if out and ask.kind == "know" and out[-1].kind == "know":
            out[-1] = Ask(kind="know", text=out[-1].text + joiner + ask.text, echo=out[-1].echo and ask.echo)
        else:
            out.append(ask)
    return out


# --------------------------------------------------------------------------- English

# No sentence ends after these abbreviations ("order no. 55", "Dr. Lee", "ref. CR-1").
_ABBREV = "".join(
    rf"(?<!\b{a})" for a in ("no", "mr", "mrs", "ms", "dr", "st", "vs", "etc", r"e\.g", r"i\.e", "approx", "ref")
)
# Every sentence end starts with one of these: the look-ahead lets the regex engine skip other
# characters before it tries a dozen look-behinds at each (ten times faster, the same matches).
_EN_SENTENCE = re.compile(
    r"(?=[.!?\n])(?:" + _ABBREV + r"(?<!\d)[.!?]+(?=\s|$)|(?<=\d)[.!?]+(?=\s+[A-Za-z]|$)|[!?]+|\n+)"
    # a sentence ending inside the quote it closes ("…usually friendly.' I had to…"): the quote is its own
    r"|(?<=[.!?]['’\"”])(?=\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
# A second request joined to the first by "and", with an aside of its own before it ("…today,
# and as a bit of a make-good could we have a late checkout on Sunday?"): a request of its own.
_EN_SECOND_ASK = re.compile(
    r",\s+and\s+(?:also\s+)?(?:as [^,?]{1,40}?,?\s+|if possible,?\s+|while you're at it,?\s+)?"
    r"((?:could|can|may) (?:we|i) (?:also )?(?:please )?(?:have|get)\b)",
    re.IGNORECASE,
)
_EN_CLAUSE = re.compile(r"(?<!\d),(?!\d{3})\s*|;\s*|\s+-\s+|\s+—\s+")
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|\S")

_PRONOUNS = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "we": "you",
    "us": "you",
    "our": "your",
    "ours": "yours",
    "ourselves": "yourselves",
    "your": "our",
    "yours": "ours",
    "yourself": "ourselves",
    "yourselves": "ourselves",
    "i'm": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "we're": "you're",
    "we've": "you've",
    "we'd": "you'd",
    "we'll": "you'll",
    "you're": "we're",
    "you've": "we've",
    "you'd": "we'd",
    "you'll": "we'll",
}


def _us_dollars(token: str, following: list[re.Match[str]]) -> bool:
    """ "US$310" is a currency, not "us": never "you$310"."""
    return token == "US" and bool(following) and following[0].group().startswith("$")


# A pronoun's letters inside a code or a road's name ("I-5", "US-101", "I/O", "ME2"): no pronoun.
_CODE_AFTER = re.compile(r"[-/]?\d|[-/][A-Za-z]\b")


def _in_code(text: str, m: re.Match[str]) -> bool:
    before = text[m.start() - 1] if m.start() else " "
    return bool(_CODE_AFTER.match(text, m.end())) or (
        before in "-/" and m.start() > 1 and text[m.start() - 2].isalnum()
    )


_AFTER_I = {"am": "are", "was": "were", "wasn't": "weren't"}
_SUBJECTS = frozenset({"i", "he", "she", "it", "they", "we", "you", "there", "this", "that", "who"})
_CONJUNCTIONS = frozenset(
    [
        "and",
        "but",
        "that",
        "because",
        "when",
        "if",
        "so",
        "since",
        "until",
        "unless",
        "before",
        "after",
        "where",
        "why",
        "how",
        "what",
        "then",
        "or",
        "while",
        "as",
        "though",
        "although",
        "once",
        "which",
        "who",
    ]
)
_SUBJECT_VERB = re.compile(
    r"^(?:had|have|has|gave|give|sent|send|sold|sell|charged|charge|said|say|told|tell|did|didn't|do|don't|are|were|"
    r"will|won't|would|wouldn't|can|can't|could|couldn't|should|keep|kept|promised|promise|offered|changed|moved|"
    r"cancelled|canceled|lost|never|just|still|also|guys|people|all|made|make|took|take|put|got|get|let|booked|billed|"
    r"claim|claimed|advertised|advertise|assured|confirmed|ask|asked|need|owe|[a-z]+ed)$"
)
_SUBJECT_START = re.compile(
    r"^(?:i|i'm|i've|i'd|i'll|we|we're|we've|my|our|your|the|a|an|this|that|these|those|there|there's|it|it's|its|"
    r"nobody|no one|someone|somebody|everyone|everybody|nothing|something|everything|anything|none|he|he's|she|she's|"
    r"they|they're|his|her|their|you|you're|one|both|"
    r"last|yesterday|today|on|in|at|after|before|when|since|for|during|every|each|another|[a-z]+'s)\b",
    re.IGNORECASE,
)


@cache
def _spelling(path: str | None = None) -> tuple[re.Pattern[str], dict[str, str]]:
    table = {k.lower(): v for k, v in restate_cues(path).en.spelling.items()}
    words = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    return re.compile(rf"{_first_chars(table)}(?<![\w'’-])(?:{words})(?![\w'’-])", re.IGNORECASE), table


def _first_chars(words: Iterable[str], also: str = "") -> str:
    """A look-ahead for the characters a match can start with, so the engine skips every other
    position; none when a word is empty (it matches anywhere)."""
    words = list(words)
    if not words or not all(words):
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted({w[0] for w in words})) + also + "])"


_LONE_I = re.compile(r"(?<![\w'’])i(?![\w'’])|(?<![\w'’])i(?=['’](?:m|ve|d|ll)\b)")


@cache
def _fillers(path: str | None = None) -> re.Pattern[str]:
    fillers = restate_cues(path).en.filler
    words = "|".join(re.escape(w) for w in fillers)
    ahead = _first_chars(fillers, also=r"\s")  # a match starts with a space or a filler
    return re.compile(rf"{ahead}\s*(?<![\w'’])(?:{words})(?![\w'’])", re.IGNORECASE)


_PLUS_AND = re.compile(r"(?<=[A-Za-z]) \+ (?=[A-Za-z])")
_AGE = re.compile(r"\b(\d{1,2})\s?(?:yo|y/o|yr old|yrs old|year old)\b", re.IGNORECASE)


def _filler_gap(text: str, m: re.Match[str]) -> str:
    """What a chat filler leaves: a stop where it parted two clauses ("making me sick lol i work
    from home": two sentences, never "sick you work from home"), else nothing."""
    before = text[: m.start()].rstrip()
    after = text[m.end() :].lstrip()
    if (
        before
        and after
        and re.search(r"\w$", before)
        and re.match(r"(?:i|you|we|my|the|it|this|he|she|they|not|no|just|but|so|and)\b", after, re.I)
    ):
        return "."
    return ""


# s9: a day typed short that is also a word ("we sat in the room", "they wed in May"): a day only
# where a day is named, after a word of time ("on sat", "by wed") or before a part of the day or a date.
_EN_DAY_WORDS = frozenset({"sat", "wed"})
_EN_DAY_BEFORE = re.compile(
    r"(?:\b(?:on|by|till|til|until|since|next|last|this|before|after|from|every|each|thru|through|and|or|to)|[-–/,(])\s*$",
    re.IGNORECASE,
)
_EN_DAY_AFTER = re.compile(r"^\s*(?:\d|(?:morning|afternoon|evening|night|am|pm)\b|[-–/])", re.IGNORECASE)


def _spelled(text: str, m: re.Match[str], table: dict[str, str]) -> str:
    word = m.group().lower()
    if word == "w" and not (m.group() == "w" and re.match(r" [a-z]", text[m.end() :])):
        return m.group()  # "w neighbours": with; "Block W", "W 5th St": a letter
    if word in _EN_DAY_WORDS and not (_EN_DAY_BEFORE.search(text[: m.start()]) or _EN_DAY_AFTER.match(text[m.end() :])):
        return m.group()  # "we sat in the room": the verb
    return table[word]


def _en_spell(text: str, cues: RestateCues) -> str:
    pattern, table = _spelling()
    text = _fillers().sub(lambda m: _filler_gap(text, m), text)
    text = pattern.sub(lambda m: _spelled(text, m, table), text)
    text = _AGE.sub(r"\1-year-old", text)
    text = _PLUS_AND.sub(" and ", text)  # s9: "oat flat white + almond croissant": chat's "and"
    text = re.sub(r"\by(?= (?:do|does|did|is|are|was|would|can|cant|can't|won't|not|u|you)\b)", "why", text, flags=re.I)
    return _LONE_I.sub("I", text)


_EN_TOKENS = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|[^A-Za-z]+")
_PAUSE = re.compile(r"[.,;:!?()]")


# "you" of anyone ("it wobbles when you touch it", "it sparks if you plug anything in"): a "you" after
# when / if before a verb of handling a thing is nobody in particular, never our company.
_EN_GENERIC_LEAD = frozenset({"when", "whenever", "if", "once", "as"})


_STOP_MARK = re.compile(r"[.!?;]")


def shift_en(text: str) -> str:
    """Turn the customer's words round: I -> you, your staff -> our staff, "you sold me" -> "we sold you"."""
    out: list[str] = []
    tokens = list(_EN_TOKENS.finditer(text))
    quote_open = False
    prev_word = ""
    subject_i = False
    last_subject = ""
    single_open = False
    for i, m in enumerate(tokens):
        token = m.group()
        if not token[0].isalpha():
            if _STOP_MARK.search(token):
                last_subject = ""
            if token.count('"') % 2 == 1 or token.count("“") or token.count("”"):
                quote_open = not quote_open if token.count('"') % 2 == 1 else ("“" in token and "”" not in token)
            # a remark in single quotes ("told me 'if you want it right, make it at home'") stays
            # as said: ' opens before a word after a space, closes after one
            for k, ch in enumerate(token):
                if ch in "'‘’":
                    opens = k == len(token) - 1 and i + 1 < len(tokens) and (k == 0 or token[k - 1] in ' \t("“—–-')
                    if opens and ch != "’" and not single_open:
                        single_open = quote_open = True
                    elif single_open and not opens:
                        single_open = quote_open = False
            out.append(token)
            if _PAUSE.search(token):
                prev_word = ","
            continue
        lower = token.lower().replace("’", "'")
        new = token
        if not quote_open:
            if lower == "you" or lower == "u":
                nxt = _next_word(tokens, i)
                subject = prev_word in ("", ",") or prev_word in _CONJUNCTIONS or bool(_SUBJECT_VERB.match(nxt))
                if prev_word in (
                    "to",
                    "with",
                    "for",
                    "at",
                    "from",
                    "by",
                    "of",
                    "about",
                    "thank",
                    "told",
                    "ask",
                    "asked",
                ):
                    subject = False
                new = "we" if subject else "us"
                if prev_word in _EN_GENERIC_LEAD and nxt.lower() in restate_cues().en.generic_you_verbs:
                    new = token  # "it wobbles when you touch it": anyone, not us
            elif lower in _PRONOUNS and not _us_dollars(token, tokens[i + 1 : i + 2]) and not _in_code(text, m):
                new = _PRONOUNS[lower]
            elif lower == "here" and prev_word not in ("", ",") and _next_word(tokens, i) not in ("is", "are", "'s"):
                new = "there"  # s9: "there's nothing here": their place; in our voice "here" is ours
            elif lower in _AFTER_I and (subject_i or (last_subject == "i" and prev_word in ("and", "but", "or"))):
                new = _AFTER_I[lower]  # "I phoned and was cut off": you phoned and were cut off
            if new != token:
                first = not any(t.group()[0].isalpha() for t in tokens[:i])
                new = new[0].upper() + new[1:] if first and token[0].isupper() and lower != "i" else new
        subject_i = lower in ("i",) and not quote_open
        if lower in _SUBJECTS:
            last_subject = lower
        out.append(new)
        prev_word = lower
    return "".join(out)


def _next_word(tokens: list[re.Match[str]], i: int) -> str:
    for m in tokens[i + 1 :]:
        if m.group()[0].isalpha():
            return m.group().lower().replace("’", "'")
        if re.search(r"[.,;:!?]", m.group()):
            return ""
    return ""


# A chat line that runs a new sentence on after its object ("unblock it i'm here till the 21st").
_EN_RUN_TOGETHER = re.compile(
    r"(?:(?<=\bit)|(?<=\bthis)|(?<=\bthat)|(?<=\bthem)|(?<=\bnow)|(?<=\btoday)|(?<=\btomorrow)|(?<=\basap)"
    r"|(?<=\bpls)|(?<=\bplease)|(?<=\bplz)|(?<=\bthanks)|(?<=\bthx))\s+"
    r"(?=(?:i'm|i’m|im|i am|i've|ive|i'll|we're|we are)\s)",
    re.IGNORECASE,
)


# s14: "that scratch was there at pickup i have the photos": a second clause typed on with no stop
# (its "I" after a noun, not after a joining or saying word, and followed by what they hold): two
# sentences, never "…at pickup you have the photos" (trainers, c34a-008).
_EN_I_HAVE_RUN = re.compile(
    r"(?<=[a-z0-9])\s+(?=[iI] (?:have|also have|still have|have got) "
    r"(?:the|a|an|all|my|proof|photos?|pictures?|photographs?|receipts?|screenshots?|videos?|evidence)\b)"
)
_EN_RUN_JOINS = frozenset(
    (
        *("and", "but", "so", "because", "as", "when", "if", "that", "where", "which", "since", "until", "now"),
        *("said", "says", "say", "think", "know", "thought", "hope", "sure", "why", "how", "what", "though"),
        *("although", "or", "whether", "once", "believe", "guess", "mean", "then", "also", "who", "whom", "unless"),
        # a question's own "I" ("could I have a free pass"): asked, not typed on
        *("could", "can", "may", "might", "would", "should", "will", "shall", "do", "did", "please", "pls"),
    )
)


def _en_i_have_run(line: str) -> str:
    if "have " not in line:
        return line  # a literal gate: most lines hold no "have"

    def stop(m: re.Match[str]) -> str:
        before = re.split(r"[.!?;,]\s", line[: m.start()])[-1].split()
        if len(before) < 4 or before[-1].lower() in _EN_RUN_JOINS:
            return m.group()  # a clause of its own before it, not a lead ("Today I have…")
        return ". "

    out = _EN_I_HAVE_RUN.sub(stop, line)
    return re.sub(r"(?<=\. )i\b", "I", out)


# A name signed after a dash on a line of its own, no space ("-dev", "—Priya", "~jo"): a bullet
# has a space after its dash.
_EN_DASH_SIGNED = re.compile(r"[-–—~][A-Za-z][A-Za-z.']{0,19}")
# "ok this is the third chat today", "um so my card…": a chat word that takes the floor, no part of
# the fact ("I understand that the ok this is…" read as garbled)
_EN_FILLER_LEAD = re.compile(r"(?:^|(?<=[.!?]\s))(?:(?:ok+a?y?|okie|um+|uh+|erm+|so|well)\b[\s,]+)+(?=[A-Za-z])", re.I)


def _en_paragraph(p: str, im: bool = False) -> str:
    """One paragraph on one line. Short lines none of which ends a sentence are chat messages,
    one thought a line ("intercom for flat 7C has been dead for 2 weeks"): each ends a
    sentence. Longer lines are an email's hard wraps, joined. On an IM channel nobody wraps
    lines by hand: every line is a message of its own, however long ("tech was supposed to come
    thurs between 8-12 and nobody showed, i took the morning off for that"), unless it ends
    on a comma or a joining word."""
    lines = [" ".join(line.split()) for line in p.split("\n") if line.strip()]
    if lines and _EN_DASH_SIGNED.fullmatch(lines[-1]):
        lines.pop()  # "-dev", "~Priya": a sign-off, never part of the last sentence
    if im:  # "pls unblock it i'm here till the 21st": two messages typed as one
        lines = [_EN_RUN_TOGETHER.sub(". ", line) for line in lines]
    lines = [_en_i_have_run(line) for line in lines]
    if im and len(lines) >= 2:
        joined = lines[0]
        for prev, line in itertools.pairwise(lines):
            glued = re.search(r"[,;:&+-]$|\b(?:and|but|or|so|because|the|a|an|to|of|with|my|your)$", prev, re.I)
            ended = re.search(r"[.!?]$", prev)
            joined += (" " if glued or ended else ". ") + line
        return joined
    chat = (
        len(lines) >= 2
        and (
            (max(len(line) for line in lines) < 90 and sum(len(line) for line in lines) / len(lines) < 55)
            # a short line before a long last one ("acct 3307-4418" / "last time I'm asking — ..."):
            # an email's hard wraps are all near the wrap width
            or max(len(line) for line in lines[:-1]) < 50
        )
        and not any(re.search(r"[.!?,;:]$", line) for line in lines[:-1])
    )
    return ". ".join(lines) if chat else " ".join(lines)


def _en_lines(text: str, im: bool = False) -> list[str]:
    """Paragraphs with hard wraps joined; a salutation line ("Hi there," "Dear Admissions,") dropped."""
    paragraphs = [_en_paragraph(p, im) for p in re.split(r"\n\s*\n", text) if p.strip()]
    out: list[str] = []
    for i, p in enumerate(paragraphs):
        lines = [p]
        if i == 0:
            m = re.match(
                r"^((?:hi|hello|hey|dear|to|good (?:morning|afternoon|evening)|greetings)\b[^.!?\n]{0,60}?[,:!])\s*",
                p,
                re.I,
            )
            if m and len(paragraphs) > 1:
                p = p[m.end() :]
                lines = [p] if p else []
            else:  # "hi heating in unit 14-07 has been off": a greeting with no comma
                # "hiii so i had…", "heyy ok so…": the greeting and the word that takes the floor
                bare = re.match(
                    r"^(?:hi+|hel+o+|he+y+|hiya)(?:\s+(?:there|team|all|guys))?[\s,!]+(?:(?:ok|okay|so|well)[\s,]+)*(?=[a-z])",
                    p,
                    re.I,
                )
                if bare:
                    p = p[bare.end() :]
                    lines = [p]
        subject = re.match(r"^(?:re|subject|regarding|fwd?)\s*:\s*[^,(\n]*[,(]?\s*", p, re.I)
        if subject:  # "Re: Disputed transfer, reference TRF-0092": the heading goes, its reference stays
            rest = p[subject.end() :].rstrip(")")
            lines = [rest] if _has_id(rest) else []
        for line in lines:
            line = _EN_FILLER_LEAD.sub("", line)
            if line and not _CONTACT.search(line):
                out.append(line)
    return out


_EN_RELATIVE = re.compile(r",\s*(?:who|whose)\b[^,;.!?]{1,40},")
_KEEP_COMMA = "\u2064"


# An aside between two dashes inside a sentence ("I told our server — a tall young man with glasses —
# that I have a shellfish allergy"): split at the dashes, the clause around it read as garbled.
_EN_DASH_ASIDE = re.compile(r"\s+[—–]\s+(?:[A-Za-z][^—–.!?\d]{0,50}?)\s+[—–]\s+(?=[a-z])")
# "He said, and I quote, "…"", "she told me (and I quote) …": how they report it, not a fact.
_EN_I_QUOTE = re.compile(
    r"\s*(?:,\s*|\(\s*)(?:and )?(?:I|we) quote(?: (?:him|her|them|directly|word for word))?\s*(?:,|\)|:)\s*"
    r"|\s*(?:,\s*)?(?:word for word|verbatim)\s*,\s*",
    re.IGNORECASE,
)


def _en_pieces(text: str, cues: RestateCues, im: bool = False) -> _Pieces:
    pieces = _Pieces()
    sentence = 0
    for line in _en_lines(_en_spell(_emoji_stops(_ARROW.sub(" to ", _desocial(text, "you"))), cues), im):
        line = _cut_injection(line, cues, _EN_SENTENCE)
        line = _EN_DASH_ASIDE.sub(" ", line)  # "I told our server — a tall young man — that…": the aside out
        line = _EN_I_QUOTE.sub(" ", line)  # "He said, and I quote, "…"": the quote, not the way it is reported
        pos = 0
        for m in [*_sentences(_EN_SENTENCE, line), None]:
            end = m.start() if m else len(line)
            chunk = line[pos:end].strip()
            mark = m.group() if m else ""
            pos = m.end() if m else len(line)
            if not chunk:
                continue
            # "Could you sort it today, and (as a make-good) could we have a late checkout?": two
            # requests, each a sentence of its own (never merged back into one ask)
            subs = _EN_SECOND_ASK.sub("\x00\\1", chunk).split("\x00")
            for k, sub in enumerate(subs):
                # "My daughter Amelia, who is 8, has a severe allergy": one clause, not three
                sub = _EN_RELATIVE.sub(lambda r: r.group().replace(",", _KEEP_COMMA), sub)
                parts = [p.strip() for p in _split_outside_quotes(_EN_CLAUSE, sub) if p and p.strip()]
                parts = [p.replace(_KEEP_COMMA, ",") for p in parts]
                for i, part in enumerate(parts):
                    question = i == len(parts) - 1 and ("?" in mark or k < len(subs) - 1)
                    pieces.clauses.append(_Clause(part, sentence=sentence, question=question))
                sentence += 1
    for clause in pieces.clauses:
        clause.kind = _en_kind(clause, cues)
        if clause.kind == "story" and _EN_AVAILABLE.match(clause.text):
            clause.kind = "noise"  # s10: "I'm in meetings all day": why not to call, never the problem
    _en_merge_conditions(pieces)
    _threats_go_on(pieces)
    _merge_follow_ons(pieces, ", ")
    return pieces


def _en_fold(text: str) -> str:
    return text.lower().replace("’", "'")


def _words(folded: str) -> str:
    return " " + " ".join(_EN_TOKEN.findall(folded.replace("’", "'"))) + " "


_EN_TOKEN = re.compile(r"[a-z0-9$€£¥']+")


@cache
def _word_alternation(phrases: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) or "(?!)"
    return re.compile(rf" (?:{body}) ")


def _has_word(words: str, phrases: list[str]) -> bool:
    """A cue on word boundaries in the space-joined words (" ... ")."""
    return _word_alternation(tuple(phrases)).search(words) is not None


@cache
def _starts(phrases: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:{body})(?: |$)")


_VERBISH = frozenset(
    [
        "is",
        "was",
        "are",
        "were",
        "has",
        "had",
        "have",
        "got",
        "came",
        "arrived",
        "paid",
        "charged",
        "ordered",
        "bought",
        "sent",
        "took",
        "booked",
        "called",
    ]
)


def _en_is_ref(text: str, cues: RestateCues) -> bool:
    """ "order 300-5581723", "account ending 4471", "FR 8142 today": a label, an id, little else."""
    words = _words(_en_fold(text)).split()
    if len(words) > 6 or not _has_id(text):
        return False
    joined = " ".join(words) + " "
    label = next((w for w in _labels()[1] if joined.startswith(w)), None)
    if label is None:  # "ride id TX-99812": a few words naming an id, and nothing else
        return len(words) <= 4 and _has_id(words[-1]) and not any(w in _VERBISH for w in words)
    rest = [w for w in joined[len(label) :].split() if not _has_id(w) and not w.isdigit()]
    # s12: "order #4471 never showed up": a negated or still-open predicate is what went wrong with
    # the order, a fact to restate, never a label to file away
    told = ("is", "was", "came", "has", "had", "arrived", "got", *_EN_NEGATED_PREDICATE)
    return len(rest) <= 3 and not any(w in told for w in rest)


_EN_NEGATED_PREDICATE = ("never", "not", "didn't", "didnt", "hasn't", "hasnt", "wasn't", "wasnt", "still", "won't")


def _en_disbelief(bare: str) -> bool:
    """ "library says i owe $23.50 in late fees??", "no mobile data since this morning??": a fact
    said in disbelief (a figure, or a statement of four words or more), not a jab."""
    return bool(re.search(r"\d", bare)) or len(bare.split()) >= 4


# "… or I port out / switch / cancel / take my business elsewhere": what they will do if not answered.
# Who is writing, said as a chat opens ("hi this is Hannah at 14 Larchwood Court"): never a fact to restate.
_EN_INTRO = re.compile(
    r"^(?:(?:hi|hello|hey)[, ]+)?(?i:this is|my name is|i'm|i am)\s+"
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|English|British|American)[a-z]*\b)"
    r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:\s(?:at|from|in|of|on)\s.*)?[.!]?$"
)
_EN_ULTIMATUM = re.compile(
    r"\bor (?:else )?(?:i|we)(?:'ll| will| am going to| are going to|'m going to)? "
    r"(?:port|switch|leave|cancel|close|take (?:my|our) (?:business|money)|move|walk|stop paying|go elsewhere)\b"
)


# A yes/no question that offers two answers ("is this a bug or did you remove it"): asked, not a jab.
_EN_YES_NO = re.compile(r"(?:is|are|was|were|do|does|did|has|have|can|could|will|would)\b", re.IGNORECASE)
_EN_EITHER_OR = re.compile(
    r"(?:is|are|was|were|do|does|did|has|have|can|will)\s+(?:this|that|it|there|you|u|the|my|your)\b.{3,80}\bor\b"
)


# "can housekeeping come", "could the engineer call me": a request to someone of ours.
_EN_CAN_THEY = re.compile(
    r"(?:can|could|will|would) (?:the |your |an? )?[a-z]+(?: [a-z]+)? (?:please )?"
    r"(?:come|send|call|ring|fix|clean|check|change|replace|bring|deliver|refund|sort|look|visit|help)\b"
)


# An adverb between who wants and the want ("I would just like an apology", "we really need"):
# still a request, read without it.
_EN_WANT_FILLER = re.compile(
    r"(?i)^((?:i|we)(?:'d| would|'ll| will| do)?) (?:just|only|simply|really|honestly|actually|genuinely|also|now) "
    r"(?=(?:like|want|need|expect|ask|request|appreciate)\b)"
)


# s13voice: what must be done, said of the thing or of us ("this needs to go to someone senior", "you
# should refund it"): a demand with no "please", never a fact; not their own need ("I need to work").
_EN_OUGHT = re.compile(
    r"(?:this|that|it|someone|somebody|you|you guys|your \w+|the \w+)\s+(?:\w+ly\s+)?"
    r"(?:needs? to|must|should|has to|have to|ought to)\b(?! have)"
)


def _en_kind(clause: _Clause, cues: RestateCues) -> str:
    e = cues.en
    folded = _en_fold(clause.text)
    words = _words(folded)
    bare = words.strip()
    joined = _starts(tuple(e.connectors)).match(bare)
    if joined and joined.end() < len(bare):
        bare = bare[joined.end() :]
    if not re.search(r"[a-z0-9]", folded) or HOLE in clause.text:
        return "noise"
    if _injected(folded, cues) or _is_profane(folded):
        return "noise"
    first = bare.split(" ", 1)[0]
    if first in e.condition and (_has_word(words, e.threat) or "i will" in bare or "i'll" in bare):
        return "condition"
    if _has_word(words, e.threat) and re.search(
        r"\b(?:will|'ll|going to|calling|contacting|sharing|posting|taking|filing|reporting|writing|report|file)\b",
        bare,
    ):
        return "threat"
    if _EN_INTRO.match(clause.text.strip()):
        return "noise"  # "this is Hannah at 14 Larchwood Court flat 3B": who writes, a signature; the frame says where
    if _EN_ULTIMATUM.search(bare):
        return "threat"  # "someone calls me today or i switch": an ultimatum, never our statement
    unquoted = _words(_QUOTED.sub("", _EN_OBVIOUS.sub(r"\1 ", folded)))
    if _has_word(unquoted, e.vent) or _has_word(unquoted, e.judgement):
        return "vent"
    if _has_word(unquoted, e.blame):
        return "blame"
    first = re.sub(r"'s$", "", first)  # "where's my £312"
    imperative = _starts(tuple(e.imperative)).match(bare + " ") is not None
    if first not in e.question and not imperative and _en_is_ref(clause.text, cues):
        return "ref"  # "refund me the 60p" asks; "ticket ref 4KT9" is a reference
    wanting = _EN_WANT_FILLER.sub(r"\1 ", bare)  # "i would just like", "we really need": i would like
    if _starts(tuple(e.ask_start)).match(wanting) or _starts(tuple(e.imperative)).match(bare + " "):
        return "ask"
    if (dont := _EN_DONT.match(bare)) and _starts(tuple(e.imperative)).match(bare[dont.end() :] + " "):
        return "ask"  # s9: "don't send me another survey": what not to do is asked, not a fact of ours
    if _EN_CAN_THEY.match(bare):
        return "ask"  # "can housekeeping come before 5pm": what they ask of us, mark or not
    if first == "when" and not clause.question and _EN_WHEN_THEN.match(clause.text.strip()):
        return "story"  # s9: "when i cut into the third one i found a piece of plastic": what happened then
    if first in e.question and (clause.question or len(bare.split()) <= 12):
        return "know"
    if _EN_EITHER_OR.match(bare):
        return "know"  # "is this a bug or did you remove it": a real question, mark or not
    if clause.question and re.match(r"(?:is|are|was|were|do|does|did|have|has|can|could|will|would|should)\b", bare):
        return "vent"
    if _EN_OUGHT.match(bare):
        return "vent"  # s13voice: "this needs to go to someone senior": their demand, in our voice our own line
    if clause.question and not _SUBJECT_START.match(clause.text) and not _en_disbelief(bare):
        return "vent"  # "seriously??": a jab; "the host said there was nothing in the system??" is a fact
    return "story"


def _en_merge_conditions(pieces: _Pieces) -> None:
    """ "Unless I receive X within 7 days, I will …": the condition is the ask, the rest a threat."""
    for i, clause in enumerate(pieces.clauses):
        if clause.kind == "condition":
            continue
        prev = pieces.clauses[i - 1] if i else None
        if (
            prev is not None
            and prev.sentence == clause.sentence
            and prev.kind == "story"
            and re.match(r"(?:if|unless)\b", prev.text, re.I)
            and (clause.kind == "threat" or re.match(r"(?:i|we)\b|i'll|we'll", clause.text, re.I))
        ):
            prev.kind = "condition"
            clause.kind = "threat"


_PAST = {
    "go": "went",
    "get": "got",
    "take": "took",
    "give": "gave",
    "send": "sent",
    "make": "made",
    "pay": "paid",
    "say": "said",
    "come": "came",
    "do": "did",
    "have": "had",
    "put": "put",
    "leave": "left",
    "keep": "kept",
    "tell": "told",
    "find": "found",
    "buy": "bought",
    "cost": "cost",
    "double": "doubled",
    "change": "changed",
    "increase": "increased",
    "rise": "rose",
    "charge": "charged",
    "happen": "happened",
    "cancel": "cancelled",
}


def _en_question(text: str) -> str | None:
    """ "why did my bill go up" -> "why your bill went up"; "where is my parcel" -> "where your parcel is"."""
    words = text.split()
    if len(words) < 3:
        return None
    wh, aux = words[0].lower(), words[1].lower()
    if aux in ("did",) and len(words) >= 4:
        # the first word after the subject that we know how to put in the past
        for j in range(3, len(words)):
            verb = words[j].lower()
            if verb in _PAST:
                return " ".join([wh, *words[2:j], _PAST[verb], *words[j + 1 :]])
        return None
    if wh in ("who", "what") and aux in ("is", "was") and len(words) <= 8:
        return " ".join(words)  # "who is responsible for this": the subject is the question word
    if aux in ("is", "was", "are", "were") and len(words) <= 6:
        rest = words[3:]
        at = next((j for j in range(3, len(words)) if re.search(r"(?:ing|ed)$", words[j])), None)
        if at is not None:  # "when is someone coming" -> "when someone is coming"
            return " ".join([wh, *words[2:at], aux, *words[at:]])
        if rest and re.search(r"(?:ing|ed)$", rest[0]) and words[2] in ("it", "he", "she", "they", "this", "that"):
            return " ".join([wh, words[2], aux, *rest])  # "when is it getting fixed" -> "when it is getting fixed"
        if words[2].lower() in ("it", "he", "she", "they", "this", "that", "we", "you") and len(words) > 3:
            return " ".join([wh, words[2], aux, *words[3:]])  # "why was it cut off" -> "why it was cut off"
        return " ".join([wh, *words[2:], aux])
    if aux in ("will", "would", "can", "could") and len(words) >= 4:
        return " ".join([wh, words[2], aux, *words[3:]])
    return None


def _en_tidy(text: str) -> str:
    text = text.strip().strip(" -—–:;,")
    if text[:1] in (")", "）"):  # "(before the deadline!!) but still got billed": the aside closed before it
        text = text[1:].lstrip(" ,;:")
    text = _EN_END_MARKS.sub("", text).strip()
    text = _SHOUTED_NOW.sub("now", text)
    text = _EN_ITS_IS.sub("it's ", text)  # "its a piece of plastic": it is
    # "its obviously plastic": it's plastic, a fact with their emphasis
    text = _EN_OBVIOUS.sub(lambda m: ("it's" if m.group(1).lower() == "its" else m.group(1)) + " ", text)
    text = _EN_FIGURE_AFTER_ASIDE.sub(r"\1, \2)", text)  # "(ref SC-208) $360 but…": (ref SC-208, $360)
    text = _EN_STILL_STATE.sub(r"\1 is still ", text)  # "workspace still locked after…": a state, said whole
    return _EN_EMPHASIS.sub("", text)  # their emphasis, not ours


# A bare noun, where it was, and a past verb ("barista at the canal st cafe rolled her eyes", "driver
# from your depot threw the parcel"): a subject with its article left out, not a fragment.
_EN_WHO_WHERE_DID = re.compile(
    r"[a-z]+ (?:at|in|from|on) (?:the |your |our |a )?(?:[a-z0-9'-]+ ){1,4}?"
    r"(?:[a-z]{3,}ed|was|were|said|told|gave|took|left|made|got|kept|threw|broke|hung|shouted|swore)\b"
)


# A bare sum typed after a bracketed reference, with no verb for it ("the coding course (ref SC-208)
# $360 but the class moved"): what the thing cost, said inside the brackets, never left hanging.
_EN_FIGURE_AFTER_ASIDE = re.compile(
    r"(\([^()]{1,40})\)\s+((?:[$£€¥]|HK\$|NT\$|RM|S\$|A\$)\s?\d[\d,]*(?:\.\d+)?)(?=\s+(?:but|and|so|which)\b|[,;])"
)


# "the workspace acme-design still locked after I paid": a chat line with its "is" left out; a
# past verb with an object after it ("the app still charged me") is a sentence already.
_EN_STILL_STATE = re.compile(
    r"^((?:(?:the|your|our|my) )?(?!(?:i|we|it|they|he|she|you|this|that|there|which|who)\b)"
    r"(?!.*\b(?:is|are|was|were|has|have|had)\b)[\w-]+(?: [\w-]+){0,2}?) still "
    r"(?=(?:[a-z]+ed|down|broken|missing|offline|stuck|closed)(?:$|[,.]| (?:after|since|despite|even|for|and|but|"
    r"although|though|when|until|from)\b))",
    re.IGNORECASE,
)


_EN_ITS_IS = re.compile(r"\bits (?=(?:a|an|not|still|been|literally|gone|broken|just|now|already|the same)\b)")


_EN_END_MARKS = re.compile(r"[?!]+$")
_SHOUTED_NOW = Gate(re.compile(r"(?<![\w'’])NOW(?![\w'’])"))
# Round s8. "obviously"/"clearly" before what a thing is ("it's obviously plastic", "was clearly used"):
# their emphasis on a fact, which stays; before a verdict ("obviously a scam") it is a judgement.
_EN_OBVIOUS = re.compile(
    r"\b(it's|its|it is|is|was|are|were|they're|looks|looked|seems|seemed) (?:so |very )?(?:obviously|clearly) "
    r"(?!(?:wrong|lying|a lie|a scam|fraud|a joke|ridiculous|not|your|negligent|incompetent|useless)\b)",
    re.IGNORECASE,
)
_EN_EMPHASIS = re.compile(r"\b(?:literally|actually|even) (?=\w)")


_WHEN = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|noon|midday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|\d{1,2}(?::\d\d)?\s?(?:am|pm)|"
    r"the end of (?:the |this |next )?(?:day|week|month))"
)
_EN_UNTIL = re.compile(
    r"\buntil\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|the end of (?:the )?(?:day|week|month))\b",
    re.IGNORECASE,
)
_EN_DEADLINE = re.compile(
    rf"\b(?:within \d+ (?:working |business )?(?:days?|hours?|weeks?)|(?:by|before) {_WHEN}(?: \d{{1,2}})?"
    r"|today|tomorrow|this week)\b",
    re.IGNORECASE,
)


# s9: a request not to do something ("don't send me another survey", "never call me at work"):
# said after "You'd like us to" as "not send you another survey", never "to don't send".
_EN_DONT = re.compile(r"(?:(?:please|pls|plz|kindly)\s+)?(?:don't|dont|don’t|do not|never)\s+", re.IGNORECASE)


# s9. "when" and a clause, then a second subject and its verb: a time and what happened then, not a
# question ("when i opened the box i found…").
_EN_WHEN_THEN = re.compile(
    r"^(when\s+(?:i|we|my|our|the)\b[^,;]{3,60}?)"
    # …never after a verb of saying or knowing ("when I told him I was allergic": what was told)
    r"(?<!\bsaid)(?<!\bsays)(?<!\bthat)(?<!\bknew)(?<!\bthought)(?<!\bnoticed)(?<!\brealised)(?<!\brealized)"
    r"(?<!\bheard)(?<!\btold \w{2})(?<!\btold \w{3})(?<!\btold)(?<!\basked)(?<!\bexplained)"
    r"\s(?=(?:i|we|there|they|he|she)\s+[a-z]+)",
    re.IGNORECASE,
)


# s9: a "do" request whose second or third word is a copula reads as a statement of theirs
# ("email is fine", "text messages are better"), not a verb for us to do.
_EN_TRAILING_JOIN = re.compile(r",?\s+(?:and|or|but|plus)$", re.IGNORECASE)
_EN_STATED = re.compile(r"^[A-Za-z-]+(?: [A-Za-z-]+)? (?:is|are|was|were|would be|works|'s)\b", re.IGNORECASE)


# s12. An ultimatum after the ask ("refund it within 14 days or you will proceed", "…, otherwise I'll
# go to the ombudsman"): their threat is no part of the request we say back.
_EN_ULTIMATUM = re.compile(
    r",?\s+(?:or|otherwise|or else|failing which|failing that)\s+(?:else\s+)?"
    r"(?:(?:i|we|you|they)\s*(?:will|'ll|’ll|shall|am going to|are going to|'m going to|would|intend)\b"
    r"|legal\b|court\b).*$",
    re.IGNORECASE,
)


def _en_ask(clause: _Clause, cues: RestateCues) -> Ask | None:
    ask = _en_ask_of(clause, cues)
    if ask is not None and (threat := _EN_ULTIMATUM.search(ask.text)) and threat.start() > 0:
        ask = ask.model_copy(update={"text": ask.text[: threat.start()]})
    if ask is not None and (tail := _EN_TRAILING_JOIN.search(ask.text)):
        ask = ask.model_copy(update={"text": ask.text[: tail.start()]})  # s9: "You'd like a refund and"
    if ask is not None and ask.kind in ("do", "want") and (run := _EN_ASK_RUN_ON.search(ask.text)):
        ask = ask.model_copy(update={"text": ask.text[: run.start("run")]})  # s10: "…again you did it 10x"
    if ask is not None and ask.kind == "do" and _EN_STATED.match(ask.text):
        return None  # "email is fine": a statement, never "You'd like us to email is fine"
    if ask is not None and ask.kind == "do" and (dont := _EN_DONT.match(ask.text)):
        return ask.model_copy(update={"text": "not " + ask.text[dont.end() :]})
    return ask


# s10. A second clause typed on after a request without a stop ("don't send the reboot msg again
# i did it 10x", "…morning slots i work nights"): what they did or do, never part of what we echo.
_EN_ASK_RUN_ON = re.compile(
    r"\b(?:again|slots?|times|calls|emails|messages|texts)(?P<run>\s+(?:you|i)\s+(?:already\s+)?(?:did|do|work|tried|have|had|was|were|am)\b.*)$",
    re.IGNORECASE,
)


_EN_POINTS_BACK = re.compile(r"(?:one|it|that|this|them|those|these|any|anything)\b(?!\s+(?:of|from)\b)", re.I)


def _en_ask_of(clause: _Clause, cues: RestateCues) -> Ask | None:
    e = cues.en
    text = _en_tidy(clause.text)
    lower = _en_fold(text)
    for connector in sorted(e.connectors, key=len, reverse=True):
        if lower.startswith(connector + " "):
            text, lower = text[len(connector) + 1 :], lower[len(connector) + 1 :]
            break
    if clause.kind == "condition":
        m = _EN_DEADLINE.search(text)
        m2 = re.match(r"(?:unless|if)\s+(?:I|we)\s+(?:don't\s+|do not\s+)?(?:receive|get|have|hear)\s+(.+)", text, re.I)
        # s11: "if I don't have one by then": "one" points back at a request already made;
        # saying it again is a fragment ("You'd like one by.")
        if m2 and m2.group(1) and not _EN_POINTS_BACK.match(m2.group(1)):
            wanted = re.split(r"\s+(?:I'm|I am|I will|I'll|we will|we'll|then)\b", m2.group(1), maxsplit=1, flags=re.I)[
                0
            ]
            return Ask(kind="want", text="you'd like " + shift_en(wanted.strip(" ,")))
        return Ask(kind="deadline", text=m.group()) if m else None
    if clause.kind == "know":
        turned = _en_question(lower)
        if turned:
            return Ask(kind="know", text=shift_en(turned))
        if (
            clause.question
            or re.match(r"\w+'s\b", lower)
            or find_amounts(lower, 0, len(lower))
            or _EN_EITHER_OR.match(lower)
        ):
            # Not to be repeated, but what it asks about still counts ("where's my £312").
            return Ask(kind="know", text=shift_en(text), echo=False)
        return None  # "When I got home": a time, not a question
    may = re.match(
        r"(?:can|could|may)\s+(?:i|we)\s+(?:at least\s+|please\s+)?(?:get|have|please get|please have)\s+(.+)$", lower
    )
    if may:
        return Ask(kind="want", text="you'd like " + shift_en(text[may.start(1) :]))
    know = re.match(r"(?:i|we)(?: would|'d)? (?:want|like|need) to (?:know|understand|find out) (.+)$", lower)
    if know:
        return Ask(kind="know", text=shift_en(text[know.start(1) :]))
    for starter in (
        "please",
        "kindly",
        "can you please",
        "could you please",
        "can you",
        "could you",
        "would you",
        "will you",
        "you must",
        "you need to",
        "you have to",
        "you should",
    ):
        if lower.startswith(starter + " "):
            rest = text[len(starter) + 1 :]
            rest = re.sub(r"^(?:please|kindly)\s+", "", rest, flags=re.I)
            # s11: "please can you process the refund": the request is what follows "can you"
            # (never "You'd like us to can us process")
            rest = re.sub(r"^(?:can|could|would|will)\s+you\s+(?:please\s+|kindly\s+)?", "", rest, flags=re.I)
            rest = re.sub(r"\s+(?:please|pls|plz)$", "", rest, flags=re.I)
            return Ask(kind="do", text=shift_en(rest)) if rest else None
    if re.match(r"(?:can|could) someone\b", lower):
        return Ask(kind="do", text="have someone " + shift_en(text.split(" ", 2)[2]))
    if them := _EN_CAN_THEY.match(lower):  # "can housekeeping come before 5pm today"
        rest = re.sub(r"^(?:can|could|will|would)\s+", "", text, flags=re.I)
        return Ask(kind="do", text="have " + shift_en(rest[0].lower() + rest[1:])) if them else None
    if re.match(r"(?:i|we)\b|(?:i|we)'", lower):
        text = (
            _EN_WANT_FILLER.sub(r"\1 ", text) if _EN_WANT_FILLER.match(lower) else text
        )  # "you'd like", not "just like"
        # "I'd appreciate an apology": said back as "you'd like" (appreciate reads as our thanks)
        text = re.sub(r"\b(would|'d)( really)? appreciate\b", r"\1 like", text, flags=re.I)
        return Ask(kind="want", text=shift_en(text))
    if re.match(r"(?:want|need)\b", lower):
        return Ask(kind="want", text="you " + shift_en(text))
    if re.match(r"(?:let me know|tell me)\b", lower):
        return Ask(kind="do", text=shift_en(text))
    text = re.sub(r"\s+(?:please|pls|plz)$", "", text, flags=re.I)
    return Ask(kind="do", text=shift_en(text[0].lower() + text[1:]))


_EN_VERBISH = re.compile(
    r"^(?:is|was|are|were|has|hasn't|have|haven't|had|does|doesn't|did|didn't|won't|can't|isn't|wasn't|still|keeps|kept|never|"
    r"just|arrived|came|took|got|went|shows|showed|says|said|keeps|broke|stopped|[a-z]+ed)$"
)
# A fragment led by one of these nouns is the customer's own: "order 77 never arrived" -> "your order".
_EN_OWN = frozenset(
    {
        *("order", "parcel", "package", "delivery", "refund", "booking", "reservation", "bill", "account", "card"),
        *(
            "flight",
            "claim",
            "policy",
            "payment",
            "subscription",
            "phone",
            "laptop",
            "car",
            "application",
            "appointment",
        ),
    }
)
_EN_ORDINAL = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth)\s+(?:day|week|month|night|time|hour)\b", re.I
)
_EN_FUNCTION = frozenset(
    {
        *("now", "then", "today", "tonight", "yesterday", "later", "since", "earlier", "afterwards"),
        "not",
        "no",
        "so",
        "very",
        "too",
        "just",
        "more",
        "most",
        "less",
        "all",
        "some",
        "any",
        "y'all",
        "yall",
        "if",
        "as",
        # round s8: a pronoun of choice ("either is fine") takes no article: never "the either is fine"
        *("either", "neither", "each", "both", "none", "whichever", "whatever"),
    }
)
# "Dec 3–5, was cancelled": a date, neither "the dec" nor lower case
_EN_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d"
_EN_PASSIVE_YOU = frozenset(
    {"booked", "told", "charged", "promised", "asked", "given", "sent", "scheduled", "supposed", "billed", "offered"}
)
# A question word leading a clause: a question, with or without its mark.
_EN_QUESTION = frozenset({"how", "why", "what", "when", "where", "who", "whats", "what's", "hows", "how's"})
# An adverb leading a chat clause whose subject was dropped ("still says pending").
_EN_LEAD_ADVERB = frozenset({"still", "never", "always", "now"})
# What a person is still doing ("still waiting on it") and what a thing still is ("still pending").
_EN_PERSON_ING = frozenset(
    {"waiting", "trying", "paying", "chasing", "hoping", "calling", "getting", "sitting", "standing"}
)
_EN_IT_STATES = frozenset(
    {"pending", "missing", "broken", "down", "processing", "unpaid", "unresolved", "showing", "not"}
)
# Third-person verbs a thing does ("it still says", "it never loads").
_EN_IT_VERBS = frozenset(
    {"says", "shows", "reads", "displays", "loads", "works", "hasn't", "isn't", "doesn't", "won't", "is", "has"}
)
# A finite verb: a clause holding one is a sentence, not "no …" alone.
_EN_FINITE = frozenset(
    {"is", "was", "are", "were", "has", "have", "had", "does", "did", "do", "will", "can", "came", "arrived", "got"}
)
# Round s8. Words that make "no …" an answer or an instruction, not a noun phrase: "no it wasn't",
# "no phone calls, message me here" (never "there has been no it wasn't").
_EN_NO_CLAUSE = frozenset(
    {"i", "me", "it", "we", "us", "you", "they", "them", "he", "she", "him", "please", "pls", "plz"}
)
_EN_BEING = frozenset({"stuck", "stranded", "locked", "waiting", "sitting", "standing", "trapped", "left"})


def _en_caps(text: str, cues: RestateCues) -> str:
    """Shouted words in lower case when repeated ("well done AND cold"); acronyms stay."""
    lower = set(cues.en.lower_caps)
    return re.sub(
        r"(?<![\w-])[A-Z]{2,}(?![\w-])", lambda m: m.group().lower() if m.group().lower() in lower else m.group(), text
    )


# Names the customer writes with a capital inside a sentence ("dropped Biscuit at", "my dog
# Biscuit"): at the start of a sentence they are still names, never "the biscuit".
_NAMES: ContextVar[frozenset[str]] = ContextVar("_NAMES", default=frozenset())
_EN_MID_CAP = re.compile(r"(?<=[a-z,(] )([A-Z][a-z]{2,})\b")


def _en_names(text: str) -> frozenset[str]:
    return frozenset(m.group(1) for m in _EN_MID_CAP.finditer(text))


# "You … and was late": the subject is "you", its verb said so.
_EN_AND_WAS = re.compile(r"^((?:you|You)\b[^,;.]*?\band) was\b")
# A chat clause that drops "has": "internet been down since tuesday" -> "your internet has been down".
# A chat line that opens on what was done to their money, with no one named ("charged twice
# again", "billed £40 for a month I cancelled"): said as done to them.
_EN_BILLED = frozenset({"charged", "billed", "overcharged", "undercharged", "debited", "invoiced", "fined"})
_EN_NOUN_BEEN = re.compile(r"^(?!(?:i|you|we|they|he|she|it|this|that|there)\b)([a-z]+) been\b", re.IGNORECASE)
_EN_YOURS = {
    w: "my"  # the customer's own (turned to "your" with the rest of the clause)
    for w in (
        "internet",
        "wifi",
        "broadband",
        "power",
        "phone",
        "heating",
        "water",
        "card",
        "account",
        "service",
        "line",
    )
}
# Praise that means the opposite, before the fact it mocks ("love how the update deleted…",
# "great that the app logs me out"): the fact is kept, the jab left out.
_EN_SARCASTIC_LEAD = re.compile(
    r"^(?:i\s+|we\s+)?(?:just\s+)?(?:love|loved|great|nice|lovely|brilliant|fantastic|amazing|so glad)"
    r"\s+(?:how|that)\s+(?=\S+\s+\S+)",
    re.IGNORECASE,
)


@cache
def _lead_stance(words: tuple[str, ...]) -> re.Pattern[str]:
    """Words that only take the floor ("honestly", "ok so"), leading a clause."""
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"^(?:(?:{body})\b[,:]?\s+)+(?=\w)", re.IGNORECASE)


# A count typed without its verb: "only 2 of the 3 phone cases in the box" (were in the box),
# "should be 5 shirts only 4 in the bag" (there should be 5 shirts, but only 4 in the bag).
_EN_ONLY_IN = re.compile(
    r"^(only (\d+)(?: (?:of|out of) (?:the )?\d+)?(?: [a-z-]+){0,3}) ((?:in|inside|on|at) (?:the|my|your|our)\b.*)$",
    re.IGNORECASE,
)
_EN_SHOULD_BE = re.compile(
    r"^(?:there )?should (?:be|have been) (\d+(?: [a-z-]+){1,3}),? (?:but )?only (\d+) "
    r"((?:in|inside|on|at) (?:the|my|your|our)\b.*)$",
    re.IGNORECASE,
)
# A chat line opening on what is missing ("missing the blue one", "missing 2 shirts").
# A link between sentences typed as a clause of its own ("On top of that, the co-pay was charged
# twice"): left out, or the sentence it opens reads as "On top of that, …" in our voice.
_EN_LINK_ONLY = re.compile(
    r"(?:on top of (?:that|this|it)|in addition|what's more|what is more|besides(?: that)?"
    r"|to make (?:it|things|matters) worse|worse still|and also|not only that|plus|also|and then|then|anyway|anyways)"
)
_EN_REPORTED = frozenset({"what", "why", "how", "whether", "if", "when", "where", "that", "who"})
_EN_MISSING_LEAD = re.compile(
    r"^(still\s+|also\s+)?missing\s+((?:the|my|a|an|one|two|three|both|\d+)\b.{2,60})$", re.IGNORECASE
)
# A charge typed without its subject ("still got charged $6 refuelling fee"): said as what was
# done to them, with its article ("you were still charged a $6 refuelling fee").
_EN_GOT_DONE = re.compile(
    r"^(?:(still|also|then|just|again|now)\s+)?(?:got|been|was|were)\s+"
    r"(charged|billed|overcharged|double[- ]charged|fined|refused|denied|told|sent|given|cut off|disconnected|ignored)"
    r"\b\s*(.*)$",
    re.IGNORECASE,
)
_EN_BARE_FEE = re.compile(
    r"^((?:[$£€]|HK\$|NT\$|A\$|C\$)\d[\d,.]*\s+(?:[a-z-]+\s+){0,2}(?:fee|charge|surcharge|penalty))\b"
)
# A service typed as down with no verb ("internet down AGAIN since 7am", "power out for 2 days").
_EN_DOWN = re.compile(
    r"^(?:the\s+|my\s+|our\s+)?((?:internet|wifi|wi-fi|broadband|power|electricity|water|gas|heating|hot water"
    r"|phone line|line|signal|network|service|app|website|site|system|lift|elevator|tv|landline|connection)"
    r"(?:\s(?!been|is|was|has|have|had|are|were|went|goes|keeps)[a-z]+)?)\s+"
    r"(down|out|off|offline)((?:\s+again)?\s+(?:since|for|all)\b.*)$",
    re.IGNORECASE,
)
# A thing and what was not done to it, typed without a verb ("room not cleaned yesterday"):
# "the room was not cleaned yesterday".
_EN_NOT_DONE = re.compile(
    r"^(?:the\s+|my\s+|our\s+)?((?!i\b|you\b|we\b|it\b|they\b|he\b|she\b|this\b|that\b)[a-z]+"
    # s9: never an auxiliary as the thing's second word ("the instructor has not shown up" has
    # its verb; "the instructor has were not shown" was the result)
    r"(?:\s(?!(?:has|have|had|is|are|was|were|do|does|did|will|would|can|could|should|may|might|must)\b)[a-z]+)?)\s+"
    r"(not|never)\s+([a-z]+(?:ed|en|wn|ne))\b(.*)$",
    re.IGNORECASE,
)


_EN_AND_MISSING = re.compile(
    r"(\band (?:the|my|our|your) [a-z][a-z -]{1,30}?) missing\b(?!\s+(?:from|in))", re.IGNORECASE
)


def _was_missing(m: re.Match[str]) -> str:
    noun = m.group(1)
    many = noun.endswith("s") and not noun.endswith("ss")
    return f"{noun} {'were' if many else 'was'} missing"


# Round 10bb. A delivery's arrival told without its subject ("arrived stone cold", "came with no
# sauce"): the order arrived; arriving somewhere ("arrived at the hotel") is the customer's.
_EN_ARRIVED = frozenset({"arrived", "came", "turned", "showed"})
_EN_ARRIVED_WHERE = frozenset(
    {"at", "to", "in", "into", "on", "back", "home", "here", "there", "across", "around", "over", "down", "off", "out"}
)


# Round 10bb. What they filed, told with its participle and when ("claim HC-77 for my screen
# submitted 3 wks ago", "refund request raised on 2 May"): "your claim … was submitted …".
_EN_FILED_AGO = re.compile(
    r"^(?:my\s+|our\s+|the\s+)?((?:claim|order|request|application|complaint|ticket|case|return|refund|refund request"
    r"|report|form|appeal|dispute)\b[^,;]{0,60}?)(?:\s+(?:was|were|got|has been|had been|have been))?"
    r"\s+(submitted|filed|lodged|placed|raised|opened|made|sent)\s+"
    r"((?:(?:\S+\s+){1,3}ago|on\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+|on\s+[A-Za-z]+\s+\d{1,2}(?:st|nd|rd|th)?|on\s+\w+day"
    r"|last\s+\w+|yesterday|in\s+\w+|by\s+(?:the|my|our)\s+\w+)(?:\s+(?:about|for|regarding|re)\s+[^,;]{1,40})?)$",
    re.IGNORECASE,
)
# Round 10bb. A wait told without its verb ("two hours for a pizza", "45 mins for a coffee"): chat
# for "you waited two hours for your pizza"; the duration is the fact.
_EN_WAIT_FOR = re.compile(
    r"^((?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|ninety)"
    r"\s?(?:minutes?|mins?|hours?|hrs?))\s+for\s+(?:a|an|the|my|our)\s+([a-z][a-z -]{1,30}?)\s*$",
    re.IGNORECASE,
)


_EN_WONT = frozenset(
    {"won't", "wont", "can't", "cant", "cannot", "doesn't", "doesnt", "didn't", "didnt", "isn't", "isnt", "wasn't"}
    | {"aren't", "weren't", "stopped", "failed", "broke", "jammed", "keeps"}
)


# s14. "no" and a missing thing, then a clause of its own ("no fries at all and they sent a chicken
# burger instead"): the missing thing said with its verb, the clause after it kept.
_EN_NONE_AND = re.compile(
    r"^no (?P<thing>(?:[a-z-]+ ){0,2}?[a-z-]+)(?P<tail> at all)?(?= (?:and|but) (?:they|he|she|it|we|i|the|you)\b)",
    re.IGNORECASE,
)


def _en_verb_in(phrase: str) -> bool:
    """Whether a finite or past verb follows the first word ("manager came over", "one showed up")."""
    return any(w in _EN_FINITE or (w.endswith("ed") and len(w) > 4) for w in phrase.lower().split()[1:])


# s14. "nothing" and where ("nothing here", "nothing in the bin area either"): a search that found
# nothing, said with its verb.
_EN_NOTHING_AT = re.compile(r"^nothing\s+((?:here|there|in|at|on|inside|under|behind|outside|by)\b[^,;]*)$", re.I)
# s14. A move they have planned, typed without its subject ("checking out sunday", "flying home
# tomorrow"): when they leave is what a fix must beat, said as theirs; a bare clause this short was
# dropped as too slight (its day lost).
_EN_PLAN = re.compile(
    r"^(?:(?:and|but|so|also)\s+)?(?P<verb>leaving|flying|travell?ing|moving|going|arriving|departing|returning|heading"
    r"|checking(?= (?:out|in)\b))(?P<part> (?:out|in|off|back|home|away))?\s+(?:on\s+)?"
    r"(?P<when>(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|(?:this|next) (?:week|weekend|month"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\W*$",
    re.IGNORECASE,
)
# s14. A thing, then "no" and what it has gone without since when ("room 1512 no hot water since last
# night", "kitchen no power for 3 hours"): a heading typed in chat, said as a sentence with its verb.
_EN_HAS_NO = re.compile(
    r"^(?P<thing>[A-Za-z]+(?: [A-Za-z]*\d+[A-Za-z]?)?) no (?P<what>[a-z]+(?: [a-z]+)?) "
    r"(?P<when>(?:since|for) [^,;]+)$",
    re.IGNORECASE,
)
_EN_NOT_A_THING = frozenset(
    {"i", "you", "we", "they", "he", "she", "it", "there", "that", "this", "and", "but", "so", "still", "yet"}
)


# s14. A clause that opens on a whole remark in quotes, no speaker named ('"someone is coming" nobody
# came'): what they were told, then what happened; the remark has no place in our sentence.
_EN_QUOTE_LEAD = re.compile(r'^\s*(?:"[^"\n]{1,80}"|“[^”\n]{1,80}”)\s*[,;:]?\s*(?=[A-Za-z])')


# s14: a turn to a second matter ("while I'm here:", "while I'm at it,", "unrelated, but"): the matter
# is said, the turn is not (said back it read "While you're there: the gym bag…", trainers c34b-014).
_EN_ASIDE_LEAD = re.compile(
    r"^(?:(?:unrelated|separately|also|oh)\s*,?\s*)?(?:but\s+|and\s+)?"
    r"while (?:i['’]m|i am|im|we['’]re) (?:here|there|at it)\s*[:,—–-]\s*",
    re.IGNORECASE,
)


# A clause that reports what someone said ("the girl at the desk said that was it"), its last words.
_EN_SAID_LAST = re.compile(
    r"\b(?:said|told (?:me|us|you)|assured (?:me|us|you)|promised|confirmed)\b(?:\s+(?:that\s+)?\S+){0,4}$"
)


def _en_story(clause: _Clause, cues: RestateCues, first_of_sentence: bool = True) -> tuple[str, bool]:
    """The clause in our voice, and whether it is a fragment with no subject we could supply:
    "returned the rug" -> "you returned the rug", "parcel arrived crushed" -> "the parcel arrived
    crushed", "came out cold" (after another clause) -> "it came out cold"."""
    text = _en_caps(_en_tidy(clause.text), cues)
    if (remark := _EN_QUOTE_LEAD.match(text)) and len(text[remark.end() :].split()) >= 2:
        text = text[remark.end() :]  # s14: '"someone is coming" nobody came': nobody came (never 'the "someone…')
    text = _lead_stance(tuple(cues.en.lead_stance)).sub("", text)  # "honestly this is…": not "the this"
    text = _EN_ASIDE_LEAD.sub("", text)  # s14: "while I'm here: the gym bag…" (never "While you're there:")
    text = _EN_ONLY_IN.sub(lambda m: f"{m.group(1)} {'was' if m.group(2) == '1' else 'were'} {m.group(3)}", text)
    text = _EN_SHOULD_BE.sub(r"there should be \1, but only \2 were \3", text)
    text = _EN_AND_MISSING.sub(_was_missing, text)  # "… and the garlic bread missing": its "was" said
    if filed := _EN_FILED_AGO.match(text):  # "claim HC-77 for my screen submitted 3 wks ago": it was submitted
        return f"your {shift_en(filed.group(1))} was {filed.group(2).lower()} {shift_en(filed.group(3))}", False
    if waited := _EN_WAIT_FOR.match(text):  # "two hours for a pizza": how long they waited, said so
        return f"you waited {waited.group(1).lower()} for your {waited.group(2)}", False
    missing = _EN_MISSING_LEAD.match(text)
    if missing:  # "missing the light blue oxford one": the light blue oxford one is missing
        thing = missing.group(2)
        many = re.match(r"(?:\d+|two|three|four|five|both|all)\b", thing, re.I) or thing.endswith("s")
        still = (missing.group(1) or "").strip().lower()
        text = f"{thing} {'are' if many else 'is'} {still + ' ' if still else ''}missing"
    if out := _EN_DOWN.match(text):  # "internet down AGAIN since 7am": the internet has been down again since 7am
        thing = out.group(1)
        article = "your" if thing.split()[0].lower() in _EN_OWN else "the"
        verb = "have" if thing.endswith("s") and not thing.endswith("ss") else "has"
        return f"{article} {thing} {verb} been {out.group(2).lower()} " + shift_en(out.group(3).strip()), False
    if (none_and := _EN_NONE_AND.match(text)) and not _en_verb_in(none_and.group("thing")):
        # s14: "no fries at all and they sent a chicken burger…": there were no fries at all, and they sent…
        # (not "no manager came over and…": a verb in it makes it a clause already, said as it is)
        thing = none_and.group("thing")
        many = thing.endswith("s") and not thing.endswith("ss")
        rest = shift_en(text[none_and.end() :].lstrip())
        return f"there {'were' if many else 'was'} no {thing}{none_and.group('tail') or ''}, {rest}", False
    if (none := _EN_NOTHING_AT.match(text)) and not any(w in _EN_FINITE for w in text.lower().split()):
        # s14: "nothing here", "nothing in the bin area either": there was nothing there (never "that nothing there")
        where = re.sub(r"^here\b", "there", none.group(1), flags=re.I)  # their "here" is "there" in our voice
        return "there was nothing " + shift_en(where), False
    if plan := _EN_PLAN.match(text):  # s14: "checking out sunday": you're checking out on Sunday
        when = plan.group("when")
        when = re.sub(r"\w+day\b", lambda d: d.group().capitalize(), when.lower())  # "sunday": Sunday
        when = "on " + when if " " not in when and when.endswith("day") else when
        return f"you're {plan.group('verb').lower()}{(plan.group('part') or '').lower()} {when}", False
    if (bare := _EN_HAS_NO.match(text)) and bare.group("thing").split()[0].lower() not in _EN_NOT_A_THING:
        # s14: "room 1512 no hot water since last night": your room 1512 has had no hot water since last night
        thing = bare.group("thing")
        own = re.search(r"\d", thing) or thing.split()[0].lower() in _EN_OWN
        many = not re.search(r"\d", thing) and thing.endswith("s") and not thing.endswith("ss")
        head = f"{'your' if own else 'the'} {thing} {'have' if many else 'has'} had no {bare.group('what')}"
        return f"{head} {shift_en(bare.group('when'))}", False
    if done := _EN_GOT_DONE.match(text):  # "still got charged $6 refuelling fee"
        adverb, verb, rest = done.group(1), done.group(2).lower(), done.group(3)
        rest = _EN_BARE_FEE.sub(r"a \1", rest)
        said = " ".join(w for w in ("you were", adverb and adverb.lower(), verb, shift_en(rest) if rest else "") if w)
        return said, False
    if (undone := _EN_NOT_DONE.match(text)) and undone.group(1).lower() not in cues.en.subjectless:
        thing = undone.group(1)  # "room not cleaned yesterday": the room was not cleaned yesterday
        many = thing.endswith("s") and not thing.endswith("ss")
        article = "your" if thing.split()[0].lower() in _EN_OWN else "the"
        rest = shift_en(undone.group(4)) if undone.group(4).strip() else ""
        return f"{article} {thing} {'were' if many else 'was'} {undone.group(2).lower()} {undone.group(3)}{rest}", False
    text = _EN_SARCASTIC_LEAD.sub("", text)  # "love how the 4.2 update deleted…": the fact, not the jab
    text = _EN_NOUN_BEEN.sub(lambda m: f"{_EN_YOURS.get(m.group(1).lower(), 'the')} {m.group(1)} has been", text)
    joined = re.match(r"(?:and|but|so|then|and then|plus|yet|also)\s+", text, re.I)  # s9: "also my stamps…"
    if joined and first_of_sentence:  # what it joined was left out: "and I've unplugged it"
        text = text[joined.end() :]
        if _EN_GOT_DONE.match(text):  # "(…!!) but still got billed $1,240": you were still billed
            return _en_story(_Clause(text, kind=clause.kind), cues, True)
    elif joined:
        rest, _ = _en_story(_Clause(text[joined.end() :], kind=clause.kind), cues, False)
        if rest and not re.match(r"(?:I|I'm|I've|I'd|I'll)\b|[A-Z]{2,}|[A-Z][a-z]*[A-Z0-9]", rest):
            rest = rest[0].lower() + rest[1:]
        return (joined.group() + rest if rest else ""), False
    if then := _EN_WHEN_THEN.match(text):
        # s9: "When I cut into the third one I found …": what happened, its time set off by a comma
        text = f"{then.group(1)}, {text[then.end(1) :].lstrip()}"
    lower = text.lower()
    words = lower.split()
    first = words[0] if words else ""
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return "", True  # a quote cut in half: not repeated
    if len(words) == 1 or _EN_LINK_ONLY.fullmatch(lower.rstrip(".,;: ")):
        return "", True  # "Today.", "On top of that": nothing to restate
    # "nearly swallowed it": you nearly swallowed it, never "the nearly swallowed it"
    adverb = re.match(r"(?:just|already|also|then|only|finally|even|nearly|almost|accidentally)\s+(\w+)", lower)
    if adverb and (adverb.group(1) in cues.en.subjectless or _EN_VERBISH.match(adverb.group(1))):
        return "you " + shift_en(text[0].lower() + text[1:]), False  # "just got a text": you just got a text
    if first in ("was", "were") and len(words) > 1 and words[1] in _EN_PASSIVE_YOU:
        return "you were " + shift_en(text.split(None, 1)[1]), False  # "was booked in for my scan"
    if lower.startswith(("was told", "were told")):
        return "you " + ("were" + lower[3:] if lower.startswith("was") else lower), False
    if first in _EN_BEING:
        return "you're " + shift_en(text[0].lower() + text[1:]), False
    if first in _EN_ARRIVED and (len(words) < 2 or words[1] not in _EN_ARRIVED_WHERE):
        # "order 88-ZK-221, arrived stone cold": what arrived is the order, never "your arrived"
        return "your order " + shift_en(text[0].lower() + text[1:]), False
    if first in cues.en.subjectless:
        nxt = words[1] if len(words) > 1 else ""
        turned = shift_en(text[0].lower() + text[1:])
        if first == "been":
            return "you've " + turned, False
        if nxt in ("me", "us") and first in ("charged", "billed", "sent", "gave", "told", "moved", "got"):
            return "we " + turned, False
        if first in _EN_BILLED:  # "charged twice AGAIN for my plan": it was done to them, not by them
            return "you were " + turned, False
        return "you " + turned, False
    if first in ("today", "yesterday", "tonight", "earlier") and len(words) > 2 and words[1] in cues.en.subjectless:
        # "today went to your branch": today you went to our branch
        return f"{text.split(None, 1)[0].lower()} you " + shift_en(text.split(None, 1)[1]), False
    if not first_of_sentence and first in cues.en.it_verbs:
        return "it " + shift_en(text[0].lower() + text[1:]), False
    if _SUBJECT_START.match(text) or first in ("which", "who", "whose", "where", "while", "although", "though"):
        return shift_en(text), False
    if _EN_ORDINAL.match(text):
        return "it's the " + shift_en(text[0].lower() + text[1:]), False
    proper = (
        text.split(None, 1)[0] in _NAMES.get()
        or bool(re.match(r"[A-Z][a-z]*[A-Z0-9]|[A-Z]{2,}|" + _EN_MONTH_DAY, text))
        or bool(re.match(r"[\d.]+$", words[1] if len(words) > 1 else ""))
    )
    verbish = len(words) >= 3 and (
        _EN_VERBISH.match(words[1]) is not None
        or (words[2] in ("is", "was", "are", "were", "has", "hasn't", "have", "haven't", "keeps", "still", "never"))
        # round s8: "front brake wasn't reconnected properly": the front brake, never left out
        or (words[2] in ("wasn't", "isn't", "weren't", "aren't", "didn't", "doesn't", "won't", "can't"))
        # "locker 14 won't open", "gate 3 doesn't lift": a numbered thing and what it won't do
        or (words[2] in _EN_WONT and re.fullmatch(r"[a-z]?\d+[a-z]?", words[1]) is not None)
    )
    if first in _EN_QUESTION:
        return "", True  # "how did this happen": answered, never restated as "the how did …"
    if first.endswith("ing") and len(words) > 1 and words[1] in _EN_REPORTED:
        return "", True  # "(reply in writing,) confirming what was wrong": a request's tail, not "the confirming …"
    if first in _EN_LEAD_ADVERB and len(words) >= 3:
        # "still says PENDING" -> "it still says pending"; "still waiting on it" -> "you're still
        # waiting on it"; anything else has no subject we can tell
        if words[1] in _EN_BEING or words[1] in _EN_PERSON_ING:
            return "you're " + shift_en(text[0].lower() + text[1:]), False
        if words[1] in _EN_BILLED:  # s14: "…, still charged $14.99 on the 10th": you were still charged
            return "you were " + shift_en(text[0].lower() + text[1:]), False
        if words[1].strip("'\"‘’“”") in _EN_IT_STATES:  # "still 'pending docs'": the status as they quote it
            return "it's " + shift_en(text[0].lower() + text[1:]), False  # "still pending": it's still pending
        if words[1] in _EN_IT_VERBS:
            return "it " + shift_en(text[0].lower() + text[1:]), False
        return "", True
    if (
        first == "no"
        and len(words) >= 3
        and not any(w in _EN_FINITE or w in _EN_NO_CLAUSE or w.endswith(("n't", "n’t")) for w in words)
        and words[1] not in ("one", "body")
    ):
        return "there has been " + shift_en(text[0].lower() + text[1:]), False  # "no hot water for 2 days"
    if verbish and first not in _EN_FUNCTION:
        if proper:  # "InDesign 13.0 is exporting": a name, no article
            return shift_en(text), False
        article = "your" if first in _EN_OWN else "the"
        return f"{article} " + shift_en(text[0].lower() + text[1:]), False
    if not first_of_sentence and re.search(r"\d", lower):
        return shift_en(text), False  # "…, still no refund of $149": a fact that goes on the sentence before
    if len(words) <= 5 and not re.search(r"\b(?:is|was|are|were|has|have|had)\b", lower):
        return "", True  # "$212.45 gone", "Bins overflowing": too slight to restate
    if not proper and first not in _EN_FUNCTION and _EN_WHO_WHERE_DID.match(lower):
        # "barista at the canal st cafe rolled her eyes": the one who did it, where, then the verb
        return ("your " if first in _EN_OWN else "the ") + shift_en(text[0].lower() + text[1:]), False
    return shift_en(text), True


# A clause holding a figure or a name past its first word ("88 Queens Road", "Harbour View
# Tower B"); a greeting or a sign-off ("Dear team", "Hi Sarah", "Thanks, Tom") is none.
# s14. A label, its id and when ("trip RT-9F2K1 last night", "order #A-5521 on Monday"): a heading.
_EN_ID_HEADING = re.compile(
    r"^\s*[A-Za-z]+(?:\s+(?:no\.?|number|id|#))?\s*[:#]?\s*(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{3,}"
    r"(?:\s+(?:last|this|yesterday|today|on)\b[^,;]{0,20})?\s*$",
    re.IGNORECASE,
)
_EN_NAMED = re.compile(
    r"^(?!\s*(?i:dear|hi|hello|hey|thanks|thank|regards|best|cheers|sent|kind|many|yours)\b)(?:.*\d|.*\s[A-Z][a-z]+\b)"
)


# A request that asks for nothing in particular ("please do the needful", "do something about
# it", "take the necessary action"): answered by what we do, never echoed as "You'd like us to
# do the needful" (trainers: parroted).
_EN_VACUOUS_ASK = re.compile(
    r"(?i)(?:just |kindly |please )?(?:do the needful|do (?:something|anything) about (?:it|this|that)"
    r"|take (?:the )?(?:necessary|needful|appropriate|required) (?:action|steps)(?: at the earliest)?"
    r"|do what(?:ever)? (?:is|'s) (?:needed|necessary|required)|do your job|help (?:me|us)(?: out)?"
    r"|sort (?:it|this|that) out|look into (?:it|this|that)|deal with (?:it|this|that))"
    r"(?: (?:asap|as soon as possible|urgently|at the earliest|immediately|please|pls|thanks))?"
)


# s11. A thing named first and then what went wrong with it, typed as two clauses ("the gym bag i
# bought at your front desk last week, the zip broke on day 2"): the thing is a noun with a clause
# of its own ("you bought"), never a sentence, so said back it is garbled. Put together: "the zip of
# the gym bag you bought … broke on day 2"; "…, it broke" -> "the gym bag you bought … broke".
_EN_TOPIC = re.compile(
    r"^(?P<topic>(?:the|your|our|this|that) (?:[\w'-]+ ){0,3}?[\w'-]+ (?:that |which )?(?:you|we|they) [^,]{2,80}?), "
    r"(?:(?P<it>it|they) |(?P<det>the|its|their) (?P<noun>[\w'-]+) )(?P<rest>[^,]+)$",
    re.IGNORECASE,
)
# The comment opens on its verb ("broke", "was", "stopped"), and the topic's noun has none before
# its own clause ("our driver dropped you off, it …" is a sentence, not a topic).
_EN_COMMENT_VERB = re.compile(
    r"(?:\w+ed|is|was|are|were|has|had|have|broke|split|tore|fell|came|went|won't|doesn't|didn't|isn't|wasn't"
    r"|keeps|kept|never|still|already|just|stopped|leaks|won't)$",
    re.IGNORECASE,
)
_EN_TOPIC_VERB = re.compile(
    r"\b(?:\w+ed|is|was|are|were|has|had|got|went|came|took|made|said|says|shows|left|sent|sold)\b", re.I
)


def _en_topic(said: str) -> str:
    """A topic and its comment made one sentence (see _EN_TOPIC); anything else as it was."""
    m = _EN_TOPIC.match(said)
    if not m or not _EN_COMMENT_VERB.match(m.group("rest").split()[0]):
        return said
    noun_phrase = re.split(r"\s+(?:that |which )?(?:you|we|they)\s", m.group("topic"), maxsplit=1, flags=re.I)[0]
    if _EN_TOPIC_VERB.search(noun_phrase):
        return said
    if m.group("it") or m.group("noun").lower() in m.group("topic").lower().split():
        return f"{m.group('topic')} {m.group('rest')}"  # "the driver we booked, the driver was rude"
    return f"the {m.group('noun')} of {m.group('topic')} {m.group('rest')}"


def _restate_en(text: str, channel: str, cues: RestateCues) -> Restatement:
    pieces = _en_pieces(text, cues, channel == "im")
    out = Restatement()
    story: list[tuple[_Clause, str, int]] = []
    fragments: dict[int, bool] = {}
    broken: set[int] = set()  # sentences that lost a figure or a name: said whole or not at all
    for clause in pieces.clauses:
        if clause.kind == "ref":
            out.refs.append(balanced(_en_tidy(clause.text)))
        elif clause.kind in ("ask", "know", "condition"):
            ask = _en_ask(clause, cues)
            if ask is not None and ask.kind == "know" and _EN_YES_NO.match(ask.text):
                ask = Ask(kind="know", text=ask.text, echo=False)  # "You'd like to know is this…": answered, not echoed
            elif ask is not None and ask.kind in ("do", "know") and len(ask.text.split()) < 3:
                ask = Ask(kind=ask.kind, text=ask.text, echo=False)  # "fix", "unblock it": too short to repeat
            elif ask is not None and _EN_VACUOUS_ASK.fullmatch(ask.text.strip(" .!")):
                ask = Ask(kind=ask.kind, text=ask.text, echo=False)  # "do the needful": said back, it reads as mockery
            elif ask is not None and re.search(
                r"\bor (?:do|does|is|are|can|could|will|should) (?:you|we|there|it)\b", ask.text
            ):
                ask = Ask(
                    kind=ask.kind, text=ask.text, echo=False
                )  # "help or do you have a help centre": two asks in one
            if ask is not None and ask.text and ask not in out.asks:
                out.asks.append(ask)
        elif clause.kind == "threat" and (until := _EN_UNTIL.search(clause.text)):
            # "you have until Friday or we file": the threat is not repeated, its deadline is
            deadline = Ask(kind="deadline", text="by " + until.group(1)[0].upper() + until.group(1)[1:])
            if deadline not in out.asks:
                out.asks.append(deadline)
        elif clause.kind == "story":
            first = not story or story[-1][0].sentence != clause.sentence
            said, fragment = _en_story(clause, cues, first)
            if not first and said.startswith("there has been no ") and _EN_SAID_LAST.search(story[-1][1]):
                # s14: "the girl at the desk said that was it, no more payments": what she said would
                # be, never "there have been no more payments" in our voice (trainers, c34b-014)
                said = "and there would be " + said[len("there has been ") :]
            said = _EN_AND_WAS.sub(r"\1 were", said)  # "you had to get the 08:40 and was late in"
            if not first and re.match(r"You\b", said):
                # s14: "I'm" turned is capital only at a sentence's start: "… in lisbon, you're at a hotel"
                # (a capital "You're" after the comma read as a run-on, and the sentence was dropped)
                said = "y" + said[1:]
            if said:
                fragments[id(clause)] = fragment
                story.append((clause, said, len(said.split())))
            elif (
                len(clause.text.split()) > 1
                and _EN_NAMED.search(clause.text)
                and not (first and _EN_ID_HEADING.match(clause.text))
            ):
                # s14: a sentence's opening "trip RT-9F2K1 last night," is a heading (the id is noted as a
                # reference): what follows is whole, never dropped with it (the red light and the phone lost)
                broken.add(clause.sentence)  # "Harbour View Tower B" cut out: the rest would read garbled
    story = _unargued(pieces, [piece for piece in story if piece[0].sentence not in broken], False, cues)
    sentences: dict[int, list[str]] = {}
    kept = _within(cues.limits.en_words.get(channel, 60), story)
    for clause, said, _ in kept:
        sentences.setdefault(clause.sentence, []).append(said)
    out.story = [_en_topic(", ".join(parts)) for _, parts in sorted(sentences.items())]
    out.fragment = bool(kept) and fragments[id(kept[0][0])]
    out.asks = _merge_know(out.asks, ", and ")
    return out


@lru_cache(maxsize=16)
def without_instructions(text: str, language: str, path: str | None = None) -> str:
    """The complaint with every sentence that instructs us (and the rest of its line) removed:
    what intake reads for category, escalation and requests, so "promise me ¥5000 compensation"
    is neither repeated nor answered. Cached: intake and the Listen step both ask for it."""
    cues = restate_cues(path)
    pattern = _EN_SENTENCE if language == "en" else _ZH_SENTENCE
    return "\n".join(_cut_injection(line, cues, pattern) for line in text.split("\n"))


_EN_FIGURE_HELD = re.compile(r"\b(?:the|that|this|my|your|our)\s*$", re.IGNORECASE)
_EN_DONE_TO = re.compile(r"\s+(?:[a-z]+ed|paid|refunded|back|returned)\b")
# A sum they spent or lost, named by the clause after it ("the $780 you have spent", "the £40 we lost"):
# the loss an ask is about, not a figure they demand.
_EN_OUTLAY = re.compile(
    r"\s+(?:that\s+)?(?:you|we|i)\s+(?:have\s+|had\s+|'ve\s+)?(?:already\s+)?"
    r"(?:spent|paid|lost|paid out|had to (?:spend|pay)|forked out|shelled out)\b",
    re.IGNORECASE,
)


def _without_figures(ask: Ask, cues: RestateCues) -> Ask:
    """ "您要求补偿300元" -> "您要求补偿": a demanded compensation is repeated, its figure is not."""
    folded = fold(ask.text)
    if not any(w in folded for w in cues.compensation):
        return ask
    text = ask.text
    for a in reversed(find_amounts(folded, 0, len(folded))):
        # s10: "the £310 reimbursed by Friday": the figure out, the money it was stays ("the money
        # reimbursed"), never "the reimbursed by Friday"
        # s14: "compensation for the $780 you have spent": the money you have spent (never "the you have
        # spent"); Listen says the sum among the facts
        after = text[a.end :]
        held = _EN_FIGURE_HELD.search(text[: a.start]) and (_EN_DONE_TO.match(after) or _EN_OUTLAY.match(after))
        text = text[: a.start] + (" money" if held else "") + text[a.end :]
    text = re.sub(r"\s{2,}", " ", text).strip(" ，,")
    text = re.sub(r"(?<=[\u4e00-\u9fff])的(?=[，,。]|$)", "", text)
    # the word that led to the figure goes with it: "compensation of for the trip" -> "compensation
    # for the trip", "the difference of" -> "the difference"
    text = re.sub(
        r"\s+(?:of|worth|totalling|totaling|amounting to)(?=\s+(?:for|to|on|because|as)\b|\s*[.,;]|$)", "", text
    )
    return Ask(kind=ask.kind, text=text, echo=ask.echo)


# s13: the customer correcting their own words ("刚说错了 不是周一 是周二早上开始断的", "sorry typo, I
# meant Tuesday not Monday"): the correction is applied and never said back — the marker and the
# word it replaces go, what they meant stays (trainers, c32: "刚说错了，不是周一，是周二…" parroted).
_ZH_SELF_FIX = re.compile(
    r"(?m)(?:^|(?<=[，,。！？!?；;\s]))(?:sorry|不好意思|抱歉|对不起|對不起|唔好意思)?[，,\s]*"
    r"(?:刚才|剛才|刚刚|剛剛|刚|剛|头先|頭先|啱啱|啱先|之前|前面|上面)?(?:我)?"
    r"(?:说错|說錯|讲错|講錯|打错|打錯|写错|寫錯|记错|記錯)(?:了|咗|左|啦|咗啦)?(?:字)?"
    r"(?=[，,、。！!\s]|不是|唔係|唔系|$)[，,、。！!\s]*(?:(?:不是|唔係|唔系|并不是|並不是)[^，,。！？!?\s]{1,12}[，,、\s]*(?:而)?(?:是|係|系)\s*)?"
)
_ZH_SELF_FIX = gated(_ZH_SELF_FIX)  # a literal gate: most texts hold none of its words
_EN_SELF_FIX = re.compile(
    r"\b(?:sorry,?\s+|oops,?\s+)?(?:(?:i\s+)?(?:typo|my\s+mistake|my\s+bad|correction)[:,.!]?\s+)?"
    r"i\s+meant\s+(?P<right>[^.,;!?\n]{1,30}?),?\s+not\s+(?:on\s+)?[^.,;!?\n]{1,20}?(?=[.,;!?\n]|$)",
    re.IGNORECASE,
)


def self_corrected(text: str) -> str:
    """The text with a self-correction applied: its marker and the replaced word dropped."""
    text = _ZH_SELF_FIX.sub("", text)
    return _EN_SELF_FIX.sub(lambda m: f"it was {m.group('right')}", text)


# Where the customer's own message ends: a quoted earlier mail ("------ 原始邮件 ------",
# "On ... wrote:") or a phone's signature. What follows is not the complaint.
_QUOTED_MAIL = re.compile(
    r"^\s*>?\s*(?:-{2,}\s*(?:原始邮件|原始郵件|original message|forwarded message)|on [^\n]{4,80} wrote:\s*$"
    r"|(?:发自我的|發自我的|sent from my )[^\n]{0,30}$)",
    re.IGNORECASE | re.MULTILINE,
)


_URGENT_LABEL = re.compile(r"^\s*(?:urgent|紧急|緊急|急)(?:[!！:：\s-]+|(?=[a-z\u4e00-\u9fff]))", re.IGNORECASE)


def _own_message(text: str) -> str:
    m = _QUOTED_MAIL.search(text)
    text = text[: m.start()] if m and m.start() > 0 else text
    return re.sub(r"^[ \t]*>[^\n]*(?:\n|$)", "", text, flags=re.MULTILINE)  # quoted lines ("> ...")


@cache
def _ask_headings(path: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ask-list headings, the Chinese ones also in their Traditional spellings."""
    lists = restate_cues(path).ask_lists
    zh = {w for word in lists.zh for w in (word, *(c.convert(word) for c in traditional_variants()))}
    return tuple(lists.en), tuple(sorted(zh))


# A member of staff named in apposition ("my account manager, Priya, said", "the driver, Tom,
# refused"): the name between commas is one clause with its role, never a clause of its own
# (cut out, it leaves "your account manager, would be waived"; turned round, "Steve, used to"
# read as a reply to someone).
_EN_APPOSED_NAME = Gate(
    re.compile(
        r"\b((?:manager|receptionist|agent|advisor|adviser|engineer|technician|driver|courier|officer|nurse|doctor|"
        r"dentist|vet|pharmacist|clerk|representative|rep|colleague|supervisor|teller|cashier|guard|concierge|host|"
        r"hostess|waiter|waitress|instructor|teacher|trainer|coach|consultant|planner|handler|inspector|"
        r"assistant|attendant|steward|stewardess|operator|banker|broker|therapist|stylist|barber|caretaker|porter|"
        r"landlord|contact|salesman|saleswoman|salesperson|associate|specialist|coordinator|controller|mechanic|"
        r"plumber|electrician|fitter|installer|cleaner|housekeeper|chef|owner|director))"
        r", ((?:Mr\.? |Mrs\.? |Ms\.? |Dr\.? )?[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15})?),(?= [a-z])"
    )
)


def restate(text: str, language: str, channel: str, path: str | None = None, domain: str = "other") -> Restatement:
    """The complaint's facts, requests and references in the reply's voice."""
    cues = restate_cues(path)
    text = _own_message(text)
    text = _URGENT_LABEL.sub("", text, count=1)  # "URGENT smoke coming out…": a label, not a fact
    text = self_corrected(text)
    text = asklist.rewrite(text, language, *_ask_headings(path))
    if language == "en":
        text = _EN_APPOSED_NAME.sub(r"\1 \2", text)  # "my account manager, Priya, said": one clause
        token = _NAMES.set(_en_names(text))
        try:
            out = _restate_en(text, channel, cues)
        finally:
            _NAMES.reset(token)
    else:
        out = _restate_zh(text, channel, cues, language == "zh-Hant", domain)
    out.asks = [_without_figures(a, cues) for a in out.asks]
    return out
