"""Names from the entity lexicons (places, industries, concepts, fixed bodies and meetings …).

A lexicon match counts only where it starts and ends on a word edge, so that 中山 is not read out of
中山大学's neighbours nor 有色 out of a longer unrelated word.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.context import ENTITY_LEXICONS, Context, cut_words, word_tag
from kg.extract.matcher import TermMatcher
from kg.lexicon import Lexicon
from kg.model import Mention


@lru_cache(maxsize=8)
def lexicon_matcher(lexicon: Lexicon) -> TermMatcher:
    """Every name and alias of the entity lexicons → (type, canonical)."""
    terms: dict[str, tuple[str, str]] = {}
    for stem, etype in ENTITY_LEXICONS.items():
        aliases = lexicon.alias_map(stem)
        for name in lexicon.get(stem):
            terms.setdefault(name, (etype, name))
            for alias in aliases.get(name, ()):
                terms.setdefault(alias, (etype, name))
    return TermMatcher(terms)


#: The four municipalities: provinces whose lexicon aliases end in 市, not 省 or 自治区.
MUNICIPALITIES = ("北京", "天津", "上海", "重庆")


def province_names(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """The lexicon's provinces, municipalities and autonomous regions, each with its aliases (河南: 河南省)."""
    return {n: a for n, a in lexicon.alias_map("place").items()
            if any(x.endswith(("省", "自治区")) for x in a) or n in MUNICIPALITIES}


def lexicon_type_of(lexicon: Lexicon, name: str) -> tuple[str, str] | None:
    return lexicon_matcher(lexicon).payload.get(name)


#: A two-character short form (滨江 of 滨江区) right before one of these starts another place's name (滨江线);
#: inside a quote it is a word of the slogan (“两岸青山·千里林带”).
_PLACE_NEXT = frozenset("线区路街湾港岛村镇乡城")


def _county_before_noun(ctx: Context, surface: str, canonical: str, end: int) -> bool:
    """A county's two-character short form (长海 of 长海县, 江海 of 江海区) right before a noun is that noun's
    modifier or another word (长海跨海大桥, 江海联运): a county named short stands in a list or before a verb."""
    if canonical not in ctx.lexicon.set("gazetteer"):
        return False
    s = end - len(surface)
    if ctx.text[s - 1:s] in ("、", "和"):
        prior = re.split("[、，。；：和\n]", ctx.text[max(0, s - 9):s - 1])[-1]
        if (lexicon_type_of(ctx.lexicon, prior) or ("",))[0] == "Place":
            return False  # 西宁、海东、海西挑大梁: the last of a list of places (not 临朐鹅肝、博山猕猴桃: of products)
    nxt = ctx.text[end:end + 1]
    if not nxt or not ("\u4e00" <= nxt <= "\u9fff") or nxt in "和与及等的":
        return False
    word = ctx.text[end:ctx.token_end(end)] or nxt
    tag = word_tag(word) or word_tag(word[0])
    return tag not in ("v", "vd", "d", "p", "c", "f", "m", "b")  # 海东两市, 昆山国家级…, 平潭新一轮


#: Bodies the genre names bare mostly as a modifier: 中央预算内投资, 中央企业, 中央生态环保督察 (about 120 of the
#: 139 bare 中央 of the 29 reports); as a body it stands in a pair or a list (中央和省委, 中央、省).
_MODIFIER_BODIES = frozenset({"中央"})
_BODY_AFTER = frozenset("和与及、，。；")


#: Heads of a kind of site named after what it makes: 现代农业 | 产业园, 新能源 | 基地 (issue 11: a lexicon term used as
#: a modifier inside a longer noun phrase is not emitted on its own).
_SITE_AFTER = ("产业园", "产业基地", "基地", "园区", "产业园区", "科技园", "生产基地", "示范基地")


