"""The HTML view without a browser: what it draws, the evidence it shows, its safety and its layout.

The browser-driven checks (drawing, search, filters, speed) are in test_view_browser.py.
"""
from __future__ import annotations

import base64
import hashlib
import itertools
import json
import math
import random
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg.cli import main
from kg.corpus import build
from kg.pipeline import build_graph
from kg.view import (
    CELL,
    entity_graph,
    graph_view,
    load_view_graph,
    map_layout,
    ntriples_store,
    ntriples_view,
    page_data,
    render_view,
    script_json,
    write_view,
)
from kg.vocab import DATA_NS, ENTITY_CLASSES, KG, ontology_file

from .conftest import SEED

XSS = "<img src=x onerror=alert(1)>"


def zh_label(term: URIRef) -> str:
    """The ontology file's Chinese label of ``term``, read here independently of kg.view."""
    onto = Graph().parse(ontology_file(), format="turtle")
    return next(str(o) for o in onto.objects(term, RDFS.label) if o.language == "zh")


def two_document_graph(*, label: str = "党的二十大", sentence: str = "会议贯彻党的二十大精神。") -> Graph:
    """A merged graph by hand: one meeting named in two documents, a relation, an indicator."""
    g = Graph()
    meeting, report = DATA_NS["meeting/m"], DATA_NS["document/r"]
    g.add((meeting, RDF.type, KG.Meeting))
    g.add((meeting, RDFS.label, Literal(label, lang="zh")))
    g.add((meeting, SKOS.altLabel, Literal("二十大", lang="zh")))
    g.add((report, RDF.type, KG.Document))
    g.add((report, RDFS.label, Literal("政府工作报告", lang="zh")))
    g.add((meeting, KG.approved, report))
    for n, title in ((1, "甲市政府工作报告"), (2, "乙省政府工作报告")):
        doc, sent = DATA_NS[f"doc/{n}"], DATA_NS[f"doc/{n}/sentence/0"]
        g.add((doc, RDF.type, KG.SourceDocument))
        g.add((doc, RDFS.label, Literal(title, lang="zh")))
        g.add((sent, RDF.type, KG.Sentence))
        g.add((sent, KG.text, Literal(f"{sentence}（{n}）", lang="zh")))
        g.add((sent, KG.start, Literal(100, datatype=XSD.integer)))
        g.add((sent, KG.inDocument, doc))
        mention = DATA_NS[f"doc/{n}/mention/{n}"]
        g.add((mention, RDF.type, KG.Mention))
        g.add((mention, KG.mentionOf, meeting))
        g.add((mention, KG.inSentence, sent))
        g.add((mention, KG.inDocument, doc))
        start = 100 + sentence.index(label) if label in sentence else 100
        g.add((mention, KG.start, Literal(start, datatype=XSD.integer)))
        g.add((mention, KG.end, Literal(start + len(label), datatype=XSD.integer)))
    assertion = DATA_NS["doc/1/assertion/a"]
    g.add((assertion, RDF.type, KG.RelationAssertion))
    g.add((assertion, RDF.subject, meeting))
    g.add((assertion, RDF.predicate, KG.approved))
    g.add((assertion, RDF.object, report))
    g.add((assertion, KG.inSentence, DATA_NS["doc/1/sentence/0"]))
    g.add((assertion, KG.inDocument, DATA_NS["doc/1"]))
    return g


@pytest.fixture(scope="module")
def seed_graph(seed_text: str) -> Graph:
    return build_graph(seed_text, source="seed.txt")


# ------------------------------------------------------------------ what is drawn


def test_every_entity_and_entity_relation_of_the_seed_is_in_the_view(seed_graph: Graph) -> None:
    classes = {KG[c] for c in ENTITY_CLASSES}
    entities = {str(s) for s, o in seed_graph.subject_objects(RDF.type) if o in classes}
    relations = {(str(s), str(p), str(o)) for s, p, o in seed_graph
                 if str(s) in entities and str(o) in entities and p != RDF.type}
    view = graph_view(seed_graph)
    assert {n.iri for n in view.nodes if n.type in ENTITY_CLASSES} == entities
    assert {(e.subject, e.predicate, e.object) for e in view.edges} == relations
    assert len(view.nodes) > 50 and relations  # the seed is a real speech, not an empty graph


