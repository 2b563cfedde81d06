"""Read a source text from disk: detect its encoding, refuse what is not text.

Government sites publish UTF-8, GBK/GB18030 and now and then UTF-16; users scrape them as they
come, and sometimes save a PDF or a Word file under a .txt name. The text is returned exactly as
decoded (only a leading BOM removed) so that offsets index it directly; anything that is not
plausibly text is refused with an :class:`~kg.errors.InputError` that names the file and says what
to do about it.
"""
from __future__ import annotations

import codecs
import os
import unicodedata
from pathlib import Path

from kg.errors import InputError

#: Tried in this order when the file has no BOM and no encoding is named. GB18030 is a superset of
#: GBK and GB2312, so one entry reads all three.
FALLBACK_ENCODINGS = ("utf-8", "gb18030")

#: Byte signatures of formats that people rename to .txt: (signature, what it is, what to do).
BINARY_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "a PDF file", "extract its text first, e.g. 'pdftotext FILE.pdf FILE.txt'"),
    (b"PK\x03\x04", "a ZIP archive (.docx, .xlsx, .odt or .zip)", "save it as plain text (.txt) first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc or .xls)",
     "save it as plain text (.txt) first"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "give plain-text .txt files"),
    (b"\xff\xd8\xff", "a JPEG image", "give plain-text .txt files"),
    (b"GIF8", "a GIF image", "give plain-text .txt files"),
    (b"\x1f\x8b", "a gzip-compressed file", "decompress it first"),
)

#: BOMs, longest first: a UTF-32-LE BOM begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Control characters that plain text may hold: tab, line feed, vertical tab, form feed, carriage
#: return, and the DOS end-of-file mark that old GBK files sometimes end with.
_TEXT_CONTROLS = frozenset("\t\n\x0b\x0c\r\x1a")
_NOT_TEXT_HINT = "give plain-text .txt files"


def check_encoding(encoding: str) -> str:
    """Return the codec name of ``encoding``; raise InputError when Python has no such text encoding.

    Call it once before reading a corpus, so that a misspelt ``--encoding`` is one usage error, not
    one failure per file.

    >>> check_encoding("GBK")
    'gbk'
    >>> check_encoding("base64")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: unknown encoding 'base64'
    """
    try:
        info = codecs.lookup(encoding)
    except (LookupError, TypeError, ValueError) as e:
        raise InputError(f"unknown encoding {encoding!r}", hint="try utf-8, gb18030 or utf-16") from e
    if not getattr(info, "_is_text_encoding", True):  # base64, rot13, zlib … are codecs, not encodings
        raise InputError(f"unknown encoding {encoding!r}", hint="try utf-8, gb18030 or utf-16")
    return info.name


def decode_bytes(data: bytes, *, encoding: str | None = None, name: str = "<bytes>") -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding_used)``.

    Without ``encoding``: a BOM decides; else UTF-8, else GB18030 (which covers GBK). Files that are
    another format under a .txt name, or that decode only to control characters or private-use
    characters (Big5 read as GBK), are refused.

    >>> decode_bytes("政府工作报告".encode("gbk"))
    ('政府工作报告', 'gb18030')
    >>> decode_bytes(codecs.BOM_UTF8 + "报告".encode("utf-8"))
    ('报告', 'utf-8-sig')
    """
    for signature, what, hint in BINARY_SIGNATURES:
        if data.startswith(signature) or (signature == b"%PDF-" and signature in data[:1024]):
            raise InputError(f"{name}: is {what}, not text", hint=hint)
    if encoding:
        text, used = _decode_named(data, encoding, name)
    else:
        text, used = _detect(data, name)
    _refuse_binary(text, name)
    return text, used


def _decode_named(data: bytes, encoding: str, name: str) -> tuple[str, str]:
    codec = check_encoding(encoding)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: cannot be decoded as {encoding} "
                         f"(byte {data[e.start]:#04x} at offset {e.start})",
                         hint="check --encoding or leave it out to detect the encoding") from e
    # A BOM is not text: drop it whatever encoding was named (utf-8 and utf-16-le keep it otherwise).
    return text.removeprefix("\ufeff"), codec


def _detect(data: bytes, name: str) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), "utf-8-sig" if codec == "utf-8" else codec
            except UnicodeDecodeError as e:
                raise InputError(
                    f"{name}: starts with a {codec.upper()} byte-order mark but is not {codec.upper()} "
                    f"(bad byte at offset {e.start + len(bom)})",
                    hint="name the real encoding with --encoding or re-save the file as UTF-8") from e
    if b"\x00" in data:
        guessed = _utf16_without_bom(data)
        if guessed is not None:
            return guessed
        raise InputError(f"{name}: looks like a binary file (NUL bytes)", hint=_NOT_TEXT_HINT)
    for codec in FALLBACK_ENCODINGS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if codec == "gb18030" and _private_use_share(text) > 0.01:
            # GBK maps its user-defined rows to private use; Big5 text read as GBK lands there often.
            raise InputError(f"{name}: decodes as GB18030 only to unassigned characters "
                             "(Big5 or another encoding?)",
                             hint="name the encoding with --encoding, e.g. --encoding big5")
        return text, codec
    raise InputError(f"{name}: not UTF-8, UTF-16 or GB18030 text",
                     hint="name the encoding with --encoding or re-save the file as UTF-8")


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a BOM: NUL bytes (the high bytes of ASCII) on one parity only."""
    if len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    if even_nuls and odd_nuls:
        return None
    codec = "utf-16-le" if odd_nuls else "utf-16-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if "\x00" in text or _private_use_share(text) > 0.01 or _control_share(text) > 0.01:
        return None
    return text, codec


