"""Where per-document work runs: this process, a local pool of processes, or a Dask cluster.

One seam, :class:`Engine`: the build hands it tasks (a top-level function and plain arguments) and
takes their results as they complete. Behind it is a ``concurrent.futures`` executor, either a
pool of local processes (``--workers N``) or Dask's (``--scheduler tcp://HOST:PORT``;
``distributed.Client.get_executor()`` is a ``concurrent.futures.Executor``). The results do not
depend on which: every output is made from sorted lines.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, as_completed

from kg.errors import InputError

CLUSTER_HINT = "install the cluster extra: pip install 'policy-kg[cluster]'"


def default_workers() -> int:
    """The machine's cores (those this process may use, where the OS says)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def can_fork() -> bool:
    """Local workers may be forked: Linux, and no thread running in this process besides the main one."""
    import sys
    import threading

    return sys.platform.startswith("linux") and threading.active_count() == 1


class Engine:
    """Runs tasks here (one worker), in local processes, or on a Dask cluster.

    The local pool starts only when there is work for more than one worker, which keeps small
    builds free of start-up costs. On Linux, in a process without threads, the workers are forked
    after ``warm`` (a function of no arguments: what every task would load first, jieba's dictionary
    and the lexicons) has run here: they start with it loaded, once for all of them, instead of each
    starting Python, importing kg and loading it (about a second each, while the build waits).
    Elsewhere, or when threads run (a Dask client, a caller's), they are spawned: a fork of a process
    with threads can deadlock, and macOS's system libraries do not survive one.
    """

    def __init__(self, *, workers: int = 1, scheduler: str | None = None,
                 warm: Callable[[], object] | None = None) -> None:
        self.workers = workers
        self.scheduler = scheduler
        self.warm = warm
        self.warm_cpu = 0.0  # CPU seconds ``warm`` took here
        self._pool: Executor | None = None
        self._helpers: Executor | None = None  # on a cluster: local processes for the write stage's tasks
        self._client = None
        if scheduler is not None:
            self._pool = self._connect(scheduler)

    @property
    def remote(self) -> bool:
        """True when tasks run on a cluster: they see neither this machine's files nor its cache."""
        return self.scheduler is not None

    def _connect(self, scheduler: str) -> Executor:
        try:
            from distributed import Client
        except ImportError as e:
            raise InputError(f"--scheduler {scheduler}: Dask is not installed", hint=CLUSTER_HINT) from e
        try:
            self._client = Client(scheduler, timeout="10s", set_as_default=False)
        except (OSError, TimeoutError) as e:
            raise InputError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({e})",
                             hint="start one with 'dask scheduler' and workers with 'dask worker ADDRESS'") from e
        return self._client.get_executor(pure=False)

    def _executor(self) -> Executor:
        if self._pool is None:
            self._pool = self._local_pool()
        return self._pool

    def _local_pool(self) -> Executor:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from kg.limits import die_with_parent

        method = "fork" if can_fork() else "spawn"
        if method == "fork" and self.warm is not None:
            cpu = time.process_time()
            self.warm()
            self.warm, self.warm_cpu = None, time.process_time() - cpu
        # workers end with this process, even when it is killed with SIGKILL (kg/limits.py)
        # (forked ones all at the first submit, before the pool's own threads start)
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context(method),
                                   initializer=die_with_parent, initargs=(os.getpid(),))

    @property
    def parallel(self) -> bool:
        return self.remote or self.workers > 1

    def map(self, fn: Callable, tasks: list[tuple]) -> Iterator:
        """``fn(*task)`` for each task, yielded as they complete (in this process with one worker)."""
        if not self.parallel or (len(tasks) <= 1 and not self.remote):
            for args in tasks:
                yield fn(*args)
            return
        futures = [self._executor().submit(fn, *args) for args in tasks]
        try:
            for fut in as_completed(futures):
                yield fut.result()
        finally:
            for fut in futures:
                fut.cancel()

    def submit(self, fn: Callable, *args, start: bool = True) -> Callable[[], object]:
        """Start ``fn(*args)`` in a local worker; return the function that waits for its result.

        Run here when the result is asked for with one worker, or with ``start=False`` and no pool
        running yet (spawning workers costs a second or two). On a cluster the task reads and writes
        this machine's files: it runs in a local process of its own (``workers`` of them, spawned
        when first ``start``-ed), while the cluster's workers have nothing left to do.
        """
        if self.workers == 1:
            return lambda: fn(*args)
        if self.remote:
            if self._helpers is None:
                if not start:
                    return lambda: fn(*args)
                self._helpers = self._local_pool()
            return self._helpers.submit(fn, *args).result
        if self._pool is None and not start:
            return lambda: fn(*args)
        return self._executor().submit(fn, *args).result

    def close(self) -> None:
        if self._helpers is not None:
            self._helpers.shutdown(wait=True, cancel_futures=True)
            self._helpers = None
        if self._pool is not None:
            if self.remote:  # Dask's executor cancels nothing on shutdown: the client's close does
                self._pool.shutdown(wait=False)
            else:
                self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
