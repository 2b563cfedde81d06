"""Run SPARQL over a graph file and format the answer."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rdflib import Graph
from rdflib.util import guess_format

from kg.errors import InputError, QueryError


def load_graph(path: str | Path) -> Graph:
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: no such graph file", hint="build one with 'kg build' first")
    fmt = guess_format(str(p)) or "turtle"
    g = Graph()
    try:
        g.parse(str(p), format=fmt)
    except Exception as e:  # rdflib raises many parser-specific types
        raise InputError(f"{p}: cannot be parsed as {fmt}: {str(e).splitlines()[0][:200]}",
                         hint="give a .ttl, .jsonld, .nt or .trig file") from e
    return g


def run_query(g: Graph, query: str) -> tuple[list[str], list[list[str]]]:
    try:
        result = g.query(query)
    except Exception as e:
        raise QueryError(f"malformed SPARQL: {str(e).splitlines()[0][:200]}", hint="check the query syntax") from e
    names = [str(v) for v in (result.vars or [])]
    rows = [["" if v is None else str(v) for v in row] for row in result]
    return names, rows


def format_rows(names: list[str], rows: list[list[str]], fmt: str = "table") -> str:
    if fmt == "json":
        return json.dumps([dict(zip(names, r)) for r in rows], ensure_ascii=False, indent=1)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(names)
        w.writerows(rows)
        return buf.getvalue().rstrip("\n")
    widths = [max([_w(n)] + [_w(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = ["  ".join(_pad(n, widths[i]) for i, n in enumerate(names)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(v, widths[i]) for i, v in enumerate(r)) for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _w(s: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, width: int) -> str:
    return s + " " * (width - _w(s))
