"""``kg query``: SPARQL over a graph file."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli import main
from kg.errors import InputError


@main.command("query")
@click.argument("graph", type=click.Path(path_type=str))
@click.argument("query", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(path_type=str), help="Read the query from a .rq file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="Output format.")
def query_command(graph: str, query: str | None, query_file: str | None, fmt: str) -> None:
    """Run a SPARQL query over GRAPH and print the answer.

    \b
    Example:
      kg query output/graph.ttl 'SELECT ?m WHERE { ?m a <https://w3id.org/policykg/ontology#Meeting> }'
      kg query output/graph.ttl -f my.rq --format csv
    """
    from kg.query import format_rows, load_graph, run_query

    if query_file:
        p = Path(query_file)
        if not p.is_file():
            raise InputError(f"{p}: no such query file", hint="check the path")
        query = p.read_text(encoding="utf-8")
    if not query:
        raise InputError("no query given", hint="pass a query string or -f FILE.rq")
    names, rows = run_query(load_graph(graph), query)
    click.echo(format_rows(names, rows, fmt))
