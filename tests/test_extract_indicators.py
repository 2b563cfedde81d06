"""Indicators: value, unit, measure, period and qualifiers from the genre's number phrases."""
from __future__ import annotations

import pytest

from kg.pipeline import build_graph
from kg.vocab import KG
from tests.extract_helpers import run


def indicators(text: str):
    return {(i.label, i.value, i.unit): i for i in run(text).indicators}


def one(text: str, value: float):
    """The one indicator of ``text`` carrying ``value``."""
    (ind,) = [i for i in run(text).indicators if abs(i.value - value) < 1e-9]
    return ind


@pytest.mark.parametrize("text, label, value, unit", [
    ("预计全年生产总值增长4.8%，经济总量迈上800亿元新台阶。", "生产总值", 4.8, "%"),
    ("预计全年生产总值增长4.8%，经济总量迈上800亿元新台阶。", "经济总量", 800, "亿元"),
    ("生产总值6.66万亿元，财政总收入7019亿元。", "生产总值", 6.66, "万亿元"),
    ("治理水土流失面积6779平方公里。", "治理水土流失面积", 6779, "平方公里"),
    ("算力总规模达到10.36百亿亿次/秒。", "算力总规模", 10.36, "百亿亿次/秒"),
    ("高等教育毛入学率提高8个百分点。", "高等教育毛入学率", 8, "个百分点"),
    ("争取国家政策性资金超千亿元。", "国家政策性资金", 1000, "亿元"),
    # full-width digits and signs
    ("城镇调查失业率５．５％左右。", "城镇调查失业率", 5.5, "%"),
    # a count before its noun takes the noun
    ("71.3万监测对象稳定消除返贫致贫风险。", "监测对象", 71.3, "万"),
    ("帮扶30多万监测对象稳定增收。", "监测对象", 30, "万"),
    ("新增8所本科院校。", "本科院校", 8, "所"),
    ("34款创新药械获批上市。", "创新药械", 34, "款"),
    ("89.4%的公园实现24小时开放。", "公园", 89.4, "%"),
    ("新建100个“15分钟高品质生活服务圈”。", "15分钟高品质生活服务圈", 100, "个"),
    ("新建2—3家省级制造业创新中心和25—30家省级及以上企业技术中心。", "省级及以上企业技术中心", 25, "家"),
    # units beyond money and percent
    ("人均预期寿命提高到80岁。", "人均预期寿命", 80, "岁"),
    ("细颗粒物年均浓度27微克/立方米。", "细颗粒物年均浓度", 27, "微克/立方米"),
    ("新建充电桩1.2万台，新增运力船舶12艘，新开通高速公路240公里，新增装机500万千瓦。", "运力船舶", 12, "艘"),
    ("新开通高速公路240公里。", "高速公路", 240, "公里"),
    ("小型加工业专业户发展到7013户。", "小型加工业专业户", 7013, "户"),  # grown to: a verb of change
    # numbers in words, fractions and ratios
    ("中小微企业政府采购占比近八成。", "中小微企业政府采购占比", 80, "%"),
    ("新增两院院士占全国近一半。", "两院院士", 50, "%"),
    ("普惠小微企业贷款余额超万亿元。", "普惠小微企业贷款余额", 1, "万亿元"),
    ("开展促消费活动近万场。", "促消费活动", 1, "万场"),
    ("培育专精特新企业百余家。", "专精特新企业", 100, "家"),
    ("研发投入翻一番。", "研发投入", 100, "%"),
    ("城镇新增就业超700万人、约占全国1/10。", "城镇新增就业", 10, "%"),
    ("船舶海工出口规模占全国1/3以上。", "船舶海工出口规模", 33.33, "%"),
    ("三次产业比重为4.0∶37.7∶58.3。", "三次产业比重", 4.0, "∶37.7∶58.3"),
])
def test_number_unit_and_measure(text, label, value, unit):
    found = indicators(text)
    assert any(abs(v - value) < 1e-9 and u == unit and label == lab for lab, v, u in found), found.keys()


