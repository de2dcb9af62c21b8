"""Session 12: the Listen restatement is a short, correct sentence in our voice.

Table-driven, on complaints made up for the purpose (en, zh-Hans, zh-Hant): the customer's jab at
us never said back ("58块钱就给您吃这个", "which is ridiculous"); a sum that a verb takes kept with
it ("賬單要HK$1,280"), never cut out to leave "賬單要"; a request of two characters or fewer never
said back alone ("您希望人工。"); no "item" made of a clause that follows a reference; a reference
with a predicate ("order 4471 never arrived") restated as what went wrong; an id's lone label and
an emoji before a figure never leave a fragment.
"""

from __future__ import annotations

import pytest

import drafter
from drafter.intake.restate import restate


def _draft(text: str, channel: str = "im") -> str:
    return drafter.draft(text, channel=channel, backend="template").text


# --------------------------------------------------------------------------- jabs not echoed


@pytest.mark.parametrize(
    ("text", "channel", "jab", "fact"),
    [
        ("火锅外卖等了两个小时 到手全凉了 订单尾号4821 58块钱就给我吃这个？退钱", "im", "就给您吃", "全凉了"),
        ("App更新後一直閃退 帳號 lin.w@mail.com 重開機好幾次了 每年付NT$1,490就這樣？？", "im", "就這樣", "閃退"),
        ("楼上天天装修到晚上十点 找了物业三次没人管 物业费一分没少交 房号 12-0803", "im", "一分", "装修"),
        (
            "Hi,\n\nThe courier left my parcel out in the rain and the box was soaked through (order #QX-5521). "
            "The chat agent offered a $3 credit, which is frankly ridiculous.\nPlease refund the $64.\n\nSam",
            "email",
            "ridiculous",
            "$3 credit",
        ),
        (
            "Hello,\n\nMy flight BA-2291 from Leeds was cancelled on 4 May and I missed my sister's wedding, "
            "that ruined my whole weekend.\nPlease refund the fare.\n\nJo",
            "email",
            "ruined",
            "wedding",
        ),
    ],
)
def test_the_jab_at_us_is_not_said_back(text: str, channel: str, jab: str, fact: str) -> None:
    reply = _draft(text, channel)
    assert jab not in reply, reply
    assert fact in reply, reply


# --------------------------------------------------------------------------- a sum kept with its verb


@pytest.mark.parametrize(
    ("text", "said", "not_said"),
    [
        ("上个月账单多了 ¥86 国际长途 我从没打过 手机尾号 4410", "多了¥86", "账单多了，"),
        (
            "我月費計劃係 $168 30GB 點解今個月張單要 HK$1,280 話我用咗好多數據 帳號 MB-55102",
            "賬單要HK$1,280",
            "為什麼",
        ),
        ("手機門號帳單上個月多了 NT$2,400 加值服務 我根本沒申請 帳號 TW-88120", "多了NT$2,400", "多了，"),
    ],
)
def test_a_sum_a_verb_takes_stays_with_it(text: str, said: str, not_said: str) -> None:
    reply = _draft(text)
    assert said in reply, reply
    assert not_said not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "外賣漏咗兩籠燒賣 HK$42 飯又凍晒 單號 FD-88213",  # 賣 ends a dish, no verb that takes the sum
        "外卖漏了一份凉皮 ¥18 饮料也洒了 订单号 WM-55120",
    ],
)
def test_a_sum_after_a_thing_is_left_to_the_facts_frame(text: str) -> None:
    reply = _draft(text)
    first = reply.split("。")[1] if reply.startswith("收到") else reply.split("。")[0]
    assert "$42" not in first and "¥18" not in first, reply


# --------------------------------------------------------------------------- no robotic bare request


@pytest.mark.parametrize(
    ("text", "language", "bare"),
    [
        ("充了钱没到账 订单 GP-55210-8812 我要人工", "zh-Hans", "人工"),
        ("染髮之後頭皮一直紅腫 單據 S-7781 我要你們負責", "zh-Hant", "負責"),
        ("This is the third outage this week on account 55120. Fix it.", "en", "fix it"),
    ],
)
def test_a_bare_request_is_not_said_back_alone(text: str, language: str, bare: str) -> None:
    asks = restate(text, language, "im").asks
    assert not any(a.echo and bare in a.text for a in asks), asks
    reply = _draft(text)
    assert f"您希望{bare}" not in reply and f"您希望我們{bare}" not in reply, reply
    assert "You'd like us to fix it" not in reply, reply


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("快递三天了还没到 订单号 SF-88213 我要你们赔偿运费", "zh-Hans"),
        ("包裹少了一件 訂單 TW-2410-58833 麻煩幫我補寄", "zh-Hant"),
    ],
)
def test_a_request_that_names_what_is_asked_is_still_said_back(text: str, language: str) -> None:
    asks = restate(text, language, "im").asks
    assert any(a.echo for a in asks), asks


