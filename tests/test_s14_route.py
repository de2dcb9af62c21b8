"""Session 14, routing read by class: what goes to management is the seeds' class 2.

Trainers and authors found: a large refund chased (a university fee, a course cancelled) escalated
though nobody is hurt and no one threatens or asks for a manager; a threat to complain to an outside
body named by its initials or by what it is (向NCC申訴, 去人民银行投诉, "the Office of Rail and Road",
"the taxi commission") missed; a threat thought of and given up (本来想打12345投诉，想想算了) escalated
and answered with "it is your right to complain"; the writer's own job title, a manager declined in
Cantonese, a high floor (住在高层) and a head office they were on hold with read as a demand for a
manager; a past ordeal (an 82-year-old left waiting at the airport in May, helped in the end) read
as someone stranded now; and hyperbole (等到我都要往生了) answered with a condolence. The complaints are
written for these tests, in en, zh-Hans and zh-Hant."""

from __future__ import annotations

import pytest

import drafter
from drafter.intake import analyse
from drafter.models import Complaint


def _ids(table: list[tuple[object, ...]]) -> list[str]:
    return [f"{row[0]}-{i}" for i, row in enumerate(table)]


def _analysis(text: str, language: str, channel: str = "email"):  # type: ignore[no-untyped-def]
    return analyse(Complaint(text=text, language=language, channel=channel))


# A large sum asked back, nothing else: approved by management, not escalated.
LARGE_REFUNDS = [
    ("en", "The evening course was cancelled a week before it started. Please refund the $1,400 I paid."),
    ("en", "I withdrew from the programme on 3 March. Please refund the $3,000 tuition you still hold."),
    ("zh-Hans", "健身房倒闭前我刚续了一年会籍，请退还剩下的5000元。"),
    ("zh-Hant", "我已經辦理休學，依規定應退還學費NT$30,000，請告訴我何時退款。"),
    ("zh-Hant", "補習班停課，請將剩餘堂數的HK$8,800全數退返俾我。"),
]


@pytest.mark.parametrize(("language", "text"), LARGE_REFUNDS, ids=_ids(LARGE_REFUNDS))
def test_a_large_refund_alone_is_approved_not_escalated(language: str, text: str) -> None:
    analysis = _analysis(text, language)
    assert "amount_over_authority" in analysis.reasons
    assert not analysis.escalate, analysis.reasons


# ...but beside a class-2 reason it still escalates.
LARGE_AND_CLASS_TWO = [
    ("en", "The course was cancelled. Refund the $1,400 or I'm taking this to the small claims court."),
    ("zh-Hans", "课程取消了，请退还5000元，不然我就去消协投诉。"),
    ("zh-Hant", "課程取消，請退還NT$30,000，我要求你們經理親自打電話給我。"),
]


@pytest.mark.parametrize(("language", "text"), LARGE_AND_CLASS_TWO, ids=_ids(LARGE_AND_CLASS_TWO))
def test_a_large_refund_with_a_class_two_reason_escalates(language: str, text: str) -> None:
    assert _analysis(text, language).escalate


# A complaint to an outside body told by its shape: to a body (initials, a bureau, a commission).
OUTSIDE_BODY = [
    ("en", "If this isn't fixed by Friday I will file a complaint with the PUC."),
    ("en", "Refund the difference or I'm reporting you to the licensing commission."),
    ("en", "If I don't hear back within 14 days I will take this to the Office of Fair Trading."),
    ("zh-Hans", "再不解冻，我就去人民银行投诉。"),
    ("zh-Hans", "一周内不处理，我会向市场监督管理局举报。"),
    ("zh-Hant", "若一週內沒有處理，我會直接向NCC申訴。"),
    ("zh-Hant", "今個星期冇答覆，我會向金管局投訴。"),
]


@pytest.mark.parametrize(("language", "text"), OUTSIDE_BODY, ids=_ids(OUTSIDE_BODY))
def test_a_complaint_to_an_outside_body_escalates(language: str, text: str) -> None:
    analysis = _analysis(text, language)
    assert "consumer_association" in analysis.reasons and analysis.escalate


# Near-misses: a complaint to us, to our staff, or escalated to our CEO is no outside body.
NOT_OUTSIDE = [
    ("en", "I already complained to the store about the late delivery twice."),
    ("en", "I reported it to your driver and he just shrugged."),
    ("zh-Hans", "我已经向你们客服投诉过两次了，还是没有人处理。"),
    ("zh-Hant", "我已經向門市反映過，店員說要等總公司。"),
]


@pytest.mark.parametrize(("language", "text"), NOT_OUTSIDE, ids=_ids(NOT_OUTSIDE))
def test_a_complaint_to_us_is_no_outside_body(language: str, text: str) -> None:
    assert "consumer_association" not in _analysis(text, language).reasons


