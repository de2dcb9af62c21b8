"""Round 10aa: safety, escalation and a next step that fits the severity.

Escalation: the customer's own manager or account manager, a member of staff who told them to go
to head office, "sick of this" and a past illness are no escalation; a charge they will dispute
through their bank is. Gas: what the customer already did (the valve off, the windows open,
everyone out) is thanked, never asked again; the gas company itself never tells them to ring the
gas company; someone already dizzy is helped now, not "if anyone feels dizzy". A fire the fire
service is already at: follow the firefighters. Complaints written for these tests, across kinds
of business, in en, zh-Hans and zh-Hant."""

from __future__ import annotations

import pytest

import drafter
from drafter.intake import analyse
from drafter.models import Complaint


def _analysis(language: str, text: str, channel: str = "email"):  # type: ignore[no-untyped-def]
    return analyse(Complaint(text=text, channel=channel, language=language))


def _draft(language: str, text: str, channel: str = "im", profile: str | None = None) -> drafter.Draft:
    return drafter.draft(text, channel=channel, language=language, profile=profile)


# --------------------------------------------------------------------------- escalation

# (language, complaint): a manager or head office named, but nobody of ours asked for.
NOT_ESCALATED = [
    ("en", "My boss had to cover the hotel bill because your app froze at checkout. Please refund the booking fee."),
    ("en", "My manager from work had to pay for lunch because my card was declined twice. Please unblock it."),
    ("en", "Our office manager booked the room and the invoice has the wrong company name. Please resend it."),
    ("en", "I emailed my account manager twice about the missing points and heard nothing. Please add them."),
    ("en", "I was told to email head office about the missing loyalty points. Please add the 300 points back."),
    ("en", "Honestly I'm sick of this, the app logs me out every single day. Please fix it."),
    ("en", "I had the flu last month so I missed two classes; can I move my booking to next week?"),
    ("zh-Hans", "我们部门经理都开玩笑问我是不是不想干了，理赔结果到现在还没出。请这周给我结果。"),
    ("zh-Hans", "我已经联系了我们的客户经理小王，两天都没有回复。请帮我恢复被删的数据。"),
    ("zh-Hans", "昨天去门店问，店员说只能找总部。麻烦帮我查一下会员卡少掉的余额。"),
    ("zh-Hans", "上个月我住院了，所以没来上课，能不能帮我把课程顺延？"),
    ("zh-Hant", "我嘅客戶經理陳小姐放緊假，櫃位職員幫我揀錯咗電匯，請退返手續費。"),
    ("zh-Hant", "我們公司經理話要重新開發票，麻煩把抬頭改成正確的公司名稱。"),
    ("zh-Hant", "職員話要搵總部先得，唔該幫我查下儲值卡少咗嘅錢。"),
]


@pytest.mark.parametrize(("language", "text"), NOT_ESCALATED)
def test_a_manager_named_but_not_asked_for_is_no_escalation(language: str, text: str) -> None:
    a = _analysis(language, text)
    assert not a.escalate, a.reasons


# (language, complaint, reason): still escalated, beside the near-misses above.
ESCALATED = [
    ("en", "The clerk said only the manager can approve it, so I want the manager to call me today.", "manager_demand"),
    (
        "en",
        "You charged my card $89 for a plan I cancelled. Refund it by Friday or I will dispute it with my bank.",
        "legal",
    ),
    ("en", "If the $240 isn't back this week I'm filing a chargeback with my credit card company.", "legal"),
    ("zh-Hans", "店员说要找经理，那就叫你们经理直接给我打电话。", "manager_demand"),
    ("zh-Hans", "这笔会员费我根本没同意，再不退款我就找银行申请拒付。", "legal"),
    ("zh-Hant", "呢筆年費我冇授權過，唔退錢我就同銀行申請拒付。", "legal"),
    ("zh-Hant", "我要你們經理親自打電話給我。", "manager_demand"),
]


@pytest.mark.parametrize(("language", "text", "reason"), ESCALATED)
def test_still_escalated(language: str, text: str, reason: str) -> None:
    assert reason in _analysis(language, text).reasons


# --------------------------------------------------------------------------- gas

