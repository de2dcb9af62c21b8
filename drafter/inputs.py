"""The input layer: bytes in, text out, within limits. Every reader (a FILE or stdin on the
command line, a JSON-lines batch, an API body, a mail part) comes through here, so a file in
GB18030, a Big5 mail part or a UTF-16 export is read the same way everywhere, and a binary file
or an oversized input is refused with the same one-line error.

Decoding order: a byte-order mark, then the declared charset (a mail part's or an HTTP
Content-Type's), then strict UTF-8, then detection by charset-normalizer among the encodings
the product's languages are written in (UTF-8/16/32, GB18030 ⊇ GBK ⊇ GB2312, Big5, Windows-1252).
Restricting the candidates is what makes detection work on a short complaint: among all code
pages, twenty GB2312 characters read as Korean as often as not.
"""

from __future__ import annotations

import codecs
import io
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from drafter.errors import InputError

# ---------------------------------------------------------------- limits (one place)

MAX_SOURCE_BYTES = 10 << 20
"""A FILE or stdin: an .eml with attachments fits; the complaint inside it is limited below."""
MAX_LINE_BYTES = 1 << 20
"""One JSON-lines record, and one API request body."""
MAX_COMPLAINT_CHARS = 20_000
"""The customer's own words after quotes and signatures are removed (the longest complaint in
the public petition set is about 3,000 characters)."""
MAX_MESSAGE_CHARS = 200_000
"""A complaint as sent, before quotes are stripped: a long mail thread fits."""
MAX_REPLY_CHARS = 20_000
"""A reply to check, a model's reply, a supervisor's edit."""
MAX_FINDINGS = 200
"""Findings listed per report; the verdict is decided on all of them."""

# Encodings the product's languages come in; GB18030 and Big5-HKSCS decode their subsets.
CANDIDATES = ("utf_8", "gb18030", "big5", "cp1252", "utf_16", "utf_32")
_SUPERSETS = {  # by Python's codec name
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "cp950": "big5hkscs",
    "ascii": "utf_8",  # mislabelled UTF-8 is common; ASCII is a subset
    "iso8859_1": "cp1252",  # what mail clients mean by iso-8859-1 (smart quotes included)
}
# Labels mail and browsers use that Python does not know (the WHATWG encoding standard's).
_LABELS = {
    **dict.fromkeys(
        ["chinese", "csgb2312", "csiso58gb231280", "gb_2312", "gb_2312-80", "iso-ir-58", "x-gbk"], "gb18030"
    ),
    **dict.fromkeys(["cn-big5", "csbig5", "x-x-big5", "x-big5"], "big5hkscs"),
}
_WESTERN_CODECS = frozenset({"cp1252", "iso8859_15"})  # single-byte: any bytes decode
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf_32"),
    (codecs.BOM_UTF32_BE, "utf_32"),
    (codecs.BOM_UTF8, "utf_8_sig"),
    (codecs.BOM_UTF16_LE, "utf_16"),
    (codecs.BOM_UTF16_BE, "utf_16"),
)
# C0 and C1 controls, but for the ones text uses: tab, line breaks, form feed, ESC (colour codes).
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


def codec_for(charset: str | None) -> str | None:
    """Python's codec for a declared charset (its superset for GB2312, GBK and Big5), or None
    when the name is unknown (then the bytes are detected instead)."""
    if not charset:
        return None
    label = charset.strip().strip("\"'").lower()
    if label in _LABELS:
        return _LABELS[label]
    try:
        name = codecs.lookup(label).name.replace("-", "_")
    except (LookupError, ValueError):
        return None
    return _SUPERSETS.get(name, name)


def _bom(data: bytes) -> str | None:
    for mark, codec in _BOMS:
        if data.startswith(mark):
            return codec
    return None


def _looks_binary(text: str) -> bool:
    """Control characters no text file holds: NUL anywhere, or more than 1 in 100 characters."""
    if "\x00" in text:
        return True
    return len(_CONTROLS.findall(text)) * 100 > len(text)


def _mostly_high(text: str) -> bool:
    """More than a third of the characters beyond ASCII: no Western text looks like that."""
    return sum(1 for ch in text if ch > "\x7f") * 3 > len(text)


def _binary_error(what: str) -> InputError:
    return InputError(f"{what} looks like binary data, not text (give a text file, .eml or JSON)")


# What a Windows-1252 English text holds beyond ASCII: quotes, dashes, a few accented letters.
_WESTERN = frozenset("’‘“”–—…€•·°£©®™«»¡¿éèêëàâäáçíîïñóôöúùûüÉÀÇæœß")


def _western(data: bytes) -> str | None:
    """English with a smart quote or two in Windows-1252, which GB18030 and Big5 also decode
    ("I’m" becomes "I抦"): a text of ASCII and a little Western punctuation reads as 1252."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    high = [ch for ch in text if ord(ch) > 0x7F]
    return text if high and len(high) * 10 <= len(text) and all(ch in _WESTERN for ch in high) else None


def _common_share(text: str, codec: str) -> float:
    """The share of the Chinese characters in ``text`` that are common ones: GB2312's level 1
    (the 3,755 most used Simplified characters) for GB, Big5's frequent block for Big5."""
    han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    if not han:
        return 0.0
    common = 0
    for ch in han:
        try:
            code = int.from_bytes(ch.encode("gb2312" if codec == "gb18030" else "big5"), "big")
        except UnicodeEncodeError:
            continue
        if (0xB0A1 <= code <= 0xD7FE) if codec == "gb18030" else (0xA440 <= code <= 0xC67E):
            common += 1
    return common / len(han)


