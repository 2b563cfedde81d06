"""Documents: titles in 《》, reports of named bodies (with shared heads), 关于…的报告/决定, meeting reports.

Shared head (ellipsis): 审议通过了市人大常委会、市人民政府、市人民法院、市人民检察院工作报告 names four
reports; each is rebuilt as body + 工作报告 and linked to its body.
"""
from __future__ import annotations

import re

from kg.extract.context import CJK, Context, word_tag
from kg.extract.matcher import Anchored
from kg.extract.organizations import qualify_body
from kg.extract.resolve import mention_key
from kg.model import Evidence, Mention

_TITLED = re.compile(r"《(?P<t>[^《》\n]{2,80})》")
#: Art forms before a title (电视剧《…》, 纪录电影《…》, 舞剧《…》): the title names a work, not a document.
_ART_WORK = re.compile(r"(?:电影|电视剧|纪录片|剧|歌曲|舞|晚会|动画|图书|作品|节目|专辑|游戏)$")
_ABOUT = re.compile(r"关于(?:(?!、关于)[^，。；《》\n]){2,90}?的(?:审查结果报告|审计工作报告|审查报告|报告|决定|决议|实施意见|意见|通知|建议)")
#: A notice that issues or forwards a document (山西省人民政府办公厅关于印发山西省贯彻落实《…》工作方案的通知): the notice
#: and the document it carries are two documents. A title set over lines may stop at the line's end before 的通知.
_NOTICE_OF_ISSUE = re.compile(r"关于(?:印发|转发|颁布)(?P<y>[^，。；\n]{4,90}?)(?:的通知|(?=\n)|$)")
#: A report's title that names the meeting it was made at (在…代表大会上的报告, 在…全体会议上的工作报告).
_REPORT_AT = re.compile(r"在[^，。；\n]{4,40}上的(?:工作)?报告")
#: The document a notice sends out, named in its one sentence (现将《…》印发给你们; 《…》已经…同意，现印发给你们).
_SENT_OUT = re.compile(r"(?:现将(?P<t>《[^《》\n]{2,80}》)|(?P<t2>《[^《》\n]{2,80}》)已经?[^，。；\n]{2,30}(?:同意|审议通过)[，,]现)"
                       r"印发给你们")
#: The signature under a notice: the issuing body alone on its line, its date on the next (盐城市人民政府办公室 / 2025年9月9日).
_SIGNATURE = re.compile(r"\n[ \u3000]*(?P<body>[^\s，。；：]{4,30})[ \u3000]*\n[ \u3000]*\d{4}年\d{1,2}月\d{1,2}日")
_PUNISH = re.compile(r"给予[^，。；\n]{2,40}?处分的决定")
#: A title written without 《》 or 关于 right after the verb that issues it: 党中央印发加强新时代检察机关法律监督工作的意见,
#: 最高检出台服务保障海南自贸港建设的意见, 推动出台金融支持加快西部陆海新通道建设的意见 (an opinion, decision or notice
#: issued is one document; its title runs from the verb to its kind, without punctuation).
_ISSUED_TITLE = re.compile(r"(?:制定出台|研究出台|审议通过|印发|出台|制定|作出|通过|发布)了?"
                           r"(?P<t>(?![的了关])[^，。；：、,;:!?！？\s《》“”\"（）()]{4,40}?的(?:实施意见|指导意见|意见|决定|通知))")
_STATUS_REPORT = re.compile(rf"(?:\d{{4}}年)?[{CJK}]{{2,12}}?情况报告")
#: A report a person or meeting hears, named whole up to its head (听取…纪念活动总结报告时发表重要讲话).
_HEARD = re.compile(rf"听取(?:了)?(?![和与并])(?P<d>[{CJK}\d]{{4,40}}?(?:总结报告|情况报告|工作报告))(?=时|并|后|[，。；、])")
#: 沈晓明受省委常委会委托作的工作报告 (a plenum's news release): the body's report, delivered by the person.
_ENTRUSTED = re.compile(rf"(?P<person>[{CJK}]{{2,4}}?)(?:同志)?受(?P<body>[{CJK}]{{2,12}}?)委托(?:所)?作的(?:工作)?报告")
_GOV_REPORT = re.compile(rf"(?P<year>\d{{4}}年)?(?P<place>[{CJK}]{{2,8}}?)(?P<level>省|市|自治区)?(?:人民)?政府工作报告")
#: 受…常务委员会委托，在开幕式上作常委会工作报告: the entrusting body's report, made where the sentence says.
_ENTRUSTED_AT = re.compile(r"受(?P<body>[^，。；\n]{2,30}?)的?委托[，,]?在(?:开幕式|闭幕式|大会|会议|全会)上作(?:了)?"
                           r"(?P<d>(?:常委会|常务委员会)?工作报告)")
