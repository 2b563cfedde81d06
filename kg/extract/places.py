"""Places beyond the lexicon: metropolitan areas, city clusters and economic belts (郑州都市圈)."""
from __future__ import annotations

import re

from kg.extract.context import CJK, Context, cut_words, word_tag
from kg.extract.heads import (
    bracket_edges,
    has_verb,
    name_head_type,
    past_rank_description,
    past_words_before_a_known_area,
    strip_opening_verbs,
    widen_over_dash,
)
from kg.extract.matcher import Anchored
from kg.extract.names import lexicon_type_of, names_a_site, site_name_start
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
        s = past_words_before_a_known_area(ctx, s, m.end())  # 研究部署 | 长江经济带
        if m.start("head") - s < 2 or re.search(r"[\d个]", text[s:m.start("head")]):
            continue  # 7个省级渔港经济区: a count of a kind, not a name
        if "型" in text[s:m.start("head")] or ctx.is_generic_modifier(text[s:m.start("head")]):
            continue  # 打造创新型现代化都市圈: a kind of metropolitan area, not one named
        out.append(Mention("Place", text[s:m.end()], s, m.end(), "place:area", confidence=0.85))
    generic = ctx.lexicon.set("generic")
    for m in _ZONE.finditer(text, ctx.doc.body_start):
        s = strip_opening_verbs(ctx, ctx.left_edge(m.start("head"), max_len=10, skip_leading=True), m.start("head"),
                                once=False)  # 放大 | 辽东绿色经济区
        s, _ = bracket_edges(ctx, s, m.start("head"))  # 提升 | 西部（重庆）科学城: the place in brackets is inside
        s = site_name_start(ctx, widen_over_dash(ctx, s), m.start("head"))  # 运营 | 暹粒吴哥国际机场
        if (s := past_rank_description(text, s, m.start("head"), m["head"])) is None:
            continue  # 青藏高原首个综合保税区: a zone described by its rank, not named
        end = m.end() + (text[m.end():m.end() + 1] == "群")  # 成渝世界级机场群: a group of airports, named whole
        name = text[s:end]
        modifier = text[s:m.start("head")]
        if len(modifier) < 2 or name in generic or re.search(r"[\d“”]", modifier) \
                or ctx.is_generic_modifier(modifier) or modifier.startswith(("各", "全省", "全市", "重点")) \
                or not names_a_site(ctx, modifier, m["head"]) and text[s - 1:s] != "等" \
                and not (text[s - 1:s] == "、" and text[:s - 1].endswith(m["head"])):
            continue  # 民用运输机场, 国际卫生机场: a kind of site; 重点国别地区外资企业合作区: a grade opens a kind (a
            # list item after a zone of the same head is one more named zone: 甘泉堡经济技术开发区、上库高新技术产业开发区)
        out.append(Mention("Place", name, s, end, "place:zone", confidence=0.7))
    return (out + find_listed_divisions(ctx) + find_quoted_sites(ctx) + find_feature_words(ctx) + find_opened_sites(ctx)
            + find_shared_site_heads(ctx) + find_bare_site_pairs(ctx) + find_designated_subjects(ctx) + find_venues(ctx)
            + find_towns(ctx))


#: A town or township (涪西镇, 周田镇, 谢家滩乡) is in no gazetteer. It is named after its county (射洪市涪西镇, 化隆县
#: 谢家滩乡), or as the subject opening a local news item's clause (戴庙镇召开…对接会, 板浦镇召开…部署会).
_TOWN = re.compile(rf"(?P<name>[{CJK}]{{2,3}}?(?:[镇乡]|街道))(?=召开|举行|举办|组织|开展|在)")
_TOWN_AFTER_COUNTY = re.compile(rf"(?P<county>[{CJK}]{{1,5}}[县市区旗])(?P<name>[{CJK}]{{2,3}}?(?:[镇乡]|街道))"
                                rf"(?=[，。、；：的\s]|召开|举行|党委|党工委|人民政府|政府|办事处|人大|[{CJK}]{{2,3}}村)")
