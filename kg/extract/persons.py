"""People: a post title followed by a name (省委书记黄坤明, 省长 王凯), lists of names in disciplinary
decisions (关于张广宁、刘光明、马学斌严重违纪违法问题), 某某同志, and the speaker a header names: a name alone
under the title (张国清), or at the head of a speech's title (李明同志在省委十二届六次全会上的讲话).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.context import CJK, Context, cut_words
from kg.extract.heads import word_tag
from kg.extract.names import lexicon_type_of
from kg.lexicon import Lexicon
from kg.model import Mention

_FUNCTION_CHARS = set("与会的和及在对为是了有各全体位老")
#: Prepositions whose first character is also a surname (总书记 | 关于党的…重要思想: 关 is a surname, 关于 no name).
_PREPOSITIONS = frozenset({"关于", "对于", "由于", "至于", "鉴于", "于是"})
#: What may follow a name: one of these characters, or one of the words below (同志, 代表 …).
_AFTER_CHARS = frozenset("作做就在为、，。；：\n）) 的等说对向到与和及率受将致…便又也才都还即")
_AFTER_WORDS = ("代表", "主持", "出席", "列席", "一行", "同志", "讲话", "指出", "强调", "表示", "调研", "会见", "看望", "考察", "视察",
                "参加", "提出", "要求", "宣布", "致辞", "发表", "听取", "带队", "介绍", "部署", "关于", "通报", "所作",
                "反馈", "传达", "宣读", "领学", "解读", "汇报", "高度", "多次", "亲自", "专门", "专题", "先后", "一行",
                "率队", "深入", "来到", "前往", "应邀", "陪同", "带领", "率领", "先生", "女士")


@lru_cache(maxsize=8)
def _surnames(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    names = lexicon.get("surnames")
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) == 2)


@lru_cache(maxsize=8)
def _title_regex(lexicon: Lexicon) -> re.Pattern:
    titles = sorted(lexicon.get("titles"), key=len, reverse=True)
    alt = "|".join(map(re.escape, titles))
    return re.compile(rf"(?:{alt})(?:、[{CJK}]{{0,8}}?(?:{alt}))*[ \u3000]?(?P<name>[{CJK}]{{2,4}})")


def plausible_name(lexicon: Lexicon, name: str) -> bool:
    single, double = _surnames(lexicon)
    if len(name) >= 3 and name[:2] in double:
        return len(name) <= 4
    return name[:1] in single and 2 <= len(name) <= 3


#: Verbs of saying that follow a name at once (徐麟说，), and what follows them then.
_SAYS = frozenset("说称讲")
_AFTER_SAYING = frozenset("，,：:“\"")


def _split_name(lexicon: Lexicon, text: str, pos: int) -> str | None:
    """The name at ``pos``: 3 chars if a boundary follows them, else 2; a transcribed name (艾尔肯·吐尼亚孜) whole;
    a name without a Han surname (嘎玛泽登, a Tibetan name) only before the verbs of a speaker (作, 代表, 主持 …)."""
    if (dotted := _DOTTED.match(text, pos)) is not None:
        return dotted.group()
    for n in (3, 2, 4):
        cand = text[pos:pos + n]
        nxt = text[pos + n:pos + n + 2]
        if n == 3 and len(cand) == 3 and (cand[2] in _SAYS and text[pos + 3:pos + 4] in _AFTER_SAYING or cand[2] == "将"):
            continue  # 国务院新闻办公室主任徐麟说，…, 部长王某将出席: a name of two, then saying or what it will do
        if n == 3 and len(cand) == 3 and cand[2] == "作" and text.startswith(("关于", "了", "说明", "报告", "工作报告", "《", "题为", "重要", "的"),
                                                          pos + 3):
            continue  # 省人大法制委委员李智作关于…的报告: a name of two, then the verb of reporting
        if n == 3 and cand.endswith(("等", "在", "便", "又", "也", "才", "都", "还", "即", "就")):
            continue  # 市政协主席孙丽等出席, 主任李峰在致辞中指出: 等 closes a list, 在 opens where, 便/也 are the clause's
            # adverbs (局长亓玉国便高调开口, 书记王某也出席); no name ends with them
        if n == 3 and word_tag(text[pos + 2:pos + 4]) == "d":
            continue  # 总经理钱力分别致辞, 书记王某先后到…: a name of two, then an adverb of the clause
        if len(cand) == n and plausible_name(lexicon, cand) and not cand.endswith("就座") and _HAN_ONLY.fullmatch(cand) \
                and cand[:2] not in _PREPOSITIONS and not (cand[0] in "和与及" and word_tag(cand[1:]) not in (None, "nr")) and (
                not nxt or nxt[0] in _AFTER_CHARS or nxt in _AFTER_WORDS or word_tag(nxt) in ("v", "d") and word_tag(cand) in (None, "nr", "nrfg", "nrt") and cand[0] != cand[1]
                and not (n == 3 and cand[2] in _AFTER_CHARS)):
            # 市长张某安排部署: a verb after the name (not 殷切嘱托, 殷殷嘱托: words of the clause; not 阎某致 | 闭幕辞)
            return cand
    for n in (4, 3, 2):
        cand = text[pos:pos + n]
        if len(cand) == n and re.fullmatch(rf"[{CJK}]+", cand) and not any(ch in _FUNCTION_CHARS for ch in cand) \
                and word_tag(cand) in _NAME_TAGS and text.startswith(_SPEAKER_VERBS, pos + n) \
                and not _common_words(lexicon, cand):
            return cand
    return None


_HAN_ONLY = re.compile(rf"[{CJK}]+")  # …郦斌、江勇。: the list's full stop is no part of its last name


def _common_words(lexicon: Lexicon, cand: str) -> bool:
    """总书记 | 近期重要讲话: words the language writes every day (近期, 重要), not a name without a surname."""
    from kg.extract.names import word_freq

    return any(len(w) >= 2 and word_freq().get(w, 0) >= 1000 for w in cut_words(lexicon, cand))


#: jieba's tags a name may have: none (嘎玛泽登 is in no dictionary) or a person's (not 重要 of 总书记重要讲话).
_NAME_TAGS = frozenset({None, "nr", "nrt", "nrfg"})
#: Verbs that only a person does right after a post and a name (省长 某某 作政府工作报告).
_SPEAKER_VERBS = ("代表", "主持", "出席", "作政府工作报告", "作工作报告", "作报告", "讲话", "指出", "强调", "表示")
#: A transcribed Uyghur, Kazakh or Mongolian name: parts of two to five characters joined by middle dots
#: (艾尔肯·吐尼亚孜, 布茹玛汗·毛勒朵), ending where a name may end.
_DOTTED = re.compile(rf"[{CJK}]{{2,5}}(?:·[{CJK}]{{2,5}}){{1,2}}"
                     rf"(?=[、，。；：\n\s）)等和]|代表|主持|出席|同志|讲话|指出|强调|表示|作|在|$)")


#: A session's appointments and co-options name the people they elect (增补梁某为十一届市政协副主席, 任命王某为…,
#: 免去李某的…职务), and the first of several co-opted (王健等4名委员为常务委员).
_APPOINTED = re.compile(rf"(?:增补|补选|任命|免去|提请任命)(?P<name>[{CJK}]{{2,3}}?)(?:同志)?(?=为|的[{CJK}]{{2,16}}职务|担任)"
                        rf"|(?:^|(?<=[，、。；：\s]))(?P<name2>[{CJK}]{{2,3}})等[\d一二三四五六七八九十两]+(?:名|位)"
                        rf"(?=委员|同志|代表|常务委员|人大代表|政协委员)", re.M)


def find_persons(ctx: Context) -> list[Mention]:
    text, out = ctx.text, []
    rx, pos = _title_regex(ctx.lexicon), max(0, ctx.doc.body_start)
    while (m := rx.search(text, pos)) is not None:
        name = _split_name(ctx.lexicon, text, m.start("name"))
        if not name:  # 常委 | 会主任李… is no name: the title may start further on (主任 | 李微微)
            pos = m.start() + 1
            continue
        s = m.start("name")
        out.append(Mention("Person", name, s, s + len(name), "person:title-name", confidence=0.85))
        out += _names_listed_after(ctx, s + len(name))
        pos = s + len(name)
    for m in re.finditer(rf"(?:关于|给予|对|汲取)(?P<names>(?:(?!等)[{CJK}]){{2,4}}(?:、(?:(?!等)[{CJK}]){{2,4}})*)(?:同志)?"
                         rf"(?:严重违纪|违纪违法|开除|涉嫌|等)", text):
        pos, parts = m.start("names"), m["names"].split("、")
        if len(parts) == 1 and not re.match(r"(?:等)?(?:严重)?(?:违纪违法|案件|涉嫌)|等[^，。；]{0,8}案件", text[m.end("names"):]):
            continue  # one name only where a case follows (汲取唐仁健等严重违纪违法案件教训, 汲取蓝天立等案件的教训)
        if not all(plausible_name(ctx.lexicon, p) and word_tag(p) in _NAME_TAGS for p in parts):
            continue  # 应对高温干旱、洪涝等: a list of names is names only (洪 is a surname, 洪涝 a word)
        for part in parts:
            out.append(Mention("Person", part, pos, pos + len(part), "person:name-list", confidence=0.8))
            pos += len(part) + 1
    for m in _APPOINTED.finditer(text, ctx.doc.body_start):
        g = "name" if m["name"] else "name2"
        if plausible_name(ctx.lexicon, m[g]) and word_tag(m[g]) in _NAME_TAGS:
            out.append(Mention("Person", m[g], m.start(g), m.end(g), "person:appointed", confidence=0.8))
    out += _post_lists(ctx) + _posts_after_names(ctx) + _bylines(ctx)
    out += _header_speakers(ctx)
    taken = {m.start for m in out}
    for m in _DOTTED.finditer(text, ctx.doc.body_start):
        s = m.start()
        if s in taken or (s > 0 and re.match(rf"[{CJK}·]", text[s - 1])) or _in_quotes(ctx, s):
            continue  # “两岸青山·千里林带”: a slogan; …主席艾尔肯·吐尼亚孜 was read after its title above
        out.append(Mention("Person", m.group(), s, m.end(), "person:dotted-name", confidence=0.75))
    for m in re.finditer(rf"([{CJK}]{{3}})同志", text):
        # 某某某同志: a full three-character name; shorter ones are too often words (与会同志, 老同志)
        name, s = m.group(1), m.start(1)
        if not ctx.is_edge(s) or any(ch in _FUNCTION_CHARS for ch in name):
            continue
        if plausible_name(ctx.lexicon, name):
            out.append(Mention("Person", name, s, s + len(name), "person:comrade", confidence=0.7))
    return out + _named_again(ctx, out)


#: A news item's byline: its reporters' names after 记者/通讯员, before the bracket's end, a slash, 报道 or 摄
#: (本报讯（记者 张潇予）, 新华社记者 李学仁 摄, （记者 赵礼锋 张玲）), and a page's editor or author after its label
#: (来源：青海日报  编辑：许娜, 作者 : 中欣).
_BYLINE_NAME = rf"(?!记者|通讯员|摄影|首席)[{CJK}]{{2,3}}"
#: A label with its colon is a label whatever runs into it (来源:四川在线编辑:徐浩程); an agency's photo credit opens with
#: 社发 (中新社发 张宇 摄), a photographer's own with the name at the line's start (郑淑珍/摄); an agency's dateline
#: names its reporters in brackets (…4月16日电 (龙某 陈某 杨某)).
_BYLINE = re.compile(rf"(?:(?:记者|通讯员|摄影)(?:[ \u3000]*[:：])?|社发|(?:责任编辑|编辑|责编|作者)[ \u3000]*[:：]|(?:^|(?<=[。！？])|(?<=[。！？][ \u3000]))(?={_BYLINE_NAME}[ \u3000]*[/／]?摄$)"
                     rf"|日电[ \u3000]*[（(])"  # 中新网四川新闻4月16日电 (龙某 陈某 杨某): an agency's dateline, its reporters
                     rf"[ \u3000]*[/／]?[ \u3000]*(?P<names>{_BYLINE_NAME}(?:[ \u3000、]+{_BYLINE_NAME})*)"
                     rf"(?=[ \u3000]*(?:[）)/／;；]|报道|摄|$|[、，]?通讯员|(?:首席)?记者|摄影|来源|发布时间|时间|日期|编辑))", re.M)
#: A reporter's dateline: the name, the place reported from, 报道 (李潇菏泽报道), alone on its line.
_DATELINE_REPORTER = re.compile(rf"^(?P<name>[{CJK}]{{2,3}}?)(?P<place>[{CJK}]{{2,4}})报道$", re.M)


def _bylines(ctx: Context) -> list[Mention]:
    """Reporters named in a news item's byline (about 10 of the ~190 genre samples): each a plausible full name."""
    out = []
    for m in _BYLINE.finditer(ctx.text):
        parts = [(p.start(), p.group().removesuffix("摄") if len(p.group()) == 3 else p.group())
                 for p in re.finditer(rf"[{CJK}]+", m["names"])]  # 记者 戴冰摄: the photographer's credit
        labelled = re.search("[:：]", m.group()[:m.start("names") - m.start()]) is not None
        if not all(plausible_name(ctx.lexicon, name) or labelled and word_tag(name) in _NAME_TAGS
                   and not lexicon_type_of(ctx.lexicon, name) for _s, name in parts):
            continue  # 记者会, 记者提问: no byline; 作者 : 中欣 (a label's name, of a rare surname) is one
        for s, name in parts:
            s += m.start("names")
            out.append(Mention("Person", name, s, s + len(name), "person:byline", confidence=0.8))
    for m in _DATELINE_REPORTER.finditer(ctx.text):
        place = lexicon_type_of(ctx.lexicon, m["place"])
        if plausible_name(ctx.lexicon, m["name"]) and (place and place[0] == "Place"
                                                       or m["place"] in ctx.lexicon.set("gazetteer")):
            out.append(Mention("Person", m["name"], m.start(), m.end("name"), "person:byline", confidence=0.8))
    return out


