"""Relations read from sentences, each kept with the sentence it came from.

The genre states its relations in fixed turns of phrase:
- 审议通过了/审查批准了/表决通过了/审议了 … documents → the meeting approved / reviewed them
- 贯彻/落实 … A、B和C精神, 按照 … A和B部署要求       → carries out the spirit of meetings A, B, C
- 高举 X 旗帜 / 以 X 为指导                           → guided by X
- BODY 锚定 X / 实施 X / 决定设立的 X / 出台的 X      → anchors / implements / establishes
- BODY 主持会议 / 举办 X / 在 PLACE 召开             → convened by / held in
- TITLE + NAME (省委书记黄坤明)                       → holds a post in the body
When a sentence names no subject, a meeting text's subject is its meeting (会议强调 …) and a report's
is the body that issued it.
"""
from __future__ import annotations

import bisect
import re

from kg.extract.context import CJK, Context
from kg.model import Evidence, Mention

_REVIEW = re.compile(r"((?<=大会|会议)(?:批准|通过)(?!了)|审议并原则同意|审议并原则通过|审议并通过|原则同意|原则通过|审议通过了|审议通过|表决通过了|表决通过|表决了|表决|审查批准了|审查批准|批准了|听取和审议了|听取和讨论了|审议了|讨论通过了|讨论了|听取了|予以追认|通过了|(?<=会议|全会|先后)听取|(?<=还)听取)")
#: A sentence that opens with the text's own meeting: what it reviewed is the main meeting's, whatever other meetings
#: the sentence names before the verb (这次会议…深入贯彻党的二十大精神…，审议通过了…).
#: What follows a meeting whose spirit or arrangements are carried out, itself or as one of a list (…全会和市委七届五次
#: 全体（扩大）会议精神).
_SPIRIT_OF_LIST = re.compile(r"(?:[、和及][^，。；]{2,30}?)?(?:精神|部署|要求|决策)")
_OWN_MEETING = ("会议", "大会", "全会", "这次会议", "本次会议", "此次会议", "这次大会", "本次大会", "此次大会")
_SPIRIT_VERB = re.compile(r"(贯彻|落实|学习|传达|践行|遵循|领会|悟透)")  # 深刻领会…精神, 学深悟透…精神
_ARRANGED_VERB = re.compile(r"(按照|贯彻|落实|遵循)")
_GUIDE = re.compile(r"(高举|以)(?P<x>[^，。；]{2,90}?)(?:伟大旗帜|旗帜|为指导|为指引)")
_ANCHOR = ("锚定", "紧扣", "瞄准")
_IMPLEMENT = ("实施", "深入实施", "落实", "推进", "深入推进", "开展")
_ESTABLISH = ("决定设立的", "设立的", "出台的", "推出的", "制定的", "决定设立", "出台", "推出")
_SPIRIT_OR_ARRANGEMENT = re.compile("精神|部署")  # asked of every sentence: compiled once
_HOSTED = re.compile(r"(?:举办|召开|主办|承办)(?:了)?")


class RelationReader:
    def __init__(self, ctx: Context, mentions: list[Mention], key_of: dict[int, str], types: dict[str, str]):
        self.ctx = ctx
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.key_of = key_of
        self.types = types
        #: each mention's type, looked up once: the rules ask it of each mention in each span they read
        self._type_at = [types.get(key_of.get(id(m), ""), m.type) for m in self.mentions]
        self._type_of_id = {id(m): t for m, t in zip(self.mentions, self._type_at, strict=True)}
        self.out: list[tuple[str, str, str, Evidence]] = []

    def in_span(self, s: int, e: int, *types: str) -> list[Mention]:
        mentions, type_at = self.mentions, self._type_at
        i, n = bisect.bisect_left(self.starts, s), len(mentions)
        res = []
        while i < n and mentions[i].start < e:
            m = mentions[i]
            if m.end <= e and (not types or type_at[i] in types):
                res.append(m)
            i += 1
        return res

    def type_of(self, m: Mention) -> str:
        t = self._type_of_id.get(id(m))
        return t if t is not None else self.types.get(self.key_of.get(id(m), ""), m.type)

    def key(self, m: Mention) -> str | None:
        return self.key_of.get(id(m))

    def add(self, subj: str | None, pred: str, obj: str | None, s: int, e: int, rule: str, conf: float = 0.8):
        if subj and obj and subj != obj:
            text = self.ctx.text
            self.out.append((subj, pred, obj, Evidence(s, e, text[s:e], rule, conf)))


