"""The small exception hierarchy: every error a user can cause is a KGError with a hint."""
from __future__ import annotations


class KGError(Exception):
    """Base of all errors the CLI reports as one line, ``kg: error: <what> (<hint>)``."""

    exit_code = 2

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint

    def one_line(self) -> str:
        text = " ".join(str(self).split())
        return f"{text} ({self.hint})" if self.hint else text


class InputError(KGError):
    """A path, file, encoding or option the user gave cannot be used (exit 2)."""


class QueryError(KGError):
    """A SPARQL query is malformed, unknown or refused (exit 2)."""


class ValidationError(KGError):
    """A graph does not conform to the SHACL shapes (exit 1)."""

    exit_code = 1
