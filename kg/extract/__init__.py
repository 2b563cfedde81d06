"""The extractor: Document → Extraction (entities with mentions, relations, indicators).

Rule families live one per module (meetings, organizations, persons, places, formulas, industries,
documents, indicators, relations); this module runs them in order, settles their mentions into
entities and reads relations. Knowledge (names, heads, verbs, units) comes from the lexicon files.
"""
from __future__ import annotations

import bisect
import re

from kg.extract.abbreviations import find_spelled_out
from kg.extract.context import Context
from kg.extract.counted import find_counted_lists
from kg.extract.designations import find_designations
from kg.extract.documents import byline_bodies, find_documents
from kg.extract.formulas import find_formulas
from kg.extract.heads import cut_admission_clauses, find_head_names, trim_clause_openers, trim_ordinals
from kg.extract.indicators import find_indicators
from kg.extract.industries import (
    drop_named_sites,
    drop_roles,
    find_base_sectors,
    find_developed_lists,
    find_enumerations,
    find_measured_lists,
    institutions_not_sectors,
    trim_serving,
    widen_list_items,
)
from kg.extract.learned import Tagger, default_tagger, learned_mentions
from kg.extract.meetings import find_meetings
from kg.extract.names import (
    MUNICIPALITIES,
    find_lexicon_names,
    find_listed_stems,
    lexicon_matcher,
    lexicon_type_of,
    province_names,
)
from kg.extract.organizations import (
    drop_level_classes,
    find_organizations,
    inspection_teams,
    listed_departments,
    party_groups,
    place_name,
    qualify_body,
)
from kg.extract.persons import find_persons
from kg.extract.places import find_places, find_short_forms_named_whole
from kg.extract.punctuation import read_as_written, restore_input
from kg.extract.relations import read_relations
from kg.extract.resolve import mention_key, settle, to_entities
from kg.extract.thoughts import find_named_thoughts, find_spirits
from kg.extract.zones import find_shared_zone_heads, zones_as_places
from kg.lexicon import Lexicon, load_lexicon
from kg.model import Document, Evidence, Extraction, Mention, Relation


def document_place(doc: Document, lexicon: Lexicon) -> tuple[str | None, str | None]:
    """The province or city a document is about, from its title or dateline (河南, 省)."""
    provinces = province_names(lexicon)
    for source in (doc.meta.title, doc.meta.venue, doc.meta.speaker_role):
        if not source:
            continue
        matches = list(lexicon_matcher(lexicon).finditer(source))
        for k, (_s, e, surface, (etype, canonical)) in enumerate(matches):
            if etype == "Place" and canonical in provinces:
                return canonical, _province_level(canonical, provinces[canonical])
            if etype == "Place" and surface.endswith("市"):
                nxt = matches[k + 1] if k + 1 < len(matches) else None
                if nxt and nxt[0] == e and nxt[3][0] == "Place" and nxt[2].endswith(("区", "县")):
                    return nxt[3][1], nxt[2][-1]  # 六安市叶集区: a district's (a county's) own text, not the city's
                return canonical, "市"
            if etype == "Place" and len(surface) >= 3 and (surface.endswith("县") or _s == 0 and surface.endswith("区")):
                return canonical, surface[-1]  # 浮山县第十六届人民代表大会, 叶集区…: a county's or district's own text
            if etype == "Place" and _CITY_ACTS.match(source, e) and (city := _city_named(lexicon, canonical)):
                return city, "市"  # 温州召开市委十二届十四次全会: a headline whose city convenes its own meeting
    # a place the lexicon does not know, named as the title's or dateline's issuing level (2025年某某市政府工作报告)
    for source in (doc.meta.title, doc.meta.venue):
        if source and (m := _TITLE_PLACE.search(source)):
            return m["place"], "市" if m["level"] == "市" else "省"
    if doc.meta.title is None and (found := _body_place(doc, lexicon, provinces)) != (None, None):
        return found
    return _bodies_place(doc, lexicon, provinces)


#: What follows a province's name when it names that province's own party committee or government (四川省委, 中共
#: 四川省委, 中国共产党四川省第十二届委员会, 福建省人民政府, 广西壮族自治区党委).
_OWN_BODY_AFTER = re.compile(r"(?:省|自治区|市)?(?:委|党委|人民政府|政府|第[一二三四五六七八九十]+届委员会)")
#: The bare bodies and scope words of a text that speaks of its own province (省委十二届五次全会, 全省).
_BARE_LEVEL = re.compile(r"(?<![\u4e00-\u9fff])(?:省委|省政府|省人民政府|省政协|省人大)|[全我本]省|(?<=[，。；：\n])省委")


#: A county's or city's own bodies and scope words, bare (县委, 县人民政府, 县人大常委会, 全县, 我市).
_BARE_LOCAL = re.compile(r"(?P<lv>[县市])(?:委|政府|人民政府|人大|政协|人民法院|中级人民法院|人民检察院)|[全我本](?P<lv2>[县市])")
#: What follows a county's or city's name when it names its own bodies or congress (淅川县人民代表大会, 泗阳县委).
_LOCAL_BODY_AFTER = re.compile(r"(?:委|人民政府|政府|人大|政协|人民法院|中级人民法院|人民检察院|第[一二三四五六七八九十]+届"
                               r"|[一二三四五六七八九十]+届)")


#: What a city does in its own news headline: convenes or holds, or its bodies act (温州召开…, 宁波市委…).
_CITY_ACTS = re.compile(r"召开|举行|市委|市人民政府|市政府|市人大|市政协")


def _city_named(lexicon: Lexicon, place: str) -> str | None:
    """The place lexicon's name of a city that a short form names (温州 → 温州, written 温州市 too)."""
    from kg.extract.names import lexicon_matcher

    return place if any(payload == ("Place", place) and surface.endswith("市")
                        for _s, _e, surface, payload in lexicon_matcher(lexicon).finditer(place + "市")) else None


