"""Abbreviations that spell out their members: 批零住餐业 is 批发业、零售业、住宿业、餐饮业 (ANNOTATION.md, category
membership: an abbreviation that spells out its members is stated in one phrase).

An industry word before 业 whose characters are, in order, the first characters of a list of three or more
业-words in the same paragraph names that list: each listed word is an industry in its category.
"""
from __future__ import annotations

import re

from kg.extract.context import CJK, Context
from kg.model import Evidence, Mention

_LIST = re.compile(rf"[{CJK}]{{1,5}}业(?:、[{CJK}]{{1,5}}业){{1,7}}")


def find_spelled_out(ctx: Context) -> tuple[list[Mention], list[tuple[Mention, Mention, Evidence]]]:
    """Mentions of the abbreviation and its members, and (member, abbreviation, evidence) pairs."""
    text, out, pairs = ctx.text, [], []
    for para in re.finditer(r"[^\n]+", text[ctx.doc.body_start:]):
        ps = ctx.doc.body_start + para.start()
        pe = ps + len(para.group())
        lists = [(m.start(), m.group().split("、")) for m in _LIST.finditer(text, ps, pe)]
        if not lists:
            continue
        for start, items in lists:
            if len(items) < 3 or any(len(it) < 3 for it in items[1:]):
                continue  # two initials (规上 | 制造业、工业 → 上工业) spell words by chance
            rest = "".join(it[0] for it in items[1:])
            # the first item runs back to a verb the list does not show: try each start, shortest name last
            for k in range(0, len(items[0]) - 2):
                first = items[0][k:]
                abbr_name = first[0] + rest + "业"
                found = text.find(abbr_name, ps, pe)
                if found < 0 or start <= found < start + sum(len(i) + 1 for i in items) or not ctx.is_edge(found):
                    continue
                abbr = Mention("Industry", abbr_name, found, found + len(abbr_name), "enum:abbreviation",
                               confidence=0.85)
                out.append(abbr)
                s, e = ctx.sentence_bounds(start)
                ev = Evidence(s, e, text[s:e], "enum:abbreviation", 0.85)
                pos = start + k
                for it in [first] + items[1:]:
                    member = Mention("Industry", it, pos, pos + len(it), "enum:abbreviation-member",
                                     confidence=0.85)
                    out.append(member)
                    pairs.append((member, abbr, ev))
                    pos += len(it) + 1
                break
    return out, pairs
