"""Small helpers for the rule tables: run the extractor on a sentence and look at what it found."""
from __future__ import annotations

from kg.model import Extraction
from kg.pipeline import extract_text


def run(text: str) -> Extraction:
    return extract_text(text)


def names(ex: Extraction, etype: str) -> set[str]:
    """Every label and alias of the entities of one type."""
    out: set[str] = set()
    for e in ex.entities:
        if e.type == etype:
            out.add(e.label)
            out.update(e.aliases)
    return out


def labels(ex: Extraction, etype: str) -> set[str]:
    return {e.label for e in ex.entities if e.type == etype}


def relation_labels(ex: Extraction) -> set[tuple[str, str, str]]:
    label = {e.key: e.label for e in ex.entities}
    return {(label[r.subject], r.predicate, label[r.object]) for r in ex.relations}
