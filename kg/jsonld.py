"""The JSON-LD sink: graph.jsonld streamed from the union's sorted N-Triples, one node a line.

rdflib's JSON-LD serialiser holds the whole graph and took a minute on a 400,000-triple corpus; the
sorted lines group each subject's statements together, so one node at a time is enough.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

_XSD = "http://www.w3.org/2001/XMLSchema#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def write_jsonld(union: str | Path, fh: BinaryIO, prefixes: dict[str, str]) -> None:
    """graph.jsonld from the union's N-Triples file, streamed into ``fh``."""
    import pyoxigraph as ox

    # lenient: the file is the build's own, its IRIs checked when it was written
    triples = ox.parse(path=str(union), format=ox.RdfFormat.N_TRIPLES, lenient=True)
    for line in jsonld_lines(triples, prefixes):
        fh.write(line.encode("utf-8"))


def jsonld_lines(triples: Iterable, prefixes: dict[str, str]) -> Iterator[str]:
    """JSON-LD of ``triples`` (pyoxigraph Triples, grouped by subject): a context and one node a line.

    Vocabulary IRIs are compacted with ``prefixes`` (kg:Meeting), data IRIs stay whole; integers
    are JSON numbers, other typed literals {"@type", "@value"}, Chinese text {"@language": "zh"}.
    """
    import pyoxigraph as ox

    vocab = sorted(((ns, p) for p, ns in prefixes.items() if p != "kgr"), key=lambda x: -len(x[0]))
    compacted: dict[str, str] = {}  # vocabulary IRIs only: remembering every node's would grow with the corpus
    data_ns = prefixes.get("kgr")
    if data_ns is not None and any(ns.startswith(data_ns) or data_ns.startswith(ns) for ns, _ in vocab):
        data_ns = None  # a vocabulary namespace overlaps the data's: every IRI goes through the prefixes

    def compact(iri: str) -> str:
        c = compacted.get(iri)
        if c is None:
            if data_ns is not None and iri.startswith(data_ns):
                return iri  # a node of the data: stays whole
            c = iri
            for ns, p in vocab:
                if iri.startswith(ns) and len(iri) > len(ns):
                    c = f"{p}:{iri[len(ns):]}"
                    break
            compacted[iri] = c
        return c

    def literal(o) -> object:
        if o.language:
            return {"@language": o.language, "@value": o.value}
        dt = o.datatype.value
        if dt == _XSD_STRING:
            return o.value
        if dt == _XSD_INTEGER and _JSON_INTEGER.fullmatch(o.value):
            return int(o.value)
        return {"@type": compact(dt), "@value": o.value}

    named, lit = ox.NamedNode, ox.Literal
    yield '{\n "@context": ' + json.dumps(prefixes, ensure_ascii=False, sort_keys=True) + ',\n "@graph": [\n'
    node: dict | None = None
    subject = None
    first = True
    for t in triples:
        s = t.subject.value
        if s != subject:
            if node is not None:
                yield ("" if first else ",\n") + _node_json(node)
                first = False
            subject = s
            node = {"@id": s}
        p = t.predicate.value
        o = t.object
        if type(o) is named:
            iri = o.value
            if p == _RDF_TYPE:
                key, v = "@type", compacted.get(iri) or compact(iri)
            else:
                key, v = compacted.get(p) or compact(p), {"@id": compact(iri)}
        elif isinstance(o, lit):
            key, v = compacted.get(p) or compact(p), literal(o)
        else:
            raise TypeError(f"cannot write {o!r} as JSON-LD here: no blank nodes in the graph contract")
        values = node.get(key)
        if values is None:
            node[key] = [v]
        else:
            values.append(v)
    if node is not None:
        yield ("" if first else ",\n") + _node_json(node)
    yield "\n ]\n}\n"


_XSD_STRING, _XSD_INTEGER = f"{_XSD}string", f"{_XSD}integer"
_JSON_INTEGER = re.compile(r"-?[1-9][0-9]{0,14}|0")
#: One encoder for every node (json.dumps with options makes a new one per call).
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def _node_json(node: dict) -> str:
    flat = {k: (v[0] if len(v) == 1 else v) if k != "@id" else v for k, v in node.items()}
    return "  " + _ENCODER.encode(flat)
