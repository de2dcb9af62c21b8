"""The remedy Satisfy offers fits what happened (round 10ai). Trainers marked down remedies of
the wrong shape: a new time where nothing was booked, an exchange "delivered by the weekend" for a
service to redo, "we can send the missing one" for the customer's own shirt lost at the laundry,
a re-delivery promised for a parcel already back with its sender, a refund nobody asked for beside
a re-delivery; money done the wrong way (a fee already taken "will not be charged", the largest
sum picked instead of the disputed one, a small redo sent for a day's approval, a deposit both
"being checked" and "already refunded"); and a water cut this morning answered "within 24 hours".
Complaints written for these tests, across kinds of business."""

from __future__ import annotations

import pytest

import drafter
from drafter.backends.template_remedy import remedies

# (language, complaint, words Satisfy must hold, words it must not hold)
MONEY = [
    # a fee already taken: refunded to where it came from, with a time; one still to come is waived
    (
        "en",
        "I was charged a $3 card replacement fee on my account on June 2, but the card was faulty. "
        "Please waive the fee.",
        ["refunded to the account it was taken from", "within 3 working days"],
        ["will not be charged"],
    ),
    (
        "zh-Hans",
        "我的账户6月2日被扣了3元换卡手续费，可是卡是坏的，按规定应该不收手续费。",
        ["原路退回", "3个工作日内到账"],
        ["不会向您收取"],
    ),
    (
        "zh-Hant",
        "我個戶口6月2號被扣咗HK$3換卡手續費，張卡本身係壞嘅，麻煩免收呢筆手續費。",
        ["原路退回", "3個工作日內"],
        ["不會向您收取"],
    ),
    (
        "en",
        "My next bill will include a $3 paper invoice fee, but I signed up for e-billing. Please waive the fee.",
        ["I've waived the $3 fee"],
        ["refunded"],
    ),
    # the amount of the thing disputed ("the 90 cents"), never the larger sum beside it
    (
        "en",
        "Sent $50 to my sister and got charged a $0.90 express fee, but I chose standard. "
        "Please refund the 90 cents. Ref TX-55120.",
        ["refund the $0.90"],
        ["refund of $50", "refund the $50"],
    ),
    (
        "zh-Hans",
        "给我妹妹转了500元，被收了2元加急手续费，可我选的是普通到账。把2元退给我，流水号TX55120。",
        ["2元我已为您办理退还"],
        ["500元我已", "500元的退款"],
    ),
    (
        "zh-Hant",
        "轉咗HK$500俾我細妹，被收咗HK$3加急手續費，但我揀嘅係普通到賬。將HK$3退返俾我，編號TX55120。",
        ["HK$3我已為您辦理退還"],
        ["HK$500我已", "HK$500的退款"],
    ),
    # a deposit paid back short: the sum kept refunded (once checked), not a deposit review beside it
    (
        "zh-Hans",
        "退房时押金说会全额退还，可到账时少了40元，说是迷你吧消费，可我们什么都没动过。请核实后把40元退给我。",
        ["确认后会马上为您退还40元"],
        ["押金的处理时间", "40元我已为您办理退还"],
    ),
    (
        "zh-Hant",
        "退房嗰陣話押金會全數退返，但到賬少咗HK$60，話係迷你吧消費，我哋乜都冇郁過。請核實後將HK$60退返俾我。",
        ["HK$60的退款"],
        ["押金的處理時間"],
    ),
    (
        "en",
        "At checkout I was told my deposit would be returned in full, but it came back $25 short for 'minibar', "
        "which we never touched. Please check and refund the $25.",
        ["A refund of $25"],
        ["itemised account"],
    ),
]

