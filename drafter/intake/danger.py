"""How serious it is, read from what happened: the signs that need an ambulance, fumes breathed
in, a machine running on its own, our staff abusing a child, and care that was only asked about.

Why: the hazard lists say what the harm is (a burn, a reaction, a chemical) but not how bad it is
now, and they read "should we call an ambulance?" as care already given. The step that fits a
severe sign is the same whatever the hazard: emergency services now, unconditionally, first
(breathing, consciousness, heavy bleeding, a throat or lips swelling, chest pain, a fit). These
readers work on the folded text (lower case, Simplified, apostrophes as spaces).
"""

from __future__ import annotations

import re

from drafter.intake import conduct
from drafter.intake.config import Scan, Span
from drafter.intake.harm import optical_prescription
from drafter.prefilter import Gate, gated

_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")

# --------------------------------------------------------------------------- severe signs

# Signs that need the emergency services whatever the cause, and an ambulance rather than a drive:
# breathing, consciousness, a throat or lips swelling, chest pain, a fit, bleeding that will not
# stop. ("Bleeding a lot" alone keeps the wound's own step: pressure, care now, the emergency
# services if it does not stop.) Each is a state of the body (not "a breath of fresh air").
_SEVERE = Gate(
    re.compile(
        r"\b(?:short of breath|shortness of breath|out of breath and|breathless|gasping|wheez\w*|"
        r"(?:cannot|can t|couldn t|could not|is not|isn t|wasn t|not|stopped)\s+(?:breathe|breathing)\b|"
        r"(?:struggling|fighting|trouble|difficulty|problems?|hard|labou?red)\s+(?:to\s+)?breath\w*|"
        r"unconscious|unresponsive|not responding|won t wake|will not wake|passed out|lost consciousness|"
        r"won t stop bleeding|will not stop bleeding|(?:blood|bleeding) (?:won t|will not|doesn t|does not) stop|"
        r"throat (?:is |was |feels |felt )?(?:closing|swelling|swollen|tight)|"
        r"(?:lips|tongue|face) (?:is |are |was |were )?(?:swelling|swollen|puffing up|blowing up)|"
        r"swollen (?:lips|tongue|throat)|chest pains?|seizures?|convulsi\w+|"
        r"(?:lips|face|skin) (?:is |are |was |were )?(?:turning|turned|going) blue)"
        r"|呼吸困难|呼吸急促|喘不(?:上|过|到)气|透不过气|透唔到气|唞唔到气|唞唔切|上气不接下气|(?:好|很|一直|有点|有啲)喘|喘(?:个|得)?(?:不停|好犀利|得好)|"
        r"昏迷|叫不醒|叫唔醒|不省人事|失去知觉|冇反应|没有反应|没反应|"
        r"血流不止|流血不止|止不住血|血止不住|止唔到血|"
        r"喉咙(?:肿|紧|好紧|收紧)|嘴唇(?:肿|发紫|变紫)|舌头肿|胸口痛|胸痛|心口痛|抽筋抽搐|抽搐|发紫|嘴唇紫"
    )
)
# A sign said not to be there ("no trouble breathing", 没有呼吸困难): gone.
_NOT_BEFORE = re.compile(
    r"(?:\b(?:no|not|never|without|isn t|wasn t|didn t|doesn t)\s+(?:\w+\s+)?|(?:没有|没|冇|无|未|不是|并无))$"
)


def severe(folded: str) -> list[Span]:
    """Where a sign that needs the emergency services is told (not negated)."""
    out = []
    for m in _SEVERE.finditer(folded):
        if _NOT_BEFORE.search(folded[max(0, m.start() - 20) : m.start()]):
            continue
        out.append(m.span())
    return out


# --------------------------------------------------------------------------- fumes breathed in

# Something breathed in (a cleaning product mixed or sprayed, fumes, paint, a chemical smell) and
# someone's body reacting in the same or the next sentence (coughing, short of breath, dizzy, sick):
# fresh air and, if breathing is affected, an ambulance; not "rinse the skin" and never an EpiPen.
_FUMES = re.compile(
    r"\b(?:fumes?|bleach|ammonia|chlorine|chemicals?|cleaning (?:products?|spray|fluid|solution|chemicals?)|"
    r"sprays?|sprayed|solvents?|paint fumes|paint smell|chemical smell|disinfectant|pesticides?|insecticide|"
    r"carbon monoxide|cigarette smoke|tobacco smoke|second-?hand smoke|stale smoke|smoke smell|"
    r"smell(?:s|ed|ing)? (?:strongly )?of (?:cigarette )?smoke|reek(?:s|ed|ing)? of (?:cigarette )?smoke)\b"
    r"|漂白|清洁剂|清洁液|消毒水|消毒液|化学品|化学剂|化学物|杀虫剂|农药|喷剂|油漆味|化学味|刺鼻|一氧化碳|氯气|甲醛"
    # s14safety2: a room full of tobacco smoke breathed in by someone who coughs or has asthma is
    # fumes too: out of the room first, then the rest (trainers, c34b-025)
    r"|烟味|二手烟|烟臭"
)
_FUMES = gated(_FUMES)
_BODY = re.compile(
    r"\b(?:cough\w*|short of breath|breath\w*|wheez\w*|dizzy|dizziness|light-?headed|headaches?|nause\w*|"
    r"vomit\w*|throwing up|threw up|sick|eyes (?:are |were )?(?:stinging|burning|watering)|chest)\b"
    r"|咳|喘|呼吸|唞|头晕|头痛|头疼|恶心|想吐|呕|眼(?:睛)?(?:痛|刺|辣|流泪)|胸口|胸闷"
)


def fumes(folded: str) -> list[Span]:
    """Where something breathed in is told beside someone's body reacting to it."""
    if _FUMES.search(folded) is None:
        return []
    sentences = [m.span() for m in _SENTENCE.finditer(folded)]
    out: list[Span] = []
    for i, (a, b) in enumerate(sentences):
        hit = _FUMES.search(folded, a, b)
        if hit is None:
            continue
        hi = sentences[min(len(sentences) - 1, i + 1)][1]
        if _BODY.search(folded, a, hi):
            out.append(hit.span())
    return out


# --------------------------------------------------------------------------- a machine running on its own

# A machine that moves people or parts (a treadmill, a conveyor, a rowing machine, a ride) running
# by itself, at full speed, or that will not stop: a live hazard to whoever steps on or reaches in.
_MACHINE = re.compile(
    r"\b(?:treadmills?|running machines?|machines?|conveyors?|conveyor belts?|rides?|carousels?|"
    r"belts?|rollers?|mixers?|shredders?|escalators?|travelators?)\b"
    r"|跑步机|机器|机械|输送带|传送带|滚筒|游乐设施|机动游戏|搅拌机|碎纸机|扶手电梯|扶梯"
)
_RUNNING = Gate(
    re.compile(
        r"\b(?:running|spinning|moving|going|turning|started|starts|switched on|turned on|speeding up|sped up)\s+"
        r"(?:up\s+)?(?:by itself|on its own|by themselves|on their own|at full speed|at top speed|non-?stop|"
        r"with nobody on it|with no one on it)\b"
        r"|\b(?:won t|will not|wouldn t|would not|doesn t|does not|didn t|did not|cannot|can t|couldn t)\s+"
        r"(?:be\s+)?(?:stop|stopped|switch(?:ed)? off|turn(?:ed)? off)\b"
        r"|\b(?:emergency stop|stop button|kill switch)\s+(?:doesn t|does not|didn t|did not|isn t|is not)\s+work"
        r"|自己(?:一直|不停|突然)?(?:在)?(?:高速|全速)?(?:地|咁)?(?:转|运转|转动|跑|动|开|启动|加速)"
        r"|(?:一直|不停)(?:在)?(?:高速|全速)(?:地|咁)?(?:转|运转|转动|跑|动)"
        r"|停不下来|停不了|停唔到|停唔落|关不掉|关不了|熄唔到|熄唔咗|急停(?:按钮|掣)?(?:没用|冇用|失灵|坏了|坏咗)"
    )
)


def machine(folded: str) -> list[Span]:
    """The machine, where a sentence tells of it running on its own or not stopping."""
    if _RUNNING.search(folded) is None:
        return []
    out: list[Span] = []
    for sentence in _SENTENCE.finditer(folded):
        a, b = sentence.span()
        thing = _MACHINE.search(folded, a, b)
        if thing is not None and _RUNNING.pattern.search(folded, a, b):
            out.append(thing.span())
    return out


# --------------------------------------------------------------------------- our staff and a child

