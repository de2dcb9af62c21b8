"""Round s12asks2: no refund invented from a count, and the sum asked is the one disputed.

"洗两次就直了", "reported it twice": a count in the story is no charge taken twice, so it never
turns the complaint into a refund nobody asked for (trainers, c29: "NT$3,880的退款需要負責的經理審核"
when she asked for a free redo). And a fee asked off ("reverse the $75 late fee") is worth that
fee, never the payment the story names beside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from drafter.guard.normalize import fold
from drafter.prefilter import gated

# Overcharge cues that only count ("twice", "两次"): a charge only when their clause takes money.
_COUNTS = ("twice", "两次", "x2")
# A clause that takes or bills money: "charged twice", "扣了两次", "付了两次钱".
_CHARGING = re.compile(
    r"charg|bill|debit|\bpaid\b|\bpay|\btaken\b|\btook\b|deduct|payment|transaction"
    r"|扣|收费|收了|收咗|刷|付|费|費|钱|錢|账|帳|款"
)
_CLAUSE = re.compile(r"[。！？!?\n，,；;]|\.(?=\s|$)")


def charged_over(folded: str, cues: Iterable[str]) -> bool:
    """Whether the story says money was taken over what was owed: a cue other than a bare count,
    or a count in a clause that takes money ("扣了两次", not "洗两次就直了")."""
    found = [cue for cue in cues if cue in folded]
    if any(cue.strip() not in _COUNTS for cue in found):
        return True
    for count in (cue.strip() for cue in found):
        for clause in _CLAUSE.split(folded):
            at = clause.find(count)
            while at >= 0:  # the money word beside the count ("charged twice", "扣了两次"), not far off
                if _CHARGING.search(clause[max(0, at - 12) : at + len(count) + 8]):
                    return True
                at = clause.find(count, at + 1)
    return False


# An ask naming a fee with no sum ("reverse the late fee", "把手续费退给我"): the fee is the sum disputed.
_FEE_ASKED = re.compile(
    r"\b(?:fee|fees|charge|penalty|surcharge)\b"
    r"|手续费|手續費|服务费|服務費|罚款|罰款|罚金|罰金|滞纳金|滯納金|违约金|違約金|附加费|附加費"
)


def fee_asked(folded_ask: str) -> bool:
    """Whether the ask names a fee or charge (the sum of it read from the story)."""
    return _FEE_ASKED.search(folded_ask) is not None


# A refund we announced ("收到短信说演出取消，可以原路退款", "we got an email saying we'd be refunded")
# that has not come ("钱还没退到", "still haven't received it"): chased with its progress, never put
# to a manager as a new refund (trainers, c29: "¥760的退款需要负责的经理审批").
_NOTICE_REFUND = re.compile(
    r"(?:短信|簡訊|简讯|通知|邮件|郵件|电邮|電郵|消息|訊息|信息|app)[^。！？!?\n]{0,24}?"
    r"(?:可以|可|会|會|将|將|予以|安排)[^。！？!?\n，,]{0,4}?(?:全额|全額|原路)?(?:退款|退还|退還|退回|退返|退钱|退錢)"
    r"|\b(?:text|email|e-mail|message|notice|notification|letter)\b[^.!?\n]{0,50}?"
    r"\b(?:would|will|would be|will be|to be|are|is|be)\b[^.!?\n]{0,12}?\brefund"
)
_NOT_BACK = re.compile(
    r"(?:钱|錢|款|退款)[^。！？!?\n]{0,6}(?:还|還|仍|一直|都)(?:没|沒|未|冇)(?:有)?(?:退|到|收到|入)"
    r"|(?:还|還|仍然|一直)(?:没|沒|未)(?:有)?(?:收到|到账|到帳|入账|入帳)"
    r"|\b(?:still|yet)\b[^.!?\n]{0,30}\b(?:nothing|not (?:arrived|received|come|been refunded))"
    r"|\b(?:haven t|have not|hasn t|has not|never)\b[^.!?\n]{0,20}\b(?:received|arrived|come through|seen)\b"
)


def refund_notified(folded: str) -> bool:
    """Whether a notice of ours promised the refund and the money has not come."""
    return _NOTICE_REFUND.search(folded) is not None and _NOT_BACK.search(folded) is not None


# Money back asked in their own words ("就退个差价吧", "直接退就行", "just refund me", "money back"):
# for a missing item, the choice is theirs already made (trainers, c29: "您看哪种方式更合适？"
# after she asked for the difference back).
_MONEY_BACK_SAID = re.compile(
    r"退不退|退唔退|(?:给|給|帮|幫)我退|退了吧|退(?:个|個|一下|下)?(?:差价|差價|钱|錢|款|费|費)|直接退|退(?:给|給|返|番)?(?:我|俾我)|退回(?:这|這|那)?(?:部分|部份)?(?:的)?(?:钱|錢|费用|費用)"
    r"|\brefund(?: me| it| the difference| that| for (?:it|them|that|the missing))?\b"
    r"|\bmoney back\b|\bcredit (?:me|my)\b"
)
_NOT_MONEY = re.compile(r"不用退|不要退|唔使退|不需要退|\bno refund\b|\bdon t (?:need|want) (?:a )?refund\b")
_SEND_TOO = re.compile(
    r"补送|補送|补发|補發|送过来|送過來|换|換|resend|send (?:it|them|the)|redeliver|exchange|replace|swap"
)


def money_back_only(own: str) -> bool:
    """Whether they ask only the money back (not the thing sent or exchanged, nor a choice)."""
    folded = fold(own)
    return (
        _MONEY_BACK_SAID.search(folded) is not None
        and _NOT_MONEY.search(folded) is None
        and _SEND_TOO.search(folded) is None
    )


# A sentence of theirs asking one named sum back ("I'm asking for the first two nights (£290) back",
# "月費HK$198 呢個月要減番啦", "请把那200元退给我"): the refund asked, whatever the story's other words.
_ASKS_SUM_BACK = gated(
    re.compile(
        r"\b(?:i m|i am|we re|we are|i d|we d|i|we)\s+(?:asking|request(?:ing)?|want(?:ing)?|like|need|expect(?:ing)?)"
        r"\b[^.!?\n]{0,60}?\b(?:back|refund(?:ed)?|repaid|returned|reimburs\w*)\b"
        r"|(?:要|请|請|麻烦|麻煩|唔该|唔該)[^。！？!?\n]{0,12}?(?:减番|減番|减返|減返|减免|減免|退番|退返|退给我|退給我|退还|退還|还给我|還給我)"
    )
)


def sum_back_clause(own: str, sums: Iterable[str]) -> str | None:
    """The sentence of their own words that asks a named sum back (one sum in it); else None."""
    texts = [s for s in sums if s]
    for sentence in re.split(r"[。！？!?\n]|(?<=[a-z0-9)])\.(?=\s|$)", own):
        asking = _ASKS_SUM_BACK.search(fold(sentence))  # fold keeps positions
        if asking is None:
            continue
        inside = {s for s in texts if s in sentence[asking.start() : asking.end()]}
        named = {s for s in texts if s in sentence}
        if len(inside) == 1:
            return sentence[asking.start() :].strip()  # "£435 in total, and I'm asking for … (£290) back"
        if len(named) == 1:
            return sentence.strip()  # "月費HK$198 呢個月要減番啦": the one sum of the sentence
    return None


# The sum written as the excess itself ("多收了 NT$1,200", "overcharged me by $40", "an extra £12"):
# what is paid back is that sum, so beyond the role's limit it is approved, never promised.
_EXCESS_BEFORE = re.compile(
    r"(?:多收|多扣|多付|多算|多收咗|多扣咗)(?:了|咗)?(?:我|你们|您)?\s*$"
    r"|\bover ?charged (?:me |us )?(?:by )?\s*$|\b(?:an )?extra\s*$"
)


def excess_named(text: str, amount: str) -> bool:
    """Whether the sum is written as what was taken over the price (not the whole charge)."""
    folded, said = fold(text), fold(amount)
    at = folded.find(said)
    while at >= 0:
        if _EXCESS_BEFORE.search(folded[max(0, at - 24) : at]):
            return True
        at = folded.find(said, at + 1)
    return False


# "标价", "the sign says": a price shown, a shelf's only where goods are on sale ("套餐标价是四百八十元"
# at a hospital is a listed price, no tag to correct: trainers, c29, "invents a price-tag problem").
_SHOWN_ONLY = ("标价", "sign says", "label says")
_SHELF_PLACE = re.compile(
    r"货架|貨架|架上|超市|便利店|商场|商場|商品|店|铺|舖|\b(?:shelf|shelves|aisle|store|shop|supermarket|till|checkout)\b"
)


def price_tag_read(folded: str, cues: Iterable[str]) -> bool:
    """Whether the story is about a shown price to correct: a tag or shelf cue, or a shown price
    where goods are on sale."""
    found = [cue for cue in cues if cue in folded]
    if any(cue not in _SHOWN_ONLY for cue in found):
        return True
    return bool(found) and _SHELF_PLACE.search(folded) is not None


# A visit asked back to finish or fix the work ("which day someone can come back", "can your team come
# round again", "再派人来", "师傅再上门"): booked by us, never a manager's decision (trainers, c29:
# "Whether we can do that is for the manager in charge to decide").
_REVISIT = re.compile(
    r"\b(?:someone|somebody|an? (?:engineer|technician|plumber|fitter|tech|electrician|installer)"
    r"|(?:your|the) (?:team|engineer|technician|fitter|plumber|crew|installer|electrician)s?|you|they)"
    r" (?:can |could |will |would |to )?(?:come|pop|get) (?:back|out|round|over|by)\b"
    r"|再(?:派人|派师傅|派師傅|上门|上門|来一趟|來一趟|过来|過來)|(?:师傅|師傅)[^。！？!?\n，,]{0,4}(?:再来|再來|返嚟)"
)


def revisit_asked(folded_ask: str) -> bool:
    """Whether the ask is for someone to come (back) to do or finish the work."""
    return _REVISIT.search(folded_ask) is not None


# The visit asked free ("别再收钱了", "不要再收上门费", "don't charge me again", "no call-out fee this
# time"): answered beside the visit, never left out (trainers, c29: "别再收钱了" ignored).
_NO_CHARGE_AGAIN = re.compile(
    r"(?:别|別|不要|唔好|不能|不可以|不应该|不應該)再(?:收|扣|要)(?:钱|錢|费|費|我|上门费|上門費)?"
    r"|免费上门|免費上門|(?:不|唔)(?:应该|應該|该|該)再?收(?:钱|錢|费|費)"
    r"|\bdon t (?:charge|bill) (?:me|us)\b|\bwithout (?:charging|a charge|another charge)\b"
    r"|\bno (?:more |extra |further |another )?(?:call ?out|visit|callout|service) (?:fee|charge)\b"
    r"|\bshouldn t (?:have to )?pay (?:again|for (?:another|this|the) (?:visit|call))"
)


def no_charge_asked(own: str) -> bool:
    """Whether they ask not to be charged for coming back to put it right."""
    return _NO_CHARGE_AGAIN.search(fold(own)) is not None


# "别再扣了", "stop charging me" of a renewal they turned off: the renewal stopped, confirmed in writing.
_STOP_CHARGES = re.compile(
    r"(?:别|別|不要|唔好)再(?:扣|收|续|續)(?:费|費|钱|錢)?(?:了|啦)?"
    r"|\bstop (?:charging|billing|taking money from) (?:me|us|my)\b|\bdon t (?:charge|bill) (?:me|us) again\b"
)
_RENEWS = re.compile(r"自动续|自動續|续费|續費|订阅|訂閱|会员|會員|\bauto ?-?renew|\bsubscription\b|\bmembership\b")


def stop_renewal(own: str) -> bool:
    """Whether they ask a renewing charge stopped ("别再扣了" of a membership they had turned off)."""
    folded = fold(own)
    return _STOP_CHARGES.search(folded) is not None and _RENEWS.search(folded) is not None
