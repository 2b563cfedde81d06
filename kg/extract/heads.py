"""Names closed by a head word of their type, for the names no lexicon holds (kg/lexicons/name_heads.txt).

The genre names things head-last: 磷化工, 低空飞行器制造 (industries), 腾冲科学家论坛 (a meeting), 抚仙湖,
辽西先导区 (places), 福建省民营经济促进条例 (a document). A head counts only where the name ends (what
follows is punctuation, a function word or a verb: 精细化工 | 营收 is a modifier, not a name), and the name
runs back to the verb, function word or punctuation before it (培育 | 低空飞行器制造). A modifier made only of
generic words (重点, 国家级 …) makes no name. Expos are also written as abbreviations (南博会, 投洽会, 辽洽会).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kg.extract.context import CJK, Context, word_tag
from kg.extract.matcher import TermMatcher
from kg.lexicon import Lexicon
from kg.model import Mention

#: What may follow the end of a name.
_AFTER = set("，。；：、！？”）)\n和与及等的为在是")
#: Single characters that never stand as a name's whole modifier (新材料 is a lexicon entry, not a head name).
_WEAK = set("沿次新各该其本此全大小强好老等和与及的为在是有无多少高低长短上下内外前后中一二三四五六七八九十两各类型性化")
#: One-character heads of natural features (抚仙湖, 永定河, 阳宗海, 祁连山, 崖州湾, 涠洲岛): a name only where the word
#: before them is a proper part and the whole is one word (not 母亲河, 绿水青山, 美丽河湖).
_FEATURE_HEADS = ("湖", "河", "江", "海", "山", "湾", "岛")
#: Heads of natural regions (塔克拉玛干沙漠, 柴达木盆地, 青藏高原, 江汉平原, 丹江口库区, 琼州海峡, 伊犁河谷, 元阳哈尼梯田):
#: named by proper words alone, never by a designation's title, an ordinal or a dash between two regions.
_REGION_HEADS = frozenset({"沙漠", "盆地", "高原", "平原", "库区", "海峡", "河谷", "梯田"})
#: Words before a region's name that are no part of it: 境内 | 腾格里沙漠, 环 | 塔克拉玛干沙漠 (the ring around it).
_REGION_LEADS = ("境内", "环")
_REGION_TITLES = ("国家", "省", "全国")
#: Zones named by their kind before a sector (综保区 | 保税物流, 自贸区 | 离岸贸易).
_ZONE_WORDS = ("综保区", "综合保税区", "自贸区", "自贸试验区", "开发区", "高新区", "园区")
_EXPO_ABBR = re.compile(rf"(?P<n>[{CJK}](?:博会|洽会|交会|贸会))")
#: A country with its host province in brackets, right before a fair's short name (中国（安徽）科交会).
_BRACKETED_HOST = re.compile(rf"(?:中国|中国—[{CJK}]{{2,4}})（[{CJK}]{{2,4}}）$")


@lru_cache(maxsize=8)
def _heads(lexicon: Lexicon) -> TermMatcher:
    heads = {}
    for kind in ("placed_heads", "name_heads"):  # a name head (研究中心) wins over a placed one (中心)
        types = lexicon.alias_map(kind)
        heads.update({h: types[h][0] for h in lexicon.get(kind) if types.get(h)})
    return TermMatcher(heads)


#: Paired verbs of the genre that jieba does not know (提质扩容服务消费).
_ACTION_PAIRS = frozenset({"提质扩容", "扩容提质", "提质增效", "提质升级", "提档升级", "扩能提质", "提质扩能"})


def _past_leading_verb(ctx: Context, s: int, hs: int) -> int | None:
    """An industry name whose first word is an idiom or a verb (因地制宜 | 引育新兴产业, 选准 | 主导产业, 撬动 | 品质升级消费):
    the name starts after it when a modified name is left, or there is none when an idiom leaves a bare head.
    Before a bare head the verb stays the name's (放心消费, 定制农业, 快递物流); 56 corpus names read with such a
    first word, 32 wrong."""
    text = ctx.text
    e = min(ctx.token_end(s), hs)
    word = text[s:e]
    if e <= s or len(word) < 2:
        return s
    rest = strip_opening_verbs(ctx, e, hs, once=False)
    if word_tag(word) == "i":
        return rest if hs - rest >= 2 else None  # 突出重点 | 集群: an idiom and a bare head name nothing
    if (word_tag(word) == "v" or word in _ACTION_PAIRS) and hs - rest >= 2:
        return rest  # 巩固 | 一般贸易, 引导 | 低碳消费; 快递物流, 定制农业 keep their first word before a bare head
    return s


#: Verbs that take what follows as their object or goal: inside a sector's name they end a clause before it
#: (镍铜钴新材料产业集群进入 | 国家中小企业特色产业集群, 以创新创业兴 | 产业, 扩投资促 | 消费).
_PREDICATES = frozenset({"进入", "列入", "纳入", "入选", "入围", "找准", "牵引", "支撑", "带动", "兴", "促", "扩", "强",
                         "壮", "提振",
                         # a comparison (跨境电商增长快于 | 货物贸易, 增速高于 | 全部规上工业)
                         "高于", "快于", "低于", "慢于", "优于", "多于", "少于", "大于", "超过", "不低于", "不少于"})


def _past_inner_predicate(ctx: Context, s: int, hs: int) -> int:
    """A sector's name starts after the last predicate verb inside what the head walk took (the clause verbs of
    clause_verbs.txt, the opening verbs and _PREDICATES); a verb that forms the name (制造, 维修, 休闲) stays."""
    text, verbs = ctx.text, _verb_set(ctx.lexicon, "opening_verbs")[0] | ctx.lexicon.set("clause_verbs")
    start, pos = s, ctx.token_end(s)
    while s < pos < hs:
        e = min(ctx.token_end(pos), hs)
        if e <= pos:
            break
        if (text[pos:e] in _PREDICATES or text[pos:e] in verbs) and hs - e >= 1:
            start = e
        pos = e
    return start


#: China paired with a partner by a dash, opening a name (中国—东盟…, 中国—中亚…, 中国-北欧…).
_COUNTRY_PAIRED = ("中国—", "中国-", "中国－")


def placed_name(ctx: Context, s: int, end: int) -> bool:
    """A name that opens with a place (昆明国际数据交易平台, 贵州金服平台) or a body (金砖国家工业能力中国中心), or
    holds a place in brackets."""
    name = ctx.text[s:end]
    if any(_place_like(ctx, m.group(1)) for m in _BRACKET.finditer(name)):
        return True
    if name.startswith(_COUNTRY_PAIRED):
        return True  # 中国—中亚贸易畅通合作平台, 中国-北欧…: the country and its partner open the name
    from kg.extract.names import division_of, lexicon_matcher

    if any(ps == 0 and payload[0] in ("Place", "Organization") and ctx.is_edge(s + pe)  # not 向南|开放平台
           for ps, pe, _t, payload in lexicon_matcher(ctx.lexicon).finditer(name)):
        return True
    first = ctx.text[s:ctx.token_end(s)]  # 义乌全球数贸中心: a county's short form the gazetteer leaves out
    return len(first) >= 2 and word_tag(first) in ("ns", "nr", "nrt", "nz") and division_of(ctx.lexicon, first) is not None


def _first_place(ctx: Context, s: int, e: int) -> int | None:
    """Where the first lexicon place between ``s`` and ``e`` starts on a word edge, if one does."""
    from kg.extract.names import lexicon_matcher

    return next((s + ps for ps, pe, _t, payload in lexicon_matcher(ctx.lexicon).finditer(ctx.text[s:e])
                 if payload[0] == "Place" and ctx.is_edge(s + ps) and ctx.is_edge(s + pe)), None)


#: A place in brackets inside or after a name: 国家（西部）算力调度平台, …转化中心（成渝地区）.
_BRACKET = re.compile(r"（([^（）]{2,6})）")


def _place_like(ctx: Context, word: str) -> bool:
    """西部, 成渝地区, 福建, 厦门, 沈阳: a place, a region or a direction."""
    from kg.extract.names import lexicon_type_of

    known = lexicon_type_of(ctx.lexicon, word)
    return bool(known and known[0] == "Place") or word.endswith("地区") or \
        bool(re.fullmatch("(?:东|南|西|北|中)部|东北|西北|西南|东南", word))


def bracket_edges(ctx: Context, s: int, he: int) -> tuple[int, int]:
    """Widen a name over a bracketed place just before its start or right after its end."""
    text = ctx.text
    if text[s - 1:s] == "）" and (o := text.rfind("（", max(0, s - 8), s)) > 0 and _place_like(ctx, text[o + 1:s - 1]):
        s2 = ctx.left_edge(o, max_len=6)
        if s2 < o:
            s = strip_opening_verbs(ctx, s2, o, once=False)
    if text[he:he + 1] == "（" and (c := text.find("）", he, he + 9)) > 0 and _place_like(ctx, text[he + 1:c]) \
            and (c + 1 >= len(text) or text[c + 1] in _AFTER or _after_verb(ctx, c + 1)):
        he = c + 1
    return s, he


#: Words glued before a list's first item: the end of a verb (做|大新能源) or a preposition (面向有色金属).
_GLUED_LEADS = ("面向", "围绕", "聚焦", "包括", "涵盖", "大", "强", "优", "好", "指")


def trim_glued_lead(ctx: Context, s: int, e: int) -> int:
    """持续做大新能源、新材料: jieba leaves 大 on the first item; where the rest is a lexicon industry and what
    is left over is a verb's end or a preposition, the item starts after it."""
    from kg.extract.names import lexicon_type_of

    def _lexicon_industry(n: str) -> bool:
        known = lexicon_type_of(ctx.lexicon, n)
        return known is not None and known[0] == "Industry"

    name = ctx.text[s:e]
    for lead in _GLUED_LEADS:
        if name.startswith(lead) and len(name) > len(lead) + 1 and not _lexicon_industry(name) \
                and _lexicon_industry(name[len(lead):]):
            return s + len(lead)
    return s


