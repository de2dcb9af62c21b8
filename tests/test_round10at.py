"""Round 10at: how serious it is, read from what happened (drafter/intake/danger.py).

A severe sign (breathing, consciousness, heavy bleeding, a swelling throat) puts the emergency
services first and unconditionally, whatever the harm; asked "should I go?" with such a sign, the
answer is yes and an ambulance, not a drive. Fumes breathed in get fresh air, never an EpiPen or a
rinse. An electrical box is no gas leak. A machine running on its own is a hazard. Our staff
insulting a child is escalated. Care only asked about ("should we call an ambulance?") is no
treatment under way. A body part told hurt (腰同髋都伤咗) is a hurt person. Near misses ("sick of
this", "killing me", a past flu, a broken kettle, a missing bottle, a small bill) get no safety
step. Each in en, zh-Hans and zh-Hant, across kinds of business; complaints written for these tests.
"""

from __future__ import annotations

import pytest

import drafter
from drafter.guard.normalize import fold
from drafter.intake import analyse, danger, read_complaint

EMERGENCY = {"en": "call the emergency services", "zh-Hans": "拨打急救电话", "zh-Hant": "撥打急救電話"}
CONDITIONAL = {"en": ("If there", "if there is", "If the"), "zh-Hans": ("如果",), "zh-Hant": ("如果",)}


def _first_step(d: drafter.Draft, lang: str) -> str:
    """The sentence after the wellbeing question: the first thing the customer is told to do."""
    text = d.sections.listen
    marks = "?" if lang == "en" else "？"
    return text.split(marks, 1)[1].strip()


# ---------------------------------------------------------------- severe signs: the ambulance first

SEVERE = [
    ("en", "My husband ate the prawn curry from your takeaway and now his throat is closing and he's wheezing."),
    ("en", "Our cleaner from your company mixed two sprays in the kitchen and my grandmother is short of breath."),
    ("en", "My dad fell in your hardware store car park, he is unconscious and his head won't stop bleeding."),
    ("zh-Hans", "我女儿吃了你们面包店的核桃蛋糕，现在嘴唇肿了，呼吸困难。"),
    ("zh-Hans", "你们派来的家政阿姨在厨房喷了很多消毒水，我奶奶一直咳，喘不上气。"),
    ("zh-Hant", "我阿爺喺你哋健身中心暈低咗，而家叫唔醒。"),
    ("zh-Hant", "我個女食咗你哋餐廳啲花生醬多士，而家唞唔到氣，嘴唇腫。"),
]


@pytest.mark.parametrize(("lang", "complaint"), SEVERE, ids=[f"{c[0]}-{i}" for i, c in enumerate(SEVERE)])
def test_a_severe_sign_puts_the_emergency_services_first_unconditionally(lang: str, complaint: str) -> None:
    analysis = analyse(read_complaint(complaint))
    assert analysis.safety is not None and analysis.safety.severe, analysis.safety
    d = drafter.draft(complaint, channel="im")
    first = _first_step(d, lang)
    assert first.startswith(("Please call", "请立即拨打", "請立即撥打", "请现在就拨打", "請現在就撥打")), d.text
    assert EMERGENCY[lang] in first.split("." if lang == "en" else "。")[0], d.text
    assert d.escalate


ASKED_SEVERE = [
    ("en", "I had a tetanus jab at your travel clinic this morning and now my lips are swelling. Should I go to A&E?"),
    ("zh-Hans", "我在你们社区药房打了疫苗，现在喉咙肿，呼吸困难，要不要去急诊？"),
    ("zh-Hant", "我喺你哋藥房打咗針，而家嘴唇腫，好喘，使唔使去急症室？"),
]


@pytest.mark.parametrize(("lang", "complaint"), ASKED_SEVERE, ids=[c[0] for c in ASKED_SEVERE])
def test_asked_whether_to_go_with_a_severe_sign_the_answer_is_yes_and_an_ambulance(lang: str, complaint: str) -> None:
    d = drafter.draft(complaint, channel="im")
    first = _first_step(d, lang)
    assert first.startswith(("Yes", "是的")), d.text
    ambulance = {"en": "ambulance", "zh-Hans": "救护车", "zh-Hant": "救護車"}[lang]
    assert ambulance in first.split("。")[0], d.text


