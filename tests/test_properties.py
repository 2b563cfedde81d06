"""Invariants that must hold for any text a user feeds in, checked with hypothesis.

Inputs: random Unicode, random mixtures of the genre's pieces (quotes “”, title marks 《》, the
enumeration comma 、, the name dot ·, the redaction star *, numbers with units such as 4.8% and
800亿元, section numbers, salutations, datelines) and very long lines. For each:

- the extractor never crashes;
- every mention, relation evidence and indicator evidence slices the input exactly;
- the Turtle of the graph parses back to an isomorphic graph;
- the same input gives the same Turtle bytes (also across processes with different hash seeds).
"""
from __future__ import annotations

import os
import re
import subprocess
import sys

from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic, to_isomorphic

from kg.graph import to_graph
from kg.pipeline import build_graph, extract_text

#: Pieces of the genre: punctuation, names, verbs, numbers with units, section and header lines.
GENRE_PIECES = (
    "“", "”", "《", "》", "、", "·", "*", "＊", "，", "。", "；", "：", "（", "）", "(", ")", "！", "？",
    "——", "…", " ", "\n", "\n\n", "\r\n", "\t", "一、", "（一）", "二、", "（二）", "各位代表：", "同志们：",
    "4.8%", "800亿元", "1.2万亿元", "5%左右", "增长", "下降", "达到", "比上年", "0.5个百分点", "3.14",
    "2026年", "1月26日", "万人", "公里", "亿美元", "%", "亿元", "万亩", "‰", "生产总值", "一般公共预算收入",
    "规模", "粮食产量", "全省", "同比", "预计", "目标",
    "会议", "全会", "大会", "党的二十大", "二十届四中全会", "中央经济工作会议", "省委", "省人民政府", "市委",
    "国务院", "河南", "河南省", "郑州市", "习近平", "黄坤明", "省委书记", "省长", "主持会议", "审议通过了",
    "政府工作报告", "《政府工作报告》", "贯彻", "落实", "精神", "高举", "旗帜", "为指导", "新时代",
    "中国特色社会主义",
    "实施", "锚定", "“两个确保”", "“十大战略”", "战略", "行动", "工程", "产业", "新能源汽车", "人工智能",
    "集成电路", "等", "和", "及", "的", "在", "召开", "举办", "设立的", "出台", "基金", "改革", "高质量发展",
    "2026年河南省政府工作报告", "——2026年1月26日在河南省第十四届人民代表大会第四次会议上", "来源：河南日报",
    "时间：2026-01-26", "下载", "打印", "【字号：", "*主任", "王*", "**",
)

genre_text = st.lists(st.sampled_from(GENRE_PIECES), max_size=60).map("".join)
unicode_text = st.text(max_size=200)
mixed_text = st.lists(st.one_of(st.sampled_from(GENRE_PIECES), st.text(max_size=4)), max_size=40).map("".join)
# One line of 2,000–8,000 characters: no line break, few sentence ends (scraped pages lose them).
long_line = st.lists(st.sampled_from([p for p in GENRE_PIECES if "\n" not in p]),
                     min_size=400, max_size=1200).map("".join)