#: A town before its bodies or the villages it holds, after a clause's edge or a preposition (在籍山镇党委的领导下,
#: 对籍山镇梅园社区、大港村的巡察).
_TOWN_BEFORE_ITS_OWN = re.compile(rf"(?:^|(?<=[，。；：\n在对由与和到向]))(?P<name>(?![在对由与和到向])[{CJK}]{{2,3}}?(?:[镇乡]|街道))"
                                  rf"(?=党委|党工委|人民政府|政府|办事处|[{CJK}]{{2,3}}?(?:村|社区)(?:[、，。；和的]|党|村委|居委)"
                                  rf"|(?<=街道)\d{{4}}年)"  # 昌硕街道2022年工作总结: a street office's own report
                                  rf"|(?<=区[（(])(?P<bracketed>[{CJK}]{{2,3}}?(?:[镇乡]|街道))(?=[）)])", re.M)
#: 桐乡经济开发区(高桥街道): a zone's street, the same office under its other name
#: The villages and communities a town holds, listed after it (籍山镇梅园社区、大港村、官洲村), and a village named
#: by its party branch or committee (四方村党支部书记): places of their own.
_VILLAGE = rf"[{CJK}]{{2,3}}?(?:村|社区)"
_VILLAGES = re.compile(rf"(?P<v>{_VILLAGE})(?:[、和](?P<more>{_VILLAGE}(?:、{_VILLAGE})*))?")
_VILLAGE_BODY = re.compile(rf"(?P<name>{_VILLAGE})(?=党支部|党总支|村委会|居委会|“两委”|两委|党委)")
_NOT_A_VILLAGE = re.compile("^(?:[全该各本我此每其这那一村]|乡村|农村|城乡|城市|新农村|行政村|自然村|中心村|示范村|重点村|"
                            "典型村|美丽|文明|和美|宜居|贫困|脱贫|易地|搬迁|社区|后进|先进|软弱|涣散|薄弱)|[的和与及在等、]")
#: Not a town's name: a class of places, or a word of the clause before the head (全镇, 该乡, 城乡).
_NOT_A_TOWN = re.compile("^(?:[全该各本我你他咱此每其这那一]|乡镇|城镇|集镇|村镇|小镇|重镇|强镇|名镇|古镇|城乡|中心镇|城市|社区|农村)"
                         "|[的和与及在等]|镇街道$")
#: A town's bodies (涪西镇党委, 周田镇人民政府): bodies of their own.
_TOWN_BODIES = ("党委", "党工委", "人民政府", "政府", "办事处", "人大")


def find_towns(ctx: Context) -> list[Mention]:
    text, found = ctx.text, set()
    divisions = ctx.lexicon.set("gazetteer")
    for m in _TOWN_AFTER_COUNTY.finditer(text, ctx.doc.body_start):
        county = next((m["county"][-n:] for n in range(len(m["county"]), 1, -1) if m["county"][-n:] in divisions
                       or (known := lexicon_type_of(ctx.lexicon, m["county"][-n:])) and known[0] == "Place"), None)
        if county and not _NOT_A_TOWN.search(m["name"]):  # the known county ends where the town starts
            found.add(m["name"])
    for m in _TOWN.finditer(text, ctx.doc.body_start):
        s = m.start("name")
        if (s == 0 or text[s - 1] in "，。；：\n,") and not _NOT_A_TOWN.search(m["name"]) \
                and word_tag(m["name"]) in (None, "ns", "nr", "nz") and ctx.is_edge(s):
            found.add(m["name"])
    for m in _TOWN_BEFORE_ITS_OWN.finditer(text, ctx.doc.body_start):
        name = m["name"] or m["bracketed"]
        if not _NOT_A_TOWN.search(name) and word_tag(name) in (None, "ns", "nr", "nz") \
                and not re.search("乡镇|城镇|村镇|[由被把将]", name) \
                and word_tag(name[:2]) not in ("v", "vn", "d") and not _everyday_word(ctx, name[:-1]):
            found.add(name)  # not 强化乡镇 | 联县带村 (a verb, a class of places), 会议由镇党委 (the clause's words)
    out = []
    for name in sorted(found):
        for m in re.finditer(re.escape(name), text[ctx.doc.body_start:]):
            s, e = ctx.doc.body_start + m.start(), ctx.doc.body_start + m.end()
            if text[s - 1:s] in ("全", "该", "本"):
                continue
            out.append(Mention("Place", name, s, e, "place:town", confidence=0.8))
            body = next((b for b in _TOWN_BODIES if text.startswith(b, e)), None)
            if body:
                out.append(Mention("Organization", name + body, s, e + len(body), "org:town-body", confidence=0.8))
            elif (v := _VILLAGES.match(text, e)) is not None:
                out += _villages(text, v)
    for m in _VILLAGE_BODY.finditer(text, ctx.doc.body_start):
        if not _NOT_A_VILLAGE.search(m["name"]) and ctx.is_edge(m.start()) \
                and (m.start() == 0 or text[m.start() - 1] in "，。、；：\n,镇乡"):  # 、四方村党支部书记
            out.append(Mention("Place", m["name"], m.start(), m.end(), "place:village", confidence=0.75))
    return out


