"""Bounds on what hostile or careless input may cost: graph files, query nesting, worker memory.

Every command that reads a graph file parses it with pyoxigraph, which expands the internal entities
an RDF/XML file declares in its DOCTYPE: nine nested entities of ten references each (the "billion
laughs") make a 1 KB file a gigabytes-long literal. :func:`check_graph_file` reads the DOCTYPE first
and refuses a file whose entities would expand past :data:`MAX_ENTITY_EXPANSION` characters, and
any graph file larger than :data:`max_graph_bytes`; both before pyoxigraph sees it.

Oxigraph's SPARQL parser recurses once per nesting level, and 5,000 nested braces overflow its stack
(SIGSEGV, no message): :func:`check_query_depth` refuses deep queries before they are parsed.

:func:`limit_memory` and :func:`die_with_parent` are for worker processes: an address-space cap
(RLIMIT_AS), so that a query can only kill its own worker, and an exit when the parent has gone,
so that a killed ``kg build`` or ``kg serve`` leaves no worker running.
"""
from __future__ import annotations

import contextlib
import io
import os
import re
import sys
import threading
from pathlib import Path
from typing import BinaryIO

from kg.errors import InputError, QueryError

#: Graph files larger than this are refused (override with the environment variable KG_MAX_GRAPH_BYTES).
MAX_GRAPH_BYTES = 4 * 1024**3

#: Characters that the entity references of an RDF/XML file may add when expanded. Ontologies written
#: by Protégé use entities as namespace abbreviations (``&owl;``): thousands of references of forty
#: characters each stay far below this; the billion laughs are ten orders of magnitude above.
MAX_ENTITY_EXPANSION = 16 * 1024 * 1024

#: How much of a file may precede the root element (the XML declaration and the DOCTYPE).
MAX_PROLOG_BYTES = 1024 * 1024

#: Deepest nesting of (), {} and [] a query may have. Real queries nest a handful of levels;
#: Oxigraph's parser crashes somewhere past a few thousand.
MAX_QUERY_DEPTH = 100


def max_graph_bytes() -> int:
    """The size cap for graph files: :data:`MAX_GRAPH_BYTES` or ``KG_MAX_GRAPH_BYTES``."""
    raw = os.environ.get("KG_MAX_GRAPH_BYTES", "").strip()
    return int(raw) if raw.isascii() and raw.isdigit() else MAX_GRAPH_BYTES


# ---------------------------------------------------------------- graph files


def check_graph_file(path: str | Path, *, xml: bool, data: bytes | None = None) -> None:
    """Refuse a graph file that is too large, or (``xml``: RDF/XML) whose entities expand too far.

    ``data``, when given, is the file's content already read (what is checked; ``path`` names it).

    >>> import tempfile
    >>> laughs = ('<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">' + ''.join(
    ...     f'<!ENTITY {c} "{10 * f"&{p};"}">' for p, c in zip("abcdefgh", "bcdefghi")) + ']><r>&i;</r>')
    >>> with tempfile.NamedTemporaryFile("w", suffix=".rdf", delete=False) as fh:
    ...     _ = fh.write(laughs)
    >>> check_graph_file(fh.name, xml=True)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    kg.errors.InputError: ...: its XML entities expand to more than 16,777,216 characters
    """
    p = Path(path)
    try:
        size = p.stat().st_size if data is None else len(data)
    except OSError:
        return  # the parser names the missing or unreadable file
    cap = max_graph_bytes()
    if size > cap:
        raise InputError(f"{p}: the graph file is {size:,} bytes, more than the limit of {cap:,}",
                         hint="split the graph, or raise KG_MAX_GRAPH_BYTES if you trust the file")
    if xml:
        expanded = _entity_expansion(p if data is None else io.BytesIO(data), name=p)
        if expanded > MAX_ENTITY_EXPANSION:
            raise InputError(f"{p}: its XML entities expand to more than {MAX_ENTITY_EXPANSION:,} characters",
                             hint="an entity bomb? write the file without DOCTYPE entities")


_DOCTYPE = re.compile(rb"<!DOCTYPE[^\[>]*\[(.*?)\]\s*>", re.S)
_ENTITY = re.compile(rb"""<!ENTITY\s+(%\s+)?([^\s%;&<>"']+)\s+(?:"([^"]*)"|'([^']*)'|[^>]*)>""", re.S)
_REFERENCE = re.compile(rb"[&%]([^\s%;&<>\"'#]+);")
_AMPERSAND_REF = re.compile(rb"&#(?:38|[xX]0*26);")