# (language, complaint, profile, what the step says, what it must not say)
GAS = [
    # already out, valve off, windows open; the gas company itself: stay out, our crew is coming
    (
        "en",
        "Strong gas smell in the kitchen. I turned off the gas and opened the windows, we're all outside now. "
        "12 Elm Road, account 55120. Please send someone.",
        "utility",
        ["You did the right thing", "stay outside", "our emergency crew"],
        ["leave the building", "call the gas emergency line", "keep windows open"],
    ),
    (
        "zh-Hans",
        "厨房燃气味很重，阀门我已经关了，窗户也开了，全家已经到楼下了。地址幸福小区3栋501，快派人来。",
        "utility",
        ["做得很对", "留在室外", "抢修人员"],
        ["离开室内", "拨打燃气抢修电话", "打开门窗通风"],
    ),
    (
        "zh-Hant",
        "我家廚房瓦斯味很重，我已經關總開關、開窗，人在樓下了。地址中山路10號3樓，可以馬上派人來嗎？",
        "utility",
        ["做得很對", "留在室外", "瓦斯表"],
        ["離開室內", "撥打燃氣搶修電話", "燃氣表"],
    ),
    # made safe but still inside: leave now, without being told to do again what they did
    (
        "zh-Hans",
        "今天换的燃气软管，现在厨房一股燃气味，阀门我已经关了，窗户也开了，人还在家里。能不能马上派人来？",
        "utility",
        ["做得很对", "离开室内", "抢修人员"],
        ["打开门窗通风", "拨打燃气抢修电话"],
    ),
    # someone already dizzy: helped now, an ambulance if it goes on (not "if anyone feels dizzy")
    (
        "zh-Hans",
        "你们昨天装的热水器一开就有很重的燃气味，我妈说头有点晕，窗户都开了。马上派人来！",
        "utility",
        ["您母亲", "呼吸新鲜空气", "急救电话叫救护车"],
        ["如有人头晕"],
    ),
    (
        "en",
        "The boiler you serviced yesterday smells of gas and my dad feels dizzy. Send someone now please.",
        "utility",
        ["how is your dad", "fresh air", "call an ambulance"],
        ["if anyone feels dizzy"],
    ),
    # not the gas company (a hotel, a landlord): the gas emergency line is still theirs to ring
    (
        "zh-Hant",
        "我住你們民宿201房，房間有好重煤氣味，我已經關咗掣，而家喺樓下等緊。",
        "hotel",
        ["做得很對", "留在室外", "煤氣搶修電話"],
        ["離開室內"],
    ),
    (
        "en",
        "Room 310 smells strongly of gas from the heater, we haven't done anything yet, my baby is asleep.",
        "hotel",
        ["leave the building", "call the gas emergency line"],
        ["You did the right thing"],
    ),
]


@pytest.mark.parametrize(("language", "text", "profile", "said", "never"), GAS)
def test_the_gas_step_fits_what_they_already_did(
    language: str, text: str, profile: str, said: list[str], never: list[str]
) -> None:
    d = _draft(language, text, profile=profile)
    assert d.escalate and d.guard.verdict == "pass", (d.reasons, d.guard.findings)
    for piece in said:
        assert piece in d.sections.listen, (piece, d.text)
    for piece in never:
        assert piece not in d.text, (piece, d.text)


# The fire service already there: follow them and keep away; not "call the fire service".
ATTENDED = [
    (
        "en",
        "The meter cupboard in our hallway started smoking at 7am and smells of burning. I called 999 and the "
        "firefighters are here now, they say you need to send someone for the meter. Flat 4, 20 Mill Lane.",
        ["firefighters' instructions", "keep away"],
        ["call the emergency services", "get everyone out of the building"],
    ),
    (
        "zh-Hans",
        "楼道的电表箱今天早上冒烟，有很重的焦味。我已经打了119，消防员到了，说要你们派人来处理电表。",
        ["听从现场消防员", "远离"],
        ["拨打火警电话", "离开大楼"],
    ),
    (
        "zh-Hant",
        "走廊電錶房今朝冒煙，好大燶味，我已經打咗999，消防員到咗，佢哋話要你哋派人嚟處理。",
        ["聽從現場消防員", "遠離"],
        ["撥打火警電話", "離開大樓"],
    ),
]


