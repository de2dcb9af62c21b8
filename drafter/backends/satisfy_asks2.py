"""Readings for asks the answer line used to miss (session 9, second asks round).

Why a module of its own: each reading is a clause shape, not a word list of one complaint, and
template_satisfy is already long. Satisfy calls these and words the answers from the phrase bank.

* ``either_options``: the two ways to settle it they offered ("要么三天内发货，要么全额退款"),
  each said back briefly in our voice, or None when they cannot be said cleanly.
* ``told_free``: a charge they were told would be free ("经理话换卡系免费", "you said it was free").
* ``lost_and_fallback``: a parcel shown delivered or lost, and an ask to find it *or* do something
  else (send someone, send another): traced, with the fallback.
* ``gift``: what makes it urgent (a present, a gift) said back.
* ``broken_promise``: the promise of our earlier reply, quoted below their words, that has not
  been kept: owned in reported speech."""

from __future__ import annotations

import re

from drafter.guard.normalize import fold
from drafter.models import Complaint
from drafter.prefilter import gated

# The markers that open each of two options ("一係…一係…", "要么…要么…", "either … or …").
_ZH_MARK = r"一係|一系|要么|要麼|要不就|要嘛|或者|或是|否则就|否則就|不然就|唔係就|还是|還是"
_ZH_SPLIT = re.compile(rf"[，,；;、\s]*(?:{_ZH_MARK})")
# Cantonese that does not turn into written Chinese cleanly: the generic line instead.
_CANTONESE = re.compile(r"[嘅咗俾唔係啲佢冇嚟喺咁噉]|而家|點樣")
_EN_EITHER_OR = re.compile(r"^\s*either\s+(?P<a>.+?),?\s+or\s+(?:else\s+)?(?P<b>.+?)\s*[.!]*$", re.IGNORECASE)
# "you"/"your" in an option is ambiguous in our voice (they speak of us); an option with it is not restated.
_EN_YOU = re.compile(r"\byou(?:r|rs)?\b", re.IGNORECASE)
_EN_SWAP = {
    "me": "you",
    "my": "your",
    "mine": "yours",
    "i": "you",
    "myself": "yourself",
    "i'm": "you're",
    "us": "you",
    "our": "your",
}
_EN_WORD = re.compile(r"\b(?:me|my|mine|myself|i'm|i|us|our)\b", re.IGNORECASE)
_MAX_ZH = 16  # characters: longer options read as the complaint pasted back
_MAX_EN = 8  # words


def _zh_option(text: str) -> str | None:
    text = text.strip(" ，,；;。！？!?、")
    text = re.sub(r"^(?:就|直接|请|請|你们|你們|您们|您們)+", "", text) if len(text) > 4 else text
    if not 2 <= len(text) <= _MAX_ZH or _CANTONESE.search(text) or re.search(r"[A-Za-z]{3,}", text):
        return None
    text = text.replace("我们", "您").replace("我們", "您")  # "还给我们": to them, never the nonstandard "您们"
    return text.replace("给我", "给您").replace("給我", "給您").replace("我", "您")


def _en_option(text: str) -> str | None:
    text = re.split(r"\s*(?:[,;:]|\s[-–—]\s)", text, maxsplit=1)[0]  # "give it back please, rent was due"
    text = re.sub(r"\s+(?:please|pls|plz|thanks|thx|asap|now|then)$", "", text.strip(" ,;.!?"), flags=re.IGNORECASE)
    text = re.sub(r"^(?:just|simply|please|you|to)\s+", "", text, flags=re.IGNORECASE)
    if not 1 <= len(text.split()) <= _MAX_EN or _EN_YOU.search(text):
        return None
    return _EN_WORD.sub(lambda m: _EN_SWAP[m.group().lower()], text)


def either_options(offered: str, zh: bool) -> tuple[str, str] | None:
    """The two options of an either-or offer, in our voice; None when there are not exactly two
    short, clean ones (Cantonese, long options, "you" that would turn ambiguous)."""
    if zh:
        parts = [p for p in _ZH_SPLIT.split(offered) if p.strip(" ，,；;。")]
        if len(parts) != 2:
            return None
        a, b = _zh_option(parts[0]), _zh_option(parts[1])
    else:
        m = _EN_EITHER_OR.match(offered)
        if m is None or re.search(r"\bor\b", m.group("b"), re.IGNORECASE):
            return None
        a, b = _en_option(m.group("a")), _en_option(m.group("b"))
    return (a, b) if a and b and a != b else None


