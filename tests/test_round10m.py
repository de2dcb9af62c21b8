"""Round 10m: drafts an agent would send after a glance. No filler about details nothing is done
with, no doubt about a clear error, no demand, threat or ultimatum of the customer's said in our
voice, the business never calls itself 贵X, no duty-manager call for a case not escalated, and
safety steps that fit a fixed installation already switched off and a wrong-strength medicine.
Complaints written for these tests."""

from __future__ import annotations

import re

import pytest

import drafter

FILLER = [
    # (language, complaint) -- amounts, dates and durations nothing is done with
    ("en", "My gym fee is $75 a month and the sauna has been shut for 9 days. When will it reopen?"),
    ("en", "Order 55-2231 arrived on 3 March, two days late, and the box was soaked; I paid £42 for it."),
    ("zh-Hans", "我每个月交物业费420元，楼道灯坏了两个星期，3月5日报修到现在没人来。"),
    ("zh-Hans", "上周六在你们店吃饭等了50分钟才上菜，一共消费368元。"),
    ("zh-Hant", "我每月繳NT$699，網路已經斷了三天，3月2日報修到現在都沒人處理。"),
    ("zh-Hant", "健身房的冷氣壞了一個禮拜，會費每月$520，什麼時候修好？"),
]
NEVER_FILLER = (
    "against our records",
    "what you said about",
    "逐一核对",
    "逐一核對",
    "会一并了解当时的情况",
    "會一併了解當時的情況",
)


@pytest.mark.parametrize(("language", "text"), FILLER)
def test_details_get_no_filler_sentence(language: str, text: str) -> None:
    body = drafter.draft(text, channel="im", language=language).text
    for never in NEVER_FILLER:
        assert never not in body, body


CLEAR_ERRORS = [
    ("en", "I was charged $19.99 twice for the same download on 4 May, card ending 2210."),
    ("en", "Your shop charged me for three coffees but I only had one, please fix the bill."),
    ("zh-Hans", "同一笔会员费58元被扣了两次，请把多扣的退给我。"),
    ("zh-Hans", "结账的时候多收了一份套餐的钱，我们只点了两份。"),
    ("zh-Hant", "同一筆停車費NT$120被扣了兩次，麻煩退回多扣的那筆。"),
    ("zh-Hant", "帳單上多了一筆我沒用過的服務費$80，請幫我取消。"),
]


@pytest.mark.parametrize(("language", "text"), CLEAR_ERRORS)
def test_a_clear_error_is_not_doubted(language: str, text: str) -> None:
    body = drafter.draft(text, channel="im", language=language).text
    for never in ("if it's wrong", "if it is wrong", "如果确实有误", "如果確實有誤", "against our records"):
        assert never not in body, body


ULTIMATUMS = [
    # (language, complaint, what must never come back as our sentence)
    (
        "en",
        "Dear team,\n\nMy parcel 77-1209 has been 'out for delivery' for six days. This is the last time I am "
        "writing about it. Deliver it by Monday or I'm going to my bank for a chargeback.\n\nSam Reyes",
        ("last time", "chargeback", "or you're going"),
    ),
    (
        "en",
        "Your engineer missed two visits to fix my boiler. Sort it out by Thursday or else I stop paying.",
        ("or else", "sort it out", "stop paying"),
    ),
    (
        "zh-Hans",
        "您好：\n\n我家宽带断了五天，报修三次都没人来。这是最后一次联系你们，明天必须派人来修，"
        "这几天的费用给我免掉，否则我就去工信部投诉。\n\n刘先生",
        ("最后一次", "必须派人", "给您免掉", "投诉"),
    ),
    (
        "zh-Hans",
        "外卖里的汤全洒了，饭也泡坏了，你们看着办吧，订单尾号8812",
        ("看着办",),
    ),
    (
        "zh-Hant",
        "您好：\n\n我的包裹已經延誤十天，客服一直說在查。這是最後一次聯絡，三天內必須給我答覆，"
        "不然我會向消基會申訴。\n\n陳小姐",
        ("最後一次", "必須給", "申訴"),
    ),
    (
        "zh-Hant",
        "訂的是海景房，入住卻給了看停車場的房間，今晚幫我換房，另外把差價退給我",
        ("今晚幫您", "今晚帮您"),
    ),
]


