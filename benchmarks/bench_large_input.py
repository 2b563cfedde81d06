"""Large input: does one big text build in time linear in its size, with bounded memory?

Users feed 50 MB dumps. This script makes texts of 1, 5, 10, 25 and 50 MB (UTF-8) by
concatenating the 2026 government work reports in ../shared/corpus, builds each with
``kg.corpus.build`` (one worker, no cache, no HTML: the cost of the text itself) in a fresh process,
and prints a table: seconds (wall and CPU), characters per CPU second, the CPU cost per character
relative to the smallest size (1.0 everywhere means linear; a quadratic step makes it grow with
the size), the build's stages, and the process's peak RSS.

CPU seconds are the measure to compare: the machine is shared, and wall time counts the waits.
A build that takes longer than ``--budget`` seconds or more than ``--max-rss-mb`` of memory is
stopped (the machine is shared), and larger sizes are not tried.

    .venv/bin/python benchmarks/bench_large_input.py                       # 1 5 10 25 50 MB
    .venv/bin/python benchmarks/bench_large_input.py --sizes 0.5 1 2       # a quick look
    .venv/bin/python benchmarks/bench_large_input.py --sizes 1 2 --profile # where the time goes
"""
from __future__ import annotations

import argparse
import inspect
import json
import os
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "gov-work-reports-2026"
WORK = REPO / "benchmarks" / "out" / "large-input"
MB = 1_000_000


def make_text(size_mb: float, corpus: Path = CORPUS) -> Path:
    """About ``size_mb`` MB of UTF-8: the corpus reports one after another, repeated, cut at a line end."""
    target = int(size_mb * MB)
    path = WORK / f"input-{size_mb:g}MB.txt"
    if path.exists() and abs(path.stat().st_size - target) < 10_000:
        return path
    reports = [p.read_bytes() for p in sorted(corpus.glob("*.txt"))]
    if not reports:
        raise SystemExit(f"no .txt files in {corpus}")
    WORK.mkdir(parents=True, exist_ok=True)
    parts, size, i = [], 0, 0
    while size < target:
        chunk = reports[i % len(reports)].rstrip(b"\n") + b"\n"
        parts.append(chunk)
        size += len(chunk)
        i += 1
    data = b"".join(parts)
    cut = data.rfind(b"\n", 0, target)
    path.write_bytes(data[: cut + 1 if cut > 0 else target])
    return path


def extract_only(path: Path) -> SimpleNamespace:
    """Read, segment and extract, nothing more: what the extractor alone costs (the stage a build shares
    with ``kg.pipeline``), to tell it apart from graphing and writing."""
    from kg.document import make_document
    from kg.extract import extract
    from kg.reader import read_text

    t = time.perf_counter()
    ex = extract(make_document(read_text(path), source=path.name))
    entities = Counter(e.type for e in ex.entities)
    return SimpleNamespace(triples=0, entities_by_type=entities, failed=[],
                           stage_seconds={"extract": time.perf_counter() - t})


def child(path: Path, out_dir: Path, profile: Path | None, *, only_extract: bool = False) -> None:
    """Build one text in this process and print what it cost as JSON (run by the parent per size)."""
    from kg.corpus import build

    wanted = {"write_html": False, "workers": 1, "use_cache": False}
    accepted = inspect.signature(build).parameters
    options = {k: v for k, v in wanted.items() if k in accepted}
    def run():
        return extract_only(path) if only_extract else build([path], out_dir, **options)

    wall, cpu = time.perf_counter(), time.process_time()
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        summary = profiler.runcall(run)
        profiler.dump_stats(profile)
    else:
        summary = run()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    chars = len(path.read_text(encoding="utf-8"))
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({
        "bytes": path.stat().st_size, "chars": chars, "wall": wall, "cpu": cpu, "peak_mb": peak_kb / 1024,
        "triples": summary.triples, "entities": sum(summary.entities_by_type.values()),
        "stages": getattr(summary, "stage_seconds", {}), "failed": summary.failed,
    }))


