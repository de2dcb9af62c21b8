"""The facts a reply restates, said in sentences of ours that name what each one is.

Why: trainers marked down "I have noted the details you gave: NT$1,850、三天" as bare scraps. A
reference reads as "your order 12345" (its label taken from the words just before it in the
complaint), amounts and dates as the figures we will check, a phone number as the number we will
call, and the rest as what they told us. The sentence frames live in the phrase banks
(prompts/phrases/, ``listen.facts``)."""

from __future__ import annotations

import re
from typing import Literal

from drafter.guard.normalize import fold
from drafter.intake.corrections import replaced_sums
from drafter.intake.prefs import disowned, reach_me
from drafter.wording import Wording

Kind = Literal[
    "item", "ref", "plate", "amount", "when", "other", "count", "phone", "email", "address", "place", "where"
]

_EN_LABEL = re.compile(
    r"\b(account|acct|order|booking|reservation|reference|ref|tracking|case|ticket|claim|card|policy|invoice"
    r"|trip|ride|journey|agreement|rental|tenancy|request|appointment|patient"
    r"|meter|flight|membership|member|customer|transaction|receipt|confirmation|complaint|application"
    r"|registration|serial|bill|parcel|shipment|consignment|contract|job|incident|room|plate|licen[cs]e|seat"
    r"|unit|flat|apartment|apt|suite|table|fob)"
    r"(?:\s+(?:no\.?|number|num|id|code|#))?(\s+(?:ending|ending in|ends in|last (?:4|four)(?: digits)?))?"
    r"\s*(?:[:#]|is|was)?\s*(?-i:(?P<pre>[A-Z]{1,3}) )?$",  # "agreement RA 7731942": the letters are the id's
    re.IGNORECASE,
)
# Where something is (a flat, a room, a table, a seat), not a reference we look a case up by:
# "We will look into this under your unit 5B" reads wrong; it is noted as where it happened.
_EN_PLACE_LABEL = re.compile(r"^(?:your )?(?:unit|flat|apartment|apt|suite|room|table|seat|fob)\b", re.IGNORECASE)
_ZH_PLACE_LABEL = re.compile(r"^(?:您的)?(?:房号|房號|桌号|桌號|台号|台號|座位|座号|座號)")
# What a label is called in the reply, when not its own word.
_EN_NAME = {
    "acct": "account",
    "ref": "reference",
    "tracking": "tracking number",
    "confirmation": "confirmation number",
    "customer": "customer number",
    "member": "membership number",
    "membership": "membership number",
    "serial": "serial number",
    "registration": "registration",
    "transaction": "transaction",
    "txn": "transaction",
}
_ZH_LABELS = (
    # s14 (c34a-007): a card's last digits, named as such
    "帳號末四碼|账号末四码|帳戶末四碼|账户末四码|卡號末四碼|卡号末四码|信用卡末四碼|信用卡末四码"
    "|信用卡後四碼|信用卡后四码|卡末四碼|卡末四码|末四碼|末四码|後四碼|后四码"
    "|保单号码|保單號碼|保单号|保單號|保单|保單|卡号后四位|卡號後四位|卡号尾号|卡號尾號|后四位|後四位|末四位|尾数|尾數|订单号|訂單號|订单|訂單|运单号|運單號|快递单号|快遞單號|单号|單號|账号|帳號|账户|帳戶|户号|戶號|卡号|卡號"
    "|尾号|尾號|货号|貨號|工单号|工單號|投诉编号|投訴編號|参考编号|參考編號|编号|編號|预约号|預約號|预约编号|預約編號|航班"
    "|车牌|車牌|发票号|發票號|流水号|流水號|交易号|交易號|会员号|會員號|会员卡号|會員卡號|房号|房號|合同号|合同號"
    "|门号|門號|订房代号|訂房代號|订位代号|訂位代號|代号|代號|收据号码|收據號碼|申请编号|申請編號|案件编号|案件編號"
    "|受理号|受理號|座位|座號|座号"
)
_ZH_LABEL = re.compile(rf"({_ZH_LABELS})(?:\s*(?:[:：#]|是|为|為))?\s*$")  # just before the reference
_ZH_LABEL_IN = re.compile(_ZH_LABELS)  # inside intake's reference ("车牌沪A·3K720")
_EN_LEAD = re.compile(r"^[A-Za-z]{3,}\.? ")
_ZH_LEAD = re.compile(r"^[\u4e00-\u9fff]+")
_MONEY = re.compile(r"[$¥£€元]")
_COMPOUND = re.compile(r"\d+-[a-z]{3,}")  # "50-minute", "3-day": a length, not a reference
# "charged me 80c extra", "50p": a sum in cents or pence, never a reference (a seat is "12C")
_SUBUNIT = re.compile(r"\d{1,3}(?:c|p|ct|¢)")
_DIALLED = re.compile(
    r"(?:打咗?|拨|撥|致电|致電|投诉到|投訴到|热线|熱線|dial(?:led)?|rang|hotline)\s*$"
    # s13: a number rung some times ("打了两次10086", "called 611 three times"): a hotline, not their case
    r"|(?:打|拨|撥|致电|致電|\b(?:call(?:ed)?|rang|ring|phoned?|dial(?:led)?))"
    r"(?:了|过|過|咗)?\s*(?:[一二两兩三四五六七八九十几幾\d]+\s*(?:次|遍|回|通)\s*(?:电话|電話)?)?\s*(?:to\s+|the\s+)?$",
    re.IGNORECASE,
)
# What follows a number rung: a line to a person or a desk ("10086转人工", "611 customer service").
_RUNG_AFTER = re.compile(
    r"\s*(?:转|轉|轉駁|按)?\s*(?:人工|客服|热线|熱線|hotline|helpline|customer (?:service|care)|support line)",
    re.IGNORECASE,
)


