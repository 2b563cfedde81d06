"""SHACL validation: built graphs conform, broken graphs fail with a message that says what broke."""
from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import SKOS

from kg.cli import main
from kg.graph import to_graph
from kg.pipeline import extract_text
from kg.validate import describe, shape_parts, validate_graph
from kg.vocab import DATA_NS, KG, shapes_graph
from tests.conftest import SEED, dev_pairs

TEXT = ("在市十五届人大二次会议闭幕会上的讲话\n"  # the title names the meeting that approves the report
        "会议深入贯彻党的二十大精神，审议通过了市人民政府工作报告。"
        "推进有色、钢铁、化工等传统主导产业延链补链，预计全年生产总值增长4.8%。")


def build(text: str, name: str = "t.txt") -> Graph:
    return to_graph([(extract_text(text, source=name), name)])


@pytest.fixture()
def graph() -> Graph:
    g = build(TEXT)
    assert validate_graph(g).conforms
    return g


def messages(g: Graph) -> list[tuple[str, str, str]]:
    """(focus label, path, message) of each violation."""
    return [(v.focus_label, v.path, v.message) for v in validate_graph(g).violations]


def test_a_small_build_conforms_and_validation_leaves_the_graph_as_it_was(graph):
    before = set(graph)
    report = validate_graph(graph)
    assert report.conforms and report.violations == ()
    assert set(graph) == before  # the ontology hierarchy was lent for the run only
    assert report.summary().startswith(f"conforms: {len(graph)} triples")


def test_the_seed_builds_and_conforms():
    report = validate_graph(build(SEED.read_text(encoding="utf-8"), SEED.name))
    assert report.conforms, "\n".join(v.one_line() for v in report.violations[:20])


def test_every_dev_text_builds_and_conforms(shared_dir):
    pairs = dev_pairs(shared_dir)
    assert pairs
    for name, text, _ in pairs:
        report = validate_graph(build(text.read_text(encoding="utf-8"), text.name))
        assert report.conforms, name + ":\n" + "\n".join(v.one_line() for v in report.violations[:20])


def test_an_entity_without_label_is_reported_with_the_label_path(graph):
    meeting = next(graph.subjects(RDF.type, KG.Meeting))
    graph.remove((meeting, RDFS.label, None))
    (found,) = [m for m in messages(graph) if m[1] == "rdfs:label"]
    assert "exactly one non-empty rdfs:label" in found[2]


def test_an_entity_with_two_labels_is_reported(graph):
    meeting = next(graph.subjects(RDF.type, KG.Meeting))
    graph.add((meeting, RDFS.label, Literal("另一个名字", lang="zh")))
    assert any(path == "rdfs:label" for _, path, _ in messages(graph))


def test_an_indicator_value_as_a_string_is_reported(graph):
    from rdflib.namespace import XSD  # not a module global: pytest probes those, and XSD warns

    ind = next(graph.subjects(RDF.type, KG.Indicator))
    value = graph.value(ind, KG.value)
    assert value.datatype == XSD.decimal and value.toPython() == Decimal("4.8")
    graph.set((ind, KG.value, Literal(str(value))))
    (found,) = [m for m in messages(graph) if m[1] == "kg:value"]
    assert found[0] == str(graph.value(ind, RDFS.label)) and "xsd:decimal" in found[2]


def test_an_indicator_without_unit_is_reported(graph):
    ind = next(graph.subjects(RDF.type, KG.Indicator))
    graph.remove((ind, KG.unit, None))
    assert any(path == "kg:unit" and "kg:unit" in msg for _, path, msg in messages(graph))


def test_a_relation_whose_assertion_is_removed_is_reported_on_its_subject(graph):
    assertion = next(a for a in graph.subjects(RDF.type, KG.RelationAssertion)
                     if graph.value(a, RDF.predicate) == KG.approved)
    subject, obj = graph.value(assertion, RDF.subject), graph.value(assertion, RDF.object)
    graph.remove((assertion, None, None))
    graph.remove((None, None, assertion))
    (found,) = messages(graph)
    assert found[0] == str(graph.value(subject, RDFS.label))
    assert found[1] == "kg:approved"
    assert "no kg:RelationAssertion" in found[2]
    assert str(graph.value(obj, RDFS.label)) in validate_graph(graph).violations[0].value


def test_offsets_as_strings_are_reported(graph):
    mention = next(graph.subjects(RDF.type, KG.Mention))
    start = graph.value(mention, KG.start)
    graph.set((mention, KG.start, Literal(str(start))))
    assert any(path == "kg:start" and "xsd:integer" in msg for _, path, msg in messages(graph))


def test_a_relation_outside_its_range_is_reported(graph):
    meeting = next(graph.subjects(RDF.type, KG.Meeting))
    place = next(graph.subjects(RDF.type, KG.Industry))
    graph.add((meeting, KG.heldIn, place))
    found = messages(graph)
    assert any(path == "kg:heldIn" and "kg:Place" in msg for _, path, msg in found)
    assert any(path == "kg:heldIn" and "no kg:RelationAssertion" in msg for _, path, msg in found)


