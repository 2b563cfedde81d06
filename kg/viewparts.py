"""The view's share of each document, made where the document is mapped (a build's per-document task).

graph.html used to be made by reading graph.nq back, all of it (480,000 quads for the 29 reports,
half of the view's CPU), to find again what the mapping had just written. Now each task hands back,
beside its N-Quads, a :class:`ViewPart`: the few statements the view's *map* reads (types, names,
texts' and sections' metadata, relations: a sixth of the lines), where each entity is said, and the
text's evidence blocks for the page, made from the extraction (:func:`kg.graph.document_evidence`)
rather than from its statements. The build relabels the map's statements with the corpus's labels as
it relabels the graph (:meth:`ViewSpool.relabel`), and the view reads them in place of the graph
(:func:`kg.view.write_nquads_view` with ``known``). Graphs without a part (from the cache, or one
text under two file names) are read whole, as before: the page is the same either way.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kg.graph import _VOCABULARY, DocumentGraph, Term, document_evidence, nt_term
from kg.model import Extraction

#: The statements only evidence reads (spans, sentences, reified triples, a mention's entity) or nothing
#: of the view reads (a mention's rule, an indicator's unit): left out of a part's map statements. What is
#: kept is every statement that kg/view.py's reader takes into the map (types, labels, titles, file
#: names, years, places, sections' order and parts, statements between two IRIs).
_NOT_MAPPED = {nt_term(_VOCABULARY[c]) for c in (
    "kg:start", "kg:end", "kg:text", "kg:inSentence", "kg:inDocument", "kg:inSection", "kg:mentionOf",
    "kg:hasEvidence", "rdf:subject", "rdf:predicate", "rdf:object", "prov:wasDerivedFrom")}
_EVIDENCE_CLASSES = {nt_term(_VOCABULARY[c]) for c in ("kg:Mention", "kg:Sentence", "kg:RelationAssertion")}
_MAPPED_LITERALS = {nt_term(_VOCABULARY[c]) for c in (
    "rdfs:label", "skos:altLabel", "dcterms:title", "kg:fileName", "kg:year", "dcterms:spatial", "kg:order")}
_RDF_TYPE = nt_term(_VOCABULARY["rdf:type"])


def map_statement(s: Term, p: Term, o: Term) -> bool:
    """Whether the view's map reads the statement (N-Triples terms): a :data:`kg.graph.Keep`."""
    if o[0] == "<":
        if p == _RDF_TYPE:
            return o not in _EVIDENCE_CLASSES
        return p not in _NOT_MAPPED
    return p in _MAPPED_LITERALS


@dataclass(frozen=True)
class ViewPart:
    """One document's share of the page: its map statements (sorted N-Quads lines of its graph), where
    each entity is said ((entity, section or text) pairs) and its evidence blocks ((sort key, page element))."""

    graph_iri: str
    map_nquads: bytes
    said: tuple[tuple[str, str], ...]
    blocks: tuple[tuple[tuple[bool, str], bytes], ...]


def view_part(ex: Extraction, graph_iri: str, map_nquads: bytes) -> ViewPart:
    """The :class:`ViewPart` of a mapped document: ``map_nquads`` are its lines :func:`map_statement` kept."""
    from kg.view import ViewFacts, graph_evidence

    ev = document_evidence(ex)
    facts = ViewFacts(entity_types={}, labels={}, alt_labels={}, titles={}, file_names={},
                      relations=list(ev.assertions), evidence=ev.evidence, assertions=ev.assertions,
                      sentence_text=ev.sentence_text, own_text=ev.own_text, start=ev.start, end=ev.end,
                      in_sentence=ev.in_sentence, in_document=ev.in_document, in_section=ev.in_section,
                      documents={ev.document: {}},
                      sections={s: {"document": ev.document, "title": "", "order": None, "parent": parent}
                                for s, parent in ev.parents.items()})
    said, blocks = graph_evidence(facts, {ev.document})
    return ViewPart(graph_iri, map_nquads, tuple(sorted(said)), tuple(blocks))


class ViewParts:
    """What a build task is given to make its text's :class:`ViewPart` (kg/tasks.py does not import this
    module: the view's code is no part of the cache's fingerprint, and the cache keeps no parts)."""

    keep = staticmethod(map_statement)
    part = staticmethod(view_part)


class ViewSpool:
    """The parts of a build's documents on disk under ``directory`` until the page is written: each
    part's map statements in a file of their own, its evidence blocks and where its entities are said
    (as JSON) appended to one file; memory keeps only where each is (the 5x corpus's 150,000 pairs
    held here and again by the page's reader raised the build's peak by a tenth)."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.blocks_path = self.directory / "blocks"
        self._blocks: BinaryIO = open(self.blocks_path, "wb")  # noqa: SIM115 -- closed by close()
        self._parts: dict[str, list[tuple[Path, tuple, tuple]]] = {}  # graph → [(map file, said at, blocks)]
        self._keys: dict[str, list[tuple[str, Path]]] = {}  # caller's key → [(graph IRI, map file)]
        self._count = 0

    def add(self, part: ViewPart, *, key: str) -> None:
        """Keep ``part`` under ``key`` (its text's cache key, by which the label stage relabels it)."""
        self._count += 1
        stem = hashlib.sha1(part.graph_iri.encode("utf-8")).hexdigest()[:20]
        path = self.directory / f"{stem}-{self._count}.nq"
        path.write_bytes(part.map_nquads)
        placed = []
        for sort_key, data in part.blocks:
            placed.append((sort_key, self._blocks.tell(), len(data)))
            self._blocks.write(data)
        said = json.dumps(part.said, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        said_at = (self._blocks.tell(), len(said))
        self._blocks.write(said)
        self._parts.setdefault(part.graph_iri, []).append((path, said_at, tuple(placed)))
        self._keys.setdefault(key, []).append((part.graph_iri, path))

    def relabel(self, key: str, change: Callable[[DocumentGraph], DocumentGraph]) -> None:
        """Rewrite the map statements of the parts spooled under ``key`` (the corpus's labels)."""
        for graph_iri, path in self._keys.get(key, ()):
            path.write_bytes(change(DocumentGraph(graph_iri, path.read_bytes())).nquads)

    def close(self) -> None:
        self._blocks.close()

    def known(self, spooled: Mapping[str, int]) -> dict[str, tuple[Path, tuple, tuple]]:
        """Graph IRI → (map file, said at, blocks) of the graphs whose one spooled file (``spooled``: graph IRI →
        files) is the one document this spool has a part of: those the page reads from their parts."""
        return {g: parts[0] for g, parts in self._parts.items() if len(parts) == 1 and spooled.get(g) == 1}


def write_known(known: Mapping[str, tuple[Path, tuple, tuple]], blocks_path: Path, target: Path) -> None:
    """The index of ``known`` parts for a worker process that renders the page: JSON, beside the blocks."""
    data = {"blocks": str(blocks_path),
            "graphs": {g: {"said": list(said_at), "blocks": [[k[0], k[1], o, n] for k, o, n in placed]}
                       for g, (_, said_at, placed) in known.items()}}
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def read_known(path: str | Path):
    """:func:`write_known`'s index as :class:`kg.view.KnownGraph` by graph IRI."""
    from kg.view import KnownGraph

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    blocks = data["blocks"]
    return {g: KnownGraph(said=tuple(v["said"]),
                          blocks=tuple(((d, k), o, n) for d, k, o, n in v["blocks"]), path=blocks)
            for g, v in data["graphs"].items()}
