"""``kg view``: the interactive HTML view of a graph."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli import main


@main.command("view")
@click.argument("graph", type=click.Path(path_type=str))
@click.option("-o", "--output", "out", default=None, help="HTML file to write (default: GRAPH with .html).")
def view_command(graph: str, out: str | None) -> None:
    """Write the interactive HTML view of GRAPH (works offline, one file).

    \b
    Example:
      kg view output/graph.ttl -o output/graph.html
    """
    from kg.query import load_graph
    from kg.view import write_view

    target = Path(out) if out else Path(graph).with_suffix(".html")
    click.echo(f"wrote {write_view(load_graph(graph), target)}")
