"""Harm read from what happened, not from single words.

Why: a fixed list of injury words misses a child who nearly fell through a loose railing (no
injury word at all) and fires on "this is making me sick" (no illness at all). Three readers fix
that by looking at words together: a figure of speech cancels the illness or pain word inside it;
a hazard is a faulty thing beside a person at risk (a child, someone elderly, "nearly fell",
差点, 险啲); and a reaction is told apart from a food allergy by what was taken (a vaccine, a
jab, a medicine). They work on the folded text (lower case, Simplified, apostrophes as spaces).
"""

from __future__ import annotations

import re

from drafter.intake.config import Scan, Span

# --------------------------------------------------------------------------- figures of speech

# Frustration told in words for illness or pain ("this is making me sick", "a real headache",
# 快被气病了, 气死我了, 搞到我头都痛埋, 激到病咗): no one is ill, nothing to escalate.
_FIGURE = re.compile(
    r"\b(?:a|such a|what a|real|total|complete|massive|huge|big|constant|nothing but a|one big)\s+"
    r"(?:real\s+|total\s+|massive\s+|huge\s+)?headache\b"
    r"|\bheadache\s+(?:to deal with|of a|from start to finish)\b"
    r"|\bsick\s+to\s+(?:death|the back teeth|my stomach)\s+(?:of|with|about)\b"
    # 气/激/烦 then illness: 气病了, 气出病来, 被你们气得快病倒, 激到病咗, 气死我了, 烦死
    r"|(?:气|激|烦)(?:到|得|出)?(?:我|人)?(?:都|也)?(?:快|快要|要|差点|差啲)?"
    r"(?:生病|病倒|病了|病咗|出病|病|晕|死|吐血|发疯)"
    # 头痛 / 头疼 / 头大 caused by us: 让人头疼, 搞到我头都痛埋, 头痛埋
    r"|(?:让|令|叫|搞到|搞得|弄得|害|搞到我|令到|令到我|搞)(?:人|我)?(?:好|很|都|真|非常|十分)?"
    r"头(?:都|也)?(?:好|很)?(?:痛|疼|大)(?:埋|死|晒)?"
    r"|头(?:都|也)(?:痛|疼)(?:埋|晒)"
)
# Only where the sentence names nothing that could make anyone ill (no food, medicine, smell,
# fumes or water): "this is making me sick" (the runaround), "the kids were home sick", "called
# in sick"; never "your chicken is making us sick" or "home sick since eating your curry".
_MAYBE = re.compile(
    r"\b(?:making|makes|driving|giving|gives)\s+(?:me|us)\s+(?:feel\s+)?(?:physically\s+)?"
    r"(?:sick|ill|a headache|headaches|a migraine)\b"
    r"|\b(?:home|off|out|at home|in bed)\s+sick\b|\bcall(?:ed|ing|s)?\s+in\s+sick\b"
    r"|\bsick\s+(?:leave|days?|pay|note)\b|\bhomesick\b"
)
_CAUSE = re.compile(
    r"\b(?:after|since|because of|ate|eating|eaten|drank|drinking|food|meal|smell\w*|fumes?|mou?ld\w*|gas|water|"
    r"medicine|medication|tablets?|pills?|vaccine|jab|injection)\b|吃|喝|食|药|味"
)
_SENTENCE = re.compile(r"[^.!?。！？\n]+")
_FIGURE_BLOCKS = (
    "cat:illness",
    "esc:illness",
    "haz:illness",
    "haz:head",
    "mark:symptom",
    "cat:injury",
    "esc:injury",
)


def figures(scan: Scan) -> list[Span]:
    """Spans of the folded text that speak of illness or pain only as a figure of speech."""
    folded = scan.folded
    spans = [m.span() for m in _FIGURE.finditer(folded)]
    eaten = scan.get("consumable")
    for sentence in _SENTENCE.finditer(folded):
        a, b = sentence.span()
        if _CAUSE.search(sentence.group()) or any(a <= s < b for s, _ in eaten):
            continue
        spans += [(a + m.start(), a + m.end()) for m in _MAYBE.finditer(sentence.group())]
    return spans


def drop_figures(scan: Scan) -> None:
    """Forget illness, pain and injury hits that lie inside a figure of speech."""
    scan.drop_within(_FIGURE_BLOCKS, figures(scan))


# --------------------------------------------------------------------------- "should I go to A&E?"

