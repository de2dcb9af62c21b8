"""Round s10rest: the customer's own remedy and its timing, within authority.

What was theirs (a wrong debit, an overcharge after a change we did not apply, sessions deducted for
classes that never happened) is put back as a correction, not a refund put to approval; a plan
change asked beside money is made; a lost parcel that cannot be found is sent again without an
approver, aimed at the day they need it; a deadline only echoed in the ask is still answered; a
request about a shared place is answered for that place, not with a visit to the home. Texts are
made up for these tests."""

from __future__ import annotations

import pytest

import drafter
from drafter.backends.satisfy_asks2 import lost_and_fallback, need_day, plan_change, rebill_asked, settled_asked
from drafter.intake.corrections import deducted_units, overcharged, posted_there, shared_place, wrong_amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the direct debit took £640 instead of £64 this month", ("£640", "£64")),
        ("my bill should have been $64 but you charged $640", ("$640", "$64")),
        ("你们扣了我640块，应该是64块，赶紧退回来", ("640", "64")),
        ("我嘅月費應該係HK$64，點知你哋扣咗HK$640", ("HK$640", "HK$64")),
        ("你們刷了NT$1,200，應該是NT$120才對", ("NT$1,200", "NT$120")),
        ("I paid £20 for lunch and it was cold", None),
        ("they charged £20 instead of £40, lucky me", None),  # less taken than due: no wrong debit
        ("the delivery took 20 minutes instead of 5", None),  # no sum of money
        ("排队用了40分钟，应该是10分钟就好", None),
        ("收费比报价多了300元", None),  # one sum, never split into 30 taken and 0 due
        ("收費比報價多了NT$1500", None),
    ],
)
def test_wrong_amount(text: str, expected: tuple[str, str] | None) -> None:
    assert wrong_amount(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I downgraded in May but was still charged the old price", True),
        ("I was overcharged by £12 at the till", True),
        ("上个月办了降档，结果这个月还是扣了¥128", True),
        ("多收咗我HK$50，請退返", True),
        ("方案已經降級，可是還是被扣NT$1,990", True),
        ("The pizza was cold and late", False),
        ("我上个月办了降档，很满意", False),
    ],
)
def test_overcharged(text: str, expected: bool) -> None:
    assert overcharged(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the trainer cancelled twice and the sessions were still deducted", "sessions"),
        ("you took 3 credits for a class that never ran", "credits"),
        ("私教课约了三次教练都放鸽子 课时还照扣", "课时"),
        ("老師請假兩次，積分照樣被扣", "積分"),
        ("you took £30 for a class", None),
        ("I took two classes last week and loved them", None),  # nothing wrong about it
        ("这节课扣了2个课时", None),
        ("the class was fun", None),
    ],
)
def test_deducted_units(text: str, expected: str | None) -> None:
    assert deducted_units(text) == expected


@pytest.mark.parametrize(
    ("text", "place", "who"),
    [
        ("The lobby door entry has been broken for weeks. Please put a guard on the door.", "lobby", "a guard"),
        ("The car park barrier is broken again and I can't get out.", "car park", None),
        ("大堂门禁一直失灵，请安排保安在大堂帮忙开门。", "大堂", "保安"),
        ("過去一個月大堂門禁卡成日失靈，起碼要安排保安喺大堂長駐幫手開門", "大堂", "保安"),
        ("工人搬鋼琴的時候撞爛了大堂樓梯扶手，要我賠錢", None, None),  # damage done, no fault to repair
        ("My kitchen tap is leaking", None, None),
    ],
)
def test_shared_place(text: str, place: str | None, who: str | None) -> None:
    assert shared_place(text) == place
    assert posted_there(text) == who


@pytest.mark.parametrize(
    ("asked", "zh", "expected"),
    [
        ("please move me to the £20 plan", False, "£20"),
        ("downgrade my plan", False, ""),
        ("马上把套餐改成¥68那档", True, "¥68"),
        ("請幫我把方案轉回標準版", True, ""),
        ("並確認7月起扣的是標準版", True, ""),
        ("refund the £20 now", False, None),
        ("把多扣的60元退回来", True, None),
    ],
)
def test_plan_change(asked: str, zh: bool, expected: str | None) -> None:
    assert plan_change(asked, zh) == expected