# Told it would be free ("经理话换卡系免费", "说好送一次洗车", "you said the delivery was free"), and
# charged for it now ("又要收", "而家又話要收", "but now I've been charged"): the promise is the question.
_ZH_TOLD_FREE = re.compile(
    r"(?:说|說|话|話|讲|講|答应|答應|承诺|承諾|说好|說好|讲好|講好|讲明|講明|写明|寫明|写着|寫著|告诉|告訴)"
    r"[^，,。！？!?\n]{0,12}?(?<![要想求])"  # one clause; "要免费整返" is their demand, not what they were told
    r"(?:免费|免費|不收费|不收費|唔收|不用钱|不用錢|唔使錢|唔使钱|免收|送一次|送一个|送一個|赠送|贈送)"
)
# Charged for it: "收我$50", "又要收80元", "扣了30元" ("俾咗HK$1,080" is what they paid for the service).
_ZH_CHARGED = re.compile(r"(?:收|扣|刷|交)[^。！？!?\n]{0,6}?(?:\d|费|費|钱|錢)")
_EN_TOLD_FREE = re.compile(
    r"\b(?:said|told (?:me|us)|promised|assured (?:me|us)|was told|were told|advertised|confirmed)\b[^.!?\n]{0,50}?"
    r"\b(?:free|no charge|free of charge|complimentary|at no (?:extra )?cost|included|waived|on the house)\b",
    re.IGNORECASE,
)
_EN_CHARGED = re.compile(
    r"\b(?:charged?|charging|billed|bill|fee|pay|paid|taken|deducted)\b[^.!?\n]{0,40}[$£€¥]\s?\d"
    r"|[$£€¥]\s?\d[^.!?\n]{0,40}\b(?:charge|fee|bill)",
    re.IGNORECASE,
)


def told_free(text: str, zh: bool) -> bool:
    """They were told something would be free and are now charged for it."""
    told = (_ZH_TOLD_FREE if zh else _EN_TOLD_FREE).search(text)
    if told is None:
        return False
    return (_ZH_CHARGED if zh else _EN_CHARGED).search(text) is not None


# A parcel shown delivered, lost or missing ("says delivered but there's nothing here", "显示已签收
# 但没收到", "lost in transit").
_LOST = re.compile(
    r"\b(?:delivered|lost|missing|never (?:arrived|came)|not (?:arrived|received)|nowhere)\b"
    r"|签收|簽收|已送达|已送達|已派送|丢了|丟了|丢失|丟失|弄丢|弄丟|不见|不見|没收到|沒收到|冇收到|收唔到|搵唔到|揾唔到"
)
# An ask to find it, with another way out beside it ("find it or send someone", "找到或者补发").
_EN_FIND_OR = re.compile(
    r"\b(?:find|trace|locate|track (?:it )?down|look for)\b[^.!?\n]{0,30}\bor\b[^.!?\n]{0,12}"
    r"\b(?:(?:re-?)?(?:send|ship|deliver|post)|replace|refund|get)\b",
    re.IGNORECASE,
)
_ZH_FIND_OR = re.compile(
    r"(?:找|搵|揾|查|追)[^。！？!?\n]{0,10}(?:或者|或是|要么|要麼|还是|還是|一係|唔係就|不然就|否则|否則)[^。！？!?\n]{0,6}"
    r"(?:补发|補發|重发|重發|再寄|再发|再發|派人|送|寄|换|換|赔|賠|退)"
)


def lost_and_fallback(text: str, zh: bool) -> bool:
    """A parcel shown delivered or lost, and an ask to find it or else send something or someone."""
    folded = fold(text)
    return _LOST.search(folded) is not None and (_ZH_FIND_OR if zh else _EN_FIND_OR).search(folded) is not None


# What makes a lost thing urgent: a present for someone ("my mum's birthday present", "生日礼物").
_EN_GIFT = re.compile(
    r"\b(?P<g>(?:(?:birthday|christmas|anniversary|wedding|graduation|mother's day|father's day|valentine's)\s+)?"
    r"(?:present|gift))s?\b",
    re.IGNORECASE,
)
_ZH_GIFT = re.compile(
    r"(?P<g>(?:生日|圣诞|聖誕|结婚|結婚|纪念日|紀念日|毕业|畢業|母亲节|母親節|父亲节|父親節)?(?:礼物|禮物))"
)