#: Broad sectors (ANNOTATION.md rule 6) and the things they describe as a modifier: 一般制造业 | 企业, 农业 | 中关村,
#: 工业 | 母机, 全球工业 | 互联网大会, 工业 | 遗址, 5个工业 | 强县. There the text names an enterprise, a machine or a
#: place, not the sector; where it names the sector (工业增加值, 发展服务业, 农业保持平稳增长) the sector is kept.
_BROAD_SECTORS = frozenset({"农业", "工业", "制造业", "服务业"})
_THINGS_AFTER = ("企业", "龙头企业", "单项冠军", "单位", "项目", "大学", "学院", "母机", "互联网", "遗址", "遗存",
                 "文化遗产", "县", "强县", "中关村", "大会", "会议", "部长", "园区", "基地", "主体", "科技进步", "中试")


def _industry_of_a_site(text: str, etype: str, surface: str, end: int) -> bool:
    return etype == "Industry" and (text.startswith(_SITE_AFTER, end)
                                    or surface in _BROAD_SECTORS and text.startswith(_THINGS_AFTER, end))


def _river_in_list(ctx: Context, s: int, end: int, surface: str) -> bool:
    """清水河、苦水河等综合治理, 韩江榕江练江水系连通: a county's short form that is also a river's name (清水河 of
    清水河县, 榕江 of 榕江县), beside another river of the same ending, is the river."""
    text, ch = ctx.text, surface[-1]
    if ch not in "河江":
        return False
    after = re.match(rf"、?([^、，。；和与及等至到过\s]{{1,3}}{ch})(?![河江湖])", text[end:end + 7])
    before = re.search(rf"([^、，。；和与及等至到过\s]{{1,3}}{ch})、?$", text[max(0, s - 5):s])
    return any(m is not None and not any((lexicon_type_of(ctx.lexicon, m.group(1) + x) or ("",))[0] == "Place"
                                         for x in ("", "市", "县", "区"))
               for m in (after, before))  # 哈尔滨、黑河、绥芬河片区: beside a city (黑河市), a city


#: 地区生产总值跨越5000亿元大关, 突破百万吨大关: after an amount a short form (大关 of 大关县) is a word.
_AMOUNT_END = frozenset("元吨斤亿万千百0123456789")


def _after_an_amount(text: str, s: int) -> bool:
    return text[s - 1:s] in _AMOUNT_END if s > 0 else False


_MUNICIPALITIES = ("北京", "天津", "上海", "重庆")


def foreign_division(ctx: Context, division: str) -> bool:
    """A division that lies in no province of the report's own (kg/lexicons/division_provinces.txt): its short form
    in this report is another word (南川 of Xining's 南川 park in Qinghai's report, not Chongqing's 南川区; 罗东川,
    the governor, not 东川区). Unknown when the report's place is unknown or a division holds no province."""
    provinces = ctx.lexicon.alias_map("division_provinces")
    held = provinces.get(division)
    if not held or not ctx.place:
        return False
    if ctx.place_level in ("省", "自治区") or ctx.place in _MUNICIPALITIES:
        own: tuple[str, ...] = (ctx.place,)
    else:
        own = provinces.get(ctx.place if ctx.place.endswith("市") else ctx.place + "市", ())
    return bool(own) and not any(p.startswith(o) or o.startswith(p) for p in held for o in own)


def _city_in_a_word(text: str, surface: str, s: int) -> bool:
    """海城市 in 滨海城市带, 应城市 in 顺应城市发展: a one-character city's full name (X城市) whose X ends the word before
    it is that word and the common noun 城市, no city."""
    return len(surface) == 3 and surface.endswith("城市") and s > 0 and word_freq().get(text[s - 1:s + 1], 0) > 0


