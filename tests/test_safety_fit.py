"""The safety step and the promise fit the hazard and its urgency, by class (hazard x urgency),
in en, zh-Hans and zh-Hant (Cantonese included), whatever the kind of business: people shut in a
lift, a chemical on the skin, tap water making people ill, an allergic reaction happening now,
smoke in the building, gas. The hazard is read from the complaint's own words; what one hazard
needs (unplug it, keep the packaging) never appears for another."""

from __future__ import annotations

import pytest

import drafter
from drafter.intake import analyse, read_complaint

# (class, complaint, channel, in Listen (the safety step), in Satisfy, never anywhere in the reply)
CASES = [
    # people shut in a lift, now: emergency services, stay calm, use the alarm; rescue sent now
    (
        "trapped",
        "My mum and two kids are stuck in the lift at Block C between floors 4 and 5, 25 minutes now. Send someone NOW",
        "im",
        ["call the emergency services now", "alarm button", "force them open"],
        ["being sent to you now", "within 10 minutes"],
        ["within 24 hours", "confirm a time", "unplug", "packaging", "come to you at"],
    ),
    (
        "trapped",
        "物业！！3栋2单元的电梯又卡住了 现在里面关着我老婆和孩子，按了紧急按钮没人应！！已经快20分钟了 赶紧派人来啊",
        "im",
        ["紧急求助电话", "保持冷静", "警铃"],
        ["马上赶往现场", "10分钟内"],
        ["24小时", "确认具体时间", "拔掉", "包装"],
    ),
    (
        "trapped",
        "管理處！！B座部𨋢困咗人 我阿媽同個仔困喺入面成半個鐘 撳咗警鐘都冇人應 快啲派人嚟",
        "im",
        ["緊急求助電話", "保持冷靜", "警鈴"],
        ["馬上趕往現場", "10分鐘內"],
        ["24小時", "確認具體時間", "拔掉", "包裝"],
    ),
    # a chemical on the skin or in the eyes, now: rinse with running water, medical care now
    (
        "chemical",
        "Your cleaner at the gym splashed the floor chemical on my daughter's leg. "
        "Her skin is red and burning right now.",
        "im",
        ["how is your daughter", "running water", "seek medical care now"],
        ["within 30 minutes"],
        ["unplug", "packaging", "within 24 hours"],
    ),
    (
        "chemical",
        "你们保洁员在商场洗手间用的清洁剂溅到我儿子眼睛里了，现在一直喊疼睁不开眼，怎么办！",
        "im",
        ["您儿子", "流动的清水冲洗", "马上就医"],
        ["30分钟内"],
        ["拔掉", "包装", "24小时"],
    ),
    (
        "chemical",
        "你哋清潔姐姐啲漂白水濺咗落我手度，而家皮膚紅晒好痛，點算？",
        "im",
        ["流動的清水沖洗", "馬上就醫"],
        ["30分鐘內"],
        ["拔掉", "包裝", "24小時"],
    ),
    # tap water making people ill: do not drink it, bottled water, medical care; testing now
    (
        "water",
        "The tap water on Elm Road has been brown since yesterday and now both my kids have been vomiting all night.",
        "email",
        ["don't drink the tap water", "bottled water", "seek medical care"],
        ["test the water"],
        ["unplug", "packaging", "Patient Services"],
    ),
    (
        "water",
        "你好，我们小区的自来水这两天有股怪味，家里老人孩子喝了以后都拉肚子、呕吐，现在还在不舒服。请尽快处理。",
        "email",
        ["不要饮用自来水", "瓶装水", "就医"],
        ["检测水质"],
        ["拔掉", "包装", "患者服务中心"],
    ),
    (
        "water",
        "我哋屋苑啲食水有陣怪味，屋企人飲咗之後又屙又嘔，而家仲係好唔舒服，幾時先處理？",
        "im",
        ["不要飲用自來水", "瓶裝水", "就醫"],
        ["檢測水質"],
        ["拔掉", "包裝"],
    ),
    # an allergic reaction happening now: the adrenaline pen and the emergency services
    (
        "allergy_now",
        "my son just ate your 'nut free' cookie from the bakery counter and his lips are swelling "
        "and he's wheezing right now",
        "im",
        ["how is your son", "adrenaline pen", "call the emergency services straight away"],
        ["within 30 minutes"],
        ["unplug", "packaging", "rested and supported"],
    ),
    (
        "allergy_now",
        "你们说这个蛋糕不含坚果，我女儿吃了两口现在嘴唇肿起来，呼吸有点困难！！怎么办",
        "im",
        ["您女儿", "肾上腺素笔", "急救电话"],
        ["30分钟内"],
        ["拔掉", "包装", "保持固定"],
    ),
    (
        "allergy_now",
        "你哋話個蛋糕冇花生，我個女食咗兩啖而家成塊面腫晒，呼吸困難！！點算",
        "im",
        ["您女兒", "腎上腺素筆", "急救電話"],
        ["30分鐘內"],
        ["拔掉", "包裝", "保持固定"],
    ),
    # smoke in the building itself, now: get out by the stairs; someone sent now
    (
        "fire_building",
        "The fire alarm is going off and the corridor on the 6th floor of your hotel is full of smoke right now.",
        "im",
        ["out of the building", "not the lift", "emergency services"],
        ["being sent to you now", "within 10 minutes"],
        ["unplug", "packaging", "come to you at"],
    ),
    (
        "fire_building",
        "你们酒店6楼走廊现在全是烟，火警一直在响，一个员工都没有！",
        "im",
        ["离开大楼", "不要乘电梯", "火警电话"],
        ["赶到现场", "10分钟内"],
        ["拔掉", "包装"],
    ),
    (
        "fire_building",
        "你哋酒店6樓走廊而家全是煙，火警鐘一直響，一個職員都冇！",
        "im",
        ["離開大樓", "不要乘電梯", "火警電話"],
        ["趕到現場", "10分鐘內"],
        ["拔掉", "包裝"],
    ),
    # gas in a hotel room: get out; someone sent to the hazard, not a manager to the room
    (
        "gas",
        "theres a strong gas smell in room 412 coming from the wall heater. I have a baby with me. "
        "need someone up here NOW",
        "im",
        ["leave the building"],
        ["being sent to you now", "within 10 minutes"],
        ["come to you at room 412"],
    ),
    (
        "gas",
        "我们住你们民宿302房，半夜一氧化碳警报器一直响，我老公头很晕，现在全家跑到外面，快派人来！",
        "im",
        # already outside (round 10aa): stay out, and whoever is dizzy gets an ambulance if it goes on
        ["留在室外", "急救电话叫救护车"],
        ["赶到现场", "10分钟内"],
        ["到302房找您", "离开室内"],
    ),
    (
        "gas",
        "我哋住你哋酒店1203房，成間房好大煤氣味，我哋而家喺走廊，快啲派人嚟！",
        "im",
        ["離開室內"],
        ["趕到現場", "10分鐘內"],
        ["到1203房找您"],
    ),
]


