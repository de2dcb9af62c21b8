"""Round 10ag: Listen restates what happened in our voice, in the right slots (issue 10).

Trainers found Listen pasting the customer's own lines (a greeting, a jab, a verdict on us, their
leverage), reading ids as the wrong kind (a receipt number as a phone number, a nightly rate as a
reference) and saying what nobody claimed ("sorry you were hurt" for an illness long over). Each
class in en, zh-Hans and zh-Hant, across several kinds of business."""

from __future__ import annotations

import pytest

import drafter


def _ids(table: list[tuple[str, ...]]) -> list[str]:
    return [f"{row[0]}-{i}" for i, row in enumerate(table)]


def _draft(text: str, channel: str) -> tuple[str, str, str]:
    d = drafter.draft(text, channel=channel)
    return d.language, d.sections.listen, d.text


def _listen_keeps(language: str, text: str, channel: str, kept: list[str], never: list[str]) -> None:
    """The draft is in the complaint's language; Listen keeps every `kept` word and none of `never`."""
    lang, listen, _ = _draft(text, channel)
    assert lang == language
    for word in kept:
        assert word in listen, (word, listen)
    for word in never:
        assert word not in listen, (word, listen)


# (language, channel, complaint, what Listen keeps, what the reply never says)
ID_NOT_PHONE = [
    (
        "en",
        "email",
        "Hello,\nI paid for a yoga class pass at your Riverside studio on 3 May (receipt no. 0031-552-8890) "
        "and the card was charged twice, $45 each time.\nDana",
        ["0031-552-8890", "charged twice"],
        ["reach you", "number you gave"],
    ),
    (
        "zh-Hans",
        "email",
        "您好，我5月3日在你们超市买了一箱牛奶，小票号 0031-552-8890，同一箱牛奶被扫了两次，多收了69元。",
        ["0031-552-8890", "扫了两次"],
        ["与您联系", "留下的号码"],
    ),
    (
        "zh-Hant",
        "email",
        "您好，我5月3日在你們藥房買了維他命，收據編號 0031-552-8890，同一瓶被刷了兩次，多收了NT$320。",
        ["0031-552-8890", "刷了兩次"],
        ["與您聯繫", "留下的號碼"],
    ),
]


@pytest.mark.parametrize(("language", "channel", "text", "kept", "never"), ID_NOT_PHONE, ids=_ids(ID_NOT_PHONE))
def test_a_number_after_an_id_label_is_no_phone(
    language: str, channel: str, text: str, kept: list[str], never: list[str]
) -> None:
    lang, listen, reply = _draft(text, channel)
    assert lang == language
    for word in kept:
        assert word in listen, (word, listen)
    for word in never:
        assert word not in reply, (word, reply)


# Leverage ("12k followers") is no fact of the case, and a price per night or month no reference;
# the problem itself is what Listen says.
LEVERAGE = [
    (
        "en",
        "flat 9C, tenancy LT-20931\nthe boiler has been broken for 3 days now\npaying $1,450/month for this??\n"
        "fix it today or im posting it on instagram, i have 12k followers",
        ["boiler has been broken"],
        ["followers", "reference 450/month", "12k"],
    ),
    (
        "zh-Hans",
        "房间 1208，订单 HT-55821\n空调坏了两天了，房费 ¥680/晚\n今天不修好我就发到网上，我有5万粉丝",
        ["空调坏了两天"],
        ["粉丝"],
    ),
    (
        "zh-Hant",
        "房號 1208，訂單 HT-55821\n冷氣壞了兩天了，房費 NT$3200/night\n今天不修好我就發到網上，我有3萬粉絲",
        ["冷氣壞了兩天"],
        ["粉絲", "3200/night為您", "3200/night、"],
    ),
]


@pytest.mark.parametrize(("language", "text", "kept", "never"), LEVERAGE, ids=_ids(LEVERAGE))
def test_leverage_and_rates_are_not_the_problem(language: str, text: str, kept: list[str], never: list[str]) -> None:
    _listen_keeps(language, text, "im", kept, never)


