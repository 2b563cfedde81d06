"""kg load into ``oxigraph serve``: quads per second, and the quad count after two loads.

The 29 government work reports of ../shared/corpus are built once (cached in benchmarks/out/load),
then loaded with :func:`kg.load.load` (what ``kg load`` runs) into a fresh ``oxigraph serve`` on
127.0.0.1 for each setting: the server in memory or on disk (``--location``), one to four
connections, and Oxigraph's ``no_transaction`` bulk load. Each setting loads twice: into the empty
store, then again with ``force`` (every graph replaced). The server's quad count after the second
load must equal graph.nq's line count.

Rates are quads sent per wall second (what the issue's target names), beside the CPU seconds of
the client (this process) and the server: the machine is shared, so the CPU figures are the ones
to compare between runs. The last rows are what else was tried: gzip bodies (alone and in ``kg load``
with 4 connections), Oxigraph's ``no_transaction`` on the in-memory store, a new connection per
graph, and the whole file in one POST (no per-graph replace; an upper bound).

    .venv/bin/python benchmarks/bench_load.py
    .venv/bin/python benchmarks/bench_load.py --quick      # in-memory settings only
"""
from __future__ import annotations

import argparse
import gzip
import os
import resource
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "gov-work-reports-2026"
WORK = REPO / "benchmarks" / "out" / "load"
OXIGRAPH = Path(sys.executable).with_name("oxigraph")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_corpus import machine  # noqa: E402


class Server:
    """``oxigraph serve`` on a free port; its CPU seconds from /proc."""

    def __init__(self, location: Path | None) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        args = [str(OXIGRAPH), "serve", "--bind", f"127.0.0.1:{self.port}"]
        if location is not None:
            args += ["--location", str(location)]
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.url = f"http://127.0.0.1:{self.port}"
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.1)
        raise SystemExit("oxigraph serve did not start")

    def cpu(self) -> float:
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def quads(self) -> int:
        query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
        req = urllib.request.Request(f"{self.url}/query", data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "text/csv"})
        with urllib.request.urlopen(req, timeout=600) as r:
            return int(r.read().decode().split()[-1])

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=60)


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def measure(run, server: Server) -> tuple[float, float, float, int]:
    """(wall s, client CPU s, server CPU s, quads sent) of ``run()``."""
    w, c, sc = time.perf_counter(), _cpu(), server.cpu()
    quads = run()
    return time.perf_counter() - w, _cpu() - c, server.cpu() - sc, quads


def kg_load(out: Path, server: Server, **options):
    from kg.load import LoadOptions, load

    def run() -> int:
        s = load(out, f"{server.url}/store", options=LoadOptions(**options), state=out / "bench-load.json")
        if s.failed:
            raise SystemExit(f"failed: {s.failed[:2]}")
        return s.quads_sent
    return run


def gzip_kg_load(out: Path, server: Server, **options):
    """kg load with each PUT's body gzipped (level 1): ``kg load`` itself with only the body changed."""
    from kg.load import MEDIA_TYPE, GraphStore

    inner = kg_load(out, server, **options)

    def put(self, graph) -> None:
        self._send("PUT", graph.iri, data=gzip.compress(graph.body, 1),
                   headers={"Content-Type": MEDIA_TYPE, "Content-Encoding": "gzip"})

    def run() -> int:
        plain = GraphStore.put
        GraphStore.put = put
        try:
            return inner()
        finally:
            GraphStore.put = plain
    return run


def raw_put(out: Path, server: Server, *, gzip_level: int | None = None, keep_alive: bool = True):
    """PUT every graph with requests directly: gzip bodies, or a new connection for each graph."""
    import pyoxigraph as ox
    import requests

    from kg.load import named_graphs

    def run() -> int:
        session = requests.Session() if keep_alive else None
        quads = 0
        for g in named_graphs(out / "graph.nq", ox.RdfFormat.N_QUADS):
            headers = {"Content-Type": "application/n-triples"}
            body = g.body
            if gzip_level is not None:
                body = gzip.compress(body, gzip_level)
                headers["Content-Encoding"] = "gzip"
            send = session.put if session else requests.put
            r = send(f"{server.url}/store", params={"graph": g.iri}, data=body, headers=headers, timeout=600)
            r.raise_for_status()
            quads += g.quads
        return quads
    return run


