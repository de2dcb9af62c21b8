"""Session 13: which remedy fits the situation, read from what the customer asks and what happened.

Trainers (c30) marked down answers from another situation: "the kitchen will bring your order out"
to a double charge for a coffee already drunk, a parcel damage claim ("登记破损理赔，请保留好外包装")
for a drink spilt in the bag, "为您更换" for a bottle that never came. Each reader here tells one
situation from its near miss by what is asked and what the thing is, not by the complaint's words.
"""

from __future__ import annotations

import re

from drafter.backends.template_remedy import asking, remedies
from drafter.guard.normalize import fold

# Money asked back: the order was had (a coffee paid twice, a meal eaten), so the wait is over.
_MONEY_KINDS = frozenset({"refund", "compensation", "waive", "goodwill", "points"})
# Asks that still want the food or the thing brought (made again, sent again, a visit).
_STILL_WANTED = frozenset({"redo", "redeliver", "replacement", "makeup", "finish", "resend", "make_good"})


_OR = re.compile(r"\bor\b|要么|或者|或是|还是|唔系就|一系")


def money_only_asked(text: str) -> bool:
    """The customer asks for money back and for nothing still to be brought: the thing was had
    (money offered as one of two ways, "remake it or refund it", still wants the thing)."""
    asked = remedies(text)
    money = [said for kind, said in asked.items() if kind in _MONEY_KINDS]
    return bool(money) and not set(asked) & _STILL_WANTED and not any(_OR.search(fold(s)) for s in money)


# "补发或者退款都行", "send the missing one or refund it": the part that never came, sent (or its money).
_SEND_PART = re.compile(
    r"补发|补寄|补送|补给我|补返|补回|寄给我|寄过来|送过来|寄返|"
    r"\bsend (?:me |us |out |over )?(?:the |it|them)|\b(?:re)?send\b|\bdispatch"
)
# Something issued anew ("补发新卡", "send me a new card"): no part missing from an order.
_NEW_ONE = re.compile(r"补(?:发|寄|送)(?:一|1)?(?:张|个|份|部)?新|补办|补卡|\b(?:send|issue|post) (?:me |us )?a new\b")


def send_part_asked(asks: list[str]) -> bool:
    """An ask to send what never came (beside or instead of its money back), not a new one issued."""
    said = " ".join(fold(a) for a in asks)
    return _SEND_PART.search(said) is not None and _NEW_ONE.search(said) is None


# Fewer came than were bought ("买了两瓶…只到了一瓶", "ordered 3 boxes, only 2 arrived"): a part of the
# order missing, read from the counts, whatever the thing is.
_CL = r"(?:个|個|瓶|件|盒|包|袋|杯|份|张|張|本|双|雙|对|對|只|隻|罐|箱|套|支|条|條|台|部|把|枝)"
_NUM_ZH = r"(?:[一二两兩三四五六七八九十]|\d{1,3})"
_ZH_FEWER = re.compile(
    rf"(?:买|買|订|訂|点|點|下单|下單|购|購|网购|網購)[^，。！？,.!?\n]{{0,12}}?{_NUM_ZH}\s*{_CL}"
    rf"[^。！？\n]{{0,30}}?(?:只|才|得)(?:到|收到|来|來|送来|送來|送到|寄到|有)(?:了|咗)?\s*{_NUM_ZH}\s*{_CL}"
)
_NUM_EN = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
_EN_FEWER = re.compile(
    rf"\b(?:ordered|bought|paid for|purchased)\s+{_NUM_EN}\b[^.!?\n]{{0,40}}?\bonly\s+"
    rf"(?:got|received|{_NUM_EN}\s+(?:\w+\s+)?(?:came|arrived|turned up|showed up)|came|arrived)\b"
)


def part_missing(text: str) -> bool:
    """Fewer arrived than were ordered: the rest is missing, to be sent (or its money back)."""
    return (_ZH_FEWER.search(text) or _EN_FEWER.search(text.lower())) is not None


# Sent to an address they no longer use, or not the one they gave ("寄咗去我公司舊地址", "posted it to my
# old address"): sent again to the right one, not corrected, exchanged or applied for again.
_OLD_ADDRESS = re.compile(
    r"(?:寄|送|派|发|邮)(?:咗|了|错|到|去)*[^，。！？,.!?\n]{0,8}(?:旧|以前的?|之前的?|原来的?)地址"
    r"|\b(?:sent|posted|mailed|delivered|shipped)\b[^.!?\n]{0,20}\b(?:old|previous|former) address\b"
)


def sent_to_old_address(text: str) -> bool:
    """It went to an address of theirs they no longer use (or not the one given): to be sent again."""
    return _OLD_ADDRESS.search(fold(text)) is not None


