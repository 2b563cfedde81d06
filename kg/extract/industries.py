"""Enumerations with a category: 推进有色、钢铁、化工等传统主导产业 → three industries in one category.

The same shape lists companies (牧原、宇通、华兰等一批龙头企业 → organizations) and members of other
wholes: 量子科技、聚变能源、深空探测等领域 (industries), 城市生命线、全域水患治理、城乡安居三大工程 (a count
instead of 等), 软件信息、科技服务和商务服务三大产业 (the last item after 和). Items are split on 、; the list
starts after the verb before its first item; members take the type the category's head gives
(category_heads.txt). The category is the head noun phrase without a count of 个 (19个国家中小企业特色产业集群 →
国家中小企业特色产业集群); a count of 大 is part of its name (三大工程). A bare head (等领域, 等行业) types the
members and is no entity itself. Items without a head of their own share the list's (紫金山、太湖等实验室 →
紫金山实验室, 太湖实验室: ellipsis_heads.txt).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.context import CJK, Context, word_tag
from kg.extract.heads import (
    LIST_INTRO,
    SCALE_CLASS,
    is_industry_head,
    opening_verbs,
    past_statistical_scope,
    strip_opening_verbs,
    trim_glued_lead,
    whole_chain,
)
from kg.extract.matcher import InRuns, TermMatcher
from kg.extract.names import lexicon_type_of
from kg.lexicon import Lexicon
from kg.model import Evidence, Mention

_ITEM = rf"(?:(?!等)[{CJK}A-Za-z0-9（）()]){{1,12}}"
_COUNT = r"(?:[一二三四五六七八九十两]{1,4}|\d{1,6})(?:大|个|项|类|条|家|所|座)"  # bounded: runs stay linear
#: At most 30 items: a longer run of 、 is no enumeration of this shape, and a bound keeps the scan linear.
_ENUM = re.compile(rf"(?P<items>{_ITEM}(?:、{_ITEM}){{0,30}})(?:等|(?=“?{_COUNT}))(?=(?P<rest>[^，。；：、,.;:!?\n]{{1,16}}))")
#: Tried only in the runs of item characters (and 、, 等) that hold 等 or a count, or end at “ (a count may follow):
#: the pattern tried at each character of the text and each length of its items there was 7% of extraction.
#: A match looks at most 16 characters past its items (``rest``).
_ENUM_SCAN = InRuns(_ENUM, rf"{CJK}A-Za-z0-9（）()、", rf"等|“|{_COUNT}", after=16)
#: A count of a kind before a list item (10家 | 省级概念验证中心, 5家左右 | …).
_COUNTED_ITEM = re.compile(r"(?:\d+|[一二三四五六七八九十百千]+)(?:家|个|所|座|项)(?:左右|以上)?$")
#: A count of 个/家/所… before a category is a number, not part of its name (19个国家中小企业特色产业集群).
_LEADING_COUNT = re.compile(r"(?:[一二三四五六七八九十两]{1,4}|\d{1,6})(?:个|项|类|条|家|所|座|批)(?:左右|以上)?")
#: Sites listed, without 等, right before they enter a class of sites (推动乌拉盖九曲湾、敖鲁古雅使鹿部落创建国家5A级景区).
_SITES_LISTED_ADMITTED = re.compile(rf"(?:^|(?<=[，。；：\n]))(?:推动|支持|推进)?(?P<items>[{CJK}]{{2,12}}(?:、[{CJK}]{{2,12}})+)"
                                   rf"(?:成功)?(?:创建|创成|晋级|获评)[^，。；]{{0,10}}?(?:景区|度假区|保护区)")
#: Sites listed before they enter a class of sites (…等创建国家5A级旅游景区, …等入选国家级自然保护区).
_SITES_ADMITTED = re.compile("(?:成功)?(?:创建|创成|获评|入选|晋级|列入)[^，。；：]{0,10}?(?:景区|保护区|公园|度假区|遗址|名镇|名村|街区)")
#: A grouping of sectors written right after a category that is a head itself (等战略性新兴产业集群).
_GROUPINGS = ("集群",)
#: A category of bodies (经营主体, 市场主体, 各类主体): its members are kinds of bodies.
_BODIES_AFTER = re.compile("[^，。；：、]{0,8}?主体")
#: A bare category word types its members but names nothing of its own.
#: A class of a place's sectors named by its standing, a category though its word is generic elsewhere (生物医药、
#: 新材料等重点产业; 茶叶、中药材等特色产业: 重点实验室 and 特色小镇 are kinds, 重点产业 the list's class).
_CLASSES_OF_SECTORS = frozenset({"重点", "特色", "优势", "主导", "支柱"})
_BARE = frozenset("消费 领域 行业 业态 赛道 产业 企业 集群 工程 行动 实验室 大会 论坛 展会 博览会 湖泊 流域 产业链 项目 "
                  "政策 激励政策 支持政策 政策措施 政策包 改革 试点 改革试点 专项行动 产业集群 优势集群 全产业链 经济 景区 口岸 群团组织 "
                  "群团 人民团体".split())
#: A category that is a clause (…等方面推出若干改革, …等县市获批国家新型城镇化试点, …等原创性成果应用于国家重大工程).
_CLAUSE_CATEGORY = re.compile("^方面|获批|获评|推出|应用于|入选|纳入|的")  # …部件全覆盖的完整产业集群: a description
#: A verb or preposition before the firms of a list's category: they are served or met, not listed.
_SERVED = re.compile("(?:服务|与|同|和|帮助|支持)(?:企业|公司)")
#: Last words of a class of bodies, not of one body's name (高新技术企业, 专业机构, 产业联盟).
_BODY_CLASSES = ("企业", "机构", "联盟", "协会", "商会")
#: What firms do, closing a list item of firms of a trade (卫星研发制造, 火箭总装测试, 卫星数据应用).
_ACTIVITIES = ("制造", "测试", "应用", "研发", "加工", "服务", "运营", "开发", "生产")


_COMPANY = re.compile(r"^(?:一批|\d+家|[一二三四五六七八九十]+家)?[^，。]{0,8}?(?:企业|公司|集团|央企|国企|外企|民企)(?!经营|家|代表|职工|主体|安全)")


@lru_cache(maxsize=8)
def _category_heads(lexicon: Lexicon) -> TermMatcher:
    return TermMatcher(lexicon.get("category_heads"))


#: How the name of an event ends (大会, 论坛, 博览会, 交易会, 艺术节, 马拉松赛, 活动周).
_EVENT_END = re.compile("(?:会|论坛|展|节|赛|周|季|会议)$")


def find_enumerations(ctx: Context) -> tuple[list[Mention], list[tuple[Mention, Mention, Evidence]]]:
    """Industry and company lists; returns mentions and (member, category, evidence) pairs."""
    text, out, pairs = ctx.text, [], []
    heads = _category_heads(ctx.lexicon)
    types = {h: (t[0] if t else "Industry") for h, t in ctx.lexicon.alias_map("category_heads").items()}
    for m in _ENUM_SCAN.finditer(text, ctx.doc.body_start):
        rest = m["rest"]
        items_start = m.start("items")
        raw_items = m["items"].split("、")
        # the first item runs back only to the verb before it
        first_end = items_start + len(raw_items[0])
        first_start = ctx.left_edge(first_end, max_len=12, min_start=items_start,
                                    skip_leading=bool(_COMPANY.match(rest)))
        stripped = strip_opening_verbs(ctx, first_start, first_end, once=False)
        if text[stripped:stripped + 1] in ("好", "了") and first_end - stripped > 3 \
                and text[max(0, stripped - 2):stripped] in opening_verbs(ctx.lexicon):
            stripped += 1  # 落实好 | 研发费用加计扣除等政策
        first_start = stripped
        if (intro := LIST_INTRO.search(text, first_start, first_end)) is not None and first_end - intro.end() >= 2:
            first_start = intro.end()  # 项目涵盖 | 先进制造、现代服务等产业: what the list is of, and its verb
        first_start = trim_glued_lead(ctx, first_start, first_end)
        spans, pos = [], items_start
        for i, it in enumerate(raw_items):
            # 发放育儿补贴、逐步推行免费学前教育等政策: each item may open with its own verb
            s = first_start if i == 0 else _leading_verbs_end(ctx, pos, pos + len(it))
            spans.append((s, pos + len(it)))
            pos += len(it) + 1
        # 累计建设24个 | 国家现代农业产业园: a count's classifier left behind by the word edges opens no name
        spans = [(s + 1 if text[s:s + 1] in _CLASSIFIERS and text[s - 1:s].isdigit() else s, e) for s, e in spans]
        # 30 | 万以上参保孕产妇产前检查: an item the word edges opened inside a number is a clause's count, no name
        spans = [(s, e) for s, e in spans if not (text[s - 1:s].isdigit() and text[s:s + 1] in "万亿千百以余多")]
        spans = [(s, e) for s, e in spans if e - s >= 1]
        if len(spans) >= 3 and len({text[a:a + 2] for a, _ in spans[1:]}) == 1:
            lead = text[spans[1][0]:spans[1][0] + 2]  # 综保区保税物流、保税加工、保税维修: the other items open with
            at = text.find(lead, spans[0][0] + 1, spans[0][1] - 1)  # 保税, so does the first; what stands before it
            if at > spans[0][0]:  # is the items' shared place, no part of the first
                spans[0] = (at, spans[0][1])
        if sum(1 for s, _e in spans if _COUNTED_ITEM.search(text, max(0, s - 8), s) or _LEADING_COUNT.match(text, s)) >= 2:
            continue  # 新建10家省级概念验证中心、30家标杆孵化器: so many of each kind, a list of counts, no names
        single = len(spans) == 1
        if not spans or single and text[m.end("items"):m.end("items") + 1] != "等":
            continue  # one item (生物医药等重点产业链) only before 等
        if _COMPANY.match(rest):
            if single or _SERVED.match(rest):
                continue  # 思哲睿等5户企业, 北上广深等地…龙头企业: one name before 等 is no list of companies;
                # 计量、标准、检测、认证等服务企业, 专业机构等与企业对接: the firms are served, the items are no firms
            for s, e in spans:
                name = text[s:e]
                if name.endswith(_BODY_CLASSES) or name.endswith(_ACTIVITIES):
                    continue  # 高新技术企业、科技型中小企业等优质企业: classes of firms, no firm named; 卫星研发制造、
                    # 火箭总装测试等企业: firms of a trade, named by what they do
                if 2 <= len(name) <= 10 and not re.search(r"\d", name):
                    out.append(Mention("Organization", name, s, e, "enum:company", confidence=0.75))
            continue
        if _BODIES_AFTER.match(rest):
            continue  # 农民合作社、家庭农场等新型农业经营主体: kinds of bodies, neither sectors nor named bodies
        if _SITES_ADMITTED.match(rest):  # 关公故里、北岳恒山景区等创建国家5A级旅游景区: the sites that are to become
            for s, e in spans:  # one of a class of sites are places (4 corpus lists, 8 of their 8 items places)
                if 2 <= e - s <= 12 and not re.search(r"[\d“”]", text[s:e]) and text[s - 1:s] not in "—-":
                    out.append(Mention("Place", text[s:e], s, e, "enum:admitted-site", confidence=0.8))
            continue
        # the category: the first head in what follows 等, extended to the longest head there
        cat, member_type, head, field, site_type, site_cat = None, "Industry", "", None, None, None
        for hs, he, h, _ in heads.finditer(rest):
            if hs == 0 and h in _FIELD_WORDS and he < len(rest):
                field = (he, h)  # 脑机接口、6G等领域未来产业: the fields' category is the head right after 领域
                continue
            if field and (he - field[0] > 6 or not ctx.is_edge(m.start("rest") + he)):
                break  # 等领域 | 工业化…: a word, not a category
            nxt_at = m.start("rest") + he
            if re.search("[和与及]", rest[:hs]) and text[m.start("rest") + he:m.start("rest") + he + 1] == "、":
                break  # 等手段和经济、行政…等方式: the head opens the next list, the category of none of these items
            if h.endswith("带") and not ctx.is_edge(nxt_at):
                continue  # 等优势产业带动…: 带 opens the verb 带动, the category is 产业
            if hs > 0 and _noun_follows(ctx, nxt_at):
                continue  # 等大宗工业 | 固废: a modified head word before a noun (等产业 | 能级 still types the list)
            if types.get(h) == "Place" and rest[he:].startswith(("提升", "建设", "改造")):
                site_type = "Place"  # the members stay sites (满洲里、…、满都拉等重点口岸提升工程: ports)
                site_cat = (m.start("rest"), m.start("rest") + he, h)
                continue  # 等重点口岸 | 提升工程: the sites are what a programme works on, the programme is the category
            cat = (m.start("rest") + (field[0] if field else 0), m.start("rest") + he)
            member_type, head = types.get(h, "Industry"), h
            break
        if cat is None and field:  # 等领域取得突破: the field word alone types the members
            cat = (m.start("rest"), m.start("rest") + field[0])
            member_type, head = types.get(field[1], "Industry"), field[1]
        if cat is None and site_cat is not None and site_cat[2] == "公园":
            cat, member_type, head = site_cat[:2], "Place", site_cat[2]  # …锁阳城等国家考古遗址公园 | 建设: no
            # programme follows, the parks are the category of the sites
        if cat is None:
            continue
        if member_type == "Industry" and text.startswith(_GROUPINGS, cat[1]) and ctx.is_edge(cat[1] + 2) \
                and not text.startswith("集群化", cat[1]):
            cat, head = (cat[0], cat[1] + 2), head + "集群"  # 等战略性新兴产业 | 集群: the grouping is the category
        cat_type, member_type = member_type, site_type or member_type
        if single and not _known_industry(ctx, text[spans[0][0]:spans[0][1]]) \
                and not (member_type == "Policy" and _one_programme(ctx, spans[0], text[m.start("rest"):cat[1]])):
            continue  # one item is a known industry, or a programme of a programme category (…清理等专项整治行动)
        cs, ce = cat
        if text[cs:cs + 1] == "“" and text[ce:ce + 1] == "”":
            ce += 1  # 电子信息“四大产业”: the quoted category keeps its marks
        if count := _LEADING_COUNT.match(text, cs, ce):
            cs = count.end()
        if (scale := SCALE_CLASS.match(text, cs, ce)) is not None and ce - scale.end() >= 2:
            cs = scale.end()  # 等千亿级 | 特色农业产业: the class of output aimed at is no part of the category's name
        cat_name = text[cs:ce]
        if cat_name.startswith("一批"):
            cs += 2
            cat_name = cat_name[2:]
        if len(cat_name) < 2 or cat_name in ("企业",) or re.fullmatch(rf"(?:{_COUNT}|[多各诸])(?:领域|行业|方面)", cat_name):
            continue
        if strip_opening_verbs(ctx, cs, ctx.token_end(cs) + 1, once=False) != cs:
            continue  # 等工具支持产业项目: a clause, not a category
        if head in _FIELD_WORDS and re.search("风险|安全", text[ce:ce + 14].split("，")[0]):
            continue  # 房地产、地方政府债务等领域风险: areas of risk, not industries (11 corpus lists, all such)
        trades = cat_name == "行业" and cs == m.start("rest")  # not 等148个行业大模型: a count of models
        if head in _NEEDS_EVIDENCE and not _lexicon_industry(ctx, cat_name) and not trades \
                and not any(_known_industry(ctx, text[s:e]) for s, e in spans):
            continue  # 政治、社会、金融等领域: a field is an industry only where a member is one or the lexicon's category
            # (餐饮、商超、住宿等传统消费); bare 等行业 is trades (金融、物流、租赁商务等行业: 7 corpus lists, all
            # trades), 等重点行业 often a safety campaign's (矿山、交通、消防等重点行业)
        listed, spans = spans, _split_last(ctx, spans)
        evidence_span = ctx.sentence_bounds(m.start())
        ev = Evidence(evidence_span[0], evidence_span[1], text[evidence_span[0]:evidence_span[1]],
                      "enum:category", 0.85)
        category = None
        # a quoted counted programme, …等“十大基础设施项目”, names itself, though its head is 项目
        quoted_programme = head == "项目" and re.match(rf"“{_COUNT}", text[cs:ce]) is not None
        if single and not _known_industry(ctx, cat_name):
            pass  # one example of a category (育儿补贴等生育支持政策) does not make the category a name
        elif member_type == "Meeting" and not lexicon_type_of(ctx.lexicon, cat_name) \
                or _CLAUSE_CATEGORY.search(cat_name):
            pass  # 玉石珠宝等专业品牌展会: a class of fairs; …等县市获批国家新型城镇化试点, …等方面推出若干改革: a clause
        elif head == "项目" and not quoted_programme:
            pass  # …等重大项目, …等标志性项目: a list's projects, each one named, the class of them none
        elif cat_name not in _BARE and (cat_name == head or _lexicon_industry(ctx, cat_name)
                                      or not ctx.is_generic_modifier(cat_name[: len(cat_name) - len(head)])
                                      or head == "产业" and cat_name[:-2] in _CLASSES_OF_SECTORS):
            whole = whole_chain(cat_name)
            category = Mention(cat_type, cat_name, cs, ce, "enum:category", confidence=0.85,
                               canonical=cat_name[:-len(whole)] if whole else None)  # 光伏、风电、光热3条新能源装备
            # 制造完整产业链: the whole chain of a sector is the sector (the dev gold's 纺织服装 of 纺织服装全产业链)
            out.append(category)
        if quoted_programme:
            spans = listed  # 娄底高性能软磁和钛材料 | 等“十大产业项目”: one project of a place's firm, not two sectors
        shared = _shared_head(ctx, cat_name, head, spans)
        count_of = text[m.end("items"):ce].lstrip("等").strip("“”")  # …、内需扩容增效等“十大工程”: quoted or not
        counted = re.match(_COUNT, count_of)
        if not shared and head in _PROGRAMME_HEADS and counted and counted.end() + len(head) == len(count_of):
            shared = head  # 城市生命线、全域水患治理、城乡安居三大工程: each item is one of the 工程 counted
        if not shared and cat_name == head and text[cs - 1:cs] == "等" and (
                head in _PROGRAMME_HEADS or head in _BARE_SHARED and not _noun_follows(ctx, ce)):
            shared = head  # 中华优秀传统文化传承发展、文艺精品创优等工程, 深化国资国企、事业单位等改革, 创新药应用、国际医疗
            # 创新发展等试点: the bare head after 等 is each item's (ANNOTATION.md: shared heads)
        qualities = cat_name.endswith("消费") and any(text[s:e] in _CONSUMPTION_QUALITIES for s, e in spans)
        for s, e in spans:
            if text[s:s + 1] == "继" and e - s >= 3:
                s += 1  # 继 | 奶业、玉米、肉羊之后: "after" opens the list, no item's
            if (after := re.search("之后第?$", text[s:e])) is not None and after.start() >= 2:
                e = s + after.start()  # 肉羊 | 之后第4个千亿级农牧产业: the list ends before 之后
            name = text[s:e]
            if shared and name.endswith(tuple(_PROGRAMME_HEADS)):
                shared_here = ""  # 城市生命线工程提升行动 names itself
            elif shared in _BARE_SHARED and (name.startswith("“") or name.endswith(("建设", "制", *ctx.lexicon.get("policy_heads")))):
                shared_here = ""  # “跨域通办”等改革: a quoted reform is named by its quote (ANNOTATION.md: quoted names)
            else:
                shared_here = shared
            if not shared_here and qualities and (name in _CONSUMPTION_QUALITIES or name == "健康"):
                shared_here = "消费"  # 数字、绿色、健康等新型消费: a quality names a kind of consumption with the head
            if not shared_here and member_type == "Policy" and cat_name.endswith(_REFORM_PILOTS) \
                    and _FIELD_END.search(name):
                shared_here = next(h for h in _REFORM_PILOTS if cat_name.endswith(h))  # 嘉兴科创金融、丽水普惠金融等
                # 国家级区域金融改革试点: a place's field names its pilot with the category's head
            if not (1 <= len(name) <= 12) or re.search(r"[（(]", name) and not re.search(r"[）)]", name):
                continue
            if (re.search(r"\d", name) and not _lexicon_industry(ctx, name)) or re.search(r"[过超]\S*[千万亿]|等", name) \
                    or name in ctx.leading_words:
                continue  # 4个过五千亿: a count; 开发利用: a verb, not an industry
            if head == "项目" and not quoted_programme:
                if not _PROJECT_CLASS.fullmatch(text, cs, ce):
                    break  # …等工具支持产业项目, …等方式提高建成项目: a clause before 项目, no list of projects
                if (ts := ctx.token_end(s)) < e and ts - s >= 2 and word_tag(text[s:ts]) in ("v", "vd") and e - ts >= 3:
                    s, name = ts, text[ts:e]  # 续建 | 黄桶至百色铁路: the verb that opens the list is no project's
                if _known_industry(ctx, name) or word_tag(text[s:ctx.token_end(s)]) in ("v", "vd", "p", "d") \
                        or not _PROJECT_NAME.search(name):
                    continue  # 生物制造、氢能装备等项目: sectors; 采取资源化利用…等方式: a clause; a project is a
                    # work (铁路, 机场, 水库 …) or a firm's product line, named by its place or its maker
            if member_type == "Industry" and not shared_here and name in _PUBLIC_FIELDS:
                continue  # 聚焦制造业、交通运输、民生等领域: the people's livelihood is a field of work, no industry
            if member_type == "Meeting" and not shared_here and not _EVENT_END.search(name) \
                    and not lexicon_type_of(ctx.lexicon, name):
                continue  # 引进户外运动、玉石珠宝等专业品牌展会: the themes of a class of fairs, no fair named
            if member_type == "Policy" and not shared_here and len(name) <= 2 and not lexicon_type_of(ctx.lexicon, name):
                continue  # 推进供水、供气等公用事业价格改革, 强化价格、补贴等政策支持, 深化养老、供销等领域改革: a domain
                # or an instrument names no policy, and domain + head (养老改革, 价格政策) is a class, not a programme
            if shared_here:
                member = Mention(member_type, name, s, e, "enum:shared-head", canonical=name + shared_here,
                                 confidence=0.92)  # above a lexicon place's: 太湖 | 等实验室 is a laboratory
                place = lexicon_type_of(ctx.lexicon, name)
                if place and place == ("Place", name) and member_type != "Place":  # not a county's short form
                    # 深化与苏州、崖州湾等国家实验室合作: the city is named too, as the zone rules keep it (金凤 of
                    # 金凤、嘉陵江等实验室 is no 金凤区: a gazetteer short form stands for the laboratory only)
                    out.append(Mention("Place", name, s, e, "enum:place-of-shared-head", confidence=0.9))
            elif member_type != "Place" and len(name) >= 3 and name.endswith(_NATURAL_FEATURES):
                member = Mention("Place", name, s, e, "enum:member", confidence=0.8)  # 清水河、苦水河、沙湖等综合治理,
                # 雅鲁藏布江流域等关键区域生态修复: the rivers and basins a programme works on are places, not programmes
            else:
                member = Mention(member_type, name, s, e, "enum:member", confidence=0.8)
            out.append(member)
            if category is not None:
                pairs.append((member, category, ev))
    out.extend(_same_ending_lists(ctx))
    out.extend(_elided_lists(ctx))
    out.extend(_joined_sectors(ctx))
    out.extend(_two_sectors_of_a_class(ctx))
    out.extend(_kinds_of_tours(ctx))
    out.extend(_feedstock_chemistries(ctx))
    out.extend(_sectors_of_a_chain(ctx))
    for m in _SITES_LISTED_ADMITTED.finditer(text, ctx.doc.body_start):  # 台州府城、云和梯田、金华双龙成功创建…: 3
        pos = m.start("items")  # corpus lists, 8 sites, all right
        for part in m["items"].split("、"):
            part = part.removesuffix("成功") if pos + len(part) == m.end("items") else part  # …金华双龙 | 成功创建
            if "等" not in part and not re.search(r"\d", part):
                out.append(Mention("Place", part, pos, pos + len(part), "enum:admitted-site", confidence=0.8))
            pos += len(part) + 1
    return out, _nested_lists(text, pairs)


def _nested_lists(text: str, pairs: list[tuple[Mention, Mention, Evidence]]) -> list[tuple[Mention, Mention, Evidence]]:
    """A list whose category is an item of the next list (…等X、…等Y). Sibling categories of one head (有色、钢铁等
    传统主导产业、人工智能、低空经济等新兴产业): X is no member of Y. Categories of two heads (…、绿色矿业及加工、
    先进制造和新材料等战略性新兴产业、粮食和食品加工、棉花和纺织服装等十大产业集群): X is one item of Y, and 等X
    scopes over the item right before it only (先进制造和新材料); the earlier items are Y's."""
    spans = {(c.start, c.end) for _, c, _ in pairs}
    outer: dict[tuple[int, int], tuple[Mention, Mention]] = {}  # X's span -> (X as Y's member, Y)
    for m, c, _ in pairs:
        if (m.start, m.end) in spans:
            outer[(m.start, m.end)] = (m, c)
    if not outer:
        return pairs
    out = []
    for m, c, ev in pairs:
        nest = outer.get((c.start, c.end))
        if nest is not None and nest[1].name[-2:] != c.name[-2:] and "、" in text[m.end:c.start]:
            out.append((m, nest[1], ev))  # an earlier item of X's list is Y's
            continue
        if (m.start, m.end) in outer and outer[(m.start, m.end)][1] is c and m.name[-2:] == c.name[-2:]:
            continue  # 传统主导产业 is no 新兴产业
        out.append((m, c, ev))
    return out


