"""Round s11asks2: the amount and the ask read as the customer put them.

A share of a sum asked back ("退一半钱", "half the price back") is that share, never the whole; a
count of charges asked back ("refund the two payments") is all of them; a refund already promised
or applied for is chased, never applied for again; and of two options offered, we start on the one
we can do and leave the other to the customer, never to a supervisor's choice (trainers, c27).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from drafter.guard.normalize import fold
from drafter.models import Money
from drafter.prefilter import gated

# A half asked back: "退一半", "退一半钱", "半价", "half the price/money back", "50% back".
_HALF = re.compile(
    r"(?:退(?:回|还|返|给我|我)?一半|一半(?:的)?(?:钱|费用|款|价钱)|半价|半额|(?:收|付|给)一半)(?!以上|多|左右)"
    r"|\bhalf (?:of )?(?:my|your|the|our|what i|what you) ?(?:money|price|cost|fee|charge|bill|payment|paid)"
    r"|\bhalf (?:back|refund(?:ed)?)\b|\brefund (?:me |us )?half\b|\bhalf(?: of it)? back\b|\b50 ?% (?:back|refund|of)"
)
# A sum the ask itself names is theirs already worked out ("退一半，69元"): nothing to halve.


# "一半以上", "at least half": a floor for them to argue, not the sum asked.
_FLOOR = re.compile(r"\b(?:at least|more than|over) half\b")


def half_asked(ask: str) -> bool:
    """Whether the ask is for half of a sum (the sum itself read from the story)."""
    folded = fold(ask)
    return _HALF.search(folded) is not None and _FLOOR.search(folded) is None


# How many charges of one sum are asked back: "the two payments", "all three charges", "三笔都退".
_COUNT_WORDS = {"two": 2, "2": 2, "两": 2, "兩": 2, "二": 2, "three": 3, "3": 3, "三": 3}
_EN_COUNT = re.compile(
    r"\b(?:the |all |both (?:of )?(?:the )?)?(two|three|2|3) "
    r"(?:payments?|charges?|debits?|transactions?|instal?ments?|deductions?|fees|bills|months?)\b"
)
# "扣了兩次" says how often it was taken, not how many are asked back ("退回重複扣的NT$700"): only
# charges counted as items ("两笔", "三期") are.
_ZH_COUNT = re.compile(r"(两|兩|二|三|2|3)(?:笔|筆|期)")


def count_asked(ask: str) -> int | None:
    """The number of charges they ask back, when their ask says it; else None."""
    folded = fold(ask)
    m = _EN_COUNT.search(folded) or _ZH_COUNT.search(folded)
    return _COUNT_WORDS.get(m.group(1)) if m else None


# An option that is money back ("退钱", "refund my deposit"), done second: the thing they came for
# is started first, and the money stays theirs to choose.
_MONEY_OPTION = re.compile(r"refund|money back|repay|reimburs|compensat|退|赔|賠|补偿|補償")


def service_first(pair: tuple[str, str]) -> tuple[tuple[str, str], bool]:
    """The two options with the one we can start on first, and whether the other is money back."""
    first, second = pair
    if _MONEY_OPTION.search(fold(first)) and not _MONEY_OPTION.search(fold(second)):
        first, second = second, first
    return (first, second), _MONEY_OPTION.search(fold(second)) is not None and not _MONEY_OPTION.search(fold(first))


# The sum that is the fee ("扣了我10块手续费", "a £5 fee", "charged me a fee of $3"), beside others in
# the story (the 1000 withdrawn): the charge they were told would be free.
_FEE_AFTER = re.compile(r"^\s*(?:的)?(?:手续费|手續費|服务费|服務費|费用|費用|费|費)|^\s*(?:[a-z]+ )?(?:fee|charge)\b")
_FEE_BEFORE = re.compile(r"(?:fee|charge) of\s*$|(?:手续费|手續費|服务费|服務費)\s*$")


def fee_amount(text: str, amounts: Sequence[Money]) -> Money | None:
    """The one sum the complaint names as the fee taken; None when none or several are."""
    folded = fold(text)
    fees = {}
    for m in amounts:
        # every place the sum is written whole ("£2", never the start of "£200")
        for hit in re.finditer(re.escape(fold(m.text)) + r"(?![\d.,]\d|\d)", folded):
            after, before = folded[hit.end() :][:12], folded[max(0, hit.start() - 12) : hit.start()]
            if _FEE_AFTER.search(after) or _FEE_BEFORE.search(before):
                fees[(m.value, m.currency)] = m
    return next(iter(fees.values())) if len(fees) == 1 else None


# A closure they ask us to confirm ("confirm the membership is closed", "确认会员已经注销", "確認帳戶已取消"):
# an ask of its own beside the money, answered with the cancellation confirmed.
_CLOSURE = re.compile(
    r"\bconfirm (?:that |in writing that )?(?:the|my|our) [a-z ]{0,30}?(?:is|has been|was|are|have been) "
    r"(?:now )?(?:closed|cancell?ed|terminated|ended|stopped)\b"
    r"|确认[^。！？!?\n，,]{0,12}?(?:已经|已)?(?:取消|注销|关闭|停止|终止)"
)


def closure_asked(text: str) -> str | None:
    """The words asking us to confirm something is closed; None when they do not."""
    m = _CLOSURE.search(fold(text))
    return m.group() if m else None


# A charge of ours asked off in a clause of its own ("把这笔罚款撤掉", "請把手續費免咗", "please take
# the late fee off"): the verb of removal and the fee it removes, with the customer's asking word.
_ZH_FEE_OFF = re.compile(
    r"(?:把|将|將|帮我把|幫我把|请把|請把|麻烦把|麻煩把)[^，。！？!?；;\n]{0,10}"
    r"(?:罚款|罰款|罚金|罰金|滞纳金|滯納金|费用|費用|收费|收費|扣款|费|費)"
    r"[^，。！？!?；;\n]{0,3}(?:撤掉|撤销|撤銷|撤回|免掉|免咗|免了|去掉|删掉|刪掉|取消掉?|减免|減免|免除|退掉)"
    # "並折抵這個月的費用", "减免本月月费": the fee credited or waived, the verb first
    r"|(?:折抵|抵扣|减免|減免|免收)[^，。！？!?；;\n]{0,6}(?:月费|月費|费用|費用|年费|年費|服务费|服務費)"
)
_EN_FEE_OFF = re.compile(
    r"\b(?:please|pls|can you|could you|kindly|i(?: d| would) like you to)\s+"
    r"(?:remove|waive|cancel|drop|reverse|wipe|take off|scrap)\b[^.!?\n]{0,25}"
    r"\b(?:fine|fee|charge|penalty|surcharge)s?\b"
)


@lru_cache(maxsize=16)
def fee_removal(text: str) -> str | None:
    """The clause asking a fee or fine of ours taken off, in the customer's words; None when none."""
    folded = fold(text)
    m = _ZH_FEE_OFF.search(folded) or _EN_FEE_OFF.search(folded)
    if m is None:
        return None
    # the customer's own script where folding kept the length (it does, character for character)
    return text[m.start() : m.end()] if len(folded) == len(text) else m.group()


