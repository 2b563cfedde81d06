"""kg.reader: the encodings government sites publish are read exactly; what is not text is refused.

Offsets index the text as read, so the decoded text must be exactly the source characters: no BOM,
no newline translation.
"""
from __future__ import annotations

import codecs
import os

import pytest

from kg.errors import InputError
from kg.reader import check_encoding, decode_bytes, read_text

REPORT = "2026年河南省政府工作报告\r\n各位代表：\n全省生产总值增长5.2%，“十大战略”深入实施、成效显著。"
#: Characters outside GBK that GB18030 encodes in four bytes (a rare-name character and the euro sign).
BEYOND_GBK = "𠮷€"


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("label", "data", "used"), [
    ("utf-8", REPORT.encode("utf-8"), "utf-8"),
    ("utf-8 with BOM", codecs.BOM_UTF8 + REPORT.encode("utf-8"), "utf-8-sig"),
    ("utf-16-le with BOM", codecs.BOM_UTF16_LE + REPORT.encode("utf-16-le"), "utf-16-le"),
    ("utf-16-be with BOM", codecs.BOM_UTF16_BE + REPORT.encode("utf-16-be"), "utf-16-be"),
    ("utf-32-le with BOM", codecs.BOM_UTF32_LE + REPORT.encode("utf-32-le"), "utf-32-le"),
    ("gbk", REPORT.encode("gbk"), "gb18030"),
    ("gb2312", REPORT.replace("“", "").replace("”", "").encode("gb2312"), "gb18030"),
    ("utf-16-le without BOM", REPORT.encode("utf-16-le"), "utf-16-le"),
])
def test_detects_the_encodings_of_the_genre(tmp_path, label, data, used) -> None:
    path = write(tmp_path, "report.txt", data)
    expected = REPORT.replace("“", "").replace("”", "") if label == "gb2312" else REPORT
    assert read_text(path) == expected
    assert decode_bytes(data)[1] == used


def test_gb18030_reads_characters_beyond_gbk(tmp_path) -> None:
    path = write(tmp_path, "names.txt", ("人名用字" + BEYOND_GBK).encode("gb18030"))
    assert read_text(path) == "人名用字" + BEYOND_GBK


def test_text_is_returned_as_read_so_offsets_index_the_file(tmp_path) -> None:
    """CRLF stays CRLF and only the BOM goes: text[i] is the i-th character of the file."""
    path = write(tmp_path, "crlf.txt", codecs.BOM_UTF8 + "一、总体要求\r\n二、主要任务\r\n".encode())
    text = read_text(path)
    assert text == "一、总体要求\r\n二、主要任务\r\n"
    assert text.index("二") == 8


@pytest.mark.parametrize("name", ["gbk", "GBK", "gb18030", "cp936"])
def test_named_encoding_reads_gbk(tmp_path, name) -> None:
    path = write(tmp_path, "gbk.txt", REPORT.encode("gbk"))
    assert read_text(path, encoding=name) == REPORT


def test_named_encoding_drops_the_bom(tmp_path) -> None:
    path = write(tmp_path, "bom.txt", codecs.BOM_UTF8 + REPORT.encode("utf-8"))
    assert read_text(path, encoding="utf-8") == REPORT


def test_wrong_named_encoding_names_file_and_offset(tmp_path) -> None:
    path = write(tmp_path, "gbk.txt", REPORT.encode("gbk"))
    with pytest.raises(InputError) as err:
        read_text(path, encoding="utf-8")
    assert "gbk.txt" in str(err.value) and "utf-8" in str(err.value) and "offset" in str(err.value)
    assert "--encoding" in err.value.hint


@pytest.mark.parametrize("name", ["utf-9", "base64", "rot13", ""])
def test_unknown_encoding_is_refused(name) -> None:
    with pytest.raises(InputError, match="unknown encoding"):
        check_encoding(name)


def test_big5_is_not_read_as_gbk_garbage(tmp_path) -> None:
    """Big5 bytes decode as GBK into private-use characters: refuse, and say how to name it."""
    big5 = "中華民國政府工作報告，各位代表：過去一年，經濟穩定成長。".encode("big5")
    path = write(tmp_path, "tw.txt", big5)
    with pytest.raises(InputError) as err:
        read_text(path)
    assert "tw.txt" in str(err.value) and "big5" in err.value.hint
    assert read_text(path, encoding="big5").startswith("中華民國")


def test_bytes_that_decode_as_nothing_name_the_file(tmp_path) -> None:
    path = write(tmp_path, "broken.txt", "正文".encode() + b"\xff\x80" + "结尾".encode())
    with pytest.raises(InputError) as err:
        read_text(path)
    assert "broken.txt" in str(err.value) and "GB18030" in str(err.value)
    assert "--encoding" in err.value.hint


def test_utf8_bom_over_gbk_bytes_is_refused(tmp_path) -> None:
    path = write(tmp_path, "mixed.txt", codecs.BOM_UTF8 + "政府工作报告".encode("gbk"))
    with pytest.raises(InputError, match="byte-order mark"):
        read_text(path)


@pytest.mark.parametrize(("data", "what"), [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
    (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "Office"),
    (b"\x89PNG\r\n\x1a\n" + bytes(16), "PNG"),
    (b"\x1f\x8b\x08\x00" + bytes(16), "gzip"),
    ("政府工作报告".encode() + b"\x00\x01\x02\x00\x00\xff", "binary"),
    (bytes(range(1, 32)) * 20 + "正文".encode(), "binary"),
])
def test_binary_files_are_refused_with_what_they_are(tmp_path, data, what) -> None:
    path = write(tmp_path, "scraped.txt", data)
    with pytest.raises(InputError) as err:
        read_text(path)
    assert "scraped.txt" in str(err.value) and what in str(err.value)
    assert err.value.hint


def test_a_pdf_with_junk_before_its_header_is_still_a_pdf(tmp_path) -> None:
    path = write(tmp_path, "report.txt", b"\r\n  %PDF-1.4\n1 0 obj <<>> endobj\n")
    with pytest.raises(InputError, match="PDF"):
        read_text(path)


@pytest.mark.parametrize(("data", "what"), [
    (b"", "is empty"),
    (codecs.BOM_UTF8, "is empty"),
    (" \r\n\t\u3000\n".encode("utf-8"), "only whitespace"),
])
def test_empty_and_blank_files_are_refused(tmp_path, data, what) -> None:
    path = write(tmp_path, "blank.txt", data)
    with pytest.raises(InputError, match=what):
        read_text(path)


def test_missing_file_and_folder_are_refused(tmp_path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_text(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
def test_a_named_pipe_is_refused_instead_of_read_forever(tmp_path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_text(fifo)
