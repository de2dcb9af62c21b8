"""Eval suites: which case sets to run, which metrics gate, and the thresholds.

The suite's fingerprint hashes every case file and the thresholds, so a loosened threshold
or an edited case changes the fingerprint that every result carries."""

from __future__ import annotations

import hashlib
import json
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from drafter.errors import InputError
from drafter.guard.report import GuardContext
from drafter.jsonl import first_error, read_records
from drafter.resources import data_dir

# Per-case metrics. Gates are 1.0 (pass) or 0.0 (fail); the rest are scores in [0, 1].
GATES = ("guard_pass", "must_include", "must_not", "escalation", "language_match")
SCORES = ("structure_coverage", "structure_order", "rouge_l", "chrf")
METRICS = GATES + SCORES


class Expect(BaseModel):
    model_config = ConfigDict(extra="ignore")

    escalate: bool | None = None
    must_include: list[str] = Field(default_factory=list)
    must_not: list[str] = Field(default_factory=list)


class Case(BaseModel):
    """One eval case; public sets' extra keys (meta, …) are ignored."""

    model_config = ConfigDict(extra="ignore")

    id: str
    complaint: str = Field(min_length=1)
    channel: str = "email"
    language: str | None = None
    context: GuardContext | None = None
    reference_reply: str | None = None
    expect: Expect = Field(default_factory=Expect)

    @property
    def draft_channel(self) -> str:
        """Public sets use social/review; a short public reply is drafted like an IM."""
        return "email" if self.channel == "email" else "im"


class CaseSet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    path: str
    kind: Literal["drafts", "guardrail"] = "drafts"
    limit: int | None = None  # first N cases only (public sets are large)
    thresholds: dict[str, float] = Field(default_factory=dict)


class Suite(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    description: str = ""
    tolerance: float = 0.02  # allowed drop of a suite mean against the baseline
    case_tolerance: float = 0.15  # allowed drop of one case's score against the baseline
    sets: list[CaseSet]
    root: Path = Path(".")

    def set_path(self, case_set: CaseSet) -> Path:
        path = Path(case_set.path)
        return path if path.is_absolute() else self.root / path

    def fingerprint(self) -> str:
        digest = hashlib.sha256()
        for case_set in self.sets:
            digest.update(json.dumps(case_set.model_dump(), sort_keys=True).encode())
            path = self.set_path(case_set)
            digest.update(path.read_bytes() if path.is_file() else b"missing")
        digest.update(f"{self.tolerance}/{self.case_tolerance}".encode())
        return digest.hexdigest()[:16]


def default_suite_path() -> Path:
    return data_dir("evals") / "suite.toml"


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
    for case_set in suite.sets:
        unknown = set(case_set.thresholds) - set(METRICS) - {"precision", "recall"}
        if unknown:
            raise InputError(f"suite {path}: set {case_set.name}: unknown metrics {sorted(unknown)}")
    return suite


def adhoc_suite(paths: list[str], thresholds: dict[str, float] | None = None) -> Suite:
    """`--cases FILE`: external sets scored with the same metrics; every hard gate must hold
    on every case that carries the labels for it."""
    gates = thresholds if thresholds is not None else dict.fromkeys(GATES, 1.0)
    sets = [
        CaseSet(name=Path(p).parent.name or Path(p).stem, path=str(Path(p).resolve()), thresholds=dict(gates))
        for p in paths
    ]
    return Suite(name="adhoc", sets=sets)


def load_cases(path: Path, limit: int | None = None) -> tuple[list[Case], list[tuple[int, str]]]:
    """Cases from a JSONL file, and the bad lines (line number, error) that were skipped."""
    return read_records(path, Case, limit=limit)