def read_relations(ctx: Context, mentions: list[Mention], key_of: dict[int, str], types: dict[str, str],
                   *, main_meeting: str | None, issuer: str | None,
                   extra: list[tuple[str, str, str, Evidence]],
                   reporter: str | None = None) -> list[tuple[str, str, str, Evidence]]:
    """``reporter``: the body a work report delivered at ``main_meeting`` speaks for (a court, a CPPCC standing
    committee): what the report says is done, it does, not the session."""
    r = RelationReader(ctx, mentions, key_of, types)
    text = ctx.text
    # a policy document's text, issued by a notice (关于印发…的通知; 现将《…》印发给你们), speaks for the document
    own_document = next((r.key(m) for m in r.mentions if m.rule == "document:issued-by-notice"), None)
    issuer = issuer or own_document
    default_subject = reporter or main_meeting or issuer
    # a text no meeting or report speaks for (a street office's year summary, a bureau's news): the body that opens a
    # clause is who acts in it, as in a body's report
    by_clause = reporter is not None or main_meeting is None and issuer is None
    said_by_report: str | None = None
    person: Mention | None = None
    for sent in ctx.doc.sentences:
        if sent.end <= ctx.doc.body_start:
            continue
        s0, e0 = sent.start, sent.end
        st = sent.text
        ms = r.in_span(s0, e0)
        meetings = [m for m in ms if r.type_of(m) == "Meeting"]
        orgs = [m for m in ms if r.type_of(m) == "Organization"]
        # the sentence's own subject meeting: 会议/大会 + verb refers to the main meeting
        subject_meeting = main_meeting
        # a report's words, reported (报告提出，…。要以…为指导，全面贯彻…精神): the report carries the spirit out
        if _REPORT_SAYS.match(st):
            said_by_report = _document_subject(r, s0, st)
        elif not (st.startswith(("要", "必须", "坚持")) and text[s0 - 1:s0] != "\n"):
            said_by_report = None
        _documents_its_purpose_follows(r, s0, e0, st)
        # 县政协工作的指导思想是：高举…旗帜，…贯彻落实…精神: the body whose guiding line the sentence sets out
        theme = next((r.key(o) for o in orgs if _GUIDING_LINE.match(text, o.end)), None)

        # reviewed / approved documents
        for vm in _REVIEW.finditer(st):
            verb = vm.group()
            pred = "reviewed" if verb in ("审议了", "听取了", "听取", "听取和审议了", "听取和讨论了", "讨论了", "表决", "表决了") else "approved"
            if verb == "予以追认":  # 对…决定予以追认: the document stands before the verb
                seg_s = s0 + max(st.rfind("，", 0, vm.start()) + 1, 0)
                docs = r.in_span(seg_s, s0 + vm.start(), "Document")
            else:
                nxt = _REVIEW.search(st, vm.end())
                end = s0 + (nxt.start() if nxt else len(st))
                docs = r.in_span(s0 + vm.end(), end, "Document")
            subj = subject_meeting
            titles = r.in_span(s0, e0, "Document")
            before = [m for m in meetings if m.end <= s0 + vm.start()  # not one whose spirit is carried out (alone
                      and not _SPIRIT_OF_LIST.match(text, m.end)  # or closing a list: …五次全会和市委…会议精神)
                      and not any(d.start <= m.start and m.end <= d.end for d in titles)]  # nor one a title names
            if before and not st.startswith(_OWN_MEETING):
                subj = r.key(before[-1])
            for d in _outermost(docs):
                r.add(subj, pred, r.key(d), s0, e0, f"relation:{verb}", 0.9)

        # carries out the spirit of meetings: 贯彻…A、B精神; follows their arrangements: 按照…A和B部署要求
        for pm in _SPIRIT_OR_ARRANGEMENT.finditer(st):
            vm = None
            clause_start = max(st.rfind("，", 0, pm.start()), st.rfind(",", 0, pm.start()), st.rfind("。", 0, pm.start()),
                               0)
            verbs = list((_SPIRIT_VERB if pm.group() == "精神" else _ARRANGED_VERB).finditer(st, clause_start, pm.start()))
            # the first verb with meetings after it: 传达学习 | …在中央经济工作会议上、在中央政治局…集体学习时…的讲话精神
            # (学习 of 集体学习 opens no list of its own)
            vm = next((v for v in verbs
                       if any(s0 + v.end() <= m.start and m.end <= s0 + pm.start() for m in meetings)),
                      verbs[-1] if verbs else None)
            if vm is None:
                continue
            chain = [m for m in meetings if s0 + vm.end() <= m.start and m.end <= s0 + pm.start()]
            if not chain or pm.group() == "部署" and st[max(m.end for m in chain) - s0:pm.start()] not in ("", "决策"):
                continue  # 落实省委…全会精神和…部署: 部署 must close the meetings' list itself
            gap = st[vm.end():pm.start()]
            if "，" in gap or "。" in gap or "," in gap:
                continue
            subj = theme or _document_subject(r, s0, st) or said_by_report \
                or by_clause and _clause_subject(r, orgs, s0, s0 + vm.start()) \
                or reporter or subject_meeting or issuer
            for m in _outermost(chain):
                if r.key(m) != subj:
                    r.add(subj, "carriesOutSpiritOf", r.key(m), s0, e0, "relation:spirit", 0.85)

        # guided by: the text's speaker, or the body that leads the sentence (省委团结带领全省…，坚持以…为指导)
        for gm in _GUIDE.finditer(st):
            leader = next((o for o in reversed(orgs) if o.end <= s0 + gm.start() and text.startswith("团结带领", o.end)),
                          None)
            subj = r.key(leader) if leader is not None else said_by_report or \
                by_clause and _clause_subject(r, orgs, s0, s0 + gm.start()) or default_subject
            if main_meeting and re.search(r"(?:大会|会议|全会)的主题是", st[:gm.start()]):
                subj = main_meeting  # 大会的主题是：高举…旗帜: the congress's theme, not its reporting body's words
            subj = theme or subj
            for c in r.in_span(s0 + gm.start("x"), s0 + gm.end("x"), "Concept"):
                r.add(subj, "guidedBy", r.key(c), s0, e0, "relation:guided-by", 0.85)
            for m in r.in_span(s0 + gm.start("x"), s0 + gm.end("x"), "Meeting"):  # 以…和党的十九大精神为指导
                if text.startswith("精神", m.end) and r.key(m) != subj:
                    r.add(subj, "carriesOutSpiritOf", r.key(m), s0, e0, "relation:guided-by", 0.85)

        # body + verb + object within a clause chain
        targets = [m for m in ms if r.type_of(m) in ("Strategy", "Policy")]
        led = [(s0 + p.start(), s0 + p.end()) for p in _UNDER.finditer(st)]  # 在市委…领导下，: no subject of the clause
        orgs_by_end = sorted((o for o in orgs if not any(a <= o.start and o.end <= b for a, b in led)
                              and not _owner_of_what_follows(r, orgs, o)), key=lambda o: o.end)
        org_ends = [o.end for o in orgs_by_end]
        org_at_end: dict[int, list[Mention]] = {}
        for o in orgs:
            org_at_end.setdefault(o.end, []).append(o)
        for t in targets:
            pre = st[:t.start - s0]
            pre_clause = pre[max(pre.rfind("，"), pre.rfind("；"), -1) + 1:]
            orgs_before = orgs_by_end[:bisect.bisect_right(org_ends, t.start)]
            subj = r.key(orgs_before[-1]) if orgs_before else None
            establish = next((v for v in _ESTABLISH if pre.endswith(v) or pre.endswith(v + "了")), None)
            if establish and orgs_before and pre[: len(pre) - len(establish)].rstrip("了").endswith(orgs_before[-1].text):
                r.add(subj, "establishes", r.key(t), s0, e0, "relation:establish", 0.85)
                continue
            if any(pre_clause.endswith(v) or pre_clause.endswith(v + "“") for v in _ANCHOR):
                r.add(subj or default_subject, "anchors", r.key(t), s0, e0, "relation:anchor", 0.8)
            elif any(pre_clause.endswith(v) for v in _IMPLEMENT) and (subj or default_subject):
                # no body named: a report's speaking government, a meeting text's meeting (会议强调，要深入实施…)
                r.add(subj or default_subject, "implements", r.key(t), s0, e0, "relation:implement", 0.7)
            # BODY、BODY + strategy (郑州大学、河南大学“双一流”建设; 省委“1310”具体部署)
            adjacent = org_at_end.get(t.start, [])
            while adjacent:
                o = adjacent[0]
                pred = "establishes" if r.type_of(t) == "Strategy" and "部署" in t.text else "implements"
                r.add(r.key(o), pred, r.key(t), s0, e0, "relation:body-programme", 0.75)
                adjacent = org_at_end.get(o.start - 1, []) if text[o.start - 1] == "、" else []

        # what a meeting's text says the meeting took up: 研究部署…、…等工作, 听取了关于…的汇报
        if main_meeting:
            for tm in _TOOK_UP.finditer(st):
                ce = s0 + next((i for i in range(tm.end(), len(st)) if st[i] in "，。；"), len(st))
                for o in _outermost([m for m in r.in_span(s0 + tm.end(), ce)
                                     if r.type_of(m) in ("Meeting", "Policy", "Strategy")]):  # documents: reviewed
                    if r.key(o) != main_meeting:
                        r.add(main_meeting, "addresses", r.key(o), s0, e0, "relation:took-up", 0.7)

        # convened by / held in
        if main_meeting:
            for cm in re.finditer(r"主持(?:会议|大会|全会)", st):
                before = [o for o in orgs if o.end <= s0 + cm.start()]
                if before and before[-1].end >= s0 + cm.start() - 1:
                    r.add(main_meeting, "convenedBy", r.key(before[-1]), s0, e0, "relation:chair", 0.85)
            for cm in re.finditer(r"(?:会议|大会|全会|闭幕式|开幕式|闭幕会|开幕会)由(?P<o>[^，。]{2,24}?)主持", st):
                for o in r.in_span(s0 + cm.start("o"), s0 + cm.end("o"), "Organization"):  # 全会由中央政治局主持
                    if not text.startswith(("书记", "主席", "主任"), o.end):
                        r.add(main_meeting, "convenedBy", r.key(o), s0, e0, "relation:chair", 0.85)
                for p in r.in_span(s0 + cm.start("o"), s0 + cm.end("o"), "Person"):  # 大会由主席团常务主席某某主持
                    r.add(r.key(p), "addresses", main_meeting, s0, e0, "relation:chair", 0.85)
            for cm in re.finditer(r"在(?P<p>[^，。在]{2,8}?)(?:召开|举行)", st):
                for p in r.in_span(s0 + cm.start("p"), s0 + cm.end("p"), "Place"):
                    if any(m for m in meetings if r.key(m) == main_meeting):
                        r.add(main_meeting, "heldIn", r.key(p), s0, e0, "relation:held-in", 0.85)
        # any meeting the clause says is held somewhere (第三届中非经贸博览会将于6月29日至7月2日在长沙举办)
        for m in meetings:
            if (hm := _HELD_THERE.match(text, m.end)) is not None:
                for p in r.in_span(hm.start("p"), hm.end("p"), "Place")[:1]:
                    r.add(r.key(m), "heldIn", r.key(p), s0, e0, "relation:held-in", 0.8)
        for hm in _HOSTED.finditer(st):
            before = [o for o in orgs if o.end == s0 + hm.start()]
            after = [m for m in meetings if m.start == s0 + hm.end()]
            if before and after:
                r.add(r.key(after[0]), "convenedBy", r.key(before[0]), s0, e0, "relation:host", 0.85)

        _place_subjects(r, s0, e0)
        _holders_of_designations(r, ms, s0, e0)
        _clusters_of_designations(r, ms, s0, e0)
        _zones_of_places(r, ms, s0, e0)
        _assigned_by_body(r, orgs, s0, e0)
        _upholds(r, ms, orgs, default_subject, s0, e0)
        _places_of_industries(r, ms, s0, e0)
        _showcases(r, ms, s0, e0)
        person = _person_subjects(r, s0, e0, main_meeting, person if text[s0 - 2:s0].strip() == "；" or
                                  text[s0 - 1:s0] == "；" else None)
        _issued_by_speaker(r, issuer, s0, e0)

        # sub-organizations named inside an organization's name: the rest of the name is an institution's,
        # not a verb phrase (海南医科大学 | 首次跻身…, 新疆银行 | 吸收合并…)
        for o in orgs:
            for inner in orgs:
                if inner is not o and o.start == inner.start and inner.end < o.end \
                        and _names_a_part(ctx, inner.end, o.end):
                    r.add(r.key(o), "subOrganizationOf", r.key(inner), s0, e0, "relation:name-part", 0.7)
    _lead_units(r)
    _communiques(r)
    _visited_bodies(r)
    _bodies_reporting_on_texts(r)
    _elected(r)
    _bodies_sessions(r)
    _press_conferences_of_sessions(r)
    _members_of_counted_quotes(r)
    _documents_a_body_wrote(r, issuer)
    _documents_a_body_agreed_to(r)
    _formulas_a_body_set(r)
    _speeches_at_meetings(r)
    _parties_of_a_signing(r)
    _reports_made_at(r)
    _reports_to_the_meeting(r, main_meeting)
    _speaker_at_meeting(r, main_meeting)
    _transcript_speakers(r, main_meeting)
    _resolutions_of_meetings(r)
    _entrusted_reports(r, main_meeting)
    _reports_on_behalf(r, main_meeting)
    _posts_after_names(r)
    r.out.extend(extra)
    _placed_posts(r)  # after the header's relations: their evidence is kept where both read one fact
    _own_report_issued(r, issuer)
    return r.out


#: The body that convenes a numbered session, from the session's key (kg/extract/meetings.py): a party committee its
#: plenum (meeting|org|K|…|全会), a congress or a CPPCC committee its session (meeting|PLACE|term|n|人大), a party
#: committee its congress (…|党代会).
_CONVENER = {"人大": ("人大", "人大常委会"), "政协": ("政协",), "党代会": ("委",)}


def _bodies_sessions(r: RelationReader) -> None:
    """A numbered session is convened by the body it is a session of, when the text names that body (中国人民政治协商会议
    第九届旺苍县委员会第四次会议 and 县政协; 中共汉中市委五届十四次全会 and 汉中市委)."""
    first: dict[str, Mention] = {}
    for m in r.mentions:
        if r.type_of(m) == "Meeting" and (k := r.key(m)) is not None:
            first.setdefault(k, m)
    for key, m in first.items():
        parts = key.split("|")
        if len(parts) >= 3 and parts[1] == "org" and r.types.get(f"org|{parts[2]}") == "Organization" \
                and parts[-1] == "全会":
            body = f"org|{parts[2]}"
        elif len(parts) == 5 and parts[4] in _CONVENER and len(parts[1]) >= 2:
            body = next((b for b in (f"org|{parts[1]}{kind}" for kind in _CONVENER[parts[4]])
                         if r.types.get(b) == "Organization"), None)
        else:
            continue
        if body is not None:
            s, e = r.ctx.sentence_bounds(m.start)
            r.add(key, "convenedBy", body, s, e, "relation:session-of-body", 0.75)


#: Between a meeting and the report made at it: 在…会议上作了《…》, 在…会议上所作的…报告.
_MADE_AT = re.compile(r"上(?:作了|所作的|作的|作)(?:题为)?《?")


#: Names elected to the posts of a body (王某当选市政协主席，宋某、陈某…当选市政协副主席): each holds a post in it.
_ELECTED = re.compile(r"当选(?:为)?")


