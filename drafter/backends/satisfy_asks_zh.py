"""Chinese asks answered once, with one clock (session 14, trainers on c33/c32).

* One question about money of theirs ("什么时候能到账或者退回", "現在卡在哪個步驟、預計何時退款") is read
  both as a money chase and as an explanation or a stage: the money line (where it is, when it arrives)
  answers it; a second line with its own clock ("今天之内…结果。…24小时内给您明确答复") is a stacked
  promise (trainers, c33: "2小時內…今天之內…24小時內").
"""

from __future__ import annotations

import re

from drafter.backends.money_cases import delivered_thing
from drafter.guard.normalize import fold

# Money of theirs coming back or arriving (folded: Traditional is read as Simplified).
_MONEY_WHEN = re.compile(r"退款|退钱|退费|到账|入账|退回|退还|钱[^，。,]{0,4}(?:在哪|去向)|款项")
# Why it happened, or an account asked ("给个说法"): a question of its own, not told by where the money
# is ("卡在哪" is where, not why).
_WHY = re.compile(r"为什么|为啥|为何|怎么回事|咋回事|原因|点解|说法|解释|交代|讲清楚|说清楚|\bwhy\b|\bhow come\b")
# Answers that say where their money is and when it arrives.
_MONEY_TRACED = frozenset({"trace_money", "refund_status"})
# Kinds that say "where it stands / why" in a line of their own.
_TOLD_AGAIN = frozenset({"explanation", "stage"})


def money_line_tells(kind: str, wanted: dict[str, str | None], answered: set[str]) -> bool:
    """The money line already answers this explanation or stage: the ask is about their money back
    (not why it happened), and a trace of that money is answered, or the same ask was read as the
    refund answered."""
    if kind not in _TOLD_AGAIN:
        return False
    asked = wanted.get(kind) or ""
    if not asked or _WHY.search(fold(asked)) or not _MONEY_WHEN.search(fold(asked)):
        return False
    if _MONEY_TRACED & answered:
        return True
    return any(k != kind and k in answered and wanted.get(k) == asked for k in ("refund", *_MONEY_TRACED))


# s14. A charge held until the check is done ("核实之前先别从我银行卡里自动扣款", "在查清楚前先暫緩繳費期限",
# "未查清之前唔好扣我錢"): an ask of its own beside the visit, answered, not only said back (trainers,
# c32/c31: "auto-debit hold only echoed, not answered"). The clause: a check, "before", then a stop
# on paying or charging.
_CHECKED = r"(?:核实|核查|核对|检查|查清楚?|查明|确认|搞清楚?|弄清楚?|处理好|修好|查完|查好|核清)"
_HOLD = re.compile(
    rf"(?:{_CHECKED}|(?:有|出)结果)[^，。！？!?\n]{{0,8}}?(?:之前|以前|前)[，,\s]*(?:请|麻烦)?(?:先|暂时)?"
    r"(?P<stop>别|不要|唔好|咪|勿|暂缓|暂停|停止|停|延后|延迟|押后)"
    r"[^，。！？!?\n]{0,14}?(?P<what>扣款|扣费|扣钱|扣我|扣|缴费|缴款|交费|付款|还款|催缴|催收|缴费期限|期限|收费)"
)


def hold_asked(text: str) -> str | None:
    """ "debit" for a charge taken from their account, "due" for a bill they pay; None when they
    ask no hold."""
    m = _HOLD.search(fold(text))
    if m is None:
        return None
    return "debit" if m.group("what").startswith("扣") else "due"


# s14. What the visit is for, in their words ("派人重新抄表", "派人上门核对一下电表"): the visit answered
# as that, not "上门处理" (trainers, c32/c33: the ask said back, then a generic visit). A verb of
# checking or reading, and its object, short.
_VISIT_WHAT = re.compile(
    r"(?:派|安排|叫|找)(?:个|一个|一位|位)?(?:人|师傅|技术员|工程师|同事|工作人员)?"
    r"(?:尽快|马上|今天)?(?:上门|过来|来|去)?(?:帮我|帮忙|给我)?"
    r"(?P<what>(?:重新|再次?)?(?:核对|核查|检查|检测|抄|读|测|校验|校准|核|查)(?:一下)?"
    r"[\u4e00-\u9fff]{0,4}?(?:表|錶|读数|线路|管道|水管|电路|网络|信号|设备))"
)