#: Campaigns; and laboratories named by short place words (…学院、人工智能实验室 is two bodies: an item with a head of
#: its own, or of more than four characters, is no laboratory's name).
_ELIDED = re.compile(rf"(?P<items>[{CJK}]{{2}}(?:、[{CJK}]{{2}}){{0,7}}、[{CJK}]{{2,4}})(?P<head>保卫战|攻坚战)"
                     rf"|(?P<labs>[{CJK}]{{2,4}}(?:、[{CJK}]{{2,4}}){{1,6}})(?P<lab>实验室)(?![群])")


def _elided_lists(ctx: Context) -> list[Mention]:
    """蓝天、碧水、净土保卫战 (in 13 of the 29 reports): short items before a head the list shares, written
    without 等: each item is item + head, the last one as written."""
    text, out = ctx.text, []
    types = ctx.lexicon.alias_map("ellipsis_heads")
    for m in _ELIDED.finditer(text, ctx.doc.body_start):
        if m["labs"]:
            out.extend(_elided_laboratories(ctx, m))
            continue
        head = m["head"]
        etype = (types.get(head) or ("Policy",))[0]
        parts = m["items"].split("、")
        pos = m.start("items")
        # the list opens its clause or follows its verb (打好 | 蓝天): 啃下硬|骨头 is no list start
        first_s = strip_opening_verbs(ctx, ctx.left_edge(pos + len(parts[0]), max_len=6),
                                      pos + len(parts[0]), once=False)
        if first_s != pos:
            continue
        last_s = m.end("items") - len(parts[-1])
        if not ctx.is_edge(first_s) or any(p.endswith(head) for p in parts) \
                or strip_opening_verbs(ctx, last_s, m.start("head"), once=False) != last_s:
            continue  # 改革啃下硬骨头、开放打赢攻坚战: a verb inside, not a list of campaigns
        shared = parts[-1][2:] + head  # 蓝天、碧水、净土提升攻坚战: the others share 提升攻坚战
        for i, p in enumerate(parts):
            s = first_s if i == 0 else pos
            e = pos + len(p)
            name = text[s:e]
            if i == len(parts) - 1:
                out.append(Mention(etype, name + head, s, e + len(head), "enum:shared-head-last", confidence=0.85))
            elif len(name) >= 2:
                out.append(Mention(etype, name, s, e, "enum:shared-head", canonical=name + shared, confidence=0.92))
            pos = e + 1
    return out


