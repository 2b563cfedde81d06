"""The ontology file is what the code uses: every term the code names is declared, labelled and explained."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH

from kg.graph import to_graph
from kg.pipeline import extract_text
from kg.vocab import (
    ENTITY_CLASSES,
    KG,
    ONTOLOGY_IRI,
    RELATION_PREDICATES,
    label,
    ontology_file,
    ontology_graph,
    shapes_graph,
)

REPO = Path(__file__).resolve().parents[1]
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)
TEXT = ("会议深入贯彻党的二十大精神，审议通过了市人民政府工作报告。推进有色、钢铁等传统主导产业延链补链，"
        "预计全年生产总值增长4.8%。")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return ontology_graph()


def vocab_terms() -> list[URIRef]:
    return [KG[name] for name in KG.__annotations__]


def declared_terms(onto: Graph) -> set[URIRef]:
    return {s for t in TERM_TYPES for s in onto.subjects(RDF.type, t) if isinstance(s, URIRef)}


def test_every_term_the_code_names_is_declared_in_the_ontology(onto):
    missing = [t for t in vocab_terms() if (t, RDF.type, None) not in onto]
    assert not missing, f"kg/vocab.py names terms ontology/kg.ttl does not declare: {missing}"


def test_every_kg_term_of_the_ontology_is_named_in_the_code(onto):
    ours = {s for s in declared_terms(onto) | set(onto.subjects(RDF.type, None))
            if str(s).startswith(str(KG._NS))}
    extra = sorted(ours - set(vocab_terms()))
    assert not extra, f"ontology/kg.ttl declares terms kg/vocab.py does not name: {extra}"


def test_every_class_and_property_has_zh_and_en_labels_and_a_comment(onto):
    terms = declared_terms(onto) | {URIRef(ONTOLOGY_IRI), KG.industryScheme}
    assert len(terms) > 60
    problems = []
    for term in sorted(terms):
        langs = {lbl.language for lbl in onto.objects(term, RDFS.label)}
        if not {"zh", "en"} <= langs:
            problems.append(f"{term}: labels in {sorted(filter(None, langs))}")
        if onto.value(term, RDFS.comment) is None:
            problems.append(f"{term}: no rdfs:comment")
    assert not problems, "\n".join(problems)


def test_object_properties_of_ours_have_domain_and_range(onto):
    for p in onto.subjects(RDF.type, OWL.ObjectProperty):
        if str(p).startswith(str(KG._NS)):
            assert onto.value(p, RDFS.domain) is not None, p
            assert onto.value(p, RDFS.range) is not None, p


def test_every_external_vocabulary_used_is_referenced_and_explained(onto):
    from rdflib.namespace import DCTERMS

    referenced = set(onto.objects(URIRef(ONTOLOGY_IRI), DCTERMS.references))
    used = {onto.value(t, RDFS.isDefinedBy) for t in declared_terms(onto)} - {None, URIRef(str(RDFS))}
    assert used <= referenced, f"used but not referenced: {used - referenced}"
    for vocabulary in referenced:
        assert onto.value(vocabulary, RDFS.comment) is not None, f"{vocabulary}: say why it is used"


def test_relation_predicates_are_exactly_the_sub_properties_of_related_to(onto):
    subs = set(onto.transitive_subjects(RDFS.subPropertyOf, KG.relatedTo))
    assert subs == {KG[p] for p in RELATION_PREDICATES}


def test_entity_classes_are_the_subclasses_of_entity(onto):
    direct = {c for c in onto.subjects(RDFS.subClassOf, KG.Entity)}
    assert direct == {KG[c] for c in ENTITY_CLASSES}


def test_a_built_graph_uses_only_declared_predicates_and_classes(onto):
    g = to_graph([(extract_text(TEXT), "t.txt")])
    declared = declared_terms(onto) | {RDF.type}
    undeclared = sorted({p for p in g.predicates() if p not in declared})
    assert not undeclared, f"the builder writes predicates the ontology does not declare: {undeclared}"
    classes = {o for o in g.objects(None, RDF.type)} - {KG.industryScheme}
    from rdflib.namespace import SKOS

    assert classes - declared_terms(onto) <= {SKOS.ConceptScheme}


def test_labels_come_from_the_ontology_file_at_run_time(onto):
    g = to_graph([(extract_text(TEXT), "t.txt")])
    assert str(g.value(KG.industryScheme, RDFS.label)) == label(KG.industryScheme) == str(
        next(lbl for lbl in onto.objects(KG.industryScheme, RDFS.label) if lbl.language == "zh"))
    assert label(KG.approved, "en") == "approved"
    assert label(URIRef("https://example.org/x#unknownTerm")) == "unknownTerm"


def test_the_code_reads_the_single_source_in_ontology(onto):
    assert Path(str(ontology_file("kg.ttl"))).resolve() == (REPO / "ontology" / "kg.ttl").resolve()
    assert not (REPO / "kg" / "ontology").exists(), "a second copy of the ontology could drift"


def test_the_installed_package_carries_the_ontology_folder():
    tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from Python 3.11")
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert config.get("package-dir", {}).get("kg.ontology") == "ontology"
    assert "*.ttl" in config["package-data"]["kg.ontology"]
    packages = set(config["packages"])
    in_tree = {".".join(p.relative_to(REPO).parts) for p in (REPO / "kg").rglob("*")
               if p.is_dir() and p.name != "__pycache__" and any(f.is_file() for f in p.iterdir())}
    assert in_tree | {"kg", "kg.ontology"} <= packages, "pyproject's packages miss a folder of kg/"


def test_shapes_cover_every_class_of_ours(onto):
    shapes = shapes_graph()
    targeted = set(shapes.objects(None, SH.targetClass))
    ours = {c for c in onto.subjects(RDF.type, OWL.Class) if str(c).startswith(str(KG._NS))}
    # kg:Entity is abstract: each of its ten subclasses has its own shape
    assert ours - targeted == {KG.Entity}


def _domain_classes(onto: Graph, p: URIRef) -> set:
    """A property's domain: one class, or the classes of an owl:unionOf."""
    domain = onto.value(p, RDFS.domain)
    union = onto.value(domain, OWL.unionOf)
    return set(Collection(onto, union)) if union is not None else {domain}


