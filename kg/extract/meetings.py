"""Meetings: numbered congresses and sessions, party plenums, party congresses, work conferences, events.

The genre writes one meeting many ways (市第十五届人民代表大会第二次会议 = 市十五届人大二次会议;
中国共产党广东省第十三届委员会第八次全体会议 = 广东省委十三届八次全会), so each numbered meeting gets a
key from its parts (body, term, session, kind) and all spellings of it meet on that key.
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.context import CJK, Context
from kg.extract.heads import verb_ends, word_tag
from kg.extract.matcher import Anchored, InRuns
from kg.extract.names import lexicon_type_of
from kg.model import Mention

N = "〇零一二三四五六七八九十百两"
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}


def cn_number(s: str) -> int | None:
    """Chinese numerals up to the hundreds: 十五 → 15, 二十 → 20, 一百零三 → 103.

    >>> cn_number("十五"), cn_number("二十"), cn_number("十"), cn_number("一百零三"), cn_number("13")
    (15, 20, 10, 103, 13)
    """
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for ch in s:
        if ch in _CN_DIGIT:
            cur = _CN_DIGIT[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += (cur or 1) * 100
            cur = 0
        else:
            return None
    return total + cur


def to_cn(n: int) -> str:
    """15 → 十五, 20 → 二十, 103 → 一百零三 (the form the genre prints)."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    rest = n % 100
    return digits[n // 100] + "百" + ("" if rest == 0 else ("零" + digits[rest] if rest < 10 else to_cn(rest)))


# Where a numbered meeting's body is not spelled out before it: 省委, 市委, 中共广东省委, 党的 …

# (?<![…]) before a run of numerals: a match never starts inside a run (it would start at the run's
# first numeral), so trying each position of a long run again, each time to its end, only costs time:
# 20,000 digits took 6 s here. The matches are the same.
_PLENUM = re.compile(
    rf"(?:第?(?<![{N}\d])(?P<term>[{N}\d]+)届)?(?:中央)?(?P<sessions>(?:第?(?<![{N}\d])[{N}\d]+次|历次)(?:、第?[{N}\d]+次)*)(?P<kind>全会|全体(?:[（(]扩大[）)])?会议|全委(?:[（(]扩大[）)])?会议|全委会)"
)
_PLENUM_FULL = re.compile(
    rf"(?:中国共产党|中共)(?P<place>[{CJK}*]{{1,8}}?(?:省|市|自治区|县|区))第(?P<term>[{N}]+)届委员会第(?P<session>[{N}]+)次全体(?:[（(]扩大[）)])?会议"
)
#: A term written before the body whose plenum it numbers (二十届中央纪委五次全会).
_TERM_BEFORE_BODY = re.compile(rf"(?<![{N}])第?(?P<term>[{N}]+)届$")
#: The party committee a plenum's short name opens with: 中共湖南省委 (十二届九次全会), spelled without a body mention.
_PARTY_BODY = re.compile(rf"(?:中国共产党|中共)(?P<place>[{CJK}]{{2,8}}?)(?P<level>省|市|自治区)委$")
_CENTRAL_PLENUM_FULL = re.compile(
    rf"(?:中国共产党|中共)第(?P<term>[{N}]+)届中央委员会第(?P<session>[{N}]+)次全体会议")
#: 党的二十届三中全会 / 二十届二中、三中全会: the central committee's plenums, numbered 一中…九中.
_CENTRAL_PLENUM = re.compile(
    rf"(?P<prefix>党的|中共)?(?<![{N}])(?P<term>[{N}]+)届(?P<sessions>[一二三四五六七八九十]+中(?:、?[一二三四五六七八九十]+中)*)全会")
#: 全国政协十四届三次会议, 省政协十二届四次会议, and a congress written the same way (市人大十届五次会议).
_CPPCC_SESSION = re.compile(rf"(?P<level>全国|省|市|县|区|自治区)(?P<kind>政协|人大)第?(?P<term>[{N}]+)届第?(?P<session>[{N}]+)次会议")
#: The national committee's session by its official name: 政协第十二届全国委员会第五次会议.
_CPPCC_NATIONAL_SESSION = re.compile(rf"(?:政协|中国人民政治协商会议)第(?P<term>[{N}]+)届全国委员会第(?P<session>[{N}]+)次会议")
#: The official name of a CPPCC session: 政协河南省第十三届委员会第四次会议, 中国人民政治协商会议…委员会第…次会议.
#: The term may stand before the place (中国人民政治协商会议第十三届广东省委员会第三次会议, a news release's spelling).
_CPPCC_SESSION_FULL = re.compile(rf"(?:政协|中国人民政治协商会议)(?:第(?P<term_first>[{N}]+)届)?(?P<place>[{CJK}*]{{2,8}}?)"
                                 rf"(?P<level>省|市|自治区|县|区|州)(?:第(?P<term>[{N}]+)届)?委员会第(?P<session>[{N}]+)次(?:全体)?会议")
_CONGRESS_SESSION = re.compile(
    rf"(?P<prefix>[{CJK}*]{{0,8}}?)(?P<level>全国|省|市|县|区|自治区|州)?第?(?<![{N}])(?P<term>[{N}]+)届"
    rf"(?P<kind>人民代表大会|人大|政协|全国人民代表大会|全国人大|全国政协)(?:常务委员会|常委会)?(?:委员会)?"
    rf"(?:\n?第?(?P<session>[{N}]+)次(?:全体)?会议)?(?P<part>闭幕会|开幕会|预备会议)?"
)  # a dateline wrapped after the congress's name (在杭州市余杭区第十六届人民代表大会 / 第三次会议上) is one session
_PARTY_CONGRESS = re.compile(r"(?P<prefix>(?:党的|中共|中国共产党)?)(?P<n>十[一二三四五六七八九]|二十[一二三四五]?|十)大(?![学力家量批多型众胆])")
_PARTY_CONGRESS_FULL = re.compile(rf"中国共产党第(?P<n>[{N}]+)次(?:全国)?代表大会")  # 全国 left out in speech (李鹏 2002)
_LOCAL_PARTY_CONGRESS = re.compile(
    rf"(?P<prefix>[{CJK}*]{{0,6}}?(?:省|市|县|区|自治区))第?(?P<n>[{N}]+)次(?:党代会|党代表大会)")
#: A local party congress by its official name: 中国共产党黑龙江省第十三次代表大会 (a plenum communiqué's spelling).
_LOCAL_PARTY_CONGRESS_FULL = re.compile(
    rf"(?:中国共产党|中共)(?P<place>[{CJK}*]{{1,8}}?)(?P<level>省|市|县|区|自治区)第(?P<n>[{N}]+)次代表大会")
#: Verbs by which a body convenes a meeting: the words between them and …工作会议 are no field of the body's.
_CONVENES = re.compile("召开|举办|举行|主持|组织")
_WORK_CONFERENCE = re.compile(rf"(?P<field>[{CJK}]{{0,6}}?)工作会议")
#: Scanned only near a term (十四届) or the literal each needs: a lazy lead tried at every position is slow.
_CENTRAL_PLENUM_SCAN = Anchored(_CENTRAL_PLENUM, rf"[{N}]+届", before=2)
_CONGRESS_SESSION_SCAN = Anchored(_CONGRESS_SESSION, rf"[{N}]+届", before=8 + 3 + 1)
_LOCAL_PARTY_CONGRESS_SCAN = Anchored(_LOCAL_PARTY_CONGRESS, rf"[{N}]+次党", before=6 + 3 + 1)
_WORK_CONFERENCE_SCAN = Anchored(_WORK_CONFERENCE, "工作会议", before=6)
#: A plenum is made of numerals, 第届中央次历、 and 全会/全体会议: tried only in such runs that hold 全.
_PLENUM_SCAN = InRuns(_PLENUM, rf"{N}\d第届中央次历、全体委会议（）()扩大", "全")  # 全委会: a local plenum
_EVENT = re.compile(
    rf"(?:举办|召开|承办|举行|出席|参加|主办|办好)(?:了|好|的)?(?P<name>(?:第[{N}\d]+届)?[{CJK}\d（）()—\-·“”]{{2,36}}?"
    rf"(?:高峰会|峰会|论坛|博览会|交易会|洽谈会|运动会|推进会|推介会|现场会|对接会|联席会|交流会|发布会|[洽博交贸]会|大会|年会|高官会|部长会议|国际会议|圆桌会议|机制会议))"
    rf"(?!议)"  # 市政府党组扩大会 | 议: a body's enlarged meeting, not a 大会
)
#: An edition of an event named with its year (2024全球数贸会, 2026全球工业互联网大会).
_DATED_EVENT = re.compile(rf"(?<!\d)(?P<name>20\d\d年?(?P<rest>[{CJK}]{{2,14}}?(?:博览会|交易会|洽谈会|论坛|峰会|大会|运动会|"
                          rf"[洽博交贸]会)))(?!议)")
#: A meeting named by its code alone (COP15会议, G20峰会, APEC会议, SCO峰会): capitals, perhaps a session number.
_CODED_MEETING = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{2,6}\d{0,3}|[A-Z]\d{1,3})(?:会议|峰会|领导人非正式会议)")
#: 向2025年中国国际服务贸易交易会致贺信: an event greeted by letter.
_EVENT_GREETED = re.compile(
    rf"向(?P<name>(?:\d{{4}}年|第[{N}\d]+届)?[{CJK}\d（）()—\-·“”]{{2,36}}?(?:高峰会|峰会|论坛|博览会|交易会|洽谈会|运动会|大会))"
    rf"(?=致)")
