"""The facts a reply needs from the complaint: order id, item, what happened and what is asked for."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

import ahocorasick_rs

from drafter.guard.amounts import find_amounts
from drafter.guard.normalize import fold
from drafter.intake.config import Compiled, Scan
from drafter.models import Category, Money
from drafter.prefilter import gated
from drafter.text import converter, is_han

WHAT_HAPPENED_MAX = 80


def order_id(c: Compiled, text: str) -> str | None:
    for pattern in c.order_id:
        m = pattern.search(text)
        if m:
            return unicodedata.normalize("NFKC", m.group(1)).strip("-")
    return None


@cache
def _stops(words: tuple[str, ...]) -> re.Pattern[str]:
    """The stop words as one alternation: a test per character, not a loop over the list."""
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


def _item_after_zh(c: Compiled, scan: Scan, pos: int, starts: set[int]) -> str | None:
    cues = c.config.facts.item
    text, folded = scan.text, scan.folded
    end, han = pos, 0
    while end < len(text) and end - pos < 40:
        ch = folded[end]
        if ch in "\n，。！？；：、,!?;:()（）【】" or (end > pos and end in starts):
            break
        if _stops(tuple(cues.stop_zh)).match(folded, end):
            break
        if is_han(ch):
            han += 1
            if han > cues.max_chars:
                break
        elif not (ch.isascii() and (ch.isalnum() or ch == " ")):
            break
        end += 1
    item = text[pos:end]
    if text[end : end + 1] in ("$", "¥", "￥", "€", "£") or re.match(r"\s*[0-9]", text[end:]):
        # "鳳梨酥禮盒 NT$6,400", "禮盒 HK 350": the letters before the sum are its currency, not the item's
        item = re.sub(r"(?<![A-Za-z])[A-Za-z]{1,3}\s*$", "", item)
    item = item.strip()
    return item or None


def _item_after_en(c: Compiled, scan: Scan, pos: int, starts: set[int]) -> str | None:
    cues = c.config.facts.item
    skip, stop = set(cues.skip_en), set(cues.stop_en)
    first = last = -1
    prev_end = pos
    count = 0
    for m in re.finditer(r"[a-z0-9]+", scan.folded[pos : pos + 80]):
        start, end = pos + m.start(), pos + m.end()
        if scan.folded[prev_end:start].strip():
            break  # punctuation between words ends the phrase
        word = m.group()
        prev_end = end
        if first < 0 and word in skip:
            continue
        if word in stop or (first >= 0 and start in starts) or any(is_han(ch) for ch in scan.text[start:end]):
            break
        if first < 0:
            first = start
        last = end
        count += 1
        if count >= cues.max_words:
            break
    return scan.text[first:last].strip() if first >= 0 else None


_THE_X_I_BOUGHT = re.compile(
    r"\b(?:the|this|these|that)\s+((?:[a-z0-9]+\s+){0,3}?[a-z0-9]+)\s+(?:i|we)\s+(?:just\s+|recently\s+)?"
    r"(?:bought|ordered|purchased|received)\b"
)


@cache
def _generic(words: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    folded = {fold(g).strip() for g in words}
    return frozenset(folded), tuple(g for g in folded if g and is_han(g[0]))


@cache
def _marker_patterns(
    zh: tuple[str, ...], en: tuple[str, ...]
) -> tuple[ahocorasick_rs.AhoCorasick | None, tuple[str, ...], list[tuple[re.Pattern[str], str, str]]]:
    """One pattern per marker, compiled once, and an automaton over the markers themselves: only
    the markers it finds in a complaint get their pattern run (most complaints hold one or two
    of ~30). No automaton when a marker is empty (it matches everywhere)."""
    patterns = [(re.compile(re.escape(w)), "zh", w) for w in zh]
    patterns += [(re.compile(rf"\b{re.escape(w)}\b"), "en", w) for w in en]
    keys = tuple(dict.fromkeys([*zh, *en]))
    return (ahocorasick_rs.AhoCorasick(keys) if all(keys) else None), keys, patterns


def item(c: Compiled, scan: Scan, category: Category) -> str | None:
    """What the complaint is about: "the X I bought", then what follows 买的/点的/ordered/...,
    then what follows my/我的, then the category keyword that matched (never for foreign
    objects, illness or injury)."""
    cues = c.config.facts.item
    generic, generic_zh = _generic(tuple(cues.generic))
    # Only the blocks that read the complaint itself end an item; domain and hazard cues do not
    # ("pizza" names the business, not the end of "large pepperoni pizza").
    starts = {
        s
        for block, spans in scan.hits.items()
        if not block.startswith(("dom:", "haz:", "urgent", "consumable"))
        for s, _ in spans
    }

    def usable(item: str | None) -> str | None:
        """Not empty, and not led by a generic word ("my order number", "我的订单显示")."""
        item = (item or "").strip(" -")
        folded = fold(item).strip()
        if not item or folded in generic or folded.split()[0] in generic:
            return None
        return None if folded.startswith(generic_zh) else item

    m = _THE_X_I_BOUGHT.search(scan.folded)
    if m and (found := usable(scan.text[m.start(1) : m.end(1)])):
        return found
    for markers in (cues.markers, cues.weak_markers, cues.weakest_markers):
        positions: list[tuple[int, str]] = []
        automaton, keys, patterns = _marker_patterns(tuple(markers.zh), tuple(markers.en))
        if automaton is not None:
            present = {keys[i] for i, _, _ in automaton.find_matches_as_indexes(scan.folded, overlapping=True)}
            patterns = [p for p in patterns if p[2] in present]
        for pattern, lang, _ in patterns:
            positions += [(x.end(), lang) for x in pattern.finditer(scan.folded)]
        for pos, lang in sorted(positions):
            item = _item_after_zh(c, scan, pos, starts) if lang == "zh" else _item_after_en(c, scan, pos, starts)
            if found := usable(item):
                return found
    if category in ("foreign_object", "illness", "injury"):
        return None  # the keyword there is the hair, the symptom or the wound, not the item
    hits = scan.get(f"cat:{category}")
    return scan.text[hits[0][0] : hits[0][1]] if hits else None


def _strip_greeting(c: Compiled, text: str) -> str:
    folded = fold(text)
    m = c.greeting.match(folded)
    if m is None:
        return text
    line_end = folded.find("\n")
    line_end = len(folded) if line_end < 0 else line_end
    delim = re.compile(r"[,，!！:：。.?？]").search(folded, m.end(), min(line_end, m.end() + 30))
    if delim:
        return text[delim.end() :].lstrip()
    if line_end - m.end() <= 30:
        return text[line_end:].lstrip()
    return text


_SENTENCE_END = re.compile(r"[。！？!?；;\n]|\.(?=\s|$)")


def what_happened(c: Compiled, text: str) -> str | None:
    """The first sentence of the complaint (after any greeting), trimmed to about 80 characters."""
    # Undo hard wrapping ("it arrived\ncold"): a line break inside an English sentence.
    rest = re.sub(r"(?<=[A-Za-z0-9,])[ \t]*\n[ \t]*(?=[a-z0-9])", " ", _strip_greeting(c, text))
    sentence = ""
    while rest and not sentence:
        m = _SENTENCE_END.search(rest)
        sentence, rest = (rest[: m.start()], rest[m.end() :]) if m else (rest, "")
        sentence = sentence.strip(" \t,，、")
    if not sentence:
        return None
    if len(sentence) > WHAT_HAPPENED_MAX:
        cut = sentence[:WHAT_HAPPENED_MAX]
        space = cut.rfind(" ")
        if space > WHAT_HAPPENED_MAX - 25:
            cut = cut[:space]
        sentence = cut.rstrip(" ,，、") + "…"
    return sentence


# Just before a remedy word, a refusal of it ("I don't want a refund", "我唔要求退錢", "不需要赔偿"):
# what the customer waves away is not asked for.
_DECLINED_BEFORE = re.compile(
    r"(?:不|唔|没|冇)(?:要求|需要|想要|使|洗|用|要)(?:你们|你哋)?\s*$"
    r"|\b(?:don t|do not|dont|not|never) (?:want|need|asking for|looking for|after|expecting)"
    r"(?: (?:a|an|the|my|any))?\s*$",
)


def _declined(folded: str, start: int) -> bool:
    return _DECLINED_BEFORE.search(folded[max(0, start - 24) : start]) is not None


def asks_for(c: Compiled, scan: Scan) -> list[str]:
    first: dict[str, int] = {}
    for ask in c.config.asks_for:
        spans = [s for s in scan.get(f"ask:{ask}") if not _declined(scan.folded, s[0])]
        if spans:
            first[ask] = spans[0][0]
    return sorted(first, key=lambda a: (first[a], list(c.config.asks_for).index(a)))


_CANTONESE_MARKS = re.compile("[咗哋嘅喺冇唔佢啲嘢嚟嗰俾畀攞搵睇]|八達通|港幣|港元")


def amounts(text: str, language: str | None = None) -> list[Money]:
    """Money as the customer wrote it, in order: what a refund within the limit is valued on. A
    bare "$" is the local dollar: Hong Kong's in Cantonese text, Taiwan's in other Traditional
    Chinese, US dollars otherwise."""
    return list(_amounts(text, language))  # a fresh list: the caller may change it (Money is frozen)


@lru_cache(maxsize=8)
def _amounts(text: str, language: str | None) -> tuple[Money, ...]:
    """amounts, read once: intake, Listen and Satisfy each ask of the same complaint and clauses
    (eight entries hold one draft's repeats; not so many that drafts reuse each other's)."""
    folded = _clause_commas(text, fold(text))
    found: list[Money] = []
    for a in find_amounts(folded, 0, len(folded)):
        if a.discount:
            continue
        surface = text[a.start : a.end].strip()
        if (a.units > 1 or a.periods > 1) and any(
            b.value == a.value and (b.units, b.periods) == (1, 1) for b in find_amounts(folded, 0, len(folded))
        ):
            # "12节课，每节300元，应退3,600元": the guard values the price per lesson at the 12 lessons'
            # 3,600, which they state themselves: the sum is theirs, and "300元" worth 3,600 is said
            # back as "300元的退款" (trainers, c30). A product they do not state ("15元一个月，扣了半年")
            # stays, as what the months come to.
            continue
        value = a.value
        if not re.search(r"[$¥￥€£元块塊蚊]|[A-Za-z]{3}", surface):
            continue  # a bare number is not money
        if surface in ("一块", "一塊") and not text.startswith(("钱", "錢"), a.end):
            continue  # "烧黑了一块": a patch, not a yuan
        currency = a.currency
        if currency == "$":
            local = "HKD" if _CANTONESE_MARKS.search(text) else "TWD"
            currency = local if language == "zh-Hant" else "USD"
        if currency is None:
            currency = "CNY" if "¥" in surface or "￥" in surface or "人民币" in surface else None
        if currency is None and re.search(r"[元块塊蚊]", surface):
            # "3块", "68元" in Simplified text: the yuan; "蚊" is Hong Kong's dollar. Valued, a refund
            # of 3 yuan is granted, not sent to a supervisor as if its worth were unknown.
            # (in Traditional text 元 may be Hong Kong's or Taiwan's dollar, and a clause alone cannot
            # tell: left unvalued, so a refund of it is approved by someone, never granted on a guess)
            if "蚊" in surface:
                currency = "HKD"
            elif language == "zh-Hans":
                currency = "CNY"
        money = Money(text=surface, value=value, currency=currency)
        if money not in found:
            found.append(money)
    found = _spoken_tenths(text, language, found)
    for m in _ZH_BARE_PRICE.finditer(text):
        # "麻辣香锅 六十八" closing a chat: the price of what they name, said aloud (round 10bb)
        spoken = m.group(1)
        valued = find_amounts(fold(spoken + "元"), 0, len(spoken) + 1)
        if valued and not any(f.text == spoken for f in found):
            found.append(Money(text=spoken, value=valued[0].value, currency="CNY" if language == "zh-Hans" else None))
    return tuple(found)


# A full-width comma between figures is a clause break where the figures before it cannot open a
# sum: an id's tail ("BK20240915-066，268元"), a leading zero, or more than three figures. Read as a
# thousands mark, it made "066，268元" (trainers: garbled). "3，600元" stays 3,600.
_FULLWIDTH_COMMA = re.compile(r"(?<=\d)，(?=\d)")


def _clause_commas(text: str, folded: str) -> str:
    """``folded`` with each full-width comma that cannot be a thousands mark turned into a stop."""
    if "，" not in text:
        return folded
    out = list(folded)
    for m in _FULLWIDTH_COMMA.finditer(text):
        run = re.search(r"[0-9]+$", text[: m.start()])
        start = run.start() if run else m.start()
        joined = start > 0 and ((text[start - 1].isascii() and text[start - 1].isalnum()) or text[start - 1] in "-_/#")
        if text[start] == "0" or m.start() - start > 3 or joined:
            out[m.start()] = "。"
    return "".join(out)


# The everyday forms of a yuan sum (round s10): "三十六块八", "36块8毛", "五块五", "八毛钱", "四十二蚊半",
# and a bare "1.2万" paid or asked back. A reply that says "三十六块" of 36.8 states a wrong sum
# (trainers). The tenths and hundredths after the unit belong to the sum, written as they wrote it.
_ZH_DIGIT = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_D = r"[0-9一二两兩三四五六七八九]"
_YUAN_TAIL = re.compile(
    rf"(?:(?P<t>{_D})(?:毛|角|毫)?(?:(?P<c>{_D})分?)?|(?P<half>半))(?:钱|錢)?"
    rf"(?=$|[^0-9一二两兩三四五六七八九十百千万萬亿億块塊元蚊个個件条條只隻张張次])"
)
# "36块8", "36块钱": Arabic figures before 块 (find_amounts reads only Chinese ones, since "切成2块" is
# pieces); money when the tenths or 钱 follow. "八毛钱", "5毛钱": tenths alone, said as money.
_ARABIC_KUAI = gated(
    re.compile(
        rf"(?<![0-9.])(?P<n>[0-9]{{1,6}})(?P<u>块|塊|蚊)(?=(?:钱|錢)|{_D}(?:毛|角|毫|$|[^0-9一二两兩三四五六七八九十百千万萬个個件]))"
    )
)
_TENTHS_ONLY = gated(
    re.compile(rf"(?<![0-9一二两兩三四五六七八九十百千块塊蚊元.])(?P<t>{_D})(?:毛|角)(?:(?P<c>{_D})分?)?(?:钱|錢)")
)
# "交了1.2万", "退我3.5萬": a figure in ten-thousands after a word of paying or paying back.
_BARE_WAN = re.compile(
    r"(?:付|交|花|转|轉|汇|匯|扣|退|赔|賠|充|共|费|費|价|價|款|押金|订金|訂金|还|還|欠|收)了?(?:我|咗)?"
    r"\s*(?P<s>(?P<n>[0-9]+(?:\.[0-9]+)?)\s*[万萬])(?![元块塊蚊人个個步次字件粉张張公])"
)


def _digit(ch: str | None) -> int:
    return 0 if not ch else (int(ch) if ch.isdigit() else _ZH_DIGIT[ch])


def _spoken_tenths(text: str, language: str | None, found: list[Money]) -> list[Money]:
    """The amounts with the tenths they were said with ("三十六块八" is 36.8, not 三十六块), and the
    everyday forms the guard's reader leaves out ("36块8", "八毛钱", "交了1.2万")."""
    cny = "CNY" if language == "zh-Hans" else None
    out: list[Money] = []
    for money in found:
        at = text.find(money.text)
        tail = _YUAN_TAIL.match(text, at + len(money.text)) if at >= 0 and money.text[-1:] in "块塊蚊" else None
        if tail is not None and "." not in money.text:
            cents = 50 if tail.group("half") else _digit(tail.group("t")) * 10 + _digit(tail.group("c"))
            value = int(money.value + 1e-9) + cents / 100
            money = Money(text=money.text + tail.group(0), value=round(value, 2), currency=money.currency)
        out.append(money)
    extra: list[tuple[int, Money]] = []
    for m in _ARABIC_KUAI.finditer(text):
        tail = _YUAN_TAIL.match(text, m.end())
        cents = (
            0
            if tail is None
            else (50 if tail.group("half") else _digit(tail.group("t")) * 10 + _digit(tail.group("c")))
        )
        said = text[m.start() : tail.end() if tail is not None else m.end()]
        currency = "HKD" if m.group("u") == "蚊" else cny
        extra.append((m.start(), Money(text=said, value=round(int(m.group("n")) + cents / 100, 2), currency=currency)))
    for m in _TENTHS_ONLY.finditer(text):
        value = round((_digit(m.group("t")) * 10 + _digit(m.group("c"))) / 100, 2)
        extra.append((m.start(), Money(text=m.group(0), value=value, currency=cny)))
    for m in _BARE_WAN.finditer(text):
        value = round(float(m.group("n")) * 10000, 2)
        extra.append((m.start("s"), Money(text=m.group("s"), value=value, currency=cny)))
    for start, money in extra:
        if any(money.text in f.text or f.text in money.text for f in out):
            continue
        before = sum(1 for f in out if 0 <= text.find(f.text) < start)
        out.insert(before, money)
    return out


