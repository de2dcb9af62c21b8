"""Settings precedence: command-line flag, then DRAFTER_* environment variable, then the
config file (TOML; $DRAFTER_CONFIG or ~/.config/drafter/config.toml). Secrets such as API
keys are read from the environment only, never from the file."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

from drafter.errors import ConfigError

SECRETS = frozenset({"api_key", "openai_api_key"})


def config_path() -> Path:
    explicit = os.environ.get("DRAFTER_CONFIG")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "drafter" / "config.toml"


@cache
def _file_settings(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    import tomllib  # only with a config file: most runs have none, and `drafter check` starts faster

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"config file {path}: {exc}") from exc
    leaked = SECRETS & set(data)
    if leaked:
        raise ConfigError(f"config file {path} holds {sorted(leaked)}: secrets come from the environment only")
    return data


def setting(name: str, flag: Any = None, default: Any = None) -> Any:
    """Resolve one setting by precedence: flag, DRAFTER_<NAME>, config file, default."""
    if flag is not None:
        return flag
    env = os.environ.get("DRAFTER_" + name.upper())
    if env:
        return env
    return _file_settings(config_path()).get(name, default)


def reviewer_model(flag: str | None = None) -> str | None:
    """The LLM reviewer's model (--reviewer-model, DRAFTER_REVIEWER_MODEL, ``reviewer_model`` in the
    config file); naming one turns the reviewer on. None: the guard stays rules only, offline."""
    value = setting("reviewer_model", flag)
    return str(value) if value else None
