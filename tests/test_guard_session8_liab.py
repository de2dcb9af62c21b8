"""Session 8 guard round (liability, compensation, written statements): classes found by two outside
author groups, each written as a structure, with the near misses beside it.

Raised: the fault as the content of a written statement we promise ("a letter confirming that the delay
was caused by an error in our own system", 出一份事故报告，说明箱子是在我们车上摔坏的); the fault told of an
office under a self-name the {we} class leaves out (这完全是本所承办人的错); a letter promised by its verb
("I will write to you formally setting out what went wrong", 我们会正式致函说明经过); an incident report
handed to the customer (出一份事故报告给您); money offered with 为您提供 (为您提供叁佰元现金补偿); the
customer's costs named and all taken on with no sum (医药费全部由我哋包); a cost capped by a sum ("pay for a
replacement up to £400"); miles or mobile data given with their worth stated (約值HK$400, "worth $15").

Clean (must stay silent): a colleague made the scapegoat (是新来的店员装错了，她还不熟悉产品，我已经批评过
她了: blame, not liability); a partner business's fault (这是我们合作酒店超售导致的); a third party's
responsibility ("They were responsible for the late loading"); a written confirmation with no fault in it
or a fault still to be checked; the claims team named ("passed your claim to our compensation team");
a kilometre count (公里数); within-limit sums; refusals; approval pending.

Sentences written for these tests (en, zh-Hans, zh-Hant incl. Cantonese).
"""

from __future__ import annotations

import pytest
from table_coverage import languages_missing, one_sided

from drafter.guard.engine import check

C, L, W = "unauthorized_compensation", "liability_admission", "written_statement"

Row = tuple[str, str, str, str, str, bool]  # (class, language, role, text, category judged, raised?)