def _elided_laboratories(ctx: Context, m: re.Match) -> list[Mention]:
    """持续支持金凤、嘉陵江、明月湖实验室发展, 支持大青山、鄂尔多斯实验室做大做强: laboratories named by their places
    (mountains, rivers, districts), the head written once; the last is the institution rule's (2 corpus lists)."""
    text, out = ctx.text, []
    pos = m.start("labs")
    parts = m["labs"].split("、")
    first_e = pos + len(parts[0])
    first_s = strip_opening_verbs(ctx, max(pos, ctx.left_edge(first_e, max_len=6)), first_e, once=False)
    if not 2 <= first_e - first_s <= 4 or not ctx.is_edge(first_s) or text[first_s - 1:first_s] not in "，。；：\n" \
            and first_s == pos:
        return out  # the list opens its clause or follows its verb (支持 | 金凤、…)
    parts[0], pos = text[first_s:first_e], first_s
    from kg.extract.names import lexicon_type_of

    for p in parts[:-1]:
        known = lexicon_type_of(ctx.lexicon, p)
        if known and known[0] != "Place" or word_tag(p) in ("v", "vn", "vd", "a", "d") or p.endswith(("院", "校", "所", "中心")):
            return []  # …学院、人工智能实验室, 创新、实验室: bodies or words, no laboratories' names
    for p in parts[:-1]:
        out.append(Mention("Organization", p, pos, pos + len(p), "enum:shared-head", canonical=p + m["lab"],
                           confidence=0.92))
        if (place := lexicon_type_of(ctx.lexicon, p)) and place == ("Place", p):
            out.append(Mention("Place", p, pos, pos + len(p), "enum:place-of-shared-head", confidence=0.9))
        pos += len(p) + 1
    return out