_EVENT_NAME = re.compile(
    rf"(?:第[{N}\d]+届)?[{CJK}\d（）()—\-·“”]{{2,36}}?(?:高峰会|峰会|论坛|博览会|交易会|洽谈会|运动会|推进会|推介会|现场会|对接会|联席会|交流会|发布会|[洽博交贸]会|大会|年会|"
    rf"高官会|部长会议|国际会议|圆桌会议|机制会议)(?!议)")
#: An anniversary's congress, whose body may be a 会议 and whose verb is its name's (庆祝中国人民政治协商会议成立75周年大会,
#: 纪念中国人民抗日战争暨世界反法西斯战争胜利80周年大会).
_ANNIVERSARY = re.compile(r"^(?:庆祝|纪念).{2,24}\d+周年(?:纪念|庆祝)?大会$")
#: An event's head, then 和 before the next event of a list (峰会和 | 2026年世界林木业大会).
_JOINED_EVENT = re.compile(r"^[^和]{0,12}(?:峰会|论坛|博览会|大会)和")
#: Right after a body: its party group's meeting, perhaps enlarged (党组扩大会议), or a standing committee's enlarged one.
_BODY_MEETING = re.compile(r"(?P<group>党组)?(?P<wider>（扩大）|\(扩大\)|扩大)?(?P<kind>务虚)?会(?(kind)议?|议)")
_LEVEL_EXECUTIVE = re.compile(rf"(?P<lv>省|市|县|区)(?:(?P<term>[{N}]+)届)?第(?P<n>[{N}\d]+)次政府常务会议")
_NUMBERED_STANDING = re.compile(rf"(?P<body>常委会)第(?P<n>[{N}\d]+)次(?:会议|全体会议)")
_BODY_MEETING_SCAN = Anchored(_BODY_MEETING, "会", before=2 + 4 + 2)  # its optional groups tried at every character
#: The whole jurisdiction's congress on a field (全省高质量发展大会, 全区教育大会), named by what carries it out or by
#: a speech's title (在全市领导干部大会上的讲话).
_JURISDICTIONS = ("全省", "全市", "全区", "全县", "全州", "全盟")
_JURISDICTION_CONGRESS = re.compile(rf"(?P<name>(?:\d{{4}}年)?(?:{'|'.join(_JURISDICTIONS)}|全国)[{CJK}]{{2,8}}?(?:大会|座谈会))"
                                    rf"(?=精神|部署|要求|上的?(?:重要)?(?:讲话|报告|致辞|发言|主持词|总结讲话)|、[^，。；]{{2,20}}?精神)")
