"""scripts/label_agreement.py: kappa and the rules' misses that labellers confirm, on sets made here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "label_agreement.py"

# (id, language, text, author's labels): one blame reply the rules find, one clean, one blame in words
# no rule knows (a miss the labellers confirm), in the three languages.
ROWS = [
    ("a-1", "en", "Sorry about the delay. Are you sure you entered the right address?", ["blame_discussion"]),
    ("a-2", "zh-Hans", "给您添麻烦了，我们今天下午五点前给您回电话。", []),
    ("a-3", "zh-Hant", "唉，這種事每個月都有人投訴，其實都係大家自己唔小心囉。", ["blame_discussion"]),
]


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _run(*args: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True, timeout=120)


@pytest.fixture
def labelled(tmp_path: Path) -> Path:
    rows = [{"id": i, "language": lang, "text": t, "role": "agent", "expect": e} for i, lang, t, e in ROWS]
    return _write(tmp_path / "set.jsonl", rows)


def test_agreeing_labellers_give_kappa_one_and_confirm_the_rules_misses(labelled: Path, tmp_path: Path) -> None:
    same = [{"id": i, "expect": e} for i, _, _, e in ROWS]
    out = _run(labelled, _write(tmp_path / "r1.jsonl", same), _write(tmp_path / "r2.jsonl", same))
    assert out.returncode == 0, out.stderr
    blame = next(line for line in out.stdout.splitlines() if line.startswith("blame_discussion"))
    assert blame.split()[1:4] == ["1.00", "1.00", "1.00"]
    misses = blame.split()[-3:]  # "<both> of <misses>": every miss is blame to both labellers
    assert misses[0] == misses[2]
    assert "Are you sure" not in out.stdout  # aggregates only


def test_a_labeller_who_disagrees_lowers_kappa(labelled: Path, tmp_path: Path) -> None:
    same = [{"id": i, "expect": e} for i, _, _, e in ROWS]
    flipped = [{"id": i, "expect": [] if e else ["blame_discussion"]} for i, _, _, e in ROWS]
    out = _run(labelled, _write(tmp_path / "r1.jsonl", same), _write(tmp_path / "r2.jsonl", flipped))
    blame = next(line for line in out.stdout.splitlines() if line.startswith("blame_discussion"))
    assert float(blame.split()[2]) < 0  # author vs the flipping labeller: worse than chance


def test_no_relabels_is_a_clear_error(labelled: Path, tmp_path: Path) -> None:
    out = _run(labelled, _write(tmp_path / "r1.jsonl", [{"id": "a-1", "expect": []}]))
    assert out.returncode == 2 and "two relabels" in out.stderr and "Traceback" not in out.stderr
