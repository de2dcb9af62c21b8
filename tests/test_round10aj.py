"""Round 10aj: safety handling after someone was hurt (issue 10).

Each class across the three languages and several kinds of business: glass from a pane that
shattered is still that glass when a later sentence says it is left on the floor (no "keep the
foreign object and its packaging"); what hurt someone and is still there is cordoned off and made
safe today; a customer who already said who is hurt (a bleeding mouth, a burned husband) is asked
after that person, not "was anyone hurt?", and first aid is addressed to them."""

from __future__ import annotations

import pytest

import drafter
from drafter.intake import analyse, read_complaint

# ---------------------------------------------------------------- glass left where a pane shattered

SHATTERED_THEN_LEFT = [
    (
        "en",
        "At your Eastgate store the glass door of the fridge shattered when I opened it and cut my wrist badly. "
        "A colleague gave me a paper towel. Staff did nothing. There is still glass all over the aisle.",
    ),
    (
        "zh-Hans",
        "昨天在你们中山路分店，我推开淋浴间的玻璃门，玻璃突然爆了，我小腿被割伤，流了很多血。店员只递了一张纸巾。"
        "现在地上还有很多碎玻璃。请负责我的医药费。",
    ),
    (
        "zh-Hant",
        "今朝喺你哋沙田分店，我拉開個玻璃櫃門，塊玻璃突然爆咗，我隻手割傷咗，流咗好多血。職員淨係畀咗張紙巾我。"
        "而家地下仲有好多碎玻璃。請負責我嘅醫藥費。",
    ),
]


@pytest.mark.parametrize(("language", "text"), SHATTERED_THEN_LEFT)
def test_glass_left_after_a_pane_shattered_is_no_foreign_object(language: str, text: str) -> None:
    a = analyse(read_complaint(text, channel="email"))
    assert a.safety is not None and "object" not in a.safety.hazards and a.safety.broken_glass
    d = drafter.draft(text, channel="email")
    assert d.language == language
    assert "packaging" not in d.text and "包装" not in d.text and "包裝" not in d.text, d.text


CLEARED_TODAY = [
    ("en", "cordoned off straight away and cleared today"),
    ("zh-Hans", "围起来，今天之内清理干净"),
    ("zh-Hant", "圍起來，今天之內清理乾淨"),
]


@pytest.mark.parametrize(("case", "promise"), list(zip(SHATTERED_THEN_LEFT, CLEARED_TODAY, strict=True)))
def test_broken_glass_left_at_our_premises_is_cleared_today(case: tuple[str, str], promise: tuple[str, str]) -> None:
    d = drafter.draft(case[1], channel="email")
    assert promise[1] in d.text, d.text


# ---------------------------------------------------------------- what hurt someone is still there

HURT_AND_STILL_THERE = [
    (
        "en",
        "The third step on the back stairs of your hotel is cracked. My father tripped on it this morning and "
        "sprained his ankle. Nobody has done anything about the step yet.",
        "cordoned off straight away",
    ),
    (
        "zh-Hans",
        "你们商场二楼扶梯口那块地砖是裂的\n我爸刚才绊了一下摔了，膝盖肿起来了\n到现在都没人管",
        "马上把那里围起来",
    ),
    ("zh-Hant", "你哋會所泳池邊塊地磚裂咗\n我老公啱啱跌親，膝頭腫晒\n到而家都冇人理", "馬上把那裡圍起來"),
]


@pytest.mark.parametrize(("language", "text", "promise"), HURT_AND_STILL_THERE)
def test_a_faulty_thing_that_hurt_someone_is_made_safe_today(language: str, text: str, promise: str) -> None:
    a = analyse(read_complaint(text, channel="im"))
    assert a.safety is not None and "defect" in a.safety.hazards
    d = drafter.draft(text, channel="im")
    assert d.language == language
    assert promise in d.text, d.text


# ---------------------------------------------------------------- asked after the one already hurt

HURT_BY_WHAT_WAS_FOUND = [
    ("en", "There was a shard of glass in my smoothie from your kiosk and my lip is cut and bleeding.", "anyone hurt"),
    ("zh-Hans", "在你们店买的酸奶里有一块碎玻璃\n嘴唇割损了 还在出血", "有没有人受伤"),
    ("zh-Hant", "喺你哋間舖買嘅凍檸茶有粒玻璃碎\n割損咗個脷 出緊血", "有沒有人受傷"),
]


@pytest.mark.parametrize(("language", "text", "question"), HURT_BY_WHAT_WAS_FOUND)
def test_someone_already_bleeding_is_not_asked_whether_anyone_was_hurt(language: str, text: str, question: str) -> None:
    a = analyse(read_complaint(text, channel="im"))
    assert a.safety is not None and a.safety.hazards[0] == "injury" and "object" in a.safety.hazards
    d = drafter.draft(text, channel="im")
    assert d.language == language
    assert question not in d.text.lower(), d.text


