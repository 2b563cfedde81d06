"""The interactive HTML view of a graph: one offline file an analyst can search, filter and explore.

The view reads only the RDF graph (never the extractor), from a pyoxigraph store with the few SPARQL
SELECTs of ``kg/viewer/view-*.rq`` (:func:`read_view_facts`); an rdflib Graph is copied into a store
first, so a graph gives the same page whichever way it comes. Entity nodes of the contract's ten
classes and the direct triples between them become a small networkx view (:func:`entity_graph`),
which gives each node its size (degree centrality) and its position (:func:`layout_positions`,
computed here so that even a corpus of ten thousand entities is still the moment it is drawn).
Evidence comes from the graph's ``kg:Mention`` and ``kg:RelationAssertion`` nodes and their sentences.

The page (:func:`render_view`) inlines vis-network (9.1.2, MIT, read from the pyvis package that ships it),
our CSS and JS, and the data as JSON in ``<script type="application/json">`` blocks escaped for
that context: the map in one (:func:`page_data`), the evidence in one per source text
(:func:`evidence_blocks`), which a build writes as it reads each text's named graph
(:func:`write_nquads_view`), so that its memory holds the map and one text's sentences, not the
corpus's. The JS joins the blocks when the page opens and builds every piece of text with ``textContent``. A Content-Security-Policy
allows only the page's own two scripts (by hash) and no request to any host.
"""
from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import math
import re
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING, BinaryIO

import pyoxigraph as ox
from rdflib import RDFS, Graph
from rdflib.namespace import DCTERMS, SKOS

from kg.outputs import write_atomic
from kg.vocab import ENTITY_CLASSES, KG

if TYPE_CHECKING:
    import networkx as nx

#: Colour (Tableau 10) and vis-network shape of each entity type; shapes draw the label below.
TYPE_STYLE: dict[str, tuple[str, str]] = {
    "Meeting": ("#e15759", "star"),
    "Organization": ("#4e79a7", "square"),
    "Person": ("#f28e2b", "triangle"),
    "Place": ("#59a14f", "triangleDown"),
    "Strategy": ("#b07aa1", "diamond"),
    "Policy": ("#edc948", "hexagon"),
    "Industry": ("#76b7b2", "dot"),
    "Document": ("#9c755f", "square"),
    "Indicator": ("#bab0ac", "dot"),
    "Concept": ("#ff9da7", "diamond"),
}

#: The backbone: source texts and their sections, drawn like the entity types (and filtered like them).
BACKBONE_STYLE: dict[str, tuple[str, str]] = {
    "SourceDocument": ("#3d4f63", "square"),
    "Section": ("#9aa5b1", "dot"),
}

#: Node sizes (canvas pixels at zoom 1) for the least and the most central entity, and of a text.
MIN_SIZE, MAX_SIZE, DOCUMENT_SIZE = 8.0, 30.0, 36.0

#: The layout's grid: one node per cell, wide enough for the biggest node and a gap.
CELL = 80.0

#: Graphs with more nodes than this are drawn without curved edges and hide edges while panning.
BIG_GRAPH = 1500

_VIEWER = "viewer"

_RDFS_LABEL, _DCTERMS_TITLE, _SKOS_ALT_LABEL = str(RDFS.label), str(DCTERMS.title), str(SKOS.altLabel)
_DCTERMS_SPATIAL, _DCTERMS_HAS_PART, _DCTERMS_IS_PART_OF = str(DCTERMS.spatial), str(DCTERMS.hasPart), str(DCTERMS.isPartOf)
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDF_TYPE, _RDF_SUBJECT, _RDF_PREDICATE, _RDF_OBJECT = (f"{_RDF}type", f"{_RDF}subject", f"{_RDF}predicate",
                                                        f"{_RDF}object")
_SENTENCE, _ASSERTION = str(KG.Sentence), str(KG.RelationAssertion)


@dataclass(frozen=True, slots=True)
class EvidenceRef:
    """One evidence sentence: index into :attr:`GraphView.sentences`, and the span to mark in it."""

    sentence: int
    start: int | None = None  # offsets into the sentence text, when known
    end: int | None = None


@dataclass(frozen=True, slots=True)
class ViewNode:
    iri: str
    type: str
    label: str
    aliases: tuple[str, ...]
    centrality: float
    x: float
    y: float
    evidence: tuple[EvidenceRef, ...] = ()


@dataclass(frozen=True, slots=True)
class ViewEdge:
    subject: str
    predicate: str
    object: str
    evidence: tuple[EvidenceRef, ...] = ()


@dataclass(frozen=True)
class GraphView:
    """Everything the page shows, as plain values: what :func:`render_view` serialises."""

    nodes: tuple[ViewNode, ...]
    edges: tuple[ViewEdge, ...]
    sentences: tuple[tuple[str, int], ...]  # (text, index into documents)
    documents: tuple[str, ...]  # source documents' labels (year, place, title), the map's texts first
    document_iris: tuple[str, ...] = ()  # the same documents' IRIs
    type_labels: dict[str, str] = field(default_factory=dict)  # class local name → 中文 label
    predicate_labels: dict[str, str] = field(default_factory=dict)  # predicate IRI → 中文 label
    links: tuple[tuple[str, str], ...] = ()  # (node, the section or text where it is said)

    def counts(self) -> dict[str, int]:
        """What the page's header counts, as ``kg stats`` counts it: entities (the nine classes
        besides Indicator), indicators, relations between entities, source texts."""
        kinds = defaultdict(int)
        for n in self.nodes:
            kinds[n.type] += 1
        return {"entities": sum(k for t, k in kinds.items() if t in ENTITY_CLASSES and t != "Indicator"),
                "indicators": kinds["Indicator"], "relations": len(self.edges),
                "documents": kinds["SourceDocument"]}


# ---------------------------------------------------------------- reading the graph


def view_store(graph: Graph | ox.Store) -> ox.Store:
    """The graph as a pyoxigraph store, whose default graph the view's SPARQL reads.

    A store is read as it is (a corpus build's merged graph, a file loaded by :func:`load_view_graph`);
    an rdflib Graph is copied into one through N-Triples. Both then reach the page through the same
    queries, so the same graph gives the same page byte for byte whichever way it came.
    """
    if isinstance(graph, ox.Store):
        return graph
    if not isinstance(graph, Graph):
        raise TypeError(f"the view reads an rdflib Graph or a pyoxigraph Store, not {type(graph).__name__}")
    return ntriples_store(graph.serialize(format="nt", encoding="utf-8"))


def ntriples_store(data: bytes) -> ox.Store:
    """A new store holding N-Triples ``data`` in its default graph (how a corpus build hands its graph over).

    Lenient: the lines come from rdflib or from kg/graph.py, and checking every IRI again costs a fifth
    of the load (0.15 s of a 400,000-triple corpus).
    """
    store = ox.Store()
    store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph(), lenient=True)
    return store


@cache
def _query(name: str) -> str:
    """The SPARQL of ``kg/viewer/<name>.rq``, each ``VALUES ?…Class { UNDEF }`` given the entity classes."""
    classes = " ".join(f"<{KG[c]}>" for c in ENTITY_CLASSES)
    return re.sub(r"VALUES (\?\w*[cC]lass) \{ UNDEF \}", lambda m: f"VALUES {m[1]} {{ {classes} }}",
                  _asset(f"{name}.rq"))


