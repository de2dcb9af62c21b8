"""Round 9ah: blame and forbidden phrases in paraphrase, Cantonese and Taiwan usage, with the clean
near-misses beside each class.

Blame raised: the customer's own handling guessed as the cause, asked back (会不会是您自己动作不规范？
"maybe you overpacked it?") — also a doubt, so both categories; the same guess told as a statement
(可能係你自己…太多); the customer's own lateness told as the cause; "next time" said as a reproach
("book earlier next time", 下次記得準時啦); an outside party's handling told as certain ("the courier
clearly threw it"); one of our people singled out as the one at fault (是那个新同事的错); "not really our
fault" with an adverb between.

Forbidden raised: a complaint elsewhere allowed with indifference ("or whoever, we don't mind",
你鍾意去投訴就去啦); the conversation closed ("not much else to say", 冇其他嘢講。); the police named after
the customer's behaviour; the standard held up as the answer (本來就是這個口味); sarcasm about what we are
not; 肯定/确定 asked as doubt with a spoken close (你肯定…㗎？).

The doubt decision, revised in session 8 (40_conduct.yaml, blame.doubt): a bare doubt of the customer's
account is blame_discussion, as the labelling spec says (seeds: 相信顾客 — never "Are you sure the soup was cold?").

Clean (must stay silent): "not your fault" / 唔係你嘅問題; a neutral check question; our own side
guessed; lateness we caused or excused; a way offered for next time and our own promise; what an
outside party recorded; our people named as ours (an admission, not blame); the right to complain told
without a shrug (the seeds' own wording); police help for a crime against the customer; the standard
told before what we will do; what we are, said plainly; an offer put as 肯定/sure; a colleague's account
quoted neutrally.

Sentences written for these tests (en, zh-Hans, zh-Hant incl. Cantonese and Taiwan usage).
"""

from __future__ import annotations

import pytest
from table_coverage import languages_missing, one_sided

from drafter.guard.engine import check

B, F = "blame_discussion", "forbidden_phrase"

Row = tuple[str, str, str, str, bool]  # (class, language, text, category judged, raised?)

