"""Harm words where nobody is hurt or at risk (false harm, session 10).

Why: a hospital, a clinic, a child or a fever named in a complaint is not by itself a harm of
ours. Trainers rated drafts 1-2 that asked a customer "how are you feeling?" and sent them to a
doctor over a swollen floor, a class missed through a fever, or a hospital deposit refund; and a
drink allergy answered with the vaccine/medicine step ("stop this medicine") because the customer
said they were taking medicine for it. Each reading below is structural: whose body the word is
about, why the illness is told (a reason for an absence, a stay named beside money), and whether
a medicine is the cause or the remedy. Text is the folded scan (lower case, simplified Chinese).
"""

from __future__ import annotations

import re

from drafter.intake.config import Scan, Span

_CLAUSE_END = ".!?;,。！？；，\n"

# Who a body word can belong to: a person, or a part of a body. A swelling, a crack or a burn
# told in a clause with neither is a thing's ("the boards have swollen", 地板泡胀了).
_PERSON = re.compile(
    r"\b(?:i|i'm|i've|me|my|we|our|us|he|she|his|her|him|they|their|them|you|your|"
    r"son|daughter|child|children|kid|kids|baby|boy|girl|wife|husband|partner|mum|mom|dad|mother|father|"
    r"friend|grandma|grandpa|guest|customer|staff)\b"
    r"|我|他|她|您|你|佢|孩子|小孩|儿子|女儿|仔|女|老婆|老公|妈|爸|宝宝|婴儿|家人|朋友|客人"
)
_BODY = re.compile(
    r"\b(?:face|lips?|eyes?|hands?|fingers?|arms?|legs?|feet|foot|ankles?|knees?|wrists?|throat|tongue|"
    r"skin|neck|head|back|mouth|cheeks?|toes?|elbows?|shoulders?|hips?|body)\b"
    r"|脸|嘴|唇|眼|手|脚|腿|膝|腕|喉|舌|皮肤|颈|头|背|腰|肩|身"
)
# A thing that took in water or heat (泡胀, 泡肿, 浸到发胀): wood and boards, not a body.
_ZH_SOAKED = re.compile(r"(?:泡|浸|受潮|吸水)[^，。！？,.!?\n]{0,3}(?:胀|肿|变形|起拱|翘)")
# The words in a hurt block that also fit things: swelling, cracking, breaking, burning, melting.
_THING_WORD = re.compile(
    r"swollen|swelling|swell\w*|warped|cracked|crack\w*|broken|broke|burnt|burned|scorched|melted|"
    r"肿|胀|裂|断|烧焦|烤焦|焦"
)
_BODY_HARM_BLOCKS = ("haz:fracture", "haz:injury", "haz:burn", "cat:injury", "esc:injury")


def _clause(folded: str, start: int, end: int) -> str:
    left = max(folded.rfind(ch, 0, start) for ch in _CLAUSE_END)
    right = min((i for i in (folded.find(ch, end) for ch in _CLAUSE_END) if i >= 0), default=len(folded))
    return folded[left + 1 : right]


def _things_damaged(scan: Scan) -> list[Span]:
    """Hurt words whose clause names no person and no body part, only a thing that swelled or cracked."""
    folded = scan.folded
    spans: list[Span] = []
    for block in _BODY_HARM_BLOCKS:
        for a, b in scan.get(block):
            if not _THING_WORD.search(folded[a:b]):
                continue
            clause = _clause(folded, a, b)
            if _PERSON.search(clause) or _BODY.search(clause):
                continue
            # English names its subject ("the boards have swollen"); Chinese drops it, so a thing is
            # read only when the clause says it soaked up water (泡胀了) — else a body is assumed.
            if clause.isascii() or _ZH_SOAKED.search(clause):
                spans.append((a, b))
    return spans


# A bulge read as a lithium battery swelling (鼓起来, "bulging"): a wall, a ceiling or a board that
# took in water is a thing damaged by water, not a battery about to burn, unless a battery or a
# device holding one is named in the sentence.
_BULGE = re.compile(r"鼓|胀|膨|bulg\w*|swell\w*|swollen")
_WATER = re.compile(r"漏水|渗水|滲水|浸|泡|受潮|水浸|淹|\b(?:leak\w*|flood\w*|soaked|water|damp)\b")
_POWERED = re.compile(
    r"电池|充电|手机|电脑|平板|电动|电器|\b(?:batter\w*|charg\w*|phone|laptop|tablet|power bank|e-?bike|scooter|vape)\b"
)
_BATTERY_BLOCKS = ("haz:fire", "mark:battery")


