"""Zones that a list of places shares: 建设贵阳、遵义国家物流枢纽 names two hubs, 贵阳国家物流枢纽 and
遵义国家物流枢纽 (ANNOTATION.md: shared heads; one designated zone is an entity of its own).

The last place of the list carries the zone's name (遵义国家物流枢纽, found by the other rules); each place
before it gets the same name after its own (its canonical name, on the place's span) and lies in the place.
The zone's name must end in a head of zone_heads.txt (枢纽, 示范区, 试验区, 片区 …).
"""
from __future__ import annotations

from kg.extract.context import Context
from kg.model import Evidence, Mention

_ZONE_TYPES = ("Place", "Policy", "Strategy")


def find_shared_zone_heads(ctx: Context, mentions: list[Mention]
                           ) -> tuple[list[Mention], list[tuple[Mention, Mention, Evidence]]]:
    """New zone mentions for the places a zone's name is shared with, and (zone, place, evidence) pairs."""
    text = ctx.text
    heads = tuple(ctx.lexicon.get("zone_heads"))
    places_at_end = {m.end: m for m in mentions if m.type == "Place"}
    places_at_start = {m.start: m for m in mentions if m.type == "Place"}
    out: list[Mention] = []
    pairs: list[tuple[Mention, Mention, Evidence]] = []
    for z in mentions:
        if z.type not in _ZONE_TYPES or not z.text.endswith(heads) or z.rule == "zone:shared-head":
            continue
        last = places_at_start.get(z.start)
        if last is None or last.end > z.end - 2 or text[z.start - 1:z.start] not in ("、", "和"):
            continue
        rest = text[last.end:z.end]
        listed, pos = [], z.start - 1
        while text[pos:pos + 1] in ("、", "和") and pos in places_at_end:
            p = places_at_end[pos]
            if p.text.endswith(heads) or len(p.text) > 6:
                break  # 漳州国家骨干冷链物流基地、平潭…枢纽: a zone of its own, not a place sharing one
            listed.append(p)
            pos = p.start - 1
        if not listed:
            continue
        s, e = ctx.sentence_bounds(z.start)
        ev = Evidence(s, e, text[s:e], "zone:shared-head", 0.8)
        pairs.append((z, last, ev))
        for p in listed:
            # a Place, whatever the last zone's rule typed it: a designated zone is a place first (ANNOTATION.md:
            # designations are Place|Policy|Strategy, named sites Place|Policy|Organization)
            zone = Mention("Place", p.text, p.start, p.end, "zone:shared-head", canonical=p.name + rest,
                           confidence=0.8)
            out.append(zone)
            pairs.append((zone, p, ev))
    return out, pairs
