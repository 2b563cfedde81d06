"""Read a source text from disk: detect its encoding, refuse what is not text.

Government sites publish UTF-8, GBK/GB18030 and now and then UTF-16; users scrape them as they
come. The text is returned exactly as decoded (BOM removed) so that offsets index it directly.
"""
from __future__ import annotations

import codecs
from pathlib import Path

from kg.errors import InputError

#: Tried in this order when the file has no BOM and no encoding is named.
FALLBACK_ENCODINGS = ("utf-8", "gb18030")


def decode_bytes(data: bytes, *, encoding: str | None = None, name: str = "<bytes>") -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding_used)``.

    >>> decode_bytes("政府工作报告".encode("gbk"))[1]
    'gb18030'
    """
    if encoding:
        try:
            return data.decode(encoding), encoding
        except LookupError as e:
            raise InputError(f"unknown encoding {encoding!r}", hint="try utf-8, gb18030 or utf-16") from e
        except UnicodeDecodeError as e:
            raise InputError(f"{name}: cannot be decoded as {encoding}",
                             hint="check --encoding or leave it out to detect") from e
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise InputError(f"{name}: broken UTF-16 text", hint="re-save the file as UTF-8") from e
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file (NUL bytes)", hint="give plain-text .txt files")
    for enc in FALLBACK_ENCODINGS:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise InputError(f"{name}: not UTF-8, UTF-16 or GB18030 text",
                     hint="name the encoding with --encoding or re-save the file as UTF-8")


def read_text(path: str | Path, *, encoding: str | None = None) -> str:
    """Read and decode a text file; raise InputError with a hint when it is unusable."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file", hint="check the path")
    if p.is_dir():
        raise InputError(f"{p}: is a folder", hint="give .txt files or a folder of them to kg build")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(f"{p}: cannot be read: {e.strerror}", hint="check permissions") from e
    text, _ = decode_bytes(data, encoding=encoding, name=str(p))
    if not text.strip():
        raise InputError(f"{p}: is empty", hint="give a file with text in it")
    return text
