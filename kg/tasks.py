"""The per-document stages, as tasks any executor can run: extract a text, map it to N-Quads lines.

Each task is a top-level function of plain, picklable arguments, so the same code runs in this
process, in a spawned local process or on a Dask worker on another machine. The cache wraps the
stages: a task given a :class:`~kg.cache.BuildCache` stores what it made (the executor is local then);
on a cluster the build passes a :class:`~kg.cache.NullCache` and stores the results it receives.
"""
from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.cache import BuildCache, graph_key
from kg.errors import KGError
from kg.graph import DocumentGraph, SpooledGraph, mapped_document
from kg.inputs import SourceText
from kg.labels import LabelCounts, LabelRow, label_counts, label_rows, own_labels
from kg.model import Extraction
from kg.nquads import graph_of
from kg.settings import BuildSettings


@dataclass(frozen=True)
class DocumentResult:
    """What the per-document stages give back for one text: its label rows and its named graph, made
    with its own labels (the build relabels it with the corpus's choice, :func:`kg.graph.relabel`)."""

    key: str
    rows: tuple[LabelRow, ...] = ()
    graph: DocumentGraph | SpooledGraph | None = None
    error: str | None = None
    cpu: tuple[float, float] = (0.0, 0.0)  # CPU seconds of extracting and of mapping, where they ran
    view: Any = None  # the text's share of graph.html (a kg.viewparts.ViewPart), when the build writes it
    #: its entities' forms counted (kg.labels.label_counts), made where it was mapped: the label stage's input
    labels: LabelCounts | None = None

    def label_counts(self) -> LabelCounts:
        return self.labels if self.labels is not None else label_counts(self.rows)


def extract_text(text: str, name: str, settings: BuildSettings) -> Extraction:
    """text → Document → Extraction, with the settings' lexicons."""
    from kg.document import make_document
    from kg.extract import extract

    return extract(make_document(text, source=name), lexicon=settings.lexicon())


#: A few lines of the genre: extracting them loads what extracting any text loads first.
WARM_TEXT = "2026年政府工作报告\n\n一、2025年工作回顾\n全省生产总值增长5.2%。深入实施《关于推动高质量发展的意见》，省人民政府印发实施方案。\n"


def warm_up(settings: BuildSettings) -> None:
    """Load what every task loads before its first text (jieba's dictionary, the tokenizer with the
    lexicons' words, the rules' patterns): run before local workers are forked, they start with it."""
    extract_text(WARM_TEXT, "warm-up.txt", settings)


def extract_and_map(source: SourceText, settings: BuildSettings, cache: BuildCache,
                    spool_dir: str | None = None, view: Any = None) -> DocumentResult:
    """Extract one text and map it with its own labels; the cache keeps its label rows and graph.

    With ``spool_dir`` (a folder of the build on this machine) the graph is written there as a file
    (:class:`~kg.graph.SpooledGraph`) instead of being sent back as bytes. With ``view`` (a
    :class:`kg.viewparts.ViewParts`, passed in so that the view's code is no part of the cache's
    fingerprint) the result carries the text's share of graph.html too.
    """
    t = time.process_time()
    try:
        ex = extract_text(source.text, source.name, settings)
    except KGError as e:
        return DocumentResult(source.key, error=f"{source.name}: {e.one_line()}")
    t_map = time.process_time()
    rows = label_rows(ex)
    counts = label_counts(rows)
    labels = own_labels(counts)
    path = None
    if spool_dir is not None:
        # by file, not by key: two files with the same name and text share a key, and may be built at once
        name = hashlib.sha1(f"{source.key}\x1f{source.path}".encode()).hexdigest()[:20]
        path = str(Path(spool_dir) / f"task-{name}.nq")
    keep = view.keep if view is not None else None
    doc, map_nquads = mapped_document(ex, path, file_name=source.name, labels=labels, keep=keep)
    part = view.part(ex, doc.graph_iri, map_nquads) if view is not None else None
    del ex
    store_result(cache, source.key, rows, doc, labels)
    return DocumentResult(source.key, rows, doc, cpu=(t_map - t, time.process_time() - t_map), view=part,
                          labels=counts)


def store_result(cache: BuildCache, key: str, rows: tuple[LabelRow, ...], doc: DocumentGraph | SpooledGraph,
                 labels: dict[str, str] | None = None) -> None:
    """Keep a text's label rows and own-label graph in the cache (``labels``: its own, if known)."""
    cache.put_labels(key, rows)
    graph = graph_key(key, labels) if labels is not None else own_graph_key(key, rows)
    if isinstance(doc, SpooledGraph):
        cache.put_graph_file(graph, doc.path)
    else:
        cache.put_graph(graph, doc.nquads)


def own_graph_key(key: str, rows: tuple[LabelRow, ...]) -> str:
    """The cache key of a text's graph made with its own labels."""
    return graph_key(key, own_labels(label_counts(rows)))


def cached_result(cache: BuildCache, key: str) -> DocumentResult | None:
    """A text's label rows and graph from the cache, or None when either is missing."""
    rows = cache.get_labels(key)
    if rows is None:
        return None
    nquads = cache.get_graph(own_graph_key(key, rows))
    if not nquads:
        return None
    return DocumentResult(key, rows, DocumentGraph(graph_of(nquads), nquads))
