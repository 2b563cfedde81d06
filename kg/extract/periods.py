"""Periods: which year or years a number of the text refers to, from the part of the text it stands in.

A government work report speaks of several times in turn, each part opened by a heading or by the
first words of a paragraph: the review of the year just past (一、2025年工作回顾, 过去一年, 一年来), the
five-year plan just ended (“十四五”时期, 这五年, 五年来), the next plan's goals (“十五五”时期) and the year's
tasks and targets (三、2026年重点工作, 今年). :func:`period_frames` reads those openings once per
document; :meth:`Frames.period` then gives a number its period from its frame and its own sentence
(到2030年, 2025年旅居人数, 连续9年, 从A提高到B, 年均/累计 over a plan).

    >>> from kg.document import make_document
    >>> doc = make_document("2026年某省政府工作报告\\n一、2025年工作回顾\\n过去一年，增长5%。\\n二、2026年工作安排\\n今年，增长5%左右。")
    >>> f = period_frames(doc)
    >>> f.at(doc.text.index("过去一年")).period, f.at(doc.text.index("今年")).period
    ('2025', '2026')
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kg.model import Document

# The five-year plans are fixed spans whatever the text's own year.
PLANS = {"十三五": (2016, 2020), "十四五": (2021, 2025), "十五五": (2026, 2030), "十六五": (2031, 2035)}
_PLAN = r"“?(?P<{}>十[三四五六]五)”?"

# What a sentence may open with before its time words: vocatives, item numbers, dashes.
_OPENING_NOISE = re.compile(r"^(?:各位代表[！!，,：:]?|同志们[！!，,：:]?|[一二三四五六七八九十]{1,3}[、是]|"
                            r"[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．]|——|[“”\s])*")
_OPENERS = re.compile(
    rf"(?P<review_year>(?:刚刚)?过去(?:的)?一年|一年来|这一年)"
    rf"|(?P<plan>{_PLAN.format('plan_a')}(?:时期|期间|以来|规划|发展|主要|工作|的|是|，|$)|回顾{_PLAN.format('plan_b')})"
    rf"|(?P<review_plan>这五年|五年来|过去(?:的)?五年|回顾过去五年)"
    rf"|(?P<next_plan>未来五年|今后五年)"
    rf"|(?P<this_year>今年)|(?P<next_year>明年)"
    # a year opens a part as a heading or a theme (2026年重点工作, 2025年是…, 2025年，…), not as a date or a deadline
    rf"|(?:刚刚过去的|过去的|在)?(?P<year>(?:19|20)\d{{2}})年(?=是|，|,|和|及|工作|重点|主要|以来|全[省市区国年]|我[省市区国]|$)"
)


@dataclass(frozen=True)
class Frame:
    """The time a part of the text speaks of: one year or a span, reviewed or planned."""

    start: int
    end: int
    target: bool = False  # the part sets goals (今年, 十五五) rather than reviewing results

    @property
    def period(self) -> str:
        return str(self.end) if self.start == self.end else f"{self.start}-{self.end}"

    @property
    def is_span(self) -> bool:
        return self.start != self.end


@dataclass(frozen=True)
class Frames:
    """A document's frames by offset: the frame at a position is the last one opened before it."""

    starts: tuple[int, ...]
    frames: tuple[Frame | None, ...]
    year: int | None  # the text's own year (a report of 2026 reviews 2025 and plans 2026)

    def at(self, pos: int) -> Frame | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.frames[i] if i >= 0 else None


def document_year(doc: Document) -> int | None:
    """The year the text speaks from: its title or date, else a year in its file name (2026-anhui.txt)."""
    if doc.meta.year:
        return doc.meta.year
    m = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", doc.source or "")
    return int(m.group(1)) if m else None


def review_year(doc: Document, year: int | None) -> int | None:
    """The year a text's 过去一年 means: the year before a report's, the same year for a speech of late autumn."""
    if year is None:
        return None
    date = doc.meta.date or ""
    if doc.meta.year == year and (m := re.match(r"\d{4}-(\d{2})", date)) and int(m.group(1)) >= 10:
        return year
    return year - 1


def _opener_frame(opening: str, year: int | None, reviewed: int | None) -> Frame | None:
    """The frame a heading or a paragraph's first words open, if they name a time."""
    m = _OPENERS.match(opening)
    if not m:
        return None
    kind = m.lastgroup
    if kind == "review_year":
        return Frame(reviewed, reviewed) if reviewed else None
    if kind == "plan":
        start, end = PLANS[m["plan_a"] or m["plan_b"]]
        return Frame(start, end, target=bool(year and start >= year))
    if kind == "review_plan":
        return Frame(reviewed - 4, reviewed) if reviewed else None
    if kind == "next_plan":
        return Frame(year, year + 4, target=True) if year else None
    if kind == "this_year":
        return Frame(year, year, target=True) if year else None
    if kind == "next_year":
        return Frame(year + 1, year + 1, target=True) if year else None
    y = int(m.group("year"))
    return Frame(y, y, target=bool(year and y >= year))


def _strip_opening(text: str) -> str:
    return _OPENING_NOISE.sub("", text, count=1)


_PAST = re.compile(r"了|首次|圆满|荣获|创历史")


def period_frames(doc: Document) -> Frames:
    """Frames opened by headings and sentence openings (过去一年, 这五年, “十五五”时期, 2026年重点工作, 今年).

    Before any opening, a government work report speaks of the year it reviews; an excerpt with no
    header and no past-tense words (了, 累计, 首次 …) is a section of tasks, so of the text's own year.
    """
    year = document_year(doc)
    reviewed = review_year(doc, year)
    body = doc.text[doc.body_start:]
    if doc.meta.genre == "government work report" or _PAST.search(body):
        default = Frame(reviewed, reviewed) if reviewed else None
    else:
        default = Frame(year, year, target=True) if year else None
    starts, frames = [0], [default]
    for sent in doc.sentences:
        if sent.end <= doc.body_start:
            continue
        frame = _opener_frame(_strip_opening(sent.text), year, reviewed)
        if frame is not None:
            starts.append(sent.start)
            frames.append(frame)
    return Frames(tuple(starts), tuple(frames), year)