def _rss_mb(pid: int) -> float:
    """Resident memory of a process from /proc (Linux); 0 where that is not available."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run_size(size_mb: float, *, budget: float, max_rss_mb: float, profile: bool,
             only_extract: bool = False) -> dict:
    """Build one size in a child process; stop it past ``budget`` seconds or ``max_rss_mb`` of memory.

    The memory cap protects a shared machine: a build that needs more is stopped and reported.
    """
    path = make_text(size_mb)
    out = WORK / f"build-{size_mb:g}MB"
    prof = WORK / f"profile-{size_mb:g}MB.pstats" if profile else None
    cmd = [sys.executable, __file__, "--child", str(path), str(out)]
    if prof:
        cmd += ["--profile-to", str(prof)]
    if only_extract:
        cmd.append("--extract-only")
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONHASHSEED": "0"})
    peak, stopped = 0.0, None
    while proc.poll() is None:
        peak = max(peak, _rss_mb(proc.pid))
        if peak > max_rss_mb:
            stopped = f"stopped at {peak:,.0f} MB RSS (cap {max_rss_mb:,.0f})"
        elif time.perf_counter() - started > budget:
            stopped = f"stopped after {budget:,.0f} s"
        if stopped:
            proc.kill()
            proc.wait()
            break
        time.sleep(0.5)
    stdout, stderr = proc.communicate()
    row = {"size_mb": size_mb, "bytes": path.stat().st_size, "elapsed": time.perf_counter() - started,
           "peak_seen_mb": peak}
    if stopped:
        row["stopped"] = stopped
        return row
    if proc.returncode != 0:
        raise SystemExit(f"build of {path} failed:\n{stderr[-3000:]}")
    row.update(json.loads(stdout.strip().splitlines()[-1]))
    if prof:
        row["profile"] = str(prof)
    return row


def print_table(rows: list[dict]) -> None:
    head = ("| MB | chars | wall s | CPU s | chars/CPU s | cost/char vs first | extract s | graph s "
            "| write s | triples | peak RSS MB |")
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    done = [r for r in rows if "stopped" not in r]
    first = done[0]["cpu"] / done[0]["chars"] if done else None
    for r in rows:
        if "stopped" in r:
            print(f"| {r['size_mb']:g} | – | {r['elapsed']:.0f} | – | – | – | – | – | – | – "
                  f"| {r['stopped']} |")
            continue
        st = r.get("stages", {})
        per_char = r["cpu"] / r["chars"]
        stages = " | ".join(f"{st.get(name, float('nan')):.1f}" for name in ("extract", "graph", "write"))
        print(f"| {r['size_mb']:g} | {r['chars']:,} | {r['wall']:.1f} | {r['cpu']:.1f} "
              f"| {r['chars'] / r['cpu']:,.0f} | {per_char / first:.2f} | {stages} | {r['triples']:,} "
              f"| {r['peak_mb']:,.0f} |")


def print_profile(path: str, top: int = 15) -> None:
    import pstats

    print(f"\n{path} (top {top} by own time):")
    pstats.Stats(path).sort_stats("tottime").print_stats(top)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 5, 10, 25, 50], help="text sizes in MB")
    ap.add_argument("--budget", type=float, default=3600, help="seconds allowed per size (default 3600)")
    ap.add_argument("--max-rss-mb", type=float, default=7000,
                    help="stop a build using more memory than this (MB; default 7000: the machine is shared)")
    ap.add_argument("--profile", action="store_true", help="cProfile each build and print the top functions")
    ap.add_argument("--extract-only", action="store_true",
                    help="read, segment and extract only: no graph, no outputs (what the extractor costs)")
    ap.add_argument("--child", nargs=2, metavar=("TEXT", "OUT"), help=argparse.SUPPRESS)
    ap.add_argument("--profile-to", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]), Path(args.profile_to) if args.profile_to else None,
              only_extract=args.extract_only)
        return
    if not CORPUS.is_dir():
        raise SystemExit(f"{CORPUS} is absent: the benchmark concatenates the corpus texts beside it")
    rows = []
    for size in sorted(args.sizes):
        print(f"building {size:g} MB …", file=sys.stderr, flush=True)
        row = run_size(size, budget=args.budget, max_rss_mb=args.max_rss_mb, profile=args.profile,
                       only_extract=args.extract_only)
        rows.append(row)
        print(json.dumps(row), file=sys.stderr, flush=True)
        if "stopped" in row:  # larger sizes would only be stopped later
            break
    print_table(rows)
    if args.profile:
        for r in rows:
            if "profile" in r:
                print_profile(r["profile"])


if __name__ == "__main__":
    main()