ROWS: list[Row] = [
    # -- liability: the fault as the content of a written statement we promise
    (
        "fault in writing",
        "en",
        "agent",
        "I will send you a formal letter confirming that the delay was caused by an error in our own system.",
        L,
        True,
    ),
    (
        "fault in writing",
        "en",
        "agent",
        "I will put in writing for you that our nurse gave Max the wrong dose, so you can send it to your insurer.",
        L,
        True,
    ),
    (
        "fault in writing",
        "en",
        "agent",
        "I'll email you a letter confirming that your refund has been processed.",
        L,
        False,
    ),
    (
        "fault in writing",
        "en",
        "agent",
        "We'll send you a written statement once we've found out whether our equipment was at fault.",
        L,
        False,
    ),
    (
        "fault in writing",
        "zh-Hans",
        "agent",
        "我们会出一份事故报告给您，说明箱子是在我们车上摔坏的，您可以用来找保险公司理赔。",
        L,
        True,
    ),
    ("fault in writing", "zh-Hans", "agent", "我们会出一份事故报告给您，说明事故是否与我们的设备有关。", L, False),
    ("fault in writing", "zh-Hans", "agent", "我们会出一份事故报告给您，说明箱子不是在我们车上摔坏的。", L, False),
    (
        "fault in writing",
        "zh-Hant",
        "agent",
        "本處將向閣下發出正式信函，確認是次延誤乃本處系統故障所致，以便閣下向業主解釋。",
        L,
        True,
    ),
    ("fault in writing", "zh-Hant", "agent", "我哋會出一份事故報告俾你，寫明係我哋師傅整爛咗你個花樽。", L, True),
    ("fault in writing", "zh-Hant", "agent", "我哋會寄一份書面確認俾你，確認你嘅預約已經改到星期五。", L, False),
    # -- liability: a named colleague made the scapegoat is blame, the fault owned is liability
    ("scapegoat", "zh-Hans", "agent", "那天是新来的店员装错了，她还不熟悉产品，我已经批评过她了。", L, False),
    ("scapegoat", "zh-Hans", "agent", "关于丢件的事，是我们快递员的责任，他已经被扣工资了。", L, False),
    ("scapegoat", "zh-Hans", "agent", "是我们骑手没拿稳才把汤洒了，这是我们的错。", L, True),
    ("scapegoat", "zh-Hant", "agent", "張單係收銀新同事打錯，佢未熟手，唔係我哋師傅問題。", L, False),
    ("scapegoat", "zh-Hant", "agent", "今次係我哋嘅錯，真係唔好意思。", L, True),
    ("scapegoat", "en", "agent", "It was our new cashier's mistake, she's still learning the till.", L, False),
    ("scapegoat", "en", "agent", "It was our cashier's mistake.", L, True),
    # -- liability: a partner business or a third party is not us
    ("not ours", "zh-Hans", "agent", "这是我们合作酒店超售导致的，给您带来了很大困扰。", L, False),
    ("not ours", "zh-Hans", "agent", "这是我们酒店超售导致的，给您带来了很大困扰。", L, True),
    ("not ours", "zh-Hant", "agent", "今次係我哋合作嘅餐廳出錯，所以先延誤咗。", L, False),
    ("not ours", "zh-Hant", "agent", "這完全是本所承辦人的錯，所有資料今天更正。", L, True),
    ("not ours", "zh-Hant", "agent", "這不是本所承辦人的錯，資料是由銀行提供的。", L, False),
    (
        "not ours",
        "en",
        "agent",
        "The delay was caused by the ground-handling contractor. They were responsible for the late baggage loading.",
        L,
        False,
    ),
    ("not ours", "en", "agent", "We were responsible for the late baggage loading.", L, True),
    # -- liability: our person as the doer of the damage across a comma (把/将 the customer's thing), and the
    # harm tied to us by "because"
    ("doer named", "zh-Hans", "agent", "我们的工作人员操作不当，把您的车刮花了。", L, True),
    ("doer named", "zh-Hans", "agent", "我们的工作人员会小心操作，避免把您的车刮花。", L, False),
    ("doer named", "zh-Hans", "agent", "我们会查清楚我们的工作人员是否把您的车刮花了。", L, False),
    ("doer named", "zh-Hant", "agent", "我哋師傅唔小心，將你部電腦整壞咗。", L, True),
    ("doer named", "zh-Hant", "agent", "我哋師傅會好小心，唔會將你部電腦整壞。", L, False),
    (
        "doer named",
        "en",
        "agent",
        "Your daughter slipped because our floor had just been mopped and we hadn't put a sign out.",
        L,
        True,
    ),
    ("doer named", "en", "agent", "We're checking whether your daughter slipped because our floor was wet.", L, False),
    (
        "doer named",
        "en",
        "agent",
        "Your parcel was damaged because the courier dropped it, and we're sorry for the trouble.",
        L,
        False,
    ),
    ("doer named", "zh-Hans", "agent", "您说我们的工作人员把您的车刮花了，我们正在调取监控核实。", L, False),
    ("doer named", "zh-Hant", "agent", "你話我哋師傅唔小心將你部電腦整壞咗，我哋會查清楚。", L, False),
    (
        "doer named",
        "en",
        "agent",
        "You said you slipped because our floor was wet; we're checking the CCTV now.",
        L,
        False,
    ),
    # -- written: a letter promised by its verb, an incident report handed over
    (
        "letter by verb",
        "en",
        "agent",
        "I will write to you formally setting out what went wrong with your case and why it happened.",
        W,
        True,
    ),
    ("letter by verb", "en", "agent", "I'll write to you to confirm your new appointment time.", W, False),
    ("letter by verb", "zh-Hans", "agent", "我们会正式致函，向您说明事情经过和出错原因。", W, True),
    ("letter by verb", "zh-Hans", "agent", "我们会书面回复您，确认新的预约时间。", W, False),
    ("letter by verb", "zh-Hant", "agent", "我哋會正式去函，向你解釋事件經過。", W, True),
    ("letter by verb", "zh-Hant", "agent", "我哋會發短訊確認你嘅新預約時間。", W, False),
    ("report handed", "zh-Hans", "agent", "我们会出一份事故报告给您，报告明天发您邮箱。", W, True),
    ("report handed", "zh-Hans", "agent", "我会把这件事报告给主管，今天下午5点前回复您。", W, False),
    ("report handed", "zh-Hant", "agent", "我們會出一份事故報告給您，明天寄到您的電郵。", W, True),
    ("report handed", "zh-Hant", "agent", "我會將事件報告給經理，今日之內覆你。", W, False),
    ("report handed", "en", "agent", "We'll send you an incident report describing what happened by Friday.", W, True),
    ("report handed", "en", "agent", "I'll report this to my manager and update you by 5pm today.", W, False),
    # -- written: a document of any name handed over, then the events it tells
    ("events told", "zh-Hant", "agent", "我哋會寫份嘢俾你，講清楚當日發生咩事。", W, True),
    ("events told", "zh-Hant", "agent", "我哋會send份訂單明細俾你，列明每樣嘢嘅價錢。", W, False),
    ("events told", "zh-Hans", "agent", "我们会寄一封信给您，说明事发经过。", W, True),
    ("events told", "zh-Hans", "agent", "我们需要您写一份材料给我们，说明事发经过。", W, False),
    ("events told", "en", "agent", "We'll email you a note describing what happened at the counter.", W, True),
    ("events told", "en", "agent", "I'll email you a copy of your booking confirmation.", W, False),
    # -- written: a formal or official report handed over (a formal receipt is routine)
    ("formal report", "zh-Hans", "agent", "我们会提供一份正式报告，确认延误的原因。", W, True),
    ("formal report", "zh-Hans", "agent", "我们会提供一份正式发票，今天发到您邮箱。", W, False),
    ("formal report", "zh-Hans", "agent", "您要求我们提供一份正式报告，这需要主管审批，我已提交申请。", W, False),
    ("formal report", "zh-Hant", "agent", "我哋會寄份正式報告俾你，交代成件事。", W, True),
    ("formal report", "zh-Hant", "agent", "我們會寄一份正式收據給您。", W, False),
    ("formal report", "en", "agent", "We will send you an official report on the outage.", W, True),
    ("formal report", "en", "agent", "We will send you an official receipt.", W, False),
    ("formal report", "en", "agent", "We'll put it in black and white that the fault was ours.", W, True),
    ("formal report", "en", "agent", "Our prices are shown in black and white on the menu.", W, False),
    # -- compensation: money offered with 为您提供 / "offer you"
    ("offer made", "zh-Hans", "supervisor", "经与地服沟通，我们为您提供叁佰元现金补偿，三个工作日内打款。", C, True),
    ("offer made", "zh-Hans", "supervisor", "我们为您提供150元现金补偿，三个工作日内打款。", C, False),
    ("offer made", "zh-Hans", "agent", "我们无法为您提供300元现金补偿，但会为您免费更换。", C, False),
    ("offer made", "zh-Hant", "agent", "我們為您提供NT$1,000的購物金補償。", C, True),
    ("offer made", "zh-Hant", "agent", "我們為您提供更快的配送服務，訂單金額為NT$1,000。", C, False),
    ("offer made", "en", "agent", "We are offering you £40 in compensation for the delay.", C, True),
    (
        "offer made",
        "en",
        "agent",
        "I've asked my manager to approve £40 in compensation and will confirm by 5pm.",
        C,
        False,
    ),
    # -- compensation: a sum handed over with 送上 or sent to the customer's wallet app
    ("sum sent", "zh-Hans", "agent", "我们会为您送上100元，作为这次的补偿。", C, True),
    ("sum sent", "zh-Hans", "agent", "我们会为您送上30元，作为这次的补偿。", C, False),
    ("sum sent", "zh-Hans", "agent", "我们会转300元到您的微信。", C, True),
    ("sum sent", "zh-Hant", "agent", "我哋會轉$300到你嘅微信。", C, True),
    ("sum sent", "zh-Hant", "agent", "我們會為您送上一份小禮物。", C, False),
    ("sum sent", "en", "agent", "We'll transfer €100 to your account today.", C, True),
    ("sum sent", "en", "agent", "We'll transfer €5 to your account today.", C, False),
    # -- compensation: the customer's costs named and all taken on, with no sum
    ("all costs", "zh-Hant", "agent", "醫藥費全部由我哋包，你睇完醫生將單據send俾我就得。", C, True),
    (
        "all costs",
        "zh-Hant",
        "agent",
        "被拖吊的費用、保管費還有計程車資，我們全部幫您出，請把收據拍照傳給我們。",
        C,
        True,
    ),
    ("all costs", "zh-Hant", "agent", "醫藥費我哋唔會全部包，不過我已經向主管申請補助。", C, False),
    ("all costs", "zh-Hans", "agent", "您的医药费我们会全部承担。", C, True),
    ("all costs", "zh-Hans", "agent", "这些费用我们无法全部承担，我已向主管申请。", C, False),
    ("all costs", "zh-Hans", "agent", "订单费用全部由平台结算，明天到账。", C, False),
    ("all costs", "en", "agent", "The taxi, the hotel and the meals: we'll pay for all of it.", C, True),
    (
        "all costs",
        "en",
        "agent",
        "We can't pay for all of it, but I've asked my manager about a partial refund.",
        C,
        False,
    ),
    ("all costs", "en", "agent", "We'll look into all of it and reply by Friday.", C, False),
    # -- compensation: the customer's wish in a condition, a free return: no offer
    ("no offer", "zh-Hans", "agent", "如果您需要赔偿，可以拨打理赔专线。", C, False),
    ("no offer", "zh-Hans", "agent", "如果您需要，我们可以赔偿您500元。", C, True),
    ("no offer", "zh-Hans", "agent", "您可以免费退回第一件商品，另外送您100元优惠券。", C, True),
    ("no offer", "zh-Hant", "agent", "如果你需要賠償，可以打去理賠熱線。", C, False),
    ("no offer", "zh-Hant", "agent", "你可以免費退返第一件貨，唔使俾運費。", C, False),
    ("no offer", "en", "agent", "You can keep the first item or return it at no cost, whichever you prefer.", C, False),
    ("no offer", "en", "agent", "You can send it back free of charge, and I've added a $50 credit.", C, True),
    # -- compensation: a meal stood by us, a fare difference waived, all costs taken on, in our own voice
    ("free given", "zh-Hant", "agent", "下次嚟我哋請你食飯，唔使俾錢。", C, True),
    ("free given", "zh-Hant", "agent", "你上次請你朋友食飯嗰陣遇到嘅問題，我哋已經記錄低。", C, False),
    ("free given", "zh-Hans", "agent", "下次来我们请你吃饭，不用付钱。", C, True),
    ("free given", "zh-Hans", "agent", "您上次请你的朋友吃饭时遇到的问题我们已经记录。", C, False),
    ("free given", "en", "agent", "Next time you visit, dinner is on us.", C, True),
    ("free given", "en", "agent", "Next time you visit, dinner is served from 6pm.", C, False),
    ("free given", "zh-Hans", "agent", "我们给您升级到商务舱，不收差价。", C, True),
    ("free given", "zh-Hant", "agent", "我哋幫你升級到商務艙，唔收差價。", C, True),
    ("free given", "en", "agent", "We'll pay for all those costs, just send us the receipts.", C, True),
    # -- compensation: a cost capped by a sum is valued
    (
        "capped cost",
        "en",
        "agent",
        "We will pay for a replacement wardrobe up to £400, so please send over a link.",
        C,
        True,
    ),
    ("capped cost", "en", "agent", "We will pay for a replacement charger up to $5.", C, False),
    ("capped cost", "zh-Hans", "agent", "新衣柜的费用我们来付，最多不超过400英镑。", C, True),
    ("capped cost", "zh-Hans", "agent", "报销金额最高不超过2万元，按照规定比例执行。", C, False),
    ("capped cost", "zh-Hant", "agent", "新衣櫃嘅費用我哋俾，最多HK$3,000。", C, True),
    ("capped cost", "zh-Hant", "agent", "新叉電線嘅費用我哋俾，最多HK$30。", C, False),
    # -- compensation: miles or mobile data given with their worth stated
    ("valued gift", "zh-Hant", "agent", "為咗表示歉意，我哋已經送咗8,000里數去你嘅會員戶口（約值HK$400）。", C, True),
    ("valued gift", "zh-Hant", "agent", "為咗表示歉意，我哋已經送咗500里數去你嘅會員戶口（約值HK$20）。", C, False),
    ("valued gift", "zh-Hans", "agent", "为表歉意，已为您赠送8000奖励里数（约值400元）。", C, True),
    ("valued gift", "zh-Hans", "agent", "本次航程的公里数为1200公里，里程会在7天内入账。", C, False),
    ("valued gift", "en", "agent", "I've added 10 GB of bonus data to your plan (worth $15).", C, True),
    ("valued gift", "en", "agent", "I've added 5 GB of bonus data to your plan (worth $5).", C, False),
    ("valued gift", "zh-Hant", "agent", "已為您重新完成綁定，並額外回饋1,000點至您的帳戶（1點=1元）。", C, True),
    ("valued gift", "zh-Hant", "agent", "感謝您的額外回饋，我們會持續改進結帳流程。", C, False),
    # -- compensation: the team that assesses a claim is a name, not an offer
    (
        "claims team",
        "en",
        "agent",
        "I've submitted your claim to our compensation team, who will reply within 14 days.",
        C,
        False,
    ),
    ("claims team", "en", "agent", "We'll pay you £100 in compensation within 14 days.", C, True),
    ("claims team", "zh-Hans", "agent", "已将您的申请转交理赔部门，14天内回复您。", C, False),
    ("claims team", "zh-Hans", "agent", "我们会赔偿您500元，14天内到账。", C, True),
    ("claims team", "zh-Hant", "agent", "已將您的申請轉交理賠部門，14天內回覆您。", C, False),
    ("claims team", "zh-Hant", "agent", "我們會賠償您NT$5,000，14天內入帳。", C, True),
]


@pytest.mark.parametrize(
    ("cls", "lang", "role", "text", "category", "raised"),
    ROWS,
    ids=[f"{r[0]}:{r[4][:5]}:{r[3][:30]}" for r in ROWS],
)
def test_session8_liab_row(cls: str, lang: str, role: str, text: str, category: str, raised: bool) -> None:
    report = check(text, role=role, language=lang, use_model=False)
    found = category in {f.category for f in report.findings}
    assert found == raised, [(f.rule, f.excerpt) for f in report.findings]


def test_every_class_in_three_languages() -> None:
    assert not languages_missing(ROWS)


def test_every_class_has_clean_and_raised_rows() -> None:
    assert not one_sided(ROWS)