@pytest.mark.parametrize("text, low, high", [
    ("今年主要预期目标是：地区生产总值增长5%—5.5%。", 5, 5.5),
    ("今年主要预期目标是：地区生产总值增长4.5-5%。", 4.5, 5),
    ("今年主要预期目标是：地区生产总值增长3%至5%。", 3, 5),
    ("做强做优1—2个主导产业，新建3～5个创新中心。", 3, 5),
])
def test_a_range_is_one_indicator_from_its_low_to_its_high_bound(text, low, high):
    found = [i for i in run(text).indicators if i.value == low]
    assert len(found) == 1 and found[0].max_value == high
    assert not [i for i in run(text).indicators if i.value == high], "the high bound is no indicator of its own"
    assert all(lab[-1] not in "—-～至" for lab, _, _ in indicators(text))


def test_a_range_keeps_its_measure_and_reaches_the_graph_as_max_value():
    g = build_graph("今年主要预期目标是：地区生产总值增长5%—5.5%。")
    (node,) = g.subjects(KG.maxValue, None)
    assert str(g.value(node, KG.measure)) == "地区生产总值"
    assert (float(g.value(node, KG.value).toPython()), float(g.value(node, KG.maxValue).toPython())) == (5.0, 5.5)


@pytest.mark.parametrize("text, value, qualifier", [
    ("城镇调查失业率5.5%左右。", 5.5, "approximately"),
    ("约占全国1/10。城镇新增就业超700万人、约占全国1/10。", 10, "approximately"),
    ("粮食产量稳定在1300亿斤以上。", 1300, "atLeast"),
    ("研发经费投入强度不低于2.5%。", 2.5, "atLeast"),
    ("国际旅客吞吐量超过1000万人次。", 1000, "atLeast"),
    ("居民消费价格涨幅控制在2%以内。", 2, "atMost"),
    ("单位生产总值能耗下降不超过3%。", 3, "atMost"),
    ("可再生能源装机占比超过55%。", 55, "share"),
    ("生产安全事故起数下降18%。", 18, "decrease"),
])
def test_qualifiers_of_degree(text, value, qualifier):
    assert qualifier in one(text, value).qualifiers


def test_an_estimate_is_never_also_a_target():
    gdp = one("今年主要预期目标是：预计全年生产总值增长4.8%。", 4.8)
    assert "estimate" in gdp.qualifiers and "target" not in gdp.qualifiers
    assert "change" in gdp.qualifiers


def test_change_inherits_the_measure_of_the_clause_before():
    found = indicators("全省县级“三保”支出3534.6亿元、增长6%。")
    assert any(v == 6 and u == "%" and "三保" in lab for lab, v, u in found)
    found = indicators("全市地区生产总值5.2万亿元、增长5.4%、高于全国0.4个百分点。")
    assert ("地区生产总值", 0.4, "个百分点") in found


def test_respectively_pairs_each_measure_with_its_number():
    found = indicators("规上工业增加值、规上服务业营收分别增长6.5%和7%。")
    assert ("规上工业增加值", 6.5, "%") in found and ("规上服务业营收", 7, "%") in found
    found = indicators("农村卫生户厕覆盖率、生活垃圾处理设施覆盖率分别提高20.9、54个百分点。")
    assert ("农村卫生户厕覆盖率", 20.9, "个百分点") in found and ("生活垃圾处理设施覆盖率", 54, "个百分点") in found


@pytest.mark.parametrize("text", [
    "实际使用外资连续8年全国第一。",
    "地区生产总值增长3.9%、总量连续37年居全国首位。",
    "城镇调查失业率5.5%左右，粮食产量稳定在1300亿斤以上。",
    "地区生产总值按可比价格计算增长5.4%。",
    "实施民生实事10件，打造10个先进制造业集群，惠及消费者750多万人次，筹措资金120亿元。",
])
def test_a_measure_is_never_a_function_word_or_a_verb(text):
    for label, _, _ in indicators(text):
        assert label not in ("连续", "以上", "左右", "总量连续", "地区生产总值按", "实施", "打造", "惠及", "筹措"), label
        assert len(label) >= 2


def test_streaks_count_their_years_and_span_them():
    text = "2026年某省政府工作报告\n一、2025年工作回顾\n过去一年，实际使用外资连续8年全国第一，文明健康评估连续两年全国第一。"
    found = {i.value: i for i in run(text).indicators if i.unit == "年"}
    assert found[8].label == "实际使用外资" and found[8].period == "2018-2025"
    assert found[2].period == "2024-2025"


