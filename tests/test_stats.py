"""``kg stats``: the counts it prints are those of the graph, whatever file of a build it reads."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.corpus import build
from tests.conftest import SEED
from tests.test_corpus import TEXTS, write_corpus


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    texts = write_corpus(tmp_path_factory.mktemp("texts") / "t",
                         {**TEXTS, "seed.txt": SEED.read_text(encoding="utf-8")})
    summary = build([texts], out, workers=1, write_html=False)
    return out, summary


def stats(*args: str) -> dict:
    result = CliRunner().invoke(main, ["stats", *args, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_counts_agree_with_the_build_summary(built) -> None:
    out, summary = built
    report = stats(str(out))
    assert report["documents"] == summary.documents == 4
    assert report["triples"] == summary.triples
    assert report["entities_by_type"] == dict(summary.entities_by_type)
    assert report["indicators"] == summary.indicators
    assert report["relations"] == summary.relations


@pytest.mark.parametrize("name", ["graph.ttl", "graph.trig", "graph.jsonld"])
def test_every_output_file_gives_the_same_report(built, name) -> None:
    out, _ = built
    assert stats(str(out / name)) == stats(str(out / "graph.nq"))


def test_the_entity_named_in_every_text_leads_the_cross_document_list(built) -> None:
    out, _ = built
    report = stats(str(out), "--top", "3")
    assert len(report["most_central"]) == 3
    everywhere = [e["label"] for e in stats(str(out), "--top", "20")["most_documents"] if e["documents"] == 4]
    assert report["most_documents"][0]["documents"] == 4 and "党的二十大" in everywhere  # named in all 4 texts
    comps = report["components"]
    assert comps["count"] >= 1 and comps["largest"]["size"] <= report["entities"]


def test_the_text_report_names_types_central_entities_and_components(built) -> None:
    out, _ = built
    result = CliRunner().invoke(main, ["stats", str(out)])
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert text.startswith("4 document(s), ")
    assert "entities by type:" in text and "Meeting" in text
    assert "most central entities" in text and "named in the most texts:" in text
    assert "党的二十大 (Meeting)" in text
    assert "connected components:" in text


def test_a_missing_graph_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["stats", str(tmp_path / "nothing.ttl")])
    assert result.exit_code == 2
    missing = tmp_path / "nothing.ttl"
    expected = (f"kg: error: {missing}: no such graph file or folder (build one with 'kg build' first, "
                "then give the file or the folder it wrote)")
    assert result.stderr.strip().splitlines() == [expected]
