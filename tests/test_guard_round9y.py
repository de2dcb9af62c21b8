"""Round 9y: blame and liability in the wordings an outside author used, as classes, and the bare
refusal of responsibility.

Blame: the customer's custody named as where the harm happened ("the crack must have happened while
the phone was in your possession", "the dent happened after you collected the van"), their own hands
("the wardrobe was assembled by you, so…"), what they should have done, ending in 才对 / 先啱, "if you'd
checked … you would have known", "check your own … before complaining"; another party carrying the
harm ("the breakage is really on them", "the late arrival is honestly on the courier"); another
department of ours at fault (是财务部门的问题), our own side gone by the book (我们门市这边都是按规定
处理的), ourselves as victims or helpless once a cause is named (也是被他们坑了, 係倉庫出錯，我哋前線都
好無奈); our part denied in a contraction or on a named side of ours ("our porters aren't responsible
for…", "the outage wasn't on our company's side").

Liability: the fault placed on our side in a passive ("the error was caused on our side"), in a blunt
word (是我们搞砸了), with 承认 in our voice or our letter (写一份说明，承认这次安装有误), our person who
missed or overlooked it, our equipment that malfunctioned and caused the harm, and what a letter of ours
would say ("acknowledging that the filling was done incorrectly").

The bare refusal (我们不负责。, 我們不負責喔, 我哋唔負責㗎, 恕不负责) is a forbidden phrase, as the
outside authors label it (the 禁言 '不关我事'); it is no blame argument unless someone is blamed.

Near misses stay clean: "we will check whether the courier…", "if we find we were at fault", quoting
what staff said to apologise, what we do not handle beside what we will do, what the customer should
have received, someone else's admission.

Sentences written for these tests (en, zh-Hans, zh-Hant incl. Cantonese; rentals, phone shops, movers,
clinics, hotels, utilities, banks, delivery apps, gyms, schools); every row names which categories it
must raise and which it must not.
"""

from __future__ import annotations

import pytest

from drafter.guard.engine import check

B, L, F = "blame_discussion", "liability_admission", "forbidden_phrase"

# (class, language, text, must fire, must stay silent)
Row = tuple[str, str, str, set[str], set[str]]

