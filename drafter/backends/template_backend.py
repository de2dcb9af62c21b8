"""The offline, deterministic backend: a LAST reply assembled from the phrase banks in
prompts/phrases/, filled with the facts intake extracted. No key, no network.

It never quotes free complaint text (which may carry instructions); it restates the issue by
category and uses only short, cleaned facts (item, order id, customer name)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import opencc
import yaml

from drafter.backends.base import Generation, GenerationRequest
from drafter.errors import ConfigError, InputError
from drafter.models import Analysis, Complaint, Sections
from drafter.resources import data_dir

_SAFE_ITEM = re.compile(r"^[\w\s\-'’·\u3400-\u9fff]{1,24}$")
_MONEYISH = re.compile(r"\d|[¥$€£元块]")
# Not a thing you can have: intake sometimes takes a verb or adjective for the item.
_NOT_ITEM_ZH = re.compile(
    r"^[吃喝用买点拿收送等才都也就还很太]|[出了到过着得的]$|^(?:质量|问题|服务|态度|情况|事情|体验|时间|速度)$"
)
_NOT_ITEM_EN = re.compile(
    r"(?:ed|ing|ly)$|^(?:late|cold|wrong|missing|broken|bad|my|the|a|an|quality|service|problem|issue|experience|free|it|this|that)$",
    re.IGNORECASE,
)


@cache
def _bank(script: str) -> dict[str, Any]:
    path = data_dir("prompts") / "phrases" / f"{script}.yaml"
    try:
        bank = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"phrase bank {path.name}: {exc}") from exc
    if not isinstance(bank, dict):
        raise ConfigError(f"phrase bank {path.name} must be a mapping")
    return bank


@cache
def _to_traditional() -> Any:
    return opencc.OpenCC("s2tw")  # Taiwan-standard characters (裡, 為, 吃)


def traditional(text: str) -> str:
    return str(_to_traditional().convert(text)).replace("瞭解", "了解")


def _clean_item(item: str | None) -> str | None:
    """Only a short, plain noun phrase from the complaint may appear in the reply."""
    if not item:
        return None
    item = item.strip(" .,;:!?，。！？")
    if not _SAFE_ITEM.match(item) or _MONEYISH.search(item):
        return None
    if _NOT_ITEM_ZH.search(item) or _NOT_ITEM_EN.search(item.split()[-1]) or (item.isascii() and item.isupper()):
        return None
    return item


def _money(amount: float, currency: str, zh: bool) -> str:
    value = f"{amount:,.2f}".rstrip("0").rstrip(".")
    if currency == "CNY":
        return f"{value}元" if zh else f"¥{value}"
    return f"{value} {currency}"


class TemplateBackend:
    name = "template"
    model: str | None = None

    async def generate(self, request: GenerationRequest) -> Generation:
        if request.complaint is None or request.analysis is None:
            raise InputError("the template backend needs the complaint and its analysis")
        sections = compose(request.complaint, request.analysis, request.limit, request.currency)
        return Generation(sections=sections, model=None, raw=sections.model_dump_json())


def compose(complaint: Complaint, analysis: Analysis, limit: float | None, currency: str) -> Sections:
    zh = complaint.language != "en"
    bank = _bank("zh" if zh else "en")
    im = complaint.channel == "im"
    facts = analysis.facts
    item = _clean_item(facts.item)
    default_item = bank.get("default_items", {}).get(analysis.category, bank["default_item"])
    item_text = ("您的" + item) if zh and item else ("your " + item) if item else default_item
    order_ref = bank["order_ref"].format(order_id=facts.order_id) if facts.order_id else ""
    issue = bank["issue"][analysis.category].format(item=item_text)

    tone = "im" if im else analysis.customer_type
    listen = bank["listen"][tone].format(issue=issue, order_ref=order_ref)
    if analysis.escalate:
        apologize = bank["apologize"]["escalated"]
    elif im:
        apologize = bank["apologize"]["im"]
    else:
        apologize = bank["apologize"]["emotion" if analysis.customer_type != "demand" else "default"]

    satisfy = _satisfy(bank, complaint, analysis, item_text, limit, currency, zh)
    thank = bank["thank"]["im" if im else "default"]
    sections = Sections(listen=listen, apologize=apologize, satisfy=satisfy, thank=thank)
    if complaint.language == "zh-Hant":
        sections = Sections(**{k: traditional(v) for k, v in sections.model_dump().items()})
    return sections


def _satisfy(
    bank: dict[str, Any],
    complaint: Complaint,
    analysis: Analysis,
    item_text: str,
    limit: float | None,
    currency: str,
    zh: bool,
) -> str:
    sep = "" if zh else " "
    if analysis.escalate:
        esc = bank["escalated"]
        parts = [esc[r] for r in ("illness", "injury") if r in analysis.reasons][:1]
        parts.append(esc["base"].format(manager=esc["manager"]))
        if "consumer_association" in analysis.reasons:
            parts.append(esc["consumer_association"])
        elif "media" in analysis.reasons:
            parts.append(esc["media"])
        return sep.join(parts)
    action = bank["satisfy"][analysis.category].format(item=item_text)
    asks = set(analysis.facts.asks_for)
    if "refund" in asks or "compensation" in asks:
        amount = complaint.context.order_amount
        order_currency = complaint.context.currency or currency
        if (
            "refund" in asks
            and amount is not None
            and order_currency == currency
            and (limit is None or amount <= limit)
        ):
            action = sep.join(
                [action, bank["satisfy"]["refund_within_limit"].format(amount=_money(amount, currency, zh))]
            )
        else:
            ask = bank["asks"]["refund" if "refund" in asks else "compensation"]
            action = sep.join([action, bank["satisfy"]["approval"].format(ask=ask)])
    return str(action)


def assemble(sections: Sections, complaint: Complaint) -> str:
    """The reply as sent: greeting and sign-off for email, one compact message for IM."""
    zh = complaint.language != "en"
    sep = "" if zh else " "
    if complaint.channel == "im":
        return sep.join([sections.listen, sections.apologize, sections.satisfy, sections.thank])
    bank = _bank("zh" if zh else "en")
    raw_name = (complaint.customer_name or "").strip()
    name = raw_name if _SAFE_ITEM.match(raw_name) and not _MONEYISH.search(raw_name) else None
    greeting = bank["greeting"]["named"].format(name=name) if name else bank["greeting"]["anonymous"]
    signoff = bank["signoff"]
    if complaint.language == "zh-Hant":
        greeting, signoff = traditional(greeting), traditional(signoff)
    body = [greeting, sep.join([sections.listen, sections.apologize]), sections.satisfy, sections.thank, signoff]
    return "\n\n".join(body)
