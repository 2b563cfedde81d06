"""Issue 13's targets: one-worker throughput, the cost of mapping and writing against extraction,
memory against corpus size and against one large text, triples per character, two local workers and
a Dask cluster against one worker. Prints a markdown table of ratios, each against a floor measured
in the same run.

- throughput: CPU seconds of a one-worker build in a warm process (jieba and our tokenizer loaded),
  against ``jieba.lcut`` over the same texts (CPU seconds too, the machine being shared): with every
  default output, and with graph.nq and the on-disk store only (``formats=("nq",)``, ``store_dir``);
- extraction vs mapping and writing: the same build's CPU by stage (``BuildSummary.stage_cpu``);
- memory: peak RSS of fresh-process builds (every default output, one worker, no cache) of the corpus
  and of the corpus with four altered copies of every text (5×: 145 files, each a new document);
  and of one 6 MB text made by concatenating the reports;
- scaling: wall seconds (and CPU seconds, the workers' included) of fresh ``kg build --no-cache`` runs, kg's
  modules compiled to bytecode first (as installed), with one and two local workers, and with
  ``--scheduler`` on a ``dask scheduler`` with two ``dask worker`` processes (one thread each) started
  here on 127.0.0.1 and warmed by one build. Wall time is what scaling is about, so run it when the
  machine is quiet; the load average is printed.

    .venv/bin/python benchmarks/bench_stream.py
    .venv/bin/python benchmarks/bench_stream.py --skip-large --skip-dask
    .venv/bin/python benchmarks/bench_stream.py --scaling-only --repeat 3    # on a quiet machine
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_corpus import CORPUS, SEEDS, jieba_throughput, machine, run_python  # noqa: E402

KG = str(Path(sys.executable).parent / "kg")
DASK = str(Path(sys.executable).parent / "dask")
MB = 1_000_000


def warm_build(corpus: Path, work: Path, **options) -> dict:
    """CPU seconds, stage CPU, triples and characters of a one-worker build in a warm process."""
    out = run_python(f"""
        import json, time
        from pathlib import Path
        from kg.corpus import build
        build([{str(SEEDS)!r}], {str(work / 'warm')!r}, workers=1, use_cache=False, write_html=False)
        t = time.process_time()
        s = build([{str(corpus)!r}], {str(work / 'warm-build')!r}, workers=1, use_cache=False, **{options!r})
        cpu = time.process_time() - t
        chars = sum(len(p.read_text(encoding="utf-8")) for p in Path({str(corpus)!r}).rglob("*.txt"))
        print(json.dumps({{"cpu": cpu, "stages": s.stage_cpu, "triples": s.triples, "chars": chars}}))
    """)
    shutil.rmtree(work / "warm-build", ignore_errors=True)
    return json.loads(out)


def peak_build(paths: list[Path], out: Path, *extra: str) -> tuple[float, int, float]:
    """(peak RSS MB, triples, CPU s) of ``kg build PATHS -o OUT --workers 1 --no-cache`` in a fresh process."""
    cmd = [KG, "build", *map(str, paths), "-o", str(out), "--workers", "1", "--no-cache", *extra]
    res = run_python(f"""
        import re, resource, subprocess, sys
        r = subprocess.run({cmd!r}, capture_output=True, text=True)
        if r.returncode:
            sys.exit(r.stderr[-2000:])
        ru = resource.getrusage(resource.RUSAGE_CHILDREN)
        print(ru.ru_maxrss / 1024, re.search(r"(\\d+) triples", r.stdout).group(1), ru.ru_utime + ru.ru_stime)
    """)
    shutil.rmtree(out, ignore_errors=True)
    mb, triples, cpu = res.split()
    return float(mb), int(triples), float(cpu)


def copies(corpus: Path, target: Path, n: int) -> Path:
    """The corpus and ``n - 1`` altered copies of every text (each a different document)."""
    target.mkdir(parents=True, exist_ok=True)
    for f in sorted(corpus.rglob("*.txt")):
        text = f.read_text(encoding="utf-8")
        shutil.copy(f, target / f.name)
        for i in range(n - 1):
            (target / f"{f.stem}-copy{i}.txt").write_text(f"{text}\n（副本{i}）\n", encoding="utf-8")
    return target


def large_text(corpus: Path, target: Path, size_mb: float) -> Path:
    reports = [p.read_text(encoding="utf-8").rstrip("\n") + "\n" for p in sorted(corpus.glob("*.txt"))]
    parts, size, i = [], 0, 0
    while size < size_mb * MB:
        parts.append(reports[i % len(reports)])
        size += len(parts[-1].encode("utf-8"))
        i += 1
    target.write_text("".join(parts), encoding="utf-8")
    return target


def same_outputs(a: Path, b: Path) -> bool:
    """Two builds' graph files byte for byte (the scaling rows' check that a faster build is the same build)."""
    return all((a / n).read_bytes() == (b / n).read_bytes()
               for n in ("graph.nq", "graph.ttl", "graph.trig", "graph.jsonld"))


def wall(cmd: list[str]) -> float:
    return timed(cmd)[0]


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, with the build's worker processes) of a command."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{r.stderr[-2000:]}")
    seconds = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return seconds, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def compile_bytecode() -> None:
    """kg's modules compiled to bytecode, as an installed kg has them: under PYTHONDONTWRITEBYTECODE (set in some
    shells) an editable checkout has none, and every fresh build compiled kg's 44 modules from source before its
    first text (0.1-0.15 CPU s, serial: before the workers fork)."""
    subprocess.run([sys.executable, "-c", "import compileall, os, kg; compileall.compile_dir(os.path.dirname(kg.__file__), "
                    "quiet=1)"], check=True)  # the kg the builds import (a PYTHONPATH's too)


def dask_cluster(workers: int) -> tuple[str, list[subprocess.Popen]]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    procs = [subprocess.Popen([DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    for _ in range(workers):
        procs.append(subprocess.Popen([DASK, "worker", address, "--nworkers", "1", "--nthreads", "1",
                                       "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    from distributed import Client

    deadline = time.monotonic() + 90
    while True:
        try:
            with Client(address, timeout="5s") as c:
                c.wait_for_workers(workers, timeout=60)
            return address, procs
        except (OSError, TimeoutError):
            if time.monotonic() > deadline:
                raise
            time.sleep(1)


def row(name: str, floor: str, ours: str, ratio: float, target: str, met: bool | None) -> str:
    verdict = "(for information)" if met is None else ("yes" if met else "**no**")
    return f"| {name} | {floor} | {ours} | {ratio:.2f} | {target} | {verdict} |"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--large-mb", type=float, default=6.0)
    ap.add_argument("--skip-large", action="store_true")
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--skip-scaling", action="store_true")
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--scaling-only", action="store_true",
                    help="only the scaling rows (2 local workers vs 1, Dask with 2 workers vs 1): for a quiet machine")
    ap.add_argument("--repeat", type=int, default=1,
                    help="pairs of one- and two-worker builds, one row each with the load beside it")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"{args.corpus}: no such folder (the corpus lives beside the checkout)", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="bench-stream-"))
    rows: list[str] = []
    notes: list[str] = []
    try:
        print(f"Machine: {machine()}\n", flush=True)
        if args.scaling_only:
            args.skip_memory = args.skip_large = True
        else:
            floor_cpu, chars = jieba_throughput(args.corpus)
            floor = chars / floor_cpu
            full = warm_build(args.corpus, work)
            ours = full["chars"] / full["cpu"]
            rows.append(row("throughput, 1 worker, every default output (chars per CPU s)",
                            f"jieba.lcut {floor:,.0f}", f"{ours:,.0f}", ours / floor, ">= 0.30", ours / floor >= 0.3))
            lean = warm_build(args.corpus, work, formats=["nq"], write_html=False, store_dir=str(work / "store"))
            ours_lean = lean["chars"] / lean["cpu"]
            rows.append(row("throughput, 1 worker, graph.nq and the store only (chars per CPU s)",
                            f"jieba.lcut {floor:,.0f}", f"{ours_lean:,.0f}", ours_lean / floor, ">= 0.50",
                            ours_lean / floor >= 0.5))
            st = full["stages"]
            rest = sum(v for k, v in st.items() if k != "extract")
            rows.append(row("mapping + writing vs extraction, every output (CPU s)", f"extraction {st['extract']:.2f}",
                            f"{rest:.2f}", rest / st["extract"], "< 1.0", rest < st["extract"]))
            rows.append(row("triples per character", f"{full['chars']:,} chars", f"{full['triples']:,} triples",
                            full["triples"] / full["chars"], "(report)", None))
            notes.append("Stage CPU of the one-worker build, every output: "
                         + ", ".join(f"{k} {v:.2f}" for k, v in st.items())
                         + "; graph.nq and store only: " + ", ".join(f"{k} {v:.2f}" for k, v in lean["stages"].items()))
            print("\n".join(rows), flush=True)

        if not args.skip_memory:
            one, t1, _ = peak_build([args.corpus], work / "m1")
            five_dir = copies(args.corpus, work / "five", 5)
            five, t5, _ = peak_build([five_dir], work / "m5")
            rows.append(row(f"memory: corpus 5x ({t5:,} triples) vs 1x ({t1:,}), peak RSS MB",
                            f"1x {one:,.0f}", f"{five:,.0f}", five / one, "<= 1.3", five / one <= 1.3))
            one_n, _, _ = peak_build([args.corpus], work / "m1n", "--no-html")
            five_n, _, _ = peak_build([five_dir], work / "m5n", "--no-html")
            rows.append(row("memory: the same, --no-html (peak RSS MB)", f"1x {one_n:,.0f}", f"{five_n:,.0f}",
                            five_n / one_n, "<= 1.3", five_n / one_n <= 1.3))
            shutil.rmtree(five_dir, ignore_errors=True)
            print(rows[-2] + "\n" + rows[-1], flush=True)
        if not args.skip_large:
            text = large_text(args.corpus, work / f"large-{args.large_mb:g}MB.txt", args.large_mb)
            n_chars = len(text.read_text(encoding="utf-8"))
            big, triples, cpu = peak_build([text], work / "large")
            rows.append(row(f"memory: one {args.large_mb:g} MB text, every output ({triples:,} triples, "
                            f"{triples / n_chars:.2f} per char, {cpu:.0f} CPU s), peak RSS MB",
                            "1,000", f"{big:,.0f}", big / 1000, "< 1.0", big < 1000))
            print(rows[-1], flush=True)
        if not args.skip_scaling:
            base = [KG, "build", str(args.corpus), "--no-cache", "--no-html"]
            compile_bytecode()
            notes.append("Scaling: kg's modules compiled to bytecode first (compileall), as an installed kg has them.")
            for _ in range(args.repeat):
                load = " ".join(f"{x:.1f}" for x in os.getloadavg())
                one_w, one_cpu = timed([*base, "-o", str(work / "w1"), "--workers", "1"])
                two_w, two_cpu = timed([*base, "-o", str(work / "w2"), "--workers", "2"])
                same = same_outputs(work / "w1", work / "w2")
                rows.append(row(f"scaling: 2 local workers vs 1, --no-html (wall s, CPU s in brackets; load {load}; "
                                f"outputs {'byte-identical' if same else 'DIFFER'})",
                                f"1 worker {one_w:.1f} ({one_cpu:.1f})", f"{two_w:.1f} ({two_cpu:.1f})",
                                one_w / two_w, ">= 1.7", one_w / two_w >= 1.7))
                print(rows[-1], flush=True)
            if not args.skip_dask:
                address, procs = dask_cluster(2)
                try:
                    wall([*base, "-o", str(work / "dwarm"), "--scheduler", address])  # workers load jieba
                    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
                    dask_w = wall([*base, "-o", str(work / "d2"), "--scheduler", address])
                finally:
                    for p in reversed(procs):
                        p.terminate()
                    for p in procs:
                        p.wait(timeout=30)
                same = same_outputs(work / "w1", work / "d2")
                rows.append(row(f"scaling: Dask, 2 workers vs 1 local worker (wall s; load {load}; "
                                f"outputs {'byte-identical' if same else 'DIFFER'})", f"1 worker {one_w:.1f}",
                                f"{dask_w:.1f}", one_w / dask_w, ">= 1.5", one_w / dask_w >= 1.5))
                print(rows[-1], flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\n| measure | floor | ours | ratio | target | met |\n| --- | --- | --- | --- | --- | --- |")
    print("\n".join(rows))
    print("\n" + "\n".join(notes))
    print(f"Load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
