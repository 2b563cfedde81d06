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
