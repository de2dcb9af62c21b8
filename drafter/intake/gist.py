"""What a complaint is about, in slots a reply can say in its own voice: the one problem (a
situation from prompts/gist.yaml, or one short clause of the customer's that passes strict
checks), what was bought or used, the branch, the customer's place, when, how long, the main
amount, who was hurt, and the references (ids with their labels).

Why slots and not the customer's sentences: repeating a customer's clauses with the pronouns
turned round reads as our own admission or threat ("我们作为送餐方也有责任", "今天再不给您退"),
keeps fragments ("照片附在附件里") and greetings ("Dear 客户服务部"), and half-converted spoken
Cantonese. A reply that names the item, the ids, the amount, the date and the problem in a
phrase of its own reads as heard and never says what the customer said about us."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

import ahocorasick_rs
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from drafter.errors import ConfigError
from drafter.guard.normalize import fold, normalize
from drafter.intake.config import keys_of
from drafter.models import Category, Domain, Gist
from drafter.resources import data_dir
from drafter.text import is_word_char


class _Situation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    key: str = Field(pattern=r"^[a-z_]+$")
    cues: list[str] = Field(min_length=1)
    safety: bool = False
    domains: list[Domain] = Field(default_factory=list)
    not_domains: list[Domain] = Field(default_factory=list)
    categories: list[Category] = Field(default_factory=list)
    noun: Literal["exact", "extend", "digits", "after"] = "exact"  # how much of the text around the cue is its word
    amount: Literal["nearest", "first", "largest"] = "nearest"  # which amount the problem is about


class _Service(BaseModel):
    model_config = ConfigDict(extra="forbid")

    cues: list[str]
    zh: str
    en: str


class _Reject(BaseModel):
    model_config = ConfigDict(extra="forbid")

    zh: list[str]
    en: list[str]


class GistCues(BaseModel):
    """prompts/gist.yaml, validated."""

    model_config = ConfigDict(extra="forbid")

    version: str
    situations: list[_Situation]
    services: list[_Service]
    clause_reject: _Reject
    asks: dict[str, list[str]] = Field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Compiled:
    cues: GistCues
    automaton: Any
    parts: list[str]  # part index -> the part as written in the YAML (a cue word)
    key_parts: list[list[tuple[int, bool, bool]]]  # automaton key -> (part, boundary start, boundary end)
    situations: list[tuple[_Situation, list[tuple[tuple[int, ...], tuple[int, ...]]]]]
    services: list[tuple[_Service, tuple[int, ...]]]
    asks: list[tuple[str, list[tuple[tuple[int, ...], tuple[int, ...]]]]]
    reject_zh: re.Pattern[str]
    reject_en: re.Pattern[str]


@cache
def gist_cues(path: str | None = None) -> _Compiled:
    source = Path(path) if path else data_dir("prompts") / "gist.yaml"
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
        cues = GistCues.model_validate(data)
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{source}: {exc}") from exc
    except ValidationError as exc:
        raise ConfigError(f"{source}: invalid gist vocabulary\n{exc}") from exc
    return _compile(cues)


def _compile(cues: GistCues) -> _Compiled:
    parts: list[str] = []
    part_ids: dict[str, int] = {}
    keys: dict[str, int] = {}
    key_parts: list[list[tuple[int, bool, bool]]] = []

    def part(word: str) -> int:
        word = word.strip()
        if word not in part_ids:
            part_ids[word] = len(parts)
            parts.append(word)
            prefix = word.endswith("*")
            for key in keys_of(word):
                if key not in keys:
                    keys[key] = len(key_parts)
                    key_parts.append([])
                tag = (part_ids[word], is_word_char(key[0]), is_word_char(key[-1]) and not prefix)
                if tag not in key_parts[keys[key]]:
                    key_parts[keys[key]].append(tag)
        return part_ids[word]

    def cue(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
        need = [p for p in text.split("&") if p and not p.startswith("!")]
        avoid = [p[1:] for p in text.split("&") if p.startswith("!")]
        if not need:
            raise ConfigError(f"gist cue {text!r} needs at least one word")
        return tuple(part(p) for p in need), tuple(part(p) for p in avoid)

    situations = [(s, [cue(c) for c in s.cues]) for s in cues.situations]
    services = [(s, tuple(part(c) for c in s.cues)) for s in cues.services]
    asks = [(kind, [cue(c) for c in words]) for kind, words in cues.asks.items()]
    automaton = ahocorasick_rs.AhoCorasick(list(keys))
    zh = "|".join(re.escape(fold(w)) for w in sorted(cues.clause_reject.zh, key=len, reverse=True))
    en_words = []
    for w in sorted(cues.clause_reject.en, key=len, reverse=True):
        body = re.escape(w.lower().rstrip("*"))
        tail = r"[a-z']*" if w.endswith("*") else r"(?![a-z'])"
        en_words.append(body if not w[0].isalnum() else rf"(?<![a-z']){body}{tail}")
    return _Compiled(
        cues=cues,
        automaton=automaton,
        parts=parts,
        key_parts=key_parts,
        situations=situations,
        services=services,
        asks=asks,
        reject_zh=re.compile(zh or "(?!)"),
        reject_en=re.compile("|".join(en_words) or "(?!)"),
    )


# --------------------------------------------------------------------------- cue matching

_SENTENCE_END = re.compile(r"[。！？!?；;\n]+|\.(?=\s|$)")


@dataclass(slots=True)
class _Hits:
    text: str
    spans: dict[int, list[tuple[int, int]]]  # part -> spans in the text
    ends: list[int]  # sentence end offsets

    def sentence(self, pos: int) -> int:
        return bisect_right(self.ends, pos)


def _hits(c: _Compiled, text: str) -> _Hits:
    norm = normalize(text)
    folded = norm.folded
    spans: dict[int, list[tuple[int, int]]] = {}
    for index, ks, ke in c.automaton.find_matches_as_indexes(norm.compact, overlapping=True):
        start, end = norm.span(ks, ke)
        for pid, bstart, bend in c.key_parts[index]:
            if bstart and start > 0 and is_word_char(folded[start - 1]):
                continue
            if bend and end < len(folded) and is_word_char(folded[end]):
                continue
            spans.setdefault(pid, []).append((start, end))
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    return _Hits(text, spans, ends)


def _match(h: _Hits, cue: tuple[tuple[int, ...], tuple[int, ...]]) -> tuple[int, int] | None:
    """The span of the cue's first word where all its words meet in one sentence."""
    need, avoid = cue
    first = h.spans.get(need[0])
    if not first:
        return None
    for span in first:
        n = h.sentence(span[0])
        if all(any(h.sentence(s) == n for s, _ in h.spans.get(p, [])) for p in need[1:]) and not any(
            h.sentence(s) == n for p in avoid for s, _ in h.spans.get(p, [])
        ):
            return span
    return None