#: Scanned only near their heads (a lazy lead tried at every position was 5% of extraction).
_ENTRUSTED_SCAN = Anchored(_ENTRUSTED, "委托", before=4 + 2 + 1 + 12)
#: 彭清华代表省委常委会作的工作报告: the report a person gives for a body, as 受…委托 is.
#: A bare 报告 is no title (黄坤明代表省委常委会作报告: the dev gold names no document there).
_ON_BEHALF_REPORT = re.compile(rf"(?P<person>[{CJK}]{{2,4}}?)(?:同志)?代表(?P<body>[{CJK}]{{2,12}}?)(?:所)?作(?:的|了)?"
                               rf"工作报告")
_ON_BEHALF_REPORT_SCAN = Anchored(_ON_BEHALF_REPORT, "代表", before=4 + 2)
_STATUS_REPORT_SCAN = Anchored(_STATUS_REPORT, "情况报告", before=5 + 12)
_GOV_REPORT_SCAN = Anchored(_GOV_REPORT, "政府工作报告", before=5 + 8 + 3 + 2)
#: A five-year plan's outline or a year's plan named by its full title, with its place or level before it: the
#: outline with its years and its long-range goals (…第十四个五年（2021—2025年）规划和2035年远景目标纲要), a year's plan
#: with the report on the last one's execution (…2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划（草案）).
_DEVELOPMENT_PLAN = re.compile(r"(?P<level>全?(?:省|市|自治区))?(?P<p>(?:(?:19|20)\d\d年)?国民经济和社会发展"
                               r"(?:第[一二三四五六七八九十]+个五年(?P<years>[（(]\d{4}[—–－-]\d{4}年[）)])?规划"
                               r"(?:和(?:二〇三五|2035)年远景目标)?纲要|“?十[一二三四五六七八九]五”?规划纲要"
                               r"|计划(?:执行情况与(?:19|20)\d\d年(?:国民经济和社会发展)?计划)?))"
                               r"(?:[（(]?草案[）)]?)?")
#: An outgoing party committee's (or its discipline commission's) report to the next congress, named by its term.
_TERM_REPORT = re.compile(r"[一二三四五六七八九十]+届(?P<body>(?:省|市|县|区|自治区)(?:纪委|委))向"
                          r"(?:省|市|县|区|自治区)?第[一二三四五六七八九十]+次党代会的(?:工作)?报告")
#: The report of a government named by its level alone (省人民政府工作报告, 自治区政府工作报告).
_LEVEL_GOV_REPORT = re.compile(r"(?P<level>省|市|自治区|自治州|州|县|区|旗)(?:人民)?政府工作报告")


#: The short names a People's Congress speech gives the plan and the budget it approved (the lexicon's names).
_PLAN_BUDGET_NAMES = {"计划": "国民经济和社会发展计划", "计划报告": "国民经济和社会发展计划",
                      "预算": "财政预算报告", "预算报告": "财政预算报告", "财政报告": "财政预算报告",
                      "财政预算": "财政预算报告"}
_PLAN_AND_BUDGET = re.compile(r"审查(?:和)?批准了?(?P<items>(?:计划报告|计划|财政预算报告|财政预算|财政报告|预算报告|预算)"
                              r"(?:(?:、|和|以及|及)(?:计划报告|计划|财政预算报告|财政预算|财政报告|预算报告|预算))+)(?=[，。；,]|$)")