# ---------------------------------------------------------------- the EpiPen is never the condition of the call

ALLERGY_NOW = [
    ("en", "Your waiter said the satay had no peanuts. My son is allergic and his face is swelling right now."),
    ("zh-Hans", "你们说这个饼干不含花生，我儿子花生过敏，现在脸肿起来了。"),
    ("zh-Hant", "你哋話呢款曲奇冇花生，我個仔花生敏感，而家塊面腫晒。"),
]


@pytest.mark.parametrize(("lang", "complaint"), ALLERGY_NOW, ids=[c[0] for c in ALLERGY_NOW])
def test_an_allergic_reaction_now_calls_the_emergency_services_before_any_if(lang: str, complaint: str) -> None:
    d = drafter.draft(complaint, channel="im")
    first = _first_step(d, lang)
    assert not first.startswith(CONDITIONAL[lang]), d.text
    assert first.find(EMERGENCY[lang]) != -1, d.text
    pen = first.find("EpiPen")
    assert pen == -1 or first.find(EMERGENCY[lang]) < pen, d.text


# ---------------------------------------------------------------- fumes breathed in

FUMES = [
    ("en", "The pest control team sprayed our flat today and my toddler has been coughing since.", "fresh air"),
    ("zh-Hans", "你们物业今天在楼道里喷杀虫剂，我儿子回家后一直咳嗽、头晕。", "空气流通"),
    ("zh-Hant", "你哋清潔公司今朝喺我屋企用咗好濃嘅漂白水，我阿媽一直咳，話頭暈。", "空氣流通"),
]


@pytest.mark.parametrize(("lang", "complaint", "step"), FUMES, ids=[c[0] for c in FUMES])
def test_fumes_breathed_in_get_fresh_air_not_an_epipen_or_a_rinse(lang: str, complaint: str, step: str) -> None:
    analysis = analyse(read_complaint(complaint))
    assert analysis.safety is not None and analysis.safety.fumes, analysis.safety
    d = drafter.draft(complaint, channel="im")
    assert step in d.text, d.text
    assert "EpiPen" not in d.text and "15 minutes" not in d.text and "15分鐘" not in d.text, d.text
    assert "15分钟" not in d.text and d.escalate


# ---------------------------------------------------------------- an electrical box is no gas leak

BOXES = [
    ("en", "The electricity cabinet by the bus stop has no door and bare wires are sparking; children pass it."),
    ("en", "The power pole cabinet on our street is open, the wires are exposed and sparking; kids play there."),
    ("zh-Hans", "我们小区楼下的电箱门一直开着，里面电线露出来了，还滋滋响，小孩每天在旁边玩。"),
    ("zh-Hant", "我哋屋邨停車場個電箱道門冇咗，啲電線露晒出嚟，細路成日喺度玩。"),
]


