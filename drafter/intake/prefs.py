"""The customer's stated preferences: a manager declined, no phone calls, the channel they want.

Why: "No need to pass this to a manager, I just want the refund processed", 唔使叫經理 and
不用找你们经理 name a manager only to decline one; read as a demand they escalated the case and
promised "the duty manager will call you". "Don't call me, email only", 不要打电话 and "no phone
calls, just msg me here" ask for a channel: a reply that rings them, or restates the wish as a
fact ("There have been no phone calls"), ignores it. The readers work on the folded text (lower
case, Simplified, apostrophes as spaces); ``strip`` removes the preference clauses before the
complaint is restated, so Listen never turns a wish into something that happened.
"""

from __future__ import annotations

import re

from drafter.guard.normalize import fold
from drafter.intake.config import Scan, Span
from drafter.models import ReplyBy
from drafter.prefilter import Gate, gated

# --------------------------------------------------------------------------- a manager declined

_SENIOR_EN = (
    r"(?:manager|managers|management|supervisor|supervisors|someone senior|someone more senior|more senior|"
    r"your superior|higher up|higher-up|head office|headquarters|boss|person in charge|someone in charge|escalat\w*)"
)
# No want, demand or "I" between the decline and the manager: "I don't need an apology, I need a
# manager" is a demand (the clause after the comma), and so is "no need to reply, I want a manager".
_GAP_EN = r"(?:(?!\b(?:i|want|wants|need|needs|demand|get me|give me|put me|but)\b)[^.!?;,\n]){0,40}?"
_DECLINED_EN = Gate(
    re.compile(
        rf"\b(?:there is |there s |theres )?no need (?:to|for)\b{_GAP_EN}\b{_SENIOR_EN}\b"
        rf"|\b(?:i|we) (?:don t|do not|didn t|did not)\s+(?:really\s+)?(?:need|want|require|expect)\b"
        rf"{_GAP_EN}\b{_SENIOR_EN}\b"
        rf"|\b(?:i m|i am|we re|we are) not (?:asking|looking|wanting)\b{_GAP_EN}\b{_SENIOR_EN}\b"
        rf"|\b(?:please )?(?:don t|do not) (?:bother|need to|have to)?\s*"
        rf"(?:pass|escalate|forward|send|bother|involve|refer|get|bring|call|wake)\b{_GAP_EN}\b{_SENIOR_EN}\b"
        rf"|\bwithout (?:involving|bothering|escalating|getting|bringing in|calling)\b{_GAP_EN}\b{_SENIOR_EN}\b"
        rf"|\bno (?:manager|supervisor|escalation)s? (?:is |are )?(?:needed|necessary|required)\b"
        r"|\b(?:it|this) (?:doesn t|does not) need (?:to be )?escalat\w*"
    )
)
_SENIOR_ZH = r"(?:经理|店长|领导|主管|负责人|老板|上级|总部|管理层|高层|老细|管事的)"
_DECLINED_ZH = re.compile(
    r"(?:不用|不需要|不必|无需|无须|毋须|毋需|用不着|用不著|不要|别|唔使|唔需要|唔好|冇需要|没必要|不需)"
    r"(?:再|特地|专门|特意|麻烦|劳烦)?(?:把[^，。,.!?！？；;]{0,4}?)?(?:去|帮我|同我|给我|跟我)?"  # 不用把这件事转交给…
    r"(?:找|叫|请|惊动|麻烦|劳烦|转给|转交|转到|交给|上报|报告|通知|搵|揾|嗌|见|惊)?(?:给|俾|畀)?"
    r"(?:什么|咩|你们|你哋|贵公司|你们的|你哋嘅|啲|的)?" + _SENIOR_ZH
)
_DECLINED_ZH = gated(_DECLINED_ZH)  # a literal gate: most texts hold none of its words


def declined(folded: str) -> list[Span]:
    """Where a manager (or an escalation) is named only to be declined."""
    return [m.span() for pattern in (_DECLINED_EN, _DECLINED_ZH) for m in pattern.finditer(folded)]


# --------------------------------------------------------------------------- no calls, and the channel

