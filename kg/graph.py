"""Extraction → RDF: the only module that knows how a document's facts become statements.

Each relation is a direct triple between two entity IRIs (the graph contract); its evidence sits
beside it as a ``kg:RelationAssertion`` node (rdf:subject/predicate/object + offsets + sentence).
Each mention is a ``kg:Mention`` node; each source text a ``kg:SourceDocument`` with its metadata,
``kg:Section`` and ``kg:Sentence`` nodes. The evidence model is described in docs/provenance.md.

Every IRI is minted from content, so the same input gives the same graph (byte-identical Turtle),
and the same entity named in two documents is one node with one label.

The mapping (:func:`extraction_ntriples`) writes N-Triples text, and :func:`document_nquads` makes
a document's sorted N-Quads lines of it: what every build path hands on (the corpus build's sinks,
the cache, and :func:`to_graph` / :func:`to_dataset`, which parse those lines into rdflib).
No rdflib term is made per statement: making and encoding 400,000 of them cost as much as
extracting the corpus.
"""
from __future__ import annotations

import bisect
import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from itertools import groupby

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.model import Document, Evidence, Extraction, normalise_key
from kg.vocab import DATA_NS, KG, ONTOLOGY_IRI, label

PREFIXES = {"kg": KG._NS, "kgr": DATA_NS, "skos": SKOS, "prov": PROV, "dcterms": DCTERMS}

#: A term as the mapping writes it: N-Triples text (``<iri>``, ``"text"@zh``, ``"5"^^<…#integer>``).
Term = str


def _digest(*parts: str, n: int = 12) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


def mint_iri(entity_type: str, key: str) -> URIRef:
    """Stable IRI of an entity: type plus a hash of its normalised name.

    >>> str(mint_iri("Meeting", "党的二十大"))[-20:]
    'meeting/df87183ce905'
    """
    return URIRef(entity_iri(entity_type, key))


def document_iri(sha256: str) -> URIRef:
    """IRI of a source text, from its content hash: the same text is the same node."""
    return URIRef(_document_iri(sha256))


@lru_cache(maxsize=1 << 16)  # the label stage and the mapping ask for each entity's IRI many times
def entity_iri(entity_type: str, key: str) -> str:
    """:func:`mint_iri` as a plain string."""
    return f"{DATA_NS}{entity_type.lower()}/{_digest(normalise_key(key))}"


def _document_iri(sha256: str) -> str:
    return f"{DATA_NS}doc/{sha256[:16]}"


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


_XSD_DECIMAL, _XSD_INTEGER, _XSD_STRING = XSD.decimal, XSD.integer, XSD.string
_XSD_DATE, _XSD_YEAR = XSD.date, XSD.gYear


def _decimal_lexical(v: float) -> str:
    """An xsd:decimal in canonical form (5 → "5.0", 4.80 → "4.8"): the lexical form Turtle writes and reads
    back unchanged (rdflib reads it as ``f"{Decimal(s):f}"``), so graphs round-trip. Non-finite values
    (never a measurement) become 0.0.

    >>> _decimal_lexical(5.0), _decimal_lexical(4.8), _decimal_lexical(float("inf"))
    ('5.0', '4.8', '0.0')
    """
    if not math.isfinite(v):
        v = 0.0
    lexical = format(Decimal(repr(round(v, 6))).normalize(), "f")
    if "." not in lexical:
        lexical += ".0"
    return lexical


def preferred_labels(extractions: Iterable[Extraction]) -> dict[URIRef, str]:
    """One label per entity IRI across documents (:func:`kg.labels.choose_labels`)."""
    from kg.labels import choose_labels, label_rows

    return {URIRef(iri): lab for iri, lab in choose_labels(label_rows(ex) for ex in extractions).items()}


# ---------------------------------------------------------------- N-Triples terms

_IRI_ESCAPE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_LITERAL_ESCAPE = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_NT_INTEGER = f"^^<{_XSD_INTEGER}>"
_NT_DECIMAL = f"^^<{_XSD_DECIMAL}>"


def nt_iri(iri: str) -> str:
    """An IRI in N-Triples syntax (characters IRIs may not hold as \\u escapes).

    >>> nt_iri("https://w3id.org/policykg/id/meeting/1")
    '<https://w3id.org/policykg/id/meeting/1>'
    """
    if _IRI_ESCAPE.search(iri):
        iri = _IRI_ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04X}", iri)
    return f"<{iri}>"


def _nt_string(text: str) -> str:
    """The quoted lexical form of a literal; texts seldom hold a character to escape, so look first
    (four scans of a sentence cost less than translating it character by character)."""
    if "\\" in text or '"' in text or "\n" in text or "\r" in text:
        text = text.translate(_LITERAL_ESCAPE)
    return f'"{text}"'


