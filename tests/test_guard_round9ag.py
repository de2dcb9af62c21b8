"""Round 9ag: blame and forbidden recall by the shape of what is said, with the precision guards
beside each class.

Raised: someone on the customer's own side guessed to have taken, signed or used it, or the customer
guessed to have missed it, asked back (会不会是您的室友用了这张卡？ "maybe a neighbour took it in?") —
both a doubt of their account and the cause put on their side; the customer's duty told after the
fact (合同上已经写明…您应该事先确认清楚, 本应由投保人事先申报, "because the photo was missing, which the
guide clearly asks applicants to include"); responsibility handed to another side with our part cut
down to "only" ("the clinic is responsible for the results; we only book appointments"); the act put
on the system, head office or a regulator, then our side declared powerless; the customer sent off
to ask another side (你要問就去問總公司啦, "if you want answers, you'll have to ask head office"); the
customer's anger said to get them nothing sooner; fault "accepted" in mockery (哦，原来停电也是我们的
问题呀); the customer's own data or device made the cause (由于您填写的身份证号有误); the customer's own
omission or choice made the cause (由于您选择的是经济配送，延误是正常的, "the card went to your old address
since you never updated it"); help held back until they calm down, and passive-aggressive closes
("hopefully that's clear enough now", 您不是我们唯一的客户); a warning about their behaviour, then a ban
or service refused (再这样闹我们就把您拉黑, "keep this up and you'll be banned"); another side's act,
then ours declared never to have touched it (付款失败是银行那边拒绝的，我们这边根本没有收到款); the
customer's own consent held up as the answer (您注册的时候已经同意了条款, "you did agree to the terms");
the records cited to say the customer did it themselves or that it must be at their address
(系统显示是您自己取消的订单, "so it must be somewhere at your address"); what they should have done,
wished after the fact (您早点联系我们就好了, "it would have helped if you'd told us earlier").

Clean (must stay silent): a question about what the customer wants or can do next ("is it possible
someone can be home on Friday?"); steps to take now (下单前请您先核对尺码); who acts next named without
"only"; powerless-sounding facts followed by what we did; where to ask, naming us; a plain admission;
the customer's data described as right; a card kept somewhere (房卡在前台); the bank or hotel named in a
sentence that admits our own part; what did not reach the customer (由于您没有收到验证码) and a reply we
cannot give without their details (因您未留下联系方式，无法电话回复: a public office's usual wording); a
hope about our own wording (希望这次能为您解释清楚).

Sentences written for these tests (en, zh-Hans, zh-Hant incl. Cantonese; banks, clinics, rentals,
insurers, parcels, hotels, restaurants, cafés, visas, telecoms, ticketing, utilities).
"""

from __future__ import annotations

import pytest
from table_coverage import languages_missing, one_sided

from drafter.guard.engine import check

B, F = "blame_discussion", "forbidden_phrase"

Row = tuple[str, str, str, str, bool]  # (class, language, text, category judged, raised?)