def _shape_classes(shapes: Graph, shape) -> set:
    """The classes a node shape asks of its subjects: its sh:class, or each sh:class of its sh:or."""
    alternatives = shapes.value(shape, SH["or"])
    if alternatives is not None:
        return {shapes.value(a, SH["class"]) for a in Collection(shapes, alternatives)}
    return {shapes.value(shape, SH["class"])}


@pytest.mark.parametrize("predicate", RELATION_PREDICATES)
def test_relation_shapes_check_the_ontologys_domain_and_range(onto, predicate):
    shapes, p = shapes_graph(), KG[predicate]
    shape = next((s for s in shapes.subjects(SH.targetSubjectsOf, p)
                  if (s, SH["class"], None) in shapes or (s, SH["or"], None) in shapes), None)
    assert shape is not None, f"no shape checks the domain and range of {p}"
    assert _shape_classes(shapes, shape) == _domain_classes(onto, p)
    ranges = {shapes.value(ps, SH["class"]) for ps in shapes.objects(shape, SH.property)
              if shapes.value(ps, SH.path) == p}
    assert ranges == {onto.value(p, RDFS.range)}


def test_the_ontology_table_in_docs_names_every_term_of_ours(onto):
    table = (REPO / "docs" / "ontology.md").read_text(encoding="utf-8")
    missing = [t for t in vocab_terms() if f"`kg:{t.rsplit('#', 1)[-1]}`" not in table]
    assert not missing, f"docs/ontology.md lacks {missing}: regenerate its tables from ontology/kg.ttl"
