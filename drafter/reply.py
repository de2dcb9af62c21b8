"""The reply as sent, whichever backend drafted its sections: greeting and sign-off for email,
one compact message for IM. Greeting and sign-off wording comes from the phrase banks in
prompts/phrases/ (shared with the template backend), in the complaint's script."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import yaml

from drafter.errors import ConfigError
from drafter.models import Complaint, Sections
from drafter.resources import data_dir
from drafter.text import converter

# A short, plain noun phrase or name: the only complaint text a reply may repeat verbatim.
SAFE_PHRASE = re.compile(r"^[\w\s\-'’·\u3400-\u9fff]{1,24}$")
MONEYISH = re.compile(r"\d|[¥$€£元块]")


@cache
def phrase_bank(script: str) -> dict[str, Any]:
    """The phrase bank for ``zh`` or ``en``, loaded once per process."""
    path = data_dir("prompts") / "phrases" / f"{script}.yaml"
    try:
        bank = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"phrase bank {path.name}: {exc}") from exc
    if not isinstance(bank, dict):
        raise ConfigError(f"phrase bank {path.name} must be a mapping")
    return bank


def traditional(text: str) -> str:
    """Taiwan-standard Traditional characters (裡, 為, 吃) for zh-Hant replies."""
    return str(converter("s2tw").convert(text)).replace("瞭解", "了解")


def assemble(sections: Sections, complaint: Complaint) -> str:
    zh = complaint.language != "en"
    sep = "" if zh else " "
    if complaint.channel == "im":
        return sep.join([sections.listen, sections.apologize, sections.satisfy, sections.thank])
    bank = phrase_bank("zh" if zh else "en")
    raw_name = (complaint.customer_name or "").strip()
    name = raw_name if SAFE_PHRASE.match(raw_name) and not MONEYISH.search(raw_name) else None
    greeting = bank["greeting"]["named"].format(name=name) if name else bank["greeting"]["anonymous"]
    signoff = bank["signoff"]
    if complaint.language == "zh-Hant":
        greeting, signoff = traditional(greeting), traditional(signoff)
    body = [greeting, sep.join([sections.listen, sections.apologize]), sections.satisfy, sections.thank, signoff]
    return "\n\n".join(body)
