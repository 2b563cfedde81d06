"""``kg load``: push a build's named graphs to a store's SPARQL 1.1 Graph Store Protocol endpoint."""
from __future__ import annotations

import sys

import click

from kg.cli import main


def _param(values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((v.split("=", 1)[0], v.split("=", 1)[1] if "=" in v else "") for v in values)


@main.command("load")
@click.argument("source", type=click.Path(path_type=str))
@click.option("--endpoint", required=True, metavar="URL",
              help="The Graph Store Protocol URL: Oxigraph http://HOST:7878/store, Fuseki "
                   "http://HOST:3030/DATASET/data, GraphDB http://HOST:7200/repositories/REPO/rdf-graphs/service, "
                   "Virtuoso http://HOST:8890/sparql-graph-crud-auth.")
@click.option("--user", default=None, help="User name for the endpoint; the password is read from "
                                           "KG_LOAD_PASSWORD (or asked for on a terminal).")
@click.option("--auth", type=click.Choice(["basic", "digest"]), default="basic", show_default=True,
              help="HTTP authentication scheme (Virtuoso's /sparql-graph-crud-auth wants digest).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
              help="Seconds to wait for the server's answer to one graph.")
@click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True,
              help="Times to retry a graph after a dropped connection, a time-out or a 5xx answer.")
@click.option("-c", "--connections", type=click.IntRange(1, 32), default=2, show_default=True,
              help="Graphs sent at once (one keep-alive connection each).")
@click.option("--force", is_flag=True, help="Send every graph, changed or not (after the store was emptied).")
@click.option("--keep-removed", is_flag=True,
              help="Do not delete from the store the graphs of documents no longer in the build.")
@click.option("--default-graph", is_flag=True,
              help="Also replace the store's default graph with the build's merged graph.ttl, so that queries "
                   "without GRAPH answer as 'kg query' does (sent again whenever a document changed).")
@click.option("--param", "params", multiple=True, metavar="KEY[=VALUE]",
              help="Add to each request's query string, e.g. Oxigraph's no_transaction (bulk load). Repeatable.")
@click.option("--state", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="Where to record what was sent (default: .kg-load.json beside graph.nq).")
@click.option("--dry-run", is_flag=True, help="Say what would be sent and deleted; send nothing.")
def load_command(source: str, endpoint: str, user: str | None, auth: str, timeout: float, retries: int,
                 connections: int, force: bool, keep_removed: bool, default_graph: bool, params: tuple[str, ...],
                 state: str | None, dry_run: bool) -> None:
    """Send each document's named graph of SOURCE (a build folder, its graph.nq or graph.trig) to a store.

    Each graph is sent with PUT, which replaces it: loading twice never duplicates. Only the graphs
    that changed since the last load to this endpoint are sent (recorded in .kg-load.json beside
    graph.nq), and the graphs of documents removed from the build are deleted from the store.

    \b
    Example:
      oxigraph serve --location store/ &
      kg load out/corpus --endpoint http://127.0.0.1:7878/store
      KG_LOAD_PASSWORD=… kg load out/corpus --endpoint http://localhost:8890/sparql-graph-crud-auth \\
          --user dba --auth digest

    Exit codes: 0 every graph sent; 1 some graphs failed (listed; run again to retry them);
    2 bad input, or an endpoint that cannot be reached or refuses the requests.
    """
    from kg.load import LoadOptions, load, password_from_env

    password = password_from_env()
    if user is not None and password is None and not dry_run:
        if not sys.stdin.isatty():
            from kg.errors import InputError

            raise InputError(f"--user {user}: no password", hint="set KG_LOAD_PASSWORD")
        password = click.prompt(f"password for {user}", hide_input=True, err=True)
    options = LoadOptions(user=user, password=password, auth=auth, timeout=timeout, retries=retries,
                          connections=connections, force=force, dry_run=dry_run,
                          delete_removed=not keep_removed, default_graph=default_graph, params=_param(params))
    bar = None
    if sys.stderr.isatty() and not dry_run:  # graphs as they are done; the count is not known in advance
        from tqdm import tqdm

        bar = tqdm(desc="load", unit="graph", file=sys.stderr, leave=False, dynamic_ncols=True)

    def progress(done: int) -> None:
        bar.n = done
        bar.refresh()

    try:
        s = load(source, endpoint, options=options, state=state, progress=progress if bar is not None else None)
    finally:
        if bar is not None:
            bar.close()
    rate = f", {s.quads_sent / s.graph_seconds:,.0f} quads/s" if s.quads_sent and s.graph_seconds > 0 else ""
    default = {"sent": f"; the default graph (graph.ttl, {s.default_bytes / 1e6:,.1f} MB) "
                       + ("would be " if dry_run else "") + "sent",
               "unchanged": "; the default graph unchanged"}.get(s.default_graph, "")
    if dry_run:
        click.echo(f"would send {s.sent} of {s.graphs} graph(s) in {s.source} to {s.endpoint} "
                   f"({s.quads_sent:,} quads, {s.bytes_sent / 1e6:,.1f} MB); {s.unchanged} unchanged, "
                   f"{s.to_delete} to delete{default}")
    else:
        click.echo(f"loaded {s.source} into {s.endpoint}: {s.sent} of {s.graphs} graph(s) sent "
                   f"({s.quads_sent:,} quads, {s.bytes_sent / 1e6:,.1f} MB in {s.graph_seconds:.1f} s{rate}), "
                   f"{s.unchanged} unchanged, {s.deleted} deleted{default}")
    for iri, reason in s.failed:
        click.echo(f"kg: error: {iri}: {reason}", err=True)
    if s.failed:
        click.echo(f"kg: error: {len(s.failed)} graph(s) failed, see above (run the same command again to "
                   "retry them)", err=True)
        sys.exit(1)
