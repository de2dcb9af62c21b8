"""Protective steps that are not first aid: a card being used by someone else.

Why: a customer whose card is charged while it is still in their hand needs the card stopped
and the charge disputed first; a callback in two hours leaves the card open to the next charge.
Charges taken on the phone bill are stopped by the carrier, not by freezing a card.
Read on the folded text (lower case, Simplified)."""

from __future__ import annotations

import re
from functools import lru_cache

from drafter.guard.normalize import fold
from drafter.prefilter import gated

# A charge the customer did not make: "a charge I never made", "unauthorised transaction",
# "my card was cloned", 被盗刷, 不是我刷的, 卡一直在我手上 (the card is with them, the charge is not).
_MISUSED = re.compile(
    r"\b(?:charges?|transactions?|payments?|purchases?|withdrawals?|debits?)\s+(?:that\s+)?(?:i|we)\s+"
    r"(?:did not|didn t|never|did nt)\s+(?:make|made|authori[sz]e|do|recogni[sz]e)\b"
    r"|\b(?:i|we)\s+(?:did not|didn t|never)\s+(?:make|authori[sz]e|do)\s+(?:this|that|these|those|the|any)\s+"
    r"(?:charges?|transactions?|payments?|purchases?|withdrawals?)\b"
    r"|\b(?:unauthori[sz]ed|fraudulent|unrecogni[sz]ed)\s+(?:\w+\s+)?(?:charges?|transactions?|payments?|purchases?|"
    r"withdrawals?|debits?|use)\b"
    r"|\b(?:card|account)\s+(?:has\s+been|was|got|is\s+being)\s+"
    r"(?:hacked|cloned|skimmed|compromised|used fraudulently)\b"
    r"|\b(?:card|cards)\s+(?:is|was|has been)\s+(?:still\s+)?(?:in|with)\s+"
    r"(?:me|my (?:wallet|hand|purse|pocket|possession))\b"
    r"|盗刷|盗用(?:了|咗)?(?:我的|我嘅)?(?:卡|账户|账号)|(?:被|俾|畀)人(?:刷|碌|盗|冒用)|冒用(?:了|咗)?(?:我的|我嘅)?(?:卡|账户)"
    r"|(?:不是|唔系|唔係|并非)我(?:本人)?(?:刷|消费|付|买|转|操作|签)"
    r"|(?:我)?(?:没有|没|冇|从未|从来没有?)(?:刷过|刷|消费过|消费|授权)(?:这笔|呢笔|过)"
    r"|(?:没有|没|冇|从未|从来没有?)买过(?:嘢|东西|任何东西)"  # "我冇買過嘢": nothing bought by them
    r"|卡(?:一直|仲|还|都)?(?:在|喺)(?:我)?(?:手上|手里|身上|钱包)"
)
_MISUSED = gated(_MISUSED)
_CARD = re.compile(r"\b(?:card|cards|account|wallet|bank)\b|卡|账户|帐户|账号|钱包|刷|扣款|交易|消费")


# Charges put on the phone bill (carrier billing, micropayments, premium SMS): stopped by the
# mobile carrier blocking third-party billing on the number and disputed on the bill, never by
# freezing a bank card nobody used (trainers: "凍結這張卡" for 小額付款 taken on a phone number).
# The phone bill itself ("on my phone bill", 话费, 手机账单): charges there that someone else made
# are carrier billing. The third-party channel by name (micropayments, premium SMS, 小额付款, 代收)
# also counts with "I never signed up" (a roaming charge "I never used" is no third party's).
_PHONE_BILL = re.compile(
    r"\b(?:phone|mobile|cell|cellphone|carrier|network) (?:bill|account|billing)\b"
    r"|话费|(?:手机|电话|电信)(?:月费)?(?:账单|帐单)|门号"
)
_PHONE_BILL = gated(_PHONE_BILL)
_THIRD_PARTY = re.compile(
    r"\b(?:carrier|direct carrier|third[- ]party|premium[- ]rate|premium) "
    r"(?:billing|charges?|sms|texts?|subscriptions?)\b"
    r"|\bmicro-?payments?\b"
    r"|小额付款|小额支付|小额消费|电信代收|代收服务|第三方代收|账单代收|话费代扣|代扣|增值业务|sp(?:服务|扣费)"
)
_THIRD_PARTY = gated(_THIRD_PARTY)
# A bank card named as the thing charged (信用卡, 刷卡, "my debit card"): its own step, the card frozen.
_BANK_CARD = re.compile(
    r"\b(?:credit|debit|bank|visa|mastercard|amex|atm)\s*cards?\b|\bcard (?:ending|number)\b|\bmy card\b"
    r"|信用卡|银行卡|借记卡|储蓄卡|金融卡|提款卡|扣账卡|刷卡|盗刷|卡号|卡尾号"
)
_BANK_CARD = gated(_BANK_CARD)
# An unauthorised charge on the phone bill told in its own words ("我没开通却被扣款", "never signed up").
_NOT_MINE = re.compile(
    r"\b(?:never|didn t|did not|didnt)\s+"
    r"(?:signed? up|subscribed?|opted in|agreed|bought|ordered|used|authori[sz]ed?)\b"
    r"|(?:没有|没|冇|从未|未曾|从来没有?)(?:开通|申请|订阅|订购|用过|使用过|买过|同意)"
)
_NOT_MINE = gated(_NOT_MINE)