# What a number is, from the words just before it: a phone number to call them on, or a queue
# ticket taken at a counter (no case of theirs to look up: "按编号A127为您核查" read as nonsense).
_PHONE_LABEL = re.compile(
    r"(?:电话|電話|手机|手機|手机号|手機號|门号|門號|联系方式|聯繫方式|聯絡電話|\b(?:phone|mobile|cell|tel|telephone)\b)"
    r"(?:\s*(?:no\.?|number|号码|號碼|号|號))?\s*(?:[:：#]|是|为|為|is)?\s*$",
    re.IGNORECASE,
)
_QUEUE_LABEL = re.compile(
    r"(?:号码牌|號碼牌|号码纸|號碼紙|排队号|排隊號|轮候号|輪候號|筹号|籌號|取号|取號|叫号|叫號"
    r"|\bqueue(?: ticket| number| no\.?)?)"
    r"(?:\s*(?:[:：#]|是|为|為|is))?\s*$",
    re.IGNORECASE,
)


# s13: a letter or two and one or two figures, unlabelled ("P2", "B7", "C-12"): the label of a bay, a
# level, a pump or a seat — too short to look a case up by (trainers, c31: "按編號P2為您核查").
_BAY = re.compile(r"[A-Za-z]{1,2}-?\d{1,2}")
# A sum that is the customer's working, not a charge: a price per unit ("每度 HK$4.9", "$0.45/kWh")
# or their estimate of what it should be ("HK$88 左右", "should be about £20"); a usual bill ("normally
# around $60") is their baseline, kept.
_PER_UNIT_AFTER = re.compile(r"\s*(?:/|per\b|each\b|an?\s+(?:hour|unit|kwh|litre|liter|kg|night|day|month)\b)", re.I)
_PER_UNIT_BEFORE = re.compile(r"每[个個]?\s*[\u4e00-\u9fffA-Za-z]{0,3}\s*(?:收|係|是|为|為)?\s*$")
_ESTIMATE_AFTER = re.compile(r"\s*(?:左右|上下|咁上下|or so\b|ish\b)")
_ESTIMATE_BEFORE = re.compile(
    r"(?:\bshould\s+(?:be|have\s+been|come\s+to|cost)|应该|應該|应当|應當)\s*(?:是|係|系)?\s*(?:only\s+)?"
    r"(?:\b(?:about|around|roughly|approx\.?|approximately)|约|約|大约|大約|大概|差不多)\s*$",
    re.I,
)


# What follows a label that names the thing after it ("P2 嘅 charger", "B3 charger"): a place label.
_NAMES_NEXT = re.compile(r"\s*(?:嘅|的|之)|\s+[a-z]{3,}\b(?<!\band)(?<!\bfor)(?<!\bthe)")


def _labelled_ref(words: Wording, text: str, fact: str) -> bool:
    """The customer gave the number a label of a reference ("order no. B7", "单号A12")."""
    return (_ZH_LABEL if words.zh else _EN_LABEL).search(_before(text, fact)) is not None


