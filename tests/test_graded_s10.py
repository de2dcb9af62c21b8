"""Faults session 10's trainers found in drafts of complaints nobody here had read (c25), as
classes: a card issued anew is not a missing part sent; their own money held up in a transfer is
traced once, whichever way they ask for it back; a word for "transferred" in chat or Cantonese is
read as a transfer only with a sum beside it."""

from __future__ import annotations

import pytest

import drafter

PARCEL_WORDS = ("发货", "發貨", "送达", "送達", "少了的", "包裹", "dispatch", "parcel", "the missing")

REISSUE = [
    ("zh-Hans", "我的信用卡被盗刷了一笔2300元，请马上冻结，补发一张新卡。"),
    ("zh-Hant", "我張卡俾人盜用咗，唔該即刻凍結，補發新卡俾我。"),
    ("zh-Hant", "我的金融卡遺失了，請幫我停卡並補發一張新卡。"),
]


@pytest.mark.parametrize(("language", "complaint"), REISSUE)
def test_a_card_issued_anew_is_not_a_missing_part_sent(language: str, complaint: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    for word in PARCEL_WORDS:
        assert word not in d.sections.satisfy, d.sections.satisfy


def test_a_missing_part_asked_for_is_still_sent() -> None:
    d = drafter.draft("你们寄来的套装少了一个炸篮，麻烦补发炸篮给我。", channel="im")
    assert "补发" in d.sections.satisfy and "更换" not in d.sections.satisfy, d.sections.satisfy


HELD = [
    ("zh-Hans", "我昨天用手机银行转了8000元到我另一张卡，到现在没到账也没退回，要么给我到账要么退回来！", "8000元"),
    (
        "zh-Hans",
        "5月10日我跨行转账5万元（流水号 20240510883721），钱从卡里扣了，收款方到今天都没收到，也没有退回。"
        "请尽快查清楚，钱要么到账要么退回。",
        "5万元",
    ),
    ("zh-Hant", "我上週轉咗HK$6,000去另一個戶口，錢扣咗但係冇到賬，亦冇退返，幫我查下。", "HK$6,000"),
    (
        "en",
        "My transfer of $900 to my savings account is stuck: it left my checking account three days ago, "
        "hasn't arrived and wasn't returned. Either complete it or return it.",
        "$900",
    ),
    (
        "en",
        "My transfer of $400 to my sister (ref TR-77120) has said 'pending' for six days. Either push it "
        "through today or give it back to me please.",
        "$400",
    ),
]


@pytest.mark.parametrize(("language", "complaint", "amount"), HELD)
def test_their_own_money_held_up_is_traced_once_never_a_refund_to_approve(
    language: str, complaint: str, amount: str
) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    satisfy = d.sections.satisfy
    assert amount in satisfy, satisfy
    for wrong in ("审批", "審批", "approval", "两种处理方式", "兩種處理方式", *PARCEL_WORDS):
        assert wrong not in satisfy, satisfy
    said = [s for s in satisfy.replace("。", "。\n").replace("; ", "\n").splitlines() if amount in s]
    assert len(said) == 1, satisfy  # one trace, not the same promise twice
    assert d.guard.verdict == "pass", d.guard


def test_a_bus_change_is_not_a_transfer_of_money() -> None:
    from drafter.backends.template_remedy import own_funds_held

    assert not own_funds_held("坐地铁转了三次车，卡里的钱没收到退款。")
    assert own_funds_held("我转了8000元到另一张卡，到现在没到账。")
    assert own_funds_held("我轉咗HK$6,000去另一個戶口，冇到賬。")


PRODUCT_NOT_MONEY = [
    (
        "en",
        "Tracking JD0145 says delivered, but nothing was left at my door. It was a pair of wireless headphones "
        "worth £64.99. Please trace and redeliver it or compensate me.",
        False,
    ),
    ("en", "I wired the money, $2,400, on Monday and it still hasn't arrived in the account.", True),
    ("zh-Hans", "快递显示已签收，但我没收到，是一副价值499元的无线耳机，请帮我追查并补寄。", False),
    ("zh-Hant", "物流顯示已簽收，但我沒有收到，是一副NT$2,990的無線耳機，請幫我追查。", False),
]


@pytest.mark.parametrize(("language", "complaint", "money"), PRODUCT_NOT_MONEY)
def test_a_parcel_worth_a_sum_is_traced_as_a_parcel_not_as_money(language: str, complaint: str, money: bool) -> None:
    """'wireless' holds 'wire': a product's name is no money transfer (c25b-005 got "our payments
    team to trace £64.99" for lost headphones)."""
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    traced_money = any(w in d.sections.satisfy for w in ("payments team", "这笔", "這筆"))
    assert traced_money is money, d.sections.satisfy


EMPHATIC = [
    ("zh-Hans", "我又没订什么彩铃 每个月扣我十九块 都扣三个月了 给我退了", False),
    ("zh-Hant", "我又沒有開通這個服務，為什麼每個月扣我NT$99？", False),
    ("zh-Hant", "我哋又冇叫過呢個套餐，點解扣咗我HK$88？", False),
    ("zh-Hans", "快递又没到，这已经是第三次了", True),
    ("zh-Hans", "外卖又没送到，又是这样。", True),
]


@pytest.mark.parametrize(("language", "complaint", "repeat"), EMPHATIC)
def test_emphatic_you_never_is_not_a_repeat(language: str, complaint: str, repeat: bool) -> None:
    """ "我又没订" is "I never even ordered it" (c25b-023 got "很抱歉同样的问题又一次发生")."""
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    assert ("又一次" in d.text) is repeat, d.text
    if not repeat:
        assert "又沒" not in d.sections.listen and "又没" not in d.sections.listen, d.sections.listen


TRIPS = [
    ("en", "ride RH-5O93 detour pls refund diff", "transit", "your trip"),
    ("zh-Hans", "行程单号RH-5O93 司机绕路 退差价", "transit", "行程"),
    ("zh-Hant", "行程編號RH-5O93 司機兜路 退差價", "transit", "行程"),
    ("en", "flight CZ3101, my bag was not delivered", "airline", "your flight"),
    ("zh-Hans", "航班CZ3101，行李没有送到", "airline", "航班"),
    ("zh-Hant", "租車訂單CR-2231，車沒送到", "car_rental", "租車"),
]


@pytest.mark.parametrize(("language", "complaint", "domain", "said"), TRIPS)
def test_a_trip_that_went_wrong_is_no_delivery(language: str, complaint: str, domain: str, said: str) -> None:
    """The "delivery" topic line where nothing is delivered: a ride, a flight or a car hire is a
    trip ("our delivery service let you down" for a ride-hailing detour, c25a-031)."""
    from drafter.backends.template_listen import fallback_line
    from drafter.intake import analyse, read_complaint
    from drafter.wording import Wording

    complaint_ = read_complaint(complaint, language=language)
    analysis = analyse(complaint_).model_copy(update={"category": "delivery", "domain": domain})
    line = fallback_line(Wording(complaint_, None, domain), complaint_, analysis)
    assert said in line and "deliver" not in line and "配送" not in line, line


PART_ASKED = [
    (
        "en",
        "Hello,\nFollowing up on booking QX-1201 (3 nights, 2–5 May, room 808). The air conditioning never worked "
        "and the room sat at about 30°C; nobody moved us even though we asked twice.\nI was charged £145 per night, "
        "£435 in total, and I'm asking for the first two nights (£290) back.\nPlease reply by email only.\n"
        "Regards,\nAnn Lee",
        "£290",
        "£435",
    ),
    ("zh-Hans", "我交了3个月共897元，每月299元，请把后两个月598元退还给我。", "598元", "897元"),
    ("zh-Hant", "我一共付咗HK$1,200，三堂課，唔該退返兩堂嘅HK$800俾我。", "HK$800", "HK$1,200"),
]


@pytest.mark.parametrize(("language", "complaint", "asked", "total"), PART_ASKED)
def test_the_sum_inside_the_ask_is_the_refund_not_the_total_before_it(
    language: str, complaint: str, asked: str, total: str
) -> None:
    """c25b-003: "£435 in total … the first two nights (£290) back" got "A refund of £435"."""
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    answer = d.sections.satisfy.split("。")[-2] if language != "en" else d.sections.satisfy
    assert asked in d.sections.satisfy and f"{total}的退款" not in answer and f"refund of {total}" not in answer


AT_THE_TABLE = [
    ("zh-Hant", "我哋兩個人坐低咗成45分鐘 一碟菜都冇上\n問咗三次都話就嚟 旺角分店12號枱 搞咩呀", "上菜"),
    ("zh-Hans", "我们坐了40分钟了一个菜都没上，8号桌，催了三次", "上菜"),
    ("en", "table 12, waited 45 mins, no food yet, asked 3 times", "bring your order out"),
]


@pytest.mark.parametrize(("language", "complaint", "now"), AT_THE_TABLE)
def test_diners_waiting_at_a_numbered_table_are_served_now(language: str, complaint: str, now: str) -> None:
    """c25b-035: "旺角分店12號枱" in a chat got "24小時內給您回覆進展" — a diner at a table (号桌, 號枱)
    is there now, and a restaurant even with 分店 in the text."""
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    assert now in d.sections.satisfy and "24" not in d.sections.satisfy, d.sections.satisfy


TALK_TO_OURS = [
    ("zh-Hant", "班機延誤咗三個鐘 轉機搭唔切 訂位編號 HJ8R2M\n我要同你哋經理講 而家即刻搵人覆我", True),
    ("zh-Hans", "我想跟你们主管谈谈这件事，订单A1", True),
    ("zh-Hant", "經理話我哋要等多一日，訂單A2", False),
    ("en", "I want to talk with your manager about order 55", True),
]


@pytest.mark.parametrize(("language", "complaint", "escalate"), TALK_TO_OURS)
def test_asking_to_talk_with_our_manager_is_a_demand(language: str, complaint: str, escalate: bool) -> None:
    """c25a-036: "我要同你哋經理講" was read as something the manager said (讲 after it)."""
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    assert ("manager_demand" in d.reasons) is escalate, d.reasons


FLOORS = [
    ("zh-Hant", "管理處：升降機壞咗，我住3座18樓。", [("other", "12樓"), ("other", "3座18樓")]),
    ("zh-Hans", "物业你好，电梯坏了，我住2栋15楼。", [("other", "15楼"), ("other", "2栋15楼")]),
    ("en", "The lift is broken and I live on 18/F.", [("other", "18/F")]),
]


@pytest.mark.parametrize(("language", "complaint", "facts"), FLOORS)
def test_a_floor_or_a_flat_alone_is_not_recorded_in_the_case(
    language: str, complaint: str, facts: list[tuple[str, str]]
) -> None:
    """c25a-018: "您提到的12樓、3座18樓，我們已記在您的個案裡" — a floor, a block or a flat is where
    it is; alone it is nothing we act on (trainers: robotic)."""
    from drafter.backends.template_facts import facts_sentences
    from drafter.intake import read_complaint
    from drafter.wording import Wording

    complaint_ = read_complaint(complaint, language=language)
    said = facts_sentences(Wording(complaint_, None, "property_management"), complaint, facts)  # type: ignore[arg-type]
    assert not any(w in " ".join(said) for w in ("個案", "个案", "your case", "noted")), said


APPS = [
    ("zh-Hant", "屋企寬頻斷咗三日 報咗兩次修 師傅都冇嚟\n月費HK$198 whatsapp我就得 唔好打嚟", "WhatsApp", "短訊"),
    ("zh-Hans", "宽带断了三天，别打电话，微信联系我就行，账号GZ8812", "微信", "短信"),
    ("en", "My broadband has been down 3 days, account 5512. Don't call me, WhatsApp only please.", "WhatsApp", "text"),
    ("en", "Internet down again, acct 7781, don't ring me, text me instead", "by text message", "WhatsApp"),
]


@pytest.mark.parametrize(("language", "complaint", "app", "not_app"), APPS)
def test_the_chat_app_they_name_is_the_one_we_use(language: str, complaint: str, app: str, not_app: str) -> None:
    """c25b-041: "whatsapp我就得 唔好打嚟" got "後續我們會通過短訊與您聯繫"."""
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    assert app in d.sections.satisfy and not_app not in d.sections.satisfy, d.sections.satisfy


SPARKS = [
    (
        "en",
        "The cover has fallen off the stairwell light on the 7th floor, the wires are exposed and last night it was "
        "sparking when the light came on. Kids play on those stairs. Please fix it by tomorrow.",
        False,
    ),
    ("zh-Hans", "走廊的灯罩掉了，电线露在外面，昨晚开灯的时候还冒火花，楼里的小孩每天在楼梯玩，请明天前修好。", False),
    ("zh-Hant", "樓梯燈個蓋跌咗，啲電線露晒出嚟，琴晚開燈仲爆火花，啲細路日日喺度玩，聽日之前整好佢。", False),
    (
        "en",
        "The socket in the hallway of our building sparked and now there is smoke coming from the wall. Unit 4C.",
        True,
    ),
]
_EVACUATE = ("out of the building", "离开大楼", "離開大樓", "撤离", "撤離")


@pytest.mark.parametrize(("language", "complaint", "evacuate"), SPARKS)
def test_sparks_from_a_fitting_are_kept_away_from_not_evacuated(language: str, complaint: str, evacuate: bool) -> None:
    """c26b-015 (rated 1): a sparking stair light answered "Please get everyone out of the building now";
    with smoke or flame told, the building is still left."""
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    assert any(w in d.text for w in _EVACUATE) is evacuate, d.text
    assert d.escalate
