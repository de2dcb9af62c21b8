"""Round 10ad: Listen, Apologize and Thank that follow what the customer wrote (issue 10).

Each class across the three languages and several kinds of business: the empathy line by the
feeling they state, apologies only on evidence in the complaint, a remark of ours named (not
"说了那样的话"), thanks for telling us after someone is hurt, the senior role they ask for by
name, and pasted chat rebuilt as sentences of ours."""

from __future__ import annotations

import pytest

import drafter

# The empathy line names the feeling they state: angry, let down; never "worried" to either.
MOODS = [
    (
        "en",
        "I'm absolutely furious. Your shop signed me up to a £12 monthly insurance plan without my consent "
        "when I bought my phone in May.",
        "understandable that you're angry",
        ["worrying", "disappointing"],
    ),
    (
        "zh-Hans",
        "太过分了！你们健身房在我不知情的情况下续了一年会籍，扣了我3600元，我从来没有同意过。",
        "换作是我也会很生气",
        ["着急", "失望"],
    ),
    (
        "zh-Hant",
        "我們一家期待了很久的生日晚餐，結果你們餐廳把訂位弄丟了，在門口等了一個小時，整晚的心情都沒了，很失望。",
        "換作是我也會很失望",
        ["著急", "生氣"],
    ),
    (
        "en",
        "I'm so disappointed. We booked your spa day for my mum's 70th and the treatments we paid for were "
        "cancelled on arrival.",
        "how disappointing this is",
        ["worrying", "angry"],
    ),
    (
        "zh-Hans",
        "我们全家期待了很久的旅行，结果你们旅行社临时取消了行程，孩子们都很失望。",
        "换作是我也会很失望",
        ["着急", "生气"],
    ),
]


@pytest.mark.parametrize(("language", "text", "feeling", "never"), MOODS)
def test_the_empathy_line_fits_the_feeling_they_state(language: str, text: str, feeling: str, never: list[str]) -> None:
    d = drafter.draft(text, channel="email")
    assert d.language == language
    assert feeling in d.text, d.text
    for word in never:
        assert word not in d.text, (word, d.text)


# An apology says only what the complaint shows: a time they ask for is no deadline of theirs, a
# thing cancelled "AGAIN" the third time this month is a repeat, not a customer chasing us, and
# an account called "Everyday" is not "every day".
EVIDENCE = [
    (
        "en",
        "email",
        "Could you please deliver my replacement router by tomorrow morning? Order RT-55120 arrived without "
        "the power cable.",
        [],
        ["deadline so close"],
    ),
    (
        "en",
        "email",
        "My flight is tomorrow morning and the visa letter (ref VL-2231) still hasn't arrived. I'm really worried.",
        ["deadline so close"],
        [],
    ),
    (
        "en",
        "im",
        "the 17:45 bus from leeds got cancelled AGAIN\n3rd time this month\nticket ref BX-7712",
        ["happened again"],
        ["chase us"],
    ),
    (
        "en",
        "email",
        "I hold the Everyday Saver account (ending 5512) and was charged a £2 fee on my statement.",
        [],
        ["happened again"],
    ),
    (
        "zh-Hans",
        "email",
        "能不能明天之前把维修好的手机寄回来？维修单号 RX-2231，已经修了三周了。",
        [],
        ["时间这么紧"],
    ),
    (
        "zh-Hant",
        "im",
        "今朝嘅808號巴士又取消咗\n呢個月第三次\n車票編號 BT-5512",
        ["又一次發生"],
        ["多次聯繫"],
    ),
    # "left waiting" only where they say they are waiting: a room not cleaned is no wait
    (
        "zh-Hant",
        "im",
        "我住喺你哋酒店 1208 號房，入住三日房間都未執過，毛巾用晒。今晚6點前可唔可以幫我執一執？",
        [],
        ["久等"],
    ),
    (
        "en",
        "im",
        "I am in room 1204 at your hotel right now and the room has not been cleaned in three days.",
        [],
        ["left waiting"],
    ),
    ("zh-Hans", "im", "我现在在你们营业厅服务台，已经等了一个小时还没叫到号。", ["久等"], []),
]


