"""What the customer sent, read into their own words: .eml, IM JSON or pasted mail, minus quotes and signatures."""

from __future__ import annotations

import email
import email.errors
import email.policy
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import Message
from email.utils import parseaddr
from functools import cache
from html.parser import HTMLParser
from typing import Any

from drafter.errors import InputError
from drafter.guard.normalize import fold
from drafter.inputs import codec_for, decode_text
from drafter.intake.config import Compiled, compiled
from drafter.models import Channel, Quoted
from drafter.text import HAN, is_han


@dataclass(slots=True)
class _Source:
    body: str
    kind: str  # "eml", "json", "text"
    subject: str | None = None
    name: str | None = None


_HEADER_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9-]*:(?:[ \t]|$)")
_EML_HEADERS = frozenset(
    {"from", "subject", "content-type", "mime-version", "received", "message-id", "return-path", "delivered-to"}
)
_PASTED_HEADER = re.compile(
    r"^\s*(from|sent|to|cc|date|subject|发件人|發件人|寄件者|寄件人|收件人|收件者|抄送|副本|主题|主題|主旨|日期|时间|時間|"
    r"发送时间|發送時間|傳送時間|寄件日期)\s*[:：]\s*(.*)$",
    re.IGNORECASE,
)
_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|aw|sv|回复|回覆|答复|答覆|转发|轉寄|转寄|轉發)\s*[:：]\s*)+", re.I)
_TEXT_KEYS = ("text", "message", "content", "body", "msg")
_NAME_KEYS = ("customer_name", "name", "from", "user", "customer", "sender", "nickname", "author", "username")
_NAME_SUBKEYS = ("display_name", "name", "nickname", "real_name", "username", "first_name")


def _looks_like_eml(raw: str) -> bool:
    """RFC 822: a block of header lines at the top (one of them a mail header), then a blank line."""
    lines = raw.lstrip("\ufeff").split("\n")
    if lines and lines[0].startswith("From ") and not lines[0].startswith("From: "):
        lines = lines[1:]  # mbox separator line
    names: set[str] = set()
    for i, line in enumerate(lines):
        line = line.rstrip("\r")
        if not line.strip():
            return i > 0 and bool(names & _EML_HEADERS)
        if line[0] in " \t" and i > 0:
            continue
        if not _HEADER_LINE.match(line):
            return False
        names.add(line.split(":", 1)[0].lower())
    return False