def test_every_node_has_a_place_on_the_map_of_its_texts(seed_graph: Graph) -> None:
    view = graph_view(seed_graph)
    linked = {v for link in view.links for v in link} | {v for e in view.edges for v in (e.subject, e.object)}
    assert [n.label for n in view.nodes if n.iri not in linked] == []
    docs = [n for n in view.nodes if n.type == "SourceDocument"]
    part_of = URIRef("http://purl.org/dc/terms/isPartOf")
    sections = {str(s) for s in seed_graph.subjects(RDF.type, KG.Section) if seed_graph.value(s, part_of) is None}
    assert len(docs) == 1 and sections
    assert {n.iri for n in view.nodes if n.type == "Section"} == sections
    # the seed's theme paragraphs all open with the theme: each is labelled by its own point
    labels = [n.label for n in view.nodes if n.type == "Section"]
    assert len(set(labels)) == len(labels) and "要旗帜鲜明讲政治" not in labels and "旗帜鲜明讲政治" in labels
    assert {(s, docs[0].iri) for s in sections} <= set(view.links)
    # an entity links to the sections whose sentences name it
    meeting = next(n for n in view.nodes if n.label == "党的二十大")
    said_in = {seed_graph.value(seed_graph.value(m, KG.inSentence), KG.inSection)
               for m in seed_graph.subjects(KG.mentionOf, URIRef(meeting.iri))}
    # the top section (a （一） part's 一、 part), or the text for a sentence outside every section
    top = {docs[0].iri if s is None else str(seed_graph.value(s, part_of) or s) for s in said_in}
    assert {b for a, b in view.links if a == meeting.iri} == top


def test_structural_nodes_are_not_drawn_but_each_text_is_one_node() -> None:
    view = graph_view(two_document_graph())
    assert {n.iri for n in view.nodes if n.type in ENTITY_CLASSES} == {str(DATA_NS["meeting/m"]),
                                                                      str(DATA_NS["document/r"])}
    assert sorted(n.label for n in view.nodes if n.type == "SourceDocument") == ["乙省政府工作报告", "甲市政府工作报告"]
    assert not [n for n in view.nodes if n.type not in (*ENTITY_CLASSES, "SourceDocument", "Section")]


def test_a_text_is_labelled_with_its_year_and_place() -> None:
    g = two_document_graph()
    doc = DATA_NS["doc/1"]
    g.set((doc, RDFS.label, Literal("政府工作报告", lang="zh")))
    g.add((doc, URIRef("http://purl.org/dc/terms/title"), Literal("政府工作报告", lang="zh")))
    g.add((doc, KG.year, Literal("2026", datatype=XSD.gYear)))
    g.add((doc, URIRef("http://purl.org/dc/terms/spatial"), Literal("安徽省", lang="zh")))
    view = graph_view(g)
    assert "2026年安徽省政府工作报告" in [n.label for n in view.nodes if n.type == "SourceDocument"]
    assert "2026年安徽省政府工作报告" in view.documents  # evidence names whose report it is


def test_edge_labels_are_the_predicates_chinese_labels_from_the_ontology(seed_graph: Graph) -> None:
    data = page_data(graph_view(seed_graph))
    assert data["predicates"]
    for p in data["predicates"]:
        assert p["label"] == zh_label(URIRef(p["iri"]))


def test_legend_names_each_type_in_chinese_and_counts_it(seed_graph: Graph) -> None:
    view = graph_view(seed_graph)
    types = page_data(view)["types"]
    assert [t["name"] for t in types] == [*ENTITY_CLASSES, "SourceDocument", "Section"]
    for t in types:
        assert t["label"] == zh_label(KG[t["name"]])
        assert t["backbone"] == (t["name"] not in ENTITY_CLASSES)
        assert t["count"] == sum(1 for n in view.nodes if n.type == t["name"])
    assert len({(t["color"], t["shape"]) for t in types}) == len(types)  # no two types look alike


