"""The label stage: one rdfs:label per entity across the corpus, from each text's label rows.

Two texts may write one name differently (“人工智能+” and “人工智能＋” share a key); the merged graph
keeps one rdfs:label, the form most texts use (then the smallest), and the others as skos:altLabel.
The choice reads only each entity's (type, key, label) row, so a build keeps those rows, not the
extractions, between the extract stage and the map stage.
"""
from __future__ import annotations

from collections.abc import Iterable

from kg.graph import entity_iri
from kg.model import Extraction

#: (entity type, entity key, the text's own label) of each entity of one text.
LabelRow = tuple[str, str, str]


def label_rows(ex: Extraction) -> tuple[LabelRow, ...]:
    return tuple((e.type, e.key, e.label) for e in ex.entities)


def choose_labels(texts: Iterable[Iterable[LabelRow]]) -> dict[str, str]:
    """Entity IRI → its label across ``texts``: the form most texts use, then the smallest.

    >>> rows = [[("Policy", "人工智能+", "人工智能+")], [("Policy", "人工智能+", "人工智能＋")],
    ...         [("Policy", "人工智能+", "人工智能＋")]]
    >>> list(choose_labels(rows).values())
    ['人工智能＋']
    """
    seen: dict[str, dict[str, int]] = {}  # plain dicts: a Counter per entity was most of the label stage
    for rows in texts:
        for entity_type, key, label in rows:
            iri = entity_iri(entity_type, key)
            forms = seen.get(iri)
            if forms is None:
                seen[iri] = {label: 1}
            else:
                forms[label] = forms.get(label, 0) + 1
    return {iri: next(iter(forms)) if len(forms) == 1 else min(forms, key=lambda f: (-forms[f], f))
            for iri, forms in seen.items()}


def labels_of(rows: Iterable[LabelRow], chosen: dict[str, str]) -> dict[str, str]:
    """The chosen labels of one text's entities (what its named graph depends on)."""
    out = {}
    for entity_type, key, _ in rows:
        iri = entity_iri(entity_type, key)
        out[iri] = chosen[iri]
    return out
