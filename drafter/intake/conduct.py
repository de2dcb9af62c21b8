"""Session 13: a hazard that is a person's conduct, not a thing's fault.

Why: trainers graded 1 a reply to a ride-hailing driver who texted and ran a red light that said
"Please stop using it straight away… so that we can inspect it" and restated the customer's
"he's still driving for you??" as "He's still driving for us." A driver speeding or on the phone, a
drunk or violent member of staff, a courier or a technician who threatens someone is not an object
to stop using: the step is that this person is taken off duty pending a review, and their still
working is the customer's question, never our statement. Read from the clause's shape: one of our
people (the role: a driver, a courier, 师傅, 骑手) is the subject, in that sentence or the one just
before it, of conduct that puts someone in danger (dangerous driving, being drunk on duty, violence
or a threat); the customer's own conduct ("I was on the phone") is not theirs.
"""

from __future__ import annotations

import re

from drafter.intake.config import Span

_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")

# One of our people, by role (folded: lower case, Simplified). Not "my driver's licence".
_ROLE = re.compile(
    r"\b(?:(?:bus|taxi|cab|uber|delivery|van|lorry|truck|coach|tram)\s+)?drivers?\b(?!'s licen[cs]e|\s+licen[cs]e)"
    r"|\bcouriers?\b|\bdelivery (?:guy|man|men|person|rider|boy)\b"
    r"|\b(?:delivery )?riders?\b(?= (?:was|were|is|had|kept))"
    r"|\btechnicians?\b|\bengineers?\b|\binstallers?\b|\bfitters?\b|\bplumbers?\b|\belectricians?\b|\brepair ?man\b"
    r"|\b(?:security )?guards?\b|\bbouncers?\b|\bdoorman\b|\bwaiters?\b|\bwaitress(?:es)?\b|\bbartenders?\b"
    r"|\bcashiers?\b|\bchauffeurs?\b|\binstructors?\b|\bstaff(?: member)?\b|\bmember of (?:your )?staff\b"
    r"|\bemployees?\b|\bworkers?\b|\bmovers?\b|\bcarers?\b|\bporters?\b|\b(?:shop |store |duty )?managers?\b"
    r"|司机|代驾|骑手|快递员|快递小哥|外卖员|外卖小哥|送货员|配送员|派送员|送餐员|师傅|技术员|维修工|安装工|工人|装修工"
    r"|店员|服务员|侍应|收银员|保安|员工|职员|工作人员|教练|搬运工|护工|店长|经理|主管"
)
# Conduct that endangers someone: driving dangerously, being drunk on duty, violence, a threat.
_PHONE = re.compile(
    r"\b(?:texting|on (?:his|her|their|the) phone"
    r"|(?:looking at|scrolling|using|playing (?:on|with)) (?:his|her|their|the) phone)\b"
    r"|看手机|玩手机|滑手机|刷手机|刷视频|睇手机|碌手机|打机|(?:边|一边|一路)(?:打|讲|听)电话"
)
# ...counts only of someone at the wheel: a waiter on the phone is rude, a driver on the phone a danger.
_AT_WHEEL = re.compile(
    r"\b(?:(?:bus|taxi|cab|uber|delivery|van|lorry|truck|coach|tram)\s+)?drivers?\b|\bchauffeurs?\b|\bcouriers?\b"
    r"|\briders?\b|司机|代驾|骑手|快递员|快递小哥|外卖员|外卖小哥|送货员|配送员|送餐员"
)
# 师傅 is a driver in a car (打车, 行程), a technician at home.
_IN_CAR = re.compile(r"\b(?:driving|drove|trip|ride|journey|wheel)\b|开车|驾驶|行程|打车|打的|坐车|上车|下车|揸车")
_DRIVING = re.compile(
    r"\b(?:ran (?:a|the|two|three|several)? ?red(?: lights?)?"
    r"|(?:went|drove|jumped) (?:through )?(?:a |the )?red(?: lights?)?"
    r"|jumped the lights|speeding|doing \d+ ?(?:mph|km/?h)|over the speed limit|swerv\w+|tailgat\w+|road rage"
    r"|(?:fell|falling|nodding) (?:asleep|off) (?:at|behind) the wheel|nodding off|racing (?:other|another|through)"
    r"|drove (?:like a maniac|dangerously|recklessly|erratically)|reckless driving|dangerous driving|nearly crashed"
    r"|overt(?:ook|aking) on)\b"
    r"|闯红灯|冲红灯|闯了个红灯|闯了红灯|超速|飙车|开到\d+|开到一百"
    r"|开得(?:很|好|超|特别|非常)?快|开好快|揸得好快|打瞌睡|疲劳驾驶|蛇行|乱并线|乱变道|逆行|抢道|别车"
)
_IMPAIRED = re.compile(
    r"\b(?:drunk|intoxicated|under the influence|(?:smelled|smelt|smells|stank|stinks|reeked|reeks) (?:of|strongly of) "
    r"(?:alcohol|booze|drink|beer|weed|cannabis)|(?:had|has) been drinking|was drinking)\b"
    r"|酒驾|醉驾|喝醉|喝了酒|喝过酒|饮咗酒|饮醉|酒气|酒味|醉醺醺"
)
_VIOLENT = re.compile(
    r"\b(?:pushed|shoved|grabbed|punched|slapped|kicked|assaulted|spat (?:at|on)|groped)"
    r"\s+(?:me|us|my|him|her)\b"
    r"|\bhit (?:me|us)\b|\bthreatened (?:me|us|him|her) with (?:a |an )?(?:knife|weapon|gun|bat|violence)\b"
    r"|\bthreatened to (?:hit|hurt|kill|beat|punch|stab|attack)\b|(?:威胁|扬言|恐吓)(?:说)?要(?:打|杀|砍|揍)"
    r"|\b(?:touched me inappropriately|sexually harass\w*|followed me home)\b"
    r"|推(?:了|咗)?我(?!们)|打(?:了|咗)?我(?![^，。！？]{0,6}?(?:电话|手机|号|次))|动手打|动粗|非礼|摸我|跟踪我"
)
_CONDUCT = (_DRIVING, _IMPAIRED, _VIOLENT)
# The conduct is the customer's own ("I was on the phone", 我在打电话).
_SELF = re.compile(r"(?:\b(?:i|we)\b|我|我们)\s*(?:was|were|am|'m|'d|had|在|正在|喺度)?\s*$")


