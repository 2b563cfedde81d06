"""``kg query``: SPARQL over a graph file or an on-disk store, ad hoc or from the named-query library."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli import main
from kg.errors import InputError


@main.command("query")
@click.argument("graph", required=False)
@click.argument("query", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(path_type=str),
              help="Read the query from a .rq file.")
@click.option("-n", "--named", "name", help="Run a query of the library (see --list).")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A parameter of the query (repeatable), e.g. --param entity=党的二十大.")
@click.option("--store", "store_dir", type=click.Path(path_type=str),
              help="Query an on-disk store built with 'kg build --store DIR' instead of a graph file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="Output format (table cuts long cells; the others keep them whole).")
@click.option("--full-iris", is_flag=True, help="Print whole IRIs in the table (it shows kg:Category, kgr:… by default).")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and exit.")
def query_command(graph: str | None, query: str | None, query_file: str | None, name: str | None,
                  params: tuple[str, ...], store_dir: str | None, fmt: str, full_iris: bool,
                  list_queries: bool) -> None:
    """Run a SPARQL query over GRAPH (a graph file or the folder kg build wrote, or --store DIR) and print
    the answer.

    The query is the QUERY argument, a .rq file (-f) or a named query (-n). Prefixes kg:, kgr:,
    rdf:, rdfs:, skos:, dcterms:, prov:, xsd: and owl: need no declaration. Queries are read-only:
    updates and SERVICE are refused.

    \b
    Example:
      kg query --list
      kg query output/graph.ttl -n industries-by-category
      kg query output/graph.ttl -n neighbourhood --param entity=党的二十大 --format csv
      kg query --store out/store -n evidence --param document=2026-beijing.txt
      kg query output/graph.ttl 'SELECT ?m WHERE { ?m a kg:Meeting }'
    """
    from kg.query import (
        bind_parameters,
        check_query,
        format_rows,
        load_source,
        named_queries,
        named_query,
        parse_params,
        run_query,
    )

    if list_queries:
        library = named_queries()
        width = max(len(n) for n in library)
        for q in library.values():
            takes = f" [{', '.join(p.name for p in q.parameters)}]" if q.parameters else ""
            click.echo(f"{q.name:<{width}}  {q.description}{takes}")
        return
    if store_dir is not None and graph is not None and query is None:
        graph, query = None, graph  # kg query --store DIR 'SELECT …': the one argument is the query
    if graph is None and store_dir is None:
        raise InputError("no graph given", hint="kg query GRAPH QUERY, or kg query --store DIR QUERY")
    given = [what for what, v in (("QUERY", query), ("-f", query_file), ("-n", name)) if v]
    if len(given) != 1:
        raise InputError("no query given" if not given else f"give one query, not {' and '.join(given)}",
                         hint="pass a query string, -f FILE.rq or -n NAME ('kg query --list' shows names)")
    declared = None
    if name:
        named = named_query(name)
        query, declared = named.text, named.parameters
    elif query_file:
        p = Path(query_file)
        if not p.is_file():
            raise InputError(f"{p}: no such query file", hint="check the path")
        from kg.reader import read_text

        query = read_text(p)  # one-line errors for a missing, binary or undecodable query file
    query = bind_parameters(query, parse_params(params), declared=declared)
    check_query(query)  # before a large graph is loaded, not after
    names, rows = run_query(load_source(graph, store=store_dir), query)
    click.echo(format_rows(names, rows, fmt, full_iris=full_iris))
