"""Push a build's named graphs to a store over the SPARQL 1.1 Graph Store Protocol (``kg load``).

Each document of a build is its own named graph (graph.nq, graph.trig). :func:`load` sends each one
with ``PUT ENDPOINT?graph=IRI`` as N-Triples, which replaces that graph on the server: loading twice
leaves the store as after one load, never with duplicates. Any Graph Store Protocol endpoint takes
it: Oxigraph's server (``…/store``), Fuseki (``…/DATASET/data``), GraphDB
(``…/repositories/REPO/rdf-graphs/service``), Virtuoso (``…/sparql-graph-crud-auth``, digest auth).

What was sent is recorded beside the source, in ``.kg-load.json`` (per endpoint and source file,
each graph's SHA-256): a load after an incremental build sends only the graphs whose content
changed, and deletes from the store the graphs of documents no longer in the build. ``force``
sends everything again (a store that was emptied behind our back).

The source is read as a stream, one graph at a time, so memory holds only the graphs in flight,
not the corpus: graph.nq as kg build writes it is cut by byte searches, anything else is parsed by
pyoxigraph. ``default_graph`` also replaces the store's default graph with the build's merged
graph.ttl, so that queries without ``GRAPH`` answer as ``kg query`` does. PUT and DELETE are idempotent, so
connection failures, timeouts and 5xx answers are retried (urllib3's backoff); an answer that says
the endpoint itself is wrong (cannot connect, 401, 403, 404, 405, 415) stops the load at once.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox

from kg.errors import EXIT_FAILED, EXIT_USAGE, EndpointError, InputError

#: Written beside the source (in the build folder): what was sent to which endpoint.
STATE = ".kg-load.json"
_STATE_FORMAT = 1

#: A build's merged graph (each statement once), sent as the default graph with ``default_graph``.
MERGED = "graph.ttl"

#: What a build folder holds, in the order they are looked for.
BUILD_GRAPHS = ("graph.nq", "graph.trig")
_FORMATS = {".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG}

#: N-Triples: what every Graph Store Protocol server parses fastest (and a subset of Turtle).
MEDIA_TYPE = "application/n-triples"

#: Answers that say the endpoint, not the graph, is wrong: the load stops at the first.
_ENDPOINT_STATUSES = {401, 403, 404, 405, 415}

_ENDPOINT_HINT = ("give the store's Graph Store Protocol URL: Oxigraph http://HOST:7878/store, "
                  "Fuseki http://HOST:3030/DATASET/data, GraphDB http://HOST:7200/repositories/REPO/rdf-graphs/"
                  "service, Virtuoso http://HOST:8890/sparql-graph-crud-auth")


@dataclass(frozen=True)
class LoadOptions:
    """How to talk to the endpoint. ``params`` are added to every request's query string (e.g.
    Oxigraph's ``no_transaction``, which bulk-loads without a transaction)."""

    user: str | None = None
    password: str | None = None
    auth: str = "basic"  # or "digest" (Virtuoso's /sparql-graph-crud-auth)
    timeout: float = 60.0
    retries: int = 3
    connections: int = 2
    force: bool = False
    dry_run: bool = False
    delete_removed: bool = True
    default_graph: bool = False  # also replace the default graph with the build's merged graph.ttl
    params: tuple[tuple[str, str], ...] = ()


@dataclass
class LoadSummary:
    """What a load did. ``failed`` holds (graph IRI, one-line reason)."""

    endpoint: str
    source: Path
    graphs: int = 0
    sent: int = 0
    unchanged: int = 0
    deleted: int = 0
    quads: int = 0
    quads_sent: int = 0
    bytes_sent: int = 0
    seconds: float = 0.0
    graph_seconds: float = 0.0  # of ``seconds``, sending the named graphs (the rest: deletes, default graph)
    failed: list[tuple[str, str]] = field(default_factory=list)
    state: Path | None = None
    dry_run: bool = False
    to_delete: int = 0  # graphs a dry run would delete
    default_graph: str = ""  # "sent", "unchanged" or "" (not asked for)
    default_bytes: int = 0  # graph.ttl's size, when it was (or would be) sent


@dataclass(frozen=True)
class GraphBody:
    """One named graph as N-Triples bytes, with its quad count."""

    iri: str
    body: bytes
    quads: int

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


# ---------------------------------------------------------------- the source


