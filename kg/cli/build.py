"""``kg build``: texts → graph files (parallel, cached, with a progress bar on a terminal)."""
from __future__ import annotations

import sys

import click

from kg.cli import main
from kg.cli.progress import ProgressBar


@main.command("build")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("-o", "--output", "out_dir", default="output", show_default=True,
              help="Folder for graph.ttl, graph.jsonld, graph.trig, graph.nq and graph.html.")
@click.option("--encoding", default=None,
              help="Encoding of the inputs (default: detect UTF-8/UTF-16/GB18030).")
@click.option("--no-html", is_flag=True, help="Skip the HTML view.")
@click.option("-j", "--workers", type=click.IntRange(min=1), default=None,
              help="Processes extracting texts at once (default: the machine's cores for big corpora, "
                   "else 1). "
                   "The output is the same whatever the number.")
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
              help="Extract and map the texts on a Dask cluster (needs pip install 'policy-kg[cluster]'); "
                   "the output is the same as a local build's.")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False, path_type=str), default=None,
              help="Folder of per-document results, so that unchanged texts are not extracted again "
                   "(default: OUTPUT/.kg-cache).")
@click.option("--no-cache", is_flag=True, help="Extract every text again and keep no cache.")
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=str), default=None,
              help="Also load the graph into an on-disk pyoxigraph store in this folder.")
@click.option("--lexicon", "lexicon_dirs", multiple=True,
              type=click.Path(exists=True, file_okay=False, path_type=str),
              help="A folder of your own lexicon files (same names as kg/lexicons/*.txt), added to ours. "
                   "Repeatable.")
def build_command(paths: tuple[str, ...], out_dir: str, encoding: str | None, no_html: bool,
                  workers: int | None, scheduler: str | None, cache_dir: str | None, no_cache: bool, store_dir: str | None,
                  lexicon_dirs: tuple[str, ...]) -> None:
    """Build .txt files or folders of them into one knowledge graph (default: seeds/ → output/).

    The same entity named in many texts is one node; each text's statements are its own named
    graph in graph.trig and graph.nq. A rebuild extracts only the texts that changed (or all, when
    the code or a lexicon changed), and writes nothing when nothing did.

    \b
    Example:
      kg build seeds/ -o output/
      kg build ../shared/corpus/gov-work-reports-2026/ -o out/corpus --workers 2
      kg build reports/ -o out/reports --no-html --store out/reports-store
      kg build speeches/ -o out/speeches --lexicon my-lexicons/
      kg build national/ -o out/national --scheduler tcp://10.0.0.5:8786
    """
    from kg.corpus import build

    with ProgressBar() as bar:
        summary = build(list(paths) or ["seeds"], out_dir, encoding=encoding, lexicon_dirs=lexicon_dirs,
                        write_html=not no_html, workers=workers, scheduler=scheduler, cache_dir=cache_dir, use_cache=not no_cache, store_dir=store_dir,
                        progress=bar.update if bar.enabled else None)
    types = ", ".join(f"{t} {n}" for t, n in sorted(summary.entities_by_type.items()))
    how = ("up to date, nothing written" if summary.up_to_date else
           f"{summary.extracted} extracted, {summary.cached} from the cache")
    click.echo(f"built {summary.documents} document(s) ({how}): {types}; {summary.relations} relations, "
               f"{summary.indicators} indicators, {summary.triples} triples in {summary.seconds:.1f}s")
    if not summary.up_to_date:
        for p in summary.outputs:
            click.echo(f"  wrote {p}")
    if summary.store is not None:
        click.echo(f"  loaded the store {summary.store}")
    for _name, reason in summary.failed:
        click.echo(f"kg: error: {reason}", err=True)
    if summary.failed:
        click.echo(f"kg: error: {len(summary.failed)} file(s) failed, see above (the rest was built)",
                   err=True)
        sys.exit(1)
