"""Channel labels: whatever a caller's systems call the channel (social, review, wechat, web
form, ...) becomes one of the two reply formats, email or im, by the table in
prompts/channels.yaml. An unknown label is not an error: the format is guessed from the text,
and the caller gets a warning naming the label, so public data sets run as given."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import get_args

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from drafter.errors import ConfigError
from drafter.jsonl import first_error
from drafter.models import Channel
from drafter.resources import data_dir

FORMATS: tuple[Channel, ...] = get_args(Channel)
_IGNORED = re.compile(r"[\s_\-]+")


class ChannelTable(BaseModel):
    model_config = ConfigDict(extra="forbid")

    im: list[str]
    email: list[str]


@dataclass(frozen=True, slots=True)
class Resolved:
    """A label read: the format it means (None: guess from the text) and, for a label the
    table does not know, the warning to show."""

    format: Channel | None
    warning: str | None = None


def _key(label: str) -> str:
    return _IGNORED.sub("", label.casefold())


@cache
def _table() -> dict[str, Channel]:
    path = data_dir("prompts") / "channels.yaml"
    try:
        table = ChannelTable.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from exc
    except ValidationError as exc:
        raise ConfigError(f"{path}: {first_error(exc)}") from exc
    known: dict[str, Channel] = {}
    for fmt in FORMATS:
        for label in getattr(table, fmt):
            key = _key(str(label))
            if known.get(key, fmt) != fmt:
                raise ConfigError(f"{path}: label {label!r} is listed under both im and email")
            known[key] = fmt
    return known


def resolve(label: str | None) -> Resolved:
    """The reply format for ``label``: None (no label) guesses from the text, silently."""
    if label is None or not label.strip():
        return Resolved(None)
    fmt = _table().get(_key(label))
    if fmt is not None:
        return Resolved(fmt)
    shown = label.strip()[:40]
    return Resolved(None, f"unknown channel {shown!r}: the reply format is guessed from the text (email or im)")
