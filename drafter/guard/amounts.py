"""Find money amounts in folded text: ``1,200元``, ``¥５００``, ``一千二百块``, ``1.2万``,
``NT$1,500``, ``five hundred dollars``, ``两张50元代金券`` (2 x 50), and discounts.

Runs on the *folded* text (same length as the original), so spans are original offsets.
Only sentences that already hold a compensation trigger are scanned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from text_to_num import text2num

from drafter.prefilter import gated

# Currency markers -> ISO code. ``None`` means "the context's currency, else the policy's".
_PREFIX = {
    "nt$": "TWD", "ntd": "TWD", "hk$": "HKD", "us$": "USD", "usd": "USD", "rmb": "CNY",
    "cny": "CNY", "eur": "EUR", "gbp": "GBP", "hkd": "HKD", "twd": "TWD", "jpy": "JPY",
    "¥": None, "$": "$", "€": "EUR", "£": "GBP", "人民币": "CNY", "美元": "USD", "港币": "HKD",
    "新台币": "TWD", "台币": "TWD", "₹": "INR", "inr": "INR", "rs": "INR",
    "港币$": "HKD", "港元$": "HKD", "新台币$": "TWD", "台币$": "TWD", "hkd$": "HKD", "twd$": "TWD",
}  # fmt: skip
_SUFFIX = {
    "元": None, "块钱": None, "块": None, "圆": None, "人民币": "CNY", "美元": "USD",
    "美金": "USD", "港币": "HKD", "港元": "HKD", "新台币": "TWD", "台币": "TWD", "日元": "JPY",
    "日币": "JPY", "円": "JPY", "欧元": "EUR", "英镑": "GBP", "rmb": "CNY", "cny": "CNY",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "hkd": "HKD", "twd": "TWD", "jpy": "JPY",
    "ntd": "TWD", "dollars": "$", "dollar": "$", "bucks": "$", "euros": "EUR", "euro": "EUR",
    "pounds": "GBP", "pound": "GBP", "quid": "GBP", "yen": "JPY", "yuan": "CNY", "€": "EUR", "£": "GBP",
    "蚊": "HKD", "inr": "INR", "rupees": "INR", "rs": "INR", "₹": "INR", "毛钱": None, "毛": None, "角": None,
    "hong kong dollars": "HKD", "hong kong dollar": "HKD", "hk dollars": "HKD", "hk dollar": "HKD",
    "taiwan dollars": "TWD", "taiwan dollar": "TWD", "taiwanese dollars": "TWD", "nt dollars": "TWD",
    "us dollars": "USD", "us dollar": "USD", "american dollars": "USD", "港纸": "HKD",
}  # fmt: skip
_TENTH_UNITS = ("毛钱", "毛", "角")  # 一毛钱, 五角: tenths of the yuan


def _alt(words: dict[str, str | None]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"
_EN_WORDS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundred|thousand|million"
)


def _num(tag: str) -> str:
    return (
        # Bounded lengths and no start inside a number keep the scan linear on hostile input.
        # Forms: 1,200.50 / 1.200,50 and 5.000 (European: dots group thousands) / 12,5 (a decimal
        # comma) / 1e3 (exponent) / 1200.
        # A comma after five or more digits is a list comma ("订单号 6628301947751023，129元").
        rf"(?:(?<![\d.,，])|(?<=\d{{5}}[,，]))(?P<num{tag}>\d{{1,3}}(?:[,，]\d{{3}}){{1,5}}(?:\.\d{{1,4}})?"
        rf"|(?P<eu{tag}>\d{{1,3}}(?:\.\d{{3}}){{1,5}}(?:,\d{{1,2}})?(?![\d.])|\d{{1,15}},\d{{1,2}}(?![\d,]))"
        rf"|\d{{1,15}}(?:\.\d{{1,4}})?(?:e\+?\d{{1,2}}(?!\d|\.\d))?)"
        rf"(?:\s?(?P<mult{tag}>万|千|百|k\b))?"
        rf"|(?<![{_CN_DIGITS}])(?P<cn{tag}>[{_CN_DIGITS}][{_CN_DIGITS}点]{{0,15}})"
        rf"|(?P<en{tag}>\b(?:(?:a|an)[\s-]+)?(?:{_EN_WORDS})(?:[\s-]+(?:and\s+)?(?:{_EN_WORDS})){{0,8}})"
    )


# Where an amount can start: a currency marker, a digit, a Chinese numeral or an English number
# word ("a hundred"). Checked first, it spares the regex engine its look-behinds at every other
# character (the matches are the same).
_STARTS = "".join(sorted({w[0] for w in _PREFIX} | {w[0] for w in _EN_WORDS.split("|")} | {"a"}))
_AMOUNT = gated(
    re.compile(
        rf"(?=[\d{_CN_DIGITS}{re.escape(_STARTS)}])"
        rf"(?:(?<![a-z])(?P<pre>{_alt(_PREFIX)})\.?\s?(?:{_num('')})(?:\s?(?P<suf1>{_alt(_SUFFIX)})(?![a-z]))?"
        # a marker followed by digits opens the next amount: "three £3 vouchers" is 3 x £3, not £3 and 3
        rf"|(?:{_num('2')})\s?(?P<suf>{_alt(_SUFFIX)})(?![a-z])(?!\s?\d))"
    )
)
# "两张50元" / "2 x $50" / "three $20 vouchers": a count right before an amount multiplies it;
# so does one a few words before ("3 x vouchers of CNY 20", "two nights at $80").
_COUNT_BEFORE = re.compile(
    # a count stands alone: the tail of an id ("KT-5529 HK$388", 单号5529) multiplies nothing
    r"(?:(?<![a-z0-9\-/#_.,号])(?P<n>\d{1,3})|(?P<c>[一二两三四五六七八九十]+)|(?P<e>two|three|four|five|six|seven|eight|nine|ten))"
    r"\s?(?:张|份|个|次|杯|顿|笔|套|晚|x|×)?\s?(?:价值)?\s?"
    r"(?:(?:x\s|×\s?)?(?:[a-z]+\s)?(?:vouchers?|coupons?|credits?|gift cards?|cards?|tickets?|passes|meals?|"
    r"nights?|drinks?|certificates?|codes?)\s(?:of|worth|at|valued at|for|each worth)\s)?$"
)
# "价值20元" names what the item is worth; "合计50元" / "共26元" / "a total of $14.50" states a
# total of amounts already counted.
_TOTAL_BEFORE = re.compile(
    r"(?:合计|共计|总计|一共|总共|合共|共|总额|总值|总价值"
    r"|in total|total of|totall?ing|altogether|comes to|adds up to|that s)\s?(?:是|为|了|达)?\s?(?:价值)?\s?$"
)
_TOTAL_AFTER = re.compile(r"\s?(?:in total|altogether|total\b|in all)")
# "每点可折抵新台币1元" / "each point is worth $0.01": a rate, multiplied by the points granted.
_PER_UNIT = re.compile(
    r"(?:每|每个|每一)(?:点|分|积分|点数|里程)(?:可)?(?:折抵|抵|价值|值|相当于|兑换|换)?\s?$"
    r"|(?:each|per|a) point (?:is )?(?:worth )?$"
    r"|(?<![\d一二两三四五六七八九十百千万])(?:一|1)\s?(?:点|积分|点数)\s?(?:可)?(?:等于|等如|相当于|折抵|抵|价值|值|兑换|换)\s?$"
)
# "按100积分抵1元" / "100 points = $1": a rate per so many points.
_PER_N_UNITS = re.compile(
    r"(?P<n>\d[\d,]{0,9})\s?(?:个)?\s?(?:点数|积分|点|分|points?|miles?)\s?(?:可以|可)?\s?"
    r"(?:抵|折抵|兑换|换|兑|=|is worth|are worth|worth|for|equals?|equal to)\s?$"
)
# "每月79元" / "$15 a month": a rate per period or head, multiplied by how many the sentence gives
# ("3个月月租全免(每月79元)", "three months at $15 a month").
# The rate may sit a verb and a noun away from its amount: "每个月返还话费20元", "$10 off each month",
# "$5 to your account every month" (an English rate a few words away needs each/every/per).
_PER_PERIOD_BEFORE = re.compile(
    r"(?:每|每个|每一)(?P<u>月|晚|夜|天|日|周|星期|年|人|位)(?:[^\d\s,，。;；!！?？:：]{0,8})\s?$"
)
_PER_PERIOD_AFTER = re.compile(
    r"\s?(?:/|a |an |per |each |every |每|一个(?=月)|一(?=[晚夜天日周年])"  # "15元一个月", "200元一晚"
    r"|(?:(?!for |within |in |after |over |by |until |than )[a-z]+ ){1,4}?(?:each |every |per ))\s?"
    r"(?P<u>month|mo|night|day|week|year|person|head|guest|月|晚|夜|天|日|周|年|人|位)\b"
)
# "两盒土鸡蛋(每盒12.9元)" / "two iced teas ($4 each)": a price per item, multiplied by the count of
# that item the sentence gives.
_PER_ITEM_BEFORE = re.compile(
    r"(?:每|每个|每一)(?P<u>[盒杯份张个件瓶罐包袋支本碗只箱套条碟客节堂次场课])\s?(?:原价|原本|价值|值|约|售价|定价|单价|价格)?\s?(?:为|是)?\s?$"
)
_EACH_AFTER = re.compile(r"\s?each\b")
_EN_COUNT = re.compile(
    r"\b(?:(?P<n>\d{1,3})|(?P<e>two|three|four|five|six|seven|eight|nine|ten))\s(?:[a-z]+\s){0,2}[a-z]+s\s?\(?\s?$"
)
# "十二块九": 12.9 in everyday speech, the tenths after the unit.
_TENTHS_AFTER = re.compile(r"[一二三四五六七八九](?=$|[\s,，。.;；、)）(（毛角])")
_PERIOD = {
    "month": "m", "mo": "m", "月": "m", "night": "n", "晚": "n", "夜": "n", "day": "d", "天": "d", "日": "d",
    "week": "w", "周": "w", "星期": "w", "year": "y", "年": "y", "person": "p", "head": "p", "guest": "p",
    "人": "p", "位": "p",
}  # fmt: skip
_PERIOD_COUNT = re.compile(
    r"(?:(?P<n>\d{1,3})|(?P<c>[一二两三四五六七八九十]{1,3})"
    r"|\b(?P<e>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s?(?:个)?\s?"
    r"(?:(?:free|extra|complimentary|bonus|additional|more|whole|full)\s)?"  # "three free months"
    r"(?P<u>months?|nights?|days?|weeks?|years?|people|persons|guests|月|晚|夜|天|日|周|星期|年|人|位)"
)
_UNITS = re.compile(
    r"(\d[\d,]{0,9}|[一二两三四五六七八九十百千万]{1,6})\s?(?:个)?\s?"
    r"(?:(?:bonus|reward|rewards|loyalty|extra|member|membership|air|frequent flyer)\s)?"
    r"(?:点数|积分|点|分|points?|pts|miles?)"
)


def _units_value(raw: str) -> float:
    """ "20,000" or 两万 (points granted)."""
    return float(raw.replace(",", "")) if raw[0].isdigit() else float(_cn_value(raw) or 1)


_DISCOUNT = re.compile(
    r"打\s?(?P<zhe>\d{1,2}(?:\.\d)?|[一二三四五六七八九]{1,2})\s?折"
    r"|(?<![\d.$¥€£])(?P<zhe2>\d{1,2}(?:\.\d)?|[一二三四五六七八九]{1,2})\s?折(?!价|旧|算|抵)(?:优惠)?"
    r"|(?<![\d.])(?P<pct>\d{1,3}(?:\.\d{1,2})?)\s?%\s?(?:off|discount|折扣|优惠)"
    r"|(?:优惠|折扣)\s?(?P<pct2>\d{1,3}(?:\.\d{1,2})?)\s?%"
)
_CN_ONE = dict(zip("一二两三四五六七八九", (1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
# "added a 6.50 credit", "a 10 voucher": a bare number naming the worth of a credit or voucher, with no
# currency marker (the reply's own unit). Cents, or "a"/"an" before it, tell money from a count ("10 credits");
# "a 1,000 coupon" groups its thousands (yen, in a JPY context).
_WORTH_NOUN = "(?:credit|voucher|coupon|gift card|refund|rebate)"
_BARE_WORTH = re.compile(
    rf"(?:(?<=\ba )|(?<=\ban ))(?P<a>\d{{1,3}}(?:,\d{{3}}){{1,2}}(?:\.\d{{2}})?|\d{{1,5}}(?:\.\d{{2}})?)"
    rf"(?=\s(?:[a-z]+\s)?{_WORTH_NOUN}\b(?!s))"
    rf"|(?<![\w.,$€£¥])(?P<c>\d{{1,5}}\.\d{{2}})(?=\s(?:[a-z]+\s)?{_WORTH_NOUN}s?\b)"
    # "保费减免1.2k", "补偿1.5万": a bare sum with its thousands mark right after the word of value
    rf"|(?<=减免|退款|补偿|赔偿|退还|返还|折让|优惠|赔付)\s?(?P<k>\d{{1,3}}(?:\.\d{{1,2}})?)\s?(?P<km>k\b|千|万)"
)
# Words one of which every match of _BARE_WORTH / _DISCOUNT needs in the text (the noun its look-ahead
# names, the word of value its look-behind names; 折, %, 优惠, 折扣): a text with none skips the scan
# (~20 us a complaint each), and the matches of a text with one are the same.
_BARE_WORTH_WORDS = (
    "credit", "voucher", "coupon", "gift card", "refund", "rebate",
    "减免", "退款", "补偿", "赔偿", "退还", "返还", "折让", "优惠", "赔付",
)  # fmt: skip
_DISCOUNT_WORDS = ("折", "%")


@dataclass(frozen=True, slots=True)
class Amount:
    start: int
    end: int
    value: float  # in ``currency``; for discounts, the fraction of the order given away
    currency: str | None  # ISO code, "$" for an unqualified dollar, None for the local unit
    discount: bool = False
    total: bool = False  # "合计50元": the sum of amounts already stated, not another one
    periods: int = 1  # "每月20元，连续三个月": a rate given for so many periods (value is the product)
    units: int = 1  # "多补3节课，每节原价280元": so many items at a unit price (value is the product)


@cache
def _cn2an() -> object:
    import cn2an  # imported on first Chinese numeral only: it costs ~0.1 s

    return cn2an


def _cn_value(text: str) -> float | None:
    try:
        return float(_cn2an().cn2an(text, "smart"))  # type: ignore[attr-defined]
    except (ValueError, KeyError, TypeError):
        return None


def _en_value(text: str) -> float | None:
    words = text.strip()
    # "a hundred" is 100; "a forty dollar voucher" is forty.
    words = (
        re.sub(r"^an?\b", "one", words)
        if re.match(r"an?\s+(?:hundred|thousand|million)\b", words)
        else re.sub(r"^an?\s+", "", words)
    )
    words = re.sub(r"[\s-]+", " ", words)
    try:
        return float(text2num(words, "en"))
    except ValueError:
        return None


def _number(m: re.Match[str], suffix: str) -> float | None:
    num, mult = m.group("num" + suffix), m.group("mult" + suffix)
    if num is not None:
        if m.group("eu" + suffix) is not None:  # 1.500,00 -> 1500.00
            value = float(num.replace(".", "").replace(",", "."))
        else:
            value = float(num.replace(",", "").replace("，", ""))
        return value * {"万": 10_000, "千": 1_000, "百": 100, "k": 1_000}.get(mult or "", 1)
    cn = m.group("cn" + suffix)
    if cn is not None:
        if len(cn) == 1 and cn in "零〇":
            return None
        return _cn_value(cn)
    en = m.group("en" + suffix)
    if en is not None and en not in ("a", "an"):
        return _en_value(en)
    return None


def _count_before(folded: str, start: int, floor: int) -> int:
    m = _COUNT_BEFORE.search(folded[max(floor, start - 30) : start])
    if not m:
        return 1
    if m.group("n"):
        return int(m.group("n"))
    if m.group("c"):
        return int(_cn_value(m.group("c")) or 1)
    return int(_en_value(m.group("e")) or 1)


# A rate per month given for years, per day or night for weeks: "每月减30元，连续减一年" is 12 months.
_HALF_YEAR = re.compile(r"半年|\bhalf a year\b")
_PERIODS_IN = {("m", "y"): 12, ("d", "w"): 7, ("n", "w"): 7}


def _period_count(folded: str, start: int, end: int, unit: str) -> int:
    """How many of the rate's periods the sentence gives ("3个月", "for three months", 一年 of a
    monthly rate, 半年 / half a year of one); 1 if none."""
    kind = _PERIOD.get(unit)
    if kind == "m" and _HALF_YEAR.search(folded, start, end):
        return 6  # "15元一个月，扣了半年": six months, not one
    for m in _PERIOD_COUNT.finditer(folded, start, end):
        u = m.group("u")
        given = _PERIOD.get(u.rstrip("s") if u.isascii() and u not in ("people", "persons") else u)
        same = given == kind or (kind == "p" and u in ("people", "persons"))
        factor = 1 if same else _PERIODS_IN.get((kind or "", given or ""))
        if factor is None:
            continue
        if m.group("n"):
            return max(1, int(m.group("n"))) * factor
        if m.group("c"):
            return max(1, int(_cn_value(m.group("c")) or 1)) * factor
        return max(1, int(_en_value(m.group("e")) or 1)) * factor
    return 1


def _item_count(folded: str, start: int, end: int, unit: str) -> int:
    """How many of the priced item the sentence gives ("两盒" before "每盒12.9元"); 1 if none."""
    counts = re.findall(rf"(\d{{1,3}})\s?{unit}|([一二两三四五六七八九十]{{1,3}}){unit}", folded[start:end])
    if not counts:
        return 1
    digits, chinese = counts[-1]
    if digits:
        return max(1, int(digits))
    return max(1, int(_cn_value(chinese) or 1))


_SPACED_DIGITS = re.compile(r"(?<![\d])\d(?: \d){2,}(?![\d])")


def _close_spaced_digits(m: re.Match[str]) -> str:
    digits = m.group(0).replace(" ", "")
    return digits + " " * (len(m.group(0)) - len(digits))


def find_amounts(folded: str, start: int, end: int) -> list[Amount]:
    """Money amounts and discounts in ``folded[start:end]``, in order."""
    found: list[Amount] = []
    if _SPACED_DIGITS.search(folded, start, end):  # "$ 1 5 0": letter-spaced digits, same length
        folded = folded[:start] + _SPACED_DIGITS.sub(_close_spaced_digits, folded[start:end]) + folded[end:]
    for m in _AMOUNT.finditer(folded, start, end):
        if m.group("pre") is not None:
            value = _number(m, "")
            marker = m.group("pre")
            currency = _PREFIX[marker]
        else:
            value = _number(m, "2")
            marker = m.group("suf")
            currency = _SUFFIX[marker]
        if value is None or value <= 0:
            continue
        if marker in _TENTH_UNITS:
            value /= 10
        before = folded[max(start, m.start() - 12) : m.start()]
        if _TOTAL_BEFORE.search(before) or _TOTAL_AFTER.match(folded, m.end()):
            found.append(Amount(m.start(), m.end(), value, currency, total=True))
            continue
        per_n = _PER_N_UNITS.search(folded, max(start, m.start() - 30), m.start())
        if per_n is not None:
            units = [u for u in _UNITS.finditer(folded, start, m.start() - len(per_n.group(0)))]
            if units:
                value *= _units_value(units[-1].group(1)) / max(1.0, float(per_n.group("n").replace(",", "")))
            found.append(Amount(m.start(), m.end(), value, currency))
            continue
        if marker in ("块", "蚊", "元") and (tenths := _TENTHS_AFTER.match(folded, m.end(), end)) is not None:
            value += _CN_ONE[tenths.group(0)] / 10
        item = _PER_ITEM_BEFORE.search(before)
        if item is not None:
            count = _item_count(folded, start, m.start(), item.group("u"))
            found.append(Amount(m.start(), m.end(), value * count, currency, units=count))
            continue
        n = (
            _EN_COUNT.search(folded, max(start, m.start() - 40), m.start())
            if _EACH_AFTER.match(folded, m.end(), end)
            else None
        )
        if n is not None:
            count = int(n.group("n")) if n.group("n") else int(_en_value(n.group("e")) or 1)
            found.append(Amount(m.start(), m.end(), value * count, currency))
            continue
        period = _PER_PERIOD_BEFORE.search(before) or _PER_PERIOD_AFTER.match(folded, m.end(), end)
        if period is not None:
            periods = _period_count(folded, start, end, period.group("u"))
            found.append(Amount(m.start(), m.end(), value * periods, currency, periods=periods))
            continue
        # "each point worth $0.01": the rate's words may reach further back than ``before``
        if (per_point := _PER_UNIT.search(folded, max(start, m.start() - 24), m.start())) is not None:
            # the points granted, before the rate ("加两万点，一点等于一毛钱") or after it
            units = (
                list(_UNITS.finditer(folded, start, m.start() - len(per_point.group(0))))
                or list(_UNITS.finditer(folded, m.end(), end))[:1]
            )
            if units:
                value *= _units_value(units[-1].group(1))
            found.append(Amount(m.start(), m.end(), value, currency))
            continue
        found.append(Amount(m.start(), m.end(), value * _count_before(folded, m.start(), start), currency))
    for m in _BARE_WORTH.finditer(folded, start, end) if any(w in folded for w in _BARE_WORTH_WORDS) else ():
        if not any(a.start <= m.start() < a.end or m.start() <= a.start < m.end() for a in found):
            if m.group("k") is not None:
                value = float(m.group("k")) * {"k": 1_000, "千": 1_000, "万": 10_000}[m.group("km")]
            else:
                value = float((m.group("a") or m.group("c")).replace(",", ""))
            found.append(Amount(m.start(), m.end(), value, None))
    for m in _DISCOUNT.finditer(folded, start, end) if any(w in folded for w in _DISCOUNT_WORDS) else ():
        if m.group("pct") or m.group("pct2"):
            fraction = float(m.group("pct") or m.group("pct2")) / 100
        else:
            raw = m.group("zhe") or m.group("zhe2")
            if raw.isdigit() or "." in raw:
                rate = float(raw)
            else:
                digits = [_CN_ONE[c] for c in raw]
                rate = digits[0] if len(digits) == 1 else digits[0] + digits[1] / 10
            rate = rate / 10 if rate < 10 else rate / 100  # 8折 -> 0.8, 85折 -> 0.85
            fraction = 1 - rate
        if 0 < fraction < 1:
            found.append(Amount(m.start(), m.end(), fraction, None, discount=True))
    found.sort(key=lambda a: a.start)
    return found