# A threat thought of and given up in the same breath: no threat.
RENOUNCED = [
    ("en", "I was going to report you to trading standards but honestly I won't bother. Just refund the £20."),
    ("zh-Hans", "本来想打12345投诉，想想算了，出来玩不想闹心。只希望把差价退给我。"),
    ("zh-Hant", "本來想打去消委會投訴，後來想想算了，請把多收的錢退回就好。"),
]


@pytest.mark.parametrize(("language", "text"), RENOUNCED, ids=_ids(RENOUNCED))
def test_a_threat_given_up_does_not_escalate(language: str, text: str) -> None:
    analysis = _analysis(text, language)
    assert not {"consumer_association", "legal", "media"} & set(analysis.reasons), analysis.reasons


# ...while the threat itself still counts.
THREATS = [
    ("en", "Refund the £20 by Friday or I'm reporting you to trading standards."),
    ("zh-Hans", "再不退差价，我就打12345投诉。"),
    ("zh-Hant", "再唔退錢，我就去消委會投訴。"),
]


@pytest.mark.parametrize(("language", "text"), THREATS, ids=_ids(THREATS))
def test_a_threat_still_escalates(language: str, text: str) -> None:
    assert _analysis(text, language).escalate


# A manager word that is no demand for one.
NOT_A_DEMAND = [
    ("en", "I'm the office manager here. Our broadband has been down for three days; please send a technician."),
    ("en", "Frankly I'm sick of waiting on hold with head office. Please confirm you will pay for the mirror."),
    ("zh-Hans", "电梯停运8天了，单元里好几位老人住在高层，每天上下楼很不方便。请给个修复时间。"),
    ("zh-Hant", "我係利昌貿易嘅辦公室經理。我哋公司寬頻斷咗三日，請聽日之前派技術員上嚟。"),
    ("zh-Hant", "我唔需要經理打電話嚟解釋，請書面交代加價原因。"),
    ("zh-Hant", "管理處負責人:\n\n升降機壞咗成個禮拜，請話俾我知幾時修好。"),
]


@pytest.mark.parametrize(("language", "text"), NOT_A_DEMAND, ids=_ids(NOT_A_DEMAND))
def test_a_manager_word_that_is_no_demand(language: str, text: str) -> None:
    assert "manager_demand" not in _analysis(text, language).reasons


DEMANDS = [
    ("en", "I am fed up. I want the manager to call me today."),
    ("zh-Hans", "我要见你们科室的负责人，今天必须给我答复。"),
    ("zh-Hant", "我要同你哋經理講，叫佢今日覆我。"),
]


@pytest.mark.parametrize(("language", "text"), DEMANDS, ids=_ids(DEMANDS))
def test_a_demand_for_a_manager_still_escalates(language: str, text: str) -> None:
    assert "manager_demand" in _analysis(text, language).reasons


# A police report handed in for a theft: a paper, not a threat of the police against us.
PAPERS = [
    ("en", "I submitted my claim for the stolen bike with the police report and receipt. What is still outstanding?"),
    ("zh-Hans", "单车被偷了，我已经交了报警回执和发票，理赔到现在还没结果。"),
    ("zh-Hant", "單車被偷，我已經交咗報警回執同收據，理賠仲未有結果。"),
]


@pytest.mark.parametrize(("language", "text"), PAPERS, ids=_ids(PAPERS))
def test_a_police_report_is_a_paper_not_a_threat(language: str, text: str) -> None:
    assert "legal" not in _analysis(text, language).reasons


# A frail person left waiting, helped in the end: a past ordeal, nobody stranded now.
WAIT_OVER = [
    (
        "en",
        "My mother (84) booked wheelchair assistance. Nobody came to meet her at the gate; she sat there for "
        "an hour and eventually another passenger helped her find staff. Please explain what went wrong.",
    ),
    ("zh-Hans", "我妈妈82岁，订了轮椅服务，到机场没人来接，在登机口等了一个多小时，最后是其他旅客帮忙才找到地勤。"),
    ("zh-Hant", "我母親82歲，訂了輪椅服務，抵達後沒有人來接，等了一個多小時，最後是其他旅客幫忙才找到地勤。"),
]


@pytest.mark.parametrize(("language", "text"), WAIT_OVER, ids=_ids(WAIT_OVER))
def test_a_wait_that_ended_is_no_stranding(language: str, text: str) -> None:
    analysis = _analysis(text, language)
    assert analysis.safety is None or "stranded" not in analysis.safety.hazards
    assert "safety" not in analysis.reasons


