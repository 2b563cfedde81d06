"""What every rule family needs: the document, its tokens, the lexicon and the document's setting.

Tokens come from one jieba pass (HMM off: deterministic and fast) over the body, with every lexicon
name added to jieba's dictionary so that domain names stay whole. Token edges give rules their
word boundaries; the boundary lexicon (verbs and function words) tells where a name cannot start.
"""
from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate

from kg.lexicon import Lexicon
from kg.model import Document, Mention

CJK = "\u4e00-\u9fff"
NAME_CHARS = CJK + "*＊·"
_CLAUSE_BREAK = re.compile(r"[，。；：、！？“”‘’《》（）()〈〉「」『』【】,;:!?\n\s]+")
_PUNCT = set("，。；：、！？“”‘’《》（）()〈〉「」『』【】,.;:!?\"' \t\r\n—…-")

_END = float("inf")  # past the last clause's start: it runs to the text's end
_TOKENIZERS: dict[int, object] = {}
_LOCK = threading.Lock()

#: Entity lexicon files (stem → entity type).
ENTITY_LEXICONS = {
    "meeting": "Meeting", "organization": "Organization", "person": "Person", "place": "Place",
    "strategy": "Strategy", "policy": "Policy", "industry": "Industry", "document": "Document",
    "concept": "Concept", "gazetteer": "Place",
}


def tokenizer_for(lexicon: Lexicon):
    """A jieba Tokenizer with the lexicon's names added (built once per lexicon)."""
    key = id(lexicon)
    tok = _TOKENIZERS.get(key)
    if tok is not None:
        return tok
    with _LOCK:
        tok = _TOKENIZERS.get(key)
        if tok is None:
            import logging

            from kg.extract.segment import import_jieba
            jieba = import_jieba()

            jieba.setLogLevel(logging.WARNING)
            # jieba's own dictionary, loaded once in the process: kg/extract/names.py reads its counts
            # too, and a second load of the same file cost 0.6 s in every build and worker
            load_dictionary(jieba.dt)
            tok = jieba.Tokenizer()
            tok.FREQ, tok.total, tok.initialized = dict(jieba.dt.FREQ), jieba.dt.total, True
            words = set()
            for stem in ENTITY_LEXICONS:
                for name in lexicon.get(stem):
                    words.add(name)
                    if stem != "gazetteer":  # 彭水 of 彭水县 is matched where jieba's own cut allows it
                        words.update(lexicon.alias_map(stem).get(name, ()))
            for stem in ("org_heads", "org_suffixes", "policy_heads", "strategy_heads", "document_heads",
                         "boundary", "titles"):
                words.update(lexicon.get(stem))
            for w in sorted(words):
                if 1 < len(w) <= 12 and not re.search(r"[\s|]", w):
                    tok.add_word(w, freq=max(50000, 10 ** min(len(w), 6)))
            tok.total = jieba.dt.total + LEXICON_MASS
            _TOKENIZERS[key] = tok
        return tok


#: The pseudo-counts the shipped lexicons added to jieba's total (its dictionary's 60,101,967) on 2026-12-07, when
#: the rules were last tuned against the segmentation they give. The total is held there: a word added since, to a
#: shipped lexicon or by the user's --lexicon, weighs in only where it is written, instead of lowering every other
#: word's weight and recutting unrelated clauses (60 foreign cities cut 广东省政协主席 as 政协主席 and lost the body).
LEXICON_MASS = 771_850_000


def load_dictionary(tok) -> None:
    """``tok.initialize()`` for a jieba Tokenizer of jieba's own dictionary, with jieba's cache file read
    whole before it is unmarshalled: jieba's ``marshal.load`` of the open file reads it in small pieces
    (0.67 CPU s against 0.23). Another dictionary, or no cache file yet, is left to jieba."""
    import marshal
    import os
    import tempfile

    from kg.extract.segment import import_jieba
    jieba = import_jieba()

    with tok.lock:
        if tok.initialized:
            return
        if tok.dictionary == jieba.DEFAULT_DICT and not tok.cache_file:
            try:
                with open(os.path.join(tok.tmp_dir or tempfile.gettempdir(), "jieba.cache"), "rb") as fh:
                    tok.FREQ, tok.total = marshal.loads(fh.read())
                tok.initialized = True
                return
            except (OSError, ValueError, EOFError, TypeError):
                pass  # no cache, or a bad one: jieba makes it
        tok.initialize()


