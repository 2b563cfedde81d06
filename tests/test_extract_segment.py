"""kg/extract/segment.py cuts text into the words jieba's own ``cut(HMM=False)`` gives, with our lexicon's words."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.context import _CLAUSE_BREAK, tokenizer_for
from kg.extract.segment import word_lengths
from kg.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "gov-work-reports-2026"
#: Words of the genre, single characters, letters and digits (joined by jieba), the characters jieba keeps in
#: a block (+#&._%-), whitespace (\r\n is one word) and punctuation (one word a character).
PIECES = ["推动", "高质量", "发展", "新质生产力", "人工智能", "省", "市", "的", "和", "长江经济带", "郑州", "A", "b",
          "5G", "2026", "年", "3.5", "%", "+", "#", "&", "_", "-", " ", "  ", "\n", "\r\n", "\t", "，", "。", "、",
          "“", "”", "（", "）", "·", "*", "—", "〇", "Ⅱ", "é"]


def _jieba(tokenizer, text: str) -> tuple[int, ...]:
    return tuple(len(word) for word in tokenizer.cut(text, HMM=False))


@pytest.fixture(scope="module")
def tokenizer():
    return tokenizer_for(load_lexicon())


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(st.sampled_from(PIECES), max_size=30), noise=st.text(max_size=8))
def test_random_text_is_cut_as_jieba_cuts_it(tokenizer, pieces, noise):
    text = "".join(pieces) + noise
    assert word_lengths(tokenizer, text) == _jieba(tokenizer, text)


def _clauses(text: str) -> list[str]:
    starts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(text)]
    return [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)], strict=True)]


def test_the_seed_is_cut_as_jieba_cuts_it(tokenizer):
    text = (ROOT / "seeds" / "000_a0e522b26099673f.txt").read_text(encoding="utf-8")
    assert word_lengths(tokenizer, text) == _jieba(tokenizer, text)
    clauses = _clauses(text)
    assert len(clauses) > 100
    assert [word_lengths(tokenizer, c) for c in clauses] == [_jieba(tokenizer, c) for c in clauses]


@pytest.mark.slow
def test_the_corpus_clauses_are_cut_as_jieba_cuts_them(tokenizer):
    if not CORPUS.is_dir():
        pytest.skip("the 2026 corpus is not beside the checkout (../shared/corpus/gov-work-reports-2026)")
    for path in sorted(CORPUS.glob("*.txt")):
        clauses = _clauses(path.read_text(encoding="utf-8"))
        wrong = [c for c in clauses if word_lengths(tokenizer, c) != _jieba(tokenizer, c)]
        assert not wrong, (path.name, wrong[:3])


def test_a_word_added_to_the_dictionary_is_cut_with_its_new_weight():
    import jieba

    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    text = "推动高质量发展取得新突破"
    assert word_lengths(tokenizer, text) == _jieba(tokenizer, text)
    tokenizer.add_word("量发展取", freq=10 ** 9)
    assert word_lengths(tokenizer, text) == _jieba(tokenizer, text)


def test_jiebas_dictionary_read_our_way_is_the_one_jieba_reads(tmp_path) -> None:
    """``load_dictionary`` reads jieba's cache file whole (jieba's own read is three times slower): with no
    cache yet jieba makes it, and read back it gives the same counts as jieba's own load of it."""
    import jieba

    from kg.extract.context import load_dictionary

    made = jieba.Tokenizer()
    made.tmp_dir = str(tmp_path)
    load_dictionary(made)  # no cache in tmp_path: jieba builds the dictionary and writes its cache there
    assert (tmp_path / "jieba.cache").is_file() and made.initialized
    ours, theirs = jieba.Tokenizer(), jieba.Tokenizer()
    ours.tmp_dir = theirs.tmp_dir = str(tmp_path)
    load_dictionary(ours)
    theirs.initialize()
    assert ours.initialized and (ours.total, ours.FREQ) == (theirs.total, theirs.FREQ) == (made.total, made.FREQ)
    assert ours.lcut("推动高质量发展，长江经济带", HMM=False) == theirs.lcut("推动高质量发展，长江经济带", HMM=False)


def test_jiebas_word_tags_read_from_our_cache_are_jiebas_and_a_stale_cache_is_not_believed(tmp_path) -> None:
    """``load_word_tags`` keeps jieba.posseg's table in a cache file (importing jieba.posseg costs twice the
    read): made on the first call, read back the same, and made again when it was made from another dict.txt."""
    import marshal

    import jieba
    import jieba.posseg

    from kg.extract.context import load_word_tags, word_tags_cache

    tok = jieba.Tokenizer()
    tok.tmp_dir = str(tmp_path)
    path, stamp = word_tags_cache(tok)
    assert path is not None and Path(path).parent == tmp_path
    assert load_word_tags(tok) == jieba.posseg.dt.word_tag_tab and Path(path).is_file()
    tags = load_word_tags(tok)  # read back from the cache
    assert tags == jieba.posseg.dt.word_tag_tab
    assert tags.get("发展") == "vn" and tags.get("不是一个词", "x") == "x" and tags.get("不是一个词") is None
    assert "发展" in tags and "不是一个词" not in tags and tags.get("发展") == "vn"  # asked again: remembered
    _, words, _ = marshal.loads(Path(path).read_bytes())
    Path(path).write_bytes(marshal.dumps((("another/dict.txt", 1, 1), words, ["x"] * len(words))))
    assert load_word_tags(tok)["发展"] == jieba.posseg.dt.word_tag_tab["发展"] == "vn"
    assert tuple(marshal.loads(Path(path).read_bytes())[0]) == stamp  # made again from jieba's dict.txt
    assert [p.name for p in tmp_path.iterdir()] == [Path(path).name]  # one file, no temporary one left


def test_jieba_is_imported_without_pkg_resources_and_still_finds_its_dictionary(tmp_path) -> None:
    """A build's first text waits for jieba's import: without pkg_resources it is about 0.1 s shorter. jieba then
    reads its dictionary from beside its own file, and pkg_resources stays importable for everyone else."""
    import subprocess
    import sys

    code = f"""
import sys
from kg.extract.segment import import_jieba
jieba = import_jieba()
assert "pkg_resources" not in sys.modules, "pkg_resources was imported"
tok = jieba.Tokenizer()
tok.tmp_dir = {str(tmp_path)!r}  # no cache file there: the dictionary itself is read
print("/".join(tok.cut("推动高质量发展", HMM=False)))
import pkg_resources
print(pkg_resources.__name__)
"""
    out = subprocess.run([sys.executable, "-W", "ignore", "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["推动/高质量/发展", "pkg_resources"]


def test_a_users_lexicon_recuts_only_the_clauses_that_hold_its_words():
    from kg.lexicon import lexicon_of

    shipped = tokenizer_for(load_lexicon())
    # a thousand six-character names of a user's place lexicon, none of them in the clauses below
    words = "\n".join(f"测试{chr(0x4e00 + i)}{chr(0x4e10 + i)}地区" for i in range(1000))
    extended = tokenizer_for(lexicon_of((("place.txt", words),)))
    assert extended.total == shipped.total  # the dictionary's weights are not renormalised by the user's words
    for clause in ("广东省政协主席林克庆", "青少年赴首都北京等地参加活动", "推动高质量发展取得新突破"):
        assert word_lengths(extended, clause) == word_lengths(shipped, clause), clause
    assert word_lengths(extended, "测试一丐地区") == (6,)