# Their verdicts, jabs and parting shots are theirs: the facts around them stay.
JABS = [
    (
        "en",
        "email",
        "Hi,\nI bought a kettle at your Oakfield shop on 2 June (order KT-44190). It stopped heating after a week. "
        "That's annoying but honestly not the main reason I'm writing: the refund form on your site keeps "
        "failing.\nOmar",
        ["stopped heating"],
        ["annoying", "main reason"],
    ),
    (
        "zh-Hans",
        "im",
        "师傅约的上午9点，下午3点才到，还收了我60块上门费。别的不说了。工单号 WX-22817",
        ["下午3点才到"],
        ["不说了"],
    ),
    (
        "zh-Hans",
        "im",
        "补的牙才一周就掉了，上周补的，收了我900元。那你们收我900。病历号 BL-7730",
        ["就掉了"],
        ["那我们", "收您900。"],
    ),
    (
        "zh-Hans",
        "im",
        "在你们影院看的电影，中途断电两次。80块钱看个寂寞。订单号 MV-22310",
        ["断电两次"],
        ["看个寂寞", "80块"],
    ),
    (
        "zh-Hant",
        "email",
        "您好：\n10月5日我在貴平台申請的退款（訂單編號 TW-66120）到現在還沒到帳，客服每次都說「處理中」，"
        "這種回覆真的讓人無法接受。",
        ["還沒到帳"],
        ["無法接受"],
    ),
]


@pytest.mark.parametrize(("language", "channel", "text", "kept", "never"), JABS, ids=_ids(JABS))
def test_their_verdicts_and_jabs_are_not_said_in_our_voice(
    language: str, channel: str, text: str, kept: list[str], never: list[str]
) -> None:
    _listen_keeps(language, text, channel, kept, never)


# An illness or injury they say is over is background to a claim: no "sorry you were hurt" (which
# reads as our fault, and as news), no "already recovered" repeated, and no indignant 竟 in our voice.
RECOVERED = [
    (
        "en",
        "Hello,\nI had a knee operation in March and I'm fully recovered now. My travel insurance claim "
        '(claim TC-55120) for the cancelled trip, £840, was refused because of a "pre-existing condition".\nKen',
        ["TC-55120", "was refused"],
        ["recovered", "hurt", "unwell"],
    ),
    (
        "zh-Hans",
        "您好：\n我父亲今年5月因心脏手术住院，现在已经康复出院。住院医疗险理赔（理赔编号 LP-2024-5512）申请了3万元，"
        "贵公司竟以等待期为由拒赔。",
        ["LP-2024-5512", "以等待期为由拒赔"],
        ["康复", "身体不适", "竟"],
    ),
    (
        "zh-Hant",
        "您好：\n我母親今年3月因車禍骨折住院，目前已經康復出院。意外險理賠（理賠編號 YW-2024-8812）申請NT$52,000，"
        "貴公司竟以資料不全為由拒賠。",
        ["骨折", "以資料不全為由拒賠"],
        ["康復", "受了傷", "竟"],
    ),
]


@pytest.mark.parametrize(("language", "text", "kept", "never"), RECOVERED, ids=_ids(RECOVERED))
def test_harm_already_over_is_background(language: str, text: str, kept: list[str], never: list[str]) -> None:
    _listen_keeps(language, text, "email", kept, never)


# Chat lines rebuilt as sentences of ours: a greeting run into the first line goes, a clause that
# opens on when they did it gets its subject, a dropped subject is supplied or the line left out,
# a question is never a statement, chat English inside Chinese is not repeated.
CHAT = [
    (
        "en",
        "hey\nno heating in flat 4B for 3 days now\nthe thermostat still says offline\ntenancy ref LT-55102",
        ["there has been no heating", "The thermostat still says offline"],
        ["hey"],
    ),
    (
        "en",
        "hi\npaid my water bill on your app friday\nstill says overdue\nhow did this happen\naccount WB-551203",
        ["It still says overdue"],
        ["The still", "how did", "The how"],
    ),
    (
        "zh-Hans",
        "hello 我昨天在你们网点寄了一个包裹，运单号 SF1029384756\n到现在物流都没有更新",
        ["您昨天在我们网点寄了一个包裹"],
        ["hello", "配送让您很失望"],
    ),
    (
        "zh-Hant",
        "剛才叫了一份外賣，單號 FD-55120\n少了一碗白飯，HK$8",
        ["您剛才叫了一份外賣"],
        ["了解到剛才"],
    ),
    (
        "zh-Hant",
        "上星期六在你們車房換了輪胎，單號 CR-9920\n今日發現左前輪螺絲鬆了",
        ["您上星期六在我們車房換了輪胎"],
        ["了解到上星期六"],
    ),
    (
        "zh-Hant",
        "哈囉 我今天10:00約了看牙，預約號 DN-5521\n等到11:30都沒人叫，也沒人說過一句delay",
        ["等到11:30都沒人叫"],
        ["delay", "哈囉"],
    ),
]


