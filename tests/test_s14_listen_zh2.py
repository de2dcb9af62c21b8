"""Session 14, round 2: a Chinese Listen restatement is written Chinese, keeps the problem, and says
an accusation as the customer's (made-up complaints, zh-Hans / zh-Hant Taiwan / Hong Kong Cantonese;
English stays as it was).

What the trainers noted (c34): Cantonese left in ("找嚇些東西", "想問嚇", "呢3日", "加埋", "兜了很大個圈"),
a word cut by a table ("我們為什麼釋" of 點解釋), a sum glued to an order id, fragments pasted ("用的信用卡
末四碼0832。", "收到結帳單後。", "上寫明…"), the problem dropped (the payee never got the money, the
fee forced on them, the bad job), an accusation said as our admission ("被我们私自…改成…")."""

from __future__ import annotations

import importlib

import pytest

import drafter
from drafter.backends.listen_zh import as_theirs, payee_named
from drafter.intake.restate import written_zh

restate_module = importlib.import_module("drafter.intake.restate")


def _draft(text: str, channel: str = "email") -> str:
    return drafter.draft(text, channel=channel, backend="template").text


def _listen(text: str, channel: str = "email") -> str:
    return drafter.draft(text, channel=channel, backend="template").sections.listen


def _story(text: str, channel: str = "email", trad: bool = False) -> list[str]:
    cues = restate_module.restate_cues()
    return restate_module._restate_zh(text, channel, cues, trad).story


def _asks(text: str, channel: str = "email", trad: bool = False) -> list[tuple[str, str]]:
    cues = restate_module.restate_cues()
    return [(a.kind, a.text) for a in restate_module._restate_zh(text, channel, cues, trad).asks]


@pytest.mark.parametrize(
    ("spoken", "trad", "written", "never"),
    [
        # verb + 吓 is "a little" (一下), 啲 after it "the"
        ("幫我搵吓啲嘢", True, "幫我找一下東西", "嚇"),
        ("想問吓幾時有得取", True, "想問一下", "吓"),
        ("试吓开机都唔得", False, "试一下", "吓"),
        # 呢 + a count of days is "these" (這3天), never 呢 nor a date
        ("呢3日我要自己買嘢食", True, "這3天", "呢"),
        ("呢兩個禮拜都冇人理", True, "這兩個", "呢"),
        # 加埋 adds up
        ("全部加埋 HK$900", True, "加起來共", "埋"),
        # 點解釋 is "how to explain", never 為什麼 + a cut word
        ("你哋點解釋", True, "怎樣解釋", "為什麼釋"),
        ("你哋點解決先", False, "怎样解决", "为什么决"),
        # a size with 個 after a finished verb
        ("司機兜咗好大個圈", True, "兜了一個很大的圈", "大個"),
        ("牆穿咗好大個窿", True, "一個很大的", "大個"),
        # 好 + a burden or a fear is "very"
        ("已經好麻煩", True, "很麻煩", "好麻煩"),
        ("真系好惊", False, "很害怕", "好惊"),
        # 呢 before a sum, and the space before 俾我 after it
        ("請賠返呢 HK$1,260 俾我", True, "賠回HK$1,260給我", "呢"),
        ("退返 HK$300 俾我", True, "HK$300給我", "，"),
    ],
)
def test_cantonese_written_out(spoken: str, trad: bool, written: str, never: str) -> None:
    said = written_zh(spoken, trad, True)
    assert written in said and never not in said, said


@pytest.mark.parametrize(
    ("text", "trad", "kin"),
    [
        ("家父的喪禮上週已經辦完，但帳單多收了NT$5,000。", True, "您父親"),
        ("家母住院五天，理賠申請寄出兩個月都沒有消息。", True, "您母親"),
        ("家母在你们医院做的检查报告被弄丢了，现在要重新排队。", False, "您母亲"),
    ],
)
def test_their_kin_said_as_theirs(text: str, trad: bool, kin: str) -> None:
    # one reader: prompts/restate.yaml's written table turns 家父 into 我父亲, the shift makes it theirs
    draft = _draft(text, "email")
    assert kin in draft and "家父" not in draft and "家母" not in draft, draft


@pytest.mark.parametrize(
    ("text", "channel", "never"),
    [
        # an amount typed after a spaced order id is no part of it
        ("炒饭里吃出一只虫 订单号4418 2093 7761 28块钱 退钱", "im", "7761 28"),
        ("麵裡有頭髮 訂單號 5521 8830 1127 45元 退錢", "im", "1127 45"),
    ],
)
def test_an_id_ends_before_a_sum(text: str, channel: str, never: str) -> None:
    draft = _draft(text, channel)
    assert never not in draft, draft


