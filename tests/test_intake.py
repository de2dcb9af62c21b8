"""Intake, table-driven: reading emails and IM messages in en, zh-Hans and zh-Hant, and the
analysis (category, escalation, customer type, facts) the drafting step relies on."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from drafter.errors import ConfigError, InputError
from drafter.guard.report import GuardContext
from drafter.intake import analyse, detect_language, load_intake, read_complaint
from drafter.models import Complaint
from drafter.resources import data_dir

FIXTURES = Path(__file__).parent / "fixtures" / "intake"


def _analyse(text: str, **kwargs: Any) -> Any:
    return analyse(read_complaint(text, **kwargs))


# --------------------------------------------------------------------------- language


LANGUAGE_CASES = [
    # English, incl. short IM messages and a Chinese brand inside English
    ("My parcel hasn't arrived yet", "en"),
    ("hi", "en"),
    ("ok?", "en"),
    ("Refund now!!!", "en"),
    ("WHERE IS MY FOOD", "en"),
    ("The MacBook Pro I bought has a dead pixel", "en"),
    ("my 小米 phone broke", "en"),
    ("Where is my order #A12345?", "en"),
    # Simplified, incl. one-word IM messages and English product names
    ("退款", "zh-Hans"),
    ("外卖", "zh-Hans"),
    ("在吗？", "zh-Hans"),
    ("汉堡是冷的", "zh-Hans"),
    ("我的AirPods Pro左耳没声音", "zh-Hans"),
    ("我在Amazon买的Kindle坏了", "zh-Hans"),
    ("我买的iPhone 15 Pro屏幕坏了", "zh-Hans"),
    ("订单2023112233还没发货", "zh-Hans"),
    ("这是ー种权力腐败的表现，国家的资产长期被私人占用。", "zh-Hans"),  # a katakana long mark typed for 一
    # Traditional
    ("退錢", "zh-Hant"),
    ("外賣到了嗎", "zh-Hant"),
    ("訂單還沒到", "zh-Hant"),
    ("漢堡是冷的", "zh-Hant"),
    ("iPad Air 螢幕裂了", "zh-Hant"),
    ("我買的MacBook Pro鍵盤壞了", "zh-Hant"),
    ("我買的 iPhone 15 壞了 please help", "zh-Hant"),
    ("請問我的包裹在哪裡", "zh-Hant"),
    # Other languages are answered as English (the drafting languages are en, zh-Hans, zh-Hant)
    ("Bonjour, ma commande est en retard", "en"),
    ("注文した商品が届きません", "en"),
    ("Mi pedido no ha llegado", "en"),
]


@pytest.mark.parametrize(("text", "expected"), LANGUAGE_CASES)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected
    assert read_complaint(text).language == expected


def test_explicit_language_is_kept() -> None:
    assert read_complaint("汉堡是冷的", language="zh-Hant").language == "zh-Hant"
    assert read_complaint("退款", language="en").language == "en"


def test_long_mixed_email_detects_the_main_language() -> None:
    text = "Dear team,\n\n" + "我上周在你们官网买的Dyson V11吸尘器用了三天就坏了，开机没反应。" * 3
    assert read_complaint(text).language == "zh-Hans"


# --------------------------------------------------------------------------- .eml files


EML_CASES = [
    # file, channel, language, name, subject, text must contain, text must not contain
    (
        "en_plain.eml",
        "en",
        "Alice Wong",
        "Order #A12345 arrived cold",
        ["large pepperoni pizza", "I want a refund."],
        ["wrote:", "Estimated delivery", "Thanks,", "Alice"],
    ),
    (
        "zh_multipart_html.eml",
        "zh-Hans",
        "张伟",
        "投诉：外卖里吃出头发",
        ["里吃出了一根头发", "我要求全额退款"],
        ["<", "color", "写道", "祝您用餐愉快", "张伟"],
    ),
    (
        "zh_hant_reply.eml",
        "zh-Hant",
        "陳小姐",
        "訂單編號 TW-8812 的冷氣安裝",
        ["等到五點都沒有師傅來", "並解釋為什麼沒有人來"],
        ["寫道", "已為您預約", ">", "謝謝"],
    ),
    (
        "en_signature_iphone.eml",
        "en",
        "Bob Smith",
        "Kettle leaking - need a replacement",
        ["The kettle I bought", "leaking from the base — there is water", "I would like a replacement please."],
        ["Procurement", "Sent from my iPhone", "CONFIDENTIALITY", "Regards", "Bob"],
    ),
]


@pytest.mark.parametrize(("name", "language", "customer", "subject", "present", "absent"), EML_CASES)
def test_eml(name: str, language: str, customer: str, subject: str, present: list[str], absent: list[str]) -> None:
    complaint = read_complaint((FIXTURES / name).read_text(encoding="utf-8"))
    assert complaint.channel == "email"
    assert complaint.language == language
    assert complaint.customer_name == customer
    assert complaint.subject == subject
    for piece in present:
        assert piece in complaint.text
    for piece in absent:
        assert piece not in complaint.text


EML_ANALYSIS = [
    ("en_plain.eml", "product_quality", [], "A12345", ["refund"]),
    ("zh_multipart_html.eml", "foreign_object", ["foreign_object"], "2023112233", ["refund", "explanation"]),
    ("zh_hant_reply.eml", "appointment", [], "TW-8812", ["explanation"]),
    ("en_signature_iphone.eml", "product_quality", [], None, ["replacement"]),
]


@pytest.mark.parametrize(("name", "category", "reasons", "order_id", "asks"), EML_ANALYSIS)
def test_eml_analysis(name: str, category: str, reasons: list[str], order_id: str | None, asks: list[str]) -> None:
    analysis = analyse(read_complaint((FIXTURES / name).read_text(encoding="utf-8")))
    assert analysis.category == category
    assert analysis.reasons == reasons
    assert analysis.escalate is bool(reasons)
    assert analysis.facts.order_id == order_id
    assert analysis.facts.asks_for == asks


def test_eml_explicit_arguments_win() -> None:
    raw = (FIXTURES / "en_plain.eml").read_text(encoding="utf-8")
    complaint = read_complaint(raw, channel="im", language="en", customer="A. Wong", context={"order_id": "X9"})
    assert (complaint.channel, complaint.customer_name, complaint.context.order_id) == ("im", "A. Wong", "X9")
    assert analyse(complaint).facts.order_id == "X9"  # the order system's id beats the text's


@pytest.mark.parametrize("raw", ["\ud800", "我的快递\udfff还没到", "my parcel \ud83d is late"])
def test_text_with_a_lone_surrogate_is_refused_in_one_line(raw: str) -> None:
    with pytest.raises(InputError, match="unpaired surrogate"):
        read_complaint(raw, channel="im")


@pytest.mark.parametrize(
    ("raw", "body"),
    [
        # Python's address parser raises on these sender lines; the complaint must still be read
        ("From: .:\nSubject: late\n\nMy parcel is late.\n", "My parcel is late."),
        ("FROM: 0.:\n\n我的快递还没到。\n", "我的快递还没到。"),
        ("From: <@>:;\nSubject: 退款\n\n我的退款還沒到帳。\n", "我的退款還沒到帳。"),
    ],
)
def test_eml_with_a_sender_the_stdlib_cannot_parse(raw: str, body: str) -> None:
    complaint = read_complaint(raw, channel="email")
    assert complaint.text.strip() == body
    assert complaint.customer_name is None


# --------------------------------------------------------------------------- names


NAME_CASES = [
    # (text, name); sign-off and name lines are removed from the text, self-introductions stay
    ("Hi,\n\nMy order is late.\n\nThanks,\nAlice Wong", "Alice Wong"),
    ("Hello,\n\nThe lamp is broken.\n\nBest regards,\nJohn", "John"),
    ("My order is late, please check.\nThanks, Alice", "Alice"),
    ("Hello,\n\nThe lamp is broken.\n\nKind regards,\nMs Lee", "Ms Lee"),
    ("Hello,\n\nThe lamp is broken and nobody replied.\n\nMary Jane Watson", "Mary Jane Watson"),
    ("My name is Bob Lee and my parcel is late.", "Bob Lee"),
    ("我买的牛奶过期了，请尽快处理。\n张伟", "张伟"),
    ("您好，\n我买的牛奶过期了。\n谢谢！\n王先生", "王先生"),
    ("我的快遞還沒到。\n\n謝謝\n陳小姐", "陳小姐"),
    ("外卖送错了，麻烦处理一下。\n——欧阳娜娜", "欧阳娜娜"),
    ("你好，我叫李明，我的外卖还没到。", "李明"),
    # no name
    ("my order is late\nplease help", None),
    ("我的外卖还没到\n尽快处理", None),
    ("我的外卖还没到\n马上", None),
    ("Hello,\n\nThe lamp is broken.\n\nThank You", None),
]


@pytest.mark.parametrize(("text", "name"), NAME_CASES)
def test_customer_name(text: str, name: str | None) -> None:
    complaint = read_complaint(text)
    assert complaint.customer_name == name
    if name and name not in ("Bob Lee", "李明"):
        assert name not in complaint.text


def test_customer_argument_overrides_everything() -> None:
    assert read_complaint("Late parcel.\nThanks,\nAlice", customer=" Zoe ").customer_name == "Zoe"


# --------------------------------------------------------------------------- quotes and signatures


STRIP_CASES = [
    # (raw, expected text)
    (
        "My kettle leaks.\n\nOn Mon, 1 Jan 2024 at 10:00, Support <s@example.com> wrote:\n> We are sorry\n> Bye",
        "My kettle leaks.",
    ),
    (
        "My kettle leaks.\n\nOn Mon, 1 Jan 2024 at 10:00, Support <s@example.com>\nwrote:\n> We are sorry",
        "My kettle leaks.",
    ),
    ("Still broken.\n\n-----Original Message-----\nFrom: Support\nSent: Monday\nSubject: Re: kettle", "Still broken."),
    (
        "Still broken.\n\nFrom: Support <s@example.com>\nSent: Monday, 1 January 2024 10:00\nTo: Bob\n\nHi Bob",
        "Still broken.",
    ),
    (
        "Still broken.\n________________________________\nFrom: Support <s@example.com>\nSent: Monday",
        "Still broken.",
    ),
    ("On Mon, Support wrote:\n> did it work?\n\nNo, it's still broken.", "No, it's still broken."),
    ("> did it work?\nNo, still broken.", "No, still broken."),
    ("还是没收到。\n\n在 2024年3月1日 15:00，客服 <s@example.cn> 写道：\n> 您好，已发货", "还是没收到。"),
    ("还是没收到。\n\n------------------ 原始邮件 ------------------\n发件人: 客服", "还是没收到。"),
    ("还是没收到。\n\n发件人：客服中心\n发送时间：2024年3月1日\n主题：回复", "还是没收到。"),
    ("還是沒收到。\n\n寄件者：客服中心\n傳送時間：2024年3月1日", "還是沒收到。"),
    ("還是沒收到。\n\n-----原始郵件-----\n寄件者：客服中心", "還是沒收到。"),
    ("The lamp flickers.\n-- \nBob\nAcme Ltd", "The lamp flickers."),
    ("The lamp flickers.\n\nSent from my iPhone", "The lamp flickers."),
    ("台灯一闪一闪的。\n\n发自我的iPhone", "台灯一闪一闪的。"),
    ("檯燈一閃一閃的。\n\n從我的 iPhone 傳送", "檯燈一閃一閃的。"),
    ("The lamp flickers.\n\nGet Outlook for Android", "The lamp flickers."),
    (
        "The lamp flickers.\n\nThis email and any attachments are confidential and intended solely for the addressee.",
        "The lamp flickers.",
    ),
    ("台灯坏了。\n\n免责声明：本邮件仅供收件人使用。", "台灯坏了。"),
    ("Subject: Broken lamp\nThe lamp flickers.", "The lamp flickers."),
]


@pytest.mark.parametrize(("raw", "expected"), STRIP_CASES)
def test_strip_quotes_and_signatures(raw: str, expected: str) -> None:
    assert read_complaint(raw).text == expected


def test_pasted_headers_give_subject_and_name() -> None:
    complaint = read_complaint("From: Alice Wong <alice@example.com>\nSubject: Re: Broken lamp\nThe lamp flickers.")
    assert (complaint.subject, complaint.customer_name, complaint.text) == (
        "Broken lamp",
        "Alice Wong",
        "The lamp flickers.",
    )


# --------------------------------------------------------------------------- channels and IM JSON


CHANNEL_CASES = [
    ("where is my order??", "im"),
    ("外卖还没到", "im"),
    ("hi\nmy order is late", "im"),
    ("Hi,\n\nMy order #A12345 is two weeks late.\n\nThanks,\nAlice", "email"),
    ("您好，\n\n我买的台灯坏了，请尽快处理。\n\n谢谢\n张伟", "email"),
    ("您好：\n我訂的蛋糕送到時已經化了。\n請盡快處理。\n陳小姐", "email"),
    ("The lamp flickers.\n\nSent from my iPhone", "email"),
    ("Still broken.\n\n-----Original Message-----\nFrom: Support", "email"),
]


@pytest.mark.parametrize(("raw", "channel"), CHANNEL_CASES)
def test_channel(raw: str, channel: str) -> None:
    assert read_complaint(raw).channel == channel


def test_explicit_channel_wins() -> None:
    assert read_complaint("where is my order??", channel="email").channel == "email"


IM_JSON_CASES: list[tuple[dict[str, Any], str, str | None, str]] = [
    ({"text": "where is my order??", "from": "Alice"}, "where is my order??", "Alice", "en"),
    (
        {"message": {"text": "外卖还没到，等了一个小时", "from": {"display_name": "张伟"}}},
        "外卖还没到，等了一个小时",
        "张伟",
        "zh-Hans",
    ),
    ({"Content": "外賣還沒到", "User": {"name": "小美"}}, "外賣還沒到", "小美", "zh-Hant"),
    ({"content": "refund pls", "customer": "Bob <bob@example.com>"}, "refund pls", "Bob", "en"),
    ({"body": "my parcel is late", "sender": "bob@example.com"}, "my parcel is late", None, "en"),
]


@pytest.mark.parametrize(("message", "text", "name", "language"), IM_JSON_CASES)
def test_im_json(message: dict[str, Any], text: str, name: str | None, language: str) -> None:
    complaint = read_complaint(json.dumps(message, ensure_ascii=False))
    assert (complaint.text, complaint.customer_name, complaint.channel, complaint.language) == (
        text,
        name,
        "im",
        language,
    )


def test_text_that_only_looks_like_json_is_text() -> None:
    assert read_complaint("{broken json is still a complaint").text == "{broken json is still a complaint"


# --------------------------------------------------------------------------- categories


CATEGORY_CASES = [
    ("The blender I bought stopped working after two days.", "product_quality"),
    ("我买的牛奶过期了，还有酸味。", "product_quality"),
    ("The burger was cold.", "product_quality"),
    ("I found a hair in my soup.", "foreign_object"),
    ("青菜里吃出一只小虫。", "foreign_object"),
    ("我的飲料裡有玻璃渣。", "foreign_object"),
    ("After eating your chicken I got food poisoning and was vomiting all night.", "illness"),
    ("吃完你们的海鲜，我拉肚子拉了一晚上。", "illness"),
    ("My son slipped on the wet floor and cut his chin.", "injury"),
    ("店里地板太滑，我摔倒了，手也划伤了。", "injury"),
    ("The waiter was rude and rolled his eyes at us.", "service_attitude"),
    ("服務員態度很差，還翻白眼。", "service_attitude"),
    ("We waited 45 minutes and nobody came to take our order.", "waiting"),
    ("排队排了一个小时，太慢了。", "waiting"),
    ("I was charged twice for the same meal.", "billing"),
    ("账单上多收了我30元服务费。", "billing"),
    ("My parcel still hasn't arrived and the tracking hasn't updated for a week.", "delivery"),
    ("快递一个星期了还没到，物流也不更新。", "delivery"),
    ("The technician never showed up for my 2pm appointment.", "appointment"),
    ("預約了下午兩點安裝，師傅沒來。", "appointment"),
    ("I can't log in to my account and the password reset never arrives.", "account"),
    ("我的会员账号被冻结了，积分也没了。", "account"),
    ("The toilets were filthy and the music was far too loud.", "other"),
    ("王先生的外卖送错地址了。", "delivery"),
    ("店里环境太吵了，停车也不方便。", "other"),
    ("I would like to share some thoughts about your store.", "other"),
    ("Issue with order 556677: wrong size sent.", "product_quality"),
    ("请问什么时候能退款？已经一个星期了。", "billing"),
]


@pytest.mark.parametrize(("text", "category"), CATEGORY_CASES)
def test_category(text: str, category: str) -> None:
    assert _analyse(text).category == category


def test_escalation_category_wins_over_more_hits() -> None:
    text = "The delivery was late, the driver was rude, the food was cold, and there was a hair in it."
    assert _analyse(text).category == "foreign_object"


# --------------------------------------------------------------------------- escalation


ESCALATION_CASES = [
    ("I got food poisoning from your sushi.", ["illness"]),
    ("吃了你们的外卖后我一直腹泻。", ["illness"]),
    ("吃完後我女兒全身過敏起紅疹。", ["illness"]),
    ("My daughter burned her hand on the kettle lid.", ["injury"]),
    ("服务员把热汤洒在我身上，我被烫伤了。", ["injury"]),
    ("There was a piece of glass in my salad.", ["foreign_object"]),
    ("汉堡里有一根钢丝。", ["foreign_object"]),
    ("The heater sparks when I plug it in, it's a fire hazard.", ["safety"]),
    ("热水器漏电，太危险了。", ["safety"]),
    ("家裡的瓦斯爐有漏氣的情況。", ["safety"]),
    ("If this isn't sorted I'm going to the press.", ["media"]),
    ("不给我解决我就发微博曝光你们。", ["media"]),
    ("我會把這件事發到抖音上熱搜。", ["media"]),
    ("I will report this to trading standards.", ["consumer_association"]),
    ("再不处理我就打12315投诉。", ["consumer_association"]),
    ("我要去消協投訴你們。", ["consumer_association"]),
    ("I've spoken to my lawyer and I will sue.", ["legal"]),
    ("我已经找了律师，准备起诉你们。", ["legal"]),
    ("I won't hesitate to take you to court.", ["legal"]),
    ("I want to speak to your manager right now.", ["manager_demand"]),
    ("叫你们经理出来！", ["manager_demand"]),
    ("我要見你們店長。", ["manager_demand"]),
    ("不然我就去消协。", ["consumer_association"]),
    ("訂單12345再不處理，我就打12345投訴。", ["consumer_association"]),  # the id, then the hotline
    ("吃了你们的蛋糕，全家都上吐下泻。", ["illness"]),
    ("The phone I bought got really hot and started smoking while charging.", ["safety"]),
    ("你们家的充电宝充电的时候鼓包了，差点着火。", ["safety"]),
    ("I'll be posting this on Facebook.", ["media"]),
    ("The hair in my soup made me sick and I'm calling my lawyer.", ["foreign_object", "illness", "legal"]),
]


@pytest.mark.parametrize(("text", "reasons"), ESCALATION_CASES)
def test_escalation(text: str, reasons: list[str]) -> None:
    analysis = _analyse(text)
    assert analysis.reasons == reasons
    assert analysis.escalate is True


CLASS_ONE_CASES = [
    # Ordinary complaints a front-line agent handles (the seeds' class 1): no escalation.
    "My burger was cold when it arrived.",
    "汉堡是凉的。",
    "漢堡送來的時候已經涼了。",
    "Service was really slow tonight, we waited 40 minutes.",
    "上菜太慢了，等了半个小时。",
    "My parcel is three days late.",
    "快递晚了三天才到。",
    "包裹遲了三天。",
    "The bill was wrong, you charged me for two drinks I didn't order.",
    "账单算错了，多收了我一杯饮料的钱。",
    "帳單算錯了。",
    "The fries were soggy and the portion was tiny.",
    # a hotline's digits as an order number are the id, not a threat (12345 is a citizens' hotline)
    "我的订单12345还没到，已经一周了。",
    "訂單編號：12315 到現在還沒出貨。",
    "My order #12345 is a week late.",
]


@pytest.mark.parametrize("text", CLASS_ONE_CASES)
def test_no_escalation_for_class_one(text: str) -> None:
    analysis = _analyse(text)
    assert analysis.escalate is False
    assert analysis.reasons == []


NEGATIVE_CUE_CASES = [
    # (text, reasons): negations and idioms that must not trigger
    ("Nobody got sick, but the burger was cold.", []),
    ("I'm not sick, just annoyed that the soup was cold.", []),
    ("We didn't get ill, luckily.", []),
    ("I am sick of waiting for my parcel.", []),
    ("I'm sick and tired of your excuses.", []),
    ("No one was hurt, but the table wobbles.", []),
    ("The waiter hurt my feelings with that comment.", []),
    ("There was no hair in it, the soup was just cold.", []),
    ("I don't want to involve the press, just refund me.", []),
    ("We ate in the food court and the noodles were cold.", []),
    ("Good news: the parcel came. Bad news: it's the wrong colour.", []),
    ("You should fire that waiter.", []),
    ("孩子吃完没有拉肚子，但是汤是凉的。", []),
    ("还好没有人受伤，但是桌子坏了。", []),
    ("我不会去找媒体，只想退款。", []),
    ("我买的炸鸡是凉的，气炸了。", []),
    ("鞋子穿着不舒服，想换货。", []),
    ("老板，你们的外卖送错了。", []),  # addressing the shop as 老板 is not asking for management
    ("理发师把我的头发剪坏了。", []),
    ("烟雾报警器一直乱响。", []),
    # ... while questions and counterfactual-looking phrases still do
    ("不知道是不是食物中毒，我现在一直拉肚子。", ["illness"]),
    ("I couldn't stop vomiting after your pasta.", ["illness"]),
]


@pytest.mark.parametrize(("text", "reasons"), NEGATIVE_CUE_CASES)
def test_negative_cues(text: str, reasons: list[str]) -> None:
    assert _analyse(text).reasons == reasons


# --------------------------------------------------------------------------- customer type


CUSTOMER_TYPE_CASES = [
    ("This is disgusting!! Worst service ever, never again.", "emotion"),
    ("气死我了！！你们简直是垃圾！", "emotion"),
    ("太失望了，真的很噁心。", "emotion"),
    ("THIS IS UNACCEPTABLE", "emotion"),
    ("I want a refund for order #A12345 by tomorrow.", "demand"),
    ("请尽快给我退款，并赔偿运费。", "demand"),
    ("請盡快換貨。", "demand"),
    ("My parcel is late.", "demand"),  # neutral defaults to demand
    ("快递还没到。", "demand"),
    ("This is disgusting and unacceptable!! I want a full refund and I expect compensation.", "mixed"),
    ("太恶心了！！我要求退款，还要赔偿！", "mixed"),
]


@pytest.mark.parametrize(("text", "kind"), CUSTOMER_TYPE_CASES)
def test_customer_type(text: str, kind: str) -> None:
    assert _analyse(text).customer_type == kind


# --------------------------------------------------------------------------- facts


ORDER_ID_CASES: list[tuple[str, str | None]] = [
    ("Where is order #A12345?", "A12345"),
    ("My order number is 88812345 and it's late.", "88812345"),
    ("Order: B-77123 arrived damaged.", "B-77123"),
    ("Ref #X55443", "X55443"),
    ("订单号：2023112233 还没发货。", "2023112233"),
    ("我的订单2023112233怎么还没到？", "2023112233"),
    ("訂單編號 TW-8812 的包裹還沒到。", "TW-8812"),
    ("订单号是 ２０２３１１２２３３", "2023112233"),
    ("My order was late again.", None),
    ("I ordered 12 cupcakes.", None),
]


@pytest.mark.parametrize(("text", "order_id"), ORDER_ID_CASES)
def test_order_id(text: str, order_id: str | None) -> None:
    assert _analyse(text).facts.order_id == order_id


def test_context_order_id_is_preferred() -> None:
    assert _analyse("订单号：2023112233 还没发货。", context={"order_id": "SYS-1"}).facts.order_id == "SYS-1"


ITEM_CASES: list[tuple[str, str | None]] = [
    ("I ordered a large pepperoni pizza and it was cold.", "large pepperoni pizza"),
    ("The blender I bought last week stopped working.", "blender"),
    ("I bought a Dyson V11 vacuum from your store and it broke.", "Dyson V11 vacuum"),
    ("My order #123456 is late and my parcel is missing.", "parcel"),
    ("我点的外卖里有头发。", "外卖"),
    ("我在你们店买的iPhone 15 Pro屏幕碎了。", "iPhone 15 Pro屏幕"),
    ("我买的牛奶过期了。", "牛奶"),
    ("我訂的蛋糕今天送到時已經化了。", "蛋糕"),
    ("The burger was cold.", "burger"),  # "the X" as a last resort
    ("你们这个热水壶用了两次就漏水了。", "热水壶"),
    ("My husband got sick after eating there.", None),  # a symptom is not an item
    ("我的订单显示已签收但我没收到。", "签收"),
]


@pytest.mark.parametrize(("text", "item"), ITEM_CASES)
def test_item(text: str, item: str | None) -> None:
    assert _analyse(text).facts.item == item


WHAT_HAPPENED_CASES = [
    ("Hi team,\nThe lamp I bought flickers. Please help.", "The lamp I bought flickers"),
    ("Hello, my parcel is late! Where is it?", "my parcel is late"),
    ("您好，我买的台灯一闪一闪的。请尽快处理。", "我买的台灯一闪一闪的"),
    ("尊敬的客服：\n訂單還沒到！", "訂單還沒到"),
    ("I ordered a pizza and\nit arrived cold. Refund please.", "I ordered a pizza and it arrived cold"),
    (
        "I bought a very expensive espresso machine from your flagship store on the high street last Saturday "
        "and it leaks.",
        "I bought a very expensive espresso machine from your flagship store on the high…",
    ),
]


@pytest.mark.parametrize(("text", "expected"), WHAT_HAPPENED_CASES)
def test_what_happened(text: str, expected: str) -> None:
    happened = _analyse(text).facts.what_happened
    assert happened == expected
    assert happened is not None and len(happened) <= 81


ASKS_CASES: list[tuple[str, list[str]]] = [
    ("I want a refund.", ["refund"]),
    ("Please send a replacement or repair it.", ["replacement", "repair"]),
    ("I expect compensation and an apology.", ["compensation", "apology"]),
    ("Can someone explain why this happened? Get me your manager.", ["explanation", "manager"]),
    ("Cancel my order and tell me where is my refund.", ["cancel", "delivery", "refund"]),
    ("I don't want a refund, I want a replacement.", ["replacement"]),
    ("我要退款，还要你们道歉。", ["refund", "apology"]),
    ("请给我换一个新的，再赔偿我的损失。", ["replacement", "compensation"]),
    ("麻烦尽快发货，不然我就取消订单。", ["delivery", "cancel"]),
    ("請給我一個說法，叫你們店長來。", ["explanation", "manager"]),
    ("快递还没到。", []),
]


@pytest.mark.parametrize(("text", "asks"), ASKS_CASES)
def test_asks_for(text: str, asks: list[str]) -> None:
    assert _analyse(text).facts.asks_for == asks


# --------------------------------------------------------------------------- bad input


BAD_INPUT: list[tuple[str, dict[str, Any], str]] = [
    ("", {}, "complaint is empty"),
    ("   \n\n  ", {}, "complaint is empty"),
    ("> only quoted history\n> nothing new", {}, "complaint is empty"),
    ("Sent from my iPhone", {}, "complaint is empty"),
    ('{"text": "   "}', {}, "complaint is empty"),
    ('{"user": "Alice"}', {}, "no text field"),
    ('{"text": 42}', {}, "must be a string"),
    ("My parcel is late.", {"language": "fr"}, "unknown language"),
    ("My parcel is late.", {"language": "zh"}, "unknown language"),
    ("My parcel is late.", {"context": {"order_amount": 1e999}}, "invalid context"),
    ("x" * 20_001, {}, "the limit is 20,000"),
    ("My parcel is late.", {"context": {"order_amount": -5}}, "invalid context"),
    ("My parcel is late.", {"context": {"order_amount": "a lot"}}, "invalid context"),
    ("My parcel is late.", {"context": "order 5"}, "context must be"),
]


@pytest.mark.parametrize(("raw", "kwargs", "message"), BAD_INPUT)
def test_bad_input(raw: str, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_complaint(raw, **kwargs)


def test_context_accepts_model_and_mapping() -> None:
    ctx = GuardContext(order_id="A1", order_amount=80, currency="CNY")
    assert read_complaint("退款", context=ctx).context == ctx
    assert read_complaint("退款", context={"order_amount": 80, "extra": 1}).context.order_amount == 80


# --------------------------------------------------------------------------- the YAML itself


def test_packaged_vocabulary_is_valid() -> None:
    config = load_intake()
    assert config.categories.priority[0] == "illness"
    assert set(config.asks_for) >= {
        "refund",
        "replacement",
        "repair",
        "compensation",
        "apology",
        "explanation",
        "manager",
        "cancel",
        "delivery",
    }


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["categories"]["blocks"].pop("waiting"), "without a block"),
        (lambda d: d["categories"]["priority"].pop(), "priority"),
        (lambda d: d["escalation"].pop("media"), "escalation reasons without triggers"),
        (lambda d: d["escalation"]["legal"]["triggers"].append(False), "not a string|valid string"),
        (lambda d: d["asks_for"]["refund"]["keywords"].append("Refund"), "lower case"),
        (lambda d: d["facts"]["order_id"].append("(unclosed"), "order_id regex"),
        (lambda d: d["facts"]["order_id"].append("order [0-9]+"), "capture group"),
        (lambda d: d.update(unknown=1), "unknown"),
    ],
)
def test_bad_vocabulary_raises_config_error(tmp_path: Path, mutate: Any, message: str) -> None:
    import yaml

    data = yaml.safe_load((data_dir("prompts") / "intake.yaml").read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / "intake.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_intake(path)


def test_unreadable_vocabulary_raises_config_error(tmp_path: Path) -> None:
    path = tmp_path / "intake.yaml"
    path.write_text("categories: [unclosed", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_intake(path)
    with pytest.raises(ConfigError):
        load_intake(tmp_path / "missing.yaml")


# --------------------------------------------------------------------------- concurrency


def test_threads_share_the_compiled_vocabulary() -> None:
    texts = [t for t, _ in CATEGORY_CASES] * 4
    expected = [c for _, c in CATEGORY_CASES] * 4
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda t: analyse(read_complaint(t)).category, texts))
    assert got == expected


def test_complaint_round_trips_as_json() -> None:
    complaint = read_complaint("我点的外卖里有头发，太恶心了！！我要退款")
    assert Complaint.model_validate_json(complaint.model_dump_json()) == complaint


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("你好:\n我9月报了课，到现在一分没退。\n家长 钱志伟", "钱志伟"),
        ("你好,\n本人喺貴診所預繳咗套票，我要求退回餘下7次嘅費用。\nKaren 周嘉敏", "周嘉敏"),
        ("你好，我的快递丢了。\n请尽快处理 谢谢", None),
    ],
)
def test_a_name_signed_after_a_role_or_a_latin_name(raw: str, name: str | None) -> None:
    assert read_complaint(raw, channel="email").customer_name == name