# The customer coming to us to exchange it ("can i swap it when i come in thursday", "我周四过来的时候换一个",
# "聽日我拎返嚟換"): the swap is at our counter on their visit, nothing to deliver.
_COMING_IN = re.compile(
    r"\b(?:when|once|if|next time) (?:i|we) (?:come|pop|drop|stop|swing|call) (?:in|by|round|over|back)\b"
    r"|\bi(?: ll| will| can| could)? (?:bring|take) it (?:in|back|by)\b|\bcome in (?:and|to) (?:swap|exchange|change)"
    # s14answer: "can i swap it for another one next time im in" (trainers, c29: the desk swap not confirmed)
    r"|\b(?:next time|when|once) (?:i m|im|i am|we re|we are) (?:next )?(?:in|back|there|round)\b"
    r"|我[^，。！？!?；;\n]{0,6}(?:过来|過來|来店|來店|到店|回店|去店|返嚟|嚟)[^，。！？!?；;\n]{0,6}(?:换|換)"
    r"|我[^，。！？!?；;\n]{0,6}(?:拿|带|帶|拎)(?:过来|過來|回来|回來|到店|回店|返嚟|去店)[^，。！？!?；;\n]{0,4}(?:换|換)"
)


def coming_in(asked: str) -> bool:
    """Whether their exchange is one they will make in person at our place."""
    return _COMING_IN.search(fold(asked.replace("您", "我"))) is not None  # an echo speaks as 您


