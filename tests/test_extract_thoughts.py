"""A leader's thought on one field, named by its whole title, is one Concept."""
from __future__ import annotations

import pytest

from tests.extract_helpers import labels, run


@pytest.mark.parametrize("text, concept", [
    ("委员们深入学习习近平总书记关于加强和改进人民政协工作的重要思想。", "习近平总书记关于加强和改进人民政协工作的重要思想"),
    ("深化对习近平总书记关于坚持和完善人民代表大会制度重要思想的理解。", "习近平总书记关于坚持和完善人民代表大会制度重要思想"),
    ("全面落实习近平总书记关于河南工作的重要论述。", "习近平总书记关于河南工作的重要论述"),
])
def test_a_thought_on_a_field_is_one_concept(text, concept):
    assert concept in labels(run(text), "Concept")


@pytest.mark.parametrize("text", [
    "认真贯彻习近平总书记关于安全生产的重要指示精神。",  # an instruction, not a thought
    "学习习近平总书记关于科技、人才的重要论述。",  # two fields or one: the text does not say
])
def test_instructions_and_listed_fields_are_no_named_thought(text):
    assert not any(c.startswith("习近平总书记关于") for c in labels(run(text), "Concept"))


_COMMUNIQUE = ("全会强调，必须坚持党的基本理论、基本路线、基本方略，立足新发展阶段，坚持社会主义核心价值体系，坚持人与自然和谐共生，"
               "继续推进新时代党的建设新的伟大工程，正式宣布全面建成小康社会，为实现第二个百年奋斗目标、实现中华民族伟大复兴的"
               "中国梦而不懈奋斗。")


@pytest.mark.parametrize("etype, name", [
    ("Concept", "新发展阶段"), ("Concept", "社会主义核心价值体系"), ("Concept", "人与自然和谐共生"), ("Concept", "中国梦"),
    ("Strategy", "党的建设新的伟大工程"), ("Strategy", "全面建成小康社会"), ("Strategy", "第二个百年奋斗目标"),
])
def test_a_plenums_formulas_are_read_without_quotes_or_heads(etype, name):
    # a central plenum's communiqué names the Party's formulas and goals bare; not 伟大工程 as a Policy
    ex = run(_COMMUNIQUE)
    assert name in labels(ex, etype)
    assert "伟大工程" not in labels(ex, "Policy")


def test_a_quoted_spirit_is_a_concept_in_a_report_too():
    ex = run("2026年内蒙古自治区政府工作报告\n大力弘扬“蒙古马精神”、“三北精神”，广泛宣传红色文化。")
    assert {"蒙古马精神", "三北精神"} <= labels(ex, "Concept")


def test_a_second_thought_listed_without_its_subject_is_the_same_leaders():
    ex = run("会议深入学习贯彻习近平总书记关于党的建设的重要思想、关于党的自我革命的重要思想，贯彻落实会议精神。")
    assert {"习近平总书记关于党的建设的重要思想", "习近平总书记关于党的自我革命的重要思想"} <= labels(ex, "Concept")
    assert labels(ex, "Person") == {"习近平"}  # 总书记 | 关于党: a preposition, no name after the post


def test_an_earlier_congress_report_names_its_formulas_and_plans():
    ex = run("胡锦涛代表第十六届中央委员会向大会作报告。十六大作出全面建设小康社会的战略决策，构建社会主义和谐社会，"
             "社会主义新农村建设扎实推进。“十五”计划胜利完成，“十一五”规划进展顺利。")
    assert {"全面建设小康社会", "社会主义新农村建设", "十五", "十一五"} <= labels(ex, "Strategy")
    assert "社会主义和谐社会" in labels(ex, "Concept")
    assert "党中央" in labels(ex, "Organization")  # the Central Committee of a term is the Party's centre
    assert not any("计划" in n for n in labels(ex, "Policy"))


@pytest.mark.parametrize(("text", "spirits"), [
    ("全市上下大力弘扬张某港精神，坚持加快发展不动摇。", {"张某港精神"}),
    ("弘扬改革开放精神、特区精神，勇于探索。", {"改革开放精神", "特区精神"}),
    ("弘扬驰而不息的龙马精神。", {"龙马精神"}),
])
def test_a_spirit_carried_forward_is_a_concept(text, spirits):
    assert spirits <= labels(run(text), "Concept")


@pytest.mark.parametrize("text", ["大力弘扬城市精神。", "弘扬担当精神，干字当头。"])
def test_a_spirit_of_a_kind_is_no_name(text):
    assert not any(c.endswith("精神") for c in labels(run(text), "Concept"))