@lru_cache(maxsize=16)
def misuse_channel(text: str) -> str | None:
    """How a charge the customer did not make was taken: "carrier" when it went on the phone bill
    (carrier billing, micropayments) with no bank card named, "card" for a card or an account,
    None when nothing was charged by someone else. The protective step follows the channel."""
    folded = fold(text)
    misused = _MISUSED.search(folded) is not None
    if _BANK_CARD.search(folded) is None:
        third_party = _THIRD_PARTY.search(folded) is not None
        if third_party and (misused or _NOT_MINE.search(folded) is not None):
            return "carrier"
        if (third_party or _PHONE_BILL.search(folded) is not None) and misused:
            return "carrier"
    return "card" if misused and _CARD.search(folded) is not None else None


# s12open: the card already stopped by the customer ("I reported the card stolen", 已经打客服挂失,
# "the card is frozen now"): the reply does not open by freezing it again (trainers: an odd freeze
# promise to someone who reported it lost two weeks ago).
_STOPPED = re.compile(
    r"\b(?:i|we)(?: have| ve| had)? (?:already )?(?:reported|cancell?ed|froze|frozen|blocked|stopped|locked)"
    r" (?:(?:the|my) cards?(?: as)?(?: lost| stolen| missing)?|(?:it|them)(?: as)? (?:lost|stolen|missing))\b"
    r"|\b(?:card|cards)(?: has| have| was| were| is| are)(?: already)?(?: been)?"
    r" (?:frozen|blocked|cancell?ed|stopped|locked)\b"
    r"|已(?:经)?[^，,。；;]{0,16}?(?:挂失|冻结|锁卡|停卡|止付)|(?:挂失|冻结)(?:了|咗|过)|(?:锁|停)(?:了|咗)(?:这张|张|我的)?卡"
    # a call they made to report it: "当天就打客服挂失", "I rang the next day to report it stolen"
    r"|(?:打|致电|联系|打电话)[^，,。；;]{0,6}(?:客服|热线|电话|银行)[^，,。；;]{0,4}(?:挂失|冻结|停卡|止付)"
    r"|\b(?:called|rang|phoned|contacted)\b[^.!?\n]{0,30}"
    r"\bto report (?:it|the card|my card|them)(?: as)? (?:lost|stolen)\b"
)
_STOPPED = gated(_STOPPED)


def card_stopped(text: str) -> bool:
    """Whether the customer says the card is already reported, frozen or cancelled."""
    return _STOPPED.search(fold(text)) is not None


# s13pg_money: The customer asked for a freeze / a stop (a request of theirs, not a block of ours): "my freeze
# request", "I asked you to freeze my card", "冻结申请交了两周", "申请冻结", "要求冻结", "帮我冻结".
# "unfreeze" / 解冻 / 解除冻结 is the opposite and never matches (no word boundary, 解 before 冻结).
_FREEZE_ASKED = re.compile(
    r"\bfreeze (?:request|application|form)\b"
    r"|\b(?:asked|requested|applied|apply|applying|request|requesting|asking|submitted|put in)\b[^.!?\n]{0,30}?"
    r"\b(?:to (?:freeze|block|suspend|pause|put)|for (?:a|the|my) (?:freeze|hold|block|suspension|pause))\b"
    r"|\b(?:wanted|want|need|needed|asked for) (?:my|the|our) (?:card|account|membership|plan|subscription)"
    r" (?:frozen|blocked|suspended|paused|put on hold)\b"
    r"|(?<!解除)冻结(?:的)?(?:申请|手续|请求|要求)|(?:申请|要求|请求|办理|提交)(?:了)?(?:会员卡|会籍|卡片?|账户|账号)?冻结"
    r"|(?:帮|替|给)我(?:把[^，。]{0,8}|即刻|马上|立即|立刻|即时)?冻结|(?:想|(?<!什么)(?<!为何)(?<!干嘛)(?<!点解)(?<!做咩)(?<!凭乜)要|请你们?)(?:把[^，。]{0,8})?冻结"
)
_FREEZE_ASKED = gated(_FREEZE_ASKED)


