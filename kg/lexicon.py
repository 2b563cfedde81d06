"""Domain knowledge as data: load the lexicon files shipped in ``kg/lexicons/`` and the user's own.

Each file is plain UTF-8, one entry a line, ``#`` starts a comment. Entry files (``<kind>.txt``)
hold names; a line may carry aliases after a tab, ``|``-separated::

    党的二十大<TAB>二十大|中国共产党第二十次全国代表大会

Users extend any kind without code changes: put files with the same names in a folder and pass it
with ``--lexicon DIR``; their entries are added to ours. The folders are a setting passed down
explicitly (:class:`kg.settings.BuildSettings`), never read from the environment: a worker on another
machine gets the files' contents, and the cache key hashes the same contents.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path


@dataclass(frozen=True, eq=False)  # hashed by identity: rule caches key on the loaded lexicon
class Lexicon:
    """All lexicon files, by kind (file stem): entries in file order, and aliases per canonical."""

    entries: dict[str, tuple[str, ...]]
    aliases: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    _sets: dict[str, frozenset[str]] = field(default_factory=dict, init=False, repr=False)

    def get(self, kind: str) -> tuple[str, ...]:
        return self.entries.get(kind, ())

    def set(self, kind: str) -> frozenset[str]:
        """The entries of ``kind`` as a set, made once (rules ask for them at every candidate)."""
        found = self._sets.get(kind)
        if found is None:
            found = self._sets[kind] = frozenset(self.entries.get(kind, ()))
        return found

    def alias_map(self, kind: str) -> dict[str, tuple[str, ...]]:
        return self.aliases.get(kind, {})


def _parse(text: str) -> tuple[list[str], dict[str, tuple[str, ...]]]:
    names, aliases = [], {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if not line.strip():
            continue
        head, _, rest = line.partition("\t")
        if not rest and len(head.split()) > 1:  # a line of several space-separated entries
            names.extend(head.split())
            continue
        head = head.strip()
        names.append(head)
        if rest.strip():
            aliases[head] = tuple(a.strip() for a in re.split(r"[|｜]", rest) if a.strip())
    return names, aliases


def lexicon_dirs(extra: tuple[str, ...] = ()) -> tuple[Path, ...]:
    """The user's lexicon folders as paths."""
    return tuple(Path(p) for p in extra)


def read_lexicon_files(dirs: tuple[str, ...] = ()) -> tuple[tuple[str, str], ...]:
    """(file name, text) of every .txt file in the user's lexicon folders, in folder then name order."""
    files: list[tuple[str, str]] = []
    for d in lexicon_dirs(dirs):
        if d.is_dir():
            files += [(f.name, read_lexicon_file(f)) for f in sorted(d.glob("*.txt"))]
    return tuple(files)


def read_lexicon_file(path: Path) -> str:
    """A user's lexicon file: UTF-8 (a BOM is fine); anything else is one InputError naming the file."""
    from kg.reader import read_utf8

    return read_utf8(path, what="lexicon file", hint="lexicon files are UTF-8 text, one entry a line")


def load_lexicon(extra_dirs: tuple[str, ...] = ()) -> Lexicon:
    """Our files plus those of the user's folders (same stem → entries appended)."""
    return lexicon_of(read_lexicon_files(tuple(extra_dirs)))


@lru_cache(maxsize=8)
def lexicon_of(user_files: tuple[tuple[str, str], ...] = ()) -> Lexicon:
    """Our files plus the user's ``(file name, text)`` pairs: one Lexicon object per distinct content."""
    entries: dict[str, list[str]] = {}
    aliases: dict[str, dict[str, tuple[str, ...]]] = {}
    sources = [(f.name, f.read_text(encoding="utf-8"))
               for f in sorted(resources.files("kg.lexicons").iterdir(), key=lambda f: f.name)
               if f.name.endswith(".txt")]
    sources += list(user_files)
    for name, text in sources:
        kind = name[:-4]
        names, al = _parse(text)
        bucket = entries.setdefault(kind, [])
        seen = set(bucket)
        bucket.extend(n for n in names if n not in seen and not seen.add(n))
        aliases.setdefault(kind, {}).update(al)
    return Lexicon({k: tuple(v) for k, v in entries.items()}, aliases)
