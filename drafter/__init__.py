"""drafter: LAST-structured replies to customer complaints, guarded before they are sent.

Library use::

    import drafter
    report = drafter.check("这不是我们的事", role="agent")
    report.verdict  # "block"
"""

from drafter.errors import ConfigError, DrafterError, InputError, RulePackError
from drafter.guard import Finding, GuardContext, GuardReport, check
from drafter.policy import Policy, load_policy

__version__ = "0.1.0"

_LAZY = {
    "draft": "drafter.pipeline",
    "adraft": "drafter.pipeline",
    "Draft": "drafter.models",
    "Complaint": "drafter.models",
}


def __getattr__(name: str) -> object:
    """Drafting pulls in jinja2, openai and language detection: load it only when used,
    so `drafter check` starts fast."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'drafter' has no attribute {name!r}")


__all__ = [
    "Complaint",
    "ConfigError",
    "Draft",
    "DrafterError",
    "Finding",
    "GuardContext",
    "GuardReport",
    "InputError",
    "Policy",
    "RulePackError",
    "__version__",
    "adraft",
    "check",
    "draft",
    "load_policy",
]