def _situation(
    c: _Compiled, h: _Hits, domain: str, category: str, safety: bool
) -> tuple[_Situation, tuple[int, int]] | None:
    for sit, cues in c.situations:
        if not any(cue[0][0] in h.spans for cue in cues):
            continue
        if sit.safety and not safety:
            continue
        if (sit.domains and domain not in sit.domains) or domain in sit.not_domains:
            continue
        if sit.categories and category not in sit.categories:
            continue
        for cue in cues:
            span = _match(h, cue)
            if span is not None:
                return sit, span
    return None


_ASKING = re.compile(
    r"请|請|麻烦|麻煩|希望|要求|能不能|可不可以|能否|可否|可唔可以|唔该|唔該|帮我|幫我|给我换|給我換|给我退|給我退|我要退|我要换|我要換|我想|想知道|"
    r"告诉我|告訴我|赶紧|趕緊|快点|快點|如果|若|要么|要麼|有权|有權|"
    r"[?？]|\b(?:please|pls|can you|could you|would you|(?:i|we) want|(?:i|we)'d like|(?:i|we) would like|"
    r"(?:i|we) need|(?:i|we) expect|"
    r"need|want|let me know|tell me|if|unless|entitled to|where's my|where is my)\b",
    re.IGNORECASE,
)


# What they say they do not want is not asked: "dont want a refund", "不要退款".
_NOT_ASKED = re.compile(
    r"(?i)\b(?:don'?t|do not|not|no need for|never)\s+(?:want|need|asking for|looking for)?\s*"
    r"(?:a |an |the |any )?[a-z-]+"
    r"|(?:不要|不用|不需要|不想要|別|别)(?:再)?(?:退款|退钱|退錢|退货|退貨|换货|換貨|赔偿|賠償|补偿|補償|取消)"
    r"|(?:方便|以便|後續|后续)[^，。]{0,4}(?:赔偿|賠償|补偿|補償)"
    r"|(?:她|他|店员|店員|职员|職員|客服|staff|she|he|they)\s*(?:说|說|话|話|讲|講|said|told me|says)[^，。,.!?！？]*"
    r"|(?:不然|否则|否則|要不然|or else|otherwise)[^，。,.!?！？]*"
)
# A chat message that ends on a demand: "…这单38.5块我不想付了 退钱".
_DEMAND_END = re.compile(
    r"(?:退钱|退錢|退款|退我|退返|赔钱|賠錢|换货|換貨|refund me|refund pls|refund please)\s*$", re.I
)


def asked(text: str) -> list[str]:
    """What the customer asks for (prompts/gist.yaml `asks`), in the order of the vocabulary,
    read only from the sentences that ask something."""
    c = gist_cues()
    asking = "\n".join(
        _NOT_ASKED.sub(" ", s)
        for s in re.split(r"(?<=[。！？!?；;\n])|(?<=\.)\s", text)
        if s.strip() and (_ASKING.search(s) or _DEMAND_END.search(s))
    )
    if not asking:
        return []
    h = _hits(c, asking)
    return [kind for kind, cues in c.asks if any(cue[0][0] in h.spans and _match(h, cue) is not None for cue in cues)]


# --------------------------------------------------------------------------- slots

_ID = (
    r"(?:[A-Z]{1,3}\s(?=\d))?"
    r"(?=[A-Za-z0-9#*/\-.·]*\d)[A-Za-z0-9#][A-Za-z0-9#*/\-.·]*[A-Za-z0-9*]"
    r"(?:\s(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]+(?![A-Za-z0-9\u4e00-\u9fff]))*"
)
_ZH_LABEL = re.compile(
    r"(?P<label>[\u4e00-\u9fffA-Za-z]{0,6}?"
    r"(?:编号|編號|单号|單號|号码|號碼|代号|代號|案号|案號|尾号|尾號|末四码|末四碼|卡号|卡號|户号|戶號|账号|賬號|帐号|帳號"
    r"|流水号|流水號|票号|票號|牌号|牌號|回执号|回執號|编码|編碼|订单|訂單|运单|運單|保单|保單|号|號))"
    r"\s*(?:为|為|是)?\s*[:：#＃]?\s*#?"
    rf"(?P<id>{_ID}|[\u4e00-\u9fff]{{2,6}}字第\d+[号號])"
)
_ZH_LABEL_LEAD = re.compile(r"^[我的您你们們是为為了在一个個张張有及和、：:]+")
_EN_LABEL = re.compile(
    r"(?i:\b(?P<label>(?:order|booking|reservation|confirmation|tracking|account|acct|card|policy|claim|case|complaint|"
    r"ticket|invoice|receipt|reference|ref|job|member|membership|student|patient|agreement|application|transaction|request|reg|"
    r"registration|serial|pcn|permit|contract|customer|meter|mpan|ride|trip|number|ending|flight|item|model)"
    r"(?:\s(?:number|numbers|no\.?|num|id|ref|refs|reference|code|ending|ends?\sin))*))"
    r"\s*(?:is\s|was\s)?[:#]?\s*(?:no\.\s*)?#?"
    rf"(?P<id>[A-Z]{{2}}\d{{2}}\s[A-Z]{{3}}\b|{_ID})"
)
_LOOSE_ID = re.compile(
    r"(?<![A-Za-z0-9#$£€¥-])(?:[A-Z]{2,4}\s?\d{2,4}(?![A-Za-z0-9])"
    r"|(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9-]{3,}[A-Za-z0-9])"
)
_UNIT = re.compile(
    r"^(?:\d+(?:\.\d+)?(?:mah|g|m|w|kg|km|gb|mb|ml|l|pm|am|k|x|s|st|nd|rd|th|h|hr|hrs|min|mins|cm|mm|mbps|yo|p|v)|[345]g|"
    r"(?:usd|gbp|eur|hkd|twd|rmb|cny|nt|hk|us|au|sgd|jpy)\s?\d.*)$",
    re.IGNORECASE,
)


