"""Zones a list of places shares (建设贵阳、遵义国家物流枢纽): one zone per place, each lying in its place."""
from __future__ import annotations

import pytest

from tests.extract_helpers import labels, names, relation_labels, run


def test_each_place_of_a_list_gets_the_zone_the_last_one_names():
    ex = run("建设贵阳、遵义国家物流枢纽，打造多式联运示范线路。")
    zones = {n for t in ("Place", "Policy", "Strategy") for n in labels(ex, t)}
    assert {"贵阳国家物流枢纽", "遵义国家物流枢纽"} <= zones
    rels = relation_labels(ex)
    assert ("贵阳国家物流枢纽", "locatedIn", "贵阳") in rels and ("遵义国家物流枢纽", "locatedIn", "遵义") in rels


def test_a_list_of_places_before_a_verb_shares_no_zone():
    ex = run("周口、驻马店纳入国家物流枢纽建设名单。")
    names = {n for t in ("Place", "Policy", "Strategy") for n in labels(ex, t)}
    assert not [n for n in names if n.startswith(("周口国家", "驻马店国家"))]


def test_a_zone_of_its_own_before_another_zone_shares_nothing():
    ex = run("漳州国家骨干冷链物流基地、平潭商贸服务型国家物流枢纽获批建设。")
    names = {n for t in ("Place", "Policy", "Strategy") for n in labels(ex, t)}
    assert not [n for n in names if n.startswith("漳州国家骨干冷链物流基地") and n.endswith("物流枢纽")]


def test_a_goals_name_that_opens_with_a_place_and_ends_in_a_zones_head_is_a_place():
    ex = run("高水平建设辽宁数据要素综合试验区。深化江西内陆开放型经济试验区建设。")
    assert {"辽宁数据要素综合试验区", "江西内陆开放型经济试验区"} <= labels(ex, "Place")
    assert {"辽宁", "江西"} <= labels(ex, "Place")  # the places they lie in stay places of the text


def test_a_region_in_the_list_is_no_seat_of_the_last_zone():
    ex = run("主动对接和服务长三角一体化发展、粤港澳大湾区、海西经济区建设。")
    places = names(ex, "Place")
    assert "海西经济区" in places and "粤港澳大湾区" in places, places
    assert not {"粤港澳大湾区经济区", "海西蒙古族藏族自治州"} & places, places
    # cities share the hub's name as before
    assert {"贵阳国家物流枢纽", "遵义国家物流枢纽"} <= names(run("建设贵阳、遵义国家物流枢纽。"), "Place") | names(
        run("建设贵阳、遵义国家物流枢纽。"), "Policy")


def test_a_listed_place_ending_in_a_zone_head_keeps_one_mention_on_its_span():
    # 防城港 ends in 港, a zone's head: the shared-head rule must not add a second mention of it (two evidences on
    # one mention IRI fail the shapes)
    ex = run("新增梧州、北海、防城港跨境电商综合试验区。")
    spans = [(m.start, m.end, e.key) for e in ex.entities if e.type == "Place" for m in e.mentions]
    assert len(spans) == len(set(spans)), spans
    assert {"梧州跨境电商综合试验区", "防城港跨境电商综合试验区"} <= {e.label for e in ex.entities}


def test_a_list_of_places_shares_a_plan_as_it_shares_a_zone():
    got = {e.label: e.type for e in run("优化两江新区、北碚区国土空间分区规划，完善重点片区功能布局。").entities}
    assert got.get("两江新区国土空间分区规划") == got.get("北碚区国土空间分区规划") == "Strategy", got
    assert got.get("两江新区") == "Place", got


def test_the_own_free_trade_zone_is_named_inside_the_strategy_to_upgrade_it():
    # ANNOTATION.md rule 2: the speaker's own 自贸试验区 is an entity, also where the text names it only as the
    # opening of 自贸试验区提升战略 (Beijing's and Liaoning's reports)
    ex = run("全面深化“两区”建设，实施自贸试验区提升战略行动。")
    assert "自贸试验区" in names(ex, "Place")
    assert "自贸试验区提升战略" in names(ex, "Strategy")


def test_a_free_trade_zone_before_a_noun_of_its_programme_is_no_clauses_subject():
    ex = run("实施自贸试验区提升战略，探索优化自贸试验区布局范围和管理机制。")
    assert "自贸试验区布局范围和管理机制" in names(ex, "Policy")
    assert "范围和管理机制" not in names(ex, "Policy")


def test_a_zone_joining_two_places_lies_in_both():
    ex = run("深化京津冀重点领域协同发展，扎实推进通州区与北三县一体化高质量发展示范区建设。")
    places = names(ex, "Place")
    assert {"通州区", "北三县"} <= places, places


def test_a_rare_verb_before_a_zone_is_no_part_of_its_name():
    # 扭住 (seize) and 事关 (concern) open the clause; the zone is the lexicon's 自贸港
    ex = run("锚定战略框架，扭住事关自贸港建设、攸关群众利益的重点任务。")
    assert not any(n.startswith("扭住") for n in names(ex, "Place"))


def test_a_national_zone_of_named_places_opening_its_clause_is_a_place():
    ex = run("哈大齐国家自主创新示范区落地创新成果104项。")
    assert {"哈大齐国家自主创新示范区", "哈大齐"} <= labels(ex, "Place")


@pytest.mark.parametrize(("text", "zone"), [
    ("壮大曹妃甸区、渤海新区、北戴河生命健康产业创新示范区等重点承接平台。", "北戴河生命健康产业创新示范区"),
    ("推动怀柔国家实验室内蒙古基地、呼包鄂国家自主创新示范区尽早落地。", "呼包鄂国家自主创新示范区"),
])
def test_a_listed_zone_that_opens_with_its_place_is_named_whole(text, zone):
    assert zone in {e.label for e in run(text).entities if e.type == "Place"}


@pytest.mark.parametrize(("text", "wrong"), [
    ("海口、五指山分别入选全国首批美丽城市先行区。", "五指山分别入选全国首批美丽城市先行区"),
    ("南沙新区、南沙自贸试验区上升为国家战略。", "南沙自贸试验区上升为国家战略"),
])
def test_a_listed_place_that_does_something_is_the_subject_not_the_names_start(text, wrong):
    assert wrong not in {e.label for e in run(text).entities}
