"""Indicators: a number with its unit, the quantity it measures, its period and how to read it.

生产总值增长4.8% → measure 生产总值, value 4.8, unit %, qualifiers (change); 预计 makes it an estimate,
目标/预期/左右/以上 a target, 下降 a decrease, 占比/比重 a share, 累计/年均/五年 a total over a period.
The measure is the clause's words before the number (less verbs), or after it when none stand before
(全球最高10米液压支架), or the previous indicator's when the clause only adds a change (…、增长6%).
"""
from __future__ import annotations

import bisect
import hashlib
import re
from functools import lru_cache

from kg.extract.context import Context
from kg.lexicon import Lexicon
from kg.model import Evidence, Indicator

_CLAUSE_SEP = re.compile(r"[，。；：、！？\n]")
_VERBS = ("增长", "下降", "达到", "达", "突破", "超过", "超", "提高到", "提高至", "提高", "增加", "减少", "降低",
          "稳定在", "保持在", "控制在", "迈上", "跃升至", "扩容至", "提升至", "提升", "升至", "降至", "实现",
          "完成", "新增", "累计", "年均增长", "年均", "占", "为", "约", "近", "逾", "分别", "以上", "左右")
_LEADING = ("全年", "预计", "全省", "全市", "其中", "同比", "比上年", "累计", "新增", "新建", "完成", "实现", "建成",
            "改造", "培育", "发放", "开展", "建立", "获批建设", "获批", "有", "共", "年均", "并", "和", "及",
            "主要指标", "一年来", "五年来", "过去五年", "今年", "去年")
_YEAR = re.compile(r"(20\d{2}|19\d{2})年")


@lru_cache(maxsize=8)
def _number_regex(lexicon: Lexicon) -> re.Pattern:
    units = sorted(lexicon.get("units"), key=len, reverse=True)
    alt = "|".join(map(re.escape, units))
    return re.compile(
        rf"(?P<pre>超|近|逾|突破)?(?:(?P<num>\d+(?:\.\d+)?)(?P<mag>万亿|亿|万|千)?|(?P<cn>[千百])(?=亿|万))"
        rf"(?P<more>多|余)?(?P<unit>{alt})?"
    )


def _qualifiers(clause: str, before: str, after: str, sentence: str) -> tuple[str, ...]:
    q = []
    if "预计" in sentence[: max(0, sentence.find(clause)) + len(clause)] or "预计" in before:
        q.append("estimate")
    if any(w in sentence for w in ("目标", "预期", "力争")) or after.startswith(("左右", "以上")):
        q.append("target")
    if re.search(r"(增长|增加|提高|提升)$", before) or "增长" in before[-4:]:
        q.append("change")
    if re.search(r"(下降|减少|降低|压降)", before[-4:]):
        q.append("decrease")
    if "占比" in clause or "比重" in clause or before.endswith("占"):
        q.append("share")
    if any(w in clause for w in ("累计", "年均", "五年")):
        q.append("total")
    if not q:
        q.append("actual")
    return tuple(dict.fromkeys(q))


def _measure(before: str, after: str) -> str:
    text = before
    changed = True
    while changed and text:
        changed = False
        for v in sorted(_VERBS, key=len, reverse=True):
            if text.endswith(v):
                text = text[: -len(v)]
                changed = True
        for w in _LEADING:
            if text.startswith(w):
                text = text[len(w):]
                changed = True
    text = text.strip("“”（）() ")
    if len(text) < 2:
        tail = re.match(r"(?:级|以上|左右)?([\u4e00-\u9fff“”A-Za-z0-9.]{2,14})", after)
        text = tail.group(1) if tail else text
    return text


def _period(ctx: Context, pos: int, sentence_start: int) -> str | None:
    text = ctx.text
    window = text[sentence_start:pos]
    if any(w in window for w in ("五年", "“十四五”", "十四五时期", "过去五年")):
        year = ctx.doc.meta.year
        if year:
            return f"{year - 5}-{year - 1}"
    years = _YEAR.findall(text[max(ctx.doc.body_start, pos - 600):pos])
    if years:
        return years[-1]
    if ctx.doc.meta.year:
        return str(ctx.doc.meta.year - 1) if ctx.doc.meta.genre == "government work report" else str(ctx.doc.meta.year)
    return None


def find_indicators(ctx: Context) -> list[Indicator]:
    text, out = ctx.text, []
    rx = _number_regex(ctx.lexicon)
    previous_measure = None
    for sent in ctx.doc.sentences:
        if sent.end <= ctx.doc.body_start:
            continue
        s_text = sent.text
        sep_matches = list(_CLAUSE_SEP.finditer(s_text))
        seps = [x.start() for x in sep_matches]  # clause starts by bisect: a long sentence stays linear
        seps_end = [x.end() for x in sep_matches]
        for m in rx.finditer(s_text):
            if not m["unit"] and not (m["mag"] and m["num"]):
                continue
            unit = (m["mag"] or "") + (m["unit"] or "") if m["num"] else (m["unit"] or "")
            if m["cn"]:
                if not m["unit"] or m["unit"][0] not in "亿万":
                    continue
                value = 1000.0 if m["cn"] == "千" else 100.0
            else:
                if len(m["num"].split(".")[0]) > 15:  # not a measurement: a serial number or garbage
                    continue
                value = float(m["num"])
            if m["pre"] and m["unit"] and m["unit"].startswith("万亿") and m["num"] is None:
                value = 1.0
            unit_text = m["unit"] or ""
            if m["num"]:
                unit = (m["mag"] or "") + unit_text
            if not unit:
                continue
            # a year (2025年), a date (12月30日), an ordinal (第3位) or a model number is not a measurement
            if unit == "年" and 1900 <= value <= 2100 and "." not in (m["num"] or ""):
                continue
            before_char = s_text[m.start() - 1:m.start()] if m.start() else ""
            if before_char in ("第", ".") or before_char.isascii() and before_char.isalpha():
                continue
            if s_text[m.end():m.end() + 1] in ("月", "日", "号", "届", "次", "周") and unit in ("年", "个"):
                continue
            if unit in ("年", "天") and s_text[m.start() - 2:m.start()] not in ("连续", "提前") \
                    and s_text[m.end():m.end() + 2] not in ("来", "以上") and unit == "年":
                continue
            k = bisect.bisect_right(seps, m.start())
            cs = seps_end[k - 1] if k else 0
            ce_m = _CLAUSE_SEP.search(s_text, m.end())
            ce = ce_m.start() if ce_m else len(s_text)
            clause = s_text[cs:ce]
            before = s_text[cs:m.start()]
            after = s_text[m.end():ce]
            measure = _measure(before, after)
            if len(measure) < 2 and previous_measure and before.strip() in ("", "增长", "下降", "增加", "提高"):
                measure = previous_measure
            if len(measure) < 2:
                continue
            previous_measure = measure
            start, end = sent.start + cs, sent.start + ce
            qual = _qualifiers(clause, before, after, s_text)
            value_text = s_text[m.start():m.end()]
            key = hashlib.sha1(f"{measure}|{value}|{unit}|{start + m.start() - cs}".encode()).hexdigest()[:12]
            out.append(Indicator(
                key=f"indicator|{key}", label=measure, value=value, unit=unit,
                period=_period(ctx, sent.start + m.start(), sent.start),
                qualifiers=qual,
                evidence=Evidence(start, end, text[start:end], "indicator:number-unit", 0.85),
                value_text=value_text,
            ))
    return out
