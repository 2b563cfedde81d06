"""Score a graph against a gold annotation file (the ANNOTATION.md format) — for users who annotate
their own texts and want to know how well the extractor reads them.

Gold lines: ``E``/``E?`` entities (TYPES may be ``A|B``; aliases ``|``-separated), ``R``/``R?`` relations,
``I`` indicators. Names are compared after NFKC with ``*``, white space and quotation/title marks removed.
Entities: a predicted entity of a type the gold line accepts, with any of its names among the gold
names, is a true positive (a core line) or neutral (an optional ``E?`` line); any other predicted
entity is a false positive. A relation is found when any direct triple links a node of each side.
An indicator is found when an Indicator node carries the gold number (within 0.2%, or as a fraction
of the percentage) and the gold label text is in its literals or those one node away.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg.errors import InputError
from kg.vocab import ENTITY_CLASSES

_STRIP = re.compile(r"[\s\*\"'“”‘’《》〈〉「」『』]")


def normalise(name: str) -> str:
    """>>> normalise('“十四五”规划 *')
    '十四五规划'
    """
    return _STRIP.sub("", unicodedata.normalize("NFKC", str(name)))


@dataclass
class GoldEntity:
    types: tuple[str, ...]
    canonical: str
    names: frozenset[str]
    core: bool


@dataclass
class Gold:
    entities: list[GoldEntity] = field(default_factory=list)
    relations: list[tuple[str, str, str, bool]] = field(default_factory=list)
    indicators: list[tuple[str, float, str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._index: dict[str, list[GoldEntity]] | None = None

    def lookup(self, name: str) -> list[GoldEntity]:
        if self._index is None:
            self._index = defaultdict(list)
            for e in self.entities:
                for n in e.names:
                    self._index[n].append(e)
        return self._index.get(normalise(name), [])


def read_gold(path: str | Path) -> Gold:
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: no such gold file", hint="give a .gold.tsv file in the ANNOTATION.md format")
    gold = Gold()
    from kg.reader import read_utf8

    text = read_utf8(p, what="gold file", hint="a gold file is UTF-8 text in the ANNOTATION.md format")
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        kind = f[0]
        try:
            if kind in ("E", "E?"):
                names = {normalise(f[2])} | {normalise(a) for a in (f[3].split("|") if len(f) > 3 and f[3] else [])}
                gold.entities.append(GoldEntity(tuple(f[1].split("|")), f[2], frozenset(names), kind == "E"))
            elif kind in ("R", "R?"):
                gold.relations.append((f[1], f[2], f[3] if len(f) > 3 else "", kind == "R"))
            elif kind == "I":
                gold.indicators.append((f[1], float(f[2]), f[3] if len(f) > 3 else "", f[4] if len(f) > 4 else ""))
            else:
                raise ValueError(f"unknown record kind {kind!r}")
        except (IndexError, ValueError) as e:
            raise InputError(f"{p}:{lineno}: malformed gold line ({e})",
                             hint="see ANNOTATION.md for the format") from e
    return gold


def _entity_nodes(g: Graph) -> dict:
    nodes: dict = {}
    classes = set(ENTITY_CLASSES)
    for s, _, c in g.triples((None, RDF.type, None)):
        t = re.split(r"[#/]", str(c))[-1]
        if t in classes and isinstance(s, URIRef):
            nodes.setdefault(s, {"types": set(), "names": set()})["types"].add(t)
    for s, info in nodes.items():
        for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel):
            info["names"].update(str(o) for o in g.objects(s, p))
    return nodes


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(g: Graph, gold: Gold) -> dict:
    """Per-type precision/recall/F1, micro scores, relation recall and indicator recall (plain dicts)."""
    nodes = _entity_nodes(g)
    tp, fp = defaultdict(int), defaultdict(int)
    false_pos = defaultdict(list)
    matched: dict[str, set] = defaultdict(set)
    for node, info in nodes.items():
        for t in info["types"] - {"Indicator"}:
            hits = [e for n in info["names"] for e in gold.lookup(n) if t in e.types]
            if not hits:
                fp[t] += 1
                false_pos[t].append(min(info["names"]) if info["names"] else str(node))
                continue
            for e in hits:
                matched[e.canonical].add(node)
            if any(e.core for e in hits):
                tp[t] += 1
    by_type = {}
    total_tp = total_fp = 0
    for t in ENTITY_CLASSES:
        if t == "Indicator":
            continue
        core = [e for e in gold.entities if e.core and e.types[0] == t]
        found = [e for e in core if e.canonical in matched]
        missed = [e.canonical for e in core if e.canonical not in matched]
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 0.0
        r = len(found) / len(core) if core else 0.0
        by_type[t] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                      "tp": tp[t], "fp": fp[t], "gold": len(core), "missed": missed,
                      "false_positives": sorted(false_pos[t])}
        total_tp += tp[t]
        total_fp += fp[t]
    core = [e for e in gold.entities if e.core]
    found = sum(1 for e in core if e.canonical in matched)
    micro_p = total_tp / (total_tp + total_fp) if total_tp + total_fp else 0.0
    micro_r = found / len(core) if core else 0.0
    micro_f = 2 * micro_p * micro_r / (micro_p + micro_r) if micro_p + micro_r else 0.0

    adjacency = defaultdict(set)
    for s, p, o in g:
        if p != RDF.type and isinstance(o, URIRef):
            adjacency[s].add(o)
            adjacency[o].add(s)

    def nodes_of(name: str) -> set:
        return set().union(*[matched.get(e.canonical, set()) for e in gold.lookup(name)] or [set()])

    rel_rows = []
    for subj, obj, note, is_core in gold.relations:
        ok = any(o in adjacency[s] for s in nodes_of(subj) for o in nodes_of(obj))
        rel_rows.append({"subject": subj, "object": obj, "note": note, "core": is_core, "found": ok})
    core_rels = [r for r in rel_rows if r["core"]]

    indicators = [n for n, info in nodes.items() if "Indicator" in info["types"]]
    near = {n: _literals_near(g, n) for n in indicators}
    ind_rows = []
    for label, value, unit, year in gold.indicators:
        want = normalise(label)
        ok = any(any(_same_number(x, value) for x in _numbers(lits))
                 and want in normalise(" ".join(map(str, lits)) + " ".join(nodes[n]["names"]))
                 for n, lits in near.items())
        ind_rows.append({"label": label, "value": value, "unit": unit, "period": year, "found": ok})

    return {
        "entities": {"precision": micro_p, "recall": micro_r, "f1": micro_f, "gold": len(core)},
        "by_type": by_type,
        "relations": {"recall": sum(r["found"] for r in core_rels) / len(core_rels) if core_rels else 0.0,
                      "found": sum(r["found"] for r in core_rels), "gold": len(core_rels), "rows": rel_rows},
        "indicators": {"recall": sum(r["found"] for r in ind_rows) / len(ind_rows) if ind_rows else 0.0,
                       "found": sum(r["found"] for r in ind_rows), "gold": len(ind_rows), "rows": ind_rows},
    }


def _literals_near(g: Graph, node) -> list[Literal]:
    lits = []
    for _, _, o in g.triples((node, None, None)):
        if isinstance(o, Literal):
            lits.append(o)
        elif isinstance(o, (URIRef, BNode)):
            lits.extend(x for _, _, x in g.triples((o, None, None)) if isinstance(x, Literal))
    return lits


def _numbers(lits: list[Literal]) -> list[float]:
    out = []
    for lit in lits:
        v = lit.toPython()
        if isinstance(v, (int, float)) and not isinstance(v, bool) or type(v).__name__ == "Decimal":
            out.append(float(v))
    return out


def _same_number(x: float, gold: float) -> bool:
    def close(a: float, b: float) -> bool:
        return abs(a - b) <= max(1e-9, 0.002 * abs(b))

    return close(x, gold) or close(x, gold * 100) or close(x * 100, gold)