# a service to do again: redone (arranged outright when its price is within the front line's
# limit, else approved), never an exchange delivered by a date
REDO = [
    (
        "en",
        "My bagel this morning came with butter instead of cream cheese, $4.80. Can someone redo it tomorrow for free?",
        ["redone for you free of charge (the $4.80 one"],
        ["replacement", "needs approval"],
    ),
    (
        "zh-Hans",
        "今天早上花15元买的奶茶做成了全糖，明天能免费重新做一杯吗？",
        ["免费重新处理（您付的15元那一份）"],
        ["更换", "审批"],
    ),
    (
        "zh-Hant",
        "今朝買嗰杯奶茶整成全糖，HK$28，聽日可唔可以免費重做一杯？",
        ["免費重新處理（您付的HK$28那一份）"],
        ["更換", "審批"],
    ),
    (
        "zh-Hans",
        "上周在你们店染的头发一周就掉色了，花了460元，希望这周六能免费给我重做一次。",
        ["免费重新处理需要"],
        ["安排更换", "送到"],
    ),
    (
        "zh-Hant",
        "上星期喺你哋度染頭髮，一個星期就甩色，俾咗HK$880，希望呢個星期六可以免費幫我重做。",
        ["免費重新處理需要"],
        ["安排更換", "送到"],
    ),
    (
        "en",
        "I paid $220 for a colour and it faded in a week. Can you redo it this Saturday for free?",
        ["A free redo needs approval"],
        ["replacement", "get it to you"],
    ),
]

# parcels: one back with its sender is found and sent again; one back at the depot is re-delivered
# as asked (no refund), confirmed today when it is asked for tomorrow
PARCELS = [
    (
        "en",
        "My parcel 4471-2290 was marked 'address incomplete' and returned to sender, but the address was right. "
        "Could you please tell me where it is now and whether it can be redelivered?",
        ["find out where the parcel is now", "send it out to you again"],
        ["I've asked for it to be delivered again"],
    ),
    (
        "zh-Hans",
        "我的包裹单号SF7781234说地址不详，已经退回寄件人了，可是地址明明是对的。请问现在在哪里，能不能重新派送？",
        ["查明包裹现在在哪里", "重新寄出"],
        ["申请重新投递"],
    ),
    (
        "zh-Hant",
        "我嘅包裹單號HK5520198話地址唔詳，已經退回寄件人，但地址明明冇錯。請問而家喺邊，可唔可以重新派送？",
        ["查明包裹現在在哪裡", "重新寄出"],
        ["申請重新投遞"],
    ),
    (
        "zh-Hans",
        "快递员说家里没人，把包裹9920-1188退回营业所了。请明天上午重新配送。",
        ["明天上午重新投递，今天之内与您确认"],
        ["退款"],
    ),
    (
        "zh-Hant",
        "速遞員話屋企冇人，將包裹7731-5520退回營業所。請明天上午重新配送。",
        ["明天上午重新投遞，今天之內與您確認"],
        ["退款"],
    ),
    (
        "en",
        "Courier said nobody home and took my parcel 8821-0042 back to the depot. "
        "Please deliver it again tomorrow morning.",
        ["delivered again tomorrow morning", "today"],
        ["refund"],
    ),
]

# a visit asked for tomorrow: its slot confirmed today, not "within 24 hours" (after it was due)
TOMORROW = [
    (
        "en",
        "The engineer never came for my broadband install on Saturday, account KD-5521. "
        "Please send someone tomorrow morning.",
        ["tomorrow morning", "with you today"],
        ["within 24 hours"],
    ),
    (
        "zh-Hans",
        "宽带装机约的周六，师傅没来，账号KD5521。请明天上午安排师傅上门。",
        ["明天上午上门，今天之内"],
        ["24小时内"],
    ),
    (
        "zh-Hant",
        "寬頻安裝約咗星期六，師傅冇嚟，賬號KD5521。請明天上午安排師傅上門。",
        ["明天上午上門，今天之內"],
        ["24小時內"],
    ),
]

