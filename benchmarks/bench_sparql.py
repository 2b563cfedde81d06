"""Latency of every named query at one million triples: Oxigraph (in memory and on disk) against rdflib.

    .venv/bin/python benchmarks/bench_sparql.py                         # builds the 2026 corpus first
    .venv/bin/python benchmarks/bench_sparql.py --graph out/corpus/graph.ttl
    .venv/bin/python benchmarks/bench_sparql.py --graph out/corpus/graph.ttl --triples 300000 --no-rdflib

The graph: the 2026 corpus (29 government work reports, ~420,000 triples) replicated until it holds
at least ``--triples`` triples. Each copy gets its own document, section, sentence, mention,
evidence and indicator IRIs and its own file names ("c1/2026-beijing.txt", …; copy 0 keeps the
real names, so the queries' default parameters find their documents), while the entities are shared,
as they would be in a corpus of the same provinces over three years: 党的二十大 is one node named
in 87 documents.

Each query runs with its default parameters; those that take a ``document`` also run once more for
one report (``document=2026-beijing.txt``), the way an analyst reads. Oxigraph: one warm-up run,
then the median of ``--repeat`` runs. rdflib: the median of at most three runs, fewer when a run
takes over 5 s, and a run is stopped at ``--rdflib-cap`` seconds (the table then says "> cap").
Latency is the time to get every row as strings (kg.query.run_query), the same work for both.
Prints a markdown table.
"""
from __future__ import annotations

import argparse
import datetime
import os
import platform
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import pyoxigraph as ox  # noqa: E402

from kg.query import named_queries, run_query  # noqa: E402
from kg.store import build_store, open_store  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "gov-work-reports-2026"
DATA = "https://w3id.org/policykg/id/"
FILE_NAME = ox.NamedNode("https://w3id.org/policykg/ontology#fileName")
SCOPED_DOCUMENT = "2026-beijing.txt"
GOAL_MS = 100.0


def corpus_graph(graph: Path | None, workdir: Path) -> Path:
    """The 2026 corpus graph: the one given, or a fresh build of ../shared/corpus/gov-work-reports-2026."""
    if graph is not None:
        return graph
    from kg.corpus import build

    if not CORPUS.is_dir():
        sys.exit(f"{CORPUS} is absent: give a built graph with --graph")
    print(f"building {CORPUS} …", file=sys.stderr)
    build([CORPUS], workdir / "corpus", write_html=False)
    return workdir / "corpus" / "graph.ttl"


