"""Build many texts into one graph: the stages of :mod:`kg` wired together, one document at a time.

1. **read** (:mod:`kg.inputs`): each file read and keyed; a file that cannot be read is listed as
   failed and the rest goes on;
2. **extract and map** (:mod:`kg.tasks`, on the :class:`~kg.executor.Engine`: this process, local
   workers or a Dask cluster): each text the cache does not know becomes an extraction and its
   named graph as N-Quads lines, spooled to disk as it finishes (:mod:`kg.nquads`);
3. **label** (:mod:`kg.labels`): one ``rdfs:label`` per entity across documents; the texts whose
   entities the corpus labels otherwise than they do have those label lines rewritten
   (:func:`kg.graph.relabel`), not extracted again;
4. **write** (:mod:`kg.sinks`): graph.nq, the union, the store, graph.ttl, graph.trig, graph.jsonld and
   graph.html, each streamed from the spooled files.

Memory depends on the largest document, not on the corpus: this process keeps each text's label
rows, never its statements. Every output is made from sorted lines, so it is byte-identical whatever
the number of workers, the engine, the order of the files, or which documents came from the cache.
A build whose inputs, code and options match the last build into the same folder, with its outputs
unchanged on disk, is up to date and writes nothing (:mod:`kg.stamp`).
"""
from __future__ import annotations

import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from kg.buildlock import one_build_per_folder
from kg.cache import BuildCache, NullCache, code_fingerprint
from kg.errors import InputError
from kg.executor import Engine, default_workers
from kg.graph import relabel
from kg.inputs import SourceText, collect_inputs, read_sources
from kg.labels import LabelCounts, chosen_labels, own_labels
from kg.model import Extraction
from kg.nquads import NQuadsSpool
from kg.outputs import OutputSet, check_writable
from kg.settings import BuildSettings
from kg.stamp import STAMP, remove_stamp, up_to_date, write_stamp
from kg.tasks import cached_result, extract_and_map, extract_text, store_result, warm_up
from kg.viewparts import ViewParts, ViewSpool

#: Below this many texts no progress is reported (a bar that flashes by helps nobody).
PROGRESS_MIN_FILES = 4

#: With the default worker count, texts of fewer characters than this (about 15 s of work) are
#: built in this process: starting workers (and, where they are spawned, loading jieba in each) costs
#: a second or two.
PARALLEL_MIN_CHARS = 200_000

#: ``progress(stage, done, total)``: stage is "extract", "graph" or "write".
Progress = Callable[[str, int, int], None]


@dataclass
class BuildSummary:
    """What a build did: counts of the merged graph (distinct nodes), failures, timings, files."""

    documents: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, one-line reason)
    entities_by_type: Counter = field(default_factory=Counter)
    relations: int = 0
    indicators: int = 0
    triples: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)
    extracted: int = 0  # texts extracted in this build (the others came from the cache)
    cached: int = 0  # texts whose extraction came from the cache
    up_to_date: bool = False  # nothing changed since the last build into this folder: nothing written
    store: Path | None = None
    stage_seconds: dict[str, float] = field(default_factory=dict)
    #: CPU seconds: "extract" and "map" wherever the tasks ran (workers too), and this process's own
    #: "spool", "label" and "write" (with one worker, all of the build's CPU)
    stage_cpu: dict[str, float] = field(default_factory=dict)

    def counts(self) -> dict:
        return {"entities_by_type": dict(sorted(self.entities_by_type.items())), "relations": self.relations,
                "indicators": self.indicators, "triples": self.triples}


def extract_file(path: Path, *, settings: BuildSettings | None = None) -> Extraction:
    """Read and extract one file (the single-document path, without cache or graph)."""
    from kg.reader import read_text

    settings = settings or BuildSettings()
    return extract_text(read_text(path, encoding=settings.encoding), Path(path).name, settings)


