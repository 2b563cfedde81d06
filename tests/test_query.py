"""kg/query.py, kg/store.py and ``kg query``: running SPARQL, parameters that cannot inject,
read-only refusals, one-line errors with the position, output formats, and the on-disk store.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg.cli import main
from kg.errors import InputError, QueryError
from kg.query import (
    bind_parameters,
    check_read_only,
    format_rows,
    load_graph,
    named_queries,
    named_query,
    run_query,
)
from kg.store import build_store, load_store, open_store

MEETINGS = "SELECT ?label WHERE { ?m a kg:Meeting ; rdfs:label ?label } ORDER BY ?label"


@pytest.fixture(scope="module")
def seed(seed_out: Path):
    return load_store(seed_out / "graph.ttl")


def kg(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def one_line_error(result: Result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), result.stderr
    return lines[0]


# ---------------------------------------------------------------- running queries


def test_a_select_gives_columns_and_rows_with_the_default_prefixes(seed) -> None:
    names, rows = run_query(seed, MEETINGS)
    assert names == ["label"]
    assert ["党的二十大"] in rows and ["中央经济工作会议"] in rows


def test_ask_and_construct_have_fixed_columns(seed) -> None:
    assert run_query(seed, "ASK { ?m a kg:Meeting }") == (["ask"], [["true"]])
    assert run_query(seed, "ASK { ?m a kg:NoSuchClass }") == (["ask"], [["false"]])
    names, rows = run_query(seed, "CONSTRUCT { ?m a kg:Meeting } WHERE { ?m a kg:Meeting } LIMIT 2")
    assert names == ["subject", "predicate", "object"] and len(rows) == 2
    assert rows[0][2] == "https://w3id.org/policykg/ontology#Meeting"


def test_an_unbound_value_is_an_empty_cell(seed) -> None:
    query = "SELECT ?m ?nothing WHERE { ?m a kg:Meeting OPTIONAL { ?m kg:noSuchProperty ?nothing } } LIMIT 1"
    names, rows = run_query(seed, query)
    assert rows[0][1] == ""


def test_rdflib_graph_and_oxigraph_store_answer_the_same(seed, seed_out: Path) -> None:
    assert run_query(load_graph(seed_out / "graph.ttl"), MEETINGS) == run_query(seed, MEETINGS)


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_malformed_sparql_is_a_query_error_with_the_position(seed, seed_out: Path, engine: str) -> None:
    source = seed if engine == "oxigraph" else load_graph(seed_out / "graph.ttl")
    with pytest.raises(QueryError) as caught:
        run_query(source, "SELECT ?x WHERE {\n  ?x a kg:Meeting \n  FILTER(?x = ) }")
    message = caught.value.one_line()
    assert message.startswith("malformed SPARQL at line")
    assert "column" in message and "\n" not in message
    if engine == "oxigraph":
        assert "line 3" in message


# ---------------------------------------------------------------- parameters


def test_a_parameter_replaces_the_value_and_keeps_the_language_tag() -> None:
    query = 'SELECT * WHERE { VALUES ?entity { "党的二十大"@zh } ?n rdfs:label ?entity }'
    assert bind_parameters(query, {"entity": "省委"}) == \
        'SELECT * WHERE { VALUES ?entity { "省委"@zh } ?n rdfs:label ?entity }'
    any_document = "VALUES ?document { UNDEF }"
    assert bind_parameters(any_document, {"document": "a.txt"}) == 'VALUES ?document { "a.txt" }'


def test_a_parameter_value_cannot_change_the_query(seed) -> None:
    """A value that tries to close the literal and add patterns is matched as a name, and finds nothing."""
    text = named_query("mentions").text
    names, rows = run_query(seed, text, params={"entity": '党的二十大"@zh } ?node ?p ?text . {'})
    assert rows == []
    names, rows = run_query(seed, text, params={"entity": "党的二十大"})
    assert rows and {r[0] for r in rows} == {"党的二十大"}


@pytest.mark.parametrize("value", ["a\\u0022b", "line\nbreak", "nul\x00"])
def test_a_parameter_with_a_backslash_or_control_character_is_refused(value: str) -> None:
    with pytest.raises(QueryError, match="backslash or a control character"):
        bind_parameters('VALUES ?e { "x" }', {"e": value})


def test_an_unknown_parameter_names_the_ones_there_are() -> None:
    query = named_query("neighbourhood")
    with pytest.raises(QueryError) as caught:
        bind_parameters(query.text, {"entiti": "x"}, declared=query.parameters)
    assert "entiti" in str(caught.value) and "entity" in caught.value.hint


# ---------------------------------------------------------------- read-only


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { service silent <http://example.org/> { ?s ?p ?o } }",
    "SELECT * WHERE { \\u0053ERVICE <http://example.org/> { ?s ?p ?o } }",  # SPARQL expands \\u escapes first
])
def test_service_is_refused(seed, query: str) -> None:
    with pytest.raises(QueryError, match="SERVICE"):
        run_query(seed, query)


def test_a_variable_named_service_is_fine(seed) -> None:
    names, _ = run_query(seed, "SELECT ?service WHERE { ?service a kg:Meeting } LIMIT 1")
    assert names == ["service"]


@pytest.mark.parametrize("update", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "LOAD <http://example.org/graph.ttl>",
    "PREFIX ex: <http://example.org/#>\n# a comment\nDELETE WHERE { ?s ?p ?o }",
    "CLEAR ALL",
])
def test_updates_are_refused_and_the_graph_is_unchanged(seed, update: str) -> None:
    before = len(seed)
    with pytest.raises(QueryError, match="read-only"):
        run_query(seed, update)
    assert len(seed) == before


def test_check_read_only_passes_the_whole_library() -> None:
    for query in named_queries().values():
        check_read_only(query.text)


# ---------------------------------------------------------------- output formats


ROWS = (["entity", "text"], [["党的二十大", "第一行\n第二行\t有制表符"], ["两个确保", "“引号”, 逗号"]])


def test_table_aligns_chinese_and_cuts_long_cells() -> None:
    names, rows = ["text"], [["长" * 100]]
    lines = format_rows(names, rows, "table").splitlines()
    assert lines[-1] == "(1 row)"
    assert lines[2].endswith("…") and len(lines[2]) < 40  # 60 columns of double-width characters


def test_csv_json_and_tsv_keep_values_whole() -> None:
    names, rows = ROWS
    assert list(csv.reader(io.StringIO(format_rows(names, rows, "csv")))) == [names, *rows]
    assert json.loads(format_rows(names, rows, "json")) == [dict(zip(names, r, strict=True)) for r in rows]
    tsv = format_rows(names, rows, "tsv").splitlines()
    assert len(tsv) == 3  # one record a line: the newline and tab in the value are escaped
    assert tsv[1] == "党的二十大\t第一行\\n第二行\\t有制表符"


# ---------------------------------------------------------------- the on-disk store


def test_a_store_counts_a_triple_stated_by_two_documents_once(seed, seed_out: Path, tmp_path: Path) -> None:
    """In graph.nq each document is a named graph, and two documents share their entities' triples.

    Here the seed's graph is stated twice, under two graph names: the store still answers every
    named query as graph.ttl does, because its default graph is the merge, each triple once.
    """
    quads = (seed_out / "graph.nq").read_text(encoding="utf-8").splitlines()
    twice = quads + [q.replace("/graph> .", "/graph-copy> .") for q in quads]
    assert twice[-1] != quads[-1]
    (tmp_path / "twice.nq").write_text("\n".join(twice) + "\n", encoding="utf-8")
    build_store(tmp_path / "twice.nq", tmp_path / "store")
    store = open_store(tmp_path / "store")
    for query in named_queries().values():
        by_store, by_file = run_query(store, query.text), run_query(seed, query.text)
        assert _unordered(*by_store) == _unordered(*by_file), query.name


def _unordered(names: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """GROUP_CONCAT's order is open in SPARQL (the qualifiers column): compare its parts as a set."""
    at = names.index("qualifiers") if "qualifiers" in names else None
    return names, [[" ".join(sorted(v.split())) if i == at else v for i, v in enumerate(r)] for r in rows]


