"""Eval suites: which case sets to run, which gates decide a case, and the thresholds.

Every set inherits the suite's ``[defaults]`` (gates, thresholds, options) and may override
any of them; ``--cases`` sets get the packaged suite's defaults, so an external set is judged
by the same gates as the seed suite. The suite's fingerprint hashes every case file and the
resolved settings, so a loosened threshold or an edited case changes every result."""

from __future__ import annotations

import hashlib
import json
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from drafter.errors import InputError
from drafter.guard.report import GuardContext
from drafter.jsonl import first_error, read_records
from drafter.resources import data_dir

# Per-case gates: 1.0 (pass), 0.0 (fail) or None (the case has no label for it). A case passes
# when every gate its set selects passes; a gate's set mean is the share of cases passing it.
GATES = (
    "guard",
    "structure",
    "relevance",
    "generic",
    "facts",
    "must_not",
    "avoid",
    "safety_first",
    "escalation",
    "language",
    "script",
    "copied",
)
# Per-case scores in [0, 1], reported and usable as thresholds, never a case verdict on their own.
SCORES = (
    "structure_coverage",
    "structure_order",
    "relevance_lexical",
    "relevance_semantic",
    "rouge_l",
    "chrf",
    "judge",
)
SET_METRICS = ("pass_rate",)
METRICS = GATES + SCORES
# Names used before the gates were split out; old suite files keep working.
ALIASES = {"guard_pass": "guard", "must_include": "facts", "language_match": "language"}


def _canonical(thresholds: dict[str, float]) -> dict[str, float]:
    return {ALIASES.get(k, k): v for k, v in thresholds.items()}


class Expect(BaseModel):
    """What a case's reply must (not) do. ``facts`` lists facts as lists of acceptable forms;
    ``must_include`` is the older one-form-per-fact spelling of the same gate."""

    model_config = ConfigDict(extra="ignore")

    escalate: bool | None = None
    safety: bool | None = None
    facts: list[list[str]] = Field(default_factory=list)
    must_include: list[str] = Field(default_factory=list)
    must_not: list[str] = Field(default_factory=list)
    avoid: list[str] = Field(default_factory=list)
    ask: str | None = None

    @field_validator("facts")
    @classmethod
    def _forms(cls, facts: list[list[str]]) -> list[list[str]]:
        cleaned = [[f for f in forms if f.strip()] for forms in facts]
        if any(not forms for forms in cleaned):
            raise ValueError("every fact needs at least one non-empty form")
        return cleaned


class Case(BaseModel):
    """One eval case; public sets' extra keys (meta, domain, …) are ignored."""

    model_config = ConfigDict(extra="ignore")

    id: str
    complaint: str = Field(min_length=1)
    channel: str = "email"
    language: str | None = None
    customer_name: str | None = None
    context: GuardContext | None = None
    reference_reply: str | None = None
    expect: Expect = Field(default_factory=Expect)

    @property
    def draft_channel(self) -> str:
        """Public sets use social/review; a short public reply is drafted like an IM."""
        return "email" if self.channel == "email" else "im"


class Options(BaseModel):
    """Knobs of the gates that compare a case with the rest of its set, and of `copied`."""

    model_config = ConfigDict(extra="forbid")

    relevance_rank: float = Field(0.9, ge=0, le=1)  # own complaint must outscore this share of the others
    generic_similarity: float = Field(0.9, ge=0, le=1)  # drafts this alike are "the same text"
    related_complaints: float = Field(0.3, ge=0, le=1)  # complaints this alike may share a reply
    min_cases: int = Field(5, ge=2)  # relevance and genericness need this many cases in the set
    copied_overlap: float = Field(0.7, ge=0, le=1)  # share of an example section found in the draft
    copied_sections: int = Field(1, ge=1)  # this many copied example sections fail the case


class Defaults(BaseModel):
    model_config = ConfigDict(extra="forbid")

    gates: list[str] = Field(default_factory=lambda: list(GATES))
    thresholds: dict[str, float] = Field(default_factory=dict)
    options: Options = Field(default_factory=Options)


class CaseSet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    path: str
    kind: Literal["drafts", "guardrail"] = "drafts"
    limit: int | None = None  # first N cases only (public sets are large)
    report_only: bool = False  # reported beside the gate, never failing it
    gates: list[str] | None = None  # None: the suite's defaults
    thresholds: dict[str, float] = Field(default_factory=dict)
    options: dict[str, float] = Field(default_factory=dict)  # overrides of the defaults' options