@pytest.mark.parametrize(("language", "text", "kept", "never"), CHAT, ids=_ids(CHAT))
def test_chat_lines_are_rebuilt_or_left_out(language: str, text: str, kept: list[str], never: list[str]) -> None:
    _listen_keeps(language, text, "im", kept, never)


# A remark cut in half and their conclusion are left out; evidence they hold is said as ours
# ("截图我都有" -> "您有截图", never "截图您都有").
SAID_AS_OURS = [
    (
        "en",
        "email",
        "Hello,\nI rented a car from your airport desk on 3 May (agreement CR-55120). The desk agent said "
        "'it's only a scratch and charged me £250 for it.\nTom",
        ["CR-55120"],
        ["'it's only"],
    ),
    (
        "en",
        "email",
        "Hello,\nThe blender I ordered (order BL-77120) arrived with the jug cracked. The outer box looked perfect, "
        "so this happened before it was packed.\nLena",
        ["jug cracked"],
        ["so this happened"],
    ),
    (
        "zh-Hans",
        "im",
        "上个月就关了自动续费，今天又扣了30元，截图我都有。订单号 VP-88120",
        ["您上个月就关了自动续费", "您有截图"],
        ["截图您都有"],
    ),
    (
        "zh-Hant",
        "im",
        "上個月就關了自動續費，今天又扣了NT$150，截圖我都有。訂單號 VP-88121",
        ["您上個月就關了自動續費", "您有截圖"],
        ["截圖您都有"],
    ),
]


# Their denial and who did it instead, said as their account ("您说明是…的"), not pasted.
SAID_AS_OURS += [
    (
        "zh-Hans",
        "im",
        "昨天下午叫的车，等了15分钟司机才取消，结果还扣了我5元取消费。我没有取消，是司机取消的。行程号 DD-55120",
        ["您说明是司机取消的"],
        ["您没有取消，是"],
    ),
    (
        "zh-Hant",
        "im",
        "昨天訂的課被取消了，系統還扣了我一堂。我沒有請假，是老師請假的。會員編號 YG-22019",
        ["您說明是老師請假的"],
        ["您沒有請假，是"],
    ),
    (
        "en",
        "email",
        "Hello,\nMy ride (trip TR-55120) was cancelled after I waited 15 minutes and I was charged a $5 fee. "
        "The driver cancelled it, not me.\nJo",
        ["TR-55120"],
        ["not me"],
    ),
]


# A plural possessive ("four hours' notice") closes no quote: the sentence stays.
SAID_AS_OURS += [
    (
        "en",
        "email",
        "Hello,\nMy train ticket TK-22019 from Leeds on 3 May was cancelled with two hours' notice.\nMo",
        ["two hours' notice"],
        [],
    ),
]


@pytest.mark.parametrize(("language", "channel", "text", "kept", "never"), SAID_AS_OURS, ids=_ids(SAID_AS_OURS))
def test_remarks_and_conclusions_are_theirs(
    language: str, channel: str, text: str, kept: list[str], never: list[str]
) -> None:
    _listen_keeps(language, text, channel, kept, never)


# An amount said aloud ("28块钱", "12蚊") is written 元 in the sentences of ours.
AMOUNTS = [
    ("zh-Hans", "在你们店买的蛋糕，奶油是酸的，花了我128块钱。订单号 CK-5512", "128元", "128块"),
    ("zh-Hant", "在你們店買的蛋糕，奶油是酸的，花了我128塊錢。訂單號 CK-5513", "128元", "128塊"),
]


@pytest.mark.parametrize(("language", "text", "written", "spoken"), AMOUNTS, ids=_ids(AMOUNTS))
def test_spoken_amounts_are_written(language: str, text: str, written: str, spoken: str) -> None:
    lang, listen, _ = _draft(text, "im")
    assert lang == language
    assert spoken not in listen, listen
    assert written in listen, listen