def _local_place(doc: Document, places: list[tuple[int, int, str, str]]) -> tuple[str | None, str | None]:
    """A county's or city's text that names itself with its bodies once (淅川县第十五届人民代表大会…) and its bodies bare
    elsewhere (县人大常委会): the county's or city's. Two named counties (or cities) name none. Prefecture-level cities
    (the place lexicon's 安庆, 荆州) are left out: a county-level city's text names them as its superiors (落实…安庆市委
    …全会精神) and its own 市委 bare."""
    text = doc.text
    covered = {i for s, e, _surface, _c in places for i in range(s, e)}
    levels = {m["lv"] or m["lv2"] for m in _BARE_LOCAL.finditer(text) if m.start() not in covered}
    if not levels:
        return None, None  # every 县委, 县政府 is a named county's (富裕县人民政府), none bare
    named: dict[str, set[str]] = {}
    for _s, e, surface, canonical in places:
        if not canonical.endswith(("县", "市")):
            continue
        level = canonical[-1]
        after = e if surface.endswith(level) else (e + 1 if text[e:e + 1] == level else -1)
        if after >= 0 and level in levels and _LOCAL_BODY_AFTER.match(text, after):
            named.setdefault(level, set()).add(canonical[:-1])
    for level in ("县", "市"):
        if len(named.get(level, ())) == 1:
            return next(iter(named[level])), level
    return None, None


def _bodies_place(doc: Document, lexicon: Lexicon, provinces: dict) -> tuple[str | None, str | None]:
    """A text that names one province's party committee or government in full and speaks of 省委 or 全省 bare is that
    province's (…中国共产党四川省第十二届委员会第五次全体会议… 省委十二届五次全会: 四川's 省委); two provinces' bodies
    (山东省委, 浙江省委) name none. A county's or city's text likewise (:func:`_local_place`)."""
    text = doc.text
    places = [(s, e, surface, canonical) for s, e, surface, (etype, canonical) in lexicon_matcher(lexicon).finditer(text)
              if etype == "Place"]  # one scan of the text for both levels
    if (local := _local_place(doc, places)) != (None, None):
        return local
    if not _BARE_LEVEL.search(text):
        return None, None
    named = set()
    for _s, e, _surface, canonical in places:
        if canonical in provinces and _OWN_BODY_AFTER.match(text, e):
            named.add(canonical)
            if len(named) > 1:
                return None, None
    if len(named) != 1:
        return None, None
    name = named.pop()
    return name, _province_level(name, provinces[name])


#: How a text speaks of its own province, municipality or region (全省, 我市, 全区).
_OWN_LEVEL = re.compile(r"[全我本](省|市|区)")


