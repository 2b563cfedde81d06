"""``kg build``: texts → graph files."""
from __future__ import annotations

import sys

import click

from kg.cli import main


@main.command("build")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("-o", "--output", "out_dir", default="output", show_default=True,
              help="Folder for graph.ttl, graph.jsonld, graph.trig and graph.html.")
@click.option("--encoding", default=None, help="Encoding of the inputs (default: detect UTF-8/UTF-16/GB18030).")
@click.option("--no-html", is_flag=True, help="Skip the HTML view.")
def build_command(paths: tuple[str, ...], out_dir: str, encoding: str | None, no_html: bool) -> None:
    """Build .txt files or folders of them into one knowledge graph (default: seeds/ → output/).

    \b
    Example:
      kg build seeds/ -o output/
      kg build ../shared/corpus/gov-work-reports-2026/ -o out/corpus
    """
    from kg.corpus import build

    summary = build(list(paths) or ["seeds"], out_dir, encoding=encoding, write_html=not no_html)
    types = ", ".join(f"{t} {n}" for t, n in sorted(summary.entities_by_type.items()))
    click.echo(f"built {summary.documents} document(s): {types}; {summary.relations} relations, "
               f"{summary.indicators} indicators, {summary.triples} triples in {summary.seconds:.1f}s")
    for p in summary.outputs:
        click.echo(f"  wrote {p}")
    for name, reason in summary.failed:
        click.echo(f"kg: error: {reason}", err=True)
    if summary.failed:
        click.echo(f"kg: error: {len(summary.failed)} file(s) failed, see above (the rest was built)", err=True)
        sys.exit(1)
