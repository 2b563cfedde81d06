"""Designations a place is given (厦门入选国家城市更新行动名单): an entity of their own, the places taking part."""
from __future__ import annotations

import pytest

from tests.extract_helpers import labels, relation_labels, run


def test_places_take_part_in_the_designation_they_are_given():
    ex = run("襄阳、十堰入选全国首批碳达峰试点城市，绿色转型加快。")
    assert "碳达峰试点城市" in labels(ex, "Policy")  # the batch (全国首批) is not part of the name
    rels = relation_labels(ex)
    assert ("襄阳", "takesPartIn", "碳达峰试点城市") in rels and ("十堰", "takesPartIn", "碳达峰试点城市") in rels


def test_a_zone_on_a_designation_list():
    ex = run("荆门高新区入选首批国家级零碳园区建设名单。")
    assert ("荆门高新区", "takesPartIn", "国家级零碳园区建设") in relation_labels(ex)


@pytest.mark.parametrize(("sentence", "not_a_name"), [
    ("3个平台入选国家重点培育名单。", "国家重点培育名单"),  # a kind of list, not a title
    ("福州获评2025年度最具幸福感城市。", "2025年度最具幸福感城市"),  # a year's award
])
def test_no_designation(sentence, not_a_name):
    assert not_a_name not in {n for t in ("Policy", "Strategy", "Place") for n in labels(run(sentence), t)}


def test_the_places_of_a_list_hold_the_designation_whatever_else_it_lists():
    rels = relation_labels(run("瑞丽—木姐边境经济合作区、宾川县、开远市列入全国共同现代化试点。"))
    assert ("宾川县", "takesPartIn", "全国共同现代化试点") in rels
    assert ("开远市", "takesPartIn", "全国共同现代化试点") in rels


def test_companies_and_universities_chosen_for_a_list_take_part_in_it():
    rels = relation_labels(run("福州大学、厦门大学入选新一轮国家“双一流”建设名单。"))
    assert ("福州大学", "takesPartIn", "国家“双一流”建设") in rels and ("厦门大学", "takesPartIn", "国家“双一流”建设") in rels
    assert ("福州", "takesPartIn", "国家“双一流”建设") not in rels  # the longest name, not the place inside it
    assert ("中国一重集团", "takesPartIn", "国家级工业互联网试点") in relation_labels(run("中国一重集团入选国家级工业互联网试点。"))


def test_a_body_that_builds_is_not_read_as_taking_part():
    rels = relation_labels(run("省政府打造东北亚国际化中心城市。"))
    assert not [r for r in rels if r[1] == "takesPartIn"]


@pytest.mark.parametrize(("sentence", "members", "title"), [
    ("乳制品、稀土新材料、现代煤化工入选国家先进制造业集群。", ["乳制品", "稀土新材料", "现代煤化工"], "国家先进制造业集群"),
    ("航空、工业母机、绿色石化3个集群获评国家先进制造业集群。", ["航空", "工业母机", "绿色石化"], "国家先进制造业集群"),
    ("滇中稀贵金属集群成为行业内唯一的国家级先进制造业集群。", ["滇中稀贵金属集群"], "国家级先进制造业集群"),
])
def test_clusters_given_a_national_cluster_title_are_in_that_category(sentence, members, title):
    rels = relation_labels(run(sentence))
    for m in members:
        assert (m, "inCategory", title) in rels, rels


def test_a_cluster_title_of_a_threshold_or_a_quoted_programme_links_nothing():
    assert not relation_labels(run("洋浦石化新材料成为首个千亿级先进制造业产业集群。"))
    assert not [r for r in relation_labels(run("农业“六特”产业全部入选国家产业集群。")) if r[1] == "inCategory"]


def test_a_places_rank_among_holders_is_no_part_of_the_title():
    ex = run("长沙县获评全省唯一国家知识产权强县建设示范县。")
    assert "国家知识产权强县建设示范县" in labels(ex, "Policy")
    assert not any(n.startswith("全省唯一") for n in labels(ex, "Policy"))
