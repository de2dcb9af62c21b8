"""The ask answered as asked (round s14answer2, trainers on c34): the customer's own next step is no
"other request"; a later "please" clause is not said back as ours; money in transit is traced once,
on one clock; a date asked is named in what we come back with; "before <event> on <day>" is the day
it is needed by; mail-or-collect is answered; a same-day visit demanded is answered today; a written
apology and how to claim, asked beside the money, are answered. Complaints written for these tests,
across kinds of business, in en, zh-Hans and zh-Hant.

Rows marked "near miss" hold without this round's change: guards against reading too much."""

from __future__ import annotations

import pytest
from satisfy_rows import Row
from satisfy_rows import check_satisfy as _check

from drafter.backends.ask_echo import voiced
from drafter.backends.same_day import demanded, someone_out
from drafter.backends.satisfy_asks2 import also_asked
from drafter.backends.satisfy_asks_zh import date_asked, with_date
from drafter.backends.satisfy_send import send_or_collect
from drafter.backends.second_asks import apology_asked, claim_asked

# ---------------------------------------------------------------- their own step, not a request

ALSO: list[tuple[str, bool, str | None]] = [
    ("如果下周还不退款，我就去消协投诉，顺便把聊天记录发到网上。", True, None),
    ("再唔處理我就去消委會，順便將成件事放上網。", True, None),
    ("否則我會向主管機關檢舉，順便把經過寄給媒體。", True, None),
    ("I'll go to the ombudsman, and also post the whole story online.", False, None),
    # near misses: a request of us joined on, or money they claim back in the same breath
    ("给我退了，顺便把这个自动续费关了。", True, "把这个自动续费关了"),
    ("我就去投诉，顺便把这五天的月租也要回来。", True, "把这五天的月租也要回来"),
    ("Please waive the fee again, and at the same time review my credit limit.", False, "review your credit limit"),
]


@pytest.mark.parametrize(("text", "zh", "want"), ALSO)
def test_own_next_step_is_not_another_request(text: str, zh: bool, want: str | None) -> None:
    assert also_asked(text, zh) == want


# ---------------------------------------------------------------- their "please" not said as ours

ECHO: list[tuple[str, str | None]] = [
    ("按剩余8节课把学费退给我，麻烦给个具体的到账时间", "按剩余8节课把学费退给我"),
    ("退返多收嘅HK$120，唔該盡快", "退返多收嘅HK$120"),
    ("把押金退給我，請告訴我哪天入帳", "把押金退給我"),
    ("退还重复扣的88元，并请说明原因", "退还重复扣的88元，并说明原因"),  # joined on: said back without their "please"
    ("全額退款，另外麻煩把帳單改正", "全額退款，另外把帳單改正"),
    ("全额退款，并且请你们介入处理这个商家", None),  # someone else asked to act: left out, not cut
    ("退返HK$300，並請負責人聯絡我", None),
    # near misses
    ("退款，并把套餐恢复", "退款，并把套餐恢复"),
    ("尽快退款", "尽快退款"),
]


@pytest.mark.parametrize(("text", "want"), ECHO)
def test_later_please_clause_not_echoed(text: str, want: str | None) -> None:
    assert voiced(text, True) == want


# ---------------------------------------------------------------- one clock, the date asked named

DATES: list[tuple[str, str | None]] = [
    ("转账5000元两天了还没到 到底什么时候到", "到账时间"),
    ("提現三萬到銀行卡，到底什麼時候到？", "到账时间"),
    ("我的快递到底什么时候到？", "送达日期"),  # near miss: a parcel's arrival
]


@pytest.mark.parametrize(("text", "want"), DATES)
def test_money_arrival_is_not_a_delivery_date(text: str, want: str | None) -> None:
    assert date_asked(text) == want