_NO_CALLS = Gate(
    re.compile(
        r"(?<!\bhad )(?<!\bgot )(?<!received )(?<!\bwere )(?<!\bbeen )(?<!\band )\bno (?:phone |more )?calls\b"
        r"(?! (?:back|from|returned|at all))|\bnot (?:by|over the|on the|with a) phone\b"
        r"|\bcan t (?:take|answer|do) (?:phone )?calls\b|\b(?:cannot|can t|unable to) talk on the phone\b"
        r"|\b(?:cannot|can t|unable to) talk (?:at work|right now|during work|at the moment)\b"  # s12prefs
        r"|\b(?:don t|do not|please don t|pls don t|plz don t|dont) (?:call|phone|ring)\b(?![^.!?,;]{0,8}\bback\b)"
        r"(?! (?:me|us|it|him|her|them) (?:a|an|names|that|what)\b)"  # "don't call me a liar": no call declined
        r"|\b(?:email|e-mail|sms) only\b|\b(?:by|in|via) (?:text|writing|message) only\b"
        r"|\bonly (?:by |via )(?:email|e-mail|text|sms)\b|\b(?:text|texts|messages?) only,? (?:please|pls|thanks)\b"
        r"|(?:不要|别|唔好|不用|唔使|不必|无需|勿)(?:再|只|给我|打给我)?(?:打电话|打电话给我|电话|用电话|打来|打嚟|打俾我|打给我|致电|来电)"
        r"|接不了电话|接唔到电话|听唔到电话|听不了电话|不方便接电话|唔方便听电话|不方便听电话"
        # a call declined from whoever would make it: "唔需要经理打电话嚟解释", "不需要专人来电",
        # "no need for a manager to call me", "I don't want anyone ringing me"
        r"|(?:不需要|唔需要|冇需要|不用|唔使|不必|无需|没必要|不要|唔好)[^，。,.!！?？；;\n]{0,6}?"
        r"(?:打电话|打嚟|打来|打俾我|打给我|致电|来电)"
        r"|\b(?:no need|there s no need|(?:i|we) (?:don t|do not) (?:need|want))\b(?: for)?"
        r"(?: (?:a|an|the|any|your|some)?\s?"
        r"(?:manager|supervisor|one|body|anyone|anybody|someone|somebody|agent|person)\w*)?"
        r"(?: to)? (?:call|phone|ring)(?:s|ing)?(?: me| us)?\b(?! back\b)"
        r"|\b(?:i|we) (?:don t|do not) (?:need|want) (?:a |any )?(?:phone )?calls?(?: back)?\b"
    )
)
# The channel they want instead, first match wins in this order (a chat named beats an email address given).
_BY: tuple[tuple[ReplyBy, re.Pattern[str]], ...] = (
    (
        "here",
        re.compile(
            r"\b(?:msg|message|reply|answer|respond|write to|contact) (?:to )?(?:me )?"
            r"(?:here|on here|in this chat|in the app)\b"
            r"|\bhere only\b|在这里回复|这里回复|喺度回|喺呢度|留言回复|在线回复"
        ),
    ),
    # (a word in Latin letters may sit against Chinese: "send email俾我")
    # a chat app they name is the one we use ("whatsapp我就得", 微信联系): not "a text message"
    ("whatsapp", re.compile(r"(?<![a-z])whats ?app(?![a-z])")),
    ("wechat", re.compile(r"(?<![a-z])we ?chat(?![a-z])|微信")),
    ("text", re.compile(r"(?<![a-z])(?:text me|texts?|sms|by text)(?![a-z])|短信|简讯")),
    ("email", re.compile(r"(?<![a-z])e-?mail(?![a-z])|邮件|电邮")),
    ("writing", re.compile(r"\bin writing\b|\bwritten\b|书面|文字")),
)


def no_calls(folded: str) -> bool:
    """They ask not to be phoned ("no phone calls", "email only", 不要打电话, 唔好打嚟); not when
    they give the time a call is fine ("please call after 6pm - I can't take calls at work")."""
    return _NO_CALLS.search(folded) is not None and call_window(folded) is None


# s11. Asked to be reached on a number ("call me on", "reach me at", 请打我电话, 聯絡我, 回电): only
# then is a number how we reach them. A number given as the line a complaint is about ("my number
# is 07700…", 門號0912…) is their account: "we will use the number you gave to reach you" misreads it.
_REACH_ME = re.compile(
    r"\b(?:call|ring|phone|text|reach|contact|whatsapp|message|msg|get (?:hold of|in touch with)) "
    r"(?:me|us)(?: back)?\b|\bcall ?back\b|\b(?:best|contact|mobile|daytime) number\b|\bcontactable\b"
    r"|\b(?:i m|i am|we re|we are) (?:on|at|reachable)\b"
    r"|(?:联系|联络|聯絡|聯繫|致电|致電|打给|打俾|打畀|打返俾|打返畀|打返给|打回给|call)(?:返|回)?我(?![们們哋])"
    r"|(?:打|拨|撥)(?:我|我的)(?:电话|手机|號碼|号码)|回电|回覆电话|回复电话|联系电话|联系方式|联络电话",
)


def reach_me(folded: str) -> bool:
    """They ask to be reached by phone ("call me on 0412…", 请联系我, 打返俾我): the number they
    give is the one we call, not the account the complaint is about."""
    return _REACH_ME.search(folded) is not None and not no_calls(folded)


def reply_by(folded: str) -> ReplyBy | None:
    """The channel they asked for (email, text, here, writing), read only when they asked not to be
    phoned; None when no call was declined or no channel was named."""
    if not no_calls(folded):
        return None
    return next((name for name, pattern in _BY if pattern.search(folded)), None)


# Where a declining clause ends: its punctuation, or "but"/"just"/但 going on to what they do want.
_CLAUSE_END = re.compile(r"[,.!?;:\n，。！？；：]|\b(?:but|just|instead)\b|但|不过|只要|只想|淨係|净系|就得")