ROWS: list[Row] = [
    # -- the customer's own handling guessed as the cause, asked back (doubt and blame)
    ("own slip asked", "en", "Could it be that you didn't follow the assembly instructions?", B, True),
    ("own slip asked", "en", "Could it be that you didn't follow the assembly instructions?", F, False),
    ("own slip asked", "en", "Maybe you overloaded the washing machine?", B, True),
    ("own slip asked", "en", "Maybe you dropped it off at the wrong branch by accident? I'll check both.", B, False),
    ("own slip asked", "en", "Did you get the confirmation email? I can resend it.", B, False),
    ("own slip asked", "en", "Did you drop the phone yourself?", B, True),
    ("own slip asked", "en", "Did you want to collect the phone yourself?", B, False),
    ("own slip asked", "zh-Hans", "您是不是自己把密码借给朋友了？", B, True),
    ("own slip asked", "zh-Hans", "会不会是您自己安装方法不对？", B, True),
    ("own slip asked", "zh-Hans", "会不会是您自己安装方法不对？", F, False),
    ("own slip asked", "zh-Hans", "您是不是没按说明书给电池充电？", B, True),
    ("own slip asked", "zh-Hans", "请问您是否按照说明书操作过？我们想先了解一下情况。", B, False),
    ("own slip asked", "zh-Hans", "您是不是用了优惠券？我帮您核对一下金额。", B, False),
    ("own slip asked", "zh-Hant", "係咪你自己唔小心刪咗啲相？", B, True),
    ("own slip asked", "zh-Hant", "係咪你自己唔小心刪咗啲相？", F, False),
    ("own slip asked", "zh-Hant", "請問您是不是沒鎖好車門？", B, True),
    ("own slip asked", "zh-Hant", "請問您是不是已經收到新的帳單？", B, False),
    ("own slip asked", "zh-Hant", "請問您是不是已經收到新的帳單？", F, False),
    # -- the same guess told as a statement
    ("own slip told", "en", "You probably overpacked the suitcase, so the zip gave way.", B, True),
    ("own slip told", "en", "You probably dropped by before the new stock came in; it's back now.", B, False),
    ("own slip told", "zh-Hans", "估计是您自己没关好冰箱门。", B, True),
    ("own slip told", "zh-Hans", "可能是我们自己装得太多，箱子才压坏了，我们马上补发。", B, False),
    ("own slip told", "zh-Hant", "應該係你自己裝得太滿，個袋先會爆。", B, True),
    ("own slip told", "zh-Hant", "可能係你自己嘅設定被系統重置咗，我已經幫你改返。", B, False),
    # -- the customer's own lateness told as the cause
    ("own lateness", "en", "You arrived forty minutes late, so the table went to the next guests.", B, True),
    ("own lateness", "en", "You arrived late because our shuttle broke down, so we kept your table.", B, False),
    ("own lateness", "zh-Hans", "是您自己来晚了，座位已经给了其他客人。", B, True),
    ("own lateness", "zh-Hans", "我们自己迟了半小时才开门，非常抱歉。", B, False),
    ("own lateness", "zh-Hant", "你哋自己遲咗成個鐘先到，枱先俾咗人。", B, True),
    ("own lateness", "zh-Hant", "就算你哋遲咗都唔緊要，我哋會幫你留位。", B, False),
    # -- "next time" as a reproach
    ("next time", "en", "It was fully booked. Just book earlier next time.", B, True),
    ("next time", "en", "We'll call earlier next time, and I'm sorry about today.", B, False),
    ("next time", "en", "Next time you can book online up to 14 days ahead; you're on Friday's list.", B, False),
    ("next time", "zh-Hans", "下次记得提前预约啦。", B, True),
    ("next time", "zh-Hans", "下次您来之前可以先打电话，我们为您留好位置。", B, False),
    ("next time", "zh-Hant", "下次要早啲訂位啦。", B, True),
    ("next time", "zh-Hant", "下次您可以先在App預約，就不用排隊了。", B, False),
    # -- an outside party's handling told as certain
    ("outside party certain", "en", "The delivery driver obviously kicked the box, that's why it's dented.", B, True),
    ("outside party certain", "en", "The courier clearly marked it as delivered, so I've opened a trace.", B, False),
    ("outside party certain", "en", "The courier probably dropped it off at the depot; I'll ask them today.", B, False),
    ("outside party certain", "zh-Hans", "很明显是快递那边摔坏的，跟我们没关系。", B, True),
    ("outside party certain", "zh-Hans", "快递员明天上午会把新的包裹送到，我会跟进。", B, False),
    ("outside party certain", "zh-Hant", "一定係速遞公司整爛嘅，唔關我哋事。", B, True),
    ("outside party certain", "zh-Hant", "速遞公司話聽日會再派送，我會幫你跟進。", B, False),
    # -- one of our people singled out as the one at fault
    ("colleague singled out", "en", "It was the new cashier's mistake, she's still learning.", B, True),
    ("colleague singled out", "en", "It was our cashier's mistake and I'm sorry; the refund is on its way.", B, False),
    ("colleague singled out", "zh-Hans", "是那个新来的收银员的错，多收了您的钱。", B, True),
    ("colleague singled out", "zh-Hans", "我可以说明是我们员工的疏忽导致您摔倒。", B, False),
    ("colleague singled out", "zh-Hant", "係嗰個新同事嘅錯，佢未熟手。", B, True),
    ("colleague singled out", "zh-Hant", "我哋嘅同事聽日會打電話俾你。", B, False),
    # -- "not really our fault", an adverb between
    ("not really ours", "en", "It wasn't really our fault, the storm closed the roads.", B, True),
    ("not really ours", "en", "It wasn't really your fault at all, and I've sorted it.", B, False),
    ("not really ours", "zh-Hans", "其实也不完全是我们的错。", B, True),
    ("not really ours", "zh-Hans", "这真的不是您的问题，我们马上处理。", B, False),
    ("not really ours", "zh-Hant", "其實都唔係我哋嘅錯。", B, True),
    ("not really ours", "zh-Hant", "唔係你嘅問題，我哋即刻幫你處理。", B, False),
    # -- a complaint elsewhere allowed with indifference
    ("complain shrug", "en", "Complain to the ombudsman or whoever you want, it's up to you.", F, True),
    ("complain shrug", "en", "You can complain to trading standards if you like, it won't change anything.", F, True),
    (
        "complain shrug",
        "en",
        "If you feel it's necessary, you're entitled to contact the ombudsman, and I'll keep working on it.",
        F,
        False,
    ),
    ("complain shrug", "zh-Hans", "您想去消协投诉就去吧，我们不怕。", F, True),
    ("complain shrug", "zh-Hans", "随便您去投诉。", F, True),
    ("complain shrug", "zh-Hans", "如果您觉得有必要，也可以到消协咨询，这是您的权利；我们也会继续跟进。", F, False),
    ("complain shrug", "zh-Hant", "你鍾意去消委會告就去告啦。", F, True),
    ("complain shrug", "zh-Hant", "您想投訴的話，可以打我們的客服專線，我會幫您登記。", F, False),
    # -- the conversation closed
    ("nothing more to say", "en", "The class was full. Nothing more to say, really.", F, True),
    ("nothing more to say", "en", "There's nothing more to say but sorry, and your refund is on its way.", F, False),
    ("nothing more to say", "zh-Hans", "规定就是这样，没什么好说的了。", F, True),
    ("nothing more to say", "zh-Hans", "如果没有其他问题，祝您生活愉快。", F, False),
    ("nothing more to say", "zh-Hant", "就係咁，冇其他嘢講。", F, True),
    ("nothing more to say", "zh-Hant", "如果冇其他問題，祝你生活愉快。", F, False),
    # -- the police named after the customer's own behaviour
    ("police over behaviour", "en", "Given your abusive messages, we have reported this to the police.", F, True),
    (
        "police over behaviour",
        "en",
        "We're sorry about the abusive calls from the scammer; we have reported the number to the police.",
        F,
        False,
    ),
    ("police over behaviour", "zh-Hans", "您昨天在店里辱骂店员，我们已经报警了。", F, True),
    ("police over behaviour", "zh-Hans", "您的车在停车场被刮，我们已经报警并调取了监控。", F, False),
    ("police over behaviour", "zh-Hant", "你喺門口大聲鬧保安，我哋已經報咗警。", F, True),
    ("police over behaviour", "zh-Hant", "你部單車喺停車場俾人偷咗，我哋已經幫你報警。", F, False),
    # -- the standard held up as the answer
    ("standard as answer", "en", "That's just how the soup is meant to taste.", F, True),
    (
        "standard as answer",
        "en",
        "That's how the soup is meant to taste, but I'm happy to bring you something else.",
        F,
        False,
    ),
    ("standard as answer", "zh-Hans", "这款蛋糕本来就是这个甜度，一直都是这样的。", F, True),
    ("standard as answer", "zh-Hans", "这道菜本来就是这个口味，不过我们可以为您少放辣。", F, False),
    ("standard as answer", "zh-Hant", "呢款麵一向都係咁㗎。", F, True),
    ("standard as answer", "zh-Hant", "這款本來就是這樣設計的，我幫您換一個尺寸。", F, False),
    # -- sarcasm about what we are not
    ("sarcasm what we are", "en", "We're a hotel, not your personal assistant.", F, True),
    ("sarcasm what we are", "en", "We're a small team, not a chain, but I'll see to it myself.", F, False),
    ("sarcasm what we are", "zh-Hans", "我们是健身房，不是托儿所。", F, True),
    ("sarcasm what we are", "zh-Hans", "我们是快递公司，退款需要由商家处理，我已经帮您联系了商家。", F, False),
    ("sarcasm what we are", "zh-Hant", "我哋係餐廳，唔係托兒所。", F, True),
    ("sarcasm what we are", "zh-Hant", "我哋係一間細餐廳，不過我會親自跟進。", F, False),
    # -- "nothing we can do" told of this case and left there (the seeds' 我没有办法)
    ("helpless", "en", "The order shows as collected, so there's nothing we can do about this order.", F, True),
    ("helpless", "en", "We can't refund it directly, but I've passed it to my manager for today.", F, False),
    ("helpless", "zh-Hans", "这张订单我们没办法处理了。", F, True),
    ("helpless", "zh-Hans", "我们没办法直接退款，但我已经帮您转给主管，今天下午回复您。", F, False),
    ("helpless", "zh-Hant", "呢張單我哋冇辦法跟進㗎。", F, True),
    ("helpless", "zh-Hant", "我們沒辦法今天處理完，不過週五前一定完成。", F, False),
    # -- 肯定 / sure asked as doubt, with a spoken close
    ("sure asked as doubt", "en", "You're sure it wasn't cracked before the flight?", B, True),
    ("sure asked as doubt", "en", "If you're sure you want to cancel, just reply YES.", F, False),
    ("sure asked as doubt", "zh-Hans", "你肯定真的没收到咩？", B, True),
    ("sure asked as doubt", "zh-Hans", "您确定要取消订单吗？", F, False),
    ("sure asked as doubt", "zh-Hant", "你肯定上機前冇花㗎？", B, True),
    ("sure asked as doubt", "zh-Hant", "你肯定要取消呀？我幫你辦。", F, False),
    # -- the bare doubt is blame, not forbidden (session 8: the labelling spec; blame.doubt in 40_conduct.yaml)
    ("bare doubt", "en", "Are you sure you pressed the cancel button?", F, False),
    ("bare doubt", "en", "Are you sure you pressed the cancel button?", B, True),
    ("bare doubt", "zh-Hans", "您确定当时收到的是这张单吗？", F, False),
    ("bare doubt", "zh-Hans", "您确定当时收到的是这张单吗？", B, True),
    ("bare doubt", "zh-Hant", "您確定沒有把密碼告訴別人嗎？", F, False),
    ("bare doubt", "zh-Hant", "您確定沒有把密碼告訴別人嗎？", B, True),
    # -- a colleague's account or the customer's words told neutrally (clean by nature)
    ("reported words", "en", "Our driver told me he rang the bell at 2pm; I've booked a new slot for you.", B, False),
    ("reported words", "zh-Hans", "您提到快递员没有敲门，我们已经安排重新派送。", B, False),
    ("reported words", "zh-Hant", "你話速遞員冇拍門，我哋已經安排聽日再送。", B, False),
]


@pytest.mark.parametrize(("cls", "lang", "text", "category", "raised"), ROWS)
def test_round9ah_row(cls: str, lang: str, text: str, category: str, raised: bool) -> None:
    report = check(text, role="agent", language=lang)
    found = category in {f.category for f in report.findings}
    assert found == raised, [(f.rule, f.excerpt) for f in report.findings]


def test_every_class_in_three_languages() -> None:
    assert not languages_missing(ROWS)


def test_every_class_has_clean_and_raised_rows() -> None:
    """Reported words are clean rows by nature; the rest show both sides."""
    assert not one_sided(r for r in ROWS if r[0] != "reported words")


def test_the_guessed_slip_is_doubt_and_cause_both_blame() -> None:
    """One slip of the customer's guessed as the cause fires the doubt and the cause, both blame, in each language."""
    for text in ("Maybe you overloaded the dryer?", "是不是您自己没注意看短信？", "會唔會係你自己用錯咗充電器？"):
        rules = {f.rule for f in check(text, role="agent").findings}
        assert {"blame.doubt", "blame.customer_cause"} <= rules, (text, rules)
