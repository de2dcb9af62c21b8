"""Satisfy answers what the customer explicitly asked (session 9, trainers on group C23): a sum
asked back with no verb is a refund; both charges of one sum asked back are both refunded; a
disputed charge beyond the role's limit names its approver; a question of who covers a cost is
answered beside the first ask; two ways to settle it are both put to whoever decides, with no
unasked refund instead; a list of complaints is not read as requests; a call declined, a call
time and someone not to be sent again are honoured; a phone number is no case id and an account
number no phone. Complaints written for these tests, in en, zh-Hans and zh-Hant."""

from __future__ import annotations

import pytest

import drafter
from drafter.backends import template_facts
from drafter.intake import asklist, prefs
from drafter.intake.restate import _ask_headings

# ------------------------------------------------------------------ money asked, answered in authority

BARE_BACK = [
    # (complaint, the amount the refund names)
    ("the yoga class was cancelled when we got there, nobody told us. $24.50 back pls", "$24.50"),
    ("Paid for a car wash, machine broke halfway and the car is still soapy. £12 back please.", "£12"),
]


@pytest.mark.parametrize(("complaint", "amount"), BARE_BACK)
def test_a_sum_asked_back_without_a_verb_is_a_refund(complaint: str, amount: str) -> None:
    d = drafter.draft(complaint, channel="im")
    satisfy = d.sections.satisfy
    assert "refund" in satisfy.lower() and amount in satisfy, satisfy
    assert "noted the" not in d.text  # not "We have noted the $24.50 you mention"


BOTH = [
    (
        "en",
        "I paused my streaming plan in March, confirmed by chat, but you took $14.99 on April 3 and May 3. "
        "Refund both please.",
        ("$29.98", "$14.99"),
    ),
    ("zh-Hans", "我三月就停了会员，你们还是在四月和五月各扣了我45元，两笔都退给我。", ("90元", "45元")),
    ("zh-Hant", "我三月已經暫停會籍，你哋仲係四月同五月各扣咗我HK$45，兩筆都要退返俾我。", ("HK$90", "HK$45")),
]


@pytest.mark.parametrize(("language", "complaint", "amounts"), BOTH)
def test_both_charges_asked_back_are_both_refunded(language: str, complaint: str, amounts: tuple[str, str]) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    total, each = amounts
    assert total in d.sections.satisfy and each in d.sections.satisfy, d.sections.satisfy


def test_one_charge_asked_back_is_not_doubled() -> None:
    d = drafter.draft(
        "You took $14.99 on April 3 and again on May 3 after I paused. Refund the May one please.", channel="im"
    )
    assert "$29.98" not in d.text


DISPUTED = [
    (
        "en",
        "I returned the van (agreement VN-22817) clean and on time, and today there's a €95.00 cleaning charge "
        "on my card. Could you please remove it?",
        ("€95.00", "approval"),
    ),
]


@pytest.mark.parametrize(("language", "complaint", "expected"), DISPUTED)
def test_a_disputed_charge_beyond_the_limit_names_its_approver(
    language: str, complaint: str, expected: tuple[str, str]
) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    for word in expected:
        assert word in d.sections.satisfy, d.sections.satisfy
    assert "it will be paid back to you" not in d.sections.satisfy  # no promise beyond the agent's limit
    assert d.guard.verdict == "pass"


COST = [
    (
        "en",
        "My boiler repair under the HomeCare plan (ref HC-40021) has been pending for 3 weeks and I've been "
        "paying for an electric heater. Please book the engineer this week, and how do I claim the costs?",
    ),
    (
        "zh-Hans",
        "我的车送修理厂已经二十天了（报案号 BX-2291），每天只能打车上班。请一周内修好，同时说明打车费用怎么处理。",
    ),
    (
        "zh-Hant",
        "行李箱到現在都沒送到飯店（行李牌 CX-55120），我只好自己買衣服，花了NT$2,400。請問這筆費用要怎麼申請補償？",
    ),
]


@pytest.mark.parametrize(("language", "complaint"), COST)
def test_a_question_of_who_covers_a_cost_is_answered_too(language: str, complaint: str) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    satisfy = d.sections.satisfy
    # approved by whoever may, or (asked how to claim it, round s12remedy) the way to claim it told
    assert any(
        w in satisfy
        for w in (
            "approval",
            "审批",
            "審批",
            "exact steps",
            "Here is how to claim",
            "Here are the steps",
            "申請步驟",
            "申请步骤",
        )
    ), satisfy