def _to_clause_end(folded: str, span: Span) -> Span:
    """The declined span reaching to its clause's end: "no need to escalate this to a manager, just
    sort it" declines the manager named after the verb too, not the verb alone."""
    end = _CLAUSE_END.search(folded, span[1])
    return span[0], (end.start() if end else len(folded))


def read(scan: Scan) -> None:
    """Forget a manager demand (and a manager asked for) that was declined."""
    spans = [_to_clause_end(scan.folded, s) for s in declined(scan.folded)]
    scan.drop_within(("esc:manager_demand", "ask:manager"), [(a, b + 1) for a, b in spans])


# --------------------------------------------------------------------------- strip before restating

# A preference clause as written (any script), up to its end: the clause is a wish about how we
# reply, not something that happened, so Listen never restates it.
_CLAUSE = re.compile(r"[^,，.。!！?？;；\n]+[,，.。!！?？;；]?")


def strip(text: str) -> str:
    """The complaint without its preference clauses (a manager declined, no calls, the channel);
    everything else as written, line breaks included. A clause that tells more beside the wish
    ("no need to escalate but the $40 charge is wrong") keeps the rest."""

    if not any(gate.may_match(fold(text)) for gate in _WISHES):
        return text  # no clause can hold a wish: every clause is kept as written (~0.1 ms a complaint)
    dropped = False  # the clause before was a wish: a "but" opening this one went with it

    def keep(m: re.Match[str]) -> str:
        nonlocal dropped
        clause = m.group()
        after_wish, dropped = dropped, True
        folded = fold(clause)  # the same length as the clause: spans found here are spans of it
        if _ONLY_CHANNEL.search(folded) or human_only(clause) or _channel_clause(folded):
            return ""  # "我要人工", "退款方式请以电子邮件通知": a wish how we answer, nothing told
        spans = sorted([*declined(folded), *(x.span() for x in _NO_CALLS.finditer(folded))])
        if not spans:
            dropped = False
            lead = _LEAD.match(clause) if after_wish else None
            return clause[lead.end() :] if lead and _told(fold(clause[lead.end() :])) else clause
        # the wish opens the clause and "but" or "just" goes on to tell more: that part is kept
        opens = not re.search(r"[a-z0-9\u4e00-\u9fff]", folded[: spans[0][0]])
        rest = clause[max(b for _, b in spans) :]
        lead = _LEAD.match(rest)
        if opens and lead and _told(fold(rest[lead.end() :])):
            return rest[lead.end() :]
        return ""

    kept = _CLAUSE.sub(keep, text)
    return kept if kept.strip() else text


def _told(folded: str) -> bool:
    """Enough words to tell something: more than three in English, four characters in Chinese."""
    return len(re.findall(r"[a-z0-9$£€¥]+", folded)) > 3 or len(re.findall(r"[\u4e00-\u9fff]", folded)) > 4


# What joined the wish to the rest of its clause ("…, but", "…, just"): dropped with it.
_LEAD = re.compile(r"^\s*(?:but|just|and|so|only)\b\s*|^\s*(?:但是|不过|可是|但|只是|只)", re.IGNORECASE)


# A clause that only names the channel ("just msg me here", "email only", 发短信就行)
_ONLY_CHANNEL = Gate(
    re.compile(
        r"^\s*(?:(?:just|only|please|pls|and)\s+)*(?:msg|message|text|email|e-mail|reply to|write to|contact)\s+"
        r"(?:me\s+)?(?:here|on here|by email|by text|in this chat|instead|only)?\s*[,.!;]?\s*$"
        r"|^\s*(?:just |only )?(?:e-?mail|text|message|writing) only\s*[,.!;]?\s*$"
        r"|^\s*(?:(?:只要|请|麻烦|就)?(?:发|用|回)?(?:短信|邮件|微信|文字|信息|讯息)(?:回复|联系|通知)?(?:我)?(?:就行|就可以|就好|就得|得了)?)\s*[，,。！!；;]?\s*$"
    )
)

# The patterns a clause's wish is read by: each needs one of its literals in the clause, so a
# complaint holding none of any of them has no clause ``strip`` drops (fold is character by character).
_WISHES: tuple[Gate, ...] = (_ONLY_CHANNEL, _DECLINED_EN, Gate(_DECLINED_ZH), _NO_CALLS)


# --------------------------------------------------------------------------- when to call, and whom not to send

