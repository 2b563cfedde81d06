"""Draw entities or relations at random from a corpus, each with the text it was read from, to judge by hand.

``python tools/sample_corpus.py entities ../shared/corpus/gov-work-reports-2026 -n 100 --seed 2026``
``python tools/sample_corpus.py relations ../shared/corpus/gov-work-reports-2026 -n 10 --seed 2026``
``python tools/sample_corpus.py entities FOLDER -n 30 --labels names.txt`` (only entities with one of those labels)
``python tools/sample_corpus.py entities ../shared/corpus/gov-work-reports-2026 -n 50 --rule learned:`` (the tagger's)

Entities are the corpus graph's nodes (one per key, whatever the number of texts naming it), indicators left out;
each is shown with one mention in context. Used for the precision samples in the issue notes.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.document import make_document  # noqa: E402
from kg.extract import extract  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["entities", "relations"])
    ap.add_argument("folder", type=Path)
    ap.add_argument("-n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--labels", type=Path, help="a file of labels, one a line: draw only among those entities")
    ap.add_argument("--rule", default="", help="only entities all of whose mentions come from rules starting "
                                               "with this (learned: the tagger's additions)")
    args = ap.parse_args()
    wanted = set(args.labels.read_text(encoding="utf-8").split()) if args.labels else None
    entities: dict[str, tuple[str, str, str, str]] = {}
    relations = []
    for f in sorted(args.folder.glob("*.txt")):
        doc = make_document(f.read_text(encoding="utf-8"), source=f.name)
        ex = extract(doc)
        label = {e.key: e.label for e in ex.entities}
        for e in ex.entities:
            if wanted is not None and e.label not in wanted \
                    or not all(m.rule.startswith(args.rule) for m in e.mentions):
                continue
            m = e.mentions[0]
            context = doc.text[max(0, m.start - 12):m.end + 8].replace("\n", " ")
            entities.setdefault(e.key, (e.type, e.label, context, f.stem))
        for r in ex.relations:
            relations.append((label[r.subject], r.predicate, label[r.object], r.evidence.text.replace("\n", " "),
                              f.stem))
    rng = random.Random(args.seed)
    if args.what == "entities":
        keys = sorted(entities)
        print(f"{len(keys)} entities; {args.n} drawn (seed {args.seed})")
        for i, k in enumerate(sorted(rng.sample(keys, min(args.n, len(keys)))), 1):
            t, lab, ctx, doc = entities[k]
            print(f"{i:3d}\t{t}\t{lab}\t…{ctx}…\t{doc}")
    else:
        print(f"{len(relations)} relations; {args.n} drawn (seed {args.seed})")
        for i, r in enumerate(rng.sample(relations, min(args.n, len(relations))), 1):
            print(f"{i:3d}\t{r[0]} —{r[1]}→ {r[2]}\t{r[3][:160]}\t{r[4]}")


if __name__ == "__main__":
    main()