def _chinese(data: bytes, guess: str) -> str:
    """GB18030 or Big5, whichever reads as common characters: both decode most byte pairs, and
    on a short text ("my name is 张伟") the detector's guess is a coin toss."""
    readings = {}
    for codec in ("gb18030", "big5"):
        try:
            readings[codec] = data.decode(codec)
        except UnicodeDecodeError:
            continue
    if len(readings) < 2:
        return readings.get(guess) or next(iter(readings.values()))
    shares = {codec: _common_share(text, codec) for codec, text in readings.items()}
    other = "big5" if guess == "gb18030" else "gb18030"
    return readings[other] if shares[other] > shares[guess] else readings[guess]


def _detect(data: bytes, what: str) -> str:
    from charset_normalizer import from_bytes

    for threshold in (0.2, 0.5):  # a petition full of arrows and symbols reads as "messy" at 0.2
        best = from_bytes(data, cp_isolation=list(CANDIDATES), threshold=threshold).best()
        if best is not None:
            if best.encoding in ("gb18030", "big5"):
                return _western(data) or _chinese(data, best.encoding)
            return str(best)
    raise InputError(
        f"{what} is not UTF-8 and its character set could not be told (GB18030, Big5, UTF-16 and "
        "Windows-1252 were tried): save it as UTF-8"
    )


def decode_text(data: bytes, *, declared: str | None = None, what: str = "input") -> str:
    """Text from bytes: BOM, then the declared charset, then UTF-8, then detection. Binary data
    is refused with a one-line InputError, whatever charset it claims."""
    if not data:
        return ""
    codec = _bom(data)
    text: str | None = None
    if codec is not None:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise InputError(f"{what} starts with a {codec} byte-order mark but is not {codec} text") from exc
    if text is None and (declared_codec := codec_for(declared)) is not None:
        try:
            text = data.decode(declared_codec)
        except UnicodeDecodeError:
            text = None  # the label is wrong: fall through to UTF-8 and detection
        if text is not None and declared_codec in _WESTERN_CODECS and _mostly_high(text):
            text = None  # Chinese mail labelled iso-8859-1 (old clients do): every byte decodes, wrongly
    if text is None:
        if b"\x00" in data:
            raise _binary_error(what)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _detect(data, what)
    if _looks_binary(text):
        raise _binary_error(what)
    return text


# ---------------------------------------------------------------- files and stdin


def _open_binary(source: str) -> IO[bytes]:
    """A FILE, or - for stdin, opened for bytes; a directory or a missing file is one line."""
    if source == "-":
        return sys.stdin.buffer
    path = Path(source)
    if path.is_dir():
        raise InputError(f"{source}: is a directory, not a file")
    if not path.exists():
        raise InputError(f"{source}: no such file")
    try:
        return path.open("rb")
    except OSError as exc:
        raise InputError(f"{source}: cannot read ({exc.strerror or exc})") from exc


def read_bytes(source: str, *, limit: int = MAX_SOURCE_BYTES) -> bytes:
    """The whole of FILE or stdin, refused above ``limit`` bytes (only ``limit`` + 1 are read)."""
    name = "stdin" if source == "-" else source
    stream = _open_binary(source)
    try:
        data = stream.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from exc
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    if len(data) > limit:
        raise InputError(f"{name} is larger than {limit:,} bytes (the limit)")
    return data


def read_text(source: str, *, encoding: str | None = None, limit: int = MAX_SOURCE_BYTES) -> str:
    """FILE or stdin as text (see ``decode_text``)."""
    name = "stdin" if source == "-" else source
    return decode_text(read_bytes(source, limit=limit), declared=encoding, what=name)


def iter_lines(source: str, *, limit: int = MAX_LINE_BYTES) -> Iterator[bytes]:
    """The lines of FILE or stdin as bytes, for JSON lines: each is decoded on its own (so one
    undecodable line is that line's error, not the batch's). A line longer than ``limit`` comes
    back as its first ``limit`` + 1 bytes, the rest skipped unread into memory: its parser
    reports it as too long. A UTF-16 or UTF-32 file (by its BOM) is re-encoded line by line.
    The source is opened now, so a missing file fails here, before any line is read."""
    return _lines(_open_binary(source), limit)


def _lines(stream: IO[bytes], limit: int) -> Iterator[bytes]:
    try:
        head = stream.peek(4)[:4] if isinstance(stream, io.BufferedReader) else b""
        codec = _bom(head)
        if codec in ("utf_16", "utf_32"):
            text = io.TextIOWrapper(stream, encoding=codec, errors="replace", newline=None)
            try:
                for chars in iter(lambda: text.readline(limit + 1), ""):
                    if len(chars) > limit and not chars.endswith("\n"):
                        while (more := text.readline(limit)) and not more.endswith("\n"):
                            pass
                    yield chars.encode("utf-8")
            finally:
                text.detach()  # leave the underlying stream (stdin) open
            return
        for line in iter(lambda: stream.readline(limit + 1), b""):
            if len(line) > limit and not line.endswith(b"\n"):
                while (rest := stream.readline(limit)) and not rest.endswith(b"\n"):
                    pass
            yield line
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def count_lines(source: str) -> int | None:
    """Non-blank lines in FILE (for a progress bar's total); None for stdin or a pipe."""
    if source == "-":
        return None
    path = Path(source)
    if not path.is_file():
        return None
    count = 0
    with path.open("rb") as handle:
        for line in handle:
            if line.strip():
                count += 1
    return count