@one_build_per_folder  # kg/buildlock.py: a second build into the folder meanwhile is refused
def build(paths: Iterable[str | Path], out_dir: str | Path, *, encoding: str | None = None,
          lexicon_dirs: tuple[str | Path, ...] = (), write_html: bool = True,
          formats: Iterable[str] | None = None, workers: int | None = None,
          scheduler: str | None = None, cache_dir: str | Path | None = None, use_cache: bool = True,
          store_dir: str | Path | None = None, progress: Progress | None = None) -> BuildSummary:
    """Build the texts of ``paths`` into ``out_dir``; see the module docstring for the stages.

    ``workers`` local processes extract and map the texts and render the slow outputs (default: the
    machine's cores, or 1 for fewer than :data:`PARALLEL_MIN_CHARS` characters; 1 runs everything
    in this process); ``scheduler`` (``tcp://HOST:PORT``) runs extraction and mapping on a Dask
    cluster instead. Workers may be spawned (kg/executor.py): a script calling this needs the usual
    ``if __name__ == "__main__":`` guard. ``lexicon_dirs`` are the user's lexicon folders.
    ``formats`` names the graph files besides graph.nq (default: all of :data:`kg.sinks.GRAPH_FORMATS`).
    ``cache_dir`` holds per-document results (default ``out_dir/.kg-cache``); ``use_cache=False``
    builds from scratch and keeps nothing. ``store_dir`` also loads the graph into an on-disk
    pyoxigraph store (kg/store.py).
    """
    started = time.perf_counter()
    files = collect_inputs(paths)
    out = check_writable(out_dir)
    if store_dir is not None:  # before anything is written: exit 2 promises nothing changed
        from kg.store import check_store_target

        check_store_target(store_dir)
    if encoding:
        from kg.reader import check_encoding

        check_encoding(encoding)
    if workers is not None and workers < 1:
        raise InputError(f"--workers {workers}: must be at least 1", hint="leave it out to use every core")
    settings = BuildSettings.of(encoding=encoding, lexicon_dirs=tuple(lexicon_dirs))
    summary = BuildSummary()
    report = progress if progress and len(files) >= PROGRESS_MIN_FILES else (lambda *_: None)

    cache_root = Path(cache_dir) if cache_dir is not None else out / ".kg-cache"
    fingerprint = code_fingerprint(settings.lexicon_dirs)
    cache = BuildCache(cache_root, fingerprint=fingerprint) if use_cache else NullCache()
    t = time.perf_counter()
    sources, summary.failed = read_sources(files, encoding=encoding, fingerprint=cache.fingerprint)
    if not sources:
        reason = summary.failed[0][1] if summary.failed else "no input"
        raise InputError(f"nothing to build: {reason}" if len(files) == 1 else
                         f"none of {len(files)} files could be read: {reason}",
                         hint="check the files' encoding and content")
    from kg.sinks import GRAPH_FORMATS

    chosen_formats = tuple(f for f in GRAPH_FORMATS if formats is None or f in formats or f == "nq")
    unknown = set(formats or ()) - set(GRAPH_FORMATS)
    if unknown:
        raise InputError(f"unknown graph format {sorted(unknown)[0]!r}", hint="use " + ", ".join(GRAPH_FORMATS))
    options = {"html": write_html} if formats is None else {"html": write_html, "formats": list(chosen_formats)}
    stamped = up_to_date(out, sources, options) if use_cache and not summary.failed else None
    if stamped is not None:
        summary.stage_seconds["read"] = time.perf_counter() - t
        _from_stamp(summary, sources, stamped)
    else:
        if workers is None:  # every core, when the texts repay starting the processes
            big = sum(len(s.text) for s in sources) >= PARALLEL_MIN_CHARS
            workers = default_workers() if big else 1
        work = Path(tempfile.mkdtemp(prefix=".kg-work-", dir=out))
        views = None
        try:
            spool = NQuadsSpool(work / "spool")
            views = ViewSpool(work / "view") if write_html else None
            with Engine(workers=workers, scheduler=scheduler, warm=partial(warm_up, settings)) as engine:
                _build_documents(sources, settings, cache, engine, summary, spool, report, len(files), views)
                t, cpu = time.perf_counter(), time.process_time()
                from kg.sinks import write_outputs

                with OutputSet(out) as outputs:
                    counts, summary.store = write_outputs(outputs, spool, work, engine,
                                                          write_html=write_html, store_dir=store_dir,
                                                          report=report, formats=chosen_formats, views=views)
                summary.outputs = list(outputs.paths)
        finally:
            if views is not None:
                views.close()
            shutil.rmtree(work, ignore_errors=True)
        summary.entities_by_type, summary.relations = counts.entities_by_type, counts.relations
        summary.indicators, summary.triples = counts.indicators, counts.triples
        if use_cache and not summary.failed:
            write_stamp(out, sources, options, summary.outputs, summary.counts())
            cache.prune()
        else:
            remove_stamp(out)
        summary.stage_seconds["write"] = time.perf_counter() - t
        summary.stage_cpu["write"] = time.process_time() - cpu
    if store_dir is not None and summary.store is None:  # up to date: the outputs are, the store may not be
        from kg.store import build_store

        summary.store = build_store(out / "graph.nq", store_dir)
    summary.seconds = time.perf_counter() - started
    return summary