def _everyday_word(ctx: Context, stem: str) -> bool:
    """会议 of 会议由镇党委: a word the genre writes thousands of times, no town's name (长安, 东方 are)."""
    from kg.extract.names import word_freq

    return any(len(w) >= 2 and word_freq().get(w, 0) >= 10000 for w in cut_words(ctx.lexicon, stem))


def _villages(text: str, m: re.Match) -> list[Mention]:
    out, pos = [], m.start()
    for part in re.split("[、和]", m.group()):
        if not _NOT_A_VILLAGE.search(part):
            out.append(Mention("Place", part, pos, pos + len(part), "place:village", confidence=0.75))
        pos += len(part) + 1
    return out


#: The venue a meeting is held in, named whole between 在 and the verb of holding (会议在沧州国际会议中心闭幕, 大会在
#: 扬州会议中心开幕, 在武昌洪山礼堂胜利闭幕): a place. A room of a body's building (县政府会议室) is no venue of a name.
_VENUE = re.compile(rf"在(?P<v>[{CJK}\d]{{2,14}}?(?:国际会议中心|会议中心|会展中心|国际会展中心|大礼堂|礼堂|大会堂|会堂|"
                    rf"宾馆|大酒店|酒店|饭店|大厦|体育馆|体育中心|大剧院|剧院|国际博览中心))"
                    rf"(?:[东西南北主]楼|[一二三四五六七八九十\d]+楼|[东西南北]?[一二三四五六七八九十\d]+号厅)?"
                    rf"(?:隆重|胜利|顺利)?(?:召开|举行|开幕|闭幕|举办)")


def find_venues(ctx: Context) -> list[Mention]:
    out = []
    for m in _VENUE.finditer(ctx.text, ctx.doc.body_start):
        s, e = m.span("v")
        if ctx.is_generic_modifier(ctx.text[s:s + 2]) or re.match("[这该本此各]", ctx.text[s]):
            continue
        out.append(Mention("Place", ctx.text[s:e], s, e, "place:venue", confidence=0.75))
    return out


#: The division endings a county's or city's short form drops (龙游县 → 龙游).
_DIVISION_LEVELS = ("县", "市", "区", "旗")


def find_short_forms_named_whole(ctx: Context, named: list[Mention]) -> list[Mention]:
    """龙游县 … 龙游加快建设区域明珠城市: a county or city the text names whole is named again by its stem, even one the
    gazetteer leaves without a short form because the language writes it as a word too (龙游, 江山): the text's
    own use of the full name says which it is here. Only on word edges, never before its own level (龙游县)."""
    from kg.extract.names import lexicon_type_of

    text, out = ctx.text, []
    gazetteer = ctx.lexicon.set("gazetteer")
    whole = {m.text for m in named if m.type == "Place" and m.text in gazetteer and len(m.text) >= 3
             and m.text.endswith(_DIVISION_LEVELS)}  # named whole on word edges (not 中南部县城's 南部县)
    for name in sorted(whole):
        stem = name[:-1]
        if lexicon_type_of(ctx.lexicon, stem) is not None:
            continue  # the gazetteer or the lexicon reads the stem already (淅川), or types it otherwise
        for m in re.finditer(re.escape(stem), text[ctx.doc.body_start:]):
            s = ctx.doc.body_start + m.start()
            e = s + len(stem)
            if text[e:e + 1] in _DIVISION_LEVELS or not (ctx.is_edge(s) and ctx.is_edge(e)):
                continue
            out.append(Mention("Place", stem, s, e, "place:short-form", canonical=name, confidence=0.8))
    return out


#: What may follow a list's last item (贵阳、安顺、兴义等).
_ITEM_END = "、等和及与，。；"
_ITEM_SEP = "、"
_ITEM_SEPS = re.compile(_ITEM_SEP)


