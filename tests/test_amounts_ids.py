"""Amounts, references and the "facts on file" line (s13): the right number, the right reference,
said as what it is. Complaints written for these tests, in en, zh-Hans and zh-Hant."""

from __future__ import annotations

import pytest

import drafter
from drafter.backends.template_facts import amount_role, chased, facts_sentences, labelled
from drafter.intake import read_complaint
from drafter.intake.asked_back import asked_back, due
from drafter.intake.facts import amounts
from drafter.models import Money
from drafter.wording import Wording


def _words(text: str) -> Wording:
    return Wording(read_complaint(text), None, "other")


FORMS = [
    # (language, text, the sum as written, its value)
    ("zh-Hans", "我付了¥88，东西没到。", "¥88", 88.0),
    ("zh-Hans", "一份饭88元，送来是凉的。", "88元", 88.0),
    ("zh-Hans", "一份饭八十八块，送来是凉的。", "八十八块", 88.0),
    ("zh-Hans", "押金交了1.2万，到现在没退。", "1.2万", 12000.0),
    ("zh-Hans", "剩余12节课，每节300元，应退3,600元。", "3,600元", 3600.0),
    ("zh-Hant", "我訂了禮盒 NT$1,200 還沒到。", "NT$1,200", 1200.0),
    ("zh-Hant", "我喺你哋度俾咗HK$350，嘢冇到。", "HK$350", 350.0),
    ("zh-Hant", "總共3，600元，一直沒退。", "3，600元", 3600.0),
    ("en", "I paid $42.50 and nothing came.", "$42.50", 42.5),
    ("en", "The charger was £19.99 and it broke.", "£19.99", 19.99),
    ("en", "They took €15 for a bag I never got.", "€15", 15.0),
]


@pytest.mark.parametrize(("language", "text", "said", "value"), FORMS)
def test_a_sum_is_read_as_written(language: str, text: str, said: str, value: float) -> None:
    found = amounts(text, language)
    assert [(m.text, m.value) for m in found if m.text == said] == [(said, value)]


@pytest.mark.parametrize(
    ("language", "text", "sums"),
    [
        # a full-width comma after an id's tail is a clause break, never a thousands mark
        ("zh-Hans", "订单号BK20240915-066，268元，到现在没送到。", ["268元"]),
        ("zh-Hant", "訂單號TW-0521，1,280元，一直未到。", ["1,280元"]),
        # a price per lesson whose product they state themselves: the stated sum alone
        ("zh-Hans", "剩余12节课，按合同是每节300元，应退3,600元。", ["3,600元"]),
        ("zh-Hant", "剩餘10堂，每堂500元，應退5,000元。", ["5,000元"]),
        ("en", "Order A-0521, $1,280, still not here.", ["$1,280"]),
    ],
)
def test_an_ids_tail_or_a_unit_price_is_no_sum(language: str, text: str, sums: list[str]) -> None:
    assert [m.text for m in amounts(text, language)] == sums


@pytest.mark.parametrize(
    ("complaint", "number"),
    [
        ("说实话打了两次10086转人工，每次排队半小时，订单号 OD-5512 还是没人管。", "10086"),
        ("打咗三次1823都冇人聽，訂單號 OD-5512 仲未處理。", "1823"),
        ("I called 611 three times about order OD-5512 and nobody helped.", "611"),
        ("我打了10000号客服热线也没用，订单号 OD-5512。", "10000"),
    ],
)
def test_a_number_they_rang_is_no_reference(complaint: str, number: str) -> None:
    assert labelled(_words(complaint), complaint, number) is None


def test_a_labelled_number_is_still_their_reference() -> None:
    complaint = "貨號TW8830215 到底在哪"
    assert labelled(_words(complaint), complaint, "TW8830215") == "您的貨號TW8830215"


