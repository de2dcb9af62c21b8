"""Session 11 guard round (blame and forbidden): classes of wording the rules did not list, read from
one group of outside authors' misses and written here as structures, each with the near misses beside it.

Blame, raised: hindsight hedged on the customer's skipped step ("perhaps reading it first might have
helped", 买之前看清楚说明就不会这样了); the customer's notes or address called unclear as the reason; the
act put on the customer in person (是您本人输入验证码完成的); the customer's own home or equipment named
as the cause (您家的电闸本身就老化了); what they noticed put down to their habit or memory ("maybe you're
just used to a different kind"); the task put on a named colleague and set against ours ("that was Ms
Grant's job, not the office's").

Forbidden, raised: the unhappy customer pointed to a complaint elsewhere (您有意见可以去民航局投诉); the
outcome declared final (处理结果是不会变的, "there's little benefit in pursuing it further"); force
majeure invoked to disown it (属于不可抗力，跟我们没有关系); "no way" said by the desk (客服这边真的没有
办法处理); told to ring the blamed party themselves; a hedged lesson in hindsight.

Clean (must stay silent): our own step in hindsight; advice for next time; the customer's notes called
clear; a product we sold called faulty; a requirement that the customer act in person; a question; the
complaint right named as a right with our help; a result that changes nothing else; weather explained
with what we do; the desk's limit with what we do instead; a permission to call the other party.

Sentences written for these tests (en, zh-Hans, zh-Hant incl. Cantonese), not copied from the sets.
"""

from __future__ import annotations

import pytest
from table_coverage import languages_missing, one_sided

from drafter.guard.engine import check

F, B = "forbidden_phrase", "blame_discussion"

Row = tuple[str, str, str, str, bool]  # (class, language, text, category judged, raised?)