def nt_term(term: URIRef | Literal) -> str:
    """An rdflib term in N-Triples syntax (xsd:string literals written plain, as RDF 1.1 reads them).

    >>> nt_term(Literal("党的二十大", lang="zh")), nt_term(Literal('两"个"\\n', datatype=XSD.string))
    ('"党的二十大"@zh', '"两\\\\"个\\\\"\\\\n"')
    """
    if isinstance(term, URIRef):
        return nt_iri(str(term))
    if isinstance(term, Literal):
        body = _nt_string(str(term))
        if term.language:
            return f"{body}@{term.language}"
        if term.datatype is not None and term.datatype != _XSD_STRING:
            return f"{body}^^{nt_iri(str(term.datatype))}"
        return body
    raise TypeError(f"cannot write {term!r}: the graph contract has IRIs and literals, no blank nodes")


# ---------------------------------------------------------------- the mapping

_NAMESPACES = {"rdf": RDF, "rdfs": RDFS, "skos": SKOS, "dcterms": DCTERMS, "prov": PROV, "kg": KG}


def _expand(curie: str) -> URIRef:
    prefix, local_name = curie.split(":")
    return _NAMESPACES[prefix][local_name]


#: Every vocabulary term the mapping writes, by its prefixed name, looked up once: ``KG.start`` is a
#: DefinedNamespace ``__getattr__`` each time, and the mapping names a term 680,000 times for the 29
#: reports of the 2026 corpus. Each namespace is closed, so a misspelt name fails at import.
_VOCABULARY: dict[str, URIRef] = {
    curie: _expand(curie) for curie in (
        "rdf:type", "rdf:subject", "rdf:predicate", "rdf:object", "rdfs:label",
        "skos:altLabel", "skos:inScheme", "skos:topConceptOf", "skos:hasTopConcept", "skos:ConceptScheme",
        "dcterms:title", "dcterms:date", "dcterms:creator", "dcterms:publisher", "dcterms:spatial",
        "dcterms:source", "dcterms:hasPart", "dcterms:isPartOf", "prov:wasDerivedFrom",
        "kg:SourceDocument", "kg:Section", "kg:Sentence", "kg:Mention", "kg:RelationAssertion",
        "kg:Indicator", "kg:Category", "kg:IndustryCategory", "kg:industryScheme",
        "kg:contentHash", "kg:fileName", "kg:year", "kg:speaker", "kg:venue", "kg:genre",
        "kg:order", "kg:level", "kg:start", "kg:end", "kg:text", "kg:rule", "kg:confidence",
        "kg:inDocument", "kg:inSection", "kg:inSentence", "kg:mentionOf", "kg:hasEvidence",
        "kg:measure", "kg:value", "kg:unit", "kg:period", "kg:qualifier", "kg:about",
        "kg:periodStart", "kg:periodEnd", "kg:maxValue",
    )
}


class _Terms:
    """How the mapping writes terms: N-Triples text. Values that repeat within a document (rule names,
    confidences, kg: classes and predicates, years) are written once; a value whose lexical form rdflib
    normalises when it reads it (dates, years) goes through rdflib's ``Literal`` once, so the text
    says exactly what a parser reads back."""

    iri = staticmethod(nt_iri)

    def __init__(self) -> None:
        self.vocab = {curie: nt_term(t) for curie, t in _VOCABULARY.items()}
        self._memo: dict[object, Term] = {}

    def zh(self, text: str) -> Term:
        """Chinese text: a literal tagged @zh."""
        return _nt_string(text) + "@zh"

    def string(self, text: str) -> Term:
        """A plain (xsd:string) literal."""
        return _nt_string(text)

    def integer(self, n: int) -> Term:
        return f'"{n:d}"{_NT_INTEGER}'

    def kg(self, local_name: str) -> Term:
        """The kg: class or property of that local name (AttributeError if the ontology has none)."""
        key = ("kg", local_name)
        got = self._memo.get(key)
        if got is None:
            got = self._memo[key] = nt_term(KG[local_name])
        return got

    def keyword(self, text: str) -> Term:
        """A plain literal that repeats through a document (a rule's name, a unit, a qualifier)."""
        key = ("string", text)
        got = self._memo.get(key)
        if got is None:
            got = self._memo[key] = self.string(text)
        return got

    def decimal(self, v: float) -> Term:
        """An xsd:decimal in canonical form (see :func:`_decimal_lexical`)."""
        key = ("decimal", v, math.copysign(1.0, v))  # 0.0 == -0.0, but they are written apart
        got = self._memo.get(key)
        if got is None:
            got = self._memo[key] = f'"{_decimal_lexical(v)}"{_NT_DECIMAL}'
        return got

    def typed(self, lexical: str, datatype: URIRef) -> Term:
        """A literal of another datatype (xsd:date, xsd:gYear), normalised as rdflib reads it (a date it
        can read is written as ``date.isoformat()``, a year as it is)."""
        key = ("typed", lexical, datatype)
        got = self._memo.get(key)
        if got is None:
            got = self._memo[key] = nt_term(Literal(lexical, datatype=datatype))
        return got


