"""The walking skeleton end to end: kg build / query / view on the seed, and the Python API."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph

import kg
from kg.vocab import ENTITY_CLASSES, KG
from tests.conftest import REPO, SEED

KG_BIN = str(Path(sys.executable).parent / "kg")


def run_kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([KG_BIN, *args], capture_output=True, text=True, cwd=cwd, timeout=300)


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("project")
    shutil.copytree(REPO / "seeds", work / "seeds")
    r = run_kg("build", cwd=work)  # defaults: seeds/ → output/
    assert r.returncode == 0, r.stderr
    return work / "output"


def test_build_defaults_write_all_outputs(seed_build):
    for name in ("graph.ttl", "graph.jsonld", "graph.trig", "graph.html"):
        assert (seed_build / name).stat().st_size > 1000, name
    g = Graph().parse(seed_build / "graph.ttl")
    j = Graph().parse(seed_build / "graph.jsonld", format="json-ld")
    assert len(g) == len(j)


def test_graph_has_all_ten_types_with_chinese_labels(seed_build):
    g = Graph().parse(seed_build / "graph.ttl")
    for cls in ENTITY_CLASSES:
        nodes = list(g.subjects(RDF.type, KG[cls]))
        assert nodes, cls
        for n in nodes[:5]:
            labels = list(g.objects(n, RDFS.label))
            assert labels and all(lab.language == "zh" for lab in labels)


def test_relations_are_direct_triples_between_entities(seed_build):
    g = Graph().parse(seed_build / "graph.ttl")
    steel = next(g.subjects(RDFS.label, next(o for o in g.objects() if str(o) == "钢铁")))
    category = g.value(steel, KG.inCategory)
    assert str(g.value(category, RDFS.label)) == "传统主导产业"


def test_indicator_carries_number_unit_period(seed_build):
    g = Graph().parse(seed_build / "graph.ttl")
    rows = [(float(g.value(i, KG.value)), str(g.value(i, KG.unit)), str(g.value(i, KG.period)))
            for i in g.subjects(RDF.type, KG.Indicator)]
    assert (4.8, "%", "2022") in rows and (800.0, "亿元", "2022") in rows


def test_query_table_and_machine_formats(seed_build):
    q = ("PREFIX kg: <https://w3id.org/policykg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
         "SELECT ?name WHERE { ?m a kg:Meeting ; rdfs:label ?name } ORDER BY ?name")
    table = run_kg("query", str(seed_build / "graph.ttl"), q)
    assert table.returncode == 0 and "党的二十大" in table.stdout and "name" in table.stdout.splitlines()[0]
    as_csv = run_kg("query", str(seed_build / "graph.ttl"), q, "--format", "csv")
    rows = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert rows[0] == ["name"] and ["党的二十大"] in rows
    as_json = json.loads(run_kg("query", str(seed_build / "graph.ttl"), q, "--format", "json").stdout)
    assert any("党的二十大" in json.dumps(r, ensure_ascii=False) for r in as_json) or "党的二十大" in str(as_json)


def test_view_command_writes_html(seed_build, tmp_path):
    out = tmp_path / "v.html"
    r = run_kg("view", str(seed_build / "graph.ttl"), "-o", str(out))
    assert r.returncode == 0 and "习近平" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("cmd", ["build", "query", "view", "eval"])
def test_every_command_explains_itself_with_an_example(cmd):
    r = run_kg(cmd, "--help")
    assert r.returncode == 0 and "Example" in r.stdout


def test_top_level_help():
    r = run_kg("--help")
    assert r.returncode == 0 and "build" in r.stdout and "Example" in r.stdout


def test_python_api_build_graph_and_typed_extraction(seed_text):
    g = kg.build_graph(seed_text, source=SEED.name)
    assert isinstance(g, Graph) and len(g) > 500
    ex = kg.extract_text(seed_text)
    assert isinstance(ex, kg.Extraction)
    assert all(isinstance(e, kg.Entity) for e in ex.entities)
    m = ex.entities[0].mentions[0]
    assert seed_text[m.start:m.end] == m.text


def test_same_input_gives_byte_identical_turtle(seed_text):
    a = kg.build_graph(seed_text).serialize(format="turtle")
    b = kg.build_graph(seed_text).serialize(format="turtle")
    assert a == b


def test_users_extend_the_lexicon_without_code_changes(tmp_path):
    lex = tmp_path / "lex"
    lex.mkdir()
    (lex / "industry.txt").write_text("# our own industries\n磁悬浮\n", encoding="utf-8")
    text = tmp_path / "t.txt"
    text.write_text("推进磁悬浮发展。\n", encoding="utf-8")
    q = "SELECT ?l WHERE { ?i a kg:Industry ; rdfs:label ?l }"
    plain = run_kg("build", str(text), "-o", str(tmp_path / "a"), "--no-html")
    assert plain.returncode == 0 and "磁悬浮" not in run_kg("query", str(tmp_path / "a" / "graph.ttl"), q).stdout
    extended = run_kg("build", str(text), "-o", str(tmp_path / "b"), "--no-html", "--lexicon", str(lex))
    assert extended.returncode == 0, extended.stderr
    assert "磁悬浮" in run_kg("query", str(tmp_path / "b" / "graph.ttl"), q).stdout
