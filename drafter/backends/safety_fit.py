"""Session 12: the safety step fitted to where the hazard is and who is still at risk.

Why: trainers marked down steps written for another situation: a fixed charging post told to be
"kept away from anything that can burn and out of children's reach" (a portable device's step), a
child's toothbrush that scorched a socket told to "keep everyone away from the switches" (a fixed
installation's step), a wrist swollen after a fall answered "keep it rested" with the bleeding knee
left out, and hire bikes with dead brakes left on the street when the customer asked for them to be
pulled. These readers decide the fitting step from the shape of the case, not from the row.
"""

from __future__ import annotations

import re

from drafter.backends.template_remedy import with_others
from drafter.guard.normalize import fold
from drafter.intake import conduct, harm
from drafter.intake.classify import recovered
from drafter.intake.danger import in_care_now, names_child, unrelieved_pain, vehicle_parked, water_on_mains
from drafter.intake.harm import charge_point, on_the_way, scorched_socket
from drafter.models import Analysis

# Somewhere the customer lives (their flat, their kitchen): a fault there is theirs to keep off and
# away from, not an installation of ours to close.
_HOME = re.compile(
    r"\b(?:my|our)\s+(?:own\s+)?(?:home|house|flat|apartment|kitchen|bedroom|living room|garage|driveway|place)\b"
    r"|\bat home\b|我家|我们家|家里|家中|屋企|住的地方|我的房子"
)
# Something they hired or rode from a shared fleet (a hire bike, a rental car, a shared scooter).
_HIRED = re.compile(
    r"\b(?:rent|rented|renting|rental|hire|hired|hiring|share|shared|sharing|dockless)\b"
    r"|租|共享|扫码|掃碼|借的"
)
# Still out on the street or the next customer's: told as "these bikes", "all of them", 下架, 停用.
_VEHICLE_WORD = re.compile(
    r"\b(?:e-?bikes?|bikes?|bicycles?|e-?scooters?|scooters?|cars?|vans?|mopeds?|motorbikes?)\b"
    r"|电动车|電動車|单车|單車|自行车|自行車|滑板车|滑板車|电单车|電單車|汽车|汽車|车|車"
)
# Others still at risk, told by the customer: "pull these bikes", "before someone else gets hurt",
# 下架, 别再租给别人. The step then says the vehicle is out of service now.
_OTHERS_AT_RISK = re.compile(
    r"\b(?:these|those|all (?:the|your|of the|of your)|the rest of the|other)\s+(?:\w+\s+)?"
    r"(?:e-?bikes?|bikes?|bicycles?|e-?scooters?|scooters?|cars?|vans?|mopeds?|fleet)\b"
    r"|\b(?:someone|somebody|anyone|anybody) else\b|\bother (?:people|riders|customers|users|drivers)\b"
    r"|\b(?:pull|take|get)\s+(?:\w+\s+){0,2}?(?:off the (?:street|road)s?|out of (?:service|use)|off hire)\b"
    r"|下架|停用|收回|别人|別人|其他人|下一个|下一個|其他(?:客人|用户|用戶|车|車)|全部(?:检查|檢查)"
)
# Seen and treated already (stitches, an X-ray, a walk-in centre, physio, crutches): the step is
# the doctor's advice and going back if it gets worse, not "have it checked today".
_TREATED = re.compile(
    r"\b(?:stitch(?:es|ed)|steri[- ]?strips?|x[- ]?ray(?:ed|s)|pharmacists?|physio\w*|crutch(?:es)?|plaster cast|"
    r"in a cast|splint|(?:was|been|got|were) (?:treated|seen|patched up|x[- ]?rayed|stitched)|"
    r"(?:doctor|nurse|gp|hospital|pharmacist) (?:said|says|saw|treated|stitched|dressed|confirmed|diagnosed)|"
    r"(?:went|been|was taken|were taken|ended up) (?:to|in|at) (?:the )?(?:a&e|er|emergency room|emergency department|"
    r"hospital|walk[- ]?in (?:centre|center|clinic)|urgent care|gp|doctor s))\b"
    r"|缝针|缝了|缝咗|缝合|(?:去了|去咗|送了|送到|送去|看了|睇咗|在|喺)急诊|药剂师|看诊|就诊|就医了|看了医生|看过医生|看咗医生|睇咗医生|"
    r"医生说|医生话|物理治疗|拐杖|石膏|拍了片|拍完片|拍咗片|夹板|"
    r"(?:现在|而家|正|人)(?:在|喺)医院|(?:在|喺)医院(?:拍|检查|缝|处理|照|打)"
)
_BLEEDING = re.compile(r"bleed|blood|流血|出血|流紧血|流緊血|血流", re.IGNORECASE)


