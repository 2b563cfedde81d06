"""SPARQL over the graph: the named-query library, safe parameters, and one answer from two engines.

Oxigraph (pyoxigraph) runs the queries: it answers the library's joins, OPTIONALs and aggregates
tens of times faster than rdflib's engine (benchmarks/bench_sparql.py). rdflib's engine still
answers the same queries for a caller holding an rdflib Graph, and the tests check that both give
the same rows for every named query.

The named queries are ``kg/queries/*.rq`` files with a comment header::

    # name: neighbourhood
    # description: The entities one relation away from an entity, …
    # param entity: label or alias of the entity (default: 党的二十大)

A parameter is a one-variable ``VALUES ?entity { "党的二十大"@zh }`` block in the query, so every
file runs as it is in any SPARQL tool. :func:`bind_parameters` swaps the block's value for the
user's, written as an escaped literal of the same kind (language tag or datatype kept; ``UNDEF``,
"any", becomes a plain string), never pasted into the query as raw text.

Queries are read-only: ``SERVICE`` (which would make the engine fetch from other hosts) and
updates (``INSERT``, ``LOAD``, …) are refused before anything runs.
"""
from __future__ import annotations

import io
import json
import re
import sys
import types
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Union

import pyoxigraph as ox

from kg.errors import InputError, QueryError

if TYPE_CHECKING:
    from rdflib import Graph

#: Where the named queries live (package data).
QUERY_DIR = Path(__file__).parent / "queries"

#: Prefixes every query may use without declaring them (a query's own PREFIX lines win).
PREFIXES: dict[str, str] = {
    "kg": "https://w3id.org/policykg/ontology#",
    "kgr": "https://w3id.org/policykg/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
}

#: Output formats of :func:`format_rows`.
FORMATS = ("table", "csv", "tsv", "json")

#: A graph to query: a pyoxigraph store (fast) or an rdflib Graph.
Source = Union[ox.Store, "Graph"]


@dataclass(frozen=True)
class Parameter:
    """A value the user may give a named query (``--param name=value``)."""

    name: str
    description: str


@dataclass(frozen=True)
class NamedQuery:
    """One ``.rq`` file of the library: its header and its text."""

    name: str
    description: str
    parameters: tuple[Parameter, ...]
    text: str


# ---------------------------------------------------------------- the library


def named_queries() -> dict[str, NamedQuery]:
    """The library, by name, in name order."""
    return dict(_library())


@lru_cache(maxsize=1)
def _library() -> tuple[tuple[str, NamedQuery], ...]:
    queries = [parse_named_query(p.read_text(encoding="utf-8"), source=p.name)
               for p in sorted(QUERY_DIR.glob("*.rq"))]
    return tuple((q.name, q) for q in queries)


def named_query(name: str) -> NamedQuery:
    """The named query ``name``; a QueryError naming the way to list them when there is none."""
    library = named_queries()
    if name not in library:
        close = [n for n in library if name.lower() in n or n in name.lower()]
        hint = f"did you mean {', '.join(close)}?" if close else "'kg query --list' shows the named queries"
        raise QueryError(f"no named query '{name}'", hint=hint)
    return library[name]


_HEADER = re.compile(r"^#\s*(name|description|params|param\s+(\w+))\s*:\s*(.*?)\s*$")


def parse_named_query(text: str, *, source: str = "<query>") -> NamedQuery:
    """Read the comment header of a ``.rq`` file.

    >>> q = parse_named_query('# name: q\\n# description: d\\n# param x: the x\\nSELECT ?x {}')
    >>> q.name, q.description, q.parameters
    ('q', 'd', (Parameter(name='x', description='the x'),))
    """
    fields: dict[str, str] = {}
    parameters = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _HEADER.match(line)
        if m is None:
            continue
        if m[2]:
            parameters.append(Parameter(m[2], m[3]))
        else:
            fields[m[1]] = m[3]
    missing = [k for k in ("name", "description") if not fields.get(k)]
    if missing:
        raise QueryError(f"{source}: the header has no {' or '.join(missing)}",
                         hint="start the file with '# name: …' and '# description: …' lines")
    return NamedQuery(fields["name"], fields["description"], tuple(parameters), text)


# ---------------------------------------------------------------- parameters


def _values_block(name: str) -> re.Pattern[str]:
    return re.compile(r"VALUES\s+[?$]" + re.escape(name) + r"\s*\{([^{}]*)\}", re.IGNORECASE)