@pytest.mark.parametrize(("language", "text", "said", "never"), ATTENDED)
def test_with_firefighters_there_the_step_is_to_follow_them(
    language: str, text: str, said: list[str], never: list[str]
) -> None:
    d = _draft(language, text, channel="email", profile="utility")
    assert d.escalate
    for piece in said:
        assert piece in d.sections.listen, (piece, d.text)
    for piece in never:
        assert piece not in d.text, (piece, d.text)


# --------------------------------------------------------------------------- things and people

# (language, complaint, channel, in the reply, never in the reply)
FITS = [
    # a product with "outlets" they bought and already unplugged: not a fixed installation of ours
    (
        "en",
        "Bought a 4-outlet power strip from your Hill St shop, it sparked tonight and melted. "
        "I unplugged it. Is it recalled? I want my money back.",
        "im",
        ["right to unplug it", "don't use it again"],
        ["don't touch the box", "switch off the power there", "fuse box"],
    ),
    (
        "zh-Hans",
        "在你们超市买的插线板，插上台灯就冒火花，有烧焦味，我已经拔掉插头了。",
        "im",
        ["拔掉电源做得非常对", "不要再使用"],
        ["电表箱", "关掉总电源"],
    ),
    (
        "zh-Hant",
        "喺你哋門市買嘅拖板，插咗風筒就冒煙，有燶味，我已經拔咗插頭。",
        "im",
        ["拔掉電源做得非常對", "不要再使用"],
        ["電錶箱", "關掉總電源"],
    ),
    # a car whose brakes failed, pulled into a service area: wait inside, recovery sent now
    (
        "en",
        "The van I rented from you lost its brakes on the highway this morning, the pedal went to the floor. "
        "We pulled into a service station with the kids and won't drive it. Please send a replacement vehicle.",
        "email",
        ["don't drive it any further", "Roadside recovery is on its way to you now", "replacement vehicle"],
        ["within 24 hours", "behind the barrier"],
    ),
    (
        "zh-Hans",
        "租的车今天上午在高速上刹车突然变软，踩到底才停下来，孩子都在车上。现在车停在嘉兴服务区，不敢再开，请马上安排救援和换车。",
        "email",
        ["不要再驾驶", "道路救援已经在赶往", "替换车辆", "10分钟内"],
        ["24小时", "护栏外侧"],
    ),
    (
        "zh-Hant",
        "租來的車在國道上煞車突然失靈，踩到底才停下來，現在停在休息站，不敢再開，請馬上派人來。",
        "im",
        ["不要再駕駛", "道路救援已經在趕往"],
        ["24小時", "護欄外側"],
    ),
    # a machine of ours that hurt someone and is still running with someone else on it: stopped now
    (
        "en",
        "Treadmill 5 at your gym sped up on its own and threw me off, my knee is bleeding. "
        "It's still running and someone else is on it now!",
        "im",
        ["stop the treadmill and take it out of service right now"],
        ["today at the latest"],
    ),
    (
        "zh-Hans",
        "你们健身房的3号跑步机突然自己加速，我摔下来膝盖在流血，机器现在还开着，又有人上去用了！",
        "im",
        ["马上把它停下来", "按住伤口止血"],
        ["最迟今天之内"],
    ),
    (
        "zh-Hant",
        "你哋遊樂場個機動遊戲突然急停，我個仔撞親頭，而家部機仲開住，仲有人上去玩緊用緊！",
        "im",
        ["馬上把它停下來"],
        ["最遲今天之內"],
    ),
    # hurt on our premises, dizzy after a blow to the head, nobody has come: someone goes now
    (
        "zh-Hant",
        "我住貴飯店908號房，今早在浴室滑倒，後腦撞到浴缸，現在頭還有點暈。打給櫃台到現在一個小時了還沒有人來。",
        "email",
        ["坐下或躺下", "叫救護車", "現在就帶上急救用品到您身邊"],
        ["請儘快去醫院檢查，在此之前", "30分鐘內"],
    ),
    (
        "en",
        "I slipped on the wet floor in your store's aisle 4 and hit the back of my head, I feel dizzy. "
        "I asked for help 40 minutes ago and still nobody has come.",
        "email",
        ["sit or lie down", "call an ambulance", "come to you right now with first aid"],
        ["within 30 minutes", "within 2 hours"],
    ),
    (
        "zh-Hans",
        "在你们商场扶梯口摔倒，撞到头，现在头很晕想吐，工作人员说去叫人，到现在还没有人来。",
        "im",
        ["坐下或躺下", "叫救护车", "现在就带上急救用品到您身边"],
        ["2小时内"],
    ),
]


