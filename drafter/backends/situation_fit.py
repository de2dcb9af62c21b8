"""Session 14: the remedy read from what the customer's situation is, not from a word of the ask.

Trainers (c34) marked down remedies from another situation: "trace your bag" for an insurance claim
on a bag lost long ago, "trace it" for a parcel sitting in a known locker, "相关文件更正后重新发送"
for a locker to open again ("重新開過個櫃"), "全部材料整理成一份清单" for lost data ("恢復資料"),
"安排快递上门取件" for a pickup code that failed and a ¥1 fee to waive, a simple re-hold sent to a
manager. Each reader here tells a situation from its near miss by its shape (what the thing is,
where it is, what the clause's verb does); where no remedy fits, the ask is done by the team that
holds it, said plainly ("done_by"), never a remedy of another situation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.guard.normalize import fold

# Something that can be sent or issued again: a document, a message, a code, a card, a ticket, or a
# classifier of one ("重新发一份", "再开一张"); the verbs of sending count too.
_SENDABLE = re.compile(
    r"文件|发票|收据|单据|凭证|证明|合同|合约|报告|邮件|短信|信件|函|卡|码|链接|票|照片|资料|表|份|张|封"
    r"|发|寄|传|邮|开具|出具|补开"
    r"|账单|帐单"
    r"|\b(?:re-?)?(?:send|sent|issue|upload|e-?mail|mail|post)\w*"
    r"|\b(?:invoice|receipt|letter|document|file|certificate|statement|bill|form|card|code|link|ticket|tix|copy"
    r"|report|contract|message)s?\b"
)

# Files or data restored or recovered: the thing lost is data, not a list of documents to bring.
_RESTORE = re.compile(r"恢复|找回|还原|复原|救回|修复|\b(?:restore|recover|retrieve|get back)\w*")

# A code the customer uses to collect it themselves ("取件码", "pickup code"): their collection, no
# courier of ours to send.
_OWN_CODE = re.compile(r"取件码|取货码|提货码|取件密码|\b(?:pickup|pick-up|collection|locker) (?:code|pin)\b")
_COURIER = re.compile(r"上门|来取|派人取|\b(?:courier|collect (?:it|them) from)\b")

# A fee of ours named in the story, and an ask to let it off in so few words that no fee reader took it
# ("…还要我付1块钱超时费 … 免了吧", "just waive it").
# the fee priced where it is named ("付1块钱超时费", "a $5 late fee", "fee of £3"), so the sum waived is
# the fee's own, never a deposit or a bill beside it
_FEE = re.compile(
    r"\d[\d.,]*\s*(?:元|块|蚊|毛)?钱?[^\d，。！？!?\n]{0,4}(?:费|罚款|罚金)|(?:费|罚款|罚金)[^\d，。！？!?\n]{0,4}\d"
    r"|[£$€¥]\s?\d[\d.,]*\s+(?:\w+\s+)?(?:fee|fine|charge|penalty|surcharge)s?\b"
    r"|\b(?:fee|fine|charge|penalty|surcharge) of\s+\S*\d"
)
_BARE_WAIVE = re.compile(
    r"(?:^|[，。！？!?,;；\s])(?:就|那就|直接|帮我|给我|麻烦)?(?:免了|免掉|免咗|免除|免收)(?:吧|啦|呗|啊|佢|喇|啰){0,2}"
    r"(?=$|[，。！？!?,;；\s~…])"
    r"|\b(?:just |please |pls )?waive (?:it|that|this|the fee|the charge)\b"
)

# The thing delivered to a place that is named and known (a locker, a pickup point, reception): it is
# not lost, so nothing to trace; the ask is to get it out of there or to bring it on.
_AT_KNOWN_PLACE = re.compile(
    r"\b(?:delivered|left|dropped off|placed|put|sitting|stuck|locked)\b[^.!?\n]{0,12}"
    r"\b(?:to|in|at|into|inside)\b[^.!?\n]{0,30}\b(?:locker|parcel box|pickup point|pick-up point|collection point"
    r"|parcel shop|post office|depot|reception|front desk|concierge)s?\b"
    r"|(?:放|送|存|投|锁|关)(?:到|在|进|入)了?[^，。！？!?\n]{0,10}(?:柜|驿站|前台|门卫|代收点|自提点|快递点)"
    r"|(?:柜|驿站)[^，。！？!?\n]{0,6}(?:打不开|开不了|开唔到|打唔开|攞唔到|拿不到|取不出|取不了)"
    r"|\b(?:locker|parcel box)\b[^.!?\n]{0,60}\b(?:won t open|will not open|stays shut|stuck shut|doesn t open"
    r"|does not open|won t unlock)\b"
)

# Something of ours done for them already, asked done again ("可以幫我重新保留嗎", "re-hold it",
# "reopen the locker"): the same service once more, no decision of a manager's.
_AGAIN = re.compile(
    r"(?:重新|再)(?:帮|给|为)?(?:我|您)?(?:保留|预留|留|预约|约|订|开|开通|激活|启用|登记|排)|"
    r"\b(?:re-?(?:hold|reserve|book|open|activate|enable)|(?:hold|reserve|book|open) (?:it|them|the \w+) again)\b"
)


# A claim for money (a sum claimed, a claim to settle or pay out): the bag it is about was lost long
# ago and is claimed for; an insurer settles claims, it does not trace bags.
_CLAIM = re.compile(r"\bclaims?\b|理赔|索赔|报案")
_CLAIM_MONEY = re.compile(
    r"\bclaim(?:ed)?\b[^.!?\n]{0,12}(?:[£$€¥]|\d)|\b(?:settle|settled|payout|pay out|paid out|reimburs\w*)\b"
    r"|赔付|理赔款|理赔金|索赔金额|报销"
)

# The claim is with the customer's own insurer (a clinic, a garage sends it for them): we are not the
# insurer, so no "claims team reviewing it against your policy".
_THEIR_INSURER = re.compile(
    r"\b(?:my|our|your|the patient s) (?:own )?(?:insurer|insurance company|insurance provider|health plan|dental plan"
    r"|health insurance|dental insurance)\b|我的保险公司|我们的保险公司|您的保险公司|我的医保|向保险公司"
)

# A payment held by us for checks ("still shows as on hold", "暂扣审核"): where it is is known.
_HELD = re.compile(
    r"\bon hold\b|\bheld (?:for|pending|up for) (?:review|checks?|verification|compliance)\b"
    r"|\b(?:compliance|security|routine) (?:check|review|hold)\b|被暂扣|暂扣|被扣住|被拦截|冻结审核|被冻结审核"
)


# Something missing from an order ("no spring rolls in the bag", "少了一杯奶茶"): a part of what they
# paid for, priced on the order.
_NOT_IN = re.compile(
    r"\b(?:no|without (?:the|any|my)|missing(?: the| my)?)\s+(?:\w+\s+){0,2}\w+\s+(?:in|from) (?:the|my) "
    r"(?:bag|order|box|delivery|parcel|package)\b"
    r"|\b(?:forgot|left out|didn t (?:include|send|put in))\b"
    r"|少了|少送|漏了|漏送|漏放|没放|冇放|没有放|未放|少咗|漏咗"
)


# A rate the charge was worked from ("一小时5块", "£4 an hour", "$3 per night"): the whole sum charged is
# not what is over it.
_RATE = re.compile(
    r"(?:一|每)(?:个)?(?:小时|钟头|天|晚|次|公里)\s*\d|\d\s*(?:元|块|蚊)?\s*/\s*(?:小时|天|晚|h\b)"
    r"|(?:[£$€¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:dollars?|pounds?|euros?))\s*(?:an|a|per|each) (?:hour|night|day|mile|km)\b"
)
# The sum said as the excess itself ("多收了您37块5", "overcharged $12", "每次HK$2,200" of a charge twice).
_SAID_OVER = re.compile(r"(?:多|重复|重複|每次|又|额外|額外|over|extra|twice|again|double)[^，。！？!?\n\d]{0,6}$")


def whole_not_over(story: str, asked: str | None, amount: str) -> bool:
    """An ask for the part overcharged ("多收的退我") that names no sum, beside a rate and the whole
    charge ("收了我68块 … 一小时5块"): the whole charge is not the refund (trainers, c34)."""
    if not asked or re.search(r"\d", asked) or not _RATE.search(fold(story)):
        return False
    figure = re.sub(r"^[^\d]+|[^\d]+$", "", amount)  # "68元", "HK$2,200": the figure as written in the story
    found = re.search(rf"(?<![\d.,]){re.escape(figure)}(?![\d])", story) if figure else None
    return found is not None and _SAID_OVER.search(fold(story[max(0, found.start() - 12) : found.start()])) is None


def item_missing(text: str, part: bool) -> bool:
    """Part of an order never came (read by the part reader, or said so in the story)."""
    return part or _NOT_IN.search(fold(text)) is not None


def their_insurer(folded: str) -> bool:
    """The claim is with the customer's own insurer, not with us (folded text)."""
    return _THEIR_INSURER.search(folded) is not None