any_text = st.one_of(unicode_text, genre_text, mixed_text)

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Long lines take a second each: few examples, and no shrinking (it would take minutes; a failure
# here is reproduced small by the fast tests or by hand).
SLOW = settings(max_examples=10, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def assert_spans_slice(text: str) -> None:
    ex = extract_text(text)
    assert ex.document.text == text
    for entity in ex.entities:
        for m in entity.mentions:
            assert 0 <= m.start <= m.end <= len(text), (entity.key, m)
            assert text[m.start:m.end] == m.text, (entity.key, m)
    for r in ex.relations:
        ev = r.evidence
        assert 0 <= ev.start <= ev.end <= len(text), r
        assert text[ev.start:ev.end] == ev.text, r
    for ind in ex.indicators:
        ev = ind.evidence
        assert 0 <= ev.start <= ev.end <= len(text), ind
        assert text[ev.start:ev.end] == ev.text, ind
    for s in ex.document.sentences:
        assert text[s.start:s.end] == s.text, s


#: Not rdflib.XSD: pytest probes module attributes, and a DefinedNamespace warns on unknown names.
DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")
_XSD_DECIMAL = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


def assert_literals_well_formed(g: Graph) -> None:
    bad = [o for o in g.objects() if isinstance(o, Literal) and o.datatype == DECIMAL
           and not _XSD_DECIMAL.fullmatch(str(o))]
    assert not bad, f"ill-formed xsd:decimal literals: {bad[:5]}"


def assert_turtle_round_trips(text: str) -> None:
    g = build_graph(text)
    assert_literals_well_formed(g)
    back = Graph().parse(data=g.serialize(format="turtle"), format="turtle")
    if not isomorphic(g, back):
        only_built = sorted(to_isomorphic(g) - to_isomorphic(back))[:5]
        only_parsed = sorted(to_isomorphic(back) - to_isomorphic(g))[:5]
        raise AssertionError(f"Turtle does not round-trip: lost {only_built}, gained {only_parsed}")


@FAST
@given(any_text)
@example("河南<产业")  # a place cut off before a sector's head name: the name's text follows its span
@example("推动重庆汽车产业发展。")
def test_spans_slice_the_input(text: str) -> None:
    assert_spans_slice(text)


@SLOW
@given(long_line)
def test_spans_slice_very_long_lines(text: str) -> None:
    assert_spans_slice(text)


@FAST
@given(any_text)
def test_turtle_parses_back_to_an_isomorphic_graph(text: str) -> None:
    assert_turtle_round_trips(text)


@SLOW
@given(long_line)
def test_turtle_round_trips_for_very_long_lines(text: str) -> None:
    assert_turtle_round_trips(text)


@settings(max_examples=60, deadline=None)
@given(any_text)
def test_same_input_gives_same_turtle(text: str) -> None:
    first = build_graph(text).serialize(format="turtle").encode("utf-8")
    second = build_graph(text).serialize(format="turtle").encode("utf-8")
    assert first == second


def test_integral_indicator_values_round_trip_through_turtle() -> None:
    g = build_graph("收入5亿元")  # the smallest input found: indicator value 5.0
    back = Graph().parse(data=g.serialize(format="turtle"), format="turtle")
    assert isomorphic(g, back)


def test_a_huge_number_gives_no_ill_formed_literal() -> None:
    """A 400-digit number once became float inf and the literal 'INF'^^xsd:decimal."""
    assert_literals_well_formed(build_graph("规模达到" + "9" * 400 + "亿元。"))


def test_extraction_graph_does_not_depend_on_source_name_order() -> None:
    """Two documents merged in either order give the same graph (API users may not sort them)."""
    a = extract_text("会议深入贯彻党的二十大精神，审议通过了《政府工作报告》。", source="a.txt")
    b = extract_text("省委书记黄坤明主持会议。全省生产总值增长4.8%。", source="b.txt")
    assert isomorphic(to_graph([(a, "a.txt"), (b, "b.txt")]), to_graph([(b, "b.txt"), (a, "a.txt")]))


# A text of the genre written for this test (not copied from the corpus): header, salutation,
# sections, meetings, bodies, persons, formulas, enumerations, indicators.
SAMPLE_REPORT = """2026年河南省政府工作报告
——2026年1月26日在河南省第十四届人民代表大会第四次会议上
省长 王凯
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。
一、2025年工作回顾
过去一年，全省上下坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届四中全会精神，
全面落实省委十一届九次全会部署，锚定“两个确保”，深入实施“十大战略”。全省生产总值增长5.2%，达到6.4万亿元；
一般公共预算收入增长3.1%，居民人均可支配收入增长5.5%左右。新能源汽车、集成电路、人工智能等产业加快发展。
（一）坚持创新驱动。省委书记刘宁主持会议，审议通过了《关于加快建设制造业强省的意见》。郑州市、洛阳市设立的产业基金规模达到800亿元。
二、2026年主要目标
全省生产总值增长5%左右，城镇新增就业110万人以上。
"""


def test_turtle_is_the_same_under_different_hash_seeds(tmp_path) -> None:
    """Set and dict orders change with PYTHONHASHSEED; the graph a user builds twice must not."""
    script = ("import sys; from kg.pipeline import build_graph; "
              "sys.stdout.buffer.write(build_graph(sys.stdin.read()).serialize(format='turtle').encode('utf-8'))")
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONIOENCODING": "utf-8"}
        done = subprocess.run([sys.executable, "-c", script], input=SAMPLE_REPORT.encode("utf-8"),
                              capture_output=True, env=env, timeout=120, check=True)
        outputs.append(done.stdout)
    assert outputs[0], "no Turtle written"
    assert outputs[0] == outputs[1]


def test_sample_report_holds_all_invariants() -> None:
    """The hand-written report exercises most rules at once; it must pass what random text passes."""
    ex = extract_text(SAMPLE_REPORT)
    assert ex.entities and ex.indicators, "the sample should give entities and indicators"
    assert_spans_slice(SAMPLE_REPORT)
    assert_turtle_round_trips(SAMPLE_REPORT)