@pytest.mark.parametrize(("lang", "complaint"), BOXES, ids=[c[0] for c in BOXES])
def test_an_electrical_hazard_gets_no_gas_line(lang: str, complaint: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.escalate and d.sections.listen, d.text
    assert any(w in d.text for w in ("away from it", "远离", "遠離")), d.text
    assert "unplug" not in d.text and "fuse box" not in d.text, d.text
    for gas in ("gas", "煤气", "煤氣", "燃气", "燃氣"):
        assert gas not in d.text, d.text


# ---------------------------------------------------------------- a machine running on its own

MACHINES = [
    ("en", "At your leisure centre a treadmill keeps running on its own at full speed and no staff are around."),
    ("en", "The conveyor belt at your warehouse shop won't stop and kids are standing right next to it."),
    ("zh-Hans", "你们游泳馆旁边健身区的跑步机自己一直在高速运转，也没有工作人员管。"),
    ("zh-Hant", "你哋會所部跑步機自己不停咁轉，停唔到，又冇職員。"),
]


@pytest.mark.parametrize(("lang", "complaint"), MACHINES, ids=[f"{c[0]}-{i}" for i, c in enumerate(MACHINES)])
def test_a_machine_running_on_its_own_is_a_hazard_kept_away_from(lang: str, complaint: str) -> None:
    analysis = analyse(read_complaint(complaint))
    assert analysis.safety is not None and "defect" in analysis.safety.hazards, analysis.safety
    assert analysis.escalate and "safety" in analysis.reasons
    d = drafter.draft(complaint, channel="im")
    assert any(w in d.text for w in ("away from it", "远离", "遠離")), d.text


# ---------------------------------------------------------------- our staff insulting a child

ABUSE = [
    ("en", "Your swimming coach called my 7-year-old daughter a lazy idiot in front of the group."),
    ("en", "The bus driver shouted at my son and pushed him off at the wrong stop."),
    ("zh-Hans", "你们幼儿园的老师骂我女儿是笨蛋，还罚站了一个小时。"),
    ("zh-Hant", "你哋興趣班導師當眾鬧我個仔蠢，佢返到屋企喊咗成晚。"),
]


@pytest.mark.parametrize(("lang", "complaint"), ABUSE, ids=[f"{c[0]}-{i}" for i, c in enumerate(ABUSE)])
def test_our_staff_insulting_a_child_is_escalated(lang: str, complaint: str) -> None:
    analysis = analyse(read_complaint(complaint))
    assert analysis.escalate and "safety" in analysis.reasons, analysis.reasons
    assert drafter.draft(complaint, channel="im").escalate


NOT_ABUSE = [
    ("en", "The teacher said my son's homework was late and gave him extra reading. I'd like to know the policy."),
    ("zh-Hans", "老师说我女儿作业没交，请问补交的规定是什么？"),
    ("zh-Hant", "導師話我個仔遲交功課，想問下補交嘅安排。"),
    ("en", "Your staff were rude to me at the till and I want an apology."),
]


@pytest.mark.parametrize(("lang", "complaint"), NOT_ABUSE, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_ABUSE)])
def test_no_insult_to_a_child_is_no_safeguarding_escalation(lang: str, complaint: str) -> None:
    assert danger.staff_abuse(fold(complaint)) == []


# ---------------------------------------------------------------- care asked about is not care given

ASKED_CARE = [
    ("en", "My daughter slipped on your pool changing room floor and hurt her wrist. Should we call an ambulance?"),
    ("en", "My nephew ate your flapjack and his lips are puffy; he doesn't carry an EpiPen."),
    ("en", "My wife tripped on the torn carpet in your cinema and hurt her ankle. We might need to go to urgent care."),
    ("zh-Hans", "我女儿在你们泳池更衣室滑倒了，手腕受伤，如果还痛我们就去医院。"),
    ("zh-Hant", "我個仔食咗你哋餅店嘅曲奇，嘴唇腫咗，佢冇帶EpiPen。"),
    ("zh-Hant", "我個女喺你哋戲院樓梯跣親，腳踝受傷，如果仲痛就去醫院。"),
]


@pytest.mark.parametrize(("lang", "complaint"), ASKED_CARE, ids=[f"{c[0]}-{i}" for i, c in enumerate(ASKED_CARE)])
def test_care_only_asked_about_is_no_treatment_under_way(lang: str, complaint: str) -> None:
    analysis = analyse(read_complaint(complaint))
    assert not analysis.situation.cared_for, analysis.situation
    d = drafter.draft(complaint, channel="im")
    for said in (
        "treatment is going well",
        "treatment helping",
        "治疗顺利",
        "治療順利",
        "遵照医生",
        "遵照醫生",
        "doctors' advice",
    ):
        assert said not in d.text, d.text


TREATED = [
    ("en", "My son cut his leg on your broken bench; we went to A&E and he had four stitches."),
    ("zh-Hans", "我儿子被你们坏掉的长椅划伤了腿，已经去医院缝了四针。"),
    ("zh-Hant", "我個仔俾你哋爛咗嘅長櫈割傷隻腳，已經去醫院縫咗四針。"),
]


