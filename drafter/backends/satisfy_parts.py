"""The parts of one request clause ("把多收的300元退回并安排清理垃圾", "refund the $119 and
downgrade me to the free tier", "退还部分学费，或者把我转到真正的小班").

Why: Satisfy answers a request by its kinds, most binding first, so the part of a joined request
that no kind reads ("安排清理垃圾", "把这批酸奶下架检查") is said back in the echo and never acted on
(trainers: "restated but never acted on"). Split into its parts, each can be checked against the
answers and the one left over named with a time. A part after "or" is an alternative: offered,
never promised beside the first (trainers: "either-or answered by promising both")."""

from __future__ import annotations

import re
from typing import NamedTuple

from drafter.prefilter import gated

# Where a Chinese request clause joins another: after a comma, or at a joining word. "和" / "及"
# join nouns ("押金和利息") as often as requests, so they never split.
_ZH_JOIN = re.compile(
    r"\s*[，,；;]\s*(?:并且|並且|并|並|同时|同時|再|然后|然後|顺便|順便|另外|以及|还有|還有|也)?"
    r"|(?:并且|並且|并|並|同时|同時|顺便|順便)"
)
_ZH_OR = re.compile(r"\s*[，,；;]?\s*(?:或者|或是|要么|要嘛|要不然|要不|不然就|唔系就|還是|还是)\s*")
_EN_JOIN = re.compile(
    r"\s*(?:,\s*(?:and\s+(?:also\s+)?|then\s+|also\s+)?|;\s*|\s+and\s+(?:also\s+|then\s+)?)", re.IGNORECASE
)
_EN_OR = re.compile(r"\s*,?\s+(?:or\s+(?:else\s+)?|otherwise\s+)", re.IGNORECASE)

# A part that is a request, not a noun joined to the last one ("a refund for the food and the
# delivery fee"): an English part starts with a verb; a Chinese one is a short clause with nothing
# done already ("了", "过") and no one named to handle it ("处理", "负责").
_EN_NOT_VERB = re.compile(
    r"^(?:the|a|an|my|your|our|his|her|their|its|it|this|that|these|those|some|any|all|each|i|we|you|he|she|they"
    r"|\d|[£$€¥])\b",
    re.IGNORECASE,
)
_ZH_CLAUSE = re.compile(
    r"^(?!.*(?:了$|过$|過$|咗|处理$|處理$|跟进$|跟進$|负责$|負責$))(?![的了着著])[\u4e00-\u9fffA-Za-z0-9$¥￥.]{3,16}$"
)
# "给个说法", "explain why": an account asked for, which any answer of ours gives.
_ACCOUNT = re.compile(
    r"说法|說法|交代|解释|解釋|说明|說明|答复|答覆|回复|回覆|回应|回應|\bexplain|\bexplanation|\breason|\bwhy\b|\brespon"
)
# Parts a reply does not name as "one more request": money (its own answer reads it), a check
# (every answer checks: "核对一下", "帮忙查一下"), something done already, a question or an opinion
# ("是不是有问题", "也该查一下"), a wish for later ("希望以后…"), a date asked for (the answer's time).
_ZH_NOT_NAMED = re.compile(
    r"[\d$¥￥]|费|費|钱|錢|款|元|赔|賠|退|补偿|補償|承担|承擔|负担|負擔|报销|報銷|违约金|違約金"
    r"|^(?:帮忙|幫忙|帮|幫|麻烦|麻煩|安排人员|安排人員|重新)?(?:查|核|审|審)"
    r"|了|过|過|咗|吗|嗎|么|麼|是不是|什么|什麼|哪|几|幾|该|該|应该|應該|^(?:希望|要|也|再|又)"
    r"|日期|时间|時間|多久"
    r"|说|說|話|讲|講"  # someone's words reported ("经理说下周安排"), not a request
)
# The customer turned round in our echo ("把您转到…", "给您退了"): said without it.
_ZH_YOU_LEAD = re.compile(r"^(?:把您|將您|将您|帮您|幫您|给您|給您|为您|為您)")


class Part(NamedTuple):
    text: str
    alternative: bool  # after "or": one of two they would take, not one more they want


def parts(clause: str, zh: bool) -> list[Part]:
    """The requests joined in one clause, each as written; [] when it holds just one."""
    text = clause.strip().rstrip("。.!！?？")
    either = (_ZH_OR if zh else _EN_OR).split(text)
    found: list[Part] = []
    for i, option in enumerate(either):
        for piece in (_ZH_JOIN if zh else _EN_JOIN).split(option):
            piece = piece.strip(" ，,。.;；")
            if piece:
                found.append(Part(piece, alternative=i > 0))
    return found if len(found) > 1 else []


