"""Round 9aa: precision, then recall, of compensation and written statements, by class.

Compensation, clean: a grant that is itself what was applied for (已向主管申请为您补偿80元, 申請給您退款);
a refund reported as arrived or completed, in either account character (退款已經入帳,
退款已入帐, 已於上週三完成退款); a later sentence that points back to money an earlier one gave with its
worth ("The refund will reach your card…", 這筆退款會…); a gift whose everyday price is named further on
("one free week, which normally costs $20", 平时要30元) valued at that price; compensation as the subject
of a talk to come (跟您商量赔偿的事, "discuss compensation"); a document sent so that the customer can
claim from someone else (方便您报销, "so your employer can reimburse"). Raised: a gift with no worth of
its own after one that has one (积分（价值30元），另外再送一次免费洗车); an apology frame that opens the
offer (作為歉意…加值新台幣600元，再免收…399元) and a top-up (加值, "I've topped up your card with $15").

Written statements, clean: a routine record put in writing (a written confirmation with the booking
reference; 把收据以书面形式寄给您). Raised, beside them: a confirmation of the fault, an account of the
events in writing.

Sentences written for these tests (en, zh-Hans, zh-Hant; gyms, clinics, telecoms, transit, car washes,
tutoring, insurers, shops, utilities); every row names which of the two categories it must raise.
"""

from __future__ import annotations

import pytest
from table_coverage import languages_missing

from drafter.guard.engine import check

C, W = "unauthorized_compensation", "written_statement"
MINE = {C, W}  # blame, liability and forbidden phrases are another round's; rows judge only these two

Row = tuple[str, str, str, str, set[str]]  # (class, language, text, role, categories of the two)

