"""Extraction → RDF. The only module that knows rdflib's data model on the way in.

Each relation is a direct triple between two entity IRIs (the graph contract); its evidence sits
beside it as a ``kg:RelationAssertion`` node (rdf:subject/predicate/object + offsets + sentence).
Each mention is a ``kg:Mention`` node; each source text a ``kg:SourceDocument`` with its metadata,
``kg:Section`` and ``kg:Sentence`` nodes. The evidence model is described in docs/provenance.md.

Every IRI is minted from content, so the same input gives the same graph (byte-identical Turtle),
and the same entity named in two documents is one node with one label.
"""
from __future__ import annotations

import bisect
import hashlib
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.model import Document, Evidence, Extraction
from kg.vocab import DATA_NS, KG, ONTOLOGY_IRI, label

PREFIXES = {"kg": KG._NS, "kgr": DATA_NS, "skos": SKOS, "prov": PROV, "dcterms": DCTERMS}


def normalise_key(name: str) -> str:
    """The identity of a name: NFKC, no quotes, title marks, '*' or spaces (as the scorer matches)."""
    text = unicodedata.normalize("NFKC", name)
    return "".join(ch for ch in text if ch not in " \t\r\n\"'“”‘’《》〈〉「」『』")


def _digest(*parts: str, n: int = 12) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


def mint_iri(entity_type: str, key: str) -> URIRef:
    """Stable IRI of an entity: type plus a hash of its normalised name.

    >>> str(mint_iri("Meeting", "党的二十大"))[-20:]
    'meeting/df87183ce905'
    """
    return DATA_NS[f"{entity_type.lower()}/{_digest(normalise_key(key))}"]


def document_iri(sha256: str) -> URIRef:
    """IRI of a source text, from its content hash: the same text is the same node."""
    return DATA_NS[f"doc/{sha256[:16]}"]


def new_graph() -> Graph:
    g = Graph(bind_namespaces="core")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    return g


def new_dataset() -> Dataset:
    ds = Dataset(default_union=True)
    ds.namespace_manager.bind_namespaces = "core"
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    return ds


def _int(v: int) -> Literal:
    return Literal(v, datatype=XSD.integer)


def _decimal(v: float) -> Literal:
    """An xsd:decimal in canonical form (5 → "5.0", 4.80 → "4.8"): the lexical form Turtle writes and reads
    back unchanged, so graphs round-trip. Non-finite values (never a measurement) become 0.0.

    >>> str(_decimal(5.0)), str(_decimal(4.8)), str(_decimal(float("inf")))
    ('5.0', '4.8', '0.0')
    """
    if not math.isfinite(v):
        v = 0.0
    lexical = format(Decimal(repr(round(v, 6))).normalize(), "f")
    if "." not in lexical:
        lexical += ".0"
    return Literal(lexical, datatype=XSD.decimal)


def preferred_labels(extractions: Iterable[Extraction]) -> dict[URIRef, str]:
    """One label per entity IRI across documents: the form most documents use, then the smallest.

    Two texts may write one name differently (“人工智能+” and “人工智能＋” share a key); the merged
    graph keeps one rdfs:label and the other forms as skos:altLabel.
    """
    seen: dict[URIRef, Counter[str]] = defaultdict(Counter)
    for ex in extractions:
        for ent in ex.entities:
            seen[mint_iri(ent.type, ent.key)][ent.label] += 1
    return {iri: min(forms, key=lambda f: (-forms[f], f)) for iri, forms in seen.items()}