def freeze_requested(text: str) -> bool:
    """Whether the customer asked us to freeze (hold, block) their card, account or membership."""
    return _FREEZE_ASKED.search(fold(text)) is not None


# s13pg_money: They ask us to stop or cancel their card ("cancel my card", "block the card", 幫我取消張卡,
# 即刻冻结我的卡): we are the card's issuer, whatever else the business sells.
_CARD_STOP_ASKED = re.compile(
    r"\b(?:cancel|block|freeze|stop|suspend)\s+(?:my|the|this|that)\s+(?:\w+\s+)?card\b"
    r"|(?:取消|冻结|停用|注销|锁|停|封)(?:咗|了)?(?:我的|我嘅|我|这|呢|张|这张|呢张|我张|我這張)*(?:信用|银行|扣账|提款)?卡"
)
_CARD_STOP_ASKED = gated(_CARD_STOP_ASKED)


# A new card asked of us ("send me a replacement card", 補張新卡): only the issuer reissues a card.
_REISSUE_ASKED = re.compile(r"\b(?:new|replacement) card\b|补(?:发|办)?(?:张|一张|返张)?新?卡|换(?:张|一张)?新卡")
_REISSUE_ASKED = gated(_REISSUE_ASKED)


def card_stop_asked(text: str, reissue: bool = True) -> bool:
    """Whether the customer asks us to cancel, freeze or block their card (or, with ``reissue``,
    to send a new one): we issued it."""
    folded = fold(text)
    return _CARD_STOP_ASKED.search(folded) is not None or (reissue and _REISSUE_ASKED.search(folded) is not None)


def freeze_asked_no_card(text: str) -> bool:
    """Whether they ask us to freeze something of theirs that is no card (a wallet, an account):
    the freeze they asked is answered as asked, not "freeze this card" or "call your bank"."""
    folded = fold(text)
    return _FREEZE_ASKED.search(folded) is not None and _BANK_CARD.search(folded) is None


# A child left alone by a service (a school bus that never came, a class that let them out, a
# pick-up missed), after dark or late: whether the child is safe now is asked before anything else.
_CHILD = re.compile(
    r"\b(?:child|children|kids?|son|daughter|toddler|boy|girl|pupil|\d{1,2}[- ]year[- ]old)\b"
    r"|孩子|小孩|小朋友|儿子|女儿|细路|个仔|个女|学生|宝宝"
)
_ALONE = re.compile(
    r"\b(?:alone|on (?:his|her|their) own|by (?:himself|herself|themselves)|unsupervised|unattended|"
    r"with no (?:adult|teacher|staff|one|grown-up)|without (?:an adult|a teacher|any staff|anyone|a grown-up)|"
    r"no (?:adult|teacher|staff|one|grown-up) (?:with|watching|looking after|waited|stayed))\b"
    r"|独自|一个人|自己一个|单独|(?:没有|没|冇|无)(?:任何)?(?:老师|大人|家长|工作人员|职员|人|司机)(?:在场)?(?:陪|看|照顾|理|等)"
)
_DARK = gated(
    re.compile(
        r"\b(?:dark|after dark|night|nightfall|late evening|in the evening|pitch black)\b"
        r"|天黑|黑咗|入夜|夜晚|晚上|夜里|深夜|夜间"
    )
)


_WAITED = re.compile(
    r"\b(?:wait(?:ed|ing|s)?|left|stranded|stood|standing|sat|sitting|stuck|abandoned|forgotten)\b|等|留|丢|站|坐|待|呆|撇低|掉低"
)
_SENTENCE = re.compile(r"[^.!?。！？\n]+")


def child_left_alone(text: str) -> bool:
    """Whether a child was left waiting alone after dark: the child, the waiting and nobody with
    them told of in one sentence (not "I took the kids out alone tonight"), and the dark anywhere."""
    folded = fold(text)
    if _DARK.search(folded) is None:
        return False
    return any(
        all(p.search(s.group()) is not None for p in (_CHILD, _ALONE, _WAITED)) for s in _SENTENCE.finditer(folded)
    )
