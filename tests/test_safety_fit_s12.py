"""Session 12: the safety step fits where the hazard is, who is still at risk and how serious it
is (en, zh-Hans, zh-Hant). Complaints made up for these tests, any business: a charging post at a
station is fixed (kept away from, not "kept away from anything that burns"); a product that
scorched a socket is the portable hazard and the socket is checked; a sharp piece bitten on in a
meal is checked for fragments today; a fresh wound is seen today while one already stitched gets
"if it still hurts"; a swelling after a fall is X-rayed today and a bleeding cut beside it is
answered; someone thrown by a hire bike's brake who asks for the bikes to be pulled is told the
bike is out of service now; a hazard word about a bill gets no safety step."""

from __future__ import annotations

import pytest

import drafter


def _reply(text: str, channel: str = "email") -> str:
    return drafter.draft(text, channel=channel, backend="template").text


# (complaint, words the reply must hold, words it must not hold)
CASES = [
    # a charging post at a public station: fixed, kept away from; nothing to unplug or store
    (
        "Hello, at your Elm Road charging station the rapid charger post started smoking halfway through "
        "my session and smelt of burning. I unplugged and backed off. There were kids nearby. Session CP-4471.",
        ["keep others", "away from it"],
        ["anything that can burn", "out of children's reach", "unplug it only if"],
    ),
    (
        "你好，我在你们公司的3号充电站用快充，充到一半充电桩突然冒烟，有焦味，旁边还有小孩。订单号CD-5521。",
        ["远离它", "不要再使用"],
        ["远离可燃物", "孩子碰不到的地方", "拔掉电源"],
    ),
    (
        "你好，我喺你哋觀塘嘅充電站用快充，充到一半充電樁冒煙，仲有燶味，旁邊有細路。交易編號EV-8812。",
        ["遠離它", "不要再使用"],
        ["遠離可燃物", "孩子碰不到的地方", "拔掉電源"],
    ),
    # a product bought that scorched the socket: the product's step, and the socket checked
    (
        "你好，我在你们网店买的暖手宝（订单号 TB88120031），充电的时候发烫还冒火花，把插座都熏黑了。要求退款。",
        ["停止使用", "插座也请先不要再用"],
        ["不要触碰它以及它上面和附近的任何开关", "总电源"],
    ),
    (
        "你好，我喺你哋網店買嘅電熱水壺（訂單 HK20240611），用緊嘅時候發燙仲閃火花，把插座都燒黑了。我要退款。",
        ["停止使用", "插座也請先不要再用"],
        ["不要觸碰它以及它上面和附近的任何開關", "總電源"],
    ),
    # a sharp piece bitten on in a meal: checked for fragments today, not "if it still hurts"
    (
        "我们今晚在你们南京路分店吃了牛肉面，吃到一半咬到块玻璃，我女儿的嘴流血了。单号N7781。",
        ["今天就去看医生", "碎片"],
        ["如果伤口仍然疼痛"],
    ),
    (
        "我哋今晚喺你哋銅鑼灣分店食咗個炒飯 食到一半咬到塊玻璃 我個仔個口流咗血 單號B2231",
        ["今天就去看醫生", "碎片"],
        ["如果傷口仍然疼痛"],
    ),
    # a swelling after a fall with a bleeding cut, on a hire bike whose brake failed; others at risk
    (
        "hired e-scooter 5512 from your app, the brake failed going downhill and I came off, elbow bleeding "
        "and ankle swollen. take these scooters off the road before someone else gets hurt",
        ["X-rayed", "press a clean cloth", "out of service now"],
        ["keep it rested"],
    ),
    (
        "扫码租的共享单车 刹车完全失灵 下坡直接摔了 膝盖流血 手腕也肿了 赶紧把这批车下架 别再害别人",
        ["拍片检查", "按住", "停用收回"],
        ["保持休息"],
    ),
]


@pytest.mark.parametrize(("text", "must", "never"), CASES)
def test_safety_step_fits(text: str, must: list[str], never: list[str]) -> None:
    reply = _reply(text)
    for word in must:
        assert word in reply, (word, reply)
    for word in never:
        assert word not in reply, (word, reply)