def references(text: str, language: str) -> list[str]:
    """Ids as the customer labelled them ("订单号 3102 8847 6650 1927", "booking reference
    K7QX2M"), then unlabelled ones (flight and course codes, "ENG-55347"); in order, no repeats."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    patterns = (_ZH_LABEL, _EN_LABEL) if language != "en" else (_EN_LABEL,)
    for pattern in patterns:
        for m in pattern.finditer(text):
            ident = m.group("id").strip()
            if _UNIT.match(ident) or (sum(ch.isdigit() for ch in ident) < 3 and not re.search(r"[A-Za-z]", ident)):
                continue
            if any(a <= m.start("id") < b for a, b in taken):
                continue
            label = m.group("label")
            if pattern is _ZH_LABEL:
                label = re.sub(r"^.*[我您你的了是为為有司家人在持]|^.*?(?:贵行|貴行|我行)", "", label[:-1]) + label[-1]
                label = _ZH_LABEL_LEAD.sub("", label)
                if len(label) < 2:
                    continue
            elif label.lower() in ("number", "ending", "item", "model") and not re.search(r"\d{5}", ident):
                continue
            joiner = "" if pattern is _ZH_LABEL and re.match(r"[\u4e00-\u9fff#]", ident[0]) else " "
            found.append((m.start(), f"{label}{joiner}{ident}"))
            taken.append((m.start(), m.end()))
    for m in _LOOSE_ID.finditer(text):
        ident = m.group()
        if any(a <= m.start() < b for a, b in taken) or _UNIT.match(ident.replace(" ", "")):
            continue
        if (
            re.fullmatch(r"[A-Za-z]+-?\d{1,2}", ident)
            or (re.fullmatch(r"\d+-\d+", ident) and len(ident) < 7)
            or re.fullmatch(
                r"(?i)\d+-?(?:day|week|month|year|hour|night|min)s?|\d{1,2}(?:-\d{1,2})?(?:am|pm)|\d+[a-z]{1,2}", ident
            )
        ):
            continue  # "B12" is a table, "8-12" a time window
        if re.fullmatch(r"[A-Z]{2,4}\s?\d{2,4}", ident) and not re.search(
            r"(?i)flight|航班|班机|班機|乘坐|搭|飞|飛|course|module|class|课|課|\bfor\b",
            text[max(0, m.start() - 30) : m.start()],
        ):
            continue
        found.append((m.start(), ident))
        taken.append((m.start(), m.end()))
    out: list[str] = []
    for _, ref in sorted(found):
        if ref not in out and not any(ref in o for o in out):
            out.append(ref)
    return out


_ZH_DAY = (
    r"\d{1,2}\s*月\s*\d{1,2}\s*[日号號](?:\s*(?:至|到|-|–|~)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号號])?"
    r"|\d{1,2}/\d{1,2}(?:\s*[（(][^）)\n]{1,3}[）)])?"
    r"|(?:上|这|這|本)?(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]|前天|昨天|昨晚|昨日|今天|今日|今早|今晚|上周|上週|上星期|上个月|上個月|\d{1,2}月份?"
)
_ZH_TOD = (
    r"(?:凌晨|早上|上午|中午|下午|傍晚|晚上|半夜|夜里|夜裡)?\s*\d{1,2}(?:[:：]\d{2}|\s*[点點](?:半|\d{1,2}分?|多)?)"
    r"(?:\s*(?:到|至|-|~)\s*(?:凌晨|早上|上午|中午|下午|傍晚|晚上|半夜)?\s*\d{1,2}(?:[:：]\d{2}|\s*[点點](?:半)?)?)?"
)
_ZH_WHEN = re.compile(
    rf"(?:{_ZH_DAY})(?:\s*(?:{_ZH_TOD}))?|(?:凌晨|早上|上午|中午|下午|傍晚|晚上|半夜)\s*\d{{1,2}}(?:[:：]\d{{2}}|\s*[点點](?:半|多)?)(?:\s*(?:到|至)\s*\d{{1,2}}\s*[点點])?"
    r"|(?<![\d:])\d{1,2}[:：]\d{2}(?![\d:])"
)
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
_EN_WHEN = re.compile(
    rf"(?i:\b(?:last\s+|this\s+|on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:,?\s+{_MONTHS}\s+\d{{1,2}})?\b"
    r"|\byesterday(?:\s+(?:morning|afternoon|evening))?\b|\blast night\b|\bthis (?:morning|afternoon|evening)\b"
    r"|\btoday\b|\btonight\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}(?!\w)|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[–-]\s*\d{{1,2}})?\b"
    r"|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\bthe\s+\d{1,2}(?:st|nd|rd|th)\b"
    r"|(?<![\d.:])\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\b)"
)
_ZH_NUM = r"(?:\d+|[一二三四五六七八九十两兩半几幾]+)"
_ZH_DURATION = re.compile(
    r"(?<![\d月/.:：])(?:[一二三四五六七八九十两兩\d]+\s*(?:个|個)\s*半\s*(?:小时|小時|钟头|鐘頭|月)"
    r"|(?:\d+|[一二三四五六七八九十两兩半几幾]+)\s*(?:个|個)?\s*(?:多\s*)?"
    r"(?:分钟|分鐘|小时|小時|个钟|個鐘|钟头|鐘頭|天|星期|周|週|礼拜|禮拜|个月|個月|年(?![级級])|工作日|工作天)(?:多|半)?(?![内內])"
    r"|[一二三四五六七八九十两兩几幾]+\s*日(?![期子])"
    r"|半个月|半個月|半个小时|半個小時|一个多月|一個多月|整整[一二三四五六七八九十两兩\d]+天)"
)
_EN_DURATION = re.compile(
    r"(?i:\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:more\s+)?"
    r"(?:working\s+|business\s+)?"
    r"(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\b)"
)
_ZH_BRANCH_SUFFIX = re.compile(
    r"分店|门店|門店|门市|門市|分行|支行|营业厅|營業廳|服务中心|服務中心|门诊部|門診部|诊所|診所|健身房|(?<![服务務])中心|店(?!家|员|員|长|長|里|裡)"
)
_ZH_BRANCH_STOP = frozenset("在的了我你您他她們们贵貴是到於于店司喺哋个個这這那家")
_ZH_NOT_BRANCH = re.compile(
    r"网店|網店|旗舰店|旗艦店|商店|店家|本店|该店|該店|这家|這家|那家|餐店|早午餐|饭店|飯店|酒店|[的了在我您你他她到於于\d]"
)
_EN_BRANCH = re.compile(
    r"\b(?:at|from|to|in|of)\s+(?:(?:your|the|our)\s+)?"
    r"(?P<b>(?:[A-Z][\w'’.&-]*\s+){1,3}(?i:store|branch|location|outlet|clinic|gym|office|centre|center|property|hotel|"
    r"station|restaurant|cafe|café|surgery|practice|depot|warehouse|shop|site|pharmacy|library))\b"
)
_ZH_PLACE = re.compile(
    r"[\u4e00-\u9fff]{2,6}(?:小区|小區|花园|花園|新村|大厦|大廈|公寓)\s*\d+\s*(?:号楼|號樓|栋|棟|座)\s*(?:\d+\s*单元|\d+\s*單元)?\s*\d{0,4}"
    r"|[A-Za-z0-9]{1,3}\s*(?:栋|棟|座|幢)\s*(?:\d+\s*(?:单元|單元))?\s*(?:\d{1,2}\s*[楼樓]\s*[A-Za-z0-9之]{1,3}\s*室?|\d{3,4}\s*室?)"
    r"|[\u4e00-\u9fff]{2,6}(?:小区|小區|花园|花園)(?=这边|這邊|那边|那邊|附近|一带|一帶)"
    r"|[\u4e00-\u9fff]{2}(?<!网|網|一|走|线|線|马|馬)(?:路|街)(?:[一二三四五六七八九十]+段)?"
    r"(?=这边|這邊|那边|那邊|附近|一带|一帶|[\d，, )）])"
    r"|\d{3,4}\s*(?:号房|號房|房间|房間|房)(?![费費])|\d{3,4}\s*(?:号|號)?(?=的住户|的業主|的业主)"
    r"|(?<=[在喺於于])(?!你们|你們|我们|我們|门口|門口)[\u4e00-\u9fff]{2,6}(?<![网網])(?:站|机场|機場|码头|碼頭)(?![长長了着著在起])"
)
_EN_PLACE = re.compile(
    r"\b(?P<motorway>on the [AMI]-?\d{1,3}(?: (?:near|at) junction \d{1,3})?)\b"
    r"|\b(?P<room>(?i:room|unit|flat|apartment|apt\.?)\s+[A-Za-z]?\d[\w-]*)\b|\b(?P<block>Block\s+[A-Z])\b"
    r"|\b(?:on|in|at)\s+(?P<road>(?:\d+[A-Z]?\s)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?:Rd|Road|St|Street|Lane|Ln|Court|Ct|Ave|Avenue|Drive|Dr|Way|Close|Place|Square|Terrace|Crescent))\b"
    r"|\b(?:area|town)\s+in\s+(?P<area>[A-Z][a-z]+)\b"
    r"|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b"
)
_ZH_QUOTE = re.compile(r"“([^”]{2,30})”|「([^」]{2,30})」|『([^』]{2,30})』|\"([^\"\n]{2,30})\"")
_ITEM_BEFORE_ZH = re.compile(
    r"(?:买|買|购|購|订|訂|点|點|报|報|租|选|選|住|的|了|一?[个個條条部份杯台件张張盒双雙套款支项項瓶箱袋间間])\s*$"
)
_ITEM_AFTER_ZH = re.compile(
    r"^(?:的(?:[一两兩二三四五六七八九十\d]+[份个個杯盒])?(?P<x>[\u4e00-\u9fff]{2,8}?)(?=[，。,（(\s]|$)|(?P<y>包间|包間|套餐|方案|房|课程|課程|会员|會員|车型|車型))"
)
_SPEECH_BEFORE = re.compile(
    r"(?:说|說|话|話|讲|講|道|显示|顯示|写|寫|注明|註明|提示|回复|回覆|称|稱|通知|理由是|以为|以為|一句|says?|said|told|shows?|showed|stated|"
    r"wrote|replied|tested|marked|reads?|confirmation)\W{0,3}$",
    re.IGNORECASE,
)
_ZH_BUY = re.compile(
    r"(?:购买了|購買了|购买的|購買的|购买|購買|买了|買了|买咗|買咗|买的|買的|订了|訂了|订的|訂的|预订了|預訂了|点了|點了|点的|點的|报了|報了|租了|我家的|我家裡的|我家里的|"
    r"寄的|寄了|叫的|拍下的|入手的|托运了|托運了|入住|吃了|办了|辦了|提交了|里面是|裡面是|里面有|裡面有|做的|配的)(?:一|两|兩|二|三|四|\d+)?"
    r"(?:个|個|台|部|条|條|件|双|雙|份|箱|杯|盒|张|張|套|瓶|把|支|款|节|節|堂|次|晚|项|項|罐|本|间|間|粒|颗|顆|片|口)?"
    r"(?:[^，。！？!?\s（(「“]{0,3}?的)?"
    r"(?P<i>[^，。！？!?；;\n（(「“”」]{2,20}?)(?=[，。！？!?；;\n（(]|$|\s|后|後|，|结果|結果|收到|到了|竟然|居然|回来|回來|时|時|下单|下單|选的|選的|上菜|上桌|端上|里吃|裡吃|里面|裡面|给我|給我|上成|上错|上錯|做成)"
)
_EN_BUY = re.compile(
    r"\b(?:bought|ordered|purchased|booked|rented|returned|paid for|to return|withdrew from|enrolled (?:in|on)|"
    r"signed up for|booked in for|for my|booking for)"
    r"\s+(?:a|an|the|my|two|one|some|our)?\s*(?:pair of\s+)?"
    r"(?P<i>(?:[A-Za-z0-9][\w'’&+-]*\s?){1,6}?)(?=\s*(?:programme\b|program\b|course\b|\d|\bbefore\b|\bafter\b|\(|,|\.|;|$|\bfrom\b|\bat\b|\bon\b|\bfor\b|\bin\b|\bwith\b|\bwhich\b|\band\b|\bthat\b|\bbut\b|\blast\b|\byesterday\b|\bwas\b|\bonline\b|\bthrough\b|\bvia\b))",
)
_ITEM_BAD = re.compile(
    r"[我你您他她们們$¥£€咗哋嘅喺冇唔佢啲嘢嚟喎]|不一样|不一樣|完全|订单|訂單|编号|編號|单号|單號|号码|號碼|时候|時候|东西|東西|一下|这个|這個|那个|那個|要求|问题|問題|^[\d\s.,:/-]+$|"
    r"\b(?:it|them|this|that|these|those|my|your|me|you|order|number|ticket|item|thing|stuff|something)\b",
    re.IGNORECASE,
)
_EN_ITEM_STOP = frozenset(
    {"a", "an", "the", "my", "your", "our", "it", "one", "two", "some", "this", "that", "and", "but", "was", "is"}
    | {"faulty", "broken", "damaged", "defective", "inside", "here", "there", "today", "again", "new", "brand"}
)


def _nearest(
    matches: list[re.Match[str]], pos: int | None, bounds: tuple[int, int] | None = None, reach: int = 60
) -> re.Match[str] | None:
    """The match in the problem's own sentence, else the nearest within reach; the first one when
    there is no problem to be near."""
    if not matches:
        return None
    if pos is None or bounds is None:
        return matches[0]
    inside = [m for m in matches if bounds[0] <= m.start() < bounds[1]]
    near = inside or [m for m in matches if abs(m.start() - pos) <= reach]
    return min(near, key=lambda m: (abs(m.start() - pos), m.start())) if near else None


def _when(text: str, language: str, pos: int | None, bounds: tuple[int, int] | None = None) -> str | None:
    pattern = _EN_WHEN if language == "en" else _ZH_WHEN
    matches = list(pattern.finditer(text))
    if bounds is not None:
        dated = [m for m in matches if bounds[0] <= m.start() < bounds[1] and not _TIME_ONLY.match(m.group())]
        if dated:  # "between 7 and 11pm since 14 October": the date, not the hour
            matches = [m for m in matches if not (bounds[0] <= m.start() < bounds[1]) or m in dated]
    m = _nearest(matches, pos, bounds, reach=20)
    if m is None:
        return None
    found = re.sub(r"\s+", " ", m.group()).strip().rstrip(".")
    if language == "en" and re.match(r"(?:Last|This|Yesterday|Today|Tonight|The)\b", found):
        found = found[0].lower() + found[1:]
    if language == "en":
        found = re.sub(r"(?i)^on\s+", "", found)
        found = re.sub(r"(?i)\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", lambda d: d.group().capitalize(), found)
    return found


_TIME_ONLY = re.compile(r"(?i)^\d{1,2}(?::\d\d)?\s?(?:am|pm)$|^\d{1,2}[:：]\d{2}$")


def when_on(when: str | None) -> str | None:
    """ "on 9 November" / "on Tuesday", but "yesterday", "last Saturday", "this morning"."""
    if when is None:
        return None
    if re.match(r"(?i)(?:yesterday|today|tonight|last|this|the)\b", when):
        return when
    if re.match(r"(?i)\d{1,2}(?::\d\d)?\s?(?:am|pm)$", when):
        return "at " + when
    return "on " + when


_LASTED = re.compile(r"(?i)(?:已经|已經|超过|超過|都|快|了|等了|排了|整整|足足|\bbeen|\bfor|\bover|\bwaited|\bnow)\s*$")


def _duration(text: str, language: str, pos: int | None, bounds: tuple[int, int] | None = None) -> str | None:
    """How long it has gone on: a duration said as lasting ("已经超过7週", "it's been 94 days")
    before any other."""
    pattern = _EN_DURATION if language == "en" else _ZH_DURATION
    found = list(pattern.finditer(text))
    lasting = [m for m in found if _LASTED.search(text[max(0, m.start() - 8) : m.start()])]
    m = _nearest(lasting, pos, bounds, reach=200) or _nearest(found, pos, bounds)
    if (
        m is None
        or re.match(r"\s*(?:内|內|之内|之內)|\s*of\b", text[m.end() :])
        or re.search(r"(?i)within\s*$", text[: m.start()])
    ):
        return None
    said = re.sub(r"\s+", " ", m.group()).strip()
    return said[0].lower() + said[1:] if language == "en" else said


def _branch(text: str, language: str) -> str | None:
    if language == "en":
        m = _EN_BRANCH.search(text)
        if m is None:
            return None
        branch = re.sub(r"\s+", " ", m.group("b")).strip()
        return None if re.match(r"(?:The|Your|Our|This|That|My)\b", branch) else branch
    for m in _ZH_BRANCH_SUFFIX.finditer(text):
        start = m.start()
        while start > 0 and m.start() - start < 6 and re.match(r"[\u4e00-\u9fffA-Za-z0-9]", text[start - 1]):
            if text[start - 1] in _ZH_BRANCH_STOP:
                break
            start -= 1
        branch = text[start : m.end()]
        if m.start() - start >= 2 and not _ZH_NOT_BRANCH.search(branch):
            return branch
    return None


def _place(text: str, language: str) -> str | None:
    m = (_EN_PLACE if language == "en" else _ZH_PLACE).search(text)
    if m is None:
        return None
    if language == "en":
        if m.group("motorway"):
            found = m.group("motorway")
        elif m.group("road"):
            found = "on " + m.group("road")
        elif m.group("area"):
            found = "in " + m.group("area")
        elif m.group("room") or m.group("block"):
            found = "in " + (m.group("room") or m.group("block"))
        else:
            found = "at " + m.group()
        return re.sub(r"\s+", " ", found).strip()
    return re.sub(r"^(?:地址是|地址|住在|在)", "", re.sub(r"\s+", "", m.group())).strip()


def _clean_item(item: str | None, language: str) -> str | None:
    if not item:
        return None
    item = re.sub(r"\s+", " ", item).strip(" ,，、:：-")
    item = re.sub(r"^(?:是|了|的)|^(?:给|給|帮|幫)[^的]{1,6}的", "", item)
    if language == "en":
        words = item.split()
        while words and words[0].lower() in _EN_ITEM_STOP:
            words = words[1:]
        while words and words[-1].lower() in _EN_ITEM_STOP:
            words = words[:-1]
        item = " ".join(words)
        if not item or len(words) > 7 or _ITEM_BAD.search(item) or re.search(r"[\u4e00-\u9fff]", item):
            return None
        if not any(len(w) >= 3 and w.lower() not in _EN_ITEM_STOP for w in words) or words[0].lower() in (
            "in",
            "at",
            "on",
            "of",
            "to",
        ):
            return None
        return item
    han = len(re.findall(r"[\u4e00-\u9fff]", item))
    if (
        len(item) < 2
        or han > 20
        or _ITEM_BAD.search(item)
        or re.search(r"\d{8,}|\d{1,2}[:：]\d{2}|\d+\s*[月号號日]|下单|下單|结账|結帳|收到|了$", item)
    ):
        return None
    return item


# Last resort: the thing a sentence is about ("这个酸辣汤端上来就是凉的", "The soup you just brought").
_ZH_SUBJECT = re.compile(
    r"(?:^|[，。！？!?\s])(?:你们|你們|你哋)?(?:这个|這個|这份|這份|这碗|這碗|这盘|這盤|这道|這道|这杯|這杯|个|個)?"
    r"(?P<i>[\u4e00-\u9fff]{2,8}?)(?:端上来|端上來|上来|上來|送来|送來|软塌塌|端来|才几块|是温的|是凉的|凉了|冷了|还没上|還沒上|还没来|還沒來|里有|裡有|里面|裡面|里吃|裡吃|里喝|裡喝)"
)
_EN_SUBJECT = re.compile(
    r"(?i)\b(?:the|my|our|this|that)\s+(?P<i>(?:[a-z0-9]+\s){0,3}?[a-z0-9]+)\s+"
    r"(?:you just brought|you brought|you sent|came out|arrived|was|is|tastes|smells)\b"
    r"|\border\s*#?\s*[\w-]+,\s+(?:an?|the)\s+(?P<j>(?:[A-Za-z0-9][\w'’&+-]*\s?){1,5}?)(?=\s*(?:\(|,| at ))"
)
_NOT_ITEM = re.compile(
    r"(?i)^(?:order|staff|waiter|waitress|server|app|bill|service|food|meal|driver|courier|manager|website|card|account|man|woman|guy|lady|team|"
    r"refund|parcel|package|delivery|store|shop|room|flight|booking|reservation|table|line|queue|wait|problem|issue|price|charge|receipt)$"
    r"|服务员|店员|员工|师傅|老师|经理|客服|阿姐|骑手|司机|你们|系统|态度|价格|时候"
)


_FOODISH = frozenset(
    {
        *(
            "food_quality",
            "small_portion",
            "foreign_found",
            "foreign_object",
            "food_wait",
            "wrong_dish",
            "food_poisoning",
        ),
        *("damaged", "defective", "not_as_described", "expired", "missing_item"),
    }
)


def _item(text: str, language: str, fallback: str | None, problem: str | None = None) -> str | None:
    """What was bought, booked or used: a quoted name ("「全麥核桃吐司」") that is not someone's
    words, then what follows 买了 / ordered, then intake's item if it reads as a name."""
    for m in _ZH_QUOTE.finditer(text):
        quoted = re.sub(r"\s*\n\s*", "" if language != "en" else " ", next(g for g in m.groups() if g))
        before = text[max(0, m.start() - 8) : m.start()]
        if _SPEECH_BEFORE.search(before) or re.search(r"[，。,!?！？]$|(?:店|公司|商行|商家)$", quoted):
            continue
        if language == "en":
            if len(quoted.split()) > 5 or not re.search(r"\b(?:the|a|an|plan|on|bought|ordered)\s*$", before):
                continue
        else:
            if not _ITEM_BEFORE_ZH.search(before):
                continue
            after = _ITEM_AFTER_ZH.match(text[m.end() : m.end() + 12])
            if after and after.group("x") and not re.search(r"[是了在我您你]", after.group("x")):
                quoted = f"{quoted}的{after.group('x')}"
            elif after and after.group("y"):
                quoted += after.group("y")
        found = _clean_item(quoted, language)
        if found:
            return found
    subject = _EN_SUBJECT if language == "en" else _ZH_SUBJECT
    buy = _EN_BUY if language == "en" else _ZH_BUY
    for pattern in (buy, subject) if problem in _FOODISH else (buy,):
        for m in pattern.finditer(text):
            found = _clean_item(m.groupdict().get("i") or m.groupdict().get("j"), language)
            if found and not _NOT_ITEM.search(found):
                return found
    return None


