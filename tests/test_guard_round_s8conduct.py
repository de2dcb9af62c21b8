"""Session 8 guard round (blame and forbidden): classes of wording the rules did not list, found in
outside authors' replies and written here as structures, each with the near misses beside it.

Forbidden, raised: the blanket disclaimer (不负任何责任, "no responsibility whatsoever"); the door closed
(本所不再回覆, "our position is final", "no further correspondence"); the unhappy customer sent elsewhere
or told to do it themselves (您嫌慢可以去别的医院, 唔鍾意可以自己揸車); "complain anywhere you like"; a
partner we "cannot rein in" (我们也管不到); a condition on the customer's conduct, then the police or a
fraud report; advice to take it to the party just blamed; "not our matter"; mock surprise at a notice
missed; "没法处理" left there; our side declared incapable (正常情况下是不可能被盗刷的).

Blame, raised: the cause guessed on the customer's act (很可能是您喂食太早了); their own hand told as
fact (个箱系你自己封嘅); wrong handling named as the usual cause; someone else's word set against theirs
(司机说是您家里没人, "he says you were the one who asked"); a colleague singled out ("the mistake was made
by the booking team upstairs", "the driver is new and didn't follow"); the partner disowned ("we just
provide the platform"); doubt with the customer named again (你肯定你有準時嚟？).

Clean (must stay silent): the customer cleared ("you are not liable at all"); a case closed with what
comes next; an exchange offered (不喜欢这个颜色可以换别的款); help to report a crime; a permission to
contact the other party; a notice pointed to kindly; our own mistake owned; a colleague's report with what
we do next; an offer put as a question (你确定你要取消吗？).

Sentences written for these tests (en, zh-Hans, zh-Hant incl. Cantonese), not copied from the pool.
"""

from __future__ import annotations

import pytest
from table_coverage import languages_missing, one_sided

from drafter.guard.engine import check

F, B = "forbidden_phrase", "blame_discussion"

Row = tuple[str, str, str, str, bool]  # (class, language, text, category judged, raised?)