@lru_cache(maxsize=1 << 16)
def _word_lengths(tokenizer, clause: str) -> tuple[int, ...]:
    """jieba's words of a clause, as lengths: the genre repeats its clauses (推动高质量发展), within a text
    and across a corpus, and a clause is segmented alike wherever it stands (about 1 in 9 of the 29 reports')."""
    from kg.extract.segment import word_lengths

    return word_lengths(tokenizer, clause)


@lru_cache(maxsize=1 << 15)
def _adverb_then(adverbs: frozenset[str], words: frozenset[str], word: str) -> bool:
    """``word`` is an adverb followed by one of ``words`` (memoised: asked of the same tokens again and again)."""
    return any(word[:k] in adverbs and word[k:] in words for k in range(1, len(word)))


def cut_words(lexicon: Lexicon, text: str) -> list[str]:
    """jieba's words of ``text`` with the lexicon's names added (HMM off), memoised as the clauses are."""
    words, pos = [], 0
    for n in _word_lengths(tokenizer_for(lexicon), text):
        words.append(text[pos:pos + n])
        pos += n
    return words


@dataclass
class Context:
    """One document under extraction."""

    doc: Document
    lexicon: Lexicon
    place: str | None = None  # the document's own province or city (from its title), if any
    place_level: str | None = None  # 省 or 市
    main_meeting: Mention | None = None
    alias_keys: dict[str, str] = field(default_factory=dict)  # key of a part → key of the whole
    #: (start, end, tokens) of the clause last asked about (:meth:`_clause_tokens`)
    _last_clause: tuple = field(default=(0, 0, None), init=False, repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.doc.text

    @cached_property
    def _clause_starts(self) -> list[int]:
        """Starts of clauses (text between punctuation): the unit jieba is run on, lazily."""
        return [0] + [m.end() for m in _CLAUSE_BREAK.finditer(self.doc.text)]

    def _clause_tokens(self, pos: int) -> tuple[list[int], set[int]]:
        """Token starts and edges of the clause holding ``pos`` (tokenised once, on first need).

        Rules ask about word edges only where a candidate name is, so most of a long report is never
        segmented: the build stays close to a single jieba pass in cost, or below it.
        """
        lo, hi, cached = self._last_clause
        if lo <= pos < hi:  # the rules ask of one clause many times in a row
            return cached
        starts_all = self._clause_starts
        i = bisect.bisect_right(starts_all, pos) - 1
        cached = self._clauses.get(i)
        if cached is None:
            cs = starts_all[i]
            ce = starts_all[i + 1] if i + 1 < len(starts_all) else len(self.doc.text)
            # the words' edges, summed in C: cs, cs + n1, …, ce (the lengths cover the clause)
            bounds = list(accumulate(_word_lengths(tokenizer_for(self.lexicon), self.doc.text[cs:ce]), initial=cs))
            edges = set(bounds)
            edges.add(ce)
            cached = self._clauses[i] = (bounds[:-1], edges)
        if i >= 0:
            self._last_clause = (starts_all[i], starts_all[i + 1] if i + 1 < len(starts_all) else _END, cached)
        return cached

    @cached_property
    def _clauses(self) -> dict[int, tuple[list[int], set[int]]]:
        return {}

    def is_edge(self, pos: int) -> bool:
        text = self.doc.text
        if pos <= 0 or pos >= len(text) or text[pos - 1] in _PUNCT or text[pos] in _PUNCT:
            return True
        return pos in self._clause_tokens(pos)[1]

    def clause_start(self, pos: int) -> int:
        """Start of the clause (text between punctuation) holding ``pos``."""
        starts_all = self._clause_starts
        return starts_all[bisect.bisect_right(starts_all, pos) - 1]

    def token_end(self, pos: int) -> int:
        """End of the jieba token that starts at ``pos`` (``pos`` itself when none starts there)."""
        starts = self._clause_tokens(pos)[0]
        i = bisect.bisect_left(starts, pos)
        if i < len(starts) and starts[i] == pos:
            return starts[i + 1] if i + 1 < len(starts) else self._clause_end(pos)
        return pos

    def token_start(self, pos: int) -> int:
        """Start of the jieba token that holds ``pos``."""
        starts = self._clause_tokens(pos)[0]
        i = bisect.bisect_right(starts, pos) - 1
        return starts[i] if i >= 0 else pos

    def _clause_end(self, pos: int) -> int:
        starts_all = self._clause_starts
        i = bisect.bisect_right(starts_all, pos)
        return starts_all[i] - 1 if i < len(starts_all) else len(self.doc.text)

    @cached_property
    def boundary_words(self) -> frozenset[str]:
        return self.lexicon.set("boundary")

    @cached_property
    def _boundary_max(self) -> int:
        return max((len(w) for w in self.boundary_words), default=1)

    def left_edge(self, end: int, *, max_len: int = 12, min_start: int = 0, skip_leading: bool = False,
                  keep_boundary: bool = False) -> int:
        """Where a name ending at ``end`` starts: walk back over tokens until punctuation or a boundary word.

        The walk stops at the start of the sentence, at any punctuation or quote, and after a token that
        is a boundary word (深入实施, 完善, 的 …); it never goes further back than ``max_len`` chars.
        With ``keep_boundary`` only punctuation stops it (titles of laws and meetings may hold a verb:
        优化营商环境条例).
        With ``skip_leading``, verbs of jieba's dictionary at the front are stepped over too (for names of
        institutions and places, which never open with one; policy names often do: 援企稳岗政策).
        """
        text = self.doc.text
        if end <= 0:
            return end
        starts = self._clause_tokens(end - 1)[0]
        pos = end
        lower = max(min_start, end - max_len)
        while pos > lower:
            i = bisect.bisect_left(starts, pos) - 1
            if i < 0:
                break
            s = starts[i]
            if s < lower:
                break
            word = text[s:pos]
            if any(ch in _PUNCT for ch in word) or not word.strip():
                break
            if not keep_boundary and (word in self.boundary_words or self._ends_with_boundary(word)):
                break
            pos = s
        return self._skip_leading_words(pos, end) if skip_leading else pos

    @cached_property
    def leading_words(self) -> frozenset[str]:
        # jieba tags some cities as verbs (遵义, 大连, 保定, 包头): a place opens a name (遵义茅台机场), never a clause
        return self.lexicon.set("leading_words") - self.lexicon.set("place") - self.lexicon.set("gazetteer")

    def _skip_leading_words(self, pos: int, end: int) -> int:
        """A name does not open with a verb, adverb or conjunction (挂牌 | 重庆大学): step over such tokens."""
        starts = self._clause_tokens(pos)[0] if pos < len(self.doc.text) else []
        i = bisect.bisect_left(starts, pos)
        while i < len(starts) and starts[i] == pos:
            nxt = starts[i + 1] if i + 1 < len(starts) else None
            if nxt is None or nxt > end or self.doc.text[pos:nxt] not in self.leading_words:
                break
            pos, i = nxt, i + 1
        return pos

    @cached_property
    def generic_modifiers(self) -> frozenset[str]:
        return self.lexicon.set("generic_modifiers")

    def is_generic_modifier(self, modifier: str) -> bool:
        """True when a head's modifier is only generic words (重点, 国家重点, 上市): no name is made."""
        m = modifier.replace("*", "")
        if not m:
            return True
        words = self.generic_modifiers
        # greedy split into generic words from the left
        i = 0
        while i < len(m):
            for k in range(min(5, len(m) - i), 0, -1):
                # X型 is a kind (紧密型, 创新型, 外向型), as generic as the words of the list
                if m[i:i + k] in words or (k >= 2 and k <= 4 and m[i + k - 1] == "型"):
                    i += k
                    break
            else:
                return False
        return True

    @cached_property
    def adverbs(self) -> frozenset[str]:
        return self.lexicon.set("adverbs")

    def _ends_with_boundary(self, word: str) -> bool:
        """jieba glues adverbs to verbs (认真落实, 要完善): adverb + boundary verb is a boundary too."""
        return _adverb_then(self.adverbs, self.boundary_words, word)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.doc.sentences]

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        sents = self.doc.sentences
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i < 0:
            return 0, len(self.doc.text)
        return sents[i].start, sents[i].end