ROLES = [
    ("zh-Hans", "多扣的70元请退还给我，并把套餐恢复成原来的58元。", "70元", "asked"),
    ("zh-Hans", "多扣的70元请退还给我，并把套餐恢复成原来的58元。", "58元", "plan"),
    ("zh-Hans", "桌号12 账单168元 这种东西怎么会进锅里", "168元", "bill"),
    ("zh-Hans", "订单号BK20240915-066，268元。", "268元", "order"),
    ("zh-Hant", "學費NT$18,000 剩下的課可以退嗎", "NT$18,000", "paid"),
    ("zh-Hant", "這個月帳單突然變成NT$999，打來才知道", "NT$999", "bill"),
    ("zh-Hant", "每個禮拜被扣HK$48，我冇訂過", "HK$48", "charged"),
    ("en", "They charged me $42.50 for nothing.", "$42.50", "charged"),
    ("en", "I've paid the first £1,100 of the £2,350.", "£1,100", "paid"),
    ("en", "I've paid the first £1,100 of the £2,350.", "£2,350", None),
    ("en", "A partial refund of £60 per night is fair.", "£60", None),
    ("en", "I am entitled to €400 compensation in addition to reimbursement of the €240 hotel.", "€400", None),
]


@pytest.mark.parametrize(("language", "text", "amount", "role"), ROLES)
def test_a_sum_is_what_its_clause_says(language: str, text: str, amount: str, role: str | None) -> None:
    assert amount_role(text, amount) == role


def _m(text: str, value: float) -> Money:
    return Money(text=text, value=value, currency=None)


@pytest.mark.parametrize(
    ("text", "named", "back"),
    [
        ("多扣的70元请退还给我，并把套餐恢复成原来的58元", [_m("70元", 70), _m("58元", 58)], "70元"),
        ("把方案改成NT$990那檔，並退還多扣的NT$1,000", [_m("NT$990", 990), _m("NT$1,000", 1000)], "NT$1,000"),
        ("退返多收嘅HK$120俾我，之後月費照HK$88計", [_m("HK$120", 120), _m("HK$88", 88)], "HK$120"),
        ("switch me to the $30 plan and refund the $45 I was overcharged", [_m("$30", 30), _m("$45", 45)], "$45"),
        ("switch me to the $30 plan", [_m("$30", 30)], None),
    ],
)
def test_the_sum_asked_back_is_the_one_by_its_verb(text: str, named: list[Money], back: str | None) -> None:
    found = asked_back(text, named)
    assert (found.text if found else None) == back


@pytest.mark.parametrize(
    ("text", "named", "owed"),
    [
        ("剩余12节课，每节300元，应退3,600元", [_m("300元", 300), _m("3,600元", 3600)], "3,600元"),
        ("剩餘10堂，應該退還我5,000元", [_m("5,000元", 5000)], "5,000元"),
        ("By my count I'm owed $84.50 for the missed days", [_m("$84.50", 84.5)], "$84.50"),
        ("I paid $84.50 and it broke", [_m("$84.50", 84.5)], None),
    ],
)
def test_a_sum_they_say_is_owed(text: str, named: list[Money], owed: str | None) -> None:
    found = due(text, named)
    assert (found.text if found else None) == owed


@pytest.mark.parametrize(
    ("complaint", "said", "not_said"),
    [
        (
            "客服你好：\n我的手机号138****6620，原来一直是58元的套餐，这个月账单突然变成了128元。\n"
            "多扣的70元请退还给我，并把套餐恢复成原来的58元。\n打了两次10086转人工，都没人管。",
            "70元的退款",
            ["编号10086", "58元的退款"],
        ),
        (
            "老师您好，\n剩余12节课，按合同是每节300元，应退3,600元。我上个月已经提交了退课申请，到现在没有回复。\n"
            "请告诉我什么时候能退到账。",
            "3,600元的退款",
            ["300元的退款"],
        ),
        (
            "我訂了20盒鳳梨酥禮盒 NT$6,400 說好9/10前交貨\n今天才說要延到中秋後\n要嘛準時出貨 要嘛全額退款",
            "NT$6,400",
            ["NT的", "禮盒 NT", "我們已記在您的個案裡"],
        ),
    ],
)
def test_drafts_say_the_right_sum_and_reference(complaint: str, said: str, not_said: list[str]) -> None:
    text = drafter.draft(complaint, backend="template").text
    assert said in text
    assert not [w for w in not_said if w in text]


