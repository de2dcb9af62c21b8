"""Find the data folders (guardrails/, prompts/, evals/) in a wheel or in a checkout."""

from __future__ import annotations

import os
from pathlib import Path

from drafter.errors import ConfigError

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """Installed wheels carry the folders under drafter/_data; a checkout has them at the top.
    ``DRAFTER_<NAME>_DIR`` (e.g. DRAFTER_PROMPTS_DIR) points at another copy, which is how
    `drafter eval --compare` tries a prompt folder."""
    override = os.environ.get(f"DRAFTER_{name.upper()}_DIR")
    if override:
        if Path(override).is_dir():
            return Path(override)
        raise ConfigError(f"DRAFTER_{name.upper()}_DIR={override} is not a folder")
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise ConfigError(f"data folder {name!r} not found next to the drafter package")