#: A count of editions before an event's name (举办2届亚欧博览会) is a number, not part of the name.
_EDITIONS = re.compile(rf"(?<!第)[{N}\d]+届")


_PARTY_MEETING_CONVENED = re.compile(r"召开了?(?P<name>(?P<g>党委|党组)(?P<w>（扩大）|\(扩大\)|扩大)?会议)")


def _shared_conference_bodies(ctx: Context, org_ends: dict[int, Mention], last: Mention, head: str) -> list[Mention]:
    """The bodies listed before the one that holds a work conference share its head: 中央、省委经济工作会议 and
    中央和省委经济工作会议 name two meetings, each on its body's span (the ellipsis of ANNOTATION.md). A name the
    lexicon knows (中央经济工作会议) keeps the lexicon's node."""
    text, out = ctx.text, []
    known = ctx.lexicon.set("meeting")
    pos = last.start
    while text[pos - 1:pos] in ("、", "和", "及") and (prev := org_ends.get(pos - 1)) is not None:
        name = f"{prev.name}{head}"
        key = f"meeting|{name}" if name in known else f"meeting|{prev.key or prev.name}|{head}"
        out.append(Mention("Meeting", prev.text, prev.start, prev.end, "meeting:work-conference-shared-head",
                           canonical=name, key=key, confidence=0.8))
        pos = prev.start
    return out


#: A body's verb of convening, with the words news puts before it (又, 今天), just before its plenum's term.
_CONVENED_BY = re.compile(r"(?:又|再次|今天|昨天|日前|近日)?(?:召开|举行)了?$")
#: The annual sessions of a congress and a CPPCC by their common name, with their level (全国两会, 省“两会”, the levels
#: listed before one head: 全市、全国“两会”): speeches that carry out their spirit name them so.
_TWO_SESSIONS = re.compile(r"(?P<lvs>(?:(?:全国|全省|全市|全县|全区|省|市|县|区)、)*(?:全国|全省|全市|全县|全区|省|市|县|区))"
                           r"(?P<q>“)?两会(?(q)”)")


def find_two_sessions(ctx: Context) -> list[Mention]:
    out = []
    for m in _TWO_SESSIONS.finditer(ctx.text, ctx.doc.body_start):
        pos = m.start()
        for lv in m["lvs"].split("、"):
            level = lv.removeprefix("全") if lv != "全国" else lv
            key = "meeting|全国两会" if level == "全国" else f"meeting|{_qualify(ctx, '', level)}|两会"
            span_end = pos + len(lv) if pos + len(lv) < m.end("lvs") else m.end()
            out.append(Mention("Meeting", ctx.text[pos:span_end], pos, span_end, "meeting:two-sessions",
                               canonical=f"{level}两会", key=key, confidence=0.85))
            pos += len(lv) + 1
    return out


#: The Party's Central Committee by the names its plenums' bodies are read as: one key with 党的二十届三中全会.
_CENTRAL_COMMITTEE = frozenset({"党中央", "中共中央", "organization|党中央", "org|党中央"})


def meeting_key(body: str, term: int | None, session: str | int | None, kind: str) -> str:
    if body in _CENTRAL_COMMITTEE:
        body = "党"  # 第二十届中央委员会第三次全体会议 is 党的二十届三中全会
    return f"meeting|{body}|{term or ''}|{session or ''}|{kind}"


def _qualify(ctx: Context, place: str, level: str) -> str:
    """A relative level word (省, 市) stands for the document's own province or city."""
    if not place and level and ctx.place and level == ctx.place_level:
        return ctx.place + level
    return place + level


