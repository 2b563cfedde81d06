"""Corpus build speed and memory against floors measured in the same run; prints a markdown table.

Each target of issue 6 is a ratio against a floor, so that a slower or busier machine moves both:

- throughput: a one-worker build (in a process where jieba is already loaded) reaches >= 50% of the
  characters per second of plain ``jieba.lcut`` over the same texts;
- start-up: ``kg build`` of the seed in a fresh process takes <= 2x a fresh process that only imports
  jieba and loads its dictionary;
- scaling: two workers >= 1.6x faster than one on the corpus;
- memory: a build of about a million triples peaks under 1.5 GB (one worker: the whole build in one
  process);
- incremental: rebuilding the unchanged corpus is >= 10x faster than a clean build.

Every build runs as ``kg build`` in a fresh process (wall time, median of ``--repeat`` runs), except the
throughput build, which runs in one warm process to leave out start-up.

Usage::

    .venv/bin/python benchmarks/bench_corpus.py                      # ../shared/corpus/gov-work-reports-2026
    .venv/bin/python benchmarks/bench_corpus.py --corpus DIR --repeat 3 --skip-memory
    .venv/bin/python benchmarks/bench_corpus.py --profile            # where a one-worker build spends time
"""
from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "gov-work-reports-2026"
SEEDS = REPO / "seeds"
PYTHON = sys.executable
KG = str(Path(sys.executable).parent / "kg")


CPU: dict[str, float] = {}  # CPU seconds (user + sys, all processes) of the last run of each command kind


def _children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def wall(cmd: list[str], *, env: dict | None = None, kind: str | None = None) -> float:
    """Seconds a command takes, run to completion (its output discarded; a failure stops the benchmark).

    Its CPU seconds (with its worker processes) are kept in ``CPU[kind]``: on a shared machine the wall
    time of a parallel build says as much about the neighbours as about the build.
    """
    cpu = _children_cpu()
    started = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    took = time.perf_counter() - started
    if r.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({r.returncode}):\n{r.stderr[-2000:]}")
    if kind:
        CPU[kind] = _children_cpu() - cpu
    return took


def median_wall(cmd_for_run, repeat: int, *, kind: str | None = None) -> float:
    return statistics.median(wall(cmd_for_run(i), kind=kind) for i in range(repeat))