def resolve_source(path: str | Path) -> tuple[Path, ox.RdfFormat]:
    """The quad file to load: a build folder's graph.nq (else graph.trig), or a .nq/.trig file."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file or folder", hint="give a build folder or its graph.nq")
    if p.is_dir():
        for name in BUILD_GRAPHS:
            if (p / name).is_file():
                return p / name, _FORMATS[Path(name).suffix]
        raise InputError(f"{p}: folder holds no graph.nq or graph.trig",
                         hint=f"build one first with 'kg build TEXTS -o {p}'")
    fmt = _FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise InputError(f"{p}: holds no named graphs (a {p.suffix or 'suffix-less'} file)",
                         hint="give a build folder, its graph.nq or graph.trig")
    return p, fmt


def named_graphs(path: Path, fmt: ox.RdfFormat) -> Iterator[GraphBody]:
    """Each named graph of ``path`` in file order, as N-Triples, read as a stream.

    A build's files hold each graph's statements together. Where a file does not (a graph appears
    again after another), the graph is yielded again at the end, whole, from a second pass over the
    file, so that the PUT sent last holds all of it.
    """
    runs = _nquads_runs(path) if fmt == ox.RdfFormat.N_QUADS else _parsed_runs(path, fmt)
    seen: set[str] = set()
    split: set[str] = set()
    for iri, body, quads in runs:
        if iri in seen:
            split.add(iri)
            continue
        seen.add(iri)
        yield GraphBody(iri, body, quads)
    if split:
        whole: dict[str, list] = {iri: [] for iri in sorted(split)}
        for q in _quads(path, fmt):
            if q.graph_name.value in whole:
                whole[q.graph_name.value].append(q.triple)
        for iri, triples in whole.items():
            yield GraphBody(iri, _ntriples(triples), len(triples))


#: Bytes of N-Quads read at a time by the fast path (whole lines are kept; a graph may span reads).
_CHUNK = 1 << 24


def _nquads_runs(path: Path) -> Iterator[tuple[str, bytes, int]]:
    """Runs of lines of one graph as (IRI, N-Triples body, quads), cutting graph.nq as text.

    kg build writes each statement on one line ending in `` <GRAPH> .``; a run of lines with the
    same ending is a graph, and its N-Triples are the lines with that ending replaced by `` .``.
    Finding a run and rewriting it are byte searches, not a parse into a Python object a
    statement (which cost 3 µs a quad, more than the server takes to store it). The first line
    of each run is parsed with pyoxigraph, to know its graph for sure; a line in another layout
    (tabs, comments, a blank line, a statement outside a named graph) hands the rest of the file
    to the parser. The server parses what is sent, so a malformed line still fails its graph.
    """
    with open(path, "rb") as fh:
        try:
            data = fh.read(_CHUNK)
            offset = 0  # file offset of data[0]
            iri, suffix, parts, count = None, b"", [], 0
            while data:
                more = fh.read(_CHUNK)
                cut = len(data) if not more else data.rfind(b"\n") + 1
                if cut == 0:  # a line longer than a chunk: read on
                    data += more
                    continue
                pos = 0
                while pos < cut:
                    if iri is None:
                        iri = _graph_of_line(data, pos, cut)
                        if iri is None:
                            yield from _parsed_runs(path, ox.RdfFormat.N_QUADS, offset=offset + pos)
                            return
                        suffix = f" <{iri}> .\n".encode()
                    end, lines = _run_end(data, pos, cut, suffix)
                    if end > pos:
                        parts.append(data[pos:end].replace(suffix, b" .\n"))
                        count += lines
                        pos = end
                    if pos < cut:  # the run ended inside this chunk
                        yield iri, b"".join(parts), count
                        iri, suffix, parts, count = None, b"", [], 0
                offset += cut
                data = data[cut:] + more
            if iri is not None:
                yield iri, b"".join(parts), count
        except OSError as e:
            raise InputError(f"{path}: cannot be read ({e.strerror or e})", hint="check the path") from e


def _graph_of_line(data: bytes, pos: int, cut: int) -> str | None:
    """The graph IRI of the line at ``pos`` if it is a quad written as kg build writes them, else None."""
    nl = data.find(b"\n", pos, cut)
    line = data[pos:nl + 1 if nl >= 0 else cut]
    try:
        (quad,) = ox.parse(line, format=ox.RdfFormat.N_QUADS)
    except (SyntaxError, ValueError):
        return None
    if not isinstance(quad.graph_name, ox.NamedNode):
        return None
    iri = quad.graph_name.value
    return iri if line.endswith(f" <{iri}> .\n".encode()) else None


def _run_end(data: bytes, pos: int, cut: int, suffix: bytes) -> tuple[int, int]:
    """The end of the run of lines from ``pos`` that end in ``suffix`` (``pos`` when there is none), and
    how many lines it holds.

    Looks for the last line with the ending in a window that doubles until the line after it has
    another ending; then checks that every line of the run has it (each ending is one line end,
    since N-Quads escapes line breaks in literals), else walks the lines one by one.
    """
    nl = data.find(b"\n", pos, cut)
    if nl < 0 or not _ends_with(data, nl, suffix):
        return pos, 0
    window = 1 << 16
    while True:
        hi = min(pos + window, cut)
        last = data.rfind(suffix, pos, hi)
        if last >= 0:
            end = last + len(suffix)
            nl = data.find(b"\n", end, cut)
            if hi == cut or nl < 0 or not _ends_with(data, nl, suffix):
                break
        window *= 2
    lines = data.count(b"\n", pos, end)
    if lines == data.count(suffix, pos, end):
        return end, lines
    end, lines = pos, 0  # not one run (a file whose graphs are not together): line by line
    while end < cut:
        nl = data.find(b"\n", end, cut)
        if nl < 0 or not _ends_with(data, nl, suffix):
            break
        end, lines = nl + 1, lines + 1
    return end, lines


def _ends_with(data: bytes, nl: int, suffix: bytes) -> bool:
    """Whether the line that ends at ``data[nl]`` (its line break) ends in ``suffix``."""
    return nl + 1 >= len(suffix) and data.startswith(suffix, nl + 1 - len(suffix))


def _parsed_runs(path: Path, fmt: ox.RdfFormat, *, offset: int = 0) -> Iterator[tuple[str, bytes, int]]:
    """Runs of quads of one graph parsed by pyoxigraph (from byte ``offset``), as N-Triples bodies."""
    current, triples = None, []
    for q in _quads(path, fmt, offset=offset):
        g = q.graph_name.value
        if g != current:
            if triples:
                yield current, _ntriples(triples), len(triples)
            current, triples = g, []
        triples.append(q.triple)
    if triples:
        yield current, _ntriples(triples), len(triples)


def _quads(path: Path, fmt: ox.RdfFormat, *, offset: int = 0) -> Iterator[ox.Quad]:
    where_from = f" (reading from byte {offset:,})" if offset else ""
    try:
        with open(path, "rb") as fh:
            fh.seek(offset)
            for number, q in enumerate(ox.parse(fh, format=fmt), 1):
                if not isinstance(q.graph_name, ox.NamedNode):
                    where = "in the default graph" if isinstance(q.graph_name, ox.DefaultGraph) else \
                        "in a blank-node graph"
                    raise InputError(f"{path}: statement {number}{where_from} is {where}, not in a named graph",
                                     hint="kg load sends named graphs; give a kg build's graph.nq")
                yield q
    except SyntaxError as e:
        raise InputError(f"{path}: not valid {fmt.name}{where_from}: {e}",
                         hint="rebuild it with 'kg build'") from e
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror or e})", hint="check the path") from e


def _ntriples(triples: list) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""


# ---------------------------------------------------------------- what was sent before


def public_url(url: str) -> str:
    """``url`` without user name and password (for messages and the record of what was sent).

    >>> public_url("http://dba:secret@localhost:8890/sparql-graph-crud-auth")
    'http://localhost:8890/sparql-graph-crud-auth'
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def check_endpoint(url: str) -> str:
    """``url`` if it is an http(s) URL with a host; else an InputError."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 -- raises ValueError on a port that is not a number
    except ValueError as e:
        raise InputError(f"--endpoint {url!r}: not a URL ({e})", hint=_ENDPOINT_HINT) from e
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"--endpoint {public_url(url)!r}: not an http(s) URL", hint=_ENDPOINT_HINT)
    return url


class SentRecord:
    """``.kg-load.json``: per endpoint and source file, the SHA-256 of each graph as last sent."""

    def __init__(self, path: Path, endpoint: str, source: Path) -> None:
        self.path = path
        self.key = f"{public_url(endpoint)} {source.name}"
        self._all: dict = {}
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and data.get("format") == _STATE_FORMAT:
                self._all = data.get("loads", {})
        except (OSError, ValueError):
            pass  # none yet, or unreadable: everything is sent, and a good record is written
        entry = self._all.get(self.key, {})
        self.graphs: dict[str, str] = dict(entry.get("graphs", {}))
        self.default_graph: str | None = entry.get("default_graph")  # graph.ttl's SHA-256 as last sent
        self._lock = threading.Lock()

    def sent(self, iri: str, digest: str | None) -> None:
        """Record ``iri`` as holding ``digest`` on the server (None: unknown or deleted)."""
        with self._lock:
            if digest is None:
                self.graphs.pop(iri, None)
            else:
                self.graphs[iri] = digest

    def save(self) -> None:
        from kg.outputs import write_atomic

        entry = {"endpoint": self.key.rsplit(" ", 1)[0], "source": self.key.rsplit(" ", 1)[1],
                 "graphs": dict(sorted(self.graphs.items()))}
        if self.default_graph is not None:
            entry["default_graph"] = self.default_graph
        loads = {**self._all, self.key: entry}
        write_atomic(self.path, json.dumps({"format": _STATE_FORMAT, "loads": dict(sorted(loads.items()))},
                                           ensure_ascii=False, indent=1))


# ---------------------------------------------------------------- HTTP


class GraphStore:
    """A Graph Store Protocol endpoint: PUT and DELETE of named graphs, one keep-alive session a thread."""

    def __init__(self, endpoint: str, options: LoadOptions) -> None:
        import requests
        from requests.adapters import HTTPAdapter
        from urllib3.util.retry import Retry

        self.endpoint = endpoint
        self.public = public_url(endpoint)
        self.options = options
        self._requests = requests
        self._local = threading.local()
        self._sessions: list = []  # every thread's, to close them all at the end
        # PUT and DELETE are idempotent, so retrying after a dropped connection or a 5xx is safe
        self._retry = Retry(total=options.retries, connect=options.retries, read=options.retries,
                            status=options.retries, backoff_factor=0.5,
                            status_forcelist=(500, 502, 503, 504), allowed_methods={"PUT", "DELETE"},
                            raise_on_status=False, respect_retry_after_header=True)
        self._adapter = lambda: HTTPAdapter(max_retries=self._retry, pool_connections=1, pool_maxsize=1)
        if options.user is not None:
            from requests.auth import HTTPBasicAuth, HTTPDigestAuth

            cls = HTTPDigestAuth if options.auth == "digest" else HTTPBasicAuth
            self._auth = lambda: cls(options.user, options.password or "")
        else:
            self._auth = lambda: None

    def _session(self):
        s = getattr(self._local, "session", None)
        if s is None:
            s = self._requests.Session()
            s.mount("http://", self._adapter())
            s.mount("https://", self._adapter())
            s.auth = self._auth()  # digest auth keeps its nonce per session, so one per thread
            s.headers["User-Agent"] = "policy-kg (kg load)"
            self._local.session = s
            self._sessions.append(s)
        return s

    def put(self, graph: GraphBody) -> None:
        self._send("PUT", graph.iri, data=graph.body, headers={"Content-Type": MEDIA_TYPE})

    def delete(self, iri: str) -> None:
        self._send("DELETE", iri, missing_ok=True)

    def put_default(self, turtle: bytes) -> None:
        """Replace the default graph (``?default``) with ``turtle``."""
        self._send("PUT", None, data=turtle, headers={"Content-Type": "text/turtle"})

    def _send(self, method: str, iri: str | None, *, missing_ok: bool = False, **kwargs) -> None:
        requests = self._requests
        params = [("graph", iri) if iri is not None else ("default", ""), *self.options.params]
        try:
            r = self._session().request(method, self.endpoint, params=params, timeout=self.options.timeout,
                                        **kwargs)
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as e:
            if _timed_out(e):  # the server took the graph but did not answer in time (after the retries)
                raise _GraphFailed(f"no answer within {self.options.timeout:g} s (raise --timeout)") from e
            raise EndpointError(f"{self.public}: cannot connect ({_reason(e)})",
                                hint="check the URL and that the server is running") from e
        except requests.exceptions.RequestException as e:
            raise _GraphFailed(_reason(e)) from e
        if r.ok or (missing_ok and r.status_code == 404):
            return
        detail = f"HTTP {r.status_code} {r.reason}" + (f": {_first_line(r.text)}" if r.text.strip() else "")
        if r.status_code in (401, 403):
            raise EndpointError(f"{self.public}: {detail}",
                                hint="give --user NAME and the password in KG_LOAD_PASSWORD"
                                     + ("" if self.options.auth == "digest" else ", or --auth digest"))
        if r.status_code in _ENDPOINT_STATUSES:
            raise EndpointError(f"{self.public}: {detail}", hint=_ENDPOINT_HINT)
        raise _GraphFailed(detail)

    def close(self) -> None:
        for s in self._sessions:
            s.close()


class _GraphFailed(Exception):
    """One graph could not be sent; the others go on."""


def _timed_out(e: Exception) -> bool:
    """A read time-out, also when urllib3's retries ran out on one (requests calls that a ConnectionError)."""
    from requests.exceptions import ReadTimeout
    from urllib3.exceptions import ReadTimeoutError

    reason = getattr(e.args[0], "reason", None) if e.args else None
    return isinstance(e, ReadTimeout) or isinstance(reason, ReadTimeoutError)