@pytest.mark.parametrize(("lang", "complaint"), TREATED, ids=[c[0] for c in TREATED])
def test_care_told_as_given_is_still_care(lang: str, complaint: str) -> None:
    assert analyse(read_complaint(complaint)).situation.cared_for


# ---------------------------------------------------------------- a body part hurt; 個仔 is a person

HURT = [
    ("zh-Hans", "你们小区的电梯昨天突然往下掉了两层，我72岁妈妈在里面，腰和髋都伤了。", "您"),
    ("zh-Hant", "你哋大廈部較琴日突然跌咗兩層，我72歲阿媽喺入面，腰同髖都傷咗。", "您母親"),
    ("zh-Hant", "今日個仔喺你哋商場遊樂場跌親，膝頭損咗。", "您兒子"),
]


@pytest.mark.parametrize(("lang", "complaint", "who"), HURT, ids=[f"{c[0]}-{i}" for i, c in enumerate(HURT)])
def test_a_body_part_told_hurt_is_a_hurt_person_asked_after(lang: str, complaint: str, who: str) -> None:
    analysis = analyse(read_complaint(complaint))
    assert analysis.safety is not None and "injury" in analysis.safety.hazards, analysis.safety
    assert analysis.safety.who is not None and analysis.safety.who.startswith(who), analysis.safety.who


# ---------------------------------------------------------------- near misses: no safety step

NEAR_MISSES = [
    ("en", "Honestly I'm sick of this, the third time my broadband has dropped this week. Account 55120."),
    ("en", "These hold times are killing me, I've waited 40 minutes to change my insurance address."),
    ("en", "I was in bed with flu most of last month, so I only now saw a $2.50 fee on my card ending 3391."),
    ("en", "The blender I bought stopped working after a week; it just won't turn on. Order B-2231."),
    ("en", "Two of my three bottles of fish oil capsules were missing from the pharmacy order PH-2209."),
    ("en", "Nobody was hurt and nobody had trouble breathing, but the delivery was two hours late."),
    ("zh-Hans", "真是受够了，这个月第三次停网了，气死我了。户号 3302。"),
    ("zh-Hans", "上个月我发烧住院，所以现在才发现信用卡多扣了15元年费，请退回。"),
    ("zh-Hans", "在你们药房网店买的三瓶钙片只到了两瓶，订单YF-3321，请补发。"),
    ("zh-Hans", "诊所这次的账单多收了8元挂号费，病历号 C-1182，请解释一下。"),
    ("zh-Hant", "真係受夠，今個月第三次冇網，激死我。戶口 3302。"),
    ("zh-Hant", "我喺你哋度買嘅風筒用咗三日就壞咗，開唔到，想換過個。"),
    ("zh-Hant", "你哋藥房寄嚟嘅維他命D少咗一樽，訂單YF-3321，麻煩補寄。"),
]


@pytest.mark.parametrize(("lang", "complaint"), NEAR_MISSES, ids=[f"{c[0]}-{i}" for i, c in enumerate(NEAR_MISSES)])
def test_a_near_miss_gets_no_safety_step(lang: str, complaint: str) -> None:
    analysis = analyse(read_complaint(complaint))
    assert analysis.safety is None, analysis.safety
    d = drafter.draft(complaint, channel="im")
    for step in ("emergency services", "A&E", "急救电话", "急救電話", "急诊", "急診", "stop taking", "停止服用"):
        assert step not in d.text, d.text


@pytest.mark.parametrize(
    "text",
    ["no trouble breathing", "she was not short of breath", "I can breathe fine", "没有呼吸困难", "冇唞唔到气"],
)
def test_a_severe_sign_said_not_to_be_there_is_none(text: str) -> None:
    assert danger.severe(fold(text)) == []


# ---------------------------------------------------------------- a bill that names a place of care