def _elected(r: RelationReader) -> None:
    text = r.ctx.text
    people = sorted((m for m in r.mentions if r.type_of(m) == "Person"), key=lambda m: m.end)
    orgs = {m.start: m for m in r.mentions if r.type_of(m) == "Organization"}
    for em in _ELECTED.finditer(text, r.ctx.doc.body_start):
        body = orgs.get(em.end())
        if body is None:
            continue
        s, e = r.ctx.sentence_bounds(em.start())
        end = em.start()
        for p in reversed([p for p in people if s <= p.start and p.end <= end]):
            if p.end != end:
                break
            r.add(r.key(p), "holdsPostIn", r.key(body), s, e, "relation:elected", 0.8)
            end = p.start - 1 if text[p.start - 1:p.start] == "、" else -1


#: 会议听取省人民政府关于《A》、《B》的说明, …省人大法委关于《C》审议结果的报告: the body that reports on the texts a
#: standing committee's session hears.
_REPORTS_ON = re.compile(r"听取(?:了)?(?P<body>[^，。；《》、\n]{2,16}?)关于(?P<docs>(?:《[^》\n]+》[、和及]?)+)")


def _bodies_reporting_on_texts(r: RelationReader) -> None:
    text = r.ctx.text
    docs = {m.start: m for m in r.mentions if r.type_of(m) == "Document"}
    for m in _REPORTS_ON.finditer(text, r.ctx.doc.body_start):
        body = next((o for o in r.in_span(m.start("body"), m.end("body"), "Organization")
                     if (o.start, o.end) == m.span("body")), None)
        if body is None:
            continue
        s, e = r.ctx.sentence_bounds(m.start())
        for q in re.finditer(r"《[^》\n]+》", m["docs"]):
            d = docs.get(m.start("docs") + q.start()) or docs.get(m.start("docs") + q.start() + 1)
            if d is not None:
                r.add(r.key(body), "relatedTo", r.key(d), s, e, "relation:reports-on", 0.75)


#: A research visit's news: the visitor named with the verb of the visit (吴某在徐州调研, 省长吴某…调研时强调) ...
_VISIT = re.compile(r"(?:在[^，。；\n]{2,12}?)?(?:调研|考察|视察|走访|检查)")
#: ... and the bodies visited: after 来到/走进, or opening a sentence's clause (在华恒机器人公司，他要求…; 在恩华药业、万邦
#: 生化医药，吴某说…).
_VISITED = re.compile(r"(?:来到|走进|前往|深入)|(?:^|(?<=[。\n]))在(?=[^，。；\n]{2,40}[，,])", re.M)


def _visited_bodies(r: RelationReader) -> None:
    text, doc = r.ctx.text, r.ctx.doc
    lead_end = doc.sentences[min(len(doc.sentences) - 1, 2)].end if doc.sentences else 0
    visitor = next((p for p in sorted((m for m in r.mentions if r.type_of(m) == "Person" and m.start < lead_end),
                                      key=lambda m: m.start)
                    if _VISIT.match(text, p.end) or text.startswith(("首先", "一行"), p.end)), None)
    if visitor is None:
        return
    for v in _VISITED.finditer(text, doc.body_start):
        s, e = r.ctx.sentence_bounds(v.start())
        clause_end = next((i for i in range(v.end(), e) if text[i] in "，,。；"), e)
        for o in r.in_span(v.end(), clause_end, "Organization"):
            if o.start == v.end() or text[o.start - 1:o.start] in ("、", "和"):
                r.add(r.key(visitor), "addresses", r.key(o), s, e, "relation:visited", 0.75)


def _communiques(r: RelationReader) -> None:
    """中国共产党四川省第十一届委员会第十一次全体会议公报: a meeting's communiqué, named by the meeting, the meeting
    approved."""
    meetings = {(m.start, m.end): m for m in r.mentions if r.type_of(m) == "Meeting"}
    for d in r.mentions:
        if r.type_of(d) == "Document" and r.ctx.text.startswith("公报", d.end - 2) \
                and (m := meetings.get((d.start, d.end - 2))) is not None:
            s, e = r.ctx.sentence_bounds(d.start)
            r.add(r.key(m), "approved", r.key(d), s, e, "relation:communique", 0.85)


def _reports_made_at(r: RelationReader) -> None:
    """某某在…第五次会议上作了《…法院工作报告》: the report was made at the meeting, delivered by the person who
    opens the clause."""
    text = r.ctx.text
    docs = {m.start: m for m in r.mentions if r.type_of(m) == "Document"}
    for m in r.mentions:
        if r.type_of(m) != "Meeting" or text[m.start - 1:m.start] != "在":
            continue
        made = _MADE_AT.match(text, m.end)
        d = docs.get(made.end()) or docs.get(made.end() - 1) if made else None  # 《 may open the title's span
        if d is None:
            continue
        _made_at(r, m, d)
    for at in _AT_THE_MEETING.finditer(text, r.ctx.doc.body_start):  # …会议在…开幕，市长某某在会上作政府工作报告
        d = docs.get(at.end()) or docs.get(at.end() - 1)
        s, _e = r.ctx.sentence_bounds(at.start())
        meetings = [m for m in r.in_span(s, at.start(), "Meeting")]
        if d is not None and meetings:
            _made_at(r, meetings[-1], d)


#: 某某向全会作了《…》的报告: the report was made to the text's own meeting; so is one a body's text reports to it
#: (受区人民政府委托，向大会书面报告…计划（草案），请予审议), and the body that entrusted it issued it.
_TO_THE_MEETING = re.compile(r"向(?:全会|大会|会议)(?:作了|所作的|作的|作|书面报告|报告)(?:题为)?《?")
_ENTRUSTED_BY = re.compile(r"受(?P<body>[^，。；,]{2,30}?)的?委托[，,]?$")


def _reports_to_the_meeting(r: RelationReader, main_meeting: str | None) -> None:
    if main_meeting is None:
        return
    text = r.ctx.text
    docs = {m.start: m for m in r.mentions if r.type_of(m) == "Document"}
    for at in _TO_THE_MEETING.finditer(text, r.ctx.doc.body_start):
        d = docs.get(at.end()) or docs.get(at.end() - 1)
        if d is None:
            continue
        s, e = r.ctx.sentence_bounds(at.start())
        r.add(r.key(d), "reportedAt", main_meeting, s, e, "relation:made-to", 0.85)
        if (eb := _ENTRUSTED_BY.search(text, s, at.start())) is not None:
            for o in r.in_span(eb.start("body"), eb.end("body"), "Organization")[:1]:
                r.add(r.key(o), "issued", r.key(d), s, e, "relation:made-to", 0.85)
        person = next((p for p in reversed(r.in_span(s, at.start(), "Person"))), None)
        if person is not None and not re.search("[，,。；]", text[person.end:at.start()]):
            r.add(r.key(person), "delivered", r.key(d), s, e, "relation:made-to", 0.85)
            r.add(r.key(person), "addresses", main_meeting, s, e, "relation:made-to", 0.85)


#: 在会上作…报告: the meeting is the one the sentence named before.
_AT_THE_MEETING = re.compile(r"在(?:会上|大会上|会议上)(?:作了|所作的|作的|作)(?:题为)?《?")


def _made_at(r: RelationReader, m: Mention, d: Mention) -> None:
    """Report ``d`` was made at meeting ``m``; the person right before the meeting, in its clause, delivered it."""
    text = r.ctx.text
    s, e = r.ctx.sentence_bounds(m.start)
    r.add(r.key(d), "reportedAt", r.key(m), s, e, "relation:made-at", 0.85)
    person = next((p for p in reversed(r.in_span(s, m.start - 1, "Person"))), None)
    if person is not None and "，" not in text[person.end:m.start]:
        r.add(r.key(person), "delivered", r.key(d), s, e, "relation:made-at", 0.85)
        r.add(r.key(person), "addresses", r.key(m), s, e, "relation:made-at", 0.85)


#: Right after a meeting's name: when and where it is held (将于6月29日至7月2日在长沙举办, 在武汉洪山礼堂胜利闭幕).
_HELD_THERE = re.compile(r"(?:将于|于)?[^，。；在\n]{0,16}?在(?P<p>[^，。；在\n]{2,10}?)(?:隆重|胜利|顺利)?(?:举办|举行|召开|开幕|闭幕)")
#: A body, then the verb of writing or issuing a titled document (省政府编制了《…纲要（草案）》, 国务院出台《…意见》).
_WROTE = re.compile(r"(?:组织)?(?:编制|制定|起草|印发|出台|发布)了?(?=《)")
_WROTE_UNNAMED = re.compile(r"(?:(?<=[，,。])|(?<=我们))(?:组织)?(?:编制|起草)了?(?=《)")


def _listed_before(r: RelationReader, o: Mention) -> list[Mention]:
    """``o`` and the bodies listed right before it (省委、省政府; 中共中央和国务院), spaces of a copied page aside."""
    text, out = r.ctx.text, [o]
    ends = {m.end: m for m in r.mentions if r.type_of(m) == "Organization"}
    pos = o.start
    while True:
        p = pos
        while text[p - 1:p] in (" ", "\u3000"):
            p -= 1
        if text[p - 1:p] not in ("、", "和"):
            return out
        p -= 1
        while text[p - 1:p] in (" ", "\u3000"):
            p -= 1
        if (prev := ends.get(p)) is None:
            return out
        out.append(prev)
        pos = prev.start


def _documents_a_body_wrote(r: RelationReader, issuer: str | None) -> None:
    """省政府编制了《山东省…第十五个五年规划纲要（草案）》: the body named right before the verb issued the document
    (every 2026 report says so of its plan outline)."""
    text = r.ctx.text
    docs = {m.start: m for m in r.mentions if r.type_of(m) == "Document"}
    for o in r.mentions:
        if r.type_of(o) != "Organization" or (w := _WROTE.match(text, o.end)) is None:
            continue
        d = docs.get(w.end()) or docs.get(w.end() + 1)
        if d is not None:
            s, e = r.ctx.sentence_bounds(o.start)
            for body in _listed_before(r, o):  # 省委、省政府出台了《…》: every body of the list issued it
                r.add(r.key(body), "issued", r.key(d), s, e, "relation:body-wrote", 0.85)
    if issuer is None:
        return
    for w in _WROTE_UNNAMED.finditer(text, r.ctx.doc.body_start):  # …的建议》，编制了《…纲要（草案）》: the report's
        d = docs.get(w.end()) or docs.get(w.end() + 1)  # government, the subject the sentence leaves out
        if d is not None:
            s, e = r.ctx.sentence_bounds(w.start())
            r.add(issuer, "issued", r.key(d), s, e, "relation:body-wrote", 0.75)


