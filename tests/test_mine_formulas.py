"""tools/mine_formulas.py: recurring formulas found across reports, and the reviewed block it writes to the lexicon."""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from kg.extract.context import ENTITY_LEXICONS
from kg.lexicon import _parse, load_lexicon

REPO = Path(__file__).resolve().parents[1]
LEXICONS = REPO / "kg" / "lexicons"


def _tool():
    spec = importlib.util.spec_from_file_location("mine_formulas", REPO / "tools" / "mine_formulas.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["mine_formulas"] = module
    spec.loader.exec_module(module)
    return module


mine_formulas = _tool()

# Five short reports: 甲 names the formulas of the genre that recur, each text with its own wording around them.
REPORTS = {
    "a": "坚持稳中求进。深入实施数字乡村振兴战略，推进“人工智能+”行动，发展智慧农业。",
    "b": "全面实施数字乡村振兴战略，开展“人工智能+”行动。加快建设数字乡村振兴示范带。",
    "c": "我们实施数字乡村振兴，深化“人工智能+”应用，大力发展智慧农业，推动城乡融合。",
    "d": "推进数字乡村振兴，落实“人工智能+”行动，培育智慧农业，实施海岛观光提升工程。",
    "e": "推动数字乡村振兴战略，发展智慧农业，实施海岛观光提升工程，建设海岛观光提升工程。",
}


def _folder(path: Path, reports: dict[str, str]) -> Path:
    path.mkdir()
    for name, text in reports.items():
        (path / f"{name}.txt").write_text(text, encoding="utf-8")
    return path


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    return _folder(tmp_path / "reports", REPORTS)


def _groups(folder: Path, k: int) -> dict[str, object]:
    return {g.name: g for g in mine_formulas.mine([folder], k=k)}


def test_a_formula_in_k_reports_is_a_candidate_with_its_variants_grouped(corpus):
    groups = _groups(corpus, 4)
    rural = groups["数字乡村振兴"]
    assert len(rural.reports) == 5
    assert {v.surface for v in rural.variants} == {"数字乡村振兴", "数字乡村振兴战略"}
    assert rural.type == "Strategy"
    ai = groups["人工智能+"]
    assert {v.surface for v in ai.variants} == {"“人工智能+”", "“人工智能+”行动"}
    assert ai.type == "Policy"
    assert groups["智慧农业"].type == "Industry"


def test_a_name_in_fewer_than_k_reports_is_no_candidate(corpus):
    assert "海岛观光提升工程" not in _groups(corpus, 4)  # two reports only: their own knowledge
    assert "海岛观光提升工程" in _groups(corpus, 2)


def test_the_review_table_shows_counts_variants_and_contexts_from_two_reports(corpus):
    table = mine_formulas.review_table(mine_formulas.mine([corpus], k=4))
    row = next(line for line in table.splitlines() if "| 数字乡村振兴 |" in line)
    assert "数字乡村振兴战略 (3)" in row and "| 5 |" in row
    contexts = row.split(" | ")[-1]
    assert len(re.findall(r"…\((\w)\)", contexts.replace("… (", "…("))) == 2  # two contexts, two reports


def test_only_reviewed_entries_in_k_reports_go_into_the_lexicon(corpus, tmp_path):
    review = tmp_path / "review.tsv"
    review.write_text("数字乡村振兴\tkeep\tStrategy\t数字乡村振兴\t数字乡村振兴战略\ta strategy\n"
                      "海岛观光提升工程\tkeep\tPolicy\t海岛观光提升工程\t\tone province's\n"
                      "坚持稳中求进\treject\t\t\t\ta verb phrase\n", encoding="utf-8")
    decisions = mine_formulas.read_review(review)
    texts = mine_formulas.read_reports([corpus])
    lexicon = mine_formulas.lexicon_without_mined_block(LEXICONS)
    problems = mine_formulas.check_entries(decisions, texts, lexicon, k=4)
    assert problems == ["海岛观光提升工程: in fewer than 4 reports"]
    # an alias that is another entry's name is refused
    review.write_text("海岛观光提升工程\tkeep\tPolicy\t海岛观光提升工程\t乡村振兴\tx\n", encoding="utf-8")
    problems = mine_formulas.check_entries(mine_formulas.read_review(review), texts, lexicon, k=1)
    assert problems == ["海岛观光提升工程: 乡村振兴 is already the strategy entry 乡村振兴"]


def test_the_mined_block_is_replaced_and_the_lines_above_it_kept(corpus, tmp_path):
    folder = tmp_path / "lexicons"
    folder.mkdir()
    for kind in ("strategy", "policy", "concept", "industry"):
        (folder / f"{kind}.txt").write_text(f"# {kind}\n其他工程师的条目\n", encoding="utf-8")
    review = tmp_path / "review.tsv"
    review.write_text("数字乡村振兴\tkeep\tStrategy\t数字乡村振兴\t数字乡村振兴战略\ta strategy\n", encoding="utf-8")
    for _ in range(2):  # writing twice leaves one block
        mine_formulas.write_lexicon_blocks(mine_formulas.read_review(review), folder, reviewed="2026-12-06")
    text = (folder / "strategy.txt").read_text(encoding="utf-8")
    assert text.startswith("# strategy\n其他工程师的条目\n")
    assert text.count(mine_formulas.BLOCK_MARK) == 1
    assert text.endswith("数字乡村振兴\t数字乡村振兴战略\n")
    assert _parse(text)[1] == {"数字乡村振兴": ("数字乡村振兴战略",)}


def test_write_lexicon_needs_a_review(corpus, capsys):
    assert mine_formulas.main([str(corpus), "--write-lexicon", str(corpus)]) == 2
    assert capsys.readouterr().err.startswith("kg: error: --write-lexicon needs --review")


# Five reports that name policies bare, as the object of a policy verb: no head word marks them as names.
BARE_OBJECT_REPORTS = {
    "a": "深化数字政府建设，推行无还本续贷和首贷续贷中心。开展城市体检。落实重大科技基础设施开放共享。",
    "b": "推进数字政府建设，推行无还本续贷等政策。提升水平。落实重大科技基础设施开放共享。",
    "c": "加快数字政府，落实无还本续贷。开展城市体检，提升水平。落实重大科技基础设施开放共享。",
    "d": "建设数字政府。全面推行无还本续贷。提升水平。落实重大科技基础设施开放共享。",
    "e": "完善数字政府建设，探索无还本续贷。各地城市体检工作有序。提升水平。",
}


@pytest.fixture()
def bare_corpus(tmp_path: Path) -> Path:
    return _folder(tmp_path / "bare", BARE_OBJECT_REPORTS)


def test_the_bare_object_of_a_policy_verb_is_a_candidate_with_its_x_jianshe_spelling(bare_corpus):
    groups = _groups(bare_corpus, 4)
    government = groups["数字政府"]
    assert {v.surface for v in government.variants} == {"数字政府", "数字政府建设"}
    assert len(government.reports) == 5
    # jieba cuts the unknown word into characters (无|还|本|续|贷): the run is read as one word, up to 和/等
    assert len(groups["无还本续贷"].reports) == 5
    assert "首贷续贷中心" not in groups


def test_a_bare_object_is_counted_in_every_report_that_spells_it(bare_corpus):
    # after 开展 in two reports; the third names it as a subject (各地城市体检工作): three reports, under K = 4
    assert "城市体检" not in _groups(bare_corpus, 4)
    assert len(_groups(bare_corpus, 3)["城市体检"].reports) == 3


def test_long_objects_and_two_character_words_are_no_bare_candidates(bare_corpus):
    groups = _groups(bare_corpus, 4)
    assert not any("开放共享" in name for name in groups)  # five words: a clause, not a name
    assert "水平" not in groups  # 提升水平: a word, not a name


def _mined_blocks() -> dict[str, tuple[list[str], dict[str, tuple[str, ...]]]]:
    blocks = {}
    for kind in ("strategy", "policy", "concept", "industry"):
        text = (LEXICONS / f"{kind}.txt").read_text(encoding="utf-8")
        assert mine_formulas.BLOCK_MARK in text, f"{kind}.txt has no mined block"
        blocks[kind] = _parse(text.split(mine_formulas.BLOCK_MARK, 1)[1].split("\n", 1)[1])
    return blocks


def test_every_mined_entry_parses_and_no_alias_is_another_entry():
    lexicon = load_lexicon()
    names = {name: stem for stem in ENTITY_LEXICONS for name in lexicon.get(stem)}
    seen: dict[str, str] = {}
    for kind, (entries, aliases) in _mined_blocks().items():
        assert entries, f"the mined block of {kind}.txt is empty"
        for name in entries:
            assert "\t" not in name and name == name.strip()
            assert names.get(name) == kind, f"{name} is an entry of {names.get(name)} as well as {kind}"
            assert lexicon.alias_map(kind).get(name, ()) == aliases.get(name, ())  # not shadowed nor shadowing
            for spelling in (name, *aliases.get(name, ())):
                assert spelling not in seen, f"{spelling} mined twice ({seen.get(spelling)} and {name})"
                seen[spelling] = name
            for alias in aliases.get(name, ()):
                assert alias not in names, f"alias {alias} of {name} is the {names[alias]} entry {alias}"


def test_every_mined_entry_is_reviewed_and_kept():
    decisions = mine_formulas.read_review(REPO / "docs" / "mined_formulas_review.tsv")
    kept = {(mine_formulas.KIND_OF_TYPE[d.type], d.name, d.aliases) for d in decisions.values() if d.keep}
    mined = {(kind, name, aliases.get(name, ())) for kind, (entries, aliases) in _mined_blocks().items()
             for name in entries}
    assert mined == kept, ("the mined block runs to the end of its lexicon file: hand-written entries go above "
                           f"its mark ({mine_formulas.BLOCK_MARK!r}); not in the review: {sorted(mined - kept)}")


@pytest.mark.slow
def test_every_mined_entry_is_in_at_least_four_corpus_reports(shared_dir):
    texts = mine_formulas.read_reports([shared_dir / "corpus" / "gov-work-reports-2026"])
    for _kind, (entries, aliases) in _mined_blocks().items():
        for name in entries:
            assert mine_formulas.report_count(texts, (name, *aliases.get(name, ()))) >= 4, name
