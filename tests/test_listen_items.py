"""Listen names what the complaint is about even when the customer's own sentences are kept out:
the item they bought, booked or sent back, their words for what went wrong, short quoted names
(plans, charges, an app's message), every amount not yet said; and intake's class-2 reading of
paraphrases. Complaints written for these tests, in the three languages."""

from __future__ import annotations

import re

import pytest

import drafter
from drafter.backends.template_listen import quoted_names
from drafter.intake import analyse, read_complaint
from drafter.intake.facts import amounts

# --------------------------------------------------------------------------- the item

ITEM_CASES = [
    # (language, channel, complaint, the item the reply must name)
    (
        "en",
        "im",
        "ok so I sent back the blender on May 2\nstill no refund\norder 55-1209\nwhere is my money lol",
        "blender",
    ),
    (
        "en",
        "email",
        "Hello,\n\nI booked a deluxe twin room for three nights from 4 June, booking RB-20417. When we arrived "
        "we were given a single room and told nothing else was free.\n\nPlease refund the difference.\n\nAnna Cole",
        "deluxe twin room",
    ),
    ("zh-Hans", "im", "我上周在你们网店买了一台破壁机，订单号 PB-77120，今天打开发现缺了刀头配件，怎么回事", "破壁机"),
    ("zh-Hant", "im", "我喺你哋網店買嘅藍牙喇叭 (黑色)\n今日開唔到機\n單號 HK-SP-1181\n搞咩呀", "藍牙喇叭"),
    (
        "zh-Hant",
        "email",
        "您好：\n\n我上個月訂了一張\n年度健身會籍，單號 GM-5512，但至今仍未開通。\n\n請盡快處理。\n\n林先生",
        "年度健身會籍",
    ),
]


@pytest.mark.parametrize(("language", "channel", "complaint", "item"), ITEM_CASES)
def test_listen_names_the_item_they_bought_booked_or_sent_back(
    language: str, channel: str, complaint: str, item: str
) -> None:
    d = drafter.draft(complaint, channel=channel)
    assert d.language == language
    assert item in d.sections.listen


NO_ITEM_CASES = [
    # "my ..." is not where an item is named: no guess ("the first grandchild", "the bill")
    ("en", "My first grandchild was born last week and your roaming bill arrived the same day: $412 for one call."),
    ("zh-Hans", "我的账单这个月多扣了86元，请核实。"),
    ("zh-Hant", "我嘅帳單今個月多扣咗86蚊，麻煩核實。"),
]


@pytest.mark.parametrize(("language", "complaint"), NO_ITEM_CASES)
def test_no_item_is_guessed_where_none_is_named(language: str, complaint: str) -> None:
    c = read_complaint(complaint, channel="im")
    assert c.language == language
    assert analyse(c).facts.named_item is None


# --------------------------------------------------------------------------- what went wrong

ISSUE_CASES = [
    ("en", "im", "sat at table 9 for 40 min and my steak came out raw in the middle, waiter just shrugged", "raw"),
    ("zh-Hans", "im", "昨晚在你们店吃了凉皮，半夜开始上吐下泻，到现在还没缓过来", "上吐下泻"),
    ("zh-Hant", "im", "你哋賣嘅充電寶今朝充電時冒煙，嚇死人", "冒煙"),
]


@pytest.mark.parametrize(("language", "channel", "complaint", "word"), ISSUE_CASES)
def test_listen_quotes_their_words_for_what_went_wrong(language: str, channel: str, complaint: str, word: str) -> None:
    d = drafter.draft(complaint, channel=channel)
    assert d.language == language
    assert word in d.sections.listen


# --------------------------------------------------------------------------- quoted names

QUOTE_CASES = [
    # (zh, text, names kept, names never kept)
    (False, 'A "priority handling fee" of $15 was added to order 7781.', ['"priority handling fee"'], []),
    (False, 'The agent said "it is being processed" and hung up.', [], ["it is being processed"]),
    (True, "我上個月從「4G 599吃到飽」轉為「5G 499方案」，帳單沒變。", ["「4G 599吃到飽」", "「5G 499方案」"], []),
    (True, "客服每次都说“在处理中”，到现在也没人管。", [], ["在处理中"]),
    (True, "進度一直顯示「處理中」，已經兩個星期。", [], ["處理中"]),
    (False, 'The status page has shown "it\'s under review" since May.', [], ["under review"]),
    (True, "到了停车场app显示“车辆未能解锁”，试了半小时。", ["“车辆未能解锁”"], []),
]


@pytest.mark.parametrize(("zh", "text", "kept", "never"), QUOTE_CASES)
def test_short_quoted_names_are_facts_and_remarks_are_not(
    zh: bool, text: str, kept: list[str], never: list[str]
) -> None:
    names = quoted_names(text, zh)
    for name in kept:
        assert name in names
    for remark in never:
        assert not any(remark in n for n in names)