def test_more_central_entities_are_drawn_bigger(seed_graph: Graph) -> None:
    data = page_data(graph_view(seed_graph))
    degree = dict(nx.Graph(entity_graph(seed_graph)).degree())
    sizes = {n[0]: n[4] for n in data["nodes"]}
    hub = max(degree, key=degree.get)
    loner = min(degree, key=degree.get)
    assert sizes[hub] > sizes[loner]


# ------------------------------------------------------------------ evidence and merged graphs


def test_a_merged_graph_shows_evidence_from_each_document() -> None:
    view = graph_view(two_document_graph())
    meeting = next(n for n in view.nodes if n.type == "Meeting")
    assert meeting.aliases == ("二十大",)
    texts = [view.sentences[r.sentence] for r in meeting.evidence]
    assert sorted(view.documents[d] for _, d in texts) == ["乙省政府工作报告", "甲市政府工作报告"]
    for ref in meeting.evidence:  # the marked span is the mention itself
        assert view.sentences[ref.sentence][0][ref.start:ref.end] == "党的二十大"
    edge = view.edges[0]
    assert [view.sentences[r.sentence][0] for r in edge.evidence] == ["会议贯彻党的二十大精神。（1）"]


def test_evidence_holds_every_distinct_sentence(seed_graph: Graph) -> None:
    view = graph_view(seed_graph)
    for n in view.nodes:
        if n.type == "Indicator":  # its evidence is a kg:hasEvidence assertion, not mentions
            continue
        sentences = {seed_graph.value(m, KG.inSentence) for m in seed_graph.subjects(KG.mentionOf, URIRef(n.iri))}
        assert len(n.evidence) == len({r.sentence for r in n.evidence}) == len(sentences - {None})
    assert max(len(n.evidence) for n in view.nodes) > 3  # no cap: the card offers them all


def test_two_labels_of_one_entity_keep_one_and_alias_the_other() -> None:
    g = two_document_graph()
    g.add((DATA_NS["meeting/m"], RDFS.label, Literal("中国共产党第二十次全国代表大会", lang="zh")))
    meeting = next(n for n in graph_view(g).nodes if n.type == "Meeting")
    assert {meeting.label, *meeting.aliases} == {"党的二十大", "二十大", "中国共产党第二十次全国代表大会"}
    assert meeting.label not in meeting.aliases


# ------------------------------------------------------------------ one page, whichever way the graph comes

#: The seed and the two dev texts: real speeches, each built alone.
TEXTS = ["seed", "guangdong-plenary-2025", "henan-gwr-2026-review"]


def text_file(name: str, request: pytest.FixtureRequest) -> Path:
    if name == "seed":
        return SEED
    return request.getfixturevalue("shared_dir") / "devset" / f"{name}.txt"