def said_sums(text: str, amounts: list[str]) -> list[str]:
    """The sums worth saying back: a rate or an estimate of theirs is how they worked a charge
    out, not a charge; saying every figure ("HK$350、HK$4.9、HK$88") reads robotic (trainers, c31).
    Kept when the text holds no other sum."""

    def working(a: str) -> bool:
        at = text.find(a)
        if at < 0:
            return False
        after, before = text[at + len(a) :], text[max(0, at - 24) : at]
        return bool(
            _PER_UNIT_AFTER.match(after)
            or _PER_UNIT_BEFORE.search(before)
            or _ESTIMATE_AFTER.match(after)
            or _ESTIMATE_BEFORE.search(before)
        )

    charged = any(not working(m.group().rstrip(",.")) for m in _SUM.finditer(text))
    kept = [a for a in amounts if not working(a)] if charged else amounts
    # s14: a sum they corrected is said as the new one only ("£64.30 not £46.30 as I wrote")
    gone = replaced_sums(text)
    return [a for a in kept if a.strip() not in gone] if gone else kept


def _before(text: str, fact: str) -> str:
    at = text.find(fact)
    return text[max(0, at - 24) : at] if at >= 0 else ""


def _account_number(words: Wording, text: str, phone: str) -> bool:
    """A number read as a phone that the customer labels as an account ("宽带账号是 0571-86302214"):
    a reference we look their case up by, never a number to ring."""
    m = (_ZH_LABEL if words.zh else _EN_LABEL).search(_before(text, phone))
    return m is not None and not _PHONE_LABEL.search(_before(text, phone))


def _rung(text: str, fact: str) -> bool:
    """A short all-figure number followed by the line it reaches ("10086转人工", "611 customer
    service"): a hotline they rang, never a reference ("按编号10086为您核查": trainers, c30)."""
    at = text.find(fact)
    return fact.isdigit() and len(fact) <= 6 and at >= 0 and _RUNG_AFTER.match(text, at + len(fact)) is not None


def labelled(words: Wording, text: str, fact: str) -> str | None:
    """``fact`` with the label the customer gave it ("your account 7781 2290 4415", "您的订单号
    HT8830251"); None for a reference whose words are no label ("不退回那 HK$1")."""
    bank = words["listen"]["facts"]
    assert isinstance(bank, dict)
    if words.zh and (lead := _ZH_LEAD.match(fact)):
        if _QUEUE_LABEL.search(lead.group()):
            return None  # "號碼牌B213": the ticket they queued with, no case reference
        if m := _ZH_LABEL_IN.search(lead.group()):
            return str(bank["labelled"]).format(label=m.group(), ref=fact[m.end() :].strip(" :：是为為"))
        code = fact[lead.end() :].strip(" :：")
        return None if _MONEY.search(code) else str(bank["bare"]).format(ref=code)
    if not words.zh and (lead := _EN_LEAD.match(fact)):
        # "member # GF-772014" -> "your membership number GF-772014": the label in our words
        word = lead.group().strip().rstrip(".").lower()
        if word in _EN_NAME:
            rest = re.sub(r"^(?:(?:no\.?|number|num|id|#)\s*)+", "", fact[lead.end() :].strip(), flags=re.I)
            fact = f"{_EN_NAME[word]} {rest}"
        return str(bank["labelled"]).format(label="", ref=fact).replace("  ", " ")
    before = _before(text, fact)
    if _QUEUE_LABEL.search(before):
        return None  # "號碼牌A127": the ticket they queued with, no case reference
    if _DIALLED.search(before) or _COMPOUND.fullmatch(fact) or _SUBUNIT.fullmatch(fact) or _rung(text, fact):
        return None  # a hotline they rang (12315, "dial 105") or "50-minute": no reference of theirs
    m = (_ZH_LABEL if words.zh else _EN_LABEL).search(before)
    if not m and _BAY.fullmatch(fact):
        return None  # s13: "P2 嘅 charger", "bay C3": a bay, a level or a seat, no case reference
    if not m:
        return str(bank["bare"]).format(ref=fact)
    label = m.group(1) if words.zh else _EN_NAME.get(m.group(1).lower(), m.group(1).lower())
    if not words.zh and m.group(2):  # "card ending 4471": the card's last digits, said so
        label = f"{m.group(1).lower()} {' '.join(m.group(2).split()).lower()}"
    if not words.zh and m.group("pre"):
        fact = f"{m.group('pre')} {fact}"
    return str(bank["labelled"]).format(label=label if words.zh else label + " ", ref=fact)


def place_ref(words: Wording, said: str) -> bool:
    """A labelled reference that says where (your unit 5B, 您的房号2315), not what to look up."""
    return bool((_ZH_PLACE_LABEL if words.zh else _EN_PLACE_LABEL).match(said))


