"""Round 10ak: safety first where trainers kept finding the opposite.

1. Someone hurt asks where to go (the nearest A&E, a clinic, a first-aid kit, 要唔要睇醫生): the reply
   answers first (go now, the step on the way that fits the harm, how to find the place) and never
   assumes they were already treated.
2. A lift that dropped, an escalator that reversed, a door that shut on someone, a railing that gave
   way where others pass: the reply says what we do about it now (stopped, cordoned off) and calls
   within the hour, not "tonight at the latest" or "within 2 hours".
3. A written reply, report or statement asked for: a superior approves it and contacts them about
   it (the seeds); the written statement itself is never promised.
"""

from __future__ import annotations

import pytest

import drafter
from drafter.intake import analyse, read_complaint

TREATED = (
    "hope the treatment",
    "treatment helping",
    "follow the doctors",
    "妥善的治疗",
    "妥善的治療",
    "遵照医生",
    "遵照醫生",
)


def _draft(text: str, channel: str = "im") -> drafter.Draft:
    return drafter.draft(text, channel=channel)


# ---------------------------------------------------------------- 1. asked where to go

ASKS_WHERE = [
    (
        "en",
        "My daughter cut her hand on a broken tile by the pool at your gym and it is bleeding a lot. "
        "Is there a hospital near here?",
        "A&E",
    ),
    (
        "en",
        "My husband slipped on the wet floor in your supermarket and hit his head, he feels dizzy. "
        "Where's the nearest A&E?",
        "A&E",
    ),
    ("zh-Hans", "我儿子在你们酒店泳池边摔倒，下巴磕破了一直流血\n最近的医院在哪？", "急诊"),
    ("zh-Hans", "我妈在你们餐厅门口的台阶摔了，脚踝肿起来了，附近有没有诊所？", "急诊"),
    ("zh-Hant", "我個女喺你哋商場兒童遊樂區跌親，額頭流緊血\n最近嘅急症室喺邊？", "急症室"),
    ("zh-Hant", "我阿爸喺你哋車站月台跌倒，手腕好痛，要唔要睇醫生？", "今天就帶您父親去看醫生"),
]


@pytest.mark.parametrize(("language", "text", "place"), ASKS_WHERE)
def test_asked_where_to_go_is_answered_first_never_as_if_treated(language: str, text: str, place: str) -> None:
    a = analyse(read_complaint(text, channel="im"))
    assert a.safety is not None and a.situation.asks_to_go and not a.situation.cared_for
    d = _draft(text)
    assert d.language == language
    assert place in d.text.split("\n")[0][:200], d.text
    assert not any(t in d.text for t in TREATED), d.text
    assert d.escalate


# The step on the way fits the harm: a burn is cooled first, a blow to the head is not "pressed on".
ON_THE_WAY = [
    (
        "en",
        "My son pulled the kettle over in our hotel room and scalded his arm, it's blistering. "
        "Do you have a first-aid kit? Where is the nearest A&E?",
        "cool the burn under cool running water",
        "press a clean cloth",
    ),
    (
        "zh-Hans",
        "孩子在你们酒店房间被热水壶的开水烫到手臂，起水泡了\n你们有没有急救箱？最近的医院在哪？",
        "流动的冷水冲洗降温",
        "按住伤口止血",
    ),
    (
        "zh-Hant",
        "我個仔喺你哋酒店房俾熱水煲啲滾水淥親隻手，起晒水泡\n有冇急救箱？最近嘅急症室喺邊？",
        "流動的冷水沖洗降溫",
        "按住傷口止血",
    ),
    (
        "en",
        "My mother fell on the stairs at your station and banged her head, she feels sick. Should I take her to A&E?",
        "sitting or lying down",
        "press a clean cloth",
    ),
    (
        "zh-Hans",
        "我爸在你们商场扶梯口摔倒撞到头，现在有点晕，要不要去医院？",
        "坐着或躺着",
        "按住伤口止血",
    ),
    (
        "zh-Hant",
        "我媽媽喺你哋酒樓門口跌倒撞親個頭，而家有啲暈，使唔使即刻去急症室？",
        "坐著或躺著",
        "按住傷口止血",
    ),
]


