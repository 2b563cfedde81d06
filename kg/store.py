"""Graphs in pyoxigraph: an in-memory store from a graph file, and an on-disk store loaded once.

``kg query GRAPH`` parses the file into memory (pyoxigraph reads 400,000 triples of Turtle in about
two seconds); ``kg build --store DIR`` loads a corpus into an on-disk store that ``kg query --store DIR``
and ``kg serve --store DIR`` open read-only at no cost, however large the corpus.

In both, the store's default graph is the merged graph (what graph.ttl holds, each triple once), and
a quad file's named graphs (one per document, from graph.trig or graph.nq) are kept beside it for
``GRAPH`` queries. Queries run over the default graph: Oxigraph's "default graph as union" option would
count a triple once per document that states it (an entity's label, say), so the named queries would
answer differently over a store than over graph.ttl.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.errors import InputError

if TYPE_CHECKING:
    from rdflib import Graph

#: Graph file suffixes and how pyoxigraph reads them.
FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
}

_QUAD_FORMATS = (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG, ox.RdfFormat.JSON_LD)


def graph_format(path: str | Path) -> ox.RdfFormat:
    """The RDF format of a graph file, from its suffix.

    >>> graph_format("output/graph.trig").name
    'TriG'
    """
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InputError(f"{path}: unknown graph format '{suffix or '(no suffix)'}'",
                         hint="give a .ttl, .nt, .nq, .trig, .jsonld or .rdf file")
    return FORMATS[suffix]


#: Graph files a build writes, in the order a build folder given as GRAPH is read (the quads first:
#: they keep each text's named graph beside the merged one).
GRAPH_FILES = ("graph.nq", "graph.ttl", "graph.trig", "graph.nt", "graph.jsonld")


def graph_path(path: str | Path) -> Path:
    """The graph file ``path`` names: the file itself, or in a folder ``kg build`` wrote, its graph.nq (…).

    Every command that reads a GRAPH goes through here, so each takes a file or a build folder alike.
    """
    p = Path(path)
    if p.is_dir():
        for name in GRAPH_FILES:
            if (p / name).is_file():
                return p / name
        raise InputError(f"{p}: folder holds no graph file ({', '.join(GRAPH_FILES)})",
                         hint="give a graph file or the folder kg build wrote")
    if not p.is_file():
        raise InputError(f"{p}: no such graph file or folder",
                         hint="build one with 'kg build' first, then give the file or the folder it wrote")
    return p


def load_store(path: str | Path) -> ox.Store:
    """Parse a graph file, or a build folder's, into a new in-memory store (the merged graph in its default graph)."""
    p = graph_path(path)
    store = ox.Store()
    _load_into(store, p, graph_format(p))
    return store


def load_store_data(data: bytes, fmt: ox.RdfFormat, *, name: str) -> ox.Store:
    """Parse a graph file's bytes (already read, and checked by :func:`kg.limits.check_graph_file`) into a
    new in-memory store: how ``kg serve`` starts a worker from the graph it holds in memory."""
    store = ox.Store()
    _parse_into(store, data, fmt, name=name)
    return store


def open_store(directory: str | Path) -> ox.Store:
    """Open an on-disk store built by :func:`build_store`, read-only (many readers may share it)."""
    d = Path(directory)
    if not _is_store(d):
        raise InputError(f"{d}: not a kg store", hint="build one with 'kg build … --store DIR'")
    try:
        return ox.Store.read_only(str(d))
    except (OSError, RuntimeError) as e:  # RuntimeError: RocksDB finds its files corrupt
        raise InputError(f"{d}: cannot open the store: {_first_line(e)}",
                         hint="is another process writing it? rebuild it with 'kg build --store DIR'") from e