# A hold on the charge already answered in our voice ("暂停扣款", "暂缓", "不会再扣").
_HELD = re.compile(r"暂停[^，。]{0,6}扣|暂缓|延后缴费|先不[^，。]{0,4}扣|不会再[^，。]{0,4}扣")


def hold_said(text: str) -> bool:
    """A hold already answered by a line of ours; their asks said back ("您希望…先不要自动扣款") are
    not answers."""
    ours = "".join(s for s in re.split(r"(?<=[。！？])", text) if not s.startswith("您"))
    return _HELD.search(fold(ours)) is not None


def visit_what(asked: str) -> str | None:
    """What the visit does, as they asked it; None when the ask does not say."""
    m = _VISIT_WHAT.search(fold(asked))
    if m is None:
        return None
    return m.group("what").replace("一下", "")


# s14. A part asking for someone to be sent ("派人来检查线路", "派個師傅上門") is met by a line of ours
# that already sends someone ("正马上安排人员赶到现场", "安排同事上门"): not passed on again with a clock
# of its own (trainers, c32: a 30-minute dispatch, then "24小时内告诉您结果" for the same visit).
_SEND_ASKED = re.compile(
    r"(?:派|安排|叫|找)(?:个|一个|一位|位)?(?:人|师傅|技术员|工程师|同事|工作人员|维修)|上门|过来看"
)
_SENT = re.compile(
    r"(?:安排|派|请)[^，。！？]{0,8}(?:人员|同事|师傅|技术人员|工程师|维修人员|抢修人员)[^，。！？]{0,8}"
    r"(?:赶到|赶往|上门|到现场|过去|过来|到您)"
)


def sent_already(part: str, answers: str) -> bool:
    """The part asks for someone to come, and an answer of ours already sends someone."""
    return _SEND_ASKED.search(fold(part)) is not None and _SENT.search(fold(answers)) is not None


# s14. A date asked in so many words ("请给我一个准确的领卡时间", "盡快安排安裝日期", "到底哪天来啊"): the
# answer that says when we come back says we come back with that date, not only "进展" (trainers,
# c33b-019: a fourth vague promise when asked which day; c32a-021, c32a-046: no date committed).
_DATE_NAMED = re.compile(
    r"(?:准确|确切|明确|具体|确定)的?(?P<w>[\u4e00-\u9fff]{0,4}?(?:时间|日期))(?!表)"
    r"|安排(?P<w2>[\u4e00-\u9fff]{2,4}?日期)"
)
_WHICH_DAY = re.compile(
    r"(?<!说)(?P<lead>到底|究竟)?(?:哪天|哪一天|几号|什么时候|啥时候|几时|边日|边一日|何时)(?:才|会|能|可以)?"
    r"(?P<v>(?:退)?(?:到账|入账|到帐)|来|上门|到|送|修|装|领|拿)(?P<q>[啊呀呢吖啦？?]|$)?"
    r"|(?<!说)(?P<money>(?:什么时候|啥时候|何时|几时|哪天)(?:才|会|能|可以)?(?:退)?(?:到账|入账|到帐))"
)
_DAY_OF = {"来": "上门日期", "上门": "上门日期", "到": "送达日期", "送": "送达日期", "修": "维修日期", "装": "安装日期"}
_DAY_OF.update({"领": "领取日期", "拿": "领取日期"})


def date_asked(text: str) -> str | None:
    """The date they ask for, named ("领卡时间", "安装日期", "上门日期"); None when they ask no date."""
    folded = fold(text)
    if (m := _DATE_NAMED.search(folded)) is not None:
        what = m.group("w") or m.group("w2")
        return what if len(what) > 2 else "日期"
    for m in _WHICH_DAY.finditer(folded):
        if m.group("money") or "账" in (m.group("v") or "") or "帐" in (m.group("v") or ""):
            return "到账时间"  # "什么时候能退到账": asked however it ends
        if m.group("lead") or m.group("q") is not None:
            if m.group("v") == "到" and money_moving(text) and not delivered_thing(folded):
                return "到账时间"  # s14answer2: "提现…到底什么时候到": the money's arrival, not a delivery date
            return _DAY_OF.get(m.group("v"), "到账时间")
    return None