def _select(store: ox.Store, name: str) -> Iterator[tuple]:
    """The rows of one of the view's queries, as tuples of pyoxigraph terms (None where unbound)."""
    return (tuple(row) for row in store.query(_query(name)))


@dataclass(frozen=True)
class ViewFacts:
    """What the view reads from a graph, as plain strings and ints keyed by node (IRI or blank node id).

    A property stated more than once for a node keeps its least value, so that the page does not
    depend on the order in which a store returns its rows.
    """

    entity_types: dict[str, str]  # entity IRI → class local name (the first in contract order)
    labels: dict[str, list[tuple[str, str]]]  # node → its rdfs:label literals as (text, language tag or "")
    alt_labels: dict[str, list[str]]  # node → its skos:altLabel values
    titles: dict[str, list[tuple[str, str]]]  # node → its dcterms:title literals
    file_names: dict[str, str]  # source document → kg:fileName
    relations: list[tuple[str, str, str]]  # (subject, predicate, object) between two entities, sorted
    evidence: dict[str, list[str]]  # entity → its mentions (and an indicator's assertion)
    assertions: dict[tuple[str, str, str], list[str]]  # stated (subject, predicate, object) → assertions
    sentence_text: dict[str, str]  # kg:Sentence → its text
    own_text: dict[str, str]  # mention or assertion → its kg:text
    start: dict[str, int]  # mention, assertion or sentence → kg:start
    end: dict[str, int]
    in_sentence: dict[str, str]
    in_document: dict[str, str]
    in_section: dict[str, str] = field(default_factory=dict)  # sentence → its (innermost) section
    documents: dict[str, dict[str, str]] = field(default_factory=dict)  # text → title, year, place, file
    sections: dict[str, dict] = field(default_factory=dict)  # section → document, title, order, parent
    document_links: list[tuple[str, str, str]] = field(default_factory=list)  # (text, predicate, entity)


def read_view_facts(store: ox.Store) -> ViewFacts:
    """Read what the view shows from ``store``'s default graph with the SELECTs of ``kg/viewer/view-*.rq``.

    Seven queries return only the rows the page needs (about 90,000 of a 400,000-triple corpus, in
    0.5 s), where walking the graph triple by triple through rdflib took 3.5 s.
    """
    order = {str(KG[c]): i for i, c in enumerate(ENTITY_CLASSES)}
    entity_types: dict[str, str] = {}
    for entity, cls in sorted(((e.value, c.value) for e, c in _select(store, "view-entities")),
                              key=lambda row: (row[0], order[row[1]])):
        entity_types.setdefault(entity, _local_name(cls))

    labels: dict[str, list[tuple[str, str]]] = defaultdict(list)
    alt_labels: dict[str, list[str]] = defaultdict(list)
    titles: dict[str, list[tuple[str, str]]] = defaultdict(list)
    file_names: dict[str, str] = {}
    for node, prop, name in _select(store, "view-names"):
        p = prop.value
        if p == _RDFS_LABEL or p == _DCTERMS_TITLE:
            if isinstance(name, ox.Literal):
                (labels if p == _RDFS_LABEL else titles)[node.value].append((name.value, name.language or ""))
        elif p == _SKOS_ALT_LABEL:
            alt_labels[node.value].append(name.value)
        else:
            _keep_least(file_names, node.value, name.value)

    relations = sorted({(s.value, p.value, o.value) for s, p, o in _select(store, "view-relations")})
    evidence: dict[str, list[str]] = defaultdict(list)
    for node, ev in _select(store, "view-evidence-links"):
        if node.value in entity_types:
            evidence[node.value].append(ev.value)
    assertions: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for a, s, p, o in _select(store, "view-assertions"):
        assertions[(s.value, p.value, o.value)].append(a.value)

    sentence_text: dict[str, str] = {}
    own_text: dict[str, str] = {}
    start: dict[str, int] = {}
    end: dict[str, int] = {}
    in_sentence: dict[str, str] = {}
    in_document: dict[str, str] = {}
    for node, sentence, document, s, e, text in _select(store, "view-evidence-spans"):
        n = node.value
        _keep_least(in_sentence, n, _value(sentence))
        _keep_least(in_document, n, _value(document))
        _keep_least(start, n, _integer(s))
        _keep_least(end, n, _integer(e))
        _keep_least(own_text, n, _value(text))
    in_section: dict[str, str] = {}
    for sentence, text, s, document, section in _select(store, "view-sentences"):
        n = sentence.value
        _keep_least(sentence_text, n, text.value)
        _keep_least(start, n, _integer(s))
        _keep_least(in_document, n, _value(document))
        _keep_least(in_section, n, _value(section))
    documents: dict[str, dict[str, str]] = defaultdict(dict)
    for document, *values in _select(store, "view-documents"):
        fields = documents[document.value]
        for key, term in zip(("title", "year", "place", "file"), values, strict=True):
            if term is not None and (key not in fields or term.value < fields[key]):
                fields[key] = term.value
    sections: dict[str, dict] = {}
    for section, document, title, order, parent in _select(store, "view-sections"):
        row = {"document": document.value, "title": _value(title) or "", "order": _integer(order),
               "parent": _value(parent)}
        if section.value not in sections or _row_key(row) < _row_key(sections[section.value]):
            sections[section.value] = row
    document_links = sorted({(d.value, p.value, e.value) for d, p, e in _select(store, "view-document-links")})
    return ViewFacts(entity_types=entity_types, labels=labels, alt_labels=alt_labels, titles=titles,
                     file_names=file_names, relations=relations, evidence=evidence, assertions=assertions,
                     sentence_text=sentence_text, own_text=own_text, start=start, end=end,
                     in_sentence=in_sentence, in_document=in_document, in_section=in_section,
                     documents=dict(documents), sections=sections, document_links=document_links)


def read_view_facts_ntriples(path: str | Path) -> ViewFacts:
    """What :func:`read_view_facts` reads, from an N-Triples file in two passes (how ``kg view`` of a
    union can read it): the same facts as the SELECTs over a store holding the file, without the store.

    The first pass reads only the ``rdf:type`` lines (which nodes are entities and texts); the second
    goes through every triple once and keeps, per node, the least value of each property the queries
    read. Loading the corpus into an in-memory store and querying it took 2 CPU s and 250 MB for
    450,000 triples; this takes a third of the time and holds only the facts.
    """
    reader = _FactReader(*_typed_nodes(path, ox.RdfFormat.N_TRIPLES))
    for t in ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES, lenient=True):
        reader.feed(t)
    return reader.facts()


def _typed_nodes(path: str | Path, fmt: ox.RdfFormat) -> tuple[dict[str, str], set[str]]:
    """The entities (IRI → class local name, the first in contract order) and the source texts of an
    N-Triples or N-Quads file, from its ``rdf:type`` lines alone."""
    order = {str(KG[c]): i for i, c in enumerate(ENTITY_CLASSES)}
    source_document = str(KG.SourceDocument)
    ranks: dict[str, int] = {}
    documents: set[str] = set()
    for t in (t for lines in _type_lines(path) for t in ox.parse(lines, format=fmt, lenient=True)):
        s, o = t.subject, t.object
        if t.predicate.value != _RDF_TYPE or not isinstance(o, ox.NamedNode):
            continue
        cls = o.value
        if cls in order and isinstance(s, ox.NamedNode) and order[cls] < ranks.get(s.value, len(order)):
            ranks[s.value] = order[cls]
        elif cls == source_document:
            documents.add(sys.intern(s.value))
    entity_types = {sys.intern(e): _local_name(str(KG[ENTITY_CLASSES[ranks[e]]])) for e in sorted(ranks)}
    return entity_types, documents


