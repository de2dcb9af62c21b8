"""Round 10r: harm the customer reports is acknowledged, never investigated or quoted back, and a
word from another language never enters a reply; details nothing is done with are not "taken into
account"; a hazard still in service is taken out of service today; money beyond the store
manager's authority escalates. Complaints written for these tests."""

from __future__ import annotations

import re

import pytest

import drafter
from drafter.backends.template_listen import _issues
from drafter.models import Complaint
from drafter.wording import Wording


def _draft(language: str, text: str) -> str:
    return drafter.draft(text, channel="email", language=language).text


def _words(language: str) -> Wording:
    return Wording(Complaint(text="x", channel="email", language=language), None)


DOUBT = re.compile(r"described it as|how that happened|查明原因|一并查明|一併查明|您说到的“|您說到的“")

# (language, complaint): harm or damage reported in the customer's own words.
HARMED = [
    ("en", "The gym's rowing machine handle snapped and hit my wrist, it is bruised and really sore. Member 40917."),
    ("en", "My toddler got a rash all over after the bath toys from your shop. Order T-2281, paid $34."),
    ("en", "Your waiter spilled hot soup on my arm (好烫!) and nobody helped. Table 12, Friday."),
    ("zh-Hans", "你们健身房的跑步机突然加速，我摔下来膝盖到现在还很疼，会员号558812。"),
    ("zh-Hans", "快递员把箱子扔在门口，里面的花瓶坏了，运单号SF1234567。"),
    ("zh-Hant", "喺你哋度買嘅面霜用完之後成塊面腫晒，仲好痕，訂單號HK77812。"),
]


@pytest.mark.parametrize(("language", "text"), HARMED)
def test_harm_is_never_investigated_or_quoted(language: str, text: str) -> None:
    reply = _draft(language, text)
    assert not DOUBT.search(reply), reply
    if language == "en":
        assert not re.search(r"[\u3400-\u9fff]", reply), reply


# (language, issue words, the acknowledgement expected): pain, injury, illness in their words.
ACKNOWLEDGED = [
    ("en", ["sore"], "in pain"),
    ("en", ["bleeding"], "hurt"),
    ("en", ["vomiting"], "unwell"),
    ("zh-Hans", ["很疼"], "疼"),
    ("zh-Hans", ["过敏"], "不适"),
    ("zh-Hant", ["受傷"], "受了"),
]


@pytest.mark.parametrize(("language", "issues", "expected"), ACKNOWLEDGED)
def test_harm_is_acknowledged(language: str, issues: list[str], expected: str) -> None:
    line = _issues(_words(language), issues, "")
    assert line is not None and expected in line


# Near-misses: damage to goods, or a word in another language, gets no quoted sentence at all.
NOT_ACKNOWLEDGED = [
    ("en", ["cracked"]),
    ("en", ["好痛"]),
    ("zh-Hans", ["坏了"]),
    ("zh-Hans", ["sore"]),
    ("zh-Hant", ["爛咗"]),
]


@pytest.mark.parametrize(("language", "issues"), NOT_ACKNOWLEDGED)
def test_damage_or_foreign_word_gets_no_sentence(language: str, issues: list[str]) -> None:
    assert _issues(_words(language), issues, "") is None


FILLER = re.compile(r"take into account|against our records|一并考虑|一併考慮|逐一核对|逐一核對")

# (language, complaint): amounts, dates and the desk they wrote to; nothing is done with the desk.
DETAILED = [
    ("en", "I paid $64 on 3 June for a repair that never happened, ticket RP-4410. The Elm Road office ignored me."),
    ("zh-Hans", "我3月2日交了费用260元，工单号WX90817，到现在也没人来修，客服中心一直推。"),
    ("zh-Hant", "我5月12號俾咗NT$1,480，單號TW55021，到而家都冇人處理，去過服務中心兩次。"),
]


@pytest.mark.parametrize(("language", "text"), DETAILED)
def test_details_are_restated_not_taken_into_account(language: str, text: str) -> None:
    reply = _draft(language, text)
    assert not FILLER.search(reply), reply
    assert not re.search(r"(?:中心|office)(?:一并|一併|\))", reply), reply


WITHDRAWN = re.compile(r"out of service|closed off|cordon|停止使用|暂停使用|暫停使用|封闭|封閉|收回")

# (language, complaint): someone hurt, the dangerous thing still in service or in place.
LIVE_HAZARDS = [
    (
        "en",
        "The brakes on your rental scooter failed going downhill and I fell, my elbow is cut and bruised. "
        "The scooter is still on the street outside the library, someone else could get hurt.",
    ),
    (
        "en",
        "My mother tripped on the loose handrail at your station entrance and sprained her ankle. "
        "It is still broken and nobody has put up a sign.",
    ),
    ("zh-Hans", "你们的共享单车刹车失灵，我摔伤了膝盖，车现在还在原地，请别再让别人骑。"),
    ("zh-Hant", "你哋商場入口嘅斜坡地磚鬆咗，我阿爸跌倒扭傷腳，到而家仍然未修，連警示牌都沒有。"),
]


@pytest.mark.parametrize(("language", "text"), LIVE_HAZARDS)
def test_live_hazard_is_taken_out_of_service_today(language: str, text: str) -> None:
    reply = _draft(language, text)
    assert WITHDRAWN.search(reply), reply


# Near-misses: the thing was already taken away or fixed, or it is a product the customer bought.
MADE_SAFE = [
    (
        "en",
        "The brakes on your rental bike failed and I fell and bruised my knee. Your team already took the bike away.",
    ),
    ("zh-Hans", "我在你们店买的自行车刹车失灵，摔伤了手，车已经退回给你们了。"),
]


@pytest.mark.parametrize(("language", "text"), MADE_SAFE)
def test_hazard_already_gone_is_not_withdrawn_again(language: str, text: str) -> None:
    reply = _draft(language, text)
    assert "nobody else uses it" not in reply and "不会再有人用到它" not in reply, reply


def _reasons(language: str, text: str) -> list[str]:
    from drafter.intake import analyse

    return list(analyse(Complaint(text=text, channel="email", language=language)).reasons)


# (language, complaint): money asked back or paid beyond the store manager's 2000 CNY.
BEYOND = [
    ("en", "Your contractor flooded my kitchen. I want you to reimburse $3,400 for the new cabinets."),
    ("en", "The bank took my savings by mistake; restore the £900 to my account today."),
    ("zh-Hans", "你们搬家公司把钢琴摔坏了，请赔偿维修费4500元。"),
    ("zh-Hant", "訂金交咗兩個月都冇消息，請退還HK$6,000訂金。"),
]


@pytest.mark.parametrize(("language", "text"), BEYOND)
def test_money_beyond_authority_escalates(language: str, text: str) -> None:
    assert "amount_over_authority" in _reasons(language, text)


# Near-misses: a price or a balance mentioned, or an ask within the store manager's limit.
WITHIN = [
    ("en", "The sofa has a price of $5,000 and a leg came loose. Please refund the $40 delivery charge."),
    ("en", "My balance shows $2,500 but the app keeps logging me out."),
    ("zh-Hans", "这台售价8000元的洗衣机漏水，请退还上门费50元。"),
    ("zh-Hans", "我卡里余额3000元，但是转账一直失败。"),
    ("zh-Hant", "我戶口餘額NT$20,000，但係網上銀行登入唔到。"),
    ("zh-Hant", "請退還多收嘅HK$120。"),
]


@pytest.mark.parametrize(("language", "text"), WITHIN)
def test_price_balance_or_small_ask_does_not(language: str, text: str) -> None:
    assert "amount_over_authority" not in _reasons(language, text)