_ZH_AGE = re.compile(r"(\d{1,2}|[一二三四五六七八九十]{1,2})\s*(?:岁|歲)")
_EN_AGE = re.compile(
    r"\b(\d{1,2})(?:\s?-?\s?(?:year-old|year old|yo|y/o|yrs? old)|\)|\s*years old)|\bwho is (\d{1,2})\b", re.I
)


def _who(who: str | None, text: str, language: str) -> str | None:
    """The person hurt, as the reply names them, with their age when given: "您5岁的女儿",
    "your 8-year-old daughter"."""
    if who is None or "和" in who or "family" in who or "everyone" in who:
        return who
    if language == "en":
        noun = who[5:] if re.match(r"your [a-z]+$", who) else None
        at = text.lower().find(" " + noun) if noun else -1
        m = _EN_AGE.search(text, max(0, at - 20), at + 60) if at >= 0 else None
        if m and noun and "year" not in who:
            return f"your {m.group(1) or m.group(2)}-year-old {noun}"
        return who
    noun = who[1:] if who.startswith("您") and not who.startswith("您的") else None
    at = fold(text).find(fold(noun)) if noun else -1
    m = _ZH_AGE.search(text, max(0, at - 8), at + len(noun or "") + 12) if at >= 0 else None
    if m and noun:
        return f"您{m.group(1)}{'歲' if '歲' in text else '岁'}的{noun}"
    return who


