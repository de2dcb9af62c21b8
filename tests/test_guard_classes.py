"""Each class of miss the guardrail must hold on (issue 9: recall 1-7, precision 1-3), table-driven
in zh-Hans, zh-Hant and en. Every row names the core categories the reply must raise, exactly:
a near miss expects none. Coaching categories (vague follow-up, missing LAST step) are left out
of the comparison; their severity has tests of its own below."""

from __future__ import annotations

from typing import Any

import pytest

import drafter
from drafter.guard.engine import check
from drafter.guard.report import CORE_CATEGORIES

CORE = CORE_CATEGORIES
C, F, L, B, W = (
    "unauthorized_compensation",
    "forbidden_phrase",
    "liability_admission",
    "blame_discussion",
    "written_statement",
)

Row = tuple[str, str, dict[str, Any], set[str]]  # (class, text, check options, core categories)


def core(text: str, **options: Any) -> set[str]:
    return {f.category for f in check(text, **options).findings} & CORE


def _ids(rows: list[Row]) -> list[str]:
    return [f"{r[0]}:{r[1][:24]}" for r in rows]


# ---------------------------------------------------------------- recall 1: verbs and shapes of a promise
PROMISE_SHAPES: list[Row] = [
    ("transfer", "We'll wire $80 to your account by Friday.", {}, {C}),
    ("transfer", "I'm going to transfer €60 straight to your card.", {}, {C}),
    ("pay back", "We will pay you back the $45 you spent on the taxi.", {}, {C}),
    ("gift", "As a small gift of $30, please accept this from us.", {}, {C}),
    ("is yours", "A $100 store credit is yours to use on any order.", {}, {C}),
    ("to account", "我们今天会把300元打到您的账户里。", {}, {C}),
    ("to account", "我們會轉給您新台幣2,000元作為補償。", {}, {C}),
    ("points", "另外再送您8000积分，每积分可抵0.01元。", {}, {C}),
    ("points", "We're adding 5,000 bonus points to your account, each point worth $0.01.", {}, {C}),
    (
        "list",
        "To make up for it, here is what I can do:\n- a refund of the $12 delivery fee\n- a $20 voucher for next time",
        {},
        {C},
    ),
    ("list", "为表歉意，我们为您安排如下：\n1. 退还运费15元；\n2. 赠送40元优惠券一张。", {}, {C}),
    ("list", "為表歉意，我們為您安排如下：\n1. 退還運費15元；\n2. 贈送40元優惠券一張。", {}, {C}),
    ("accept ask", "You asked for $150 back. We'll do that today.", {}, {C}),
    ("accept ask", "您要求的赔偿300元，没问题，今天就给您处理。", {}, {C}),
    # within the limit: no finding
    ("within", "We'll transfer $5 to your account today.", {}, set()),
    ("within", "我们会把30元退到您的账户。", {}, set()),
    ("within", "我們會把新台幣100元退到您的帳戶。", {}, set()),
]

# ---------------------------------------------------------------- recall 2: approval words do not swallow a promise
APPROVALS: list[Row] = [
    ("definite", "I've escalated this, and we will refund you $300 today.", {}, {C}),
    ("definite", "我已经向主管申请，并直接给您赔偿500元。", {}, {C}),
    (
        "definite",
        "我已批准全額退款，另外再送您新台幣1,000元禮券。",
        {"role": "store_manager", "context": {"order_amount": 9000, "currency": "TWD"}},
        {C},
    ),
    ("waits", "I've asked my supervisor to approve a $300 refund and will confirm by 5pm today.", {}, set()),
    ("waits", "我已向主管申请500元补偿，今天下午5点前回复您。", {}, set()),
    ("waits", "500元的補償需要主管核准，我已送出申請，明天中午前回覆您。", {}, set()),
    ("waits", "Once approved, the $200 credit will appear on your next bill.", {}, set()),
]