# --------------------------------------------------------------------------- no item made of a clause


@pytest.mark.parametrize(
    "text",
    [
        "充了钱没到账 订单 GP-55210-8812 我要人工",
        "會員費扣咗兩次 訂單 MB-33012 你哋快啲處理",
        "充值失败 单号 CZ-77120 帮我查一下",
    ],
)
def test_a_clause_after_a_reference_is_no_item(text: str) -> None:
    reply = _draft(text)
    assert "关于我" not in reply and "關於你" not in reply and "關於我" not in reply and "关于帮" not in reply, reply


# --------------------------------------------------------------------------- English fragments


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("order #4471 never showed up, app says delivered 🙄 $42.50 gone", "never showed up"),
        ("booking BK-55102 still not refunded after 3 weeks", "still not refunded"),
    ],
)
def test_an_order_with_what_went_wrong_is_restated(text: str, said: str) -> None:
    story = " ".join(restate(text, "en", "im").story)
    assert said in story, story


@pytest.mark.parametrize(
    ("text", "said", "not_said"),
    [
        ("order #4471 never showed up, app says delivered 🙄 $42.50 gone", "says it was delivered", "delivered $42.50"),
        (
            "Hello,\n\nA fine of £40 was issued at your Mill Lane car park on 2 Feb, but I had paid via the app "
            "— session ref RS-55120, 09:10 to 11:10.\nPlease cancel it.\n\nAnn",
            "from 09:10 to 11:10",
            "session,",
        ),
    ],
)
def test_no_fragment_left_where_an_id_or_emoji_was(text: str, said: str, not_said: str) -> None:
    reply = _draft(text, "email" if text.startswith("Hello") else "im")
    assert said in reply, reply
    assert not_said not in reply, reply


# --------------------------------------------------------------------------- facts not dropped


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # a hotline cue ("12345") inside a parcel number is no cue
        ("我寄去高雄的包裹 號碼RR912345670TW 已經八天了還查不到 裡面是我爸的藥", ("八天", "藥")),
        ("我寄到成都的快递 单号SF1234567 已经一周了还查不到 里面是孩子的课本", ("一周", "课本")),
        # spoken Cantonese written out, so the facts are restated, not a topic line
        ("你哋沙龍幫我電髮 之後頭皮又紅又痕 仲起晒水泡 睇咗醫生話係過敏 單據 SA-2210", ("水泡", "過敏")),
        ("約咗十一點睇牙 等到一點都未到我 阿媽都等到好攰 預約號 DN-551", ("十一點", "沒輪到")),
    ],
)
def test_the_central_facts_are_restated(text: str, facts: tuple[str, ...]) -> None:
    reply = _draft(text)
    for fact in facts:
        assert fact in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "約咗十點接種 等到十二點都未到我哋 唔係話唔可以等 但係起碼講聲啦 預約號 VT-991",
        "约了两点做检查 等到四点都没叫到我 不是说不可以等 但是起码说一声吧 预约号 CK-2210",
    ],
)
def test_a_concession_and_at_least_is_not_said_back(text: str) -> None:
    reply = _draft(text)
    assert "起碼" not in reply and "起码" not in reply, reply


def test_a_receipt_label_and_its_sum_are_the_frames() -> None:
    reply = _draft("你哋沙龍幫我電髮 之後頭皮又紅又痕 仲起晒水泡 睇咗醫生話係過敏 單據 SA-2210 HK$980")
    listen = reply[reply.index("了解到") :].split("。")[0]
    assert "單據" not in listen and "HK$980" not in listen, reply


# --------------------------------------------------------------------------- garbled pieces


@pytest.mark.parametrize(
    ("text", "address", "not_said"),
    [
        ("我家住在徐汇区漕溪路12弄5号301室，户号 3100552210。昨天换了电表以后一直跳闸。", "漕溪路12弄5号301室", "我家"),
        (
            "本人住在大安區和平東路二段96巷3號5樓，電號 07-1234-55。昨天換表後就一直停電。",
            "和平東路二段96巷3號5樓",
            "本人",
        ),
    ],
)
def test_the_address_is_the_address(text: str, address: str, not_said: str) -> None:
    reply = _draft(text, "email")
    assert address in reply, reply
    assert not_said + "住" not in reply, reply