# In Chinese text, a Latin name (a signature read as a detail) or the customer's own words.
_NOT_A_DETAIL = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)+$|[我您]")
# Nothing is done with a time of day, "the 1st time" or the desk a letter is addressed to
# ("7pm", "2nd time", 物业客服中心): never "taken into account".
_NO_ACTION = re.compile(
    r"^\d{1,2}(?::\d\d)?\s*(?:am|pm)$|^~?\d{1,2}[:.]\d\d$"
    # s13: with its part of the day ("上午10点", "下午3點半"): "包括上午10点的情况" (trainers: garbled)
    r"|^(?:上午|下午|晚上|早上|中午|凌晨|傍晚|夜里|夜裡|半夜)?"
    r"\s*(?:\d{1,2}|[一二两兩三四五六七八九十]{1,3})\s*[点點](?:半|多|左右|\d+分?|[一二三四五]十(?:五)?分?)?$"
    r"|^\d+(?:st|nd|rd|th) time$|客服|customer (?:service|relations|care)|team$",
    re.IGNORECASE,
)
# A desk, office or centre they wrote to or visited, or a fragment ending in a particle or a
# pronoun ("日入住貴酒店"): nothing is done with it, so it is never "taken into account".
# (a floor, a block or a flat, "12樓", "3座18樓", "18/F": where it is, never "recorded in your case" alone)
_PLACE = re.compile(
    r"(?:中心|服务台|服務台|柜台|櫃台|窗口|办公室|辦公室|[贵貴][^\s]{0,3}|^日.+)$"
    r"|^\d{1,3}\s*(?:座|栋|棟|幢)?\s*\d{0,3}\s*(?:楼|樓|层|層|室|/F|F)\s*(?:[A-Za-z]\s*室?)?$"
)
_QUOTED = re.compile(r"^[\"“「『']")  # a remark someone made: not a detail we take into account
# A street or a road (where an outage or a fault is), as against a desk, a station or a shop.
_STREET = re.compile(
    r"\b(?:Road|Rd|Street|St|Lane|Close|Avenue|Ave|Drive|Way|Court|Crescent|Terrace|Square)$|(?:路|街|大道|巷)$"
)
# A bare length of time ("nine days", "一两天", "十分鐘", "一週"): alone it says nothing we act on,
# and trainers read "with the 2 days you told us about" / "您提到的一週，已记在个案里" as filler.
_DURATION = re.compile(
    r"^(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|several|a few"
    r"|[一二三四五六七八九十两兩半几幾]+)\s?(?:个多|個多|多|个|個)?"
    r"(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|nights?|years?"
    r"|天|日|晚|周|週|星期|礼拜|禮拜|个月|個月|月|小时|小時|钟|鐘|分钟|分鐘|年)$",
    re.IGNORECASE,
)
# s11. A bare count ("您提到的两张"): how many of what, said alone, is nothing we act on.
_COUNT_ONLY = re.compile(
    r"^(?:\d+|[一二两兩三四五六七八九十几幾]+)\s?(?:张|張|个|個|件|份|杯|位|只|隻|瓶|盒|包|条|條|台|部|双|雙|套|本|支|碗|碟|盘|盤)$"
)
_SENTENCE = re.compile(r"[^。！？!?\n]+")


def _contact_time(text: str, fact: str) -> bool:
    """A time that is when to ring them ("请晚上6点以后打我电话"): part of how to reach them, never
    a detail of the case ("晚上6点的情况，我们已记在您的个案里")."""
    at = text.find(fact)
    if at < 0:
        return False
    sentence = next((m.group() for m in _SENTENCE.finditer(text) if m.start() <= at < m.end()), "")
    return reach_me(fold(sentence))


# A weekday alone ("您提到的週六") is no date we can act on either.
_WEEKDAY = re.compile(
    r"^(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$", re.I
)
# What is left of a line once its date is taken out: a name, a title or a sign-off word.
_SIGNOFF_LINE = re.compile(r"^[\s,，.。:：\-–—()（）]*(?:\S{0,12}|[A-Za-z.\s]{0,30})[\s,，.。]*$")


def _letter_date(text: str, fact: str) -> bool:
    """The date a letter is written on (a line of its own, or beside the signature): no detail of
    the complaint ("您提到的2024年11月27日，已记在个案里" reads as nonsense)."""
    for line in text.splitlines():
        if fact in line:
            rest = line.replace(fact, " ")
            if _SIGNOFF_LINE.match(rest) and not re.search(r"\d", rest):
                return True
    return False