def _inside_two_words(ctx: Context, s: int, e: int) -> bool:
    """进一步放|大同|城化, 罗浮|山县|镇村, 黄|河源, 东|中部地区: a place whose first character ends one of the language's
    words (jieba's own cut, without the lexicon's names) is that word's, no place (4 corpus names, all such; 打造成 |
    成渝绵 keeps its place: the verb's result 成 is read twice)."""
    from kg.extract.segment import import_jieba
    jieba = import_jieba()

    from kg.extract.segment import word_lengths

    word_freq()  # jieba's own dictionary, loaded
    cs, ce = ctx.clause_start(s), ctx._clause_end(s)
    pos = cs
    for n in word_lengths(jieba.dt, ctx.text[cs:ce]):
        if pos < s < pos + n:
            return ctx.text[pos + n - 1] not in "成为到"  # 打造成 | 成渝绵: a verb's result opens the next word
        pos += n
        if pos >= s:
            break
    return False


def _body_as_modifier(text: str, surface: str, end: int) -> bool:
    return surface in _MODIFIER_BODIES and text[end:end + 1] not in _BODY_AFTER and not text.startswith("各", end)


def _in_quote(text: str, pos: int) -> bool:
    """Inside a quoted slogan (“两岸青山·千里林带”): a place's short form there is a word of the slogan."""
    o, c = text.rfind("“", max(0, pos - 24), pos), text.rfind("”", max(0, pos - 24), pos)
    return o > c and o >= 0 and "”" in text[pos:pos + 24]


def _bracketed_place(ctx: Context, end: int) -> str:
    """（成渝地区） right after a body's name: the branch of a national programme in that region is a body of its
    own (全国高校区域技术转移转化中心（成渝地区）), named with its bracket."""
    from kg.extract.heads import _place_like

    m = _BRACKET_AFTER.match(ctx.text, end)
    return m.group() if m and _place_like(ctx, m.group(1)) else ""


_BRACKET_AFTER = re.compile(r"（([^（）]{2,6})）")


def find_lexicon_names(ctx: Context) -> list[Mention]:
    text = ctx.text
    matcher = lexicon_matcher(ctx.lexicon)
    out: list[Mention] = []
    pos = ctx.doc.body_start
    for s, e in matcher.spans(text, pos):  # the longest name at each position; a search from pos finds the first
        if s < pos:
            continue
        if not _accept(ctx, matcher, s, e, out):
            pos = s + 1  # 壮大新质生产力: 大新 (a county) is no word here; 新质生产力 may start inside it
            continue
        pos = max(e, s + 1)
    return out


#: Heads that a listed programme shares with the items after it (深化零基预算、国资国企改革).
_SHARED_HEADS = ("改革", "行动", "工程", "试点", "机制", "制度")


@lru_cache(maxsize=8)
def _stem_matcher(lexicon: Lexicon) -> TermMatcher:
    """The lexicon's policies and strategies by their names without a shared head (零基预算 → 零基预算改革), where
    what is left is three characters or more and no name of its own."""
    names = lexicon_matcher(lexicon).payload
    stems: dict[str, tuple[str, str, str]] = {}
    for name, (etype, canonical) in names.items():
        if etype in ("Policy", "Strategy") and name == canonical:
            for head in _SHARED_HEADS:
                stem = name[: len(name) - len(head)]
                if name.endswith(head) and len(stem) >= 3 and stem not in names:
                    stems.setdefault(stem, (etype, canonical, head))
    return TermMatcher(stems)


def find_listed_stems(ctx: Context) -> list[Mention]:
    """深化零基预算、省以下财政体制改革; 实施种业振兴、耕地质量提升、新一轮粮食产能提升行动: a known programme's name
    without its head, listed before items whose clause ends with that head, names the programme (ANNOTATION.md:
    shared heads). The clause must end with the head: 零基预算、… 改革试点 is another list."""
    text, out = ctx.text, []
    for s, e, _stem, (etype, canonical, head) in _stem_matcher(ctx.lexicon).finditer(text, ctx.doc.body_start):
        if text[e:e + 1] != "、" or not ctx.is_edge(s):
            continue
        clause = re.split("[，。；：\n]", text[e:e + 40], maxsplit=1)[0]
        if clause.endswith(head) and len(clause) > len(head) + 2 and "等" not in clause:
            out.append(Mention(etype, text[s:e], s, e, "lexicon:shared-head", canonical=canonical, confidence=0.85))
    return out