# A time of day they can take a call ("打电话请下午五点以后", "call after 5pm", "only ring me before
# 9am"): the follow-up that rings them says that time, or it ignores what they asked.
_ZH_HOUR = r"[零一二两兩三四五六七八九十\d]{1,3}\s*[点點時时](?:半|[零一二三四五\d]{1,2}分?)?"
_ZH_WINDOW = re.compile(
    rf"(?:(?:[上下]午|晚上|早上|中午|傍晚|夜晚|朝早|晏晝|夜晚)?{_ZH_HOUR}(?:以后|以後|之后|之後|後|后|以前|之前|前)"
    rf"|(?:[上下]午|晚上|早上|中午|傍晚|夜晚)?{_ZH_HOUR}(?:到|至|-|~){_ZH_HOUR}"
    r"|(?:下班后|下班後|放工后|放工後|午休时间|午休時間))"
)
_EN_WINDOW = re.compile(
    r"\b(?:after|before|between|from)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)"
    r"(?:\s*(?:and|to|-|–)\s*\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.))?"
    r"|\b(?:between|from)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:and|to|-|–)\s*\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)"
    r"|\b(?:evenings only|after work|at lunch(?:time)?)\b",
    re.IGNORECASE,
)
_ZH_CALL = re.compile(
    r"打电话|打電話|致电|致電|来电|來電|回电|回電|打俾我|打畀我|打给我|打給我|联系我|聯繫我|聯絡我|打嚟|电话|電話"
)
_EN_CALL = re.compile(r"\b(?:call|phone|ring|reach|contact)\w*\b", re.IGNORECASE)
_SENTENCE = re.compile(r"[^。！？!?；;\n]+")


def call_window(text: str) -> str | None:
    """The time of day they asked to be called, as they wrote it ("下午五点以后", "after 5pm"); None
    when no sentence both asks for a call and names a time of day."""
    zh = re.search(r"[\u4e00-\u9fff]", text) is not None
    call, window = (_ZH_CALL, _ZH_WINDOW) if zh else (_EN_CALL, _EN_WINDOW)
    for m in _SENTENCE.finditer(text):
        sentence = m.group()
        declines = _NO_CALLS.search(fold(sentence)) is not None
        if not call.search(sentence) or (declines and not _CAN_TAKE.search(sentence)):
            continue
        if w := window.search(sentence):
            return w.group().strip()
    return None


# "白天上班不方便接" beside the time they can: the time is what is asked, the decline is its reason.
_CAN_TAKE = re.compile(r"以后|以後|之后|之後|after|only (?:after|before|between)", re.IGNORECASE)

# Someone they do not want sent again ("不要再派上次那个姓王的师傅", "please don't send the same
# engineer again", "not the same technician"): whoever is sent next is someone else.
_ZH_PERSON = r"(?:师傅|员工|技师|工程师|人员|那位|嗰位|那个人|同事|小哥|司机|阿姨|老师|教练|医生|护士|技术员)"
# s12prefs2. After 让/叫/俾 the person is the subject of what follows: "不要再讓第一線人員敷衍我"
# asks not to be fobbed off (by anyone), not for someone else; only "叫那个师傅来" / a clause
# ending on the person names whom not to send.
_ZH_NOT_AGAIN = re.compile(
    r"(?:不要|别|唔好|不想|唔想|不希望|勿)再?(?:派|安排|找)"
    r"[^，。,.!！?？；;\n]{0,10}?" + _ZH_PERSON + r"|(?:不要|别|唔好|不想|唔想|不希望|勿)再?(?:叫|让|俾|畀)"
    r"[^，。,.!！?？；;\n]{0,10}?" + _ZH_PERSON + r"(?:来|过来|嚟|上门|上来|跟进|处理|负责|接手|送|送货|派送|配送"
    r"|服务|做|修|维修|(?:帮|为|给|同)我[\u4e00-\u9fff]{0,4})?(?:了|啦|喇)?"
    r"(?=[，。,.!！?？；;\n]|$)"
)
_EN_NOT_AGAIN = re.compile(
    r"\b(?:don t|do not|please don t|never)\s+send\s+(?:the same|that|him|her|them|[a-z]+ [a-z]+ again)\b"
    r"|\bnot (?:the same|that) (?:engineer|technician|fitter|plumber|electrician|installer|driver|courier"
    r"|cleaner|person|guy|man|woman|stylist|therapist|tutor|teacher|instructor|nurse|doctor|agent)\b"
    r"|\b(?:someone|somebody) other than\b",
)


def not_again(text: str) -> bool:
    """They asked that a particular person not be sent or assigned again."""
    folded = fold(text)
    return _ZH_NOT_AGAIN.search(folded) is not None or _EN_NOT_AGAIN.search(folded) is not None


# --------------------------------------------------------------------------- a channel, and nothing else asked

# A request that only says how to reply ("用电邮回覆", "发短信或邮件回复", "reply by email",
# "email me instead"): answered by the line keeping to that channel, never a request of its own
# ("您希望我们电邮回覆" restated, then "您提到的其他问题，我也会一并跟进" for it).
_CHANNEL_WORDS = re.compile(
    r"(?<![a-z])(?:e-?mail|sms|text|texts|message|msg|whatsapp|wechat|writing|written)(?![a-z])"
    r"|邮件|电邮|短信|简讯|微信|书面|文字|信息|讯息|留言"
)
_CHANNEL_REST = re.compile(
    r"(?<![a-z])(?:please|pls|plz|just|only|reply|respond|answer|contact|get back to|write|send|me|us|to|by|via|in"
    r"|or|and|instead|is fine|fine|thanks|an|a|the|you d like|you would like|you want|i d like|i want)(?![a-z])"
    r"|希望|要求|您|你们|你哋|我们|我|请|麻烦|唔该|用|发|通过|以|或者|或|和|回复|答复|回覆|答覆|联系|联络|通知|给|俾|就行|就可以|就好|就得"
    r"|得了|即可|吧|啦|我们|一下|只|方式|的|[\s,，.。!！;；:：、]"
)