@pytest.mark.parametrize(("language", "channel", "text", "present", "absent"), EVIDENCE)
def test_an_apology_needs_evidence_in_the_complaint(
    language: str, channel: str, text: str, present: list[str], absent: list[str]
) -> None:
    d = drafter.draft(text, channel=channel)
    assert d.language == language
    for want in present:
        assert want in d.sections.listen + d.sections.apologize, d.text
    for never in absent:
        assert never not in d.text, (never, d.text)


# A remark of ours they quote is named in the apology (who said what), once; an insult is never
# repeated back, only who said it; Listen no longer says "还说了那样的话" when the apology quotes it.
REMARKS = [
    (
        "en",
        "email",
        'The agent at your Kings Road branch said "not my problem" when I asked about my parcel PK-4410.',
        ["our agent told you “not my problem”"],
        ["how you were answered"],
    ),
    (
        "zh-Hans",
        "email",
        "我去你们营业厅办理退费，柜员说“系统就是这样，没办法”，然后就不理我了。单号 TF-2231。",
        ["柜员说“系统就是这样，没办法”，这不是我们应有的态度"],
        ["那样回应您"],
    ),
    (
        "zh-Hant",
        "im",
        "我去你哋分行拎卡，職員話「唔關我事」，叫我自己打電話。卡號尾數 5512。",
        ["職員說「唔關我事」，這不是我們應有的態度"],
        ["那樣的話", "那樣回應您"],
    ),
    (
        "zh-Hant",
        "email",
        "我個女喺你哋游泳班，教練當住其他小朋友面前話「你咁蠢學極都唔識」，佢而家唔肯再去。",
        ["教練這樣說，這不是我們應有的態度"],
        ["你咁蠢"],
    ),
    (
        "zh-Hans",
        "im",
        "我带孩子来儿科看急诊，等了三个小时，问护士站，护士说“嫌慢可以去别的医院”。",
        ["护士说“嫌慢可以去别的医院”，这不是我们应有的态度"],
        [],
    ),
]


@pytest.mark.parametrize(("language", "channel", "text", "present", "absent"), REMARKS)
def test_a_remark_of_ours_is_named_in_the_apology(
    language: str, channel: str, text: str, present: list[str], absent: list[str]
) -> None:
    d = drafter.draft(text, channel=channel)
    assert d.language == language
    for want in present:
        assert want in d.text, d.text
    for never in absent:
        assert never not in d.text, (never, d.text)


# After an injury, a child hurt or a hazard: thanks for telling us, never for "feedback".
TOLD = [
    ("zh-Hans", "我在你们超市冷冻区滑倒了，膝盖擦伤流血，地上全是水。", "谢谢您告诉我们", "反馈"),
    ("zh-Hant", "我個仔喺你哋遊樂場滑梯度割傷咗手，流緊血。", "謝謝您告訴我們", "意見"),
    (
        "en",
        "my daughter just cut her hand on a broken shelf in your store, it's bleeding",
        "Thank you for telling us",
        "feedback",
    ),
]


@pytest.mark.parametrize(("language", "text", "thanks", "never"), TOLD)
def test_a_hurt_customer_is_thanked_for_telling_us(language: str, text: str, thanks: str, never: str) -> None:
    d = drafter.draft(text, channel="im")
    assert d.language == language
    assert thanks in d.sections.thank, d.sections.thank
    assert never not in d.sections.thank


# The senior role they ask for by name takes the escalated case, not a generic manager.
ROLES = [
    (
        "zh-Hans",
        "请把这件事转给你们分院院长，我要求院长亲自给我回电话。我母亲在你们医院输液时针头脱落，流了很多血。",
        "转交院长",
    ),
    (
        "zh-Hant",
        "請把這件事轉給你們分行行長或者信用卡中心的負責人處理。我的信用卡被盜刷了三筆，共計8600元，我要向金管會投訴。",
        "轉交信用卡中心負責人",
    ),
    (
        "en",
        "Your lifeguard ignored my daughter when she was struggling in the deep end and she nearly drowned. "
        "I want the head of centre to call me today.",
        "passed your case to the head of centre",
    ),
]