ROWS: list[Row] = [
    # -- forbidden: the blanket disclaimer
    ("blanket disclaimer", "zh-Hans", "这次停水属于市政施工，本公司对此不承担任何责任，请您理解。", F, True),
    ("blanket disclaimer", "zh-Hant", "部車喺停車場畀人刮花，我哋唔負任何責任㗎。", F, True),
    (
        "blanket disclaimer",
        "en",
        "The storm caused the outage and we accept no liability whatsoever for spoiled food.",
        F,
        True,
    ),
    ("blanket disclaimer", "zh-Hans", "这次事故您不需要承担任何责任，后续由我们跟进。", F, False),
    ("blanket disclaimer", "zh-Hant", "呢次意外你唔使負任何責任，我哋會跟進。", F, False),
    (
        "blanket disclaimer",
        "en",
        "Please don't worry, you are not liable at all for the damage to the rental.",
        F,
        False,
    ),
    # -- forbidden: the door closed
    ("door closed", "zh-Hans", "您的投诉本局已依规处理完毕，本局对此不再答复。", F, True),
    ("door closed", "zh-Hant", "有關您的申訴，本處已處理完畢，恕不另行回覆。", F, True),
    (
        "door closed",
        "en",
        "We have reviewed it and our decision is final. We will not respond to further emails on this matter.",
        F,
        True,
    ),
    ("door closed", "zh-Hans", "您的投诉已办结，如有新的情况，欢迎随时再联系我们。", F, False),
    ("door closed", "zh-Hant", "我哋已經處理好你嘅申訴，如有其他問題歡迎再聯絡我哋。", F, False),
    ("door closed", "en", "If you have any further questions, just reply to this email and I'll pick it up.", F, False),
    # -- forbidden: the unhappy customer sent elsewhere or to do it themselves
    ("sent elsewhere", "zh-Hans", "排队是按顺序来的，您嫌久的话可以去其他诊所看看。", F, True),
    ("sent elsewhere", "zh-Hant", "如果你唔鍾意我哋嘅送貨時間，可以自己揸車嚟攞。", F, True),
    (
        "sent elsewhere",
        "en",
        "If you find our service too slow, you're welcome to switch to another provider.",
        F,
        True,
    ),
    ("sent elsewhere", "zh-Hans", "如果您不喜欢这个颜色，可以换别的款式，我帮您安排。", F, False),
    ("sent elsewhere", "zh-Hant", "如果你唔鍾意呢個顏色，可以換過第二隻款，我幫你安排。", F, False),
    ("sent elsewhere", "en", "If you don't like the colour, you can swap it for a different one in store.", F, False),
    # -- forbidden: complain anywhere
    ("complain anywhere", "zh-Hans", "处理结果就是这样，随便您去哪里投诉。", F, True),
    ("complain anywhere", "zh-Hant", "你唔滿意嘅話，隨便你去邊度投訴都得。", F, True),
    ("complain anywhere", "en", "That's the outcome; complain wherever you like.", F, True),
    ("complain anywhere", "zh-Hans", "如果您觉得有必要，也可以到消协咨询，这也是您的权利。", F, False),
    ("complain anywhere", "zh-Hant", "如你覺得有需要，亦可以向消委會查詢，呢個係你嘅權利。", F, False),
    (
        "complain anywhere",
        "en",
        "If you feel it's needed, you can also contact the ombudsman; that's your right.",
        F,
        False,
    ),
    # -- forbidden: a partner we cannot rein in
    ("cannot rein in", "zh-Hans", "骑手都是外包的，他送晚了我们也管不到。", F, True),
    ("cannot rein in", "zh-Hant", "商戶出餐慢，我哋平台都管唔到㗎。", F, True),
    ("cannot rein in", "en", "The riders are contractors, so there's nothing we can do about it.", F, True),
    ("cannot rein in", "zh-Hans", "出餐速度我们虽然管不到，但我已经联系商家催促，并为您申请了补偿。", F, False),
    ("cannot rein in", "zh-Hant", "我哋唔可以控制天氣，不過已經幫你改咗聽日嘅航班。", F, False),
    (
        "cannot rein in",
        "en",
        "We can't control the weather, but I've already moved you to tomorrow's flight.",
        F,
        False,
    ),
    # -- forbidden: a condition on the customer's conduct, then the police or a fraud report
    ("conduct then police", "zh-Hans", "如果您继续在群里散布不实信息，我们将向警方举报。", F, True),
    ("conduct then police", "zh-Hant", "你再咁喺店門口鬧，我哋會報警。", F, True),
    (
        "conduct then police",
        "en",
        "If you keep filing chargebacks on delivered orders, we will report your account for fraud.",
        F,
        True,
    ),
    ("conduct then police", "zh-Hans", "如果您再接到冒充客服的电话，我们可以协助您报警。", F, False),
    ("conduct then police", "zh-Hant", "如果你再收到可疑來電，我哋可以協助你報案。", F, False),
    ("conduct then police", "en", "We have reported the fraudulent number to the police on your behalf.", F, False),
    # -- forbidden: advice to take it to the party just blamed
    (
        "advice to blamed party",
        "zh-Hans",
        "扣款失败是支付通道的问题，不是我们的责任，建议您联系支付平台处理。",
        F,
        True,
    ),
    ("advice to blamed party", "zh-Hant", "延誤係速遞公司嘅問題，唔係我哋嘅責任，請你聯絡速遞公司處理。", F, True),
    (
        "advice to blamed party",
        "en",
        "That failure was the payment processor's, not ours; we suggest you contact the processor about it.",
        F,
        True,
    ),
    (
        "advice to blamed party",
        "zh-Hans",
        "扣款失败是支付通道的问题，我已经帮您联系支付平台，今天下午给您回复。",
        F,
        False,
    ),
    ("advice to blamed party", "zh-Hant", "延誤係速遞公司嘅問題，我已經幫你聯絡咗佢哋，聽日會再派送。", F, False),
    (
        "advice to blamed party",
        "en",
        "The processor failed the payment; I've contacted them for you and will update you by 3pm.",
        F,
        False,
    ),
    # -- forbidden: not our matter
    ("not our matter", "zh-Hans", "停车场是外包的，这不关我们的事。", F, True),
    ("not our matter", "zh-Hant", "停車場係外判嘅，唔關我哋事。", F, True),
    ("not our matter", "en", "The car park is run by a contractor. This is not our matter.", F, True),
    ("not our matter", "zh-Hans", "停车场是外包公司管理的，我已经把您的情况转给他们，明天给您回复。", F, False),
    ("not our matter", "zh-Hant", "停車場係外判公司管理，我已經幫你轉咗俾佢哋，聽日覆你。", F, False),
    ("not our matter", "en", "This matter is now with our claims team, who will call you tomorrow.", F, False),
    # -- forbidden: mock surprise at a notice missed
    ("mock surprise", "zh-Hans", "收费标准就贴在门口，这么大的告示您都没看见？", F, True),
    ("mock surprise", "zh-Hant", "價錢寫得清清楚楚，你都冇睇到？", F, True),
    ("mock surprise", "en", "The fee is printed in big letters at the entrance, how did you miss it?", F, True),
    ("mock surprise", "zh-Hans", "收费标准贴在门口的告示上，我把照片发给您参考。", F, False),
    ("mock surprise", "zh-Hant", "收費標準貼咗喺門口，我影相傳俾你睇。", F, False),
    ("mock surprise", "en", "The fee is shown on the sign at the entrance; I've attached a photo for you.", F, False),
    # -- forbidden: no way to handle it, left there
    ("left there", "zh-Hans", "您选错了日期，这种情况我们没法处理，您只能重新预约。", F, True),
    ("left there", "zh-Hant", "呢種情況我哋冇辦法處理㗎。", F, True),
    ("left there", "en", "You booked the wrong date, so there's nothing we can do about it.", F, True),
    ("left there", "zh-Hans", "我们这边没法直接退款，但我已经帮您转给主管，今天下午回复您。", F, False),
    ("left there", "zh-Hant", "我哋呢邊無法直接退款，不過已經幫你轉咗主管，今日內覆你。", F, False),
    (
        "left there",
        "en",
        "We can't refund it from this desk, but I've passed it to my supervisor, who will call you today.",
        F,
        False,
    ),
    # -- forbidden: our side declared incapable of it (a passive verb, or "under normal conditions")
    ("declared incapable", "zh-Hans", "我们的系统有多重验证，账户是不可能被盗用的。", F, True),
    ("declared incapable", "zh-Hant", "正常情況下係冇可能俾人盜刷嘅。", F, True),
    ("declared incapable", "en", "Under normal use it's impossible for the seal to leak like that.", F, True),
    ("declared incapable", "zh-Hans", "我们是不可能让您白跑一趟的，明天师傅一定准时到。", F, False),
    ("declared incapable", "zh-Hant", "正常使用下唔應該會漏水，我哋聽日派師傅上門檢查。", F, False),
    (
        "declared incapable",
        "en",
        "Under normal use the seal shouldn't leak, so I've booked a technician to check it today.",
        F,
        False,
    ),
    # -- blame: the cause guessed on the customer's act
    ("cause guessed", "zh-Hans", "狗狗呕吐很可能是您回家后喂得太多了。", B, True),
    ("cause guessed", "zh-Hant", "部機入水應該係你洗車嗰陣唔小心噴到。", B, True),
    (
        "cause guessed",
        "en",
        "The breakage is most likely down to how the box was packed, since you packed it yourself.",
        B,
        True,
    ),
    ("cause guessed", "zh-Hans", "可能是您的包裹还在转运中心，我帮您查一下。", B, False),
    ("cause guessed", "zh-Hant", "呢個唔係你操作嘅問題，係我哋系統出錯。", B, False),
    ("cause guessed", "en", "The damage is down to how the box was packed at our warehouse, and I'm sorry.", B, False),
    # -- blame: the customer's own hand told as fact
    ("own hand", "zh-Hans", "这个座位是您自己选的，所以我们不能免费更换。", B, True),
    ("own hand", "zh-Hant", "個箱係你自己封嘅，入面爛咗我哋點知。", B, True),
    ("own hand", "en", "As you assembled the wardrobe yourself, the wobble is down to how it was assembled.", B, True),
    ("own hand", "zh-Hans", "您选的座位已经确认，登机牌已发到您的邮箱。", B, False),
    ("own hand", "zh-Hant", "你揀嘅座位已經確認咗，登機證已經電郵俾你。", B, False),
    (
        "own hand",
        "en",
        "Your wardrobe was assembled by our fitter on Monday; I've booked him to come back and fix it.",
        B,
        False,
    ),
    # -- blame: wrong handling named as the usual cause
    ("usual handling", "zh-Hans", "衣服缩水一般都是洗涤方法不当造成的。", B, True),
    ("usual handling", "zh-Hant", "鏡片刮花多數係抹嘅方法唔啱搞成。", B, True),
    ("usual handling", "en", "Shrinking like this is usually down to how the garment was washed.", B, True),
    ("usual handling", "zh-Hans", "这款衣服建议冷水手洗，洗涤说明我附在下面了。", B, False),
    ("usual handling", "zh-Hant", "呢款鏡片建議用專用布抹，我哋送你一塊。", B, False),
    ("usual handling", "en", "For this fabric we recommend a cold wash; I've attached the care guide.", B, False),
    # -- blame: someone else's word set against the customer's
    ("word against theirs", "zh-Hans", "骑手说当时打了三次电话，是您没有接。", B, True),
    ("word against theirs", "zh-Hant", "司機話當時係你屋企冇人，所以先帶返個包裹走。", B, True),
    ("word against theirs", "en", "The technician says you weren't home when he called round.", B, True),
    ("word against theirs", "zh-Hans", "骑手说电话没有打通，我已经安排明天上午重新派送。", B, False),
    ("word against theirs", "zh-Hant", "司機話搵唔到地址，我已經安排聽日再送。", B, False),
    (
        "word against theirs",
        "en",
        "The driver said nobody answered, so I've booked a redelivery for tomorrow morning.",
        B,
        False,
    ),
    # -- blame: a colleague or another desk singled out
    ("colleague singled out", "zh-Hans", "这次是楼上预约组的同事漏录了您的预约。", B, True),
    ("colleague singled out", "zh-Hant", "嗰位師傅係新嚟嘅，冇跟你嘅要求放貨。", B, True),
    (
        "colleague singled out",
        "en",
        "The error was made by the night shift, who never passed your message on.",
        B,
        True,
    ),
    ("colleague singled out", "zh-Hans", "这次是我们漏录了您的预约，非常抱歉，已为您重新安排。", B, False),
    ("colleague singled out", "zh-Hant", "今次係我哋漏咗你嘅預約，真係唔好意思，已經幫你重新安排。", B, False),
    ("colleague singled out", "en", "We made a mistake with your booking, and I'm sorry; it's fixed now.", B, False),
    # -- blame: the partner disowned
    ("partner disowned", "zh-Hans", "配送员都是第三方的，他迟到我们也没办法。", B, True),
    ("partner disowned", "zh-Hant", "今次係我哋合作酒店超賣導致嘅。", B, True),
    (
        "partner disowned",
        "en",
        "That listing is sold by an independent seller; we just provide the marketplace.",
        B,
        True,
    ),
    ("partner disowned", "zh-Hans", "这件商品由第三方商家发货，我已经帮您联系商家补发。", B, False),
    ("partner disowned", "zh-Hant", "呢件貨係第三方商戶寄出，我已經幫你聯絡佢哋補寄。", B, False),
    ("partner disowned", "en", "The seller has been contacted and a replacement is on the way to you.", B, False),
    # -- blame: doubt with the customer named again
    ("doubt named again", "zh-Hans", "您确定您当时锁好车门了吗？", B, True),
    ("doubt named again", "zh-Hant", "你肯定你有準時到？", B, True),
    ("doubt named again", "en", "Are you sure you locked the car that night?", B, True),
    ("doubt named again", "zh-Hans", "你确定你要取消这个订单吗？取消后款项原路退回。", B, False),
    ("doubt named again", "zh-Hant", "你肯定你要取消呢張單？取消後會原路退款。", B, False),
    (
        "doubt named again",
        "en",
        "Are you sure you'd like to cancel the order? The refund goes back to your card.",
        B,
        False,
    ),
    # -- second wordings of the same classes (the structure, not the phrase)
    ("door closed", "en", "We consider this matter closed and will not be responding further.", F, True),
    ("door closed", "zh-Hans", "此事我司已有定论，不再作任何回应。", F, True),
    ("door closed", "zh-Hant", "呢件事我哋已經有結論，唔會再回覆。", F, True),
    ("door closed", "zh-Hans", "如果您不再需要回复，可以直接忽略这封邮件。", F, False),
    ("sent elsewhere", "en", "If our prices are too high for you, there are plenty of other shops.", F, True),
    ("sent elsewhere", "zh-Hans", "嫌贵的话外面多的是便宜的。", F, True),
    ("sent elsewhere", "zh-Hant", "如果你覺得我哋慢，出面大把選擇。", F, True),
    ("cause guessed", "en", "The stain is almost certainly from the detergent you used at home.", B, True),
    ("cause guessed", "en", "The glass probably cracked because you poured boiling water into it.", B, True),
    ("cause guessed", "zh-Hans", "狗狗拉肚子八成是您给它喂了人吃的东西。", B, True),
    ("cause guessed", "zh-Hant", "部手機入水多數係你沖涼嗰陣帶咗入浴室。", B, True),
    ("word against theirs", "zh-Hant", "店員話你當時冇出示會員卡。", B, True),
    ("word against theirs", "en", "Our courier says you refused the parcel at the door.", B, True),
    ("colleague singled out", "en", "The new trainee on the front desk didn't check your ID properly.", B, True),
    ("colleague singled out", "zh-Hant", "嗰個新嚟嘅同事唔識用系統，搞錯咗你張單。", B, True),
    (
        "colleague singled out",
        "en",
        "Our new booking system didn't save your slot; I'm sorry, it's fixed now.",
        B,
        False,
    ),
    # -- near misses of the widened wordings
    (
        "word against theirs",
        "en",
        "The driver says you weren't charged for the second bag, so nothing more comes off your card.",
        B,
        False,
    ),
    ("word against theirs", "zh-Hans", "师傅说您当时没在家也没关系，我们已经改到明天送。", B, False),
    ("own hand", "en", "Since you installed the app yourself, you can update it from the settings page.", B, False),
    (
        "conduct then police",
        "en",
        "If you continue to see fraudulent charges, we will report them to the police for you.",
        F,
        False,
    ),
    ("colleague singled out", "en", "The new manager didn't hesitate to approve your refund.", B, False),
    # -- third wordings (Cantonese 覆, "shop around", a mis-/over- verb, any slip after a colleague's word)
    ("door closed", "zh-Hant", "呢單嘢我哋已經處理完，唔會再覆你。", F, True),
    ("door closed", "zh-Hant", "我哋收到資料後會再覆你。", F, False),
    ("door closed", "en", "Our answer will not change, and we won't be discussing it further.", F, True),
    ("door closed", "en", "We will be discussing it further with the courier and will call you tomorrow.", F, False),
    ("sent elsewhere", "en", "If you're not happy with the price, you're free to shop around.", F, True),
    ("cause guessed", "en", "The leak is probably because you overtightened the fitting.", B, True),
    ("word against theirs", "zh-Hans", "骑手说是您给错了地址。", B, True),
    ("colleague singled out", "en", "The agency driver we used that day got your address wrong.", B, True),
]


@pytest.mark.parametrize(
    ("cls", "lang", "text", "category", "raised"),
    ROWS,
    ids=[f"{r[0]}:{r[1]}:{r[4]}:{r[2][:24]}" for r in ROWS],
)
def test_round_s8conduct_row(cls: str, lang: str, text: str, category: str, raised: bool) -> None:
    report = check(text, role="agent", language=lang, use_model=False)
    found = category in {f.category for f in report.findings}
    assert found == raised, [(f.rule, f.excerpt) for f in report.findings]


def test_every_class_in_three_languages() -> None:
    assert not languages_missing(ROWS)


def test_every_class_has_clean_and_raised_rows() -> None:
    assert not one_sided(ROWS)
