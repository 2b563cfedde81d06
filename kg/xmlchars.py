"""Characters XML 1.0 cannot hold, kept out of every XML output (GraphML, GEXF, SPARQL XML, RDF/XML).

Texts scraped from the web carry control characters (a vertical tab, ``\\x01``, the DOS end-of-file
``\\x1a``) that plain text allows and the graph keeps: a literal holds the text exactly as read, so
that evidence offsets index it. XML 1.0 has no way to write them, not even as ``&#1;``, and the
writers of networkx and pyoxigraph put them out raw, which every XML parser rejects. The XML outputs
therefore carry U+FFFD (the replacement character) in their place: one character for one, so a
string keeps its length and offsets into it still line up; the graph itself is unchanged.
"""
from __future__ import annotations

import re

REPLACEMENT = "\ufffd"

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# the same in UTF-8 (surrogates cannot occur in valid UTF-8): C0 controls, and EF BF BE/BF
_ILLEGAL_UTF8 = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")


def xml_safe(text: str) -> str:
    """``text`` with each character XML 1.0 cannot hold replaced by U+FFFD.

    >>> xml_safe("两个\\x01确保\\x0b") == "两个\\ufffd确保\\ufffd"
    True
    """
    return _ILLEGAL.sub(REPLACEMENT, text)


def xml_safe_bytes(data: bytes) -> bytes:
    """UTF-8 XML with each character XML 1.0 cannot hold replaced by U+FFFD (tab, CR, LF stay).

    >>> xml_safe_bytes("<a>\\x1a\\t</a>".encode())
    b'<a>\\xef\\xbf\\xbd\\t</a>'
    """
    return _ILLEGAL_UTF8.sub(REPLACEMENT.encode("utf-8"), data)


__all__ = ["REPLACEMENT", "xml_safe", "xml_safe_bytes"]
