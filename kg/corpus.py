"""Build many texts into one graph: read, extract (in parallel, cached), merge, write every output.

A corpus build runs in stages, each over all texts before the next:

1. **read** each file and hash it (:func:`kg.cache.text_key`); a file that cannot be read is listed
   as failed and the rest goes on;
2. **extract** the texts the cache does not know, in ``workers`` processes;
3. **label**: one ``rdfs:label`` per entity across documents (:func:`kg.graph.preferred_labels`);
4. **graph** each text into its own named graph (kg/graph.py's mapping), as N-Quads, cached by the
   text's key plus the labels of its entities;
5. **write** the union and the named graphs: ``graph.ttl``, ``graph.jsonld``, ``graph.trig``,
   ``graph.nq`` and ``graph.html``.

Every output is made from sorted lines, so it is byte-identical whatever the number of workers,
the order of the files, or which documents came from the cache. N-Quads per document is also what
makes the merge cheap: the union is a set of lines, and pyoxigraph turns sorted lines into Turtle
and TriG at disk speed (rdflib's serialisers took minutes on a 400,000-triple corpus).

A build whose inputs, code and options match the last build into the same folder, with its outputs
unchanged on disk, is up to date and writes nothing (``.kg-build.json`` records what was built).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from rdflib import XSD

from kg.cache import BuildCache, NullCache, code_fingerprint, graph_key, text_key
from kg.errors import InputError, KGError
from kg.graph import nt_iri, nt_term
from kg.model import Entity, Extraction
from kg.outputs import OutputSet, check_writable
from kg.reader import read_text

#: Written into the output folder: what the last build was made from (for the up-to-date check).
STAMP = ".kg-build.json"
_STAMP_FORMAT = 1

#: Below this many texts no progress is reported (a bar that flashes by helps nobody).
PROGRESS_MIN_FILES = 4

#: With the default worker count, texts of fewer characters than this (about 15 s of work) are
#: built in this process: spawning workers and loading jieba in each costs about two seconds.
PARALLEL_MIN_CHARS = 200_000

#: Merged graphs bigger than this (N-Triples bytes, ~100,000 triples) have graph.jsonld and
#: graph.html rendered in worker processes, beside the Turtle and TriG written here.
PARALLEL_WRITE_BYTES = 16_000_000

#: ``progress(stage, done, total)``: stage is "extract", "graph" or "write".
Progress = Callable[[str, int, int], None]

_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_KG_NS = "https://w3id.org/policykg/ontology#"


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


@dataclass(frozen=True)
class SourceText:
    """One input file, read and keyed (the key names its cache entries)."""

    path: Path
    name: str
    text: str
    key: str


@dataclass(frozen=True)
class DocumentGraph:
    """One text's named graph: its IRI and its statements, sorted N-Quads lines in UTF-8."""

    graph_iri: str
    nquads: bytes


# ---------------------------------------------------------------- inputs


def collect_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """Expand PATH arguments into .txt files (folders recursively), sorted, without duplicates."""
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise InputError(f"{p}: no such file or folder", hint="check the path")
        if p.is_dir():
            found = sorted(f for f in p.rglob("*.txt") if f.is_file())
            if not found:
                raise InputError(f"{p}: folder holds no .txt files",
                                 hint="give .txt files or a folder of them")
            files.extend(found)
        else:
            files.append(p)
    seen, unique = set(), []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def extract_file(path: Path, *, encoding: str | None = None) -> Extraction:
    """Read and extract one file (the single-document path, without cache or graph)."""
    from kg.document import make_document
    from kg.extract import extract

    text = read_text(path, encoding=encoding)
    return extract(make_document(text, source=path.name))