def _join(words: Wording, items: list[str]) -> str:
    if words.zh or len(items) < 2:
        return "、".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


_TIME_OF_DAY = re.compile(r"\d{1,2}[:.]\d\d|\b(?:am|pm)\b|[点點]|上午|下午|晚上|早上|中午|凌晨", re.IGNORECASE)


# s13. What a sum is, from the clause it is said in: asked back, charged, a plan's price, paid, an
# order's worth. Said as such ("账单上的NT$999", "the $42.50 you were charged"), never "您提到的
# NT$18,000，我们已记在您的个案里" (trainers, c30: robotic). First that fits; none: "you mention".
_AMOUNT_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("asked", re.compile(r"退|返还|还给我|\b(?:refund\w*|money back|pay (?:me )?back|back to me|reimburs\w*)\b")),
    ("bill", re.compile(r"账单|帐单|\b(?:bill|invoice)\b")),
    # s14: a price they were quoted is not what they were charged ("the quote I signed was £640")
    ("quoted", re.compile(r"\b(?:quot(?:e|ed|ation))\b")),
    ("estimate", re.compile(r"\b(?:estimate|estimated)\b")),
    ("charged", re.compile(r"扣|多收|收了|收取|\b(?:charg\w*|debit\w*|overcharg\w*|billed)\b")),
    ("plan", re.compile(r"方案|套餐|月租|\b(?:plan|package|tariff|subscription)\b")),
    # s14: spent by them on what the failure cost ("the $780 I have spent replacing essentials")
    ("spent", re.compile(r"\b(?:i|we)\b(?: have| had|'ve)?(?: already)? (?:spent|had to spend)\b")),
    # paid by them ("I paid", "paid $34.99"), not by an insurer ("They paid $384 toward my crown")
    ("paid", re.compile(r"付|交了|缴|花了|学费|俾咗|畀咗|(?:^|\b(?:i|we)\b[\w' ]{0,20}?)\s*\b(?:paid|pay|spent)\b")),
    ("order", re.compile(r"订|买|下单|\b(?:ordered|bought|booked|purchased)\b")),
)
_CLAUSE = re.compile(r"[^。！？!?\n；;，]+?(?=[。！？!?\n；;，]|[,.](?!\d)|\s+[\u4e00-\u9fff]|$)")
_SUM = re.compile(r"(?:[A-Z]{0,3}[$¥£€￥]\s?\d[\d,.]*|\d[\d,.]*\s?(?:元|块|塊|蚊))")
# A price per unit ("£60 per night", "每晚300元"): what it is depends on the count, said as mentioned.
_NEXT_CLAUSE = re.compile(r"\b(?:and|but|while|whereas|then|so)\s+(?:the|my|your|our|a|an|i|we|they|it|you)\b")
_RATE = re.compile(r"\s*(?:per\b|each\b|a (?:night|month|day|week|year|head)\b|/|一晚|一个月|一個月)")


def amount_role(text: str, amount: str) -> str | None:
    """What the sum is, read off its own clause; None when the clause does not say."""
    at = text.find(amount)
    if at < 0:
        return None
    if _RATE.match(text, at + len(amount)) or re.search(r"每[个個]?[\u4e00-\u9fff]?$", text[max(0, at - 3) : at]):
        return None
    clauses = [m for m in _CLAUSE.finditer(text) if m.group().strip()]
    i = next((i for i, m in enumerate(clauses) if m.start() <= at < m.end() + 1), -1)
    clause = clauses[i].group() if i >= 0 else ""
    if i > 0 and not re.search(r"[A-Za-z\u4e00-\u9fff]", clause.replace(amount, " ")):
        # "订单号BK…-066，268元", "Anytime Return, £42.50,": a sum typed alone is what the clause before names
        clause = clauses[i - 1].group()
    clause = clause.lstrip(" ,.")
    # "I've paid the first £1,100 of the £2,350": a word belongs to the sum on its side of the other sum
    if (own := clause.find(amount)) >= 0:
        start = max((m.end() for m in _SUM.finditer(clause, 0, own)), default=0)
        stop = min((m.start() for m in _SUM.finditer(clause, own + len(amount))), default=len(clause))
        # and only the words just after it ("the £65 deposit refunded"), not a later clause's
        # ("€400 compensation in addition to reimbursement of the €240")
        after = clause[own + len(amount) : min(stop, own + len(amount) + 24)]
        # s14: "£640 and the card charge was £785": the words after "and" are the next sum's clause
        after = _NEXT_CLAUSE.split(after, maxsplit=1)[0]
        clause = clause[start:own] + " " + after
    clause = fold(clause)
    return next((role for role, cue in _AMOUNT_ROLES if cue.search(clause)), None)


