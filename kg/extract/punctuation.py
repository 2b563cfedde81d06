"""Half-width punctuation read as the genre writes it: the rules see full-width marks, the facts keep the input.

Texts copied from web pages, PDFs or word processors often carry ASCII marks inside Chinese prose
(``推进“四链”融合,深化改革;`` with ``"`` for the quotes, ``中国(福建)自由贸易试验区``). The rules of the genre
are written for the full-width marks (，；：（）“”), and on such a text they lose names and relations: three dev
texts with their commas, semicolons, colons and brackets made half-width score F1 0.830 instead of 0.913.

:func:`full_width` maps each such mark to its full-width form where Chinese stands beside it, one character for
one, so that every offset read on the mapped text is an offset of the input; :func:`restore_input` puts the
input's characters back into every mention and evidence, so that spans still slice the input exactly. Names
keep the full-width form (中国（福建）自由贸易试验区), as the same name is written in any other text.
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Document, Extraction, Mention

#: Marks mapped where a Chinese character stands on either side (past spaces): 1,000 and 10:30 stay.
_MARKS = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff“”（）《》、。，]")
_ASCII_MARKS = re.compile(r'[,;:!?()"]')


def full_width(text: str) -> str:
    """``text`` with its ASCII marks beside Chinese made full-width, and its straight double quotes paired into
    “ and ” within each line; the same length, character for character.

    >>> full_width('推进"四链"融合,建设中国(福建)自由贸易试验区;增长1,000亿元,10:30召开')
    '推进“四链”融合，建设中国（福建）自由贸易试验区；增长1,000亿元，10:30召开'
    """
    if not _ASCII_MARKS.search(text):
        return text
    chars = list(text)
    n = len(chars)
    opened: list[int] = []
    for m in _ASCII_MARKS.finditer(text):
        i = m.start()
        c = text[i]
        if c == '"':
            continue
        if c == "(":
            opened.append(i)
        elif c == ")" and opened:
            o = opened.pop()  # a pair of brackets is one mark: both change, or neither (（1）, (a))
            if "\n" not in text[o:i] and (_beside_han(text, o, n) or _beside_han(text, i, n)):
                chars[o], chars[i] = "（", "）"
            continue
        if c != "(" and _beside_han(text, i, n):
            chars[i] = _MARKS[c]
    for o in opened:  # a bracket left open
        if _beside_han(text, o, n):
            chars[o] = "（"
    line_start = 0
    for line in text.split("\n"):
        quotes = [line_start + j for j, ch in enumerate(line) if ch == '"']
        if quotes and _HAN.search(line):
            for k, i in enumerate(quotes[: len(quotes) - len(quotes) % 2]):
                chars[i] = "“" if k % 2 == 0 else "”"
        line_start += len(line) + 1
    return "".join(chars)


def _beside_han(text: str, i: int, n: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j >= 0 and _HAN.match(text[j]):
        return True
    j = i + 1
    while j < n and text[j] in " \t":
        j += 1
    return j < n and bool(_HAN.match(text[j]))


def read_as_written(doc: Document) -> Document | None:
    """The document as the rules read it, or ``None`` when it needs no mapping."""
    mapped = full_width(doc.text)
    if mapped == doc.text:
        return None
    sentences = tuple(replace(s, text=mapped[s.start:s.end]) for s in doc.sentences)
    return replace(doc, text=mapped, sentences=sentences)


def restore_input(ex: Extraction, doc: Document) -> Extraction:
    """The extraction of the mapped text with the input's own characters in every span it cites."""
    text = doc.text

    def mention(m: Mention) -> Mention:
        own = text[m.start:m.end]
        if own == m.text:
            return m
        return replace(m, text=own, canonical=m.canonical or m.text)  # the name stays full-width

    entities = tuple(replace(e, mentions=tuple(mention(m) for m in e.mentions)) for e in ex.entities)
    relations = tuple(replace(r, evidence=replace(r.evidence, text=text[r.evidence.start:r.evidence.end]))
                      for r in ex.relations)
    indicators = tuple(replace(i, evidence=replace(i.evidence, text=text[i.evidence.start:i.evidence.end]))
                       for i in ex.indicators)
    return replace(ex, document=doc, entities=entities, relations=relations, indicators=indicators)

