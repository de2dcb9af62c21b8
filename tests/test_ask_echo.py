"""The customer's words never speak as ours, and no robotic echo (s13voice): a request is said back as
a clean paraphrase in our voice or left out; the answer that follows shows we heard it."""

from __future__ import annotations

import pytest

import drafter
from drafter.backends.ask_echo import begun, rather, unforced, voiced


@pytest.mark.parametrize(
    ("text", "zh", "said"),
    [
        # their voice inside the request: a "please" mid-clause, an "ought to", a shrug of acceptance
        ("多扣的45元请退还给您，并把套餐改回原来的99元", True, "把套餐改回原来的99元"),
        ("给一个维修日期，另外这几天的管理费应当减免", True, "给一个维修日期"),
        ("給一個維修日期，另外這幾天的管理費應當減免", True, "給一個維修日期"),
        ("查一下這筆費用，確認有誤的話請從下期帳單扣除", True, "查一下這筆費用"),
        ("多扣的錢請退返俾我", True, None),
        # one option of two said back misstates what they offered
        ("补寄两个，或者部分退款都可以", True, None),
        # insistence left off, the request kept
        ("务必这周内修好，并减免这两周的租金", True, "这周内修好，并减免这两周的租金"),
        ("務必今天派人來，並退還NT$1,050", True, "今天派人來，並退還NT$1,050"),
        # a refund of what is no money ("the lessons") reads as handing the lessons back
        ("退還剩下的課", True, None),
        ("退还剩下三节课的费用", True, "退还剩下三节课的费用"),
        ("把多扣的那笔退回来", True, "把多扣的那笔退回来"),
        # nothing the answer does not say: "act as agreed", a bare verb for us
        ("按合同办", True, None),
        ("帮您查一下", True, None),
        ("給您換貨", True, None),
        # a figure's comma is no clause break; 申请 and 请假 are no "please"
        ("退还这3,000元，并说明原因", True, "退还这3,000元，并说明原因"),
        ("尽快处理您的退款申请", True, "尽快处理您的退款申请"),
        # English: a "must" with its own subject, a warning of harm to others after "before"
        ("this needs to go to someone senior", False, None),
        ("refund me and pull that listing before somebody gets hurt", False, "refund me and pull that listing"),
        ("renew my permit before it expires", False, "renew my permit before it expires"),
        ("You need it back before Thursday", False, "You need it back before Thursday"),
    ],
)
def test_voiced(text: str, zh: bool, said: str | None) -> None:
    assert voiced(text, zh) == said


@pytest.mark.parametrize(
    ("option", "zh", "said"),
    [("给您排课", True, "排课"), ("把包間還給您", True, "把包間還給您"), ("post the permit", False, "post the permit")],
)
def test_begun(option: str, zh: bool, said: str) -> None:
    assert begun(option, zh) == said


@pytest.mark.parametrize(
    ("text", "channel", "present", "absent"),
    [
        (
            "I bought a space heater from your store last week (order 55-2091). Yesterday the plug melted and it"
            " started smoking. This needs to go to someone senior. I want a refund of $89.",
            "email",
            ["$89"],
            ["This needs to go", "needs to go to someone senior"],
        ),
        (
            "Order 7781-22: the blender I bought on your site arrived with a cracked jug. Please refund me and pull"
            " that listing before somebody gets hurt.",
            "email",
            ["pull that listing"],
            ["somebody gets hurt"],
        ),
        (
            "Order 66120: you sent the wrong size shoes. I'd like you to either send the right size by Friday or"
            " refund me in full.",
            "email",
            ["I'm arranging to send the right size by Friday"],
            ["Of your two options", "the first ("],
        ),
        (
            "Booking HX-4410, room 802, one night on 5 August. The air conditioning did not work all night. I think"
            " a refund of £60 is fair.",
            "email",
            ["HX-4410"],
            ["you gave ("],
        ),
        ("订单 884512 少发了一盒面膜，59元。补发或者退款都行。", "im", ["884512"], ["补发或者退款都行"]),
        (
            "订单 55012 收到的杯子碎了两个，要么补寄两个要么退我30元。",
            "im",
            ["先着手补寄两个"],
            ["两种办法", "第一种"],
        ),
        (
            "小區的熱水器壞了五天了，訂單號 HT-2231。請給一個維修日期，另外這幾天的管理費應當減免。",
            "email",
            ["您希望我們給一個維修日期"],
            ["應當減免"],
        ),
        ("健身房突然換了教練，我買了20堂課 NT$16,000，剩下的課可以退嗎", "im", ["NT$16,000"], ["退還剩下的課"]),
    ],
)
def test_drafts(text: str, channel: str, present: list[str], absent: list[str]) -> None:
    d = drafter.draft(text, channel=channel, backend="template")
    for said in present:
        assert said in d.text, d.text
    for said in absent:
        assert said not in d.text, d.text


@pytest.mark.parametrize(
    ("option", "said"),
    [
        ("let you cancel", "we let you cancel"),
        ("a partial refund", "have a partial refund"),
        ("refund you", "we refund you"),
    ],
)
def test_rather(option: str, said: str) -> None:
    assert rather(option) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [("必须尽快给管道装防盗刺", "尽快给管道装防盗刺"), ("務必今天派人來", "今天派人來"), ("尽快派人来", "尽快派人来")],
)
def test_unforced(text: str, said: str) -> None:
    assert unforced(text) == said
