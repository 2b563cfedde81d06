"""Extraction → RDF: the contract's shape, one label per entity, categories, structure, determinism."""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from decimal import Decimal

import pytest
from rdflib import RDF, RDFS, Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.document import make_document
from kg.graph import (
    document_iri,
    extraction_ntriples,
    mint_iri,
    normalise_key,
    nt_term,
    to_dataset,
    to_graph,
)
from kg.model import DocumentMeta, Entity, Evidence, Extraction, Indicator, Mention, Relation
from kg.pipeline import extract_text
from kg.vocab import KG
from tests.conftest import REPO, SEED

TEXT = ("会议深入贯彻党的二十大精神，审议通过了市人民政府工作报告。"
        "推进有色、钢铁、化工等传统主导产业延链补链，预计全年生产总值增长4.8%。")


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def entity(text: str, type_: str, name: str, *, label: str | None = None, category: str | None = None,
           key: str | None = None) -> Entity:
    start, end = span(text, name)
    return Entity(key=key or normalise_key(name), type=type_, label=label or name, category=category,
                  mentions=(Mention(type_, name, start, end, "test:rule", confidence=0.9),))


def evidence(text: str, part: str) -> Evidence:
    start, end = span(text, part)
    return Evidence(start, end, part, "test:rule", 0.85)


def parse_ntriples(text_triples) -> Graph:
    """A graph read back from (subject, predicate, object) N-Triples terms."""
    return Graph().parse(data="".join(f"{s} {p} {o} .\n" for s, p, o in text_triples), format="nt")


def turtle_in_fresh_process(path: str, hash_seed: str) -> bytes:
    code = ("import sys; from pathlib import Path; from kg.pipeline import extract_text;"
            "from kg.graph import to_graph; p = Path(sys.argv[1]);"
            "g = to_graph([(extract_text(p.read_text(encoding='utf-8'), source=p.name), p.name)]);"
            "sys.stdout.buffer.write(g.serialize(format='turtle', encoding='utf-8'))")
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    return subprocess.run([sys.executable, "-c", code, path], capture_output=True, check=True, env=env,
                          cwd=REPO).stdout


def test_same_input_gives_byte_identical_turtle_across_processes():
    first = turtle_in_fresh_process(str(SEED), "1")
    assert len(first) > 10_000
    assert turtle_in_fresh_process(str(SEED), "2") == first


def test_same_input_gives_byte_identical_turtle_within_a_process():
    a = to_graph([(extract_text(TEXT), "t.txt")]).serialize(format="turtle")
    b = to_graph([(extract_text(TEXT), "t.txt")]).serialize(format="turtle")
    assert a == b


def test_turtle_round_trips():
    g = to_graph([(extract_text(TEXT), "t.txt")])
    back = Graph().parse(data=g.serialize(format="turtle"), format="turtle")
    assert isomorphic(g, back)


def test_relation_is_a_direct_triple_with_an_assertion_beside_it():
    from rdflib.namespace import XSD  # not a module global: pytest probes those, and XSD warns

    text = "大会审议通过了市人民政府工作报告。"
    meeting, report = entity(text, "Meeting", "大会"), entity(text, "Document", "市人民政府工作报告")
    ex = Extraction(make_document(text), entities=(meeting, report),
                    relations=(Relation(meeting.key, "approved", report.key, evidence(text, text)),))
    g = to_graph([(ex, "t.txt")])
    s, o = mint_iri("Meeting", meeting.key), mint_iri("Document", report.key)
    assert (s, KG.approved, o) in g
    (assertion,) = g.subjects(RDF.type, KG.RelationAssertion)
    named = tuple(g.value(assertion, p) for p in (RDF.subject, RDF.predicate, RDF.object))
    assert named == (s, KG.approved, o)
    d = document_iri(ex.document.sha256)
    assert g.value(assertion, KG.inDocument) == g.value(assertion, PROV.wasDerivedFrom) == d
    assert (g.value(assertion, KG.start), g.value(assertion, KG.end)) == (
        Literal(0, datatype=XSD.integer), Literal(len(text), datatype=XSD.integer))
    assert str(g.value(assertion, KG.rule)) == "test:rule"
    assert g.value(assertion, KG.confidence) == Literal(Decimal("0.85"), datatype=XSD.decimal)


def test_the_same_entity_in_two_documents_is_one_node_with_one_label():
    one, two = "推进“人工智能+”行动。", "实施“人工智能＋”行动，成效明显。"
    key = normalise_key("“人工智能+”行动")
    assert key == normalise_key("“人工智能＋”行动")
    ex1 = Extraction(make_document(one), entities=(entity(one, "Policy", "“人工智能+”行动", key=key),))
    ex2 = Extraction(make_document(two), entities=(entity(two, "Policy", "“人工智能＋”行动", key=key),))
    iri = mint_iri("Policy", key)
    for g in (to_graph([(ex1, "1.txt"), (ex2, "2.txt")]), to_graph([(ex2, "2.txt"), (ex1, "1.txt")]),
              to_dataset([(ex1, "1.txt"), (ex2, "2.txt")])):
        labels = set(g.objects(iri, RDFS.label))
        # a tie between the two forms: the smaller one, whatever the order of the documents
        assert labels == {Literal("“人工智能+”行动", lang="zh")}
        assert set(g.objects(iri, SKOS.altLabel)) == {Literal("“人工智能＋”行动", lang="zh")}


