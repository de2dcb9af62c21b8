"""Cards, transfers and money cases read the way the customer put them.

Why (s13 round 3, trainers): a freeze the customer asked for was answered with "the block will be
lifted once we confirm it's you" (the opposite); a card used by someone else was cancelled "later"
instead of stopped now; a transfer the bank rejected was "traced" as if the money were lost; "resend
or refund, whichever is faster" was answered with "please tell me which you'd prefer". Each reading
below is on clause shape (who asks, what was done to the money), not on one complaint's words.
Read on the folded text (lower case, Simplified)."""

from __future__ import annotations

import re

from drafter.guard.normalize import fold
from drafter.intake.protect import card_stop_asked, card_stopped, freeze_requested, misuse_channel
from drafter.prefilter import gated

# A payment of theirs that was rejected or bounced (never left the account), not money in transit:
# "my transfer was rejected", "the payment bounced", "dishonour fee", 转账被退回/被拒/失败.
_BOUNCED = re.compile(
    r"\b(?:transfers?|payments?|direct debits?|cheques?|checks?|standing orders?)\b[^.!?\n]{0,60}?"
    r"\b(?:(?:was|were|got|has been|had been|is)\s+"
    r"(?:rejected|declined|dishonou?red|refused|returned unpaid)|bounced)\b"
    r"|\b(?:dishonou?r|bounced[- ]payment|rejected[- ]payment|nsf|returned[- ]payment) fees?\b"
    r"|(?:转账|汇款|付款|扣款|缴费|支付)[^，。！？\n]{0,12}(?:被退回|被退票|被拒|被驳回|失败|退票|不成功)"
)
_BOUNCED = gated(_BOUNCED)
# ... unless the money left them all the same ("failed but the money was taken", 失败但钱已经扣了).
_LEFT_ANYWAY = re.compile(
    r"\b(?:money|funds|amount|it)\b[^.!?\n]{0,20}\b(?:left|was taken|was deducted|has gone|gone from|debited)\b"
    r"|\b(?:deducted|debited|taken from my account|missing from my account)\b"
    r"|(?:钱|款|金额)[^，。]{0,6}(?:已经?|却|还是)?(?:扣|划走|扣走|没了)|(?:已|却|还是|但)(?:被)?扣(?:了|咗|款)"
)
_LEFT_ANYWAY = gated(_LEFT_ANYWAY)


def bounced(text: str) -> bool:
    """Whether a payment of theirs was rejected or bounced and the money never left them: nothing to trace."""
    folded = fold(text)
    return _BOUNCED.search(folded) is not None and _LEFT_ANYWAY.search(folded) is None


# "resend or refund, whichever is faster", 哪个快就哪个, 邊個快就邊個: the choice left to us, by speed.
_FASTER = re.compile(
    r"\bwhichever(?: one)? (?:is|s|would be|will be|gets? (?:it|this|me) [^.!?\n]{0,12})?\s*"
    r"(?:faster|quicker|sooner|quickest|fastest|soonest)\b"
    r"|\bwhatever(?:s| is) (?:faster|quicker|quickest|fastest)\b"
    r"|(?:哪个|哪样|哪种|边个|边样)(?:比较|更)?(?:快|快些|快啲|快一点)(?:就|便)?(?:哪个|哪样|哪种|边个|边样)?"
)
_FASTER = gated(_FASTER)


def faster_left_to_us(text: str) -> bool:
    """Whether the customer left the choice between two remedies to whichever is faster."""
    return _FASTER.search(fold(text)) is not None


# Money back asked in the customer's own words with the sum: "just want the $26.20 difference back",
# "refund me the $12", "把多收的30元退给我", "退返HK$50俾我".
_MONEY = (
    r"(?:[$£€¥]\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?(?:dollars|usd|aud|gbp|eur|元|块|蚊|円)"
    r"|(?:hk|nt|rmb|s|a)\$\s?\d[\d,.]*)"
)
_MONEY_BACK = re.compile(
    r"\b(?:want|need|like|expect|get|give me|send me|pay me|put)\b[^.!?\n]{0,24}?" + _MONEY + r"[^.!?\n]{0,24}?\bback\b"
    r"|\brefund (?:me |us )?(?:the |my |that )?"
    + _MONEY
    + r"|(?:退|还|返)(?:回|还|返|给)?(?:我|俾我)?(?:那|这|呢)?(?:笔|个)?"
    + _MONEY
    + r"|"
    + _MONEY
    + r"[^，。！？\n]{0,8}(?:退给我|还给我|退回给我|退回来|退还给我|退返俾我|还俾我)"
)
_MONEY_BACK = gated(_MONEY_BACK)


def money_back_said(text: str) -> str | None:
    """The clause (as they wrote it) in which they ask a named sum back, or None."""
    folded = fold(text)
    m = _MONEY_BACK.search(folded)
    if m is None:
        return None
    return text[m.start() : m.end()] if len(folded) == len(text) else m.group()