@pytest.mark.parametrize(("language", "text", "channel", "said", "never"), FITS)
def test_the_next_step_fits_the_thing_and_the_person(
    language: str, text: str, channel: str, said: list[str], never: list[str]
) -> None:
    d = _draft(language, text, channel=channel)
    assert d.escalate and d.guard.verdict == "pass", (d.reasons, d.guard.findings, d.text)
    for piece in said:
        assert piece in d.text, (piece, d.text)
    for piece in never:
        assert piece not in d.text, (piece, d.text)


def test_a_head_injury_reported_later_is_not_sent_a_first_aider() -> None:
    """Hurt at home by a cake bought from us, or writing the next day: nobody of ours goes to them."""
    for language, text in (
        ("en", "I hit my head on the low beam in your cafe yesterday and felt dizzy all evening."),
        ("zh-Hans", "昨天在你们餐厅被掉下来的灯砸到头，回家后一直头晕。"),
    ):
        d = _draft(language, text, channel="email")
        assert "first aid" not in d.text and "急救用品" not in d.text, d.text


# --------------------------------------------------------------------------- foreign objects

# (language, complaint, what the opening asks and says): glass, a staple, wire or a needle found in
# food, a cream or a toy, in any kind of business: whether anyone was hurt, care if so, escalated.
OBJECTS = [
    (
        "en",
        "I found a metal staple in my chicken wrap from your cafe this morning. I only noticed when I bit down on it.",
        ["were you hurt", "seek medical care", "keep it and the packaging"],
    ),
    (
        "en",
        "There was a piece of glass in the jar of baby food I bought from your pharmacy. "
        "I saw it before feeding my son.",
        ["is your son alright", "seek medical care"],
    ),
    (
        "en",
        "The body lotion I ordered from your website had tiny shards of glass in it. I've kept the bottle.",
        ["nobody was hurt", "seek medical care"],
    ),
    ("zh-Hans", "在你们便利店买的三明治里吃出一个订书钉，我咬到了。", ["您有没有受伤", "马上就医", "保留好"]),
    ("zh-Hans", "你们网店卖的毛绒玩具里面有一根缝衣针，孩子每天都抱着睡。", ["有没有受伤", "马上就医"]),
    ("zh-Hant", "點咗個外賣炒飯，入面有塊玻璃碎，我個女咬到。", ["您女兒有沒有受傷", "馬上就醫"]),
    ("zh-Hant", "在你們麵包店買的吐司裡有一段鐵絲，已經保留下來了。", ["有沒有人受傷", "馬上就醫"]),
]