def asks_in(folded: str) -> bool:
    """The clause (folded) carries a request marker ("请", "能不能", "please", "can you")."""
    return asking(folded)


# The rest of what they paid for asked to be kept ("剩下的课别浪费了", "I don't want to lose the
# remaining sessions"): said kept, beside whatever is changed (trainers, c30: "not protected").
_ZH_REMAINING = re.compile(
    r"(?P<thing>(?:剩下|剩余|余下|未用|没用完|冇用完)的?(?:课时|课程|课|次数|疗程|堂数|节数|天数|次|堂|节))"
    r"[^，。！？,.!?\n]{0,4}(?:别|不要|不想|唔好|唔想|可唔可以唔好|不能|别让)?[^，。！？,.!?\n]{0,3}"
    r"(?:浪费|作废|过期|白费|白白|保留|唔见|没了)"
)
_EN_REMAINING = re.compile(
    r"(?P<thing>(?:remaining|unused|rest of (?:my|the)) (?:\w+ )?(?:sessions|classes|lessons|visits|credits|days))"
    r"[^.!?\n]{0,30}?(?:wasted|lost|kept|protected|carried over|expire|forfeit)"
    r"|(?:lose|waste|forfeit) (?:the |my )?(?P<thing2>(?:remaining|unused|rest of (?:my|the)) (?:\w+ )?"
    r"(?:sessions|classes|lessons|visits|credits|days))"
)


def remaining_kept(text: str, zh: bool) -> str | None:
    """The remaining part of a package they ask not to lose, in their own words; None when not asked."""
    if zh:
        m = _ZH_REMAINING.search(fold(text))
        if m is None:
            return None
        start, end = m.span("thing")
        return text[start:end]  # the customer's own characters (fold keeps positions)
    m = _EN_REMAINING.search(text.lower())
    if m is None:
        return None
    thing = m.group("thing") or m.group("thing2")
    return re.sub(r"^rest of (?:my|the) ", "remaining ", thing)


# The condition of a threat is the ask ("再唔返嚟整我就去消委會投訴", "如果再不派人来修我就投诉",
# "if you don't send someone to fix it I'll go to the ombudsman"): someone comes back to fix it.
_ZH_IF_NOT = re.compile(
    r"(?:再|如果|若|要是|假如)?(?:不|唔|冇|没)(?P<cond>[^，。！？,.!?\n]{1,12}?)[，,\s]*(?:我|的话|就)"
)
_EN_IF_NOT = re.compile(
    r"\b(?:if (?:you|someone|nobody|no one) (?:don'?t|do not|doesn'?t|won'?t|can'?t)|unless (?:you|someone))"
    r"\s+(?P<cond>[^.!?\n,]{3,50}?)(?:,|\s+(?:i|we)(?:'ll| will| am going| m going)\b)",
    re.IGNORECASE,
)
_COME_FIX = re.compile(
    r"(?:返|回|过)(?:来|嚟)(?:整|修|搞|处理|睇|看)|上门|派人|派师傅|(?:整|修)(?:返|好|番)|维修|修理"
    r"|\b(?:come back|send (?:someone|somebody|a technician|an engineer)|fix|repair)\b"
)


def fix_demanded(text: str) -> str | None:
    """The clause whose condition asks someone back to fix it, as written; None when none does."""
    zh = re.search(r"[\u4e00-\u9fff]", text) is not None
    if zh:
        folded = fold(text)
        for m in _ZH_IF_NOT.finditer(folded):
            if _COME_FIX.search(m.group("cond")):
                return text[m.start() : m.end()]
        return None
    for m in _EN_IF_NOT.finditer(text):
        if _COME_FIX.search(m.group("cond").lower()):
            return m.group().rstrip(", ")
    return None


# A room move asked "on another floor" (最好换个楼层, "a different floor please"): the floor said with it.
_OTHER_FLOOR = re.compile(
    r"(?:换|換)(?:个|個|一)?(?:楼层|樓層|层|層)|(?:别的|其他|其它|不同|另一)(?:个)?(?:楼层|层)"
    r"|\b(?:another|different|other|higher|lower) floor\b"
)
# Pests seen in the room (a cockroach, bed bugs, a mouse): the room itself treated, not "repaired".
_PEST = re.compile(
    r"蟑螂|曱甴|甲由|老鼠|臭虫|床虱|跳蚤|蚂蚁|虫子"
    r"|\b(?:cockroach(?:es)?|roach(?:es)?|rats?|mice|mouse|bed ?bugs?|fleas|ants|pests?)\b"
)


def other_floor(text: str) -> bool:
    """The move asked is to another floor."""
    return _OTHER_FLOOR.search(fold(text)) is not None


def pest_seen(text: str) -> bool:
    """A pest was seen where they are staying: the room is treated by pest control."""
    return _PEST.search(fold(text)) is not None
