"""Chinese asks answered once, as asked (session 14, trainers on c33/c32): a question about money of
theirs ("什么时候能到账") read both as a money chase and as an explanation or a stage is answered by the
money line alone, with one clock; a hold on the charge until the check ("核实之前先别自动扣款",
"查清楚前先暫緩繳費期限") is answered, not only said back; a visit asked for a named thing ("派人重新抄表")
is booked as that, not "上门处理"; a part asking for someone to come is not passed on again beside a
crew already sent. Complaints written for these tests, in zh-Hans and zh-Hant (Taiwan and Hong Kong);
the English rows show the Chinese readings leave English alone."""

from __future__ import annotations

import pytest
from satisfy_rows import Row
from satisfy_rows import check_satisfy as _check

from drafter.backends.satisfy_asks3 import how_to_apply
from drafter.backends.satisfy_asks_zh import (
    date_asked,
    hold_asked,
    hold_said,
    money_line_tells,
    sent_already,
    undone_by_revert,
    visit_what,
)

# (language, complaint, Satisfy holds, Satisfy never holds)
ONE_CLOCK: list[Row] = [
    (
        "zh-Hans",
        "您好，我3月5日在你们App上给尾号6618的账户转了3,200元，一直显示处理中，已经一周了。"
        "请帮忙查一下这笔钱现在在哪，什么时候能到账或者退回？\n陈明",
        ["3,200元"],
        ["我正在核查具体情况", "给您明确答复"],
    ),
    (
        "zh-Hant",
        "您好，我8月底已辦理退租，押金應退NT$15,000，到現在都還沒入帳，管理處和會計互推。"
        "請告訴我現在卡在哪個步驟、預計何時退款。\n李佳蓉",
        [],
        ["辦到了哪一步", "當前進度和預計完成時間"],
    ),
]

HOLD: list[Row] = [
    (
        "zh-Hans",
        "你好，我家户号5521009，这个月燃气费账单是960元，平时一个月才一百多。家里一个人住，根本用不了这么多。"
        "麻烦派人上门核对一下燃气表，核实之前先别从我银行卡里自动扣款。\n刘静",
        ["上门核对燃气表", "暂停扣款"],
        ["上门处理"],
    ),
    (
        "zh-Hant",
        "您好，我家只有兩個人，這期水費帳單竟然是NT$2,980，平常只要NT$600左右。"
        "請派人重新抄表，在查清楚前先暫緩繳費期限。\n吳志豪",
        ["重新抄表", "延後繳費期限"],
        ["上門處理"],
    ),
    (
        "zh-Hant",
        "你好，我屋企得兩個人住，今期電費單要HK$1,860，平時先三百幾。麻煩派人上門檢查下電錶，未查清之前唔好扣我錢。\n陳小姐",
        ["暫停扣款"],
        [],
    ),
]

# Near misses: no hold asked, no named thing to visit for.
NEAR: list[Row] = [
    (
        "zh-Hans",
        "宽带这个月断了三次，每次都要等一天才恢复。请派个师傅来看看。\n周先生",
        [],
        ["暂停扣款", "延后缴费"],
    ),
    (
        "en",
        "My water bill this quarter is $640, normally $150. Please send someone to re-read the meter and "
        "don't take the direct debit until it's checked.\nAnna",
        [],
        ["暂停扣款"],
    ),
]


@pytest.mark.parametrize("row", ONE_CLOCK + HOLD + NEAR, ids=lambda r: f"{r[0]}:{r[1][:16]}")
def test_satisfy(row: Row) -> None:
    _check(*row)


@pytest.mark.parametrize(
    ("text", "hold", "what"),
    [
        ("麻烦派人上门核对一下电表，核实之前先别从我银行卡里自动扣款。", "debit", "核对电表"),
        ("請派人重新抄錶，在查清楚前先暫緩繳費期限。", "due", "重新抄表"),
        ("未查清之前唔好扣我錢，派人上門檢查水管", "debit", "检查水管"),
        ("请派人来看看", None, None),
        ("查清楚之后再退给我", None, None),  # after the check: no hold
        ("Please send someone to check the meter and hold the debit until then.", None, None),
    ],
)
def test_readings(text: str, hold: str | None, what: str | None) -> None:
    assert hold_asked(text) == hold
    assert visit_what(text) == what


