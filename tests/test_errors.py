"""Every bad input a user can give, through the ``kg`` command: one line, a hint, the right exit code.

The promise (issue 7, docs/errors.md): ``kg: error: <what> (<hint>)`` on stderr, no traceback
unless ``kg --debug``; exit 0 success, 1 some files of a corpus failed (the rest was built) or the
graph does not validate, 2 bad input or usage, 70 a bug.
"""
from __future__ import annotations

import codecs
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from rdflib import RDFS, Graph, Literal

from kg.cli import main
from kg.errors import EXIT_FAILED, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE

GOOD = "会议深入贯彻党的二十大精神，审议通过了《政府工作报告》。"
PDF = (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
       b"2 0 obj\n<< /Length 20 /Filter /FlateDecode >>\nstream\nx\x9c\x03\x00\x00\x00\x00\x01\nendstream\n")
KG_SCRIPT = Path(sys.executable).with_name("kg")


def run_kg(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def assert_one_line_error(result: Result, code: int, *needles: str) -> str:
    """Exit ``code``; stderr is one line 'kg: error: … (hint)' naming every needle; no traceback."""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.exit_code == code, result.stderr
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert line.startswith("kg: error: "), line
    assert re.search(r" \(.+\)$", line), f"no hint in parentheses: {line}"
    for needle in needles:
        assert needle in line, f"{needle!r} not in {line!r}"
    assert "Traceback" not in result.stderr + result.stdout
    return line


def labels(graph_file: Path) -> set[str]:
    g = Graph().parse(graph_file)
    return {str(o) for o in g.objects(None, RDFS.label) if isinstance(o, Literal)}


# ---- kg build: inputs -------------------------------------------------------------------------

BAD_FILES = [
    ("empty.txt", b"", ["empty.txt", "empty"]),
    ("blank.txt", " \r\n\t\u3000\n".encode(), ["blank.txt", "whitespace"]),
    ("nul.txt", "政府工作报告".encode() + b"\x00\x00\x01\x02\xff", ["nul.txt", "binary"]),
    ("report.txt", PDF, ["report.txt", "PDF", "pdftotext"]),
    ("broken.txt", "正文".encode() + b"\xff\x80\xfe" + "结尾".encode(),
     ["broken.txt", "GB18030", "--encoding"]),
]


@pytest.mark.parametrize(("name", "data", "needles"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_a_bad_file_is_one_line_and_exit_2(tmp_path, name, data, needles) -> None:
    (tmp_path / name).write_bytes(data)
    assert_one_line_error(run_kg("build", tmp_path / name, "-o", tmp_path / "out"), EXIT_USAGE, *needles)


def test_a_missing_path_is_one_line_and_exit_2(tmp_path) -> None:
    assert_one_line_error(run_kg("build", tmp_path / "missing.txt", "-o", tmp_path / "out"), EXIT_USAGE,
                          "missing.txt", "no such file")


def test_a_folder_without_texts_is_one_line_and_exit_2(tmp_path) -> None:
    folder = tmp_path / "downloads"
    (folder / "sub").mkdir(parents=True)
    (folder / "report.pdf").write_bytes(PDF)
    assert_one_line_error(run_kg("build", folder, "-o", tmp_path / "out"), EXIT_USAGE, "downloads", ".txt")


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not KG_SCRIPT.exists(),
                    reason="needs named pipes and the kg script")
def test_a_named_pipe_is_refused_not_read_forever(tmp_path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    done = subprocess.run([str(KG_SCRIPT), "build", str(fifo), "-o", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == EXIT_USAGE and "not a regular file" in done.stderr


# ---- kg build: encodings ----------------------------------------------------------------------


@pytest.mark.parametrize(("label", "data", "option"), [
    ("gbk detected", GOOD.encode("gbk"), []),
    ("gbk named", GOOD.encode("gbk"), ["--encoding", "gbk"]),
    ("gb18030 named", GOOD.encode("gb18030"), ["--encoding", "GB18030"]),
    ("utf-16 with BOM", codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"), []),
    ("utf-8 with BOM", codecs.BOM_UTF8 + GOOD.encode("utf-8"), []),
])
def test_the_genres_encodings_build(tmp_path, label, data, option) -> None:
    (tmp_path / "report.txt").write_bytes(data)
    result = run_kg("build", tmp_path / "report.txt", "-o", tmp_path / "out", "--no-html", *option)
    assert result.exit_code == EXIT_OK, result.stderr
    assert "党的二十大" in labels(tmp_path / "out" / "graph.ttl")


def test_an_unknown_encoding_is_one_line_and_exit_2(tmp_path) -> None:
    (tmp_path / "report.txt").write_text(GOOD, encoding="utf-8")
    result = run_kg("build", tmp_path / "report.txt", "-o", tmp_path / "out", "--encoding", "utf-9")
    assert_one_line_error(result, EXIT_USAGE, "utf-9", "unknown encoding")


def test_a_wrong_encoding_names_the_file(tmp_path) -> None:
    (tmp_path / "gbk.txt").write_bytes(GOOD.encode("gbk"))
    result = run_kg("build", tmp_path / "gbk.txt", "-o", tmp_path / "out", "--encoding", "utf-8")
    assert_one_line_error(result, EXIT_USAGE, "gbk.txt", "utf-8")


def test_a_corpus_builds_without_its_bad_files_and_says_which_failed(tmp_path) -> None:
    """One undecodable and one empty file among good ones: the rest is built, both are listed, exit 1."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a-good.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "b-broken.txt").write_bytes("正文".encode() + b"\xff\x80\xfe")
    (corpus / "c-empty.txt").write_bytes(b"")
    result = run_kg("build", corpus, "-o", tmp_path / "out", "--no-html")
    assert result.exit_code == EXIT_FAILED, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert all(line.startswith("kg: error: ") for line in errors), errors
    assert any("b-broken.txt" in line and "GB18030" in line for line in errors), errors
    assert any("c-empty.txt" in line and "empty" in line for line in errors), errors
    assert "2 file(s) failed" in errors[-1]
    assert "built 1 document" in result.stdout
    assert "党的二十大" in labels(tmp_path / "out" / "graph.ttl")
    assert "Traceback" not in result.stderr


# ---- kg build: outputs ------------------------------------------------------------------------
# Tests run as root here, and root ignores permission bits: each case below fails for root too.


@pytest.fixture
def good_file(tmp_path) -> Path:
    (tmp_path / "report.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path / "report.txt"


def test_an_output_folder_under_a_file_is_one_line_and_exit_2(tmp_path, good_file) -> None:
    (tmp_path / "blocker").write_text("a file", encoding="utf-8")
    assert_one_line_error(run_kg("build", good_file, "-o", tmp_path / "blocker" / "out"), EXIT_USAGE,
                          "blocker", "-o")


def test_an_output_folder_that_is_a_file_is_one_line_and_exit_2(tmp_path, good_file) -> None:
    (tmp_path / "out").write_text("a file", encoding="utf-8")
    assert_one_line_error(run_kg("build", good_file, "-o", tmp_path / "out"), EXIT_USAGE,
                          "out", "not a folder")


def test_a_folder_named_like_an_output_is_one_line_and_exit_2(tmp_path, good_file) -> None:
    (tmp_path / "out" / "graph.ttl").mkdir(parents=True)
    assert_one_line_error(run_kg("build", good_file, "-o", tmp_path / "out", "--no-html"), EXIT_USAGE,
                          "graph.ttl")


# ---- kg query -----------------------------------------------------------------------------------


@pytest.fixture
def graph_file(tmp_path, good_file) -> Path:
    result = run_kg("build", good_file, "-o", tmp_path / "out", "--no-html")
    assert result.exit_code == EXIT_OK, result.stderr
    return tmp_path / "out" / "graph.ttl"


def test_malformed_sparql_is_one_line_and_exit_2(graph_file) -> None:
    assert_one_line_error(run_kg("query", graph_file, "SELEC x"), EXIT_USAGE, "SPARQL")


def test_an_unknown_output_format_is_one_line_and_exit_2(graph_file) -> None:
    assert_one_line_error(run_kg("query", graph_file, "SELECT * WHERE { ?s ?p ?o }", "--format", "xlsx"),
                          EXIT_USAGE, "xlsx")


def test_an_unknown_named_query_is_one_line_and_exit_2(graph_file) -> None:
    assert_one_line_error(run_kg("query", graph_file, "-n", "no-such-query"), EXIT_USAGE, "no-such-query")


def test_a_federated_query_is_refused_not_sent(graph_file) -> None:
    """SERVICE would make kg fetch from another host; it is refused before anything runs."""
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    assert_one_line_error(run_kg("query", graph_file, query), EXIT_USAGE, "SERVICE")


def test_a_missing_graph_is_one_line_and_exit_2(tmp_path) -> None:
    assert_one_line_error(run_kg("query", tmp_path / "nope.ttl", "SELECT * WHERE { ?s ?p ?o }"), EXIT_USAGE,
                          "nope.ttl")


def test_a_graph_that_is_not_rdf_is_one_line_and_exit_2(tmp_path) -> None:
    (tmp_path / "graph.ttl").write_text("这不是 Turtle { ;", encoding="utf-8")
    assert_one_line_error(run_kg("query", tmp_path / "graph.ttl", "SELECT * WHERE { ?s ?p ?o }"), EXIT_USAGE,
                          "graph.ttl")


# ---- usage, bugs, --debug ---------------------------------------------------------------------


def test_an_unknown_command_is_one_line_and_exit_2() -> None:
    assert_one_line_error(run_kg("frobnicate"), EXIT_USAGE, "frobnicate")


def test_an_unknown_option_names_the_commands_help(good_file) -> None:
    assert_one_line_error(run_kg("build", good_file, "--colour"), EXIT_USAGE, "--colour", "kg build --help")


def test_a_bug_is_one_line_with_exit_70(good_file, monkeypatch, tmp_path) -> None:
    import kg.extract

    def broken_extract(*args, **kwargs):
        raise RuntimeError("a rule fell over")

    monkeypatch.setattr(kg.extract, "extract", broken_extract)
    result = run_kg("build", good_file, "-o", tmp_path / "out", "--no-cache", "--no-html")
    line = assert_one_line_error(result, EXIT_INTERNAL, "internal error", "RuntimeError", "a rule fell over")
    assert "--debug" in line


@pytest.mark.skipif(not KG_SCRIPT.exists(), reason="the kg script is not installed beside this Python")
def test_the_installed_command_prints_one_line_and_debug_the_traceback(tmp_path) -> None:
    missing = str(tmp_path / "missing.txt")
    plain = subprocess.run([str(KG_SCRIPT), "build", missing], capture_output=True, text=True, timeout=60)
    assert plain.returncode == EXIT_USAGE
    assert plain.stderr.strip().splitlines() == [
        f"kg: error: {missing}: no such file or folder (check the path)"]
    debug = subprocess.run([str(KG_SCRIPT), "--debug", "build", missing],
                           capture_output=True, text=True, timeout=60)
    assert debug.returncode != EXIT_OK
    assert "Traceback" in debug.stderr and "InputError" in debug.stderr


@pytest.mark.skipif(not KG_SCRIPT.exists(), reason="the kg script is not installed beside this Python")
def test_a_closed_pipe_is_not_an_error(graph_file) -> None:
    """``kg query … | head -1``: the reader goes away; kg stops quietly with exit 0."""
    many_rows = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    proc = subprocess.Popen([str(KG_SCRIPT), "query", str(graph_file), many_rows, "--format", "tsv"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read().decode("utf-8")
    assert proc.wait(timeout=120) == EXIT_OK, stderr
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr and "Exception ignored" not in stderr