@pytest.mark.parametrize(
    ("kind", "complaint", "channel", "step", "promise", "never"),
    CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)],
)
def test_the_step_and_the_promise_fit_the_hazard(
    kind: str, complaint: str, channel: str, step: list[str], promise: list[str], never: list[str]
) -> None:
    d = drafter.draft(complaint, channel=channel)
    assert d.escalate and d.guard.verdict == "pass", (kind, d.reasons, d.guard.findings)
    for piece in step:
        assert piece in d.sections.listen, (kind, piece, d.text)
    for piece in promise:
        assert piece in d.sections.satisfy, (kind, piece, d.text)
    for piece in never:
        assert piece not in d.text, (kind, piece, d.text)


# Not a safety case: a chemical that touched nobody, tap water nobody is ill from, a lift that is
# merely slow, a card stuck in a machine.
NOT_HAZARDS = [
    "Your dry cleaning used bleach on my navy coat and now it has white patches. I want a refund.",
    "你们洗衣店用漂白剂把我的外套洗出了白斑，请赔偿。",
    "你哋乾洗店用漂白水整花咗我件外套，我要求賠償。",
    "The tap water bill for October is double what it usually is. Please check the meter reading.",
    "这个月的自来水费比平时多了一倍，请核查水表读数。",
    "今個月嘅食水費貴咗一倍，麻煩你哋核對水錶。",
    "The lift in Block C is slow and noisy every morning, please have it serviced.",
    "3栋的电梯每天早上都很慢，噪音很大，请安排保养。",
]


