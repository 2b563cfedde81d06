"""``kg view``: the interactive HTML view of a graph."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli import main


@main.command("view")
@click.argument("graph", type=click.Path(path_type=str))
@click.option("-o", "--output", "out", default=None, help="HTML file to write (default: GRAPH with .html).")
def view_command(graph: str, out: str | None) -> None:
    """Write the interactive HTML view of GRAPH: one file that works offline.

    GRAPH is any graph file of the contract (.ttl, .jsonld, .nt, or .trig, whose named graphs are
    merged), or the folder kg build wrote. Open the page in a browser: search by name or alias, filter by type, hover for
    evidence, click a node to highlight its neighbours.

    \b
    Example:
      kg view output/graph.ttl -o output/graph.html
    """
    from kg.store import graph_path
    from kg.view import graph_view, load_view_graph, write_view

    target = Path(out) if out else graph_path(graph).with_suffix(".html")
    if target.resolve() == Path(graph).resolve():
        from kg.errors import InputError

        raise InputError(f"{target}: the view would overwrite the graph", hint="give another file with -o")
    view = graph_view(load_view_graph(graph))
    path = write_view(view, target)
    n = view.counts()
    click.echo(f"wrote {path} ({n['entities']} entities, {n['indicators']} indicators, {n['relations']} relations, "
               f"{n['documents']} source texts)")
