"""The remedy a customer asks for, read from the ask's own verb and object ("refund the 6.99",
"要么免费重新补", "可以安排這週六重新投遞嗎", "unless the $350 fee is waived").

Why a reader of its own: Satisfy's other cues are single words read anywhere in the complaint,
so a refund that was due got "we'll trace the payment" (the story said "withdrawal"), a redo
got "if anything was overcharged", a class cancelled by the gym got "I'll cancel it". Trainers
marked each down: the answer must follow what was asked, not a word elsewhere. A remedy here
is a verb with its object inside one request clause (``remedies`` in prompts/restate.yaml);
a clause that only tells the story ("they refused to refund me", "前台说不给退") asks nothing."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from drafter.guard.normalize import fold
from drafter.intake.restate import restate_cues

# A clause: split at sentence ends, semicolons, line breaks, and Chinese commas (one verb each).
_CLAUSE = re.compile(r"[。！？!?\n；;]+|\.(?=\s|$)|[，,](?=[^\d])")
# A clause that asks (a request marker, a question, or "or else" / "unless" of a demand).
_REQUEST = re.compile(
    r"\b(?:please|pls|plz|just|want|would like|i d like|id like|need|can you|could you|can i|could i|kindly|unless"
    r"|(?:can|could) (?:u|we|someone|somebody|anyone)|are you going to|will you"
    r"|or (?:i|im|i m|else)|thats it|that s it|asap|i expect|i m asking|i am asking|i ask|either|give me|send me)\b"
    r"|要求|请|希望|想知|想问|到底|究竟|给个准话|给句话|麻烦|帮我|给我|帮忙|可以|可否|能否|能不能|可不可以|要么|就好|就行"
    r"|吧|吗|呢|唔该|该|应该|必须|马上|立刻|即刻|尽快"
    r"|得唔得|好唔好|可唔可以|啦|吖|俾我|拜托"
)
# Telling what happened, not asking: refused, promised, already done, or said by someone else.
_NARRATIVE = re.compile(
    r"\b(?:refused|wouldn t|won t|didn t|did not|never|was told|told me|said|says|promised|already)\b"
    r"|不给|不肯|拒绝|说不|说要|说会|答应|已经|已|没有给|没给"
)
# What follows a verb that tells of the past ("退订以后", "cancelled the order and"), not asks.
_AFTER = re.compile(r"\s?(?:以后|之后|后|了|过|完|的|ed\b)")
# A clause that carries on the request before it ("…，并联系我处理医疗费用", "…, and cover the bill").
_GOES_ON = re.compile(
    r"(?:并|并且|和|还有|另外|同时|以及|也|and|also|plus|as well as|whether)\b|(?:并|还有|另外|同时|以及|也|同埋|仲有)"
)
# A remedy waved away ("I don't need a refund", "不用退"): not asked.
_DECLINED = re.compile(
    r"\b(?:don t|do not|dont|no) (?:need|want)\b|\bnot (?:asking|looking|after) for\b|\bnot after\b"
    r"|不用|不需要|不要求|不想要|唔要求|唔使|唔洗|唔需要|唔想要|唔要"
)
# A thing that was cancelled by someone (a class, a flight): its cancellation is no request of theirs.
_CANCELLED_THING = re.compile(
    r"(?:课|课程|班|航班|班次|预约|活动|场次|车次)(?:被)?取消|\b(?:class|flight|session) (?:was |got |is )?cancell?ed"
)


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each remedy's verb-and-object patterns, folded as the text is (Simplified, lower case)."""
    table = restate_cues().remedies
    return tuple((kind, re.compile("|".join(f"(?:{p})" for p in pats))) for kind, pats in table.items() if pats)


@cache
def _any_pattern() -> re.Pattern[str]:
    """Every remedy's patterns in one alternation, matched at a clause's first places: most
    clauses open on no remedy, and one match says so where thirty would. (Not for a search: one
    alternation searched costs as much as its thirty parts, which each skip ahead on a literal.)"""
    return re.compile("|".join(f"(?:{p.pattern})" for _, p in _patterns()) or "(?!)")


def remedies(text: str) -> dict[str, str]:
    """Each remedy asked for -> the clause that asks it (a fresh dict: the caller may change it)."""
    return dict(_remedies(text))


@lru_cache(maxsize=16)
def _remedies(text: str) -> dict[str, str]:
    """The remedies of one complaint, read once (a draft composes Satisfy several times)."""
    found: dict[str, str] = {}
    before = False  # the clause before asked: "我要求调查这名司机，并联系我处理医疗费用" asks both
    for said in _CLAUSE.split(text):
        said = said.strip()
        clause = fold(said)
        asking = _REQUEST.search(clause) is not None or (before and _GOES_ON.match(clause) is not None)
        before = asking
        if not clause or _DECLINED.search(clause) or (_NARRATIVE.search(clause) and not asking):
            continue
        starts = range(min(3, len(clause)))
        if not asking and all(_any_pattern().match(clause, start) is None for start in starts):
            continue
        for kind, pattern in _patterns():
            if asking:
                if pattern.search(clause):
                    found.setdefault(kind, said)
                continue
            # an imperative opening the clause asks by itself ("refund the 6.99", "重新投递"); not a
            # time clause of the story ("退订以后还扣了我49元": after they unsubscribed). Tried at the
            # first three places only: most clauses ask nothing, and a search of each is the cost.
            for start in starts:
                m = pattern.match(clause, start)
                if m is not None:
                    if not _AFTER.match(clause, m.end()):
                        found.setdefault(kind, said)
                    break
    return found


def cancelled_thing(text: str) -> bool:
    """The cancellation in a request is of something of ours ("课程取消能提前通知"), not asked."""
    return _CANCELLED_THING.search(fold(text)) is not None