def build_store(graph_or_path: Graph | str | Path, directory: str | Path, *,
                union: str | Path | None = None) -> Path:
    """Load a graph (an rdflib Graph or Dataset, or a graph file) into a fresh on-disk store at ``directory``.

    ``union``, an N-Triples file of the quads' union (what a build writes beside graph.nq), is loaded
    as the default graph instead of copying every quad in Python; the graph file is N-Quads then.

    The store is built beside ``directory`` and then put in its place, so a failed build leaves an
    earlier store as it was. An existing folder that is neither empty nor a store is not replaced.
    """
    target = check_store_target(directory)
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    except OSError as e:
        raise InputError(f"{target.parent}: cannot write the store ({e.strerror})",
                         hint="choose a writable folder for --store") from e
    try:
        store = ox.Store(str(staging))
        if isinstance(graph_or_path, (str, Path)):
            source = graph_path(graph_or_path)
            if union is not None:  # a build's own files: read leniently (IRIs are not checked again)
                store.bulk_load(path=str(source), format=ox.RdfFormat.N_QUADS, lenient=True)
                store.bulk_load(path=str(union), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph(),
                                lenient=True)
            else:
                _load_into(store, source, graph_format(source))
        else:
            _load_rdflib(store, graph_or_path)
        store.optimize()
        store.flush()
        del store  # closes the database before it is moved
        _replace_dir(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def check_store_target(directory: str | Path) -> Path:
    """Refuse a ``--store`` folder that cannot be made or replaced: an existing folder that is neither
    empty nor a store, or one whose parent cannot be written (a read-only disk, a file in the path).

    :func:`kg.corpus.build` calls it before writing anything, so that a build that will fail at its
    store fails before its graph files are replaced. Writes and removes a probe, as root ignores modes.
    """
    target = Path(directory)
    if target.exists() and not (target.is_dir() and (_is_store(target) or not any(target.iterdir()))):
        raise InputError(f"{target}: exists and is not a kg store", hint="choose another folder for --store")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        probe = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
        probe.rmdir()
    except OSError as e:
        raise InputError(f"{target.parent}: cannot write the store ({e.strerror or e})",
                         hint="choose a writable folder for --store") from e
    return target


def _load_into(store: ox.Store, path: Path, fmt: ox.RdfFormat) -> None:
    from kg.limits import check_graph_file

    check_graph_file(path, xml=fmt == ox.RdfFormat.RDF_XML)  # size and entity bombs, before parsing
    _parse_into(store, path, fmt, name=str(path))


def _parse_into(store: ox.Store, source: Path | bytes, fmt: ox.RdfFormat, *, name: str) -> None:
    """Parse a graph file (a path, or its bytes) into ``store``."""
    given = {"path": str(source)} if isinstance(source, Path) else {"input": source}
    try:
        if fmt in _QUAD_FORMATS:
            # named graphs as they are, and every triple once more in the default graph (the merged graph)
            store.bulk_load(**given, format=fmt)
            store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in ox.parse(**given, format=fmt))
        else:
            store.bulk_load(**given, format=fmt, to_graph=ox.DefaultGraph())
    except SyntaxError as e:
        raise InputError(f"{name}: cannot be parsed as {fmt.name}: {_first_line(e)}",
                         hint="check the file, or rebuild it with 'kg build'") from e
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{name}: cannot be read: {_first_line(e)}", hint="check the file") from e


def _load_rdflib(store: ox.Store, graph: Graph) -> None:
    from rdflib import Dataset

    if isinstance(graph, Dataset):
        data = graph.serialize(format="nquads", encoding="utf-8")
        store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object)
                          for q in ox.parse(data, format=ox.RdfFormat.N_QUADS))
    else:
        data = graph.serialize(format="nt", encoding="utf-8")
        store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())


def _replace_dir(staging: Path, target: Path) -> None:
    """Put ``staging`` where ``target`` is, keeping the old one until the new one is in place."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{staging.name}")
        target.rename(old)
    try:
        staging.rename(target)
    except OSError:
        if old is not None:
            old.rename(target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _is_store(d: Path) -> bool:
    """An oxigraph on-disk store is a RocksDB folder: it has a CURRENT file naming its manifest."""
    return d.is_dir() and (d / "CURRENT").is_file()


def _first_line(e: BaseException) -> str:
    text = str(e).strip().splitlines()
    return text[0][:200] if text else type(e).__name__


__all__ = ["FORMATS", "build_store", "check_store_target", "graph_format", "load_store", "load_store_data",
           "open_store"]
