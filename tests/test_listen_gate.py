"""Listen restates the customer's problem in whole sentences of ours, or not at all: a clause
typed without its subject gets the customer as subject only when the verb is theirs; a figure
keeps what it counts; a bracket is never left half open; a reference glued onto a sentence, a
caller's self-introduction, an insult or the customer's age are not said back; what went wrong
outlives the budget. Complaints and sentences written for these tests, across several kinds of
business."""

from __future__ import annotations

import pytest

import drafter
from drafter.backends.template_listen import flaw, select
from drafter.intake.restate import balanced, restate
from drafter.models import Complaint
from drafter.wording import Wording


def _story(text: str, language: str, channel: str = "im") -> str:
    return " / ".join(restate(text, language, channel).story)


def _words(language: str, channel: str = "email") -> Wording:
    return Wording(Complaint(text="x", channel=channel, language=language), None)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- who did it

SUBJECT_CASES = [
    # (language, complaint, in the story, never in the story)
    ("zh-Hans", "刚在你们解放路营业厅办的宽带\n三天了还没人来装", "您刚在我们解放路营业厅办的宽带", None),
    ("zh-Hans", "点的麻辣香锅 少了一份米饭\n订单尾号 3391", "您点的麻辣香锅", None),
    ("zh-Hans", "明天要出差\n补办的身份证还没好", "您明天要出差", None),
    ("zh-Hant", "昨天在你們信義分行的ATM存錢 機器把錢吞了\n卡號末四碼 5512", "您昨天在我們信義分行的ATM存錢", None),
    ("zh-Hant", "用你們的app繳了電費 帳戶還是顯示欠費", "您用我們的app繳了電費", None),
    ("zh-Hant", "今天早上搭你們的接駁車 司機沒有停站", "您今天早上搭我們的接駁車", None),
    # not the customer's doing: no 您 put in front
    ("zh-Hans", "今天早上又停电了 冰箱里的东西都化了", "今天早上又停电了", "您今天早上又停电"),
    ("zh-Hant", "沒打電話就直接把包裹放在門口了", None, "您沒打電話"),
    # a 我 already said before the date is said once ("您9月3日用…", not "您 9月3日，您用…")
    ("zh-Hant", "我 9月3日 用貴公司的 App 轉帳 NT$200，畫面顯示失敗，帳戶還是被扣款了。", "您9月3日用我們公司", "您，"),
    ("en", "still got charged $12 late fee though I paid on the 2nd", "you were still charged a $12 late fee", None),
    ("en", "booking 7781\nroom not cleaned yesterday\nno towels either", "the room was not cleaned yesterday", None),
    ("en", "bins not collected on monday again", "bins were not collected", None),
    ("en", "order 55-812 arrived\nstill missing the charger", "the charger is still missing", "it's still missing"),
]


@pytest.mark.parametrize(("language", "complaint", "present", "absent"), SUBJECT_CASES)
def test_a_subjectless_clause_gets_its_subject_only_when_it_is_the_customer(
    language: str, complaint: str, present: str | None, absent: str | None
) -> None:
    said = _story(complaint, language)
    if present:
        assert present in said, said
    if absent:
        assert absent not in said, said


# --------------------------------------------------------------------------- pieces kept whole

WHOLE_CASES = [
    # a figure and what it counts stay one clause
    ("zh-Hant", "我在你們藥局領了藥，應該是 30 顆，回家數只有 15 顆。", "只有 15 顆"),
    ("zh-Hans", "我在你们超市订了 6 瓶矿泉水，送来只有 4 瓶。", "只有 4 瓶"),
    # a route typed with an arrow stays a route
    ("zh-Hant", "我搭乘3月2日的客運（台中→嘉義），原定 09:10 發車，結果晚了一小時。", "台中至嘉義"),
    ("zh-Hant", "我搭乘3月2日的客運（台中→嘉義），原定 09:10 發車，結果晚了一小時。", "09:10發車"),
    ("zh-Hans", "我订的机票（广州→成都）被改签了，没有任何通知。", "广州至成都"),
    ("en", "The 7:15 coach Bristol → Cardiff never turned up this morning.", "Bristol to Cardiff"),
    # our own business named by its trade is us, not 贵
    ("zh-Hant", "上週貴水電行來我家修熱水器，修完第二天就又壞了。", "我們水電行"),
    ("zh-Hant", "我在貴眼鏡行配的眼鏡，鏡片一週就刮花了。", "我們眼鏡行"),
    ("zh-Hans", "我在贵洗衣坊洗的羊毛大衣缩水了一大圈。", "我们洗衣坊"),
    ("zh-Hans", "贵家政公司派来的阿姨把地板划坏了。", "我们家政公司"),
    # rubbish nobody collected is a fact, not a rude word
    ("zh-Hans", "我们小区楼道的垃圾已经三天没人收了，味道很大。", "垃圾已经三天没人收了"),
    ("zh-Hant", "社區門口的垃圾已經一週沒人清，都是蒼蠅。", "垃圾已經一週沒人清"),
]