def _reason(e: Exception) -> str:
    """The innermost readable reason of a requests/urllib3 error ('Connection refused', …)."""
    text = " ".join(str(e).split())
    for marker in ("] ", "): "):
        if marker in text:
            text = text.rsplit(marker, 1)[1]
    return text.rstrip("')\"").strip() or type(e).__name__


def _first_line(text: str) -> str:
    """The server's message in one line: the first line of text, or the text of an HTML error page."""
    if text.lstrip()[:1] == "<":  # an HTML page (Virtuoso's, a proxy's): its words, without the tags
        body = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", text)
        return " ".join(re.sub(r"<[^>]*>", " ", body).split())[:300]
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line[:300]


# ---------------------------------------------------------------- the load


def load(source: str | Path, endpoint: str, *, options: LoadOptions | None = None,
         state: str | Path | None = None, progress: Callable[[int], None] | None = None) -> LoadSummary:
    """Send the named graphs of ``source`` (a build folder or its .nq/.trig) to ``endpoint``.

    Sends only graphs changed since the last load of this source to this endpoint (all with
    ``options.force``) and deletes graphs no longer in the source. ``state`` is where that is
    recorded (default ``.kg-load.json`` beside the source file). Raises :class:`EndpointError` when
    the endpoint is unusable; graphs that fail alone are listed in the summary's ``failed``.
    ``progress(n)`` is called as each graph is done with (sent, unchanged or failed).
    """
    options = options or LoadOptions()
    if options.auth not in ("basic", "digest"):
        raise InputError(f"--auth {options.auth}: unknown", hint="use basic or digest")
    if options.connections < 1 or options.retries < 0 or options.timeout <= 0:
        raise InputError("--connections must be at least 1, --retries at least 0, --timeout above 0",
                         hint="see 'kg load --help'")
    path, fmt = resolve_source(source)
    merged = path.parent / MERGED
    if options.default_graph and not merged.is_file():
        raise InputError(f"{path.parent}: no {MERGED} beside {path.name} for --default-graph",
                         hint="give a kg build folder, or leave --default-graph out")
    check_endpoint(endpoint)
    record = SentRecord(Path(state) if state is not None else path.parent / STATE, endpoint, path)
    summary = LoadSummary(endpoint=public_url(endpoint), source=path, dry_run=options.dry_run,
                          state=None if options.dry_run else record.path)
    store = None if options.dry_run else GraphStore(endpoint, options)
    started = time.perf_counter()
    present: dict[str, int] = {}
    try:
        _send_changed(named_graphs(path, fmt), store, record, options, summary, present,
                      progress or (lambda n: None))
        summary.graph_seconds = time.perf_counter() - started
        removed = sorted(set(record.graphs) - present.keys()) if options.delete_removed else []
        summary.to_delete = len(removed)
        if store is not None:
            _delete_removed(removed, store, record, summary)
        if options.default_graph:
            _send_default_graph(merged, store, record, options, summary)
    except EndpointError as e:
        if summary.sent or summary.deleted:
            e.exit_code = EXIT_FAILED
            e.hint = f"{summary.sent} graph(s) were sent before it; {e.hint}; then run it again"
        else:
            e.exit_code = EXIT_USAGE
        raise
    finally:
        summary.seconds = time.perf_counter() - started
        if store is not None:
            store.close()
            if summary.sent or summary.deleted or summary.failed or summary.default_graph == "sent" \
                    or not record.path.exists():
                record.save()
    summary.failed.sort()
    return summary


