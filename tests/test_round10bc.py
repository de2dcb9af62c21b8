"""Satisfy offers the remedy that fits what happened and what was asked, within the agent's
authority (round 10bc). Trainers marked down remedies from another situation: the kitchen
"serving" a coffee that came wrong, an exchange for a failed perm or a meal already eaten, "our
improvement measures" for a hungry customer whose food went next door; a refund already issued
applied for again instead of traced; both charges refunded for one taken twice; the whole fee
(or the order total) sent for approval when only the overcharged part or one missing item was
asked; a choice of refund OR a new coach taken away; a call asked for NOW promised "within 2
hours"; documents already sent met with a list to gather or a certificate to issue. Complaints
written for these tests, across kinds of business.

Rows marked as near misses pass without this round's change: guards against reading too much."""

from __future__ import annotations

import pytest
from satisfy_rows import Row
from satisfy_rows import check_satisfy as _check

import drafter

WRONG_ORDER: list[Row] = [
    (
        "zh-Hant",
        "我哋喺你哋旺角分店等咗半個鐘 杯朱古力先嚟 仲要整錯咗 我叫嘅係少甜 HK$38",
        ["HK$38", "重新"],
        ["上菜"],
    ),
    (
        "zh-Hans",
        "我在你们店里等了二十分钟奶茶才来，还做错了，我要的是去冰，给我的是加冰的。",
        ["重新做", "申请退款"],
        ["上菜"],
    ),
    (
        "zh-Hans",
        "小程序点的美式28元，备注了不加糖，结果做成了加糖的，只喝了一口。",
        ["28元", "退还", "重新"],
        ["核查结果和处理办法"],
    ),
    (
        "en",
        "I ordered a flat white with oat milk at your King St cafe and got one with regular milk. It cost $5.50.",
        ["$5.50", "whichever you prefer"],
        ["what we will do about it"],
    ),
    # near miss: something ordered and a delivery date got, nothing to eat or drink made wrong
    (
        "en",
        "I ordered a sofa in May and got a delivery date of August, which is ridiculous.",
        [],
        ["made again", "redone"],
    ),
    # near miss: late, nothing made wrong: the food brought out now
    (
        "zh-Hans",
        "我们在你们店里坐了四十分钟了，菜一个都还没上，现在还在等。",
        [],
        ["重新做一份"],
    ),
]

MISDELIVERED: list[Row] = [
    (
        "zh-Hans",
        "外卖被送到对面楼了 app直接显示已送达 我到现在还没吃上饭 订单 55120 黄焖鸡",
        ["重新送一份", "退款"],
        ["改进措施"],
    ),
    (
        "zh-Hant",
        "外送員把我的便當送到隔壁大樓就走了 訂單 TW-8812 我現在還餓著肚子",
        ["重新送一份"],
        ["改進措施"],
    ),
    (
        "en",
        "Your driver left my pizza at the wrong address and marked it delivered. I'm still hungry. Order 77812.",
        ["send your order out again", "refund"],
        ["improve"],
    ),
    # near miss: it came, late and cold: nothing to send again
    (
        "zh-Hans",
        "外卖晚了一个多小时才送到，饭都凉了，订单 66231。",
        [],
        ["重新送一份"],
    ),
]

REDO_OR_REFUND: list[Row] = [
    (
        "zh-Hans",
        "上周在你们店染的头发，三天就掉色了。我要的是免费重染，或者退一半的钱。",
        ["免费重新处理或退款", "选哪一种"],
        ["安排更换"],
    ),
    (
        "zh-Hant",
        "燙完不到一週就直了 我要的是免費重燙 或者退一半的錢",
        ["免費重新處理或退款"],
        ["安排更換"],
    ),
    # the redo alone asked ("我要的是…" is an ask): no refund offered beside it
    (
        "zh-Hans",
        "上周在你们店剪的头发两边不一样长，我要的是免费重剪。",
        ["免费重新处理"],
        ["退款", "安排更换"],
    ),
]