def test_build_store_replaces_a_store_but_not_other_folders(seed_out: Path, tmp_path: Path) -> None:
    build_store(seed_out / "graph.ttl", tmp_path / "store")
    build_store(load_graph(seed_out / "graph.ttl"), tmp_path / "store")  # an rdflib Graph too
    assert run_query(open_store(tmp_path / "store"), "ASK { ?m a kg:Meeting }")[1] == [["true"]]
    (tmp_path / "papers").mkdir()
    (tmp_path / "papers" / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(InputError, match="not a kg store"):
        build_store(seed_out / "graph.ttl", tmp_path / "papers")
    assert (tmp_path / "papers" / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_opening_a_folder_that_is_not_a_store_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a kg store"):
        open_store(tmp_path)


# ---------------------------------------------------------------- the command


def test_list_shows_one_named_query_a_line_name_first() -> None:
    result = kg("query", "--list")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == sorted(named_queries())
    for line in lines:
        name, description = line.split(maxsplit=1)
        assert named_query(name).description in description


def test_a_named_query_with_a_parameter_as_csv(seed_out: Path) -> None:
    result = kg("query", seed_out / "graph.ttl", "-n", "neighbourhood", "--param", "entity=省委",
                "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    links = {(r["relation"], r["neighbour"]) for r in rows}
    assert links >= {("implements", "十大战略"), ("anchors", "两个确保")}


def test_a_query_file_and_a_store(seed_out: Path, tmp_path: Path) -> None:
    query_file = tmp_path / "meetings.rq"
    query_file.write_text(MEETINGS, encoding="utf-8")
    from_file = kg("query", seed_out / "graph.ttl", "-f", query_file, "--format", "tsv")
    build_store(seed_out / "graph.ttl", tmp_path / "store")
    from_store = kg("query", "--store", tmp_path / "store", "-f", query_file, "--format", "tsv")
    ad_hoc = kg("query", "--store", tmp_path / "store", MEETINGS, "--format", "tsv")
    assert from_file.exit_code == from_store.exit_code == ad_hoc.exit_code == 0
    assert from_file.stdout == from_store.stdout == ad_hoc.stdout
    assert "党的二十大" in from_file.stdout.splitlines()


def test_malformed_sparql_through_the_command_is_one_line_with_the_position(seed_out: Path) -> None:
    line = one_line_error(kg("query", seed_out / "graph.ttl", "SELECT * WHERE { ?s ?p }"))
    assert "malformed SPARQL at line 1, column" in line


@pytest.mark.parametrize(("args", "needle"), [
    (["-n", "no-such-query"], "no named query 'no-such-query'"),
    (["-n", "neighbourhood", "--param", "who=省委"], "no parameter 'who'"),
    (["-n", "neighbourhood", "--param", "entity"], "NAME=VALUE"),
    (["-n", "evidence", "SELECT * WHERE { ?s ?p ?o }"], "give one query"),
    (["SELECT * WHERE { SERVICE <http://example.org/> { ?s ?p ?o } }"], "SERVICE"),
    (["LOAD <http://example.org/x.ttl>"], "read-only"),
    (["-n", "evidence", "--format", "xlsx"], "xlsx"),
])
def test_user_mistakes_are_one_line_errors(seed_out: Path, args: list[str], needle: str) -> None:
    assert needle in one_line_error(kg("query", seed_out / "graph.ttl", *args))


def test_a_missing_store_is_one_line(tmp_path: Path) -> None:
    assert "not a kg store" in one_line_error(kg("query", "--store", tmp_path / "nope", "-n", "evidence"))
