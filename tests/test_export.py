"""Exports for network tools: GraphML and GEXF read back by networkx, CSV in Neo4j's import format."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.analytics import read_graph
from kg.cli import main
from kg.corpus import build
from kg.export import EDGE_HEADER, NODE_HEADER, export_graph, neo4j_csv
from tests.conftest import SEED


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed")
    build([SEED], out, workers=1, write_html=False)
    return out


@pytest.fixture(scope="module")
def network(seed_out) -> nx.MultiDiGraph:
    return read_graph(seed_out)


@pytest.mark.parametrize(("fmt", "read"), [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_and_gexf_read_back_with_each_entity_its_label_and_type(network, tmp_path, fmt, read) -> None:
    (path,) = export_graph(network, tmp_path / f"g.{fmt}", fmt=fmt)
    back = read(path)
    assert set(back) == set(network)
    for v, d in network.nodes(data=True):
        assert back.nodes[v]["label"] == d["label"]
        assert back.nodes[v]["type"] == d["type"]
        assert int(back.nodes[v]["documents"]) == d["documents"] == 1
    assert back.number_of_edges() == network.number_of_edges()
    assert sorted(d["label"] for _, _, d in back.edges(data=True)) == \
        sorted(d["predicate"] for _, _, d in network.edges(data=True))
    meeting = next(v for v, d in network.nodes(data=True) if d["type"] == "Meeting")
    assert "会议" in back.nodes[meeting]["label"]  # UTF-8 Chinese survives


def test_graphml_is_utf8_text_not_character_references(network, tmp_path) -> None:
    (path,) = export_graph(network, tmp_path / "g.graphml", fmt="graphml")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<?xml") and "&#" not in text and "钢铁" in text


def test_csv_has_neo4j_headers_and_every_edge_joins_two_nodes(network) -> None:
    nodes_csv, edges_csv = neo4j_csv(network)
    nodes = list(csv.reader(io.StringIO(nodes_csv)))
    edges = list(csv.reader(io.StringIO(edges_csv)))
    assert tuple(nodes[0][:3]) == ("id:ID", "label", ":LABEL") and tuple(nodes[0]) == NODE_HEADER
    assert tuple(edges[0][:3]) == (":START_ID", ":END_ID", ":TYPE") and tuple(edges[0]) == EDGE_HEADER
    ids = {row[0] for row in nodes[1:]}
    assert ids == set(network)
    assert len(edges) - 1 == network.number_of_edges()
    assert all(row[0] in ids and row[1] in ids for row in edges[1:])
    by_id = {row[0]: row for row in nodes[1:]}
    for v, d in network.nodes(data=True):
        labels = by_id[v][2].split(";")
        assert labels[:2] == ["Entity", d["type"]]
        assert ("IndustryCategory" in labels) == d["category"]
    assert {row[2] for row in edges[1:]} >= {"inCategory", "approved"}


def test_kg_export_writes_beside_the_graph_by_default(seed_out) -> None:
    result = CliRunner().invoke(main, ["export", str(seed_out), "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    assert (seed_out / "neo4j" / "nodes.csv").is_file() and (seed_out / "neo4j" / "edges.csv").is_file()
    result = CliRunner().invoke(main, ["export", str(seed_out / "graph.ttl"), "--format", "gexf",
                                       "-o", str(seed_out / "x.gexf")])
    assert result.exit_code == 0 and nx.read_gexf(seed_out / "x.gexf").number_of_nodes() > 50


def test_kg_export_csv_refuses_a_file_as_its_folder(seed_out, tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["export", str(seed_out), "--format", "csv", "-o", str(blocker)])
    assert result.exit_code == 2 and result.stderr.startswith("kg: error: ") and "folder" in result.stderr


def test_indicators_are_exported_only_when_asked(seed_out, tmp_path) -> None:
    args = ["export", str(seed_out), "--format", "graphml", "-o"]
    plain = CliRunner().invoke(main, [*args, str(tmp_path / "a")])
    with_ind = CliRunner().invoke(main, [*args, str(tmp_path / "b"), "--indicators"])
    assert plain.exit_code == with_ind.exit_code == 0
    types_a = {d["type"] for _, d in nx.read_graphml(tmp_path / "a").nodes(data=True)}
    types_b = {d["type"] for _, d in nx.read_graphml(tmp_path / "b").nodes(data=True)}
    assert "Indicator" not in types_a and "Indicator" in types_b
