"""Round 10ba: escalation, safety and the customer's stated preferences (issue 10).

Outside authors found: a manager named only to be declined ("No need to pass this to a manager",
唔使叫經理, 不用找你们经理) escalated and promised "the duty manager will call you"; "don't call me,
email only" and 不要打电话 were met with a phone call, or restated as a fact in Listen; a missed
hospital appointment, a doctor's note or the nurse on shift got the illness script; a hair baked
into a loaf did not escalate; a mother shut in a lift for 40 minutes (now out) was no safety case.
Rows in en, zh-Hans and zh-Hant, each class with near-misses that must keep the old reading. The
complaints are written for these tests."""

from __future__ import annotations

import pytest

import drafter
from drafter.intake import analyse
from drafter.models import Analysis, Complaint


def _ids(table: list[tuple[object, ...]]) -> list[str]:
    return [f"{row[0]}-{i}" for i, row in enumerate(table)]


def _analysis(text: str, language: str, channel: str = "im") -> Analysis:
    return analyse(Complaint(text=text, language=language, channel=channel))


# A call promised by the escalation line, in each language.
CALL_PROMISED = ("contact you personally within", "亲自给您打电话", "親自給您打電話")

# --------------------------------------------------------------------------- a manager declined

# (language, complaint, the declined words that Listen must not restate)
DECLINED = [
    (
        "en",
        "No need to pass this to a manager, I just want the refund processed. Order 5521, the blender arrived broken.",
        "no need",
    ),
    (
        "en",
        "Order 7781 came an hour late. I don't need a supervisor involved, just refund the $4.99 delivery fee.",
        "supervisor",
    ),
    ("zh-Hans", "不用找你们经理，把钱退给我就行，订单号5521，搅拌机到货就坏了。", "经理"),
    ("zh-Hans", "办证跑了三趟都没办成，我不需要找领导，只希望你们把材料清单一次写清楚发给我。编号JZ-0318。", "领导"),
    ("zh-Hant", "唔使叫經理，退返錢俾我就得，單號HK-5521，部攪拌機到咗就爛咗。", "經理"),
    ("zh-Hant", "部吸塵機用咗兩日就壞咗，單號HK-7781，唔需要叫你哋主管出嚟，換部新嘅俾我就得。", "主管"),
    (
        "en",
        "Please don't escalate this to management, I only want the $15 late fee on account 4471 taken off.",
        "management",
    ),
]


@pytest.mark.parametrize(("language", "text", "declined"), DECLINED, ids=_ids(DECLINED))
def test_a_declined_manager_is_no_demand(language: str, text: str, declined: str) -> None:
    d = drafter.draft(text, channel="im")
    assert d.language == language
    assert "manager_demand" not in d.reasons and not d.escalate, d.reasons
    assert not any(p in d.text for p in CALL_PROMISED), d.text
    assert declined not in d.sections.listen, d.sections.listen  # the wish is not restated as a fact


# Near-misses: a manager asked for beside a refusal of something else is still a demand.
DEMANDED = [
    ("en", "I don't need another apology, I need a manager to call me today about order 5521."),
    ("en", "No need to send me another template, I want to speak to a manager about my broken blender."),
    ("zh-Hans", "不要再敷衍我了，叫你们经理出来，订单5521的搅拌机坏了。"),
    ("zh-Hant", "唔好再推搪，我要見經理，部攪拌機到咗就爛咗。"),
]


@pytest.mark.parametrize(("language", "text"), DEMANDED, ids=_ids(DEMANDED))
def test_a_manager_demand_beside_another_refusal_still_escalates(language: str, text: str) -> None:
    d = drafter.draft(text, channel="im")
    assert d.language == language
    assert "manager_demand" in d.reasons and d.escalate


# --------------------------------------------------------------------------- no calls, the channel asked

# (language, complaint, escalated, words the reply keeps to, phrases it must not say)
NO_CALLS = [
    (
        "en",
        "The blender from order 5521 arrived broken. Please don't call me, email only. "
        "If this isn't sorted I'll take it to small claims court.",
        True,
        "by email, not by phone",
        ("don't call", "email only"),
    ),
    (
        "en",
        "my renewal went from $612 to $1,140 and i havent made any claims?? policy MTR-550213. "
        "can someone explain pls, no phone calls just msg me here",
        False,
        "here, not by phone",
        ("no phone calls", "been no phone calls"),
    ),
    ("zh-Hans", "订单5521的搅拌机到货就坏了，不要打电话给我，发短信就行。", False, "通过短信", ("不要打电话",)),
    (
        "zh-Hant",
        "部攪拌機到咗就爛咗，單號HK-5521，唔好打電話嚟，send email俾我，再唔處理我去消委會。",
        True,
        "不打電話",
        ("不好打電話", "唔好打電話"),
    ),
]