def test_industry_categories_join_the_scheme_and_other_categories_do_not():
    text = "推进有色、钢铁等传统主导产业延链补链，推出制造业数字化转型等政策包。"
    member = entity(text, "Industry", "有色")
    category = entity(text, "Industry", "传统主导产业", category="传统主导产业")
    policy = entity(text, "Policy", "制造业数字化转型")
    package = entity(text, "Policy", "政策包", category="政策包")
    ex = Extraction(make_document(text), entities=(member, category, policy, package), relations=(
        Relation(member.key, "inCategory", category.key, evidence(text, "有色、钢铁等传统主导产业")),
        Relation(policy.key, "inCategory", package.key, evidence(text, "制造业数字化转型等政策包")),
    ))
    g = to_graph([(ex, "t.txt")])
    industry_cat, policy_cat = mint_iri("Industry", category.key), mint_iri("Policy", package.key)
    assert {industry_cat, policy_cat} <= set(g.subjects(RDF.type, KG.Category))
    assert set(g.subjects(RDF.type, KG.IndustryCategory)) == {industry_cat}
    assert set(g.subjects(SKOS.topConceptOf, KG.industryScheme)) == {industry_cat}
    assert (KG.industryScheme, SKOS.hasTopConcept, industry_cat) in g
    assert (mint_iri("Industry", member.key), KG.inCategory, industry_cat) in g
    assert (mint_iri("Policy", policy.key), KG.inCategory, policy_cat) in g


def test_sections_have_titles_order_and_parents_and_sentences_know_their_section():
    text = ("各位代表：\n一、过去一年工作回顾\n（一）经济运行稳中向好。生产总值增长。\n"
            "（二）改革开放纵深推进。\n二、今年工作安排\n要做好工作。")
    doc = make_document(text)
    ex = Extraction(doc, entities=(entity(text, "Concept", "改革开放"),))
    g = to_graph([(ex, "t.txt")])
    d = document_iri(doc.sha256)
    parts = sorted(g.objects(d, DCTERMS.hasPart), key=lambda s: int(g.value(s, KG.order)))
    assert [str(g.value(s, DCTERMS.title)) for s in parts] == [
        "一、过去一年工作回顾", "（一）经济运行稳中向好", "（二）改革开放纵深推进", "二、今年工作安排"]
    assert [int(g.value(s, KG.level)) for s in parts] == [1, 2, 2, 1]
    assert [g.value(s, DCTERMS.isPartOf) for s in parts] == [None, parts[0], parts[0], None]
    (mention,) = g.subjects(RDF.type, KG.Mention)
    assert g.value(mention, KG.inSection) == parts[2]
    assert g.value(g.value(mention, KG.inSentence), KG.inSection) == parts[2]


def test_indicator_has_typed_value_unit_period_bounds_and_evidence():
    from rdflib.namespace import XSD  # not a module global: pytest probes those, and XSD warns

    text = "2021-2025年累计完成投资1.5万亿元。"
    ind = Indicator(key="投资", label="投资", value=1.5, unit="万亿元", period="2021-2025",
                    qualifiers=("total",), evidence=evidence(text, "累计完成投资1.5万亿元"),
                    value_text="1.5万亿元")
    g = to_graph([(Extraction(make_document(text), indicators=(ind,)), "t.txt")])
    (i,) = g.subjects(RDF.type, KG.Indicator)
    assert g.value(i, KG.value) == Literal(Decimal("1.5"), datatype=XSD.decimal)
    assert str(g.value(i, KG.unit)) == "万亿元" and str(g.value(i, KG.period)) == "2021-2025"
    assert (g.value(i, KG.periodStart), g.value(i, KG.periodEnd)) == (
        Literal("2021", datatype=XSD.gYear), Literal("2025", datatype=XSD.gYear))
    a = g.value(i, KG.hasEvidence)
    assert (a, RDF.subject, i) in g and (a, RDF.predicate, KG.value) in g
    assert g.value(a, RDF.object) == g.value(i, KG.value)
    assert str(g.value(a, KG.text)) == "累计完成投资1.5万亿元"


def test_one_span_naming_two_entities_gives_two_mentions():
    text = "认真落实省委十一届九次、十次全会精神。"
    start, end = span(text, "省委十一届九次、十次全会")
    meetings = tuple(
        Entity(key=k, type="Meeting", label=k,
               mentions=(Mention("Meeting", text[start:end], start, end, "test:shared-head", k),))
        for k in ("省委十一届九次全会", "省委十一届十次全会"))
    g = to_graph([(Extraction(make_document(text), entities=meetings), "t.txt")])
    mentions = list(g.subjects(RDF.type, KG.Mention))
    assert len(mentions) == 2
    assert {g.value(m, KG.mentionOf) for m in mentions} == {mint_iri("Meeting", e.key) for e in meetings}
    assert {str(g.value(m, KG.text)) for m in mentions} == {"省委十一届九次、十次全会"}


