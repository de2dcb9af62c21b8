"""Session 13: a medicine someone needs is inside the thing that went missing.

Why: trainers marked down a reply to a bag lost for four days "with my father's medicine and all
our clothes" that treated it only as lost luggage: a health need is at stake, so the reply first
asks whether they have what they need and gives the fastest way to replace it (their doctor or a
pharmacy today, receipts kept), then traces the bag. Read from shape: a medicine of someone's (my
father's medicine, 我父親嘅藥, "my insulin") told inside a bag, a case or a parcel that is lost,
not arrived or not found; not a medicine as the complaint's product (a late vitamin order).
"""

from __future__ import annotations

import re

from drafter.guard.normalize import fold
from drafter.prefilter import gated

_MED = r"(?:medicines?|medications?|meds|pills|tablets|insulin|inhalers?|epi-?pens?|prescription drugs)"
# Whose medicine: "my father's medicine", "my insulin"; 我父亲嘅药, 我的药, 入面有药.
_EN_WHOSE = re.compile(rf"\b(?:my|our) (?:(\w+)(?:'s| s) )?(?:\w+ )?{_MED}\b")
_ZH_REL = (
    r"父亲|母亲|爸爸|妈妈|爸|妈|老公|老婆|先生|太太|丈夫|妻子|儿子|女儿|个仔|个女|仔|女|外婆|外公|奶奶|爷爷|婆婆|公公"
    r"|孩子|小朋友|宝宝|阿爸|阿妈|老豆|老妈|家人|家母|家父"
)
_ZH_WHOSE = re.compile(rf"我(?:们|哋)?(?:的|嘅)?({_ZH_REL})?(?:的|嘅|既|d)?\w{{0,4}}?药(?!店|房|妆|费|钱|单|方|品店)")
_ZH_INSIDE = re.compile(r"(?:有|装着|装住|放了|放咗|带了|带咗)[^，。！？,.!?]{0,6}?药(?!店|房|妆|费|钱|单|方)")
# The thing it is in: a bag, a case, a parcel.
_HOLDER = gated(
    re.compile(
        r"\b(?:suitcases?|luggage|baggage|bags?|cases?|parcels?|packages?|backpacks?|rucksacks?)\b"
        r"|行李|箱|包裹|快递|背包|袋"
    )
)
# ...lost, not arrived, not found.
_GONE = re.compile(
    r"\b(?:lost|missing|never (?:showed|came|arrived|turned up)|(?:hasn t|has not|didn t|did not|still not|not yet) "
    r"(?:arrived|come|been (?:found|located|delivered))|can t find|cannot find|no sign of|misplaced|mislaid)\b"
    r"|没到|没有到|未到|还没到|没出来|不见了|不见咗|唔见咗|丢了|丢失|遗失|弄丢|找不到|搵唔到|未搵到|未揾到|揾唔到|未找到|未收到|没收到|未有消息"
)


# A relative as the reply names them (Cantonese 阿媽 -> 母亲, 個仔 -> 儿子).
_REL_WRITTEN = {
    "阿妈": "母亲",
    "老妈": "母亲",
    "妈": "妈妈",
    "阿爸": "父亲",
    "老豆": "父亲",
    "爸": "爸爸",
    "个仔": "儿子",
    "仔": "儿子",
    "个女": "女儿",
    "女": "女儿",
}
_LUGGAGE = re.compile(r"\b(?:suitcases?|luggage|baggage|bags?|cases?|backpacks?|rucksacks?)\b|行李|箱|背包")


def holder(text: str, zh: bool) -> str:
    """What went missing, as the reply names it: the bag (行李) or the parcel (包裹)."""
    bag = _LUGGAGE.search(fold(text)) is not None
    if zh:
        return "行李" if bag else "包裹"
    return "the bag" if bag else "the parcel"


def held(text: str, zh: bool) -> str | None:
    """Whose medicine is in the missing thing, as the reply says it ("your father", 您父亲), ""
    for the customer's own, None when no medicine is held in something lost."""
    folded = fold(text)
    if _HOLDER.search(folded) is None or _GONE.search(folded) is None:
        return None
    if zh:
        m = _ZH_WHOSE.search(folded)
        if m is None:
            return "" if _ZH_INSIDE.search(folded) else None
        rel = m.group(1)
        return f"您{_REL_WRITTEN.get(rel, rel)}" if rel else ""
    m = _EN_WHOSE.search(folded)
    if m is None:
        return None
    return f"your {m.group(1)}" if m.group(1) else ""