_LITERAL_KIND = re.compile(r"""^\s*(?:"[^"]*"|'[^']*')(@[A-Za-z]+(?:-[A-Za-z0-9]+)*|\^\^\S+)?\s*$""")


def bind_parameters(query: str, values: Mapping[str, str], *,
                    declared: tuple[Parameter, ...] | None = None) -> str:
    """Give parameters their values: ``VALUES ?name { … }`` gets the value as an escaped literal.

    The literal keeps the language tag or datatype of the value it replaces; a value with a
    backslash or a control character is refused, so the literal needs no escape but ``\\"``.
    ``declared``, a named query's parameters, are the only names accepted when given.

    >>> bind_parameters('SELECT * { VALUES ?e { "x"@zh } ?s ?p ?e }', {"e": '党的"二十大"'})
    'SELECT * { VALUES ?e { "党的\\\\"二十大\\\\""@zh } ?s ?p ?e }'
    """
    if declared is not None:
        unknown = sorted(set(values) - {p.name for p in declared})
        if unknown:
            takes = ", ".join(p.name for p in declared)
            raise QueryError(f"the query has no parameter '{unknown[0]}'",
                             hint=f"its parameters: {takes}" if takes else "this query takes no parameters")
    for name, value in values.items():
        blocks = list(_values_block(name).finditer(query))
        if len(blocks) != 1:
            names = sorted({m[1] for m in re.finditer(r"VALUES\s+[?$](\w+)\s*\{", query, re.IGNORECASE)})
            if not blocks:
                raise QueryError(f"the query has no parameter '{name}'",
                                 hint=f"its parameters: {', '.join(names)}" if names
                                 else "this query takes no parameters")
            raise QueryError(f"the query has {len(blocks)} VALUES blocks for '{name}'",
                             hint="a parameter is exactly one 'VALUES ?name { … }' block")
        if "\\" in value or any(unicodedata.category(c) == "Cc" for c in value):
            raise QueryError(f"the value of '{name}' has a backslash or a control character",
                             hint="give the name as plain text")
        kind = _LITERAL_KIND.match(blocks[0][1])
        literal = '"' + value.replace('"', '\\"') + '"' + (kind[1] or "" if kind else "")
        block = blocks[0]
        query = f"{query[:block.start()]}VALUES ?{name} {{ {literal} }}{query[block.end():]}"
    return query


def parse_params(pairs: list[str] | tuple[str, ...]) -> dict[str, str]:
    """``["entity=党的二十大"]`` → ``{"entity": "党的二十大"}`` (for ``--param``)."""
    params = {}
    for pair in pairs:
        check_utf8(pair, what="--param")
        name, sep, value = pair.partition("=")
        if not sep or not re.fullmatch(r"\w+", name.strip()):
            raise QueryError(f"--param '{pair}' is not NAME=VALUE", hint="e.g. --param entity=党的二十大")
        params[name.strip()] = value
    return params