#: Two sectors joined by 和/及 before the industry head they share: 铂族金属和钛产业链, 新兴和未来产业.
_JOINED_SECTORS = re.compile(rf"(?P<a>[{CJK}]{{1,8}})[和及](?P<b>[{CJK}]{{1,8}}?)(?P<head>产业链|产业集群|产业)"
                             rf"(?![园基体区带]|集群|链|领军|人才|工人|工匠|[{CJK}]*?(?:政策|措施|基金|项目))")
#: What a first item of two joined sectors never ends with: a head of its own (文化事业和文化产业, 临港产业和海洋产业,
#: 主导产业和县域特色产业 name two things each) or a word of a clause (协同和高新技术产业培育, 东西部协作和邻近省份).
_OWN_HEAD = re.compile("(?:产业|事业|集群|产业链|企业|业|经济|功能|能力|平台|体系|协作|协同|发展|建设|保障|开放|"
                       "科技园|品种|地位|基础)$")


_NOT_JOINED = re.compile(r"[等的、\d一二三四五六七八九十两]|[区镇站]|基地|示范|全球|地位|工程|功能|安全")
#: Two sectors joined by 和/与 and the class they are examples of (空天信息和卫星互联网等创新产业, 棉花和纺织服装等十大产业):
#: a list of two, written without 、.
_TWO_OF_A_CLASS = re.compile(rf"(?<![、{CJK}])(?P<a>[{CJK}]{{2,8}}?)[和与](?P<b>[{CJK}]{{2,8}}?)等"
                             rf"(?=[{CJK}]{{0,8}}?(?:产业|行业)(?:[，。；、和]|$))")


#: Feedstocks that share the last one's 化工 or 加工 (磷、煤、锰、氟化工: 磷化工, 煤化工, 锰化工 and 氟化工; the dev gold
#: rebuilds them so, marked ellipsis). One character each: a mineral, a fuel or a salt.
_FEEDSTOCK = "磷煤锰氟氯硅钛铝铜锌铅镍锂盐油气钒"
_SHARED_FEEDSTOCK_TAIL = re.compile(rf"(?P<items>(?:[{_FEEDSTOCK}]、)+)[{_FEEDSTOCK}](?P<tail>化工|加工)")


def _feedstock_chemistries(ctx: Context) -> list[Mention]:
    """推动磷、煤、锰、氟化工耦合循环一体化发展: each feedstock before the last names its own chemistry."""
    out = []
    for m in _SHARED_FEEDSTOCK_TAIL.finditer(ctx.text, ctx.doc.body_start):
        for k in range(m.start("items"), m.end("items"), 2):
            out.append(Mention("Industry", ctx.text[k], k, k + 1, "enum:shared-head",
                               canonical=ctx.text[k] + m["tail"], confidence=0.9))
    return out


