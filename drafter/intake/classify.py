"""What kind of complaint this is, whether it must go to management, and how the customer sounds."""

from __future__ import annotations

import re
from collections.abc import Callable

from drafter.intake.config import CATEGORIES, Compiled, Scan
from drafter.models import Category, CustomerType, Domain, EscalationReason, Hazard, Money


def category(c: Compiled, scan: Scan) -> Category:
    """Most keyword hits wins, ties by priority; an escalation category wins when present."""
    priority = c.config.categories.priority
    scores = {cat: len(scan.get(f"cat:{cat}")) for cat in CATEGORIES}
    candidates = [cat for cat in c.escalation_categories if scores[cat]] or [cat for cat in CATEGORIES if scores[cat]]
    if not candidates:
        return "other"
    return max(candidates, key=lambda cat: (scores[cat], -priority.index(cat)))


# Where something found in the food is the seeds' class 2; a fly over a street bin is not.
_FOOD_DOMAINS = frozenset({"restaurant", "delivery", "retail_store", "ecommerce", "airline", "other"})
_HAZARD_REASON: dict[str, EscalationReason] = {
    "gas": "safety",
    "trapped": "safety",
    "water": "illness",
    "chemical": "injury",
    "fire": "safety",
    "electric": "safety",
    "burn": "injury",
    "fracture": "injury",
    "injury": "injury",
    "head": "injury",
    "swallowed": "injury",
    "defect": "safety",
    "allergy": "illness",
    "medication": "illness",
    "poisoning": "illness",
    "illness": "illness",
    "stranded": "safety",
}


def reasons(
    c: Compiled, scan: Scan, where: Domain = "other", found: list[Hazard] | None = None
) -> list[EscalationReason]:
    """The seeds' class-2 reasons; every safety hazard escalates too (a scald is an injury)."""
    out: set[EscalationReason] = set()
    for reason, trigger in c.config.escalation.items():
        if reason == "amount_over_authority":
            continue  # its cues only place the amount: beyond_authority() decides
        if scan.get(f"esc:{reason}") or (trigger.from_category and scan.get(f"cat:{trigger.from_category}")):
            out.add(reason)
    if "foreign_object" in out and (
        where not in _FOOD_DOMAINS or (where != "restaurant" and not scan.get("consumable"))
    ):
        out.discard("foreign_object")  # a hair in used headphones: quality or fraud, nothing to harm anyone
    if "manager_demand" in out and all(_past_actor(scan.folded, a, b) for a, b in scan.get("esc:manager_demand")):
        out.discard("manager_demand")
    for hazard in found or ():
        out.add(_HAZARD_REASON[hazard])
    return sorted(out)


# A manager or member of staff told of as someone who did something ("the duty manager gave us
# one voucher", 经理说会回电): a past actor, not a demand for one. A demand cue just before the
# mention ("I want the manager to…", 叫经理出来) keeps it a demand.
_ACTED = re.compile(
    r"^[\s,]*(?:(?:on duty|on shift|there|at the (?:desk|counter|branch|store)|himself|herself|just|only|then|"
    r"also|eventually|finally|even)\s+)*"
    r"(?:gave|said|told|says|was|were|had|did|didn.t|did not|offered|refused|apologi[sz]ed|came|called|rang|promised|"
    r"explained|agreed|insisted|handed|shrugged|laughed|tried|checked|looked|replied|confirmed|claimed|admitted|"
    r"decided|wrote|emailed|sent|put|waved|walked|argued|blamed|ignored|got|took|made|let)\b"
    r"|^(?:说|讲|话|只给|给了|给咗|给我们|只说|表示|答应|承诺|拒绝|已经|过来|来了|出来说|回复|道歉|跟我说|跟我讲|同意|解释|态度|"
    r"也说|又说|还说|当时)"
)
# (the folded text is lower case, in Simplified, with an apostrophe read as a space)
_ASKED = re.compile(
    r"(?:\b(?:want|need|demand|speak to|speak with|talk to|talk with|ask for|asking for|call from|hear from|see|get|"
    r"let|from your|to your|escalate to|with a|with the|with your|i.d like|i would like|contact)\b[^.!?。！？\n]{0,20}"
    r"|要|叫|找|请|让|见|投诉到|反映给|联系|转给)$"
)


def _past_actor(folded: str, start: int, end: int) -> bool:
    return bool(_ACTED.search(folded[end : end + 40])) and not _ASKED.search(folded[max(0, start - 40) : start])


def customer_type(c: Compiled, scan: Scan) -> CustomerType:
    cues = c.config.customer_type
    runs = len(re.findall(rf"[!！]{{{cues.exclamation_run},}}", scan.text))
    # Shouting: capitalised words in a row, separated by spaces only ("THIS IS A JOKE"); codes
    # like "HL-2020" or "NT$2,150" are not words.
    word = r"(?<![\w$-])[A-Z]{2,}(?![\w$-])"
    shouting = len(re.findall(rf"{word}(?:[ \t]+{word}){{{cues.shouting_words - 1},}}", scan.text))
    emotion = len(scan.get("emotion")) + runs + shouting
    demand = len(scan.get("demand"))
    if emotion >= cues.mixed_min and demand >= cues.mixed_min:
        return "mixed"
    return "emotion" if emotion > demand else "demand"


