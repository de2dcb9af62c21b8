"""s13asks: the explicit ask answered, nothing unasked offered (satisfy_asks5), en / zh-Hans / zh-Hant."""

from __future__ import annotations

import pytest

import drafter
from drafter.backends.satisfy_asks5 import (
    call_asked,
    date_asked,
    deliver_to,
    drop_refused,
    either_fine,
    fair_refund,
    grant_one,
    no_rebooking_for_money,
    one_resend,
    outcome_not_ours,
    refused,
    slot_wanted,
    threat_demand,
    why_answered,
    why_asked,
)


def _draft(text: str, channel: str = "email") -> str:
    return str(drafter.draft(text, channel=channel, backend="template").text)


@pytest.mark.parametrize(
    ("own", "turned"),
    [
        ("我不要赔偿，也不用退钱，就希望你们管管骑手的态度", {"money", "comp"}),
        ("我不要賠償，只希望你們處理那位店員", {"comp"}),
        ("唔使賠錢，我只想佢哋道歉", {"comp", "money"}),
        ("I don't want compensation or a refund, I just want the driver spoken to", {"comp", "money"}),
        ("I'm not asking for a refund, just fix the heater", {"money"}),
        ("请退钱给我", set()),
        ("I want a refund of £20", set()),
        ("退款唔該", set()),
        ("我不要赔偿或者退款，只要道歉", {"comp", "money"}),
        ("不要再拖了，退钱", set()),
    ],
)
def test_refused(own: str, turned: set[str]) -> None:
    assert refused(own) == turned


@pytest.mark.parametrize(
    ("wanted", "own", "kept"),
    [
        ({"spilt_item": None}, "我不要赔偿，也不用退钱", set()),
        ({"choice": None, "compensation": None}, "我不要賠償，也不用退錢", set()),
        ({"compensation": None, "refund": "請退還NT$50"}, "我不要賠償，請退還NT$50", {"refund"}),
        ({"refund": None, "replacement": None}, "I don't need a refund, but please replace it", {"replacement"}),
        ({"refund": None}, "the soup was cold", {"refund"}),
    ],
)
def test_drop_refused(wanted: dict[str, str | None], own: str, kept: set[str]) -> None:
    assert set(drop_refused(wanted, own)) == kept


@pytest.mark.parametrize(
    ("wanted", "kept"),
    [
        ({"refund": "退剩下的钱", "reschedule": None}, {"refund"}),
        ({"refund": None, "reschedule": None}, {"refund"}),
        ({"reschedule": "请改到周五"}, {"reschedule"}),
        ({"refund": "refund or new date", "reschedule": "a new date"}, {"refund", "reschedule"}),
        ({"reschedule": None}, {"reschedule"}),
    ],
)
def test_no_rebooking_for_money(wanted: dict[str, str | None], kept: set[str]) -> None:
    assert set(no_rebooking_for_money(wanted)) == kept


@pytest.mark.parametrize(
    ("own", "found"),
    [
        ("I do think a partial refund of £60 per night is fair, so £180 in total.", True),
        ("我觉得退一半，也就是150元比较合理。", True),
        ("我覺得退還NT$500才公道。", True),
        ("The room was £60 per night and the service was fair.", False),
        ("退款很合理吧", False),  # no sum named
    ],
)
def test_fair_refund(own: str, found: bool) -> None:
    assert (fair_refund(own) is not None) == found


@pytest.mark.parametrize(
    ("own", "fine"),
    [
        ("补发或者退款都行", True),
        ("補寄或者退款都可以", True),
        ("a replacement or a refund, either is fine", True),
        ("补发或者退款，你们看着办", False),
        ("I want a refund", False),
    ],
)
def test_either_fine(own: str, fine: bool) -> None:
    assert either_fine(own) == fine


@pytest.mark.parametrize(
    ("in_limit", "kept"),
    [(True, {"refund"}), (False, {"refund", "replacement"})],
)
def test_grant_one(in_limit: bool, kept: set[str]) -> None:
    wanted: dict[str, str | None] = {"replacement": None, "refund": None}
    assert set(grant_one(wanted, "补发或者退款都行", in_limit)) == kept


@pytest.mark.parametrize(
    ("own", "asked"),
    [
        ("whats the holdup. dont call me", True),
        ("Why was I charged twice?", True),
        ("扣了30块 结果只有1G 啥意思啊", True),
        ("點解會扣兩次手續費？", True),
        ("為什麼會重複扣款？", True),
        ("please refund the $20", False),
        ("我要退钱", False),
    ],
)
def test_why_asked(own: str, asked: bool) -> None:
    assert (why_asked(own) is not None) == asked


@pytest.mark.parametrize(
    ("wanted", "own", "kinds"),
    [
        ({"compensation": None}, "applied 3 weeks ago, still pending. whats the holdup", {"explanation"}),
        ({"refund": "退钱"}, "扣了30块只有1G 啥意思啊 退钱", {"refund", "explanation"}),
        (
            {"refund": "x", "explanation": "為什麼會重複扣", "breakdown": None},
            "為什麼會重複扣",
            {"refund", "explanation"},
        ),
        ({}, "點解張單咁貴", set()),  # nothing guessed: the category's own answer stands
        ({"compensation": None}, "the lift is broken", {"compensation"}),
    ],
)
def test_why_answered(wanted: dict[str, str | None], own: str, kinds: set[str]) -> None:
    assert set(why_answered(wanted, own)) == kinds