class _FactReader:
    """The view's facts, fed one triple (or quad) at a time: what the view's SELECTs would return.

    Two kinds of state: what the map needs (names, texts, sections, relations) is kept for the whole
    graph; what the evidence needs (mentions, assertions, sentences and their spans) is kept until
    :meth:`evidence_facts` takes it, so that a corpus read one named graph at a time holds the
    evidence of one text only (each text's graph holds its own mentions, sentences and assertions).
    """

    _KINDS = {_RDFS_LABEL: "label", _DCTERMS_TITLE: "title", _SKOS_ALT_LABEL: "alt", _RDF_TYPE: "type",
              str(KG.fileName): "least", str(KG.year): "least", _DCTERMS_SPATIAL: "least",
              _DCTERMS_IS_PART_OF: "least",
              str(KG.inSentence): "span", str(KG.inDocument): "span", str(KG.text): "span",
              str(KG.inSection): "span", str(KG.start): "int", str(KG.end): "int", str(KG.order): "order",
              str(KG.mentionOf): "mentionOf", str(KG.hasEvidence): "hasEvidence", _DCTERMS_HAS_PART: "hasPart",
              _RDF_SUBJECT: "reified", _RDF_PREDICATE: "reified", _RDF_OBJECT: "reified"}

    def __init__(self, entity_types: dict[str, str], documents: set[str]) -> None:
        self.entity_types = entity_types
        self.documents_seen = documents
        # the map's facts, for the whole graph
        self.labels: dict[str, tuple[tuple[str, str], ...]] = {}  # node → its (text, language) names, each once
        self.alt_labels: dict[str, set[str]] = defaultdict(set)
        self.titles: dict[str, tuple[tuple[str, str], ...]] = {}
        self.least: dict[str, dict[str, str]] = defaultdict(dict)  # property → node → its least value
        self.orders: dict[str, list[int | None]] = defaultdict(list)
        self.relations: set[tuple[str, str, str]] = set()
        self.document_links: set[tuple[str, str, str]] = set()
        self.parts: dict[str, list[str]] = defaultdict(list)  # section → the texts it is a part of
        self._clear_evidence()

    def _clear_evidence(self) -> None:
        self.spans: dict[str, dict[str, str]] = defaultdict(dict)  # inSentence, inDocument, text, inSection
        self.ints: dict[str, dict[str, int]] = defaultdict(dict)  # kg:start, kg:end
        self.evidence_links: list[tuple[str, str]] = []
        self.evidence_nodes: set[str] = set()
        self.sentences: set[str] = set()
        self.assertion_nodes: set[str] = set()
        self.reified: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        self.graph_relations: set[tuple[str, str, str]] = set()

    def feed(self, t: ox.Triple | ox.Quad) -> None:
        p, o = t.predicate.value, t.object
        kind = self._KINDS.get(p)
        if type(o) is ox.NamedNode:
            v = sys.intern(o.value)
            if v in self.entity_types:
                subject = t.subject
                s = sys.intern(subject.value)
                if p != _RDF_TYPE and s in self.entity_types and type(subject) is ox.NamedNode:
                    self.graph_relations.add((s, p, v))
                if s in self.documents_seen:
                    self.document_links.add((s, p, v))
        elif kind is None:
            return  # a literal no query reads (a mention's rule, an indicator's unit): not even decoded
        else:
            v = o.value
        if kind is None:
            return
        s = sys.intern(t.subject.value)
        if kind == "span":
            values = self.spans[p]
            if s not in values or v < values[s]:
                values[s] = v
        elif kind == "int":
            _keep_least(self.ints[p], s, _integer(o))
        elif kind == "type":
            if v == _SENTENCE:
                self.sentences.add(s)
            elif v == _ASSERTION:
                self.assertion_nodes.add(s)
        elif kind == "least":
            values = self.least[p]
            if s not in values or v < values[s]:
                values[s] = v
        elif kind == "label" or kind == "title":
            if isinstance(o, ox.Literal):
                names = self.labels if kind == "label" else self.titles
                name, known = (v, o.language or ""), names.get(s, ())
                if name not in known:  # a tuple, not a set: most nodes have one name (41,000 sets: 7 MB)
                    names[s] = (*known, name)
            if kind == "title":
                _keep_least(self.least[p], s, v)
        elif kind == "alt":
            self.alt_labels[s].add(v)
        elif kind == "order":
            self.orders[s].append(_integer(o))
        elif kind == "mentionOf":
            self.evidence_nodes.add(s)
            self.evidence_links.append((v, s))
        elif kind == "hasEvidence":
            self.evidence_nodes.add(v)
            self.evidence_links.append((s, v))
        elif kind == "hasPart":
            if s in self.documents_seen:
                self.parts[v].append(s)
        else:  # rdf:subject, rdf:predicate, rdf:object (kept for kg:RelationAssertion nodes at the end)
            self.reified[s][p].append(v)

    def skip_evidence(self) -> None:
        """Forget the evidence fed since the last call (a graph whose evidence is known), keeping its relations."""
        self.relations |= self.graph_relations
        self._clear_evidence()

    def evidence_facts(self) -> ViewFacts:
        """The facts read since the last call: the map's so far, the evidence of what was fed since."""
        evidence: dict[str, list[str]] = defaultdict(list)
        for node, ev in self.evidence_links:
            if node in self.entity_types:
                evidence[node].append(ev)
        assertions: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        for a in self.assertion_nodes:
            props = self.reified.get(a)
            if props is None:
                continue
            for s in props[_RDF_SUBJECT]:
                for p in props[_RDF_PREDICATE]:
                    for o in props[_RDF_OBJECT]:
                        assertions[(s, p, o)].append(a)

        def picked(values: dict, nodes: set[str]) -> dict:
            """``values`` of ``nodes`` only: the dict itself, the other nodes taken out (not copied)."""
            for n in [n for n in values if n not in nodes]:
                del values[n]
            return values

        spans = self.evidence_nodes | self.assertion_nodes
        texts = self.spans.pop(str(KG.text), {})
        with_text = {n for n in self.sentences if n in texts}
        sentence_text = {n: texts[n] for n in with_text}
        own_text = picked(texts, spans)
        start = picked(self.ints.pop(str(KG.start), {}), spans | with_text)
        end = picked(self.ints.pop(str(KG.end), {}), spans)
        in_document = picked(self.spans.pop(str(KG.inDocument), {}), spans | with_text)
        in_sentence = picked(self.spans.pop(str(KG.inSentence), {}), spans)
        in_section = picked(self.spans.pop(str(KG.inSection), {}), with_text)
        relations = sorted(self.graph_relations)
        self.relations |= self.graph_relations
        self._clear_evidence()
        return ViewFacts(entity_types=self.entity_types, labels=self.labels, alt_labels=self.alt_labels,
                         titles=self.titles, file_names=self.least[str(KG.fileName)], relations=relations,
                         evidence=evidence, assertions=assertions, sentence_text=sentence_text, own_text=own_text,
                         start=start, end=end, in_sentence=in_sentence, in_document=in_document,
                         in_section=in_section, documents=self._documents(), sections=self._sections())

    def facts(self) -> ViewFacts:
        """Everything read: the map's facts and the evidence not yet taken (all of it, read in one go)."""
        facts = self.evidence_facts()
        return replace(facts, relations=sorted(self.relations), document_links=sorted(self.document_links))

    def _documents(self) -> dict[str, dict[str, str]]:
        least = self.least
        return {d: {key: least[prop][d] for key, prop in (("title", _DCTERMS_TITLE), ("year", str(KG.year)),
                                                           ("place", _DCTERMS_SPATIAL), ("file", str(KG.fileName)))
                    if d in least[prop]} for d in self.documents_seen}

    def _sections(self) -> dict[str, dict]:
        sections: dict[str, dict] = {}
        for section, docs in self.parts.items():
            values = self.orders.get(section) or [None]
            sections[section] = {"document": min(docs), "title": self.least[_DCTERMS_TITLE].get(section) or "",
                                 "order": min(values, key=lambda v: (v is None, "" if v is None else str(v))),
                                 "parent": self.least[_DCTERMS_IS_PART_OF].get(section)}
        return sections