HUSBAND_BURNED = [
    (
        "en",
        "The kettle I bought from your shop leaked boiling water when my husband lifted it and burned his hand.",
        "your husband",
    ),
    ("zh-Hans", "在你们网店买的电热水壶漏水，我先生拿起来的时候手被烫红了，起了水泡。", "您先生"),
    ("zh-Hant", "喺你哋網店買嘅電熱水壺漏水，我先生拎起嗰陣隻手被燙紅咗，起咗水泡。", "您先生"),
]


@pytest.mark.parametrize(("language", "text", "who"), HUSBAND_BURNED)
def test_first_aid_goes_to_the_one_burned(language: str, text: str, who: str) -> None:
    a = analyse(read_complaint(text, channel="email"))
    assert a.safety is not None and a.safety.who == who
    d = drafter.draft(text, channel="email")
    assert d.language == language
    assert "为您冲洗" not in d.text and "為您沖洗" not in d.text, d.text


# ---------------------------------------------------------------- a card used by someone else

CARD_MISUSED = [
    (
        "en",
        "Someone used my debit card at a petrol station in Leeds last night for £340. I never made this payment "
        "and the card is still in my wallet. Reverse it now.",
        "freez",
    ),
    (
        "en",
        "There are three unauthorised transactions on my account from an online casino, please sort it out.",
        "freez",
    ),
    ("zh-Hans", "我的信用卡昨晚被盗刷了三笔，一共5200元，卡一直在我手上，请马上处理。", "冻结这张卡"),
    ("zh-Hans", "你们APP显示我的绑定卡今早在外地消费了两千块，不是我本人刷的，赶紧处理。", "冻结这张卡"),
    ("zh-Hant", "我張扣賬卡尋晚喺網上俾人碌咗三千蚊，唔係我簽嘅，張卡仲喺我手上，即刻幫我處理。", "凍結這張卡"),
]


@pytest.mark.parametrize(("language", "text", "step"), CARD_MISUSED)
def test_a_card_used_by_someone_else_is_stopped_first(language: str, text: str, step: str) -> None:
    d = drafter.draft(text, channel="im")
    assert d.language == language
    assert step in d.text, d.text
    assert d.text.index(step) < len(d.text) // 2, d.text  # first, not after the callback


CARD_NOT_MISUSED = [
    ("en", "Your shop charged my card twice for the same jacket. Please refund the second charge."),
    ("zh-Hans", "你们店把我的卡扣了两次款，同一件外套，请把多扣的退给我。"),
    ("zh-Hant", "你哋間舖碌咗我張卡兩次，同一件外套，請退返多收嘅錢。"),
]


@pytest.mark.parametrize(("language", "text"), CARD_NOT_MISUSED)
def test_a_double_charge_is_no_card_misuse(language: str, text: str) -> None:
    d = drafter.draft(text, channel="im")
    assert d.language == language
    assert "freez" not in d.text and "冻结" not in d.text and "凍結" not in d.text, d.text


# ---------------------------------------------------------------- a child left alone after dark

CHILD_LEFT_ALONE = [
    (
        "en",
        "Your after-school club let my 7-year-old out early on Tuesday and she waited alone at the gate until "
        "it was dark. Please explain what happened.",
        "Is your child safe now?",
    ),
    ("zh-Hans", "你们培训班周五提前下课，我儿子一个人在门口等到天黑，也没有老师陪着。请给个说法。", "孩子现在都平安吗"),
    ("zh-Hant", "你哋補習社琴日冇人通知我改咗時間，我個仔自己一個喺門口等到天黑，冇老師陪。", "孩子現在都平安嗎"),
]


@pytest.mark.parametrize(("language", "text", "question"), CHILD_LEFT_ALONE)
def test_a_child_left_alone_after_dark_is_asked_after_first(language: str, text: str, question: str) -> None:
    d = drafter.draft(text, channel="email")
    assert d.language == language
    assert question in d.text, d.text


CHILD_NOT_ALONE = [
    ("en", "The school bus was 40 minutes late this evening; I waited with my son at the stop until it was dark."),
    ("zh-Hans", "今晚校车晚到了四十分钟，我陪儿子在车站一直等到天黑。"),
    ("zh-Hant", "今晚校巴遲咗四十分鐘，我陪住個仔喺車站等到天黑。"),
    ("en", "I took my kids out alone for dinner last night and the waiter was rude to us."),
    ("zh-Hans", "昨晚我一个人带孩子去你们餐厅吃饭，服务员态度很差。"),
    ("zh-Hant", "琴晚我一個人帶個仔去你哋餐廳食飯，啲侍應態度好差。"),
]


@pytest.mark.parametrize(("language", "text"), CHILD_NOT_ALONE)
def test_a_child_waiting_with_a_parent_is_not_asked_after(language: str, text: str) -> None:
    d = drafter.draft(text, channel="email")
    assert d.language == language
    assert "safe now" not in d.text and "平安" not in d.text, d.text
