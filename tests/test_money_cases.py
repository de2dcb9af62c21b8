"""Cards, transfers and money cases read right (s13 round 3): the readings, and whole drafts."""

from __future__ import annotations

import pytest

import drafter
from drafter.backends import money_cases as mc
from drafter.intake.protect import card_stop_asked, card_stopped, misuse_channel


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I put in a freeze request for my membership three weeks ago and it's still charging me", True),
        ("I asked you to freeze my account on the 3rd and nothing has happened", True),
        ("My card was frozen for no reason and I can't pay for anything, please unfreeze it", False),
        ("Why is my account blocked? I need it unblocked today", False),
        ("我的会员卡冻结申请交了十天还没处理", True),
        ("上个月就申请冻结账户了，现在还在扣费", True),
        ("我的卡被冻结了，请帮我解除冻结", False),
        ("我張卡被凍結咗，用唔到", False),
        ("我上星期已經要求凍結會籍，點解仲未搞掂", True),
        ("你们为什么要冻结我的卡？我什么都没做", False),
        ("點解要凍結我張卡？我要用錢", False),
        ("Why did you freeze my card? I need it working today", False),
    ],
)
def test_freeze_requested(text: str, expected: bool) -> None:
    assert mc.freeze_requested(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My transfer of $500 to my landlord was rejected and you charged me a dishonour fee", True),
        ("The direct debit bounced even though I had money in the account", True),
        ("My transfer of $500 failed but the money was deducted from my account", False),
        ("I sent $500 three days ago and it still hasn't arrived", False),
        ("我的转账被退回了，还收了我20元手续费", True),
        ("轉帳失敗，但錢已經扣了", False),
        ("我三天前汇了5000元，对方到现在还没收到", False),
    ],
)
def test_bounced(text: str, expected: bool) -> None:
    assert mc.bounced(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("just resend it or refund, whichever is faster", True),
        ("repair or replace it, whichever is quicker for you", True),
        ("resend or refund, I'd prefer the refund", False),
        ("重寄或者退款，哪个快就哪个", True),
        ("換貨或退款都可以，邊個快就邊個", True),
        ("要么重做要么退钱", False),
    ],
)
def test_faster_left_to_us(text: str, expected: bool) -> None:
    assert mc.faster_left_to_us(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("quoted $20 ended up $35, just want the $15 difference back", True),
        ("please refund me the $12.50", True),
        ("the $15 was a nice gesture, thanks", False),
        ("多收的30元退给我", True),
        ("請退回NT$200給我", True),
        ("我付了200元，服务太差了", False),
    ],
)
def test_money_back_said(text: str, expected: bool) -> None:
    assert (mc.money_back_said(text) is not None) is expected


@pytest.mark.parametrize(
    ("text", "misused", "stop_asked", "stopped"),
    [
        ("Someone made two charges I never made on my card, cancel my card now", "card", True, False),
        ("我張信用卡俾人碌咗HK$500，我冇買過嘢，即刻幫我取消張卡", "card", True, False),
        ("信用卡被盗刷两笔，我当天就打客服挂失了", "card", False, True),
        ("我的信用卡被盜刷，當天就打客服掛失並申請爭議款", "card", False, True),
        ("I was charged twice for one order, please refund one", None, False, False),
    ],
)
def test_card_readings(text: str, misused: str | None, stop_asked: bool, stopped: bool) -> None:
    assert misuse_channel(text) == misused
    assert card_stop_asked(text) is stop_asked
    assert card_stopped(text) is stopped


