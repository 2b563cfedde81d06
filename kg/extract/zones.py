"""Zones that a list of places shares: 建设贵阳、遵义国家物流枢纽 names two hubs, 贵阳国家物流枢纽 and
遵义国家物流枢纽 (ANNOTATION.md: shared heads; one designated zone is an entity of its own).

The last place of the list carries the zone's name (遵义国家物流枢纽, found by the other rules); each place
before it gets the same name after its own (its canonical name, on the place's span) and lies in the place.
The zone's name must end in a head of zone_heads.txt (枢纽, 示范区, 试验区, 片区 …).
"""
from __future__ import annotations

import re

from kg.extract.context import Context
from kg.model import Evidence, Mention

_ZONE_TYPES = ("Place", "Policy", "Strategy")
#: A place's plan shared by a list of places the same way (两江新区、北碚区国土空间分区规划).
_PLAN_TYPES = ("Strategy", "Document", "Policy")
_PLAN_HEADS = ("规划",)


def find_shared_zone_heads(ctx: Context, mentions: list[Mention]
                           ) -> tuple[list[Mention], list[tuple[Mention, Mention, Evidence]]]:
    """New zone mentions for the places a zone's name is shared with, and (zone, place, evidence) pairs."""
    text = ctx.text
    heads = tuple(ctx.lexicon.get("zone_heads"))
    # the places a list names, not the zones (大连国家物流枢纽 is a Place too, and starts where 大连 does)
    places_at_end = {m.end: m for m in mentions if m.type == "Place" and not m.text.endswith(heads)}
    places_at_start = {m.start: m for m in mentions if m.type == "Place" and not m.text.endswith(heads)}
    # 防城港 (ending in the head 港) may be a place of the text already: one mention a span, or two evidences clash
    place_spans = {(m.start, m.end) for m in mentions if m.type == "Place"}
    any_place_at_end = {m.end: m for m in mentions if m.type == "Place"}  # a plan's list may hold zones (两江新区)
    out: list[Mention] = []
    pairs: list[tuple[Mention, Mention, Evidence]] = []
    for z in mentions:
        plan = z.type in _PLAN_TYPES and z.text.endswith(_PLAN_HEADS)
        if z.type not in _ZONE_TYPES and not plan or not (plan or z.text.endswith(heads)) \
                or z.rule == "zone:shared-head":
            continue
        last = places_at_start.get(z.start)
        opening = None if last else _opening_place(ctx, z)
        last = last or opening
        if last is None or last.end > z.end - 2 or text[z.start - 1:z.start] not in ("、", "和"):
            continue
        rest = text[last.end:z.end]
        listed, pos = [], z.start - 1
        ends = any_place_at_end if plan else places_at_end
        while text[pos:pos + 1] in ("、", "和") and pos in ends:
            p = ends[pos]
            if p.text.endswith(heads) and not plan or len(p.text) > 6:
                break  # 漳州国家骨干冷链物流基地、平潭…枢纽: a zone of its own, not a place sharing one
            if not plan and not _division(ctx, p):
                break  # 粤港澳大湾区、海西经济区: a region is no seat of a zone; the list names regions
            listed.append(p)
            pos = p.start - 1
        if not listed:
            continue
        s, e = ctx.sentence_bounds(z.start)
        ev = Evidence(s, e, text[s:e], "zone:shared-head", 0.8)
        pairs.append((z, last, ev))
        if opening is not None and (opening.start, opening.end) not in place_spans:
            out.append(opening)  # 遵义 of 遵义国家物流枢纽: the zone lies in it, so it is a place of the text
        for p in listed:
            # a Place, whatever the last zone's rule typed it: a designated zone is a place first (ANNOTATION.md:
            # designations are Place|Policy|Strategy, named sites Place|Policy|Organization)
            # a plan keeps its type: 优化两江新区、北碚区国土空间分区规划 names each district's plan
            zone = Mention(z.type if plan else "Place", p.text, p.start, p.end, "zone:shared-head",
                           canonical=p.name + rest, confidence=0.8)
            out.append(zone)
            pairs.append((zone, p, ev))
    return out, pairs


#: Zone heads that make the whole name a place wherever the rules typed it a programme: a hub, a zone, a park
#: (ANNOTATION.md: one designated zone is an entity; the gold files accept Place for every one of them).
_PLACE_ZONE_HEADS = ("枢纽", "片区", "新区", "园区", "贸易区", "示范区", "试验区", "开发区", "科技城", "科学城", "产业园",
                     "科技园", "经济区", "先导区", "合作区", "综保区", "综合保税区", "保税区", "高新区", "自贸港", "走廊",
                     "产业城")


_DIVISION_ENDS = ("省", "市", "县", "州", "旗", "盟", "自治区")


def _division(ctx: Context, place: Mention) -> bool:
    """A province, city, prefecture or county (遵义: 遵义市), the seats the zones of a shared head lie in; not a
    region (粤港澳大湾区, 长三角, 皖北)."""
    names = {place.text, place.name, *ctx.lexicon.alias_map("place").get(place.name, ())}
    known = ctx.lexicon.set("gazetteer") | ctx.lexicon.set("place")  # 黑河 (a river's name too): 黑河市
    return any(n.endswith(_DIVISION_ENDS) or any(n + end in known for end in "市县") for n in names)


