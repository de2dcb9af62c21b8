"""The cause of a harm the customer names (a wet floor, no warning sign), said back in our words.

Why: trainers marked down a retelling of a fall that left out the wet floor with no warning sign
(the clause is often dropped from the retelling as an accusation). Where the customer names the
cause, the reply acknowledges it in a sentence of ours, never their raw clause; what we do about
it (dried, signed, closed off) is Satisfy's and the safety opening's.
"""

from __future__ import annotations

import re

from drafter.guard.normalize import fold
from drafter.models import Analysis, Complaint
from drafter.prefilter import Gate
from drafter.wording import Wording

# No warning sign or cone told: "there was no wet floor sign", 冇放警告牌, 沒有任何警示.
_NO_SIGN = Gate(
    re.compile(
        r"\b(?:no|without (?:a|any)|(?:wasn t|was not|weren t|were not|isn t|is not) (?:a|any))\s+"
        r"(?:wet floor |warning |caution |hazard |safety )?(?:signs?|cones?|signage|notice)\b"
        r"|(?:没有|没|冇|无|未)(?:人)?(?:放|摆|设|挂|立|贴|竖)?(?:任何|一个|个)?(?:警告|警示|提示|小心地滑|地滑)(?:牌|标志|标识|告示|标示)?"
    )
)
# The retelling already says the floor was wet, or that no sign was put out.
_WET_SAID = re.compile(r"\b(?:wet|slippery|spill\w*|puddle)|湿|滑|积水|有水")
_SIGN_SAID = re.compile(r"\bsign|警告|警示|提示牌")


def harm_cause(words: Wording, complaint: Complaint, analysis: Analysis, said: str) -> str | None:
    """ "You told us the floor was wet and there was no warning sign." where a fall's cause is
    named and the retelling so far left it out; None otherwise."""
    safety = analysis.safety
    if safety is None:
        return None
    text = fold(complaint.text)
    told = fold(said)
    wet = safety.spill and _WET_SAID.search(told) is None
    no_sign = _NO_SIGN.search(text) is not None and _SIGN_SAID.search(told) is None
    if not (wet or no_sign):
        return None
    key = "wet_no_sign" if wet and no_sign else "wet" if wet else "no_sign"
    return str(words["safety"]["cause"][key])
