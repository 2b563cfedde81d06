"""What every rule family needs: the document, its tokens, the lexicon and the document's setting.

Tokens come from one jieba pass (HMM off: deterministic and fast) over the body, with every lexicon
name added to jieba's dictionary so that domain names stay whole. Token edges give rules their
word boundaries; the boundary lexicon (verbs and function words) tells where a name cannot start.
"""
from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass, field
from functools import cached_property

from kg.lexicon import Lexicon
from kg.model import Document, Mention

CJK = "\u4e00-\u9fff"
NAME_CHARS = CJK + "*＊·"
_PUNCT = set("，。；：、！？“”‘’《》（）()〈〉「」『』【】,.;:!?\"' \t\r\n—…-")

_TOKENIZERS: dict[int, object] = {}
_LOCK = threading.Lock()

#: Entity lexicon files (stem → entity type).
ENTITY_LEXICONS = {
    "meeting": "Meeting", "organization": "Organization", "person": "Person", "place": "Place",
    "strategy": "Strategy", "policy": "Policy", "industry": "Industry", "document": "Document",
    "concept": "Concept",
}


def tokenizer_for(lexicon: Lexicon):
    """A jieba Tokenizer with the lexicon's names added (built once per lexicon)."""
    key = id(lexicon)
    with _LOCK:
        tok = _TOKENIZERS.get(key)
        if tok is None:
            import logging

            import jieba

            jieba.setLogLevel(logging.WARNING)
            tok = jieba.Tokenizer()
            tok.initialize()
            words = set()
            for stem in ENTITY_LEXICONS:
                for name in lexicon.get(stem):
                    words.add(name)
                    words.update(lexicon.alias_map(stem).get(name, ()))
            for stem in ("org_heads", "org_suffixes", "policy_heads", "strategy_heads", "document_heads",
                         "boundary", "titles"):
                words.update(lexicon.get(stem))
            for w in sorted(words):
                if 1 < len(w) <= 12 and not re.search(r"[\s|]", w):
                    tok.add_word(w, freq=max(50000, 10 ** min(len(w), 6)))
            _TOKENIZERS[key] = tok
        return tok


@dataclass
class Context:
    """One document under extraction."""

    doc: Document
    lexicon: Lexicon
    place: str | None = None  # the document's own province or city (from its title), if any
    place_level: str | None = None  # 省 or 市
    main_meeting: Mention | None = None
    alias_keys: dict[str, str] = field(default_factory=dict)  # key of a part → key of the whole

    @property
    def text(self) -> str:
        return self.doc.text

    @cached_property
    def token_edges(self) -> tuple[list[int], set[int]]:
        tok = tokenizer_for(self.lexicon)
        edges: set[int] = set()
        starts: list[int] = []
        text = self.doc.text
        pos = 0
        for line in text.split("\n"):
            if line:
                for _, s, e in tok.tokenize(line, HMM=False):
                    starts.append(pos + s)
                    edges.add(pos + s)
                    edges.add(pos + e)
            pos += len(line) + 1
        return starts, edges

    def is_edge(self, pos: int) -> bool:
        return pos in self.token_edges[1] or pos == 0 or pos == len(self.doc.text) \
            or self.doc.text[pos - 1] in _PUNCT or (pos < len(self.doc.text) and self.doc.text[pos] in _PUNCT)

    @cached_property
    def boundary_words(self) -> frozenset[str]:
        return self.lexicon.set("boundary")

    @cached_property
    def _boundary_max(self) -> int:
        return max((len(w) for w in self.boundary_words), default=1)

    def left_edge(self, end: int, *, max_len: int = 12, min_start: int = 0) -> int:
        """Where a name ending at ``end`` starts: walk back over tokens until punctuation or a boundary word.

        The walk stops at the start of the sentence, at any punctuation or quote, and after a token that
        is a boundary word (深入实施, 完善, 的 …); it never goes further back than ``max_len`` chars.
        """
        text = self.doc.text
        starts = self.token_edges[0]
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
            if word in self.boundary_words or self._ends_with_boundary(word):
                break
            pos = s
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
                if m[i:i + k] in words:
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
        return any(word[:k] in self.adverbs and word[k:] in self.boundary_words for k in range(1, len(word)))

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.doc.sentences]

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        sents = self.doc.sentences
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i < 0:
            return 0, len(self.doc.text)
        return sents[i].start, sents[i].end
