"""Round 9ab: blame, liability and forbidden phrases, precision and recall, by class.

Clean (must stay silent): the customer's fault named only to be disowned (不是说您操作有误,
没有人认为是您的责任, 唔係話你做錯, "nobody is saying it was your fault"); a remark quoted and then
named as someone's words (「…」这句话, the "…" reply you mentioned); the customer's own account of what
our staff did, restated ("you've told us our technician's ladder scratched your floor"); a third
party named inside an apology for what happened ("I'm so sorry the courier left your parcel by the
bins"), while "sorry, but the courier lost it" still counts; an outside party called ours is not us
("down to our packaging supplier" is blame, not liability).

Raised: our act and the harm it led to, told as fact (本店师傅没有拧紧接头，这才让您家里漏水, 係我哋職員
撞傷你, "and that's why your gate was damaged"); the customer's duty asserted (按理说应该由您自己核对,
订房前你应该先确认日期的, "so it was up to you to let reception know"); one of our teams blamed
against another ("down to our head office team, not the branch", 是总部财务部门的问题，不是我们门店 —
an exemption such as 是我们 no longer holds once negated); a police threat after a long condition
(如果您继续…、…，我们就只能报警处理了); the complaint shrugged off with the verb doubled (您喜欢投诉就投诉吧,
你鍾意投訴就投訴啦).

Sentences written for these tests (en, zh-Hans, zh-Hant incl. Cantonese; banks, utilities, hotels,
clinics, delivery, shops, telecoms, airlines, repairs, restaurants); each row names which of the
three categories it must raise.
"""

from __future__ import annotations

import pytest
from table_coverage import languages_missing, one_sided

from drafter.guard.engine import check

B, L, F = "blame_discussion", "liability_admission", "forbidden_phrase"
MINE = {B, L, F}  # compensation and written statements are other rounds'; rows judge only these three

Row = tuple[str, str, str, set[str]]  # (class, language, text, categories of the three)