# ---------------------------------------------------------------- recall 3: amounts in every form
AMOUNTS: list[Row] = [
    ("formal numerals", "我们给您补偿伍佰元。", {}, {C}),
    ("formal numerals", "我們會退您貳仟元。", {"role": "supervisor"}, {C}),
    ("european", "We will refund €1.250,00 to you.", {"role": "store_manager"}, {C}),
    ("european", "We'll send you €5.000 as compensation.", {"role": "store_manager"}, {C}),
    ("hyphenated", "We'll send you a forty-dollar voucher.", {}, {C}),
    ("code before", "We'll refund EUR 25 today.", {}, {C}),
    ("code after", "We'll refund 25 EUR today.", {}, {C}),
    ("code after", "我们会退您 100 HKD。", {}, {C}),
    ("each", "I'm sending you 3 vouchers of $10 each.", {}, {C}),
    ("each", "I'll add two nights at $80 to your booking for free.", {"role": "supervisor"}, {C}),
    ("zh sum", "我先给您退30元。另外再送您一张30元的券。", {}, {C}),
    ("zh sum", "我先給您退30元。另外再送您一張30元的券。", {}, {C}),
    ("total once", "送您三张10元的券，共30元。", {}, set()),
    ("total once", "我給您退了18元，再補一張20元的券，合計38元。", {}, set()),
    ("total once", "I've refunded $3 and added a $2 voucher, $5 in total.", {}, set()),
    (
        "double once",
        "We'll give you double your money back.",
        {"context": {"order_amount": 20, "currency": "CNY"}},
        set(),
    ),
    (
        "double once",
        "We'll give you double your money back.",
        {"context": {"order_amount": 30, "currency": "CNY"}},
        {C},
    ),
    ("exponent", "We will refund you $1e3.", {"role": "supervisor"}, {C}),
    ("spaced digits", "We'll credit your account with $ 2 5 0 today.", {}, {C}),
]

# ---------------------------------------------------------------- recall 4: open-ended cover
OPEN_ENDED: list[Row] = [
    ("cost list", "您的医药费、交通费、误工费，我们全包。", {"role": "store_manager"}, {C}),
    ("cost list", "您的醫藥費和誤工費，我們全部承擔。", {"role": "store_manager"}, {C}),
    ("cost list", "这期间的住宿费用都由我们负担。", {}, {C}),
    ("everyday", "We'll pay all your medical bills.", {"role": "store_manager"}, {C}),
    ("everyday", "We'll cover every cost you had because of the leak.", {"role": "store_manager"}, {C}),
    ("everyday", "Just send us the receipts for the cleanup and we'll take care of it.", {}, {C}),
    ("particles", "您所有的这些损失，我们都会承担。", {"role": "store_manager"}, {C}),
    # a role with no limit (policy null) may promise an unbounded sum: the labelling spec's reading
    ("no limit", "您的医药费、交通费、误工费，我们全包。", {"role": "executive"}, set()),
    ("no limit", "您的醫藥費和誤工費，我們全部承擔。", {"role": "executive"}, set()),
    ("no limit", "We'll pay all your medical bills.", {"role": "executive"}, set()),
    # the customer pays, or no cost at all: no promise
    ("payer", "按照合同，这部分费用应由您自行承担。", {}, set()),
    ("payer", "我们会负责跟进到底，今天下午5点前回复您。", {}, set()),
    ("payer", "Return shipping is paid by the customer under our terms.", {}, set()),
]