@pytest.mark.parametrize(("language", "text", "said"), ROLES)
def test_the_role_they_ask_for_takes_the_case(language: str, text: str, said: str) -> None:
    d = drafter.draft(text, channel="email")
    assert d.language == language
    assert d.escalate
    assert said in d.sections.satisfy, d.sections.satisfy


# Pasted chat rebuilt as sentences of ours, the facts kept: a comma splice split, a chat day
# spelt out, clauses run on with a space punctuated, "when they did it" put first, our branch
# said as where the customer did it.
REBUILT = [
    (
        "en",
        "hi my washing machine repair was booked for weds between 8-12 and nobody came, i waited in all morning\n"
        "job ref WM-22410",
        ["booked for Wednesday between 8-12 and nobody came. You waited in all morning."],
        ["came, you waited"],
    ),
    (
        "en",
        "my hire car was meant to be ready at 9am and the desk had nothing, we waited two hours at the airport\n"
        "booking HC-55120",
        ["the desk had nothing. You waited two hours"],
        ["nothing, you waited"],
    ),
    ("zh-Hans", "快递又晚了 9:10下的单 11:40才到\n订单号 KD-2231-8871", ["9:10下的单，11:40才到"], ["了 9:10"]),
    (
        "zh-Hans",
        "充值500到话费账户，今天上午10点充的\n到现在还没到账\n流水号 CZ20240611",
        ["了解到您今天上午10点充值500到话费账户"],
        ["10点充的"],
    ),
    (
        "zh-Hant",
        "你哋沙田那間分店\n今朝買咗一盒雞蛋 打開發現爛咗三隻\n單號 EG-5512",
        ["您今天早上在我們沙田那間分店買了一盒雞蛋"],
        ["了解到我們沙田那間分店，"],
    ),
    (
        "zh-Hans",
        "你们解放路那家药房 价签写的维生素C 45元\n结账收了我58元\n小票还在",
        ["在我们解放路那家药房，价签写的维生素C是45元"],
        ["了解到我们解放路那家药房，价签"],
    ),
]


@pytest.mark.parametrize(("language", "text", "present", "absent"), REBUILT)
def test_pasted_chat_is_rebuilt_as_our_sentences(
    language: str, text: str, present: list[str], absent: list[str]
) -> None:
    d = drafter.draft(text, channel="im")
    assert d.language == language
    for want in present:
        assert want in d.sections.listen, d.sections.listen
    for never in absent:
        assert never not in d.text, (never, d.text)


# With no anger or disappointment stated, a slip such as a misspelt name gets a plain apology
# and no "so unpleasant an experience" / "frustration" (trainers: overblown for a typo).
PLAIN = [
    (
        "zh-Hant",
        "你好 我份保單個名串錯咗😥\n護照係 LEUNG KA MING 保單寫咗 LEUNG KA MIN\n保單號碼 HB-2231\n可唔可以改好",
        "給您添了麻煩",
        "不愉快的經歷",
    ),
    (
        "zh-Hans",
        "好郁闷啊😥 你们把我机票上的名字拼错了\n身份证上是王晓明 机票上印成了王小明\n订单号 FL-5512",
        "给您添了麻烦",
        "不愉快的经历",
    ),
    (
        "en",
        "hi my name is misspelt on my travel policy 😥\npassport says JANE SMYTHE, policy says JANE SMITH\n"
        "policy no HP-5512\ncan you fix it",
        "sorry for the trouble",
        "frustration",
    ),
]


@pytest.mark.parametrize(("language", "text", "apology", "never"), PLAIN)
def test_a_slip_gets_a_plain_apology(language: str, text: str, apology: str, never: str) -> None:
    d = drafter.draft(text, channel="im")
    assert d.language == language
    assert apology in d.text, d.text
    assert never not in d.text, d.text
