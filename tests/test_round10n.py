"""Round 10n: every ask answered with a remedy that fits what was bought, amounts restated as
asked, one timeline per draft, and details said with the action they belong to. Complaints
written for these tests."""

from __future__ import annotations

import pytest

import drafter

# (language, channel, complaint, must appear, must not appear)
AMOUNTS = [
    # the total the customer worked out, not the monthly price or the bill it was part of
    (
        "en",
        "email",
        "You charged me £12.50 every month since June for an add-on I never chose, £75 in total. "
        "Please cancel it and give me my money back.",
        "£75",
        "£12.50 needs",
    ),
    (
        "zh-Hans",
        "email",
        "你们从一月起每个月多扣我8.8元的“来电提醒”，一共52.8元，我从来没开过。请取消这个业务，把钱退给我。",
        "52.8元的退款",
        "8.8元的退款",
    ),
    (
        "zh-Hant",
        "email",
        "洗衣店帳單寫NT$2,100，其中有兩項我沒要求的加工，請把這兩項的費用退給我，一共NT$650。",
        "NT$650的退款",
        "NT$2,100的退款",
    ),
]


@pytest.mark.parametrize(("language", "channel", "text", "want", "never"), AMOUNTS)
def test_refund_amount_is_the_one_asked(language: str, channel: str, text: str, want: str, never: str) -> None:
    body = drafter.draft(text, channel=channel, language=language).text
    assert want in body.replace("退款需要", "的退款需要") or want in body, body
    assert never not in body, body


TWO_ANSWERS = [
    ("en", "I was charged $40 twice on my phone bill. Please refund the extra $40 and explain why it happened."),
    ("zh-Hans", "这个月话费被重复扣了两次56元，请把多扣的56元退给我，也请说明为什么会这样。"),
    ("zh-Hant", "這個月電費被重複扣了兩次NT$880，請退還多扣的NT$880，也請說明原因。"),
]
_DUE = ("within 24 hours", "24小时内", "24小時內")


@pytest.mark.parametrize(("language", "text"), TWO_ANSWERS)
def test_one_timeline_not_the_same_time_twice(language: str, text: str) -> None:
    body = drafter.draft(text, channel="email", language=language).sections.satisfy
    assert sum(body.count(due) for due in _DUE) <= 1, body


FITTING = [
    # files or data to restore or export: the technical team, never a list of documents
    (
        "en",
        "email",
        "Since your update the shared folder's files show 0 KB. Please restore the files before Monday.",
        ("technical team",),
        ("list of everything still needed",),
    ),
    (
        "zh-Hans",
        "email",
        "你们网盘升级后我的项目文件夹全变成空的了，请尽快把文件恢复，另外把数据导出给我一份。",
        ("技术部门",),
        ("材料整理成一份清单",),
    ),
    (
        "zh-Hant",
        "email",
        "我要退訂你們的記帳服務，請在月底前提供完整的CSV資料匯出。",
        ("技術部門",),
        ("材料整理成一份清單",),
    ),
    # a room not as booked: the front desk, not maintenance
    (
        "en",
        "im",
        "I booked a king room with a view and I'm standing in a twin room facing the car park right now. "
        "Change my room tonight please",
        ("front desk",),
        ("maintenance",),
    ),
    ("zh-Hans", "im", "我订的是大床房，现在入住变成了两张单人床，今晚帮我换房", ("前台",), ("工程部",)),
    ("zh-Hant", "im", "我訂的是海景房，現在入住變成了沒有窗的房間，今晚幫我換房", ("前台", "前臺"), ("工程部",)),
    # a lift or the hot water of ours: a repair date, never a rebooking
    (
        "en",
        "im",
        "the lift in our building has been broken since monday, I'm on the 6th floor with a walker. "
        "when is the engineer coming?",
        ("date",),
        ("rebook",),
    ),
    ("zh-Hans", "im", "小区3号楼电梯又坏了三天，我住九楼，维修师傅到底哪天来？", ("维修日期",), ("改约",)),
    ("zh-Hant", "im", "會所更衣室已經第四天沒有熱水，幾時修好？", ("維修日期",), ("改約",)),
]


@pytest.mark.parametrize(("language", "channel", "text", "want", "never"), FITTING)
def test_remedy_fits_what_was_bought(
    language: str, channel: str, text: str, want: tuple[str, ...], never: tuple[str, ...]
) -> None:
    body = drafter.draft(text, channel=channel, language=language).text
    assert any(w in body for w in want), body
    for n in never:
        assert n not in body, body


PREMISES = [
    (
        "en",
        "I got an electric shock from the rowing machine at your Mill Road gym yesterday while using it, "
        "and sparks came out of the panel. It's still open for members.",
    ),
    ("zh-Hans", "昨天我在你们东门店三楼用5号动感单车的时候被电了一下，还看到下面冒火花，今天那台机器还开着。"),
    ("zh-Hant", "昨天我在你們信義店用3號跑步機的時候被電到，控制面板還冒出火花，今天那台機器還在開放。"),
]


@pytest.mark.parametrize(("language", "text"), PREMISES)
def test_equipment_at_our_premises_is_taken_out_of_service(language: str, text: str) -> None:
    body = drafter.draft(text, channel="email", language=language).text
    for never in ("flammable", "anything that can burn", "可燃物", "拔掉电源", "拔掉電源", "unplug"):
        assert never not in body, body
    assert any(w in body for w in ("out of service", "停用")), body


DETAILS = [
    ("en", "Dinner at your Harbour Road branch at 8pm on Friday, table 9: we waited 70 minutes for mains."),
    ("zh-Hans", "周五晚上8点在你们人民路分店吃饭，服务员态度很差，上菜也慢。"),
    ("zh-Hant", "週五晚上在你們中山路分店用餐，店員態度很差，上菜也很慢。"),
]


@pytest.mark.parametrize(("language", "text"), DETAILS)
def test_places_and_times_of_day_are_not_taken_into_account(language: str, text: str) -> None:
    body = drafter.draft(text, channel="email", language=language).text
    for never in ("take into account the 8pm", "Harbour Road branch you mention", "人民路分店一并", "中山路分店一併"):
        assert never not in body, body


ESCALATED_NOW = [
    (
        "en",
        "Third time asking you to cancel my membership FZ-1, you took £30 again today. Refund the £30 now "
        "or I'm going to Trading Standards.",
    ),
]


@pytest.mark.parametrize(("language", "text"), ESCALATED_NOW)
def test_no_step_confirmed_before_the_managers_call(language: str, text: str) -> None:
    body = drafter.draft(text, channel="email", language=language).sections.satisfy
    if "within 30 minutes" in body:
        assert "within 15 minutes" not in body, body
