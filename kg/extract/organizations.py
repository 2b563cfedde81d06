"""Organizations: relative bodies (省委, 市人民政府, 深圳市委), special bodies (示范区党工委), institutions
(省科学院*先进材料产业技术研究院, 郑州大学) and companies listed as 一批…企业.

A relative name (省委) in a document whose own province is known (河南) stands for that province's body:
its key and label are qualified (河南省委) and the text's form stays an alias, so that 省委 in two
provinces' reports are two nodes of a corpus graph.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.context import CJK, Context, word_tag
from kg.extract.heads import _verb_set, bracket_edges, strip_opening_verbs
from kg.extract.matcher import Anchored, TermMatcher
from kg.extract.names import site_name_start
from kg.lexicon import Lexicon
from kg.model import Mention

_LEVELS = ("自治区", "省", "市", "县", "区", "州")
_SPECIAL_HEADS = ("党工委", "管委会", "工委", "办事处")  # 办事处: a street's (街道办事处) only
#: Relative heads that the genre shortens: 省政府 = 省人民政府.
_HEAD_CANON = {"政府": "人民政府", "人民代表大会常务委员会": "人大常委会", "检察院": "人民检察院",
              "监察委员会": "监委", "政府党组": "人民政府党组"}  # one body, two spellings
#: Session news shortens the courts (省法院, 市法院): a province's is its high court, a city's its intermediate one.
_COURT_BY_LEVEL = {"省": "高级人民法院", "自治区": "高级人民法院", "市": "中级人民法院"}


@lru_cache(maxsize=8)
def _head_matcher(lexicon: Lexicon) -> TermMatcher:
    return TermMatcher(lexicon.get("org_heads"))


@lru_cache(maxsize=8)
def _suffix_matcher(lexicon: Lexicon) -> TermMatcher:
    return TermMatcher(lexicon.get("org_suffixes"))


@lru_cache(maxsize=8)
def _place_names(lexicon: Lexicon) -> tuple[str, ...]:
    names = set(lexicon.get("place"))
    for _name, aliases in lexicon.alias_map("place").items():
        names.update(aliases)
    return tuple(sorted(names, key=len, reverse=True))


@lru_cache(maxsize=8)
def _place_lengths(lexicon: Lexicon) -> tuple[frozenset[str], tuple[int, ...]]:
    names = _place_names(lexicon)
    return frozenset(names), tuple(sorted({len(n) for n in names}, reverse=True))


def _place_ending(lexicon: Lexicon, text: str, end: int) -> str:
    """The longest place name that ``text[:end]`` ends with ("" for none): the first of _place_names that it
    ends with, looked up by length instead of trying each name."""
    names, lengths = _place_lengths(lexicon)
    return next((text[end - n:end] for n in lengths if n <= end and text[end - n:end] in names), "")


def _division_ending(lexicon: Lexicon, text: str) -> str:
    """The longest place of the lexicon or the gazetteer (常宁市, a county-level city) that ``text`` ends with."""
    divisions = lexicon.set("gazetteer")
    return next((text[-n:] for n in range(min(len(text), 10), 1, -1) if text[-n:] in divisions), "") \
        or _place_ending(lexicon, text, len(text))


def _renamed_division(ctx: Context, before: str) -> str:
    """The stem a text ends with whose division the gazetteer knows under the other level (寿光 of 寿光市, written
    寿光县 before 1993), at a word's edge; a word the genre writes every day (东方 of 东方市) is none."""
    from kg.extract.names import word_freq

    divisions = ctx.lexicon.set("gazetteer")
    for n in (3, 2):
        stem = before[-n:]
        if len(stem) == n and re.fullmatch(rf"[{CJK}]+", stem) and any(stem + lv in divisions for lv in ("市", "县")) \
                and word_freq().get(stem, 0) < 1000:
            return stem
    return ""


def place_name(ctx: Context, place: str, level: str) -> str:
    """A place with its level: 河南 + 省 → 河南省; an autonomous region by its full name (新疆 + 自治区 →
    新疆维吾尔自治区, never 新疆自治区); a place the lexicon knows with its level (常宁市) takes no second one.

    A county-level city is often in the lexicon with 市, so 市委 of its own text is 常宁市委, not 常宁市市委."""
    if level and place.endswith(level):
        return place
    if level == "自治区" and place:
        full = next((a for a in ctx.lexicon.alias_map("place").get(place, ()) if a.endswith("自治区")), None)
        if full:
            return full
    return f"{place}{level}"


def qualify_body(ctx: Context, place: str, level: str, head: str) -> tuple[str, str]:
    """(canonical, key) of a body: 省 + 政府 in a 河南 document → ('河南省人民政府', 'org|河南省人民政府')."""
    head = _HEAD_CANON.get(head, head) if level else head
    if head == "法院" and level:
        head = _COURT_BY_LEVEL.get(level, "人民法院")
    if not place and level and ctx.place and level == ctx.place_level:
        place = ctx.place
    canonical = f"{place_name(ctx, place, level)}{head}"
    if len(place) == 1 and place != "*" and level == "县" and head in ("委", "纪委", "委常委会"):
        canonical = f"{place}县县{head}"  # 佳县县委: a county of one character keeps 县 before its committee
    if not place and level:
        # a relative body of an unnamed place: one per document (two speeches' 市委 are two bodies)
        return canonical, f"org|{ctx.doc.sha256[:12]}|{canonical}"
    return canonical, f"org|{canonical.replace('*', '')}"