def extraction_ntriples(ex: Extraction, *, file_name: str | None = None,
                        labels: Mapping[URIRef, str] | Mapping[str, str] | None = None,
                        ) -> Iterator[tuple[str, str, str]]:
    """Every statement of one document's extraction as N-Triples terms (subject, predicate, object text).

    ``labels`` maps entity IRIs to the rdfs:label chosen across documents (:func:`preferred_labels`);
    the document's own form then becomes a skos:altLabel.

    >>> from kg.pipeline import extract_text
    >>> next(extraction_ntriples(extract_text("会议审议通过了工作报告。", source="t.txt")))[1]
    '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'
    """
    return _statements(ex, file_name=file_name, labels=_labels_by_iri(labels), terms=_Terms())


@dataclass(frozen=True)
class DocumentGraph:
    """One text's named graph: its IRI and its statements, sorted distinct N-Quads lines in UTF-8."""

    graph_iri: str
    nquads: bytes


@dataclass(frozen=True)
class SpooledGraph:
    """One text's named graph written to a file (sorted distinct N-Quads lines), where a build on this
    machine reads it: a long text's graph never held as one bytes object (:func:`write_document_nquads`)."""

    graph_iri: str
    path: str


def document_nquads(ex: Extraction, *, file_name: str | None = None,
                    labels: Mapping[URIRef, str] | Mapping[str, str] | None = None) -> DocumentGraph:
    """One document's named graph as sorted, distinct N-Quads lines: what every build path hands on.

    Sorted lines make every output byte-identical whatever the worker count or the order of the
    files, and let the corpus build merge documents without holding them all. Bytes, not str: a str
    of Chinese text takes two bytes a character; byte order of UTF-8 is code point order.
    """
    return mapped_document(ex, file_name=file_name, labels=labels)[0]


def write_document_nquads(ex: Extraction, path: str, *, file_name: str | None = None,
                          labels: Mapping[URIRef, str] | Mapping[str, str] | None = None) -> SpooledGraph:
    """:func:`document_nquads` written to ``path`` a slice of lines at a time: a 6 MB text's 1.5 million
    lines (370 MB) are never joined into one bytes object beside the list that holds them."""
    return mapped_document(ex, path, file_name=file_name, labels=labels)[0]


#: ``keep(subject, predicate, object)`` (N-Triples terms): whether a statement goes into a second, smaller
#: set of lines beside the document's graph (:func:`mapped_document`)
Keep = Callable[[Term, Term, Term], bool]


def mapped_document(ex: Extraction, path: str | None = None, *, file_name: str | None = None,
                    labels: Mapping[URIRef, str] | Mapping[str, str] | None = None,
                    keep: Keep | None = None) -> tuple[DocumentGraph | SpooledGraph, bytes]:
    """The document's named graph (:func:`document_nquads`; written to ``path`` when given, as
    :func:`write_document_nquads` does), and the sorted N-Quads lines of those of its statements that
    ``keep`` accepts (b"" without ``keep``): the part of the graph the view's map reads (kg/viewparts.py),
    picked while the statements are made rather than parsed again from the lines."""
    graph_iri, tail, statements, kept = _sorted_statements(ex, file_name=file_name, labels=labels, keep=keep)
    kept_lines = tail.join(kept) + tail if kept else b""
    if path is None:
        return DocumentGraph(graph_iri, tail.join(statements) + tail if statements else b""), kept_lines
    with open(path, "wb") as fh:
        for i in range(0, len(statements), _WRITE_SLICE):
            fh.write(tail.join(statements[i:i + _WRITE_SLICE]) + tail)
    return SpooledGraph(graph_iri, path), kept_lines


#: Lines joined and written at a time by :func:`write_document_nquads`.
_WRITE_SLICE = 1 << 14


