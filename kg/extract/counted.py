"""Lists closed by a count that equals their number of items: 城市生命线、全域水患治理、城乡安居三大工程;
推动国家技术转移中部中心、…、武汉农村综合产权交易所7大要素交易服务平台; 建设武汉、宜昌、“襄十”三大算力圈.

Written without 等, the list is closed by its count: when the count agrees with the items (three items before
三大), the items are the category's members whatever their length, and the category is the head noun phrase
after the count (ANNOTATION.md rule 8, category membership stated in one phrase). A count of 大 is part of the
category's name (三大工程); a count of 个/项/… is not (3个重庆实验室 → 重庆实验室), and a bare head after it
(3个综保区) names no category of its own.

Members that are places (武汉、宜昌、“襄十”三大算力圈) are where the category lies, not its kind: the pair is
read as locatedIn. A member no other rule names takes the type of its own head (…服务中心 → Organization), else
the type the category's head gives its members (产业 → Industry).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.context import CJK, Context
from kg.extract.heads import SCALE_CLASS, strip_opening_verbs
from kg.extract.matcher import TermMatcher
from kg.extract.meetings import cn_number
from kg.lexicon import Lexicon
from kg.model import Evidence, Mention

_COUNT = re.compile(r"(?P<n>[一二三四五六七八九十两]{1,3}|\d{1,2})(?P<unit>大|个|项|类|条|座|片|张)")
#: Items of a counted list: names, perhaps quoted or with a place in brackets; no figures, no clause marks.
_ITEM = re.compile(rf"[“”{CJK}A-Za-z（）()·—\-]{{2,25}}")
#: Heads a category's name may end with, and the type each gives the category and its unnamed members.
#: How far back a list's clause is looked for (no clause of the genre is longer).
_CLAUSE_REACH = 200

_HEAD_FILES = {"category_heads": None, "name_heads": None, "placed_heads": None, "zone_heads": "Place",
               "policy_heads": "Policy", "strategy_heads": "Strategy", "org_suffixes": "Organization"}
#: Counts that open a quoted formula (“两个维护”) or a figure (两个台阶), not a list's close.
_NOT_AFTER = frozenset("“第前后")


@lru_cache(maxsize=8)
def _heads(lexicon: Lexicon) -> TermMatcher:
    heads: dict[str, tuple[str, str]] = {}
    for kind, fixed in _HEAD_FILES.items():
        types = lexicon.alias_map(kind)
        for h in lexicon.get(kind):
            t = fixed or (types.get(h) or ("Industry",))[0]
            if len(h) >= 2:
                heads.setdefault(h, (t, kind))
    return TermMatcher(heads)


def _category_end(ctx: Context, s: int) -> tuple[int, str, str] | None:
    """The end of the head noun phrase starting at ``s`` (after the count), its type and the head file: the last
    known head that ends on a word edge before punctuation, 的, a clause verb (获评, 建设) or 24 characters."""
    from kg.extract.heads import _after_verb

    text = ctx.text
    stop = s
    while stop < min(len(text), s + 24) and text[stop] not in "，。；：、！？“”（）()\n的等":
        if stop > s and ctx.is_edge(stop) and (text[stop:ctx.token_end(stop)] in ctx.boundary_words
                                                or _after_verb(ctx, stop)):
            break
        stop += 1
    best = None
    for _hs, he, _h, (etype, kind) in _heads(ctx.lexicon).finditer(text, s, stop):
        if ctx.is_edge(he) and text[he:he + 1] not in ("与", "和", "及"):  # …改革 | 与高质量发展示范项目
            best = (he, etype, kind)
    return best


def _split_items(ctx: Context, start: int, end: int, count: int) -> list[tuple[int, int]] | None:
    """The items between a list's start and its count, when there are ``count`` of them (the last may hold two:
    A和B)."""
    text = ctx.text
    spans, pos = [], start
    for part in text[start:end].split("、"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 1
    if len(spans) + 1 == count:
        s, e = spans[-1]
        m = re.search("[和及与]", text[s:e])
        if m is None or m.start() < 2 or e - (s + m.end()) < 2:
            return None
        spans = spans[:-1] + [(s, s + m.start()), (s + m.end(), e)]
    if len(spans) != count:
        return None
    out = []
    for s, e in spans:
        if text[s:s + 1] == "“" and text[e - 1:e] == "”":
            s, e = s + 1, e - 1
        if not _ITEM.fullmatch(text, s, e) or "“" in text[s:e] or "”" in text[s:e]:
            return None
        out.append((s, e))
    return out


def find_counted_lists(ctx: Context) -> tuple[list[Mention], list[tuple[Mention, str, Mention, Evidence]]]:
    """Mentions of counted lists' members and categories, and (subject, predicate, object, evidence) pairs."""
    from kg.extract.heads import name_head_type
    from kg.extract.names import lexicon_type_of

    text, lex = ctx.text, ctx.lexicon
    out: list[Mention] = []
    pairs: list[tuple[Mention, str, Mention, Evidence]] = []
    for cm in _COUNT.finditer(text, ctx.doc.body_start):
        count = cn_number(cm["n"])
        if count is None or count < 2 or count > 12 or text[cm.start() - 1:cm.start()] in _NOT_AFTER \
                or text[cm.start() - 1:cm.start()].isdigit() or text[cm.start() - 1:cm.start()] == "、" \
                or (cm["n"].isdigit() and text[cm.start() - 1:cm.start()] in "一二三四五六七八九十"):
            continue
        lo = max(0, cm.start() - _CLAUSE_REACH)  # a clause is shorter: a bounded look back keeps long texts linear
        clause_s = max([lo - 1] + [text.rfind(ch, lo, cm.start()) for ch in "，。；：！？\n"]) + 1
        if "、" not in text[clause_s:cm.start()]:
            continue
        first_comma = text.find("、", clause_s, cm.start())
        lead_s = ctx.left_edge(first_comma, max_len=25, min_start=clause_s)
        lead_s = strip_opening_verbs(ctx, lead_s, first_comma, once=False)
        if text[lead_s:lead_s + 1] == "“" or text[lead_s - 1:lead_s] == "“":
            lead_s -= 1 if text[lead_s - 1:lead_s] == "“" else 0
        list_end = cm.start() - 1 if text[cm.start() - 1] == "等" else cm.start()  # …、农村资产权益等7大…
        items = _split_items(ctx, lead_s, list_end, count)
        if not items:
            continue
        cat = _category_end(ctx, cm.end())
        if cat is None:
            continue
        ce, head_type, head_kind = cat
        if head_kind == "category_heads" and text[ce - 2:ce] == "项目":
            continue  # 长春、白山2个城市…示范项目, …技术领先的2座…项目: a count of projects is read as their list
            # only after 等 (kg/extract/industries.py), not here
        member_type = head_type
        if head_kind == "category_heads":  # 产业 types its members; the category is of its members' kind
            member_type = (lex.alias_map("category_heads").get(text[ce - 2:ce]) or (head_type,))[0]
        cs = cm.start() if cm["unit"] == "大" else cm.end()
        if (scale := SCALE_CLASS.match(text, cs, ce)) is not None and ce - scale.end() >= 2:
            cs = scale.end()  # 6个千亿级 | 特色农业产业: the class of output aimed at is no part of the category's name
        cat_name = text[cs:ce]
        bare = text[cm.end():ce] in lex.set("category_heads") or cm["unit"] != "大" and ctx.is_generic_modifier(
            _modifier(ctx, cat_name))  # 三大领域, 3个综保区: a kind, not a named category
        known = [lexicon_type_of(lex, text[s:e]) for s, e in items]
        places = [k is not None and k[0] == "Place" for k in known]
        in_places = sum(places) * 2 > len(items) and all(p or e - s <= 4 for p, (s, e) in zip(places, items, strict=True))
        ev_s, ev_e = ctx.sentence_bounds(cm.start())
        ev = Evidence(ev_s, ev_e, text[ev_s:ev_e], "counted:list", 0.8)
        if bare or cat_name in lex.set("generic"):
            continue
        category = Mention(head_type, cat_name, cs, ce, "counted:category", confidence=0.75)
        out.append(category)
        for (s, e), k in zip(items, known, strict=True):
            name = text[s:e]
            if in_places:
                etype = "Place"
            else:  # a member's own head types it; the category's head only when it names its members' kind (产业)
                etype = (k[0] if k else None) or name_head_type(lex, name) or _own_head_type(lex, name) \
                    or (member_type if head_kind == "category_heads" else None)
            if etype is None or not in_places and (etype == "Industry") != (head_type == "Industry"):
                continue  # 技术、数据、水权…7大要素交易服务平台: what the platforms trade, not platforms; 储能…四大…
                # 清洁能源基地: an industry's category is an industry category (the graph's SHACL shape)
            member = Mention(etype, name, s, e, "counted:member", confidence=0.7)
            out.append(member)
            pairs.append((category, "locatedIn", member, ev) if in_places else (member, "inCategory", category, ev))
    return out, pairs


def _own_head_type(lexicon: Lexicon, name: str) -> str | None:
    """The type of the head an item ends with, from any head file (…交易服务中心 → Organization)."""
    best = None
    for _s, e, h, (etype, kind) in _heads(lexicon).finditer(name):
        if e == len(name) and kind not in ("category_heads", "placed_heads") and (best is None or len(h) > best[0]):
            best = (len(h), etype)
    if best is None and name.endswith(("中心", "平台", "交易所")) and len(name) >= 6:
        return "Organization"  # 中国水权交易所武汉交易服务中心: a named centre, its place inside
    return best[1] if best else None


def _modifier(ctx: Context, name: str) -> str:
    """What a category's name holds before its head (重庆 of 重庆实验室)."""
    for _s, e, h, _t in _heads(ctx.lexicon).finditer(name):
        if e == len(name):
            return name[: len(name) - len(h)]
    return name
