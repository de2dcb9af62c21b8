"""s13asks2: asks answered as asked (satisfy_asks6), en / zh-Hans / zh-Hant."""

from __future__ import annotations

import pytest

import drafter
from drafter.backends.satisfy_asks6 import (
    conditional_money,
    decided_thing,
    explanation_asked,
    finding,
    manager_asked,
    money_after,
    party_to_contact,
    refund_by_deadline,
    review_asked,
)


def _draft(text: str, channel: str = "email") -> str:
    return str(drafter.draft(text, channel=channel, backend="template").text)


@pytest.mark.parametrize(
    ("text", "conditional"),
    [
        ("下周一之前再不修好，我就要求全额退款。", True),
        ("如果週三前還沒送到，我就要求退款。", True),
        ("單號AB123 搵返件貨，唔係就賠錢", True),
        ("帮我找回来 不然赔钱", True),
        ("If the boiler isn't fixed by Monday, I want a full refund.", True),
        ("Find my parcel or else I want my money back.", True),
        # money is the condition, or asked outright: no condition on it
        ("如果不退款我就投诉到消协", False),
        ("請退款給我，否則我會投訴", False),
        ("If you don't refund me by Friday, I'll go to the ombudsman.", False),
        ("I want a replacement or a refund.", False),
        ("多扣的70元请退还给我，并把套餐恢复成原来的58元。", False),
    ],
)
def test_conditional_money(text: str, conditional: bool) -> None:
    assert (conditional_money(text) is not None) is conditional


@pytest.mark.parametrize(
    ("cond", "found"),
    [("找回来", True), ("搵返件行李", True), ("find my parcel", True), ("修好", False), ("fixed by Monday", False)],
)
def test_finding(cond: str, found: bool) -> None:
    assert finding(cond) is found


@pytest.mark.parametrize(
    ("wanted", "text", "kinds"),
    [
        # the thing done, the money after it on that condition
        ({"refund": "x", "visit": "y"}, "周五前再不修好，我就要求退款。", ["visit", "money_if"]),
        # a search asked first: answered first, compensation only if not found
        ({"compensation": None}, "包裹找回来 不然赔钱", ["find_first", "money_if"]),
        ({"compensation": None}, "Find my bag or else I want compensation.", ["find_first", "money_if"]),
        # nothing to do that we read: the thing of their condition hurried, the money after it
        ({"refund": None}, "If it isn't delivered by Friday, I want a refund.", ["expedite", "money_if"]),
        # money asked outright: unchanged
        ({"refund": "x", "visit": "y"}, "请退款，并派人来修。", ["refund", "visit"]),
    ],
)
def test_money_after(wanted: dict[str, str | None], text: str, kinds: list[str]) -> None:
    assert list(money_after(wanted, text)) == kinds


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("I want a manager to call me back today. Not another agent - a manager.", True),
        ("Put me through to a manager please.", True),
        ("The manager was rude to my son.", False),
        ("我要找你们经理，别再让客服敷衍我", True),
        ("請你們經理親自打給我", True),
        ("店里的经理说没办法", False),
    ],
)
def test_manager_asked(text: str, asked: bool) -> None:
    assert manager_asked(text) is asked


@pytest.mark.parametrize(
    ("ask", "thing"),
    [("您希望退票", "退票"), ("我要退票啦", "退票"), ("您要求换个房间", "换个房间"), ("您希望我们把他开除", None)],
)
def test_decided_thing(ask: str, thing: str | None) -> None:
    assert decided_thing(ask) == thing


@pytest.mark.parametrize(
    ("asks", "deadline", "tied"),
    [
        (["在本週五前把重複扣的NT$3,250退回您的帳戶"], "本週五前", True),
        (["refund the duplicate $89 by Friday"], "by Friday", True),
        (["在本周五前给我回复"], "本周五前", False),
        (["refund the $89"], None, False),
    ],
)
def test_refund_by_deadline(asks: list[str], deadline: str | None, tied: bool) -> None:
    assert refund_by_deadline(asks, deadline) is tied