BILLED_CARE = [
    ("en", "My ambulance bill shows a $3 card fee that wasn't on the quote. Invoice 7731."),
    (
        "en",
        "The hospital car park machine charged me $6 instead of $3 when I visited my dad in the emergency department.",
    ),
    ("zh-Hans", "救护车的账单上多了一笔5元的刷卡手续费，报价时没有说，发票号7731。"),
    ("zh-Hans", "我去急诊探我爸，你们医院停车场多收了我5元停车费，请退回。"),
    ("zh-Hant", "我去急症室探阿爸，你哋醫院停車場多收咗我5蚊，唔該退返。"),
]


@pytest.mark.parametrize(("lang", "complaint"), BILLED_CARE, ids=[f"{c[0]}-{i}" for i, c in enumerate(BILLED_CARE)])
def test_a_bill_that_names_a_place_of_care_is_no_safety_case(lang: str, complaint: str) -> None:
    analysis = analyse(read_complaint(complaint))
    assert analysis.safety is None and not analysis.escalate, (analysis.safety, analysis.reasons)
    assert analysis.category == "billing"
    d = drafter.draft(complaint, channel="email")
    for step in (
        "emergency services",
        "treatment is going well",
        "treatment helping",
        "急救电话",
        "急救電話",
        "治疗",
        "治療",
    ):
        assert step not in d.text, d.text


HARM_AND_BILL = [
    ("en", "My son was taken to hospital after eating your chicken; I want the $30 back."),
    ("zh-Hans", "我儿子吃了你们的鸡肉之后被送去医院，我要退30元。"),
    ("zh-Hant", "我個仔食咗你哋啲雞之後要入醫院，我要退返30蚊。"),
]


@pytest.mark.parametrize(("lang", "complaint"), HARM_AND_BILL, ids=[c[0] for c in HARM_AND_BILL])
def test_harm_told_beside_money_is_still_a_safety_case(lang: str, complaint: str) -> None:
    analysis = analyse(read_complaint(complaint))
    assert analysis.safety is not None and analysis.escalate, analysis


# ---------------------------------------------------------------- every hurt person asked after

PEOPLE = [
    (
        "en",
        "My partner and I had the mussels at your bistro and we were both vomiting all night.",
        "how are you and your partner",
    ),
    (
        "en",
        "My elderly neighbour tripped on the broken step outside your pharmacy and hurt her knee.",
        "how is your neighbour",
    ),
    ("zh-Hans", "我和老公都吃了你们的外卖，两个人都上吐下泻。", "您和您先生"),
    ("zh-Hans", "邻居的婆婆在你们小区电梯门口被门夹到手臂，整片淤青。", "您的邻居婆婆"),
    ("zh-Hant", "我同我老婆兩個都食咗你哋啲壽司，成晚肚痾。", "您和您太太"),
    ("zh-Hant", "我仔仔喺你哋餐廳俾熱湯淋親隻手。", "您兒子"),
]