def find_meetings(ctx: Context, orgs: list[Mention]) -> list[Mention]:
    text, out = ctx.text, find_two_sessions(ctx)
    start = ctx.doc.body_start

    for m in _PARTY_CONGRESS_FULL.finditer(text, start):
        n = cn_number(m["n"])
        out.append(Mention("Meeting", m.group(), m.start(), m.end(), "meeting:party-congress",
                           canonical=f"党的{to_cn(n)}大", key=meeting_key("党", n, "", "大"), confidence=0.95))
    for m in _PARTY_CONGRESS.finditer(text, start):
        if not m["prefix"]:
            if cn_number(m["n"]) < 16:  # 十大新兴产业: bare 十大 is a count; only recent congresses go bare
                continue
            after = text[m.end():m.end() + 2]
            before = text[max(0, m.start() - 1):m.start()]
            if not (after[:1] in "精报以、和召胜的上代决后前" or before in "、和"):
                continue
        n = cn_number(m["n"])
        out.append(Mention("Meeting", m.group(), m.start(), m.end(), "meeting:party-congress",
                           canonical=f"党的{to_cn(n)}大", key=meeting_key("党", n, "", "大"), confidence=0.9))

    for m in _CENTRAL_PLENUM_FULL.finditer(text, start):
        term, n = cn_number(m["term"]), cn_number(m["session"])
        out.append(Mention("Meeting", m.group(), m.start(), m.end(), "meeting:central-plenum",
                           canonical=f"党的{to_cn(term)}届{to_cn(n)}中全会",
                           key=meeting_key("党", term, n, "全会"), confidence=0.95))
    for m in _CENTRAL_PLENUM_SCAN.finditer(text, start):
        term = cn_number(m["term"])
        if not m["prefix"] and (term is None or term < 15):
            continue
        parts = re.findall("[一二三四五六七八九十]+中", m["sessions"])  # 二中、三中 and 二中三中 alike
        rule = "meeting:central-plenum" if len(parts) == 1 else "meeting:central-plenum-shared-head"
        for part in parts:
            n = cn_number(part.removesuffix("中"))
            out.append(Mention("Meeting", m.group(), m.start(), m.end(), rule,
                               canonical=f"党的{to_cn(term)}届{to_cn(n)}中全会",
                               key=meeting_key("党", term, n, "全会"), confidence=0.9))
    for m in _PLENUM_FULL.finditer(text, start):
        body = f"org|{m['place'].replace('*', '')}委"
        out.append(Mention("Meeting", m.group(), m.start(), m.end(), "meeting:plenum",
                           canonical=m.group(), confidence=0.95,
                           key=meeting_key(body, cn_number(m["term"]), cn_number(m["session"]), "全会")))

    central_ends = {o.end: o.start for o in out if o.rule == "meeting:central-plenum"}
    org_ends: dict[int, Mention] = {}
    for o in orgs:  # the longest body ending at each position
        if o.end not in org_ends or o.start < org_ends[o.end].start:
            org_ends[o.end] = o
    for m in _PLENUM_SCAN.finditer(text, start):
        s, named_by = m.start(), ""
        term = cn_number(m["term"]) if m["term"] else None
        org = org_ends.get(s)
        if org is not None:  # 省委十一届四次全会, 示范区党工委五次全会, 广东省委十三届八次全会
            s, body_name = org.start, (org.key or org.name)
            if term is None and (lead := _TERM_BEFORE_BODY.search(text, max(0, s - 6), s)) is not None:
                s, term = lead.start(), cn_number(lead["term"])  # 二十届中央纪委五次全会: the term stands first
            head = text[s:m.start("sessions")]
        elif (party := _PARTY_BODY.search(text, max(0, s - 14), s)) is not None:
            # 中共湖南省委十二届九次全会 (a news release's title): the committee named whole, no body mention
            s, body_name = party.start(), f"org|{party['place']}{party['level']}委"
            head = text[s:m.start("sessions")]
        elif term and (cv := _CONVENED_BY.search(text[max(0, s - 7):s])) is not None \
                and (org := org_ends.get(s - len(cv.group()))) is not None:
            # 市委召开十三届十三次全体会议, 苏州市委又召开了九届五次全体(扩大)会议: the body that convenes its plenum
            body_name, head, named_by = (org.key or org.name), text[s:m.start("sessions")], org.name
        elif text[s - 2:s] == "党的" or text[s - 4:s] == "中共中央":
            s = s - 2 if text[s - 2:s] == "党的" else s - 4
            body_name, head = "党", f"党的{m['term'] or ''}届" if term else "党的"
        elif term and term >= 15 and text[s - 1:s] in ("和", "、", "及") :
            body_name, head = "党", f"党的{to_cn(term)}届"  # 党的二十大和二十届历次全会: 党的 is shared
        else:
            continue
        surface = text[s:m.end()]
        if central_ends.get(m.end(), m.end()) <= s:
            continue  # 中国共产党第二十届中央委员会第三次全体会议: read whole as the central plenum
        sessions = re.findall(rf"第?([{N}\d]+)次|历次", m["sessions"])
        if len(sessions) <= 1:
            sess = m["sessions"].replace("第", "").removesuffix("次")
            sess_n = cn_number(sess) if sess != "历" else "历次"
            canonical = surface if not head.startswith("党的") or surface.startswith("党的") else head + m["sessions"] + "全会"
            canonical = named_by + canonical
            out.append(Mention("Meeting", surface, s, m.end(), "meeting:plenum", canonical=canonical,
                               key=meeting_key(body_name, term, sess_n, "全会"), confidence=0.9))
        else:  # 省委十一届十次、十一次全会: one head shared by two plenums
            for sess in sessions:
                n = cn_number(sess)
                out.append(Mention("Meeting", surface, s, m.end(), "meeting:plenum-shared-head",
                                   canonical=f"{text[s:m.start('sessions')]}{to_cn(n)}次全会",
                                   key=meeting_key(body_name, term, n, "全会"), confidence=0.85))

    for m in _CONGRESS_SESSION_SCAN.finditer(text, start):
        kind = "政协" if "政协" in m["kind"] else "人大"
        if re.search(r"常务委员会|常委会", m.group()):
            if not m["session"]:
                continue  # 我代表广东省第十一届人民代表大会常务委员会: the term's standing committee, a body
            kind += "常委会"  # 省十四届人大常委会第五次会议 is not the congress's fifth session
        level = m["level"] or ""
        prefix = m["prefix"] or ""
        if "全国" in m["kind"]:
            level = "全国"
        s = m.start("level") if level and m.start("level") >= 0 else m.start("term")
        # the place before the level word: a lexicon place or a masked one (*市)
        if prefix:
            ps = ctx.left_edge(m.start("level") if m["level"] else m.start("term"), max_len=6)
            cand = text[ps:(m.start("level") if m["level"] else m.start("term"))]
            if (date := re.match(r".*\d(?:日|号)?", cand)) is not None:
                ps, cand = ps + date.end(), cand[date.end():]  # 2024年1月6日 | 巢湖市第十届…: the date is the vote's
            if (verb := max(verb_ends(ctx, ps, ps + len(cand)), default=None)) is not None:
                ps, cand = verb, cand[verb - ps:]  # 成继民宣布 | 佳县第十九届…: the clause's subject and verb
            if cand and (cand.startswith("*") or ctx.is_edge(ps) and not _clause_word(ctx, ps, len(cand))
                         and (m["level"] or _a_place(ctx, cand))):  # 向大会报告 | 十届政协: no place, no session
                prefix, s = cand, ps
            else:  # 关于 | 湖北省第十四届…: the place ends the words before the level
                i = next((i for i in range(1, len(cand) - 1) if ctx.is_edge(ps + i)
                          and (known := lexicon_type_of(ctx.lexicon, cand[i:])) and known[0] == "Place"), None)
                prefix, s = (cand[i:], ps + i) if i is not None else ("", s)
        if not level and not prefix:
            continue
        place = prefix.replace("*", "")
        body = _qualify(ctx, place, level) if level != "全国" else "全国"
        term = cn_number(m["term"])
        session = cn_number(m["session"]) if m["session"] else None
        end = m.end("session") + len("次会议") if m["session"] else m.start("part") if m["part"] else m.end()
        if m["session"]:
            end = text.index("会议", m.start("session")) + 2
            body_name = "人民代表大会" if kind.startswith("人大") else "政协"
            if kind.endswith("常委会"):  # 省十四届人大常委会第三次会议 is the standing committee's session
                body_name += "常务委员会"
            if level == "全国":  # 十四届全国人大三次会议 → 第十四届全国人民代表大会第三次会议
                canonical = f"第{to_cn(term)}届全国{body_name}第{to_cn(session)}次会议"
            else:
                canonical = f"{prefix}{level}第{to_cn(term)}届{body_name}第{to_cn(session)}次会议"
        else:
            end = m.end("kind")
            canonical = text[s:end]
        full_end = m.end() if m["part"] else end
        out.append(Mention("Meeting", text[s:full_end], s, full_end, "meeting:congress-session",
                           canonical=canonical, key=meeting_key(body, term, session, kind), confidence=0.95))

    for m in _CPPCC_SESSION.finditer(text, start):  # 全国政协十四届三次会议, 省政协十二届四次会议
        level = m["level"]
        term, session = cn_number(m["term"]), cn_number(m["session"])
        body = "全国" if level == "全国" else _qualify(ctx, "", level)
        canonical = m.group()
        if m["kind"] == "人大":  # 市人大十届五次会议 → 市第十届人民代表大会第五次会议, as the other spellings
            canonical = (f"第{to_cn(term)}届全国人民代表大会第{to_cn(session)}次会议" if level == "全国"
                         else f"{level}第{to_cn(term)}届人民代表大会第{to_cn(session)}次会议")
        out.append(Mention("Meeting", m.group(), m.start(), m.end(), "meeting:congress-session",
                           canonical=canonical, key=meeting_key(body, term, session, m["kind"]), confidence=0.9))
    for m in _CPPCC_NATIONAL_SESSION.finditer(text, start):
        term, session = cn_number(m["term"]), cn_number(m["session"])
        out.append(Mention("Meeting", m.group(), m.start(), m.end(), "meeting:congress-session",
                           canonical=f"全国政协{to_cn(term)}届{to_cn(session)}次会议",
                           key=meeting_key("全国", term, session, "政协"), confidence=0.95))

    for m in _CPPCC_SESSION_FULL.finditer(text, start):
        place, level = m["place"].replace("*", ""), m["level"]
        if not (m["term"] or m["term_first"]) or (m["term"] and m["term_first"]):
            continue
        term, session = cn_number(m["term"] or m["term_first"]), cn_number(m["session"])
        out.append(Mention("Meeting", m.group(), m.start(), m.end(), "meeting:congress-session",
                           canonical=m.group().replace("中国人民政治协商会议", "政协"),
                           key=meeting_key(_qualify(ctx, place, level), term, session, "政协"), confidence=0.95))

    for m in _LOCAL_PARTY_CONGRESS_SCAN.finditer(text, start):
        ps = ctx.left_edge(m.end("prefix"), max_len=8)
        while ps < m.end("prefix") - 1 and text[ps:m.end("prefix")] != "自治区" \
                and _clause_word(ctx, ps, m.end("prefix") - 1 - ps):
            ps = min(ctx.token_end(ps), m.end("prefix") - 1)  # 关于 | 省十三次党代会: a preposition is no place
        prefix = text[ps:m.end("prefix")]
        level = prefix[-1] if prefix[-1] in "省市县区" else ""
        if level and len(prefix) > len(level) and not _a_place(ctx, prefix[:-len(level)]):
            ps = m.end("prefix") - (3 if prefix.endswith("自治区") else 1)  # 彭佳学通报 | 市第十四次党代会
            prefix = text[ps:m.end("prefix")]
        place = prefix[:-1].replace("*", "") if level else prefix
        n = cn_number(m["n"])
        out.append(Mention("Meeting", text[ps:m.end()], ps, m.end(), "meeting:party-congress",
                           canonical=text[ps:m.end()],
                           key=meeting_key(_qualify(ctx, place, level), None, n, "党代会"), confidence=0.9))

    for m in _LOCAL_PARTY_CONGRESS_FULL.finditer(text, start):
        place, level, n = m["place"].replace("*", ""), m["level"], cn_number(m["n"])
        out.append(Mention("Meeting", m.group(), m.start(), m.end(), "meeting:party-congress",
                           canonical=m.group(), key=meeting_key(_qualify(ctx, place, level), None, n, "党代会"),
                           confidence=0.95))

    # work conferences: a known body followed by …工作会议 (省委经济工作会议, 示范区党工委经济工作会议),
    # or the whole jurisdiction's (全省经济工作会议)
    for m in _WORK_CONFERENCE_SCAN.finditer(text, start):
        fs = m.start("field")
        # the body nearest the head whose field joins none (中央和 | 省委 | 经济工作会议: not 中央 | 和省委经济)
        cand = next((org_ends[k] for k in range(fs, m.end() - 3) if k in org_ends
                     and not any(ch in text[k:m.end() - 4] for ch in "的了和及在是")), None)
        if cand is not None and (len(text[cand.end:m.end() - 4]) > 6
                                 or _CONVENES.search(text, cand.end, m.end() - 4)):
            cand = None  # 省委召开 | 全省经济工作会议, 党中央首次召开 | 人大工作会议: the body convenes it, no field
        if cand is None:
            wm = re.search(r"(全国|全省|全市|全区|全县)([\u4e00-\u9fff]{2,6})$", text[max(0, m.end() - 12):m.end() - 4])
            if wm and not any(ch in wm.group(2) for ch in "的了和在是"):
                s0 = m.end() - 4 - len(wm.group())
                # 全省 is the document's own province: two provinces' 全省经济工作会议 are two meetings
                where = ctx.place or ctx.doc.sha256[:12]
                out.append(Mention("Meeting", text[s0:m.end()], s0, m.end(), "meeting:work-conference",
                                   key=f"meeting|{where}|{text[s0:m.end()]}", confidence=0.85))
            continue
        fieldname = text[cand.end:m.end() - 4]
        if len(fieldname) > 6 or any(ch in fieldname for ch in "的了和及在是") or fieldname.startswith(("相关", "有关", "各项")):
            continue  # a field of up to six characters (区委 | 党风廉政建设工作会议); 市委相关工作会议 names none
        out.append(Mention("Meeting", text[cand.start:m.end()], cand.start, m.end(), "meeting:work-conference",
                           canonical=f"{cand.name}{fieldname}工作会议",
                           key=f"meeting|{cand.key or cand.name}|{fieldname}工作会议", confidence=0.9))
        out.extend(_shared_conference_bodies(ctx, org_ends, cand, f"{fieldname}工作会议"))

    # 市政府党组扩大会议, 市政府党组会议, 省委常委会（扩大）会议: a body's party group's meeting or a standing committee's
    # enlarged one, one node per body and kind (提请省人大常委会会议审议 names no meeting held)
    for m in _BODY_MEETING_SCAN.finditer(text, start):
        body, ms, named_by = org_ends.get(m.start()), None, ""
        if body is None and m["group"] and (grp := org_ends.get(m.end("group"))) is not None \
                and grp.name.endswith("党组"):
            body = grp  # 市政府党组 | 扩大会议: the party group read as a body of its own
        if body is None and m["wider"] and (cv := _CONVENED_BY.search(text[max(0, m.start() - 7):m.start()])):
            body = org_ends.get(m.start() - len(cv.group()))  # 省政府党组召开扩大会议: the group convenes its meeting
            if body is not None and body.name.endswith("党组"):
                ms, named_by = m.start(), body.name
            else:
                body = None
        if body is not None and (m["group"] or m["kind"] or body.name.endswith("党组")
                                 or body.name.endswith("党委") and m["wider"]  # 浙能集团党委(扩大)会议
                                 or body.name.endswith("常委会") and (m["wider"] or _held(text, body.start, m.end()))) \
                and not any(o.start <= body.start and o.end >= m.end() for o in out):
            kind = ("" if body.name.endswith("党组") else m["group"] or "") + ("扩大" if m["wider"] else "") \
                + (m["kind"] or "") + "会议"
            s0 = body.start if ms is None else ms
            out.append(Mention("Meeting", text[s0:m.end()], s0, m.end(), "meeting:body",
                               canonical=f"{named_by}{kind}" if named_by else None,
                               key=f"meeting|{body.key or body.name}|{kind}", confidence=0.85))
    # 浙能集团召开党委(扩大)会议: the meeting of the convening body's party committee (group), one node with 浙能集团党委
    # (扩大)会议
    for m in _PARTY_MEETING_CONVENED.finditer(text, start):
        body = org_ends.get(m.start())
        if body is None or body.name.endswith(("党委", "党组", "委")):
            continue
        kind = ("扩大" if m["w"] else "") + "会议"
        out.append(Mention("Meeting", text[m.start("name"):m.end()], m.start("name"), m.end(), "meeting:body",
                           canonical=f"{body.name}{m['g']}{'（扩大）' if m['w'] else ''}会议",
                           key=f"meeting|{body.key or body.name}|{m['g']}|{kind}", confidence=0.8))
    # 市委常委会议 (会 shared by the committee's name and 会议): the standing committee's meeting, held or passing a text
    for body in org_ends.values():
        if body.name.endswith("常委会") and text[body.end:body.end + 1] == "议" and (
                _held(text, body.start, body.end + 1) or _PASSED_WITH.match(text, body.end + 1)):
            out.append(Mention("Meeting", text[body.start:body.end + 1], body.start, body.end + 1, "meeting:body",
                               key=f"meeting|{body.key or body.name}|会议", confidence=0.85))
    # 省人大常委会第十次会议, 十一届党委常委会第122次会议: a standing committee's numbered session, one node each
    covered: dict[int, int] = {}
    for o in out:
        covered[o.end] = min(o.start, covered.get(o.end, o.start))
    for m in _NUMBERED_STANDING.finditer(text, start):
        body = org_ends.get(m.end("body"))
        if body is not None and body.name.endswith("常委会"):
            s0, owner = body.start, body.key or body.name
        elif text[max(start, m.end("body") - 5):m.end("body")].endswith("党委常委会"):
            s0, owner = m.end("body") - 5, f"党委|{ctx.doc.sha256[:12]}"  # an institution's party committee
        else:
            continue
        term = None
        if (lead := _TERM_BEFORE_BODY.search(text, max(0, s0 - 6), s0)) is not None:
            s0, term = lead.start(), cn_number(lead["term"])
        if covered.get(m.end(), m.end()) <= s0:
            continue  # 区第十届人民代表大会常务委员会第四十一次会议: read whole as the congress's session
        out.append(Mention("Meeting", text[s0:m.end()], s0, m.end(), "meeting:standing-session",
                           key=meeting_key(owner, term, cn_number(m["n"]), "常委会会议"), confidence=0.85))
    # 县十六届第9次政府常务会议: a government's numbered standing meeting named by its level and term
    from kg.extract.organizations import qualify_body

    for m in _LEVEL_EXECUTIVE.finditer(text, start):
        _body, body_key = qualify_body(ctx, "", m["lv"], "人民政府")
        out.append(Mention("Meeting", m.group(), m.start(), m.end(), "meeting:executive",
                           key=meeting_key(body_key, cn_number(m["term"]) if m["term"] else None, cn_number(m["n"]),
                                           "常务会议"), confidence=0.85))
    # 省政府常务会议, 国务院常务会议, 省政府第58次常务会议, 省政府全体会议: a government's standing or plenary meeting,
    # one node per body and kind, a numbered one per session
    for m in re.finditer(rf"(第[{N}\d]+次)?(常务会议|全体会议)", text[start:]):
        he = start + m.end()
        body = org_ends.get(start + m.start())
        if body is not None and body.name.endswith(("政府", "国务院")) \
                and not any(c.start == body.start and c.end > he - 1 for c in out):
            out.append(Mention("Meeting", text[body.start:he], body.start, he, "meeting:executive",
                               key=f"meeting|{body.key or body.name}|{m.group(1) or ''}{m.group(2)}", confidence=0.85))

    for m in _EVENT.finditer(text, start):
        pos = m.start("name")
        while True:
            em = _EVENT_NAME.match(text, pos)
            if em is None:
                break
            name, ns = em.group(), em.start()
            if (joined := _JOINED_EVENT.match(name)) is not None:  # 东博会、峰会和 | 2026年世界林木业大会: the
                name, ns = name[joined.end():], ns + joined.end()  # second event after 和 is named on its own
            if (k := _EDITIONS.match(name)) and not text[ns - 1:ns] == "第":
                name, ns = name[k.end():], ns + k.end()
            if name.startswith(("用好", "办好", "开好")):
                name, ns = name[2:], ns + 2  # 办好用好 | 广交会: both verbs are the event's
            if len(name) >= 4 and not name.endswith(("人民代表大会", "代表大会", "新闻发布会")) \
                    and not name.startswith(_DEICTIC) and "等" not in name \
                    and ("会议" not in name[:-2] or _ANNIVERSARY.search(name)) \
                    and not re.match(rf"[{N}\d]+[场次个项]", name):
                out.append(Mention("Meeting", name, ns, em.end(), "meeting:event", confidence=0.7,
                                   canonical=name if _ANNIVERSARY.match(name) else None))  # 庆祝 is the name's
            if text[em.end():em.end() + 1] != "、":  # 举办A、B等: the verb is shared
                break
            pos = em.end() + 1

    # 落实…全省高质量发展大会精神: a jurisdiction's congress named by its spirit as by its convening (_EVENT reads that)
    for m in _JURISDICTION_CONGRESS.finditer(text, start):
        if not any(o.start == m.start("name") and o.end == m.end("name") for o in out):
            out.append(Mention("Meeting", m["name"], m.start("name"), m.end("name"), "meeting:event", confidence=0.75))
    # 全省 is the document's own province: two provinces' 全省高质量发展大会 are two meetings (as their work conferences)
    where = ctx.place or ctx.doc.sha256[:12]
    out = [replace(o, key=f"meeting|{where}|{o.name}") if o.rule == "meeting:event" and o.key is None
           and o.name.startswith(_JURISDICTIONS) else o for o in out]

    # 2024全球数贸会, 2025世界人工智能大会: a year before an event's name makes it one edition named, wherever it stands
    for m in _DATED_EVENT.finditer(text, start):
        s, e = m.span("name")
        if not any(o.start <= s and e <= o.end for o in out) and m["rest"] not in ("大会", "年会", "论坛", "峰会") \
                and ctx.is_edge(e):
            out.append(Mention("Meeting", text[s:e], s, e, "meeting:event", confidence=0.75))
    for m in _CODED_MEETING.finditer(text, start):  # COP15会议, G20峰会, APEC会议: a meeting known by its code
        out.append(Mention("Meeting", m.group(), m.start(), m.end(), "meeting:coded", confidence=0.8))

    for m in _EVENT_GREETED.finditer(text, start):
        name = m["name"]
        if len(name) >= 4 and not name.endswith(("人民代表大会", "代表大会")):
            out.append(Mention("Meeting", name, m.start("name"), m.end("name"), "meeting:event", confidence=0.75))

    out += _press_conferences(ctx, out) + _themed_press_conferences(ctx)
    out += _lead_meetings(ctx, out)
    return _merge_compounds(ctx, out)


