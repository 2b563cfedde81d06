"""Typed hand-offs between the pipeline's stages (frozen dataclasses, no RDF here).

Offsets always index the text exactly as read from the source, never a normalised copy:
``document.text[m.start:m.end] == m.text`` holds for every mention.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

ENTITY_TYPES = (
    "Meeting", "Organization", "Person", "Place", "Strategy",
    "Policy", "Industry", "Document", "Indicator", "Concept",
)


@lru_cache(maxsize=1 << 15)
def normalise_key(name: str) -> str:
    """The identity of a name: NFKC, no quotes, title marks, '*' or spaces (as the scorer matches).

    Here, not in kg/graph.py, because the extractor settles mentions by it and must not import RDF. Memoised:
    a text asks it of the same names again and again (120,000 times in the 29 reports), 1.5 µs each.

    >>> normalise_key("《“十五五”规划》")
    '十五五规划'
    """
    return unicodedata.normalize("NFKC", name).translate(_KEY_DROPS)


_KEY_DROPS = str.maketrans("", "", " \t\r\n\"'“”‘’《》〈〉「」『』")  # what normalise_key leaves out


@dataclass(frozen=True)
class Section:
    """A numbered part of a text (一、…; （一）…; a speech's theme sentence), with its title span."""

    index: int
    level: int
    title: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    section: int | None = None  # index into Document.sections


@dataclass(frozen=True)
class DocumentMeta:
    """What a text's header says about it (all optional: speeches often carry only a title)."""

    title: str | None = None
    date: str | None = None
    speaker: str | None = None
    speaker_role: str | None = None
    issuer: str | None = None
    place: str | None = None
    venue: str | None = None  # the meeting the text was delivered at
    source: str | None = None
    genre: str | None = None
    year: int | None = None


@dataclass(frozen=True)
class Document:
    """A source text split into sentences and sections; ``body_start`` skips web boilerplate."""

    source: str
    text: str
    sha256: str
    meta: DocumentMeta
    sentences: tuple[Sentence, ...]
    sections: tuple[Section, ...] = ()
    body_start: int = 0


@dataclass(frozen=True)
class Mention:
    """One occurrence of a name in the text: type, canonical name, span and the rule that found it."""

    type: str
    text: str
    start: int
    end: int
    rule: str
    canonical: str | None = None  # the name it stands for when it differs from the text (ellipsis, alias)
    confidence: float = 0.8
    key: str | None = None  # identity when it is not the normalised name (numbered meetings, relative bodies)

    @property
    def name(self) -> str:
        return self.canonical or self.text


@dataclass(frozen=True)
class Entity:
    """A resolved entity: one node of the graph, with all its surface forms and mentions."""

    key: str  # stable identity used to mint the IRI
    type: str
    label: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    category: str | None = None  # e.g. industry category label for category entities


@dataclass(frozen=True)
class Evidence:
    """Where a fact came from: a span of the source text and the rule that read it."""

    start: int
    end: int
    text: str
    rule: str
    confidence: float = 0.8


@dataclass(frozen=True)
class Relation:
    subject: str  # Entity.key
    predicate: str  # local name of an ontology property
    object: str  # Entity.key
    evidence: Evidence


@dataclass(frozen=True)
class Indicator:
    """A measured quantity: '生产总值增长4.8%' → label 生产总值, value 4.8, unit %, qualifier change.

    A range ('增长5%—5.5%') is one indicator: ``value`` its low bound, ``max_value`` its high bound.
    """

    key: str
    label: str  # the quantity measured, e.g. 生产总值
    value: float
    unit: str
    period: str | None
    qualifiers: tuple[str, ...]  # estimate|target|actual, change, decrease, share, total, approximately, atLeast, atMost
    evidence: Evidence
    subject: str | None = None  # Entity.key the indicator is about, if any
    value_text: str = ""
    max_value: float | None = None  # the high bound of a range


@dataclass(frozen=True)
class Extraction:
    """All that the extractor read from one document."""

    document: Document
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    extra: dict = field(default_factory=dict, compare=False, hash=False)
