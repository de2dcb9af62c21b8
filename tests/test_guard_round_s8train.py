"""Session 8 guard round 2 (blame and brush-offs): classes of wording found in two author groups' replies and
written as structures, each beside its near misses.

Blame, raised: the reading put on the customer ("give it a read before signing next time", 下次落单记得睇清楚);
their act closed with 才 (是您之前把密码告诉了别人，才被盗刷); their slip asked as a yes/no question ("did you
actually read the guide?", 您的卡是不是借给家里人用过？); one of ours singled out or a junior hand named ("it was
our new driver who didn't", 是新来的实习生操作失误, 唔系我整嘅); the weather disowned (天气的事不是我们能控制的);
their account called made up (请您不要乱讲, "I would never say something like that"); their own choice told
back (自动续费是您开通时自己勾选的, "the cheap lock you had wouldn't have stopped anyone"); the usual cause put on
their keeping (一般呢种情况系买返屋企之后冇即刻雪) or their door found open; another party's slip guessed or set
against ours (应该是卖家少装了, "the restaurant was slow with the food, not our rider").

Forbidden, raised: the answer given "many times" (再讲都系一样, "as I've explained three times"); the talk closed
(就这样吧, 不多做解释了, "will not be discussing this further"); the door shown (走人好了, 你钟意点投诉都得,
"that's up to you", "nobody is stopping you"); the customer left to ring later or try elsewhere (迟啲再打嚟问啦,
有空再回复, "I suppose"); complaining called useless (您开心就好, "complaining will not change",
现在来投诉也没用); a lesson in reading
("I'd suggest reading the contract before signing it next time", 中文字应该看得懂吧？).

Clean (must stay silent): a pointer to where the terms are, a coupon for next time, 才能 for what comes next, a
check of what they received, an offer checked (你确定要取消吗？), our people named with what they will do, the
storm named with what we do, "we don't know yet" with an investigation, a room (第二间房) not a rival shop.

Sentences written for these tests (en, zh-Hans, zh-Hant incl. Cantonese), not copied from the tune sets.
"""

from __future__ import annotations

import pytest
from table_coverage import languages_missing, one_sided

from drafter.guard.engine import check

F, B = "forbidden_phrase", "blame_discussion"

Row = tuple[str, str, str, str, bool]  # (class, language, text, category judged, raised?)