@pytest.mark.parametrize(("lang", "complaint", "asked"), PEOPLE, ids=[f"{c[0]}-{i}" for i, c in enumerate(PEOPLE)])
def test_every_hurt_person_is_asked_after(lang: str, complaint: str, asked: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert asked in d.sections.listen, d.text


BRUISES = [
    ("en", "The automatic door at your station closed on my father and bruised his arm badly."),
    ("zh-Hans", "你们商场的自动门夹到我妈妈的手臂，手臂淤青了一大片。"),
    ("zh-Hant", "你哋大廈部較門夾到我阿媽手臂，成片瘀青。"),
]


@pytest.mark.parametrize(("lang", "complaint"), BRUISES, ids=[c[0] for c in BRUISES])
def test_a_bruise_gets_no_press_on_the_wound_step(lang: str, complaint: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.escalate
    for said in ("press a clean cloth firmly", "按住伤口止血", "按住傷口止血"):
        assert said not in d.text, d.text


DOCTOR_ASKED = [
    ("en", "We both have a fever since your buffet. I'd like to know whether we should see a doctor."),
    ("zh-Hans", "吃了你们的自助餐以后我一直发烧，想知道我是否应该去看医生。"),
    ("zh-Hant", "食完你哋個自助餐之後我一直發燒，想知我係咪要去睇醫生。"),
]


@pytest.mark.parametrize(("lang", "complaint"), DOCTOR_ASKED, ids=[c[0] for c in DOCTOR_ASKED])
def test_asked_indirectly_whether_to_see_a_doctor_it_is_answered_first(lang: str, complaint: str) -> None:
    analysis = analyse(read_complaint(complaint))
    assert analysis.situation.asks_to_go, analysis.situation
    first = _first_step(drafter.draft(complaint, channel="im"), lang)
    assert first.startswith(("Yes", "是的")), first


NOT_FUMES = [
    ("en", "The curry had a strong smell and I felt sick after eating it."),
    ("en", "Bleach splashed into my eye while your cleaner was working and now I keep coughing."),
    ("zh-Hans", "外卖有股怪气味，吃了以后一直想吐。"),
    ("zh-Hant", "你哋外賣有陣怪味，食完之後一直想嘔。"),
]


@pytest.mark.parametrize(("lang", "complaint"), NOT_FUMES, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_FUMES)])
def test_a_smell_in_food_or_a_splash_on_the_skin_is_not_fumes(lang: str, complaint: str) -> None:
    analysis = analyse(read_complaint(complaint))
    assert analysis.safety is not None and not analysis.safety.fumes, analysis.safety


LIFTS = [
    (
        "en",
        "The lift at your car park dropped a floor with my 72-year-old dad in it; he hurt his hip. It's running again.",
    ),
    ("zh-Hans", "你们写字楼的电梯昨天突然掉了两层，我72岁的爸爸在里面，腰受伤了，今天又照常运行。"),
    ("zh-Hant", "你哋大廈部𨋢琴日突然跌咗兩層，我阿媽喺入面，腰都傷咗。今日部𨋢照常行。"),
    ("zh-Hant", "你哋商場架較尋日突然跌落一層，我阿爸喺入面，膝頭損咗，今日部較照行。"),
]


@pytest.mark.parametrize(("lang", "complaint"), LIFTS, ids=[f"{c[0]}-{i}" for i, c in enumerate(LIFTS)])
def test_a_lift_that_dropped_and_hurt_someone_is_stopped_now(lang: str, complaint: str) -> None:
    analysis = analyse(read_complaint(complaint))
    assert analysis.safety is not None and analysis.safety.installation, analysis.safety
    assert "injury" in analysis.safety.hazards and analysis.escalate
    d = drafter.draft(complaint, channel="im")
    said = {"en": "out of service now", "zh-Hans": "把电梯停下来", "zh-Hant": "把電梯停下來"}[lang]
    assert said in d.text, d.text


KIT_ASKED = [
    (
        "en",
        "My son just burned his arm on the urn in your café. Do you have a first-aid kit, and where's the nearest A&E?",
    ),
    ("zh-Hans", "我儿子刚在你们咖啡店被开水壶烫到手臂，你们有没有急救箱？最近的医院在哪里？"),
    ("zh-Hant", "我個仔頭先喺你哋咖啡店俾熱水煲燙親手臂，你哋有冇急救箱？最近嘅醫院喺邊？"),
]


@pytest.mark.parametrize(("lang", "complaint"), KIT_ASKED, ids=[c[0] for c in KIT_ASKED])
def test_a_kit_or_the_nearest_ae_asked_for_is_answered_not_restated(lang: str, complaint: str) -> None:
    analysis = analyse(read_complaint(complaint))
    assert not analysis.situation.cared_for
    for sentence in analysis.facts.story:
        for asked in ("first-aid kit", "first aid kit", "急救箱", "在哪", "喺邊"):
            assert asked not in sentence, analysis.facts.story
    d = drafter.draft(complaint, channel="im")
    for said in ("treatment is going well", "treatment helping", "治疗", "治療", "医生的建议", "醫生的建議"):
        assert said not in d.text, d.text