@pytest.mark.parametrize(
    ("own", "call"),
    [
        ("唔該叫佢即刻打俾我", True),
        ("叫你们店长出来跟我说话", True),
        ("I want to speak to a manager", True),
        ("please call me back today", True),
        ("請主管親自回覆我", False),
        ("每次打电话都说在处理", False),
        ("please reply by email", False),
    ],
)
def test_call_asked(own: str, call: bool) -> None:
    assert call_asked(own) == call


@pytest.mark.parametrize(
    ("asks", "clause"),
    [
        (["请给一个明确的修复时间"], "请给一个明确的修复时间"),
        (["請話俾我知升降機幾時修好"], "請話俾我知升降機幾時修好"),
        (["when will the lift be fixed?"], "when will the lift be fixed?"),
        (["please waive the fee"], None),
    ],
)
def test_date_asked(asks: list[str], clause: str | None) -> None:
    assert date_asked({"repair_date": None}, asks)["repair_date"] == clause


@pytest.mark.parametrize(
    ("text", "place", "until"),
    [
        ("im at the Hotel Ribeira till thursday pls just deliver it there", "Hotel Ribeira", "thursday"),
        ("我住在如家酒店到周四，直接送到酒店吧", "如家酒店", "周四"),
        ("我住喺海景酒店到星期五 麻煩送去酒店", "海景酒店", "星期五"),
    ],
)
def test_deliver_to(text: str, place: str, until: str) -> None:
    assert deliver_to(text) == (place, until)


@pytest.mark.parametrize("text", ["my bag never arrived, please find it", "行李沒到，請盡快找回"])
def test_deliver_to_none(text: str) -> None:
    assert deliver_to(text) is None


# Whole drafts: the ask made is the one answered.
@pytest.mark.parametrize(
    ("text", "channel", "present", "absent"),
    [
        (
            "Booking 4471, two nights. The heating never worked and nobody came to fix it. "
            "I think a refund of £40 per night is fair, so £80 in total.",
            "email",
            ["£80"],
            ["new time"],
        ),
        (
            "私教课买了10节3000元 教练离职了 剩6节都没人接 剩下的钱退我好吗",
            "im",
            ["退"],
            ["重新安排"],
        ),
        ("皮拉提斯課買了10堂NT$9,000 老師離職了 剩6堂都沒人上 剩下的錢退我好嗎", "im", ["退"], ["新的時間"]),
        (
            "外卖送到时汤洒了一半，骑手很不耐烦地说“又不是我做的”就走了。我不要赔偿，也不用退钱，就希望你们管管骑手的态度。",
            "email",
            ["主管"],
            ["补送", "哪种方式"],
        ),
        (
            "外賣送到時湯灑了一半，外送員很不耐煩地說「又不是我做的」就走了。我不要賠償，也不用退錢，只希望你們管管外送員的態度。",
            "email",
            ["主管"],
            ["補送", "哪種方式"],
        ),
        (
            "applied for a loan top-up 2 weeks ago ref LT-2231, still says pending. whats the holdup",
            "im",
            ["find out"],
            ["compensation"],
        ),
        ("网上买了两盒维生素 只到了一盒 订单55821 少的那盒29元 补发或者退款都行", "im", ["29"], ["哪种方式"]),
        ("網上買咗兩盒維他命 得一盒 訂單55821 少咗嗰盒HK$29 補寄或者退款都得", "im", ["29"], ["哪種方式"]),
        ("月費計劃係$168 點解今個月張單要HK$298？請退返多收嘅錢", "im", ["原因"], []),
        # a written complaint over a sum beyond the store's limit: approved by management (s14route: no
        # longer escalated for the sum alone, so no manager's contact line), and no call nobody asked for
        (
            "您好：\n合同写明提前还款不收违约金，却被收了5,000元违约金。请核实后退还这5,000元。\n王强",
            "email",
            ["审批"],
            ["打电话"],
        ),
        (
            "您好：\n合約寫明提前還款不收違約金，卻被收了5,000元違約金。請核實後退還這5,000元，否則我會交給律師處理。\n王強",
            "email",
            ["郵件"],
            ["打電話"],
        ),
        ("合約寫明提前還款唔收違約金，但係收咗我5,000蚊。退返5,000蚊俾我，唔該叫經理打俾我", "im", ["電話"], []),
        (
            "Rental RA-1234. A week later you charged my card $420 for a dent that was there at pickup. "
            "If the $420 is not reversed within 7 days I will file a chargeback.",
            "email",
            ["$420 needs approval"],
            [],
        ),
        (
            "landed yesterday and my suitcase never showed up. im at the Hotel Lumen till friday pls deliver it there",
            "im",
            ["Hotel Lumen", "Friday"],
            [],
        ),
        (
            "昨天落地行李沒到，行李牌BR778812，我住在晶華酒店到週五，直接送到酒店",
            "im",
            ["送到晶華酒店給您", "週五離開前送到"],
            [],
        ),
    ],
)
def test_drafts(text: str, channel: str, present: list[str], absent: list[str]) -> None:
    reply = _draft(text, channel)
    for word in present:
        assert word in reply, (word, reply)
    for word in absent:
        assert word not in reply, (word, reply)


