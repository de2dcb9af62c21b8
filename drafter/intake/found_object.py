"""What was found in what: "個雙層芝士漢堡入面有條頭髮" -> (雙層芝士漢堡, 頭髮) (round s13).

Why: with nothing restated, a foreign-object complaint fell back to "在买到的东西里发现了不该出现的
异物" — trainers (c32) marked it vague: the burger and the hair were not named. The reader is a
clause shape (an item, an inside word, a finding verb, a measure word, the thing), not a word list;
when either side cannot be read cleanly it returns None and the reply stays general."""

from __future__ import annotations

import re

# item + inside word + found verb + (measure word) + thing, the thing ending where the clause does
# or where a feeling starts ("有条头发好恶心").
_ZH_FOUND = re.compile(
    r"(?P<item>[\u4e00-\u9fff]{1,10}?)(?:里面|裡面|里头|裡頭|入面|里|裡|内|內|中)\s*"
    r"(?:竟然|居然|竟|又)?(?:有|发现|發現|吃出|吃到|食到|见到|見到|看到|夾住|夹着|夾着)(?:了|咗|左)?\s*"
    r"(?:[一两兩1-9])?(?:条|條|根|只|隻|个|個|块|塊|粒|片|颗|顆|团|團|截|小块|小塊)?"
    r"(?P<thing>[\u4e00-\u9fff]{1,4}?)"
    r"(?=[\s，。！？!?,.、；~]|$|好|很|太|真|超|令|让|讓|啊|呀|喎|囉|嘅|的|在|喺|我|，)"
)
# Words the item side starts after: who ate or bought it, a measure word, a place word.
_ZH_ITEM_CUT = re.compile(
    r".*(?:的|嘅|在|喺|个|個|份|碗|杯|盒|包|只|隻|咗|了|啲|些|嗰|呢|这|這|那|吃|食|叫|点|點|买|買)"
)
# An item or thing that is no noun: a pronoun, a time, a verb left over.
_ZH_NOT_NOUN = re.compile(
    r"^(?:我|你|他|她|它|我们|我們|你们|你們|今天|昨天|今日|琴日|家|店|面|里|裡|东西|東西|什么|什麼|咩)$"
)

_EN_FOUND = re.compile(
    r"\b(?:found|there\s+was|there's|there\s+is|had|was)\s+(?P<det>a|an|some|one|two|\d+)\s+"
    r"(?P<thing>[a-z]+(?:\s+[a-z]+)?)\s+in\s+(?:my|the|our|his|her|their)\s+"
    r"(?P<item>[a-z]+(?:\s+[a-z]+)?)\b",
    re.IGNORECASE,
)
_EN_NOT_NOUN = re.compile(
    r"\b(?:the|a|an|and|but|with|from|this|that|it|was|is|which|when|so|after|before|of|to|for|at|on)$", re.I
)


def found_in(text: str, zh: bool) -> tuple[str, str] | None:
    """(item, thing found in it) as the customer named them, or None when not read cleanly."""
    if zh:
        m = _ZH_FOUND.search(text)
        if not m:
            return None
        item = _ZH_ITEM_CUT.sub("", m.group("item"))
        thing = m.group("thing")
        if not item or _ZH_NOT_NOUN.match(item) or _ZH_NOT_NOUN.match(thing) or len(thing) < 2:
            return None
        return item, thing
    m = _EN_FOUND.search(text)
    if not m:
        return None
    item, thing = m.group("item"), m.group("thing")
    if _EN_NOT_NOUN.search(item) or _EN_NOT_NOUN.search(thing):
        item, thing = item.split()[0], thing.split()[-1]
        if _EN_NOT_NOUN.search(item) or _EN_NOT_NOUN.search(thing):
            return None
    return item.lower(), f"{m.group('det').lower()} {thing.lower()}"