def find_listed_divisions(ctx: Context) -> list[Mention]:
    """A county's or city's short form that the gazetteer leaves out as a common word (兴义 of 兴义市, 江山 of
    江山市) names the division where it stands in a list next to another place (贵阳、安顺、兴义等), or in a list
    of which every item is a place (三明、石狮、上杭获评; 迭部、碌曲、玛曲、镇原4县): a list of common words that
    share a county's name (兴业、强县、富民; 政策、资金、资源) has an item that is no place."""
    from kg.extract.names import division_of, foreign_division, lexicon_type_of

    text, out, seen = ctx.text, [], set()
    for i in (m.start() for m in _ITEM_SEPS.finditer(text, ctx.doc.body_start)):
        for s, e in ((i - 3, i), (i - 2, i), (i + 1, i + 4), (i + 1, i + 3)):
            short = text[s:e]
            if (s, e) in seen or len(short) != e - s:
                continue
            # a division's short form first: word edges segment the clause, and few items are one
            full = division_of(ctx.lexicon, short)
            if full is None or not ctx.is_edge(s) or not ctx.is_edge(e) \
                    or lexicon_type_of(ctx.lexicon, short) or word_tag(short) in _COMMON_TAGS \
                    or foreign_division(ctx, full) \
                    or short[-1] in _FEATURE_ENDS:
                continue  # 洪湖、梁子湖等重点湖库: the lakes, not the city and the district named after them
            after_sep = s == i + 1
            if after_sep and not _closes_item(ctx, e) or not after_sep and not _opens_item(ctx, s):
                continue  # 红寺堡|灌区, 武汉|东湖、襄阳: part of a longer item, not the whole of it
            before = text[max(0, s - 5):s - 1] if after_sep else ""
            if not any(before.endswith(n) and (lexicon_type_of(ctx.lexicon, n) or ("",))[0] == "Place"
                       for n in (before[-k:] for k in range(2, len(before) + 1))) \
                    and not _list_of_places(ctx, s, e):
                continue  # a list of other things (交通、兴义…)
            seen.add((s, e))
            out.append(Mention("Place", short, s, e, "place:listed-division", canonical=full, confidence=0.75))
    return out


#: Last characters of a natural feature's name: 洪湖 is a lake before it is 洪湖市.
_FEATURE_ENDS = frozenset("湖河江山湾岛峡洲")
#: jieba's tags of the words that may stand before a list's first item (支持|文昌, 在|册亨, 新增|仙桃, 和|…).
_LIST_OPENERS = frozenset({"v", "p", "d", "c", "ad", "vn"})


def _opens_item(ctx: Context, s: int) -> bool:
    """``s`` opens a list's first item: after punctuation or a verb, preposition or adverb, not inside a longer
    name (武汉|东湖, 潮州|古城, 新|海港)."""
    prev = ctx.text[s - 1:s]
    if not prev or not re.match(rf"[{CJK}]", prev):
        return True
    pos = s - 1
    while pos > 0 and not ctx.is_edge(pos):
        pos -= 1
    return word_tag(ctx.text[pos:s]) in _LIST_OPENERS


def _closes_item(ctx: Context, e: int) -> bool:
    """``e`` closes a list's item: a separator, a count or a verb follows (…、白银入选, …、大冶4个千亿县), not
    the rest of a longer name (红寺堡|灌区)."""
    nxt = ctx.text[e:e + 1]
    return not nxt or nxt in _ITEM_END or nxt.isdigit() or word_tag(ctx.text[e:ctx.token_end(e)]) == "v"


#: jieba's tags of verbs, adjectives and adverbs: 新建 (新建区), 平安 (平安区) are no places in a list.
_COMMON_TAGS = frozenset({"v", "vn", "vd", "a", "an", "ad", "d"})


def _is_place_word(ctx: Context, word: str) -> bool:
    from kg.extract.names import division_of, lexicon_type_of

    if (lexicon_type_of(ctx.lexicon, word) or ("",))[0] == "Place" or word in ctx.lexicon.set("gazetteer"):
        return True
    return word_tag(word) not in _COMMON_TAGS and division_of(ctx.lexicon, word) is not None