#: A strategy's or programme's words that open a designation's name (全国法治政府 | 示范地区和项目, …示范县): the
#: theme of a title places are given, no mention of the strategy itself.
_DESIGNATION_AFTER = re.compile("示范(?:地区|县|村|项目|单位)")


def _accept(ctx: Context, matcher: TermMatcher, s: int, e: int, out: list[Mention]) -> bool:
    """Keep a match that sits on word edges, else its longest prefix that does (深圳 of 深圳|市委书记);
    then look for shorter names nested inside it (中央八项规定 in 深入贯彻中央八项规定精神学习教育)."""
    text = ctx.text
    end = e
    while end > s:
        surface = text[s:end]
        payload = matcher.payload.get(surface)
        if payload is not None and ctx.is_edge(s) and ctx.is_edge(end) and not _body_as_modifier(text, surface, end) \
                and not _industry_of_a_site(text, payload[0], surface, end) \
                and not (payload[0] == "Place" and (_city_in_a_word(text, surface, s) or _inside_two_words(ctx, s, end))) \
                and not (payload[0] == "Place" and surface != payload[1] and foreign_division(ctx, payload[1])) \
                and not (payload[0] == "Place" and surface != payload[1] and len(surface) == 2
                         and (text[end:end + 1] in _PLACE_NEXT or _in_quote(text, s)
                              or _county_before_noun(ctx, surface, payload[1], end))) \
                and not (payload[0] == "Place" and surface != payload[1]
                         and (_river_in_list(ctx, s, end, surface) or _after_an_amount(text, s))) \
                and not (payload[0] in ("Strategy", "Policy") and _DESIGNATION_AFTER.match(text, end)):
            etype, canonical = payload
            bracket = _bracketed_place(ctx, end) if etype == "Organization" else ""
            out.append(Mention(etype, surface + bracket, s, end + len(bracket), f"lexicon:{etype.lower()}",
                               canonical=canonical + bracket, confidence=0.9))
            break
        end -= 1
    if end == s:
        return False
    if e - s > 2:
        for s2, e2, _, _ in matcher.finditer(text, s + 1, e):
            _accept(ctx, matcher, s2, e2, out)
    return True


#: jieba's tags of words that open a clause rather than a name: verbs and pronouns (修改 | 浦东新区法规,
#: 我省共建 | 上海（长三角）国际科技创新中心).
_CLAUSE_TAGS = frozenset({"v", "vn", "vd", "r", "d", "p"})


def site_name_start(ctx: Context, s: int, hs: int) -> int:
    """Where the name of a place or institution that the head at ``hs`` closes starts, from ``s``.

    jieba cuts a two-character verb across the name's start (对|标世界银行, 做|强省纺织集团): the name opens
    after the verb's second half. Verbs and pronouns before the place that opens a name are the clause's, not
    the name's (修改 | 浦东新区法规, 运营 | 暹粒吴哥国际机场, 我省共建 | 上海…中心).
    """
    text = ctx.text
    if text[s - 1:s] == "“":
        return s  # a quoted name (“投资龙江”) is the quote rules' to read whole
    verbs = ctx.lexicon.set("opening_verbs") | ctx.lexicon.set("boundary")
    if s + 1 < hs and text[s - 1:s + 1] in verbs and ctx.is_edge(s):
        s += 1
    pos = s
    while pos < hs:
        e = ctx.token_end(pos)
        if e <= pos or e >= hs:
            break
        word = text[pos:e]
        if len(word) < 2 or word_tag(word) not in _CLAUSE_TAGS or (lexicon_type_of(ctx.lexicon, word) or ("",))[0]:
            break  # one character (合 of 合滁产业走廊, 环 of 环首都…公园) is a place's short form more often than a verb
        pos = e
    if pos > s and _opens_with_place(ctx, pos, hs):
        return pos
    return s


