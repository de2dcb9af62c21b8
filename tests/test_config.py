"""Settings precedence: flag, then DRAFTER_* environment, then the config file; secrets never
come from the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import config
from drafter.errors import ConfigError


@pytest.fixture
def config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config.toml"
    monkeypatch.setenv("DRAFTER_CONFIG", str(path))
    monkeypatch.delenv("DRAFTER_ROLE", raising=False)
    config._file_settings.cache_clear()
    return path


@pytest.mark.parametrize(
    ("flag", "env", "file", "expected"),
    [
        ("store_manager", "supervisor", 'role = "executive"', "store_manager"),
        (None, "supervisor", 'role = "executive"', "supervisor"),
        (None, None, 'role = "executive"', "executive"),
        (None, None, "", "agent"),
    ],
)
def test_precedence(
    config_file: Path, monkeypatch: pytest.MonkeyPatch, flag: str | None, env: str | None, file: str, expected: str
) -> None:
    config_file.write_text(file, encoding="utf-8")
    if env:
        monkeypatch.setenv("DRAFTER_ROLE", env)
    assert config.setting("role", flag, "agent") == expected


def test_secrets_in_the_file_are_refused(config_file: Path) -> None:
    config_file.write_text('api_key = "sk-secret"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="environment only"):
        config.setting("role")


def test_broken_file_is_a_config_error(config_file: Path) -> None:
    config_file.write_text("role = [", encoding="utf-8")
    with pytest.raises(ConfigError):
        config.setting("role")
