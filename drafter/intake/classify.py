"""What kind of complaint this is, whether it must go to management, and how the customer sounds."""

from __future__ import annotations

import re
from collections.abc import Callable

from drafter.intake.config import CATEGORIES, Compiled, Scan
from drafter.intake.corrections import wrong_amount
from drafter.models import Category, CustomerType, Domain, EscalationReason, Hazard, Money
from drafter.prefilter import Gate, gated

# An app or a website named as the way an order was placed ("ordered a flat white on the app",
# 在app上下单, 用App叫外卖): the channel, not an account problem (trainers: a wrong drink read as
# "you are having trouble with your account").
_CHANNEL_BEFORE = re.compile(
    r"\b(?:ordered|order|orders|ordering|booked|booking|bought|paid|placed|reserved|requested)\b[^.!?\n]{0,60}?"
    r"\b(?:on|via|through|in|using|with|from)\s+(?:the\s+|your\s+|ur\s+|my\s+|our\s+|their\s+)?$"
)
_ZH_CHANNEL = re.compile(r"(?:在|用|喺|透过|通过|经)(?:你们|你哋|我们|你们的|你哋嘅)?(?:的|嘅)?\s*$")
_ZH_ORDERED = re.compile(r"\s*(?:上|度|里|入面)?\s*(?:下单|下的单|下咗单|点|订|落单|落咗单|买|叫|预订|预约)")


def _channel_only(folded: str, start: int, end: int) -> bool:
    """The account word names the app or site an order went through, not an account fault."""
    line_start = max(folded.rfind(".", 0, start), folded.rfind("\n", 0, start), start - 100) + 1
    if _CHANNEL_BEFORE.search(folded[line_start:start]):
        return True
    return bool(_ZH_CHANNEL.search(folded[max(0, start - 8) : start]) and _ZH_ORDERED.match(folded, end))


def category(c: Compiled, scan: Scan) -> Category:
    """Most keyword hits wins, ties by priority; an escalation category wins when present. An app
    named only as where an order was placed does not count for the account."""
    priority = c.config.categories.priority
    scores = {cat: len(scan.get(f"cat:{cat}")) for cat in CATEGORIES}
    scores["account"] = sum(1 for a, b in scan.get("cat:account") if not _channel_only(scan.folded, a, b))
    if wrong_amount(scan.folded) is not None:  # "took £640 instead of £64": a wrong debit is billing (s10rest)
        scores["billing"] += 2
    candidates = [cat for cat in c.escalation_categories if scores[cat]] or [cat for cat in CATEGORIES if scores[cat]]
    if not candidates:
        return "other"
    return max(candidates, key=lambda cat: (scores[cat], -priority.index(cat)))