# A price in Chinese numerals after an item, ending a line of a chat ("麻辣香锅 六十八", "牛腩饭 三十五块"
# is read above): a figure with 十 / 百 / 千 in it, so "第 二" or a lone "三" is none.
_ZH_BARE_PRICE = re.compile(
    r"(?<=[\u4e00-\u9fff])[ \t]+([一二两兩三四五六七八九]?[十百千][一二两兩三四五六七八九十百千]{0,4})[ \t]*$",
    re.MULTILINE,
)


@cache
def _people(en: tuple[str, ...], zh: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (
        # "my 78-year-old father", 我72岁的母亲: the person, not their age
        re.compile(rf"\b(?:my|our)\s+(?:[\w-]+\s+)?({'|'.join(map(re.escape, en))})s?\b", re.IGNORECASE),
        re.compile(rf"(?:我|我的|我们|我們的)(?:\d{{1,3}}\s*[岁歲](?:的|嘅)?)?({'|'.join(map(re.escape, zh))})"),
        re.compile("(孩子|小孩|宝宝|女儿|儿子|小朋友)"),
    )


_EN_AGE = re.compile(r"\bmy\s+(\d{1,2})\s?(?:yo|y/o|-year-old|year old|yr old)\b", re.IGNORECASE)
_EN_FAMILY = re.compile(r"\b(?:my (?:whole )?family|all of us|the whole family|my kids and I|we all)\b", re.IGNORECASE)
_ZH_FAMILY = re.compile(r"全家|一家|成家人|家人都|我们全家|我們全家")
# Round 10at. The customer and one other both harmed ("my partner and I ... we were both
# vomiting", 我和老公都拉肚子): both asked after, not only the other one.
_EN_PAIR = re.compile(
    r"\bmy (partner|wife|husband|friend|son|daughter|mother|mum|mom|father|dad|sister|brother|colleague|"
    r"boyfriend|girlfriend|fianc[ée]e?) and I\b(?=[^\n]*\b(?:we were both|we are both|we re both|we both|both of us|"
    r"we were all|both (?:got|fell|felt|became|started|were|are))\b)",
    re.IGNORECASE,
)
_ZH_PAIR = re.compile(
    r"我(?:和|跟|同|与|與)(?:我)?(老公|老婆|太太|先生|妈妈|爸爸|朋友|女朋友|男朋友|同事|爱人|愛人)"
    r"(?:两个人|两个|两人|兩個人|兩個|兩人)?都"
)
_EN_NEIGHBOUR = re.compile(r"\b(?:my|our|a|the)\s+(?:elderly\s+|old\s+|next-door\s+)?(neighbou?r)s?\b", re.IGNORECASE)
_ZH_NEIGHBOUR = re.compile(
    r"(?:邻居|鄰居|隔篱|隔籬|隔壁)(?:的|嘅)?(?:阿嬷|阿嬤|阿婆|婆婆|伯伯|阿伯|老人家|小朋友|小孩|孩子)?"
)
# Spoken words for a spouse, as a written reply says them.
_ZH_SPOUSE = {
    **{"老公": "先生", "老婆": "太太", "妈": "母亲", "爸": "父亲", "妈妈": "母亲", "爸爸": "父亲"},
    **{"阿妈": "母亲", "阿爸": "父亲", "仔": "儿子", "女": "女儿", "细路": "孩子", "仔仔": "儿子", "囡囡": "女儿"},
}
# Cantonese "我个女" / "我嘅仔" / "我阿妈": my daughter, my son, my mother.
# (round 10at: an age between, 我72岁阿妈; 个仔 told without 我, 今日个仔跌亲, but never 一个女人)
_YUE_PERSON = re.compile(
    r"我(?:\d{1,3}\s*岁(?:的|嘅)?)?(?:个|嘅|的)?(阿妈|阿爸|细路|仔仔|囡囡)"
    r"|(?:我|(?<![一两三四五六七八九十几\d这那哪呢嗰每某有]))(?:个|嘅)(仔|女)(?!朋友|仔|人|士|生|装|性|孩|工|星|神|皇)"
)


# (round 10ay: Cantonese 我隻狗 / 我條狗, the measure word after 我)
_ZH_OWNER = "我|我的|我家|我家的|我们|我們|我们家|我們家|我养的|我養的|我哋|我个|我嘅|我只|我条|我哋只|我哋条"


@cache
def _pets(en: tuple[str, ...], zh: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(rf"\b(?:my|our)\s+(?:\w+\s+)?({'|'.join(map(re.escape, en))})s?\b", re.IGNORECASE),
        re.compile(rf"(?:{_ZH_OWNER})({'|'.join(map(re.escape, zh))})"),
    )


# The pet's name: a capitalised word right after "my dog" ("my dog Biscuit", "my dog, Biscuit,"),
# or right before "(my dog)": asked after by name, never read as a thing ("the biscuit").
_PET_NAME_AFTER = re.compile(r",?\s+(?:(?:called|named)\s+)?([A-Z][a-z]{1,14})\b")
_PET_NAME_ZH = re.compile(r"\s*[「“\"]?([A-Z][a-z]{1,14})(?![A-Za-z])")
_PET_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]{1,14})\s*\(\s*\0")
_NOT_PET_NAMES = frozenset(
    {
        "i",
        "the",
        "he",
        "she",
        "it",
        "they",
        "we",
        "and",
        "but",
        "was",
        "is",
        "has",
        "had",
        "on",
        "at",
        "in",
        "from",
        "today",
        "yesterday",
        "when",
        "after",
        "then",
        "now",
        "my",
        "our",
    }
)
# A business that looks after animals: the animal mentioned is the one hurt, not the owner with them.
PET_CARE = re.compile(
    r"\b(?:groom(?:er|ers|ing)?|kennels?|cattery|boarding|pet (?:shop|store|hotel|sitter|sitting|spa|salon)|"
    r"dog walk(?:er|ing)|vets?|veterinar\w*|daycare)\b"
    r"|宠物|寵物|兽医|獸醫|美容店|寄养|寄養|狗舍|猫舍|貓舍",
    re.IGNORECASE,
)


# Who keeps an animal for a while (not a vet, whose bill for an old illness is billing).
PET_KEEPER = re.compile(
    r"\b(?:groom(?:er|ers|ing)?|kennels?|cattery|boarding|pet (?:hotel|sitter|sitting|spa|salon)|"
    r"dog walk(?:er|ing)|daycare|day care|pamper\w*)\b"
    r"|美容|寄养|寄養|狗舍|猫舍|貓舍|宠物酒店|寵物酒店|托管",
    re.IGNORECASE,
)


def pet(c: Compiled, text: str, language: str) -> str | None:
    """The animal a customer calls theirs, as the reply names it ("your dog", "您的猫"); None
    when they name none. Why: a pet hurt or ill needs a vet, not "seek medical care"."""
    en, zh = _pets(tuple(c.config.pets.en), tuple(c.config.pets.zh))
    if language == "en":
        m = en.search(text)
        if not m:
            return None
        named = _PET_NAME_AFTER.match(text, m.end()) or _PET_NAME_BEFORE.search(text[: m.start()] + "\0")
        name = named.group(1) if named else None
        return name if name and name.lower() not in _NOT_PET_NAMES else f"your {m.group(1).lower()}"
    folded = fold(text)
    m = zh.search(folded)
    if not m:
        return None
    named = _PET_NAME_ZH.match(text, m.end())
    return named.group(1) if named else "您的" + text[m.start(1) : m.end(1)]


def who(c: Compiled, text: str, language: str) -> str | None:
    """The person a safety case is about, as the reply names them ("your daughter", "您女儿",
    "您和家人" when the whole family was hurt): the first family member the customer calls
    theirs; None when it is the customer."""
    en, zh, child = _people(tuple(c.config.people.en), tuple(c.config.people.zh))
    if language == "en":
        if _EN_FAMILY.search(text):
            return "you and your family"
        pair = _EN_PAIR.search(text)
        if pair:
            return f"you and your {pair.group(1).lower()}"
        m = en.search(text)
        if m and _listed(en, text, m.end()):
            return None  # "my wife, our two children and my father": ask after everyone, as for the customer
        if m:
            return f"your {m.group(1).lower()}"
        age = _EN_AGE.search(text)
        if age:
            return f"your {age.group(1)}-year-old"
        neighbour = _EN_NEIGHBOUR.search(text)
        return f"your {neighbour.group(1).lower()}" if neighbour else None
    folded = fold(text)  # same length as the text: spans found here are spans of the text
    if _ZH_FAMILY.search(folded):
        return "您和家人"
    pair = _ZH_PAIR.search(folded)
    if pair:
        other = text[pair.start(1) : pair.end(1)]
        named = _ZH_SPOUSE.get(fold(other))
        if named and language == "zh-Hant":
            named = str(converter("s2tw").convert(named))
        spouse = named in ("先生", "太太") or fold(other) in ("老公", "老婆")
        return "您和" + ("您" if spouse else "") + (named or other)
    m = _YUE_PERSON.search(folded) or zh.search(folded)
    if m and _listed(zh, folded, m.end()):
        return "您和家人"  # 太太、两个孩子和我爸: ask after everyone
    if m:
        group = 1 if m.group(1) else 2
        person = text[m.start(group) : m.end(group)]
        named = _ZH_SPOUSE.get(fold(person))
        if named and language == "zh-Hant":
            named = str(converter("s2tw").convert(named))
        return "您" + (named or person)
    m = child.search(folded)
    if m:
        return "您的" + text[m.start(1) : m.end(1)]
    neighbour = _ZH_NEIGHBOUR.search(folded)
    return "您的" + text[neighbour.start() : neighbour.end()].replace("的", "").replace("嘅", "") if neighbour else None


# A list of people: another one within a few words, joined by a comma or "and" (太太、孩子和我爸).
_LIST_JOIN = re.compile(r"^[^.!?。！？\n]{0,3}?(?:,|，|、|\band\b|\b&|和|同|跟|及|与|與|还有|還有|仲有)", re.IGNORECASE)


def _listed(people: re.Pattern[str], text: str, end: int) -> bool:
    """Whether the person found is the first of a list of people (several to ask after, not one)."""
    if not _LIST_JOIN.match(text[end : end + 8]):
        return False
    nxt = people.search(text[end : end + 60])
    return nxt is not None


_SENT_BACK = re.compile(
    r"\b(?:sent|took|brought|returned)\s+(?:my|our|the)\s+((?:[a-z0-9-]+\s+){0,2}?[a-z0-9-]+)\s+back\b"
)
_ZH_COUNT = re.compile(
    r"^(?:[一两兩二三四五六七八九十几幾\d]+|这|這|那)?"
    r"(?:个|個|部|台|臺|件|张|張|双|雙|条|條|盒|瓶|杯|碗|套|间|間|份|只|隻|款|支|次|单|單|副|辆|輛|桶|罐|包|把|对|對)"
)
# "点的是…", "叫嘅係…" (folded 系): the item follows the copula.
_ZH_IS = re.compile("是|系")
# Round 10bb. A chat that ends on its order number, the dish and its price ("订单 3301228 麻辣香锅 六十八"):
# the words between the number and the price (or the end) name what was ordered.
_ZH_REF_THEN_ITEM = re.compile(
    r"(?:订单|訂單|单号|單號)(?:号|號|编号|編號)?\s*[:：]?\s*[A-Za-z0-9-]{4,}[ \t]+([\u4e00-\u9fff]{2,8})"
    r"(?=[ \t]*(?:(?:HK\$|NT\$|[$¥￥])?\s*(?:\d+(?:\.\d+)?|[一二两兩三四五六七八九十百千]{2,6})"
    r"\s*(?:元|块|塊|蚊)?)?[ \t]*$)",
    re.MULTILINE,
)
_ZH_TIMES_END = re.compile(r"[\d一二两兩三四五六七八九十几幾]+\s*(?:次|遍|回)$")
_ZH_GUESS_END = re.compile("[吧吗嗎呢啊呀喎咩啦]$")
# A span of time or a bare count of units ("3 wks", "two hours", "三个月"): never an item.
_DURATION = re.compile(
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple of|several)\s*"
    r"(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|nights?|wks?|weeks?|mos?|months?|yrs?|years?)"
    r"|[\d一两兩二三四五六七八九十几幾半]+\s*(?:个|個)?(?:秒|分钟|分鐘|小时|小時|钟头|鐘頭|天|日|晚|周|週|星期|礼拜|禮拜|月|年)"
)
# An item ends where a space, a date or a time starts: "清蒸鲈鱼 上成", "11月14日上午10點".
_ZH_ITEM_END = re.compile(r"\s+(?=[\u3400-\u9fff])|\d{1,2}[月点點:日号號]|[上下晚早]上|下午|中午|凌晨")
# Round s8. A "named item" that is a clause of what went wrong ("饭也凉了", "汤都洒了").
_ZH_CLAUSE_ITEM = re.compile(r"[\u4e00-\u9fff](?:也|都)[\u4e00-\u9fff]|[\u4e00-\u9fff][了過过]$")
# A single quote mark not inside a word (not "kid's"): half a quotation.
_EN_HALF_QUOTE = re.compile(r"(?<![A-Za-z])['‘’]|['‘’](?![A-Za-z])")
_EN_LEAD = frozenset(
    {"a", "an", "the", "my", "our", "some", "one", "two", "three", "four", "five", "six", "this", "that", "these"}
    | {"those", "new", "brand", "just", "recently", "pair", "couple", "of"}
)


