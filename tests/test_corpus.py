"""Corpus builds: one node per entity across texts, a named graph per text, and outputs that do not
depend on the worker count or on what the cache held."""
from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import DCTERMS

from kg.cli import main
from kg.corpus import STAMP, build, extract_file
from kg.errors import InputError
from kg.executor import Engine, can_fork
from kg.graph import to_dataset, to_graph
from kg.vocab import KG
from tests.conftest import SEED

OUTPUTS = ("graph.ttl", "graph.jsonld", "graph.trig", "graph.nq")

# Texts of the genre written for these tests (not copied from any corpus): two city reports with
# header lines, and a speech with only a title. All three name 党的二十大 and 人工智能.
REPORT_A = """2026年青山市政府工作报告
——2026年1月20日在青山市第十五届人民代表大会第三次会议上
青山市市长 李明远
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议。
一、2025年工作回顾
过去一年，我们坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，地区生产总值增长5.2%。
我们大力发展新能源汽车、人工智能等战略性新兴产业，深入实施创新驱动发展战略。
二、2026年主要任务
全面贯彻落实党的二十大和二十届历次全会精神，推动高质量发展。
"""
REPORT_B = """2026年绿水市政府工作报告
——2026年1月22日在绿水市第十四届人民代表大会第五次会议上
绿水市市长 王海
各位代表：
一、2025年工作回顾
我们深入学习贯彻党的二十大精神，加快发展人工智能、集成电路等战略性新兴产业。
规模以上工业增加值增长6.1%。
二、2026年主要任务
坚持以习近平新时代中国特色社会主义思想为指导，深入实施乡村振兴战略。
"""
SPEECH = """在全市经济工作会议上的讲话
同志们：
这次会议的主要任务是，深入贯彻党的二十大精神，落实中央经济工作会议部署。
要大力发展人工智能，推进新型工业化，深入实施创新驱动发展战略。
"""
TEXTS = {"a-report.txt": REPORT_A, "b-report.txt": REPORT_B, "c-speech.txt": SPEECH}