@pytest.mark.parametrize(
    ("text", "zh", "lost", "day"),
    [
        (
            "says delivered but nothing here. can u find it or reship, its a birthday present for sat",
            False,
            True,
            "by Saturday",
        ),
        ("parcel lost, please find it or re-send it, I need it for Friday", False, True, "by Friday"),
        ("显示已签收但我没收到，麻烦找一下或者补发", True, True, None),
        ("顯示已簽收但我冇收到，幫我搵下或者重寄", True, True, None),
        ("I sat waiting all day for the engineer", False, False, None),
    ],
)
def test_lost_and_day(text: str, zh: bool, lost: bool, day: str | None) -> None:
    assert lost_and_fallback(text, zh) is lost
    assert need_day(text, zh) == day


def _draft(text: str, channel: str = "email") -> str:
    return drafter.draft(text, channel=channel, backend="template").text


@pytest.mark.parametrize(
    ("text", "channel", "present", "absent"),
    [
        (
            "direct debit for my gym membership took £640 instead of £64!! need it sorted asap",
            "im",
            ["£576", "needs approval"],
            ["manager to decide", "no approval needed"],
        ),
        (
            "你们扣了我640块，应该是64块，赶紧退回来",
            "im",
            ["576元的退款", "审批"],
            ["不需要审批", "640元的退款"],
        ),
        (
            "我嘅月費應該係HK$64，點知你哋扣咗HK$640，快啲退返俾我",
            "im",
            ["HK$576", "審批"],
            ["不需要審批", "HK$640的退款"],
        ),
    ],
)
def test_wrong_debit_put_back_through_its_approver(
    text: str, channel: str, present: list[str], absent: list[str]
) -> None:
    """The difference, not the whole debit; beyond the agent's limit it waits on its approver (session
    10's trainers read a no-approval reversal as beyond an agent's authority)."""
    reply = _draft(text, channel)
    for said in present:
        assert said in reply
    for said in absent:
        assert said not in reply


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Hello, last month I moved to the £20 plan but this month you still charged the old price of £35. "
            "Please move me to the £20 plan now and refund the £15 you overcharged. Anna",
            ["change your plan to the £20 one", "£15", "needs approval from"],
            ["no approval needed"],
        ),
        (
            "您好：上个月办了套餐降档，从¥128降到¥68，结果这个月还是扣了¥128。一是马上把套餐改成¥68那档，二是把多扣的60元退回来。李明",
            ["改成¥68档", "60元的退款", "审批"],
            ["不需要审批"],
        ),
        (
            "您好：五月已經把方案從進階版降級成標準版，可是還是被扣了NT$1,990。請把方案改成NT$990那檔，並退還多扣的NT$1,000。陳小姐",
            ["NT$1,000的退款", "審", "按新方案計費"],
            ["不需要審", "NT$990的退款"],
        ),
    ],
)
def test_plan_change_beside_overcharge(text: str, present: list[str], absent: list[str]) -> None:
    reply = _draft(text)
    for said in present:
        assert said in reply
    for said in absent:
        assert said not in reply


@pytest.mark.parametrize(
    ("text", "channel", "present"),
    [
        (
            "my trainer didn't show up three times and the sessions were still deducted. membership GY1200, sort it",
            "im",
            "sessions deducted for what didn't go ahead will be checked and put back",
        ),
        ("私教课约了三次教练都放鸽子 课时还照扣 会员号GY5512 叫你们店长出来", "im", "被扣的课时，我会核实后为您补回"),
        ("私人教練爽約三次，課時照樣被扣，會員號GY7788，請處理", "im", "被扣的課時，我會核實後為您補回"),
    ],
)
def test_deducted_units_restored(text: str, channel: str, present: str) -> None:
    assert present in _draft(text, channel)


