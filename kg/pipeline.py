"""The whole path for one text: text → Document → Extraction → rdflib Graph."""
from __future__ import annotations

from rdflib import Graph

from kg.document import make_document
from kg.extract import extract
from kg.graph import to_graph
from kg.model import Extraction


def extract_text(text: str, *, source: str | None = None) -> Extraction:
    """Run the extractor over ``text`` (offsets index ``text`` as given)."""
    return extract(make_document(text, source=source or "text"))


def build_graph(text: str, *, source: str | None = None) -> Graph:
    """Build the knowledge graph of one text.

    >>> g = build_graph("会议深入贯彻党的二十大精神。")
    >>> any("二十大" in str(o) for o in g.objects())
    True
    """
    return to_graph([(extract_text(text, source=source), source)])