def held(folded: str) -> bool:
    """A payment of theirs held by us for checks, not one whose whereabouts are unknown (folded text)."""
    return _HELD.search(folded) is not None


# Literal gates: most stories hold none of these words, and the readers behind them are not run.
_WAIVE_WORDS = ("免", "waive")
_PLACE_WORDS = (
    "locker", "parcel box", "point", "parcel shop", "post office", "depot", "reception", "front desk", "concierge",
    "柜", "驿站", "前台", "门卫", "代收点", "自提点", "快递点",
)  # fmt: skip


def _at_known_place(story: str) -> bool:
    return any(w in story for w in _PLACE_WORDS) and _AT_KNOWN_PLACE.search(story) is not None


def fit(
    text: str, wanted: dict[str, str | None], domain: str, asks: Sequence[tuple[str, str]]
) -> dict[str, str | None]:
    """The kinds read from the ask (``asks``: each clause's kind and text), each checked against the
    situation; one that belongs to another situation is dropped or turned into the one that fits
    (see the module's docstring)."""
    story = fold(text)
    out = dict(wanted)
    claimed = _CLAIM.search(story) is not None and _CLAIM_MONEY.search(story) is not None
    if "trace_bag" in out and (domain == "insurance" or claimed):
        # a claim on a bag lost on a trip: the claim settled, nobody at an insurer traces bags
        out.pop("trace_bag")
        out.setdefault("claim_status", None)
    documents = out.get("documents")
    if documents and _RESTORE.search(fold(documents)):
        # "盡快幫我們恢復資料": their data recovered, not a list of papers to bring
        out = {("data" if k == "documents" else k): v for k, v in out.items()}
    resend = out.get("resend")
    if resend and not _SENDABLE.search(fold(resend.replace("您", "我"))):
        # "重新開過個櫃": done again, nothing to correct and send
        out = {("done_by" if k == "resend" else k): v for k, v in out.items()}
    pickup = out.get("pickup")
    if pickup and _OWN_CODE.search(fold(pickup)) and not _COURIER.search(fold(pickup)):
        out.pop("pickup")  # "取件码一直提示错误": their own collection failed, no courier to book
    fee_kinds = {"waive_fee", "refund", "correct", "refund_status", "compensation", "choice", "either"}
    waive_said = any(w in story for w in _WAIVE_WORDS)
    if waive_said and not set(out) & fee_kinds and _FEE.search(story) and (waived := _BARE_WAIVE.search(story)):
        out = {"waive_fee": waived.group().strip(" ，。！？!?,;；"), **out}  # "免了吧" of the fee they name
    if "delivery" in out and _at_known_place(story):
        # "delivered to locker B17 … it stays shut": where it is is known; opened or brought on, no trace
        asked = out.pop("delivery")
        out.setdefault("done_by", asked)
    if not out:
        again = next((a for _, a in asks if _AGAIN.search(fold(a.replace("您", "我")))), None)
        if again is None and _at_known_place(story):
            # "delivered to the locker … can someone open it or bring it to me": ours to do, no decision
            again = next((a for kind, a in asks if kind in ("do", "want")), None)
        if again is not None:
            out["done_by"] = again  # "可以幫我重新保留嗎": the hold put back, by the team holding it
    return out
