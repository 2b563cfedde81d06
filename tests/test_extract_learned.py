"""The learned tagger (kg/extract/learned.py): loads, is deterministic, only adds where no rule reads a name,
and the extractor runs on its rules alone without python-crfsuite."""
from __future__ import annotations

import sys

import pytest

from kg.document import make_document
from kg.extract import extract, learned
from kg.extract.context import Context
from kg.lexicon import load_lexicon
from tests.conftest import SEED

pycrfsuite = pytest.importorskip("pycrfsuite", reason="python-crfsuite is not installed")

#: Sentences of the genre with the names a tiny model learns (type, name).
TRAINING = [
    ("大力发展低空经济、银发经济和冰雪经济，培育壮大生物制造产业。",
     [("Industry", "低空经济"), ("Industry", "银发经济"), ("Industry", "冰雪经济"), ("Industry", "生物制造产业")]),
    ("实施消费提振专项行动，落实设备更新贷款贴息政策。",
     [("Policy", "消费提振专项行动"), ("Policy", "设备更新贷款贴息政策")]),
    ("加快发展首发经济和智能网联汽车，推进以旧换新行动。",
     [("Industry", "首发经济"), ("Industry", "智能网联汽车"), ("Policy", "以旧换新行动")]),
    ("培育数字经济和海洋经济，实施技能人才培育工程。",
     [("Industry", "数字经济"), ("Industry", "海洋经济"), ("Policy", "技能人才培育工程")]),
] * 3


def _sequences(lexicon):
    for sentence, names in TRAINING:
        doc = make_document(sentence, source="t.txt")
        labels = ["O"] * len(doc.text)
        for etype, name in names:
            s = doc.text.index(name)
            labels[s] = "B-" + etype
            labels[s + 1:s + len(name)] = ["I-" + etype] * (len(name) - 1)
        feats = learned.SentenceFeatures(Context(doc, lexicon))
        for sent in doc.sentences:
            yield feats.of(sent.start, sent.end), labels[sent.start:sent.end]


PARAMS = {"c1": 0.01, "c2": 0.01, "max_iterations": 60, "feature.possible_transitions": True}


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    path = tmp_path_factory.mktemp("tagger") / "tiny.crfsuite"
    learned.train_model(_sequences(load_lexicon()), str(path), PARAMS)
    return path


def _learned(ex):
    return [m for e in ex.entities for m in e.mentions if m.rule.startswith("learned:")]


def test_a_trained_model_loads_and_proposes_names_of_its_types(tiny_model):
    tagger = learned.Tagger(str(tiny_model), {"Industry": 0.0, "Policy": 0.0})
    doc = make_document("积极发展银发经济，实施消费提振专项行动。", source="x.txt")
    found = {(t.type, doc.text[t.start:t.end]) for t in tagger.tag(Context(doc, load_lexicon()))}
    assert ("Industry", "银发经济") in found
    assert all(0.0 <= t.confidence <= 1.0 for t in tagger.tag(Context(doc, load_lexicon())))


def test_training_and_tagging_are_deterministic(tiny_model, tmp_path):
    again = tmp_path / "again.crfsuite"
    learned.train_model(_sequences(load_lexicon()), str(again), PARAMS)
    assert again.read_bytes() == tiny_model.read_bytes()
    tagger = learned.Tagger(str(tiny_model), {"Industry": 0.0, "Policy": 0.0, "Strategy": 0.0})
    text = SEED.read_text(encoding="utf-8")
    runs = [extract(make_document(text, source="seed.txt"), tagger=tagger) for _ in range(2)]
    assert runs[0].entities == runs[1].entities and runs[0].relations == runs[1].relations


def test_learned_names_never_overlap_a_rule_mention(tiny_model):
    """With no cut-off at all the tagger proposes plenty; every name kept lies where no rule read one."""
    tagger = learned.Tagger(str(tiny_model), {t: 0.0 for t in ("Industry", "Policy", "Strategy", "Place")})
    text = SEED.read_text(encoding="utf-8") + "\n大力发展低空经济和冰雪经济，实施消费提振专项行动。"
    ex = extract(make_document(text, source="seed.txt"), tagger=tagger)
    added = _learned(ex)
    assert added, "the probe model proposed nothing: the test would prove nothing"
    rules = [m for e in ex.entities for m in e.mentions if not m.rule.startswith("learned:")]
    rules_only = extract(make_document(text, source="seed.txt"), tagger=None)
    rule_spans = {(m.start, m.end) for e in rules_only.entities for m in e.mentions}
    for m in added:
        assert not any(r.start < m.end and m.start < r.end for r in rules), m
        assert not any(s < m.end and m.start < e for s, e in rule_spans), m
        assert text[m.start:m.end] == m.text
    # the rules' own entities are all still there
    assert {e.key for e in rules_only.entities} <= {e.key for e in ex.entities}


def test_cut_offs_filter_and_types_without_one_are_not_proposed(tiny_model):
    text = "大力发展低空经济和冰雪经济，实施消费提振专项行动。"
    loose = learned.Tagger(str(tiny_model), {"Industry": 0.0, "Policy": 0.0})
    industry_only = learned.Tagger(str(tiny_model), {"Industry": 0.0})
    strict = learned.Tagger(str(tiny_model), {"Industry": 1.01, "Policy": 1.01})
    doc = make_document(text, source="x.txt")
    assert {m.type for m in _learned(extract(doc, tagger=industry_only))} <= {"Industry"}
    assert not _learned(extract(doc, tagger=strict))
    assert len(_learned(extract(doc, tagger=loose))) >= len(_learned(extract(doc, tagger=industry_only)))


def test_the_build_runs_on_rules_alone_without_python_crfsuite(monkeypatch, tmp_path):
    from kg.corpus import build
    from kg.query import load_graph

    monkeypatch.setitem(sys.modules, "pycrfsuite", None)  # `import pycrfsuite` raises ImportError
    learned.default_tagger.cache_clear()
    try:
        assert learned.default_tagger() is None
        text = SEED.read_text(encoding="utf-8")
        ex = extract(make_document(text, source="seed.txt"))
        assert not _learned(ex)
        assert ex.entities == extract(make_document(text, source="seed.txt"), tagger=None).entities
        build([SEED], tmp_path, write_html=False, use_cache=False)
        assert len(load_graph(str(tmp_path / "graph.ttl"))) > 100
    finally:
        learned.default_tagger.cache_clear()


def test_boundaries_are_cleaned_as_the_rules_clean_them():
    doc = make_document("要提升西部（重庆）科学城能级，推进“智改数转。", source="x.txt")
    ctx = Context(doc, load_lexicon())
    text = doc.text
    s = text.index("提升")
    e = text.index("能级")
    cs, ce = learned.clean_boundary(ctx, s, e)
    assert text[cs:ce] == "西部（重庆）科学城"
    q = text.index("“")
    cs, ce = learned.clean_boundary(ctx, q, text.index("。"))
    assert ce <= cs  # half a quote: no name
