"""The customer's own earlier mail forwarded again is their complaint, not history to cut away."""

from __future__ import annotations

import pytest

import drafter
from drafter.intake import read_complaint

OWN = [
    (
        "Hi,\n\nI'm forwarding the email I sent on Saturday because nobody has replied.\n\n"
        "---------- Forwarded message ---------\nFrom: Ana Ruiz <ana@example.com>\nSubject: Prawn in my curry\n\n"
        "I found a prawn in the vegetable curry at your Camden branch and my lips swelled up.\n\nAna Ruiz",
        "prawn",
    ),
    (
        "Still no answer, so here it is again.\n\nAna Ruiz\n\n"
        "---------- Forwarded message ---------\nFrom: Ana Ruiz <ana@example.com>\nSubject: Router\n\n"
        "My router RT-2207 has been dropping the line every evening since 3 May.",
        "RT-2207",
    ),
    (
        "你好，转发我上周发的邮件，到现在都没人回复。\n\n---------- 转发的邮件 ---------\n"
        "发件人: 王丽 <wl@example.com>\n主题: 洗衣机漏水\n\n洗衣机用了三天就漏水，订单号 HX-8812，请尽快上门处理。",
        "HX-8812",
    ),
    (
        "你好，轉發我上次寄的郵件，一直沒有人處理。\n\n---------- Forwarded message ---------\n"
        "寄件者: 陳大文 <cdm@example.com>\n主旨: 帳單錯誤\n\n這個月帳單多收了NT$1,200，帳號 77-3301。",
        "NT$1,200",
    ),
]


@pytest.mark.parametrize(("text", "kept"), OWN)
def test_their_own_forwarded_mail_is_their_complaint(text: str, kept: str) -> None:
    complaint = read_complaint(text, channel="email")
    assert kept in complaint.text, complaint.text
    assert kept in drafter.draft(text, channel="email").text


HISTORY = [
    (
        "This is what your support team told me. It is not good enough, I want a refund of $40.\n\n"
        "---------- Forwarded message ---------\nFrom: Acme Support <help@acme.example>\nSubject: Re: order\n\n"
        "We are unable to refund order 5521 as it is past 30 days.\n\nAcme Support",
        "unable to refund",
    ),
    (
        "你们客服就是这样回复我的，我不接受。\n\n---------- 转发的邮件 ---------\n"
        "发件人: 客服中心 <cs@example.com>\n\n很抱歉，超过7天无法退货。",
        "无法退货",
    ),
]


@pytest.mark.parametrize(("text", "cut"), HISTORY)
def test_a_business_reply_forwarded_stays_history(text: str, cut: str) -> None:
    assert cut not in read_complaint(text, channel="email").text