def _draft(text: str, channel: str = "im") -> str:
    return drafter.draft(text, channel=channel, backend="template").text


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a freeze they asked for: put on, not a block of ours lifted
        ("My card freeze request has been sitting for two weeks, card no. KC55120", "freeze", "lifted"),
        ("会员卡冻结申请交了两周还没处理，卡号GM77120", "冻结", "解除"),
        ("會員卡凍結申請交咗兩個禮拜都未處理，卡號GM77120", "凍結", "解除"),
        # a rejected transfer: the fee and the letter, not money traced
        (
            "My transfer of $800 (ref TX-1234) was rejected though I had funds, and you charged a $20 dishonour fee."
            " I'd like the $20 fee reversed and a letter confirming the failure was your side.",
            "$20",
            "trace",
        ),
        # whichever is faster: picked, not asked back
        (
            "order 55-1234 says delivered, nothing here. the $40 blender. resend or refund whichever is faster",
            "faster",
            "which of the two",
        ),
        # a stolen card they ask cancelled: stopped now
        ("我張信用卡尾號1234俾人碌咗HK$900，我冇買過嘢，即刻幫我取消張卡同埋退返啲錢", "停用", "辦理取消"),
    ],
)
def test_drafts(text: str, present: str, absent: str) -> None:
    reply = _draft(text)
    assert present in reply
    assert absent not in reply


@pytest.mark.parametrize(
    "text",
    ["信用卡被盗刷两笔海外交易，共5000元，我当天就打客服挂失了", "我的信用卡被盜刷兩筆，共NT$8,000"],
)
def test_fraud_is_no_double_charge(text: str) -> None:
    assert "重复扣款" not in _draft(text) and "重複扣款" not in _draft(text)


def test_their_manager_is_no_ask_for_ours() -> None:
    keep = mc.fit("I want to speak to your manager today", {"manager": "speak to your manager"})
    assert "manager" in keep
    gone = mc.fit(
        "send me a letter confirming it so I can show my property manager", {"manager": "show my property manager"}
    )
    assert "manager" not in gone and "certificate" in gone


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("Two charges I never made on my card, $900", "pause collection of the two charges by the 25th", True),
        ("信用卡被盗刷两笔，共5000元", "在截止日前暂停这两笔款项的催缴", True),
        ("信用卡被盜刷兩筆，共NT$5,000", "在截止日前暫停這兩筆款項的催繳", True),
        ("My bill is wrong, I was charged twice", "pause collection until it's fixed", False),
        ("信用卡被盗刷两笔，共5000元", "在月底前把钱退给我", False),
    ],
)
def test_hold_on_disputed(text: str, asked: str, expected: bool) -> None:
    assert mc.hold_on_disputed(text, asked) is expected


def test_hold_is_not_promised_done() -> None:
    text = "我的信用卡在9月18日被盜刷兩筆，共NT$23,450，當天就打客服掛失。請在10月25日前暫停這兩筆款項的催繳。"
    reply = _draft(text, channel="email")
    assert "前辦好" not in reply and "重複扣款" not in reply


@pytest.mark.parametrize(
    "text",
    [
        "The driver took a long detour from the station, the trip was $41 when the app quoted $25. Trip id AB-1234",
        "司机绕路从机场走了高速，行程id AB-1234，预估¥45结果收了¥78",
        "司機兜路由機場行高速，行程編號AB-1234，預估HK$120最後收咗HK$210",
    ],
)
def test_no_delivery_line_without_a_delivery(text: str) -> None:
    reply = _draft(text)
    assert "delivery" not in reply.lower() and "配送" not in reply


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my parcel never arrived", True),
        ("我的快递还没到", True),
        ("我的包裹還沒送到", True),
        ("the driver took a detour", False),
        ("司机绕路", False),
        ("司機兜路", False),
    ],
)
def test_delivered_thing(text: str, expected: bool) -> None:
    from drafter.guard.normalize import fold

    assert mc.delivered_thing(fold(text)) is expected


@pytest.mark.parametrize(
    "text",
    [
        "parcel 55-20931 shows delivered on monday. not on my porch, not with the neighbours\n"
        "its a desk lamp, $64.50. fed up with the hold music, just resend or refund whichever is faster",
        "订单114-5521显示昨天已签收，门口什么都没有，是一副89.99元的无线耳机。补发或者退款，哪个快就哪个",
    ],
)
def test_whichever_faster_passes_the_guard(text: str) -> None:
    """The refund picked for them is requested of its approver, never promised with no value read
    (compensation.unvalued held c32a-005's draft)."""
    d = drafter.draft(text, channel="im", backend="template")
    assert d.guard.verdict == "pass", (d.guard.findings, d.text)