def _body_place(doc: Document, lexicon: Lexicon, provinces: dict) -> tuple[str | None, str | None]:
    """An untitled excerpt's own province: it speaks of 全省/我省 (全市 for the four municipalities, 全区 for
    the autonomous regions) and names one province of that level at least three times, twice as often as any
    other (云南 in a Yunnan report's review, not 上海 of its 沪滇 cooperation)."""
    body = doc.text[doc.body_start:]
    levels = {m.group(1) for m in _OWN_LEVEL.finditer(body)}
    counts: dict[str, int] = {}
    for _s, _e, _surface, (etype, canonical) in lexicon_matcher(lexicon).finditer(body):
        if etype == "Place" and canonical in provinces:
            counts[canonical] = counts.get(canonical, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None, None
    name = ranked[0][0]
    level = _province_level(name, provinces[name])
    return (name, level) if level[0] in levels or level == "自治区" and "区" in levels else (None, None)


def _province_level(name: str, aliases: tuple[str, ...]) -> str:
    """市 for the four municipalities, 自治区 for the autonomous regions (内蒙古自治区人民政府, never 内蒙古省…)."""
    if name in MUNICIPALITIES:
        return "市"
    return "自治区" if any(a.endswith("自治区") for a in aliases) else "省"


_TITLE_PLACE = re.compile(r"(?:\d{4}年)?(?P<place>[\u4e00-\u9fff]{2,6}?)(?P<level>省|市|自治区)"
                          r"(?:人民政府|政府工作报告|第[一二三四五六七八九十]+届人民代表大会)")


#: ``extract(tagger=SHIPPED)``: the model shipped in kg/models, when python-crfsuite is installed.
SHIPPED = "shipped"


def extract(doc: Document, *, lexicon: Lexicon | None = None, tagger: Tagger | str | None = SHIPPED) -> Extraction:
    """Read a document's entities, relations and indicators. ``tagger`` adds the learned tagger's names where
    no rule mention is (kg/extract/learned.py): the shipped model by default, ``None`` for the rules alone.
    Half-width marks beside Chinese are read as their full-width forms, and lines wrapped inside a paragraph as
    one line (kg/extract/punctuation.py); every span still cites the input."""
    if (written := read_as_written(doc)) is not None:
        read, offsets = written
        return restore_input(_extract(read, lexicon=lexicon, tagger=tagger), doc, offsets)
    return _extract(doc, lexicon=lexicon, tagger=tagger)


def _extract(doc: Document, *, lexicon: Lexicon | None, tagger: Tagger | str | None) -> Extraction:
    lex = lexicon or load_lexicon()
    ctx = Context(doc, lex)
    ctx.place, ctx.place_level = document_place(doc, lex)

    lexicon_names = find_lexicon_names(ctx) + find_listed_stems(ctx)  # 深化零基预算、国资国企改革
    orgs = find_organizations(ctx) + [m for m in lexicon_names if m.type == "Organization"]
    orgs += party_groups(ctx, orgs) + inspection_teams(ctx, orgs) + listed_departments(ctx, orgs)
    meetings = find_meetings(ctx, orgs) + [m for m in lexicon_names if m.type == "Meeting"]
    enum_mentions, category_pairs = find_enumerations(ctx)
    spelled, spelled_pairs = find_spelled_out(ctx)  # 批零住餐业 = 批发业、零售业、住宿业、餐饮业
    enum_mentions, category_pairs = enum_mentions + spelled, category_pairs + spelled_pairs
    counted, counted_pairs = find_counted_lists(ctx)  # 城市生命线、全域水患治理、城乡安居三大工程
    enum_mentions += counted
    orgs_all = orgs + [m for m in enum_mentions if m.type == "Organization"]
    documents, issued_pairs = find_documents(ctx, orgs_all, meetings)
    persons = find_persons(ctx)
    mentions = (lexicon_names + orgs + meetings + enum_mentions + documents + persons
                + find_places(ctx) + find_formulas(ctx) + find_head_names(ctx) + find_designations(ctx)
                + find_base_sectors(ctx)  # 大健康产业基地: the sector a base is named for
                + find_named_thoughts(ctx) + find_spirits(ctx)
                + find_short_forms_named_whole(ctx, lexicon_names))  # 龙游县 … 龙游: the stem of a county named whole
    mentions += zones_as_places(ctx, mentions)  # 大连国家物流枢纽: a zone, whatever the programme rules typed it
    mentions = trim_clause_openers(ctx, mentions)  # 提请 | 大会, 申办 | 第三届中非农业合作论坛
    mentions = trim_ordinals(ctx, mentions)  # 新一轮 | 乡村建设行动, 全国首个 | 交通强国省域示范区
    mentions = cut_admission_clauses(ctx, mentions)  # 上山遗址获评 | 国家考古遗址公园
    mentions = drop_level_classes(ctx, mentions)  # 县级中医院, 省外高水平大学: classes of institutions
    mentions = trim_serving(ctx, drop_roles(ctx, mentions))  # 把文化旅游业打造成为 | 支柱产业: a role; 服务 | 实体经济
    mentions = drop_named_sites(ctx, mentions)  # 沈阳化工新材料、盘锦精细化工 | 2个平台: sites, no sectors
    mentions = institutions_not_sectors(mentions)  # …适配中心、…创新中心等产业创新平台: institutions
    # the places inside a relative body's name are the document's own place
    settled = _titles_cited_by_kind(_own_generic_titles(ctx, settle(ctx, widen_list_items(ctx, mentions))))
    present = {(m.start, m.end, m.type, m.name, m.rule) for m in settled}  # a set: linear on long texts
    for _, d, _ in issued_pairs:
        if d.rule.endswith("shared-head") and (d.start, d.end, d.type, d.name, d.rule) not in present:
            present.add((d.start, d.end, d.type, d.name, d.rule))
            settled.append(d)
    settled += learned_mentions(ctx, settled, default_tagger() if tagger == SHIPPED else tagger)
    settled += find_developed_lists(ctx, settled)  # 大力发展高端合金、高性能纤维及复合材料
    measured, replaced = find_measured_lists(ctx, settled)  # 绿色铝、硅光伏、新能源电池合计产值…
    settled = [m for m in settled if id(m) not in replaced] + measured
    zones, zone_pairs = find_shared_zone_heads(ctx, settled)  # 贵阳、遵义国家物流枢纽: 贵阳's hub too
    settled += zones
    settled = _one_type_per_name(_outside_titles(_modifiers_not_sectors(ctx, _past_definitions(ctx, settled))))
    short = {(m.start, m.end) for m in settled if m.rule == "document:short-name"}
    # “制造业当家22条”, given as a title's short name, is that document wherever it stands, no programme of its own
    settled = [m for m in settled if m.type == "Document" or (m.start, m.end) not in short
               and (m.start + 1, m.end - 1) not in short]
    entities, key_of = to_entities(ctx, settled)
    types = {e.key: e.type for e in entities}
    known = set(types)

    main_meeting = _main_meeting(ctx, settled, key_of)
    issuer = _issuer(ctx, entities)
    reporter = _reporter(ctx, settled, key_of)

    # a rule's mention may have lost its span to another rule's mention of the same name: follow the span
    span_key = {(m.start, m.end, m.type): key_of[id(m)] for m in settled
                if id(m) in key_of and m.rule != "zone:shared-head"}

    def key(m: Mention) -> str:
        return span_key.get((m.start, m.end, m.type), mention_key(m))

    extra: list[tuple[str, str, str, Evidence]] = []
    for member, category, ev in category_pairs:
        extra.append((key(member), "inCategory", key(category), ev))
    for subj, pred, obj, ev in counted_pairs:
        extra.append((key(subj), pred, key(obj), ev))
    for zone, place, ev in zone_pairs:
        extra.append((mention_key(zone), "locatedIn", mention_key(place), ev))  # two names on one span
    for body, d, ev in issued_pairs:
        extra.append((key(body), "issued", key(d), ev))
        if mention_key(body) not in known and (body.rule == "document:gov-report-issuer"
                                               or ev.rule == "document:titled-issuer"):  # 《中共中央、国务院关于…》
            settled.append(body)
    extra += _posts(ctx, settled, key_of)
    extra += _header_relations(ctx, settled, key_of, main_meeting)

    entities, key_of = to_entities(ctx, sorted(settled, key=lambda m: (m.start, m.end, m.type, m.name)))
    types = {e.key: e.type for e in entities}
    triples = read_relations(ctx, settled, key_of, types, main_meeting=main_meeting, issuer=issuer, extra=extra,
                             reporter=reporter)
    cat_keys = {o for _, p, o, _ in triples if p == "inCategory"}
    from dataclasses import replace

    entities = [replace(e, category=e.label) if e.key in cat_keys else e for e in entities]
    keyset = {e.key for e in entities}
    relations, seen = [], set()
    for s, p, o, ev in triples:
        if s in keyset and o in keyset and s != o and (s, p, o) not in seen:
            seen.add((s, p, o))
            relations.append(Relation(s, p, o, ev))
    indicators = find_indicators(ctx)
    return Extraction(doc, tuple(entities), tuple(relations), tuple(indicators))


def _past_definitions(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """A report's notes define their terms (“五统一、一开放”：指统一市场基础制度…, 第一个“4”是指旅游业…): 指 opens the
    definition, no name's first character."""
    from dataclasses import replace

    text, out = ctx.text, []
    for m in mentions:
        if m.text.startswith("指") and len(m.text) > 3 and text[max(0, m.start - 3):m.start].rstrip().endswith(("：", "是")):
            canonical = m.canonical[1:] if m.canonical and m.canonical.startswith("指") else m.canonical
            m = replace(m, start=m.start + 1, text=m.text[1:], canonical=canonical)
        out.append(m)
    return out


#: What stands before 新模式 when it names new business models beside new formats (新业态新模式, 新业态、新模式,
#: 新业态新场景新模式) or a list's category (即时零售等新模式).
_FORMATS_BEFORE = ("新业态", "新业态、", "新场景", "等")


#: A sector's two-character short form (文旅, 电商) stands alone before these: a process of the sector (文旅融合,
#: 电商消费), its industry (文旅产业), or the clause's next word; before any other noun it modifies it (文旅资源,
#: 文旅强县, 文旅市场, 电商企业).
_SHORT_SECTOR_NEXT = re.compile(r"[^\u4e00-\u9fff]|[、等和与及的在是为]|融合|深度|消费|产业|业|经济|发展|商体|体育|加快|持续|蓬勃|"
                                r"高质量|数字化|数智化|提质|转型|出海|体商")


def _modifiers_not_sectors(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """新模式 is a sector word only beside 新业态 or as a list's category; after a field (人才培养新模式, 源网荷储一体化
    新模式, 离境退税一点通办新模式) it is that field's new way of working, no industry (6 of 21 corpus mentions).
    A sector's short form modifying the noun after it (文旅资源, 农文旅康养) names no sector either (issue 11,
    item 3: a lexicon term used as a modifier inside a longer noun phrase is not emitted on its own), nor does a
    sector the country opens (国家新兴产业 | 发展示范基地, 国家绿色化工 | 和新材料制造业中试平台): the words of a
    national designation's or a body's name; a national cluster (国家先进制造业集群) is one."""
    text = ctx.text
    company_ends = {m.end for m in mentions if m.type == "Organization" and m.rule == "lexicon:organization"}
    return [m for m in mentions if not (m.type == "Industry" and m.start in company_ends
                                        and _COMPANY_PROJECT_AFTER.match(text, m.end))  # 中海油 | 新材料等项目
            and not (m.type == "Industry" and m.text == "新模式"
                                        and not text.endswith(_FORMATS_BEFORE, 0, m.start))
            and not (m.type == "Industry" and m.text in ("文旅", "电商") and m.end < len(text)
                     and (not _SHORT_SECTOR_NEXT.match(text, m.end) or text[m.start - 1:m.start] in "农商"))
            and not (m.type == "Industry" and m.rule == "head:industry" and m.text.startswith("国家")
                     and not m.text.endswith(("集群", "产业链")))
            and not (m.type == "Industry" and m.rule == "lexicon:industry" and text.startswith(_MODIFIED_NOUNS, m.end))]


#: Nouns a sector's word modifies (汽车 | 芯片, 工业 | 软件, 风电 | 整机, 入境旅游 | 航线, 农业 | 形象品牌, 农业 | 领域中试
#: 基地): a product, a line or a field of the sector, no mention of the sector itself (issue 11, item 3).
_MODIFIED_NOUNS = ("芯片", "软件", "整机", "航线", "专用车", "设计", "材料", "形象", "品牌", "股权", "大县", "大省", "大市",
                   "科技人员", "技术人员")  # 农业大县、工业大县: what a place was; 与农业科技人员交流: the people


#: After a company's name, a sector word followed by these names the company's project (中海油新材料等项目,
#: 中石化催化剂、…), not the sector.
_COMPANY_PROJECT_AFTER = re.compile(r"(?:[一二三四五六七八九十]期|项目|基地|等|、)")


#: Types whose names a document's title holds as its subject (重庆市公平竞争审查条例, 高质量充分就业促进条例).
_TITLE_SUBJECTS = frozenset({"Policy", "Strategy", "Concept", "Industry"})


def _outside_titles(mentions: list[Mention]) -> list[Mention]:
    """A programme, strategy, concept or sector read inside a document's title is the title's subject, no mention of
    its own (ANNOTATION.md rule 9: a name used only inside a longer name is optional; the gold lists none of the
    dev set's): the title is the name there. So is a sector read inside a body's or a site's name, or inside a
    quoted name (“放心消费在浙江”品牌: no sector 放心消费). A plan's period (“十五五” in …第十五个五年规划) is the plan itself."""
    def spans_of(types: tuple[str, ...]) -> tuple[list[tuple[int, int]], list[int]]:
        spans = sorted((m.start, m.end) for m in mentions if m.type in types)
        return spans, [a for a, _ in spans]

    def inside(m: Mention, spans: list[tuple[int, int]], starts: list[int]) -> bool:
        i = bisect.bisect_right(starts, m.start)
        return any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in spans[max(0, i - 8):i])

    titles, t_starts = spans_of(("Document",))
    sites, s_starts = spans_of(("Place", "Organization"))
    quoted = sorted((m.start, m.end) for m in mentions if m.rule.startswith("formula:quoted") and m.type != "Industry")
    q_starts = [a for a, _ in quoted]
    return [m for m in mentions
            if not (m.type in _TITLE_SUBJECTS and m.rule != "formula:plan-period" and inside(m, titles, t_starts))
            and not (m.type == "Industry" and m.rule.startswith("lexicon:") and inside(m, sites, s_starts))
            and not (m.type == "Industry" and m.rule.startswith(("lexicon:", "head:")) and inside(m, quoted, q_starts))]


#: Rules that type a bare quote by the words around it (实施“…” is a policy, 坚持“…” a concept): a guess.
_CONTEXT_TYPED = frozenset({"formula:quoted", "formula:quoted-subject"})


def _one_type_per_name(mentions: list[Mention]) -> list[Mention]:
    """One name, one type (ANNOTATION.md rule 9): where a text names a thing once by a bare quote typed by its
    context (“诚信安徽” after 推进: Policy) and once by a rule that reads its form (诚信安徽 as a place's slogan:
    Strategy), the quote takes the form's type, so the text has one node for it, not two."""
    from dataclasses import replace

    typed: dict[str, dict[str, int]] = {}
    guessed: dict[str, dict[str, tuple[int, int]]] = {}  # name → type → (mentions, -first offset)
    for m in mentions:
        if m.key is not None:
            continue
        name = mention_key(m).split("|", 1)[1]
        if m.rule not in _CONTEXT_TYPED:
            counts = typed.setdefault(name, {})
            counts[m.type] = counts.get(m.type, 0) + 1
        else:
            n, first = guessed.setdefault(name, {}).get(m.type, (0, -m.start))
            guessed[name][m.type] = (n + 1, max(first, -m.start))
    out = []
    for m in mentions:
        if m.key is None and m.rule in _CONTEXT_TYPED:
            name = mention_key(m).split("|", 1)[1]
            if (counts := typed.get(name)) and m.type not in counts:
                m = replace(m, type=max(counts, key=lambda t: (counts[t], t)))
            elif not counts and len(guesses := guessed[name]) > 1:
                m = replace(m, type=max(guesses, key=lambda t: guesses[t]))  # the most read, else the first read
        out.append(m)
    return out


#: Titles every text of the genre uses for its own kind: read in a text whose place is known, they name that
#: place's document (five provinces' 政府工作报告 are five nodes, not one).
_GENERIC_TITLES = ("政府工作报告",)


def _own_generic_titles(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """A bare 政府工作报告 in Anhui's report is Anhui's report: the node of the title's own report when the
    text has one (2026年安徽省政府工作报告), else the place's (安徽省政府工作报告)."""
    if not ctx.place:
        return mentions
    from dataclasses import replace

    own_name = f"{place_name(ctx, ctx.place, ctx.place_level or '')}政府工作报告"
    own = next((m for m in mentions if m.type == "Document"
                and m.name.strip("《》").replace("人民政府", "政府").endswith(own_name)), None)  # not 关于…报告的决议
    out = []
    for m in mentions:
        if m.type == "Document" and m.name.strip("《》") in _GENERIC_TITLES:
            if own is not None:
                m = replace(m, canonical=own.canonical or own.name, key=mention_key(own))
            else:
                m = replace(m, canonical=own_name, key=f"document|{own_name}")
        out.append(m)
    return out


#: A title cited by its kind alone once the text has named it whole (全会审议通过了《中共某县县委关于…的决议（草案）》…
#: 就《决议》作了起草说明; 《决定(讨论稿)》).
_KIND_ONLY_TITLE = re.compile(r"^《?(?P<kind>决定|决议|意见|方案|建议|规划|纲要|条例|报告)(?:[（(][^）)]{2,6}[）)])?》?$")
_DRAFT_MARK = re.compile(r"[（(](?:草案|讨论稿|征求意见稿|送审稿)[）)]$")


def _titles_cited_by_kind(mentions: list[Mention]) -> list[Mention]:
    """《决议》 after 《中共澧县县委关于…的决议（草案）》: one document, the one title of that kind the text names whole."""
    from dataclasses import replace

    docs = [m for m in mentions if m.type == "Document"]
    out = []
    for m in mentions:
        k = _KIND_ONLY_TITLE.match(m.name) if m.type == "Document" else None
        if k is not None:
            whole = {mention_key(d): d for d in docs if d is not m and len(d.name) > len(m.name) + 4
                     and _DRAFT_MARK.sub("", d.name.strip("《》")).endswith(k["kind"])}
            if len(whole) == 1:
                d = next(iter(whole.values()))
                m = replace(m, canonical=d.canonical or d.name, key=mention_key(d))
        out.append(m)
    return out


#: What a news text says of the meeting it opens with: where and that it was held, opened or closed.
_HELD_AFTER = re.compile(r"(?:\d{1,2}月\d{1,2}日(?:(?:上午|下午)?至(?:\d{1,2}月)?\d{1,2}日)?|[昨今]天|[昨今]日)?(?:上午|下午|晚上?)?"
                         r"(?:在|于|隆重|胜利|闭幕|开幕|召开|举行)")  # 7月25日至7月27日上午在广州召开: the days it sat


def _main_meeting(ctx: Context, mentions: list[Mention], key_of: dict[int, str]) -> str | None:
    """The meeting a text is about or was delivered at: in its title, else its dateline, else its first line."""
    doc = ctx.doc
    first_line_end = doc.text.find("\n", doc.body_start)
    first_line_end = len(doc.text) if first_line_end < 0 else first_line_end
    candidates = [m for m in mentions if m.type == "Meeting" and m.start < first_line_end + 200
                  and m.start >= doc.body_start]
    if doc.meta.title:
        t0 = doc.text.find(doc.meta.title, doc.body_start)
        in_title = [m for m in candidates if t0 <= m.start and m.end <= t0 + len(doc.meta.title)]
        if in_title:
            return key_of.get(id(max(in_title, key=lambda m: m.end - m.start)))
    if doc.meta.venue:
        v0, v1 = _venue_span(doc)
        in_venue = [m for m in candidates if v0 <= m.start < v1]
        if in_venue and doc.meta.genre != "government work report":
            return key_of.get(id(in_venue[0]))
        if in_venue:
            return None
    # a short first line is a title the header reader did not take; a long one is body text, whose first
    # meeting is usually an earlier one carried out, not the one the text is about
    opening = [m for m in candidates if m.start == doc.body_start and _HELD_AFTER.match(doc.text, m.end)]
    if opening:  # 十四届全国人大二次会议在京闭幕…: a news text that opens with its meeting, whatever its first line's length
        return key_of.get(id(max(opening, key=lambda m: m.end - m.start)))
    if (lead := _news_lead_meeting(ctx, mentions)) is not None:
        return key_of.get(id(lead))
    if first_line_end - doc.body_start > 60 or doc.text[first_line_end - 1:first_line_end] in ("。", "！", "？"):
        return None
    first = [m for m in candidates if m.end <= first_line_end]
    return key_of.get(id(first[0])) if first else None


#: A news item's lead: its date (1月13日, 9月25日上午), then within the sentence the meeting it reports.
#: A wire lead: the outlet's 讯 and its byline in brackets (南方网讯(全媒体记者/某某 通讯员/某某)).
_WIRE_LEAD = re.compile(r"[^，。；\n]{2,12}讯\s*[（(][^（）()\n]{0,40}[）)]\s*")
_LEAD_DATE = re.compile(r"(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上?)?")  # 10日下午: the month is the dateline's
_CONVENED_BEFORE = re.compile(r"(?:召开|举行)了?$")


def _news_lead_meeting(ctx: Context, mentions: list[Mention]) -> Mention | None:
    """The meeting a news item reports, from its lead sentence (1月13日，市委经济工作会议在…召开; 9月25日上午，市长某某
    主持召开市政府常务会议, 2月9日下午，县委书记某某在全县经济工作会议上指出): among the body's first three sentences,
    the first that opens with a date (past a byline) and names a meeting held, convened or spoken at right there, or
    opens its clause with the meeting (3月25日下午，…第四次会议完成各项议程)."""
    doc, text = ctx.doc, ctx.text
    for sent in [s for s in doc.sentences if s.start >= doc.body_start][:3]:
        if (wire := _WIRE_LEAD.match(text, sent.start)) is not None:  # 南方网讯(记者/某某)省…第三十四次会议…在广州召开
            held = [m for m in mentions if m.type == "Meeting" and m.start == wire.end() and _HELD_AFTER.match(text, m.end)]
            if held:
                return max(held, key=lambda m: m.end)
        date = _LEAD_DATE.search(text, sent.start, min(sent.end, sent.start + 30))
        if date is None:
            continue
        for m in sorted((m for m in mentions if m.type == "Meeting" and date.end() <= m.start and m.end <= sent.end),
                        key=lambda m: (m.start, -m.end)):
            if _HELD_AFTER.match(text, m.end) or _CONVENED_BEFORE.search(text, max(sent.start, m.start - 4), m.start) \
                    or text[date.end():m.start] in ("，", ",") \
                    or text[m.start - 1:m.start] == "在" and text.startswith("上", m.end):  # 某某在…会议上指出
                return m
        return None
    return None


def _issuer(ctx: Context, entities) -> str | None:
    """The body a report speaks for (我代表省人民政府 …): the government of the document's place."""
    if ctx.doc.meta.genre == "government work report" and ctx.place:
        canonical, key = qualify_body(ctx, ctx.place, ctx.place_level, "人民政府")
        return key
    return None


#: A body's work report delivered to a session opens with whom it speaks for: 我代表市人民检察院向大会报告工作, or a
#: standing committee's 我受…常务委员会(的)委托，向大会报告工作.
_REPORTS_FOR = re.compile(r"我(?:代表(?P<body>[^，。；：]{2,40}?)|受(?P<entrusting>[^，。；：]{2,40}?)的?委托)[，,]?"
                          r"向(?:大会|会议|全会)(?:作报告|(?:作)?(?:书面)?报告(?:政府)?工作)")


def _reporter(ctx: Context, mentions: list[Mention], key_of: dict[int, str]) -> str | None:
    """The body a work report other than a government's speaks for (a court's, a procuratorate's, a congress or CPPCC
    standing committee's): what its report says it does, the body does, not the session it is delivered at."""
    if ctx.doc.meta.genre == "government work report":
        return None
    text = ctx.text
    m = _REPORTS_FOR.search(text, ctx.doc.body_start, min(len(text), ctx.doc.body_start + 1500))
    if m is None:
        return _titled_reporter(ctx, mentions, key_of)
    g = "body" if m["body"] else "entrusting"
    bodies = [b for b in mentions if b.type == "Organization" and b.start == m.start(g) and b.end == m.end(g)]
    return key_of.get(id(bodies[0])) if bodies else None


def _titled_reporter(ctx: Context, mentions: list[Mention], key_of: dict[int, str]) -> str | None:
    """A report's excerpt without its opening words: the body its title names (甘肃省高级人民法院工作报告, 宁波市人民代表大会
    常务委员会工作报告) speaks for it."""
    title = ctx.doc.meta.title or ""
    t0 = ctx.text.find(title, ctx.doc.body_start) if title.endswith("工作报告") else -1
    if t0 < 0:
        return None
    head = t0 + len(title) - len("工作报告")
    bodies = [b for b in mentions if b.type == "Organization" and b.start == t0 and b.end == head]
    return key_of.get(id(bodies[0])) if bodies and not bodies[0].name.endswith("政府") else None


_POST = re.compile(r"(书记|副书记|省长|副省长|市长|副市长|主任|主席|委员|常委|部长|局长|县长|区长|秘书长|院长|检察长|厅长|董事长|"
                   r"总经理|总裁|行长|组长)$")
#: The ranks of a roster's later clauses, whose body is the one its first clause named (市政协主席宋某，副主席刘某、
#: 王某，秘书长姚某在主席台就座; 省人大常委会主任某某主持会议。副主任…, 秘书长…出席会议).
_RANKS_OF_A_ROSTER = frozenset({"副主席", "副主任", "秘书长", "副秘书长", "常务副主任", "常务副主席"})


def _placed_title(ctx: Context, title: str, titles: dict[str, str]) -> tuple[str, str] | None:
    """(place, body) of a place's post written place first (扬州市市长 → 扬州, 市人民政府; 嘉善县县长 → 嘉善, 县人民政府)."""
    for post, body in titles.items():
        if body != "-" and title.endswith(post) and len(title) > len(post) and (prefix := title[:-len(post)]).endswith(body[0]):
            place = prefix[:-1]
            known = lexicon_type_of(ctx.lexicon, prefix) or lexicon_type_of(ctx.lexicon, place)
            if known and known[0] == "Place" or prefix in ctx.lexicon.set("gazetteer"):
                return place, body
    return None


_TOWN_LEVEL_BODY = re.compile(r"(?P<kind>镇|乡|街道)(?P<body>党委|党工委|人民政府|政府|人大)")
_KIND_BODY = re.compile(r"(?P<kind>集团|公司)(?P<body>党委)?")


def _own_body_of_kind(piece: str, at: int, mentions: list[Mention]) -> Mention | None:
    """A post in a body named by its kind alone, where the text is about one of that kind: 镇党委副书记 in a text naming
    one town (籍山镇党委), 集团党委书记 in one about one group (浙能集团党委); the body read as that one's own."""
    from collections import Counter

    if (m := _TOWN_LEVEL_BODY.search(piece)) is not None:
        if m.start() > 0 and not piece[:m.start()].endswith(("由", "是", "为")):
            return None  # 会议由 | 镇党委副书记: the clause's words before the post
        owners = Counter({t.text for t in mentions if t.rule == "place:town" and t.text.endswith(m["kind"])})
    elif (m := _KIND_BODY.match(piece)) is not None:
        owners = Counter(o.name for o in mentions if o.type == "Organization" and o.rule == "org:institution"
                         and o.name.endswith(m["kind"]) and len(o.name) > len(m["kind"]) + 1)
    else:
        return None
    ranked = owners.most_common(2)
    if not _POST.search(piece[m.end():]) or not ranked or len(ranked) == 2 and ranked[1][1] >= ranked[0][1]:
        return None  # none of that kind named, or two named as often: whose post it is is not said
    name = ranked[0][0] + (m["body"] or "")
    known = [o for o in mentions if o.type == "Organization" and o.name == name]
    return known[0] if known else Mention("Organization", m.group(), at + m.start(), at + m.end(), "org:town-body-post",
                                          canonical=name, confidence=0.7)


def _posts(ctx: Context, mentions: list[Mention], key_of) -> list[tuple[str, str, str, Evidence]]:
    """省委副书记、省长、深圳市委书记孟凡利 → 孟凡利 holds posts in 省委, the provincial government, 深圳市委."""
    text, out = ctx.text, []
    titles = dict(line.split("\t") for line in _title_lines(ctx))
    orgs = sorted((m for m in mentions if m.type == "Organization"), key=lambda m: m.start)
    org_at: dict[int, list[Mention]] = {}
    for o in orgs:
        org_at.setdefault(o.start, []).append(o)
    by_end = sorted(orgs, key=lambda o: o.end)
    ends = [o.end for o in by_end]
    listed_at = {m.start: m for m in mentions if m.type == "Person" and m.rule in ("person:name-list", "person:post-list")}
    roster_body: tuple[int, str] | None = None
    for p in mentions:
        if p.type != "Person" or not (p.rule == "person:title-name" or p.rule == "person:post-list"
                                      and text[p.start - 1:p.start] not in ("、", "，", " ", "\u3000")):
            continue  # a post list's first name has the posts before it (县政协副主席王成书、华开锋)
        held = len(out)
        seg_start = max(text.rfind(ch, 0, p.start) for ch in "，。；：\n（(") + 1
        segment = text[seg_start:p.start].strip()
        s, e = ctx.sentence_bounds(p.start)
        pos = seg_start + (len(text[seg_start:p.start]) - len(text[seg_start:p.start].lstrip()))
        for piece in segment.split("、"):
            piece_start = text.find(piece, pos)
            pos = piece_start + len(piece) + 1
            org = max((o for o in org_at.get(piece_start, ()) if o.end <= piece_start + len(piece)),
                      key=lambda o: o.end, default=None)  # 省交通运输厅党组 | 书记: the longest body
            if org is None:  # …何鸣翔以及 | 县政协副主席: the body and post close the piece
                inner = [o for o in orgs if piece_start < o.start and o.end < piece_start + len(piece)
                         and _POST.fullmatch(text[o.end:piece_start + len(piece)].removeprefix("副")
                                             .removeprefix("常务副"))]
                if inner:
                    piece_start, piece = inner[-1].start, text[inner[-1].start:piece_start + len(piece)]
                    org = inner[-1]
            title = piece[len(org.text):] if org else piece
            if org is None and (town_body := _own_body_of_kind(piece, piece_start, mentions)) is not None:
                # 镇党委副书记戴某 in a text about one town (籍山镇): the post is in that town's committee
                if town_body.rule == "org:town-body-post":
                    mentions.append(town_body)
                out.append((mention_key(p), "holdsPostIn", mention_key(town_body),
                            Evidence(s, e, text[s:e], "relation:post", 0.75)))
                continue
            if org is None:
                implied, where = titles.get(title.strip()), ""
                if not implied and (placed := _placed_title(ctx, title.strip(), titles)) is not None:
                    where, implied = placed  # 扬州市市长潘某强: the mayor of the city named before the title
                if implied and implied != "-":
                    level = implied[0]
                    canonical, key = qualify_body(ctx, where, level, implied[1:])
                    body = Mention("Organization", piece, piece_start, piece_start + len(piece),
                                   "person:post-body", canonical=canonical, key=key, confidence=0.6)
                    out.append((mention_key(p), "holdsPostIn", key, Evidence(s, e, text[s:e], "relation:post", 0.8)))
                    mentions.append(body)
                elif org is None and not [o for o in by_end[:bisect.bisect_right(ends, piece_start)]
                                          if o.start >= seg_start] and title.strip() in _RANKS_OF_A_ROSTER \
                        and roster_body is not None and roster_body[0] >= s - 120:
                    out.append((mention_key(p), "holdsPostIn", roster_body[1],
                                Evidence(s, e, text[s:e], "relation:post-roster", 0.7)))
                elif org is None:
                    prev = [o for o in by_end[:bisect.bisect_right(ends, piece_start)] if o.start >= seg_start]
                    if prev and title and _POST.search(title):
                        body = prev[-1]
                        if body.text.endswith(("党组", "党委")) and "书记" not in title and "成员" not in title \
                                and "委员" not in title and not body.text.endswith(("市委党委", "县委党委")):
                            # 市政协党组书记、主席, 市公安局党委书记、局长: the chair is the body's, the secretary its
                            # party group's or committee's
                            group = body
                            body = next((o for o in orgs if o.text in (group.text[:-2], group.text[:-2].removeprefix("中共"))),
                                        None)  # 中共 | 浙江省能源集团党委: the party's name is the committee's
                            if body is None and group.text.endswith("党委"):
                                body = group  # a committee's body the text names nowhere else: no node made for it
                            elif body is None:
                                key = group.key[:-2] if group.key and group.key.endswith("党组") else None
                                body = Mention("Organization", group.text[:-2], group.start, group.end - 2,
                                               "person:post-body", canonical=group.name[:-2] if group.canonical else None,
                                               key=key, confidence=0.6)
                                mentions.append(body)
                        out.append((mention_key(p), "holdsPostIn", mention_key(body),
                                    Evidence(s, e, text[s:e], "relation:post", 0.75)))
                continue
            if _POST.search(title) or title.strip() == "":
                out.append((mention_key(p), "holdsPostIn", mention_key(org),
                            Evidence(s, e, text[s:e], "relation:post", 0.85)))
        posts = out[held:]
        if posts and posts[-1][3].rule != "relation:post-roster":
            roster_body = (s, posts[-1][2])  # the body of the roster's clause, for the ranks of its next clauses
        nxt = listed_at.get(p.end + 1) if text[p.end:p.end + 1] == "、" else None
        while nxt is not None:  # 县政协副主席宋某江、彭钚、杨忠: the names listed after the titled one hold its posts
            out += [(mention_key(nxt), pred, body, ev) for _p, pred, body, ev in posts]
            nxt = listed_at.get(nxt.end + 1) if text[nxt.end:nxt.end + 1] == "、" else None
    return out


def _title_lines(ctx: Context) -> list[str]:
    from importlib import resources

    lines = resources.files("kg.lexicons").joinpath("titles.txt").read_text(encoding="utf-8").splitlines()
    return [ln for ln in lines if ln and not ln.startswith("#") and "\t" in ln]


def _venue_span(doc) -> tuple[int, int]:
    """Where the header's venue stands in the text, ((-1, -1) if nowhere), a dateline wrapped over two lines too."""
    venue = doc.meta.venue or ""
    v0 = doc.text.find(venue, doc.body_start)
    if v0 >= 0 or not venue:
        return v0, v0 + len(venue) if v0 >= 0 else -1
    m = re.compile(r"\s*".join(map(re.escape, venue))).search(doc.text, max(0, doc.body_start))
    return (m.start(), m.end()) if m else (-1, -1)


def _speaker_at_venue(ctx: Context, mentions: list[Mention]) -> list[tuple[str, str, str, Evidence]]:
    """The speaker a header names under a dateline (——2023年3月29日在…区第三届人民代表大会第四次会议上 / 区长 易洁)
    spoke at that meeting, whatever the text's title (a report's excerpt may have none)."""
    doc, text = ctx.doc, ctx.text
    if not doc.meta.venue or not doc.meta.speaker:
        return []
    v0, v1 = _venue_span(doc)
    venue = [m for m in mentions if m.type == "Meeting" and v0 >= 0 and v0 <= m.start < v1]
    sp = [m for m in mentions if m.type == "Person" and doc.meta.speaker in (m.text, m.name)
          and v0 <= m.start < v1 + 80]
    if not venue or not sp:
        return []
    end = text.find("\n", sp[0].end)
    end = sp[0].end if end < 0 else end
    ev = Evidence(v0, end, text[v0:end], "relation:speaker-venue", 0.85)
    return [(mention_key(sp[0]), "addresses", mention_key(venue[0]), ev)]


#: 受省人民政府委托，现将四川省2024年预算执行情况和2025年预算草案提请省十四届人大四次会议审查: the entrusting body puts
#: its report to the session through the department that wrote it.
_SUBMITTED = re.compile(r"受(?P<body>[^，。；,\n]{2,30}?)的?委托[，,]?现将[^。；\n]{2,80}?提(?:请|交)[^。；\n]{2,40}?(?:审查|审议)")


def _header_relations(ctx: Context, mentions: list[Mention], key_of, main_meeting: str | None):
    """A report's title, dateline and speaker line: who delivered it, to which meeting, for which body."""
    doc, text, out = ctx.doc, ctx.text, []
    out += _speaker_at_venue(ctx, mentions)
    if not doc.meta.title:
        return out
    t0 = text.find(doc.meta.title, doc.body_start)
    title_docs = [m for m in mentions if m.type == "Document" and t0 <= m.start and m.end <= t0 + len(doc.meta.title)]
    if not title_docs:
        return out
    d = max(title_docs, key=lambda m: m.end - m.start)
    if not doc.meta.venue and d.rule == "document:report-at":
        # 在中国共产党梧州市第十四次代表大会上的报告: the meeting the title names is the one it was made at
        held = [m for m in mentions if m.type == "Meeting" and d.start < m.start and m.end < d.end]
        if held:
            ev1 = Evidence(t0, t0 + len(doc.meta.title), doc.meta.title, "relation:header", 0.9)
            out.append((mention_key(d), "reportedAt", mention_key(held[0]), ev1))
    if doc.meta.venue:
        v0, v1 = _venue_span(doc)
        venue = [m for m in mentions if m.type == "Meeting" and v0 <= m.start < v1]
        if venue:
            dl_end = text.find("\n", v1)
            ev2 = Evidence(t0, dl_end if dl_end > 0 else v1, text[t0:dl_end if dl_end > 0 else v1], "relation:dateline", 0.9)
            out.append((mention_key(d), "reportedAt", mention_key(venue[0]), ev2))
    # 四川省财政厅 on the line under 关于…预算…的报告, 山东省统计局 under its bulletin: the byline's bodies issued it; the
    # body that entrusted the report's submission (受省人民政府委托，现将…提请…审查) too
    org_by_start = {}
    for o in mentions:
        if o.type == "Organization" and (o.start not in org_by_start or o.end > org_by_start[o.start].end):
            org_by_start[o.start] = o
    bylines = byline_bodies(ctx, t0 + len(doc.meta.title), org_by_start)
    for body in bylines:
        out.append((mention_key(body), "issued", mention_key(d),
                    Evidence(t0, body.end, text[t0:body.end], "relation:byline", 0.8)))
    if d.rule == "document:own-title" and not bylines:
        # 昌硕街道2022年工作总结和2023年工作计划: the body or the place the title opens with made its summary
        lead = t0 + (len(y.group()) if (y := re.match(r"\d{4}年(?:度)?", doc.meta.title)) else 0)
        owners = [m for m in mentions if m.start == lead and m.type in ("Organization", "Place") and m.end < d.end]
        if owners:
            owner = max(owners, key=lambda m: m.end)
            out.append((mention_key(owner), "issued", mention_key(d),
                        Evidence(t0, d.end, text[t0:d.end], "relation:titled-owner", 0.75)))
    if (sub := _SUBMITTED.search(text, doc.body_start, min(len(text), doc.body_start + 800))) is not None:
        for body in (b for b in mentions if b.type == "Organization" and (b.start, b.end) == sub.span("body")):
            ev = Evidence(sub.start(), sub.end(), sub.group(), "relation:entrusted-submission", 0.8)
            out.append((mention_key(body), "issued", mention_key(d), ev))
    # 我代表中国共产党某县第十二届委员会向大会报告工作 (我受…的委托): the body the report speaks for issued it
    rep = _REPORTS_FOR.search(text, doc.body_start, min(len(text), doc.body_start + 1500))
    if rep is not None and "报告" in doc.meta.title:
        g = "body" if rep["body"] else "entrusting"
        bodies = [b for b in mentions if b.type == "Organization" and (b.start, b.end) == rep.span(g)]
        if bodies:
            ev = Evidence(rep.start(), rep.end(), rep.group(), "relation:reports-for", 0.85)
            out.append((mention_key(bodies[0]), "issued", mention_key(d), ev))
    if doc.meta.speaker:
        sp = [m for m in mentions if m.type == "Person" and "".join(m.text.split()) == doc.meta.speaker
              and m.start < t0 + 400]  # a typeset name (侯 贵 宝) is the speaker line's too
        if sp:
            line_s = text.rfind("\n", 0, sp[0].start) + 1
            ev3 = Evidence(line_s, sp[0].end, text[line_s:sp[0].end], "relation:speaker-line", 0.9)
            out.append((mention_key(sp[0]), "delivered", mention_key(d), ev3))
            # the body the speaker line names (湖南省人民政府代省长 毛伟明) issued the report it delivers
            bodies = [m for m in mentions if m.type == "Organization" and line_s <= m.start and m.end <= sp[0].start]
            if bodies and "报告" in doc.meta.title:
                body = max(bodies, key=lambda m: m.end - m.start)
                out.append((mention_key(body), "issued", mention_key(d), ev3))
    return out
