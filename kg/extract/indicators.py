"""Indicators: one per stated quantity, with its unit, the quantity it measures, its period and how to read it.

生产总值增长4.8% → measure 生产总值, value 4.8, unit %, qualifiers (change); 预计 makes it an estimate,
a part of targets (今年, 十五五, 力争) a target, 左右/约/近 approximately, 以上/超/不低于 atLeast, 以内/不超过 atMost.
A range (增长5%—5.5%, 4.5-5%, 3%至5%) is one indicator from its low to its high bound.

The numbers of the genre: digits (full-width too), ratios (4.0∶37.7∶58.3), fractions (全国1/10, 三分之一),
tenths (超五成), halves (近一半), doublings (翻一番), magnitudes in words (超万亿元, 近万场, 百余家), lists
sharing a unit (分别提高15、22个百分点) and streaks (连续9年, 连续两年).

The measure is the words before the number, less verbs and function words; a count that stands before
its noun takes the noun (新增8所本科院校 → 本科院校); a clause that only adds a change or a comparison
(、增长6%, 高于全国0.4个百分点, 连续5年…) takes its sentence's last measure; 分别 pairs a list of measures
with a list of numbers (规上工业增加值、规上服务业营收分别增长6.5%和7%).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.context import Context, cut_words
from kg.extract.matcher import Gated
from kg.extract.periods import PLANS, Frame, Frames, period_frames
from kg.lexicon import Lexicon
from kg.model import Evidence, Indicator

# Full-width digits and signs read as ASCII, one character for one, so offsets stay those of the text.
_HALF_WIDTH = str.maketrans("０１２３４５６７８９％．／～－", "0123456789%./~-")
_CN_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_CN_MAGNITUDE = {"十": 10, "百": 100, "千": 1000}
_COMMA = re.compile(r"[，。；！？\n]")  # the evidence clause
_SEGMENT = re.compile(r"[，。；：、！？\n]")  # where a measure's words stop
_RANGE = re.compile(r"\s*(?:—+|－|-|~|～|至|到)\s*$")
_LIST = re.compile(r"^\s*(?:、|和|及|与)\s*$")
_YEAR_WORD = re.compile(r"(?<![\d比较从由与同自])((?:19|20)\d{2})年(?![\d月版度级]|远景|目标|规划|愿景)")
_HORIZON = re.compile(r"(?:到|至|截至|截止)((?:19|20)\d{2})年")
_SINCE_NEW_ERA = re.compile(r"新时代以来|党的十八大以来")
# A measure that only names an aspect of the one before it (地区生产总值增长3.9%、总量连续…): it is that one's.
_ASPECTS = ("总量", "规模", "增速", "增量", "总额", "占比", "比重", "总数", "数量")
_COUNT_CLASSIFIERS = frozenset(
    "个 家 所 项 座 条 支 款 部 批 名 位 次 届 场 台 艘 架 辆 套 处 件 户 种 轮 回 对 只 头 株 间 栋 篇 门 宗 例 组 片 期 "
    "万个 万家 万所 万户 万名 万人 万人次 人次 人 万套 万辆 万处 万件 万台 万场 万 亿".split())
# What before a number makes it no quantity: an ordinal or rank (第3, 前8位), a rate's base (每10万人),
# a decimal part or a model name (PM2.5, 5G-A), a formula (1+3).
_ADJ_LEFT = re.compile(r"(?:第|前|每|\.|[A-Za-z+＋])$")


# The qualifiers', the measures' and the periods' patterns, compiled once (asked of every number: 110,000 calls of
# re's module functions in the 29 reports, 0.9 µs each in its cache look-up).
_PLUS_AFTER = re.compile(r"\s*[+＋]")
_THRESHOLD_AFTER = re.compile(r"(?:以上|以下|及以上)(?![，。；、）)的]|$)")
_COMPARISON_ON = re.compile(r"(?:较|(?:比|与|同)(?=“?十[三四五]五|(?:19|20)\d{2}年|上年|去年|全国|全省|同期)).*$")
_FROM_YEAR_END = re.compile(r"(?:从|由)(?:(?:19|20)\d{2}年)?的?$")
_TO_YEAR_END = re.compile(r"(?:到|至)?(?:19|20)\d{2}年(?:底|末)?的?$")
_YEARS_END = re.compile(r"(?<!\d)\d{1,2}年(?:来|内)?$")
_WORD_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_FIGURE = re.compile(r"[\d.%]+.?")
_APPROXIMATELY_BEFORE = re.compile(r"(?:约|近|接近|将近)(?:占|为|达|达到|有)?(?:全国|全省|全市|全区)?$")
_AT_LEAST_BEFORE = re.compile(r"(?:超过|超|逾|突破|不低于|不少于|高于|多于)$")
_AT_MOST_BEFORE = re.compile(r"(?:不超过|不高于|低于|少于|控制在)$")
_CHANGE_TAIL = re.compile(r"(?:增长|增加(?!值)|提高|提升|翻)(?!到|至|为)[^到至为]{0,3}$")
_DECREASE_TAIL = re.compile(r"(?:下降|减少|降低|压降|缩小|压减)(?!到|至|为)[^到至为]{0,3}$")
_SHARE_WORDS = re.compile(r"占|比重|比例")
_TOTAL_WORDS = re.compile(r"累计|年均增|五年|总计|合计")
_YEARS_END_GROUP = re.compile(r"(?<![\d年])(\d{1,2})年$")
_PLAN_PERIOD = re.compile(r"“?(十[三四五六]五)”?(时期|期间|末)")
_FROM_YEAR_GROUP_END = re.compile(r"(?:从|由)(?:((?:19|20)\d{2})年)?的?$")


@lru_cache(maxsize=8)
def _number_regex(lexicon: Lexicon) -> Gated:
    units = sorted(lexicon.get("units"), key=len, reverse=True)
    alt = "|".join(map(re.escape, units))
    # a unit's first character, checked before its alternatives are tried one by one at every character
    unit_firsts = "".join(sorted({re.escape(u[0]) for u in units if u}))
    unit_start = f"(?=[{unit_firsts}])"
    # what a match opens with: a digit, 连, a quote, a numeral, 半 过 翻, a magnitude, 余 多, a unit's first character
    return Gated(re.compile(
        r"(?P<streak_pre>连续)(?P<streak>\d+|[两二三四五六七八九十]{1,2})(?P<streak_unit>年|次|届)"
        r"|“?(?P<run>\d{1,2}|[一两二三四五六七八九十]{1,3})连(?:增|丰|涨|升)(?![值长产])”?"  # 5连增, “二十二连丰”: N years
        r"|(?P<ratio>\d+(?:\.\d+)?(?:∶\d+(?:\.\d+)?){1,3})"
        r"|(?P<ratio_ascii>\d+\.\d+(?::\d+(?:\.\d+)?){1,2}|\d+(?:\.\d+)?:1(?![\d.]))"
        r"|(?P<frac_num>\d{1,2})/(?P<frac_den>\d{1,3})(?![\d/])"
        r"|(?P<cfrac_den>[二三四五六七八九十])分之(?P<cfrac_num>[一二三四五六七八九])"
        r"|(?P<cheng>[一二两三四五六七八九])成(?![为效立功熟型就本果员])"
        r"|(?P<half>一半|半数|过半)"
        r"|翻(?:了)?(?P<fan>一|两|二|三)?番"
        rf"|(?P<num>\d+(?:\.\d+)?)(?P<more1>多|余)?(?P<mag>万亿|亿|万|千)?(?P<more2>多|余)?(?P<unit>{alt})?"
        # every part of the last alternative is optional: the lookahead keeps it from matching nothing at
        # every character, which made _scan a Python loop over each sentence's characters
        rf"|(?=[十百千万亿余多]|{unit_start}(?:{alt}))(?P<cn>[十百千])?(?P<cnmag>万亿|亿|万)?(?P<more3>余|多)?(?P<cnunit>{alt})?"
    ), rf"\d连“一两二三四五六七八九十半过翻百千万亿余多{unit_firsts}")


@dataclass
class _Number:
    """A number as the text writes it, before it is an indicator."""

    start: int
    end: int  # after its unit and any 多/余
    value: float
    unit: str
    kind: str  # num, streak, ratio, fraction, words
    more: bool = False  # 多/余 after the number
    max_value: float | None = None


def _cn_int(s: str) -> int:
    """两 → 2, 十 → 10, 十二 → 12, 二十 → 20."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_DIGIT.get(tens, 1) if tens else 1) * 10 + (_CN_DIGIT.get(ones, 0) if ones else 0)
    return _CN_DIGIT.get(s, 0)