EITHER: list[Row] = [
    (
        "zh-Hans",
        "瑜伽私教课还剩8节 老师走了也没人通知 要么退剩余的课时费 要么给我换一个负责的老师",
        ["您看哪种方式更合适"],
        ["我会为您安排更换"],
    ),
    (
        "zh-Hant",
        "健身課還剩十堂 教練離職了 要嘛退剩下的學費 要嘛幫我換一個教練",
        ["您看哪種方式更合適"],
        ["我會為您安排更換"],
    ),
]

TRACED: list[Row] = [
    (
        "zh-Hans",
        "客服说退款已经原路退回了 可是我银行卡里根本没有 120元 订单号 88123",
        ["追查", "120元"],
        ["审批"],
    ),
    (
        "zh-Hant",
        "系統顯示已經退款成功，但是我的信用卡帳單上一直沒有看到這筆NT$1,200。",
        ["追查"],
        ["審批"],
    ),
    (
        "en",
        "Your app says my refund of $45 was processed on 2 May but nothing has arrived in my account.",
        ["trace"],
        ["approval"],
    ),
    # near miss: a refund asked for, never issued: applied for as usual
    (
        "zh-Hans",
        "买的电饭煲用了两天就坏了，680元，我要求退款。",
        ["审批"],
        ["追查"],
    ),
]

ONE_CHARGE: list[Row] = [
    (
        "zh-Hans",
        "今天坐地铁闸机扣了我两次，每次4元，卡号尾号2231，请退给我。",
        ["4元"],
        ["8元"],
    ),
    (
        "zh-Hant",
        "今朝搭小巴八達通扣咗兩次 每次$12.5 點樣退返",
        ["HK$12.50"],
        ["HK$25"],
    ),
    # near miss: one charge of the sum named, not taken twice
    (
        "zh-Hans",
        "停车场多扣了我8元，请退给我。",
        ["8元"],
        ["4元"],
    ),
]

PART: list[Row] = [
    (
        "zh-Hans",
        "我退了一张高铁票，扣了我60元手续费。按规定应该是5%，请把多扣的部分退给我。",
        ["多扣的部分"],
        ["60元的退款需要"],
    ),
    (
        "en",
        "You took a £40 cancellation fee, but your terms say it should be 10% of the fare. Please refund the excess.",
        ["the part you were overcharged"],
        ["£40 needs approval", "approval"],
    ),
    # near miss: the figure asked back is named in the ask itself
    (
        "zh-Hans",
        "停车费多收了，请把多收的5元退给我。",
        ["5元"],
        ["多扣的部分"],
    ),
]

MISSING_ITEM: list[Row] = [
    (
        "zh-Hans",
        "外卖少了一杯柠檬水 订单总共98元 麻烦退柠檬水的钱",
        ["柠檬水"],
        ["98元"],
    ),
    (
        "zh-Hant",
        "點了三個便當 總共NT$360 少了一瓶紅茶 請退紅茶的錢",
        ["紅茶"],
        ["NT$360"],
    ),
    (
        "en",
        "My order (total $64) came without the garlic bread. Please refund the missing garlic bread.",
        ["garlic bread"],
        ["$64"],
    ),
]

DISCOUNT: list[Row] = [
    (
        "zh-Hant",
        "店員說會員打9折 結果收據上是原價 NT$400 會員號碼 0911223344",
        ["NT$40", "差價"],
        [],
    ),
    (
        "zh-Hans",
        "结账时说好会员打8折，结果还是按原价收的，一共200元。",
        ["40元", "差价"],
        [],
    ),
    (
        "en",
        "The cashier said I'd get the 20% member discount, but I was charged full price, $30.",
        ["$6", "difference"],
        [],
    ),
]

RECEIVED: list[Row] = [
    (
        "zh-Hans",
        "理赔又让我补交发票原件，可是原件我上个月就寄过去了。请确认是否已收到，什么时候能赔付。",
        ["是否已经收到"],
        ["开具", "整理成一份清单"],
    ),
    (
        "en",
        "Your claims team asked again for the original receipts, but I posted them on 3 March. "
        "Please confirm you received them and tell me when the claim will be paid.",
        ["reached us"],
        ["issue"],
    ),
    # nothing sent yet, a list of what is still needed asked for (after "只希望"): the list, no receipt
    (
        "zh-Hans",
        "办证跑了三趟，每次都说缺材料。我不需要找领导，只希望你们把需要的材料清单一次发给我。",
        ["清单"],
        ["是否已经收到"],
    ),
]