@pytest.mark.parametrize(
    ("kind", "wanted", "answered", "told"),
    [
        ("explanation", {"refund": "什么时候能到账", "explanation": "什么时候能到账"}, {"refund"}, True),
        ("stage", {"refund_status": "x", "stage": "現在卡在哪個步驟、預計何時退款"}, {"refund_status"}, True),
        # why it happened is its own question, told in its own line
        ("explanation", {"trace_money": None, "explanation": "为什么钱还没到账"}, {"trace_money"}, False),
        # no money asked back: the stage of an application is its own answer
        ("stage", {"refund_status": "x", "stage": "申请现在到哪一步了"}, {"refund_status"}, False),
        ("explanation", {"refund": "退款", "explanation": "什么时候能退款"}, {"refund"}, False),  # two asks
    ],
)
def test_money_line_tells(kind: str, wanted: dict[str, str | None], answered: set[str], told: bool) -> None:
    assert money_line_tells(kind, wanted, answered) is told


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("您希望我们核查之前先不要自动扣款。我会安排同事上门。", False),
        ("在核实清楚之前，我會先為您申請暫停扣款。", True),
        ("這張卡現在已經為您停用，不會再被扣款。", True),
    ],
)
def test_hold_said(text: str, said: bool) -> None:
    assert hold_said(text) is said


@pytest.mark.parametrize(
    ("part", "answers", "sent"),
    [
        ("派人来检查线路", "我已按紧急情况上报，正马上安排人员赶到现场。", True),
        ("派個師傅上門", "我會為您安排同事上門檢查，24小時內與您確認。", True),
        ("派人来检查线路", "退款需要主管审批，我今天就为您提交申请。", False),
        ("退还差价", "正马上安排人员赶到现场。", False),
    ],
)
def test_sent_already(part: str, answers: str, sent: bool) -> None:
    assert sent_already(part, answers) is sent


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("寄的花瓶碎了 要怎麼申請理賠啦", "理賠"),  # zh-Hant (Taiwan chat): the particle is not the claim
        ("点样申请退款呀？", "退款"),  # Cantonese
        ("请问怎么申请全额退票", "全额退票"),  # zh-Hans, no particle: unchanged
        ("怎么申请啊", None),  # nothing named
        ("How do I file a claim for the damage?", "a claim"),  # English: read as before
    ],
)
def test_apply_thing_without_particle(text: str, thing: str | None) -> None:
    found = how_to_apply(text)
    assert found is not None and found[1] == thing


# A part left with its joining word: said without it, "或" offered as an option; an option left is
# offered back, never made the one answer ("您要如果您更希望…").
PART_LEAD: list[Row] = [
    (
        "zh-Hans",
        "你好：\n\n我上个月在你们店订了一张实木书桌，付了5,800元，送来的却是贴皮款，差价很明显。"
        "店员说要等总部回复，到现在都没消息。\n\n请退还两款的差价，或提供等值的购物券。\n\n林先生",
        ["如果您更希望提供等值的购物券"],
        ["您提到要或"],
    ),
    (
        "zh-Hant",
        "您好：\n\n我上個月在貴店訂了一張實木書桌，已付NT$12,800，送來的卻是貼皮款，價差很明顯。"
        "店員說要等總公司回覆，到現在都沒消息。\n\n請退還兩款的差價，或提供等值的購物金。\n\n林先生",
        ["如果您更希望提供等值的購物金"],
        ["您提到要或"],
    ),
    (
        "zh-Hant",
        "你好，\n\n上個月喺你哋分店做咗全身按摩套票，俾咗HK$1,200，但係師傅成日臨時取消。"
        "\n\n請退返未用嘅堂數，或者幫我轉去另一間分店。\n\n陳生",
        ["如果您更希望"],
        ["您要如果", "。，"],
    ),
]