def _body_end(text: str, pos: int, *, listed: bool = False) -> int:
    """Where the body whose report ends at ``pos`` ends: before a closing quote and, for the list's last body, a
    等 (区人大常委会和“一府两院”等工作报告)."""
    if not listed and text[pos - 1:pos] == "等":
        pos -= 1
    return pos - 1 if text[pos - 1:pos] == "”" else pos


def _unquoted_start(text: str, pos: int) -> int:
    return pos - 1 if text[pos - 1:pos] == "“" else pos


def find_documents(ctx: Context, orgs: list[Mention], meetings: list[Mention]
                   ) -> tuple[list[Mention], list[tuple[Mention, Mention, Evidence]]]:
    """Document mentions and (issuer, document, evidence) pairs."""
    text, out, issued = ctx.text, [], []
    start = ctx.doc.body_start
    org_by_end = {}
    for o in orgs:
        if o.end not in org_by_end or o.start < org_by_end[o.end].start:
            org_by_end[o.end] = o
    org_by_start = {}
    for o in orgs:
        if o.start not in org_by_start or o.end > org_by_start[o.start].end:
            org_by_start[o.start] = o

    def evidence(pos: int, rule: str) -> Evidence:
        s, e = ctx.sentence_bounds(pos)
        return Evidence(s, e, text[s:e], rule, 0.85)

    for m in _TITLED.finditer(text, start):
        if _ART_WORK.search(_before_titles(text, m.start())) or _ART_AFTER.match(text, _after_titles(text, m.end())):
            continue  # 电影《长空之王》、音乐剧《飞天》, 《张骞》《五星出东方》等精品力作: works of art, not documents
        out.append(Mention("Document", m.group(), m.start(), m.end(), "document:titled", canonical=m["t"],
                           confidence=0.95))

    # body + 工作报告, and shared heads: A、B、C工作报告
    for m in re.finditer("工作报告", text[start:]):
        hs = start + m.start()
        he = hs + 4
        last = org_by_end.get(_body_end(text, hs))  # 市人大常委会工作报告, “一府两院”等工作报告
        if last is None and text.endswith("“两院”", 0, hs):
            # 市政府和“两院”工作报告: the level's court and procuratorate, named together (两院 alone is also the two
            # academies of 两院院士: a body only before its report)
            last = Mention("Organization", text[hs - 4:hs], hs - 4, hs, "document:two-courts", canonical="两院",
                           key=f"org|{ctx.place or ''}{ctx.place_level or ''}两院", confidence=0.95)
            out.append(last)
        if last is None:
            continue
        chain = [last]
        pos = _unquoted_start(text, last.start)
        while text[pos - 1:pos] in ("、", "和") and org_by_end.get(_body_end(text, pos - 1, listed=True)):
            prev = org_by_end[_body_end(text, pos - 1, listed=True)]
            chain.insert(0, prev)
            pos = _unquoted_start(text, prev.start)
        for o in chain:
            literal = o is last
            # the rebuilt name of an elided report is its canonical; its text is the body's own span
            d = Mention("Document", text[o.start:he] if literal else o.text,
                        o.start, he if literal else o.end,
                        "document:body-report" if literal else "document:shared-head",
                        canonical=f"{o.name}工作报告", key=f"document|{(o.key or o.name)}|工作报告",
                        confidence=0.9 if literal else 0.8)
            out.append(d)
            issued.append((o, d, evidence(hs, d.rule)))

    # 2026年河南省政府工作报告 (a title), 政府工作报告
    places = {p for p in ctx.lexicon.get("place")} | {a for al in ctx.lexicon.alias_map("place").values() for a in al}
    for m in _GOV_REPORT_SCAN.finditer(text, start):
        place = m["place"] or ""
        if place not in places and place != ctx.place:
            continue
        s = m.start("place") if not m["year"] else m.start()
        if not ctx.is_edge(m.start("place")) and not m["year"]:
            continue
        if place.endswith(("的", "了", "在", "和")) or len(place) > 6:
            continue
        out.append(Mention("Document", text[s:m.end()], s, m.end(), "document:gov-report", confidence=0.9))
        if ctx.place and place.startswith(ctx.place):
            body, body_key = qualify_body(ctx, ctx.place, ctx.place_level or "", "人民政府")
            issuer = Mention("Organization", text[m.start("place"):m.end() - 4], m.start("place"),
                             m.end() - 4, "document:gov-report-issuer", canonical=body, key=body_key)
            issued.append((issuer, out[-1], evidence(m.start(), "document:gov-report")))

    # 省人民政府工作报告, 市政府工作报告: the report of the speaker's own government, named by its level alone (a
    # People's Congress speech hears it); one node with the place's report when the text's place is known
    named = {(m.start, m.end) for m in out}
    for m in _LEVEL_GOV_REPORT.finditer(text, start):
        s, e = m.start(), m.end()
        if not ctx.is_edge(s) or any(a <= s and e <= b for a, b in named):
            continue  # 湖北省人民政府工作报告 is the place's report, read above
        level = m["level"]
        body, body_key = qualify_body(ctx, "", level, "人民政府")
        if ctx.place and level == ctx.place_level:  # the text's own report: one node with its bare title's
            canonical, key = "政府工作报告", None
        else:
            canonical, key = f"{body}工作报告", f"document|{body_key}|工作报告"
        d = Mention("Document", m.group(), s, e, "document:level-report", canonical=canonical, key=key,
                    confidence=0.85)
        out.append(d)
        issuer = Mention("Organization", text[s:e - 4], s, e - 4, "document:gov-report-issuer", canonical=body,
                         key=body_key)
        issued.append((issuer, d, evidence(s, d.rule)))

    # 省国民经济和社会发展第十五个五年规划纲要 without 《》 (a speech's list of what the session approved)
    divisions = ctx.lexicon.set("gazetteer")
    for m in _DEVELOPMENT_PLAN.finditer(text, start):
        s = m.start("level") if m["level"] else m.start("p")
        if m["p"][:1].isdigit() and "执行情况" not in m["p"]:
            s = m.start("p") + m["p"].index("国")  # 一、2022年国民经济和社会发展计划执行情况: a heading's year, no title's
        for _ in range(2):  # a district's with its city before it (杭州市余杭区2022年国民经济…)
            s = next((s - n for n in range(6, 1, -1) if (text[s - n:s] in places or text[s - n:s] in divisions)
                      and ctx.is_edge(s - n)), s)
        if any(a <= s and m.end() <= b for a, b in named) or text[s - 1:s] == "《":
            continue
        # a level alone (省…, 全省…) is the speaker's own: the plan's title without it, as a bare mention writes it
        canonical = m["p"] if s == m.start("level") else None
        if m["years"]:  # the outline's title without the years its name spells out (第十四个五年)
            canonical = (canonical or text[s:m.end()]).replace(m["years"], "")
        out.append(Mention("Document", text[s:m.end()], s, m.end(), "document:development-plan", canonical=canonical,
                           confidence=0.85))

    # 十一届省委向省第十二次党代会的报告, 十一届省纪委向…的工作报告: what a plenum before a party congress passes, the
    # outgoing committee's reports, each issued by the committee its title names
    for m in _TERM_REPORT.finditer(text, start):
        d = Mention("Document", m.group(), m.start(), m.end(), "document:term-report", confidence=0.85)
        out.append(d)
        body = org_by_start.get(m.start("body"))
        if body is not None and body.end <= m.end("body"):
            issued.append((body, d, evidence(m.start(), d.rule)))

    # 在中国共产党梧州市第十四次代表大会上的报告: a report's own title names the report (a speech's, 在…上的讲话, is
    # no document of the dev gold's)
    if (title := ctx.doc.meta.title) and _REPORT_AT.fullmatch(title) and (t0 := text.find(title)) >= 0:
        out.append(Mention("Document", title, t0, t0 + len(title), "document:report-at", confidence=0.85))

    # 《关于高质量建设制造强省的意见》(以下简称“制造业当家22条”): the short name the text gives a title is the
    # document's, wherever the text uses it
    for d in [d for d in out if d.rule == "document:titled"]:
        if (short := _SHORT_NAME.match(text, d.end)) is None:
            continue
        y = short["y"]
        for m in re.finditer(rf"[“《]{re.escape(y)}[”》]", text[short.start():]):
            a = short.start() + m.start()
            out.append(Mention("Document", text[a + 1:a + m.end() - m.start() - 1], a + 1, a + m.end() - m.start() - 1,
                               "document:short-name", key=mention_key(d), canonical=d.name, confidence=0.9))

    # 2023年山东省国民经济和社会发展统计公报, 昌硕街道2022年工作总结和2023年工作计划: a title of a kind a body writes of
    # itself names the text's own document
    if (title := ctx.doc.meta.title) and _OWN_KIND.search(title) and not _NEWS_VERB.search(title) \
            and (t0 := text.find(title)) >= 0:
        out.append(Mention("Document", title, t0, t0 + len(title), "document:own-title", confidence=0.8))
    if title and (t0 := text.find(title)) >= 0:  # its byline's typeset body (山 东 省 统 计 局), read collapsed
        out += [b for b in byline_bodies(ctx, t0 + len(title), org_by_start) if b.rule == "org:typeset-line"]

    # 关于印发…的通知: the notice, and the document it issues, both the body's before 关于
    notices = []
    for m in _NOTICE_OF_ISSUE.finditer(text, start):
        issuer = org_by_end.get(m.start())
        s = issuer.start if issuer is not None else m.start()
        notice = Mention("Document", text[s:m.end()], s, m.end(), "document:notice", confidence=0.85)
        ys, ye = m.span("y")
        if text[ys] == "《" and text[ye - 1] == "》" and "《" not in text[ys + 1:ye - 1]:
            ys, ye = ys + 1, ye - 1
        # a title cited inside the issued one is set in 〈〉 once the issued title is quoted (《…贯彻落实〈…规划〉工作方案》)
        carried = Mention("Document", text[ys:ye], ys, ye, "document:issued-by-notice",
                          canonical=text[ys:ye].replace("《", "〈").replace("》", "〉"), confidence=0.85)
        out.extend((notice, carried, *_headings_of(text, carried, m.end())))
        notices.append((s, m.end()))
        if issuer is not None:
            issued.extend((issuer, d, evidence(m.start(), d.rule)) for d in (notice, carried))
    # 现将《…》印发给你们 (a notice whose title the page left out): the document it sends is the text's own
    for m in _SENT_OUT.finditer(text, start):
        ys, ye = m.span("t") if m["t"] else m.span("t2")
        carried = Mention("Document", text[ys:ye], ys, ye, "document:issued-by-notice", canonical=text[ys + 1:ye - 1],
                          confidence=0.85)
        out.extend((carried, *_headings_of(text, carried, m.end())))
        line_end = text.find("\n", m.end())
        if line_end >= 0 and (sig := _SIGNATURE.match(text, line_end)) is not None \
                and (body := org_by_start.get(sig.start("body"))) is not None and body.end == sig.end("body"):
            issued.append((body, carried, evidence(sig.start("body"), carried.rule)))

    # 关于…的报告 / 给予…处分的决定, with the body that wrote it just before
    for rx, rule in ((_ABOUT, "document:about"), (_PUNISH, "document:decision")):
        for m in rx.finditer(text, start):
            s = m.start()
            if any(a <= s < b for a, b in notices):
                continue
            if (title := next((d for d in out if d.start < s and m.end() <= d.end and (d.start, d.end) in named),
                              None)) is not None:
                # 《中共山东省委山东省人民政府关于…的意见》: inside a title already read whole, whose bodies before
                # 关于 issued it
                body_end = s
                while (body := org_by_end.get(body_end)) is not None and body.start >= title.start:
                    issued.append((body, title, evidence(m.start(), rule)))
                    body_end = body.start - (2 if text[body.start - 2:body.start] == "中共" else 0)
                continue
            issuer = org_by_end.get(s)
            if issuer is not None:
                s = issuer.start
            d = Mention("Document", text[s:m.end()], s, m.end(), rule, confidence=0.85)
            out.append(d)
            if issuer is not None:
                issued.append((issuer, d, evidence(m.start(), rule)))

    # 《中共福建省委关于深入学习贯彻…精神,全方位推动高质量发展超越的决定》: a quoted title's bodies before its 关于 issued
    # it, whatever punctuation the title holds after (the 关于…的决定 scan above stops at a comma)
    for d in [d for d in out if (d.start, d.end) in named]:
        about = text.find("关于", d.start, d.end)
        body_end = about
        while about > d.start and (body := org_by_end.get(body_end)) is not None and body.start >= d.start:
            issued.append((body, d, evidence(about, "document:titled-issuer")))
            body_end = body.start - (2 if text[body.start - 2:body.start] == "中共" else 0)
            body_end -= text[body_end - 1:body_end] == "、"  # 中共中央、国务院关于…: two issuers

    for m in _ISSUED_TITLE.finditer(text, start):
        s, e = m.span("t")
        if any(d.start <= s and e <= d.end for d in out):
            continue  # inside a title already read (《…》, 关于…的意见)
        d = Mention("Document", m["t"], s, e, "document:issued-title", confidence=0.8)
        out.append(d)
        if (issuer := org_by_end.get(m.start())) is not None:
            issued.append((issuer, d, evidence(m.start(), "document:issued-title")))

    for m in _STATUS_REPORT_SCAN.finditer(text, start):
        # a status report's title may hold a verb (2025年抓党建工作情况报告): it runs back to punctuation
        head = m.end() - 4
        s = max(text.rfind(ch, max(0, head - 24), head) for ch in "、，。；：\n") + 1
        s = max(s, head - 22)  # 常务委员会十一届一次会议以来提案工作情况报告
        if text[s - 1:s + 1] == "关于":
            s += 1  # 关于 | 政协十四届三次会议以来提案工作情况报告的决议: the cap fell inside the resolution's 关于
        elif (about := text.rfind("关于", s, head)) >= 0:
            s = about + 2  # 第二次会议关于 | 常务委员会十一届一次会议以来提案工作情况报告的决议: the report after 关于
        for verb in ("审议通过了", "审议了", "听取了", "审议"):
            if text.startswith(verb, s):
                s += len(verb)
        for word in ("审议", "听取", "报告和", "报告及", "决议和", "决定和"):  # 共同审议 | …, 常委会工作报告和 | 提案工作情况报告
            if (at := text.rfind(word, s, head)) >= 0:
                s = max(s, at + len(word))
        if text[s:s + 2] == "关于" or s >= head - 1:
            continue
        out.append(Mention("Document", text[s:m.end()], s, m.end(), "document:status-report", confidence=0.8))

    for m in _HEARD.finditer(text, start):
        if not org_by_end.get(m.end("d") - 4) and not re.search("[关于的]", m["d"][:2]):
            out.append(Mention("Document", m["d"], m.start("d"), m.end("d"), "document:heard", confidence=0.8))

    for m in (*_ENTRUSTED_SCAN.finditer(text, start), *_ON_BEHALF_REPORT_SCAN.finditer(text, start)):
        body = org_by_end.get(m.end("body"))
        if body is None or body.start != m.start("body"):
            continue
        d = Mention("Document", m.group()[m.start("body") - m.start():], m.start("body"), m.end(),
                    "document:entrusted", canonical=f"{body.name}工作报告",
                    key=f"document|{(body.key or body.name)}|工作报告", confidence=0.85)
        out.append(d)
        issued.append((body, d, evidence(m.start(), d.rule)))

    # 某某受政协…常务委员会委托，在开幕式上作常委会工作报告: the body's report, named short where it is made
    for m in _ENTRUSTED_AT.finditer(text, start):
        body = org_by_end.get(m.end("body"))
        if body is None or body.start != m.start("body"):
            continue
        d = Mention("Document", m["d"], m.start("d"), m.end("d"), "document:entrusted-at", canonical=f"{body.name}工作报告",
                    key=f"document|{(body.key or body.name)}|工作报告", confidence=0.85)
        out.append(d)
        issued.append((body, d, evidence(m.start(), d.rule)))

    # 审查批准了计划、预算报告 / 计划和财政报告: a session approves the year's plan and budget, named by their short names
    for m in _PLAN_AND_BUDGET.finditer(text, start):
        pos = m.start("items")
        for item in re.split(r"(、|和|以及|及)", m["items"]):
            if item in _PLAN_BUDGET_NAMES:
                out.append(Mention("Document", item, pos, pos + len(item), "document:plan-and-budget",
                                   canonical=_PLAN_BUDGET_NAMES[item], confidence=0.8))
            pos += len(item)

    # 实施海南自由贸易港法, 执行预算法, 学习贯彻新修改的立法法: a law named without its quotes
    titled = [(d.start, d.end) for d in out]
    for m in _LAW.finditer(text, start):
        e = m.end()
        if re.match("[治规律院官学人典条]", text[e:e + 1]) or any(a <= m.start() < b for a, b in titled):
            continue  # 法治, 法规, 法院: the words 法 opens; 《…法》, 关于修改选举法的决定 are read as their titles
        prc = text.rfind("中华人民共和国", max(start, m.start() - 21), m.start())
        lead = _LAW_LEAD.search(text, max(start, m.start() - 14, prc + 7 if prc >= 0 else 0), m.start())
        s = lead.end() if lead is not None else max(m.start() - 14, prc + 7 if prc >= 0 else 0)
        pos = s
        while pos < m.start() and (te := ctx.token_end(pos)) <= m.start():
            if word_tag(text[pos:te]) in ("v", "d"):
                s = te  # 常委会开展 | 大气污染防治法执法检查: the clause's words end at its last verb before the name
            pos = max(te, pos + 1)
        if prc >= 0 and prc + 7 == s:
            s = prc  # 中华人民共和国青藏高原生态保护法: the state's name is the law's
        name = text[s:e]
        if not re.fullmatch(rf"[{CJK}]+", name) or len(name) - len(m.group()) < 2 and m.group() not in _BARE_LAWS:
            continue  # 保护法 alone, 管理法: no law named
        out.append(Mention("Document", name, s, e, "document:law", canonical=name.removeprefix("中华人民共和国"),
                           confidence=0.8))

    # a meeting's report: 党的二十大报告; a plenum's communiqué: 中国共产党第二十届中央委员会第三次全体会议公报
    for mt in meetings:
        if text[mt.end:mt.end + 2] in ("报告", "公报"):
            kind = text[mt.end:mt.end + 2]
            d = Mention("Document", text[mt.start:mt.end + 2], mt.start, mt.end + 2, "document:meeting-report",
                        canonical=f"{mt.name}报告" if kind == "报告" else None, confidence=0.85)
            out.append(d)
        elif (kind := next((k for k in ("政治决议", "决议") if text.startswith(k, mt.end)), None)) is not None \
                and not any(d.start <= mt.start < d.end for d in out if d.rule == "document:titled"):
            # 政协沧州市第十一届委员会第二次会议政治决议, 省十届人大四次会议决议: the session's resolution, which it adopted
            out.append(Mention("Document", text[mt.start:mt.end + len(kind)], mt.start, mt.end + len(kind),
                               "document:meeting-resolution", confidence=0.85))
    return out, issued