# Someone of ours (a teacher, a coach, a carer, a driver) insulting, threatening or handling a
# child roughly: a safeguarding matter for management, whatever the business.
_STAFF = re.compile(
    r"\b(?:teachers?|tutors?|instructors?|coach(?:es)?|trainers?|carers?|caregivers?|nanny|nannies|childminders?|"
    r"staff|employees?|workers?|drivers?|lifeguards?|nurses?|receptionists?|assistants?|supervisors?|guards?|"
    r"security|counsellors?|counselors?|helpers?|minders?|leaders?|principal|headteacher)\b"
    r"|老师|导师|教练|教师|班主任|助教|保姆|阿姨|工作人员|职员|员工|店员|司机|保安|护士|护理员|看护|校长|园长|教官|导游|救生员"
)
_ABUSE = Gate(
    re.compile(
        r"\b(?:called (?:him|her|them|(?:my|our|the)\s[^.!?]{1,30}?)\s+\W*(?:an? )?(?:\w+\s+)?"
        r"(?:stupid|idiot|dumb|useless|lazy|fat|ugly|retard\w*|moron|thick|worthless|a disgrace|names)|"
        r"shouted at|yelled at|screamed at|swore at|cursed at|insult\w*|"
        r"humiliat\w*|belittl\w*|mock\w*|ridicul\w*|threaten\w*|slapped|smacked|hit (?:him|her|them|my|our)|"
        r"grabbed (?:him|her|them|my|our)|shoved|pushed (?:him|her|them|my|our)|pinched (?:him|her|them|my|our)|"
        r"locked (?:him|her|them|my|our) (?:in|out)|dragged)\b"
        r"|骂|(?<![热吵胡])闹(?![钟市哄事])|侮辱|羞辱|辱骂|吼|呵斥|讽刺|嘲笑|取笑|恐吓|威胁|打(?:了|咗)?(?:他|她|佢|我儿子|我女儿|我个仔|我个女|孩子|小朋友)|"
        r"推(?:了|咗)?(?:他|她|佢)|扯(?:了|咗)?(?:他|她|佢)|掌掴|掴|体罚|罚站|关(?:了|咗)?(?:他|她|佢)(?:在|喺)"
    )
)
_CHILD = re.compile(
    r"\b(?:child|children|kids?|toddlers?|bab(?:y|ies)|infants?|little (?:boy|girl|one)s?|son|daughter|boy|girl|"
    r"pupils?|students?|grand(?:son|daughter|child|children)|"
    r"(?:[1-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?:year|month)[- ]olds?)\b"
    r"|小孩|孩子|小朋友|儿童|宝宝|婴儿|细路|个仔|我仔|仔仔|女儿|儿子|囡囡|个女|孙子|孙女|学生|(?:[1-9]|1[0-7]|[一二两三四五六七八九十])(?:岁|个月)"
    r"|(?<![a-z])bb(?![a-z])"
)


def names_child(folded: str) -> bool:
    """A child is named anywhere (细路, 我两岁个女, 屋企有bb, "my son"): someone with them, not alone."""
    return _CHILD.search(folded) is not None


_FIGURE_ABUSE = re.compile(r"骂人|吼叫声|\bmock-?ups?\b|\bmock exam|\bmock test")


def staff_abuse(folded: str) -> list[Span]:
    """Where a sentence tells of one of our staff insulting, threatening or handling a child."""
    if _ABUSE.search(folded) is None:
        return []
    out: list[Span] = []
    for sentence in _SENTENCE.finditer(folded):
        a, b = sentence.span()
        text = folded[a:b]
        abuse = _ABUSE.search(text)
        if abuse is None or _FIGURE_ABUSE.search(text):
            continue
        if _STAFF.search(text) and _CHILD.search(text):
            out.append((a + abuse.start(), a + abuse.end()))
    return out


# --------------------------------------------------------------------------- a shock said in everyday words

# An electric shock told in everyday words, with no "electric shock" in it ("the kettle gave me a
# shock", "got properly zapped up my arm", 一摸外壳手就麻了一下): a live fault, escalated, with
# the shock's own step (switched off at the wall, not used again, a doctor if the body still
# feels it). "Shock" is also surprise ("the bill gave me a shock", "shocked by the price"), so it
# counts only beside an electrical thing or the body feeling it, in the same or the next
# sentence, and never in a sentence about money.
_ZAP = Gate(
    re.compile(
        r"\b(?:gave|give|gives|giving|got|get|gets|getting|received|felt|took)\s+(?:(?:me|him|her|us|them)\s+|my"
        r" \w+\s+)?"
        r"(?:an?\s+)?(?:\w+\s+)?(?:electric(?:al)?\s+)?(?:shocks?|jolt)\b"
        r"|\bzapp(?:ed|ing)\b|\bzaps?\s+(?:me|him|her|us|you)\b|\bshocked\s+(?:me|him|her|us|them|my\s+\w+)\b"
        r"|(?:碰|摸|掂|触|拿|按|插|拔|握|开)[^，。！？,.!?\n]{0,10}?(?:麻了一下|麻咗一下|一阵麻|一阵发麻|发麻|麻麻地|麻麻的|刺了一下|弹了一下|电我)"
    )
)
_ELECTRICAL = re.compile(
    r"\b(?:kettles?|toasters?|sockets?|outlets?|plugs?|switch(?:es)?|wires?|wiring|cables?|leads?|chargers?|"
    r"appliances?|heaters?|lamps?|lights?|fridges?|freezers?|ovens?|microwaves?|cookers?|hobs?|irons?|"
    r"hair ?dryers?|hairdryers?|washing machines?|washers?|dryers?|dishwashers?|kettle s|metal|casing|base|"
    r"handle|taps?|shower|machines?|router|modem|laptop|power|mains|electric\w*|current|voltage)\b"
    r"|\b(?:tingl\w*|numb\w*|up (?:my|his|her) arm|through (?:my|his|her) (?:arm|hand|body))\b"
    r"|电|插头|插座|插苏|外壳|开关|机|壶|炉|灯|线|麻"
)
_MONEY_TALK = re.compile(
    r"\b(?:price|prices|bill|bills|charged?|charges|fee|fees|cost|costs|invoice|total|quote|rent|refund|amount)\b"
    r"|[$£€¥]\s*\d|\d+\s*(?:dollars|pounds|euros|元|块|蚊)|价|账单|收费|费用|扣款|金额"
)


def shock(folded: str) -> list[Span]:
    """Where an electric shock is told in everyday words, beside an electrical thing or the body
    feeling it (the same or the next sentence), in a sentence that is not about money."""
    if _ZAP.search(folded) is None:
        return []
    sentences = [m.span() for m in _SENTENCE.finditer(folded)]
    out: list[Span] = []
    for i, (a, b) in enumerate(sentences):
        hit = _ZAP.pattern.search(folded, a, b)
        if hit is None or _MONEY_TALK.search(folded, a, b):
            continue
        hi = sentences[min(len(sentences) - 1, i + 1)][1]
        if _ELECTRICAL.search(folded, a, hit.start()) or _ELECTRICAL.search(folded, hit.end(), hi):
            out.append(hit.span())
    return out


# --------------------------------------------------------------------------- care asked about, not given

# A word for care (a doctor, A&E, an ambulance, an EpiPen) in a question or a plan ("should we
# call an ambulance?", "she doesn't carry an EpiPen", 要不要送医院, "if it gets worse we'll go to
# A&E"): nobody has been treated, so no "I hope the treatment is going well". Read in the clause
# that holds the care word: a modal or a condition before it, or a question that ends on it.
_NOT_YET = re.compile(
    r"\b(?:should|shall|could|would|might|may|must|need to|needs to|going to|gonna|if|whether|in case|"
    r"want to|plan to|thinking of|not sure|do (?:i|we)|does (?:she|he|it)|is there|are there|"
    r"doesn t (?:have|carry)|does not (?:have|carry)|didn t (?:have|bring)|did not (?:have|bring)|"
    r"don t (?:have|carry)|do not (?:have|carry)|no)\b"
    r"|要不要|需不需要|需唔需要|使唔使|洗唔洗|用不用|应不应该|该不该|是否|如果|万一|假如|要是|准备|打算|想去|想带|"
    r"可能要|会不会|有没有|有冇|没有带|冇带|没带|没有|冇"
)
_CLAUSE = re.compile(r"[^,，;；:：]+[,，;；:：]?")


def care_not_given(scan: Scan) -> list[Span]:
    """Care words that lie in a question or a plan, not in care already given."""
    out: list[Span] = []
    folded = scan.folded
    cared = scan.get("sit:cared_for")
    if not cared:
        return out
    for sentence in _SENTENCE.finditer(folded):
        a, b = sentence.span()
        asked = sentence.group().rstrip().endswith(("?", "？"))
        clauses = [m.span() for m in _CLAUSE.finditer(folded, a, b)]
        for i, (ca, cb) in enumerate(clauses):
            for s in cared:
                if not ca <= s[0] < cb:
                    continue
                if _NOT_YET.search(folded, ca, s[0]) or (asked and i == len(clauses) - 1):
                    out.append(s)
    return out


# --------------------------------------------------------------------------- a body part hurt

