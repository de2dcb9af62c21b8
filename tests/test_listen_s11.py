"""Session 11: Listen and Apologize say nothing garbled, parroted, invented or incomplete.

Table-driven, on complaints made up for the purpose (en, zh-Hans, zh-Hant): a request said back
whole ("can you process" never "can us process"), what rides on a request or leads a threat never
said back as a fact, the customer's stance never put in our voice, a number not asked to be rung
never "the number we will use to reach you", the customer's own words kept through the Taiwan
phrase table, no item made of a courtesy or a cut-off noun, an apology only for what they said.
"""

from __future__ import annotations

import pytest

import drafter
from drafter.backends.template_listen import _item_said
from drafter.guard.normalize import fold
from drafter.intake.prefs import reach_me
from drafter.intake.restate import _en_topic, restate, written_zh
from drafter.reply import localize


def _story(text: str, language: str, channel: str = "email") -> str:
    return " ".join(restate(text, language, channel).story)


def _draft(text: str, channel: str = "email") -> str:
    return drafter.draft(text, channel=channel, backend="template").text


# --------------------------------------------------------------------------- requests said whole


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("My lamp arrived broken.\n\nPlease can you refund the £12 for it.", "refund"),
        ("The charger I bought stopped working after a day.\n\nPlease could you send a new charger.", "send"),
        ("I was billed twice this month.\n\nKindly would you cancel the second payment.", "cancel"),
    ],
)
def test_please_can_you_is_the_request_after_it(text: str, verb: str) -> None:
    asks = restate(text, "en", "email").asks
    assert asks and asks[0].text.startswith(verb), asks


@pytest.mark.parametrize(
    "text",
    [
        "My claim has had no decision in two months.\n\nI want a decision by the end of the month. "
        "If I don't have one by then I'll go to the ombudsman.",
        "The repair was never booked.\n\nI need a date this week. If I don't get it by then I will cancel.",
    ],
)
def test_a_condition_pointing_back_adds_no_fragment(text: str) -> None:
    asks = [a.text for a in restate(text, "en", "email").asks]
    assert not any(a.startswith(("you'd like one", "you'd like it")) for a in asks), asks
    assert "You'd like one by" not in _draft(text)


# --------------------------------------------------------------------------- not parroted


@pytest.mark.parametrize(
    ("text", "language", "left_out", "kept"),
    [
        (
            "您好：\n\n上周买的台灯送到时灯罩碎了。\n请退还这80元，发票我可以补寄。\n\n王芳",
            "zh-Hans",
            "发票",
            "灯罩碎了",
        ),
        (
            "您好：\n\n上週買的檯燈送到時燈罩碎了。\n希望貴店能退款NT$500，照片附在信件中。\n\n陳美華",
            "zh-Hant",
            "照片",
            "燈罩碎了",
        ),
        # a fact after the request still tells of the case: kept
        (
            "您好：\n\n台灯送到时灯罩碎了。\n请退还这80元，我已经等了两个星期了。\n\n李明",
            "zh-Hans",
            "退还",
            "等了两个星期",
        ),
    ],
)
def test_what_rides_on_a_request_is_not_a_fact(text: str, language: str, left_out: str, kept: str) -> None:
    story = _story(text, language)
    assert left_out not in story
    assert kept in story


@pytest.mark.parametrize(
    ("text", "language", "left_out", "kept"),
    [
        (
            "我的宽带被你们私自升级了 每个月多扣30元\n退还多扣的90元 恢复原来的套餐 再不处理我就去投诉",
            "zh-Hans",
            "退还",
            "多扣30元",
        ),
        ("我嘅月費無啦啦加咗50蚊\n退返多收嘅錢 再唔處理我就去消委會投訴", "zh-Hant", "退", "50"),
        # facts before a threat are facts: kept
        ("扣了我两次钱 客服也不回 再不处理我就去投诉", "zh-Hans", "投诉", "扣了"),
    ],
)
def test_the_demand_before_a_threat_is_not_a_fact(text: str, language: str, left_out: str, kept: str) -> None:
    story = _story(text, language, "im")
    assert left_out not in story
    assert kept in story


