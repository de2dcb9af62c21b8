"""Session 13 safety reading, by class, in en, zh-Hans and zh-Hant (Cantonese included), in any
business: a hazard that is one of our people's conduct (a driver texting at the wheel, a drunk
technician, a courier who shoved someone) takes that person off duty, never "stop using it… so that
we can inspect it" nor "he's still driving for us"; a thing's fault keeps "stop using it"; a
complaint about a driver that is not a danger gets no safety text; someone made ill who asks us to
check the food hears that the batch is checked and held back; a medicine someone needs inside a
lost bag or parcel comes first."""

from __future__ import annotations

import pytest

import drafter

_OFF_DUTY = ("off duty", "暂停", "暫停")
_THING_STEP = ("stop using", "inspect", "停止使用", "检测", "檢測")

# (complaint, channel, the person named in the step)
CONDUCT = [
    (
        "driver on my trip tonight (trip GH-4410) was texting the whole time and ran a red on Mill Rd, "
        "nearly hit a pedestrian. is he still driving for you??",
        "im",
        "the driver",
    ),
    (
        "The courier who brought my order 55231 today shoved me against the door when I asked him to wait.",
        "im",
        "the courier",
    ),
    (
        "The technician you sent to service my boiler (job JB-2231) smelled strongly of alcohol and was slurring.",
        "email",
        "the technician",
    ),
    (
        "The school bus driver was speeding on the motorway and swerving between lanes this morning, route 42.",
        "email",
        "the bus driver",
    ),
    ("快递员送货的时候推了我一把，我差点摔倒，单号SF123456，你们怎么管的？", "im", "这位快递员"),
    ("那个来装空调的师傅喝了酒，一身酒气，还在我家阳台上爬来爬去，吓死人", "im", "这位师傅"),
    ("The bouncer at your Gate St bar threatened to punch my friend when we asked to leave.", "im", "the bouncer"),
    ("今天坐你們的巴士，司機一路超速，仲衝紅燈，嚇死我。車牌KT1234。仲俾佢揸車？", "im", "這位司機"),
    ("剛剛坐你們的車 行程編號 TW-88123 司機一路滑手機還在國道上開到140 這種司機還讓他接單嗎", "im", "這位司機"),
]


@pytest.mark.parametrize(("text", "channel", "role"), CONDUCT)
def test_conduct_takes_the_person_off_duty(text: str, channel: str, role: str) -> None:
    d = drafter.draft(text, channel=channel, backend="template")
    assert any(w in d.text for w in _OFF_DUTY), d.text
    assert role in d.text, d.text
    assert not any(w in d.text for w in _THING_STEP), d.text
    for said in ("still driving for us", "still driving for you", "還讓他接單", "还让他接单", "仲俾佢揸車"):
        assert said not in d.text, d.text  # the question is answered by the step, never said back
    assert d.escalate


# Not a danger (late, rude, on the phone with nothing else) or not ours: no safety text at all.
NOT_CONDUCT = [
    ("Your driver was 40 minutes late and rude to me. Booking RT-5521. I want a refund.", "im"),
    ("The waiter was on his phone the whole time and ignored us. Table 12, Friday night.", "im"),
    ("I was texting when the driver arrived so I missed him, and you charged me a no-show fee of $5.", "im"),
    ("外卖骑手送餐迟到了一个小时，饭都凉了，订单号88213，要求退款", "im"),
    ("司機一路講電話還一直嫌我路線很麻煩 態度超差 行程編號 TX-77120 希望你們處理一下這個司機", "im"),
    ("客服打了我三次电话推销，很烦，请不要再打了", "im"),
    (
        "The manager at your Oxford St store shouted at me and threatened me with security when I asked for a refund.",
        "im",
    ),
    ("快递师傅一直打电话催我下楼拿件，语气很冲，单号 SF9981", "im"),
]


@pytest.mark.parametrize(("text", "channel"), NOT_CONDUCT)
def test_no_safety_text_without_dangerous_conduct(text: str, channel: str) -> None:
    d = drafter.draft(text, channel=channel, backend="template")
    for w in (*_OFF_DUTY, "seek medical", "就医", "就醫", "are you and everyone", "安全吗", "安全嗎"):
        assert w not in d.text, d.text


# A thing's fault keeps the thing's step.
OBJECTS = [
    ("The kettle I bought from you sparked and smoked when I switched it on. Order 7788.", "stop using"),
    ("你们卖的电暖器昨晚插上电就冒烟了，订单号 DN-5521", "停止使用"),
    ("你哋賣嘅風筒一開就冒煙，仲有燒焦味，單號 HK-7712", "停止使用"),
]


@pytest.mark.parametrize(("text", "step"), OBJECTS)
def test_a_thing_keeps_stop_using(text: str, step: str) -> None:
    d = drafter.draft(text, channel="im", backend="template")
    assert step in d.text, d.text
    assert not any(w in d.text for w in _OFF_DUTY), d.text