# A hurt told as a body part and what happened to it, with no listed injury word (腰同髋都伤咗,
# 手肘损咗, 膝头瘀青, 脚踝痛到行唔到): someone is hurt and asked after as hurt.
_PART = (
    r"(?:腰|背脊|后背|背部|头部|(?<![里码龙镜])头|手臂|手肘|手腕|手指|手(?![机续表册套提工动])|脚踝|脚趾|脚|腿|"
    r"膝头|膝盖|髋部|髋|肩膀|肩|颈|脸|眼睛|鼻|牙|额头|下巴|肋骨|尾龙骨|屁股|胸口)"
)
_HURT_PART = re.compile(
    _PART + r"[^，。！？,.!?\n]{0,4}?(?:都|也)?"
    r"(?:受伤|伤咗|伤了|伤到|伤亲|损咗|损了|损伤|擦伤|撞伤|扭伤|瘀青|淤青|瘀伤|瘀咗|肿咗|流血|出血|好痛|很痛|痛到)"
    # caught or struck on a body part (被门夹到手臂, 撞到膝头)
    # (刮伤咗只脚: the verb, its ending, a measure word, then the part)
    r"|(?:夹|撞|砸|割|刮|压|轧|划|擦)(?:到|伤|亲|咗|了|住|破){1,2}(?:我|佢|他|她)?(?:的|嘅)?(?:只|个|条|块|边)?" + _PART
)
_HURT_PART = gated(_HURT_PART)


_NOT_HURT = re.compile(r"(?:没有|没|冇|无|未|不)[^，。]{0,3}$")


def hurt_part(folded: str) -> list[Span]:
    """Where a body part is told hurt (not negated: 没有受伤, 冇伤到)."""
    return [m.span() for m in _HURT_PART.finditer(folded) if not _NOT_HURT.search(m.group())]


_HURT = ("injury", "fracture", "head", "burn")
# a swelling read as a possible break is no hurt of its own here: the pain beside it is the sign
_HURT_OR_ILL = ("injury", "head", "burn", "illness", "poisoning", "allergy", "chemical", "medication")

# Taken to hospital after eating or drinking something of ours (食咗…之后要入医院, "ended up in
# A&E after your curry"): someone made ill, whatever illness word is or is not there.
_ADMITTED = re.compile(
    r"\b(?:taken|rushed|admitted|ended up|went|had to go|sent|brought)\s+(?:straight\s+)?(?:in|to|into)\s+"
    r"(?:the\s+)?(?:hospital|a\s*&\s*e|a and e|er|emergency|urgent care)"
    r"|(?:入|送|进|住|去)(?:咗|了)?(?:去)?(?:医院|急诊|急症室)"
)
_CONSUMED = re.compile(r"\b(?:ate|eaten|eating|drank|drinking|after (?:eating|drinking))\b|吃|食|喝|饮")


def made_ill(folded: str) -> list[Span]:
    """Where a sentence tells of someone taken to hospital after eating or drinking."""
    if _ADMITTED.search(folded) is None:
        return []
    out: list[Span] = []
    for sentence in _SENTENCE.finditer(folded):
        a, b = sentence.span()
        admitted = _ADMITTED.search(folded, a, b)
        # eaten first, then taken in: not a visit to hospital with a meal in its café afterwards
        if admitted is not None and _CONSUMED.search(folded, a, admitted.start()):
            out.append(admitted.span())
    return out


# --------------------------------------------------------------------------- unwell after eating or using

# Symptoms told in everyday words, with no listed illness word ("my stomach's been off since",
# "queasy", "the runs", "on the toilet all night", 胃唔舒服, 头晕晕, 成晚肚痛, 反胃), after something
# eaten, drunk or put on the body: someone made unwell, asked after and escalated. The body word
# names a place in the body or a bodily state, so "sick of waiting" or a form that "gave me a
# headache" is never one; the thing taken in is told in the same or the sentence before, so
# "头疼" about a hassle is none. A head or a dizzy spell counts only beside the gut's signs after
# eating or drinking (then it is the meal's illness, not a blow to the head).
_GUT = Gate(
    re.compile(
        r"\b(?:stomach|tummy|belly|gut|guts|bowels?)\s+(?:s\s+|is\s+|has\s+|was\s+|has been\s+|had been\s+|been\s+|"
        r"felt\s+|feels\s+|feeling\s+|went\s+|gone\s+|going\s+|still\s+|a\s+bit\s+|really\s+|so\s+|very\s+){0,3}"
        r"(?:off|upset|bad|dodgy|funny|wrong|not right|in bits|cramping|killing me|"
        r"awful|terrible|sore)\b"
        r"|\b(?:queasy|the runs|the trots|tummy ache|tummy bug|bellyache|belly ache|gut ache|stomach bug|stomach upset|"
        r"upset tummy|nauseated|retching|retched|dry heaving|"
        r"(?:been|being|was|were|got|get)\s+sick\s+"
        r"(?:all|the whole|twice|three times|several times|since|overnight|in the night)|"
        r"sick (?:all|the whole) (?:night|day|evening|morning|afternoon|weekend)|"
        r"(?:up|awake) (?:all|half the|most of the) night (?:sick|being sick|vomiting|on the (?:toilet|loo))|"
        r"on the (?:toilet|loo|bog) (?:all|the whole|half the|most of the) (?:night|day|evening|morning|afternoon)|"
        r"can t keep (?:anything|food|water) down|couldn t keep (?:anything|food|water) down)\b"
        r"|肚(?:子)?(?:一直|好|很|有点|有啲|都|又|仲|还)?(?:不舒服|唔舒服|痛|疼|绞痛|胀痛|难受|辛苦|咕咕叫)"
        r"|胃(?:一直|好|很|有点|有啲|都|又|仲|还)?(?:不舒服|唔舒服|难受|痛|疼|翻|抽筋|绞|辛苦|胀)"
        r"|反胃|作呕|想呕|食滞|跑(?:了)?(?:好几|几|很多)?(?:趟|次)厕所|屙(?:咗|了)?(?:好多|几)?次|肚屙|屙呕|拉稀"
    )
)
_HEAD = re.compile(
    r"\b(?:dizzy|dizziness|light-?headed|headaches?|head (?:is |was )?(?:pounding|spinning)|splitting head)\b"
    r"|头(?:好|很|有点|有啲)?晕|头(?:好|很|有点|有啲)?(?:痛|疼)"
)
_TOOK_IN = re.compile(
    r"\b(?:ate|eaten|eating|eat|drank|drunk|drinking|drink|swallowed|had (?:the|your|a|an|some|our|their|my)\s+"
    r"(?:\w+\s+){0,3}?(?:meal|dinner|lunch|breakfast|takeaway|takeout|delivery|food|dish|burger|pizza|curry|salad|"
    r"sushi|chicken|fish|prawns?|shrimp|oysters?|mussels?|seafood|noodles|rice|soup|sandwich|wrap|pie|steak|"
    r"tacos?|kebab|milk|juice|smoothie|coffee|tea|water|drink|buffet|set menu))\b"
    r"|吃|食(?![品物堂])|喝|饮"
)
_PUT_ON = re.compile(r"\b(?:used|using|applied|applying|put on|rubbed on|sprayed)\b|用(?:了|咗|完|过)|涂|搽|擦了|擦完")
_BLOW = re.compile(
    r"\b(?:hit|banged|bumped|knocked|struck|fell|fall|slipped|tripped)\b|撞|跌|摔|砸|碰|绊|滑倒|打到|打中"
)
_GUT_NOT = re.compile(
    r"\bsick (?:of|and tired|to death)\b|\b(?:stomach|gut) (?:turn|churn)"
    r"|笑(?:到|得)(?:我|人|佢|他|她|大家)?(?:都)?肚|(?:令人|让人|叫人|看到就|听到就|想起就|一看就|睇到就)(?:作呕|反胃|想呕)"
)


def unwell_after(folded: str, things: list[Span] | None = None) -> list[Span]:
    """Where a body is told unwell in everyday words after something eaten, drunk or used (a
    verb, or for the gut a food or product named in ``things``), in the same or the sentence
    before; not where the symptom is denied."""
    gut = _GUT.search(folded) is not None
    if not gut:  # a dizzy spell or a headache alone is read elsewhere (a medicine, a blow, fumes)
        return []
    sentences = [m.span() for m in _SENTENCE.finditer(folded)]
    out: list[Span] = []
    for i, (a, b) in enumerate(sentences):
        lo = sentences[max(0, i - 1)][0]
        if _GUT_NOT.search(folded, a, b):
            continue
        ate = _TOOK_IN.search(folded, lo, b) is not None
        near = ate or _PUT_ON.search(folded, lo, b) is not None or any(lo <= x < b for x, _ in things or ())
        for pattern, ok in ((_GUT.pattern, near), (_HEAD, ate and gut)):
            if not ok:
                continue
            for sign in pattern.finditer(folded, a, b):
                if not _NOT_BEFORE.search(folded[max(0, sign.start() - 20) : sign.start()]):
                    out.append(sign.span())
    return out


# --------------------------------------------------------------------------- pain that painkillers do not ease

