"""Extraction on pathological inputs: long runs of digits and numerals, and other degenerate texts.

    .venv/bin/python benchmarks/bench_pathological.py            # every case, at its size and twice it
    .venv/bin/python benchmarks/bench_pathological.py --case issue --case numerals

Each case is a text made of one unit repeated (100,000 ASCII digits on one line, 20,000 Chinese
numerals, runs of full-width digits, enumerations of numerals, …), segmented and extracted in this
process (``make_document`` + ``extract``, no graph) at size n and 2n. CPU seconds (user + system of
this process; the machine is shared, so wall time says little); "2n/n" is the ratio of the two: about
2 is linear, about 4 quadratic. jieba and the lexicons are loaded before the first case.

Issue 15 timed 100,000 digits plus 10,000 full-width digits at 203 s, 20,000 digits at 6.3 s (6.0 in
``find_meetings``) and 20,000 numerals at 29 s: meeting patterns tried every position of a run of
numerals again, each time to the run's end. Prints a markdown table.
"""
from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.document import make_document  # noqa: E402
from kg.extract import extract  # noqa: E402

SEED = REPO / "seeds" / "000_a0e522b26099673f.txt"


def _seed_lines(n: int) -> str:
    seed = SEED.read_text(encoding="utf-8")
    return "\n".join([seed] * max(1, n // len(seed)))


#: name → (what it is, size n in characters, text of about n characters)
CASES = {
    "issue": ("100,000 digits on one line, then 10,000 full-width digits (the issue's 130 KB)", 110_000,
              lambda n: "会议" + "1" * (n * 10 // 11) + "\n" + "１" * (n // 11) + "。"),
    "digits": ("ASCII digits on one line", 20_000, lambda n: "1" * n),
    "fullwidth": ("full-width digits", 20_000, lambda n: "１" * n),
    "numerals": ("Chinese numerals 二", 20_000, lambda n: "二" * n),
    "term-session": ("第十…届二…次1… repeated (numeral runs before 届 and 次)", 60_000,
                     lambda n: ("第" + "十" * (n // 12) + "届" + "二" * (n // 12) + "次" + "1" * (n // 12) + "%，") * 4),
    "enumeration": ("二、 repeated (an enumeration of numerals)", 20_000, lambda n: "会议" + "二、" * (n // 2) + "。"),
    "percentages": ("1.5% repeated in one sentence", 20_000, lambda n: "会议" + "1.5%" * (n // 4) + "。"),
    "seed-lines": ("the seed speech joined by newlines", 1_000_000, _seed_lines),
}


def cpu() -> float:
    t = os.times()
    return t.user + t.system


def run(text: str) -> float:
    start = cpu()
    extract(make_document(text, source="p.txt"))
    return cpu() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--case", action="append", choices=sorted(CASES), help="run only these cases")
    args = parser.parse_args()
    run("会议审议通过了政府工作报告。")  # loads jieba and the lexicons
    print(f"{platform.machine()}, {os.cpu_count()} cores (shared), Python {platform.python_version()}, "
          f"{datetime.date.today()}\n")
    print("| case | input | n chars | CPU s at n | CPU s at 2n | 2n/n |")
    print("|---|---|---|---|---|---|")
    for name in args.case or list(CASES):
        what, n, make = CASES[name]
        small, large = run(make(n)), run(make(2 * n))
        print(f"| {name} | {what} | {n:,} | {small:.2f} | {large:.2f} | {large / max(small, 0.01):.1f} |",
              flush=True)


if __name__ == "__main__":
    main()
