"""Round 9ac: blame, liability and forbidden phrases on replies the rules were never tuned on, by class.

Clean (must stay silent): words the reply says it will not say (我们不会说这是您的问题, 这不是要追究谁对谁错,
"we won't tell you it's your fault"); a phrase quoted as what someone answered with (用「规定就是规定」来
搪塞, "answered you with 'rules are rules'"); liability on a condition of verification (如查证属本行系统
问题); an outside party that the reply calls ours ("caused by our courier partner", 是诊所医师开错) is
not an admission; our own person who did the damage is not a third party blamed.

Raised: an exemption that is itself refused (没法给您特殊处理 does not excuse 规定就是规定); the customer's
slip stated as certain and made the cause (您肯定是看错尺码表了，所以才会买小), or what they should have
done told after the fact (您要是早点看说明书也不会这样了, "had you called us first…"); their own careless act
put to them as a question (您是不是自己把验证码告诉别人了？); a threat with a modal between (我哋就要报警);
our staff named as having done it wrong (工作人员把您的信息录入错误, 列车员的处理确实有误, 因我方查勘
延误所致, 係我哋工程隊整爆嘅); the cause put elsewhere with our side declared to have done its part
(是因为骑手遇到暴雨，商家这边是准时出餐的).

Sentences written for these tests (en, zh-Hans, zh-Hant incl. Cantonese; banks, schools, pharmacies,
delivery, utilities, public offices, insurers, rail, hotels, shops, clinics); each row names which
of the three categories it must raise.
"""

from __future__ import annotations

import pytest
from table_coverage import languages_missing, one_sided

from drafter.guard.engine import check

B, L, F = "blame_discussion", "liability_admission", "forbidden_phrase"
MINE = {B, L, F}

Row = tuple[str, str, str, set[str]]  # (class, language, text, categories of the three)

