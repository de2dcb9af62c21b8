"""Session 8 compensation round (issue 9, precision 2): compensation words with no promise of ours stay
clean, each class beside a row where the reply does promise something over the limit.

Clean: a refund that is someone else's area ("refunds aren't my department", 赔偿我没有权限直接处理);
money already on its way (a temporary chargeback credit, a transfer "as soon as it's credited", 退款我先帮您
办好了); a payout owed under the contract or policy terms (按照合同里的迟到条款, 理赔符合保单约定); a bare
sum with its thousands mark (减免1.2k) valued, not fail-closed; a lapsed voucher (優惠券已經過期), "on them
rather than on us", a fee held back while checked (暂不收取); the order's money as the other choice to a
redelivery or swap; returning goods for a refund as the shop's way. Raised: HK$ added to the account
(喺你戶口加HK$200), Cantonese "pay all of it" (賠晒你所有醫藥費).
Second pass (the other author group): a free trial class offered to everyone; the customer's claim
restated (您说我们店员答应过给您免费…); money back by the way it was paid (依原付款方式退回).

Sentences written for these tests (en, zh-Hans, zh-Hant incl. Cantonese).
"""

from __future__ import annotations

import pytest
from table_coverage import languages_missing, one_sided

from drafter.guard.engine import check

C = "unauthorized_compensation"

Row = tuple[str, str, str, str, bool]  # (class, language, role, text, raised?)