# s14safety2. Pain or swelling that painkillers do not ease ("吃止痛药也没用", "painkillers aren't
# touching it"): a body that needs seeing today, whatever caused it (a filling, a procedure, a fall);
# asked after first with what to watch for, never only "sorry for the trouble" (trainers, c34b-008).
_RELIEF = r"(?:止痛药|止痛片|止痛|消炎药|消炎止痛药|布洛芬|必理痛|扑热息痛|止疼药|止疼片|镇痛药)"
_UNRELIEVED = gated(
    re.compile(
        rf"{_RELIEF}[^，。！？,.!?\n]{{0,6}}?(?:也|都|亦|仲|还)?(?:是)?"
        r"(?:没用|没有用|没效|没效果|无效|冇用|冇效|唔得|不管用|不起作用|没什么用|没啥用|不见效|压不住|顶不住|止不住|唔见效)"
        rf"|{_RELIEF}[^，。！？,.!?\n]{{0,6}}?(?:还是|仍然|依然|仲系|仲係|都系|都係)(?:好|很|一样)?(?:痛|疼|肿)"
        r"|\b(?:pain ?killers?|pain ?relief|pain medication|paracetamol|ibuprofen|tylenol|advil|nurofen|panadol"
        r"|codeine)\b"
        r"[^.!?\n]{0,30}?\b(?:aren t|are not|isn t|is not|don t|do not|didn t|did not|haven t|have not|hasn t|has not"
        r"|won t|not|no longer|barely|hardly)\s+(?:even\s+)?(?:help\w*|work\w*|touch\w*|doing anything|do anything"
        r"|making a dent|take the edge off|ease\w*|stop\w*)\b"
    )
)


_ALLERGY_TOLD = re.compile(r"\ballerg\w*|\brash\b|\bhives\b|\banaphyla\w*|过敏|敏感|疹|风团|荨麻")


def unrelieved(folded: str) -> list[Span]:
    """Where pain is told as not eased by painkillers (not negated: "止痛药有用")."""
    return [m.span() for m in _UNRELIEVED.finditer(folded)]


def unrelieved_pain(folded: str) -> bool:
    """Whether pain is told as not eased by painkillers."""
    return _UNRELIEVED.search(folded) is not None


# s14safety2. Tobacco smoke (a non-smoking room that reeks of cigarettes, 禁烟房全是烟味, 二手烟) is
# no fire: breathed in by someone coughing or asthmatic it is fumes (out of the room first), never
# "get everyone out of the building and call the fire service". Anything burning keeps the fire.
_TOBACCO = gated(
    re.compile(
        r"\b(?:cigarettes?|cigars?|tobacco|non-?smoking|no-?smoking|smokers?|second-?hand smoke|someone smoking"
        r"|people smoking|guests? smoking)\b|无烟|禁烟|非吸烟|抽烟|吸烟|食烟|烟民|二手烟|烟头|烟灰|烟蒂"
    )
)
_BURNING_TOLD = re.compile(
    r"\b(?:fire|flames?|burning|burnt|scorch\w*|smoulder\w*|smolder\w*|sparks?|sparking|alarm went off)\b"
    r"|起火|着火|火灾|火警|冒烟|明火|火苗|烧焦|烧着|焦味|火花|燶"
)


def tobacco_only(folded: str) -> bool:
    """Smoke told as tobacco's, with nothing burning told."""
    return _TOBACCO.search(folded) is not None and _BURNING_TOLD.search(folded) is None


# --------------------------------------------------------------------------- someone inside a stuck lift

# A lift stopped with someone in it, told in the customer's own words ("lift stuck between 11 and
# 12 floor with my mum inside", 部𨋢停咗喺两层中间，我阿妈喺入面): people shut in, help sent now,
# whatever the floors are called. The lift, its stopping and someone inside are told in one sentence.
_LIFT = re.compile(r"\b(?:lifts?|elevators?)\b|电梯|𨋢|升降机")
_STUCK = re.compile(
    r"\b(?:stuck|jammed|stopped|stalled|broke down|broken down|trapped|shut in)\b"
    r"|卡住|卡咗|卡在|卡喺|停咗|停了|停在|停喺|坏咗|坏了|困|焗住|关住"
)
_INSIDE = Gate(
    re.compile(
        r"\b(?:with (?:my|our|his|her|their|a|an|two|three|some|the) [\w ]{1,25}? (?:inside|in it|in there|stuck)"
        r"|(?:is|are|was|were|s|re) (?:still )?(?:inside|in it|in there|stuck in it)"
        r"|(?:i m|i am|we re|we are) (?:still )?(?:inside|in it|in here|stuck in it)"
        # s14safety2: "my mother was stuck inside for 25 minutes" (told over or not: trapped_over decides)
        r"|(?:stuck|trapped|shut) (?:inside|in there|in it)(?! (?:the |my |our |a )?(?:car|house|flat|room|traffic)))\b"
        r"|(?:喺|在|困喺|困在|关在|焗喺)(?:入面|里面|里边|里头|𨋢里|𨋢入面|电梯里|电梯里面)"
    )
)


def lift_occupied(folded: str) -> list[Span]:
    """The lift, where one sentence tells of it stopped with someone inside."""
    if _INSIDE.search(folded) is None:
        return []
    out: list[Span] = []
    for sentence in _SENTENCE.finditer(folded):
        a, b = sentence.span()
        lift = _LIFT.search(folded, a, b)
        if lift is not None and _STUCK.search(folded, a, b) and _INSIDE.pattern.search(folded, a, b):
            out.append(lift.span())
    return out


# --------------------------------------------------------------------------- a bill that names a place of care

# Words for care (a hospital, an ambulance, A&E, a clinic) are no harm by themselves: "my ambulance
# bill shows a $3 fee", "the hospital car park charged me twice". Told beside money and with no
# harm told (no symptom, no hurt, nothing eaten or fallen), it is a billing query, not a safety case.
_CARE_WORD = re.compile(
    r"\b(?:hospital|ambulance|a\s*&\s*e|a and e|er|emergency(?: room| department)?|urgent care|clinic|doctor|gp|"
    r"paramedics?|casualty|ward|surgery)s?\b"
    r"|(?:医院|救护车|白车|急诊|急症|诊所|医生|医务室|病房|门诊)(?:室|科|部)?"
    r"|住院|入院|留医|留院"  # a stay in hospital named on its bill (住院期间的缴费通知单)
)
_HARM_TOLD = re.compile(
    r"\b(?:after (?:eating|drinking|using|taking)|because of|ate|eaten|eating|drank|food|meal|fell|fallen|slipped|"
    r"tripped|burn\w*|cut|hurt|injur\w*|sick|ill|unwell|pain|bleed\w*|reaction|allerg\w*|fever|vomit\w*|"
    r"collapsed|fainted|broke|broken (?:arm|leg|wrist|ankle|bone)|accident|poison\w*|stitches)\b"
    r"|吃|喝|食|摔|跌|伤|病(?!历|号|案|房|床)|烫|过敏|痛|疼|呕|吐|泻|晕|血|发烧|意外|中毒|骨折|缝针"
)
# A bill told in the story when no billing word was read: an amount paid or billed again
# (付清NT$12,460, 缴费通知单, 催缴, "the invoice says"); folded 帐单 as well as 账单.
_BILL_TOLD = re.compile(
    r"帐单|账单|缴费|付清|已付|已缴|催缴|催款|收费|扣款|费用|发票|收据"
    r"|\b(?:bill|billed|invoice[sd]?|paid|payment|charged|statement)\b"
)


def care_words_only(scan: Scan) -> bool:
    """Illness or injury read only from words for care, beside money, with no harm told."""
    ill = [s for block in ("cat:illness", "esc:illness", "cat:injury", "esc:injury") for s in scan.get(block)]
    if not ill or not (scan.get("cat:billing") or _BILL_TOLD.search(scan.folded)):
        return False
    folded = scan.folded
    if any(k.startswith("haz:") and v for k, v in scan.hits.items()) or scan.get("mark:symptom"):
        return False
    if not all(_CARE_WORD.fullmatch(folded[a:b].strip()) for a, b in ill):
        return False
    return _HARM_TOLD.search(folded) is None


# --------------------------------------------------------------------------- care as an errand

