"""Chinese Listen: what a restated clause must not carry into a written reply.

A Hong Kong customer writes spoken Cantonese; the written table (prompts/restate.yaml,
``written_zh``, applied by drafter/intake/restate.py) turns its grammar words into 書面語. What the
table cannot read is left half-spoken ("打極都沒有人覆", "找回件行李", "到的時候些燒鵝飯都涼了",
"網購了對藍牙耳機"): said in our voice it reads as a garbled reply. A clause of a Cantonese
complaint that still shows such grammar after the table is not restated (the reply says less).

Only grammar shapes count here, never the complaint's topic words, and only for a complaint
written in Cantonese: the same shapes are ordinary Mandarin chat elsewhere.
"""

from __future__ import annotations

import re
from typing import Final

# Written Cantonese: particles and verbs that Mandarin writing never uses (the complaint's own text).
_CANTONESE: Final = re.compile(r"[咗嘅喺佢啲嘢冇嚟㗎嗰攞搵畀哋咩噉嘥瞓揸喎嘞]|唔[係該好使得知會]|係咪|而家|點解")

# Cantonese grammar that survives the written table, by shape:
_LEFT: Final = re.compile(
    # a bare classifier after a finished verb or after "back" ("買了對耳機", "找回件行李"): written
    # Chinese counts it (一對) or says the noun alone
    r"(?:[了回返])(?:件|對|对|部|架|張|张|條|条|粒|塊|块|盒|袋)(?=[\u4e00-\u9fff]{2})"
    # a bare classifier after a figure and a space ("買了20kg 件行李"): the same, typed apart
    r"|(?<=[A-Za-z0-9]\s)(?:件|對|对|部|架|隻|只|張|张|條|条|個|个)(?=[\u4e00-\u9fff]{2})"
    # 先 before a figure ("磅出來先18.6kg"): Cantonese "only"
    r"|(?<=[\u4e00-\u9fff])先(?=\s?\d)"
    # 些 opening a clause or after "when" ("到的時候些燒鵝飯"): Cantonese 啲 "the", read as "some"
    r"|(?:^|(?<=[，,\s])|(?<=時候|时候))些(?![許许微])(?=[\u4e00-\u9fff])"
    # 得 + a count after a finished verb ("到了得一隻"): Cantonese "only"
    r"|了得(?=\s?(?:\d|[一两兩二三四五六七八九十半幾几]))"
    # a verb + 極都 ("打極都"): "however often"
    r"|(?<=[\u4e00-\u9fff])[極极]都"
    # 沒有得 + a verb ("沒有得開工"): Cantonese "cannot", not "did not get" (沒有得到)
    r"|(?:沒有|没有)得(?![到])(?=[\u4e00-\u9fff])"
)


def is_cantonese(text: str) -> bool:
    """The complaint is written (at least partly) in spoken Cantonese."""
    return _CANTONESE.search(text) is not None


def cantonese_left(complaint: str, clause: str) -> bool:
    """The clause, restated from a Cantonese complaint, still holds Cantonese grammar."""
    return is_cantonese(complaint) and _LEFT.search(clause) is not None


# What names the line a phone number belongs to ("您的門號0912-338-471"): kept when the number goes.
_PHONE_LABEL: Final = re.compile(r"(?:門號|门号|號碼|号码|手機|手机|電話|电话|手機號|手机号|號|号)\s*[:：]?\s*$")


def without_phone(sentence: str, start: int, end: int) -> str:
    """The sentence with the phone number at start:end left out (the facts frame notes the
    number): "您的門號0912-338-471原本是月租NT$599方案" -> "您的門號原本是月租NT$599方案". Empty
    when no label names what the number was, so that nothing reads "您的原本是…"."""
    head = sentence[:start].rstrip()
    tail = sentence[end:].lstrip()
    opened = max(head.rfind("（"), head.rfind("("))
    if tail.startswith(("）", ")")) and opened >= 0:
        # "我是貴超市會員（會員卡號 0912-556-301）。": the aside goes whole, never "會員（會員卡號）" (c33)
        return head[:opened].rstrip() + tail[1:]
    if not _PHONE_LABEL.search(head):
        return ""
    return re.sub(r"\s*[:：]\s*$", "", head) + sentence[end:].lstrip(" ，,")


# s13listen3: a thing told first and then how many were bought, with no subject ("私人教練課買了20堂
# NT$24,000"): said with its subject and the count before the thing ("您買了20堂私人教練課，共NT$24,000").
# Trainers: "了解到私人教練課買了20堂NT$24,000" reads as a pasted fragment.
_TOPIC_BOUGHT: Final = re.compile(
    r"^(?P<thing>[\u4e00-\u9fff]{2,8}?)(?P<verb>買了|买了|訂了|订了|報了|报了|買咗|訂咗|报名了|報名了)"
    r"(?P<count>\d+|[一二两兩三四五六七八九十百半]+)(?P<unit>堂|節|节|次|個月|个月|年|張|张|份|套|期|箱|件|堂課|堂课)"
    r"\s*(?P<sum>(?:NT\$|HK\$|US\$|RMB|MOP|\$|¥|￥)\s?[\d,]+(?:\.\d+)?(?:元|塊|块)?|[\d,]+(?:\.\d+)?(?:元|塊|块|蚊))?"
    r"(?P<rest>，.*)?$"
)


