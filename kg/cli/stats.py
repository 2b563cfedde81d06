"""``kg stats``: what a graph holds (counts by type), its most central entities and its components."""
from __future__ import annotations

import json

import click

from kg.cli import main


@main.command("stats")
@click.argument("graph", type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="A readable report (tables), or JSON for scripts.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many central entities to list.")
@click.option("--indicators", is_flag=True, help="Count indicators as nodes of the network too.")
def stats_command(graph: str, fmt: str, top: int, indicators: bool) -> None:
    """Summarise GRAPH (a graph file, or the folder kg build wrote): counts by type, relations, the most
    central entities (degree centrality), those named in the most texts, and connected components.

    \b
    Example:
      kg stats output/
      kg stats out/corpus/graph.ttl --format json --top 20
    """
    from kg.analytics import read_graph, summarise

    report = summarise(read_graph(graph, indicators=indicators), top=top)
    if fmt == "json":
        click.echo(json.dumps(report, ensure_ascii=False, indent=1))
        return
    click.echo(render_text(report))


def render_text(r: dict) -> str:
    """The report for a terminal: one block per question."""
    lines = [f"{r['documents']} document(s), {r['triples']} triples, {r['entities']} entities, "
             f"{r['relations']} relations, {r['indicators']} indicators",
             "(entities: nodes of the nine entity classes, indicators counted apart; each node counted once, "
             "under its first class in the contract's order; relations: direct triples between two entities "
             "— the same counts as kg view's header)", "", "entities by type:"]
    lines += [f"  {t:<13}{n:>7}" for t, n in r["entities_by_type"].items()]
    if r["relations_by_predicate"]:
        lines += ["", "relations by predicate:"]
        lines += [f"  {p:<20}{n:>7}" for p, n in r["relations_by_predicate"].items()]
    if r["most_central"]:
        lines += ["", "most central entities (degree centrality; linked entities; texts naming it):"]
        lines += [f"  {e['centrality']:.4f} {e['degree']:>5} {e['documents']:>4}  {e['label']} ({e['type']})"
                  for e in r["most_central"]]
    if r["most_documents"]:
        lines += ["", "named in the most texts:"]
        lines += [f"  {e['documents']:>4}  {e['label']} ({e['type']})" for e in r["most_documents"]]
    c = r["components"]
    if c["count"]:
        largest = c["largest"]
        lines += ["", f"connected components: {c['count']} ({c['isolated']} isolated entities); "
                      f"the largest has {largest['size']} entities ({largest['share']:.1%}), around "
                      + "、".join(largest["central_members"])]
    return "\n".join(lines)
