"""Places beyond the lexicon: metropolitan areas, city clusters and economic belts (郑州都市圈)."""
from __future__ import annotations

import re

from kg.extract.context import CJK, Context
from kg.extract.heads import bracket_edges, strip_opening_verbs, widen_over_dash
from kg.extract.matcher import Anchored
from kg.extract.names import names_a_site, site_name_start
from kg.model import Mention

_AREA = re.compile(rf"(?P<name>[{CJK}]{{2,6}}?)(?P<head>都市圈|城市群|经济圈|经济带|经济区)")
_AREA_SCAN = Anchored(_AREA, "都市圈|城市群|经济圈|经济带|经济区", before=6)  # tried only before a head
#: Zones and sites named by a head word: 新郑综保区, 周口国家农高区, 郑州国际陆港核心功能区, 郑州机场, 大鹏新区.
_ZONE = re.compile(r"(?P<head>综合保税区|综保区|农高区|高新区|经开区|开发区|新区|特别合作区|合作区|功能区|作业区|"
                   r"港区|机场|国际机场|农谷|科学城|自贸港)")


_ZONE_AFTER = re.compile(r"[^，。；、\n]{0,12}?(?:区|城|园|带|廊|中心|基地|港|站|运河)")
_DIRECTION = "(?:东南|东北|西南|西北|中南|中部|东部|西部|南部|北部|[东南西北中])(?:地区|片区)?"


def find_places(ctx: Context) -> list[Mention]:
    text, out = ctx.text, []
    prefixes = "".join(ctx.lexicon.get("region_prefixes"))
    if prefixes:  # 皖北, 渝东北, 苏南地区: a province's one-character name and a direction
        for m in re.finditer(rf"[{prefixes}]{_DIRECTION}", text[ctx.doc.body_start:]):
            s, e = ctx.doc.body_start + m.start(), ctx.doc.body_start + m.end()
            # the prefix opens a word: 渝 of 成渝 | 中部 is the end of another place's name
            if ctx.is_edge(s) and ctx.is_edge(e) and ctx.token_end(s) <= e \
                    and not _ZONE_AFTER.match(text, e):  # 辽东 | 绿色经济区: the start of a zone's name
                out.append(Mention("Place", m.group(), s, e, "place:region", confidence=0.75))
        # 闽粤港澳, 渝港澳: provinces' one-character names glued before a group of places name one group with it
        for m in re.finditer(rf"[{prefixes}]+(?=粤港澳|港澳)", text[ctx.doc.body_start:]):
            s = ctx.doc.body_start + m.start()
            e = text.index("港澳", ctx.doc.body_start + m.end()) + 2
            if ctx.is_edge(s) and text[s:e] != "粤港澳":
                out.append(Mention("Place", text[s:e], s, e, "place:glued-group", confidence=0.9))
    for m in _AREA_SCAN.finditer(text, ctx.doc.body_start):
        s = widen_over_dash(ctx, strip_opening_verbs(ctx, ctx.left_edge(m.start("head"), max_len=6), m.start("head"),
                                                     once=False))
        if m.start("head") - s < 2 or re.search(r"[\d个]", text[s:m.start("head")]):
            continue  # 7个省级渔港经济区: a count of a kind, not a name
        if text[s] == "型" or ctx.is_generic_modifier(text[s:m.start("head")]):
            continue  # 打造创新型现代化都市圈: a kind of metropolitan area, not one named
        out.append(Mention("Place", text[s:m.end()], s, m.end(), "place:area", confidence=0.85))
    generic = ctx.lexicon.set("generic")
    for m in _ZONE.finditer(text, ctx.doc.body_start):
        s = strip_opening_verbs(ctx, ctx.left_edge(m.start("head"), max_len=10, skip_leading=True), m.start("head"),
                                once=False)  # 放大 | 辽东绿色经济区
        s, _ = bracket_edges(ctx, s, m.start("head"))  # 提升 | 西部（重庆）科学城: the place in brackets is inside
        s = site_name_start(ctx, widen_over_dash(ctx, s), m.start("head"))  # 运营 | 暹粒吴哥国际机场
        end = m.end() + (text[m.end():m.end() + 1] == "群")  # 成渝世界级机场群: a group of airports, named whole
        name = text[s:end]
        modifier = text[s:m.start("head")]
        if len(modifier) < 2 or name in generic or re.search(r"[\d“”]", modifier) \
                or ctx.is_generic_modifier(modifier) or modifier.startswith(("各", "全省", "全市")) \
                or not names_a_site(ctx, modifier, m["head"]) and text[s - 1:s] != "等":
            continue  # 民用运输机场, 国际卫生机场: a kind of site
        out.append(Mention("Place", name, s, end, "place:zone", confidence=0.7))
    return out + find_listed_divisions(ctx)


#: An item of a list: after 、 up to the next separator (贵阳、安顺、兴义等).
_LISTED = re.compile(rf"(?<=、)[{CJK}]{{2,3}}(?=[、等和及与，。；])")
_DIVISION_ENDS = ("市", "县", "区", "旗")


def find_listed_divisions(ctx: Context) -> list[Mention]:
    """A county's or city's short form that the gazetteer leaves out as a common word (兴义 of 兴义市, 江山 of
    江山市) names the division where it stands in a list next to another place (贵阳、安顺、兴义等)."""
    from kg.extract.names import lexicon_type_of

    text, out = ctx.text, []
    divisions = ctx.lexicon.set("gazetteer")
    for m in _LISTED.finditer(text, ctx.doc.body_start):
        short = m.group()
        full = next((short + end for end in _DIVISION_ENDS if short + end in divisions), None)
        if full is None or lexicon_type_of(ctx.lexicon, short) or not ctx.is_edge(m.start()) \
                or not ctx.is_edge(m.end()):
            continue
        before = text[max(0, m.start() - 5):m.start() - 1]
        if not any(before.endswith(n) and (lexicon_type_of(ctx.lexicon, n) or ("",))[0] == "Place"
                   for n in (before[-k:] for k in range(2, len(before) + 1))):
            continue  # a list of other things (交通、兴义…)
        out.append(Mention("Place", short, m.start(), m.end(), "place:listed-division", canonical=full,
                           confidence=0.75))
    return out