def _opens_with_place(ctx: Context, pos: int, hs: int) -> bool:
    """A place opens the text at ``pos``: a lexicon place or a word jieba knows as a place name (暹粒)."""
    e = ctx.token_end(pos)
    if e <= pos:
        return False
    word = ctx.text[pos:e]
    known = lexicon_type_of(ctx.lexicon, word)
    return bool(known and known[0] == "Place") or word_tag(word) == "ns"


#: jieba's tags of proper names: places, organizations, other proper nouns (its two-character abbreviations,
#: j, are common words of the genre: 中试, 研发, 社保).
_PROPER_TAGS = frozenset({"ns", "nz", "nt", "nrt", "nrfg"})
#: Single characters that glue to no name: function words, and the size and age words of a kind (老工业基地).
_NO_NAME_CHARS = frozenset("的和与及等各新老之其")
#: Titles of a designation after the proper part of a name: 大熊猫 | 国家公园, 落笔洞 | 国家考古遗址公园.
_TITLE_WORDS = ("国家", "世界", "国际", "全国", "省级", "国家级")


#: A designation's level opens the title of a class of sites the state or province confers (国家大学科技园,
#: 省新质生产力产业基地, 第二批…联动创新区): the gold files keep these (ANNOTATION.md: designations).
_DESIGNATION_OPENINGS = ("国家", "省", "第")
#: Natural features whose name opens a site's (明月湖科创园, 温榆河公园, 崂山实验室).
_FEATURES = frozenset("湖河江山湾岛峡洲")
#: Heads of towns, named whatever their words (平原新城, 渝东新城, 五个新城): the genre writes no kind of them.
_TOWN_HEADS = ("新城", "新区")


#: Compass points in a row (东西南北, 东中西): they say which parts of a region, not which region; a pair that
#: names a region (东北, 西南) is a place word.
_DIRECTIONS = re.compile("(?:东西南北|东中西|东西|南北)(?=[^东西南北中部]|$)")
_BETWEEN_UNITS = ("省际", "区际", "城际", "跨省", "跨区域")


def names_a_site(ctx: Context, modifier: str, head: str = "") -> bool:
    """True when the words before a site's head (基地, 产业园, 机场, 走廊 …) hold a proper part, so that the
    whole names one site; a modifier of common words only makes a kind of site (教育实践基地, 民用运输机场,
    大健康产业基地, 国家级大学科技园), which the genre writes by the hundred.

    A proper part is a lexicon place or body, a word jieba tags as a proper noun (暹粒, 沪) or a rare one
    (良乡, 赤水), a word jieba does not know (崖州湾 cut into characters, 沈大), a masked or bracketed place, or
    the words before a designation's title (大熊猫 | 国家公园).
    """
    m = modifier.replace("＊", "*")
    if (lead := _DIRECTIONS.match(m)) is not None:
        return len(m) - lead.end() >= 2 and names_a_site(ctx, m[lead.end():], head)  # 东西南北 | 大通道: no place
    if m in _BETWEEN_UNITS:
        return False  # 省际大通道, 城际铁路: a kind of link between places, none named
    if "*" in m or "（" in m or re.search(r"[A-Za-z]", m) or m.startswith(_DESIGNATION_OPENINGS):
        return True
    words = cut_words(ctx.lexicon, m)
    if head in _TOWN_HEADS:
        return True
    for a, b in zip(words, words[1:], strict=False):
        if len(a) == 1 == len(b) and all(_name_char(c) for c in a + b):
            return True  # 沈|大经济走廊, 崖|州|湾科技城: jieba knows no word here, a proper name's characters
        if len(a) == 1 == len(b) and b in _FEATURES and "\u4e00" <= a <= "\u9fff" and a not in _NO_NAME_CHARS:
            return True  # 张|江科学城: a river's name jieba cut in two, whatever it tags the first (张, a measure)
    if re.search(r"(?:^|,)(?:[\u4e00-\u9fff],){2}[\u4e00-\u9fff](?:,|$)", ",".join(words)):
        return True  # 别|迭|里口岸: three characters in a row that make no word, whatever each alone is
    if any(w in _FEATURES and i > 0 and len(words[i - 1]) >= 2 for i, w in enumerate(words)):
        return True  # 明月 | 湖 | 科创园, 温榆 | 河 | 公园: a lake's or a river's name opens the site's
    pos = 0
    for w in words:
        if pos >= 2 and w in _TITLE_WORDS and not ctx.is_generic_modifier(m[:pos]):
            return True
        pos += len(w)
        known = lexicon_type_of(ctx.lexicon, w)
        if known:
            if known[0] in ("Place", "Organization"):
                return True
            continue  # an industry, a policy: what the site is for (大健康产业基地)
        tag = word_tag(w)
        if len(w) >= 2 and (tag in _PROPER_TAGS and word_freq().get(w, 0) < 3000 or _rare_word(w, tag)
                            or _division_short_form(ctx.lexicon, w, tag)):
            return True
    return False