#: A news item's meeting named whole in its headline or lead, right after the verb that convenes it (县委书记某某主持召开
#: 党政联席会议。, 市政协召开学习贯彻…主题教育工作会议) or right before the one that says it was held (全县…换届工作领导小组
#: 第二次会议召开, …工作会议暨…领导小组会议在…召开): a run of name characters ending in 会议 or a meeting's 会 (not a
#: committee's, an association's or a fair's).
_LEAD_NAME = rf"[{CJK}\d“”（）()—·]{{4,40}}?(?:会议|(?<![委协学商事合览])会)"
_LEAD_CONVENED = re.compile(rf"(?:主持)?(?:召开|举行)了?(?P<name>(?!第|的|一次|这次|此次|本次){_LEAD_NAME})(?=[，。,；：:\s]|并|$)")
_LEAD_HELD = re.compile(rf"(?P<name>{_LEAD_NAME})(?:在[^，。；\n]{{2,20}}?)?(?:隆重|胜利|顺利)?(?:召开|举行)(?=[，。,；\s]|$)")
#: What opens the name of a lead's meeting: the sentence, its date or its byline.
_LEAD_OPENING = re.compile(r"(?:^|[，,）)\s])(?:(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上?)?[，,]?)?$")


def _lead_meetings(ctx: Context, found: list[Mention]) -> list[Mention]:
    """The meeting a news item reports, named in its headline or its first three sentences; a name another rule read
    on the same span, or one that holds another meeting's name whole from its start, is left to it."""
    text, doc, out = ctx.text, ctx.doc, []
    sents = [s for s in doc.sentences if s.start >= doc.body_start][:3]
    spans = {(m.start, m.end) for m in found}
    ends = {m.end for m in found}
    for sent in sents:
        for rx in (_LEAD_CONVENED, _LEAD_HELD):
            for m in rx.finditer(text, sent.start, sent.end):
                s, e = m.span("name")
                if rx is _LEAD_HELD:
                    head = _LEAD_OPENING.search(text, max(sent.start, s - 14), s)
                    if head is None and s != sent.start:
                        continue
                if (s, e) in spans or e in ends or "会议" in text[s:e - 2] and "暨" not in text[s:e] \
                        or _WORK_CONFERENCE.fullmatch(text, s, e) \
                        or text[s:e].endswith(("人民代表大会", "代表大会", "新闻发布会")):  # as the event rule's
                    continue  # 市政府召开第89次常务会议: the body's numbered meeting, read with its body; 党中央召开 |
                    # 人大工作会议: a field's conference, which the work-conference rule names with its body or not
                out.append(Mention("Meeting", text[s:e], s, e, "meeting:lead", confidence=0.75))
                spans.add((s, e))
    return out