def _scan(s: str, rx: Gated) -> list[_Number]:
    """Every number of a sentence (normalised to half-width), with its unit where it has one."""
    out: list[_Number] = []
    for m in rx.finditer(s):
        if m.start() == m.end():
            continue
        g = m.groupdict()
        if g["streak"] or g["run"]:
            n = _cn_int(g["streak"] or g["run"])
            if n and (g["streak"] or n >= 2):
                unit = g["streak_unit"] or "年"
                out.append(_Number(m.start("streak") if g["streak"] else m.start(), m.end(), float(n), unit,
                                   "streak"))
        elif g["ratio"] or g["ratio_ascii"]:
            parts = (g["ratio"] or g["ratio_ascii"]).replace(":", "∶").split("∶")
            out.append(_Number(m.start(), m.end(), float(parts[0]), "∶" + "∶".join(parts[1:]), "ratio"))
        elif g["frac_den"]:
            den = int(g["frac_den"])
            if 1 < den <= 100 and 0 < int(g["frac_num"]) < den:
                out.append(_Number(m.start(), m.end(), round(100 * int(g["frac_num"]) / den, 2), "%", "fraction"))
        elif g["cfrac_den"]:
            den, num = _cn_int(g["cfrac_den"]), _cn_int(g["cfrac_num"])
            if 0 < num < den:
                out.append(_Number(m.start(), m.end(), round(100 * num / den, 2), "%", "fraction"))
        elif g["cheng"]:
            out.append(_Number(m.start(), m.end(), 10.0 * _cn_int(g["cheng"]), "%", "words"))
        elif g["half"]:
            out.append(_Number(m.start(), m.end(), 50.0, "%", "words"))
        elif m.group().startswith("翻"):
            times = _cn_int(g["fan"]) if g["fan"] else 1
            out.append(_Number(m.start(), m.end(), 100.0 * (2 ** times - 1), "%", "words"))
        elif g["num"]:
            if len(g["num"].split(".")[0]) > 12:  # a serial number, not a measurement
                continue
            out.append(_Number(m.start(), m.end(), float(g["num"]), (g["mag"] or "") + (g["unit"] or ""), "num",
                               more=bool(g["more1"] or g["more2"])))
        elif g["cnmag"] or (g["cn"] and (g["more3"] or g["cnunit"])):
            # magnitudes in words count only after a word of degree (超万亿元, 近万场, 突破万亿) or as 百余/十万
            value = float(_CN_MAGNITUDE.get(g["cn"], 1)) if g["cn"] else 1.0
            unit = (g["cnmag"] or "") + (g["cnunit"] or "")
            degree = re.search(r"(?:超|近|逾|突破|达|约|跨越|迈上|上|过|破|超过|达到)$", s[:m.start()])
            if unit and (degree or g["more3"] or (g["cn"] and g["cnmag"] and g["cnunit"])):
                if not (m.start() and s[m.start() - 1] in "一二两三四五六七八九十百千万亿"):
                    out.append(_Number(m.start(), m.end(), value, unit, "words", more=bool(g["more3"])))
    return out


