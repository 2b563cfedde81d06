"""The up-to-date check: ``.kg-build.json`` in the output folder records what the last build was made
from (inputs, code, options) and the digest of each file it wrote.

A build whose inputs, code and options match, with its outputs unchanged on disk, writes nothing.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.inputs import SourceText
from kg.outputs import write_atomic

#: Written into the output folder: what the last build was made from.
STAMP = ".kg-build.json"
_STAMP_FORMAT = 1


@dataclass(frozen=True)
class StampedBuild:
    """What the stamp of an up-to-date build says it wrote and counted."""

    outputs: tuple[Path, ...]
    counts: dict


def _stamp_data(sources: Iterable[SourceText], options: dict) -> dict:
    from kg.cache import package_fingerprint

    return {"format": _STAMP_FORMAT, "code": package_fingerprint(), "options": options,
            "inputs": sorted(s.key for s in sources)}


def file_digest(path: Path) -> str | None:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return None
    return h.hexdigest()


def up_to_date(out: Path, sources: list[SourceText], options: dict) -> StampedBuild | None:
    """The last build into ``out``, when it used these inputs, code and options and its files are intact."""
    try:
        stamp = json.loads((out / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    expected = _stamp_data(sources, options)
    if not isinstance(stamp, dict) or any(stamp.get(k) != v for k, v in expected.items()):
        return None
    outputs = stamp.get("outputs") or {}
    if not isinstance(outputs, dict) or not isinstance(stamp.get("summary") or {}, dict):
        return None  # a stamp edited by hand or by another tool: build again
    if not outputs or any(file_digest(out / name) != digest for name, digest in outputs.items()):
        return None
    return StampedBuild(tuple(out / name for name in outputs), stamp.get("summary") or {})


def write_stamp(out: Path, sources: list[SourceText], options: dict, outputs: list[Path], counts: dict) -> None:
    stamp = _stamp_data(sources, options)
    stamp["outputs"] = {p.name: file_digest(p) for p in outputs}
    stamp["summary"] = counts
    write_atomic(out / STAMP, json.dumps(stamp, ensure_ascii=False, indent=1))


def remove_stamp(out: Path) -> None:
    (out / STAMP).unlink(missing_ok=True)
