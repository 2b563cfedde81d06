"""People: a post title followed by a name (省委书记黄坤明, 省长 王凯), lists of names in disciplinary
decisions (关于张广宁、刘光明、马学斌严重违纪违法问题), and 某某同志.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.context import CJK, Context
from kg.lexicon import Lexicon
from kg.model import Mention

_FUNCTION_CHARS = set("与会的和及在对为是了有各全体位老")
#: What may follow a name: one of these characters, or one of the words below (同志, 代表 …).
_AFTER_CHARS = frozenset("作就在为、，。；：\n）) 的等说")
_AFTER_WORDS = ("代表", "主持", "出席", "同志", "讲话", "指出", "强调")


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


def _split_name(lexicon: Lexicon, text: str, pos: int) -> str | None:
    """The name at ``pos``: 3 chars if a boundary follows them, else 2."""
    for n in (3, 2, 4):
        cand = text[pos:pos + n]
        nxt = text[pos + n:pos + n + 2]
        if len(cand) == n and plausible_name(lexicon, cand) and (
                not nxt or nxt[0] in _AFTER_CHARS or nxt in _AFTER_WORDS):
            return cand
    return None


def find_persons(ctx: Context) -> list[Mention]:
    text, out = ctx.text, []
    for m in _title_regex(ctx.lexicon).finditer(text, max(0, ctx.doc.body_start)):
        name = _split_name(ctx.lexicon, text, m.start("name"))
        if name:
            s = m.start("name")
            out.append(Mention("Person", name, s, s + len(name), "person:title-name", confidence=0.85))
    for m in re.finditer(rf"(?:关于|给予|对)(?P<names>[{CJK}]{{2,4}}(?:、[{CJK}]{{2,4}})+)(?:同志)?"
                         rf"(?:严重违纪|违纪违法|开除|涉嫌|等)", text):
        pos = m.start("names")
        for part in m["names"].split("、"):
            if plausible_name(ctx.lexicon, part):
                out.append(Mention("Person", part, pos, pos + len(part), "person:name-list", confidence=0.8))
            pos += len(part) + 1
    for m in re.finditer(rf"([{CJK}]{{3}})同志", text):
        # 某某某同志: a full three-character name; shorter ones are too often words (与会同志, 老同志)
        name, s = m.group(1), m.start(1)
        if not ctx.is_edge(s) or any(ch in _FUNCTION_CHARS for ch in name):
            continue
        if plausible_name(ctx.lexicon, name):
            out.append(Mention("Person", name, s, s + len(name), "person:comrade", confidence=0.7))
    return out
