"""Text → Document: header metadata, web boilerplate, sections and sentences, all with offsets.

The genre has a recognisable shape: an optional block of scraped page chrome (下载/打印/字号 lines), a
title line, an optional dateline (——2026年1月26日在…会议上), 来源/时间 lines, a speaker line, a salutation
(各位代表：), then numbered parts (一、…; （一）…) or, in speeches, paragraphs opened by a repeated
theme formula ("踔厉奋发启新程、勇毅前行谱新篇，要旗帜鲜明讲政治。").
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter

from kg.model import Document, DocumentMeta, Section, Sentence

#: Lines of scraped web pages that are page controls, not text.
BOILERPLATE_LINES = frozenset(
    "下载 打印 全屏 收藏 分享 关闭 加大 还原 减小 】 【字号： 【字号: 字号 默认 大 中 小 返回顶部 扫一扫 "
    "关闭窗口 打印本页 【打印】 【关闭】".split()
)
_SENTENCE_END = re.compile(r"[。！？；!?;]+[”’」』）)]*|\n+")
_CN_NUM = "一二三四五六七八九十"
_SECTION_L1 = re.compile(rf"^[{_CN_NUM}]{{1,3}}、")
_SECTION_L2 = re.compile(rf"^[（(][{_CN_NUM}]{{1,3}}[）)]")
_CN_DATE = r"[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
#: ——2026年1月26日在…会议上, also without the dash, in brackets, or with the date in Chinese numerals.
_DATELINE = re.compile(rf"^[—－―-]{{0,2}}[（(]?\s*(?P<date>\d{{4}}年\d{{1,2}}月\d{{1,2}}日|{_CN_DATE})\s*在(?P<venue>.+?)上"
                       rf"(?:的(?:工作)?报告|的讲话)?\s*[）)]?$")  # …第四次会议上的报告: a report's subtitle, dated
_GLUED_DATELINE = re.compile(rf"^(?P<title>[^—－―]{{4,40}})[—－―]{{1,2}}\s*(?P<date>\d{{4}}年\d{{1,2}}月\d{{1,2}}日|{_CN_DATE})\s*"
                             rf"在(?P<venue>.+?)上(?:的(?:工作)?报告|的讲话)?$")
_THEMED_REPORT = re.compile(rf"^(?P<theme>[^—－―]{{4,80}})[—－―]{{1,2}}\s*(?P<title>在(?P<venue>[^，。]+?)上的(?:工作)?报告)"
                            rf"(?:[（(](?P<date>\d{{4}}年\d{{1,2}}月\d{{1,2}}日|{_CN_DATE})[）)])?$")
#: A dateline without the year, the year being the title's (——在3月2日政协常宁市第十一届委员会第五次会议上): the venue only.
_DATELINE_NO_YEAR = re.compile(r"^[—－―-]{0,2}[（(]?\s*在?\s*\d{1,2}月\d{1,2}日\s*在?(?P<venue>[^，。]+?)上\s*[）)]?$")
#: A speech's subtitle without a date (——在株洲市十六届人大一次会议闭幕式上的讲话), its date on a line of its own
_SUBTITLE = re.compile(r"^[—－―-]{1,2}\s*在(?P<venue>[^，。]+?)上的(?:讲话|报告|工作报告|致辞|发言|主持词)(?:[（(]摘要[）)])?$")
#: A page's label line (来源：…, 发布时间：…), perhaps after the site's name (湖南政府网 发布时间:2024-02-18), and the
#: title a reposting page keeps (原标题:…).
_META_LINE = re.compile(r"^(?:[^\s:：]{2,12}[ \u3000]+)?(?P<key>来源|时间|发布时间|发表时间|发布日期|更新时间|作者|日期|原标题)[:：]"
                        r"\s*(?P<value>.*)$")
_TIMESTAMP = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|\d{4}/\d{1,2}/\d{1,2}|\d{2}\.\d{2}\.\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
#: 省长 王凯 / 上海市市长 龚 正 (a two-character name spaced out) / 自治区主席 艾尔肯·吐尼亚孜
_SPEAKER = re.compile(r"^(?P<role>\S*?(?:省长|市长|主席|主任|书记|区长|县长|州长|院长|检察长))\s+(?P<name>[\u4e00-\u9fff·](?:\s?[\u4e00-\u9fff·]){1,11})$")
#: Scraped page chrome that is not a fixed word: breadcrumbs (当前位置：, 首页, >), labels without their
#: value (阅读量：), photo captions (…记者 某某 摄), font-size switches.
_CHROME = re.compile(r"^(?:(?:当前位置|您的位置|位置|阅读量|浏览次数|【字体|字体)[:：]?.*|首页|>|›|»|[^\s]{2,6}要闻|.*记者.{0,12}摄|.*摄影.{0,8})$")
#: An agency's photo caption, which opens some news pages (…图为…作常委会工作报告。 中新社发 张宇 摄): the lead's words.
_PHOTO_CAPTION = re.compile(r"(?:社发|记者)\s*[\u4e00-\u9fff]{2,3}\s*摄$")
#: A page's date line: with its weekday or time, its source after it, or the site's name before it
#: (2022年02月19日 星期六, 2008-01-21 17:47:05  来源:福建日报, 华西都市报 2019-01-12 04:01).
_DATE_LINE = re.compile(r"^(?:[^\s:：]{2,12}\s+)?(?P<date>\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)"
                        r"(?:\s*(?:星期[一二三四五六日天]|\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}时\d{1,2}分))*(?:\s+(?:来源[:：]\s*(?P<source>\S+)|(?:作者|编辑|责任编辑)[:：]).*)?$")
#: A body alone on a line under a title, perhaps typeset a character apart (四川省财政厅; 山 东 省 统 计 局; 国家统计局山东
#: 调查总队): who made the text, a report's or a bulletin's byline.
_BODY_LINE = re.compile(r"^[\u4e00-\u9fff]{3,24}(?:厅|局|委员会|办公室|人民政府|政府|总队|调查队|研究院|研究所|研究中心|中心|委|办)$")
_BRACKET_DATE = re.compile(rf"^[（(]\s*(?:\d{{4}}年\d{{1,2}}月\d{{1,2}}日|{_CN_DATE})\s*[）)]$")
_YEAR = re.compile(r"(19|20)\d{2}")
_SALUTATION = re.compile(r"^(各位代表|同志们|各位委员)")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, end excluding the newline."""
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def read_header(text: str) -> tuple[DocumentMeta, int]:
    """Read title, dateline, source, date and speaker from the top; return (meta, start of the text proper).

    >>> meta, _ = read_header("下载\\n2026年河南省政府工作报告\\n——2026年1月26日在河南省第十四届人民代表大会第四次会议上\\n各位代表：")
    >>> meta.title, meta.date, meta.venue
    ('2026年河南省政府工作报告', '2026-01-26', '河南省第十四届人民代表大会第四次会议')
    """
    fields: dict[str, str | int | None] = {}
    body_start = 0  # the first line that is not page chrome: titles and datelines are text too
    seen_text = False
    lines = _lines(text)[:30]
    skip_next = False
    pending: str | None = None
    for k, (start, end) in enumerate(lines):
        if skip_next:
            skip_next = False
            continue
        line = text[start:end].strip()
        if line.startswith(("——", "—", "－－", "―", "（", "(")) and not line.rstrip("）)").endswith("上") \
                and k + 1 < len(lines):
            # a dateline broken across two lines (——2026年1月26日在广东省第十四届 / 人民代表大会第五次会议上), in
            # brackets too ((2023年2月2日在杭州市余杭区第十六届人民代表大会 / 第三次会议上))
            nxt = text[lines[k + 1][0]:lines[k + 1][1]].strip()
            if nxt.rstrip("）)").endswith("上") and len(line) + len(nxt) < 60:
                line, skip_next = line + nxt, True
        neighbours = {text[a:b].strip() for a, b in lines[max(0, k - 1):k + 2:2]} if k else set()
        if not line or line in BOILERPLATE_LINES or _CHROME.match(line) or neighbours & {">", "›", "»"}:
            if not seen_text:
                body_start = end + 1
            continue
        if _SALUTATION.match(line):
            break
        if pending:  # the value of a label that stood alone on the line before (来源： / 日报客户端)
            fields.setdefault(pending, _iso_date(line) if pending == "date" else line)
            pending = None
            continue
        if m := _DATELINE.match(line):
            fields["date"] = _iso_date(m["date"])
            fields["venue"] = m["venue"]
        elif (m := _DATELINE_NO_YEAR.match(line)) and "title" in fields:
            fields.setdefault("venue", m["venue"])
        elif "title" in fields and _part_of_title(line, str(fields["title"])):
            pass  # a printed report sets its title again over lines (中国人民政治协商会议 / …常务委员会 / 工 作 报 告)
        elif (m := _SUBTITLE.match(line)) and "title" in fields:
            fields.setdefault("venue", m["venue"])
        elif m := _META_LINE.match(line):
            key = {"来源": "source", "作者": "speaker", "原标题": "title"}.get(m["key"], "date")
            value = m["value"].strip()
            if not value:
                pending = key
                continue
            fields.setdefault(key, _iso_date(value) if key == "date" else value)
        elif _TIMESTAMP.match(line) or _BRACKET_DATE.match(line):  # （2025年12月20日） under a speech's title
            if _BRACKET_DATE.match(line) or line[4:5] == "-":  # a page's 18.02.2020 12:01 is its own date, not the text's
                fields.setdefault("date", _iso_date(line.strip("（()） ")) if _BRACKET_DATE.match(line) else line[:10])
        elif m := _DATE_LINE.match(line):
            fields.setdefault("date", _iso_date(m["date"]))
            if m["source"]:
                fields.setdefault("source", m["source"])
        elif m := _SPEAKER.match(line):
            fields["speaker"], fields["speaker_role"] = "".join(m["name"].split()), m["role"]
        elif "title" in fields and _BODY_LINE.match(compact := re.sub(r"[ \u3000]", "", line)) \
                and not compact.startswith(("关于", "在")):
            fields.setdefault("issuer", compact)  # the first body of a byline; the others are read with it as text
        elif ("title" in fields or "venue" in fields) and "speaker" not in fields and _looks_like_name(line):
            fields["speaker"] = re.sub(r"[ \u3000]", "", line)  # a name alone on its line under the title (毛伟明)
        elif "title" not in fields and len(line) <= 90 and (glued := _GLUED_DATELINE.match(line)):
            if not seen_text:  # 甘肃省高级人民法院工作报告——2025年1月21日在…会议上: a title and its dateline on one line
                body_start = start
            fields["title"], fields["date"], fields["venue"] = glued["title"], _iso_date(glued["date"]), glued["venue"]
        elif "title" not in fields and len(line) <= 120 and (themed := _THEMED_REPORT.match(line)):
            if not seen_text:  # 解放思想…而不懈奋斗——在中国共产党某县第十三次代表大会上的报告(2021年3月29日): a congress
                body_start = start  # report's theme, its title and its date on one line
            fields["title"], fields["venue"] = themed["title"], themed["venue"]
            if themed["date"]:
                fields["date"] = _iso_date(themed["date"])
        elif "title" not in fields and len(line) <= 60 and not line.endswith(("。", "：", ":")) \
                and len(re.findall(r"[\u4e00-\u9fff]", line)) >= 4 and not _SECTION_L1.match(line) \
                and not _PHOTO_CAPTION.search(line):
            if not seen_text:  # not a bare number (2021), a section's heading (一、…) nor a photo's caption
                body_start = start
            fields["title"] = re.sub(r"\s+(?:发布时间|来源)[:：].*$", "", line)  # …纲要(附全文) 发布时间:2021-05-25
        else:
            break
        seen_text = True
    title = fields.get("title")
    year = None
    for candidate in (title, fields.get("date")):
        if candidate and (m := _YEAR.search(str(candidate))):
            year = int(m.group())
            break
    genre = _genre(str(title or ""))
    issuer, place = _issuer_and_place(str(title or ""), str(fields.get("venue") or ""))
    issuer = issuer or fields.get("issuer")
    if issuer is None and place and genre == "government work report":
        issuer = f"{place}人民政府"  # a report titled only 政府工作报告, delivered at 广东省…会议
    return DocumentMeta(title=title, date=fields.get("date"), speaker=fields.get("speaker"),
                        speaker_role=fields.get("speaker_role"), venue=fields.get("venue"),
                        source=fields.get("source"), genre=genre, year=year, issuer=issuer,
                        place=place), min(body_start, len(text))


