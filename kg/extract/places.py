"""Places beyond the lexicon: metropolitan areas, city clusters and economic belts (郑州都市圈)."""
from __future__ import annotations

import re

from kg.extract.context import CJK, Context
from kg.model import Mention

_AREA = re.compile(rf"(?P<name>[{CJK}]{{2,6}}?)(?P<head>都市圈|城市群|经济圈|经济带|经济区)")


def find_places(ctx: Context) -> list[Mention]:
    text, out = ctx.text, []
    for m in _AREA.finditer(text, ctx.doc.body_start):
        s = ctx.left_edge(m.start("head"), max_len=6)
        if m.start("head") - s < 2:
            continue
        out.append(Mention("Place", text[s:m.end()], s, m.end(), "place:area", confidence=0.85))
    return out