def _type_lines(path: str | Path, *, block: int = 1 << 20) -> Iterator[bytes]:
    """The lines of an N-Triples or N-Quads file that hold ``<rdf:type>``, a block of the file at a time
    (a byte search, no parse; a corpus's type lines are a seventh of it, too many to hold at once)."""
    needle = f"> <{_RDF_TYPE}> ".encode()
    with open(path, "rb") as fh:
        rest = b""
        while chunk := fh.read(block):
            data = rest + chunk
            cut = data.rfind(b"\n") + 1
            data, rest = data[:cut], data[cut:]
            found: list[bytes] = []
            i = data.find(needle)
            while i >= 0:
                start = data.rfind(b"\n", 0, i) + 1
                end = data.index(b"\n", i) + 1
                found.append(data[start:end])
                i = data.find(needle, end)
            yield b"".join(found)
        yield rest


def _row_key(row: dict) -> tuple:
    return tuple((v is None, "" if v is None else str(v)) for v in row.values())


def _keep_least(values: dict, key: str, value) -> None:
    if value is not None and (key not in values or value < values[key]):
        values[key] = value


def _value(term) -> str | None:
    return None if term is None else term.value


def _integer(term) -> int | None:
    """The integer a literal's text spells (kg:start, kg:end), or None."""
    try:
        return int(term.value)
    except (AttributeError, ValueError):
        return None


# ---------------------------------------------------------------- labels


def ontology_labels() -> dict[str, str]:
    """IRI → the ontology's ``rdfs:label@zh`` for every term it declares (one loader: kg.vocab)."""
    from kg.vocab import labels

    return {str(k): v for k, v in labels("zh").items()}


def _pick_label(names: Iterable[tuple[str, str]], *, prefer: tuple[str, ...]) -> str | None:
    """The first of (text, language) names in a stable order, preferring the given languages, then untagged.

    >>> _pick_label([("Meeting", "en"), ("党的二十大", "zh"), ("二十大", "zh")], prefer=("zh",))
    '二十大'
    """
    ranked = sorted((_lang_rank(lang, prefer), text) for text, lang in names)
    return ranked[0][1] if ranked else None


def _lang_rank(lang: str, prefer: tuple[str, ...]) -> int:
    lang = lang.lower().split("-")[0]
    if lang in prefer:
        return prefer.index(lang)
    return len(prefer) + (0 if not lang else 1)


def _local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


# ---------------------------------------------------------------- the networkx view


def entity_graph(graph: Graph | ox.Store) -> nx.MultiDiGraph:
    """The entities of ``graph`` and the direct relations between them, as a networkx multigraph.

    Nodes are entity IRIs (strings) with ``type``, ``label`` and ``aliases``; each edge's key is
    the predicate IRI. A node typed with several entity classes gets the first in contract order.
    Several labels (a graph merged from documents that named the entity differently) keep the
    first in a stable order as the label and the rest as aliases.
    """
    return _entity_graph(read_view_facts(view_store(graph)))


def _entity_graph(facts: ViewFacts) -> nx.MultiDiGraph:
    import networkx as nx  # here: a build's page needs no networkx (0.3 s to import)

    G = nx.MultiDiGraph()
    for iri, type_, label, aliases in _entity_nodes(facts):
        G.add_node(iri, type=type_, label=label, aliases=aliases)
    for s, p, o in facts.relations:
        G.add_edge(s, o, key=p)
    return G


def _entity_nodes(facts: ViewFacts) -> Iterator[tuple[str, str, str, tuple[str, ...]]]:
    """(IRI, type, label, aliases) of each entity, by IRI: the label picked from its names, the rest aliases."""
    for iri in sorted(facts.entity_types):
        names = facts.labels.get(iri, ())
        label = _pick_label(names, prefer=("zh",)) or _local_name(iri)
        aliases = set(facts.alt_labels.get(iri, ())) | {text for text, _ in names}
        aliases.discard(label)
        yield iri, facts.entity_types[iri], label, tuple(sorted(aliases))


# ---------------------------------------------------------------- layout


def map_layout(documents: list[str], sections: dict[str, list[str]], anchors: dict[str, tuple[str, ...]], *,
               rank: dict[str, float] | None = None,
               neighbours: dict[str, set[str]] | None = None) -> dict[str, tuple[float, float]]:
    """Positions (canvas pixels) that draw the graph as a map of its texts, in near-linear time.

    The ``documents`` sit on a circle (one text: the centre), each text's ``sections`` on a ring
    around it. Every other node goes to the centre of its ``anchors`` (the sections and texts
    that name it), so an entity said in one section sits by it and an entity said in many texts
    sits between them, the ones said everywhere in the middle; then it takes the nearest free
    cell of a grid, most central (``rank``) first, so no two nodes overlap. A node without anchors
    goes to the centre of its already placed ``neighbours`` (its relations). Deterministic, and
    still the moment the page opens, where a force simulation of ten thousand nodes runs for minutes.
    """
    rank = rank or {}
    neighbours = neighbours or {}
    doc_of = {s: d for d in documents for s in sections.get(d, ())}
    own: dict[str, int] = defaultdict(int)  # nodes anchored in one text only, per text
    for places in anchors.values():
        docs = {doc_of.get(a, a) for a in places}
        if len(docs) == 1:
            own[docs.pop()] += 1
    # a text's disc holds its own nodes, one cell each, and its ring of sections
    disc = {d: CELL * (math.sqrt((own[d] + len(sections.get(d, ()))) / math.pi) + 1.5) for d in documents}
    if len(documents) == 1:
        centre = {documents[0]: (0.0, 0.0)}
    else:
        r = max(sum(2 * disc[d] for d in documents) / (2 * math.pi), max(disc.values(), default=CELL))
        centre = {d: (r * math.cos(2 * math.pi * i / len(documents) - math.pi / 2),
                      r * math.sin(2 * math.pi * i / len(documents) - math.pi / 2))
                  for i, d in enumerate(documents)}
    grid = _Grid(CELL)
    pos: dict[str, tuple[float, float]] = {}
    for d in documents:
        pos[d] = grid.take(*centre[d])
    for d in documents:
        secs = sections.get(d, ())
        cx, cy = centre[d]
        outward = math.atan2(cy, cx) if (cx or cy) else -math.pi / 2
        ring = disc[d] * 0.55
        for k, s in enumerate(secs):
            a = outward + 2 * math.pi * (k + 0.5) / max(1, len(secs)) - math.pi
            pos[s] = grid.take(cx + ring * math.cos(a), cy + ring * math.sin(a))
    anchored = sorted((v for v in anchors if v not in pos),
                      key=lambda v: (-rank.get(v, 0.0), -len(anchors[v]), v))
    for v in anchored:
        places = [pos[a] for a in anchors[v] if a in pos]
        if not places:
            continue
        pos[v] = grid.take(sum(x for x, _ in places) / len(places), sum(y for _, y in places) / len(places))
    # nodes with no anchor: beside what they are related to, breadth first from the placed ones
    rest = sorted((v for v in neighbours if v not in pos), key=lambda v: (-rank.get(v, 0.0), v))
    pending = set(rest)
    while pending:
        progressed = False
        for v in rest:
            if v not in pending:
                continue
            placed = [pos[w] for w in sorted(neighbours[v]) if w in pos]
            if placed:
                pos[v] = grid.take(sum(x for x, _ in placed) / len(placed),
                                   sum(y for _, y in placed) / len(placed))
                pending.discard(v)
                progressed = True
        if not progressed:  # a cluster with no anchored member: beside the map
            v = min(pending, key=lambda v: (-rank.get(v, 0.0), v))
            pos[v] = grid.take(*grid.beside())
            pending.discard(v)
    return {v: (round(x, 1), round(y, 1)) for v, (x, y) in pos.items()}