def _entity_expansion(source: Path | BinaryIO, *, name: Path) -> int:
    """Characters the entity references of an XML file expand to (0 when it declares no entities).

    Each declared entity's length is its replacement text with the references in it expanded (a
    cycle or an undeclared name counts as nothing: the parser refuses those itself); the file's
    total is the sum over the references in its body. Character references to ``&`` inside an
    entity's value count as the reference they would form. Counting stops past the cap.
    """
    with open(source, "rb") if isinstance(source, Path) else contextlib.nullcontext(source) as fh:
        head = fh.read(MAX_PROLOG_BYTES)
        if b"<!ENTITY" not in head:
            return 0
        m = _DOCTYPE.search(head)
        if m is None:
            raise InputError(f"{name}: its DOCTYPE is not closed within the first "
                             f"{MAX_PROLOG_BYTES // 1024} KB", hint="write the file without a DOCTYPE")
        values = {}
        for e in _ENTITY.finditer(m[1]):
            value = e[3] if e[3] is not None else e[4] if e[4] is not None else b""
            values[(bool(e[1]), e[2])] = _AMPERSAND_REF.sub(b"&", value)
        sizes: dict[tuple[bool, bytes], int] = {}

        def size(key: tuple[bool, bytes], active: frozenset) -> int:
            if key in sizes:
                return sizes[key]
            if key not in values or key in active:
                return 0
            value = values[key]
            total = len(value)
            for ref in _REFERENCE.finditer(value):
                total += size((ref[0][:1] == b"%", ref[1]), active | {key}) - len(ref[0])
                if total > MAX_ENTITY_EXPANSION:
                    break  # large enough to refuse: no need to count on towards 10⁹
            sizes[key] = total
            return total

        total = sum(size(key, frozenset()) for key in values if key[0])  # parameter entities act in the DTD
        fh.seek(m.end())
        tail = b""
        while block := fh.read(1 << 20):
            block = tail + block
            cut = max(0, block.rfind(b"&"))  # a reference may straddle two blocks
            for ref in _REFERENCE.finditer(block, 0, cut):
                total += size((False, ref[1]), frozenset())
                if total > MAX_ENTITY_EXPANSION:
                    return total
            tail = block[cut:]
        for ref in _REFERENCE.finditer(tail):
            total += size((False, ref[1]), frozenset())
        return total


# ---------------------------------------------------------------- queries


_QUERY_SKIP = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                         r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#[^\n]*|<[^<>"{}|^`\\\s]*>', re.S)
_OPENERS, _CLOSERS = frozenset("({["), frozenset(")}]")


def query_depth(query: str) -> int:
    """The deepest nesting of (), {} and [] in a SPARQL query, outside strings, IRIs and comments.

    >>> query_depth('SELECT * WHERE { ?s ?p "{{{" FILTER(STRLEN(?p) > 1) }')
    3
    """
    depth = deepest = 0
    for piece in _QUERY_SKIP.split(query):
        for ch in piece:
            if ch in _OPENERS:
                depth += 1
                deepest = max(deepest, depth)
            elif ch in _CLOSERS:
                depth = max(0, depth - 1)
    return deepest


def check_query_depth(query: str) -> None:
    """Refuse a query nested deeper than :data:`MAX_QUERY_DEPTH` before any parser sees it."""
    depth = query_depth(query)
    if depth > MAX_QUERY_DEPTH:
        raise QueryError(f"the query nests {depth} levels of brackets deep, more than {MAX_QUERY_DEPTH}",
                         hint="flatten the query")


# ---------------------------------------------------------------- worker processes


def limit_memory(max_bytes: int | None) -> None:
    """Cap this process's address space (RLIMIT_AS) at ``max_bytes``: past it, allocations fail here.

    A no-op where the platform has no such limit, or for None.
    """
    if not max_bytes:
        return
    try:
        import resource
    except ImportError:  # Windows
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = max_bytes if hard == resource.RLIM_INFINITY else min(max_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def die_with_parent(parent_pid: int) -> None:
    """End this process when ``parent_pid`` ends, even by SIGKILL (for worker processes).

    On Linux the kernel sends SIGKILL (prctl PR_SET_PDEATHSIG), which stops even a worker busy inside
    a query that holds the interpreter; elsewhere a thread polls the parent's pid. The kernel ties
    the signal to the thread that started this process, so start workers from a thread that lives as
    long as the parent (the main thread, or a long-lived one).
    """
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:  # the parent died before the line above
        os._exit(1)

    def watch() -> None:
        import time

        while os.getppid() == parent_pid:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="kg-parent-watch").start()


__all__ = ["MAX_ENTITY_EXPANSION", "MAX_GRAPH_BYTES", "MAX_QUERY_DEPTH", "check_graph_file",
           "check_query_depth", "die_with_parent", "limit_memory", "max_graph_bytes", "query_depth"]
