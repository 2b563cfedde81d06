"""China's divisions from the gazetteer (kg/lexicons/gazetteer.txt, written by tools/build_gazetteer.py)."""
from __future__ import annotations

import pytest

from kg.lexicon import load_lexicon
from tests.extract_helpers import labels, names, run

DIVISIONS = [
    # sentence, places that must be found, places that must not
    ("支持北碚区、弥勒市、兴义市建设县域副中心。", {"北碚区", "弥勒市", "兴义市"}, set()),
    ("文山州连续两年全国第一，推进璧山、诸暨至嵊州高速。", {"文山州", "璧山", "诸暨"}, set()),
    ("岛内居民一次离岛年内可不限次数购物，深化“大城三管”。", set(), {"离岛", "大城"}),
    ("全市上下同心协力，富民强县，平房改造。", set(), {"同心", "富民", "平房"}),
    # foreign partners, markets and routes: countries, parts of continents and oceans of the place lexicon
    ("与印尼、泰国、老挝等建立合作机制，拓展中东欧市场，开通直通南非的国际货运航线，面向太平洋、印度洋。",
     {"老挝", "中东欧", "南非", "太平洋", "印度洋"}, set()),
    ("获批建设中国—哈萨克斯坦草原生态修复联合实验室，科考船在北极载人深潜成功。", {"哈萨克斯坦", "北极"}, set()),
    # a national zone by its short name (中关村国家自主创新示范区)
    ("优化中关村示范区空间格局。", {"中关村示范区"}, set()),
]


@pytest.mark.parametrize(("sentence", "expected", "absent"), DIVISIONS)
def test_divisions(sentence, expected, absent):
    found = names(run(sentence), "Place")
    assert expected <= found, found
    assert not (absent & found), found


def test_a_name_may_start_inside_a_rejected_match():
    # 大新 (a county) straddles 壮大|新质生产力: the scan goes on inside it, so the concept is still read
    assert "新质生产力" in names(run("加快发展壮大新质生产力。"), "Concept")


def test_gazetteer_entries_are_places_of_one_name_each():
    lex = load_lexicon()
    places = set(lex.get("place")) | {a for n in lex.get("place") for a in lex.alias_map("place").get(n, ())}
    seen: dict[str, str] = {}
    for name in lex.get("gazetteer"):
        assert name not in places, name  # place.txt keeps its own entries
        for alias in (name, *lex.alias_map("gazetteer").get(name, ())):
            assert seen.setdefault(alias, name) == name, (alias, name, seen[alias])
    assert len(seen) > 3000


def test_a_short_form_before_a_place_head_starts_another_name():
    assert not names(run("整体提升两江四岸美丽滨江线20公里。"), "Place") & {"滨江", "滨江区"}


def test_a_countys_short_form_before_a_noun_is_no_place_but_in_a_list_it_is():
    from tests.extract_helpers import labels, run

    ex = run("建设长海跨海大桥，推进合川渭沱发展。支持西宁、海东两市实施地质灾害治理。")
    found = labels(ex, "Place")
    assert not any(p.startswith(("长海", "合川")) for p in found), found
    assert any(p.startswith("海东") for p in found), found
    # the last of a list of places, whatever follows it; a list of products keeps its counties modifiers
    found = labels(run("发挥西宁、海东、海西挑大梁作用。推广杞县大蒜、柘城辣椒。"), "Place")
    assert any(p.startswith("海西") for p in found) and not any(p.startswith("柘城") for p in found), found


def test_a_kind_of_metropolitan_area_is_no_place():
    from tests.extract_helpers import labels, run

    found = labels(run("打造创新型现代化都市圈。加快推进南昌都市圈建设。"), "Place")
    assert "南昌都市圈" in found and not any(p.endswith("现代化都市圈") for p in found), found


def test_a_verb_before_a_places_name_is_not_part_of_it():
    found = names(run("配合市人大及其常委会制定修改浦东新区法规4部。投资建设运营暹粒吴哥国际机场。"), "Place")
    assert {"浦东新区", "暹粒吴哥国际机场"} <= found and not {"修改浦东新区", "运营暹粒吴哥国际机场"} & found, found


def test_a_region_prefix_inside_another_places_name_is_no_region():
    found = names(run("建设成渝低空经济带。推动成渝中部崛起。推动皖北地区发展。"), "Place")
    assert "渝中部" not in found and "皖北地区" in found, found