@pytest.mark.parametrize(
    ("text", "not_said"),
    [
        ("商场电梯门夹到我孩子的手 监控你们调 下午3点左右 2号电梯", "监控我们调"),
        ("收銀機多收咗我HK$60 單據你哋自己查 今朝十點左右", "單據我們自己查"),
    ],
)
def test_an_order_with_its_object_first_is_not_a_fact(text: str, not_said: str) -> None:
    assert not_said not in _draft(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("银行卡莫名被扣了两笔 每笔299 卡尾号5521 我要追回", "银行卡"),
        ("酒店房間冷氣壞咗成晚 房號 1203 我要換房", "房間"),
    ],
)
def test_the_business_noun_inside_another_noun_is_not_us(text: str, said: str) -> None:
    reply = _draft(text)
    assert said in reply, reply
    assert "我们卡" not in reply and "我們間" not in reply, reply


# --------------------------------------------------------------------------- requests, claims, repeats


@pytest.mark.parametrize(
    "text",
    [
        "你好：\n\n上周派来修空调的师傅没修好就走了，还把墙面刮花了。\n\n我要求你们领导出面，赔偿墙面修补费，并重新派人把空调修好。\n\n王女士",
        "您好：\n\n上週派來修熱水器的師傅沒修好就走了，還把地板刮花了。\n\n我要求你們主管出面，賠償地板修補費，並重新派人修好熱水器。\n\n林小姐",
    ],
)
def test_a_list_of_requests_is_not_restated_as_a_fact(text: str) -> None:
    reply = _draft(text, "email")
    listen = reply[reply.index("了解到") :].split("\n")[0]
    assert "修補費" not in listen and "修补费" not in listen, reply


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Hi,\n\nI was billed twice for my Family plan this month, two charges of $18.99 on 4 May. "
            "I only have one subscription. Please refund one.\n\nKim",
            "only have one subscription",
        ),
        (
            "您好，\n\n试用结束后我已经取消了，今天还是被自动续费了一年，扣了¥398。\n\n我这一年完全没有用过，请退款。\n\n张明",
            "完全没有用过",
        ),
        (
            "您好，\n\n試用結束後我已經取消了，今天還是被自動續費了一年，扣了NT$1,490。\n\n我這一年從來沒有用過，請退款。\n\n陳明",
            "從來沒有用過",
        ),
    ],
)
def test_a_short_claim_after_the_facts_is_not_said_back_alone(text: str, claim: str) -> None:
    reply = _draft(text, "email")
    assert claim not in reply, reply


@pytest.mark.parametrize(
    ("text", "repeat"),
    [
        ("喺你哋超市買咗兩包米 收據顯示收咗兩次HK$68 即係多收咗HK$68 收據號 SM-33120", "多收了HK$68"),
        ("在你们超市买了两袋米 小票显示收了两次¥49 也就是说多收了¥49 小票号 CS-55102", "多收了¥49"),
    ],
)
def test_the_same_fact_said_again_as_that_is_is_said_once(text: str, repeat: str) -> None:
    reply = _draft(text)
    assert repeat not in reply, reply
    assert "兩次" in reply or "两次" in reply, reply


def test_a_stance_on_the_remedy_is_not_a_fact() -> None:
    text = (
        "Hi,\n\nThe shelf price was $4.99 but the till charged me $7.49 at your Bay Road store. I only noticed "
        "at home. Receipt 0447.\n\nCould you refund the $2.50 difference? I'm not looking for anything else.\n\nAl"
    )
    reply = _draft(text, "email")
    assert "not looking for anything else" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "我訂咗你哋 12月31號 除夕晚餐 6位 但今日打嚟話取消 按金 HK$600 仲未退",
        "我订了你们 12月31号 年夜饭 6位 但今天打来说取消 定金 ¥600 还没退",
    ],
)
def test_a_noun_left_when_its_sum_is_cut_is_not_said(text: str) -> None:
    reply = _draft(text)
    listen = reply[reply.index("了解到") :].split("。")[0]
    assert not listen.endswith(("按金", "定金", "訂金")), reply


# --------------------------------------------------------------------------- a phone number, a sum that became


@pytest.mark.parametrize(
    "text",
    [
        "just got my bill for number 07700 900 123 and theres £54.20 of data charges from france??\npls fix",
        "got my bill for my line 07911 123 456 and there's £31.00 of premium sms charges. never sent any",
    ],
)
def test_a_phone_number_in_a_sentence_does_not_lose_the_charge(text: str) -> None:
    reply = _draft(text)
    listen = reply[reply.index("I understand") :].split(". ")[0]
    assert "charges" in listen, reply
    assert "07" not in listen, reply


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("用app買咗兩張戲飛 訂單 BK-551200 扣咗兩次錢 HK$180 變HK$360 快啲退返多扣嗰HK$180", "HK$180，變HK$360"),
        ("用app买了两张电影票 订单 BK-551201 扣了两次钱 ¥90 变成¥180 赶紧退多扣的¥90", "¥90，变成¥180"),
    ],
)
def test_a_sum_the_next_piece_says_it_became_is_kept(text: str, said: str) -> None:
    assert said in _draft(text)