class _Grid:
    """Square cells, each holding at most one node: :meth:`take` gives the free cell nearest a point."""

    def __init__(self, cell: float) -> None:
        self.cell = cell
        self.taken: set[tuple[int, int]] = set()
        # per start cell: the first ring that is not full (those before it are: cells are never freed)
        # and that ring's cells not yet known to be taken, filtered again at each take, not rebuilt
        self.rings: dict[tuple[int, int], tuple[int, list[tuple[int, int]]]] = {}
        self.bounds = [0, 0, 0, 0]  # min i, max i, min j, max j of the taken cells

    def take(self, x: float, y: float) -> tuple[float, float]:
        c = self.cell
        i0, j0 = round(x / c), round(y / c)
        k, cells = self.rings.get((i0, j0)) or (0, _ring(i0, j0, 0))
        taken = self.taken
        while True:
            free = [ij for ij in cells if ij not in taken]
            if free:
                break
            k += 1
            cells = _ring(i0, j0, k)
        self.rings[(i0, j0)] = (k, free)
        i, j = min(free, key=lambda ij: ((ij[0] * c - x) ** 2 + (ij[1] * c - y) ** 2, ij))
        self.taken.add((i, j))
        b = self.bounds
        b[0], b[1], b[2], b[3] = min(b[0], i), max(b[1], i), min(b[2], j), max(b[3], j)
        return i * c, j * c

    def beside(self) -> tuple[float, float]:
        """A point below everything taken so far."""
        return 0.0, (self.bounds[3] + 3) * self.cell


def _ring(i0: int, j0: int, k: int) -> list[tuple[int, int]]:
    """The cells at Chebyshev distance ``k`` from (i0, j0)."""
    if k == 0:
        return [(i0, j0)]
    cells = [(i0 + d, j0 - k) for d in range(-k, k + 1)] + [(i0 + d, j0 + k) for d in range(-k, k + 1)]
    cells += [(i0 - k, j0 + d) for d in range(-k + 1, k)] + [(i0 + k, j0 + d) for d in range(-k + 1, k)]
    return cells


# ---------------------------------------------------------------- evidence


def document_label(fields: dict[str, str], *, fallback: str = "") -> str:
    """What a source text is called on the map: its year, place and title (``2026年安徽省政府工作报告``).

    A title that leaves out whose report it is (``政府工作报告``) gets the year and place in front;
    one that says them already keeps them once.

    >>> document_label({"title": "政府工作报告", "year": "2026", "place": "贵州省"})
    '2026年贵州省政府工作报告'
    >>> document_label({"title": "2026年山西省政府工作报告", "year": "2026", "place": "山西省"})
    '2026年山西省政府工作报告'
    >>> document_label({"title": "在市十五届人大二次会议闭幕会上的讲话"})
    '在市十五届人大二次会议闭幕会上的讲话'
    """
    title = (fields.get("title") or "").strip().strip("《》").strip()
    year, place = fields.get("year") or "", fields.get("place") or ""
    rest = title
    if year and rest.startswith(f"{year}年"):
        rest = rest[len(year) + 1:]
    if place and rest.startswith(place):
        rest = rest[len(place):]
    if not (year or place):
        return title or fields.get("file") or fallback
    return f"{year + '年' if year else ''}{place}{rest or '文本'}"


def section_label(title: str, siblings: list[str]) -> str:
    """A section's title without the words all its sibling sections open with (a speech's theme
    paragraphs repeat the theme, then say their own point; the 要 they share goes too).

    >>> section_label("踔厉奋发启新程，要全力以赴促发展", ["踔厉奋发启新程，要全力以赴促发展", "踔厉奋发启新程，要锐意创新求突破"])
    '全力以赴促发展'
    """
    import os

    common = os.path.commonprefix(siblings) if len(siblings) > 1 else ""
    rest = title[len(common):].lstrip("，,、：: ") if len(common) >= 4 else title
    return rest or title


class _Evidence:
    """Sentences and source documents of a graph; documents numbered as the map's texts, sentences in
    the order the page first cites them."""

    def __init__(self, facts: ViewFacts, documents: Iterable[str] = ()) -> None:
        self.facts = facts
        self.sentences: list[tuple[str, int]] = []
        self.documents: list[str] = []
        self.document_iris: list[str] = []
        self._sentence_index: dict[str, int] = {}
        self._document_index: dict[str, int] = {}
        for d in documents:
            self._document(d)

    def ref(self, node: str) -> EvidenceRef | None:
        """The evidence a mention or assertion ``node`` points to: its sentence, span marked."""
        f = self.facts
        sent = f.in_sentence.get(node)
        if sent is not None and sent in f.sentence_text:
            text = f.sentence_text[sent]
            i = self._sentence(sent, text, f.in_document.get(sent) or f.in_document.get(node))
            base = f.start.get(sent)
            s, e = f.start.get(node), f.end.get(node)
            if base is not None and s is not None and e is not None and 0 <= s - base < e - base:
                return EvidenceRef(i, s - base, min(e - base, len(text)))
            return EvidenceRef(i)
        text = f.own_text.get(node)
        if text is None:
            return None
        return EvidenceRef(self._sentence(node, text, f.in_document.get(node)))

    def sort_key(self, node: str) -> tuple[str, int, int, str]:
        """Document, then position; end and IRI break ties (nested mentions share a start), so the
        page is the same whichever store the graph was read from."""
        f = self.facts
        return (f.in_document.get(node, ""), f.start.get(node, 0), f.end.get(node, 0), node)

    def _sentence(self, key: str, text: str, doc: str | None) -> int:
        if key not in self._sentence_index:
            self._sentence_index[key] = len(self.sentences)
            self.sentences.append((text, self._document(doc)))
        return self._sentence_index[key]

    def _document(self, doc: str | None) -> int:
        if doc is None:
            return -1
        if doc not in self._document_index:
            f = self.facts
            title = (document_label({"title": _pick_label(f.labels.get(doc, ()), prefer=("zh",)) or "",
                                     **f.documents[doc]}) if doc in f.documents else None) \
                or _pick_label(f.labels.get(doc, ()), prefer=("zh",)) \
                or _pick_label(f.titles.get(doc, ()), prefer=("zh",)) \
                or f.file_names.get(doc) or _local_name(doc)
            self._document_index[doc] = len(self.documents)
            self.documents.append(title)
            self.document_iris.append(doc)
        return self._document_index[doc]


