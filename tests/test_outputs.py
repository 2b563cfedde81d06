"""Outputs are written atomically: a failed or interrupted build never leaves a truncated graph.

Unit tests of kg.outputs, then the same promise through ``kg build``: serialisation is made to fail
halfway (disk full, Ctrl-C, SIGTERM) and the earlier good outputs must be intact, byte for byte,
with no temporary files left beside them.
"""
from __future__ import annotations

import errno
import os
import signal
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg import outputs as kg_outputs
from kg.cli import main
from kg.errors import EXIT_INTERRUPTED, EXIT_TERMINATED, EXIT_USAGE, OutputError
from kg.outputs import OutputSet, atomic_output, check_writable, write_atomic, write_graph
from kg.pipeline import build_graph

OLD_TEXT = "会议深入贯彻党的二十大精神，审议通过了《政府工作报告》。"
NEW_TEXT = "省委书记黄坤明主持会议。全省生产总值增长4.8%，深入实施“十大战略”。"


def leftovers(folder) -> list[str]:
    """Temporary files a write may leave behind: .NAME.*.tmp beside the targets, write probes."""
    return sorted(str(p.relative_to(folder)) for pattern in ("*.tmp", ".kg-write-test.*")
                  for p in folder.rglob(pattern))


# ---- kg.outputs -------------------------------------------------------------------------------


def test_write_atomic_replaces_the_file_whole(tmp_path) -> None:
    target = tmp_path / "graph.ttl"
    target.write_text("old", encoding="utf-8")
    write_atomic(target, "新的图")
    assert target.read_text(encoding="utf-8") == "新的图"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("failure", [RuntimeError("serialiser bug"), KeyboardInterrupt()])
def test_a_write_that_fails_midway_leaves_the_old_file(tmp_path, failure) -> None:
    target = tmp_path / "graph.ttl"
    target.write_bytes(b"old and good")
    with pytest.raises(type(failure)):
        with atomic_output(target) as fh:
            fh.write(b"@prefix kg: <https://w3id.org/policykg/ontology#> .\n")
            raise failure
    assert target.read_bytes() == b"old and good"
    assert leftovers(tmp_path) == []


def test_disk_full_is_an_output_error_naming_the_file(tmp_path) -> None:
    target = tmp_path / "graph.ttl"
    target.write_bytes(b"old and good")
    with pytest.raises(OutputError) as err:
        with atomic_output(target) as fh:
            fh.write(b"partial")
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert "graph.ttl" in str(err.value) and "disk space" in err.value.hint
    assert target.read_bytes() == b"old and good"
    assert leftovers(tmp_path) == []


