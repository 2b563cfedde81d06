"""Mentions → entities: drop what the genre marks generic, settle overlaps, merge spellings.

- A mention crossing a longer one of higher confidence is dropped; a mention nested inside a longer
  one is kept (党的二十大 inside 党的二十大报告 is a mention of both).
- Two mentions of one span keep the surer type.
- Mentions meet on a key: the rule's own (numbered meetings, relative bodies) or the normalised
  canonical name; lexicon aliases and parts of compound meetings point to their whole.
"""
from __future__ import annotations

import bisect
from collections import defaultdict

from kg.extract.context import Context
from kg.model import Entity, Mention, normalise_key

#: When two rules give one span different types, the earlier type here wins.
TYPE_PRIORITY = ("Meeting", "Document", "Person", "Organization", "Place", "Industry", "Policy",
                 "Strategy", "Concept")


def mention_key(m: Mention) -> str:
    """The identity a mention meets others on. A strategy is one whether or not the text adds
    战略 or 建设 (乡村振兴 = 乡村振兴战略, 平安广东 = 平安广东建设), a policy whether or not it adds 政策,
    as the genre writes them both ways."""
    if m.key:
        return m.key
    name = normalise_key(m.name)
    tails = {"Strategy": ("战略", "建设"), "Policy": ("政策",)}.get(m.type, ())
    for tail in tails:  # “两新”政策 = 两新, 援企稳岗政策 = 援企稳岗
        if name.endswith(tail) and len(name) - len(tail) >= 2:
            name = name[: -len(tail)]
            break
    return f"{m.type.lower()}|{name}"