def gift(text: str, zh: bool) -> str | None:
    """The present it was meant to be, as they name it ("birthday present", "生日礼物")."""
    m = (_ZH_GIFT if zh else _EN_GIFT).search(text)
    return m.group("g").lower() if m and not zh else (m.group("g") if m else None)


# Their words say it has not happened ("I still haven't had the refund", "到现在还没收到").
_NOT_KEPT = re.compile(
    r"\bstill (?:not|no|nothing|haven t|hasn t|waiting)\b|\b(?:haven t|hasn t|have not|has not|never)\b"
    r"|\bnothing (?:has )?(?:come|arrived|happened)\b|\bno sign\b"
    r"|还没|還沒|仍然没|仍然沒|一直没|一直沒|仲未|仲未有|都冇|未收到|没有收到|沒有收到|没收到|沒收到|冇收到"
)
_NOT_KEPT = gated(_NOT_KEPT)
_MAX_PROMISE_EN = 24  # words
_MAX_PROMISE_ZH = 40  # characters
# Reported speech: our earlier "will" becomes "would".
_EN_WILL = re.compile(r"\bwill\b|'ll\b", re.IGNORECASE)
_EN_WE_LL = re.compile(r"\bwe'll\b", re.IGNORECASE)


def broken_promise(complaint: Complaint, zh: bool) -> str | None:
    """The promise of ours the customer says was not kept, in reported speech ("a refund of €15
    would be processed within 5 working days"; Chinese: the sentence as we wrote it); None when
    there is none, it was not said to be unkept, or it is too long to say back."""
    if not _NOT_KEPT.search(fold(complaint.text)):
        return None
    for quoted in complaint.quoted:
        if quoted.speaker != "company":
            continue
        for promise in quoted.promises:
            said = " ".join(promise.split()).strip(" .。！!")
            if not said:
                continue
            if zh:
                if len(said) <= _MAX_PROMISE_ZH and "“" not in said and '"' not in said:
                    return said
                continue
            if len(said.split()) > _MAX_PROMISE_EN or re.search(r"\b(?:I|me|my)\b|\bI'", said):
                # the earlier agent's "I" would turn round in reported speech ("you" stays "you")
                continue
            said = _EN_WE_LL.sub("we would", said)
            said = _EN_WILL.sub(lambda m: "would" if m.group().lower() == "will" else " would", said)
            if re.match(r"[A-Z](?:[a-z]|\s)", said):
                said = said[0].lower() + said[1:]
            return said
    return None


# A second request joined on to the first ("waive it again, and at the same time review my credit
# limit", "给我退了，顺便把这玩意关了"): its own answer, or it is lost behind the first (trainers:
# "credit-limit request ignored", "cancelling the service not addressed").
_EN_ALSO = re.compile(
    r"(?:\b(?:and )?(?:at the same time|while you(?:'re| are) at it)|\band also|(?:^|[.,;]\s*)also)\b,?\s+"
    r"(?:could you |can you |would you |please )?"
    r"(?P<what>(?!(?:be|is|was|have|had|want|need|like|would|got|paid|charged|tried|called)\b)"
    r"[a-z]+ (?:my|the|our) [a-z][a-z -]{1,40}?)(?=\s*(?:[.?!,;]|$|\band\b))",
    re.IGNORECASE | re.MULTILINE,
)
_ZH_ALSO = re.compile(r"(?:顺便|順便|顺手|順手)(?:帮我|幫我|给我|給我|也)?(?P<what>把[^，。！？!?；;\n]{2,16})")


# s14answer2. The customer's own next step ("我就直接向监管局投诉，顺便把经过发到网上", "I'll report you,
# and also post the whole story online"): what they will do, not a request of ours; said back as
# "您的另一项要求" it invents an ask (trainers, c34a-003). Read by who acts: a first person with a
# will or a then earlier in the same sentence, and no "for me" after the joiner.
_ZH_OWN_ACT = re.compile(r"我(?:就|便|会|會|要|将|將|再|也|還|还)(?!你|您|們|们)|(?:否则|否則|不然|要不然)")
_ZH_FOR_ME = re.compile(r"^(?:顺便|順便|顺手|順手)(?:帮我|幫我|给我|給我)")
_EN_OWN_ACT = re.compile(r"\bi(?: ?'| )?(?:ll|will|m going to|am going to|shall)\b|\b(?:otherwise|or else)\b", re.I)
_EN_FOR_ME = re.compile(r"\b(?:could you|can you|would you|please)\b", re.I)