#: A kind of tour (边境游, 冰雪游, 研学游, 工业游), listed or developed: tourism named by what it visits, as 乡村旅游 is.
_TOUR_KIND = re.compile(rf"(?:(?<=[、，])|(?<=发展|推出|打造|培育|拓展))(?P<n>[{CJK}]{{2,4}}?游)(?=[、，。；等和])")


def _kinds_of_tours(ctx: Context) -> list[Mention]:
    """发展边境游、跨境游, …、研学游、工业游: kinds of tourism (23 corpus and sample hits read, 19 such); not the upper
    or middle reaches of a river (黄河中游, 上下游), a guide (导游) or a saying (宜游则游)."""
    out = []
    for m in _TOUR_KIND.finditer(ctx.text, ctx.doc.body_start):
        name = m["n"]
        if name.endswith("旅游") or name[-2] in "上中下导" or "则" in name or not ctx.is_edge(m.start("n")):
            continue
        out.append(Mention("Industry", name, m.start("n"), m.end("n"), "head:tour", confidence=0.75))
    return out


def _two_sectors_of_a_class(ctx: Context) -> list[Mention]:
    """空天信息和卫星互联网等创新产业: both items are sectors of the class (ANNOTATION.md: enumerations with a category);
    the verb before the first (发展, 培育) is the clause's."""
    text, out = ctx.text, []
    for m in _TWO_OF_A_CLASS.finditer(text, ctx.doc.body_start):
        a_start = strip_opening_verbs(ctx, m.start("a"), m.end("a"), once=False)
        a, b = text[a_start:m.end("a")], m["b"]
        if len(a) < 2 or any(ctx.is_generic_modifier(x) or _NOT_JOINED.search(x) or _OWN_HEAD.search(x)
                             or word_tag(x) in ("v", "vd", "vn") for x in (a, b)):
            continue
        out.append(Mention("Industry", a, a_start, m.end("a"), "enum:member", confidence=0.8))
        out.append(Mention("Industry", b, m.start("b"), m.end("b"), "enum:member", confidence=0.8))
    return out


#: Sectors listed before the whole chain they share (冰雪运动、冰雪文化、冰雪装备、冰雪旅游全产业链, 人参、食用菌全产业链).
_CHAIN_LIST = re.compile(rf"(?:^|(?<=[，。；：\n]))(?P<items>[{CJK}]{{2,10}}(?:、[{CJK}]{{2,8}})+(?:和[{CJK}]{{2,8}})?)全产业链")


def _sectors_of_a_chain(ctx: Context) -> list[Mention]:
    """推动冰雪运动、冰雪文化、冰雪装备、冰雪旅游全产业链发展: each item is a sector whose whole chain is built (the dev
    gold's 纺织服装 of 纺织服装全产业链); the verb before the first is the clause's, and stages of a chain (勘探开发、
    储运利用) are no sectors (8 corpus lists; 5 of sectors, all their items right)."""
    text, out = ctx.text, []
    for m in _CHAIN_LIST.finditer(text, ctx.doc.body_start):
        first = strip_opening_verbs(ctx, m.start("items"), m.end("items"), once=False)
        pos, spans = first, []
        for part in re.split("([、和])", text[first:m.end("items")]):
            if part not in ("、", "和"):
                spans.append((pos, pos + len(part)))
            pos += len(part)
        if any(e - s < 2 or _leading_verbs_end(ctx, s, e) != s or not _known_industry(ctx, text[s:e])
               and (word_tag(text[ctx.token_start(e - 1):e]) == "v" or word_tag(text[s:ctx.token_end(s)]) in ("v", "vn"))
               for s, e in spans):
            continue  # 勘探开发、储运利用、装备制造: stages of one chain; 实现 | …: a clause
        out.extend(Mention("Industry", text[s:e], s, e, "enum:chain-member", confidence=0.8) for s, e in spans)
    return out


def _joined_sectors(ctx: Context) -> list[Mention]:
    """铂族金属和钛产业链, 新能源金属和半导体材料产业, 新兴和未来产业: two sectors that share the head written after the
    second (ANNOTATION.md: shared heads); the first is named with it (铂族金属产业链), the second as written."""
    text, out = ctx.text, []
    for m in _JOINED_SECTORS.finditer(text, ctx.doc.body_start):
        a_end, head = m.end("a"), m["head"]
        a_start = strip_opening_verbs(ctx, ctx.left_edge(a_end, max_len=8, min_start=m.start("a")), a_end, once=False)
        a = text[a_start:a_end]
        b_start, b_end = m.start("b"), m.end("head")
        known = lexicon_type_of(ctx.lexicon, a)
        if not 2 <= len(a) <= 6 or known is not None or _OWN_HEAD.search(a) or ctx.is_generic_modifier(a) \
                or ctx.token_end(a_start) > a_end or word_tag(text[b_start:ctx.token_end(b_start)]) in ("v", "vd") \
                or _NOT_JOINED.search(m["b"]) or _NOT_JOINED.search(a) or text[a_start - 1:a_start] in ("、", "等") \
                or _is_place(ctx, a):
            continue  # 繁荣发展文化事业和文化产业: two named things; 科技服务和商务服务三大产业, …等专用装备及配套产业: a
            # list's last items; 铂族等金属产业: an example and its class; a known sector keeps its name (智能制造);
            # 城市功能织补和高精尖产业, 保障国家粮食安全和新能源产业链: a goal, not a sector
        out.append(Mention("Industry", a, a_start, a_end, "enum:shared-head", canonical=a + head, confidence=0.92))
        out.append(Mention("Industry", text[b_start:b_end], b_start, b_end, "enum:joined-sector", confidence=0.85))
    return out


_LIST = re.compile(rf"[{CJK}]{{1,8}}(?:、[{CJK}]{{1,8}}){{1,12}}")
#: Words ending like sectors that are none (企业, 就业, 行业 …).
#: The words between 等 and 项目 of a list of projects (等项目, 等一批重大项目, 等标志性项目, 等重大产业项目).
_PROJECT_CLASS = re.compile(r"(?:一批|\d+个|[一二三四五六七八九十]+个)?(?:重大|重点|标志性|产业|在建|新建|续建|基础设施|交通|"
                            r"水利|能源|民生|省级|国家|工业|制造业|科技)*项目")
#: What a named project's name shows: a work of infrastructure (铁路, 高速, 机场, 水库, 枢纽, 通道 …), a plant or a
#: product line (基地, 产线, 材料, 工程 …), or a place's or maker's name before what it builds (four characters at least).
_PROJECT_NAME = re.compile("铁路|高铁|高速|公路|机场|航站楼|跑道|港|码头|航道|枢纽|水库|灌区|电站|电厂|通道|隧道|大桥|站|线|"
                           "工程|基地|园|中心|产线|生产线|材料|油田|联网|项目|一期|二期|三期|段|[\u4e00-\u9fff]{6,}")
#: Fields of public work that share a list's 领域 or 行业 with industries but are none (民生, 安全, 社会治理).
_PUBLIC_FIELDS = frozenset("民生 社会 政治 安全 治理 社会治理 党建 民族 宗教 就业 社保 社会保障 公共服务 公共安全 生态 "
                           "生态环保 环保 安全生产 社会稳定 应急管理".split())
_NOT_SECTORS = frozenset("企业 行业 就业 事业 专业 职业 作业 创业 营业 物业 毕业 农业 工业 商业 产业 实业 主业 副业".split())