CALL_NOW: list[Row] = [
    (
        "en",
        "Your pharmacy gave my son the adult tablets instead of the children's ones and now he is "
        "vomiting. I need someone to call me right now on 0400 111 222.",
        ["within 10 minutes"],
        ["within 2 hours"],
    ),
    (
        "zh-Hans",
        "你们药房给我孩子配错了药，他吃了以后一直吐，马上打电话给我 13800001111",
        ["10分钟内"],
        ["2小时内"],
    ),
]

NAMED_CONTACT: list[Row] = [
    (
        "en",
        "My annual plan renewed at the old price after I downgraded on 2 March. Ticket 5512 has sat "
        "for two weeks. I want this escalated to a billing manager.",
        ["the billing manager"],
        ["senior member of our support team"],
    ),
]

ROOM_MOVE: list[Row] = [
    (
        "en",
        "The ceiling light in room 804 sparked and smelled of burning last night. "
        "It frightened us. We want to be moved to another room today.",
        ["move you to another room"],
        [],
    ),
]

DONE_ALREADY: list[Row] = [
    (
        "zh-Hans",
        "在你们店吃饭，菜里吃出一根头发。服务员给我们换了一份，别的什么都没解释。我要求退还这顿饭的钱。",
        ["退款"],
        ["安排更换"],
    ),
]

SPILT: list[Row] = [
    (
        "zh-Hant",
        "外送員把飲料放在管理室就走 我下去拿的時候奶茶已經灑了一半 訂單 #TW5512 NT$180",
        ["灑掉的部分"],
        ["核查結果和處理辦法"],
    ),
]

ROWS = [
    *WRONG_ORDER,
    *MISDELIVERED,
    *REDO_OR_REFUND,
    *EITHER,
    *TRACED,
    *ONE_CHARGE,
    *PART,
    *MISSING_ITEM,
    *DISCOUNT,
    *RECEIVED,
    *CALL_NOW,
    *NAMED_CONTACT,
    *ROOM_MOVE,
    *DONE_ALREADY,
    *SPILT,
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), ROWS)
def test_satisfy_fits_what_happened(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


# Already seen by a doctor (in Cantonese "帶咗佢睇醫生", "took him to the doctor"): the opening asks
# after them and follows the doctor, no "call an ambulance or go to A&E now" script. The last row, a
# child still vomiting and not yet seen, keeps the first-aid steps (a near miss).
SEEN: list[tuple[str, str, list[str], list[str]]] = [
    (
        "zh-Hant",
        "我喺你哋藥房買嘅兒童止咳水原來過咗期，個女飲咗兩次之後出晒紅疹，我已經帶咗佢睇醫生。點解會賣過期藥？",
        ["治療"],
        ["急診"],
    ),
    (
        "en",
        "The cough syrup I bought at your pharmacy was out of date and my son came out in a rash after two "
        "doses. I took him to the doctor this morning. How did this happen?",
        ["treatment"],
        ["urgent care", "go to A&E"],
    ),
    (
        "zh-Hans",
        "在你们药店买的退烧药过期了，孩子吃了以后吐了，我已经带去看了医生。你们怎么能卖过期药？",
        ["治疗"],
        ["急诊"],
    ),
    (
        "zh-Hans",
        "在你们药店买的退烧药过期了，孩子吃了以后一直吐，现在怎么办？",
        ["急诊"],
        ["已经得到妥善的治疗"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), SEEN)
def test_seen_by_a_doctor_gets_no_first_aid_script(
    language: str, complaint: str, holds: list[str], never: list[str]
) -> None:
    d = drafter.draft(complaint, channel="email")
    assert d.language == language
    for words in holds:
        assert words in d.sections.listen, (words, d.sections.listen)
    for words in never:
        assert words not in d.sections.listen, (words, d.sections.listen)
