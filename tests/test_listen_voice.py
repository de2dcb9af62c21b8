"""Listen restates the customer's facts in clauses that read as ours: letter headings, quoted
earlier mail, list numbering, jabs and rhetorical questions at us, demands of us, threats and
shrugs are never turned round into our voice, while the facts around them stay. Table-driven in
en, zh-Hans and zh-Hant, over several kinds of business (trainers' first complaint on round 2)."""

from __future__ import annotations

import pytest

import drafter
from drafter.intake import read_complaint
from drafter.intake.restate import restate


def _restated(raw: str, channel: str) -> tuple[str, list[tuple[str, str]], list[str]]:
    c = read_complaint(raw, channel=channel)  # type: ignore[arg-type]
    r = restate(c.text, c.language, c.channel)
    return " ".join(r.story), [(a.kind, a.text) for a in r.asks], r.refs


# (complaint, channel, facts the story keeps, words the story never holds)
LISTEN = [
    # letter headings and a quoted earlier reply (zh-Hans, a water utility)
    (
        "致客户服务部：\n\n我家水表户号 SW-20931，10月水费 ¥486.20，是平时的四倍。\n\n谢谢\n王立\n\n"
        "------------------ 原始邮件 ------------------\n发件人：客服中心\n您好，我们已受理。",
        "email",
        ["SW-20931", "¥486.20", "平时的四倍"],
        ["致客户服务部", "客服中心", "已受理"],
    ),
    # heading in Traditional, a clinic
    (
        "尊敬的診所服務台：\n\n我11月5日預約的洗牙被臨時取消，預約編號 DC-7781，我請了半天假。",
        "email",
        ["DC-7781", "洗牙"],
        ["尊敬的", "服務台"],
    ),
    # list numbering is not words: the condition it hid is not restated as a fragment (zh-Hans, airline)
    (
        "我的行李牌号 CA 55120 到现在还没找到。请告诉我：1）行李在哪里 2）如果找不到怎么赔",
        "im",
        ["CA 55120"],
        ["1）", "2）", "如果找不到"],
    ),
    # a jab at us is not our statement, the branch it names is kept (zh-Hans, restaurant)
    (
        "你们国贸店怎么回事！！上菜等了一个小时 孩子饿得直哭",
        "im",
        ["国贸店", "一个小时"],
        ["怎么回事"],
    ),
    # a rhetorical question at us (zh-Hant, after-school centre)
    (
        "今天接孩子才發現他膝蓋擦傷流血 老師沒有通知家長 你們到底有沒有在看孩子",
        "im",
        ["膝蓋擦傷"],
        ["有沒有在看", "到底"],
    ),
    # a demand of us is a request, not what happened (zh-Hans, gas utility)
    (
        "厨房一股煤气味 阀门我已经关了 地址是枫林苑3栋502 你们燃气公司赶紧派人来",
        "im",
        ["枫林苑3栋502", "阀门"],
        ["赶紧", "派人来"],
    ),
    # threats and a shrug (zh-Hant, district office; zh-Hans, car rental)
    (
        "我10月2日送件申請補助，案號 A-1130-552，到現在都沒消息。再沒回覆我就去議員服務處陳情。",
        "email",
        ["A-1130-552"],
        ["陳情", "議員"],
    ),
    (
        "航班延误快3小时就算了 行李还没到 行李编号 PVG-8812",
        "im",
        ["3小时", "PVG-8812"],
        ["就算了"],
    ),
    (
        "还车都十天了押金2000还不退 订单号 ZC-5521 今天再不给我退 说到做到",
        "im",
        ["2000", "ZC-5521"],
        ["再不给", "说到做到"],
    ),
    # their verdict is theirs: "明显是…" restated as what they think, never as our finding
    (
        "我是5栋1201的业主 卫生间天花板渗水一周了 明显是楼上1301的问题",
        "im",
        ["1201", "您认为是楼上1301"],
        ["明显是"],
    ),
    # spoken Cantonese written out, not half converted (zh-Hant, shop)
    (
        "頭先喺你哋觀塘分店買嘢 我問多句有冇收據佢就成個人黑面 收據號碼 KT-5531",
        "im",
        ["觀塘分店", "KT-5531", "黑著臉"],
        ["成的人", "喺", "嘢"],
    ),
    # en: a subject line goes, its reference stays; quoted earlier reply goes (bank)
    (
        "Dear Sir or Madam,\n\nRe: Missing refund, reference RF-2231-9\n\nOn 3 March I returned the "
        "deposit form and $310 has not come back.\n\nRegards,\nLee\n\n> On 4 Mar, Support wrote:\n"
        "> Your case number is 991822.",
        "email",
        ["3 March", "$310"],
        ["Re:", "Missing refund", "991822", "Our case"],
    ),
    # en: a greeting with no comma (property), "was booked" with no subject (clinic)
    (
        "hi hot water in flat 9B has been off since tuesday, called twice and nobody came",
        "im",
        ["flat 9B", "since Tuesday"],
        ["hi "],
    ),
    (
        "was booked in for my dental check at 9:15 today, got a text at 8:40 saying it's moved to May 2",
        "im",
        ["you were booked in", "9:15"],
        ["the was", "The was"],
    ),
    # en: a relative clause stays with its subject (airline); "or what" is a jab (telecom)
    (
        "I am writing about flight BA 118 on 2 June.\n\nMy son Oliver, who is 6, has a severe egg allergy. "
        "He was served an omelette.",
        "email",
        ["Your son Oliver, who is 6, has a severe egg allergy"],  # split, it read "Your son Oliver."
        [],
    ),
    # a fact said in disbelief ("??") is a fact (en, library); a short sentence backing a threat is not
    (
        "library says i owe $12.40 in fines for a book i returned on time?? card 55120. pls remove it",
        "im",
        ["you owe $12.40", "returned on time"],
        [],
    ),
    (
        "My router has dropped every night since 3 May. If this isn't fixed by Monday I'm going to the "
        "local paper. I've kept all of it.",
        "email",
        ["3 May"],
        ["kept all of it", "local paper"],
    ),
    (
        "退货的吹风机到现在还没退款 订单号 RT-33120 再不退我就发微博曝光 说到做到",
        "im",
        ["RT-33120", "吹风机"],
        ["说到做到", "微博"],
    ),
    (
        "冷氣機裝好第二天就不冷了 訂單 TW-77120 再不處理我就找消基會 我講真的",
        "im",
        ["TW-77120", "冷氣機"],
        ["講真的", "消基會"],
    ),
    # emphasis and verdicts dropped, dates and numbered lockers kept whole
    (
        "電費單寫估計讀數 但你們的職員根本沒有上來抄錶 帳戶 5120-4471",
        "im",
        ["職員沒有上來抄錶", "5120-4471"],
        ["根本"],
    ),
    (
        "你們信義店的店員超沒禮貌 我只是問有沒有38號 她直接說自己去看",
        "im",
        ["38號"],
        ["沒禮貌"],
    ),
    (
        "我昨天在你们南京路分店用了储物柜 No. 214 今天回去发现耳机不见了",
        "im",
        ["No. 214", "耳机不见了"],
        [],
    ),
    (
        "Our booking (confirmation QH-5512) for 2 nights at your Harbour property, Dec 3–5, was cancelled "
        "without explanation. The ceiling is literally falling in.",
        "email",
        ["Dec 3–5, was cancelled", "The ceiling is falling in"],
        ["the dec", "literally"],
    ),
    (
        "its been 60 days since my claim HC-55120 for the flood and nobody came. you have until friday or we file",
        "im",
        ["HC-55120", "60 days"],
        ["until friday", "we file", "you file"],
    ),
    (
        "broadband just says no connection since 8am (account 55-1290). is there an outage or what",
        "im",
        ["no connection"],
        ["or what"],
    ),
]