#: Ends of a division's name after its short form (大理 | 市, 元阳 | 县, 黔东南 | 州).
_DIVISION_ENDS = ("市", "县", "区", "州", "旗")


def _division_short_form(lexicon: Lexicon, word: str, tag: str | None) -> bool:
    """大理 of 大理古城: the short form of a city or county of the gazetteer that the gazetteer leaves out as an
    alias (a common word too: 大理 is marble), read as the place where a site's head follows. A verb, adjective or
    adverb (开发, 平安) or a word the genre writes thousands of times (和平, 长安) stays a common word."""
    if tag in ("v", "vn", "vd", "a", "an", "ad", "d") or word_freq().get(word, 0) >= 3000:
        return False
    return division_of(lexicon, word) is not None


def division_of(lexicon: Lexicon, word: str) -> str | None:
    """The city or county of the gazetteer or the place lexicon that ``word`` is the short form of (石狮 → 石狮市)."""
    return _short_forms(lexicon).get(word) or _autonomous_counties(lexicon).get(word)


@lru_cache(maxsize=8)
def _divisions(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(lexicon.set("gazetteer") | lexicon.set("place"))


@lru_cache(maxsize=8)
def _short_forms(lexicon: Lexicon) -> dict[str, str]:
    """A division's name less its end → the name (石狮 → 石狮市), the first end of _DIVISION_ENDS first (looked up
    once: the listed divisions ask it of every item of every list)."""
    out: dict[str, str] = {}
    for end in reversed(_DIVISION_ENDS):  # an earlier end's name replaces a later one's
        out.update((name[:-len(end)], name) for name in sorted(_divisions(lexicon)) if name.endswith(end))
    return out


@lru_cache(maxsize=8)
def _autonomous_counties(lexicon: Lexicon) -> dict[str, str]:
    """陵水 → 陵水黎族自治县: an autonomous county's two-character name before its peoples."""
    return {n[:2]: n for n in sorted(_divisions(lexicon)) if "族自治" in n[2:]}


def _name_char(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" and c not in _NO_NAME_CHARS and word_tag(c) not in ("m", "q", "p", "c", "u", "r", "f")


def _rare_word(word: str, tag: str | None) -> bool:
    """A word jieba lacks, or one it knows but rarely sees (良乡 27, 怀柔 89 in its 60-million-word count):
    proper names are the rare words of a site's modifier; a frequent one is a common word, whatever its tag
    (城市 is tagged a place name, 25084 times seen)."""
    if tag is None:
        return "\u4e00" <= word[0] <= "\u9fff"
    if tag == "j":
        return False  # 中试, 研发: the genre's abbreviations of common words
    if tag == "v":
        return False  # 扭住 | 事关自贸港: a rare verb is the clause's, no name's (大别山's 大别 is tagged an adverb)
    return word_freq().get(word, 0) < (1000 if tag == "nr" else 100)


@lru_cache(maxsize=1)
def word_freq() -> dict[str, int]:
    from kg.extract.segment import import_jieba
    jieba = import_jieba()

    jieba.dt.check_initialized()
    return jieba.dt.FREQ