def _join_lists_and_ranges(s: str, numbers: list[_Number]) -> list[_Number]:
    """A bare number takes the unit of the number it is listed or ranged with (15、22个百分点; 4.5-5%);
    a range becomes one number from its low to its high bound."""
    out: list[_Number] = []
    i = 0
    while i < len(numbers):
        n = numbers[i]
        nxt = numbers[i + 1] if i + 1 < len(numbers) else None
        between = s[n.end:nxt.start] if nxt else ""
        if nxt and n.kind == nxt.kind == "num" and n.unit in ("", nxt.unit) and nxt.unit and _RANGE.match(between) \
                and not (n.unit == "" and nxt.unit == "年" and n.value >= 1900):
            low, high = sorted((n.value, nxt.value))
            out.append(_Number(n.start, nxt.end, low, nxt.unit, "num", more=nxt.more,
                               max_value=high if high != low else None))
            i += 2
            continue
        if nxt and n.kind == "num" and not n.unit and _LIST.match(between):
            # walk the list to its unit (20.9、36.2、54个百分点)
            j = i + 1
            while j < len(numbers) and not numbers[j].unit and numbers[j].kind == "num" \
                    and _LIST.match(s[numbers[j].end:numbers[j + 1].start] if j + 1 < len(numbers) else "x"):
                j += 1
            if j < len(numbers) and numbers[j].kind == "num":
                n.unit = numbers[j].unit
        out.append(n)
        i += 1
    return out