ROWS: list[Row] = [
    # -- someone else's area: the refund is named, not offered
    ("not mine", "en", "agent", "Refunds after check-out aren't my department, so I can't help with that one.", False),
    ("not mine", "en", "agent", "In-store refunds aren't my area, but I've added a $40 credit to your account.", True),
    ("not mine", "zh-Hans", "agent", "赔偿方面我没有权限直接处理，已经转交主管审批，24小时内回复您。", False),
    ("not mine", "zh-Hans", "agent", "赔偿我们马上处理，先退您200元。", True),
    ("not mine", "zh-Hant", "agent", "延誤補償的部分我沒有權限直接答應您，已經把您的需求轉給主管評估。", False),
    ("not mine", "zh-Hant", "agent", "延誤補償的部分，我們直接退您NT$800。", True),
    # -- money already on its way, not a new promise
    (
        "under way",
        "en",
        "agent",
        "I've raised a chargeback, and a temporary credit for the same amount will show while the dispute is open.",
        False,
    ),
    ("under way", "en", "agent", "I'll track the transfer and message you as soon as it's credited.", False),
    ("under way", "en", "agent", "I've added a $30 credit to your account as an apology.", True),
    ("under way", "zh-Hans", "agent", "您的餐费退款我先帮您办好了，抱歉让您多等。", False),
    ("under way", "zh-Hans", "agent", "您的餐费退款我先帮您办好了，另外再送您100元代金券。", True),
    ("under way", "zh-Hant", "agent", "您的餐費退款我先幫您辦好了。", False),
    ("under way", "zh-Hant", "agent", "我們會再補償您NT$900。", True),
    # -- owed under the contract or policy terms
    (
        "by terms",
        "zh-Hans",
        "agent",
        "经审核，您的理赔符合保单第四条约定，赔付金额¥1,200将在三个工作日内到账。",
        False,
    ),
    ("by terms", "zh-Hans", "agent", "按照合同里的迟到条款，1800元服务费差价会在三个工作日内退回到您的账户。", False),
    ("by terms", "zh-Hans", "agent", "为表歉意，除了按照合同条款退款，我们再赔您1800元。", True),
    ("by terms", "zh-Hant", "agent", "依照保單條款，理賠金額NT$30,000將於五個工作天內入帳。", False),
    ("by terms", "zh-Hant", "agent", "我們會賠您NT$30,000，五個工作天內入帳。", True),
    (
        "by terms",
        "en",
        "agent",
        "Under the terms of your policy, the claim payment of $1,500 will reach your account within three days.",
        False,
    ),
    ("by terms", "en", "agent", "As a goodwill gesture we'll pay you $1,500 within three days.", True),
    ("by terms", "zh-Hans", "agent", "根据合同约定退款，另外再送您200元代金券。", True),
    ("by terms", "en", "agent", "Under your policy terms we'll pay the claim and add a $100 goodwill credit.", True),
    # -- a bare sum with its thousands mark is valued (within a store manager's limit, over an agent's)
    ("thousands mark", "zh-Hans", "store_manager", "作为歉意，已为您申请保费减免1.2k，明细今天发到您邮箱。", False),
    ("thousands mark", "zh-Hans", "agent", "作为歉意，已为您申请保费减免1.2k，明细今天发到您邮箱。", True),
    ("thousands mark", "zh-Hant", "store_manager", "為表歉意，這次為您補償1.5千。", False),
    ("thousands mark", "zh-Hant", "agent", "為表歉意，這次為您補償1.5千。", True),
    ("thousands mark", "en", "agent", "I've added a 6.50 credit to your account.", False),
    ("thousands mark", "en", "agent", "I've added a 60.00 credit to your account.", True),
    # -- a lapsed voucher, a cost denied as ours, a fee held back while it is checked
    ("nothing given", "zh-Hant", "store_manager", "結帳同仁有提醒您優惠券已經過期，這點還是要跟您說明一下。", False),
    ("nothing given", "zh-Hant", "agent", "這張優惠券我們直接送您，價值NT$500。", True),
    ("nothing given", "zh-Hans", "agent", "我们送您200元代金券，永不过期。", True),
    ("nothing given", "en", "agent", "Your old voucher has expired, so I've sent you a new $60 one.", True),
    (
        "nothing given",
        "en",
        "agent",
        "Drivers are independent contractors, so routing decisions are really on them rather than on us.",
        False,
    ),
    ("nothing given", "en", "agent", "Your next three rides are on us.", True),
    ("nothing given", "zh-Hans", "agent", "核实之前这笔迷你吧费用暂不收取，明天中午前给您答复。", False),
    ("nothing given", "zh-Hans", "agent", "这笔迷你吧费用我们就不收了。", True),
    # -- the order's money as the other choice to a redelivery or swap
    (
        "remedy or refund",
        "en",
        "agent",
        "If I haven't heard in 20 minutes, I'll arrange a redelivery or a refund of the order for you.",
        False,
    ),
    (
        "remedy or refund",
        "en",
        "agent",
        "I can swap the spoiled milk and bread for fresh today, or refund them to your card.",
        False,
    ),
    ("remedy or refund", "en", "agent", "I'll arrange a redelivery and add a $25 credit for the trouble.", True),
    ("remedy or refund", "zh-Hans", "agent", "可以给您换一份新的，或者退款。", False),
    ("remedy or refund", "zh-Hans", "agent", "给您换一份新的，再送您100元代金券。", True),
    ("remedy or refund", "zh-Hant", "agent", "可以幫你換過一份，或者全數退返。", False),
    ("remedy or refund", "zh-Hant", "agent", "幫你換過一份，再送你HK$200現金券。", True),
    # -- returning the goods for a refund is the shop's way, not an offer
    ("return for refund", "en", "agent", "You can return the punnet to any store for a refund.", False),
    ("return for refund", "en", "agent", "We'll refund you $80 today.", True),
    ("return for refund", "zh-Hans", "agent", "您可以到任何门店办理退货退款。", False),
    ("return for refund", "zh-Hans", "agent", "我们今天退您80元。", True),
    ("return for refund", "zh-Hant", "agent", "您可以到任何門市辦理退貨退款。", False),
    ("return for refund", "zh-Hant", "agent", "我們今天退您NT$800。", True),
    # -- Cantonese: a sum added to the account, an extra given, all costs paid
    ("account add", "zh-Hant", "agent", "我而家即刻喺你戶口加HK$200優惠，仲送多你一個月免運費會籍。", True),
    ("account add", "zh-Hant", "agent", "我而家即刻喺你戶口加HK$30優惠。", False),
    ("account add", "zh-Hans", "agent", "我现在就在您账户加200元优惠。", True),
    ("account add", "zh-Hans", "agent", "我现在就在您账户加20元优惠。", False),
    ("account add", "en", "agent", "I've just added $200 to your account.", True),
    ("account add", "en", "agent", "I've just added $5 to your account.", False),
    ("all costs", "zh-Hant", "agent", "我哋會賠晒你所有醫藥費同埋人工損失。", True),
    ("all costs", "zh-Hant", "agent", "醫藥費嘅賠償我冇權限直接答應，已經轉交經理。", False),
    ("all costs", "zh-Hans", "agent", "您所有的医药费和误工损失我们都全部承担。", True),
    ("all costs", "zh-Hans", "agent", "我们无法承担所有损失，但会为您申请合理补偿。", False),
    ("all costs", "en", "agent", "We'll cover all your medical bills and lost wages.", True),
    ("all costs", "en", "agent", "I've asked my manager whether we can cover your medical bills.", False),
    # -- applied for, then told as settled: the monthly charge is already gone
    ("dues settled", "zh-Hans", "agent", "为了表示诚意，我给您申请了一年的免费宽带，下个月开始不用交月租了。", True),
    ("dues settled", "zh-Hans", "agent", "我已经为您申请一个月免费，主管批准后下个月就不用交月租了。", False),
    ("dues settled", "zh-Hans", "agent", "您的套餐下个月开始不用交月租了，因为合约已经到期。", False),
    ("dues settled", "zh-Hant", "agent", "我已經幫你申請咗半年免費寬頻，下個月開始唔使交月費喇。", True),
    ("dues settled", "zh-Hant", "agent", "我已經幫您申請一個月免費，批下來之後下個月就不用繳月租了。", False),
    ("dues settled", "en", "agent", "I've given you a year of free broadband: no line rental from next month.", True),
    ("dues settled", "en", "agent", "I've asked my manager whether we can waive next month's line rental.", False),
    # -- second pass: a free trial for everyone, the customer's claim restated, money back the way it was paid
    ("trial class", "zh-Hans", "agent", "如果您想先体验，可以预约一节免费体验课。", False),
    ("trial class", "zh-Hans", "agent", "为表歉意，送您三个月免费私教课。", True),
    ("trial class", "zh-Hant", "agent", "如果您想先體驗，可以預約一堂免費體驗課。", False),
    ("trial class", "zh-Hant", "agent", "為表歉意，送您三個月免費私教課。", True),
    ("trial class", "en", "agent", "If you'd like to try us first, you can book a free trial class.", False),
    ("trial class", "en", "agent", "To say sorry, we'll give you three months of free personal training.", True),
    ("claim restated", "zh-Hans", "agent", "您说我们店员答应过给您免费修剪刘海，我们这边没有这个记录。", False),
    ("claim restated", "zh-Hans", "agent", "这次刘海修剪我们给您免费，另外送您100元代金券。", True),
    ("claim restated", "zh-Hant", "agent", "您說我們店員答應過給您免費修剪瀏海，我們這邊沒有這個紀錄。", False),
    ("claim restated", "zh-Hant", "agent", "另外送您NT$500禮券。", True),
    ("claim restated", "en", "agent", "You mentioned our stylist promised you a free fringe trim.", False),
    ("claim restated", "en", "agent", "We'll give you a free cut and a $30 voucher.", True),
    ("way it was paid", "zh-Hant", "agent", "我已經幫您送出申請，款項會依原付款方式退回。", False),
    ("way it was paid", "zh-Hant", "agent", "我已經幫您送出申請，另外再補償您NT$1,000。", True),
    ("way it was paid", "zh-Hans", "agent", "我已经帮您提交申请，款项会按原支付方式退回。", False),
    ("way it was paid", "zh-Hans", "agent", "我已经帮您提交申请，另外再补偿您300元。", True),
    ("way it was paid", "en", "agent", "The refund will go back to your original payment method within 5 days.", False),
    ("way it was paid", "en", "agent", "I'll also send you a $50 gift card.", True),
]