_CARE_PLACE = (
    r"(?:the\s+)?(?:a\s*&\s*e|a and e|er|emergency(?:\s+(?:room|department))?|casualty|hospital|urgent care|"
    r"(?:a|the)\s+doctor|walk-in(?:\s+clinic)?)"
)
# The customer asks whether to go now ("should I go to A&E?", 要不要去急诊, 使唔使即刻去急症室):
# the A&E they name is a question, not care they already have; the reply answers it first.
_ASKS_TO_GO = re.compile(
    r"\b(?:should|shall|do|must|need|ought)\s+(?:i|we|she|he|they)\s+(?:still\s+|just\s+|really\s+)?"
    r"(?:need\s+to\s+|have\s+to\s+|to\s+)?(?:go|get|rush|take\s+(?:him|her|them|my\s+\w+|our\s+\w+))"
    rf"\s+(?:straight\s+|right\s+)?(?:\w+\s+)?(?:to|into)\s+{_CARE_PLACE}\b"
    rf"|\b(?:go|going|get|take\s+\w+)\s+(?:straight\s+)?(?:to|into)\s+{_CARE_PLACE}\s*(?:now|right now|tonight)?\s*\?"
    rf"|\bis\s+(?:it|this)\s+(?:an?\s+)?(?:a\s*&\s*e|er|emergency|hospital)\s+(?:thing|trip|visit|case)\b"
    r"|(?:要不要|需不需要|需要不需要|需唔需要|使唔使|洗唔洗|用不用|用唔用|是不是要|是否要|系咪要|係咪要|应不应该|应唔应该|该不该|好唔好)"
    r"(?:马上|立刻|现在|而家|即刻|立即|赶快|快啲|今晚|先)?(?:带|送|揸车)?[^，。！？,.!?\s]{0,4}?(?:去|返|到|入)?"
    r"(?:看)?(?:急症室|急诊室|急诊|急症|医院|睇医生|看医生|睇急症|看急诊)"
    r"|(?:去|送|入)(?:急诊|急症室|急症|医院)(?:吗|嗎|呀|啊|好吗|好唔好)?\s*[?？]"
)


def asked_to_go(folded: str) -> list[Span]:
    """Where the customer asks whether to go to A&E, hospital or a doctor now."""
    return [m.span() for m in _ASKS_TO_GO.finditer(folded)]


def read_asked_to_go(scan: Scan) -> None:
    """Mark the question (``sit:asks_to_go``) and forget the care words inside it: someone asking
    whether to go to A&E is not already in a doctor's care."""
    asked = asked_to_go(scan.folded)
    if asked:
        scan.hits["sit:asks_to_go"] = asked
        scan.drop_within(("sit:cared_for",), asked)


# --------------------------------------------------------------------------- reaction to a medicine

# What was given or taken: a vaccine, a jab, an injection, a medicine. Beside a reaction (a rash,
# swelling, a fever) it is a reaction to that, not a food allergy: no EpiPen-and-food advice.
_VACCINE = re.compile(
    r"\b(?:vaccin\w*|jabs?|injections?|injected|booster|flu shot|immuni[sz]ation|inoculat\w*)\b"
    r"|疫苗|接种|打针|打完针|打了针|打咗针|注射|针剂"
)
_MEDICINE = re.compile(
    r"\b(?:medicines?|medication|tablets?|pills?|capsules?|antibiotics?|prescription|prescribed|syrup)\b"
    r"|(?:吃|食|服|用|开|配|买|買|拿|执)(?:了|咗|完|过)?(?:的|嘅)?(?:[^，。！？,.!?\s]{0,4})?药|药(?:物|片|丸|水|膏)"
)
# A meal named: a reaction after it is the food's (a medicine taken with it does not change that).
_MEAL = re.compile(
    r"\b(?:meal|dish|food|restaurant|ate|eaten|eating|dinner|lunch|breakfast|takeaway|takeout|snack)\b"
    r"|饭|菜|餐|外卖|鱼|肉|汤|面条|甜品|蛋糕|饮料|奶茶|零食|小吃"
)

# A food allergen named: the food allergy's own advice fits, whatever else was taken.
_ALLERGEN = re.compile(
    r"\b(?:peanuts?|nuts?|shellfish|prawns?|shrimps?|crab|lobster|seafood|sesame|gluten|wheat|dairy|eggs?|"
    r"soy|soya|fish|cashews?|almonds?|walnuts?|pistachios?)\b"
    r"|花生|坚果|果仁|腰果|杏仁|核桃|海鲜|虾|蟹|贝|芝麻|麸质|小麦|乳制品|鸡蛋|蛋|大豆|黄豆"
)
_REACTIONS = frozenset({"allergy", "illness", "fracture", "head", "poisoning"})


def reaction(scan: Scan, found: list[str]) -> bool:
    """A reaction to a vaccine or a medicine: a rash, swelling or fever beside something given or
    taken, with no food allergen named (a wrong medicine keeps its own step)."""
    if "medication" in found or not any(h in _REACTIONS for h in found):
        return False
    folded = scan.folded
    if _ALLERGEN.search(folded):
        return False
    return _VACCINE.search(folded) is not None or (_MEDICINE.search(folded) is not None and not _MEAL.search(folded))


def given(scan: Scan) -> bool:
    """Something was given or taken (a vaccine, an injection, a medicine)."""
    return _VACCINE.search(scan.folded) is not None or _MEDICINE.search(scan.folded) is not None


# Swelling alone is a symptom; it is a broken bone only beside a fall, a blow or a twist.
_SWELLING_ONLY = re.compile(r"swollen|swelling|swell\w*|肿了|肿晒|肿起来|腫晒|肿")


def swelling_only(scan: Scan) -> bool:
    """Every fracture hit is only a word for swelling, and nothing hit, fell or twisted."""
    hits = scan.get("haz:fracture")
    if not hits or scan.get("haz:injury") or scan.get("cat:injury"):
        return False
    return all(_SWELLING_ONLY.fullmatch(scan.folded[a:b]) for a, b in hits)