def _roles(folded: str) -> list[Span]:
    return [m.span() for m in _ROLE.finditer(folded)]


def reckless(folded: str) -> list[Span]:
    """The conduct spans told of one of our people (the role in the same sentence, or the one just
    before for "He was on his phone"), not of the customer."""
    if not any(p.search(folded) for p in (*_CONDUCT, _PHONE)):
        return []  # no conduct at all (most complaints): the role scan, the slow part, is skipped
    roles = _roles(folded)
    if not roles:
        return []
    sentences = [m.span() for m in _SENTENCE.finditer(folded)]
    out: list[Span] = []
    for i, (a, b) in enumerate(sentences):
        lo = sentences[i - 1][0] if i else a
        if not any(lo <= r0 < b for r0, _ in roles):
            continue
        window = folded[lo:b]
        wheel = _AT_WHEEL.search(window) is not None or ("师傅" in window and _IN_CAR.search(folded) is not None)
        for pattern in (*_CONDUCT, *((_PHONE,) if wheel else ())):
            for m in pattern.finditer(folded, a, b):
                if _SELF.search(folded[max(a, m.start() - 8) : m.start()]):
                    continue
                out.append(m.span())
    return sorted(set(out))


def endangering(folded: str, spans: list[Span]) -> bool:
    """More than a phone at the wheel (一路講電話 with a rude word is a manner complaint): a red light,
    speeding, drink or violence makes it a safety case on its own."""
    return any(_PHONE.fullmatch(folded, a, b) is None for a, b in spans)


def physical(folded: str, spans: list[Span]) -> bool:
    """Driving or violence (someone could be hurt in the body), not only drink on duty."""
    return any(_IMPAIRED.fullmatch(folded, a, b) is None for a, b in spans)


def role(folded: str, zh: bool) -> str | None:
    """The person of ours the conduct is told of, as the reply names them; None when none is told."""
    spans = reckless(folded)
    if not spans:
        return None
    first = spans[0][0]
    roles = _roles(folded)
    before = [r for r in roles if r[0] <= first] or roles
    a, b = before[-1]
    word = folded[a:b]
    if zh:
        return "这位" + ("工作人员" if word in ("工人", "员工", "职员") else word)
    word = re.sub(r"^(?:member of (?:your )?staff|staff)$", "staff member", word)
    word = re.sub(r"^delivery (?:guy|man|men|boy|person)$", "delivery driver", word)
    word = re.sub(r"(?<!s)s$", "", word) if word not in ("staff member",) else word
    return "the " + word


# "He's still driving for you??", 还让他接单吗: the customer's question whether the person still
# works, which the step answers (taken off duty), never restated as our statement.
_STILL_WORKING = re.compile(
    r"\bstill (?:driving|working|delivering|on the road|on duty|employed|allowed|out there"
    r"|taking (?:jobs|trips|rides|fares))\b"
    r"|\bstill (?:let|letting|allow|allowing) (?:him|her|them|this|that)\b"
    r"|还(?:让|讓|在|要|能|可以)?(?:他|她)?(?:接单|开车|开|上班|送|派送|工作|干)|仲(?:喺度)?(?:揸|做|返工|接单|俾佢)"
)


def still_working(sentence: str) -> bool:
    """The sentence asks or tells whether our person is still working (answered by the step)."""
    return _STILL_WORKING.search(sentence) is not None