# what they asked, not a new time or an exchange: their lost shirt searched for, a supply cut this
# morning estimated within hours, the plan explained, a room with nothing booked looked into, a
# teacher changed (a person is no exchange)
ASKED = [
    (
        "en",
        "I dropped off three shirts at your Main St laundry on Monday (ticket 5521). When I picked them up one "
        "shirt was missing. Please find it and let me know.",
        ["search for it"],
        ["sent out", "refund"],
    ),
    (
        "zh-Hans",
        "我周一把三件衬衫送洗到你们中山路店，单号5521，取回来少了一件衬衫。麻烦帮我找回来。",
        ["为您查找"],
        ["补送", "退回这部分费用"],
    ),
    (
        "zh-Hant",
        "我星期一放咗三件恤衫喺你哋旺角舖洗，單號5521，攞返少咗一件恤衫。唔該幫手搵返。",
        ["為您查找"],
        ["補送", "退回這部分費用"],
    ),
    (
        "en",
        "Our water has been off since 6am this morning with no notice, account 55-1020. When will it be back?",
        ["within 2 hours when we expect it to be back on"],
        ["within 24 hours"],
    ),
    (
        "zh-Hans",
        "今天早上7点开始停电了，一点通知都没有，户号88012345，什么时候能恢复？",
        ["2小时内告诉您预计恢复的时间"],
        ["24小时内"],
    ),
    (
        "zh-Hant",
        "今朝7點開始停水，完全冇通知，戶號66012345，幾時先有水？",
        ["2小時內告訴您預計恢復的時間"],
        ["24小時內"],
    ),
    (
        "zh-Hans",
        "5号线校车这周两次晚到50分钟，请学校说明一下5号线之后的安排。",
        ["核查具体情况"],
        ["新的时间"],
    ),
    (
        "zh-Hant",
        "5號線校車今個禮拜兩次遲到50分鐘，請學校說明一下5號線之後的安排。",
        ["核查具體情況"],
        ["新的時間"],
    ),
    (
        "en",
        "Our room 1208 is next to building work that starts drilling at 8am, booking HT-88120. "
        "We'd like to move to a quiet room.",
        ["move to a quiet room", "to decide"],  # round 10ap: the move asked is put to who decides it
        ["new time", "find out what happened"],
    ),
    (
        "zh-Hans",
        "我们住的1208房隔壁一直在装修，早上8点就开始电钻，订单号HT-88120。我们想换到安静的房间。",
        ["核查"],
        ["新的时间"],
    ),
    (
        "zh-Hant",
        "我哋住嘅1208號房隔籬一直裝修，朝早8點就開始電鑽，訂單號HT-88120。我哋想換去安靜啲嘅房。",
        ["核查"],
        ["新的時間"],
    ),
    (
        "zh-Hans",
        "课程合约写明更换主讲老师可以申请退费，现在老师换了，请退还剩下的费用4,000元。",
        ["4,000元的退款需要"],
        ["安排更换"],
    ),
    (
        "zh-Hant",
        "課程合約寫明更換主講老師可以申請退費，而家老師換咗，請退還剩下嘅費用NT$12,000。",
        ["NT$12,000的退款需要"],
        ["安排更換"],
    ),
    (
        "en",
        "The contract says if you replace the lead tutor I can ask for a refund. The tutor left. "
        "Please refund the remaining $400.",
        ["A refund of $400"],
        ["arrange the replacement"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "expected", "forbidden"), MONEY + REDO + PARCELS + TOMORROW + ASKED)
def test_the_remedy_fits_what_happened(
    language: str, complaint: str, expected: list[str], forbidden: list[str]
) -> None:
    d = drafter.draft(complaint, channel="email", backend="template")
    assert d.language == language
    satisfy = d.sections.satisfy
    for words in expected:
        assert words in satisfy, (words, satisfy)
    for words in forbidden:
        assert words not in satisfy, (words, satisfy)
    assert d.guard.verdict == "pass", d.guard.findings


@pytest.mark.parametrize(
    ("text", "kind", "asked"),
    [
        # a colloquial request asks ("can u", "can someone")
        ("got charged the booking fee twice. can u reverse one of them", "refund", True),
        ("can someone just redo it tomorrow", "redo", True),
        ("請幫我退回多收的手續費", "refund", True),
        ("麻烦帮我把多扣的钱退回来", "refund", True),
        # a parcel sent back to the depot or its sender is no money asked back
        ("快递员把包裹退回营业所了，请明天重新配送", "refund", False),
        ("速遞員將包裹退回營業所，請明天重新配送", "refund", False),
        ("包裹被退回寄件人了，请帮我查一下", "refund", False),
    ],
)
def test_what_a_clause_asks(text: str, kind: str, asked: bool) -> None:
    assert (kind in remedies(text)) is asked, remedies(text)