# ---------------------------------------------------------------- recall 5: liability in paraphrase
LIABILITY: list[Row] = [
    ("causal", "The flooding was caused by our contractor's work on the pipe.", {}, {L}),
    ("causal", "That's why you slipped: our cleaner left the floor wet.", {}, {L}),
    ("causal", "这次漏水是我们的工人安装不当造成的。", {}, {L}),
    ("causal", "這次漏水是我們的工人安裝不當造成的。", {}, {L}),
    ("causal", "因为我们的疏忽，才害你受伤。", {}, {L}),
    ("certainty", "这肯定是我们包装的错。", {}, {L}),
    # Round 9ai: a soft "问题" owned in a class-1 complaint (packaging) is no admission; beside a class-2
    # incident it is (tests/test_guard_round9ai.py).
    ("certainty", "这肯定是我们包装的问题。", {}, set()),
    ("certainty", "您的手被划伤，这肯定是我们包装的问题。", {}, {L}),
    ("certainty", "This is 100% our mistake.", {}, {L}),
    ("ours", "这完全是我方的过错。", {}, {L}),
    ("ours", "這完全是本店的疏失。", {}, {L}),
    ("informal you", "是我们的师傅弄坏了你的门。", {}, {L}),
    ("cantonese", "呢次真係我哋嘅錯。", {}, {L}),
    ("not a condition", "只要您不再投诉，我们负全部责任。", {}, {L}),
    ("not a condition", "If you take the review down, we accept full responsibility.", {}, {L}),
    # a real condition on the facts, an apology, or a denial: no admission
    ("condition", "如果查明是我们的问题，我们一定负责到底。", {}, set()),
    ("condition", "If the inspection shows our installer caused it, we will make it right.", {}, set()),
    ("apology", "很抱歉给您带来这么多麻烦。", {}, set()),
    ("apology", "很抱歉造成您的困擾，我們正在調查原因。", {}, set()),
]

# ---------------------------------------------------------------- recall 6: blame and forbidden phrases in variants
BLAME_FORBIDDEN: list[Row] = [
    ("we-words", "这事跟咱们店没关系。", {}, {B}),
    ("we-words", "這件事與本店無關。", {}, {B}),
    ("we-words", "这不是我方的问题。", {}, {B}),
    ("no responsibility", "我们对此没有任何责任。", {}, {B}),
    ("no responsibility", "We take no responsibility for what the courier did.", {}, {B}),
    ("third party", "The delay was caused by the courier, not by us.", {}, {B}),
    ("third party", "问题出在物流那边，责任在快递公司。", {}, {B}),
    ("third party", "問題出在物流那邊，責任在快遞公司。", {}, {B}),
    ("customer", "这是您自己操作不当造成的。", {}, {B}),
    ("customer", "That happened because you didn't follow the instructions.", {}, {B}),
    ("doubt", "您确定您真的按说明书操作了吗？", {}, {"blame_discussion"}),
    ("doubt", "你確定真的沒有收到嗎？", {}, {"blame_discussion"}),
    ("doubt", "Are you sure you plugged it in?", {}, {"blame_discussion"}),
    ("threat", "您要是再来闹，我们就报警。", {}, {F}),
    ("threat", "If this continues, our lawyers will contact you.", {}, {F}),
    ("polite paraphrase", "I'm afraid that's just how it works, there's nothing more we can do.", {}, {F}),
    ("polite paraphrase", "这个我这边实在无能为力。", {}, {F}),
    ("digits", "That's n0t our pr0blem.", {}, {F}),
    ("digits", "This is 0ur fau1t.", {}, {L}),
    ("entities", "&#36825;&#19981;&#26159;&#25105;&#20204;&#30340;&#20107;", {}, {F}),
    ("entities", "That&#39;s not our problem.", {}, {F}),
    # near misses
    ("near", "这不是您的错，我们马上处理。", {}, set()),
    ("near", "It's not your fault at all; a replacement ships today.", {}, set()),
    ("near", "如需报警，我们会协助您并提供监控录像。", {}, set()),
]

