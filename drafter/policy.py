"""Approval limits, currency rates and the severity -> verdict map, loaded from YAML."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from drafter.errors import ConfigError, InputError
from drafter.jsonl import first_error
from drafter.resources import data_dir

Severity = Literal["low", "medium", "high", "critical"]
Verdict = Literal["pass", "flag", "block"]
VERDICT_RANK: dict[str, int] = {"pass": 0, "flag": 1, "block": 2}


class Authority(BaseModel):
    """A role and its approval limit, resolved once from the policy and passed down."""

    model_config = ConfigDict(frozen=True)

    role: str
    limit: float | None  # in the policy currency; None = unlimited


class Policy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = "default"
    version: str = "1"
    currency: str = "CNY"
    default_role: str = "agent"
    roles: dict[str, float | None]  # approval limit per role in ``currency``; None = unlimited
    rates: dict[str, float]  # units of ``currency`` per unit of each foreign currency
    dollar: str = Field("USD", description="what a bare '$' means when the context is silent")
    severity_verdict: dict[Severity, Verdict]
    # The trained second detector (guardrails/models/): off unless a policy turns it on; it
    # costs about a third of check throughput on real-shaped replies (docs/measured.md).
    trained_detector: bool = False
    # The optional LLM reviewer (drafter/guard/reviewer.py): off unless a policy turns it on or a
    # reviewer model is named (--reviewer-model, DRAFTER_REVIEWER_MODEL). It only adds findings,
    # at this severity; when it cannot answer, the reply needs review whatever this maps to.
    reviewer: bool = False
    reviewer_severity: Severity = "medium"

    def authority(self, role: str | None) -> Authority:
        """The role (the policy's default when None) and its limit; an unknown role is bad input."""
        role = role or self.default_role
        if role not in self.roles:
            known = ", ".join(self.roles)
            raise InputError(f"unknown role {role!r} (policy {self.name!r} knows: {known})")
        return Authority(role=role, limit=self.roles[role])

    def limit(self, role: str | None) -> float | None:
        return self.authority(role).limit

    def may_act_as(self, caller: str, requested: str | None) -> bool:
        """A caller works under its own approval limit or a lower one, never a higher one."""
        if requested is None or requested == caller or requested not in self.roles:
            return True  # absent, or unknown (the request's own validation reports unknown roles)
        mine, theirs = self.roles.get(caller), self.roles[requested]
        return mine is None or (theirs is not None and theirs <= mine)

    def to_policy_currency(self, value: float, currency: str) -> float | None:
        if currency == self.currency:
            return value
        rate = self.rates.get(currency)
        return None if rate is None else value * rate

    def verdict_for(self, severity: Severity) -> Verdict:
        return self.severity_verdict.get(severity, "block")


def load_policy(path: str | Path | None = None) -> Policy:
    """Load a policy file; ``None`` is the packaged default (cached)."""
    if path is None:
        return _default_policy()
    return _read_policy(Path(path))


@cache
def _default_policy() -> Policy:
    return _read_policy(data_dir("guardrails") / "policy.yaml")


def _read_policy(path: Path) -> Policy:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read policy {path}: {exc.strerror}") from exc
    raw = _parse(text, path)
    try:
        return Policy.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(f"policy {path}: {first_error(exc)}") from exc


def _parse(text: str, path: Path) -> Any:
    """The policy's YAML as data. A parse that is plain JSON data is kept in the guard's on-disk
    cache under a hash of the text: a one-reply check then never imports PyYAML (a tenth of
    its start-up)."""
    from drafter.guard import cache as guard_cache

    name = guard_cache.key("policy", text)
    cached = guard_cache.read(name)
    if isinstance(cached, dict) and "policy" in cached:
        return cached["policy"]
    import yaml

    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"policy {path} is not valid YAML: {exc}") from exc
    if _plain(raw):
        guard_cache.write(name, {"policy": raw})
    return raw


def _plain(value: Any) -> bool:
    """Whether ``value`` reads back from JSON as itself (no dates, no non-string keys, no NaN)."""
    try:
        return bool(json.loads(json.dumps(value, allow_nan=False)) == value)
    except (TypeError, ValueError):
        return False
