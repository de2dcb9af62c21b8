"""The explicit ask answered, and nothing unasked offered (session 13, trainers on c30).

Readings of the customer's own words, applied last to the kinds of request Satisfy answers:

* a remedy they turn down ("我不要赔偿，也不用退钱", "I'm not after a refund") is never offered
  back; what they do want (action on how they were treated) is what is answered;
* money back asked is not answered with a new time ("£180 back" met with "I'll arrange a new time");
* a sum they call fair ("a partial refund of £60 a night is fair, so £180 in total") is the refund asked;
* two remedies they say are both fine ("补发或者退款都行"), the money within our limit: one is simply
  granted, not put back to them as a choice;
* a "why" they ask ("啥意思啊", "what's the holdup") is answered: we find out why and tell them by when,
  and no remedy read from a word of the story is put in its place.
"""

from __future__ import annotations

import re

from drafter.guard.normalize import fold
from drafter.prefilter import gated

# Money or a remedy turned down in so many words: a negation right before the remedy's noun.
_NEG = (
    r"(?:不要|不用|不想要|不需要|不必|无需|無需|毋须|毋須|唔要|唔使|唔駛|唔需要|不求|并不是要|並不是要|不是要|唔係要)"
)
_ZH_COMP = r"(?:赔偿|賠償|补偿|補償|赔|賠|补贴|補貼|优惠券|優惠券|代金券)"
_ZH_MONEY = r"(?:退钱|退錢|退款|退费|退費|退回|还钱|還錢|钱|錢)"
# the negation reaches over a few words of the same clause ("不要赔偿或者退款", "no compensation or refund")
_ZH_GAP = r"[^\s,，.。!！?？;；:：]{0,6}?"
_ZH_REFUSED_COMP = re.compile(_NEG + _ZH_GAP + _ZH_COMP)
_ZH_REFUSED_MONEY = re.compile(_NEG + _ZH_GAP + _ZH_MONEY)
_EN_NEG = (
    r"(?:i )?(?:don t|do not|dont|don't) (?:want|need|expect)"
    r"|not (?:asking for|after|looking for|interested in)|no need for"
)
_EN_GAP = r"(?:(?:any|a|an|my|the|your|or|and|nor|compensation|refund|credit|money|voucher|goodwill)\s+){0,4}"
_EN_REFUSED_COMP = re.compile(
    rf"\b(?:{_EN_NEG}) {_EN_GAP}(?:compensation|voucher|vouchers|credit|goodwill|freebies?|discount)\b"
)
_EN_REFUSED_MONEY = gated(re.compile(rf"\b(?:{_EN_NEG}) {_EN_GAP}(?:refund|money(?: back)?)\b"))

# Remedies read from the story or offered by us: each falls when its kind of remedy is turned down.
_MONEY_KINDS = frozenset(
    {
        "refund",
        "choice",
        "redo_or_refund",
        "remake_or_refund",
        "spilt_item",
        "credit_or_refund",
        "either",
        "either_pick",
    }
)
_COMP_KINDS = frozenset({"compensation", "goodwill", "discount_back"})
_ALL_REMEDIES = _MONEY_KINDS | _COMP_KINDS | {"replacement", "missing_item", "send_missing", "resend_meal"}


def refused(own: str) -> frozenset[str]:
    """The remedy kinds they turn down: "money" (a refund), "comp" (compensation), or both."""
    folded = fold(own)
    out = set()
    if _ZH_REFUSED_COMP.search(folded) or _EN_REFUSED_COMP.search(folded):
        out.add("comp")
    if _ZH_REFUSED_MONEY.search(folded) or _EN_REFUSED_MONEY.search(folded):
        out.add("money")
    return frozenset(out)


def drop_refused(wanted: dict[str, str | None], own: str) -> dict[str, str | None]:
    """Remedies they turned down are never offered back; a remedy asked in so many words stays."""
    turned = refused(own)
    if not turned:
        return wanted
    gone: set[str] = set()
    if "money" in turned:
        gone |= _MONEY_KINDS
    if "comp" in turned:
        gone |= _COMP_KINDS
    if turned == {"money", "comp"}:
        gone = set(_ALL_REMEDIES)  # nothing wanted for it: no resend offered in place of the money
    folded_own = fold(own)
    kept: dict[str, str | None] = {}
    for kind, clause in wanted.items():
        said = clause is not None and not _refusing(fold(clause)) and fold(clause) in folded_own
        if kind in gone and not said:
            continue
        kept[kind] = clause
    return kept