# Where something found in the food is the seeds' class 2; a fly over a street bin is not.
_FOOD_DOMAINS = frozenset(
    {"restaurant", "delivery", "retail_store", "ecommerce", "airline", "transit", "entertainment", "other"}
)
_HAZARD_REASON: dict[str, EscalationReason] = {
    "gas": "safety",
    "trapped": "safety",
    "device": "safety",
    "water": "illness",
    "chemical": "injury",
    "fire": "safety",
    "electric": "safety",
    "burn": "injury",
    "fracture": "injury",
    "injury": "injury",
    "head": "injury",
    "swallowed": "injury",
    "object": "foreign_object",
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
    sharp = bool(found and "object" in found)  # glass or metal can hurt, in whatever product it was found
    if (
        "foreign_object" in out
        and not sharp
        and (where not in _FOOD_DOMAINS or (where != "restaurant" and not scan.get("consumable")))
    ):
        out.discard("foreign_object")  # a hair in used headphones: quality or fraud, nothing to harm anyone
    if "manager_demand" in out and all(
        _past_actor(scan.folded, a, b)
        or _salutation(scan.folded, a)
        or _own_manager(scan.folded, a, b)
        or _staff_said(scan.folded, a)
        or _not_a_demand(scan.folded, a, b)
        for a, b in scan.get("esc:manager_demand")
    ):
        out.discard("manager_demand")
    for threat in ("consumer_association", "media", "legal"):
        spans = scan.get(f"esc:{threat}")
        if (
            threat in out
            and spans
            and all(_renounced(scan.folded, a, b) or _document(scan.folded, b) for a, b in spans)
        ):
            out.discard(threat)  # "本来想打12345投诉，想想算了", "the police report": no threat to us
    if (body := outside_body(scan.text)) is not None and not _renounced(scan.folded, *body):
        out.add("consumer_association")  # "我會直接向NCC申訴", "take this to the Office of Rail and Road"
    if _PUBLISHED.search(scan.folded):
        out.add("media")  # "sending the whole story to the Evening Post consumer column"
    if _HEAD_ASKED.search(scan.folded) and not any(
        _not_a_demand(scan.folded, *m.span()) for m in _HEAD_ASKED.finditer(scan.folded)
    ):
        out.add("manager_demand")  # "我要见你们科长": whoever heads the office, asked for
    if _CHARGEBACK.search(scan.folded):
        out.add("legal")  # a charge to be disputed through their bank: a formal claim against us
    for hazard in found or ():
        out.add(_HAZARD_REASON[hazard])
    return sorted(out)


def escalates(reasons: list[EscalationReason]) -> bool:
    """Whether the case goes to management: the seeds' class 2 (illness, injury, a foreign object,
    a hazard, a threat of media, a regulator or a lawyer, a demand for a manager). A sum beyond the
    store manager's limit is approved by management (the reply says so) but is no class-2 complaint
    by itself (trainers: a university refund chased, a course fee asked back, escalated)."""
    return any(reason != "amount_over_authority" for reason in reasons)


# s14route. A complaint to an outside body told by its shape rather than its name: to (向/到/去) a
# body that is not us, then 投诉/申诉/举报 ("我會直接向NCC申訴", "就去人民银行投诉", "向金管局投訴"); in
# English a complaint, a report or "take this" to a body named by its initials (HKMA, NCC) or by
# what it is (a commission, an authority, an ombudsman, "the Office of Rail and Road").
_ZH_TO_BODY = re.compile(
    r"(?:向|到|去|找|跟|同)(?P<body>[A-Za-z]{2,6}|[\u4e00-\u9fff]{0,10}?(?:局|委员会|委員會|委|署|厅|廳|政府|专员|專員|人民银行|人民銀行|央行|金管会|金管會))"
    r"(?:的|嘅)?(?:投诉|投訴|申诉|申訴|举报|舉報|检举|檢舉|反映|告)"
)
_EN_TO_BODY = re.compile(
    r"(?i:\b(?:complain\w*|complaints?|report\w*|escalat\w*|refer\w*|go|going|take|taking|took)\b"
    r"(?:\s+(?:this|it|you|u|the matter|the case|my case|a complaint|a formal complaint))?)"
    r"\s+(?i:to|with)\s+(?:(?i:the)\s+)?"
    r"(?P<body>(?!(?:CEO|CFO|COO|HR|IT|GM|MD|ID|OK|UK|US|USA|EU)\b)[A-Z]{2,6}\b"
    r"|(?i:[a-z][a-z ]{0,30}?\b(?:commission|authority|ombudsman|regulator|watchdog|tribunal|bureau)\b)"
    r"|(?i:office of (?:the )?[a-z]+))"
)
_OURS = re.compile(
    r"你|您|贵|貴|客服|门店|門店|店|经理|經理|主管|公司|总部|總部|上级|上級|领导|領導|负责人|負責人|前台|柜台|櫃檯"
)


def outside_body(text: str) -> tuple[int, int] | None:
    """Where a complaint to an outside body is told (its span), None if none is."""
    for m in _ZH_TO_BODY.finditer(text):
        if not _OURS.search(m.group("body")):
            return m.span()
    en = _EN_TO_BODY.search(text)
    return en.span() if en is not None else None


# A newspaper's or a programme's consumer column, the story sent there: the press by its shape.
_PUBLISHED = re.compile(
    r"\b(?:consumer|money|watchdog|complaints?|readers?)\s+(?:column|page|desk|programme|program|slot|section)\b"
)

# s14route. Whoever heads the office or the section, asked for by the customer ("我要见你们科长",
# 叫你哋主任出嚟, 请你们处长给我回电): a demand for a manager whatever the title, read from the shape
# "want to see / call out + your + a head's title" (…长, 主任).
_HEAD_ASKED = re.compile(
    r"(?:要见|要見|想见|想見|要找|想找|叫|请|請|让|讓|要求)(?:你们|你們|你哋|贵|貴)(?:的|嘅)?"
    r"[\u4e00-\u9fff]{0,3}?(?:(?<![延加增成生擅专專])(?:长|長)|主任)"
    r"(?=[出来來给給打回见見说說处處亲親过過跟同和，。！？,.!?\s]|$)"
)


# A threat thought of and given up in the same breath ("本来想打12345投诉，想想算了", "I was going to
# report you to trading standards but honestly can't be bothered"): no threat to escalate.
_MEANT_TO = re.compile(
    r"(?:本来|本來|原本|本想|原来想|原來想|曾经想|曾經想|差点|差點|差啲|都想过|都想過)[^。！？!?\n]{0,16}$"
    r"|\b(?:was going to|were going to|thought about|thought of|considered|could have|was tempted to|nearly)\b"
    r"[^.!?\n]{0,30}$"
)
_GAVE_UP = re.compile(
    r"^[^。！？!?\n]{0,24}?(?:算了|作罢|作罷|还是不|還是不|不想闹|不想鬧|没有打|沒有打|冇打|没去|沒去)"
    r"|^[^.!?\n]{0,40}?\bbut\b[^.!?\n]{0,30}"
    r"\b(?:won t|will not|decided not|didn t|did not|can t be bothered|not going to|rather not)\b"
)


def _renounced(folded: str, start: int, end: int) -> bool:
    return bool(_MEANT_TO.search(folded[max(0, start - 30) : start]) and _GAVE_UP.search(folded[end : end + 50]))


# "the police report", "crime reference", 报警回执: a paper from a theft told, not a threat to us.
_PAPER_AFTER = re.compile(
    r"\s*(?:report|reference|ref|number|case number|crime number|incident number|statement|record|certificate)\b"
    r"|(?:回执|回執|记录|記錄|证明|證明|单|單)"
)


def _document(folded: str, end: int) -> bool:
    return _PAPER_AFTER.match(folded, end) is not None


# A manager word that is no demand: the writer's own title ("我係利昌貿易嘅辦公室經理", "I'm the office
# manager"), one declined ("我唔需要經理打電話嚟"), a floor (住在高层), or someone already rung or held
# on with ("sick of waiting on hold with head office").
_SELF = re.compile(
    r"(?:我|本人)(?:是|系|乃|作为|作為|身为|身為)[^，。！？,.!?\n]{0,14}$"
    r"|\b(?:i am|i m|im)\s+(?:the|a|an)\s+(?:[a-z]+\s+){0,3}$"
)
_DECLINED = re.compile(
    r"(?:不|唔|毋|无|無|冇)(?:需要|用|使|必|想|要)(?:再)?(?:找|叫|见|見|要|同|跟|让|讓|请|請|麻烦|麻煩|转|轉|转给|轉給|派)?"
    r"(?:你们|你們|你哋)?(?:的|嘅)?$"
    r"|\b(?:don t|do not|dont|no need (?:for|to)|not)\s+(?:need|want|asking for|after|looking for)?"
    r"\s*(?:a|the|your|any)?\s*$"
)
_FLOOR_BEFORE = re.compile(r"(?:住在?|在|楼|樓)$")
_FLOOR_AFTER = re.compile(r"(?:住户|住戶|楼层|樓層|楼|樓|的住户|的住戶)")
_RUNG = re.compile(
    r"\b(?:on hold|waiting|chasing)\s+(?:with|for|on)\s+(?:the\s+|your\s+)?$"
    r"|\b(?:emailed|e mailed|rang|phoned|called|wrote to|written to)\s+(?:the\s+|your\s+)?$"
)


def _not_a_demand(folded: str, start: int, end: int) -> bool:
    before = folded[max(0, start - 24) : start]
    if _SELF.search(before) or _DECLINED.search(before) or _RUNG.search(before):
        return True
    word = folded[start:end]
    return word in ("高层", "高層") and bool(_FLOOR_BEFORE.search(before) or _FLOOR_AFTER.match(folded, end))


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
    r"也说|又说|还说|当时"
    # round 10ay: a manager who tells the customer to do something (主管要我补一张证明: their boss at work)
    r"|要我|叫我|让我|要求我|吩咐我|需要我)"
)
# (the folded text is lower case, in Simplified, with an apostrophe read as a space)
_ASKED = re.compile(
    r"(?:\b(?:want|need|demand|speak to|speak with|talk to|talk with|ask for|asking for|call from|hear from|see|get|"
    r"let|from your|to your|escalate to|with a|with the|with your|i.d like|i would like|contact)\b[^.!?。！？\n]{0,20}"
    r"|要|叫|找|请|让|见|投诉到|反映给|联系|转给"
    # "我要同你哋经理讲", "我想跟你们主管谈": asking to talk with ours, then the verb of talking
    r"|(?:要|想)(?:同|跟|和|与)(?:你们|你哋|您们|贵公司)?(?:的|嘅)?)$"
)


