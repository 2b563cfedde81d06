"""``kg load``: a build's named graphs pushed to a real ``oxigraph serve`` over the Graph Store Protocol.

The server is the one the PyPI package ``oxigraph`` installs beside this Python, started on a free
port of 127.0.0.1. A small stand-in server checks what a real one cannot be made to do on cue
(answer 503, demand a password, refuse one graph).
"""
from __future__ import annotations

import base64
import json
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg.cli import main
from kg.corpus import build
from kg.errors import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from kg.load import STATE

OXIGRAPH = Path(sys.executable).with_name("oxigraph")
SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_a0e522b26099673f.txt"
KG = "https://w3id.org/policykg/ontology#"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Oxigraph:
    """``oxigraph serve`` (in memory) on a free port of 127.0.0.1."""

    def __init__(self) -> None:
        self.port = free_port()
        self.process = subprocess.Popen([str(OXIGRAPH), "serve", "--bind", f"127.0.0.1:{self.port}"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    break
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    pytest.fail("oxigraph serve did not start")
                time.sleep(0.1)

    @property
    def store(self) -> str:
        return f"{self.url}/store"

    def select(self, query: str, *, union: bool = False) -> list[dict[str, str]]:
        """Rows of ``query``; ``union``: over the union of all graphs (``oxigraph serve --union-default-graph``)."""
        data = urllib.parse.urlencode({"query": query, **({"union-default-graph": ""} if union else {})}).encode()
        req = urllib.request.Request(f"{self.url}/query", data=data,
                                     headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=30) as r:
            rows = json.load(r)["results"]["bindings"]
        return [{k: v["value"] for k, v in row.items()} for row in rows]

    def quads(self) -> int:
        return int(self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0]["n"])

    def graphs(self) -> set[str]:
        return {r["g"] for r in self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def oxigraph() -> Iterator[Oxigraph]:
    if not OXIGRAPH.exists():
        pytest.skip(f"{OXIGRAPH} is missing: pip install -e '.[test]' installs the oxigraph server")
    server = Oxigraph()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Three texts: the seed speech and two altered copies (three documents, three named graphs)."""
    texts = tmp_path_factory.mktemp("texts")
    seed = SEED.read_text(encoding="utf-8")
    for i, extra in enumerate(["", "\n（一）\n", "\n（二）\n"]):
        (texts / f"speech-{i}.txt").write_text(seed + extra, encoding="utf-8")
    return texts


@pytest.fixture(scope="module")
def built_once(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("built") / "out"
    build([corpus], out, write_html=False)
    return out


@pytest.fixture
def built(built_once, tmp_path) -> Path:
    """The corpus built once (with its cache), copied for each test to change as it likes."""
    import shutil

    return Path(shutil.copytree(built_once, tmp_path / "out"))


def nq_lines(out: Path) -> list[str]:
    return [ln for ln in (out / "graph.nq").read_text(encoding="utf-8").splitlines() if ln.strip()]


def nq_graphs(out: Path) -> set[str]:
    return {re.search(r"<([^<>]*)> \.$", ln).group(1) for ln in nq_lines(out)}


def run_kg(*args: str | Path, env: dict | None = None) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


def assert_one_line_error(result: Result, code: int, *needles: str) -> str:
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert result.exit_code == code, result.stderr + result.stdout
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kg: error: ") and re.search(r" \(.+\)$", lines[0]), lines[0]
    for needle in needles:
        assert needle in lines[0], f"{needle!r} not in {lines[0]!r}"
    assert "Traceback" not in result.output
    return lines[0]


# ---------------------------------------------------------------- against oxigraph serve


@pytest.mark.slow
def test_loading_twice_leaves_the_quads_of_graph_nq_once(oxigraph, built) -> None:
    first = run_kg("load", built, "--endpoint", oxigraph.store)
    assert first.exit_code == EXIT_OK, first.output
    assert "3 of 3 graph(s) sent" in first.stdout
    again = run_kg("load", built, "--endpoint", oxigraph.store, "--force")
    assert again.exit_code == EXIT_OK, again.output
    assert "3 of 3 graph(s) sent" in again.stdout
    assert oxigraph.quads() == len(nq_lines(built)) == len(set(nq_lines(built)))
    assert oxigraph.graphs() == nq_graphs(built)
    unchanged = run_kg("load", built, "--endpoint", oxigraph.store)
    assert "0 of 3 graph(s) sent" in unchanged.stdout and "3 unchanged" in unchanged.stdout
    assert oxigraph.quads() == len(nq_lines(built))


@pytest.mark.slow
def test_after_an_incremental_build_only_the_changed_document_is_sent(oxigraph, corpus, built, tmp_path) -> None:
    assert run_kg("load", built, "--endpoint", oxigraph.store).exit_code == EXIT_OK
    before = nq_graphs(built)
    changed = tmp_path / "texts"
    changed.mkdir()
    for f in corpus.glob("*.txt"):
        (changed / f.name).write_bytes(f.read_bytes())
    (changed / "speech-2.txt").write_text(SEED.read_text(encoding="utf-8") + "\n（三）\n", encoding="utf-8")
    summary = build([changed], built, write_html=False)
    assert summary.extracted == 1  # the cache kept the other two
    after = nq_graphs(built)
    gone, new = before - after, after - before
    assert len(gone) == len(new) == 1  # a document's graph IRI is minted from its text

    result = run_kg("load", built, "--endpoint", oxigraph.store)
    assert result.exit_code == EXIT_OK, result.output
    assert "1 of 3 graph(s) sent" in result.stdout
    assert "2 unchanged, 1 deleted" in result.stdout
    assert oxigraph.graphs() == after
    assert oxigraph.quads() == len(nq_lines(built))
    record = json.loads((built / STATE).read_text(encoding="utf-8"))
    (entry,) = record["loads"].values()
    assert set(entry["graphs"]) == after and entry["endpoint"] == oxigraph.store


@pytest.mark.slow
def test_a_loaded_entity_answers_a_sparql_query_through_the_server(oxigraph, built) -> None:
    assert run_kg("load", built / "graph.nq", "--endpoint", oxigraph.store).exit_code == EXIT_OK
    rows = oxigraph.select("""
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?e ?type WHERE { GRAPH ?g { ?e rdfs:label "两个确保"@zh ; a ?type } }""")
    assert len(rows) == 1
    assert rows[0]["type"] == f"{KG}Strategy"
    assert f"<{rows[0]['e']}> <http://www.w3.org/2000/01/rdf-schema#label> \"两个确保\"@zh" in \
        (built / "graph.nq").read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_default_graph_answers_the_named_queries_as_graph_ttl_does(oxigraph, built) -> None:
    import pyoxigraph as ox

    query = (Path(__file__).resolve().parents[1] / "kg" / "queries" / "entity-types.rq").read_text(encoding="utf-8")
    local = ox.Store()
    local.load(path=str(built / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    expected = {(r["type"].value, int(r["entities"].value), int(r["mentions"].value)) for r in local.query(query)}

    def served(union: bool) -> set[tuple[str, int, int]]:
        rows = oxigraph.select(query, union=union)
        return {(r["type"], int(r["entities"]), int(r["mentions"])) for r in rows}

    result = run_kg("load", built, "--endpoint", oxigraph.store, "--default-graph")
    assert result.exit_code == EXIT_OK, result.output
    assert "the default graph (graph.ttl, " in result.stdout and ") sent" in result.stdout
    assert served(union=False) == expected
    # the union of the documents' graphs states an entity's type once per document naming it
    assert served(union=True) != expected
    again = run_kg("load", built, "--endpoint", oxigraph.store, "--default-graph")
    assert "0 of 3 graph(s) sent" in again.stdout and "the default graph unchanged" in again.stdout


def test_default_graph_needs_a_build_folder(built, tmp_path) -> None:
    lonely = tmp_path / "only" / "graph.nq"
    lonely.parent.mkdir()
    lonely.write_bytes((built / "graph.nq").read_bytes())
    assert_one_line_error(run_kg("load", lonely, "--endpoint", "http://127.0.0.1:1/store", "--default-graph"),
                          EXIT_USAGE, "no graph.ttl")


def test_graph_trig_loads_the_same_graphs(oxigraph, built) -> None:
    result = run_kg("load", built / "graph.trig", "--endpoint", oxigraph.store)
    assert result.exit_code == EXIT_OK, result.output
    assert oxigraph.graphs() == nq_graphs(built)
    assert oxigraph.quads() == len(nq_lines(built))


def test_a_wrong_path_on_the_server_is_one_line_and_exit_2(oxigraph, built) -> None:
    result = run_kg("load", built, "--endpoint", f"{oxigraph.url}/sparql")
    assert_one_line_error(result, EXIT_USAGE, "HTTP 404", "/store")
    assert oxigraph.quads() == 0


# ---------------------------------------------------------------- errors without a server


def test_an_unreachable_endpoint_is_one_line_and_exit_2(built) -> None:
    result = run_kg("load", built, "--endpoint", f"http://127.0.0.1:{free_port()}/store", "--retries", "0")
    assert_one_line_error(result, EXIT_USAGE, "cannot connect", "Connection refused")


@pytest.mark.parametrize("args, needles", [
    (["--endpoint", "ftp://example.org/store"], ["not an http(s) URL"]),
    (["--endpoint", "http://127.0.0.1:99999/store"], ["not a URL"]),
])
def test_a_bad_endpoint_url_is_one_line_and_exit_2(built, args, needles) -> None:
    assert_one_line_error(run_kg("load", built, *args), EXIT_USAGE, *needles)


def test_a_source_without_named_graphs_is_one_line_and_exit_2(built, tmp_path) -> None:
    assert_one_line_error(run_kg("load", built / "graph.ttl", "--endpoint", "http://127.0.0.1:1/store"),
                          EXIT_USAGE, "graph.ttl", "no named graphs")
    assert_one_line_error(run_kg("load", tmp_path, "--endpoint", "http://127.0.0.1:1/store"),
                          EXIT_USAGE, "no graph.nq")
    bad = tmp_path / "bad.nq"
    bad.write_text("<http://a> <http://b> .\n", encoding="utf-8")
    assert_one_line_error(run_kg("load", bad, "--endpoint", "http://127.0.0.1:1/store"), EXIT_USAGE,
                          "bad.nq", "not valid")
    triples = tmp_path / "triples.nq"
    triples.write_text("<http://a> <http://b> <http://c> .\n", encoding="utf-8")
    assert_one_line_error(run_kg("load", triples, "--endpoint", "http://127.0.0.1:1/store"), EXIT_USAGE,
                          "default graph")


# ---------------------------------------------------------------- a stand-in server


class StandIn:
    """A Graph Store Protocol stand-in: records requests; answers as ``answer(method, graph, n)`` says."""

    def __init__(self, answer) -> None:
        self.requests: list[tuple[str, str, dict, bytes]] = []
        self.paths: list[str] = []
        self.answer = answer
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query, keep_blank_values=True)
                graph = query.get("graph", [""])[0]
                with lock:
                    stand_in.requests.append((self.command, graph, dict(self.headers), body))
                    stand_in.paths.append(self.path)
                    n = sum(1 for m, g, _, _ in stand_in.requests if (m, g) == (self.command, graph))
                status = stand_in.answer(self.command, graph, n, dict(self.headers))
                status, page = status if isinstance(status, tuple) else (status, b"stand-in ok")
                try:
                    self.send_response(status)
                    self.send_header("Content-Length", str(len(page)))
                    self.end_headers()
                    self.wfile.write(page)
                except OSError:  # the client gave up waiting (the time-out test)
                    pass

            do_PUT = do_DELETE = _handle

            def log_message(self, *args) -> None:
                pass

        lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/store"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def puts(self) -> list[str]:
        return [g for m, g, _, _ in self.requests if m == "PUT"]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def stand_in():
    servers = []

    def start(answer) -> StandIn:
        servers.append(StandIn(answer))
        return servers[-1]

    yield start
    for s in servers:
        s.close()


def test_a_5xx_answer_is_retried_and_the_graph_sent(stand_in, built) -> None:
    server = stand_in(lambda method, graph, n, headers: 503 if n == 1 else 204)
    result = run_kg("load", built, "--endpoint", server.url)
    assert result.exit_code == EXIT_OK, result.output
    assert sorted(set(server.puts())) == sorted(nq_graphs(built))
    assert len(server.puts()) == 2 * len(nq_graphs(built))  # each once refused, once taken
    body = next(b for m, _, _, b in server.requests if m == "PUT")
    assert body.endswith(b" .\n") and b"\n<" in body  # N-Triples lines, one statement each


def test_a_graph_without_an_answer_in_time_fails_alone(stand_in, built) -> None:
    slow = sorted(nq_graphs(built))[1]

    def answer(method, graph, n, headers) -> int:
        if graph == slow:
            time.sleep(1.5)
        return 204

    server = stand_in(answer)
    result = run_kg("load", built, "--endpoint", server.url, "--timeout", "0.5", "--retries", "1")
    assert result.exit_code == EXIT_FAILED, result.output
    assert f"kg: error: {slow}: no answer within 0.5 s" in result.stderr
    assert "2 of 3 graph(s) sent" in result.stdout
    assert server.puts().count(slow) == 2  # sent, then once more


def test_basic_auth_sends_the_user_and_the_password_from_the_environment(stand_in, built) -> None:
    token = "Basic " + base64.b64encode(b"loader:s3cret").decode()
    server = stand_in(lambda method, graph, n, headers: 204 if headers.get("Authorization") == token else 401)
    ok = run_kg("load", built, "--endpoint", server.url, "--user", "loader", env={"KG_LOAD_PASSWORD": "s3cret"})
    assert ok.exit_code == EXIT_OK, ok.output
    wrong = run_kg("load", built, "--endpoint", server.url, "--user", "loader", "--force",
                   env={"KG_LOAD_PASSWORD": "wrong"})
    line = assert_one_line_error(wrong, EXIT_USAGE, "HTTP 401", "KG_LOAD_PASSWORD")
    assert "wrong" not in line


def test_a_graph_the_server_refuses_fails_alone_with_exit_1(stand_in, built) -> None:
    refused = sorted(nq_graphs(built))[0]
    server = stand_in(lambda method, graph, n, headers: 400 if graph == refused else 204)
    result = run_kg("load", built, "--endpoint", server.url)
    assert result.exit_code == EXIT_FAILED, result.output
    errors = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert errors[0].startswith(f"kg: error: {refused}: HTTP 400") and "1 graph(s) failed" in errors[-1]
    assert "2 of 3 graph(s) sent" in result.stdout
    # the refused graph is sent again next time, the others are not
    server.requests.clear()
    run_kg("load", built, "--endpoint", server.url)
    assert server.puts() == [refused]


def test_an_html_error_page_is_reported_by_its_words(stand_in, built) -> None:
    page = (b'<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head><title>request failed</title>'
            b"</head>\n<body><h1>HTTP/1.1 400 Bad Request</h1>\n<xmp>Error 37000: syntax error at line 3</xmp>"
            b"</body></html>\n")
    server = stand_in(lambda *_: (400, page))
    result = run_kg("load", built, "--endpoint", server.url)
    assert result.exit_code == EXIT_FAILED
    first = result.stderr.splitlines()[0]
    assert "Error 37000: syntax error at line 3" in first and "DOCTYPE" not in first and "<" not in first


def test_a_dry_run_sends_nothing_and_records_nothing(stand_in, built) -> None:
    server = stand_in(lambda *_: 204)
    result = run_kg("load", built, "--endpoint", server.url, "--dry-run")
    assert result.exit_code == EXIT_OK, result.output
    assert "would send 3 of 3 graph(s)" in result.stdout
    assert server.requests == [] and not (built / STATE).exists()


def test_params_reach_the_server_and_credentials_stay_out_of_the_record(stand_in, built) -> None:
    server = stand_in(lambda *_: 204)
    url = server.url.replace("http://", "http://someone:pw@")
    assert run_kg("load", built, "--endpoint", url, "--param", "no_transaction").exit_code == EXIT_OK
    record = (built / STATE).read_text(encoding="utf-8")
    assert "pw" not in record and server.url in record
    assert all(h.get("Authorization", "").startswith("Basic ") for _, _, h, _ in server.requests)
    assert all(re.search(r"[?&]no_transaction(=|&|$)", p) for p in server.paths)


@pytest.mark.slow
def test_a_changed_graph_replaces_its_old_statements(oxigraph, built) -> None:
    assert run_kg("load", built, "--endpoint", oxigraph.store).exit_code == EXIT_OK
    lines = nq_lines(built)
    graph = sorted(nq_graphs(built))[0]
    own = [ln for ln in lines if ln.endswith(f"<{graph}> .")]
    kept = [ln for ln in lines if ln not in set(own[: len(own) // 2])]  # half its statements gone
    (built / "graph.nq").write_text("\n".join(kept) + "\n", encoding="utf-8")
    result = run_kg("load", built, "--endpoint", oxigraph.store)
    assert "1 of 3 graph(s) sent" in result.stdout
    assert oxigraph.quads() == len(kept) < len(lines)


# ---------------------------------------------------------------- reading graph.nq


def _graphs_by_parser(path: Path) -> dict[str, set]:
    import pyoxigraph as ox

    out: dict[str, set] = {}
    for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
        out.setdefault(q.graph_name.value, set()).add(ox.Quad(q.subject, q.predicate, q.object))
    return out


def _graphs_by_load(path: Path) -> dict[str, set]:
    import pyoxigraph as ox

    from kg.load import named_graphs

    out = {}
    for g in named_graphs(path, ox.RdfFormat.N_QUADS):  # a graph yielded again is yielded whole
        out[g.iri] = set(ox.parse(g.body, format=ox.RdfFormat.N_TRIPLES))
        assert len(out[g.iri]) == g.quads
    return out


@pytest.mark.parametrize("layout", ["as built", "small reads", "shuffled", "comment and blank line",
                                    "no final line break"])
def test_graph_nq_is_cut_into_the_same_graphs_the_parser_sees(built, tmp_path, monkeypatch, layout) -> None:
    import random

    import kg.load

    lines = (built / "graph.nq").read_bytes().splitlines(keepends=True)
    path = tmp_path / "graph.nq"
    if layout == "small reads":
        monkeypatch.setattr(kg.load, "_CHUNK", 4096)  # graphs span many reads
        data = b"".join(lines)
    elif layout == "shuffled":  # a graph's statements are not together: each graph must still be sent whole
        random.Random(7).shuffle(lines)
        data = b"".join(lines[:3000])
    elif layout == "comment and blank line":
        data = b"".join(lines[:500]) + b"# a comment\n\n" + b"".join(lines[500:])
    elif layout == "no final line break":
        data = b"".join(lines).rstrip(b"\n")
    else:
        data = b"".join(lines)
    path.write_bytes(data)
    expected = _graphs_by_parser(path)
    assert _graphs_by_load(path) == expected and len(expected) == 3


def test_progress_counts_every_graph_done_with(stand_in, built) -> None:
    from kg.load import LoadOptions, load

    server = stand_in(lambda *_: 204)
    seen: list[int] = []
    load(built, server.url, options=LoadOptions(connections=2), progress=seen.append)
    assert sorted(seen) == [1, 2, 3]
    seen.clear()
    load(built, server.url, progress=seen.append)  # nothing changed: each graph is done with unchanged
    assert seen == [1, 2, 3]