def _sorted_statements(ex: Extraction, *, file_name: str | None,
                       labels: Mapping[URIRef, str] | Mapping[str, str] | None,
                       keep: Keep | None = None) -> tuple[str, bytes, list[bytes], list[bytes]]:
    """The document's graph IRI, the end of each of its N-Quads lines (" <graph> .\n"), its distinct
    statements ("s p o") sorted, and those ``keep`` accepts (sorted, distinct; empty without ``keep``).

    Sorted without that common end, which leaves the order of whole lines as it is: one statement is
    a prefix of another only where their objects differ, and what follows the shorter is never a
    character below the end's space (@, ^, -, a letter). 70 bytes less per line in memory.
    """
    graph_iri = str(document_graph_iri(ex.document.sha256))
    statements = extraction_ntriples(ex, file_name=file_name, labels=labels)
    kept: list[bytes] = []
    if keep is None:
        lines = [f"{s} {p} {o}".encode() for s, p, o in statements]
    else:
        lines = []
        for s, p, o in statements:
            line = f"{s} {p} {o}".encode()
            lines.append(line)
            if keep(s, p, o):
                kept.append(line)
        kept = sorted(set(kept))
    lines.sort()  # in place; duplicates dropped after (a set beside the list held a long text's lines twice)
    return graph_iri, f" {nt_iri(graph_iri)} .\n".encode(), [line for line, _ in groupby(lines)], kept


def _labels_by_iri(labels: Mapping[URIRef, str] | Mapping[str, str] | None) -> Mapping[str, str]:
    """Labels keyed by plain IRI strings (a URIRef key is never equal to a str one)."""
    if not labels:
        return {}
    if all(type(k) is str for k in labels):
        return labels
    return {str(k): v for k, v in labels.items()}


