"""What a build is told besides its texts, passed explicitly to every stage and worker.

No stage reads the environment: a worker process, or a Dask worker on another machine, gets the
settings as an argument, and the cache key hashes the same values.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kg.lexicon import Lexicon, lexicon_of, read_lexicon_files


@dataclass(frozen=True)
class BuildSettings:
    """The inputs' encoding (None: detect) and the user's lexicon folders, with their files' contents.

    >>> BuildSettings().lexicon() is BuildSettings().lexicon()
    True
    """

    encoding: str | None = None
    lexicon_dirs: tuple[str, ...] = ()
    #: (file name, text) of each user lexicon file, read once here: workers need not see the folders
    lexicon_files: tuple[tuple[str, str], ...] = field(default=(), repr=False)

    @classmethod
    def of(cls, *, encoding: str | None = None, lexicon_dirs: tuple[str | Path, ...] = ()) -> BuildSettings:
        """Settings with the lexicon folders made absolute and their files read."""
        dirs = tuple(str(Path(d).resolve()) for d in lexicon_dirs)
        return cls(encoding=encoding, lexicon_dirs=dirs, lexicon_files=read_lexicon_files(dirs))

    def lexicon(self) -> Lexicon:
        """Our lexicons plus the user's files (one object per content, so rule caches are shared)."""
        return lexicon_of(self.lexicon_files)