# Round 10ba. A word for care that names an errand, a document, a job or an order, not an illness
# or a hurt: "so I missed a hospital appointment", a doctor's note, the nurse on shift, a pharmacy
# order, 赶唔切去医院覆诊, 医生证明. Nobody is asked how they feel or told to see a doctor for it;
# a symptom or a hurt told beside it still is one.
_ERRAND = Gate(
    re.compile(
        r"\b(?:hospital|hospitals|doctor|doctors|doctor s|gp|gp s|dentist|dentist s|clinic|consultant|consultant s|"
        r"specialist|physio|surgery|outpatient|outpatients)\s+(?:appointment|appt|check-?up|follow-?up|visit|shift|"
        r"note|letter|certificate|car park|parking|referral|booking|slot|receptionist|reception|rota)s?\b"
        r"|\b(?:appointment|appt|check-?up|follow-?up|shift|booking|slot)s?\s+(?:at|with|in)\s+(?:the\s+|my\s+|a\s+|our\s+)?"
        r"(?:hospital|doctor|doctors|doctor s|gp|dentist|clinic|surgery|a\s*&\s*e)\b"
        r"|\b(?:nurse|nurses|doctor|doctors|pharmacist|pharmacists|paramedic|paramedics|receptionist)\s+"
        r"(?:on (?:shift|duty|the desk|the phone)|at the (?:desk|counter|hatch)|who (?:was|is) on (?:shift|duty))\b"
        r"|\bpharmacy\s+(?:order|delivery|app|account|collection|website|basket|parcel)s?\b"
        r"|\b(?:i m|i am|i work as|working as|she s|he s|she is|he"
        r" is) an? (?:nurse|doctor|paramedic|carer|pharmacist)\b"
        r"|\b(?:my|her|his|a) (?:hospital|nursing|night|ward) shift\b|\b(?:work|working|shift) at (?:the )?hospital\b"
        r"|(?:医院|医生|诊所|门诊|牙医|专科|睇医生|看医生)(?:的)?(?:预约|覆诊|复诊|复查|排班|夜班|值班|证明|纸|挂号|号)"
        r"|(?:赶不上|赶唔切|赶唔到|错过|错过了|误了|耽误了|来不及|迟到)(?:了|咗)?(?:去)?"
        r"(?:医院|看医生|睇医生|复诊|覆诊|复查|门诊|挂号|看病|睇病)(?:的|嘅)?(?:预约|复诊|覆诊|复查|时间)?"
        r"|(?:护士|医生|药剂师)(?:在)?(?:值班|当班|上班|返工)|(?:在|喺)医院(?:上班|返工|工作|做嘢)|药房(?:的|嘅)?(?:订单|单|送货|外送)"
        # an address: a meal or a parcel delivered to a hospital (送到医院的外卖, "delivered to the hospital")
        r"|(?:送到|送去|送来|寄到|派到|送咗去)(?:了)?医院(?:的|嘅)?(?:外卖|外送|快递|包裹|订单|餐|饭|货)"
        r"|\b(?:delivered|delivery|deliveries|sent|shipped|order(?:ed)?)\s+(?:to|at)\s+(?:the\s+)?hospital\b(?!\s+(?:after|because))"
    )
)


def care_errand(folded: str) -> list[Span]:
    """Where a word for care names an appointment, a document, a job or an order."""
    return [m.span() for m in _ERRAND.finditer(folded)]


# --------------------------------------------------------------------------- something found in food

# Round 10ba. Something that does not belong found in or baked into what is eaten or drunk, told
# with words between the thing and where it was ("a long black hair baked into the sourdough
# loaf", "a piece of blue plastic in my wrap"): the seeds' class 2 (异物: 毛发、蚊蝇等), escalated
# to the manager. The phrase list holds the short forms ("a hair in", "plastic in"); a hair salon,
# the hair in a shower drain or a bug in the app name no food and stay what they are.
_THING = (
    r"(?:hairs?|plastic|metal|glass|wire|stones?|pebbles?|insects?|bugs?|flies|fly|beetles?|ants?|worms?|slugs?|"
    r"maggots?|cockroach(?:es)?|screws?|bolts?|nails?|staples?|rubber|string|threads?|plasters?|band aids?|"
    r"fingernails?|feathers?|cardboard|foil|tape|twist tie|cable tie|hair tie|hairband|earring|bead)"
)
_FOOD = (
    r"(?:bread|loaf|loaves|sourdough|baguette|roll|bun|bagel|croissant|pastry|pastries|pie|cake|muffin|scone|"
    r"doughnut|donut|sandwich|sandwiches|wrap|burrito|taco|burger|pizza|salad|soup|stew|rice|noodles?|pasta|"
    r"curry|dish|meal|food|drink|coffee|latte|tea|juice|milk|milkshake|smoothie|yogh?urt|cereal|porridge|"
    r"chocolate|biscuits?|cookies?|crisps|fries|chips|sauce|chicken|beef|pork|lamb|fish|steak|sushi|dumplings?|"
    r"omelette|eggs?|sausages?|bacon|takeaway|takeout|dessert|ice cream|baby food|formula|water|beer|wine|"
    r"lunch|dinner|breakfast|box of \w+|bag of \w+|tin of \w+|can of \w+|jar of \w+|packet of \w+)"
)
_IN_FOOD = Gate(
    re.compile(
        rf"\b{_THING}\b(?:\s+[a-z]+){{0,2}}?\s+(?:(?:baked|cooked|mixed|stuck|embedded|sitting|hidden|lodged|"
        rf"wrapped|floating|buried)\s+)?(?:in|into|inside|in the middle of|at the bottom of|under)\s+"
        rf"(?:(?:the|my|our|a|an|his|her|their|this|that|your|one of the|one of my|half of the|half the|some)\s+)?"
        rf"(?:[a-z]+\s+){{0,3}}?(?P<food>{_FOOD})\b"
    )
)
_BEFORE_THING = re.compile(r"\b(?:a|an|some|the|two|three|several|few|long|short|tiny|small|big|large|sharp|hard)\s+$")


# Session 10. The same told in Chinese as eating or drinking, then finding a piece of something
# (饮到一半见到块胶片, 吃着吃着发现一根铁丝, 食到一半咬到粒嘢): a piece found mid-meal is the
# foreign object, whatever it is called (trainers: a plastic chip in a Hong Kong iced milk tea not
# escalated). A piece of the food itself (一块肉没熟, 一粒珍珠) is no foreign object.
_ZH_FOUND_EATING = re.compile(
    r"(?P<food>吃|喝|饮|食)(?:到|咗|了|着|紧|着吃着|着喝着)?(?:一半|一啖|几口|两口|一口|半碗|半杯|半个)?"
    r"(?:的时候|时|嘅时候|期间|中途|途中)?[，,\s]?(?:突然|竟然|居然|就)?"
    r"(?:见到|看到|发现|睇到|吃出|喝出|饮出|食出|咬到|吃到|喝到|饮到|食到)(?:了|咗)?(?:有)?(?:一|几|两)?"
    r"(?:块|条|根|粒|只|片|段|啲|些|个|颗|坨|团|嚿|舊)(?P<thing>[^，。！？,.!?\s]{1,4})"
)
_ZH_FOOD_PIECE = re.compile(
    r"^(?:肉|鸡|鸭|鹅|牛|猪|羊|鱼|虾|蟹|菜|饭|面|粉|蛋|骨|皮|冰|珍珠|椰果|布丁|茶|奶|汤|酱|汁|料|葱|姜|蒜|辣椒|豆|薯|瓜|果|饼|包|糕)"
)


# What can cut or be swallowed as a splinter: glass, metal, a wire, a needle, a blade, a staple.
_SHARP = re.compile(
    r"\b(?:glass|metal|wire|needle|blade|staple|pin|shard|splinter|nail|screw)s?\b"
    r"|玻璃|金属|铁|钢|针|钉|刀片|铁线|钢丝|碎片"
)


def found_in_food(folded: str) -> list[tuple[Span, Span]]:
    """Where a foreign thing is told in or baked into food or drink: (the thing, the food)."""
    out: list[tuple[Span, Span]] = [
        (m.span("thing"), m.span("food"))
        for m in _ZH_FOUND_EATING.finditer(folded)
        if not _ZH_FOOD_PIECE.match(m.group("thing"))
    ]
    for m in _IN_FOOD.finditer(folded):
        before = folded[max(0, m.start() - 40) : m.start()]
        # "a hair salon", "glass in the window": only a thing found, told as one ("a hair", "some glass")
        if not _BEFORE_THING.search(before) and not re.search(
            r"\b(?:found|piece of|bits? of|chunk of|strand of)\s+", before
        ):
            continue
        out.append(((m.start(), m.start("food")), m.span("food")))
    return out


# --------------------------------------------------------------------------- a product put on the skin

# Something put on the body by us or bought from us (a hair dye, bleach, a perm or a relaxer, wax,
# a peel, a cream) and the skin under it reacting (swollen, blistered, weeping, burning, 红肿,
# 流水, 起泡): a chemical burn or a reaction, asked after and escalated, never "the inconvenience"
# (trainers: a scalp weeping after a dye job answered as a delay). The product and the skin's
# reaction are read in the same or the next sentence; a reaction said not to be there is none.
_APPLIED = re.compile(
    r"\b(?:dye|dyed|dyeing|hair colou?r(?:ing)?|colou?r(?:ed|ing)? (?:my|her|his) hair|bleach\w*|highlights|"
    r"perm|permed|relaxer|straighten\w*|keratin|wax|waxed|waxing|peel|facial|cream|lotion|serum|tint|"
    r"gel polish|acetone|hair removal|treatment|mask|solution|product)\b"
    r"|染|漂发|漂头|烫发|电发|(?:电|烫)(?:咗|了)?头|拉直|离子烫|药水|脱毛|蜜蜡|面膜|果酸|换肤|纹眉|美甲|甲油|卸甲|护肤品|面霜|乳液|精华|洗发水|焗油"
)
_SKIN_PART = (
    r"(?:scalp|skin|face|forehead|neck|ears?|hands?|fingers?|nails?|arms?|legs?|lips?|eyes?|eyelids?|eyebrows?|"
    r"cheeks?|back|chest|underarms?|armpits?|bikini line)"
)
_SKIN_HURT = re.compile(
    rf"\b{_SKIN_PART}\b[^.!?\n]{{0,30}}?\b(?:is |was |are |were |went |got |feels |felt |came up |started )?"
    r"(?:(?:really|so|very|bright|badly|all)\s+)?"
    r"(?:swollen|swelling|blister\w*|burn\w*|burnt|weeping|oozing|raw|red raw|peeling|scabb\w*|scalded|"
    r"stinging|on fire|covered in (?:a )?rash|rash|itch\w*|broke out|breaking out|broken out)\b"
    rf"|\b(?:blisters?|burns?|chemical burns?|a rash|weeping sores?|sores?)\s+(?:on|all over|across)\s+"
    rf"(?:my|her|his|their|the)\s+{_SKIN_PART}\b"
    r"|(?:头皮|皮肤|脸|面|额头|颈|耳|手|指甲|手臂|腿|嘴唇|眼皮|眼|眉)[^，。！？,.!?\n]{0,6}?"
    r"(?:红肿|肿|起泡|起水泡|水泡|流水|渗水|渗液|流脓|脱皮|灼伤|烧伤|灼痛|火辣辣|甩皮|烂|溃烂|红疹|出疹|痕痒|好痕|好痒|很痒|发痒|起红点|出红点)"
)
_SKIN_HURT = gated(_SKIN_HURT)  # a literal gate: most texts hold none of its words