def channel_only(ask: str) -> bool:
    """The request names a reply channel and asks nothing more."""
    folded = fold(ask)
    if _CHANNEL_WORDS.search(folded) is None:
        return False
    return not _CHANNEL_REST.sub("", _CHANNEL_WORDS.sub("", folded)).strip()


# --------------------------------------------------------------------------- when a visit can be

# The part of the day a visit must avoid or keep to ("pls not morning slots i work nights",
# "afternoons only", "上午不方便", "只能下午", "唔好朝早嚟"): the visit we book keeps to it.
_VISIT_NOT_MORNING = gated(
    re.compile(
        r"\b(?:not|no|never|can t do|cannot do|can t make)\s+(?:in the\s+|any\s+)?mornings?"
        r"(?:\s+(?:slots?|visits?|appointments?))?\b"
        r"|\bmornings? (?:are|is) (?:no good|not possible|impossible|out)\b"
        r"|(?:不要|别|唔好|不能|不可以|没法|冇得)(?:安排)?(?:在)?(?:上午|早上|朝早)|(?:上午|早上|朝早)(?:不行|不方便|没空|唔得|冇空|唔方便|没人)"
    )
)
_VISIT_ONLY = (
    (
        "afternoon",
        re.compile(r"\bafternoons? only\b|\bonly (?:in the )?afternoons?\b|只能下午|下午才(?:有空|在家|得闲)|下昼先得"),
    ),
    (
        "evening",
        re.compile(r"\bevenings? only\b|\bonly (?:in the )?evenings?\b|只能晚上|晚上才(?:有空|在家|得闲)|夜晚先得"),
    ),
)


def visit_window(text: str) -> str | None:
    """The part of the day they asked a visit to keep to: "not_morning", "afternoon" or
    "evening"; None when they named none."""
    folded = fold(text)
    if _VISIT_NOT_MORNING.search(folded):
        return "not_morning"
    return next((name for name, pattern in _VISIT_ONLY if pattern.search(folded)), None)


# --------------------------------------------------------------------------- what is not the problem

# A sentence that says something is fine or not what the complaint is about ("the gym bag is fine
# btw thats not the issue", "the food itself was fine", "菜本身没问题", "個袋冇問題，唔係重點"): the
# thing it names is never what we look into.
_NOT_THE_ISSUE = re.compile(
    r"\b(?:is|was|are|were|s)\s+(?:totally |perfectly |absolutely |all )?(?:fine|ok|okay|good|great|perfect)\b"
    r"|\bnot (?:the|my) (?:issue|problem|complaint|point)\b|\bnothing wrong with\b|\bno (?:issue|problem)s? with\b"
    r"|没问题|冇问题|不是问题|唔系问题|不是重点|唔系重点|挺好的|没毛病"
)
# Someone else's word that it was fine ("I was told it was all fine", "店员说没问题"): their dispute, not a disowning.
_REPORTED = re.compile(r"\b(?:told|said|says|claimed|assured|insisted)\b|说|话|讲|声称")
_THE = re.compile(r"^(?:the|your|my|our|a|an)\s+", re.IGNORECASE)


def disowned(text: str, thing: str) -> bool:
    """``thing`` is named only in a sentence that says it is fine or not the problem."""
    core = fold(_THE.sub("", thing.strip()))
    if len(core) < 2:
        return False
    said = [s for s in _SENTENCE.findall(fold(text)) if core in s]
    return bool(said) and all(_NOT_THE_ISSUE.search(s) and not _REPORTED.search(s) for s in said)


# --------------------------------------------------------------------------- a person, in this chat

# s12prefs. A person asked for instead of a bot or a script ("I want a human", "let me talk to a real
# person", 我要人工, 转人工, 要真人): in a chat, that person answers here, in the chat they wrote in;
# a phone call promised instead answers a wish they did not make (trainers: 我要人工 → "2小时内会亲自给
# 您打电话"). Read on the folded text.
_HUMAN = Gate(
    re.compile(
        r"\b(?:a|an|to a|to an|real|actual|live)\s+(?:real |actual |live )?(?:human(?: being| agent)?|person|agent)\b"
        r"(?<!\ba person)(?<!\ban agent)(?<!\ba real person)"  # the bare "a person" alone is anyone
        r"|\b(?:human(?! error| rights| resources| nature)|real person|actual person|live agent|live person"
        r"|live chat agent)\b"
        r"|(?:转|转接|接|要|找|叫|搵|畀我|俾我|给我)人工(?![费成])|人工客服|人工服务|真人(?!秀)|活人"
    )
)
_HUMAN_ASKED = re.compile(
    r"\b(?:want|need|let me|get me|put me through|transfer|connect|speak|talk|chat|give me|is there)\b"
    r"|要|找|转|转接|搵|俾我|畀我|给我|同我|跟我|唔该|请|麻烦"
)


