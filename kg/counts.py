"""What a build reports: distinct entities by type, relations, indicators and triples of the merged
graph, read from the union's sorted N-Triples file in blocks (a regular expression over bytes, no
parse)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kg.vocab import ENTITY_CLASSES, RELATION_PREDICATES

_RDF_TYPE = re.escape("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>")
_KG = re.escape("https://w3id.org/policykg/ontology#")
_TYPED = re.compile(rf"^<[^>]*> {_RDF_TYPE} <{_KG}({'|'.join(ENTITY_CLASSES)})> \.$".encode(), re.M)
_RELATION = re.compile(rf"^<[^>]*> <{_KG}(?:{'|'.join(RELATION_PREDICATES)})> <".encode(), re.M)

#: Bytes read at a time (then up to the next line break).
BLOCK = 8 << 20


@dataclass
class GraphCounts:
    entities_by_type: Counter = field(default_factory=Counter)
    relations: int = 0
    indicators: int = 0
    triples: int = 0


def count_union(path: str | Path) -> GraphCounts:
    """Counts of an N-Triples file of distinct lines (the union a build writes)."""
    counts = GraphCounts()
    types: Counter = Counter()
    with open(path, "rb") as fh:
        rest = b""
        while True:
            block = fh.read(BLOCK)
            if not block:
                break
            block = rest + block
            cut = block.rfind(b"\n") + 1
            block, rest = block[:cut], block[cut:]
            types.update(t.decode("ascii") for t in _TYPED.findall(block))
            counts.relations += len(_RELATION.findall(block))
            counts.triples += block.count(b"\n")
    counts.indicators = types.pop("Indicator", 0)
    counts.entities_by_type = types
    return counts