def _in_quotes(ctx: Context, pos: int) -> bool:
    """Inside a quote opened earlier in the sentence."""
    before = ctx.text[ctx.sentence_bounds(pos)[0]:pos]
    return before.count("“") > before.count("”")


def _named_again(ctx: Context, found: list[Mention]) -> list[Mention]:
    """A person the text has named with a post (省委书记沈晓明) is named bare later on (沈晓明受省委常委会委托…):
    every other occurrence of a full name of three characters or more, on a word edge, is a mention too."""
    text, out = ctx.text, []
    taken = {(m.start, m.end) for m in found}
    for name in sorted({m.text for m in found if len(m.text) >= 3}):
        for m in re.finditer(re.escape(name), text[ctx.doc.body_start:]):
            s = ctx.doc.body_start + m.start()
            if (s, s + len(name)) not in taken and ctx.is_edge(s) and ctx.is_edge(s + len(name)):
                out.append(Mention("Person", name, s, s + len(name), "person:named-again", confidence=0.75))
    return out


#: One item of a list of names: two to four characters before the next 、.
_LIST_ITEM = re.compile(rf"[{CJK}]{{2,4}}(?=、)")


def _names_listed_after(ctx: Context, pos: int) -> list[Mention]:
    """省领导王一、赵二、孙三出席会议: the names listed after a titled one, each a plausible full name."""
    text, out = ctx.text, []
    while text[pos:pos + 1] == "、":
        name = _split_name(ctx.lexicon, text, pos + 1)
        if not name and (item := _LIST_ITEM.match(text, pos + 1)) is not None \
                and _split_name(ctx.lexicon, text, item.end() + 1):
            name = item.group()  # 李斌、巴特尔、汪永清: a name of no Han surname between two names is a name too
        if not name or len(name) < 2:
            break
        if text[pos + 1 + len(name):pos + 2 + len(name)] == "和" and not _split_name(ctx.lexicon, text,
                                                                                    pos + 2 + len(name)):
            break  # 潘某鹤、文史和学习委员会主任…: a committee's name goes on after 和, no second name
        out.append(Mention("Person", name, pos + 1, pos + 1 + len(name), "person:name-list", confidence=0.75))
        pos += 1 + len(name)
    return out