# Made ill by what we served, asked what we do to check it: the batch checked and held back.
SOURCE = [
    (
        "Three of us were violently ill after the seafood platter at your Quay Street restaurant on Friday. "
        "I want to know what you are doing to check that platter, and I want a refund of £92.",
        "email",
        "batch to be checked",
    ),
    (
        "昨天在你们店吃了烤鸡，晚上全家上吐下泻，孩子还发烧了。你们要查一下那批鸡肉，给我们一个交代。",
        "im",
        "核查同一批次",
    ),
    ("琴日喺你哋度食完燒鵝飯，我同老公成晚肚痛嘔吐，你哋要檢查一下嗰批燒鵝，俾個交代。", "im", "核查同一批次"),
]


@pytest.mark.parametrize(("text", "channel", "said"), SOURCE)
def test_a_check_of_the_food_is_answered(text: str, channel: str, said: str) -> None:
    d = drafter.draft(text, channel=channel, backend="template")
    assert said in d.text, d.text


def test_a_check_of_a_place_is_no_batch() -> None:
    d = drafter.draft(
        "found a piece of glass in my noodles order 40-7710, saw it before eating. refund pls and someone "
        "needs to check that restaurant",
        channel="im",
        backend="template",
    )
    assert "batch" not in d.text, d.text


# A medicine someone needs in a lost bag or parcel: whether they have enough, and how to replace it, first.
MEDICINE = [
    (
        "My suitcase never arrived on flight BA117 and my daughter's inhaler is in it. Please find it.",
        "your daughter",
        "pharmacy",
    ),
    ("The parcel with my insulin is lost, order 7781. Where is it?", "your medicine", "pharmacy"),
    ("行李丢了三天了，里面有我妈妈的降压药，航班CA981，请尽快帮我找回", "您妈妈的药", "药房"),
    ("寄嚟嘅包裹唔見咗，入面有我阿媽嘅藥，單號HK88812", "您母親的藥", "藥房"),
]


@pytest.mark.parametrize(("text", "whose", "route"), MEDICINE)
def test_medicine_in_a_lost_bag_comes_first(text: str, whose: str, route: str) -> None:
    d = drafter.draft(text, channel="im", backend="template")
    assert whose in d.text, d.text
    assert route in d.text, d.text


@pytest.mark.parametrize(
    "text",
    [
        "My bag never arrived on flight BA117, it had my laptop and all my clothes in it.",
        "我买的药妆还没到，订单号 7712",
        "行李不見了三日，入面有我部相機，航班CX251",
    ],
)
def test_no_medicine_line_without_a_medicine_in_it(text: str) -> None:
    d = drafter.draft(text, channel="im", backend="template")
    assert "pharmacy" not in d.text and "药房" not in d.text and "藥房" not in d.text, d.text


# Ill after food taken home (a delivery, a takeaway, bought in our shop): what is left is kept for
# checking, with the medical receipts; a meal eaten at our table days ago or tap water: no such line.
KEEP_FOOD = [
    (
        "We ordered a chicken curry takeaway on your app last night and both of us have been vomiting since. "
        "Order 7712.",
        True,
    ),
    ("昨晚在你们app叫的外卖麻辣烫，吃完全家拉肚子，订单号 5521", True),
    ("喺你哋超市買嘅壽司，食完成晚肚痛嘔吐，單號 HK-3321", True),
    ("We had dinner at your restaurant on Saturday and three of us were violently ill on Sunday.", False),
    ("The tap water in our flat has been brown since Tuesday and my son has had diarrhoea after drinking it.", False),
]


@pytest.mark.parametrize(("text", "kept"), KEEP_FOOD)
def test_leftover_food_kept_when_taken_home(text: str, kept: bool) -> None:
    d = drafter.draft(text, channel="im", backend="template")
    said = any(w in d.text for w in ("keep it sealed in the fridge", "密封放進冰箱", "密封放进冰箱"))
    assert said is kept, d.text


@pytest.mark.parametrize(
    ("text", "receipts"),
    [
        (
            "Ordered a prawn curry takeaway from your app, order 6610; we were up all night vomiting "
            "and saw a GP today.",
            True,
        ),
        ("Ordered a prawn curry takeaway from your app, order 6610; we were up all night vomiting.", False),
        ("在你们app叫的外卖烤鱼，吃完全家上吐下泻，今天去医院挂了急诊，订单 8812", True),
        ("喺你哋app叫嘅外賣燒鵝飯，食完成晚肚痛嘔吐，單號 7731", False),
    ],
)
def test_medical_receipts_only_when_care_is_told(text: str, receipts: bool) -> None:
    d = drafter.draft(text, channel="im", backend="template")
    said = any(w in d.text for w in ("receipts for medical care", "看病的收据", "看病的收據"))
    assert said is receipts, d.text