_GOV_TITLE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|州|县))(?:人民)?政府工作报告")
_PARTY_TITLE = re.compile(r"(?P<party>中共|中国共产党)(?P<place>[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|州|县))(?:委员会|委)")
_VENUE_PLACE = re.compile(r"^(?:中国人民政治协商会议|政协|中共|中国共产党)?(?P<place>[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|州|县))(?:第|[一二三四五六七八九十]+届)")


def _issuer_and_place(title: str, venue: str) -> tuple[str | None, str | None]:
    """Who issued a text and where, when its title says so.

    >>> _issuer_and_place("2026年河南省政府工作报告", "")
    ('河南省人民政府', '河南省')
    >>> _issuer_and_place("中共广东省委十三届八次全会暨省委经济工作会议召开", "")
    ('中共广东省委', '广东省')
    """
    if (m := _GOV_TITLE.search(title)) and "关于" not in title[:m.end()]:  # not 关于…人民政府工作报告的决议: a resolution
        place = m["place"].removeprefix("年")
        place = re.sub(r"^\d{4}年", "", place)
        return f"{place}人民政府", place
    if m := _PARTY_TITLE.search(title):
        return f"中共{m['place']}委", m["place"]
    if m := _VENUE_PLACE.search(venue):
        return None, m["place"]
    return None, None