# The line the letter is addressed on ("Dear Halden Court management,", "To the Manager:",
# 经理您好：): whom they wrote to, not a demand for someone more senior.
_SALUTE_START = re.compile(
    r"^\s*(?:dear|to|hi|hello|attn|attention|fao|for the attention of)\b|^\s*(?:尊敬的|致|亲爱的|親愛的)"
)
_SALUTE_END = re.compile(r"(?:[,，:：]|您好|你好|好)\s*[,，:：!！]?\s*$")


def _salutation(folded: str, start: int) -> bool:
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", start)
    line = folded[line_start : line_end if line_end >= 0 else len(folded)]
    if len(line) <= 20 and re.search(r"(?:您好|你好)\s*[,，:：!！]?\s*$", line):
        return True
    if not folded[:line_start].strip() and len(line) <= 20 and re.search(r"[:：]\s*$", line):
        return True  # s14route: the letter's first line, a title and a colon ("管理處負責人:")
    return len(line) <= 60 and bool(_SALUTE_START.search(line)) and bool(_SALUTE_END.search(line))


# The customer's own manager or boss ("my manager from work had to pay", 我们部门经理开玩笑说):
# someone of theirs, not someone of ours they ask for.
_OWN = re.compile(
    r"\b(?:my|our)\s+(?:[a-z]+\s+){0,2}$"
    r"|(?:我|我们|我哋|我的|我们的|我哋的|我嘅|我哋嘅)(?:公司|单位|部门|组|团队|老细)?(?:的|嘅)?(?:部门|组|团队)?"
    # round 10aw: the customer's own named contact (我的业务经理王先生, 我嘅专属客户经理)
    r"(?:专属|对口|负责|指定)?(?:的)?(?:业务|销售|贷款|保险|服务|理财|客户|私人|投资)?$"
)
_OWN_AFTER = re.compile(r"^\s*(?:from|at) (?:work|the office|my (?:job|work|office|company))\b")


def _own_manager(folded: str, start: int, end: int) -> bool:
    return bool(_OWN.search(folded[max(0, start - 16) : start]) or _OWN_AFTER.match(folded[end : end + 24]))


# Staff telling the customer to go higher ("他们说只能找总部", "I was told to email head office"):
# their words, not a demand of the customer's. A demand elsewhere in the complaint still counts.
_SAID_TO_GO = re.compile(
    r"(?:\b(?:they|he|she|staff|the clerk|the agent|the cashier|someone)\s+(?:just\s+)?(?:said|says|told me|told us)"
    r"|\b(?:was|were|been|got)\s+told)\b[^.!?,;\n]{0,24}$"
    r"|(?<![跟和对向给同与])(?:他们|他|她|店员|职员|客服|员工|工作人员|柜台|前台|对方|佢哋|佢)(?:都|就|只)?"
    r"(?:说|话|讲|叫我|让我|回复|回覆)[^。！？，,；\n]{0,10}$"
)


# Round 10ay: anyone but the customer saying where to go ("the pharmacist was helpful but said only
# head office can fix it"): said by someone else, whoever they are; not "I said I want a manager".
_SOMEONE_SAID = re.compile(r"(?<!\bi )(?<!\bwe )(?<!\bve )\b(?:said|says|told (?:me|us))\b(?P<gap>[^.!?,;\n]{0,24})$")
_OWN_WANT = re.compile(r"\b(?:i|we|me|us|my)\b")


def _staff_said(folded: str, start: int) -> bool:
    before = folded[max(0, start - 40) : start]
    if _SAID_TO_GO.search(before):
        return True
    m = _SOMEONE_SAID.search(before)
    return m is not None and _OWN_WANT.search(m.group("gap")) is None