def _list_of_places(ctx: Context, s: int, e: int) -> bool:
    """The 、-list around ``text[s:e]`` names places only: its inner items are places, and a place ends its first
    item and opens its last (支持 | 文昌、琼海、东方 | 打造)."""
    text = ctx.text
    items, pos = [], s
    while text[pos - 1:pos] == _ITEM_SEP:  # back over the items before this one
        prev = text.rfind(_ITEM_SEP, max(0, pos - 6), pos - 1)
        if prev < 0 or not re.fullmatch(rf"[{CJK}]{{2,4}}", text[prev + 1:pos - 1]):
            first = _place_ending_at(ctx, pos - 1)
            if first is None:
                return False
            items.append(first)
            break
        items.append(text[prev + 1:pos - 1])
        pos = prev + 1
    pos = e
    while text[pos:pos + 1] == _ITEM_SEP:  # on over the items after it
        nxt = re.match(rf"[{CJK}]{{2,4}}(?=、)", text[pos + 1:pos + 6])
        if nxt:
            items.append(nxt.group())
            pos += 1 + nxt.end()
            continue
        last = _place_opening_at(ctx, pos + 1)
        if last is None:
            return False
        items.append(last)
        break
    return bool(items) and all(_is_place_word(ctx, w) for w in items)


def _place_ending_at(ctx: Context, end: int) -> str | None:
    """The place word that ends at ``end`` on a word edge (支持文昌 → 文昌), if one does."""
    return next((w for k in (4, 3, 2) if len(w := ctx.text[max(0, end - k):end]) == k and ctx.is_edge(end - k)
                 and _is_place_word(ctx, w)), None)


def _place_opening_at(ctx: Context, start: int) -> str | None:
    """The place word that opens the text at ``start`` up to a word edge (陵水打造 → 陵水), if one does."""
    return next((w for k in (4, 3, 2) if len(w := ctx.text[start:start + k]) == k and ctx.is_edge(start + k)
                 and _is_place_word(ctx, w)), None)


#: Quoted names before 等 and what follows up to a clause's end (“黄小西吃晚饭”等重点旅游景区和…).
_QUOTED_ITEMS = re.compile(r"(?:“[^“”\n，。；]{2,16}”、?)+等(?P<rest>[^，。；、“”\n]{2,12})")


def find_quoted_sites(ctx: Context) -> list[Mention]:
    """Quoted names listed before a category of sites (景区, 口岸, 湖泊 of category_heads.txt) are the sites (ANNOTATION.md:
    members are typed by their category): “黄小西吃晚饭”等重点旅游景区, “冈仁波齐—玛旁雍错”等精品景区 name scenic
    areas, not the programmes or slogans a bare quote is read as."""
    types = ctx.lexicon.alias_map("category_heads")
    heads = tuple(h for h in ctx.lexicon.get("category_heads") if types.get(h, ("",))[0] == "Place")
    text, out = ctx.text, []
    for m in _QUOTED_ITEMS.finditer(text, ctx.doc.body_start):
        rest = m["rest"]
        # the category is the first head that ends a word (等重点旅游景区 | 和), with no verb before it
        end = next((i + len(h) for i in range(len(rest)) for h in heads if rest.startswith(h, i)
                    and ctx.is_edge(m.start("rest") + i + len(h))), None)
        if end is None or has_verb(ctx, m.start("rest"), m.start("rest") + end - 2, ("v",)):
            continue
        for q in re.finditer(r"“[^“”]+”", text[m.start():m.start("rest")]):
            s, e = m.start() + q.start(), m.start() + q.end()
            out.append(Mention("Place", q.group(), s, e, "place:quoted-site", canonical=q.group()[1:-1],
                               confidence=0.85))
    return out


_FEATURE_END = re.compile("[湖河江海山湾岛]")


def find_feature_words(ctx: Context) -> list[Mention]:
    """A river, lake, mountain or island that jieba's dictionary knows as one place word of three characters or more
    (千岛湖, 太行山, 黄浦江, 祁连山, 茶卡盐湖) is named wherever it stands, whatever follows it (太行山 | 东北部, 南渡江 |
    流域, 千岛湖 | 生态环境): the head rules read a feature only before a clause's end. A person-tagged word (万绿湖,
    都柳江) counts when the words before its head are no common word (母亲河, 北部湾 stay out); a figure of speech
    (绿水青山, 半壁江山) never does. Inside a longer name the word is that name's part (kg/extract/resolve.py)."""
    from kg.extract.heads import _figure_of_speech
    from kg.extract.names import word_freq

    text, out = ctx.text, []
    for m in _FEATURE_END.finditer(text, ctx.doc.body_start):
        he = m.end()
        if not ctx.is_edge(he):
            continue
        s = ctx.token_start(m.start())
        word = text[s:he]
        tag = word_tag(word)
        if len(word) < 3 or word[0] in "湖河江海山湾岛" or _figure_of_speech(word) \
                or not (tag == "ns" or tag in ("nr", "nrt") and word_freq().get(word[:-1], 0) < 100):
            continue
        if re.match(rf"[{CJK}]", text[s - 1:s]) and ctx.token_start(s - 1) == s - 1 and text[s - 1] not in "至到和与及、在向从经":
            continue  # 小 | 柴旦湖: a lone character before the word is the name's own first one
        out.append(Mention("Place", word, s, he, "place:feature-word", confidence=0.6))
    return out