def told_bought(sentence: str) -> str:
    """The sentence with a subjectless "thing + bought + count" said as "您買了 count thing"; as it was otherwise."""
    m = _TOPIC_BOUGHT.match(sentence)
    if m is None or m.group("thing").startswith(("您", "我", "你", "他", "她", "我們", "我们")):
        return sentence
    said = "您" + m.group("verb") + m.group("count") + m.group("unit") + m.group("thing")
    if m.group("sum"):
        said += "，共" + m.group("sum")
    return said + (m.group("rest") or "")


# A list told in full, one visit at a time ("第一次说…，第二次…，第三次…"): pasted back it reads as
# the complaint verbatim (trainers); what the visits came to is said by the sentences around it.
_ORDINAL_PIECE: Final = re.compile(
    r"(?:^|，)(?:第[一二三四五六七八九十\d]+(?:次|趟|回)|first time|second time|third time)", re.IGNORECASE
)


def visit_by_visit(sentence: str) -> bool:
    """Whether the sentence is a run of three or more "第N次" pieces with no figure of its own to keep."""
    return len(_ORDINAL_PIECE.findall(sentence)) >= 3 and not re.search(r"[\d$¥￥]", sentence)


# s14: a piece that only says how or where the clause before it was done ("您上周就还了那本红楼梦，在自助
# 还书机还的，系统还说您逾期，扣了您15元"): Listen cut the whole sentence at it, losing what came after
# (逾期, the charge). What leans on the piece before it ("就…", "还將…", "结果…") is never kept without it.
_LEANS: Final = re.compile(
    r"^(?:就|便|才|结果|結果|然后|然後|之后|之後|后来|後來|所以|因此|于是|於是|又|再|也|还将|還將|并|並)"
)


# A figure belongs to the piece before it; "跟冰窖似的" says how something was, never a bare piece.
_KEPT_PIECE: Final = re.compile(r"\d|似的|一样的|一樣的")


# How or where it was done, led by a coverb ("在自助还书机还的", "用App付的"); "雞排送成辣的" is what
# happened, never left out.
_HOW_PIECE: Final = re.compile(r"^(?:是|係)?(?:在|喺|从|從|用|跟|和|同|于|於|通过|通過|透過|坐|搭|经|經)")


def without_pieces(sentence: str, bare: re.Pattern[str]) -> str:
    """The sentence with its bare pieces after the first ("…，在自助还书机还的，…") left out, the
    pieces either side kept; empty when none is bare or a kept piece leans on one left out."""
    pieces = re.split(r"，", sentence.rstrip("。"))
    kept = [pieces[0]]
    dropped = just = False
    for piece in pieces[1:]:
        if bare.fullmatch(piece) and _HOW_PIECE.match(piece) and not _KEPT_PIECE.search(piece):
            dropped = just = True
            continue
        if just and _LEANS.match(piece):
            return ""
        if dropped and len(re.findall(r"[\u4e00-\u9fff]", piece)) < 4 and not re.search(r"\d", piece):
            break  # "…，还好还没吃，退款": a bare word after it is a request typed on, never a fact
        kept.append(piece)
        just = False
    return "，".join(kept) if dropped and len(kept) > 1 else ""


# s14: what they say we did on purpose or without leave ("您的套餐被我们私自从59元改成129元了"): in our
# voice it reads as our admission before anything is checked (trainers, c34). Said as what they tell us.
_OUR_WILFUL: Final = re.compile(
    r"(?:被)?(?:我们|我們)(?:的[\u4e00-\u9fff]{1,4})?(?:私自|擅自|偷偷地?|無故|无故|隨意|随意|隨便|随便|故意|亂|乱)"
)
_ALREADY_THEIRS: Final = re.compile(r"^(?:您(?:反映|說|说|表示|提到))")


def as_theirs(sentence: str) -> str:
    """The sentence led by "您反映" when it says we acted wilfully; as it was otherwise."""
    if not _OUR_WILFUL.search(sentence) or _ALREADY_THEIRS.match(sentence):
        return sentence
    return "您反映" + (sentence[2:] if sentence.startswith("您的") else sentence)


# s14: 对方 is held back as a pointer with no referent (it may be a machine, from 佢); in a sentence of a
# payment sent it is whoever it was paid to, and what they never got is the problem ("我们app转账显示成功
# 了，对方说一直没收到5000元": Listen kept only "转账显示成功了", the problem dropped; trainers, c34).
_PAID: Final = re.compile(r"转账|轉帳|轉賬|转帐|汇款|匯款|打款|转钱|轉錢|过数|過數|付款")
_OTHER_SIDE: Final = re.compile(r"(?<![了给給扣转轉向跟和同])(?:对方|對方)")


# "我们app转账显示成功了" (of "你们app转账…"): their transfer on our app, never one we made.
_ON_OUR_APP: Final = re.compile(
    r"^(?P<we>我们|我們)(?:的)?(?P<app>app|App|APP|网站|網站|平台|小程序|网银|網銀|手机银行|手機銀行)"
    r"(?=(?:转账|轉帳|轉賬|转帐|汇款|匯款|付款|支付|充值)(?:明明|显示|顯示|已经|已經|成功|失败|失敗|被|没|沒|一直|还|還))"
)


def payee_named(sentence: str) -> str:
    """对方 said as 收款方 in a sentence that sends money, and a transfer on our app said as theirs;
    as it was otherwise."""
    if not _PAID.search(sentence):
        return sentence
    sentence = _ON_OUR_APP.sub(lambda m: "您在" + m["we"] + m["app"] + "上的", sentence)
    return _OTHER_SIDE.sub("收款方", sentence)