LISTEN_IDS = [
    "zh-Hans-heading-quoted-mail",
    "zh-Hant-heading",
    "zh-Hans-list-markers",
    "zh-Hans-jab-names-branch",
    "zh-Hant-rhetorical-at-us",
    "zh-Hans-demand-of-us",
    "zh-Hant-petition-threat",
    "zh-Hans-shrug",
    "zh-Hans-deadline-threat",
    "zh-Hans-their-verdict",
    "zh-Hant-cantonese",
    "en-subject-line-quoted-mail",
    "en-greeting-no-comma",
    "en-was-booked",
    "en-relative-clause",
    "en-disbelief-fact",
    "en-threat-backed-up",
    "zh-Hans-threat-backed-up",
    "zh-Hant-threat-backed-up",
    "zh-Hant-emphasis",
    "zh-Hant-verdict",
    "zh-Hans-numbered-locker",
    "en-date-and-emphasis",
    "en-threat-with-deadline",
    "en-or-what",
]


@pytest.mark.parametrize(("raw", "channel", "kept", "never"), LISTEN, ids=LISTEN_IDS)
def test_listen_keeps_facts_in_our_voice(raw: str, channel: str, kept: list[str], never: list[str]) -> None:
    story, _, refs = _restated(raw, channel)
    everything = story + " " + " ".join(refs)
    for fact in kept:
        assert fact in everything, (fact, story, refs)
    for words in never:
        assert words not in story, (words, story)