# --------------------------------------------------------------------------- the facts frame's words


@pytest.mark.parametrize(
    ("text", "said", "not_said"),
    [
        ("超市买的酸奶 保质期到7月2号 打开已经胀袋了 小票号 0031-552-118 12块5 换一盒就行", "12.5元", "12块5"),
        ("超商買的鮮奶 有效期限到7月2號 打開已經結塊發酸了 發票號 0031-552-119 45塊5 換一瓶就好", "45.5元", "45塊5"),
    ],
)
def test_yuan_and_tenths_are_written(text: str, said: str, not_said: str) -> None:
    reply = _draft(text)
    assert said in reply and not_said not in reply, reply


@pytest.mark.parametrize(
    ("text", "not_said"),
    [
        (
            "Hi,\n\nClaim CL-55120 for the storm damage to my roof was lodged on 2 May. I've sent every photo "
            "twice. The estimate is $6,200.\n\nPlease confirm the status.\n\nPolicy HM-551200",
            "for the every",
        ),
        (
            "Hi,\n\nOrdered a large pizza through your app (order #DL-55120, $24.10). It arrived an hour late "
            "and cold.\nFull refund please, back to my card not as credit.\n\nAl",
            "Back to your card",
        ),
    ],
)
def test_no_fragment_of_a_quantifier_or_a_refund_route(text: str, not_said: str) -> None:
    assert not_said not in _draft(text, "email")


# --------------------------------------------------------------------------- openers and irony


@pytest.mark.parametrize(
    ("text", "channel", "not_opening"),
    [
        (
            "您好，\n\n我的账号是 li.ming@example.com。上个月取消了会员，今天又被扣了¥128。\n\n请退款。\n\n李明",
            "email",
            "了解到您的账号是",
        ),
        (
            "您好，\n\n我的借書證號是 0451-99120。系統顯示我有一本書逾期，但我上週就還了。\n\n陳小姐",
            "email",
            "了解到您的借書證號是",
        ),
        (
            "Hi,\n\nMy account number is 7731-5520-19. In May I moved to the Basic plan but my last bill was "
            "still $65.\n\nMeg",
            "email",
            "I understand that your account number is",
        ),
    ],
)
def test_a_reference_alone_never_opens_listen(text: str, channel: str, not_opening: str) -> None:
    assert not_opening not in _draft(text, channel)


@pytest.mark.parametrize(
    ("text", "not_said", "said"),
    [
        (
            "Hi,\n\nWell, I suppose congratulations are in order: you managed to deliver our wedding cake "
            "(order CK-5512, $240.00) the day AFTER the wedding. Nothing says celebration like an empty table.\n\n"
            "I'd like a refund of the $240.00.\n\nSam",
            "congratulations",
            "delivered your wedding cake",
        ),
        (
            "Hi,\n\nThis is the third time my repair visit has been cancelled the night before. Both times I'd "
            "already taken the day off.\n\nI'm tired of this. Please book a firm date.\n\nLee",
            "tired of this",
            "for the third time",
        ),
    ],
)
def test_irony_and_weariness_are_not_said_back(text: str, not_said: str, said: str) -> None:
    reply = _draft(text, "email")
    assert not_said not in reply, reply
    assert said in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "我上周送洗的羊绒衫取回来缩水了 单号 XY20240618 这还能穿吗 你们看着赔吧",
        "我上週送洗的羊毛大衣拿回來縮水了 單號 XY20240619 這還能穿嗎 你們看著辦吧",
    ],
)
def test_you_decide_is_not_turned_into_us(text: str) -> None:
    reply = _draft(text)
    assert "我们看着" not in reply and "我們看著" not in reply, reply


@pytest.mark.parametrize(
    ("text", "said", "not_said"),
    [
        ("保险理赔都交了一个月了 报案号 BA20240511022 车险 修车花了5200 一直说材料不全", "修车花了5200", "车险，"),
        ("保險理賠都交了一個月了 報案號 BA20240511023 車險 修車花了NT$15,200 一直說資料不全", "修車花了", "車險，"),
        ("你哋APP話我張卡增值咗HK$300 但卡入面得返$20 交易編號 TXN55120913 搞咗成個禮拜", "拖了整整一個星期", "搞了"),
    ],
)
def test_a_label_with_its_kind_and_spoken_duration(text: str, said: str, not_said: str) -> None:
    reply = _draft(text)
    assert said in reply and not_said not in reply, reply


def test_a_well_done_steak_is_still_a_fact() -> None:
    text = "Hi,\n\nWell done steak came out bloody in the middle at your Bay Road grill on 3 May (bill 5512).\n\nAl"
    assert "bloody" in _draft(text, "email")