def fixed_ours(analysis: Analysis, text: str) -> bool:
    """A fire or an electric fault in something fixed at a place we run (a charging post at our
    station, a socket in our gym), not at the customer's home: they keep away and do not use it,
    we take it out of use; never "switch off your mains" or "keep it away from anything that burns"."""
    safety = analysis.safety
    if safety is None or not safety.fixed or analysis.situation.building or safety.hazards[:1] != ["fire"]:
        return False  # (a shock from it keeps the shock's own step: care for the one it went through)
    folded = fold(text)
    return charge_point(folded) and _HOME.search(folded) is None


def wound_with_swelling(analysis: Analysis, key: str, text: str) -> bool:
    """A swelling that may be a break and a bleeding wound told together: both are answered."""
    safety = analysis.safety
    return key == "fracture" and safety is not None and "injury" in safety.hazards and bool(_BLEEDING.search(text))


def fleet_out(analysis: Analysis, text: str) -> str | None:
    """Someone hurt by a fault in a vehicle they hired from us (a hire bike's dead brake): the
    vehicle is taken out of service now ("vehicle_out"), and where the customer names the others at
    risk ("pull these bikes", 别再害别人) the rest are checked too ("fleet_out"); None for someone
    still stranded at the roadside (recovery comes for the vehicle) or a vehicle of their own."""
    safety = analysis.safety
    if safety is None or "stranded" in safety.hazards:
        return None
    if not (safety.vehicle or analysis.situation.vehicle):
        return None
    hurt = any(h in safety.hazards for h in ("injury", "fracture", "head", "burn"))
    folded = fold(text)
    if not hurt or _HIRED.search(folded) is None:
        return None
    return "fleet_out" if _OTHERS_AT_RISK.search(folded) is not None else "vehicle_out"


def treated_key(analysis: Analysis, key: str, text: str) -> str:
    """A wound, a swelling or a burn already seen and treated (three stitches at the ER last month, physio
    for the ankle): "if it still hurts or looks infected, see a doctor", not "have it seen today"."""
    folded = fold(text)
    if key not in _TREATABLE or not _TREATED.search(folded) or on_the_way(folded):
        return key  # (on the way to A&E now: the fresh step, for the way there)
    return _TREATABLE[key]


# The step of a fresh harm and the one for the same harm already treated (a burn a pharmacist has
# seen is not cooled "for 20 minutes" days later).
_TREATABLE = {
    "injury": "injury_treated",
    "fracture": "fracture_treated",
    "fracture_wound": "fracture_treated",
    "burn": "burn_treated",
    "burn_self": "burn_treated",
    "bruised": "cared",
}


def vehicle_word(text: str, zh: bool) -> str | None:
    """The vehicle as the customer names it ("bike", 单车), or None."""
    m = _VEHICLE_WORD.search(text if zh else text.lower())
    if m is None:
        return None
    word = m.group()
    if zh:
        return word
    return re.sub(r"s$", "", word) if not word.endswith("ss") else word


# A fixture that scalds (a shower, the hot water, a radiator, a sauna): it stays where it is for the
# next guest or member until it is repaired, whoever it already hurt.
_SCALDING_FIXTURE = re.compile(
    r"\b(?:showers?|bath(?:tub)?s?|taps?|faucets?|radiators?|heaters?|hot water (?:system|supply|tap)|"
    r"saunas?|steam rooms?|hot tubs?|jacuzzis?|boilers?)\b"
    r"|淋浴|花洒|热水器|浴室|浴缸|水龙头|暖气|桑拿|蒸汽房|蒸气房|温泉池|锅炉"
)
_SELLERS = frozenset({"ecommerce", "delivery", "retail_store"})