#: What stands between the names of such a list: 、, or in copied news a comma or the spaces of a table
#: (在主席台就座的有：甲　乙　丙).
_NAME_SEP = "、|，|[ \u3000]{1,2}"  # one of them throughout a list (甲、乙，丙 is no list of three)
#: Session news lists the people on the rostrum after a plural post (省政协领导甲、乙、丙分别到所在小组, …领导同志甲、
#: 乙…, 全国政协委员甲、乙、丙, 主席团常务委员会成员有：甲、乙、丙, 大会主席团常务委员有:甲、乙), or before where they sat
#: (甲、乙、丙等和大会主席团成员在主席台就座) or that they attended (甲、乙、丙出席会议): two names or more,
#: every one a plausible name, or the list is no list of names.
_POST_LIST = re.compile(rf"(?:(?:领导|领导同志|负责同志|成员|委员|主席)(?:有|是)?[：:]?|的有[：:])"
                        rf"(?P<names>[{CJK}]{{2,3}}(?P<sep1>{_NAME_SEP})[{CJK}]{{2,3}}(?:(?P=sep1)[{CJK}]{{2,3}})*)(?=[，。；在分出等\n]|以及)"
                        rf"|(?:^|(?<=[，。；：\n]))(?P<seated>[{CJK}]{{2,3}}(?P<sep2>{_NAME_SEP})[{CJK}]{{2,3}}(?:(?P=sep2)[{CJK}]{{2,3}})*)(?:等)?"
                        rf"(?:[{CJK}]{{2,6}}?领导(?:同志)?)?(?:和[{CJK}]{{2,12}})?"
                        rf"(?:(?:到会并|到会)?在主席台(?:前排)?就座|(?:出席|列席|参加)(?:了)?(?:会议|大会|活动|仪式)|当选)", re.M)


