"""Round 10am: Listen restates the customer's problem in sentences an agent would send (issue 10).

Trainers kept marking Listen down for what came out broken: quoted remarks run into the next
sentence or turned round ("'if we want it right'"), an article before a pronoun ("The this is
making you sick"), chat fragments with no verb ("only 2 of the 3 phone cases in the box"), two
clauses typed as one ("chipped my tooth theres blood"), Cantonese half written out ("推玻璃門那陣，
塊玻璃"), asks pasted as if they were the problem ("提前帮您约好时间。"), and detail frames that do
not parse ("with the 12 February you told us about"). Each class in en, zh-Hans and zh-Hant, across
kinds of business, email and IM; the complaints are written for these tests."""

from __future__ import annotations

import pytest

import drafter


def _ids(table: list[tuple[str, ...]]) -> list[str]:
    return [f"{row[0]}-{i}" for i, row in enumerate(table)]


def _listen(language: str, text: str, channel: str) -> str:
    d = drafter.draft(text, channel=channel)
    assert d.language == language
    return d.sections.listen


def _check(language: str, channel: str, text: str, kept: list[str], never: list[str]) -> None:
    listen = _listen(language, text, channel)
    for word in kept:
        assert word in listen, (word, listen)
    for word in never:
        assert word not in listen, (word, listen)


# A word that only takes the floor (a greeting stretched out, "honestly", 欸) never enters
# Listen, and no article is put before a pronoun.
FLOOR_WORDS = [
    (
        "en",
        "im",
        "heyyy so i booked a deep clean with your team for friday\nnobody turned up\n"
        "honestly this is ruining my week lol i have guests coming sunday\nbooking CL-22841",
        ["guests coming Sunday", "CL-22841"],
        ["heyyy", "The this", "honestly", "lol"],
    ),
    (
        "en",
        "email",
        "Hello,\n\nThe courier app shows my documents as collected at 10:05 on 4 June, but nothing left "
        "my office at 9 Quay Street. Waybill WB-55120.\n\nRegards,\nOwen Pryce",
        ["nothing left your office", "WB-55120"],
        ["the nothing"],
    ),
    (
        "zh-Hans",
        "im",
        "诶我昨天在你们app上约了上门保洁 订单号 BJ-30917\n阿姨没来 也没人通知我",
        ["BJ-30917", "上门保洁"],
        ["诶"],
    ),
    (
        "zh-Hant",
        "im",
        "欸我上星期在你們網站訂了兩張音樂會門票 訂單 TK-88120\n到現在電子票都還沒收到",
        ["TK-88120", "電子票"],
        ["欸"],
    ),
]


@pytest.mark.parametrize(("language", "channel", "text", "kept", "never"), FLOOR_WORDS, ids=_ids(FLOOR_WORDS))
def test_words_that_take_the_floor_never_enter_listen(
    language: str, channel: str, text: str, kept: list[str], never: list[str]
) -> None:
    _check(language, channel, text, kept, never)


# A chat line with no verb is completed where its shape is known (a count, what is missing), two
# clauses typed as one are parted, and a clause cut before what happened is left out.
FRAGMENTS = [
    (
        "en",
        "im",
        "order 7720-114 came today\nonly 4 of the 6 mugs in the box\nmissing the green one\npls sort it",
        ["only 4 of the 6 mugs were in the box", "The green one is missing"],
        ["mugs in the box.", "Missing the"],
    ),
    (
        "en",
        "im",
        "collected my laundry this morning ticket 5521\nshould be 8 towels only 6 in the bag\nneed them back by sat",
        ["There should be 8 towels, but only 6 were in the bag"],
        ["Should be 8"],
    ),
    (
        "en",
        "im",
        "got my pizza from your Hill St branch order P-4410\ncut my lip on a shard of glass theres blood everywhere",
        ["P-4410"],
        ["lip on a shard of glass there's", "lip on a shard of glass theres"],
    ),
    (
        "en",
        "email",
        "Dear team,\n\nMy bike was booked in for a service at your Dock Road workshop on 2 June and, three weeks "
        "later, it still has not been returned. Job number BK-22710.\n\nAlex",
        ["and it still has not been returned"],
        ["and. It", "and, it"],
    ),
    (
        "zh-Hans",
        "email",
        "你好：\n\n我5月3日在你们网店买的“儿童磁力积木”（订单号 5520 1184 3301，共3盒），今天拆第二盒的时候，"
        "在其中一小袋积木里发现一颗大概有小指甲盖那么大的生锈螺丝钉。还好孩子没放进嘴里。\n\n王女士",
        ["5520 1184 3301"],
        ["的时候。"],
    ),
    (
        "zh-Hant",
        "email",
        "您好：\n\n我6月1日在貴公司網站訂的「北歐風檯燈」（訂單編號 LM-60112，共2盞），今天拆開第二個箱子的時候，"
        "在泡棉和紙箱之間的夾層裡面發現一大片邊緣非常鋒利而且大概有成年人手掌那麼大的碎玻璃。還好孩子沒有碰到。\n\n陳先生",
        ["LM-60112"],
        ["的時候。"],
    ),
]