@pytest.mark.parametrize("name", TEXTS)
def test_a_build_writes_the_page_rdflib_and_kg_view_make_of_its_graph(
        name: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    build([text_file(name, request)], tmp_path, use_cache=False)
    page = (tmp_path / "graph.html").read_bytes()  # the build's union, read from its N-Triples file
    from_rdflib = Graph().parse(tmp_path / "graph.ttl")
    assert render_view(from_rdflib).encode("utf-8") == page
    assert render_view(load_view_graph(tmp_path / "graph.nq")).encode("utf-8") == page  # kg view of the quads
    view = graph_view(from_rdflib)
    assert len(view.nodes) > 20 and view.edges and view.sentences  # a real page, not two empty ones


def test_a_build_of_several_texts_writes_the_page_of_its_merged_quads(tmp_path: Path) -> None:
    """The build reads graph.nq one text at a time (each text's evidence written as it is read, never the
    corpus's sentences at once): its page is the page of all the quads merged, evidence block by block."""
    texts = tmp_path / "texts"
    texts.mkdir()
    seed = SEED.read_text(encoding="utf-8")
    (texts / "a.txt").write_text(seed, encoding="utf-8")
    (texts / "b.txt").write_text(seed + "\n（副本）\n", encoding="utf-8")  # another text naming the same entities
    (texts / "c.txt").write_text("会议贯彻党的二十大精神。", encoding="utf-8")
    build([texts], tmp_path / "out", use_cache=False, workers=1)
    page = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert render_view(load_view_graph(tmp_path / "out" / "graph.nq")) == page
    blocks = [json.loads(b) for b in re.findall(r'<script class="kg-evidence" type="application/json">(.*?)</script>',
                                                page, re.S)]
    assert len(blocks) == 3 and [b["document"] for b in blocks] == sorted(b["document"] for b in blocks)
    view = graph_view(load_view_graph(tmp_path / "out" / "graph.nq"))
    meeting = next(n for n in view.nodes if n.label == "党的二十大")
    # the page's blocks hold, text by text, every sentence the view cites for it
    cited = [b["sentences"][r[0]] for b in blocks for iri, refs in b["nodes"] if iri == meeting.iri for r in refs]
    assert cited == [view.sentences[r.sentence][0] for r in meeting.evidence]
    assert len({view.sentences[r.sentence][1] for r in meeting.evidence}) == 3  # said in each of the texts


def test_the_page_made_beside_each_text_is_the_page_of_the_merged_quads(tmp_path: Path) -> None:
    """Each text's share of the page is made when it is mapped, and the build relabels it with the
    corpus's labels; texts from the cache and one text under two names are read from the graph. Either
    way the page is the page of the quads: here one text names a policy “人工智能+” that two others
    write “人工智能＋”, so its share is relabelled."""
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text("大力实施“人工智能+”行动，推动数字经济发展。\n", encoding="utf-8")
    (texts / "b.txt").write_text("深入实施“人工智能＋”行动，发展数字经济。\n", encoding="utf-8")
    out = tmp_path / "out"

    def page_is_the_quads_page() -> str:
        page = (out / "graph.html").read_text(encoding="utf-8")
        assert render_view(load_view_graph(out / "graph.nq")) == page
        return page

    build([texts], out, workers=1)
    page_is_the_quads_page()
    (texts / "c.txt").write_text("全面实施“人工智能＋”行动。\n", encoding="utf-8")
    (texts / "d.txt").write_text((texts / "b.txt").read_text(encoding="utf-8"), encoding="utf-8")
    build([texts], out, workers=1)  # a and b from the cache, c new, d the text of b under another name
    page = page_is_the_quads_page()
    nodes = json.loads(re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)[1])["nodes"]
    policy = next(n for n in nodes if "人工智能" in n[2])
    assert (policy[2], policy[3]) == ("“人工智能＋”行动", ["“人工智能+”行动"])  # the corpus's label, a's as alias
    build([texts], tmp_path / "fresh", workers=1, use_cache=False)
    assert (tmp_path / "fresh" / "graph.html").read_text(encoding="utf-8") == page


def tied_evidence_graph() -> Graph:
    """two_document_graph with evidence that only a full sort key orders: a second mention in another
    sentence at the same offsets as the first, and a mention that states its end twice."""
    g = two_document_graph()
    meeting, doc = DATA_NS["meeting/m"], DATA_NS["doc/1"]
    sent = DATA_NS["doc/1/sentence/1"]
    g.add((sent, RDF.type, KG.Sentence))
    g.add((sent, KG.text, Literal("热烈庆祝党的二十大胜利召开。", lang="zh")))
    g.add((sent, KG.start, Literal(100, datatype=XSD.integer)))
    g.add((sent, KG.inDocument, doc))
    twin = DATA_NS["doc/1/mention/0"]  # sorts before doc/1/mention/1, which has the same offsets
    g.add((twin, RDF.type, KG.Mention))
    g.add((twin, KG.mentionOf, meeting))
    g.add((twin, KG.inSentence, sent))
    g.add((twin, KG.inDocument, doc))
    g.add((twin, KG.start, Literal(104, datatype=XSD.integer)))
    g.add((twin, KG.end, Literal(111, datatype=XSD.integer)))  # 党的二十大胜利
    g.add((twin, KG.end, Literal(109, datatype=XSD.integer)))  # 党的二十大
    return g


