"""kg build --scheduler: extraction and mapping on a Dask cluster give the bytes of a one-worker build."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.corpus import build
from tests.test_corpus import OUTPUTS, outputs_of, write_corpus

DASK = shutil.which("dask", path=str(Path(sys.executable).parent))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def scheduler() -> str:
    """A `dask scheduler` and two `dask worker`s on 127.0.0.1, as a user would start them."""
    pytest.importorskip("distributed", reason="the cluster extra is not installed (pip install 'policy-kg[cluster]')")
    if DASK is None:
        pytest.skip("the dask command is not installed beside this Python")
    from distributed import Client

    address = f"tcp://127.0.0.1:{_free_port()}"
    procs = [subprocess.Popen([DASK, "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                               "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        for _ in range(2):
            procs.append(subprocess.Popen([DASK, "worker", address, "--nworkers", "1", "--nthreads", "1",
                                           "--no-dashboard"], stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL))
        deadline = time.monotonic() + 60
        while True:
            try:
                with Client(address, timeout="5s") as client:
                    client.wait_for_workers(2, timeout=max(1, deadline - time.monotonic()))
                break
            except (OSError, TimeoutError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        yield address
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()


@pytest.mark.slow
def test_a_dask_build_is_byte_identical_to_a_one_worker_build(scheduler, tmp_path) -> None:
    corpus = write_corpus(tmp_path / "texts")
    local = build([corpus], tmp_path / "local", workers=1, use_cache=False)
    result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(tmp_path / "dask"), "--scheduler",
                                       scheduler, "--no-cache"])
    assert result.exit_code == 0, result.output
    assert "built 3 document(s) (3 extracted" in result.output
    names = (*OUTPUTS, "graph.html")
    assert local.extracted == 3
    assert {n: (tmp_path / "dask" / n).read_bytes() for n in names} == \
        {n: (tmp_path / "local" / n).read_bytes() for n in names}


@pytest.mark.slow
def test_a_dask_build_fills_the_cache_a_local_rebuild_reads(scheduler, tmp_path) -> None:
    corpus = write_corpus(tmp_path / "texts")
    cache = tmp_path / "cache"
    first = build([corpus], tmp_path / "dask", scheduler=scheduler, cache_dir=cache, write_html=False)
    again = build([corpus], tmp_path / "local", workers=1, cache_dir=cache, write_html=False)
    assert (first.extracted, again.extracted, again.cached) == (3, 0, 3)
    assert outputs_of(tmp_path / "local") == outputs_of(tmp_path / "dask")


def test_without_dask_the_scheduler_option_says_how_to_install_it(tmp_path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed raises ImportError
    corpus = write_corpus(tmp_path / "texts")
    result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(tmp_path / "out"), "--scheduler",
                                       "tcp://127.0.0.1:1"])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error:")
    assert "pip install 'policy-kg[cluster]'" in lines[0]
