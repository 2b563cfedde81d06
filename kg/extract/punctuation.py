"""Texts read as the genre writes them: full-width marks, whole lines. The facts keep the input's characters.

Texts copied from web pages, PDFs or word processors differ from the genre's print in two ways the rules
cannot see past:
- ASCII marks inside Chinese prose (``推进"四链"融合,深化改革;``, ``中国(福建)自由贸易试验区``): the rules are
  written for the full-width marks (，；：（）“”). Three dev texts with their marks made half-width score entity
  F1 0.742 instead of 0.913.
- Hard line breaks inside paragraphs (a PDF's lines, wrapped at a fixed width): a break cuts names and
  sentences in two. The same three texts wrapped at 38 characters score 0.825, and 0.72 of their indicators.
- Spaces set between a number and its words or outside a quote (增长 5.8%, 开展 “强校扩优” 工程): the fourteen
  dev texts so spaced score entity F1 0.868 and 181 of 734 indicators.

:func:`as_written` maps the text to the form the rules read: each ASCII mark beside Chinese becomes its
full-width form, straight double quotes are paired into “ and ” within a line, in a text whose lines are
wrapped the breaks inside paragraphs are dropped, and so are typeset spaces beside numbers and quotes. It
returns the offset in the input of every character kept, so
:func:`restore_input` can put every mention, evidence, sentence and section back on the input: spans still slice
the input exactly (a name broken across two lines cites both lines, its name written whole).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from kg.model import Document, Extraction, Mention

#: Marks mapped where a Chinese character stands on either side (past spaces): 1,000 and 10:30 stay.
_MARKS = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff“”（）《》、。，]")
_ASCII_MARKS = re.compile(r'[,;:!?()"]')
#: What ends a paragraph or a heading's line in the genre: a sentence's end, a colon, a closing quote or bracket.
_PARAGRAPH_END = re.compile(r"[。！？；：!?;:…”’」』）)]\s*$")
#: Lines that open a part, an item or a list however long the line before is (一、 （一） 1. ——).
_OPENS_PART = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．](?!\d)|——|[—-]{2})")


#: Full-width digits, and the percent sign and decimal point typeset with them (５．２％): read as the genre's
#: ASCII digits (增长5.2%), one character for one.
_DIGITS = str.maketrans({**{chr(0xFF10 + d): str(d) for d in range(10)}, "％": "%"})
_FULL_POINT = re.compile(r"(?<=\d)．(?=\d)")


def full_width(text: str) -> str:
    """``text`` with its ASCII marks beside Chinese made full-width, its straight double quotes paired into
    “ and ” within each line, and its full-width digits made ASCII; the same length, character for character.

    >>> full_width('推进"四链"融合,建设中国(福建)自由贸易试验区;增长1,000亿元,10:30召开')
    '推进“四链”融合，建设中国（福建）自由贸易试验区；增长1,000亿元，10:30召开'
    >>> full_width('增长５．２％')
    '增长5.2%'
    """
    if not text.isascii() and re.search("[\uff10-\uff19％]", text):
        text = _FULL_POINT.sub(".", text.translate(_DIGITS))
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


#: A speech's subtitle under its title: ——在株洲市十六届人大一次会议闭幕式上的讲话, ——2026年1月26日在…会议上.
_SUBTITLE = re.compile(r"^[—－―]{1,2}[^—－―]{0,16}在.+上(?:的(?:讲话|报告|工作报告|致辞|发言|主持词))?(?:[（(]摘要[）)])?$")


def wrap_breaks(text: str) -> list[tuple[int, int]]:
    """The spans (a line's trailing spaces, its break, the next line's leading spaces) that join lines wrapped
    inside a paragraph; none unless the text's lines are wrapped at a width.

    A text is wrapped where most of its long lines end inside a sentence and share one length (give or take a
    few characters); a break is a wrap where the line before is about that long, ends inside a sentence, and the
    line after goes on with text that opens no part (一、, （二）, 3.; not 71.21万亩).
    """
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    long = [(p, ln.rstrip()) for p, ln in lines if len(ln.strip()) >= 16]
    if len(long) < 4:
        return []
    open_ended = [ln for _p, ln in long if not _PARAGRAPH_END.search(ln)]
    if len(open_ended) < 0.5 * len(long):
        return []  # paragraphs end with their sentences: the lines are the text's own
    width, count = Counter(len(ln) for ln in open_ended).most_common(1)[0]
    near = sum(1 for ln in open_ended if abs(len(ln) - width) <= 3)
    if near < 0.6 * len(open_ended):
        return []  # no width the lines were cut at
    spans = []
    for (p, line), (q, nxt) in zip(lines, lines[1:], strict=False):
        body = line.rstrip()
        if len(body) < width - 6 or _PARAGRAPH_END.search(body) or not nxt.strip() or _OPENS_PART.match(nxt) \
                or _SUBTITLE.match(body.strip()):
            continue  # a speech's subtitle (——在…上的讲话) ends its line, whatever its length
        start = p + len(body)
        end = q + (len(nxt) - len(nxt.lstrip(" \t\u3000")))
        spans.append((start, end))
    return spans


#: A text is read in simplified characters when more than this share of its Han characters change: a Hong Kong
#: or Taiwan mirror of a mainland release changes a third or more; the 29 simplified reports change 0 to 2 (昇 of
#: 昇腾, a brand, is left as written).
_TRADITIONAL_SHARE = 0.02
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]")
#: Traditional forms of the genre's commonest characters (國 會 發 經 …), which a simplified text never writes.
_TRADITIONAL_ONLY = re.compile("[們這國會發經濟時對為說來學與產業開關區號實現點進動際總從權議屆黨開務當體]")


@lru_cache(maxsize=1)
def _t2s():
    try:
        import opencc
    except ImportError:  # the extractor reads traditional texts as written (few names) without OpenCC
        return None
    return opencc.OpenCC("t2s.json")


def simplified(text: str) -> str | None:
    """``text`` in simplified characters, one character for one, when it is written in traditional ones; else
    ``None``. OpenCC's t2s conversion (its phrases decide 乾隆 against 乾坤); a line it would lengthen or shorten
    is converted character by character, so every offset stays the input's.

    >>> simplified("全國政協十四屆三次會議閉幕")
    '全国政协十四届三次会议闭幕'
    >>> simplified("推动高质量发展") is None
    True
    """
    if not _TRADITIONAL_ONLY.search(text):
        return None  # none of the commonest characters that simplified texts never write: no conversion to try
    convert = _t2s()
    if convert is None:
        return None
    out = convert.convert(text)
    if len(out) != len(text):
        out = "\n".join(c if len(c) == len(line) else "".join(x if len(x := convert.convert(ch)) == 1 else ch
                                                               for ch in line)
                        for line, c in ((ln, convert.convert(ln)) for ln in text.split("\n")))
    han = len(_HAN_ONLY.findall(text))
    changed = sum(1 for a, b in zip(text, out, strict=True) if a != b)
    return out if han and changed > _TRADITIONAL_SHARE * han else None


#: Spaces a web page or a PDF's text layer sets between a number and its Chinese words, or beside a quote or a
#: bracket (增长 5.8%, 3.9 万人, 2025 年, 开展 “强校扩优” 工程): the genre's print has none there. Spaces between
#: two Chinese characters stay: they part the names of a roster (孙某申 张某民); so do those between two numbers
#: (2026-02-03 09:02:33).
_TYPESET_SPACE = re.compile(r"(?:(?<=[\d%])|(?<=[\u3400-\u9fff“”《》（）、。，；：]))[ \t\u3000\xa0]+"
                            r"(?=[\u3400-\u9fff“”《》（）、。，；：\d])")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")


def typeset_spaces(text: str) -> list[tuple[int, int]]:
    """The spans of the spaces :data:`_TYPESET_SPACE` finds, but none between two Chinese characters.

    >>> t = "增长 5.8%,就业 3.9 万人,开展 “强校扩优” 工程,出席的有 王某 李某某"
    >>> "".join(ch for i, ch in enumerate(t) if not any(s <= i < e for s, e in typeset_spaces(t)))
    '增长5.8%,就业3.9万人,开展“强校扩优”工程,出席的有 王某 李某某'
    """
    return [(m.start(), m.end()) for m in _TYPESET_SPACE.finditer(text)
            if not (_CJK_CHAR.match(text, m.start() - 1) and _CJK_CHAR.match(text, m.end()))
            and not (text[m.start() - 1].isdigit() and text[m.end()].isdigit())]


#: A reading in pinyin some mirrors gloss a character with (會(huì)議, 經(jīng)濟): a tone-marked syllable in brackets
#: right after a Chinese character, no part of the text.
_PINYIN_GLOSS = re.compile(r"(?<=[\u3400-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")


def pinyin_glosses(text: str) -> list[tuple[int, int]]:
    """The spans of the pinyin glosses in ``text``.

    >>> t = "中國共產(chǎn)黨第十屆委員會(huì)第十四次全體會(huì)議(a)"
    >>> "".join(ch for i, ch in enumerate(t) if not any(s <= i < e for s, e in pinyin_glosses(t)))
    '中國共產黨第十屆委員會第十四次全體會議(a)'
    """
    return [(m.start(), m.end()) for m in _PINYIN_GLOSS.finditer(text)] if "(" in text or "（" in text else []


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


#: Other marks templates and scraped copies mask a place with (××市, XX县, xx市委, ＊省): read as the genre's ``*``,
#: one character for one; the name keeps the text's own mask as one more of its forms. Single ASCII letters stay
#: (x市长 masks a person, 20xx年 a year).
_MASK = re.compile(r"(?:[×＊]{1,3}|[Xx]{2,3}|Ｘ{1,3})(?=[省市县区州旗盟])")


def _as_asterisks(text: str) -> str:
    """The text with its masks made asterisks.

    >>> _as_asterisks("××市第十五届人民代表大会, XX县委, 20xx年, x市长")
    '**市第十五届人民代表大会, **县委, 20xx年, x市长'
    """
    return _MASK.sub(lambda m: "*" * len(m.group()), text) if _MASK.search(text) else text


def as_written(text: str) -> tuple[str, list[int]] | None:
    """The text the rules read and, for each of its characters and its end, the offset in ``text``; ``None`` when
    the text is already so written."""
    marked = _as_asterisks(full_width(text))
    script = simplified(marked)
    marked = script or marked
    breaks = wrap_breaks(text if script is None else script)  # a subtitle is known in simplified characters
    breaks = _merged(breaks + typeset_spaces(marked) + pinyin_glosses(text))
    if marked == text and not breaks:
        return None
    if not breaks:
        return marked, list(range(len(text) + 1))
    kept, offsets, pos = [], [], 0
    for s, e in breaks + [(len(text), len(text))]:
        kept.append(marked[pos:s])
        offsets.extend(range(pos, s))
        pos = e
    offsets.append(len(text))
    return "".join(kept), offsets


def read_as_written(doc: Document) -> tuple[Document, list[int]] | None:
    """The document as the rules read it, with its offsets in the input, or ``None`` when it needs no mapping."""
    from kg.document import make_document

    mapped = as_written(doc.text)
    if mapped is None:
        return None
    text, offsets = mapped
    if len(text) == len(doc.text) \
            and not _HAN_ONLY.search("".join(a for a, b in zip(doc.text, text, strict=True) if a != b)):
        # marks only: the input's sentences and sections stand (a text read in simplified characters is read
        # again whole: its header's title and venue are the simplified ones the rules look for)
        sentences = tuple(replace(s, text=text[s.start:s.end]) for s in doc.sentences)
        meta = doc.meta
        for field in ("title", "venue"):  # 开发区(高桥街道)…工作总结: the header's fields as the rules read them too
            value = getattr(meta, field)
            if value and (i := doc.text.find(value)) >= 0:
                meta = replace(meta, **{field: text[i:i + len(value)]})
        return replace(doc, text=text, sentences=sentences, meta=meta), offsets
    return replace(make_document(text, source=doc.source), sha256=doc.sha256), offsets


def _han(text: str) -> str:
    return "".join(_HAN_ONLY.findall(text))


def restore_input(ex: Extraction, doc: Document, offsets: list[int]) -> Extraction:
    """The extraction of the mapped text with every span it cites put back on the input ``doc``."""
    text = doc.text

    def span(s: int, e: int) -> tuple[int, int]:
        return (offsets[s], offsets[e - 1] + 1) if e > s else (offsets[s], offsets[s])

    def mention(m: Mention) -> Mention:
        s, e = span(m.start, m.end)
        own = text[s:e]
        if (s, e) == (m.start, m.end) and own == m.text:
            return m
        return replace(m, start=s, end=e, text=own, canonical=m.canonical or m.text)  # the name as written

    def evidence(ev):
        s, e = span(ev.start, ev.end)
        return replace(ev, start=s, end=e, text=text[s:e])

    def entity(e):
        mentions = tuple(mention(m) for m in e.mentions)
        # a name as a traditional text writes it (全國政協) is one more form of the name read in simplified ones
        # and so is a name as its mask writes it (××市第十五届…, read as *市第十五届…)
        written = {m.text for m, r in zip(mentions, e.mentions, strict=True) if m.text != r.text
                   and _HAN_ONLY.search(m.text) and (_han(m.text) != _han(r.text) or "*" in r.text)
                   and "\n" not in m.text and not _PINYIN_GLOSS.search(m.text)} - {e.label, *e.aliases}
        return replace(e, mentions=mentions, aliases=e.aliases + tuple(sorted(written)))

    entities = tuple(entity(e) for e in ex.entities)
    relations = tuple(replace(r, evidence=evidence(r.evidence)) for r in ex.relations)
    read = ex.document

    def value_text(i) -> str:
        at = read.text.find(i.value_text, i.evidence.start, i.evidence.end) if i.value_text else -1
        if at < 0:
            return i.value_text
        s, e = span(at, at + len(i.value_text))
        return text[s:e]  # ５．５％ as the input writes it, read as 5.5%

    indicators = tuple(replace(i, evidence=evidence(i.evidence), value_text=value_text(i)) for i in ex.indicators)
    if len(read.text) != len(text):  # lines joined: the sentences and parts read span the input's lines
        sentences = tuple(replace(s, start=(b := span(s.start, s.end))[0], end=b[1], text=text[b[0]:b[1]])
                          for s in read.sentences)
        sections = tuple(replace(s, start=(b := span(s.start, s.end))[0], end=b[1]) for s in read.sections)
        doc = replace(doc, sentences=sentences, sections=sections, body_start=offsets[read.body_start],
                      meta=read.meta)
    return replace(ex, document=doc, entities=entities, relations=relations, indicators=indicators)
