"""Table-driven behaviour of the guardrail in zh-Hans, zh-Hant and en."""

from __future__ import annotations

from typing import Any

import pytest

import drafter
from drafter.guard.engine import check
from drafter.guard.rules import load_ruleset
from drafter.resources import data_dir

# (text, role, context, expected categories)
CASES: list[tuple[str, str | None, dict[str, Any] | None, set[str]]] = [
    # forbidden phrases and obfuscations
    ("这不是我们的事。", None, None, {"forbidden_phrase"}),
    ("這不是我們的事。", None, None, {"forbidden_phrase"}),
    ("这 不 是\n我们的事", None, None, {"forbidden_phrase"}),
    ("这\u200b不是我们\u200b的事", None, None, {"forbidden_phrase"}),
    ("ＮＯＴ ＯＵＲ ＰＲＯＢＬＥＭ", None, None, {"forbidden_phrase"}),
    ("That's n\u043et our problem.", None, None, {"forbidden_phrase"}),
    ("I don\u2019t know.", None, None, {"forbidden_phrase"}),
    ("这不是什么难事，我马上为您处理。", None, None, set()),
    ("Our return window is 30 days, but I've asked for an exception for you.", None, None, set()),
    ("規定的退貨期是7天，但我已為您申請延長。", None, None, set()),
    ("It's not your fault.", None, None, set()),
    ("Snotour problem", None, None, set()),  # no word boundary: not a match
    # compensation against the role's limit
    ("送您一张20元优惠券。", "agent", None, set()),
    ("送您一张100元优惠券。", "agent", None, {"unauthorized_compensation"}),
    ("送您一张100元优惠券。", "supervisor", None, set()),
    ("退款40元，再送您30元优惠券。", "agent", None, {"unauthorized_compensation"}),
    ("我們會退您新台幣500元。", "agent", None, {"unauthorized_compensation"}),  # 110 CNY
    ("我們會退您新台幣200元。", "agent", None, set()),  # 44 CNY
    ("We'll refund you $20.", "agent", None, {"unauthorized_compensation"}),  # 144 CNY
    ("We'll refund you five dollars.", "agent", None, set()),
    ("我们给您双倍赔偿。", "store_manager", {"order_amount": 300}, set()),
    ("我们给您双倍赔偿。", "supervisor", {"order_amount": 300}, {"unauthorized_compensation"}),
    ("We'll give you a full refund.", "agent", None, {"unauthorized_compensation"}),  # unvalued
    ("We'll give you a full refund.", "agent", {"order_amount": 30}, set()),
    ("所有损失都由我们承担。", "store_manager", None, {"unauthorized_compensation"}),
    ("所有损失都由我们承担。", "executive", None, set()),  # no limit: open-ended is within it
    ("我会为您向主管申请500元补偿，今天下午5点前回复您。", "agent", None, set()),
    ("We'll send a free replacement today.", "agent", None, set()),
    ("您的订单金额为300元，我们已收到您的反馈。", "agent", None, set()),
    ("We'll give you five hundred and twenty dollars.", "agent", None, {"unauthorized_compensation"}),
    ("我们给您500元作为补偿。", "agent", None, {"unauthorized_compensation"}),
    ("給您帶來不便，非常抱歉。", "agent", None, set()),  # giving trouble, not money
    ("I'll send you the tracking number today.", "agent", None, set()),
    # liability: negation and conditionals
    ("都是我们的错。", None, None, {"liability_admission"}),
    ("如果核实是我们的问题，我们一定负责到底。", None, None, set()),
    ("If we were at fault, we'll make it right.", None, None, set()),
    ("Our kitchen made you sick.", None, None, {"liability_admission"}),
    ("很抱歉给您带来不便。", None, None, set()),
    # blame, follow-up, written statement
    ("這不是我們的錯，是快遞的問題。", None, None, {"blame_discussion"}),
    ("我们会尽快联系您。", None, None, {"vague_followup"}),
    ("我们会在24小时内联系您。", None, None, set()),
    ("We'll call you back by 5pm tomorrow.", None, None, set()),
    ("We'll send you a written statement of what happened.", None, None, {"written_statement"}),
]


@pytest.mark.parametrize(("text", "role", "context", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_categories(text: str, role: str | None, context: dict[str, Any] | None, expected: set[str]) -> None:
    report = check(text, role=role, context=context)
    assert {f.category for f in report.findings} == expected, report.findings


@pytest.mark.parametrize(("text", "_r", "_c", "_e"), CASES, ids=[c[0][:30] for c in CASES])
def test_spans_point_at_original_text(text: str, _r: Any, _c: Any, _e: Any) -> None:
    for f in check(text).findings:
        assert text[f.start : f.end] == f.excerpt


def test_obfuscated_span_covers_the_original_characters() -> None:
    text = "您好，这 不 是\n我们的事，请理解。"
    finding = check(text).findings[0]
    assert finding.excerpt == "这 不 是\n我们的事"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("感谢您的反馈。", "pass"),
        ("我们会尽快联系您。", "pass"),
        ("送您一张100元优惠券。", "flag"),
        ("这不是我们的事", "block"),
    ],
)
def test_verdict_from_severities(text: str, verdict: str) -> None:
    assert check(text).verdict == verdict


def test_suggestion_follows_the_script_of_the_text() -> None:
    hant = check("這不是我們的事，請您諒解。").findings[0].suggestion
    hans = check("这不是我们的事，请您谅解。").findings[0].suggestion
    assert hant != hans
    assert "这" not in hant and "们" not in hant  # Traditional script for a Traditional reply
    assert check("Not my department.").findings[0].suggestion.isascii()


def test_unknown_role_is_an_input_error() -> None:
    with pytest.raises(drafter.InputError, match="unknown role"):
        check("hello", role="boss")


def test_engine_fault_blocks_the_draft(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_a: Any, **_k: Any) -> None:
        raise RuntimeError("pack exploded")

    monkeypatch.setattr("drafter.guard.engine._findings", boom)
    report = check("感谢您的反馈。")
    assert report.verdict == "block"
    assert report.findings[0].rule == "engine.error"
    assert "pack exploded" in report.findings[0].message


def test_custom_policy_changes_the_limit(tmp_path: Any) -> None:
    text = (data_dir("guardrails") / "policy.yaml").read_text(encoding="utf-8").replace("agent: 50", "agent: 500")
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    policy = drafter.load_policy(path)
    assert check("送您一张100元优惠券。", policy=policy).verdict == "pass"
    assert check("送您一张100元优惠券。").verdict == "flag"


def test_bad_policy_is_a_config_error(tmp_path: Any) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("roles: {agent: fifty}\n", encoding="utf-8")
    with pytest.raises(drafter.ConfigError):
        drafter.load_policy(path)


def test_rule_pack_error_names_the_file(tmp_path: Any) -> None:
    (tmp_path / "bad.yaml").write_text("pack: x\nversion: '1'\ndescription: d\nrules: [{id: nope}]\n")
    with pytest.raises(drafter.RulePackError, match=r"bad\.yaml"):
        load_ruleset(tmp_path)


@pytest.mark.parametrize(
    "text",
    ["我们退您" + "1" * 5000 + "元", "We will refund you " + "one hundred and " * 2000 + "dollars", "." * 100_000],
)
def test_hostile_input_stays_fast_and_fails_closed(text: str) -> None:
    import time

    started = time.perf_counter()
    report = check(text)
    assert time.perf_counter() - started < 2.0  # linear scans: a quadratic regex took seconds here
    if text.startswith(("我们退您", "We will")):
        assert report.verdict != "pass"