@pytest.mark.parametrize(
    ("text", "said", "not_said"),
    [
        # the conditional refund: the visit booked, the refund only if it is not done by then
        (
            "宽带账号0571-1234。师傅三次没来，我已预交1,188元。这周五之前再不装好，我就向工信部投诉，并要求全额退款。",
            ["如果这周五之前仍未办好"],
            ["我今天就为您提交申请，24小时内给您确认结果"],
        ),
        # the search first, compensation only if the parcel is not found
        ("快递说放门口了 门口啥都没有 单号YT1234567 找回来 不然赔钱", ["追查", "如果最终找不到"], []),
        ("速遞話放咗門口 但門口乜都冇 單號YT7654321 搵返件貨 唔係就賠錢", ["追查", "如果最終找不到"], []),
        # a manager asked for by name: a manager, not "a senior member of our team"
        (
            "My transfer of $900 (ref TX-1234) has been held for a week. I want a manager to call me back today."
            " Not another agent - a manager.",
            ["manager"],
            ["senior member"],
        ),
        # the refund asked by Friday: the money by then, not only an answer
        (
            "我的帐户在11月3日被重复扣款NT$3,250。请在本周五前把重复扣的NT$3,250退回我的帐户。",
            ["您要求的退款，我已请同事尽量在本周五前办好"],
            ["最终答复"],
        ),
        # the request put to whoever decides is named
        (
            "買了兩張IMAX票NT$780 放映機中途壞掉停了半小時 最後只給折價券？？我要退票啦",
            ["您要的退票需要"],
            ["這件事需要"],
        ),
    ],
)
def test_drafts(text: str, said: list[str], not_said: list[str]) -> None:
    draft = _draft(text, channel="im" if len(text) < 80 else "email")
    for s in said:
        assert s in draft
    for s in not_said:
        assert s not in draft


@pytest.mark.parametrize(
    "text",
    [
        "今天之内再不给我退款，我就去12315投诉。",  # the money is the condition ("给我退款" is no consequence)
        "再不幫我退錢，我就去消委會。",
        "If you don't give me my money back by Friday, I'll go to the ombudsman.",
    ],
)
def test_money_as_condition(text: str) -> None:
    assert conditional_money(text) is None


@pytest.mark.parametrize(
    ("ask", "review"),
    [
        ("review the claim again with that report", True),
        ("please reconsider the decision", True),
        ("请重新审核我的理赔申请", True),
        ("請覆核這次的決定", True),
        ("refund the $40", False),
        ("请尽快赔付", False),
    ],
)
def test_review_asked(ask: str, review: bool) -> None:
    assert review_asked(ask) is review


def test_claim_refused_review_answered() -> None:
    draft = _draft(
        "Claim CLM-4411 for storm damage to my roof was denied on 3 May as wear and tear. The roofer's report"
        " says the tiles were torn off by the wind. Please review the claim again with that report."
    )
    assert "review the decision on your claim" in draft


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # their one request, met by no answer: said first, as the answer, not "您提到要…我也已转给…" after
        (
            "瑜伽课包 YG-5521 的王老师这个月迟到三次了 每次十五分钟 老师说下次注意 然后又迟到"
            " 帮我换个老师吧 剩下的课别浪费了",
            "您要换个老师",
        ),
        (
            "瑜伽課包 YG-5521 的王老師這個月遲到三次了 每次十五分鐘 老師說下次注意 然後又遲到"
            " 幫我換個老師吧 剩下的課別浪費了",
            "您要換個老師",
        ),
    ],
)
def test_only_ask_first(text: str, first: str) -> None:
    draft = _draft(text, channel="im")
    assert first in draft
    assert "我也已" not in draft


@pytest.mark.parametrize(
    ("ask", "asked"),
    [
        ("I want a full explanation of how this happened and a refund of the $20 bill", True),
        ("please explain how this was allowed to happen", True),
        ("请把事情经过解释清楚，并退还50元", True),
        ("請書面說明原因並退款", True),
        ("给我一个交代", False),
        ("I want a refund of $20", False),
    ],
)
def test_explanation_asked(ask: str, asked: bool) -> None:
    assert explanation_asked(ask) is asked


@pytest.mark.parametrize(
    ("ask", "who"),
    [
        ("请马上派人处理，并联系902业主", "902业主"),
        ("麻煩通知樓上住戶", "樓上住戶"),
        ("帮我联系下司机 急", "司机"),
        ("Please send someone today and contact the owner of flat 12.", "the owner of flat 12"),
        ("I want to speak to the owner.", None),  # the business's owner, to speak to: no party to contact
        ("请尽快退款", None),
    ],
)
def test_party_to_contact(ask: str, who: str | None) -> None:
    assert party_to_contact(ask) == who