def add_extraction(g: Graph, ex: Extraction, *, file_name: str | None = None,
                   labels: Mapping[URIRef, str] | None = None) -> URIRef:
    """Add one document's extraction to ``g``; return the source document's IRI.

    ``labels`` (from :func:`preferred_labels`) fixes each entity's rdfs:label when several
    documents are merged; the document's own form then becomes a skos:altLabel.
    """
    doc = ex.document
    d = document_iri(doc.sha256)
    meta = doc.meta
    g.add((d, RDF.type, KG.SourceDocument))
    g.add((d, KG.contentHash, Literal(doc.sha256)))
    g.add((d, KG.fileName, Literal(file_name or doc.source)))
    if meta.title:
        g.add((d, DCTERMS.title, Literal(meta.title, lang="zh")))
        g.add((d, RDFS.label, Literal(meta.title, lang="zh")))
    else:
        g.add((d, RDFS.label, Literal(file_name or doc.source)))
    if meta.date:
        g.add((d, DCTERMS.date, Literal(meta.date, datatype=XSD.date) if len(meta.date) == 10
               else Literal(meta.date)))
    if meta.year:
        g.add((d, KG.year, Literal(str(meta.year), datatype=XSD.gYear)))
    if meta.speaker:
        g.add((d, KG.speaker, Literal(meta.speaker, lang="zh")))
        g.add((d, DCTERMS.creator, Literal(f"{meta.speaker_role or ''} {meta.speaker}".strip(), lang="zh")))
    if meta.issuer:
        g.add((d, DCTERMS.publisher, Literal(meta.issuer, lang="zh")))
    if meta.place:
        g.add((d, DCTERMS.spatial, Literal(meta.place, lang="zh")))
    if meta.venue:
        g.add((d, KG.venue, Literal(meta.venue, lang="zh")))
    if meta.source:
        g.add((d, DCTERMS.source, Literal(meta.source, lang="zh")))
    if meta.genre:
        g.add((d, KG.genre, Literal(meta.genre)))

    h = doc.sha256[:16]
    section_iris = _add_sections(g, doc, d)

    sentence_of = _sentence_locator(ex)
    used_sentences: set[int] = set()

    def sentence_iri(i: int) -> URIRef:
        used_sentences.add(i)
        return DATA_NS[f"doc/{h}/sentence/{i}"]

    def link_place(node: URIRef, start: int) -> None:
        i = sentence_of(start)
        if i is None:
            return
        g.add((node, KG.inSentence, sentence_iri(i)))
        sec = doc.sentences[i].section
        if sec is not None:
            g.add((node, KG.inSection, section_iris[sec]))

    keys = {}
    for ent in ex.entities:
        iri = mint_iri(ent.type, ent.key)
        keys[ent.key] = iri
        g.add((iri, RDF.type, KG[ent.type]))
        preferred = (labels or {}).get(iri, ent.label)
        g.add((iri, RDFS.label, Literal(preferred, lang="zh")))
        for alias in (ent.label, *ent.aliases):
            if alias != preferred:
                g.add((iri, SKOS.altLabel, Literal(alias, lang="zh")))
        if ent.category:
            _add_category(g, iri, industry=ent.type == "Industry")
        for m in ent.mentions:
            # the entity's id is part of the name: one span can name two entities of one type
            # (the shared head of 省委十一届九次、十次全会 names two meetings)
            m_iri = DATA_NS[f"doc/{h}/mention/{m.start}-{m.end}-{ent.type.lower()}-{iri.rsplit('/', 1)[-1]}"]
            g.add((m_iri, RDF.type, KG.Mention))
            g.add((m_iri, KG.mentionOf, iri))
            g.add((m_iri, KG.inDocument, d))
            g.add((m_iri, KG.start, _int(m.start)))
            g.add((m_iri, KG.end, _int(m.end)))
            # the source slice, not m.text: a shared head's mention (市人民政府 of 市人民政府、…工作报告)
            # carries the expanded name as its text, and evidence must quote the source exactly
            g.add((m_iri, KG.text, Literal(doc.text[m.start:m.end], lang="zh")))
            g.add((m_iri, KG.rule, Literal(m.rule)))
            g.add((m_iri, KG.confidence, _decimal(m.confidence)))
            link_place(m_iri, m.start)

    for rel in ex.relations:
        s, o = keys.get(rel.subject), keys.get(rel.object)
        if s is None or o is None or s == o:
            continue
        p = KG[rel.predicate]
        g.add((s, p, o))
        a = DATA_NS[f"doc/{h}/assertion/{_digest(str(s), str(p), str(o), str(rel.evidence.start))}"]
        g.add((a, RDF.type, KG.RelationAssertion))
        g.add((a, RDF.subject, s))
        g.add((a, RDF.predicate, p))
        g.add((a, RDF.object, o))
        _add_evidence(g, a, rel.evidence, d, doc.text)
        link_place(a, rel.evidence.start)

    for ind in ex.indicators:
        i_iri = DATA_NS[f"indicator/{h}/{ind.evidence.start}-{_digest(ind.key, n=8)}"]
        g.add((i_iri, RDF.type, KG.Indicator))
        g.add((i_iri, RDFS.label, Literal(f"{ind.label} {ind.value_text}".strip(), lang="zh")))
        g.add((i_iri, KG.measure, Literal(ind.label, lang="zh")))
        g.add((i_iri, KG.value, _decimal(ind.value)))
        g.add((i_iri, KG.unit, Literal(ind.unit)))
        if ind.period:
            g.add((i_iri, KG.period, Literal(ind.period)))
        for q in ind.qualifiers:
            g.add((i_iri, KG.qualifier, Literal(q)))
        if ind.subject and ind.subject in keys:
            g.add((i_iri, KG.about, keys[ind.subject]))
        if bounds := _period_bounds(ind.period):
            g.add((i_iri, KG.periodStart, Literal(bounds[0], datatype=XSD.gYear)))
            g.add((i_iri, KG.periodEnd, Literal(bounds[1], datatype=XSD.gYear)))
        a = DATA_NS[f"doc/{h}/assertion/{_digest(str(i_iri))}"]
        g.add((i_iri, KG.hasEvidence, a))
        g.add((a, RDF.type, KG.RelationAssertion))
        g.add((a, RDF.subject, i_iri))
        g.add((a, RDF.predicate, KG.value))
        g.add((a, RDF.object, _decimal(ind.value)))
        _add_evidence(g, a, ind.evidence, d, doc.text)
        link_place(a, ind.evidence.start)

    for i in sorted(used_sentences):
        sent = doc.sentences[i]
        s_iri = DATA_NS[f"doc/{h}/sentence/{i}"]
        g.add((s_iri, RDF.type, KG.Sentence))
        g.add((s_iri, KG.inDocument, d))
        g.add((s_iri, KG.start, _int(sent.start)))
        g.add((s_iri, KG.end, _int(sent.end)))
        g.add((s_iri, KG.text, Literal(doc.text[sent.start:sent.end], lang="zh")))
        if sent.section is not None:
            g.add((s_iri, KG.inSection, section_iris[sent.section]))
    return d