def _statements(ex: Extraction, *, file_name: str | None, labels: Mapping[str, str],
                terms: _Terms) -> Iterator[tuple]:
    """The mapping itself: one document's statements, in ``terms``' kind of term.

    Each relation is a direct triple plus a kg:RelationAssertion holding its evidence; each mention a
    kg:Mention node; the sentences that evidence points into come last (only those are written).
    """
    v, iri, zh, integer, decimal, keyword = (terms.vocab, terms.iri, terms.zh, terms.integer, terms.decimal,
                                             terms.keyword)
    a_type, rdfs_label, text_of = v["rdf:type"], v["rdfs:label"], v["kg:text"]
    start_of, end_of, in_document = v["kg:start"], v["kg:end"], v["kg:inDocument"]
    doc = ex.document
    text = doc.text
    meta = doc.meta
    names = _DocumentIris(doc.sha256)
    d = iri(names.document)
    yield d, a_type, v["kg:SourceDocument"]
    yield d, v["kg:contentHash"], terms.string(doc.sha256)
    yield d, v["kg:fileName"], terms.string(file_name or doc.source)
    if meta.title:
        yield d, v["dcterms:title"], zh(meta.title)
        yield d, rdfs_label, zh(meta.title)
    else:
        yield d, rdfs_label, terms.string(file_name or doc.source)
    if meta.date:
        yield d, v["dcterms:date"], (terms.typed(meta.date, _XSD_DATE) if len(meta.date) == 10
                                     else terms.string(meta.date))
    if meta.year:
        yield d, v["kg:year"], terms.typed(str(meta.year), _XSD_YEAR)
    if meta.speaker:
        yield d, v["kg:speaker"], zh(meta.speaker)
        yield d, v["dcterms:creator"], zh(f"{meta.speaker_role or ''} {meta.speaker}".strip())
    if meta.issuer:  # the organization node of that name, so that a join on the publishing body finds it
        publisher_iri = entity_iri("Organization", meta.issuer)
        publisher = iri(publisher_iri)
        yield d, v["dcterms:publisher"], publisher
        yield publisher, a_type, terms.kg("Organization")
        yield publisher, rdfs_label, zh(labels.get(publisher_iri, meta.issuer))
    if meta.place:
        yield d, v["dcterms:spatial"], zh(meta.place)
    if meta.venue:
        yield d, v["kg:venue"], zh(meta.venue)
    if meta.source:
        yield d, v["dcterms:source"], zh(meta.source)
    if meta.genre:
        yield d, v["kg:genre"], terms.string(meta.genre)

    section_iris = yield from _section_statements(doc, d, terms)

    sentence_of = _sentence_locator(ex)

    def is_sentence(ev: Evidence) -> bool:
        i = sentence_of(ev.start)
        return i is not None and (doc.sentences[i].start, doc.sentences[i].end) == (ev.start, ev.end)
    sentence_iris: dict[int, Term] = {}  # the sentences evidence points into, by index
    in_sentence, in_section = v["kg:inSentence"], v["kg:inSection"]

    def place(node: Term, start: int) -> Iterator[tuple]:
        i = sentence_of(start)
        if i is None:
            return
        s = sentence_iris.get(i)
        if s is None:
            s = sentence_iris[i] = iri(names.sentence(i))
        yield node, in_sentence, s
        sec = doc.sentences[i].section
        if sec is not None:
            yield node, in_section, section_iris[sec]

    a_mention, mention_of, rule_of, confidence_of = (v["kg:Mention"], v["kg:mentionOf"], v["kg:rule"],
                                                     v["kg:confidence"])
    alt_label = v["skos:altLabel"]
    keys: dict[str, tuple[str, Term]] = {}  # entity key → (IRI, its term)
    for ent in ex.entities:
        e_iri = entity_iri(ent.type, ent.key)
        e = iri(e_iri)
        keys[ent.key] = (e_iri, e)
        yield e, a_type, terms.kg(ent.type)
        preferred = labels.get(e_iri, ent.label)
        yield e, rdfs_label, zh(preferred)
        for alias in (ent.label, *ent.aliases):
            if alias != preferred:
                yield e, alt_label, zh(alias)
        if ent.category:
            yield from _category_statements(e, terms, industry=ent.type == "Industry")
        suffix = names.mention_suffix(ent.type, e_iri)
        for m in ent.mentions:
            m_iri = iri(names.mention(m.start, m.end, suffix))
            yield m_iri, a_type, a_mention
            yield m_iri, mention_of, e
            yield m_iri, in_document, d
            yield m_iri, start_of, integer(m.start)
            yield m_iri, end_of, integer(m.end)
            # the source slice, not m.text: a shared head's mention (市人民政府 of 市人民政府、…工作报告)
            # carries the expanded name as its text, and evidence must quote the source exactly
            yield m_iri, text_of, zh(text[m.start:m.end])
            yield m_iri, rule_of, keyword(m.rule)
            yield m_iri, confidence_of, decimal(m.confidence)
            yield from place(m_iri, m.start)

    a_assertion, rdf_subject, rdf_predicate, rdf_object = (v["kg:RelationAssertion"], v["rdf:subject"],
                                                           v["rdf:predicate"], v["rdf:object"])
    for rel in ex.relations:
        s, o = keys.get(rel.subject), keys.get(rel.object)
        if s is None or o is None or s[0] == o[0]:
            continue
        p = terms.kg(rel.predicate)
        yield s[1], p, o[1]
        a = iri(names.assertion(s[0], rel.predicate, o[0], rel.evidence.start))
        yield a, a_type, a_assertion
        yield a, rdf_subject, s[1]
        yield a, rdf_predicate, p
        yield a, rdf_object, o[1]
        yield from _evidence_statements(a, rel.evidence, d, text, terms, whole=is_sentence(rel.evidence))
        yield from place(a, rel.evidence.start)

    value_of = v["kg:value"]
    for ind in ex.indicators:
        i_raw = names.indicator(ind.evidence.start, ind.key)
        i = iri(i_raw)
        value = decimal(ind.value)
        yield i, a_type, v["kg:Indicator"]
        yield i, rdfs_label, zh(f"{ind.label} {ind.value_text}".strip())
        yield i, v["kg:measure"], zh(ind.label)
        yield i, value_of, value
        if ind.max_value is not None:
            yield i, v["kg:maxValue"], decimal(ind.max_value)
        yield i, v["kg:unit"], keyword(ind.unit)
        if ind.period:
            yield i, v["kg:period"], keyword(ind.period)
        for q in ind.qualifiers:
            yield i, v["kg:qualifier"], keyword(q)
        if ind.subject and ind.subject in keys:
            yield i, v["kg:about"], keys[ind.subject][1]
        if bounds := _period_bounds(ind.period):
            yield i, v["kg:periodStart"], terms.typed(bounds[0], _XSD_YEAR)
            yield i, v["kg:periodEnd"], terms.typed(bounds[1], _XSD_YEAR)
        a = iri(names.indicator_assertion(i_raw))
        yield i, v["kg:hasEvidence"], a
        yield a, a_type, a_assertion
        yield a, rdf_subject, i
        yield a, rdf_predicate, value_of
        yield a, rdf_object, value
        yield from _evidence_statements(a, ind.evidence, d, text, terms, whole=is_sentence(ind.evidence))
        yield from place(a, ind.evidence.start)

    a_sentence = v["kg:Sentence"]
    for index in sorted(sentence_iris):
        sent = doc.sentences[index]
        sentence = sentence_iris[index]
        yield sentence, a_type, a_sentence
        yield sentence, in_document, d
        yield sentence, start_of, integer(sent.start)
        yield sentence, end_of, integer(sent.end)
        yield sentence, text_of, zh(text[sent.start:sent.end])
        if sent.section is not None:
            yield sentence, in_section, section_iris[sent.section]