# What only we can give back, claimed in the joined clause ("顺便把这五天的月租也要回来"): asked of us,
# though said as their own step.
_ZH_OURS_BACK = re.compile(r"要回|拿回|讨回|討回|追回|退|赔|賠|免|补偿|補償|返还|返還")
_EN_OURS_BACK = re.compile(r"\b(?:refund\w*|money back|compensat\w*|waive\w*|credit\w*|reimburs\w*)\b", re.I)


def _own_act(text: str, m: re.Match[str], zh: bool) -> bool:
    """The joined clause is the customer's own act, announced in the same sentence."""
    if (_ZH_OURS_BACK if zh else _EN_OURS_BACK).search(m.group()):
        return False
    start = max(text.rfind(c, 0, m.start()) for c in ("。", "！", "？", "!", "?", ".", "\n"))
    before = text[start + 1 : m.start()]
    if zh:
        return _ZH_FOR_ME.match(m.group()) is None and _ZH_OWN_ACT.search(before) is not None
    return _EN_FOR_ME.search(m.group()) is None and _EN_OWN_ACT.search(before) is not None


def also_asked(text: str, zh: bool) -> str | None:
    """The request joined on after the first, in our voice ("review your credit limit"); for
    Chinese, the clause as written ("把这玩意关了"), said back only as "another request"."""
    m = next((m for m in (_ZH_ALSO if zh else _EN_ALSO).finditer(text) if not _own_act(text, m, zh)), None)
    if m is None:
        return None
    what = m.group("what").strip()
    return what if zh else _EN_WORD.sub(lambda w: _EN_SWAP[w.group().lower()], what)


# A change of plan, package or tier asked for ("把套餐改成¥68那档", "move me to the £20 plan",
# "downgrade my plan"): a front-line change, answered beside any money in the same message
# (trainers: "plan change not handled" when the next clause asked for the overcharge back).
_EN_PLAN = re.compile(
    r"\b(?:change|switch|move|downgrade|upgrade|put)\b[^.!?\n]{0,20}\b(?:plan|tariff|package|tier|bundle|contract"
    r"|subscription|membership)\b|\b(?:plan|tariff|package|tier)\b[^.!?\n]{0,12}\b(?:changed|switched|moved|downgraded)\b",
)
_ZH_PLAN = re.compile(
    r"(?:把|将|將|帮我|幫我|给我|俾我)?(?:套餐|方案|资费|資費|月费档|档位|計劃|计划|配套|会籍|會籍)[^，。！？!?；;\n]{0,4}"
    r"(?:改|降|换|換|转|轉|调|調)(?:成|为|為|到|返|回)?"
    r"|(?:改|降|换|換|转|轉|调|調)(?:成|为|為|到|返|回)?[^，。！？!?；;\n]{0,6}(?:套餐|方案|档|檔)"
    # "确认7月起扣的是标准版": the new plan confirmed as what is charged from now on
    r"|(?:确认|確認)[^，。！？!?；;\n]{0,10}(?:扣|收|按)[^，。！？!?；;\n]{0,4}(?:版|档|檔|套餐|方案)"
)
# The customer's own word for what they are on ("套餐", "方案", "会籍"): said back as theirs.
_ZH_PLAN_WORD = re.compile(r"套餐|方案|会籍|配套|计划")


def plan_word(text: str) -> str | None:
    """The word they use for their plan (Simplified, as a reply is written), or None."""
    m = _ZH_PLAN_WORD.search(fold(text))
    return m.group() if m else None


# A plan change asked in the story's own words, imperative ("把套餐改成…", "please switch me to…"),
# when the ask reader folded it into the story ("一是马上把套餐改成¥68那档，二是…").
_ZH_PLAN_ASKED = re.compile(
    r"(?:把|将)(?:我的|我嘅)?(?:套餐|方案|资费|月费档|档位|计划|配套|会籍)[^，。！？!?；;\n]{0,14}"
)
_EN_PLAN_ASKED = re.compile(
    r"\b(?:please|pls|can you|could you|i want you to|i d like you to|just)\s+(?:change|switch|move|downgrade|put)\b"
    r"[^.!?\n]{0,40}"
)


