"""Round 10ae: safety handling chosen by what happened, not by keyword (issue 10).

Each class across the three languages and several kinds of business: a faulty thing beside a
person at risk (a child, someone elderly, a near miss) is a hazard with a keep-away step even
with no injury word; the safety step fits the kind of harm (a cut from glass that shattered, a
reaction after a vaccine or a medicine, a food allergy, glass found in food); "should I go to
A&E?" is answered yes, go now, first; and figures of speech (气病了, "making me sick", 头都痛埋)
are no illness."""

from __future__ import annotations

import pytest

import drafter
from drafter.intake import analyse, read_complaint


def _opening(text: str) -> str:
    """The reply's first two sentences (where the safety step must be)."""
    body = " ".join(line for line in text.split("\n") if line.strip())
    parts = [p for p in body.replace("？", "？|").replace("。", "。|").replace("? ", "?|").split("|") if p]
    return "".join(parts[:3])


# ---------------------------------------------------------------- a hazard beside a person at risk

AT_RISK = [
    (
        "en",
        "A floor tile next to your pool is cracked and sticking up, and my grandmother nearly went over on it.",
        "defect",
    ),
    ("en", "The metal edge of the shelf in your kids' play area is sticking out and sharp.", "defect"),
    (
        "en",
        "There's a broken step on the stairs up to your platform and my elderly mother almost tripped on it.",
        "defect",
    ),
    (
        "en",
        "Bare cables are hanging out of the ceiling in your lobby where the kids wait for the school bus.",
        "electric",
    ),
    ("en", "The door to your changing rooms slams shut so hard that my son's fingers nearly got caught.", "defect"),
    ("zh-Hans", "游乐场秋千的铁链断开了一半，小朋友还在上面玩，好危险。", "defect"),
    ("zh-Hans", "小区大堂有一根电线露在外面，小孩天天在那里玩。", "electric"),
    ("zh-Hans", "健身房门口的台阶坏了一块，我爸爸七十多岁了，差点绊倒，太危险了。", "defect"),
    ("zh-Hant", "你哋商場扶手電梯旁邊嗰塊玻璃板鬆咗，啲細路成日挨住佢。", "defect"),
    ("zh-Hant", "商場洗手間嘅門好大力咁彈返，我阿媽隻手指險啲被夾到。", "defect"),
    ("en", "There's a big hole in the floor of your soft play area and toddlers keep running right past it.", "defect"),
    ("zh-Hans", "你们小区游乐场旁边的地上有个大洞，小朋友天天在那里跑来跑去。", "defect"),
    ("zh-Hant", "你哋商場門口嘅地上有個大洞，啲細路成日喺度跑嚟跑去。", "defect"),
    (
        "en",
        "There is a nail sticking out of the bench in your waiting room, my daughter almost cut her leg on it.",
        "defect",
    ),
    (
        "en",
        "The ramp at your branch entrance is so slippery when wet that my mum in her wheelchair nearly slid "
        "into the road.",
        "defect",
    ),
    ("zh-Hans", "你们超市的货架摇摇晃晃的，我儿子差点被上面掉下来的东西砸到。", "defect"),
    ("zh-Hant", "你哋屋苑泳池嘅池邊啲瓷磚甩咗，細路赤腳行好危險。", "defect"),
]

KEEP_AWAY = ("keep everyone", "keep children", "well away", "远离", "遠離")


@pytest.mark.parametrize(("language", "text", "hazard"), AT_RISK)
def test_a_faulty_thing_beside_a_person_at_risk_is_a_hazard(language: str, text: str, hazard: str) -> None:
    a = analyse(read_complaint(text, channel="im"))
    assert a.safety is not None and hazard in a.safety.hazards, a.safety
    assert "injury" not in a.reasons  # a near miss: nobody was hurt
    d = drafter.draft(text, channel="im")
    assert d.language == language and d.escalate
    opening = _opening(d.text)
    assert any(k in opening for k in KEEP_AWAY), d.text
    assert "inconvenient" not in d.text and "不便" not in d.text
    assert "infection" not in d.text and "发炎" not in d.text and "發炎" not in d.text


