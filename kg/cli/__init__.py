"""The ``kg`` command: a thin layer over the Python API. Only this package prints.

Each subcommand lives in its own module and registers itself on ``main``. Errors reach the user as
one line on stderr, ``kg: error: <what> (<hint>)``; exit codes (kg/errors.py, docs/errors.md):
0 success, 1 validation failure or partial corpus failure, 2 bad input or usage, 70 internal error,
130 interrupted, 143 terminated. ``kg --debug`` shows the traceback instead of the one line.
"""
from __future__ import annotations

import io
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import click

from kg.errors import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_TERMINATED, EXIT_USAGE, KGError


class Terminated(BaseException):
    """Raised in the main thread on SIGTERM, so that ``finally`` blocks and atomic writes clean up.

    A BaseException, like KeyboardInterrupt, so that no ``except Exception`` swallows it.
    """


def _fail(message: str, code: int) -> None:
    click.echo(f"kg: error: {' '.join(message.split())}", err=True)
    sys.exit(code)


def _debug_requested(argv: list[str]) -> bool:
    """``--debug`` among the group's options, i.e. before the subcommand's name."""
    for arg in argv:
        if arg == "--debug":
            return True
        if not arg.startswith("-"):
            return False
    return False


@contextmanager
def _sigterm_raises() -> Iterator[None]:
    """Turn SIGTERM into :class:`Terminated` while the command runs (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum, frame):
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class KGGroup(click.Group):
    """A click group that turns KGError (and usage errors) into one-line messages with exit codes."""

    def invoke(self, ctx: click.Context):
        # click's own main turns a closed pipe into exit 1; `kg query --list | head -1` is no error
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _silence_stdout()
            raise click.exceptions.Exit(0) from None

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        argv = list(sys.argv[1:] if args is None else args)
        debug = _debug_requested(argv)
        try:
            with _sigterm_raises():
                return super().main(args=argv, prog_name=prog_name or "kg", standalone_mode=False, **extra)
        except click.exceptions.Exit as e:
            sys.exit(e.exit_code)
        except click.exceptions.Abort:  # click's wrapping of KeyboardInterrupt and EOF at a prompt
            _fail("interrupted (no half-written output was kept)", EXIT_INTERRUPTED)
        except Terminated:
            _fail("terminated (no half-written output was kept)", EXIT_TERMINATED)
        except click.ClickException as e:
            if debug:
                raise
            _fail(f"{e.format_message()} (see 'kg {_command_name(argv)}--help')", EXIT_USAGE)
        except KGError as e:
            if debug:
                raise
            _fail(e.one_line(), e.exit_code)
        except BrokenPipeError:  # kg query … | head: the reader has gone, which is not an error
            _silence_stdout()
            sys.exit(0)
        except OSError as e:  # a KGError should have said which file; this is the fallback
            if debug:
                raise
            where = f"{e.filename}: " if getattr(e, "filename", None) else ""
            _fail(f"{where}{e.strerror or e} (check the path and permissions)", EXIT_USAGE)
        except MemoryError:
            if debug:
                raise
            _fail("out of memory (split the input into smaller files)", EXIT_INTERNAL)
        except Exception as e:  # a bug: say so in one line, show the traceback with --debug
            if debug:
                raise
            detail = " ".join(str(e).split())[:200]
            _fail(f"internal error: {type(e).__name__}{': ' + detail if detail else ''} "
                  "(a bug; run 'kg --debug …' for the traceback and report it)", EXIT_INTERNAL)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that Python's flush at exit does not complain about the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):  # stdout is not a real file (tests)
        pass


def _command_name(argv: list[str]) -> str:
    """The subcommand in ``argv`` followed by a space, for the help hint ('' when there is none)."""
    name = next((a for a in argv if not a.startswith("-")), None)
    return f"{name} " if name in main.commands else ""


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

    \b
    Exit codes: 0 success; 1 validation failed or some files of a corpus failed;
    2 bad input or usage; 70 internal error (a bug).
    """


def _register() -> None:
    # each module adds its command to main; imported here, after main exists
    from kg.cli import build, evaluate, export, load, query, serve, stats, validate, view  # noqa: F401


_register()
