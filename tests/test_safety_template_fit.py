"""Template drafts for the hazards trainers graded worst pass the hazard-fit gate and say what the
hazard needs, in en, zh-Hans and zh-Hant (Cantonese included): a battery still smoking is kept
clear (never kept for inspection), a line down in the street is kept away from, a car whose brakes
failed is not driven, someone frail left waiting gets staff sent to them (not a new time), a wrong
medicine the doctors need named gets a call in minutes (not an "unpleasant experience").
Complaints written for these tests."""

from __future__ import annotations

import pytest

import drafter
from drafter.evals import gates
from drafter.evals.suite import Case

# (complaint, channel, language, in the reply, never in the reply)
CASES = [
    (
        "the courier just left a battery pack at my door and the box is still smoking, smells like burnt "
        "plastic. my toddler is in the hall. what do i do",
        "im",
        "en",
        ["well away", "fire service", "within 10 minutes", "collected safely"],
        ["so that we can inspect it", "unplug"],
    ),
    (
        "你们送来的充电宝放在门口，盒子还在冒烟，有一股焦味，家里有小孩，怎么办？",
        "im",
        "zh-Hans",
        ["远离", "火警电话", "10分钟内", "安全回收"],
        ["方便我们检测", "拔掉"],
    ),
    (
        "你哋送嚟個尿袋放咗喺門口 個盒仲喺度冒煙 好燶味 屋企有細路 點算",
        "im",
        "zh-Hant",
        ["遠離", "火警電話", "10分鐘內", "安全回收"],
        ["方便我們檢測", "拔掉"],
    ),
    (
        "A power line is hanging down over the footpath outside 40 Elm Road and it keeps sparking. "
        "Children walk past it to school. Please send someone.",
        "email",
        "en",
        ["well away from the line", "being sent to you now", "within 10 minutes"],
        ["unplug", "so that we can inspect it"],
    ),
    (
        "门口的电线杆上有一根电线掉下来了，一直冒火花，旁边就是小学门口，请赶紧派人来处理。",
        "im",
        "zh-Hans",
        ["远离电线", "马上安排人员赶到现场", "10分钟内"],
        ["拔掉", "方便我们检测"],
    ),
    (
        "My dad is 84 and diabetic. His flight landed at 1pm, it is now 4pm and he is still sitting at gate "
        "22 because nobody came to meet him with the wheelchair we booked. He has not eaten all day.",
        "im",
        "en",
        ["being sent to your dad now", "something to eat and drink", "emergency services"],
        ["new time", "sorry for the wait", "reschedule"],
    ),
    (
        "我奶奶82岁，有糖尿病，订了轮椅服务，飞机中午就落地了，到现在一直坐在登机口没人来接，她一天没吃东西了，请马上派人！",
        "im",
        "zh-Hans",
        ["工作人员马上赶到您奶奶身边", "食物、饮用水", "急救电话"],
        ["改约", "新的时间", "久等"],
    ),
    (
        "我阿爺83歲坐輪椅 有糖尿病 落機三個鐘都冇人接 一直坐喺登機口 到而家都未食嘢 快啲派人去",
        "im",
        "zh-Hant",
        ["工作人員馬上趕到您阿爺身邊", "食物、飲用水", "急救電話"],
        ["改約", "新的時間", "久等"],
    ),
    (
        "Your pharmacy put the wrong dose on my son's medicine label: 10ml instead of 2.5ml. He has had two "
        "doses, he is very drowsy and we are at the emergency room now. The doctors need to know what it is.",
        "im",
        "en",
        ["pharmacist will call you within 10 minutes", "strength"],
        ["unpleasant experience", "within 2 hours", "within 24 hours"],
    ),
    (
        "你们药房给我女儿配的药标签写每次10毫升，医生开的是每次2毫升，她已经喝了两次，现在很嗜睡，我们现在在急诊，医生要知道是什么药！",
        "im",
        "zh-Hans",
        ["药师会在10分钟内", "浓度"],
        ["不愉快", "2小时内", "24小时内"],
    ),
    (
        "你哋藥房幫我個女執藥 標籤寫每次食10ml 醫生紙寫每次2ml 佢飲咗兩次 而家好眼瞓 我哋而家喺急症室 醫生要知係咩藥",
        "im",
        "zh-Hant",
        ["藥師會在10分鐘內", "濃度"],
        ["不愉快", "2小時內", "24小時內"],
    ),
    (
        "The brakes on the hire car failed on the motorway this afternoon and I nearly hit the car in front. "
        "My wife and kids were in the back. We are at the services now and I'm not driving it again.",
        "email",
        "en",
        # stuck at the services (round 10aa): wait inside, recovery sent now, a call in minutes
        ["don't drive it any further", "away from the traffic", "Roadside recovery is on its way"],
        ["keep driving", "so that we can inspect it", "behind the barrier", "within 24 hours"],
    ),
    (
        "租的车在高速上刹车失灵，差点追尾，车上还有老婆孩子，我们现在停在服务区，不敢再开了。",
        "im",
        "zh-Hans",
        ["不要再驾驶", "远离车流", "道路救援已经在赶往"],
        ["继续驾驶", "方便我们检测", "护栏外侧", "24小时"],
    ),
]


