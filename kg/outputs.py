"""Write graphs to disk atomically: a temporary file beside the target, then a rename.

A build that fails or is interrupted never leaves a truncated graph, and an earlier good output
survives it.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import InputError


def write_atomic(path: str | Path, data: str | bytes) -> Path:
    """Write ``data`` to ``path`` via a temporary file and ``os.replace``."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as e:
        raise InputError(f"{target.parent}: cannot write output ({e.strerror})",
                         hint="choose a writable folder with -o") from e
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def check_writable(out_dir: str | Path) -> Path:
    """Fail early, before any extraction, when the output folder cannot be written."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".kg-write-test.", dir=out)
        os.close(fd)
        os.unlink(tmp)
    except OSError as e:
        raise InputError(f"{out}: output folder is not writable ({e.strerror})",
                         hint="choose another folder with -o") from e
    return out


def serialize(graph: Graph | Dataset, fmt: str) -> str:
    if fmt == "json-ld":
        return graph.serialize(format="json-ld", auto_compact=True, indent=1)
    return graph.serialize(format=fmt)


def write_graph(graph: Graph, path: str | Path, *, fmt: str = "turtle") -> Path:
    return write_atomic(path, serialize(graph, fmt))