def _post_lists(ctx: Context) -> list[Mention]:
    out = []
    for m in _POST_LIST.finditer(ctx.text, max(0, ctx.doc.body_start)):
        group = "names" if m["names"] else "seated"
        parts = re.split(_NAME_SEP, m[group])
        odd = sum(1 for p in parts if not (plausible_name(ctx.lexicon, p) or p in ctx.lexicon.set("person")))
        if odd > (1 if len(parts) >= 4 else 0):
            continue  # one rare surname among four names or more is a name too (…李伟、吉林、景俊海、张工、阴和俊…)
        # a long roster's names outrank the places some of them spell (吉林, a person between two names)
        conf = 0.95 if len(parts) >= 4 else 0.75
        for sep in re.finditer("[^、，\u3000 ]+", m[group]):
            part, pos = sep.group(), m.start(group) + sep.start()
            name = part[:-1] if len(part) == 3 and part.endswith("等") else part  # …叶某林、杨凯等在主席台就座
            out.append(Mention("Person", name, pos, pos + len(name), "person:post-list", confidence=conf))
    return out


#: A name with its post after it (唐登杰书记、金湘军省长等领导同志, 李克强总理对…作出部署, 听取了毛伟明省长所作的
#: 政府工作报告): a full name of three characters opening a clause, a list item or what a session heard, then a
#: post and a clause's next word.
_POST_AFTER = re.compile(rf"(?:^|(?<=[，。；：、\n])|(?<=听取了|讨论了|审议了)|(?<=[请由])|(?<=欢迎|市委|省委|县委|区委))"
                         rf"(?P<name>[{CJK}]{{3}})(?:副)?(?:总书记|书记|省长|市长|县长|区长|总理|主席|委员长)"
                         rf"(?=[、，。；等在对主出强指带还宣致]|所作|作的|作重要|代表|发言|讲话)", re.M)


