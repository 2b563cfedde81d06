"""A read-only SPARQL 1.1 Protocol endpoint over a graph file or an on-disk store.

``/sparql`` (also ``/query``) answers GET and POST queries in JSON, XML, CSV or TSV (CONSTRUCT and
DESCRIBE in Turtle, N-Triples, RDF/XML or JSON-LD), chosen by the Accept header; ``/`` is a small
page, with no external assets, to type a query (or pick a named one) and see the table.

Why not reuse a server. ``oxigraph serve-read-only`` (PyPI ``oxigraph`` 0.5.13) is read-only and
has ``--timeout-s``, but it executes ``SERVICE`` (it ships an HTTP client, so a query can make the
server fetch from any host, itself included: tried) and it accepted a 20 MB request body; it also
needs the graph in an on-disk store first. rdflib-endpoint runs rdflib's engine, the slow one this
project moved away from, with no time limit, and brings FastAPI and uvicorn. So this module is the
standard library's ThreadingHTTPServer around pyoxigraph, and the few rules that matter:

- read-only: the store is only ever queried, never updated; update requests get 403, as do
  queries with ``SERVICE`` (:func:`kg.query.check_read_only`);
- bounded: a request larger than ``max_request_bytes`` gets 413; a query that runs past
  ``timeout`` seconds gets 503. pyoxigraph cannot stop a running query, so each query runs in a
  worker process (each holding the graph), and a worker that overruns is killed and replaced;
  an answer larger than ``max_answer_bytes`` is cut off with 400, so no query can fill the memory;
- local: it listens on 127.0.0.1 unless told otherwise, and there it answers only requests
  addressed to a loopback name (a web page cannot reach it through DNS rebinding).
"""
from __future__ import annotations

import base64
import hashlib
import html
import ipaddress
import json
import multiprocessing
import os
import queue
import re
import signal
import socket
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg.errors import InputError, KGError, QueryError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
#: Seconds a query may run before its worker is stopped.
DEFAULT_TIMEOUT = 10.0
#: A SPARQL query is a few kilobytes; 64 KiB leaves room and keeps any one request small.
MAX_REQUEST_BYTES = 64 * 1024
#: Answers above this size are refused (add LIMIT): a query cannot make the server hold gigabytes.
MAX_ANSWER_BYTES = 64 * 1024 * 1024
#: Seconds a connection may stay silent while its request is read (slow or stalled clients).
IDLE_TIMEOUT = 10.0
#: Connections the kernel queues before they are accepted: room for hundreds of clients at once
#: (the standard library's 5 made the kernel drop connections under 200 clients).
LISTEN_BACKLOG = 1024

#: Media types by kind of answer, in order of preference when the client accepts any.
RESULT_TYPES: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
}
GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "text/plain": ox.RdfFormat.N_TRIPLES,
}

_LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1", "[::1]"}
_CONTENT_LENGTH = re.compile(r"[0-9]{1,12}")


@dataclass(frozen=True)
class Reply:
    """What the endpoint sends back: a status, a media type and the body."""

    status: int
    media_type: str
    body: bytes

    @classmethod
    def text(cls, status: int, message: str) -> Reply:
        return cls(status, "text/plain; charset=utf-8", (" ".join(message.split()) + "\n").encode("utf-8"))


class AnswerTooLarge(Exception):
    """An answer grew past ``max_answer_bytes`` while it was being written."""


# ---------------------------------------------------------------- content negotiation


def negotiate(accept: str | None, offered: Sequence[str]) -> str | None:
    """The offered media type the Accept header likes best (the first offered one if it likes any).

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", list(RESULT_TYPES))
    'application/sparql-results+xml'
    >>> negotiate("text/html,*/*;q=0.8", list(RESULT_TYPES))
    'application/sparql-results+json'
    >>> negotiate("image/png", list(RESULT_TYPES)) is None
    True
    """
    if not accept or not accept.strip():
        return offered[0]
    ranges: dict[str, float] = {}
    for part in accept.split(","):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media:
            ranges[media.lower()] = max(q, ranges.get(media.lower(), 0.0))
    best, choice = 0.0, None
    for offer in offered:
        # the most specific range that matches decides: text/csv before text/* before */*
        q = next((ranges[m] for m in (offer, offer.split("/")[0] + "/*", "*/*") if m in ranges), 0.0)
        if q > best:
            best, choice = q, offer
    return choice