#: A document another body agreed to before it was issued (《…工作方案》已经省人民政府同意，现印发给你们; 经市政府同意，
#: 现将《…》印发给你们): the agreeing body endorsed it.
_AGREED = re.compile(r"(?:已经|已|经)(?P<body>[^，。；《》\n]{2,16}?)(?:研究)?同意")
_PASSED_BY = re.compile(r"(?:已经|已|经)(?P<by>[^，。；《》\n]{2,30}?)审议通过")


def _documents_a_body_agreed_to(r: RelationReader) -> None:
    text = r.ctx.text
    for d in r.mentions:
        if r.type_of(d) != "Document":
            continue
        s, e = r.ctx.sentence_bounds(d.start)
        if (passed := _PASSED_BY.match(text, d.end)) is not None:  # 《…》已经市委常委会议、市政府常务会议审议通过
            for m in r.in_span(passed.start("by"), passed.end("by"), "Meeting"):
                r.add(r.key(m), "approved", r.key(d), s, e, "relation:passed-by", 0.85)
        after = _AGREED.match(text, d.end)  # 《…》已经省人民政府同意
        if after is None:
            before = _AGREED.search(text, s, d.start)  # 经省人民政府同意，现将《…》印发给你们
            after = before if before and text.startswith(("现将", "现"), before.end() + 1) else None
        if after is None:
            continue
        body = next((o for o in r.in_span(*after.span("body"), "Organization")
                     if (o.start, o.end) == after.span("body")), None)
        if body is not None:
            r.add(r.key(body), "endorsed", r.key(d), s, e, "relation:agreed", 0.85)


#: The documents a text's own purpose clause follows (为深入贯彻落实《…规划》（国函…），…，制定本方案; 根据《…意见》精神，
#: 结合我省实际，制定本实施方案): the text implements them.
_FOLLOWED = re.compile(r"(?:贯彻落实|贯彻|落实|根据|按照|依据|执行)(?:好)?(?=《)")


#: A plan's outline names what it was drafted from (…远景目标纲要，根据《中共…市委关于制定…的建议》编制): the document
#: right before 根据 follows the ones quoted after it.
_DRAFTED_FROM = re.compile(r"[，,]?(?:根据|依据|按照)(?=《[^》]{2,80}》(?:[、和]《[^》]{2,80}》)*[^，。；]{0,6}?(?:编制|制定|起草))")


#: …and a plan drafted after what it follows (根据《中共庐江县委关于制定…的建议》，编制《庐江县…纲要》).
_DRAFTED_AFTER = re.compile(r"(?:根据|依据|按照)(?P<from>《[^》]{2,80}》)[，,]?(?:研究)?(?:编制|制定|起草)了?(?=《)")


def _documents_its_purpose_follows(r: RelationReader, s0: int, e0: int, st: str) -> None:
    docs = {d.start: d for d in r.in_span(s0, e0, "Document")}
    for v in _DRAFTED_AFTER.finditer(st):
        followed, drafted = docs.get(s0 + v.start("from")), docs.get(s0 + v.end())
        if followed is not None and drafted is not None:
            r.add(r.key(drafted), "implements", r.key(followed), s0, e0, "relation:drafted-from", 0.85)
    for v in _DRAFTED_FROM.finditer(st):
        drafted = [d for d in docs.values() if d.end == s0 + v.start()]
        d = docs.get(s0 + v.end())
        while drafted and d is not None:
            r.add(r.key(drafted[0]), "implements", r.key(d), s0, e0, "relation:drafted-from", 0.85)
            nxt = d.end + (1 if r.ctx.text[d.end:d.end + 1] in ("、", "和") else 0)
            d = docs.get(nxt)
    if not _ITS_OWN_PURPOSE.search(st) or (subj := _document_subject(r, s0, st)) is None:
        return
    for v in _FOLLOWED.finditer(st):
        d = docs.get(s0 + v.end())
        while d is not None:  # 《A》和《B》, 《A》、《B》, 《A》《B》
            r.add(subj, "implements", r.key(d), s0, e0, "relation:purpose-follows", 0.85)
            nxt = d.end + (1 if r.ctx.text[d.end:d.end + 1] in ("、", "和", "及") else 0)
            d = docs.get(nxt)


#: A body or meeting, then the quoted formula it set (省委“1310”具体部署, 市委“456”总体部署, 党中央提出的“五个必须”重大要求,
#: 中央经济工作会议提出的“五个必须”规律性认识, 聚焦省委提出的“3815”战略): it established the formula. A plan's period
#: (省委“十五五”规划建议) is no formula the body set.
_SETS_QUOTE = re.compile(r"(?:提出的|确定的|作出的)?(?=“)")
_FORMULA_AFTER = re.compile(r"(?:具体|总体|重大|基本|工作|发展|战略)?(?:部署|要求|思路|原则|认识|战略|布局|目标|定位)")
_PERIOD_QUOTE = re.compile(r"“?十[一二三四五六七八九]五”?")


def _formulas_a_body_set(r: RelationReader) -> None:
    text = r.ctx.text
    starts: dict[int, Mention] = {}
    for m in r.mentions:
        if r.type_of(m) in ("Strategy", "Concept", "Policy"):
            starts.setdefault(m.start, m)
    for o in r.mentions:
        if r.type_of(o) not in ("Organization", "Meeting") or (v := _SETS_QUOTE.match(text, o.end)) is None:
            continue
        q = starts.get(v.end()) or starts.get(v.end() + 1)
        close = text.find("”", v.end(), v.end() + 24)
        if q is None or close < 0 or _PERIOD_QUOTE.fullmatch(text, v.end(), close + 1):
            continue
        if v.group() or _FORMULA_AFTER.match(text, close + 1):
            s, e = r.ctx.sentence_bounds(o.start)
            r.add(r.key(o), "establishes", r.key(q), s, e, "relation:sets-formula", 0.8)


#: A signing and its two parties: 上海市人民政府与中国五矿集团有限公司在沪签署战略合作协议, 天水市政府与济南市政府
#: 战略合作协议签约仪式在济南举行, 宿州市与中国移动安徽公司签订《…协议》.
_SIGNED = re.compile(r"签署|签订|签约|缔结")


def _parties_of_a_signing(r: RelationReader) -> None:
    text = r.ctx.text
    for v in _SIGNED.finditer(text, r.ctx.doc.body_start):
        lo, hi = max(0, v.start() - 120), min(len(text), v.end() + 120)  # a clause's reach: linear in the text
        cs = max(lo - 1, *(text.rfind(ch, lo, v.start()) for ch in "，。；：\n,")) + 1
        ce = min((i for i in (text.find(ch, v.end(), hi) for ch in "，。；\n,") if i >= 0), default=hi)
        sides = r.in_span(cs, v.start(), "Organization", "Place")
        starts = {m.start: m for m in sides}
        pair = next(((a, starts[a.end + 1]) for a in sides
                     if text[a.end:a.end + 1] in ("与", "和", "同") and a.end + 1 in starts), None)
        if pair is None:
            continue
        a, b = pair
        s, e = r.ctx.sentence_bounds(v.start())
        r.add(r.key(a), "relatedTo", r.key(b), s, e, "relation:signing", 0.75)
        for d in r.in_span(b.end, ce, "Document"):
            for side in pair:
                r.add(r.key(side), "takesPartIn", r.key(d), s, e, "relation:signing", 0.75)


#: Where a person spoke: 习近平总书记在中央经济工作会议上、在…集体学习时、在…座谈会上的重要讲话 (one or more 在…上/时, then
#: the speech), 某某在大会上发表重要讲话.
_AT_WHERE = re.compile(r"(?:总书记|同志)?在(?P<at>[^，。；,、在]{2,40}?)(?:开幕式|闭幕式|开幕会|闭幕会)?(?:上|时)")
_SPEECH_AFTER = re.compile(r"(?:的|发表了?|作了?)(?:重要|主旨|书面)?(?:讲话|致辞|演讲|报告)")


def _speeches_at_meetings(r: RelationReader) -> None:
    text = r.ctx.text
    for p in r.mentions:
        if r.type_of(p) != "Person":
            continue
        pos, held = p.end, []
        while (at := _AT_WHERE.match(text, pos)) is not None:
            held += r.in_span(at.start("at"), at.end("at"), "Meeting")[:1]
            pos = at.end() + (1 if text[at.end():at.end() + 2] in ("、在", "和在") else 0)
            if pos == at.end():
                break
        if held and _SPEECH_AFTER.match(text, pos):
            s, e = r.ctx.sentence_bounds(p.start)
            for m in held:
                r.add(r.key(p), "addresses", r.key(m), s, e, "relation:speech-at", 0.85)


#: A quoted formula that counts its members (“九大行动”, “一库四清单”, “十大工程”).
_COUNTED_QUOTE = re.compile("^“[^”]*[一二三四五六七八九十两百]")


def _members_of_counted_quotes(r: RelationReader) -> None:
    """实施…立德树人工程、…提升工程和…扩优提质等“九大行动”: the programmes listed before 等 are members of the counted
    formula (ANNOTATION.md: enumerations with a category, the category quoted)."""
    text = r.ctx.text
    ends: dict[int, list[Mention]] = {}
    for m in r.mentions:
        if r.type_of(m) in ("Policy", "Strategy"):
            ends.setdefault(m.end, []).append(m)
    for q in r.mentions:
        if r.type_of(q) not in ("Policy", "Strategy", "Concept") or not _COUNTED_QUOTE.match(q.text) \
                or text[q.start - 1:q.start] != "等":
            continue
        s, e = r.ctx.sentence_bounds(q.start)
        pos, members = q.start - 1, []
        while (items := [m for m in ends.get(pos, []) if m.start >= s]):
            item = min(items, key=lambda m: m.start)  # the longest name ending there
            members.append(item)
            if text[item.start - 1:item.start] not in ("、", "和"):
                break
            pos = item.start - 1
        if len(members) >= 2:
            for item in members:
                r.add(r.key(item), "inCategory", r.key(q), s, e, "relation:counted-quote", 0.8)