#: What closes a law's name (民营经济促进法, 青藏高原生态保护法, 海南自由贸易港法), and the words a name cited without
#: quotes starts after (a verb of carrying it out, 的, a list's mark).
_LAW = re.compile("促进法|保护法|管理法|防治法|监督法|组织法|安全法|保障法|救助法|监察法|自由贸易港法|立法法|选举法|代表法|"
                  "预算法|审计法|统计法|档案法|教育法|治理法")
_BARE_LAWS = ("立法法", "预算法", "审计法", "统计法", "档案法", "选举法", "代表法", "监察法", "教育法")
_LAW_LEAD = re.compile(r".*(?:中华人民共和国|贯彻落实|贯彻|落实好|落实|实施|学习|修改|修订|颁布|施行|执行|宣传|制定|出台|通过|健全|完善|"
                       r"审议|依照|依据|根据|按照|遵守|违反|的|、|和|及|《|“|[，。；：\n])", re.S)


#: A title's short name, given right after it: 《…》（以下简称《纲要草案》）, 《…》(以下简称“制造业当家22条”).
_SHORT_NAME = re.compile(r"\s*[（(](?:以下|下文)?简称[：:]?[“《](?P<y>[^”》\n]{1,20})[”》][）)]")


#: The kinds of text a body writes of its own year's work or numbers, closing a title (…统计公报, …工作总结和…工作计划).
_OWN_KIND = re.compile(r"(?:统计公报|工作总结|工作计划|工作要点|工作思路|工作打算|白皮书)$")
#: A headline reports a text's making (…召开, 印发…): the text it names is not the page's own.
_NEWS_VERB = re.compile("召开|举行|印发|出台|发布|公布|审议|通过|解读")
#: A byline's line: its body, perhaps typeset a character apart (山 东 省 统 计 局).
_TYPESET = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]{1,2}[\u4e00-\u9fff]){2,15}")


