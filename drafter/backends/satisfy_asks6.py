"""Asks answered as asked (session 13 round 2, trainers on c30).

* Money asked only if the thing is not done ("这周五之前再不装好，我就要求全额退款", "找回来 不然赔钱",
  "if it isn't fixed by Friday I want a refund"): the thing is done, and the money is promised to follow
  if it is not; never a present refund beside the booking, nor compensation in place of the search.
* A manager asked for in so many words ("a manager, not another agent", "我要找你们经理"): the case goes
  to a manager, never to "a senior member of our team".
* A request put to whoever decides is named ("您要的退票需要值班经理决定"), not "这件事".
* Their deadline on money back ("请在本週五前把…退回我的帳戶"): we aim to have the money back by then,
  not merely "an answer by Friday".
"""

from __future__ import annotations

import re

from drafter.guard.normalize import fold
from drafter.prefilter import gated

# Money they ask for (folded: Traditional is read as Simplified).
_ZH_MONEY = r"(?:退款|退钱|退费|退回|退还|退返|全额退|退票|赔偿|赔钱|赔返|补偿|赔)"
_EN_MONEY = r"(?:refund|money back|my money|compensation|compensate|reimburse)"
_ZH_STOP = r"[。！？!?\n]"
_ZH_MONEY_RE = re.compile(_ZH_MONEY)
_EN_MONEY_RE = re.compile(_EN_MONEY)
# "再不装好，我就…退款", "如果周五前还没修好的话就退款", "若未能送达…": a thing not done, then money
_ZH_IF_NOT = re.compile(
    rf"(?:再不|再唔|再冇|(?:如果|若|要是|假如|万一)[^{_ZH_STOP[1:-1]}，,]{{0,20}}?(?:不|没|未|唔|冇))"
    rf"(?P<cond>[^{_ZH_STOP[1:-1]}]{{1,30}}?)(?:的话)?(?:[，,\s]+(?:那我就|那就|我就|就|我会|我将|我要|我)|那我就|那就|我就|就)"
    rf"(?P<then>[^{_ZH_STOP[1:-1]}]{{0,40}})"
)
# "找回来 不然赔钱", "周五前装好，否则全额退款": a thing asked, then money if it is not done
_ZH_OR_ELSE = gated(
    re.compile(
        rf"(?P<cond>[^{_ZH_STOP[1:-1]}，,]{{2,30}})[，,\s]*(?:否则|不然|要不然|要不|唔系)(?:的话)?[，,\s]*"
        rf"(?P<then>[^{_ZH_STOP[1:-1]}]{{0,30}})"
    )
)
_EN_IF_NOT = re.compile(
    r"\b(?:if\b(?P<cond>[^.!?\n,;]{0,60}?(?:\b(?:not|never|no one|nobody)|n t)\b[^.!?\n,;]{0,60}?)"
    r"|unless\b(?P<cond2>[^.!?\n,;]{3,80}?))"
    r"(?:,\s*|\s+(?=i\b|then\b))(?P<then>[^.!?\n]{0,60})"
)
_EN_OR_ELSE = gated(
    re.compile(
        r"(?P<cond>[^.!?\n]{3,80}?)[,;]?\s+(?:or else|otherwise|or i (?:want|expect|demand|ll want|will want))\s*"
        r"(?P<then>[^.!?\n]{0,50})"
    )
)
_ZH_FIND = re.compile(r"找回|找到|找返|[搵揾](?:返|番|回|到)|寻回|追回|找出来")
_EN_FIND = re.compile(r"\b(?:find|found|locate|located|trace|track (?:it )?down|recover)\b")


def conditional_money(text: str) -> tuple[str, str] | None:
    """The condition and the money of a remedy asked only if the thing is not done: (cond, then);
    None when money is asked outright or as the condition itself ("如果不退款我就投诉")."""
    folded = fold(text)
    zh = re.search(r"[\u4e00-\u9fff]", text) is not None
    if not (_ZH_MONEY_RE if zh else _EN_MONEY_RE).search(folded):
        return None  # no money asked anywhere: the clause patterns (slow on long text) cannot match
    if zh:
        for pattern in (_ZH_IF_NOT, _ZH_OR_ELSE):
            for m in pattern.finditer(folded):
                cond, then = m.group("cond"), m.group("then")
                if re.search(_ZH_MONEY, then) and not re.search(_ZH_MONEY, cond):
                    return text[m.start("cond") : m.end("cond")], text[m.start("then") : m.end("then")]
        return None
    for pattern in (_EN_IF_NOT, _EN_OR_ELSE):
        for m in pattern.finditer(folded):
            group = "cond" if m.group("cond") is not None else "cond2"
            cond, then = m.group(group), m.group("then")
            if re.search(_EN_MONEY, then) and not re.search(_EN_MONEY, cond):
                return text[m.start(group) : m.end(group)], text[m.start("then") : m.end("then")]
    return None