def fixture_burn(analysis: Analysis, text: str) -> bool:
    """Someone burnt or scalded by a fixture of a place we run (a hotel shower with no temperature
    control): the reply says it is repaired and kept out of use, for the next person's sake, even
    when the one hurt is already in a doctor's care; not for a product bought (a kettle at home)."""
    safety = analysis.safety
    if safety is None or "burn" not in safety.hazards or analysis.domain in _SELLERS:
        return False
    return _SCALDING_FIXTURE.search(fold(text)) is not None


# Told as over: when it happened is named in the past (last night, 当时, 昨晚, 琴晚), and nothing says
# it is still going on (still smoking, 还在冒烟, 而家仲).
_PAST = re.compile(
    r"\b(?:yesterday|last (?:night|week|month|weekend)|the other day|\d+ days ago|that (?:night|day|evening|morning)|"
    r"at the time|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
    r"|昨晚|昨天|前天|上周|上星期|上个月|上个星期|当时|那天|那次|那晚|当晚|琴晚|寻日|噚日|前几天|几天前|[两几\d]天前|嗰阵|嗰晚|嗰日"
)
_STILL = re.compile(
    r"\b(?:still|right now|at the moment|keeps?|is (?:smoking|sparking|burning|hot))\b"
    r"|还在|仍然|仍在|正在|一直|现在还|而家仲|依家仲|仲喺度|仲係|越来越"
)


def past_key(analysis: Analysis, key: str, text: str) -> str:
    """A portable thing that smoked or sparked and is told as over (幸好当时大人在旁边): not used or
    charged again and kept for us, with no "if there is flame, call the fire service" for what is
    long out (trainers: a past incident answered with the live step)."""
    safety = analysis.safety
    if key != "fire" or safety is None or safety.live:
        return key
    folded = fold(text)
    if _PAST.search(folded) is None or _STILL.search(folded) is not None:
        return key
    return "fire_past"


# s13pg: someone left waiting alone whose wait is told as over: not hurt, home, found help in the end
# (她没有受伤, "she got home safely", 最后是其他旅客帮忙). The step is then what we find out and who
# follows it up, never staff "sent to her now with food and water" (trainers: absurd for a past trip).
_SAFE_AFTER = re.compile(
    r"\b(?:wasn't|was not|weren't|were not|isn't|is not|not|wasn't ever) (?:hurt|injured|harmed)\b"
    r"|\b(?:got|made it|made (?:her|his|their|my|our) way|came|went|is|are|was|were) (?:back )?home\b"
    r"|\b(?:home|back) safe(?:ly)?\b|\b(?:is|are) (?:fine|ok|okay|safe|alright|all right) now\b"
    r"|\b(?:in the end|eventually|finally)\b"
    r"|没有受伤|没受伤|冇受伤|无受伤|未受伤|没有事|人没事|冇事|回到家|到家了|平安到家|安全到家|回家了|"
    r"最后|最终|终于|后来"
)
_STILL_WAITING = re.compile(
    r"\b(?:still (?:waiting|stuck|stranded|sitting|standing|there|at)|right now|is waiting|are waiting)\b"
    r"|还在等|仍在等|仲喺度|仲等紧|还坐在|还站在|现在还|至今还在|正在等"
)
_WHEN_PAST = re.compile(
    _PAST.pattern + r"|\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\b(?:last|on the) \w+day\b|\bon \d{1,2}(?:st|nd|rd|th)?\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\bago\b"
)


def stranded_over(text: str) -> bool:
    """A wait alone told as over: a past day or a way it ended, and the person not hurt or home,
    with nobody said to be waiting still."""
    folded = fold(text)
    if _STILL_WAITING.search(folded):
        return False
    return _SAFE_AFTER.search(folded) is not None and _WHEN_PAST.search(folded) is not None


# Bought at a place of ours (在我们店买的, "bought from your store"): the thing went home with them.
_BOUGHT_THERE = re.compile(
    r"(?:店|馆|館|中心|商场|商場|网点|網點|网店|網店|平台)(?:里|裡|度|入面)?(?:买|買|购|購|订|訂)"
    r"|\b(?:bought|purchased|ordered)\b[^.!?\n]{0,40}\b(?:from|at|in) (?:your|our|the) "
)


def bought_there(story: str) -> bool:
    """The story says the thing was bought at our place, not used there: no "we close it off"."""
    return _BOUGHT_THERE.search(story) is not None