EITHER = [
    (
        "zh-Hant",
        "我的寬頻合約（戶口 7730-2291）冇通知就自動續約，月費由HK$188加到HK$248。"
        "一係按返原價續約，一係俾我取消，唔收罰款。",
        "兩種處理方式",
    ),
    (
        "zh-Hans",
        "健身卡到期你们没通知就自动续费了，年费从1680涨到2280。要么按原价续，要么让我退卡不收违约金。",
        "先着手",  # round s11asks2: one started, the other left theirs (s13voice: said as what we do)
    ),
]
# (A pending transfer "pushed through or given back" was a row here: since session 10 their own money held
# up is traced once, to where it was sent or back to them, not put to a decision — tests/test_graded_s10.py.)


@pytest.mark.parametrize(("language", "complaint", "expected"), EITHER)
def test_two_ways_to_settle_it_are_answered_as_one_offer(language: str, complaint: str, expected: str) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    satisfy = d.sections.satisfy
    assert expected in satisfy, satisfy
    for word in ("退款需要", "A refund of", "Any compensation", "补偿需要", "補償需要"):
        assert word not in satisfy, word  # nothing unasked offered instead


def test_unasked_compensation_is_not_offered_beside_an_asked_refund() -> None:
    d = drafter.draft(
        "I cancelled my cloud plan on 2 May (ref CP-5520) and was charged $89.00 on 1 June anyway. I want the "
        "$89.00 refunded to my card. I do not want account credit or a loyalty offer.",
        channel="email",
    )
    assert "$89.00" in d.sections.satisfy
    assert "compensation" not in d.sections.satisfy.lower()


# ------------------------------------------------------------------ a list of complaints is no list of asks


def _rewrite(text: str, language: str) -> str:
    return asklist.rewrite(text, language, *_ask_headings(None))


REPORTS = [
    ("我想反映几件事：第一，物业费从每月800涨到950；第二，电梯坏了一周；第三，门禁经常失灵。", "zh-Hans"),
    ("本人想反映幾件事：第一，停車費由HK$2,000加到HK$2,600；第二，大堂冷氣唔開。", "zh-Hant"),
    ("I want to report three issues:\n1. The lift has been out for a week\n2. The bins were not collected", "en"),
]


@pytest.mark.parametrize(("text", "language"), REPORTS)
def test_a_list_of_complaints_is_not_rewritten_as_requests(text: str, language: str) -> None:
    out = _rewrite(text, language)
    assert "我要求" not in out and "I'd like" not in out and "Please " not in out, out


def test_a_list_of_asks_is_still_rewritten() -> None:
    assert "我要求退回199元。" in _rewrite("我的要求：1. 退回199元；2. 免掉月费。", "zh-Hans")
    assert "I'd like a refund of $40." in _rewrite("To fix these issues I want:\n- a refund of $40\n- a call", "en")


def test_a_fee_rise_complained_of_is_never_said_as_asked() -> None:
    d = drafter.draft(
        "管理處：\n本人想反映幾件事：第一，今年管理費由每月HK$1,500加到HK$1,900，冇解釋；第二，泳池關咗兩個月。\n"
        "請書面交代加價原因。\n業主 陳大文",
        channel="email",
    )
    assert "您要求今年管理費" not in d.text
    assert "HK$1,900" in d.text


# ------------------------------------------------------------------ preferences honoured

NO_CALL = [
    ("我唔需要經理打電話嚟解釋，請書面交代加價原因。", True),
    ("不需要专人来电，短信告诉我结果就行。", True),
    ("No need for a manager to call me, just email the answer.", True),
    ("I don't want anyone ringing me about this.", True),
    ("Please call me back today.", False),
    ("我不需要道歉，打电话给我说清楚。", False),
]


@pytest.mark.parametrize(("text", "declined"), NO_CALL)
def test_a_call_declined_from_whoever_would_make_it(text: str, declined: bool) -> None:
    from drafter.guard.normalize import fold

    assert prefs.no_calls(fold(text)) is declined


def test_no_manager_call_is_promised_when_a_manager_call_was_declined() -> None:
    d = drafter.draft(
        "管理處：電梯壞咗兩星期，老人家上落好辛苦。我唔需要經理打電話嚟解釋，請書面話我知幾時修好。", channel="email"
    )
    assert "打電話" not in d.sections.satisfy.replace("不打電話", "")