#: The national committee by its official name (政协第十二届全国委员会, its 常务委员会) is 全国政协 (全国政协常委会).
_CPPCC_NATIONAL = re.compile(r"(?:政协|中国人民政治协商会议)第[〇零一二三四五六七八九十百]+届全国委员会(?P<sc>常务委员会)?(?!第)")
#: The term stands before the place or after it: 政协河南省第十三届委员会, 政协第十三届广东省委员会常务委员会.
_CPPCC_BODY = re.compile(rf"(?:政协|中国人民政治协商会议)(?:第[〇零一二三四五六七八九十百]+届)?(?P<place>[{CJK}*]{{2,8}}?)"
                         rf"(?P<level>省|市|自治区|县|区|州)(?:第[〇零一二三四五六七八九十百]+届)?委员会(?P<sc>常务委员会)?(?!第)")
#: A party committee by its official name (中国共产党黑龙江省第十二届委员会, 中共某某市第八届纪律检查委员会), as a
#: plenum communiqué and a party congress's reports write it: the same body as 黑龙江省委 (省纪委).
_PARTY_COMMITTEE_FULL = re.compile(rf"(?:中国共产党|中共)(?P<place>[{CJK}*]{{2,8}}?)(?P<level>省|市|自治区|县|区)"
                                   rf"(?:第[〇零一二三四五六七八九十百]+届)?(?P<kind>纪律检查委员会|委员会)(?![第常全])")
#: A CPPCC's special committee: 全国政协港澳台侨委员会, 省政协经济委员会, 市政协提案委员会 (two to six characters of field).
_CPPCC_SPECIAL_COMMITTEE = re.compile(rf"(?P<lv>全国|省|市|县|区|自治区)政协(?P<field>[{CJK}]{{2,8}}?)委员会")
#: 市委常委会/省委常委会, scanned only before 委常委会 (its lazy lead tried at every position was 1% of extraction).
_STANDING_COMMITTEE = re.compile(rf"(?P<p>[{CJK}*]{{0,6}}?)(?P<lv>省|市|县|区)委常委会")
_STANDING_COMMITTEE_SCAN = Anchored(_STANDING_COMMITTEE, "委常委会", before=6 + 1)


#: The eight democratic parties by their short names, before a committee of theirs (民进通化市委会, 九三学社*省委).
_DEMOCRATIC_PARTY = re.compile("(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)$")


#: A task's lead or responsible units, the genre's annex and policy-document format: （牵头单位：农牧厅、林草局、人社厅）.
_LEAD_UNITS = re.compile(r"[（(](?:牵头单位|责任单位|牵头部门|责任部门|配合单位)[：:](?P<units>[^（）()]{2,80})[）)]")


def find_lead_units(ctx: Context) -> list[Mention]:
    """（牵头单位：红十字会、残联、妇联、卫健委）: each unit a task names as its lead or responsible one is a body,
    written as the annex writes it (Inner Mongolia's 2026 annex of tasks: 10 lists)."""
    out = []
    for m in _LEAD_UNITS.finditer(ctx.text, ctx.doc.body_start):
        pos = m.start("units")
        for part in re.split("([、，,；])", m["units"]):
            name = part.strip()
            if len(part) > 1 and 2 <= len(name) <= 14 and re.fullmatch(rf"[{CJK}]+", name) and not name.endswith("等"):
                s = pos + part.index(name)
                out.append(Mention("Organization", name, s, s + len(name), "org:lead-unit", confidence=0.85))
            pos += len(part)
    return out


def party_groups(ctx: Context, orgs: list[Mention]) -> list[Mention]:
    """A body's party group, named by the body and 党组 (省交通运输厅党组书记, 中共安徽省交通运输厅党组 signing a notice):
    a body of its own, the body's where the lexicon names none (省政府党组, 市政协党组 are its heads)."""
    text, out = ctx.text, []
    ends = {m.end for m in orgs}
    for o in orgs:
        e = o.end + 2
        if text[o.end:e] != "党组" or e in ends or text[e:e + 1] == "织" or text.startswith(("书记", "副书记", "成员"), e):
            continue  # 党组织: the party's branches; 市发改委党组书记、主任某某: a post's words, the body's (as the gold)
        s = o.start - 2 if text[o.start - 2:o.start] == "中共" else o.start
        key = f"{o.key or o.name}|党组"
        out.append(Mention("Organization", text[s:e], s, e, "org:party-group",
                           canonical=f"{o.name}党组", key=key, confidence=0.8))
        ends.add(e)
    for o in orgs:  # 浙能集团党委, 四川文理学院党委, 市公安局党委: a firm's, a school's or a bureau's party committee (a court's is
        # a 党组, read above)
        e = o.end + 2
        if not (o.rule == "org:institution" or o.rule == "org:body" and o.name.endswith(("局", "厅"))) \
                or text[o.end:e] != "党委" or e in ends or text[e:e + 1] == "会":
            continue
        os_ = o.start - 2 if text[o.start - 2:o.start] == "中共" else o.start
        out.append(Mention("Organization", text[os_:e], os_, e, "org:party-committee",
                           canonical=f"{o.name}党委", key=f"{o.key or o.name}|党委", confidence=0.8))
        ends.add(e)
    return out


#: A party committee's inspection teams and their office, right after the committee (县委第二巡察组, 中央第十巡视组,
#: 省委巡视办, 县委巡察办); a team without its number (县委巡察组, 县委各巡察组) is any of them.
_INSPECTION = re.compile(r"第[一二三四五六七八九十]{1,3}(?:巡视|巡察)组|(?:巡视|巡察)(?:办|工作领导小组办公室)")


def inspection_teams(ctx: Context, orgs: list[Mention]) -> list[Mention]:
    """A committee's numbered inspection team or its inspection office is a body of its own, named with the
    committee (the news of an inspection's feedback names the team, its leader and the office)."""
    text, out = ctx.text, []
    for o in orgs:
        if not (o.name.endswith(("委", "中央")) or o.text.endswith("委")) or (m := _INSPECTION.match(text, o.end)) is None:
            continue
        out.append(Mention("Organization", text[o.start:m.end()], o.start, m.end(), "org:inspection-team",
                           canonical=f"{o.name}{m.group()}", key=f"{o.key or o.name}|{m.group()}", confidence=0.8))
    for m in re.finditer(r"中央(第[一二三四五六七八九十]{1,3}(?:巡视组|巡视整改督查组))", text):  # the Centre's teams
        out.append(Mention("Organization", m.group(), m.start(), m.end(), "org:inspection-team", confidence=0.8))
    return out


