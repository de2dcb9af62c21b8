"""The reply as sent, whichever backend drafted its sections: greeting and sign-off for email,
one compact message for IM. Greeting and sign-off wording comes from the phrase banks in
prompts/phrases/ (shared with the template backend), in the complaint's script."""

from __future__ import annotations

import difflib
import re
from functools import cache
from typing import Any

import hanzidentifier
import yaml

from drafter.errors import ConfigError
from drafter.intake.config import compiled
from drafter.intake.mail import greeting_name
from drafter.intake.region import Region, region
from drafter.models import Complaint, Sections
from drafter.profile import BusinessProfile
from drafter.resources import data_dir
from drafter.text import converter, is_han, quote_spans


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


def phrase_bank_for(language: str) -> dict[str, Any]:
    """The phrase bank in the reply's script: Traditional replies get every phrase converted
    once per process (the customer's own words are never run through the converter)."""
    if language == "en":
        return phrase_bank("en")
    if language == "zh-Hant":
        return _traditional_bank()
    return phrase_bank("zh")


@cache
def _traditional_bank() -> dict[str, Any]:
    return _convert(phrase_bank("zh"))  # type: ignore[no-any-return]


def _convert(node: Any) -> Any:
    if isinstance(node, str):
        return traditional(node)
    if isinstance(node, dict):
        return {k: _convert(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_convert(v) for v in node]
    return node


def fix_script(sections: Sections, language: str) -> Sections:
    """A Traditional reply with Simplified slips (an LLM's 们 among 們) converted with OpenCC's
    s2twp, Taiwan phrasing included; a reply without slips is left exactly as written."""
    if language != "zh-Hant":
        return sections
    values = sections.model_dump()
    if not any(_has_simplified(v) for v in values.values()):
        return sections
    return Sections(**{k: _s2twp(v) if _has_simplified(v) else v for k, v in values.items()})


def _s2twp(text: str) -> str:
    return str(converter("s2twp").convert(text)).replace("瞭解", "了解")  # both are current in Taiwan


def _has_simplified(text: str) -> bool:
    return any(hanzidentifier.identify(ch) == hanzidentifier.SIMPLIFIED for ch in text if is_han(ch))


def localize(text: str, where: Region | None, said: str = "") -> str:
    """A Traditional reply in the words of its readership: Taiwan through OpenCC's s2twp phrase
    table (信息 -> 資訊, 軟件 -> 軟體, 網絡 -> 網路, 打印 -> 列印, 聯繫 -> 聯絡), Hong Kong and an
    unknown region through s2tw (s2hk's standard glyphs 户 着 温 are also the Simplified ones, which
    readers and the script check take for Simplified), then the phrase bank's ``hant_terms_tw`` /
    ``hant_terms_hk`` for what OpenCC leaves (小票, 門店, 審批) or overdoes (臺, 開啟, 稽核). Either
    converter also mends a Simplified slip in a composed clause (请…处理), which the guardrail would
    otherwise cut. Quotations (the customer's or a colleague's words) are left as written, and so
    is a table word the customer wrote themselves (``said``: a Taiwan customer's own 專案)."""
    if not text:
        return text
    out, at = [], 0
    for start, end in quote_spans(text):
        out += [_localize_run(text[at:start], where, said), text[start : end + 1]]
        at = end + 1
    out.append(_localize_run(text[at:], where, said))
    return "".join(out)


def _localize_run(text: str, where: Region | None, said: str) -> str:
    if not text:
        return text
    text = _taiwan(text, said) if where == "tw" else str(converter("s2tw").convert(text))
    # OpenCC writes 瞭解 and 臺 (櫃台 -> 櫃臺) even in text already Traditional; 了解 and 台 are
    # what both places write day to day, unless the customer wrote 臺 themselves
    text = text.replace("瞭解", "了解")
    if "臺" not in said:
        text = text.replace("臺", "台")
    if where is None:
        return text
    pattern, table = _region_terms(where)
    return pattern.sub(lambda m: m.group(0) if m.group(0) in said else table[m.group(0)], text)


def _taiwan(text: str, said: str) -> str:
    """s2twp, except where its phrase table rewrites the customer's own words: it reads 托运行李 as
    托/运行/李 and writes 托執行李 (运行 -> 執行). A stretch the customer wrote, as plain s2tw gives
    it, stays as they wrote it (s11)."""
    phrased = str(converter("s2twp").convert(text))
    if not said:
        return phrased
    plain = str(converter("s2tw").convert(text))
    if plain == phrased:
        return phrased
    # the changes, a rewritten phrase each (窗口 -> 視窗 is an insert and a delete one character apart)
    groups: list[list[int]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, plain, phrased, autojunk=False).get_opcodes():
        if op == "equal" and i2 - i1 > 1:
            continue
        if groups and i1 - groups[-1][1] <= 1:
            groups[-1][1], groups[-1][3] = i2, j2
        elif op != "equal":
            groups.append([i1, i2, j1, j2])
    out, jt = [], 0
    for i1, i2, j1, j2 in groups:
        window = plain[max(0, i1 - 1) : i2 + 1]
        keep = i2 > i1 and len(window) > i2 - i1 and window in said
        out += [phrased[jt:j1], plain[i1:i2] if keep else phrased[j1:j2]]
        jt = j2
    out.append(phrased[jt:])
    return "".join(out)


@cache
def _region_terms(where: Region) -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of the region's words (Traditional keys), longest first, replaced in one
    pass so a replacement is never replaced again (手機號 -> 手機號碼 leaves 手機號碼 alone)."""
    raw = phrase_bank("zh").get(f"hant_terms_{where}") or {}
    if not isinstance(raw, dict):
        raise ConfigError(f"phrase bank zh.yaml: hant_terms_{where} must be a mapping")
    table = {str(k): str(v) for k, v in raw.items()}
    keys = sorted(table, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, keys)) or r"(?!)"), table


def traditional(text: str) -> str:
    """Taiwan-standard Traditional characters (裡, 為, 吃) for zh-Hant replies, with the words
    only the mainland uses (反馈, 到账, 网点) first put in the words Hong Kong and Taiwan share
    (意见, 入账, 分行): the phrase bank's ``hant_terms``. Characters alone would leave 反饋, 到賬."""
    for mainland, shared in _hant_terms():
        text = text.replace(mainland, shared)
    return str(converter("s2tw").convert(text)).replace("瞭解", "了解")


@cache
def _hant_terms() -> tuple[tuple[str, str], ...]:
    """The mainland-only words of our wording and the shared word for each, longest first."""
    table = phrase_bank("zh").get("hant_terms") or {}
    if not isinstance(table, dict):
        raise ConfigError("phrase bank zh.yaml: hant_terms must be a mapping")
    return tuple(sorted(((str(k), str(v)) for k, v in table.items()), key=lambda kv: -len(kv[0])))


def assemble(
    sections: Sections, complaint: Complaint, profile: BusinessProfile | None = None, domain: str | None = None
) -> str:
    """Email: greeting (the customer's name only when it is a real one), Listen and Apologize,
    Satisfy, Thank, sign-off (the profile's, else the team that fits the kind of business read
    from the complaint). IM: the four sections."""
    zh = complaint.language != "en"
    sep = "" if zh else " "
    hant = complaint.language == "zh-Hant"
    where = region(complaint.text) if hant else None
    if hant:
        said = complaint.text
        sections = Sections(**{k: localize(v, where, said) for k, v in sections.model_dump().items()})
    if complaint.channel == "im":
        # a section may be empty (an apology already said at the opening): no double space for it
        return sep.join(p for p in (sections.listen, sections.apologize, sections.satisfy, sections.thank) if p)
    lang = "zh" if zh else "en"
    bank = phrase_bank_for(complaint.language)
    name = greeting_name(compiled(), complaint.customer_name, complaint.language, signed=complaint.name_signed)
    if name and zh and name[-1].isascii():
        name += " "  # "Amy 您好：", a Latin name set off from the Chinese
    greeting = bank["greeting"]["named"].format(name=name) if name else bank["greeting"]["anonymous"]
    team = (profile.say("team", lang) if profile else None) or bank.get("teams", {}).get(domain) or bank["team"]
    signoff = (profile.say("signoff", lang) if profile else None) or bank["signoff"].format(team=team)
    contact = _contact(bank, profile, lang)
    if complaint.language == "zh-Hant":  # the profile's wording is Simplified
        signoff, contact = localize(traditional(signoff), where), localize(traditional(contact), where)
    thank = sep.join(p for p in (sections.thank, contact) if p)
    body = [greeting, sep.join(p for p in (sections.listen, sections.apologize) if p), sections.satisfy, thank, signoff]
    return "\n\n".join(body)


def _contact(bank: dict[str, Any], profile: BusinessProfile | None, lang: str) -> str:
    """How to reach us, from the profile: only a business that said so gets a line about it."""
    if profile is None:
        return ""
    contact, hours = profile.say("contact", lang), profile.say("hours", lang)
    if not contact:
        return ""
    key = "with_hours" if hours else "plain"
    return str(bank["contact"][key].format(contact=contact, hours=hours or ""))
