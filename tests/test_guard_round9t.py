"""Issue 9t: blame and forbidden phrases in wordings the packs did not know, by class, and the
near-misses that must stay clean. Blame: what the customer should have done ("you should have
cancelled before the 1st", 您当时就应该提前取消的), one of our teams set against another with the
writer's side cleared ("we in customer service didn't cause it", 是工程部门…，我们客服也很无奈), the
weather named and our hands declared tied, the matter handed off ("once it leaves our warehouse it's
in the courier's hands", 出库以后就归快递公司管了), another customer as the doer, the customer's own
failure to read and the blame turned back ("now you're blaming us", 现在才来怪我们). Forbidden: "go
to whoever you like" with the verb doubled (爱找谁找谁), the customer's urgency called useless (您急也
没用), the system or rule as the whole answer (系统就是这么设定的, 照规定等就对了), no way to answer
for it (我们只是代售，没有办法负责), a threat after a comma (如果你再…，我会即刻报警), told to go
themselves after blaming someone (请自己去找商店). Near-misses: a cause named with what we do about
it, the process described (发货后由快递公司负责配送), the brush-off ruled out (不会让您自己去跟他们
扯皮), who does the work named and then owned (维修唔系我哋直接做，但我哋会负责跟进到底), our own
staff's words corrected ("our staff told you … — that's not true"), a document cited ("as stated in
your booking"). Sentences written for these tests, several businesses, en, zh-Hans and zh-Hant; every
row names the core categories the reply must raise exactly."""

from __future__ import annotations

import pytest
from table_coverage import languages_missing

from drafter.guard.engine import check
from drafter.guard.report import CORE_CATEGORIES

CORE = CORE_CATEGORIES - {"language_mismatch"}
B, F = "blame_discussion", "forbidden_phrase"

Row = tuple[str, str, str, set[str]]  # (class, language, text, core categories)