_ZH_WRONG = re.compile(
    r"(?:选的是|選的是|订的是|訂的是|买的是|買的是|点的是|點的是|叫的是|下单选的是|下單選的是|要的是|點了|点了)(?P<a>[^，。！？!?\s,]{1,16})"
    r"[，,\s]*(?:结果|結果|但|可是)?[^，。]{0,6}?(?:寄来的是|寄來的是|发来的是|發來的是|收到的是|来的是|來的是|送来的是|送來的是|來的卻是|来的却是|来了个|來了個|来了|來了|给了|給了|上了)(?P<b>[^，。！？!?\s,]{1,16})"
)
_EN_WRONG = re.compile(
    r"\bordered (?:the |a |an )?(?P<a>[\w' -]{2,30}?)(?: one)?(?:,| and| but) (?:got|received|was sent|they sent)"
    r"(?: a| an| the)? (?P<b>[\w' -]{2,30}?)(?=[,.;!?]|$| instead| 😩)",
    re.IGNORECASE,
)


_ZH_GOT = re.compile(
    r"(?:竟然是|竟然係|却是|卻是|收到的是|送来的是|送來的是|打开是|打開是|打開係|打开係)\s*(?:一|两|兩)?(?:个|個|部|件|台|双|雙|份|条|條)?\s*(?P<b>[A-Za-z0-9][\w\-]*(?:\s[A-Za-z0-9\u4e00-\u9fff][\w\-]*){0,2}|[^，。！？!?\s,（(]{2,12})"
)