@lru_cache(maxsize=1)
def _word_tags() -> WordTags:
    from kg.extract.segment import import_jieba
    jieba = import_jieba()

    return load_word_tags(jieba.dt)


class WordTags(Mapping):
    """jieba's part of speech of each word of its dictionary (word → tag), looked up by bisection in the words
    sorted, each word asked once.

    Building a dict of the 350,000 words cost 0.14 CPU s in every build before its first text (serially, before
    the workers fork), for the 25,000 questions the 29 reports' extraction asks about 4,800 words: the sorted
    lists come out of the cache file as they are (0.06 s), and each word is found once (2 µs) and remembered.
    """

    __slots__ = ("_words", "_tags", "_asked")

    def __init__(self, words: list[str], tags: list[str]) -> None:
        self._words, self._tags = words, tags  # words sorted and distinct, tags beside them
        self._asked: dict[str, str | None] = {}

    @classmethod
    def of(cls, table: Mapping[str, str]) -> WordTags:
        words = sorted(table)
        return cls(words, [table[w] for w in words])

    def get(self, word: str, default: str | None = None) -> str | None:
        tag = self._asked.get(word, _UNASKED)
        if tag is _UNASKED:
            words = self._words
            i = bisect.bisect_left(words, word)
            tag = self._asked[word] = self._tags[i] if i < len(words) and words[i] == word else None
        return default if tag is None else tag

    def __getitem__(self, word: str) -> str:
        tag = self.get(word)
        if tag is None:
            raise KeyError(word)
        return tag

    def __len__(self) -> int:
        return len(self._words)

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)