ROWS: list[Row] = [
    # -- the customer's fault named only to be disowned
    (
        "disowned",
        "en",
        "Nobody is saying this was your fault; the late fee was added in error and I've removed it.",
        set(),
    ),
    (
        "disowned",
        "en",
        "No one is suggesting it was your mistake. I just need the booking reference to look into it.",
        set(),
    ),
    ("disowned", "zh-Hans", "不是说您操作有误，只是需要您提供一下转账截图，我们好跟银行核对。", set()),
    ("disowned", "zh-Hans", "没有人认为是您的责任，这笔滞纳金是系统误收的，已经退回。", set()),
    ("disowned", "zh-Hant", "不是說您操作有誤，我只是需要您的預約編號來查詢。", set()),
    ("disowned", "zh-Hant", "沒有人覺得是你的錯，帳單上的罰款是系統誤加的。", set()),
    ("disowned", "zh-Hant", "唔係話你做錯，我只係需要你嘅單號跟進。", set()),
    ("disowned", "zh-Hans", "这是您自己的责任，我们也没办法。", {B, F}),
    ("disowned", "zh-Hant", "說實話這是你的錯，密碼是你自己輸入的。", {B}),
    ("disowned", "en", "Honestly, it was your mistake to enter the wrong account number.", {B}),
    # -- a remark quoted, then named as someone's words
    ("quoted, named after", "zh-Hans", "关于您提到的「这不归我管」这句话，我代表门店向您道歉，我们会加强培训。", set()),
    ("quoted, named after", "zh-Hans", "「我们也没办法」这样的回答确实不应该，我现在就为您处理。", set()),
    ("quoted, named after", "zh-Hant", "對於您說的「我們也沒辦法」那句回覆，我們深表歉意，我現在就幫您處理。", set()),
    ("quoted, named after", "zh-Hant", "「呢啲唔關我哋事」呢句說話唔應該講，我代表分店向你道歉。", set()),
    (
        "quoted, named after",
        "en",
        'About the "nothing we can do" reply you mentioned, I apologise; that is not how we should answer.',
        set(),
    ),
    ("quoted, named after", "en", "There is nothing we can do about the delay.", {F}),
    # -- the customer's own account restated
    (
        "customer's account",
        "en",
        "You've told us our technician's ladder scratched your floor, and I'm sorry. "
        "I've asked for the job notes and will come back to you by Friday.",
        set(),
    ),
    (
        "customer's account",
        "zh-Hans",
        "您反映我们的师傅搬运时刮花了您的地板，我们已调取工单记录核实，周五前回复您。",
        set(),
    ),
    ("customer's account", "zh-Hant", "您提到我們的技師把您的地板刮花了，我們會先調閱維修記錄，週五前回覆您。", set()),
    ("customer's account", "en", "Our technician's ladder scratched your floor, and I'm sorry.", {L}),
    # -- our act and the harm it led to, as fact
    ("act then harm", "zh-Hans", "本店师傅安装时没有拧紧接头，这才让您家里漏水，非常抱歉。", {L}),
    ("act then harm", "zh-Hans", "我们的司机倒车太快，才把您的车门撞坏了。", {L}),
    ("act then harm", "zh-Hans", "本公司快递员超速驾驶，这才把您的电视摔坏了，我们深感抱歉。", {L}),
    ("act then harm", "zh-Hant", "我們的外送員騎太快，才把您的湯灑了，真的很抱歉。", {L}),
    ("act then harm", "zh-Hant", "係我哋師傅冇鎖好水喉，先至搞到你屋企水浸。", {L}),
    ("act then harm", "zh-Hant", "係我哋職員搬嘢時撞傷你，我哋會負責跟進。", {L}),
    ("act then harm", "en", "Our driver was reversing too fast, and that's why your gate was damaged.", {L}),
    ("act then harm", "zh-Hans", "如果核实是我们司机倒车太快才把您的车门撞坏，我们会负责维修。", set()),
    ("act then harm", "zh-Hans", "我们核实后才把您的退款退回原卡，请留意到账。", set()),
    ("act then harm", "zh-Hans", "快递员超速驾驶，这才把您的电视摔坏了，我们会跟进理赔。", set()),
    ("act then harm", "zh-Hant", "我們查清楚後才把您的帳單更正，請放心。", set()),
    ("act then harm", "en", "Our engineer will call you first, and that's why we need your number.", set()),
    # -- the customer's duty asserted
    (
        "customer's duty",
        "en",
        "The terms say guests must report damage at check-in, so it was up to you to let reception know.",
        {B},
    ),
    ("customer's duty", "en", "That was for you to check before signing the contract.", {B}),
    ("customer's duty", "en", "It's up to you whether you'd like a refund or an exchange.", set()),
    ("customer's duty", "zh-Hans", "按理说应该由您自己核对收货地址。", {B}),
    ("customer's duty", "zh-Hans", "开户前您应该先了解一下年费规定的。", {B}),
    ("customer's duty", "zh-Hans", "购票前您应当先确认一下出发日期。", {B}),
    ("customer's duty", "zh-Hant", "照理說應該由你主動通知櫃檯。", {B}),
    ("customer's duty", "zh-Hant", "訂房前你應該先確認日期的。", {B}),
    ("customer's duty", "zh-Hans", "下次下单前您可以先看看尺码表，有任何疑问随时问我们。", set()),
    ("customer's duty", "zh-Hans", "快递应由您本人签收，我们已在系统备注。", set()),
    ("customer's duty", "zh-Hant", "退款申請應該由您在App內提交，我可以一步步教您。", set()),
    # -- a third party named inside an apology
    (
        "apology for what happened",
        "en",
        "I'm so sorry the courier left your parcel by the bins. A replacement ships today.",
        set(),
    ),
    (
        "apology for what happened",
        "en",
        "I'm really sorry that the airline lost your suitcase; I've logged a trace for you.",
        set(),
    ),
    ("apology for what happened", "en", "I'm sorry, but the courier lost it, so there is little we can do.", {B, F}),
    ("apology for what happened", "en", "The airline lost your suitcase, not us.", {B}),
    ("apology for what happened", "zh-Hant", "很抱歉航空公司弄丟了您的行李，我們已經幫您登記追蹤。", set()),
    ("apology for what happened", "zh-Hans", "很抱歉快递员把您的包裹放在门外淋湿了，我们已经安排补发。", set()),
    # -- one of our teams blamed against another; an outside party called ours
    ("team against team", "en", "The delay is down to our head office team, not the branch.", {B}),
    ("team against team", "en", "The billing error lies with our finance department, not the store you visited.", {B}),
    ("team against team", "zh-Hans", "这次扣款错误是总部财务部门的问题，不是我们门店。", {B}),
    ("team against team", "zh-Hant", "這次延誤是倉庫部門的問題，不是我們門市。", {B}),
    # Round 9ai: the own fault in a fault word (错); a soft 问题 in a routine delay admits nothing.
    ("team against team", "zh-Hans", "这次延误是我们门店的错，非常抱歉。", {L}),
    ("team against team", "zh-Hans", "这次延误是我们门店的问题，非常抱歉。", set()),
    ("team against team", "en", "The delay was down to our packaging supplier, who shipped late.", {B}),
    ("team against team", "en", "The damage was caused by our driver, not the weather.", {L}),
    ("team against team", "en", "The delay is down to our team, and I'm sorry.", {L}),
    (
        "team against team",
        "en",
        "Our head office team is reviewing the transfer, not just the branch, and I will update you by 5pm.",
        set(),
    ),
    ("team against team", "zh-Hans", "总部财务部门和我们门店正在一起核对这笔扣款，今天下午5点前回复您。", set()),
    # -- a police threat after a long condition
    ("threat", "zh-Hans", "如果您继续在前台大声喧哗、影响其他住客休息，我们就只能报警处理了。", {F}),
    ("threat", "zh-Hant", "如果您再在診所門口吵鬧、阻礙其他病人，我們就只好報警。", {F}),
    (
        "threat",
        "en",
        "If you continue to shout at our staff and disrupt other customers in the branch, "
        "we will have to call the police.",
        {F},
    ),
    ("threat", "zh-Hans", "如果您需要报警，我们可以协助您并提供监控录像。", set()),
    ("threat", "zh-Hant", "如您需要報警，我們可以協助並提供閉路電視片段。", set()),
    # -- the complaint shrugged off, the verb doubled
    ("shrug", "zh-Hans", "您喜欢投诉就投诉吧，结果都一样。", {F}),
    ("shrug", "zh-Hant", "你鍾意投訴就投訴啦。", {F}),
    ("shrug", "zh-Hant", "您想告就告吧，我們照規定辦。", {F}),
    ("shrug", "en", "Complain all you like, the answer will be the same.", {F}),
    ("shrug", "zh-Hans", "如果您想投诉，可以拨打我们的客服热线，我会全程协助。", set()),
    ("shrug", "zh-Hant", "如果你想投訴，可以打我哋熱線，我會幫你跟進。", set()),
    ("shrug", "en", "If you'd like to make a complaint, I can log it for you right now.", set()),
    # -- we or our people did it wrong, said plainly; not a check still to be made
    ("our slip, plainly", "zh-Hans", "咱们店员拿错了尺码，给您添麻烦了。", {L}),
    ("our slip, plainly", "zh-Hans", "这次是我们药房配错了药，非常抱歉。", {L}),
    ("our slip, plainly", "zh-Hant", "我哋廚房用錯咗油，搞到你敏感，真係對唔住。", {L}),
    ("our slip, plainly", "zh-Hant", "我們的櫃員輸錯了帳號，讓您的轉帳延誤了。", {L}),
    ("our slip, plainly", "en", "Our cleaner knocked over your lamp while dusting, and I'm very sorry.", {L}),
    ("our slip, plainly", "zh-Hans", "我们会核实店员是否拿错了尺码，明天中午前回复您。", set()),
    ("our slip, plainly", "zh-Hans", "如果确实是我们拿错了尺码，我们马上给您换。", set()),
    ("our slip, plainly", "zh-Hant", "我哋會查下櫃員有冇輸錯帳號，聽日中午前覆你。", set()),
    ("our slip, plainly", "en", "If the parcel was knocked off a shelf in our warehouse, we'll replace it.", set()),
    # -- our slip denied against the customer's account
    ("our slip denied", "zh-Hans", "我们没有发错货，系统显示您下单的就是M码。", {B}),
    ("our slip denied", "zh-Hant", "我哋冇收錯錢，系統紀錄顯示你簽咗兩次。", {B}),
    ("our slip denied", "en", "We did not send the wrong item; our records show you ordered the blue one.", {B}),
    ("our slip denied", "zh-Hans", "为确保我们没有发错货，请您拍一下吊牌发给我，我马上核对。", set()),
    ("our slip denied", "zh-Hant", "為確保我們沒有算錯，我已請帳務部重新核對，明天回覆您。", set()),
    (
        "our slip denied",
        "en",
        "To make sure we didn't send the wrong item, could you send me a photo of the label?",
        set(),
    ),
    # -- the fault shared onto the customer or a third party
    ("fault shared", "zh-Hans", "这次问题一半在您，一半在快递。", {B}),
    ("fault shared", "zh-Hant", "這次的問題一半在您，一半在物流。", {B}),
    (
        "fault shared",
        "en",
        "The courier is partly to blame, and you are also at fault for giving the wrong flat number.",
        {B},
    ),
    ("fault shared", "zh-Hans", "问题在您这边的话，我们也会上门帮您调试。", set()),
    ("fault shared", "zh-Hant", "如果問題出在您的路由器，我們也會派技術員上門幫您設定。", set()),
    ("fault shared", "en", "The driver is responsible for the loading only, and I'll call you by 4pm.", set()),
    # -- the customer's own certainty questioned is no admission of ours
    ("customer's certainty", "zh-Hant", "你肯定係我哋店買嘅？", {B}),
    ("customer's certainty", "zh-Hans", "您应该是我们的老会员了，感谢您一直以来的支持。", set()),
    ("customer's certainty", "zh-Hans", "这肯定是我们的疏忽，非常抱歉。", {L}),
    ("customer's certainty", "zh-Hant", "這一定是我們的失誤，真的很抱歉。", {L}),
    ("customer's certainty", "en", "Are you sure you bought it from our store?", {B}),
    ("customer's certainty", "en", "You must be one of our longest-standing members, thank you.", set()),
    # -- which party it was, still being checked; not a finding already made
    ("still being checked", "zh-Hans", "我们正在核实是快递环节还是仓库环节出了问题，明天中午前回复您。", set()),
    ("still being checked", "zh-Hant", "我們正在核實是快遞公司還是倉庫出了錯，明天回覆您。", set()),
    ("still being checked", "zh-Hant", "我哋會查下係速遞公司定係倉庫出錯，聽日覆你。", set()),
    (
        "still being checked",
        "en",
        "Our team is checking whether the delay came from the warehouse or the courier.",
        set(),
    ),
    ("still being checked", "zh-Hant", "經核實是快遞公司的問題，跟我們沒關係。", {B, F}),
    ("still being checked", "zh-Hans", "经核实是物流公司的问题，请您直接联系他们。", {B, F}),
    ("still being checked", "en", "Having checked, the delay came from the courier company, not us.", {B}),
    # -- politer forms of the 禁言: exasperation, everyone else fine, "don't come back"
    ("politer forbidden", "en", "I'm not sure what else you want me to say.", {F}),
    ("politer forbidden", "en", "Other customers don't seem to have any trouble with the app.", {F}),
    ("politer forbidden", "en", "If you're not happy with the repair, you can take your business elsewhere.", {F}),
    ("politer forbidden", "zh-Hans", "我们这里就是这个规矩，您接受不了可以不来。", {F}),
    ("politer forbidden", "zh-Hant", "您不滿意可以不要再來。", {F}),
    ("politer forbidden", "zh-Hant", "你唔滿意可以去第二間。", {F}),
    (
        "politer forbidden",
        "en",
        "If you're not happy with this, you're welcome to ask for a second opinion and I'll book it.",
        set(),
    ),
    ("politer forbidden", "en", "Other customers reported the same login issue, and the fix goes live tonight.", set()),
    ("politer forbidden", "zh-Hans", "如果您对结果不满意，可以向消费者协会反映，我们会全力配合。", set()),
    ("politer forbidden", "zh-Hant", "如您對維修結果不滿意，我們可以免費再檢查一次。", set()),
    # -- the customer's own slip named as the cause
    ("customer's slip as cause", "en", "You ticked the wrong box on the form, which is why the payment failed.", {B}),
    ("customer's slip as cause", "zh-Hans", "您输错了验证码，所以支付失败了。", {B}),
    ("customer's slip as cause", "zh-Hant", "你揀錯咗日子，所以先冇位。", {B}),
    ("customer's slip as cause", "en", "If you entered the wrong postcode, I can correct it for you now.", set()),
    ("customer's slip as cause", "zh-Hans", "如果您输错了验证码，系统会锁定十分钟，我可以帮您解锁。", set()),
    ("customer's slip as cause", "zh-Hant", "怕您填錯了地址，所以我再跟您確認一次。", set()),
    # -- our person named in a cleft as the doer
    ("cleft", "en", "It was our kitchen that put nuts in your dish, and I'm so sorry.", {L}),
    ("cleft", "zh-Hans", "是我们厨房把花生放进了您的菜里，非常抱歉。", {L}),
    ("cleft", "zh-Hant", "係我哋廚房落錯咗花生，對唔住。", {L}),
    ("cleft", "zh-Hant", "係我哋師傅將油漆滴咗落你張梳化，真係唔好意思。", {L}),
    ("cleft", "zh-Hans", "我们会查清是否是我们厨房把花生放进了您的菜里，今晚8点前回复您。", set()),
    ("cleft", "en", "It was our kitchen that spotted the allergy note, so your dish was made separately.", set()),
]


@pytest.mark.parametrize(("cls", "lang", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[2][:30]}" for r in ROWS])
def test_round9ab_row(cls: str, lang: str, text: str, expected: set[str]) -> None:
    report = check(text, role="agent", language=lang)
    found = {f.category for f in report.findings} & MINE
    assert found == expected, [(f.rule, f.excerpt) for f in report.findings]


def test_every_class_in_three_languages() -> None:
    assert not languages_missing(ROWS)


def test_every_class_has_clean_and_raised_rows() -> None:
    assert not one_sided(ROWS)
