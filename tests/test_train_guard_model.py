"""The training script (scripts/train_guard_model.py, `[train]` extra) on a tiny fixture of three
"authors" written for this test: it writes a weights file the guard loads, the weights rank
the sentences it learned from, and the leave-one-author-out mode scores the full guard."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

pytest.importorskip("sklearn")

from drafter.guard.engine import check, default_ruleset, sentence_canons
from drafter.guard.model import load_model, probability
from drafter.policy import load_policy

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "guard_train"
SETS = sorted(str(p) for p in FIXTURE.glob("author_*.jsonl"))
CATEGORIES = ["blame_discussion", "forbidden_phrase", "liability_admission"]
TINY = ["--categories", *CATEGORIES, "--min-df", "1", "--l1-ratio", "0", "--precision", "0.8"]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_guard_model", ROOT / "scripts" / "train_guard_model.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_fixture_has_three_authors_and_three_languages() -> None:
    lines = [json.loads(line) for path in SETS for line in Path(path).read_text(encoding="utf-8").splitlines()]
    assert len(SETS) == 3
    assert {line["language"] for line in lines} == {"en", "zh-Hans", "zh-Hant"}
    assert {c for line in lines for c in line["expect"]} == set(CATEGORIES)


def test_training_writes_weights_the_guard_loads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "guard_model.json"
    assert _script().main([*SETS, "--out", str(out), *TINY]) == 0
    assert "wrote" in capsys.readouterr().out
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["trained"]["sets"] == ["author_a.jsonl", "author_b.jsonl", "author_c.jsonl"]
    assert document["features"] == sorted(document["features"])
    model = load_model(out)
    assert model.categories == CATEGORIES
    k = model.categories.index("blame_discussion")
    # A blaming sentence it learned from scores above a clean one in the same language.
    for blaming, clean in [
        ("这次延误是快递公司的问题，跟我们没关系。", "我们今天下午5点前给您回复处理结果。"),
        ("The delay is the courier's fault, not ours.", "We will update you by 5pm today."),
    ]:
        high = max(model.scores(sentence_canons(blaming)[1])[k])
        low = max(model.scores(sentence_canons(clean)[1])[k])
        assert probability(high) > probability(low)
    # The guard runs with these weights in place of the shipped ones.
    rs = default_ruleset()
    on = load_policy().model_copy(update={"trained_detector": True})
    from copy import copy

    ruleset = copy(rs)
    ruleset.model_path = out
    report = check("Thank you, your parcel arrives tomorrow by noon.", ruleset=ruleset, policy=on)
    assert report.verdict == "pass"


def test_leave_one_author_out_scores_each_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert _script().main([*SETS, "--loao", *TINY]) == 0
    out = capsys.readouterr().out
    rows = [line.split()[0] for line in out.splitlines() if line.startswith(("author_", "pooled"))]
    assert rows == ["author_a", "author_b", "author_c", "pooled"]
    pooled = json.loads(out.strip().splitlines()[-1])
    assert set(pooled) == {"rules", "old", "new", "alone"}
    # Every labelled blame reply is counted once per run: tp + fn is the number of positives.
    positives = sum(
        "blame_discussion" in json.loads(line)["expect"]
        for path in SETS
        for line in Path(path).read_text("utf-8").splitlines()
    )
    for run in pooled.values():
        tp, _, fn = run["blame_discussion"]
        assert tp + fn == positives


def test_leave_one_author_out_needs_every_model_category() -> None:
    with pytest.raises(SystemExit, match="every category"):
        _script().main([*SETS, "--loao", "--categories", "blame_discussion", "--min-df", "1", "--l1-ratio", "0"])


def test_a_model_with_no_weight_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "guard_model.json"
    with pytest.raises(SystemExit, match="no feature"):
        _script().main([*SETS, "--out", str(out), "--categories", *CATEGORIES, "--c", "0.0001", "--l1-ratio", "1"])
    assert not out.exists()


def test_authors_split_and_category_scope(tmp_path: Path) -> None:
    """A file of two authors (ids gm-…, gn-…) is held out one author at a time; a file that
    labels only blame says nothing about liability, so its replies are no liability negatives;
    language tags (en-001) name no author."""
    two = tmp_path / "two.jsonl"
    two.write_text(
        "\n".join(
            json.dumps(line, ensure_ascii=False)
            for line in [
                {
                    "id": "gm-en-1",
                    "language": "en",
                    "text": "The courier lost it, not us.",
                    "expect": ["blame_discussion"],
                },
                {"id": "gn-en-1", "language": "en", "text": "We'll update you by 5pm.", "expect": []},
            ]
        ),
        encoding="utf-8",
    )
    one = tmp_path / "one.jsonl"
    one.write_text(
        json.dumps(
            {"id": "en-001", "language": "en", "text": "We'll call you at 4pm.", "expect": ["liability_admission"]}
        )
        + "\n"
        + json.dumps({"id": "zh-hans-002", "language": "zh-Hans", "text": "我们今天下午5点前回复您。", "expect": []}),
        encoding="utf-8",
    )
    replies = _script().load([two, one])
    assert [r.group for r in replies] == ["two:gm", "two:gn", "one", "one"]
    assert replies[0].scope == {"blame_discussion"}
    assert replies[2].scope == {"liability_admission"}