def _named_en(c: Compiled, scan: Scan, pos: int) -> str | None:
    cues = c.config.facts.item
    stop = set(cues.stop_en) | set(cues.named_stop)
    words: list[tuple[int, int]] = []
    prev_end = pos
    for m in re.finditer(r"[a-z0-9][a-z0-9'’-]*", scan.folded[pos : pos + 60]):
        start, end = pos + m.start(), pos + m.end()
        if scan.folded[prev_end:start].strip() or "\n" in scan.folded[prev_end:start]:
            break  # punctuation or a line break ends the phrase
        prev_end = end
        word = m.group()
        if not words and word in _EN_LEAD:
            continue
        if word in stop or word.endswith("ly") or any(is_han(ch) for ch in scan.text[start:end]):
            break
        words.append((start, end))
        if len(words) == 4:
            break
    return scan.text[words[0][0] : words[-1][1]] if words else None


@cache
def _named_patterns(zh: tuple[str, ...], en: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One alternation per language, longest first: a single pass over the complaint each."""

    def alternation(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"

    return re.compile(alternation(zh)), re.compile(rf"\b(?:{alternation(en)})\b")


def named_item(c: Compiled, scan: Scan) -> str | None:
    """What the customer bought, booked, used or sent back, named where they say so ("returned
    the air fryer", "買嘅尿袋"): the item Listen restates. Nothing when no marker names one; a
    guess from "my ..." reads wrong more often than right ("my first grandchild")."""
    cues = c.config.facts.item
    generic, generic_zh = _generic(tuple(cues.generic))

    def usable(found: str | None) -> str | None:
        found = (found or "").strip(" -'’\"“”「」")
        if found and any(map(is_han, found)):
            found = _ZH_ITEM_END.split(found)[0]  # "air fryer 單號HK2403": the item ends at the space
            found = _ZH_TIMES_END.sub("", found)  # "止咳藥水兩次": how often, not part of the item
        if re.search(r"[\"“”「」『』]", found):
            return None  # a quote or a shop's name cut in two
        if _ZH_CLAUSE_ITEM.search(found):
            return None  # "饭也凉了": what went wrong with it, a clause, never "关于饭也凉了"
        found = _EN_HALF_QUOTE.sub("", found)  # "genuine leather' laptop sleeve": the quote's other half was cut off
        folded = fold(found).strip()
        if not found or folded in generic or (folded.split() or [""])[0] in generic or folded.startswith(generic_zh):
            return None
        han = sum(map(is_han, found))
        if re.search(r"\d\s*(?:元|块|塊|蚊)|[$¥£€]\s*\d", found):
            return None  # "61元 多扣": an amount, not a thing they bought
        if _ZH_GUESS_END.search(found):
            return None  # "卖的是假货吧": a guess or a jab ending on its particle, not a thing they bought
        if _DURATION.fullmatch(folded):
            return None  # "submitted 3 wks ago", "订了三个月": how long, not what they sent or bought
        return found if (han == 0 or 2 <= han <= 8) and not re.fullmatch(r"[\d\s.,-]+", found) else None

    if (after_ref := _ZH_REF_THEN_ITEM.search(scan.text)) and (found := usable(after_ref.group(1))):
        return found  # "订单 3301228 麻辣香锅 六十八": the chat's order, item and price
    m = _SENT_BACK.search(scan.folded) or _THE_X_I_BOUGHT.search(scan.folded)
    if m and (found := usable(_named_en(c, scan, m.start(1)))):
        return found
    zh_markers, en_markers = _named_patterns(tuple(cues.named.zh), tuple(cues.named.en))
    positions = [(x.end(), "zh") for x in zh_markers.finditer(scan.folded)]
    positions += [(x.end(), "en") for x in en_markers.finditer(scan.folded)]
    for pos, lang in sorted(positions):
        if lang == "zh":
            # 叫嘅係燕麥奶latte: what was ordered follows the copula
            pos += len(cop.group()) if (cop := _ZH_IS.match(scan.folded, pos)) else 0
            rest = scan.folded[pos : pos + 4]
            skip = _ZH_COUNT.match(rest)
            start = pos + (skip.end() if skip else 0)
            item = _item_after_zh(c, scan, start, set())
            end = start + len(item or "")
            line_start = scan.text.rfind("\n", 0, end) + 1
            wrapped = end - line_start >= 20  # a hard wrap comes at a long line; a short one is a message
            if item and wrapped and scan.text[end : end + 1] == "\n" and is_han(scan.text[end + 1 : end + 2] or "a"):
                item += _item_after_zh(c, scan, end + 1, set()) or ""  # "無線\n充電座": a line wrapped
        else:
            item = _named_en(c, scan, pos)
        if found := usable(item):
            return found
    return None


@cache
def _folded_set(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(w).rstrip("*") for w in words)


def issues(c: Compiled, scan: Scan, category: Category) -> list[str]:
    """The words the customer used for what went wrong or who got hurt ("raw", "冒煙", "slipped"),
    as they wrote them: whole words, at most three, vague ones ("quality") and care ("doctor") left out."""
    skip = _folded_set(tuple(c.config.facts.item.issue_skip))
    harm = ("product_quality", "foreign_object", "illness", "injury")
    blocks = [f"cat:{category}"] if category in harm else []
    blocks += [b for b in scan.hits if b.startswith("haz:")] + [f"cat:{h}" for h in harm if h != category]
    care = {s for s, _ in scan.get("care")}
    found: list[str] = []
    for block in blocks:
        for start, end in scan.get(block):
            if start in care:
                continue
            text = scan.text
            if not is_han(text[start]):
                while start > 0 and (text[start - 1].isalpha()):
                    start -= 1
                while end < len(text) and (text[end].isalpha()):
                    end += 1
            word = re.sub(r"\s+(?:in|my|his|her|the|of|on)$", "", text[start:end].strip(), flags=re.I)
            key = fold(word)
            if not word or key in skip or any(key in fold(f) or fold(f) in key for f in found):
                continue
            found.append(word if word.isupper() is False else word.lower())
            if len(found) == 3:
                return found
    return found
