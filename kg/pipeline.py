"""The whole path for one text, as the corpus build runs it: text → Document → Extraction → N-Quads
lines (kg/graph.py) → an rdflib Graph parsed from those lines."""
from __future__ import annotations

from rdflib import Graph

from kg.graph import to_graph
from kg.model import Extraction
from kg.settings import BuildSettings
from kg.tasks import extract_text as _extract


def extract_text(text: str, *, source: str | None = None, settings: BuildSettings | None = None) -> Extraction:
    """Run the extractor over ``text`` (offsets index ``text`` as given)."""
    return _extract(text, source or "text", settings or BuildSettings())


def build_graph(text: str, *, source: str | None = None, settings: BuildSettings | None = None) -> Graph:
    """Build the knowledge graph of one text.

    >>> g = build_graph("会议深入贯彻党的二十大精神。")
    >>> any("二十大" in str(o) for o in g.objects())
    True
    """
    return to_graph([(extract_text(text, source=source, settings=settings), source)])