STILL_STRANDED = [
    (
        "en",
        "My dad is 84 and in a wheelchair. Nobody came to meet him at the gate and he is still sitting there alone.",
    ),
    ("zh-Hans", "我妈妈82岁坐轮椅，到机场没人来接，现在还在等，一个人坐在登机口。"),
    ("zh-Hant", "我母親82歲坐輪椅，到咗機場冇人嚟接，而家仲喺度等。"),
]


@pytest.mark.parametrize(("language", "text"), STILL_STRANDED, ids=_ids(STILL_STRANDED))
def test_someone_still_waiting_is_still_stranded(language: str, text: str) -> None:
    analysis = _analysis(text, language)
    assert analysis.safety is not None and "stranded" in analysis.safety.hazards


# Death as a figure of the wait: no condolence. A death told still gets one.
HYPERBOLE = [
    ("en", "I waited two hours at your pharmacy counter. I nearly died waiting. Ticket A157."),
    ("zh-Hans", "医院取药窗口排了快两个小时，等到我都要往生了，号码A157。"),
    ("zh-Hant", "醫院領藥窗口排了快兩個小時 等到我都要往生了 號碼牌 A157 到底是卡在哪"),
]
CONDOLENCE = ("condolence", "节哀", "節哀")


@pytest.mark.parametrize(("language", "text"), HYPERBOLE, ids=_ids(HYPERBOLE))
def test_hyperbolic_death_gets_no_condolence(language: str, text: str) -> None:
    reply = drafter.draft(text, language=language, backend="template").text
    assert not any(w in reply for w in CONDOLENCE), reply
    assert "往生" not in reply  # nor parroted back in our voice


DEATHS = [
    ("en", "My husband passed away last month and your florist sent the funeral wreath to the wrong address."),
    ("zh-Hans", "我父亲上个月过世了，你们的花圈送错了地址。"),
    ("zh-Hant", "家父上週往生，告別式的花牌名字寫錯了。"),
]


@pytest.mark.parametrize(("language", "text"), DEATHS, ids=_ids(DEATHS))
def test_a_death_told_still_gets_condolence(language: str, text: str) -> None:
    reply = drafter.draft(text, language=language, backend="template").text
    assert any(w in reply for w in CONDOLENCE), reply


# A tooth broken on something in the food: someone hurt, asked after with a medical step.
TEETH = [
    ("en", "I bit into your sandwich and chipped a tooth on a piece of metal. Order 5521."),
    ("zh-Hans", "吃你们的叉烧饭咬到一颗螺丝，崩了一颗牙，单号KD-2087。"),
    ("zh-Hant", "叉燒飯食食下咬到粒螺絲 崩咗隻牙 單號KD-20877 你哋點交代"),
]


@pytest.mark.parametrize(("language", "text"), TEETH, ids=_ids(TEETH))
def test_a_tooth_broken_on_food_is_an_injury(language: str, text: str) -> None:
    analysis = _analysis(text, language, "im")
    assert analysis.escalate and "injury" in analysis.reasons
    assert analysis.safety is not None


# Something found inside what is eaten or drunk, whatever it is called: a foreign object.
FOUND_INSIDE = [
    ("zh-Hans", "买的儿童水杯，拧开杯盖掉出来一小块铁片，幸好孩子还没喝，订单号ZK-5517。"),
    ("zh-Hans", "点的美式里面有根头发，恶心死了，单号LK0914，退钱。"),
    ("zh-Hant", "在你們門市買了一盒鮮切水果，回家打開後發現裡面有一小段塑膠束帶，還好吃之前就看到了。"),
    ("zh-Hant", "喺你哋超市買咗盒士多啤梨 打開入面有隻曱甴 仲生嘅"),
]


@pytest.mark.parametrize(("language", "text"), FOUND_INSIDE, ids=_ids(FOUND_INSIDE))
def test_something_found_inside_food_escalates(language: str, text: str) -> None:
    analysis = _analysis(text, language, "im")
    assert "foreign_object" in analysis.reasons and analysis.escalate


NOT_FOOD_INSIDE = [
    ("zh-Hans", "买的耳机盒子里面有根头发，看着像二手的，要求换新。"),
    ("zh-Hant", "網購的外套口袋裡面有一張紙片，好像是別人退過的貨。"),
]


@pytest.mark.parametrize(("language", "text"), NOT_FOOD_INSIDE, ids=_ids(NOT_FOOD_INSIDE))
def test_something_inside_a_thing_not_eaten_is_no_class_two(language: str, text: str) -> None:
    assert "foreign_object" not in _analysis(text, language, "im").reasons