def _wrong(text: str, language: str) -> tuple[str | None, str | None]:
    m = (_EN_WRONG if language == "en" else _ZH_WRONG).search(text)
    if m is None:
        got = _ZH_GOT.search(text) if language != "en" else None
        return None, (got.group("b") if got else None)
    a, b = m.group("a").strip(), m.group("b").strip()
    if language != "en":
        a, b = (re.sub(r"(?<=[\u4e00-\u9fff])同(?=[\u4e00-\u9fff])", "和", v) for v in (a, b))
    if language == "en" and (len(a.split()) > 4 or len(b.split()) > 5):
        return None, None
    return a, b


def _service(c: _Compiled, h: _Hits, language: str, pos: int | None) -> str | None:
    """The service the problem sentence names; else the first named anywhere."""
    near = h.sentence(pos) if pos is not None else None
    first: tuple[int, str] | None = None
    for service, part_ids in c.services:
        name = service.en if language == "en" else service.zh
        for pid in part_ids:
            for start, _ in h.spans.get(pid, []):
                if near is not None and h.sentence(start) == near:
                    return name
                if first is None or start < first[0]:
                    first = (start, name)
    return first[1] if first else None


_TOTAL = re.compile(r"(?i)合计|合計|共计|共計|总共|總共|一共|总计|總計|\bin total\b|\btotal(?:ling|ing)?\b")


