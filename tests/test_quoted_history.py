"""Quoted history: the complaint stays the customer's newest words; their own quoted mail gives
secondary facts; our quoted reply is context (its promises), never their words; signatures never facts."""

from __future__ import annotations

import pytest

from drafter.intake import analyse, read_complaint

# (raw, newest words kept, words that must not be in the complaint, [(speaker, words in that quote)])
SPEAKER_CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    # en: our reply quoted under "On Mon, … wrote:" (top-posting)
    (
        "Still no call back.\n\nOn Mon, 2 Mar 2026 at 09:10, Help Desk <help@shop.example> wrote:\n"
        "> Hi Dana, thank you for contacting us. We will call you by Friday.\n> Kind regards, Help Desk",
        "Still no call back.",
        "call you by Friday",
        [("company", "We will call you by Friday")],
    ),
    # en: their own earlier mail under our reply, two levels down (replies alternate)
    (
        "Any news?\n\nOn Tue, 3 Mar 2026, Help Desk wrote:\n> Thanks for your email, we are checking.\n>\n"
        "> On Mon, 2 Mar 2026, Dana Reyes wrote:\n>> My blender (order QX-48213, $89.50) arrived cracked.",
        "Any news?",
        "cracked",
        [("company", "we are checking"), ("customer", "QX-48213")],
    ),
    # en: a reply quoted inline with ">" after the customer's lead-in
    (
        "I asked for a refund of my deposit. Your reply said:\n> We aim to respond within 28 days.\n"
        "That was six weeks ago. Please refund it.",
        "That was six weeks ago. Please refund it.",
        "28 days",
        [("company", "within 28 days")],
    ),
    # en: a forwarded confirmation, then their words again below it
    (
        "See your confirmation below.\n\n---------- Forwarded message ----------\nFrom: orders@bakery.example\n"
        "Subject: Your order\n> Thanks Sam! Your cake is booked for Saturday.\n\nThe cake never came.\n\nSam Lee",
        "The cake never came.",
        "booked for Saturday",
        [("company", "booked for Saturday")],
    ),
    # zh-Hans: "在 2026年3月1日 … 写道：" over our reply
    (
        "还是没有人联系我。\n\n在 2026年3月1日 10:00，客服中心 <kf@shop.example> 写道：\n"
        "> 王先生您好，我们会在三个工作日内给您回电。",
        "还是没有人联系我。",
        "三个工作日",
        [("company", "三个工作日内给您回电")],
    ),
    # zh-Hans: Outlook header 发件人 over the customer's own earlier mail
    (
        "一周了还没有回复，我再发一次。\n\n发件人：李娜\n发送时间：2026年3月1日\n主题：退款\n\n"
        "你好，我在贵店买的电饭煲（订单 DF-73310，¥459）用了两天就坏了。",
        "一周了还没有回复，我再发一次。",
        "电饭煲",
        [("customer", "DF-73310")],
    ),
    # zh-Hant: "於 2026年3月1日 … 寫道：" over our reply
    (
        "到現在還是沒有消息。\n\n於 2026年3月1日 上午10:00，客服中心 寫道：\n> 陳小姐您好，我們會盡快與您聯繫。",
        "到現在還是沒有消息。",
        "盡快與您聯繫",
        [("company", "我們會盡快與您聯繫")],
    ),
    # zh-Hant: Outlook header 寄件者 under a ----- 原始郵件 ----- line, their own earlier mail
    (
        "我上次寫信到現在都沒人理。\n\n-----原始郵件-----\n寄件者：張美玲\n寄件日期：2026年3月1日\n"
        "主旨：退款\n\n您好，我在貴店訂的蛋糕（訂單 TW-88412，NT$1,280）送錯了。",
        "我上次寫信到現在都沒人理。",
        "送錯了",
        [("customer", "TW-88412")],
    ),
    # zh-Hant (Cantonese): our reply quoted inline
    (
        "我三月已經取消咗，你哋當時回覆：\n> 李先生你好，會籍將於3月31日結束。\n點知四月又扣錢，唔該退返。",
        "點知四月又扣錢，唔該退返。",
        "會籍將於",
        [("company", "會籍將於3月31日結束")],
    ),
    # zh-Hant: a letter from someone else passed on to us
    (
        "轉寄管理處封信俾你哋睇。\n\n> 陳先生：本處發現大堂門損毀，維修費用為HK$2,000。\n\n呢筆錢應該由你哋負責。",
        "呢筆錢應該由你哋負責。",
        "本處發現",
        [("other", "維修費用")],
    ),
]


@pytest.mark.parametrize(("raw", "kept", "absent", "quotes"), SPEAKER_CASES)
def test_quotes_are_set_aside_with_who_wrote_them(
    raw: str, kept: str, absent: str, quotes: list[tuple[str, str]]
) -> None:
    complaint = read_complaint(raw)
    assert kept in complaint.text
    assert absent not in complaint.text
    found = [(q.speaker, q.text) for q in complaint.quoted]
    for speaker, words in quotes:
        assert any(s == speaker and words in t for s, t in found), found


