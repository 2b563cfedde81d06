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
    tp, fp, optional = defaultdict(int), defaultdict(int), defaultdict(int)
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
            else:  # matches only optional (E?) lines: neither rewarded nor penalised
                optional[t] += 1
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
        # two sides that each add up: gold = found + missed (recall, by the gold line's first type);
        # graph = tp + optional + fp (precision, by the node's type; several nodes may match one gold name)
        by_type[t] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                      "tp": tp[t], "fp": fp[t], "optional": optional[t], "graph": tp[t] + optional[t] + fp[t],
                      "gold": len(core), "found": len(found), "missed": missed,
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
        ends = nodes_of(subj), nodes_of(obj)
        ok = any(o in adjacency[s] for s in ends[0] for o in ends[1])
        # a missed relation whose end has no node is an entity to find first, not a relation to read
        no_node = [name for name, found in zip((subj, obj), ends, strict=True) if not found]
        rel_rows.append({"subject": subj, "object": obj, "note": note, "core": is_core, "found": ok,
                         "no_node": no_node})
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

    by_note: dict[str, dict[str, int]] = {}
    for r in sorted(core_rels, key=lambda r: r["note"]):
        row = by_note.setdefault(r["note"], {"found": 0, "gold": 0})
        row["gold"] += 1
        row["found"] += r["found"]
    return {
        "entities": {"precision": micro_p, "recall": micro_r, "f1": micro_f, "gold": len(core), "found": found,
                     "tp": total_tp, "fp": total_fp},
        "by_type": by_type,
        "relations": {"recall": sum(r["found"] for r in core_rels) / len(core_rels) if core_rels else 0.0,
                      "found": sum(r["found"] for r in core_rels), "gold": len(core_rels), "rows": rel_rows,
                      "by_note": by_note},
        "indicators": {"recall": sum(r["found"] for r in ind_rows) / len(ind_rows) if ind_rows else 0.0,
                       "found": sum(r["found"] for r in ind_rows), "gold": len(ind_rows), "rows": ind_rows,
                       "missed": [f"{r['label']} {r['value']:g}{r['unit']} ({r['period']})"
                                  for r in ind_rows if not r["found"]]},
    }


# ---------------------------------------------------------------- texts of a folder, graphs of a build


@dataclass(frozen=True)
class GoldPair:
    """A gold file and the text it annotates (``NAME.gold.tsv`` and ``NAME.txt``)."""

    name: str
    text: Path
    gold: Path

    @property
    def file_name(self) -> str:
        return self.text.name


def gold_pairs(folder: str | Path) -> list[GoldPair]:
    """Every ``NAME.gold.tsv`` of ``folder`` with its text: ``NAME.txt`` beside it, or in ``../seeds``
    (where the dev set keeps the seed's). A gold file whose text is nowhere is left out."""
    d = Path(folder)
    if not d.is_dir():
        raise InputError(f"{d}: no such folder", hint="give the folder of NAME.txt and NAME.gold.tsv files")
    pairs = []
    for gold in sorted(d.glob("*.gold.tsv")):
        name = gold.name.removesuffix(".gold.tsv")
        for text in (d / f"{name}.txt", d.parent / "seeds" / f"{name}.txt"):
            if text.is_file():
                pairs.append(GoldPair(name, text, gold))
                break
    if not pairs:
        raise InputError(f"{d}: holds no NAME.gold.tsv with its NAME.txt", hint="see ANNOTATION.md")
    return pairs


def text_graph(store, file_name: str) -> tuple[Graph, str | None]:
    """The graph to score a text's gold against, from a build's store, and a warning when there is one.

    A build of several texts keeps each text in its own named graph (graph.nq, graph.trig): the
    text's gold is scored against that graph alone, as if the text had been built by itself. A graph
    that is not of that text gives the whole graph and a warning: its precision would mean nothing.
    """
    from kg.validate import store_graph

    rows = list(store.query(
        "SELECT DISTINCT ?g ?name WHERE { { ?d a kg:SourceDocument ; kg:fileName ?name } "
        "UNION { GRAPH ?g { ?d a kg:SourceDocument ; kg:fileName ?name } } }",
        prefixes={"kg": "https://w3id.org/policykg/ontology#"}))
    names = sorted({r["name"].value for r in rows})
    own = [r["g"] for r in rows if r["name"].value == file_name and r["g"] is not None]
    if own and len(names) > 1:
        return store_graph(store, own[0]), None
    if file_name in names:
        return store_graph(store), None
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    return store_graph(store), (f"the graph holds no text named {file_name} (its texts: {shown or 'none'}); "
                                "scoring against the whole graph, so precision means little")


def micro_total(reports: dict[str, dict]) -> dict:
    """The texts' reports summed: entities (micro P/R/F1), relations and indicators found of gold,
    per type, and relations by gold note."""
    tp = sum(r["entities"]["tp"] for r in reports.values())
    fp = sum(r["entities"]["fp"] for r in reports.values())
    found = sum(r["entities"]["found"] for r in reports.values())
    gold = sum(r["entities"]["gold"] for r in reports.values())
    p = tp / (tp + fp) if tp + fp else 0.0
    rec = found / gold if gold else 0.0

    def summed(kind: str) -> dict:
        f = sum(r[kind]["found"] for r in reports.values())
        g = sum(r[kind]["gold"] for r in reports.values())
        return {"recall": f / g if g else 0.0, "found": f, "gold": g}

    by_type: dict[str, dict] = {}
    for r in reports.values():
        for t, row in r["by_type"].items():
            agg = by_type.setdefault(t, {"tp": 0, "fp": 0, "optional": 0, "graph": 0, "gold": 0, "found": 0,
                                         "missed": [], "false_positives": []})
            for k in ("tp", "fp", "optional", "graph", "gold", "found"):
                agg[k] += row[k]
            agg["missed"] += row["missed"]
            agg["false_positives"] += row["false_positives"]
    for row in by_type.values():
        row["precision"] = row["tp"] / (row["tp"] + row["fp"]) if row["tp"] + row["fp"] else 0.0
        row["recall"] = row["found"] / row["gold"] if row["gold"] else 0.0
        pr = row["precision"] + row["recall"]
        row["f1"] = 2 * row["precision"] * row["recall"] / pr if pr else 0.0
    by_note: dict[str, dict[str, int]] = {}
    for r in reports.values():
        for note, row in r["relations"]["by_note"].items():
            agg = by_note.setdefault(note, {"found": 0, "gold": 0})
            agg["found"] += row["found"]
            agg["gold"] += row["gold"]
    return {"entities": {"precision": p, "recall": rec, "f1": 2 * p * rec / (p + rec) if p + rec else 0.0,
                         "tp": tp, "fp": fp, "found": found, "gold": gold},
            "relations": {**summed("relations"), "by_note": dict(sorted(by_note.items()))},
            "indicators": summed("indicators"), "by_type": by_type}


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
