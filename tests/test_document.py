"""Text → Document: header, boilerplate, sections, sentences with exact offsets."""
from __future__ import annotations

import pytest

from kg.document import make_document, read_header, split_sentences

REPORT = ("下载\n打印\n【字号：\n加大\n】\n2026年河南省政府工作报告\n"
          "——2026年1月26日在河南省第十四届人民代表大会第四次会议上\n来源：河南日报\n时间：2026-02-03\n"
          "河南省人民政府省长 王凯\n各位代表：\n一、“十四五”时期和2025年工作回顾\n过去的五年极不寻常。"
          "（一）千方百计稳就业。\n二、2026年工作安排\n今年要稳中求进。")


def test_header_fields():
    meta, body = read_header(REPORT)
    assert meta.title == "2026年河南省政府工作报告"
    assert meta.date == "2026-01-26" and meta.year == 2026
    assert meta.venue == "河南省第十四届人民代表大会第四次会议"
    assert meta.speaker == "王凯" and meta.source == "河南日报"
    assert meta.genre == "government work report"
    assert REPORT[body:].startswith("2026年河南省政府工作报告"), "page chrome is skipped, the title is text"


def test_a_printed_reports_header_set_again_over_lines_still_names_venue_and_speaker():
    """A CPPCC report as printed: the title again over three lines, a dateline without its year, a name of two
    spaced out to the width of three."""
    text = ("中国人民政治协商会议常宁市第十一届委员会常务委员会工作报告\n来源:中国人民政治协商会议常宁市委员会\n"
            "中国人民政治协商会议\n常宁市第十一届委员会常务委员会\n工 作 报 告\n"
            "—在3月2日政协常宁市第十一届委员会第五次会议上\n段  鸣\n各位委员、同志们:\n我代表常务委员会报告工作。")
    meta, _ = read_header(text)
    assert meta.venue == "政协常宁市第十一届委员会第五次会议" and meta.date is None
    assert meta.speaker == "段鸣"
    assert meta.place == "常宁市", "the place is the city's, not 政协常宁市"


def test_sections_numbered_and_ordered():
    doc = make_document(REPORT)
    titles = [s.title for s in doc.sections]
    assert titles[0] == "一、“十四五”时期和2025年工作回顾" and titles[-1] == "二、2026年工作安排"
    assert [s.level for s in doc.sections][:1] == [1]
    for s in doc.sections:
        assert REPORT[s.start:s.end] == s.title


def test_speech_theme_paragraphs_are_sections():
    text = "\n".join(f"踔厉奋发启新程、勇毅前行谱新篇，要{t}。要做好工作。" for t in ("讲政治", "促发展", "惠民生"))
    doc = make_document(text)
    assert [s.title for s in doc.sections] == [
        "踔厉奋发启新程、勇毅前行谱新篇，要讲政治", "踔厉奋发启新程、勇毅前行谱新篇，要促发展",
        "踔厉奋发启新程、勇毅前行谱新篇，要惠民生"]


def test_sentences_slice_the_text_and_know_their_section():
    doc = make_document(REPORT)
    for s in doc.sentences:
        assert REPORT[s.start:s.end] == s.text and s.text.strip() == s.text and s.text
    last = doc.sentences[-1]
    assert last.text == "今年要稳中求进。" and doc.sections[last.section].title.startswith("二、")


def test_split_keeps_closing_quotes_with_the_sentence():
    text = "他说：“要稳中求进。”然后散会。"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["他说：“要稳中求进。”", "然后散会。"]


def test_headers_as_scraped_from_other_sites():
    """Breadcrumbs, labels with their value on the next line, captions, spaced names, Chinese-numeral dates."""
    page = ("当前位置：\n首页\n>\n政务信息\n>\n宁夏要闻\n2026年宁夏回族自治区政府工作报告\n发表时间：\n"
            "2026-02-09 09:45:30\n来源：\n宁夏日报客户端\n【字体：\n小\n各位代表：\n现在报告工作。")
    meta, body = read_header(page)
    assert meta.title == "2026年宁夏回族自治区政府工作报告" and meta.date == "2026-02-09"
    assert meta.source == "宁夏日报客户端" and page[body:].startswith("2026年宁夏")
    caption = ("政府工作报告。 贵州日报天眼新闻记者 李森 摄\n政府工作报告\n"
               "（2026年1月27日在贵州省第十四届人民代表大会第四次会议上）\n省长 李炳军\n各位代表：")
    meta, _ = read_header(caption)
    assert (meta.title, meta.date, meta.speaker, meta.place) == ("政府工作报告", "2026-01-27", "李炳军", "贵州省")
    spaced = "2026年上海市政府工作报告\n——二〇二六年二月三日在上海市第十六届人民代表大会第四次会议上\n上海市市长 龚 正\n各位代表："
    meta, _ = read_header(spaced)
    assert (meta.date, meta.speaker) == ("2026-02-03", "龚正")


def test_a_date_in_brackets_under_a_speech_title_is_its_date_and_the_name_below_its_speaker():
    from kg.document import read_header

    meta, _ = read_header("在全省经济工作会议上的讲话\n（2025年12月20日）\n张国清\n同志们：\n")
    assert (meta.date, meta.speaker) == ("2025-12-20", "张国清")