@pytest.mark.parametrize("row", PART_LEAD, ids=lambda r: f"{r[0]}:{r[1][:16]}")
def test_part_lead(row: Row) -> None:
    _check(*row)


# A date asked in so many words: our come-back names it, not only "进展".
DATE: list[Row] = [
    (
        "zh-Hans",
        "上个月在你们店订的沙发 说好上周送 到现在还没到 打了三次电话都说在路上 到底哪天送到啊",
        ["确定的送达日期"],
        [],
    ),
    (
        "zh-Hant",
        "您好：\n\n我4月2日在區公所申請換發身分證，收件號碼A1130402-77，當時說兩週可以領。現在已經一個多月，"
        "打電話去都說還在製作中。\n\n請給我一個準確的領證時間。\n\n吳美玲",
        ["確定的領證時間"],
        [],
    ),
    (
        "zh-Hans",
        "2栋505 热水器坏了三天了 洗不了澡 报修两次都说明天来 到底哪天来啊",
        ["确定的维修日期"],
        ["上门日期"],
    ),  # the repair line names its date already: not a second one
    (
        "zh-Hans",
        "你好：\n\n我上个月在你们App报修的宽带，到现在还没修好，每天都断好几次。\n\n请尽快处理。\n\n孙先生",
        [],
        ["确定的"],
    ),  # no date asked: the come-back as before
]


@pytest.mark.parametrize("row", DATE, ids=lambda r: f"{r[0]}:{r[1][:16]}")
def test_date_named(row: Row) -> None:
    _check(*row)


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("报修三次了都说明天来 到底哪天来啊", "上门日期"),
        ("請給我一個準確的領卡時間。", "领卡时间"),
        ("請盡快安排安裝日期", "安装日期"),
        ("點解仲未到？究竟幾時送到呀", "送达日期"),
        ("能不能给个准话啥时候到账", "到账时间"),
        ("您好，請問退款什麼時候能退到帳。", "到账时间"),
        ("他說什麼時候到帳都不知道", None),  # what someone said, not asked
        ("當時說什麼時候來我忘了，總之很久", None),  # told in the story, not asked
        ("麻煩今天回電告訴我確切進度", None),  # progress, not a date
        ("When will the engineer actually come?", None),  # English: left to the English reading
    ],
)
def test_date_asked(text: str, what: str | None) -> None:
    assert date_asked(text) == what


@pytest.mark.parametrize(
    ("cancel", "undone"),
    [
        ("立即取消升級", True),  # zh-Hant: the upgrade undone is the plan put back
        ("帮我取消这个套餐变更", True),
        ("取消自动续费", False),  # a renewal stopped: its own answer
        ("取消订单", False),
        (None, False),
    ],
)
def test_undone_by_revert(cancel: str | None, undone: bool) -> None:
    assert undone_by_revert(cancel) is undone


# A plan change undone and the plan put back: one answer, not "我会为您办理取消" beside it.
REVERT: list[Row] = [
    (
        "zh-Hant",
        "您好：\n\n我的門號原本是月租NT$499，這個月帳單變成NT$899，客服說被升級成5G方案，我從來沒有同意。"
        "\n\n請立即取消升級、恢復原方案，並退還多收的NT$400。\n\n周先生",
        ["改回原來"],
        ["辦理取消"],
    ),
    (
        "zh-Hans",
        "你好：\n\n我的手机号原来是月租58元的套餐，这个月账单变成了128元，说是给我升级了，我根本没同意过。"
        "\n\n请马上取消升级、恢复原套餐，并退还多扣的70元。\n\n何女士",
        ["改回原来"],
        ["办理取消"],
    ),
]


@pytest.mark.parametrize("row", REVERT, ids=lambda r: f"{r[0]}:{r[1][:16]}")
def test_revert_once(row: Row) -> None:
    _check(*row)