@pytest.mark.parametrize(
    ("text", "language", "stance"),
    [
        ("今晚在你们店吃饭，菜等了一个小时才上，服务员还很不耐烦。下次不会再来了。", "zh-Hans", "不会再来"),
        ("今晚喺你哋分店食飯 等咗成個鐘先上菜\n下次唔會再嚟", "zh-Hant", "再來"),
        ("我报的课说好10人小班，结果来了30个人。我不是要为难你们，只是和宣传不符。", "zh-Hans", "为难"),
    ],
)
def test_their_stance_is_not_said_in_our_voice(text: str, language: str, stance: str) -> None:
    channel = "im" if "\n" in text else "email"
    assert stance not in _story(text, language, channel)
    assert "您不是要" not in _draft(text, channel) and "您不是要".replace("们", "們") not in _draft(text, channel)


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        (
            "你好，\n\n我的航班延误了5个小时。\n因为延误我错过了转机，只能自费住了一晚，花了400元。\n请报销住宿费。\n\n张伟",
            "zh-Hans",
            "错过了转机",
        ),
        (
            "你好，\n\n我的航班延誤了5個小時。\n因為延誤我錯過了轉機，只能自費住了一晚。\n請報銷住宿費。\n\n張偉",
            "zh-Hant",
            "錯過了轉機",
        ),
    ],
)
def test_what_a_cause_led_to_is_restated(text: str, language: str, kept: str) -> None:
    assert kept in _story(text, language)


# --------------------------------------------------------------------------- a number to ring


@pytest.mark.parametrize(
    ("text", "reach"),
    [
        ("please call me on 07700 900 123", True),
        ("you can reach me at 555-0101", True),
        ("number is 07700 900 123 pls fix the bill", False),
        ("no calls please, my number is 07700 900 123", False),
        ("请联系我 13800001111", True),
        ("我的手机号13800001111被扣了钱", False),
        ("打返俾我 9123 4567", True),
        ("門號0912-111-222升級方案", False),
        ("有事可以联系我们", False),
    ],
)
def test_reach_me(text: str, reach: bool) -> None:
    assert reach_me(fold(text)) is reach


@pytest.mark.parametrize(
    ("text", "channel", "promised"),
    [
        (
            "roaming last week, the text said £5/day but my bill shows £60\nnumber is 07700 900 123\npls fix the bill",
            "im",
            False,
        ),
        ("Hello,\n\nMy bill shows £60 of roaming I never used. Please call me on 07700 900 123.\n\nAnn", "email", True),
        ("您好：\n\n我的門號0912-111-222上個月被多收了NT$400。\n請退還多收的費用。\n\n林先生", "email", False),
        ("您好：\n\n我的宽带上个月被多收了200元。\n请退还，有事请联系我13800001111。\n\n王先生", "email", True),
    ],
)
def test_a_number_is_how_we_reach_them_only_when_they_ask(text: str, channel: str, promised: bool) -> None:
    reply = _draft(text, channel)
    said = any(p in reply for p in ("to reach you", "与您联系", "與您聯絡", "與您聯繫"))
    assert said is promised, reply


def test_a_masked_phone_in_a_signature_is_no_case_number() -> None:
    text = "您好：\n\n昨天在貴公司門市買的牛奶已經過期了，兒子喝了拉肚子。\n請負擔醫藥費。\n\n林志明\n0912-xxx-xxx"
    reply = _draft(text)
    assert "編號0912" not in reply


# --------------------------------------------------------------------------- Traditional as they wrote it


@pytest.mark.parametrize(
    ("text", "said", "kept", "converted"),
    [
        ("您的托运行李没有一起到，软件也坏了。", "我的托運行李沒有一起到", "托運行李", "軟體"),
        ("售票窗口的系统当机，到现在都没有消息。", "售票窗口的系統當機，都沒有消息", "窗口", "消息"),
        ("打开盒子只有耳机。", "打開盒子只有耳機", "打開", "耳機"),
    ],
)
def test_taiwan_phrasing_keeps_the_customers_words(text: str, said: str, kept: str, converted: str) -> None:
    out = localize(text, "tw", said)
    assert kept in out and converted in out
    assert "托執" not in out and "打打" not in out and "視窗口" not in out


# --------------------------------------------------------------------------- no garbled item or fact


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("谢谢", False),
        ("謝謝", False),
        ("the resident parking permit six", False),
        ("顺便关掉", False),
        ("the blender", True),
        ("空气炸锅", True),
    ],
)
def test_no_item_of_a_courtesy_or_a_cut_noun(item: str, kept: bool) -> None:
    assert (_item_said(item) is not None) is kept


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "the gym bag you bought at our front desk last week, the zip broke on day 2",
            "the zip of the gym bag you bought at our front desk last week broke on day 2",
        ),
        ("the laptop you sold me, it stopped charging", "the laptop you sold me stopped charging"),
        ("the driver we booked, the driver was rude", "the driver we booked was rude"),
        ("the delivery arrived late, the box was crushed", "the delivery arrived late, the box was crushed"),
    ],
)
def test_a_topic_and_its_comment_make_one_sentence(said: str, expected: str) -> None:
    assert _en_topic(said) == expected