def _delete_removed(removed: list[str], store: GraphStore, record: SentRecord, summary: LoadSummary) -> None:
    """DELETE the graphs of documents no longer in the build (a 404 means already gone)."""
    for iri in removed:
        try:
            store.delete(iri)
        except _GraphFailed as e:
            summary.failed.append((iri, f"delete: {e}"))
            continue
        record.sent(iri, None)
        summary.deleted += 1


def _send_default_graph(merged: Path, store: GraphStore | None, record: SentRecord, options: LoadOptions,
                        summary: LoadSummary) -> None:
    """PUT the build's merged graph (graph.ttl) as the default graph, when it changed.

    The store then answers queries without ``GRAPH`` as ``kg query`` does over graph.ttl: each
    statement once, however many documents make it (a union default graph counts it once per
    document, which inflates the named queries' counts). It is the whole corpus again, so it is
    sent whole whenever any document changed.
    """
    turtle = merged.read_bytes()
    digest = hashlib.sha256(turtle).hexdigest()
    if not options.force and record.default_graph == digest:
        summary.default_graph = "unchanged"
        return
    summary.default_graph = "sent"
    summary.default_bytes = len(turtle)
    if store is None:  # a dry run
        return
    record.default_graph = None  # unknown until the server says it took it
    try:
        store.put_default(turtle)
    except _GraphFailed as e:
        summary.default_graph = ""
        summary.failed.append(("(default graph)", str(e)))
        return
    record.default_graph = digest