def replicate(source: Path, target: Path, *, at_least: int) -> tuple[int, int]:
    """Write copies of ``source`` to ``target`` (N-Triples) until it holds ``at_least`` triples."""
    from kg.store import graph_format

    parsed = ox.parse(path=str(source), format=graph_format(source))
    triples = [(q.subject, q.predicate, q.object) for q in parsed]
    # entity triples are the same in every copy: only the rest adds to the count
    shared = sum(1 for s, _, o in triples if not (_per_copy(s) or _per_copy(o)))
    copies = max(1, -(-(at_least - shared) // (len(triples) - shared)))

    def rewrite(term, copy: int):
        if copy and _per_copy(term):
            kind, digest, *rest = term.value[len(DATA):].split("/")
            return ox.NamedNode(DATA + "/".join([kind, f"{digest}-c{copy}", *rest]))
        return term

    def quads():
        for copy in range(copies):
            for s, p, o in triples:
                if copy and p == FILE_NAME:
                    o = ox.Literal(f"c{copy}/{o.value}")
                yield ox.Quad(rewrite(s, copy), p, rewrite(o, copy))

    ox.serialize(quads(), str(target), format=ox.RdfFormat.N_TRIPLES)
    return copies, len(triples)


def _per_copy(term) -> bool:
    """A document's own node (its sections, sentences, mentions, evidence) or an indicator."""
    return isinstance(term, ox.NamedNode) and term.value.startswith((DATA + "doc/", DATA + "indicator/"))


def workload() -> list[tuple[str, str, dict[str, str]]]:
    """(label, query text, parameters): every named query, and the document-scoped runs."""
    runs = []
    for query in named_queries().values():
        runs.append((query.name, query.text, {}))
        if {p.name for p in query.parameters} == {"document"}:
            label = f"{query.name} (document={SCOPED_DOCUMENT})"
            runs.append((label, query.text, {"document": SCOPED_DOCUMENT}))
    return runs


def time_oxigraph(store: ox.Store, text: str, params: dict[str, str], repeat: int) -> tuple[float, int]:
    run_query(store, text, params=params)  # warm-up
    times, rows = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        rows = len(run_query(store, text, params=params)[1])
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, rows


class Overrun(BaseException):
    """An rdflib run went past the cap (a BaseException: kg.query turns Exceptions into QueryErrors)."""


def time_rdflib(graph, text: str, params: dict[str, str], cap: float) -> tuple[float | None, int | None, int]:
    """(median ms or None when a run hit the cap, rows, runs)."""
    def stop(signum, frame):
        raise Overrun()

    previous = signal.signal(signal.SIGALRM, stop)
    times, rows = [], None
    try:
        for _ in range(3):
            signal.setitimer(signal.ITIMER_REAL, cap)
            started = time.perf_counter()
            try:
                rows = len(run_query(graph, text, params=params)[1])
            except Overrun:
                return None, None, len(times) + 1
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            times.append(time.perf_counter() - started)
            if times[-1] > 5:
                break
    finally:
        signal.signal(signal.SIGALRM, previous)
    return statistics.median(times) * 1000, rows, len(times)


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    import rdflib

    return (f"{datetime.date.today().isoformat()}, {platform.machine()} with {os.cpu_count()} cores "
            f"(nproc) and {memory:.0f} GiB RAM, Python {platform.python_version()}, "
            f"pyoxigraph {ox.__version__}, rdflib {rdflib.__version__}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", type=Path, help="a built 2026 corpus graph (default: build it)")
    parser.add_argument("--triples", type=int, default=1_000_000, help="at least this many triples")
    parser.add_argument("--repeat", type=int, default=5, help="Oxigraph runs per query (median)")
    parser.add_argument("--rdflib-cap", type=float, default=60.0,
                        help="seconds before an rdflib run is stopped")
    parser.add_argument("--no-rdflib", action="store_true",
                        help="skip rdflib (it needs minutes and gigabytes)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-sparql-") as tmp:
        work = Path(tmp)
        source = corpus_graph(args.graph, work)
        nt = work / "bench.nt"
        started = time.perf_counter()
        copies, per_copy = replicate(source, nt, at_least=args.triples)
        print(f"replicated {per_copy} triples x {copies} in {time.perf_counter() - started:.1f}s",
              file=sys.stderr)

        started = time.perf_counter()
        memory = ox.Store()
        memory.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
        memory_load = time.perf_counter() - started
        started = time.perf_counter()
        build_store(nt, work / "store")
        disk = open_store(work / "store")
        disk_load = time.perf_counter() - started
        graph, rdflib_load = None, None
        if not args.no_rdflib:
            from rdflib import Graph

            started = time.perf_counter()
            graph = Graph().parse(str(nt), format="nt")
            rdflib_load = time.perf_counter() - started
        triples = len(memory)
        documents = len(run_query(memory, "SELECT ?d WHERE { ?d a kg:SourceDocument }")[1])
        print(f"loaded {triples} triples: Oxigraph memory {memory_load:.1f}s, store {disk_load:.1f}s"
              + (f", rdflib {rdflib_load:.1f}s" if rdflib_load else ""), file=sys.stderr)

        lines = [
            f"{triples:,} distinct triples ({source.name}: {per_copy:,} triples, x{copies} with "
            f"document IRIs rewritten per copy; {documents} documents). Machine: {machine()}.",
            f"Load: Oxigraph in memory {memory_load:.1f} s, on-disk store (build + optimize) "
            f"{disk_load:.1f} s" + (f", rdflib {rdflib_load:.1f} s." if rdflib_load else "."),
            f"Oxigraph: median of {args.repeat} runs after a warm-up. rdflib: median of up to 3 runs "
            f"(1 when a run takes over 5 s), each stopped at {args.rdflib_cap:g} s. Goal: every query "
            f"under {GOAL_MS:g} ms in Oxigraph (memory).",
            "",
            "| query | rows | Oxigraph memory (ms) | Oxigraph store (ms) | rdflib (ms) | rdflib / Oxigraph |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for label, text, params in workload():
            ms, rows = time_oxigraph(memory, text, params, args.repeat)
            disk_ms, _ = time_oxigraph(disk, text, params, max(1, args.repeat // 2))
            if graph is None:
                rdf, ratio = "not run", "–"
            else:
                rdf_ms, rdf_rows, runs = time_rdflib(graph, text, params, args.rdflib_cap)
                if rdf_ms is None:
                    rdf = f"> {args.rdflib_cap * 1000:,.0f} (stopped)"
                    ratio = f"> {args.rdflib_cap * 1000 / ms:,.0f}x"
                else:
                    mismatch = "" if rdf_rows == rows else f" ({rdf_rows} rows!)"
                    rdf = f"{rdf_ms:,.0f}{'' if runs > 1 else ' (1 run)'}{mismatch}"
                    ratio = f"{rdf_ms / ms:,.0f}x"
            flag = "" if ms < GOAL_MS else " ⚠"
            lines.append(f"| {label} | {rows:,} | {ms:,.1f}{flag} | {disk_ms:,.1f} | {rdf} | {ratio} |")
            print(lines[-1], file=sys.stderr)
        print("\n".join(lines))


if __name__ == "__main__":
    main()
