"""Session 9 frames: the situation is read from what happened, not from which words appear.

Each row is made-up text in en, zh-Hans or zh-Hant. A loose cable someone tripped on is a trip
hazard, not a shock; a scalp weeping after a dye is a chemical injury; an EpiPen is first aid,
not a doctor's care; water running onto a socket is an electric hazard; a call "cut off", a fire
alarm that was a test and a car park are no hazard; an app an order went through is no account
problem."""

from __future__ import annotations

import pytest

from drafter.backends.template_remedy import made_wrong, misdelivered
from drafter.intake import analyse, read_complaint
from drafter.models import Analysis


def _read(text: str, language: str, channel: str = "im") -> Analysis:
    return analyse(read_complaint(text, channel=channel, language=language))


def _hazards(a: Analysis) -> list[str]:
    return list(a.safety.hazards) if a.safety else []


TRIP_NOT_SHOCK = [
    ("en", "Your engineer left a loose cable across our hallway and my dad tripped over it and hurt his wrist."),
    ("zh-Hans", "师傅装完宽带把一根松的电线横在楼梯口，我婆婆被绊倒摔伤了手。"),
    ("zh-Hant", "師傅裝完寬頻留低條鬆咗嘅電線喺樓梯口，我阿媽絆倒跌傷咗手。"),
]


@pytest.mark.parametrize(("language", "text"), TRIP_NOT_SHOCK)
def test_a_loose_cable_tripped_over_is_no_shock(language: str, text: str) -> None:
    a = _read(text, language)
    assert a.escalate
    assert "electric" not in _hazards(a)
    assert _hazards(a)  # still a safety case: the fall


BARE_WIRE = [
    ("en", "There is a bare wire hanging out of the wall by the play area and my kids walk past it every day."),
    ("zh-Hans", "走廊的电线露在外面，我家小孩子每天都要经过。"),
    ("zh-Hant", "走廊啲電線露咗出嚟，我個仔每日都要行過。"),
]


@pytest.mark.parametrize(("language", "text"), BARE_WIRE)
def test_a_bare_wire_beside_a_child_is_still_electric(language: str, text: str) -> None:
    assert "electric" in _hazards(_read(text, language))


SKIN_AFTER_PRODUCT = [
    ("en", "Had my hair dyed at your salon yesterday. This morning my scalp is swollen and weeping."),
    ("zh-Hans", "昨天在你们店染发，今天早上头皮红肿还起了水泡。"),
    ("zh-Hant", "琴日喺你哋度電頭髮 今朝頭皮紅腫仲流水"),
]


@pytest.mark.parametrize(("language", "text"), SKIN_AFTER_PRODUCT)
def test_skin_reacting_to_a_product_is_an_injury(language: str, text: str) -> None:
    a = _read(text, language)
    assert a.escalate and "injury" in a.reasons
    assert "chemical" in _hazards(a)


SKIN_FINE = [
    ("en", "The hair dye came out patchy and I want a redo. My scalp is fine, no reaction at all."),
    ("zh-Hans", "染发颜色不均匀，想重新染一次，头皮没有红肿。"),
    ("zh-Hant", "染完啲色唔均勻，想再染過，頭皮冇紅腫。"),
]


@pytest.mark.parametrize(("language", "text"), SKIN_FINE)
def test_a_product_with_no_reaction_is_no_injury(language: str, text: str) -> None:
    a = _read(text, language)
    assert "chemical" not in _hazards(a)
    assert "injury" not in a.reasons


EPIPEN = [
    ("en", "My son reacted to the peanuts in his curry and we had to use his EpiPen in the car park.", False),
    ("en", "My son reacted to the peanuts in his curry, we used his EpiPen and then went to A&E.", True),
    ("zh-Hans", "我儿子吃了你们的菜花生过敏，我们在车上给他用了EpiPen。", False),
    ("zh-Hant", "我個仔食咗你哋啲嘢花生敏感，我哋喺車度幫佢打咗EpiPen。", False),
]


