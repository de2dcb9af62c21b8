"""Satisfy answers the remedy the customer asked for by its verb and object (round 10af): a
refund asked is granted within the front line's limit (about 50 yuan / 7 USD, the seeds) or sent
to whoever approves it, never turned into a payment to trace or a missing item to send because of
a word elsewhere in the story; a re-delivery, a redo-or-refund choice, a courier pickup, a waiver
asked as a condition, points to add, are each answered as asked. Spoken Cantonese in a restated
request is written Chinese. Complaints written for these tests, across kinds of business."""

from __future__ import annotations

import pytest

import drafter
from drafter.intake.restate import written_zh

# (language, complaint, words Satisfy must hold, words it must not hold)
CASES = [
    # a refund asked beside a story word for money moving ("withdrawal"): refunded, not traced
    (
        "en",
        "My statement shows two $2.50 ATM fees for a single withdrawal. The machine failed the first time. "
        "Just refund the extra fee.",
        ["refund the $2.50"],
        ["trace"],
    ),
    (
        "zh-Hans",
        "我在你们银行ATM取款一次，却被扣了两次2元手续费，请把多扣的2元退给我。",
        ["退还2元"],
        ["追查"],
    ),
    (
        "zh-Hant",
        "我喺你哋ATM提款一次，卻被扣咗兩次HK$5手續費，麻煩退返多扣嘅HK$5俾我。",
        ["退還HK$5"],
        ["追查"],
    ),
    # part of an order missing and its price asked back: a small refund granted plainly
    (
        "en",
        "My takeaway order came without the garlic bread ($4.50). Just refund the garlic bread please.",
        ["I've arranged the refund of $4.50"],
        ["sent out", "needs approval"],
    ),
    ("zh-Hans", "外卖少了一份薯条，12元，退我12元就行。", ["12元我已为您办理退还"], ["补送", "审批"]),
    ("zh-Hant", "外賣少咗一杯奶茶HK$18，退返HK$18俾我得唔得", ["HK$18我已為您辦理退還"], ["補送", "審批"]),
    # a re-delivery on the day they name: not a trace, not "measures so it does not happen again"
    (
        "en",
        "The courier left a card saying nobody was home, but I was in all day. Parcel RT5521. "
        "Can you re-deliver it on Saturday?",
        ["delivered again on Saturday"],
        ["trace"],
    ),
    (
        "zh-Hans",
        "快递员没敲门就留了取件通知，单号SF1234567。请问能安排周六重新派送吗？",
        ["周六重新投递"],
        ["追查", "改进"],
    ),
    (
        "zh-Hant",
        "郵差沒按門鈴就留了通知單，掛號信號碼RR998877665TW，可以安排這週六重新投遞嗎？",
        ["這週六重新投遞"],
        ["追查", "改進"],
    ),
    # "redo it free or refund me": one choice, with who approves it (a free redo is worth the price)
    (
        "en",
        "The haircut I got yesterday is uneven on one side. It cost $60. "
        "Either redo it for free or give me my money back.",
        ["A free redo, or a refund of $60, needs approval from"],
        ["exchange"],
    ),
    (
        "zh-Hans",
        "上周在你们店做的美甲三天就掉了，花了298元，要么免费重新做，要么全退。",
        ["免费重新处理或退款298元，都需要"],
        ["更换"],
    ),
    (
        "zh-Hant",
        "上星期喺你哋度染嘅頭髮已經褪色，收咗我HK$680，要麼免費重新染，要麼全數退返。",
        ["免費重新處理或退款HK$680，都需要"],
        ["更換"],
    ),
    # a courier to collect the wrong size: not someone sent to fix something
    (
        "en",
        "The jacket is the wrong size. Please exchange it for a large and arrange a courier pickup from my flat.",
        ["courier to collect it"],
        ["someone to come out"],
    ),
    ("zh-Hans", "收到的外套尺码不对，麻烦换成L码，安排快递上门取件吧。", ["快递上门取件"], ["同事上门处理"]),
    ("zh-Hant", "收到的鞋子尺寸不對，麻煩換成42號，安排上門取件。", ["快遞上門取件"], ["同事上門處理"]),
    # a waiver asked as a condition ("unless the fee is waived"): who approves it, not ignored
    (
        "en",
        "Unless the $120 cancellation fee is waived by Friday, I will leave a review.",
        ["Waiving the $120 fee needs approval from"],
        [],
    ),
    ("zh-Hans", "除非免除这笔300元的违约金，否则我就去投诉。", ["免除这笔300元的费用需要"], []),
    ("zh-Hant", "除非免除呢筆HK$300嘅違約金，否則我就去投訴。", ["免除這筆HK$300的費用需要"], []),
    # within the front line's limit: $5.99, 49元, NT$200 granted, not escalated
    (
        "en",
        "You charged my card $5.99 after I cancelled the app subscription. Please refund the $5.99.",
        ["refund the $5.99 straight away"],
        ["needs approval"],
    ),
    ("zh-Hans", "退订以后还扣了我49元，请退给我。", ["49元我已为您办理退还"], ["审批", "办理取消"]),
    ("zh-Hant", "取消咗會籍仲扣我NT$200，請退返俾我。", ["NT$200我已為您辦理退還"], ["審批", "辦理取消"]),
    # points asked back, the request ending in thanks (謝啦 is no signature): added, not a new appointment
    (
        "en",
        "Please add the 1,200 points from my stay to my profile, thanks",
        ["anything missing will be added"],
        ["new time"],
    ),
    ("zh-Hans", "上周五刷卡的积分到现在都没到账\n帮我补一下积分就好 谢啦", ["补回"], ["新的时间"]),
    ("zh-Hant", "上週五刷卡的回饋點數到現在都沒入帳\n幫我補一下點數就好 謝啦", ["補回"], ["新的時間"]),
    # a deadline to extend (escalated: in hospital): asked for, beside the manager's call
    (
        "en",
        "My library books are due on Friday but I'm in hospital. Please extend the due date on card 2231-889.",
        ["deadline to be extended"],
        [],
    ),
    ("zh-Hans", "我住院了，图书馆借的书周五到期，借书证号2231889，请帮我延期。", ["申请延期"], []),
    ("zh-Hant", "我住院咗，圖書館借嘅書星期五到期，借書證號碼2231889，請幫我延期。", ["申請延期"], []),
    # "call me back today": one call, today, not a second one from a manager as well
    (
        "en",
        "The sofa delivery was a day late and the legs are scratched. Order SF-8812. Please call me back today.",
        ["call you today"],
        ["contact you personally"],
    ),
    (
        "zh-Hans",
        "沙发晚了一天送到，腿还有划痕，订单号SF-8812。请今天给我回电。",
        ["今天之内给您回电"],
        ["亲自与您联系"],
    ),
    (
        "zh-Hant",
        "梳化遲咗一日送到，腳仲有花痕，訂單號碼SF-8812。請今日回電俾我。",
        ["今天之內給您回電"],
        ["親自與您聯繫"],
    ),
    # the amount as they wrote it in the story (25元), not the spoken form of the ask (25块)
    ("zh-Hans", "会员已经关了，这个月还是扣了25元。退我25块就行。", ["25元我已为您办理退还"], ["25块"]),
    # something missing from a document to reissue: not an item to send or refund
    (
        "en",
        "The invoice left out our company's VAT number. Please reissue the invoice and email it to me.",
        ["sent or uploaded again"],
        ["missing item"],
    ),
    ("zh-Hans", "发票抬头写错了，少了“有限公司”四个字，请重开发票寄给我。", ["重新发送"], ["补送"]),
    ("zh-Hant", "發票抬頭寫錯了，少了「有限公司」四個字，請重開發票寄給我。", ["重新發送"], ["補送"]),
    # a class we cancelled is no cancellation they ask for
    (
        "en",
        "If a class is cancelled again, please notify us in advance. Also please add the two missed classes "
        "back to my pass.",
        [],
        ["cancellation", "cancel"],
    ),
    ("zh-Hans", "以后如果课程取消，请提前通知。另外请把扣掉的两节课加回来。", ["加回"], ["办理取消"]),
    ("zh-Hant", "之後如果課程取消，請提前通知。另外請把扣掉的三堂課加回來。", ["加回"], ["辦理取消"]),
]