def _same_ending_lists(ctx: Context) -> list[Mention]:
    """文旅、体旅、桥旅、酒旅等融合发展; 支持批发业、零售业、住宿业、餐饮业发展: a list whose items end alike and
    hold a known industry (文旅, 零售) lists industries, whatever follows it."""
    text, out = ctx.text, []
    for m in _LIST.finditer(text, ctx.doc.body_start):
        parts = m.group().split("、")
        if not _common_ending(parts[:-1]):
            continue  # the items as written share no ending, so no shorter items do (below: no verbs segmented)
        spans, pos = [], m.start()
        for p in parts:
            spans.append([pos, pos + len(p)])
            pos += len(p) + 1
        spans[0][0] = ctx.left_edge(spans[0][1], max_len=8, min_start=m.start())
        for span in spans[:-1]:  # 培育新兴产业、布局未来产业: each item may open with its verb
            span[0] = strip_opening_verbs(ctx, span[0], span[1], once=False)
        ending = _common_ending([text[s:e] for s, e in spans[:-1]])
        if not ending:
            continue
        last_s, last_e = spans[-1]
        cut = text.find(ending, last_s, last_e)
        if cut < 0:
            continue
        spans[-1][1] = cut + len(ending)
        if not ctx.is_edge(spans[-1][1]):
            continue  # 氢能、储能、节能环保: the last item runs on past the ending
        spans[-1][0] = strip_opening_verbs(ctx, last_s, spans[-1][1], once=False)
        names = [text[s:e] for s, e in spans]
        if len(set(names)) < len(names) or not all(
                n.endswith(ending) and n not in _NOT_SECTORS and len(n) <= 6
                and (len(n) == 2 if len(ending) == 1 and ending != "业" else len(n) - len(ending) >= 2)
                for n in names):
            continue  # 愿消费、能消费: a verb before the head, not a sector; 文旅、体旅: two characters each
        if len(names) < 3 and len(ending) < 2 or not _sector_ending(ctx, ending, names):
            continue
        for (s, e), n in zip(spans, names, strict=True):
            out.append(Mention("Industry", n, s, e, "enum:same-ending", confidence=0.85))
    return out


@lru_cache(maxsize=8)
def _item_openers(lexicon: Lexicon) -> tuple[frozenset[str], int]:
    """The verbs and adverbs an item's first word may be or open with, and the longest one's length."""
    words = opening_verbs(lexicon) | lexicon.set("adverbs")
    return words, max(map(len, words), default=0)


def _leading_verbs_end(ctx: Context, s: int, e: int) -> int:
    """Past the verbs (and adverbs) that open an item (发放 | 育儿补贴, 逐步推行 | 免费学前教育); only the run at the
    start: verbs further in are the name's own (创业带动就业, 重点产业招商聚能突破)."""
    verbs, text, pos = opening_verbs(ctx.lexicon), ctx.text, s
    if text.endswith("发展", s, e):
        return s  # 促进餐饮企业发展: a verb and its object name the measure together
    openers, longest = _item_openers(ctx.lexicon)
    if not any(text[s:s + k] in openers for k in range(1, longest + 1)):
        return s  # no verb or adverb opens the item: its words need not be cut
    while pos < e:
        end = min(ctx.token_end(pos), e)
        word = text[pos:end]
        opening = word in verbs or word in ctx.adverbs \
            or any(word[:k] in ctx.adverbs and word[k:] in verbs for k in range(1, len(word)))
        if end <= pos or not opening or len(word) < 2 or e - end < 2:  # 再|制造 is one name
            break
        pos = end
    return pos


#: Heads of a category of reform pilots whose items are a place's field (嘉兴科创金融, 丽水普惠金融): each item is
#: that place's pilot (1 corpus list; the items alone are no programmes).
_REFORM_PILOTS = ("改革试点", "改革试验区")
_FIELD_END = re.compile("(?:金融|贸易|医疗|教育|养老|数据)$")
#: Programme heads a count distributes over the items before it (…三大工程, …等六大行动).
_PROGRAMME_HEADS = frozenset({"工程", "行动", "专项行动", "计划", "行动计划"})
#: Bare heads after 等 that each item of the list shares too (7 corpus lists: 农垦、供销社等改革, …等试点).
_BARE_SHARED = frozenset({"改革", "试点"})


def _one_programme(ctx: Context, span: tuple[int, int], category: str) -> bool:
    """市场准入壁垒清理等专项整治行动, 育儿补贴等支持政策: the one item before 等 is a programme of the category when
    it is a name's length, opens with no verb and the category is no field (财税金融等重点领域改革: an area);
    30 corpus lists read, 12 right, 7 projects (E? in ANNOTATION.md), 4 wrong before these checks ruled them out."""
    s, e = span
    name = ctx.text[s:e]
    first = ctx.text[s:min(ctx.token_end(s), e)]
    from kg.extract.heads import name_head_type

    before = ctx.text[max(0, s - 3):s].rstrip("好")
    if not before.endswith(_FRAME_VERBS):
        return False  # 提高 | 城乡低保标准等民生政策, 与 | 水土流失等综合治理工程: the verb or the list is the name's
    return len(name) >= 4 and "领域" not in category and "人群" not in category \
        and not name_head_type(ctx.lexicon, name) and word_tag(first) not in ("v", "vd") \
        and not name.endswith(("发展", "污染", "者"))


#: Verbs that launch a programme named right after them (实施 | …行动, 落实好 | …政策).
_FRAME_VERBS = ("实施", "开展", "推进", "落实", "推行", "启动", "执行", "深化", "完善", "出台", "建设", "开工")


def _sector_ending(ctx: Context, ending: str, names: list[str]) -> bool:
    """The shared ending names sectors: an industry head itself (贸易, 农业, 消费; not 经济: 法治经济、信用经济 are
    ideas), the end of a known item's head (旅 of 文旅), or 业 after an industry word (零售|业)."""
    lex = ctx.lexicon
    if ending == "经济":
        return False
    if is_industry_head(lex, ending):
        return True
    if ending == "业":
        return any(is_industry_head(lex, n[:-1]) or _known_industry(ctx, n[:-1]) for n in names)
    return any(is_industry_head(lex, n) and n.endswith(ending) for n in names)


def _common_ending(names: list[str]) -> str:
    """The longest ending (one or two characters) all names share: 旅 of 文旅、体旅; 业 of 批发业、零售业."""
    for n in (2, 1):
        endings = {x[-n:] for x in names if len(x) > n}
        if len(endings) == 1 and all(len(x) > n for x in names):
            return endings.pop()
    return ""


#: Words for "field" between 等 and the category they belong to (等领域未来产业).
_FIELD_WORDS = frozenset({"领域"})

#: Category words too wide to type a list alone (政治、社会等领域): a member must be a known industry.
_NEEDS_EVIDENCE = frozenset({"领域", "行业", "消费"})


#: What a text says of a category of sectors right after it (…等服务消费潜力, …等改善型消费活力, …等文化产业能级: 12
#: corpus lists, all such).
_ASPECTS = frozenset({"潜力", "活力", "能级", "规模", "质量", "需求"})
#: How a category of sectors is to develop, right after it (…等生活性服务业优质高效发展, …高品质、多样化): jieba tags
#: these nouns, but they open the clause's predicate (5 corpus lists, all such).
_MANNERS = frozenset({"优质", "高品质", "高质量", "高效", "高水平", "高端化", "转型", "转型升级", "提质", "提质升级",
                      "提质增效", "扩容"})


def _noun_follows(ctx: Context, pos: int) -> bool:
    """More of a noun follows a category head (工业 | 固体废物): a word jieba tags a noun, or one it does not know
    that opens with a noun."""
    text = ctx.text
    if pos >= len(text) or not re.match(rf"[{CJK}]", text[pos]) or text[pos] in "的和与及等中上":
        return False
    word = text[pos:ctx.token_end(pos)] or text[pos]
    if word in ctx.adverbs or word in ctx.boundary_words:
        return False  # 优势产业 | 协同创新发展
    if word in _ASPECTS or word in _MANNERS:
        return False  # 等服务消费 | 潜力, 等新兴产业 | 规模: what is said of the category, not a longer noun
    tag = word_tag(word)
    if tag is None and len(word) >= 2:
        tag = word_tag(word[0])
    return tag in ("n", "ng", "nz", "l") or text.startswith(("固废", "危废"), pos)  # 工业 | 固废: solid waste


def _lexicon_industry(ctx: Context, name: str) -> bool:
    """A name the industry lexicon lists (新型消费), a category though its modifier is a generic one."""
    from kg.extract.names import lexicon_type_of

    known = lexicon_type_of(ctx.lexicon, name)
    return known is not None and known[0] == "Industry"


def _known_industry(ctx: Context, name: str) -> bool:
    from kg.extract.heads import industry_head
    from kg.extract.names import lexicon_type_of

    known = lexicon_type_of(ctx.lexicon, name)
    return (known is not None and known[0] == "Industry") or industry_head(ctx.lexicon, name)