# Several sessions of ours missed or cancelled ("已经有三次老师临时取消", "cancelled twice", "missed 3
# classes"): the makeup covers each, never "this class" (trainers, c28: three missed, "補上這節課").
_SEVERAL_MISSED = re.compile(
    r"(?:[两兩二三四五六七八九十2-9]|几|幾|好几|好幾)\s*(?:次|节|節|堂|回)[^。！？!?\n]{0,12}"
    r"(?:取消|冇上|没上|没来|沒來|缺课|缺課|停课|停課|放飞机|請假|请假|不来|唔嚟)"
    r"|(?:取消|冇上|没上|缺|停)(?:了|咗)?\s*(?:[两兩二三四五六七八九十2-9]|几|幾|好几|好幾)\s*(?:次|节|節|堂|回)"
    r"|\b(?:cancel\w*|missed|skipped|no[- ]show\w*)\b[^.!?\n]{0,20}"
    r"\b(?:twice|(?:two|three|four|five|several|\d) (?:times|classes|lessons|sessions))\b"
    r"|\b(?:two|three|four|five|several|\d) (?:classes|lessons|sessions)\b[^.!?\n]{0,20}\b(?:cancel\w*|missed)\b"
)


def several_missed(story: str) -> bool:
    """Whether more than one session of ours was missed or cancelled (the story folded)."""
    return _SEVERAL_MISSED.search(story) is not None


# The customer told to send back or carry out our faulty or wrong item at their own cost or effort
# ("还要我自己出运费退", "師傅話要我自己搬返落樓先可以退", "I have to pay the return postage"): an
# objection the exchange or refund answers too (trainers, c28: "return-shipping objection ignored").
_RETURN_BURDEN = re.compile(
    r"自己(?:出|付|承担|承擔|掏|俾)(?:返)?运费|运费(?:自理|自付|我出|要我出|由我)|(?:要|让|叫|要求)我(?:自己)?(?:出|付|俾)运费"
    r"|自己(?:搬|寄|送|拿|运)(?:回|返|去|落|下)"
    r"|\b(?:pay|paying|cover|covering)\s+(?:for\s+)?(?:the\s+)?"
    r"(?:return\s+(?:shipping|postage|delivery|courier)|shipping\s+(?:back|to\s+return)|postage\s+(?:back|to\s+return))"
    r"|\breturn\s+(?:shipping|postage)\s+(?:at|on)\s+(?:me|my)\b|\bat\s+my\s+own\s+(?:cost|expense)\b"
    r"|\b(?:carry|haul|lug|take)\s+it\s+(?:back\s+)?(?:down|out|to\s+the\s+(?:depot|post|store))\b.{0,30}\bmyself\b"
)


_CARRIED = re.compile(r"搬|扛|抬|\b(?:carry|haul|lug)\b")


@lru_cache(maxsize=16)
def return_burden(text: str) -> str | None:
    """What they were asked to bear in returning the item (text unfolded): "carry" (taking it out
    or down themselves), "ship" (the postage), None when neither."""
    m = _RETURN_BURDEN.search(fold(text))
    if m is None:
        return None
    return "carry" if _CARRIED.search(m.group()) else "ship"


# A deposit of theirs due back and not come ("注销账号三个礼拜了199的押金还没退回来", "my deposit still
# hasn't been returned"): chased and paid back, named, with when it arrives (trainers, c28: "no
# commitment on the deposit refund itself").
_DEPOSIT_OVERDUE = re.compile(
    r"(?:押金|按金|保证金)[^。！？!?\n]{0,8}(?:还没|还未|仍未|仍然没|都没|没有?|未|仲未|仲未有|都未)"
    r"(?:有)?(?:退|还|返|收到|到账|到帐|入账)"
    r"|\bdeposit\b[^.!?\n]{0,30}\b(?:still |never )?(?:hasn t|has not|haven t|have not|wasn t|was not|not)\s+"
    r"(?:yet )?(?:been )?(?:returned|refunded|paid back|released|come back|arrived)"
    r"|\b(?:still )?(?:haven t|have not|never) (?:got|gotten|received|had) (?:my|the|our) (?:\S+ )?deposit\b"
)
_DEPOSIT_SUM = re.compile(
    r"(\d{1,6}(?:\.\d{1,2})?)\s*(?:元|块|蚊)?\s*(?:的|嘅)?\s*(?:押金|按金|保证金)"
    r"|(?:押金|按金|保证金)\s*(?:是|为)?\s*(\d{1,6}(?:\.\d{1,2})?)(?![\d.])"
)
_DEDUCTED = re.compile(r"扣|\b(?:deduct\w*|kept|withh[eo]ld\w*|damage\w*|cleaning)\b")


