"""The input layer (drafter.inputs) and the mail source decoder: any common charset in, text
out; binary and oversized input refused in one line. Table-driven over en, zh-Hans, zh-Hant."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest

from drafter import inputs
from drafter.errors import InputError
from drafter.intake import decode_source, read_complaint
from drafter.jsonl import parse_line, read_records
from drafter.service import CheckRequest

# Complaints long enough to be real, short enough to be hard for detection.
TEXTS = {
    "en": "My parcel is five days late and nobody answers the phone. I want it delivered by Friday.",
    "zh-Hans": "我的包裹已经延迟五天了，打电话也没人接，请在周五前送到，否则我要投诉到消费者协会。",
    "zh-Hant": "我的包裹已經延遲五天了，打電話也沒人接，請在週五前送到，否則我要投訴到消費者協會。",
}
SHORT = {"zh-Hans": "汤里有头发，太恶心了", "zh-Hant": "湯裡有頭髮，太噁心了"}

ENCODED = [
    ("en", "utf-8"),
    ("en", "utf-8-sig"),
    ("en", "utf-16"),  # with a BOM
    ("en", "utf-32"),
    ("en", "cp1252"),
    ("zh-Hans", "utf-8"),
    ("zh-Hans", "gb2312"),
    ("zh-Hans", "gbk"),
    ("zh-Hans", "gb18030"),
    ("zh-Hans", "utf-16"),
    ("zh-Hant", "big5"),
    ("zh-Hant", "utf-8-sig"),
    ("zh-Hant", "utf-16"),
    ("zh-Hant", "gb18030"),  # GB18030 covers Traditional characters too
]


@pytest.mark.parametrize(("language", "encoding"), ENCODED)
def test_undeclared_charsets_are_detected(language: str, encoding: str) -> None:
    text = TEXTS[language]
    assert inputs.decode_text(text.encode(encoding)) == text


@pytest.mark.parametrize(("language", "encoding"), [("zh-Hans", "gb2312"), ("zh-Hant", "big5")])
def test_short_chinese_is_detected_among_the_products_charsets(language: str, encoding: str) -> None:
    # Among every code page, ten GB2312 characters read as Korean as often as not.
    assert inputs.decode_text(SHORT[language].encode(encoding)) == SHORT[language]


@pytest.mark.parametrize(
    "text",
    [
        "I paid €80 for a “premium” meal — it was cold.",
        "I’m still waiting",  # GB18030 reads 0x92 0x6D as one character: 抦
        "It’s been a week",
        "The ‘Orders’ page",
    ],
)
def test_english_windows_text_with_smart_quotes(text: str) -> None:
    assert inputs.decode_text(text.encode("cp1252")) == text


def test_english_with_a_chinese_name_stays_chinese() -> None:
    text = "Dear support, my name is 张伟 and order 12345 is late."
    assert inputs.decode_text(text.encode("gbk")) == text


def test_a_declared_charset_wins_and_gb2312_reads_as_its_superset() -> None:
    text = "朱镕基的镕不在GB2312里"  # 镕 is GBK, outside GB2312: mail clients label such text gb2312
    data = text.encode("gbk")
    assert inputs.decode_text(data, declared="gb2312") == text
    assert inputs.decode_text(data, declared="GB_2312-80") == text
    big5 = TEXTS["zh-Hant"].encode("big5")
    assert inputs.decode_text(big5, declared="big5") == TEXTS["zh-Hant"]


@pytest.mark.parametrize(
    ("label", "language", "encoding"),
    [("x-gbk", "zh-Hans", "gbk"), ("csGB2312", "zh-Hans", "gb2312"), ("x-x-big5", "zh-Hant", "big5")],
)
def test_mail_labels_python_does_not_know(label: str, language: str, encoding: str) -> None:
    assert inputs.codec_for(label) is not None
    assert inputs.decode_text(TEXTS[language].encode(encoding), declared=label) == TEXTS[language]


def test_a_wrong_or_unknown_declared_charset_falls_back_to_detection() -> None:
    text = TEXTS["zh-Hans"]
    assert inputs.decode_text(text.encode("gb18030"), declared="utf-8") == text
    assert inputs.decode_text(text.encode("gb18030"), declared="x-no-such-charset") == text
    # Old clients label Chinese mail iso-8859-1, which decodes any bytes: the label is not believed
    assert inputs.decode_text(text.encode("gb18030"), declared="iso-8859-1") == text
    french = "Le colis est arrivé abîmé, et personne ne répond."
    assert inputs.decode_text(french.encode("latin-1"), declared="iso-8859-1") == french


@pytest.mark.parametrize(
    "data",
    [
        os.urandom(4096),
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        b"%PDF-1.7\n" + b"\x00\x01\x02stream" * 50,
        b"\x7fELF\x02\x01\x01" + bytes(200),
        b"PK\x03\x04" + bytes(range(256)),
        b"hello" + b"\x00" + b"world",
        b"\x1b\x01\x02\x03\x04\x05\x06\x07\x08" * 20,
    ],
)
def test_binary_is_refused_in_one_line(data: bytes) -> None:
    with pytest.raises(InputError, match="binary data, not text") as caught:
        inputs.decode_text(data, what="stdin")
    assert "\n" not in caught.value.message


def test_a_binary_file_declared_as_text_is_still_refused() -> None:
    with pytest.raises(InputError, match="binary"):
        inputs.decode_text(bytes(range(256)) * 8, declared="latin-1")


def test_files_directories_and_size_limits(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        inputs.read_text(str(tmp_path))
    with pytest.raises(InputError, match="no such file"):
        inputs.read_text(str(tmp_path / "missing.txt"))
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 101)
    with pytest.raises(InputError, match="larger than 100 bytes"):
        inputs.read_bytes(str(big), limit=100)
    assert inputs.read_bytes(str(big), limit=101) == b"a" * 101
    gb = tmp_path / "complaint.txt"
    gb.write_bytes(TEXTS["zh-Hans"].encode("gb18030"))
    assert inputs.read_text(str(gb)) == TEXTS["zh-Hans"]


def test_jsonl_lines_are_decoded_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"id": 1, "text": TEXTS["zh-Hans"]}, ensure_ascii=False).encode("utf-8"),
        json.dumps({"id": 2, "text": TEXTS["zh-Hans"]}, ensure_ascii=False).encode("gb18030"),
        b'{"id": 3, "text": "\x00\x01\x02\x03"}',  # a raw NUL: binary
        json.dumps({"id": 4, "text": TEXTS["zh-Hant"]}, ensure_ascii=False).encode("big5"),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    records, bad = read_records(path, CheckRequest)
    assert [r.id for r in records] == [1, 2, 4]
    assert records[1].text == TEXTS["zh-Hans"] and records[2].text == TEXTS["zh-Hant"]
    assert len(bad) == 1 and bad[0][0] == 3 and "binary" in bad[0][1]


def test_a_utf16_jsonl_file_is_read_by_its_bom(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    text = "\n".join(json.dumps({"id": i, "text": TEXTS[k]}, ensure_ascii=False) for i, k in enumerate(TEXTS))
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    records, bad = read_records(path, CheckRequest)
    assert bad == [] and [r.text for r in records] == list(TEXTS.values())


def test_an_overlong_line_is_that_lines_error_and_the_rest_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    huge = json.dumps({"id": "big", "text": "x" * (inputs.MAX_LINE_BYTES + 10)})
    path.write_text(huge + "\n" + json.dumps({"id": "ok", "text": "Thanks"}) + "\n", encoding="utf-8")
    lines = list(inputs.iter_lines(str(path)))
    assert len(lines) == 2 and len(lines[0]) == inputs.MAX_LINE_BYTES + 1  # the rest skipped, not held
    request, error = parse_line(lines[0], CheckRequest)
    assert request is None and error is not None and "longer than 1,048,576 bytes" in error["error"]
    assert parse_line(lines[1], CheckRequest)[0] is not None


# ---------------------------------------------------------------------------- mail, by part


def _eml(body: str, charset: str, *, subject: str, sender: str, cte: str = "8bit") -> bytes:
    head = f"From: {sender}\nSubject: {subject}\nMIME-Version: 1.0\nContent-Type: text/plain; charset={charset}\n"
    head += f"Content-Transfer-Encoding: {cte}\n\n"
    return (head + body).encode(charset if charset != "gb2312" else "gbk")


MAILS = [
    ("zh-Hans", "gb2312", "张伟 <zw@example.com>", "投诉：汤里有头发", "张伟"),
    ("zh-Hans", "gbk", "朱镕 <zr@example.com>", "订单延误", "朱镕"),
    ("zh-Hant", "big5", "陳小姐 <chen@example.com>", "包裹遲到", "陳小姐"),
    ("en", "iso-8859-1", "Zoë Martin <zoe@example.com>", "Late parcel", "Zoë Martin"),
]


@pytest.mark.parametrize(("language", "charset", "sender", "subject", "name"), MAILS)
def test_8bit_mail_with_raw_headers_is_read_by_its_charset(
    language: str, charset: str, sender: str, subject: str, name: str
) -> None:
    data = _eml(TEXTS[language] + "\n", charset, subject=subject, sender=sender)
    complaint = read_complaint(decode_source(data))
    assert complaint.text == TEXTS[language]
    assert complaint.language == language
    assert complaint.subject == subject and complaint.customer_name == name
    assert complaint.channel == "email"


def test_parts_in_different_charsets_each_decode_by_their_own() -> None:
    plain = TEXTS["zh-Hant"].encode("big5")
    html = f"<p>{TEXTS['zh-Hans']}</p>".encode("gb18030")
    data = (
        b"From: a@example.com\nSubject: =?gb2312?b?" + codecs.encode("退款".encode("gb2312"), "base64").strip()
        + b"?=\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=XX\n\n--XX\n"
        + b"Content-Type: text/plain; charset=big5\nContent-Transfer-Encoding: 8bit\n\n" + plain
        + b"\n--XX\nContent-Type: text/html; charset=gb18030\nContent-Transfer-Encoding: 8bit\n\n" + html
        + b"\n--XX--\n"
    )  # fmt: skip
    complaint = read_complaint(decode_source(data))
    assert complaint.text == TEXTS["zh-Hant"] and complaint.subject == "退款"


def test_an_undeclared_or_mislabelled_part_is_detected() -> None:
    for label in ("", "; charset=us-ascii", "; charset=x-unknown-8bit"):
        data = (
            b"From: a@example.com\nSubject: late\nContent-Type: text/plain" + label.encode()
            + b"\nContent-Transfer-Encoding: 8bit\n\n" + TEXTS["zh-Hans"].encode("gb18030") + b"\n"
        )  # fmt: skip
        assert read_complaint(decode_source(data)).text == TEXTS["zh-Hans"], label


def test_a_base64_part_labelled_gb2312_holding_gbk_characters() -> None:
    body = codecs.encode("请找朱镕先生处理，谢谢。".encode("gbk"), "base64")
    data = b"From: a@example.com\nContent-Type: text/plain; charset=gb2312\nContent-Transfer-Encoding: base64\n\n"
    assert "朱镕" in read_complaint(decode_source(data + body)).text


def test_a_mail_pasted_as_text_keeps_its_8bit_chinese_body() -> None:
    # The same message, already text (a JSON "complaint" field): its body must not be re-decoded.
    raw = _eml(TEXTS["zh-Hans"] + "\n", "gb2312", subject="投诉", sender="张伟 <zw@example.com>").decode("gbk")
    complaint = read_complaint(raw)
    assert complaint.text == TEXTS["zh-Hans"] and complaint.customer_name == "张伟"