def _add_sections(g: Graph, doc: Document, d: URIRef) -> list[URIRef]:
    """Section nodes with title, order, level and span; a （一） part points to its 一、 part."""
    iris: list[URIRef] = []
    parent: URIRef | None = None
    for sec in doc.sections:
        s_iri = DATA_NS[f"doc/{doc.sha256[:16]}/section/{sec.index}"]
        iris.append(s_iri)
        g.add((s_iri, RDF.type, KG.Section))
        g.add((s_iri, DCTERMS.title, Literal(sec.title, lang="zh")))
        g.add((s_iri, RDFS.label, Literal(sec.title, lang="zh")))
        g.add((s_iri, KG.order, _int(sec.index)))
        g.add((s_iri, KG.level, _int(sec.level)))
        g.add((s_iri, KG.start, _int(sec.start)))
        g.add((s_iri, KG.end, _int(sec.end)))
        g.add((s_iri, KG.text, Literal(doc.text[sec.start:sec.end], lang="zh")))
        g.add((s_iri, KG.inDocument, d))
        g.add((d, DCTERMS.hasPart, s_iri))
        if sec.level == 1:
            parent = s_iri
        elif parent is not None:
            g.add((s_iri, DCTERMS.isPartOf, parent))
    return iris


def _add_category(g: Graph, iri: URIRef, *, industry: bool) -> None:
    """An entity an enumeration names as a category; an industry category joins the industry scheme."""
    g.add((iri, RDF.type, KG.Category))
    if not industry:
        return
    g.add((iri, RDF.type, KG.IndustryCategory))
    g.add((iri, SKOS.inScheme, KG.industryScheme))
    g.add((iri, SKOS.topConceptOf, KG.industryScheme))
    g.add((KG.industryScheme, RDF.type, SKOS.ConceptScheme))
    g.add((KG.industryScheme, RDFS.label, Literal(label(KG.industryScheme), lang="zh")))
    g.add((KG.industryScheme, SKOS.hasTopConcept, iri))


_YEARS = re.compile(r"(?:19|20)\d{2}")


def _period_bounds(period: str | None) -> tuple[str, str] | tuple[()]:
    """(first year, last year) of a period as the text gives it ('2021-2025', '2022'); () if none.

    >>> _period_bounds("2021-2025"), _period_bounds("2022"), _period_bounds(None)
    (('2021', '2025'), ('2022', '2022'), ())
    """
    years = _YEARS.findall(period or "")
    return (years[0], years[-1]) if years else ()


def _add_evidence(g: Graph, node: URIRef, ev: Evidence, doc: URIRef, text: str) -> None:
    """Offsets, the exact source slice, rule and confidence of one assertion."""
    g.add((node, KG.inDocument, doc))
    g.add((node, PROV.wasDerivedFrom, doc))
    g.add((node, KG.start, _int(ev.start)))
    g.add((node, KG.end, _int(ev.end)))
    g.add((node, KG.text, Literal(text[ev.start:ev.end], lang="zh")))
    g.add((node, KG.rule, Literal(ev.rule)))
    g.add((node, KG.confidence, _decimal(ev.confidence)))


def _sentence_locator(ex: Extraction) -> Callable[[int], int | None]:
    """Offset → index of the sentence holding it (or the last one starting before it)."""
    starts = [s.start for s in ex.document.sentences]
    ends = [s.end for s in ex.document.sentences]

    def locate(offset: int) -> int | None:
        i = bisect.bisect_right(starts, offset) - 1
        return i if i >= 0 and offset < ends[i] else (i if i >= 0 else None)

    return locate


def to_graph(extractions: Iterable[tuple[Extraction, str | None]]) -> Graph:
    """All extractions merged into one graph (the Turtle/JSON-LD output)."""
    pairs = list(extractions)
    labels = preferred_labels(ex for ex, _ in pairs)
    g = new_graph()
    for ex, name in pairs:
        add_extraction(g, ex, file_name=name, labels=labels)
    return g


def document_graph_iri(sha256: str) -> URIRef:
    """IRI of the named graph holding one source document's triples in the TriG output."""
    return URIRef(str(document_iri(sha256)) + "/graph")


def to_dataset(extractions: Iterable[tuple[Extraction, str | None]]) -> Dataset:
    """One named graph per source document (the TriG output); the union is the merged graph."""
    pairs = list(extractions)
    labels = preferred_labels(ex for ex, _ in pairs)
    ds = new_dataset()
    for ex, name in pairs:
        add_extraction(ds.graph(document_graph_iri(ex.document.sha256)), ex, file_name=name, labels=labels)
    return ds


def ontology_iri() -> URIRef:
    return URIRef(ONTOLOGY_IRI)