# Where our answer says it comes back with progress only ("24小时内告诉您进展", "回复进展"); with a
# likely time already said ("进展和预计时间"), the time is the date asked. Our own lines, in either script.
_PROGRESS_ONLY = re.compile(
    r"(告诉您|告訴您|回复|回覆|回復|答复您?|答覆您?)((?:最新|当前|當前)?(?:进展|進展|进度|進度))(?![和及与與])"
)
_LIKELY_TIME = re.compile(r"(进展|進展|进度|進度)和(?:预计|預計)(?:完成)?(?:时间|時間)")


def with_date(text: str, named: str) -> str:
    """Our answer with the date they asked for named in its first come-back ("named": "和确定的领卡时间",
    in the reply's script); unchanged when no line says when we come back."""
    if _LIKELY_TIME.search(text):
        return _LIKELY_TIME.sub(lambda m: m.group(1) + named, text, count=1)
    if _PROGRESS_ONLY.search(text) or _DATE_SAID.search(text) or named[-4:] in text:
        return _PROGRESS_ONLY.sub(lambda m: m.group(1) + m.group(2) + named, text, count=1)
    # s14answer2: a come-back with "the result" only ("24小时内告诉您可退的金额和结果"), asked for a date
    # ("麻烦给个具体的退款时间"): the date is in what we come back with (trainers, c34a-009)
    return _RESULT_ONLY.sub(
        lambda m: m.group(1) + m.group(2) + ("、" if m.group(3) else "") + m.group(4) + named, text, count=1
    )


# A date already promised in our answer ("24小时内把确定的维修日期告诉您"): not asked for again.
_DATE_SAID = re.compile(r"(?:确定|確定|明确|明確|具体|具體|准确|準確)的[\u4e00-\u9fff]{0,4}(?:日期|时间|時間)")
_RESULT_ONLY = re.compile(r"(告诉您|告訴您|给您确认|給您確認)([^。；;，,]{0,12}?)(和|及)?(结果|結果)(?=[。；;，,]|$)")


# s14. A change made to their plan cancelled ("立即取消升級", "取消这个变更") beside the plan put back
# ("恢復原方案"): one thing, answered once by the plan put back, not also "我会为您办理取消" (trainers,
# c30a-049: two confirmations of the same undoing).
_CHANGE_UNDONE = re.compile(r"取消[^，。,]{0,4}(?:升级|升档|变更|更改|改动|转换|加值|加购)")


def undone_by_revert(cancel_ask: str | None) -> bool:
    """The cancel asked is the undoing of a change to their plan (the revert answers it)."""
    return bool(cancel_ask) and _CHANGE_UNDONE.search(fold(cancel_ask or "")) is not None


# s14answer2. "到底什么时候到" asked about money of theirs in transit (a withdrawal, a transfer): the money
# line ("今天之内告诉您结果和到账时间") tells it; read again as a delivery it stacks a second trace with a
# second clock ("24小时内…确定的送达日期"; trainers, c34a-019). Only a bare question of arrival, naming
# no thing, and only when nothing in the complaint was sent to them.
_BARE_ARRIVAL = re.compile(
    r"^(?:那|那么|请问|想问|到底|究竟|钱)?(?:什么时候|啥时候|几时|何时|哪天|几号|边日|幾時)"
    r"(?:才|会|能|可以)?(?:到|到账|到帐|入账|收到)[啊呀呢吗嘛啦？?]*$"
)


def arrival_is_money(kind: str, asked: str | None, answered: set[str], sent: bool) -> bool:
    """The delivery read is the money's arrival, which a trace of that money answers."""
    return (
        kind == "delivery"
        and not sent
        and bool(_MONEY_TRACED & answered)
        and _BARE_ARRIVAL.match(fold(asked or "").strip()) is not None
    )


def money_moving(text: str) -> bool:
    """The complaint is about money of theirs on its way (a withdrawal, transfer, refund)."""
    return _MONEY_MOVING.search(fold(text)) is not None


_MONEY_MOVING = re.compile(r"提现|转账|汇款|到账|入账|退款|打款|转款|款项")