def wants_human(folded: str) -> bool:
    """They ask for a person instead of a bot or a script ("I want a human", 我要人工)."""
    for m in _HUMAN.finditer(folded):
        start = max(0, folded.rfind("\n", 0, m.start()) + 1, m.start() - 30)
        if _HUMAN_ASKED.search(folded, start, m.end()):
            return True
    return False


_HUMAN_REST = re.compile(
    r"\b(?:i|we|want|need|let|me|get|put|through|to|transfer|connect|speak|talk|chat|give|is|there|please|pls|just"
    r"|a|an|with|now|already|right|real|actual|live|human|humans|being|person|agent|not|bot|bots|robot"
    r"|you|d|would|like|wish|ask|asked|asking|for|stop|sending|send|us)\b"
    r"|您|你|希望|想要|想|需要|我|要|找|转|转接|搵|俾|畀|给|同|跟|唔该|请|麻烦|人工|客服|服务|真人|活人|现在|马上|立刻|快|啦|吧|呀|啊|的"
    r"|[\s,，.。!！;；:：、?？]"
)


_HUMAN_BARE = re.compile(r"\b(?:human|person|agent|bots?|robots?)\b|人工|真人|活人|机器人")


def human_only(ask: str) -> bool:
    """The request asks for a person and nothing more ("我要人工", "I want a real human"): answered
    by the line that says who takes the chat, never echoed back ("您希望人工")."""
    folded = fold(ask)
    bare = _HUMAN_BARE.search(folded)  # all else in it is filler
    return bare is not None and not _HUMAN_REST.sub("", folded).strip()


# Who a clause asks to contact them: a senior person named ("have the manager call me") rather
# than only "contact me".
_SENIOR_NAMED = re.compile(rf"\b(?!escalat){_SENIOR_EN}\b|{_SENIOR_ZH}")


def names_senior(folded: str) -> bool:
    """The clause names a manager or someone senior (not only "contact me", 联系我)."""
    return _SENIOR_NAMED.search(folded) is not None


# --------------------------------------------------------------------------- they are here now

# s12prefs. The customer says where they are standing now ("I'm at your checkout now", "我现在在你们
# 柜台", "我而家喺你哋門口"): whoever has the authority meets them there, in person, not by a call in 30
# minutes (trainers: 桌号17 你们店长赶紧过来 → "30分钟内会亲自给您打电话"). The speaker is the one placed
# (I/我 before the place), so a parcel "left at the door" or "the agent at the counter" is no one
# waiting. A spot inside a shop is named back ("the counter"); the shop itself is not a spot.
_EN_SPOT = re.compile(
    r"\b(?:i m|i am|we re|we are)\s+(?:(?:right|still|now|currently|stood|sat|just)\s+)*"
    r"(?:(?:standing|sitting|waiting|stuck|queu\w*|here)\s+)?(?:at|in|by|outside)\s+(?:your|the)\s+"
    r"(?:(?:[a-z]+\s+){0,2}?)(counter|checkout|checkouts|till|tills|front desk|desk|reception|entrance|door|lobby"
    r"|service desk|customer service desk|returns desk|cashier|register|car park|parking lot|bar)\b"
    r"|\b(?:i m|i am|we re|we are)\s+(?:(?:right|still|now|currently|just)\s+)*(?:standing\s+|sitting\s+|waiting\s+)?"
    r"(?:in|at|outside)\s+(?:your|the)\s+(?:[a-z]+\s+){0,3}?(store|shop|branch|restaurant|outlet|showroom|salon|clinic)\b"
)
_ZH_SPOT = re.compile(
    r"我(?:们|哋)?(?:现在|而家|依家|仲|还|正|就|已经|一直)*(?:在|喺)(?:你们|你哋|贵|这个|呢个|你们的|你哋嘅)?"
    r"(?:[0-9a-z\u4e00-\u9fff]{1,6}?(?:店|分店|门店|分行)(?:的|嘅)?)?"
    r"(柜台|收银台|收银处|前台|服务台|客服台|门口|大堂|大厅|停车场|入口|出口|登机口|闸口)"
    r"|我(?:们|哋)?(?:现在|而家|依家|仲|还|正|就|已经|一直)+(?:在|喺)(?:你们|你哋|贵)?"
    r"(?:[0-9a-z\u4e00-\u9fff]{0,6}?)(店里|店度|店内|分店|门店|分行|餐厅|商场|店)(?![长員员])"
    r"|我(?:们|哋)?(?:在|喺)(?:你们|你哋|贵)?(?:[0-9a-z\u4e00-\u9fff]{0,6}?)(店里|店度|店内|分店|门店|餐厅)(?=等|排队|坐|站)"
)
# What the clause goes on to tell: something done there ("我在门口签收了", "在店里买的"), not a wait.
_ZH_DONE_THERE = re.compile(r"了|咗|过(?![来去])|签收|收货|买|退货|交了")
_ZH_WAITED = re.compile(r"(?:等|排队|排|坐|站)(?:了|咗)")
_ZH_REPORTED = re.compile(r"[说话讲]$")
_IN_STORE = {"store", "shop", "branch", "restaurant", "outlet", "showroom", "salon", "clinic"}
_ZH_IN_STORE = {"店里", "店度", "店内", "分店", "门店", "分行", "餐厅", "商场", "店"}