def write_corpus(folder: Path, texts: dict[str, str] = TEXTS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def outputs_of(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def union_of(path: Path, fmt: str) -> Graph:
    ds = Dataset()
    ds.parse(path, format=fmt)
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def assert_same_graph(got: Graph, expected: Graph) -> None:
    if not isomorphic(got, expected):
        _, only_got, only_expected = graph_diff(to_isomorphic(got), to_isomorphic(expected))
        pytest.fail("graphs differ:\n  only built: " + "\n    ".join(sorted(map(str, only_got))[:10]) +
                    "\n  only expected: " + "\n    ".join(sorted(map(str, only_expected))[:10]))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "texts")


@pytest.fixture(scope="module")
def clean_build(corpus, tmp_path_factory) -> Path:
    """The reference: built in this process, without a cache."""
    out = tmp_path_factory.mktemp("clean")
    summary = build([corpus], out, workers=1, use_cache=False, write_html=False)
    assert summary.documents == 3 and summary.extracted == 3 and not summary.failed
    return out


def test_an_entity_named_in_every_text_is_one_node_with_evidence_from_each(clean_build) -> None:
    g = Graph().parse(clean_build / "graph.ttl")
    label = Literal("党的二十大", lang="zh")
    nodes = {s for s in g.subjects(RDFS.label, label) if (s, RDF.type, KG.Meeting) in g}
    assert len(nodes) == 1
    (meeting,) = nodes
    documents = {g.value(m, KG.inDocument) for m in g.subjects(KG.mentionOf, meeting)}
    assert len(documents) == 3
    assert {str(g.value(d, KG.fileName)) for d in documents} == set(TEXTS)


def test_each_text_is_a_named_graph_with_its_header_metadata(clean_build) -> None:
    ds = Dataset()
    ds.parse(clean_build / "graph.trig", format="trig")
    graphs = {c.identifier: c for c in ds.graphs() if len(c)}
    assert len(graphs) == 3
    by_file = {}
    for g in graphs.values():
        (doc,) = set(g.subjects(RDF.type, KG.SourceDocument))
        by_file[str(g.value(doc, KG.fileName))] = (g, doc)
    g, doc = by_file["a-report.txt"]
    assert str(g.value(doc, DCTERMS.title)) == "2026年青山市政府工作报告"
    assert str(g.value(doc, DCTERMS.date)) == "2026-01-20"
    assert str(g.value(doc, KG.year)) == "2026"
    assert str(g.value(doc, KG.speaker)) == "李明远"
    # a text's own statements stay apart: report A's growth figure is not in report B's graph
    assert "5.2" in {str(v) for v in g.objects(None, KG.value)}
    g_b, _ = by_file["b-report.txt"]
    assert "5.2" not in {str(v) for v in g_b.objects(None, KG.value)}


def test_every_output_is_the_graph_mapping_of_the_extractions(corpus, clean_build) -> None:
    """Every output holds kg/graph.py's mapping of the texts (labels chosen corpus-wide)."""
    pairs = [(extract_file(f), f.name) for f in sorted(corpus.glob("*.txt"))]
    expected = to_graph(pairs)
    assert_same_graph(Graph().parse(clean_build / "graph.ttl"), expected)
    assert_same_graph(Graph().parse(clean_build / "graph.jsonld", format="json-ld"), expected)
    assert_same_graph(union_of(clean_build / "graph.trig", "trig"), expected)
    reference = to_dataset(pairs)
    built = Dataset()
    built.parse(clean_build / "graph.nq", format="nquads")
    for ctx in reference.graphs():
        if len(ctx):
            assert_same_graph(built.graph(ctx.identifier), ctx)


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "spawned"])
def test_two_workers_give_byte_identical_outputs(corpus, clean_build, tmp_path, monkeypatch, fork) -> None:
    if fork and not can_fork():
        pytest.skip("workers are forked only on Linux, in a process without threads")
    if not fork:
        monkeypatch.setattr("kg.executor.can_fork", lambda: False)
    monkeypatch.setattr("kg.sinks.PARALLEL_WRITE_BYTES", 0)  # TriG and JSON-LD (in two parts) by the workers
    summary = build([corpus], tmp_path / "out", workers=2, use_cache=False, write_html=False)
    assert summary.extracted == 3
    assert outputs_of(tmp_path / "out") == outputs_of(clean_build)


_WARMED: list[int] = []


def _warmed() -> int:
    """A task: how many times ``warm`` had run in this worker's memory."""
    return len(_WARMED)


def test_forked_workers_start_with_what_warm_loaded_here_once() -> None:
    if not can_fork():
        pytest.skip("workers are forked only on Linux, in a process without threads")
    _WARMED.clear()
    with Engine(workers=2, warm=lambda: _WARMED.append(1)) as engine:
        assert list(engine.map(_warmed, [(), (), ()])) == [1, 1, 1]
    assert _WARMED == [1]


def test_with_a_thread_running_workers_are_spawned_and_load_for_themselves() -> None:
    _WARMED.clear()
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()
    try:
        with Engine(workers=2, warm=lambda: _WARMED.append(1)) as engine:
            assert list(engine.map(_warmed, [(), ()])) == [0, 0]
        assert _WARMED == []
    finally:
        stop.set()
        thread.join()


def test_a_rebuild_from_the_cache_extracts_nothing_and_is_byte_identical(corpus, clean_build, tmp_path,
                                                                         monkeypatch) -> None:
    cache = tmp_path / "cache"
    build([corpus], tmp_path / "first", workers=1, cache_dir=cache, write_html=False)

    import kg.extract

    def no_extraction(*args, **kwargs):
        raise AssertionError("a cached text was extracted again")

    monkeypatch.setattr(kg.extract, "extract", no_extraction)
    summary = build([corpus], tmp_path / "second", workers=1, cache_dir=cache, write_html=False)
    assert (summary.extracted, summary.cached, summary.up_to_date) == (0, 3, False)
    assert outputs_of(tmp_path / "second") == outputs_of(clean_build)