def _largest(amounts: list[str]) -> str | None:
    """The biggest figure named: what a bill came to, not what it usually is."""

    def value(a: str) -> float:
        m = re.search(r"\d[\d,]*(?:\.\d+)?", a)
        return float(m.group().replace(",", "")) if m else 0.0

    return max(amounts, key=value) if amounts else None


def _amount(text: str, amounts: list[str], pos: int | None) -> str | None:
    if not amounts:
        return None
    spots = [(text.find(a), a) for a in amounts if text.find(a) >= 0]
    for at, a in spots:
        if _TOTAL.search(text[max(0, at - 12) : at]):
            return a
    if pos is None or not spots:
        return amounts[0]
    return min(spots, key=lambda s: (abs(s[0] - pos), s[0]))[1]


# --------------------------------------------------------------------------- the clause


def _clause_ok(c: _Compiled, raw: str, said: str, language: str) -> bool:
    """Strict: a complete statement about what happened, short, in which no addressee, question,
    verdict, blame, threat, demand or evidence is repeated and nothing becomes ours."""
    if language == "en":
        low = raw.lower().replace("’", "'")
        if re.search(r"(?<![a-z'])(?:you|your|yours|u|ur|y'all)(?![a-z'])", low) or c.reject_en.search(low):
            return False
        words = said.split()
        if not 4 <= len(words) <= 15 or said.count('"') % 2 or "(" in said:
            return False
        return (
            re.search(
                r"\b(?:is|was|are|were|has|had|have|did|does|do|got|came|arrived|stopped|broke|left|took|sent|charged|"
                r"shows?|says?|keeps|kept|[a-z]{3,}ed)\b",
                said.lower(),
            )
            is not None
        )
    folded = fold(raw)
    if re.search(r"你|贵|貴|妳", raw) or c.reject_zh.search(folded):
        return False
    han = len(re.findall(r"[\u4e00-\u9fff]", said))
    if not 5 <= han <= 25 or re.search(
        r"[咗哋嘅喺冇唔佢啲嘢嚟咁嗰噉咩乜俾畀攞搵睇㗎喎啫嘞]|屋企|而家|琴晚|尋晚|頭先", said
    ):
        return False
    if re.search(
        r"^(?:也|还|還|并|並|但|而且|以及|或者|和|跟|就|都|又|才|再|所以|因为|因為|结果|結果|不过|不過|可是|然而|其实|其實|之后|之後|后来|後來|然后|然後|当时|當時)",
        said,
    ):
        return False
    return not re.search(r"的$|地$|得$|了的$|[：:]$", said)


def _clause(
    c: _Compiled, clauses: list[tuple[str, str]], language: str, cue_words: re.Pattern[str] | None
) -> str | None:
    """The first clause of the story that names the problem and passes the strict checks."""
    fitting = [(raw, said) for raw, said in clauses if _clause_ok(c, raw, said, language)]
    if cue_words is not None:
        for raw, said in fitting:
            if cue_words.search(fold(raw)):
                return said
    return None


_PROBLEM_WORDS = re.compile(
    r"坏|壞|破|裂|碎|错|錯|没|沒|不能|不了|无法|無法|不见|丢|漏|晚|迟|遲|慢|取消|拒|驳回|駁回|扣|收了|等了|冷|凉|脏|髒|臭|过期|過期|故障|失灵|停|断|斷|"
    r"\b(?:broken|broke|cracked|damaged|faulty|wrong|missing|late|never|didn't|doesn't|won't|wasn't|isn't|hasn't|haven't|no|not|cancelled|canceled|"
    r"declined|refused|charged|cold|dirty|stopped|lost|delayed|waited|still)\b"
)


_SYSTEM_ZH = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:平台|系统|系統|网站|網站|小程序|网银|網銀|手机银行|手機銀行|APP|App|app|网课|網課)(?:app|APP|App)?"
)
_SYSTEM_EN = re.compile(
    r"(?i)\b(?:(?:student|patient|customer|online|booking|mobile|banking)\s+)?(?:portal|app|website|site|system|platform)\b"
)
_SYSTEM_LEAD = re.compile(r"^.*[的了我你您他她们們是在又把被说說就都也还還要很太从從这這那个個用]")


def _system(text: str, bounds: tuple[int, int] | None, language: str) -> str | None:
    """The system that is down, as the customer names it ("手机银行app", "student portal")."""
    start, end = bounds or (0, len(text))
    for scope in (text[start:end], text):
        m = (_SYSTEM_EN if language == "en" else _SYSTEM_ZH).search(scope)
        if m:
            found = m.group().strip()
            return found.lower() if language == "en" else _SYSTEM_LEAD.sub("", found) or None
    return None


def _sentence_bounds(h: _Hits, pos: int) -> tuple[int, int]:
    n = h.sentence(pos)
    start = h.ends[n - 1] if n > 0 else 0
    end = h.ends[n] if n < len(h.ends) else len(h.text)
    return start, end