def default_workers() -> int:
    """The machine's cores (those this process may use, where the OS says)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


# ---------------------------------------------------------------- work done per text (spawn-safe)


def _extract_text(text: str, name: str) -> Extraction:
    from kg.document import make_document
    from kg.extract import extract

    return extract(make_document(text, source=name))


def _label_rows(ex: Extraction) -> tuple[tuple[str, str, str], ...]:
    return tuple((e.type, e.key, e.label) for e in ex.entities)


def extract_task(source: SourceText, cache: BuildCache) -> tuple[str, tuple | None, str | None,
                                                              DocumentGraph | None, str | None]:
    """Extract one text, graph it with its own labels, cache both.

    Returns ``(key, label rows, graph key, graph, error)``.

    A top-level function of plain arguments, so that it runs in spawned worker processes. The
    graph is made at once with the labels this text alone would choose: the corpus-wide choice
    (stage 3) agrees for almost every text, and then the graph need not be made again.
    """
    from kg.graph import preferred_labels

    try:
        ex = _extract_text(source.text, source.name)
    except KGError as e:
        return source.key, None, None, None, f"{source.name}: {e.one_line()}"
    rows = _label_rows(ex)
    cache.put_extraction(source.key, ex)
    cache.put_labels(source.key, rows)
    own = {str(iri): label for iri, label in preferred_labels([ex]).items()}
    gkey = graph_key(source.key, own)
    doc = document_graph(ex, file_name=source.name, labels=own)
    cache.put_graph(gkey, doc.nquads)
    return source.key, rows, gkey, doc, None


def graph_task(source: SourceText, labels: dict[str, str], gkey: str, cache: BuildCache) -> DocumentGraph:
    """One text's named graph with the corpus's labels (from the cached extraction, else extracting again)."""
    ex = cache.get_extraction(source.key)
    if ex is None:  # the entry went missing between the stages: extract again, the result is the same
        ex = _extract_text(source.text, source.name)
        cache.put_extraction(source.key, ex)
    doc = document_graph(ex, file_name=source.name, labels=labels)
    cache.put_graph(gkey, doc.nquads)
    return doc


def document_graph(ex: Extraction, *, file_name: str, labels: dict[str, str] | None = None) -> DocumentGraph:
    """Map one extraction to RDF with kg/graph.py and write it as sorted, distinct N-Quads lines.

    kg/graph.py hands over each statement as N-Triples text (:func:`kg.graph.extraction_ntriples`), so
    no rdflib term is made: adding 400,000 triples to rdflib's memory store costs more than extracting
    them, and even making and encoding their rdflib terms took as long as the mapping itself. A set
    of encoded lines holds a 5 MB text's million statements in a fifth of the memory of their terms.
    """
    from kg.graph import document_graph_iri, extraction_ntriples

    graph_iri = str(document_graph_iri(ex.document.sha256))
    tail = f" {nt_iri(graph_iri)} .\n"
    lines = {f"{s} {p} {o}{tail}".encode() for s, p, o in extraction_ntriples(ex, file_name=file_name,
                                                                               labels=labels)}
    ordered = sorted(lines)
    lines.clear()
    return DocumentGraph(graph_iri, b"".join(ordered))


# N-Triples terms are written by kg/graph.py (one place for the escaping rules): nt_iri, nt_term.


# ---------------------------------------------------------------- the build


def build(paths: Iterable[str | Path], out_dir: str | Path, *, encoding: str | None = None,
          write_html: bool = True, workers: int | None = None, cache_dir: str | Path | None = None,
          use_cache: bool = True, store_dir: str | Path | None = None,
          progress: Progress | None = None) -> BuildSummary:
    """Build the texts of ``paths`` into ``out_dir``; see the module docstring for the stages.

    ``workers`` processes extract and graph the texts and render the slow outputs (default: the
    machine's cores, or 1 for fewer than :data:`PARALLEL_MIN_CHARS` characters; 1 runs everything
    in this process). Workers are spawned: a script calling this needs the usual
    ``if __name__ == "__main__":`` guard. ``cache_dir`` holds per-document results
    (default ``out_dir/.kg-cache``); ``use_cache=False`` builds from scratch and keeps nothing.
    ``store_dir`` also loads the graph into an on-disk pyoxigraph store (kg/store.py).
    """
    started = time.perf_counter()
    files = collect_inputs(paths)
    out = check_writable(out_dir)
    if encoding:
        from kg.reader import check_encoding

        check_encoding(encoding)
    if workers is not None and workers < 1:
        raise InputError(f"--workers {workers}: must be at least 1", hint="leave it out to use every core")
    summary = BuildSummary()
    report = progress if progress and len(files) >= PROGRESS_MIN_FILES else (lambda *_: None)

    cache_root = Path(cache_dir) if cache_dir is not None else out / ".kg-cache"
    cache = BuildCache(cache_root, fingerprint=code_fingerprint()) if use_cache else NullCache()
    t = time.perf_counter()
    sources = _read_sources(files, encoding, cache.fingerprint, summary)
    if not sources:
        reason = summary.failed[0][1] if summary.failed else "no input"
        raise InputError(f"nothing to build: {reason}" if len(files) == 1 else
                         f"none of {len(files)} files could be read: {reason}",
                         hint="check the files' encoding and content")
    options = {"html": write_html}
    if use_cache and not summary.failed and _up_to_date(out, sources, options, summary):
        summary.stage_seconds["read"] = time.perf_counter() - t
    else:
        if workers is None:  # every core, when the texts repay starting the processes
            big = sum(len(s.text) for s in sources) >= PARALLEL_MIN_CHARS
            workers = default_workers() if big else 1
        with _Workers(workers) as pool:
            t = time.perf_counter()
            rows, fresh = _extract_all(sources, cache, pool, summary, report)
            sources = [s for s in sources if s.key in rows]
            summary.stage_seconds["extract"] = time.perf_counter() - t
            if not sources:
                raise InputError(f"none of {len(files)} files could be built: {summary.failed[0][1]}",
                                 hint="check the files' content")
            t = time.perf_counter()
            docs = _graph_all(sources, rows, fresh, cache, pool, report)
            summary.stage_seconds["graph"] = time.perf_counter() - t
            del fresh
            t = time.perf_counter()
            summary.documents = len(sources)
            with OutputSet(out) as outputs:
                _write_outputs(outputs, docs, summary, pool, write_html=write_html, report=report)
            summary.outputs = list(outputs.paths)
        if use_cache and not summary.failed:
            _write_stamp(out, sources, options, summary)
            cache.prune()
        else:
            (out / STAMP).unlink(missing_ok=True)
        summary.stage_seconds["write"] = time.perf_counter() - t
    if store_dir is not None:
        summary.store = _build_store(out, store_dir)
    summary.seconds = time.perf_counter() - started
    return summary


def _read_sources(files: list[Path], encoding: str | None, fingerprint: str,
                  summary: BuildSummary) -> list[SourceText]:
    sources = []
    for f in files:
        try:
            text = read_text(f, encoding=encoding)
        except KGError as e:
            summary.failed.append((str(f), e.one_line()))
            continue
        sources.append(SourceText(f, f.name, text, text_key(text, f.name, fingerprint)))
    return sources


class _Workers:
    """A pool of spawned processes, started only when there is work for more than one.

    With one worker everything runs in this process, which keeps small builds free of start-up
    costs. Spawned, not forked: a fork of a process with threads (tqdm's monitor) can deadlock,
    and spawn behaves alike on every OS.
    """

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: Executor | None = None

    def _executor(self) -> Executor:
        if self._pool is None:
            import multiprocessing

            self._pool = ProcessPoolExecutor(max_workers=self.workers,
                                             mp_context=multiprocessing.get_context("spawn"))
        return self._pool

    def map(self, fn: Callable, tasks: list[tuple]) -> Iterator:
        """``fn(*task)`` for each task, yielded as they complete."""
        if self.workers == 1 or len(tasks) <= 1:
            for args in tasks:
                yield fn(*args)
            return
        futures = [self._executor().submit(fn, *args) for args in tasks]
        try:
            for fut in as_completed(futures):
                yield fut.result()
        finally:
            for fut in futures:
                fut.cancel()

    def submit(self, fn: Callable, *args, start: bool = True) -> Callable[[], object]:
        """Start ``fn(*args)`` in a worker; return the function that waits for its result.

        With one worker, or with ``start=False`` and no pool running yet, the call is made in this
        process when the result is asked for (spawning workers costs a second or two).
        """
        if self.workers == 1 or (self._pool is None and not start):
            return lambda: fn(*args)
        return self._executor().submit(fn, *args).result

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


def _extract_all(sources: list[SourceText], cache: BuildCache, pool: _Workers, summary: BuildSummary,
                 report: Progress) -> tuple[dict[str, tuple], dict[str, DocumentGraph]]:
    """Label rows of every text (cached or extracted now), and the graphs made now, by graph key."""
    rows: dict[str, tuple] = {}
    misses: list[SourceText] = []
    for s in sources:
        cached = cache.get_labels(s.key) if cache.has_extraction(s.key) else None
        if cached is not None:
            rows[s.key] = cached
        else:
            misses.append(s)
    summary.cached = len(sources) - len(misses)
    report("extract", summary.cached, len(sources))
    # the longest texts first, so that no worker is left with a long one at the end
    misses.sort(key=lambda s: (-len(s.text), s.name))
    by_key = {s.key: s for s in misses}
    fresh: dict[str, DocumentGraph] = {}
    done = summary.cached
    for key, got, gkey, doc, error in pool.map(extract_task, [(s, cache) for s in misses]):
        done += 1
        report("extract", done, len(sources))
        if error is not None:
            summary.failed.append((str(by_key[key].path), error))
            continue
        rows[key] = got
        fresh[gkey] = doc
        summary.extracted += 1
    summary.failed.sort()
    return rows, fresh


def _graph_all(sources: list[SourceText], rows: dict[str, tuple], fresh: dict[str, DocumentGraph],
               cache: BuildCache, pool: _Workers, report: Progress) -> list[DocumentGraph]:
    """Every text's named graph with the labels chosen across the whole corpus.

    A graph made in stage 2, or cached, under the same labels is used as it is; only the texts
    whose entities the corpus labels differently are graphed again.
    """
    from kg.graph import mint_iri, preferred_labels

    # preferred_labels reads only the type, key and label of each extraction's entities
    stand_ins = [SimpleNamespace(entities=tuple(Entity(key=k, type=t, label=lab)
                                                for t, k, lab in rows[s.key])) for s in sources]
    chosen = {str(iri): label for iri, label in preferred_labels(stand_ins).items()}
    docs: list[DocumentGraph] = []
    tasks = []
    for s in sources:
        labels = {}
        for t, k, _ in rows[s.key]:
            iri = str(mint_iri(t, k))
            labels[iri] = chosen[iri]
        gkey = graph_key(s.key, labels)
        doc = fresh.pop(gkey, None)
        if doc is None:
            nquads = cache.get_graph(gkey)
            doc = DocumentGraph(_graph_of(nquads), nquads) if nquads else None
        if doc is not None:
            docs.append(doc)
        else:
            tasks.append((s, labels, gkey, cache))
    report("graph", len(docs), len(sources))
    tasks.sort(key=lambda task: (-len(task[0].text), task[0].name))
    for doc in pool.map(graph_task, tasks):
        docs.append(doc)
        report("graph", len(docs), len(sources))
    return docs


def _graph_of(nquads: bytes) -> str:
    """The graph IRI of a document's N-Quads (every line ends in the same ``<graph> .``)."""
    first = nquads[:nquads.index(b"\n")]
    return first[first.rindex(b" <") + 2:-3].decode("utf-8")


# ---------------------------------------------------------------- outputs


def _prefixes() -> dict[str, str]:
    """Prefixes for Turtle, TriG and JSON-LD: kg/graph.py's and the core ones."""
    from rdflib.namespace import RDF, RDFS

    from kg.graph import PREFIXES

    out = {"rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD)}
    out.update({k: str(v) for k, v in PREFIXES.items()})
    return dict(sorted(out.items()))


def _turtle_prefixes() -> dict[str, str]:
    """The data namespace (kgr:) is left out of Turtle and TriG: its local names hold slashes, which
    Turtle must escape (kgr:doc\\/…), and full IRIs read better."""
    return {k: v for k, v in _prefixes().items() if k != "kgr"}


def merge_documents(docs: list[DocumentGraph]) -> tuple[bytes, bytes]:
    """The union as sorted N-Triples and the named graphs as N-Quads (by graph, then statement).

    Empties ``docs`` as it goes, so that a big corpus is not held three times over. Two files with
    the same text share a document (and named graph) IRI; their lines are merged.
    """
    # All in UTF-8 bytes: a str of Chinese text takes two bytes a character, and the whole corpus
    # passes through here. Byte order of UTF-8 is code point order, so the sort is the same.
    by_graph: dict[str, list[bytes]] = {}
    while docs:
        d = docs.pop()
        by_graph.setdefault(d.graph_iri, []).append(d.nquads)
    triples: set[bytes] = set()
    quads: list[bytes] = []
    for g in sorted(by_graph):
        blocks = by_graph.pop(g)
        if len(blocks) == 1:
            block = blocks[0]
        else:
            block = b"".join(sorted(set(b"".join(blocks).splitlines(keepends=True))))
        del blocks
        quads.append(block)
        # " .\n" ends every line and nothing else (literals escape their line breaks)
        triples.update(block.replace(f" {nt_iri(g)} .\n".encode(), b" .\n").splitlines())
    ordered = sorted(triples)
    del triples
    ordered.append(b"")
    nt = b"\n".join(ordered)
    del ordered
    return nt, b"".join(quads)


def _write_outputs(outputs: OutputSet, docs: list[DocumentGraph], summary: BuildSummary, pool: _Workers, *,
                   write_html: bool, report: Progress) -> None:
    """Merge, then write graph.nq, .ttl, .trig here while workers render graph.jsonld and graph.html."""
    import pyoxigraph as ox

    steps = 5 if write_html else 4
    report("write", 0, steps)
    nt, nq = merge_documents(docs)
    big = len(nt) > PARALLEL_WRITE_BYTES
    html = pool.submit(render_html, nt, start=big) if write_html else None
    jsonld = pool.submit(render_jsonld, nt, start=big)
    _count(nt, summary)
    prefixes = _turtle_prefixes()
    outputs.write("graph.nq", nq)
    report("write", 1, steps)
    outputs.write("graph.trig", ox.serialize(ox.parse(nq, format=ox.RdfFormat.N_QUADS),
                                             format=ox.RdfFormat.TRIG, prefixes=prefixes))
    del nq
    report("write", 2, steps)
    outputs.write("graph.ttl", ox.serialize(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES),
                                            format=ox.RdfFormat.TURTLE, prefixes=prefixes))
    report("write", 3, steps)
    outputs.write("graph.jsonld", jsonld())
    report("write", 4, steps)
    if html is not None:
        del nt
        outputs.write("graph.html", html())
        report("write", 5, steps)


def render_jsonld(nt: bytes) -> bytes:
    """graph.jsonld from the merged N-Triples (a worker task)."""
    import pyoxigraph as ox

    return b"".join([line.encode("utf-8")
                     for line in jsonld_lines(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES), _prefixes())])