def widen_over_dash(ctx: Context, s: int) -> int:
    """磨憨—磨丁经济合作区, 天津滨海-中关村科技园, 柳州—桂林经济走廊: two places joined by a dash open one name
    (14 corpus names, all such), and so do three or more (南宁—柳州—桂林经济走廊)."""
    text = ctx.text
    while text[s - 1:s] in ("—", "-", "－") and s >= 3:
        s2 = strip_opening_verbs(ctx, ctx.left_edge(s - 1, max_len=6), s - 1, once=False)
        if not (s - 1 - s2 >= 2 and re.fullmatch(rf"[{CJK}]+", text[s2:s - 1])):
            break
        s = s2
    return s


def industry_head(lexicon: Lexicon, name: str) -> bool:
    """True when ``name`` ends with an industry head of two characters or more (冷链物流, 生物医药)."""
    return any(name.endswith(h) and len(name) > len(h) for h, t in _heads(lexicon).payload.items()
               if t == "Industry")


def is_industry_head(lexicon: Lexicon, word: str) -> bool:
    """零售, 物流, 旅游: a word that is itself an industry head."""
    return _heads(lexicon).payload.get(word) == "Industry"


def name_head_type(lexicon: Lexicon, name: str) -> str | None:
    """The type of the longest head of two characters or more that ``name`` ends with (良渚论坛 → Meeting); a
    placed head (中心) types nothing here."""
    placed = lexicon.set("placed_heads")  # 中心, 平台 type a name only with its place (kg/lexicons/placed_heads.txt)
    payload = _heads(lexicon).payload
    # the name's endings looked up, longest first (one ending of each length: the longest head is the first found)
    best = next((h for h in (name[-k:] for k in range(len(name) - 1, 1, -1)) if h in payload and h not in placed),
                None)
    return payload[best] if best else None


#: Verbs that issue a text of opinions (出台 | 加快建设教育强区意见, 制定 | 产业兴区实施意见).
_ISSUED = ("出台", "制定", "印发", "发布", "制定出台", "研究制定", "制定实施", "出台实施")
_ISSUED_RX = re.compile("|".join(sorted(_ISSUED, key=len, reverse=True)))  # the longest verb first (制定实施)
#: Verbs before a plan (方案) that name it: it is written, issued, sought or carried out (制定 | 稳就业促创业方案).
_PUT_IN_FORCE = ("制定", "出台", "印发", "发布", "编制", "修订", "推出", "实施", "落实", "落实好", "争取", "执行")
#: The last of them before a title, with the speaker's own level after it (出台实施我省 | …方案).
_PUT_IN_FORCE_RX = re.compile(rf"(?:{'|'.join(sorted(_PUT_IN_FORCE, key=len, reverse=True))})(?:我省|我市|我区|全省|全市)?"
                              r"(?!.*(?:制定|出台|印发|发布|编制|修订|推出|实施|落实|争取|执行))")


#: Verbs that govern the sector word right after them (提振 | 消费, 促 | 消费, 壮 | 集群, 兴 | 产业, 牵引 | 产业).
_GOVERNING_VERB = re.compile("(?:提振|促进|促|(?<![新振复])兴|壮|牵引|带动|拉动|扩大|支撑|做强|做大|壮大|培育|赋能)$")
#: An economy's orientation or order before 经济 (开放型, 外向型; 法治经济、信用经济, 市场经济): a stance of policy or
#: the rules an economy keeps, not a sector.
_ORIENTATION = re.compile("(?:(?:开放|外向)型(?:世界)?|法治|信用|市场)$")


#: Heads of belts and trunk routes: a kind of them (省际大通道) is no list's category of places, unlike a kind of site.
_ROUTE_HEADS = frozenset({"大通道", "经济带", "创新带", "科创带", "发展带"})


#: The rest of a list whose items share a security head (国家能源、粮食安全; 粮食能源、经济金融…等重点领域安全).
_SHARED_SECURITY = re.compile(r"(?:、[^，。；：、\n]{1,8}?)+(?:等)?(?:重点)?(?:领域)?安全")


#: The last count in a sector's modifier (…两大, 十大, 六大): what stands before it is a list's last item.
_LAST_COUNT = re.compile("[一二三四五六七八九十两]+大(?!.*[一二三四五六七八九十两]+大)")


#: The whole chain of a sector, which names the sector (纺织服装全产业链, 新能源装备制造完整产业链).
WHOLE_CHAINS = ("完整产业链", "全产业链")


def whole_chain(name: str) -> str | None:
    """The words of a sector's whole chain that end ``name`` (纺织服装 | 全产业链), if two characters or more are left."""
    return next((w for w in WHOLE_CHAINS if name.endswith(w) and len(name) - len(w) >= 2), None)


#: An anniversary's congress, whose 庆祝 or 纪念 opens its name (kg/extract/meetings.py reads it after 举行 too).
_ANNIVERSARY_CONGRESS = re.compile(r"\d+周年(?:纪念|庆祝)?大会$")
#: Verbs that introduce what something covers (项目涵盖…, 涉及…): never inside a sector's name.
LIST_INTRO = re.compile("涵盖|涉及|包括|覆盖|包含|囊括")
#: Placed heads that close a name wherever they stand (北京知识产权法院 | 参加), unlike 中心 and 平台 (中心 | 城区).
_CLOSING_PLACED_HEADS = frozenset({"法院"})


def past_words_before_a_known_area(ctx: Context, s: int, end: int) -> int:
    """Where an area's name starts when the place lexicon knows the area itself and words stand before it
    (研究部署 | 长江经济带: jieba reads 研究部署 one noun): at the known area; a place before it stays (成渝地区双城经济圈)."""
    from kg.extract.names import lexicon_matcher

    for ps, pe, _surface, payload in lexicon_matcher(ctx.lexicon).finditer(ctx.text[s:end]):
        if payload[0] == "Place" and s + pe == end and ps >= 2 and ctx.is_edge(s + ps):
            prefix = ctx.text[s:s + ps]
            if word_tag(prefix) not in ("ns", "nr", "nz", "j") and not any(
                    p[0] == "Place" for _a, _b, _c, p in lexicon_matcher(ctx.lexicon).finditer(prefix)):
                return s + ps
    return s