# (raw, language, order id, amount): facts only in the customer's own quoted mail are used
SECONDARY_CASES = [
    (
        "Any update? It has been two weeks.\n\nOn Mon, 2 Mar 2026, Dana Reyes <dana@mail.example> wrote:\n"
        "> My blender (order QX-48213, $89.50) arrived cracked.\n\nDana Reyes",
        "en",
        "QX-48213",
        "$89.50",
    ),
    (
        "已经一周了，还是没人处理。\n\n发件人：李娜\n发送时间：2026年3月1日\n\n"
        "你好，我在贵店买的电饭煲（订单号 DF-73310，¥459）用了两天就坏了。\n\n李娜",
        "zh-Hans",
        "DF-73310",
        "¥459",
    ),
    (
        "一個禮拜了還是沒人回覆。\n\n-----原始郵件-----\n寄件者：張美玲\n\n"
        "您好，我在貴店訂的蛋糕（訂單編號 TW-88412，NT$1,280）送錯了。\n\n張美玲",
        "zh-Hant",
        "TW-88412",
        "NT$1,280",
    ),
]


@pytest.mark.parametrize(("raw", "language", "order", "amount"), SECONDARY_CASES)
def test_own_quoted_mail_gives_secondary_facts(raw: str, language: str, order: str, amount: str) -> None:
    complaint = read_complaint(raw)
    assert complaint.language == language
    assert order not in complaint.text
    facts = analyse(complaint).facts
    assert facts.order_id == order
    assert amount in [m.text for m in facts.amounts]


# Our reply's ids and amounts stay context: never the customer's facts.
OUR_REPLY_CASES = [
    (
        "That is not good enough.\n\nOn Mon, 2 Mar 2026, Support <s@shop.example> wrote:\n"
        "> Hi Dana, we will refund $20 on order ZK-55120 as a goodwill gesture.",
        "$20",
        "ZK-55120",
    ),
    (
        "这样处理我不接受。\n\n在 2026年3月1日 10:00，客服 写道：\n"
        "> 王先生您好，我们会为订单 ZK-55120 退款¥20作为补偿。",
        "¥20",
        "ZK-55120",
    ),
    (
        "這樣處理我不接受。\n\n於 2026年3月1日 上午10:00，客服 寫道：\n> 陳小姐您好，我們會為訂單 ZK-55120 退款NT$20。",
        "NT$20",
        "ZK-55120",
    ),
]


@pytest.mark.parametrize(("raw", "amount", "order"), OUR_REPLY_CASES)
def test_our_quoted_reply_is_context_not_their_facts(raw: str, amount: str, order: str) -> None:
    complaint = read_complaint(raw)
    facts = analyse(complaint).facts
    assert facts.order_id is None
    assert amount not in [m.text for m in facts.amounts]
    assert not any(order in s for s in facts.story)
    ours = [q for q in complaint.quoted if q.speaker == "company"]
    assert ours and any(order in p for p in ours[0].promises)


# Signatures and sign-offs in a quoted mail are no facts; a signed name is still the name.
SIGNATURE_CASES = [
    (
        "Still waiting.\n\nThanks,\nDana Reyes\n\nOn Mon, 2 Mar 2026, Dana Reyes wrote:\n"
        "> The kettle leaks.\n> --\n> Dana Reyes | Tel 020 7946 0321 | REF-99120",
        "Dana Reyes",
        "REF-99120",
    ),
    (
        "还在等。\n\n谢谢\n李娜\n\n在 2026年3月1日 10:00，李娜 写道：\n> 电水壶漏水。\n> --\n"
        "> 李娜 电话 138 0013 8000 编号 REF-99120",
        "李娜",
        "REF-99120",
    ),
    (
        "還在等。\n\n謝謝\n張美玲\n\n於 2026年3月1日 上午10:00，張美玲 寫道：\n> 熱水壺漏水。\n> --\n"
        "> 張美玲 電話 0912 345 678 編號 REF-99120",
        "張美玲",
        "REF-99120",
    ),
]


@pytest.mark.parametrize(("raw", "name", "signature_id"), SIGNATURE_CASES)
def test_quoted_signature_is_no_fact(raw: str, name: str, signature_id: str) -> None:
    complaint = read_complaint(raw)
    assert complaint.customer_name == name
    assert all(signature_id not in q.text for q in complaint.quoted)
    assert analyse(complaint).facts.order_id is None


def test_no_quote_no_parts() -> None:
    for raw in ("My kettle leaks.\n\nThanks,\nDana Reyes", "电水壶漏水。\n\n李娜", "熱水壺漏水。\n\n張美玲"):
        assert read_complaint(raw).quoted == []