#: Meetings listed before the verb they share (市委常委会议、市政府常务会议审议通过).
_PASSED_WITH = re.compile(r"(?:[、和][^，。；、\n]{2,14}?会议)+审议通过")


def _held(text: str, start: int, end: int) -> bool:
    """A meeting the text says is held (主持召开市委常委会会议, 市委常委会会议召开) or whose spirit or requirements are
    carried out (落实市委常委会会议要求), not one a bill is put to (提请省人大常委会会议审议)."""

    return bool(_CONVENED_BY.search(text, max(0, start - 7), start)) \
        or text.startswith(("召开", "举行", "精神", "要求", "部署"), end) \
        or text.startswith(("审议通过", "研究通过"), end) and not text.endswith(("提请", "提交"), 0, start)
    # 已经市委常委会会议审议通过: a meeting that passed a text; 提请…审议通过 puts a bill to one


def _a_place(ctx: Context, name: str) -> bool:
    """A place the lexicon or the gazetteer knows (宁波, 常宁), or a masked one (*)."""

    return name.startswith("*") or (lexicon_type_of(ctx.lexicon, name) or ("",))[0] == "Place" \
        or name in ctx.lexicon.set("gazetteer") or name + "市" in ctx.lexicon.set("gazetteer")


def _clause_word(ctx: Context, s: int, n: int) -> bool:
    """The text before a level word opens with a pronoun, a verb, a preposition or an adverb: a clause's words,
    no place (我受 | 省七届人大常委会委托, 依法 | 省…), or a set phrase (圆满完成 | 省十一届人大二次会议确定的任务): the
    body is the document's own."""
    return word_tag(ctx.text[s:min(ctx.token_end(s), s + n)]) in ("r", "v", "p", "d", "c", "l", "i")