def all_evidence(nodes: Iterable[str], ev: _Evidence) -> tuple[EvidenceRef, ...]:
    """Every evidence sentence of ``nodes`` (mentions or assertions), by document and position.

    Distinct sentences only: an entity named twice in one sentence shows that sentence once.
    """
    refs: list[EvidenceRef] = []
    seen: set[int] = set()
    for n in sorted(nodes, key=ev.sort_key):
        ref = ev.ref(n)
        if ref is not None and ref.sentence not in seen:
            seen.add(ref.sentence)
            refs.append(ref)
    return tuple(refs)


def _anchors(facts: ViewFacts, evidence: Iterable[str], tops: dict[str | None, str | None] | None = None) -> set[str]:
    """Where a node is said: the top sections of its evidence's sentences, or the text when no section.

    ``tops`` remembers each section's top section between calls (one dict for one ``facts``)."""
    if tops is None:
        tops = {}
    sections = facts.sections
    places: set[str] = set()
    for n in evidence:
        sentence = facts.in_sentence.get(n)
        section = facts.in_section.get(sentence) if sentence else None
        if section in tops:
            top = tops[section]
        else:
            top = section
            while top in sections and sections[top]["parent"] in sections:
                top = sections[top]["parent"]
            top = tops[section] = top if top in sections else None
        if top is not None:
            places.add(top)
            continue
        doc = facts.in_document.get(n) or (facts.in_document.get(sentence) if sentence else None)
        if doc in facts.documents:
            places.add(doc)
    return places


# ---------------------------------------------------------------- the view model


def graph_view(graph: Graph | ox.Store) -> GraphView:
    """Read ``graph`` into the plain values the page shows (any graph of the contract, merged or not).

    The page is a map of the texts: a node per source text and per top section, each entity linked
    (``links``) to the sections, or texts, that name it and to the texts that name it in their
    metadata (a publisher); the relations between entities (``edges``) are drawn on top.
    ``graph`` is an rdflib Graph or a pyoxigraph Store (its default graph); the same triples give
    the same view either way.
    """
    return facts_view(read_view_facts(view_store(graph)))


def ntriples_view(path: str | Path) -> GraphView:
    """The view of an N-Triples file (a build's union), read without a store: :func:`read_view_facts_ntriples`."""
    return facts_view(read_view_facts_ntriples(path))


def facts_view(facts: ViewFacts) -> GraphView:
    """The plain values the page shows, from the facts read from a graph (:func:`graph_view`)."""
    tops: dict[str | None, str | None] = {}
    said = {(v, place) for v in facts.entity_types for place in _anchors(facts, facts.evidence.get(v, ()), tops)}
    view = map_view(facts, said)
    ev = _Evidence(facts, view.document_iris)
    nodes = tuple(n if n.type in BACKBONE_STYLE else replace(n, evidence=all_evidence(facts.evidence.get(n.iri, ()), ev))
                  for n in view.nodes)
    edges = tuple(replace(e, evidence=all_evidence(facts.assertions.get((e.subject, e.predicate, e.object), ()), ev))
                  for e in view.edges)
    return replace(view, nodes=nodes, edges=edges, sentences=tuple(ev.sentences), documents=tuple(ev.documents),
                   document_iris=tuple(ev.document_iris))


def map_view(facts: ViewFacts, said: set[tuple[str, str]]) -> GraphView:
    """The map without its evidence: texts, their top sections, entities placed by ``said`` (entity, the
    section or text whose sentences name it; the set becomes the map's links), relations; ``sentences``
    empty, ``documents`` the map's texts.

    What :func:`facts_view` draws, for a reader that gathered ``said`` one text at a time
    (:func:`write_nquads_view`) and never held the evidence of more than one.
    """
    entities = list(_entity_nodes(facts))
    G = {iri for iri, *_ in entities}
    doc_label = {d: document_label({"title": _pick_label(facts.labels.get(d, ()), prefer=("zh",)) or "", **f},
                                   fallback=_local_name(d))
                 for d, f in facts.documents.items()}
    documents = sorted(facts.documents, key=lambda d: (doc_label[d], d))
    top_sections: dict[str, list[str]] = defaultdict(list)
    for sec, row in facts.sections.items():
        if row["parent"] not in facts.sections and row["document"] in facts.documents:
            top_sections[row["document"]].append(sec)
    for d in top_sections:
        top_sections[d].sort(key=lambda s: (facts.sections[s]["order"] is None, facts.sections[s]["order"] or 0, s))

    links = said  # taken over, not copied (100,000 pairs for the 5x corpus)
    links -= {(v, place) for v, place in links if v not in G}
    for d, _, e in facts.document_links:
        if e in G and d in facts.documents:
            links.add((e, d))
    for d, secs in top_sections.items():
        links.update((s, d) for s in secs)
    relations = sorted({(s, o, p) for s, p, o in facts.relations})

    # the undirected simple graph of relations and links (networkx's Graph of them, without its
    # dicts per node: a 5x corpus's 38,000 entities took 45 MB in networkx): each node's degree
    pairs = {(a, b) if a <= b else (b, a) for a, b in links}
    pairs.update((s, o) if s <= o else (o, s) for s, o, _ in relations)
    degree: dict[str, int] = defaultdict(int)
    for a, b in pairs:
        degree[a] += 1
        degree[b] += 1  # a loop counts twice, as in networkx
    top = max((degree[v] for v in G), default=0)
    rank = {v: degree[v] / top if top else 0.0 for v in G}
    anchors: dict[str, tuple[str, ...]] = defaultdict(tuple)
    for v, place in sorted(links):
        if v in G:
            anchors[v] += (place,)
    neighbours: dict[str, set[str]] = {v: set() for v in G if v not in anchors}
    for a, b in pairs:
        if a in neighbours:
            neighbours[a].add(b)
        if b in neighbours:
            neighbours[b].add(a)
    del pairs
    positions = map_layout(documents, top_sections, dict(anchors), rank=rank, neighbours=neighbours)

    nodes = [ViewNode(iri=d, type="SourceDocument", label=doc_label[d], aliases=(), centrality=1.0,
                      x=positions[d][0], y=positions[d][1]) for d in documents]
    for d in documents:
        titles = {s: facts.sections[s]["title"] or _local_name(s) for s in top_sections.get(d, ())}
        for s, title in titles.items():
            label = section_label(title, list(titles.values()))
            nodes.append(ViewNode(iri=s, type="Section", label=label,
                                  aliases=(doc_label[d],) + ((title,) if label != title else ()), centrality=0.0,
                                  x=positions[s][0], y=positions[s][1]))
    nodes += [ViewNode(iri=v, type=type_, label=label, aliases=aliases, centrality=round(rank[v], 6),
                       x=positions[v][0], y=positions[v][1])
              for v, type_, label, aliases in entities]
    edges = tuple(ViewEdge(subject=s, predicate=p, object=o) for s, o, p in relations)

    onto = ontology_labels()
    used = sorted({e.predicate for e in edges})
    # a graph may carry its own ontology: its Chinese label of a predicate the ontology lacks
    predicate_labels = {p: onto.get(p) or _pick_label(facts.labels.get(p, ()), prefer=("zh",)) or _local_name(p)
                        for p in used}
    type_labels = {c: onto.get(str(KG[c]), c) for c in (*ENTITY_CLASSES, *BACKBONE_STYLE)}
    ev = _Evidence(facts, documents)
    return GraphView(nodes=tuple(nodes), edges=edges, sentences=(), documents=tuple(ev.documents),
                     document_iris=tuple(ev.document_iris), type_labels=type_labels,
                     predicate_labels=predicate_labels, links=tuple(sorted(links)))