class _DocumentIris:
    """The IRIs of one document's nodes (its text, sections, sentences, mentions, assertions, indicators):
    minted here only, for the mapping and for the view's evidence (:func:`document_evidence`)."""

    def __init__(self, sha256: str) -> None:
        h = sha256[:16]
        self.document = _document_iri(sha256)
        self._base = f"{DATA_NS}doc/{h}/"
        self._indicators = f"{DATA_NS}indicator/{h}/"

    def section(self, index: int) -> str:
        return f"{self._base}section/{index}"

    def sentence(self, index: int) -> str:
        return f"{self._base}sentence/{index}"

    @staticmethod
    def mention_suffix(entity_type: str, e_iri: str) -> str:
        """The entity's id is part of a mention's name: one span can name two entities of one type
        (the shared head of 省委十一届九次、十次全会 names two meetings)."""
        return f"-{entity_type.lower()}-{e_iri.rsplit('/', 1)[-1]}"

    def mention(self, start: int, end: int, suffix: str) -> str:
        return f"{self._base}mention/{start}-{end}{suffix}"

    def assertion(self, subject: str, predicate: str, obj: str, start: int) -> str:
        """A relation's assertion: subject and object IRIs, the predicate's kg: local name."""
        return f"{self._base}assertion/{_digest(subject, f'{KG._NS}{predicate}', obj, str(start))}"

    def indicator(self, start: int, key: str) -> str:
        return f"{self._indicators}{start}-{_digest(key, n=8)}"

    def indicator_assertion(self, indicator: str) -> str:
        return f"{self._base}assertion/{_digest(indicator)}"


@dataclass
class DocumentEvidence:
    """What the view's evidence reads of one document's graph, made from its extraction (plain IRIs and
    values, as a parser reads them from :func:`document_nquads`' lines): which mentions and assertions
    evidence each entity, indicator and relation, and where each sits. A property stated twice for one
    node (an assertion's two ends) keeps its least value, as the view's reader does."""

    document: str
    evidence: dict[str, list[str]]  # entity or indicator → its mentions / its assertion
    assertions: dict[tuple[str, str, str], list[str]]  # (subject, predicate, object) between entities → assertions
    sentence_text: dict[str, str]  # sentence → its text
    own_text: dict[str, str]  # mention or assertion → its kg:text (an assertion of a whole sentence has none)
    start: dict[str, int]  # mention, assertion or sentence → kg:start
    end: dict[str, int]  # mention or assertion → kg:end
    in_sentence: dict[str, str]  # mention or assertion → its sentence
    in_document: dict[str, str]  # mention, assertion or sentence → the document
    in_section: dict[str, str]  # sentence → its section
    parents: dict[str, str | None]  # section → the section it is a part of (dcterms:isPartOf)


def document_evidence(ex: Extraction) -> DocumentEvidence:
    """The view's evidence of one document (:class:`DocumentEvidence`): what reading the mention, assertion
    and sentence statements of :func:`_statements` gives, walked over the extraction's mentions, relations
    and indicators instead of its 300,000-odd statements."""
    doc = ex.document
    text = doc.text
    names = _DocumentIris(doc.sha256)
    d = names.document
    sentence_of = _sentence_locator(ex)
    sentences = doc.sentences
    out = DocumentEvidence(d, defaultdict(list), defaultdict(list), {}, {}, {}, {}, {}, {}, {}, {})
    start, end, own_text, in_sentence, in_document = (out.start, out.end, out.own_text, out.in_sentence,
                                                      out.in_document)
    cited: set[int] = set()

    def least(values: dict, node: str, value) -> None:
        if node not in values or value < values[node]:
            values[node] = value

    def span(node: str, s: int, e: int, quoted: str | None) -> None:
        least(start, node, s)
        least(end, node, e)
        if quoted is not None:
            least(own_text, node, quoted)
        in_document[node] = d
        i = sentence_of(s)
        if i is not None:
            cited.add(i)
            least(in_sentence, node, names.sentence(i))

    def whole(ev: Evidence) -> bool:
        i = sentence_of(ev.start)
        return i is not None and (sentences[i].start, sentences[i].end) == (ev.start, ev.end)

    keys: dict[str, str] = {}
    for ent in ex.entities:
        e_iri = entity_iri(ent.type, ent.key)
        keys[ent.key] = e_iri
        if not ent.mentions:
            continue
        suffix = names.mention_suffix(ent.type, e_iri)
        mentions = out.evidence[e_iri]
        for m in ent.mentions:
            node = names.mention(m.start, m.end, suffix)
            mentions.append(node)
            span(node, m.start, m.end, text[m.start:m.end])
    for rel in ex.relations:
        s, o = keys.get(rel.subject), keys.get(rel.object)
        if s is None or o is None or s == o:
            continue
        node = names.assertion(s, rel.predicate, o, rel.evidence.start)
        out.assertions[(s, str(KG[rel.predicate]), o)].append(node)
        ev = rel.evidence
        span(node, ev.start, ev.end, None if whole(ev) else text[ev.start:ev.end])
    for ind in ex.indicators:
        i = names.indicator(ind.evidence.start, ind.key)
        node = names.indicator_assertion(i)
        out.evidence[i].append(node)
        ev = ind.evidence
        span(node, ev.start, ev.end, None if whole(ev) else text[ev.start:ev.end])
    for i in sorted(cited):
        sent = sentences[i]
        node = names.sentence(i)
        out.sentence_text[node] = text[sent.start:sent.end]
        start[node] = sent.start
        in_document[node] = d
        if sent.section is not None:
            out.in_section[node] = names.section(sent.section)
    parent: str | None = None
    for sec in doc.sections:
        node = names.section(sec.index)
        if sec.level == 1:
            parent = None
        out.parents[node] = parent
        if sec.level == 1:
            parent = node
    return out