@pytest.mark.parametrize("text, kind", [
    ("民用运输机场运营数量居全国第4位。", "民用运输机场"),
    ("建成教育实践基地20个。", "教育实践基地"),
    ("新建中试基地10家。", "中试基地"),
    ("培育大健康产业基地。", "大健康产业基地"),
    ("支持江北国际机场创建国际卫生机场。", "国际卫生机场"),
])
def test_a_kind_of_site_is_no_place(text, kind):
    assert kind not in names(run(text), "Place")


@pytest.mark.parametrize("text, site", [
    ("加快建设崖州湾科技城。", "崖州湾科技城"),  # characters jieba knows no word of
    ("打造沈大经济走廊。", "沈大经济走廊"),
    ("推动良乡大学城高质量发展。", "良乡大学城"),  # a rare word
    ("大熊猫国家公园成立运行。", "大熊猫国家公园"),  # the words before a designation's title
    ("明月湖科创园累计赋能上千家企业。", "明月湖科创园"),  # a lake's name opens it
    ("一区一策提升平原新城综合承载力。", "平原新城"),  # one word names a town
    ("医疗、制造、科学等应用中试基地在京落地。", "应用中试基地"),  # a list's category
])
def test_a_named_site_is_a_place(text, site):
    assert site in names(run(text), "Place")


def test_an_industry_before_a_kind_of_site_is_its_modifier():
    ex = run("新增国家现代农业产业园11个。")
    assert "现代农业" not in names(ex, "Industry")


def test_a_divisions_common_word_short_form_is_a_place_in_a_list_of_places():
    found = names(run("推进贵阳、安顺、兴义等一流旅游城市建设。"), "Place")
    assert "兴义市" in found, found
    assert "兴义市" not in names(run("交通、兴义等方面。"), "Place")


@pytest.mark.parametrize("text, place", [
    ("努力促进要素资源在中部地区甚至更大空间配置。", "中部地区"),
    ("加快推进南疆发展。", "南疆"),
    ("更好发挥沟通欧亚大陆桥的重要门户作用。", "新亚欧大陆桥"),
    ("晋宁河泊所遗址入选全国十大考古新发现。", "晋宁河泊所遗址"),
    ("加强乌拉泊古城保护利用。", "乌拉泊古城"),
])
def test_regions_corridors_and_named_sites_are_places(text, place):
    assert place in names(run(text), "Place")


def test_a_river_that_names_a_park_is_not_read_alone():
    found = names(run("推进花园城市建设，温榆河公园全面建成开放。"), "Place")
    assert "温榆河公园" in found and "温榆河" not in found, found


def test_a_quantifier_before_a_place_head_names_no_place():
    assert "所有县" not in names(run("建成31个健康县城示范县，所有县（市、区）达到国家卫生县标准。"), "Place")


@pytest.mark.parametrize("text, expected", [
    ("三明、石狮、上杭获评全国法治政府建设示范地区。", {"三明市", "石狮市"}),
    ("迭部、碌曲、玛曲、镇原4县高速项目全面开工。", {"迭部县", "碌曲县", "玛曲县"}),
    ("支持文昌、琼海、东方、澄迈、万宁、陵水打造重要节点城市。", {"文昌市", "东方市", "陵水黎族自治县"}),
    ("金昌、庆阳、白银入选全国紧密型城市医疗集团建设试点。", {"白银市"}),
])
def test_a_list_of_places_only_names_counties_by_their_short_forms(text, expected):
    found = names(run(text), "Place")
    assert expected <= found, found


@pytest.mark.parametrize("text, absent", [
    ("因地制宜推动兴业、强县、富民一体发展。", {"兴业县", "富民县"}),  # 强县 is no place: a list of goals
    ("加强政策、资金、资源统筹。", {"资源县"}),
    ("加强洪湖、梁子湖等重点湖库生态环境保护。", {"洪湖市", "梁子湖区"}),  # the lakes
    ("推进潮州古城、肇庆古城墙等项目。", {"古城区"}),  # the end of a longer item
])
def test_common_words_and_lakes_in_a_list_are_no_counties(text, absent):
    found = names(run(text), "Place")
    assert not absent & found, found


