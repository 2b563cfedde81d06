"""jieba's segmentation without its HMM, as word lengths: the same words as ``Tokenizer.cut(text, HMM=False)``.

The extractor asks for word edges in about half of a report's clauses, and jieba's cut of them was a quarter
of extraction. The cut is jieba's own (jieba 0.42): text split into blocks of 汉字, letters and digits, each
block's graph of dictionary words built from ``Tokenizer.FREQ`` and its most probable path taken by the same
sums of log frequencies, ties to the longer word, single letters and digits joined; whitespace and other
characters as jieba yields them. What is saved is bookkeeping: the graph and the path in one backward pass
over arrays, a word's log frequency computed once per tokenizer, no generators. tests/test_extract_segment.py
holds it to jieba's ``cut`` on random text and on the corpus's clauses.
"""
from __future__ import annotations

from functools import lru_cache
from math import log
from weakref import WeakKeyDictionary

_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")  # jieba's re_eng
#: tokenizer → (its total, word → log(frequency) - log(total)): computed once per word, not per position
_WEIGHTS: WeakKeyDictionary = WeakKeyDictionary()


def import_jieba():
    """The ``jieba`` module, imported without ``pkg_resources``: jieba 0.42 imports it only to find its own
    dictionary file, and falls back to a path beside its ``__file__`` (the same file) when it is missing;
    importing it took 110 of jieba's 140 ms, before the first text of every build and in every spawned worker."""
    import sys

    jieba = sys.modules.get("jieba")
    if jieba is not None:
        return jieba
    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None  # an ImportError for jieba._compat's ``import pkg_resources``
    try:
        import jieba
    finally:
        if blocked and sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
    return jieba


@lru_cache(maxsize=1)
def _jieba_blocks():
    jieba = import_jieba()

    return jieba.re_han_default, jieba.re_skip_default


def word_lengths(tokenizer, text: str) -> tuple[int, ...]:
    """The lengths of the words ``tokenizer.cut(text, HMM=False)`` yields, in order."""
    han, skip = _jieba_blocks()
    freq, logtotal = tokenizer.FREQ, log(tokenizer.total)
    total, weights = _WEIGHTS.get(tokenizer, (None, None))
    if total != tokenizer.total:  # a word added since changes every word's weight
        weights = {}
        _WEIGHTS[tokenizer] = (tokenizer.total, weights)
    out: list[int] = []
    for block in han.split(text):
        if not block:
            continue
        if han.match(block):
            _block_lengths(block, freq, weights, logtotal, out)
            continue
        for part in skip.split(block):
            if skip.match(part):
                out.append(len(part))  # a whitespace run is one word
            else:
                out.extend([1] * len(part))  # anything else, one character at a time
    return tuple(out)


def _block_lengths(block: str, freq: dict, weights: dict, logtotal: float, out: list[int]) -> None:
    """jieba's ``__cut_DAG_NO_HMM`` of a block: the best path over its dictionary words, from the end."""
    n = len(block)
    score = [0.0] * (n + 1)  # jieba's route[k][0]
    end_at = [0] * (n + 1)  # jieba's route[k][1] + 1
    get, weight_of = freq.get, weights.get
    for k in range(n - 1, -1, -1):
        # the character alone first: most positions start no longer word (one look-up each, not three)
        f = get(block[k])
        if f is None:  # no word starts here: the character alone
            score[k], end_at[k] = -logtotal + score[k + 1], k + 1  # log(1) - logtotal
            continue
        best, end = None, k + 1
        if f:
            w = weight_of(block[k])
            if w is None:
                w = weights[block[k]] = log(f) - logtotal
            best = w + score[k + 1]
        e = k + 2
        while e <= n:  # words and their prefixes are keys; a word's frequency is not 0
            frag = block[k:e]
            f = get(frag)
            if f is None:
                break
            if f:
                w = weight_of(frag)
                if w is None:
                    w = weights[frag] = log(f) - logtotal
                s = w + score[e]
                if best is None or s >= best:  # max of (score, end): a tie goes to the longer word
                    best, end = s, e
            e += 1
        if best is None:  # only prefixes start here: the character alone
            best = (log(freq.get(block[k]) or 1) - logtotal) + score[k + 1]
        score[k], end_at[k] = best, end
    k, letters = 0, 0
    while k < n:
        e = end_at[k]
        if e - k == 1 and block[k] in _ASCII_ALNUM:
            letters += 1  # single letters and digits are joined into one word
        else:
            if letters:
                out.append(letters)
                letters = 0
            out.append(e - k)
        k = e
    if letters:
        out.append(letters)