def one_post(out: Path, server: Server):
    """The whole graph.nq in one POST to /store (adds; no per-graph replace)."""
    import requests

    def run() -> int:
        data = (out / "graph.nq").read_bytes()
        r = requests.post(f"{server.url}/store", data=data, headers={"Content-Type": "application/n-quads"},
                          timeout=600)
        r.raise_for_status()
        return data.count(b"\n")
    return run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="only the in-memory settings")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is missing")
        return 0
    if not OXIGRAPH.exists():
        print(f"skipped: {OXIGRAPH} is missing (pip install -e '.[test]')")
        return 0
    from kg.corpus import build

    print(f"machine: {machine()}")
    out = WORK / "corpus"
    build([CORPUS], out, write_html=False)
    lines = (out / "graph.nq").read_bytes().count(b"\n")
    print(f"graph.nq: {lines:,} quads, {(out / 'graph.nq').stat().st_size / 1e6:,.0f} MB, "
          f"{len(list(CORPUS.glob('*.txt')))} named graphs\n")

    no_tx = (("no_transaction", ""),)
    settings = [  # (name, on disk, how, kg load options)
        ("kg load, memory, 1 connection", False, "kg", {"connections": 1}),
        ("kg load, memory, 2 connections", False, "kg", {"connections": 2}),
        ("kg load, memory, 4 connections", False, "kg", {"connections": 4}),
        ("kg load, memory, 8 connections", False, "kg", {"connections": 8}),
    ]
    if not args.quick:
        settings += [
            ("kg load, disk, 2 connections", True, "kg", {"connections": 2}),
            ("kg load, disk, 2 connections, no_transaction", True, "kg", {"connections": 2, "params": no_tx}),
        ]
    settings += [
        ("tried: gzip bodies (level 1), memory, 1 connection", False, "gzip", {}),
        ("tried: kg load with gzip bodies (level 1), memory, 4 connections", False, "gzip-kg", {"connections": 4}),
        ("tried: kg load, memory, 4 connections, no_transaction", False, "kg", {"connections": 4, "params": no_tx}),
        ("tried: a new connection per graph, memory", False, "no keep-alive", {}),
        ("tried: one POST of graph.nq (adds, no replace), memory", False, "post", {}),
    ]
    print("| setting | load | wall s | quads/s (wall) | client CPU s | server CPU s | quads per CPU s "
          "(client+server) | quads after two loads |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for name, on_disk, how, options in settings:
        with tempfile.TemporaryDirectory(prefix="kg-load-bench-") as tmp:
            server = Server(Path(tmp) / "store" if on_disk else None)
            try:
                (out / "bench-load.json").unlink(missing_ok=True)
                rows = []
                for which in ("first (empty store)", "second (replace)"):
                    if how in ("kg", "gzip-kg"):
                        run = (kg_load if how == "kg" else gzip_kg_load)(out, server, force=which.startswith("second"),
                                                                         **options)
                    elif how == "post":
                        if which.startswith("second"):
                            break  # a second POST of the same quads adds none
                        run = one_post(out, server)
                    else:
                        run = raw_put(out, server, gzip_level=1 if how == "gzip" else None,
                                      keep_alive=how != "no keep-alive")
                    rows.append((which, *measure(run, server)))
                count = server.quads()
            finally:
                server.stop()
        for i, (which, wall, client, srv, quads) in enumerate(rows):
            after = f"{count:,} ({'=' if count == lines else '≠'} graph.nq)" if i == len(rows) - 1 else ""
            print(f"| {name} | {which} | {wall:.2f} | {quads / wall:,.0f} | {client:.2f} | {srv:.2f} | "
                  f"{quads / (client + srv):,.0f} | {after} |", flush=True)
    print(f"\nload average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