def _is_quantity(s: str, n: _Number, lexicon: Lexicon) -> bool:
    """Dates, ordinals, ranks, model numbers, names with numbers and class thresholds are not quantities."""
    before, after = s[:n.start], s[n.end:]
    if not n.unit or _ADJ_LEFT.search(s, max(0, n.start - 2), n.start) or _PLUS_AFTER.match(after):
        return False  # 第3位, 前8位, PM2.5, 6G, 1+3, 8+4
    if after.startswith("级") and n.kind == "words" and not re.search(r"(?:达|达到|迈上|跨越|突破|超)$", before):
        return False  # 千亿级开发区, 千万千瓦级基地: a class (收入达万亿级 is an amount, 25兆瓦级轴承 a size)
    if n.kind == "streak" or n.kind != "num":
        return True
    if n.unit == "年" or n.unit.endswith("周"):
        # years are dates; N年 is a quantity only as a span (N年来, 提前N年, 3年翻一番)
        return n.value < 1900 and (bool(re.match(r"(?:来|以来)", after)) or before.endswith("提前"))
    if after[:1] in ("月", "日", "号", "版", "代", "周", "强", "型", "线", "期") and n.unit in ("个", "年", "次"):
        return False
    if n.unit == "岁" and (k := re.match(r"(?:以上|以下|及以上)?(?=[\u4e00-\u9fff])", after)):
        head = next(iter(cut_words(lexicon, after[k.end():k.end() + 6])), "")
        if head not in _stop_sets(lexicon)[2]:
            return False  # 65岁以上老年人, 0—6岁儿童: the bounds of a group (82.4岁提升至83岁 is a level)
    if _THRESHOLD_AFTER.match(after) and n.unit not in _COUNT_CLASSIFIERS \
            and n.unit != "%":
        return False  # 亿元以上项目, 20户以上自然村: the threshold of a class
    if after.startswith("方面"):
        return False  # 5个方面, 14个方面的工作: the parts of the report
    if n.unit in ("条", "项") and re.match(r"[”\"]|(?:措施|举措|政策|意见|规定)", after) \
            and not before.endswith(_stop_words(lexicon)[1]):
        return False  # “30条”, 稳经济30项举措: a name (出台69项支持政策 is a count)
    opened = max(before.rfind("“"), before.rfind("\""))
    if opened >= 0 and "”" not in before[opened:] and (close := after.find("”")) >= 0 \
            and len(before) - opened + close <= 10:
        return False  # inside a short quoted formula: “3个95%”, “30条”
    return True


def _segment_start(s: str, pos: int) -> int:
    lower = max(0, pos - _REACH)  # bounded: many numbers in one long sentence stay linear
    return max((m.end() for m in _SEGMENT.finditer(s, lower, pos)), default=lower)


@lru_cache(maxsize=8)
def _stop_words(lexicon: Lexicon) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    edges = tuple(sorted(lexicon.get("indicator_verbs"), key=len, reverse=True))
    actions = tuple(sorted(lexicon.get("indicator_actions"), key=len, reverse=True))
    return edges, actions, frozenset(edges) | frozenset(actions)


