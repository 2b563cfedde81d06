"""Our ontology's terms in one place: ``KG.Polcy`` is an AttributeError, not a silent new IRI.

``ontology/kg.ttl`` is the single source of the vocabulary: this module names its terms for the
code (a test checks that each one is declared there) and reads the file itself at run time for
what only the file knows, the zh/en labels (:func:`labels`). ``ontology/shapes.ttl`` holds the
SHACL shapes. Both files stay at the top of the repository; an installed package carries them as
``kg.ontology`` (pyproject maps that package to the ``ontology/`` folder), and a source checkout
or editable install reads them in place, so there is never a second copy that could drift.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from rdflib import RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/policykg/ontology"
SHAPES_IRI = "https://w3id.org/policykg/shapes"
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
    Category: URIRef
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
    endorsed: URIRef
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
    takesPartIn: URIRef
    addresses: URIRef
    upholds: URIRef

    # indicators
    measure: URIRef
    value: URIRef
    maxValue: URIRef
    unit: URIRef
    period: URIRef
    periodStart: URIRef
    periodEnd: URIRef
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
    "delivered", "endorsed", "anchors", "implements", "establishes", "subOrganizationOf", "convenedBy", "heldIn",
    "holdsPostIn", "reportedAt", "locatedIn", "partOfStrategy", "takesPartIn", "addresses", "upholds",
)


def ontology_file(name: str = "kg.ttl") -> Traversable:
    """A file of the ``ontology/`` folder: ``kg.ttl`` (the ontology) or ``shapes.ttl`` (SHACL).

    Looked up as package data first (``kg.ontology`` in a wheel), then beside the package in a
    source checkout; a missing file is a broken install, not a user error, hence FileNotFoundError.
    """
    try:
        packaged = resources.files("kg.ontology").joinpath(name)
        if packaged.is_file():
            return packaged
    except ModuleNotFoundError:  # source checkout or an editable install without the mapping
        pass
    checkout = Path(__file__).resolve().parents[1] / "ontology" / name
    if checkout.is_file():
        return checkout
    raise FileNotFoundError(f"ontology file {name!r} is neither in kg.ontology nor at {checkout}")


def _parse(name: str) -> Graph:
    g = Graph(bind_namespaces="core")
    g.parse(data=ontology_file(name).read_text(encoding="utf-8"), format="turtle")
    return g


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """``ontology/kg.ttl`` parsed (cached: treat it as read-only)."""
    return _parse("kg.ttl")


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """``ontology/shapes.ttl`` parsed (cached: treat it as read-only)."""
    return _parse("shapes.ttl")


@lru_cache(maxsize=4)
def labels(lang: str = "zh") -> dict[URIRef, str]:
    """Term → its ``rdfs:label`` in ``lang`` for every class, property and individual the ontology labels.

    >>> labels()[KG.approved], labels("en")[KG.approved]
    ('审议通过', 'approved')
    """
    found: dict[URIRef, str] = {}
    for term, label in ontology_graph().subject_objects(RDFS.label):
        if isinstance(term, URIRef) and isinstance(label, Literal) and label.language == lang:
            found[term] = str(label)
    return found


def label(term: URIRef, lang: str = "zh") -> str:
    """The ontology's label of ``term`` in ``lang``, or its local name when the ontology has none.

    >>> label(KG.inCategory), label(KG.inCategory, "en")
    ('属于类别', 'in category')
    """
    return labels(lang).get(term) or str(term).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