ROWS: list[Row] = [
    # -- blame: the reading put on the customer
    (
        "reading on them",
        "en",
        "The fee was in the contract, so maybe give it a proper read before signing next time.",
        B,
        True,
    ),
    ("reading on them", "en", "The fee is explained on page two of the contract if you'd like to check it.", B, False),
    ("reading on them", "zh-Hans", "规格页面都写了，下次下单时记得看清楚。", B, True),
    ("reading on them", "zh-Hans", "下次下单时可以使用这张优惠券。", B, False),
    ("reading on them", "zh-Hant", "係你自己冇睇清楚條款，我哋冇辦法。", B, True),
    ("reading on them", "zh-Hant", "下次落單可以用返呢張優惠券。", B, False),
    # -- blame: their act closed with 才 / "which is how"
    ("act then harm", "zh-Hans", "是您之前把密码告诉了别人，才被盗刷的。", B, True),
    ("act then harm", "zh-Hans", "您提交资料后才能开始审核。", B, False),
    ("act then harm", "zh-Hant", "您當時沒有關窗，才會讓雨水滲進來。", B, True),
    ("act then harm", "zh-Hant", "您確認地址後，我們才會安排出貨。", B, False),
    (
        "act then harm",
        "en",
        "You clicked the link in that email, which is how the scammers got into your account.",
        B,
        True,
    ),
    ("act then harm", "en", "You clicked the link we sent, which is why your account is now verified.", B, False),
    # -- blame: their slip asked as a yes/no question
    ("slip asked", "zh-Hans", "您的卡是不是借给家里人用过？", B, True),
    ("slip asked", "zh-Hans", "您的卡是不是已经收到了？", B, False),
    ("slip asked", "zh-Hans", "您是不是把卡借给同事用过？", B, True),
    ("slip asked", "zh-Hans", "您是不是把卡交给柜台了？", B, False),
    ("slip asked", "zh-Hant", "你肯定自己冇揀錯尺碼咩？", B, True),
    ("slip asked", "zh-Hant", "你確定要取消訂單嗎？", B, False),
    ("slip asked", "en", "Did you actually read the setup guide before plugging it in?", B, True),
    ("slip asked", "en", "Did you receive the setup guide we emailed?", B, False),
    # -- blame: one of ours singled out
    ("one of ours named", "en", "It was our new driver who didn't secure the crate.", B, True),
    ("one of ours named", "en", "Our driver will bring the replacement crate tomorrow.", B, False),
    ("one of ours named", "en", "Our junior tech botched the wiring when he fitted it.", B, True),
    ("one of ours named", "en", "Our junior tech will come with a senior engineer tomorrow.", B, False),
    ("one of ours named", "zh-Hans", "是新来的实习生操作失误，把您的订单删了。", B, True),
    ("one of ours named", "zh-Hans", "新来的同事会负责跟进您的订单。", B, False),
    ("one of ours named", "zh-Hans", "是前一位同事输入时没有核对，我已经请他以后注意。", B, True),
    ("one of ours named", "zh-Hans", "前一位同事已经把资料转给我了。", B, False),
    ("one of ours named", "zh-Hant", "係另一位同事搞錯咗你嘅座位，唔係我整嘅。", B, True),
    ("one of ours named", "zh-Hant", "另一位同事會幫你處理座位。", B, False),
    # -- blame: the weather disowned
    ("weather disowned", "zh-Hant", "延誤主要係因為打風，唔係我哋想。", B, True),
    ("weather disowned", "zh-Hant", "因為打風，我哋已經將送貨改到聽日。", B, False),
    ("weather disowned", "zh-Hans", "天气的事不是我们能控制的。", B, True),
    ("weather disowned", "zh-Hans", "暴雨期间我们会优先安排您的订单。", B, False),
    ("weather disowned", "en", "Really it was the storm that delayed the whole route.", B, True),
    ("weather disowned", "en", "Honestly it was the rain that held up every van this morning.", B, True),
    ("weather disowned", "en", "The rain has stopped and the van is on its way.", B, False),
    ("weather disowned", "en", "The storm has passed and your delivery is booked for tomorrow at 9.", B, False),
    # -- blame: their account called made up
    ("account made up", "zh-Hans", "我从来没答应过退款，请您不要乱讲。", B, True),
    ("account made up", "zh-Hans", "请您不要着急，我们马上处理。", B, False),
    ("account made up", "zh-Hant", "咁嘅說話我唔會講。", B, True),
    ("account made up", "zh-Hant", "我會同你講清楚退款流程。", B, False),
    ("account made up", "en", "I would never say something like that to a customer.", B, True),
    ("account made up", "en", "I would never want you to feel ignored.", B, False),
    # -- blame: their own choice told back
    ("own choice told", "zh-Hans", "自动续费是您开通时自己勾选的。", B, True),
    ("own choice told", "zh-Hans", "自动续费可以在设置里关闭。", B, False),
    ("own choice told", "zh-Hant", "方案係你本人喺上個月手動升級嘅。", B, True),
    ("own choice told", "zh-Hant", "方案可以喺上個月嘅帳單度睇到。", B, False),
    ("own choice told", "en", "The cheap lock you had wouldn't have stopped anyone.", B, True),
    ("own choice told", "en", "The lock you had will be replaced free by reception.", B, False),
    # -- blame: the usual cause put on their keeping, or their door found open
    ("their keeping", "zh-Hant", "一般呢種情況係買返屋企之後冇即刻雪。", B, True),
    ("their keeping", "zh-Hans", "请收货后及时冷藏，口感更好。", B, False),
    ("their keeping", "en", "This usually happens when it is not refrigerated soon after purchase.", B, True),
    ("their keeping", "en", "Please keep it refrigerated.", B, False),
    ("their keeping", "zh-Hans", "师傅上门发现您家窗户开着，所以空调不冷。", B, True),
    ("their keeping", "zh-Hant", "師傅上門發現冷氣機隔塵網好污糟，已經幫你洗咗。", B, False),
    ("their keeping", "en", "Housekeeping found the balcony door wide open both mornings.", B, True),
    ("their keeping", "en", "Housekeeping found your earring and left it at reception.", B, False),
    # -- forbidden: a lesson in reading, or the complaint called useless now
    ("reading lesson", "en", "I'd suggest reading the contract before signing it next time.", F, True),
    ("reading lesson", "en", "Please read the contract at your own pace; I can go through it with you.", F, False),
    ("reading lesson", "zh-Hant", "中文字應該看得懂吧？", F, True),
    ("reading lesson", "zh-Hant", "說明書應該有附圖，我幫你再寄一份。", F, False),
    ("reading lesson", "zh-Hans", "现在来投诉也没用。", F, True),
    ("reading lesson", "zh-Hans", "这张优惠券现在已经没用了，我给您换一张。", F, False),
    ("reading lesson", "en", "Perhaps have a look at the terms before booking next time.", F, True),
    ("reading lesson", "zh-Hans", "这种问题其实看一眼就知道了。", F, True),
    ("reading lesson", "zh-Hans", "其实看一眼就知道包裹到哪了，我把链接发您。", F, False),
    ("said many times", "zh-Hant", "你自己諗吓點算啦。", F, True),
    ("said many times", "zh-Hant", "你自己諗吓想要邊個顏色，我哋聽日幫你換。", F, False),
    ("act then harm", "en", "You left the car in the basement after the warning, which is why it flooded.", B, True),
    ("act then harm", "en", "You asked for a later slot, which is why the engineer comes at 4pm.", B, False),
    ("slip asked", "en", "Did you maybe lend your card to someone at home?", B, True),
    (
        "slip asked",
        "en",
        "Did you give your card details to our agent on the phone today? I can update them.",
        B,
        False,
    ),
    ("weather disowned", "en", "The weather isn't something we control.", B, True),
    ("account made up", "en", "I never promised free delivery, please don't make things up.", B, True),
    ("account made up", "en", "Please don't worry about making things right; that's our job.", B, False),
    ("party's slip", "en", "The seller must have packed it short.", B, True),
    ("party's slip", "en", "The restaurant was slow with the food, not our rider.", B, True),
    ("party's slip", "en", "The restaurant was busy tonight, but your food is on its way.", B, False),
    ("party's slip", "zh-Hant", "應該是賣家少裝了。", B, True),
    ("party's slip", "zh-Hant", "賣家已經補寄少咗嗰件，聽日到。", B, False),
    ("party's slip", "zh-Hans", "是那家餐厅出餐慢，拖了半小时。", B, True),
    ("party's slip", "zh-Hans", "那家餐厅今晚很忙，您的餐已经在路上了。", B, False),
    # -- forbidden: the answer given many times
    ("said many times", "en", "As I've explained three times now, the fee stands.", F, True),
    (
        "said many times",
        "en",
        "I have explained the steps to the warehouse team three times today and it is now fixed.",
        F,
        False,
    ),
    ("said many times", "zh-Hant", "已經答覆過你好多次，再講都係一樣。", F, True),
    ("said many times", "zh-Hant", "再講一次退款流程：我哋會喺三日內處理。", F, False),
    ("said many times", "zh-Hans", "这个问题已经说过了，再问也是一样。", F, True),
    ("said many times", "zh-Hans", "如果还有疑问，欢迎再问，我一定解答。", F, False),
    # -- forbidden: the talk closed
    ("talk closed", "en", "I will not be discussing this further.", F, True),
    ("talk closed", "en", "I will be discussing this further with the warehouse today.", F, False),
    ("talk closed", "zh-Hans", "订单只能按原价结算，就这样吧。", F, True),
    ("talk closed", "zh-Hans", "订单按原价结算，退款三天内到账。", F, False),
    ("talk closed", "zh-Hant", "我們也就不多做解釋了。", F, True),
    ("talk closed", "zh-Hant", "我們會再跟您詳細解釋退費流程。", F, False),
    # -- forbidden: the door shown
    ("door shown", "zh-Hans", "觉得不好用直接销户走人好了。", F, True),
    ("door shown", "zh-Hans", "如需销户，请带身份证到营业厅办理。", F, False),
    ("door shown", "zh-Hant", "你鍾意點投訴都得。", F, True),
    ("door shown", "zh-Hant", "你可以將啲箱擺去第二間房先。", F, False),
    ("door shown", "en", "If you'd still like to post reviews everywhere, that's up to you.", F, True),
    ("door shown", "en", "If you'd like to post a review, here is the link.", F, False),
    ("door shown", "en", "If you'd rather close the account, nobody is stopping you.", F, True),
    ("door shown", "en", "Nothing will stop you from claiming the refund; I've sent the form.", F, False),
    # -- forbidden: left to ring later or try elsewhere, or no way at all
    ("left to try later", "zh-Hant", "你遲啲再打嚟問啦。", F, True),
    ("left to try later", "zh-Hant", "我哋會喺今日下晝三點前打俾你。", F, False),
    ("left to try later", "zh-Hans", "等我们有空再回复您。", F, True),
    ("left to try later", "zh-Hans", "我这边一点办法都没有。", F, True),
    ("left to try later", "zh-Hans", "我们今天下午三点前回复您。", F, False),
    ("left to try later", "en", "You could try the day team tomorrow, I suppose.", F, True),
    ("left to try later", "en", "The day team will call you tomorrow before 10am.", F, False),
    ("left to try later", "en", "You could try restarting the router; I suppose the update needs it.", F, False),
    ("left to try later", "en", "We don't know yet what caused it, so I've opened an investigation.", F, False),
    # -- forbidden: complaining called useless
    ("complaint waved off", "en", "Complaining will not change the waiting times.", F, True),
    ("complaint waved off", "en", "Complaining is your right, and I've logged it for the manager.", F, False),
    ("complaint waved off", "zh-Hans", "反正我们问心无愧，您开心就好。", F, True),
    ("complaint waved off", "zh-Hans", "祝您周末开心！", F, False),
    ("complaint waved off", "zh-Hant", "投訴都冇用，你開心就好。", F, True),
    ("complaint waved off", "zh-Hant", "祝你開心，有問題隨時搵我哋。", F, False),
]


@pytest.mark.parametrize(
    ("cls", "lang", "text", "category", "raised"),
    ROWS,
    ids=[f"{r[0]}:{r[1]}:{r[4]}:{r[2][:24]}" for r in ROWS],
)
def test_round_s8train_row(cls: str, lang: str, text: str, category: str, raised: bool) -> None:
    report = check(text, role="agent", language=lang, use_model=False)
    found = category in {f.category for f in report.findings}
    assert found == raised, [(f.rule, f.excerpt) for f in report.findings]


def test_every_class_in_three_languages() -> None:
    assert not languages_missing(ROWS)


def test_every_class_has_clean_and_raised_rows() -> None:
    assert not one_sided(ROWS)
