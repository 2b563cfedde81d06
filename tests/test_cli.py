"""One command line: every command reads a GRAPH the same way, a short flag means one thing, output
formats share names, and stats, queries and the view name and count things alike."""
from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.pipeline import build_graph
from kg.query import PREFIXES, named_query, run_query
from kg.view import graph_view, load_view_graph

from .conftest import SEED


def kg(*args: str) -> click.testing.Result:
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.mark.parametrize("args", [
    ["query", "{g}", "-n", "entity-types"],
    ["validate", "{g}"],
    ["stats", "{g}", "--format", "json"],
    ["eval", "{g}", "--gold", "{gold}", "--format", "json"],
    ["export", "{g}", "--format", "gexf", "-o", "{tmp}/out.gexf"],
    ["view", "{g}", "-o", "{tmp}/out.html"],
])
def test_every_command_takes_the_build_folder_as_its_graph(seed_out: Path, tmp_path: Path, args) -> None:
    gold = tmp_path / f"{SEED.stem}.gold.tsv"
    gold.write_text("E\tMeeting\t党的二十大\t二十大\n", encoding="utf-8")
    outputs = []
    for g in (seed_out, seed_out / "graph.nq"):
        result = kg(*[a.format(g=g, gold=gold, tmp=tmp_path) for a in args])
        assert result.exit_code == 0, result.output
        written = [p.read_bytes() for p in sorted(tmp_path.glob("out.*"))]
        said = re.sub(r"\(\d+\.\ds\)", "(time)", result.stdout.replace(str(g), "GRAPH"))
        outputs.append((said, written))
    assert outputs[0] == outputs[1]


def test_a_short_flag_means_one_thing_in_every_command() -> None:
    meanings: dict[str, set[str]] = {}
    for command in main.commands.values():
        for param in command.params:
            opts = getattr(param, "opts", [])
            long = tuple(o for o in opts if o.startswith("--"))
            for opt in opts:
                if opt.startswith("-") and not opt.startswith("--"):
                    meanings.setdefault(opt, set()).add(long)
    assert {k: v for k, v in meanings.items() if len(v) > 1} == {}  # -n was --named in query, --top in stats
    assert meanings["-o"] == {("--output",)}


def test_commands_that_print_tables_share_one_format_vocabulary() -> None:
    choices = {}
    for name in ("query", "stats", "eval"):
        (fmt,) = [p for p in main.commands[name].params if p.name == "fmt"]
        choices[name] = set(fmt.type.choices)
        assert fmt.default == "table"
    assert all({"table", "json"} <= c for c in choices.values())
    assert not any("text" in c for c in choices.values())


def test_stats_queries_and_view_name_and_count_types_alike(seed_out: Path) -> None:
    stats = json.loads(kg("stats", seed_out, "--format", "json").stdout)
    store = load_view_graph(seed_out)
    _, rows = run_query(store, named_query("entity-types").text)
    by_type = {r[0]: int(r[1]) for r in rows}
    assert by_type.pop("Indicator") == stats["indicators"]
    assert by_type == stats["entities_by_type"]
    central = json.loads(kg("query", seed_out, "-n", "central-entities", "--format", "json").stdout)
    types = {e["label"]: e["type"] for e in stats["most_central"]}
    view = {n.label: n.type for n in graph_view(store).nodes}
    for row in central:
        assert row["type"] == view[row["entity"]]
        if row["entity"] in types:
            assert row["type"] == types[row["entity"]]
    counts = graph_view(store).counts()
    assert counts == {"entities": stats["entities"], "indicators": stats["indicators"],
                      "relations": stats["relations"], "documents": stats["documents"]}


def test_tables_print_compact_names_unless_full_iris_is_asked(seed_out: Path) -> None:
    query = "SELECT ?class WHERE { ?m a ?class . ?m rdfs:label '党的二十大'@zh }"
    table = kg("query", seed_out, query).stdout
    assert "kg:Meeting" in table and PREFIXES["kg"] not in table
    full = kg("query", seed_out, query, "--full-iris").stdout
    assert PREFIXES["kg"] + "Meeting" in full
    as_csv = kg("query", seed_out, query, "--format", "csv").stdout
    assert PREFIXES["kg"] + "Meeting" in as_csv  # programs get whole IRIs


HEADER = ("2026年河南省政府工作报告\n\n——2026年1月20日在河南省第十四届人民代表大会第四次会议上\n\n"
          "河南省省长 王凯\n\n各位代表：\n\n现在，我代表省人民政府，向大会报告工作。")


def test_the_publisher_is_the_organization_node() -> None:
    g = build_graph(HEADER, source="henan.txt")
    names, rows = run_query(g, """SELECT ?label ?class WHERE {
        ?doc a kg:SourceDocument ; dcterms:publisher ?body . ?body rdfs:label ?label ; a ?class }""")
    assert rows == [["河南省人民政府", PREFIXES["kg"] + "Organization"]]
