"""Texts written with half-width marks (commas, brackets, straight quotes) are read as the genre writes them."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.punctuation import full_width
from tests.extract_helpers import labels, run
from tests.test_properties import SAMPLE_REPORT, assert_spans_slice

_TO_ASCII = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?",
                           "“": '"', "”": '"'})
DEVSET = Path(__file__).resolve().parents[2] / "shared" / "devset"


def _names(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.label) for e in run(text).entities}


def test_full_width_keeps_every_offset_and_numbers_alone():
    text = '推进"四链"融合,建设中国(福建)自由贸易试验区;增长1,000亿元,会议10:30召开(1)'
    mapped = full_width(text)
    assert len(mapped) == len(text)
    assert mapped == "推进“四链”融合，建设中国（福建）自由贸易试验区；增长1,000亿元，会议10:30召开（1）"


def test_a_report_with_half_width_marks_gives_the_same_names_and_its_spans_slice_it():
    ascii_report = SAMPLE_REPORT.translate(_TO_ASCII)
    assert ascii_report != SAMPLE_REPORT
    assert _names(ascii_report) == _names(SAMPLE_REPORT)
    assert_spans_slice(ascii_report)  # every mention and evidence is the input's own characters


@pytest.mark.skipif(not DEVSET.is_dir(), reason="../shared/devset is not beside the checkout")
def test_a_dev_text_with_half_width_marks_gives_the_same_names():
    text = (DEVSET / "fujian-gwr-2026-review.txt").read_text(encoding="utf-8")
    assert _names(text.translate(_TO_ASCII)) == _names(text)


def _wrap(text: str, width: int = 38) -> str:
    return "\n".join("\n".join(p[i:i + width] for i in range(0, len(p), width)) if p else "" for p in text.split("\n"))


def test_lines_wrapped_at_a_width_are_read_as_their_paragraphs():
    from kg.extract.punctuation import wrap_breaks

    wrapped = _wrap(SAMPLE_REPORT, 24)
    assert wrapped != SAMPLE_REPORT
    assert _names(wrapped) == _names(SAMPLE_REPORT)
    assert_spans_slice(wrapped)
    ex = run(wrapped)
    assert any("\n" in s.text for s in ex.document.sentences)  # a sentence read whole cites both its lines
    assert not wrap_breaks(SAMPLE_REPORT)  # paragraphs that end with their sentences are the text's own lines


def test_a_number_opening_a_wrapped_line_is_no_numbered_item():
    from kg.extract.punctuation import as_written

    para = ("严格落实耕地保护和粮食安全责任制，新建和改造高标准农田71.21万亩，耕地面积连续4年净增加。杂交水稻制种"
            "面积连续8年全国第一，粮食储备达历史高位，深远海养殖规模全国第一，海洋经济稳步增长。")
    text = _wrap("\n".join([para] * 3), 27)
    assert "\n71.21万亩" in text
    read, offsets = as_written(text)
    assert "农田71.21万亩" in read and len(offsets) == len(read) + 1
    assert all(text[offsets[i]] == read[i] for i in range(len(read)))


@pytest.mark.skipif(not DEVSET.is_dir(), reason="../shared/devset is not beside the checkout")
def test_a_dev_text_wrapped_at_a_width_gives_the_same_names():
    text = (DEVSET / "beijing-gwr-2026-review.txt").read_text(encoding="utf-8")
    assert _names(_wrap(text)) == _names(text)


def test_full_width_digits_are_read_as_the_genres_digits():
    to_full = str.maketrans({**{str(d): chr(0xFF10 + d) for d in range(10)}, "%": "％", ".": "．"})
    typeset = SAMPLE_REPORT.translate(to_full)
    assert typeset != SAMPLE_REPORT
    assert _names(typeset) == _names(SAMPLE_REPORT)
    values = sorted((i.label, i.value, i.unit) for i in run(SAMPLE_REPORT).indicators)
    assert values and sorted((i.label, i.value, i.unit) for i in run(typeset).indicators) == values
    assert_spans_slice(typeset)


def _typeset(text: str) -> str:
    """A web page's or a PDF's spacing: a space between a number and its words, and outside each quote."""
    import re

    text = re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)|(?<=[\d%])(?=[\u4e00-\u9fff])", " ", text)
    return re.sub(r"(?<=[\u4e00-\u9fff])“", " “", re.sub(r"”(?=[\u4e00-\u9fff])", "” ", text))


def test_spaces_typeset_beside_numbers_and_quotes_are_read_past_and_a_rosters_spaces_kept():
    spaced = _typeset(SAMPLE_REPORT)
    assert spaced.count(" ") >= 10
    assert _names(spaced) == _names(SAMPLE_REPORT)
    values = sorted((i.label, i.value, i.unit) for i in run(SAMPLE_REPORT).indicators)
    assert values and sorted((i.label, i.value, i.unit) for i in run(spaced).indicators) == values
    assert_spans_slice(spaced)
    roster = {e.label for e in run("市委常委孙某申 张德民 任国军出席会议。").entities if e.type == "Person"}
    assert not any(len(n) > 3 for n in roster), roster  # the spaces between names part them


def test_a_speechs_subtitle_is_not_joined_to_the_speakers_name_under_it():
    ex = run("敢闯敢创敢干奋力开创培育制造名城建设幸福株洲新局面\n——在株洲市十六届人大一次会议闭幕式上的讲话\n曹某泉\n(2022年1月1日)\n"
             "各位代表、同志们:\n经过全体代表和与会同志的共同努力,市十六届人大一次会议圆满完成了各项议程,即将胜利闭幕。\n"
             "这次大会,是在全市上下深入贯彻十九届六中全会精神、中央经济工作会议精神之际,召开的一次重要会议。会议期间,各位代表依法履行职责。\n"
             "会议审议通过了市政府工作报告、市人大常委会工作报告和其他各项报告、决议,依法完成了各项选举任务。大会开得很务实。")
    assert "曹某泉" in {e.label for e in ex.entities if e.type == "Person"}
    assert [e.label for e in ex.entities if e.type == "Meeting" and "人民代表大会" in e.label] == ["株洲市第十六届人民代表大会第一次会议"]


TRADITIONAL = ("全國政協十三屆三次會議閉幕\n中國人民政治協商會議第十三屆全國委員會第三次會議圓滿完成各項議程，在人民大會堂閉幕。"
               "會議由全國政協主席汪洋主持。會議號召，要更加緊密地團結在以習近平同志為核心的中共中央周圍，"
               "為實現“兩個一百年”奮鬥目標、實現中華民族偉大復興的中國夢而努力奮鬥。")


def test_a_text_in_traditional_characters_is_read_as_its_simplified_twin_and_cites_its_own_characters():
    from kg.extract.punctuation import simplified

    twin = simplified(TRADITIONAL)
    assert twin is not None and len(twin) == len(TRADITIONAL) and "全国政协" in twin
    trad, simp = run(TRADITIONAL), run(twin)
    assert {(e.type, e.label) for e in trad.entities} == {(e.type, e.label) for e in simp.entities}
    assert {"全国政协", "汪洋", "中国梦"} <= {e.label for e in trad.entities}
    assert_spans_slice(TRADITIONAL)
    by_label = {e.label: e for e in trad.entities}
    assert "全國政協" in by_label["全国政协"].aliases  # the name as the text writes it, for a search in either script
    assert all(TRADITIONAL[m.start:m.end] == m.text for e in trad.entities for m in e.mentions)


def test_a_simplified_text_with_a_traditional_brand_character_is_read_as_written():
    from kg.extract.punctuation import simplified

    assert simplified("推动华为昇腾生态发展，建设人工智能产业集群。") is None


@pytest.mark.skipif(not DEVSET.is_dir(), reason="../shared/devset is not beside the checkout")
def test_a_dev_text_written_in_traditional_characters_gives_the_same_graph_facts():
    import opencc

    text = (DEVSET / "guangdong-plenary-2025.txt").read_text(encoding="utf-8")
    traditional = opencc.OpenCC("s2t.json").convert(text)
    assert traditional != text
    simp, trad = run(text), run(traditional)
    assert {(e.type, e.label) for e in trad.entities} == {(e.type, e.label) for e in simp.entities}
    labels_of = {e.key: e.label for e in trad.entities}
    assert {(labels_of[r.subject], r.predicate, labels_of[r.object]) for r in trad.relations} \
        == {(e.label, r.predicate, o.label) for r in simp.relations
            for e in simp.entities if e.key == r.subject for o in simp.entities if o.key == r.object}


@pytest.mark.parametrize(("text", "written"), [
    ("××市第十五届人民代表大会第二次会议胜利闭幕。", "××市第十五届人民代表大会第二次会议"),
    ("深入贯彻xx市委十三届三次全会精神。", "xx市委十三届三次全会"),
])
def test_a_place_masked_with_crosses_or_letters_is_one_name_as_with_an_asterisk(text, written):
    ex = run(text)
    meeting = next(e for e in ex.entities if e.type == "Meeting")
    assert meeting.label.startswith("**") and written in meeting.aliases, (meeting.label, meeting.aliases)
    starred = next(e for e in run(text.replace(written[:2], "*")).entities if e.type == "Meeting")
    assert meeting.key == starred.key  # the same meeting as the genre's own mask names it
    assert_spans_slice(text)


def test_pinyin_glosses_a_mirror_adds_are_read_past():
    glossed = "中共福建省第七屆委員會(huì)第十二次全體會(huì)議11月14日在福州舉行。省委書記盧展工主持會(huì)議並講話。"
    ex = run(glossed)
    assert "中共福建省第七届委员会第十二次全体会议" in labels(ex, "Meeting"), labels(ex, "Meeting")
    assert "卢展工" in labels(ex, "Person")
    assert not any("(" in a for e in ex.entities for a in e.aliases)
    assert_spans_slice(glossed)