def plan_change_asked(text: str, zh: bool) -> str | None:
    """The clause asking for a plan change anywhere in the complaint, or None."""
    folded = fold(text)
    for m in (_ZH_PLAN_ASKED if zh else _EN_PLAN_ASKED).finditer(folded):
        clause = text[m.start() : m.end()]
        if plan_change(clause, zh) is not None:
            return clause
    return None


def plan_change(asked: str, zh: bool) -> str | None:
    """The target the plan change names ("¥68", "the £20 plan"), "" when none, None when the ask
    is no plan change."""
    folded = fold(asked)
    m = (_ZH_PLAN if zh else _EN_PLAN).search(folded)
    if m is None:
        return None
    money = re.search(r"(?:[$£€¥]|hk\$|nt\$)\s?\d[\d,.]*|\d[\d,.]*\s?(?:元|块|蚊)", folded[m.start() :])
    return asked[m.start() + money.start() : m.start() + money.end()] if money else ""


# The day they need it for, said beside what it is for ("a birthday present for sat", "need it for
# Friday", "生日礼物周六要用", "星期六要送人"): the promise is aimed before it.
_EN_DAYS = {
    "mon": "Monday",
    "tue": "Tuesday",
    "tues": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "thur": "Thursday",
    "thurs": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}
_EN_DAY = r"(?P<d>(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thur?s?|fri|sat|sun)"
_EN_NEED_DAY = re.compile(
    rf"\b(?:present|gift|birthday|party|wedding|anniversary|trip|flight|event|need (?:it|them|this)|needed)"
    rf"\s+(?:is\s+)?(?:for|on|by)\s+(?:this\s+|next\s+)?{_EN_DAY}\b",
)


def need_day(text: str, zh: bool) -> str | None:
    """The weekday an English complaint needs it for ("by Saturday"), or None (Chinese deadlines
    are read by intake's situation reader)."""
    if zh:
        return None
    m = _EN_NEED_DAY.search(fold(text))
    if m is None:
        return None
    day = m.group("d")
    return "by " + (_EN_DAYS.get(day) or day.capitalize())


# The bill worked out again ("重新核算这期电费", "recalculate my bill", "re-bill the period"): the
# charge for the period corrected once checked, not only a visit booked (trainers: "re-calculation
# of the bill not confirmed").
_REBILL = re.compile(
    r"重新(?:核算|计算|计费|算|出)(?:[^，。！？!?；;\n]{0,6}(?:费|账单|帐单|单))?|重算|再核算"
    r"|\b(?:recalculate|re-?calculate|re-?bill|re-?issue|correct|adjust|amend)\b[^.!?\n]{0,12}\b(?:bill|invoice|charges?|statement)\b"
)
# A record of ours marked settled ("confirm the invoice is closed", "确认账单已结清", "撤回催缴"):
# done once the payment is matched, and confirmed in writing.
_SETTLED = re.compile(
    r"\bconfirm\b[^.!?\n]{0,30}\b(?:invoice|bill|account|balance)\b[^.!?\n]{0,12}\b(?:is |has been |as )?"
    r"(?:closed|settled|paid|cleared|zero)\b"
    r"|\b(?:close|settle|clear) (?:the |my )?(?:invoice|bill|balance)\b"
    r"|(?:确认|确定)[^，。！？!?；;\n]{0,12}(?:已经?)?(?:结清|付清|还清|销账|关闭)|(?:撤回|撤销|取消)(?:催缴|催款|欠费记录|催收)"
)


def rebill_asked(asked: str) -> bool:
    """The ask is for the bill of a period to be worked out again."""
    return _REBILL.search(fold(asked)) is not None


def settled_asked(asked: str) -> bool:
    """The ask is for a bill or an invoice of ours to be marked settled (and confirmed)."""
    return _SETTLED.search(fold(asked)) is not None


def settled_what(asked: str) -> str:
    """What they asked to have closed, in their word ("invoice", "bill"); "account" when unnamed."""
    m = re.search(r"\b(invoice|bill|balance|account)\b", fold(asked))
    return m.group(1) if m else "account"