@pytest.mark.parametrize("complaint", NOT_HAZARDS, ids=[c[:20] for c in NOT_HAZARDS])
def test_a_word_of_the_hazard_alone_is_not_a_safety_case(complaint: str) -> None:
    analysis = analyse(read_complaint(complaint))
    assert analysis.safety is None, analysis.safety


# A hurt customer who saw a doctor at a clinic: the business is not a clinic, and the reply is not
# signed by Patient Services.
@pytest.mark.parametrize(
    "complaint",
    [
        "I bought a loaf at your bakery; my son bit a staple in it and cut his lip. "
        "We went to the clinic. Please call me.\n\nAnna Lee",
        "我在你们超市买的吐司里有一根订书钉，孩子嘴唇被刮破流血，已经带去诊所擦药。请你们主管联系我。\n\n林雅婷",
        "我喺你哋超市買嘅多士入面有粒釘書釘，個仔嘴唇刮損流血，已經帶去診所擦藥。請主管聯絡我。\n\n林雅婷",
    ],
    ids=["en", "zh-Hans", "zh-Hant"],
)
def test_a_clinic_visit_does_not_make_the_business_a_clinic(complaint: str) -> None:
    d = drafter.draft(complaint, channel="email")
    assert "Patient Services" not in d.text and "患者服务" not in d.text and "患者服務" not in d.text, d.text


# An illness or injury told as the reason for paperwork (a doctor's note behind a refund, a
# hospital stay behind an insurance claim): no medical advice, no escalation for it.
PAPERWORK = [
    "My son broke his arm in September and the doctor advised no swimming, so I sent a doctor's note and "
    "asked for a refund of the $180 class fee on Oct 3. Nothing since. When will it be paid?",
    "孩子9月底手骨折，医生建议三个月不要游泳，我10月3号交了医生纸申请退款，到现在都没收到钱。请问退款什么时候到账？",
    "我個女9月尾手骨折，醫生建議三個月唔好游水，我10月3號已經交咗醫生紙申請退款，到今日都未收到錢。請問幾時入數？",
]


PAPERWORK += [
    "I sent every document for my hospital claim (policy PA-62018) in September; two months later it is still "
    "'under review'. How long does a review take?",
    "理赔材料9月底就交齐了 保单号 PA6201887345 住院报销 3,460.20 元 到现在两个月了 每次打电话都说在审核",
    "我下個月要去醫院做手術，急需用社保卡結算，但補辦申請兩個月了都未有卡，請幫我查一下進度。",
]


@pytest.mark.parametrize(
    "complaint", PAPERWORK, ids=["en", "zh-Hans", "zh-Hant", "claim-en", "claim-zh-Hans", "surgery-zh-Hant"]
)
def test_a_doctors_note_behind_a_refund_gets_no_medical_advice(complaint: str) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.guard.verdict == "pass", d.guard.findings
    for medical in (
        "seek medical care",
        "emergency services",
        "doctor check",
        "就医",
        "就醫",
        "急救",
        "医院检查",
        "醫院檢查",
    ):
        assert medical not in d.text, (medical, d.text)
    assert "injury" not in d.reasons and "illness" not in d.reasons, d.reasons