_UNASKED = object()


def load_word_tags(tok) -> WordTags:
    """jieba's part of speech of each word of ``tok``'s dictionary: ``jieba.posseg``'s ``word_tag_tab``.

    Importing jieba.posseg parses dict.txt line by line and loads its HMM tables (0.24 CPU s, before
    the first text of every build and of every spawned worker); the table is kept in a cache file
    beside jieba's, its words sorted, and read whole (0.06 s). Another dictionary than jieba's own is left to
    jieba.posseg.
    """
    import marshal
    import os
    import tempfile

    from kg.extract.segment import import_jieba
    jieba = import_jieba()

    if tok.dictionary != jieba.DEFAULT_DICT:
        import jieba.posseg

        return WordTags.of(jieba.posseg.POSTokenizer(tok).word_tag_tab)
    cache, stamp = word_tags_cache(tok)
    if cache is not None:
        try:
            with open(cache, "rb") as fh:
                made, words, tags = marshal.loads(fh.read())
            if tuple(made) == stamp and len(words) == len(tags):
                return WordTags(words, tags)
        except (OSError, ValueError, EOFError, TypeError):
            pass  # no cache yet, or a bad one: made again below
    import jieba.posseg

    tagger = jieba.posseg.dt if jieba.posseg.dt.tokenizer is tok else jieba.posseg.POSTokenizer(tok)
    table = WordTags.of(tagger.word_tag_tab)
    if cache is not None:
        try:
            fd, tmp = tempfile.mkstemp(dir=os.path.dirname(cache), prefix=".kg-jieba-tags.")
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps((stamp, table._words, table._tags)))
            os.replace(tmp, cache)  # whole or not at all: two workers may write it at once
        except OSError:
            pass  # a read-only temp folder: jieba.posseg's table all the same
    return table


#: The cache file's layout (its name changes with it: another version of kg beside this one keeps its own).
_TAGS_FORMAT = "sorted words, tags"


def word_tags_cache(tok) -> tuple[str | None, tuple]:
    """The word tags' cache file for jieba's own dict.txt, beside jieba's cache, and what it was made from
    (dict.txt's path, size and time, and the file's layout). One file per dict.txt: two installations of jieba (two virtual
    environments) sharing the temp folder would otherwise replace each other's at every build."""
    import hashlib
    import os
    import tempfile

    from kg.extract.segment import import_jieba
    jieba = import_jieba()

    source = os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME)
    try:
        st = os.stat(source)
    except OSError:
        return None, ()
    stamp = (source, st.st_size, st.st_mtime_ns, _TAGS_FORMAT)
    digest = hashlib.sha1(repr(stamp).encode("utf-8")).hexdigest()[:16]
    return os.path.join(tok.tmp_dir or tempfile.gettempdir(), f"kg-jieba-tags.{digest}.cache"), stamp


def word_tag(word: str) -> str | None:
    """The part of speech jieba's dictionary gives a word (v, n, vn, a …), or None for a word it lacks."""
    return _word_tags().get(word)