def card_cancel_now(text: str, asked: str | None) -> bool:
    """Whether a card used by someone else is asked cancelled (the ask names the card, not a
    transaction): it is stopped now, not "cancelled later"."""
    return misuse_channel(text) == "card" and card_stop_asked(asked or text, reissue=False) and not card_stopped(text)


# The manager named is their own ("so I can show my property manager", 给我们经理看): no ask for ours.
_THEIR_MANAGER = gated(re.compile(r"\bmy (?:\w+ )?manager\b|(?:我的|我们|我哋|我们的)(?:\w{0,2})?(?:经理|上司|主管)"))
_ANY_MANAGER = re.compile(r"\bmanager\b|经理|上司|主管")
# A fee they want reversed ("the $15 fee reversed", "reverse the dishonour fee", 退回手续费).
_DIGIT = re.compile(r"\d")
_FEE_REVERSED = gated(
    re.compile(
        r"\bfees?\b[^.!?\n]{0,12}\b(?:reversed|refunded|waived|removed|credited back)\b"
        r"|\b(?:reverse|refund|waive|remove)\s+(?:the|that|this|my)\s+(?:[$£€]\d[\d,.]*\s+)?(?:\w+\s+)?fees?\b"
        r"|(?:退回|退还|退返|撤销|撤回|免除)(?:这笔|那笔|呢笔)?[^，。！？\n]{0,8}(?:手续费|罚款|罚金|费用)"
    )
)
# A letter they want from us confirming something ("a short letter on your letterhead confirming").
_LETTER = re.compile(
    r"\bletter\b[^.!?\n]{0,40}\bconfirm|\bwritten confirmation\b"
    r"|(?:一封|一份)[^，。！？\n]{0,10}(?:信|函)[^，。！？\n]{0,12}(?:证明|确认)"
)


# A hold asked on collecting money ("pause collection of the disputed charges", 暂停这两笔款项的催缴).
_HOLD = re.compile(
    r"\b(?:hold|pause|suspend|stop|freeze)\b[^.!?\n]{0,30}\b(?:collection|payments?|billing|repayments?|interest|"
    r"demands?|chasing)\b|\b(?:collection|billing|payments?)\b[^.!?\n]{0,12}\bon hold\b"
    r"|(?:暂停|停止|冻结|暂缓)[^，。！？\n]{0,12}(?:催缴|催收|收款|缴款|还款|计息|利息|追讨)"
    r"|(?:催缴|催收|追讨)[^，。！？\n]{0,6}(?:暂停|停止|暂缓)"
)
_HOLD = gated(_HOLD)


def hold_on_disputed(text: str, asked: str | None) -> bool:
    """Whether they ask collection of charges made on their card by someone else held: a hold
    that needs approval, not a promise to have it done by their date."""
    return misuse_channel(text) == "card" and _HOLD.search(fold(asked or "")) is not None


# Something sent to them (a parcel, an order, a meal brought): what a delivery line is about.
_DELIVERED = re.compile(
    r"\b(?:deliver\w*|parcel|package|courier|shipp\w*|shipment|order|tracking|dispatch\w*|post(?:ed|al)?|mail\w*"
    r"|arriv\w*|doorstep|door|takeaway|takeout)\b"
    r"|快递|包裹|配送|送货|送到|送达|派送|派件|订单|外卖|物流|寄|收货|签收|送来|送嚟|到货|运单|单号|速递"
)
_DELIVERED = gated(_DELIVERED)


def delivered_thing(folded: str) -> bool:
    """Whether the (folded) complaint is about something sent or brought to them."""
    return _DELIVERED.search(folded) is not None


def fit(text: str, wanted: dict[str, str | None]) -> dict[str, str | None]:
    """The asks read again for cards, transfers and money: a freeze they asked for is put on (not a
    block of ours lifted); stolen or rejected money is not traced as if in transit; a named sum they
    want back is refunded when nothing else was read."""
    w = dict(wanted)
    if freeze_requested(text) and "freeze_check" not in w and ({"unblock", "unlock"} & set(w) or not w):
        w = {"freeze": None, **{k: v for k, v in w.items() if k not in ("unblock", "unlock")}}
    if "trace_money" in w and (misuse_channel(text) == "card" or bounced(text)):
        w.pop("trace_money")  # taken by someone else (disputed) or never sent (rejected): nothing in transit
    folded = fold(text)
    theirs = len(_THEIR_MANAGER.findall(folded))
    if w.get("manager") and theirs and theirs >= len(_ANY_MANAGER.findall(folded)):
        w.pop("manager")  # "so I can show my property manager": theirs, not ours asked for
    fee = _FEE_REVERSED.search(folded)
    if (
        fee
        and _DIGIT.search(folded, max(0, fee.start() - 20), fee.end())
        and not {"waive", "waive_fee", "refund"} & set(w)
    ):
        # only a fee whose own sum they give ("the $15 fee reversed"): "waive the fee" on a $50,000
        # deposit must never call the deposit the fee
        w["waive_fee"] = None
    if _LETTER.search(folded) and not {"certificate", "in_writing", "documents"} & set(w):
        w["certificate"] = None
    if not w and (said := money_back_said(text)):
        w["refund"] = said  # "just want the $26.20 difference back"
    return w