def _press_conferences_of_sessions(r: RelationReader) -> None:
    """省十三届人大七次会议举行第二场新闻发布会: the press conference is the session's."""
    sessions = {(m.start, m.end): m for m in r.mentions if r.type_of(m) == "Meeting"}
    for m in r.mentions:
        if m.rule == "meeting:press-conference":
            for (a, b), session in sessions.items():
                if a == m.start and b < m.end and session.rule != "meeting:press-conference":
                    s, e = r.ctx.sentence_bounds(m.start)
                    r.add(r.key(m), "relatedTo", r.key(session), s, e, "relation:press-conference", 0.85)
                    break


def _lead_units(r: RelationReader) -> None:
    """（牵头单位：交通厅、公安厅、住建厅）: each lead unit implements the programmes its task names, from the line's start
    (the task's item) to the bracket."""
    text = r.ctx.text
    for u in (m for m in r.mentions if m.rule == "org:lead-unit"):
        bracket = text.rfind("（", 0, u.start)
        line = text.rfind("\n", 0, bracket) + 1
        item = max(line, max(text.rfind(c, line, bracket) for c in "）)") + 1)  # the previous task's bracket ends it
        for p in _outermost(r.in_span(item, bracket, "Policy", "Strategy")):
            r.add(r.key(u), "implements", r.key(p), item, text.find("）", u.end) + 1, "relation:lead-unit", 0.8)


def _names_a_part(ctx: Context, s: int, e: int) -> bool:
    """The rest of a body's name after its parent's names a part of it: it ends in a head of part_heads.txt
    (…房山校区, …附属肿瘤医院) and opens with no verb (闽江学院 | 更名大学 is a renaming, not a part)."""
    from kg.extract.heads import strip_opening_verbs

    rest = ctx.text[s:e]
    return len(rest) >= 2 and rest.endswith(_part_heads(ctx.lexicon)) \
        and strip_opening_verbs(ctx, s, e, once=False) == s \
        and not re.search(r"[首跻吸合并获入选与和、+]", rest[:2])


def _part_heads(lexicon) -> tuple[str, ...]:
    return tuple(lexicon.get("part_heads"))


_CLAUSE = re.compile(r"[^，。；：！？\n]+")
_GUIDING_LINE = re.compile(r"(?:今后|新的一年|明年|今年)?工作的?(?:指导思想|总体要求)(?:是|为)")
#: A headline's phrases are set apart by spaces (表决通过…决议等 王某徽主持大会并讲话 王某林等出席): each is a clause.
_HEADLINE_CLAUSE = re.compile(r"[^，。；：！？\n \u3000]+")
_SPACED_PHRASES = re.compile(r"[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]")


def _place_subjects(r: RelationReader, s0: int, e0: int) -> None:
    """Places that open a clause (after 支持/推动/协同 …), then one of place_verbs.txt: each place takes part in
    what the clause names after the verb (支持沈阳打造东北亚国际化中心城市、加快建设“一枢纽、四中心”). Places
    that close a clause without a verb (协同鞍山、营口等地区，) are the subject of the next one (打造沈大经济走廊)."""
    text, ctx = r.ctx.text, r.ctx
    verbs = _place_verbs(ctx.lexicon)
    waiting: list[Mention] = []
    for cm in _CLAUSE.finditer(text, s0, e0):
        cs, ce = cm.start(), cm.end()
        lead = _LEAD.match(text, cs)
        places, pos = [], lead.end() if lead else cs
        candidates = r.in_span(pos, ce, "Place", "Organization")
        while True:  # the longest name at each step: 福州大学, not its place 福州
            m = max((c for c in candidates if c.start == pos), key=lambda c: c.end, default=None)
            if m is None or m.end - m.start < 2:
                break
            places.append(m)
            pos = m.end
            while text[pos:pos + 1] in ("、", "和", "与", "及"):
                pos += 1
        if not places and waiting:
            places, pos = waiting, cs
        waiting = []
        if not places:
            continue
        if text.startswith("等", pos):
            pos += 1
            for tail in ("地区", "地市", "城市", "地"):
                if text.startswith(tail, pos):
                    pos += len(tail)
                    break
        if pos >= ce:
            waiting = [p for p in places if r.type_of(p) == "Place"]  # 协同鞍山、营口等地区，| 打造…
            continue
        for adv in ("共同", "分别", "均", "相继", "先后", "成功"):
            if text.startswith(adv, pos):
                pos += len(adv)
                break
        else:  # 支持丹东有序推进…: an adverb of adverbs.txt between the places and their verb
            word = text[pos:r.ctx.token_end(pos)]
            if len(word) >= 2 and word in ctx.adverbs:
                pos += len(word)
        verb = next((v for v in verbs if text.startswith(v, pos)), None)
        if verb is None or text[pos + len(verb):pos + len(verb) + 1] in ("和", "、", "及", "与", ""):
            continue  # 推动长江经济带发展和中部地区崛起: a noun, not the places' verb
        if not verb.startswith(_CONFERRED):
            places = [p for p in places if r.type_of(p) == "Place"]  # a body builds or develops: not read here
        # a concept only as a quoted title (泉州成为…“世界美食之都”), not a theory a zone is named after
        # a place or an industry only as a whole name, not the start of a longer one the rules did not take
        # (打造东北亚 | 国际化中心城市, 入选…新业态 | 新模式新场景试点城市)
        objects = _outermost([m for m in r.in_span(pos + len(verb), ce)
                              if r.type_of(m) in ("Strategy", "Policy", "Organization")
                              or (r.type_of(m) in ("Place", "Industry") and text[m.end:m.end + 1] in _NAME_END)
                              or (r.type_of(m) == "Concept" and "“" in text[m.start - 1:m.start + 1])])
        if text[pos - 2:pos] == "分别" and len(objects) == len(places) > 1:
            pairs = list(zip(places, ([o] for o in objects), strict=True))  # 海口、五指山分别入选A、B: A to 海口
        elif text[pos - 2:pos] == "分别":
            pairs = []  # respectively, but the objects do not pair off: none is sure
        else:
            pairs = [(p, objects[:3]) for p in places]
        for p, objs in pairs:
            for o in objs:
                r.add(r.key(p), "takesPartIn", r.key(o), s0, e0, "relation:place-subject", 0.75)


def _holders_of_designations(r: RelationReader, ms: list[Mention], s0: int, e0: int) -> None:
    """The places listed before the verb that confers a designation hold it, whatever else the list holds
    (磨憨—磨丁经济合作区、祥云县、弥勒市列入全国共同现代化试点: 祥云县 and 弥勒市, though the zone is no entity)."""
    from kg.extract.designations import conferring_verb

    text = r.ctx.text
    for d in ms:
        if d.rule != "designation:conferred":
            continue
        verb_s = conferring_verb(text, d.start)
        if verb_s is None:
            continue
        cs = max(max(text.rfind(ch, s0, verb_s) for ch in "，；：。") + 1, s0)
        items, pos = text[cs:verb_s].split("、"), cs
        if len(items) < 2:
            continue  # one holder: the place-subject rule reads it
        for item in items:
            p = next((m for m in r.in_span(pos, pos + len(item), "Place", "Organization")
                      if m.start == pos and m.end == pos + len(item)), None)
            if p is not None:
                r.add(r.key(p), "takesPartIn", r.key(d), s0, e0, "relation:designation-holder", 0.75)
            pos += len(item) + 1


def _clusters_of_designations(r: RelationReader, ms: list[Mention], s0: int, e0: int) -> None:
    """The clusters or industries listed before the verb that gives a national cluster title are in that category
    (电子信息、生物医药入选国家先进制造业集群)."""
    from kg.extract.designations import cluster_items

    for d in ms:
        if d.rule != "designation:cluster":
            continue
        for s, e in cluster_items(r.ctx, d.start):
            for m in _outermost([m for m in r.in_span(s, e, "Industry") if m.start == s and m.end == e]):
                r.add(r.key(m), "inCategory", r.key(d), s0, e0, "relation:cluster-title", 0.75)


def _zones_of_places(r: RelationReader, ms: list[Mention], s0: int, e0: int) -> None:
    """A zone, hub or site whose name opens with a place lies in it (遵义国家物流枢纽 → 遵义,
    中国（辽宁）自由贸易试验区沈阳片区 → 沈阳 is not read: the name opens with 中国): the rest of the name ends in
    one of zone_heads.txt, or that a city or county written with its level stands right before (崇州市 | 天府粮仓国家现代
    农业产业园). Routes (重庆至贵阳…, 郑州—卢森堡…) and lists (贵阳、遵义…) are not one place's."""
    text = r.ctx.text
    heads = _zone_heads(r.ctx.lexicon)
    places = [m for m in ms if r.type_of(m) == "Place"]
    for z in ms:
        if r.type_of(z) not in ("Place", "Policy", "Strategy", "Industry") or not z.text.endswith(heads):
            continue
        for p in places:
            if p.start == z.start and p.end <= z.end - 2 and text[p.end] not in "至—-－、和与及到" \
                    and r.key(p) != r.key(z) and not _opens_with_verb(r.ctx, p.end, z.end):
                r.add(r.key(z), "locatedIn", r.key(p), s0, e0, "relation:zone-place", 0.8)
                break
            if p.end == z.start and p.text.endswith(("市", "县", "区")) and len(p.text) >= 3:
                r.add(r.key(z), "locatedIn", r.key(p), s0, e0, "relation:zone-place", 0.8)
                break  # 崇州市 | 天府粮仓国家现代农业产业园: the city written with its level, then its park


#: A body gives, deploys or sets what follows: 党中央赋予浙江的重大使命, 党中央提出的“五个必须”, 省委确定的…目标.
_ASSIGN = re.compile(r"(?:赋予|部署|作出|确定|提出|明确)(?:[\u4e00-\u9fff]{0,4}?)的")


