"""The N-Quads sink: each document's named graph is spooled to disk as it finishes, then merged into
graph.nq (graphs in IRI order) and into the union as sorted N-Triples, each triple once.

Nothing here holds more than one document's lines at a time (two files with the same text share a
named graph: their lines are merged, a few documents' worth). The union is a k-way merge of the
documents' sorted lines, in passes of at most :data:`MERGE_FAN_IN` files, so a corpus of any size
needs neither memory nor file handles in proportion to it.
"""
from __future__ import annotations

import hashlib
import heapq
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from kg.graph import DocumentGraph, nt_iri

#: At most this many files are open at once while merging the union.
MERGE_FAN_IN = 128


def graph_of(nquads: bytes) -> str:
    """The graph IRI of a document's N-Quads (every line ends in the same ``<graph> .``)."""
    first = nquads[:nquads.index(b"\n")]
    return first[first.rindex(b" <") + 2:-3].decode("utf-8")


class NQuadsSpool:
    """Documents' named graphs on disk under ``directory``, by graph IRI, until they are merged."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self._files: dict[str, list[Path]] = {}  # graph IRI → spooled files (several: one text, two names)
        self._keys: dict[str, list[tuple[str, Path]]] = {}  # caller's key → (graph IRI, file)
        self._count = 0

    def __len__(self) -> int:
        return len(self._files)

    def add(self, doc: DocumentGraph, *, key: str) -> None:
        """Write one document's lines to its own file, under ``key`` (its cache key, to replace it by)."""
        if not doc.nquads:
            return
        self._count += 1
        stem = hashlib.sha1(doc.graph_iri.encode("utf-8")).hexdigest()[:20]
        path = self.directory / f"{stem}-{self._count}.nq"
        path.write_bytes(doc.nquads)
        self._files.setdefault(doc.graph_iri, []).append(path)
        self._keys.setdefault(key, []).append((doc.graph_iri, path))

    def take(self, key: str) -> list[DocumentGraph]:
        """Remove the documents spooled under ``key`` and return them (to be spooled again, changed)."""
        taken = []
        for graph_iri, path in self._keys.pop(key, ()):
            files = self._files[graph_iri]
            files.remove(path)
            if not files:
                del self._files[graph_iri]
            taken.append(DocumentGraph(graph_iri, path.read_bytes()))
            path.unlink()
        return taken

    def _graph_lines(self, graph_iri: str) -> bytes | Path:
        """One named graph's sorted, distinct lines: its file, or the merge of its files."""
        files = self._files[graph_iri]
        if len(files) == 1:
            return files[0]
        lines: set[bytes] = set()
        for f in files:
            lines.update(f.read_bytes().splitlines(keepends=True))
        return b"".join(sorted(lines))

    def write_nquads(self, fh: BinaryIO) -> None:
        """graph.nq: the named graphs in IRI order, each one's lines sorted."""
        for g in sorted(self._files):
            block = self._graph_lines(g)
            if isinstance(block, Path):
                with open(block, "rb") as src:
                    shutil.copyfileobj(src, fh, 1 << 20)
            else:
                fh.write(block)

    def write_union(self, fh: BinaryIO) -> int:
        """The union of the named graphs as sorted N-Triples, each triple once; returns the line count."""
        parts: list[Path] = []
        with tempfile.TemporaryDirectory(dir=self.directory, prefix="union-") as tmp:
            for g in sorted(self._files):
                block = self._graph_lines(g)
                tail = f" {nt_iri(g)} .\n".encode()
                path = Path(tmp) / f"{len(parts)}.nt"
                with open(path, "wb") as out:
                    if isinstance(block, Path):
                        with open(block, "rb") as src:
                            out.writelines(_strip_graph(src, tail))
                    else:
                        out.writelines(_strip_graph(block.splitlines(keepends=True), tail))
                parts.append(path)
            while len(parts) > MERGE_FAN_IN:  # merge in passes: never more than MERGE_FAN_IN files open
                merged: list[Path] = []
                for i in range(0, len(parts), MERGE_FAN_IN):
                    path = Path(tmp) / f"pass-{len(merged)}-{i}.nt"
                    with open(path, "wb") as out:
                        _merge(parts[i:i + MERGE_FAN_IN], out)
                    merged.append(path)
                parts = merged
            return _merge(parts, fh)


def _strip_graph(lines: Iterable[bytes], tail: bytes) -> Iterator[bytes]:
    """N-Quads lines of one graph → N-Triples lines (" <graph> ." ends every line and nothing else).

    Stripping a common suffix keeps sorted lines sorted: one line is a prefix of another only where
    their terms differ, and what follows is never a character below the suffix's space.
    """
    n = len(tail)
    for line in lines:
        yield line[:-n] + b" .\n"


def _merge(paths: list[Path], out: BinaryIO) -> int:
    """Merge sorted line files into ``out``, each distinct line once; returns how many."""
    handles = [open(p, "rb") for p in paths]  # noqa: SIM115 (closed below, however many)
    try:
        count = 0
        last = None
        for line in heapq.merge(*handles):
            if line != last:
                out.write(line)
                count += 1
                last = line
        return count
    finally:
        for h in handles:
            h.close()