def skin_reaction(folded: str) -> list[Span]:
    """Where the skin is told reacting (swollen, blistered, weeping) beside a product put on it,
    in the same or the next sentence; not where the reaction is denied."""
    if _SKIN_HURT.search(folded) is None or _APPLIED.search(folded) is None:
        return []
    sentences = [m.span() for m in _SENTENCE.finditer(folded)]
    out: list[Span] = []
    for i, (a, b) in enumerate(sentences):
        for hurt in _SKIN_HURT.finditer(folded, a, b):
            if _NOT_BEFORE.search(folded[max(0, hurt.start() - 20) : hurt.start()]):
                continue
            if re.search(r"没有|没|冇|无|未|\b(?:no|not|never|without)\b", hurt.group()):
                continue
            lo = sentences[max(0, i - 1)][0]
            if _APPLIED.search(folded, lo, b):
                out.append(hurt.span())
    return out


# --------------------------------------------------------------------------- water reaching the mains

# Water running or dripping onto or beside something of the mains (a socket, a light fitting, a
# fuse box), told in one sentence ("the leak runs down the wall right next to the socket",
# 水顺着墙流到插座旁边): a shock and fire risk, not a leak to book in (trainers: no safety
# step for a socket under a leak that had already popped).
_WATER = re.compile(
    r"\b(?:leak\w*|water|dripping|drips|flood\w*|seep\w*|pouring|soaked|soaking|wet)\b"
    # s12prefs2: "it started running down the light fitting": the water told by "it", moving onto the mains
    r"|\b(?:running|runs|ran|trickling|trickles|trickled|streaming) (?:down|onto|into|over|through)\b"
    r"|漏水|渗水|渗|滴水|水(?:顺|沿|流|滴|漫|浸|喷)|积水|浸水|湿"
)
_MAINS = re.compile(
    r"\b(?:sockets?|outlets?|power points?|light fittings?|light switch(?:es)?|ceiling lights?|fuse ?box|"
    # s13pg: the board the breakers sit on ("my electrical distribution board"): the mains too
    r"(?:electrical )?distribution boards?|fuse boards?|breaker (?:box|panel)s?|electrical panels?|"
    r"consumer unit|electrics|wiring|extension (?:leads?|cords?|reels?)|power (?:strips?|boards?)|surge protectors?)\b"
    r"|插座|插苏|电箱|电闸|电表箱|配电盘|配电板|灯座|吊灯|电线|开关掣|电灯开关|灯掣"
    # a power strip (拖板 in Hong Kong, 排插 / 插线板 on the mainland) and the mains tripping as the water
    # reached it (成间屋跳咗掣, "it tripped the electrics"): the same live risk
    r"|拖板|排插|插排|插线板|拖线板|电源板|跳(?:咗|了|左)?(?:掣|闸)"
    # s14route: a light fitting or a switch in Chinese too (水從天花板的電燈旁邊滴下來, 不敢碰開關)
    r"|电灯|灯具|灯管|灯罩|光管|天花灯|筒灯"
    r"|\btripped (?:the |our |my )?(?:power|electrics|fuse|breaker|trip switch|mains)\b"
)
_MAINS = gated(_MAINS)  # a literal gate: most texts hold none of its words


def water_on_mains(folded: str) -> list[Span]:
    """Where a sentence tells of water running or dripping by a socket, a light fitting or the
    wiring (within a few words of each other), not negated."""
    out: list[Span] = []
    for sentence in _SENTENCE.finditer(folded):
        a, b = sentence.span()
        for mains in _MAINS.finditer(folded, a, b):
            for water in _WATER.finditer(folded, a, b):
                gap = mains.start() - water.end() if mains.start() >= water.end() else water.start() - mains.end()
                if gap <= 40 and not _NOT_BEFORE.search(folded[max(0, water.start() - 12) : water.start()]):
                    out.append(mains.span())
                    break
    return out


# The mains switched off at the breaker (把总闸拉了, "we flipped the breaker", "turned the power
# off at the fuse box"): the hazard already made safe, thanked for and not asked again.
_MAINS_OFF = re.compile(
    r"(?:总闸|电闸|总掣|电掣|总开关|空气开关|跳掣)(?:我|也|都|已经|已|只好|就)*(?:拉了|拉咗|拉下|拉掉|关了|关咗|关掉|断了|熄咗|落咗)"
    r"|(?:拉了|拉咗|拉下|拉掉|关了|关咗|关掉|熄咗)(?:个)?(?:总闸|电闸|总掣|电掣|总开关)"
    # s12: the power cut by them (马上断了电, 切断咗电源): made safe, told with the verb first
    r"|(?:断了|断咗|切断了|切断咗|切断|切咗|切了)(?:个|佢嘅|它的)?(?:电源|电)"
    r"|\b(?:switched|turned|shut|flipped|tripped)\s+(?:off\s+)?(?:the\s+)?(?:power|electricity|electrics|mains|breaker|"
    r"circuit breaker|fuse ?box)(?:\s+off)?\b"
    # s12prefs2: one circuit cut at the box ("switched the bathroom light off at the fuse box")
    r"|\b(?:switch|switched|turn|turned|shut|flip|flipped)\s+(?:the\s+|that\s+|my\s+|our\s+)?(?:[a-z]+\s+){0,3}?off\s+at\s+the\s+"
    r"(?:fuse ?box|breaker|circuit breaker|consumer unit|mains|trip switch)\b"
)
_MAINS_OFF = gated(_MAINS_OFF)  # a literal gate: most texts hold none of its words


# --------------------------------------------------------------------------- words of a hazard in another sense

# A call or a line cut off ("got cut off", "the chat cut out"): no wound. "cut off the tip of his
# finger" (something follows) still is one.
_CUT_OFF = re.compile(
    r"\b(?:got|get|gets|getting|was|were|been|be|keep|keeps|kept|call|calls|line|chat|phone|connection|signal)\s+"
    r"(?:getting\s+|being\s+)?cut\s+(?:off|out|short)\b(?!\s+(?:the|a|an|my|his|her|their|part|half|tip|\w+ of)\b)"
)
_CUT_OFF = gated(_CUT_OFF)
# A fire alarm that went off as a test or a false alarm, with nothing burning told: no fire.
_ALARM = re.compile(
    r"\b(?:fire|smoke) (?:alarms?|bells?|drill)\b|火警(?:钟|铃|警报)?|消防警报|烟雾(?:报警器|警报)|火灾警报"
)
_NO_FIRE = re.compile(
    r"\b(?:test|testing|tested|drill|false alarm|scheduled|maintenance|malfunction\w*|faulty|went off for no reason)\b"
    r"|测试|演习|误报|试钟|试警报|检查|故障|无端端"
)
_REAL_FIRE = re.compile(
    r"\b(?:smoke|smoky|flames?|burning|on fire|caught fire|blaze|burnt|scorch\w*)\b"
    r"|烟|火焰|着火|烧着|起火|火灾(?!警报)|烧焦"
)
# A hazard word that names what a charge was for ("charged €450 for 'smoke damage'", 收了我500元吸烟
# 罚款): a bill disputed, not a fire burning (trainers: "unplug it" for a cleaning fee).
_CHARGED_FOR = re.compile(
    r"\b(?:charged|fined|billed|invoiced|deducted|withheld|kept|fee|charge|penalty|surcharge)\b(?:[^.!?\n]|\.(?=\d)){0,50}?"
    r"\bfor\s+(?:an?\s+|the\s+|alleged\s+|so-called\s+|supposed\s+)?\W*"
    # ...or the last item of the charge's label, a noun phrase ("for 'interior cleaning and smoking'"),
    # never a clause that tells of the thing ("for the heater that started smoking")
    r"(?:(?!(?:that|which|who|when|while|after|because|since|it|was|were|is|started|began|kept)\b)[a-z-]+\W+){0,3}"
    r"(?:(?:and|or)\W+)?$"
)
_ZH_FEE_AFTER = re.compile(r"[^，。！？,.!?\n]{0,4}?(?:费|罚款|罚金|赔偿|损失费)")
# A car park or a car wash is a place, not a vehicle anyone is in or driving.
_CAR_PLACE = re.compile(r"\s*(?:park|parks|parking|wash|showroom|dealership)\b|场|場")