def _bulges_from_water(scan: Scan) -> list[Span]:
    folded = scan.folded
    spans: list[Span] = []
    for block in _BATTERY_BLOCKS:
        for a, b in scan.get(block):
            sentence = _sentence_of(folded, a)
            if _BULGE.search(folded[a:b]) and _WATER.search(sentence) and not _POWERED.search(sentence):
                spans.append((a, b))
    return spans


# Session 12. A tyre or a wheel (轮胎, 左后轮, "the tyre"): a bulge in it is a tyre about to blow,
# the vehicle's defect, never a swollen battery to keep away from anything that burns (trainers'
# class: a rental car's tyre bulge answered with the burning-vehicle step).
_TYRE = re.compile(r"轮胎|车胎|[前后左右]轮|后轮|前轮|车轮|轮子|\b(?:tyres?|tires?|wheels?|sidewall)\b")


def _bulges_in_tyres(scan: Scan) -> list[Span]:
    folded = scan.folded
    spans: list[Span] = []
    for block in _BATTERY_BLOCKS:
        for a, b in scan.get(block):
            near = folded[max(0, a - 12) : b + 12]
            if _BULGE.search(folded[a:b]) and _TYRE.search(near) and not re.search(r"电池|batter", near):
                spans.append((a, b))
    return spans


def drop_things_damaged(scan: Scan) -> None:
    """Forget body-harm hits that are about a thing (water damage to a floor, a cracked screen), and a
    bulge that is a wall soaked by water or a tyre rather than a battery."""
    scan.drop_within(_BODY_HARM_BLOCKS, _things_damaged(scan))
    scan.drop_within(_BATTERY_BLOCKS, _bulges_from_water(scan) + _bulges_in_tyres(scan))


# ---------------------------------------------------------------- an illness told as why they were absent

# An absence: leave asked for, a class or booking not attended, called in sick. An illness told in
# the same sentence is why they missed it (the complaint is the charge or the credit), not a harm.
_ABSENT = re.compile(
    r"请假|病假|请了假|没去|没有去|冇去|没来|没有来|冇嚟|未去|去不了|来不了|缺席|缺课|没上|没有上|冇上|取消了|"
    r"\b(?:off sick|called in sick|call in sick|sick leave|sick note|missed|absent|couldn't (?:go|come|attend|make it)|"
    r"could not (?:go|come|attend|make it)|didn't (?:go|attend|come)|did not (?:go|attend|come)|cancel(?:led|ed)?)\b"
)
_ILL_BLOCKS = ("cat:illness", "esc:illness", "haz:illness", "mark:symptom")
_SENTENCE = re.compile(r"[^.!?。！？\n]+")
# An illness caused by us: something of ours eaten, used or taken, or "because of you".
_OURS_CAUSED = re.compile(
    r"\b(?:after (?:eating|drinking|using|taking|your)|because of (?:your|the)|from your|"
    r"your (?:food|staff|pool|water))\b"
    r"|吃了|喝了|食咗|饮咗|食完|吃完|喝完|因为你们|因为你哋|害到|害得"
)


def _sentence_of(folded: str, start: int) -> str:
    for m in _SENTENCE.finditer(folded):
        if m.start() <= start < m.end():
            return m.group()
    return ""


def absence_reason(scan: Scan) -> bool:
    """Every illness word sits in a sentence that tells an absence, and nothing of ours caused it."""
    folded = scan.folded
    ill = [s for block in _ILL_BLOCKS for s in scan.get(block)]
    if not ill or any(scan.get(b) for b in _BODY_HARM_BLOCKS) or scan.get("haz:allergy") or scan.get("haz:poisoning"):
        return False
    # something eaten or drunk, or "because of you", anywhere in the text: the illness may be ours
    if scan.get("consumable") or _OURS_CAUSED.search(folded):
        return False
    return all(_ABSENT.search(_sentence_of(folded, a)) for a, _ in ill)


# ---------------------------------------------------------------- a stay in care named beside money