def _assigned_by_body(r: RelationReader, orgs: list[Mention], s0: int, e0: int) -> None:
    """BODY + 赋予/部署/提出/确定 (+ whom) + 的 + X: the body set the mission, strategy or requirement X."""
    text = r.ctx.text
    for o in orgs:
        m = _ASSIGN.match(text, o.end)
        if m is None:
            continue
        pos = m.end()
        targets = [t for t in r.in_span(pos, min(e0, pos + 30), "Strategy", "Concept", "Policy")
                   if (t.start - pos <= 1 or text[pos:t.start].strip("“") == "") and not _plan_period(t)]
        for t in _outermost(targets)[:1]:
            r.add(r.key(o), "establishes", r.key(t), s0, e0, "relation:body-assigns", 0.75)


def _places_of_industries(r: RelationReader, ms: list[Mention], s0: int, e0: int) -> None:
    """An industry one phrase places: a list of places and 等 before it (包头、鄂尔多斯等氢能产业集群), or a place
    and 的 (宁德的锂电池产业, 顺德的智能家电). The industry lies in each place. Not when the industry word is only
    the start of another name (螺蛳粉产业园等工业 | 旅游标杆; 面向东南亚的算力 | 基础设施)."""
    text = r.ctx.text
    places = {m.end: m for m in ms if r.type_of(m) == "Place"}
    for ind in ms:
        if r.type_of(ind) != "Industry" or not (ind.text.endswith(("产业", "集群", "基地"))
                                                or re.match(r"[，。；、和等及]|产业|集群", text[ind.end:ind.end + 2])):
            continue
        pos, found = ind.start, []
        if text[pos - 1:pos] == "的" and pos - 1 in places:
            found = [places[pos - 1]]
        else:
            for tail in ("等地区", "等城市", "等地", "等"):
                if text[pos - len(tail):pos] == tail and pos - len(tail) in places:
                    p = places[pos - len(tail)]
                    found = [p]
                    while text[p.start - 1:p.start] in ("、", "和", "及") and p.start - 1 in places:
                        p = places[p.start - 1]
                        found.append(p)
                    break
        for p in found:
            r.add(r.key(ind), "locatedIn", r.key(p), s0, e0, "relation:industry-place", 0.75)


_SHOWCASE = re.compile(r"成为(?P<of>[^，。；]{2,30}?)(?:的)?(?:[\u4e00-\u9fff]{0,2})(?:名片|样板|标杆|典范|窗口)")


def _showcases(r: RelationReader, ms: list[Mention], s0: int, e0: int) -> None:
    """A programme that becomes a showcase of a strategy belongs to it (郑州—卢森堡“空中丝路”成为共建“一带一路”靓丽名片)."""
    text = r.ctx.text
    ends = {m.end: m for m in ms if r.type_of(m) in ("Policy", "Strategy", "Meeting")}
    for sm in _SHOWCASE.finditer(text, s0, e0):
        subject = ends.get(sm.start()) or ends.get(sm.start() - 1 if text[sm.start() - 1] == "”" else -1)
        if subject is None:
            continue
        for o in _outermost(r.in_span(sm.start("of"), sm.end("of") + 1, "Strategy")):
            r.add(r.key(subject), "partOfStrategy", r.key(o), s0, e0, "relation:showcase", 0.75)


_UPHOLD = re.compile(r"(?:始终|一以贯之|毫不动摇|坚定不移|继续)?坚持(?:和发展|和完善|和落实|和加强|好|不懈)?(?:新时代)?“?$")
_CENTRE = re.compile(r"(?:紧紧|始终)?围绕“?$")
#: 深入学习贯彻习近平法治思想, 认真学习贯彻…关于…的重要思想: a body studies and follows a thought, it is guided by it.
_STUDIES = re.compile(r"(?:深入|认真|全面|持续)?(?:学习贯彻|学习宣传贯彻|学深悟透|贯彻)(?:落实)?“?$")


def _upholds(r: RelationReader, ms: list[Mention], orgs: list[Mention], default: str | None, s0: int, e0: int):
    """坚持 + an idea, principle or strategy (and the names listed after it): the body before it in the clause holds
    to it, else the body that opened the sentence (自治区党委团结带领…，紧紧围绕…，坚持依法治疆、团结稳疆), else the
    text's meeting or speaking body. 紧紧围绕 + a goal: the body anchors its work on it. 坚持以X为指导 is guidedBy's."""
    text = r.ctx.text
    meetings = [m for m in ms if r.type_of(m) == "Meeting"]
    opener = next((o for o in orgs if (o.start == s0 or text[o.start - 1] in "，；")
                   and not text.startswith("的", o.end) and not _IN_UNDER.match(text, o.end)
                   and not any(m.start <= o.start and o.end < m.end for m in meetings)), None)
    previous: Mention | None = None
    pred_prev = ""
    named = [m for m in ms if r.type_of(m) in ("Concept", "Strategy", "Policy", "Document")]
    # …关于坚持和完善人民代表大会制度的重要思想: a name inside another name is no object of the clause's verb
    outer = [m for m in named if not any(o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
                                         for o in named)]
    for t in sorted((m for m in outer if r.type_of(m) != "Document" and not _plan_period(m)), key=lambda m: m.start):
        cs = max(max(text.rfind(ch, s0, t.start) for ch in "，；：。") + 1, s0)
        listed = previous is not None and text[previous.end:t.start] in ("、", "“", "、“", "”、“", "”、")
        if _UPHOLD.search(text, cs, t.start):
            pred = "upholds"
        elif r.type_of(t) == "Concept" and t.name.endswith(("思想", "重要论述")) and _STUDIES.search(text, cs, t.start):
            pred = "guidedBy"
        elif _CENTRE.search(text, cs, t.start):
            pred = "anchors"
        elif listed and pred_prev:
            pred = pred_prev  # 坚持依法治疆、团结稳疆: the verb is shared
        else:
            previous, pred_prev = t, ""
            continue
        previous, pred_prev = t, pred
        if re.match("为指导|为指引", text[t.end:t.end + 3]):
            continue
        before = [o for o in orgs if cs <= o.start and o.end <= t.start]
        subj = r.key(before[-1]) if before else (r.key(opener) if opener and opener.start < cs else default)
        rule = {"upholds": "relation:uphold", "guidedBy": "relation:studies"}.get(pred, "relation:anchor")
        r.add(subj, pred, r.key(t), s0, e0, rule, 0.75)


#: 在党中央坚强领导下: the body a clause is led by, not its subject.
_IN_UNDER = re.compile(r"[^，。；]{0,6}?(?:领导下|指导下|带领下)")


def _opens_with_verb(ctx: Context, s: int, e: int) -> bool:
    """邯郸 | 建设生产服务型国家物流枢纽: a clause the name rules took whole, not a zone named after its place."""
    word = ctx.text[s:min(ctx.token_end(s), e)]
    verbs = ctx.lexicon.set("opening_verbs")
    return word in verbs or any(ctx.text.startswith(v, s) for v in _place_verbs(ctx.lexicon))


def _zone_heads(lexicon) -> tuple[str, ...]:
    return tuple(lexicon.get("zone_heads"))


#: What may follow a whole name in a clause: a stop, a list mark, a conjunction, a closing quote.
_NAME_END = frozenset("，。；：、和与及等”）)\n")

#: Verbs by which a list, a title or a pilot is conferred: a company, university or hospital may be given one too
#: (柳工入选…, 杭州职业技术大学、宁波职业技术大学获批…).
_CONFERRED = ("入选", "获批", "列入", "纳入", "获评", "入围", "成功创建")

#: Words before the places that open a clause: the speaker supports or joins them (支持沈阳打造…).
_LEAD = re.compile("(?:大力支持|积极支持|支持|推动|鼓励|引导|协同|携手)")


def _person_subjects(r: RelationReader, s0: int, e0: int, meeting: str | None,
                     subject: Mention | None) -> Mention | None:
    """A person who opens a clause and one of person_verbs.txt in it: the person addresses what the clause names
    after the person (习近平总书记 | 对美丽北京建设 | 作出重要指示; 亲临 | 重庆 | 视察). The person stays the subject
    of the sentence's later clauses that open with such a verb (…亲临江苏考察，赋予我们“四个走在前”…重大任务), also
    past a semicolon (…发表重要讲话；向…交易会致贺信；参加首都义务植树活动): ``subject`` is the one carried over,
    and the one to carry on is returned. In a meeting's text, a person who opens a clause and attends, chairs or
    speaks (出席会议并讲话, 作总结讲话, 主持会议) addresses that meeting."""
    text, ctx = r.ctx.text, r.ctx
    verbs = _place_verbs(ctx.lexicon, "person_verbs")
    said: Mention | None = None  # 习近平总书记指出，| 高质量发展是…: what the sentence goes on to say is the person's
    studied_subject = False  # the subject is the object of 传达学习: carried to no later clause
    waiting: list[Mention] = []
    headline = "。" not in text[s0:e0] and _SPACED_PHRASES.search(text, s0, e0) is not None
    for cm in (_HEADLINE_CLAUSE if headline else _CLAUSE).finditer(text, s0, e0):
        cs, ce = cm.start(), cm.end()
        persons = r.in_span(cs, ce, "Person")
        if said is not None and not persons:
            for o in _said_objects(r, cs, ce, said):
                r.add(r.key(said), "addresses", r.key(o), s0, e0, "relation:person-says", 0.65)
            continue
        # a titled name may stand after its posts (省委副书记、省长毛伟明出席会议): the posts are the 、 list before it
        if persons and (persons[0].start - cs <= 6 or persons[0].rule == "person:title-name"
                        and persons[0].start - cs <= 24 and _only_posts(r, cs, persons[0].start)):
            studied_subject = bool(_STUDIED.search(text, cs, persons[0].start))
            subject, start = persons[0], persons[0].end
            listed = [subject]  # 省领导王一、赵二出席会议: every name of the list opening the clause
            for p in persons[1:]:
                if text[listed[-1].end:p.start] != "、":
                    break
                listed.append(p)
            start = listed[-1].end
            if start == ce and persons[0].rule == "person:title-name":
                waiting += listed  # 省人大常委会主任李微微，省政协主席毛万春，…出席会议: the names before share the verb
                continue
            other = any(r.type_of(m) == "Meeting" and r.key(m) != meeting for m in r.in_span(start, ce))
            if meeting and not other and (_AT_MEETING.search(text, start, ce)  # 出席庆祝大会并发表重要讲话: that one
                                          or text[ce:ce + 1] == "，" and _AT_MEETING.search(text, ce + 1, e0)
                                          and not r.in_span(ce, e0, "Person")):  # 某某代表县委，对会议的圆满成功表示祝贺
                for p in waiting + listed:
                    r.add(r.key(p), "addresses", meeting, s0, e0, "relation:person-at-meeting", 0.8)
            waiting = []
            if _SAYS.fullmatch(text, start, ce):
                said = subject
                continue
            if not any(v in text[start:ce] for v in verbs):
                continue
        elif subject is not None and not studied_subject and (_opens_with(text, cs, verbs) or
                                      (text[cs] in "向对给为" and any(v in text[cs:ce] for v in verbs))):
            start, waiting = cs, []  # 赋予我们…; 向…交易会致贺信; 对…作出重要指示
        else:
            waiting = []
            subject = None if persons or r.in_span(cs, ce, "Organization") else subject
            continue
        objects = _outermost([m for m in r.in_span(start, ce)
                              if (r.type_of(m) in ("Meeting", "Strategy", "Policy", "Place", "Document", "Concept")
                                  or m.rule == "org:delegation" or m.text.endswith("代表团"))
                              and r.key(m) != r.key(subject) and not _plan_period(m)
                              and not text.startswith("以来", m.end)])  # 党的十八大以来 is a time
        for o in objects[:4]:
            r.add(r.key(subject), "addresses", r.key(o), s0, e0, "relation:person-subject", 0.7)
    return None if studied_subject else subject  # 传达学习习近平总书记…讲话精神，| 研究部署…: the meeting's acts


