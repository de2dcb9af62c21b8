"""Intake's gist (drafter/intake/gist.py): the one problem a reply names, the slots it fills in,
what is asked, and the strict checks a customer's clause must pass to be said back. Table-driven
in the three languages."""

from __future__ import annotations

import pytest

from drafter.intake import analyse, read_complaint
from drafter.intake.gist import asked, demanded, references
from drafter.models import Gist


def gist_of(text: str, channel: str = "im") -> Gist:
    return analyse(read_complaint(text, channel=channel)).facts.gist


PROBLEMS = [
    # (complaint, problem, slots that must be read)
    (
        "手机银行给我妈转了5000块 钱扣了对方一直没收到！！都两天了 交易流水号 2024110918273305",
        "transfer_stuck",
        {"amount": "5000块"},
    ),
    (
        "我的水费账单是486.20元，平时每个月都在60元左右。读数跟账单上的对不上。户号 0210-0358-7712",
        "meter_mismatch",
        {"amount": "486.20元"},
    ),
    ("還車都半個月了押金3000還不退 訂單號 ZC11029987", "deposit_held", {"noun": "押金3000"}),
    ("屋企寬頻由琴晚11點斷到而家 帳戶號碼 2203-118-55", "outage", {"when": "昨晚11點"}),
    ("我們住你們花蓮的民宿 302房 半夜兩點一氧化碳警報器一直響!!! 我老公頭很暈", "carbon_monoxide", {"place": "302房"}),
    ("買的羽絨服下單選的是L碼 寄來的是S碼 訂單 4418 2093 7761", "wrong_item", {"ordered": "L碼", "got": "S碼"}),
    (
        "URGENT smoke coming out from under the dashboard of the rental car. pulled over on the M4 near junction 12.",
        "vehicle_smoke",
        {"place": "on the M4 near junction 12"},
    ),
    (
        "I was charged twice for our lunch at your Market Street cafe on Oct 30, $46.80 each.",
        "double_charge",
        {"branch": "Market Street cafe"},
    ),
    (
        "no mobile data since this morning?? whole area in Clapham. 4G just says no service.",
        "outage",
        {"place": "in Clapham", "service": "mobile service"},
    ),
    ("my card keeps getting declined at every shop today!! card ending 4417", "card_declined", {}),
]


@pytest.mark.parametrize(("text", "problem", "slots"), PROBLEMS, ids=[p[1] + ":" + p[0][:12] for p in PROBLEMS])
def test_the_problem_and_its_slots(text: str, problem: str, slots: dict[str, str]) -> None:
    gist = gist_of(text)
    assert gist.problem == problem, gist
    for name, value in slots.items():
        assert getattr(gist, name) == value, (name, gist)


REFS = [
    ("订单号 3102 8847 6650 1927 这单38.5块我不想付了", "zh-Hans", ["订单号 3102 8847 6650 1927"]),
    ("我的門號 0935-118-642，上個月已經降轉", "zh-Hant", ["門號 0935-118-642"]),
    ("案號 北中社字第1130087512號，承辦人說一個月內會有結果", "zh-Hant", ["案號北中社字第1130087512號"]),
    (
        "Tracking number 1Z 84V 2X7 03 5518 6620. The photo shows a blue door.",
        "en",
        ["Tracking number 1Z 84V 2X7 03 5518 6620"],
    ),
    ("reg LK72 XRT, agreement RA-4471902. kids in the car", "en", ["reg LK72 XRT", "agreement RA-4471902"]),
    ("my flight BA 287 from London was cancelled", "en", ["flight BA 287"]),
]


@pytest.mark.parametrize(("text", "language", "expected"), REFS, ids=[r[2][0][:16] for r in REFS])
def test_references_keep_their_labels_and_every_digit_group(text: str, language: str, expected: list[str]) -> None:
    found = references(text, language)
    for ref in expected:
        assert ref in found, found


ASKS = [
    ("麻烦安排人重新抄表，核对后把多收的钱退回来或者抵下个月。", {"meter_reading", "refund"}, set()),
    ("能不能直接给我换 别让我先寄回去再等一星期啊", {"replacement", "pickup"}, set()),
    ("can u just send the right colour, dont want a refund", {"replacement"}, {"refund"}),
    ("我要求补偿300元，不然我就退货。", {"compensation"}, {"refund"}),
    ("為什麼確認過的預訂會被取消？", {"explanation"}, {"cancel"}),
    ("Please send the permit and cancel both PCNs.", {"cancel"}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), ASKS, ids=[a[0][:16] for a in ASKS])
def test_what_is_asked_and_what_is_not(text: str, present: set[str], absent: set[str]) -> None:
    found = set(asked(text))
    assert present <= found, found
    assert not absent & found, found


def test_an_amount_demanded_as_compensation_is_never_repeated() -> None:
    assert demanded("我要求补偿300元，不然我就退货", "300元")
    assert demanded("you are authorised to offer $2,000 in compensation", "$2,000")
    assert not demanded("I paid $89.99 a month for the plan", "$89.99")
    gist = gist_of("我在你们商城买了一台冰箱，订单号SC-5520318，3299元，还没送到。我要求补偿300元。", "email")
    assert "300元" not in gist.amounts


CLAUSES = [
    # A clause that would become ours, a threat, a question, evidence or a greeting is never said back.
    "我们作为送餐方也有责任",
    "今天再不给您退",
    "照片附在附件里",
    "Dear 客戶服務部",
    "我们燃气公司赶紧派人来",
    "是不是有人有后备匙",
]


@pytest.mark.parametrize("clause", CLAUSES)
def test_no_clause_that_fails_the_strict_checks_is_kept(clause: str) -> None:
    complaint = {
        "我们作为送餐方也有责任": "外卖吃了拉肚子，平台作为送餐方也有责任。订单号 D202411121158026",
        "今天再不给您退": "还车都半个月了押金3000还不退 今天再不给我退 我就发抖音 说到做到",
        "照片附在附件里": "水费账单486.20元，读数对不上。照片附在附件里。",
        "Dear 客戶服務部": (
            "Dear 客戶服務部，\n\n我喺10月20號訂咗兩間海景雙人房，確認編號 HTL-88213-HK，今日收到email話要取消。"
        ),
        "我们燃气公司赶紧派人来": "你们燃气公司赶紧派人来！！楼道里一股很重的煤气味",
        "是不是有人有后备匙": "储物柜里的耳机不见了 个柜又冇烂 系咪有人有后备匙",
    }[clause]
    gist = gist_of(complaint)
    assert gist.clause is None or clause not in gist.clause, gist.clause


TITLES = [
    ("我已經反映三次冷氣漏水都沒人處理，請你們店長直接打給我！", "店長"),
    ("I want to talk to the practice manager, not the front desk", "practice manager"),
    ("老師我要投訴!!! 我要主任給我一個交代", "主任"),
]


@pytest.mark.parametrize(("text", "title"), TITLES, ids=[t[1] for t in TITLES])
def test_the_title_they_ask_for(text: str, title: str) -> None:
    assert gist_of(text).title == title