@pytest.mark.parametrize(("language", "text", "want", "never"), ON_THE_WAY)
def test_the_step_on_the_way_fits_the_harm(language: str, text: str, want: str, never: str) -> None:
    d = _draft(text)
    assert d.language == language
    assert want in d.text, d.text
    assert never not in d.text, d.text
    assert "继续用" not in d.text and "繼續用" not in d.text  # cooling is not assumed to have started


ASKED_WHERE_HELP = [
    ("en", "My wife burned her hand on the grill at your restaurant. Where is the nearest hospital?", "direct you"),
    ("zh-Hans", "我女儿在你们游乐场滑梯上摔下来，手臂肿了，附近有没有医院？", "为您指引"),
    ("zh-Hant", "我老公喺你哋健身室俾啞鈴砸親隻腳，腫到行唔到路，最近嘅醫院喺邊？", "為您指引"),
]


@pytest.mark.parametrize(("language", "text", "want"), ASKED_WHERE_HELP)
def test_asked_where_the_nearest_is_told_how_to_find_it(language: str, text: str, want: str) -> None:
    a = analyse(read_complaint(text, channel="im"))
    assert a.situation.asks_where
    d = _draft(text)
    assert d.language == language
    assert want in d.text, d.text


# A doctor asked about for a minor harm: seen today; asked about A&E or bleeding: A&E now.
DOCTOR_TODAY = [
    ("en", "My son twisted his ankle on the step outside your library; it's a bit sore. Should he see a doctor?"),
    ("zh-Hans", "我在你们健身房跑步机上扭到脚踝，有点痛，要不要去看医生？"),
    ("zh-Hant", "我阿媽喺你哋酒樓門口扭親腳，有少少痛，使唔使睇醫生？"),
]


@pytest.mark.parametrize(("language", "text"), DOCTOR_TODAY)
def test_a_doctor_asked_about_for_a_minor_harm_is_seen_today(language: str, text: str) -> None:
    d = _draft(text)
    assert d.language == language
    head = d.text[:160]
    said_en = "doctor" in head and "today" in head
    said_zh = "今天就" in head and ("看医生" in head or "看醫生" in head)
    assert said_en or said_zh, d.text
    assert "A&E (the emergency department) now" not in d.text and "去医院急诊" not in d.text
    assert not any(t in d.text for t in TREATED), d.text


# On their way to A&E now: backed ("you're right to"), never wished well with treatment not yet begun.
ON_THE_WAY_NOW = [
    (
        "en",
        "My daughter fell off the climbing frame at your holiday park and her wrist looks wrong, "
        "we're on our way to A&E now.",
        "You're right to take your daughter",
    ),
    ("zh-Hans", "我儿子在你们游泳馆滑倒磕到下巴，流了很多血，现在在去医院的路上。", "是对的"),
    ("zh-Hant", "我老公喺你哋酒店健身室俾槓鈴砸親隻腳，而家去緊醫院嘅路上。", "是對的"),
]


@pytest.mark.parametrize(("language", "text", "want"), ON_THE_WAY_NOW)
def test_on_the_way_to_a_and_e_is_not_treated_yet(language: str, text: str, want: str) -> None:
    a = analyse(read_complaint(text, channel="im"))
    assert a.safety is not None and not a.situation.cared_for
    d = _draft(text)
    assert d.language == language
    assert want in d.text, d.text
    assert not any(t in d.text for t in TREATED), d.text


# A first-aid kit asked for where it happened: someone comes now with first aid (not echoed, not a call).
KIT = [
    (
        "en",
        "My son cut his knee on a broken bench in your shopping centre and it's bleeding. Do you have a first-aid kit?",
    ),
    ("zh-Hans", "我在你们超市被货架上的铁片划破了手，一直在流血，有没有急救箱？"),
    ("zh-Hant", "我個女喺你哋餐廳俾破咗嘅碟割親手指，流緊血，有冇急救箱？"),
]


@pytest.mark.parametrize(("language", "text"), KIT)
def test_a_first_aid_kit_asked_for_is_brought_now(language: str, text: str) -> None:
    d = _draft(text)
    assert d.language == language
    assert "right now with first aid" in d.text or "带上急救用品" in d.text or "帶上急救用品" in d.text, d.text
    assert "know whether" not in d.text and "您想知道" not in d.text


