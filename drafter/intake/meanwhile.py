"""Situations that change what the answer must be, read from the story as a whole: a parcel
already found (at a pickup point, a locker, a neighbour's), goods that spoiled while it sat
there, and cash needed while a card is kept by a machine.

Why: the trainers marked down "we'll trace it as a priority" for a parcel the customer had
already found at a pickup station (the crabs in it dead, no remedy offered), and a card kept by
an ATM answered with no word on the money needed tomorrow. Read on the folded text (lower case,
Simplified); each reader tells one situation apart from its near misses."""

from __future__ import annotations

import re

from drafter.guard.normalize import fold
from drafter.prefilter import gated

# Where a parcel is left for collection: a pickup station, a locker, a shop, the guardroom, a neighbour.
_PICKUP = (
    r"(?:菜鸟)?驿站|快递柜|丰巢|智能柜|自提点|自提柜|代收点|取件点|门卫|保安室|传达室|物业|管理处|前台|邻居|隔壁|隔篱|"
    r"便利店|超商|小卖部|收发室|邮局"
)
_PICKUP_EN = (
    r"(?:pick-?up|collection|parcel|drop-?off) (?:point|shop|locker|point|centre|center)|parcel locker|lockers?|"
    r"post office|depot|sorting office|neighbou?r'?s?|reception|concierge|porter'?s? (?:lodge|desk)|"
    r"corner shop|newsagent"
)
# Left there or found there ("扔驿站了", "在快递柜找到", "left it at the post office", "found it with my neighbour").
_FOUND = re.compile(
    rf"(?:扔|放|丢|搁|投|存|送|塞|摆)(?:到|在|去|进|咗去|咗喺|咗入|咗)?(?:了)?(?:{_PICKUP})"
    rf"|(?:在|喺|去|到)(?:{_PICKUP})(?:里|度)?(?:才)?(?:找到|拿到|取到|领到|取回|攞返|攞到|搵到|发现|看到)"
    rf"|(?:{_PICKUP})(?:那里|那边|度)?(?:才)?(?:找到|拿到|取到|领到|攞返|搵到)"
    rf"|\b(?:left|dumped|dropped|put|sitting|sat|waiting|was)\b[^.!?\n]{{0,30}}\b(?:at|in|with) (?:the |a |my |our )?"
    rf"(?:local |nearest |next door )?(?:{_PICKUP_EN})"
    rf"|\bfound (?:it|them|the parcel|the package|the box|my parcel|my package)\b[^.!?\n]{{0,30}}"
    rf"\b(?:at|in|with) (?:the |a |my |our )?(?:{_PICKUP_EN})"
)
_FOUND = gated(_FOUND)
# Still not found there ("驿站说没有", "the neighbour says they never got it"): it is missing, traced.
_STILL_MISSING = re.compile(
    r"(?:说|话|讲|都说|却说)(?:没有|冇|没|未)(?:收到|收过|见过|看到|这个|呢个|我的)?|冇收过|没收到|找不到|搵唔到|不见了|未收到|还没拿到|没拿到"
    r"|\b(?:says?|said|claims?|claimed)\b[^.!?\n]{0,20}\b(?:never|didn t|did not|hasn t|haven t|no)\b"
    r"|\b(?:not there|isn t there|wasn t there|still missing|can t find|cannot find|couldn t find|never got it|"
    r"no sign of)\b"
)
_STILL_MISSING = gated(_STILL_MISSING)


def parcel_found(text: str) -> bool:
    """The parcel is found: left at a pickup point, a locker or a neighbour's and not said to be
    missing there (a neighbour who "never got it" leaves it missing, to be traced)."""
    folded = fold(text)
    found = _FOUND.search(folded)
    return found is not None and _STILL_MISSING.search(folded, found.start()) is None


# Goods that only spoil: live, fresh, chilled or frozen ones dead, gone off, thawed or melted.
_SPOILED = re.compile(
    r"变质|发臭|臭了|臭咗|烂了|烂咗|馊了|馊咗|融化|化了|化咗|溶了|溶咗|解冻了|死了|死咗|死晒|死光|枯了|蔫了|坏掉了|不新鲜|发霉"
    r"|\b(?:spoil(?:ed|t)|rotten|rotted|gone off|went off|melted|thawed|defrosted|dead|died|wilted|mouldy|moldy|"
    r"off and smelly)\b"
)
_PERISHABLE = re.compile(
    r"生鲜|鲜活|海鲜|冷链|冷冻|冷藏|冰鲜|冰淇淋|雪糕|蟹|虾|鱼|肉|水果|蔬菜|鲜花|蛋糕|牛奶|鲜奶|榴莲|荔枝|樱桃|车厘子|活的"
    r"|\b(?:fresh|frozen|chilled|perishable|seafood|crabs?|lobsters?|prawns?|shrimps?|fish|meat|fruit|vegetables|flowers|"
    r"ice cream|cake|milk|groceries|live)\b"
)


def spoiled_goods(text: str) -> bool:
    """Perishable goods in it spoiled (dead crabs, melted ice cream, wilted flowers)."""
    folded = fold(text)
    return _SPOILED.search(folded) is not None and _PERISHABLE.search(folded) is not None


# Money needed while the card is gone ("聽日要用錢", "I need cash for tomorrow", "冇錢用"):
# said as the customer's own need, not an amount the machine took.
_NEEDS_CASH = re.compile(
    r"(?:要|需要|急需|等住|等着|急着)(?:用|攞|拿|取)?(?:钱|现金|cash)|(?:冇|没有|没|无)(?:钱|现金)(?:用|使|开饭|吃饭)?"
    r"|(?:钱|现金)(?:急用|要用|唔够用|不够用)"
    r"|\bneed (?:the |some |my )?(?:cash|money)\b|\b(?:no|without) (?:cash|money)\b|\b(?:cash|money) (?:for|to) "
    r"(?:tomorrow|tonight|today|rent|pay|the weekend)\b|\bcan t (?:pay|get (?:any )?cash|withdraw)\b"
)
_NEEDS_CASH = gated(_NEEDS_CASH)


def needs_cash(text: str) -> bool:
    """The customer says they need money while their card is out of their hands."""
    return _NEEDS_CASH.search(fold(text)) is not None
