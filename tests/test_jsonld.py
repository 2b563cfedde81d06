"""The JSON-LD sink: graph.jsonld written from the union's N-Triples lines as bytes, one node a line."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.jsonld import _Values, node_ranges, write_jsonld
from kg.sinks import output_prefixes

KG = "https://w3id.org/policykg/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DATA = "https://w3id.org/policykg/id/"


def jsonld_of(tmp_path: Path, lines: list[str]) -> bytes:
    union = tmp_path / "union.nt"
    union.write_bytes("".join(sorted(set(lines))).encode("utf-8"))
    out = io.BytesIO()
    write_jsonld(union, out, output_prefixes())
    return out.getvalue()


def same_graph(jsonld: bytes, lines: list[str]) -> bool:
    """pyoxigraph's JSON-LD parser reads the triples of the lines (rdflib would tell "x" from "x"^^xsd:string)."""
    read = set(ox.parse(jsonld, format=ox.RdfFormat.JSON_LD))
    return read == set(ox.parse("".join(lines).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES, lenient=True))


TRICKY = [
    f'<{DATA}place/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KG}Place> .\n',
    f'<{DATA}place/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KG}Category> .\n',
    f'<{DATA}place/1> <http://www.w3.org/2000/01/rdf-schema#label> "北京"@zh .\n',
    f'<{DATA}place/1> <{KG}text> "引号\\"与\\\\反斜杠\\n换行\\r回车"@zh .\n',
    f'<{DATA}place/1> <{KG}text> "制表\t符与\x01控制字符"@zh .\n',  # raw controls: JSON escapes them
    f'<{DATA}place/1> <{KG}text> "\\u5317\\t京"@zh .\n',  # escapes kg/graph.py never writes
    f'<{DATA}place/1> <{KG}start> "12"^^<{XSD}integer> .\n',
    f'<{DATA}place/1> <{KG}start> "0012"^^<{XSD}integer> .\n',  # not JSON's form of a number: stays a string
    f'<{DATA}place/1> <{KG}value> "4.8"^^<{XSD}decimal> .\n',
    f'<{DATA}place/1> <{KG}fileName> "a.txt" .\n',
    f'<{DATA}place/1> <{KG}fileName> "b.txt"^^<{XSD}string> .\n',
    f'<{DATA}place/1> <{KG}about> <{DATA}place/2> .\n',
    f'<{DATA}place/caf\\u00E9> <{KG}about> <{DATA}place/1> .\n',  # an escaped IRI
    f'<{DATA}place/2> <{KG}year> "2024"^^<{XSD}gYear> .\n',
    f'<{DATA}place/2> <{KG}period> "十四五"@zh-Hans .\n',
]


def test_tricky_literals_and_iris_read_back_as_the_same_graph(tmp_path) -> None:
    """Escapes shared by N-Triples and JSON, raw control characters, \\u escapes, typed, plain and tagged
    literals, several values of one property: rdflib reads the JSON-LD as the graph of the lines."""
    out = jsonld_of(tmp_path, TRICKY)
    assert same_graph(out, TRICKY)
    nodes = json.loads(out)["@graph"]
    place = next(n for n in nodes if n["@id"] == f"{DATA}place/1")
    assert place["@type"] == ["kg:Category", "kg:Place"]
    assert place["kg:start"] == [{"@type": "xsd:integer", "@value": "0012"}, 12]
    assert place["kg:fileName"] == ["a.txt", "b.txt"]
    assert place["kg:about"] == {"@id": f"{DATA}place/2"}
    assert {"@language": "zh", "@value": "制表\t符与\x01控制字符"} in place["kg:text"]
    assert {"@language": "zh", "@value": "北\t京"} in place["kg:text"]
    assert any(n["@id"] == f"{DATA}place/café" for n in nodes)


def test_one_node_a_line_with_its_keys_sorted(tmp_path) -> None:
    out = jsonld_of(tmp_path, TRICKY).decode("utf-8").splitlines()
    assert out[0] == "{" and out[-1] == "}" and out[2] == ' "@graph": ['
    node_lines = out[3:-2]
    assert len(node_lines) == 3
    for line in node_lines:
        keys = list(json.loads(line.strip().rstrip(",")))
        assert keys[0] == "@id" and keys[1:] == sorted(keys[1:])


def test_every_line_of_a_build_is_written_as_its_parse_says(seed_out) -> None:
    """The byte path (slices of the line) gives each line of the seed's union the key and value that
    pyoxigraph's parse and ``json`` give it, and the whole file reads back as the union."""
    lines = sorted({line.rsplit(" <", 1)[0] + " .\n"
                    for line in (seed_out / "graph.nq").read_text(encoding="utf-8").splitlines()})
    values = _Values(output_prefixes())
    for line in lines:
        raw = line.rstrip("\n").encode("utf-8")
        i = raw.index(b"> <", 1)
        po = raw[i + 3:-2]
        j = po.index(b"> ")
        key, value = values(po[:j], po[j + 2:])
        subject, parsed_key, parsed_value = values.parsed(raw)
        assert (raw[1:i], key, value) == (subject, parsed_key, parsed_value), line
    assert same_graph((seed_out / "graph.jsonld").read_bytes(), lines)


@pytest.mark.parametrize("parts", [2, 3, 5, 40])
def test_the_parts_written_one_after_another_are_the_whole_document(seed_out, tmp_path, parts) -> None:
    """Workers write graph.jsonld in parts, each a range of whole nodes: joined, the parts are the file
    written in one go, byte for byte; no node is cut between two parts."""
    union = tmp_path / "union.nt"
    union.write_bytes(b"".join(sorted({line.rsplit(b" <", 1)[0] + b" .\n"
                                       for line in (seed_out / "graph.nq").read_bytes().splitlines()})))
    whole = io.BytesIO()
    write_jsonld(union, whole, output_prefixes())
    ranges = node_ranges(union, parts)
    assert len(ranges) == parts  # the seed has far more than 40 nodes
    joined = io.BytesIO()
    for part in ranges:
        write_jsonld(union, joined, output_prefixes(), part)
    assert joined.getvalue() == whole.getvalue()
    data = union.read_bytes()
    for start, _, _, _ in ranges[1:]:
        before = data[:start - 1].rsplit(b"\n", 1)[-1]
        assert before.split(b" ", 1)[0] != data[start:].split(b" ", 1)[0]


def test_blank_nodes_are_refused(tmp_path) -> None:
    with pytest.raises(TypeError, match="blank nodes"):
        jsonld_of(tmp_path, ['_:b0 <http://ex/p> "x" .\n'])