def _refusing(folded: str) -> bool:
    return any(p.search(folded) for p in (_ZH_REFUSED_COMP, _ZH_REFUSED_MONEY, _EN_REFUSED_COMP, _EN_REFUSED_MONEY))


def no_rebooking_for_money(wanted: dict[str, str | None]) -> dict[str, str | None]:
    """A new time read from the story ("nobody came") falls when they ask for money back."""
    if wanted.get("reschedule") is None and "reschedule" in wanted and set(wanted) & {"refund", "refund_amount"}:
        return {k: v for k, v in wanted.items() if k != "reschedule"}
    return wanted


# "a partial refund of £60 per night is fair", "退一半比较合理": a refund (or credit) they name as fair.
_FAIR = re.compile(
    r"\b(?:is|would be|seems|sounds|think is|feel is) (?:only )?(?:fair|reasonable|right|appropriate)\b"
    r"|合理|公道|公平|才对|才對|先啱|至啱"
)
_REFUND_WORD = re.compile(
    r"\b(?:refund|money back|reimburse\w*|credit)\b|退(?:还|還|回|款|钱|錢|费|費|返|[\d一二两兩半])"
)
_SENTENCE = re.compile(r"[^。！？!?\n]+(?:[。！？!?]|(?<=[a-z0-9£$€¥%])\.(?=\s|$)|$)")


def fair_refund(own: str) -> str | None:
    """The sentence naming money back they think fair, with a sum in it; None when there is none."""
    for m in _SENTENCE.finditer(own):
        sentence = m.group().strip()
        folded = fold(sentence)
        if _FAIR.search(folded) and _REFUND_WORD.search(folded) and re.search(r"\d", sentence):
            return sentence
    return None


# "补发或者退款都行", "either is fine", "whichever is easier": both remedies are fine to them.
_BOTH_FINE = re.compile(
    r"都可以|都行|都好|都得|都OK|都ok|皆可|随便哪|隨便哪|边个都得|邊個都得"
    r"|\beither (?:is|would be|one is|works|way)\b|\bwhichever\b|\bdon t mind which\b"
    r"|\bany of (?:them|those) is fine\b",
    re.I,
)


def either_fine(own: str) -> bool:
    """They say either remedy is fine to them."""
    return _BOTH_FINE.search(fold(own)) is not None


def grant_one(wanted: dict[str, str | None], own: str, in_limit: bool) -> dict[str, str | None]:
    """Both remedies fine to them and the money within our limit: the refund granted, no choice asked."""
    if not in_limit or not either_fine(own):
        return wanted
    pair = set(wanted) & {"replacement", "send_missing", "missing_item", "choice", "either", "resend"}
    if "refund" in wanted and pair:
        return {k: v for k, v in wanted.items() if k not in pair}
    return wanted


# A question of why it happened, or what holds it up, in their own words.
_WHY = gated(
    re.compile(
        r"\bwhy\b|\bhow come\b|\bwhat s (?:the )?(?:holdup|hold up|delay|going on|happening)\b"
        r"|\bwhats (?:the )?(?:holdup|hold up|delay|going on)\b|\bwhat is (?:the )?(?:holdup|hold up|delay|going on)\b"
        r"|\bwhat(?: the hell| on earth)? is going on\b|\bwhat does (?:this|that|it) mean\b"
        r"|为什么|為什麼|为啥|為啥|为何|為何|怎么回事|怎麼回事|咋回事|啥意思|什么意思|什麼意思|甚麼意思"
        r"|点解|點解|咩事|乜嘢意思|咩意思|乜意思|搞咩|卡在哪|卡喺邊|什么原因|什麼原因|咩原因"
    )
)


def why_asked(own: str) -> str | None:
    """The clause asking why (or what holds it up); None when they ask no such thing."""
    for m in re.finditer(r"[^。！？!?\n.,，]+[。！？!?]?", own):
        if _WHY.search(fold(m.group())):
            return m.group().strip()
    return None


# Remedies a request reader only guessed from a word of the story.
_GUESSED = frozenset({"compensation", "goodwill", "replacement", "repair"})


def why_answered(wanted: dict[str, str | None], own: str) -> dict[str, str | None]:
    """A "why" asked: a remedy only guessed from the story gives way to finding out why, and
    money asked back beside it does not leave the why unanswered ("啥意思啊 退钱")."""
    asked = why_asked(own)
    if asked is None or "_no_explanation" in wanted:
        return wanted
    if "explanation" in wanted:
        # "为什么会重复扣": the cause found and told, not a list of the fees read from a word of the story
        return {k: v for k, v in wanted.items() if not (k == "breakdown" and v is None)}
    guessed = {k for k, v in wanted.items() if v is None and k in _GUESSED}
    kept = {k: v for k, v in wanted.items() if k not in guessed}
    if guessed and not kept:
        return {"explanation": asked}
    if kept and set(kept) <= {"refund"}:
        return {**kept, "explanation": asked}
    return wanted