def _iso_date(value: str) -> str:
    """2026年1月26日, 2026-01-26 09:45, 二〇二六年一月二十七日 → 2026-01-26 (else the text as it is)."""
    if re.fullmatch(_CN_DATE, value):
        y, rest = value.split("年")
        mo, d = rest.rstrip("日").split("月")
        value = f"{''.join(str('〇一二三四五六七八九'.index(c.replace('零', '〇'))) for c in y)}年{_cn_small(mo)}月{_cn_small(d)}日"
    m = re.search(r"(\d{4})[年\-/.](\d{1,2})[月\-/.](\d{1,2})", value)
    return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}" if m else value


def _cn_small(s: str) -> int:
    """一 … 三十一 → 1 … 31."""
    digits = "〇一二三四五六七八九"
    if "十" not in s:
        return digits.index(s)
    tens, _, ones = s.partition("十")
    return (digits.index(tens) if tens else 1) * 10 + (digits.index(ones) if ones else 0)


def _part_of_title(line: str, title: str) -> bool:
    compact = re.sub(r"[ \u3000]", "", line)
    return len(compact) >= 2 and compact in re.sub(r"[ \u3000]", "", title)


def _looks_like_name(line: str) -> bool:
    """A Chinese name alone on a line: two to four characters, the first a common surname; typeset names are spaced
    out one character apart (栗 俊 昌, 段  鸣)."""
    from kg.lexicon import load_lexicon

    if re.fullmatch(r"[\u4e00-\u9fff](?:[ \u3000]{1,2}[\u4e00-\u9fff]){1,3}", line):
        line = re.sub(r"[ \u3000]", "", line)
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", line)) and line[0] in load_lexicon().set("surnames")