def spot(folded: str, zh: bool) -> str | None:
    """Where they say they are now, as a reply names it ("the checkout", "柜台"); "" when they are
    in the shop with no spot named; None when they do not say they are there."""
    m = (_ZH_SPOT if zh else _EN_SPOT).search(folded)
    if m is None:
        return None
    if zh:  # "快递员说我在门口签收了": told, or done there before, not where they wait now
        tail = re.split(r"[，。！？,.!?；;\n]", folded[m.end() :], maxsplit=1)[0]
        if _ZH_REPORTED.search(folded[: m.start()]) or _ZH_DONE_THERE.search(_ZH_WAITED.sub("", tail)):
            return None
    place = next(g for g in m.groups() if g)
    if place in _IN_STORE or place in _ZH_IN_STORE:
        return ""
    return place if zh else "the " + place


# --------------------------------------------------------------------------- the level asked for, above us

# s12prefs. Someone above whoever takes the case, asked for by name ("I want the CEO to hear about
# this", "escalate to head office", 我要找你们总经理, 叫你哋老細出嚟): not promised (nobody here can
# commit them), but not dropped either: the request goes up with the case, and the reply says so.
_EN_EXEC = {
    "ceo": "the CEO",
    "chief executive": "the chief executive",
    "managing director": "the managing director",
    "president": "the president",
    "chairman": "the chairman",
    "owner": "the owner",
    "head office": "head office",
    "headquarters": "headquarters",
    "corporate office": "the corporate office",
    "board": "the board",
}
_EN_EXEC_ASKED = re.compile(
    r"\b(?:want|speak|talk|escalat\w*|hear|see|handled|dealt|write|writing|forward|pass|refer|get|report"
    r"|complain|contact)(?:ing)?\b[^.!?;\n]{0,20}?\b(?:to |with |by |from )?(?:the |your |an? )?"
    r"(ceo|chief executive|managing director|president|chairman|owner|head office|headquarters|corporate office"
    r"|board)\b"
)
# (跟你们老板说过了: told, not asked)
_ZH_EXEC_ASKED = re.compile(
    r"(?:要求|找|要|叫|请|转给|转交|交给|上报|反映给|投诉到|投诉给|让|由|同|跟|见|搵|嗌|俾)(?:你们|你哋|贵)?(?:公司)?(?:的|嘅)?"
    r"(总经理|总裁|董事长|老板|老细|总部|高层|ceo)(?![说讲话]|答应|同意|已经|都|也|亲口)"
)


def asked_executive(folded: str, zh: bool) -> str | None:
    """Whom above the business's own managers they ask for, as a reply names them ("the CEO",
    "总经理"); None when they ask for no one above."""
    if zh:
        m = _ZH_EXEC_ASKED.search(folded)
        return (m.group(1).upper() if m.group(1) == "ceo" else m.group(1)) if m else None
    m = _EN_EXEC_ASKED.search(folded)
    if m is None or re.search(r"\b(?:i m|i am|we re|we are|i was|as) (?:the |an? )?$", folded[: m.start(1)]):
        return None  # "I'm the owner of the car": who they are, not whom they ask for
    return _EN_EXEC[m.group(1)]


# --------------------------------------------------------------------------- a channel asked for, calls not declined

