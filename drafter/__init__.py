"""drafter: LAST-structured replies to customer complaints, guarded before they are sent.

Library use::

    import drafter
    report = drafter.check("这不是我们的事", role="agent")
    report.verdict  # "block"
"""

from drafter.errors import ConfigError, DrafterError, GuardrailError, InputError, RulePackError
from drafter.guard import Finding, GuardContext, GuardReport, check
from drafter.policy import Policy, load_policy

__version__ = "0.1.0"

__all__ = [
    "ConfigError",
    "DrafterError",
    "Finding",
    "GuardContext",
    "GuardReport",
    "GuardrailError",
    "InputError",
    "Policy",
    "RulePackError",
    "__version__",
    "check",
    "load_policy",
]