NOT_AT_RISK = [
    ("en", "My daughter's tablet arrived with a cracked screen and the charger is missing."),
    ("en", "The bunk bed we ordered for the kids arrived with a broken ladder and missing screws."),
    ("en", "The gate code for your car park is broken again and I waited 20 minutes with my baby in the car."),
    ("en", "The cable box is broken and my kids can't watch anything."),
    ("en", "There's a hole in the sock I bought from your shop and my kids laughed at it."),
    ("zh-Hans", "我给孩子买的书包拉链坏了，才用了一周，要求换货。"),
    ("zh-Hant", "老人家嘅輪椅壞咗一個轆，你哋話上門維修又冇嚟。"),
]


@pytest.mark.parametrize(("language", "text"), NOT_AT_RISK)
def test_a_broken_thing_with_nobody_at_risk_is_no_safety_case(language: str, text: str) -> None:
    a = analyse(read_complaint(text, channel="im"))
    assert a.safety is None, a.safety
    assert "safety" not in a.reasons


# ---------------------------------------------------------------- "should I go to A&E now?"

GO_NOW = [
    (
        "en",
        "The glass shower door in my hotel room shattered and I cut my foot badly, it is bleeding a lot. "
        "Should I go to A&E now?",
        "Yes, please go to A&E",
        "around it",
    ),
    (
        "en",
        "My son had his vaccine at your clinic this morning and now he has a rash all over. Should we go to the ER?",
        "Yes, please take your son to the emergency room",
        "vaccination record",
    ),
    ("zh-Hans", "浴室的玻璃门突然爆了，我脚被割伤流了好多血，现在要不要去急诊？", "是的，请您现在就去", "不要自己拔出"),
    (
        "zh-Hans",
        "我儿子今天上午在你们社区医院打了疫苗，现在全身起红疹还发烧，要不要马上去急诊？",
        "是的，请现在就带您儿子去",
        "接种记录",
    ),
    ("zh-Hant", "昨日喺你哋診所打完針，手臂腫到好大，仲發燒，係咪要去急症？", "是的，請您現在就去急症室", "接種記錄"),
]


@pytest.mark.parametrize(("language", "text", "yes", "then"), GO_NOW)
def test_asked_whether_to_go_to_a_and_e_the_reply_says_yes_go_now_first(
    language: str, text: str, yes: str, then: str
) -> None:
    a = analyse(read_complaint(text, channel="im"))
    assert a.situation.asks_to_go and not a.situation.cared_for
    d = drafter.draft(text, channel="im")
    assert d.language == language
    opening = _opening(d.text)
    assert yes in opening, d.text
    assert then in d.text, d.text
    for wrong in (
        "treatment is going well",
        "treatment helping",
        "doctors' advice",
        "妥善的治疗",
        "妥善的治療",
        "遵照醫生",
        "遵照医生",
    ):
        assert wrong not in d.text, (wrong, d.text)
    assert d.text.index(yes) < d.text.index(then)
    for echo in ("要不要", "係咪要", "系咪要", "想知道", "want to know whether", "should I go", "should we go"):
        assert echo not in d.text, (echo, d.text)  # answered, not restated or asked back


def test_already_at_a_and_e_is_still_cared_for() -> None:
    a = analyse(read_complaint("My son cut his hand on your broken shelf and we're at A&E now.", channel="im"))
    assert a.situation.cared_for and not a.situation.asks_to_go


# ---------------------------------------------------------------- the step fits the kind of harm

REACTION = [
    (
        "en",
        "After the flu jab at your pharmacy yesterday I have a high fever and my arm is red and hot.",
        "vaccination record",
    ),
    ("en", "I took the antibiotics your pharmacy dispensed and now I have hives all over my body.", "packaging"),
    ("zh-Hans", "在你们药店买的药吃了之后，我全身起红疹，还一直发烧。", "药品包装"),
    ("zh-Hant", "琴日喺你哋診所打完疫苗，我個女全身出晒紅疹，仲發燒。", "接種記錄"),
]