class _HTMLText(HTMLParser):
    """Plain text from an HTML mail body, leaving out quoted replies, scripts and styles."""

    _BLOCK = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "hr"})
    _DROP = frozenset({"script", "style", "head", "title", "blockquote"})
    _QUOTE_MARKS = ("gmail_quote", "yahoo_quoted", "moz-cite-prefix", "divrplyfwdmsg", "outlookmessageheader")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_tag: str | None = None
        self.skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth += 1
            return
        marks = " ".join(v or "" for k, v in attrs if k in ("class", "id")).lower()
        if tag in self._DROP or any(m in marks for m in self._QUOTE_MARKS):
            if tag not in ("br", "hr", "img"):
                self.skip_tag, self.skip_depth = tag, 1
            return
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth -= 1
                if self.skip_depth == 0:
                    self.skip_tag = None
            return
        if tag in self._BLOCK and tag not in ("br", "hr"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip_tag is None:
            self.parts.append(re.sub(r"[ \t\r\n\f]+", " ", data))


def html_to_text(html: str) -> str:
    """The visible text of an HTML mail body, one block element per line."""
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_UNENCODED = frozenset({"7bit", "8bit", "binary"})


def _part_bytes(data: bytes, charset: str | None) -> str:
    """A mail part's bytes as text: its declared charset (GB2312 read as GB18030, Big5 as
    Big5-HKSCS), else detection; a part no charset fits is read with replacement characters
    rather than losing the whole message."""
    try:
        return decode_text(data, declared=charset, what="a mail part")
    except InputError:
        return data.decode(codec_for(charset) or "utf-8", "replace")


def _part_decoded(part: Message, *, from_bytes: bool = False) -> str:
    """A text part's text. In a message given as text, an unencoded (7bit/8bit) body is text
    already: re-decoding it by its declared charset would garble it. From bytes, every body is
    bytes, decoded by the part's charset."""
    payload = part.get_payload()
    cte = str(part.get("content-transfer-encoding") or "7bit").strip().lower()
    if not from_bytes and isinstance(payload, str) and cte in _UNENCODED:
        return payload
    data = part.get_payload(decode=True)
    return _part_bytes(data, part.get_content_charset()) if isinstance(data, bytes) else ""


def _part_text(part: Message) -> str:
    text = _part_decoded(part)
    return html_to_text(text) if part.get_content_subtype() == "html" else text


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def decode_source(data: bytes, *, declared: str | None = None, what: str = "input") -> str:
    """What the customer sent, from bytes: an RFC 822 message is decoded part by part (each part
    declares its own charset, so a message cannot be decoded as a whole) into the same message
    in UTF-8; anything else is text (see ``drafter.inputs.decode_text``)."""
    head = data[:65536].decode("latin-1").replace("\r\n", "\n")
    if _looks_like_eml(head):
        try:
            return _transcode(data)
        except (ValueError, TypeError, LookupError, IndexError, AttributeError, email.errors.MessageError):
            pass  # the email package gave up on a malformed message: read it as plain text
    return decode_text(data, declared=declared, what=what)


def _transcode(data: bytes) -> str:
    """An 8-bit message (raw GB2312 bodies, raw Big5 subjects) rewritten as a 7-bit UTF-8 one;
    attachments are emptied, since only the text parts are read."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    hint = next((p.get_content_charset() for p in msg.walk() if p.get_content_charset()), None)
    for name, value in list(msg.raw_items()):
        if isinstance(value, str) and _has_surrogates(value):  # raw 8-bit header bytes
            raw = value.encode("ascii", "surrogateescape")
            msg.replace_header(name, " ".join(_part_bytes(raw, hint).split()))
    for part in msg.walk():
        if part.is_multipart():
            part.preamble = part.epilogue = None
            continue
        if part.get_content_maintype() != "text" or part.is_attachment():
            part.set_payload("")
            continue
        text = _part_decoded(part, from_bytes=True)
        part.set_content(text, subtype=part.get_content_subtype(), charset="utf-8", cte="base64")
    return msg.as_string()


def _parse_eml(raw: str) -> _Source:
    msg = email.message_from_string(raw.lstrip("\ufeff"), policy=email.policy.default)
    body = ""
    for preference in ("plain", "html"):
        part = msg.get_body(preferencelist=(preference,))
        if part is not None:
            body = _part_text(part)
            if body.strip():
                break
    if not body.strip():
        for part in msg.walk():
            if part.get_content_maintype() == "text" and not part.is_attachment():
                body = _part_text(part)
                if body.strip():
                    break
    subject = _clean_subject(_header(msg, "subject"))
    name = _display_name(_header(msg, "from"))
    return _Source(body=body, kind="eml", subject=subject, name=name)


def _header(msg: Message, name: str) -> str:
    """The header as text; the raw value when the stdlib's structured parser breaks on it.

    Python 3.11's address parser raises AttributeError on some malformed headers ("From: .:"),
    and a bad sender line must not cost the complaint.
    """
    try:
        return str(msg.get(name) or "")
    except (AttributeError, IndexError, TypeError, ValueError):
        return next((str(value) for key, value in msg.raw_items() if key.lower() == name), "")


def _clean_subject(subject: str) -> str | None:
    cleaned = _SUBJECT_PREFIX.sub("", " ".join(subject.split())).strip()
    return cleaned or None


def _display_name(header: str) -> str | None:
    name, _ = parseaddr(header)
    name = name.strip().strip("\"'")
    if not name or "@" in name:
        return None
    return name


def _json_name(value: Any) -> str | None:
    if isinstance(value, str):
        name = value.strip()
        return _display_name(name) or (name if name and "@" not in name else None)
    if isinstance(value, Mapping):
        lowered = {str(k).lower(): v for k, v in value.items()}
        for key in _NAME_SUBKEYS:
            if isinstance(lowered.get(key), str) and lowered[key].strip():
                first = str(lowered[key]).strip()
                last = lowered.get("last_name")
                return f"{first} {last.strip()}" if key == "first_name" and isinstance(last, str) else first
    return None


def _parse_json(data: Mapping[str, Any]) -> _Source:
    lowered = {str(k).lower(): v for k, v in data.items()}
    text: Any = None
    for key in _TEXT_KEYS:
        if key in lowered:
            text = lowered[key]
            break
    name = next((n for k in _NAME_KEYS if k in lowered and (n := _json_name(lowered[k]))), None)
    if isinstance(text, Mapping):  # {"message": {"text": ..., "from": ...}}
        inner = _parse_json(text)
        return _Source(body=inner.body, kind="json", subject=inner.subject, name=name or inner.name)
    if text is None:
        raise InputError("JSON message has no text field (text, message, content or body)", keys=sorted(lowered))
    if not isinstance(text, str):
        raise InputError("JSON message text must be a string", got=type(text).__name__)
    subject = lowered.get("subject") or lowered.get("title")
    return _Source(
        body=text, kind="json", subject=_clean_subject(subject) if isinstance(subject, str) else None, name=name
    )


def parse_source(raw: str) -> _Source:
    text = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    stripped = text.strip()
    if stripped.startswith("{"):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError:
            data = None
        if isinstance(data, Mapping):
            return _parse_json(data)
    if _looks_like_eml(text):
        return _parse_eml(text)
    return _leading_headers(text)


def _leading_headers(text: str) -> _Source:
    """Pasted mail often starts with From:/Subject: lines (or 发件人：/主题：): use, then drop them."""
    lines = text.split("\n")
    subject = name = None
    consumed = 0
    seen: set[str] = set()
    for line in lines:
        m = _PASTED_HEADER.match(line)
        if m is None:
            break
        label = fold(m.group(1)).lower()
        seen.add(label)
        value = m.group(2).strip()
        if label in ("subject", "主题", "主旨"):
            subject = _clean_subject(value)
        elif label in ("from", "发件人", "寄件者", "寄件人"):
            name = _display_name(value) or _name(compiled(), value, loose=False)
        consumed += 1
    if consumed and seen & {"from", "subject", "发件人", "寄件者", "寄件人", "主题", "主旨"}:
        return _Source(body="\n".join(lines[consumed:]), kind="text", subject=subject, name=name)
    return _Source(body=text, kind="text")


# --------------------------------------------------------------------------- quotes, signatures, names


_WROTE = re.compile(r"^(?:on|am|le|el)\b.{0,300}\b(?:wrote|schrieb|a écrit|escribió)\s*:\s*$", re.I)
_WROTE_ZH = re.compile(r"^(?:在|於|于).{0,300}(?:写道|寫道)\s*[:：]?\s*$")
_SEPARATOR = re.compile(
    r"^\s*-{2,}\s*(?:original message|forwarded message|原始邮件|原始郵件|转发邮件|轉寄郵件|回复邮件)\s*-{2,}\s*$"
    r"|^\s*begin forwarded message\s*:\s*$",
    re.I,
)
_FROM_ZH = re.compile(r"^\s*(?:发件人|發件人|寄件者|寄件人|发送人)\s*[:：]")
_FROM_EN = re.compile(r"^\s*from\s*:\s*\S", re.I)
_SENT_EN = re.compile(r"^\s*(?:sent|date|to|subject|cc)\s*:", re.I)
_UNDERSCORES = re.compile(r"^\s*_{8,}\s*$")


def _line_key(line: str) -> str:
    return "".join(unicodedata.normalize("NFKC", line).lower().split())


@cache
def _line_keys(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The configured markers as line keys, worked out once, not per complaint."""
    return tuple(_line_key(s) for s in lines)


@dataclass(frozen=True, slots=True)
class _Block:
    """A quoted or forwarded message: its lines with one ">" level removed, what introduced it."""

    lines: tuple[str, ...]
    lead: str = ""
    sender: str = ""


@dataclass(slots=True)
class _Stripped:
    text: str
    quoted: bool = False
    signature: bool = False
    signature_name: str | None = None
    blocks: list[_Block] = field(default_factory=list)


_HEADER_ANY = re.compile(
    r"^\s*(?:from|sent|to|cc|date|subject|发件人|發件人|寄件者|寄件人|发送人|收件人|收件者|抄送|副本|主题|主題|主旨|"
    r"日期|时间|時間|发送时间|發送時間|傳送時間|寄件日期)\s*[:：]",
    re.I,
)
_QUOTE_MARK = re.compile(r"^\s*> ?")


def _unquote(line: str) -> str:
    return _QUOTE_MARK.sub("", line, count=1)


# The customer sending their own earlier mail again ("I'm forwarding the email I sent on Saturday",
# 转发我上周发的邮件): what follows the forward header is their complaint, not our history (c35: a
# forwarded allergy report cut away left "I understand that your adding a few things at the bottom").
_OWN_FORWARD = re.compile(
    r"\b(?:forward(?:ing|ed)?|resend(?:ing)?|re-?sending|sending (?:it |this )?again|copying)\b[^\n]{0,60}?"
    r"\b(?:i|we)\s+(?:sent|wrote|emailed|submitted|posted)\b"
    r"|\bmy (?:own )?(?:earlier|previous|original|last|first|old) (?:e-?mail|message|mail|letter|complaint)\b"
    r"|(?:转发|轉發|再发|再發|重发|重發|再寄|重寄)[^\n]{0,20}?我(?:之前|上次|上周|上週|昨天|前天|前几天|前幾天)?"
    r"(?:发|發|寄|写|寫)(?:给你们|給你們)?的"
    r"|我(?:之前|上次|上周|上週|昨天|前天|前几天|前幾天)(?:发|發|寄|写|寫)(?:给你们|給你們)?的(?:邮件|郵件|信|投诉|投訴)",
    re.IGNORECASE,
)


def _own_forward(lines: list[str], i: int, sender: str) -> bool:
    """Whether the forwarded message at line ``i`` is the customer's own: said so above it, or sent
    by the name they signed with above it (a business's reply forwarded is history, whoever signs it)."""
    above = lines[:i]
    if _OWN_FORWARD.search("\n".join(above)):
        return True
    name = parseaddr(sender)[0].strip().strip("\"'") if sender else ""
    signed = [x.strip() for x in above if x.strip()][-3:]
    return len(name) >= 2 and "@" not in name and any(x.strip(_NAME_TRIM) == name for x in signed)


def _header_block(lines: list[str], start: int) -> tuple[int, str]:
    """Skip the header lines of a forwarded or Outlook-quoted message: (first body line, sender)."""
    j, sender = start, ""
    while j < len(lines) and (_HEADER_ANY.match(_unquote(lines[j])) or (j == start and not lines[j].strip())):
        head = _unquote(lines[j])
        if _FROM_EN.match(head) or _FROM_ZH.match(head):
            sender = re.split(r"[:：]", head, maxsplit=1)[1].strip()
        j += 1
    return j, sender


_WROTE_BY = re.compile(
    r"(?:,|，|\d{1,2}:\d{2}(?:\s*[ap]m)?)\s*([^,，]*?)\s*(?:wrote|schrieb|a écrit|escribió|写道|寫道)", re.I
)


def _wrote_sender(line: str) -> str:
    """Who an attribution line says wrote ("On Mon, Support <s@x.com> wrote:" -> "Support <s@x.com>")."""
    m = _WROTE_BY.search(line)
    return m.group(1).strip() if m else ""


def _cut_block(lines: list[str], i: int, lead: str) -> _Block:
    """Everything from a top-posting marker down: the quoted message under its header."""
    first = _unquote(lines[i]).strip()
    if _WROTE.match(first) or _WROTE_ZH.match(first):
        return _Block(tuple(_unquote(x) for x in lines[i + 1 :]), lead=first, sender=_wrote_sender(first))
    j = i + 1 if (_SEPARATOR.match(first) or _UNDERSCORES.match(first)) else i
    body, sender = _header_block(lines, j)
    return _Block(tuple(_unquote(x) for x in lines[body:]), lead=lead or first, sender=sender)


def _lead(lines: list[str], i: int, skip: set[int]) -> str:
    """The customer's line just above a quote ("You replied:", "以下是上次顾问的回复："), if it is close."""
    for j in range(i - 1, max(-1, i - 3), -1):
        if j not in skip and lines[j].strip() and not lines[j].lstrip().startswith(">"):
            return lines[j].strip()
    return ""


def strip_history(c: Compiled, body: str) -> _Stripped:
    """Drop quoted history and signatures: everything from the first marker down, and > lines.
    What was dropped as history is kept aside in ``blocks`` (the customer's own earlier mail may
    hold the only order number); a forwarded message quoted with ">" ends where their words resume."""
    lines = body.split("\n")
    reading = c.config.reading
    sig_starts = _line_keys(tuple(reading.signature_starts))
    disclaimers = _line_keys(tuple(reading.disclaimer_starts))
    out = _Stripped(text="")
    drop: set[int] = set()
    leads: dict[int, str] = {}  # first line of a ">" run -> the attribution that introduced it
    cut = len(lines)
    for i, line in enumerate(lines):
        if i in drop:
            continue
        stripped = line.strip()
        joined = f"{stripped} {lines[i + 1].strip()}" if i + 1 < len(lines) else stripped
        wrote = _WROTE.match(stripped) or _WROTE_ZH.match(stripped)
        wrote2 = not wrote and i + 1 < len(lines) and (_WROTE.match(joined) or _WROTE_ZH.match(joined))
        if wrote or wrote2:
            span = 2 if wrote2 else 1
            rest = lines[i + span :]
            out.quoted = True
            if all(not r.strip() or r.lstrip().startswith(">") for r in rest):
                cut = i
                out.blocks.append(
                    _Block(
                        tuple(_unquote(x) for x in rest),
                        lead=joined if wrote2 else stripped,
                        sender=_wrote_sender(joined if wrote2 else stripped),
                    )
                )
                break
            drop.update(range(i, i + span))  # bottom-posting: only the attribution goes
            nxt = next((k for k in range(i + span, len(lines)) if lines[k].strip()), None)
            if nxt is not None:
                leads[nxt] = joined if wrote2 else stripped
            continue
        if _SEPARATOR.match(stripped) or _FROM_ZH.match(stripped):
            body_at, sender = _header_block(lines, i + 1 if _SEPARATOR.match(stripped) else i)
            while body_at < len(lines) and not lines[body_at].strip():
                body_at += 1
            if _own_forward(lines, i, sender):
                drop.update(range(i, body_at))  # their own earlier mail sent again: its words are theirs
                continue
            out.quoted = True
            end = body_at
            while end < len(lines) and lines[end].lstrip().startswith(">"):
                end += 1
            if end > body_at and any(x.strip() for x in lines[end:]):  # forwarded with ">", then their words
                out.blocks.append(
                    _Block(tuple(_unquote(x) for x in lines[body_at:end]), lead=_lead(lines, i, drop), sender=sender)
                )
                drop.update(range(i, end))
                continue
            out.blocks.append(_cut_block(lines, i, _lead(lines, i, drop)))
            cut = i
            break
        if i > 0 and _FROM_EN.match(stripped) and any(_SENT_EN.match(n) for n in lines[i + 1 : i + 6]):
            out.quoted, cut = True, i
            out.blocks.append(_cut_block(lines, i, _lead(lines, i, drop)))
            break
        if _UNDERSCORES.match(stripped) and any(_FROM_EN.match(n) or _FROM_ZH.match(n) for n in lines[i + 1 : i + 3]):
            out.quoted, cut = True, i
            out.blocks.append(_cut_block(lines, i, _lead(lines, i, drop)))
            break
        if line.rstrip("\n") in ("-- ", "--") or stripped == "--":
            out.signature, cut = True, i
            following = [n.strip() for n in lines[i + 1 : i + 4] if n.strip()]
            if following:
                out.signature_name = _name(c, following[0], loose=True)
            break
        key = _line_key(line)
        if key and (key.startswith(sig_starts) or key.startswith(disclaimers)):
            out.signature, cut = True, i
            break
    kept = [line for i, line in enumerate(lines[:cut]) if i not in drop and not line.lstrip().startswith(">")]
    out.text = "\n".join(kept)
    runs: list[_Block] = []
    intro: set[str] = set()
    i = 0
    while i < cut:
        if i in drop or not lines[i].lstrip().startswith(">"):
            i += 1
            continue
        j = i
        while j < cut and j not in drop and (lines[j].lstrip().startswith(">") or not lines[j].strip()):
            j += 1
        lead = leads.get(i) or _lead(lines, i, drop)
        runs.append(_Block(tuple(_unquote(x) for x in lines[i:j]), lead=lead, sender=_wrote_sender(leads.get(i, ""))))
        if lead.endswith((":", "：")) and len(lead) <= 40 and lead not in leads.values():
            intro.add(lead)  # "You replied:" alone on its line says nothing once the quote is gone
        i = j
    out.blocks[:0] = runs  # in reading order: inline quotes above a top-posted thread
    if intro:
        out.text = "\n".join(line for line in kept if line.strip() not in intro)
    return out


_NAME_TRIM = " \t-—–~～_=*·•,，.。:：;；!！"
# Latin letters with their accents ("Rosa Martínez", "Zoë Ødegård", "Łukasz"), not only ASCII.
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOW = "a-zß-öø-ÿā-ž"
_EN_NAME = re.compile(
    rf"^(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?[{_UP}][{_UP}{_LOW}'’.-]*(?:\s+[{_UP}][{_UP}{_LOW}'’.-]*){{0,3}}$"
)
# A Latin given name with a Han surname, either way round ("Kevin 張", "陳 Ivy"), as people in
# Hong Kong and Taiwan sign.
_MIXED_NAME = re.compile(
    rf"^(?:[{_UP}][{_LOW}]+\s*([\u4e00-\u9fff]{{1,2}})|([\u4e00-\u9fff]{{1,2}})\s*[{_UP}][{_LOW}]+)$"
)
_EN_TITLE = re.compile(r"^(?:mr|mrs|ms|miss|dr)\.?\s", re.I)


def _name(c: Compiled, line: str, *, loose: bool) -> str | None:
    """A plausible customer name, or None. `loose` after a sign-off: one English word will do."""
    candidate = re.sub(r"(?:敬上|谨上|謹上|拜上|上)$", "", line.strip(_NAME_TRIM)).strip(_NAME_TRIM)
    if not candidate or len(candidate) > 40 or "@" in candidate or any(ch.isdigit() for ch in candidate):
        return None
    folded = fold(candidate).strip()
    if folded in c.not_names:
        return None
    if all(is_han(ch) for ch in candidate.replace("·", "")):
        return candidate if _zh_name(c, folded, loose=loose) else None
    if _EN_NAME.match(candidate):
        words = candidate.split()
        if any(fold(w).strip(".") in c.not_names for w in words):
            return None
        if loose or len(words) >= 2 or _EN_TITLE.match(candidate):
            return candidate
    if _mixed_name(c, candidate):
        return candidate
    return None


def _mixed_name(c: Compiled, name: str) -> bool:
    """ "Kevin 張": a Latin given name and a known surname."""
    m = _MIXED_NAME.match(name)
    if not m:
        return False
    surname = fold(m.group(1) or m.group(2))
    reading = c.config.reading
    return surname in reading.compound_surnames or (len(surname) == 1 and surname in reading.surnames)


def _last_token_name(c: Compiled, line: str, *, loose: bool) -> str | None:
    """The name at the end of a line that first says who they are ("行政部 李晓", "上海某某贸易
    行政部 周敏", "家长 钱志伟", "Karen 周嘉敏"): a department, a company or a role, then the name."""
    tokens = line.split()
    if len(tokens) < 2 or len(line.strip()) > 32 or any(ch.isdigit() for ch in line):
        return None
    last = tokens[-1]
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", last) or last[-1] in _PARTICLES:
        return None  # "幫我補一下點數就好 謝啦": thanks at the end of a request, not 謝 the surname
    return _name(c, last, loose=loose)


# Sentence-final particles: a word ending in one is said, never a name.
_PARTICLES = frozenset("啦呀喔哦吧嘛啰囉咯啊呢喇嘞咧噢")


def _zh_name(c: Compiled, folded: str, *, loose: bool) -> bool:
    reading = c.config.reading
    titles = tuple(reading.titles)
    given = folded
    for title in titles:
        if folded.endswith(title) and len(folded) > len(title):
            given = folded[: -len(title)]
            return given in reading.compound_surnames or (len(given) == 1 and given in reading.surnames)
    if loose and len(folded) in (2, 3) and folded[0] in "小老阿":
        return True
    compound = next((s for s in reading.compound_surnames if folded.startswith(s)), None)
    if compound:
        return 1 <= len(folded) - len(compound) <= 2
    return len(folded) in (2, 3) and folded[0] in reading.surnames


_CONTACT_LINE = re.compile(
    r"^\s*(?:(?:电话|電話|手机|手機|联系电话|聯絡電話|tel|phone|mobile|cell|email|e-mail)\s*[:：.]?\s*)?"
    r"(?:[+\d(][\d*xX\s()+-]{6,}[\d*]|\S+@\S+\.\w+)\s*$",
    re.IGNORECASE,
)


# A line a signature may end on under the name: short, no sentence in it (no clause punctuation,
# no digits of a figure), such as a firm or a role; "Operations Lead, Brightline Studio" names both
# (s12prefs2: "Hello," to a customer who signed with their role and firm).
_TITLE_LINE = re.compile(r"[^\d.,!?;:，。！？；：、]{2,30}(?:, [^\d.,!?;:，。！？；：、]{2,30})?")


# A reference line a signature may carry under the name ("Frequent flyer no. 30118872",
# 會員編號 MK-40218, "Member ID: 5521"): a short label, then one token holding digits. It stays in
# the complaint (the reply restates it) but does not hide the name above it (c33: "Hello," to a
# customer who signed "Daniel Okafor" over their frequent-flyer number).
_ID_LINE = re.compile(
    r"^\s*[^\W\d][^\d\n.,!?;，。！？；]{0,24}?(?:no\.|#|:|：)?\s*[A-Za-z]{0,4}[-_ ]?\d[\w-]{2,24}\s*$"
)


def sign_off(c: Compiled, text: str) -> tuple[str, str | None, bool]:
    """Remove a trailing sign-off ("Thanks,\\nAlice Wong", "谢谢！\\n张伟", or a lone name line)
    and return (text, name, found). Contact lines after the name (a phone number) go with it; a
    reference line under the name (a member number) is kept in the text."""
    lines = text.rstrip().split("\n")
    refs: list[str] = []
    while len(lines) > 1 and (not lines[-1].strip() or _CONTACT_LINE.match(lines[-1]) or _ID_LINE.match(lines[-1])):
        line = lines.pop()
        if line.strip() and not _CONTACT_LINE.match(line):
            refs.insert(0, line)
    text_found, name, found = _sign_off(c, lines)
    if text_found is None:
        return text, None, False
    return "\n".join([text_found, *refs]) if refs else text_found, name, found


def _sign_off(c: Compiled, lines: list[str]) -> tuple[str | None, str | None, bool]:
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    if not nonempty:
        return None, None, False
    for i in reversed(nonempty[-6:]):
        line = lines[i].strip()
        after = [lines[j].strip() for j in range(i + 1, len(lines)) if lines[j].strip()]
        if len(after) > 3 or any(len(a) > 40 for a in after):
            break
        folded = fold(line)
        key = folded.strip(_NAME_TRIM)
        m = c.sign_off.match(folded)
        if key in c.sign_off_keys or (m and folded.rstrip().endswith((",", "，")) and len(line) <= 40):
            name = (_name(c, after[0], loose=True) or _last_token_name(c, after[0], loose=True)) if after else None
            return "\n".join(lines[:i]), name, True
        if m and re.match(r"[\s,，]", folded[m.end() : m.end() + 1] or "x"):
            inline = _name(c, line[m.end() :], loose=True)
            if inline and not after:
                return "\n".join(lines[:i]), inline, True
    last = nonempty[-1]
    if len(nonempty) >= 3 and _TITLE_LINE.fullmatch(lines[last].strip()):
        # "吴浩\n宁波华通贸易有限公司", "Priya Shah\nOffice Manager": a name, then the firm or the
        # role they sign with, never a last sentence of the complaint
        above = nonempty[-2]
        alone = above > 0 and not lines[above - 1].strip()
        name = _name(c, lines[above], loose=alone)
        if name:
            return "\n".join(lines[:above]), name, False
    if len(nonempty) >= 2:
        # A name alone in its own paragraph ("...two nights.\n\nAndrew") may be one word.
        alone = last > 0 and not lines[last - 1].strip()
        name = _name(c, lines[last], loose=alone)
        name = name or _last_token_name(c, lines[last], loose=alone)
        if name:
            return "\n".join(lines[:last]), name, False
    return None, None, False


_TITLES_ZH = ("先生", "女士", "小姐", "太太")


def greeting_name(c: Compiled, name: str | None, language: str, *, signed: bool = False) -> str | None:
    """The name a reply may greet with: a full name, or a surname with 先生/女士 as the customer
    gave it, in the reply's script; None for anything else (no name beats a wrong one). A name
    the customer signed with is theirs to be called by, in a Chinese reply too: "Amy", "Kevin 張",
    小周; a mail header's "Mei" is not."""
    if not name:
        return None
    name = " ".join(name.split()).strip(_NAME_TRIM)
    if not name or len(name) > 40:
        return None
    han = [ch for ch in name if is_han(ch)]
    if language == "en":
        if han or not _EN_NAME.match(name):
            return None
        words = name.split()
        if any(fold(w).strip(".") in c.not_names for w in words) or (len(words) == 1 and len(name) < 2):
            return None
        return name
    if signed and not han and _EN_NAME.match(name) and not _EN_TITLE.match(name) and not name.isupper():
        return None if any(fold(w).strip(".") in c.not_names for w in name.split()) else name
    if signed and han and _mixed_name(c, name):
        return name
    if len(han) != len(name.replace("·", "")):
        return None  # a Latin name in a Chinese reply, not signed by them, reads as a slip ("Mei您好")
    folded = fold(name).replace("·", "")
    if folded in c.not_names:
        return None
    if signed and len(folded) == 2 and folded[0] in "小阿" and folded[1] in c.config.reading.surnames:
        return name  # 小周, 阿林: how they signed
    if folded.endswith(_TITLES_ZH):
        return name if _zh_name(c, folded, loose=False) else None
    return name if _zh_name(c, folded, loose=False) else None


def self_introduction(c: Compiled, text: str) -> str | None:
    m = re.search(rf"\b(?i:my name is) ([{_UP}][{_UP}{_LOW}'’-]+(?:\s+[{_UP}][{_UP}{_LOW}'’-]+){{0,2}})", text)
    if m and (name := _name(c, m.group(1), loose=True)):
        return name
    folded = fold(text)
    for m in re.finditer(rf"我(?:叫|是)({HAN.pattern}{{2,4}})", folded):
        for size in (4, 3, 2):
            piece = m.group(1)[:size]
            if len(piece) == size and _zh_name(c, piece, loose=False):
                start = m.start(1)
                return text[start : start + size]
    return None


def tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _paragraphs(text: str) -> int:
    return len([p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()])


def guess_channel(c: Compiled, source: _Source, body: str, stripped: _Stripped, signed: bool) -> Channel:
    """Email for .eml, quoted history or a signature, or several paragraphs with a greeting or
    sign-off; IM otherwise (short lines, JSON messages)."""
    if source.kind == "eml":
        return "email"
    if source.kind == "json":
        return "im"
    if stripped.quoted or stripped.signature:
        return "email"
    lines = [line for line in body.split("\n") if line.strip()]
    multi = _paragraphs(body) >= 2 or len(lines) >= 3
    greeting = bool(lines) and c.greeting.match(fold(lines[0])) is not None
    return "email" if multi and (greeting or signed or source.subject is not None) else "im"


# --------------------------------------------------------------------------- who wrote a quoted message

# The customer's line above a quote says whose it is: ours ("You replied:", "your auto-reply said",
# 之前你们客服回复说, 以下是貴班回覆, 你哋當時回覆), theirs ("my email of 3 March", 我之前发给你们的邮件),
# or a letter they pass on to us (转寄管理处封信俾你哋睇).
_LEAD_US = re.compile(
    r"\byou(?:\s+\w+){0,2}\s+(?:replied|said|wrote|told|promised|responded|answered|confirmed|sent)\b"
    r"|\byour\s+(?:[\w-]+\s+){0,2}(?:reply|response|answer|confirmation|auto-?reply|email|e-mail|message|letter)\b"
    r"|\b(?:reply|response|answer|email|message) (?:from|by) (?:you|your)\b"
    r"|(?:你们|你們|你哋|贵|貴|客服|顾问|顧問|店长|店長|经理|經理|工作人员|工作人員|职员|職員|专员|專員)"
    r"[^。！？!?]{0,10}(?:回复|回覆|答复|答覆|回应|回應|回信|说|說|講|讲|承诺|承諾)",
    re.I,
)
_LEAD_MINE = re.compile(
    r"\b(?:my|our)\s+(?:[\w-]+\s+){0,2}(?:email|e-mail|message|letter|complaint|mail|note)\b"
    r"|\b(?:I|we)\s+(?:wrote|sent|emailed|complained)\b"
    r"|我[^。！？!?]{0,12}(?:发给|發給|寄给|寄給|写给|寫給|send俾|發俾|发俾)"
    r"|我(?:之前|上次|早前|先前)?(?:的|嘅)?(?:邮件|郵件|投诉|投訴|来信|來信)",
    re.I,
)
_LEAD_PASSED_ON = re.compile(
    r"(?:转寄|轉寄|转发|轉發|\bforward(?:ing|ed)?\b)[^。！？!?]{0,16}(?:俾你哋|给你们|給你們|给你|給你|\bto you\b)"
    r"|\b(?:from|by) (?:my|the|our) (?!own\b)\w+",
    re.I,
)
# Our voice in a message: greeting the customer by title, thanking them for writing, speaking as
# "we" or as the office. Theirs: addressing the business (贵店, 你们) or telling what they bought.
_US_GREETING = re.compile(r"^\s*\S{1,4}(?:先生|小姐|女士|太太)\s*(?:您好|你好)?\s*[，,：:！!]")
_US_VOICE = re.compile(
    r"\bthank(?:s| you) for (?:contacting|your|reaching|getting in touch|choosing|writing)"
    r"|\bwe(?:'ll|'re|'ve| will| are| have| aim| apologi[sz]e| can)\b|\bour team\b"
    r"|感谢您|感謝您|多谢您|多謝您|本处|本處|本公司|本店|我司|敝|给您带来|給您帶來|请您放心|請您放心",
    re.I,
)
_THEIR_VOICE = re.compile(
    r"(?:贵|貴)(?:店|公司|司|行|院|校|班|处|處|方|单位|單位|酒店|餐厅|餐廳|中心|平台|所)|你们|你們|你哋"
    r"|\bI(?:'ve| have)? (?:ordered|booked|paid|bought|purchased|reserved|signed up|subscribed)\b",
    re.I,
)
_PROMISE = re.compile(
    r"\bwill\b|\bwe'll\b|\bwithin \d|\bby (?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|我们会|我們會|我哋會|我们将|我們將|会在|會在|将于|將於|已安排|会尽快|會盡快|尽快|盡快|不会再|不會再|再与您|再與您"
    r"|给您答复|給您答覆|给您回复|給您回覆|与您联系|與您聯繫",
    re.I,
)
_GREETING_AT = re.compile(
    r"^\s*(?:\S{1,4}(?:先生|小姐|女士|太太)\s*(?:您好|你好)?|(?:hi|hello|dear)\s+[\w'-]+)\s*[，,：:！!]\s*", re.I
)
_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")


def _greets(text: str, names: list[str]) -> bool:
    """The message opens by greeting the customer: by title (王先生您好) or by their own name."""
    if _US_GREETING.match(text):
        return True
    m = re.match(r"^\s*(?:hi|hello|dear|thanks|thank you)\s+([A-Z][\w'-]+)", text, re.I)
    if m is None:
        return False
    return any(m.group(1).lower() == w.lower() for n in names for w in n.split())


def _speaker(text: str, block: _Block, names: list[str], parent: str | None) -> str:
    """Whose message a quote is, from structure: who sent it, how the customer introduced it,
    whose voice it speaks in, and (in a thread) that replies alternate."""
    sender = block.sender.lower()
    if sender and any(w.lower() in sender for n in names for w in n.split() if len(w) > 1):
        return "customer"
    lead = block.lead
    if parent is None and _LEAD_US.search(lead):
        return "company"
    if parent is None and _LEAD_PASSED_ON.search(lead) and not _LEAD_MINE.search(lead):
        return "other"
    ours, theirs = _greets(text, names) or bool(_US_VOICE.search(text)), bool(_THEIR_VOICE.search(text))
    if ours != theirs:
        return "company" if ours else "customer"
    if parent is None and _LEAD_MINE.search(lead):
        return "customer"
    if parent in ("company", "customer"):
        return "customer" if parent == "company" else "company"
    return "other"


def quoted_parts(c: Compiled, stripped: _Stripped, names: list[str]) -> list[Quoted]:
    """The quoted messages under the customer's words, each with who wrote it, its signature and
    sign-off removed (a signature is never a fact), nested replies one level deeper."""
    parts: list[Quoted] = []

    def walk(block: _Block, depth: int, parent: str | None) -> None:
        raw = "\n".join(block.lines)
        inner = strip_history(c, raw)
        text, _, _ = sign_off(c, tidy(inner.text))
        text = tidy(text)
        if text:
            speaker = _speaker(tidy(inner.text), block, names, parent)
            promises = [
                _GREETING_AT.sub("", s).strip()
                for s in _SENTENCE.findall(text)
                if speaker == "company" and _PROMISE.search(s)
            ]
            parts.append(Quoted(speaker=speaker, text=text, lead=block.lead, depth=depth, promises=promises))
        else:
            speaker = parent or "other"
        if depth < 4:
            for sub in inner.blocks:
                walk(sub, depth + 1, speaker)

    for block in stripped.blocks:
        walk(block, 1, None)
    return parts