# ---------------------------------------------------------------- the page


def page_data(view: GraphView) -> dict:
    """The map the page reads (the ``#kg-data`` block): compact arrays, documented here and in
    ``kg/viewer/view.js``; the evidence is in the per-text blocks of :func:`evidence_blocks`.

    ``types``: the ten entity classes, then SourceDocument and Section (the backbone);
    ``nodes``: [iri, type index, label, aliases, size, x, y];
    ``edges``: [subject index, object index, predicate index] (relations between entities);
    ``links``: [node index, section or text index] (where each node is said: the backbone);
    ``documents``: [label, node index], the texts on the map.
    """
    types = [*ENTITY_CLASSES, *BACKBONE_STYLE]
    style = {**TYPE_STYLE, **BACKBONE_STYLE}
    predicates = sorted(view.predicate_labels)
    index = {n.iri: i for i, n in enumerate(view.nodes)}
    doc_node = {n.iri: i for i, n in enumerate(view.nodes) if n.type == "SourceDocument"}

    def size(n: ViewNode) -> float:
        if n.type == "SourceDocument":
            return DOCUMENT_SIZE
        return round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt(n.centrality), 1)

    counts = defaultdict(int)
    for n in view.nodes:
        counts[n.type] += 1
    return {
        "types": [{"name": t, "label": view.type_labels.get(t, t), "color": style[t][0],
                   "shape": style[t][1], "count": counts[t], "backbone": t in BACKBONE_STYLE} for t in types],
        "predicates": [{"iri": p, "name": _local_name(p), "label": view.predicate_labels[p]}
                       for p in predicates],
        "documents": [[label, doc_node[iri]] for label, iri in zip(view.documents, view.document_iris, strict=False)
                      if iri in doc_node],
        "nodes": [[n.iri, types.index(n.type), n.label, list(n.aliases), size(n), n.x, n.y] for n in view.nodes],
        "edges": [[index[e.subject], index[e.object], predicates.index(e.predicate)] for e in view.edges],
        "links": [(index[a], index[b]) for a, b in view.links],
        "big": len(view.nodes) > BIG_GRAPH,
    }


def evidence_blocks(view: GraphView, *, on_map: set[str] | None = None) -> list[tuple[tuple[bool, str], str]]:
    """The page's evidence, one JSON block per source text: (sort key, the block's JSON).

    A block holds one text's cited sentences and, for each node and relation said there, its evidence
    in that text: ``{"document": IRI or null, "label": the text's name when it is not on the map,
    "sentences": [text, …], "nodes": [[IRI, evidence], …], "edges": [[subject, predicate, object,
    evidence], …]}``, evidence being ``[[sentence index in the block, start, end], …]``. The page
    joins the blocks in the order of their texts' IRIs, so that a node's evidence comes text by text,
    each text's by position, as :func:`all_evidence` orders it; a build writes each text's block as it
    reads that text (:func:`write_nquads_view`), never holding the corpus's sentences at once.
    """
    if on_map is None:
        on_map = {n.iri for n in view.nodes if n.type == "SourceDocument"}
    blocks: dict[str | None, dict] = {}
    numbers: dict[str | None, dict[int, int]] = {}

    def block(d: int) -> tuple[str | None, dict]:
        doc = view.document_iris[d] if d >= 0 else None
        if doc not in blocks:
            blocks[doc] = {"document": doc, "label": None if doc is None or doc in on_map else view.documents[d],
                           "sentences": [], "nodes": [], "edges": []}
            numbers[doc] = {}
        return doc, blocks[doc]

    def grouped(refs: tuple[EvidenceRef, ...]) -> dict[str | None, list]:
        groups: dict[str | None, list] = {}
        for r in refs:
            text, d = view.sentences[r.sentence]
            doc, b = block(d)
            local = numbers[doc].get(r.sentence)
            if local is None:
                local = numbers[doc][r.sentence] = len(b["sentences"])
                b["sentences"].append(text)
            groups.setdefault(doc, []).append([local, r.start, r.end])
        return groups

    for n in view.nodes:
        for doc, refs in grouped(n.evidence).items():
            blocks[doc]["nodes"].append([n.iri, refs])
    for e in view.edges:
        for doc, refs in grouped(e.evidence).items():
            blocks[doc]["edges"].append([e.subject, e.predicate, e.object, refs])
    return sorted(((doc is not None, doc or ""), script_json(b)) for doc, b in blocks.items())


def script_json(value) -> str:
    """JSON that is safe inside an HTML ``<script>`` element: no ``<``, ``>`` or ``&`` survive.

    >>> script_json({"label": "</script><img src=x>"})
    '{"label":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x\\\\u003e"}'
    """
    return _script_safe(json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False))


def _script_safe(text: str) -> str:
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def script_json_pieces(value: dict, *, items: int = 2000) -> Iterator[str]:
    """:func:`script_json` of a dict, in pieces whose concatenation is the same text: its long lists
    ``items`` at a time, so that a corpus's map is never one string (nor one bytes object) whole.

    >>> "".join(script_json_pieces({"a": [1, "<", 3], "b": None}, items=2)) == script_json({"a": [1, "<", 3], "b": None})
    True
    """
    yield "{"
    for i, (key, v) in enumerate(value.items()):
        yield ("," if i else "") + script_json(key) + ":"
        if isinstance(v, list) and len(v) > items:
            yield "["
            for k in range(0, len(v), items):
                yield ("," if k else "") + script_json(v[k:k + items])[1:-1]
            yield "]"
        else:
            yield script_json(v)
    yield "}"


def _asset(name: str) -> str:
    return resources.files("kg").joinpath(f"{_VIEWER}/{name}").read_text(encoding="utf-8")


def _vis_network_js() -> str:
    """vis-network as pyvis ships it (9.1.2, MIT): pyvis is our source of the library, inlined, not linked."""
    # found, not imported: importing pyvis imports jinja2 and networkx, 0.4 s of a build's page
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pyvis is not installed: it ships the vis-network library the page inlines")
    js = Path(spec.submodule_search_locations[0], "templates/lib/vis-9.1.2/vis-network.min.js")
    return js.read_text(encoding="utf-8")


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def render_view(graph: Graph | ox.Store | GraphView) -> str:
    """The whole page as one string: works offline, loads nothing, runs only its own scripts."""
    view = graph if isinstance(graph, GraphView) else graph_view(graph)
    head, tail = _page_around_evidence(script_json(page_data(view)))
    return head + "".join(_evidence_element(b) for _, b in evidence_blocks(view)) + tail