def find_head_names(ctx: Context) -> list[Mention]:
    from kg.extract.names import lexicon_type_of, names_a_site, site_name_start

    text, out = ctx.text, []
    generic = ctx.lexicon.set("generic")
    matcher = _heads(ctx.lexicon)
    placed = ctx.lexicon.set("placed_heads")
    for hs, he, head, etype in matcher.finditer(text, ctx.doc.body_start):
        if etype == "Industry" and text[he:he + 1] == "业" and ctx.is_edge(he + 1):
            he, head = he + 1, head + "业"  # 文化旅游|业: the sector's 业 closes the name
        distinctive = (etype in ("Meeting", "Place", "Organization") and len(head) >= 2
                       and (head not in placed or head in _CLOSING_PLACED_HEADS)
                       or head in _FEATURE_HEADS or head == "镇")  # 周口港中心|作业区: a placed head must end the name
        if not (he >= len(text) or text[he] in _AFTER or _after_verb(ctx, he)
                or (distinctive and _ends_here(ctx, he)) or text[he] == "（"
                or etype == "Industry" and len(head) >= 2 and (_measured(text, he) or _sector_subject(ctx, hs, he))):
            continue
        measured = not (he >= len(text) or text[he] in _AFTER or _after_verb(ctx, he)
                        or (distinctive and _ends_here(ctx, he)) or text[he] == "（"
                        or etype == "Industry" and len(head) >= 2 and _sector_subject(ctx, hs, he))
        titled = etype in ("Meeting", "Document")
        # jieba tags name-forming words as verbs (首发经济, 共享农业): only an institution skips them
        reach = (20 if etype == "Meeting" else 16) if titled else 16 if etype == "Organization" else 12
        s = ctx.left_edge(hs, max_len=reach, skip_leading=etype == "Organization",
                          keep_boundary=titled)
        s = strip_opening_verbs(ctx, s, hs, once=titled)
        while etype == "Document" and (lead := next((w for w in _TITLE_LEADS if text.startswith(w, s)), None)) \
                and hs - s - len(lead) >= 2 and (lead != "关于" or "的" not in text[s:hs]):
            s += len(lead)  # 根据 | 本次 | 代表大会选举办法, 关于 | 选举办法的说明: the preposition and the demonstrative are
            # the clause's (a title of 关于 runs to 的 and its kind: 关于…的意见, read by the documents' rules)
        if etype == "Document" and (rev := _REVISED.match(text, s, hs)) is not None and hs - rev.end() >= 2:
            s = rev.end()  # 通过新修订的 | 国务院组织法: the law's title, revised
        if etype == "Document" and head == "办法" and text[s - 2:s] == "实施" and text[hs - 1:hs] == "法":
            s -= 2  # 实施代表法办法: a region's measures implementing a law are titled by that verb (实施《…法》办法)
        if etype == "Document" and re.match(r"（(?:\d{4}(?:[—\-－~～至]\d{4})?年?版?|试行|修订稿?)）", text[he:]):
            continue  # 优化营商环境行动方案（2026版）: the edition is the title's (the programme rules read it whole)
        if head in ("意见", "实施意见"):  # the title runs back to the verb that issues it, 的 and verbs and all
            cs = max(text.rfind(c, max(ctx.doc.body_start, hs - 30), hs) for c in "，。；：\n（）《》") + 1
            issued = [m.end() for m in _ISSUED_RX.finditer(text, cs, hs)]
            if not issued:
                continue  # 听取意见, 提出意见: opinions, no title
            s = issued[-1]
        if etype == "Industry":
            s = trim_glued_lead(ctx, s, he)
            s = _past_leading_verb(ctx, s, hs)
            if s is None:
                continue  # 梳理 | 产业, 突出重点 | 集群: a verb and a bare head, no sector named
            s = _past_inner_predicate(ctx, s, hs)
            if (intro := LIST_INTRO.search(text, s, hs)) is not None and he - intro.end() >= 2:
                s = intro.end()  # 项目涵盖 | 先进制造: what covers the sector is no part of its name
            if text.startswith("高质量发展", s) and hs - s - 5 >= 2:
                s += 5  # 高质量发展 | 县域经济: the goal as a verb phrase before the sector
            if (count := _LAST_COUNT.search(text, s, hs)) is not None:
                s = count.end()  # 合成材料三大 | 优势集群, 六大 | 未来产业: a category is named without its count
            if (edition := _EDITION_LEAD.match(text, s, hs)) is not None:
                s = edition.end()  # 举办首届 | 青稞产业发展大会: the edition is the meeting's, not the sector's
            s = past_statistical_scope(text, s, hs)  # 规上 | 高技术制造业: the firms counted, not the sector's name
            if (scale := SCALE_CLASS.match(text, s, hs)) is not None and hs - scale.end() >= 2:
                s = scale.end()  # 千亿级 | 碳纤维产业: the class of output a sector aims at, no part of its name
        if (batch := _BATCH.match(text, s, hs)) is not None and hs - batch.end() >= 2:
            s = batch.end()  # 第二批 | 自贸试验区联动创新区, 首批 | 国家级…基地: the batch a site was named in is no part of it
        ranks = list(_FIRST_OF_KIND.finditer(text, s, hs)) if etype == "Document" else []
        if ranks and hs - ranks[-1].end() >= 2:
            s = ranks[-1].end()  # 新一轮政府机构改革后全国首件 | 价格监督检查条例: a rank among laws, no part of the title
            # (a site or a cluster after 首个 is described, not named: 首个沙戈荒大基地)
        if etype == "Meeting":
            s = _meeting_start(ctx, s, hs)
            # 内蒙古—深圳（前海）| 产业合作大会, 中国（太原）| 国际能源产业博览会; not a meeting's edition after its
            # name (全球公共安全合作论坛（连云港）| 2026年大会)
            wide = bracket_edges(ctx, s, he)[0]
            if wide < s and name_head_type(ctx.lexicon, text[wide:text.rfind("（", wide, s)]) == "Meeting":
                wide = s
            s = widen_over_dash(ctx, wide)
            if text[s - 1:s] in ("和", "与") and s - 1 > ctx.doc.body_start:
                ws = ctx.left_edge(s - 1, max_len=8)
                first = text[ws:s - 1]
                if len(first) >= 2 and ctx.is_edge(ws) and text[ws - 1:ws] in "、，。；：\n" \
                        and name_head_type(ctx.lexicon, first) is None and not has_verb(ctx, ws, s - 1, ("v",)) \
                        and not re.search("(?:会|论坛|节|赛|展|周)$", first):
                    s = ws  # 全球智能机械和 | 电子产品博览会: two fields of one fair's name, not two fairs
        end = he
        if etype in ("Organization", "Place"):
            s, end = bracket_edges(ctx, s, he)
            s = site_name_start(ctx, s if head in _REGION_HEADS else widen_over_dash(ctx, s), hs)  # 修改 | 浦东新区
        if head in _REGION_HEADS:
            s += next((len(w) for w in _REGION_LEADS if text.startswith(w, s) and hs - s - len(w) >= 2), 0)
            if re.search(r"[\d·第]", text[s:hs]) or text.startswith(_REGION_TITLES, s) \
                    or not _region_name(ctx, text[s:hs]):
                continue  # 第十届库布其沙漠论坛, “净土青海·高原臻品”, 国家质量基础设施高原集成服务体系, 高标准平原农田
        if head in placed and not placed_name(ctx, s, end) \
                and not (head == "基金" and (_founded(text, s, hs) or _levels_fund(ctx, s, hs))):
            p = _first_place(ctx, s, hs) if head == "平台" else None  # 面向 | 南亚东南亚辐射中心 is a goal
            if p is None or not placed_name(ctx, p, end):
                continue  # 融资平台, 中试平台: a class of platforms, not one named
            s = p  # 市场化运营 | 贵州金服平台: the name opens with its place
        if etype in ("Place", "Organization") and (s := past_rank_description(text, s, hs, head)) is None:
            continue  # 省内单体最大火电基地: a site described by its rank, not named
        modifier = text[s:hs]
        name = text[s:end]
        if modifier in _verb_set(ctx.lexicon, "opening_verbs")[0] or name.endswith("代表大会") \
                or text[s:s + 1] in "暨和与及、好了" or _counted(text, s) or text.startswith(("以上", "以下"), s) \
                or text.startswith("左右", s) and re.match(r"[\d个家所座项批]", text[s - 1:s]) \
                or text[he:he + 1] == "化":  # 博鳌潭门片区 | 化, 集群 | 化: the head opens a word of -isation
            continue  # 促进消费 (a verb and its object), 人民代表大会 (the meeting rules read it), 10家医院 (a count),
            # 二级及 | 以上公立医院 (a level's threshold: a class of institutions)
        if not _good_modifier(ctx, modifier, etype, head) or name in generic or not ctx.is_edge(s) \
                or etype == "Place" and len(head) >= 2 and not names_a_site(ctx, modifier, head) \
                and (text[s - 1:s] != "等" or head in _ROUTE_HEADS) \
                or _in_title(text, s) or (text[s - 1:s] == "“" and text[he:he + 1] == "”") \
                or etype == "Industry" and _in_quoted_series(text, s, end):
            continue  # a quoted figure (“护城河”) is the quote rule's to read; a kind of site (教育实践基地) is no
            # place, unless it is a list's category (医疗、制造、科学等应用中试基地, ANNOTATION.md: enumerations)
        if measured and (len(modifier) > 6 or has_verb(ctx, s, hs) or head == "经济" and text.startswith("发展", he)):
            continue  # 影响 | 经济发展, 科技特派员服务县域特色产业发展: a verb's object, a clause, not a measured industry
        if etype == "Industry" and head == "产业" and modifier.endswith("业") and len(modifier) >= 3:
            continue  # 装备制造业 | 产业规模: the sector is named already, 产业 opens its measure
        if etype == "Industry" and text[s - 1:s] == "的" and word_tag(modifier) in ("a", "ad", "an"):
            continue  # …全覆盖的完整产业集群: a quality the clause before describes, no sector named
        if etype == "Industry" and text[he:he + 1] == "的" and has_verb(ctx, s, hs):
            continue  # 懂科技懂产业的技术经理人, 以牺牲环境换取经济的一时增长: a clause that modifies a noun
        if etype == "Industry" and _GOVERNING_VERB.search(text, s + 1, hs):
            continue  # 以优质供给提振消费, 扩投资促消费, 抓创新强链条壮集群, 以创新创业兴产业: the head is the object of
            # the verb before it, a clause and no sector
        if etype == "Industry" and _ORIENTATION.search(text, s, hs):
            continue  # 发展开放型经济, 外向型经济蓬勃发展, 开放型世界经济: how open an economy is, no sector
        if etype == "Industry" and _inside_longer_name(ctx, he):
            continue  # 组建广西关键金属产业发展集团, 国家产业发展与转移指导目录: the sector words open a company's or a
            # document's name (ANNOTATION.md: a term used as a modifier inside a longer name is not emitted alone)
        if etype == "Industry" and _SHARED_SECURITY.match(text, he):
            continue  # 保障国家能源、粮食安全: the list's items share 安全; energy security is no industry
        if etype == "Industry" and _PROJECT_AFTER.match(text, he):
            continue  # …精细化工等重点项目: a project named after its product, not an industry
        if etype == "Industry" and _PROJECT_LIST.match(text, he) \
                and word_tag(text[s:ctx.token_end(s)]) in _PROPER_TAGS:
            continue  # 实施中石化催化剂、中海油新材料、…等重点项目: a company's or a place's project in a list of
            # projects, named after its product (生物制造、氢能装备等项目 are sectors: no proper name opens them)
        if etype == "Industry" and not head.endswith(_NAMED_GROUPINGS) and (cut := _past_place(ctx, s, hs)) > s:
            if cut >= hs and len(head) < 3 or cut < hs and (ctx.is_generic_modifier(text[cut:hs])
                                                            or text[cut:hs] in _GENERIC_INDUSTRY):
                continue  # 粤港澳大湾区产业, 北京重点产业: a place's industries, none named
            s = cut  # 重庆 | 汽车产业, 与东盟 | 贸易: the place is whose the sector is (the dev gold names no sector
            # with its place; a place's cluster, 呼包鄂低空经济产业集群, is one named grouping and keeps it)
            modifier, name = text[s:hs], text[s:end]
        if etype == "Industry" and (zone := next((z for z in _ZONE_WORDS if text.startswith(z, s)), None)) \
                and hs - s - len(zone) >= 2:
            s += len(zone)  # 综保区 | 保税物流: where the sector works, no part of its name
            modifier, name = text[s:hs], text[s:end]
        if (head == "县" or head in _FEATURE_HEADS) and (len(modifier) > 3 or ctx.token_end(s) not in (hs, he)
                                                         or len(modifier) == 1 and text[he:he + 1] not in _AFTER):
            continue  # 祥云县, 赤水河, 漓江 are names; 国家乡村振兴示范县, 江阴靖江, 盐湖|化工, 龙江|森工 are not
        if head == "镇" and len(modifier) == 3 and modifier[0] in "在对由与和到向从于":
            s += 1  # 在 | 籍山镇党委的领导下: a preposition before a town of two characters
            modifier, name = text[s:hs], text[s:end]
        if head == "镇" and (len(modifier) > 3 or modifier[-1] in "城乡村强名重古" or re.search("[镇县]", modifier)
                             or not names_a_site(ctx, modifier, head)):
            continue  # 磨憨镇, 闽宁镇 are towns; 中心镇, 建制镇, 小城镇 are kinds; 城镇, 乡镇 words; 驻镇帮镇 a slogan
        if head in _FEATURE_HEADS and (_glued_char(ctx, he) or _figure_of_speech(name)
                                       or head not in ("湖", "河", "江") and (
                                           len(modifier) < 2 or word_tag(modifier) in ("v", "vd", "vn")
                                           or not names_a_site(ctx, modifier, head)
                                           or ctx.is_generic_modifier(modifier))):
            continue  # 赤水河|谷: the head opens a longer word; 绿水青山, 江河湖: figures; 靠山, 深海: common words
        if head == "办法" and (re.search("[的]", modifier) or modifier.startswith(("有", "研究", "想"))):
            continue  # 有能力有办法, 研究市场化的投融资办法: a way of doing things, no title
        if head == "方案" and not text[max(0, s - 4):s].endswith(_PUT_IN_FORCE) \
                and (put := _PUT_IN_FORCE_RX.search(text, max([hs - 26] + [text.rfind(c, max(0, hs - 26), hs) + 1 for c in "，。；：\n"]),
                                                    s)) is not None \
                and not re.search("[等的，、]", text[put.end():hs]) and not re.match(r"“?十[一二三四五六七八九]五", text[put.end():]):
            # 制定实施 | 加快打造向北开放新高地总体规划方案, 出台实施我省 | 共建上海（长三角）…建设方案: the title runs
            # back to the verb that puts it in force, its own verbs and brackets and all (not a plan period before the
            # name: 编制“十五五” | 碳达峰行动方案)
            s = put.end()
            modifier, name = text[s:hs], text[s:end]
        if head == "方案" and (len(modifier) < 4 or re.search("[等的]", modifier)
                               or not _PUT_IN_FORCE_RX.search(text, max(0, s - 6), s)
                               or _PUT_IN_FORCE_RX.search(text, max(0, s - 6), s).end() != s):
            continue  # 解决方案, 融资方案: a kind of plan; one is named where it is written, issued or carried out
        if head in ("意见", "实施意见") and (len(modifier) < 4 or "等" in modifier
                                         or not text[max(0, s - 4):s].endswith(_ISSUED)):
            continue  # 听取意见, 提出意见: opinions; 出台 | 深化投资体制改革实施意见 is a title issued (10 corpus titles)
        if etype == "Place" and head.endswith("基地") and text[s - 1:s] != "等" and not modifier.startswith(("国家", "省", "市")) \
                and common_words(ctx, s, hs):
            continue  # 种苗繁育基地, 体育训练基地, 高性能碳纤维产业基地: a kind of base, no place or name joined (国家…基地
            # is a designation, ANNOTATION.md rule 2; 省…基地 the own province's)
        if modifier.endswith(head[0]):
            continue  # 太湖|湖体: the head word's own character again is the next word, not this name's end
        if etype == "Place" and head in _BRANCH_HEADS and _a_bodys_branch(ctx, modifier):
            out.append(Mention("Organization", name, s, end, "head:branch", confidence=0.65))
            continue  # 怀柔实验室新疆基地: a laboratory's base in a region is the laboratory's, a body
        if etype == "Meeting" and "了" in name:
            continue  # 6个单位做了 | 大会发言: a clause's finished verb, no meeting's name holds 了
        if etype == "Meeting" and (cv := max(text.rfind("召开", s, hs), text.rfind("举行", s, hs),
                                             text.rfind("进行", s, hs))) >= 0:
            s, name = cv + 2, text[cv + 2:end]  # 今天召开 | 大会: the meeting is named after the verb that holds it
            # (会议进行 | 大会选举: 进行 too)
            if len(name) <= 2:
                continue
        if head == "海" and hs - s >= 2 and (lexicon_type_of(ctx.lexicon, text[s:hs]) or ("",))[0] == "Place":
            continue  # 山东 | 海辰…产业园: no sea is named by a province or a city; 海 opens the next word
        if etype == "Place" and (ks := past_words_before_a_known_area(ctx, s, end)) > s:
            s, name = ks, text[ks:end]  # 研究部署 | 长江经济带
        if etype == "Organization" and name.endswith("副中心"):
            etype = "Place"  # 遵义省域副中心, 北京城市副中心: a city's role in its region (the gold's Place|Strategy), no body
        canonical = None
        if etype == "Industry" and (whole := whole_chain(name)):
            canonical = name[:-len(whole)]  # 纺织服装全产业链: the whole chain of a sector is the sector (the dev gold's
            # 纺织服装)
        if etype == "Meeting" and _ANNIVERSARY_CONGRESS.search(name):
            if text[s - 2:s] in ("庆祝", "纪念"):
                s, name = s - 2, text[s - 2:end]
            if name.startswith(("庆祝", "纪念")):
                canonical = name  # 在庆祝中国人民政治协商会议成立75周年大会上: the verb is the congress's name's
        out.append(Mention(etype, name, s, end, f"head:{etype.lower()}", canonical=canonical, confidence=0.65))
    for m in _EXPO_ABBR.finditer(text, ctx.doc.body_start):
        s, e = m.start("n"), m.end("n")
        if ctx.is_edge(s) or not re.match(rf"[{CJK}]", text[s - 1:s] or "，"):
            if (b := _BRACKETED_HOST.search(text, max(0, s - 12), s)) is not None:
                s = b.start()  # 中国（安徽）| 科交会: the host country and province in brackets open the fair's name
            out.append(Mention("Meeting", text[s:e], s, e, "head:expo-abbreviation", confidence=0.7))
    out.extend(_shared_park_heads(ctx))
    return out