@pytest.mark.parametrize(("language", "complaint", "present"), WHOLE_CASES)
def test_a_fact_is_restated_whole(language: str, complaint: str, present: str) -> None:
    said = _story(complaint, language, "email")
    assert present in said, said


def test_a_word_for_expensive_is_not_us() -> None:
    said = _story("这家店太贵的东西我买不起，可是你们收了我两次钱。", "zh-Hans", "email")
    assert "太贵" in said and "我们" in said and "太我们" not in said, said


BRACKETS = [
    ("last night you opened a jar of jam (best before May, bought at our Elm Street store", "Elm Street store)"),
    ("We will look into this under your receipt 0045-2281)", "receipt 0045-2281"),
    ("您在我们超市（解放路店买的牛奶过期了", "（解放路店买的牛奶过期了）"),
    ("您的會員編號 WF-1102）", "您的會員編號 WF-1102"),
]


@pytest.mark.parametrize(("text", "fixed"), BRACKETS)
def test_a_bracket_is_never_left_half_open(text: str, fixed: str) -> None:
    out = balanced(text)
    assert out.count("(") == out.count(")") and out.count("（") == out.count("）"), out
    assert out.endswith(fixed) or fixed in out, out


# --------------------------------------------------------------------------- what is not said back

GATE = [
    # (language, sentence, why it stays out)
    ("zh-Hans", "您年纪大了不太会用手机银行，这让您很难受", "tactless"),
    ("zh-Hant", "您年紀大了看不清楚螢幕上的字", "tactless"),
    ("en", "you're not good with computers and the app confused you", "tactless"),
    ("zh-Hans", "您是三号楼的业主", "who"),
    ("zh-Hant", "您是本館的會員", "who"),
]


@pytest.mark.parametrize(("language", "sentence", "why"), GATE)
def test_the_gate_keeps_out_what_is_tactless_or_only_who_writes(language: str, sentence: str, why: str) -> None:
    assert flaw(_words(language), sentence) == why


SAID_AS_WHAT_IT_WAS = [
    # (language, sentence, what it becomes in part, never repeated)
    ("zh-Hans", "今天孩子哭着回家，说教练当着大家说他“笨得像猪”", "说了伤人的话", "笨"),
    ("zh-Hant", "店員當著其他客人說她「蠢到死」", "說了傷人的話", "蠢"),
    ("en", "The coach told your son he was 'stupid and slow' in front of the team", "made a hurtful remark", "stupid"),
    ("en", "you picked up your prescription today ref RX-44102", "you picked up your prescription today", "RX-44102"),
    ("en", "you rang our helpline at 8am ticket 55310 and nobody answered", "at 8am and nobody answered", "55310"),
]


@pytest.mark.parametrize(("language", "sentence", "becomes", "never"), SAID_AS_WHAT_IT_WAS)
def test_an_insult_or_a_glued_reference_is_not_said_back(
    language: str, sentence: str, becomes: str, never: str
) -> None:
    chosen = select(_words(language), [sentence], 3)
    said = " ".join(chosen)
    assert becomes in said, chosen
    assert never not in said, chosen


def test_a_governed_reference_stays_in_its_sentence() -> None:
    chosen = select(_words("en"), ["your homeowner's claim HO-2231 for the flood was refused last week"], 3)
    assert chosen and "claim HO-2231" in chosen[0], chosen


LEADS = [
    # (sentence, fit): a "when" clause with its main clause is a sentence; alone it is not
    ("When you collected your car on 3 May, the service fee of $80 was charged twice", True),
    ("When you collected your car on 3 May", False),
    ("After you moved house in June, your statements still went to the old address", True),
]


@pytest.mark.parametrize(("sentence", "fit"), LEADS)
def test_a_time_clause_needs_its_main_clause(sentence: str, fit: bool) -> None:
    assert (flaw(_words("en"), sentence) is None) is fit


# --------------------------------------------------------------------------- the core survives