def test_a_speechs_subtitle_without_a_date_names_its_venue_and_the_lines_after_it_the_speaker_and_date():
    meta, _ = read_header("敢闯敢创奋力开创新局面\n——在株洲市十六届人大一次会议闭幕式上的讲话\n曹某泉\n(2022年1月1日)\n"
                          "各位代表、同志们:\n经过全体代表的共同努力,会议圆满完成了各项议程。")
    assert meta.venue == "株洲市十六届人大一次会议闭幕式"
    assert meta.speaker == "曹某泉" and meta.date == "2022-01-01"
    assert meta.place == "株洲市"


def test_a_speaker_typeset_one_character_apart_is_read_whole():
    meta, _ = read_header("政府工作报告\n2019年3月2日在浮山县第十六届人民代表大会第四次会议上\n栗 俊 昌\n各位代表:\n现在，我代表县人民政府向大会报告工作。")
    assert meta.speaker == "栗俊昌" and meta.venue == "浮山县第十六届人民代表大会第四次会议"


def test_a_reposted_pages_header_with_its_sites_date_line_a_glued_dateline_and_a_courts_president():
    meta, _ = read_header("湖南省政府工作报告\n湖南政府网 发布时间:2024-02-18\n政府工作报告\n"
                          "——2024年1月24日在湖南省第十四届人民代表大会第二次会议上\n毛伟明\n各位代表:")
    assert (meta.venue, meta.speaker, meta.date) == ("湖南省第十四届人民代表大会第二次会议", "毛伟明", "2024-01-24")
    meta, _ = read_header("甘肃省高级人民法院工作报告——2025年1月21日在甘肃省第十四届人民代表大会第三次会议上\n"
                          "原标题:甘肃省高级人民法院工作报告\n——2025年1月21日在甘肃省第十四届人民代表大会第三次会议上\n"
                          "甘肃省高级人民法院院长 王中明\n2024年，省法院坚持以习近平新时代中国特色社会主义思想为指导。")
    assert (meta.title, meta.venue, meta.speaker) == ("甘肃省高级人民法院工作报告", "甘肃省第十四届人民代表大会第三次会议",
                                                      "王中明")


def test_a_congress_reports_theme_title_and_date_on_one_line_and_a_pages_european_timestamp():
    meta, _ = read_header("解放思想 改革创新 为建设美丽新某县而不懈奋斗——在中国共产党陵川县第十三次代表大会上的报告(2021年3月29日)\n"
                          "侯 贵 宝\n同志们:")
    assert (meta.title, meta.venue, meta.date, meta.speaker) == (
        "在中国共产党陵川县第十三次代表大会上的报告", "中国共产党陵川县第十三次代表大会", "2021-03-29", "侯贵宝")
    meta, _ = read_header("中国人民政治协商会议江西省第十二届委员会常务委员会工作报告\n18.02.2020 12:01\n(2020年1月14日)\n姚某科\n"
                          "各位委员、同志们:")
    assert (meta.date, meta.speaker) == ("2020-01-14", "姚某科")


@pytest.mark.parametrize(("header", "title", "date"), [
    ("2022年02月19日 星期六\n\n市委召开十三届十三次全体会议\n\n本报讯 会议召开。", "市委召开十三届十三次全体会议", "2022-02-19"),
    ("龙泉驿区述责述廉 “辣”字贯穿全场\n\n华西都市报 2019-01-12 04:01\n\n华西都市报讯 会议召开。", "龙泉驿区述责述廉 “辣”字贯穿全场",
     "2019-01-12"),
    ("2021\n07/08\n06:43\n来源\n无锡日报\n7月7日，调研组来锡。", None, None),  # a number is no title
    ("一、正确处理好稳定当前与谋划长远的关系\n二、正确处理好极核引领与区域协同的关系\n", None, None),  # a section heading
    ("1月11日,北京市政协十一届二次会议在北京开幕。图为主席作报告。 中新社发 张某 摄\n今天上午会议开幕。", None, None),
    ("广州“十四五”规划纲要(附全文) 发布时间:2021-05-25 11:26\n中商情报网讯:纲要发布。", "广州“十四五”规划纲要(附全文)", None),
])
def test_page_date_lines_numbers_headings_and_captions_are_no_titles(header, title, date):
    meta, _ = read_header(header)
    assert (meta.title, meta.date) == (title, date)


def test_a_publication_date_label_does_not_end_the_header_before_the_dateline():
    meta, _ = read_header("中国人民政治协商会议常州市第十四届委员会常务委员会工作报告\n发布日期:2018-01-10\n\n"
                          "——2018年1月6日在政协常州市第十四届委员会第二次会议上\n\n俞某平\n\n各位委员：")
    assert (meta.venue, meta.speaker) == ("政协常州市第十四届委员会第二次会议", "俞某平")


def test_a_budget_reports_header_reads_a_timed_date_line_its_dateline_and_the_body_on_its_byline():
    text = ("关于四川省2024年预算执行情况和2025年预算草案的报告\n2025年02月10日 07时39分 来源: 四川日报\n"
            "2025年1月20日在四川省第十四届人民代表大会第四次会议上\n四川省财政厅\n各位代表:\n受省人民政府委托,现将报告提请审查。")
    meta, _ = read_header(text)
    assert (meta.date, meta.venue, meta.source, meta.issuer) == (
        "2025-01-20", "四川省第十四届人民代表大会第四次会议", "四川日报", "四川省财政厅")
    meta, _ = read_header("统计公报\n山 东 省 统 计 局\n2024年3月3日\n正文开始。")
    assert (meta.issuer, meta.date) == ("山东省统计局", "2024-03-03")  # typeset a character apart
