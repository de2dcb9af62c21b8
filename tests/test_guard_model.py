"""The trained second detector (drafter/guard/model.py): it flags paraphrases the rules miss,
leaves near-misses alone, loads from the package, fails closed on a broken weights file, and
scores exactly the features the training script counted."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

import drafter
from drafter.guard import model as guard_model
from drafter.guard.engine import check, sentence_canons
from drafter.guard.model import SEPARATOR, candidates, load_model
from drafter.guard.rules import MODEL_FILE, default_ruleset, load_ruleset
from drafter.policy import load_policy
from drafter.resources import data_dir

MODEL_RULES = {"blame.model", "forbidden.model", "liability.model"}
ON = load_policy().model_copy(update={"trained_detector": True})  # the detector is off by default
OFF = load_policy().model_copy(update={"trained_detector": False})

# Written for this test (not training sentences): wording the rules' phrase families do not list.
PARAPHRASES = [
    # (language, text, category the model must add)
    ("zh-Hans", "主要是仓库那边打包太随意，才会压坏。", "blame_discussion"),
    ("zh-Hant", "這次送錯地址，主要還是配送站那邊沒核對清楚。", "blame_discussion"),
]

# The model also scores these over its threshold, but a rule already flags each one: the rule's
# finding is kept (it says more) and no model finding is added on the same sentence. English
# paraphrases written for this test were all caught by the rules.
BOTH = [
    ("en", "Most of the delay came from the supplier shipping late.", "blame_discussion"),
    ("en", "That's just how it is, there's nothing to discuss.", "forbidden_phrase"),
    ("en", "It was our driver who caused the accident, we accept that.", "liability_admission"),
    ("zh-Hans", "这件事责任全在我们，我们认。", "liability_admission"),
    ("zh-Hant", "這次延誤主要是海關那邊卡住了，不是我們這邊的問題。", "blame_discussion"),
    # Round 9ae: the other side's doing framed as theirs (主要是…那边发货晚了) is a rule since.
    ("zh-Hans", "延误主要是供应商那边发货晚了。", "blame_discussion"),
    ("zh-Hant", "延誤主要是供應商那邊發貨晚了。", "blame_discussion"),
    # The rule as the whole answer (规定就是这么定的) is a policy-shield family since round 9t.
    ("zh-Hans", "我们这边规定就是这么定的，谁来都一样。", "forbidden_phrase"),
    ("zh-Hant", "我們這邊規定就是這麼定的，誰來都一樣。", "forbidden_phrase"),
]

# Near-misses: apologies, neutral status, investigation promised; nothing to flag.
NEAR_MISSES = [
    (
        "en",
        "I'm so sorry your order arrived late. I've asked the courier to prioritise it and you'll have it "
        "by 6pm tomorrow. Thank you for your patience.",
    ),
    (
        "en",
        "We're looking into what caused the leak and will share what we find by Friday. Thank you for letting us know.",
    ),
    ("zh-Hans", "非常抱歉让您久等了。我已经联系仓库加急处理，明天中午前为您送达。感谢您的耐心。"),
    ("zh-Hans", "我们会认真调查这次问题的原因，并在本周五前把结果告诉您。谢谢您的反馈。"),
    ("zh-Hant", "非常抱歉讓您久等了。我已經聯繫倉庫加急處理，明天中午前為您送達。感謝您的耐心。"),
    ("zh-Hant", "我們會認真調查這次問題的原因，並在本週五前把結果告訴您。謝謝您的回饋。"),
]


# Written for this test: the model alone scores each over its category's threshold, and the
# rules' own near-miss logic vetoes it (a polite question, "not your fault", a negation or an
# ``unless`` phrase of the model rule).
VETOED = [
    ("zh-Hans", "您确定要取消订单吗？", "forbidden_phrase"),
    ("zh-Hant", "您確定要取消訂單嗎？", "forbidden_phrase"),
    ("en", "Are you sure you'd like to cancel?", "forbidden_phrase"),
    ("zh-Hans", "这件事不是您的错。", "blame_discussion"),
    ("zh-Hant", "這件事不是您的錯。", "blame_discussion"),
    ("en", "It's not your fault.", "liability_admission"),
    ("en", "It's not your fault at all, and we'll fix it today.", "liability_admission"),
    ("en", "We take responsibility for fixing this and will call you at 4pm.", "liability_admission"),
]

# A rule's finding of another core category in the sentence: the detector adds nothing to it.
RULE_ELSEWHERE = [
    ("zh-Hans", "这不是我们的事。", "forbidden_phrase", "blame_discussion"),
    ("zh-Hant", "這不是我們的事。", "forbidden_phrase", "blame_discussion"),
    ("en", "We take no responsibility for what the courier did.", "blame_discussion", "liability_admission"),
]


def _model_rules(report: drafter.GuardReport) -> set[str]:
    return {f.rule for f in report.findings if f.rule in MODEL_RULES}


@pytest.mark.parametrize(("language", "text", "category"), PARAPHRASES)
def test_model_flags_paraphrases_the_rules_miss(language: str, text: str, category: str) -> None:
    rules_only = check(text, language=language, use_model=False)
    assert category not in {f.category for f in rules_only.findings}  # the rules alone miss it
    report = check(text, language=language, policy=ON)
    found = [f for f in report.findings if f.rule in MODEL_RULES and f.category == category]
    assert found, report.findings
    assert report.verdict != "pass"
    finding = found[0]
    assert finding.confidence is not None and 0.5 <= finding.confidence <= 1
    assert finding.excerpt == text[finding.start : finding.end] and finding.excerpt.strip()
    assert finding.suggestion


@pytest.mark.parametrize(("language", "text", "category"), BOTH)
def test_rules_win_where_both_fire(language: str, text: str, category: str) -> None:
    model = load_model(default_ruleset().model_path)
    _, canon = sentence_canons(text)
    k = model.categories.index(category)
    assert max(model.scores(canon)[k]) >= model.thresholds[k]  # the model alone would flag it
    report = check(text, language=language, policy=ON)
    found = [f for f in report.findings if f.category == category]
    assert found and all(f.rule not in MODEL_RULES for f in found)


@pytest.mark.parametrize(("language", "text"), NEAR_MISSES)
def test_model_leaves_near_misses_alone(language: str, text: str) -> None:
    assert not _model_rules(check(text, language=language, policy=ON))


def _model_alone_flags(text: str, category: str) -> bool:
    model = load_model(default_ruleset().model_path)
    _, canon = sentence_canons(text)
    k = model.categories.index(category)
    return max(model.scores(canon)[k]) >= model.thresholds[k]


@pytest.mark.parametrize(("language", "text", "category"), VETOED)
def test_near_miss_logic_vetoes_the_model(language: str, text: str, category: str) -> None:
    assert _model_alone_flags(text, category)  # the veto, not a low score, keeps it silent
    report = check(text, language=language, policy=ON)
    assert category not in {f.category for f in report.findings}, report.findings


@pytest.mark.parametrize(("language", "text", "rule_category", "model_category"), RULE_ELSEWHERE)
def test_a_rule_finding_in_the_sentence_wins(language: str, text: str, rule_category: str, model_category: str) -> None:
    assert _model_alone_flags(text, model_category)
    categories = {f.category for f in check(text, language=language, policy=ON).findings}
    assert rule_category in categories and model_category not in categories


def test_a_doubting_question_is_not_a_polite_one() -> None:
    """question_ok reads an offer or a choice, not a question doubting the customer's account."""
    polite = default_ruleset().regex["polite_question"]
    for text in ("您确定要取消订单吗?", "是否需要我们为您取消订单?", "are you sure you d like to cancel?"):
        assert polite.search(text), text
    for text in ("您确定您没有看错吗?", "你没看说明书吗?", "are you sure you read the manual?"):
        assert not polite.search(text), text