def test_quoted_names_before_a_category_of_sites_are_the_sites():
    ex = run("统筹推进“黄小西吃晚饭”等重点旅游景区建设。加快“冈仁波齐—玛旁雍错”等精品景区和文旅项目建设。"
             "“村超”“村BA”等村字号文体活动火爆。")
    assert {"黄小西吃晚饭", "冈仁波齐—玛旁雍错"} <= labels(ex, "Place"), labels(ex, "Place")
    assert not {"村超", "村BA"} & labels(ex, "Place")  # events before 等, not sites
    assert "黄小西吃晚饭" not in labels(ex, "Policy")


def test_a_short_form_that_is_also_a_river_beside_rivers_is_the_river():
    # 榕江 of 榕江县 and 清水河 of 清水河县, among rivers of the same ending
    assert "榕江县" not in names(run("实施韩江榕江练江水系连通工程。"), "Place")
    assert "清水河县" not in names(run("推进清水河、苦水河综合治理。"), "Place")
    # among counties and cities the same short forms are the divisions
    assert "榕江县" in names(run("在册亨、罗甸、望谟、榕江等重点县建设产业园。"), "Place")
    assert "绥芬河市" in names(run("推动哈尔滨、黑河、绥芬河片区协同发展。"), "Place")


def test_a_short_form_after_an_amount_is_a_word():
    assert "大关县" not in names(run("地区生产总值跨越6000亿元大关，粮食产量突破百万吨大关。"), "Place")


def test_city_groups_by_their_one_character_names_are_places():
    ex = run("推进北钦防一体化发展。长株潭全域纳入国家要素市场化配置综合改革试点。推动苏锡常、宁镇扬融合发展。"
             "加快哈大齐国家自主创新示范区建设。")
    found = labels(ex, "Place")
    assert {"北钦防", "长株潭", "苏锡常", "宁镇扬", "哈大齐国家自主创新示范区"} <= found, found


def test_a_ring_of_parks_is_named_with_its_ring():
    found = names(run("三环地区森林公园环实现闭合，温榆河公园全面建成开放。"), "Place")
    assert "三环地区森林公园环" in found and "三环地区森林公园" not in found, found


@pytest.mark.parametrize("text, city", [
    ("滨海城市带基本成型，中部山区生态更好。", "海城市"),
    ("顺应城市发展从增量扩张转向存量提质。", "应城市"),
])
def test_a_citys_full_name_inside_a_word_and_the_noun_city_is_no_city(text, city):
    assert city not in {e.label for e in run(text).entities}


@pytest.mark.parametrize("text, place", [
    ("进一步放大同城化效能服务协同发展。", "大同"),  # 放大 | 同城化: 大 ends the verb
    ("开展黄河源考古，加强文物保护。", "河源"),  # 黄河源, the Yellow River's source
    ("积极承接东中部地区先进制造业转移。", "中部地区"),
])
def test_a_place_whose_first_character_ends_a_word_is_that_word(text, place):
    assert place not in {e.label for e in run(text).entities}


def test_a_place_after_a_verbs_result_stays_a_place():
    # 打造成 | 成渝绵: 成 is the verb's result and the region's first character at once
    assert "成渝绵" in names(run("打造成渝绵“科技创新金三角”。"), "Place")


_QINGHAI = "过去一年，全省经济稳中向好。青海盐湖产业壮大，青海生态更美，青海旅游火热。"


def test_a_short_form_is_a_county_only_of_the_reports_own_province():
    # 南川区 is Chongqing's; in a Qinghai report 南川 is Xining's industrial park, 罗东川 a person, not 东川区
    found = names(run(_QINGHAI + "加快南川国家级零碳园区建设，省长罗东川作报告。"), "Place")
    assert not {"南川区", "东川区"} & found, found
    assert "南川区" in names(run("过去一年，全市经济稳中向好。重庆旅游火热，重庆开放提速，重庆制造升级。推动南川、万盛发展。"), "Place")


def test_every_division_of_the_gazetteer_has_its_province():
    lexicon = load_lexicon()
    provinces = lexicon.alias_map("division_provinces")
    assert provinces["南川区"] == ("重庆市",) and set(provinces["南山区"]) == {"广东省", "黑龙江省"}
    assert all(name in provinces for name in lexicon.get("gazetteer")), "rerun tools/build_gazetteer.py"