@pytest.mark.parametrize(("language", "text", "record"), REACTION)
def test_a_reaction_to_a_vaccine_or_medicine_gets_its_own_step(language: str, text: str, record: str) -> None:
    a = analyse(read_complaint(text, channel="im"))
    assert a.safety is not None and a.safety.reaction
    assert "fracture" not in a.safety.hazards  # swelling beside a reaction is no broken bone
    d = drafter.draft(text, channel="im")
    assert d.language == language
    assert record in d.text, d.text
    for food in ("EpiPen", "anything more to eat", "吃任何东西", "吃任何東西", "肾上腺素", "腎上腺素"):
        assert food not in d.text, (food, d.text)


FOOD_ALLERGY = [
    ("en", "My daughter has a peanut allergy, your pad thai came with peanuts and her lips are swelling right now!"),
    ("zh-Hans", "我跟服务员说了对花生过敏，菜里还是有花生，我现在嘴唇肿了，呼吸困难！"),
    ("zh-Hant", "我話咗對蝦過敏，你哋個湯仲係有蝦，而家成塊面腫晒，唞唔到氣！"),
]


@pytest.mark.parametrize(("language", "text"), FOOD_ALLERGY)
def test_a_food_allergy_keeps_the_food_allergy_step(language: str, text: str) -> None:
    a = analyse(read_complaint(text, channel="im"))
    assert a.safety is not None and not a.safety.reaction
    d = drafter.draft(text, channel="im")
    assert "EpiPen" in d.text, d.text


SHATTERED = [
    (
        "en",
        "Your glass shower screen exploded while I was rinsing out the shampoo and there is a shard of glass in my "
        "foot. Shards of glass are still all over the tub.",
    ),
    ("zh-Hans", "淋浴房的玻璃门突然爆了，碎玻璃扎进了我的脚，一直在流血，洗发水都还没冲干净。"),
    ("zh-Hant", "我喺你哋酒店沖涼，淋浴屏突然爆咗，玻璃碎割傷我隻腳，流咗好多血。"),
]


@pytest.mark.parametrize(("language", "text"), SHATTERED)
def test_glass_from_something_that_shattered_is_a_cut_not_a_foreign_object(language: str, text: str) -> None:
    a = analyse(read_complaint(text, channel="im"))
    assert a.safety is not None and a.safety.hazards[0] == "injury"
    assert "object" not in a.safety.hazards and "foreign_object" not in a.reasons
    d = drafter.draft(text, channel="im")
    assert d.language == language
    for wrong in ("packaging", "包装", "包裝", "异物", "異物"):
        assert wrong not in d.text, (wrong, d.text)
    assert any(k in _opening(d.text) for k in ("pull out any glass", "拔出", "拔出")), d.text


GLASS_IN_FOOD = [
    ("en", "There was a piece of glass in my soup and I nearly swallowed it."),
    ("zh-Hans", "我在你们的汤里吃出了一块碎玻璃，差点吞下去。"),
    ("zh-Hant", "我喺你哋個湯度食到一塊玻璃碎，差啲吞埋落肚。"),
]


@pytest.mark.parametrize(("language", "text"), GLASS_IN_FOOD)
def test_glass_in_what_was_eaten_stays_a_foreign_object(language: str, text: str) -> None:
    a = analyse(read_complaint(text, channel="im"))
    assert a.safety is not None and "object" in a.safety.hazards
    assert "foreign_object" in a.reasons


