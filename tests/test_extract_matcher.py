"""The vocabulary matcher (kg/extract/matcher.py) finds what one trie regular expression finds.

The lexicon scan reads names by the matcher's leftmost-longest matches; the regular expression of the whole
vocabulary is the reference: same matches from every position and in every window, on random vocabularies
over a small alphabet (so that terms overlap, nest and share prefixes) and on the shipped lexicon over the seed.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest
from hypothesis import given, settings

try:
    from re import _parser as sre_parse  # Python 3.11 and later
except ImportError:  # Python 3.10
    import sre_parse
from hypothesis import strategies as st

import kg.extract
from kg.extract.matcher import Anchored, InRuns, TermMatcher
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
    for finditer in (matcher.finditer, matcher._finditer_by_pairs):  # a small vocabulary's, a large one's
        assert [(s, e) for s, e, _, _ in finditer(text, start, end)] == _reference(matcher, text, start, end)
        assert [(s, e) for s, e, _, _ in finditer(text, start)] == _reference(matcher, text, start, len(text))
    reference, ours = _searches(matcher, text)
    assert ours == reference


def test_the_lexicon_reads_the_seed_as_its_regular_expression_does():
    matcher = lexicon_matcher(load_lexicon())
    assert matcher._by_pairs
    text = SEED.read_text(encoding="utf-8")
    matches = [(s, e, term, payload) for s, e, term, payload in matcher.finditer(text)]
    assert len(matches) > 50 and {p[0] for *_, p in matches} >= {"Place", "Meeting"}
    assert [(s, e) for s, e, *_ in matches] == _reference(matcher, text, 0, len(text))
    reference, ours = _searches(matcher, text)
    assert ours == reference


def _scans(kind: type) -> list[tuple[str, Anchored | InRuns]]:
    """Every scan of that kind in the extractor's rule modules."""
    found = []
    for info in pkgutil.iter_modules(kg.extract.__path__):
        module = importlib.import_module(f"kg.extract.{info.name}")
        found += [(f"{info.name}.{name}", value) for name, value in vars(module).items() if isinstance(value, kind)]
    return found


ANCHORED = _scans(Anchored)
IN_RUNS = _scans(InRuns)


def _pieces(scan: Anchored | InRuns) -> list[str]:
    """The runs of Chinese characters the pattern spells (政府工作报告, 自治区, 人民), each of their characters
    alone, numerals, a year, filler and punctuation: enough to build leads of every length."""
    source = scan.pattern.pattern
    runs = set(re.findall(r"[\u4e00-\u9fff]+", source))
    return sorted(runs | {ch for run in runs for ch in run}) + ["发", "展", "2026年", "1", "，", "*", "、"]


def test_every_scan_is_tested():
    assert len(ANCHORED) >= 5 and len(IN_RUNS) >= 2, (ANCHORED, IN_RUNS)


def _flat(items) -> list:
    """A parsed pattern's top-level items, groups opened (the anchor may sit in a named group)."""
    out = []
    for op, av in items:
        if op is sre_parse.SUBPATTERN:
            out += _flat(av[-1])
        else:
            out.append((op, av))
    return out


def _lead_width(scan: Anchored) -> int:
    """The most characters a match of the pattern can hold before its anchor (parsed, not guessed)."""
    parsed = sre_parse.parse(scan.pattern.pattern)
    assert parsed.getwidth()[0] > 0, "a pattern that can match the empty string cannot be anchored"
    items = _flat(parsed.data)
    anchor = [str(item) for item in _flat(sre_parse.parse(scan.anchor.pattern[3:-1]).data)]  # (?=…) taken off
    at = next((i for i in range(len(items)) if [str(x) for x in items[i:i + len(anchor)]] == anchor), None)
    assert at is not None, f"the anchor {scan.anchor.pattern} is no part of the pattern's top level"
    return sre_parse.SubPattern(parsed.state, items[:at]).getwidth()[1]


@pytest.mark.parametrize(("name", "scan"), ANCHORED, ids=[n for n, _ in ANCHORED])
def test_an_anchored_scan_tries_every_start_a_match_can_have(name, scan):
    assert scan.before == _lead_width(scan)


def _check_against_its_pattern(scan, pieces: list[str], *, size: int, examples: int) -> None:
    """The scan's matches are its pattern's (spans and groups), on texts of up to ``size`` of ``pieces``."""

    @settings(max_examples=examples, deadline=None)
    @given(st.lists(st.sampled_from(pieces), max_size=size), st.integers(0, 5))
    def check(chosen, start):
        text = "".join(chosen)
        ours = [(m.start(), m.end(), m.groupdict()) for m in scan.finditer(text, start)]
        assert ours == [(m.start(), m.end(), m.groupdict()) for m in scan.pattern.finditer(text, start)]

    check()


@pytest.mark.parametrize(("name", "scan"), ANCHORED + IN_RUNS, ids=[n for n, _ in ANCHORED + IN_RUNS])
def test_a_scan_finds_what_its_pattern_finds(name, scan):
    _check_against_its_pattern(scan, _pieces(scan), size=40, examples=300)
    text = SEED.read_text(encoding="utf-8")
    assert [m.span() for m in scan.finditer(text)] == [m.span() for m in scan.pattern.finditer(text)]


def _number_pieces(units: list[str]) -> list[str]:
    """Numbers of every kind the indicators' pattern reads, a few units and their first characters, other digits
    (full-width, Arabic-Indic: ``\\d`` takes them), quotes and filler: what a gated scan must not step over."""
    few = [u for u in units if u in ("年", "个", "万元", "亿元", "%", "家", "次", "届")] + units[:3] + units[-3:]
    return sorted(set(few) | {u[0] for u in few} | set("0123456789一两二三四五六七八九十百千万亿余多半过翻连续成分之番增丰“”∶./")
                  | {"０", "٣", "连续", "一半", "半数", "分之", "翻一番", "增长", "，", "、"})


#: One of each kind of number (the pattern's alternatives), among words.
NUMBERS = ("连续3年增长，“二十二连丰”，5连增，比例4.0∶37.7∶58.3，3.5:1，全国1/10，三分之一，超五成，近一半，过半，"
           "翻了两番，百余家，超万亿元，增长5.2%，新增8所，千亿级，２０２５年，٣个")


def test_the_gated_number_scan_finds_what_its_pattern_finds():
    from kg.extract.indicators import _number_regex
    from kg.extract.matcher import Gated

    scan = _number_regex(load_lexicon())
    assert isinstance(scan, Gated)
    units = sorted(load_lexicon().get("units"), key=len, reverse=True)

    _check_against_its_pattern(scan, _number_pieces(units), size=30, examples=500)
    for text in (NUMBERS, SEED.read_text(encoding="utf-8")):
        found = [(m.span(), m.groupdict()) for m in scan.finditer(text)]
        assert len(found) > 15 and found == [(m.span(), m.groupdict()) for m in scan.pattern.finditer(text)]