WINDOW = [
    ("另外，打电话请下午五点以后，白天上班不方便接。", "下午五点以后"),
    ("唔該晏晝打電話畀我，下午三點到五點最好。", "下午三點到五點"),
    ("Please call after 5pm, I work days.", "after 5pm"),
    ("Every call to your line ends after 45 minutes on hold.", None),
    ("我下午3点去了门店，没人理我。", None),
]


@pytest.mark.parametrize(("text", "window"), WINDOW)
def test_the_time_they_can_take_a_call(text: str, window: str | None) -> None:
    assert prefs.call_window(text) == window


NOT_AGAIN = [
    ("不要再派上次那个姓李的师傅来了，态度很差。", True),
    ("唔好再派返同一個師傅上嚟。", True),
    ("Please do not send the same technician again.", True),
    ("Please send a technician tomorrow.", False),
    ("师傅上次来得很准时。", False),
]


@pytest.mark.parametrize(("text", "expected"), NOT_AGAIN)
def test_someone_not_to_be_sent_again(text: str, expected: bool) -> None:
    assert prefs.not_again(text) is expected


PREFS_DRAFTED = [
    (
        "zh-Hans",
        "你好，我家宽带每天晚上掉线，师傅来了两次都没修好。请尽快派人修好。不要再派上次那个姓李的师傅。打电话请晚上七点以后。",
        ("晚上七点以后", "不会再"),
    ),
    (
        "en",
        "Our washing machine repair (job WM-33120) failed twice. Please book another visit this week, but don't send "
        "the same engineer. Call after 6pm please, I work days.",
        ("after 6pm", "won't send the same engineer."),  # its own sentence, no ", and call after 6pm" joined on
    ),
]


@pytest.mark.parametrize(("language", "complaint", "expected"), PREFS_DRAFTED)
def test_call_time_and_person_preferences_are_in_the_follow_up(
    language: str, complaint: str, expected: tuple[str, ...]
) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    for word in expected:
        assert word in d.sections.satisfy, d.sections.satisfy
    assert "You'd like us to don't" not in d.text


def test_a_request_not_to_do_something_is_said_in_our_voice() -> None:
    d = drafter.draft(
        "Waited 2 hours at the licence office (ref LO-22810) and was sent home. Please rebook me for a morning "
        "slot, and please don't send me another sms survey.",
        channel="im",
    )
    assert "we won't send you another sms survey" in d.sections.satisfy
    assert "don't send" not in d.sections.satisfy


# ------------------------------------------------------------------ ids used for what they are

IDS = [
    # (language, complaint, must say, must not say)
    (
        "zh-Hans",
        "6月2日在你们店吃饭，汤里有一根铁丝，划破了嘴。我要求你们解释原因。\n电话：139 0021 7788\n李明",
        "号码139 0021 7788",
        "编号139 0021 7788",
    ),
    (
        "zh-Hans",
        "我家宽带账号是 0755-26601234，每天晚上都掉线，请尽快派人来修。",
        "账号0755-26601234",
        "号码0755-26601234与您联系",
    ),
    (
        "zh-Hant",
        "在區公所排了一個半小時，輪到我才說系統壞了，號碼牌B213。可以幫我預約時段嗎",
        "",
        "編號B213",
    ),
]


@pytest.mark.parametrize(("language", "complaint", "said", "not_said"), IDS)
def test_ids_are_used_for_what_they_are(language: str, complaint: str, said: str, not_said: str) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    assert said in d.text, d.text
    assert not_said not in d.text, d.text


def test_a_taiwan_mobile_number_stays_a_phone() -> None:
    assert template_facts._PHONE_LABEL.search("門號")
    assert not template_facts._QUEUE_LABEL.search("訂單號")


# ------------------------------------------------------------------ second asks, and one answer each

ONE_OF = [
    ("zh-Hans", "昨晚那场电影放到一半黑屏了二十分钟，买的两张票共98元，退一张也行啊", "49元"),
    ("zh-Hant", "昨晚那場電影放到一半黑屏了二十分鐘，買的三張票共NT$900，退一張就好", "NT$300"),
]