@pytest.mark.parametrize(("language", "channel", "text", "kept", "never"), FRAGMENTS, ids=_ids(FRAGMENTS))
def test_fragments_are_completed_or_left_out(
    language: str, channel: str, text: str, kept: list[str], never: list[str]
) -> None:
    _check(language, channel, text, kept, never)


# A remark the customer quotes stays as said (not turned round), its sentence ends where the quote
# does, and a "you" that means anyone ("when you touch it") is not our company.
QUOTES = [
    (
        "en",
        "email",
        "Hi,\n\nOn Monday the receptionist at your dental practice told me 'if you want an earlier slot, go "
        "somewhere else' when I asked about a cancellation. I have been a patient for six years.\n\nMaya",
        ["'if you want an earlier slot, go somewhere else'"],
        ["if we want"],
    ),
    (
        "en",
        "email",
        "Hello,\n\nWhen I collected my car (job card JC-7731) the mechanic said it was 'just a loose wire, it's "
        "sorted.' I had to be towed home the same evening. The dashboard lights flicker when you open the door.\n\nSam",
        ["you had to be towed", "when you open the door"],
        [".'.", "' you had", "when we open"],
    ),
    (
        "zh-Hans",
        "email",
        "您好：\n\n我上周在你们营业厅办理宽带（账号 KD-552019），工作人员说「你们自己回家装就行」，"
        "结果师傅一直没来。\n\n刘先生",
        ["KD-552019"],
        ["「我们自己", "我们自己回家装"],
    ),
    (
        "zh-Hant",
        "email",
        "您好：\n\n我昨天到貴診所看診（病歷號 B-20931），櫃檯人員說「你們下次早點來」，"
        "我已經提早半小時到了。\n\n林小姐",
        ["「你們下次早點來」"],
        ["「我們下次"],
    ),
]


@pytest.mark.parametrize(("language", "channel", "text", "kept", "never"), QUOTES, ids=_ids(QUOTES))
def test_quoted_remarks_stay_as_said(language: str, channel: str, text: str, kept: list[str], never: list[str]) -> None:
    _check(language, channel, text, kept, never)


# Spoken words are written out, not half-converted: Cantonese classifiers and words in Chinese
# replies, chat names for our staff in English ones.
SPOKEN = [
    (
        "en",
        "im",
        "cancelled my storage unit on may 2\nstill charged $85 on june 2\ncounter guy said 'takes a cycle'\nunit S-118",
        ["Our staff member at the counter said"],
        ["counter guy", "Counter guy"],
    ),
    (
        "zh-Hant",
        "email",
        "你好，\n\n今日下晝三點，我喺你哋沙田分店試身室拉開布簾嗰陣，條路軌突然跌落嚟，擦傷咗我塊面。"
        "職員淨係拎咗張紙巾俾我。我會員號碼係 SH-40218。\n\n李生",
        ["的時候", "這條路軌", "您的臉"],
        ["那陣", "跌落", "塊面"],
    ),
    (
        "zh-Hant",
        "im",
        "我上星期三放咗袋衫喺你哋觀塘舖乾洗 單號 DC7721\n攞返少咗件白色恤衫",
        ["一袋衣服", "DC7721"],
        ["放了袋衫"],
    ),
    (
        "zh-Hans",
        "im",
        "头先喺你哋旺角店买咗杯热柠茶 单号 A-3310\n饮饮下有粒胶粒 搞到我好头痛",
        ["一杯热柠茶", "A-3310"],
        ["饮饮下", "好头痛", "买了杯"],
    ),
]


