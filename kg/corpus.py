"""Build many texts into one graph: collect inputs, extract each, merge, write all outputs."""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kg.document import make_document
from kg.errors import InputError, KGError
from kg.extract import extract
from kg.graph import to_dataset
from kg.model import Extraction
from kg.outputs import check_writable, serialize, write_atomic
from kg.reader import read_text


@dataclass
class BuildSummary:
    documents: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, one-line reason)
    entities_by_type: Counter = field(default_factory=Counter)
    relations: int = 0
    indicators: int = 0
    triples: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)


def collect_inputs(paths: list[str | Path]) -> list[Path]:
    """Expand PATH arguments into .txt files (folders recursively), sorted, without duplicates."""
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise InputError(f"{p}: no such file or folder", hint="check the path")
        if p.is_dir():
            found = sorted(f for f in p.rglob("*.txt") if f.is_file())
            if not found:
                raise InputError(f"{p}: folder holds no .txt files", hint="give .txt files or a folder of them")
            files.extend(found)
        else:
            files.append(p)
    seen, unique = set(), []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def extract_file(path: Path, *, encoding: str | None = None) -> Extraction:
    text = read_text(path, encoding=encoding)
    return extract(make_document(text, source=path.name))


def build(paths: list[str | Path], out_dir: str | Path, *, encoding: str | None = None,
          write_html: bool = True) -> BuildSummary:
    """Build ``paths`` into ``out_dir``: graph.ttl, graph.jsonld, graph.trig and graph.html."""
    started = time.perf_counter()
    files = collect_inputs(paths)
    out = check_writable(out_dir)
    summary = BuildSummary()
    results: list[tuple[Extraction, str]] = []
    for f in files:
        try:
            results.append((extract_file(f, encoding=encoding), f.name))
        except KGError as e:
            summary.failed.append((str(f), e.one_line()))
    if not results:
        reason = summary.failed[0][1] if summary.failed else "no input"
        raise InputError(f"nothing to build: {reason}" if len(files) == 1 else
                         f"none of {len(files)} files could be read: {reason}",
                         hint="check the files' encoding and content")
    ds = to_dataset(results)
    union = ds  # default_union: serialising as Turtle gives the merged graph
    from kg.graph import new_graph

    merged = new_graph()
    for t in union.triples((None, None, None)):
        merged.add(t)
    summary.outputs.append(write_atomic(out / "graph.ttl", serialize(merged, "turtle")))
    summary.outputs.append(write_atomic(out / "graph.jsonld", serialize(merged, "json-ld")))
    summary.outputs.append(write_atomic(out / "graph.trig", serialize(ds, "trig")))
    if write_html:
        from kg.view import write_view

        summary.outputs.append(write_view(merged, out / "graph.html"))
    for ex, _ in results:
        summary.documents += 1
        for ent in ex.entities:
            summary.entities_by_type[ent.type] += 1
        summary.relations += len(ex.relations)
        summary.indicators += len(ex.indicators)
    summary.triples = len(merged)
    summary.seconds = time.perf_counter() - started
    return summary
