"""Per extraction mechanism of issue 11: its hit count on a corpus and 20 hits drawn at random, to judge by hand.

``python tools/sample_mechanisms.py ../shared/corpus/gov-work-reports-2026 --seed 7``

A hit is one mention whose rule belongs to the mechanism (the rule names are in each module of kg/extract);
each is printed with its type, its text and ten characters of context either side. The judged tables go into
the issue notes.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.document import make_document  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.lexicon import load_lexicon  # noqa: E402

MECHANISMS = {
    "1 enumerations with any category": ("enum:member", "enum:category", "enum:same-ending"),
    "2 quoted names typed by context": ("formula:quoted", "formula:article-package", "formula:quoted-head"),
    "3 industry names by head": ("head:industry",),
    "4 institutions, platforms and zones by suffix": ("head:organization", "org:institution", "place:zone",
                                                      "head:place"),
    "5 programme names, verbs inside": ("formula:policy-head", "formula:strategy-head"),
    "6 places beyond the hand list (regions, areas, the gazetteer)": ("place:region", "place:area", "gazetteer"),
    "7 shared heads": ("enum:shared-head", "enum:shared-head-last"),
    "9 names relative to their document (qualified bodies)": ("org:body",),
    "strategic goals (cities to build, a province's chapter)": ("formula:goal-city", "formula:place-chapter"),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("-n", type=int, default=20)
    args = ap.parse_args()
    lex = load_lexicon()
    gazetteer = set(lex.get("gazetteer"))
    for name in list(gazetteer):
        gazetteer.update(lex.alias_map("gazetteer").get(name, ()))
    hits = defaultdict(list)
    for f in sorted(args.folder.glob("*.txt")):
        doc = make_document(f.read_text(encoding="utf-8"), source=f.name)
        for e in extract(doc).entities:
            for m in e.mentions:
                rule = "gazetteer" if m.rule == "lexicon:place" and m.text in gazetteer else m.rule
                context = doc.text[max(0, m.start - 10):m.end + 10].replace("\n", " ")
                hits[rule].append((e.type, e.label, context, f.stem))
    rng = random.Random(args.seed)
    for title, rules in MECHANISMS.items():
        found = [h for r in rules for h in hits.get(r, [])]
        print(f"## {title}: {len(found)} corpus hits")
        for i, (etype, label, context, doc) in enumerate(rng.sample(found, min(args.n, len(found))), 1):
            print(f"{i:3d}\t{etype}\t{label}\t…{context}…\t{doc}")


if __name__ == "__main__":
    main()