def byline_bodies(ctx: Context, pos: int, org_by_start: dict[int, Mention]) -> list[Mention]:
    """The bodies alone on the lines under a title, before its text, past its date and dateline; a typeset one is
    read collapsed."""
    text, out = ctx.text, []
    for _ in range(5):
        s = text.find("\n", pos) + 1
        if s <= 0:
            break
        e = text.find("\n", s)
        e = len(text) if e < 0 else e
        line = text[s:e].strip()
        ls = s + text[s:e].index(line) if line else s
        pos = e
        if not line:
            continue
        body = org_by_start.get(ls)
        if body is not None and body.end == ls + len(line):
            out.append(body)
        elif _TYPESET.fullmatch(line) and (name := re.sub(r"[ \u3000]", "", line)) == ctx.doc.meta.issuer:
            out.append(Mention("Organization", line, ls, ls + len(line), "org:typeset-line", canonical=name,
                               confidence=0.8))
        elif len(line) > 60 or line.endswith(("。", "：", ":")):
            break  # the text proper (各位代表：); a date or a dateline between (2025年1月20日在…会议上) is passed over
    return out


#: What follows a run of titles of works of art: 等一批影视, 等6部作品, 等精品鲁剧, 主演获…, 摘得…
_ART_AFTER = re.compile(r"(?:等[^，。；\n]{0,16}?)?(?:影视|作品|精品|力作|剧目|剧|节目|主演|摘得|电影|动画|歌曲|热播|开播|首播|"
                        r"播出|上映|品牌栏目|栏目|入选央视|登上央视|央视)")  # 《山海情》热播, 《向前一步》品牌栏目: a drama, a
