"""The sinks of a corpus build, each written from files on disk, never from the graph in memory:

1. graph.nq, the spooled documents' named graphs in IRI order (:mod:`kg.nquads`);
2. the union as sorted N-Triples, each triple once (a work file; counted by :mod:`kg.counts`);
3. the on-disk Oxigraph store (``--store``), bulk-loaded from those two files;
4. graph.trig and graph.ttl, streamed through pyoxigraph's serialisers;
5. graph.jsonld, streamed one node a line (:mod:`kg.jsonld`);
6. graph.html, the view, from each text's share of it made when it was mapped (:mod:`kg.viewparts`).

For big graphs the union, the TriG, the JSON-LD and the view are rendered by local worker processes (on a
cluster, local processes of their own) while this process writes graph.nq, the store and the Turtle: the
union is merged from the spooled files while graph.nq is copied from them, the TriG handed out as soon as
graph.nq is written.
"""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from kg.counts import GraphCounts
from kg.executor import Engine
from kg.nquads import NQuadsSpool, write_union
from kg.outputs import OutputSet, reserved_output
from kg.viewparts import ViewSpool, write_known

#: Graphs whose graph.nq is bigger than this (~100,000 quads) have the union, graph.trig, graph.jsonld and
#: graph.html rendered in worker processes, beside graph.nq, the store and the Turtle written here.
PARALLEL_WRITE_BYTES = 20_000_000

#: Bytes copied at a time when the JSON-LD's parts are joined.
_COPY = 1 << 20

#: ``progress(stage, done, total)``
Progress = Callable[[str, int, int], None]

#: The graph files a build can write; graph.nq always (every other output and the store are made from it).
GRAPH_FORMATS = ("nq", "trig", "ttl", "jsonld")