# The person at risk told by age ("my 3-year-old", 我家3岁的, 個4歲仔), the near miss told as a rescue
# ("grabbed him just in time"), the danger told as what must not happen ("before a child gets
# hurt"); an adult's age is nobody at risk.
AT_RISK_BY_AGE = [
    ("en", "The gate at the pool slams shut. My 3-year-old was right next to it.", True),
    ("en", "The gate at the pool slams shut. I grabbed him just in time.", True),
    ("en", "The cot side is broken. Please fix it before a child gets hurt.", True),
    ("en", "The gate at the pool slams shut. My 30-year-old brother was next to it.", False),
    ("zh-Hans", "泳池的闸门关得很大力，我家3岁的就在旁边玩。", True),
    ("zh-Hans", "泳池的闸门关得很大力，我30岁的同事就在旁边。", False),
    ("zh-Hant", "泳池嘅閘門關得好大力，我個4歲仔成日喺隔籬玩。", True),
    ("zh-Hant", "泳池的閘門關得很大力，我30歲的同事就在旁邊。", False),
]


@pytest.mark.parametrize(("language", "text", "hazard"), AT_RISK_BY_AGE)
def test_a_child_told_by_age_beside_a_faulty_thing_is_at_risk(language: str, text: str, hazard: bool) -> None:
    a = analyse(read_complaint(text, channel="im"))
    assert (a.safety is not None) is hazard, (a.safety, a.reasons)
    assert a.escalate is hazard


# A tooth that cracked on something hard in food: the object is the hazard, not breakage (a cracked
# tooth is no shattered glass door), and Chinese names the object in its own words.
TOOTH_ON_OBJECT = [
    ("en", "I found a piece of metal in my burger and cracked a tooth."),
    ("en", "There was a small stone in the rice and my tooth cracked on it."),
    ("zh-Hans", "汉堡里有一颗钢钉，我的牙碎了一块。"),
    ("zh-Hans", "米饭里有小石头，硌到牙了，牙齿崩了一角。"),
    ("zh-Hant", "麵包裡面有一粒石頭，我隻牙崩咗一角。"),
    ("zh-Hant", "我在漢堡裡吃到一塊金屬，牙齒裂開了。"),
]


@pytest.mark.parametrize(("language", "text"), TOOTH_ON_OBJECT)
def test_a_tooth_broken_on_something_in_food_is_a_foreign_object(language: str, text: str) -> None:
    a = analyse(read_complaint(text, channel="im"))
    assert a.escalate and "foreign_object" in a.reasons, (a.category, a.reasons)
    assert a.safety is not None and "object" in a.safety.hazards


# ---------------------------------------------------------------- figures of speech

FIGURES = [
    ("en", "I've been waiting three weeks for my refund and honestly this is making me sick."),
    ("en", "The internet went down again and my kids were home sick from school all week, so I needed it."),
    ("en", "Dealing with your billing team has been a real headache, I was charged twice."),
    ("zh-Hans", "我的退款拖了一个月还没到，我快被你们气病了！"),
    ("zh-Hans", "气死我了，快递又送错地址，客服也让人头疼。"),
    ("zh-Hant", "張單寄錯咗三次，搞到我頭都痛埋，快啲處理！"),
    ("zh-Hant", "我阿媽俾你哋激到病咗咁滯，電話轉嚟轉去冇人理。"),
    ("en", "The way your agent spoke to me honestly makes me want to throw up. I was charged twice."),
    ("zh-Hans", "你们客服的态度真让人想吐，扣了我两次钱还不认。"),
]


@pytest.mark.parametrize(("language", "text"), FIGURES)
def test_a_figure_of_speech_is_no_illness(language: str, text: str) -> None:
    d = drafter.draft(text, channel="im")
    assert d.language == language
    assert not {"illness", "injury", "safety"} & set(d.reasons), d.reasons
    a = analyse(read_complaint(text, channel="im"))
    assert a.safety is None
    for wrong in ("seek medical", "就医", "就醫", "how are you feeling", "身体怎么样", "身體怎麼樣"):
        assert wrong not in d.text, (wrong, d.text)