ROWS: list[Row] = [
    # -- words the reply says it will not say
    ("refused speech", "en", "We won't say this is your fault; the card was cloned and we've blocked it.", set()),
    ("refused speech", "zh-Hans", "遇到盗刷谁都会着急，我们不会说这是您的问题，已经为您冻结账户。", set()),
    ("refused speech", "zh-Hant", "這不是要追究誰對誰錯，我們已向對方銀行申請退回款項。", set()),
    ("refused speech", "zh-Hant", "我哋唔會話係你嘅問題，已經幫你凍結咗張卡。", set()),
    ("refused speech", "zh-Hans", "这不是要追究您的责任，我们先帮您把课程改期。", set()),
    ("refused speech", "zh-Hans", "我们会追究您的责任。", {F}),
    ("refused speech", "en", "Honestly, this is your fault for sharing the code.", {B}),
    ("refused speech", "zh-Hans", "说实话这是您的问题，验证码是您自己给出去的。", {B}),
    ("refused speech", "zh-Hant", "說實話這是您的問題，密碼是您自己給別人的。", {B}),
    # -- a phrase quoted as what someone answered with
    (
        "quoted as an answer",
        "en",
        'I\'m sorry our front desk answered you with "rules are rules" - that is not how we speak to guests.',
        set(),
    ),
    ("quoted as an answer", "zh-Hans", "我们不会用“规定就是规定”来搪塞您，本期还有一个候补名额可以为您保留。", set()),
    ("quoted as an answer", "zh-Hant", "我們不會用「規定就是規定」來回覆您，這期還有一個名額可以幫您保留。", set()),
    ("quoted as an answer", "en", "Sorry, rules are rules and the course is full.", {F}),
    ("quoted as an answer", "zh-Hans", "不好意思，规定就是规定，报名已经截止了。", {F}),
    ("quoted as an answer", "zh-Hant", "不好意思，規定就是規定，報名已經截止了。", {F}),
    # -- an exemption that is itself refused
    ("refused exemption", "zh-Hans", "理解您的心情，不过规定就是规定，截止后确实没法给您特殊处理。", {F}),
    ("refused exemption", "zh-Hant", "理解您的心情，不過規定就是規定，逾期後確實無法為您特殊處理。", {F}),
    ("refused exemption", "zh-Hans", "规定就是规定，不过我已经为您申请特殊处理，今天下午回复您。", set()),
    ("refused exemption", "zh-Hant", "規定就是規定，不過我已經幫您申請特殊處理，今天下午回覆您。", set()),
    ("refused exemption", "en", "Rules are rules, so we can't make an exception for a late entry.", {F}),
    (
        "refused exemption",
        "en",
        "The deadline is firm, but I've asked my manager to approve a late entry and will call you at 4pm.",
        set(),
    ),
    # -- liability on a condition of verification
    ("verification condition", "zh-Hans", "如查证属本行系统问题，本行会依规定负起责任并通知您。", set()),
    ("verification condition", "zh-Hant", "如查證屬本公司線路問題，本公司會依規定負起責任。", set()),
    (
        "verification condition",
        "en",
        "If our review finds it was our system's error, we will take responsibility and let you know.",
        set(),
    ),
    ("verification condition", "zh-Hans", "经查这是本行系统问题，本行会负起全部责任。", {L}),
    ("verification condition", "zh-Hant", "這是本公司線路的問題，本公司會負起全部責任。", {L}),
    ("verification condition", "en", "This was our system's error, and we take full responsibility.", {L}),
    # -- the customer's slip stated as certain and made the cause
    ("certain slip as cause", "zh-Hans", "您肯定是看错尺码表了，所以才会买小。", {B}),
    ("certain slip as cause", "zh-Hant", "你一定係記錯咗日期，所以先冇位。", {B}),
    ("certain slip as cause", "en", "You must have misread the timetable, which is why you missed the bus.", {B}),
    ("certain slip as cause", "zh-Hans", "如果您看错了尺码表，我们可以免费为您换一件。", set()),
    ("certain slip as cause", "zh-Hant", "如果你揀錯咗日期，我哋可以免費幫你改。", set()),
    ("certain slip as cause", "en", "If you misread the timetable, I can rebook you for free.", set()),
    ("certain slip as cause", "en", "You clearly ticked the wrong box, so the payment failed.", {B}),
    # -- what the customer should have done, told after the fact
    ("counterfactual", "zh-Hans", "您要是早点看说明书也不会这样了。", {B}),
    ("counterfactual", "zh-Hant", "你早啲話我哋知就唔會搞成咁。", {B}),
    ("counterfactual", "en", "Had you called us first, we could have avoided this.", {B}),
    ("counterfactual", "en", "Well, I suppose reading the manual would have helped.", {B}),
    ("counterfactual", "zh-Hans", "如果您下次提前预约，就不用排队了。", set()),
    ("counterfactual", "en", "Had you been charged twice, we would have refunded it at once.", set()),
    ("counterfactual", "zh-Hant", "如果您提前一天通知我們，我們就不會收取改期費。", set()),
    (
        "counterfactual",
        "en",
        "Booking the earlier slot would have helped you avoid the queue, so I've moved you.",
        set(),
    ),
    # -- the customer's own careless act put to them as a question
    # Round 9ah: their own careless act asked back is a doubt and the cause put on them (forbidden.doubt note).
    ("self-blame question", "zh-Hans", "请问您是不是自己把验证码告诉别人了？", {B}),
    ("self-blame question", "zh-Hant", "請問你係咪自己唔小心刪咗啲相？", {B}),
    ("self-blame question", "en", "Did you give your PIN to someone yourself?", {B}),
    ("self-blame question", "zh-Hans", "请问您是否自己来门店取件？", set()),
    ("self-blame question", "zh-Hant", "請問您是否需要我們幫您改期？", set()),
    ("self-blame question", "en", "Would you like to pick it up yourself?", set()),
    # -- "we can't handle it" with our side named in between
    ("helpless, side named", "zh-Hans", "这个问题您可以直接找厂家，我们这边处理不了。", {F}),
    ("helpless, side named", "zh-Hant", "我哋呢邊處理唔到，你直接搵廠家啦。", {F}),
    ("helpless, side named", "en", "That's not something we can help with, you'll need to contact the maker.", {F}),
    ("helpless, side named", "zh-Hans", "我们这边已经为您处理好了，请查收。", set()),
    ("helpless, side named", "zh-Hant", "我哋呢邊幫你搞掂咗，請查收。", set()),
    ("helpless, side named", "en", "Our billing team will sort that out and call you by 5pm.", set()),
    # -- the act disowned for a system or another side
    ("act disowned", "zh-Hans", "那是系统自动扣的费，不是我们人工操作的。", {B}),
    ("act disowned", "zh-Hant", "這是總部那邊定的，我們門市只是執行。", {B}),
    ("act disowned", "en", "It was the system that charged you twice, not our staff.", {B}),
    ("act disowned", "zh-Hans", "这条短信不是我们发的，请勿点击链接，我们已帮您冻结账户。", set()),
    ("act disowned", "zh-Hant", "這筆費用是系統自動扣的，我已經幫您申請退回。", set()),
    ("act disowned", "en", "The system refunded the fee automatically this morning.", set()),
    ("helpless, side named", "en", "There was nothing our team could have done.", {F}),
    ("helpless, side named", "en", "There was nothing you could have done, and we've reset the account.", set()),
    # -- a threat with a modal between
    ("threat with a modal", "zh-Hant", "你再喺大堂咁嗌，我哋就要報警處理。", {F}),
    ("threat with a modal", "zh-Hans", "您再这样闹，我们就得报警了。", {F}),
    ("threat with a modal", "en", "If you keep shouting at the staff, we will have to call the police.", {F}),
    ("threat with a modal", "zh-Hans", "如果您需要报警，我们就会协助您并提供监控。", set()),
    ("threat with a modal", "zh-Hant", "如果您需要報警，我們會協助您並提供錄影。", set()),
    ("threat with a modal", "en", "If you want to report the theft, we will help you contact the police.", set()),
    # -- our staff named as having done it wrong
    ("our staff did it wrong", "zh-Hans", "我们会出具证明，说明工作人员当天把您的信息录入错误。", {L}),
    ("our staff did it wrong", "zh-Hant", "我們會出具公文，證明承辦人員把您的資料登錄錯誤。", {L}),
    ("our staff did it wrong", "zh-Hans", "我们会写明列车员当时的处理确实有误。", {L}),
    ("our staff did it wrong", "zh-Hans", "我们可以出具信函，证明损失扩大是因我方查勘延误所致。", {L}),
    ("our staff did it wrong", "zh-Hant", "你屋企條水管係我哋工程隊整爆嘅。", {L}),
    ("our staff did it wrong", "zh-Hant", "我們的客服人員把您的訂單取消錯了。", {L}),
    ("our staff did it wrong", "zh-Hans", "工作人员没有把您的信息录错，我们再帮您核对一次。", set()),
    ("our staff did it wrong", "zh-Hans", "我们会核实工作人员的处理是否有误，明天下午回复您。", set()),
    ("our staff did it wrong", "zh-Hans", "延误是因我们无法控制的天气所致，航班已改到明早。", {F}),
    ("our staff did it wrong", "zh-Hant", "快遞員把您的包裹送錯了地址，我們已聯絡快遞公司改送。", set()),
    ("our staff did it wrong", "en", "a signed statement from our technician confirming he damaged the floor", {L}),
    ("our staff did it wrong", "en", "Our clerk entered your details incorrectly, so the letter went astray.", {L}),
    ("our staff did it wrong", "en", "Our adjuster's handling of your claim was clearly wrong.", {L}),
    ("our staff did it wrong", "en", "The damage spread because of our inspector's late visit.", {L}),
    ("our staff did it wrong", "en", "Your installer fitted the part incorrectly before you came to us.", set()),
    ("our staff did it wrong", "en", "We'll check whether our technician damaged the floor and call you at 5.", set()),
    # -- the harm placed inside our own work, in the passive
    ("harm during our work", "zh-Hans", "您的手机是在我们维修时被摔坏的，非常抱歉。", {L}),
    ("harm during our work", "zh-Hant", "損壞是在我們搬運過程中造成的。", {L}),
    ("harm during our work", "en", "The scratch was made during our technician's visit.", {L}),
    ("harm during our work", "en", "The wrong dose was given by our pharmacist.", {L}),
    ("harm during our work", "zh-Hans", "我们会核实损坏是否在我们搬运过程中造成的。", set()),
    ("harm during our work", "zh-Hant", "如果是在我們搬運過程中造成的，我們會負責維修。", set()),
    ("harm during our work", "en", "We will check whether the scratch was made during our installation.", set()),
    # -- an outside party that the reply calls ours
    ("outside party called ours", "en", "The delay was caused by our courier partner, who mis-sorted the parcel.", {B}),
    ("outside party called ours", "en", "The damage was caused by our driver when he unloaded the sofa.", {L}),
    ("outside party called ours", "zh-Hant", "我們核對過了，是診所醫師處方開錯劑量。", set()),
    ("outside party called ours", "zh-Hans", "我们核对过了，是医院医生开错了剂量。", set()),
    ("outside party called ours", "zh-Hans", "我们核对过了，是本诊所医师开错了剂量。", {L}),
    ("outside party called ours", "zh-Hant", "我們核對過了，是本藥局藥師配錯了藥。", {L}),
    # -- the cause put elsewhere, our side declared to have done its part
    ("our side did its part", "zh-Hans", "这次主要是因为骑手路上遇到暴雨，商家这边是准时出餐的。", {B}),
    ("our side did its part", "zh-Hant", "這次主要是因為下大雨，外送員耽擱了，店家這邊是準時出餐的。", {B}),
    (
        "our side did its part",
        "en",
        "The parcel was held up at the carrier's hub, but our warehouse dispatched it on time.",
        {B},
    ),
    ("our side did its part", "zh-Hans", "我们已经按时发货，预计明天下午送达。", set()),
    ("our side did its part", "zh-Hans", "主要是物流中转耽误了，我们仓库当天就已经发货了。", {B}),
    ("our side did its part", "zh-Hans", "我们当天就已经发货了，预计明天送到。", set()),
    ("our side did its part", "zh-Hans", "商家这边是准时出餐的，是骑手绕路耽误了。", {B}),
    ("our side did its part", "en", "Our kitchen prepared it on time; the rider got lost because of the rain.", {B}),
    (
        "our side did its part",
        "en",
        "Our kitchen made it on time, and we've added a free dessert because of the wait.",
        set(),
    ),
    ("our side did its part", "zh-Hant", "您的訂單是今天下的，我們會準時出餐。", set()),
    ("our side did its part", "en", "We dispatched it on time and it should arrive tomorrow.", set()),
]


@pytest.mark.parametrize(("cls", "lang", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[2][:30]}" for r in ROWS])
def test_round9ac_row(cls: str, lang: str, text: str, expected: set[str]) -> None:
    report = check(text, role="agent", language=lang)
    found = {f.category for f in report.findings} & MINE
    assert found == expected, [(f.rule, f.excerpt) for f in report.findings]


def test_every_class_in_three_languages() -> None:
    assert not languages_missing(ROWS)


def test_every_class_has_clean_and_raised_rows() -> None:
    assert not one_sided(ROWS)
