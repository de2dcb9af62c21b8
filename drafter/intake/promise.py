"""What a reply may promise by a date: the answer asked for, never an outcome that rests on others.

Trainers (c27a): "a clear answer this week" (本周内给个明确答复) to a licence change under review got
"在本周内办好" (done this week), which only the reviewing office can decide; and a bill "recalculated
within 24 hours" before the meter it rests on was tested. Read by what is asked (an answer, a reply,
a decision: 答复, 回复, 说法) and by what the outcome rests on (a meter test asked in the same mail).
"""

from __future__ import annotations

import re

from drafter.guard.normalize import fold

# The thing asked by the date is an answer about it, not the thing done.
_ANSWER = re.compile(
    r"\b(?:answer|response|reply|update|decision|explanation|clear (?:answer|response|timeline|date)|"
    r"straight answer|written response)\b"
    r"|答复|答覆|回复|回覆|回覆|答案|说法|說法|交代|解释|解釋|准话|准信|回音|进度|進度|结果|結果"
)
# A meter (water, gas, electricity) asked to be tested or checked: the bill rests on its result.
_METER_TEST = re.compile(
    r"\b(?:test|tested|testing|check|checked|checking|inspect\w*|examine\w*|look at)\s+(?:the\s+|my\s+|our\s+)?"
    r"(?:(?:water|gas|electricity|electric|power|smart)\s+)?meter\b"
    r"|\bmeter\s+(?:test|check|inspection|reading check)\b"
    r"|(?:检测|检查|检验|测试|校验|校验|验|睇下|睇吓|查)(?:一下|下)?(?:电|水|煤气|燃气|气)?表"
    r"|(?:电|水|煤气|燃气|气)表[^，。！？,.!?\n]{0,6}(?:检测|检查|检验|测试|校验)"
    # s13: the meter read again ("send someone to re-read the meter", "派人重新抄表"): the bill waits on it
    r"|\bre[- ]?read(?:ing)?\s+(?:of\s+)?(?:the\s+|my\s+|our\s+)?"
    r"(?:(?:water|gas|electricity|electric|power)\s+)?meter\b"
    r"|\bread\s+(?:the\s+|my\s+)?meter\s+again\b|\bmeter\s+re[- ]?read"
    r"|重新抄表|重新抄一次表|重抄|再抄一次|上门抄表|核对(?:一下)?(?:电|水|煤气|燃气|气)?表(?:的)?读数"
)


def asks_answer(asked: str) -> bool:
    """The customer asks by a date for an answer (a reply, a decision), not for the thing done."""
    return _ANSWER.search(asked) is not None


def meter_test_asked(folded: str) -> bool:
    """The customer asks for the meter to be tested, so any recalculation waits on its result."""
    return _METER_TEST.search(folded) is not None


_SENTENCE = re.compile(r"[^.!?。！？\n]+")


def answer_by(text: str, asked: str | None, by: str) -> bool:
    """The clause that asked (else the sentence of the complaint naming the date) asks for an answer."""
    if asked:
        return asks_answer(asked)
    return any(by.lower() in m.group().lower() and asks_answer(m.group()) for m in _SENTENCE.finditer(text))


# s13: something lost asked back by a date ("请在七天内恢复" of files gone after an update, "recover my
# photos by Friday", "找回我的行李"): whether it can be found or recovered is not ours to promise, only
# the effort and an answer by then (trainers, c30: "在七天內辦好" for data recovery under a legal threat).
_RECOVER = re.compile(
    r"找回|救回|寻回|搵返|恢复(?:[^，。！？,.!?\n]{0,6}(?:资料|数据|文件|档案|照片|相片|记录|邮件|备份))"
    r"|恢复\s*(?:$|[，。！？,.!?\n])"
    r"|\b(?:recover|retrieve|get back|restore)\b[^.!?\n]{0,20}\b(?:data|files?|photos?|pictures|documents|emails?"
    r"|backups?|records|work|messages|it|them|everything)\b"
)
# The thing is gone (deleted, vanished, lost), told in the story.
_GONE = re.compile(
    r"不见了|不见咗|丢失|丢了|消失|删除|删掉|被删|没有了|冇咗|全没了|\b(?:lost|deleted|wiped|vanished|disappeared|gone|missing)\b"
)


def recovery_by(asked: str, folded_text: str) -> bool:
    """The ask by a date is to get back something lost (files, photos, a bag): the outcome is uncertain."""
    return _RECOVER.search(fold(asked)) is not None and _GONE.search(folded_text) is not None