def _private_use_share(text: str) -> float:
    non_ascii = [ch for ch in text if ord(ch) > 0x7F]
    if not non_ascii:
        return 0.0
    return sum(unicodedata.category(ch) in ("Co", "Cn") for ch in non_ascii) / len(non_ascii)


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return sum(1 for ch in text if (ch < " " or ch == "\x7f") and ch not in _TEXT_CONTROLS) / len(text)


def _refuse_binary(text: str, name: str) -> None:
    if "\x00" in text:
        raise InputError(f"{name}: looks like a binary file (NUL characters)", hint=_NOT_TEXT_HINT)
    if _control_share(text) > 0.01:
        raise InputError(f"{name}: looks like a binary file (control characters)", hint=_NOT_TEXT_HINT)


def read_utf8(path: str | Path, *, what: str, hint: str) -> str:
    """A UTF-8 data file (a lexicon, a gold annotation): a leading BOM is dropped; another encoding or
    binary content is an InputError naming the file, with ``hint`` saying what the file should be.

    Unlike :func:`read_text` nothing is guessed: these files are documented as UTF-8, and a GBK file
    read as GB18030 by luck would silently give other names.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(f"{printable(p)}: cannot read the {what} ({e.strerror or e})", hint=hint) from e
    if b"\x00" in data:
        raise InputError(f"{printable(p)}: the {what} looks like a binary file (NUL bytes)", hint=hint)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{printable(p)}: the {what} is not UTF-8 (byte {data[e.start]:#04x} at offset "
                         f"{e.start})", hint=f"re-save it as UTF-8; {hint}") from e


def printable(path: str | Path) -> str:
    """A path as text that can be printed and encoded: bytes of a non-UTF-8 file name as \\xNN.

    >>> printable(Path(b"caf\\xe9.txt".decode("utf-8", "surrogateescape")))
    'caf\\\\xe9.txt'
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def check_file_name(path: str | Path) -> None:
    """Refuse a file whose name is not UTF-8: the name is written into the graph as text."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError as e:
        raise InputError(f"{printable(path)}: the file name is not UTF-8",
                         hint="rename the file (e.g. 'convmv -f gbk -t utf-8 --notest FILE')") from e


def read_text(path: str | Path, *, encoding: str | None = None) -> str:
    """Read and decode a text file; raise InputError with a hint when it is unusable.

    Only regular files are read: a FIFO or ``/dev/zero`` given by mistake would never end.
    """
    p = Path(path)
    try:
        if not p.exists():
            raise InputError(f"{p}: no such file", hint="check the path")
        if p.is_dir():
            raise InputError(f"{p}: is a folder", hint="give .txt files or a folder of them to kg build")
        if not p.is_file():
            raise InputError(f"{p}: is not a regular file", hint="give .txt files or a folder of them")
        data = p.read_bytes()
    except OSError as e:
        raise InputError(f"{p}: cannot be read ({e.strerror or e})",
                         hint="check the path and its permissions") from e
    text, _ = decode_bytes(data, encoding=encoding, name=str(p))
    if not text.strip():
        what = "is empty" if not text else "holds only whitespace"
        raise InputError(f"{p}: {what}", hint="give a file with text in it")
    return text
