"""Round s11asks2: the amount and the ask read as the customer put them.

A share of a sum asked back ("退一半钱", "half the price back") is that share, never the whole; a
count of charges asked back ("refund the two payments") is all of them; a refund already promised
or applied for is chased, never applied for again; and of two options offered, we start on the one
we can do and leave the other to the customer, never to a supervisor's choice (trainers, c27).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.guard.normalize import fold
from drafter.models import Money

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