# An allergic reaction happening now (lips swelling): the emergency number, not "if symptoms continue".
ALLERGY_NOW = [
    ("en", "My son is having a reaction to the cake from your bakery, his lips are swelling. What do I do?"),
    ("zh-Hans", "我老公吃了你们店的虾饺过敏了，嘴唇肿起来了，现在怎么办？"),
    ("zh-Hant", "我個女食咗你哋嘅花生醬多士敏感，嘴唇腫晒，點算？"),
]


@pytest.mark.parametrize(("language", "text"), ALLERGY_NOW)
def test_a_reaction_with_swelling_lips_gets_the_emergency_number(language: str, text: str) -> None:
    d = _draft(text)
    assert d.language == language
    head = d.text[:160]
    assert "call the emergency services" in head or "急救电话" in head or "急救電話" in head, d.text
    assert "If there are any further symptoms" not in d.text and "如有其他不适" not in d.text


# ---------------------------------------------------------------- 2. a hazard where others pass

INSTALLATIONS = [
    (
        "en",
        "The lift in our block dropped two floors yesterday with my 80-year-old mother inside; she fell and "
        "hurt her hip. It is still running.",
        ("taking the lift out of service now",),
    ),
    (
        "en",
        "The escalator at your shopping centre suddenly reversed and my son fell and grazed both knees.",
        ("taking the escalator out of service now",),
    ),
    ("zh-Hans", "你们写字楼的电梯今天早上突然从10楼掉到6楼，我同事在里面摔倒，手腕扭伤了。", ("电梯停下来、暂停使用",)),
    ("zh-Hans", "地铁站B口的自动门突然关上夹到我女儿的手臂，现在一片淤青。", ("自动门停下来、暂停使用",)),
    ("zh-Hant", "你哋屋苑嘅升降機今朝突然跌咗幾層，我阿媽喺入面跌親，腰好痛。", ("升降機停下來、暫停使用",)),
    ("zh-Hant", "商場嘅扶手電梯突然倒轉，我老公跌低整親膝頭。", ("扶梯停下來、暫停使用", "電梯停下來、暫停使用")),
]


@pytest.mark.parametrize(("language", "text", "wants"), INSTALLATIONS)
def test_an_installation_that_moved_on_someone_is_stopped_now(language: str, text: str, wants: tuple[str, ...]) -> None:
    a = analyse(read_complaint(text, channel="email"))
    assert a.safety is not None and a.safety.installation and "defect" in a.safety.hazards
    d = _draft(text, "email")
    assert d.language == language and d.escalate
    assert any(w in d.text for w in wants), d.text
    for late in ("tonight at the latest", "最迟今晚", "最遲今晚", "within 2 hours", "2小时内", "2小時內"):
        assert late not in d.text, d.text
    assert any(t in d.text for t in ("within 30 minutes", "30分钟内", "30分鐘內")), d.text


def test_a_lift_that_is_only_slow_is_no_hazard() -> None:
    for text in (
        "The lift in our building has been slow for a week and we wait ages for it.",
        "你们小区的电梯这周一直很慢，每次要等很久。",
        "你哋大廈部升降機成個禮拜都好慢，每次都要等好耐。",
    ):
        a = analyse(read_complaint(text, channel="email"))
        assert a.safety is None or not a.safety.installation, text


NEAR_MISS_SHARED = [
    (
        "en",
        "The handrail on the stairs to your hotel pool came away from the wall when my elderly father held it; "
        "he nearly fell. Nobody was hurt but it is still hanging there.",
        "cordoned off straight away",
    ),
    ("zh-Hans", "你们小区3号楼楼道的栏杆松了，我儿子刚才靠上去差点掉下去，现在还没人管。", "马上把那里围起来"),
    ("zh-Hant", "你哋餐廳門口條樓梯有塊階磚鬆咗，我阿爺頭先踩到差啲跌落樓梯。", "馬上把那裡圍起來"),
]


