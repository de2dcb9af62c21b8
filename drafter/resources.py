"""Find the data folders (guardrails/, prompts/, evals/) in a wheel or in a checkout."""

from __future__ import annotations

from pathlib import Path

from drafter.errors import ConfigError

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """Installed wheels carry the folders under drafter/_data; a checkout has them at the top."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise ConfigError(f"data folder {name!r} not found next to the drafter package")