ROWS: list[Row] = [
    # -- blame: hindsight hedged on the customer's skipped step
    ("hindsight", "en", "Maybe checking the care label before washing it would have helped.", B, True),
    ("hindsight", "en", "Perhaps testing it before the trip might have saved you the bother.", B, True),
    ("hindsight", "zh-Hans", "您好，买之前仔细看一下说明书就不会这样了。", B, True),
    ("hindsight", "zh-Hant", "落單前睇清楚尺碼表就唔會買錯㗎。", B, True),
    ("hindsight", "en", "Perhaps calling you sooner would have helped, and I'm sorry we didn't.", B, False),
    ("hindsight", "zh-Hans", "我们事先核对一下就不会出错了，真的很抱歉。", B, False),
    ("hindsight", "zh-Hant", "下次購買前先睇下尺碼表就唔會買錯，今次我哋免費同你換貨。", B, False),
    # -- blame: the customer's notes or address called unclear, as the reason
    (
        "notes unclear",
        "en",
        "The driver followed your delivery notes, so it seems those instructions may not have been clear enough.",
        B,
        True,
    ),
    ("notes unclear", "zh-Hans", "您留的地址可能不够详细，所以骑手一直找不到。", B, True),
    ("notes unclear", "zh-Hant", "你寫嘅備註唔夠清楚，先會搞錯咗。", B, True),
    ("notes unclear", "en", "Your instructions were clear and we simply missed them; a new box ships today.", B, False),
    ("notes unclear", "zh-Hans", "您的备注写得很清楚，是我们看漏了，马上为您重做。", B, False),
    ("notes unclear", "zh-Hant", "你嘅地址寫得好清楚，係我哋送錯咗，今日會補送。", B, False),
    # -- blame: the act put on the customer in person
    ("in person", "zh-Hans", "经核实，该笔转账是您本人输入短信验证码完成的。", B, True),
    ("in person", "zh-Hant", "經查證，呢筆過數係你本人喺手機確認嘅。", B, True),
    ("in person", "en", "Our records show the transfer was authorised by you personally.", B, True),
    ("in person", "zh-Hans", "挂失须由您本人办理的，请带上身份证。", B, False),
    ("in person", "zh-Hant", "請問這筆交易是您本人操作的嗎？", B, False),
    ("in person", "en", "Was the transfer authorised by you personally? We can block the card either way.", B, False),
    # -- blame: the customer's own home or equipment named as the cause
    ("own equipment", "zh-Hans", "停电主要是因为您家的电闸本身就老化了。", B, True),
    ("own equipment", "zh-Hant", "跳掣係因為你屋企啲電線本身已經好舊。", B, True),
    ("own equipment", "en", "The outage keeps happening because your own wiring is old and trips under load.", B, True),
    ("own equipment", "zh-Hans", "您购买的洗衣机本身有质量问题，我们马上为您换新。", B, False),
    ("own equipment", "zh-Hant", "你屋企嘅電錶本身冇問題，我哋會派師傅檢查線路。", B, False),
    ("own equipment", "en", "The router we sent you is faulty, so a replacement ships today.", B, False),
    # -- blame: what they noticed put down to their habit or memory
    ("habit or memory", "en", "Maybe you're just used to a different kind of chip.", B, True),
    ("habit or memory", "zh-Hans", "可能您只是吃惯了别家的口味。", B, True),
    ("habit or memory", "zh-Hant", "估計你記錯咗日子啫。", B, True),
    ("habit or memory", "en", "Could you be thinking of another branch? Either way we will look into it.", B, False),
    ("habit or memory", "zh-Hans", "您已经习惯了我们的服务，这次让您失望了，非常抱歉。", B, False),
    ("habit or memory", "zh-Hant", "我記錯咗你嘅預約時間，真係好抱歉。", B, False),
    # -- blame: the task put on a named colleague and set against ours
    ("colleague's job", "en", "To be honest, that was Mr Grant's job as homeroom teacher, not the office's.", B, True),
    ("colleague's job", "zh-Hans", "这是前台的职责，不是我们的。", B, True),
    ("colleague's job", "zh-Hant", "呢個本來係班主任嘅工作，唔係我哋辦公室嘅。", B, True),
    ("colleague's job", "en", "That's our job, not yours, and we'll sort it today.", B, False),
    ("colleague's job", "zh-Hans", "这是我们的工作，您不用操心，今天下午给您答复。", B, False),
    ("colleague's job", "zh-Hant", "跟進係我哋嘅工作，唔使你再打電話。", B, False),
    # -- forbidden: the unhappy customer pointed to a complaint elsewhere
    ("complain elsewhere", "zh-Hans", "您有意见可以去民航局投诉。", F, True),
    ("complain elsewhere", "zh-Hant", "您如果不滿意，可以去投訴沒關係。", F, True),
    ("complain elsewhere", "en", "If you're still unhappy, you're free to take it up with the regulator.", F, True),
    ("complain elsewhere", "zh-Hans", "如果您对结果不满意，您也有权向消协投诉，我们会全力配合。", F, False),
    ("complain elsewhere", "zh-Hant", "如果您覺得有必要，也可以到消基會諮詢，這也是您的權利。", F, False),
    (
        "complain elsewhere",
        "en",
        "If you're not satisfied, you have the right to refer your complaint to the Financial Ombudsman Service.",
        F,
        False,
    ),
    # -- forbidden: the outcome declared final
    ("outcome final", "zh-Hans", "不过我们这边的处理结果是不会变的哈。", F, True),
    ("outcome final", "zh-Hant", "處理結果係唔會改變㗎。", F, True),
    (
        "outcome final",
        "en",
        "The decision has been made and it won't be changing, so there's little benefit in pursuing it further.",
        F,
        True,
    ),
    ("outcome final", "zh-Hans", "检测结果不会影响您的保修，请放心。", F, False),
    ("outcome final", "zh-Hant", "覆核結果會喺三日內通知你。", F, False),
    ("outcome final", "en", "The test result won't change your warranty cover.", F, False),
    # -- forbidden: force majeure invoked to disown it
    ("force majeure", "zh-Hans", "这次延误是因为暴雨天气，属于不可抗力，跟我们没有关系哦。", F, True),
    ("force majeure", "zh-Hant", "颱風係天災，同我哋冇關係。", F, True),
    ("force majeure", "en", "The storm was an act of God and has nothing to do with us.", F, True),
    ("force majeure", "zh-Hans", "因为暴雨天气航班延误，我们已经为您改签到明天早上的航班。", F, False),
    ("force majeure", "zh-Hant", "因為颱風停航，我哋已經幫你改咗明日嘅船期。", F, False),
    ("force majeure", "en", "The storm delayed the van; we have rebooked it for tomorrow morning.", F, False),
    # -- forbidden: "no way" said by the desk
    ("desk no way", "zh-Hans", "这部分客服这边真的没有办法处理。", F, True),
    ("desk no way", "zh-Hant", "前台呢邊冇辦法跟進㗎。", F, True),
    ("desk no way", "en", "Unfortunately there's nothing we can do with this order.", F, True),
    ("desk no way", "zh-Hans", "客服这边没办法直接退款，但我已经帮您转给主管，今天下午回复您。", F, False),
    ("desk no way", "zh-Hant", "前台呢邊無法直接改價，不過我已經幫你轉咗畀經理。", F, False),
    ("desk no way", "en", "We can't refund it at the desk, but I've passed it to my supervisor for you.", F, False),
    # -- forbidden: told to ring the party just blamed themselves
    (
        "ring them yourself",
        "en",
        "Collections are done by our contractor, so this is their fault. You'll have to ring them yourself.",
        F,
        True,
    ),
    ("ring them yourself", "zh-Hans", "这是快递公司的问题，您自己去找快递问问吧。", F, True),
    ("ring them yourself", "zh-Hant", "延誤係速遞公司搞錯，你自己去搵佢哋啦。", F, True),
    ("ring them yourself", "en", "The courier lost it, not us; you can file a claim with them directly.", F, False),
    ("ring them yourself", "zh-Hant", "我已經代你向速遞公司索償，你唔使再自己搵佢哋。", F, False),
    ("ring them yourself", "zh-Hans", "快递公司搞错了地址，我们已经联系他们为您重新派送。", F, False),
    # -- forbidden: a hedged lesson in hindsight
    (
        "hedged lesson",
        "en",
        "Perhaps reading it before going swimming with the watch might have helped.",
        F,
        True,
    ),
    ("hedged lesson", "zh-Hans", "或许您事先看一下说明会好一点。", F, True),
    ("hedged lesson", "zh-Hant", "或許你落單前睇清楚會好啲。", F, True),
    ("hedged lesson", "en", "Perhaps calling you sooner would have helped, and I'm sorry we didn't.", F, False),
    ("hedged lesson", "zh-Hans", "您好，这不是您的问题，您下单时备注写得很清楚。", F, False),
    ("hedged lesson", "zh-Hant", "我哋事先睇清楚會好啲，今次係我哋疏忽。", F, False),
    # -- pass (b), from the other author: the other customers set against the customer's account
    ("others were fine", "zh-Hant", "我哋每日幾百個客食同一樣嘢，冇人話有事。", B, True),
    ("others were fine", "zh-Hans", "焗油机温度是固定的，其他客人都没事。", B, True),
    ("others were fine", "en", "Every other guest at the wedding was perfectly fine with the fish.", B, True),
    ("others were fine", "zh-Hans", "其他客人也反映了同样的问题，我们正在排查。", B, False),
    ("others were fine", "zh-Hant", "其他住客都冇事，但我哋都會即刻檢查你間房嘅冷氣。", B, False),
    ("others were fine", "en", "No one else has reported it yet, but we are checking the batch today.", B, False),
    # -- blame: the other party's handling named as the cause
    ("their handling", "en", "We pack everything carefully, so this will be the courier's rough handling.", B, True),
    ("their handling", "zh-Hans", "我们出库前都拍了照，应该是快递在运输途中摔坏的，是快递的问题。", B, True),
    ("their handling", "zh-Hant", "係速遞公司嘅疏忽，唔關我哋事。", B, True),
    ("their handling", "en", "I'm sorry about the rough handling; a replacement vase ships today.", B, False),
    ("their handling", "zh-Hans", "我们已经请快递公司核查运输过程，今天下午给您答复。", B, False),
    ("their handling", "zh-Hant", "我哋已經同速遞公司跟進，今日之內覆你。", B, False),
    # -- forbidden: no look at it, the police left to them, not our problem
    ("no look at it", "en", "We followed protocol, so there's nothing for us to look into.", F, True),
    ("no look at it", "zh-Hans", "我们都是按流程做的，没有什么需要调查的。", F, True),
    ("no look at it", "zh-Hant", "車子被刮您要就自己報警吧。", F, True),
    ("no look at it", "en", "There's nothing for you to do; we will look into it and call you by 5pm.", F, False),
    ("no look at it", "zh-Hans", "如有需要，我们会配合您报警，并提供当天的监控录像。", F, False),
    ("no look at it", "zh-Hant", "呢個唔係你嘅問題，我哋會即刻跟進。", F, False),
    # -- forbidden: helpless said in other words
    (
        "helpless other words",
        "en",
        "Support doesn't handle uptime, so there really isn't anything I can do here.",
        F,
        True,
    ),
    ("helpless other words", "zh-Hant", "停車場係大家共用嘅，車子被刮我們管理室也管不到。", F, True),
    ("helpless other words", "zh-Hans", "车位的事我们物业这边也管不到。", F, True),
    (
        "helpless other words",
        "en",
        "There isn't anything we can do about the weather, but I've rebooked you for tomorrow.",
        F,
        False,
    ),
    ("helpless other words", "zh-Hant", "管理處也管不到天氣，不過我已經安排保安今晚巡查。", F, False),
    ("helpless other words", "zh-Hans", "您的车位我们马上安排人看管，今天下午回复您。", F, False),
    # -- further wordings of the same classes (an object after the displeasure, "disagree", 是 before the slip,
    # a measure word before the customer's own item, "the fault lies in your own ...")
    ("complain elsewhere", "zh-Hans", "如果您不接受这个处理结果，可以向12315举报。", F, True),
    ("complain elsewhere", "en", "If you disagree, you can always complain to head office.", F, True),
    ("complain elsewhere", "zh-Hans", "如果您不接受这个方案，我们可以再帮您申请其他方案。", F, False),
    ("complain elsewhere", "en", "If you disagree with the bill, we can review it together; call me on 555.", F, False),
    ("habit or memory", "zh-Hans", "估计您是记混了日期。", B, True),
    ("own equipment", "zh-Hant", "你屋企個電掣本身已經壞咗。", B, True),
    ("own equipment", "en", "The fault lies in your own boiler, which is old.", B, True),
    ("own equipment", "en", "The problem is with your router; we've sent a replacement free of charge.", B, False),
]


@pytest.mark.parametrize(
    ("cls", "lang", "text", "category", "raised"),
    ROWS,
    ids=[f"{r[0]}:{r[1]}:{r[4]}:{r[2][:24]}" for r in ROWS],
)
def test_round_s11conduct_row(cls: str, lang: str, text: str, category: str, raised: bool) -> None:
    report = check(text, role="agent", language=lang, use_model=False)
    found = category in {f.category for f in report.findings}
    assert found == raised, [(f.rule, f.excerpt) for f in report.findings]


def test_every_class_in_three_languages() -> None:
    assert not languages_missing(ROWS)


def test_every_class_has_clean_and_raised_rows() -> None:
    assert not one_sided(ROWS)