@pytest.mark.parametrize(("language", "text", "cared"), EPIPEN)
def test_an_epipen_is_first_aid_not_a_doctors_care(language: str, text: str, cared: bool) -> None:
    a = _read(text, language)
    assert "allergy" in _hazards(a)
    assert a.situation.cared_for is cared


WATER_ON_MAINS = [
    ("en", "Water from upstairs is dripping from the ceiling right onto the light fitting in our hall.", False),
    ("zh-Hans", "楼上漏水，水顺着墙流到插座旁边，我们只好把总闸拉了。", True),
    ("zh-Hant", "樓上漏水，啲水沿住牆流到插座旁邊。", False),
]


@pytest.mark.parametrize(("language", "text", "made_safe"), WATER_ON_MAINS)
def test_water_running_onto_the_mains_is_electric(language: str, text: str, made_safe: bool) -> None:
    a = _read(text, language)
    assert a.escalate and "electric" in _hazards(a)
    assert a.situation.made_safe is made_safe


DRY_SOCKET = [
    ("en", "The socket in the bedroom has not worked since you rewired the flat; please send someone."),
    ("zh-Hans", "你们装修完卧室的插座一直没电，请派人来修。"),
    ("zh-Hant", "你哋裝修完之後睡房個插座一直冇電，麻煩派人嚟整。"),
]


@pytest.mark.parametrize(("language", "text"), DRY_SOCKET)
def test_a_dead_socket_with_no_water_is_no_hazard(language: str, text: str) -> None:
    assert "electric" not in _hazards(_read(text, language))


OTHER_SENSE = [
    ("en", "I was on hold for an hour and then got cut off. I want my refund processed.", "injury"),
    ("en", "At 3am the fire alarm went off and we all stood outside, then were told it was a test.", "safety"),
    ("zh-Hans", "凌晨三点火警铃响了，大家都跑到楼下，后来才说是系统测试。", "safety"),
    ("zh-Hant", "半夜火警鐘響咗，成棟樓嘅人落晒街，原來係測試。", "safety"),
]


@pytest.mark.parametrize(("language", "text", "reason"), OTHER_SENSE)
def test_hazard_words_in_another_sense_escalate_nothing(language: str, text: str, reason: str) -> None:
    a = _read(text, language)
    assert reason not in a.reasons
    assert a.safety is None


REAL_FIRE = [
    ("en", "The fire alarm went off at 3am and there was smoke coming from the kitchen next to our room."),
    ("zh-Hans", "凌晨火警铃响了，走廊里全是烟。"),
    ("zh-Hant", "半夜火警鐘響，走廊有好多煙。"),
]


@pytest.mark.parametrize(("language", "text"), REAL_FIRE)
def test_a_fire_alarm_with_smoke_is_still_a_fire(language: str, text: str) -> None:
    assert _read(text, language).escalate


ORDER_CHANNEL = [
    ("en", "Ordered a large latte on the app, order 5521, and got a small tea instead.", "account"),
    ("zh-Hans", "在app上下单点了一杯拿铁，结果给了我一杯红茶。", "account"),
    ("zh-Hant", "喺app落單叫咗杯拿鐵，點知俾咗杯紅茶我。", "account"),
]


@pytest.mark.parametrize(("language", "text", "not_category"), ORDER_CHANNEL)
def test_an_app_an_order_went_through_is_no_account_problem(language: str, text: str, not_category: str) -> None:
    assert _read(text, language).category != not_category


ACCOUNT = [
    ("en", "I can't log in to my account on the app, it says my password is wrong."),
    ("zh-Hans", "我的app账户登录不了，一直提示密码错误。"),
    ("zh-Hant", "我個app帳戶登入唔到，一直話密碼錯。"),
]