# programme; 《成语探华夏》入选央视总台品牌强国工程: a programme the broadcaster chose


def _headings_of(text: str, carried: Mention, after: int) -> list[Mention]:
    """The carried document's own heading, further down, is the same title (山西省贯彻落实《…》工作方案 over its
    text)."""
    out, title = [], carried.text.removeprefix("《").removesuffix("》")
    at = text.find(title, after)
    while at >= 0:
        if text[at - 1:at] != "《":
            out.append(Mention("Document", title, at, at + len(title), "document:issued-by-notice",
                               canonical=carried.canonical, confidence=0.85))
        at = text.find(title, at + len(title))
    return out


def _after_titles(text: str, pos: int) -> int:
    """Past the titles listed right after one (《A》《B》、《C》等…)."""
    while True:
        p = pos + 1 if text[pos:pos + 1] in ("、", "和") else pos
        if text[p:p + 1] != "《" or (c := text.find("》", p, p + 82)) < 0:
            return pos
        pos = c + 1


def _before_titles(text: str, pos: int) -> str:
    """The words before a title, past the titles listed right before it (电视剧《A》《B》、《C》)."""
    while True:
        p = pos - 1 if text[pos - 1:pos] in ("、", "和") else pos
        if text[p - 1:p] != "》" or (o := text.rfind("《", max(0, p - 82), p)) < 0:
            return text[max(0, pos - 6):pos]
        pos = o
