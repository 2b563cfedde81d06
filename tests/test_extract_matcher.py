"""The vocabulary matcher (kg/extract/matcher.py) finds what one trie regular expression finds.

The lexicon scan reads names by the matcher's leftmost-longest matches; the regular expression of the whole
vocabulary is the reference: same matches from every position and in every window, on random vocabularies
over a small alphabet (so that terms overlap, nest and share prefixes) and on the shipped lexicon over the seed.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.matcher import TermMatcher
from kg.extract.names import lexicon_matcher
from kg.lexicon import load_lexicon

ALPHABET = "省委市区产业链新质"
SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_a0e522b26099673f.txt"


def _reference(matcher: TermMatcher, text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in matcher.regex.finditer(text, start, end) if m.end() > m.start()]


def _searches(matcher: TermMatcher, text: str) -> list[tuple[int, int] | None]:
    """What a search from each position finds (the first match at or after it)."""
    found = [(m.start(), m.end()) if (m := matcher.regex.search(text, p)) else None for p in range(len(text))]
    spans = list(matcher.spans(text))
    return found, [next(((s, e) for s, e in spans if s >= p), None) for p in range(len(text))]


@settings(max_examples=300, deadline=None)
@given(terms=st.sets(st.text(ALPHABET, min_size=1, max_size=5), min_size=1, max_size=12),
       text=st.text(ALPHABET + "，", max_size=40), cut=st.tuples(st.integers(0, 45), st.integers(0, 45)))
def test_matches_are_the_regular_expressions(terms, text, cut):
    matcher = TermMatcher(terms)
    start, end = min(cut), max(cut)
    assert [(s, e) for s, e, _, _ in matcher.finditer(text, start, end)] == _reference(matcher, text, start, end)
    assert [(s, e) for s, e, _, _ in matcher.finditer(text, start)] == _reference(matcher, text, start, len(text))
    reference, ours = _searches(matcher, text)
    assert ours == reference


def test_the_lexicon_reads_the_seed_as_its_regular_expression_does():
    matcher = lexicon_matcher(load_lexicon())
    text = SEED.read_text(encoding="utf-8")
    matches = [(s, e, term, payload) for s, e, term, payload in matcher.finditer(text)]
    assert len(matches) > 50 and {p[0] for *_, p in matches} >= {"Place", "Meeting"}
    assert [(s, e) for s, e, *_ in matches] == _reference(matcher, text, 0, len(text))
    reference, ours = _searches(matcher, text)
    assert ours == reference