def other_sense(scan: Scan) -> None:
    """Forget hazard words told in another sense: a call cut off, a fire alarm that was a test,
    a car park."""
    folded = scan.folded
    scan.drop_within(("cat:injury", "esc:injury", "haz:injury"), [m.span() for m in _CUT_OFF.finditer(folded)])
    alarms = [m.span() for m in _ALARM.finditer(folded)]
    if alarms and _NO_FIRE.search(folded):
        rest = _ALARM.sub(lambda m: " " * len(m.group()), folded)
        if _REAL_FIRE.search(rest) is None:
            scan.drop_within(("esc:safety", "haz:fire"), [(0, len(folded))])
    billed = [
        (a, b)
        for a, b in scan.get("haz:fire")
        if _CHARGED_FOR.search(folded[max(0, a - 80) : a]) or _ZH_FEE_AFTER.match(folded, b)
    ]
    if billed and len(billed) == len(scan.get("haz:fire")):
        sentences = [m.span() for m in _SENTENCE.finditer(folded) if any(m.start() <= a < m.end() for a, _ in billed)]
        scan.drop_within(("haz:fire", "esc:safety"), sentences)
    if scan.get("haz:medication") and optical_prescription(folded):
        scan.hits.pop("haz:medication")  # lenses made to the wrong prescription: nothing to stop taking
    vehicles = [s for block in ("mark:vehicle", "sit:vehicle") for s in scan.get(block)]
    places = [(a, b) for a, b in vehicles if _CAR_PLACE.match(folded, b)]
    scan.drop_within(("mark:vehicle", "sit:vehicle"), places)


# ----------------------------------------------------------------- told unhurt; smoke told in words

# Nobody hurt, said of everyone ("no one was hurt", 好彩冇人受伤, 没有人受伤): the hurt word inside
# it is no injury (trainers' class: the step fits what happened). "No one else was hurt" still
# leaves someone hurt, and is not read here.
_NO_ONE_HURT = re.compile(
    r"\b(?:no ?one|nobody|none of us)\s+(?:was|were|got|has been|had been|is)\s+(?:\w+\s+)?(?:hurt|injured|harmed)\b"
    r"|\bno (?:one|body) (?:hurt|injured)\b|\bno injuries\b|\bwithout (?:anyone|anybody) (?:being |getting )?hurt\b"
    r"|(?:好彩|幸好|还好|幸亏|所幸)?(?:冇人|没人|没有人|无人|冇人有|都冇|都没|没|冇)(?:有)?(?:受伤|伤到|整亲|伤亲|事)"
)
_NO_ONE_HURT = gated(_NO_ONE_HURT)
# Smoke or a burning smell from something electrical, told in everyday words ("smelled of
# burning", 冒晒烟, 有阵燶味): a fire hazard whatever the lists' exact phrase.
_SMOULDER = re.compile(
    r"\b(?:smell\w*|stink\w*|reek\w*)\s+(?:of|like)\s+(?:something\s+)?(?:burning|burnt|smoke|melting|melted)\b"
    r"|\b(?:smoke|smoking)\s+(?:came|coming|poured|pouring)\s+(?:out|from)\b"
    r"|冒(?:晒|咗|了|出|住|紧|起)?(?:黑|白)?烟|(?:出|起)(?:咗|了)?烟|(?:烧|燶)(?:焦)?味|焦味"
    # s14pg2: smoke told with its verb after it, as Cantonese does ("有啲烟出", "一阵烟喷出来")
    r"|(?:有|啲|些|阵|股|多|d)(?:黑|白)?烟(?:出|冒出|喷出|涌出|攻出|飘出)"
)
_SMOULDER = gated(_SMOULDER)
_ELECTRIC_THING = re.compile(
    r"\b(?:sockets?|outlets?|plugs?|chargers?|batter(?:y|ies)|power banks?|adapters?|cables?|wires?|wiring|"
    r"appliances?|heaters?|kettles?|toasters?|microwaves?|fridges?|lamps?|extension leads?|power strips?|"
    r"fuse ?box|meter|laptops?|phones?|scooters?|e-?bikes?|fans?|hair ?dryers?|electric\w*)\b"
    r"|插座|插苏|插头|充电|电器|电池|充电宝|尿袋|火牛|电线|电箱|电表|电錶|电脑|手机|电动|电风扇|风筒|电暖|暖炉|电饭煲|微波炉"
)


def smouldering(folded: str) -> list[Span]:
    """Where a sentence tells of smoke or a burning smell beside something electrical."""
    out: list[Span] = []
    for sentence in _SENTENCE.finditer(folded):
        a, b = sentence.span()
        smoke = _SMOULDER.search(folded, a, b)
        if smoke is not None and _ELECTRIC_THING.search(folded, a, b):
            out.append(smoke.span())
    return out


# A young child left alone or unwatched by one of ours (a babysitter, a nursery, a swimming
# teacher): a safeguarding matter for management even when the child is fine.
_LEFT_ALONE = re.compile(
    r"\b(?:left|leaving|leave)\s+(?:my|our|the|a|his|her)?\s*(?:\w+\s+){0,3}?"
    r"(?:alone|unattended|unsupervised|on (?:her|his|their) own)\b"
    r"|\bnobody (?:was )?watching (?:him|her|them|my \w+)\b"
    r"|(?:留|丢|扔|放)(?:低|下|咗|了)?[^，。！？,.!?\n]{0,8}?(?:一个人|独自|自己一个|一个喺|冇人看|没人看|没人管)"
)
_LEFT_ALONE = gated(_LEFT_ALONE)


_SITTER = re.compile(r"\b(?:babysitters?|sitters?|au pairs?|nursery|creche|daycare|camp)\b|托儿所|幼儿园|托管|补习社")


def child_left_alone_by_staff(folded: str) -> list[Span]:
    """Where a sentence tells of one of ours leaving a child alone or unwatched."""
    out: list[Span] = []
    for sentence in _SENTENCE.finditer(folded):
        text = sentence.group()
        left = _LEFT_ALONE.search(text)
        if left is not None and (_STAFF.search(text) or _SITTER.search(text)) and _CHILD.search(text):
            out.append((sentence.start() + left.start(), sentence.start() + left.end()))
    return out


# --------------------------------------------------------------------------- first aid they gave themselves

# An adrenaline pen (EpiPen) is first aid the family gives, not care by a doctor: nobody has
# "treatment going well" to be wished, and a reaction that needed one still needs a check-up
# (trainers: "I hope the treatment is going well" after an EpiPen used in a car park).
_SELF_AID = re.compile(r"epi-?pens?|adrenaline (?:pen|auto-?injector)|auto-?injector|肾上腺素笔|肾上腺素针")


def self_aid(scan: Scan) -> list[Span]:
    """Care words that name first aid given by the family (an EpiPen), not care by a doctor."""
    return [(a, b) for a, b in scan.get("sit:cared_for") if _SELF_AID.fullmatch(scan.folded[a:b].strip())]


def _sentences_of(folded: str, spans: list[Span]) -> list[Span]:
    """The sentences holding any of the spans."""
    return [m.span() for m in _SENTENCE.finditer(folded) if any(m.start() <= a < m.end() for a, _ in spans)]


# Session 13. A vehicle told as now parked or brought back somewhere off the road (at home, on the
# drive, at the garage, 停喺屋企): the breakdown on the motorway is over, so nobody waits behind a
# barrier for roadside recovery (trainers: "get everyone out of the car" for a car parked at home).
_PARKED_OFF_ROAD = re.compile(
    r"\b(?:(?:car|van|vehicle|truck|bike|motorbike|scooter|it)\s+(?:is|s|was|has been|now)\s+"
    r"(?:now\s+|safely\s+|back\s+){0,2}(?:parked\s+(?:up\s+)?)?|parked\s+(?:it\s+)?(?:up\s+)?(?:now\s+|safely\s+)?)"
    r"(?:at (?:home|my house|our house|the house|my place|work|the garage|your garage)|(?:on|in) (?:my|our|the) "
    r"(?:drive|driveway|garage)|outside (?:my|our|the) (?:house|home|flat))\b"
    r"|\b(?:got|brought|towed)\s+(?:it|the \w+|my \w+)\s+(?:back\s+)?home\b"
    r"|\b(?:drove|limped|crawled|nursed)\s+(?:it\s+|the \w+\s+|my \w+\s+)?(?:back\s+)?home\b"
    r"|(?:停|泊|放)(?:咗|了|好)?(?:在|喺|喺返|回)(?:家|屋企|家里|家楼下|楼下|车库|車庫)"
    r"|(?:开|開|揸|驾|駕|推)(?:回|返)(?:家|屋企)"
)


