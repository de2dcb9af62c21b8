"""The deterministic guardrail layer."""

from drafter.guard.engine import check
from drafter.guard.report import Finding, GuardContext, GuardReport

__all__ = ["Finding", "GuardContext", "GuardReport", "check"]
