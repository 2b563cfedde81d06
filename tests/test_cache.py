"""The build cache: keys change with all that shapes a result, and an entry never fails a build."""
from __future__ import annotations

from kg.cache import BuildCache, code_fingerprint, graph_key, text_key
from kg.corpus import build
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
    rows = (("Meeting", "党的二十大", "党的二十大"), ("Policy", "a\tb", "“人工智能+”行动"))
    cache.put_labels("ab12", rows)
    assert cache.get_labels("ab12") == rows
    cache.put_graph("cd34", b"<a> <b> <c> <g> .\n")
    assert cache.get_graph("cd34") == b"<a> <b> <c> <g> .\n"
    assert cache.get_graph("ef56") is None and cache.get_labels("ef56") is None


def test_a_graph_written_from_a_file_reads_back_as_its_bytes(tmp_path) -> None:
    """A long text's graph goes into the cache from its spooled file, block by block."""
    cache = BuildCache(tmp_path / "cache", fingerprint="0" * 64)
    data = b"".join(f'<a{i}> <b> "{i}" <g> .\n'.encode() for i in range(300_000))  # several 4 MB blocks
    (tmp_path / "g.nq").write_bytes(data)
    cache.put_graph_file("cd34", tmp_path / "g.nq")
    assert cache.get_graph("cd34") == data


def test_a_damaged_entry_is_a_miss_not_a_failure(tmp_path) -> None:
    cache = BuildCache(tmp_path, fingerprint="0" * 64)
    cache.put_graph("ab12", b"<a> <b> <c> <g> .\n")
    cache.put_labels("ab12", (("Meeting", "k", "l"),))
    for path in (tmp_path / f"v{'0' * 16}").rglob("*.z"):
        path.write_bytes(path.read_bytes()[:20])
    assert cache.get_graph("ab12") is None
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


# ---- a cache is data (issue 15) ---------------------------------------------------------------


class _Payload:
    """What an attacker with write access to the cache would plant: a pickle that runs a command."""

    def __init__(self, marker) -> None:
        self.marker = marker

    def __reduce__(self):
        import os

        return os.system, (f"touch {self.marker}",)


def _seed_corpus(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    return texts


def test_a_planted_pickle_is_never_run_and_the_graph_is_the_same(tmp_path) -> None:
    import pickle
    import zlib

    texts = _seed_corpus(tmp_path)
    build([texts], tmp_path / "out", workers=1, write_html=False)
    reference = (tmp_path / "out" / "graph.ttl").read_bytes()
    marker = tmp_path / "pwned"
    planted = pickle.dumps(_Payload(marker))
    entries = sorted((tmp_path / "out" / ".kg-cache").rglob("*.z"))
    assert len(entries) == 2  # the labels and the named graph
    for path, bare in zip(entries, (True, False), strict=True):  # as the old cache stored it, and
        raw = path.read_bytes()                                    # behind a valid-looking header
        header = raw[:raw.index(b"\n") + 1 + 32]
        path.write_bytes(zlib.compress(planted) if bare else header + zlib.compress(planted))
    (tmp_path / "out" / ".kg-build.json").unlink()  # not up to date: the cache is read
    summary = build([texts], tmp_path / "out", workers=1, write_html=False)
    assert not marker.exists()
    assert summary.extracted == 1  # every planted entry was a miss
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == reference


def test_a_bit_flipped_entry_is_a_miss(tmp_path) -> None:
    cache = BuildCache(tmp_path, fingerprint="0" * 64)
    rows = (("Meeting", "党的二十大", "党的二十大"),)
    cache.put_labels("ab12", rows)
    cache.put_graph("cd34", b"<a> <b> \"x\" <g> .\n")
    for path in (tmp_path / f"v{'0' * 16}").rglob("*.z"):
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x01
        path.write_bytes(bytes(data))
    assert cache.get_labels("ab12") is None and cache.get_graph("cd34") is None
    cache.put_labels("ab12", rows)  # an entry copied under another key is a miss too
    (path,) = (tmp_path / f"v{'0' * 16}" / "labels").rglob("*.z")
    other = path.with_name("ef56.z")
    other.write_bytes(path.read_bytes())
    assert cache.get_labels("ab12") == rows and cache.get_labels("ef56") is None


def test_labels_of_the_wrong_shape_are_a_miss(tmp_path) -> None:
    cache = BuildCache(tmp_path, fingerprint="0" * 64)
    for bad in (b"{}", b'[["Meeting", "k"]]', b'[["Meeting", "k", 7]]', b"[" * 100_000, b"\xff"):
        cache._write("labels", "ab12", bad)  # a valid header over content of the wrong shape
        assert cache.get_labels("ab12") is None, bad[:40]


def test_a_failed_cache_write_leaves_no_temporary_file(tmp_path, monkeypatch) -> None:
    import errno
    import os

    import pytest

    from kg.errors import OutputError

    cache = BuildCache(tmp_path, fingerprint="0" * 64)

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("kg.cache.os.replace", full_disk)
    with pytest.raises(OutputError, match="No space left"):
        cache.put_graph("cd34", b"<a> <b> <c> <g> .\n")
    monkeypatch.undo()
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == []
    stale = tmp_path / f"v{'0' * 16}" / "graph" / "cd" / ".cd34.z.x.tmp"  # one a killed build left
    stale.write_bytes(b"half")
    os.utime(stale, (1, 1))
    cache.prune()
    assert not stale.exists()