# ---------------------------------------------------------------- worker processes


@dataclass(frozen=True)
class GraphSource:
    """What each query worker loads: a graph file's bytes, which the server holds in memory so that
    a worker can be replaced even when the file has gone, or an on-disk store's folder."""

    name: str
    data: bytes | None = None
    store: str | None = None

    @classmethod
    def read(cls, graph: str | Path | None, *, store: str | Path | None) -> GraphSource:
        """Read (and bound, kg/limits.py) the graph file once; a store is opened by each worker."""
        from kg.limits import check_graph_file
        from kg.store import graph_format, graph_path

        if (graph is None) == (store is None):
            raise InputError("give a graph file or --store DIR (one of them)", hint="see 'kg serve --help'")
        if store is not None:
            return cls(name=str(store), store=str(store))
        p = graph_path(graph)  # a graph file, or the folder kg build wrote
        fmt = graph_format(p)
        check_graph_file(p, xml=False)  # the size, before reading it all
        try:
            data = p.read_bytes()
        except OSError as e:
            raise InputError(f"{p}: cannot be read ({e.strerror or e})", hint="check the file") from e
        check_graph_file(p, xml=fmt == ox.RdfFormat.RDF_XML, data=data)
        return cls(name=str(p), data=data)

    def load(self) -> ox.Store:
        from kg.store import graph_format, load_store_data, open_store

        if self.store is not None:
            return open_store(self.store)
        return load_store_data(self.data, graph_format(self.name), name=self.name)

    def default_memory_limit(self) -> int:
        """Address space for one worker: room for Python and pyoxigraph, the graph and its indexes, and
        a query's working memory. An on-disk store keeps its data on disk (RocksDB reads it in blocks)."""
        if self.data is None:
            return 4 * 1024**3
        return 2 * 1024**3 + 16 * len(self.data)


def _worker_main(conn, source: GraphSource, parent_pid: int, memory_limit: int, max_answer_bytes: int) -> None:
    """A worker process: hold the graph, answer queries from the pipe until it closes.

    It dies with the server (even a SIGKILLed one) and may use ``memory_limit`` bytes of address
    space: a query that needs more aborts this process only, and the server starts another.
    """
    from kg.limits import die_with_parent, limit_memory

    die_with_parent(parent_pid)
    limit_memory(memory_limit)
    try:
        store = source.load()
    except KGError as e:
        conn.send(("failed", str(e), e.hint))
        return
    except MemoryError:
        conn.send(("failed", f"{source.name}: loading the graph needs more than {memory_limit >> 20} MB",
                   "raise --memory"))
        return
    except Exception as e:  # pyoxigraph's errors for a damaged store or file: one line, never a traceback
        conn.send(("failed", f"{source.name}: cannot be loaded: {_first_line(e)}", None))
        return
    del source
    _silence_stderr()  # a query past the memory limit aborts with Rust's message; the server logs one line
    conn.send(("ready", "", None))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply, alive = answer(store, *request, max_answer_bytes=max_answer_bytes), True
        except MemoryError:
            reply, alive = _out_of_memory(memory_limit), False
        except Exception as e:  # a bug or a pyoxigraph error not foreseen: a 500, and the worker goes on
            reply, alive = Reply.text(HTTPStatus.INTERNAL_SERVER_ERROR, f"the query failed: {_first_line(e)}"), True
        conn.send((reply, alive))
        if not alive:
            return


def _out_of_memory(limit: int) -> Reply:
    return Reply.text(HTTPStatus.SERVICE_UNAVAILABLE, f"the query needed more than {limit >> 20} MB of memory "
                      "and was stopped (narrow it or add LIMIT)")


def _silence_stderr() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
    except OSError:
        pass


def _first_line(e: BaseException) -> str:
    lines = str(e).strip().splitlines()
    return " ".join(lines[0].split())[:200] if lines else type(e).__name__


