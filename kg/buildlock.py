"""One build per output folder at a time, and nothing left of a build that was killed.

Two ``kg build`` runs into one folder used to interleave: the second could write its graph between the
first's outputs and its stamp, leaving B's graph marked up to date with A's counts. A build now holds
an exclusive lock on ``OUT/.kg-build.lock`` (``flock``: the kernel drops it when the process dies, even
by SIGKILL, so a lock is never stale) from before it reads the stamp until its outputs and stamp are
both in place; a second build into the folder meanwhile stops at once with one line, exit 2.

Holding the lock also means that whatever a build's temporary names are in the folder (staged
outputs ``.graph.ttl.*.tmp``, the ``.kg-work-*`` spool, write probes) belongs to a build that died:
:func:`sweep_leftovers` removes them before the new build starts.
"""
from __future__ import annotations

import errno
import functools
import os
import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from kg.errors import OutputError
from kg.outputs import check_writable

LOCK_NAME = ".kg-build.lock"

#: What a build names its temporary files and folders in the output folder (kg/outputs.py, kg/corpus.py).
_LEFTOVER = re.compile(r"^\.(?:graph\.[\w.]+|kg-build\.json)\.[^/]*\.tmp$|^\.kg-work-[^/]+$|^\.kg-write-test\.[^/]+$")

F = TypeVar("F", bound=Callable)


@contextmanager
def build_lock(out_dir: str | Path) -> Iterator[Path]:
    """Hold the output folder's build lock (the folder is made if need be); OutputError when another
    build holds it. Where the platform has no ``flock`` the block runs unlocked."""
    out = check_writable(out_dir)
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks here
        yield out
        return
    path = out / LOCK_NAME
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            holder = _holder(fd)
            os.close(fd)
            if e.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise OutputError(f"{out}: cannot lock the output folder ({e.strerror or e})",
                                  hint="choose another folder with -o") from e
            raise OutputError(f"{out}: another kg build{holder} is writing this folder",
                              hint="wait for it to finish, or choose another folder with -o") from e
        # the holder before us may have removed the file between our open and our lock: lock the one there
        try:
            same = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        sweep_leftovers(out)
        yield out
    finally:
        try:
            os.unlink(path)  # while still held: no one can have locked this file in the meantime
        except OSError:
            pass
        os.close(fd)


def _holder(fd: int) -> str:
    try:
        pid = os.pread(fd, 32, 0).decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return f" (process {pid})" if pid.isdigit() else ""


def sweep_leftovers(out: Path) -> list[str]:
    """Remove the temporary files and folders of builds that died in ``out``; return their names.

    Call it only while holding :func:`build_lock`: then no live build owns them.
    """
    removed = []
    try:
        entries = list(os.scandir(out))
    except OSError:
        return removed
    for entry in entries:
        if not _LEFTOVER.match(entry.name):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
            removed.append(entry.name)
        except OSError:
            pass
    return removed


def one_build_per_folder(build: F) -> F:
    """Decorate ``build(paths, out_dir, …)`` to run under the output folder's :func:`build_lock`."""

    @functools.wraps(build)
    def locked(*args, **kwargs):
        with build_lock(kwargs["out_dir"] if "out_dir" in kwargs else args[1]):
            return build(*args, **kwargs)

    return locked  # type: ignore[return-value]


__all__ = ["LOCK_NAME", "build_lock", "one_build_per_folder", "sweep_leftovers"]
