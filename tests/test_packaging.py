"""The wheel carries the data folders, so `drafter check` works away from the checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_ships_data_and_runs_elsewhere(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    wheel = next((tmp_path / "dist").glob("drafter-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "drafter/_data/guardrails/policy.yaml" in names
    assert any(n.startswith("drafter/_data/guardrails/rules/") for n in names)
    assert "drafter/_data/guardrails/models/guard_model.json" in names  # the trained detector's weights
    assert "drafter/_data/evals/guardrails/labelled.jsonl" in names
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    away = tmp_path / "elsewhere"
    away.mkdir()
    code = (
        "import drafter, sys; from drafter.guard.rules import default_ruleset; "
        "from drafter.policy import load_policy; on = load_policy().model_copy(update={'trained_detector': True}); "
        "r = drafter.check('这不是我们的事'); m = drafter.check('主要是仓库那边打包太随意，才会压坏。', policy=on); "
        "print(drafter.__file__, default_ruleset().model_path); "
        "sys.exit(r.verdict != 'block' or 'blame.model' not in {f.rule for f in m.findings})"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=away,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert str(target) in result.stdout  # the installed copy, not the checkout
    assert f"{target}/drafter/_data/guardrails/models/guard_model.json" in result.stdout  # weights from the wheel