@pytest.mark.parametrize(("language", "text"), ACCOUNT)
def test_an_account_fault_stays_an_account_problem(language: str, text: str) -> None:
    assert _read(text, language).category == "account"


MISDELIVERED = [
    ("你哋速遞員將我個包裹送咗去隔籬，而家隔籬話冇收過", "parcel"),
    ("快递送到隔壁去了，邻居说没收到", "parcel"),
    ("The courier left my parcel at the wrong address.", "parcel"),
    ("你哋將包裹放喺門口，我收到咗", None),
]


@pytest.mark.parametrize(("text", "kind"), MISDELIVERED)
def test_delivered_next_door_is_misdelivered(text: str, kind: str | None) -> None:
    assert misdelivered(text) == kind


CHARGED_FOR = [
    ("en", "After checkout I was charged an extra 450 euros for smoke damage to the room. None of us smokes.", False),
    ("zh-Hans", "退房后你们说房间有烟味，扣了我800元清洁费，我们根本没人抽烟。", False),
    ("zh-Hant", "退房之後你哋話房間有煙味，扣咗我800蚊清潔費，我哋冇人食煙。", False),
    ("en", "The heater in our room caught fire and I want a refund of the 450 euros.", True),
]


@pytest.mark.parametrize(("language", "text", "fire"), CHARGED_FOR)
def test_a_fee_named_for_smoke_is_a_bill_not_a_fire(language: str, text: str, fire: bool) -> None:
    assert ("fire" in _hazards(_read(text, language, "email"))) is fire


GLASSES = [
    ("en", "My new glasses were made up to the wrong prescription and I feel dizzy wearing them.", False),
    ("zh-Hans", "新配的眼镜处方配错了，戴着一直头晕。", False),
    ("zh-Hant", "新配嘅眼鏡處方配錯咗，戴住成日頭暈。", False),
    ("en", "The pharmacy gave me the wrong prescription and I feel dizzy after two tablets.", True),
]


@pytest.mark.parametrize(("language", "text", "medicine"), GLASSES)
def test_a_prescription_for_glasses_is_no_medicine(language: str, text: str, medicine: bool) -> None:
    a = _read(text, language, "email")
    assert a.escalate  # dizzy: still asked after
    assert ("medication" in _hazards(a)) is medicine
    assert a.safety is not None and not a.safety.reaction


OWN_STAIRS = [
    ("en", "Since the new lenses I misjudged the bottom step of my stairs and very nearly fell.", False),
    ("en", "The bottom step of your stairs is loose and my mum very nearly fell.", True),
    ("zh-Hans", "戴了新眼镜以后，在我家楼梯最后一级踩空，差点摔倒。", False),
    ("zh-Hant", "戴咗新眼鏡之後，喺屋企樓梯踩空，差啲跌倒。", False),
    ("zh-Hans", "你们商场的楼梯扶手松了，我妈差点摔倒。", True),
]


@pytest.mark.parametrize(("language", "text", "defect"), OWN_STAIRS)
def test_a_near_miss_on_their_own_sound_stairs_is_no_defect_of_ours(language: str, text: str, defect: bool) -> None:
    assert ("defect" in _hazards(_read(text, language, "email"))) is defect


SENT_AWAY = [
    ("en", "Waited 3 hours at your office today, then they said the system is down, go home. Rebook me asap.", False),
    ("zh-Hans", "在你们办事处等了三个小时，最后叫我们明天再来，赶紧帮我重新预约。", False),
    ("zh-Hant", "喺你哋辦事處等咗三個鐘，最後叫我哋返屋企，盡快幫我再約過。", False),
    ("en", "Still waiting at the front desk for an hour, send someone asap.", True),
    ("zh-Hans", "还在服务台等着，赶紧派人来。", True),
]


@pytest.mark.parametrize(("language", "text", "now"), SENT_AWAY)
def test_urgency_after_being_sent_home_is_no_one_waiting(language: str, text: str, now: bool) -> None:
    assert _read(text, language).situation.now is now