def test_the_ntriples_text_is_what_a_parser_reads_back():
    """Every path writes extraction_ntriples' text, and rdflib reads it back (to_graph, kg.build_graph):
    each term must parse to itself, down to each literal's lexical form (quotes, backslashes and line
    breaks escaped; dates, years and decimals as rdflib normalises them)."""
    text = '他说："推进\\改革"，增长4.80%。\r\n2021-2025年下降0%，“十五五”。\n各位代表：'
    meeting = entity(text, "Meeting", '"推进\\改革"')
    plan = entity(text, "Strategy", "“十五五”", category="规划")
    values = (4.8, 0.0, -0.0, 1e-7, 123456789.123456, float("nan"))
    indicators = tuple(
        Indicator(key=f"增长{i}", label="增长", value=v, unit="%", period="2021-2025", qualifiers=("change",),
                  evidence=evidence(text, "增长4.80%。\r\n2021-2025年下降0%"), value_text=str(v))
        for i, v in enumerate(values))
    doc = make_document(text)
    doc = replace(doc, meta=DocumentMeta(title='“两会”"报告"', date="2025-01-15", speaker="某某",
                                         speaker_role="省长", year=2025, genre="report"))
    ex = Extraction(doc, entities=(meeting, plan), indicators=indicators, relations=(
        Relation(meeting.key, "implements", plan.key, evidence(text, '"推进\\改革"，增长4.80%。\r\n')),))
    labels = {mint_iri("Meeting", meeting.key): "推进改革"}

    text_triples = set(extraction_ntriples(ex, file_name='a "b".txt', labels=labels))
    read_back = parse_ntriples(text_triples)
    assert len(read_back) == len(text_triples) > 100
    assert {tuple(nt_term(t) for t in triple) for triple in read_back} == text_triples
    doc = document_iri(ex.document.sha256)
    assert read_back.value(doc, KG.fileName) == Literal('a "b".txt')
    assert str(read_back.value(doc, DCTERMS.date)) == "2025-01-15"
    assert read_back.value(mint_iri("Meeting", meeting.key), RDFS.label) == Literal("推进改革", lang="zh")


def test_a_predicate_the_ontology_lacks_is_an_error_not_a_new_iri():
    text = "大会审议通过了市人民政府工作报告。"
    meeting, report = entity(text, "Meeting", "大会"), entity(text, "Document", "市人民政府工作报告")
    ex = Extraction(make_document(text), entities=(meeting, report),
                    relations=(Relation(meeting.key, "aproved", report.key, evidence(text, text)),))
    with pytest.raises(AttributeError, match="aproved"):
        list(extraction_ntriples(ex))



def test_each_indicator_keeps_its_own_decimal_whatever_came_before():
    """Values are made once per document and reused; 0.0 and -0.0 are equal keys but not one literal."""
    text = "增长0%，下降0%，增长4.80%，增长0.0000001%。"
    cases = {"甲": (0.0, "0.0"), "乙": (-0.0, "-0.0"), "丙": (4.80, "4.8"), "丁": (1e-7, "0.0"), "戊": (-0.0, "-0.0")}
    indicators = tuple(Indicator(key=name, label=name, value=v, unit="%", period=None, qualifiers=(),
                                 evidence=evidence(text, text)) for name, (v, _) in cases.items())
    ex = Extraction(make_document(text), indicators=indicators)
    g = parse_ntriples(extraction_ntriples(ex))
    got = {str(g.value(i, KG.measure)): str(g.value(i, KG.value)) for i in g.subjects(RDF.type, KG.Indicator)}
    assert got == {name: lexical for name, (_, lexical) in cases.items()}


def test_a_graph_relabelled_with_the_corpus_labels_is_the_graph_mapped_with_them():
    """The label stage rewrites a text's graph instead of mapping it again (kg.graph.relabel): the lines
    must be those the mapping makes with the corpus's labels, sorted, each once. Chosen forms here: one of
    the entity's own aliases (its altLabel line goes), a new form, and the entity's own label (no change)."""
    from kg.graph import document_nquads, entity_iri, relabel
    from kg.labels import choose_labels, label_rows

    ex = extract_text(SEED.read_text(encoding="utf-8"), source=SEED.name)
    own = choose_labels([label_rows(ex)])
    chosen, kinds = dict(own), set()
    for i, ent in enumerate(ex.entities):
        iri = entity_iri(ent.type, ent.key)
        if ent.aliases and "alias" not in kinds:
            chosen[iri], kind = ent.aliases[0], "alias"
        else:
            chosen[iri], kind = (f"{ent.label}（新）", "new") if i % 3 else (ent.label, "same")
        kinds.add(kind)
    assert kinds == {"alias", "new", "same"}
    mine = document_nquads(ex, file_name=SEED.name, labels=own)
    again = document_nquads(ex, file_name=SEED.name, labels=chosen)
    assert relabel(mine, own, chosen).nquads == again.nquads != mine.nquads
    assert relabel(mine, own, own) is mine
