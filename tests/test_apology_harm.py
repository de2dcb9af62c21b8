"""s12open: the opening and the apology name the harm the complaint states, fit its gravity, and
claim no history it does not state; the business the reply speaks as is not a third party the
customer pays (their landlord). Complaints written for these tests, in en, zh-Hans and zh-Hant."""

from __future__ import annotations

import pytest

import drafter
from drafter.intake import analyse, read_complaint

# (language, complaint, words the draft must contain, words it must not)
CASES = [
    # an event the problem made them miss: named in the apology
    (
        "en",
        "My bus from Hull on 3 May (ticket BX-2201) never turned up "
        "and I missed my dentist appointment. Please refund the £12 "
        "fare.",
        ["missed your dentist appointment"],
        ["trouble this has caused"],
    ),
    (
        "zh-Hans",
        "5月3日的大巴（车票号 BX2201）晚点了两个小时，我错过了面试，请退还车票钱60元。",
        ["错过了面试"],
        ["给您添了麻烦"],
    ),
    (
        "zh-Hant",
        "5月3日的巴士（車票號 BX2201）遲了兩個小時，我錯過了面試，請退還車費60元。",
        ["錯過了面試"],
        ["給您添了麻煩"],
    ),
    # "nearly missed" is no miss
    (
        "en",
        "The taxi I booked for 6am (booking TX-5531) came 25 minutes "
        "late and I nearly missed my flight. I'd like the £30 fare "
        "back.",
        [],
        ["you missed"],
    ),
    # an event still to come that they tell of: named, never "so close"
    (
        "en",
        "I applied for a visa letter at your office on 2 June "
        "(application VL-77120) and it still says pending. I fly on "
        "14 September. Can you confirm it will be ready?",
        ["your flight coming up"],
        ["trouble this has caused", "so close"],
    ),
    # a funeral gone wrong: the occasion, never "trouble" or "inconvenience"
    (
        "en",
        "The sympathy wreath I ordered (order FL-2231, $120) for my "
        "aunt's funeral on Friday arrived as a bright birthday "
        "bouquet. Please refund me.",
        ["painful time"],
        ["trouble this has caused", "inconvenient"],
    ),
    (
        "zh-Hans",
        "我在你们网店订了一个白色花圈送到殡仪馆，订单号 FW-3302，结果送来的是红色开业花篮，请退款380元。",
        ["令人难过的时刻", "对您和家人有多重要"],
        ["给您添了麻烦", "带来的不便"],
    ),
    (
        "zh-Hant",
        "我在你們網店訂了一個白色花圈送到殯儀館給我外婆的告別式，訂單號 FW-3302，"
        "結果送來的是紅色開業花籃，請退款NT$1,800。",
        ["令人難過的時刻", "對您和家人有多重要"],
        ["給您添了麻煩", "帶來的不便"],
    ),
    # the staff's manner told as an aside after the main problem: sorry for it as well, not instead
    (
        "zh-Hans",
        "我5月8日在你们店买的电饭煲（订单号 RC-5512）用了一次就不加热了，想退货退款299元。另外门店店员的态度也很差。",
        ["态度也让您不愉快"],
        ["对工作人员的态度给您带来的不愉快"],
    ),
    (
        "zh-Hant",
        "我5月8日在你們店買的電飯煲（訂單號 RC-5512）用了一次就不加熱了，想退貨退款299元。另外門市店員的態度也很差。",
        ["態度也讓您不愉快"],
        ["對工作人員的態度給您帶來的不愉快"],
    ),
    (
        "en",
        "The blender I bought on 8 May (order RC-5512) stopped "
        "heating after one use and I want a refund of $49. The "
        "cashier was also rude to me when I tried to return it.",
        ["also sorry for the way you were treated"],
        [],
    ),
    # paid twice, "each time 96": what each charge was, not the problem come back
    (
        "zh-Hans",
        "昨晚买了两张电影票 付了两次钱 每次都是九十六块 订单号 C7720419 多扣的钱什么时候退",
        [],
        ["又一次发生"],
    ),
    (
        "zh-Hant",
        "昨晚買了兩張電影票 付了兩次錢 每次都是九十六蚊 訂單號 C7720419 多扣的錢幾時退",
        [],
        ["又一次發生"],
    ),
    # the stock opener is gone, in a safety case too
    (
        "en",
        "There was a piece of glass in the salad I bought from your shop on Main Street today and I cut my mouth.",
        [],
        ["I can see what's happened"],
    ),
]


@pytest.mark.parametrize(("language", "text", "has", "lacks"), CASES)
def test_apology_names_the_harm(language: str, text: str, has: list[str], lacks: list[str]) -> None:
    reply = drafter.draft(text, channel="email", backend="template").text
    for words in has:
        assert words in reply, reply
    for words in lacks:
        assert words not in reply, reply


