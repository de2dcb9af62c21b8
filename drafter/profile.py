"""The business profile: who is replying. Name, kind of business, the titles of the people who
approve and who take escalations, the sign-off, service hours and how customers reach us.

Without one, drafting reads the domain from the complaint and keeps its wording neutral (no
"store manager" for a bank). A profile is a YAML or TOML file (``--profile FILE``,
``DRAFTER_PROFILE`` or ``profile`` in the config file), or the name of an example shipped in
prompts/profiles/ (``--profile restaurant``). Chinese wording is written in Simplified; replies in
Traditional get it converted."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from drafter.errors import InputError
from drafter.jsonl import first_error
from drafter.models import Domain
from drafter.resources import data_dir


class Wording(BaseModel):
    """One phrase in each reply language; a missing one falls back to the neutral default."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    en: str | None = Field(None, min_length=1, max_length=200)
    zh: str | None = Field(None, min_length=1, max_length=200)

    def get(self, language: str) -> str | None:
        return self.en if language == "en" else self.zh


class BusinessProfile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=120)
    kind: Domain
    # Approval roles of the policy (supervisor, store_manager, executive) -> their titles here.
    roles: dict[str, Wording] = Field(default_factory=dict)
    manager: Wording | None = None  # who takes escalated cases
    team: Wording | None = None  # who signs the reply
    signoff: Wording | None = None  # the whole sign-off, instead of "Kind regards,\n{team}"
    hours: Wording | None = None  # service hours
    contact: Wording | None = None  # how the customer reaches us

    def say(self, field: str, language: str) -> str | None:
        value = getattr(self, field)
        return value.get(language) if isinstance(value, Wording) else None

    def role_title(self, role: str, language: str) -> str | None:
        wording = self.roles.get(role)
        return wording.get(language) if wording else None


def example_profiles() -> list[str]:
    """Names of the profiles shipped in prompts/profiles/."""
    return sorted(p.stem for p in (data_dir("prompts") / "profiles").glob("*.yaml"))


def load_profile(source: str | Path | None) -> BusinessProfile | None:
    """A profile file, or a shipped example by name; None for no profile. Bad files are bad input."""
    if source is None or str(source).strip() == "":
        return None
    return _load(str(source))


@cache
def _load(source: str) -> BusinessProfile:
    path = Path(source)
    if not path.is_file() and "/" not in source and "\\" not in source and not path.suffix:
        shipped = data_dir("prompts") / "profiles" / f"{source}.yaml"
        if shipped.is_file():
            path = shipped
        else:
            names = ", ".join(example_profiles())
            raise InputError(f"no profile file {source!r} and no shipped profile by that name (shipped: {names})")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read profile {path}: {exc.strerror}") from exc
    data: Any
    try:
        data = tomllib.loads(text) if path.suffix == ".toml" else yaml.safe_load(text)
    except (tomllib.TOMLDecodeError, yaml.YAMLError) as exc:
        kind = "TOML" if path.suffix == ".toml" else "YAML"
        where = getattr(exc, "problem_mark", None)
        at = f" at line {where.line + 1}" if where is not None else ""
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"profile {path} is not valid {kind}{at}: {reason}") from exc
    if not isinstance(data, dict):
        raise InputError(f"profile {path} must be a mapping of settings")
    try:
        return BusinessProfile.model_validate(data)
    except ValidationError as exc:
        raise InputError(f"profile {path}: {first_error(exc)}") from exc