def deposit_overdue(story: str) -> bool:
    """Whether a deposit of theirs is due back and has not come, with nothing said kept from it
    (the story folded); a deduction disputed is itemised instead."""
    return _DEPOSIT_OVERDUE.search(story) is not None and _DEDUCTED.search(story) is None


def deposit_sum(story: str) -> str | None:
    """The deposit's figure as they wrote it beside the word ("199的押金"), for a reply to name."""
    m = _DEPOSIT_SUM.search(story)
    return (m.group(1) or m.group(2)) if m is not None else None


# One serving asked to be made again ("可以補做一杯嗎", "再做一份给我"): the classifier said, for the reply.
_SERVING_AGAIN = re.compile(r"(?:补做|補做|重做|再做|重新做|補返|补返)\s*(一(?:杯|份|碗|碟|盘|盤|客|个|個))")


def serving_again(asked: str) -> str | None:
    """The serving ("一杯") a request to remake one names, in the customer's script; None if none."""
    m = _SERVING_AGAIN.search(asked)
    return m.group(1) if m is not None else None


# Something of ours they had the use of and handed back (a flat moved out of, a car or kit returned):
# its deposit may have deductions to itemise; a booking's or an account's deposit has none.
_HANDED_BACK = re.compile(
    r"退租|退房|搬走|搬出|还车|還車|交车|交車|还了|還了|归还|歸還|交还|交還|交了钥匙|交咗锁匙|交吉"
    r"|\b(?:moved out|checked out"
    r"|returned (?:the|my|our) (?:car|van|keys?|flat|apartment|property|equipment|bike|scooter)"
    r"|handed (?:back )?(?:the|my|our) keys?(?: back)?|end of (?:the|my|our) (?:tenancy|lease|rental))\b"
)


def deposit_itemised(story: str) -> bool:
    """Whether the deposit held against something they handed back may carry deductions (story folded)."""
    return _HANDED_BACK.search(story) is not None


# They ask how to claim or apply themselves ("请告诉我怎么申请晚点补偿", "who do i talk to about the damage
# claim", "how do I file a claim?"): the way to do it is the answer, never an application we say we
# made for them (trainers, c28: "does not answer how to apply").
_HOW_TO_APPLY = gated(
    re.compile(
        r"(?:怎么|怎样|如何|在哪里?|在哪儿|去哪里?|去哪儿|点样|喺边度?|哪里可以|哪裡可以|从哪里?|從哪裡?)\s*"
        r"(?:才能|可以|能)?\s*(?:申请|申請|索赔|索賠|索偿|索償|理赔|理賠|报销|報銷|申报|申報|登记|登記)"
        r"|\bhow (?:do|can|would|should|to) (?:i |we )?(?:apply|claim|file|submit|lodge|make|start|put in)\b"
        r"|\bwhere (?:do|can|should) (?:i|we) (?:apply|claim|file|submit|lodge)\b"
        r"|\bwho (?:do|can|should) (?:i|we) (?:talk|speak) to about "
        r"(?:the |a |my )?(?:\w+ )?(?:claim|compensation|refund)\b"
    )
)


# What they would apply for: the words after the verb ("怎么申请全额退票", "apply for a refund", "about the
# damage claim"), else the noun before the question ("保价赔偿怎么申请").
# s14: a sentence-final particle is no part of it ("怎麼申請理賠啦": 理賠, not "理賠啦"; trainers, c33)
_ZH_AFTER = re.compile(
    r"^\s*(?P<t>[\u4e00-\u9fff]{2,12}?)(?=[？?，,。！!；;\s]|吗|呢|嗎|$|[啦喇嘛呀吖啊喔哦囉啰咯㗎咩]+(?:[？?，,。！!；;\s]|$))"
)
_ZH_BEFORE = re.compile(r"(?:^|[，,。！？!?；;\s])(?P<t>[\u4e00-\u9fff]{2,8}?)(?:要|该|該|应该|應該)?\s*$")
_ZH_NOT_THING = re.compile(r"^(?:请问|請問|请|請|问|問|告诉我|告訴我|我想|我要|我|想|那|这笔|這筆|这|這)+")
_EN_AFTER = re.compile(
    r"^\s*(?:for |about )?(?P<t>(?:a|an|the|my|our) (?:[a-z-]+ ){0,2}?(?:claim|refund|compensation|reimbursement))\b"
)


