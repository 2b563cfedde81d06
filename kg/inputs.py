"""The read stage: PATH arguments → .txt files → texts read and keyed for the cache.

A file that cannot be read is listed as failed and the rest goes on.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.cache import text_key
from kg.errors import InputError, KGError
from kg.reader import check_file_name, printable, read_text


@dataclass(frozen=True)
class SourceText:
    """One input file, read and keyed (the key names its cache entries)."""

    path: Path
    name: str
    text: str
    key: str


def collect_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """Expand PATH arguments into .txt files (folders recursively), sorted, without duplicates."""
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise InputError(f"{p}: no such file or folder", hint="check the path")
        if p.is_dir():
            found = sorted(f for f in p.rglob("*.txt") if f.is_file())
            if not found:
                raise InputError(f"{p}: folder holds no .txt files",
                                 hint="give .txt files or a folder of them")
            files.extend(found)
        else:
            files.append(p)
    seen, unique = set(), []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def read_sources(files: list[Path], *, encoding: str | None,
                 fingerprint: str) -> tuple[list[SourceText], list[tuple[str, str]]]:
    """The texts that could be read, keyed by content, name and code; and (file, reason) of the others."""
    sources: list[SourceText] = []
    failed: list[tuple[str, str]] = []
    for f in files:
        try:
            check_file_name(f)
            text = read_text(f, encoding=encoding)
        except KGError as e:
            failed.append((printable(f), e.one_line()))
            continue
        sources.append(SourceText(f, f.name, text, text_key(text, f.name, fingerprint)))
    return sources, failed