def listed_departments(ctx: Context, orgs: list[Mention]) -> list[Mention]:
    """县教科局、民政局、住建局、水利局: departments listed after the first share its level (县), each a body named
    without it (the ellipsis of ANNOTATION.md)."""
    text, out = ctx.text, []
    heads = ctx.lexicon.set("org_heads")
    starts = {o.start for o in orgs}
    for o in orgs:
        if o.rule != "org:body" or (level := text[o.start:o.start + 1]) not in ("省", "市", "县", "区") \
                or text[o.start + 1:o.end] not in heads:
            continue
        pos = o.end
        while text[pos:pos + 1] == "、" and pos + 1 not in starts:
            item = next((text[pos + 1:pos + 1 + k] for k in (6, 5, 4, 3, 2) if text[pos + 1:pos + 1 + k] in heads
                         and ctx.is_edge(pos + 1 + k)), None)
            if item is None or len(item) < 3:
                break
            canonical, key = qualify_body(ctx, "", level, item)
            out.append(Mention("Organization", item, pos + 1, pos + 1 + len(item), "org:listed-department",
                               canonical=canonical, key=key, confidence=0.75))
            pos += 1 + len(item)
    return out


def find_organizations(ctx: Context) -> list[Mention]:
    text, out = ctx.text, []
    start = ctx.doc.body_start
    for hs, he, head, _ in _head_matcher(ctx.lexicon).finditer(text, start):
        if he < len(text) and not ctx.is_edge(he) and head != "委":
            continue
        if head == "委" and text[he:he + 1] in ("员", "托", "屈"):
            continue
        if head.endswith("办") and text[he:he + 1] and text[he] in "理公事学法好成":
            continue  # 市政府办理议案, 县委办好…: the verb 办, not an office
        before = text[max(0, hs - 12):hs]
        level = next((lv for lv in _LEVELS if before.endswith(lv)), "")
        if head in _SPECIAL_HEADS or head in ("委常委会",) and not level:
            if head == "委常委会":
                continue
            s = ctx.left_edge(hs, max_len=10)
            if s == hs:
                continue
            prefix = text[s:hs]
            if head == "办事处" and (prefix != "街道" or re.search(r"(?:^|[，。；：\n])各[^，。；：\n]*、$", text[max(0, s - 30):s])):
                continue  # 设立办事处, 驻京办事处: an office of a body, named with it or not at all; 各乡镇人民政府、
                # 街道办事处: a notice's addressees, every one of them
            if prefix in ("省委", "市委") or len(prefix.replace("*", "")) < 2 and not prefix.startswith(("省", "市")):
                if prefix not in ("省委", "市委", "省", "市"):
                    continue
            canonical, key = f"{prefix}{head}", f"org|{prefix.replace('*', '')}{head}"
            if prefix.startswith(("省", "市")) and ctx.place and prefix[0] == ctx.place_level:
                canonical = ctx.place + canonical
                key = f"org|{canonical}"
            out.append(Mention("Organization", text[s:he], s, he, "org:special-body", canonical=canonical,
                               key=key, confidence=0.8))
            continue
        if not level:
            continue
        ls = hs - len(level)
        place = _place_ending(ctx.lexicon, before, len(before) - len(level))
        if not place and (whole := _division_ending(ctx.lexicon, before)).endswith(level) and len(whole) > len(level):
            place = whole[:-len(level)]  # 常宁市 | 委: the gazetteer knows the city with its 市 only
        if not place and level in ("县", "市") and (stem := _renamed_division(ctx, before[:len(before) - len(level)])):
            place = stem  # 寿光县委 of a life story: the county the gazetteer knows as a city today (寿光市)
        s = ls - len(place)
        if place and text[s - 2:s] == "中共" and head == "委":
            s -= 2  # 中共北京市委: the party's name before its committee is part of the name
        elif place and not ctx.is_edge(s):
            place, s = "", ls
        if not place and text[ls - 1:ls] == "*":
            s = ls - 1
            while text[s - 1:s] == "*" and ls - s < 3:
                s -= 1  # **市委: a mask of two characters (xx市委, ××市委) is one name too
            place = text[s:ls]
        if head == "委" and (dp := _DEMOCRATIC_PARTY.search(text, max(0, s - 4), s)) is not None:
            e = he + 1 if text[he:he + 1] == "会" and text[he:he + 2] != "会议" else he
            name = text[dp.start():e]  # 民进通化市委会, 民盟*市委: a democratic party's committee, not the CPC's
            out.append(Mention("Organization", name, dp.start(), e, "org:democratic-party",
                               key=f"organization|{name.removesuffix('会')}", confidence=0.9))
            continue
        if not place and not ctx.is_edge(s):
            continue
        if not place and s > 0 and text[s - 1] in "全本各该":
            continue
        if not place and s > 0 and (text[s - 1] in "省市县区" and not text.endswith(("中共", "政协"), 0, s - 1)
                                    or re.search("各[省市县区州盟旗]{1,3}、$", text[max(0, s - 6):s])):
            continue  # 省市县政府机构改革, 各市、县人民政府: every body of those levels, none named
        canonical, key = qualify_body(ctx, place, level, head)
        out.append(Mention("Organization", text[s:he], s, he, "org:body", canonical=canonical, key=key,
                           confidence=0.9))
    # 省人大及其常委会: the congress and its standing committee, two bodies (13 corpus hits, all such); a CPPCC
    # report's 市政协及其常委会 likewise
    for m in re.finditer(r"(?P<lv>自治区|省|市|县|区)?(?P<body>人大|政协)及其常委会", text[start:]):
        s, e = start + m.start() + (len(m["lv"]) if m["lv"] else 0) + 2, start + m.end()
        canonical, key = qualify_body(ctx, "", m["lv"] or ctx.place_level or "", f"{m['body']}常委会")
        out.append(Mention("Organization", text[s:e], s, e, "org:standing-committee", canonical=canonical, key=key,
                           confidence=0.85))
    # 政协河南省委员会, 政协河南省第十三届委员会常务委员会: a CPPCC committee by its official name is 河南省政协
    for m in _CPPCC_BODY.finditer(text, start):
        place, level = m["place"].replace("*", ""), m["level"]
        canonical, key = qualify_body(ctx, place, level, "政协常委会" if m["sc"] else "政协")
        out.append(Mention("Organization", m.group(), m.start(), m.end(), "org:body", canonical=canonical, key=key,
                           confidence=0.9))
    for m in _PARTY_COMMITTEE_FULL.finditer(text, start):
        place, level = m["place"].replace("*", ""), m["level"]
        head = "纪委" if m["kind"].startswith("纪律") else "党委" if level == "自治区" else "委"  # 自治区党委, not 自治区委
        canonical, key = qualify_body(ctx, place, level, head)
        out.append(Mention("Organization", m.group(), m.start(), m.end(), "org:body", canonical=canonical, key=key,
                           confidence=0.9))
    for m in _CPPCC_NATIONAL.finditer(text, start):
        name = "全国政协常委会" if m["sc"] else "全国政协"
        out.append(Mention("Organization", m.group(), m.start(), m.end(), "org:body", canonical=name,
                           key=f"organization|{name}", confidence=0.9))
    # 全国政协港澳台侨委员会, 省政协提案委员会: a CPPCC's special committee (专门委员会), named after its CPPCC
    for m in _CPPCC_SPECIAL_COMMITTEE.finditer(text, start):
        if re.search("[届第次的与]|常务|常委|委员", m["field"]) or not ctx.is_edge(m.start()) \
                or "和" in m["field"] and (m["field"].startswith("和") or m["field"].endswith("和") or len(m["field"]) < 4):
            continue  # 农业和农村委员会, 文化文史和学习委员会: 和 inside a committee's field joins its two halves
        level = m["lv"]
        canonical, key = qualify_body(ctx, "", level, "政协") if level != "全国" else ("全国政协", "organization|全国政协")
        canonical = f"{canonical}{m['field']}委员会"
        out.append(Mention("Organization", m.group(), m.start(), m.end(), "org:cppcc-committee",
                           canonical=canonical, key=f"{key}|{m['field']}委员会", confidence=0.85))
    # 市委常委会/省委常委会: a standing committee of a party committee
    for m in _STANDING_COMMITTEE_SCAN.finditer(text, start):
        s0 = m.start("lv")
        place = _place_ending(ctx.lexicon, text, s0)
        s = s0 - len(place)
        if not place and not ctx.is_edge(s0):
            continue
        canonical, key = qualify_body(ctx, place, m["lv"], "委常委会")
        out.append(Mention("Organization", text[s:m.end()], s, m.end(), "org:body",
                           canonical=canonical, key=key, confidence=0.9))
    # 全国人代会江苏代表团: a province's delegation to the national congress (jiangsu, qinghai reports)
    for m in _DELEGATION.finditer(text, start):
        if _place_ending(ctx.lexicon, m["place"], len(m["place"])) == m["place"]:
            out.append(Mention("Organization", m.group(), m.start(), m.end(), "org:delegation", confidence=0.85))
    # 派驻第八纪检监察组, 驻市交通委纪检监察组, 中央纪委国家监委驻外交部纪检监察组: a discipline commission's resident team
    for m in _RESIDENT_TEAM_SCAN.finditer(text, start):
        out.append(Mention("Organization", m.group(), m.start(), m.end(), "org:resident-team", canonical=m.group(),
                           confidence=0.85))  # 派驻 is the team's name, no verb of the clause
    out.extend(find_institutions(ctx))
    out.extend(find_news_outlets(ctx))
    out.extend(find_lead_units(ctx))
    out.extend(find_quoted_institutions(ctx))
    out.extend(find_founded_bodies(ctx))
    return out