def render_html(nt: bytes) -> str:
    """graph.html from the merged N-Triples (a worker task): kg/view.py reads them from a pyoxigraph store.

    With a few SPARQL SELECTs: walking the 400,000 triples of a 29-report corpus through rdflib (even
    backed by oxigraph through oxrdflib) took 4 s; loading the store and the queries take about one.
    """
    from kg.view import ntriples_store, render_view

    return render_view(ntriples_store(nt))


def _count(nt: bytes, summary: BuildSummary) -> None:
    """Distinct entities by type, relations and indicators of the merged graph (from its lines)."""
    from kg.vocab import ENTITY_CLASSES, RELATION_PREDICATES

    kg = re.escape(_KG_NS)
    typed = re.findall(rf"^<[^>]*> {re.escape(_RDF_TYPE)} <{kg}({'|'.join(ENTITY_CLASSES)})> \.$".encode(),
                       nt, re.M)
    types = Counter(t.decode("ascii") for t in typed)
    summary.indicators = types.pop("Indicator", 0)
    summary.entities_by_type = types
    relation = rf"^<[^>]*> <{kg}(?:{'|'.join(RELATION_PREDICATES)})> <".encode()
    summary.relations = len(re.findall(relation, nt, re.M))
    summary.triples = nt.count(b"\n")


