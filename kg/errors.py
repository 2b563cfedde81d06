"""The small exception hierarchy: every error a user can cause is a KGError with a hint.

The CLI prints a KGError as one line, ``kg: error: <what> (<hint>)``, and exits with its
``exit_code``. The codes (docs/errors.md has the table users see):

- 0 success;
- 1 the graph does not validate, or some files of a corpus failed (the rest was built);
- 2 bad input or usage: a path, file, encoding, option, query or output folder that cannot be used;
- 70 an internal error, i.e. a bug (``EX_SOFTWARE`` of sysexits.h); 130 interrupted; 143 terminated.
"""
from __future__ import annotations

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143


class KGError(Exception):
    """Base of all errors the CLI reports as one line, ``kg: error: <what> (<hint>)``.

    >>> InputError("seeds/a.txt: is empty", hint="give a file with text in it").one_line()
    'seeds/a.txt: is empty (give a file with text in it)'
    """

    exit_code = EXIT_USAGE

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint

    def one_line(self) -> str:
        """The message and its hint on one line (newlines in a parser's message folded to spaces)."""
        text = " ".join(str(self).split())
        return f"{text} ({' '.join(self.hint.split())})" if self.hint else text


class InputError(KGError):
    """A path, file, encoding or option the user gave cannot be used (exit 2)."""


class OutputError(KGError):
    """An output file or folder cannot be written: not a folder, no space, no permission (exit 2)."""


class QueryError(KGError):
    """A SPARQL query is malformed, unknown or refused (exit 2)."""


class EndpointError(KGError):
    """A store's endpoint cannot be reached or refuses the requests (``kg load``): exit 2 when nothing
    was sent, else 1 (the load stopped part way)."""


class ValidationError(KGError):
    """A graph does not conform to the SHACL shapes (exit 1)."""

    exit_code = EXIT_FAILED
