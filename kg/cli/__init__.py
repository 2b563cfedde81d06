"""The ``kg`` command: a thin layer over the Python API. Only this package prints.

Each subcommand lives in its own module and registers itself on ``main``. Errors reach the user as
one line on stderr, ``kg: error: <what> (<hint>)``; exit codes: 0 success, 1 validation failure or
partial corpus failure, 2 bad input or usage. ``--debug`` shows the traceback instead.
"""
from __future__ import annotations

import sys

import click

from kg.errors import KGError


class KGGroup(click.Group):
    """A click group that turns KGError (and usage errors) into one-line messages with exit codes."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        argv = list(sys.argv[1:] if args is None else args)
        debug = "--debug" in argv
        try:
            return super().main(args=argv, prog_name=prog_name or "kg", standalone_mode=False, **extra)
        except click.exceptions.Exit as e:
            sys.exit(e.exit_code)
        except click.exceptions.Abort:
            click.echo("kg: error: interrupted", err=True)
            sys.exit(130)
        except click.ClickException as e:
            if debug:
                raise
            msg = " ".join(e.format_message().split())
            click.echo(f"kg: error: {msg} (see 'kg --help')", err=True)
            sys.exit(2)
        except KGError as e:
            if debug:
                raise
            click.echo(f"kg: error: {e.one_line()}", err=True)
            sys.exit(e.exit_code)
        except BrokenPipeError:
            sys.exit(0)
        except OSError as e:
            if debug:
                raise
            click.echo(f"kg: error: {e.strerror or e}: {getattr(e, 'filename', '') or ''} "
                       "(check the path and permissions)", err=True)
            sys.exit(2)


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show the full traceback on errors.")
@click.version_option(package_name="policy-kg", prog_name="kg")
def main(debug: bool) -> None:
    """Build knowledge graphs from Chinese policy texts, query, check and show them.

    \b
    Example:
      kg build seeds/ -o output/
      kg query output/graph.ttl -n industries-by-category
      kg view output/graph.ttl -o output/graph.html
    """


def _register() -> None:
    from kg.cli import build, query, view  # noqa: F401  (each module adds its command to main)

    for optional in ("validate", "serve", "evaluate", "stats"):
        try:
            __import__(f"kg.cli.{optional}")
        except ModuleNotFoundError as e:  # a command module not written yet
            if e.name != f"kg.cli.{optional}":
                raise


_register()