def _from_stamp(summary: BuildSummary, sources: list[SourceText], stamped) -> None:
    s = stamped.counts
    summary.documents = summary.cached = len(sources)
    summary.entities_by_type = Counter(s.get("entities_by_type", {}))
    summary.relations, summary.indicators = s.get("relations", 0), s.get("indicators", 0)
    summary.triples = s.get("triples", 0)
    summary.outputs = list(stamped.outputs)
    summary.up_to_date = True


def _build_documents(sources: list[SourceText], settings: BuildSettings, cache: BuildCache, engine: Engine,
                     summary: BuildSummary, spool: NQuadsSpool, report: Progress, n_files: int,
                     views: ViewSpool | None = None) -> None:
    """Stages 2 and 3: every text's named graph, with the corpus's labels, in the spool (and its share of
    the view in ``views``)."""
    t, cpu = time.perf_counter(), time.process_time()
    task_cpu = [0.0, 0.0]
    forms: dict[str, LabelCounts] = {}  # each text's entities' forms, counted
    misses: list[SourceText] = []
    for s in sources:
        hit = cached_result(cache, s.key)
        if hit is None:
            misses.append(s)
            continue
        forms[s.key] = hit.label_counts()
        spool.add(hit.graph, key=s.key)
    summary.cached = len(sources) - len(misses)
    report("extract", summary.cached, len(sources))
    # on a cluster the tasks cannot reach this machine's cache: they get none, and this process
    # stores what they send back
    task_cache = NullCache() if engine.remote else cache
    # the longest texts first, so that no worker is left with a long one at the end
    misses.sort(key=lambda s: (-len(s.text), s.name))
    by_key = {s.key: s for s in misses}
    done = summary.cached
    # tasks on this machine write their graphs into the spool's folder, not back through memory
    spool_dir = None if engine.remote else str(spool.directory)
    parts = ViewParts() if views is not None else None
    tasks = [(s, settings, task_cache, spool_dir, parts) for s in misses]
    for result in engine.map(extract_and_map, tasks):
        done += 1
        report("extract", done, len(sources))
        if result.error is not None:
            summary.failed.append((str(by_key[result.key].path), result.error))
            continue
        if engine.remote:
            store_result(cache, result.key, result.rows, result.graph)
        forms[result.key] = result.label_counts()
        spool.add(result.graph, key=result.key)
        if views is not None and result.view is not None:
            views.add(result.view, key=result.key)
        summary.extracted += 1
        task_cpu[0] += result.cpu[0]
        task_cpu[1] += result.cpu[1]
    summary.failed.sort()
    sources[:] = [s for s in sources if s.key in forms]
    summary.stage_seconds["extract"] = time.perf_counter() - t
    # the tasks' CPU counted in this process's, and the loading done here for forked workers (extraction's)
    here = (sum(task_cpu) if not engine.parallel else 0.0) + engine.warm_cpu
    summary.stage_cpu.update(extract=task_cpu[0] + engine.warm_cpu, map=task_cpu[1],
                             spool=time.process_time() - cpu - here)
    if not sources:
        raise InputError(f"none of {n_files} files could be built: {summary.failed[0][1]}",
                         hint="check the files' content")
    summary.documents = len(sources)

    t, cpu = time.perf_counter(), time.process_time()
    chosen = chosen_labels(forms[s.key] for s in sources)
    for i, key in enumerate(dict.fromkeys(s.key for s in sources)):
        own = own_labels(forms[key])
        if any(chosen[iri] != label for iri, label in own.items()):
            for doc in spool.take(key):
                spool.add(relabel(doc, own, chosen), key=key)
            if views is not None:
                views.relabel(key, lambda doc: relabel(doc, own, chosen))  # noqa: B023 -- called here
        report("graph", i + 1, len(sources))
    summary.stage_seconds["graph"] = time.perf_counter() - t
    summary.stage_cpu["label"] = time.process_time() - cpu


__all__ = ["STAMP", "BuildSummary", "build", "collect_inputs", "extract_file"]
