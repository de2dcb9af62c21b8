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
from drafter.prefilter import Gate, gated

# --------------------------------------------------------------------------- figures of speech

# Frustration told in words for illness or pain ("this is making me sick", "a real headache",
# 快被气病了, 气死我了, 搞到我头都痛埋, 激到病咗): no one is ill, nothing to escalate.
_FIGURE = Gate(
    re.compile(
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
        # s10harm2: disgust (令人作呕, 让人反胃) and laughter (笑到我肚痛) told in words for the gut
        r"|(?:令|让|叫)(?:人|我)(?:好|很|都|真)?(?:作呕|反胃|想呕)"
        r"|笑(?:到|得)(?:我|人|佢|他|她|大家)?(?:都)?肚(?:子)?(?:都)?(?:痛|疼)"
    )
)
# Only where the sentence names nothing that could make anyone ill (no food, medicine, smell,
# fumes or water): "this is making me sick" (the runaround), "the kids were home sick", "called
# in sick"; never "your chicken is making us sick" or "home sick since eating your curry".
_MAYBE = Gate(
    re.compile(
        r"\b(?:making|makes|driving|giving|gives)\s+(?:me|us)\s+(?:feel\s+)?(?:physically\s+)?"
        r"(?:sick|ill|a headache|headaches|a migraine)\b"
        r"|\b(?:home|off|out|at home|in bed)\s+sick\b|\bcall(?:ed|ing|s)?\s+in\s+sick\b"
        r"|\bsick\s+(?:leave|days?|pay|note)\b|\bhomesick\b"
        r"|\b(?:makes?|making|made)\s+(?:me|us)\s+want\s+to\s+(?:throw up|vomit|puke|be sick)\b"
        r"|(?:让|令|叫)(?:人|我)(?:好|很|都|真)?想吐"
    )
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
    if _MAYBE.search(folded) is None:
        return spans
    eaten = scan.get("consumable")
    for sentence in _SENTENCE.finditer(folded):
        a, b = sentence.span()
        if _CAUSE.search(sentence.group()) or any(a <= s < b for s, _ in eaten):
            continue
        spans += [(a + m.start(), a + m.end()) for m in _MAYBE.finditer(sentence.group())]
    return spans


# Session 12. A title in book-title marks (a film 《热辣滚烫》, a book, a show): its words name no harm
# (trainers: burn first aid for a cinema ticket refund).
_TITLE = re.compile(r"《[^《》\n]{1,30}》|〈[^〈〉\n]{1,30}〉")
_HARM_BLOCK = re.compile(r"^(?:haz:|cat:(?:injury|illness)$|esc:(?:injury|illness|safety)$|mark:symptom$)")


def drop_figures(scan: Scan) -> None:
    """Forget illness, pain and injury hits that lie inside a figure of speech or a title."""
    scan.drop_within(_FIGURE_BLOCKS, figures(scan))
    titles = [m.span() for m in _TITLE.finditer(scan.folded)]
    if titles:
        scan.drop_within(tuple(k for k in scan.hits if _HARM_BLOCK.match(k)), titles)


# --------------------------------------------------------------------------- "should I go to A&E?"

_CARE_PLACE = (
    r"(?:the\s+)?(?:a\s*&\s*e|a and e|er|emergency(?:\s+(?:room|department))?|casualty|hospital|urgent care|"
    r"(?:a|the)\s+doctor|walk-in(?:\s+clinic)?)"
)
# Where the nearest care is ("where's the nearest A&E?", 最近的医院在哪, 附近有冇诊所): they are
# about to go, not already there; the reply tells them to go now and how to find it.
_WHERE_CARE = (
    r"\bwhere\s+(?:(?:is|s|are)\s+)?(?:the\s+)?(?:nearest|closest)\s+(?:a\s*&\s*e|a and e|er|hospital|emergency\w*|"
    r"urgent care|clinic|doctor|gp|walk-in\w*|medical centre|medical center)"
    r"|\b(?:is|are)\s+there\s+(?:a|an|any)\s+"
    r"(?:a\s*&\s*e|hospital|clinic|doctor|gp|urgent care|walk-in\w*|emergency room)"
    r"\s+(?:near|nearby|close|around)"
    r"|\b(?:nearest|closest)\s+(?:a\s*&\s*e|hospital|clinic|urgent care|emergency room|er)\b[^.!?\n]{0,20}\?"
    r"|(?:最近|附近|就近|近)(?:的|嘅|有)?(?:医院|急诊室|急诊|急症室|急症|诊所|医务室)(?:在|喺|系|係)?"
    r"(?:哪|边|边度|哪里|哪儿|那里|边到|边间|边一间)"
    r"|附近(?:有没有|有冇|有无|有没|有)(?:医院|急诊|急症室|诊所|医务室)(?:吗|嗎|呀|啊|冇)?"
)
_ASKS_WHERE = Gate(re.compile(_WHERE_CARE))
# A first-aid kit asked for ("do you have a first-aid kit?", 有冇急救箱): someone brings it, now. A
# kit told of ("staff had no first-aid kit") is no request.
_ASKS_KIT = Gate(
    re.compile(
        r"\b(?:do (?:you|we) (?:guys )?have|have (?:you|we) got|is there|can (?:you|someone|somebody) bring|bring|need|"
        r"get|borrow)\s+"
        r"(?:us\s+|me\s+)?(?:a\s+|any\s+|your\s+)?first[- ]?aid\s+(?:kit|box)\b"
        r"|(?:有没有|有冇|有无|有没|借|拿|送|带|攞)(?:个|一个|一个)?(?:急救箱|急救包|药箱)"
    )
)
# On their way to A&E now ("we're on our way to A&E", 正在去医院的路上, 而家去紧急症室): going, not
# yet treated; the reply backs the decision and gives the step on the way.
_ON_THE_WAY = Gate(
    re.compile(
        rf"\bon (?:our|my|his|her|their|the) way (?:to|into) {_CARE_PLACE}"
        rf"|\b(?:heading|rushing|driving|taking (?:him|her|them|my"
        rf" \w+|our \w+)) (?:straight )?(?:to|into) {_CARE_PLACE}"
        r"\s*(?:now|right now)\b"
        r"|(?:正在|而家|现在)?(?:去|送)(?:紧|紧去)?(?:医院|急诊|急症室)(?:的)?(?:路上|途中)|(?:而家|现在|正在)(?:送|去)紧?(?:医院|急诊|急症室)"
    )
)

# s12prefs2. About to go ("依家要睇醫生", 准备去医院, "we're about to see a doctor"): the care is
# still to come, so no "I hope you have had the right treatment", and no question of whether to go.
_ABOUT_TO_GO = Gate(
    re.compile(
        rf"\b(?:about|going|have|has|need|needs) to (?:go and |go to )?(?:see|get to|go to) {_CARE_PLACE}"
        r"|(?<![不唔])(?:要|准备|打算|正要|正准备|等下|等阵|待会)(?:带[^，。,.!！?？；;\n]{0,6}?)?(?:去|返)?"
        r"(?:看|睇)(?:医生|急诊|急症|门诊)|(?<![不唔])(?:要|准备|打算|正要|正准备)(?:去|送|入)(?:医院|急诊|急症室|诊所)"
    )
)


def asks_where(folded: str) -> bool:
    """They ask where the nearest A&E, hospital or clinic is."""
    return _ASKS_WHERE.search(folded) is not None


def asks_kit(folded: str) -> bool:
    """They ask us for a first-aid kit."""
    return _ASKS_KIT.search(folded) is not None


def on_the_way(folded: str) -> bool:
    """They are on their way to A&E or a hospital now."""
    return _ON_THE_WAY.search(folded) is not None


# The customer asks whether to go now ("should I go to A&E?", 要不要去急诊, 使唔使即刻去急症室):
# the A&E they name is a question, not care they already have; the reply answers it first.
_ASKS_TO_GO = Gate(
    re.compile(
        rf"\b(?:should|shall|do|must|need|ought)\s+(?:i|we|she|he|they)\s+(?:still\s+|just\s+|really\s+)?"
        r"(?:need\s+to\s+|have\s+to\s+|to\s+)?(?:go|get|rush|take\s+(?:him|her|them|my\s+\w+|our\s+\w+))"
        rf"\s+(?:straight\s+|right\s+)?(?:\w+\s+)?(?:to|into)\s+{_CARE_PLACE}\b"
        rf"|\b(?:go|going|get|take\s+\w+)\s+(?:straight\s+)?(?:to|into)\s+{_CARE_PLACE}\s*(?:now|right"
        rf" now|tonight)?\s*\?"
        rf"|\bis\s+(?:it|this)\s+(?:an?\s+)?(?:a\s*&\s*e|er|emergency|hospital)\s+(?:thing|trip|visit|case)\b"
        r"|(?:要不要|需不需要|需要不需要|需唔需要|使唔使|洗唔洗|用不用|用唔用|是不是要|是否要|系咪要|係咪要|应不应该|应唔应该|该不该|好唔好)"
        r"(?:马上|立刻|现在|而家|即刻|立即|赶快|快啲|今晚|先)?(?:带|送|揸车)?[^，。！？,.!?\s]{0,4}?(?:去|返|到|入)?"
        r"(?:看)?(?:急症室|急诊室|急诊|急症|医院|睇医生|看医生|睇急症|看急诊)(?:急诊室|急诊|急症室|急症)?"
        r"|(?:去|送|入)(?:急诊|急症室|急症|医院)(?:吗|嗎|呀|啊|好吗|好唔好)?\s*[?？]"
        # round 10ak: "should I see a doctor?", "do we call an ambulance?", 要唔要睇医生, 要不要叫救护车
        r"|\b(?:should|shall|do|does|must|need)\s+(?:i|we|he|she|they)\s+(?:still\s+|just\s+|really\s+)?"
        r"(?:need\s+to\s+|have\s+to\s+)?(?:see|call|get|phone|ring)\s+(?:a\s+|an\s+|the\s+)?"
        r"(?:doctor|gp|ambulance|paramedics?)\b"
        r"|\b(?:does|do)\s+(?:he|she|it|this|they)\s+need\s+(?:a\s+)?(?:doctor|stitches|hospital|an? x-?ray)\b"
        r"|(?:要唔要|要不要|需不需要|需唔需要|使唔使|洗唔洗|用不用|应不应该|该不该)(?:马上|即刻|立刻|现在|而家)?"
        r"(?:叫|call|打|打电话叫)(?:白车|救护车)"
        r"|(?:要唔要)(?:马上|立刻|现在|而家|即刻|带|送)?[^，。！？,.!?\s]{0,4}?(?:去|返|到|入)?(?:看|睇)?"
        r"(?:急症室|急诊室|急诊|急症|医院|睇医生|看医生|医生)"
        # round 10at: asked indirectly ("I'd like to know whether we should see a doctor", 我们是否应该去看医生)
        r"|\bwhether\s+(?:i|we|she|he|they)\s+(?:should|need to|ought to|must|have to)\s+(?:still\s+)?"
        r"(?:see|go to|call|get|phone|ring)\s+(?:a\s+|an\s+|the\s+)?"
        r"(?:doctor|gp|a\s*&\s*e|a and e|er|hospital|ambulance|urgent care)\b"
        r"|(?:是否|是不是|系咪|係咪)(?:应该|需要|要)(?:马上|立刻|现在|而家|即刻)?(?:去|返|到|入)?(?:看|睇)?"
        r"(?:急症室|急诊室|急诊|急症|医院|医生|睇医生|看医生)"
        # round 10ao: which hospital to go to ("which hospital should we go to?", 去哪个医院, 去边间医院)
        r"|\bwhich\s+(?:hospital|a\s*&\s*e|a and e|er|emergency room|urgent care|clinic|walk-in)\b"
        r"|(?:去|到|送|上|睇|看)(?:哪|边)(?:个|间|家|一间|一家|里的|度嘅|度)?(?:医院|急诊|急症室|急症|诊所)"
        rf"|{_WHERE_CARE}"
    )
)


def asked_to_go(folded: str) -> list[Span]:
    """Where the customer asks whether to go to A&E, hospital or a doctor now (or says they are on
    their way there: going, not yet treated)."""
    return [m.span() for gate in (_ASKS_TO_GO, _ON_THE_WAY) for m in gate.finditer(folded)]


def read_asked_to_go(scan: Scan) -> None:
    """Mark the question (``sit:asks_to_go``) and forget the care words inside it: someone asking
    whether to go to A&E is not already in a doctor's care."""
    asked = asked_to_go(scan.folded)
    if asked:
        scan.hits["sit:asks_to_go"] = asked
        scan.drop_within(("sit:cared_for",), asked)
    soon = [m.span() for m in _ABOUT_TO_GO.finditer(scan.folded)]
    if soon:  # about to see a doctor: not in care yet, and no question of whether to go
        scan.drop_within(("sit:cared_for",), soon)


# --------------------------------------------------------------------------- reaction to a medicine

# What was given or taken: a vaccine, a jab, an injection, a medicine. Beside a reaction (a rash,
# swelling, a fever) it is a reaction to that, not a food allergy: no EpiPen-and-food advice.
_VACCINE = re.compile(
    r"\b(?:vaccin\w*|jabs?|injections?|injected|booster|flu shot|immuni[sz]ation|inoculat\w*)\b"
    r"|疫苗|接种|打针|打完针|打了针|打咗针|注射|针剂|打(?:了|咗|完|过)?[^，。！？,.!?\s]{0,4}?(?:针|疫苗)"
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


# A prescription for glasses or lenses, with no medicine named: an optical product made wrong,
# nothing swallowed, nothing to stop taking (trainers' class: the frame follows what happened).
_OPTICAL = re.compile(
    r"\b(?:glasses|spectacles|lens|lenses|varifocals?|bifocals?|contacts|frames|eye test)\b"
    r"|眼镜|镜片|隐形眼镜|镜框|验光"
)
_MEDICINE_WORD = re.compile(
    r"\b(?:medicines?|medication|tablets?|pills?|capsules?|syrup|dose|doses|dosage|mg|ml|drops|cream|inhaler|"
    r"injections?|antibiotics?)\b"
    r"|药|剂量|胶囊|针"
)


def optical_prescription(folded: str) -> bool:
    """A prescription that is for glasses or lenses: no medicine is named."""
    return _OPTICAL.search(folded) is not None and _MEDICINE_WORD.search(folded) is None


def reaction(scan: Scan, found: list[str]) -> bool:
    """A reaction to a vaccine or a medicine: a rash, swelling or fever beside something given or
    taken, with no food allergen named (a wrong medicine keeps its own step)."""
    if "medication" in found or not any(h in _REACTIONS for h in found):
        return False
    folded = scan.folded
    if _ALLERGEN.search(folded) or optical_prescription(folded):
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


# --------------------------------------------------------------------------- hazard beside a person at risk

# Someone nearly hurt ("nearly fell through", "almost tripped", 差点绊倒, 险啲跌落去): nobody was
# injured, so the injury words inside are forgotten, and the near miss makes the thing a hazard.
_NEAR_MISS = re.compile(
    r"\b(?:nearly|almost|narrowly|very nearly|just about)\s+(?:got\s+|get\s+|been\s+|was\s+|were\s+|had\s+)?"
    r"(?:\w+\s+){0,2}?(?:fell|fall|fallen|falling|tripped|trip|slipped|slip|caught|trapped|crushed|hit|struck|"
    r"knocked|hurt|injured|cut|squashed|pinched|slammed|slid|slipped off|rolled|tipped|toppled|"
    r"went (?:through|over|down|into|off))\b(?:\s+(?:my|his|her|their|our|your)\s+\w+)?"
    r"|\bcould (?:easily )?have (?:been\s+)?(?:killed|hurt|injured|fallen|lost (?:a|his|her|their) fingers?)\b"
    r"|\b(?:grabbed|caught|pulled|yanked)\s+(?:him|her|them|my \w+)\s+(?:back\s+)?(?:just\s+)?in time\b"
    # something that came down beside someone ("the shelf fell down right next to my kid", 跌喺我个仔旁边)
    r"|\b(?:fell|came|crashed|dropped|toppled|collapsed)\s+(?:down\s+|over\s+|off\s+)?(?:\w+\s+)?"
    r"(?:right\s+|just\s+|inches\s+|centimetres\s+|centimeters\s+)?(?:next to|beside|from|in front of|behind)\s+"
    r"(?:my|his|her|our|their|a|the)\s+(?:\w+\s+)?(?:kid|kids|child|children|son|daughter|baby|toddler|boy|girl|mum|mom|dad|"
    r"mother|father|wife|husband|grand\w+|head|feet|foot|pram|buggy|stroller)\b"
    r"|(?:跌|掉|倒|砸|冧|塌)(?:了|咗|落|下来|落嚟|下)?(?:喺|在)(?:我|我们|我哋)?(?:个|的|嘅)?[^，。！？,.!?\s]{0,4}?(?:旁边|隔离|身边|面前|脚边)"
    r"|(?:差点|差一点|差点儿|差啲|差少少|险些|险啲|几乎)(?:就|儿)?(?:被|俾|给|畀)?[^，。！？,.!?\s]{0,10}"
    r"(?:摔|跌|绊|滑倒|夹|撞|砸|压|卡住|碰到|弹到|打到|伤|戳|刺|扎|割|掉(?:下|落|咗落))[^，。！？,.!?\s]{0,3}"
)
_NEAR_MISS = gated(_NEAR_MISS)
# A person at risk near a faulty thing: a child, someone elderly or frail.
_AT_RISK = Gate(
    re.compile(
        r"\b(?:child|children|kids?|toddlers?|bab(?:y|ies)|infants?|little (?:boy|girl|one)s?|my son|my daughter|"
        r"grand(?:son|daughter|child|children|kids?)|elderly|old (?:lady|man|woman|people)|pensioners?|"
        r"grandm\w+|grandp\w+|wheelchair|pregnant|pram|buggy|stroller|pupils|students|"
        r"(?:[1-9]|1[0-2]|[7-9]\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
        r"[- ](?:year|month)[- ]olds?)\b"
        r"|(?<![0-9一二两三四五六七八九十])(?:[1-9]|1[0-2]|[7-9][0-9]|[一二两三四五六七八九]|十[一二]?|[七八九]十[一二三四五六七八九]?)"
        r"(?:岁|个月)(?:大)?(?:的|仔|女)"
        r"|小孩|孩子|小朋友|儿童|宝宝|婴儿|细路|个仔|我仔|细仔|仔仔|女儿|儿子|囡囡|个女|孙子|孙女|孙仔|外孙|老人|长者|老人家|"
        r"婆婆|伯伯|阿婆|阿伯|"
        r"爷爷|奶奶|"
        r"外婆|外公|孕妇|轮椅|婴儿车|bb车|学生"
    )
)
# Things that hurt when faulty. Fixed ones (a railing, a step, a door, a wire in a wall) are
# kept away from; the others (a cot, a chair, a ladder) are no longer used.
_FIXED_THING = (
    r"\b(?:railings?|handrails?|banisters?|balustrades?|balcon(?:y|ies)|stairs?|staircases?|steps?|stairwell|"
    r"escalators?|lift doors?|doors?|gates?|glass|windows?|floors?|floorboards?|tiles?|paving|pavements?|kerbs?|"
    r"manholes?|drain covers?|covers?|ramps?|ceilings?|light fittings?|fences?|swings?|slides?|climbing frames?|"
    r"walkways?|decking|platforms?|wires?|wiring|cables?|sockets?|outlets?|poles?|signs?|panels?|benches?|nets?|"
    r"netting|nails?|spikes?|"
    r"shel(?:f|ves)|shelving|cabinets?|wardrobes?|mirrors?|radiators?|hinges?|edges?)\b"
    r"|栏杆|扶手|护栏|围栏|阳台|楼梯|台阶|梯级|阶梯|扶梯|电梯门|闸门|玻璃|窗|地板|地砖|地面|斜坡|井盖|渠盖|沙井|"
    r"天花|吊灯|围网|秋千|滑梯|游乐设施|电线|电缆|插座|插苏|电箱|架子|货架|柜|镜|铰链|瓷砖|池边|钉子|铁钉|门"
)
_LOOSE_THING = (
    r"\b(?:cots?|cribs?|high ?chairs?|bunk beds?|bed rails?|chairs?|ladders?|trampolines?|strollers?|prams?|"
    r"heaters?|fans?|lamps?)\b"
    r"|婴儿床|床栏|椅|凳|梯子|螺丝|婴儿车|bb车|暖炉|电暖|风扇|台灯"
)
_ELECTRIC_THING = re.compile(r"wir(?:e|es|ing)|cables?|sockets?|outlets?|电线|电缆|插座|插苏|电箱")
# A wire or a cable is a shock hazard only when its state says the current can reach someone
# (bare, exposed, live, sparking, frayed, 露出); loose or lying across a floor or a stair it is
# something to trip on (trainers: a cable someone's mother tripped over got "don't touch it or
# anything metal near it"). A socket or a fuse box is mains whatever its state.
_MAINS_THING = re.compile(r"sockets?|outlets?|插座|插苏|电箱")
_LIVE_STATE = re.compile(
    r"\b(?:exposed|bare|live|sparking|sparks|sparked|frayed|uncovered|melted|scorched|smoking)\b"
    r"|露在外面|露出|露咗|露晒|露哂|裸露|外露|漏电|冒火花|火花|烧焦|发烫"
)
# States that are a danger in themselves (loose, exposed, slamming, 松, 露出) and states that are
# one only when the customer says so ("broken", 坏了: a broken gate code is no hazard).
_STATE = re.compile(
    r"\b(?:loose|came loose|coming loose|exposed|bare|hanging (?:out|down|loose|off)|sticking (?:out|up)|"
    r"poking (?:out|up)|protruding|shattered|wobbly|wobbles|unstable|gave way|gives way|collapsed|came away|"
    r"coming away|rotten|torn|ripped|rotted|slippery|sharp|jagged|slams?|slammed|slamming|swings? (?:shut|back)|"
    r"snaps? shut|live|sparking|uncovered|unsecured|not secured|tipped over|toppled|falling apart)\b"
    r"|松|鬆|断开|露在外面|露出|露咗|露晒|露哂|裸露|外露|掉下来|脱落|甩咗|塌|冧|翘起|凸出|锋利|湿滑|好滑|很滑|摇摇|大力|猛|"
    r"弹返|弹回|夹|没有盖|没盖|冇盖|穿窿"
)
_WEAK_STATE = re.compile(
    r"\b(?:broken|broke|missing|cracked|smashed|came off|fell off|coming off|uneven|snapped|damaged)\b"
    r"|坏了|坏咗|烂了|烂咗|断了|断咗|裂开|裂了|裂咗|(?:是|系|係)裂的|碎了|碎咗|爆了|爆咗|掉了|缺了|破了|生锈"
)
# The customer calls it a danger ("dangerous", "someone will get hurt", 好危险).
_DANGER = re.compile(
    r"\b(?:danger\w*|unsafe|not safe|hazard\w*|accident waiting|death trap|(?:will|could|might|going to) "
    r"(?:get )?(?:hurt|fall|injure)|(?:someone|somebody|a child|a kid) (?:will|could|is going to) |"
    r"before (?:someone|somebody|anyone|a child|a kid|a person) (?:\w+ )?"
    r"(?:falls|gets hurt|is hurt|is injured|is killed))"
    r"|危险|不安全|出事|出意外|受伤|跌亲|好危|安全隐患"
)
_THING = Gate(re.compile(f"{_FIXED_THING}|{_LOOSE_THING}"))
_BOUGHT = re.compile(r"\b(?:bought|ordered|purchased|order)\b|买|订单|网店|网购")
# A part of something: whose part it is decides whether it is fixed.
_PART = re.compile(
    r"edges?|covers?|glass|panels?|hinges?|nails?|spikes?|wires?|cables?|mirrors?|casing|外壳|机身|边角|盖子"
)
_PLACE = re.compile(
    r"shop|store|branch|restaurant|hotel|room|hall|hallway|corridor|building|station|platform|gym|pool|park|"
    r"playground|area|centre|center|car|bus|train|lift|entrance|bathroom|toilet|changing|office|premises|site|venue|"
    r"shower|bath|kitchen|wall|ceiling|counter|bar|table|cabinet|wardrobe"
)
_PART_OF = re.compile(r"\s+(?:of|on|from)\s+(?:the|a|an|my|your|our|his|her|their|this|that)\s+(?:new\s+)?(\w+)")
# A fixed thing of their own ("the bottom step of my stairs", 我家楼梯): not ours to close off.
_OWN_THING = re.compile(
    rf"\b(?:my|our)\s+(?:own\s+)?(?:\w+\s+)?(?:{_FIXED_THING})|(?:我家|我们家|我哋屋企|屋企|自己家)(?:的|嘅)?(?:{_FIXED_THING})"
)
_FIXED = re.compile(_FIXED_THING)


# Session 13. A light or a lift that does not work (a dark corridor, a lift out of order), with no
# live state told (bare wires, sparks, water on it): a repair to make, not a hazard to cordon off,
# when the near miss beside it names nothing faulty in the thing itself (trainers: "we are having it
# cordoned off straight away" for a broken hallway light someone nearly tripped in).
_OUT_OF_ORDER = re.compile(
    r"\b(?:lights?|lighting|bulbs?|lamps?|lifts?|elevators?)\b[^.!?\n]{0,30}?"
    r"\b(?:broken|broke|out|not working|doesn t work|does not work|don t work|dead|blown|gone|off|"
    r"out of (?:order|service)|never (?:fixed|replaced))\b"
    r"|\b(?:broken|dead|blown|faulty|no)\s+(?:hallway |corridor |stair(?:well|way)? |landing |porch |street )?"
    r"(?:lights?|lighting|bulbs?|lifts?|elevators?)\b"
    r"|\b(?:pitch[- ])?(?:dark|black)\s+(?:hallway|corridor|stair(?:s|well|way|case)|landing|car park)\b"
    r"|\b(?:hallway|corridor|stair(?:s|well|way|case)|landing)s?\s+(?:is|are|s|was|were)\s+(?:pitch\s+)?(?:dark|black)\b"
    r"|(?:灯|燈|电梯|電梯|𨋢|升降机|升降機)[^，。！？,.!?\n]{0,6}?(?:坏了|坏咗|壞了|壞咗|不亮|唔着|唔著|唔亮|"
    r"没亮|沒亮|不工作|停用|停咗|停了|失灵|失靈)"
    r"|(?:走廊|楼梯|樓梯|梯间|梯間|楼道|樓道)[^，。！？,.!?\n]{0,4}?(?:黑漆漆|乌灯黑火|烏燈黑火|好黑|很黑|一片漆黑|冇灯|沒有灯|没有灯)"
)
_OUT_OF_ORDER = gated(_OUT_OF_ORDER)


def read_at_risk(scan: Scan) -> None:
    """A faulty thing (loose, broken, exposed, slamming) beside a person at risk (a child, someone
    elderly, someone who nearly fell) in the same or the next sentence: a hazard (electric for a
    bare wire, else a defect), kept away from when it is fixed; the near miss is no injury."""
    folded = scan.folded
    near = [m.span() for m in _NEAR_MISS.finditer(folded)]
    scan.drop_within(("cat:injury", "esc:injury", "haz:injury"), near)
    _drop_own_near_miss(scan)
    if any(scan.get(f"haz:{h}") for h in _THING_HAZARDS):
        _mark_fixed(scan)
        return  # the lists already name the danger (a heater smoking, a railing loose): its own step
    # someone already hurt (a fall, a cut) beside a faulty fixed thing: it hurt them and is still
    # there for the next person, so it is a hazard as much as a near miss is
    hurt = [s for block in _HURT for s in scan.get(block)]
    if not near and not hurt and _AT_RISK.search(folded) is None:
        return  # nobody at risk: nothing to pair a faulty thing with
    sentences = [m.span() for m in _SENTENCE.finditer(folded)]
    danger = _DANGER.search(folded) is not None
    fixed_in: set[int] = set()
    # "the light is broken" names the light's fault, not the stairs' told beside it (走廊的灯坏了，差点在楼梯摔倒)
    repairs = [] if hurt or danger else [m.span() for m in _OUT_OF_ORDER.finditer(folded)]
    for i, (a, b) in enumerate(sentences):
        text = folded[a:b]
        weak = danger or near or hurt
        probe = _blanked(folded, a, b, repairs) if repairs else text
        faulty = _faulty(text, _STATE) or (_faulty(probe, _WEAK_STATE) if weak else None)
        lo, hi = sentences[max(0, i - 1)][0], sentences[min(len(sentences) - 1, i + 1)][1]
        close_call = any(lo <= s < hi for s, _ in near)
        if faulty and _FIXED.fullmatch(faulty) and any(lo <= s < hi for s, _ in hurt):
            close_call = True
        thing = _THING.search(text) or _HOLE.search(text)
        if thing is None or not (close_call or (faulty and _AT_RISK.search(folded[lo:hi]))):
            continue
        if not faulty and _OWN_THING.search(text):
            continue  # nearly fell on their own stairs, nothing wrong with them: the cause lies elsewhere
        if not faulty and not hurt and not danger and _OUT_OF_ORDER.search(folded):
            continue  # nearly tripped on sound stairs in the dark: the broken light or lift is a repair
        span = (a + thing.start(), a + thing.end())
        kind = "haz:electric" if faulty and _shock_risk(text, faulty) else "haz:defect"
        scan.hits.setdefault(kind, []).append(span)
        # "a sharp edge of the toy", "the glass on my phone": a part of something portable, not fixed
        owner = _PART_OF.match(text, thing.end()) if _PART.fullmatch(thing.group()) else None
        if owner is not None and not _FIXED.fullmatch(owner.group(1)) and not _PLACE.fullmatch(owner.group(1)):
            continue
        if owner is None and _PART.fullmatch(thing.group()) and _product_part(folded, text, thing.group()):
            continue
        if _FIXED.fullmatch(thing.group()) or _HOLE.fullmatch(thing.group()):
            scan.hits.setdefault("fixed_hazard", []).append(span)
            fixed_in.add(i)
    # a product they bought that nearly crushed or struck a child, named by no listed thing (a cat
    # tree that toppled, 差少少就压到我个女): the product is the hazard, no longer used
    untold = not scan.get("haz:defect") and not scan.get("haz:electric")
    if near and untold and _BOUGHT.search(folded) and _AT_RISK.search(folded):
        scan.hits.setdefault("haz:defect", []).extend(near)
    # a stair or a floor is the hazard: a van or a car told elsewhere (the technician's van) is no
    # vehicle to stop driving
    if fixed_in:
        elsewhere = [s for i, s in enumerate(sentences) if i not in fixed_in]
        # (folding blanks quotation marks: they are read in the text, where positions are the same)
        quoted = [m.span() for m in _QUOTE.finditer(scan.text)] if len(scan.text) == len(folded) else []
        scan.drop_within(("mark:vehicle",), elsewhere + quoted)


def _blanked(folded: str, a: int, b: int, spans: list[Span]) -> str:
    """The sentence folded[a:b] with the given spans blanked (same length, so positions hold)."""
    chars = list(folded[a:b])
    for s, e in spans:
        for k in range(max(s, a), min(e, b)):
            chars[k - a] = " "
    return "".join(chars)


def _product_part(folded: str, sentence: str, part: str) -> bool:
    """Session 10. A part named with no owner ("a sharp, unfinished edge") in a complaint about
    something bought, in a sentence that names no fixed thing besides it nor a place of ours: a part of the
    product, at the customer's home; stopped using, not cordoned off by us (trainers: "We are
    having it cordoned off straight away" for a toy's sharp bracket)."""
    if _BOUGHT.search(folded) is None:
        return False
    others = [m.group() for m in _FIXED.finditer(sentence) if m.group() != part]
    return not others and not _ours_here(sentence)


_OUR_PLACE = re.compile(rf"\byour\s+(?:\w+\s+){{0,2}}?(?:{_PLACE.pattern})\b|你们|你哋|贵")
# Where it was bought from ("bought from your store", 在你们旗舰店买的): no place it is now.
_BOUGHT_AFTER = re.compile(r"[^,，]{0,12}?(?:买|购|订|网店|旗舰店|官网|网上|app)")
_BOUGHT_BEFORE = re.compile(r"\b(?:bought|ordered|purchased|from)\b[^,]{0,30}$")


def _ours_here(sentence: str) -> bool:
    """A place of ours named as where the thing is, not as where it was bought."""
    return any(
        not _BOUGHT_AFTER.match(sentence, m.end()) and not _BOUGHT_BEFORE.search(sentence, 0, m.start())
        for m in _OUR_PLACE.finditer(sentence)
    )


def read_product_parts(scan: Scan) -> None:
    """Session 10. Forget the fixed reading of a part (a casing, a cover, an edge) told of
    something bought, with no fixed thing nor a place of ours in its sentence: the air fryer's
    casing is at their home, unplugged and kept aside, not a meter box to keep switched off
    (trainers: "您先关掉总电源做得很对" to someone who had unplugged her air fryer)."""
    _read_charge_point(scan)
    _read_scorched_socket(scan)
    fixed = scan.get("fixed_hazard")
    if not fixed:
        return
    folded = scan.folded
    parts: list[Span] = []
    for sentence in _SENTENCE.finditer(folded):
        a, b = sentence.span()
        for s, e in fixed:
            if a <= s < b and _PART.fullmatch(folded[s:e]) and _product_part(folded, folded[a:b], folded[s:e]):
                parts.append((s, e))
    scan.drop_within(("fixed_hazard",), parts)


# Session 12. A charging post or station for a car or a bike (充电桩, 充電站, "charge point"): an
# installation where it stands, to be kept away from and taken out of use by whoever runs it; never
# "unplug it and keep it away from anything that can burn" (trainers: a fixed charging post told
# "把它放在遠離可燃物、孩子碰不到的地方"), whatever "charger" word the lists read as portable.
_CHARGE_POINT = re.compile(
    r"\b(?:charging|charge|charger|ev)\s+(?:points?|posts?|stations?|bays?|piles?|pillars?|kiosks?|units?)\b"
    r"|\bev chargers?\b|\b(?:rapid|fast|public) chargers?\b"
    r"|充电(?:桩|站|柱|柜|亭|车位)|快充(?:桩|站)|超充(?:桩|站)|换电(?:站|柜)"
)


def charge_point(folded: str) -> bool:
    """A charging post or station is named (the fault is in it, not in a charger someone carries)."""
    return _CHARGE_POINT.search(folded) is not None


def _read_charge_point(scan: Scan) -> None:
    """A fire or an electric fault told of a charging post: fixed, not portable."""
    if not (scan.get("haz:fire") or scan.get("haz:electric")):
        return
    spans = [m.span() for m in _CHARGE_POINT.finditer(scan.folded)]
    if not spans:
        return
    scan.hits.setdefault("fixed_hazard", []).extend(spans)
    scan.hits.pop("mark:portable", None)


# Session 12. A wall socket told as what a product scorched (把插座都熏黑了, "it blackened the
# socket"): the product bought is the hazard, to stop using and keep (portable), and the socket is
# checked before it is used again; the socket is not the fault to keep everyone away from
# (trainers: "不要触碰它以及它上面和附近的任何开关" for a child's toothbrush that sparked on charge).
_SOCKET = r"(?:wall\s+)?(?:sockets?|outlets?|power points?|plug sockets?)|插座|插苏|插蘇|电源插口"
_SCORCHED = re.compile(
    rf"把(?:墙上的|墙上|旁边的)?(?:{_SOCKET})(?:都|也|口|面板)?(?:给)?(?:熏|烧|烤|烫|炸)(?:黑|焦|坏|融|化|穿)"
    rf"|\b(?:scorched|blackened|burn[ts]|burned|melted|singed|charred)\s+(?:the|my|our|a)\s+(?:{_SOCKET})\b"
)


def scorched_socket(folded: str) -> bool:
    """A socket is told as damaged by what was plugged into it."""
    return _SCORCHED.search(folded) is not None


def _read_scorched_socket(scan: Scan) -> None:
    """The socket a bought product scorched is no fixed hazard of its own."""
    if not scan.get("fixed_hazard") or _BOUGHT.search(scan.folded) is None:
        return
    spans = [m.span() for m in _SCORCHED.finditer(scan.folded)]
    if spans:
        scan.drop_within(("fixed_hazard",), spans)


def _shock_risk(sentence: str, faulty: str) -> bool:
    """The faulty thing is one the current can reach someone through: mains fittings always, a
    wire or a cable only in a live state (bare, exposed, sparking), not loose or trailing."""
    if _ELECTRIC_THING.search(faulty) is None:
        return False
    return _MAINS_THING.search(faulty) is not None or _faulty(sentence, _LIVE_STATE) is not None


def _drop_own_near_miss(scan: Scan) -> None:
    """A near miss on their own stairs or floor with nothing said wrong with them ("misjudged the
    bottom step of my stairs and very nearly fell" in new glasses): the stairs are no hazard of
    ours to cordon off; the cause is what the complaint is about."""
    defects = scan.get("haz:defect")
    if not defects:
        return
    folded = scan.folded
    own: list[Span] = []
    for sentence in _SENTENCE.finditer(folded):
        a, b = sentence.span()
        text = sentence.group()
        if not any(a <= s < b for s, _ in defects) or not _OWN_THING.search(text):
            continue
        if _faulty(text, _STATE) or _faulty(text, _WEAK_STATE) or _DANGER.search(text):
            continue
        if all(_NEAR_MISS.search(folded, s, b) for s, e in defects if a <= s < b):
            own.append((a, b))
    scan.drop_within(("haz:defect", "fixed_hazard"), own)


def _mark_fixed(scan: Scan) -> None:
    """A defect the lists name ("nearly fell", "unsafe") told beside a faulty fixed thing in the
    same sentence ("one of the steps is broken and wobbly"): the thing stays where it is, so it
    is kept away from and closed off, never "stop using it and keep it for inspection" (10ay)."""
    defects = scan.get("haz:defect")
    if not defects or scan.get("fixed_hazard"):
        return
    folded = scan.folded
    for sentence in _SENTENCE.finditer(folded):
        a, b = sentence.span()
        if not any(a <= s < b for s, _ in defects):
            continue
        faulty = _faulty(folded[a:b], _STATE) or _faulty(folded[a:b], _WEAK_STATE)
        if faulty and (_FIXED.fullmatch(faulty) or _HOLE.fullmatch(faulty)):
            thing = folded.find(faulty, a, b)
            scan.hits.setdefault("fixed_hazard", []).append((thing, thing + len(faulty)))


_HURT = ("haz:injury", "haz:fracture", "haz:head")
# Someone's words in quotation marks ("weren't in the van"): what they said, not where the hazard is.
_QUOTE = re.compile(r'"[^"\n]{1,80}"|“[^”\n]{1,80}”|「[^」\n]{1,80}」')
_THING_HAZARDS = ("gas", "fire", "electric", "defect", "trapped", "chemical", "water", "device", "object")


# A danger by itself, with no state needed: a hole in the floor, an open manhole, broken glass.
_HOLE = re.compile(
    r"\b(?:potholes?|sinkholes?|open manholes?|open drains?|broken glass|(?:holes?|gaps?) in the "
    r"(?:floor|ground|pavement|road|path|decking|stairs|steps|fence|railings?|balcony|platform|walkway|boardwalk))\b"
    r"|(?:地上|地面|路面|路上|楼梯|阳台|地板|人行道|走廊)[^，。！？,.!?]{0,4}(?:窟窿|破洞|大洞|有个洞|有個洞|深坑|大坑|个洞|個洞)"
)


def _fall_of_someone(text: str, state: re.Match[str]) -> bool:
    """The state is a person falling off the thing, not a part of it coming off."""
    return (
        _FELL_STATE.fullmatch(state.group()) is not None and _FALLER_BEFORE.search(text, 0, state.start()) is not None
    )


def _faulty(text: str, states: re.Pattern[str]) -> str | None:
    """The thing a sentence calls faulty ("the railing is loose", 电线露在外面), read as the thing
    and its state within a few words of each other; None when there is no such pair."""
    hole = _HOLE.search(text)
    if hole is not None:
        return hole.group()
    for thing in _THING.finditer(text):
        for state in states.finditer(text):
            if state.start() < thing.end() and thing.start() < state.end():
                continue  # one word read as both (滑梯 is a slide, not slippery)
            if _fall_of_someone(text, state):
                continue
            gap = state.start() - thing.end() if state.start() >= thing.end() else thing.start() - state.end()
            if 0 <= gap <= 40:
                return thing.group()
    return None


# --------------------------------------------------------------------------- glass from a breakage

# Glass from something that shattered (a shower door, a shelf, a window): a cut to treat and
# broken glass to keep away from, not a foreign object found in a product ("keep it and the
# packaging"). Glass in what was eaten or drunk stays a foreign object.
_SHATTERED = re.compile(
    r"\b(?:shattered|exploded|burst|smashed|broke|cracked|fell and broke|fell apart)\b"
    r"|爆了|爆咗|爆开|爆裂|自爆|碎了|碎咗|碎裂|裂开|突然爆|打碎|摔碎|跌碎"
)
_SHATTERED = gated(_SHATTERED)
_EATEN = re.compile(
    r"\b(?:in (?:my|the|his|her|our) (?:food|meal|soup|drink|salad|sandwich|mouth|dish|bowl|plate|coffee|tea)|"
    r"ate|eating|eaten|bit|bite|chew\w*|swallow\w*|drank|drinking|tooth|teeth|mouth|tongue|gum|gums)\b"
    r"|吃|喝|嘴|咬|吞|饭|菜|汤|饮料|牙|舌|口腔"
)


_GLASS = re.compile(r"\b(?:glass|shards?)\b|玻璃")
# Glass or a shard in a foot, a hand, a knee: a cut, whatever injury word there is or is not.
_IN_BODY = re.compile(
    r"\b(?:glass|shards?|splinters?)\b[^.!?]{0,40}?\b(?:in|into|through)\s+(?:my|his|her|their|our)\s+"
    r"(?:foot|feet|hand|hands|finger|fingers|toe|toes|leg|legs|arm|arms|knee|knees|heel|palm|face)\b"
    r"|(?:玻璃|碎片)[^，。！？,.!?]{0,8}?(?:扎|插|刺|割|嵌)(?:进|入|到|伤|破|咗|了)?[^，。！？,.!?]{0,4}?"
    r"(?:脚|手|手指|脚趾|腿|膝头|膝盖|脚底|脚板|手掌|脸|块面)"
)


def read_breakage(scan: Scan) -> None:
    """Forget the foreign-object reading of glass in a sentence that tells of something
    shattering, unless the same sentence tells of eating or drinking it; glass in a foot or a
    hand there is a cut."""
    if _SHATTERED.search(scan.folded) is None:
        return
    sentences = list(_SENTENCE.finditer(scan.folded))
    spans: list[Span] = []
    for i, m in enumerate(sentences):
        # the glass told of in this sentence or the next; once a pane has shattered, glass told of
        # later ("there is still broken glass there") is the same glass, left where it fell
        told = [sentences[i], *(s for s in sentences[i + 1 :] if _GLASS.search(s.group()))]
        if _SHATTERED.search(m.group()) and any(_GLASS.search(s.group()) for s in sentences[i : i + 2]):
            spans += [s.span() for s in told if not _EATEN.search(s.group())]
    if not spans:
        return
    scan.drop_within(("haz:object", "cat:foreign_object", "esc:foreign_object"), spans)
    glass = [(a, b) for a, b in spans if _GLASS.search(scan.folded, a, b)]
    if glass:
        scan.hits["mark:broken_glass"] = glass  # a cut from it: glass left in, pressed round, not on
    for a, b in spans:
        for cut in _IN_BODY.finditer(scan.folded, a, b):
            for block in ("haz:injury", "cat:injury", "esc:injury"):
                scan.hits.setdefault(block, []).append(cut.span())


# --------------------------------------------------------------------------- a lift or a door that moved on someone

# Installations that move people or close on them (a lift that dropped, an escalator that
# reversed, an automatic door that shut on someone): a fault in a shared place that hurts the next
# rider too. Read on the folded text (Simplified, lower case).
_INSTALLATION = re.compile(
    r"\b(?:lifts?|elevators?|escalators?|travelators?|moving walkways?|(?:automatic|sliding|revolving|auto) doors?|"
    r"ticket (?:gates?|barriers?)|turnstiles?)\b"
    r"|电梯|升降机|扶梯|自动门|感应门|旋转门|趟门|闸机|入闸机|出闸机"
    # Cantonese 較 (a lift) after a measure word: 部較, 架較 (fold: 较); never 比較 or 較好
    r"|(?<=[部架])较(?![好差多少为量快慢早晚近远高低大小])|𨋢"
)
_INSTALLATION = gated(_INSTALLATION)  # a literal gate: most texts hold none of its words
# What it did: dropped, fell, reversed, jolted, shut on someone (a lift that is merely slow or out
# of order is no hazard).
_LURCHED = re.compile(
    r"\b(?:dropped|plunged|plummeted|fell|free-?fell|jolted|jerked|lurched|shot (?:up|down)|juddered|"
    r"reversed|went backwards|ran backwards|changed direction|stopped dead|stopped suddenly|suddenly stopped|"
    r"slammed (?:shut|on|into)|closed on|shut on|snapped shut|"
    r"trapped (?:his|her|my|their) \w+|caught (?:his|her|my|their) \w+|"
    r"crushed|squashed|pinched|hit (?:him|her|me|them|my|his|her))\b"
    r"|下坠|下墜|坠落|急坠|掉(?:了|咗|到|落)|跌(?:了|咗|落)(?:[一二两三四五六七八九十几\d]+)?(?:层|楼)?|突然(?:往下|向下|下滑|下降|掉|跌|坠|倒|停|急停|加速|关|夹)"
    r"|倒转|倒行|逆行|反转|急停|骤停|夹(?:到|住|伤|亲|埋|了|咗)|关上(?:时|嘅时候)?夹|撞(?:到|倒|伤)"
)


def read_installation(scan: Scan) -> None:
    """A lift, an escalator or an automatic door that dropped, reversed or shut on someone, told of
    in one sentence: a fixed defect (``haz:defect``, ``fixed_hazard``) marked ``mark:installation``,
    so the reply says it is stopped and taken out of service now, not "tonight at the latest"."""
    folded = scan.folded
    if _INSTALLATION.search(folded) is None:
        return
    for sentence in _SENTENCE.finditer(folded):
        a = sentence.start()
        thing = _INSTALLATION.search(sentence.group())
        if thing is None or _LURCHED.search(sentence.group()) is None:
            continue
        span = (a + thing.start(), a + thing.end())
        for block in ("haz:defect", "fixed_hazard", "mark:installation"):
            scan.hits.setdefault(block, []).append(span)


# --------------------------------------------------------------------------- a scald told, not named

# A scald told as what happened, with no burn word in it (round 10ao): hot water splashed on a
# hand (热水溅到手背上, 熱水濺到手背), or skin that came up in blisters (手背红了一片还起了小泡,
# 起咗幾粒細泡). The keyword list names 起泡 and "hot water on"; a told scald still needs the
# burn's step (cool water, don't burst them, get it seen). A negation between the liquid and the
# splash ("热水没有溅到孩子") is no scald; blisters on a wall, paint or a screen protector are no skin.
_HOT_LIQUID = (
    r"(?:热水|开水|滚水|沸水|热汤|滚汤|热油|滚油|热茶|热咖啡|热奶|热粥|热饮|蒸汽|蒸气|热汽)"
    r"[^，,。！？!?\n没冇未不无]{0,6}?(?:溅|洒|泼|淋|喷|倒|射|浇|涌|渗)(?:了|咗|出|出来|到|在|落|晒)?"
    r"[^，,。！？!?\n]{0,4}?(?:手|脚|脸|面|腿|臂|背|身|头|胸|肚|颈|脖|皮|眼|嘴|口|孩子|儿子|女儿|宝宝|他|她|我|个仔|个女)"
)
# (round 10at) the person told before the liquid, the verb ending in a hurt (俾热汤淋亲, 被开水泼伤)
_HOT_LIQUID_HURT = (
    r"(?:被|俾|给|畀)(?:[^，,。！？!?\n]{0,4}?)(?:热水|开水|滚水|沸水|热汤|滚汤|热油|滚油|热茶|热咖啡|热奶|热粥|热饮|蒸汽|蒸气)"
    r"(?:溅|洒|泼|淋|喷|倒|射|浇|烫|渌)(?:亲|伤|到)"
)
_HOT_LIQUID_EN = (
    r"\b(?:hot|boiling|scalding|steaming)\s+(?:water|tea|coffee|soup|oil|milk|liquid|broth|drink|steam)\s+"
    r"(?:\w+\s+)?(?:splashed|spilled|spilt|poured|sprayed|squirted|went|shot|spurted)\s+"
    r"(?:\w+\s+){0,2}?(?:on|onto|over|all over|into)\s+(?:my|his|her|their|our|the baby s|the child s)\b"
)
_BLISTERED = (
    r"(?:起|长|冒)(?:了|咗|晒|出)?(?:一些|好多|很多|几个|几粒|一个|一粒|一片|一堆)?(?:小|细|水|大)?(?:泡|水泡|疱)"
    r"|\b(?:came up|come up|coming up|broke out|broken out)\s+in\s+blisters\b"
)
_SKIN = re.compile(r"手(?!机)|脚|脸|腿|臂|背|皮肤|胸|肚|颈|红|痛|\b(?:skin|hand|arm|leg|face|red|sore)\b")
_NOT_SKIN = re.compile(r"墙|漆|贴膜|屏幕|手机|地板|天花|壁纸|墙纸|\b(?:paint|wall|ceiling|screen|wallpaper)\b")
_SCALD = re.compile(f"{_HOT_LIQUID}|{_HOT_LIQUID_HURT}|{_HOT_LIQUID_EN}")
_SCALD = gated(_SCALD)
_WORN = re.compile(
    r"\s*(?:\w+\s+)?(?:coat|jacket|shirt|dress|trousers|jeans|clothes|bag|laptop|phone|table|floor|book|suit)s?\b"
    r"|[^，,。！？!?\n]{0,3}?(?:外套|衣|裤|裙|衫|鞋|包|手机|电脑|桌|地上|地下|书|西装|大褛|褛)"
)
_BLISTER = Gate(re.compile(_BLISTERED))


def read_scald(scan: Scan) -> None:
    """A scald told, not named: hot liquid splashed on someone, or skin come up in blisters in a
    sentence that names skin, a hand or redness (and no wall, paint or screen): ``haz:burn``."""
    if scan.get("haz:burn"):
        return
    folded = scan.folded
    # ...on a person, not on what they wore or carried ("热汤倒泻喺我件外套", "hot soup over my coat")
    spans = [m.span() for m in _SCALD.finditer(folded) if not _WORN.match(folded, m.end())]
    for sentence in _SENTENCE.finditer(folded):
        text = sentence.group()
        blister = _BLISTER.search(text)
        if blister and _SKIN.search(text) and not _NOT_SKIN.search(text):
            spans.append((sentence.start() + blister.start(), sentence.start() + blister.end()))
    if spans:
        scan.hits["haz:burn"] = spans


# --------------------------------------------------------------------------- a charger plugged into a sparking socket

# A portable thing named only as what was plugged in ("the socket sparks when I plug in my
# charger", 插上充电器插座就冒火花) is not the thing at fault: the wall socket is, a fixed
# installation kept away from and switched off at the breaker, not "unplug it and keep it".
_PLUGGED_IN = re.compile(
    r"\b(?:plug(?:ged|ging|s)?\s+in|plug(?:ged|ging|s)?|connect(?:ed|ing)?)\s+"
    r"(?:my|a|the|our|his|her|their|any)?\s*(?:\w+\s+)?$"
    r"|(?:插|插上|插入|插进|插住|插咗|插了|接上|接入)(?:我的|我嘅|我|个|一个|部|啲){0,2}$"
)


# "plug in" read as the verb ("when I plug in my charger"), not a plug-in device.
_PLUG_VERB = re.compile(r"\s+(?:my|a|an|the|our|his|her|their|any|it|anything|something)\b")


def read_plugged_in(scan: Scan) -> None:
    """Forget the portable reading of a charger or an adapter named only as what was plugged into
    a faulty fixed socket."""
    portable = scan.get("mark:portable")
    if not portable or not scan.get("fixed_hazard"):
        return
    folded = scan.folded
    kept = [
        (a, b)
        for a, b in portable
        if _PLUGGED_IN.search(folded[max(0, a - 30) : a]) is None and _PLUG_VERB.match(folded, b) is None
    ]
    scan.hits["mark:portable"] = kept


# --------------------------------------------------------------------------- a slippery floor still there

# A wet or slippery floor in a place of ours (a spill, a leak, a puddle in an aisle, 地上全是水),
# told beside a fall or a warning that others will fall: the hurt person is asked after first, and
# the spot itself is dried, signed and closed off now, so the next person does not fall (round
# 10ay: a gym's changing-room floor "still wet, others will fall" got an ambulance and nothing for
# the floor). Read on the folded text, one sentence at a time.
_FLOOR = re.compile(
    r"\b(?:floors?|aisles?|walkways?|corridors?|hallways?|stairs?|steps?|entrance|lobby|changing rooms?|"
    r"tiles?|poolside|patch)\b"
    r"|地上|地面|地板|地下|地砖|走廊|通道|楼梯|梯级|台阶|门口|大堂|更衣室|池边|浴室|洗手间|厕所|货架之间|过道"
)
_WET = re.compile(
    r"\b(?:wet|soaking|slippery|slick|greasy|oily|spill\w*|spilt|puddles?|leak\w*|flooded|icy)\b"
    r"|湿|积水|全是水|都是水|有水|一滩水|一摊水|漏水|很滑|好滑|太滑|地滑|滑溜|油渍|油污|结冰"
)
_WET = gated(_WET)
_POOL = re.compile(
    r"\b(?:spills? of|spillage|puddles?|pools? of (?:water|oil|liquid)"
    r"|(?:oil|water|drink|juice|milk|liquid|soup) spill)\b"
    r"|积水|一滩|一摊|油渍|油污"
)
# a fall of someone's, not "fell ill", "fell asleep" or a plan that fell through
_FALL = re.compile(
    r"\b(?:slipped|slip|fell(?!\s+(?:ill|sick|asleep|apart|behind|short|through))|fallen|fall|falls|tripped|skidded|"
    r"went flying|landed on)\b|滑倒|摔|跌倒|跌亲|跌咗|跌低|跌落|仆倒|仆低|绊倒|滑亲"
)


def spill(scan: Scan) -> list[Span]:
    """Where a sentence tells of a wet or slippery floor, with a fall or a warning of one told in
    the same or a neighbouring sentence."""
    folded = scan.folded
    if (_WET.search(folded) is None and _POOL.search(folded) is None) or _FALL.search(folded) is None:
        return []
    sentences = [m.span() for m in _SENTENCE.finditer(folded)]
    out: list[Span] = []
    for i, (a, b) in enumerate(sentences):
        wets = list(_WET.finditer(folded, a, b))
        # the floor told nearest a wet word ("in the corridor...; the floor was wet": the floor)
        floors = sorted(
            _FLOOR.finditer(folded, a, b), key=lambda f: min((abs(f.start() - w.start()) for w in wets), default=0)
        )
        floor, wet = (floors[0] if floors else None), (wets[0] if wets else None)
        if floors and wets:
            at = floors[0].start()
            wet = min(wets, key=lambda w: abs(at - w.start()))
        pool = _POOL.search(folded, a, b)  # a spill or a puddle lies on a floor whatever the words
        if pool is not None:
            floor = floor or pool
        elif floor is None or wet is None or abs(floor.start() - wet.start()) > 30:
            continue
        lo, hi = sentences[max(0, i - 1)][0], sentences[min(len(sentences) - 1, i + 1)][1]
        if _FALL.search(folded, lo, hi):
            out.append(floor.span())
    return out


def read_spill(scan: Scan) -> None:
    """A wet floor beside a fall (``mark:spill``): a fixed hazard of ours (``haz:defect``,
    ``fixed_hazard``) whose step is to dry it, sign it and close it off now."""
    found = spill(scan)
    if found:
        for block in ("mark:spill", "haz:defect", "fixed_hazard"):
            scan.hits.setdefault(block, []).extend(found)


# --------------------------------------------------------------------------- who is harmed

# Session 10. The person a safety case is about is the writer unless the text says otherwise:
# "my wife and kids are at her sister's tonight. I have a headache" is about him, and "my partner
# drove me to A&E" is about the one driven. Each harm told (a symptom, a hurt, a reaction) is read
# with the nearest person before it, back to two sentences earlier: I / me / my lips / 我 is the
# writer; a family member, a friend or he / she / 佢 is someone else; we / 我们 is both.
_BODILY = re.compile(
    r"\b(?:headaches?|migraine|dizz\w*|light-?headed|nause\w*|vomit\w*|threw up|throwing up|"
    r"rash|hives|swell\w*|swollen|itch\w*|bleed\w*|bled|blisters?|fainted|passed out|"
    r"(?:was|were|got|been|felt|feel|feeling|am|is)\s+(?:really\s+|very\s+|so\s+)?(?:sick|ill|unwell)|"
    r"food poisoning|allerg\w*|anaphyla\w*|epipen|cut (?:my|his|her|their) \w+|burn(?:ed|t) (?:my|his|her|their) \w+|"
    r"broke (?:my|his|her|their) \w+|hurt (?:my|his|her|their) \w+|injur\w*|fell|fallen|slipped|tripped)\b"
    r"|头(?:很|好|有点)?(?:痛|疼|晕)|头晕|恶心|想吐|呕|肚(?:子)?(?:痛|疼)|肚屙|拉肚子|腹泻|过敏|敏感|红疹|出疹|痕痒|"
    r"肿|流血|出血|流咗血|起泡|晕倒|昏倒|受伤|伤咗|伤了|摔|跌倒|跌低|跌亲|滑倒|撞到|割伤|烫伤|骨折|发烧|不舒服|唔舒服"
)
_HARM_BLOCKS = (
    "haz:injury",
    "haz:fracture",
    "haz:head",
    "haz:burn",
    "haz:allergy",
    "haz:illness",
    "haz:poisoning",
    "mark:symptom",
    "cat:injury",
)
# (my lips, my hand: the writer's body; "my order", "my stairs" name no one)
_BODY_EN = (
    r"lips?|face|hands?|arms?|legs?|feet|foot|head|eyes?|skin|throat|tongue|stomach|tummy|back|knees?|fingers?|"
    r"toes?|mouth|chest|neck|ankles?|wrists?|shoulders?|hips?|tooth|teeth|scalp|nose|ears?|chin|forehead|body|"
    r"gums?|epipen|inhaler"
)
_SELF = (
    r"\b(?:i|me|myself)\b|\bmy\s+(?:\w+\s+)?(?:{body})\b"
    r"|本人|我(?!们|哋|地|屋企|家人|(?:\d{{1,3}}\s*岁|[一二三四五六七八九十]{{1,3}}岁)?(?:的|嘅|个|家|屋企)?(?:{kin_zh}))"
)
_KIN = (
    r"wife|husband|partner|son|daughter|child|children|kids?|bab(?:y|ies)|toddler|infant|mother|mom|mum|father|dad|"
    r"parents?|grand\w+|gran|nan|nana|granny|brother|sister|friend|colleague|boyfriend|girlfriend|fianc\w+|niece|"
    r"nephew|aunt|uncle|neighbou?r|guest|\d+[- ]year[- ]old"
)
_KIN_ZH = (
    r"太太|老婆|妻子|老公|丈夫|先生|爱人|老伴|女儿|儿子|孩子|小孩|小朋友|宝宝|婴儿|母亲|妈妈|阿妈|父亲|爸爸|阿爸|"
    r"长辈|奶奶|爷爷|外婆|外公|阿爷|阿嫲|嫲嫲|婆婆|公公|朋友|同事|老人|个仔|个女|仔仔|囡囡|细路|哥哥|姐姐|弟弟|妹妹|家姐|细佬|妈|爸|奶|婆|爷"
)
_PERSON = re.compile(
    rf"(?P<other>\b(?:{_KIN})\b|\b(?:he|she|him|his|her|hers)\b|{_KIN_ZH}|他|她|佢(?!哋))"
    rf"|(?P<we>\b(?:we|us|our|both of us)\b|我们|我哋|佢哋|他们|她们|大家|全家|一家"
    # the writer and one other together ("my wife and I", 我和我老婆, 我同个仔): both
    rf"|\bmy\s+(?:\w+\s+)?(?:{_KIN})\s+and\s+(?:i|me)\b|\b(?:i|me)\s+and\s+my\s+(?:\w+\s+)?(?:{_KIN})\b"
    rf"|我(?:和|同|跟|与|同埋)(?:我)?(?:的|嘅|个)?(?:{_KIN_ZH})|(?:{_KIN_ZH})(?:和|同|跟|与|同埋)我(?!们|哋))"
    rf"|(?P<self>{_SELF.format(body=_BODY_EN, kin_zh=_KIN_ZH)})"
)
_BACK = re.compile(r"[.!?。！？\n]")


# One of the family told right after the harm ("the sign fell on my daughter", 砸到我个女): theirs.
_KIN_AFTER = re.compile(
    rf"^[^.!?。！？\n]{{0,20}}?(?:\b(?:my|our)\s+(?:\w+\s+)?(?:{_KIN})\b|我(?:的|嘅|个)?(?:{_KIN_ZH}))"
)


_CLAUSE_CUT = re.compile(r"[.!?。！？\n,，;；]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _sufferer(folded: str, at: int, end: int) -> str | None:
    """Who the harm told at ``at`` happened to: "self", "other", "we"; None when no person is
    told in its clause or the few before. In its own clause the person nearest before it (in
    English) or the clause's subject, told first (in Chinese); a clause with none carries the
    person of the nearest clause before that names one (我女儿吃了蛋糕，半夜呕吐: the daughter)."""
    if _KIN_AFTER.match(folded, end):
        return "other"
    zh = _HAN.search(folded, at, end) is not None
    stop = at
    for step in range(6):
        start = max((m.end() for m in _CLAUSE_CUT.finditer(folded, 0, stop)), default=0)
        found = list(_PERSON.finditer(folded, start, stop))
        if found:
            pick = found[0] if zh or step else found[-1]
            return next(k for k, v in pick.groupdict().items() if v)
        if start == 0:
            return None
        stop = start - 1
    return None


def harmed_one(scan: Scan) -> Span | None:
    """Where the one family member every readable harm happened to is named ("我个仔 ... 跌低,
    佢撞到头"), so the reply asks after them, not "you and your
    family" who were only there; None when the harms are the writer's, shared, or of several.
    The span is the word with the few characters before it that say whose it is."""
    folded = scan.folded
    spans = [s for block in _HARM_BLOCKS for s in scan.get(block)]
    spans += [m.span() for m in _BODILY.finditer(folded)]
    named: set[Span] = set()
    for a, _ in spans:
        cut = max((m.start() for m in _BACK.finditer(folded, 0, a)), default=-1)
        found = list(_PERSON.finditer(folded, 0, a))
        if not found:
            continue
        last = found[-1]
        if last.group("self") is not None or last.group("we") is not None:
            return None
        if re.fullmatch(r"\b(?:he|she|him|his|her|hers)\b|他|她|佢", last.group()):
            continue  # a pronoun: the family member it stands for is named before
        if last.start() > cut:
            named.add(last.span())
    kin = {folded[a:b] for a, b in named}
    if len(kin) != 1:
        return None
    a, b = min(named)
    start = max((m.end() for m in _BACK.finditer(folded, 0, a)), default=0)
    return max(start, a - 4), b  # the word and its owner ("my son", 我个仔), not the family before


def writer_harmed(scan: Scan) -> bool:
    """Every harm told whose person can be read happened to the writer (and at least one did):
    the reply asks after them, not after the family member they also named."""
    folded = scan.folded
    spans = [s for block in _HARM_BLOCKS for s in scan.get(block)]
    spans += [m.span() for m in _BODILY.finditer(folded)]
    readings = {_sufferer(folded, a, b) for a, b in spans}
    return "self" in readings and not readings & {"other", "we"}


# --------------------------------------------------------------------------- signs after a knock to the head

# Session 14 (c35 notes). A knock to the head told in any words ("a bump on her forehead", "cut
# above his eyebrow", 额头撞起个包, 額頭縫了針) with the signs after it told too (sleepy, a
# headache, being sick, confused: 一直想睡, 头痛, 呕吐) is a head injury a doctor checks now,
# not a cut already seen to: ``haz:head``, whoever it happened to.
_HEAD_PART_EN = r"(?:head|forehead|temple|skull|scalp|eyebrow|brow)"
_HEAD_KNOCK = re.compile(
    rf"\b(?:bump|lump|egg|cut|gash|bruise|swelling|graze|wound|knock|bang|blow)s?\s+(?:on|above|over|to|across|in)\s+"
    rf"(?:(?:his|her|their|my|the|its)\s+)?(?:\w+\s+)?{_HEAD_PART_EN}\b"
    rf"|\b(?:hit|hits|banged|bangs|knocked|bumped|cut|hurt|struck|smacked|landed on)\s+(?:his|her|their|my)\s+"
    rf"(?:\w+\s+)?{_HEAD_PART_EN}\b"
    r"|(?:额头|头部|头上|后脑|额角|眉骨|眉头|眉毛上|头)(?:上)?(?:被)?(?:撞|肿|起|鼓|缝|破|割|擦|流血|磕|撞出|有个包|有一个包|一个包|个包|伤)"
    r"|(?:撞|砸|磕|碰|跌|摔)(?:到|伤|亲|了|破|咗|中)?(?:个|了)?(?:额头|头部|后脑|额角|眉骨|头)"
)
_HEAD_SIGN = re.compile(
    r"\b(?:sleepy|drowsy|headaches?|vomit\w*|been sick|being sick|threw up|throwing up|confused|dizzy|"
    r"hard to wake|won't wake|groggy|drowsiness)\b"
    r"|嗜睡|想睡|好眼瞓|眼瞓|一直睡|昏昏|头痛|头疼|头好痛|头很痛|呕吐|呕|吐了|头晕|迷糊|犯困|没精神"
)
_SIGN_DENIED = re.compile(r"(?:\b(?:no|not|never|any|without)\s+(?:\w+\s+)?|没有|没|冇|不|未)$")


def read_head_signs(scan: Scan) -> None:
    """A knock to the head and, after it, a sign told of it (sleepy, a headache, being sick):
    ``haz:head`` on the knock, so the step has a doctor check them now."""
    if scan.get("haz:head"):
        return
    folded = scan.folded
    knocks = [m.span() for m in _HEAD_KNOCK.finditer(folded)]
    if not knocks:
        return
    if _head_signs(folded, knocks[0][1]):
        scan.hits["haz:head"] = knocks


# Care already given for the knock (A&E, a doctor, the cut glued or stitched): signs told after it
# are new since, and are checked again now.
_HEAD_CARE = re.compile(
    r"\b(?:a\s*&\s*e|a and e|er|hospital|doctor|gp|clinic|urgent care|paramedics?|ambulance|glued|stitch\w*|"
    r"steri-?strips?)\b"
    r"|急诊|急症|医院|医生|诊所|看病|睇医生|睇急症|缝针|缝了|黐|胶水|救护车"
)


def _head_signs(folded: str, start: int) -> list[re.Match[str]]:
    return [
        m
        for m in _HEAD_SIGN.finditer(folded, start)
        if not _SIGN_DENIED.search(folded[max(0, m.start() - 12) : m.start()])
    ]


def head_signs_after_care(folded: str) -> bool:
    """A knock to the head, care told for it, and a sign of it told after the care."""
    knock = _HEAD_KNOCK.search(folded)
    if knock is None:
        return False
    cares = [m.end() for m in _HEAD_CARE.finditer(folded, knock.start())]
    return bool(cares) and bool(_head_signs(folded, cares[-1]))


# s14 (c35 notes): "she fell off the climbing frame", 他从滑梯上掉了下来: a person's fall, told with a
# thing's word ("fell off", 掉了); the thing it was told of is no fault of its own (no "cordoned off").
_FELL_STATE = re.compile(r"fell off|came off|掉了")
_FALLER_BEFORE = re.compile(
    rf"(?:\b(?:i|he|she|we|they|you|(?:my|our|his|her|their|a|the)\s+(?:\w+\s+)?(?:{_KIN}))\s+"
    r"(?:(?:then|just|also|had|has|have|accidentally|nearly|almost)\s+)?$)"
    rf"|(?:他|她|佢|我|{_KIN_ZH})(?:就|又|也|不小心)?(?:从|由|喺|在)[^，。！？,.!?]{{0,12}}$"
)
