"""Scale: where time and memory go per build stage, at 10^3 texts made by replicating the corpus.

The 29 government work reports of ../shared/corpus and ``--copies`` altered copies of each (a
line ``（副本i）`` appended, so each copy is a different text and a new document with its own named
graph; the entities stay shared, as in a corpus of the same provinces over many years) are built
with ``kg.corpus.build`` (what ``kg build`` runs), with the cache and without the HTML view. The
build's progress callback marks where each stage starts; at each mark the script records CPU
seconds (this process and its workers) and a thread samples the resident set every 0.1 s, so each
stage gets its CPU seconds and the peak RSS reached during it.

CPU seconds are the figure to compare: the machine is shared. A build that passes ``--max-rss-mb``
is stopped (the machine is shared), and the table says so.

    .venv/bin/python benchmarks/bench_scale.py --copies 4     # 145 texts, a quick look
    .venv/bin/python benchmarks/bench_scale.py --copies 34    # 1,015 texts (docs/scale.md)
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "gov-work-reports-2026"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_corpus import machine, million_triple_corpus  # noqa: E402
from bench_large_input import _rss_mb  # noqa: E402


def _tree_rss_mb() -> float:
    """RSS of this process and its worker processes (children), in MB."""
    total = _rss_mb(os.getpid())
    try:
        children = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").read_text().split()
    except OSError:
        children = []
    return total + sum(_rss_mb(c) for c in children)


def _cpu() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


class StageMeter:
    """Marks stage boundaries (from the build's progress callback) and the RSS peak within each."""

    def __init__(self, max_rss_mb: float) -> None:
        self.max_rss_mb = max_rss_mb
        self.stages: list[list] = []  # [name, wall start, cpu start, peak rss]
        self.over = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def mark(self, stage: str) -> None:
        if not self.stages or self.stages[-1][0] != stage:
            if self.stages:  # said as it happens, so that a run stopped from outside still tells
                name, w0, c0, peak = self.stages[-1]
                print(f"  {name} done: {time.perf_counter() - w0:.1f} s wall, {_cpu() - c0:.1f} s CPU, "
                      f"peak {peak:,.0f} MB", file=sys.stderr, flush=True)
            self.stages.append([stage, time.perf_counter(), _cpu(), _tree_rss_mb()])

    def progress(self, stage: str, done: int, total: int) -> None:
        self.mark(stage)

    def _sample(self) -> None:
        while not self._stop.wait(0.1):
            rss = _tree_rss_mb()
            if self.stages:
                self.stages[-1][3] = max(self.stages[-1][3], rss)
            if rss > self.max_rss_mb and not self.over:
                self.over = True
                os.kill(os.getpid(), 2)  # KeyboardInterrupt in the main thread: the build stops cleanly

    def __enter__(self) -> StageMeter:
        self.mark("read")
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.mark("end")
        self._stop.set()
        self._thread.join()

    def rows(self) -> list[tuple[str, float, float, float]]:
        out = []
        for (name, w0, c0, peak), (_, w1, c1, _) in zip(self.stages, self.stages[1:], strict=False):
            out.append((name, w1 - w0, c1 - c0, peak))
        return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=34, help="altered copies of each report (34: 1,015 texts)")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--max-rss-mb", type=float, default=16_000)
    ap.add_argument("--keep", type=Path, default=None, help="build into this folder and keep it")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is missing")
        return 0
    from kg.corpus import build

    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory(prefix="kg-scale-") as tmp:
        inputs = million_triple_corpus(CORPUS, Path(tmp) / "texts", args.copies)
        files = sorted(inputs.glob("*.txt"))
        chars = sum(len(f.read_text(encoding="utf-8")) for f in files)
        out = args.keep or Path(tmp) / "out"
        if out.exists():
            shutil.rmtree(out)
        print(f"{len(files)} texts, {chars:,} characters, workers {args.workers}")
        meter = StageMeter(args.max_rss_mb)
        summary = None
        try:
            with meter:
                summary = build([inputs], out, workers=args.workers, write_html=False,
                                progress=meter.progress)
        except KeyboardInterrupt:
            if not meter.over:
                raise
        peak_total = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print()
        print("| stage | wall s | CPU s | CPU ms per text | peak RSS MB (process + workers) |")
        print("|---|---:|---:|---:|---:|")
        for name, w, c, peak in meter.rows():
            print(f"| {name} | {w:.1f} | {c:.1f} | {1000 * c / len(files):.1f} | {peak:,.0f} |")
        total_cpu = sum(r[2] for r in meter.rows())
        total_wall = sum(r[1] for r in meter.rows())
        print(f"| total | {total_wall:.1f} | {total_cpu:.1f} | {1000 * total_cpu / len(files):.1f} | "
              f"{peak_total:,.0f} (ru_maxrss of the main process) |")
        if meter.over:
            print(f"\nstopped: RSS passed {args.max_rss_mb:,.0f} MB")
            return 1
        print(f"\n{summary.triples:,} triples ({summary.triples / chars:.2f} per character), "
              f"{sum(summary.entities_by_type.values()):,} entities; "
              f"{chars / total_cpu:,.0f} characters per CPU second")
        sizes = {p.name: p.stat().st_size for p in summary.outputs if p.exists()}
        print("outputs: " + ", ".join(f"{k} {v / 1e6:,.0f} MB" for k, v in sorted(sizes.items())))
        cache = out / ".kg-cache"
        if cache.is_dir():
            size = sum(f.stat().st_size for f in cache.rglob("*") if f.is_file())
            print(f"cache: {size / 1e6:,.0f} MB")
        print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
