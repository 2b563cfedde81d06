"""The JSON-LD sink: graph.jsonld streamed from the union's sorted N-Triples, one node a line.

rdflib's JSON-LD serialiser holds the whole graph and took a minute on a 400,000-triple corpus; the
sorted lines group each subject's statements together, so one node at a time is enough. The lines are
read as bytes (:mod:`kg.lines`), not parsed into terms: the quoted lexical form kg/graph.py writes
(``\\\\``, ``\\"``, ``\\n``, ``\\r`` escaped, nothing else) is already the JSON string of the value, so a
node is assembled from slices of its lines. A line with another escape or a control character goes
through pyoxigraph and ``json`` instead; the output is the same either way.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import BinaryIO

from kg.lines import line_blocks, parse_line, split_literal

_XSD = "http://www.w3.org/2001/XMLSchema#"
_RDF_TYPE = b"http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD_STRING, _XSD_INTEGER = f"{_XSD}string", f"{_XSD}integer"
_JSON_INTEGER = re.compile(r"-?[1-9][0-9]{0,14}|0")
_JSON_INTEGER_BYTES = re.compile(rb"-?[1-9][0-9]{0,14}|0")
#: Control characters but the line feed: JSON escapes them, kg/graph.py writes them as they are.
_CONTROLS = bytes(c for c in range(0x20) if c != 0x0A)
#: The escapes the quoted N-Triples form and a JSON string write alike (kg/graph.py writes no other).
_SHARED_ESCAPES = frozenset((b"\\", b'"', b"n", b"r"))
_ESCAPE = re.compile(rb"\\(.)", re.DOTALL)


def _needs_parse(data: bytes) -> bool:
    """True when ``data`` holds a control character or an escape JSON would write otherwise (\\u…, \\t):
    its lines go through pyoxigraph and ``json``. A byte search and a translate, not a regex per byte."""
    if len(data.translate(None, _CONTROLS)) != len(data):
        return True
    return b"\\" in data and not _SHARED_ESCAPES.issuperset(_ESCAPE.findall(data))


#: One encoder for every value on the slow path (json.dumps with options makes a new one per call).
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)
#: (predicate, object) pairs shorter than this are remembered with their JSON (a class, a rule's name).
_PAIR_MAX = 160
#: Pairs kept at most (then forgotten at once): more kept no more often (the 29 reports: 16,384 or 4,096
#: cost the same CPU), and 65,536 held 18 MB more.
_PAIRS_KEPT = 1 << 12
#: Bytes of the union read at a time: its lines are split into one list per block.
_BLOCK = 1 << 20


def write_jsonld(union: str | Path, fh: BinaryIO, prefixes: dict[str, str],
                 part: tuple[int, int, bool, bool] = (0, -1, True, True)) -> None:
    """graph.jsonld from the union's N-Triples file (sorted, so grouped by subject), streamed into ``fh``.

    A context (``prefixes``) and one node a line. Vocabulary IRIs are compacted with ``prefixes``
    (kg:Meeting), data IRIs stay whole; integers are JSON numbers, other typed literals
    {"@type", "@value"}, Chinese text {"@language": "zh"}; a property's values in the lines' order,
    a single value unwrapped, keys sorted.

    ``part`` (start, end, first, last) writes the nodes of the union's bytes start:end (end -1: to its
    end; a range of :func:`node_ranges`), with the document's opening when first and its close when
    last: the parts written one after another are the whole document.
    """
    start, end, first, last = part
    value_of = _Values(prefixes)
    if first:
        fh.write(('{\n "@context": ' + json.dumps(prefixes, ensure_ascii=False, sort_keys=True)
                  + ',\n "@graph": [\n').encode("utf-8"))
    node: dict[bytes, list[bytes]] = {}
    subject = None
    lead = b"" if first else b",\n"
    out: list[bytes] = []
    # repeated (predicate, object) pairs (a class, a rule's name, a confidence, a link to the text or
    # its sentence) made once; a literal's end (@zh, ^^<dt>) likewise; the rest from the line's slices
    pairs: dict[bytes, tuple[bytes, bytes]] = {}
    for block in line_blocks(union, size=_BLOCK, start=start, end=None if end < 0 else end):
        careful = _needs_parse(block)
        for line in block.split(b"\n"):
            if not line:
                continue
            if careful and _needs_parse(line):
                s, key, value = value_of.parsed(line)
            else:
                i = line.find(b"> <", 1)
                if line[0] != 60 or i < 0:  # "<": not a blank node
                    raise TypeError(f"cannot write {line[:80]!r} as JSON-LD: no blank nodes in the graph contract")
                s = line[1:i]
                po = line[i + 3:-2]  # " ." ends each line of N-Triples
                got = pairs.get(po)
                if got is None:
                    j = po.index(b"> ")
                    got = value_of(po[:j], po[j + 2:])
                    if len(po) < _PAIR_MAX:
                        if len(pairs) >= _PAIRS_KEPT:  # a corpus's offsets, names and nodes would fill it
                            pairs.clear()
                        pairs[po] = got
                key, value = got
            if s != subject:
                if node:
                    out.append(lead + _node_json(subject, node))
                    lead = b",\n"
                subject, node = s, {}
            values = node.get(key)
            if values is None:
                node[key] = [value]
            else:
                values.append(value)
        fh.write(b"".join(out))
        out.clear()
    if node:
        fh.write(lead + _node_json(subject, node))
    if last:
        fh.write(b"\n ]\n}\n")


def node_ranges(union: str | Path, parts: int) -> list[tuple[int, int, bool, bool]]:
    """The union cut into at most ``parts`` byte ranges of whole nodes, for :func:`write_jsonld`'s ``part``:
    each range but the first starts at a line whose subject is not the line before's."""
    size = Path(union).stat().st_size
    cuts = [0]
    with open(union, "rb") as fh:
        for k in range(1, parts):
            fh.seek(max(size * k // parts, cuts[-1]))
            if fh.tell() > 0:
                fh.readline()  # to the next line's start
            line = fh.readline()
            subject = line[:line.find(b" ")]
            while line:
                at = fh.tell()
                line = fh.readline()
                if line and line[:line.find(b" ")] != subject:
                    cuts.append(at)
                    break
    cuts = sorted(set(cuts))
    bounds = [*cuts[1:], size]
    return [(s, e, i == 0, i == len(cuts) - 1) for i, (s, e) in enumerate(zip(cuts, bounds, strict=True))]


def _node_json(subject: bytes, node: dict[bytes, list[bytes]]) -> bytes:
    """One node's line: its @id, then its keys in order (JSON's sort_keys: @type, then the prefixed
    names), a key of one value unwrapped."""
    shape = tuple(node)  # the keys in the lines' order: nodes of one kind share it, and its sorted order
    order = _ORDERS.get(shape)
    if order is None:
        if len(_ORDERS) >= _ORDERS_KEPT:
            _ORDERS.clear()
        order = _ORDERS[shape] = [(key, b", " + key + b": ") for key in sorted(shape, key=_unquoted)]
    parts = [b'  {"@id": "', subject, b'"']
    for key, lead in order:
        values = node[key]
        parts.append(lead)
        parts.append(values[0] if len(values) == 1 else b"[" + b", ".join(values) + b"]")
    parts.append(b"}")
    return b"".join(parts)


#: Each node shape's keys in JSON's order, with what precedes each value (a few dozen shapes in a corpus).
_ORDERS: dict[tuple[bytes, ...], list[tuple[bytes, bytes]]] = {}
_ORDERS_KEPT = 1 << 12


def _unquoted(key: bytes) -> bytes:
    """A key in the order of its text (a closing quote must not sort before a "!")."""
    return key[1:-1]


class _Values:
    """Each line's key (a compacted predicate as a JSON string, or "@type") and value as JSON bytes."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        vocab = sorted(((ns, p) for p, ns in prefixes.items() if p != "kgr"), key=lambda x: -len(x[0]))
        data_ns = prefixes.get("kgr")
        if data_ns is not None and any(ns.startswith(data_ns) or data_ns.startswith(ns) for ns, _ in vocab):
            data_ns = None  # a vocabulary namespace overlaps the data's: every IRI goes through the prefixes
        self._data = data_ns.encode("utf-8") if data_ns is not None else None
        self._vocab = vocab
        self._compacted: dict[bytes, bytes] = {}  # vocabulary IRIs only: every node's would grow with the corpus
        self._tails: dict[bytes, tuple[str, bytes]] = {}  # a literal's end (@zh, ^^<dt>) → its kind, JSON key

    def compact(self, iri: str) -> str:
        if self._data is not None and iri.startswith(self._data.decode("utf-8")):
            return iri
        for ns, p in self._vocab:
            if iri.startswith(ns) and len(iri) > len(ns):
                return f"{p}:{iri[len(ns):]}"
        return iri

    def _iri_json(self, iri: bytes) -> bytes:
        """An IRI (escape-free, as in the file) as a compacted JSON string."""
        got = self._compacted.get(iri)
        if got is None:
            if self._data is not None and iri.startswith(self._data):
                return b'"' + iri + b'"'  # a node of the data: stays whole
            got = self._compacted[iri] = _json(self.compact(iri.decode("utf-8")))
        return got

    def __call__(self, p: bytes, o: bytes) -> tuple[bytes, bytes]:
        """The key and value of a line."""
        if o[0] == 60:  # "<": an IRI
            iri = o[1:-1]
            if p == _RDF_TYPE:
                return b'"@type"', self._iri_json(iri)
            return self._iri_json(p), b'{"@id": ' + self._iri_json(iri) + b"}"
        if o[0] != 34:  # '"'
            raise TypeError(f"cannot write {o[:80]!r} as JSON-LD here: no blank nodes in the graph contract")
        body, tail = split_literal(o)
        kind = self._tails.get(tail)
        if kind is None:
            kind = self._tails[tail] = self._literal_kind(tail)
        how, fixed = kind
        if how == "lang":
            value = b'{"@language": ' + fixed + b', "@value": "' + body + b'"}'
        elif how == "string":
            value = b'"' + body + b'"'
        elif how == "integer" and _JSON_INTEGER_BYTES.fullmatch(body):
            value = body
        else:
            value = b'{"@type": ' + fixed + b', "@value": "' + body + b'"}'
        return self._iri_json(p), value

    def _literal_kind(self, tail: bytes) -> tuple[str, bytes]:
        """How a literal ending in ``tail`` is written: with its language, plain, or typed (integers as
        numbers when they fit), and the JSON of its language or compacted datatype."""
        if tail.startswith(b"@"):
            return "lang", _json(tail[1:].decode("utf-8"))
        dt = tail[3:-1].decode("utf-8") if tail else _XSD_STRING
        if dt == _XSD_STRING:
            return "string", b""
        return ("integer" if dt == _XSD_INTEGER else "typed"), _json(self.compact(dt))

    def parsed(self, line: bytes) -> tuple[bytes, bytes, bytes]:
        """Subject, key and value of a line with an escape or a control character, through a real parse."""
        import pyoxigraph as ox

        t = parse_line(line, ox.RdfFormat.N_TRIPLES)
        s, o = t.subject, t.object
        if not isinstance(s, ox.NamedNode) or isinstance(o, ox.BlankNode):
            raise TypeError(f"cannot write {line[:80]!r} as JSON-LD: no blank nodes in the graph contract")
        subject = _json(s.value)[1:-1]
        p = t.predicate.value
        if isinstance(o, ox.NamedNode):
            if p == _RDF_TYPE.decode("ascii"):
                return subject, b'"@type"', _json(self.compact(o.value))
            return subject, _json(self.compact(p)), _json({"@id": self.compact(o.value)})
        if o.language:
            value = {"@language": o.language, "@value": o.value}
        elif o.datatype.value == _XSD_STRING:
            value = o.value
        elif o.datatype.value == _XSD_INTEGER and _JSON_INTEGER.fullmatch(o.value):
            value = int(o.value)
        else:
            value = {"@type": self.compact(o.datatype.value), "@value": o.value}
        return subject, _json(self.compact(p)), _json(value)


def _json(value: object) -> bytes:
    """``value`` as JSON in UTF-8 (what the lines' bytes are checked against)."""
    return _ENCODER.encode(value).encode("utf-8")