#: A meeting's text on what it took up: 研究部署 (a list of works follows), 听取了关于…的汇报, at a clause's start
#: or after 会议.
_TOOK_UP = re.compile(r"(?:^|(?<=[，。；])|(?<=会议))(?:研究部署|专题研究|听取了?(?:关于)?|审议了?)")
#: Verbs before a name that make the person their object, whose words are studied (传达学习习近平总书记重要讲话精神):
#: what the person did in the clause stands (考察湖北), but the person is no subject of the clauses after it.
_STUDIED = re.compile("传达|学习|贯彻|落实|领会|践行")
#: A clause that is only a person's act of speaking (习近平总书记 | 深刻指出): what follows is what the person said.
_SAYS = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:指出|强调|要求|提出|说)(?:的)?")


def _said_objects(r: RelationReader, cs: int, ce: int, person: Mention) -> list[Mention]:
    """The strategies and concepts a clause of a person's words names."""
    return _outermost([m for m in r.in_span(cs, ce, "Strategy", "Concept", "Policy")
                       if r.key(m) != r.key(person) and not _plan_period(m)])[:2]


def _only_posts(r: RelationReader, s: int, e: int) -> bool:
    """The text before a titled name is its posts alone: bodies and titles (titles.txt), 、 between them."""
    titles = r.ctx.lexicon.set("titles") | {t.split("\t")[0] for t in r.ctx.lexicon.get("titles")}
    rest = r.ctx.text[s:e]
    for o in r.in_span(s, e, "Organization"):
        rest = rest.replace(o.text, "", 1)
    def post(part: str) -> bool:
        bare = re.sub("^(?:常务副|副|代)", "", part)  # 副秘书长, 常务副省长: the post's rank
        return part in titles or bare in titles or part.endswith(("书记", "省长", "市长", "主席", "主任"))

    return all(post(part) for part in rest.split("、") if part)


#: What a person does at the meeting a text reports: attends, chairs, speaks, reports (省委书记X出席会议并讲话).
#: A policy document's purpose clause (为…落实…部署，制定本措施 / 特制定如下政策) and a news item's report of a report
#: (报告提出，要…贯彻…精神): the document is what carries out the meetings' spirit.
_ITS_OWN_PURPOSE = re.compile(r"制定本|特制定|现提出如下|制定如下|提出如下")
_REPORT_SAYS = re.compile(r"^(?:报告|《[^》]{2,40}》)(?:提出|指出|强调|要求|明确)")


def _document_subject(r: RelationReader, s0: int, st: str) -> str | None:
    ctx = r.ctx
    if _ITS_OWN_PURPOSE.search(st):
        # a notice's text is the document it issues (关于印发…工作方案的通知 | 为…，制定本方案)
        carried = [d for d in r.in_span(0, s0, "Document") if d.rule == "document:issued-by-notice"]
        if carried:
            return r.key(carried[0])
    if _ITS_OWN_PURPOSE.search(st) and ctx.doc.meta.title:
        t0 = ctx.text.find(ctx.doc.meta.title)
        titled = [d for d in r.in_span(t0, t0 + len(ctx.doc.meta.title), "Document")] if t0 >= 0 else []
        if titled:
            return r.key(max(titled, key=lambda d: d.end - d.start))
    if _REPORT_SAYS.match(st):
        before = [d for d in r.in_span(ctx.doc.body_start, s0, "Document") if d.name.endswith("报告")]
        if before:
            return r.key(before[-1])
    return None


def _clause_subject(r: RelationReader, orgs: list[Mention], s0: int, verb: int) -> str | None:
    """The body that opens a clause of the sentence before ``verb`` and acts in it (一年来，市政协高举…旗帜，认真贯彻落实…
    精神): the subject of what the sentence goes on to do; not a body in 在…领导下 nor one that owns what follows.
    Asked of a body's work report, whose sentences name the body (市政协) or its standing committee as they go."""
    text = r.ctx.text
    found = None
    for o in orgs:
        if o.end > verb:
            break
        if (o.start == s0 or text[o.start - 1:o.start] in ("，", "。", "；", "\n")) \
                and not re.match(r"[的和、及与]|领导|坚强|周围|召开|主持|书记|主席|主任", text[o.end:o.end + 2]) \
                and not _owner_of_what_follows(r, orgs, o):
            found = o
    return r.key(found) if found is not None else None


#: What a body owns or gives when the words right after it say so (落实党中央、国务院决策部署, 党中央赋予的…定位):
#: the body is no subject of the clause (团结在…党中央周围 neither).
_OWNED_AFTER = re.compile(rf"(?:[及和、][{CJK}]{{1,4}}?(?=决策部署|部署|要求|精神))?(?:决策部署|部署|要求|精神|重大决策|赋予|的|周围)")


def _owner_of_what_follows(r: RelationReader, orgs: list[Mention], o: Mention) -> bool:
    text, end = r.ctx.text, o.end
    starts = {m.start: m for m in orgs}
    while text[end:end + 1] in ("、", "和") and (nxt := starts.get(end + 1)) is not None:
        end = nxt.end  # 党中央、国务院 | 决策部署: the list shares what follows it
    return bool(_OWNED_AFTER.match(text, end))


#: A leading or supporting body in a prepositional phrase (在市委、市政府和区委的坚强领导下，在区人大及其常委会的监督
#:支持下，): the clause's subject comes after it.
_UNDER = re.compile(r"在[^，。；]{2,40}?(?:领导|监督|支持|关心|帮助|指导)下[，,]")
_AT_MEETING = re.compile(r"(?:出席|主持|参加)(?:了)?(?:会议|全会|大会|开幕式|闭幕式|开幕会|闭幕会)|"
                         r"(?:作|发表)(?:了)?(?:重要|总结|动员|主旨|具体|交流)?(?:讲话|致辞|报告|部署|发言)|并讲话|讲话$|出席$"
                         r"|在讲话中|讲话时|在(?:开幕式|闭幕式|开幕会|闭幕会)上|致(?:开幕|闭幕)?辞"
                         r"|对(?:会议|大会)的?(?:圆满成功|胜利召开|顺利召开)表示")
# 市委书记某某在讲话中指出, 某某在讲话时强调, 某某在闭幕式上勉励…, 某某代表县委对会议的圆满成功表示祝贺


def _speaker_at_meeting(r: RelationReader, meeting: str | None) -> None:
    """The speaker a speech's header names (李明同志在…全会上的讲话; a name under the title) spoke at the meeting
    the title names."""
    doc = r.ctx.doc
    if not meeting or not doc.meta.title or not re.search("讲话|致辞", doc.meta.title):
        return
    header_end = doc.body_start + len(doc.meta.title) + 200
    for m in r.mentions:
        if r.type_of(m) == "Person" and (m.rule == "person:title-speaker"
                                          or (m.text == doc.meta.speaker and m.start < header_end)):
            line_s = r.ctx.text.rfind("\n", 0, m.start) + 1
            line_e = r.ctx.text.find("\n", m.end)
            r.add(r.key(m), "addresses", meeting, line_s, line_e if line_e >= 0 else m.end,
                  "relation:speaker-meeting", 0.85)


#: A transcript's speaker line (海南省卫生健康委员会党委书记、主任周长强:) and a press conference's roster (出席今天发布会
#: 的有:…周长强先生;…孙善芳先生。).
_SPEAKER_LINE = re.compile(r"^[^\n，。；:：]{2,60}[:：][ \u3000]*$", re.M)
_ROSTER = re.compile(r"出席(?:今天|本次|此次|今天的|本场)?(?:新闻)?(?:发布会|会议|大会|活动)的(?:领导|嘉宾)?(?:有|是)[:：]")


def _transcript_speakers(r: RelationReader, meeting: str | None) -> None:
    """Who speaks in a meeting's transcript, on a line of their own before their words, and who its roster lists,
    attend the meeting the text records."""
    if not meeting:
        return
    text = r.ctx.text
    for line in _SPEAKER_LINE.finditer(text, r.ctx.doc.body_start):
        people = r.in_span(line.start(), line.end(), "Person")
        if people and text[people[-1].end:line.end()].strip(" \u3000:：") == "":
            r.add(r.key(people[-1]), "addresses", meeting, line.start(), line.end(), "relation:transcript-speaker", 0.8)
    for m in _ROSTER.finditer(text, r.ctx.doc.body_start):
        s, _e = r.ctx.sentence_bounds(m.start())
        e = min(x for x in (text.find("。", m.end()), text.find("\n", m.end()), len(text)) if x >= 0)
        for p in r.in_span(m.end(), e, "Person"):  # the roster's entries are parted by semicolons
            r.add(r.key(p), "addresses", meeting, s, e, "relation:roster", 0.8)


