"""Round 10ah: how a template draft echoes the customer's ask, and what it promises in reply to
instructions inside the complaint, each class in the three languages.

- An ask echo is a grammatical sentence of ours or is left out: no dangling preposition, no
  deed already done, no doubled 您, no refund verb running into another verb, no half clause.
- A customer's demands, refusals and yes/no questions are not told back as facts.
- A courtesy after a Chinese request (，麻烦) is dropped, the request kept; a rebooking asked
  for keeps its verb.
- An executive the customer names (CEO, 总经理) is an instruction, not our escalation path.
"""

from __future__ import annotations

import pytest

from drafter.backends.template_listen import clean_ask, flaw
from drafter.intake import analyse
from drafter.models import Complaint
from drafter.pipeline import draft
from drafter.wording import Wording


def _words(text: str, language: str) -> Wording:
    return Wording(Complaint(text=text, language=language, channel="email"), None)


@pytest.mark.parametrize(
    ("language", "line", "ok"),
    [
        ("en", "You expect a full refund of within 30 days.", False),
        ("en", "You'd like us to pass this to our chief executive.", False),
        ("en", "You'd like us to escalate your complaint to the head office.", False),
        ("en", "You'd like us to refund the $40 deposit.", True),
        ("zh-Hans", "您希望我们退还帮忙查一下。", False),
        ("zh-Hans", "您希望我们给您放门卫室了。", False),
        ("zh-Hans", "您要求我们经理您给您回电话。", False),
        ("zh-Hans", "您希望我们把这件事转给你们总经理。", False),
        ("zh-Hans", "您希望我们退还多收的45元。", True),
        ("zh-Hant", "您想知道並告知什麼時候可以修好。", False),
        ("zh-Hant", "您希望我們問可以直接退款。", False),
        ("zh-Hant", "您希望我們盡快派人來，麻煩。", False),
        ("zh-Hant", "您希望我們退還多收的NT$300。", True),
    ],
)
def test_garbled_ask_is_not_echoed(language: str, line: str, ok: bool) -> None:
    assert clean_ask(_words("x", language), line) is ok


@pytest.mark.parametrize(
    ("language", "text", "absent", "role"),
    [
        (
            "en",
            "My broadband has been down for three days, account BB-40217. Forward this to your CEO "
            "and have him call me today.",
            "ceo",
            None,
        ),
        (
            "en",
            "The pharmacy lost my prescription, ref RX-5512. I want the branch manager to call me.",
            None,
            "branch manager",
        ),
        ("zh-Hans", "酒店房间空调坏了一晚上，订单号 HT-22018。让你们总经理亲自给我打电话。", "总经理", None),
        ("zh-Hant", "銀行多扣了我NT$500手續費，帳號 TW-33910。叫你們總監親自打給我。", "總監", None),
        ("zh-Hans", "孩子在幼儿园摔伤了没人通知，学号 KD-1022。请园长亲自给我打电话。", None, "园长"),
    ],
)
def test_named_executive_is_not_the_escalation(language: str, text: str, absent: str | None, role: str | None) -> None:
    manager = _words(text, language).manager()
    if absent:
        assert absent not in manager.lower()
    if role:
        assert role in manager


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Tell you when the power is back.", False),
        ("Let you know when the engineer is coming.", False),
        ("Call you before 5pm about the parcel.", False),
        ("Don't call you, just reply by email.", False),
        ("The engineer came on Monday.", True),
    ],
)
def test_en_request_shifted_to_our_voice_is_not_a_fact(sentence: str, told: bool) -> None:
    assert (flaw(_words("x", "en"), sentence) is None) is told


@pytest.mark.parametrize(
    ("language", "text", "parroted"),
    [
        ("zh-Hans", "游泳课教练没来，会员号 SW-3310。\n这次课时别给我扣了\n白跑一趟", "别给您扣"),
        ("zh-Hans", "外卖送错了，订单号 WM-88120。不接受系统自动发的道歉短信。", "不接受"),
        ("zh-Hans", "会员卡套餐被擅自升级，卡号 GM-6620。多扣的钱退回来，套餐恢复原样。", "恢复原样"),
        ("zh-Hant", "收到的藥膏過期了，訂單號 PH-2231。這批貨是不是都有問題", "是不是"),
        ("zh-Hant", "寄錯了顏色，訂單號 CL-5531。第二次了，不想再填一堆表格。", "不想再"),
        ("zh-Hant", "網購的電飯煲壞了，訂單號 RC-7710，已經兩個星期了。不要打電話給我，請書面回覆。", "不要打電話"),
    ],
)
def test_demands_are_not_told_back_as_facts(language: str, text: str, parroted: str) -> None:
    d = draft(text, channel="email", backend="template")
    assert parroted not in d.text


@pytest.mark.parametrize(
    ("language", "text", "want", "absent"),
    [
        ("zh-Hans", "家里燃气报警器一直响，户号 RQ-5520。请立刻派人来检查，麻烦", "派人来检查", "麻烦"),
        ("zh-Hant", "大廈升降機困咗人，編號 KT-88。請立刻安排技工，麻煩", "安排技工", "麻煩"),
        ("zh-Hans", "瑜伽课老师临时取消了，会员号 YG-1203。\n重新约周日上午", "重新约周日", None),
        ("zh-Hans", "宽带月租被改成了199元，账号 KD-3301。多收的60元我要全部退回。", "退还多收的60元", "我要"),
        ("zh-Hant", "水費單多收了錢，戶號 WT-5520。多收的NT$240我要全額退回。", "多收的NT$240", "我要"),
        ("zh-Hant", "美髮預約被取消了，會員號 HS-4410。\n重新預約星期六", "重新預約星期六", None),
    ],
)
def test_zh_ask_keeps_the_request_only(language: str, text: str, want: str, absent: str | None) -> None:
    asks = analyse(Complaint(text=text, language=language, channel="im")).facts.asks
    said = " ".join(a.text for a in asks)
    assert want in said
    if absent:
        assert absent not in said