# A wound already stitched or treated: "if it still hurts" or the doctors' advice, never "a doctor today".
WOUNDS = [
    (
        "On 3 March my son cut his hand on a broken shelf in your store; it needed four stitches at the ER. "
        "I want an incident report.",
        ("still painful", "follow the doctors"),
    ),
    (
        "上个月我在你们超市被坏了的货架划伤了手，去医院缝了三针。我要一份事故报告。",
        ("仍然疼痛", "遵照医生"),
    ),
    (
        "上個月我在你們超市被壞掉的貨架劃傷了手，去醫院縫了三針。我要一份事故報告。",
        ("仍然疼痛", "遵照醫生"),
    ),
]


@pytest.mark.parametrize(("text", "want"), WOUNDS)
def test_treated_wound_is_conditional(text: str, want: tuple[str, str]) -> None:
    reply = _reply(text)
    assert any(w in reply for w in want), reply
    for word in ("doctor today", "今天就去看医生", "今天就去看醫生", "今天就去医院", "今天就去醫院"):
        assert word not in reply, (word, reply)


# A hazard word used about a bill or a label: no safety step at all.
NOT_HAZARD = [
    "Your bill this month is a fire hazard to my budget: £84 for a plan that costs £30. Please refund the difference.",
    "这个月的账单简直是要我命，电费多扣了300元，请退给我。",
    "呢個月張單嚇死人，電費多收咗HK$300，請退返俾我。",
]


@pytest.mark.parametrize("text", NOT_HAZARD)
def test_hazard_word_about_a_bill_gets_no_safety(text: str) -> None:
    reply = _reply(text)
    for word in ("emergency services", "fire service", "急救电话", "急救電話", "火警电话", "火警電話", "就医", "就醫"):
        assert word not in reply, (word, reply)


# A hazard word inside a title (a film, a book) or a device named only as a billed line: no safety step.
NOT_HARM = [
    "我在你们app上买了两张《热辣滚烫》的票，影厅设备故障场次取消了，只给改签不给退款，请把96元退给我。",
    "我喺你哋app買咗兩張《烈火灼身》嘅戲飛，場次取消咗又唔退錢，請退返HK$180俾我。",
    "我父亲住院号ZY2024-1188，5月20日出院，结算单上有一项“心电监护 7天 1,260元”，"
    "但他只在监护病房待了2天，请核对并退回多收的费用。",
    "我父親住院號TP-5521，上週出院，帳單上有一項「心電監護 5天 NT$8,000」，"
    "但他只在監護病房待了1天，請核對並退回多收的費用。",
]


@pytest.mark.parametrize("text", NOT_HARM)
def test_title_or_billed_item_gets_no_safety(text: str) -> None:
    reply = _reply(text)
    for word in ("急救", "就医", "就醫", "冷水", "治疗", "治療", "醫生", "医生"):
        assert word not in reply, (word, reply)


# Scalded by a fixture of a place we run: it is repaired before anyone uses it again (others at
# risk), even when the one hurt is already treated; a hot drink spilled on them is no fixture.
FIXTURE_BURNS = [
    (
        "We stayed in room 512 at your hotel; the shower suddenly ran scalding hot and burnt my daughter's back, "
        "she was treated at A&E that night. Booking HT-5521.",
        "repaired",
        True,
    ),
    ("我们住你们酒店808房，浴室淋浴的热水突然变得滚烫，把我儿子手臂烫伤起了水泡，当晚去了急诊。", "修好", True),
    ("我哋住你哋酒店1208號房，浴室花灑突然噴出滾燙熱水，我個女手臂燙傷起水泡，當晚去咗急診。", "修好", True),
    (
        "Your waiter spilled hot coffee all over my hand at table 6 and it came up in blisters. I want an apology.",
        "repaired",
        False,
    ),
]


@pytest.mark.parametrize(("text", "word", "present"), FIXTURE_BURNS)
def test_fixture_that_burnt_is_repaired(text: str, word: str, present: bool) -> None:
    reply = _reply(text)
    assert (word in reply) is present, reply


# A burn already seen by a pharmacist or a doctor days ago: the advice given, not "cool it for 20 minutes".
TREATED_BURNS = [
    "Last week the kettle in our holiday let spat boiling water on my hand; a pharmacist dressed it. Booking HL-2210.",
    "上周在你们酒店房间，水壶漏出开水烫到我的手，药剂师已经帮我处理过了。订单号HT-3321。",
    "上星期喺你哋酒店房間，熱水壺漏出滾水燙親我隻手，藥劑師已經幫我處理咗。訂單號HT-3321。",
]