def vehicle_parked(folded: str) -> list[Span]:
    """Where the customer says the vehicle now stands off the road (at home, in the garage)."""
    return [m.span() for m in _PARKED_OFF_ROAD.finditer(folded)]


# s14pg2: someone in a hospital's care now, the hospital named between ("现在还在社区医院观察", "still
# in the children's hospital", 仲喺醫院留醫緊; not a stay that is over): already cared for, so no "call an
# ambulance now" (trainers, c36a-021); ask after them instead.
_IN_CARE_NOW = re.compile(
    r"(?:现在|而家|仲|还|仍|仍然|依然|目前|正)(?:在|喺|留在|住在|住喺)[^，,。.!?！？\s去往赶路送]{0,8}?(?:医院|急诊|急症)"
    r"|(?:医院|急诊|急症室?)(?:里|度|入面)?(?:观察|留医|留院|住院)(?:紧|中|着)"
    r"|\b(?:still|now|currently)\s+(?:in|at)\s+(?:the\s+)?(?:\w+\s+){0,2}?hospital\b"
    r"|\b(?:is|are)\s+(?:still\s+)?(?:in|at)\s+(?:the\s+)?(?:\w+\s+){0,2}?hospital\b(?!\s+(?:car park|parking))"
    r"|\b(?:still|is|are)\s+(?:being\s+)?(?:kept\s+in\s+)?(?:for|under)\s+observation\b"
)
_IN_CARE_NOW = gated(_IN_CARE_NOW)


def in_care_now(folded: str) -> bool:
    """Someone is in a hospital's care now (folded text)."""
    return _IN_CARE_NOW.search(folded) is not None


def read(scan: Scan) -> None:
    """Mark the severe signs (``mark:severe``), fumes breathed in (``mark:fumes``), an electric
    shock told in everyday words (``haz:electric``), a machine
    running on its own with nobody hurt yet (a fixed defect, ``mark:machine``), a body part told
    hurt (``haz:injury``), someone taken to hospital after eating (``haz:illness``) and our staff
    abusing a child
    (``esc:safety``); forget care words that were only asked about."""
    folded = scan.folded
    for block, spans in (("mark:severe", severe(folded)), ("mark:fumes", fumes(folded))):
        if spans:
            scan.hits[block] = spans
    zapped = shock(folded)
    if zapped and not scan.get("haz:electric"):
        for block in ("haz:electric", "esc:safety"):
            scan.hits.setdefault(block, []).extend(zapped)
    part = hurt_part(folded)
    if part and not scan.get("haz:injury"):
        for block in ("haz:injury", "esc:injury"):
            scan.hits.setdefault(block, []).extend(part)
    ill = made_ill(folded)
    if ill and not any(scan.get(f"haz:{h}") for h in ("illness", "poisoning", "allergy")):
        for block in ("haz:illness", "esc:illness"):
            scan.hits.setdefault(block, []).extend(ill)
    unwell = unwell_after(folded, scan.get("consumable"))
    if unwell and not scan.get("mark:fumes"):
        # dizzy after a meal is the meal's illness, not a blow to the head
        dizzy = [s for s in unwell if _HEAD.fullmatch(folded, *s)]
        if dizzy and not _BLOW.search(folded):
            scan.drop_within(("haz:head",), dizzy)
        if not any(scan.get(f"haz:{h}") for h in ("illness", "poisoning", "allergy", "chemical")):
            # a fall or a cut told as well keeps its own category; the illness is escalated beside it
            blocks = (
                "haz:illness",
                "esc:illness",
                "mark:symptom",
                *(() if scan.get("cat:injury") else ("cat:illness",)),
            )
            for block in blocks:
                scan.hits.setdefault(block, []).extend(unwell)
    if scan.get("haz:fire") and scan.get("mark:fumes") and tobacco_only(folded):
        scan.drop_within(("haz:fire",), [(0, len(folded))])  # a smoky room, not a fire: fresh air first
    aching = unrelieved(folded)
    if aching and scan.get("haz:allergy") and _ALLERGY_TOLD.search(folded) is None:
        # a face swollen beside pain painkillers do not ease (after a filling): the pain's, not an allergy
        scan.drop_within(("haz:allergy",), [(0, len(folded))])
    if aching and scan.get("haz:fracture") and _BLOW.search(folded) is None:
        scan.drop_within(("haz:fracture",), [(0, len(folded))])  # ...nor a break: nothing fell or was hit
    if aching and not any(scan.get(f"haz:{h}") for h in _HURT_OR_ILL):
        for block in ("haz:illness", "esc:illness", "mark:symptom", "mark:unrelieved"):
            scan.hits.setdefault(block, []).extend(aching)
    shut_in = lift_occupied(folded)
    if shut_in and not scan.get("haz:trapped"):
        for block in ("haz:trapped", "esc:safety"):
            scan.hits.setdefault(block, []).extend(shut_in)
    other_sense(scan)
    unhurt = [m.span() for m in _NO_ONE_HURT.finditer(folded)]
    scan.drop_within(("cat:injury", "esc:injury", "haz:injury"), unhurt)
    risky = conduct.reckless(folded)
    if risky and conduct.endangering(folded, risky):  # (a phone at the wheel alone: a manner complaint)
        # one of our people driving dangerously, drunk on duty or violent (s13): taken off duty, not
        # "stop using it"; a safety case even with nobody hurt yet, unless the customer says so
        scan.hits["mark:conduct"] = risky
        hazard = any(spans for block, spans in scan.hits.items() if block.startswith("haz:"))
        if not unhurt and not hazard:
            for block in ("haz:defect", "esc:safety"):
                scan.hits.setdefault(block, []).extend(risky)
    smoke = smouldering(folded)
    if smoke and not scan.get("haz:fire"):
        for block in ("haz:fire", "esc:safety"):
            scan.hits.setdefault(block, []).extend(smoke)
    alone = child_left_alone_by_staff(folded)
    if alone:
        scan.hits.setdefault("esc:safety", []).extend(alone)
    wet = water_on_mains(folded)
    if wet:
        # water on a socket or a power strip is the wall's mains at risk whatever else was read
        # (a burning smell, a plug): kept off and away from, never "stored away from flammables"
        blocks = ("fixed_hazard",) if scan.get("haz:electric") else ("haz:electric", "esc:safety", "fixed_hazard")
        for block in blocks:
            scan.hits.setdefault(block, []).extend(wet)
        scan.drop_within(("mark:portable",), _sentences_of(folded, wet))
    if scan.get("mark:vehicle") and vehicle_parked(folded):
        # the car is at home or the garage now: no motorway or service-area step, nobody stranded
        scan.drop_within(("sit:at_risk",), [*scan.get("mark:highway"), *scan.get("mark:services")])
        scan.drop_within(("mark:highway", "mark:services", "haz:stranded"), [(0, len(folded))])
    off = [m.span() for m in _MAINS_OFF.finditer(folded)]
    if off and (scan.get("haz:electric") or scan.get("haz:fire")):
        # the breaker pulled on a smoking device or a scorched socket made it safe as much as on a shock
        scan.hits.setdefault("sit:made_safe", []).extend(off)
    skin = skin_reaction(folded)
    if skin and not any(scan.get(f"haz:{h}") for h in ("chemical", "burn", "allergy", "illness")):
        scan.drop_within(("haz:fracture",), skin)  # a swollen scalp is the skin's reaction, not a bone
        for block in ("haz:chemical", "sit:contact", "esc:injury", "cat:injury", "mark:symptom"):
            scan.hits.setdefault(block, []).extend(skin)
    running = machine(folded)
    # someone already hurt by it keeps the hurt's own steps (the machine withdrawn in Satisfy)
    if running and not any(scan.get(f"haz:{h}") for h in _HURT):
        for block in ("haz:defect", "fixed_hazard", "mark:machine"):
            scan.hits.setdefault(block, []).extend(running)
    abuse = staff_abuse(folded)
    if abuse:
        scan.hits.setdefault("esc:safety", []).extend(abuse)
        scan.hits["mark:staff_abuse"] = abuse
    for thing, food in found_in_food(folded):
        scan.hits.setdefault("cat:foreign_object", []).append(thing)
        scan.hits.setdefault("consumable", []).append(food)
        if _SHARP.search(folded, *thing) and not scan.get("haz:object"):
            # a sharp piece bitten on (咬到塊玻璃): it can cut the mouth or be swallowed, so it is the
            # object's step (checked for fragments today), not "if the wound still hurts"
            scan.hits.setdefault("haz:object", []).append(thing)
    in_care = [m.span() for m in _IN_CARE_NOW.finditer(folded)]
    if in_care and not scan.get("sit:cared_for"):
        scan.hits["sit:cared_for"] = in_care  # in a hospital's care now, the hospital named between
    errand = care_errand(folded)
    if errand:  # a missed hospital appointment, a doctor's note, the nurse on shift: nobody ill (round 10ba)
        scan.drop_within(("cat:illness", "esc:illness", "care", "sit:cared_for"), errand)
    asked = care_not_given(scan) + self_aid(scan)
    if asked:
        scan.drop_within(("sit:cared_for",), asked)