# A demand of us or a question is answered in Satisfy, phrased as theirs and turned round.
ASKS = [
    ("厨房一股煤气味 地址是枫林苑3栋502 你们燃气公司赶紧派人来", ("do", "燃气公司尽快派人来")),
    ("你們客服主管馬上給我回電 訂單 TW-55120 的退款還沒到", ("do", "客服主管盡快給您回電")),
    ("行李牌号 CA 55120 一周了还没找到 请告诉我：1）行李到底在哪里", ("do", "告诉您行李在哪里")),
    ("no hot water in flat 9B since tuesday. when is someone coming", ("know", "when someone is coming")),
    (
        "paid £30 for seat 2C on flight ZX118 and now it says 31B?? either give me my seat back or refund the £30",
        ("do", "give you your seat back"),
    ),
]


@pytest.mark.parametrize(("raw", "ask"), ASKS, ids=["zh-Hans", "zh-Hant", "zh-Hans-list", "en-question", "en-either"])
def test_demands_of_us_are_asks(raw: str, ask: tuple[str, str]) -> None:
    _, asks, _ = _restated(raw, "im")
    assert any(kind == ask[0] and ask[1] in text for kind, text in asks), asks


# Live emergencies: the first lines say what to do now, fitted to where the danger is.
EMERGENCIES = [
    (
        "smoke pouring from the dashboard of the hire car, pulled over on the motorway, my two kids are with me",
        ["get everyone out of the vehicle", "emergency services"],
        ["unplug", "packaging"],
    ),
    (
        "租的车仪表盘下面一直冒烟，我们停在高速应急车道上，车上还有老人",
        ["下车", "护栏"],
        ["拔掉电源", "包装"],
    ),
    (
        "民宿房間一氧化碳警報器一直響，我太太頭很暈，我們全家已經跑到外面",
        # already outside (round 10aa): stay out, not "leave the building" again
        ["留在室外", "頭暈"],
        ["拔掉電源", "離開室內"],
    ),
    (
        "the carbon monoxide alarm in our flat keeps going off and my son feels dizzy",
        ["leave the building", "feels dizzy"],
        ["unplug"],
    ),
]


@pytest.mark.parametrize(
    ("complaint", "first", "never"), EMERGENCIES, ids=["vehicle-en", "vehicle-zh-Hans", "co-zh-Hant", "co-en"]
)
def test_a_live_emergency_opens_with_what_to_do_now(complaint: str, first: list[str], never: list[str]) -> None:
    d = drafter.draft(complaint, channel="im")
    # Apologize is empty in English chat (the opening is the one empathy line): up to Satisfy then
    apologize = d.sections.apologize or d.sections.satisfy
    opening = d.text[: d.text.index(apologize)] if apologize and apologize in d.text else d.text[:300]
    for words in first:
        assert words in opening, (words, d.text)
    for words in never:
        assert words not in d.text, (words, d.text)
    assert d.escalate


# A service they live on is down right now: the update comes today, not in 24 hours, and the
# apology does not speak of a deadline they never gave.
DOWN = [
    ("no internet since 7am in our flat, account 66-1290. I work from home.", "today", ["24 hours", "deadline"]),
    ("我家从早上8点一直没水 到现在都没水 水费户号 W-55120", "今天", ["24小时", "时间这么紧"]),
    ("我們這條街從昨晚開始完全沒訊號 門號0912-555-120", "今天", ["24小時", "時間這麼緊"]),
]


@pytest.mark.parametrize(("complaint", "when", "never"), DOWN, ids=["en", "zh-Hans", "zh-Hant"])
def test_a_service_down_now_is_answered_today(complaint: str, when: str, never: list[str]) -> None:
    d = drafter.draft(complaint, channel="im")
    assert when in d.sections.satisfy, d.text
    for words in never:
        assert words not in d.text, (words, d.text)


def test_a_threats_deadline_is_kept_without_the_threat() -> None:
    d = drafter.draft("60 days since my claim HC-55120 and nobody came. you have until friday or we file", channel="im")
    assert "by Friday" in d.text and "file" not in d.sections.listen, d.text