def test_a_changed_text_is_the_only_one_extracted_again(corpus, tmp_path) -> None:
    texts = write_corpus(tmp_path / "texts")
    build([texts], tmp_path / "out", workers=1, write_html=False)
    (texts / "b-report.txt").write_text(REPORT_B.replace("6.1%", "7.3%"), encoding="utf-8")
    summary = build([texts], tmp_path / "out", workers=1, write_html=False)
    assert (summary.extracted, summary.cached) == (1, 2)
    clean = build([texts], tmp_path / "clean", workers=1, use_cache=False, write_html=False)
    assert clean.extracted == 3
    assert outputs_of(tmp_path / "out") == outputs_of(tmp_path / "clean")
    assert b"7.3" in (tmp_path / "out" / "graph.ttl").read_bytes()


def test_a_new_text_that_changes_a_shared_label_regraphs_the_others(tmp_path) -> None:
    """Labels are chosen across texts: new texts that write a name differently must reach cached graphs."""
    texts = write_corpus(tmp_path / "texts", {"a.txt": "我们要大力发展“人工智能+”行动。\n"})
    build([texts], tmp_path / "out", workers=1, write_html=False)
    for i in range(2):  # two texts with the full-width plus outvote the first
        (texts / f"b{i}.txt").write_text(f"第{i}条：推进“人工智能＋”行动。\n", encoding="utf-8")
    build([texts], tmp_path / "out", workers=1, write_html=False)
    build([texts], tmp_path / "clean", workers=1, use_cache=False, write_html=False)
    assert outputs_of(tmp_path / "out") == outputs_of(tmp_path / "clean")
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    labels = {str(o) for o in g.objects(None, RDFS.label) if "人工智能" in o}
    assert len(labels) == 1 and "＋" in labels.pop()  # the majority form; the first text's is an altLabel
    expected = to_graph([(extract_file(f), f.name) for f in sorted(texts.glob("*.txt"))])
    assert_same_graph(g, expected)


def test_an_unchanged_rebuild_is_up_to_date_and_writes_nothing(corpus, tmp_path) -> None:
    out = tmp_path / "out"
    build([corpus], out, workers=1, write_html=False)
    before = {name: (out / name).stat().st_mtime_ns for name in OUTPUTS}
    again = build([corpus], out, workers=1, write_html=False)
    assert again.up_to_date and again.documents == 3 and again.triples > 0
    assert {name: (out / name).stat().st_mtime_ns for name in OUTPUTS} == before
    # an output edited or removed by hand is made again
    (out / "graph.ttl").write_text("# edited\n", encoding="utf-8")
    third = build([corpus], out, workers=1, write_html=False)
    assert not third.up_to_date and third.extracted == 0
    assert len(Graph().parse(out / "graph.ttl")) == third.triples
    # asking for the HTML view is a different build
    assert not build([corpus], out, workers=1, write_html=True).up_to_date
    assert (out / "graph.html").stat().st_size > 1000


def test_no_cache_keeps_nothing(corpus, tmp_path) -> None:
    out = tmp_path / "out"
    build([corpus], out, workers=1, use_cache=False, write_html=False)
    assert not (out / ".kg-cache").exists() and not (out / STAMP).exists()


def test_bad_files_are_listed_and_the_rest_is_built(tmp_path) -> None:
    texts = write_corpus(tmp_path / "texts")
    (texts / "empty.txt").write_bytes(b"")
    summary = build([texts], tmp_path / "out", workers=1, write_html=False)
    assert summary.documents == 3
    assert [Path(f).name for f, _ in summary.failed] == ["empty.txt"]
    assert "empty" in summary.failed[0][1]
    again = build([texts], tmp_path / "out", workers=1, write_html=False)
    assert not again.up_to_date and again.failed  # a build with failures is never "up to date"


