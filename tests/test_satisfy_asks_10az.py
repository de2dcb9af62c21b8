"""Satisfy answers the ask in its own frame (round 10az): a makeup session for a session of ours
that did not happen, booked by the date they need; something free as goodwill put to whoever
approves it, named; "repair or replace?" answered with which and when, not a damage claim; a
booking checked and confirmed as it stands; the stage an application is at; the rest of a batch
checked; a routine thing asked "and confirmed in writing" done and confirmed in writing, not sent
for a supervisor's approval as a written statement; an extension asked for, not met with an
exchange-or-refund menu. Complaints written for these tests, across kinds of business.

Rows marked as near misses pass without this round's change: guards against reading too much."""

from __future__ import annotations

import pytest
from satisfy_rows import Row
from satisfy_rows import check_satisfy as _check

import drafter

MAKEUP: list[Row] = [
    (
        "en",
        "My daughter's piano lesson on Tuesday was cancelled by your teacher an hour before. "
        "I'd like a makeup lesson booked before her recital on 12 July.",
        ["makeup session", "before her recital on 12 July"],
        ["look into the delay"],
    ),
    (
        "zh-Hans",
        "你们周三晚上的瑜伽课临时取消了，也没提前通知，我白跑一趟。请给我补一节课。",
        ["补上这节课", "确认具体时间"],
        [],
    ),
    (
        "zh-Hant",
        "你哋上星期六嘅游泳班無啦啦取消咗，我個仔等咗成個鐘。請幫佢補返一堂課。",
        ["補上這節課"],
        [],
    ),
    # near miss: a makeup refused in the story, a refund asked
    (
        "en",
        "Your tutor cancelled twice and refused a makeup lesson last time. "
        "Please refund the $30 for the cancelled lesson.",
        ["$30"],
        ["makeup session"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), MAKEUP)
def test_makeup_session_is_booked(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


GOODWILL: list[Row] = [
    (
        "en",
        "Our room at your Riverside hotel had no hot water for two nights. Could we get a free night on our next stay?",
        ["to approve free night", "confirm the outcome"],
        [],
    ),
    (
        "zh-Hans",
        "昨晚在你们影城看电影，放到一半断了二十分钟，也没人解释。能不能送我们两张免费电影票？",
        ["两张免费电影票需要", "审批"],
        ["安排新的时间"],
    ),
    (
        "zh-Hant",
        "我哋喺你哋樂園排咗三個鐘，最後機動遊戲又話維修。可唔可以俾兩張免費門票我哋下次再嚟？",
        ["兩張免費門票需要", "審批"],
        [],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), GOODWILL)
def test_something_free_is_put_to_the_approver(
    language: str, complaint: str, holds: list[str], never: list[str]
) -> None:
    _check(language, complaint, holds, never)


REPAIR_CHOICE: list[Row] = [
    (
        "en",
        "I sent my phone in under warranty three weeks ago (ticket RP-5512) and heard nothing. "
        "Are you going to repair or replace it?",
        ["repaired or replaced"],
        ["damage"],
    ),
    (
        "zh-Hans",
        "洗衣机送修十天了，维修单号WX8812，一直没消息。到底是修还是换？给个准话。",
        ["维修还是更换", "寄回时间"],
        ["破损理赔"],
    ),
    (
        "zh-Hant",
        "部手提電腦寄返去維修兩個禮拜，單號 NB-3307，完全冇消息。究竟係修定換？",
        ["維修還是更換"],
        ["破損理賠"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), REPAIR_CHOICE)
def test_repair_or_replace_is_answered(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


CONFIRM_BOOKING: list[Row] = [
    (
        "en",
        "I booked a table for six on Saturday at 8pm, but your staff said on the phone they can't find it. "
        "Please confirm my reservation still exists.",
        ["stands as booked"],
        [],
    ),
    (
        "zh-Hans",
        "我在你们官网订了7月3日的双人房，订单号HT55102，但前台电话说查不到。请确认我的订房还有效。",
        ["仍然有效"],
        [],
    ),
    (
        "zh-Hant",
        "我上個月預約了7月8日上午洗牙，今天收到一封奇怪的短訊說預約已取消。請幫我確認預約是否還有效。",
        ["仍然有效"],
        [],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), CONFIRM_BOOKING)
def test_booking_is_checked_and_confirmed(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


STAGE: list[Row] = [
    (
        "en",
        "I applied for a residents' parking permit six weeks ago (ref PP-77120) and the portal still says "
        "'under review'. Please tell me what stage my application is at.",
        ["which stage", "when it will be completed"],
        [],
    ),
    (
        "zh-Hans",
        "我的营业执照变更申请提交一个月了，受理号YZ2024061130，网上一直显示审核中。请告诉我现在办到哪一步了。",
        ["办到了哪一步", "当前进度"],
        [],
    ),
    (
        "zh-Hant",
        "我的保險理賠文件一個月前已經交齊，編號 CL-88301，到現在還是「處理中」。請問我的申請卡在哪個環節？",
        ["辦到了哪一步", "當前進度"],
        [],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), STAGE)
def test_stage_is_told(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


BATCH: list[Row] = [
    (
        "en",
        "The blueberry muffins I bought at your Elm Street bakery yesterday were mouldy inside. "
        "Please check that batch before you sell any more.",
        ["held back from sale and use"],
        ["whichever you prefer"],
    ),
    (
        "zh-Hans",
        "在你们超市买的酸奶还没过期就胀袋了，一打开味道是酸臭的。请检查一下同一批酸奶，别再卖了。",
        ["同一批次"],
        [],
    ),
    (
        "zh-Hant",
        "喺你哋網店買嘅貓糧開袋見到有蟲，訂單 PF-2301。請你哋檢查一下同一批貨。",
        ["同一批次"],
        [],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), BATCH)
def test_batch_is_checked(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


ROUTINE_IN_WRITING: list[Row] = [
    (
        "en",
        "Your clinic moved my dog's vaccination to a day I'm away without asking me. "
        "Please move my appointment to Thursday and confirm it in writing.",
        ["Thursday", "confirmation for your records"],
        ["needs my supervisor's approval"],
    ),
    (
        "zh-Hans",
        "你们把我孩子的体检从周一改到了周五，没人提前问我。请帮我改约到下周二，并书面回复确认。",
        ["发给您留存"],
        ["书面答复需要主管审批"],
    ),
    (
        "zh-Hant",
        "我的驗車預約被你們取消了，編號 MV-20931，完全沒有通知。請幫我重新預約到下週三，並以書面回覆確認。",
        ["發給您留存"],
        ["書面答覆需要主管審批"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), ROUTINE_IN_WRITING)
def test_routine_ask_in_writing_is_done(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


EXTENSION_NO_MENU: list[Row] = [
    (
        "en",
        "The pickup code for my parcel at your locker expired before the text even reached me. "
        "Can you give me an extension of one day?",
        ["extended"],
        ["exchange", "refund"],
    ),
    (
        "zh-Hans",
        "快递柜的取件码过期了，短信昨天晚上才收到。能不能帮我延长一天？",
        ["延期"],
        ["申请退款"],
    ),
    (
        "zh-Hant",
        "你哋個智能櫃話我取件碼過咗期，短訊尋晚先收到。可唔可以延長多一日？",
        ["延期"],
        ["申請退款"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), EXTENSION_NO_MENU)
def test_extension_is_not_met_with_a_menu(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


ESCALATED_CERTIFICATE: list[Row] = [
    (
        "en",
        "My train on 4 May was cancelled and I missed a job interview. This is the third time. "
        "If I don't hear back I'm going to my lawyer. Please issue a delay certificate and email it to me.",
        ["delay certificate is issued", "contact you personally"],
        [],
    ),
    (
        "zh-Hans",
        "你们的航班延误了五个小时，我错过了重要会议。再不处理我就找律师。请给我开一份航班延误证明。",
        ["航班延误证明需要由负责的部门核实后开具"],
        [],
    ),
    (
        "zh-Hant",
        "你哋班車延誤咗成個鐘，我返工遲到。再唔處理我就搵律師。請幫我開一張延誤證明。",
        ["延誤證明需要由負責的部門核實後開具"],
        [],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), ESCALATED_CERTIFICATE)
def test_certificate_is_answered_beside_the_managers_call(
    language: str, complaint: str, holds: list[str], never: list[str]
) -> None:
    _check(language, complaint, holds, never)


FREEZE: list[Row] = [
    (
        "en",
        "Someone used my card without permission last night. Please freeze my card right away.",
        ["freeze in place now"],
        [],
    ),
    (
        "zh-Hans",
        "我的支付账户昨晚被人盗用了，连着扣了三笔。请马上帮我冻结账户。",
        ["办理冻结", "已经生效"],
        [],
    ),
    # a membership put on hold is a policy decision: put to whoever decides, never granted outright
    (
        "zh-Hans",
        "我在你们健身房办的年卡还剩半年，医生让我停练三个月。请帮我把年卡冻结三个月。",
        ["决定"],
        ["办理冻结"],
    ),
    # a freeze already agreed: checked and confirmed, not asked for again
    (
        "en",
        "Your front desk agreed to freeze my membership for July, but I was still charged. "
        "Please confirm the freeze is actually on.",
        ["freeze is in place on your account as agreed"],
        [],
    ),
    (
        "zh-Hans",
        "前台答应帮我把会员卡冻结一个月，结果这个月还是扣了费。请确认一下冻结已经生效。",
        ["冻结是否已按约定生效"],
        ["决定"],
    ),
    (
        "zh-Hant",
        "我張信用卡俾人盜用咗，唔該即刻幫我凍結張卡。",
        ["辦理凍結"],
        ["解除"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), FREEZE)
def test_freeze_is_done_as_asked(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


FINISH: list[Row] = [
    (
        "en",
        "The cleaner left without doing the bathroom. Please send someone to do the bathroom they missed this week.",
        ["part that was missed to be done this week"],
        ["for the duty manager to decide"],
    ),
    (
        "zh-Hans",
        "上次保洁阿姨没擦窗户就走了，费用却按全套收的。请安排人补做窗户。",
        ["漏做的部分补做好"],
        ["需要服务主管决定"],
    ),
    (
        "zh-Hant",
        "上次清潔阿姨冇抹窗就走咗，請安排人補做窗戶。",
        ["漏做的部分補做好"],
        [],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), FINISH)
def test_missed_part_of_a_service_is_done(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


DOCUMENT_FIXED: list[Row] = [
    (
        "en",
        "I was charged a £12 late fee on my phone bill although I paid on time. Please remove the £12 charge.",
        ["Waiving the £12 fee"],
        ["to decide"],
    ),
    (
        "zh-Hant",
        "我報名了你們的旅行團，確認書上我先生的英文名字拼成 LIN WEI，應該是 LIN WAI。名字請務必在開票前改正。",
        ["在開票前", "更正"],
        [],
    ),
    (
        "zh-Hans",
        "我的保单通知书又寄到了旧地址，我早就申请过变更。请把通知书重寄到新地址。",
        ["重新发送"],
        [],
    ),
    (
        "zh-Hant",
        "你好，呢個係我第二封電郵。運單號 YT7731 嘅包裹系統顯示「派送失敗」，但當日我全日都喺屋企。"
        "之後我改咗去智能櫃自取，到今日都未送到。請話我知包裹而家喺邊。",
        ["立案追查"],
        ["改進措施"],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), DOCUMENT_FIXED)
def test_named_fix_is_answered(language: str, complaint: str, holds: list[str], never: list[str]) -> None:
    _check(language, complaint, holds, never)


TOW_DELIST_MAKE_GOOD: list[Row] = [
    (
        "en",
        "My car was serviced by you last week and now there is a burning smell from the engine. "
        "I don't think it's safe to drive. Can you tow it to your garage?",
        ["collected so that you don't have to drive it", "today"],
        [],
    ),
    (
        "zh-Hans",
        "上周刚在你们店保养完，现在发动机有焦味，我不敢开。能不能派拖车把车拖回去检查？",
        ["拖车时间"],
        [],
    ),
    (
        "zh-Hant",
        "上星期喺你哋車房換完剎車，而家剎車有異響，我唔敢揸。可唔可以派車拖返去？",
        ["拖車時間"],
        ["需要服務主管決定"],
    ),
    (
        "en",
        "The phone charger I bought from you melted while charging. Please take it off sale before someone gets hurt.",
        ["taken off sale while it is checked"],
        [],
    ),
    ("zh-Hans", "你们店里卖的这款暖手宝充电时鼓包了，请马上下架。", ["下架核查"], []),
    ("zh-Hant", "你哋網店賣嘅呢款風筒用咗兩次就冒火花，請即刻下架。", ["下架核查"], []),
    (
        "en",
        "The tour hotel was changed to a much worse one without notice. What are you going to do about it?",
        ["what we will do to put this right"],
        [],
    ),
    ("zh-Hans", "旅行团临时把五星酒店换成了快捷酒店，你们打算怎么补救？", ["怎样为您补救"], []),
    ("zh-Hant", "旅行團臨時將酒店換咗做商務酒店，你哋會點補救？", ["怎樣為您補救"], []),
    (
        "en",
        "There was glass in the jam I bought. I need to know whether other jars are affected.",
        ["batch to be checked"],
        [],
    ),
]


@pytest.mark.parametrize(("language", "complaint", "holds", "never"), TOW_DELIST_MAKE_GOOD)
def test_tow_delist_and_make_good_are_answered(
    language: str, complaint: str, holds: list[str], never: list[str]
) -> None:
    _check(language, complaint, holds, never)


def test_answers_pass_the_guard() -> None:
    """Every new answer frame, as drafted, passes the guardrail (no written-statement or
    unvalued-compensation wording crept in)."""
    rows = [*GOODWILL, *ROUTINE_IN_WRITING, *STAGE, *TOW_DELIST_MAKE_GOOD, *FREEZE, *FINISH]
    for _, complaint, _, _ in rows:
        d = drafter.draft(complaint, channel="email")
        assert d.guard.verdict == "pass", (complaint, [(f.rule, f.excerpt) for f in d.guard.findings])