# s12prefs. "Please reply by email", 请用邮件回复我, 請電郵回覆我, "WhatsApp me": the channel they ask
# the answer by, though they decline no call; the answer comes by it (trainers: 请用邮件回复 met
# with "2小时内会亲自给您打电话"). A channel told of ("I emailed you twice", 发了三封邮件) asks nothing.
_ASKED_BY_EN = Gate(
    re.compile(
        r"\b(?:reply|respond|answer|write|get back|contact|update|confirm|come back)\b(?: to)?(?: me| us)?(?: back)?"
        r"\s+(?:by|via|over|through|in|on)\s+(?:an? )?(e-?mail|text|sms|whatsapp|wechat|writing)\b"
        r"|\b(e-?mail|text|whatsapp|message|msg) me(?: back)?(?: here| instead| please| pls)?\s*(?:[.!,;]|$)"
    )
)
_ASKED_BY_ZH = gated(
    re.compile(
        # s13remedy: "以Email回覆處理進度": the channel in Latin letters too (trainers, c30: email updates ignored)
        r"(?:用|通过|以|发|走)\s?(邮件|电邮|电子邮件|短信|微信|whatsapp|email|e-mail|书面|文字)\s?(?:的?方式)?"
        r"(?:回复|回覆|答复|答覆|联系|联络|通知|覆)"
        r"|(邮件|电邮|短信|微信|whatsapp|email)\s?(?:回复|回覆|答复|答覆|覆|联系|联络|通知)(?:我|返我)"
        r"|(?:在这里|喺度|喺呢度|在此)(?:回复|回覆|覆|答复)(?:我|返我)?"
    )
)
_BY_WORD: dict[str, ReplyBy] = {
    "email": "email",
    "e-mail": "email",
    "邮件": "email",
    "电邮": "email",
    "电子邮件": "email",
    "text": "text",
    "sms": "text",
    "短信": "text",
    "whatsapp": "whatsapp",
    "wechat": "wechat",
    "微信": "wechat",
    "writing": "writing",
    "书面": "writing",
    "文字": "writing",
    "message": "here",
    "msg": "here",
}


def asked_by(folded: str) -> ReplyBy | None:
    """The channel they ask to be answered by, calls declined or not; None when they ask none."""
    if (by := reply_by(folded)) is not None:
        return by
    for pattern in (_ASKED_BY_EN, _ASKED_BY_ZH):
        if m := pattern.search(folded):
            word = next((g for g in m.groups() if g), None)
            return _BY_WORD.get(word, "writing") if word else "here"
    return None


# s12prefs2. A call asked for over a written channel ("please call me rather than email", "phone
# me instead of emailing", 不要发邮件，直接打电话给我, 打俾我好过send email): the contact line says
# a call, not "contact you" (trainers: "call me rather than email" ignored).
_PHONE_OVER = Gate(
    re.compile(
        r"\b(?:call|phone|ring)(?: me| us)?(?: back)?(?: on [\d +()-]{6,})?,? (?:rather than|instead of|not)"
        r" (?:by |via |an? |to )?(?:e-?mail|email|emailing|text|texting|message|messaging|writ\w*)\b"
        r"|\b(?:don t|do not|please don t|no) (?:e-?mail|email|text|message)s?(?: me)?,? (?:just |please |pls )?"
        r"(?:call|phone|ring) (?:me|us)\b"
        r"|(?:不要|别|唔好|不用|唔使)(?:再)?(?:发|send|用)?(?:邮件|电邮|email|短信|信息|讯息)[^。！？!?\n]{0,4}?"
        r"(?:直接|请|麻烦|唔该)?(?:打电话|打俾我|打畀我|打给我|致电|call我)"
        r"|(?:打电话|打俾我|打畀我|打给我|致电|call我)(?:给我)?(?:好过|比较好|就好|就得)[^。！？!?\n]{0,4}?(?:邮件|电邮|email|短信)?"
    )
)


def phone_asked(folded: str) -> bool:
    """They ask to be phoned rather than written to; never when they declined calls."""
    return _PHONE_OVER.search(folded) is not None and not no_calls(folded)


# s12prefs2. The answer asked in a group they share with us ("处理完在群里说一声就行", "just post in the
# residents' group when it's done", 喺群度講聲): said back as how we will tell them, not ignored.
_GROUP = Gate(
    re.compile(
        r"(?:在|到|喺|去)(?:业主|住户|街坊|客户|会员|家长|小区|大厦)?(?:微信|whatsapp|wechat)?群(?:里|里面|入面|度|内|中)?"
        r"(?:说|讲|通知|回复|回覆|告诉|发|报|公布|跟进|更新)(?![^，。,.!！?？；;\n]{0,3}?(?:过|了|咗))"  # 报过: told
        r"|(?<!\bi )(?<!\bwe )(?<!already )\b(?:post|say|tell us|let us know|update us|reply|announce)"
        r"(?: it| that| an update)? (?:in|on|to) "
        r"(?:the|our) (?:[a-z']+ )?(?:group|group chat|chat group)\b"
    )
)


def group_asked(folded: str) -> bool:
    """They ask to be told in a group chat they share with us."""
    return _GROUP.search(folded) is not None


# (a clause only asking for a person is a wish about how we answer: ``strip`` drops it too)
_WISHES = (*_WISHES, Gate(_HUMAN_BARE))


def _channel_clause(folded: str) -> bool:
    """The clause asks the channel of the answer and tells nothing else ("退款方式请以电子邮件通知",
    "and reply by email please"): a wish, dropped before restating or echoing."""
    m = next((m for p in (_ASKED_BY_EN, _ASKED_BY_ZH) if (m := p.search(folded))), None)
    if m is None:
        return False
    rest = _CHANNEL_REST.sub(" ", folded[: m.start()] + " " + folded[m.end() :])
    return len(re.findall(r"[\u4e00-\u9fff]", rest)) <= 2 and len(re.findall(r"[a-z0-9]+", rest)) <= 1