def test_a_corpus_of_only_bad_files_is_an_input_error(tmp_path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_bytes(b"")
    (texts / "b.txt").write_bytes(b"   \n")
    with pytest.raises(InputError, match="none of 2 files"):
        build([texts], tmp_path / "out", workers=1)


def test_progress_is_reported_for_corpora_not_single_texts(tmp_path) -> None:
    texts = write_corpus(tmp_path / "texts", {**TEXTS, "d-seed.txt": SEED.read_text(encoding="utf-8")})
    seen: list[tuple[str, int, int]] = []
    build([texts], tmp_path / "out", workers=1, write_html=False, progress=lambda *a: seen.append(a))
    assert ("extract", 4, 4) in seen and ("graph", 4, 4) in seen and seen[-1][0] == "write"
    assert seen[-1][1] == seen[-1][2]
    quiet: list = []
    build([texts / "a-report.txt"], tmp_path / "one", workers=1, progress=lambda *a: quiet.append(a))
    assert quiet == []


def test_kg_build_prints_a_summary_and_no_progress_bar_off_a_terminal(corpus, tmp_path) -> None:
    result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(tmp_path / "out"), "--no-html",
                                       "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith("built 3 document(s) (3 extracted, 0 from the cache): ")
    assert "Meeting" in first and "relations" in first and "indicators" in first and "s" in first
    assert result.stderr == ""
    again = CliRunner().invoke(main, ["build", str(corpus), "-o", str(tmp_path / "out"), "--no-html"])
    assert again.exit_code == 0 and "up to date, nothing written" in again.stdout


def test_kg_build_refuses_zero_workers(corpus, tmp_path) -> None:
    result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(tmp_path / "out"), "--workers", "0"])
    assert result.exit_code == 2 and "--workers" in result.stderr


def test_store_option_loads_the_named_graphs_and_the_union(corpus, tmp_path) -> None:
    from kg.store import open_store

    result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(tmp_path / "out"), "--no-html",
                                       "--workers", "1", "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.stderr
    assert f"loaded the store {tmp_path / 'store'}" in result.stdout
    import pyoxigraph as ox

    store = open_store(tmp_path / "store")
    assert len([g for g in store.named_graphs()]) == 3
    def match(s, p, o):
        return list(store.quads_for_pattern(s, ox.NamedNode(str(p)) if p else None, o, ox.DefaultGraph()))

    (meeting,) = {q.subject for q in match(None, RDFS.label, ox.Literal("党的二十大", language="zh"))}
    mentions = {q.subject for q in match(None, KG.mentionOf, meeting)}
    documents = {q.object for m in mentions for q in match(m, KG.inDocument, None)}
    assert len(documents) == 3  # the default graph is the merged graph
    # an unchanged rebuild writes no files but still loads the store it is asked for
    again = CliRunner().invoke(main, ["build", str(corpus), "-o", str(tmp_path / "out"), "--no-html",
                                      "--store", str(tmp_path / "store")])
    assert again.exit_code == 0 and "up to date" in again.stdout and "loaded the store" in again.stdout


def test_the_same_text_under_two_names_is_one_document(tmp_path) -> None:
    texts = write_corpus(tmp_path / "texts", {"a.txt": SPEECH})
    shutil.copy(texts / "a.txt", texts / "copy.txt")
    summary = build([texts], tmp_path / "out", workers=1, write_html=False)
    assert summary.documents == 2
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    (doc,) = set(g.subjects(RDF.type, KG.SourceDocument))
    assert {str(n) for n in g.objects(doc, KG.fileName)} == {"a.txt", "copy.txt"}
    assert isinstance(doc, URIRef)


@pytest.mark.slow
def test_the_same_file_in_two_folders_builds_alike_with_two_workers(tmp_path) -> None:
    """Same name and text: one cache key for two files, each built by its own worker into the spool."""
    first = write_corpus(tmp_path / "a", {"a.txt": SPEECH})
    second = write_corpus(tmp_path / "b", {"a.txt": SPEECH})
    one = build([first, second], tmp_path / "one", workers=1, use_cache=False, write_html=False)
    two = build([first, second], tmp_path / "two", workers=2, use_cache=False, write_html=False)
    assert one.documents == two.documents == 2
    for name in ("graph.nq", "graph.ttl", "graph.trig", "graph.jsonld"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
