"""Write outputs atomically: a temporary file beside the target, flushed to disk, then a rename.

A build that fails or is interrupted (an exception, Ctrl-C, SIGTERM from the CLI) never leaves a
truncated graph, and an earlier good output survives it: readers of ``graph.ttl`` see either the
old file or the new one, whole. :class:`OutputSet` extends this to the several files of one build,
so that a failure in the last of them leaves every earlier output as it was.

Only a hard kill (SIGKILL, power loss) can leave a ``.graph.ttl.*.tmp`` file behind; the target is
still intact then.
"""
from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from rdflib import Dataset, Graph

from kg.errors import OutputError

#: rdflib format names by the file suffixes a build writes.
FORMATS = {".ttl": "turtle", ".jsonld": "json-ld", ".trig": "trig", ".nt": "nt", ".nq": "nquads"}

_TEMP_SUFFIX = ".tmp"


def _output_error(path: Path, e: OSError) -> OutputError:
    reason = e.strerror or str(e)
    if e.errno == errno.ENOSPC:
        hint = "free some disk space or choose another folder with -o"
    elif e.errno == errno.ENOTDIR:
        hint = "a part of the path is a file, not a folder; choose another folder with -o"
    elif e.errno == errno.EISDIR:
        hint = "a folder has the output's name; remove it or choose another folder with -o"
    else:
        hint = "choose a writable folder with -o"
    return OutputError(f"{path}: cannot write output ({reason})", hint=hint)