def check_utf8(text: str, *, what: str) -> None:
    """Refuse text that came from bytes that are not UTF-8 (a command-line argument in GBK, say).

    Python hands such arguments over with the bad bytes as lone surrogates, which no parser takes.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:
        raise QueryError(f"{what} is not UTF-8 text", hint="set your terminal or script to UTF-8") from e


# ---------------------------------------------------------------- read-only


_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# a variable: ?service is a name, never the keyword
_VARIABLE = re.compile(r"[?$][\w\u00b7\u0300-\u036f\u203f\u2040]+")
_UPDATE = re.compile(r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)
_PROLOGUE = re.compile(r"\s+|#[^\n]*|(?:PREFIX\s+[^\s:]*:\s*|BASE\s*)<[^>\s]*>", re.IGNORECASE)


def check_read_only(query: str) -> None:
    """Refuse SERVICE and updates before a query runs.

    SPARQL expands ``\\uXXXX`` escapes anywhere in a query before parsing, so the check reads the
    expanded text too. It errs on the side of refusing: the word "service" outside a variable name
    (in an IRI, say) is refused as well.

    >>> check_read_only("SELECT ?service WHERE { ?service a ?type }")
    >>> check_read_only("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    Traceback (most recent call last):
    kg.errors.QueryError: SERVICE (federated query) is refused: queries here may not reach other hosts
    """
    for text in (query, _expand_codepoints(query)):
        if re.search("service", _VARIABLE.sub(" ", text), re.IGNORECASE):
            raise QueryError("SERVICE (federated query) is refused: queries here may not reach other hosts",
                             hint="query the local graph only; 'service' may appear only in variable names")
        if _UPDATE.match(text, _prologue_end(text)):
            raise QueryError("updates (INSERT, DELETE, LOAD, …) are refused: queries here are read-only",
                             hint="change the graph by rebuilding it with 'kg build'")


def check_query(query: str) -> None:
    """Everything checked before a query is parsed: UTF-8, nesting depth (kg/limits.py), read-only."""
    from kg.limits import check_query_depth

    check_utf8(query, what="the query")
    check_query_depth(query)
    check_read_only(query)


def _expand_codepoints(text: str) -> str:
    def expand(m: re.Match[str]) -> str:
        try:
            return chr(int(m[1] or m[2], 16))
        except ValueError:  # beyond U+10FFFF
            return m[0]

    return _CODEPOINT.sub(expand, text)


def _prologue_end(text: str) -> int:
    """Where the first keyword after whitespace, comments, PREFIX and BASE declarations starts."""
    pos = 0
    while m := _PROLOGUE.match(text, pos):
        if m.end() == pos:
            break
        pos = m.end()
    return pos


# ---------------------------------------------------------------- running


def load_graph(path: str | Path) -> Graph:
    """Parse a graph file into an rdflib Graph (for callers that want rdflib's API).

    pyoxigraph parses (several times faster than rdflib on a corpus graph); a TriG or N-Quads file
    gives the merged graph of its per-document named graphs, as graph.ttl holds it.
    """
    from kg.validate import load_merged_graph

    return load_merged_graph(path)


def load_source(graph: str | Path | None = None, *, store: str | Path | None = None) -> ox.Store:
    """The store to query: a graph file parsed into memory, or an on-disk store opened read-only."""
    from kg.store import load_store, open_store

    if (graph is None) == (store is None):
        raise InputError("give a graph file or --store DIR (one of them)", hint="see 'kg query --help'")
    return open_store(store) if store is not None else load_store(graph)


def run_query(source: Source, query: str, *,
              params: Mapping[str, str] | None = None) -> tuple[list[str], list[list[str]]]:
    """Run a read-only SPARQL query; return the column names and the rows as strings.

    SELECT gives its variables; ASK gives one column ``ask`` ("true" or "false"); CONSTRUCT and
    DESCRIBE give ``subject predicate object``. An unbound value is "", a blank node ``_:id``.
    """
    if params:
        query = bind_parameters(query, params)
    check_query(query)
    if isinstance(source, ox.Store):
        return _run_oxigraph(source, query)
    return _run_rdflib(source, query)


def _run_oxigraph(store: ox.Store, query: str) -> tuple[list[str], list[list[str]]]:
    try:
        result = store.query(query, prefixes=PREFIXES)
        if isinstance(result, ox.QueryBoolean):
            return ["ask"], [["true" if bool(result) else "false"]]
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            return names, [[_ox_text(term) for term in row] for row in result]
        return ["subject", "predicate", "object"], [
            [_ox_text(t.subject), _ox_text(t.predicate), _ox_text(t.object)] for t in result]
    except SyntaxError as e:
        raise syntax_error(str(e)) from e
    except (OSError, RuntimeError) as e:  # RuntimeError: a store whose files are damaged
        raise QueryError(f"the query failed: {_first_line(e)}", hint="check the query") from e


def _ox_text(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Triple):
        return str(term)
    return term.value


def _run_rdflib(graph: Graph, query: str) -> tuple[list[str], list[list[str]]]:
    import rdflib.plugins.sparql
    from rdflib import BNode

    # rdflib would fetch FROM <http://…> graphs from the web: never for our queries
    rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False

    def text(term) -> str:
        if term is None:
            return ""
        return f"_:{term}" if isinstance(term, BNode) else str(term)

    try:
        result = graph.query(query, initNs=PREFIXES)
        if result.type == "ASK":
            return ["ask"], [["true" if result.askAnswer else "false"]]
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return ["subject", "predicate", "object"], [[text(t) for t in triple] for triple in result]
        names = [str(v) for v in (result.vars or [])]
        return names, [[text(v) for v in row] for row in result]
    except Exception as e:  # pyparsing and rdflib's evaluator raise many types
        lineno, col = getattr(e, "lineno", None), getattr(e, "col", None)
        where = f" at line {lineno}, column {col}" if lineno and col else ""
        raise QueryError(f"malformed SPARQL{where}: {_first_line(e)}", hint="check the query syntax") from e


_POSITION = re.compile(r"error at (\d+):(\d+)(?:-\d+:\d+)?:\s*(.*)", re.DOTALL)


def syntax_error(message: str) -> QueryError:
    """Oxigraph's parse error as one line with the position: ``malformed SPARQL at line L, column C: …``."""
    m = _POSITION.match(" ".join(message.split()))
    if m is None:
        return QueryError(f"malformed SPARQL: {' '.join(message.split())[:200]}",
                          hint="check the query syntax")
    detail = m[3] if len(m[3]) <= 160 else m[3][:159] + "…"
    return QueryError(f"malformed SPARQL at line {m[1]}, column {m[2]}: {detail}",
                      hint="check the query near that position")


def _first_line(e: BaseException) -> str:
    lines = str(e).strip().splitlines()
    return " ".join(lines[0].split())[:200] if lines else type(e).__name__


# ---------------------------------------------------------------- output


#: Table cells longer than this many terminal columns are cut (csv, tsv and json keep every character).
TABLE_CELL_WIDTH = 60


def compact_iri(value: str) -> str:
    """An IRI of a known namespace as a prefixed name, for reading (anything else as it is).

    >>> compact_iri("https://w3id.org/policykg/ontology#Category")
    'kg:Category'
    >>> compact_iri("党的二十大")
    '党的二十大'
    """
    if not value.startswith(("http://", "https://")) or any(c.isspace() for c in value):
        return value
    best = max((ns for ns in PREFIXES.values() if value.startswith(ns)), key=len, default=None)
    if best is None:
        return value
    prefix = next(k for k, ns in PREFIXES.items() if ns == best)
    return f"{prefix}:{value[len(best):]}"


def format_rows(names: list[str], rows: list[list[str]], fmt: str = "table", *, full_iris: bool = False) -> str:
    """The answer as an aligned table (CJK-width aware), CSV, TSV or JSON (a list of objects).

    The table prints IRIs of known namespaces compactly (``kg:Category``) unless ``full_iris``;
    CSV, TSV and JSON, read by programs, keep every IRI whole.

    >>> print(format_rows(["category", "industry"], [["传统主导产业", "钢铁"]]))
    category      industry
    ------------  --------
    传统主导产业  钢铁
    (1 row)
    """
    if fmt == "json":
        return json.dumps([dict(zip(names, r, strict=True)) for r in rows], ensure_ascii=False, indent=1)
    if fmt == "csv":
        import csv

        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        return buf.getvalue().rstrip("\n")
    if fmt == "tsv":
        # one record a line: tabs, newlines and backslashes in values are escaped as \t, \n, \\
        return "\n".join("\t".join(_tsv_escape(v) for v in r) for r in [names, *rows])
    if fmt != "table":
        raise QueryError(f"unknown output format '{fmt}'", hint="use one of " + ", ".join(FORMATS))
    cells = [[_table_cell(v if full_iris else compact_iri(v)) for v in r] for r in rows]
    widths = [max([_width(n)] + [_width(r[i]) for r in cells]) for i, n in enumerate(names)]
    lines = ["  ".join(pad(n, widths[i]) for i, n in enumerate(names)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(pad(v, widths[i]) for i, v in enumerate(r)).rstrip() for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _tsv_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _table_cell(value: str) -> str:
    value = " ".join(value.split())
    if _width(value) <= TABLE_CELL_WIDTH:
        return value
    out, width = [], 0
    for ch in value:
        width += _char_width(ch)
        if width > TABLE_CELL_WIDTH - 1:
            break
        out.append(ch)
    return "".join(out) + "…"


def _char_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _width(s: str) -> int:
    return sum(_char_width(c) for c in s)


def pad(s: str, width: int) -> str:
    """``s`` padded with spaces to ``width`` terminal columns (a CJK character takes two)."""
    return s + " " * (width - _width(s))


__all__ = ["FORMATS", "PREFIXES", "QUERY_DIR", "NamedQuery", "Parameter", "bind_parameters", "check_query",
           "check_read_only", "check_utf8", "compact_iri", "format_rows", "load_graph", "load_source",
           "named_queries", "named_query", "parse_named_query", "parse_params", "run_query", "syntax_error"]


class _CallableModule(types.ModuleType):
    """``kg.query`` is this module and the notebook call ``kg.query(graph_or_path, name_or_sparql, **params)``
    (kg/notebook.py): once the module is imported, ``kg.query`` names it, so the module answers the call."""

    def __call__(self, graph_or_path, name_or_sparql: str, **params: str):
        from kg.notebook import query

        return query(graph_or_path, name_or_sparql, **params)


sys.modules[__name__].__class__ = _CallableModule
