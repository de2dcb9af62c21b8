"""What a new user follows first: every flag the README's command examples use exists, the test
command's needs are written down, and `make demo` exits 0."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import click
import pytest

from drafter.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMAND = re.compile(r"^ {4}(?:echo .*?\| )?drafter (.+?)(?:\s{2,}#.*)?$", re.M)


def _command(words: list[str]) -> click.Command:
    command: click.Command = cli
    for word in words:
        sub = command.get_command(click.Context(command), word) if isinstance(command, click.Group) else None
        if sub is None:
            break
        command = sub
    return command


def _examples() -> list[tuple[str, str]]:
    found = []
    for line in COMMAND.findall(README):
        for alternative in re.split(r"\s\|\s", line):  # "review list | show ID | approve ID ..."
            found.extend((line, flag) for flag in re.findall(r"(?<![\w-])--[a-z][a-z-]*", alternative))
    return found


@pytest.mark.parametrize(("line", "flag"), _examples())
def test_every_flag_in_the_readme_exists(line: str, flag: str) -> None:
    words = [w for w in line.split() if re.fullmatch(r"[a-z]+", w)]
    if words[:1] == ["review"] and len(words) > 1:
        # `review list | show ID | approve ID [--edit FILE] [--reason ...]`: the flag belongs to the
        # sub-command named last before it
        before = line[: line.index(flag)]
        words = ["review", re.findall(r"\b(list|show|approve|reject)\b", before)[-1]]
    command = _command(words)
    names = {name for param in command.params for name in getattr(param, "opts", [])}
    assert flag in names, f"`drafter {line}` uses {flag}, which {command.name} does not have"


def test_the_test_command_says_what_it_needs_and_why_tests_skip() -> None:
    assert "scripts/ci_services.sh" in README and "DRAFTER_TEST_POSTGRES_URL" in README and "chromium" in README
    addopts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    assert "-rs" in addopts["addopts"].split()  # every skip is listed with its reason


def test_make_demo_exits_0() -> None:
    bin_dir = Path(sys.executable).parent
    result = subprocess.run(
        ["make", "-C", str(ROOT), "-o", f"{bin_dir}/drafter", f"BIN={bin_dir}", "demo"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "the guardrails stopped this risky reply" in result.stdout
    assert "Error" not in result.stdout + result.stderr and "ignored" not in result.stderr