def test_a_quoted_plan_name_is_restated_when_its_sentence_is_kept_out() -> None:
    d = drafter.draft(
        "客服您好：\n\n我的門號上個月已經從「4G 599吃到飽」降轉為「5G 499方案」，門市人員說11月帳單就會生效，"
        "但今天收到的11月帳單還是照599收，另外還多了一筆國際漫遊數據費，我這個月根本沒出國。\n\n麻煩更正帳單。\n\n陳先生",
        channel="email",
    )
    assert d.language == "zh-Hant"
    assert "5G 499方案" in d.sections.listen


PROMISE_CASES = [
    ("zh-Hans", "店铺页面写着“正品保证,假一赔三”，我买的耳机是假货，订单号 EH-55120。", "EH-55120", "假一赔三"),
    ("zh-Hant", "點解網站寫住「七日無理由退款」你哋都唔俾退？單號 RT-20931，5月3號買嘅", "RT-20931", "無理由退款"),
    (
        "en",
        'ur site says "money back guarantee" and now no one will refund my order 55120 from 3 May what a joke',
        "55120",
        "money",
    ),
]


@pytest.mark.parametrize(("language", "complaint", "ref", "promise"), PROMISE_CASES)
def test_a_quoted_promise_is_not_listed_in_our_voice(language: str, complaint: str, ref: str, promise: str) -> None:
    d = drafter.draft(complaint, channel="im")
    assert d.language == language
    frame = re.search(rf"[^。.]*{re.escape(ref)}[^。]*", d.sections.listen)
    assert frame is not None  # the reference is restated
    assert promise not in frame.group()
    assert promise not in d.sections.listen


# --------------------------------------------------------------------------- amounts

AMOUNT_CASES = [
    ("zh-Hans", "我买的充电宝（订单号 6628301947751023，129元）冒烟了，床单被烧黑了一块。", ["129元"], ["一块"]),
    ("zh-Hant", "單號 4410298377120，HK$230，收到時已經壞咗一塊。", ["HK$230"], ["一塊"]),
    ("en", "Order 5512 cost $40; a £12.50 fee and a $3 tip were added, then $7.99 shipping.", ["$40", "$7.99"], []),
]


@pytest.mark.parametrize(("language", "text", "money", "not_money"), AMOUNT_CASES)
def test_amounts_after_a_long_reference_are_read_and_a_patch_is_not_money(
    language: str, text: str, money: list[str], not_money: list[str]
) -> None:
    found = [m.text for m in amounts(text, language)]
    for m in money:
        assert m in found
    for m in not_money:
        assert m not in found


def test_every_amount_not_yet_said_is_restated_not_only_the_first_three() -> None:
    d = drafter.draft(
        "尊敬的信用卡中心：\n\n本人尾号6203的信用卡10月27日凌晨出现三笔境外消费，分别为 USD 312.00、USD 298.50、"
        "USD 405.00，合计折合人民币约7,308元。我当时人在杭州，卡一直在身上。\n\n请尽快处理。\n\n张维",
        channel="email",
    )
    assert "7,308元" in d.text


WINDOW_CASES = [
    ("en", "The engineer was booked for 8:00-12:00 on Tuesday and never came. Ref WO-55120.", "8:00-12:00"),
    ("zh-Hans", "预约的上门时间是8:00-12:00，师傅一直没来，工单号 WX-20931。", "8:00-12:00"),
    ("zh-Hant", "上個月報名咗8堂游泳班，單號 SW-3381，教練只上咗兩堂就冇再出現。", "8堂"),
]


@pytest.mark.parametrize(("language", "complaint", "fact"), WINDOW_CASES)
def test_a_time_window_and_a_count_of_lessons_are_restated_whole(language: str, complaint: str, fact: str) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    assert fact in d.text


# --------------------------------------------------------------------------- escalation in paraphrase

ESCALATION_CASES = [
    # (language, complaint, escalate, reason expected among the reasons or None)
    ("en", "I want to speak to someone more senior about this today.", True, "manager_demand"),
    ("en", "If this isn't fixed by Friday I will report you to Ofcom.", True, "consumer_association"),
    (
        "en",
        "The contractor told me they had permission from management to start at 7am. Could you check?",
        False,
        None,
    ),
    ("zh-Hans", "排了四个小时才告诉我停诊，我要找你们院长。", True, "manager_demand"),
    ("zh-Hans", "今天不给我解决，我就打12345投诉你们。", True, "consumer_association"),
    ("zh-Hans", "少送了一瓶可乐，骑手的态度让人很不舒服。", False, None),
    ("zh-Hans", "新教练不了解我膝盖旧伤的情况，我想换一位教练。", False, None),
    ("zh-Hant", "補習社老師無故缺課三次，我要見你們校長。", True, "manager_demand"),
    ("zh-Hant", "店員頭也不抬，態度讓人很不舒服，希望加強培訓。", False, None),
]


@pytest.mark.parametrize(("language", "complaint", "escalate", "reason"), ESCALATION_CASES)
def test_class_two_triggers_in_paraphrase(language: str, complaint: str, escalate: bool, reason: str | None) -> None:
    c = read_complaint(complaint, channel="im")
    assert c.language == language
    a = analyse(c)
    assert a.escalate is escalate, a.reasons
    if reason:
        assert reason in a.reasons