def _evidence_element(block: str) -> str:
    return f'<script class="kg-evidence" type="application/json">{block}</script>\n'


def _page_around_evidence(data: str) -> tuple[str, str]:
    """The page before and after its evidence blocks, ``data`` being the map's JSON (:func:`page_data`)."""
    before, after, tail = _page_parts()
    return before + data + after, tail


def _page_parts() -> tuple[str, str, str]:
    """The page before the map's JSON, between it and the evidence blocks, and after them."""
    vis_js, view_js = _vis_network_js(), _asset("view.js")
    for name, text in (("vis-network.min.js", vis_js), ("view.js", view_js)):
        if "</script" in text.lower() or "<!--" in text:  # would end or confuse the inline <script>
            raise ValueError(f"kg/viewer/{name} holds '</script' or '<!--': it cannot be inlined")
    data, evidence = "\x00data\x00", "\x00evidence\x00"
    page = Template(_asset("view.html")).substitute(
        csp_scripts=f"{_csp_hash(vis_js)} {_csp_hash(view_js)}",
        style=_asset("view.css"),
        data=data,
        evidence=evidence,
        vis_js=vis_js,
        view_js=view_js,
    )
    before, rest = page.split(data)
    after, tail = rest.split(evidence)
    return before, after, tail


def write_nquads_view(path: str | Path, out: BinaryIO, *, known: Mapping[str, KnownGraph] | None = None) -> None:
    """The page of an N-Quads file (a build's graph.nq) into ``out``, read one named graph at a time.

    The map (texts, sections, entities, relations, where each is said) is gathered over the whole
    file; the evidence of each named graph (a text's mentions, sentences and assertions) is turned
    into that text's evidence block as soon as the graph ends and spilled to a temporary file, so
    memory holds the map and one text's evidence, never the corpus's sentences. The page equals
    :func:`render_view` of the same quads merged into one graph, provided each text's named graph
    holds its own mentions, sentences and assertions and types the entities they name (as
    kg/graph.py writes them).

    ``known`` gives, for some named graphs, their evidence made beside their statements when the build
    mapped them (kg/viewparts.py): the file then need hold only the lines of those graphs that the map
    reads, and their evidence blocks are copied, not made again.
    """
    with tempfile.TemporaryFile() as spill:
        facts, said, placed = _spill_evidence(path, spill, known or {})
        view = map_view(facts, said)
        del facts, said  # the page's JSON is made in the memory they held
        before, after, tail = _page_parts()
        out.write(before.encode("utf-8"))
        for piece in script_json_pieces(page_data(view)):
            out.write(piece.encode("utf-8"))
        out.write(after.encode("utf-8"))
        for _, offset, length in sorted(placed):
            spill.seek(offset)
            out.write(spill.read(length))
        out.write(tail.encode("utf-8"))


@dataclass(frozen=True)
class KnownGraph:
    """A named graph's evidence made when it was mapped, in the file ``path``: where each entity is said
    (a JSON list of (entity, place) pairs at (offset, length) ``said``), and its evidence blocks as
    (sort key, offset, length)."""

    said: tuple[int, int]
    blocks: tuple[tuple[tuple[bool, str], int, int], ...]
    path: str


def _spill_evidence(path: str | Path, spill: BinaryIO,
                    known: Mapping[str, KnownGraph]) -> tuple[ViewFacts, set[tuple[str, str]], list]:
    """Read the N-Quads file ``path`` for :func:`write_nquads_view`: the map's facts, where each entity
    is said, and each text's evidence block written to ``spill`` as (sort key, offset, length); the
    blocks of ``known`` graphs are copied there."""
    entity_types, documents = _typed_nodes(path, ox.RdfFormat.N_QUADS)
    reader = _FactReader(entity_types, documents)
    said: set[tuple[str, str]] = set()
    placed: list[tuple[tuple[bool, str], int, int]] = []

    def flush(graph: str) -> None:
        part = known.get(graph)
        if part is None:
            here, blocks = graph_evidence(reader.evidence_facts(), documents)
        else:
            reader.skip_evidence()
            here, blocks = _read_said(part), _read_blocks(part)
        said.update(here)
        for key, data in blocks:
            placed.append((key, spill.tell(), len(data)))
            spill.write(data)

    graph = None
    for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS, lenient=True):
        if q.graph_name != graph:
            if graph is not None:
                flush(graph.value)
            graph = q.graph_name
        reader.feed(q)
    if graph is not None:
        flush(graph.value)
    return reader.facts(), said, placed


def _read_said(part: KnownGraph) -> Iterator[tuple[str, str]]:
    """The (entity, place) pairs of a known graph, their strings shared with the reader's (interned)."""
    with open(part.path, "rb") as fh:
        fh.seek(part.said[0])
        pairs = json.loads(fh.read(part.said[1]))
    return ((sys.intern(a), sys.intern(b)) for a, b in pairs)


def _read_blocks(part: KnownGraph) -> Iterator[tuple[tuple[bool, str], bytes]]:
    with open(part.path, "rb") as fh:
        for key, offset, length in part.blocks:
            fh.seek(offset)
            yield key, fh.read(length)


def graph_evidence(facts: ViewFacts, on_map: set[str]) -> tuple[set[tuple[str, str]], list[tuple[tuple[bool, str], bytes]]]:
    """One named graph's part of the page, from the facts read of it (:meth:`_FactReader.evidence_facts`,
    or kg/viewparts.py's of a document as it is mapped): where each entity is said (the map's links),
    and its evidence blocks as page elements, with their sort keys; ``on_map`` are the map's texts."""
    ev = _Evidence(facts)
    said: set[tuple[str, str]] = set()
    nodes = []
    tops: dict[str | None, str | None] = {}
    for v in sorted(facts.evidence):
        said.update((v, place) for place in _anchors(facts, facts.evidence[v], tops))
        nodes.append(ViewNode(iri=v, type="", label="", aliases=(), centrality=0.0, x=0.0, y=0.0,
                              evidence=all_evidence(facts.evidence[v], ev)))
    edges = [ViewEdge(subject=s, predicate=p, object=o, evidence=all_evidence(facts.assertions[(s, p, o)], ev))
             for s, p, o in sorted(facts.relations, key=lambda r: (r[0], r[2], r[1]))
             if (s, p, o) in facts.assertions]
    one = GraphView(nodes=tuple(nodes), edges=tuple(edges), sentences=tuple(ev.sentences),
                    documents=tuple(ev.documents), document_iris=tuple(ev.document_iris))
    return said, [(key, _evidence_element(block).encode("utf-8")) for key, block in evidence_blocks(one, on_map=on_map)]


def load_view_graph(path: str | Path) -> ox.Store:
    """Read a graph file for the view into a store; a quad file (TriG, N-Quads) gives the union of its graphs.

    A merged multi-document graph is the usual thing to view, and ``graph.trig`` holds one named
    graph per document: the view shows them as one (kg/store.py puts the union in the default graph).
    """
    from kg.store import load_store

    return load_store(path)


def write_view(graph: Graph | ox.Store | GraphView, path: str | Path) -> Path:
    """Write the view of ``graph`` to ``path`` atomically (an earlier page survives a failure)."""
    return write_atomic(path, render_view(graph))