ROWS: list[Row] = [
    # The customer's custody or hands named as where it went wrong.
    ("custody", "en", "The crack must have happened while the phone was in your possession.", {B}, {L}),
    (
        "custody",
        "en",
        "Our check-out photos show the van was fine, so the dent happened after you collected it.",
        {B},
        set(),
    ),
    ("custody", "en", "The wardrobe was assembled by you, so the warranty doesn't cover the broken hinge.", {B}, set()),
    ("custody", "zh-Hans", "车辆交车时完好无损，划痕应该是在您用车期间造成的。", {B}, {L}),
    ("custody", "zh-Hant", "你交還單車嗰陣個輪已經甩咗，應該係你用緊嗰陣整壞嘅。", {B}, {L}),
    (
        "near",
        "en",
        "We'll check whether the dent happened after you collected the van and call you by 4pm.",
        set(),
        {B},
    ),
    ("near", "en", "The bed was assembled by our fitters, and I've booked them to come back on Friday.", set(), {B}),
    ("near", "zh-Hans", "我们会核实划痕是否在您用车期间造成，今天下午给您答复。", set(), {B}),
    ("near", "zh-Hans", "如果是在您使用期间出现的问题，我们同样提供免费维修。", set(), {B}),
    # What the customer should have done, as a reproach.
    ("should", "zh-Hans", "您报名前应该先确认好上课时间才对。", {B}, set()),
    ("should", "zh-Hant", "您訂購前應該先比對一下尺寸才對。", {B}, set()),
    ("should", "zh-Hant", "你落單之前應該睇清楚個型號先啱。", {B}, set()),
    ("should", "en", "If you'd checked the notice board you would have known the pool was closed.", {B}, set()),
    ("should", "en", "Maybe check that your own router is working before raising a complaint.", {B}, set()),
    ("near", "zh-Hans", "您应该收到我们的短信通知才对，我马上帮您补发。", set(), {B}),
    ("near", "zh-Hant", "您應該享有會員價才對，我已經幫您更正。", set(), {B}),
    ("near", "en", "If you'd like, we can move your appointment to Thursday.", set(), {B}),
    # Someone else carrying the harm.
    ("others", "en", "To be fair, the supplier packed the vase, so the breakage is really on them.", {B}, set()),
    ("others", "en", "The late arrival is honestly on the courier.", {B}, set()),
    ("others", "zh-Hans", "这个说实话是财务部门的问题，我们门市这边都是按规定处理的。", {B}, set()),
    ("others", "zh-Hans", "是工厂那边发错了配件，我们也是被他们坑了。", {B}, set()),
    ("others", "zh-Hant", "係倉庫出錯，我哋前線都好無奈。", {B}, set()),
    ("others", "zh-Hant", "係廚房出餐太慢，同埋車手嗰晚自己遲到，平台方面都好無奈。", {B}, set()),
    ("near", "zh-Hant", "我哋會查清楚係咪速遞公司派錯地址，聽日下晝之前覆你。", set(), {B}),
    ("near", "zh-Hans", "我们会按流程为您办理退款，今天下午5点前给您回复。", set(), {B}),
    (
        "near",
        "en",
        "I've asked the courier whether the parcel was left on time, and I'll update you by noon.",
        set(),
        {B},
    ),
    # Our part denied in a contraction or on a named side of ours.
    ("denied", "en", "Our porters aren't responsible for bags left in the lobby.", {B}, set()),
    ("denied", "en", "The outage wasn't on our company's side.", {B}, set()),
    ("denied", "en", "The fault isn't on our team's end.", {B}, set()),
    ("denied", "zh-Hant", "送貨延誤係速遞公司嘅事，唔係我哋嘅問題。", {B}, set()),
    (
        "near",
        "en",
        "It isn't on our side of the building, so I've asked the landlord's engineer to call you today.",
        set(),
        {L},
    ),
    # Liability: the fault placed on our side, in a blunt word, owned with 承认.
    ("liability", "en", "The billing error was caused on our side.", {L}, set()),
    ("liability", "en", "Our receptionist missed it when you checked in.", {L}, set()),
    ("liability", "en", "Our inspector overlooked the crack in the windscreen.", {L}, set()),
    ("liability", "en", "The rowing machine malfunctioned and caused your injury.", {L}, set()),
    ("liability", "en", "I'll write to you acknowledging that the filling was done incorrectly.", {L}, set()),
    (
        "liability",
        "en",
        "You'll get a signed letter stating that the lift malfunctioned and caused your fall.",
        {L},
        set(),
    ),
    ("liability", "zh-Hans", "是我们搞砸了。", {L}, set()),
    ("liability", "zh-Hans", "我会写一份书面说明，承认这次安装有误。", {L}, set()),
    ("liability", "zh-Hant", "我們會出一份書面說明，承認這次補牙操作有誤。", {L}, set()),
    ("liability", "zh-Hant", "今次真係我哋整砸咗。", {L}, set()),
    ("near", "en", "If the error was caused on our side, we'll put it right.", set(), {L}),
    ("near", "en", "We'll check whether our receptionist missed it and call you back today.", set(), {L}),
    ("near", "en", "Your own heater malfunctioned and caused the fuse to trip; our engineer can check it.", set(), {L}),
    ("near", "zh-Hans", "当我们找他谈话时，他主动承认了错误。", set(), {L}),
    ("near", "zh-Hans", "我们不会再搞砸您的订单，新的已经在路上。", set(), {L}),
    # Batch two: lessons and inverted conditionals, the customer's own slip, the weather with our hands
    # tied, a party's lapse as the reason, the blame handed over in a word, certainty in the first person.
    ("lesson", "en", "Had you read the house rules, you'd have seen the quiet hours.", {B}, set()),
    ("lesson", "en", "Next time, read the booking conditions before paying.", {B}, set()),
    ("lesson", "zh-Hans", "您应该早点告诉我们的。", {B}, set()),
    ("lesson", "zh-Hant", "你應該一早話我哋知嘛。", {B}, set()),
    ("lesson", "zh-Hant", "你自己落錯單啫。", {B}, set()),
    ("near", "en", "Next time you visit, the manager will greet you personally.", set(), {B}),
    (
        "near",
        "en",
        "Had you been charged twice we'd have refunded it, but I've checked and it was one charge.",
        set(),
        {B},
    ),
    ("near", "zh-Hans", "如果您自己选错了规格，也可以免费换一次。", set(), {B}),
    ("others", "zh-Hans", "下大雨路上堵，骑手也没办法。", {B}, set()),
    ("others", "zh-Hant", "係天氣問題，我哋控制唔到。", {B}, set()),
    ("others", "zh-Hans", "这锅得快递背。", {B}, set()),
    ("others", "zh-Hans", "供应商发货晚了，所以才延误。", {B}, set()),
    ("others", "zh-Hant", "銀行嗰邊仲未處理，我哋都冇計。", {B}, set()),
    ("others", "en", "The manufacturer's defect caused this, so please contact them.", {B}, set()),
    ("near", "zh-Hant", "供應商今日會到貨，所以明天就可以送出。", set(), {B}),
    ("near", "en", "The charge is on the bank statement as ACME LTD.", set(), {B}),
    (
        "near",
        "en",
        "Our staff aren't responsible for setting prices, but I've passed your note to head office.",
        set(),
        {B},
    ),
    ("near", "zh-Hans", "我们会按流程处理的，请您放心。", set(), {B}),
    ("certain", "en", "We definitely overcharged you.", {L}, set()),
    ("certain", "en", "Yes, our technician broke it.", {L}, set()),
    ("certain", "en", "We left the gate open, which is how your dog got out.", {L}, set()),
    ("certain", "zh-Hant", "你肚痛一定係食咗我哋啲海鮮。", {L}, set()),
    ("certain", "zh-Hans", "您不舒服肯定是吃了我们的凉菜。", {L}, set()),
    (
        "near",
        "en",
        "We forgot to add the side dish, which is why your order was short; it's on its way now.",
        set(),
        {L},
    ),
    ("near", "en", "The machine malfunctioned and caused the error message; restarting it will clear it.", set(), {L}),
    ("near", "en", "We'll find out whether our fitter broke it and call you by 5pm.", set(), {L}),
    ("near", "zh-Hans", "如果是吃了我们的东西不舒服，我们一定负责到底。", set(), {L}),
    # Batch three: blunt first-person forms, the reason given as our failing, harm caused by what we
    # served (啲), our driver who hit the car; a plain slip put right stays clean (as the authors label it).
    ("blunt", "en", "I messed up your booking, my apologies.", {L}, set()),
    ("blunt", "en", "The reason your card was charged twice is that our system glitched.", {L}, set()),
    ("blunt", "zh-Hans", "这锅我们背。", {L}, set()),
    ("blunt", "zh-Hans", "我们的司机把您的车撞了。", {L}, set()),
    ("blunt", "zh-Hant", "我哋啲食物搞到你食物中毒，真係對唔住。", {L}, set()),
    ("near", "en", "The reason I'm writing is that our team wants to confirm your new address.", set(), {L}),
    ("near", "en", "So sorry we got your latte wrong; a free one is waiting for you.", set(), {L}),
    ("near", "zh-Hans", "我们的司机被撞了，您的包裹会由同事今天送达。", set(), {L}),
    ("near", "zh-Hant", "唔好意思漏咗你一份薯條，已經退返HK$18俾你。", set(), {L}),
    # The bare refusal of responsibility: a forbidden phrase.
    ("near", "zh-Hant", "店員話我哋唔負責，呢個講法完全唔啱，對唔住。", set(), {F, B}),
    ("refusal", "zh-Hans", "这类损坏我们不负责。", {F}, {B}),
    ("refusal", "zh-Hant", "寄存的物品我們不負責喔。", {F}, {B}),
    ("refusal", "zh-Hant", "呢啲我哋唔負責㗎。", {F}, {B}),
    ("refusal", "zh-Hans", "车内遗留物品恕不负责。", {F}, set()),
    ("refusal", "en", "Not our responsibility.", {B}, set()),
    ("near", "zh-Hans", "我们不负责上门安装，但可以帮您预约师傅，明天上午给您回电。", set(), {F, B}),
    ("near", "zh-Hans", "您提到店员说「我们不负责」，这种态度是不对的，我们已经跟进。", set(), {F, B}),
    ("near", "zh-Hant", "這件事我們會負責到底。", set(), {F, B}),
]


@pytest.mark.parametrize(
    ("cls", "language", "text", "fires", "silent"), ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:24]}" for r in ROWS]
)
def test_round_9y(cls: str, language: str, text: str, fires: set[str], silent: set[str]) -> None:
    found = {f.category for f in check(text, language=language).findings}
    hits = [(f.rule, f.excerpt) for f in check(text, language=language).findings]
    assert fires <= found, hits
    assert not (silent & found), hits