ROWS: list[Row] = [
    # -- the customer's own side guessed as the cause, asked back (doubt and blame)
    ("own side guessed", "en", "Could it be that a family member used your card at the petrol station?", F, False),
    ("own side guessed", "en", "Could it be that a family member used your card at the petrol station?", B, True),
    ("own side guessed", "en", "Maybe a neighbour took the parcel from your doorstep?", B, True),
    ("own side guessed", "en", "Maybe a neighbour took the parcel in for you?", F, False),
    ("own side guessed", "en", "Perhaps you weren't home when the engineer called round?", B, True),
    ("own side guessed", "en", "Perhaps you weren't home when the engineer called round?", F, False),
    ("own side guessed", "en", "Is it possible someone can be home on Friday to let the engineer in?", F, False),
    ("own side guessed", "en", "Is it possible someone can be home on Friday to let the engineer in?", B, False),
    ("own side guessed", "en", "Perhaps a family member could collect the prescription for you tomorrow.", F, False),
    ("own side guessed", "zh-Hans", "会不会是您的室友用了这张卡？", F, False),
    ("own side guessed", "zh-Hans", "会不会是您的室友用了这张卡？", B, True),
    ("own side guessed", "zh-Hans", "您是不是让家人签收了快递又忘了？", F, False),
    ("own side guessed", "zh-Hans", "您是不是让家人签收了快递又忘了？", B, True),
    ("own side guessed", "zh-Hans", "是不是需要家人帮您代收？我们可以改约时间。", F, False),
    ("own side guessed", "zh-Hans", "是不是需要家人帮您代收？我们可以改约时间。", B, False),
    ("own side guessed", "zh-Hant", "會唔會係你屋企人攞咗張卡去用？", F, False),
    ("own side guessed", "zh-Hant", "會唔會係你屋企人攞咗張卡去用？", B, True),
    ("own side guessed", "zh-Hant", "如果屋企人方便嘅話，可以幫你代收。", F, False),
    # -- the customer's duty told after the fact
    ("duty told", "en", "It was refused as the photo was missing, which the guide clearly asks you to add.", B, True),
    ("duty told", "en", "The guide asks for a photo, so please add one and we'll process it today.", B, False),
    ("duty told", "zh-Hans", "合同上已经写明了退租要提前一个月通知，您应该事先确认清楚。", B, True),
    ("duty told", "zh-Hans", "按照规定本应由投保人事先申报病史。", B, True),
    ("duty told", "zh-Hans", "下单前请您先核对一下尺码，有问题随时找我。", B, False),
    ("duty told", "zh-Hant", "網頁上已經清楚列明房型，你應該先睇清楚。", B, True),
    ("duty told", "zh-Hant", "網頁上已經清楚列明房型，我哋今日幫你免費轉房。", B, False),
    # -- responsibility handed to another side, ours cut down to "only"
    ("only our part", "en", "The clinic is responsible for the test results; we only book the appointments.", B, True),
    ("only our part", "en", "We only sell the tickets, and the venue is responsible for seating.", B, True),
    ("only our part", "en", "The clinic sends the results, and I've asked them to email yours today.", B, False),
    ("only our part", "en", "We only charge the fee once, and the rest is refunded today.", B, False),
    ("only our part", "zh-Hans", "房源信息由房东负责，我们只提供平台。", B, True),
    ("only our part", "zh-Hans", "这部分由我们负责，今天下午就安排师傅上门。", B, False),
    ("only our part", "zh-Hant", "我哋淨係負責售票，場地安排係主辦方負責。", B, True),
    ("only our part", "zh-Hant", "維修由我哋負責，師傅明早會上門。", B, False),
    # -- the system, head office or a regulator acted, and our side is powerless
    ("above us", "en", "Head office froze it directly, so there's nothing we at the branch can do.", B, True),
    ("above us", "en", "The regulators require us to hold it, so there's nothing I can change.", B, True),
    ("above us", "en", "The system flagged the payment; I've asked our team to release it by noon.", B, False),
    ("above us", "en", "The regulators require us to hold it for 14 days; I'll message you on the 20th.", B, False),
    ("above us", "zh-Hans", "这笔费用是系统自动扣的，我们门店真的没办法。", B, True),
    ("above us", "zh-Hans", "监管部门要求我们冻结这笔资金，我们也没办法。", B, True),
    ("above us", "zh-Hans", "这笔费用是系统自动扣的，我已经为您申请退回，三个工作日内到账。", B, False),
    ("above us", "zh-Hant", "係總行直接凍結嘅，我哋分行真係冇辦法。", B, True),
    ("above us", "zh-Hant", "係總行直接凍結嘅，我已經幫你申請解凍，今晚之前會有結果。", B, False),
    # -- sent off to ask another side; a desk of ours disowned
    ("sent elsewhere", "en", "If you want answers, you'll have to ask head office.", F, True),
    ("sent elsewhere", "en", "If you want to know more, just ask me and I'll explain the charge.", F, False),
    ("sent elsewhere", "zh-Hans", "您想投诉就去找银行吧。", F, True),
    ("sent elsewhere", "zh-Hans", "这笔扣款跟我们客服这边真的扯不上关系。", F, True),
    ("sent elsewhere", "zh-Hans", "您想查进度的话就问我，我今天下午回复您。", F, False),
    ("sent elsewhere", "zh-Hant", "你要問就去問總公司啦。", F, True),
    ("sent elsewhere", "zh-Hant", "你想查詢嘅話可以打我哋熱線，我已經幫你登記咗。", F, False),
    # -- the customer's anger said to get them nothing sooner
    ("anger gets nothing", "en", "Shouting at our staff won't get your table any sooner.", F, True),
    ("anger gets nothing", "en", "I understand you're angry, and I'll get your meal remade faster myself.", F, False),
    ("anger gets nothing", "zh-Hans", "您对着收银员发火也不会让退款快一点。", F, True),
    ("anger gets nothing", "zh-Hans", "您别着急，我会让退款快一点到账。", F, False),
    ("anger gets nothing", "zh-Hant", "你喺度鬧都唔會快啲有位。", F, True),
    ("anger gets nothing", "zh-Hant", "唔使急，我哋會快啲幫你安排位。", F, False),
    # -- fault "accepted" in mockery
    ("mock admission", "en", "Oh, so now it's our fault the wifi dropped, is it?", F, False),
    ("mock admission", "en", "Oh, so now it's our fault the wifi dropped, is it?", B, True),
    ("mock admission", "en", "It was our fault the wifi dropped, and I'm sorry; your bill is adjusted.", F, False),
    ("mock admission", "en", "It was our fault the wifi dropped, and I'm sorry; your bill is adjusted.", B, False),
    ("mock admission", "zh-Hans", "哦，原来停电也是我们的问题呀。", F, False),
    ("mock admission", "zh-Hans", "哦，原来停电也是我们的问题呀。", B, True),
    ("mock admission", "zh-Hans", "原来是我们的问题，非常抱歉，马上为您更换。", F, False),
    ("mock admission", "zh-Hant", "照你咁講，全部都係我哋嘅錯咯？", B, True),
    ("mock admission", "zh-Hant", "原來係我哋嘅錯，真係唔好意思，今日幫你換過。", F, False),
    ("mock admission", "zh-Hant", "原來係我哋嘅錯，真係唔好意思，今日幫你換過。", B, False),
    # -- the customer's own data or device made the cause
    ("own data", "en", "The payment was approved from your own device, so we can't reverse it.", B, True),
    ("own data", "en", "You can approve the payment from your own device in the app.", B, False),
    ("own data", "zh-Hans", "由于您填写的身份证号有误，开户没有成功。", B, True),
    ("own data", "zh-Hans", "这笔转账是用您本人的手机授权的。", B, True),
    ("own data", "zh-Hans", "由于您提供的资料齐全，审批已经完成。", B, False),
    ("own data", "zh-Hant", "因為你預留嘅電話號碼唔啱，司機聯絡唔到你。", B, True),
    ("own data", "zh-Hant", "因為你預留嘅電話號碼正確，司機已經聯絡咗你。", B, False),
    # -- the customer's own omission or choice made the cause
    ("own omission", "en", "The card went to your old address since you never updated it.", B, True),
    ("own omission", "en", "Since you chose the economy delivery option, delays are to be expected.", B, True),
    ("own omission", "en", "Since you chose express delivery, it will arrive tomorrow.", B, False),
    ("own omission", "zh-Hans", "由于您没有及时更新地址，卡片寄到了旧地址。", B, True),
    ("own omission", "zh-Hans", "由于您选择的是经济配送，延误是正常的。", B, True),
    ("own omission", "zh-Hans", "由于您没有收到验证码，我们已重新发送。", B, False),
    ("own omission", "zh-Hans", "因您未留下联系方式，无法电话回复，现书面答复如下。", B, False),
    ("own omission", "zh-Hant", "因為你冇更新地址，張卡寄咗去舊地址。", B, True),
    ("own omission", "zh-Hant", "因為你揀咗平郵，慢啲係正常嘅。", B, True),
    ("own omission", "zh-Hant", "因為你揀咗速遞，聽日就會送到。", B, False),
    # -- help held back until the customer calms down; passive-aggressive closes and reminders
    ("passive-aggressive", "en", "We'll be happy to help once you've calmed down.", F, True),
    ("passive-aggressive", "en", "Hopefully that's clear enough now.", F, True),
    ("passive-aggressive", "en", "You're not our only customer, you know.", F, True),
    ("passive-aggressive", "en", "I hope that's clear now, and do call me if anything is unclear.", F, False),
    ("passive-aggressive", "en", "Once you've calmed down the sensor, press reset.", F, False),
    ("passive-aggressive", "zh-Hans", "等您情绪平复下来我们再沟通。", F, True),
    ("passive-aggressive", "zh-Hans", "希望这次您能看明白。", F, True),
    ("passive-aggressive", "zh-Hans", "您不是我们唯一的客户。", F, True),
    ("passive-aggressive", "zh-Hans", "希望这次能为您解释清楚，有问题随时找我。", F, False),
    ("passive-aggressive", "zh-Hant", "等你冷靜啲我哋再傾。", F, True),
    ("passive-aggressive", "zh-Hant", "呢次你應該明白喇嘛。", F, True),
    ("passive-aggressive", "zh-Hant", "你係我哋嘅老客人，我哋一定會跟進。", F, False),
    # -- a warning about the customer's behaviour, then a ban or service refused
    ("sanction threat", "en", "Keep this up and you'll be banned from the store.", F, True),
    ("sanction threat", "en", "If you keep calling the staff names, we will refuse you service.", F, True),
    ("sanction threat", "en", "If this happens again, we'll block the card and send a new one.", F, False),
    ("sanction threat", "zh-Hans", "再这样闹我们就把您拉黑。", F, True),
    ("sanction threat", "zh-Hans", "您再这样辱骂员工，我们将不再为您提供服务。", F, True),
    ("sanction threat", "zh-Hans", "如果您再次遇到盗刷，我们会立即冻结您的账户。", F, False),
    ("sanction threat", "zh-Hant", "你再嚟鬧，我哋唔再同你做生意。", F, True),
    ("sanction threat", "zh-Hant", "如果你再有問題，我哋唔再收你手續費。", F, False),
    # -- another side's act, ours declared never to have touched it
    ("never touched", "en", "The payment provider declined it; we never even received the money.", B, True),
    ("never touched", "en", "The bank returned the payment, and we'll confirm it reached you today.", B, False),
    ("never touched", "zh-Hans", "付款失败是银行那边拒绝的，我们这边根本没有收到款。", B, True),
    ("never touched", "zh-Hans", "银行那边已经退回了款项，我们这边会在今天帮您确认到账。", B, False),
    ("never touched", "zh-Hant", "呢個係銀行嗰邊拒絕咗，我哋根本冇收到錢。", B, True),
    ("never touched", "zh-Hant", "銀行嗰邊已經退返筆錢，我哋今日會幫你確認。", B, False),
    # -- the customer's own consent held up as the answer
    ("consent as wall", "en", "Well, you did agree to the terms when you signed up.", F, True),
    ("consent as wall", "en", "You did agree to the marketing emails, and you can opt out here.", F, False),
    ("consent as wall", "zh-Hans", "您注册的时候已经同意了条款。", F, True),
    ("consent as wall", "zh-Hans", "您注册时已经同意了接收短信，如需退订可回复TD。", F, False),
    ("consent as wall", "zh-Hant", "你登記嗰陣已經同意咗條款㗎喇。", F, True),
    ("consent as wall", "zh-Hant", "你登記嗰陣揀咗收短訊，想取消可以隨時話我知。", F, False),
    # -- the records cited to say the customer did it, or that it must be with them; a wish after the fact
    ("records against them", "en", "According to our records, you were the one who cancelled the booking.", B, True),
    (
        "records against them",
        "en",
        "Our records show you cancelled on 3 May, and I've reinstated the booking.",
        B,
        False,
    ),
    (
        "records against them",
        "en",
        "Our records show it was delivered, so it must be somewhere at your address.",
        B,
        True,
    ),
    (
        "records against them",
        "en",
        "The scan shows it was delivered; I've opened a trace and will call you by 5pm.",
        F,
        False,
    ),
    ("records against them", "en", "It would have helped if you'd told us earlier.", B, True),
    ("records against them", "zh-Hans", "其实系统显示是您自己取消的订单。", B, True),
    ("records against them", "zh-Hans", "系统显示您已提交申请，我们会在三个工作日内处理。", B, False),
    ("records against them", "zh-Hans", "系统显示已经送达了，应该就在您家附近，您再找找。", B, True),
    ("records against them", "zh-Hans", "您早点联系我们就好了。", B, True),
    ("records against them", "zh-Hans", "下次您早点联系我们，我们可以提前安排。", B, False),
    ("records against them", "zh-Hant", "記錄顯示係你自己取消咗張單。", B, True),
    ("records against them", "zh-Hant", "系統顯示已經簽收咗，應該喺你屋企附近，你再搵下。", B, True),
    ("records against them", "zh-Hant", "你早啲話我哋知就好喇。", B, True),
    ("records against them", "zh-Hant", "系統顯示已經簽收咗，我已經同速遞公司查緊，今晚覆你。", F, False),
    # -- the new shapes quoted in order to apologise for them are not the reply's own words
    ("reported words", "en", 'I\'m sorry our driver said "maybe a neighbour took it?" - he should not have.', F, False),
    (
        "reported words",
        "en",
        "I'm sorry the agent told you \"you're not our only customer\" - that was wrong.",
        F,
        False,
    ),
    ("reported words", "zh-Hans", "很抱歉店员跟您说了「您注册的时候已经同意了条款」这样的话，这是不对的。", F, False),
    (
        "reported words",
        "zh-Hans",
        "您提到前台说“房源信息由房东负责，我们只提供平台”，这种说法不对，我们会负责到底。",
        B,
        False,
    ),
    ("reported words", "zh-Hant", "很抱歉司機問您「會唔會係你鄰居拎咗」，呢個係唔啱嘅。", F, False),
    ("reported words", "zh-Hant", "很抱歉司機問您「會唔會係你鄰居拎咗」，呢個係唔啱嘅。", B, False),
    # -- precision: a card kept somewhere; the bank or hotel named beside our own admitted part
    ("ours", "en", "Your key card is waiting at the front desk.", B, False),
    ("ours", "en", "Our branch teller made an error, the bank's fault entirely; the fee is refunded.", B, False),
    ("ours", "en", "The delay was the courier's fault, not ours.", B, True),
    ("ours", "zh-Hans", "您的房卡在前台，随时可以领取。", B, False),
    ("ours", "zh-Hans", "由于前台疏忽取消了您的预订，这个损失是由我方造成的，酒店会负责。", B, False),
    ("ours", "zh-Hans", "这次延误是快递公司的问题。", B, True),
    ("ours", "zh-Hant", "你張會員卡喺櫃檯，隨時可以嚟攞。", B, False),
    ("ours", "zh-Hant", "今次延誤係速遞公司嘅問題。", B, True),
]


@pytest.mark.parametrize(
    ("cls", "lang", "text", "category", "raised"), ROWS, ids=[f"{r[0]}:{r[3][:5]}:{r[2][:30]}" for r in ROWS]
)
def test_round9ag_row(cls: str, lang: str, text: str, category: str, raised: bool) -> None:
    report = check(text, role="agent", language=lang)
    found = category in {f.category for f in report.findings}
    assert found == raised, [(f.rule, f.excerpt) for f in report.findings]


def test_every_class_in_three_languages() -> None:
    assert not languages_missing(ROWS)


def test_every_class_has_clean_and_raised_rows() -> None:
    """Reported words are clean rows by nature; their raised twins are the classes above."""
    assert not one_sided(r for r in ROWS if r[0] != "reported words")


def test_the_guess_is_blame_and_not_a_forbidden_phrase() -> None:
    """One guessed cause on the customer's side is blame (doubt and cause alike since session 8), in each language."""
    for text in ("Maybe your flatmate used your card?", "会不会是您同事拿走了？", "會唔會係你朋友攞走咗？"):
        fired = {f.category for f in check(text).findings}
        assert B in fired and F not in fired, (text, fired)
