"""Load on ``kg serve``: many clients at once against the default server (2 workers, 10 s time limit).

    .venv/bin/python benchmarks/bench_serve_load.py                     # the seed graph, 2,000 GETs, 200 threads
    .venv/bin/python benchmarks/bench_serve_load.py --graph out/corpus/graph.ttl --requests 4000

Starts ``kg serve GRAPH --port 0 --quiet`` as a user would, then ``--threads`` client threads send
``--requests`` GET requests in all, each on a new connection (as SPARQLWrapper and curl do), cycling
through three queries: a lookup by type, a count and the page at ``/``. A request fails when it
gets no 200 within ``--client-timeout`` seconds. Latency is wall time from connect to the last byte,
so it includes the time a connection waits in the listen queue and for a free worker. The kernel's
listen-queue overflows (``ListenOverflows`` of /proc/net/netstat) are counted over the run: each is
a connection the kernel dropped and the client had to retry a second or more later.

The server's CPU seconds (its process and its workers, from /proc) are given beside the wall time,
since the machine is shared. Prints a markdown table; the goal is no failure and p99 under 2 s.
"""
from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import select
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
KG = Path(sys.executable).with_name("kg")
SEED = REPO / "seeds"

QUERIES = (
    "sparql?query=" + urllib.parse.quote("SELECT ?m ?label WHERE { ?m a kg:Meeting ; rdfs:label ?label }"),
    "sparql?query=" + urllib.parse.quote("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
    "",
)
GOAL_P99_S = 2.0


def listen_overflows() -> int | None:
    try:
        lines = Path("/proc/net/netstat").read_text().splitlines()
    except OSError:
        return None
    for head, values in zip(lines[::2], lines[1::2], strict=False):
        if head.startswith("TcpExt:"):
            fields = dict(zip(head.split()[1:], values.split()[1:], strict=True))
            return int(fields.get("ListenOverflows", 0))
    return None


def cpu_seconds(pid: int) -> float:
    """User+system CPU seconds of a process and its children that have been waited for, plus its live
    children (the query workers)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pids = [pid]
    try:
        pids += [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        pass
    for p in pids:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(x) for x in fields[11:15]) / tick  # utime, stime, cutime, cstime
    return total


def start_server(graph: Path) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen([str(KG), "serve", str(graph), "--port", "0", "--quiet"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    ready, _, _ = select.select([process.stdout], [], [], 120)
    line = process.stdout.readline() if ready else ""
    match = re.search(r"(http://\S+/)sparql", line)
    if match is None:
        process.kill()
        sys.exit(f"kg serve printed no URL: {line!r}")
    return process, match[1]


def run_load(base: str, *, requests: int, threads: int, client_timeout: float) -> tuple[list[float], list[str]]:
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    counter = iter(range(requests))
    start = threading.Barrier(threads)

    def client() -> None:
        start.wait()
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                return
            url = base + QUERIES[i % len(QUERIES)]
            t = time.perf_counter()
            try:
                with urllib.request.urlopen(url, timeout=client_timeout) as response:
                    response.read()
                    ok = response.status == 200
                    why = f"HTTP {response.status}"
            except urllib.error.HTTPError as e:
                ok, why = False, f"HTTP {e.code}: {e.read()[:80]!r}"
            except OSError as e:
                ok, why = False, f"{type(e).__name__}: {e}"
            elapsed = time.perf_counter() - t
            with lock:
                latencies.append(elapsed)
                if not ok:
                    failures.append(why)

    pool = [threading.Thread(target=client) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return latencies, failures


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--graph", type=Path, help="graph file to serve (default: the seed, built now)")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=200)
    parser.add_argument("--client-timeout", type=float, default=30.0)
    parser.add_argument("--runs", type=int, default=1, help="repeat the load this many times (a row each)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        graph = args.graph
        if graph is None:
            from kg.corpus import build

            build([SEED], Path(tmp), write_html=False, use_cache=False)
            graph = Path(tmp) / "graph.trig"
        process, base = start_server(graph)
        try:
            print(f"kg serve {graph.name}: {args.requests} GETs from {args.threads} threads, "
                  f"{platform.machine()}, {os.cpu_count()} cores (shared), Python {platform.python_version()}, "
                  f"{datetime.date.today()}\n")
            print("| run | requests | threads | failures | p50 s | p90 s | p99 s | max s | wall s | "
                  "requests/s | server CPU s | listen overflows | p99 < 2 s |")
            print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
            for run in range(1, args.runs + 1):
                overflows, cpu = listen_overflows(), cpu_seconds(process.pid)
                t = time.perf_counter()
                latencies, failures = run_load(base, requests=args.requests, threads=args.threads,
                                               client_timeout=args.client_timeout)
                wall = time.perf_counter() - t
                cpu = cpu_seconds(process.pid) - cpu
                after = listen_overflows()
                dropped = "–" if overflows is None or after is None else f"{after - overflows:,}"
                p99 = percentile(latencies, 0.99)
                print(f"| {run} | {len(latencies):,} | {args.threads} | {len(failures)} | "
                      f"{statistics.median(latencies):.3f} | {percentile(latencies, 0.90):.3f} | {p99:.3f} | "
                      f"{max(latencies):.3f} | {wall:.1f} | {len(latencies) / wall:,.0f} | {cpu:.1f} | "
                      f"{dropped} | {'yes' if p99 < GOAL_P99_S and not failures else 'NO'} |")
                for why in sorted(set(failures))[:5]:
                    print(f"  failure: {why} ({failures.count(why)}×)", file=sys.stderr)
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


if __name__ == "__main__":
    main()