def _file_mode(target: Path) -> int:
    """Keep the mode of the file being replaced; new files get rw-r--r--."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o644


@contextmanager
def atomic_output(path: str | Path) -> Iterator[BinaryIO]:
    """Open a temporary file beside ``path`` for writing; rename it over ``path`` when the block ends well.

    On any exception (including KeyboardInterrupt) the temporary file is removed and ``path`` is
    left as it was.
    """
    target = Path(path)
    tmp = _create_temp(target)
    try:
        with _durable(tmp, target) as fh:
            yield fh
        os.replace(tmp, target)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise _output_error(target, e) from e
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def _durable(tmp: Path, target: Path) -> Iterator[BinaryIO]:
    """Write ``tmp`` to the disk for good (flushed, fsynced) with the mode ``target`` has or will have."""
    with open(tmp, "wb") as fh:
        yield fh
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(tmp, _file_mode(target))


def _create_temp(target: Path) -> Path:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=_TEMP_SUFFIX, dir=target.parent)
    except OSError as e:
        raise _output_error(target, e) from e
    os.close(fd)
    return Path(name)


@contextmanager
def reserved_output(tmp: str | Path, target: str | Path) -> Iterator[BinaryIO]:
    """Write a file reserved by :meth:`OutputSet.reserve` (from a worker process too); a failure is an
    :class:`OutputError` naming ``target``, and the output set discards the file."""
    try:
        with open(tmp, "wb") as fh:
            yield fh
    except OSError as e:
        raise _output_error(Path(target), e) from e


def write_atomic(path: str | Path, data: str | bytes) -> Path:
    """Write ``data`` (str as UTF-8) to ``path`` via a temporary file and ``os.replace``."""
    with atomic_output(path) as fh:
        fh.write(data.encode("utf-8") if isinstance(data, str) else data)
    return Path(path)


def check_writable(out_dir: str | Path) -> Path:
    """Fail early, before any extraction, when the output folder cannot be written.

    Root ignores permission bits, so this really writes (and removes) a probe file rather than
    looking at modes.
    """
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: is a file, not a folder", hint="choose a folder with -o")
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".kg-write-test.", dir=out)
        os.close(fd)
        os.unlink(probe)
    except OSError as e:
        raise OutputError(f"{out}: output folder is not writable ({e.strerror or e})",
                          hint="choose another folder with -o") from e
    return out


def serialize(graph: Graph | Dataset, fmt: str) -> str:
    """The graph as text in rdflib format ``fmt`` (JSON-LD compacted with our prefixes)."""
    if fmt == "json-ld":
        return graph.serialize(format="json-ld", auto_compact=True, indent=1)
    return graph.serialize(format=fmt)


def serialize_to(graph: Graph | Dataset, fh: BinaryIO, fmt: str) -> None:
    """Stream the graph into ``fh`` as UTF-8, without holding the whole text in memory twice."""
    if fmt == "json-ld":
        graph.serialize(destination=fh, format="json-ld", encoding="utf-8", auto_compact=True, indent=1)
    else:
        graph.serialize(destination=fh, format=fmt, encoding="utf-8")


def write_graph(graph: Graph | Dataset, path: str | Path, *, fmt: str | None = None) -> Path:
    """Serialise ``graph`` straight into a temporary file, then rename it to ``path``.

    ``fmt`` defaults to the format of the file's suffix (.ttl, .jsonld, .trig, .nt, .nq).
    """
    p = Path(path)
    fmt = fmt or FORMATS.get(p.suffix)
    if fmt is None:
        raise OutputError(f"{p}: unknown output format {p.suffix!r}",
                          hint="use one of " + ", ".join(sorted(FORMATS)))
    with atomic_output(p) as fh:
        serialize_to(graph, fh, fmt)
    return p


class OutputSet:
    """The files of one build, written together: all into temporary files first, renamed only at the end.

    Used as a context manager, it commits when the block ends well and discards every temporary
    file when it raises, so a failure while serialising the last format leaves all earlier outputs
    of the previous build in place (not a new graph.ttl beside an old graph.jsonld).

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> with OutputSet(out) as outputs:
    ...     _ = outputs.write("a.txt", "一")
    ...     sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    []
    >>> [p.name for p in outputs.paths]
    ['a.txt']
    """

    def __init__(self, out_dir: str | Path) -> None:
        self.out_dir = Path(out_dir)
        self.paths: list[Path] = []
        self._staged: list[tuple[Path, Path]] = []  # (temporary file, target)

    @contextmanager
    def open(self, name: str) -> Iterator[BinaryIO]:
        """Stage ``out_dir/name`` through a binary file: for outputs too big to hold in memory at once.

        The file becomes ``out_dir/name`` at commit; if the block raises, it is discarded with the rest.
        """
        target = self.out_dir / name
        tmp = _create_temp(target)
        self._staged.append((tmp, target))
        try:
            with _durable(tmp, target) as fh:
                yield fh
        except OSError as e:
            raise _output_error(target, e) from e

    def reserve(self, name: str) -> Path:
        """A staged temporary path for ``out_dir/name`` that a worker process fills; call
        :meth:`finish` once it is written. It becomes ``out_dir/name`` at commit, like the others."""
        target = self.out_dir / name
        tmp = _create_temp(target)
        self._staged.append((tmp, target))
        return tmp

    def finish(self, tmp: Path) -> None:
        """Make a reserved file durable (fsynced) with the mode its target has or will have."""
        target = next(t for staged, t in self._staged if staged == tmp)
        try:
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.chmod(tmp, _file_mode(target))
        except OSError as e:
            raise _output_error(target, e) from e

    def _stage(self, name: str, write: Callable[[BinaryIO], None]) -> Path:
        with self.open(name) as fh:
            write(fh)
        return self.out_dir / name

    def write(self, name: str, data: str | bytes) -> Path:
        """Stage ``data`` (str as UTF-8) as ``out_dir/name``."""
        payload = data.encode("utf-8") if isinstance(data, str) else data
        return self._stage(name, lambda fh: fh.write(payload))

    def write_graph(self, name: str, graph: Graph | Dataset, *, fmt: str | None = None) -> Path:
        """Stage ``graph`` serialised as ``fmt`` (default: from the suffix of ``name``)."""
        fmt = fmt or FORMATS.get(Path(name).suffix)
        if fmt is None:
            raise OutputError(f"{name}: unknown output format {Path(name).suffix!r}",
                              hint="use one of " + ", ".join(sorted(FORMATS)))
        return self._stage(name, lambda fh: serialize_to(graph, fh, fmt))

    def commit(self) -> list[Path]:
        """Rename every staged file into place; return the targets."""
        for tmp, target in self._staged:
            try:
                os.replace(tmp, target)
            except OSError as e:
                self.discard()
                raise _output_error(target, e) from e
            self.paths.append(target)
        self._staged.clear()
        return self.paths

    def discard(self) -> None:
        """Remove every staged temporary file; the targets stay as they were."""
        for tmp, _ in self._staged:
            tmp.unlink(missing_ok=True)
        self._staged.clear()

    def __enter__(self) -> OutputSet:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()
