"""Satisfy answers each thing the customer asked (round 10as): "explain why" beside a refund is
answered, not dropped for the refund; "how much can be refunded" is told, not sent for approval;
"switch me back to the old plan" is done (money put back is a refund, not a plan); the exchange
they asked for is arranged, not offered beside a refund, and at the counter when a shop's receipt
is in hand; a request marked as one more ("另外希望…", "Also, please …") that nothing answers is
said to be passed on; the same fee charged twice with "just fix it" is refunded within the limit;
a bare figure of money asked back ("退个票钱45") is yuan; someone hurt is not offered "an exchange
or a refund" nobody asked for; a request put to whoever decides keeps the day it was asked for
("this Sunday", "这周"); an address or a number on record is updated to the value given and
confirmed by the channel asked ("by email"). Complaints written for these tests, across kinds of business.

Rows that pass without this round's change are guards against reading too much (money put back
is no plan switched back; no second request invented; a figure with its unit, a double charge
in Chinese, already refunded before)."""

from __future__ import annotations

import pytest
from satisfy_rows import Row
from satisfy_rows import check_satisfy as _check

WHY_BESIDE_REFUND: list[Row] = [
    (
        "en",
        'My electricity bill shows a $4.20 "paper statement fee" although I switched to e-bills in March. '
        "Please refund it and explain why it was charged.",
        ["refund the $4.20", "why this happened"],
        ["anything missing"],
    ),
    (
        "en",
        "My debit card ending 2231 was charged a $1.50 foreign fee for a purchase at the bakery one mile "
        "from my flat. Please refund the fee and explain why it applied.",
        ["$1.50", "why this happened"],
        ["anything missing will be added"],
    ),
    (
        "zh-Hans",
        '这个月的手机账单多了一笔8元的"来电提醒费"，我从来没开通过。请退还给我，并解释一下为什么会收这笔钱。',
        ["退还8元", "查明原因"],
        [],
    ),
    (
        "zh-Hant",
        "我的信用卡帳單出現一筆NT$150的手續費，我從來沒有申請過這項服務。請退還這筆費用，並說明為什麼會被收取。",
        ["NT$150", "查明原因"],
        [],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), WHY_BESIDE_REFUND)
def test_why_asked_beside_a_refund_is_answered(
    language: str, complaint: str, holds: list[str], never: list[str]
) -> None:
    _check(language, complaint, holds, never)