def _noun(text: str, span: tuple[int, int], mode: str) -> str:
    """The problem's own word as written, with the word it belongs to ("网课平台", "押金3000")."""
    start, end = span
    while mode == "extend" and start > 0 and span[0] - start < 2 and re.match(r"[\u4e00-\u9fff]", text[start - 1]):
        if re.match(r"[的了我你您他她们們是在又把被说說就都也还還要很太从從这這那个個]", text[start - 1]):
            break
        start -= 1
    if re.match(r"[\u4e00-\u9fff]", text[span[0]]) is None:
        start = span[0]
        while end < len(text) and text[end].isalpha() and text[end].isascii():
            end += 1  # "bed bug*" said as written: "bed bugs"
    if mode == "after":  # "只让买50方", "only top up 50 cubic metres": the cue and what it limits
        tail = re.match(r"[^，。,.!?！？;；\n]{0,24}?(?=[，。,.!?！？;；\n]| on | of |$)", text[end:])
        return text[span[0] : end + (tail.end() if tail else 0)].strip()
    tail = re.match(r"\d[\d,.]*", text[end:]) if mode == "digits" else None
    return text[start : end + (tail.end() if tail else 0)].strip()


_EN_DAYS = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}


def _wanted_when(text: str, language: str) -> str | None:
    """The day they ask for ("rebook for sat" -> "Saturday"), from the sentences that ask."""
    for sentence in re.split(r"(?<=[。！？!?；;\n])|(?<=\.)\s", text):
        if not (_ASKING.search(sentence) or re.search(r"(?i)rebook|reschedule|改约|改期", sentence)):
            continue
        if language == "en":
            m = re.search(
                r"(?i)\b(?:for|on|to)\s+(?:this\s+|next\s+)?(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b",
                sentence,
            )
            if m:
                return _EN_DAYS[m.group(1).lower()[:3]]
        else:
            m = re.search(
                r"(?:改到|改成|约到|約到|安排在)\s*((?:下|这|這|本)?(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]|\d{1,2}月\d{1,2}[日号號])",
                sentence,
            )
            if m:
                return m.group(1)
    return None


_ZH_COUNT = re.compile(
    r"第[一二三四五六七八九十\d]+次|(?<![第\d])[两兩三四五六七八九十\d]+次(?=[，。\s]|电话|電話|了|都|反映|投诉|联系|來|来|$)"
)
_EN_COUNT = re.compile(
    r"(?i)\b(?:(\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth)\s+time|(\d+|two|three|four|five|six)\s+times)\b"
)


def _count(text: str, language: str) -> str | None:
    """How many times they have had to raise it: "第三次" / "四次", "for the third time" / "3 times"."""
    if language != "en":
        m = _ZH_COUNT.search(text)
        return m.group() if m else None
    m = _EN_COUNT.search(text)
    if m is None:
        return None
    return f"for the {m.group(1).lower()} time" if m.group(1) else f"{m.group(2)} times"


_DEMANDED = re.compile(r"(?i)补偿|補償|赔偿|賠償|赔我|賠我|精神损失|compensat|damages|goodwill|make it up")


def demanded(text: str, amount: str) -> bool:
    """An amount the customer demands as compensation: answered by who approves, never repeated."""
    at = text.find(amount)
    while at >= 0:
        if _DEMANDED.search(text[max(0, at - 24) : at + len(amount) + 18]):
            return True
        at = text.find(amount, at + 1)
    return False


_ZH_TITLE = re.compile(r"(店长|店長|经理|經理|主管|负责人|負責人|主任|院长|院長|校长|校長|领导|領導)")
_EN_TITLE = re.compile(
    r"(?i)\b((?:practice|store|branch|gym|duty|general|club|hotel|site|station|office)\s+manager|supervisor|manager)\b"
)


def _title(text: str, language: str) -> str | None:
    """The person they ask for by title ("请你们店长直接打给我", "the practice manager")."""
    for sentence in re.split(r"(?<=[。！？!?；;\n])|(?<=\.)\s", text):
        if not (_ASKING.search(sentence) or re.search(r"(?i)找|叫|我要|要求|speak to|talk to|call me", sentence)):
            continue
        m = (_EN_TITLE if language == "en" else _ZH_TITLE).search(sentence)
        if m:
            return m.group(1).lower() if language == "en" else m.group(1)
    return None


_ZH_PURPOSE = re.compile(r"安装|安裝|维修|維修|抄表|换表|換錶|换锁|送货|送貨|测量|測量|检修|檢修|上门服务")
_EN_PURPOSE = re.compile(r"(?i)\b(engineer|technician|installer|installation|repair|delivery|plumber|electrician)\b")


def _purpose(text: str, language: str) -> str | None:
    m = (_EN_PURPOSE if language == "en" else _ZH_PURPOSE).search(text)
    return (m.group().lower() if language == "en" else m.group()) if m else None


def read_gist(
    text: str,
    language: str,
    *,
    domain: str = "other",
    category: str = "other",
    safety: bool = False,
    who: str | None = None,
    item: str | None = None,
    amounts: list[str] | None = None,
    clauses: list[tuple[str, str]] | None = None,
) -> Gist:
    """The gist of one complaint (``text`` is the customer's own words, instructions to us
    removed; Chinese already written out). ``clauses`` are the story clauses intake kept, each
    as written and as turned round."""
    c = gist_cues()
    if language != "en":  # a line wrapped inside a word ("黑松露和牛\n炒飯")
        text = re.sub(r"(?<=[\u4e00-\u9fff])[ \t]*\n[ \t]*(?=[\u4e00-\u9fff])", "", text)
    h = _hits(c, text)
    found = _situation(c, h, domain, category, safety)
    problem, pos = (found[0].key, found[1][0]) if found else (None, None)
    bounds = _sentence_bounds(h, pos) if pos is not None else None
    noun = _noun(text, found[1], found[0].noun) if found else None
    if problem == "app_down":
        noun = _system(text, bounds, language)
    clause = None
    if clauses:
        clause = _clause(c, clauses, language, _PROBLEM_WORDS)
    ordered, got = _wrong(text, language) if problem in ("wrong_item", "wrong_dish") else (None, None)
    money = amounts or []
    return Gist(
        problem=problem,
        clause=clause,
        item=_item(text, language, item, problem),
        branch=_branch(text, language),
        place=_place(text, language),
        when=_when(text, language, pos, bounds),
        date=_when(text, language, None),
        duration=_duration(text, language, pos, bounds),
        amount=_largest(money)
        if found and found[0].amount == "largest"
        else _amount(text, money, None if found and found[0].amount == "first" else pos),
        who=_who(who, text, language),
        noun=noun.strip() if noun else None,
        service=_service(c, h, language, pos),
        ordered=ordered,
        got=got,
        refs=references(text, language),
        amounts=list(dict.fromkeys(money)),
        asks=asked(text),
        wanted=_wanted_when(text, language),
        count=_count(text, language),
        title=_title(text, language),
        purpose=_purpose(text, language),
    )
