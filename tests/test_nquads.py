"""The N-Quads sink: graph.nq and the union from spooled documents, by block merges of sorted files."""
from __future__ import annotations

import io
import random

import pytest

import kg.nquads
from kg.counts import GraphCounts
from kg.graph import DocumentGraph
from kg.nquads import NQuadsSpool

KG = "https://w3id.org/policykg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def document(graph: str, triples: list[str]) -> DocumentGraph:
    """A document's N-Quads as the build spools them: sorted, distinct lines in its graph."""
    return DocumentGraph(graph, "".join(sorted({f"{t} <{graph}> .\n" for t in triples})).encode())


def random_documents(seed: int, n: int) -> list[DocumentGraph]:
    """Documents sharing entities (the union must keep each shared triple once) and stating their own."""
    rng = random.Random(seed)
    docs = []
    for d in range(n):
        triples = [f'<http://ex/e{rng.randrange(40)}> <{RDF_TYPE}> <{KG}{rng.choice(["Place", "Meeting", "Indicator"])}>'
                   for _ in range(rng.randrange(1, 30))]
        triples += [f'<http://ex/d{d}/m{i}> <{KG}text> "第{i}句 \\"引号\\" {rng.random()}"@zh' for i in range(rng.randrange(50))]
        triples += [f"<http://ex/e{rng.randrange(40)}> <{KG}locatedIn> <http://ex/e{rng.randrange(40)}>"
                    for _ in range(rng.randrange(5))]
        docs.append(document(f"http://ex/doc/{d:03d}", triples))
    return docs


@pytest.mark.parametrize(("fan_in", "budget"), [(128, 16 << 20), (3, 1), (2, 200)])
def test_the_union_is_every_triple_once_in_byte_order_however_the_merge_is_cut(
        tmp_path, monkeypatch, fan_in: int, budget: int) -> None:
    """Tiny blocks and fan-ins make the merge run in many steps and passes: the union stays sorted(set())."""
    monkeypatch.setattr(kg.nquads, "MERGE_FAN_IN", fan_in)
    monkeypatch.setattr(kg.nquads, "MERGE_BUDGET", budget)
    docs = random_documents(1, 12)
    spool = NQuadsSpool(tmp_path / "spool")
    for i, doc in enumerate(docs):
        spool.add(doc, key=f"k{i}")
    spool.add(docs[3], key="again")  # one text under two names: its graph spooled twice
    expected = sorted({line.rsplit(b" <http://ex/doc/", 1)[0] + b" .\n"
                       for doc in docs for line in doc.nquads.splitlines(keepends=True)})
    out, counts = io.BytesIO(), GraphCounts()
    assert spool.write_union(out, counts) == len(expected)
    assert out.getvalue() == b"".join(expected)
    assert counts.triples == len(expected)
    typed = [line for line in expected if f"> <{RDF_TYPE}> <{KG}".encode() in line]
    assert counts.indicators == sum(b"#Indicator>" in line for line in typed)
    assert sum(counts.entities_by_type.values()) == len(typed) - counts.indicators
    assert counts.relations == sum(f"<{KG}locatedIn>".encode() in line for line in expected)
    nq = io.BytesIO()
    spool.write_nquads(nq)
    assert nq.getvalue() == b"".join(doc.nquads for doc in sorted(docs, key=lambda d: d.graph_iri))


def test_a_literal_that_spells_a_type_statement_is_not_counted() -> None:
    counts = GraphCounts()
    counts.add(f'<http://ex/s> <{KG}text> "x> <{RDF_TYPE}> <{KG}Place> .\n'.encode()
               + f'<http://ex/s> <{KG}text> "y> <{KG}locatedIn> <http://ex/o>" .\n'.encode())
    assert (counts.triples, counts.relations, sum(counts.entities_by_type.values())) == (2, 0, 0)
