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


#: Entity IRI → each form one text writes it in → how many of the text's rows write that form.
LabelCounts = dict[str, dict[str, int]]


def label_counts(rows: Iterable[LabelRow]) -> LabelCounts:
    """The forms of each entity in one text's rows, counted: made where the text was mapped (a worker),
    so that the label stage adds up dicts instead of minting every row's IRI again."""
    seen: LabelCounts = {}  # plain dicts: a Counter per entity was most of the label stage
    for entity_type, key, label in rows:
        iri = entity_iri(entity_type, key)
        forms = seen.get(iri)
        if forms is None:
            seen[iri] = {label: 1}
        else:
            forms[label] = forms.get(label, 0) + 1
    return seen


def chosen_labels(texts: Iterable[LabelCounts]) -> dict[str, str]:
    """Entity IRI → its label across the texts' counts: the form most rows use, then the smallest."""
    total: LabelCounts = {}
    for counts in texts:
        for iri, forms in counts.items():
            have = total.get(iri)
            if have is None:
                total[iri] = dict(forms)
            else:
                for form, n in forms.items():
                    have[form] = have.get(form, 0) + n
    return own_labels(total)


def own_labels(counts: LabelCounts) -> dict[str, str]:
    """Entity IRI → its label in one text's counts (or a corpus's, added up)."""
    return {iri: next(iter(forms)) if len(forms) == 1 else min(forms, key=lambda f: (-forms[f], f))
            for iri, forms in counts.items()}


def choose_labels(texts: Iterable[Iterable[LabelRow]]) -> dict[str, str]:
    """Entity IRI → its label across ``texts``: the form most texts use, then the smallest.

    >>> rows = [[("Policy", "人工智能+", "人工智能+")], [("Policy", "人工智能+", "人工智能＋")],
    ...         [("Policy", "人工智能+", "人工智能＋")]]
    >>> list(choose_labels(rows).values())
    ['人工智能＋']
    """
    return chosen_labels(label_counts(rows) for rows in texts)


def labels_of(rows: Iterable[LabelRow], chosen: dict[str, str]) -> dict[str, str]:
    """The chosen labels of one text's entities (what its named graph depends on)."""
    out = {}
    for entity_type, key, _ in rows:
        iri = entity_iri(entity_type, key)
        out[iri] = chosen[iri]
    return out