# (complaint, in Listen, never in the reply): bleeding now gets pressure on the wound and care now;
# a family already at A&E is not met "at table 14".
URGENCY = [
    (
        "one of your glass shelves just collapsed and sliced my hand open. bleeding a lot, staff gave me paper towels",
        ["press a clean cloth firmly", "seek medical care now"],
        ["sign of infection"],
    ),
    (
        "你们超市的玻璃货架刚才塌了，把我的手割开了，一直流血，员工只给了纸巾",
        ["用力按住伤口", "马上就医"],
        ["红肿发炎"],
    ),
    ("你哋超市啲玻璃架頭先塌咗，割損我隻手，一直流血，職員淨係俾咗紙巾我", ["用力按住傷口", "馬上就醫"], ["紅腫發炎"]),
    (
        "my husband reacted to the peanuts in the pad thai, used his EpiPen at table 14 and we're in the ER now. "
        "a manager needs to call me tonight",
        ["follow the doctors' advice"],
        ["come to you at table 14", "come to you at Table 14"],
    ),
    ("我老公在你们店14号桌吃到花生过敏，现在在医院急诊，经理今晚必须给我打电话", ["遵照医生的建议"], ["到14号桌找您"]),
    (
        "我老公喺你哋14號枱食到花生敏感，而家喺急症室，經理今晚一定要打俾我",
        ["遵照醫生的建議"],
        ["到14號桌找您", "到14號枱找您"],
    ),
]


@pytest.mark.parametrize(("complaint", "step", "never"), URGENCY, ids=[c[0][:16] for c in URGENCY])
def test_the_step_fits_how_urgent_it_is(complaint: str, step: list[str], never: list[str]) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.escalate, d.reasons
    for piece in step:
        assert piece in d.sections.listen, (piece, d.text)
    for piece in never:
        assert piece not in d.text, (piece, d.text)


# Tap water that made someone ill who is now at a clinic: the reply is the water supplier's, not
# signed by Patient Services, and still says not to drink the water.
@pytest.mark.parametrize(
    "complaint",
    [
        "The tap water in our flat has smelled of sewage since Monday. My son got sick and the doctor at the clinic "
        "said it was probably the water. Account 5512.\n\nTom Reed",
        "自来水这几天发黄有臭味，孩子喝了发烧拉肚子，医生说可能是水的问题，已经在诊所输液了。户号 88123。\n\n王丽",
        "屋企食水呢幾日黃色仲有臭味，個仔飲完發燒肚痾，醫生話可能係水嘅問題，而家喺診所吊緊鹽水。\n\n陳太",
    ],
    ids=["en", "zh-Hans", "zh-Hant"],
)
def test_water_that_made_someone_ill_is_not_signed_by_a_clinic(complaint: str) -> None:
    d = drafter.draft(complaint, channel="email")
    assert "Patient Services" not in d.text and "患者服务" not in d.text and "患者服務" not in d.text, d.text
    assert any(w in d.sections.listen for w in ("don't drink the tap water", "不要饮用自来水", "不要飲用自來水")), (
        d.text
    )


# Hurt by something of ours that is still there (a slide, a step): made safe today, not a visit
# "to agree a time within 24 hours".
@pytest.mark.parametrize(
    ("complaint", "secure"),
    [
        (
            "My son cut his leg on a metal edge sticking out of the slide in Elm Park; he needed stitches. "
            "The edge is still there. Please send someone to fix it or close the slide.",
            "make it safe",
        ),
        (
            "我儿子在和平公园滑梯上被翘起的铁片割伤了小腿，缝了四针。那块铁片现在还在那里，请尽快派人修理，或先把滑梯封起来。",
            "封闭隔离",
        ),
        (
            "我個仔喺和平公園玩滑梯，俾翹起嘅鐵片割傷小腿，縫咗四針。塊鐵片而家仲喺度，請盡快派人修理，或者先封咗個滑梯。",
            "封閉隔離",
        ),
    ],
    ids=["en", "zh-Hans", "zh-Hant"],
)
def test_what_hurt_someone_and_is_still_there_is_made_safe_today(complaint: str, secure: str) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.escalate, d.reasons
    assert secure in d.sections.satisfy, d.text
    for late in ("within 24 hours", "24小时内与您确认", "24小時內與您確認", "confirm the time"):
        assert late not in d.text, (late, d.text)
