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

    for line in jsonld_lines(ox.parse(path=str(union), format=ox.RdfFormat.N_TRIPLES), prefixes):
        fh.write(line.encode("utf-8"))


def jsonld_lines(triples: Iterable, prefixes: dict[str, str]) -> Iterator[str]:
    """JSON-LD of ``triples`` (pyoxigraph Triples, grouped by subject): a context and one node a line.

    Vocabulary IRIs are compacted with ``prefixes`` (kg:Meeting), data IRIs stay whole; integers
    are JSON numbers, other typed literals {"@type", "@value"}, Chinese text {"@language": "zh"}.
    """
    import pyoxigraph as ox

    vocab = sorted(((ns, p) for p, ns in prefixes.items() if p != "kgr"), key=lambda x: -len(x[0]))
    memo: dict[str, str] = {}

    def compact(iri: str) -> str:
        c = memo.get(iri)
        if c is None:
            c = iri
            for ns, p in vocab:
                if iri.startswith(ns) and len(iri) > len(ns):
                    c = f"{p}:{iri[len(ns):]}"
                    break
            memo[iri] = c
        return c

    def value(o) -> object:
        if isinstance(o, ox.NamedNode):
            return {"@id": compact(o.value)}
        if isinstance(o, ox.Literal):
            if o.language:
                return {"@language": o.language, "@value": o.value}
            dt = o.datatype.value
            if dt == f"{_XSD}string":
                return o.value
            if dt == f"{_XSD}integer" and re.fullmatch(r"-?[1-9][0-9]{0,14}|0", o.value):
                return int(o.value)
            return {"@type": compact(dt), "@value": o.value}
        raise TypeError(f"cannot write {o!r} as JSON-LD here: no blank nodes in the graph contract")

    yield '{\n "@context": ' + json.dumps(prefixes, ensure_ascii=False, sort_keys=True) + ',\n "@graph": [\n'
    node: dict | None = None
    subject = None
    first = True
    for t in triples:
        if t.subject.value != subject:
            if node is not None:
                yield ("" if first else ",\n") + _node_json(node)
                first = False
            subject = t.subject.value
            node = {"@id": subject}
        p = t.predicate.value
        if p == _RDF_TYPE and isinstance(t.object, ox.NamedNode):
            node.setdefault("@type", []).append(compact(t.object.value))
        else:
            node.setdefault(compact(p), []).append(value(t.object))
    if node is not None:
        yield ("" if first else ",\n") + _node_json(node)
    yield "\n ]\n}\n"


def _node_json(node: dict) -> str:
    flat = {k: (v[0] if isinstance(v, list) and len(v) == 1 else v) for k, v in node.items()}
    return "  " + json.dumps(flat, ensure_ascii=False, sort_keys=True)
