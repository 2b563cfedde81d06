"""A content-hash cache of per-document build results: an unchanged corpus is rebuilt without extraction.

A corpus build keeps two things per text (zlib-compressed, one file each):

- the **labels** of its entities (type, key, label: JSON), keyed by :func:`text_key`: a hash of the
  text, its file name and the :func:`code_fingerprint`;
- the text's **named graph** as N-Quads, keyed by :func:`graph_key`: the text's key plus the labels the
  corpus chose for its entities (a label is chosen across documents, so adding a text can change
  another text's graph without changing its extraction).

The fingerprint hashes the package's code, its lexicons, the user's lexicon folders and the versions of
jieba and rdflib: editing a rule, a lexicon line or the graph mapping changes every key, so nothing
stale is ever read. Entries of other fingerprints are pruned by :meth:`BuildCache.prune`.

The cache holds data, never code: JSON and N-Quads text, read back as strings (a pickle, as this
cache once held, would run whatever its writer put in it). Each entry starts with a SHA-256 of its
kind, key and content; an entry that does not match, or is not rows of three strings, is a miss: the
text is extracted again, and the graph is the same.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import time
import zlib
from collections.abc import Iterable, Iterator, Mapping
from importlib import metadata
from pathlib import Path

from kg.errors import OutputError

#: Bump when the layout or encoding of entries changes.
CACHE_FORMAT = 2

#: Every entry file starts with this, then the SHA-256 of its key and content, then the zlib stream.
_MAGIC = b"kg-cache 2\n"
_DIGEST_BYTES = 32
#: Temporary files older than this are a dead build's leftovers (a live one renames them in seconds).
_STALE_TEMP_SECONDS = 3600

_VERSION_DIR = re.compile(r"^v[0-9a-f]{16}$")


#: The modules whose import closure makes a document's result: the per-document stages (reading the
#: settings, segmenting, extracting, mapping to N-Quads). With this module they are all that is
#: hashed: editing the view, the CLI or another output does not throw the cache away.
ROOT_MODULES = ("kg.tasks", "kg.document", "kg.extract", "kg.graph")


def _module_path(root: Path, name: str) -> Path | None:
    rel = Path(*name.split(".")[1:])
    for candidate in (root / rel / "__init__.py", (root / rel).with_suffix(".py")):
        if candidate.is_file():
            return candidate
    return None


_FROM_IMPORT = re.compile(r"^[ \t]*from[ \t]+(kg(?:\.\w+)*)[ \t]+import[ \t]+(\([^)]*\)|[\w \t,]+)", re.M)
_IMPORT = re.compile(r"^\s*import\s+(kg(?:\.\w+)*)", re.M)


def _imported_kg_modules(path: Path) -> set[str]:
    """The kg.* modules a source file imports, anywhere in it (imports inside functions count).

    A regular expression rather than the ast module: this runs on every build, and parsing twenty
    modules took 40 ms of a one-text build. Names that are not modules simply resolve to no file.
    """
    text = path.read_text(encoding="utf-8")
    names = set(_IMPORT.findall(text))
    for module, imported in _FROM_IMPORT.findall(text):
        names.add(module)
        for name in imported.strip("()").split(","):  # from kg.extract import context: a module too
            if name.split():
                names.add(f"{module}.{name.split()[0]}")
    return names


def _package_files() -> list[Path]:
    """The files that decide a document's result: the import closure of :data:`ROOT_MODULES`, every
    lexicon and the ontology (whose labels kg/graph.py writes)."""
    root = Path(__file__).resolve().parent
    seen: set[Path] = {root / "cache.py"}
    todo = list(ROOT_MODULES)
    done: set[Path] = set()
    while todo:
        path = _module_path(root, todo.pop())
        if path is None or path in done:
            continue
        done.add(path)
        seen.add(path)
        todo.extend(_imported_kg_modules(path))
        if path.name == "__init__.py":  # a package: all its modules (rule families are found by import)
            todo.extend("kg." + ".".join(p.relative_to(root).with_suffix("").parts)
                        for p in path.parent.glob("*.py") if p.name != "__init__.py")
    data = [p for p in (root / "lexicons").glob("*.txt")]
    data += [p for p in (root / "models").glob("*") if p.is_file()]  # the learned tagger and its cut-offs
    ontology = root.parent / "ontology"  # a source checkout keeps kg.ttl beside the package
    data += [p for p in ontology.glob("*.ttl")] if ontology.is_dir() else []
    data += [p for p in (root / "ontology").glob("*.ttl")] if (root / "ontology").is_dir() else []
    return sorted(seen | set(data))


def code_fingerprint(lexicon_dirs: tuple[str, ...] = ()) -> str:
    """A hash of everything besides the text that shapes a document's result (a few milliseconds).

    ``lexicon_dirs`` are the user's lexicon folders (:attr:`kg.settings.BuildSettings.lexicon_dirs`).
    Computed afresh on each call: a lexicon edited between two
    builds of one process must change it.
    """
    from kg.lexicon import lexicon_dirs as user_lexicon_dirs

    h = hashlib.sha256(f"kg-cache {CACHE_FORMAT} {sys.version_info[:2]}".encode())
    for dist in ("jieba", "rdflib", "python-crfsuite"):  # without python-crfsuite: the rules alone
        try:
            h.update(f"{dist} {metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            h.update(dist.encode())
    root = Path(__file__).resolve().parents[1]
    for p in _package_files():
        h.update(str(p.relative_to(root) if p.is_relative_to(root) else p.name).encode())
        h.update(p.read_bytes())
    for d in user_lexicon_dirs(lexicon_dirs):
        for p in sorted(d.glob("*.txt")) if d.is_dir() else ():
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def package_fingerprint() -> str:
    """A hash of the whole package and the libraries that write outputs: what the up-to-date check of
    a build's outputs compares (the view's code makes graph.html, but no document's cache entry)."""
    h = hashlib.sha256(code_fingerprint().encode())
    for dist in ("pyoxigraph", "networkx", "pyvis"):
        try:
            h.update(f"{dist} {metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            h.update(dist.encode())
    root = Path(__file__).resolve().parent
    for p in sorted(root.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".z"):
            h.update(str(p.relative_to(root)).encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def text_key(text: str, file_name: str, fingerprint: str) -> str:
    """Key of one text's extraction: its content, its file name (written into the graph) and the code."""
    h = hashlib.sha256(fingerprint.encode())
    h.update(b"\x1f" + file_name.encode("utf-8") + b"\x1f")
    h.update(text.encode("utf-8"))
    return h.hexdigest()


def graph_key(key: str, labels: Mapping[str, str]) -> str:
    """Key of one text's named graph: its :func:`text_key` plus the labels chosen for its entities."""
    h = hashlib.sha256(key.encode())
    for iri in sorted(labels):
        h.update(f"\x1e{iri}\x1f{labels[iri]}".encode())
    return h.hexdigest()


class BuildCache:
    """Per-document results on disk, under ``directory/v<fingerprint>/``.

    Reads never fail a build: a missing, truncated or unreadable entry is a miss. Writes go through
    a temporary file and a rename, so two builds sharing a cache never see half an entry.
    """

    def __init__(self, directory: str | Path, *, fingerprint: str) -> None:
        self.directory = Path(directory)
        self.fingerprint = fingerprint
        self.root = self.directory / f"v{fingerprint[:16]}"

    def __repr__(self) -> str:
        return f"BuildCache({str(self.directory)!r}, fingerprint={self.fingerprint[:16]!r})"

    def _path(self, kind: str, key: str) -> Path:
        return self.root / kind / key[:2] / f"{key}.z"

    def _read(self, kind: str, key: str) -> bytes | None:
        """An entry's content, or None when it is missing, truncated or does not match its hash."""
        try:
            raw = self._path(kind, key).read_bytes()
        except OSError:
            return None
        if not raw.startswith(_MAGIC):
            return None
        digest = raw[len(_MAGIC):len(_MAGIC) + _DIGEST_BYTES]
        try:
            data = zlib.decompress(raw[len(_MAGIC) + _DIGEST_BYTES:])
        except zlib.error:
            return None
        return data if _entry_digest(kind, key, data) == digest else None

    def _write(self, kind: str, key: str, data: bytes | str | os.PathLike) -> None:
        """Write an entry of ``data``: bytes, or the path of a file holding them."""
        target = self._path(kind, key)
        tmp = None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            with os.fdopen(fd, "wb") as fh:
                if isinstance(data, bytes):
                    fh.write(_MAGIC + _entry_digest(kind, key, data))
                    fh.write(zlib.compress(data, 1))  # level 1: 15x smaller N-Quads, at disk speed
                else:
                    fh.write(_MAGIC + _entry_digest(kind, key, _blocks(data)))
                    packer = zlib.compressobj(1)  # read back by zlib.decompress like any entry
                    for block in _blocks(data):
                        fh.write(packer.compress(block))
                    fh.write(packer.flush())
            os.replace(tmp, target)
        except OSError as e:
            _remove_quietly(tmp)  # a full disk leaves no half entry behind
            raise OutputError(f"{self.directory}: cannot write the build cache ({e.strerror or e})",
                              hint="choose another folder with --cache, or build with --no-cache") from e
        except BaseException:
            _remove_quietly(tmp)
            raise

    def get_labels(self, key: str) -> tuple[tuple[str, str, str], ...] | None:
        """The (type, key, label) of each entity of a text: what the corpus-wide label choice reads."""
        data = self._read("labels", key)
        if data is None:
            return None
        try:
            value = json.loads(data)
        except (ValueError, RecursionError):  # RecursionError: JSON nested thousands deep
            return None
        if not isinstance(value, list) or not all(
                isinstance(r, list) and len(r) == 3 and all(isinstance(x, str) for x in r) for r in value):
            return None
        return tuple(tuple(r) for r in value)

    def put_labels(self, key: str, rows: Iterable[tuple[str, str, str]]) -> None:
        self._write("labels", key, json.dumps([list(r) for r in rows], ensure_ascii=False).encode("utf-8"))

    def get_graph(self, key: str) -> bytes | None:
        """A text's named graph as N-Quads (sorted UTF-8 lines), or None."""
        return self._read("graph", key)

    def put_graph(self, key: str, nquads: bytes) -> None:
        self._write("graph", key, nquads)

    def put_graph_file(self, key: str, path: str | os.PathLike) -> None:
        """:meth:`put_graph` of a file's content, read twice in blocks (hashed, then compressed), never whole."""
        self._write("graph", key, path)

    def prune(self) -> int:
        """Remove the entries of other fingerprints (older code or lexicons) and the temporary files
        a killed build left behind; return how many version folders went."""
        removed = 0
        if not self.directory.is_dir():
            return 0
        for d in self.directory.iterdir():
            if d.is_dir() and _VERSION_DIR.match(d.name) and d != self.root:
                shutil.rmtree(d, ignore_errors=True)
                removed += 1
        stale = time.time() - _STALE_TEMP_SECONDS
        for folder, _, names in os.walk(self.root):
            for name in names:
                path = os.path.join(folder, name)
                if name.endswith(".tmp") and _mtime(path) < stale:
                    _remove_quietly(path)
        return removed


def _entry_digest(kind: str, key: str, data: bytes | Iterable[bytes]) -> bytes:
    """What an entry is checked against: its kind, its key and its content (a renamed entry misses too)."""
    digest = hashlib.sha256(f"{kind}\x1f{key}\x1f".encode())
    for block in (data,) if isinstance(data, bytes) else data:
        digest.update(block)
    return digest.digest()


def _blocks(path: str | os.PathLike, size: int = 4 << 20) -> Iterator[bytes]:
    with open(path, "rb") as fh:
        while block := fh.read(size):
            yield block


def _remove_quietly(path: str | os.PathLike | None) -> None:
    if path is not None:
        try:
            os.unlink(path)
        except OSError:
            pass


def _mtime(path: str) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return float("inf")


class NullCache(BuildCache):
    """A cache that keeps nothing (``kg build --no-cache``): every read misses, every write is dropped.

    Cheaper than a scratch folder: encoding and compressing the corpus's results is a tenth of a build.
    """

    def __init__(self) -> None:
        super().__init__(Path("."), fingerprint="0" * 64)

    def _read(self, kind: str, key: str) -> bytes | None:
        return None

    def _write(self, kind: str, key: str, data: bytes | str | os.PathLike) -> None:
        return None

    def prune(self) -> int:
        return 0
