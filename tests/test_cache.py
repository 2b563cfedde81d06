"""The build cache: keys change with all that shapes a result, and an entry never fails a build."""
from __future__ import annotations

from kg.cache import BuildCache, code_fingerprint, graph_key, text_key
from kg.corpus import build, extract_file
from tests.conftest import SEED


def test_a_text_key_changes_with_the_text_the_file_name_and_the_code() -> None:
    key = text_key("党的二十大", "a.txt", "f1")
    assert key == text_key("党的二十大", "a.txt", "f1")
    assert len({key, text_key("党的二十大。", "a.txt", "f1"), text_key("党的二十大", "b.txt", "f1"),
                text_key("党的二十大", "a.txt", "f2")}) == 4


def test_a_graph_key_changes_with_the_labels_of_the_texts_entities() -> None:
    key = text_key("人工智能+", "a.txt", "f")
    assert graph_key(key, {"x": "人工智能+"}) == graph_key(key, {"x": "人工智能+"})
    assert graph_key(key, {"x": "人工智能+"}) != graph_key(key, {"x": "人工智能＋"})


def test_the_fingerprint_changes_when_a_user_lexicon_changes(tmp_path) -> None:
    lexicons = tmp_path / "lexicons"
    lexicons.mkdir()
    before = code_fingerprint((str(lexicons),))
    assert code_fingerprint((str(lexicons),)) == before
    (lexicons / "industry.txt").write_text("# our own industries\n低空经济\n", encoding="utf-8")
    after = code_fingerprint((str(lexicons),))
    assert after != before
    (lexicons / "industry.txt").write_text("# our own industries\n低空经济\n银发经济\n", encoding="utf-8")
    assert code_fingerprint((str(lexicons),)) not in (before, after)


def test_a_lexicon_folder_change_re_extracts_every_text(tmp_path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    for name in ("a.txt", "b.txt"):
        (texts / name).write_text(SEED.read_text(encoding="utf-8")[:3000] + name, encoding="utf-8")
    lexicons = tmp_path / "lexicons"
    lexicons.mkdir()
    mine = (lexicons,)
    assert build([texts], tmp_path / "out", workers=1, write_html=False, lexicon_dirs=mine).extracted == 2
    assert build([texts], tmp_path / "out2", workers=1, cache_dir=tmp_path / "out" / ".kg-cache",
                 write_html=False, lexicon_dirs=mine).extracted == 0
    (lexicons / "concept.txt").write_text("低空经济\n", encoding="utf-8")
    assert build([texts], tmp_path / "out", workers=1, write_html=False, lexicon_dirs=mine).extracted == 2


def test_entries_round_trip(tmp_path) -> None:
    cache = BuildCache(tmp_path, fingerprint="0" * 64)
    ex = extract_file(SEED)
    cache.put_extraction("ab12", ex)
    assert cache.get_extraction("ab12") == ex
    rows = (("Meeting", "党的二十大", "党的二十大"), ("Policy", "a\tb", "“人工智能+”行动"))
    cache.put_labels("ab12", rows)
    assert cache.get_labels("ab12") == rows
    cache.put_graph("cd34", b"<a> <b> <c> <g> .\n")
    assert cache.get_graph("cd34") == b"<a> <b> <c> <g> .\n"
    assert cache.get_graph("ef56") is None and cache.get_extraction("ef56") is None


def test_a_damaged_entry_is_a_miss_not_a_failure(tmp_path) -> None:
    cache = BuildCache(tmp_path, fingerprint="0" * 64)
    cache.put_extraction("ab12", extract_file(SEED))
    cache.put_labels("ab12", (("Meeting", "k", "l"),))
    for path in (tmp_path / f"v{'0' * 16}").rglob("*.z"):
        path.write_bytes(path.read_bytes()[:20])
    assert cache.get_extraction("ab12") is None
    assert cache.get_labels("ab12") is None


def test_a_damaged_cache_rebuilds_the_same_outputs(tmp_path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    build([texts], tmp_path / "out", workers=1, write_html=False)
    reference = (tmp_path / "out" / "graph.ttl").read_bytes()
    for path in (tmp_path / "out" / ".kg-cache").rglob("*.z"):
        path.write_bytes(b"not zlib")
    summary = build([texts], tmp_path / "out2", workers=1, cache_dir=tmp_path / "out" / ".kg-cache",
                    write_html=False)
    assert summary.extracted == 1
    assert (tmp_path / "out2" / "graph.ttl").read_bytes() == reference


def test_prune_removes_only_other_versions(tmp_path) -> None:
    old = BuildCache(tmp_path, fingerprint="1" * 64)
    old.put_graph("ab", b"x")
    mine = BuildCache(tmp_path, fingerprint="2" * 64)
    mine.put_graph("ab", b"y")
    (tmp_path / "notes").mkdir()
    assert mine.prune() == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes", f"v{'2' * 16}"]
    assert mine.get_graph("ab") == b"y"


def test_the_fingerprint_covers_what_makes_a_document_and_not_the_outputs() -> None:
    from kg.cache import _package_files

    names = {p.name for p in _package_files()}
    assert {"graph.py", "vocab.py", "model.py", "lexicon.py", "document.py", "meetings.py", "matcher.py",
            "industry.txt", "kg.ttl", "cache.py", "tasks.py", "settings.py"} <= names
    assert not names & {"view.py", "query.py", "store.py", "analytics.py", "build.py", "corpus.py", "sinks.py",
                        "jsonld.py"}


def test_imports_are_found_wherever_and_however_they_are_written(tmp_path) -> None:
    from kg.cache import _imported_kg_modules

    source = tmp_path / "m.py"
    source.write_text("from kg.model import Document, Extraction\n"
                      "from kg.vocab import (\n    KG,\n    label,\n)\n"
                      "import kg.lexicon\n"
                      "def f():\n    from kg.extract import context\n"
                      "# from kg.view import nothing: a comment line is not an import\n", encoding="utf-8")
    found = _imported_kg_modules(source)
    assert {"kg.model", "kg.vocab", "kg.lexicon", "kg.extract", "kg.extract.context"} <= found
    assert "kg.view" not in found