def _section_statements(doc: Document, d: Term, terms: _Terms) -> Generator[tuple, None, list[Term]]:
    """Section nodes with title, order, level and span; a （一） part points to its 一、 part.

    Returns (as the generator's value) the sections' terms by index.
    """
    v, zh, integer = terms.vocab, terms.zh, terms.integer
    iris: list[Term] = []
    parent: Term | None = None
    names = _DocumentIris(doc.sha256)
    for sec in doc.sections:
        s = terms.iri(names.section(sec.index))
        iris.append(s)
        yield s, v["rdf:type"], v["kg:Section"]
        yield s, v["dcterms:title"], zh(sec.title)
        yield s, v["rdfs:label"], zh(sec.title)
        yield s, v["kg:order"], integer(sec.index)
        yield s, v["kg:level"], integer(sec.level)
        yield s, v["kg:start"], integer(sec.start)
        yield s, v["kg:end"], integer(sec.end)
        yield s, v["kg:text"], zh(doc.text[sec.start:sec.end])
        yield s, v["kg:inDocument"], d
        yield d, v["dcterms:hasPart"], s
        if sec.level == 1:
            parent = s
        elif parent is not None:
            yield s, v["dcterms:isPartOf"], parent
    return iris


def _category_statements(e: Term, terms: _Terms, *, industry: bool) -> Iterator[tuple]:
    """An entity an enumeration names as a category; an industry category joins the industry scheme."""
    v = terms.vocab
    yield e, v["rdf:type"], v["kg:Category"]
    if not industry:
        return
    scheme = v["kg:industryScheme"]
    yield e, v["rdf:type"], v["kg:IndustryCategory"]
    yield e, v["skos:inScheme"], scheme
    yield e, v["skos:topConceptOf"], scheme
    yield scheme, v["rdf:type"], v["skos:ConceptScheme"]
    yield scheme, v["rdfs:label"], terms.zh(label(_VOCABULARY["kg:industryScheme"]))
    yield scheme, v["skos:hasTopConcept"], e


_YEARS = re.compile(r"(?:19|20)\d{2}")


def _period_bounds(period: str | None) -> tuple[str, str] | tuple[()]:
    """(first year, last year) of a period as the text gives it ('2021-2025', '2022'); () if none.

    >>> _period_bounds("2021-2025"), _period_bounds("2022"), _period_bounds(None)
    (('2021', '2025'), ('2022', '2022'), ())
    """
    years = _YEARS.findall(period or "")
    return (years[0], years[-1]) if years else ()


def _evidence_statements(node: Term, ev: Evidence, d: Term, text: str, terms: _Terms, *,
                         whole: bool) -> Iterator[tuple]:
    """Offsets, rule and confidence of one assertion, and the exact source slice unless the span is its
    whole sentence (``whole``): a sentence's text is stored once, on the kg:Sentence the assertion
    points to, not again on each relation it states (it was half of a corpus graph's bytes)."""
    v = terms.vocab
    yield node, v["kg:inDocument"], d
    yield node, v["prov:wasDerivedFrom"], d
    yield node, v["kg:start"], terms.integer(ev.start)
    yield node, v["kg:end"], terms.integer(ev.end)
    if not whole:
        yield node, v["kg:text"], terms.zh(text[ev.start:ev.end])
    yield node, v["kg:rule"], terms.keyword(ev.rule)
    yield node, v["kg:confidence"], terms.decimal(ev.confidence)


def _sentence_locator(ex: Extraction) -> Callable[[int], int | None]:
    """Offset → index of the sentence holding it (or the last one starting before it)."""
    starts = [s.start for s in ex.document.sentences]
    ends = [s.end for s in ex.document.sentences]

    def locate(offset: int) -> int | None:
        i = bisect.bisect_right(starts, offset) - 1
        return i if i >= 0 and offset < ends[i] else (i if i >= 0 else None)

    return locate