def socket_scorched(text: str) -> bool:
    """The socket the product was plugged into is told scorched: it is checked before reuse."""
    return scorched_socket(fold(text))


# s12prefs2. Water on a light fitting or a socket, with nothing burning or sparking: the step is the
# circuit off at the fuse box and the room kept clear until an electrician checks it, never "if the
# burning smell comes back" (trainers: water on a light fitting with a toddler at home, no step).
_BURNING = re.compile(
    r"\b(?:burn\w*|smok\w*|spark\w*|scorch\w*|melt\w*|fire|flames?|bang\w*|pop|popp\w*|crackl\w*|fizz\w*"
    r"|shock\w*|electrocut\w*|tripped)\b"
    r"|焦|烧|冒烟|火花|着火|起火|爆|触电|电到|漏电|啪|响了一下|响咗一下|跳(?:咗|了|左)?(?:掣|闸)"
)


def wet_mains(text: str) -> bool:
    """Water running onto the mains (a socket, a light fitting), with no burning, sparks, pop, shock or
    trip told (those keep their own steps)."""
    folded = _RISK_NAMED.sub(" ", fold(text))  # "a real fire and shock risk": their fear named, nothing burning
    return bool(water_on_mains(folded)) and _BURNING.search(folded) is None


_RISK_NAMED = re.compile(
    r"\b(?:fire|shock|electrocution)(?: and (?:fire|shock|electrocution))? (?:risks?|hazards?|dangers?)\b"
    r"|(?:火灾|触电|漏电)(?:和|或|及)?(?:火灾|触电|漏电)?(?:风险|隐患|危险)"
)


def conduct_step(analysis: Analysis, hazard: str, text: str, steps: dict[str, object], zh: bool) -> str | None:
    """s13: the hazard is one of our people's conduct (a driver texting at the wheel, a technician
    drunk on the job, a courier who shoved someone): that person is taken off duty pending review,
    never "stop using it… so that we can inspect it". Told alone (no harm read beyond the near
    miss), with "if you were hurt, seek care" where it was the road or violence; after a harm's own
    step (a head hit on the seat in front), only the taking off duty. None when no conduct is told."""
    safety = analysis.safety
    if safety is None or not safety.conduct:
        return None
    folded = fold(text)
    who = conduct.role(folded, zh) or str(steps["conduct_whom"])
    alone = hazard == "defect"  # (the near miss itself; a harm read has its own step first)
    care = alone and conduct.physical(folded, conduct.reckless(folded))
    if care and safety.who and not safety.pet and "conduct_care_other" in steps:
        # "grabbed my son": the care is for the one it was done to, not "if you were hurt" (s13timing)
        return str(steps["conduct_care_other"]).format(role=who, whom=safety.who)
    return str(steps["conduct_care" if care else "conduct"]).format(role=who)


# Eaten or drunk (ate, dinner, 吃, 食, 飲): the illness came from a meal, not tap water or a vaccine.
_ATE = re.compile(
    r"\b(?:ate|eaten|eating|drank|drinking|dinner|lunch|breakfast|meal|takeaway|order(?:ed)?)\b|吃|食|喝|饮|叫的|点的|外卖"
)
_FOOD = re.compile(
    r"\b(?:food|meal|dish|platter|soup|salad|chicken|fish|seafood|oysters?|prawns?|sushi|burger|pizza|sandwich|rice|"
    r"noodles?|curry|cake|takeaway|milk|juice|drinks?)\b"
    r"|饭|菜|餐|面|粉|汤|鸡|鱼|虾|肉|蟹|蚝|生蚝|刺身|寿司|沙拉|蛋糕|便当|外卖|奶|果汁|饮料|饮品"
)
# Taken home (bought, delivered, a takeaway, an order): something may be left to keep; a meal eaten
# at our table days ago leaves nothing (and a known wrong order, 点了燕麦奶给了鲜奶, needs no test).
_TAKEN = re.compile(
    r"\b(?:takeaway|take-away|take away|delivered|delivery|bought|purchased|app)\b"
    r"|外卖|叫的|叫嘅|买|送来|送到|配送|订单|\bapp"
)
_THROWN = re.compile(
    r"\b(?:threw|thrown|binned|chucked) (?:it|them|the rest|everything) (?:away|out)\b|扔了|倒掉|丢掉|掉咗"
)