def settle(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    generic = ctx.lexicon.set("generic")
    kept = [m for m in mentions if m.text and normalise_key(m.name) not in generic and len(normalise_key(m.name)) >= 2
            or m.type == "Person"]
    kept = [m for m in kept if normalise_key(m.name) not in generic]
    # one span, one type: the surest (then by type priority)
    by_span: dict[tuple[int, int], Mention] = {}
    for m in kept:
        cur = by_span.get((m.start, m.end))
        if cur is None or _rank(m) > _rank(cur):
            by_span[(m.start, m.end)] = m
    spans = sorted(by_span.values(), key=lambda m: (m.start, -(m.end - m.start)))
    window = max((m.end - m.start for m in spans), default=0)
    # crossing spans: keep the longer / surer one (only mentions starting within one span length can cross)
    result: list[Mention] = []
    starts: list[int] = []
    for m in spans:
        lo = bisect.bisect_left(starts, m.start - window)
        hi = bisect.bisect_left(starts, m.end)
        clash = [r for r in result[lo:hi] if r.start < m.end and m.start < r.end
                 and not (r.start <= m.start and m.end <= r.end) and not (m.start <= r.start and r.end <= m.end)]
        if clash and not all(_strength(m) > _strength(r) for r in clash):
            continue
        for r in clash:
            i = bisect.bisect_left(starts, r.start)
            while result[i] is not r:
                i += 1
            del result[i], starts[i]
        i = bisect.bisect_right(starts, m.start)
        result.insert(i, m)
        starts.insert(i, m.start)
    result = [m for m in result if not _redundant_nested(m, result, starts, window)]
    # shared-head mentions (several names on one span) were collapsed above: restore them
    in_result = {id(r) for r in result}
    shared_spans = {(r.start, r.end) for r in result if r.rule.endswith("shared-head")}
    # a body that shares a work conference's head is both the body and its meeting (中央 of 中央、省委经济工作会议)
    body_spans = {(r.start, r.end) for r in result if r.type == "Organization"}
    extra = [m for m in kept if m.rule.endswith("shared-head") and id(m) not in in_result
             and ((m.start, m.end) in shared_spans
                  or m.rule == "meeting:work-conference-shared-head" and (m.start, m.end) in body_spans)]
    return sorted(result + extra, key=lambda m: (m.start, m.end, m.type, m.name))


def _redundant_nested(m: Mention, mentions: list[Mention], starts: list[int], window: int) -> bool:
    """Nested mentions that are modifiers of the longer name, not references of their own.

    - a lexicon name inside a longer name of its own type (郑州 in 郑州都市圈);
    - a lexicon industry or body inside a longer name of another type (中央 in 中央经济工作会议,
      现代农业 in 国家现代农业产业园);
    - a head-closed policy/strategy inside a longer policy/strategy (腐败问题集中整治 in
      群众身边不正之风和腐败问题集中整治);
    - a head-word name that ends where a longer name of its type ends (贸易交易会 in 中国国际服务贸易交易会).
    """
    lo = bisect.bisect_left(starts, m.start - window)
    hi = bisect.bisect_right(starts, m.start)
    # a package of measures names what it is for (推动人工智能产业发展…10条措施): the sector inside is meant too
    outer = [o for o in mentions[lo:hi] if o is not m and o.start <= m.start and m.end <= o.end
             and (o.end - o.start) > (m.end - m.start) and o.rule != "formula:article-package"]
    if not outer:
        return False
    if m.rule.startswith("lexicon:"):
        if any(o.type == m.type for o in outer):
            return True
        if m.type == "Organization" and any(o.rule == "document:body-report" and o.start == m.start for o in outer):
            return False  # 最高人民法院 of 最高人民法院工作报告: the report's author, named
        if m.type == "Organization" and any(o.type == "Document" and o.text.startswith("《") and o.start + 1 == m.start
                                            and o.text[m.end - o.start:m.end - o.start + 2] == "关于" for o in outer):
            return False  # 《中共中央关于…的意见》: the title names the body that issued it
        if m.type in ("Industry", "Organization") and any(o.type not in ("Industry", "Organization") for o in outer):
            return True
        if m.type == "Place" and any(o.type == "Person" for o in outer):
            return True  # 柏林 in 陶柏林, 米兰 in 张米兰: a person's name, not a city named
        if m.type == "Place" and any(o.rule == "enum:company" for o in outer):
            return True  # 宁德 in 宁德时代: a company's name, not a place named
        if m.type == "Place" and any(o.rule == "lexicon:document" for o in outer):
            return True  # 太平洋 in 全面与进步跨太平洋伙伴关系协定: a word of a fixed title, not a place the text means
    if m.rule.startswith("formula:quoted") and any(o.rule == "meeting:two-sessions" for o in outer):
        return True  # 市“两会”: the sessions' common name, quoted, is no formula of its own
    if m.rule == "place:feature-word":
        return True  # 武夷山 in 武夷山国家公园, 洞庭湖 in 洞庭湖生态经济区: the longer name's part
    if m.rule.startswith("formula:") and m.rule.endswith("-head"):
        return any(o.type in ("Policy", "Strategy", "Document") for o in outer)
    if m.rule == "head:place" and m.name.endswith(_FEATURE_ENDS) and any(
            o.type == "Place" and o.text[m.end - o.start:m.end - o.start + 1] == "（" for o in outer):
        return True  # 紫云山 of 紫云山（包河）文化创意产业园: a bracketed park named after a feature, where the head walk
        # read the feature alone (大别山 of 大别山革命老区, 杭州湾 of 杭州湾科技创新带 keep theirs: 10 corpus features
        # inside longer places were read, most are places the text means too)
    if m.rule.startswith("head:"):
        # 贸易交易会 in 2025年中国国际服务贸易交易会: the head walk stopped short of a name another rule read whole
        return any(o.type == m.type and o.end == m.end for o in outer)
    return False


#: One-character heads of natural features (kg/lexicons/name_heads.txt): 江, 河, 湖, 山 …
_FEATURE_ENDS = tuple("湖河江海山湾岛")


def _rank(m: Mention) -> tuple:
    return (m.confidence, -TYPE_PRIORITY.index(m.type) if m.type in TYPE_PRIORITY else -99, len(m.name))


def _strength(m: Mention) -> tuple:
    return (m.end - m.start, m.confidence)


_NOT_SPELLINGS = ("shared-head", "post-body", "standing-committee")


def to_entities(ctx: Context, mentions: list[Mention]) -> tuple[list[Entity], dict[int, str]]:
    """Group mentions into entities; return them and a map id(mention) → entity key."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        k = mention_key(m)
        k = ctx.alias_keys.get(k, ctx.alias_keys.get(m.key or "", k))
        groups[k].append(m)
    _join_spellings_of_keyed_names(groups)
    entities, key_of = [], {}
    for k, ms in groups.items():
        ms.sort(key=lambda m: (m.start, m.end))
        label = _choose_label(ms)
        # spans that stand for a name without spelling it are no aliases: an elided name's (市人民政府 of
        # …、市人民政府、…工作报告), a post's (省长 for the provincial government), 人大及其常委会's (及其常委会)
        aliases = sorted({m.text for m in ms if not m.rule.endswith(_NOT_SPELLINGS)} | {m.name for m in ms} - {label})
        etype = _choose_type(ms)
        entities.append(Entity(key=k, type=etype, label=label, aliases=tuple(a for a in aliases if a != label),
                               mentions=tuple(ms)))
        for m in ms:
            key_of[id(m)] = k
    entities.sort(key=lambda e: (e.type, e.key))
    return entities, key_of


def _join_spellings_of_keyed_names(groups: dict[str, list[Mention]]) -> None:
    """A name one rule keys (兰州市中级人民法院工作报告, the report its body issued) and another reads by its
    spelling alone (《兰州市中级人民法院工作报告》) is one entity: the spelled group joins the keyed one, when exactly one
    keyed group of that type has that name."""
    keyed: dict[tuple[str, str], set[str]] = defaultdict(set)
    unkeyed = []
    for k, ms in groups.items():
        if any(m.key for m in ms):
            for etype, name in {(m.type, m.name) for m in ms}:
                keyed[(etype, normalise_key(name))].add(k)
        else:
            unkeyed.append(k)
    if not keyed:
        return
    for k in unkeyed:
        names = {(m.type, m.name) for m in groups[k]}
        targets = {t for etype, name in names for t in keyed.get((etype, normalise_key(name)), ())} - {k}
        if len(targets) == 1:
            groups[targets.pop()].extend(groups.pop(k))


def _choose_label(ms: list[Mention]) -> str:
    """The canonical a rule gave, else the most frequent text (longest on ties), without quotes. A meeting held as
    two (A暨B) is named whole however often a part is named alone (市委经济工作会议 of 市委七届八次全会暨…)."""
    canon = [m.canonical for m in ms if m.canonical and m.rule == "meeting:compound"] \
        or [m.canonical for m in ms if m.canonical]
    if canon:
        counts = defaultdict(int)
        for c in canon:
            counts[c] += 1
        return max(counts, key=lambda c: (counts[c], len(c), c))
    counts = defaultdict(int)
    for m in ms:
        counts[m.text] += 1
    return max(counts, key=lambda c: (counts[c], len(c), c))


def _choose_type(ms: list[Mention]) -> str:
    counts = defaultdict(float)
    for m in ms:
        counts[m.type] += m.confidence
    return max(counts, key=lambda t: (counts[t], -TYPE_PRIORITY.index(t) if t in TYPE_PRIORITY else -99))