def _opening_place(ctx: Context, z: Mention) -> Mention | None:
    """The lexicon place a zone's name opens with (大连 of 大连国家物流枢纽), where settling left it out as a
    modifier of the longer place."""
    from kg.extract.names import lexicon_type_of

    end = ctx.token_end(z.start)
    known = lexicon_type_of(ctx.lexicon, ctx.text[z.start:end]) if end > z.start else None
    if not known or known[0] != "Place":
        return None
    return Mention("Place", ctx.text[z.start:end], z.start, end, "lexicon:place", canonical=known[1], confidence=0.9)


#: A national designated zone of named places opening its clause (哈大齐国家自主创新示范区落地创新成果104项): the goal rules
#: read a zone after the verb that builds it; the places and 国家 name it here.
_PLACED_NATIONAL_ZONE = re.compile(r"(?:^|(?<=[，。；：\n]))(?P<place>[\u4e00-\u9fff]{2,4}?)国家[\u4e00-\u9fff]{2,10}?"
                                   r"(?:示范区|试验区|先行区|实验区)", re.M)


def _placed_national_zones(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    from kg.extract.names import lexicon_type_of

    out: list[Mention] = []
    if "国家" not in ctx.text:
        return out
    named = {(o.start, o.end) for o in mentions if o.type != "Place"}
    for m in _PLACED_NATIONAL_ZONE.finditer(ctx.text, ctx.doc.body_start):
        place = lexicon_type_of(ctx.lexicon, m["place"])
        if not place or place[0] != "Place" or (m.start(), m.end()) in named:
            continue  # a rule that typed the same name otherwise wins as before
        out.append(Mention("Place", m.group(), m.start(), m.end(), "zone:place", confidence=0.85))
        out.append(Mention("Place", m["place"], m.start(), m.end("place"), "zone:place-of", canonical=place[1],
                           confidence=0.95))
    return out


def zones_as_places(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """大连国家物流枢纽, 合肥科创金融改革试验区: a goal's name (Strategy) that opens with a place and ends in a
    zone's head names a zone in that place; a Place mention of the same span wins over the goal's type."""
    from kg.extract.names import lexicon_type_of

    out = _placed_national_zones(ctx, mentions)
    for m in mentions:
        if (zone := _opening_zone(ctx, m)) is not None:
            out.append(zone)
        if m.type != "Strategy" or not m.name.endswith(_PLACE_ZONE_HEADS):
            continue  # a programme's type (Policy: one place's designation) is accepted as it is
        first = ctx.token_end(m.start)
        opening = ctx.text[m.start:first] if first > m.start else ""
        if not opening or (lexicon_type_of(ctx.lexicon, opening) or ("",))[0] != "Place" \
                or first >= m.end - 2:
            continue
        out.append(Mention("Place", m.text, m.start, m.end, "zone:place", canonical=m.canonical,
                           confidence=m.confidence))
        # the place the zone lies in stays a place of the text (a lexicon name inside a longer place is
        # otherwise read as its modifier)
        out.append(Mention("Place", opening, m.start, first, "zone:place-of",
                           canonical=lexicon_type_of(ctx.lexicon, opening)[1], confidence=0.95))
        if (second := _joined_place(ctx, first, m.end - 2)) is not None:
            out.append(second)  # 通州区与北三县一体化高质量发展示范区: the zone lies in both places
    return out


def _opening_zone(ctx: Context, m: Mention) -> Mention | None:
    """实施自贸试验区提升战略, 优化自贸试验区布局范围和管理机制: a programme's or goal's name that opens with a designated
    zone of the place lexicon (a name ending in a zone's head) names the zone too (ANNOTATION.md rule 2: the
    speaker's own 自贸试验区 is an entity); the lexicon scan reads only the longest name at a position, and jieba
    holds the lexicon's strategy as one word, so no word edge marks the zone's end."""
    from kg.extract.names import lexicon_matcher

    if m.type not in ("Strategy", "Policy") or ctx.text[m.start:m.end] != m.text:
        return None
    matcher = lexicon_matcher(ctx.lexicon)
    heads = tuple(ctx.lexicon.get("zone_heads"))
    for n in range(min(len(m.text) - 2, 12), 2, -1):
        payload = matcher.payload.get(m.text[:n])
        if payload and payload[0] == "Place" and m.text[:n].endswith(heads):
            return Mention("Place", m.text[:n], m.start, m.start + n, "zone:opening-name", canonical=payload[1],
                           confidence=0.85)
    return None


def _joined_place(ctx: Context, pos: int, end: int) -> Mention | None:
    """The lexicon place joined to a zone's opening place by 与 or 和 (通州区与 | 北三县…示范区), if one is."""
    from kg.extract.names import lexicon_type_of

    if ctx.text[pos:pos + 1] not in ("与", "和"):
        return None
    e = ctx.token_end(pos + 1)
    known = lexicon_type_of(ctx.lexicon, ctx.text[pos + 1:e]) if pos + 1 < e < end else None
    if not known or known[0] != "Place":
        return None
    return Mention("Place", ctx.text[pos + 1:e], pos + 1, e, "zone:place-of", canonical=known[1], confidence=0.95)
