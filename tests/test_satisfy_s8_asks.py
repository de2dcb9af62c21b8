"""Satisfy answers the ask within an agent's authority, once (session 8, trainers on group C21):
a return label is sent, not put to a manager; a deadline is promised once, not by two sentences;
the extra one of a charge taken twice is valued, so the right approver is named; an adult's
medicine given to a child is the wrong medicine (stop it, urgent care), with no second call
promised beside the manager's. Complaints written for these tests, in the three languages."""

from __future__ import annotations

import pytest

import drafter

LABEL = [
    # (language, complaint, words the answer holds)
    (
        "en",
        "Ordered a 'solid oak' side table, order 55-2210-778, arrived and it's chipboard with a veneer. "
        "$129. Send me a return label please",
        "prepaid return label",
    ),
    ("zh-Hans", "网上买的说是纯棉床单，订单 JD-66102，收到是涤纶的，159元。请给我发个退货标签", "退货标签发给您"),
    ("zh-Hant", "網購嘅真皮銀包，訂單 HK-22871，收到係PU皮，HK$399。請寄個退貨標籤俾我", "退貨標籤發給您"),
]


@pytest.mark.parametrize(("language", "complaint", "expected"), LABEL)
def test_a_return_label_is_sent_not_put_to_a_manager(language: str, complaint: str, expected: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    satisfy = d.sections.satisfy
    assert expected in satisfy
    for word in ("to decide", "审批", "審批", "approval"):
        assert word not in satisfy, word
    assert d.guard.verdict == "pass"


@pytest.mark.parametrize(
    ("language", "complaint"),
    [
        ("zh-Hans", "网购的蓝牙耳机，订单 PC-88120，收到是二手的，299元。请安排上门取件退货"),
        ("zh-Hant", "網購的藍牙耳機，訂單 PC-88120，收到是二手的，NT$1290。請安排上門取件退貨"),
    ],
)
def test_a_courier_pickup_is_one_answer_not_a_label_too(language: str, complaint: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    assert "标签" not in d.sections.satisfy and "標籤" not in d.sections.satisfy
    assert "取件" in d.sections.satisfy


DEADLINE = [
    (
        "en",
        "email",
        "My claim HC-55102 for storm damage was lodged on 2 March. Eleven weeks on, every call gets a different "
        "person telling me to wait. If this is not settled I will take it to the ombudsman. "
        "I'd like a decision by 30 June.",
        "30 June",
    ),
    (
        "zh-Hans",
        "email",
        "我的车险理赔 CL-22019 是3月2日报的，到现在两个多月了还在审核中，每次打电话都说再等等。"
        "再不处理我就去消费者协会投诉。希望6月30日前给我一个结果。",
        "6月30日",
    ),
    (
        "zh-Hant",
        "email",
        "我的醫療險理賠 TL-55210 是3月2日申請的，到現在兩個多月了還在審核中，每次打電話都說再等等。"
        "再不處理我就去消費者委員會投訴。希望6月30日前給我一個結果。",
        "6月30日",
    ),
]


@pytest.mark.parametrize(("language", "channel", "complaint", "deadline"), DEADLINE)
def test_a_deadline_is_promised_once(language: str, channel: str, complaint: str, deadline: str) -> None:
    d = drafter.draft(complaint, channel=channel)
    assert d.language == language
    said = d.sections.satisfy
    assert deadline in said
    # the restated ask names it once; our promise names it once more, never a second promise
    assert said.count(deadline) <= 2, said


TWICE = [
    (
        "en",
        "Booked 2 tickets for the 8pm show, booking RX-5521, and was charged twice, £18.50 each time. "
        "Refund the extra one please",
        "£18.50",
    ),
    ("zh-Hans", "订了两张电影票，订单 DY-88210，被扣了两次款，每次95元。请把多扣的那次退给我", "95元"),
    ("zh-Hant", "訂了兩張戲飛，訂單 MC-22018，被扣咗兩次款，每次HK$110。請退返多扣嗰次", "HK$110"),
]


@pytest.mark.parametrize(("language", "complaint", "amount"), TWICE)
def test_the_extra_charge_of_a_charge_taken_twice_is_valued(language: str, complaint: str, amount: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    assert amount in d.sections.satisfy  # named, so the approver is the right one, not "a refund" unvalued
    assert d.guard.verdict == "pass"


CHILD = [
    (
        "en",
        "the pharmacy gave my 5yo the adult strength paracetamol instead of the kids one, rx RX-22018. "
        "she had 2 doses and is now vomiting. call me NOW 0400 111 222",
        "any more of it",
    ),
    (
        "zh-Hans",
        "药房把成人剂量的退烧药给了我5岁女儿，处方号 RX-55201，她吃了两次现在一直吐，请马上打给我 13800138000",
        "停止服用这种药",
    ),
    (
        "zh-Hant",
        "藥房把成人劑量的退燒藥給了我5歲女兒，處方號 RX-55201，她吃了兩次現在一直吐，請馬上打給我 0912 345 678",
        "停止服用這種藥",
    ),
]


@pytest.mark.parametrize(("language", "complaint", "step"), CHILD)
def test_an_adult_medicine_given_to_a_child_is_the_wrong_medicine(language: str, complaint: str, step: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    assert d.escalate
    assert step in d.text
    for wrong in ("vaccination", "接种", "接種", "tablets", "EpiPen", "肾上腺素", "腎上腺素"):
        assert wrong not in d.text, wrong
    # one call promised (the manager's, in minutes), not a pharmacist's beside it
    assert d.text.count("10 minutes") + d.text.count("10分钟") + d.text.count("10分鐘") == 1


OURS = [
    (
        "en",
        "A man came to my door yesterday saying he was from your company to check the boiler, charged me £80 "
        "cash and left no receipt. Was he really one of your engineers? Account 55120.",
        "whether the person was one of ours",
    ),
    (
        "zh-Hans",
        "昨天有个人上门说是你们的维修师傅，收了我200元现金也没给收据。这到底是不是你们公司的人？户号 8812033",
        "是不是我们公司的员工",
    ),
    (
        "zh-Hant",
        "昨日有人上門話係你哋嘅維修師傅，收咗我HK$500現金又冇收據。到底是不是你們公司的人？戶號 8812033",
        "是不是我們公司的員工",
    ),
]


@pytest.mark.parametrize(("language", "complaint", "answer"), OURS)
def test_was_it_one_of_yours_is_checked_and_answered(language: str, complaint: str, answer: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    assert answer in d.sections.satisfy
    for visit in ("上门处理", "上門處理", "send someone"):
        assert visit not in d.sections.satisfy  # the visit told of is no visit asked for


ACT_ONLY = [
    (
        "zh-Hans",
        "上周在你们店烫的头发，958元，不到十天就直了。我要的是免费重做，或者退一半的钱。你们按规矩处理就行。",
        "按规矩",
    ),
    (
        "zh-Hant",
        "上週在你們店燙的頭髮，NT$3,200，不到十天就直了。我要的是免費重做，或者退一半的錢。你們按規矩處理就行。",
        "按規矩",
    ),
    (
        "en",
        "Had my hair coloured at your Bridge St salon on Friday, £95, and it has washed out in a week. "
        "I want a free redo or half my money back. Just deal with it properly.",
        "deal with it properly",
    ),
]


@pytest.mark.parametrize(("language", "complaint", "vague"), ACT_ONLY)
def test_deal_with_it_properly_is_not_repeated_as_the_ask(language: str, complaint: str, vague: str) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    assert vague not in d.sections.satisfy
    assert d.sections.satisfy  # the redo or refund is still answered


FIXED_FIRE = [
    (
        "en",
        "The meter box outside our flat is sparking and there's a burning smell. Account 7710-22.",
        "somewhere else",
    ),
    ("zh-Hans", "我家楼下的电表箱一直冒火花，还有烧焦味。户号 0301-4456。", "别处"),
    ("zh-Hant", "我家樓下的電錶箱一直冒火花，還有燒焦味。電號 06-12-3345-01。", "別處"),
]


@pytest.mark.parametrize(("language", "complaint", "elsewhere"), FIXED_FIRE)
def test_a_sparking_box_is_never_reached_into(language: str, complaint: str, elsewhere: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    assert elsewhere in d.text
    for unsafe in ("reach the fuse box", "安全地关掉总电源", "安全地關掉總電源"):
        assert unsafe not in d.text


BAG = [
    (
        "en",
        "Flew BA117 from JFK to Heathrow last night, my suitcase never showed up on the belt. File ref LHRBA55120.",
        "trace your bag",
    ),
    ("zh-Hans", "昨天坐CA1501从北京飞上海，托运的行李到现在都没出来，行李单号 CA882031。", "追查您的行李"),
    ("zh-Hant", "昨日搭CX451由台北飛香港，寄艙行李到而家都唔見咗，行李編號 CX55210。", "追查您的行李"),
]


@pytest.mark.parametrize(("language", "complaint", "answer"), BAG)
def test_a_bag_that_never_came_is_traced_and_brought(language: str, complaint: str, answer: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    assert answer in d.sections.satisfy
    assert "find out what happened" not in d.sections.satisfy


FROM_HOME = [
    (
        "en",
        "My broadband has been dropping all week, account BB-55120. I work from home and can't do my calls. "
        "When can an engineer come out?",
        "today",
    ),
    ("zh-Hans", "家里宽带断了三天了，账号 KD-22019。我在家办公，开不了会，什么时候能派人来修？", "今天之内"),
    ("zh-Hant", "屋企寬頻斷咗三日，帳戶 HKB-22019。我要WFH，開唔到會，幾時派人上嚟整？", "今天之內"),
]


@pytest.mark.parametrize(("language", "complaint", "today"), FROM_HOME)
def test_working_from_home_on_it_gets_the_visit_confirmed_today(language: str, complaint: str, today: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    said = d.sections.satisfy
    assert today in said
    for slow in ("within 24 hours", "24小时内", "24小時內"):
        assert slow not in said  # one visit, confirmed today; no rebooking "within 24 hours" beside it


ONE_MONEY_ASK = [
    (
        "en",
        "My 08:10 from Leeds to York on 3 May was cancelled, ticket ref 7TR22Q, £12.40. I'd like Delay Repay for "
        "that journey. I want the refund processed this week.",
        ["£12.40"],
    ),
    (
        "zh-Hans",
        "上周六的高铁晚点两个小时，车票号 E22019，票价45元。我要求延误补偿。请把票钱退给我。",
        ["45元", "补偿"],
    ),
    (
        "zh-Hant",
        "上週六嘅高鐵誤點兩個鐘，車票號碼 K22019，票價HK$45。我要求延誤補償。請將車費退返俾我。",
        ["HK$45", "補償"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "answered"), ONE_MONEY_ASK)
def test_asks_an_answer_meets_get_no_each_of_these_line(language: str, complaint: str, answered: list[str]) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    said = d.sections.satisfy
    for words in answered:
        assert words in said
    for each in ("each of these", "以上每一项", "以上每一項", "其他问题", "其他問題"):
        assert each not in said


AWAITED = [
    (
        "en",
        "You cancelled my class on 2 May and said £20 would be refunded in 5 days. It's the 20th and I still "
        "haven't had the refund. Member 55120.",
        "trace the payment",
    ),
    ("zh-Hans", "5月2日你们取消了课程，说5天内退还200元，到现在20号了退款还没到账。会员号 55120。", "追查"),
    ("zh-Hant", "5月2日你們取消了課程，說5天內退還NT$800，到現在20號了退款還沒到帳。會員號 55120。", "追查"),
]


@pytest.mark.parametrize(("language", "complaint", "trace"), AWAITED)
def test_a_promised_refund_that_never_came_is_traced_not_approved_again(
    language: str, complaint: str, trace: str
) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    said = d.sections.satisfy
    assert trace in said
    assert said.count(trace) == 1  # one trace, not two lines promising it
    for again in ("approval", "审批", "審批"):
        assert again not in said