@pytest.mark.parametrize(("language", "text", "said"), OBJECTS)
def test_a_sharp_object_found_asks_whether_anyone_was_hurt_and_escalates(
    language: str, text: str, said: list[str]
) -> None:
    d = _draft(language, text, channel="email")
    assert "foreign_object" in d.reasons and d.guard.verdict == "pass", (d.reasons, d.guard.findings)
    opening = d.sections.listen[: len(d.sections.listen) // 2 + 80]
    for piece in said:
        assert piece in opening, (piece, d.text)


def test_what_they_already_kept_is_not_asked_again() -> None:
    d = _draft("en", "I bit on a piece of glass in your salad today. I've kept the glass and the rest of it.", "email")
    assert "keep it and the packaging" not in d.text, d.text
    assert "were you hurt" in d.text


# Not a foreign object to ask after: a nail in a tyre at a garage, a hair in used headphones.
NO_OBJECT = [
    ("en", "The garage left a nail in my tyre after the service and now it's flat. Please pay for the repair."),
    ("zh-Hans", "你们修车厂保养完，轮胎上扎了一根铁丝，现在漏气了，请负责修好。"),
    ("zh-Hant", "收到嘅二手耳機入面有條頭髮，明顯用過，請退款。"),
]


@pytest.mark.parametrize(("language", "text"), NO_OBJECT)
def test_no_object_case_outside_food_products_and_toys(language: str, text: str) -> None:
    a = _analysis(language, text)
    assert a.safety is None or "object" not in a.safety.hazards, a.safety
    assert "foreign_object" not in a.reasons


# --------------------------------------------------------------------------- money and authority

# (language, complaint, granted on the spot?): within the front-line limit (¥50 ≈ US$7 ≈ HK$54 ≈
# NT$220) it is granted, whatever the currency is written as; above it, never granted on the spot.
MONEY = [
    ("en", "The 08:10 to Bristol was cancelled again. I want my £4.60 back for the cancelled one.", True),
    ("en", "Your car park machine charged me $5 twice for one stay. Please refund the extra $5.", True),
    ("en", "The tour I booked with you was cancelled by the operator. Please refund the $180 I paid for it.", False),
    ("zh-Hans", "外卖比预计晚到了一个小时，配送费5元退给我吧。", True),
    ("zh-Hans", "停车场出口多收了我8块钱，麻烦退回来。", True),
    ("zh-Hans", "你们健身房把我的年卡多扣了300元，请退还多扣的300元。", False),
    ("zh-Hant", "茶餐廳多收咗我$18，唔該退返俾我。", True),
    ("zh-Hant", "戶政事務所多收了我NT$150的規費，請退回。", True),
    ("zh-Hant", "洗衣店把我的外套洗壞了，收了我120元，請退還120元。", False),
    ("zh-Hant", "你們航空公司選位費重複扣款NT$1,200，請退還。", False),
]
_GRANTED = (
    "I've arranged the refund",
    "I'll refund the",
    "已为您办理退还",
    "已為您辦理退還",
    "会马上为您退还",
    "會馬上為您退還",
)
_APPROVAL = ("needs approval", "审批", "審批")


@pytest.mark.parametrize(("language", "text", "granted"), MONEY)
def test_small_money_is_granted_and_larger_sums_say_who_approves(language: str, text: str, granted: bool) -> None:
    d = _draft(language, text)
    assert d.guard.verdict == "pass", (d.guard.findings, d.text)
    if granted:
        assert any(g in d.sections.satisfy for g in _GRANTED), d.text
        assert not any(a in d.text for a in _APPROVAL), d.text
        assert "team that decides" not in d.text, d.text
    else:
        assert any(a in d.sections.satisfy for a in _APPROVAL), d.text
        assert not any(g in d.text for g in _GRANTED), d.text


# --------------------------------------------------------------------------- scripts that fit

# A railing or a balcony barrier coming loose where children lean on it: a hazard to keep people
# away from and close off now; never the lost-child script (nobody is waiting to be fetched), never
# "stop using it and keep it for inspection".
RAILINGS = [
    (
        "en",
        "The railing on the 2nd floor walkway of your shopping centre is pulling away from the wall. My 6 year "
        "old leaned on it and it moved. No one has put up a sign and kids are running past.",
        ["keep everyone, children especially, well away", "cordoned off straight away"],
        ["staff or the guard", "so that we can inspect it", "within 24 hours"],
    ),
    (
        "zh-Hans",
        "你们小区游泳池边的护栏松动了，我7岁的儿子靠上去的时候晃了一下，到现在都没有人来处理，也没有警示牌。",
        ["远离它", "把那里围起来"],
        ["老师或保安", "方便我们检测", "24小时"],
    ),
    (
        "zh-Hant",
        "你哋酒店泳池旁邊啲欄杆鬆咗，我個仔5歲，挨上去差啲跌落去，到而家都冇人嚟整。",
        ["遠離它", "把那裡圍起來"],
        ["老師或保安", "方便我們檢測", "24小時"],
    ),
]


@pytest.mark.parametrize(("language", "text", "said", "never"), RAILINGS)
def test_a_loose_railing_is_a_hazard_not_a_lost_child(
    language: str, text: str, said: list[str], never: list[str]
) -> None:
    d = _draft(language, text)
    assert d.escalate and "safety" in d.reasons, d.reasons
    for piece in said:
        assert piece in d.text, (piece, d.text)
    for piece in never:
        assert piece not in d.text, (piece, d.text)


# Hurt and bleeding on our premises right now: pressure on the wound and care now, and someone
# comes to them; never "if it shows any sign of infection" or "sorry to keep you waiting".
BLEEDING_HERE = [
    (
        "en",
        "My daughter slipped on a wet floor at your supermarket near the checkout and cut her chin, she's "
        "bleeding. We're still at the customer service desk waiting.",
        ["press a clean cloth firmly on the wound", "come to you"],
    ),
    (
        "zh-Hans",
        "我在你们银行大堂滑倒了，膝盖流血，现在还在大堂等着，没人管。",
        ["按住伤口止血", "现在就带上急救用品到您身边"],
    ),
    (
        "zh-Hant",
        "我喺你哋超市門口跌親，手肘流緊血，而家喺服務台等，到而家都冇人理。",
        ["按住傷口止血", "馬上到服務台"],
    ),
]


@pytest.mark.parametrize(("language", "text", "said"), BLEEDING_HERE)
def test_bleeding_on_the_spot_gets_first_aid_and_someone_now(language: str, text: str, said: list[str]) -> None:
    d = _draft(language, text)
    assert d.escalate
    for piece in said:
        assert piece in d.text, (piece, d.text)
    for never in ("sign of infection", "left waiting", "久等", "红肿发炎", "紅腫發炎"):
        assert never not in d.text, (never, d.text)


def test_a_time_that_tells_the_story_is_no_deadline() -> None:
    text = (
        "We had dinner at your place on Saturday and ordered the prawns. By 2am we were both vomiting and my "
        "husband ended up in the ER. Please refund the $64 bill."
    )
    d = _draft("en", text, channel="email")
    assert "By 2am" not in d.sections.satisfy and "by 2am" not in d.sections.satisfy, d.text
    assert drafter.draft("Please fix it by 5pm today, I was promised it last week.", channel="im").text.count("5pm")


# A letter about a past visit or a code that reads "rn": nobody is waiting on the spot now, so no
# "within 15 minutes" or "sorry to keep you waiting".
NOT_ON_THE_SPOT = [
    ("en", "My appointment was cancelled twice. I paid the $38 fee online (confirmation RN-5520417). Please rebook."),
    (
        "en",
        "I cancelled my membership at the front desk on 3 January and was given a slip. You still charged "
        "me $49.99 in February. Please refund it.",
    ),
    ("zh-Hans", "12月24日晚上我们订了位，到了以后在门口等了40分钟才有位子。希望你们检查一下订位系统。"),
    ("zh-Hant", "我喺10月3號去你哋櫃台辦手續，職員叫我喺門口等咗成個鐘。希望你哋改善。"),
]


@pytest.mark.parametrize(("language", "text"), NOT_ON_THE_SPOT)
def test_a_past_visit_in_a_letter_is_not_someone_waiting_now(language: str, text: str) -> None:
    a = _analysis(language, text, channel="email")
    assert not a.situation.now
    d = _draft(language, text, channel="email")
    for never in ("within 15 minutes", "15分钟内", "15分鐘內", "久等了", "left waiting like this"):
        assert never not in d.text, (never, d.text)


# The hazards trainers named, in words the phrase lists could not hold: brakes that failed "on the
# M6", glass shattered where people walk, a hot swollen battery, a limb that "might be broken".
HAZARDS_IN_CLAUSES = [
    (
        "en",
        "The brakes on your hire car failed on the M6 tonight, my two kids are in the back. We managed to stop.",
        ["hazard lights", "behind the barrier", "Roadside recovery is on its way", "within 10 minutes"],
        ["within 24 hours", "deadline"],
    ),
    (
        "zh-Hans",
        "你们租给我的车在高速上刹车突然失灵，好不容易才停到应急车道，车上还有两个孩子。",
        ["双闪", "护栏外侧", "道路救援已经在赶往", "10分钟内"],
        ["24小时"],
    ),
    (
        "en",
        "The glass door at your branch entrance just shattered, there's broken glass all over the floor and "
        "people are walking through it.",
        ["keep everyone, children especially, well away", "cordoned off straight away"],
        ["so that we can inspect it", "within 24 hours"],
    ),
    (
        "zh-Hant",
        "你哋分店門口塊玻璃門爆咗，成地都係玻璃碎，仲有細路喺度行來行去。",
        ["遠離它", "把那裡圍起來"],
        ["方便我們檢測", "24小時"],
    ),
    (
        "en",
        "The power bank I bought from you last week is hot and swollen, it's on my desk right now.",
        ["stop charging", "call the fire service", "collected safely"],
        ["checked by a doctor", "so that we can inspect it"],
    ),
    (
        "zh-Hans",
        "你们卖的充电宝现在又烫又鼓包，放在桌上，怎么办？",
        ["停止充电", "火警电话", "上门安全回收"],
        ["医院", "方便我们检测"],
    ),
    (
        "en",
        "My son's e-scooter from your shop: the brakes failed going downhill and he crashed, his arm might be broken.",
        ["how is your son", "checked by a doctor", "don't drive or ride it"],
        ["are you and everyone with you safe"],
    ),
]


@pytest.mark.parametrize(("language", "text", "said", "never"), HAZARDS_IN_CLAUSES)
def test_hazards_told_across_a_clause_get_their_step(
    language: str, text: str, said: list[str], never: list[str]
) -> None:
    d = _draft(language, text)
    assert d.escalate and d.guard.verdict == "pass", (d.reasons, d.guard.findings)
    for piece in said:
        assert piece in d.text, (piece, d.text)
    for piece in never:
        assert piece not in d.text, (piece, d.text)


# Near-misses: brakes, a swollen ankle or a bank that are no hazard of this kind.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I was charged for new brake pads but the invoice lists the wrong car. Please correct it."),
        ("zh-Hans", "刹车片换完了，但是发票金额写错了，请重新开一张。"),
        ("zh-Hant", "上次換煞車皮收多咗我NT$500，請退還。"),
    ],
)
def test_brakes_mentioned_in_a_bill_are_no_hazard(language: str, text: str) -> None:
    a = _analysis(language, text)
    assert a.safety is None and "safety" not in a.reasons, (a.safety, a.reasons)