NO_ONE_HURT = [
    ("en", "No one was hurt, but the shelf in your store fell down right next to my kid.", "defect"),
    ("zh-Hans", "你们卖的充电器烧了，冒了好多烟，幸好没人受伤。", "fire"),
    ("zh-Hant", "你哋賣嘅叉電器燒咗，冒晒煙，好彩冇人受傷。", "fire"),
]


@pytest.mark.parametrize(("language", "text", "hazard"), NO_ONE_HURT)
def test_no_one_hurt_keeps_the_hazard_and_drops_the_injury(language: str, text: str, hazard: str) -> None:
    a = _read(text, language)
    assert a.escalate
    assert hazard in _hazards(a)
    assert "injury" not in _hazards(a)


SMOULDERING = [
    ("en", "Not a shock exactly, but the socket in our room crackled and smelled of burning.", True),
    ("zh-Hans", "房间的插座有一股烧焦味。", True),
    ("zh-Hant", "房間個插座有陣燶味。", True),
    ("en", "The toast smelled of burning and the waiter just shrugged.", False),
]


@pytest.mark.parametrize(("language", "text", "fire"), SMOULDERING)
def test_a_burning_smell_from_something_electrical_is_a_fire_hazard(language: str, text: str, fire: bool) -> None:
    assert ("fire" in _hazards(_read(text, language))) is fire


HURT_CHILD = [
    ("en", "The babysitter from your agency left my 3 year old alone in the bath. She is fine but I am furious.", True),
    ("zh-Hans", "你们托管班的老师把我5岁的儿子一个人留在教室，没人看着。", True),
    ("zh-Hant", "我個仔喺你哋遊樂場俾滑梯個螺絲刮傷咗隻腳，流緊血。", True),
    ("en", "The babysitter was lovely but she arrived 20 minutes late.", False),
]


@pytest.mark.parametrize(("language", "text", "escalate"), HURT_CHILD)
def test_a_child_left_alone_or_hurt_goes_to_management(language: str, text: str, escalate: bool) -> None:
    assert _read(text, language, "email").escalate is escalate


PART_OF_A_PRODUCT = [
    ("en", "My daughter cut her finger on a sharp edge of the toy you sold; it bled a lot but has stopped.", False),
    ("en", "The edge of the step outside your shop is broken and my son cut his knee on it.", True),
]


@pytest.mark.parametrize(("language", "text", "fixed"), PART_OF_A_PRODUCT)
def test_a_part_of_a_portable_product_is_not_a_fixed_hazard(language: str, text: str, fixed: bool) -> None:
    a = _read(text, language)
    assert a.safety is not None and a.safety.fixed is fixed


MADE_WRONG = [
    ("I ordered a chicken burger on your app and got a fish burger.", True),
    ("点了一份鸡排饭，结果送来的是鱼排饭。", True),
    ("我喺app叫咗個雞扒飯，送嚟係魚柳飯。", True),
    ("I ordered a pizza and got a message saying it was cancelled.", False),
    ("I ordered a pizza two hours ago and it still hasn't come.", False),
]


@pytest.mark.parametrize(("text", "wrong"), MADE_WRONG)
def test_one_thing_ordered_and_another_come_is_made_wrong(text: str, wrong: bool) -> None:
    assert made_wrong(text) is wrong


LEAK_NO_MAINS = [
    ("en", "The tap in our bathroom is broken and keeps leaking water all over the floor."),
    ("zh-Hans", "卫生间水龙头开关坏了，一直漏水。"),
    ("zh-Hant", "廁所個水喉掣壞咗，一直漏水。"),
]


@pytest.mark.parametrize(("language", "text"), LEAK_NO_MAINS)
def test_a_leak_with_nothing_electrical_is_no_shock_hazard(language: str, text: str) -> None:
    assert "electric" not in _hazards(_read(text, language))