_MONEY = re.compile(
    r"押金|退款|退费|退回|账单|賬單|发票|收费|扣费|结算|费用|多收|重复扣|\d[\d,.]*\s*元"
    r"|\b(?:deposit|refund|invoice|bill|billed|statement|charged?|overcharged|fee|payment)\b"
)
_HURT_TOLD = re.compile(
    r"\b(?:hurt|injur\w*|pain|sick|ill|unwell|fever|vomit\w*|bleed\w*|rash|worse|symptoms?|reaction|"
    r"wrong (?:drug|medicine|dose))\b"
    r"|痛|疼|伤|吐|泻|晕|血|发烧|过敏|不舒服|难受|加重|恶化|病情|误诊|用错药|打错针"
)


def stay_beside_money(scan: Scan) -> bool:
    """Illness read only from a stay in care (住院, "was admitted"), told beside a deposit, a bill or a
    refund, with no symptom, hurt or worsening told: the money is the complaint, nobody to ask after."""
    care = scan.get("care")
    ill = [*scan.get("cat:illness"), *scan.get("esc:illness")]
    if not care or not ill or scan.get("cat:injury") or scan.get("mark:symptom"):
        return False
    # (a device named with no fault told, "心电监护 7天 1,260元" on the bill, is a billed item, no hazard)
    idle_device = not scan.get("mark:device_fault")
    if any(k.startswith("haz:") and v and not (k == "haz:device" and idle_device) for k, v in scan.hits.items()):
        return False
    if not all(any(c0 <= s[0] and s[1] <= c1 for c0, c1 in care) for s in ill):
        return False
    folded = scan.folded
    return _MONEY.search(folded) is not None and _HURT_TOLD.search(folded) is None


def nobody_hurt(scan: Scan) -> bool:
    """The harm words are a reason or a place named beside the real complaint: not a safety case."""
    return absence_reason(scan) or stay_beside_money(scan)


# ---------------------------------------------------------------- a medicine as the remedy, not the cause

# Taking medicine for it now, or after the symptom (嘴唇肿了在吃药, "I've taken an antihistamine"),
# or a medicine they take anyway: the remedy or an aside, not what caused the reaction. The
# medicine/vaccine step (stop this medicine) is then wrong and could stop a medicine they need.
_REMEDY = re.compile(
    r"(?:正在|在|刚|剛|已经|已經)(?:吃|服|食)(?:了|咗)?[^，。！？,.!?\n]{0,4}?药"
    # a medicine they take anyway (平时吃降压药, "I'm on blood pressure tablets"): unrelated to the harm
    r"|(?:平时|平常|每天|每日|长期|一直|常年|本身)(?:都)?(?:在)?(?:吃|服|食)(?:紧|着|開|开)?[^，。！？,.!?\n]{0,6}?药"
    r"|\b(?:i take|i'm on|i am on|i've been on|i have been on|i'm taking|i am taking|taking my|"
    r"my (?:usual|regular|daily|own))\s+(?:[a-z-]+\s+){0,3}?(?:medicines?|medication|tablets?|pills?|capsules?)\b"
    r"|(?:吃|服|食)(?:了|咗)[^，。！？,.!?\n]{0,4}?(?:抗过敏|过敏|敏)药"
    r"|\b(?:took|taken|taking|take|had|using|used)\s+(?:an?\s+|some\s+|my\s+)?"
    r"(?:antihistamines?|piriton|benadryl|claritin|zyrtec|allergy (?:tablets?|pills?|medicine|medication)|inhaler)\b"
)
_ANY_MEDICINE = re.compile(
    r"\b(?:medicines?|medication|tablets?|pills?|capsules?|antibiotics?|syrup|antihistamines?|prescriptions?)\b|药"
)
_GIVEN_BY_US = re.compile(
    r"\b(?:vaccin\w*|jabs?|injections?|booster|flu shot|dispensed|prescribed|pharmacist gave|"
    r"wrong (?:medicine|drug|pills?))\b"
    r"|疫苗|接种|打针|注射|配错|拿错药|开错|给错药|發錯藥|发错药|药房给"
)


def medicine_is_remedy(scan: Scan) -> bool:
    """The only medicine told is one taken for the symptom or taken anyway, none given by us: no step
    to stop a medicine (it could stop one they need)."""
    folded = scan.folded
    remedies = [m.span() for m in _REMEDY.finditer(folded)]
    if not remedies or _GIVEN_BY_US.search(folded):
        return False
    # every medicine named is inside a remedy told ("taking an antihistamine"), none outside it
    return all(any(a <= m.start() and m.end() <= b + 2 for a, b in remedies) for m in _ANY_MEDICINE.finditer(folded))