@pytest.mark.parametrize("graph", ["seed", "tied"])
def test_the_page_does_not_depend_on_the_order_the_triples_were_stored(
        graph: str, seed_graph: Graph, tmp_path: Path) -> None:
    """Nor on how they are read: through a store's SELECTs, or in two passes over an N-Triples file
    (how a build's view reads its union)."""
    g = seed_graph if graph == "seed" else tied_evidence_graph()
    expected = render_view(g)
    lines = g.serialize(format="nt", encoding="utf-8").splitlines()
    for order in (sorted(lines), sorted(lines, reverse=True), random.Random(7).sample(lines, len(lines))):
        assert render_view(ntriples_store(b"\n".join(order))) == expected
        (tmp_path / "union.nt").write_bytes(b"\n".join(order) + b"\n")
        assert render_view(ntriples_view(tmp_path / "union.nt")) == expected


def test_evidence_at_the_same_place_is_ordered_by_iri_and_a_twice_stated_end_keeps_the_least() -> None:
    view = graph_view(tied_evidence_graph())
    meeting = next(n for n in view.nodes if n.type == "Meeting")
    first = meeting.evidence[0]  # doc/1/mention/0 before doc/1/mention/1, at the same offsets
    text = view.sentences[first.sentence][0]
    assert text == "热烈庆祝党的二十大胜利召开。"
    assert text[first.start:first.end] == "党的二十大"


def test_the_entity_graph_of_a_store_is_the_entity_graph_of_its_rdflib_graph(seed_graph: Graph) -> None:
    store = ntriples_store(seed_graph.serialize(format="nt", encoding="utf-8"))
    from_graph, from_store = entity_graph(seed_graph), entity_graph(store)
    assert list(from_store.nodes(data=True)) == list(from_graph.nodes(data=True))
    assert sorted(from_store.edges(keys=True)) == sorted(from_graph.edges(keys=True))


# ------------------------------------------------------------------ the page is safe and offline


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script" and dict(attrs).get("type") != "application/json"
        if self._in_script:
            self.scripts.append("")

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data

    def handle_endtag(self, tag):
        self._in_script = False


def test_page_links_nothing_and_its_policy_allows_only_its_own_scripts(seed_graph: Graph) -> None:
    parser = _Tags()
    parser.feed(render_view(seed_graph))
    assert not [(t, a) for t, a in parser.tags if {"src", "href"} & set(a)]
    assert not [t for t, _ in parser.tags if t in ("link", "iframe", "img", "object", "embed")]
    csp = next(a["content"] for t, a in parser.tags
               if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp
    allowed = set(re.findall(r"'sha256-([^']+)'", csp))
    assert len(parser.scripts) == 2  # vis-network and the view
    for script in parser.scripts:  # a hash mismatch would leave the page blank
        assert base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() in allowed


def test_hostile_text_stays_data() -> None:
    g = two_document_graph(label=XSS, sentence=f"会议贯彻{XSS}精神。")
    g.add((DATA_NS["doc/1"], RDFS.label, Literal(f"</script>{XSS}", lang="zh")))
    page = render_view(g)
    assert XSS not in page and "</script><" not in page
    raw = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S).group(1)
    data = json.loads(raw)
    assert XSS in [n[2] for n in data["nodes"]]
    assert f"</script>{XSS}" in [d for d, _ in data["documents"]]


@settings(max_examples=200, deadline=None)
@given(st.recursive(st.text() | st.integers() | st.none(),
                    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner)))
def test_script_json_round_trips_and_cannot_close_the_script(value) -> None:
    text = script_json(value)
    assert json.loads(text) == value
    assert "<" not in text and ">" not in text and "&" not in text


def test_rendering_is_deterministic(seed_graph: Graph) -> None:
    assert render_view(seed_graph) == render_view(seed_graph)


# ------------------------------------------------------------------ layout


