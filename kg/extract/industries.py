"""Enumerations with a category: 推进有色、钢铁、化工等传统主导产业 → three industries in one category.

The same shape lists companies (牧原、宇通、华兰等一批龙头企业 → organizations) and members of other
wholes. Items are split on 、; the list starts after the verb before its first item.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.context import CJK, Context
from kg.extract.matcher import TermMatcher
from kg.lexicon import Lexicon
from kg.model import Evidence, Mention

_ITEM = rf"[{CJK}A-Za-z0-9（）()]{{1,12}}"
_ENUM = re.compile(rf"(?P<items>{_ITEM}(?:、{_ITEM})+)等(?=(?P<rest>[^，。；：、,.;:!?\n]{{1,16}}))")
_COMPANY = re.compile(r"^(?:一批|\d+家|[一二三四五六七八九十]+家)?[^，。]{0,8}?(?:企业|公司|集团)(?!经营|家|代表|职工|主体)")


@lru_cache(maxsize=8)
def _category_heads(lexicon: Lexicon) -> TermMatcher:
    return TermMatcher(lexicon.get("category_heads"))


def find_enumerations(ctx: Context) -> tuple[list[Mention], list[tuple[Mention, Mention, Evidence]]]:
    """Industry and company lists; returns mentions and (member, category, evidence) pairs."""
    text, out, pairs = ctx.text, [], []
    heads = _category_heads(ctx.lexicon)
    types = {h: (t[0] if t else "Industry") for h, t in ctx.lexicon.alias_map("category_heads").items()}
    for m in _ENUM.finditer(text, ctx.doc.body_start):
        rest = m["rest"]
        items_start = m.start("items")
        raw_items = m["items"].split("、")
        # the first item runs back only to the verb before it
        first_end = items_start + len(raw_items[0])
        first_start = ctx.left_edge(first_end, max_len=12, min_start=items_start,
                                    skip_leading=bool(_COMPANY.match(rest)))
        spans, pos = [], items_start
        for i, it in enumerate(raw_items):
            s = first_start if i == 0 else pos
            spans.append((s, pos + len(it)))
            pos += len(it) + 1
        spans = [(s, e) for s, e in spans if e - s >= 1]
        if _COMPANY.match(rest):
            for s, e in spans:
                name = text[s:e]
                if 2 <= len(name) <= 10 and not re.search(r"\d", name):
                    out.append(Mention("Organization", name, s, e, "enum:company", confidence=0.75))
            continue
        # the category: the first head in what follows 等, extended to the longest head there
        cat, member_type = None, "Industry"
        for _hs, he, h, _ in heads.finditer(rest):
            cat = (m.start("rest"), m.start("rest") + he)
            member_type = types.get(h, "Industry")
            break
        if cat is None:
            continue
        cs, ce = cat
        cat_name = text[cs:ce]
        if cat_name.startswith("一批"):
            cs += 2
            cat_name = cat_name[2:]
        if len(cat_name) < 2 or cat_name in ("企业", "行业", "产业"):
            continue
        evidence_span = ctx.sentence_bounds(m.start())
        ev = Evidence(evidence_span[0], evidence_span[1], text[evidence_span[0]:evidence_span[1]],
                      "enum:category", 0.85)
        category = Mention(member_type, cat_name, cs, ce, "enum:category", confidence=0.85)
        out.append(category)
        for s, e in spans:
            name = text[s:e]
            if not (1 <= len(name) <= 12) or re.search(r"[（(]", name) and not re.search(r"[）)]", name):
                continue
            if re.search(r"\d+个|[过超]\S*[千万亿]", name):  # 4个过五千亿: a count, not an industry
                continue
            member = Mention(member_type, name, s, e, "enum:member", confidence=0.8)
            out.append(member)
            pairs.append((member, category, ev))
    return out, pairs