def test_a_site_described_by_its_rank_is_named_only_by_its_own_name():
    from tests.extract_helpers import labels, run

    found = labels(run("建成全国最大专业货运机场花湖国际机场。总装机为省内单体最大火电基地。获批青藏高原首个综合保税区。"), "Place")
    assert "花湖国际机场" in found, found
    assert not any(n.startswith(("最大", "省内单体")) or "首个" in n for n in found), found


def test_a_site_head_opening_a_word_of_isation_names_no_site():
    from tests.extract_helpers import labels, run

    found = labels(run("推进崖州、博鳌潭门片区化建设。支持左右江革命老区振兴发展。"), "Place")
    assert not any(n.endswith("片区") for n in found), found
    assert "左右江革命老区" in found, found  # 左右 opens a name where no count stands before it


def test_a_zone_listed_after_a_zone_of_the_same_head_is_one_more_named_zone():
    ex = run("推进甘泉堡经济技术开发区、上库高新技术产业开发区、石河子经济技术开发区建设。")
    places = {e.label for e in ex.entities if e.type == "Place"}
    assert "上库高新技术产业开发区" in places, places
    assert "高新技术产业" not in {e.label for e in ex.entities if e.type == "Industry"}


@pytest.mark.parametrize(("text", "city"), [
    ("推动开通哈尔滨至莫斯科等国际客运航线。", "莫斯科"),
    ("“西宁—成都—曼谷”全货机联程航线首次开通。", "曼谷"),
])
def test_a_foreign_city_at_a_routes_end_is_a_place(text, city):
    assert city in labels(run(text), "Place")


def test_a_foreign_city_that_reads_across_words_is_left_out():
    assert "河内" not in labels(run("实施黄河内蒙古段河道治理工程。"), "Place")


def test_the_whole_prefecture_is_no_county():
    # 全州各级, 全州上下: a prefecture's text speaks of itself; Guangxi's 全州县 keeps its full name
    assert "全州县" not in labels(run("全州上下团结一心，认真贯彻州委经济工作会议精神。"), "Place")
    assert "全州县" in labels(run("桂林市全州县推进乡村振兴。"), "Place")


def test_a_city_inside_a_persons_name_is_no_place():
    ex = run("市政协副主席陶柏林出席。")
    assert "陶柏林" in labels(ex, "Person") and "柏林" not in labels(ex, "Place")


def test_a_county_of_one_character_is_a_place_and_its_bare_bodies_are_its_own():
    ex = run("会议原则通过了《兴县发展特色庭院经济实施方案》。兴县人民政府召开常务会议，县委书记出席。")
    assert "兴县" in labels(ex, "Place")
    assert "兴县县委" in labels(ex, "Organization"), labels(ex, "Organization")
    # a two-character county the genre writes as a word stays a word (新县城, 南县域 …)
    assert not labels(run("加快建设新县城，推进南县域经济发展。"), "Place")


def test_a_county_named_whole_is_named_again_by_its_stem_but_not_from_inside_a_word():
    ex = run("龙游县第十八届人民代表大会第五次会议开幕。2025年是龙游加快建设区域明珠城市的关键之年。")
    places = [e for e in ex.entities if e.type == "Place" and e.label == "龙游县"]
    assert places and len(places[0].mentions) == 2, [(e.label, len(e.mentions)) for e in ex.entities]
    # 中南部县城 names no 南部县: its stem elsewhere (宁夏南部) stays the direction it is
    assert "南部县" not in labels(run("出台支持中南部县城发展措施。推进宁夏南部生态保护修复。"), "Place")


def test_a_prefectures_short_form_drops_its_whole_suffix_and_is_the_prefectures_not_its_seats():
    # 阿克苏地区 and its seat 阿克苏市 share 阿克苏; 甘孜藏族自治州 and 甘孜县 share 甘孜: a report's bare short form
    # names the prefecture; no short form keeps half of 地区 (阿克苏地)
    lexicon = load_lexicon()
    aliases = lexicon.alias_map("gazetteer")
    assert "阿克苏" in aliases["阿克苏地区"] and "甘孜" in aliases["甘孜藏族自治州"]
    assert not any(a.endswith("地") and n.endswith("地区") for n, al in aliases.items() for a in al)
    assert labels(run("加快阿克苏、甘孜等地发展。"), "Place") >= {"阿克苏地区", "甘孜藏族自治州"}
