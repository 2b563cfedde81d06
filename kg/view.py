"""The interactive HTML view of a graph (pyvis / vis-network)."""
from __future__ import annotations

from pathlib import Path

from rdflib import RDF, RDFS, Graph, URIRef

from kg.outputs import write_atomic
from kg.vocab import ENTITY_CLASSES, KG

COLOURS = {
    "Meeting": "#e15759", "Organization": "#4e79a7", "Person": "#f28e2b", "Place": "#59a14f",
    "Strategy": "#b07aa1", "Policy": "#edc948", "Industry": "#76b7b2", "Document": "#9c755f",
    "Indicator": "#bab0ac", "Concept": "#ff9da7",
}


def entity_nodes(g: Graph) -> dict[URIRef, tuple[str, str]]:
    """IRI → (type, label) for every entity of the contract's ten classes."""
    nodes = {}
    for cls in ENTITY_CLASSES:
        for s in g.subjects(RDF.type, KG[cls]):
            if isinstance(s, URIRef) and s not in nodes:
                nodes[s] = (cls, str(g.value(s, RDFS.label) or s))
    return nodes


def render_view(g: Graph) -> str:
    from pyvis.network import Network

    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    nodes = entity_nodes(g)
    for iri, (cls, label) in sorted(nodes.items()):
        net.add_node(str(iri), label=label, title=f"{cls}: {label}", color=COLOURS[cls])
    for s, p, o in sorted(g):
        if s in nodes and o in nodes and p != RDF.type:
            net.add_edge(str(s), str(o), title=str(p).rsplit("#", 1)[-1])
    return net.generate_html()


def write_view(g: Graph, path: str | Path) -> Path:
    return write_atomic(path, render_view(g))