REAL_ILLNESS = [
    ("en", "I ate the chicken from your takeaway last night and I've been sick all night."),
    ("en", "Your tap water is making us sick, it smells of sewage."),
    ("zh-Hans", "昨晚吃了你们的外卖，今天一直拉肚子，还头痛发烧。"),
    ("zh-Hant", "食完你哋嘅外賣，成晚又屙又嘔，而家仲好唔舒服。"),
]


@pytest.mark.parametrize(("language", "text"), REAL_ILLNESS)
def test_real_illness_words_still_make_a_safety_case(language: str, text: str) -> None:
    d = drafter.draft(text, channel="im")
    assert d.language == language
    assert "illness" in d.reasons, d.reasons
    a = analyse(read_complaint(text, channel="im"))
    assert a.safety is not None


# ---------------------------------------------------------------- harm told as background

BACKGROUND_HARM = [
    (
        "en",
        "My mother fractured her wrist last spring and your insurer has refused her claim (CL-55102) as a "
        "pre-existing condition. I want a supervisor to review it.",
    ),
    (
        "zh-Hans",
        "我妈妈上个月骨折住院做了手术，你们保险公司以既往症为由拒赔，理赔编号LP-20240311，我要求主管重新审核。",
    ),
    ("zh-Hant", "我媽媽今年五月髖關節骨折住院，貴公司以既往症為由拒賠，理賠編號TP-2024-0077123，請轉交主管重新審核。"),
]


@pytest.mark.parametrize(("language", "text"), BACKGROUND_HARM)
def test_harm_told_as_background_gets_no_line_that_we_hurt_them(language: str, text: str) -> None:
    d = drafter.draft(text, channel="im")
    assert d.language == language
    assert "injury" not in d.reasons and "illness" not in d.reasons
    for wrong in ("sorry you were hurt", "让您受了伤", "讓您受了傷", "how are you feeling", "身体怎么样", "身體怎麼樣"):
        assert wrong not in d.text, (wrong, d.text)


CUT_ON_WHAT_WAS_FOUND = [
    ("en", "There was a piece of glass in my soup and I cut my tongue on it.", "packaging"),
    ("zh-Hans", "我在你们的面条里吃到一块碎玻璃，把嘴划破了，还在流血。", "包装"),
    ("zh-Hant", "我喺你哋個飯入面食到一塊玻璃碎，口入面割傷咗，仲流緊血。", "包裝"),
]


@pytest.mark.parametrize(("language", "text", "keep"), CUT_ON_WHAT_WAS_FOUND)
def test_a_cut_on_something_found_in_food_keeps_the_object_too(language: str, text: str, keep: str) -> None:
    a = analyse(read_complaint(text, channel="im"))
    assert a.safety is not None and a.safety.hazards[0] == "injury" and "object" in a.safety.hazards
    d = drafter.draft(text, channel="im")
    assert d.language == language
    assert keep in d.text, d.text


STILL_THERE = [
    (
        "en",
        "My son cut his leg on a metal plate sticking up at the bottom of the slide in your park; it needed "
        "stitches and the plate is still there.",
        "away from it until we have made it safe",
    ),
    ("zh-Hans", "我女儿在你们商场游乐区的滑梯上被翘起来的铁片割伤了腿，缝了三针，那块铁片现在还在。", "远离它"),
    ("zh-Hant", "我個仔喺你哋屋苑遊樂場條滑梯度俾翹起嘅鐵片割傷咗隻腳，縫咗三針，塊鐵片而家仲喺度。", "遠離它"),
]


@pytest.mark.parametrize(("language", "text", "keep_away"), STILL_THERE)
def test_what_hurt_them_still_there_is_kept_away_from(language: str, text: str, keep_away: str) -> None:
    a = analyse(read_complaint(text, channel="email"))
    assert a.safety is not None and a.safety.hazards[0] == "injury" and "defect" in a.safety.hazards
    d = drafter.draft(text, channel="email")
    assert d.language == language
    assert keep_away in d.text, d.text