@pytest.mark.parametrize(("language", "complaint", "expected", "forbidden"), CASES)
def test_satisfy_answers_the_remedy_asked(
    language: str, complaint: str, expected: list[str], forbidden: list[str]
) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    satisfy = d.sections.satisfy
    for words in expected:
        assert words in satisfy, (words, satisfy)
    for words in forbidden:
        assert words not in satisfy, (words, satisfy)
    assert d.guard.verdict == "pass", d.guard.findings


# escalated (harm): every money ask and the investigation asked are answered beside the manager's call
ESCALATED = [
    (
        "en",
        "I found a piece of metal in my burger and cracked a tooth. I want a full refund of $18, and I expect "
        "you to cover the dentist bill.",
        ["A refund of $18 needs approval", "Any compensation needs approval"],
    ),
    (
        "zh-Hans",
        "吃了你们的外卖后上吐下泻，去了医院，诊断急性肠胃炎。要求全额退款68元，并赔偿医药费。",
        ["68元的退款需要", "补偿需要"],
    ),
    (
        "zh-Hant",
        "食完你哋嘅外賣之後上吐下瀉，要去醫院睇醫生。要求全額退款HK$120，並賠償醫藥費。",
        ["HK$120的退款需要", "補償需要"],
    ),
    (
        "en",
        "The driver was texting and rear-ended a car; I hurt my neck and went to hospital. I want you to "
        "investigate the driver, and cover my medical costs.",
        ["investigate this", "Any compensation needs approval"],
    ),
    (
        "zh-Hans",
        "司机开车看手机追尾，我脖子受伤去了医院。我要求平台调查这名司机，并联系我处理医疗费用。",
        ["展开调查", "补偿需要"],
    ),
    (
        "zh-Hant",
        "司機開車睇手機追尾，我頸受傷去咗醫院。我要求平台調查呢個司機，並聯絡我處理醫療費用。",
        ["展開調查", "補償需要"],
    ),
]