@pytest.mark.parametrize(("language", "text", "never"), ULTIMATUMS)
def test_a_demand_or_threat_is_never_our_sentence(language: str, text: str, never: tuple[str, ...]) -> None:
    d = drafter.draft(text, language=language)
    listen = d.sections.listen
    for phrase in never:
        assert phrase.lower() not in listen.lower(), listen


OURSELVES = [
    ("zh-Hans", "我在贵药房买的感冒药过期了两个月，收据还在，请给我换一盒。"),
    ("zh-Hans", "上周在贵超市买的牛奶打开就是酸的，小票还在。"),
    ("zh-Hant", "上週日在貴酒樓吃飯，魚是冷的，服務員也不理人。"),
    ("zh-Hant", "在貴戲院看電影，中途斷片二十分鐘，也沒有人解釋。"),
]


@pytest.mark.parametrize(("language", "text"), OURSELVES)
def test_the_business_never_calls_itself_gui(language: str, text: str) -> None:
    body = drafter.draft(text, channel="email", language=language).text
    assert not re.search(r"[贵貴](?:药房|藥房|超市|酒楼|酒樓|戏院|戲院)", body), body


NOT_ESCALATED_NOW = [
    ("en", "#B2231 left at the wrong house again, the milk is warm now"),
    ("zh-Hans", "骑手把奶茶洒了一袋子，订单尾号5521，退钱"),
    ("zh-Hant", "外送的便當少了一個，訂單尾號7710，請補送"),
]


@pytest.mark.parametrize(("language", "text"), NOT_ESCALATED_NOW)
def test_no_duty_manager_call_without_escalation(language: str, text: str) -> None:
    d = drafter.draft(text, channel="im", language=language)
    if d.escalate:
        pytest.skip("escalated: a manager's call is backed")
    for never in ("flagged this as urgent", "作为紧急事项", "作為緊急事項"):
        assert never not in d.text, d.text


METER_OFF = [
    (
        "en",
        "your engineer replaced our meter this morning and now the meter box is sparking and smells of burning. "
        "I've switched the mains off. we have a newborn here, send someone now. 14 Alder Road",
    ),
    ("zh-Hans", "你们今天上午刚换的电表，现在电表箱冒火花还有焦味，我已经关了总闸，家里有老人和小孩，快派人来"),
    ("zh-Hant", "你們今早才換的電錶，現在電錶箱有火花同燒焦味，我已經關了總掣，家裡有小朋友，快派人來"),
]


@pytest.mark.parametrize(("language", "text"), METER_OFF)
def test_a_fixed_installation_switched_off_is_kept_off_and_not_touched(language: str, text: str) -> None:
    d = drafter.draft(text, channel="im", language=language)
    body = d.text
    assert d.escalate
    for never in ("flammable", "可燃物", "方便我们检测", "方便我們檢測", "24小时内与您确认", "24小時內與您確認"):
        assert never not in body, body
    assert re.search(r"don't touch|不要触碰|不要觸碰", body), body
    assert re.search(r"emergency services|火警|急救", body), body


WRONG_STRENGTH = [
    (
        "en",
        "the chemist gave my dad metformin, the label says 500mg but the tablets are stamped 1000mg. "
        "he's had two doses and now he's dizzy",
    ),
    ("zh-Hans", "药房给我妈配的降压药，药盒写5毫克，药片上印的是10毫克，她已经吃了三天，现在头晕"),
    ("zh-Hant", "藥局給我爸的藥，藥盒寫20毫克，藥片上印的是40毫克，他吃了兩天，現在很不舒服"),
]


@pytest.mark.parametrize(("language", "text"), WRONG_STRENGTH)
def test_a_wrong_strength_medicine_is_stopped_now(language: str, text: str) -> None:
    d = drafter.draft(text, channel="im", language=language)
    assert re.search(r"any more of it|stop taking|停止服用|不要再", d.text), d.text
