"""Find many fixed strings at once: leftmost-longest, as a trie compiled into one regular expression would.

At each position the longest entry wins, and matching resumes after it. A small vocabulary (a list of
heads) is one regular expression, a trie (:attr:`TermMatcher.regex`); a large one (the entity lexicons) is
not: the expression tries each of its thousands of first characters one by one at every position, which
made the lexicon scan the extractor's largest cost. There the positions where an entry may start are found
by the entries' first two characters, looked up for every character pair of the text by iterators that
run in C, and the longest entry at each is taken.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cached_property
from itertools import compress
from operator import add, or_


def _trie_pattern(node: dict) -> str:
    end = "" in node
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch != ""]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not end and len(branches[0]) <= 2 else \
        "(?:" + "|".join(sorted(branches, key=len, reverse=True)) + ")"
    return f"(?:{body})?" if end else body


#: A vocabulary with more first characters than this is scanned by character pairs: the regular expression
#: tries its first characters one by one (fast for the few of a list of heads, slow for a lexicon's thousands).
_REGEX_FIRST_CHARACTERS = 64


class TermMatcher:
    """Match a fixed vocabulary in text; each term maps to a payload (e.g. its canonical name).

    >>> m = TermMatcher({"有色": "有色", "有色金属": "有色", "钢铁": "钢铁"})
    >>> [(s, e, p) for s, e, _, p in m.finditer("推进有色金属、钢铁等")]
    [(2, 6, '有色'), (7, 9, '钢铁')]
    >>> list(m.spans("有色金属钢铁"))  # every position where a term starts, overlapping
    [(0, 4), (4, 6)]
    """

    def __init__(self, terms: dict[str, object] | Iterable[str]) -> None:
        self.payload = dict(terms) if isinstance(terms, dict) else {t: t for t in terms}
        lengths: dict[str, set[int]] = {}
        for term in self.payload:
            if term:
                lengths.setdefault(term[:2], set()).add(len(term))
        #: the terms' lengths by their first two characters (one for a term of one), longest first
        self._lengths = {head: tuple(sorted(ns, reverse=True)) for head, ns in lengths.items()}
        self._pairs = frozenset(h for h in lengths if len(h) == 2)
        self._singles = frozenset(h for h in lengths if len(h) == 1)
        self._by_pairs = len({h[0] for h in lengths}) > _REGEX_FIRST_CHARACTERS

    @cached_property
    def regex(self) -> re.Pattern | None:
        """The vocabulary as one regular expression (a trie): the same leftmost-longest matches."""
        trie: dict = {}
        for term in self.payload:
            if not term:
                continue
            node = trie
            for ch in term:
                node = node.setdefault(ch, {})
            node[""] = True
        pattern = _trie_pattern(trie)
        return re.compile(pattern) if pattern else None

    def _starts(self, text: str, start: int, end: int) -> Iterator[int]:
        """Positions in [start, end) whose first one or two characters open a term, in order."""
        window = text[start:end]
        # the last character is paired with a space: at worst a false start, which _longest_end rejects
        opens = map(self._pairs.__contains__, map(add, window, window[1:] + " "))
        if self._singles:
            opens = map(or_, opens, map(self._singles.__contains__, window))
        return compress(range(start, end), opens)

    def _longest_end(self, text: str, pos: int, end: int) -> int:
        """End of the longest term at ``pos`` that ends by ``end``; ``pos`` when none does."""
        payload = self.payload
        for n in self._lengths.get(text[pos:pos + 2], ()):
            if pos + n <= end and text[pos:pos + n] in payload:
                return pos + n
        if text[pos:pos + 1] in self._singles and pos < end:
            return pos + 1
        return pos

    def spans(self, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
        """(start, end) of the longest term at each position where one starts, overlapping: what a search
        from any position finds is the first of these at or after it."""
        end = len(text) if end is None else min(end, len(text))
        for p in self._starts(text, start, end):
            e = self._longest_end(text, p, end)
            if e > p:
                yield p, e

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str, object]]:
        """Leftmost-longest matches in ``text[start:end]`` that do not overlap: (start, end, term, payload)."""
        if self._by_pairs:
            yield from self._finditer_by_pairs(text, start, end)
        elif self.regex is not None:
            for m in self.regex.finditer(text, start, len(text) if end is None else end):
                if m.end() > m.start():
                    yield m.start(), m.end(), m.group(), self.payload[m.group()]

    def _finditer_by_pairs(self, text: str, start: int = 0, end: int | None = None
                           ) -> Iterator[tuple[int, int, str, object]]:
        pos = start
        for s, e in self.spans(text, start, end):
            if s >= pos:
                term = text[s:e]
                yield s, e, term, self.payload[term]
                pos = e

    def pattern(self) -> str:
        return self.regex.pattern if self.regex else "(?!)"


class Anchored:
    """A regular expression scanned only near its anchor: ``finditer`` gives what ``pattern.finditer`` gives.

    Every match of ``pattern`` must hold a position where ``anchor`` matches at most ``before`` characters
    after the match's start (a literal or a short run the pattern cannot do without: 政府工作报告 after a
    name of up to 18 characters); ``pattern`` must not match the empty string. The regular expression engine
    tries a pattern with a lazy lead (``[一-龥]{0,8}?…``) at every position of the text and each length
    of the lead there; this tries it only at the few positions from which a match could reach an anchor.
    tests/test_extract_matcher.py holds every Anchored of the extractor to its pattern.
    """

    def __init__(self, pattern: re.Pattern, anchor: str, *, before: int) -> None:
        self.pattern = pattern
        self.anchor = re.compile(f"(?={anchor})")  # every position where it matches, overlapping
        self.before = before

    def finditer(self, text: str, start: int = 0) -> Iterator[re.Match]:
        tried = start  # no match starts before it
        for a in self.anchor.finditer(text, start):
            at = a.start()
            pos = max(tried, at - self.before)
            while pos <= at:
                m = self.pattern.match(text, pos)
                if m is None:
                    pos += 1
                    continue
                yield m
                pos = max(m.end(), pos + 1)
            tried = pos


class InRuns:
    """A regular expression tried only in the runs of characters its matches are made of.

    Every match of ``pattern`` must be made of ``chars`` only (a character class's body), hold a place
    where ``needle`` matches (searched in the run and the character after it), and look at most ``after``
    characters past its end. A pattern that tries each position of a text, each time to the end of what
    it could hold, then runs only where a match can be: 二十届三中全会 in a run of numerals and 届中次全会,
    an enumeration in a clause that holds 等 or a count.
    """

    def __init__(self, pattern: re.Pattern, chars: str, needle: str, *, after: int = 0) -> None:
        self.pattern = pattern
        self.runs = re.compile(f"[{chars}]+")
        self.needle = re.compile(needle)
        self.after = after

    def finditer(self, text: str, start: int = 0) -> Iterator[re.Match]:
        for run in self.runs.finditer(text, start):
            rs, run_end = run.span()
            if not self.needle.search(text, rs, run_end + 1):
                continue
            for m in self.pattern.finditer(text, rs, run_end + self.after):
                if m.start() >= run_end:
                    break
                yield m


class Gated:
    """A regular expression tried only at the characters that may open a match: ``finditer`` gives what
    ``pattern.finditer`` gives.

    ``first`` is a character class's body holding the first character of every match of ``pattern``, which must
    not match the empty string. The regular expression engine tries each branch of a long alternation at every
    character of a text (it skips ahead by first characters only when every branch opens with a literal); this
    finds the next character that may open a match with a character class, which the engine does skip to, and
    tries the pattern there: the indicators' numbers (a digit, a numeral or a unit's first character open one)
    in a third of the time. tests/test_extract_matcher.py holds it to its pattern.
    """

    def __init__(self, pattern: re.Pattern, first: str) -> None:
        self.pattern = pattern
        self.first = re.compile(f"[{first}]")

    def finditer(self, text: str, start: int = 0) -> Iterator[re.Match]:
        search, match, pos = self.first.search, self.pattern.match, start
        while (at := search(text, pos)) is not None:
            m = match(text, at.start())
            if m is None:
                pos = at.start() + 1
                continue
            yield m
            pos = max(m.end(), at.start() + 1)