def _genre(title: str) -> str | None:
    if re.search(r"关于.+的(?:决议|决定)$", title):
        return "resolution"  # 关于巢湖市人民政府工作报告的决议: a congress's resolution on a report, not the report
    for word, genre in (("政府工作报告", "government work report"), ("讲话", "speech"),
                        ("公报", "communiqué"), ("全会", "meeting report"), ("会议", "meeting report")):
        if word in title:
            return genre
    return None


def split_sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Spans of sentences in ``text[start:]``: ended by 。！？； or a line break; blank ones dropped."""
    spans, pos = [], start
    for m in _SENTENCE_END.finditer(text, start):
        end = m.end() if m.group()[0] != "\n" else m.start()
        _add_span(text, pos, end, spans)
        pos = m.end()
    _add_span(text, pos, len(text), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def find_sections(text: str, body_start: int = 0) -> list[Section]:
    """Numbered parts (一、/（一）) and, in speeches, paragraphs opened by a repeated theme formula."""
    sections: list[Section] = []
    lines = [(s, e) for s, e in _lines(text) if s >= body_start and e > s]
    openers: Counter[str] = Counter()
    for s, e in lines:
        head = text[s:e].split("，", 1)[0]
        if 4 <= len(head) <= 30 and "，" in text[s:e]:
            openers[head] += 1
    themes = {h for h, n in openers.items() if n >= 3}
    for s, e in lines:
        line = text[s:e]
        if _SECTION_L1.match(line) or _SECTION_L2.match(line):
            level = 1 if _SECTION_L1.match(line) else 2
            title_end = s + _first_stop(line)
            sections.append(Section(len(sections), level, text[s:title_end], s, title_end))
        elif themes and line.split("，", 1)[0] in themes:
            title_end = s + _first_stop(line)
            sections.append(Section(len(sections), 1, text[s:title_end], s, title_end))
    return sections


def _first_stop(line: str) -> int:
    m = re.search(r"[。！？]", line)
    return m.start() if m else len(line)


def make_document(text: str, *, source: str = "text") -> Document:
    """Segment ``text`` (as read) into a Document."""
    meta, body_start = read_header(text)
    sections = find_sections(text, body_start)
    sentences: list[Sentence] = []
    sec_idx, starts = None, [s.start for s in sections]
    j = 0
    for i, (s, e) in enumerate(split_sentences(text, 0)):
        while j < len(starts) and starts[j] <= s:
            sec_idx = j
            j += 1
        sentences.append(Sentence(i, s, e, text[s:e], sec_idx))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(source=source, text=text, sha256=digest, meta=meta, sentences=tuple(sentences),
                    sections=tuple(sections), body_start=body_start)
