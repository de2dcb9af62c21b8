"""What kind of complaint this is, whether it must go to management, and how the customer sounds."""

from __future__ import annotations

import re

from drafter.intake.config import CATEGORIES, Compiled, Scan
from drafter.models import Category, CustomerType, EscalationReason


def category(c: Compiled, scan: Scan) -> Category:
    """Most keyword hits wins, ties by priority; an escalation category wins when present."""
    priority = c.config.categories.priority
    scores = {cat: len(scan.get(f"cat:{cat}")) for cat in CATEGORIES}
    candidates = [cat for cat in c.escalation_categories if scores[cat]] or [cat for cat in CATEGORIES if scores[cat]]
    if not candidates:
        return "other"
    return max(candidates, key=lambda cat: (scores[cat], -priority.index(cat)))


def reasons(c: Compiled, scan: Scan) -> list[EscalationReason]:
    found: set[EscalationReason] = set()
    for reason, trigger in c.config.escalation.items():
        if scan.get(f"esc:{reason}") or (trigger.from_category and scan.get(f"cat:{trigger.from_category}")):
            found.add(reason)
    return sorted(found)


def customer_type(c: Compiled, scan: Scan) -> CustomerType:
    cues = c.config.customer_type
    runs = len(re.findall(rf"[!！]{{{cues.exclamation_run},}}", scan.text))
    shouting = 0
    streak = 0
    for token in re.findall(r"[A-Za-z]+", scan.text):
        streak = streak + 1 if len(token) >= 2 and token.isupper() else 0
        if streak == cues.shouting_words:
            shouting += 1
    emotion = len(scan.get("emotion")) + runs + shouting
    demand = len(scan.get("demand"))
    if emotion >= cues.mixed_min and demand >= cues.mixed_min:
        return "mixed"
    return "emotion" if emotion > demand else "demand"