# A doctor seen or about to be (要睇医生, "at A&E", "went to the GP"): their receipts are kept too.
_CARE = re.compile(
    r"\b(?:doctor|hospital|gp|a&e|er|clinic|urgent care|pharmacist)\b|医生|医院|急诊|诊所|看病|睇医生|药房"
)


def keep_food_key(analysis: Analysis, text: str) -> str | None:
    """The leftovers line ("keep_food"), with the medical receipts when care is told
    ("keep_food_care"); None when nothing is to be kept."""
    if not keep_food(analysis, text):
        return None
    care = analysis.situation.cared_for or _CARE.search(fold(text)) is not None
    return "keep_food_care" if care else "keep_food"


def keep_food(analysis: Analysis, text: str) -> bool:
    """s13: made ill by a meal of ours (a platter, a takeaway): what is left of the food is kept
    sealed for checking, with the medical receipts (trainers: no word on keeping the leftovers or
    the doctor's receipts); not tap water, a vaccine or a fall, nor food already thrown away."""
    safety = analysis.safety
    if safety is None or safety.hazards[:1] not in (["illness"], ["poisoning"]) or safety.reaction:
        return False
    if "water" in safety.hazards or safety.fumes or safety.pet:
        return False
    folded = fold(text)
    if _TAKEN.search(folded) is None or _THROWN.search(folded) is not None:
        return False
    return _ATE.search(folded) is not None and _FOOD.search(folded) is not None


# Someone with them at the time, told ("we", a friend, a child, "和同事一起"): "has anyone been hurt,
# is everyone alright" fits; with nobody told beside them, the question is theirs alone.
_COMPANY = re.compile(
    r"一起|同桌|同行|朋友|同事|客人|大家|全家|一家|我们|我哋|咱们"
    r"|\b(?:we|us|our|friends?|colleagues?|guests?|family|together)\b|\bwith (?:my|a|two|three|some) \w+"
)


# Found in the mouth, while eating ("吃到一半咬到", "bit into it halfway through"), with no "I" said:
# the one telling it was eating it.
_EATING_IT = re.compile(
    r"吃到|咬到|嚼到|食到|咬亲|咬了一口|吃着|吃的时候|食紧|食嘅时候"
    r"|\b(?:bit|biting|bitten) (?:into|on|down)\b|\bhalfway through (?:eating|the|my)\b|\bchew(?:ed|ing)\b"
)


def object_key(analysis: Analysis, text: str, bit: bool) -> str:
    """The check-in after something found in food or a product: after the one named ("my son bit
    on it"), after them ("I bit on it", or nobody else told: a lone diner is not asked whether
    "everyone" is alright, trainers c30), else after everyone who was there."""
    safety = analysis.safety
    if safety is not None and safety.who:
        return "object_other"
    if bit:
        return "object_self"
    folded = fold(text)
    if _EATING_IT.search(folded) is None:
        return "object"  # found in a loaf or a box before anyone ate it: whether anyone was hurt
    alone = _COMPANY.search(folded) is None and not (safety is not None and safety.child)
    return "object_self" if alone and not with_others(text) and not names_child(folded) else "object"


# s13pg: where the hazard is decides who is asked after. A fault at their office, shop or unit (我哋公司,
# "our office", a suite they rent) is asked after as "you and your colleagues", and its step names no
# "children and older people" (trainers: "您和家人…特别是孩子和老人" read out to an office).
_WORKPLACE = re.compile(
    r"\b(?:our|my)\s+(?:\w+\s+)?(?:office|offices|shop|store|studio|workshop|warehouse|premises|"
    r"company|business|restaurant|salon|clinic|factory|server room|staff room)\b"
    r"|\b(?:colleagues?|co-?workers?|our staff|my staff|our team|at work)\b"
    r"|\b(?:i|we) (?:run|own|manage) (?:a|an|the)\b"  # "I run the dry-cleaning shop in Unit 4B"
    # 我哋公司, 我们办公室, 本店: the writer's own place; "物业公司您好" is the addressee, not theirs
    r"|(?:我们|我哋|我地|我|本)(?:的|嘅|间|間)?(?:公司|办公室|写字楼|工作室|仓库|厂房|车间|店铺|铺头|铺面|门店|店|铺)"
    r"|(?<!你们)(?<!你哋)(?<!贵)(?<!你们的)同事"
)