def _split_last(ctx: Context, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """软件信息、科技服务和商务服务三大产业: the last item holds two (A和B), each of two characters or more; the
    conjunction is a word of its own (公众参与应急救护 holds the verb 参与, not two items). An earlier item holds
    two when both are known sectors and the whole is none (软件和信息服务业 stays one)."""
    if not spans:
        return spans
    out = []
    for s, e in spans[:-1]:  # 脑机接口、具身智能和人形机器人、核医疗: an item inside holds two known sectors
        m = re.search("[和及与]", ctx.text[s:e])
        if m and _known_industry(ctx, ctx.text[s:s + m.start()]) and _known_industry(ctx, ctx.text[s + m.end():e]) \
                and not _known_industry(ctx, ctx.text[s:e]):
            out += [(s, s + m.start()), (s + m.end(), e)]
        else:
            out.append((s, e))
    s, e = spans[-1]
    m = re.search("[和及与]", ctx.text[s:e])
    if m and m.start() >= 2 and e - (s + m.end()) >= 2 and ctx.is_edge(s + m.start()) and ctx.is_edge(s + m.end()):
        return out + [(s, s + m.start()), (s + m.end(), e)]
    return out + [(s, e)]


#: Qualities that name a kind of consumption with the category's head (数字、绿色、健康等新型消费: 数字消费 …; the dev
#: gold's 数字消费, 绿色消费, 健康消费), not sectors of their own as 文旅, 康养, 家政 in the same lists are.
_CONSUMPTION_QUALITIES = frozenset({"数字", "绿色", "时尚", "智能", "智慧", "信息", "夜间", "品质", "休闲", "滨水"})


def _shared_head(ctx: Context, cat_name: str, head: str, spans: list[tuple[int, int]]) -> str:
    """紫金山、太湖等实验室: the head the items share ('' when they name themselves)."""
    if cat_name not in ctx.lexicon.set("ellipsis_heads") and head not in ctx.lexicon.set("ellipsis_heads"):
        return ""
    if cat_name != head and not cat_name.endswith(head):
        return ""
    names = [ctx.text[s:e] for s, e in spans]
    if all(len(n) <= 4 and not n.endswith(head) for n in names):
        return cat_name if cat_name in ctx.lexicon.set("ellipsis_heads") else head
    return ""


_CLASSIFIERS = frozenset("个家项所座批类条户")


#: Verbs that develop sectors: a list right after one, without 等, lists sectors when one item is a known one.
_DEVELOP = ("大力发展", "积极发展", "加快发展", "培育壮大", "发展壮大", "前瞻布局", "发展", "培育", "壮大", "布局", "做强", "做优",
            "做大")
_DEVELOPED = re.compile(rf"(?:{'|'.join(_DEVELOP)})(?P<items>(?:(?!等)[{CJK}A-Za-z0-9]){{2,10}}"
                        rf"(?:、(?:(?!等)[{CJK}A-Za-z0-9]){{2,10}})+(?:[和及与](?:(?!等)[{CJK}A-Za-z0-9]){{2,10}})?)(?=等?[，。；])")
#: Items of such lists that are no sector: bodies, people, inputs (龙头骨干企业, 文化事业, 创新要素).
_NOT_SECTOR_ENDS = ("事业", "企业", "要素", "资源", "人才", "队伍", "主体", "营销", "研发培育")


def find_developed_lists(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """大力发展高端合金、高性能纤维及复合材料; 发展平台经济、金融服务、航运物流: a list right after a verb that develops
    sectors, closed by the clause, whose items include a known industry: the other items are industries too
    (35 corpus items, 23 right before the endings above ruled out bodies, inputs and stages)."""
    text, out = ctx.text, []
    industry_spans = {(m.start, m.end) for m in mentions if m.type == "Industry"}
    covered = sorted((m.start, m.end) for m in mentions)
    for m in _DEVELOPED.finditer(text, ctx.doc.body_start):
        spans, pos = [], m.start("items")
        for part in re.split("([、和及与])", m["items"]):
            if part in ("、", "和", "及", "与"):
                pos += 1
                continue
            spans.append((pos, pos + len(part)))
            pos += len(part)
        if not any(sp in industry_spans for sp in spans):
            continue
        for s, e in spans:
            name = text[s:e]
            if (s, e) in industry_spans or any(cs < e and ce > s for cs, ce in covered) \
                    or name.endswith(_NOT_SECTOR_ENDS) or _leading_verbs_end(ctx, s, e) != s \
                    or word_tag(text[s:min(ctx.token_end(s), e)]) in ("v", "vd"):  # 补短板技术攻关: a task
                continue
            out.append(Mention("Industry", name, s, e, "enum:developed-list", confidence=0.75))
    return out


#: A river's, a lake's or a basin's name ends with its feature (清水河, 沙湖, 雅鲁藏布江流域).
_NATURAL_FEATURES = ("河", "湖", "江", "流域")


#: What a list of sectors is measured by when it is the subject of a figure (…产量分别增长, …合计产值年均增长).
_MEASURES = "合计|产值|增加值|营收|营业收入|产量|增速|产业规模|规模|销售额|出口|交易额|税收|分别"
_MEASURED_ITEM = rf"(?:(?!等|和|及|与|{_MEASURES})[{CJK}A-Za-z]){{2,10}}"
_MEASURED_LIST = re.compile(rf"(?:^|(?<=[，。；：\n]))(?P<items>{_MEASURED_ITEM}(?:、{_MEASURED_ITEM})+(?:[和及与]{_MEASURED_ITEM})?)"
                            rf"(?=(?:{_MEASURES})(?!等))")  # …二手车出口等新业态: the item's own word, a list of formats
#: Items of a measured list that are figures of their own, not sectors (药品抽检合格率, 普惠小微贷款余额, 工业投资).
_NOT_MEASURED_SECTOR = re.compile("^第|(?:率|额|投资|投入|面积|工作|收入|利润|经费|贷款|[一二三四五六七八九十两]大.*)$")


def find_measured_lists(ctx: Context, mentions: list[Mention]) -> tuple[list[Mention], set[int]]:
    """绿色铝、硅光伏、新能源电池合计产值年均增长30.4%; 集成电路、汽车零配件、锂电池出口分别增长: a list that opens its
    clause and is the subject of a sector's figure names sectors when half its items hold a known one. Each item is
    one sector, and a known sector inside an item (光伏 in 硅光伏) gives way to it. Returns the new mentions and the
    ids of those they replace (30 corpus lists, 19 of 20 new items read right once verbs and counts were ruled out)."""
    text, out, replaced = ctx.text, [], set()
    industries = [m for m in mentions if m.type == "Industry"]
    spans = {(m.start, m.end) for m in industries}
    others = [(m.start, m.end) for m in mentions if m.type != "Industry"]
    for m in _MEASURED_LIST.finditer(text, ctx.doc.body_start):
        items, pos = [], m.start("items")
        for part in m["items"].split("、"):  # 软件和信息服务业, 现代物流及供应链服务: one item, as written
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        inside = {(s, e): [i for i in industries if s <= i.start and i.end <= e] for s, e in items}
        if 2 * sum(1 for v in inside.values() if v) < len(items) \
                or any(_NOT_MEASURED_SECTOR.search(text[s:e]) for s, e in items) or text[m.end() - 1] == "上":
            continue
        for s, e in items:  # (…邮政业上 | 规模: a verb phrase, not a figure)
            s = past_statistical_scope(text, s, e)  # 规上 | 制造业: the firms counted, not the sector
            if e - s < 2:
                continue
            if (s, e) in spans or _leading_verbs_end(ctx, s, e) != s or word_tag(text[s:ctx.token_end(s)]) in ("v", "vd") \
                    or any(os < e and oe > s for os, oe in others):
                continue  # 推动 | 制造业, 力争 | 电子信息: a clause's verb, no sector's name
            replaced.update(id(i) for i in inside[(s, e)])
            out.append(Mention("Industry", text[s:e], s, e, "enum:measured-list", confidence=0.75))
    return out, replaced


def widen_list_items(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """绿色铝、硅光伏、新能源电池: a lexicon industry that ends a list item whose first characters it leaves out
    names the whole item (硅光伏, 高端纺织, 功率半导体, 化合物半导体), when those characters are a modifier (no verb,
    no place, no generic word) of at most three characters."""
    text, out = ctx.text, []
    taken = {(m.start, m.end) for m in mentions}
    for m in mentions:
        if m.type != "Industry" or m.rule != "lexicon:industry" or text[m.end:m.end + 1] not in ("、", "等", "，", "。", "；"):
            continue
        sep = max(text.rfind("、", max(0, m.start - 4), m.start), -1)
        if sep < 0 or not 1 <= m.start - sep - 1 <= 3:
            continue
        prefix = text[sep + 1:m.start]
        if not re.fullmatch(rf"[{CJK}]+", prefix) or re.search("[等和与及的]", prefix) \
                or word_tag(prefix) not in _MODIFIER_TAGS or prefix in ctx.leading_words \
                or prefix in opening_verbs(ctx.lexicon) or ctx.is_generic_modifier(prefix) \
                or (sep + 1, m.end) in taken or _is_place(ctx, prefix):
            continue
        out.append(Mention("Industry", prefix + m.text, sep + 1, m.end, "enum:item-widened", canonical=None,
                           confidence=0.91))
    return mentions + out


#: jieba's tags of words that modify a sector's name (硅, 功率, 楼宇, 绿色, 高端): nouns and distinguishing words.
_MODIFIER_TAGS = frozenset({"n", "ng", "b", "s", None})


def _is_place(ctx: Context, word: str) -> bool:
    from kg.extract.names import lexicon_type_of

    known = lexicon_type_of(ctx.lexicon, word)
    return known is not None and known[0] == "Place"


#: 把文化旅游业打造成为支柱产业、民生产业、幸福产业, 把农业建成现代化大产业: what a sector is made into is a role.
_MADE_INTO = re.compile(rf"把[^，。；：“”]{{1,16}}?(?:打造|培育|建设|发展|建)成为?(?P<roles>[{CJK}、和]{{2,30}})")
#: A role's class of sector (产业, 大产业): it names no sector unless what stands before it is one.
_ROLE_HEADS = ("产业",)


def drop_roles(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """The industries named after 把X打造成为 (支柱产业, 民生产业, 幸福产业, 现代化大产业) are roles X is to play, not
    sectors; one whose modifier is itself a sector (把…打造成为新能源汽车产业) is kept."""
    spans = [(m.start("roles"), m.end("roles")) for m in _MADE_INTO.finditer(ctx.text, ctx.doc.body_start)]
    if not spans:
        return mentions

    def role(m: Mention) -> bool:
        return m.type == "Industry" and m.name.endswith(_ROLE_HEADS) and any(s <= m.start and m.end <= e for s, e in spans) \
            and not _known_industry(ctx, m.name[:-2])

    return [m for m in mentions if not role(m)]


#: A count of sites after a list (沈阳化工新材料、盘锦精细化工2个平台获评…, 石嘴山先进材料等3个平台入选…).
_SITES_COUNTED = re.compile(r"[^，。；：“”]{0,16}?等?[\d一二三四五六七八九十两]+[个家](?:平台|基地|园区|中心|实验室)")


def drop_named_sites(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """A place and a sector before a count of platforms or bases (沈阳化工新材料, 盘锦精细化工 | 2个平台) are the
    sites' names, cut from their heads: no sector of its own."""
    text = ctx.text

    def site(m: Mention) -> bool:
        if m.type != "Industry" or not _SITES_COUNTED.match(text, m.end):
            return False
        lead = next((k for k in range(len(m.text) - 2, 1, -1) if lexicon_type_of(ctx.lexicon, m.text[:k])), 0)
        if lead and lexicon_type_of(ctx.lexicon, m.text[:lead])[0] == "Place":
            return True
        # the place cut off before the sector (沈阳 | 化工新材料、盘锦 | 精细化工 2个平台)
        return any((t := lexicon_type_of(ctx.lexicon, text[m.start - k:m.start])) is not None and t[0] == "Place"
                   for k in range(2, 7) if m.start - k >= 0)

    return [m for m in mentions if not site(m)]


#: What closes the name of an institution or a cluster of them, never of a sector (开源鸿蒙适配中心、智能体创新中心等产业
#: 创新平台, 全国重点实验室集群, 省级概念验证中心): the gold files type them Organization.
_INSTITUTION_ENDS = ("中心", "实验室", "研究院", "研究所", "大学", "学院", "平台", "实验室集群", "中心集群")


def institutions_not_sectors(mentions: list[Mention]) -> list[Mention]:
    """An industry rule's name that ends as an institution's does is the institution (typed Organization)."""
    from dataclasses import replace

    return [replace(m, type="Organization") if m.type == "Industry" and m.name.endswith(_INSTITUTION_ENDS) else m
            for m in mentions]


def trim_serving(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """金融更好服务 | 实体经济, 服务 | 优势产业和上下游企业“走出去”: 服务 before a whole sector's name is the clause's
    verb; 服务贸易, 服务消费, 服务型制造 keep it (what is left is no sector of four characters)."""
    from dataclasses import replace

    out = []
    for m in mentions:
        cut = 3 if m.text.startswith("服务好") else 2  # 服务好 | 中海油装备智能制造投产
        if m.type == "Industry" and m.text.startswith("服务") and m.canonical is None and len(m.text) - cut >= 4 \
                and ctx.token_end(m.start) == m.start + 2 and _known_industry(ctx, m.text[cut:]):  # not 服务器制造业
            m = replace(m, text=m.text[cut:], start=m.start + cut)
        out.append(m)
    return out


#: A base named for the sector it hosts: 大健康产业基地, 有机食品加工基地, 海上风电装备制造基地. 生产基地 names a
#: product's site (天然气生产基地, 己二酸生产基地), no sector.
_SECTOR_BASE = re.compile(rf"(?P<x>[{CJK}]{{2}})(?P<h>产业|精深加工|加工|装备制造|制造)基地")
#: Words that make the sector before a base a rank or a kind, not a sector (世界级, 万亿级, 新质生产力, 先进).
_BASE_RANKS = re.compile(r"级|[\d一二三四五六七八九十两]+[个大]|新质生产力|^先进$|^研发$")


def find_base_sectors(ctx: Context) -> list[Mention]:
    """建设大健康产业基地、绿色农产品和有机食品加工基地: a base is named for its sector, which the text names too
    (大健康产业, 绿色农产品加工, 有机食品加工). The sector runs back to the verb, the list mark or the place before it
    (赤峰打造 | 绿色锂产业基地); two sectors joined by 和 share the head (绿色农产品 | 和有机食品加工)."""
    text, out = ctx.text, []
    for m in _SECTOR_BASE.finditer(text, ctx.doc.body_start):
        xe, head = m.end("x"), m["h"]
        seg = max(max(text.rfind(c, max(ctx.doc.body_start, xe - 14), xe) for c in "，。；、：\n") + 1,
                  ctx.doc.body_start, xe - 14)
        joined = re.search("[和及与]", text[seg:xe])
        first_end = seg + joined.start() if joined else xe
        s = strip_opening_verbs(ctx, seg, first_end, once=False)
        while s < first_end and (t := ctx.token_end(s)) <= first_end \
                and (_is_place(ctx, text[s:t]) or text[s:t] in ("打造", "建设")
                     or (lexicon_type_of(ctx.lexicon, text[s:t]) or ("",))[0] == "Organization"
                     and ctx.token_end(t) - t >= 2):
            s = t  # 赤峰打造 | 绿色锂: the place that builds the base and its verb are no part of the sector, nor is
            # the company that owns it (通威 | 太阳能光伏产业基地)
        parts = [(seg + joined.end(), xe), (s, first_end)] if joined else [(s, xe)]
        for ps, pe in parts:
            name = text[ps:pe]
            if len(name) < 2 or _BASE_RANKS.search(name) or ctx.is_generic_modifier(name) or _is_place(ctx, name) \
                    or not ctx.is_edge(ps) or re.search(r"[\d（(“]", name):
                break  # the second sector first: the head is shared only after a sector (开采与先进 | 加工 shares none)
            if pe == xe:
                out.append(Mention("Industry", name + head, ps, m.end("h"), "enum:base-sector", confidence=0.75))
            else:  # the first of two joined sectors shares the head written after the second
                out.append(Mention("Industry", name, ps, pe, "enum:shared-head", canonical=name + head,
                                   confidence=0.75))
    return out