def conduct_asked(wanted: dict[str, str | None], own: str, rude: bool) -> dict[str, str | None]:
    """Every remedy turned down and staff rude to them: action on that person is the answer."""
    if not rude or refused(own) != {"money", "comp"} or set(wanted) & _ALL_REMEDIES:
        return wanted
    return {"conduct": None, **wanted}


# A call or a word in person asked for ("叫佢即刻打俾我", "给我回个电话", "call me back", "I want to
# speak to your manager", "叫你们店长出来跟我说话"): the manager's call stays a call.
_CALL_ASKED = re.compile(
    r"打(?:个|個)?(?:电话)?(?:俾|畀|给|返俾|返畀)我|给我(?:打|回)(?:个|個)?电话|回(?:个|個)?电话|回电|致电我|call我"
    r"|(?:跟|同|和|与)我(?:讲|说|談|谈|倾)|(?:跟|同|和|与)(?:你们|你哋|你們)?\S{0,4}(?:讲|倾|谈|談|说话)"
    r"|出(?:来|去)(?:跟我|同我|和我)?(?:说话|讲|谈|倾)"
    r"|\b(?:call|phone|ring) (?:me|us)\b|\bcall ?back\b|\b(?:speak|talk) (?:to|with)\b"
)


def call_asked(own: str) -> bool:
    """They ask to be rung, or to speak with someone: a call promised is what they asked."""
    return _CALL_ASKED.search(fold(own)) is not None


# A time asked for in so many words ("给一个明确的修复时间", "when will it be fixed", "幾時整好").
_WHEN_ASKED = re.compile(r"时间|日期|什么时候|几时|幾時|几号|\bwhen\b|\bwhat date\b|\bwhich day\b|\bhow long\b")


def date_asked(wanted: dict[str, str | None], asks: list[str]) -> dict[str, str | None]:
    """A repair date read from the story is the one they asked in words when a clause asks when:
    answered beside a manager's call, never left to it."""
    if "repair_date" not in wanted or wanted["repair_date"] is not None:
        return wanted
    clause = next((a for a in asks if _WHEN_ASKED.search(fold(a))), None)
    return {**wanted, "repair_date": clause} if clause else wanted


# Where they are staying, to have what we lost brought there ("im at the Hotel Ribeira till thursday
# pls just deliver it there", "我住在如家酒店到周四，直接送到酒店"): the place, and until when.
_EN_STAY = re.compile(
    r"\b(?:i ?m|i am|we ?re|we are|i ll be|we ll be|staying)(?: staying)? at (?:the )?"
    r"(?P<place>(?:[A-Z][\w'’-]*)(?: (?:[A-Z][\w'’-]*|de|da|do|del|la|le|of)){0,4})"
    r"(?: (?:till|until|through|to) (?P<until>[A-Za-z]+day|tomorrow|\d{1,2}(?:st|nd|rd|th)?(?: [A-Z][a-z]+)?))?"
)
_ZH_STAY = re.compile(
    r"(?:住在|住喺|住|在|喺)(?P<place>[\u4e00-\u9fffA-Za-z]{1,12}?(?:酒店|饭店|飯店|宾馆|賓館|旅馆|旅館|民宿|旅舍|Hotel|hotel))"
    r"(?:住)?(?:到|至|直到)(?P<until>[^，。,\s!！?？]{1,6}?)(?:为止|為止|离开|離開|走)?(?=[，。,\s!！?？]|$)"
)
_SEND_THERE = re.compile(
    r"\b(?:deliver|send|bring|drop|forward)\w* (?:it|them|the \w+|my \w+)"
    r" (?:there|to (?:the |my )?(?:hotel|me there))\b"
    r"|送(?:到|去|过去|過去)(?:那|这|這|酒店|饭店|飯店|宾馆|賓館|民宿)|寄(?:到|去)(?:那|这|這|酒店)"
)


def deliver_to(text: str) -> tuple[str, str | None] | None:
    """The place they are staying and asked to have it delivered to, with the day they leave."""
    if not _SEND_THERE.search(fold(text)):
        return None
    m = _EN_STAY.search(text) or _ZH_STAY.search(text)
    if m is None:
        return None
    return m.group("place").strip(), (m.group("until") or None)