HOW_MUCH: list[Row] = [
    (
        "en",
        "My flight to Denver on 3 May was cancelled and I took the later train instead. "
        "I'd like to know how much of the $220 fare can be refunded.",
        ["how much can be refunded", "exact amount"],
        ["needs approval"],
    ),
    (
        "zh-Hans",
        "我订的酒店因为楼里施工提前退房了一晚，房费共680元。想知道按规定可以退多少。",
        ["核算可以退还的金额"],
        ["审批"],
    ),
    (
        "zh-Hant",
        "我在你們診所預約的健康檢查被取消了，已付NT$2,400。想知道依規定可以退多少。",
        ["核算可以退還的金額"],
        ["審批"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), HOW_MUCH)
def test_how_much_is_told_not_sent_for_approval(
    language: str, complaint: str, holds: list[str], never: list[str]
) -> None:
    _check(language, complaint, holds, never)


REVERT: list[Row] = [
    (
        "en",
        "My mobile plan was changed to the $65 Unlimited plan last month without my consent. "
        "Please switch me back to my old $40 plan and refund the difference.",
        ["put it back to what you had before"],
        [],
    ),
    (
        "en",
        "Please change my gym membership back to the off-peak one I had before; "
        "someone at the desk upgraded it by mistake.",
        ["put it back to what you had before"],
        [],
    ),
    (
        "zh-Hans",
        "我的宽带套餐被改成了199元的，我从来没同意过。麻烦帮我改回原来的99元套餐，多扣的钱退给我。",
        ["改回原来的安排"],
        [],
    ),
    (
        "zh-Hant",
        "我的寬頻月費方案上個月被改成NT$899，我沒有同意過。請幫我改回原本NT$599的方案。",
        ["改回原來的安排"],
        [],
    ),
    (
        "zh-Hant",
        "我訂的航班座位被改到最後一排，沒有任何通知。請幫我調回原本的靠走道座位。",
        ["改回原來的安排"],
        [],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), REVERT)
def test_switched_back_when_asked(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


MONEY_PUT_BACK: list[Row] = [
    (
        "en",
        "The transfer failed and $300 left my account. Please put the money back to my account today.",
        [],
        ["what you had before"],
    ),
    (
        "zh-Hans",
        "上周在你们网上银行转账失败了，500元被扣了但对方没收到。请把钱转回我的账户。",
        [],
        ["改回原来的安排"],
    ),
    (
        "zh-Hant",
        "上星期用你們的App轉帳失敗，NT$3,000被扣了但對方沒收到。請把錢轉回我的帳戶。",
        [],
        ["改回原來的安排"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), MONEY_PUT_BACK)
def test_money_put_back_is_no_plan_switched_back(
    language: str, complaint: str, holds: list[str], never: list[str]
) -> None:
    _check(language, complaint, holds, never)


EXCHANGE_ASKED: list[Row] = [
    (
        "en",
        "I picked up a box of 12 eggs at your Elm Street store yesterday and 4 were cracked inside. "
        "Can I swap it for a new box? I still have the receipt.",
        ["bring it in with your receipt", "exchange it for you"],
        ["refund", "fix this"],
    ),
    (
        "zh-Hans",
        "在你们人民路药店买的维生素C片，回家发现瓶子是开过封的。能换一瓶吗？小票还在。",
        ["带上小票到店里", "更换"],
        ["退款", "哪种方式"],
    ),
    (
        "zh-Hans",
        "昨天在你们超市买的酸奶，回家一看已经过期两天了。明天拿小票过去能给换2盒吗",
        ["明天带上小票", "更换"],
        ["退款", "送到"],
    ),
    (
        "zh-Hant",
        "昨天在你們超市買的鮮奶，回家一看已經過期了。能換一瓶嗎？發票還在。",
        ["帶上小票到店裡", "更換"],
        ["退款", "哪種方式"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), EXCHANGE_ASKED)
def test_the_exchange_asked_is_arranged_not_a_choice(
    language: str, complaint: str, holds: list[str], never: list[str]
) -> None:
    _check(language, complaint, holds, never)


ALSO_ASKED: list[Row] = [
    (
        "en",
        "I was charged the $3 parking validation fee twice at your clinic's garage on Monday. "
        "Please refund the extra $3. Also, please sort out the ticket machine at the gate.",
        ["$3", "other request"],
        [],
    ),
    (
        "zh-Hans",
        "我在你们政务中心办理居住证，网上预约和现场叫号对不上，白白等了两个小时，还交了10元工本费两次。"
        "请把多交的10元退给我。另外希望你们把预约系统的问题处理一下。",
        ["10元", "另一项要求"],
        [],
    ),
    (
        "zh-Hant",
        "我喺你哋醫院門診繳費，APP同窗口各收咗我一次掛號費NT$50。請退返多收嘅NT$50。另外希望你們處理一下系統不同步嘅問題。",
        ["NT$50", "另一項要求"],
        [],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), ALSO_ASKED)
def test_a_second_request_is_passed_on_not_dropped(
    language: str, complaint: str, holds: list[str], never: list[str]
) -> None:
    _check(language, complaint, holds, never)


NOTHING_MORE: list[Row] = [
    (
        "en",
        "My $4 bus fare was taken twice on route 12 this morning. Please refund one of them.",
        [],
        ["other request"],
    ),
    ("zh-Hans", "今天早上坐地铁，同一趟被扣了两次4元。请退还多扣的4元。", [], ["另一项要求"]),
    ("zh-Hant", "今朝搭巴士被扣咗兩次車費HK$8。請退返多扣嘅HK$8。", [], ["另一項要求"]),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), NOTHING_MORE)
def test_no_second_request_when_none_was_made(
    language: str, complaint: str, holds: list[str], never: list[str]
) -> None:
    _check(language, complaint, holds, never)


CHARGED_TWICE_FIX_IT: list[Row] = [
    (
        "en",
        "booked 2 tickets for the 7pm show Friday, booking TK-55012\n"
        "got charged the $2.50 booking fee twice\njust fix it",
        ["refund the $2.50"],
        ["fix this as a priority"],
    ),
    (
        "en",
        "I was charged the $2 card fee twice for one parking session at your Lot B garage. Please sort it out.",
        ["refund the $2"],
        ["fix this as a priority"],
    ),
    (
        "zh-Hans",
        "停车场出口扣了我两次停车费，每次15元。麻烦处理一下。",
        ["退还15元"],
        [],
    ),
    (
        "zh-Hant",
        "我喺你哋泳池買單次入場券，信用卡重複扣咗HK$30。請退返多扣嘅HK$30。",
        ["退還HK$30"],
        ["審批"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), CHARGED_TWICE_FIX_IT)
def test_the_same_fee_twice_is_refunded(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


BARE_SUM: list[Row] = [
    ("zh-Hans", "昨晚看的电影，座位扶手是坏的，靠背一直往后倒。退个票钱45就行，订单号 MY55120987", ["45元"], ["审批"]),
    ("zh-Hans", "外卖的汤洒了一半，退我汤钱12吧，订单 8801234567", ["12元"], ["审批"]),
    # a figure with its unit is the facts reader's, as before; Traditional and English keep theirs
    ("zh-Hant", "外送的湯灑了一半，退我湯錢NT$60就好，訂單 8801234567", ["NT$60"], []),
    ("en", "Half the soup spilled in the bag. Just refund the $6 soup please, order 8801234567", ["$6"], []),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), BARE_SUM)
def test_a_bare_figure_asked_back_is_valued(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


HURT_NOT_OFFERED_A_CHOICE: list[Row] = [
    (
        "en",
        "Hello, yesterday I bought a jar of peanut butter (best before 08/2027) at your Hill Road store. My 7-year-old "
        "daughter bit into a piece of glass in it and cut her gum; it bled for a while. I've kept the jar and the "
        "glass. I'd like someone senior to contact me.",
        ["contact you personally"],
        ["exchange", "refund"],
    ),
    (
        "zh-Hans",
        "你好，昨天在你们超市买的一袋饼干（保质期到明年5月），我8岁的儿子吃的时候咬到一根铁丝，把嘴唇划破了，"
        "流了不少血。饼干和铁丝我都留着。请你们负责人联系我。",
        ["亲自给您打电话"],
        ["更换", "退款"],
    ),
    (
        "zh-Hant",
        "你好，昨日喺你哋超市買咗一罐粟米（有效期到2027年），我個女食嘅時候食到一塊玻璃，割傷咗脷，流咗好多血。"
        "罐頭同玻璃我都留住。請你哋負責人聯絡我。",
        ["親自給您打電話"],
        ["更換", "退款"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), HURT_NOT_OFFERED_A_CHOICE)
def test_someone_hurt_is_not_offered_an_exchange_nobody_asked(
    language: str, complaint: str, holds: list[str], never: list[str]
) -> None:
    _check(language, complaint, holds, never)


DECIDED_BY_THEIR_DAY: list[Row] = [
    (
        "en",
        "We're in room 207 at your Lakeside hotel, booking LK-20291. The shower has had no hot water for two days. "
        "Could we have a late checkout this Sunday?",
        ["do that this Sunday", "to decide"],
        [],
    ),
    (
        "zh-Hans",
        "我在你们游泳培训班给孩子报了周末班，老师连续两节课都迟到。麻烦这周安排另一位老师。",
        ["决定", "按您说的这周安排"],
        [],
    ),
    (
        "zh-Hant",
        "我在你們游泳學校報了兒童班，老師連續兩堂都遲到。麻煩這週安排另一位老師。",
        ["決定", "按您說的這週安排"],
        [],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), DECIDED_BY_THEIR_DAY)
def test_a_request_for_someone_to_decide_keeps_its_day(
    language: str, complaint: str, holds: list[str], never: list[str]
) -> None:
    _check(language, complaint, holds, never)


COME_BACK_AND_FIX: list[Row] = [
    (
        "en",
        "I paid $150 for your technician to replace the thermostat on my boiler, ticket HB-2231. A week later the "
        "heating keeps cutting out with the same fault. I'd just like someone to come back and fix it without "
        "charging me again.",
        ["return visit"],
        ["checking this charge", "replacement"],
    ),
    (
        "zh-Hans",
        "我付了300元让你们师傅给洗衣机换了排水泵，单号 XY-2231。才一个星期又报同样的故障。"
        "请师傅再上门修一下，不要再收我钱。",
        ["上门"],
        ["核对这笔费用", "更换"],
    ),
    (
        "zh-Hant",
        "我畀咗HK$800請你哋師傅幫部洗衣機換排水泵，單號 XY-2231。用咗一個星期又出返同一個故障。"
        "請派師傅再上門整返好，唔好再收我錢。",
        ["上門"],
        ["核對這筆費用", "更換"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), COME_BACK_AND_FIX)
def test_come_back_and_fix_it_is_a_visit_not_a_charge_check(
    language: str, complaint: str, holds: list[str], never: list[str]
) -> None:
    _check(language, complaint, holds, never)


ASK_REPEATED_CLEAN: list[Row] = [
    (
        "en",
        "got charged the $4 bag fee twice at your self checkout\npls refund the 4 bucks thx",
        ["refund the 4 dollars.", "refund the $4 straight away"],
        ["thx", "thanks", "bucks"],
    ),
    (
        "zh-Hans",
        "外卖到了 可乐整瓶洒在袋子里\n订单 77120331\n可以退那瓶的 6元 就好 谢谢",
        ["退那瓶的 6元。"],
        ["，。", "谢谢"],
    ),
    (
        "zh-Hant",
        "外送到了 薯條整份灑在袋子裡\n訂單 #UE-5521\n可以退那份的 NT$45 就好 謝謝",
        ["退那份的 NT$45。"],
        ["，。", "謝謝"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), ASK_REPEATED_CLEAN)
def test_the_ask_is_repeated_without_its_trailing_comma_or_thanks(
    language: str, complaint: str, holds: list[str], never: list[str]
) -> None:
    _check(language, complaint, holds, never)


DETAILS_UPDATED: list[Row] = [
    (
        "en",
        "I moved in May and your letters still go to my old flat. I've asked twice already. "
        "Please update my address to 14 Harbour Road, Unit 9, and confirm by email.",
        ["update your details to 14 Harbour Road", "by email"],
        ["find out what happened"],
    ),
    (
        "zh-Hans",
        "我上个月搬家了，可是你们的水费账单还是寄到旧地址。麻烦帮我把地址改成朝阳路88号3单元502，并用邮件确认一下。",
        ["更新为朝阳路88号3单元502", "通过邮件"],
        ["核实"],
    ),
    (
        "zh-Hant",
        "我上個月換了手機號碼，可是你們的診所預約簡訊還是發到舊號碼。麻煩幫我把電話改成0912-345-678，並用郵件確認。",
        ["更新為0912-345-678", "通過郵件"],
        ["決定", "为"],
    ),
    # an email address in the sign-off is no confirmation asked by email
    (
        "en",
        "I moved in May and your letters still go to my old flat. Please update my address to 14 Harbour Road, "
        "Unit 9.\n\nJo Smith\njo.smith@example.com",
        ["update your details to 14 Harbour Road"],
        ["by email"],
    ),
    # "update it" of an app is no detail of theirs on record
    (
        "en",
        "Your app keeps crashing on my phone after the last release. Please update it to fix the crash.",
        [],
        ["your details"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), DETAILS_UPDATED)
def test_a_detail_on_record_is_updated_and_confirmed_as_asked(
    language: str, complaint: str, holds: list[str], never: list[str]
) -> None:
    _check(language, complaint, holds, never)