#: Mountains, rivers and routes listed before the national park they each name (长城、长征、黄河国家文化公园, 祁连山、
#: 若尔盖国家公园: 9 corpus lists, all such); the last item is read with the head by the head rule.
_SHARED_PARK = re.compile(rf"(?P<items>(?:[{CJK}]{{2,4}}、)+)(?P<last>[{CJK}]{{2,4}}?)(?P<head>国家文化公园|国家公园)")


def _shared_park_heads(ctx: Context) -> list[Mention]:
    """ANNOTATION.md: shared heads. Each item before the last takes the head (长城国家文化公园, 祁连山国家公园)."""
    text, out = ctx.text, []
    for m in _SHARED_PARK.finditer(text, ctx.doc.body_start):
        first_end = text.index("、", m.start("items"))
        pos = max(m.start("items"), ctx.left_edge(first_end, max_len=6))  # 推进 | 祁连山: not 推 | 进祁连山
        pos = strip_opening_verbs(ctx, pos, first_end, once=False)
        for item in re.finditer(rf"[{CJK}]+(?=、)", text[pos:m.end("items")]):
            s, e = pos + item.start(), pos + item.end()
            if not 2 <= e - s <= 4 or has_verb(ctx, s, e, ("v",)):
                continue
            out.append(Mention("Place", text[s:e], s, e, "place:shared-park-head", canonical=text[s:e] + m["head"],
                               confidence=0.8))
    return out


#: Verbs that set up a fund: the fund set up is one fund (设立 | 城市更新基金, 推动设立 | 国资并购基金), where a fund used or
#: strengthened is a kind (用好政府投资基金, 强化产业基金).
_FOUNDING = ("设立", "新设", "组建", "发起设立", "成立")


#: The level that runs a fund of its own (国家创业投资引导基金, 省现代产业引导基金, 自治区产业基金); 省级引导基金 is a kind.
_FUND_LEVEL = re.compile("(?:国家|省|市(?!场)|自治区)(?!级)")


def _levels_fund(ctx: Context, s: int, hs: int) -> bool:
    """A fund a level of government runs, named by what it invests in: 国家创业投资引导基金, 省现代产业引导基金 (3 corpus
    names; the generic 政府投资基金, 省级引导基金 are left out)."""
    lead = _FUND_LEVEL.match(ctx.text, s, hs)
    return lead is not None and hs - lead.end() >= 2 and not ctx.is_generic_modifier(ctx.text[lead.end():hs])


def _founded(text: str, s: int, hs: int) -> bool:
    """A fund's name right after a verb that sets it up, with a modifier of its own (not 专项基金, not 基金 alone)."""
    return text[max(0, s - 4):s].endswith(_FOUNDING) and hs - s >= 2 and text[s:hs] not in ("专项", "引导", "一批")


def _region_name(ctx: Context, modifier: str) -> bool:
    """A natural region's name holds a place's word: jieba's proper name (塔克拉玛干, 柴达木, 哈尼), a lexicon place or a
    county's short form (赤水); a rare common word (高标准) names no region."""
    from kg.extract.names import cut_words, division_of, lexicon_type_of

    return any(word_tag(w) in ("ns", "nr", "nrt", "nrfg", "nz") or division_of(ctx.lexicon, w)
               or (lexicon_type_of(ctx.lexicon, w) or ("",))[0] == "Place" for w in cut_words(ctx.lexicon, modifier))


def strip_opening_verbs(ctx: Context, s: int, hs: int, *, once: bool) -> int:
    """发展 | 磷化工, 成功举办 | 腾冲科学家论坛, 落实好 | 民营经济促进法, 支持江淮生态经济区发展 | 优势产业: the
    name starts after the last verb token before its head (and the particle after that verb). Titles keep
    verbs of their own (出台 | 优化营商环境条例): for them only the verbs that stand before titles count."""
    verbs, longest = _verb_set(ctx.lexicon, "title_verbs" if once else "opening_verbs")
    text = ctx.text
    start, pos, after_verb, verb_len = s, s, False, 0
    titled = False  # a title's verb stepped over (出台, 制定): in a title's walk the name starts at the next noun
    # a verb the tokenizer cut across the name's first edge (做 | 大 | 特色产业): its last character is no name's
    if hs - s > 2 and not once and text[s:s + 1] in _RESULTS and any(text[s - k:s + 1] in verbs for k in (1, 2)):
        start, pos, after_verb, verb_len = s + 1, s + 1, True, 2
    while pos < hs:
        e = min(ctx.token_end(pos), hs)
        if e <= pos:
            break
        word = text[pos:e]
        # the longest verb spelled from here that jieba cut into shorter words (提|振 餐饮)
        spelled = next((n for n in range(min(longest, hs - pos - 1), max(2, len(word) + 1) - 1, -1)
                        if text[pos:pos + n] in verbs and ctx.is_edge(pos + n)), 0)
        if spelled:
            start, after_verb, verb_len, pos = pos + spelled, True, spelled, pos + spelled
            titled = True
            continue
        # the longest verb the word starts with (jieba's 促进消费: the verb glued to the name), leaving two characters
        # at least (创新药 is a word of its own, no verb glued to 药)
        whole = ctx.token_end(pos) <= hs  # a word the span's end does not cut
        glued = next((n for n in range(len(word) - (2 if whole else 1), 1, -1) if word[:n] in verbs), 0) \
            if not (word_tag(word) in _NOUN_TAGS and word[-1] in _SITE_ENDS) else 0  # 开发区: a site's noun
        if glued and word[glued:] in verbs and e < hs and not once:
            start, after_verb, verb_len = e, True, len(word)  # 培育壮大 | 新兴产业: two verbs jieba joined
        elif glued and pos + glued < hs and not once:
            start, after_verb, verb_len = pos + glued, True, glued
        elif len(word) == 1 and word in verbs and word != "有" and not after_verb and ctx.token_end(e) == e + 1 \
                and text[e:e + 1] not in _PARTICLES and re.match(rf"[{CJK}]", text[e:e + 1]) and e + 1 < hs:
            break  # 稳|岗 返还, 稳|岗 扩岗: a one-character verb and a one-character noun make the name's first word
        elif word in verbs or (after_verb and word in _PARTICLES
                               and (word not in _RESULTS or verb_len == 1)) or word in ctx.adverbs \
                or ctx._ends_with_boundary(word) \
                or any(word[:k] in ctx.adverbs and word[k:] in verbs for k in range(1, len(word))):
            if e < hs:
                start, after_verb, verb_len = e, True, len(word)
                titled = titled or word in verbs
        elif once and after_verb and word == "的":
            start = e  # 即将出台的 | 民族团结进步促进法: the clause before a title ends at 的
        elif once and titled and word_tag(word) not in ("d", "ad", "p") and not _subject_body(ctx, pos, hs, verbs):
            break  # 出台 | 公共文化服务保障条例: past the verb before it, a title's own verbs (保障, 服务) stay its words
        else:
            after_verb = False
        pos = e
    return start