def one_resend(wanted: dict[str, str | None]) -> dict[str, str | None]:
    """ "請盡快將文件重新寄去觀塘地址": one thing sent again, not also an exchange, a list of papers to
    bring and a certificate issued; kinds read from that same clause (or from the story alone) fall."""
    said = wanted.get("resend")
    if not said:
        return wanted
    same = fold(said)
    gone = {
        k
        for k, v in wanted.items()
        if k in ("replacement", "documents", "certificate") and (v is None or fold(v) in same or same in fold(v))
    }
    return {k: v for k, v in wanted.items() if k not in gone}


# The part of the week they want a new slot in ("時間希望安排在平日晚上", "weekday evenings if possible",
# "最好係星期六"): the booking keeps to it (trainers, c29a-021: the weekday-evening slot ignored).
_ZH_DAYS = (
    r"(?:平日|工作日|周末|週末|星期[一二三四五六日天]|礼拜[一二三四五六日天]|禮拜[一二三四五六日天]"
    r"|周[一二三四五六日]|週[一二三四五六日])"
)
_ZH_PART = r"(?:晚上|夜晚|上午|下午|早上|中午|傍晚|夜晚)"
_ZH_SLOT_PREF = re.compile(
    r"(?:希望|最好|想|尽量|盡量|方便|只能|只有)[^，。,!！?？\n]{0,6}?"
    rf"(?P<w>{_ZH_DAYS}(?:的)?{_ZH_PART}?|{_ZH_PART}(?=(?:时段|時段|时间|時間|来|來|上门|上門|比较|比較|[，。,!！?？]|$)))"
)
_EN_SLOT_PREF = re.compile(
    r"\b(?P<w>(?:weekday|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s? "
    r"(?:evenings?|mornings?|afternoons?)|(?:evenings?|mornings?|afternoons?) (?:on|during) (?:weekdays|the week))\b"
)
_EN_SLOT_PREF = gated(_EN_SLOT_PREF)  # a literal gate: most texts hold none of its words
_SLOT_PREF_CUE = re.compile(r"\b(?:prefer\w*|ideally|if possible|only|works? best|suits?|book|slot)\b")


def slot_wanted(text: str) -> str | None:
    """The part of the week they ask the new slot in, in their words; None when none is asked."""
    for clause in re.split(r"[。！？!?\n；;]|\.(?=\s|$)", text):
        folded = fold(clause)
        if (m := _ZH_SLOT_PREF.search(folded)) is not None:
            same = len(folded) == len(clause)
            return clause[m.start("w") : m.end("w")] if same else m.group("w")
        if (m := _EN_SLOT_PREF.search(folded)) is not None and _SLOT_PREF_CUE.search(folded):
            return m.group("w")
    return None


# An outcome that is not ours to promise by their date: a permit or a certificate an authority issues
# (trainers, c29a-023 "在下个月前办好"). Lost data asked back by a date is drafter.intake.promise.recovery_by.
_AUTHORITIES = frozenset({"public_service"})


# A deadline within a day or so: whether it can be met is the answer itself, not told later.
_SOON = re.compile(r"小时|小時|钟头|鐘頭|\bhours?\b|今天|今日|today|tonight|今晚|明天|听日|聽日|tomorrow")


def outcome_not_ours(domain: str, deadline: str = "") -> bool:
    """Whether the thing asked by their date is decided by an authority, not the one replying."""
    if _SOON.search(fold(deadline)):
        return False
    return domain in _AUTHORITIES


# A demand put before a threat ("Please recover my files within 10 days or I will hand this to my
# lawyer", "请在十天内恢复，否则我会找律师", "三日內處理好，唔係我就去消委會"): the demand is their ask.
_EN_OR_ELSE = gated(
    re.compile(
        r"(?:^|[.!?\n]\s*)(?:please |pls |kindly )?(?P<ask>[^.!?\n]{5,80}?),? (?:or|otherwise|or else) "
        r"(?:i ll|i will|i m going to|i am going to|we ll|we will|i shall)\b"
    )
)
_ZH_OR_ELSE = gated(
    re.compile(
        r"(?:请|請|麻烦|麻煩|唔该|唔該)?(?P<ask>[^。！？!?\n，,]{3,30}?)[，,\s]*(?:否则|否則|不然|要不然|唔系|唔係|若不|如果不)"
    )
)


def threat_demand(own: str) -> str | None:
    """The demand a threat is attached to, in their words (folded); None when there is none."""
    folded = fold(own)
    m = _EN_OR_ELSE.search(folded) or _ZH_OR_ELSE.search(folded)
    return m.group("ask").strip() if m else None
