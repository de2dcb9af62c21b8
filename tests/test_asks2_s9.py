"""Asks the first session-9 asks round still left unanswered: a lost parcel traced with its
fallback; a charge they were told would be free; their deadline and channel kept; two options
that cannot both be done (asked which) and two options said back; a broken promise of our
earlier reply owned. Complaints written for these tests, in en, zh-Hans and zh-Hant."""

from __future__ import annotations

import pytest

import drafter
from drafter.backends.satisfy_asks2 import broken_promise, either_options, gift, lost_and_fallback, told_free
from drafter.models import Complaint, Quoted

# ------------------------------------------------------------------ 1. lost parcel: trace and fallback

LOST = [
    # (language, complaint, words the answer must hold)
    (
        "en",
        "Tracking says delivered at 10:15 but there's nothing at my door. It's my dad's birthday present. "
        "Can you find it or send another one?",
        ("traced", "replacement", "birthday present"),
    ),
    (
        "zh-Hans",
        "快递显示已签收，但我根本没收到，是给我妈的生日礼物，麻烦帮我找回来或者补发一个。",
        ("追查", "补发", "生日礼物"),
    ),
    ("zh-Hant", "包裹顯示已簽收，但我沒收到，是送朋友的禮物，請幫我找回來或者補發。", ("追查", "補發", "禮物")),
]


@pytest.mark.parametrize(("language", "complaint", "held"), LOST)
def test_a_lost_parcel_is_traced_with_its_fallback(language: str, complaint: str, held: tuple[str, ...]) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    for word in held:
        assert word in d.sections.satisfy, d.sections.satisfy
    assert "come out" not in d.sections.satisfy and "上門" not in d.sections.satisfy  # no visit for a parcel


@pytest.mark.parametrize(
    ("text", "zh", "expected"),
    [
        ("parcel says delivered but nothing here. find it or send someone", False, True),
        ("parcel arrived damaged. please send a new one", False, False),  # nothing to find
        ("显示已签收但没收到，帮我查一下或者补发", True, True),
        ("顯示已簽收但沒收到，請幫我查一下", True, False),  # no fallback asked: the ordinary trace
    ],
)
def test_lost_and_fallback_reads_the_clause_shape(text: str, zh: bool, expected: bool) -> None:
    assert lost_and_fallback(text, zh) is expected


def test_gift_is_named_as_they_name_it() -> None:
    assert gift("it's my mum's Birthday Present!", False) == "birthday present"
    assert gift("是送給女朋友的聖誕禮物", True) == "聖誕禮物"
    assert gift("it was for the office", False) is None


# ------------------------------------------------------------------ 2. a charge they were told was free

FREE = [
    (
        "en",
        "I was charged a $20 card replacement fee at the desk, but the manager told me last month the "
        "replacement would be free. So which is it?",
        ("$20", "checking what you were told"),
    ),
    # within the limit: paid back, their word not doubted (round s11asks2, trainers c27)
    ("zh-Hans", "换门禁卡收了我30元，可是上次经理说换卡是免费的，到底怎么回事？", ("30元", "退还")),
    ("zh-Hant", "門禁卡壞咗去換新卡收我$50，但上次經理話換卡係免費㗎，而家又話要收，到底點呀", ("$50", "核實")),
]


@pytest.mark.parametrize(("language", "complaint", "held"), FREE)
def test_a_charge_told_free_is_checked_and_answered(language: str, complaint: str, held: tuple[str, ...]) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    for word in held:
        assert word in d.sections.satisfy, d.sections.satisfy
    assert d.guard.verdict == "pass", d.guard


@pytest.mark.parametrize(
    ("text", "zh", "expected"),
    [
        ("you said delivery was free and then charged me $5", False, True),
        ("I was charged $5 for delivery", False, False),  # no promise it was free
        ("说好送一次洗车，还车又要收我80元清洁费", True, True),
        ("還車又要收我80元清潔費", True, False),
        ("職員話唔包保養 講笑咩 要免費整返或者換過副", True, False),  # their demand, not what they were told
        ("店長話可以下次免費補色，俾咗HK$1,080", True, False),  # what they paid, no charge for the free thing
    ],
)
def test_told_free_needs_the_promise_and_the_charge(text: str, zh: bool, expected: bool) -> None:
    assert told_free(text, zh) is expected


# ------------------------------------------------------------------ 3. their date and channel kept

DATE_CHANNEL = [
    (
        "en",
        "Dear team,\n\nMy visa letter is two weeks late. Please send it by email before 1 August, my "
        "embassy appointment is that day.\n\nThanks,\nAna Ruiz",
        ("1 August", "by email"),
    ),
    (
        "zh-Hans",
        "您好，\n\n体检报告说三个工作日出，现在已经三周了。麻烦8月1日前把报告给我，电子版发邮箱就行。\n\n谢谢\n李娜",
        ("8月1日", "邮箱"),
    ),
    (
        "zh-Hant",
        "您好，\n\n體檢報告說三個工作日出，現在已經三週了。麻煩8月1日前把報告給我，電子版發郵箱就行。\n\n謝謝\n李娜",
        ("8月1日", "郵箱"),
    ),
]


@pytest.mark.parametrize(("language", "complaint", "held"), DATE_CHANNEL)
def test_their_deadline_and_channel_are_kept(language: str, complaint: str, held: tuple[str, ...]) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    for word in held:
        assert word in d.sections.satisfy, d.sections.satisfy
    assert "争取" not in d.text and "爭取" not in d.text  # not "we'll try to"


# ------------------------------------------------------------------ 4/5. either-or: asked which, or said back