def test_replacing_keeps_the_file_mode(tmp_path) -> None:
    target = tmp_path / "graph.ttl"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_atomic(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")  # rdflib JSON-LD
def test_write_graph_picks_the_format_from_the_suffix(tmp_path) -> None:
    g = build_graph(OLD_TEXT)
    for name, fmt in (("g.ttl", "turtle"), ("g.jsonld", "json-ld"), ("g.nt", "nt")):
        back = Graph().parse(write_graph(g, tmp_path / name), format=fmt)
        assert len(back) == len(g)
    with pytest.raises(OutputError, match="unknown output format"):
        write_graph(g, tmp_path / "g.xlsx")


def test_a_folder_in_the_way_of_the_output_is_an_output_error(tmp_path) -> None:
    (tmp_path / "graph.ttl").mkdir()
    with pytest.raises(OutputError, match="graph.ttl"):
        write_graph(build_graph(OLD_TEXT), tmp_path / "graph.ttl")
    assert leftovers(tmp_path) == []


def test_output_set_renames_nothing_until_every_file_is_written(tmp_path) -> None:
    """A failure in the last format must not leave a new graph.ttl beside an old graph.jsonld."""
    for name in ("graph.ttl", "graph.jsonld"):
        (tmp_path / name).write_text(f"old {name}", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with OutputSet(tmp_path) as outputs:
            outputs.write("graph.ttl", "new ttl")
            outputs.write("graph.jsonld", "new jsonld")
            raise RuntimeError("view rendering failed")
    assert (tmp_path / "graph.ttl").read_text(encoding="utf-8") == "old graph.ttl"
    assert (tmp_path / "graph.jsonld").read_text(encoding="utf-8") == "old graph.jsonld"
    assert leftovers(tmp_path) == []


def test_output_set_commits_all_files(tmp_path) -> None:
    g = build_graph(NEW_TEXT)
    with OutputSet(tmp_path / "out") as outputs:
        outputs.write_graph("graph.ttl", g)
        outputs.write_graph("graph.jsonld", g)
        outputs.write("graph.html", "<html></html>")
    assert [p.name for p in outputs.paths] == ["graph.ttl", "graph.jsonld", "graph.html"]
    assert len(Graph().parse(tmp_path / "out" / "graph.ttl")) == len(g)
    assert leftovers(tmp_path / "out") == []


def test_output_set_streams_big_outputs_and_discards_them_on_failure(tmp_path) -> None:
    (tmp_path / "graph.nt").write_bytes(b"old\n")
    with pytest.raises(KeyboardInterrupt):
        with OutputSet(tmp_path) as outputs:
            with outputs.open("graph.nt") as fh:
                fh.write(b"<urn:a> <urn:b> <urn:c> .\n")
                raise KeyboardInterrupt
    assert (tmp_path / "graph.nt").read_bytes() == b"old\n"
    assert leftovers(tmp_path) == []
    with OutputSet(tmp_path) as outputs:
        with outputs.open("graph.nt") as fh:
            for i in range(3):
                fh.write(f"<urn:s{i}> <urn:p> <urn:o> .\n".encode())
    assert len(Graph().parse(tmp_path / "graph.nt", format="nt")) == 3


@pytest.mark.parametrize("how", ["parent is a file", "output is a file"])
def test_check_writable_fails_even_for_root(tmp_path, how) -> None:
    """Root ignores permission bits, so the failures used here are ones root cannot write through."""
    blocker = tmp_path / "blocker"
    blocker.write_text("a file", encoding="utf-8")
    out = blocker / "out" if how == "parent is a file" else blocker
    with pytest.raises(OutputError, match="blocker"):
        check_writable(out)


# ---- through kg build -------------------------------------------------------------------------
# The failures are injected where the bytes go to disk (kg.outputs' open), so they hit whatever
# serialiser kg/corpus.py uses, halfway through the file named.

OUTPUTS = ("graph.ttl", "graph.jsonld", "graph.trig")


def run_kg(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def built(tmp_path):
    """A good earlier build in out/, its output bytes, and a new input for the build that will fail."""
    (tmp_path / "old.txt").write_text(OLD_TEXT, encoding="utf-8")
    (tmp_path / "new.txt").write_text(NEW_TEXT, encoding="utf-8")
    out = tmp_path / "out"
    result = run_kg("build", str(tmp_path / "old.txt"), "-o", str(out), "--no-html")
    assert result.exit_code == 0, result.stderr
    before = {name: (out / name).read_bytes() for name in OUTPUTS}
    return tmp_path, out, before


class _FailingFile:
    """A file that writes half of the first chunk it is given, then fails."""

    def __init__(self, fh, failure) -> None:
        self._fh, self._failure = fh, failure

    def write(self, data) -> int:
        self._fh.write(data[: len(data) // 2])
        self._fh.flush()
        self._failure()
        return len(data)

    def __getattr__(self, name):
        return getattr(self._fh, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._fh.close()


def fail_while_writing(monkeypatch, output_name: str, failure) -> None:
    """Make the write of ``output_name`` (its temporary file) fail halfway as ``failure`` says."""
    real_open = open

    def fake_open(path, mode="r", *args, **kwargs):
        fh = real_open(path, mode, *args, **kwargs)
        if Path(path).name.startswith(f".{output_name}.") and "w" in mode:
            return _FailingFile(fh, failure)
        return fh

    monkeypatch.setattr(kg_outputs, "open", fake_open, raising=False)


def disk_full():
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def ctrl_c():
    raise KeyboardInterrupt


def sigterm():
    os.kill(os.getpid(), signal.SIGTERM)  # the CLI's handler raises Terminated before kill returns to us


@pytest.mark.parametrize(("failure", "code", "message"), [
    (disk_full, EXIT_USAGE, "No space left on device"),
    (ctrl_c, EXIT_INTERRUPTED, "interrupted"),
    (sigterm, EXIT_TERMINATED, "terminated"),
])
@pytest.mark.parametrize("failing_output", ["graph.ttl", "graph.jsonld"])
def test_a_build_that_fails_while_writing_keeps_the_earlier_build(built, monkeypatch, failing_output, failure,
                                                                  code, message) -> None:
    """Failing in the first or a later output file: every earlier output survives byte for byte."""
    tmp_path, out, before = built
    fail_while_writing(monkeypatch, failing_output, failure)
    result = run_kg("build", str(tmp_path / "new.txt"), "-o", str(out), "--no-html")
    assert result.exit_code == code, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]  # click echoes a newline at ^C
    assert len(lines) == 1 and lines[0].startswith("kg: error: ") and message in lines[0], result.stderr
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == before
    assert leftovers(out) == []


def test_the_failure_injection_really_fails_the_write(built, monkeypatch) -> None:
    """Guard for the tests above: without the injected failure the same build changes the outputs."""
    tmp_path, out, before = built
    result = run_kg("build", str(tmp_path / "new.txt"), "-o", str(out), "--no-html")
    assert result.exit_code == 0, result.stderr
    assert {name: (out / name).read_bytes() for name in OUTPUTS} != before