def answer(store: ox.Store, query: str, accept: str | None, default_graphs: Sequence[str] = (),
           named_graphs: Sequence[str] = (), *, max_answer_bytes: int = MAX_ANSWER_BYTES) -> Reply:
    """Run one (already checked) query and write the answer in the format the client accepts."""
    from kg.query import PREFIXES, syntax_error

    try:
        options = {}
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        result = store.query(query, prefixes=PREFIXES, **options)
        offered: dict = GRAPH_TYPES if isinstance(result, ox.QueryTriples) else RESULT_TYPES
        media = negotiate(accept, list(offered))
        if media is None:
            return Reply.text(HTTPStatus.NOT_ACCEPTABLE, "none of the accepted types fits this answer; "
                              f"it comes as {', '.join(offered)}")
        out = _BoundedBuffer(max_answer_bytes)
        try:
            result.serialize(out, format=offered[media])
        except Exception:  # pyoxigraph wraps what the writer raised
            if out.overflowed:
                return Reply.text(HTTPStatus.BAD_REQUEST, f"the answer is larger than "
                                  f"{max_answer_bytes // (1024 * 1024)} MB (narrow the query or add LIMIT)")
            raise
        charset = "; charset=utf-8" if media.startswith("text/") else ""
        body = out.getvalue()
        if media.endswith("xml"):  # SPARQL XML results and RDF/XML: no character XML 1.0 cannot hold
            from kg.xmlchars import xml_safe_bytes

            body = xml_safe_bytes(body)
        return Reply(HTTPStatus.OK, media + charset, body)
    except SyntaxError as e:
        return Reply.text(HTTPStatus.BAD_REQUEST, syntax_error(str(e)).one_line())
    except ValueError as e:  # a default-graph-uri or named-graph-uri that is not an IRI
        return Reply.text(HTTPStatus.BAD_REQUEST, f"{e} (graph URIs must be absolute IRIs)")
    except OSError as e:
        return Reply.text(HTTPStatus.INTERNAL_SERVER_ERROR, f"the query failed: {e}")


class _BoundedBuffer:
    """A binary sink that refuses to grow past ``limit`` bytes."""

    def __init__(self, limit: int) -> None:
        self.limit, self.parts, self.size, self.overflowed = limit, [], 0, False

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.limit:
            self.overflowed = True
            raise AnswerTooLarge(f"answer larger than {self.limit} bytes")
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def getvalue(self) -> bytes:
        return b"".join(self.parts)


def _hung_up(conn) -> bool:
    """An idle worker's end of the pipe has something to read: it says nothing unasked, so that is its end closing
    (a worker killed while idle, whose process sentinel may not have fired yet)."""
    try:
        return conn.poll(0)
    except (EOFError, OSError):
        return True


@dataclass(eq=False)  # compared and hashed by identity: each is one process
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: object