class Suite(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    description: str = ""
    tolerance: float = 0.02  # allowed drop of a suite mean against the baseline
    case_tolerance: float = 0.15  # allowed drop of one case's score against the baseline
    defaults: Defaults = Field(default_factory=Defaults)
    sets: list[CaseSet]
    root: Path = Path(".")

    def set_path(self, case_set: CaseSet) -> Path:
        path = Path(case_set.path)
        return path if path.is_absolute() else self.root / path

    def gates(self, case_set: CaseSet) -> list[str]:
        return list(case_set.gates if case_set.gates is not None else self.defaults.gates)

    def thresholds(self, case_set: CaseSet) -> dict[str, float]:
        if case_set.kind == "guardrail":
            return dict(case_set.thresholds)
        return {**_canonical(self.defaults.thresholds), **_canonical(case_set.thresholds)}

    def options(self, case_set: CaseSet) -> Options:
        return Options.model_validate({**self.defaults.options.model_dump(), **case_set.options})

    def fingerprint(self) -> str:
        digest = hashlib.sha256()
        for case_set in self.sets:
            resolved = {
                **case_set.model_dump(),
                "gates": self.gates(case_set),
                "thresholds": self.thresholds(case_set),
                "options": self.options(case_set).model_dump(),
            }
            digest.update(json.dumps(resolved, sort_keys=True).encode())
            path = self.set_path(case_set)
            digest.update(path.read_bytes() if path.is_file() else b"missing")
        digest.update(f"{self.tolerance}/{self.case_tolerance}".encode())
        return digest.hexdigest()[:16]


def default_suite_path() -> Path:
    return data_dir("evals") / "suite.toml"


def _check(suite: Suite, where: str) -> None:
    known = set(METRICS) | set(SET_METRICS) | set(ALIASES)
    unknown_defaults = set(suite.defaults.thresholds) - known
    if unknown_defaults:
        raise InputError(f"{where}: defaults: unknown metrics {sorted(unknown_defaults)}")
    bad_gates = set(suite.defaults.gates) - set(GATES)
    if bad_gates:
        raise InputError(f"{where}: defaults: unknown gates {sorted(bad_gates)} (use {', '.join(GATES)})")
    for case_set in suite.sets:
        allowed = {"precision", "recall"} if case_set.kind == "guardrail" else known
        unknown = set(case_set.thresholds) - allowed
        if unknown:
            raise InputError(f"{where}: set {case_set.name}: unknown metrics {sorted(unknown)}")
        bad = set(case_set.gates or []) - set(GATES)
        if bad:
            raise InputError(f"{where}: set {case_set.name}: unknown gates {sorted(bad)}")
        try:
            suite.options(case_set)
        except ValidationError as exc:
            raise InputError(f"{where}: set {case_set.name}: options: {first_error(exc)}") from exc
        unknown_options = set(case_set.options) - set(Options.model_fields)
        if unknown_options:
            raise InputError(f"{where}: set {case_set.name}: unknown options {sorted(unknown_options)}")


def load_suite(path: str | Path | None = None) -> Suite:
    path = Path(path) if path is not None else default_suite_path()
    try:
        raw: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read suite {path}: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"suite {path} is not valid TOML: {exc}") from exc
    try:
        suite = Suite.model_validate({**raw, "root": path.parent})
    except ValidationError as exc:
        raise InputError(f"suite {path}: {first_error(exc)}") from exc
    _check(suite, f"suite {path}")
    return suite


def adhoc_suite(paths: list[str], defaults: Defaults | None = None) -> Suite:
    """`--cases FILE`: external sets judged by the packaged suite's default gates and thresholds."""
    if defaults is None:
        defaults = load_suite().defaults
    sets = [CaseSet(name=Path(p).parent.name or Path(p).stem, path=str(Path(p).resolve())) for p in paths]
    return Suite(name="adhoc", defaults=defaults, sets=sets)


def load_cases(path: Path, limit: int | None = None) -> tuple[list[Case], list[tuple[int, str]]]:
    """Cases from a JSONL file, and the bad lines (line number, error) that were skipped."""
    return read_records(path, Case, limit=limit)