@pytest.mark.parametrize(
    ("text", "channel", "present", "absent"),
    [
        (
            "can u find it or reship? tracking AB1234567GB says delivered but nothing here, "
            "its a birthday present for sat",
            "im",
            ["we'll send you a replacement", "by Saturday"],
            ["needs approval"],
        ),
        (
            "快递单号SF1234567890显示已签收，但我没收到，麻烦找一下或者补发，是生日礼物",
            "im",
            ["我们会为您补发"],
            ["审批"],
        ),
        (
            "速遞單號SF1234567890顯示已簽收，但我冇收到，幫我搵下或者補寄，係生日禮物",
            "im",
            ["我們會為您補發"],
            ["審批"],
        ),
    ],
)
def test_lost_parcel_resent_without_approval(text: str, channel: str, present: list[str], absent: list[str]) -> None:
    reply = _draft(text, channel)
    for said in present:
        assert said in reply
    for said in absent:
        assert said not in reply


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (
            "您好：我3月报了课程，共交费¥9,800，只上了3次课。请在本月底前退还剩余课时的费用。张伟",
            "本月底前",
        ),
        (
            "您好：我3月報了課程，共交費NT$30,000，只上了3次課。請在本月底前退還剩餘課時的費用。張偉",
            "本月底前",
        ),
    ],
)
def test_deadline_answered_not_only_echoed(text: str, present: str) -> None:
    reply = _draft(text)
    # said in the ask echo and again in a line of ours that aims at it
    assert reply.count(present) >= 2


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Dear management, the lobby door entry system has been broken for a month and my mother waited 20 minutes "
            "outside. Please put a guard in the lobby to open the door until it is replaced. Flat 12D, Jane Lee",
            ["guard at the lobby", "shared area"],
            ["come out", "visit"],
        ),
        (
            "管理处你好：大堂门禁系统一个月来一直失灵，老人家在门口等了二十分钟。"
            "请安排保安在大堂长驻帮忙开门。12楼D室 李女士",
            ["在大堂安排保安", "公共区域"],
            ["上门"],
        ),
        (
            "管理處你好：大堂門禁系統成日失靈，老人家喺門口等咗二十分鐘。"
            "起碼要安排保安喺大堂長駐幫手開門。12樓D室 李小姐",
            ["在大堂安排保安", "公共區域"],
            ["上門"],
        ),
    ],
)
def test_shared_place_answered_there(text: str, present: list[str], absent: list[str]) -> None:
    reply = _draft(text)
    for said in present:
        assert said in reply
    for said in absent:
        assert said not in reply


@pytest.mark.parametrize(
    ("asked", "rebill", "settled"),
    [
        ("please recalculate my bill for July", True, False),
        ("refund the duplicate £75 and confirm the invoice is closed", False, True),
        ("并重新核算这期电费", True, False),
        ("請重新核算這期電費", True, False),
        ("请确认这张账单已经结清", False, True),
        ("請撤回催繳通知", False, True),
        ("please refund the £20", False, False),
        ("麻烦尽快派人来修", False, False),
    ],
)
def test_rebill_and_settled_asks(asked: str, rebill: bool, settled: bool) -> None:
    assert rebill_asked(asked) is rebill
    assert settled_asked(asked) is settled


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (
            "Hello, I paid the £75 invoice INV-1100 at the desk, but I got an overdue letter and was charged twice. "
            "Please refund the duplicate £75 and confirm the invoice is closed. Sam",
            "invoice marked as settled and closed",
        ),
        (
            "您好：这期电费账单是¥870，平常只有¥250，家里一半时间没人。"
            "请派人检查电表，并重新核算这期电费。户号123456 王先生",
            "按检测结果重新核算",  # s11situ2: a meter check asked, so the bill is worked out after it
        ),
        (
            "您好：這期電費帳單是NT$6,870，平常只有NT$2,500。"
            "請派人來檢查電表，並重新核算這期電費。電號07-12-3344 張先生",
            "按檢測結果重新核算",
        ),
    ],
)
def test_rebill_and_settled_answered(text: str, present: str) -> None:
    assert present in _draft(text)
