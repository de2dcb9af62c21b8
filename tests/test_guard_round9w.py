"""Issue 9w: forbidden phrases and blame by the shape of what is said, not by the phrase.

Forbidden (禁言 and their kin): doubting the customer's own account (您确定……吗, 可能是您的心理作用, "it's
all in your head", what customers usually get wrong) -- a forbidden phrase again, as the guard12 and
guard13 authors label it, no longer blame (session 8: blame again, rule blame.doubt, per the labelling
spec); the matter left between the customer and another party
("this is a matter between you and the seller", 你同房东自己倾啦); sent to find the right contact
themselves; arguing on called useless (您说再多也没用, "no amount of complaining"); the rule as the
whole answer whoever owns it (这是平台规定, 就是不能退); what any child could do (国中生都会); not
ours to decide; outside a remit. Blame: the matter or the responsibility named as another party's
(是楼上业主的事, 是骑手那边负责的, 並不是台電的責任); another party got the details wrong (寄件人填错
地址); the weather named, then the claim refused; our records declared beyond error; the customer's
own act told as the reason (the label quoted, then what they did; a late report; damage already
there when they handed it over; their child as the cause).

Near-misses that must stay clean: an offer put as a question (您确定要取消吗), reassurance (您别想太
多), the phrase named in order to refuse it ("I won't tell you there's nothing we can do"), a new rule
announced with what we do, a cause named while we fix it, our own mistake owned, sympathy (任何人都会
生气), whether it was ours left open (不好说是不是我们的问题). Sentences written for these tests,
several kinds of business, en, zh-Hans and zh-Hant; every row names the core categories the reply
must raise, exactly."""

from __future__ import annotations

import pytest
from table_coverage import languages_missing

from drafter.guard.engine import check
from drafter.guard.report import CORE_CATEGORIES

CORE = CORE_CATEGORIES - {"language_mismatch"}
B, F = "blame_discussion", "forbidden_phrase"

Row = tuple[str, str, str, set[str]]  # (class, language, text, core categories)