SPOKEN += [
    (
        "zh-Hant",
        "im",
        "頭先喺你哋銅鑼灣店買咗個三文治 單號 S-7710\n咬咗一啖有條頭髮\n個三文治仲喺度",
        # round 10aw: 仲喺度 is "still there" (還在), not "at the scene" (trainers: "賬單還在現場")
        ["三文治還在", "S-7710"],
        ["喺度", "在度"],
    ),
]


@pytest.mark.parametrize(("language", "channel", "text", "kept", "never"), SPOKEN, ids=_ids(SPOKEN))
def test_spoken_words_are_written_out(
    language: str, channel: str, text: str, kept: list[str], never: list[str]
) -> None:
    _check(language, channel, text, kept, never)


# What they ask is answered in Satisfy, never restated in Listen as if it were what happened:
# a request that goes on past its comma, the rest waived, "…就行", a call asked for.
ASKS_NOT_PROBLEM = [
    (
        "en",
        "im",
        "my phone repair (ticket R-5512) was due tuesday\nstill not ready\njust call me back today pls",
        ["R-5512"],
        ["call you back today", "call me back"],
    ),
    (
        "zh-Hans",
        "email",
        "你好，\n\n我6月5号在你们静安店做的美甲，两天就掉了三片。当时付了298元。希望这周免费给我补做，提前帮我约好时间。\n\n小周",
        ["298元"],
        ["提前帮您约好时间", "您希望"],
    ),
    (
        "zh-Hans",
        "im",
        "订单 7731 2209 4410 说40分钟送到 结果两个小时才到\n配送费5元退给我就行 别的不要了",
        ["7731 2209 4410"],
        ["别的不要了", "您希望"],
    ),
    (
        "zh-Hant",
        "im",
        "我喺你哋網站買嘅電暖爐 訂單 HK-22019\n開咗一日就唔熱\n截圖都有 今日之內回個電話給我",
        ["HK-22019"],
        ["電話給您", "电话给您", "截圖都有"],
    ),
]


# A deadline they set just before a threat is its condition (如果 left out), not what happened.
ASKS_NOT_PROBLEM += [
    (
        "zh-Hans",
        "email",
        "您好：\n\n我在你们商城买的扫地机器人（订单号 SD-44120）用了三天就不充电了。我要求换一台新的，三天内没有处理，"
        "我会向消协投诉。\n\n周女士",
        ["SD-44120"],
        ["三天内没有处理"],
    ),
    (
        "zh-Hant",
        "email",
        "您好：\n\n我在貴公司訂的沙發（訂單編號 SF-77031）送來時椅腳斷了一隻。我要求換貨，本週內沒有回覆，"
        "我會向消保官申訴。\n\n黃先生",
        ["SF-77031"],
        ["本週內沒有回覆"],
    ),
    (
        "en",
        "email",
        "Hello,\n\nYour driver took the long route from the station and charged me $41, there was no roadworks "
        "anywhere. Trip TR-5531.\n\nKim",
        ["There was no roadworks"],
        ["$41, there was"],
    ),
]


@pytest.mark.parametrize(("language", "channel", "text", "kept", "never"), ASKS_NOT_PROBLEM, ids=_ids(ASKS_NOT_PROBLEM))
def test_asks_are_never_restated_as_the_problem(
    language: str, channel: str, text: str, kept: list[str], never: list[str]
) -> None:
    _check(language, channel, text, kept, never)