@pytest.mark.parametrize(("cls", "lang", "role", "text", "raised"), ROWS, ids=[f"{r[0]}:{r[3][:30]}" for r in ROWS])
def test_s8comp_row(cls: str, lang: str, role: str, text: str, raised: bool) -> None:
    report = check(text, role=role, language=lang, use_model=False)
    found = C in {f.category for f in report.findings}
    assert found == raised, [(f.rule, f.excerpt) for f in report.findings]


def test_every_class_in_three_languages() -> None:
    assert not languages_missing(ROWS)


def test_every_class_has_clean_and_raised_rows() -> None:
    assert not one_sided(ROWS)


# A bare worth with its thousands grouped ("a 1,000 coupon") is read in the context's currency.
CONTEXT_ROWS: list[tuple[str, dict[str, str], bool]] = [
    ("I've added a 1,000 coupon to your account as a small apology.", {"currency": "JPY"}, False),
    ("I've added a 5,000 coupon to your account as a small apology.", {"currency": "JPY"}, True),
    ("I've added a 1,000 coupon to your account as a small apology.", {}, True),
]


@pytest.mark.parametrize(("text", "context", "raised"), CONTEXT_ROWS)
def test_s8comp_grouped_bare_worth(text: str, context: dict[str, str], raised: bool) -> None:
    report = check(text, context=context, use_model=False)
    assert (C in {f.category for f in report.findings}) == raised, [(f.rule, f.excerpt) for f in report.findings]