# A charge they will dispute through their bank or card issuer ("dispute it with my bank", a
# chargeback, 找银行拒付): a formal claim through a third party, escalated as a legal threat is.
_CHARGEBACK = Gate(
    re.compile(
        r"\bcharge-?backs?\b"
        r"|\b(?:dispute|disputing|contest|contesting|reverse|reversing)\b[^.!?\n]{0,40}?\b(?:with|through|via)\s+"
        r"(?:my|our|the)\s+(?:bank|card|credit card|card company|card"
        r" issuer|credit card company|card provider|paypal)\b"
        r"|\b(?:file|raise|open|start|lodge)\s+an?\s+(?:dispute|chargeback)\s+with\s+(?:my|our|the)\s+"
        r"(?:bank|card|credit card|card company|card issuer|credit card company|card provider|paypal)\b"
        r"|(?:银行|发卡行|信用卡中心|信用卡公司|银联)[^。！？\n]{0,8}(?:拒付|退单|争议|止付|撤销交易|申诉扣款)|申请拒付|拒付"
    )
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
    scan.drop_within(("dom:healthcare_clinic",), care)


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


# A stay in hospital told as over ("上个月我住院了", "I was in hospital last month"): a reason, not a harm now.
_CARE_BEFORE = re.compile(
    r"上个月|上個月|上周|上週|上星期|上礼拜|上禮拜|去年|前几天|前幾天|前阵子|前陣子|之前|早前|上次"
    r"|\blast (?:month|week|year|spring|summer|autumn|fall|winter)\b|\b(?:weeks|months) ago\b|\bearlier this year\b"
)


def care_in_the_past(scan: Scan) -> bool:
    """Every word for care sits in a sentence that dates it in the past."""
    care = scan.get("care")
    if not care:
        return False
    folded = scan.folded

    def dated(start: int) -> bool:
        left = max(folded.rfind(ch, 0, start) for ch in ".!?。！？\n")
        right = min((i for i in (folded.find(ch, start) for ch in ".!?。！？\n") if i >= 0), default=len(folded))
        return _CARE_BEFORE.search(folded[left + 1 : right]) is not None

    return all(dated(s0) for s0, _ in care)


# An age written in figures (7岁, 82歲, "88", "74-year-old", "6yo"): a young child or someone
# elderly is vulnerable when left on their own, whatever words the phrase lists hold. In English
# a bare number counts only as a relative's age ("my mother ... is 88", "my father who is 74").
_ZH_AGE = Gate(re.compile(r"(?<![\d.])(\d{1,3})\s*(?:岁|周岁|歲)"))
_EN_AGE = re.compile(
    r"\b(\d{1,3})\s*(?:-|\s)?(?:yo|y/o|yrs? old|years? old|years?-old|year old)\b|\baged (\d{1,3})\b"
    r"|\b(?:mother|mum|mom|father|dad|grandmother|grandma|grandfather|grandpa|gran|granny|nan|aunt|uncle|"
    r"son|daughter|child|kid|boy|girl|neighbour|neighbor)\b[^.!?\n]{0,40}?"
    r"\b(?:is|who is|who's|she's|he's|,)\s*(\d{1,3})\b(?![-/:.,]?\d)"
    r"(?!\s*(?:%|percent|minutes?|mins?|hours?|days?|weeks?|months?|miles?|km|kg|times|dollars|pounds|euros))"
)
_EN_AGE = gated(_EN_AGE)
CHILD_AGE = 12
ELDERLY_AGE = 70


def read_ages(scan: Scan) -> None:
    """Mark a young child (12 or under) or someone elderly (70 or over) given by age in figures
    as vulnerable (and a child as a child): the step sends someone to them when left alone."""
    for pattern in (_ZH_AGE, _EN_AGE):
        for m in pattern.finditer(scan.folded):
            age = int(next(g for g in m.groups() if g))
            marks: tuple[str, ...]
            if 0 < age <= CHILD_AGE:
                marks = ("mark:vulnerable", "mark:child")
            elif ELDERLY_AGE <= age <= 110:
                marks = ("mark:vulnerable",)
            else:
                continue
            for mark in marks:
                scan.hits.setdefault(mark, []).append(m.span())


def drop_care_words(scan: Scan) -> None:
    """Illness hits that are only words for care ("doctor", "hospital") are not an illness where
    care is the business itself; a symptom beside them still is."""
    scan.drop_within(("cat:illness", "esc:illness"), scan.get("care"))


# Insurance in so many words: "claim" or "policy" alone is also a refund claimed or a hotel's policy.
_INSURED = re.compile(r"保险|理赔|保单|投保|\binsur\w*|\badjuster\b|\bunderwrit\w*")


def domain(c: Compiled, scan: Scan) -> Domain:
    """Most domain cues wins, ties by the order in intake.yaml; ``other`` when nothing points anywhere."""
    order = list(c.config.domains)
    scores = {d: len(scan.get(f"dom:{d}")) for d in order}
    if scan.get("sit:insurance_claim") and scores.get("insurance") and _INSURED.search(scan.folded):
        return "insurance"  # a claim for a delayed flight or a crashed car goes to the insurer, not the airline
    best = max(order, key=lambda d: (scores[d], -order.index(d)), default=None)
    return best if best is not None and scores[best] else "other"


# The order hazards are dealt with when several are present: what can still hurt someone first.
HAZARD_ORDER: tuple[Hazard, ...] = (
    "gas",
    "trapped",
    "device",
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
    "object",
    "illness",
    "defect",
    "stranded",
)
_ONGOING: frozenset[Hazard] = frozenset({"gas", "fire", "electric", "trapped", "device", "water", "stranded"})
# A hazard that counts only beside another cue: a chemical is a hazard on someone's skin or in
# their eyes (not a bleach stain on a shirt); tap water is one when it is making people ill.
_NEEDS: dict[Hazard, tuple[str, ...]] = {
    "chemical": ("sit:contact",),
    # stuck at a station is a safety case at night, alone or afraid, or for someone frail or ill
    "stranded": ("sit:at_risk", "mark:vulnerable"),
    "water": ("haz:illness", "haz:poisoning", "sit:contaminated"),
    "device": ("mark:device_fault",),  # an oxygen machine alarming, not one merely rented
    # glass or a staple in something eaten, put on the skin or given to a child; not a nail in a tyre
    "object": ("consumable", "mark:toy"),
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
_MEDICINE = Gate(
    re.compile(
        r"药|藥|\b(?:tablets?|pills?|capsules?|medication|medicines?|prescription|prescribed|dose|dosage|"
        r"blood thinners?|warfarin|insulin|inhaler|metformin|amlodipine|levothyroxine|lisinopril|atorvastatin|"
        r"antibiotics?|steroids?|anticoagulants?|\d+(?:\.\d+)?\s*(?:mg|mcg))\b|毫克"
    )
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


# Told in a clause the phrase lists cannot hold: brakes that failed ("the brakes on the hire car
# failed", 刹车突然失灵), a limb that may be broken ("his arm might be broken"), a motorway by its
# number ("on the M6", "I-95").
_BRAKES_FAILED = re.compile(
    r"\bbrakes?\b[^.!?\n]{0,30}?\b(?:failed|fail|gave (?:out|way)|went soft|went spongy|stopped working|"
    r"didn t work|did not work|not working|aren t working|are not working|locked up|cut out)\b"
    r"|(?:刹车|煞车|制动|掣)[^。！？，,\n]{0,8}(?:失灵|失效|不灵|没反应|冇反应|变软|软了|刹不住|煞不住|坏了|坏咗|冇掣|唔灵)"
    # the pedal sinking to the floor, brakes grinding or spongy; the steering or a wheel going: the
    # car cannot be stopped or steered, whatever word names the symptom (c27a: "brake pedal goes
    # almost to the floor and theres a grinding noise" got no safety step)
    r"|\bbrake (?:pedal|lever)s?\b[^.!?\n]{0,30}?\b(?:to the floor|floor(?:ed|s)?|sinks?|sinking|spongy|soft)\b"
    r"|\bbrakes?\b[^.!?\n]{0,15}?\b(?:grind\w*|spongy|soft|barely (?:work|working|stop)|hardly (?:work|working))\b"
    r"|\bsteering\b[^.!?\n]{0,20}?\b(?:failed|locked|locks|went|gone|stopped working|pulls? hard)\b"
    r"|\b(?:wheel|tyre|tire)s?\b[^.!?\n]{0,15}?"
    r"\b(?:came loose|coming loose|wobbl\w*|fell off|falling off|blew out|burst)\b"
    r"|(?:刹车|煞车|掣)[^。！？，,\n]{0,6}(?:踩到底|踩到尽|一踩到底|有异响|发出?怪声|嘎嘎响)"
    r"|方向盘[^。！？，,\n]{0,6}(?:失灵|锁死|打不动|冇反应)"
    r"|(?:轮胎|车轮|个辘|车辘)[^。！？，,\n]{0,6}(?:爆了|爆咗|松了|松咗|甩咗|掉了|飞脱)|爆胎"
)
_BRAKES_FAILED = gated(_BRAKES_FAILED)  # a literal gate: most texts hold none of its words
_LIMB_BROKEN = re.compile(
    r"\b(?:arm|wrist|leg|ankle|collarbone|rib|ribs|finger|toe|nose|hip|shoulder|elbow|knee|foot|hand)s?\b"
    r"[^.!?\n]{0,12}?\b(?:is|was|are|might be|may be|could be|looks|seems|feels|got)\s+"
    r"(?:badly\s+)?(?:broken|fractured)\b"
)
_LIMB_BROKEN = gated(_LIMB_BROKEN)  # a literal gate: most texts hold none of its words
# (read on folded text, where a hyphen is a space: "I-5" is "i 5")
_MOTORWAY = re.compile(
    r"\b(?:on|along|off|onto) the (?:m\d{1,2}|a\d{1,3}\(m\))\b"
    r"|\b(?:on|along|off|onto|via|near|from|the)\s+i[- ]?\d{1,3}\b|\binterstate \d{1,3}\b"
    r"|\b(?:at|near|past|off|before|after|by|took|take|missed)\s+(?:the\s+)?(?:exit|junction|jct)\s+\d{1,3}[a-z]?\b"
    r"|\bmile (?:marker|post) \d{1,4}\b"
    r"|\d{1,4}\s*号?出口|\d{1,4}\s*(?:公里|km)\s*处"
)
_MOTORWAY = gated(_MOTORWAY)  # a literal gate: most texts hold none of its words


# Something with a lithium battery in it swelling, bulging or puffing up, told in one sentence in
# either order ("the galaxy a54 is literally puffing up", "my laptop's case is bulging open",
# "a swollen power bank"): a fire hazard (the battery's own step), never a swollen limb.
_CELL = (
    r"(?:battery|batteries|phone|mobile|handset|smartphone|iphone|galaxy|pixel|laptop|notebook|tablet|ipad|"
    r"power ?bank|vape|e ?cig\w*|e ?scooter|scooter|e ?bike|smartwatch|watch|earbuds|headphones|airpods|"
    r"speaker|camera|drone|controller|toothbrush|shaver)"
)
_SWELL = r"(?:swell\w*|swollen|bulg\w*|puff\w* up|puffing|ballooned|ballooning|expanding|blown up like)"
_BODY = (
    r"(?:ankle|knee|wrist|arm|leg|hand|finger|foot|feet|face|lip|lips|eye|eyes|throat|tongue|toe|hip|elbow|"
    r"shoulder|neck|jaw|cheek|gums?|skin|tummy|stomach|belly|head|bite|sting)s?"
)
_BATTERY_SWELLING = Gate(
    re.compile(
        rf"\b{_CELL}s?\b(?:(?!\b{_BODY}\b)[^.!?\n]){{0,60}}?\b{_SWELL}\b(?!\s+(?:out|with|into|to)\b)"
        rf"|\b(?:swollen|bulging|puffed up|puffy)\s+(?:(?!and\b|or\b|the\b|my\b)\w+\s+)?{_CELL}s?\b"
    )
)


# s14route. A tooth broken or chipped on something ("咬到粒螺絲 崩咗隻牙", "I chipped a tooth on it"):
# someone hurt, asked after and sent to a dentist or doctor, not only a foreign object looked into.
_TOOTH_BROKEN = re.compile(
    r"(?:牙|牙齿|门牙|大牙|假牙)[^，。！？,.!?\n]{0,3}(?:崩|断|裂|碎|掉了|掉咗|甩咗)"
    r"|(?:崩|断|裂|碎|咬崩|咬断|咬裂)(?:了|咗|左)?(?:一|两|半)?(?:只|隻|粒|颗|顆|个|個)?(?:门|大)?牙"
    r"|\b(?:broke|broken|chipped|cracked|snapped|lost)\s+(?:a\s+|my\s+|his\s+|her\s+|one\s+of\s+my\s+)?"
    r"(?:front\s+|back\s+)?(?:tooth|teeth|filling|crown)\b"
    r"|\b(?:tooth|teeth|filling|crown)\s+(?:is\s+|was\s+|got\s+|has\s+|have\s+)?(?:broken|chipped|cracked|snapped)\b"
)
# Something found inside what was bought ("打開入面有隻曱甴", "裡面有一小段藍色的塑膠束帶", 掉出来一小块铁片):
# a foreign object by the shape "inside, there was", whatever the thing is called; counted as one
# only where something eaten, drunk or put in the mouth is told (intake's own gate).
_FOUND_INSIDE = re.compile(
    r"(?:里面|里头|里边|入面|中间|吃出|喝出|食出|掉出来|掉出來|跌咗出嚟)(?:有|了|咗)?[^，。！？,.!?\n]{0,8}?"
    r"(?:塑料|塑胶|塑膠|铁片|鐵片|铁块|鐵塊|金属|金屬|螺丝|螺絲|钉|釘|玻璃|头发|頭髮|毛发|虫|蟲|蟑螂|曱甴|甴曱|苍蝇|蒼蠅|"
    r"束带|束帶|扎带|紮帶|胶布|膠布|橡皮筋|纸片|紙片|铁丝|鐵絲)"
)
# A food shop or a drink ordered ("我點的美式", 超市): what was bought there is eaten or drunk.
_FOOD_BOUGHT = re.compile(
    r"超市|超级市场|超級市場|街市|菜市场|菜市場|便利店|\b(?:supermarket|grocer\w*|bakery|deli)\b"
    r"|(?:^|[我们們\s，。！？,])(?:点|點)(?:的|了|咗)"
)


def read_clauses(scan: Scan) -> None:
    """Hazards and marks told across a clause (see above), added to the phrase lists' hits."""
    folded = scan.folded
    for pattern, blocks in (
        (_TOOTH_BROKEN, ("haz:injury", "cat:injury")),
        (_FOUND_INSIDE, ("cat:foreign_object",)),
        (_FOOD_BOUGHT, ("consumable",)),
    ):
        for m in pattern.finditer(folded):
            for block in blocks:
                scan.hits.setdefault(block, []).append(m.span())
    swelling = [m.span() for m in _BATTERY_SWELLING.finditer(folded)]
    if swelling:
        scan.drop_within(("haz:fracture",), swelling)  # the swelling is the battery's, not a limb's
        for block in ("haz:fire", "mark:battery"):
            scan.hits.setdefault(block, []).extend(swelling)
    for pattern, block in ((_BRAKES_FAILED, "haz:defect"), (_LIMB_BROKEN, "haz:fracture"), (_MOTORWAY, "mark:highway")):
        for m in pattern.finditer(folded):
            scan.hits.setdefault(block, []).append(m.span())
    if scan.get("mark:highway") and _MOTORWAY.search(folded):
        scan.hits.setdefault("mark:vehicle", []).extend(scan.get("mark:highway"))
        scan.hits.setdefault("sit:at_risk", []).extend(scan.get("mark:highway"))


# s14route. A wait told as over: someone came or helped in the end ("最後是其他旅客幫忙才找到地勤",
# "eventually a passenger helped her find staff"): a past ordeal to answer, nobody stranded now
# (trainers: "已安排工作人員馬上趕到您母親身邊" for a trip in May). Still waiting keeps the rescue step.
_WAIT_OVER = re.compile(
    r"(?:最后|最後|终于|終於|后来|後來|到最后|到最後|最终|最終)[^。！？\n]{0,20}?"
    r"(?:找到|找着|来了|來了|到了|帮忙|幫忙|帮她|幫她|帮他|幫他|接到|送(?:她|他|我)|出现|出現|嚟咗|到咗)"
    r"|\b(?:eventually|finally|in the end|after that)\b[^.!?\n]{0,50}?"
    r"\b(?:came|arrived|found|helped|turned up|showed up|picked (?:her|him|them|me|us) up"
    r"|got (?:her|him|them|us) out)\b"
)
_STILL_WAITING = re.compile(r"还在等|還在等|仲喺度等|仲等紧|仍然在等|\bstill (?:waiting|sitting|there|stuck)\b")


def wait_over(folded: str) -> bool:
    """Whether a wait for someone who never came is told as over (help came in the end)."""
    return _WAIT_OVER.search(folded) is not None and _STILL_WAITING.search(folded) is None


def hazards(c: Compiled, scan: Scan) -> list[Hazard]:
    # someone frail left waiting for a pick-up; not a crew that has not come to a sparking pole
    # that children walk past (the hazard is the thing, nobody is stranded)
    # (a public thing counts only when something is wrong with it: "Cable Street" in an address is no pole)
    faulty = any(scan.get(f"haz:{h}") for h in ("fire", "electric", "gas", "defect", "water"))
    # a loose railing nobody has come to fix: the thing is the hazard, nobody is waiting to be fetched
    crew_awaited = (
        (bool(scan.get("mark:public")) and faulty)
        or any(scan.get(f"haz:{h}") for h in _ONGOING if h != "stranded")
        or (bool(scan.get("haz:defect")) and not scan.get("mark:vehicle"))
    )
    frail_left = (
        bool(scan.get("mark:left_waiting"))
        and bool(scan.get("mark:vulnerable"))
        and not crew_awaited
        and not wait_over(scan.folded)
    )
    dosed = dose_error(scan)
    # a car whose brakes failed, pulled onto a motorway or into a service area: stuck there, help sent now
    car_stuck = (
        bool(scan.get("haz:defect") and scan.get("mark:vehicle"))
        and bool(scan.get("mark:services") or scan.get("mark:highway") or scan.get("haz:stranded"))
        and not _RECOVERED.search(scan.folded)
    )
    found = [
        h
        for h in HAZARD_ORDER
        if scan.get(f"haz:{h}") or (h == "stranded" and (frail_left or car_stuck)) or (h == "medication" and dosed)
    ]
    found = [
        h
        for h in found
        if h not in _NEEDS or any(scan.get(cue) for cue in _NEEDS[h]) or (h == "stranded" and car_stuck)
    ]
    if "trapped" in found and trapped_over(scan):
        found.remove("trapped")  # the entrapment is over: the lift or door is still a hazard, nobody needs rescuing
        if not any(h in found for h in ("fire", "electric", "defect")):
            found.append("defect")  # ...and it shut someone in: not used again until checked (round 10ba)
            found.sort(key=HAZARD_ORDER.index)
    return found


# Told as over: that they got out, or how long someone WAS stuck at a time already past
# ("今朝…困咗成20分钟", "this morning … was stuck for 25 minutes"). "困喺入面成半個鐘" with no past
# time is still going on. A cue that someone is still inside keeps the rescue step.
_GOT_OUT = re.compile(
    r"\b(?:got|were|was)\s+(?:them\s+|her\s+|him\s+)?(?:out|freed|rescued|let out|released)\b"
    r"|救出来|救出來|放出来|放出來|出来了|出來了|才出来|才出來|出咗嚟|出咗来|救咗出嚟|终于出来|終於出來",
    re.IGNORECASE,
)
_TRAPPED_FOR = re.compile(
    r"(?:困|关|關|锁|鎖|卡)(?:咗|了|住|在)?(?:喺|在)?[^，。！？,.!?\n]{0,8}?(?:成|足足|整整|差不多|大概|将近|接近)?"
    r"[\d一二三四五六七八九十两兩半廿]+\s*(?:多|几|幾|余|餘)?\s*(?:个|個)?\s*(?:分钟|分鐘|分|小时|小時|个钟|個鐘|钟|鐘)"
    r"|\b(?:was|were)\s+(?:stuck|trapped|locked in|shut in)\b[^.!?\n]{0,30}?\bfor\s+"
    r"(?:about\s+|nearly\s+|almost\s+|over\s+|around\s+)?"
    r"(?:\d+|an?|half an|one|two|three|ten|fifteen|twenty|thirty|forty)\s+(?:minutes?|hours?|mins?)\b",
    re.IGNORECASE,
)
_PAST_TIME = re.compile(
    r"今朝|今早|今天早上|今日早上|早上|上午|中午|昨天|昨晚|昨日|前天|上周|上星期|琴日|尋日|寻日|琴晚|尋晚|寻晚|之前|"
    r"\b(?:this morning|yesterday|last night|last week|earlier today|this afternoon|"
    r"on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
_STILL_TRAPPED = re.compile(
    r"还困|還困|仍困|仍然困|仲困|仲喺入面|还在里面|還在裡面|还在里头|出不来|出不來|出唔到|"
    r"\bstill (?:stuck|trapped|inside|in there|locked)\b|\bcan.?t get (?:out|them out|her out|him out)\b",
    re.IGNORECASE,
)


# The car already recovered or towed away: the breakdown is told as over, so nobody waits by the road
# for recovery "now" (a garage's botched brake job told two days later got "we are sending roadside
# recovery to you now"). "Please send a tow truck" asks for one and is not this.
_RECOVERED = re.compile(
    r"\b(?:recovery|breakdown|tow)(?: truck| van| driver| service| company| guy)s?\b[^.!?\n]{0,40}?"
    r"\b(?:found|took|towed|came|arrived|brought|said|told|got)\b"
    r"|\b(?:was|were|got|been|had (?:it|the car|my car|the van))(?: [a-z]+)? towed\b|\btowed (?:it|the car|my car|us)\b"
    r"|拖走了|拖走咗|拖走左|被拖(?:去|到|走)|拖(?:去|到)了|拖咗(?:去|返|到)|拖车(?:已经|已)?(?:把|将|拖)|"
    # s14safety2: the tow already paid for ("拖车花了850元", "paid £120 for the tow"): it is over
    r"拖车(?:费|钱)?(?:花了|花咗|用了|用咗|付了|付咗|垫付了|收了|收咗)|付了[^。！？\n]{0,8}拖车费|"
    r"\bpaid\b[^.!?\n]{0,20}?\bfor (?:the |a )?(?:tow|towing|recovery)\b|"
    r"\b(?:tow|towing|recovery) (?:fee|charge|bill|cost)s?\b[^.!?\n]{0,20}?\b(?:was|were|came to|cost)\b|"
    r"(?:救援|拖车)(?:师傅|司机|人员)[^。！？\n]{0,12}(?:发现|说|讲|话|检查)"
)


def recovered(folded: str) -> bool:
    """Whether the vehicle is told as already recovered or towed away (the breakdown is over)."""
    return _RECOVERED.search(folded) is not None


# s14safety2. A story told to its end after the time shut in: "最后是邻居报的119", "in the end a
# neighbour called the fire brigade" — the account closes, so the entrapment it tells is over
# (trainers, c34a-006: "救援人员正马上赶往现场救人" to a mother already out).
_TOLD_TO_END = re.compile(
    r"(?:最后|最後|后来|後來|终于|終於|最终|最終|到最后|到最後|结果|結果)[^。！？\n]{0,12}?"
    r"(?:报|報|打|叫|来|來|到|帮|幫|救|开|開|撬|放|出)"
    r"|\b(?:eventually|finally|in the end)\b[^.!?\n]{0,40}?"
    r"\b(?:called|rang|phoned|came|arrived|opened|forced|helped|got)\b",
    re.IGNORECASE,
)


# ...unless the time runs on or help is still awaited ("二十多分钟了", "现在还没人来", "仲未有人嚟",
# "they're not here yet"): then it is still going on, whatever was done in the end.
_NOT_YET = re.compile(
    r"(?:分钟|分鐘|小时|小時|个钟|個鐘)了|现在还|到现在|还没(?:有)?人(?:来|到)|还没到|仲未(?:有人)?|未有人|未到"
    r"|\b(?:not here yet|still not here|still (?:waiting|stuck|trapped|inside)|(?:hasn t|haven t|has not|have not) "
    r"(?:arrived|come|turned up)|yet to (?:arrive|come))\b"
    r"|\bhas been (?:stuck|trapped)\b|\bfor \d+ minutes now\b",
    re.IGNORECASE,
)


def trapped_over(scan: Scan) -> bool:
    """An entrapment told in the past ("was stuck for 20 minutes", 已经出来了) with no one still inside:
    how long someone was shut in, beside a past time or a story told to its end."""
    if _STILL_TRAPPED.search(scan.folded):
        return False
    shut_for = _TRAPPED_FOR.search(scan.folded)
    ended = (
        shut_for is not None
        and _TOLD_TO_END.search(scan.folded, shut_for.end()) is not None
        and _NOT_YET.search(scan.folded, shut_for.start()) is None
    )
    return bool(_GOT_OUT.search(scan.folded)) or (
        shut_for is not None and (bool(_PAST_TIME.search(scan.folded)) or ended)
    )


def symptoms_only(scan: Scan) -> bool:
    """Illness words and nothing worse: no other hazard, no serious sign (collapse, breathing), no
    pain that painkillers do not ease (s14safety2: seen today, not only the booking answered)."""
    if not scan.get("haz:illness") or scan.get("mark:unrelieved"):
        return False
    others = any(scan.get(f"haz:{h}") for h in HAZARD_ORDER if h != "illness")
    serious = re.search(r"collaps|faint|passed out|unconscious|seizure|晕倒|昏倒|昏迷|抽搐|呼吸困难", scan.folded)
    return not others and serious is None


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

    def over(money: Money, at: int) -> bool:
        value = value_of(money)
        written = re.sub(r"[^\d.]", "", money.text.replace(",", ""))
        # counted once: the amount engine may already have multiplied a per-item price
        plain = written.replace(".", "", 1).isdigit() and float(written) == money.value
        units = _units(text, at, at + len(money.text)) if plain else 1
        return value is not None and value * units > limit

    for start, end in scan.get("esc:amount_over_authority"):
        for money in amounts:
            at = text.find(money.text, end)
            gap = text[end:at] if at >= 0 else ""
            if at >= 0 and _ASK_GAP.match(gap) and not _NOT_ASKED.search(gap.lower()) and over(money, at):
                return True
            # the amount first, the ask after it: "the £2,450 refunded in full", 一张NT$4,800…全退
            before = text.rfind(money.text, 0, start)
            gap = text[before + len(money.text) : start] if before >= 0 else ""
            priced = _NOT_ASKED.search(text[max(0, before - 6) : before].lower()) if before >= 0 else None
            if (
                before >= 0
                and _BACK_GAP.match(gap)
                and not _NOT_ASKED.search(gap.lower())
                and not priced
                and over(money, before)
            ):
                return True
    # the ask points back at a sum named earlier (…共计NT$18,000。请全额赔偿这笔费用 / 上述损失)
    for start, end in scan.get("esc:amount_over_authority"):
        if not _BACK_REF.match(text[end : end + 16]):
            continue
        for money in amounts:
            before = text.rfind(money.text, max(0, start - 240), start)
            if before >= 0 and not _NOT_ASKED.search(text[max(0, before - 6) : before].lower()) and over(money, before):
                return True
    # what they paid for is lost in our hands (never arrived, shown delivered but not there): its
    # value is the loss, whether or not a refund is asked in words
    shipped = scan.get("cat:delivery") or scan.get("dom:delivery") or scan.get("dom:ecommerce")
    if scan.get("sit:lost") and shipped:
        for money in amounts:
            at = text.find(money.text)
            if (
                at >= 0
                and not _FEE.search(text[max(0, at - 20) : at + len(money.text) + 20].lower())
                and over(money, at)
            ):
                return True
    return False


# Round 10aw. "这笔费用", "上述损失", "以上全部款項": the ask names no amount, it refers back to one.
_BACK_REF = re.compile(
    r"^[^。！？!?\n]{0,6}?(?:这笔|這筆|该笔|該筆|上述|上面|以上|前述|这些|這些|这部分|這部分)"
    r"(?:的|全部|所有)?(?:费用|費用|钱|錢|款项|款項|金额|金額|损失|損失|开支|開支|支出|花费|花費|款)"
)
_BACK_GAP = re.compile(r"^[^.!?。！？\n;；,，]{0,14}$")
_FEE = re.compile(r"\bfee\b|\bfees\b|shipping|postage|delivery charge|运费|運費|邮费|郵費|手续费|手續費")
# A price per ticket, night or item and how many they bought: "一张NT$4,800，两张", "$120 each … 3 tickets".
_PER_UNIT = re.compile(
    r"(?:一|每|单|單)(张|張|件|个|個|位|晚|人|台|部|间|間|份|套)\s*$"
    r"|\b(?:each|per|a|one)\s+(?:ticket|seat|night|item|person|room)\s*$"
)
_EACH_AFTER = re.compile(r"^\s*(?:each|per (?:ticket|seat|night|item|person|room)|a (?:ticket|seat|night|person))\b")
_COUNT_ZH = re.compile(r"([两兩二三四五六七八九十2-9]|1[0-9])\s*(张|張|件|个|個|位|晚|人|台|部|间|間|份|套)")
_COUNT_EN = re.compile(
    r"\b(two|three|four|five|six|[2-9]|1[0-9])\s+(?:tickets|seats|nights|items|people|rooms)\b"
    r"|\bboth (?:tickets|seats|nights|rooms)\b"
)
_NUMBERS = {
    "两": 2,
    "兩": 2,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
}


def _units(text: str, start: int, end: int) -> int:
    """How many of a priced unit the ask covers: 1 unless the amount is a price per ticket, night
    or item and the same sentence says how many (两张 / both tickets / 3 nights)."""
    zh = _PER_UNIT.search(text[max(0, start - 8) : start])
    if zh is None and not _EACH_AFTER.match(text[end : end + 20]):
        return 1
    left = max(text.rfind(c, 0, start) for c in ".!?。！？\n")
    right = min((i for i in (text.find(c, end) for c in ".!?。！？\n") if i >= 0), default=len(text))
    sentence = text[left + 1 : right]
    unit = zh.group(1) if zh is not None and zh.group(1) else None
    for m in _COUNT_ZH.finditer(sentence):
        if unit is None or m.group(2) == unit:
            word = m.group(1)
            return int(word) if word.isdigit() else _NUMBERS.get(word, 1)
    en = _COUNT_EN.search(sentence.lower())
    if en is not None:
        word = en.group(1)
        return 2 if word is None else (int(word) if word.isdigit() else _NUMBERS.get(word, 1))
    return 1