def _send_changed(graphs: Iterable[GraphBody], store: GraphStore | None, record: SentRecord,
                  options: LoadOptions, summary: LoadSummary, present: dict[str, int],
                  progress: Callable[[int], None]) -> None:
    """PUT each changed graph, ``options.connections`` at a time, holding few bodies in memory.

    ``present`` collects each graph of the source with its quad count.
    """
    lock = threading.Lock()  # the callbacks run in the sending threads

    def count(graph: GraphBody, digest: str, fut: Future) -> None:
        if fut.cancelled():
            return
        e = fut.exception()
        with lock:
            if e is None:
                record.sent(graph.iri, digest)
                summary.sent += 1
                summary.quads_sent += graph.quads
                summary.bytes_sent += len(graph.body)
            elif isinstance(e, _GraphFailed):
                record.sent(graph.iri, None)  # the server may hold a part of it: send it again next time
                summary.failed.append((graph.iri, str(e)))
            progress(summary.sent + summary.unchanged + len(summary.failed))

    pending: set[Future] = set()
    with ThreadPoolExecutor(max_workers=options.connections, thread_name_prefix="kg-load") as pool:
        try:
            for graph in graphs:
                resent = graph.iri in present  # a graph split in the file: its whole, sent last
                summary.graphs += not resent
                summary.quads += graph.quads - present.get(graph.iri, 0)
                present[graph.iri] = graph.quads
                digest = graph.sha256
                if not resent and not options.force and record.graphs.get(graph.iri) == digest:
                    with lock:
                        summary.unchanged += 1
                        progress(summary.sent + summary.unchanged + len(summary.failed))
                    continue
                if store is None:  # a dry run counts what it would send
                    summary.sent += not resent
                    summary.quads_sent += graph.quads
                    summary.bytes_sent += len(graph.body)
                    continue
                fut = pool.submit(store.put, graph)
                fut.add_done_callback(lambda f, g=graph, d=digest: count(g, d, f))
                pending.add(fut)
                while len(pending) >= 2 * options.connections:  # bounded: bodies in flight, not the corpus
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    _raise_endpoint_error(done)
            done, pending = wait(pending)
            _raise_endpoint_error(done)
        except BaseException:
            for fut in pending:
                fut.cancel()
            raise


def _raise_endpoint_error(done: Iterable[Future]) -> None:
    for fut in done:
        e = fut.exception()
        if isinstance(e, EndpointError):
            raise e


def password_from_env() -> str | None:
    """The endpoint password from ``KG_LOAD_PASSWORD`` (not an option: it would show in ``ps``)."""
    return os.environ.get("KG_LOAD_PASSWORD")


__all__ = ["EndpointError", "GraphBody", "GraphStore", "LoadOptions", "LoadSummary", "STATE", "load",
           "named_graphs", "public_url", "resolve_source"]
