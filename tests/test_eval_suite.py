"""Suite settings (defaults, per-set overrides, reported sets), the cross-case scores and the
optional semantic scorer with its cache."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from drafter.errors import InputError
from drafter.evals import semantic
from drafter.evals.crosswise import lexical_matrices, own_rank, score_set, standardised
from drafter.evals.runner import GivenDraft, run_suite
from drafter.evals.suite import adhoc_suite, load_suite

DRAFTER = str(Path(sys.executable).parent / "drafter")
FIXTURES = Path(__file__).parent / "fixtures" / "eval"


def test_own_rank_is_the_share_of_other_complaints_beaten_and_its_mean_the_auc() -> None:
    scores = np.array([[0.9, 0.1, 0.2], [0.5, 0.4, 0.3], [0.2, 0.2, 0.2]], dtype=np.float32)
    ranks = own_rank(scores)
    assert ranks.tolist() == [1.0, 0.5, 0.5]  # row 2: two ties count half each
    assert standardised(scores)[0].mean() == pytest.approx(0.0, abs=1e-6)


def test_lexical_relevance_prefers_the_own_complaint_in_every_language() -> None:
    complaints = ["我的快递丢了三天", "The heater in room 12 is broken", "冷氣漏水把地毯弄濕了", "Refund for my shoes"]
    replies = [
        "了解到您的快递丢失三天，非常抱歉。",
        "Sorry the heater in room 12 is broken; an engineer comes today.",
        "了解到冷氣漏水弄濕了地毯，很抱歉。",
        "Your refund for the shoes is on its way.",
    ]
    lexical, _ = lexical_matrices(replies, complaints)
    assert own_rank(lexical).tolist() == [1.0, 1.0, 1.0, 1.0]


def test_genericness_needs_near_identical_replies_to_unrelated_complaints() -> None:
    complaints = ["lost parcel", "cold soup", "broken phone screen", "lost parcel again, order 5"]
    same = "We're sorry for the inconvenience and will look into it."
    replies = [same, same, "The phone screen will be replaced.", same]
    scores = score_set(replies, complaints, generic_similarity=0.9, related_complaints=0.3)
    assert scores.twin[1] is not None and scores.twin[2] is None
    # two replies alike for two alike complaints are not generic on that account
    alike = score_set(replies[:1] + replies[3:], complaints[:1] + complaints[3:], generic_similarity=0.9,
                      related_complaints=0.3)  # fmt: skip
    assert alike.twin == [None, None]


def test_adhoc_sets_get_the_packaged_defaults() -> None:
    suite = adhoc_suite([str(FIXTURES / "public_like_en.jsonl")])
    packaged = load_suite()
    assert suite.gates(suite.sets[0]) == packaged.defaults.gates
    assert suite.thresholds(suite.sets[0]) == {**packaged.defaults.thresholds}


def write_suite(tmp_path: Path, body: str) -> Path:
    (tmp_path / "cases.jsonl").write_text((FIXTURES / "public_like_en.jsonl").read_text("utf-8"), "utf-8")
    path = tmp_path / "suite.toml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('name="s"\n[defaults]\ngates=["vibes"]\n[[sets]]\nname="a"\npath="cases.jsonl"\n', "unknown gates"),
        ('name="s"\n[[sets]]\nname="a"\npath="cases.jsonl"\n[sets.thresholds]\nvibes=1\n', "unknown metrics"),
        ('name="s"\n[[sets]]\nname="a"\npath="cases.jsonl"\n[sets.options]\nrelevance_rank=2\n', "options"),
    ],
)
def test_bad_suites_are_bad_input(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        load_suite(write_suite(tmp_path, body))


def _generic_drafts() -> dict[str, GivenDraft]:
    rows = [json.loads(x) for x in (FIXTURES / "public_like_en.jsonl").read_text("utf-8").splitlines()]
    return {r["id"]: GivenDraft(id=r["id"], text="Sorry. We will look into it today. Thanks.") for r in rows}


def test_a_reported_set_shows_its_misses_without_failing_the_run(tmp_path: Path) -> None:
    body = 'name="s"\n[[sets]]\nname="a"\npath="cases.jsonl"\nreport_only=true\n[sets.thresholds]\ngeneric=0.9\n'
    result = asyncio.run(run_suite(load_suite(write_suite(tmp_path, body)), drafts=_generic_drafts()))
    assert result.passed and result.reported and result.reported[0].startswith("a: generic")
    gating = body.replace("report_only=true\n", "")
    assert not asyncio.run(run_suite(load_suite(write_suite(tmp_path, gating)), drafts=_generic_drafts())).passed


def test_a_set_may_choose_its_gates_and_options(tmp_path: Path) -> None:
    body = (
        'name="s"\n[[sets]]\nname="a"\npath="cases.jsonl"\ngates=["guard", "structure"]\n'
        "[sets.thresholds]\npass_rate=1.0\n[sets.options]\ngeneric_similarity=0.99\n"
    )
    suite = load_suite(write_suite(tmp_path, body))
    assert suite.options(suite.sets[0]).generic_similarity == 0.99
    result = asyncio.run(run_suite(suite, drafts=_generic_drafts()))
    case = result.cases[0]
    assert not any(f.startswith("generic") for f in case.failed)  # not selected: a note, not a verdict
    assert any(n.startswith("generic") for n in case.notes)


def test_old_threshold_names_still_apply(tmp_path: Path) -> None:
    body = 'name="s"\n[[sets]]\nname="a"\npath="cases.jsonl"\n[sets.thresholds]\nguard_pass=1.0\nlanguage_match=1.0\n'
    suite = load_suite(write_suite(tmp_path, body))
    assert {"guard", "language"} <= set(suite.thresholds(suite.sets[0]))


# ---------------------------------------------------------------- semantic scorer


class FakeEncoder:
    """Stands in for the sentence encoder: counts the texts it is asked to embed."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def encode(self, texts: list[str]) -> Any:
        self.seen += texts
        return np.array([[len(t), t.count("a") + 1.0] + [0.0] * 510 for t in texts], dtype=np.float32)


def test_embeddings_are_cached_by_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeEncoder()
    monkeypatch.setattr(semantic, "_encoder", lambda: fake)
    monkeypatch.setattr(semantic, "encoder_version", lambda: "fake-1")
    first = semantic.Embeddings(tmp_path).encode(["a cat", "我的包裹", "a cat"])
    assert fake.seen == ["a cat", "我的包裹"]  # each distinct text once
    again = semantic.Embeddings(tmp_path)
    second = again.encode(["我的包裹", "a cat"])
    assert again.embedded == 0 and fake.seen == ["a cat", "我的包裹"]
    assert np.allclose(second, first[[1, 0]])
    assert np.allclose(np.linalg.norm(second, axis=1), 1.0)


@pytest.mark.skipif(not semantic.available(), reason="needs the semantic extra: pip install 'drafter[semantic]'")
def test_the_encoder_matches_meaning_across_languages(tmp_path: Path) -> None:
    complaints = ["My parcel is five days late", "The soup was cold"]
    sims = semantic.Embeddings(tmp_path).cosines(["我的包裹晚了五天"], complaints)
    assert sims[0, 0] > sims[0, 1] + 0.2


@pytest.mark.skipif(semantic.available(), reason="the semantic extra is installed here")
def test_semantic_without_the_extra_is_a_clear_error() -> None:
    proc = subprocess.run([DRAFTER, "eval", "--semantic"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "drafter[semantic]" in proc.stderr and "Traceback" not in proc.stderr
