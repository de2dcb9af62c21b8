"""Satisfy's remedy read from the customer's situation (round s14remedy2): a bag claimed for is a claim,
not a trace; a parcel in a known locker is opened or brought on, not traced; a locker opened again is
no document resent; lost data is recovered, not listed; a failed pickup code is no courier pickup and
its fee is waived; a claim still unpaid is no refusal; a claim sent to the customer's own insurer is
resubmitted, not reviewed against a policy; a payment on hold is reviewed, not traced; a re-hold needs
no manager; an overcharge is refunded, not the whole charge; a missing item's refund is its price.
Complaints written for these tests, across kinds of business.

Rows marked as near misses pass without this round's change: guards against reading too much."""

from __future__ import annotations

import pytest
from satisfy_rows import Row
from satisfy_rows import check_satisfy as _check

from drafter.backends import situation_fit
from drafter.guard.normalize import fold

CLAIM_NOT_TRACE: list[Row] = [
    (
        "en",
        "Claim number HX-20931 for my suitcase lost on the flight home from Rome in May. I claimed £820 with "
        "receipts and you keep asking for the same airline report. Please get it settled this month.",
        ["claims team"],
        ["trace your bag"],
    ),
    (
        "en",  # near miss: a bag still missing at an airline, no claim: traced
        "I landed in Dublin last night on flight EI-155 and my suitcase never showed up on the belt. "
        "Please find it and send it to my hotel.",
        ["trace your bag"],
        ["claims team"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), CLAIM_NOT_TRACE)
def test_a_bag_claimed_for_is_a_claim(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


KNOWN_PLACE: list[Row] = [
    (
        "en",
        "My order (tracking QQ-55102) was delivered to the parcel locker at Westgate on Tuesday, but the door "
        "won't open when I scan the code. Can someone open it for me or bring it to my flat?",
        ["priority"],
        ["trace it"],
    ),
    (
        "zh-Hans",  # near miss: read as a visit already; guards against a trace or a manager's decision
        "我的包裹已经放到小区门口的快递柜了，但是柜门一直打不开，能不能派人来帮我打开，或者直接送到我家？",
        ["24小时内"],
        ["追查", "查件", "经理决定"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), KNOWN_PLACE)
def test_a_parcel_in_a_known_place_is_not_traced(
    language: str, complaint: str, holds: list[str], never: list[str]
) -> None:
    _check(language, complaint, holds, never)


SITUATION_TEXT: list[Row] = [
    (
        "zh-Hant",
        "我喺銅鑼灣嗰個自助櫃攞唔到件 密碼話錯咗 幫我重新開過個櫃得唔得",
        ["優先處理"],
        ["重新發送或上傳", "經理決定"],
    ),
    (
        "zh-Hans",
        "昨天系统升级以后，我们共享盘里“客户档案”整个文件夹都没了。请尽快帮我们恢复资料。",
        ["恢复"],
        ["整理成一份清单"],
    ),
    (
        "zh-Hant",
        "昨天系統升級之後，我們共享硬碟裡「客戶檔案」整個資料夾都不見了。請盡快幫我們恢復資料。",
        ["恢復"],
        ["整理成一份清單"],
    ),
    (
        "zh-Hans",
        "楼下那个快递柜 取件码一直提示错误 结果超时了还要我付2块钱超时费 又不是我的问题 免了吧",
        ["免除"],
        ["上门取件"],
    ),
    (
        "zh-Hans",
        "我家的车5月2日在停车场被刮，当天就报了案，材料早就交齐了。一个多月了一直说在审核，月底前还不赔付我就投诉。",
        ["理赔"],
        ["拒赔"],
    ),
    (
        "zh-Hans",  # near miss: a claim refused is reviewed
        "我的理赔申请被拒赔了，理由是材料不全，可我全部交了。请重新审核。",
        ["复核"],
        [],
    ),
    (
        "zh-Hant",
        "我在圖書館預約的書簡訊說到了，結果去了說被別人借走了，可以幫我重新保留嗎",
        ["優先處理"],
        ["經理決定"],
    ),
    (
        "zh-Hans",  # near miss: the charge checked and its excess refunded already
        "你们洗车店收了我80块?? 套餐牌子上写的是50块 多收的退我",
        ["多扣的部分"],
        ["80元的退款"],
    ),
    (
        "zh-Hant",
        "你們停車場收了我120蚊?? 我只泊咗2個鐘 牌上寫每小時20蚊 多收的退返俾我",
        ["多扣的部分"],
        ["120"],
    ),
    (
        "zh-Hans",  # near miss: the ask alone ("多收的退我") is read as a part already
        "你们商场停车场收了我68块?? 我就停了2小时 牌子上写的一小时5块 多收的退我",
        ["多扣的部分"],
        ["68元的退款", "主管审批"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), SITUATION_TEXT)
def test_the_remedy_fits_the_situation(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


SITUATION_EN: list[Row] = [
    (
        "en",
        "I had my eye test at your optician's on 3 March and was billed $95. My vision plan covers it in full. "
        "Could you resubmit the claim to my insurer? I've now had a reminder letter.",
        ["resubmit"],
        ["policy terms", "claims team"],
    ),
    (
        "en",
        "I sent £1,400 to my sister in Canada on Monday (ref WX-88012) and the money has left my balance, but the "
        "transfer is still showing 'on hold'. "
        "Please release it or tell me what you need.",
        ["review the hold"],
        ["trace"],
    ),
    (
        "en",
        "my order #TT-2291 came an hour late and there were no dumplings in the bag. refund the dumplings pls",
        ["price of what was missing"],
        ["approval"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), SITUATION_EN)
def test_the_remedy_fits_the_situation_en(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


@pytest.mark.parametrize(
    ("wanted", "text", "expected"),
    [
        ({"resend": "重新开过个柜"}, "柜子打不开", {"done_by": "重新开过个柜"}),
        ({"resend": "重新发一份发票"}, "发票抬头错了", {"resend": "重新发一份发票"}),
        ({"resend": "resend the invoice"}, "the invoice is wrong", {"resend": "resend the invoice"}),
        ({"documents": "恢复资料"}, "资料不见了", {"data": "恢复资料"}),
        ({"documents": "把需要的资料列出来"}, "要我交资料", {"documents": "把需要的资料列出来"}),
        ({"pickup": "取件码一直错误"}, "取件码一直错误", {}),
        ({"pickup": "上门取件"}, "要退货，上门取件", {"pickup": "上门取件"}),
        ({}, "超时了还要我付1块钱超时费 免了吧", {"waive_fee": "免了吧"}),
        ({}, "逾期還要收我5蚊手續費 免咗佢啦", {"waive_fee": "免咗佢啦"}),
        ({}, "I put $50,000 in a fixed deposit. Let me withdraw early and waive the fee.", {}),
    ],
)
def test_fit(wanted: dict[str, str | None], text: str, expected: dict[str, str | None]) -> None:
    assert situation_fit.fit(text, wanted, "other", []) == expected


@pytest.mark.parametrize(
    ("text", "held", "insurer"),
    [
        ("The transfer still shows as on hold after a week.", True, False),
        ("转账一直被暂扣，说在审核。", True, False),
        ("My transfer never arrived and I don't know where it is.", False, False),
        ("Please resubmit the claim to my insurer.", False, True),
        ("請幫我向保險公司重新提交", False, True),
        ("The claims team rejected my claim.", False, False),
    ],
)
def test_held_and_insurer(text: str, held: bool, insurer: bool) -> None:
    assert situation_fit.held(fold(text)) is held
    assert situation_fit.their_insurer(fold(text)) is insurer