def finding(cond: str) -> bool:
    """The condition is that something lost is found ("找回来", "if you can't find it")."""
    return (_ZH_FIND if re.search(r"[\u4e00-\u9fff]", cond) else _EN_FIND).search(fold(cond)) is not None


# The kinds that are the thing done (a visit, a repair, a delivery, a search), not money.
_MONEY_KINDS = ("refund", "compensation", "refund_amount")
DOING = frozenset(
    {
        "visit",
        "repair",
        "repair_date",
        "done_by",
        "expedite",
        "restore",
        "delivery",
        "redeliver",
        "resend",
        "replacement",
        "reschedule",
        "trace",
        "trace_bag",
        "find_item",
        "lost_parcel",
        "finish",
        "redo",
        "revert",
        "plan_change",
        "amend",
        "find_first",
    }
)


def money_after(wanted: dict[str, str | None], text: str) -> dict[str, str | None]:
    """Money asked only if the thing is not done: the thing answered, and the money after it as a
    promise on that condition ("money_if"); a search asked for ("找回来") is answered first."""
    found = conditional_money(text)
    money = [k for k in _MONEY_KINDS if k in wanted]
    if found is None or not money or "lost_parcel" in wanted:
        return wanted  # a lost parcel's answer already says what follows if it is not found
    cond, then = found
    kept = {k: v for k, v in wanted.items() if k not in _MONEY_KINDS}
    if not set(kept) & DOING:
        # nothing to do that we read: the thing of their condition hurried ("装好", "delivered by Friday")
        kept = {("find_first" if finding(cond) else "expedite"): cond, **kept}
    kind = "refund" if "refund" in money or "refund_amount" in money else "compensation"
    kept["money_if"] = f"{kind}\n{cond}\n{then}"
    return kept


def money_if_parts(value: str) -> tuple[str, str, str]:
    """(kind, condition, money clause) of a "money_if" answer."""
    kind, cond, then = [*value.split("\n"), "", ""][:3]
    return kind, cond, then


_EN_MANAGER_ASKED = re.compile(
    r"\b(?:want|need|demand|insist on|ask(?:ing)? for|request|speak (?:to|with)|talk (?:to|with)"
    r"|escalate (?:this |it )?to|put me through to|get me|see)\s+(?:a|the|your|an actual|a real|a proper)\s+manager\b"
    r"|\bnot (?:another|an?|the) (?:agent|rep|representative|advisor|adviser|operator|bot)\b[^.!?\n]{0,15}\bmanager\b"
    r"|\bmanager to (?:call|ring|phone|contact|email)\b"
)
_ZH_MANAGER_ASKED = re.compile(
    r"(?:要|找|叫|请|让|要求|转给|转交|转到|见|搵|俾|畀)(?:你们|你哋|贵公司|你们的|你哋嘅)?(?:的)?经理"
    r"|经理(?:亲自|马上|立即|直接)?(?:给|打|回|联系|出来|出面|同我|跟我)"
)


def manager_asked(text: str) -> bool:
    """A manager asked for in so many words, not a title of their choosing."""
    folded = fold(text)
    pattern = _ZH_MANAGER_ASKED if re.search(r"[\u4e00-\u9fff]", text) else _EN_MANAGER_ASKED
    return pattern.search(folded) is not None


def names_manager(title: str) -> bool:
    """The title says manager (经理, 經理, manager)."""
    return re.search(r"manager|经理|經理", title, re.IGNORECASE) is not None


# "您希望退票", "您要求退款", "我要退票啦": the thing asked, as they put it (a short verb and object).
_ZH_ASK_LEAD = re.compile(r"^(?:您|我|本人)?(?:希望|要求|想要|想|要|请求|请|麻烦|帮我|给我|需要)+")
_ZH_ASK_TAIL = re.compile(r"[啦吧啊呀哦喔嘛了呢嘞咯啰喇囉！!？?。，,\s～~]+$")


def decided_thing(ask: str) -> str | None:
    """The thing asked, short enough to name in "…需要值班经理决定" ("退票", "换个房间"); None when
    the ask is long or speaks of people ("你们…", "他…")."""
    thing = _ZH_ASK_TAIL.sub("", _ZH_ASK_LEAD.sub("", ask.strip()))
    if not 2 <= len(thing) <= 4 or not re.fullmatch(r"[\u4e00-\u9fff]+", thing):
        return None
    if re.search(r"[你您我他她它们們吗嗎什么麼怎为為了想]|一下", thing):
        return None
    return thing


