"""Prompt templates read as data for every model caller (the drafting prompts, the eval judge, the
guard reviewer): one sandboxed jinja2 environment, one way to keep data inside its markers, and a
digest of the sources so cached answers follow a changed prompt."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jinja2 import DictLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from drafter.errors import ConfigError


def tojson(value: Any) -> str:
    """JSON-quoted, with < and > escaped so data can never close its <marker>."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")


def sandboxed(templates: dict[str, str] | None = None) -> SandboxedEnvironment:
    """No globals, undefined names fail, and `tojson` as the only way data gets in."""
    env = SandboxedEnvironment(
        loader=DictLoader(templates) if templates else None, undefined=StrictUndefined, autoescape=False
    )
    env.globals.clear()
    env.filters["tojson"] = tojson
    return env


def read_templates(folder: Path, names: Sequence[str], what: str) -> tuple[dict[str, str], str]:
    """The named files' text and the SHA-256 of names and contents; a missing file is a ConfigError."""
    digest = hashlib.sha256()
    sources = {}
    for name in names:
        try:
            sources[name] = (folder / name).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"{what} {name} missing from {folder}") from exc
        digest.update(name.encode() + b"\0" + sources[name].encode())
    return sources, digest.hexdigest()