@pytest.mark.parametrize(
    ("wanted", "kept"),
    [
        (
            {
                "replacement": "請將文件重新寄去觀塘地址",
                "documents": "請將文件重新寄去觀塘地址",
                "certificate": None,
                "resend": "請將文件重新寄去觀塘地址",
            },
            {"resend"},
        ),
        ({"resend": "请把发票重新寄到新地址", "certificate": None}, {"resend"}),
        ({"resend": "resend the invoice", "refund": "refund the fee"}, {"resend", "refund"}),
        ({"replacement": "send a new one", "documents": None}, {"replacement", "documents"}),
    ],
)
def test_one_resend(wanted: dict[str, str | None], kept: set[str]) -> None:
    assert set(one_resend(wanted)) == kept


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("只想知道能不能免費重燙一次,時間希望安排在平日晚上。", "平日晚上"),
        ("补课时间最好是周末下午", "周末下午"),
        ("Could you rebook me, weekday evenings if possible?", "weekday evenings"),
        ("I want a refund", None),
        ("我晚上都在家", None),
    ],
)
def test_slot_wanted(text: str, slot: str | None) -> None:
    assert slot_wanted(text) == slot


@pytest.mark.parametrize(
    ("text", "channel", "present", "absent"),
    [
        ("你哋師傅上個禮拜嚟裝冷氣收咗HK$2,300 部冷氣機完全冇凍仲漏水 再唔返嚟整我就去消委會投訴", "im", ["上門"], []),
        (
            "本人申請咗證明文件副本，編號 BR-1234567，已繳費HK$250。文件寄咗去舊地址。"
            "請盡快將文件重新寄去新地址，唔好再要我重新繳費。",
            "email",
            ["不需要重新申請或再次繳費"],
            ["更換", "清單"],
        ),
        (
            "上週剪的頭髮層次全亂了，付了NT$1,200。想免費重剪一次，時間希望安排在平日晚上。",
            "email",
            ["儘量安排在平日晚上"],
            [],
        ),
        (
            "上周剪的头发层次全乱了，付了300元。想免费重剪一次，时间最好在周末下午。",
            "email",
            ["尽量安排在周末下午"],
            [],
        ),
    ],
)
def test_drafts_more(text: str, channel: str, present: list[str], absent: list[str]) -> None:
    reply = _draft(text, channel)
    for word in present:
        assert word in reply, (word, reply)
    for word in absent:
        assert word not in reply, (word, reply)


@pytest.mark.parametrize(
    ("domain", "deadline", "not_ours"),
    [
        ("public_service", "下个月前", True),
        ("public_service", "24小時內", False),  # within a day: answered firm
        ("delivery", "by Friday", False),
        ("software", "七天內", False),  # not an authority: lost data is promise.recovery_by
    ],
)
def test_outcome_not_ours(domain: str, deadline: str, not_ours: bool) -> None:
    assert outcome_not_ours(domain, deadline) == not_ours


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "客服您好：\n我用你們的雲端相簿三年，上週更新後帳號裡的照片全部不見了。請在十天內恢復，否則我會找律師。\n林先生",
            ["能找回哪些"],
            ["在十天內辦好，"],
        ),
        (
            "客服你好：\n我用你们的网盘两年，上周更新后账号里的工作文件全部不见了。请在十天内恢复，否则我会找律师。\n林先生",
            ["能找回哪些"],
            ["在十天内办好，"],
        ),
        (
            "Hello,\nI applied for my residence permit renewal at the city office six weeks ago, ref RP-1123, and "
            "the status still says processing. Please get it issued before 15 March, I need it for my new job.\n"
            "Sam Lee",
            ["whether that can be met"],
            ["so that it's done"],
        ),
    ],
)
def test_drafts_not_ours(text: str, present: list[str], absent: list[str]) -> None:
    reply = _draft(text, "email")
    for word in present:
        assert word in reply, (word, reply)
    for word in absent:
        assert word not in reply, (word, reply)


@pytest.mark.parametrize(
    ("own", "demand"),
    [
        ("Please recover my files within 10 days or I will hand this to my lawyer.", "recover my files within 10 days"),
        ("请在十天内恢复，否则我会找律师", "在十天内恢复"),
        ("三日內處理好，唔係我就去消委會", "三日内处理好"),
        ("I want a refund.", None),
    ],
)
def test_threat_demand(own: str, demand: str | None) -> None:
    assert threat_demand(own) == demand


def test_demand_before_threat_answered() -> None:
    reply = _draft(
        "Hello,\nAfter your update last week every photo in my cloud account is gone. "
        "Please recover my files within 10 days or I will hand this to my lawyer.\nSam"
    )
    assert "restore or export your files" in reply, reply