@lru_cache(maxsize=8)
def _stop_sets(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    """:func:`_stop_words` as sets (edges, actions, both with the leading words) and the longest word's
    length, for looking words up by their text instead of scanning the lists."""
    edges, actions, both = _stop_words(lexicon)
    return frozenset(edges), frozenset(actions), both | lexicon.set("leading_words"), max(map(len, both), default=0)


_LEADING_TIME = re.compile(r"^(?:(?:到|至|截至|在)?(?:19|20)\d{2}年(?:底|末)?|“?十[三四五六]五”?(?:时期|期间|末|以来)?|[“”\s])+")


def _clean_measure(words: str, lexicon: Lexicon) -> str:
    """The quantity in the words before a number: comparisons, verbs and function words taken off its edges."""
    edges, actions, _, longest = _stop_sets(lexicon)
    # a comparison ends the measure: PM2.5年均浓度较“十三五”末改善 → PM2.5年均浓度
    text = _COMPARISON_ON.sub("", words.strip())
    text = _FROM_YEAR_END.sub("", text)  # 人均预期寿命从2020年的|82.4岁
    text = _TO_YEAR_END.sub("", text)  # …提高到2025年的|801元
    text = _YEARS_END.sub("", text)  # 高新技术企业数3年|翻一番
    changed = True
    while changed and text:
        text, k = _LEADING_TIME.subn("", text)
        changed = bool(k)
        for w in _affixes(text, edges, longest, end=True) + _affixes(text, actions, longest, end=True):
            if text == w:
                return ""
            if len(text) > len(w) + (0 if w in edges else 2):
                text, changed = text[: -len(w)], True  # 重大项目开工 → 重大项目
                break
        word_edges = None
        for w in _affixes(text, edges, longest, end=False) + _affixes(text, actions, longest, end=False):
            if text == w:
                return ""
            if len(w) > 1 and w != "全国" and len(text) > len(w) + 1:  # 全国重点实验室 is a national class
                if word_edges is None:
                    word_edges = _word_edges(text, lexicon)
                if len(w) in word_edges:
                    text, changed = text[len(w):], True
                    break
        text = _balanced(text.strip("“”《》 ·"))
    return text


def _affixes(text: str, words: frozenset[str], longest: int, *, end: bool) -> list[str]:
    """The words that end (or start) ``text``, longest first: the stop words a measure may lose, found by
    looking its ends up instead of trying every word of the lists."""
    n = min(len(text), longest)
    if end:
        return [text[-k:] for k in range(n, 0, -1) if text[-k:] in words]
    return [text[:k] for k in range(n, 0, -1) if text[:k] in words]


def _balanced(text: str) -> str:
    """Brackets kept only in pairs: 中亚班列（澜湄快线） stays whole, a stray half goes."""
    text = text.lstrip("）)") if text[:1] in "）)" else text
    if text.count("（") + text.count("(") > text.count("）") + text.count(")"):
        text = re.split(r"[（(](?!.*[（(])", text)[0]
    elif text.count("）") + text.count(")") > text.count("（") + text.count("("):
        text = text.rstrip("）)")
    return text


def _word_edges(text: str, lexicon: Lexicon) -> set[int]:
    """Where jieba's words end in ``text`` (a leading verb is stripped only as a whole word: 建成|区 is not)."""
    edges, pos = set(), 0
    for word in cut_words(lexicon, text):
        pos += len(word)
        edges.add(pos)
    return edges


def _is_measure(text: str, lexicon: Lexicon) -> bool:
    if len(text) < 2 or not _WORD_CHAR.search(text):
        return False
    return text not in _stop_words(lexicon)[2] and not _FIGURE.fullmatch(text)


def _noun_after(s: str, pos: int, lexicon: Lexicon) -> str:
    """The noun right after a count (8所|本科院校获批…): up to the clause's end or its first verb."""
    tail = s[pos:]
    tail = re.sub(r"^(?:以上|左右|的)", "", tail)
    m = re.match(r"[“”\u4e00-\u9fffA-Za-z0-9·（）()]{2,24}", tail)
    if not m or not re.match(r"[“\u4e00-\u9fffA-Za-z]", tail):
        return ""
    words, kept = m.group(), 0
    verbs = _stop_sets(lexicon)[2]
    for word in cut_words(lexicon, words):
        if word in ("以上", "以下") and words[:kept].endswith(("级", "级及")):
            kept += len(word)  # 省级及以上企业技术中心 is one noun
            continue
        if word in verbs and (len(word) > 1 or word in "被获为是在将把让使由从"):  # 省级和美乡村, 多式联运
            break  # 本科院校|获批, 监测对象|稳定|消除…
        kept += len(word)
    words = words[:kept]
    words = re.sub(r"[（(][^）)]*$", "", words)  # 县（市、区）cut at 、 keeps no half bracket
    words = re.sub(r"(?<=[\u4e00-\u9fff])[和与及]?\d.*$|[和与及]$", "", words)  # 2—3家省级制造业创新中心|和25—30家…
    return words.strip("“”（）()")[:16]


#: How far back in its sentence a number's qualifiers and clause are read (a sentence of the genre is shorter).
_REACH = 300


def _qualifiers(s: str, n: _Number, frame: Frame | None, before: str) -> tuple[str, ...]:
    q: list[str] = []
    head = s[max(0, n.start - _REACH):n.start]  # bounded: many numbers in one long sentence stay linear
    after = s[n.end:n.end + 4]
    if "预计" in head:
        q.append("estimate")
    elif (frame is not None and frame.target) or (frame is None and re.search(r"目标|预期(?!寿命)|力争", head)) \
            or any(frame is None or int(h.group(1)) > frame.end for h in _HORIZON.finditer(head)):
        # in a review, 目标 names the goals the results met (全年主要目标任务圆满完成：…); 到2030年 looks ahead
        q.append("target")
    if _APPROXIMATELY_BEFORE.search(before) or after.startswith("左右"):
        q.append("approximately")
    if _AT_LEAST_BEFORE.search(before) or after.startswith("以上") or n.more:
        q.append("atLeast")
    if _AT_MOST_BEFORE.search(before) or after.startswith(("以内", "以下")):
        q.append("atMost")
    tail = before[-6:]
    if _CHANGE_TAIL.search(tail) or s[n.start:n.end].startswith("翻"):
        q.append("change")  # 增长6% is a change, 提高到80岁 a level
    if _DECREASE_TAIL.search(tail):
        q.append("decrease")
    if _SHARE_WORDS.search(before) or n.kind == "fraction":
        q.append("share")
    if _TOTAL_WORDS.search(before):
        q.append("total")
    if not any(x in q for x in ("estimate", "target")):
        q.append("actual")
    return tuple(dict.fromkeys(q))


_SPAN_WORDS = re.compile(r"累计|年均|新增|新建|建成|开工|新设|举办|承办|培育|引进|创建|实施|减税降费|五年|增长[\d.]+倍|翻")


def _over_the_plan(s: str, n: _Number, quals: tuple[str, ...], before: str, lexicon: Lexicon) -> bool:
    """In a review of a plan, totals, net additions and growth over the years span them; levels and running
    totals (累计) are its last year's, as are changes against a base year (比2020年下降…)."""
    lower = max(0, n.start - _REACH)
    clause = s[max((m.end() for m in _COMMA.finditer(s, lower, n.start)), default=lower):n.start]
    if re.search(r"(?:比|较)(?:“?十[三四]五”?末|(?:19|20)\d{2}年)", clause):
        return False
    if "change" in quals or "decrease" in quals or "年均" in before:
        return True
    if "累计" in clause or re.search(r"(?:达|达到|突破|超过|超|为|增至|提高到|提升至|升至|稳定在|保持在|占|居)$", before):
        return False
    actions = _stop_words(lexicon)[1]
    words = before.strip("“”")
    return n.unit in _COUNT_CLASSIFIERS or words.startswith(actions) or words.endswith(actions)


def _period(s: str, n: _Number, frame: Frame | None, quals: tuple[str, ...], before: str,
            lexicon: Lexicon) -> str | None:
    """The number's period: its sentence's own time words first, then its frame (a plan's levels are its last year)."""
    head = s[max(0, n.start - _REACH):n.start]  # bounded: many numbers in one long sentence stay linear
    end_year = frame.end if frame else None
    if n.kind == "streak" or (n.unit == "年" and re.match(r"来|以来|翻", s[n.end:])):
        if end_year and 1 <= n.value <= 80 and n.unit == "年":
            return f"{end_year - int(n.value) + 1}-{end_year}"
        return str(end_year) if end_year else None
    if (k := _YEARS_END_GROUP.search(head)) and s[n.start:n.end].startswith("翻") and end_year:
        return f"{end_year - int(k.group(1)) + 1}-{end_year}"  # 高新技术企业数3年翻一番
    if plan := _PLAN_PERIOD.search(head):
        if "比" not in head[plan.start() - 1:plan.start()] and "较" not in head[plan.start() - 1:plan.start()]:
            start, end = PLANS[plan.group(1)]
            return str(end) if plan.group(2) == "末" else f"{start}-{end}"
    if _SINCE_NEW_ERA.search(head) and end_year:
        return f"2012-{end_year}"
    if h := list(_HORIZON.finditer(head)):
        if "年均" in before and frame is not None and frame.is_span:
            return frame.period  # 到2030年…年均增长5%: the growth of every year of the plan
        return h[-1].group(1)
    own = [m for m in _YEAR_WORD.finditer(head) if not _HORIZON.match(head, max(0, m.start() - 2))]
    if own and not re.search(r"(?:到|至|截至|截止)$", head[: own[-1].start()]):
        return own[-1].group(1)
    start_value = _FROM_YEAR_GROUP_END.search(before) \
        and re.match(r"[^，；。]{0,16}?(?:到|至|为)", s[n.end:])
    if start_value and (given := re.search(r"((?:19|20)\d{2})年的?$", before)):
        return given.group(1)  # 从2020年的82.4岁提升至…
    if frame is None:
        return None
    if start_value:
        return str(frame.start - 1) if frame.is_span else str(frame.end - 1)  # the start value of 从A提高到B
    if frame.is_span and not frame.target:
        return frame.period if _over_the_plan(s, n, quals, before, lexicon) else str(frame.end)
    return frame.period


def find_indicators(ctx: Context) -> list[Indicator]:
    text, out = ctx.text, []
    lex = ctx.lexicon
    rx = _number_regex(lex)
    frames: Frames = period_frames(ctx.doc)
    for sent in ctx.doc.sentences:
        if sent.end <= ctx.doc.body_start:
            continue
        s = sent.text.translate(_HALF_WIDTH)
        numbers = _join_lists_and_ranges(s, _scan(s, rx))
        if not numbers:
            continue
        frame = frames.at(sent.start)
        last_measure, last_quals = "", ()
        respectively = _respectively(s, numbers, lex)
        prev_end = 0
        for idx, n in enumerate(numbers):
            if not _is_quantity(s, n, lex):
                continue
            seg = max(_segment_start(s, n.start), prev_end)
            before = s[seg:n.start]
            measure = _measure(s, n, before, last_measure, lex, between=seg == prev_end > 0)
            if idx in respectively:
                measure = respectively[idx]
            prev_end = n.end
            if not measure:
                continue
            if measure in _ASPECTS and last_measure:
                measure = last_measure + measure
            last_measure = measure
            lower = max(0, n.start - _REACH)
            cs = max((m.end() for m in _COMMA.finditer(s, lower, n.start)), default=lower)
            ce_m = _COMMA.search(s, n.end)
            ce = ce_m.start() if ce_m else len(s)
            start, end = sent.start + cs, sent.start + ce
            quals = _qualifiers(s, n, frame, s[seg:n.start])
            if _LIST.match(s[seg:n.start] or "、") and last_quals:  # 分别提高20.9、36.2: the list's verb
                quals = tuple(dict.fromkeys(quals[:1] + tuple(
                    q for q in last_quals if q in ("change", "decrease", "share")) + quals[1:]))
            last_quals = quals
            period = _period(s, n, frame, quals, s[seg:n.start], lex)
            value_text = sent.text[n.start - (2 if sent.text[n.start - 2:n.start] == "连续" else 0):n.end]
            key = hashlib.sha1(f"{measure}|{n.value}|{n.unit}|{sent.start + n.start}".encode()).hexdigest()[:12]
            out.append(Indicator(
                key=f"indicator|{key}", label=measure, value=n.value, unit=n.unit, period=period,
                qualifiers=quals,
                evidence=Evidence(start, end, text[start:end], "indicator:number-unit", 0.85),
                value_text=value_text, max_value=n.max_value,
            ))
    return out


def _measure(s: str, n: _Number, before: str, last_measure: str, lex: Lexicon, *, between: bool = False) -> str:
    """What a number measures: the noun after a count, the words before it, or its sentence's last measure."""
    after_noun = ""
    if n.unit in _COUNT_CLASSIFIERS or (n.kind == "num" and re.fullmatch(r"万|亿", n.unit)):
        after_noun = _noun_after(s, n.end, lex)
        if after_noun and _is_measure(after_noun, lex) and not re.match(r"[\u4e00-\u9fff]?(?:以上|左右)", after_noun):
            return after_noun
    if n.unit == "%" and (k := re.match(r"(?:以上|左右|以下)?的|以上(?=[\u4e00-\u9fff])", s[n.end:])):
        noun = _noun_after(s, n.end + k.end(), lex)
        if _is_measure(noun, lex):
            return noun
    if between and re.search(r"(?:为|到|至)$", before) and last_measure:
        return last_measure  # 由51家整合为33家, 从3826.5亿元增长到4398.6亿元: the second number is the first's
    cleaned = _clean_measure(before, lex)
    if _is_measure(cleaned, lex):
        return cleaned
    if last_measure:
        return last_measure  # 、增长6%, 建成过江通道4座、在建8座
    noun = after_noun or _noun_after(s, n.end, lex)
    if _is_measure(noun, lex):
        return noun
    # the last resort: what follows the number (3次|亲临云南考察, 连续4年|在国家综合测评中位列第一, 11个|县)
    phrase = re.match(r"[\u4e00-\u9fff“”]{1,12}", re.sub(r"^(?:以上|左右)?[在于对向从]?", "", s[n.end:]))
    phrase_text = phrase.group().strip("“”") if phrase else ""
    if len(noun) == 1 and n.unit in _COUNT_CLASSIFIERS and noun not in _stop_sets(lex)[2]:
        return noun
    return phrase_text if len(phrase_text) >= 2 and phrase_text not in _stop_words(lex)[2] else ""


def _respectively(s: str, numbers: list[_Number], lex: Lexicon) -> dict[int, str]:
    """分别: the i-th number after it measures the i-th name of the list before it (A、B分别增长6.5%和7%)."""
    out: dict[int, str] = {}
    subjects: list[str] = []
    for m in re.finditer("分别", s):
        clause_start = max((x.end() for x in _COMMA.finditer(s, 0, m.start())), default=0)
        head = s[clause_start:m.start()]
        head = re.sub(r"(?:比|较)(?:“?十[三四]五”?末|(?:19|20)\d{2}年|上年)$", "", head)
        ce = _COMMA.search(s, m.end())
        end = ce.start() if ce else len(s)
        idx = [i for i, n in enumerate(numbers) if m.end() <= n.start < end]
        if head.strip():
            items = [x for x in re.split("、", head) if x]
            if len(items) != len(idx):
                items = [x for x in re.split("、|和|及|与", head) if x]
            subjects = [_clean_measure(x, lex) or x for x in items]
        if subjects and len(subjects) == len(idx):
            for i, name in zip(idx, subjects, strict=True):
                if _is_measure(name, lex):
                    out[i] = name
    return out