ESCALATED += [
    # a refund of one night asked with a threat: who approves it, today (not in the manager's 30 minutes)
    (
        "en",
        "room 512 no hot water for 2 days now, paying $289/night?? refund one night or im posting it on tiktok tonight",
        ["A refund of $289 needs approval", "will confirm the outcome today"],
    ),
    (
        "zh-Hans",
        "我现在就在前台，房间没热水两天了，每晚689元，退一晚房费给我，不然我发抖音",
        ["689元的退款需要", "今天之内给您确认结果"],
    ),
    (
        "zh-Hant",
        "我而家喺前台，房間冇熱水兩日，每晚HK$1,289，退一晚房費俾我，唔係我就放上網",
        ["HK$1,289的退款需要", "今天之內給您確認結果"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "expected"), ESCALATED)
def test_an_escalated_case_still_answers_each_thing_asked(language: str, complaint: str, expected: list[str]) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    assert d.escalate
    for words in expected:
        assert words in d.sections.satisfy, (words, d.sections.satisfy)


@pytest.mark.parametrize(
    ("language", "complaint", "promise"),
    [
        ("zh-Hans", "租的车空调坏了，租约号RA-5512。明天早上9点前可以帮我换一台吗？", "在明天早上9点前送到"),
        ("zh-Hant", "租的車冷氣壞了，租約號碼RA-5512。明天早上9點前可以幫我換一台嗎？", "在明天早上9點前送到"),
        (
            "en",
            "The rental car's air conditioning is broken (agreement RA-5512). "
            "Can you swap the car before 9am tomorrow?",
            "get it to you before 9am",
        ),
        (
            "en",
            "The technician never came on Tuesday. Please send a technician to come out before Friday.",
            "for someone to come out before Friday",
        ),
        ("zh-Hans", "师傅周二没来。请这周五前派师傅上门。", "安排这周五前上门"),
        ("zh-Hant", "師傅週二沒來。請這週五前派師傅上門。", "安排這週五前上門"),
    ],
)
def test_a_visit_before_a_day_is_promised_before_that_day(language: str, complaint: str, promise: str) -> None:
    """ "before Friday" is not "Friday, as you asked"; "这周五前" is not "这周"; an exchange asked
    for by a time is promised by it."""
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    assert promise in d.sections.satisfy


@pytest.mark.parametrize(
    ("spoken", "traditional", "written"),
    [
        # zh-Hant replies: Cantonese rendered in written Traditional Chinese
        ("我想退返個HK$50登記費", True, "我想退回HK$50登記費"),
        ("等到12:40先叫我名", True, "等到12:40才叫我名"),
        ("幾時先入到賬", True, "什麼時候才到賬"),
        ("揸返去先發現", True, "開回去才發現"),
        ("可唔可以翻睇下閉路電視", True, "可不可以翻查一下閉路電視"),
        ("嚟執一下同換毛巾", True, "來收拾一下和換毛巾"),
        # the same in a Simplified reply
        ("我想退返个HK$50登记费", False, "我想退回HK$50登记费"),
        ("等到12:40先叫我名", False, "等到12:40才叫我名"),
        ("揸返去先发现", False, "开回去才发现"),
        # written words of their own are left alone
        ("一個人", True, "一個人"),
        ("先生您好", True, "先生您好"),
    ],
)
def test_spoken_cantonese_is_written_out(spoken: str, traditional: bool, written: str) -> None:
    assert written_zh(spoken, traditional, True) == written