@pytest.mark.parametrize(("language", "text", "want"), NEAR_MISS_SHARED)
def test_a_near_miss_where_others_pass_is_cordoned_off_by_us(language: str, text: str, want: str) -> None:
    d = _draft(text, "email")
    assert d.language == language and d.escalate
    assert want in d.text, d.text
    assert "tonight at the latest" not in d.text and "最迟今晚" not in d.text and "最遲今晚" not in d.text


ASKED_AFTER_BY_NAME = [
    ("en", "The lift dropped with my 78-year-old father inside and he hurt his wrist.", "your father"),
    ("zh-Hans", "电梯突然掉了两层，我72岁的母亲在里面摔倒了。", "您母亲"),
    ("zh-Hant", "升降機突然跌咗兩層，我72歲嘅媽媽喺入面跌親。", "您母親"),
]


@pytest.mark.parametrize(("language", "text", "who"), ASKED_AFTER_BY_NAME)
def test_someone_told_by_age_is_asked_after_as_who_they_are(language: str, text: str, who: str) -> None:
    a = analyse(read_complaint(text, channel="email", language=language))
    assert a.safety is not None and a.safety.who == who


# ---------------------------------------------------------------- 3. a written reply asked for

WRITTEN = [
    (
        "en",
        "My membership at your gym was cancelled without notice and I was still charged $45. "
        "I want an official written statement explaining why, and the $45 back.",
        "needs my supervisor's approval",
    ),
    (
        "en",
        "Staff at your station ticket office refused my ticket after the cancellation, so I paid £38 again. "
        "Please give me a written report of what happened.",
        "needs my supervisor's approval",
    ),
    ("zh-Hans", "我在你们酒店退房时被多扣了200元押金。请在一周内给我书面答复，说明扣款原因。", "书面答复需要主管审批"),
    ("zh-Hans", "小区地下车库漏水把我的车泡了，请出具书面的事故报告。", "书面答复需要主管审批"),
    ("zh-Hant", "你哋餐廳侍應將熱湯倒瀉喺我件外套度，請以書面形式向我交代事件經過。", "書面答覆需要主管審批"),
    ("zh-Hant", "你們診所把我的預約弄丟了，請書面說明原因。", "書面答覆需要主管審批"),
]
PROMISED = (
    "reply to you in writing",
    "will be sent to you in writing",
    "书面答复您",
    "書面答覆您",
    "证明需要由负责的部门核实后开具",
)


@pytest.mark.parametrize(("language", "text", "want"), WRITTEN)
def test_a_written_statement_goes_to_a_superior_and_is_never_promised(language: str, text: str, want: str) -> None:
    d = _draft(text, "email")
    assert d.language == language
    assert want in d.text, d.text
    assert not any(p in d.text for p in PROMISED), d.text
    assert d.guard.verdict == "pass", d.guard


WRITTEN_ESCALATED = [
    (
        "en",
        "The lift in your building dropped with me inside and I hurt my back. I want a written report.",
        "in writing",
    ),
    ("zh-Hans", "你们商场的自动扶梯突然倒转，我摔伤了膝盖，请书面答复事故原因。", "书面答复需要负责人审批"),
    ("zh-Hant", "你哋屋苑升降機突然跌咗幾層，我跌親個腰，請以書面答覆事件原因。", "書面答覆需要負責人審批"),
]


@pytest.mark.parametrize(("language", "text", "want"), WRITTEN_ESCALATED)
def test_an_escalated_case_leaves_the_written_reply_to_the_manager_who_calls(
    language: str, text: str, want: str
) -> None:
    d = _draft(text, "email")
    assert d.language == language and d.escalate
    assert want in d.text, d.text
    assert not any(p in d.text for p in PROMISED), d.text


NO_CALLS = [
    ("en", "Please confirm the fee refund in writing, not by phone; I can't take calls at work.", "not by phone"),
    ("zh-Hans", "多扣的30元请核实后退回，请书面回复，不要打电话。", "不打电话"),
    ("zh-Hant", "請以書面方式回覆這封信，不要打電話給我。", "不打電話"),
]


@pytest.mark.parametrize(("language", "text", "want"), NO_CALLS)
def test_a_written_reply_asked_without_calls_is_not_answered_by_phone(language: str, text: str, want: str) -> None:
    d = _draft(text, "email")
    assert d.language == language
    assert want in d.text, d.text