# The details a reply repeats are said by what each one is, in frames that parse: a date as a
# date, an amount as an amount, a label in our words ("membership number", not "member").
DETAILS = [
    (
        "en",
        "email",
        "To the claims team,\n\nThis is my third email about claim HC-88120 (storm damage, 3 March). Your assessor "
        "approved $1,800 and then your system closed the claim without payment.\n\nR. Lowe",
        ["HC-88120"],
        # s13voice: no date rides on the English look-into sentence ("the date you gave (3 March)": a form)
        ["the 3 March", "you told us about", "you gave ("],
    ),
    (
        "en",
        "im",
        "cancelled my gym plan in person on jan 5\nstill charged on feb 5\nmember # GX-55120",
        ["your membership number GX-55120"],
        ["your member GX", "member #"],
    ),
    (
        "zh-Hans",
        "email",
        "您好：\n\n我的理赔申请（编号 LP-7730）3月2日提交，到现在还没有结果。上周业务员又让我补材料。\n\n赵先生",
        ["LP-7730", "还没有结果"],
        ["连同您提到的"],
    ),
    (
        "zh-Hant",
        "im",
        "我喺你哋分行個ATM提款 卡被吞咗 錢又冇出 卡號尾數 5521 下午兩點嘅事",
        ["5521"],
        ["連同您提到的"],
    ),
]


@pytest.mark.parametrize(("language", "channel", "text", "kept", "never"), DETAILS, ids=_ids(DETAILS))
def test_details_are_said_by_what_they_are(
    language: str, channel: str, text: str, kept: list[str], never: list[str]
) -> None:
    _check(language, channel, text, kept, never)


# Our own shop, app or site named the way the customer addresses us (貴商城, 贵app, "your app"):
# said as ours, never 貴 in our own reply; a Cantonese 落 after an amount is "into".
OURS = [
    (
        "en",
        "email",
        "Hello,\n\nI paid for a yoga class pack on your app on 2 May (order YG-5521) and was charged twice.\n\nLiz",
        ["our app"],
        ["your app"],
    ),
    (
        "zh-Hans",
        "email",
        "您好：\n\n我5月2日在贵商城买的电热水壶（订单号 RS-77120）第一次用就漏电跳闸了。\n\n孙先生",
        ["我们商城", "RS-77120"],
        ["贵商城"],
    ),
    (
        "zh-Hant",
        "email",
        "您好：\n\n我上週在貴網店買的吹風機（訂單編號 HD-33019）用了兩次就不會熱了。\n\n吳小姐",
        ["我們網店", "HD-33019"],
        ["貴網店"],
    ),
    (
        "zh-Hant",
        "im",
        "我尋日用八達通增值咗HK$300落你哋個錢包 編號 WL-55120\n到而家都未入數",
        ["HK$300到", "WL-55120"],
        ["HK$300落"],
    ),
]


@pytest.mark.parametrize(("language", "channel", "text", "kept", "never"), OURS, ids=_ids(OURS))
def test_our_own_names_are_ours(language: str, channel: str, text: str, kept: list[str], never: list[str]) -> None:
    _check(language, channel, text, kept, never)


# A price typed after a finished verb joins it without 是 ("自动续费了 25元" -> 自动续费了25元).
PRICE_AFTER_VERB = [
    (
        "zh-Hans",
        "im",
        "视频会员自动续费了 30元\n我上个月就关了自动续费\n订单号 VD20240311",
        ["自动续费了30元"],
        ["续费了是30元"],
    ),
    (
        "zh-Hant",
        "im",
        "雲端空間自動續訂了 90元\n我上個月已經取消訂閱\n訂單編號 CL20240522",
        ["自動續訂了90元"],
        ["續訂了是90元"],
    ),
    (
        "en",
        "im",
        "my streaming plan auto renewed for $30\ni turned off auto renew last month\norder VD-20240311",
        ["$30", "VD-20240311"],
        ["renewed for is $30"],
    ),
]


@pytest.mark.parametrize(("language", "channel", "text", "kept", "never"), PRICE_AFTER_VERB, ids=_ids(PRICE_AFTER_VERB))
def test_a_price_after_a_finished_verb_needs_no_shi(
    language: str, channel: str, text: str, kept: list[str], never: list[str]
) -> None:
    _check(language, channel, text, kept, never)