def _amount_phrases(words: Wording, text: str, amounts: list[str], rest: list[str]) -> list[str]:
    """The sums, each said as what it is, then the other details they mention; consecutive ones of
    one kind said together (never "the £2,350 you mention and the 6 bags you mention")."""
    kinds = words["listen"]["facts"]["kinds"]
    roles = words["listen"]["facts"].get("amount_roles", {})
    groups: list[tuple[str | None, list[str]]] = []
    for a in amounts:
        role = amount_role(text, a) if text else None
        role = role if role in roles else None
        if groups and groups[-1][0] == role:
            groups[-1][1].append(a)
        else:
            groups.append((role, [a]))
    if rest and groups and groups[-1][0] is None:
        groups[-1][1].extend(rest)
    elif rest:
        groups.append((None, list(rest)))
    return [str(roles[r] if r else kinds["mention"]).format(x=_join(words, xs)) for r, xs in groups]


def _details(
    words: Wording, amounts: list[str], others: list[str], when: set[str], wheres: list[str], text: str = ""
) -> str:
    """The details said by what each one is: "the $420 and $86 you mention", "the date you gave
    (12 February)", "1月5日的情况". Why: one frame for every kind read "with the 12 February
    and Airport Blvd branch you told us about" (trainers: broken)."""
    kinds = words["listen"]["facts"]["kinds"]
    assert isinstance(kinds, dict)
    dates = [o for o in others if o in when and not _TIME_OF_DAY.search(o)]
    times = [o for o in others if o in when and _TIME_OF_DAY.search(o)]
    rest = [o for o in others if o not in when]
    pieces: list[str] = _amount_phrases(words, text, amounts, rest)
    moments = dates + times
    if moments and wheres:
        pieces.append(str(kinds["when_where"]).format(when=_join(words, moments), where=_join(words, wheres)))
    elif moments:
        key = ("dates" if len(dates) > 1 else "date") if dates else "time"
        pieces.append(str(kinds[key]).format(x=_join(words, moments)))
    elif wheres:
        pieces.append(str(kinds["where"]).format(x=_join(words, wheres)))
    return _join(words, pieces)


# Money asked back or paid out in the complaint: its sums are what an answer is worked out from.
_MONEY_ASKED = re.compile(r"退|赔|补偿|\b(?:refund\w*|money back|reimburs\w*|compensat\w*|pay (?:me )?back|credit)\b")


# Satisfy already says we trace or look into it ("我已請負責的同事優先為您追查"): a second "我们会按编号…
# 为您核查" before it says the same thing twice (trainers, c30b-018).
_CHASED = re.compile(r"追查|核查|查清|查明|调查|\b(?:look(?:ing)? into|trac(?:e|ing)|investigat\w*)\b")


def chased(words: Wording, answered: str) -> bool:
    """Whether Satisfy's answer (Chinese) already says we trace or look into the case."""
    return words.zh and _CHASED.search(fold(answered)) is not None


def looks_again(words: Wording, listen: str, answered: str) -> bool:
    """Whether Listen's look-into sentence repeats what the answer says (then Listen is said again,
    with the reference noted)."""
    bank = words["listen"]["facts"]
    lead = str(bank["refs"]).split("{")[0]
    return chased(words, answered) and bool(lead) and lead in listen