def _resolutions_of_meetings(r: RelationReader) -> None:
    """A session's resolution titled with the session (政协沧州市第十一届委员会第二次会议关于常务委员会工作报告的决议;
    a plan's cover sets the session over the title, 庐江县第十七届人民代表大会第五次会议 / 关于…纲要的决议): the session
    approved it."""
    text = r.ctx.text
    docs = {m.start: m for m in r.mentions if r.type_of(m) == "Document" and m.text.startswith("关于")
            and m.text.endswith(("决议", "决定"))}
    own = {m.start: m for m in r.mentions if m.rule == "document:meeting-resolution"}
    for m in r.mentions:
        if r.type_of(m) != "Meeting":
            continue
        pos = m.end + (1 if text[m.end:m.end + 1] == "\n" else 0)
        if (d := docs.get(pos)) is not None:
            r.add(r.key(m), "approved", r.key(d), m.start, d.end, "relation:resolution-of", 0.85)
        if (d := own.get(m.start)) is not None and d.end > m.end:  # …第二次会议政治决议: the session's own
            r.add(r.key(m), "approved", r.key(d), m.start, d.end, "relation:resolution-of", 0.85)


#: A government post after its place: 江苏省省长 许昆林, 杭州市代市长 姚高员, 广西壮族自治区主席 韦韬.
_PLACED_POST = re.compile(r"(?:人民政府)?(?P<post>代?(?P<level>省|市|州)长|代?主席)[ \u3000]*$")


def _placed_posts(r: RelationReader) -> None:
    """A person whose government post follows a place (江苏省省长 许昆林) holds it in that place's government."""
    from kg.extract.organizations import qualify_body

    text, done = r.ctx.text, set()
    places = {m.end: m for m in r.mentions if r.type_of(m) == "Place"}
    for p in r.mentions:
        if r.type_of(p) != "Person" or r.key(p) in done:
            continue
        m = _PLACED_POST.search(text, max(0, p.start - 12), p.start)
        place = places.get(m.start()) if m else None
        if place is None:
            continue
        level = m["level"] or "自治区"
        if level == "自治区" and not place.text.endswith("自治区"):
            continue  # 主席 heads a region's government only; elsewhere it chairs a congress or a committee
        name = place.text.removesuffix(level) if level != "自治区" else place.name
        _canonical, key = qualify_body(r.ctx, name, level, "人民政府")
        if key in r.types:
            done.add(r.key(p))
            s, e = r.ctx.sentence_bounds(p.start)
            r.add(r.key(p), "holdsPostIn", key, s, e, "relation:placed-post", 0.85)


def _own_report_issued(r: RelationReader, issuer: str | None) -> None:
    """A government work report's title names the report the speaking government issued (政府工作报告 of
    Jiangsu's report is 江苏省政府工作报告, issued by 江苏省人民政府)."""
    doc = r.ctx.doc
    if not issuer or not doc.meta.title or doc.meta.genre != "government work report":
        return
    t0 = r.ctx.text.find(doc.meta.title, doc.body_start)
    if t0 < 0:
        t0 = r.ctx.text.find(doc.meta.title)  # the title stands in the header, before the body
    if t0 < 0:
        return  # a title read out of several lines (or mended) cites no span of its own
    for d in r.in_span(t0, t0 + len(doc.meta.title), "Document"):
        r.add(issuer, "issued", r.key(d), t0, t0 + len(doc.meta.title), "relation:own-report", 0.85)
        break


def _entrusted_reports(r: RelationReader, main_meeting: str | None) -> None:
    """沈晓明受省委常委会委托作的工作报告: the person named before 受 delivered the body's report."""
    text = r.ctx.text
    persons = {m.end: m for m in r.mentions if r.type_of(m) == "Person"}
    for d in r.mentions:
        if d.rule == "document:entrusted-at":  # 某某受…委托，在开幕式上作常委会工作报告
            s, e = r.ctx.sentence_bounds(d.start)
            at = text.rfind("受", s, d.start)
            if (p := persons.get(at)) is not None:
                r.add(r.key(p), "delivered", r.key(d), s, e, "relation:entrusted-report", 0.85)
            if main_meeting is not None:
                r.add(r.key(d), "reportedAt", main_meeting, s, e, "relation:entrusted-report", 0.85)
            continue
        if d.rule != "document:entrusted":
            continue
        at = d.start - 1 if text[d.start - 1:d.start] == "受" else -1
        p = persons.get(at) or persons.get(at - 2 if text[at - 2:at] == "同志" else -1)
        if p is not None:
            s, e = r.ctx.sentence_bounds(d.start)
            r.add(r.key(p), "delivered", r.key(d), s, e, "relation:entrusted-report", 0.85)


#: 阮某发代表中共武汉市第十一届委员会向大会作了主题为《…》的工作报告, 俞某声代表政协第十二届全国委员会常务委员会，向大会
#: 报告过去五年的工作, 吴某凯代表市委常委会作了题为《…》的报告: who reports, for which body, to the meeting.
_ON_BEHALF = re.compile(r"代表(?P<body>[^，。；]{2,24}?)，?(?:向(?:大会|全会|会议))?(?:作(?:了)?(?:题为|主题为)?|报告)")


def _reports_on_behalf(r: RelationReader, main_meeting: str | None) -> None:
    """A person who reports to the meeting for a body addresses it; the report titled there is the body's."""
    text = r.ctx.text
    persons = {m.end: m for m in r.mentions if r.type_of(m) == "Person"}
    orgs = {(m.start, m.end): m for m in r.mentions if r.type_of(m) == "Organization"}
    documents: dict[int, Mention] = {}
    for d in r.mentions:  # the first document starting at each position, looked up per match (linear on long texts)
        if r.type_of(d) == "Document":
            documents.setdefault(d.start, d)
    for m in _ON_BEHALF.finditer(text, r.ctx.doc.body_start):
        body = orgs.get((m.start("body"), m.end("body")))
        s, e = r.ctx.sentence_bounds(m.start())
        at = m.start() - (2 if text[m.start() - 2:m.start()] == "同志" else 0)
        person = persons.get(at)
        if person is not None and main_meeting:
            r.add(r.key(person), "addresses", main_meeting, s, e, "relation:report-on-behalf", 0.85)
        title = next((d for at in range(m.end(), m.end() + 3) if (d := documents.get(at)) is not None
                      and d.end <= e), None)
        if body is not None and title is not None:
            r.add(r.key(body), "issued", r.key(title), s, e, "relation:report-on-behalf", 0.85)
            if person is not None:
                r.add(r.key(person), "delivered", r.key(title), s, e, "relation:report-on-behalf", 0.85)


def _posts_after_names(r: RelationReader) -> None:
    """A post written after a name (习近平总书记, titles_after.txt) is held in its body, when the text names that body
    (党中央): once a document, on the first sentence that says it."""
    text, done = r.ctx.text, set()
    bodies = r.ctx.lexicon.alias_map("titles_after")
    for m in r.mentions:
        if r.type_of(m) != "Person":
            continue
        for title, body in bodies.items():
            key = f"organization|{body[0]}"
            if (m.text.endswith(title) or text.startswith(title, m.end)) and key in r.types and (r.key(m), key) not in done:
                done.add((r.key(m), key))
                s, e = r.ctx.sentence_bounds(m.start)
                r.add(r.key(m), "holdsPostIn", key, s, e, "relation:post-after-name", 0.85)


def _opens_with(text: str, cs: int, verbs: tuple[str, ...]) -> bool:
    """A clause opens with a verb, perhaps after a count or an adverb of a few characters (三次参加, 亲自部署)."""
    head = text[cs:cs + 8]
    return any(head.find(v) in range(0, 4) for v in verbs)


_ISSUE_VERB = re.compile(r"(?:制定出台|研究制定|推动出台|出台|印发|制定|发布|推出|修订|颁布)(?:了|实施)?")


def _issued_by_speaker(r: RelationReader, issuer: str | None, s0: int, e0: int) -> None:
    """出台/印发/制定 X: the body right before the verb issued the document or set up the policy (省委出台…,
    中共中央、国务院印发…); with no body named in the clause, in a report, the speaking government did."""
    text = r.ctx.text
    for cm in _CLAUSE.finditer(text, s0, e0):
        cs, ce = cm.start(), cm.end()
        for vm in _ISSUE_VERB.finditer(text, cs, ce):
            if text.startswith("的", vm.end()) or re.search("(?:国家|中央|部委)$", text[cs:vm.start()]):
                break  # 国家出台的存量政策: a relative clause, or a body not named
            bodies = r.in_span(cs, vm.start(), "Organization")
            if bodies:
                if vm.start() - bodies[-1].end > 4:
                    break  # 省委…，…出台: too far to be the verb's subject
                subj = r.key(bodies[-1])
            elif issuer and not vm.group().startswith("推动") and not text.endswith("推动", cs, vm.start()):
                subj = issuer  # 推动出台/推动制定…条例: the government moved it; the congress enacts a law or a regulation
            else:
                break
            for o in _outermost(r.in_span(vm.end(), ce, "Policy", "Document")):
                pred = "issued" if r.type_of(o) == "Document" else "establishes"
                r.add(subj, pred, r.key(o), s0, e0, "relation:speaker-issues" if subj == issuer else
                      "relation:body-issues", 0.7)
            break


def _plan_period(m: Mention) -> bool:
    return m.rule == "formula:plan-period"


def _place_verbs(lexicon, kind: str = "place_verbs") -> tuple[str, ...]:
    return tuple(sorted(lexicon.get(kind), key=len, reverse=True))


def _outermost(ms: list[Mention]) -> list[Mention]:
    return [m for m in ms if not any(o is not m and o.start <= m.start and m.end <= o.end and
                                     (o.end - o.start) > (m.end - m.start) for o in ms)]