def jsonld_lines(triples: Iterable, prefixes: dict[str, str]) -> Iterator[str]:
    """JSON-LD of ``triples`` (pyoxigraph Triples, grouped by subject): a context and one node a line.

    Vocabulary IRIs are compacted with ``prefixes`` (kg:Meeting), data IRIs stay whole; integers
    are JSON numbers, other typed literals {"@type", "@value"}, Chinese text {"@language": "zh"}.
    """
    import pyoxigraph as ox

    vocab = sorted(((ns, p) for p, ns in prefixes.items() if p != "kgr"), key=lambda x: -len(x[0]))
    memo: dict[str, str] = {}

    def compact(iri: str) -> str:
        c = memo.get(iri)
        if c is None:
            c = iri
            for ns, p in vocab:
                if iri.startswith(ns) and len(iri) > len(ns):
                    c = f"{p}:{iri[len(ns):]}"
                    break
            memo[iri] = c
        return c

    def value(o) -> object:
        if isinstance(o, ox.NamedNode):
            return {"@id": compact(o.value)}
        if isinstance(o, ox.Literal):
            if o.language:
                return {"@language": o.language, "@value": o.value}
            dt = o.datatype.value
            if dt == f"{XSD}string":
                return o.value
            if dt == f"{XSD}integer" and re.fullmatch(r"-?[1-9][0-9]{0,14}|0", o.value):
                return int(o.value)
            return {"@type": compact(dt), "@value": o.value}
        raise TypeError(f"cannot write {o!r} as JSON-LD here: no blank nodes in the graph contract")

    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    yield '{\n "@context": ' + json.dumps(prefixes, ensure_ascii=False, sort_keys=True) + ',\n "@graph": [\n'
    node: dict | None = None
    subject = None
    first = True
    for t in triples:
        if t.subject.value != subject:
            if node is not None:
                yield ("" if first else ",\n") + _node_json(node)
                first = False
            subject = t.subject.value
            node = {"@id": subject}
        p = t.predicate.value
        if p == rdf_type and isinstance(t.object, ox.NamedNode):
            node.setdefault("@type", []).append(compact(t.object.value))
        else:
            node.setdefault(compact(p), []).append(value(t.object))
    if node is not None:
        yield ("" if first else ",\n") + _node_json(node)
    yield "\n ]\n}\n"


