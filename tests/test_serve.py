"""``kg serve``: a real process on a free port, queried by SPARQLWrapper as any SPARQL client would.

Checks the SPARQL 1.1 Protocol (GET and POST; JSON, XML, CSV, TSV and Turtle by Accept), that it is
read-only (updates, LOAD and SERVICE refused), bounded (time limit, request size), local (127.0.0.1,
requests to other host names refused), and that its page at / loads nothing from elsewhere.
"""
from __future__ import annotations

import csv
import io
import json
import re
import select
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, POST, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg.query import named_queries, named_query
from kg.store import build_store

KG_SCRIPT = Path(sys.executable).with_name("kg")
TIMEOUT = 2  # seconds a query may run in the served endpoint
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 2,000³ rows: never ends

pytestmark = pytest.mark.skipif(not KG_SCRIPT.exists(),
                                reason="the kg script is not installed beside this Python")


class Served:
    """A ``kg serve`` process and the URL it printed."""

    def __init__(self, *args: str | Path) -> None:
        self.process = subprocess.Popen([str(KG_SCRIPT), "serve", *map(str, args), "--port", "0", "--quiet"],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        ready, _, _ = select.select([self.process.stdout], [], [], 60)
        line = self.process.stdout.readline() if ready else ""
        match = re.search(r"(http://\S+/)sparql", line)
        if match is None:
            self.stop()
            raise AssertionError(f"kg serve printed no URL: {line!r} {self.process.stderr.read()}")
        self.base = match[1]
        self.endpoint = self.base + "sparql"

    def client(self, query: str, return_format: str = JSON, *, method: str | None = None) -> SPARQLWrapper:
        client = SPARQLWrapper(self.endpoint, returnFormat=return_format)
        client.setQuery(query)
        if method:
            client.setMethod(method)
        return client

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def served(seed_out: Path) -> Iterator[Served]:
    server = Served(seed_out / "graph.trig", "--timeout", TIMEOUT, "--workers", 1)
    yield server
    server.stop()


def http(url: str, *, data: bytes | None = None,
         headers: dict[str, str] | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def test_it_listens_on_loopback_by_default(served: Served) -> None:
    assert served.base.startswith("http://127.0.0.1:")


def test_a_named_query_as_json_over_get(served: Served) -> None:
    result = served.client(named_query("industries-by-category").text).queryAndConvert()
    rows = [{k: v["value"] for k, v in b.items()} for b in result["results"]["bindings"]]
    assert result["head"]["vars"] == ["category", "industry", "documents"]
    assert {"category": "传统主导产业", "industry": "钢铁", "documents": "1"} in rows


@pytest.mark.parametrize("return_format", [XML, CSV, TSV])
def test_xml_csv_and_tsv_over_post(served: Served, return_format: str) -> None:
    client = served.client("SELECT ?label WHERE { ?m a kg:Meeting ; rdfs:label ?label }", return_format,
                           method=POST)
    result = client.query()
    body = result.response.read()
    media = result.response.headers["Content-Type"]
    expected = {XML: "application/sparql-results+xml", CSV: "text/csv", TSV: "text/tab-separated-values"}
    assert media.startswith(expected[return_format])
    text = body.decode("utf-8")
    assert "党的二十大" in text
    if return_format == CSV:
        assert next(csv.reader(io.StringIO(text))) == ["label"]


def test_ask_and_construct(served: Served) -> None:
    assert served.client("ASK { ?m a kg:Meeting }").queryAndConvert()["boolean"] is True
    turtle = served.client("CONSTRUCT WHERE { ?m a kg:Meeting }", TURTLE).query().response.read()
    graph = Graph().parse(data=turtle.decode("utf-8"), format="turtle")
    assert len(graph) >= 2


def test_an_update_is_refused_and_changes_nothing(served: Served) -> None:
    client = served.client("INSERT DATA { <urn:kg:test> a <urn:kg:Inserted> }", method=POST)
    with pytest.raises(urllib.error.HTTPError) as caught:
        client.query()
    assert caught.value.code == 403
    assert served.client("ASK { ?s a <urn:kg:Inserted> }").queryAndConvert()["boolean"] is False
    status, _, body = http(served.base + "update", data=b"update=CLEAR+ALL",
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403 and b"read-only" in body


@pytest.mark.parametrize(("query", "needle"), [
    ("LOAD <http://127.0.0.1:9/graph.ttl>", b"read-only"),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", b"SERVICE"),
])
def test_load_and_service_are_refused(served: Served, query: str, needle: bytes) -> None:
    status, _, body = http(served.endpoint + "?" + urllib.parse.urlencode({"query": query}))
    assert status == 403 and needle in body


def test_malformed_sparql_is_a_400_with_the_position(served: Served) -> None:
    with pytest.raises(QueryBadFormed) as caught:
        served.client("SELECT * WHERE { ?s ?p }").query()
    assert "malformed SPARQL at line 1, column" in str(caught.value)


def test_a_runaway_query_is_stopped_and_the_endpoint_goes_on(served: Served) -> None:
    started = time.monotonic()
    status, _, body = http(served.endpoint + "?" + urllib.parse.urlencode({"query": RUNAWAY}))
    assert status == 503 and b"stopped" in body
    assert time.monotonic() - started < TIMEOUT + 20
    assert served.client("ASK { ?m a kg:Meeting }").queryAndConvert()["boolean"] is True


def test_a_request_over_the_size_limit_is_refused(served: Served) -> None:
    padding = "#" + "x" * 100_000 + "\n"
    form = urllib.parse.urlencode({"query": padding + "ASK {}"}).encode()
    status, _, body = http(served.endpoint, data=form,
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 413 and b"larger than" in body


def test_an_unacceptable_format_is_a_406(served: Served) -> None:
    status, _, _ = http(served.endpoint + "?query=ASK%7B%7D", headers={"Accept": "image/png"})
    assert status == 406


def test_a_named_graph_as_the_default_graph_and_a_bad_graph_uri(served: Served) -> None:
    """default-graph-uri (SPARQL 1.1 Protocol): the document's named graph alone, kept beside the merge."""
    document = served.client("SELECT ?g WHERE { GRAPH ?g { ?d a kg:SourceDocument } }").queryAndConvert()
    (graph_iri,) = {b["g"]["value"] for b in document["results"]["bindings"]}
    query = urllib.parse.urlencode({"query": "ASK { ?m a kg:Meeting }", "default-graph-uri": graph_iri})
    status, _, body = http(served.endpoint + "?" + query, headers={"Accept": "application/sparql-results+json"})
    assert status == 200 and json.loads(body)["boolean"] is True
    query = urllib.parse.urlencode({"query": "ASK {}", "default-graph-uri": "not an IRI"})
    status, _, _ = http(served.endpoint + "?" + query)
    assert status == 400


def test_requests_to_another_host_name_are_refused(served: Served) -> None:
    """A web page that rebinds its own name to 127.0.0.1 still sends its name in the Host header."""
    status, _, _ = http(served.endpoint + "?query=ASK%7B%7D", headers={"Host": "attacker.example"})
    assert status == 403


def test_the_page_works_offline_and_offers_the_named_queries(served: Served) -> None:
    status, headers, body = http(served.base)
    page = body.decode("utf-8")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert not re.search(r"""(src|href)\s*=|@import|url\(""", page)  # nothing loaded from anywhere
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    library = json.loads(re.search(r'<script type="application/json" id="library">(.*?)</script>', page,
                                   re.DOTALL)[1])
    assert [q["name"] for q in library] == list(named_queries())


def test_a_store_is_served_and_sigterm_stops_the_server(seed_out: Path, tmp_path: Path) -> None:
    build_store(seed_out / "graph.ttl", tmp_path / "store")
    server = Served("--store", tmp_path / "store")
    try:
        assert server.client("ASK { ?m a kg:Meeting }").queryAndConvert()["boolean"] is True
    finally:
        code = server.stop()
    assert code == 0
    assert "stopped" in server.process.stderr.read()


def test_a_graph_that_cannot_be_loaded_fails_before_listening(tmp_path: Path) -> None:
    (tmp_path / "graph.ttl").write_text("这不是 Turtle { ;", encoding="utf-8")
    result = subprocess.run([str(KG_SCRIPT), "serve", str(tmp_path / "graph.ttl"), "--port", "0"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("kg: error: ") and "graph.ttl" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