#: A session's numbered press conference after its name, perhaps past the verb that holds it (省十三届人大七次会议
#: 举行 | 第二场新闻发布会).
_PRESS_CONFERENCE = re.compile(rf"(?:举行|召开)?(?P<n>第[{N}\d]+场)(?:新闻)?发布会")


def _press_conferences(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """A congress's or CPPCC session's numbered press conference is a meeting of its own, named by the session."""
    text, out = ctx.text, []
    for a in mentions:
        if a.rule.startswith(("meeting:congress-session", "meeting:cppcc", "meeting:two-sessions")) \
                and (m := _PRESS_CONFERENCE.match(text, a.end)) is not None:
            rest = text[m.start("n"):m.end()]
            out.append(Mention("Meeting", text[a.start:m.end()], a.start, m.end(), "meeting:press-conference",
                               canonical=a.text + rest, key=f"{a.key or a.name}|{m['n']}发布会", confidence=0.85))
    return out


#: Words that point at an event without naming it (出席今天发布会, 本次大会): no part of a name.
_DEICTIC = ("今天", "昨天", "明天", "本次", "此次", "这次", "当天", "本场", "今年", "上述")
#: A press conference named by its theme: a page's title (海南省人均预期寿命突破80岁新闻发布会实录), or the words after
#: the verb that holds it or the theme it is given (以“…”为主题的庆祝新中国成立70周年绍兴专场新闻发布会).
_THEMED_PRESS = re.compile(rf"(?:^|(?<=\n)|(?<=举行|召开|举办)|(?<=为主题的))(?P<name>(?!第|{'|'.join(_DEICTIC)})"
                           rf"[{CJK}\d“”]{{4,36}}?(?:专场|专题)?新闻发布会)(?=实录|文字实录|图文实录|$|\n|[，。,；]|上|在|于)",
                           re.M)


def _themed_press_conferences(ctx: Context) -> list[Mention]:
    """A press conference on a theme is a meeting of that name; one held by a body alone (海南省新闻办公室新闻发布会)
    or counted (第二场) is named elsewhere or not at all."""
    out = []
    for m in _THEMED_PRESS.finditer(ctx.text):
        s, e = m.span("name")
        theme = m["name"].removesuffix("新闻发布会").removesuffix("专场").removesuffix("专题")
        if len(theme) < 4 or theme.endswith(("办公室", "新闻办", "政府", "部", "厅", "局", "委")):
            continue
        out.append(Mention("Meeting", m["name"], s, e, "meeting:press-conference", canonical=m["name"],
                           confidence=0.75))  # 庆祝… is the theme's, no verb to strip
    return out


def _merge_compounds(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """A暨B names one meeting held as two (示范区党工委五次全会暨市委十三届三次全会): join them, keep parts as aliases."""
    text = ctx.text
    by_start = {}
    for m in mentions:
        by_start.setdefault(m.start, []).append(m)
    out = list(mentions)
    for a in mentions:
        if text[a.end:a.end + 1] != "暨":
            continue
        for b in by_start.get(a.end + 1, []):
            key = f"{a.key or a.name}+{b.key or b.name}"
            canonical = f"{a.name}暨{b.name}"
            out.append(Mention("Meeting", text[a.start:b.end], a.start, b.end, "meeting:compound",
                               canonical=canonical, key=key, confidence=0.9))
            ctx.alias_keys[a.key or a.name] = key
            ctx.alias_keys[b.key or b.name] = key
    return out
