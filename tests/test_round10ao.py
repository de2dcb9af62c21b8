"""Round 10ao: the safety step fits what happened, told in the customer's own words.

A scald told without a burn word (hot water splashed on a hand, skin come up in blisters) is a
burn; "which hospital?" is answered with the nearest A&E, not "yes"; someone who fell and cannot
get up is not moved and an ambulance is called; a cut told beside glass found in a product is
asked after as hurt ("how is he now?"), not "I hope he wasn't hurt"; Cantonese 佢 for a mother is
她 in the restatement. Each in en, zh-Hans and zh-Hant, across kinds of business."""

from __future__ import annotations

import pytest

import drafter
from drafter.intake import analyse, read_complaint

# ---------------------------------------------------------------- a scald told, not named

SCALDS = [
    (
        "en",
        "The lid of the kids' bottle from your shop popped off and hot tea splashed onto my son's arm; "
        "it went red and has small blisters.",
        "cool running water",
    ),
    ("zh-Hans", "在你们网店买的宝宝水杯，今天盖子弹开，热水洒到孩子手上，手背红了一片还起了几个小泡。", "冷水"),
    ("zh-Hant", "喺你哋超市買嘅保溫壺個蓋彈開，熱湯濺到我個女隻手，紅咗一大片仲起咗幾粒細泡。", "冷水"),
    ("zh-Hans", "你们咖啡店的店员把热咖啡倒在我手臂上了，现在皮肤红红的还起了水泡。", "冷水"),
]


@pytest.mark.parametrize(("lang", "complaint", "step"), SCALDS, ids=[c[0] for c in SCALDS])
def test_a_scald_told_in_other_words_gets_the_burn_step(lang: str, complaint: str, step: str) -> None:
    analysis = analyse(read_complaint(complaint))
    assert analysis.safety is not None and "burn" in analysis.safety.hazards, (lang, analysis.safety)
    d = drafter.draft(complaint, channel="im")
    assert d.escalate and step in d.sections.listen, (lang, d.text)
    assert "不便" not in d.text and "inconvenience" not in d.text, d.text


NOT_SCALDS = [
    "Luckily the hot water didn't splash on anyone, but the flask lid is broken. Please replace it.",
    "幸好热水没有溅到孩子，但是保温杯的盖子坏了，请换一个。",
    "手机贴膜用了一周就起了很多小泡，要求换货。",
    "浴室牆身油漆起咗好多細泡，麻煩安排師傅嚟睇。",
]


@pytest.mark.parametrize("complaint", NOT_SCALDS)
def test_blisters_on_a_wall_or_a_splash_that_missed_are_no_scald(complaint: str) -> None:
    analysis = analyse(read_complaint(complaint))
    assert analysis.safety is None or "burn" not in analysis.safety.hazards, analysis.safety


# ---------------------------------------------------------------- "which hospital?"

WHICH = [
    (
        "en",
        "My daughter burned her hand on the faulty kettle in your hotel room, it's blistering. "
        "Which hospital should we go to?",
        "nearest",
        "Yes,",
    ),
    ("zh-Hans", "我儿子在你们餐厅被热汤烫伤了手，起了水泡。我们应该去哪个医院？", "最近的", "是的"),
    ("zh-Hant", "我個女喺你哋健身室俾熱水淥親隻手，起咗水泡，我哋應該去邊間醫院？", "最近的", "是的"),
]


