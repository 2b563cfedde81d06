"""The networkx view of a graph and the measures on it, checked against the RDF they are read from."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace

from kg.analytics import (
    component_summary,
    connected_components,
    counts_by_type,
    degree_centrality,
    entity_graph,
    graph_file,
    most_central,
    most_documents,
    read_graph,
    summarise,
)
from kg.corpus import build
from kg.errors import InputError
from kg.graph import new_graph
from kg.pipeline import build_graph
from kg.vocab import ENTITY_CLASSES, KG
from tests.conftest import SEED
from tests.test_corpus import write_corpus

D = Namespace("https://w3id.org/policykg/id/")


@pytest.fixture(scope="module")
def seed_rdf() -> Graph:
    return build_graph(SEED.read_text(encoding="utf-8"), source=SEED.name)


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    build([write_corpus(tmp_path_factory.mktemp("texts") / "t")], out, workers=1, write_html=False)
    return out


def small_graph() -> Graph:
    """A hub with two neighbours, and one entity on its own."""
    g = new_graph()
    for local, cls, label in (("m/1", KG.Meeting, "党的二十大"), ("o/1", KG.Organization, "省委"),
                              ("s/1", KG.Strategy, "乡村振兴"), ("c/1", KG.Concept, "两个确立")):
        g.add((D[local], RDF.type, cls))
        g.add((D[local], RDFS.label, Literal(label, lang="zh")))
    g.add((D["o/1"], KG.carriesOutSpiritOf, D["m/1"]))
    g.add((D["m/1"], KG.relatedTo, D["s/1"]))
    g.add((D["o/1"], KG.implements, D["m/1"]))  # a second predicate for one pair: two edges, one neighbour
    return g


def test_nodes_and_edges_are_the_entities_and_the_direct_triples_between_them(seed_rdf) -> None:
    G = entity_graph(seed_rdf)
    expected_nodes = {str(s) for c in ENTITY_CLASSES if c != "Indicator"
                      for s in seed_rdf.subjects(RDF.type, KG[c])}
    assert set(G) == expected_nodes
    expected_edges = {(str(s), str(p), str(o)) for s, p, o in seed_rdf
                      if str(s) in expected_nodes and str(o) in expected_nodes and p != RDF.type and s != o}
    assert {(u, k, v) for u, v, k in G.edges(keys=True)} == expected_edges
    steel = next(v for v, d in G.nodes(data=True) if d["label"] == "钢铁")
    assert G.nodes[steel]["type"] == "Industry"
    ((_, category, data),) = [e for e in G.out_edges(steel, data=True) if e[2]["predicate"] == "inCategory"]
    assert G.nodes[category]["label"] == "传统主导产业" and G.nodes[category]["category"] is True


def test_a_file_an_rdflib_graph_and_a_quad_file_give_the_same_network(corpus_out) -> None:
    from_ttl = read_graph(corpus_out / "graph.ttl")
    from_nq = read_graph(corpus_out)  # the folder: graph.nq
    from_rdflib = entity_graph(Graph().parse(corpus_out / "graph.ttl"))
    for other in (from_nq, from_rdflib):
        assert dict(from_ttl.nodes(data=True)) == dict(other.nodes(data=True))
        assert sorted(from_ttl.edges(keys=True)) == sorted(other.edges(keys=True))


def test_documents_counts_the_texts_naming_an_entity(corpus_out) -> None:
    G = read_graph(corpus_out)
    (meeting,) = [v for v, d in G.nodes(data=True) if d["label"] == "党的二十大"]
    assert G.nodes[meeting]["documents"] == 3
    top = most_documents(G, n=len(G))
    assert max(top.values()) == 3 and top[meeting] == 3  # among those named in every text
    assert G.graph["classes"]["SourceDocument"] == 3


def test_counts_by_type_match_the_rdf(seed_rdf) -> None:
    counts = counts_by_type(entity_graph(seed_rdf))
    for cls, n in counts.items():
        typed = set(seed_rdf.subjects(RDF.type, KG[cls]))
        assert n == len(typed), cls  # each entity has one contract type
    assert "Indicator" not in counts
    assert counts_by_type(entity_graph(seed_rdf, indicators=True))["Indicator"] == \
        len(set(seed_rdf.subjects(RDF.type, KG.Indicator)))


def test_degree_centrality_counts_neighbours_not_edges() -> None:
    G = entity_graph(small_graph())
    assert G.number_of_edges() == 3
    c = degree_centrality(G)
    assert c[str(D["m/1"])] == pytest.approx(2 / 3)
    assert c[str(D["o/1"])] == pytest.approx(1 / 3) and c[str(D["c/1"])] == 0.0
    # 省委 and 乡村振兴 tie at 1/3: the label decides, in code point order (乡 U+4E61 < 省 U+7701)
    assert list(most_central(G, n=2)) == [str(D["m/1"]), str(D["s/1"])]


def test_components_largest_first_with_the_isolated_counted() -> None:
    G = entity_graph(small_graph())
    assert connected_components(G) == [sorted(str(D[x]) for x in ("m/1", "o/1", "s/1")), [str(D["c/1"])]]
    summary = component_summary(G, members=1)
    assert summary["count"] == 2 and summary["isolated"] == 1
    assert summary["largest"] == {"size": 3, "share": 0.75, "central_members": ["党的二十大"]}
    assert summary["sizes"] == {"3": 1, "1": 1}


def test_an_empty_graph_has_nothing_to_rank() -> None:
    G = entity_graph(new_graph())
    report = summarise(G)
    assert report["entities"] == 0 and report["most_central"] == [] and report["components"]["count"] == 0


def test_the_summary_is_plain_json(seed_rdf) -> None:
    report = summarise(entity_graph(seed_rdf), top=3)
    again = json.loads(json.dumps(report, ensure_ascii=False))
    assert again == report
    assert len(report["most_central"]) == 3
    assert report["triples"] == len(seed_rdf)
    assert report["relations"] == sum(report["relations_by_predicate"].values())


def test_unreadable_inputs_are_input_errors(tmp_path) -> None:
    with pytest.raises(InputError, match="no such graph file or folder"):
        graph_file(tmp_path / "missing.ttl")
    with pytest.raises(InputError, match="holds no graph file"):
        graph_file(tmp_path)
    (tmp_path / "bad.ttl").write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(InputError, match="cannot be parsed"):
        read_graph(tmp_path / "bad.ttl")
    (tmp_path / "graph.xyz").write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="unknown graph format"):
        read_graph(tmp_path / "graph.xyz")