def run_python(code: str) -> str:
    r = subprocess.run([PYTHON, "-c", textwrap.dedent(code)], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(r.stderr[-2000:])
    return r.stdout.strip().splitlines()[-1]


def peak_rss_mb(cmd: list[str]) -> tuple[float, int]:
    """Peak resident memory of ``cmd`` (the largest of its processes, from a fresh parent) and the
    triples its summary line reports."""
    out = run_python(f"""
        import re, resource, subprocess, sys
        r = subprocess.run({cmd!r}, capture_output=True, text=True)
        if r.returncode:
            sys.exit(r.stderr[-2000:])
        triples = re.search(r"(\\d+) triples", r.stdout).group(1)
        print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, triples)
    """)
    mb, triples = out.split()
    return float(mb), int(triples)


# ---------------------------------------------------------------- the measures


def jieba_throughput(corpus: Path) -> tuple[float, int]:
    """(CPU seconds, characters) of jieba.lcut over the corpus, dictionary already loaded."""
    out = run_python(f"""
        import logging, time
        from pathlib import Path
        import jieba
        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        texts = [p.read_text(encoding="utf-8") for p in sorted(Path({str(corpus)!r}).rglob("*.txt"))]
        t = time.process_time()
        for text in texts:
            jieba.lcut(text)
        print(time.process_time() - t, sum(map(len, texts)))
    """)
    seconds, chars = out.split()
    return float(seconds), int(chars)


def build_throughput(corpus: Path, work: Path, *, html: bool) -> tuple[float, dict]:
    """CPU seconds of a one-worker clean build in a warm process (jieba and our tokenizer loaded).

    CPU rather than wall time, like the floor: both run in one process, and CPU time does not count
    the moments a busy machine gave the core to someone else."""
    out = run_python(f"""
        import json, time
        from kg.corpus import build
        build([{str(SEEDS)!r}], {str(work / 'warm')!r}, workers=1, use_cache=False, write_html=False)
        t = time.process_time()
        s = build([{str(corpus)!r}], {str(work / 'throughput')!r}, workers=1, use_cache=False,
                  write_html={html!r})
        print(json.dumps([time.process_time() - t, s.stage_seconds, s.triples]))
    """)
    import json

    seconds, stages, triples = json.loads(out)
    return seconds, {**stages, "triples": triples}


def profile_build(corpus: Path, work: Path, top: int = 25) -> str:
    """cProfile of a warm one-worker build: the entries with the most cumulative time."""
    return subprocess.run([PYTHON, "-c", textwrap.dedent(f"""
        import cProfile, pstats
        from kg.corpus import build
        build([{str(SEEDS)!r}], {str(work / 'warm')!r}, workers=1, use_cache=False, write_html=False)
        prof = cProfile.Profile()
        prof.enable()
        build([{str(corpus)!r}], {str(work / 'profile')!r}, workers=1, use_cache=False)
        prof.disable()
        stats = pstats.Stats(prof)
        stats.sort_stats("cumulative").print_stats("kg/|oxrdflib|rdflib/term|pyoxigraph", {top})
    """)], capture_output=True, text=True).stdout


def million_triple_corpus(corpus: Path, target: Path, copies: int) -> Path:
    """The corpus and ``copies`` altered copies of it (each a different text, so new documents)."""
    target.mkdir(parents=True, exist_ok=True)
    for f in sorted(corpus.rglob("*.txt")):
        text = f.read_text(encoding="utf-8")
        shutil.copy(f, target / f.name)
        for i in range(copies):
            (target / f"{f.stem}-copy{i}.txt").write_text(f"{text}\n（副本{i}）\n", encoding="utf-8")
    return target


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = " ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (f"{date.today()}, {cpu}, {os.cpu_count()} cores, {mem:.0f} GB, "
            f"Python {platform.python_version()}, "
            f"load average at start {load}")