def test_runs_of_rises_are_streaks_of_years():
    text = "2026年某省政府工作报告\n一、2025年工作回顾\n过去一年，油菜产量实现“12连增”，粮食生产二十一连丰，荣获品牌百强“五连冠”。"
    found = {i.value: i for i in run(text).indicators if i.unit == "年"}
    assert found[12].label == "油菜产量" and found[12].period == "2014-2025"
    assert found[21].label == "粮食生产" and found[21].period == "2005-2025"
    assert 5 not in found  # titles won in a row are not a yearly run


REPORT = """2026年某省政府工作报告
一、2025年工作和“十四五”发展回顾
过去一年，全省地区生产总值增长5.4%，社会消费品零售总额增长4.1%。全年主要目标任务圆满完成：进出口总额增长6.1%。
这五年，地区生产总值年均增长5.7%，常住人口城镇化率达到66%，新建高标准农田1739万亩，农产品加工产值与农业总产值之比从1.68∶1提升至2.5∶1。
二、“十五五”时期主要目标
到2030年，地区生产总值达到8万亿元。“十五五”期间，新增城镇就业300万人。
三、2026年重点工作
今年经济社会发展主要预期目标是：地区生产总值增长5%—5.5%，城镇调查失业率5.5%左右。
"""


@pytest.mark.parametrize("value, period, target", [
    (5.4, "2025", False),          # the review of the year
    (6.1, "2025", False),          # 目标 in a review names goals met, not a target
    (5.7, "2021-2025", False),     # a plan's average growth spans it
    (66, "2025", False),           # a plan's level is its last year's
    (1739, "2021-2025", False),    # a plan's net additions span it
    (1.68, "2020", False),         # the start value of 从A提升至B
    (2.5, "2025", False),
    (8, "2030", True),             # 到2030年
    (300, "2026-2030", True),      # the next plan
    (5, "2026", True),             # the year's targets (a range: 5%—5.5%)
])
def test_period_from_the_section_and_the_sentence(value, period, target):
    found = [i for i in run(REPORT).indicators if abs(i.value - value) < 1e-9]
    assert found, value
    assert found[0].period == period
    assert ("target" in found[0].qualifiers) is target


def test_period_of_a_sentence_opened_by_its_year():
    (i,) = run("刚刚过去的2022年，预计全年生产总值增长4.8%。").indicators
    assert i.period == "2022"


def test_a_tasks_excerpt_without_header_is_of_its_files_year():
    from kg.document import make_document
    from kg.extract import extract

    doc = make_document("加力扩内需稳增长。新增城市更新项目300个，新建5G基站1万个。", source="x-gwr-2026-tasks.txt")
    assert {i.period for i in extract(doc).indicators} == {"2026"}


@pytest.mark.parametrize("text", [
    "2025年12月30日召开会议。", "到2035年建成现代化。", "居全国第4位。", "PM2.5浓度改善。",
    "人均地区生产总值进入全国前8位。", "实施稳经济30项举措", "出台“民营经济32条”。", "建设1+3重点功能区。",
    "支持5000万元以上项目。", "为65岁以上老年人免费体检。", "为0—6岁儿童开展健康管理。", "建设千亿级开发区。",
])
def test_dates_years_ordinals_names_and_thresholds_are_not_indicators(text):
    assert not run(text).indicators, [(i.label, i.value, i.unit) for i in run(text).indicators]


def test_evidence_is_the_clause_sliced_exactly():
    text = "一年来，预计全年生产总值增长4.8%，经济总量迈上800亿元新台阶，城镇调查失业率５．５％。"
    for i in run(text).indicators:
        assert text[i.evidence.start:i.evidence.end] == i.evidence.text
        assert i.value_text in i.evidence.text


def test_kg_eval_names_the_indicators_it_missed(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    text = tmp_path / "t.txt"
    text.write_text("今年主要预期目标是：地区生产总值增长5%—5.5%，城镇调查失业率5.5%左右。\n", encoding="utf-8")
    gold = tmp_path / "t.gold.tsv"
    gold.write_text("I\t地区生产总值\t5.5\t%\t2026\nI\t粮食产量\t1300\t亿斤\t2026\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(text), "-o", str(tmp_path / "out"), "--no-html"]).exit_code == 0
    result = runner.invoke(main, ["eval", str(tmp_path / "out" / "graph.ttl"), "--gold", str(gold)])
    assert "indicators missed: ['粮食产量 1300亿斤 (2026)']" in result.output
    assert "indicators R=0.500 (1/2)" in result.output  # the range's high bound is found through kg:maxValue
