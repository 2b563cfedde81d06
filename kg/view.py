"""The interactive HTML view of a graph: one offline file an analyst can search, filter and explore.

The view reads only the RDF graph (never the extractor), from a pyoxigraph store with the few SPARQL
SELECTs of ``kg/viewer/view-*.rq`` (:func:`read_view_facts`); an rdflib Graph is copied into a store
first, so a graph gives the same page whichever way it comes. Entity nodes of the contract's ten
classes and the direct triples between them become a small networkx view (:func:`entity_graph`),
which gives each node its size (degree centrality) and its position (:func:`layout_positions`,
computed here so that even a corpus of ten thousand entities is still the moment it is drawn).
Evidence comes from the graph's ``kg:Mention`` and ``kg:RelationAssertion`` nodes and their sentences.

The page (:func:`render_view`) inlines vis-network (9.1.2, MIT, read from the pyvis package that ships it),
our CSS and JS, and the data as JSON in a ``<script type="application/json">`` block escaped for
that context; the JS builds every piece of text with ``textContent``. A Content-Security-Policy
allows only the page's own two scripts (by hash) and no request to any host.
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from collections import defaultdict
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from string import Template

import networkx as nx
import pyoxigraph as ox
from rdflib import RDFS, Graph
from rdflib.namespace import DCTERMS, SKOS

from kg.outputs import write_atomic
from kg.vocab import ENTITY_CLASSES, KG

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

#: Evidence sentences kept per node or edge (the tooltip shows these).
EVIDENCE_PER_ITEM = 3

#: Node sizes (canvas pixels at zoom 1) for the least and the most central entity.
MIN_SIZE, MAX_SIZE = 10.0, 40.0

#: Distance between neighbouring nodes of the layout, and the grid cell of unconnected nodes
#: (wider than tall: Chinese labels run horizontally below the node).
NODE_GAP = 110.0
CELL_W, CELL_H = 170.0, 80.0

#: Graphs with more nodes than this are drawn without curved edges and hide edges while panning.
BIG_GRAPH = 1500

_VIEWER = "viewer"


@dataclass(frozen=True)
class EvidenceRef:
    """One evidence sentence: index into :attr:`GraphView.sentences`, and the span to mark in it."""

    sentence: int
    start: int | None = None  # offsets into the sentence text, when known
    end: int | None = None


@dataclass(frozen=True)
class ViewNode:
    iri: str
    type: str
    label: str
    aliases: tuple[str, ...]
    centrality: float
    x: float
    y: float
    evidence: tuple[EvidenceRef, ...] = ()


@dataclass(frozen=True)
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
    documents: tuple[str, ...]  # source documents' titles
    type_labels: dict[str, str] = field(default_factory=dict)  # class local name → 中文 label
    predicate_labels: dict[str, str] = field(default_factory=dict)  # predicate IRI → 中文 label


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
    for sentence, text, s, document in _select(store, "view-sentences"):
        n = sentence.value
        _keep_least(sentence_text, n, text.value)
        _keep_least(start, n, _integer(s))
        _keep_least(in_document, n, _value(document))
    return ViewFacts(entity_types=entity_types, labels=labels, alt_labels=alt_labels, titles=titles,
                     file_names=file_names, relations=relations, evidence=evidence, assertions=assertions,
                     sentence_text=sentence_text, own_text=own_text, start=start, end=end,
                     in_sentence=in_sentence, in_document=in_document)


_RDFS_LABEL, _DCTERMS_TITLE, _SKOS_ALT_LABEL = str(RDFS.label), str(DCTERMS.title), str(SKOS.altLabel)


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
    G = nx.MultiDiGraph()
    for iri in sorted(facts.entity_types):
        names = facts.labels.get(iri, ())
        label = _pick_label(names, prefer=("zh",)) or _local_name(iri)
        aliases = set(facts.alt_labels.get(iri, ())) | {text for text, _ in names}
        aliases.discard(label)
        G.add_node(iri, type=facts.entity_types[iri], label=label, aliases=tuple(sorted(aliases)))
    for s, p, o in facts.relations:
        G.add_edge(s, o, key=p)
    return G


# ---------------------------------------------------------------- layout


def layout_positions(G: nx.Graph, *, order: dict[Hashable, str] | None = None,
                     group: dict[Hashable, str] | None = None) -> dict[Hashable, tuple[float, float]]:
    """A deterministic layout in canvas pixels, computed in near-linear time.

    Each connected component is drawn as a bubble tree (:func:`bubble_tree`). Unconnected nodes,
    most of a corpus graph, are gathered into grid blocks per ``group`` (the entity type), sorted
    by ``order`` (the label), below the components. Precomputing this is what lets a corpus graph
    be still and responsive the moment it opens, where a force simulation of ten thousand nodes
    would run for minutes.
    """
    U = nx.Graph(G)
    order = order or {}
    group = group or {}

    def key(v: Hashable) -> tuple[str, str]:
        return (order.get(v, ""), str(v))

    components: list[tuple[float, float, dict]] = []  # (width, height, positions from the top left)
    singletons: dict[str, list[Hashable]] = defaultdict(list)
    for comp in sorted(nx.connected_components(U), key=lambda c: (-len(c), min(key(v) for v in c))):
        if len(comp) == 1:
            (v,) = comp
            singletons[group.get(v, "")].append(v)
            continue
        radius, pos = bubble_tree(U.subgraph(comp), key=key)
        shifted = {v: (x + radius, y + radius) for v, (x, y) in pos.items()}
        components.append((2 * radius, 2 * radius, shifted))
    blocks: list[tuple[float, float, dict]] = []
    for name in sorted(singletons):
        members = sorted(singletons[name], key=key)
        cols = max(1, round(math.sqrt(len(members) * CELL_H / CELL_W)))
        rows = math.ceil(len(members) / cols)
        pos = {v: ((i % cols + 0.5) * CELL_W, (i // cols + 0.5) * CELL_H) for i, v in enumerate(members)}
        blocks.append((cols * CELL_W, rows * CELL_H, pos))
    top = _pack_rows(components)
    below = _pack_rows(blocks, width=max((p[0] for p in top.values()), default=0.0))
    offset = max((p[1] for p in top.values()), default=-NODE_GAP) + 2 * NODE_GAP
    placed = {**top, **{v: (x, y + offset) for v, (x, y) in below.items()}}
    if not placed:
        return {}
    cx = (min(p[0] for p in placed.values()) + max(p[0] for p in placed.values())) / 2
    cy = (min(p[1] for p in placed.values()) + max(p[1] for p in placed.values())) / 2
    return {v: (round(x - cx, 1), round(y - cy, 1)) for v, (x, y) in placed.items()}


_GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def bubble_tree(T: nx.Graph, *, key=str) -> tuple[float, dict[Hashable, tuple[float, float]]]:
    """Bubble-tree layout of one connected graph: its radius and positions around (0, 0).

    A breadth-first spanning tree from the best-connected node; each node's leaf children sit
    around it in a sunflower disc, its children with subtrees around that disc, each subtree in
    its own disc turned so its root faces the parent. Policy graphs are mostly hubs (industry
    categories, strategies, meetings) with many leaves, which this draws compactly; the discs are
    measured by their enclosing circle, so the size grows with the node count, not with depth.
    """
    root = min(T, key=lambda v: (-T.degree(v), key(v)))
    children: dict[Hashable, list[Hashable]] = {root: []}
    bfs = [root]
    for v in bfs:
        for w in sorted(T[v], key=lambda w: (-T.degree(w), key(w))):
            if w not in children:
                children[w] = []
                children[v].append(w)
                bfs.append(w)
    leaf = NODE_GAP / 2
    spacing = NODE_GAP / math.sqrt(math.pi)  # sunflower: one node per NODE_GAP² of area
    radius: dict[Hashable, float] = {}  # of the disc enclosing a node's subtree
    anchor: dict[Hashable, tuple[float, float]] = {}  # the node, relative to its disc's centre
    place: dict[Hashable, tuple[float, float, float]] = {}  # child → (turn, x, y) in its parent's disc
    for v in reversed(bfs):
        kids = children[v]
        leaves = [w for w in kids if not children[w]]
        subtrees = sorted((w for w in kids if children[w]), key=lambda w: (-radius[w], key(w)))
        local: dict[Hashable, tuple[float, float, float]] = {}
        for k, w in enumerate(leaves):
            r, a = spacing * math.sqrt(k + math.pi), k * _GOLDEN_ANGLE
            local[w] = (0.0, r * math.cos(a), r * math.sin(a))
        core = spacing * math.sqrt(len(leaves) + math.pi) + leaf if leaves else leaf
        discs = [(0.0, 0.0, core)]
        parent_gap = 0.0 if v == root else math.pi / 2
        for w in subtrees:
            cx, cy = _free_spot(discs, radius[w], reach=math.pi - parent_gap / 2)
            ax, ay = anchor[w]
            turn = math.atan2(-cy, -cx) - math.atan2(ay, ax) if (ax or ay) else 0.0
            local[w] = (turn, cx, cy)
            discs.append((cx, cy, radius[w]))
        mx = (min(x - r for x, _, r in discs) + max(x + r for x, _, r in discs)) / 2
        my = (min(y - r for _, y, r in discs) + max(y + r for _, y, r in discs)) / 2
        radius[v] = max(math.hypot(x - mx, y - my) + r for x, y, r in discs)
        anchor[v] = (-mx, -my)
        for w, (turn, x, y) in local.items():
            place[w] = (turn, x - mx, y - my)
    # resolve the nested discs: each node's frame is its parent's, turned and shifted
    frame = {root: (0.0, 0.0, 0.0)}  # node → (turn, x, y) of its disc in the layout
    pos: dict[Hashable, tuple[float, float]] = {}
    for v in bfs:
        turn, fx, fy = frame[v]
        c, s = math.cos(turn), math.sin(turn)
        ax, ay = anchor[v]
        pos[v] = (fx + c * ax - s * ay, fy + s * ax + c * ay)
        for w in children[v]:
            t, x, y = place[w]
            frame[w] = (turn + t, fx + c * x - s * y, fy + s * x + c * y)
    return radius[root], pos


def _free_spot(discs: list[tuple[float, float, float]], r: float, *, reach: float) -> tuple[float, float]:
    """The first place for a disc of radius ``r`` clear of ``discs``, spiralling out from the first.

    Angles are tried from 0 (away from the parent) alternately up and down to ±``reach``, ring
    by ring, so big subtrees sit on the far side and small ones fill the gaps near the hub.
    """
    core = discs[0][2]
    margin = NODE_GAP / 4
    dist = core + r + margin
    while True:
        steps = max(6, math.ceil(2 * math.pi * dist / max(NODE_GAP, r)))
        delta = 2 * math.pi / steps
        for k in range(steps):
            a = (k + 1) // 2 * delta * (1 if k % 2 else -1)
            if abs(a) > reach:
                break
            x, y = dist * math.cos(a), dist * math.sin(a)
            if all((x - px) ** 2 + (y - py) ** 2 >= (r + pr + margin) ** 2 for px, py, pr in discs):
                return x, y
        dist += max(NODE_GAP / 2, r / 4)


def _pack_rows(items: list[tuple[float, float, dict]], *,
               width: float = 0.0) -> dict[Hashable, tuple[float, float]]:
    """Shelf packing from the top left, in the given order, in rows about as wide as a square of the items."""
    if not items:
        return {}
    margin = NODE_GAP
    area = sum((w + margin) * (h + margin) for w, h, _ in items)
    width = max(width, max(w for w, _, _ in items), math.sqrt(area) * 1.2)
    out: dict[Hashable, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for w, h, pos in items:
        if x > 0 and x + w > width:
            x, y, row_h = 0.0, y + row_h + margin, 0.0
        for v, (px, py) in pos.items():
            out[v] = (x + px, y + py)
        x += w + margin
        row_h = max(row_h, h)
    return out


# ---------------------------------------------------------------- evidence


class _Evidence:
    """Sentences and source documents of a graph, numbered in the order the page first cites them."""

    def __init__(self, facts: ViewFacts) -> None:
        self.facts = facts
        self.sentences: list[tuple[str, int]] = []
        self.documents: list[str] = []
        self._sentence_index: dict[str, int] = {}
        self._document_index: dict[str, int] = {}

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
            title = (_pick_label(f.labels.get(doc, ()), prefer=("zh",))
                     or _pick_label(f.titles.get(doc, ()), prefer=("zh",))
                     or f.file_names.get(doc) or _local_name(doc))
            self._document_index[doc] = len(self.documents)
            self.documents.append(title)
        return self._document_index[doc]


def spread_over_documents(nodes: Iterable[str], ev: _Evidence, *, limit: int = EVIDENCE_PER_ITEM) -> tuple:
    """Up to ``limit`` evidence refs, one document at a time, so a merged graph shows its breadth.

    Distinct sentences only: an entity named twice in one sentence shows that sentence once.
    """
    by_doc: dict[str, list] = defaultdict(list)
    for n in sorted(nodes, key=ev.sort_key):
        by_doc[ev.sort_key(n)[0]].append(n)
    queues = [by_doc[d] for d in sorted(by_doc)]
    refs: list[EvidenceRef] = []
    seen: set[int] = set()
    depth = 0
    while len(refs) < limit and any(depth < len(q) for q in queues):
        for q in queues:
            if depth < len(q) and len(refs) < limit:
                ref = ev.ref(q[depth])
                if ref is not None and ref.sentence not in seen:
                    seen.add(ref.sentence)
                    refs.append(ref)
        depth += 1
    return tuple(refs)


# ---------------------------------------------------------------- the view model


def graph_view(graph: Graph | ox.Store) -> GraphView:
    """Read ``graph`` into the plain values the page shows (any graph of the contract, merged or not).

    ``graph`` is an rdflib Graph or a pyoxigraph Store (its default graph); the same triples give the
    same view either way.
    """
    facts = read_view_facts(view_store(graph))
    G = _entity_graph(facts)
    U = nx.Graph(G)
    centrality = nx.degree_centrality(U) if len(U) > 1 else {v: 0.0 for v in U}
    labels = {v: G.nodes[v]["label"] for v in G}
    positions = layout_positions(U, order=labels, group={v: G.nodes[v]["type"] for v in G})

    ev = _Evidence(facts)
    nodes = tuple(
        ViewNode(iri=v, type=G.nodes[v]["type"], label=labels[v], aliases=G.nodes[v]["aliases"],
                 centrality=round(centrality[v], 6), x=positions[v][0], y=positions[v][1],
                 evidence=spread_over_documents(facts.evidence.get(v, ()), ev))
        for v in G)
    edges = tuple(
        ViewEdge(subject=s, predicate=p, object=o,
                 evidence=spread_over_documents(facts.assertions.get((s, p, o), ()), ev))
        for s, o, p in sorted(G.edges(keys=True)))

    onto = ontology_labels()
    used = sorted({e.predicate for e in edges})
    # a graph may carry its own ontology: its Chinese label of a predicate the ontology lacks
    predicate_labels = {p: onto.get(p) or _pick_label(facts.labels.get(p, ()), prefer=("zh",)) or _local_name(p)
                        for p in used}
    type_labels = {c: onto.get(str(KG[c]), c) for c in ENTITY_CLASSES}
    return GraphView(nodes=nodes, edges=edges, sentences=tuple(ev.sentences), documents=tuple(ev.documents),
                     type_labels=type_labels, predicate_labels=predicate_labels)


# ---------------------------------------------------------------- the page


def page_data(view: GraphView) -> dict:
    """The JSON the page reads: compact arrays, documented here and in ``kg/viewer/view.js``.

    ``nodes``: [iri, type index, label, aliases, size, x, y, evidence];
    ``edges``: [subject index, object index, predicate index, evidence];
    evidence: [[sentence index, start, end], …] (start/end null when unknown);
    ``sentences``: [text, document index (-1 when unknown)].
    """
    types = list(ENTITY_CLASSES)
    predicates = sorted(view.predicate_labels)
    index = {n.iri: i for i, n in enumerate(view.nodes)}
    top = max((n.centrality for n in view.nodes), default=0.0)

    def size(c: float) -> float:
        return round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt(c / top), 1) if top > 0 else MIN_SIZE

    def refs(evidence: tuple[EvidenceRef, ...]) -> list:
        return [[r.sentence, r.start, r.end] for r in evidence]

    counts = defaultdict(int)
    for n in view.nodes:
        counts[n.type] += 1
    return {
        "types": [{"name": t, "label": view.type_labels.get(t, t), "color": TYPE_STYLE[t][0],
                   "shape": TYPE_STYLE[t][1], "count": counts[t]} for t in types],
        "predicates": [{"iri": p, "name": _local_name(p), "label": view.predicate_labels[p]}
                       for p in predicates],
        "documents": list(view.documents),
        "sentences": [list(s) for s in view.sentences],
        "nodes": [[n.iri, types.index(n.type), n.label, list(n.aliases), size(n.centrality), n.x, n.y,
                   refs(n.evidence)] for n in view.nodes],
        "edges": [[index[e.subject], index[e.object], predicates.index(e.predicate), refs(e.evidence)]
                  for e in view.edges],
        "big": len(view.nodes) > BIG_GRAPH,
    }


def script_json(value) -> str:
    """JSON that is safe inside an HTML ``<script>`` element: no ``<``, ``>`` or ``&`` survive.

    >>> script_json({"label": "</script><img src=x>"})
    '{"label":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _asset(name: str) -> str:
    return resources.files("kg").joinpath(f"{_VIEWER}/{name}").read_text(encoding="utf-8")


def _vis_network_js() -> str:
    """vis-network as pyvis ships it (9.1.2, MIT): pyvis is our source of the library, inlined, not linked."""
    js = resources.files("pyvis").joinpath("templates/lib/vis-9.1.2/vis-network.min.js")
    return js.read_text(encoding="utf-8")


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def render_view(graph: Graph | ox.Store | GraphView) -> str:
    """The whole page as one string: works offline, loads nothing, runs only its own scripts."""
    view = graph if isinstance(graph, GraphView) else graph_view(graph)
    vis_js, view_js = _vis_network_js(), _asset("view.js")
    for name, text in (("vis-network.min.js", vis_js), ("view.js", view_js)):
        if "</script" in text.lower() or "<!--" in text:  # would end or confuse the inline <script>
            raise ValueError(f"kg/viewer/{name} holds '</script' or '<!--': it cannot be inlined")
    page = Template(_asset("view.html")).substitute(
        csp_scripts=f"{_csp_hash(vis_js)} {_csp_hash(view_js)}",
        style=_asset("view.css"),
        data=script_json(page_data(view)),
        vis_js=vis_js,
        view_js=view_js,
    )
    return page


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