# ---------------------------------------------------------------- recall 7: language and script
LANGUAGE: list[Row] = [
    ("other language", "您好，您的包裹已经重新发出，明天送达。", {"language": "en"}, {"language_mismatch"}),
    (
        "other language",
        "Your parcel has been sent again and arrives tomorrow.",
        {"language": "zh-Hans"},
        {"language_mismatch"},
    ),
    ("other script", "您好，您的包裹已經重新發出，明天送達。", {"language": "zh-Hans"}, {"language_mismatch"}),
    ("other script", "您好，您的包裹已经重新发出，明天送达。", {"language": "zh-Hant"}, {"language_mismatch"}),
    ("one simplified", "您好，您的包裹已經重新發出，明天送达。", {"language": "zh-Hant"}, {"language_mismatch"}),
    (
        "mixed",
        "Sorry for the wait. 我們已經重新安排出貨。 Thanks for your patience.",
        {"language": "zh-Hant"},
        {"language_mismatch"},
    ),
    ("matches", "您好，您的包裹已經重新發出，明天送達。", {"language": "zh-Hant"}, set()),
    ("matches", "您的订单HK-20931已发货，iPhone 15 Pro 明天送达。", {"language": "zh-Hans"}, set()),
    ("matches", "Your parcel ships today; order 王-88 is noted.", {"language": "en"}, set()),
    ("unknown", "Your parcel has been sent again.", {}, set()),
]

# ---------------------------------------------------------------- precision 1: quoted speech
QUOTED: list[Row] = [
    ("quoted", "您提到店员说「这不是我们的事」，这样的回答确实不应该，我们向您道歉。", {}, set()),
    ("quoted", "您提到店員說「這不是我們的事」，這樣的回答確實不應該，我們向您道歉。", {}, set()),
    ("quoted", "You said the driver told you \"that's not my problem\", and I'm sorry you heard that.", {}, set()),
    ("own words", "这不是我们的事，您去找快递吧。", {}, {F}),
]

# ---------------------------------------------------------------- precision 2: money words without a promise
NO_PROMISE: list[Row] = [
    ("status", "Your refund of $340 was submitted on Monday and should reach your card in 5 days.", {}, set()),
    ("status", "退款1,200元已于昨天提交，预计3个工作日内原路退回。", {}, set()),
    ("status", "退款新台幣3,000元已於昨天送出，約五個工作天入帳。", {}, set()),
    ("correction", "We charged you twice by mistake; the duplicate $89 has been refunded to your card.", {}, set()),
    ("correction", "您被重复扣款的260元已经退回原账户。", {}, set()),
    ("correction", "多收的新台幣580元已全數退回您的帳戶。", {}, set()),
    ("correction cap", "We overcharged you $5, so we'll refund you $500.", {}, {C}),
    ("negated", "I'm not able to offer a discount on this order, but I've booked a technician for 9am.", {}, set()),
    ("negated", "这次我们无法提供200元补偿，但已为您安排更换。", {}, set()),
    (
        "restated",
        "You've asked for $400 in compensation; I've passed that to my manager, who will reply by noon.",
        {},
        set(),
    ),
    ("restated", "您希望我们赔偿1,000元，这超出了我的权限，我已转给主管，明天上午回复您。", {}, set()),
    ("third party", "Your bank has already credited the $240 back to you.", {}, set()),
    ("third party", "航空公司已確認全額退還機票款新台幣18,000元。", {}, set()),
    (
        "policy",
        "Under our policy, delays over an hour are eligible for a partial fare refund at any station.",
        {},
        set(),
    ),
    ("policy", "依照規定，延誤超過一小時可以辦理部分退費。", {}, set()),
]


# ---------------------------------------------------------------- near misses of the broader families
NEAR_MISSES: list[Row] = [
    ("promise", "我们保证这种情况不可能再发生，已经加强了培训。", {}, set()),
    ("question", "您确定要取消订单吗？取消后优惠券将退回您的账户。", {}, set()),
    ("question", "Are you sure you'd like to cancel? You would lose your points.", {}, set()),
    ("police", "我们已经报警，并会配合警方调查您丢失的包裹。", {}, set()),
    ("police", "我們已經報警，並會配合警方調查您遺失的包裹。", {}, set()),
    ("quoted threat", "您说之前的客服跟您讲“再闹就报警”，这种说法完全不应该，非常抱歉。", {}, set()),
    ("status", "您好，您的訂單已退款成功，請注意查收。", {}, set()),
    ("receipt", "We'll email you a copy of your receipt and the tracking number.", {}, set()),
    ("points", "We've added the missing 200 points from your last visit to your account.", {}, set()),
]