@pytest.mark.parametrize(
    ("text", "channel", "absent"),
    [
        (
            "hey my card got charged twice, £20 x2\npls refund it. "
            "also the bag i bought has a torn strap lol not a huge deal",
            "im",
            "strap not a huge deal",
        ),
        (
            "opened a jar of your sauce last night and found plastic in it. didnt eat it thank god\nwant a refund",
            "im",
            "thank god",
        ),
        ("您好：\n\n请晚上6点以后打我电话13800001111。昨天买的电饭煲坏了，花了300元。\n\n王先生", "email", "6点的情况"),
        ("昨晚看电影 3D眼镜很脏 空调冷得要命 冻死我了 票价45一张 两张", "im", "您提到的两张"),
        ("昨晚睇戲 3D眼鏡好污糟 冷氣凍死我了 兩張戲飛", "im", "凍死您"),
        ("提现¥1,000扣了¥10手续费 不是说免费吗\n把手续费退了谢谢", "im", "关于谢谢"),
    ],
)
def test_nothing_garbled_in_listen(text: str, channel: str, absent: str) -> None:
    assert absent not in _draft(text, channel)


def test_spoken_works_again_is_not_only_left() -> None:
    text = "管理處：\n\n我哋座大廈部升降機維修咗兩個星期都未用得返，屋企有老人家好辛苦。\n請盡快修好。\n\n陳生"
    reply = _draft(text)
    assert "只剩" not in reply


# --------------------------------------------------------------------------- an apology for what they said


@pytest.mark.parametrize(
    ("text", "channel", "invented"),
    [
        ("今晚在你们分店吃饭，一个菜等了一个小时才上，员工还黑着脸。", "im", "时间这么紧"),
        ("今晚喺你哋分店食飯 等咗成個鐘先上菜 員工仲黑晒面", "im", "時間這麼緊"),
        ("昨天师傅来修空调 结果今天内机一直滴水 地板都泡了\n赶紧再派人来", "im", "时间这么紧"),
        (
            "您好：\n\n我上个月提交了申请，说好十个工作日办好，现在一个月了还没有消息，打咨询电话也总是占线。\n请告知进度。\n\n周先生",
            "email",
            "又一次发生",
        ),
        (
            "您好：\n\n我上個月提交了申請，說好十個工作天辦好，現在一個月了還沒有消息，打電話也總是占線。\n請告知進度。\n\n周先生",
            "email",
            "又一次發生",
        ),
    ],
)
def test_no_invented_deadline_or_repeat(text: str, channel: str, invented: str) -> None:
    assert invented not in _draft(text, channel)


@pytest.mark.parametrize(
    ("text", "channel", "said"),
    [
        ("明天就要用这台电脑考试了，今天送来的却开不了机。请今天换一台。", "im", "时间这么紧"),
        ("这是这个月第三次停水了，又停了一整天。", "im", "又一次发生"),
    ],
)
def test_a_deadline_or_repeat_they_tell_is_still_apologised_for(text: str, channel: str, said: str) -> None:
    assert said in _draft(text, channel)


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("今朝8點嗰班15號巴士飛咗我個站 喺彌敦道嗰個\n搞到我遲到", "zh-Hant", "在彌敦道的站"),
        ("今天早上8点那班15路公交车跳过了我的站，在中山路那个。\n害我迟到了。", "zh-Hans", "在中山路的站"),
    ],
)
def test_where_said_as_an_afterthought_places_the_thing(text: str, language: str, said: str) -> None:
    story = _story(text, language, "im")
    assert said in story, story
    assert "那個" not in story and "那个" not in story


@pytest.mark.parametrize(
    ("text", "want", "unwanted"),
    [
        ("巴士飛咗我個站", "我的站", "我個站"),
        ("我部門同事話唔得", "部門", "的門"),
    ],
)
def test_my_stop_is_written_out(text: str, want: str, unwanted: str) -> None:
    out = written_zh(text, traditional=True, cantonese=True)
    assert want in out and unwanted not in out, out