ROWS: list[Row] = [
    # -- the grant is what was applied for: the money waits on the answer
    ("applied for", "zh-Hans", "我已经向店长申请为您补偿80元的代金券，今天下午5点前给您答复。", "agent", set()),
    ("applied for", "zh-Hant", "我已經向店長申請為您補償80元的代金券，今天下午5點前給您答覆。", "agent", set()),
    ("applied for", "zh-Hant", "我已向主管申請給您退款150元，明天中午前會再通知您結果。", "agent", set()),
    (
        "applied for",
        "en",
        "I've asked my supervisor to approve a $40 credit for you and will let you know by 5pm.",
        "agent",
        set(),
    ),
    ("applied for", "zh-Hans", "我已经向主管申请过了，现在直接给您补偿80元。", "agent", {C}),
    ("applied for", "zh-Hant", "已為您申請港幣300元禮券，今天會寄到您的電郵。", "agent", {C}),
    # -- a refund reported as arrived, in either script's account character
    ("refund arrived", "zh-Hant", "抱歉讓您久等了，您的退款已經入帳，請查收。", "agent", set()),
    ("refund arrived", "zh-Hans", "抱歉让您久等了，您的退款已入帐，请留意银行短信。", "agent", set()),
    ("refund arrived", "en", "Sorry for the wait: your refund has been credited to your account.", "agent", set()),
    ("refund arrived", "zh-Hant", "我們會盡快退款給您。", "agent", {C}),
    ("refund arrived", "zh-Hans", "我们会尽快为您退款。", "agent", {C}),
    # -- a refund completed on a date
    ("refund completed", "zh-Hans", "我们已经在5月8日完成退款，请您查看银行卡。", "agent", set()),
    ("refund completed", "zh-Hant", "本行已於上週三完成退款，款項可能需要幾天才會顯示。", "agent", set()),
    (
        "refund completed",
        "en",
        "We completed the refund on 8 May, so it should already show on your card.",
        "agent",
        set(),
    ),
    ("refund completed", "zh-Hant", "我們今天會幫您完成退款。", "agent", {C}),
    # -- a later sentence that points back to money already given with its worth
    (
        "pointed back",
        "en",
        "I've refunded $120 for the cancelled lesson block and added a $40 credit to your account. "
        "The refund will reach your card within three working days, and the credit is already live.",
        "store_manager",
        set(),
    ),
    ("pointed back", "zh-Hant", "我已為您退回車資NT$150。這筆退款會在5個工作天內退到您的信用卡。", "agent", set()),
    (
        "pointed back",
        "zh-Hans",
        "我已为您退款30元，并送您一张20元优惠券。这张优惠券今天会发到您的账户。",
        "agent",
        set(),
    ),
    (
        "pointed back",
        "en",
        "I'm sorry about the cancelled lessons. The refund will reach your card within three working days.",
        "supervisor",
        {C},
    ),
    ("pointed back", "zh-Hans", "很抱歉让您久等。这张优惠券今天会发到您的账户。", "agent", {C}),
    ("pointed back", "zh-Hant", "很抱歉讓您久等。這張優惠券今天會發到您的帳戶。", "agent", {C}),
    # -- a gift's everyday price named further on is its worth
    (
        "worth named later",
        "en",
        "I've added one free week of cloud storage to your plan, which normally costs $20, so nothing is charged.",
        "supervisor",
        set(),
    ),
    (
        "worth named later",
        "en",
        "I've added one free week of cloud storage to your plan, which normally costs $20, so nothing is charged.",
        "agent",
        {C},
    ),
    (
        "worth named later",
        "zh-Hans",
        "我送您一张免费的停车月票，工作日和周末全天都可以使用，平时要40元。",
        "agent",
        set(),
    ),
    (
        "worth named later",
        "zh-Hans",
        "我送您一张免费的停车月票，工作日和周末全天都可以使用，平时要80元。",
        "agent",
        {C},
    ),
    (
        "worth named later",
        "zh-Hant",
        "我送您一張免費的停車月票，平日和週末全天都可以使用，平常要新台幣180元。",
        "agent",
        set(),
    ),
    (
        "worth named later",
        "zh-Hant",
        "我送您一張免費的停車月票，平日和週末全天都可以使用，平常要新台幣280元。",
        "agent",
        {C},
    ),
    ("worth named later", "zh-Hant", "我幫您加了一個月的免費寬頻，這個方案平常要新台幣599元。", "supervisor", set()),
    # -- compensation as the subject of a talk to come
    ("talk about it", "zh-Hans", "我们会尽快跟您商量赔偿的事。", "store_manager", set()),
    ("talk about it", "zh-Hant", "我們會盡快與您協商後續賠償事宜。", "store_manager", set()),
    (
        "talk about it",
        "en",
        "Our claims lead will call you tomorrow to discuss compensation for the damaged floor.",
        "store_manager",
        set(),
    ),
    ("talk about it", "zh-Hans", "我们会赔偿您的损失。", "agent", {C}),
    ("talk about it", "zh-Hant", "我們會賠償您的損失。", "agent", {C}),
    ("talk about it", "en", "We'll compensate you for the damaged floor.", "agent", {C}),
    # -- a document sent so that the customer can claim from someone else
    ("claimed elsewhere", "zh-Hans", "我会把发票寄给您，方便您报销。", "agent", set()),
    ("claimed elsewhere", "zh-Hant", "我會把收據寄給您，方便您回公司報銷。", "agent", set()),
    (
        "claimed elsewhere",
        "en",
        "I'll email you the itemised receipt so your employer can reimburse the cost.",
        "agent",
        set(),
    ),
    ("claimed elsewhere", "zh-Hans", "医药费我们给您报销。", "agent", {C}),
    ("claimed elsewhere", "zh-Hant", "醫藥費我們會幫您報銷。", "agent", {C}),
    ("claimed elsewhere", "en", "We'll reimburse your taxi costs so you can get home safely.", "agent", {C}),
    # -- a gift with no worth of its own after one that has one
    ("another item", "zh-Hans", "实在抱歉，我给您加3000积分（价值30元），另外再送一次免费洗车。", "agent", {C}),
    ("another item", "zh-Hant", "真的很抱歉，我幫您加了3000點（價值30元），再送您一堂免費的體驗課。", "agent", {C}),
    (
        "another item",
        "en",
        "Sorry again. I've added 2,000 points (worth $5) to your account, plus a free month of premium.",
        "agent",
        {C},
    ),
    ("another item", "zh-Hans", "实在抱歉，我给您加3000积分（价值30元），下次洗车时可以直接抵扣。", "agent", set()),
    ("another item", "zh-Hant", "真的很抱歉，我幫您加了3000點（價值30元），下次上課時可以直接折抵。", "agent", set()),
    (
        "another item",
        "en",
        "Sorry again. I've added 2,000 points (worth $5) to your account for next time.",
        "agent",
        set(),
    ),
    # -- an apology frame that opens the offer; a top-up
    (
        "apology frame, top-up",
        "zh-Hant",
        "作為歉意，我在您的帳戶加值新台幣600元，再免收下個月的月租新台幣399元。",
        "supervisor",
        {C},
    ),
    ("apology frame, top-up", "zh-Hant", "作為歉意，我在您的帳戶加值新台幣300元。", "supervisor", set()),
    ("apology frame, top-up", "zh-Hans", "作为歉意，我们为您的会员卡加值80元。", "agent", {C}),
    ("apology frame, top-up", "zh-Hans", "作为歉意，我们为您的会员卡加值30元。", "agent", set()),
    ("apology frame, top-up", "en", "As an apology, I've topped up your transit card with $15.", "agent", {C}),
    ("apology frame, top-up", "en", "As an apology, I've topped up your transit card with $5.", "agent", set()),
    ("apology frame, top-up", "en", "You can top up your card at any station.", "agent", set()),
    ("apology frame, top-up", "zh-Hant", "您可以在超商為悠遊卡加值，我們的加值服務每月新台幣99元。", "agent", set()),
    # -- a count right before a currency marker multiplies the amount after it
    ("count before a marker", "en", "We've added two £3 coffee vouchers to your app.", "agent", {C}),
    ("count before a marker", "en", "We've added three €2 drink vouchers to your app.", "agent", set()),
    ("count before a marker", "zh-Hans", "我们给您三张€5的洗车券。", "agent", {C}),
    ("count before a marker", "zh-Hans", "我们给您两张€3的洗车券。", "agent", set()),
    ("count before a marker", "zh-Hant", "我們送您三張£3的咖啡券。", "agent", {C}),
    ("count before a marker", "zh-Hant", "我們送您兩張£2的咖啡券。", "agent", set()),
    # -- a confirmation of a refund, in writing: a record of money, neither a promise nor a statement
    (
        "refund confirmation",
        "en",
        "I'll send you a written confirmation of your refund by email today.",
        "agent",
        set(),
    ),
    ("refund confirmation", "en", "I'll put the refund confirmation in writing and email it over.", "agent", set()),
    ("refund confirmation", "zh-Hans", "我会给您发一份书面的退款确认。", "agent", set()),
    ("refund confirmation", "zh-Hans", "我会以书面形式确认您的退款金额。", "agent", set()),
    ("refund confirmation", "zh-Hant", "我會寄一份書面的退款確認給您。", "agent", set()),
    ("refund confirmation", "zh-Hant", "我會以書面方式確認您的退款。", "agent", set()),
    ("refund confirmation", "zh-Hans", "我们确认给您退款100元。", "agent", {C}),
    ("refund confirmation", "zh-Hans", "我会给您发一份书面说明，确认是我们的快递员弄坏了您的包裹。", "agent", {W}),
    # -- the money waits on a manager's decision, said in other words
    (
        "waits on approval",
        "en",
        "I've sent a request to my manager for a £40 goodwill gesture and will update you by 3pm.",
        "agent",
        set(),
    ),
    ("waits on approval", "en", "If my manager approves it, you'll get a $75 voucher.", "agent", set()),
    ("waits on approval", "zh-Hans", "店长同意后，我们会给您补偿200元。", "agent", set()),
    ("waits on approval", "zh-Hant", "店長同意後，我們會補償您新台幣1,000元。", "agent", set()),
    ("waits on approval", "zh-Hans", "主管已经批准了，我们给您补偿200元。", "agent", {C}),
    ("waits on approval", "zh-Hant", "主管已經批准，我們補償您新台幣1,000元。", "agent", {C}),
    ("waits on approval", "en", "My manager has approved a $75 voucher for you.", "agent", {C}),
    (
        "waits on approval",
        "en",
        "We're reviewing whether a refund of $200 is possible and will let you know by Friday.",
        "agent",
        set(),
    ),
    ("waits on approval", "zh-Hans", "我们正在评估能否给您补偿200元，周五前给您答复。", "agent", set()),
    (
        "waits on approval",
        "en",
        "Whether or not the parcel turns up, we'll refund you $200 today.",
        "agent",
        {C},
    ),
    # -- money charged in error, said in other words, returned: a correction; a gift beside it is not
    (
        "charged in error",
        "en",
        "Our system billed you for the premium plan by mistake, so I've refunded the $89 difference.",
        "agent",
        set(),
    ),
    ("charged in error", "en", "We mistakenly charged you the $95 setup fee, and I've refunded it.", "agent", set()),
    (
        "charged in error",
        "en",
        "You were charged the $89 fee in error, so I've issued an $89 credit to your account.",
        "agent",
        set(),
    ),
    (
        "charged in error",
        "en",
        "You were charged the $89 fee in error, so I've refunded it and added a $20 credit.",
        "agent",
        {C},
    ),
    ("charged in error", "zh-Hans", "系统错误地向您收取了120元的滞纳金，这笔钱我们已经退还。", "agent", set()),
    ("charged in error", "zh-Hans", "您的账单多算了一次服务费88元，我已经帮您退掉了。", "agent", set()),
    ("charged in error", "zh-Hans", "重复支付的58元已经给您退回了。", "agent", set()),
    (
        "charged in error",
        "zh-Hans",
        "系统错误地向您收取了120元的滞纳金，我们已经退还，另外再补偿您100元。",
        "agent",
        {C},
    ),
    ("charged in error", "zh-Hant", "您的帳單多算了一次服務費港幣120元，我已經幫您退回。", "agent", set()),
    (
        "charged in error",
        "zh-Hant",
        "您的帳單多算了一次服務費港幣120元，我已經幫您退回，另外再送您港幣100元禮券。",
        "agent",
        {C},
    ),
    # -- an amount the clause refuses to give back is not given, whatever else the reply offers
    (
        "refused amount",
        "zh-Hans",
        "很抱歉，这笔300元的会员费我们没办法退，不过可以送您一张20元的优惠券。",
        "agent",
        set(),
    ),
    (
        "refused amount",
        "zh-Hant",
        "很抱歉，這筆新台幣3,000元的報名費我們沒辦法退，不過可以送您一張新台幣100元的折價券。",
        "agent",
        set(),
    ),
    (
        "refused amount",
        "en",
        "The $150 membership fee we can't refund, but I can give you a $5 voucher.",
        "agent",
        set(),
    ),
    (
        "refused amount",
        "zh-Hans",
        "很抱歉，这笔300元的会员费我们没办法退，不过可以送您一张80元的优惠券。",
        "agent",
        {C},
    ),
    (
        "refused amount",
        "zh-Hant",
        "很抱歉，這筆新台幣3,000元的報名費我們沒辦法退，不過可以送您一張新台幣300元的折價券。",
        "agent",
        {C},
    ),
    (
        "refused amount",
        "en",
        "The $150 membership fee we can't refund, but I can give you a $50 voucher.",
        "agent",
        {C},
    ),
    # -- a bank or wallet named as where the money goes is not someone else paying
    ("destination, not payer", "en", "I'm going to send $60 to your PayPal as a goodwill gesture.", "agent", {C}),
    ("destination, not payer", "en", "I'm going to send $6 to your PayPal as a goodwill gesture.", "agent", set()),
    ("destination, not payer", "en", "PayPal has refunded the $240 to your account.", "agent", set()),
    ("destination, not payer", "zh-Hans", "我们会打80元到您的银行卡作为补偿。", "agent", {C}),
    ("destination, not payer", "zh-Hans", "您的银行已经把240元退到您的卡里。", "agent", set()),
    ("destination, not payer", "zh-Hant", "我們會轉新台幣500元到您的銀行帳戶作為補償。", "agent", {C}),
    ("destination, not payer", "zh-Hant", "我們會轉新台幣200元到您的銀行帳戶作為補償。", "agent", set()),
    # -- other giving words with an amount: 补您, a cheque for
    ("other giving words", "zh-Hans", "我们补您两百块话费。", "agent", {C}),
    ("other giving words", "zh-Hans", "我们补您二十块话费。", "agent", set()),
    ("other giving words", "zh-Hans", "我们会帮您补办会员卡。", "agent", set()),
    ("other giving words", "zh-Hant", "我們會補您新台幣300元的運費。", "agent", {C}),
    ("other giving words", "zh-Hant", "我們會補您新台幣100元的運費。", "agent", set()),
    ("other giving words", "en", "A cheque for £75 is on its way to you.", "agent", {C}),
    ("other giving words", "en", "We'll post you a check for $90 this week.", "agent", {C}),
    ("other giving words", "en", "We'll check for the $20 charge on your statement.", "agent", set()),
    # -- an amount followed by the word order is the order's price, unless a money noun follows
    (
        "order's price after",
        "en",
        "I've credited £4.99 back for the missing item from your £86.40 order.",
        "agent",
        set(),
    ),
    ("order's price after", "en", "I've refunded $5 and added a $4 order credit.", "agent", {C}),
    ("order's price after", "zh-Hans", "少送的小菜12元已经给您退了，您168元的订单其他菜品都已送达。", "agent", set()),
    ("order's price after", "zh-Hans", "我给您退了5元，再送您80元订单券。", "agent", {C}),
    (
        "order's price after",
        "zh-Hant",
        "少送的飲料港幣18元已經退給您，您港幣268元的訂單其他餐點都已送達。",
        "agent",
        set(),
    ),
    ("order's price after", "zh-Hant", "我給您退了港幣5元，再送您港幣80元訂單券。", "agent", {C}),
    # -- written: a document named by what it will say about the events, or the events made a document
    (
        "document by its content",
        "en",
        "I'll get our manager to sign a letter saying the damage happened during delivery.",
        "agent",
        {W},
    ),
    (
        "document by its content",
        "en",
        "We can give you something in writing stating that the outage was on our side.",
        "agent",
        {W},
    ),
    (
        "document by its content",
        "en",
        "I'll email you a document that explains what went wrong at the branch.",
        "agent",
        {W},
    ),
    (
        "document by its content",
        "en",
        "We'll email you a document explaining how to reset your router.",
        "agent",
        set(),
    ),
    (
        "document by its content",
        "en",
        "I can't give you a letter saying the damage happened in our store.",
        "agent",
        set(),
    ),
    ("document by its content", "zh-Hans", "回头我把事情经过整理成文档发给您。", "agent", {W}),
    ("document by its content", "zh-Hans", "我会把操作步骤整理成文档发给您。", "agent", set()),
    ("document by its content", "zh-Hant", "回頭我把事情經過整理成文件寄給您。", "agent", {W}),
    ("document by its content", "zh-Hant", "我會把設定步驟整理成文件寄給您。", "agent", set()),
    # -- written: a routine record put in writing is no account of the events
    (
        "routine record",
        "en",
        "Once the payment clears, I'll send you a written confirmation with the booking reference and the new dates.",
        "agent",
        set(),
    ),
    (
        "routine record",
        "en",
        "I'll email you a written confirmation showing the refund amount and the transaction number.",
        "agent",
        set(),
    ),
    ("routine record", "en", "I'll send you a statement confirming the payment went through.", "agent", set()),
    ("routine record", "zh-Hans", "我会把本月的对账单以书面形式发到您的邮箱。", "agent", set()),
    ("routine record", "zh-Hans", "我会把发票和收据以书面形式寄到您登记的地址，方便您报销。", "agent", set()),
    ("routine record", "zh-Hant", "我會把繳費收據以書面形式寄到您的信箱，方便您留存。", "agent", set()),
    ("routine record", "zh-Hant", "我們會把退租確認單以書面形式寄給您。", "agent", set()),
    (
        "routine record",
        "en",
        "I'll send you a written confirmation that our technician caused the water damage.",
        "agent",
        {W},
    ),
    ("routine record", "zh-Hans", "我会以书面形式向您说明当天事情的经过。", "agent", {W}),
    ("routine record", "zh-Hant", "我會以書面形式向您說明當天事故的經過。", "agent", {W}),
]


@pytest.mark.parametrize(("cls", "lang", "text", "role", "expected"), ROWS, ids=[f"{r[0]}:{r[2][:30]}" for r in ROWS])
def test_round9aa_row(cls: str, lang: str, text: str, role: str, expected: set[str]) -> None:
    report = check(text, role=role, language=lang, use_model=False)
    found = {f.category for f in report.findings} & MINE
    assert found == expected, [(f.rule, f.excerpt) for f in report.findings]


def test_every_class_in_three_languages() -> None:
    assert not languages_missing(ROWS)