# A line with no verb is a heading of facts, not a sentence: its id goes in our frame with the
# label the customer gave it; chat names for our staff and lower-case months are written out;
# their concession ("that isn't your problem") is never turned into ours.
WRITTEN_OUT = [
    (
        "en",
        "email",
        "Hello,\nTrip ID 4b7c-90d2 on Friday night from Central Station to 12 Mill Lane. The app estimated $18.00 "
        "and I was charged $29.50.\nSam",
        ["your trip 4b7c-90d2", "you were charged $29.50"],
        ["that trip ID", "reference 4b7c"],
    ),
    (
        "en",
        "im",
        "froze my gym membership feb–march\nguy at the front desk said there'd be no fee\nmember 00552190",
        ["you froze your gym membership Feb–March", "Our staff member at the front desk"],
        ["guy at", "feb–march"],
    ),
    (
        "en",
        "email",
        "Hello,\nThe courier left my parcel (tracking TR-55120) at the wrong address on 4 June. The driver took a "
        "photo of the wrong door. That part isn't your problem, but your tracking page still says delivered.\nAna",
        ["left your parcel"],
        ["our problem"],
    ),
    (
        "zh-Hans",
        "im",
        "快递送错地址了，运单号 SF5512034，那个不关你们的事，是快递员的问题。但是你们的页面一直显示已签收。",
        ["运单号SF5512034", "快递送错地址了"],
        ["不关我们", "不关你们"],
    ),
    (
        "zh-Hant",
        "im",
        "快遞送錯地址了，運單號 TW5512034，那個不關你們的事，是快遞員的問題。但是你們的頁面一直顯示已簽收。",
        ["運單號TW5512034", "快遞送錯地址了"],
        ["不關我們", "不關你們"],
    ),
]


@pytest.mark.parametrize(("language", "channel", "text", "kept", "never"), WRITTEN_OUT, ids=_ids(WRITTEN_OUT))
def test_headings_chat_names_and_concessions(
    language: str, channel: str, text: str, kept: list[str], never: list[str]
) -> None:
    _listen_keeps(language, text, channel, kept, never)


# A clause that opens on when they went or what they used gets its subject; a request without its
# question mark ("退那個120元", "还是我拿回去换") and a jab by simile ("跟抢钱一样") are theirs.
WHEN_AND_ASKS = [
    (
        "en",
        "today went to your Elm St branch to replace my card, waited 90 mins\ncard ending 5521",
        ["today you went to our Elm St branch"],
        ["that today went"],
    ),
    (
        "zh-Hant",
        "今天去你們中山分行補辦存摺，取號B112，排了一個多小時。帳號尾號 8821",
        ["您今天去我們中山分行補辦存摺"],
        ["了解到今天去"],
    ),
    (
        "zh-Hans",
        "还车的时候门店说后备箱有凹痕，要扣我600块。这个凹痕取车时就有，我有视频。600块直接从押金里扣了，跟抢钱一样。"
        "订单号 ZC5512",
        ["这个凹痕取车时就有", "600元直接从押金里扣了"],
        ["抢钱", "600块"],
    ),
    (
        "zh-Hant",
        "剛剛訂的便當2個，送來整袋都是湯。有一個灑了一半。退那個120元。訂單 #B7K2-M9",
        ["整袋都是湯"],
        ["退那個"],
    ),
    (
        "zh-Hans",
        "在你们超市买的酸奶，回家一看已经过期三天了。小票上是15.6元。还是我拿回去换。小票号 CS-22019",
        ["过期三天"],
        ["还是您"],
    ),
]


WHEN_AND_ASKS += [
    (
        "zh-Hant",
        "剛剛在你們信義店買的麵包，回家才發現發霉了。發票號碼 XY-55120",
        ["您剛剛在我們信義店買的麵包"],
        ["了解到剛剛"],
    ),
    (
        "zh-Hans",
        "租的那台车空调完全不冷，外面快40度，开车像在蒸笼。租约号 ZC-20931",
        ["空调完全不冷"],
        ["蒸笼"],
    ),
]


@pytest.mark.parametrize(("language", "text", "kept", "never"), WHEN_AND_ASKS, ids=_ids(WHEN_AND_ASKS))
def test_when_they_did_it_and_their_asks(language: str, text: str, kept: list[str], never: list[str]) -> None:
    _listen_keeps(language, text, "im", kept, never)
