"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a graph file or an on-disk store."""
from __future__ import annotations

import click

from kg.cli import Terminated, main


@main.command("serve")
@click.argument("graph", required=False)
@click.option("--store", "store_dir", type=click.Path(path_type=str),
              help="Serve an on-disk store built with 'kg build --store DIR' instead of a graph file.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 127.0.0.1 is this machine only.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port to listen on (0 picks a free one).")
@click.option("--timeout", type=click.FloatRange(0.1, 3600), default=10.0, show_default=True,
              help="Seconds a query may run before it is stopped (503).")
@click.option("--workers", type=click.IntRange(1, 32), default=2, show_default=True,
              help="Queries answered at once; each worker holds the graph in memory.")
@click.option("--memory", "memory_mb", type=click.IntRange(min=64), default=None, metavar="MB",
              help="Memory (address space) each worker may use; a query needing more is stopped (503). "
                   "Default: 2 GB plus 16 times the graph file's size; 4 GB for a store.")
@click.option("--quiet", is_flag=True, help="Do not log each request on stderr (replaced workers still are).")
def serve_command(graph: str | None, store_dir: str | None, host: str, port: int, timeout: float,
                  workers: int, memory_mb: int | None, quiet: bool) -> None:
    """Serve GRAPH (or --store DIR) at /sparql for SPARQL clients, with a query page at /.

    Read-only: updates, LOAD and SERVICE are refused. Answers come as JSON, XML, CSV or TSV
    (Turtle, N-Triples, RDF/XML or JSON-LD for CONSTRUCT), as the Accept header asks.

    \b
    Example:
      kg serve output/graph.ttl
      kg serve --store out/store --port 8000 --timeout 30
    """
    from kg.serve import EndpointOptions, open_endpoint

    def log(line: str) -> None:
        click.echo(f"kg serve: {line}", err=True)

    options = EndpointOptions(timeout=timeout, memory_limit=memory_mb * 1024**2 if memory_mb else None)
    endpoint = open_endpoint(graph, store=store_dir, host=host, port=port, workers=workers, options=options,
                             log=None if quiet else log, events=log)
    try:
        click.echo(f"kg: SPARQL endpoint at {endpoint.url}sparql, query page at {endpoint.url} "
                   f"(read-only, {timeout:g} s per query; Ctrl+C stops)")
        if not endpoint.loopback_only:
            click.echo(f"kg: listening on {host}: anyone who can reach this machine can query the graph",
                       err=True)
        endpoint.serve_forever()
    except (KeyboardInterrupt, Terminated):  # Ctrl+C or SIGTERM: the way to stop a server, not an error
        click.echo("kg: stopped", err=True)
    finally:
        endpoint.close()
