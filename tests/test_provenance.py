"""Provenance: every evidence row quotes its source exactly, and documents carry metadata and structure."""
from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from kg.corpus import build
from kg.reader import read_text
from kg.vocab import KG, RELATION_PREDICATES
from tests.conftest import SEED, dev_pairs


@pytest.fixture(scope="module")
def texts(shared_dir) -> list[Path]:
    """The seed and the dev texts, read from beside the checkout."""
    paths = [SEED] + [text for _, text, _ in dev_pairs(shared_dir) if text.name != SEED.name]
    assert len(paths) >= 3
    return paths


@pytest.fixture(scope="module")
def built(texts, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("build")
    build(texts, out, write_html=False, workers=1, use_cache=False)
    return out


@pytest.fixture(scope="module")
def graph(built) -> Graph:
    g = Graph()
    g.parse(built / "graph.ttl", format="turtle")
    return g


@pytest.fixture(scope="module")
def sources(graph, texts) -> dict[URIRef, str]:
    """Source document IRI → the text as read from its file."""
    by_name = {p.name: read_text(p) for p in texts}
    return {d: by_name[str(graph.value(d, KG.fileName))] for d in graph.subjects(RDF.type, KG.SourceDocument)}


def evidence_text(g: Graph, node: URIRef, start: int, end: int) -> str:
    """A node's own kg:text, or (an assertion whose span is its whole sentence) its sentence's text cut
    at the node's offsets."""
    own = g.value(node, KG.text)
    if own is not None:
        return str(own)
    sentence = g.value(node, KG.inSentence)
    base = int(g.value(sentence, KG.start))
    return str(g.value(sentence, KG.text))[start - base:end - base]


def evidence_rows(g: Graph):
    for node in g.subjects(KG.start, None):
        start, end = int(g.value(node, KG.start)), int(g.value(node, KG.end))
        yield node, g.value(node, KG.inDocument), start, end, evidence_text(g, node, start, end)


def kind(g: Graph, node: URIRef) -> str:
    if (node, RDF.type, KG.RelationAssertion) in g:
        return "indicator" if g.value(node, RDF.predicate) == KG.value else "relation"
    return str(g.value(node, RDF.type)).rsplit("#", 1)[-1]


def test_every_evidence_row_quotes_the_source_text_exactly(graph, sources):
    kinds: Counter[str] = Counter()
    wrong = []
    for node, doc, start, end, text in evidence_rows(graph):
        kinds[kind(graph, node)] += 1
        if sources[doc][start:end] != text:
            wrong.append(f"{node}: text[{start}:{end}] = {sources[doc][start:end]!r}, kg:text = {text!r}")
    assert not wrong, "\n".join(wrong[:10])
    # every kind of evidence was checked, not just some
    assert {k for k, n in kinds.items() if n} >= {"Mention", "relation", "indicator", "Sentence", "Section"}


def test_a_sentences_text_is_stored_once_and_assertions_keep_only_their_own_span(graph):
    """A relation stated by a whole sentence points to it (kg:inSentence, the same offsets) and repeats no
    text; an assertion of part of a sentence (an indicator's clause) keeps the text of that part only."""
    whole = part = 0
    for a in graph.subjects(RDF.type, KG.RelationAssertion):
        sentence = graph.value(a, KG.inSentence)
        span = (int(graph.value(a, KG.start)), int(graph.value(a, KG.end)))
        sentence_span = (int(graph.value(sentence, KG.start)), int(graph.value(sentence, KG.end)))
        text = graph.value(a, KG.text)
        if span == sentence_span:
            assert text is None, f"{a} repeats its sentence's text"
            whole += 1
        else:
            assert text is not None and len(str(text)) == span[1] - span[0], a
            part += 1
    assert whole > 30 and part > 30


def test_every_mention_and_assertion_carries_document_sentence_rule_and_confidence(graph):
    nodes = [*graph.subjects(RDF.type, KG.Mention), *graph.subjects(RDF.type, KG.RelationAssertion)]
    assert len(nodes) > 500
    for node in nodes:
        sentence = graph.value(node, KG.inSentence)
        assert graph.value(node, KG.inDocument) == graph.value(sentence, KG.inDocument)
        assert int(graph.value(sentence, KG.start)) <= int(graph.value(node, KG.start))
        assert str(graph.value(node, KG.rule))
        assert 0 < float(graph.value(node, KG.confidence)) <= 1


def test_every_relation_triple_has_an_assertion_naming_it(graph):
    asserted = {(graph.value(a, RDF.subject), graph.value(a, RDF.predicate), graph.value(a, RDF.object))
                for a in graph.subjects(RDF.type, KG.RelationAssertion)}
    triples = [t for p in RELATION_PREDICATES for t in graph.triples((None, KG[p], None))]
    assert len(triples) > 30
    assert [t for t in triples if t not in asserted] == []


def test_each_mention_is_linked_to_the_section_it_occurs_in(graph):
    sections: dict[URIRef, list[tuple[int, URIRef]]] = {}
    for s in graph.subjects(RDF.type, KG.Section):
        sections.setdefault(graph.value(s, KG.inDocument), []).append((int(graph.value(s, KG.start)), s))
    linked = 0
    for m in graph.subjects(RDF.type, KG.Mention):
        doc = graph.value(m, KG.inDocument)
        sentence_start = int(graph.value(graph.value(m, KG.inSentence), KG.start))
        before = [s for start, s in sorted(sections.get(doc, [])) if start <= sentence_start]
        assert graph.value(m, KG.inSection) == (before[-1] if before else None), m
        linked += bool(before)
    assert linked > 300


def test_source_documents_carry_their_metadata_and_content_hash(graph, sources):
    for doc, text in sources.items():
        assert str(graph.value(doc, KG.contentHash)) == hashlib.sha256(text.encode("utf-8")).hexdigest()
        assert graph.value(doc, RDFS.label) is not None
    seed = next(graph.subjects(KG.fileName, Literal(SEED.name)))
    assert str(graph.value(seed, DCTERMS.title)) == "在市十五届人大二次会议闭幕会上的讲话"
    assert str(graph.value(seed, KG.genre)) == "speech"
    dated = [d for d in sources if graph.value(d, DCTERMS.date) is not None]
    assert dated, "a dev text with a dateline keeps its date"
    for d in dated:
        date = graph.value(d, DCTERMS.date)
        assert str(date)[:4] in sources[d][:300].replace("年", "-")


def test_the_speechs_theme_paragraphs_are_sections_in_order(graph):
    seed = next(graph.subjects(KG.fileName, Literal(SEED.name)))
    parts = sorted(graph.objects(seed, DCTERMS.hasPart), key=lambda s: int(graph.value(s, KG.order)))
    titles = [str(graph.value(s, DCTERMS.title)) for s in parts]
    assert [int(graph.value(s, KG.order)) for s in parts] == list(range(5))
    assert all(t.startswith("踔厉奋发启新程、勇毅前行谱新篇，要") for t in titles)
    assert titles[0].endswith("要旗帜鲜明讲政治")


def test_numbered_sub_sections_point_to_their_part(graph):
    subs = list(graph.subject_objects(DCTERMS.isPartOf))
    for sub, part in subs:
        assert int(graph.value(sub, KG.level)) == 2 and int(graph.value(part, KG.level)) == 1
        assert int(graph.value(part, KG.order)) < int(graph.value(sub, KG.order))


def test_trig_keeps_each_documents_evidence_in_its_own_named_graph(built, sources):
    ds = Dataset()
    ds.parse(built / "graph.trig", format="trig")
    named = {c.identifier: c for c in ds.graphs() if c.identifier != ds.default_graph.identifier and len(c)}
    assert {URIRef(f"{d}/graph") for d in sources} <= set(named)
    for doc in sources:
        g = named[URIRef(f"{doc}/graph")]
        homes = {o for o in g.objects(None, KG.inDocument)}
        assert homes == {doc}


#: Mentions that point at a body by a post or a part of its name (kg/extract/resolve.py keeps them out of its aliases).
_STANDS_FOR_A_BODY = ("post-body", "standing-committee")


def test_each_mentions_quoted_text_is_its_entitys_name(graph):
    """Offsets that slice the source exactly must also point at the name (or part of a shared-head name)."""
    from rdflib.namespace import SKOS

    from kg.graph import normalise_key

    astray = []
    for m in graph.subjects(RDF.type, KG.Mention):
        if str(graph.value(m, KG.rule)).endswith(_STANDS_FOR_A_BODY):
            continue  # 省长 for the provincial government, 及其常委会: they stand for a body, never spell it
        entity, quoted = graph.value(m, KG.mentionOf), normalise_key(str(graph.value(m, KG.text)))
        names = {normalise_key(str(n)) for p in (RDFS.label, SKOS.altLabel) for n in graph.objects(entity, p)}
        if not any(quoted == n or quoted in n or n in quoted for n in names):
            astray.append(f"{m}: quotes {quoted!r}, names {sorted(names)}")
    assert not astray, "\n".join(astray[:10])
