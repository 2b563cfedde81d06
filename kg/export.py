"""The entity network for the tools analysts use: GraphML and GEXF (Gephi, yEd, Cytoscape) and CSV for
Neo4j's bulk import.

Each takes the networkx view of :func:`kg.analytics.entity_graph` and writes one file (CSV: two, in
a folder), atomically. Nodes are entity IRIs with ``label``, ``type``, ``aliases`` (joined with
"|"), ``documents`` and ``category``; edges carry the predicate's local name as ``label`` and its IRI
as ``predicate``. Nodes and edges are written in sorted order, so an export is reproducible (GEXF
adds the day it was written, as networkx always does).

Neo4j::

    neo4j-admin database import full --nodes=neo4j/nodes.csv --relationships=neo4j/edges.csv
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx

from kg.errors import InputError
from kg.outputs import write_atomic
from kg.xmlchars import xml_safe

FORMATS = ("graphml", "gexf", "csv")

#: Default output name per format, beside the graph file.
DEFAULT_NAMES = {"graphml": "graph.graphml", "gexf": "graph.gexf", "csv": "neo4j"}

NODE_HEADER = ("id:ID", "label", ":LABEL", "type", "aliases:string[]", "documents:int")
EDGE_HEADER = (":START_ID", ":END_ID", ":TYPE", "predicate")


def flat_graph(G: nx.MultiDiGraph, *, id_attribute: bool = False) -> nx.MultiDiGraph:
    """A copy of ``G`` with only the scalar attributes GraphML and GEXF can hold, and unique edge keys
    (``e0``, ``e1`` … in sorted order; also as an ``id`` attribute, which networkx's GEXF writer reads).

    Its strings are XML-safe (kg/xmlchars.py): a control character of a text becomes U+FFFD, as
    XML 1.0 cannot hold it and networkx writes it raw."""
    H = nx.MultiDiGraph()
    for v, d in sorted(G.nodes(data=True)):
        H.add_node(xml_safe(v), label=xml_safe(d.get("label", v)), type=xml_safe(d.get("type", "")),
                   aliases=xml_safe("|".join(d.get("aliases", ()))), documents=int(d.get("documents", 0)),
                   category=bool(d.get("category", False)))
    edges = sorted((u, v, k, d.get("predicate", k)) for u, v, k, d in G.edges(keys=True, data=True))
    for i, (u, v, k, name) in enumerate(edges):
        H.add_edge(xml_safe(u), xml_safe(v), key=f"e{i}", label=xml_safe(name), predicate=xml_safe(k),
                   **({"id": f"e{i}"} if id_attribute else {}))
    return H


def graphml_bytes(G: nx.MultiDiGraph) -> bytes:
    """GraphML (UTF-8) of the entity network, by networkx's writer."""
    buf = io.BytesIO()
    nx.write_graphml(flat_graph(G), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def gexf_bytes(G: nx.MultiDiGraph) -> bytes:
    """GEXF 1.2 (UTF-8) of the entity network, by networkx's writer (Gephi shows ``label``)."""
    buf = io.BytesIO()
    nx.write_gexf(flat_graph(G, id_attribute=True), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def neo4j_csv(G: nx.MultiDiGraph) -> tuple[str, str]:
    """``(nodes.csv, edges.csv)`` in the header format of ``neo4j-admin database import``.

    Each node's Neo4j labels are ``Entity`` and its type (``Industry;IndustryCategory`` for a category);
    each relationship's type is the predicate's local name (``inCategory``, ``implements`` …).
    """
    nodes, edges = io.StringIO(), io.StringIO()
    w = csv.writer(nodes, lineterminator="\n")
    w.writerow(NODE_HEADER)
    for v, d in sorted(G.nodes(data=True)):
        labels = ["Entity", d["type"]] + (["IndustryCategory"] if d.get("category") else [])
        aliases = ";".join(a.replace(";", "；") for a in d.get("aliases", ()))  # ; splits Neo4j arrays
        w.writerow((v, d["label"], ";".join(labels), d["type"], aliases, d.get("documents", 0)))
    w = csv.writer(edges, lineterminator="\n")
    w.writerow(EDGE_HEADER)
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        w.writerow((u, v, d.get("predicate", k), k))
    return nodes.getvalue(), edges.getvalue()


def export_graph(G: nx.MultiDiGraph, path: str | Path, *, fmt: str) -> list[Path]:
    """Write ``G`` as ``fmt`` (graphml, gexf, or csv into the folder ``path``); return the files written."""
    target = Path(path)
    if fmt == "graphml":
        return [write_atomic(target, graphml_bytes(G))]
    if fmt == "gexf":
        return [write_atomic(target, gexf_bytes(G))]
    if fmt == "csv":
        if target.exists() and not target.is_dir():
            raise InputError(f"{target}: is a file; CSV export writes nodes.csv and edges.csv into a folder",
                             hint="give a folder with -o")
        nodes, edges = neo4j_csv(G)
        return [write_atomic(target / "nodes.csv", nodes), write_atomic(target / "edges.csv", edges)]
    raise InputError(f"unknown export format {fmt!r}", hint="use one of " + ", ".join(FORMATS))