def output_prefixes() -> dict[str, str]:
    """Prefixes for Turtle, TriG and JSON-LD: kg/graph.py's and the core ones."""
    from rdflib.namespace import RDF, RDFS, XSD

    from kg.graph import PREFIXES

    out = {"rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD)}
    out.update({k: str(v) for k, v in PREFIXES.items()})
    return dict(sorted(out.items()))


def turtle_prefixes() -> dict[str, str]:
    """The data namespace (kgr:) is left out of Turtle and TriG: its local names hold slashes, which
    Turtle must escape (kgr:doc\\/…), and full IRIs read better."""
    return {k: v for k, v in output_prefixes().items() if k != "kgr"}


def write_outputs(outputs: OutputSet, spool: NQuadsSpool, work: Path, engine: Engine, *, write_html: bool,
                  store_dir: str | Path | None, report: Progress,
                  formats: tuple[str, ...] = GRAPH_FORMATS,
                  views: ViewSpool | None = None) -> tuple[GraphCounts, Path | None]:
    """The outputs of the build from the spooled documents (graph.nq, those of ``formats``, the store,
    graph.html, with the documents' shares of it in ``views``); returns the counts and the store built."""
    from kg.store import build_store

    steps = 1 + len(set(formats) - {"nq"}) + write_html + (store_dir is not None)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        report("write", done, steps)

    report("write", 0, steps)
    union = work / "union.nt"
    # the union is merged from the spooled files, not from graph.nq: with workers, one merges it while this
    # process writes graph.nq (the TriG waits for that, the JSON-LD, the Turtle and the store for the union)
    big = spool.size() > PARALLEL_WRITE_BYTES
    merged = engine.submit(render_union, spool.union_runs(), str(spool.directory), str(union), start=big)
    with outputs.open("graph.nq") as fh:
        spool.write_nquads(fh)
        nq = Path(fh.name)
    html = jsonld = jsonld_path = trig = trig_path = None
    # the TriG and the view are made from graph.nq and the spool alone: workers write them while another
    # merges the union
    if "trig" in formats:
        trig_path = outputs.reserve("graph.trig")
        trig = engine.submit(render_rdf, str(nq), str(trig_path), "trig", start=big)
    if write_html:
        html_path = outputs.reserve("graph.html")
        source, index = str(nq), None
        if views is not None:  # the documents' map statements in place of their graphs, and their evidence
            views.close()
            known = views.known(spool.file_counts())
            source, index = str(work / "view.nq"), str(work / "view.json")
            with open(source, "wb") as fh:
                spool.write_nquads(fh, instead={g: path for g, (path, _, _) in known.items()})
            write_known(known, views.blocks_path, Path(index))
        html = engine.submit(render_html, source, str(html_path), index, start=big)
    counts = merged()
    step()
    if "jsonld" in formats:  # in as many parts as there are workers, joined here
        from kg.jsonld import node_ranges

        jsonld_path = outputs.reserve("graph.jsonld")
        ranges = node_ranges(union, engine.workers if big else 1)
        parts = [jsonld_path] + [work / f"graph-{i}.jsonld" for i in range(1, len(ranges))]
        jsonld = [engine.submit(render_jsonld, str(union), str(path), part, start=big)
                  for path, part in zip(parts, ranges, strict=True)]
    store = None
    if store_dir is not None:  # here, while workers write what was handed to them
        store = build_store(nq, store_dir, union=union)
        step()
    if "ttl" in formats:
        with outputs.open("graph.ttl") as fh:
            _serialize(str(union), fh, "ttl")
        step()
    if trig is not None:
        trig()
        outputs.finish(trig_path)
        step()
    if jsonld is not None:
        for wait in jsonld:
            wait()
        if len(parts) > 1:
            with open(jsonld_path, "ab") as fh:
                for path in parts[1:]:
                    with open(path, "rb") as part:
                        shutil.copyfileobj(part, fh, _COPY)
        outputs.finish(jsonld_path)
        step()
    if html is not None:
        html()
        outputs.finish(html_path)
        step()
    return counts, store


def _serialize(source: str, fh: BinaryIO, output: str) -> None:
    """graph.trig from graph.nq or graph.ttl from the union, by pyoxigraph (a lenient parse: the files are
    the build's own N-Triples, kg/graph.py escapes what an IRI may not hold)."""
    import pyoxigraph as ox

    parse_as, write_as = {"trig": (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG),
                          "ttl": (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE)}[output]
    ox.serialize(ox.parse(path=source, format=parse_as, lenient=True), fh, write_as, prefixes=turtle_prefixes())


def render_union(runs: list[tuple[Path, bytes | None]], directory: str, union: str) -> GraphCounts:
    """The union of the spooled named graphs as sorted N-Triples into ``union``, with its counts (a worker
    task, beside graph.nq written in the build's process)."""
    counts = GraphCounts()
    with open(union, "wb") as fh:
        write_union(runs, Path(directory), fh, counts)
    return counts


def render_rdf(source: str, tmp: str, output: str) -> None:
    """graph.trig (``output`` "trig", from graph.nq) into its reserved file: a worker task, beside the
    Turtle written in the build's process."""
    with reserved_output(tmp, Path(tmp).with_name(f"graph.{output}")) as fh:
        _serialize(source, fh, output)


def render_jsonld(union: str, tmp: str, part: tuple[int, int, bool, bool] = (0, -1, True, True)) -> None:
    """graph.jsonld, or the ``part`` of it made from some of the union's nodes (kg.jsonld.node_ranges),
    from the union's N-Triples file into its reserved file (a worker task)."""
    from kg.jsonld import write_jsonld

    with reserved_output(tmp, Path(tmp).with_name("graph.jsonld")) as fh:
        write_jsonld(union, fh, output_prefixes(), part)


def render_html(nquads: str, tmp: str, known: str | None = None) -> None:
    """graph.html (a worker task): kg/view.py reads graph.nq one named graph (one text) at a time and
    writes each text's evidence as it goes, so the page's memory is the map's and one text's. With
    ``known`` (kg/viewparts.py's index) ``nquads`` holds the map statements of the graphs whose evidence
    was made when they were mapped.

    Walking the 400,000 triples of a 29-report corpus through rdflib took 4 s; loading them into an
    in-memory store for the view's SELECTs took 2 s and 250 MB; the union read in two passes about
    1 s, but held every sentence of the corpus (the 5x corpus's peak grew 2.05x).
    """
    from kg.view import write_nquads_view
    from kg.viewparts import read_known

    with reserved_output(tmp, Path(tmp).with_name("graph.html")) as fh:
        write_nquads_view(nquads, fh, known=read_known(known) if known else None)