#: Last characters of a body's name (市人大常委会, 省政府, 国务院, 商务部): a body between two verbs before a title is
#: their subject (提请 | 市人大常委会 | 审议通过 | 城市更新条例), not the title's first word.
_BODY_ENDS = tuple("会委府院局厅部办")


def _subject_body(ctx: Context, pos: int, hs: int, verbs: frozenset[str]) -> bool:
    """The words from ``pos`` up to the next verb before ``hs`` name a body (the verb's subject)."""
    text, p = ctx.text, pos
    while p < hs:
        e = min(ctx.token_end(p), hs)
        if e <= p:
            return False
        if text[p:e] in verbs:
            return p > pos and text[p - 1] in _BODY_ENDS
        p = e
    return False


#: jieba's tags of the nouns of the language (开发区 n, 建设银行 nt): a site's or a body's noun that starts with a
#: verb (开发区, 示范区, 建设银行) keeps it; other words glued to a verb (促进消费) lose it.
_NOUN_TAGS = frozenset({"n", "nt", "nz", "ns"})
_SITE_ENDS = frozenset("区园港城局行所院厂站")


#: Types whose names no clause word opens: a meeting, a goal, a place or a body is never named by the verb,
#: adverb, preposition or conjunction before it (提请 | 大会, 申办 | 第三届中非农业合作论坛, 要以 | 更大力度打造…高地,
#: 巩固 | 大熊猫国家公园, 招引 | 更多跨国公司). Industries and programmes keep such first words (定制农业, 即时零售,
#: 最严格水资源管理制度, 由常住地登记户口提供基本公共服务制度): they are not trimmed here.
_CLAUSE_OPENED = frozenset({"Meeting", "Strategy", "Place", "Organization"})
_OPENER_TAGS = frozenset({"p", "c", "d"})
#: How a text speaks of its own country or province: 我国 | 南向西向开放战略高地 (a pronoun opens no name).
_OWN_PLACE_WORDS = frozenset({"我国", "我省", "我市", "我区", "我州", "我县", "本省", "本市"})


#: Verbs whose object is a meeting (全文提请 | 大会, 陇南入选 | 世界互联网大会, 接续拓展 | 夏季达沃斯论坛): wherever they
#: stand in a meeting's span, the name starts after them. Session news writes the session as 大会 after a speaker
#: (某某宣布 | 大会开幕, 某某代表常委会向 | 大会报告工作, 到会祝贺 | 大会召开, 圆满完成 | 大会各项议程, 开好 | 这次大会,
#: 主持了 | 闭幕大会), or after 这次/本次 (开好这次 | 大会): the bare 大会 left, or the session pointed at, is none.
_MEETING_VERBS = frozenset({"提请", "提交", "入选", "拓展", "承办", "举办", "召开", "参加", "出席",
                            "向", "宣布", "祝贺", "完成", "圆满完成", "开好", "主持"})