ROWS: list[Row] = [
    # What the customer should have done, as a reproach (blame); not what should have reached them.
    (
        "should_have",
        "en",
        "I'm sorry about the fee, but you should have cancelled the gym plan before the renewal date.",
        {B},
    ),
    ("should_have", "en", "Honestly, you ought to have declared the laptop at the counter before boarding.", {B}),
    ("should_have", "en", "You really should have packed the glasses in the padded box we supplied.", {B}),
    ("should_have", "zh-Hans", "这个费用我们理解，不过您当时就应该在到期前取消自动续费的。", {B}),
    ("should_have", "zh-Hans", "您之前就应该先核对清楚才对，现在订单已经发出了。", {B}),
    ("should_have", "zh-Hant", "你一早就應該喺入住前確認好先啱，而家房已經滿晒。", {B}),
    ("should_have", "zh-Hant", "您當時就應該事先申報的，海關才會放行。", {B}),
    ("near", "en", "You should have received a confirmation email with your booking reference by now.", set()),
    ("near", "en", "You should have been told about the surcharge at the desk, and I'm sorry you weren't.", set()),
    ("near", "zh-Hans", "您应该已经收到了确认短信，如果没有请告诉我们。", set()),
    ("near", "zh-Hant", "您應該會在三個工作天內收到新卡，我們已經寄出。", set()),
    # One of our teams set against another, the writer's own side cleared (blame).
    (
        "own_side",
        "en",
        "The delay is with our billing team, they've been slow to approve it, and I've chased them today.",
        {B},
    ),
    ("own_side", "en", "This isn't something we in the call centre caused, but I'll keep pushing.", {B}),
    ("own_side", "en", "We at the front desk had nothing to do with the booking error.", {B}),
    ("own_side", "zh-Hans", "这次账单出错是财务部门那边系统升级造成的，我们客服这边也很无奈。", {B}),
    ("own_side", "zh-Hant", "這次斷線是技術團隊那邊更新沒做好，我們門市也很無奈。", {B}),
    ("own_side", "zh-Hant", "張單係後勤組嗰邊漏咗，我哋前台都冇辦法。", {B, F}),
    ("near", "en", "Your claim is with our assessment team now, and I'll update you by Friday.", set()),
    ("near", "zh-Hans", "您的申请已转交财务部门，我们客服会在明天下午前回复您。", set()),
    # The weather named and our hands declared tied (blame); named with what we do, it is not.
    ("weather", "en", "The delay was caused by the storm, so there's nothing we can do about it.", {B, F}),
    ("weather", "zh-Hans", "航班延误是因为暴雨，天气问题我们也没办法。", {B, F}),
    ("weather", "zh-Hant", "送遲咗係因為打風，天氣嘅事我哋都冇辦法。", {B, F}),
    ("near", "en", "The storm closed the bridge this morning, so your parcel will arrive tomorrow by noon.", set()),
    ("near", "zh-Hans", "因为今天下大雨，配送会晚一些，我们已为您安排优先派送。", set()),
    ("near", "zh-Hant", "由於颱風，航班今日取消，我們已為您改到明天早上的班次。", set()),
    # Handed off: once it has left us, theirs (blame); the process described is not.
    (
        "handoff",
        "en",
        "Once it's left our depot, it's in the courier's hands.",
        {B},
    ),
    ("handoff", "en", "After the sofa was dispatched it was the haulier's problem, I'm afraid.", {B}),
    ("handoff", "zh-Hans", "家具发货以后就归物流公司管了，路上的磕碰我们这边没法控制。", {B}),
    ("handoff", "zh-Hant", "份文件寄咗出去之後就係速遞公司嘅責任。", {B}),
    ("near", "zh-Hans", "商品发货后由快递公司负责配送，预计三天内送达。", set()),
    ("near", "en", "Once it has left our warehouse we'll send you the tracking link.", set()),
    ("near", "zh-Hant", "包裹出倉之後會由物流公司派送，我們會全程跟進。", set()),
    # Another customer or road user as the doer (blame).
    ("other_person", "zh-Hans", "您的电动车被刮花，是其他车主倒车时造成的。", {B}),
    ("other_person", "zh-Hant", "房間嘅煙味係隔壁住客搞出嚟嘅。", {B}),
    ("other_person", "en", "Another driver must have scratched your car in the car park overnight.", {B}),
    ("near", "zh-Hans", "其他车主也反映过同样的情况，我们已安排保安加强巡查。", set()),
    # The customer's own failure to read, and the blame turned back on them (blame).
    ("turned_back", "zh-Hans", "您签合同前自己没看清楚条款，现在才来赖我们？", {B}),
    ("turned_back", "zh-Hant", "你自己冇睇清楚說明，而家先嚟怪我哋？", {B}),
    ("turned_back", "en", "You agreed to the terms, and now you're blaming us for the fee.", {B}),
    # "Go to whoever you like", the verb doubled (forbidden).
    ("whoever", "zh-Hans", "退款就是这样处理的，您爱找谁找谁吧。", {F}),
    ("whoever", "zh-Hant", "你鍾意搵邊個就搵邊個，我哋都係咁處理。", {F}),
    ("whoever", "en", "Complain all you like, the charge is correct.", {F}),
    ("near", "zh-Hans", "您想找哪位顾问都可以，我把三位的联系方式发给您。", set()),
    # The customer's urgency or chasing called useless (forbidden).
    ("useless", "zh-Hans", "审核有固定时间，您急也没用。", {F}),
    ("useless", "zh-Hant", "你催幾多次都冇用，要等上面批。", {F}),
    ("useless", "en", "Chasing us every day won't make it any faster.", {F}),
    ("near", "zh-Hans", "您着急我们非常理解，我已经加急处理，今天下午5点前给您答复。", set()),
    ("near", "en", "Calling again won't be necessary; I'll ring you by 3pm with the result.", set()),
    # The system or the rule as the whole answer (forbidden).
    ("system", "zh-Hans", "积分过期是系统就是这么设定的，请您理解。", {F}),
    ("system", "zh-Hant", "審批系統本身就是這樣設計的，您照流程等就對了。", {F}),
    ("system", "en", "The booking system is just set up that way, sorry.", {F}),
    ("near", "zh-Hans", "系统默认七天自动确认收货，我可以帮您手动延长到十五天。", set()),
    # No way to answer for it, the middleman (forbidden).
    ("middleman", "zh-Hans", "我们只是平台方，没有办法负责商品质量。", {F}),
    ("middleman", "zh-Hant", "我哋只係代理，冇辦法負責。", {F}),
    ("middleman", "en", "We're only the booking platform, so we can't be responsible for the hotel's service.", {B, F}),
    ("near", "zh-Hans", "这笔订单由我们负责处理，今天会给您结果。", set()),
    # A threat after a comma (forbidden); help offered to report is not.
    ("threat", "zh-Hans", "如果您再在店里吵闹，我们就立即报警。", {F}),
    ("threat", "zh-Hant", "如果你仍然咁樣講嘢，我會即刻叫保安。", {F}),
    ("threat", "en", "If you keep shouting at our staff, I'll have to call security.", {F}),
    ("near", "zh-Hans", "如果您再遇到有人骚扰，我们会协助您报警。", set()),
    ("near", "en", "If you keep getting these scam calls, we can help you report them to the police.", set()),
    # Told to go themselves after blaming someone (forbidden on top of the blame).
    ("go_yourself", "zh-Hans", "这几笔扣款是商户那边出的问题，您要追究的话请自己去找商户。", {B, F}),
    ("go_yourself", "zh-Hant", "這筆扣款是銀行的問題，請自行聯絡銀行。", {B, F}),
    ("go_yourself", "en", "That's the courier's fault, so you'll have to contact them yourself.", {B, F}),
    ("near", "zh-Hans", "这是快递公司的问题，您也可以自己联系快递公司查询。", {B}),
    # The brush-off ruled out: clean.
    ("ruled_out", "zh-Hans", "师傅是合作公司派来的，但我们会负责到底，不会让您自己去跟他们交涉。", set()),
    ("ruled_out", "zh-Hant", "呢單嘢我哋跟到底，唔使你自己搵速遞公司。", set()),
    ("ruled_out", "en", "You won't have to take it up with the courier yourself; I'm handling it.", set()),
    # Who does the work named, then owned: clean.
    ("owned", "zh-Hant", "維修唔係我哋物業處直接做，但我哋會負責跟進到底，今日已經叫承辦商派人。", set()),
    ("owned", "zh-Hans", "清洁不是我们酒店员工直接做的，但我们会负责跟进到底，今晚就安排重新打扫。", set()),
    (
        "owned",
        "en",
        "The lifts aren't serviced by our office directly, but we'll take responsibility for seeing it fixed.",
        set(),
    ),
    # Our own staff's words corrected, not the customer's: clean.
    (
        "staff_words",
        "en",
        "I'm sorry our colleague told you \"there's nothing we can do\" about the cracked screen - "
        "that's not true, and we'll repair it.",
        set(),
    ),
    ("staff_words", "zh-Hans", "店员跟您说“这不归我们管”，这样的回答确实不应该，我来帮您处理。", set()),
    ("staff_words", "zh-Hant", "同事同你講「冇辦法」，呢個講法唔啱，我哋會幫你換。", set()),
    # The fault placed with someone else in a passive or causal shape (blame).
    ("passive", "en", "The double charge came from an error on the part of the payment processor.", {B}),
    ("passive", "en", "Your card issuer is the one who declined the payment, I'm afraid.", {B}),
    ("passive", "en", "Breakages after collection are the responsibility of the removal company.", {B}),
    ("passive", "en", "The fee was added by your bank, not by us.", {B}),
    ("passive", "en", "The rider went to the wrong block, which is why your food was cold.", {B}),
    ("passive", "zh-Hans", "这笔交易，拒付的是您的发卡银行。", {B}),
    ("passive", "zh-Hans", "航班取消的是航空公司，不是我们。", {B}),
    ("passive", "zh-Hant", "呢次搞錯嘅係速遞公司。", {B}),
    ("passive", "zh-Hant", "這筆損失要算在裝修公司頭上。", {B}),
    (
        "near",
        "en",
        "Keeping your PIN private is the responsibility of the account holder, and we'll never ask for it.",
        set(),
    ),
    (
        "near",
        "en",
        "They're the ones who can rebook you fastest, so I've passed your details to them and will call you at 4pm.",
        set(),
    ),
    ("near", "zh-Hans", "负责您这单的是我，我会在今天下午5点前给您回复。", set()),
    # The rule as the whole answer, the same for everyone (forbidden); a rule explained with help is not.
    ("same_for_all", "zh-Hans", "很遗憾，这是总部统一的规定，谁来都一样。", {F}),
    ("same_for_all", "zh-Hant", "呢個係公司嘅硬性規定，公司有公司嘅規矩。", {F}),
    ("same_for_all", "en", "I'm afraid our hands are rather tied, and the decision stands.", {F}),
    ("near", "zh-Hans", "这是新规定，从下个月起执行，我把具体内容发给您。", set()),
    ("near", "en", "The decision on your appeal will be made by Friday, and I'll call you with it.", set()),
    # A challenge, a dismissive close, take it or leave it (forbidden).
    ("challenge", "zh-Hans", "我们已经仁至义尽了，那您想怎么样？", {F}),
    ("challenge", "zh-Hant", "嫌貴你可以唔買㗎，你究竟想點？", {F}),
    ("challenge", "en", "We've already bent over backwards for you. What exactly do you want us to do?", {F}),
    ("near", "zh-Hans", "您想怎样处理都可以告诉我，我们可以换新，也可以维修。", set()),
    ("near", "en", "What would you like us to do next: a repair or a replacement?", set()),
    # Never happened before, the thing named first (forbidden); said of our own check it still is.
    ("never_before", "zh-Hans", "这类投诉我们以前从未收到过。", {F}),
    ("never_before", "zh-Hant", "呢種問題我哋從來冇試過。", {F}),
    ("never_before", "en", "We've honestly never had a single complaint like this.", {F}),
    # Sent away however it is put (forbidden).
    ("sent_away", "zh-Hans", "这种情况我们处理不了，您另请高明吧。", {F}),
    ("sent_away", "zh-Hant", "你去消委會投訴都冇用。", {F}),
    ("sent_away", "en", "I'm not the right person for this, try someone else, and please don't call us again.", {F}),
    ("near", "en", "Please don't hesitate to call us again if the noise comes back.", set()),
    ("near", "zh-Hans", "您也可以向消费者协会反映，我们会全力配合。", set()),
    # A document cited is not condescension; said again as a reproach it is.
    ("cited", "en", "As stated in your booking, breakfast is served from 7am in the lobby restaurant.", set()),
    ("cited", "en", "As previously stated, the deposit is non-refundable.", {F}),
]


@pytest.mark.parametrize(("cls", "language", "text", "expected"), ROWS)
def test_round_9t(cls: str, language: str, text: str, expected: set[str]) -> None:
    report = check(text, language=language)
    found = {f.category for f in report.findings} & CORE
    assert found == expected, [(f.rule, f.excerpt) for f in report.findings]


def test_every_class_in_three_languages() -> None:
    assert not languages_missing(ROWS, skip=frozenset({"near", "cited"}))
