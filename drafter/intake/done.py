"""Steps already taken — by the customer (a return) or by us (a refund agreed, applied for, under
way) — so a reply never offers or applies for them again.

Trainers (c27b): a coat the customer had already returned to the store got "I'll send you a prepaid
return label". Read by clause shape: the customer (I, we, 我) as the subject of a past return of the
thing (returned it, sent them back, 已经寄回了), not negated and not a plan ("before I return it",
"I want to return", 我想退回).
"""

from __future__ import annotations

import re

from drafter.guard.normalize import fold
from drafter.prefilter import gated

# "I returned the navy overcoat", "we sent them back", "I dropped it off at your branch": an object
# named (not "we returned from holiday", "I returned your call").
_OBJECT = (
    r"(?:it|them|both|(?:the|my|our|a|an|this|that|these|those)\s+"
    r"(?!call\b|email\b|message\b|form\b)\w+(?:\s+\w+){0,3}?)"
)
_RETURNED_EN = re.compile(
    r"\b(?:i|we)\s+(?:have\s+|had\s+|ve\s+|d\s+)?(?:already\s+|just\s+)?"
    rf"(?:returned\s+{_OBJECT}(?=\s|$)|(?:sent|posted|mailed|shipped|took|brought|dropped|handed)\s+{_OBJECT}\s+(?:back|off|in)\b)"
)
# 我（们）已经把…寄回/退回了, 我退咗…返去, 已经退回去了: the customer's own return, done.
_RETURNED_ZH = re.compile(
    r"(?:我|我们|我哋)(?:已经|已|早就|早已|都)?(?:把|将|将其|把它)?[^，。！？,.!?\n]{0,16}?"
    r"(?:寄回|退回|寄返|退返|送回|拿回|交回|退还)(?:给|俾|畀|去|到)?[^，。！？,.!?\n]{0,12}?(?:了|咗|左)"
)
_PLAN_ZH = re.compile(r"想|要|打算|准备|可以|能不能|能否|怎么|点样|如何|是否|吗|嗎|未|没有|沒有|冇|还没|不")
_PLAN_EN = re.compile(r"\b(?:before|if|when|once|want to|would like to|need to|can|could|how|will|ll|going to)\s+$")


def already_returned(folded: str) -> bool:
    """The customer tells of having returned the item themselves (in a store, by post)."""
    for m in _RETURNED_EN.finditer(folded):
        if not _PLAN_EN.search(folded[max(0, m.start() - 20) : m.start()]):
            return True
    return any(not _PLAN_ZH.search(m.group()) for m in _RETURNED_ZH.finditer(folded))


# A refund already agreed by us ("the manager said the refund would appear within 5 business days",
# 当时你们说会全额退款, 退款已经批了): owed, not asked for again (trainers, c27a: "2,380元的退款需要
# 公司管理层审批，我今天就为您提交申请" to a refund promised two weeks before).
_WE = (
    r"\b(?:you|they|he|she|the (?:manager|agent|staff|store|shop|airline|team|rep\w*|branch|cashier|driver)|"
    r"your (?:\w+ ){0,2}?(?:staff|agent|manager|team|colleague|rep\w*|store|branch|shop|website|app|email))"
)
_AGREED_EN = re.compile(
    _WE + r"\s+(?:said|told me|told us|promised|agreed|confirmed|approved|assured me|assured us)\b[^.!?\n]{0,40}?"
    r"\brefund"
    r"|\brefunds?\b[^.!?\n]{0,20}?\b(?:was|were|has been|had been|is)\s+(?:already\s+)?"
    r"(?:approved|agreed|confirmed|authori[sz]ed|processed|issued)\b"
)
_AGREED_ZH = re.compile(
    r"(?:你们|你哋|贵司|客服|店员|经理|工作人员|他们|佢哋|当时|之前|窗口)[^，。！？,.!?：:；;\n]{0,8}?"
    r"(?:说(?!法)|话|讲|答应|承诺|同意|确认)[^，。！？,.!?：:；;\n]{0,8}?(?:退款|退钱|退还|退返|退番)"
    r"|退款[^，。！？,.!?：:；;\n]{0,4}(?:已经|已)(?:批|审批|通过|同意|受理|确认)"
)
# refused, or asked for now ("请你们尽快给个说法：退款399元") rather than agreed before
_REFUSED = re.compile(r"\b(?:not|never|won t|wouldn t|can t|cannot|couldn t|no)\b|不|唔|冇|没|拒|请|麻烦|要求|希望")


def refund_agreed(folded: str) -> bool:
    """The customer tells of a refund we already agreed to (said, promised, approved)."""
    found = [*_AGREED_EN.finditer(folded), *_AGREED_ZH.finditer(folded)]
    return any(_REFUSED.search(m.group()) is None for m in found)


# A refund under way that has not come, said outright (the story is folded).
_REFUND_AWAITED = re.compile(
    r"\b(?:still haven t|still have not|still not|haven t yet|have not yet|haven t|have not)"
    r" (?:had|got|gotten|received|seen) (?:the|my|that) refund"
    r"|\b(?:the|my) refund (?:still hasn t|still has not|hasn t|has not)"
    r" (?:come|arrived|come through|shown up|appeared)"
    r"|还没(?:有)?收到(?:退款|退回的钱)|退款(?:到现在)?(?:还|一直|仍然)(?:没|未)(?:有)?(?:到|到账|入账|收到)"
)
# A refund already promised or applied for ("当时你们说会全额退款", "申请了两周", "you agreed to refund me",
# "I applied for the refund") that has not come ("还没到账", "处理中", "haven't received it").
_PROMISED = gated(
    re.compile(
        r"(?:说|說|讲|講|话|話)(?:好)?(?:会|會|咗会|咗會)[^。！？!?\n，,]{0,8}退"
        r"|(?:答应|答應|承诺|承諾|同意)(?:了|咗)?[^。！？!?\n，,]{0,8}退"
        r"|(?:申请|申請|提交|办理|辦理)(?:了|咗)[^。！？!?\n]{0,6}退|退款(?:申请|申請)(?:了|咗|已)"
        r"|(?:申请|申請)了[^。！？!?\n]{0,8}(?:天|周|週|星期|礼拜|禮拜|个月|個月)"
        r"|\b(?:said|told (?:me|us)|promised|agreed|confirmed)\b[^.!?\n]{0,40}\brefund"
        r"|\b(?:applied|asked|requested) for (?:a|the|my) (?:full )?refund\b"
        r"|\brefund (?:was|has been) (?:agreed|approved|promised)"
    )
)
_NOT_COME = re.compile(
    r"(?:还|還|仍|仍然|一直|都)(?:没|沒|未|冇)(?:有)?(?:到账|到帳|入账|入帳|收到|退|到)|处理中|處理中"
    r"|\b(?:still|yet)\b[^.!?\n]{0,30}\b(?:pending|processing|nothing|not (?:arrived|received|come))"
    r"|\b(?:haven t|have not|hasn t|has not|never)\b[^.!?\n]{0,20}\b(?:received|arrived|come|seen|got)\b"
)


def refund_awaited(story: str, own: str) -> bool:
    """Whether a refund already under way is what they are waiting on: said so in the (folded)
    story ("I still haven't had the refund"), or promised or applied for and not come, in their own
    words (``own``, unfolded)."""
    if _REFUND_AWAITED.search(story):
        return True
    folded = fold(own)
    return _PROMISED.search(folded) is not None and _NOT_COME.search(folded) is not None
