"""Lists closed by a count that equals their number of items (…三大工程, …4个国家先进制造业集群)."""
from __future__ import annotations

import pytest

from tests.extract_helpers import labels, relation_labels, run


def test_long_members_of_a_counted_category():
    ex = run("推动东湖知识产权交易服务中心、江城数据流通服务中心、楚天碳排放权交易中心3大要素交易服务平台提质增效。")
    rels = relation_labels(ex)
    for member in ("东湖知识产权交易服务中心", "江城数据流通服务中心", "楚天碳排放权交易中心"):
        assert (member, "inCategory", "3大要素交易服务平台") in rels
        assert member in labels(ex, "Organization")


def test_the_count_keeps_an_item_with_and_whole():
    rels = relation_labels(run("壮大人工智能、生物医药、航空航天与低空经济等3个千亿级新兴潜力产业。"))
    assert ("航空航天与低空经济", "inCategory", "新兴潜力产业") in rels  # 千亿级: a class of output, not its name


def test_places_of_a_counted_category_are_where_it_lies():
    rels = relation_labels(run("做强济南、青岛、淄博3大机器人产业基地，培育新动能。"))
    for place in ("济南", "青岛", "淄博"):
        assert ("3大机器人产业基地", "locatedIn", place) in rels


@pytest.mark.parametrize("sentence", [
    "经济总量连跨5万亿元、6万亿元两个台阶。",  # figures, not members
    "坚定拥护“两个确立”、坚决做到“两个维护”。",  # a quoted formula opens with its count
    "推进城乡低保、特困供养、残疾人两项补贴提标。",  # the count does not agree with the items
    "围绕农作物、特色家畜、林草三大领域推进育种。",  # a bare field word names no category
])
def test_no_counted_category(sentence):
    assert not [r for r in relation_labels(run(sentence)) if r[1] in ("inCategory", "locatedIn")
                and r[2].startswith(("两个", "两项", "三大领域"))]


def test_an_industry_joins_no_counted_category_of_another_type():
    rels = relation_labels(run("推进海上风电、沿海核电、储能三大千万千瓦级清洁能源基地建设。"))
    assert not [r for r in rels if r[1] == "inCategory" and r[2].endswith("基地")]
