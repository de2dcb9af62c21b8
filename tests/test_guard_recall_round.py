"""Issue 9, recall round: classes of wording the rules missed on sets written by authors who never
saw them (doubt put as a question, impossibility claimed for our side, threats of solicitors, a
warning on a staff member's record, the problem called small, "studied internally" with no date,
the customer's handling inferred, someone else's failure named, liability in the passive or
through a wrong dose, written explanations in other shapes, quoted words spanning a regex hit).
Table-driven in en, zh-Hans and zh-Hant on sentences written for these tests; every row names
the core categories the reply must raise exactly, and a near miss expects none."""

from __future__ import annotations

import pytest

from drafter.guard.engine import check
from drafter.guard.report import CORE_CATEGORIES

CORE = CORE_CATEGORIES - {"language_mismatch"}  # every row is in its own language
F, L, B, W = "forbidden_phrase", "liability_admission", "blame_discussion", "written_statement"

Row = tuple[str, str, str, set[str]]  # (class, language, text, core categories)

ROWS: list[Row] = [
    # Doubting the customer's own account, put as a question (seeds: 您确定……吗).
    ("doubt", "zh-Hans", "抱歉让您久等了。您确定当时点的是提交按钮吗？我这边再帮您看一下。", {"blame_discussion"}),
    ("doubt", "zh-Hant", "很抱歉造成困擾。你確定收到的是我們寄出的那一箱嗎？", {"blame_discussion"}),
    ("doubt", "zh-Hant", "唔好意思。你肯唔肯定你真係插好咗電源呀？", {"blame_discussion"}),
    ("doubt", "en", "Sorry about that. Are you certain you entered the right PIN?", {"blame_discussion"}),
    ("near", "zh-Hans", "您确定要取消这张订单吗？确认后我们马上为您取消。", set()),
    ("near", "zh-Hant", "您確定要改到週六送貨嗎？我這邊可以直接幫您更改。", set()),
    ("near", "en", "Are you sure you'd like to cancel? I can also pause the plan for a month.", set()),
    # A duty stated, not a fault admitted ("your safety is our responsibility").
    ("duty", "zh-Hans", "您的安全是我们的责任，请先到安全的地方休息，我们的同事10分钟内联系您。", set()),
    ("duty", "zh-Hant", "你的安全是我們的責任，請先遠離那部機器，我們馬上派人過來。", set()),
    ("duty", "en", "Your safety is our responsibility, so please keep away from the heater until we call you.", set()),
    # Our side declared incapable of the fault.
    ("impossible", "zh-Hans", "您好，我们的计价器是绝对不会多算里程的，您看到的是夜间附加费。", {F}),
    ("impossible", "zh-Hant", "我們的秤是根本不可能少秤的，請您放心。", {F}),
    (
        "impossible",
        "en",
        "I'm sorry for the worry, but a booking simply can't disappear from our system on its own.",
        {F},
    ),
    ("impossible", "en", "The meter couldn't possibly have gone wrong twice in one month.", {F}),
    ("near", "zh-Hans", "我们绝对不会再让这种情况发生，今天下午5点前给您回电。", set()),
    ("near", "zh-Hant", "我們絕對不會收取額外費用，請您放心。", set()),
    ("near", "en", "I just can't apologise enough, and I've rebooked you for Friday at 10am.", set()),
    # Threats of solicitors or collectors over money owed.
    (
        "threat",
        "en",
        "If the invoice is still unpaid next week, the matter will be passed to our debt collectors.",
        {F},
    ),
    ("threat", "en", "Settle the fee by Monday or you'll be hearing from our solicitors.", {F}),
    ("threat", "zh-Hans", "如果月底前还不缴清欠费，我们将移交法务部门处理。", {F}),
    ("threat", "zh-Hant", "若逾期仍未繳費，本公司會將個案交由律師處理。", {F}),
    (
        "near",
        "en",
        "Your claim has been passed to our legal team for review, and they will call you by 3pm Friday.",
        set(),
    ),
    ("near", "zh-Hans", "如需法律援助，我们可以协助您联系律师。", set()),
    # A staff member's punishment told to the customer.
    ("warning", "en", "I've made sure the cashier has been given a formal warning.", {F}),
    ("warning", "zh-Hans", "那位店员我们已经给他记过处理了，请您消消气。", {F}),
    ("warning", "zh-Hant", "那位司機已經被記大過，請您放心。", {F}),
    ("near", "en", "Please heed the warning lights on the dashboard and stop the car safely.", set()),
    # The problem called small.
    ("small", "zh-Hans", "只是几根线头而已，剪掉就好了。", {F}),
    ("small", "zh-Hant", "這種小問題用手機重開就好，不用擔心。", {F}),
    ("small", "zh-Hans", "这样的小瑕疵不影响使用。", {F}),
    ("near", "zh-Hans", "只是一点心意而已，希望您下次用餐愉快。", set()),
    ("near", "zh-Hant", "再小的問題我們都會認真處理，今天下午3點前回覆您。", set()),
    # Studied internally with no date.
    ("deferral", "zh-Hans", "这个情况我们内部讨论一下，再通知您。", {F}),
    ("deferral", "zh-Hant", "我們再商量看看，有消息再告訴您。", {F}),
    ("near", "zh-Hans", "我们内部讨论一下，今天下午5点前给您答复。", set()),
    ("near", "zh-Hant", "我們先研究一下方案，明天中午12點前回覆您。", set()),
    # The customer's handling inferred as the cause.
    ("handling", "en", "The casing is cracked, so it must have been dropped at some point.", {F, B}),
    ("handling", "zh-Hans", "从照片看，外壳一看就是摔过的，所以不在保修范围。", {B}),
    ("handling", "zh-Hant", "這個螢幕明顯是壓壞的，所以沒辦法保固。", {B}),
    ("courier", "en", "The box must have been dropped by the courier in transit; a replacement ships today.", {B}),
    # Someone else's failure named.
    ("other failed", "zh-Hans", "是配送员放的时候没摆正，汤才洒出来的。", {B}),
    ("other failed", "zh-Hant", "是司機到的時候沒打電話，所以包裹放在大門口。", {B}),
    ("other failed", "en", "That was the temp on the night shift, he didn't log your call.", {B}),
    ("other failed", "en", "The call was late because our outsourced booking agent didn't forward it.", {B}),
    ("near", "zh-Hans", "配送员没有按门铃是我们需要改进的地方，已为您重新安排明早9点前送达。", set()),
    # Our part denied in a phrase of cause.
    ("not down to us", "en", "The outage started at the substation, so it isn't down to our engineers.", {B}),
    ("not down to us", "en", "That delay was not caused by our staff.", {B}),
    # Liability through "our responsibility", "liable for it", a wrong dose, damage while we worked.
    ("liability", "en", "The burn on your arm is our responsibility.", {L}),
    ("liability", "en", "The vase broke while our movers were carrying it, so we're liable for it.", {L}),
    ("liability", "en", "Our pharmacist gave you the wrong dosage, and I'm very sorry.", {L}),
    ("liability", "en", "The scratch happened while our technician was fitting the shelf.", {L}),
    ("liability", "zh-Hans", "很抱歉，是我们的护士给您打错了针。", {L}),
    ("liability", "zh-Hant", "我們的藥師給您配錯了藥，真的很抱歉。", {L}),
    (
        "near",
        "en",
        "Your safety is our responsibility, so the lift is closed until an engineer checks it at 9am.",
        set(),
    ),
    ("near", "en", "If our technician caused the scratch, we will repair it free of charge.", set()),
    # Written explanations in other shapes, in the institution's own voice.
    ("written", "zh-Hans", "本中心会发出一份书面解释信，说明这次延误的经过。", {W}),
    ("written", "zh-Hant", "校方會出具一份蓋章的書面說明，交代當天的經過。", {W}),
    ("written", "zh-Hans", "物业会给您一份盖章确认，写明漏水的原因。", {W}),
    ("near", "zh-Hans", "居委会可以出具证明，您可以直接去办理。", set()),
    # Quoted words are not the reply's own, even when a regex hit spans the quotation.
    (
        "quoted",
        "en",
        'I\'m sorry the porter told you it was "not our problem" - that is not how we treat guests.',
        set(),
    ),
    ("quoted", "zh-Hant", "很抱歉，值班同仁回覆「這不是我們的問題」，這樣的說法並不恰當。", set()),
    ("quoted", "zh-Hans", "非常抱歉，客服答覆“这不关我们的事”，这样回答确实不对。", set()),
    # Not ours to handle, said bare.
    ("not ours", "zh-Hans", "这不是我们物业的事情，不好意思。", {F}),
    ("not ours", "zh-Hant", "這不是我們門市的事，抱歉。", {F}),
    ("not ours", "en", "Sorry, parking permits aren't my department.", {F}),
    ("near", "en", "The delay wasn't our department's error; I've chased it and you'll have it by Friday.", {B}),
    # Helpless in other words.
    ("helpless", "en", "It's not really something the reception team can fix, I'm afraid.", {F}),
    ("helpless", "zh-Hans", "这个我们也没有办法，您多包涵。", {F}),
    ("helpless", "zh-Hant", "這個我們也沒辦法，請您見諒。", {F}),
    # The rule named as the whole answer.
    ("rule", "zh-Hans", "证件过期就是不能办，这是规定。", {F}),
    ("rule", "zh-Hant", "過了時間就不能退，這是公司規定。", {F}),
    ("rule", "en", "Rules are rules, I'm afraid.", {F}),
    ("near", "zh-Hans", "这是规定的流程，我已经帮您加急，明天上午10点前办好。", set()),
    # A debt-style threat phrased as having no choice.
    ("no choice", "en", "If the shouting continues we'll have no choice but to involve the police.", {F}),
    # Someone else's problem, in so many words.
    ("their problem", "en", "The seller packs these, so that's really their problem.", {B}),
    ("their problem", "en", "The removals firm mishandled it, so they are the ones responsible.", {B}),
    ("their problem", "zh-Hans", "是他的疏忽，不是公司的问题。", {B}),
    ("their problem", "zh-Hant", "係佢個人問題，同公司冇關係。", {B}),
    ("not ours", "zh-Hans", "迟到是因为餐厅出餐慢，不关我们配送平台的事。", {F, B}),
    ("not ours", "zh-Hant", "這個部分與平台無關，我們已經通知賣家。", {B}),
    # The customer's setup blamed; price as the answer.
    ("your setup", "en", "The dropouts are down to your own wiring, not our network.", {B}),
    ("your setup", "zh-Hant", "一定是您家的插座太舊了，我們的機器沒問題。", {B}),
    ("price", "zh-Hans", "这个价钱的鞋子本来就只能这样。", {F}),
    # Liability: "that mistake is what caused", "that part is on us", 锅/责无旁贷, wrong details.
    ("liability", "en", "The clerk typed the wrong address, and that error is what caused the missed delivery.", {L}),
    ("liability", "en", "The login outage was ours, so that part is squarely on us.", {L}),
    ("liability", "en", "Our agent booked the wrong dates for your trip.", {L}),
    ("liability", "zh-Hans", "这锅我们得背，是我们没有检查清楚。", {L}),
    ("liability", "zh-Hant", "這件事我們責無旁貸。", {L}),
    ("near", "en", "We're investigating what caused the outage and will update you by 6pm.", set()),
    # Written statements in other shapes.
    ("written", "zh-Hant", "我們可以出一封蓋咗公司印嘅信俾你。", {W}),
    ("written", "zh-Hans", "本行可以为您开立一份书面说明函。", {W}),
    ("near", "zh-Hant", "明白你想我哋出一份書面證明，不過呢類證明要經理批准先可以提供。", set()),
    (
        "near",
        "en",
        "I understand you'd like a signed letter; I'm not able to issue one, but the charge is on hold.",
        set(),
    ),
    # Quoted after 一句.
    ("quoted", "zh-Hans", "您说师傅回了一句“不归我管”，非常抱歉让您听到这样的话。", set()),
    # Batch 4 (probes written for these tests): condescension as a rhetorical question, Cantonese
    # doubt with 系, settle-it-yourself, a document confirming fault, a letter retelling events.
    ("condescension", "zh-Hans", "你自己看一下说明书不就知道了。", {F}),
    # Round 9ah: a slip of the customer's guessed as the cause, asked back, is also blame (forbidden.doubt note).
    ("condescension", "zh-Hans", "你是不是没按说明书上的步骤操作？", {F, B}),
    ("condescension", "zh-Hant", "你有冇睇清楚說明書先？", {F}),
    ("doubt", "zh-Hant", "你肯定係自己撳錯咗掣。", {"blame_discussion"}),
    ("yourself", "en", "You'll need to sort that out with the airline yourself.", {F}),
    ("written", "en", "I'll send you an email confirming that our driver caused the dent.", {W, L}),
    ("written", "zh-Hant", "我哋可以寫封信俾你，講清楚成件事嘅經過。", {W}),
    ("near", "en", "I'll send you an email confirming your new delivery slot on Friday at 9am.", set()),
    ("near", "zh-Hant", "如果係我哋出錯，我哋一定負責到底。", set()),
    ("near", "zh-Hans", "您确定后我们马上为您下单。", set()),
    # Batch 5 (own probes): pointlessness, rhetorical 关我咩事, "complain if you like", only-you
    # denial, Cantonese 冇计, the customer's carelessness, "the delay is theirs".
    ("pointless", "en", "There's really not much point complaining about it now.", {F}),
    ("pointless", "en", "I'm sure you can understand we can't please everyone.", {F}),
    ("pointless", "zh-Hans", "你爱投诉就去投诉吧。", {F}),
    ("pointless", "zh-Hant", "你要投訴就去投訴啦。", {F}),
    ("condescension", "en", "Frankly, if you'd read the terms you'd know refunds take 30 days.", {F}),
    ("condescension", "zh-Hans", "你这要求也太过分了吧。", {F}),
    ("only you", "zh-Hans", "这个问题别人都没遇到过，就你有。", {F}),
    ("helpless", "zh-Hant", "你咁樣講我哋都冇計。", {F}),
    ("careless", "zh-Hant", "你自己唔小心整爛嘅，關我哋咩事。", {F, B}),
    ("theirs", "en", "Your bank is holding the money, so the delay is theirs.", {B}),
    (
        "near",
        "en",
        "There's no point in you waiting in; the engineer will call 30 minutes before arriving at 2pm.",
        set(),
    ),
    ("near", "zh-Hans", "如果您要投诉，我可以帮您转给主管，今天下午5点前回复您。", set()),
]


@pytest.mark.parametrize(("cls", "language", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[2][:20]}" for r in ROWS])
def test_recall_round(cls: str, language: str, text: str, expected: set[str]) -> None:
    report = check(text, language=language)
    found = {f.category for f in report.findings} & CORE
    assert found == expected, [(f.rule, f.excerpt) for f in report.findings]


def test_every_language_has_hits_and_near_misses() -> None:
    for language in ("en", "zh-Hans", "zh-Hant"):
        rows = [r for r in ROWS if r[1] == language]
        assert any(r[3] for r in rows) and any(not r[3] for r in rows), language