@pytest.mark.parametrize(("lang", "complaint", "step", "never"), WHICH, ids=[c[0] for c in WHICH])
def test_which_hospital_is_answered_with_the_nearest_not_yes(lang: str, complaint: str, step: str, never: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert step in d.sections.listen, (lang, d.text)
    assert never not in d.text, (lang, d.text)
    assert "哪个医院" not in d.text and "哪家醫院" not in d.text and "which hospital" not in d.text.lower(), d.text


# ---------------------------------------------------------------- fell and cannot get up

FALLEN = [
    (
        "en",
        "My 79-year-old mother slipped on the wet floor in your supermarket just now and she can't get up, "
        "her hip really hurts.",
        ["don't move your mother", "ambulance"],
        ["sign of infection", "stop the bleeding"],
    ),
    (
        "zh-Hans",
        "我爸爸刚才在你们银行门口的台阶摔倒了，现在腿很痛站不起来，坐在地上。",
        ["不要挪动", "救护车"],
        ["红肿发炎", "按住伤口止血"],
    ),
    (
        "zh-Hant",
        "我阿媽啱啱喺你哋酒店大堂跌低咗，而家膝頭好痛行唔到，起唔到身。",
        ["不要挪動", "救護車"],
        ["紅腫發炎", "按住傷口止血"],
    ),
]


@pytest.mark.parametrize(("lang", "complaint", "step", "never"), FALLEN, ids=[c[0] for c in FALLEN])
def test_someone_down_after_a_fall_is_not_moved_and_an_ambulance_is_called(
    lang: str, complaint: str, step: list[str], never: list[str]
) -> None:
    d = drafter.draft(complaint, channel="im")
    for piece in step:
        assert piece in d.sections.listen, (lang, piece, d.text)
    for piece in never:
        assert piece not in d.text, (lang, piece, d.text)


NOT_DOWN = [
    "Last week my dad fell on the steps of your library and he still can't walk properly. Who pays for his physio?",
    "我上周在你们商场的楼梯上摔倒了，到现在还走不了路，你们要负责。",
    "I cut my foot on a broken tile by your hotel pool and can't walk on it properly.",
    "上星期我喺你哋餐廳跌親，到而家都行唔到，你哋要賠。",
]


@pytest.mark.parametrize("complaint", NOT_DOWN)
def test_a_fall_days_ago_or_a_cut_foot_gets_no_ambulance(complaint: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert "ambulance" not in d.text and "救护车" not in d.text and "救護車" not in d.text, d.text


# ---------------------------------------------------------------- a cut told beside glass found

CUT = [
    (
        "en",
        "My daughter bit into a muffin from your bakery and there was a sliver of glass in it. "
        "She has a small cut on her gum that bled. It has stopped now.",
        "how is your daughter",
        ["wasn't hurt", "stop the bleeding"],
    ),
    (
        "zh-Hans",
        "我儿子吃你们超市的饺子咬到一片玻璃，嘴唇割破了一个小口子，流了血，现在已经止住了。",
        "您儿子现在怎么样",
        ["有没有受伤", "用力按住伤口止血"],
    ),
    (
        "zh-Hant",
        "我個女食你哋餅店嘅麵包咬到一粒玻璃，嘴唇割損咗流咗血，而家已經止咗血。",
        "您女兒現在怎麼樣",
        ["有沒有受傷", "用力按住傷口止血"],
    ),
]


@pytest.mark.parametrize(("lang", "complaint", "ask", "never"), CUT, ids=[c[0] for c in CUT])
def test_a_cut_told_beside_glass_found_is_asked_after_as_hurt(
    lang: str, complaint: str, ask: str, never: list[str]
) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.escalate and ask in d.sections.listen, (lang, d.text)
    for piece in never:
        assert piece not in d.text, (lang, piece, d.text)


# ---------------------------------------------------------------- 佢 for a mother

PRONOUN = [
    ("我阿媽喺你哋商場扶手電梯跌低咗，佢話膝頭好痛。", "她說", "他說"),
    ("我老婆喺你哋診所等咗三個鐘，佢話冇人理。", "她說", "他說"),
    ("我個仔喺你哋泳池跌親，佢話隻腳好痛。", "他說", "她說"),
]


@pytest.mark.parametrize(("complaint", "said", "never"), PRONOUN)
def test_cantonese_he_or_she_follows_who_is_named(complaint: str, said: str, never: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert said in d.text and never not in d.text, d.text


# ---------------------------------------------------------------- a charger plugged into a sparking socket

PLUGGED = [
    ("en", "The wall socket in my hotel room is sparking whenever I plug in my charger.", "fuse box", "unplug it"),
    (
        "en",
        "The socket by the desk in your office sparked and went bang when I plugged my adapter into it.",
        "fuse box",
        "unplug it",
    ),
    ("zh-Hans", "你们公寓房间墙上的插座，一插上充电器就冒火花，还有焦味。", "总电源", "拔掉"),
    ("zh-Hant", "你哋酒店房間牆上個插蘇，一插咗我個充電器就出火花，仲有燶味。", "總電源", "拔掉"),
]


@pytest.mark.parametrize(
    ("lang", "complaint", "step", "never"), PLUGGED, ids=[f"{c[0]}-{i}" for i, c in enumerate(PLUGGED)]
)
def test_a_sparking_wall_socket_is_switched_off_at_the_mains_not_unplugged(
    lang: str, complaint: str, step: str, never: str
) -> None:
    analysis = analyse(read_complaint(complaint))
    assert analysis.safety is not None and analysis.safety.fixed, (lang, analysis.safety)
    d = drafter.draft(complaint, channel="im")
    assert step in d.sections.listen and never not in d.text, (lang, d.text)


# A charger or an adapter that itself sparked stays a product to stop using and unplug.
@pytest.mark.parametrize(
    "complaint",
    [
        "My phone charger from your shop sparked and smoked when I plugged it into the wall.",
        "你们卖的充电器插在墙上插座就冒火花，还有焦味。",
        "The plug-in air freshener you sold me sparked and smoked.",
    ],
)
def test_a_sparking_charger_is_still_the_thing_at_fault(complaint: str) -> None:
    analysis = analyse(read_complaint(complaint))
    assert analysis.safety is not None and not analysis.safety.fixed, analysis.safety


@pytest.mark.parametrize(
    "complaint",
    [
        "Your barista's hot tea splashed all over my laptop bag and ruined it.",
        "你们店员把热水泼到我的外套上，请赔偿干洗费。",
        "你哋侍應將熱湯倒瀉喺我件外套度，要賠乾洗費。",
    ],
)
def test_hot_soup_on_a_coat_is_no_scald(complaint: str) -> None:
    analysis = analyse(read_complaint(complaint))
    assert analysis.safety is None or "burn" not in analysis.safety.hazards, analysis.safety