def refund_by_deadline(asks: list[str], deadline: str | None) -> bool:
    """Their deadline is the one on the money back ("请在本週五前把…退回我的帳戶", "refund me by Friday")."""
    if not deadline:
        return False
    for ask in asks:
        folded = fold(ask)
        either = re.search(r"或|还是|\bor\b", folded) is not None  # "恢复帐号，或全额退费": not the money alone
        if fold(deadline) in folded and re.search(_ZH_MONEY + "|" + _EN_MONEY, folded) and not either:
            return True
    return False


# Something put back as it was, asked beside money back ("并把套餐恢复成原来的58元", "恢復原方案",
# "put me back on my original plan"): answered too, not left out for the refund.
_ZH_RESTORE = re.compile(r"恢复(?:成|为|到)?(?:原|以前|之前|旧)|改回|换回|调回|变回")
_EN_RESTORE = re.compile(
    r"\b(?:restore|reinstate|put (?:me|it|us) back (?:on|to)|switch (?:me|it|us) back)\b[^.!?\n,;]{0,30}"
    r"\b(?:original|old|previous|usual|former)\b"
)
_ASKING = re.compile(r"请|麻烦|希望|要求|帮我|给我|\bplease\b|\bi want\b|\bcan you\b|\bcould you\b|\bi d like\b")
_PUT_BACK_MONEY = re.compile(r"退|赔|\brefund|\bmoney back\b|\breimburs")


def restore_asked(own: str) -> str | None:
    """The clause asking for something put back as it was, in a sentence that asks (their words);
    None when none does, or the clause is money back ("把钱转回原卡")."""
    folded = fold(own)
    zh = re.search(r"[\u4e00-\u9fff]", own) is not None
    for sentence in re.finditer(r"[^。！？!?\n]+" if zh else r"[^.!?\n]+", folded):
        if not _ASKING.search(sentence.group()):
            continue
        for part in re.finditer(r"[^，,、；;]+", sentence.group()):
            if (_ZH_RESTORE if zh else _EN_RESTORE).search(part.group()) and not _PUT_BACK_MONEY.search(part.group()):
                start = sentence.start() + part.start()
                return own[start : sentence.start() + part.end()].strip()
    return None


# A decision asked to be looked at again ("review the claim again", "重新审核", "覆核"): reviewed.
_REVIEW = re.compile(
    r"\b(?:review|reconsider|re-?examine|re-?assess|re-?evaluate|re-?open)\b|\blook (?:at|into) [^.!?\n]{0,30}\bagain\b"
    r"|复核|覆核|重新(?:审核|审查|评估|考虑|处理|审批|核定|理赔)|再(?:审核|审一次|看一次)"
)


def review_asked(ask: str) -> bool:
    """They ask for a decision to be looked at again."""
    return _REVIEW.search(fold(ask)) is not None


# An explanation asked in so many words ("a full explanation of how this happened", "說明清楚"):
# answered beside the refund, not replaced by it ("给个交代" asks for accountability: not read here).
_EXPLANATION = re.compile(
    r"\b(?:full|proper|written|detailed|complete) explanation\b|\bexplain (?:how|what|why)\b"
    r"|\bhow (?:this|it|that) (?:happened|could happen)\b|解释清楚|说明清楚|详细说明|书面说明|完整的解释|详细解释"
)


def explanation_asked(ask: str) -> bool:
    """They ask, in so many words, to be told how it happened."""
    return _EXPLANATION.search(fold(ask)) is not None


# Someone else they ask us to contact ("并联系902业主", "please contact the owner of flat 12"): the
# person named, contacted, and what they say passed back; never left out for the visit.
_ZH_PARTY = re.compile(
    r"(?:联系|联络|通知|找一下|找找)(?:一下|下)?(?P<who>[^，,。！？!?\s]{0,8}"
    r"(?:业主|住户|邻居|房东|租客|商家|店家|卖家|司机|骑手|快递员|楼上|楼下|隔壁))"
)
_EN_PARTY = re.compile(
    r"\b(?:contact|get in touch with|notify)\s+(?P<who>(?:the|my)\s+"
    r"(?:(?:neighbou?rs?|landlord|seller|merchant|driver|courier)"
    r"|(?:owners?|tenants?|residents?)(?=\s+(?:of|in|at|upstairs|downstairs|next door)\b))"
    r"(?:\s+(?:of|in|at|upstairs|downstairs|next door)(?:\s+[\w-]+){0,3})?)"
)


def party_to_contact(ask: str) -> str | None:
    """The other person they ask us to contact, in their words; None when they ask for no one."""
    zh = re.search(r"[\u4e00-\u9fff]", ask) is not None
    m = (_ZH_PARTY if zh else _EN_PARTY).search(fold(ask))
    if m is None:
        return None
    who = ask[m.start("who") : m.end("who")]
    return who if zh else re.sub(r"^my ", "your ", who)