ROWS: list[Row] = [
    # Doubting the customer's own account: forbidden, not blame.
    ("doubt", "en", "Are you certain the parcel wasn't collected by a neighbour?", {B}),
    ("doubt", "en", "It's probably all in your head; the recipe hasn't changed in years.", {B}),
    ("doubt", "en", "You may be imagining the rattle, the unit tested fine at the depot.", {B}),
    ("doubt", "en", "In most cases like this, customers have simply misread the meter.", {B}),
    ("doubt", "en", "That seems highly unlikely, our gym logs show nobody in the pool area.", {B}),
    ("doubt", "en", "Perhaps you misheard the fare the driver quoted.", {B}),
    ("doubt", "zh-Hans", "您确定那天是在我们营业厅办的卡吗？", {B}),
    ("doubt", "zh-Hans", "可能是您的心理作用，这款护肤品很少有人反映刺痛。", {B}),
    ("doubt", "zh-Hans", "一般这种情况都是用户自己忘记改过密码了。", {B}),
    ("doubt", "zh-Hans", "您肯定是在我们这里买的？", {B}),
    ("doubt", "zh-Hans", "您是不是想多了？我们的客房隔音一向很好。", {B, F}),
    ("doubt", "zh-Hant", "你肯定真係喺我哋分店買嘅？", {B}),
    ("doubt", "zh-Hant", "可能係你嘅心理作用啫，部機我哋測試過。", {B}),
    ("doubt", "zh-Hant", "通常呢類情況都係客人自己記錯時間。", {B}),
    ("doubt", "zh-Hant", "您確定當時真的有收到簡訊嗎？", {B}),
    ("near", "zh-Hans", "您确定要取消这张订单吗？取消后款项会原路退回。", set()),
    ("near", "zh-Hans", "您别想太多，我们今天就安排师傅上门。", set()),
    ("near", "zh-Hant", "你唔使諗太多，我哋今日就安排換貨。", set()),
    ("near", "en", "Are you sure you'd like to cancel? The refund goes back to your card.", set()),
    ("near", "en", "It's not in your head: the noise is real, and our technician comes tomorrow at 9am.", set()),
    # The phrase named in order to refuse it.
    ("refused", "en", "I'm not going to tell you there's nothing we can do; I've escalated it to billing.", set()),
    ("refused", "en", "I won't say that's just company policy: I've asked my manager for an exception.", set()),
    ("refused", "zh-Hans", "我不会跟您说没办法，我已经帮您申请了加急处理。", set()),
    ("refused", "zh-Hant", "我唔會同你講冇辦法，今日就幫你跟進。", set()),
    # The matter left between the customer and another party.
    ("between", "en", "This is a matter between you and the seller.", {F, B}),
    ("between", "en", "I'm afraid that's strictly between you and your bank.", {F, B}),
    ("between", "en", "It's really something you and the landlord need to sort out.", {F}),
    ("between", "zh-Hans", "这是您和卖家之间的事。", {F}),
    ("between", "zh-Hans", "您可以和邻居自己协商解决。", {F}),
    ("between", "zh-Hant", "呢件事係你同業主之間嘅事。", {F}),
    ("between", "zh-Hant", "你同房東自己傾啦。", {F}),
    ("near", "zh-Hans", "我们会在您和卖家之间协调，明天中午前答复您。", set()),
    ("near", "en", "We'll mediate between you and the seller and reply by Friday noon.", set()),
    # Sent to find the right contact themselves.
    ("find_contact", "en", "You'll need to find the right department yourself.", {F}),
    ("find_contact", "en", "You will have to look up the relevant office on the council website.", {F}),
    ("find_contact", "zh-Hans", "您需要自己查一下该找哪个部门。", {F}),
    ("find_contact", "zh-Hant", "你自己搵啱嘅部門啦。", {F}),
    ("near", "en", "I'll find the right department for you and call you back by 3pm today.", set()),
    # Arguing on called useless.
    ("useless", "en", "No matter how many times you ask, the answer won't change.", {F}),
    ("useless", "en", "No amount of complaining will change the outcome.", {F}),
    ("useless", "en", "Repeating it again won't change anything.", {F}),
    ("useless", "zh-Hans", "您说再多也没用。", {F}),
    ("useless", "zh-Hans", "您再解释也没用。", {F}),
    ("useless", "zh-Hant", "你講幾多次都冇用。", {F}),
    ("near", "zh-Hans", "您说的情况很有用，我们已经记录，今天下午回复您。", set()),
    # The rule as the whole answer.
    ("rule_answer", "en", "That's the policy, full stop.", {F}),
    ("rule_answer", "en", "After 30 days we simply can't refund.", {F}),
    ("rule_answer", "zh-Hans", "这是平台规定。", {F}),
    ("rule_answer", "zh-Hans", "过了十五天就是不能退。", {F}),
    ("rule_answer", "zh-Hant", "呢個係商場嘅規矩。", {F}),
    ("rule_answer", "zh-Hant", "這是銀行的規定。", {F}),
    ("near", "zh-Hans", "这是新规定，从下个月起执行，我把具体内容发给您。", set()),
    ("near", "en", "We simply can't refund it automatically, but I've asked finance to approve it today.", set()),
    # What any child could do.
    ("child_could", "en", "Even a child could set this router up.", {F}),
    ("child_could", "en", "Any ten year old can follow these steps.", {F}),
    ("child_could", "en", "Honestly, this is really basic stuff.", {F}),
    ("child_could", "zh-Hans", "这题其实很简单，小学生都会。", {F}),
    ("child_could", "zh-Hans", "这个表格一般人都看得懂。", {F}),
    ("child_could", "zh-Hant", "呢個操作細路都識。", {F}),
    ("near", "zh-Hans", "遇到这种事任何人都会生气，非常抱歉。", set()),
    ("near", "zh-Hant", "呢款玩具小朋友都會鍾意。", set()),
    ("near", "en", "Any child can join the class free of charge this month.", set()),
    # Not ours to decide; outside a remit.
    ("not_ours", "en", "That's not my call to make.", {F}),
    ("not_ours", "en", "I'm afraid that falls outside my team's remit.", {F}),
    ("not_ours", "zh-Hans", "这件事不是我们客服能决定的。", {F}),
    ("not_ours", "zh-Hant", "呢個唔係我話事得嘅。", {F}),
    ("near", "en", "Although this falls outside our usual scope, I've arranged it anyway.", set()),
    # The matter or responsibility named as another party's (blame).
    ("theirs", "en", "The leak is the upstairs neighbour's responsibility.", {B}),
    ("theirs", "en", "That part is on the courier's side.", {B}),
    ("theirs", "zh-Hans", "噪音是隔壁租客的事。", {B}),
    ("theirs", "zh-Hans", "这个是快递那边负责的。", {B}),
    ("theirs", "zh-Hans", "这是房东的事情。", {B}),
    ("theirs", "zh-Hant", "漏水係樓上業主嘅事。", {B}),
    ("theirs", "zh-Hant", "並不是管理處的責任。", {B}),
    ("theirs", "zh-Hant", "停電係電力公司嗰邊處理嘅。", {B}),
    ("near", "zh-Hans", "快递那边负责配送，我们负责跟进，今天下午把单号发给您。", set()),
    ("near", "zh-Hans", "这不是您的错，我们今天就为您补发。", set()),
    ("near", "zh-Hans", "关于水费为什么交给物业的问题，我们下周一前回复您。", set()),
    # Another party got the details wrong (blame).
    ("their_details", "en", "The sender wrote the wrong postcode on the label.", {B}),
    ("their_details", "en", "Unfortunately the booking site entered the wrong dates.", {B}),
    ("their_details", "zh-Hans", "主要是因为发件人写错了门牌号。", {B}),
    ("their_details", "zh-Hans", "是因为供应商报错了型号。", {B}),
    ("their_details", "zh-Hant", "今次係賣家填錯咗地址。", {B}),
    ("near", "zh-Hans", "是我们填错了地址，非常抱歉，今天重新寄出。", {"liability_admission"}),
    ("near", "en", "I've corrected the postcode on the label and the parcel goes out again today.", set()),
    # The weather named, then the claim refused (blame).
    ("weather_refused", "en", "The flooding was an act of God, so we cannot accept the claim.", {B}),
    ("weather_refused", "en", "This was caused by the storm, therefore we are unable to refund the tickets.", {B}),
    ("weather_refused", "zh-Hans", "这次是暴雨造成的，属于天灾，所以不能受理退款。", {B}),
    ("weather_refused", "zh-Hant", "颱風造成停電，所以無法受理您的賠償申請。", {B}),
    ("weather_refused", "zh-Hant", "今次係打風，屬於天災，我哋唔會賠償。", {B}),
    ("near", "zh-Hans", "台风导致航班取消，我们已为您改签明天上午的航班。", set()),
    ("near", "en", "The storm held up the van; your new delivery slot is tomorrow 8-10am.", set()),
    # Our records declared beyond error (blame).
    ("records_right", "en", "Our meters don't make mistakes.", {B, F}),
    ("records_right", "en", "The booking system doesn't get it wrong.", {B}),
    ("records_right", "zh-Hans", "我们的系统是自动计费的，不会出错。", {B, F}),
    ("records_right", "zh-Hant", "電錶讀數係機器記錄嘅，唔會錯。", {B}),
    ("near", "zh-Hans", "系统这次出错了，我们已经为您更正账单。", set()),
    # The customer's own act told as the reason (blame).
    ("own_act", "en", "The manual does state the battery must be charged first, so that would explain the fault.", {B}),
    ("own_act", "en", "The scratch was already there when you brought the car in.", {B}),
    ("own_act", "en", "The claim was declined because you reported it more than 30 days after the incident.", {B}),
    ("own_act", "en", "Your son probably pressed the purchase button by accident.", {B}),
    ("own_act", "zh-Hans", "说明书上写明要冷水洗，您用热水洗自然会缩水。", {B}),
    ("own_act", "zh-Hans", "拒赔的原因是您超过期限才报案。", {B}),
    ("own_act", "zh-Hans", "您送来的时候就已经有这道划痕了。", {B}),
    ("own_act", "zh-Hans", "您的孩子应该是没有认真听讲。", {B}),
    ("own_act", "zh-Hant", "拒賠的原因是您超過三十日先報失。", {B}),
    ("own_act", "zh-Hant", "你送嚟嘅時候已經有呢個污漬。", {B}),
    ("own_act", "zh-Hant", "這是您自己延誤了。", {B}),
    ("near", "zh-Hans", "您送来的时候我们已经拍照登记，今天下午会修好。", set()),
    ("near", "en", "The label says cold wash only, and I've sent a replacement shirt today.", set()),
    # "Did you really", asked in Chinese (forbidden doubt).
    ("really_did", "en", "Did you really follow the setup guide?", {B}),
    ("really_did", "zh-Hans", "您真的有按时服药吗？", {B}),
    ("really_did", "zh-Hant", "你真係有睇過說明書？", {B}),
    ("near", "zh-Hans", "您真的有需要的话，可以随时联系我们。", set()),
    # An order to take it up with the other party themselves.
    ("go_yourself", "en", "You'll have to take that up with the airline directly.", {F}),
    ("go_yourself", "zh-Hans", "这个您得自己去找保险公司。", {F}),
    ("go_yourself", "zh-Hant", "呢啲你要自己同銀行講。", {F}),
    ("near", "zh-Hans", "您也可以自己在App里查看进度，我们今天下午也会短信通知您。", set()),
    # The contract quoted as the whole answer.
    ("contract_answer", "en", "Those are the terms you agreed to, I'm afraid.", {F}),
    ("contract_answer", "zh-Hans", "合同上就是这么写的。", {F}),
    ("contract_answer", "zh-Hant", "條款就係咁寫嘅。", {F}),
    ("near", "zh-Hans", "合同上就是这么写的，不过我已为您申请例外，明天中午前答复您。", set()),
    # A warning, then police, security or lawyers.
    ("warning", "en", "Any more of this and we'll be passing your details to the police.", {F}),
    ("warning", "zh-Hans", "再有下次，我们就直接报警。", {F}),
    ("warning", "zh-Hant", "再有下次我哋就叫保安。", {F}),
    ("near", "en", "If you'd like, we can pass the details to the police for you today.", set()),
    # More wordings of the same shapes.
    ("more", "en", "This is something you'll need to resolve with your insurer.", {F}),
    ("more", "en", "Complaining again won't change the decision.", {F}),
    ("more", "en", "A five-year-old could assemble this desk.", {F}),
    (
        "more",
        "en",
        "The instructions clearly say not to microwave the tub, so that would account for the melting.",
        {B},
    ),
    ("more", "zh-Hans", "您提交的时候已经超过了期限，所以才被拒。", {B}),
    ("more", "zh-Hant", "呢個花痕喺你交車嘅時候已經有。", {B}),
    (
        "near",
        "en",
        "A child could choke on the small parts, so we've recalled the set and your refund is on its way.",
        set(),
    ),
    ("near", "en", "We can do the repair on Tuesday morning at no charge.", set()),
    # "for you" in a brush-off is no exemption (it once exempted any sentence holding the words);
    # "for you" after our own action still is.
    ("for_you", "en", "That's a conversation for you to have with the installer.", {F}),
    ("for_you", "en", "There's nothing I can do for you, that's not my department.", {F}),
    ("for_you", "zh-Hans", "这是您和卖家之间的事，您自己去跟他沟通吧，我们帮不了您。", {F}),
    ("for_you", "zh-Hant", "這是你同業主之間嘅事，你哋自己傾啦。", {F}),
    ("near", "en", "I've asked the warehouse team to check it for you and will reply by 4pm today.", set()),
    ("near", "zh-Hans", "我已经帮您联系了仓库，今天下午4点前给您回复。", set()),
    ("near", "zh-Hant", "我已經幫您聯絡倉庫，今天下午4點前回覆您。", set()),
    # Whether it was ours left open: no denial.
    ("open", "zh-Hans", "没有小票的话，我们这边不好说是不是我们的问题，我先帮您登记。", set()),
]


@pytest.mark.parametrize(("cls", "language", "text", "expected"), ROWS)
def test_round_9w(cls: str, language: str, text: str, expected: set[str]) -> None:
    report = check(text, language=language)
    found = {f.category for f in report.findings} & CORE
    assert found == expected, [(f.rule, f.excerpt) for f in report.findings]


def test_every_class_in_three_languages() -> None:
    assert not languages_missing(ROWS, skip=frozenset({"near", "refused", "open"}))