def discount_care(scan: Scan) -> None:
    """Someone made ill or hurt elsewhere goes to a doctor: "hospital", "doctor" and "clinic" in
    an illness or injury story do not make the business a clinic (nor sign it Patient Services)."""
    care = scan.get("care")
    hurt = [*scan.get("cat:illness"), *(s for h in HAZARD_ORDER for s in scan.get(f"haz:{h}"))]
    ill = [s for s in hurt if not any(c0 <= s[0] and s[1] <= c1 for c0, c1 in care)]
    if not care or not ill:
        return
    block = "dom:healthcare_clinic"
    kept = [s for s in scan.get(block) if not any(c0 <= s[0] and s[1] <= c1 for c0, c1 in care)]
    if kept:
        scan.hits[block] = kept
    else:
        scan.hits.pop(block, None)


def care_only(scan: Scan) -> bool:
    """Illness read only from words for care (住院, "in hospital") with no symptom and no hazard:
    a stay in hospital told as the reason for a cancellation, not someone to look after now."""
    care = scan.get("care")
    ill = [*scan.get("cat:illness"), *scan.get("esc:illness")]
    if not care or not ill or scan.get("cat:injury") or scan.get("cat:foreign_object"):
        return False
    if any(scan.get(f"haz:{h}") for h in HAZARD_ORDER):
        return False
    return all(any(c0 <= s[0] and s[1] <= c1 for c0, c1 in care) for s in ill)


def drop_care_words(scan: Scan) -> None:
    """Illness hits that are only words for care ("doctor", "hospital") are not an illness where
    care is the business itself; a symptom beside them still is."""
    care = scan.get("care")
    for block in ("cat:illness", "esc:illness"):
        kept = [s for s in scan.get(block) if not any(c0 <= s[0] and s[1] <= c1 for c0, c1 in care)]
        if kept:
            scan.hits[block] = kept
        else:
            scan.hits.pop(block, None)


def domain(c: Compiled, scan: Scan) -> Domain:
    """Most domain cues wins, ties by the order in intake.yaml; ``other`` when nothing points anywhere."""
    order = list(c.config.domains)
    scores = {d: len(scan.get(f"dom:{d}")) for d in order}
    best = max(order, key=lambda d: (scores[d], -order.index(d)), default=None)
    return best if best is not None and scores[best] else "other"


# The order hazards are dealt with when several are present: what can still hurt someone first.
HAZARD_ORDER: tuple[Hazard, ...] = (
    "gas",
    "trapped",
    "fire",
    "electric",
    "chemical",
    "water",
    "medication",
    "poisoning",
    "allergy",
    "head",
    "burn",
    "fracture",
    "injury",
    "swallowed",
    "illness",
    "defect",
    "stranded",
)
_ONGOING: frozenset[Hazard] = frozenset({"gas", "fire", "electric", "trapped", "water", "stranded"})
# A hazard that counts only beside another cue: a chemical is a hazard on someone's skin or in
# their eyes (not a bleach stain on a shirt); tap water is one when it is making people ill.
_NEEDS: dict[Hazard, tuple[str, ...]] = {
    "chemical": ("sit:contact",),
    # stuck at a station is a safety case at night, alone or afraid, or for someone frail or ill
    "stranded": ("sit:at_risk", "mark:vulnerable"),
    "water": ("haz:illness", "haz:poisoning", "sit:contaminated"),
}