#: Heads of sites and venues (a station, a park, a port, a hall, a new town): with a centre (中心) the name is a
#: venue or an institution, typed as the other rules type a centre.
_SITE_HEADS = {**{h: "Place" for h in ("公园", "园区", "产业园", "科技园", "创新园", "生态港", "港", "站", "新城", "城",
                                        "馆", "分馆", "湾区", "社区", "小镇", "街区", "景区", "基地")},
               "中心": "Organization", "分中心": "Organization"}
#: What is said of one site when it opens, is finished or is handed over: a kind of site (现代农业产业园) is not
#: opened; one site is (北京通州站开通运营, 首都国际会展中心正式投用, 新能源汽车生态港启动建设).
_OPENED = ("正式投用", "正式投运", "正式开通", "正式启用", "正式运营", "正式开园", "正式开馆", "建成投用", "建成投运",
           "建成开放", "建成运营", "建成", "投用", "投运", "开通运营", "开通", "启用", "开园", "开馆", "开港", "开工建设",
           "启动建设", "完成改造", "揭牌", "挂牌", "落地", "亮相", "新引入")
_OPENED_SITE = re.compile(rf"(?P<name>[{CJK}—]{{3,18}}?)(?P<head>{'|'.join(sorted(_SITE_HEADS, key=len, reverse=True))})"
                          rf"(?P<phase>[一二三四五]期)?(?={'|'.join(_OPENED)})")
#: tried only before what is said of an opened site: a lazy name of up to 18 characters, a head of up to 3, a phase
_OPENED_SITE_SCAN = Anchored(_OPENED_SITE, f"(?={'|'.join(_OPENED)})", before=18 + 3 + 2)
#: What a site's name never holds: a count or rank (首座, 全国最大), a clause (…的…), two things joined.
_NOT_A_SITE = re.compile(r"^(?:首[座个家批届]|第|全国|全省|全市|一批|多个|新一批|各)|[的和与及等最]|[\d]")


def find_opened_sites(ctx: Context) -> list[Mention]:
    """A site or venue that opens a clause as the subject of its opening or completion (北京通州站开通运营, 国际医药创新
    公园新引入8家跨国药企, 白庙南北检查站完成改造) is one site, whatever its words: a kind of site is built by the
    batch, never opened as the subject of a clause. The items of a list of such subjects are sites too
    (国家会议中心二期、首都国际会展中心正式投用)."""
    text, out = ctx.text, []
    for m in _OPENED_SITE_SCAN.finditer(text, ctx.doc.body_start):
        head_end = m.end("head")
        # the name opens the clause: punctuation or a list's separator right before it
        s = m.start("name")
        while s < m.start("head") and not re.match(r"[，。；：、\n（]", text[s - 1:s]):
            s += 1
        if s >= m.start("head") or s > ctx.doc.body_start and text[s - 1:s] not in ("，", "。", "；", "：", "、", "\n"):
            continue
        verbs = ctx.lexicon.set("opening_verbs")
        while (e := ctx.token_end(s)) < m.start("head") and text[s:e] in verbs:
            s = e  # 力争 | 晋北采煤沉陷区新能源基地: a verb that opens the clause opens no site
        items = [(s, head_end, m["head"])]
        pos = s
        while text[pos - 1:pos] == "、":  # 国家会议中心二期、| 首都国际会展中心正式投用
            w0 = max(0, pos - 22)
            prev = re.search(rf"(?:^|[，。；：、\n])(?P<n>[{CJK}]{{3,18}}?)(?P<h>{'|'.join(_SITE_HEADS)})(?:[一二三四五]期)?$",
                             text[w0:pos - 1])
            if prev is None:
                break
            items.append((w0 + prev.start("n"), w0 + prev.end("h"), prev["h"]))
            pos = w0 + prev.start("n")
        if text[s - 1:s] == "、" and len(items) == 1 and re.search(rf"[，。；：\n][{CJK}]{{1,4}}、$", text[max(0, s - 7):s]):
            continue  # 国家肿瘤、儿童区域医疗中心: short items share the head, the last one is no whole name
        for a, b, head in items:
            name = text[a:b]
            modifier = name[:-len(head)]
            if len(modifier) < 2 or _NOT_A_SITE.search(modifier) or ctx.is_generic_modifier(modifier) \
                    or not ctx.is_edge(a) or name in ctx.lexicon.set("generic"):
                continue
            out.append(Mention(_SITE_HEADS[head], name, a, b, "place:opened-site", confidence=0.7))
    return out