def at_work(text: str) -> bool:
    """The hazard is at a workplace of theirs, and no home or family is told: colleagues, not family."""
    folded = fold(text)
    return _WORKPLACE.search(folded) is not None and _HOME.search(folded) is None and not names_child(folded)


# s13pg: a third person's body hurt ("his finger is fractured", 她的手被门夹伤): the one asked after, not the
# writer (trainers: a mother asked "how are you feeling now, and is the treatment helping?").
_BODY_PART = (
    r"(?:hands?|fingers?|thumbs?|arms?|legs?|feet|foot|ankles?|knees?|wrists?|head|face|eyes?|back|neck|"
    r"shoulders?|hips?|toes?|elbows?|skin|mouth|lips?|nose|chin|teeth|tooth|forehead|eyebrows?|temple|cheeks?|scalp)"
)
_HURT_EN = (
    r"(?:fractured|broken|broke|bandaged|cut|burnt|burned|scalded|bruised|swollen|bleeding|hurt|injured|trapped|"
    r"crushed|slammed|sprained|stitched)"
)
_THIRD_HURT = re.compile(
    rf"\b(?P<p>his|her)\s+(?:\w+\s+){{0,2}}?{_BODY_PART}\b[^.!?\n]{{0,40}}?\b{_HURT_EN}\b"
    rf"|\b(?P<q>he|she)\s+(?:was|got|has been|had been|is)\s+(?:\w+\s+)?{_HURT_EN}\b"
    # a knock told by what it left ("she had a bump on her forehead", "a cut above his eyebrow")
    rf"|\b(?:bump|lump|cut|gash|graze|bruise|swelling|wound)\s+(?:on|above|over|under|below|to)\s+(?P<b>his|her)\s+{_BODY_PART}\b"
    r"|(?P<z>他|她)(?:的)?(?:手|脚|腿|额头|头|脸|眼|眉|手指|手臂|膝盖|背)[^，。！？,.!?\n]{0,8}?(?:骨折|受伤|夹伤|割伤|烫伤|肿|起包|流血|缝针|包扎|撞)"
    # someone else there, not theirs (个阿婆, 一位老人家; not 我阿婆), who fell or was hurt
    r"|(?<![我您你])(?<!我的)(?<!我嘅)(?<!我哋)(?P<n>阿婆|婆婆|阿伯|伯伯|老人家|老伯|老太太|老婆婆|小朋友|邻居|街坊|路人)"
    r"[^，。！？,.!?\n]{0,10}?(?:跌|摔|受伤|撞伤|骨折|流血)"
)
_FIRST_HURT = re.compile(
    rf"\bmy\s+(?:\w+\s+){{0,2}}?{_BODY_PART}\b[^.!?\n]{{0,40}}?\b{_HURT_EN}\b"
    rf"|\bi\s+(?:was|got|have been|had been|am)\s+(?:\w+\s+)?{_HURT_EN}\b"
    r"|我(?:的)?(?:手|脚|腿|额头|头|脸|眼|眉|手指|手臂|膝盖|背)[^，。！？,.!?\n]{0,8}?(?:骨折|受伤|夹伤|割伤|烫伤|肿|流血|缝针|包扎)"
)


def third_hurt(text: str) -> str | None:
    """ "he"/"she" (他/她) where the body hurt is a third person's and never the writer's; else None."""
    folded = fold(text)
    if _FIRST_HURT.search(folded):
        return None
    m = _THIRD_HURT.search(folded)
    if m is None:
        return None
    word = m.group("p") or m.group("q") or m.group("b") or m.group("z")
    if m.group("n"):
        return f"那位{m.group('n')}"  # "15楼个阿婆跌亲": that old lady, not the writer
    if (name := _CARED_NAME.search(text)) is not None and name.group(1) not in _NOT_NAME:
        return name.group(1)  # "when I collected Oliver": asked after by name, not "he"
    return {"his": "he", "her": "she"}.get(word, word)