def trim_clause_openers(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """The span of a rule's name that starts with a clause's verb (of leading_words.txt), adverb, preposition or
    conjunction starts after it; a name left with two characters or fewer (提请 | 大会, 倚重 | 峰会) is none."""
    from dataclasses import replace

    from kg.extract.names import lexicon_type_of

    text, leading, out = ctx.text, ctx.leading_words, []
    for m in mentions:
        if text[m.start:m.start + 1] == "好" and text[m.start:m.end] == m.text and not m.canonical \
                and m.end - m.start > 3 and ctx.token_end(m.start) == m.start + 1 \
                and re.match(rf"[{CJK}]", text[m.start - 1:m.start]) and not m.rule.startswith("lexicon:"):
            m = replace(m, text=m.text[1:], start=m.start + 1)  # 落实好 | 国家支持经济大省挑大梁政策: 好 is the verb's
        if m.type not in _CLAUSE_OPENED or m.rule.startswith(("lexicon:", "enum:", "formula:quoted", "formula:goal", "document:",
                                                             "place:town", "place:village", "org:town")) \
                or m.canonical or text[m.start:m.end] != m.text or text[m.start - 1:m.start] == "等" \
                or m.rule == "meeting:lead" and text.endswith(("召开", "举行", "召开了", "举行了"), 0, m.start):
            out.append(m)  # 医疗、制造、科学等应用中试基地: a list's category keeps its first word; 召开 | 巩固拓展…
            continue  # 联席会议: a meeting named right after the verb that holds it keeps its theme's verbs
        s = m.start
        while s < m.end:
            e = min(ctx.token_end(s), m.end)
            word = text[s:e]
            if e <= s or e >= m.end or lexicon_type_of(ctx.lexicon, word):
                break
            if word == "向" and text[e:e + 1] in "东南西北":
                break  # 向北开放重要桥头堡, 向西开放桥头堡: the direction is the goal's, 向 no preposition of the clause
            tag = word_tag(word)
            verb = tag == "v" and word in leading and m.type != "Strategy"  # 贯彻新发展理念示范区 is a goal's name
            if not (tag in _OPENER_TAGS or verb or word in _OWN_PLACE_WORDS) or len(word) < 2 and tag != "p":
                break
            s = e
            if text[s:s + 1] in "好地" and ctx.token_end(s) == s + 1:
                s += 1  # 落实好 | …, 务实地 | …: the word's complement goes with it
        if m.type == "Meeting":
            pos = s
            while pos < m.end and (e := min(ctx.token_end(pos), m.end)) > pos:
                if (text[pos:e] in _MEETING_VERBS or text[pos:e] in ("这次", "本次", "此次")) and e < m.end:
                    s = e  # 全文提请 | 大会: a meeting's name holds no clause verb (the noun before it is the verb's)
                    if text[s:s + 1] == "了" and s + 1 < m.end:
                        s += 1  # 主持了 | 闭幕大会
                pos = e
        if s == m.start:
            out.append(m)
            continue
        rest = text[s:m.end]
        first = text[s:min(ctx.token_end(s), m.end)]
        if len(rest) > 2 and word_tag(first) not in ("v", "r") and not ctx.is_generic_modifier(rest[:-2]):
            out.append(replace(m, text=rest, start=s))  # 提交 | 本次大会, 进入 | 国家规划: no name is left
    return out


#: A round, a rank or a batch before a programme's, a zone's or a goal's name (新一轮 | 乡村建设行动, 全国首个 |
#: 交通强国省域示范区, 第三轮 | 回天行动): it says which time or which one, the name is what follows. Meetings keep
#: theirs (首届中亚经济合作天山论坛 is that event's name); a numbered batch of a designation (第二批自贸试验区联动创新区)
#: is left whole: stripped, it cost a held-out dev text.
_ORDINAL = re.compile(r"(?:全国|全省|全市|全区|省内)?(?:新一轮|新一批|首个|首家|首单|首批|一批"
                      r"|第[一二三四五六七八九十\d]+轮(?=[^土]))|新征程上?")  # 新征程上 | 现代化强省: when, not which

_SPAN = re.compile(r"[一二三四五六七八九十两\d]+年")


def trim_ordinals(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """The name after a leading round, rank or batch (_ORDINAL); none when only a generic head is left
    (新一轮 | 三年行动)."""
    from dataclasses import replace

    out = []
    for m in mentions:
        o = _ORDINAL.match(m.text)
        if o is None or m.type == "Meeting" or m.canonical or ctx.text[m.start:m.end] != m.text \
                or m.rule.startswith("lexicon:"):
            out.append(m)
            continue
        rest = m.text[o.end():]
        if len(rest) > 3 and not ctx.is_generic_modifier(rest[:-2]) and not _SPAN.fullmatch(rest[:-2]):
            out.append(replace(m, text=rest, start=m.start + o.end()))
    return out


#: Verbs of being designated or admitted (获评, 入选, 列入, 纳入 …): inside a span they make it a clause whose
#: subject came before (上山遗址获评 | 国家考古遗址公园, 合肥都市圈入选 | 国家要素市场化配置综合改革试点,
#: 3个典型案例亮相 | 联合国气候变化大会); the name is what follows.
_ADMITTED = re.compile("获评|获批|入选|列入|纳入|荣获|成为|亮相|进入|跻身|晋级|被评为|认定为")


def cut_admission_clauses(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """The name after a verb of designation inside a span (_ADMITTED); none when what follows is generic
    (绿色发展工程纳入 | 国家规划, 财政科学管理改革成为 | 全国试点)."""
    from dataclasses import replace

    out = []
    for m in mentions:
        v = None
        if not m.rule.startswith("lexicon:") and ctx.text[m.start:m.end] == m.text:
            v = next((v for v in _ADMITTED.finditer(m.text, 1)
                      if ctx.is_edge(m.start + v.start()) and ctx.is_edge(m.start + v.end())
                      and m.text.count("“", 0, v.start()) == m.text.count("”", 0, v.start())), None)  # “五个纳入”
        if v is None:
            out.append(m)
            continue
        rest = m.text[v.end():]
        if len(rest) > 4 and not ctx.is_generic_modifier(rest[:-2]):
            out.append(replace(m, text=rest, start=m.start + v.end(), canonical=None))
    return out


def common_words(ctx: Context, s: int, hs: int) -> bool:
    """No place, no proper name (西门子) and no run of one-character short forms (兰|白, 郑|许, 北|钦|防, 呼|包|鄂|乌)
    is joined between ``s`` and ``hs``: only words of the language (大中小企业, 贸易投资, 省际交界地区, 后市场)."""
    from kg.extract.names import lexicon_type_of

    pos, singles = s, 0
    while pos < hs:
        e = min(max(ctx.token_end(pos), pos + 1), hs)
        word = ctx.text[pos:e]
        if word_tag(word) in ("ns", "nr", "nt") or (lexicon_type_of(ctx.lexicon, word) or ("",))[0] == "Place":
            return False
        singles = singles + 1 if e - pos == 1 and word not in "和与及的" else 0
        if singles >= 2:
            return False
        pos = e
    return True


#: Verbs that enter a thing on a national list: the 全国 after them belongs to the list's name.
_RANKING_VERBS = frozenset({"入选", "获评", "列入", "纳入", "评为", "入围"})


@lru_cache(maxsize=8)
def _joinable_heads(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(lexicon.get("policy_heads")) + tuple(lexicon.get("strategy_heads"))


#: Short items that share the rest of a programme's name (持续开展餐饮、住宿行业服务质量提升行动, 实施涉钢、石化企业深度
#: 治理工程, 林地、草地权属交叉化解试点): each modifies a noun inside the name and is no name of its own.
_SHARED_ITEM = re.compile(rf"[{CJK}]{{1,3}}")


_NUMERALS = "[一二三四五六七八九十两0-9]"


def _shared_list_start(ctx: Context, s: int) -> int | None:
    """Where a 、-list of one to three short items that ends at ``s`` starts, after the verbs of its clause; None
    when an item is longer (落实育儿补贴、生育休假制度: two names), holds a function word, or the list runs past
    three items."""
    from kg.extract.names import cut_words
    from kg.extract.places import _is_place_word

    text, verbs = ctx.text, ctx.lexicon.set("boundary")
    opening = _verb_set(ctx.lexicon, "opening_verbs")[0]
    heads = tuple(ctx.lexicon.get("policy_heads")) + tuple(ctx.lexicon.get("strategy_heads")) + ("制", "改")
    for _ in range(3):
        j = s - 1
        k = j
        while k > 0 and text[k - 1] not in "，。；：、（）“”《》\n" and j - k < 12:
            k -= 1
        while text[k - 1:k] != "、" and k < j and (text[k:ctx.token_end(k)] in verbs or text[k:ctx.token_end(k)] in opening):
            k = ctx.token_end(k)  # 持续开展 | 餐饮: the clause's verbs open no item
        item = text[k:j]
        if not _SHARED_ITEM.fullmatch(item) or not ctx.is_edge(k) or item in verbs or re.search("[等和与及的]", item) \
                or _is_place_word(ctx, item) or re.match(_NUMERALS, item) or (k > 0 and text[k - 1] in "”）》") \
                or item.endswith(heads) \
                or any(len(w) >= 2 and word_tag(w) in ("v", "vd", "r", "p") for w in cut_words(ctx.lexicon, item)):
            return None  # 福州、厦门…试点 (places: the zone rules share the head), 二、 (a heading), 用改革 (a verb),
            # 林长制、新安江生态补偿机制 and “四网融合”工程、城市…工程 (names of their own)
        s = k
        if text[s - 1:s] != "、":
            return s
    return None


def clause_name_start(ctx: Context, hs: int, *, max_len: int = 20, lists: bool = False) -> int:
    """Where a programme's name before head ``hs`` starts: after the run of verbs that opens its clause, so
    that verbs inside the name stay in it (深入实施 | 国有企业改革深化提升行动, 完善 | 民营企业参与重大项目建设长效机制).
    A clause with no verb before the head falls back to the token walk (ctx.left_edge); a 的 ends the walk
    too (…的 | 长效机制). With ``lists``, a list of short items that the name's words share opens it
    (_shared_list_start)."""
    from kg.extract.names import lexicon_type_of

    text = ctx.text
    lower = max(ctx.doc.body_start, hs - max_len)
    cs = max(text.rfind(ch, lower, hs) for ch in "，。；：！？、\n“”（）《》") + 1
    cs = max(cs, lower)
    if (de := max(text.rfind("的", cs, hs), text.rfind("等", cs, hs))) >= 0:
        cs = de + 1  # …的 | 长效机制, 峰会等 | 一系列国际性活动
    elif lists and text[cs - 1:cs] == "、" and hs - cs >= 4 and (ls := _shared_list_start(ctx, cs)) is not None:
        return ls  # 持续开展 | 餐饮、住宿行业服务质量提升行动
    joined = False
    if (j := re.match("[^和与及]{1,6}?[和与及]", text[cs:hs])) is not None \
            and j.group()[:-1].endswith(_joinable_heads(ctx.lexicon)):
        cs, joined = cs + j.end(), True  # “两新”政策和 | 财政金融协同促内需一揽子政策: a second name opens after 和
    verbs = _verb_set(ctx.lexicon, "opening_verbs")[0]
    launch = ctx.lexicon.set("launch_verbs")
    pos, start, seen_verb = cs, None, False
    while pos < hs:
        e = min(ctx.token_end(pos), hs)
        if e <= pos:
            break
        word = text[pos:e]
        if len(word) == 1 and text[pos:pos + 2] in verbs and pos + 2 < hs and ctx.is_edge(pos + 2):
            e, word = pos + 2, text[pos:pos + 2]  # 建|强 | 开放枢纽: a verb jieba cut into its characters
        # one-character words (在, 把, 要) are prepositions and auxiliaries more often than the clause's verb
        is_verb = len(word) >= 2 and (word in verbs or word in ctx.adverbs or ctx._ends_with_boundary(word)
                                      or any(word[:k] in ctx.adverbs and word[k:] in verbs for k in range(1, len(word))))
        listed_place = not is_verb and pos == cs and text[cs - 1:cs] == "、" and _a_lexicon_place(ctx, word) \
            and not _PLACE_DOES.search(text, e, hs)
        if listed_place or not is_verb and pos == cs \
                and (cs == ctx.doc.body_start or text[cs - 1] in _CLAUSE_ENDS or joined) \
                and (word_tag(word) in _NOUN_TAGS or (lexicon_type_of(ctx.lexicon, word) or ("",))[0] in _NAME_TYPES):
            nxt = text[e:min(ctx.token_end(e), hs)]
            if word_tag(nxt) != "v" and word not in _ADVERBIAL_NOUNS:  # 高质量完成 | …, 厦门入选 | …: an adverbial, a subject
                start = cs  # 乡村建设品质提升行动完成投资: a clause that opens with a noun is the name's own words
                break
        if is_verb and word == "全国" and seen_verb and text[pos - 2:pos] in _RANKING_VERBS \
                and hs - e >= 3 and not text.startswith(("首批", "首个", "第"), e):
            break  # 入选 | 全国母亲河复苏行动典型案例: a national programme's name, not "across the country"
        if is_verb:
            seen_verb = True
            start = e
            if word in launch and e < hs:
                if text[e:e + 1] in ("好", "了") and e + 1 < hs:
                    start = e + 1  # 开展好 | 城乡产业协同发展县域试点
                break  # 深入实施 | 促进居民增收三年行动: an action is named by what it does
        elif seen_verb:
            break
        pos = e
    if start is None and text[cs:cs + 1] in _OBJECT_PREPOSITIONS and (v := next(verb_ends(ctx, cs + 1, hs, min_len=2), None)) is not None \
            and hs - v >= 2 and not ctx.is_generic_modifier(text[v:hs]) and text[v:hs] not in ("长效", "工作"):
        start = v  # 向特殊困难家庭增发 | 一次性生活补贴: a preposition's object, then the verb whose object is the name
    if start is None or start >= hs:
        return _past_place_subject(ctx, ctx.left_edge(hs, max_len=14), hs, verbs)
    start = _past_place_subject(ctx, start, hs, verbs)
    governing = ctx.lexicon.set("clause_verbs")
    pos = start
    while pos < hs:  # a governing verb further on opens the name again (企业实施 | 品牌国际化战略)
        e = min(ctx.token_end(pos), hs)
        if e <= pos:
            break
        if text[pos:e] in governing and (e < hs or text[pos:e] in _NEVER_COMPOUNDED):
            start = e  # 支持优势地区开展 | 试点: a verb that never makes a noun with the head leaves no name
        pos = e
    heads = tuple(ctx.lexicon.get("policy_heads")) + tuple(ctx.lexicon.get("strategy_heads"))
    for m in re.finditer("[和与及并]", text[start:hs]):
        before = text[start:start + m.start()]
        if m.start() == 0 or before.endswith(heads):
            start = start + m.end()  # 系列活动和 | 新一轮高峰学科建设行动: two names joined
        elif lexicon_type_of(ctx.lexicon, before) and (e := ctx.token_end(start + m.end())) < hs \
                and text[start + m.end():e] in verbs:
            start = e  # 扩大内需和深化 | 供给侧结构性改革: a known name and a verb's object, two things joined
    return start


#: What a listed place does or is given before the name (黄石建设…枢纽, 五指山分别入选…先行区, 达日县被命名为…): the
#: place is the clause's subject, the name is the object.
_PLACE_DOES = re.compile("被|建设|打造|入选|入列|命名|获批|申建|创建|分别|协同|成为|争创|上升|纳入|列入|升级为")


def _a_lexicon_place(ctx: Context, word: str) -> bool:
    """A list's item that opens with a place the lexicon knows is that place's own (…、北戴河生命健康产业创新示范区等)."""
    from kg.extract.names import lexicon_type_of

    return (lexicon_type_of(ctx.lexicon, word) or ("",))[0] == "Place"


#: Prepositions that open a clause with the party a measure is for (向…增发, 对…实行, 为…提供).
_OBJECT_PREPOSITIONS = frozenset("向对为给")




#: Governing verbs that never form a compound noun with the head after them (推进机制, 实施方案 and 落实机制 are
#: nouns; 开展试点 and 完成规划 are a verb and its object): right before the head they leave the clause no name.
_NEVER_COMPOUNDED = frozenset({"开展", "深入开展", "完成"})


def _past_place_subject(ctx: Context, start: int, hs: int, verbs: frozenset[str]) -> int:
    """支持武汉建设 | 国际性综合交通枢纽: a place followed by a verb is the subject of a clause whose object is the
    name, not the name's first word. A zone the lexicon names by its class title alone (自贸试验区) is no subject
    (优化 | 自贸试验区布局范围和管理机制: 布局 is a noun of the name)."""
    from kg.extract.names import lexicon_matcher

    heads = tuple(ctx.lexicon.get("zone_heads"))
    for ps, pe, _t, payload in lexicon_matcher(ctx.lexicon).finditer(ctx.text, start, min(hs, start + 8)):
        if ps != start or payload[0] != "Place" or not ctx.is_edge(pe):
            continue
        head = max((h for h in heads if payload[1].endswith(h)), key=len, default="")
        if head and word_tag(payload[1][:-len(head)]) not in (None, "ns", "nr", "nrt", "nz"):
            continue  # 自由贸易 | 试验区: a word of the language before the head, no place's name
        e = min(ctx.token_end(pe), hs)
        if e < hs and e - pe >= 2 and ctx.text[pe:e] in verbs:  # not 与 (上海与六安…机制)
            return e
    return start


#: jieba's tags of common nouns (a clause that opens with one has no verb before its name; a place or a
#: person opening it is the subject: 厦门 | 入选…).
_NOUN_TAGS = frozenset({"n", "ng"})
_NAME_TYPES = frozenset({"Strategy", "Policy", "Industry", "Concept"})
#: Nouns that open a clause as the manner of its verb (高质量建设 | 两岸融合发展示范区).
_ADVERBIAL_NOUNS = frozenset({"高质量", "高水平", "高标准", "高起点", "高效", "多重"})
_CLAUSE_ENDS = frozenset("，。；\n")


#: What follows a verb before its object (落实好, 办好, 用好, 建成了).
_PARTICLES = frozenset({"好", "了", "到", "上", "成", "出", "起", "强", "优", "大"})
#: Results that follow only a one-character verb (做|大, 做|强); after 保障 the 大 opens 大湄公河.
_RESULTS = frozenset({"强", "优", "大", "旺", "热", "精", "实", "活"})


def opening_verbs(lexicon: Lexicon) -> frozenset[str]:
    """The verbs (and boundary words) that open a name's clause: 落实, 推进, 支持 …"""
    return _verb_set(lexicon, "opening_verbs")[0]


@lru_cache(maxsize=8)
def _verb_set(lexicon: Lexicon, kind: str) -> tuple[frozenset[str], int]:
    """The verbs that open a name (with the boundary words) or a title, and the length of the longest:
    the walks look words up by their text instead of trying every verb at every position."""
    verbs = frozenset(lexicon.get(kind)) | (frozenset(lexicon.get("boundary")) if kind == "opening_verbs"
                                            else frozenset())
    return verbs, max(map(len, verbs), default=0)


_GENERIC_INDUSTRY = frozenset("相关 有关 各类 其他 配套 这些 相应 上下游 本地 当地 重点 主要 更多 一批 存量 增量".split())


#: Words that say at which level or reach a sector's firms work, not which sector (国家级产业集群, 跨境产业链,
#: 到户产业, 外贸优势产业集群), and the grades they may be joined with (优势, 特色): a sector named by these alone is
#: a class of clusters or chains, no sector (县域特色产业, 乡村特色产业 name places' sectors and stay). 5 corpus
#: names, all such.
_SCOPE_WORDS = frozenset("国家级 省级 市级 县级 跨境 到户 外贸 优质".split())
#: The heads that say only "sector" or "cluster" (跨境物流, 跨境旅游 are sectors named by their own head).
_CLASS_HEADS = frozenset({"产业", "集群", "产业集群", "产业链", "企业集群", "产业带"})
_GRADE_WORDS = frozenset("优势 特色".split())


def _scope_only(modifier: str) -> bool:
    """True when a sector's modifier is scope words and grades only, with a scope word among them.

    >>> _scope_only("国家级"), _scope_only("外贸优势"), _scope_only("县域特色"), _scope_only("优势")
    (True, True, False, False)
    """
    words, i = [], 0
    while i < len(modifier):
        w = next((modifier[i:i + k] for k in (3, 2) if modifier[i:i + k] in _SCOPE_WORDS | _GRADE_WORDS), None)
        if w is None:
            return False
        words.append(w)
        i += len(w)
    return any(w in _SCOPE_WORDS for w in words)


def _good_modifier(ctx: Context, modifier: str, etype: str, head: str) -> bool:
    m = modifier.replace("*", "")
    if not m or re.search(r"[“”\"%．.]", m) or (etype not in ("Meeting",) and re.search(r"\d", m)):
        return False
    if len(m) == 1:
        # one character names a branch of an industry (磷化工, 煤化工, 铝加工) or a river or lake (漓江), nothing
        # else (拼经济, 扩消费 are a verb and its object)
        return (head in ("化工", "加工", "材料", "装备", "制造") or head in ("湖", "河", "江")) and m not in _WEAK \
            and re.fullmatch(rf"[{CJK}]", m) is not None
    if etype == "Industry" and (m.endswith("性") or re.search("[让愿]|不能", m) or m.startswith("能")):
        return False  # 多样性消费, 让群众愿消费: a kind or a wish, not a sector
    if etype == "Industry" and head == "经济" and m.endswith("国民"):
        return False  # 省国民经济和社会发展计划: the whole economy of a place, not a sector
    if etype == "Place" and re.search("[至到]", m):
        return False  # 合浦至湛江: a line between two places, not a place
    if etype == "Place" and m.startswith("重点"):
        return False  # 重点国别地区外资企业合作区: a grade opens a kind of zone, no zone named
    if m.endswith(("的", "和", "与", "及", "等")) or m.startswith(("各", "全省", "全市", "本", "该", "这", "那", "我", "所有", "全部", "部分")) \
            or m.startswith("全国") and etype not in ("Document", "Meeting"):
        return False  # 全国 opens a national title or meeting (全国统一大市场建设条例, 全国优强民营企业…大会), not any other name
    if re.search("[同和与及、]", m) and etype in ("Industry", "Document"):
        return False  # 现代服务业同先进制造业: two names joined, the rule reads the last one alone
    if re.match("(?:万亿|千亿|百亿|世界级|万亿级|千亿级|百亿级|更多|一批|多个|[一二三四五六七八九十两\\d]+[级星A])", m):
        return False
    if etype == "Industry":  # 生态农业, 现代服务业, 特色产业 are names; 相关产业, 配套产业 are not
        return m not in _GENERIC_INDUSTRY and not (head in _CLASS_HEADS and _scope_only(m))
    return not ctx.is_generic_modifier(m)


#: The class of output a sector or a project reaches (千亿级, 万亿级、千亿级): a threshold (ANNOTATION.md rule 5).
SCALE_CLASS = re.compile("(?:(?:万亿|千亿|百亿|十亿)级[、和]?)+")
#: Verbs that follow a finished name (…集群加快成势, …大会成功举办); others (提升计划, 创新示范区, 经济运行)
#: go on a longer name or phrase whose head is further on.
_VERB_AFTER = re.compile("(?:加快|实现|取得|突破|达到|获批|建成|落地|入选|开工|投运|投产|成功|获评|荣获|开通|揭牌|挂牌|"
                         "正式|首次|建设|提质增效|提质升级|提档升级|做大做强|做优做强|做强做优|加速|蓬勃|快速发展|持续壮大|"
                         "发展壮大|启用|上线|投用|投入运营|投入使用|执法检查|施行|颁布|延链|补链|强链)")


def verb_ends(ctx: Context, s: int, e: int, *, min_len: int = 1) -> Iterator[int]:
    """Where each token jieba's dictionary tags a verb (``v``) between ``s`` and ``e`` ends, in order."""
    pos = s
    while pos < e:
        end = min(ctx.token_end(pos), e)
        if end <= pos:
            return
        if end - pos >= min_len and word_tag(ctx.text[pos:end]) == "v":
            yield end
        pos = end


def has_verb(ctx: Context, s: int, e: int, tags: tuple[str, ...] = ("v", "vn")) -> bool:
    """A token jieba's dictionary tags a verb between ``s`` and ``e`` (``tags=("v",)``: not a verbal noun)."""
    pos = s
    while pos < e:
        end = min(ctx.token_end(pos), e)
        if end <= pos:
            return False
        if word_tag(ctx.text[pos:end]) in tags:
            return True
        pos = end
    return False


#: What is said of an industry right after its name (生态食品产业 | 增加值增长10%, 推动中医药产业 | 发展).
_MEASURED = ("增加值", "产值", "总产值", "营收", "营业收入", "发展", "规模")
#: What opens a sentence: its end before, or a heading's numeral at a line's start (（二）, 2.).
_SENTENCE_OPENS = re.compile(r"(?:[。；！？]|(?:^|\n)(?:（[一二三四五六七八九十]+）|[\d一二三四五六七八九十]+[.、．])?)$")


def _sector_subject(ctx: Context, hs: int, he: int) -> bool:
    """A sector named at a sentence's start and its predicate right after: the paragraph is about it (新医药产业聚焦…,
    装备制造产业围绕…, 菱镁产业升级…, 绿色石化产业以南港为核心…)."""
    text = ctx.text
    ss = max(text.rfind(c, max(ctx.doc.body_start, hs - 9), hs) for c in "。；！？\n）.、．") + 1
    if not 2 <= hs - ss <= 8 or not re.fullmatch(rf"[{CJK}]+", text[ss:hs]) \
            or ss > ctx.doc.body_start and not _SENTENCE_OPENS.search(text[max(0, ss - 6):ss]) \
            or has_verb(ctx, ss, hs, ("v", "p", "c", "d", "r")) or strip_opening_verbs(ctx, ss, hs, once=False) != ss \
            or _past_leading_verb(ctx, ss, hs) != ss or word_tag(text[ss:ctx.token_end(ss)]) == "vn":
        return False  # 促进 | 商品消费扩容, 针对三季度经济增速, 居民收入增速高于经济增速: a clause, no subject named
    if text.startswith(("保障", "安全"), he):
        return False  # 粮食能源 | 保障持续强化: the security of things, no sector as the subject
    return word_tag(text[he:ctx.token_end(he)]) in ("v", "d", "p")


def _measured(text: str, pos: int) -> bool:
    """An industry's own figure follows (增加值增长, 产值超); a share of it (营收占比) is a figure of the whole."""
    m = next((w for w in _MEASURED if text.startswith(w, pos)), None)
    return m is not None and not text.startswith("占比", pos + len(m))


_PROJECT_AFTER = re.compile(r"[^，。；：\n]{0,12}?(?:项目|工程)")
#: The rest of a list of projects after one of its items (、燕山石化绿色新材料、…等重点项目, 、…等10个项目).
_PROJECT_LIST = re.compile(r"、[^，。；：\n]{0,60}?等(?:\d+个|一批)?[^，。；：、\n]{0,6}?项目")
#: jieba's tags of proper names: a place, a person's or a firm's name, an organization (株洲, 金川, 华锦, 中海油).
_PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz"})


_EDITION_ANY = re.compile(r"第[一二三四五六七八九十百\d]+届")
#: A statistical scope before a sector (规上, 规模以上, 限额以上): the size threshold of the firms a figure counts
#: (ANNOTATION.md rule 5), no part of the sector's name (10 corpus names: 规上高技术制造业 → 高技术制造业; 规上服务业,
#: 规上制造业 are broad sectors' figures, dropped with their bare head).
_STATISTICAL_SCOPE = re.compile("规上|限上|规模以上|限额以上")


def past_statistical_scope(text: str, s: int, e: int) -> int:
    """Where a sector's name starts after the statistical scope that may open it (规上 | 高技术制造业).

    >>> past_statistical_scope("规上高技术制造业", 0, 8), past_statistical_scope("装备制造业", 0, 5)
    (2, 0)
    """
    scope = _STATISTICAL_SCOPE.match(text, s, e)
    return scope.end() if scope is not None else s
_EDITION_LEAD = re.compile(r"首届|第[一二三四五六七八九十百\d]+届")
_EDITION_COUNT = re.compile(r"[一二三四五六七八九十两\d]+届")


#: A law named as revised (新修订的国务院组织法): the words of the revision are the clause's.
_REVISED = re.compile(r"(?:新修订的|修订后的|新修订|修订的)")


def _meeting_start(ctx: Context, s: int, hs: int) -> int:
    """中国—拉美企业家高峰会 (a dash between two places), 第十八届… (the edition): both belong to the name."""
    text = ctx.text
    while text[s - 1:s] in ("—", "-") and re.match(rf"[{CJK}）)]", text[s - 2:s - 1] or "，"):
        s2 = strip_opening_verbs(ctx, ctx.left_edge(s - 1, max_len=8, keep_boundary=True), s - 1, once=True)
        if s2 >= s - 1:
            break
        s = s2
    lower = max(0, s - 16, *(text.rfind(ch, max(0, s - 16), s) + 1 for ch in "，。；：、（“"))
    if (m := _last(_EDITION_ANY, text, lower, s)) and not any(v in text[m.end():s] for v in ("举办", "召开", "承办")):
        s = m.start()  # 第十届 | 上海合作组织成员国农业部长会议: the edition opens the name
    elif m := _EDITION_COUNT.match(text, s, hs):
        s = m.end()  # 举办3届中国户外运动产业大会: how many times, not the name
    if (to := max(text.rfind("到", s, hs), text.rfind("由", s, hs), text.rfind("在", s, hs))) >= 0:
        s = to + 1  # 把思想和行动统一到 | 大会各项决策部署上来, 闭幕会由 | 大会主席团…主持: what a clause brings to a meeting
        # or who chairs one, or where one sits (某某在 | 大会主席台就坐: no corpus meeting's name holds 到, 由 or 在)
    if (of := text.rfind("的", s, hs)) >= 0 and text[of - 1:of] != "党":
        s = of + 1  # 是一次…开创发展新局面的 | 动员大会, 今年的 | 述廉述责大会: what is said of a meeting, no part of
        # its name (党的二十大 keeps its 的)
    return s


def _last(rx: re.Pattern, text: str, lo: int, hi: int) -> re.Match | None:
    found = None
    for found in rx.finditer(text, lo, hi):  # noqa: B007
        pass
    return found


def _ends_here(ctx: Context, he: int) -> bool:
    """A distinctive head (论坛, 湖, 大学) ends a name wherever a word ends (抚仙湖 | 水质, 腾冲科学家论坛 | 跻身),
    unless the head starts a longer word (湖 | 北, 大会 | 堂, 新区 | 域) or name (遗址 | 公园, 河 | 公园, 遗址 | 博物馆)."""
    text = ctx.text
    if he >= len(text) or text[he] in _AFTER:
        return True
    return ctx.is_edge(he) and text[he] not in "北南西东堂城区市县州乡镇村域湾岸段公博"


#: Heads of a body's site elsewhere (怀柔国家实验室内蒙古基地, 中国原子能科学院葫芦岛基地).
_BRANCH_HEADS = ("基地",)


def _a_bodys_branch(ctx: Context, modifier: str) -> bool:
    """The modifier is a body's name (ending in an institution's suffix) and then a place: the site is the
    body's branch in that place (怀柔实验室 | 新疆 | 基地)."""
    from kg.extract.names import lexicon_type_of

    for suffix in ctx.lexicon.get("org_suffixes"):
        at = modifier.find(suffix)
        rest = modifier[at + len(suffix):] if at >= 2 else ""
        if rest and (lexicon_type_of(ctx.lexicon, rest) or ("",))[0] == "Place":
            return True
    return False


def _glued_char(ctx: Context, he: int) -> bool:
    """The head and the lone character after it make a word (赤水河|谷 → 河谷, 渤海|湾 → 海湾): the name goes on
    (抚仙湖|水质, 九龙江|流域 do not: the next word is whole; nor 抚仙湖|畔, a side of the lake)."""
    from kg.extract.names import word_freq

    text = ctx.text
    lone = he < len(text) and text[he] not in _AFTER and ctx.token_end(he) == he + 1 \
        and text[he] not in "畔边上下里内外中前后岸段区域滨"
    # 晋宁河|泊|所遗址: two lone characters jieba knows no word for run the name on (河泊所, an old site)
    return lone and (word_freq().get(text[he - 1:he + 1], 0) > 0
                     or ctx.token_end(he + 1) == he + 2 and re.match(rf"[{CJK}]", text[he + 1]) is not None
                     and text[he + 1] not in _AFTER)


def _figure_of_speech(name: str) -> bool:
    """绿水青山, 文山会海, 表里山河, 江河湖: nature words paired, a figure of speech or a class, not one feature."""
    nature = set(_FEATURE_HEADS) | {"水"}
    return len(name) == 4 and (name[1] in nature or name[2] in nature) or len(name) == 3 and name[0] in nature \
        and name[1] in nature


def _counted(text: str, s: int) -> bool:
    return text[s:s + 1] in "家个所座项批" and s > 0 and (text[s - 1].isdigit() or text[s - 1] in "一二三四五六七八九十两百千万")


def _in_quoted_series(text: str, s: int, e: int) -> bool:
    """Inside a quoted series (“有钱消费、有意消费、有地消费、有闲消费”): a slogan's parts, not sectors."""
    qs = text.rfind("“", max(0, s - 30), s + 1)
    if qs < 0 or text.rfind("”", qs, s) >= 0:
        return False
    qe = text.find("”", e, e + 30)
    return qe >= 0 and "、" in text[qs:qe]


def _in_title(text: str, pos: int) -> bool:
    """Inside 《…》: the document rule reads titles whole (《河北省国民经济和社会发展…纲要》)."""
    opened = text.rfind("《", max(0, pos - 60), pos)
    return opened >= 0 and text.find("》", opened, pos) < 0


#: A body's or a title's name that goes on after a sector (…产业发展集团, …产业投资有限公司, …产业发展与转移指导目录).
_LONGER_NAME = re.compile(r"(?:发展|投资|控股)?[\u4e00-\u9fff]{0,8}?(?:集团|有限公司|股份公司|公司|指导目录|目录)(?![\u4e00-\u9fff])"
                          r"|(?:发展|投资|控股)?(?:股份)?有限(?:责任)?公司")  # 泰洪源农业 | 发展有限公司进行…: a firm


def _inside_longer_name(ctx: Context, he: int) -> bool:
    """The sector's head runs on, with no punctuation, into a company's or a catalogue's head."""
    m = _LONGER_NAME.match(ctx.text, he)
    return m is not None and not re.search("[和及、]", m.group())


#: Heads of one designated grouping of firms, named with its place (呼包鄂低空经济产业集群, 哈大齐绥新能源产业带).
_NAMED_GROUPINGS = ("集群", "产业带", "生态圈", "产业园", "基地", "走廊")


def _past_place(ctx: Context, s: int, hs: int) -> int:
    """Where a sector's own words start after a lexicon place that opens its span on a word edge (重庆 | 汽车产业)."""
    from kg.extract.names import lexicon_matcher

    best = s
    for ps, pe, _t, payload in lexicon_matcher(ctx.lexicon).finditer(ctx.text, s, min(hs, s + 10)):
        if ps == s and payload[0] == "Place" and ctx.is_edge(pe) and pe <= hs:
            best = max(best, pe)
    return best


#: Words of rank that describe a site or a body (全国最大专业货运机场, 青藏高原首个综合保税区, 省内单体最大火电基地).
_RANK_WORDS = re.compile("最大|最长|最高|最早|首个|首家|唯一")


def past_rank_description(text: str, s: int, hs: int, head: str) -> int | None:
    """Where a name starts after a description of rank before it: 最大专业货运机场 | 花湖国际机场 (an appositive whose
    own head comes first); ``None`` where the description is all there is (省内单体最大火电基地: no name)."""
    ranks = list(_RANK_WORDS.finditer(text, s, hs))
    if not ranks:
        return s
    rank = ranks[-1]
    tail = head[-2:]  # 机场 of 国际机场
    again = text.rfind(tail, rank.end(), hs)
    return again + len(tail) if again >= 0 and hs - again - len(tail) >= 2 else None


#: The batch a designation was conferred in (第二批, 首批, 第3批), before the designated site's or programme's name.
_BATCH = re.compile(r"(?:第[一二三四五六七八九十\d]+|首)批")
#: Words before a title that are the clause's: prepositions (根据, 按照 …), demonstratives (本次, 本届), 关于 without its 的.
_TITLE_LEADS = ("根据", "按照", "依据", "依照", "对照", "本次", "本届", "关于")
#: A rank among the works of a kind inside a title's lead (机构改革后全国首件 | 价格监督检查条例, 全国首部 | …条例): the
#: title starts after it.
_FIRST_OF_KIND = re.compile("(?:全国|全省|全市|国内)?(?:首|第一)[件部个项座]")


def _after_verb(ctx: Context, pos: int) -> bool:
    return _VERB_AFTER.match(ctx.text, pos) is not None