@lru_cache(maxsize=8)
def _founding(lexicon: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    """(a founding verb then a placed head's name, a placed head's name then a founding verb): 组建 | …中心,
    …中心 | 落户. The heads are placed_heads.txt's Organization heads of two characters (平台, 中心, 基金)."""
    verbs = lexicon.alias_map("founding_verbs")
    placed = lexicon.alias_map("placed_heads")
    heads = "|".join(sorted((h for h in lexicon.get("placed_heads") if len(h) == 2
                             and placed.get(h, ("",))[0] == "Organization"), key=len, reverse=True))

    def alternation(where: str) -> str:
        return "|".join(sorted((v for v in lexicon.get("founding_verbs") if where in verbs.get(v, ())),
                               key=len, reverse=True))

    before = re.compile(rf"(?:{alternation('before')})(?P<n>[^{_CLAUSE_STOPS}]{{2,24}}?(?:{heads}))"
                        rf"(?=[{_CLAUSE_STOPS}）和及与]|$)")
    after = re.compile(rf"(?P<n>[^{_CLAUSE_STOPS}]{{2,24}}?(?:{heads}))(?:{alternation('after')})")
    return before, after


#: What ends a clause, and so a founded body's name (a bracket or a quote may stand inside one: 中国（宁夏）…平台,
#: 台胞台企数字“第一家园”服务平台).
_CLAUSE_STOPS = "，。；、：！？\n"
#: A rank or a list's ordinal before the name (三是 | 中国-中亚荒漠化防治合作中心, 全国首家 | 地理标志交易运营中心).
_FOUNDED_LEAD = re.compile("(?:[一二三四五六七八九十]是|其中)?(?:全国|全省|全市)?(?:首个|首家)?")


def find_founded_bodies(ctx: Context) -> list[Mention]:
    """A platform, centre or fund that a verb founds, opens or moves in (kg/lexicons/founding_verbs.txt): 组建 |
    AI物质创制中心, 国际红树林中心 | 落户深圳. The name runs from the verb, or the clause's start, to the head; a count,
    an amount, 等 or a 的-clause in it makes it a description or a class (15个承接产业转移主平台落地, 具有国际竞争力的
    先进制造业中心), and a modifier of generic words or a level names a kind (省级管理平台)."""
    text, out = ctx.text, []
    before, after = _founding(ctx.lexicon)
    found = [(m.start("n"), m.end("n")) for m in before.finditer(text, ctx.doc.body_start)
             if ctx.is_edge(m.start()) and ctx.is_edge(m.start("n"))]  # not 线上线下 | 一体…平台
    for m in after.finditer(text, ctx.doc.body_start):
        s, e = m.span("n")
        if s == 0 or text[s - 1] in _CLAUSE_STOPS or text[s - 1].isspace():
            found.append((s, e))
    for s, e in found:
        s = _FOUNDED_LEAD.match(text, s, e).end()
        while (t := ctx.token_end(s)) < e - 2 and (text[s:t] in _verb_set(ctx.lexicon, "opening_verbs")[0]
                                                   or word_tag(text[s:t]) in ("p", "c") or text[s:t] in ctx.adverbs):
            s = t  # 推动 | 国家…中心; other verbs are the name's (就业大数据智慧服务平台, …种质资源引进中转基地服务中心)
        name, modifier = text[s:e], text[s:e - 2]
        if ctx.token_end(s) == s + 1 and text[s] not in ("省", "市"):
            continue  # 线上线 | 下一体就业公共服务平台: the name would open with a word's last character
        bare = modifier.replace("“", "").replace("”", "")
        if len(bare) < 4 or re.search(r"[\d等的]|(?<!第)[A-Za-z一二三四五六七八九十两几多]+”?[个家批所]", name) or name.count("“") != name.count("”") \
                or text[s:ctx.token_end(s)] in _CLASS_LEVELS or name.startswith(("各", "一", "多", "最")) \
                or ctx.is_generic_modifier(modifier) or not ctx.is_edge(s):
            continue
        canonical, key = _own_institution(ctx, name)
        out.append(Mention("Organization", name, s, e, "org:founded", canonical=canonical, key=key, confidence=0.75))
    return out


#: A quoted name, a short modifier and the head of a platform, centre or body: “陇上食安”智慧监管平台,
#: “一带一路”国际技术转移中心, “1+5”农业科技创新联盟 (ANNOTATION.md: a quoted name followed by a head word is one
#: name). A platform or centre needs a place to be named (融资平台 is a kind, kg/lexicons/placed_heads.txt); the
#: quote is the proper part that names it here.
_QUOTED_BODY = re.compile(rf"“[^“”\n，。；]{{1,20}}”(?P<gap>[{CJK}]{{0,10}}?)"
                          r"(?P<head>平台|中心|实验室|研究院|联盟|集团|公司)")
#: Words in the modifier that make the quote one item of a kind, or a clause (“苏服办”等平台, “N”个转化中心,
#: “双一流”和交叉学科中心, “苏品苏货”上平台, “产业链改造”是指…平台, “1”即…中心, “五个中心”建设重点平台).
_QUOTED_BODY_BREAKS = re.compile("[等个家所和与及是的上即这]|建设|重点")  # 围绕“保增长”这一中心: a figure
_COUNT_BEFORE = re.compile(r"[\d一二三四五六七八九十两几多首]+[所家个批座类]$")


def find_quoted_institutions(ctx: Context) -> list[Mention]:
    """“贸易撮合+物流组织+融资结算+专业服务”综合服务平台: a platform, centre or body named by a quote."""
    text, out = ctx.text, []
    for m in _QUOTED_BODY.finditer(text, ctx.doc.body_start):
        he = m.end()
        if _QUOTED_BODY_BREAKS.search(m["gap"]) or not ctx.is_edge(he) or text[he:he + 1] in ("城", "区", "化") \
                or text.startswith(("企业", "经济", "公司"), he) or _COUNT_BEFORE.search(text[max(0, m.start() - 4):m.start()]):
            continue  # 平台企业, 中心城区: the head opens another word; 2家“一带一路”联合实验室: a count of a kind
        out.append(Mention("Organization", m.group(), m.start(), he, "org:quoted", confidence=0.75))
    return out


_DELEGATION = re.compile(rf"(?:全国人代会|全国人大)(?P<place>[{CJK}]{{2,8}}?)代表团")


#: Heads of sites that an institution's head may open (大学 | 科技园, 大学 | 城): the site is the name.
_SITE_HEADS = ("科技园", "城", "产业园", "园区")
#: A count or a rank opening a head's modifier (两所大学, 首家股份制银行, 一批研究院).
_COUNTED = re.compile("[一二三四五六七八九十两几多首]+[所家个批座类]")


def _clause_after_name(ctx: Context, s: int, hs: int) -> bool:
    """An institution's name inside the modifier, then a verb (闽江学院 | 更名 | 大学, 北京证券交易所 | 上市 | 公司):
    the text says something of the first name; it does not name a second body."""
    text = ctx.text
    inner = max((m_end for _s, m_end, _h, _ in _suffix_matcher(ctx.lexicon).finditer(text, s, hs)
                 if ctx.is_edge(m_end)), default=None)
    if inner is None or inner >= hs:
        return False
    if ctx.is_generic_modifier(text[inner:hs]):
        return True  # 北京证券交易所 | 上市公司: the first body's listed companies
    pos = inner
    while pos < hs:  # the verb right after the first name, past adverbs (技术研究院 | 深度 | 参与 …中心)
        e = min(ctx.token_end(pos), hs)
        if e <= pos:
            return False
        tag = word_tag(text[pos:e])
        if tag == "v":
            return True
        if tag not in ("d", "m") and text[pos:e] not in ctx.adverbs:  # 首次 | 跻身
            return False
        pos = e
    return False


#: jieba's tags of the words that make 与 a preposition before a name (深化与 | 中国科学院, 积极与 | 高校): a verb, an
#: adverb, a preposition; after a noun 与 joins two words of one name (信息与智慧医学, 材料科学与技术, 干细胞与再生医学).
_BEFORE_PREPOSITION = frozenset({"v", "vd", "d", "ad", "p", "c", "r"})


def _over_inner_and(ctx: Context, s: int, hs: int) -> int:
    """Where an institution's name starts when 与 or 及 before ``s`` joins two fields of its name (中国科学院东莞材料科学与
    技术研究所, 重庆信息与智慧医学研究院, 国家集成电路特色工艺及封装测试创新中心): back over 与 and the words before it to the name's left edge. Two bodies
    (海螺集团与皖维集团) and a bare head (产业集群与实验室群) are not one name."""
    text = ctx.text
    if text[s - 1:s] not in ("与", "及") or hs - s < 2 or any(e == s - 1 for _s, e, _h, _ in _suffix_matcher(ctx.lexicon).finditer(
            text, max(0, s - 8), s - 1)):
        return s
    pos = s - 1
    ws = pos - 1
    while ws > 0 and not ctx.is_edge(ws):
        ws -= 1
    word = text[ws:pos]
    if len(word) < 2 or word_tag(word) in _BEFORE_PREPOSITION or not re.fullmatch(rf"[{CJK}]+", word):
        return s
    start = ctx._skip_leading_words(strip_opening_verbs(ctx, ctx.left_edge(pos, max_len=12), pos, once=False), pos)
    return start if start < ws + 1 else s


#: A body's name, then 与/和/同 before the next name: two bodies side by side (of a signing, a meeting, a visit).
_TWO_BODIES = re.compile(r"(?:政府|公司|集团|大学|学院|委员会|管委会|局|厅|银行|研究院)(?:与|和|同)")


#: A discipline commission's resident team, numbered or named by the body it sits in (驻市交通委纪检监察组).
_RESIDENT_TEAM = re.compile(rf"(?:中央纪委国家监委|[省市县区]纪委监委)?派?驻(?:第[一二三四五六七八九十\d]{{1,3}}|[{CJK}]{{1,10}}?)"
                            rf"纪检监察组")
_RESIDENT_TEAM_SCAN = Anchored(_RESIDENT_TEAM, "纪检监察组", before=8 + 2 + 10)


#: Measures after bodies that count or rank them (人均博物馆拥有量, 上市公司数量, 三甲医院占比, 软科中国大学排名).
_COUNTED_AFTER = re.compile("拥有量|数量|占比|总数|排名|排行")
#: Grades, scopes and listings that make a class of bodies (三甲医院, 境内外证券交易所, 上市公司, 二级子公司), and
#: a kind of school named by its kind alone (技师学院, listed beside 本科高校 and 高职院校).
_CLASS_OF_BODIES = re.compile("^(?:三甲|三级|二级|二三级|二甲|境内外|国内外|海内外)|上市公司$|子公司$|^技师学院$")
#: Qualities a body is to reach or has (世界一流, 高水平): a goal or a class, no name.
_QUALITY = re.compile("一流|高水平|世界级")
#: Words that open a kind of body, not a name (各商业银行, 多层次实验室, 各类研究院).
_MANY = ("各", "多层次", "多类", "多个")


def _field_before(ctx: Context, end: int) -> int | None:
    """Where the field before a national key laboratory starts (白云鄂博稀土, 陆相页岩油): the nouns right before it, up
    to twelve characters; ``None`` when the word before it is a count, a verb or a place's scope (29家, 获批建设,
    优化重组, 支持在甘)."""
    text, pos = ctx.text, end
    while pos > 0 and end - pos < 12:
        ts = ctx.token_start(pos - 1)
        word = text[ts:pos]
        if not re.fullmatch(rf"[{CJK}]+", word) or word in ctx.lexicon.set("opening_verbs"):
            break
        if word_tag(word) not in ("n", "nz", "ng", "ns", "nr", "nt", None):
            if ts == 0 or text[ts - 1] in "，。；：\n" and word_tag(word) not in ("v", "vd", "vn", "p", "m", "q", "c"):
                pos = ts  # ，陆相 | 页岩油: a clause opens with the field, whatever jieba tags its first word
            break
        pos = ts
    return pos if end - pos >= 2 else None


#: A company's legal form after the head of its name (…股份有限公司, …银行股份有限公司, …集团有限责任公司).
_COMPANY_FORMS = ("有限公司", "有限责任公司", "股份有限公司", "股份公司")


#: A news outlet where a news item names its source: its lead (湖北日报讯, 湖北日报全媒讯), its source label
#: (来源：三峡日报, 来源 : 中国网温州) or a report cited (据新华社报道).
_OUTLET = rf"(?:[{CJK}]{{2,8}}?(?:日报|晚报|早报|商报|时报|报|电视台|广播电视台|在线|新闻网|网|客户端)|新华社)"
_OUTLETS = re.compile(rf"(?:^|(?<=[\s，。）)]))(?P<lead>{_OUTLET})(?:全媒|融媒)?讯"
                      rf"|来源[ \u3000]*[:：][ \u3000]*(?P<source>{_OUTLET})(?=[\s，。]|$|作者|编辑|发布)"
                      rf"|据(?P<cited>{_OUTLET})报道", re.M)


#: A list of outlets closed by the media they are (人民网、中国网、人民政协报、湖南日报、湘声报等央省主流媒体), read back
#: from each 等…媒体 (a lazy lead tried at every character was a third of the outlets' time).
_MEDIA_LIST = re.compile(rf"(?P<items>[{CJK}、]{{4,80}})等(?:[{CJK}]{{0,8}}?)媒体")
_MEDIA_LIST_SCAN = Anchored(_MEDIA_LIST, "媒体", before=80 + 1 + 8)
_OUTLET_NAME = re.compile(rf"[{CJK}]{{1,8}}?(?:日报|晚报|早报|商报|时报|报|电视台|广播电视台|在线|新闻网|网|客户端)|新华社")


def find_news_outlets(ctx: Context) -> list[Mention]:
    """The outlets a news item names as its source (湖北日报讯, 来源：三峡日报, 据新华社报道) or lists as the media it
    reached (人民网、中国网、湖南日报等主流媒体): bodies."""
    out = []
    for m in _MEDIA_LIST_SCAN.finditer(ctx.text, 0):
        items, pos = m["items"].split("、"), m.start("items")
        if len(items) < 2:
            continue
        for i, item in enumerate(items):
            s = pos
            if i == 0 and ctx.text[pos - 1:pos] not in ("", "，", "。", "；", "：", "\n", ",", "（"):
                item = ""  # 在人民网、…: the first item's words may be the clause's; only a clause's opening item is read
            if item and _OUTLET_NAME.fullmatch(item) and item not in ("本报", "该报"):
                out.append(Mention("Organization", item, s, s + len(item), "org:news-outlet", confidence=0.7))
            pos += len(items[i]) + 1
    for m in _OUTLETS.finditer(ctx.text):
        group = next(g for g in ("lead", "source", "cited") if m[g])
        if m[group] in ("本报", "该报"):
            continue
        out.append(Mention("Organization", m[group], m.start(group), m.end(group), "org:news-outlet", confidence=0.75))
    return out


#: Trade words a firm's name ends with before its legal form (…农业发展有限公司, …投资管理有限公司): no clause's verbs.
_TRADE_WORDS = frozenset({"发展", "投资", "建设", "开发", "管理", "服务", "科技", "控股", "实业", "贸易", "经营", "咨询", "运营"})


def _company_name_start(ctx: Context, end: int) -> int:
    """Where a firm's name before its legal form (有限公司, 股份有限公司) starts: after the clause's last verb,
    preposition or adverb (代表们深入 | 泰洪源农业发展, 周军实地考察了 | 杭州九阳豆业), punctuation or a list's word."""
    text = ctx.text
    s = ctx.left_edge(end, max_len=20, keep_boundary=True)
    pos, start = s, s
    while pos < end and (te := ctx.token_end(pos)) <= end:
        word = text[pos:te]
        if word in ("和", "与", "及", "、", "同", "了") or word_tag(word) in ("v", "p", "d", "c", "r", "ul") \
                and word not in _TRADE_WORDS:
            start = te
        pos = max(te, pos + 1)
    return start


def find_institutions(ctx: Context) -> list[Mention]:
    """Names closed by an institution head (研究院, 大学, 银行, 集团 …), back to a word boundary."""
    text, out = ctx.text, []
    for hs, he, _head, _ in _suffix_matcher(ctx.lexicon).finditer(text, ctx.doc.body_start):
        if he < len(text) and (text[he] in "长" or not ctx.is_edge(he) or text.startswith(_SITE_HEADS, he)):
            continue  # 院长, 行长: a post; 大学生, 大学城, 集团化办学, 大学 | 科技园: the head opens another word
        if text.startswith(_COMPANY_FORMS, he):
            continue  # 比亚迪股份 | 有限公司, 招商银行 | 股份有限公司: the company's name goes on to its legal form
        reach = 20  # 华进半导体封装先导技术研发中心有限公司, 江苏省产业技术研究院半导体封装技术研究所: long names
        edge = ctx.left_edge(hs, max_len=reach)
        s = ctx._skip_leading_words(strip_opening_verbs(ctx, edge, hs, once=False), hs)
        form_end = hs if _head in _COMPANY_FORMS else hs - 2 if text.endswith(("有限", "股份"), 0, hs) else None
        if form_end is not None and s >= form_end:
            # 泰洪源农业发展 | 有限公司: the word edges stopped at the firm's trade words (发展), which are its name's;
            # the clause's verbs before them are not (代表们深入 | …)
            edge = s = _company_name_start(ctx, form_end)
        widened, he = bracket_edges(ctx, s, he)  # 上海（长三角）国际科技创新中心
        if widened < s and not ctx.is_edge(widened):
            ts = ctx.token_start(widened)  # 积极参与 | 北京（京津冀）…: the widened edge fell inside a verb's token
            widened = ctx.token_end(ts) if ctx.text[ts:ctx.token_end(ts)] in _verb_set(ctx.lexicon, "boundary")[0] \
                or ctx.text[widened:ctx.token_end(ts)] in _verb_set(ctx.lexicon, "opening_verbs")[0] else widened
        s = strip_opening_verbs(ctx, widened, hs, once=False) if widened < s else widened
        s = site_name_start(ctx, s, hs)
        s = _over_inner_and(ctx, s, hs)  # 重庆信息与 | 智慧医学研究院
        if (joined_at := _over_inner_and(ctx, edge, hs)) < edge:
            s = min(s, joined_at)  # 特色工艺及 | 封装测试创新中心: the field after 及 opens with a verb's word, stripped above
        if (by := text.rfind("被", s, hs)) >= 0:
            s = by + 1  # 修复经验被 | 世界自然保护联盟推广: a passive's agent is named after 被
        if (joined := _TWO_BODIES.search(text, s, hs)) is not None:
            s = joined.end()  # 上海市人民政府与 | 中国五矿集团有限公司, 市政府与 | 中国移动安徽公司: two parties, not one name
            while (nxt := _TWO_BODIES.search(text, s, hs)) is not None:
                s = nxt.end()
        if (led := text.rfind("率", s, hs)) >= 0 and text[led + 1:led + 2] not in ("先", "领"):
            s = led + 1  # 对傅某率 | 华润集团高管来鄂考察: the body a leader brings is named after 率
        if text.startswith("命名", s) and hs - s >= 3:
            s += 2  # 关于命名 | 市博物馆等单位为…基地: the body a title is conferred on is named after the verb
        if _COUNTED_AFTER.match(text, he):
            continue  # 人均博物馆 | 拥有量, 上市公司 | 数量: bodies counted, none named
        field_named = False
        if text[s:hs] == "重点" and text[s - 2:s] == "全国" and (fs := _field_before(ctx, s - 2)) is not None:
            s, field_named = fs, True  # 陆相页岩油 | 全国重点实验室: a national key laboratory named by its field
        if text.startswith("中共", s) and hs - s > 4 and text.startswith(("党委", "委员会"), he):
            s += 2  # 中共 | 四川文理学院党委: the party's name opens the committee's, not the school's
        name = text[s:he]  # 对标 | 世界银行, 争建 | 国家脑机接口技术创新中心
        modifier = text[s:hs]
        # a masked place (*科学院) is a name; so is a level word (省科学院); generic words are not (重点实验室)
        if not modifier or re.search(r"\d", modifier) or _COUNTED.match(modifier):
            continue  # 两所大学, 首家股份制银行: a count or a rank of a kind, not a name
        if _clause_after_name(ctx, s, hs):
            continue  # 闽江学院更名大学, 北京证券交易所上市公司: a name and what is said of it
        if ctx.is_generic_modifier(modifier) and modifier not in ("省", "市", "*") \
                and not _own_body_of_a_kind(ctx, modifier, _head):
            continue
        if len(modifier) < 2 and modifier not in ("省", "市", "*"):
            continue
        if modifier.startswith(_MANY):
            continue  # 各商业银行, 多层次实验室: every body of a kind, or bodies at many levels, none named
        if _CLASS_OF_BODIES.search(name):
            continue  # 三甲医院, 北交所上市公司, 央企三级子公司: a grade or a listing of bodies, none named
        if _QUALITY.search(modifier):
            continue  # 建设中国特色世界一流大学, 与国内高水平大学合作: a standard bodies reach, a goal or a class
        if text[he:he + 1] == "群":
            he, name = he + 1, name + "群"  # 南中轴大红门博物馆群: a group of them, one project (ANNOTATION.md rule 1)
        canonical, key = _own_institution(ctx, name)
        if field_named and canonical is None:
            canonical = name  # the field whole, whatever jieba tags its first word (陆相, an "adverb")
        out.append(Mention("Organization", name, s, he, "org:institution", canonical=canonical, key=key,
                           confidence=0.75))
    return out


#: Heads of which a province or city has one of a kind (省产业技术研究院, 市科学院, 省物流集团): its level word and
#: common words name it; 省重点实验室, 省技术创新中心 are classes the province confers.
_ONE_OF_A_KIND = ("研究院", "科学院", "集团", "银行", "交易所", "博物馆", "图书馆")


def _own_body_of_a_kind(ctx: Context, modifier: str, head: str) -> bool:
    """省产业技术研究院 in Liaoning's report: the province's own institute, though 产业技术 are common words."""
    return head in _ONE_OF_A_KIND and modifier[:1] in ("省", "市") and modifier[1:2] not in _LEVEL_NEXT \
        and len(modifier) >= 3


#: Words of level or scope that open a class of institutions, not one (县级中医院, 省外高水平大学, 市州级医院,
#: 全球人形机器人上市公司, 国家级商协会, 各级关爱退役军人协会): 14 corpus names, 14 classes.
_CLASS_LEVELS = frozenset("县级 市级 省级 区级 市州级 地市级 县域 省外 全球 国家级 各级".split())


def drop_level_classes(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """An institution name whose first word is a level or a scope names a class of institutions: none is kept; nor
    one counted as a batch (引进一批 | 非国有博物馆, 落地 | 金融租赁管理型项目公司 | 3家) or a title granted (唯一获批的 |
    哲学社会科学实验室)."""
    text = ctx.text
    return [m for m in mentions if not (m.type == "Organization" and m.rule in ("org:institution", "head:organization")
                                        and (text[m.start:ctx.token_end(m.start)] in _CLASS_LEVELS
                                             or _CLASS_OF_BODIES.search(m.text)
                                             or text[max(0, m.start - 4):m.start].endswith(_BATCH_BEFORE)
                                             or _BATCH_AFTER.match(text, m.end)))]


#: What counts bodies as a batch or a granted title before their name, and a count of units after it.
_BATCH_BEFORE = ("一批", "多家", "获批的", "认定的")
_BATCH_AFTER = re.compile(r"[\d一二三四五六七八九十两]+(?:余|多)?[家所个]")


#: After 省/市, these make a word of their own (省级, 省外, 省内, 省属, 省部共建): no institution of the place.
_LEVEL_NEXT = frozenset("级外内属部直")


def _own_institution(ctx: Context, name: str) -> tuple[str | None, str | None]:
    """省纺织集团 in Guizhou's report is 贵州省纺织集团: an institution named by the level word of the document's own
    place belongs to that place, as its relative bodies do (省委 → 贵州省委)."""
    level = ctx.place_level
    if not ctx.place or not level or not name.startswith(level) or name[len(level):len(level) + 1] in _LEVEL_NEXT:
        return None, None
    canonical = f"{ctx.place}{name}"
    return canonical, f"org|{canonical.replace('*', '')}"
