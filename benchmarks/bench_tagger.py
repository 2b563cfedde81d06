"""CPU cost of the learned tagger (kg/extract/learned.py) over the 29 government work reports.

``python benchmarks/bench_tagger.py [--model DIR]`` — DIR holds tagger.crfsuite and tagger.json (default: the
package's kg/models; with none shipped, one is trained on ../shared/devset first with tools/train_tagger.py).
Prints one table row: characters, CPU seconds of the rules alone, of rules + tagger, and the tagger's cost per
100,000 characters. CPU seconds (process time), not wall time: the machine is shared.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.document import make_document  # noqa: E402
from kg.extract import extract, learned  # noqa: E402
from kg.lexicon import load_lexicon  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "gov-work-reports-2026"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, default=REPO / "kg" / "models")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        model = args.model
        if not (model / learned.MODEL_FILE).is_file():
            model = Path(tmp)
            print(f"no model in {args.model}: training one on the dev set into {tmp}", file=sys.stderr)
            subprocess.run([sys.executable, str(REPO / "tools" / "train_tagger.py"), "--out", tmp], check=True)
        cutoffs = json.loads((model / learned.META_FILE).read_text(encoding="utf-8"))["cutoffs"]
        tagger = learned.Tagger(str(model / learned.MODEL_FILE), cutoffs)
        lex = load_lexicon()
        files = sorted(args.corpus.glob("*.txt"))
        texts = [(f.name, f.read_text(encoding="utf-8")) for f in files]
        chars = sum(len(t) for _, t in texts)
        learned._pos_table()  # jieba's tables, loaded once a process, outside the measure
        extract(make_document(texts[0][1], source=texts[0][0]), lexicon=lex, tagger=None)

        def cpu(tg) -> tuple[float, int]:
            t, added = time.process_time(), 0
            for name, text in texts:
                ex = extract(make_document(text, source=name), lexicon=lex, tagger=tg)
                added += sum(all(m.rule.startswith("learned:") for m in e.mentions) for e in ex.entities)
            return time.process_time() - t, added

        rules, _ = cpu(None)
        both, added = cpu(tagger)
    print("| texts | chars | rules CPU s | rules+tagger CPU s | tagger CPU s / 100k chars | entities added |")
    print("|---|---|---|---|---|---|")
    print(f"| {len(texts)} | {chars:,} | {rules:.2f} | {both:.2f} | {100_000 * (both - rules) / chars:.2f} | {added} |")


if __name__ == "__main__":
    main()