PICK = [
    # their options said back when the guard lets the line out; else the shorter line that asks which
    ("en", "My desk lamp order is three weeks late. Either ship it by Friday or refund my £45.", ("you'd prefer",)),
    ("zh-Hans", "订的沙发晚了二十天还没到，要么这周五前送到，要么退我全款3200元。", ("二选一", "哪一种")),
    ("zh-Hant", "訂的沙發晚了二十天還沒到，要麼這週五前送到，要麼退我全款3200元。", ("二選一", "哪一種")),
    (
        "zh-Hans",
        "我订的儿童自行车32天还没发货。要么三天内发货，要么直接全额退款699元。",
        ("三天内发货和全额退款699元只能二选一",),
    ),
]


@pytest.mark.parametrize(("language", "complaint", "held"), PICK)
def test_a_refund_or_still_sent_is_asked_which(language: str, complaint: str, held: tuple[str, ...]) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    for word in held:
        assert word in d.sections.satisfy, d.sections.satisfy
    assert d.guard.verdict == "pass", d.guard
    # not both pursued: no refund request filed beside the delivery
    assert "submit" not in d.sections.satisfy and "提交申请" not in d.sections.satisfy


@pytest.mark.parametrize(
    ("offered", "zh", "expected"),
    [
        ("either restore the old price or let me cancel", False, ("restore the old price", "let you cancel")),
        ("either ship it by Friday or refund my £45", False, ("ship it by Friday", "refund your £45")),
        ("要么这周五前送到，要么退我全款", True, ("这周五前送到", "退您全款")),
        ("要麼這週五前送到，要麼退我全款", True, ("這週五前送到", "退您全款")),
        ("一係即刻寄張新嘅俾我，一係退返錢俾我", True, None),  # Cantonese: the generic line
        ("either you fix it or you give me a new one", False, ("fix it", "give you a new one")),
        ("either refund me or your driver pays for it", False, None),  # "your" would turn ambiguous
        ("either push it through or give it back please, rent was due", False, ("push it through", "give it back")),
        (
            "either give us the makeup dates or a partial refund",
            False,
            ("give you the makeup dates", "a partial refund"),
        ),
        ("要么给我安排一个有经验而且态度好的师傅明天上午来重新安装，要么退钱", True, None),  # too long
    ],
)
def test_either_options_are_said_back_only_when_clean(offered: str, zh: bool, expected: tuple[str, str] | None) -> None:
    assert either_options(offered, zh) == expected


EITHER_SAID = [
    (
        "en",
        "The gym raised my contract price without telling me. Either restore the old price or let me cancel.",
        ("I'm arranging to restore the old price", "you'd rather we let you cancel"),
    ),
    (
        "zh-Hans",
        "我订的酒店房间没有窗，要么给我换一间有窗的房，要么给我升级套房。",
        ("先着手换一间有窗的房", "更希望给您升级套房"),
    ),
    (
        "zh-Hant",
        "訂的酒店房間沒有窗，要麼幫我換一間有窗的房，要麼幫我升級套房。",
        ("先著手換一間有窗的房", "更希望幫您升級套房"),
    ),
]


@pytest.mark.parametrize(("language", "complaint", "said"), EITHER_SAID)
def test_either_line_restates_the_options(language: str, complaint: str, said: tuple[str, str]) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    for option in said:  # round s11asks2: the first started, the other left theirs
        assert option in d.sections.satisfy, d.sections.satisfy
    assert d.guard.verdict == "pass", d.guard


def test_money_back_of_no_value_is_not_restated() -> None:
    d = drafter.draft(
        "Three classes were cancelled. Either give us the makeup dates or a partial refund.", channel="im"
    )
    assert "partial refund" not in d.sections.satisfy.split("You'd like")[-1].split(".", 1)[-1]
    assert d.guard.verdict == "pass", d.guard


# ------------------------------------------------------------------ 6. our earlier promise, broken

PROMISE = [
    (
        "en",
        "Hi,\n\nFollowing up - I still haven't had the refund.\n\n> Thank you for contacting us. A refund of "
        "€15 will be processed within 5 working days.\n\nBooking CIN-1234.\nMark",
        "You were told a refund of €15 would be processed within 5 working days",
    ),
    (
        "zh-Hans",
        "你好，\n\n跟进一下，退款到现在还没收到。\n\n"
        "> 感谢您的来信。我们会在5个工作日内退还您150元。\n\n订单号 A-7781\n王芳",
        "我们之前答复您“我们会在5个工作日内退还您150元”",
    ),
    (
        "zh-Hant",
        "你好，\n\n跟進一下，退款到現在還沒收到。\n\n"
        "> 感謝您的來信。我們會在5個工作日內退還您150元。\n\n訂單號 A-7781\n王芳",
        "我們之前答覆您“我們會在5個工作日內退還您150元”",
    ),
]


@pytest.mark.parametrize(("language", "complaint", "owned"), PROMISE)
def test_a_broken_promise_of_ours_is_owned(language: str, complaint: str, owned: str) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    assert owned in d.text, d.text


def _complaint(text: str, promise: str, speaker: str = "company") -> Complaint:
    quoted = Quoted(speaker=speaker, text=promise, promises=[promise])  # type: ignore[arg-type]
    return Complaint(text=text, language="en", quoted=[quoted])


@pytest.mark.parametrize(
    ("complaint", "expected"),
    [
        (_complaint("still haven't had it", "We'll call you back tomorrow."), "we would call you back tomorrow"),
        (_complaint("thanks, that worked", "We'll call you back tomorrow."), None),  # kept: nothing to own
        (_complaint("still haven't had it", "I will call you back tomorrow."), None),  # "I" would turn round
        (_complaint("still haven't had it", "We'll call you back tomorrow.", "customer"), None),  # their own words
    ],
)
def test_broken_promise_needs_our_promise_and_their_not_yet(complaint: Complaint, expected: str | None) -> None:
    assert broken_promise(complaint, False) == expected