#: Heads of sites that a list of their proper names shares (建成柴石滩、麻栗坝大型灌区, 加强仰韶村、双槐树、贾湖等遗址
#: 保护): irrigation districts, reservoirs, water works, ruins.
#: (Scenic areas, ports of entry, old towns and industrial parks were tried too: their lists join whole names of their
#: own and kinds, 只有河南、万岁山、洛邑古城, 演艺、文创、非遗进景区.)
_SHARED_SITE_HEADS = ("灌区", "水库", "水利枢纽", "遗址")
#: The end of an item that is a whole name or a work of its own (梅山灌区、XX水库, 防洪排涝工程、…水库).
#: Ruins keep an old city's or port's name (乌拉泊古城、交河故城遗址, 温州朔门古港遗址).
_WHOLE_ITEM_END = re.compile("(?:水库|灌区|枢纽|工程|设施|大坝|封顶|[园区场站线路桥])$")
_SHARED_SITE = re.compile(rf"、(?P<last>[{CJK}]{{2,6}}?)(?P<etc>等)?(?P<kind>大型|中型|小型|重点|国家级|省级)?"
                          rf"(?P<head>{'|'.join(_SHARED_SITE_HEADS)})")
#: A list item of two to six characters between separators.
_SITE_ITEM = re.compile(rf"[{CJK}]{{2,6}}")


def find_shared_site_heads(ctx: Context) -> list[Mention]:
    """Each proper name of a list before a site's head names one such site (ANNOTATION.md: shared heads):
    建成柴石滩、麻栗坝大型灌区 names 柴石滩灌区 and 麻栗坝灌区, 辽上京、土城子、萨拉乌苏遗址 three ruins. Every item must
    hold a proper part (names_a_site): 绿色工厂、零碳工厂、零碳园区 are kinds. A place of the lexicon stays the place
    it is (满洲里、二连浩特等口岸: the cities; kg/extract/zones.py shares the zones of places). The last item
    before the head is the head rules' where the name runs on to it (麻栗坝大型灌区)."""
    from kg.extract.names import division_of, lexicon_type_of, names_a_site

    text, out = ctx.text, []
    for m in _SHARED_SITE.finditer(text, ctx.doc.body_start):
        if not ctx.is_edge(m.end("head")) and text[m.end("head"):m.end("head") + 1] not in _ITEM_END \
                or text[m.end("head"):m.end("head") + 1] == "、":
            continue  # 南渡江引水、红岭灌区、迈湾水利枢纽: the list goes on, each item a whole name
        head, items, pos = m["head"], [(m.start("last"), m.end("last"))], m.start()
        while text[pos:pos + 1] == "、":  # back over the items before the last
            k = pos
            j = max(text.rfind(ch, max(0, k - 12), k) for ch in "、，。；：（）“”\n")
            if text[j:j + 1] == "、" and _SITE_ITEM.fullmatch(text, j + 1, k):
                items.append((j + 1, k))
                pos = j
                continue
            first = strip_opening_verbs(ctx, max(j + 1, k - 6), k, once=False)  # 建成 | 柴石滩
            if _SITE_ITEM.fullmatch(text, first, k) and ctx.is_edge(first):
                items.append((first, k))
            else:
                items = []
            break
        if len(items) < 2 or not all(names_a_site(ctx, text[a:b], head) and not _WHOLE_ITEM_END.search(text, a, b)
                                     and not (head != "遗址" and text[b - 1] in "城港")
                                     and not has_verb(ctx, a, b, ("c",)) for a, b in items):
            continue  # 绿色工厂、零碳工厂: kinds; 梅山灌区、…水库: whole names; 只有…: a clause
        joined = not m["etc"]  # 柴石滩、麻栗坝大型灌区: the last name runs on to its head
        for a, b in items[1:] if joined else items:
            item = text[a:b]
            if (lexicon_type_of(ctx.lexicon, item) or ("",))[0] or division_of(ctx.lexicon, item):
                continue  # 满洲里 of 满洲里、二连浩特等口岸: a city of its own
            out.append(Mention("Place", item, a, b, "place:shared-site-head", canonical=item + head, confidence=0.75))
    return out