#: A person who reports for a body (王平受政协…常务委员会委托，向大会报告…): a name opening its clause before 受…委托.
_ENTRUSTED_NAME = re.compile(rf"(?:^|(?<=[，。；：\n])|(?<=听取了|讨论了|审议了))(?P<name>[{CJK}]{{2,3}})受"
                             rf"(?=[^，。；\n]{{2,40}}委托)", re.M)  # 全会听取和讨论了李某杰受省委常委会委托作的工作报告


#: A person who reports for a body (吴杰凯代表市委常委会作了题为《…》的报告, 胡锦涛代表第十六届中央委员会向大会作报告):
#: a name opening its clause, 代表, a body and what it reports.
_ON_BEHALF_NAME = re.compile(rf"(?:^|(?<=[，。；：\n])|(?<=听取了|讨论了|审议了)|(?<=同意|批准))(?P<name>[{CJK}]{{2,3}})代表"
                             rf"(?=(?:省|市|县|区|州|国务院|政协|中共|全国|党|第)[^，。；\n]{{0,30}}?(?:作|向|报告))", re.M)


#: Who chairs a meeting, named at the opening of a clause with no post (庄某慧主持召开十一届党委常委会第122次会议), or
#: of a headline's phrase (表决通过…决议等 王某徽主持大会并讲话).
_CHAIR_NAME = re.compile(rf"(?:^|(?<=[，。；：\n ]))(?P<name>[{CJK}]{{2,3}})主持(?=召开|会议|大会|全会|并讲话)", re.M)


#: Who is elected to a post, a name opening its clause (秦某当选市政协秘书长): the post's words follow.
_ELECTED_NAME = re.compile(rf"(?:^|(?<=[，。；：\n]))(?P<name>[{CJK}]{{2,3}})当选(?!的)(?:为)?"  # not 向新当选的…
                           rf"(?=[^，。；\n]{{0,14}}(?:主席|主任|书记|秘书长|市长|省长|县长|区长|委员|院长|检察长))", re.M)