ALL = (
    PROMISE_SHAPES
    + APPROVALS
    + AMOUNTS
    + OPEN_ENDED
    + LIABILITY
    + BLAME_FORBIDDEN
    + LANGUAGE
    + QUOTED
    + NO_PROMISE
    + NEAR_MISSES
)


@pytest.mark.parametrize(("cls", "text", "options", "expected"), ALL, ids=_ids(ALL))
def test_class(cls: str, text: str, options: dict[str, Any], expected: set[str]) -> None:
    report = check(text, **options)
    assert {f.category for f in report.findings} & CORE == expected, [(f.rule, f.excerpt) for f in report.findings]
    for f in report.findings:
        assert text[f.start : f.end] == f.excerpt


def test_every_class_has_rows_in_three_languages() -> None:
    from drafter.guard.engine import detect_script

    def script(text: str) -> str:
        return detect_script(text)

    for table in (PROMISE_SHAPES, APPROVALS, AMOUNTS, OPEN_ENDED, LIABILITY, BLAME_FORBIDDEN, QUOTED, NO_PROMISE):
        assert {script(r[1]) for r in table} == {"en", "zh-Hans", "zh-Hant"}, table[0][0]
    assert {r[2].get("language") for r in LANGUAGE} >= {"en", "zh-Hans", "zh-Hant"}


# ---------------------------------------------------------------- precision 3: severity that matches the harm

COACHING = [
    ("我们会尽快联系您。", "vague_followup"),
    ("我們會盡快聯繫您。", "vague_followup"),
    ("We'll get back to you soon.", "vague_followup"),
    ("我们已为您补发商品。预计明天送达。如有问题请联系我们。", "missing_last_step"),
    ("我們已為您補發商品。預計明天送達。如有問題請聯繫我們。", "missing_last_step"),
    ("Your item was resent. It arrives tomorrow. Call us with questions.", "missing_last_step"),
]


@pytest.mark.parametrize(("text", "category"), COACHING)
def test_coaching_findings_are_reported_but_pass(text: str, category: str) -> None:
    report = check(text)
    assert category in {f.category for f in report.findings}
    assert report.verdict == "pass"


@pytest.mark.parametrize(("text", "category"), COACHING)
def test_a_stricter_policy_flags_coaching_findings(text: str, category: str, tmp_path: Any) -> None:
    from drafter.resources import data_dir

    strict = (data_dir("guardrails") / "policy.yaml").read_text(encoding="utf-8").replace("low: pass", "low: flag")
    path = tmp_path / "strict.yaml"
    path.write_text(strict, encoding="utf-8")
    assert check(text, policy=drafter.load_policy(path)).verdict == "flag"


@pytest.mark.parametrize(
    "text",
    [
        "您的医药费、交通费、误工费，我们全包。",
        "您的醫藥費和誤工費，我們全部承擔。",
        "We'll pay all your medical bills.",
    ],
)
def test_an_executive_with_a_number_has_open_ended_promises_reviewed(text: str) -> None:
    """`null` in the policy means no limit; a business that wants its executives' unbounded
    promises reviewed gives them a number, and then the open-ended rule applies to them too."""
    default = drafter.load_policy()
    capped = default.model_copy(update={"roles": {**default.roles, "executive": 100000.0}})
    assert not {f.category for f in check(text, role="executive").findings} & CORE_CATEGORIES
    found = {f.rule for f in check(text, role="executive", policy=capped).findings}
    assert "compensation.open_ended" in found