# ---------------------------------------------------------------- whole graphs


def relabel(doc: DocumentGraph, own: Mapping[str, str], chosen: Mapping[str, str]) -> DocumentGraph:
    """A document's graph made with its own labels, given the labels chosen across the corpus instead.

    The mapping writes an entity's label as ``rdfs:label`` and every other form it knows as
    ``skos:altLabel``; so where the corpus chose another form, the own label becomes an altLabel and
    the chosen form the label (and no altLabel). The result is what :func:`document_nquads` makes
    with ``chosen``, without extracting the text again.
    """
    tail = f" {nt_iri(doc.graph_iri)} .\n"
    label, alt = nt_term(RDFS.label), nt_term(SKOS.altLabel)
    drop: set[bytes] = set()
    add: set[bytes] = set()
    for iri, form in own.items():
        new = chosen.get(iri, form)
        if new == form:
            continue
        e = nt_iri(iri)
        old_zh, new_zh = _nt_string(form) + "@zh", _nt_string(new) + "@zh"
        drop.add(f"{e} {label} {old_zh}{tail}".encode())
        drop.add(f"{e} {alt} {new_zh}{tail}".encode())
        add.add(f"{e} {label} {new_zh}{tail}".encode())
        add.add(f"{e} {alt} {old_zh}{tail}".encode())
    if not add:
        return doc
    # the document's lines are sorted and distinct: each line to drop or add is found by a binary search
    # of the bytes, and the document copied around them (splitting a long text's 100,000 lines into a
    # list, to filter and sort it again, was most of the label stage)
    data = doc.nquads
    edits = []  # (offset, line, drop): lines to drop where they are, new ones where they go
    for line in drop | add:
        at, present = _sorted_line_at(data, line)
        if present == (line in drop):
            edits.append((at, line, present))
    pieces, pos = [], 0
    for at, line, dropped in sorted(edits):  # at one offset, a new line sorts before the line dropped there
        pieces.append(data[pos:at])
        if dropped:
            pos = at + len(line)
        else:
            pieces.append(line)
            pos = at
    pieces.append(data[pos:])
    return DocumentGraph(doc.graph_iri, b"".join(pieces))


def _sorted_line_at(data: bytes, line: bytes) -> tuple[int, bool]:
    """Where ``line`` (with its line break) is or would go in ``data``, sorted distinct lines: the offset
    of the first line not below it, and whether that line is it.

    >>> _sorted_line_at(b"a\\nc\\n", b"b\\n"), _sorted_line_at(b"a\\nc\\n", b"c\\n")
    ((2, False), (2, True))
    """
    lo, hi = 0, len(data)  # lo is a line's start; every line before lo sorts below ``line``
    while lo < hi:
        mid = (lo + hi) // 2
        cut = data.rfind(b"\n", lo, mid)
        start = cut + 1 if cut >= 0 else lo
        end = data.index(b"\n", start) + 1
        if data[start:end] < line:
            lo = end
        else:
            hi = start
    return lo, data.startswith(line, lo)


def _labelled(extractions: Iterable[tuple[Extraction, str | None]]) -> Iterator[DocumentGraph]:
    pairs = list(extractions)
    labels = _labels_by_iri(preferred_labels(ex for ex, _ in pairs))
    for ex, name in pairs:
        yield document_nquads(ex, file_name=name, labels=labels)


def to_graph(extractions: Iterable[tuple[Extraction, str | None]]) -> Graph:
    """All extractions merged into one rdflib Graph, parsed from the N-Quads lines a build writes."""
    g = new_graph()
    for doc in _labelled(extractions):
        g.parse(data=_without_graph(doc), format="nt")
    return g


def _without_graph(doc: DocumentGraph) -> bytes:
    # " <graph> .\n" ends every line and nothing else (literals escape their line breaks)
    return doc.nquads.replace(f" {nt_iri(doc.graph_iri)} .\n".encode(), b" .\n")


def document_graph_iri(sha256: str) -> URIRef:
    """IRI of the named graph holding one source document's triples in the TriG output."""
    return URIRef(str(document_iri(sha256)) + "/graph")


def to_dataset(extractions: Iterable[tuple[Extraction, str | None]]) -> Dataset:
    """One named graph per source document (the TriG output); the union is the merged graph."""
    ds = new_dataset()
    for doc in _labelled(extractions):
        ds.graph(URIRef(doc.graph_iri)).parse(data=_without_graph(doc), format="nt")
    return ds


def ontology_iri() -> URIRef:
    return URIRef(ONTOLOGY_IRI)