@pytest.mark.parametrize(("language", "complaint", "share"), ONE_OF)
def test_one_of_several_asked_back_is_its_share(language: str, complaint: str, share: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    assert share in d.sections.satisfy, d.sections.satisfy


def test_a_sum_for_each_is_not_divided() -> None:
    d = drafter.draft("悠遊卡進站被扣兩次，一次NT$150，又一次NT$150，退一次的錢給我", channel="im")
    assert "NT$75" not in d.text


def test_a_refund_and_the_why_of_the_fee_are_not_a_waiver_too() -> None:
    d = drafter.draft(
        "航班是你们取消的，我退票却被扣了280元手续费。为什么要扣手续费？请把280元退给我。票号 999-1234567890",
        channel="email",
    )
    satisfy = d.sections.satisfy
    assert satisfy.count("审批") == 1, satisfy  # the refund's approval, once


def test_a_waiver_of_another_fee_is_not_valued_by_the_refund() -> None:
    d = drafter.draft("我的要求：1. 退回这150元上门费；2. 这个月月费免掉；3. 尽快修好网络。", channel="email")
    satisfy = d.sections.satisfy
    assert "150元的退款" in satisfy
    assert "免除这笔150元" not in satisfy, satisfy


DOCUMENTS = [
    ("zh-Hans", "办护照材料交了两次了 每次都说少一样 这次又说少户口本复印件 能不能一次性告诉我到底要啥", "全部材料"),
    (
        "en",
        "I've sent my visa documents three times and each time you say one more is missing. Can you send me a "
        "full list of the documents you still need?",
        "complete list",
    ),
]


@pytest.mark.parametrize(("language", "complaint", "expected"), DOCUMENTS)
def test_everything_needed_is_listed_at_once(language: str, complaint: str, expected: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    assert expected in d.sections.satisfy, d.sections.satisfy
    assert "证明需要由" not in d.sections.satisfy


PERSON = [
    (
        "en",
        "My 10am physio session at the Riverside clinic was cancelled by text an hour before. Can someone rebook "
        "me with a senior physio therapist this week",
        "senior physio therapist",
    ),
    ("zh-Hans", "约好的剪发临时被取消了，白请了半天假。请这周帮我重新约，安排一位资深的发型师。", "资深的发型师"),
    ("zh-Hant", "預約的剪髮臨時被取消了，白請了半天假。請這週幫我重新約，安排一位資深的髮型師。", "資深的髮型師"),
]


@pytest.mark.parametrize(("language", "complaint", "who"), PERSON)
def test_the_person_they_ask_for_is_in_the_answer(language: str, complaint: str, who: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    satisfy = d.sections.satisfy
    # said in an answer of ours, not only in the ask repeated back
    assert satisfy.count(who) >= 2 or (who in satisfy and "安排" in satisfy.split(who)[0][-8:]), satisfy


PROMISED = [
    (
        "en",
        "I paid $900 for the evening coding course and the tutor missed 3 classes. The notes you promised for "
        "missed classes haven't been sent either. I'd like a partial refund of $225.",
        "the notes for missed classes",
    ),
    ("zh-Hans", "报的钢琴课老师缺了三次课，说好的补课到现在还没安排。我要求退还三节课的费用600元。", "说好的补课"),
]


@pytest.mark.parametrize(("language", "complaint", "what"), PROMISED)
def test_something_promised_and_not_come_is_chased(language: str, complaint: str, what: str) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    assert what in d.sections.satisfy, d.sections.satisfy


def test_what_they_want_instead_of_what_they_refuse_is_answered() -> None:
    d = drafter.draft(
        "I cancelled my photo storage plan on 3 March (ref PS-2231) and was charged $59.00 again. I want the "
        "$59.00 refunded. I don't want credit or a discount – just close the account.",
        channel="email",
    )
    assert "cancellation" in d.sections.satisfy, d.sections.satisfy


KNOW_LEAD = [
    ("zh-Hant", "管理處：電梯壞咗兩星期。請書面交代原因，仲有話俾我知升降機幾時修好。", "您想知道升降機"),
    ("zh-Hans", "电梯坏了两个星期。还有告诉我电梯什么时候修好？", "您想知道电梯"),
]


@pytest.mark.parametrize(("language", "complaint", "expected"), KNOW_LEAD)
def test_a_question_is_repeated_without_its_tell_me(language: str, complaint: str, expected: str) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    assert expected in d.sections.satisfy, d.sections.satisfy
    for lead in ("說給您知", "说给您知", "告诉您电梯", "還有", "还有"):
        assert lead not in d.sections.satisfy
