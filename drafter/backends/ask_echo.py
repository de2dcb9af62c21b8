"""Whether a request, said back as "You'd like …" / "您希望我们…", reads as ours.

Why: trainers marked down echoes that kept the customer's own voice ("您希望我们多扣的70元请退还给您",
"…另外这几天的电梯费用应当减免", "take that listing down before it burns someone's house down") and
echoes that said nothing the answer does not ("您希望我们帮您查一下。", "您希望我们按合同办。"). An echo is
a clean paraphrase or it is left out: the answer that follows already shows we heard the request.
Everything here reads the clause's shape (who speaks, a modal, a polite marker inside, an object that
is no money), never the complaint's own words.
"""

from __future__ import annotations

import re

# The customer's own voice inside the request: a "please" mid-clause ("多扣的70元请退还给我"; not 申请,
# 请假), an "ought to" ("应当减免"), a "must also" ("，还要赔偿我"), a shrug of acceptance
# ("补发或者退款都行", "退我就好"), a softening "吧".
_ZH_VOICE = re.compile(
    r"[^，,；;](?<![申邀聘宴])(?:请|請)(?![假客教柬])|.(?:麻烦|麻煩|唔该|唔該)"
    r"|应当|應當|应该|應該|理应|理應|必须|必須|^(?:还要|還要|仲要|更要)"
    r"|都行|都可以|都好|就行|就好|就可以|便可|即可|[吧啦喇囉咯罢]$"
)
# Their insistence at the head of a clause ("务必这周内修好", "一定要今天来"): the request is said without it.
_ZH_INSIST = re.compile(r"^(?:请|請|麻烦|麻煩)?(?:务必|務必|一定要|必须|必須|务须|務須|千万|千萬)")
# A request only to act as agreed ("按合同办", "照规定处理"): nothing to say back that the answer does not.
_ZH_AS_AGREED = re.compile(
    r"^(?:就|请|請)?(?:按|照|依|按照|依照)[^，,。；;]{1,8}(?:办|辦|处理|處理|来|來|执行|執行|走)$"
)
# A refund of a thing that is no money ("退還剩下的課"): in our voice it says we hand back the lessons.
_ZH_REFUND_OF = re.compile(r"退(?:还|還|回|返)(?:给您|給您|俾您|来|來|去)?(?P<what>[^，,。；;]*)$")
_ZH_MONEY = re.compile(
    r"钱|錢|款|费|費|金|元|块|塊|蚊|额|額|部分|全部|差价|差價|余额|餘額|积分|積分|[0-9０-９]|NT|HK|RMB|[$¥￥£€]|把"
)
# Who it is for and how softly ("帮您", "给您", "一下"): what is left is what is asked.
_ZH_FILLER = re.compile(r"^(?:帮|幫|给|給|为|為|替|同)(?:您|你|我)|一下|下吧|吧$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Where one clause of a request ends and the next, joined on ("，另外…", "，并…"), begins; never the
# comma inside a figure ("3,250").
_ZH_JOIN = re.compile(
    r"(?:(?<![0-9]),(?![0-9])|[，；;])\s*(另外|并且|並且|并|並|还有|還有|以及|同时|同時|同埋|而且|再)?"
)

# The other of two options ("或者部分退款都可以").
_ZH_OR = re.compile(r"^(?:或者|或是|或|还是|還是|要不|要么|要麼)")

# A clause with its own subject and a "must" ("this needs to go to someone senior"): a demand in their
# voice; "You'd like us to this needs to…" is broken, "This needs to…" reads as ours.
_EN_OWN_SUBJECT = re.compile(
    r"^(?:this|that|it|someone|somebody|they|the \w+)\s+(?:needs?|must|should|has to|have to|ought)\b", re.I
)
# s14: a request in English not quite their own ("explain me simple", "I want speak with the
# manager"): echoed back it reads as mockery (trainers, c35a-016); the answer says what we will do.
# A person straight after "explain" (never "explain to me"), or a bare verb straight after "want".
_EN_UNIDIOMATIC = re.compile(
    r"\b(?:explain|describe)\s+(?:me|you|us|him|her|them)\b"
    r"|\b(?:want|wants|wanted|need|needs)\s+(?:speak|talk|know|see|meet|understand|go|come|get back|say|tell)\b",
    re.I,
)
# A "before" that names harm to others ("before it burns someone's house down", "before somebody gets
# hurt"): their warning, not a deadline; the request stands without it.
_EN_HARM_TAIL = re.compile(
    r",?\s+(?:before|until)\s+(?=[^.]*\b(?:someone|somebody|anyone|anybody|people|a child|children|kids)\b)[^.]*$",
    re.I,
)


# s14answer2. A later clause that opens with its own "please" ("…退给我们，麻烦给个具体的退款时间"): a
# second request in their voice, to us; said back after "您希望我们" it reads as our words (trainers,
# c34a-009). The first clause's "请" is the request's own head, cut before it comes here.
# Someone asked to act, after their "please" ("请我们介入", "請負責人聯絡我", "请你们经理回电").
_ZH_SOMEONE = re.compile(
    r"(?:我们|我們|你们|你們|贵|貴)|[^，,]{0,4}?(?:负责|負責|主管|经理|經理|领导|領導|店长|店長|老板|老闆|上级|上級)"
)
_ZH_OWN_PLEASE = re.compile(r"^(?:请|請|麻烦|麻煩|劳烦|勞煩|拜托|拜託|唔该|唔該|烦请|煩請)")


# s14pg2: a clause told as done, its verb carrying a perfective ("即刻拔咗插頭" -> "拔了插頭", "已经关了
# 电源"): the customer's own action, never said back as a wish of theirs for us (trainers, c36b-006).
# Not 为了/除了 (for, besides) nor 了解 (to understand).
_ZH_DONE = re.compile(r"咗|^(?:已经|已經|早就|早已)|^[\u4e00-\u9fff](?<![为為除])了(?![解結结])[\u4e00-\u9fff]")


def _zh_part(part: str, upto: str) -> bool:
    """One clause of a Chinese request (``upto``: the request up to its end) is fit to say in our voice."""
    if _ZH_VOICE.search(part) or _ZH_AS_AGREED.match(part) or _ZH_DONE.search(part):
        return False
    return not ((m := _ZH_REFUND_OF.search(part)) and m.group("what") and not _ZH_MONEY.search(upto))


def _zh_voiced(text: str) -> str | None:
    """Each clause in turn, without a head of insistence. A clause not in our voice is left out when
    the next is joined on by a word of its own ("，并把套餐恢复…", "，另外…"); otherwise what follows it
    hangs on it, and the request is said up to there."""
    out = ""
    at = 0
    lead = ""  # the joiner before the clause being read
    for join in [*_ZH_JOIN.finditer(text), None]:
        end = join.start() if join else len(text)
        bare = _ZH_INSIST.sub("", text[at:end])
        if at > 0 and _ZH_OWN_PLEASE.match(bare):
            if not re.search(r"[^，,；;\s]", lead):  # no joining word before it
                break  # "…退给我们，麻烦给个…": their "please" to us; the request is said up to it
            bare = _ZH_OWN_PLEASE.sub("", bare)  # "，并请说明原因" said back as "，并说明原因"
            if _ZH_SOMEONE.match(bare):
                return None  # "，并请负责人联系我": someone else asked to act; cut, it reads as ours or is lost
        if _zh_part(bare, text[:end]):
            out += (lead if out else "") + bare
        elif _ZH_OR.match(bare):
            return None  # "补寄，或者部分退款都可以": one option of two said back misstates the request
        elif not (join and join.group(1)):
            break
        lead = join.group() if join else ""
        at = join.end() if join else len(text)
    if not out or (len(_HAN.findall(_ZH_FILLER.sub("", out))) <= 2 and not re.search(r"[A-Za-z0-9]", out)):
        return None  # "帮您查一下", "给您换货": said alone it is a robot's line; the answer shows it
    return out


def unforced(text: str) -> str:
    """A Chinese request without their insistence at its head ("必须尽快装好" -> "尽快装好")."""
    return _ZH_INSIST.sub("", text) or text


def voiced(text: str, zh: bool) -> str | None:
    """The request as we can say it back, or None to leave it out."""
    if zh:
        return _zh_voiced(text)
    if _EN_OWN_SUBJECT.match(text) or _EN_UNIDIOMATIC.search(text):
        return None
    cut = _EN_HARM_TAIL.sub("", text)
    return cut if len(cut.split()) >= 2 else None


# Who it is for, at the head of an option ("给您排课"): "我这边先着手排课" says it once.
_ZH_FOR_YOU = re.compile(r"^(?:给|給|帮|幫|为|為|替)(?:您|你)(?=[\u4e00-\u9fff]{2})")


# A thing rather than a deed ("a partial refund", "the money back"): had, not done.
_EN_THING = re.compile(r"(?:a|an|the|some|my|your|full|partial|store|money)\b", re.I)


def rather(option: str) -> str:
    """The other English option after "you'd rather": "we let you cancel", "have a partial refund"."""
    return f"have {option}" if _EN_THING.match(option) else f"we {option}"


def begun(option: str, zh: bool) -> str:
    """An option they offered, as what we now set about ("post the permit", "排课")."""
    return _ZH_FOR_YOU.sub("", option) if zh else option
