"""Asks any role can simply do (switch off a renewal or an add-on, send a document again, send an
itemised breakdown) are answered as done, not only "checked"; and a promise due on a day with a
clock deadline is made before that time, not "today" or "within 24 hours". Complaints written for
these tests, in the three languages and several kinds of business."""

from __future__ import annotations

import pytest

import drafter

ACTION_CASES = [
    # (language, channel, complaint, words Satisfy must hold, words it must not)
    (
        "en",
        "email",
        "Your streaming service charged my card $119.88 for another year without any reminder. "
        "Please turn off auto-renew on my account and refund the charge.",
        ["switch it off", "in writing"],
        [],
    ),
    (
        "en",
        "email",
        "The quote you emailed for our catering order QT-7781 has the wrong company name. "
        "Please resend it with the right name so our finance team can approve it.",
        ["sent or uploaded again"],
        [],
    ),
    (
        "en",
        "email",
        "My water bill for account 55-2031 jumped from £61 to £140 and the letter only says 'adjustment'. "
        "I want an itemised breakdown of the £140 before I pay anything.",
        ["itemised breakdown"],
        [],
    ),
    (
        "zh-Hans",
        "im",
        "健身房app自动续费扣了我¥399，我早就不想续了。请退款，顺便帮我把自动续费关掉。",
        ["为您关闭", "书面"],
        [],
    ),
    (
        "zh-Hans",
        "email",
        "你们开给我们公司的发票抬头写错了，订单号 FP-66120，请更正后重新开具发给我们。",
        ["重新发送"],
        [],
    ),
    (
        "zh-Hant",
        "im",
        "電話月費多收咗 80 蚊，話我開咗咩「來電答鈴」，我從來冇開過。退錢，順便幫我關掉。",
        ["為您關閉"],
        [],
    ),
    (
        "zh-Hant",
        "email",
        "管理費帳單由 NT$2,300 變成 NT$3,150，沒有任何說明。請先給我逐項明細，我才付款。",
        ["明細"],
        [],
    ),
]


@pytest.mark.parametrize(("language", "channel", "text", "must", "must_not"), ACTION_CASES)
def test_action_asks_are_done(language: str, channel: str, text: str, must: list[str], must_not: list[str]) -> None:
    d = drafter.draft(text, channel=channel)
    assert d.language == language
    for words in must:
        assert words in d.sections.satisfy, (words, d.sections.satisfy)
    for words in must_not:
        assert words not in d.sections.satisfy


NOT_ASKED = [
    # switching off said as something the customer already did: nothing to switch off
    ("en", "email", "I turned off auto-renew myself last month, yet you still charged me $49. I want it refunded."),
    ("zh-Hant", "im", "我上個月已經自己關掉自動續訂了，你們還是扣了 NT$1,200，請退款。"),
]


@pytest.mark.parametrize(("language", "channel", "text"), NOT_ASKED)
def test_done_by_customer_is_not_an_ask(language: str, channel: str, text: str) -> None:
    d = drafter.draft(text, channel=channel)
    assert "switch it off" not in d.sections.satisfy
    assert "為您關閉" not in d.sections.satisfy


CLOCK_CASES = [
    # (complaint, the clock the promise is made before, loose timings that must not appear)
    (
        "email",
        "Our export licence form for shipment SH-4410 has the wrong weight. Customs need the corrected "
        "form by 3pm today or the goods are held. Please re-upload the corrected form.",
        "before 3pm",
        ["within 24 hours"],
    ),
    (
        "email",
        "我的车在你们店保养，工单 WX-2291，今天下午5点前必须取车去接孩子，请务必按时交车，另外请说明为什么多收了¥200。",
        "5点前",
        ["24小时内", "今天之内"],
    ),
    (
        "email",
        "我的簽證文件副本寄錯了，申請編號 VS-3312，今天下午4點前要交給領事館，請更正後重新發送給我。",
        "4點前",
        ["24小時內"],
    ),
]


@pytest.mark.parametrize(("channel", "text", "clock", "loose"), CLOCK_CASES)
def test_promise_before_a_same_day_clock(channel: str, text: str, clock: str, loose: list[str]) -> None:
    d = drafter.draft(text, channel=channel)
    assert clock in d.sections.satisfy, d.sections.satisfy
    for words in loose:
        assert words not in d.sections.satisfy, d.sections.satisfy


def test_a_date_is_not_a_clock() -> None:
    """ "by 31 May" is a date: the reply names the date, never "before 31"."""
    d = drafter.draft(
        "You took my $80 subscription twice. Please refund the second charge and confirm by 31 May.", channel="email"
    )
    assert "before 31" not in d.sections.satisfy


DONE_BY = [
    # (channel, complaint, words Satisfy must hold)
    (
        "im",
        "my bike has been at your repair shop since monday, please have it ready before 5:30pm today, "
        "I need it to get to work",
        "done before 5:30pm",
    ),
    (
        "email",
        "我的西装在你们店改尺寸，单号 GZ-118，请务必在今天晚上7点前改好，明天一早要穿去面试。",
        "在晚上7点前办好",
    ),
    ("im", "我的護照相片要重新沖印，單號 PH-802，請在今天下午3點前弄好，我要去入境處遞表。", "在下午3點前辦好"),
]


@pytest.mark.parametrize(("channel", "text", "must"), DONE_BY)
def test_an_ask_with_its_own_time_is_done_by_then(channel: str, text: str, must: str) -> None:
    d = drafter.draft(text, channel=channel)
    assert must in d.sections.satisfy, d.sections.satisfy


# Money asked for by a date is the approver's to promise: never "done by then".
MONEY_BY_A_DATE = [
    ("email", "Someone used my card for $1,240 at a shop I've never been to. Please refund it to me by Friday."),
    ("email", "我的卡被盗刷了8600元，请你们在一周内先垫付给我，我要还房贷。"),
    ("im", "你們多扣了我NT$3,200，請在這個月底前退回我的帳戶。"),
]


@pytest.mark.parametrize(("channel", "text"), MONEY_BY_A_DATE)
def test_money_asked_by_a_date_is_not_promised_by_then(channel: str, text: str) -> None:
    d = drafter.draft(text, channel=channel)
    assert not any(w in d.sections.satisfy for w in ("so that it's done", "争取在", "爭取在")), d.sections.satisfy


ON_SITE = [
    # someone asking for the person in charge to come out to them: minutes, not hours
    ("zh-Hans", "在你们超市买的酸奶当场打开就是臭的，叫你们经理出来说话！", ["15分钟内", "30分钟内"]),
    ("zh-Hant", "健身房跑步機壞了還收我加時費，請你們主管出來處理。", ["15分鐘內", "30分鐘內"]),
    (
        "en",
        "Your gate agent just shouted at my kid. I want your supervisor out here.",
        ["within 15 minutes", "within 30 minutes"],
    ),
]


@pytest.mark.parametrize(("language", "text", "minutes"), ON_SITE)
def test_someone_asking_for_the_manager_on_the_spot_gets_minutes(language: str, text: str, minutes: list[str]) -> None:
    d = drafter.draft(text, channel="im")
    assert d.language == language
    assert any(m in d.sections.satisfy for m in minutes), d.sections.satisfy
    assert (
        "2 hours" not in d.sections.satisfy and "2小时" not in d.sections.satisfy and "2小時" not in d.sections.satisfy
    )