def facts_sentences(
    words: Wording,
    text: str,
    facts: list[tuple[Kind, str]],
    deadline: str = "",
    urgent: bool = False,
    chased: bool = False,
) -> list[str]:
    """The facts in sentences that say what each one is: references, the details we take into
    account, then how we reach them. ``urgent`` (danger now at a place): a reference is noted,
    never "我们会按您的户号…为您核查" (trainers, c30: bureaucratic in an emergency); the emergency
    itself is Satisfy's to say. ``chased`` (Satisfy traces it already): the reference is only seen too."""
    bank = words["listen"]["facts"]
    assert isinstance(bank, dict)
    by: dict[Kind, list[str]] = {}
    for kind, fact in facts:
        by.setdefault(kind, []).append(fact)
    out: list[str] = []
    # "the gym bag is fine, that's not the issue": what they say is not the problem is not looked into
    item = [i for i in by.get("item", []) if not disowned(text, i)]
    # a number labelled as their phone is the number we reach them on; one labelled as an account
    # is a reference, whatever its digits look like
    phone_refs = [r for r in by.get("ref", []) if _PHONE_LABEL.search(_before(text, r))]
    account_phones = [p for p in by.get("phone", []) if _account_number(words, text, p)]
    by["ref"] = [r for r in by.get("ref", []) if r not in phone_refs] + account_phones
    by["phone"] = [p for p in by.get("phone", []) if p not in account_phones] + phone_refs
    # s13: a bay, seat or size label ("W30", "G7") is no reference: said as a detail they gave, or
    # dropped when it only names the thing after it ("P2 嘅 charger")
    bays = [r for r in by.get("ref", []) if _BAY.fullmatch(r) and not _labelled_ref(words, text, r)]
    by["ref"] = [r for r in by.get("ref", []) if r not in bays]
    by.setdefault("other", []).extend(b for b in bays if not _NAMES_NEXT.match(text, text.find(b) + len(b)))
    labelled_refs = [x for r in by.get("ref", []) if (x := labelled(words, text, r))]
    if (plates := by.get("plate")) and "plate" in bank:  # s14: "the plate LK19 XZB", whole
        labelled_refs.append(str(bank["plates" if len(plates) > 1 else "plate"]).format(plates=_join(words, plates)))
    refs = [r for r in labelled_refs if not place_ref(words, r)]
    places = [r for r in labelled_refs if place_ref(words, r)]
    places += [str(bank["place_bare"]).format(place=p) for p in by.get("place", [])]
    if refs:
        noted = (urgent or chased) and "refs_noted" in bank
        key = ("item_refs_noted" if item and not urgent else "refs_noted") if noted else "item_refs" if item else "refs"
        out.append(str(bank[key]).format(item=_join(words, item), refs=_join(words, refs)))
    elif item:
        out.append(str(bank["item"]).format(item=_join(words, item)))
    place_at = len(out)
    if places:  # the flat, the room, the table: noted as where it is, never a case reference
        out.append(str(bank["place"]).format(places=_join(words, places)))
    if addresses := by.get("address"):  # where to go: their address, as they wrote it
        out.append(str(bank["address"]).format(address=addresses[0]))
    # Amounts, dates and other details the customer gave: one sentence that says they count in
    # what we do, never "we will check the amounts against our records" (doubt) or "您说到的X，
    # 我们已经记下" (filler). A name (their own signature) or their own first-person words is no detail.
    # A time of day or "the 1st time" is not "taken into account": nothing is done with it
    # (trainers read "we will take into account the 7pm …" as filler); an amount no answer
    # names, a quantity, a date or a place of what was bought or done are.
    others = [
        o
        for o in by.get("other", []) + by.get("when", [])
        if not _NO_ACTION.search(o)
        and not _PLACE.search(o)
        and o not in deadline
        and not _QUOTED.match(o)
        and not _DURATION.match(o)
        and not _WEEKDAY.match(o)
        and not _COUNT_ONLY.match(o)
        and not _contact_time(text, o)
        and not (o in by.get("when", []) and _letter_date(text, o))
        and not (words.zh and _NOT_A_DETAIL.search(o))
    ]
    # A place they name (a branch, a street, a nurses' station) rides only on the look-into sentence:
    # alone, "您提到的护士站，我们已记在您的个案里" says nothing we do (trainers: a broken line).
    wheres = [w for w in by.get("where", []) if not _PLACE.search(w) and not (words.zh and _NOT_A_DETAIL.search(w))]
    streets = [w for w in wheres if _STREET.search(w)]  # a street is where it is; a desk or a station is not
    amounts = said_sums(text, by.get("amount", []))
    look = bool(refs or item)  # a look-into sentence the details ride on
    if (urgent or chased) and refs and "refs_noted" in bank:
        # s13: a reference noted (an emergency, or Satisfy traces it) takes no dates, times or places
        # after it ("…，包括8月2日的情况" reads garbled); a sum charged for the failed
        # service still rides on it ("…能看到您的編號…，包括被收取的NT$186")
        # (s13 merge: a detail that is not a date or a time — a seat area, a size — still rides on it)
        when_said = set(by.get("when", []))
        others = [o for o in others if o not in when_said and not _TIME_OF_DAY.search(o)]
        wheres, streets = [], []
    if look and not words.zh:
        # s13voice: a date they gave rides on no English look-into sentence: "along with the date and place
        # you gave (3 March and 7 March, Denver Airport)" reads as a form, and one day of a stay (2-5
        # August) said as "the date you gave (5 August)" misstates it (trainers, c30)
        others = [o for o in others if o not in by.get("when", [])]
    places_named = (wheres if look else streets) if (amounts or others or look) else []
    if amounts or others or places_named:
        details = _details(words, amounts, others, set(by.get("when", [])), places_named, text)
        if look:  # the look-into sentence (the first): the details are part of what we check
            end = out[0][-1]
            out[0] = out[0][:-1] + str(bank["including"]).format(details=details) + end
        elif amounts and not (others or places_named) and "amounts" in bank and _MONEY_ASKED.search(fold(text)):
            # s13: sums alone, in a complaint about money back: what we work the answer out from
            out.append(str(bank["amounts"]).format(details=details))
        else:
            out.append(str(bank["details"]).format(details=details))
    elif streets and places:  # s12: "your Flat 7C, Harbour View Court": one sentence, not two of "This is"
        out[place_at] = str(bank["place_where"]).format(places=_join(words, places), where=_join(words, streets))
    elif streets:  # "no power on Birch Lane" and nothing else to say with it: where it is, said so
        out.append(str(bank["where"]).format(where=_join(words, streets)))
    if counts := by.get("count"):  # what they did again and again: its own sentence, not "what you said about"
        out.append(str(bank["count"]).format(count=_join(words, counts)))
    if phones := by.get("phone"):
        # asked not to be rung ("请不要给我打电话"): the number is on file, never how we reach them
        # s11: and only a number they ask us to reach them on is "the number we will use to reach
        # you": "number is 07700…" given as the account is noted, never a promise to ring it
        key = "phone" if reach_me(fold(text)) else "phone_no_calls"
        out.append(str(bank[key]).format(phone=phones[0]))
    if emails := by.get("email"):
        out.append(str(bank["email"]).format(email=emails[0]))
    return out