# The step for the body fits what the customer says has already happened: a bone stuck now, a
# faint, a burn already blistering; and whoever it happened to is the one asked after.
BODY = [
    (
        "zh-Hans",
        "我爸在你们餐厅吃鱼被鱼刺卡住喉咙了，现在还咽不下去，很难受。",
        ["您父亲", "不要用吞饭", "急诊"],
        ["担心误吞"],
    ),
    (
        "en",
        "My son got a chicken bone stuck in his throat eating at your diner, he keeps coughing.",
        ["how is your son", "don't try to force it down", "A&E"],
        ["you think something was swallowed"],
    ),
    (
        "en",
        "My mum fainted in your store queue 10 minutes ago, staff just gave her water and walked off.",
        ["how is your mum", "call an ambulance", "come to you right now with first aid"],
        ["If the symptoms continue", "within 2 hours"],
    ),
    (
        "zh-Hans",
        "我妈在你们超市排队的时候晕倒了，工作人员给了杯水就走了。",
        ["您母亲", "叫救护车", "现在就带上急救用品"],
        ["还有任何不适", "2小时内"],
    ),
    (
        "zh-Hant",
        "剛剛在你們餐廳被服務生打翻的熱湯燙到手臂，現在起水泡了。",
        ["不要弄破水泡", "馬上去急診"],
        ["如果面積較大或起水泡", "為您沖洗"],
    ),
    (
        "en",
        "The barista spilled hot coffee on my daughter's hand at your cafe, it's red and hurts.",
        ["how is your daughter", "cool running water"],
        ["sign of infection"],
    ),
    (
        "en",
        "My toddler pinched her fingers in your shop's automatic door, her fingers are swollen and purple.",
        ["how is your toddler", "checked by a doctor"],
        ["how are you feeling"],
    ),
]


@pytest.mark.parametrize(("language", "text", "said", "never"), BODY)
def test_the_body_step_fits_what_already_happened(language: str, text: str, said: list[str], never: list[str]) -> None:
    d = _draft(language, text)
    assert d.escalate and d.guard.verdict == "pass", (d.reasons, d.guard.findings)
    for piece in said:
        assert piece in d.text, (piece, d.text)
    for piece in never:
        assert piece not in d.text, (piece, d.text)