# Water dripping by a light fitting or a switch: the mains, a safety step first.
WATER_ON_LIGHTS = [
    ("en", "Water is dripping from the ceiling right next to the ceiling light and it flickered twice."),
    ("zh-Hans", "楼上漏水，水从客厅天花板的电灯旁边一直滴下来，灯还闪了几下，我不敢碰开关。"),
    ("zh-Hans", "卫生间的吊顶漏水，水顺着灯管往下滴。"),
    ("zh-Hant", "樓上漏水，水從客廳天花板的電燈旁邊一直滴下來，燈還閃了好幾下，我不敢開燈也不敢碰開關。"),
]
STEP = ("away from", "don't touch", "远离", "遠離")


@pytest.mark.parametrize(("language", "text"), WATER_ON_LIGHTS, ids=_ids(WATER_ON_LIGHTS))
def test_water_by_a_light_fitting_gets_the_safety_step(language: str, text: str) -> None:
    d = drafter.draft(text, language=language, backend="template")
    assert d.escalate
    assert any(w in d.text for w in STEP), d.text


# Whoever heads the office, asked for by title.
HEADS = [
    ("zh-Hans", "办个居住证跑了三趟了，每次窗口说要的材料都不一样，我要见你们科长。"),
    ("zh-Hant", "我已經來了三次，請你們處長出來說明。"),
]


@pytest.mark.parametrize(("language", "text"), HEADS, ids=_ids(HEADS))
def test_the_head_of_the_office_asked_for_escalates(language: str, text: str) -> None:
    assert "manager_demand" in _analysis(text, language, "im").reasons


NOT_HEADS = [
    ("zh-Hans", "你们的营业时间太长了，排队等了很久。"),
    ("zh-Hant", "請你們延長營業時間，排隊太久了。"),
]


@pytest.mark.parametrize(("language", "text"), NOT_HEADS, ids=_ids(NOT_HEADS))
def test_a_word_ending_in_chang_is_no_head(language: str, text: str) -> None:
    assert "manager_demand" not in _analysis(text, language, "im").reasons


# A tap's handle (水龙头开关) by a leak is no light switch.
LEAK_BY_A_TAP = [
    ("zh-Hans", "卫生间水龙头开关坏了，一直漏水。"),
    ("zh-Hant", "廚房水龍頭開關壞了，一直滴水。"),
]


@pytest.mark.parametrize(("language", "text"), LEAK_BY_A_TAP, ids=_ids(LEAK_BY_A_TAP))
def test_a_leaking_tap_is_no_mains_hazard(language: str, text: str) -> None:
    analysis = _analysis(text, language, "im")
    assert analysis.safety is None or "electric" not in analysis.safety.hazards


# A shock still felt, the body part named between ("到現在手指還是麻的"): a doctor today, said outright.
SHOCK_FELT = [
    ("en", "The towel rail in room 816 gave me a shock this morning and my fingers are still numb."),
    ("zh-Hans", "今早洗澡时手碰到毛巾架被电了一下，到现在手指还是麻的。"),
    ("zh-Hant", "今早淋浴時，手碰到浴室的金屬毛巾架被電了一下，到現在手指還是麻的。"),
]
DOCTOR_TODAY = ("checked by a doctor today", "今天就去看医生", "今天就去看醫生")


@pytest.mark.parametrize(("language", "text"), SHOCK_FELT, ids=_ids(SHOCK_FELT))
def test_a_shock_still_felt_is_sent_to_a_doctor_today(language: str, text: str) -> None:
    reply = drafter.draft(text, language=language, backend="template").text
    assert any(w in reply for w in DOCTOR_TODAY), reply


# A breakdown told as over, the car already recovered or towed: no roadside step ("wait away from the
# traffic"), it is not driven again until checked.
RECOVERED = [
    (
        "en",
        "Two days after your garage fitted new brake pads, the pedal went to the floor on the motorway slip road. "
        "The recovery driver found a brake fluid leak at the caliper you refitted. I want it inspected properly.",
    ),
    ("zh-Hans", "你们刚换完刹车片，第二天在高速上刹车踩到底，差点追尾，车已经被拖走了，拖车师傅说是刹车油漏了。"),
    ("zh-Hant", "你們剛換完煞車片，第二天在高速公路上煞車踩到底，車已經被拖走了，拖車師傅說是煞車油漏了。"),
]
ROADSIDE = ("away from the traffic", "still by the road", "路边", "路邊", "护栏", "護欄")


@pytest.mark.parametrize(("language", "text"), RECOVERED, ids=_ids(RECOVERED))
def test_a_recovered_car_gets_no_roadside_step(language: str, text: str) -> None:
    d = drafter.draft(text, language=language, backend="template")
    assert d.escalate
    assert not any(w in d.text for w in ROADSIDE), d.text