def nameable(part: str, zh: bool) -> str | None:
    """The part as a reply can name it ("安排清理垃圾", "downgrade you to the free tier"), or None
    when it is an account asked for, a noun, or too long to say back cleanly."""
    if _ACCOUNT.search(part.lower()):
        return None
    if zh:
        bare = _ZH_YOU_LEAD.sub("", part)
        bare = re.sub(r"^(?:请|請|麻烦|麻煩|尽快|盡快)", "", bare)
        if "您" in bare or "我" in bare or len(bare) < 4 or not _ZH_CLAUSE.match(bare) or _ZH_NOT_NAMED.search(bare):
            return None
        return bare
    words = part.split()
    if not 2 <= len(words) <= 9 or _EN_NOT_VERB.match(part) or re.search(r"\b(?:I|me|my)\b", part):
        return None
    return part[0].lower() + part[1:]


# Pairs every answer may hold whatever it meets ("马上", "安排", "这批"): no sign of the part.
_ZH_GENERIC = frozenset(
    "立刻 立即 马上 馬上 尽快 盡快 安排 帮忙 幫忙 一下 所有 这个 這個 这笔 這筆 这批 這批 这部 這部 我们 我們 负责 負責"  # noqa: SIM905
    " 处理 處理 同事 确认 確認 告诉 告訴 希望 要求 一个 一個 重新".split()
)
_HAN_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
_NOT_SIGN = re.compile("[您我给給把的了将將]")
_EN_WORD = re.compile(r"[a-z]{4,}")
_EN_STOP = frozenset(
    {"with", "that", "this", "from", "your", "have", "will", "them", "they", "what", "when", "please", "could", "would"}
)


def said_in(part: str, answers: str, zh: bool) -> bool:
    """The part's own words are in our answers (two character pairs, or two content words): an
    answer meets it, whatever kind it was read as."""
    if zh:
        pairs = {part[i : i + 2] for i in range(len(part) - 1)}
        pairs = {p for p in pairs if _HAN_PAIR.fullmatch(p) and p not in _ZH_GENERIC and not _NOT_SIGN.search(p)}
        return not pairs or any(p in answers for p in pairs)  # "关闭自动续费" and "为您关闭": met
    content = {w for w in _EN_WORD.findall(part.lower()) if w not in _EN_STOP}
    return sum(w in answers.lower() for w in content) >= min(2, len(content))


# Money back demanded in a clause of its own with no request word the ask reader takes ("要退货",
# "把手续费退了", "全部退给我", "给我退了"): a refund asked, answered as one (trainers: "¥12.9 return
# asked, only a manager's call", "¥20 fee within authority not simply refunded").
_ZH_REFUND_DEMAND = gated(
    re.compile(
        r"(?<![不别別甭])(?:要|我要|给我|給我|帮我|幫我)(?:退货|退貨|退款|退钱|退錢)"
        r"|把(?P<thing>[^，。！？!?\s]{1,8}?)(?:退了|退回来|退回來|退给我|退給我|退返俾我)"
        r"|(?:全部|全额|全額)?(?:退给我|退給我|退返俾我)|(?:给我|給我)退了"
    )
)
_NOT_WANTED = re.compile(r"不要|不用|唔使|唔要|免了")


_MONEY_BY = re.compile(r"[\d一二两兩三四五六七八九十百千]\s*(?:元|块|塊|蚊)|[$¥￥]\s*\d")


def refund_demanded(text: str) -> str | None:
    """The clause demanding money back in words the ask reader does not take as a request, or None.
    A thing named ("把手续费退了") must have its sum beside it in the text ("扣了¥20手续费"): a fee
    with no sum of its own is never refunded as the order's whole price."""
    for clause in re.split(r"[，,。！？!?\n；;]|\s+", text):
        m = _ZH_REFUND_DEMAND.search(clause)
        if m is None or _NOT_WANTED.search(clause[: m.start()]):
            continue
        thing = m.group("thing") or clause[: m.start()].strip()  # "送餐費退返俾我": the fee before the verb
        if thing and thing not in ("钱", "錢", "款"):
            at = text.find(thing)
            if at < 0 or not _MONEY_BY.search(text[max(0, at - 8) : at + len(thing) + 8]):
                return None
        return clause.strip()
    return None
