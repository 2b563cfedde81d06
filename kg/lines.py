"""The build's own N-Triples and N-Quads files read as bytes: blocks of whole lines, a literal's parts.

A sink that reads the union or graph.nq in Python for a few of each line's terms can take them as
slices of the line instead of a parse into pyoxigraph terms (whose objects, made and read back for each
of 500,000 lines, cost about as much as the JSON-LD's own work). The files are written by kg/graph.py:
its lines are ``<s> <p> <o> [<g>] .`` or ``<s> <p> "…"@zh [<g>] .`` (``"…"^^<dt>``, ``"…"``), its
literals escape only ``\\``, ``"``, line feed and carriage return, and its IRIs hold neither a space nor
a ``>``; a line with anything else (another escape, a control character) is for :func:`parse_line`.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

#: Bytes read at a time (then up to the next line break).
BLOCK = 8 << 20


def line_blocks(path: str | Path, *, size: int = BLOCK, start: int = 0, end: int | None = None) -> Iterator[bytes]:
    """The file (or its bytes ``start:end``, both at line starts) as blocks of whole lines, each ending
    with a line break (the last one as it ends)."""
    with open(path, "rb") as fh:
        fh.seek(start)
        left = end - start if end is not None else -1
        rest = b""
        while True:
            block = fh.read(size if left < 0 else min(size, left))
            left -= len(block)
            if not block:
                if rest:
                    yield rest
                return
            block = rest + block
            cut = block.rfind(b"\n") + 1
            if cut:
                yield block[:cut]
            rest = block[cut:]


def split_literal(term: bytes) -> tuple[bytes, bytes]:
    """A literal's quoted lexical form (escaped, as in the file) and what follows it (``@zh``, ``^^<dt>``
    or nothing).

    >>> split_literal(b'"5"^^<http://www.w3.org/2001/XMLSchema#integer>')
    (b'5', b'^^<http://www.w3.org/2001/XMLSchema#integer>')
    """
    q = term.rindex(b'"')
    return term[1:q], term[q + 1:]


def parse_line(line: bytes, fmt):
    """One line parsed by pyoxigraph (a Triple or a Quad): for the rare line with an escape in it."""
    import pyoxigraph as ox

    return next(iter(ox.parse(line + b"\n", format=fmt, lenient=True)))
