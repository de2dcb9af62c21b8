"""The offline, deterministic backend: a LAST reply assembled from the phrase banks in
prompts/phrases/, filled with the facts intake extracted. No key, no network.

It never quotes free complaint text (which may carry instructions); it restates the issue by
category and uses only short, cleaned facts (item, order id, customer name)."""

from __future__ import annotations

import re
from typing import Any

from drafter.backends.base import DraftJob, Generation, TemplateRequest
from drafter.models import Analysis, Complaint, Sections
from drafter.reply import MONEYISH, SAFE_PHRASE, phrase_bank, traditional

# Not a thing you can have: intake sometimes takes a verb or adjective for the item.
_NOT_ITEM_ZH = re.compile(
    r"^[吃喝用买点拿收送等才都也就还很太]|[出了到过着得的]$|^(?:质量|问题|服务|态度|情况|事情|体验|时间|速度)$"
)
_NOT_ITEM_EN = re.compile(
    r"(?:ed|ing|ly)$|^(?:late|cold|wrong|missing|broken|bad|my|the|a|an|quality|service|problem|issue|experience|free|it|this|that)$",
    re.IGNORECASE,
)


def _clean_item(item: str | None) -> str | None:
    """Only a short, plain noun phrase from the complaint may appear in the reply."""
    if not item:
        return None
    item = item.strip(" .,;:!?，。！？")
    if not SAFE_PHRASE.match(item) or MONEYISH.search(item):
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

    def prepare(self, job: DraftJob) -> TemplateRequest:
        return TemplateRequest(complaint=job.complaint, analysis=job.analysis, limit=job.limit, currency=job.currency)

    async def generate(self, request: TemplateRequest) -> Generation:
        sections = compose(request.complaint, request.analysis, request.limit, request.currency)
        return Generation(sections=sections, model=None, raw=sections.model_dump_json())

    async def aclose(self) -> None:
        """Nothing to release: no connections, no files."""


def compose(complaint: Complaint, analysis: Analysis, limit: float | None, currency: str) -> Sections:
    zh = complaint.language != "en"
    bank = phrase_bank("zh" if zh else "en")
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