WITH_DATE: list[tuple[str, str, str]] = [
    ("24小时内告诉您可退的金额和结果。", "和确定的退款时间", "24小时内告诉您可退的金额、结果和确定的退款时间。"),
    ("24小時內給您確認結果。", "和確定的退款時間", "24小時內給您確認結果和確定的退款時間。"),
    # near misses: the date already said, or progress named
    ("今天之内告诉您结果和到账时间。", "和确定的到账时间", "今天之内告诉您结果和到账时间。"),
    (
        "24小时内把确定的维修日期告诉您。届时一并给您确认结果。",
        "和确定的日期",
        "24小时内把确定的维修日期告诉您。届时一并给您确认结果。",
    ),
    ("24小时内告诉您最新进展。", "和确定的领卡时间", "24小时内告诉您最新进展和确定的领卡时间。"),
]


@pytest.mark.parametrize(("text", "named", "want"), WITH_DATE)
def test_date_named_in_the_result(text: str, named: str, want: str) -> None:
    assert with_date(text, named) == want


ONE_CLOCK: list[Row] = [
    (
        "zh-Hans",
        "钱包提现8000到银行卡两天了还没到账 一直显示处理中 我等着还信用卡 到底什么时候到",
        ["到账时间"],
        ["送达日期", "24小时内"],
    ),
    (
        "zh-Hans",
        "我家孩子的游泳课报了20节，搬家了来不了，还剩10节。请按剩余10节把学费退给我们，麻烦给个具体的退款时间。",
        ["退款时间"],
        ["麻烦给个"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), ONE_CLOCK)
def test_one_clock_and_the_date_asked(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


# ---------------------------------------------------------------- their deadline, as they put it

BEFORE_DAY: list[Row] = [
    (
        "en",
        "The engraving on my mum's urn has her name spelt wrong. We paid $180. "
        "I need it corrected before the service on Friday.",
        ["before the service on Friday"],
        ["on Friday is for", "Whether we can do that"],
    ),
    (
        "en",
        "The banner you printed for my daughter's wedding has the wrong date on it, order 5521. "
        "Please get it reprinted before the wedding on Saturday.",
        ["before the wedding on Saturday"],
        ["that on Saturday"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), BEFORE_DAY)
def test_before_the_event_is_the_deadline(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


# ---------------------------------------------------------------- mail it, or where to collect it

SEND: list[tuple[str, bool, str | None]] = [
    ("說好兩週寄證書，已經一個月了。請把證書寄給我，或者告訴我可以去哪裡領。", True, "either"),
    ("请告诉我什么时候能拿到新卡，能不能邮寄？", True, "send"),
    ("可唔可以寄俾我？定係要我自己去攞？", True, "either"),
    ("新卡可唔可以寄俾我？", True, "send"),
    ("Please mail it to me or let me pick it up.", False, "either"),
    ("Could you post the certificate to my home address?", False, "send"),
    # near misses: what we said we would do, a replacement sent, an email
    ("当时说两周会寄报告，到现在还没收到。", True, None),
    ("You said you would post it last week.", False, None),
    ("我要换成L码寄给我。", True, None),
    ("Please send the receipt to my email.", False, None),
]


@pytest.mark.parametrize(("text", "zh", "want"), SEND)
def test_mail_or_collect_read(text: str, zh: bool, want: str | None) -> None:
    assert send_or_collect(text, zh) == want


SEND_DRAFTS: list[Row] = [
    (
        "zh-Hant",
        "您好，我3月5日在貴診所做了體檢，付了NT$3,200。說好兩週寄報告，已經一個月了。"
        "請盡快把報告寄給我，或者告訴我可以去哪裡領。",
        ["寄出的日期", "領取的地點"],
        [],
    ),
    (
        "zh-Hans",
        "我5月2日在街道办补办居住证，受理号JZ-20240502，说好两周可以领，现在一个多月了。"
        "请告诉我什么时候能领，能不能邮寄。",
        ["邮寄"],
        [],
    ),
    (
        "en",
        "I passed my course in March and the certificate still hasn't come, student number 44120. "
        "Please mail it to me or let me pick it up at the office.",
        ["the date it goes out", "collect it"],
        [],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), SEND_DRAFTS)
def test_mail_or_collect_answered(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


# ---------------------------------------------------------------- someone out today

TODAY: list[tuple[str, bool, bool, bool]] = [
    ("冷氣壞咗三日 師傅約咗兩次都冇嚟 今日一定要派人嚟整", True, True, True),
    ("热水器坏了 今天必须派人上门修好", True, True, True),
    ("The boiler engineer missed two visits. Someone needs to come out today.", False, True, True),
    ("The app has logged me out for three days. I need it fixed today.", False, True, False),
    # near misses: a visit someone promised for today, today named for something else
    ("师傅说好今天来，结果没来", True, False, False),
    ("今天要交房租", True, False, False),
    ("The engineer was supposed to come today.", False, False, False),
]


@pytest.mark.parametrize(("text", "zh", "want", "out"), TODAY)
def test_same_day_demand_read(text: str, zh: bool, want: bool, out: bool) -> None:
    assert demanded(text, zh) is want
    assert someone_out(text, zh) is out


TODAY_DRAFTS: list[Row] = [
    ("zh-Hant", "屋企冷氣壞咗三日 帳號AC-77120 師傅約咗兩次都冇嚟 今日一定要派人嚟整", ["今天"], ["24小時內"]),
    ("zh-Hans", "家里热水器坏了三天 工单WX-5512 师傅两次没来 今天必须派人上门修好", ["今天"], ["24小时内"]),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), TODAY_DRAFTS)
def test_same_day_answered_today(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


# ---------------------------------------------------------------- apology in writing, how to claim

APOLOGY: list[tuple[str, bool, str | None]] = [
    ("懇請退還多收的NT$5,000，並就名字寫錯給我們一個書面道歉。", True, "书面"),
    ("退还差价，并给我一个正式的道歉。", True, "正式"),
    ("I want a written apology from the manager and my deposit back.", False, "written"),
    # near misses: an apology refused, or sorry said as a story
    ("我不接受道歉，只要退款。", True, None),
    ("I don't want a formal apology, just my money back.", False, None),
    ("The waiter apologised but did nothing.", False, None),
]


@pytest.mark.parametrize(("text", "zh", "want"), APOLOGY)
def test_apology_asked_read(text: str, zh: bool, want: str | None) -> None:
    assert apology_asked(text, zh) == want


CLAIM: list[tuple[str, bool, str | None]] = [
    ("Please refund the £90 and tell me how I claim for the broken mirror.", False, "the broken mirror"),
    ("Let me know how to claim for my damaged bike.", False, "your damaged bike"),
    ("请退回运费，并告诉我怎么申请理赔。", True, ""),
    ("I will claim on my own insurance.", False, None),  # near miss
]


@pytest.mark.parametrize(("text", "zh", "want"), CLAIM)
def test_claim_asked_read(text: str, zh: bool, want: str | None) -> None:
    assert claim_asked(text, zh) == want


SECOND_DRAFTS: list[Row] = [
    (
        "zh-Hant",
        "您好：\n婚宴的喜帖上新娘的名字印錯了一個字，訂單編號WD-3301，還多收了NT$6,000。\n"
        "懇請退還多收的NT$6,000，並就名字印錯給我們一個書面道歉。\n林小姐",
        ["書面道歉"],
        [],
    ),
    (
        "zh-Hans",
        "你好：\n寿宴的蛋糕上老人的名字写错了，订单号CK-7730，还多收了300元。\n请退还多收的300元，并给我们一个正式的道歉。\n王先生",
        ["正式道歉"],
        [],
    ),
    (
        "en",
        "The plaque you engraved for our bench has my late husband's name misspelt, order PL-5521. "
        "I want a written apology and the plaque redone.",
        ["written apology"],
        [],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), SECOND_DRAFTS)
def test_second_ask_answered(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)