# How they describe a thing to be found or checked ("It's a large dark green hard-shell case with a
# yellow strap", 是一个墨绿色的硬壳行李箱): the colour, size and kind staff look for, so a reply
# that traces it says it back. A colour word makes it a description, not a remark.
_COLOURS_EN = (
    r"black|white|grey|gray|silver|gold|red|maroon|burgundy|pink|orange|yellow|beige|cream|brown|tan|green|olive|"
    r"navy|blue|teal|turquoise|purple|violet|lilac|khaki|camel|charcoal"
)
_EN_DESCRIBED = re.compile(
    r"\b(?:it'?s|it is|it was|they'?re|they are|they were|mine is|the (?:bag|case|suitcase|item|parcel) is)\s+"
    r"an?\s+((?:[a-z-]+\s+){0,4}?(?:(?:light|dark|bright|pale|navy)\s+)?(?:" + _COLOURS_EN + r")(?:\s+[a-z-]+){0,3}?\s+"
    r"(?:case|suitcase|bag|backpack|rucksack|holdall|duffel|box|parcel|package|jacket|coat|wallet|purse|phone|"
    r"laptop|umbrella|pram|stroller|bike|scooter|car|guitar|trunk|crate|envelope|tube)"
    r"(?:\s+with\s+an?\s+[a-z -]{2,30}?(?=\s*[.,;!?\n]|$))?)\b",
    re.IGNORECASE,
)
_COLOURS_ZH = r"黑|白|灰|银|銀|金|红|紅|粉|橙|黄|黃|米|棕|咖啡|绿|綠|蓝|藍|紫|墨绿|墨綠|深蓝|深藍|藏青"
_ZH_DESCRIBED = re.compile(
    r"(?:是|系|係)(?:一个|一個|一只|一隻|一件|一把|一台|一部|个|個)?"
    r"((?:[大中小]号|[大中小]號|[大中小])?(?:" + _COLOURS_ZH + r")色?(?:的)?[\u4e00-\u9fff]{0,6}?"
    r"(?:行李箱|箱子|拉杆箱|拉桿箱|旅行箱|背包|包|手提包|袋|外套|大衣|钱包|錢包|手机|手機|电脑|電腦|雨伞|雨傘|婴儿车|嬰兒車|单车|單車|箱)"
    r"(?:[，,]?(?:上面|还|還)?(?:绑着|綁著|有|贴着|貼著|挂着|掛著)[^，。！？,.!?\n]{1,10})?)"
)


def described(text: str, zh: bool) -> list[str]:
    """The descriptions of a thing they gave, as written (at most two)."""
    return [m.group(1).strip() for m in (_ZH_DESCRIBED if zh else _EN_DESCRIBED).finditer(text)][:2]
