"""Session 10 safety and harm readings: who is harmed and where the hazard is.

Each row is made-up text in en, zh-Hans or zh-Hant. The harmed person is the writer unless the
text says otherwise (a wife named only as staying elsewhere is not the one with the headache);
a desk named as where something was done before is not where the customer stands now."""

from __future__ import annotations

import pytest

from drafter.intake import analyse, read_complaint
from drafter.models import Analysis


def _read(text: str, language: str, channel: str = "im") -> Analysis:
    return analyse(read_complaint(text, channel=channel, language=language))


# --------------------------------------------------------------------------- who is harmed

WRITER_HARMED = [
    (
        "en",
        "The boiler you serviced on Monday smells of fumes. My husband took the kids to his mother's. "
        "I have a headache and feel dizzy.",
    ),
    (
        "en",
        "I told your waiter I can't eat sesame. My friend ordered for me and within minutes my lips swelled "
        "and I had to use my EpiPen.",
    ),
    ("zh-Hans", "你们的热水器昨天装好后一直有煤气味，我老公带孩子回娘家了，我现在头很晕，还想吐。"),
    ("zh-Hant", "你哋師傅裝完熱水爐之後成屋都係煤氣味，我老婆帶咗個女返外家，我而家頭好暈。"),
]


@pytest.mark.parametrize(("language", "text"), WRITER_HARMED)
def test_the_writer_is_the_one_harmed(language: str, text: str) -> None:
    a = _read(text, language, channel="email")
    assert a.safety is not None
    assert a.safety.who is None, a.safety.who


OTHER_HARMED = [
    ("en", "My daughter ate your cake at the party and she was vomiting all night.", "daughter"),
    ("en", "I was in aisle 4 when a box fell off the shelf onto my son and he cut his head.", "son"),
    ("zh-Hans", "我女儿吃了你们的蛋糕，半夜一直呕吐，我很担心。", "女儿"),
    ("en", "My daughter ate the cake from my order and was sick all night.", "daughter"),
    ("zh-Hans", "我女儿吃了我订的蛋糕，半夜一直呕吐。", "女儿"),
    ("zh-Hant", "我阿媽食咗我叫嘅外賣，成晚嘔吐。", "母"),
    ("zh-Hant", "我個仔喺你哋餐廳走廊跌低，佢撞到頭流咗血。", "兒子"),
]


@pytest.mark.parametrize(("language", "text", "whom"), OTHER_HARMED)
def test_a_family_member_harmed_is_asked_after(language: str, text: str, whom: str) -> None:
    a = _read(text, language, channel="email")
    assert a.safety is not None
    assert a.safety.who is not None and whom in a.safety.who


# --------------------------------------------------------------------------- where the customer is

DESK_IN_THE_PAST = [
    ("en", "cancelled my membership at front desk in jan and still got charged $40 this month, refund it"),
    ("en", "I paid the deposit at the reception desk last week and it was charged twice"),
    ("zh-Hans", "上个月在前台办了退卡，这个月还是扣了我200元，请退款"),
    ("zh-Hant", "上個月喺前台辦咗退會，今個月仲扣咗我500蚊，要退返"),
]


@pytest.mark.parametrize(("language", "text"), DESK_IN_THE_PAST)
def test_a_desk_where_something_was_done_before_is_not_where_they_are(language: str, text: str) -> None:
    a = _read(text, language)
    assert a.situation.place is None


DESK_NOW = [
    ("en", "I'm standing at the front desk right now and nobody will help me with my booking"),
    ("zh-Hans", "我现在在前台等了半小时，没人理我"),
    ("zh-Hant", "我而家喺前台等咗半個鐘，冇人理我"),
]


@pytest.mark.parametrize(("language", "text"), DESK_NOW)
def test_a_desk_they_stand_at_now_is_kept(language: str, text: str) -> None:
    a = _read(text, language)
    assert a.situation.place is not None
    assert a.situation.now


# --------------------------------------------------------------------------- a piece found mid-meal

FOUND_EATING = [
    ("en", "Halfway through my smoothie I found a sliver of rubber in the smoothie. Refund me."),
    ("zh-Hans", "在你们店买的酸奶喝到一半看到一片硬硬的东西，幸好没吞下去，要退款并查清楚。"),
    ("zh-Hant", "喺你哋分店買嘅凍檸茶飲到一半見到塊膠片，好彩冇吞落肚，退錢之餘要查清楚係咩嚟。"),
]


@pytest.mark.parametrize(("language", "text"), FOUND_EATING)
def test_a_piece_found_while_eating_is_escalated(language: str, text: str) -> None:
    a = _read(text, language)
    assert a.escalate
    assert "foreign_object" in a.reasons


FOOD_PIECE = [
    ("zh-Hans", "外卖吃到一半发现一块肉没熟，很失望，要求退款。"),
    ("zh-Hant", "食到一半發現塊雞肉冇熟，好失望，要退錢。"),
]