class QueryWorkers:
    """Worker processes that each hold the graph. A worker whose query overruns its time is killed, one
    that dies (past its memory limit, say) is noticed; either is replaced from the graph held in memory.

    One long-lived thread, the keeper, starts every worker: Linux ties a worker's death-with-its-parent
    signal to the thread that started it (kg/limits.py), so that thread must live as long as the server.
    """

    def __init__(self, source: GraphSource, *, count: int, max_answer_bytes: int,
                 memory_limit: int | None = None, log: Callable[[str], None] | None = None) -> None:
        self.source = source
        self.memory_limit = memory_limit or source.default_memory_limit()
        self._max_answer_bytes = max_answer_bytes
        self._count = count
        self._log = log or (lambda line: None)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._context = multiprocessing.get_context("spawn")
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        # requests to the keeper: (how many, where to put them: a queue, or None for the idle pool)
        self._wanted: queue.Queue[tuple[int, queue.Queue | None] | None] = queue.Queue()
        self._keeper: threading.Thread | None = None

    def start(self) -> None:
        """Start every worker and wait until each holds the graph (an unusable graph fails here)."""
        self._keeper = threading.Thread(target=self._keep, daemon=True, name="kg-serve-keeper")
        self._keeper.start()
        started: queue.Queue = queue.Queue()
        self._wanted.put((self._count, started))  # they load the graph side by side
        results = [started.get() for _ in range(self._count)]
        failed = next((r for r in results if isinstance(r, BaseException)), None)
        if failed is not None:
            self.close()
            raise failed
        for worker in results:
            self._idle.put(worker)

    def _keep(self) -> None:
        failures = 0
        while (request := self._wanted.get()) is not None:
            count, reply = request
            launched = []
            for _ in range(count):
                try:
                    launched.append(self._launch())
                except OSError as e:  # no more processes or memory: reported like a failed load
                    launched.append(InputError(f"cannot start a query worker ({e.strerror or e})",
                                               hint="free some memory or use fewer --workers"))
            for worker in launched:
                try:
                    if isinstance(worker, BaseException):
                        raise worker
                    self._await_ready(worker)
                except InputError as e:
                    if reply is not None:
                        reply.put(e)
                        continue
                    failures += 1
                    delay = min(30, 2 ** min(failures, 5))
                    self._log(f"a new query worker could not load the graph: {e.one_line()}; "
                              f"trying again in {delay} s")
                    time.sleep(delay)
                    if not self._closed:
                        self._wanted.put((1, None))
                    continue
                failures = 0
                if reply is not None:
                    reply.put(worker)
                elif self._closed:
                    self._stop(worker)
                else:
                    self._idle.put(worker)

    def _launch(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_worker_main, daemon=True, name="kg-serve-worker",
                                        args=(child, self.source, os.getpid(), self.memory_limit,
                                              self._max_answer_bytes))
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._all.add(worker)
        return worker

    def _await_ready(self, worker: _Worker) -> _Worker:
        try:
            status, detail, hint = worker.conn.recv()
        except (EOFError, OSError):
            worker.process.join(timeout=5)
            status, detail, hint = "failed", (f"a query worker stopped while loading the graph "
                                              f"({_how_it_ended(worker.process.exitcode, self.memory_limit)})"), None
        if status != "ready":
            self._stop(worker)
            raise InputError(detail, hint=hint or "check the graph or store")
        return worker

    def run(self, query: str, accept: str | None, default_graphs: Sequence[str], named_graphs: Sequence[str],
            *, timeout: float) -> Reply:
        deadline = time.monotonic() + timeout
        while True:
            try:
                worker = self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                return Reply.text(HTTPStatus.SERVICE_UNAVAILABLE, "every query worker is busy (try again later)")
            if not _ended(worker.process) and not _hung_up(worker.conn):
                try:  # a worker killed while idle may not have ended yet for its sentinel, but its end of the
                    worker.conn.send((query, accept, list(default_graphs), list(named_graphs)))  # pipe is closed
                    break
                except OSError:
                    worker.process.join(timeout=5)
            self._replace(worker, "had stopped while idle")
        try:
            if worker.conn.poll(timeout):
                reply, alive = worker.conn.recv()
                if alive:
                    self._idle.put(worker)
                else:
                    self._replace(worker, "ran out of memory")
                return reply
        except (EOFError, OSError):
            worker.process.join(timeout=5)
            how = _how_it_ended(worker.process.exitcode, self.memory_limit)
            self._replace(worker, f"stopped during a query ({how})")
            if worker.process.exitcode == -signal.SIGABRT:
                return _out_of_memory(self.memory_limit)
            return Reply.text(HTTPStatus.INTERNAL_SERVER_ERROR, "the query worker stopped (it was replaced)")
        self._replace(worker, f"ran past the {timeout:g} s time limit")
        return Reply.text(HTTPStatus.SERVICE_UNAVAILABLE,
                          f"the query ran longer than {timeout:g} s and was stopped (narrow it or add LIMIT)")

    def _replace(self, worker: _Worker, why: str) -> None:
        """Stop a worker now; the keeper starts its successor (loading the graph takes time)."""
        pid = worker.process.pid
        self._stop(worker)
        if not self._closed:
            self._log(f"query worker {pid} {why}; starting another")
            self._wanted.put((1, None))

    def _stop(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.process.kill()
        worker.process.join(timeout=5)
        worker.conn.close()

    def close(self) -> None:
        self._closed = True
        self._wanted.put(None)
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            self._stop(worker)


def _ended(process: multiprocessing.process.BaseProcess) -> bool:
    """Whether a worker has ended, from its sentinel: ``is_alive()`` calls waitpid, and when two threads
    do (the keeper starting a process reaps the others' too), one of them is told a dead one lives."""
    from multiprocessing.connection import wait

    return bool(wait([process.sentinel], timeout=0))


def _how_it_ended(exitcode: int | None, memory_limit: int) -> str:
    if exitcode == -signal.SIGABRT:
        return f"out of memory: more than {memory_limit >> 20} MB; raise --memory"
    if exitcode is not None and exitcode < 0:
        return f"killed by signal {-exitcode}"
    return "it stopped" if exitcode is None else f"exit code {exitcode}"


# ---------------------------------------------------------------- HTTP


@dataclass(frozen=True)
class EndpointOptions:
    """The endpoint's bounds (``memory_limit``: bytes of address space per worker; None: from the graph)."""

    timeout: float = DEFAULT_TIMEOUT
    max_request_bytes: int = MAX_REQUEST_BYTES
    max_answer_bytes: int = MAX_ANSWER_BYTES
    memory_limit: int | None = None


class SparqlHandler(BaseHTTPRequestHandler):
    """The SPARQL 1.1 Protocol's query operation, the page, and refusals for everything else."""

    server: SparqlServer
    server_version = "kg-sparql/1"
    protocol_version = "HTTP/1.0"
    timeout = IDLE_TIMEOUT  # socket timeout while the request is read: a stalled client lets go

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._dispatch("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._dispatch("POST")

    def do_HEAD(self) -> None:  # noqa: N802
        self._send(Reply.text(HTTPStatus.METHOD_NOT_ALLOWED, "use GET or POST"))

    do_PUT = do_DELETE = do_PATCH = do_HEAD  # noqa: N815

    def _dispatch(self, method: str) -> None:
        if not self._host_allowed():
            self._send(Reply.text(HTTPStatus.FORBIDDEN, "this endpoint answers requests to localhost only"))
            return
        if len(self.path) > self.server.options.max_request_bytes:
            self._send(Reply.text(HTTPStatus.REQUEST_URI_TOO_LONG, "the request is too large"))
            return
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html") and method == "GET":
            self._send(Reply(HTTPStatus.OK, "text/html; charset=utf-8", self.server.page), page=True)
        elif url.path in ("/sparql", "/query"):
            self._send(self._query(method, url.query))
        elif url.path == "/update":
            self._send(Reply.text(HTTPStatus.FORBIDDEN, "updates are refused: this endpoint is read-only"))
        else:
            self._send(Reply.text(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql, the page is /"))

    def _host_allowed(self) -> bool:
        if not self.server.loopback_only:
            return True
        host = (self.headers.get("Host") or "").strip().lower()
        name = host.rsplit(":", 1)[0] if not host.startswith("[") else host.split("]")[0] + "]"
        return name in _LOOPBACK_NAMES

    def _query(self, method: str, url_query: str) -> Reply:
        options = self.server.options
        try:
            fields = parse_qs(url_query, keep_blank_values=True, errors="strict")
            if method == "POST":
                body = self._body()
                if isinstance(body, Reply):
                    return body
                media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
                if media == "application/x-www-form-urlencoded":
                    for key, values in parse_qs(body.decode("utf-8"), keep_blank_values=True,
                                                errors="strict").items():
                        fields.setdefault(key, []).extend(values)
                elif media == "application/sparql-query":
                    fields.setdefault("query", []).append(body.decode("utf-8"))
                elif media == "application/sparql-update":
                    fields.setdefault("update", []).append("")
                else:
                    return Reply.text(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                                      "POST a form (query=…) or application/sparql-query")
        except UnicodeDecodeError:
            return Reply.text(HTTPStatus.BAD_REQUEST, "the request is not UTF-8")
        if "update" in fields:
            return Reply.text(HTTPStatus.FORBIDDEN, "updates are refused: this endpoint is read-only")
        queries = fields.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            return Reply.text(HTTPStatus.BAD_REQUEST, "give exactly one query (the 'query' parameter)")
        from kg.limits import check_query_depth
        from kg.query import check_read_only

        try:
            check_query_depth(queries[0])  # before any parser recurses through it
        except QueryError as e:
            return Reply.text(HTTPStatus.BAD_REQUEST, e.one_line())
        try:
            check_read_only(queries[0])
        except QueryError as e:
            return Reply.text(HTTPStatus.FORBIDDEN, e.one_line())
        return self.server.workers.run(queries[0], self.headers.get("Accept"),
                                       fields.get("default-graph-uri", []), fields.get("named-graph-uri", []),
                                       timeout=options.timeout)

    def _body(self) -> bytes | Reply:
        if self.headers.get("Transfer-Encoding"):
            return Reply.text(HTTPStatus.LENGTH_REQUIRED, "send the body with a Content-Length")
        length = self.headers.get("Content-Length")
        if length is None or not _CONTENT_LENGTH.fullmatch(length.strip()):  # ASCII digits only: not "٣"
            return Reply.text(HTTPStatus.LENGTH_REQUIRED, "send the body with a Content-Length")
        if int(length) > self.server.options.max_request_bytes:
            return Reply.text(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                              f"the request is larger than {self.server.options.max_request_bytes} bytes")
        return self.rfile.read(int(length))

    def _send(self, reply: Reply, *, page: bool = False) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.media_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Vary", "Accept")
        if page:
            self.send_header("Content-Security-Policy", self.server.page_policy)
        self.end_headers()
        try:
            self.wfile.write(reply.body)
        except (ConnectionError, TimeoutError):  # the client left before its answer: nothing to tell
            self.close_connection = True

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (http.server's signature)
        if self.server.log is not None:
            self.server.log(f"{self.address_string()} {format % args}")


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server: its handler reaches the workers, the bounds and the page through it."""

    daemon_threads = True
    request_queue_size = LISTEN_BACKLOG

    def handle_error(self, request, client_address) -> None:
        """One log line, never a traceback: a client that disconnects early or stalls is no news."""
        import sys

        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError, socket.timeout)):
            return
        if self.events is not None:
            self.events(f"{client_address[0]} request failed: {type(error).__name__}: {_first_line(error)}")

    def __init__(self, address: tuple[str, int], *, workers: QueryWorkers, options: EndpointOptions,
                 log: Callable[[str], None] | None, events: Callable[[str], None] | None = None) -> None:
        super().__init__(address, SparqlHandler)
        self.workers, self.options, self.log, self.events = workers, options, log, events
        self.loopback_only = _is_loopback(address[0])
        self.page, self.page_policy = query_page()


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Endpoint:
    """A running endpoint: the HTTP server and its query workers. :meth:`close` stops both."""

    def __init__(self, server: SparqlServer) -> None:
        self.server = server

    @property
    def url(self) -> str:
        """The base URL (ending in "/"); the endpoint is ``url + "sparql"``."""
        host, port = self.server.server_address[:2]
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{port}/"

    @property
    def loopback_only(self) -> bool:
        return self.server.loopback_only

    def serve_forever(self) -> None:
        self.server.serve_forever()

    def close(self) -> None:
        self.server.server_close()
        self.server.workers.close()


def open_endpoint(graph: str | Path | None = None, *, store: str | Path | None = None,
                  host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, workers: int = 2,
                  options: EndpointOptions | None = None,
                  log: Callable[[str], None] | None = None,
                  events: Callable[[str], None] | None = None) -> Endpoint:
    """Load the graph into the workers and listen; call ``serve_forever`` on the result.

    ``log`` gets a line per request; ``events`` (default: ``log``) a line per worker replaced and per
    request that failed inside the server.
    """
    events = events or log
    options = options or EndpointOptions()
    pool = QueryWorkers(GraphSource.read(graph, store=store), count=workers,
                        max_answer_bytes=options.max_answer_bytes, memory_limit=options.memory_limit,
                        log=events)
    try:
        pool.start()
        server = SparqlServer((host, port), workers=pool, options=options, log=log, events=events)
    except OSError as e:
        pool.close()
        raise InputError(f"cannot listen on {host}:{port}: {e.strerror or e}",
                         hint="choose another --port (0 picks a free one) or --host") from e
    except BaseException:
        pool.close()
        raise
    return Endpoint(server)


# ---------------------------------------------------------------- the page


_PAGE_STYLE = """
body { font: 14px/1.45 system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.25em; margin: 0 0 .6em; }
textarea { width: 100%; height: 16em; font: 13px/1.4 ui-monospace, monospace; box-sizing: border-box; }
.bar { margin: .5em 0; display: flex; gap: .6em; align-items: center; flex-wrap: wrap; }
#status { color: #555; } #status.error { color: #b00020; }
table { border-collapse: collapse; margin-top: .6em; }
th, td { border: 1px solid #ccc; padding: .2em .5em; vertical-align: top; text-align: left; max-width: 40em; }
th { background: #f3f3f3; position: sticky; top: 0; }
pre { white-space: pre-wrap; }
"""

_PAGE_SCRIPT = """
const library = JSON.parse(document.getElementById("library").textContent);
const picker = document.getElementById("named"), editor = document.getElementById("query");
const status = document.getElementById("status"), out = document.getElementById("out");
for (const q of library) {
  const option = document.createElement("option");
  option.value = q.name; option.textContent = q.name + " \\u2014 " + q.description;
  picker.appendChild(option);
}
picker.addEventListener("change", () => {
  const q = library.find(x => x.name === picker.value);
  if (q) editor.value = q.text;
});
function cell(term) {
  if (!term) return "";
  return term.type === "bnode" ? "_:" + term.value : term.value;
}
function show(data) {
  out.replaceChildren();
  if (typeof data.boolean === "boolean") { status.textContent = "ASK: " + data.boolean; return; }
  const vars = data.head.vars, rows = data.results.bindings;
  const table = document.createElement("table"), head = table.createTHead().insertRow();
  for (const v of vars) { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const v of vars) tr.insertCell().textContent = cell(row[v]);
  }
  out.appendChild(table);
  status.textContent = rows.length + (rows.length === 1 ? " row" : " rows");
}
async function run() {
  status.className = ""; status.textContent = "running\\u2026"; out.replaceChildren();
  const started = performance.now();
  try {
    const response = await fetch("sparql", {
      method: "POST",
      headers: {"Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/sparql-results+json, text/turtle;q=0.9"},
      body: new URLSearchParams({query: editor.value}),
    });
    const type = response.headers.get("Content-Type") || "";
    if (!response.ok) throw new Error(response.status + ": " + await response.text());
    if (type.startsWith("application/sparql-results+json")) show(await response.json());
    else { const pre = document.createElement("pre"); pre.textContent = await response.text();
           out.appendChild(pre); status.textContent = "graph"; }
    status.textContent += " in " + Math.round(performance.now() - started) + " ms";
  } catch (e) { status.className = "error"; status.textContent = e.message; }
}
document.getElementById("run").addEventListener("click", run);
editor.addEventListener("keydown", e => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(); });
"""

_PAGE = """<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>policy-kg SPARQL</title>
<style>{style}</style></head>
<body>
<h1>policy-kg SPARQL endpoint</h1>
<div class="bar"><label>Named query
<select id="named"><option value="">(type your own)</option></select></label></div>
<textarea id="query" spellcheck="false">{example}</textarea>
<div class="bar"><button id="run" type="button">Run (Ctrl+Enter)</button><span id="status"></span></div>
<div id="out"></div>
<p>Endpoint for SPARQL clients: <code>/sparql</code> (GET or POST; JSON, XML, CSV or TSV by Accept).
Read-only.</p>
<script type="application/json" id="library">{library}</script>
<script>{script}</script>
</body></html>
"""


def query_page() -> tuple[bytes, str]:
    """The page at ``/`` and its Content-Security-Policy (only its own script and style may run)."""
    from kg.query import named_queries

    library = [{"name": q.name, "description": q.description, "text": q.text}
               for q in named_queries().values()]
    example = library[0]["text"] if library else "SELECT * WHERE { ?s ?p ?o } LIMIT 10"
    data = json.dumps(library, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    text = _PAGE.format(style=_PAGE_STYLE, script=_PAGE_SCRIPT, example=html.escape(example), library=data)

    def digest(source: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode() + "'"

    policy = (f"default-src 'none'; script-src {digest(_PAGE_SCRIPT)}; style-src {digest(_PAGE_STYLE)}; "
              "connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'")
    return text.encode("utf-8"), policy


__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "DEFAULT_TIMEOUT", "Endpoint", "EndpointOptions", "GRAPH_TYPES", "GraphSource",
           "MAX_ANSWER_BYTES", "MAX_REQUEST_BYTES", "QueryWorkers", "RESULT_TYPES", "Reply", "answer",
           "negotiate", "open_endpoint", "query_page"]