CORE = [
    # (language, channel, complaint, what went wrong, never said)
    (
        "en",
        "im",
        "hi this is Dana at 4 Mill Lane flat 2\n"
        "there's a strong burning smell in the meter cupboard since this morning\n"
        "I rang your line at 8am ref PW-2231 and nobody came\nI rang again at 9:30 and 10:15 and got cut off twice\n"
        "it's worse now and my 3 kids are home with me\nwhat should I do",
        "burning smell",
        "this is Dana",
    ),
    (
        "en",
        "email",
        "Hello,\n\nI collected my glasses from your Park Road branch on 2 June (order 77-1902). On top of that, "
        "the $25 fitting fee was charged twice on my card. Please refund one.\n\nSam",
        "fitting fee was charged twice",
        "On top of that",
    ),
    (
        "zh-Hans",
        "email",
        "物业你好：\n\n我是阳光小区2栋804的业主。楼道里的垃圾已经连续五天没人清理，味道很大，我跟前台说过三次。\n\n王女士",
        "垃圾已经连续五天没人清理",
        "了解到您是",
    ),
    (
        "zh-Hant",
        "email",
        "您好：\n\n我3月8日到貴藥局領慢性病的藥，Metformin 應該是 60 顆，回家數只有 30 顆。"
        "藥袋上寫的也是 60 顆。\n\n林先生",
        "只有 30 顆",
        "也是 60。",
    ),
]


@pytest.mark.parametrize(("language", "channel", "complaint", "core", "never"), CORE)
def test_what_went_wrong_is_restated(language: str, channel: str, complaint: str, core: str, never: str) -> None:
    d = drafter.draft(complaint, channel=channel)
    assert core in d.sections.listen, d.sections.listen
    assert never not in d.sections.listen, d.sections.listen


# --------------------------------------------------------------------------- chat written out

CHAT_EN = [
    # (complaint, in the story)
    ("internet down AGAIN since 7am\nmodem just blinks orange", "the internet has been down again since 7am"),
    (
        "power out for 2 days now on our street\nfridge full of food",
        "the power has been out for 2 days now on your street",
    ),
    ("lift out since monday\nmy mum is 80 and lives on floor 9", "the lift has been out since Monday"),
]


@pytest.mark.parametrize(("complaint", "present"), CHAT_EN)
def test_a_service_typed_as_down_is_said_as_a_sentence(complaint: str, present: str) -> None:
    assert present in _story(complaint, "en"), _story(complaint, "en")


SENTENCES_EN = [
    # (sentence, what the reply says)
    ("you work from home, this is costing you money", "You work from home. This is costing you money"),
    ("you waited 40 mins at the desk and nobody came", "40 minutes"),
    ("the bus was 1 min early and left without you", "1 minute early"),
]


@pytest.mark.parametrize(("sentence", "said"), SENTENCES_EN)
def test_chat_shapes_are_written_out(sentence: str, said: str) -> None:
    chosen = select(_words("en", "im"), [sentence], 3)
    assert said in " ".join(chosen) or said in ". ".join(c[0].upper() + c[1:] for c in chosen), chosen


def test_what_they_are_not_asking_for_is_not_said_back() -> None:
    assert flaw(_words("en"), "You're not asking for anything dramatic") == "cue"
    assert flaw(_words("en"), "You are not asking for a refund") == "cue"


def test_an_amount_said_once_is_not_repeated_in_slang() -> None:
    d = drafter.draft(
        "returned the van with a full tank\nstill got charged $15 refuel fee\nbooking VR-7731\npls refund the 15 bucks",
        channel="im",
    )
    assert "$15" in d.sections.listen, d.sections.listen
    assert "bucks" not in d.sections.listen, d.sections.listen


CANTONESE = [
    # (language, spoken, written, never)
    ("zh-Hant", "我之前同你哋嘅職員講過，佢話會處理。", "跟你們的職員", "同你"),
    ("zh-Hans", "我之前同你哋嘅职员讲过，佢话会处理。", "跟你们的职员", "同你"),
    ("zh-Hant", "我阿爸跌倒 手肘損咗 行唔到", "擦傷了", "行唔到"),
    ("zh-Hans", "我阿爸跌倒 手肘损咗 行唔到", "走不了", "损咗"),
    ("zh-Hant", "今日1點幾堂食 食到一半", "1點多堂食", "堂吃"),
]


@pytest.mark.parametrize(("language", "spoken", "written", "never"), CANTONESE)
def test_cantonese_is_written_out_before_it_is_restated(language: str, spoken: str, written: str, never: str) -> None:
    from drafter.intake.restate import written_zh

    out = written_zh(spoken, language == "zh-Hant", True)
    assert written in out, out
    assert never not in out, out


WHO_AFTER = [
    # (language, story, first sentence said)
    ("zh-Hans", ["您是阳光小区3栋的业主", "楼道的灯已经坏了一个星期，晚上一片漆黑"], "楼道的灯已经坏了一个星期"),
    ("zh-Hant", ["您是本館的會員", "更衣室的熱水已經三天沒有了"], "更衣室的熱水已經三天沒有了"),
]


@pytest.mark.parametrize(("language", "story", "first"), WHO_AFTER)
def test_who_writes_is_said_after_what_went_wrong(language: str, story: list[str], first: str) -> None:
    chosen = select(_words(language), story, 3)
    assert chosen and chosen[0].startswith(first), chosen
    assert any(c.startswith("您是") for c in chosen[1:]), chosen
