"""Session 13 (timing): timescales and stacked promises fit the case; safety wording fits who is
there. Table-driven over made-up complaints in en, zh-Hans and zh-Hant (Taiwan and Hong Kong):

* a crew sent to a live fault comes with a time for its arrival;
* a sooner promise already made makes their own week-long deadline no second timeline;
* a batch check answers "what are you doing to check it", with no "investigate this" beside it,
  and one 24-hour timeline, not two;
* a damage claim due today promises where it stands, not its outcome;
* a drink spilt on the way: sent again or refunded within minutes, not after a day's approval;
* the consumer council raised by the customer: a right respected, not an invitation;
* a lone diner is asked after themself, not "everyone"; a child grabbed by our staff is asked after;
* the machine taken out of service is named (en) and taken out of use, not "collected" (zh).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import drafter
from drafter.deadlines import follow_up_due, met_sooner

# (complaint, channel, must appear, must not appear)
CASES = [
    # a crew to a live fault after a missed visit: a time for its arrival
    (
        "燃气公司：昨晚8点就报修了厨房煤气味，说会派人，到现在没人来。家里有老人小孩，总阀已经关了。"
        "请立即派人上门检查。户号4402-11873 刘先生",
        "email",
        ["赶到现场", "30分钟内会向您确认他们到达的时间"],
        [],
    ),
    (
        "瓦斯公司您好：昨晚就報修廚房有瓦斯味，說會派人，到現在都沒人來。家裡有長輩和小孩，總開關已經關了。"
        "請立刻派人來檢查。用戶號碼5521-30987 林先生",
        "email",
        ["30分鐘內會向您確認他們到達的時間"],
        [],
    ),
    (
        "I reported a strong smell of gas in my kitchen last night and was told someone would come. Nobody has. "
        "I've turned the supply off at the meter. Please send someone today. Account 4412-7781, Tom Reid",
        "email",
        ["being sent to you", "confirm the time they will be there within 30 minutes"],
        [],
    ),
    # their own week-long deadline beside a 24-hour answer: no second, later timeline
    (
        "客服您好：我的门号0933-221-456原本是月租NT$499，这个月账单变成NT$899，说被自动升级了，我从没同意。"
        "请立即取消升级并退还多收的NT$400。若一周内没有处理，我会向NCC申诉。王大明",
        "email",
        ["24小时内", "您给的期限（一周内）我们已经记下"],
        ["一周内给您最终答复"],
    ),
    (
        "客服您好：我的門號0933-221-456原本是月租NT$499，這個月帳單變成NT$899，說被自動升級了，我從沒同意。"
        "請立即取消升級並退還多收的NT$400。若一週內沒有處理，我會向NCC申訴。王大明",
        "email",
        ["24小時內", "您給的期限（一週內）我們已經記下"],
        ["一週內給您最終答覆"],
    ),
    # ill after a meal, "what are you doing to check it": the batch, one timeline
    (
        "Dear Manager, three of us had the mussels at your Quay Street bistro on Friday 4 April and all of us were "
        "sick through the night; my partner needed a doctor. The bill was £142. I want to know what you are doing "
        "to check those mussels, and I expect a refund. Ruth Carter",
        "email",
        ["batch to be checked", "at the same time"],
        ["investigate this", "result within 24 hours"],
    ),
    # a damage claim with a call today: where it stands today, no outcome promised the same day
    (
        "Your driver left my parcel in the rain again and the monitor box is soaked through. Tracking 1Z99A1B2C3. "
        "This is the third time. I want a damage claim opened and someone to call me today.",
        "email",
        ["damage claim", "where it stands today"],
        ["confirm the outcome today"],
    ),
    # a drink spilt on the way, "remake or refund": within minutes
    (
        "点了两杯拿铁外卖 送到的时候洒了一大半 袋子全湿了 48块钱喝到半杯 要么重做要么退钱吧",
        "im",
        ["洒掉的部分", "15分钟内", "48块钱"],
        ["24小时内", "重新处理"],
    ),
    (
        "點了兩杯冰拿鐵外送 送到的時候灑了一大半 袋子全濕了 NT$150只喝到半杯 要嘛重做要嘛退錢吧",
        "im",
        ["15分鐘內"],
        ["24小時內", "重新處理"],
    ),
    # the consumer council threatened: a right respected, not "if you feel it necessary, you may also…"
    (
        "你好，我屋企嘅寬頻由3號開始斷斷續續，技術員嚟過兩次都整唔好。我要求減免今個月月費HK$268。"
        "如果再唔處理好，我會去消委會投訴。陳先生",
        "email",
        ["是您的權利，我們尊重"],
        ["如果您覺得有必要", "也可以向有關部門反映"],
    ),
    (
        "你好，我家宽带从3号开始断断续续，师傅来了两次都没修好。我要求减免这个月月费88元。如果再不处理好，我就去消协投诉。陈先生",
        "email",
        ["是您的权利，我们尊重"],
        ["如果您觉得有必要", "也可以向有关部门反映"],
    ),
    # a lone diner who found wire in a lunch box: asked after themself, not "everyone"
    (
        "您好：今天中午在你們平台訂了雞腿便當（訂單FD-330172，NT$130），吃到一半咬到一根鐵絲，還好吐出來了。"
        "照片拍好了，便當也留著。請跟店家查清楚並給我一個交代。李小姐",
        "email",
        ["請問您有沒有受傷"],
        ["大家現在都還好嗎"],
    ),
    (
        "你好：今天中午在你们平台点了鸡腿饭（订单FD-330172，25元），吃到一半咬到一根铁丝，还好吐出来了。"
        "照片拍好了，饭也留着。请跟商家查清楚并给我一个交代。李女士",
        "email",
        ["请问您有没有受伤"],
        ["大家现在都还好吗"],
    ),
    # someone of theirs grabbed by our staff: asked after him, the care is his
    (
        "Yesterday at your Kingsway store a security guard grabbed my son (9) by the arm and shouted at him, "
        "accusing him of stealing. He has bruises on his arm and is very upset. I want an apology and the guard "
        "disciplined. Anna Lee",
        "email",
        ["how is your son", "if your son was hurt"],
        ["everyone with you", "if you were hurt"],
    ),
    # the machine taken out of service is named
    (
        "Dear Flex Gym, on Monday 3 March my son (16) was on a treadmill at your Eastgate branch when it suddenly "
        "sped up and threw him off. He cut his elbow, which needed stitches at A&E. I want that machine taken out "
        "of service and a call from the branch manager this week. Paul Grant",
        "email",
        ["the treadmill to be taken out of service"],
        ["asked for it to be taken out of service", "cordoning it off"],
    ),
    (
        "你好，3月3日周一我儿子（16岁）在你们东门店用跑步机，跑带突然加速把他甩了下来，手肘划伤，去急诊缝了针。"
        "我要求那台机器停用，并请店长这周给我打电话。高先生",
        "email",
        ["把它停用"],
        ["把它收回", "封闭隔离"],
    ),
    (
        "你好，3月3日週一我兒子（16歲）在你們東門店用跑步機，跑帶突然加速把他甩了下來，手肘劃傷，去急診縫了針。"
        "我要求那台機器停用，並請店長這週給我打電話。高先生",
        "email",
        ["把它停用"],
        ["把它收回", "封閉隔離"],
    ),
]


@pytest.mark.parametrize(("complaint", "channel", "present", "absent"), CASES)
def test_timing_and_safety_fit(complaint: str, channel: str, present: list[str], absent: list[str]) -> None:
    text = drafter.draft(complaint, channel=channel, backend="template").text
    for want in present:
        assert want in text, (want, text)
    for never in absent:
        assert never not in text, (never, text)


# (promised in the reply, their own deadline, met sooner)
SOONER = [
    ("24小时内给您确认结果", "一週內", True),
    ("I'll confirm the outcome within 24 hours.", "within a week", True),
    ("今天之内给您答复", "3天内", True),
    ("24小时内给您确认结果", "明天", False),  # a day off: always said back
    ("I'll update you within 2 weeks.", "within a week", False),  # ours is later
    ("没有时间", "一周内", False),
]


@pytest.mark.parametrize(("promised", "deadline", "expected"), SOONER)
def test_met_sooner(promised: str, deadline: str, expected: bool) -> None:
    assert met_sooner(promised, deadline) is expected


def test_met_sooner_reads_the_phrases_it_compares() -> None:
    at = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    assert follow_up_due("一週內", at) is not None
