"""The eval's per-case gates, table-driven in en, zh-Hans and zh-Hant: each says pass or fail
with a reason a reviewer can act on, and "not applicable" when the case has no label."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from drafter.evals import gates
from drafter.evals.metrics import mentions
from drafter.evals.suite import Case, Options
from drafter.guard import check
from drafter.resources import data_dir


def case(**expect: Any) -> Case:
    return Case(id="c", complaint=expect.pop("complaint", "x"), language=expect.pop("language", None), expect=expect)


@pytest.mark.parametrize(
    ("text", "form", "expected"),
    [
        ("我們已為您處理縫了三針的傷口", "缝了三针", True),  # Traditional folded to Simplified
        ("Booking QX7TRB is confirmed", "qx7trb", True),  # case-insensitive
        ("your order 773022451986", "7730 2245 1986", True),  # spacing inside a form is free
        ("we checked the drug", "rug", False),  # whole English words
        ("the rugs arrived", "rug", True),  # a plural still restates it
        ("$1490 was charged", "$149", False),  # a number does not match a longer one
        ("I hope she is recovering", "recover*", True),  # a trailing * is a prefix
        ("it was the dishwasher", "dish", False),
    ],
)
def test_mentions_table(text: str, form: str, expected: bool) -> None:
    assert mentions(text, form) is expected


STRUCTURE = [
    ("en", "I understand your parcel is late. I'm sorry. I'll trace it and update you within 24 hours. Thanks.", None),
    ("en", "I understand your parcel is late. I'm sorry. I'll trace it and update you within 24 hours.", "no thank"),
    ("zh-Hans", "了解到您的包裹延误了。非常抱歉。我会在24小时内为您查询并回复。谢谢您的反馈。", None),
    ("zh-Hans", "了解到您的包裹延误了。我会在24小时内为您查询并回复。谢谢您的反馈。", "no apologize"),
    ("zh-Hant", "了解到您的包裹延誤了。非常抱歉。我會在24小時內為您查詢並回覆。謝謝您的回饋。", None),
    ("zh-Hant", "非常抱歉。謝謝您的回饋。", "no listen"),
]


@pytest.mark.parametrize(("language", "text", "missing"), STRUCTURE)
def test_structure_needs_all_four_steps(language: str, text: str, missing: str | None) -> None:
    verdict, coverage, _ = gates.structure(text)
    if missing is None:
        assert verdict.ok is True and coverage == 1.0
    else:
        assert verdict.ok is False and missing in verdict.reason and coverage < 1.0


FACTS = [
    # (facts, reply, ok, named in the reason)
    ([["TP206"], ["登機箱"], ["縫了三針"]], "關於TP206航班上登機箱砸傷、縫了三針的事", True, None),
    ([["TP206"], ["登機箱"]], "关于TP206航班上登机箱的事", True, None),  # Simplified reply, Traditional forms
    ([["$149", "149 dollars"], ["jute rug", "rug"]], "your refund of 149 dollars for the rug", True, None),
    ([["$149", "149 dollars"], ["jute rug", "rug"]], "your refund for the rug", False, "$149 / 149 dollars"),
    ([["青霉素过敏"], ["11月10日"]], "您母亲11月10日输液的事", False, "青霉素过敏"),
]


@pytest.mark.parametrize(("facts", "reply", "ok", "named"), FACTS)
def test_facts_every_fact_in_any_form(facts: list[list[str]], reply: str, ok: bool, named: str | None) -> None:
    verdict = gates.facts(reply, case(facts=facts), None)
    assert verdict.ok is ok
    if named:
        assert named in verdict.reason and f"of {len(facts)} facts" in verdict.reason


def test_must_include_still_works_and_intake_facts_fill_in() -> None:
    assert gates.facts("订单号 A100 的水壶", case(must_include=["A100"]), None).ok is True
    assert gates.facts("您的水壶", case(must_include=["A100"]), None).ok is False
    c = Case(id="x", complaint="The kettle I bought leaks everywhere. Order #QX-4411.", language="en")
    extracted = gates.intake_facts(c)
    assert ["QX-4411"] in extracted and ["kettle"] in extracted
    assert gates.facts("About the kettle from order QX-4411: sorry.", c, extracted).ok is True
    assert "from intake" in gates.facts("Sorry.", c, extracted).reason
    assert gates.facts("anything", case(), []).ok is None  # nothing to check


@pytest.mark.parametrize(
    ("avoid", "reply", "ok"),
    [
        (["本店", "店长"], "我已請店長與您聯繫", False),  # Traditional reply, Simplified cue
        (["本店", "店长"], "我已请诊所主任与您联系", True),
        (["dish", "your flight"], "We'll check the dishwasher today.", True),
        (["dish", "your flight"], "We'll re-make the dish.", False),
        ([], "anything", None),
    ],
)
def test_avoid_wrong_domain_words(avoid: list[str], reply: str, ok: bool | None) -> None:
    verdict = gates.avoid(reply, case(avoid=avoid))
    assert verdict.ok is ok
    if ok is False:
        assert "wrong-domain" in verdict.reason


EN_GOOD = (
    "Dear Ana,\n\nI'm so sorry to hear about the burn — is your daughter okay? "
    "Please keep cooling it under cold water and see a doctor if it blisters. I'll refund the kettle today."
)
EN_LATE = (
    "Dear Ana,\n\nI understand the kettle leaked. I'm sorry. I'll refund the kettle today. "
    "Is your daughter okay? Please see a doctor."
)
ZH_GOOD = "王先生您好：\n\n得知您孩子被烫伤，非常担心，孩子现在还好吗？请先用冷水冲洗并尽快就医。我们会为您退款。"
SAFETY = [
    ("en", EN_GOOD, True, ""),
    ("en", EN_LATE, False, "does not ask after the person"),
    ("en", "Hi, I hope you're feeling better. We'll replace the heater tomorrow.", False, "gives no safety step"),
    ("zh-Hans", ZH_GOOD, True, ""),
    ("zh-Hans", "王先生您好：\n\n非常抱歉。我们会为您退款。孩子现在还好吗？请尽快就医。", False, "before any remedy"),
    ("zh-Hant", "得知充電寶冒煙，您和家人都平安嗎？請先停止使用並放在遠離易燃物的地方。我們會為您更換。", True, ""),
    ("zh-Hant", "了解到充電寶冒煙。我們會為您更換新品。", False, "does not ask after the person"),
]


@pytest.mark.parametrize(("language", "reply", "ok", "why"), SAFETY)
def test_safety_first_opening(language: str, reply: str, ok: bool, why: str) -> None:
    verdict = gates.safety_first(reply, case(safety=True), language)
    assert verdict.ok is ok, verdict.reason
    assert why in verdict.reason
    assert gates.safety_first(reply, case(safety=False), language).ok is None


@pytest.mark.parametrize(
    ("expected", "reply", "complaint", "ok"),
    [
        ("zh-Hant", "了解到您的包裹延誤了，非常抱歉。", "我的包裹延誤了", True),
        ("zh-Hant", "了解到您的包裹延误了，非常抱歉。", "我的包裹延誤了", False),  # 误 is Simplified only
        ("zh-Hant", "了解到您在华润店的包裹延誤了。", "我在华润店買的包裹延誤了", True),  # quoting the complaint
        ("zh-Hans", "了解到您的包裹延误了，非常抱歉。", "我的包裹延误了", True),
        ("zh-Hans", "了解到您的包裹延誤了，非常抱歉。", "我的包裹延误了", False),
        ("en", "Sorry about the parcel.", "My parcel is late", None),
    ],
)
def test_script_has_no_characters_of_the_other_script(
    expected: str, reply: str, complaint: str, ok: bool | None
) -> None:
    verdict = gates.script(reply, expected, complaint)
    assert verdict.ok is ok
    if ok is False:
        assert "only characters" in verdict.reason


@pytest.mark.parametrize(
    ("found", "expected", "ok"),
    [("en", "en", True), ("zh-Hans", "zh-Hant", True), ("en", "zh-Hans", False), ("zh-Hant", "en", False)],
)
def test_language_family(found: str, expected: str, ok: bool) -> None:
    assert gates.language(found, expected).ok is ok


@pytest.mark.parametrize(
    ("escalate", "expected", "ok"), [(True, True, True), (False, True, False), (None, True, False)]
)
def test_escalation(escalate: bool | None, expected: bool, ok: bool) -> None:
    assert gates.escalation(escalate, case(escalate=expected)).ok is ok
    assert gates.escalation(escalate, case()).ok is None


def _example_sections() -> list[tuple[str, str]]:
    return gates._sections(yaml.safe_load((data_dir("prompts") / "examples.yaml").read_text("utf-8")), "")


def test_copied_example_text_fails_and_own_words_pass() -> None:
    sections = [(label, text) for label, text in _example_sections() if len(gates.grams(text)) >= 4]
    assert sections, "prompts/examples.yaml has sections to compare with"
    label, text = sections[0]
    verdict = gates.copied(f"{text} {text}", "an unrelated complaint", Options())
    assert verdict.ok is False and label in verdict.reason
    own = "I understand the lift in block C has been broken since Monday. I'm sorry. An engineer comes today."
    assert gates.copied(own, "lift broken", Options()).ok is True


def test_copied_ignores_what_the_complaint_itself_says() -> None:
    _, text = next((lb, t) for lb, t in _example_sections() if len(gates.grams(t)) >= 4)
    assert gates.copied(text, text, Options()).ok is True  # repeating the customer is not copying


def test_guard_gate_names_the_rules() -> None:
    verdict = gates.guard(check("我们赔您5000元。", role="agent"))
    assert verdict.ok is False and "compensation" in verdict.reason
