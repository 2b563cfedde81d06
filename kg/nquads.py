"""The N-Quads sink: each document's named graph is spooled to disk as it finishes, then merged into
graph.nq (graphs in IRI order) and into the union as sorted N-Triples, each triple once.

Nothing here holds a whole document: the union (and a named graph spooled twice, two files with the
same text) is a k-way merge of sorted files read in blocks (:func:`merge_sorted_lines`), in passes of
at most :data:`MERGE_FAN_IN` files, so a corpus of any size needs neither memory nor file handles in
proportion to it.
"""
from __future__ import annotations

import bisect
import hashlib
import os
import shutil
import tempfile
from collections.abc import Mapping
from contextlib import ExitStack
from pathlib import Path
from typing import BinaryIO

from kg.counts import GraphCounts
from kg.graph import DocumentGraph, SpooledGraph, nt_iri

#: At most this many files are open at once while merging the union.
MERGE_FAN_IN = 128

#: Bytes of sorted lines read at once while merging (shared by the files merged together).
MERGE_BUDGET = 4 << 20


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
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._files)

    def add(self, doc: DocumentGraph | SpooledGraph, *, key: str) -> None:
        """Write one document's lines to its own file, under ``key`` (its cache key, to replace it by);
        a graph already written to a file in this folder's file system is moved in."""
        if isinstance(doc, DocumentGraph) and not doc.nquads:
            return
        self._count += 1
        stem = hashlib.sha1(doc.graph_iri.encode("utf-8")).hexdigest()[:20]
        path = self.directory / f"{stem}-{self._count}.nq"
        if isinstance(doc, SpooledGraph):
            os.replace(doc.path, path)
            self._bytes += path.stat().st_size
        else:
            path.write_bytes(doc.nquads)
            self._bytes += len(doc.nquads)
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
            self._bytes -= len(taken[-1].nquads)
            path.unlink()
        return taken

    def size(self) -> int:
        """Bytes spooled (about graph.nq's size)."""
        return self._bytes

    def file_counts(self) -> dict[str, int]:
        """Graph IRI → how many files are spooled for it (more than one: one text under two names)."""
        return {g: len(files) for g, files in self._files.items()}

    def write_nquads(self, fh: BinaryIO, *, instead: Mapping[str, Path] | None = None) -> None:
        """graph.nq: the named graphs in IRI order, each one's lines sorted; a graph of ``instead`` is
        written from the file it names (other lines of it: the view's, kg/viewparts.py)."""
        for g in sorted(self._files):
            files = self._files[g]
            if instead and g in instead:
                files = [instead[g]]
            if len(files) == 1:
                with open(files[0], "rb") as src:
                    shutil.copyfileobj(src, fh, 1 << 20)
            else:  # one text under two names: its files merged, each line once
                merge_sorted_lines([(f, None) for f in files], fh)

    def union_runs(self) -> list[tuple[Path, bytes | None]]:
        """The spooled files with the tail each one's lines end in, for :func:`write_union`."""
        return [(path, f" {nt_iri(g)} .\n".encode()) for g in sorted(self._files) for path in self._files[g]]

    def write_union(self, fh: BinaryIO, counts: GraphCounts | None = None) -> int:
        """The union of the named graphs as sorted N-Triples, each triple once; returns the line count
        and adds the lines to ``counts``."""
        return write_union(self.union_runs(), self.directory, fh, counts)


def write_union(runs: list[tuple[Path, bytes | None]], directory: Path, fh: BinaryIO,
                counts: GraphCounts | None = None) -> int:
    """The union of spooled named graphs (:meth:`NQuadsSpool.union_runs`) as sorted N-Triples into ``fh``,
    each triple once, merged in passes in a temporary folder under ``directory``; returns the line count
    and adds the lines to ``counts``."""
    with tempfile.TemporaryDirectory(dir=directory, prefix="union-") as tmp:
        made = 0
        while len(runs) > MERGE_FAN_IN:  # merge in passes: never more than MERGE_FAN_IN files open
            merged: list[tuple[Path, bytes | None]] = []
            for i in range(0, len(runs), MERGE_FAN_IN):
                made += 1
                path = Path(tmp) / f"pass-{made}.nt"
                with open(path, "wb") as out:
                    merge_sorted_lines(runs[i:i + MERGE_FAN_IN], out)
                merged.append((path, None))
            for path, tail in runs:
                if tail is None:  # an earlier pass's file, merged now
                    path.unlink()
            runs = merged
        return merge_sorted_lines(runs, fh, counts)


class _SortedLines:
    """A file of sorted, distinct lines read a block at a time; with ``tail``, N-Quads lines of one graph
    read as N-Triples (" <graph> .\n" ends every line and nothing else, so a replace in the block is exact).

    Stripping a common suffix keeps sorted lines sorted: one line is a prefix of another only where
    their terms differ, and what follows is never a character below the suffix's space.
    """

    def __init__(self, fh: BinaryIO, tail: bytes | None, block: int) -> None:
        self.fh, self.tail, self.block = fh, tail, block
        self.lines: list[bytes] = []
        self.pos = 0  # lines[pos:] are not merged yet
        self._rest = b""
        self._done = False

    def fill(self) -> bool:
        """Read the next block once every line read is merged; False when the file is used up."""
        while self.pos >= len(self.lines) and not self._done:
            data = self.fh.read(self.block)
            if data:
                data = self._rest + data
                cut = data.rfind(b"\n") + 1
                data, self._rest = data[:cut], data[cut:]
            else:
                data, self._rest, self._done = self._rest, b"", True
            if self.tail is not None:
                data = data.replace(self.tail, b" .\n")
            self.lines, self.pos = data.splitlines(keepends=True), 0
        return self.pos < len(self.lines)


def merge_sorted_lines(runs: list[tuple[Path, bytes | None]], out: BinaryIO,
                       counts: GraphCounts | None = None) -> int:
    """Merge files of sorted, distinct lines (each ``(path, tail)``, see :class:`_SortedLines`) into
    ``out``, each distinct line once; returns how many.

    Block by block, so the sorting is done by ``sorted`` in C rather than line by line in Python: every
    line up to the least of the blocks' last lines is in memory (no later line of any file can come
    before it), and those are written sorted and distinct. :data:`MERGE_BUDGET` bytes of blocks at once.
    """
    block = max(64 << 10, MERGE_BUDGET // max(1, len(runs)))
    with ExitStack() as stack:
        live = [_SortedLines(stack.enter_context(open(path, "rb")), tail, block) for path, tail in runs]
        live = [r for r in live if r.fill()]
        count = 0
        while live:
            bound = min(r.lines[-1] for r in live)
            taken: list[bytes] = []
            for r in live:
                j = bisect.bisect_right(r.lines, bound, r.pos)
                taken += r.lines[r.pos:j]
                r.pos = j
            if len(live) > 1:
                # runs of sorted lines, one per file: timsort merges them (a set's order would need a
                # full sort); then each line once, in order
                taken.sort()
                lines = list(dict.fromkeys(taken))
            else:
                lines = taken
            data = b"".join(lines)
            out.write(data)
            if counts is not None:
                counts.add(data)
            count += len(lines)
            live = [r for r in live if r.fill()]
        return count