# A medicine given at the wrong strength or dose, read from the folded text (numbers and units
# the phrase lists cannot hold): "5mg tablets instead of 1mg", "five times the dose", 药…剂量错,
# 吃错药. Beside a word for a medicine only, so "twice the price" or 剂量 on a label is not one.
_DOSE_ERROR = re.compile(
    r"\d+(?:\.\d+)?\s*(?:mg|mcg|µg|ml|毫克)[^.!?。！？\n]{0,40}(?:\binstead of\b|而不是|不是|却是|但是|写的是)"
    r"|(?:\binstead of\b|\bnot\b|而不是|不是)[^.!?。！？\n]{0,25}\d+(?:\.\d+)?\s*(?:mg|mcg|µg|ml|毫克)"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|double|triple)[ -]?(?:times|x) "
    r"(?:the |my |his |her |their |a normal |the normal )?"
    r"(?:prescribed |usual |normal |right |correct )?(?:dose|dosage|strength|amount)"
    r"|\b(?:wrong|higher|stronger|incorrect|too high a|the wrong) (?:strength|dose|dosage)\b"
    r"|剂量[^。！？\n]{0,8}(?:错|不对|不一样|超|过高|太高|多了|倍)|(?:错|多|几|两|三|四|五|十)倍(?:的)?(?:剂量|药量)"
    r"|(?:吃|食|服|拿|配|发|给)错(?:了)?(?:药|剂量)|(?:吃|服)错了?"
    # the label says one strength or medicine, what is inside is another: "the box says 1mg, but
    # the strips inside are 5mg", 盒上写1毫克，但里面是5毫克
    r"|(?:\b(?:box|label|packet|pack|packaging|bottle|carton|leaflet|prescription|sticker)s?\b[^.!?。！？\n]{0,12}"
    r"\b(?:says|said|reads|read|shows|showed|is labell?ed|was labell?ed|states|printed)\b"
    r"|(?:盒|标签|包装|药袋|瓶|处方|標籤|包裝|藥袋|處方)[^。！？\n]{0,6}(?:上)?(?:写|寫|印|标|標|注明)(?:着|著|的是|住)?)"
    r"[^.!?。！？\n]{0,50}(?:\bbut\b|\bhowever\b|\byet\b|但|却|卻|可是|不过|不過)"
    r"[^.!?。！？\n]{0,60}(?:\binside\b|\btablets?\b|\bpills?\b|\bcapsules?\b|\bstrips?\b|\bblisters?\b|\bvials?\b|\bpens?\b"
    r"|\d+(?:\.\d+)?\s*(?:mg|mcg|µg|ml|iu|units?)\b|里面|裏面|裡面|里头|药片|藥片|药丸|藥丸|胶囊|膠囊|\d+(?:\.\d+)?\s*毫克)"
)
_MEDICINE = re.compile(
    r"药|藥|\b(?:tablets?|pills?|capsules?|medication|medicines?|prescription|prescribed|dose|dosage|"
    r"blood thinners?|warfarin|insulin|inhaler|metformin|amlodipine|levothyroxine|lisinopril|atorvastatin|"
    r"antibiotics?|steroids?|anticoagulants?|\d+(?:\.\d+)?\s*(?:mg|mcg))\b|毫克"
)


def dose_error(scan: Scan) -> bool:
    """A medicine at the wrong strength or dose (the class the phrase list cannot spell out)."""
    # the folded text reads digits inside words as letters ("1mg" as "lmg"): strengths are read
    # from the text as written, lower-cased
    return any(
        _MEDICINE.search(text) is not None
        and any(_MEDICINE.search(text[max(0, m.start() - 80) : m.end() + 80]) for m in _DOSE_ERROR.finditer(text))
        for text in (scan.folded, scan.text.lower())
    )


def hazards(c: Compiled, scan: Scan) -> list[Hazard]:
    # someone frail left waiting for a pick-up; not a crew that has not come to a sparking pole
    # that children walk past (the hazard is the thing, nobody is stranded)
    crew_awaited = bool(scan.get("mark:public")) or any(scan.get(f"haz:{h}") for h in _ONGOING if h != "stranded")
    frail_left = bool(scan.get("mark:left_waiting")) and bool(scan.get("mark:vulnerable")) and not crew_awaited
    dosed = dose_error(scan)
    found = [
        h
        for h in HAZARD_ORDER
        if scan.get(f"haz:{h}") or (h == "stranded" and frail_left) or (h == "medication" and dosed)
    ]
    return [h for h in found if h not in _NEEDS or any(scan.get(cue) for cue in _NEEDS[h])]


def urgent(c: Compiled, scan: Scan, found: list[Hazard]) -> bool:
    """Happening now: a live hazard (gas, fire, electricity), or a hurt person and a cue of now."""
    if any(h in _ONGOING for h in found):
        return True
    serious = {"burn", "allergy", "medication", "poisoning", "head", "fracture", "injury", "chemical"}
    return bool(scan.get("urgent")) and any(h in serious for h in found)


# Between the ask and the amount: no sentence break, and no word that makes it a price or a balance.
_ASK_GAP = re.compile(r"^[^.!?。！？\n;；]{0,24}$")
_NOT_ASKED = re.compile(
    r"price|cost|costs|worth|balance|价格|價格|售价|售價|标价|標價|原价|原價|余额|餘額|单价|單價|总价|總價"
)


def beyond_authority(
    scan: Scan, amounts: list[Money], limit: float | None, value_of: Callable[[Money], float | None]
) -> bool:
    """Money the customer asks us to pay, refund or restore ("refund the $4,000", 赔偿医药费3000元)
    beyond the store manager's limit: the group executive decides, so the case escalates. A price
    or a balance mentioned in passing is no ask."""
    if limit is None or not amounts:
        return False
    text = scan.text
    for _, end in scan.get("esc:amount_over_authority"):
        for money in amounts:
            at = text.find(money.text, end)
            if at < 0 or not _ASK_GAP.match(text[end:at]) or _NOT_ASKED.search(text[end:at].lower()):
                continue
            value = value_of(money)
            if value is not None and value > limit:
                return True
    return False