@pytest.mark.parametrize(
    ("complaint", "channel", "language", "wanted", "never"), CASES, ids=[f"{c[2]}-{c[0][:18]}" for c in CASES]
)
def test_the_template_step_fits_the_hazard(
    complaint: str, channel: str, language: str, wanted: list[str], never: list[str]
) -> None:
    d = drafter.draft(complaint, channel=channel)
    assert d.language == language
    assert d.escalate
    for phrase in wanted:
        assert phrase in d.text, (phrase, d.text)
    for phrase in never:
        assert phrase not in d.text, (phrase, d.text)
    verdict = gates.safety_first(d.text, Case(id="t", complaint=complaint, expect={"safety": True}), language)
    assert verdict.ok is True, (verdict.reason, d.text)


# The same hazards once over are not dressed up as live: a battery that smoked last night and was
# unplugged is kept for inspection; nobody is sent to someone frail who got home fine.
CALMER = [
    (
        "The power bank I bought from you got hot and smoked while charging last night. I unplugged it "
        "straight away and it's on the balcony now. Order 55120.",
        "so that we can inspect it",
        "fire service",
    ),
    (
        "你们卖的充电宝昨晚充电时冒烟，我已经拔掉插头放到阳台了，订单号55120。",
        "方便我们检测",
        "火警电话",
    ),
]


@pytest.mark.parametrize(("complaint", "wanted", "never"), CALMER, ids=[c[0][:18] for c in CALMER])
def test_a_hazard_already_made_safe_is_not_treated_as_live(complaint: str, wanted: str, never: str) -> None:
    d = drafter.draft(complaint, channel="email")
    assert wanted in d.text, d.text
    assert never not in d.text, d.text


# A claim refused while the person is in emergency care waiting for surgery is not paperwork: the
# reply asks after them first and escalates.
IN_CARE_NOW = [
    (
        "My mother is in A&E right now and needs emergency surgery, but the hospital says your direct "
        "payment was refused. Policy HP-55012. Please sort it out now.",
        "how is your mother doing now",
    ),
    (
        "我妈现在在医院急诊，医生说要马上手术，可是你们的住院直付被拒了，保单号HP55012，快帮我查一下！",
        "您母亲已经得到妥善的治疗",
    ),
    (
        "我阿媽而家喺醫院急症室，醫生話要馬上手術，但係你哋嘅住院直付俾人拒咗，保單號HP55012，快啲幫我查！",
        "您母親已經得到妥善的治療",
    ),
]


@pytest.mark.parametrize(("complaint", "asked"), IN_CARE_NOW, ids=[c[0][:12] for c in IN_CARE_NOW])
def test_someone_in_emergency_care_is_asked_after_first(complaint: str, asked: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.escalate
    assert asked in d.text[:120], d.text  # the opening, before the restatement