@pytest.mark.parametrize(("language", "text"), FOOD_PIECE)
def test_a_piece_of_the_food_itself_is_no_foreign_object(language: str, text: str) -> None:
    a = _read(text, language)
    assert "foreign_object" not in a.reasons


# --------------------------------------------------------------------------- where the thing is


def _draft(text: str, channel: str = "email") -> str:
    import drafter

    return str(drafter.draft(text, channel=channel, backend="template").text)


_CORDONED = ("cordoned off", "closed off", "围起来", "圍起來", "总电源", "總電源", "电表箱", "電錶箱")

PRODUCT_AT_HOME = [
    (
        "en",
        "I ordered a wooden toy kitchen for my daughter and it has a sharp, unfinished edge; "
        "she cut her finger on it yesterday. I want a refund.",
    ),
    (
        "zh-Hans",
        "我在你们网店买的电暖器（订单号 88123456），今天用的时候机身冒烟，有烧焦味，"
        "我马上拔了插头，外壳烫得不能碰。请退款。",
    ),
    (
        "zh-Hant",
        "我喺你哋網店買嘅暖爐（訂單號 88123456），今日用嘅時候機身冒煙，有燒焦味，"
        "我即刻拔咗插頭，外殼熱到唔敢掂。請退款。",
    ),
]


@pytest.mark.parametrize(("language", "text"), PRODUCT_AT_HOME)
def test_a_product_at_home_is_not_cordoned_off_by_us(language: str, text: str) -> None:
    a = _read(text, language, channel="email")
    assert a.safety is not None
    assert not a.safety.fixed
    reply = _draft(text)
    assert not any(w in reply for w in _CORDONED), reply


OURS_TO_WITHDRAW = [
    (
        "en",
        "The rowing machine at your Hartley Street gym snapped its handle mid-stroke and I cut my hand badly. "
        "I want an explanation.",
        ("out of service", "out of use"),
    ),
    (
        "zh-Hans",
        "你们万达店五号跑步机突然自己加速，我直接摔下来，膝盖流血了，现在在医院。",
        ("停止使用", "暂停使用", "停用"),
    ),
    (
        "zh-Hant",
        "你哋旺角店三號跑步機突然自己加速，我跌咗落嚟，膝頭流血，而家喺急症室。",
        ("停止使用", "暫停使用", "停用"),
    ),
]


@pytest.mark.parametrize(("language", "text", "words"), OURS_TO_WITHDRAW)
def test_a_machine_of_ours_that_hurt_someone_is_taken_out_of_use(
    language: str, text: str, words: tuple[str, ...]
) -> None:
    reply = _draft(text, channel="im")
    assert any(w in reply for w in words), reply


WET_FLOOR_FALL = [
    ("en", "My son slipped in the corridor of your Mong Kok branch; the floor was wet and there was no warning sign."),
    ("zh-Hans", "我儿子在你们分店走廊滑倒了，地上很湿，也没有放警示牌。"),
    ("zh-Hant", "我個仔喺你哋分店走廊跌低，地下好濕又冇放警告牌，佢撞到頭。"),
]


@pytest.mark.parametrize(("language", "text"), WET_FLOOR_FALL)
def test_a_fall_on_a_wet_floor_reads_the_floor_as_the_hazard(language: str, text: str) -> None:
    a = _read(text, language, channel="email")
    assert a.safety is not None
    assert a.safety.spill


FAMILY_THERE_ONE_HURT = [
    (
        "en",
        "My whole family had dinner at your branch on Friday. My son slipped and cut his head open.",
        "son",
    ),
    ("zh-Hans", "上周六我们一家在你们分店吃饭，我儿子去洗手间的时候摔倒了，撞到头流了血。", "儿子"),
    ("zh-Hant", "上星期六我哋一家喺你哋分店食飯，我個仔去洗手間嗰陣跌低，佢撞到頭流咗血。", "兒子"),
]


@pytest.mark.parametrize(("language", "text", "whom"), FAMILY_THERE_ONE_HURT)
def test_the_family_was_there_and_one_of_them_was_hurt(language: str, text: str, whom: str) -> None:
    a = _read(text, language, channel="email")
    assert a.safety is not None
    assert a.safety.who is not None and whom in a.safety.who and "family" not in a.safety.who, a.safety.who
    assert "家人" not in a.safety.who


BOTH_HARMED = [
    ("en", "My wife and I both got food poisoning after your set menu; we were vomiting all night."),
    ("zh-Hans", "我和我老婆吃完你们的凉菜，当晚都开始上吐下泻。"),
    ("zh-Hant", "我同我老婆食完你哋啲涼菜，當晚都開始上吐下瀉。"),
]


@pytest.mark.parametrize(("language", "text"), BOTH_HARMED)
def test_the_writer_and_another_harmed_are_both_asked_after(language: str, text: str) -> None:
    a = _read(text, language, channel="email")
    assert a.safety is not None
    assert a.safety.who is not None