def test_an_industry_category_outside_the_scheme_is_reported(graph):
    category = next(graph.subjects(RDF.type, KG.IndustryCategory))
    graph.remove((category, SKOS.inScheme, None))
    assert any(path == "skos:inScheme" for _, path, _ in messages(graph))


def test_a_mention_names_its_text_in_the_report(graph):
    mention = next(graph.subjects(RDF.type, KG.Mention))
    graph.remove((mention, KG.rule, None))
    (found,) = messages(graph)
    assert found[0] == f"“{graph.value(mention, KG.text)}”" == describe(graph, mention)
    assert found[1] == "kg:rule"


def write(g: Graph, path: Path) -> str:
    g.serialize(path, format="turtle")
    return str(path)


def test_cli_exit_0_with_one_line_when_the_graph_conforms(graph, tmp_path):
    result = CliRunner().invoke(main, ["validate", write(graph, tmp_path / "g.ttl")])
    assert result.exit_code == 0, result.output
    assert result.output.count("\n") == 1 and "conforms" in result.output


def test_cli_exit_1_lists_each_violation_with_label_path_and_message(graph, tmp_path):
    for ind in list(graph.subjects(RDF.type, KG.Indicator)):
        graph.remove((ind, KG.unit, None))
    meeting = next(graph.subjects(RDF.type, KG.Meeting))
    label = str(graph.value(meeting, RDFS.label))
    graph.remove((meeting, RDFS.label, None))
    result = CliRunner().invoke(main, ["validate", write(graph, tmp_path / "g.ttl")])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert any("kg:unit" in line and "exactly one non-empty kg:unit" in line for line in lines)
    (line,) = [line for line in lines if "rdfs:label" in line]
    short = "kgr:" + str(meeting).removeprefix(str(DATA_NS))
    assert line.startswith(f"{short} rdfs:label: ") and str(meeting) not in line  # named once, by its IRI
    assert label not in result.stdout  # the label is gone
    assert result.stderr.startswith("kg: error: ") and "does not conform" in result.stderr


def test_cli_limit_cuts_the_list(graph, tmp_path):
    for m in list(graph.subjects(RDF.type, KG.Mention))[:5]:
        graph.remove((m, KG.rule, None))
    result = CliRunner().invoke(main, ["validate", "--limit", "2", write(graph, tmp_path / "g.ttl")])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 3 and "3 more" in result.stdout


def test_trig_and_nquads_are_validated_as_their_merged_graph(graph, tmp_path):
    from kg.graph import to_dataset
    from kg.validate import validate_file

    ds = to_dataset([(extract_text(TEXT), "t.txt")])
    for fmt, suffix in (("trig", ".trig"), ("nquads", ".nq")):
        path = tmp_path / f"g{suffix}"
        ds.serialize(path, format=fmt)
        report = validate_file(path)
        assert report.conforms and report.triples == len(graph)


def test_cli_refuses_an_empty_graph_rather_than_calling_it_conforming(tmp_path):
    (tmp_path / "empty.ttl").write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(tmp_path / "empty.ttl")])
    assert result.exit_code == 2 and "no triples" in result.stderr


def test_cli_missing_file_is_an_input_error(tmp_path):
    result = CliRunner().invoke(main, ["validate", str(tmp_path / "none.ttl")])
    assert result.exit_code == 2 and "kg: error:" in result.stderr


@pytest.mark.slow
def test_the_2026_corpus_build_conforms(shared_dir, tmp_path):
    from kg.corpus import build as build_corpus
    from kg.validate import validate_file

    build_corpus([shared_dir / "corpus" / "gov-work-reports-2026"], tmp_path, write_html=False)
    report = validate_file(tmp_path / "graph.ttl")
    assert report.triples > 100_000
    assert report.conforms, "\n".join(v.one_line() for v in report.violations[:20])


def test_cli_shows_its_progress_on_a_terminal_only(graph, tmp_path):

    path = write(graph, tmp_path / "g.ttl")
    kg_script = str(Path(sys.executable).parent / "kg")
    primary, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))  # a terminal's size
    proc = subprocess.run([kg_script, "validate", path], stdout=subprocess.PIPE, stderr=secondary, timeout=120)
    os.close(secondary)
    shown = b""
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(primary)
    assert proc.returncode == 0 and b"conforms" in proc.stdout
    total = len(shape_parts(shapes_graph()))
    assert f"{total}/{total} shapes".encode() in shown  # the bar counted every node shape
    assert b"/s" not in shown  # no rate: a count and the time
    piped = subprocess.run([kg_script, "validate", path], capture_output=True, timeout=120)
    assert piped.stderr == b""  # nothing on stderr when it is not a terminal


def test_a_university_chosen_for_a_list_conforms_and_an_industry_taking_part_is_reported():
    g = build("福州大学、厦门大学入选新一轮国家“双一流”建设名单。推进有色、钢铁、化工等传统主导产业延链补链。")
    report = validate_graph(g)
    assert report.conforms, "\n".join(v.one_line() for v in report.violations[:5])
    assert any(True for _ in g.subject_objects(KG.takesPartIn))
    industry, programme = next(g.subjects(RDF.type, KG.Industry)), next(g.objects(None, KG.takesPartIn))
    g.add((industry, KG.takesPartIn, programme))
    assert ("钢铁", "", "only a place or an organization takes part in a programme") in messages(g)
