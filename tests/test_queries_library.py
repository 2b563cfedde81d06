"""The named-query library (kg/queries/*.rq): each answers its analysts' question on a real graph,
and Oxigraph and rdflib give the same rows for every one of them.

Two graphs: the seed speech (one document) and two 2026 government work reports (Beijing and
Shanghai, from ../shared/corpus), which the cross-document queries need.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest

from kg.corpus import build
from kg.query import QUERY_DIR, load_graph, named_queries, named_query, run_query
from kg.store import load_store
from kg.vocab import RELATION_PREDICATES
from tests.conftest import SEED

REPORTS = ("2026-beijing.txt", "2026-shanghai.txt")
ENTITY_TYPES = {"Meeting", "Organization", "Person", "Place", "Strategy", "Policy", "Industry", "Document",
                "Indicator", "Concept"}


@pytest.fixture(scope="module")
def seed_ttl(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed")
    build([SEED], out, write_html=False, use_cache=False)
    return out / "graph.ttl"


@pytest.fixture(scope="module")
def reports_ttl(tmp_path_factory, shared_dir: Path) -> Path:
    out = tmp_path_factory.mktemp("reports")
    corpus = shared_dir / "corpus" / "gov-work-reports-2026"
    build([corpus / name for name in REPORTS], out, write_html=False, use_cache=False)
    return out / "graph.ttl"


@pytest.fixture(scope="module")
def seed(seed_ttl: Path):
    return load_store(seed_ttl)


@pytest.fixture(scope="module")
def reports(reports_ttl: Path):
    return load_store(reports_ttl)


@pytest.fixture(scope="module")
def seed_rdflib(seed_ttl: Path):
    return load_graph(seed_ttl)


@pytest.fixture(scope="module")
def reports_rdflib(reports_ttl: Path):
    return load_graph(reports_ttl)


def answer(store, name: str, **params: str) -> list[dict[str, str]]:
    names, rows = run_query(store, named_query(name).text, params=params)
    return [dict(zip(names, row, strict=True)) for row in rows]


# ---------------------------------------------------------------- the files themselves


def test_the_library_has_a_query_for_each_question_of_the_issue() -> None:
    library = named_queries()
    assert len(library) >= 12
    for question in ("industries-by-category", "strategies-by-section", "meeting-outcomes",
                     "spirit-carried-out", "indicators", "neighbourhood", "evidence", "shared-entities",
                     "document-diff", "central-entities", "organization-actions", "formulas"):
        assert question in library


@pytest.mark.parametrize("path", sorted(QUERY_DIR.glob("*.rq")), ids=lambda p: p.stem)
def test_each_file_names_itself_describes_itself_and_declares_its_parameters(path: Path) -> None:
    query = named_query(path.stem)
    assert query.name == path.stem
    assert query.description and "\n" not in query.description
    declared = {p.name for p in query.parameters}
    for name in declared:  # each parameter is exactly one VALUES block the user's value replaces
        assert len(re.findall(r"VALUES\s+\?" + name + r"\s*\{", query.text)) == 1, name
    if not declared:
        assert "# params: none" in query.text


# ---------------------------------------------------------------- answers on the seed speech


def test_industries_by_category_puts_steel_under_the_traditional_leading_industries(seed) -> None:
    rows = answer(seed, "industries-by-category")
    pairs = {(r["category"], r["industry"]) for r in rows}
    assert ("传统主导产业", "钢铁") in pairs
    assert ("战略性新兴产业", "新材料") in pairs
    assert ("未来产业", "商业航天卫星") in pairs
    assert ("传统主导产业", "新材料") not in pairs


def test_strategies_by_section_names_the_section_where_each_is_named(seed) -> None:
    rows = answer(seed, "strategies-by-section")
    assert {r["type"] for r in rows} == {"Strategy", "Policy"}
    assert any(r["entity"] == "两个确保" and r["type"] == "Strategy" for r in rows)
    text = SEED.read_text(encoding="utf-8")
    for r in rows:
        assert r["section"] and r["section"] in text
        assert int(r["mentions"]) >= 1


def test_meeting_outcomes_lists_the_reports_the_congress_approved(seed) -> None:
    rows = answer(seed, "meeting-outcomes")
    approved = {r["item"] for r in rows if r["action"] == "approved"}
    assert {"市人民政府工作报告", "财政预算报告"} <= approved
    assert {r["meeting"] for r in rows} == {"*市第十五届人民代表大会第二次会议"}


def test_spirit_carried_out_names_the_earlier_meetings_and_quotes_the_sentence(seed) -> None:
    rows = answer(seed, "spirit-carried-out")
    meetings = {r["meeting"] for r in rows}
    assert {"党的二十大", "中央经济工作会议"} <= meetings
    for r in rows:
        if r["meeting"] in ("党的二十大", "中央经济工作会议"):
            assert r["meeting"] in r["text"] and "精神" in r["text"]


def test_indicators_carry_value_unit_period_and_qualifiers(seed) -> None:
    rows = answer(seed, "indicators")
    growth = next(r for r in rows if r["measure"] == "生产总值")
    assert Decimal(growth["value"]) == Decimal("4.8") and growth["unit"] == "%"
    assert growth["period"] and "estimate" in growth["qualifiers"].split()  # 预计 …
    assert growth["value"] in growth["text"]


def test_neighbourhood_of_a_meeting_and_of_the_provincial_committee(seed) -> None:
    rows = answer(seed, "neighbourhood")  # default: 党的二十大
    assert {(r["direction"], r["relation"], r["neighbour"]) for r in rows} == {
        ("in", "carriesOutSpiritOf", "*市第十五届人民代表大会第二次会议")}
    committee = answer(seed, "neighbourhood", entity="省委")
    links = {(r["direction"], r["relation"], r["neighbour"]) for r in committee}
    assert ("out", "implements", "十大战略") in links
    assert answer(seed, "neighbourhood", entity="没有这个实体") == []


def test_evidence_has_the_promised_columns_and_each_text_is_its_source_slice(seed) -> None:
    names, rows = run_query(seed, named_query("evidence").text)
    assert names == ["subject", "predicate", "object", "document", "start", "end", "text"]
    assert rows
    text = SEED.read_text(encoding="utf-8")
    for *_, document, start, end, quoted in rows:
        assert document == SEED.name
        assert text[int(start):int(end)] == quoted
    assert ["市人大常委会", "establishes", "*企业家日"] in [r[:3] for r in rows]


def test_central_entities_put_the_congress_first(seed) -> None:
    rows = answer(seed, "central-entities")
    assert 0 < len(rows) <= 20
    assert rows[0]["entity"] == "*市第十五届人民代表大会第二次会议"
    degrees = [int(r["degree"]) for r in rows]
    assert degrees == sorted(degrees, reverse=True)
    assert all(r["type"] for r in rows)


def test_central_entities_count_every_relation_predicate() -> None:
    text = named_query("central-entities").text
    listed = re.search(r"VALUES \?predicate \{([^}]*)\}", text)[1].split()
    assert {p.removeprefix("kg:") for p in listed} == set(RELATION_PREDICATES)


def test_organization_actions_say_who_issued_and_who_set_up_what(seed) -> None:
    rows = {(r["organization"], r["action"], r["item"]) for r in answer(seed, "organization-actions")}
    assert ("市人民政府", "issued", "市人民政府工作报告") in rows
    assert ("市人大常委会", "established", "*企业家日") in rows


def test_formulas_point_at_their_first_occurrence(seed) -> None:
    rows = answer(seed, "formulas")
    text = SEED.read_text(encoding="utf-8")
    firsts = {r["concept"]: r for r in rows}
    assert "全过程人民民主" in firsts
    for r in firsts.values():
        start = int(r["start"])
        assert text[start:int(r["end"])] == r["text"]
        assert r["sentence"] and r["text"] in r["sentence"]
    # the first occurrence: no mention of the formula earlier in the text (as written at that place)
    doctrine = firsts["全过程人民民主"]
    assert text.find(doctrine["text"]) == int(doctrine["start"])


def test_documents_entity_types_and_mentions(seed) -> None:
    (document,) = answer(seed, "documents")
    assert document["document"] == SEED.name
    assert document["title"] and document["title"] in SEED.read_text(encoding="utf-8")
    types = {r["type"]: r for r in answer(seed, "entity-types")}
    assert set(types) <= ENTITY_TYPES and {"Meeting", "Industry", "Concept"} <= set(types)
    for r in types.values():
        assert int(r["entities"]) >= 1
    mentions = answer(seed, "mentions", entity="中央经济工作会议")
    text = SEED.read_text(encoding="utf-8")
    assert mentions and all(text[int(m["start"]):int(m["end"])] == m["text"] for m in mentions)


# ---------------------------------------------------------------- answers across two reports


def test_shared_entities_are_named_in_both_reports(reports) -> None:
    rows = answer(reports, "shared-entities")
    shared = {r["entity"] for r in rows}
    assert "党的二十大" in shared
    assert all(r["documents"] == "2" for r in rows)


def test_document_diff_lists_what_beijing_names_and_shanghai_does_not(reports) -> None:
    rows = answer(reports, "document-diff")  # defaults: 2026-beijing.txt minus 2026-shanghai.txt
    assert rows
    only_beijing = {(r["type"], r["entity"]) for r in rows}
    shared = {(r["type"], r["entity"]) for r in answer(reports, "shared-entities")}
    assert not shared & only_beijing
    for r in rows[:5]:
        places = {m["document"] for m in answer(reports, "mentions", entity=r["entity"])}
        assert "2026-beijing.txt" in places, r
    reverse = answer(reports, "document-diff", document="2026-shanghai.txt", other="2026-beijing.txt")
    assert reverse and {(r["type"], r["entity"]) for r in reverse} != only_beijing
    for r in reverse[:5]:
        places = {m["document"] for m in answer(reports, "mentions", entity=r["entity"])}
        assert "2026-shanghai.txt" in places, r


@pytest.mark.parametrize("name", ["strategies-by-section", "indicators", "evidence", "formulas"])
def test_the_document_parameter_keeps_one_report(reports, name: str) -> None:
    everything = answer(reports, name)
    beijing = answer(reports, name, document="2026-beijing.txt")
    assert beijing and {r["document"] for r in beijing} == {"2026-beijing.txt"}
    assert len(beijing) < len(everything)


# ---------------------------------------------------------------- one answer, two engines


def _normalise(names: list[str], rows: list[list[str]]) -> list[tuple[str, ...]]:
    """Rows as a sorted list; numbers compared as numbers; GROUP_CONCAT's open order made one."""
    def cell(name: str, value: str) -> str:
        if name == "qualifiers":
            return " ".join(sorted(value.split()))
        try:
            return str(Decimal(value).normalize())
        except InvalidOperation:
            return value

    return sorted(tuple(cell(n, v) for n, v in zip(names, row, strict=True)) for row in rows)


@pytest.mark.parametrize("name", sorted(named_queries()))
@pytest.mark.parametrize("graph", ["seed", "reports"])
def test_oxigraph_and_rdflib_give_the_same_rows(name: str, graph: str, request) -> None:
    store, rdflib_graph = request.getfixturevalue(graph), request.getfixturevalue(f"{graph}_rdflib")
    text = named_query(name).text
    ox_names, ox_rows = run_query(store, text)
    rdf_names, rdf_rows = run_query(rdflib_graph, text)
    assert ox_names == rdf_names
    assert _normalise(ox_names, ox_rows) == _normalise(rdf_names, rdf_rows)

