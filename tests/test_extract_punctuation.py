"""Texts written with half-width marks (commas, brackets, straight quotes) are read as the genre writes them."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.punctuation import full_width
from tests.extract_helpers import run
from tests.test_properties import SAMPLE_REPORT, assert_spans_slice

_TO_ASCII = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?",
                           "“": '"', "”": '"'})
DEVSET = Path(__file__).resolve().parents[2] / "shared" / "devset"


def _names(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.label) for e in run(text).entities}


def test_full_width_keeps_every_offset_and_numbers_alone():
    text = '推进"四链"融合,建设中国(福建)自由贸易试验区;增长1,000亿元,会议10:30召开(1)'
    mapped = full_width(text)
    assert len(mapped) == len(text)
    assert mapped == "推进“四链”融合，建设中国（福建）自由贸易试验区；增长1,000亿元，会议10:30召开（1）"


def test_a_report_with_half_width_marks_gives_the_same_names_and_its_spans_slice_it():
    ascii_report = SAMPLE_REPORT.translate(_TO_ASCII)
    assert ascii_report != SAMPLE_REPORT
    assert _names(ascii_report) == _names(SAMPLE_REPORT)
    assert_spans_slice(ascii_report)  # every mention and evidence is the input's own characters


@pytest.mark.skipif(not DEVSET.is_dir(), reason="../shared/devset is not beside the checkout")
def test_a_dev_text_with_half_width_marks_gives_the_same_names():
    text = (DEVSET / "fujian-gwr-2026-review.txt").read_text(encoding="utf-8")
    assert _names(text.translate(_TO_ASCII)) == _names(text)