# (language, complaint, domain it must not be read as): the landlord or rent they pay to someone
# else through us is no sign that we are the landlord.
THIRD_PARTY = [
    (
        "en",
        "I sent $900 rent to my landlord through your app on 2 May "
        "(transaction TX-221). My landlord never received it and I'm "
        "now late on rent.",
        "property_management",
    ),
    ("zh-Hans", "我4月申请的养老金到现在还没到账，案号 YL-2231，我每个月就靠这笔钱交房租。", "property_management"),
    ("zh-Hant", "我4月申請的年金到現在還沒入帳，案號 YL-2231，我每個月就靠這筆錢繳房租。", "property_management"),
]


@pytest.mark.parametrize(("language", "text", "wrong"), THIRD_PARTY)
def test_landlord_paid_is_not_our_business(language: str, text: str, wrong: str) -> None:
    assert analyse(read_complaint(text, channel="email")).domain != wrong


# A tenant writing to the landlord or the building's management is still read so.
OWN = [
    (
        "en",
        "My landlord has not fixed the boiler in our flat for three weeks and the lease says repairs are his job.",
        "property_management",
    ),
    ("zh-Hans", "楼上漏水到我家天花板，找了物业三次都没人来看。", "property_management"),
    ("zh-Hant", "樓上漏水到我家天花板，找了管理處三次都沒人來看。", "property_management"),
]


@pytest.mark.parametrize(("language", "text", "domain"), OWN)
def test_own_landlord_still_read(language: str, text: str, domain: str) -> None:
    assert analyse(read_complaint(text, channel="email")).domain == domain


# (complaint, chased): one report of a fault is no chase; reports told as several are.
REPORTED = [
    (
        "The air conditioning in room 614 didn't work. I reported it at 11pm and nothing happened. I want $90 back.",
        False,
    ),
    ("There was no hot water. I reported it at the front desk both evenings and nobody came. I want $90 back.", True),
    ("Our bins were not collected. I reported it online on the 3rd and again on the 10th. Please collect them.", True),
    ("This is my fourth email about the leak in my bathroom ceiling. Please send someone this week.", True),
]


@pytest.mark.parametrize(("text", "chased"), REPORTED)
def test_one_report_is_no_chase(text: str, chased: bool) -> None:
    assert analyse(read_complaint(text, channel="email")).situation.chased is chased
    reply = drafter.draft(text, channel="email", backend="template").text
    assert ("chase us" in reply) is chased, reply


# (language, complaint, manager): a pharmacy's case goes to the pharmacy's manager, a clinic's to its own.
MANAGERS = [
    ("en", "Your pharmacy gave my mother the wrong tablets on 3 May (Rx 55120).", "the pharmacy manager"),
    ("en", "The clinic doctor kept me waiting two hours past my appointment on 3 May.", "the practice manager"),
    ("zh-Hans", "你们药房5月3日给我妈配错了药，处方号 RX55120。", "药房负责人"),
    ("zh-Hant", "你們藥房5月3日給我媽配錯了藥，處方號 RX55120。", "藥房負責人"),
]


@pytest.mark.parametrize(("language", "text", "manager"), MANAGERS)
def test_manager_of_the_place_named(language: str, text: str, manager: str) -> None:
    from drafter.wording import Wording

    complaint = read_complaint(text, channel="email")
    assert complaint.language == language
    assert Wording(complaint, None, "healthcare_clinic").manager() == manager


# (language, complaint, card already stopped by them): not frozen again, the dispute only.
STOPPED = [
    (
        "en",
        "Three charges I did not make appeared on my credit card ending 8842. I reported the card stolen on Monday.",
        True,
    ),
    ("en", "Three charges I did not make appeared on my credit card ending 8842. Please help.", False),
    ("zh-Hans", "我的信用卡尾号8842出现三笔我没有消费过的交易，我已经在8月16日打客服挂失了。", True),
    ("zh-Hans", "我的信用卡尾号8842出现三笔我没有消费过的交易，请帮我挂失。", False),
    ("zh-Hant", "我的信用卡末四碼8842出現三筆我沒有消費過的交易，我已經在8月16日打客服掛失。", True),
]


@pytest.mark.parametrize(("language", "text", "stopped"), STOPPED)
def test_card_already_stopped_is_not_frozen_again(language: str, text: str, stopped: bool) -> None:
    reply = drafter.draft(text, channel="email", backend="template").text
    froze = any(w in reply for w in ("freezing the card", "freeze the card", "冻结这张卡", "凍結這張卡"))
    assert froze is not stopped, reply
    assert any(w in reply for w in ("dispute", "争议", "爭議")), reply


# (language, complaint, feeling line it must not use): rudeness is no inconvenience.
RUDE = [
    ("zh-Hans", "你们的司机一路讲电话，还一直嫌我的路线麻烦，态度很差，行程编号 TX-50318。", "带来的不便"),
    ("zh-Hant", "你們的司機一路講電話，還一直嫌我的路線麻煩，態度很差，行程編號 TX-50318。", "帶來的不便"),
]


@pytest.mark.parametrize(("language", "text", "wrong"), RUDE)
def test_rudeness_is_no_inconvenience(language: str, text: str, wrong: str) -> None:
    reply = drafter.draft(text, channel="im", backend="template").text
    assert wrong not in reply, reply
