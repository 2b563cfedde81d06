"""Our ontology's terms in one place: ``KG.Polcy`` is an AttributeError, not a silent new IRI.

A test checks that every term here is declared in ``ontology/kg.ttl``.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/policykg/ontology"
DATA_NS = Namespace("https://w3id.org/policykg/id/")


class KG(DefinedNamespace):
    """The policy-kg ontology (``ontology/kg.ttl``)."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # entity classes (the graph contract) and structural classes
    Entity: URIRef
    Meeting: URIRef
    Organization: URIRef
    Person: URIRef
    Place: URIRef
    Strategy: URIRef
    Policy: URIRef
    Industry: URIRef
    Document: URIRef
    Indicator: URIRef
    Concept: URIRef
    IndustryCategory: URIRef
    industryScheme: URIRef
    SourceDocument: URIRef
    Section: URIRef
    Mention: URIRef
    Sentence: URIRef
    RelationAssertion: URIRef

    # relations between entities
    relatedTo: URIRef
    inCategory: URIRef
    reviewed: URIRef
    approved: URIRef
    carriesOutSpiritOf: URIRef
    guidedBy: URIRef
    issued: URIRef
    delivered: URIRef
    anchors: URIRef
    implements: URIRef
    establishes: URIRef
    subOrganizationOf: URIRef
    convenedBy: URIRef
    heldIn: URIRef
    holdsPostIn: URIRef
    reportedAt: URIRef
    locatedIn: URIRef
    partOfStrategy: URIRef

    # indicators
    measure: URIRef
    value: URIRef
    unit: URIRef
    period: URIRef
    qualifier: URIRef
    about: URIRef

    # provenance and structure
    inDocument: URIRef
    inSection: URIRef
    inSentence: URIRef
    mentionOf: URIRef
    hasEvidence: URIRef
    textOf: URIRef
    start: URIRef
    end: URIRef
    text: URIRef
    rule: URIRef
    confidence: URIRef
    order: URIRef
    level: URIRef
    contentHash: URIRef
    genre: URIRef
    year: URIRef
    speaker: URIRef
    venue: URIRef
    fileName: URIRef


#: Local names of the entity classes, in the contract's order.
ENTITY_CLASSES = ("Meeting", "Organization", "Person", "Place", "Strategy",
                  "Policy", "Industry", "Document", "Indicator", "Concept")

#: Relation predicates the extractor may emit (local names of KG properties).
RELATION_PREDICATES = (
    "relatedTo", "inCategory", "reviewed", "approved", "carriesOutSpiritOf", "guidedBy", "issued",
    "delivered", "anchors", "implements", "establishes", "subOrganizationOf", "convenedBy", "heldIn",
    "holdsPostIn", "reportedAt", "locatedIn", "partOfStrategy",
)
