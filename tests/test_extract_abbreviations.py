"""Abbreviations that spell out their members (批零住餐业 = 批发业、零售业、住宿业、餐饮业)."""
from __future__ import annotations

from tests.extract_helpers import labels, relation_labels, run


def test_an_abbreviation_names_the_list_it_spells():
    ex = run("促进批零住餐业加快转型。全面落实支持批发业、零售业、住宿业、餐饮业发展等政策措施。")
    assert {"批零住餐业", "批发业", "零售业", "住宿业", "餐饮业"} <= labels(ex, "Industry")
    rels = relation_labels(ex)
    for member in ("批发业", "零售业", "住宿业", "餐饮业"):
        assert (member, "inCategory", "批零住餐业") in rels


def test_two_initials_spell_words_by_chance():
    rels = relation_labels(run("规上制造业、工业战略性新兴产业增加值年均分别增长7%。开发区规上工业增加值增长5.9%。"))
    assert not [r for r in rels if r[2] == "上工业"]