# Someone the writer collects, drops off or takes somewhere, named ("I collected Oliver at 5pm").
_CARED_NAME = re.compile(r"\b(?:collected|picked up|dropped off|fetched|took|brought)\s+([A-Z][a-z]{2,})\b")
_NOT_NAME = frozenset({"The", "Them", "Him", "Her", "His", "Our", "My", "Your", "This", "That", "Home", "Everyone"})


# s13pg: a fixed electrical fault that smells of burning or smokes is today's job: the visit is booked as
# an emergency today, never "we will confirm a time within 24 hours" (trainers).
_BURNT_SMELL = re.compile(
    r"\bburning\b|\bburnt smell|\bscorch\w*|\bsmok(?:e|ing)\b|\bsparks?\b|\bsparking\b"
    r"|焦味|烧焦|冒烟|烟味|火花|燶味|㶶味|烧着"
)


def burning_fault(analysis: Analysis, text: str) -> bool:
    """A fire or electrical fault in the building (not a device, not a line in the street) that
    smells of burning, smokes or sparks: someone goes today."""
    safety = analysis.safety
    if safety is None or not safety.fixed or safety.line:
        return False
    if not {"fire", "electric"} & set(safety.hazards):
        return False
    return _BURNT_SMELL.search(fold(text)) is not None


def parked_off_road(text: str) -> bool:
    """Session 13. The faulty vehicle is told as parked at home or at the garage now: it is not
    driven again until checked, and no "wait away from the traffic" (nobody is by the road).
    s14route: or told as already recovered or towed ("the recovery driver found a leak", 拖走了):
    the breakdown is over, nobody is still by the road."""
    folded = fold(text)
    return bool(vehicle_parked(folded)) or recovered(folded)


def hired_back(analysis: Analysis, text: str) -> bool:
    """s14safety2. A vehicle hired from us that failed and has already been towed or recovered, nobody
    hurt: the car is ours again, so the step is ours (taken out of service until inspected), never
    "don't drive it, leave it where it is parked" to someone who no longer has it (trainers, c34a-022).
    Someone hurt keeps "vehicle_out" beside the hurt's own step (``fleet_out``)."""
    if fleet_out(analysis, text) is not None:
        return False
    folded = fold(text)
    return _HIRED.search(folded) is not None and recovered(folded)


def unrelieved(text: str) -> bool:
    """s14safety2. Pain told as not eased by painkillers: seen by a doctor today, with the signs that
    mean go now (swelling spreading, fever, trouble swallowing or breathing); never "stop this
    medicine" (the painkiller is their own remedy, not a harm of ours)."""
    return unrelieved_pain(fold(text))


# s14safety2. The fixed part that sparked, as the reply names it (trainers, c34b-011: "请让所有人远离，
# 不要触碰它" never said what "it" was). A fuse box or a meter box keeps "it": the step already says
# where the fuse box is to be found.
_FIXED_PART = re.compile(
    r"\b(?:socket|outlet|power point|light fitting|ceiling light|wall light)s?\b|插座|灯座|灯具|吊灯"
)


_SPARKED = re.compile(r"\b(?:spark\w*|smok\w*|flash\w*|fire|flames?)\b|火花|冒烟|起火|着火|闪")


def fixed_part(text: str, zh: bool) -> str | None:
    """The socket or light fitting the complaint names as what sparked or smoked ("the wall socket
    threw out sparks", 插座上…冒了火花), or None (a product that smoked beside a socket: not named)."""
    folded = fold(text)
    for m in _FIXED_PART.finditer(folded):
        if _SPARKED.search(folded, m.end(), m.end() + 40) is not None:
            word = m.group()
            return word if zh else re.sub(r"s$", "", word)
    return None


def head_signs_now(analysis: Analysis, text: str) -> bool:
    """s14 (c35 notes): a knock to the head already seen to, and the signs after it told since
    (sleepy, a headache today): a doctor checks them now, not "follow the doctors' advice"."""
    safety = analysis.safety
    return safety is not None and "head" in safety.hazards and harm.head_signs_after_care(fold(text))


def in_hospital_now(text: str) -> bool:
    """Someone in a hospital's care now ("still in the local hospital", 现在还在社区医院观察, 留院觀察):
    the doctors there are who they turn to, not an emergency line (s14pg2, c36a-021)."""
    return in_care_now(fold(text))
