"""Indicators: value, unit, measure, period and qualifier from the genre's number phrases."""
from __future__ import annotations

import pytest

from tests.extract_helpers import run


def indicators(text: str):
    return {(i.label, i.value, i.unit): i for i in run(text).indicators}


@pytest.mark.parametrize("text, label, value, unit", [
    ("预计全年生产总值增长4.8%，经济总量迈上800亿元新台阶。", "生产总值", 4.8, "%"),
    ("预计全年生产总值增长4.8%，经济总量迈上800亿元新台阶。", "经济总量", 800, "亿元"),
    ("生产总值6.66万亿元，财政总收入7019亿元。", "生产总值", 6.66, "万亿元"),
    ("治理水土流失面积6779平方公里。", "治理水土流失面积", 6779, "平方公里"),
    ("算力总规模达到10.36百亿亿次/秒。", "算力总规模", 10.36, "百亿亿次/秒"),
    ("高等教育毛入学率提高8个百分点。", "高等教育毛入学率", 8, "个百分点"),
    ("争取国家政策性资金超千亿元。", "争取国家政策性资金", 1000, "亿元"),
    ("71.3万监测对象稳定消除返贫致贫风险。", "监测对象稳定消除返贫致贫风险", 71.3, "万"),
])
def test_number_unit_and_measure(text, label, value, unit):
    found = indicators(text)
    assert any(abs(v - value) < 1e-9 and u == unit and label in lab for lab, v, u in found), found.keys()


def test_change_inherits_the_measure_of_the_clause_before():
    found = indicators("全省县级“三保”支出3534.6亿元、增长6%。")
    assert any(v == 6 and u == "%" and "三保" in lab for lab, v, u in found)


def test_qualifiers():
    (gdp,) = [i for i in run("预计全年生产总值增长4.8%。").indicators]
    assert "estimate" in gdp.qualifiers and "change" in gdp.qualifiers
    (share,) = [i for i in run("可再生能源装机占比超过55%。").indicators]
    assert "share" in share.qualifiers
    (down,) = [i for i in run("生产安全事故起数下降18%。").indicators]
    assert "decrease" in down.qualifiers


def test_period_from_the_nearest_year():
    (i,) = run("刚刚过去的2022年，预计全年生产总值增长4.8%。").indicators
    assert i.period == "2022"


@pytest.mark.parametrize("text", ["2025年12月30日召开会议。", "到2035年建成现代化。", "居全国第4位。", "PM2.5浓度改善。"])
def test_dates_years_ordinals_and_model_numbers_are_not_indicators(text):
    assert not run(text).indicators


def test_evidence_is_the_clause_sliced_exactly():
    text = "一年来，预计全年生产总值增长4.8%，经济总量迈上800亿元新台阶。"
    for i in run(text).indicators:
        assert text[i.evidence.start:i.evidence.end] == i.evidence.text
        assert i.value_text in i.evidence.text