@pytest.mark.parametrize(
    ("text", "never"),
    [
        # a card's last digits and a request are no facts of the story
        (
            "我在3/2已經取消了訂閱，但3/15還是被扣了NT$1,290。\n訂閱編號是SUB-TW-55120，用的信用卡末四碼4471。\n"
            "麻煩退回這筆錢，不要下個月又扣一次。",
            "用的信用卡",
        ),
        (
            "我3月1日已经退订了会员，3月10日还是扣了198元。\n用的信用卡末四码 5520。\n请退款，不要下个月又扣。",
            "用的信用卡",
        ),
        (
            "我3月1日已经退订了会员，3月10日还是扣了198元。\n请退款，不要下个月又扣。",
            "不要下个月",
        ),
    ],
)
def test_fragments_left_out(text: str, never: str) -> None:
    listen = _listen(text)
    assert never not in listen, listen


def test_a_time_clause_alone_is_left_out_and_a_document_named() -> None:
    text = (
        "您好：\n上週的活動已經結束，但收到帳單後，有些地方想請貴公司說明。\n"
        "合約編號 EV-2024-0312 上寫明場地按實際時數計算，實際只用了3小時，帳單卻寫了8小時，多收了NT$9,000。\n懇請退還。"
    )
    listen = _listen(text)
    assert "帳單後。" not in listen and "。上寫明" not in listen, listen
    assert "合約上寫明" in listen and "NT$9,000" in listen, listen


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("您的套餐被我们私自从39元改成99元了", "您反映套餐被我们私自从39元改成99元了"),
        ("您的會籍被我們擅自續了一年", "您反映會籍被我們擅自續了一年"),
        # what was not done wilfully, or already said as theirs, stays as it was
        ("您的套餐从39元改成99元了", "您的套餐从39元改成99元了"),
        ("您反映套餐被我们私自改了", "您反映套餐被我们私自改了"),
    ],
)
def test_wilful_acts_said_as_theirs(sentence: str, said: str) -> None:
    assert as_theirs(sentence) == said


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("我们app转账显示成功了，对方说一直没收到3000元", "您在我们app上的转账显示成功了，收款方说一直没收到3000元"),
        ("轉帳顯示成功，對方到現在都沒收到", "轉帳顯示成功，收款方到現在都沒收到"),
        # not a transfer, or 对方 as an object: as it was
        ("对方说一直没收到包裹", "对方说一直没收到包裹"),
        ("手机银行转账给我妈，卡里扣了对方没到账", "手机银行转账给我妈，卡里扣了对方没到账"),
    ],
)
def test_the_payee_of_a_transfer(sentence: str, said: str) -> None:
    assert payee_named(sentence) == said


@pytest.mark.parametrize(
    ("text", "channel", "kept"),
    [
        # the payee never got it: the problem, kept
        ("你们app转账明明显示成功了 对方说一直没收到 3000块啊 流水号20240101123456 都两天了", "im", "没收到"),
        # the fee forced on them, its name after a space
        (
            "我4月2日约的搬家。说好的全包 900元，结果师傅到了说没电梯又要加 300元 楼层费，不给就不搬，我只能给了。\n"
            "希望退还加收的300元。",
            "email",
            "300元楼层费",
        ),
        # the bad job told after the request
        ("昨天给我家狗做的美容 说好的150 结账收我220 差的70块退我 毛还剪得跟狗啃似的", "im", "剪得很差"),
    ],
)
def test_the_problem_is_kept(text: str, channel: str, kept: str) -> None:
    listen = _listen(text, channel)
    assert kept in listen, listen


def test_a_polite_question_is_asked_and_the_compensation_kept() -> None:
    text = (
        "你好，\n我4月2日由東京飛返香港，寄艙行李到而家都未收到。\n"
        "想問吓行李幾時送到，同埋請賠返呢 HK$800 俾我。\n陳小姐"
    )
    asks = _asks(text, trad=True)
    assert ("know", "行李什麼時候送到") in asks, asks
    assert any(kind == "do" and "HK$800" in said for kind, said in asks), asks
    assert "想問" not in _listen(text)


def test_fetching_the_boss_is_no_item() -> None:
    text = "你們師傅把我的冰箱撞凹了 還說本來就這樣?? 訂單M-20417 叫你們老闆出來講"
    draft = _draft(text, "im")
    assert "關於叫" not in draft and "关于叫" not in draft and "出來講出面" not in draft, draft


@pytest.mark.parametrize(
    "text",
    [
        "I cancelled my plan on 3 March and was still charged £45 on 18 March. Account 55120. Please refund it.",
        "Your app showed the transfer as successful but the other side never got the $300. Ref 88213.",
    ],
)
def test_english_untouched(text: str) -> None:
    listen = _listen(text)
    assert "您" not in listen and "收款方" not in listen
