"""``kg validate``: check a graph file against the SHACL shapes before loading it anywhere."""
from __future__ import annotations

import click

from kg.cli import main
from kg.cli.progress import ProgressBar
from kg.errors import ValidationError


@main.command("validate")
@click.argument("graph", type=click.Path(path_type=str))
@click.option("--limit", default=50, show_default=True, type=click.IntRange(min=0),
              help="Show at most this many violations (0: all).")
def validate_command(graph: str, limit: int) -> None:
    """Validate GRAPH (.ttl, .jsonld, .nt, .trig, or the folder kg build wrote) against the policy-kg
    SHACL shapes.

    Exit 0 with a one-line summary when the graph conforms; exit 1 with one line per
    violation (node, property, message) when it does not. On a terminal a bar shows the shapes
    checked so far.

    \b
    Example:
      kg validate output/graph.ttl
    """
    from kg.validate import validate_file

    with ProgressBar(unit="shapes") as bar:
        report = validate_file(graph, progress=(lambda k, n: bar.update("validate", k, n)) if bar.enabled else None)
    if report.conforms:
        click.echo(f"{graph}: {report.summary()}")
        return
    shown = report.violations if limit == 0 else report.violations[:limit]
    for v in shown:
        click.echo(v.one_line())
    if len(shown) < len(report.violations):
        click.echo(f"… and {len(report.violations) - len(shown)} more (use --limit 0 to see all)")
    raise ValidationError(f"{graph} {report.summary()}", hint="see the list above")