def test_seed_layout_gives_every_node_its_own_place(seed_graph: Graph) -> None:
    positions = [(n.x, n.y) for n in graph_view(seed_graph).nodes]
    assert all(math.isfinite(c) for p in positions for c in p)
    closest = min(math.dist(a, b) for a, b in itertools.combinations(positions, 2))
    assert closest >= CELL


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=2, max_value=8), st.integers(min_value=0, max_value=10**6))
def test_an_entity_said_in_several_texts_sits_between_them(n_docs: int, seed: int) -> None:
    rng = random.Random(seed)
    docs = [f"d{i}" for i in range(n_docs)]
    sections = {d: [f"{d}/s{k}" for k in range(rng.randint(0, 4))] for d in docs}
    places = [s for d in docs for s in sections[d]] or docs
    anchors = {f"e{i}": tuple(rng.sample(places, 1)) for i in range(rng.randint(5, 60))}
    anchors["everywhere"] = tuple(docs)
    pos = map_layout(docs, sections, anchors)
    assert set(pos) == set(docs) | set(places) | set(anchors)
    closest = min(math.dist(pos[a], pos[b]) for a, b in itertools.combinations(pos, 2))
    assert closest >= CELL  # no two nodes share a place
    centre = (sum(pos[d][0] for d in docs) / n_docs, sum(pos[d][1] for d in docs) / n_docs)
    nearest_doc = min(math.dist(centre, pos[d]) for d in docs)
    assert math.dist(pos["everywhere"], centre) < nearest_doc  # nearer the middle than any text
    for v, places in anchors.items():
        if v != "everywhere":  # an entity of one section is nearer it than the texts' circle is wide
            assert math.dist(pos[v], pos[places[0]]) < max(nearest_doc, CELL * 12)


def test_a_node_with_only_relations_sits_by_what_it_is_related_to() -> None:
    pos = map_layout(["d"], {"d": []}, {"a": ("d",)}, neighbours={"b": {"a"}, "c": {"b"}})
    assert math.dist(pos["b"], pos["a"]) <= 2 * CELL * math.sqrt(2)
    assert set(pos) == {"d", "a", "b", "c"}


# ------------------------------------------------------------------ kg view


def test_kg_view_writes_the_page_and_accepts_a_merged_trig_graph(tmp_path: Path) -> None:
    g = two_document_graph()
    g.serialize(tmp_path / "g.ttl", format="turtle")
    from rdflib import Dataset

    ds = Dataset()
    for i, (s, p, o) in enumerate(sorted(g)):  # split the triples over two named graphs
        ds.graph(URIRef(f"urn:x:{i % 2}")).add((s, p, o))
    ds.serialize(tmp_path / "g.trig", format="trig")
    runner = CliRunner()
    ttl = runner.invoke(main, ["view", str(tmp_path / "g.ttl"), "-o", str(tmp_path / "a.html")])
    trig = runner.invoke(main, ["view", str(tmp_path / "g.trig"), "-o", str(tmp_path / "b.html")])
    assert ttl.exit_code == 0 and trig.exit_code == 0, ttl.output + trig.output
    assert "2 entities, 0 indicators, 1 relations, 2 source texts" in ttl.output
    assert (tmp_path / "a.html").read_text() == (tmp_path / "b.html").read_text()


def test_kg_view_default_output_is_beside_the_graph(tmp_path: Path) -> None:
    two_document_graph().serialize(tmp_path / "g.ttl", format="turtle")
    result = CliRunner().invoke(main, ["view", str(tmp_path / "g.ttl")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "g.html").read_text().startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("args, message", [
    (["view", "no/such/graph.ttl"], "no such graph file"),
    (["view", "{dir}/g.ttl", "-o", "{dir}/g.ttl"], "would overwrite the graph"),
])
def test_kg_view_errors_are_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    two_document_graph().serialize(tmp_path / "g.ttl", format="turtle")
    result = CliRunner().invoke(main, [a.format(dir=tmp_path) for a in args])
    assert result.exit_code == 2
    assert message in result.output and len(result.output.strip().splitlines()) == 1


def test_an_empty_graph_still_gives_a_page(tmp_path: Path) -> None:
    path = write_view(Graph(), tmp_path / "empty.html")
    data = page_data(graph_view(Graph()))
    assert data["nodes"] == [] and path.read_text().startswith("<!DOCTYPE html>")


def test_a_sections_label_drops_every_word_its_siblings_open_with():
    from kg.view import section_label

    siblings = ["踔厉奋发启新程，要全力以赴促发展", "踔厉奋发启新程，要锐意创新求突破"]
    assert section_label(siblings[0], siblings) == "全力以赴促发展"
    assert section_label("一、稳增长", ["一、稳增长"]) == "一、稳增长"