#: Kinds of sites a city has one or a few of, named bare where the text means its own (推动大学城、科学城深度融合).
_BARE_SITES = ("大学城", "科学城", "科技城", "高教园", "新城", "产业园", "科技园", "高新区", "开发区", "新区")
_BARE_PAIR = re.compile(rf"(?P<a>{'|'.join(_BARE_SITES)})、(?P<b>{'|'.join(_BARE_SITES)})(?=[{CJK}])")


def find_bare_site_pairs(ctx: Context) -> list[Mention]:
    """Two bare kinds of sites paired as a clause's subject or object (推进高教园、大学城产教融合发展, 推动大学城、科学城
    深度融合) are the text's own sites of those kinds, which a reader knows by the bare word: a kind in general is
    no list's item beside another kind (2 corpus hits, both such). The pair opens its clause or follows its verb."""
    text, out = ctx.text, []
    for m in _BARE_PAIR.finditer(text, ctx.doc.body_start):
        s, e = m.start(), m.end()
        if not (ctx.is_edge(s) and ctx.is_edge(m.end("a")) and ctx.is_edge(m.start("b")) and ctx.is_edge(e)) \
                or text[e:e + 1] == "、":
            continue
        before = text[ctx.token_start(s - 1):s] if s > 0 and re.match(rf"[{CJK}]", text[s - 1]) else ""
        if before and word_tag(before) != "v":
            continue  # 良乡大学城、沙河高教园 are named by the words before them
        for g in ("a", "b"):
            out.append(Mention("Place", m[g], m.start(g), m.end(g), "place:bare-site-pair", confidence=0.6))
    return out



#: A clause's subject right before a verb of designation (元阳阿者科入选世界最佳旅游乡村, 武隆荆竹村获评…).
_DESIGNATED_SUBJECT = re.compile(rf"(?<=[，。；：\n])(?P<name>[{CJK}]{{4,8}}?)(?=入选|获评|荣获|获批)")
#: What the words after the place may be instead of a site's own name: an adverb of the clause (分别, 先后), a
#: stretch of a river (…段), a list's end (等).
_NOT_SITE_REST = re.compile("(?:分别|先后|均|再次|首次|成功|连续|段|等)$")


def find_designated_subjects(ctx: Context) -> list[Mention]:
    """A place named by its county or city and a proper name of its own, as the subject a designation is conferred on
    (元阳阿者科入选世界最佳旅游乡村, 武隆荆竹村获评…, 武隆仙女山入选…): a village, a scenic spot or a district of that
    place. The rest must be a proper name (names_a_site) of no other type: a body (福州大学), a sector (中卫 |
    精细化工) or an adverb of the clause (临汾分别) is no place."""
    from kg.extract.names import division_of, lexicon_matcher, lexicon_type_of, names_a_site

    text, out = ctx.text, []
    suffixes = tuple(ctx.lexicon.get("org_suffixes"))
    placed = tuple(ctx.lexicon.get("placed_heads")) + ("系统",)  # 惠企政策服务平台, 福鼎白茶文化系统 (a heritage system)
    for m in _DESIGNATED_SUBJECT.finditer(text, ctx.doc.body_start):
        s, e = m.span("name")
        pe = ctx.token_end(s)
        first = text[s:pe]
        known = lexicon_type_of(ctx.lexicon, first)
        if not (known and known[0] == "Place" or division_of(ctx.lexicon, first)) or e - pe < 2:
            continue
        rest = text[pe:e]
        if _NOT_SITE_REST.search(rest) or rest.endswith(suffixes + placed) or lexicon_type_of(ctx.lexicon, rest) \
                or any(payload[0] != "Place" for _s, _e, _t, payload in lexicon_matcher(ctx.lexicon).finditer(rest)) \
                or name_head_type(ctx.lexicon, "名" + rest) not in (None, "Place") or not names_a_site(ctx, rest):
            continue
        out.append(Mention("Place", text[s:e], s, e, "place:designated-subject", confidence=0.6))
    return out