#: A deputy quoted in session news by name and post (孔胜东代表在审议时说, 陈炜代表激动地说): a name opening its
#: clause or following a quote, 代表, then what a deputy does there.
_DEPUTY = re.compile(rf"(?:^|(?<=[，。；：、”\n]))(?P<name>[{CJK}]{{2,3}})代表"
                     rf"(?=在|说|表示|认为|指出|建议|发言|激动|审议|谈|告诉)", re.M)


def _posts_after_names(ctx: Context) -> list[Mention]:
    out = []
    for m in _DEPUTY.finditer(ctx.text, max(0, ctx.doc.body_start)):
        name = m["name"]
        if plausible_name(ctx.lexicon, name) and word_tag(name) in _NAME_TAGS and not _common_words(ctx.lexicon, name):
            out.append(Mention("Person", name, m.start("name"), m.end("name"), "person:deputy", confidence=0.75))
    for rx, rule in ((_ENTRUSTED_NAME, "person:entrusted"), (_ON_BEHALF_NAME, "person:entrusted"),
                     (_CHAIR_NAME, "person:chair"), (_ELECTED_NAME, "person:elected")):
        for m in rx.finditer(ctx.text, max(0, ctx.doc.body_start)):
            name = m["name"]
            if plausible_name(ctx.lexicon, name) and word_tag(name) in _NAME_TAGS:
                out.append(Mention("Person", name, m.start("name"), m.end("name"), rule, confidence=0.75))
    for m in _POST_AFTER.finditer(ctx.text, max(0, ctx.doc.body_start)):
        name = m["name"]
        if plausible_name(ctx.lexicon, name) and word_tag(name) in _NAME_TAGS \
                and not any(ch in _FUNCTION_CHARS for ch in name) and not name.endswith(("副", "常务")) \
                and not re.search("[委党组]", name[1:]):  # 党委副 | 书记: a body and the deputy's rank, no name
            out.append(Mention("Person", name, m.start("name"), m.end("name"), "person:post-after",
                               confidence=0.75))
    return out


#: A speech's title opening with its speaker: 李明同志在…上的讲话, 王伟中在全省经济工作会议上的讲话.
_TITLE_SPEAKER = re.compile(rf"^(?P<name>[{CJK}·]{{2,4}}?)(?:同志)?在[^\n]{{2,60}}?(?:上|时)的(?:讲话|致辞|报告|总结讲话)")


def _header_speakers(ctx: Context) -> list[Mention]:
    """The speaker of a header: the name the header reader took from a speaker line (省长 王凯, or a name alone
    under the title), and the name a speech's title opens with. Found at their place in the header."""
    text, doc, out = ctx.text, ctx.doc, []
    header_end = min(len(text), doc.body_start + 400)
    if doc.meta.title:
        t0 = text.find(doc.meta.title, doc.body_start, header_end)
        m = _TITLE_SPEAKER.match(doc.meta.title)
        if t0 >= 0 and m and plausible_name(ctx.lexicon, m["name"]):
            out.append(Mention("Person", m["name"], t0, t0 + len(m["name"]), "person:title-speaker", confidence=0.85))
    speaker = doc.meta.speaker
    if speaker and _speaker_name(ctx.lexicon, speaker):
        for line in re.finditer(r"[^\n]+", text[:header_end]):
            compact = "".join(line.group().split())
            if line.start() < doc.body_start or not compact.endswith(speaker) or len(compact) > len(speaker) + 16:
                continue
            end = line.start() + len(line.group().rstrip())
            pos = text.rfind(speaker[0], line.start(), end - len(speaker) + 1)
            if pos >= 0 and "".join(text[pos:end].split()) == speaker:  # a spaced name (龚 正) keeps its space
                out.append(Mention("Person", text[pos:end], pos, end, "person:speaker-line",
                                   canonical=speaker if text[pos:end] != speaker else None, confidence=0.85))
            break
    return out


def _speaker_name(lexicon: Lexicon, speaker: str) -> bool:
    """The name a header's speaker line ends with: a Han name, a transcribed one (艾尔肯·吐尼亚孜), or a name of
    two to five characters that no dictionary holds as a word (嘎玛泽登, a Tibetan name): the post before it says
    a person is named."""
    return plausible_name(lexicon, speaker) or (d := _DOTTED.match(speaker + "，")) is not None and d.end() == len(speaker) \
        or bool(re.fullmatch(rf"[{CJK}]{{2,5}}", speaker)) and word_tag(speaker) in _NAME_TAGS \
        and not any(ch in _FUNCTION_CHARS for ch in speaker)