@pytest.mark.parametrize(("language", "text", "escalated", "kept", "unsaid"), NO_CALLS, ids=_ids(NO_CALLS))
def test_no_calls_keeps_to_the_channel_asked(
    language: str, text: str, escalated: bool, kept: str, unsaid: tuple[str, ...]
) -> None:
    d = drafter.draft(text, channel="im")
    assert d.language == language
    assert d.escalate is escalated
    assert kept in d.text, d.text
    assert not any(p in d.text for p in CALL_PROMISED), d.text
    assert not any(p in d.sections.listen for p in unsaid), d.sections.listen


# Near-misses: a call that never came is the complaint, not a wish not to be phoned.
CALLS_MISSED = [
    ("en", "Nobody called me back and I had no calls from your engineer about order 5521."),
    ("en", "Why don't you call me back? Three days and nothing on order 5521."),
    ("zh-Hans", "外卖员把餐放在门卫室就走了，也没打电话，订单3301228。"),
    ("zh-Hant", "外送員把我的餐放在樓下管理室就走了，也沒打電話，訂單 #TW77210。"),
    ("zh-Hans", "订单5521的退款一直没到，客服一直不接电话。"),
    (
        "en",
        "Your driver told me not to call him a liar when I said order 5521 never came. Don't call me a liar either.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CALLS_MISSED, ids=_ids(CALLS_MISSED))
def test_a_call_that_never_came_is_no_preference(language: str, text: str) -> None:
    situation = _analysis(text, language).situation
    assert not situation.no_calls and situation.reply_by is None


# --------------------------------------------------------------------------- care words that are no illness

ILLNESS_SCRIPT = ("how are you feeling", "symptoms", "身体怎么样", "身體怎麼樣", "症状", "症狀")

ERRANDS = [
    (
        "en",
        "The 08:15 to Leeds was cancelled, so I missed a hospital appointment. Ticket ref 7QZ1TT. "
        "I'd like a refund of £32.",
    ),
    ("en", "My pharmacy order 5521 never arrived and the nurse on shift said it wasn't their problem."),
    ("zh-Hans", "因为火车晚点，我错过了医院的预约，要求退票，订单E1234。"),
    ("zh-Hant", "車遲咗成個鐘，我趕唔切去醫院覆診，要求退錢，車票號碼T-5521。"),
    ("en", "I'm a nurse and was late for my hospital shift because your 06:10 train was cancelled. Ticket ref 9QZ4TT."),
    ("zh-Hans", "高铁晚点两小时，害我错过了看医生的预约，订单E5521，要求赔偿。"),
    ("zh-Hans", "送到医院的外卖晚了一个小时，饭都凉了，订单3390。"),
]


@pytest.mark.parametrize(("language", "text"), ERRANDS, ids=_ids(ERRANDS))
def test_a_care_word_naming_an_errand_is_no_illness(language: str, text: str) -> None:
    analysis = _analysis(text, language)
    assert analysis.safety is None
    assert not {"illness", "injury", "safety"} & set(analysis.reasons)
    d = drafter.draft(text, channel="im")
    assert not any(p in d.text for p in ILLNESS_SCRIPT), d.text


# Near-misses: a missed appointment told beside a real illness or hurt is still a safety case.
ERRANDS_AND_HARM = [
    (
        "en",
        "The train was late so I missed my hospital appointment, and then I fell on your broken station stairs "
        "and my ankle is swollen.",
    ),
    ("zh-Hans", "吃了你们的外卖后一直呕吐，错过了医院的预约，现在还在拉肚子，订单8821。"),
    ("zh-Hant", "食完你哋個飯之後一直嘔，趕唔切去醫院覆診，而家仲肚痛。"),
    ("en", "My dad was taken to hospital after eating your curry last night and has been vomiting since."),
]


@pytest.mark.parametrize(("language", "text"), ERRANDS_AND_HARM, ids=_ids(ERRANDS_AND_HARM))
def test_an_errand_beside_a_harm_is_still_a_safety_case(language: str, text: str) -> None:
    analysis = _analysis(text, language)
    assert analysis.safety is not None and analysis.escalate


# --------------------------------------------------------------------------- something found in food

FOUND_IN_FOOD = [
    (
        "en",
        "found a long black hair baked INTO the sourdough loaf i bought at your Kingsway store yesterday. "
        "receipt 2231. want a refund",
    ),
    ("en", "There was a small hard piece of blue plastic inside my chicken wrap from your King St branch."),
    ("en", "I found a dead little fly floating in my iced latte at your Oxford St cafe this morning."),
    ("zh-Hans", "在你们超市买的吐司面包里吃出一根长头发，太恶心了，小票号2231。"),
    ("zh-Hant", "喺你哋分店買嘅菠蘿包入面有條頭髮，單號AB-1234。"),
]


@pytest.mark.parametrize(("language", "text"), FOUND_IN_FOOD, ids=_ids(FOUND_IN_FOOD))
def test_something_found_in_food_escalates(language: str, text: str) -> None:
    d = drafter.draft(text, channel="im")
    assert d.language == language
    assert d.escalate and "foreign_object" in d.reasons, d.reasons


# Near-misses: hair or plastic named with no food it was found in.
NOT_IN_FOOD = [
    ("en", "I booked a hair appointment at your salon and the stylist was 40 minutes late."),
    ("en", "There was long hair in the shower drain of our hotel room 1207."),
    ("en", "The plastic in the packaging of my phone case was torn when it arrived, order 5521."),
    ("zh-Hans", "我在你们店剪头发，等了一个小时才轮到我。"),
]


@pytest.mark.parametrize(("language", "text"), NOT_IN_FOOD, ids=_ids(NOT_IN_FOOD))
def test_hair_or_plastic_with_no_food_does_not_escalate(language: str, text: str) -> None:
    analysis = _analysis(text, language)
    assert "foreign_object" not in analysis.reasons


# --------------------------------------------------------------------------- shut in a lift, now out

STOPPED = ("stop using", "停止使用")
SHUT_IN = [
    (
        "zh-Hans",
        "物业你好：\n\n昨晚7点多，我母亲（72岁）在5号楼1单元的电梯里被困了40多分钟，打紧急电话没人接，最后是邻居报了119才出来。"
        "她现在血压很高，在家休息。这部电梯上个月就坏过两次。"
        "我要求今天给我一个书面说明，并马上停用检修这部电梯。\n\n王丽 5-1-802",
    ),
    (
        "zh-Hant",
        "管理處你好：\n\n昨晚八點幾，我媽媽（75歲）喺第二座部𨋢入面困咗成四十分鐘，撳警鐘冇人應，最後鄰居報警先救到佢出嚟。"
        "佢而家血壓好高。呢部𨋢上個月已經壞過兩次。我要求今日俾我一份書面解釋。\n\n陳太",
    ),
    (
        "en",
        "Last night my mother (78) was trapped in the lift in Block 3 for 40 minutes; nobody answered the alarm "
        "and the neighbours had to call the fire brigade to get her out. Her blood pressure is now very high. "
        "The lift broke "
        "down twice last month. I want a written explanation today.",
    ),
]


@pytest.mark.parametrize(("language", "text"), SHUT_IN, ids=_ids(SHUT_IN))
def test_someone_shut_in_a_lift_is_a_safety_case_after_they_got_out(language: str, text: str) -> None:
    analysis = _analysis(text, language, channel="email")
    assert analysis.safety is not None and "trapped" not in analysis.safety.hazards
    d = drafter.draft(text, channel="email")
    assert d.escalate and "safety" in d.reasons
    opening = d.sections.listen.split("。")[0:2] if language != "en" else d.sections.listen.split(". ")[0:2]
    assert any(s in " ".join(opening).lower() for s in STOPPED), d.sections.listen
    assert any(p in opening[0] for p in ("mother", "母亲", "母親", "媽媽")), opening  # asked after by name, first
    # the written explanation is routed to whoever approves it, never promised outright
    assert any(w in d.text for w in ("approval", "审批", "審批")), d.text
    assert "fire service" not in d.text and "火警" not in d.text, d.text  # no smoke was told


def test_someone_still_shut_in_keeps_the_rescue_step() -> None:
    analysis = _analysis("电梯停在五楼，我妈妈（72岁）被困在里面已经十分钟了，还出不来！", "zh-Hans")
    assert analysis.safety is not None and "trapped" in analysis.safety.hazards


# The wish dropped, what is told beside it kept: Listen restates the fault, not the wish.
BESIDE_THE_WISH = [
    ("en", "No need to get a manager involved, but my order 5521 arrived with the screen cracked.", "screen cracked"),
    ("zh-Hans", "不用找经理，但是订单5521的搅拌机到货就坏了，屏幕裂了。", "屏幕裂了"),
    ("zh-Hant", "唔使叫經理，不過訂單5521部攪拌機到咗就爛咗，個玻璃杯裂咗。", "裂"),
]


@pytest.mark.parametrize(("language", "text", "told"), BESIDE_THE_WISH, ids=_ids(BESIDE_THE_WISH))
def test_what_is_told_beside_a_declined_manager_is_restated(language: str, text: str, told: str) -> None:
    d = drafter.draft(text, channel="im")
    assert not d.escalate
    assert told in d.sections.listen, d.sections.listen
    assert not any(w in d.sections.listen for w in ("manager", "经理", "經理")), d.sections.listen