@pytest.mark.parametrize("text", TREATED_BURNS)
def test_treated_burn_gets_no_fresh_first_aid(text: str) -> None:
    reply = _reply(text)
    for word in ("20 minutes", "20分钟", "20分鐘"):
        assert word not in reply, (word, reply)
    assert any(w in reply for w in ("advice you were given", "处理建议", "處理建議")), reply


# A portable thing that smoked or sparked and is told as over: not used or charged again and kept
# for us, no "if there is flame, call the fire service"; one still smoking keeps the live step.
PAST_FIRES = [
    (
        "My power bank from your shop smoked and sparked while charging last night. Order 5512. I want a refund.",
        "stop using it and don't charge it again",
        "fire service",
    ),
    ("在你们店买的充电宝，昨晚充电的时候冒烟还有火花，订单号4521，我要退货退款。", "也不要再给它充电", "火警电话"),
    ("喺你哋店買嘅暖風機，琴晚用緊嘅時候冒煙仲有火花，訂單號HK7781，我要退款。", "也不要再給它充電", "火警電話"),
]


@pytest.mark.parametrize(("text", "want", "never"), PAST_FIRES)
def test_past_fire_gets_no_live_step(text: str, want: str, never: str) -> None:
    reply = _reply(text)
    assert want in reply, reply
    assert never not in reply, reply


def test_still_smoking_keeps_the_live_step() -> None:
    reply = _reply("在你们店买的充电宝，昨晚充电时冒烟，现在还在冒烟，订单号4521。")
    assert "也不要再给它充电" not in reply, reply
    assert "火警电话" in reply, reply


# The power cut by them, told verb first (马上断了电): made safe, thanked, not told to unplug it.
MADE_SAFE = [
    "在你们平台买的电暖器，昨晚用的时候冒烟，我马上断了电。订单号2231，请退款。",
    "喺你哋網店買嘅電暖爐，琴晚用緊冒煙，我即刻斷咗電。訂單號HK2231，請退款。",
]


@pytest.mark.parametrize("text", MADE_SAFE)
def test_power_cut_verb_first_is_made_safe(text: str) -> None:
    reply = _reply(text)
    assert "做得非常对" in reply or "做得非常對" in reply, reply


# A bulge in a tyre is the vehicle's defect, not a swollen battery: no fire step, no "get out now".
TYRE_BULGES = [
    "Rental RX-5521: the rear tyre had a bulge at pickup, your staff said it was fine, and today it blew out "
    "on the motorway; my son hit his head and is at the hospital being checked.",
    "租的车订单CR2231 取车时左后轮就有个鼓包 店员说没事 今天高速上爆胎 我女儿头撞到车门 现在在医院检查",
    "租嘅車訂單HK5521 攞車嗰陣右前輪已經有個鼓包 職員話冇事 今日喺高速公路爆胎 我個仔撞親頭 而家喺醫院檢查緊",
]


@pytest.mark.parametrize("text", TYRE_BULGES)
def test_tyre_bulge_is_no_battery_fire(text: str) -> None:
    reply = _reply(text)
    for word in ("fire service", "anything that can burn", "火警", "可燃物"):
        assert word not in reply, (word, reply)


# Hurt by a hire vehicle's fault: that vehicle out of service now; the rest checked when they ask.
HIRE_HURT = [
    (
        "I hired one of your e-bikes yesterday and the front wheel came loose; I fell and cut my knee badly. "
        "I'd like a refund of the £4 ride.",
        "out of service now",
        "the others like it",
    ),
    (
        "租咗你哋嘅共享單車，剎車完全失靈，落斜直接跌親，膝頭流血，手腕腫咗。快啲將呢批車下架，唔好再害其他人。",
        "停用收回",
        None,
    ),
    ("扫码租的共享单车刹车失灵，我摔了一跤，手肘流血，请退还2元骑行费。", "停用收回", "同一批"),
]


@pytest.mark.parametrize(("text", "want", "never"), HIRE_HURT)
def test_hire_vehicle_that_hurt_is_taken_out_of_service(text: str, want: str, never: str | None) -> None:
    reply = _reply(text)
    assert want in reply, reply
    if never is not None:
        assert never not in reply, reply