def row(name: str, floor: str, ours: str, ratio: float, target: str, met: bool) -> str:
    return f"| {name} | {floor} | {ours} | {ratio:.2f} | {target} | {'yes' if met else '**no**'} |"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--repeat", type=int, default=1, help="runs per build timing (start-up always takes 3)")
    ap.add_argument("--copies", type=int, default=2, help="altered copies per text for the memory build")
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--profile", action="store_true", help="print a cProfile of a one-worker build and stop")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"{args.corpus}: no such folder (the corpus lives beside the checkout)", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    try:
        if args.profile:
            print(profile_build(args.corpus, work))
            return 0
        print(f"Machine: {machine()}\n")
        rows = []

        jieba_s, chars = jieba_throughput(args.corpus)
        build_s, stages = build_throughput(args.corpus, work, html=True)
        nohtml_s, _ = build_throughput(args.corpus, work, html=False)
        ratio = (chars / build_s) / (chars / jieba_s)
        rows.append(row("throughput, 1 worker (chars per CPU s)", f"jieba.lcut {chars / jieba_s:,.0f}",
                        f"{chars / build_s:,.0f}", ratio, ">= 0.50", ratio >= 0.5))
        ratio_nohtml = jieba_s / nohtml_s
        rows.append(row("throughput, 1 worker, --no-html (chars per CPU s)",
                        f"jieba.lcut {chars / jieba_s:,.0f}",
                        f"{chars / nohtml_s:,.0f}", ratio_nohtml, ">= 0.50", ratio_nohtml >= 0.5))

        load_jieba = "import logging, jieba; jieba.setLogLevel(logging.WARNING); jieba.initialize()"
        jieba_only = median_wall(lambda i: [PYTHON, "-c", load_jieba], 3)
        seed_build = median_wall(lambda i: [KG, "build", str(SEEDS), "-o", str(work / f"seed{i}"),
                                            "--no-cache"], 3)
        ratio = seed_build / jieba_only
        rows.append(row("start-up: kg build seeds/, fresh process (s)",
                        f"import jieba + dictionary {jieba_only:.2f}", f"{seed_build:.2f}", ratio, "<= 2.0",
                        ratio <= 2.0))

        def clean(workers: int):
            return lambda i: [KG, "build", str(args.corpus), "-o", str(work / f"w{workers}-{i}"),
                              "--no-cache", "--workers", str(workers)]

        one = median_wall(clean(1), args.repeat, kind="w1")
        two = median_wall(clean(2), args.repeat, kind="w2")
        ratio = one / two
        rows.append(row("scaling: 2 workers vs 1, clean corpus build (s)", f"1 worker {one:.1f}",
                        f"{two:.1f}", ratio, ">= 1.6", ratio >= 1.6))
        rows.append(row("scaling: CPU seconds of the same builds", f"1 worker {CPU['w1']:.1f}",
                        f"{CPU['w2']:.1f}", CPU["w1"] / CPU["w2"], "(for information)", True))

        out = work / "incremental"
        first = wall([KG, "build", str(args.corpus), "-o", str(out)])
        again = wall([KG, "build", str(args.corpus), "-o", str(out)])
        ratio = first / again
        rows.append(row("incremental: unchanged corpus rebuilt (s)", f"clean {first:.1f}", f"{again:.2f}",
                        ratio, ">= 10", ratio >= 10))
        fresh_out = wall([KG, "build", str(args.corpus), "-o", str(work / "from-cache"),
                          "--cache", str(out / ".kg-cache")])
        rows.append(row("incremental: from the cache into a new folder (s)", f"clean {first:.1f}",
                        f"{fresh_out:.1f}", first / fresh_out, "(for information)", True))
        changed = work / "changed"
        shutil.copytree(args.corpus, changed)
        wall([KG, "build", str(changed), "-o", str(work / "changed-out")])
        victim = sorted(changed.rglob("*.txt"))[0]
        victim.write_text(victim.read_text(encoding="utf-8").replace("。", "。\n", 1), encoding="utf-8")
        one_changed = wall([KG, "build", str(changed), "-o", str(work / "changed-out")])
        rows.append(row("incremental: one file changed (s)", f"clean {first:.1f}", f"{one_changed:.1f}",
                        first / one_changed, "(for information)", True))

        if not args.skip_memory:
            big = million_triple_corpus(args.corpus, work / "big", args.copies)
            mem_out = work / "big-out"
            mb, triples = peak_rss_mb([KG, "build", str(big), "-o", str(mem_out), "--no-cache",
                                       "--workers", "1"])
            rows.append(row(f"memory: build of {triples:,} triples, 1 worker (MB)", "1536", f"{mb:,.0f}",
                            mb / 1536, "< 1.0", mb < 1536))
            mb_nohtml, _ = peak_rss_mb([KG, "build", str(big), "-o", str(work / "big-nohtml"), "--no-cache",
                                     "--workers", "1", "--no-html"])
            rows.append(row(f"memory: build of {triples:,} triples, --no-html (MB)", "1536",
                            f"{mb_nohtml:,.0f}",
                            mb_nohtml / 1536, "< 1.0", mb_nohtml < 1536))

        print("| measure | floor | ours | ratio | target | met |")
        print("| --- | --- | --- | --- | --- | --- |")
        print("\n".join(rows))
        print(f"\nOne-worker build ({stages.pop('triples'):,} triples), wall seconds by stage: "
              + ", ".join(f"{k} {v:.1f}" for k, v in stages.items()))
        print("Load average at the end: " + " ".join(f"{x:.1f}" for x in os.getloadavg()))
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