def _node_json(node: dict) -> str:
    flat = {k: (v[0] if isinstance(v, list) and len(v) == 1 else v) for k, v in node.items()}
    return "  " + json.dumps(flat, ensure_ascii=False, sort_keys=True)


# ---------------------------------------------------------------- up to date and the store


def _stamp_data(sources: list[SourceText], options: dict) -> dict:
    from kg.cache import package_fingerprint

    return {"format": _STAMP_FORMAT, "code": package_fingerprint(), "options": options,
            "inputs": sorted(s.key for s in sources)}


def _file_digest(path: Path) -> str | None:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return None
    return h.hexdigest()


def _up_to_date(out: Path, sources: list[SourceText], options: dict, summary: BuildSummary) -> bool:
    """True when the last build into ``out`` used these inputs, code and options, and its files are intact."""
    try:
        stamp = json.loads((out / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    expected = _stamp_data(sources, options)
    if not isinstance(stamp, dict) or any(stamp.get(k) != v for k, v in expected.items()):
        return False
    outputs = stamp.get("outputs") or {}
    if not outputs or any(_file_digest(out / name) != digest for name, digest in outputs.items()):
        return False
    s = stamp.get("summary") or {}
    summary.documents = len(sources)
    summary.cached = len(sources)
    summary.entities_by_type = Counter(s.get("entities_by_type", {}))
    summary.relations, summary.indicators, summary.triples = s.get("relations", 0), s.get("indicators", 0), \
        s.get("triples", 0)
    summary.outputs = [out / name for name in outputs]
    summary.up_to_date = True
    return True


def _write_stamp(out: Path, sources: list[SourceText], options: dict, summary: BuildSummary) -> None:
    stamp = _stamp_data(sources, options)
    stamp["outputs"] = {p.name: _file_digest(p) for p in summary.outputs}
    stamp["summary"] = {"entities_by_type": dict(sorted(summary.entities_by_type.items())),
                        "relations": summary.relations, "indicators": summary.indicators,
                        "triples": summary.triples}
    from kg.outputs import write_atomic

    write_atomic(out / STAMP, json.dumps(stamp, ensure_ascii=False, indent=1))


def _build_store(out: Path, store_dir: str | Path) -> Path:
    """Load the build's named graphs into an on-disk store (kg/store.py), when that module exists."""
    try:
        from kg.store import build_store
    except ModuleNotFoundError as e:
        if e.name != "kg.store":
            raise
        raise InputError("--store is not available in this version (kg/store.py is missing)",
                         hint="build without --store and load graph.nq into a store yourself") from e
    result = build_store(out / "graph.nq", store_dir)
    return Path(result) if isinstance(result, (str, os.PathLike)) else Path(store_dir)


__all__ = ["BuildSummary", "DocumentGraph", "build", "collect_inputs", "document_graph",
           "extract_file", "merge_documents", "jsonld_lines", "nt_iri", "nt_term"]
