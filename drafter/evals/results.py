"""What an eval run produces, per case, per set and in all: the models the runner fills, the
reports render, the baseline stores and ``--compare`` reads."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from drafter.guard.report import Finding


class JudgeScore(BaseModel):
    """The LLM judge's reading of one reply against the seeds' LAST rubric (1-5 each)."""

    model_config = ConfigDict(extra="ignore")

    listen: int = Field(ge=1, le=5)
    apologize: int = Field(ge=1, le=5)
    satisfy: int = Field(ge=1, le=5)
    thank: int = Field(ge=1, le=5)
    overall: int = Field(ge=1, le=5)
    sendable: bool
    reason: str = ""


class CaseResult(BaseModel):
    set: str
    id: str
    language: str | None = None
    channel: str
    complaint: str
    reference: str | None = None
    draft: str = ""
    escalate: bool | None = None
    expected_escalate: bool | None = None
    verdict: str | None = None
    findings: list[Finding] = Field(default_factory=list)
    metrics: dict[str, float | None] = Field(default_factory=dict)
    passed: bool = False
    failed: list[str] = Field(default_factory=list)  # "gate: why", for the gates the set selects
    notes: list[str] = Field(default_factory=list)  # failing gates the set does not select
    judge: JudgeScore | None = None
    error: str | None = None


class SetResult(BaseModel):
    name: str
    kind: str
    cases: int
    errors: int = 0
    report_only: bool = False
    gates: list[str] = Field(default_factory=list)
    relevance_scorer: str | None = None
    skipped_lines: list[str] = Field(default_factory=list)
    means: dict[str, float] = Field(default_factory=dict)
    thresholds: dict[str, float] = Field(default_factory=dict)
    below: list[str] = Field(default_factory=list)  # "metric: mean < threshold"
    failing: dict[str, int] = Field(default_factory=dict)  # gate -> failing cases
    categories: dict[str, dict[str, float]] = Field(default_factory=dict)  # guardrail sets


class EvalResult(BaseModel):
    model_config = ConfigDict(extra="ignore")

    suite: str
    fingerprint: str
    backend: str
    model: str | None = None
    prompt_hash: str | None = None
    rules_version: str | None = None
    relevance_scorer: str = "lexical"
    judge_model: str | None = None
    sets: list[SetResult]
    cases: list[CaseResult]
    regressions: list[str] = Field(default_factory=list)
    reported: list[str] = Field(default_factory=list)  # misses in report-only sets: shown, not gating
    baseline_fingerprint: str | None = None
    passed: bool = True
    timing: dict[str, float] = Field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        return 0 if self.passed else 1
