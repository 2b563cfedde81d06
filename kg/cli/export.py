"""``kg export``: the entity network as GraphML or GEXF (Gephi) or CSV for Neo4j's import."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli import main


@main.command("export")
@click.argument("graph", type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "csv"]), required=True,
              help="graphml or gexf (Gephi, yEd, Cytoscape), or csv (nodes.csv and edges.csv for Neo4j).")
@click.option("-o", "--output", "out", type=click.Path(path_type=str), default=None,
              help="File to write (for csv: a folder). Default: graph.graphml, graph.gexf or neo4j/ "
                   "beside GRAPH.")
@click.option("--indicators", is_flag=True, help="Export indicators as nodes too (linked by kg:about).")
def export_command(graph: str, fmt: str, out: str | None, indicators: bool) -> None:
    """Export the entities of GRAPH (a graph file, or the folder kg build wrote) and the relations
    between them, for network tools.

    \b
    Example:
      kg export output/ --format gexf -o output/graph.gexf
      kg export out/corpus/graph.ttl --format csv -o out/neo4j
      neo4j-admin database import full --nodes=out/neo4j/nodes.csv --relationships=out/neo4j/edges.csv
    """
    from kg.analytics import graph_file, read_graph
    from kg.export import DEFAULT_NAMES, export_graph

    source = graph_file(graph)
    target = Path(out) if out else source.parent / DEFAULT_NAMES[fmt]
    G = read_graph(source, indicators=indicators)
    for p in export_graph(G, target, fmt=fmt):
        click.echo(f"wrote {p}")
    click.echo(f"{G.number_of_nodes()} entities, {G.number_of_edges()} relations")