def test_quoted_speech_is_not_scored() -> None:
    text = PARAPHRASES[0][1]
    quoted = f"您提到店员说「{text}」，这样的回答确实不应该，非常抱歉。"
    assert not _model_rules(check(quoted, language="zh-Hans", policy=ON))


def test_off_by_default() -> None:
    """The default policy leaves the detector off (guardrails/policy.yaml: speed); a policy turns
    it on, and ``use_model=False`` keeps it off whatever the policy says."""
    text = PARAPHRASES[0][1]
    assert load_policy().trained_detector is False
    assert not _model_rules(check(text))
    assert _model_rules(check(text, policy=ON))
    assert not _model_rules(check(text, policy=ON, use_model=False))


def test_weights_ship_with_the_package() -> None:
    rs = default_ruleset()
    assert rs.model_path == data_dir("guardrails") / "models" / MODEL_FILE
    assert rs.model_path.is_file()
    model = load_model(rs.model_path)
    assert set(model.categories) == {r.category for r in rs.model_rules}
    assert rs.model_path.stat().st_size < 1_000_000


def _copy_guardrails(tmp_path: Path) -> Path:
    target = tmp_path / "guardrails"
    shutil.copytree(data_dir("guardrails"), target)
    return target


@pytest.mark.parametrize(
    "corrupt",
    [
        lambda p: p.write_text("{not json", encoding="utf-8"),
        lambda p: p.unlink(),
        lambda p: p.write_text(json.dumps({"format": 1, "features": ["ab"], "categories": {}}), encoding="utf-8"),
        lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
    ],
    ids=["not-json", "missing", "no-categories", "truncated"],
)
def test_corrupt_weights_fail_closed(tmp_path: Path, corrupt: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_CACHE", "0")
    folder = _copy_guardrails(tmp_path)
    corrupt(folder / "models" / MODEL_FILE)  # type: ignore[operator]
    rs = load_ruleset(folder / "rules")
    for text in ("Thank you, your parcel arrives tomorrow by noon.", "谢谢您，包裹明天中午前送达。"):
        report = check(text, ruleset=rs, policy=ON)
        assert report.verdict == "block"
        assert [f.rule for f in report.findings] == ["engine.error"]


def test_a_model_missing_a_category_fails_closed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_CACHE", "0")
    folder = _copy_guardrails(tmp_path)
    path = folder / "models" / MODEL_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    data["categories"].pop("blame_discussion")
    path.write_text(json.dumps(data), encoding="utf-8")
    report = check("Thank you for waiting.", ruleset=load_ruleset(folder / "rules"), policy=ON)
    assert report.verdict == "block" and report.findings[0].rule == "engine.error"


def test_output_is_deterministic() -> None:
    texts = [t for _, t, _ in PARAPHRASES] + [t for _, t in NEAR_MISSES]
    first = [check(t, policy=ON).model_dump() for t in texts]
    guard_model._load.cache_clear()  # a fresh load of the weights gives the same findings
    again = [check(t, policy=ON).model_dump() for t in reversed(texts)][::-1]
    assert first == again


@pytest.mark.parametrize("language", ["en", "zh-Hans", "zh-Hant"])
def test_scoring_sees_exactly_the_training_features(language: str) -> None:
    """Every Aho-Corasick match of the shipped vocabulary is a candidate feature of its own
    sentence, counted once per occurrence: training and scoring read the same features."""
    text = next(t for lang, t in NEAR_MISSES if lang == language) + " " + PARAPHRASES[0][1]
    _, canon = sentence_canons(text)
    model = load_model(default_ruleset().model_path)
    vocab = json.loads(default_ruleset().model_path.read_text(encoding="utf-8"))["features"]
    for piece in canon.split(SEPARATOR):
        matched = Counter(vocab[k] for k, _, _ in model.automaton.find_matches_as_indexes(piece, overlapping=True))
        allowed = candidates(piece)
        assert set(matched) <= allowed
        for feature, n in matched.items():
            assert n == sum(piece.startswith(feature, i) for i in range(len(piece)))


def test_flagged_agrees_with_per_sentence_scores() -> None:
    model = load_model(default_ruleset().model_path)
    for _, text, _ in PARAPHRASES:
        _, canon = sentence_canons(text)
        scores = model.scores(canon)
        expected = {
            (k, s)
            for k in range(len(model.categories))
            for s, logit in enumerate(scores[k])
            if logit >= model.thresholds[k]
        }
        got = {(k, s) for k, s, _ in model.flagged(canon)}
        assert got == expected


def test_detector_module_not_loaded_while_off() -> None:
    """With a policy that turns the detector off a check never imports it: cold start."""
    import subprocess
    import sys

    code = (
        "import sys; from drafter.guard.engine import check; from drafter.policy import load_policy; "
        "off = load_policy().model_copy(update={'trained_detector': False}); "
        "check('很抱歉给您带来不便，我们今天下午5点前回复您。', policy=off); "
        "print('drafter.guard.model' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# Written for the retraining round (issue 9h), not training sentences. The detector alone scores
# each over its category's threshold; where a rule also fires, the rule's finding is kept.
ROUND_9H_FLAGS = [
    # (language, text, category, a rule also finds it)
    ("en", "To be fair, the courier is the one who lost it.", "blame_discussion", True),  # a rule since 9t
    ("en", "There's nothing more I can say, that's simply how it works here.", "forbidden_phrase", True),
    ("en", "It was our technician's mistake that flooded your kitchen.", "liability_admission", True),
    ("zh-Hans", "规定就是规定，谁来都是这个答复。", "forbidden_phrase", True),
    ("zh-Hant", "規定就是規定，誰來都是這個答覆。", "forbidden_phrase", True),
    ("zh-Hans", "这次确实是我们的员工操作失误，才让您的手机摔坏了。", "liability_admission", True),
    ("zh-Hant", "這次確實是我們的員工操作失誤，才讓您的手機摔壞了。", "liability_admission", True),
]

# Near-misses written for the round: a third party named without blame, refund timing, a check
# under way. The detector alone stays under every threshold and the guard finds no core category.
ROUND_9H_NEAR_MISSES = [
    ("zh-Hans", "我们正在和物流公司核实包裹的位置，明天上午10点前告诉您结果。"),
    ("zh-Hant", "我們正在和物流公司核實包裹的位置，明天上午10點前告訴您結果。"),
    ("en", "We're checking with the shipping partner where your parcel is and will tell you by 10am tomorrow."),
    ("zh-Hans", "银行退款一般需要三到五个工作日，我们会在周五前再跟您确认。"),
    ("zh-Hant", "銀行退款一般需要三到五個工作日，我們會在週五前再跟您確認。"),
    ("en", "Bank refunds usually take three to five working days; I'll confirm with you again on Friday."),
    ("en", "Your safety is our responsibility, so the lift stays closed until an engineer checks it at 9am."),
]
CORE = {"blame_discussion", "forbidden_phrase", "liability_admission", "unauthorized_compensation", "written_statement"}


@pytest.mark.parametrize(("language", "text", "category", "ruled"), ROUND_9H_FLAGS)
def test_round_9h_detector_flags(language: str, text: str, category: str, ruled: bool) -> None:
    assert _model_alone_flags(text, category)
    report = check(text, language=language, policy=ON)
    found = [f for f in report.findings if f.category == category]
    assert found and report.verdict != "pass"
    assert all((f.rule in MODEL_RULES) != ruled for f in found)


@pytest.mark.parametrize(("language", "text"), ROUND_9H_NEAR_MISSES)
def test_round_9h_near_misses(language: str, text: str) -> None:
    report = check(text, language=language, policy=ON)
    assert not {f.category for f in report.findings} & CORE, report.findings
    if "safety" not in text:  # the veto's ("your safety" in liability.model's unless)
        assert not any(_model_alone_flags(text, c) for c in load_model(default_ruleset().model_path).categories)


def test_the_cue_bound_never_hides_a_flag() -> None:
    """``flagged`` skips exact scoring when the cue bound proves no category can reach its
    threshold: on every sentence of these tables it agrees with exact per-sentence scores, and
    the bound does skip the clean ones."""
    model = load_model(default_ruleset().model_path)
    texts = [t for _, t, *_ in PARAPHRASES + BOTH + VETOED + ROUND_9H_FLAGS]
    texts += [t for _, t in NEAR_MISSES + ROUND_9H_NEAR_MISSES]
    texts.append(" ".join(texts))  # one long reply: every sentence at once
    skipped = 0
    for text in texts:
        _, canon = sentence_canons(text)
        scores = model.scores(canon)
        expected = {
            (k, s) for k in range(len(model.categories)) for s, v in enumerate(scores[k]) if v >= model.thresholds[k]
        }
        assert {(k, s) for k, s, _ in model.flagged(canon)} == expected, text
        matches = model.cues.find_matches_as_indexes(canon, overlapping=True)
        lengths = [len(p) for p in canon.split(SEPARATOR)]
        sums = guard_model._sentence_sums(matches, lengths, model.bound) if matches else [0.0] * len(lengths)
        if max(v * guard_model.scale(n) for v, n in zip(sums, lengths, strict=True)) < 1:
            assert not expected
            skipped += 1
    assert skipped >= len(NEAR_MISSES)


# Written for the retraining round (issue 9s), not training sentences. Paraphrases the rules'
# phrase families miss and the detector alone scores over its category's threshold, and
# sentences both score (the rule's finding is kept). English paraphrases written for the round
# ("the courier's depot is where this went wrong") stayed under the thresholds: the detector
# adds little, as its leave-one-author-out figures say (docs/measured.md, "Trained second detector").
ROUND_9S_FLAGS = [
    # (language, text, category, a rule also finds it)
    ("zh-Hans", "这次延迟主要还是供货商那边出货太慢。", "blame_discussion", False),
    ("zh-Hant", "這次延遲主要還是供貨商那邊出貨太慢。", "blame_discussion", False),
    (
        "en",
        "Our staff member made the error that caused your injury, and we accept full fault.",
        "liability_admission",
        True,
    ),
    ("zh-Hans", "是我们店员操作不当才让您受了伤，这个责任我们全担。", "liability_admission", True),
    ("zh-Hant", "是我們店員操作不當才讓您受了傷，這個責任我們全擔。", "liability_admission", True),
]

# Near-misses written for the round: a late parcel chased, a review under way, bank timing, a
# callback booked, reassurance that the customer did nothing wrong. Under every threshold, and
# the guard finds no core category with the detector on.
ROUND_9S_NEAR_MISSES = [
    (
        "en",
        "I'm sorry your parcel is late; I've asked the courier to prioritise it and it will reach you by 6pm tomorrow.",
    ),
    ("en", "We're reviewing what happened with the installation and will share the findings by Friday."),
    ("en", "Your bank may take three to five working days to show the refund; I'll check again on Thursday."),
    ("en", "The delay was not caused by anything you did, and we're fixing it today."),
    ("zh-Hans", "非常抱歉包裹晚到了，我已联系快递优先派送，明天下午6点前送到您手上。"),
    ("zh-Hans", "我们正在核查安装过程，周五前把结果告诉您。"),
    ("zh-Hans", "感谢您的反馈，主管明天上午10点会致电您安排维修。"),
    ("zh-Hant", "非常抱歉包裹晚到了，我已聯繫快遞優先派送，明天下午6點前送到您手上。"),
    ("zh-Hant", "我們正在核查安裝過程，週五前把結果告訴您。"),
    ("zh-Hant", "銀行到賬一般需要三到五個工作日，週四我會再幫您確認一次。"),
]


@pytest.mark.parametrize(("language", "text", "category", "ruled"), ROUND_9S_FLAGS)
def test_round_9s_detector_flags(language: str, text: str, category: str, ruled: bool) -> None:
    assert _model_alone_flags(text, category)
    assert (category in {f.category for f in check(text, language=language, use_model=False).findings}) == ruled
    report = check(text, language=language, policy=ON)
    found = [f for f in report.findings if f.category == category]
    assert found and report.verdict != "pass"
    assert all((f.rule in MODEL_RULES) != ruled for f in found)


@pytest.mark.parametrize(("language", "text"), ROUND_9S_NEAR_MISSES)
def test_round_9s_near_misses(language: str, text: str) -> None:
    categories = load_model(default_ruleset().model_path).categories
    assert not any(_model_alone_flags(text, c) for c in categories)
    report = check(text, language=language, policy=ON)
    assert not {f.category for f in report.findings} & CORE, report.findings