@pytest.mark.parametrize(
    ("complaint", "facts", "expected"),
    [
        (
            "户号3301-55820，到现在（今天上午10点）还没人来。",
            [("ref", "3301-55820"), ("when", "上午10点")],
            ["我们会按您的户号3301-55820为您核查。"],
        ),
        (
            "戶號3301-55820，到而家（下午3點半）都冇人嚟。",
            [("ref", "3301-55820"), ("when", "下午3點半")],
            ["我們會按您的戶號3301-55820為您核查。"],
        ),
        (
            "Account 3301-55820, still nobody here at 10am.",
            [("ref", "3301-55820"), ("when", "10am")],
            ["I can see your account 3301-55820 here."],
        ),
    ],
)
def test_a_time_of_day_rides_on_nothing(complaint: str, facts: list, expected: list[str]) -> None:  # type: ignore[type-arg]
    assert facts_sentences(_words(complaint), complaint, facts) == expected


@pytest.mark.parametrize(
    ("complaint", "amount", "expected"),
    [
        ("户号3302418876 电表箱在冒火花，付了30元。", "30元", "我们这边能看到您的户号3302418876，包括您支付的30元。"),
        ("戶號3302418876 電錶箱冒火花，俾咗HK$30。", "HK$30", "我們這邊能看到您的戶號3302418876，包括您支付的HK$30。"),
        (
            "Account 3302418876, the meter box is sparking, paid $30.",
            "$30",
            "I can see your account 3302418876 here, along with the $30 you paid.",
        ),
    ],
)
def test_in_an_emergency_the_reference_is_noted(complaint: str, amount: str, expected: str) -> None:
    facts = [("ref", "3302418876"), ("amount", amount), ("when", "10am" if amount == "$30" else "上午10点")]
    assert facts_sentences(_words(complaint), complaint, facts, urgent=True)[0] == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("complaint", "facts", "expected"),
    [
        ("學費NT$18,000 剩下的課可以退嗎", [("amount", "NT$18,000")], "我們會按您支付的NT$18,000為您核算。"),
        ("学费12,000元 剩下的课可以退吗", [("amount", "12,000元")], "我们会按您支付的12,000元为您核算。"),
        (
            "They charged me $42.50 twice. I want a refund.",
            [("amount", "$42.50")],
            "I can see the $42.50 you were charged.",
        ),
    ],
)
def test_sums_alone_are_said_as_what_they_are(complaint: str, facts: list, expected: str) -> None:  # type: ignore[type-arg]
    out = facts_sentences(_words(complaint), complaint, facts)
    assert out == [expected]
    assert "个案" not in out[0] and "個案" not in out[0] and "you mention" not in out[0]


@pytest.mark.parametrize(
    ("complaint", "answered", "expected"),
    [
        (
            "包裹到现在没到，单号SF1234567，到底在哪",
            "我已请负责的同事优先为您追查，24小时内告诉您进展。",
            "我们这边能看到您的单号SF1234567。",
        ),
        (
            "包裹寄到7-11 店員說沒有 貨號TW8830215",
            "我已請負責的同事優先為您追查，24小時內告訴您進展。",
            "我們這邊能看到您的貨號TW8830215。",
        ),
        ("包裹寄到7-11 店員說沒有 貨號TW8830215", "我今天就為您補寄一份。", "我們會按您的貨號TW8830215為您核查。"),
        (
            "Parcel SF1234567 never came.",
            "I've asked the team to trace it as a priority.",
            "I can see your parcel SF1234567 here.",
        ),
    ],
)
def test_a_reference_satisfy_traces_is_noted_not_checked_twice(complaint: str, answered: str, expected: str) -> None:
    words = _words(complaint)
    ref = next(w for w in ("SF1234567", "TW8830215") if w in complaint)
    assert facts_sentences(words, complaint, [("ref", ref)], chased=chased(words, answered)) == [expected]