@lru_cache(maxsize=16)
def how_to_apply(text: str) -> tuple[str, str | None] | None:
    """The words asking how to claim or apply (text unfolded), with what they would apply for when
    it can be told in their words; None when they ask nothing so."""
    folded = fold(text)
    m = _HOW_TO_APPLY.search(folded)
    if m is None:
        return None
    rest = folded[m.end() :]
    if (after := _EN_AFTER.match(rest)) is not None:
        return m.group(), after.group("t")
    if re.search(r"[a-z]", m.group()):
        tail = re.search(r"\b(?:a|an|the|my|our) (?:[a-z-]+ )?(?:claim|refund|compensation)$", m.group())
        return m.group(), tail.group() if tail is not None else None
    if (after := _ZH_AFTER.match(rest)) is not None:
        return m.group(), text[m.end() : m.end() + after.end("t")].strip() if len(folded) == len(text) else None
    window = max(0, m.start() - 10)
    before = _ZH_BEFORE.search(folded[window : m.start()])
    if before is not None:
        thing = _ZH_NOT_THING.sub("", before.group("t"))
        start = window + before.end("t") - len(thing)
        if len(thing) >= 2 and len(folded) == len(text):
            return m.group(), text[start : start + len(thing)]
    return m.group(), None


# The window a new slot must fall in, asked in the clause that asks for it ("幫我安排返一個九月內嘅時段",
# "book me a slot before the 20th"): the rebooking aims at it, never just "a new time" (trainers, c28:
# a September / business-trip constraint ignored).
_ZH_WINDOW = re.compile(
    r"(?P<w>(?:[一二三四五六七八九十]{1,2}|\d{1,2})月(?:份)?(?:内|內|之内|之內|底前|前|中前)"
    r"|(?:本月|这个月|這個月|今个月|今個月|下周|下週|下星期|下礼拜|下禮拜|本周|本週|这周|這週)(?:内|內|之内|之內))"
)
_ZH_SLOT = re.compile(r"安排|预约|預約|约|約|时段|時段|时间|時間|名额|名額|位")
_EN_WINDOW = re.compile(
    r"\b(?P<w>(?:within|before|by the end of|sometime in|in) (?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december|this month|next week|the next (?:two|2|few) weeks)"
    r"|before the \d{1,2}(?:st|nd|rd|th)\b)"
)
_EN_SLOT = re.compile(r"\b(?:slot|appointment|booking|rebook|reschedule|book|date|time)\b")


def rebook_window(text: str) -> str | None:
    """The window they ask a new slot in, in their words (text unfolded); None when none is asked."""
    for clause in re.split(r"[。！？!?\n；;]|\.(?=\s|$)", text):
        folded = fold(clause)
        m = _ZH_WINDOW.search(folded)
        if m is not None and _ZH_SLOT.search(folded):
            return clause[m.start("w") : m.end("w")] if len(folded) == len(clause) else m.group("w")
        m = _EN_WINDOW.search(folded)
        if m is not None and _EN_SLOT.search(folded):
            return m.group("w")
    return None


# A plan stopped, paused or cancelled and still charged ("會籍上個月已經暫停咗 但係仲扣咗HK$580", "I
# cancelled in May but you still charged me"): the sum is owed back, said so, even with no ask in words
# (trainers, c27: "never says the HK$580 will be refunded").
_CHARGED_AFTER_STOP = re.compile(
    r"(?:暂停|停了|停咗|取消|退订|注销|冻结|\bcancel\w*|\bpaus\w*|\bsuspend\w*|\bfroze\w*|\bfrozen\b|\bterminat\w*)"
    r"[^。！？!?\n]{0,30}(?:但是?|但系|可是|却|仲|还|都|\bstill\b|\bbut\b|\byet\b)[^。！？!?\n]{0,8}"
    r"(?:扣|收|\bcharg\w*|\bbill\w*|\bdebit\w*|\btook\b|\btaken\b)"
)


def charged_after_stop(story: str) -> bool:
    """Whether something stopped or cancelled was charged for after all (the story folded)."""
    return _CHARGED_AFTER_STOP.search(story) is not None
