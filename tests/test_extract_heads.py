"""Names closed by a head word of their type (kg/extract/heads.py), and enumerations with any category."""
from __future__ import annotations

import pytest

from tests.extract_helpers import labels, names, relation_labels, run

HEAD_NAMES = [
    # sentence, type, expected names, names that must not appear
    ("大力发展磷化工、煤化工，培育低空飞行器制造。", "Industry", {"磷化工", "煤化工", "低空飞行器制造"}, {"发展磷化工"}),
    ("特种化工营收占比提高。", "Industry", set(), {"特种化工"}),  # 精细化工 is a lexicon sector since round 16
    ("成功举办腾冲科学家论坛、第十八届中国—拉美企业家高峰会和南博会。", "Meeting",
     {"腾冲科学家论坛", "第十八届中国—拉美企业家高峰会", "南博会"}, {"成功举办腾冲科学家论坛"}),
    ("保护抚仙湖，推进祥云县建设。", "Place", {"抚仙湖", "祥云县"}, {"保护抚仙湖"}),
    ("高质量创建国家乡村振兴示范县。", "Place", set(), {"国家乡村振兴示范县"}),
    ("出台福建省民营经济促进条例、优化营商环境条例。", "Document", {"福建省民营经济促进条例", "优化营商环境条例"},
     {"出台福建省民营经济促进条例"}),
    ("首都的“护城河”。", "Place", set(), {"护城河"}),
    ("建成合浦至湛江等铁路。", "Place", set(), {"合浦至湛江"}),
    # a clause's verb, adverb or preposition opens no meeting, place, body or goal
    ("申办第三届中非农业合作论坛，筹备中国侨商投资大会。", "Meeting", {"第三届中非农业合作论坛", "中国侨商投资大会"},
     {"申办第三届中非农业合作论坛", "筹备中国侨商投资大会"}),
    ("编制了规划纲要（草案），提请大会审查。", "Meeting", set(), {"提请大会", "大会"}),
    ("支持鄂州申建空港综保区。", "Place", {"空港综保区"}, {"鄂州申建空港综保区"}),
    ("打造全国乃至国际生态文明高地。", "Strategy", {"国际生态文明高地"}, {"乃至国际生态文明高地"}),
    ("支持长沙实施好全运会专项规划。", "Strategy", {"全运会专项规划"}, {"好全运会专项规划"}),
    ("新建一批水产原良种场和种苗繁育基地，建设西门子能源燃机总装基地。", "Place", {"西门子能源燃机总装基地"},
     {"种苗繁育基地"}),
    ("落实好国家支持经济大省挑大梁政策。", "Policy", {"国家支持经济大省挑大梁政策"}, {"好国家支持经济大省挑大梁政策"}),
    # natural features by their one-character head: a proper word before it, the whole one word
    ("独龙江、阳宗海入选全国美丽河湖优秀案例，推进祁连山、黑瞎子岛保护。", "Place",
     {"阳宗海", "祁连山", "黑瞎子岛"}, {"美丽河湖"}),
    ("绿水青山成为亮丽底色，表里山河重焕风采，避免文山会海。", "Place", set(), {"绿水青山", "表里山河", "文山会海"}),
    ("深化“赤水河谷 中国酱香”产区品牌建设，推动产业出海，永定河入选全国母亲河复苏行动典型案例。", "Place",
     {"永定河"}, {"赤水河", "母亲河", "产业出海"}),
    # a laboratory's base in a region is the laboratory's branch, a body, not a site
    ("支持怀柔实验室新疆基地建设，中国原子能科学院葫芦岛基地投产。", "Organization",
     {"怀柔实验室新疆基地", "中国原子能科学院葫芦岛基地"}, set()),
    ("支持怀柔实验室新疆基地建设，建设大健康产业基地。", "Place", set(), {"怀柔实验室新疆基地"}),
    # provinces' one-character names glued before 港澳 name one group with it, not 粤港澳 or 港澳 alone
    ("推广闽粤港澳“跨境一锁”快速通关，扩大渝港澳生产性服务业合作。", "Place", {"闽粤港澳", "渝港澳"}, {"粤港澳", "港澳"}),
    # a zone's place in brackets is inside its name
    ("提升西部（重庆）科学城能级。", "Place", {"西部（重庆）科学城"}, {"提升西部（重庆）科学城"}),
    # an industrial town named by its place (产业城 as 科技城)
    ("加快建设贵州航空产业城，支持中新济南未来产业城建设。", "Place", {"贵州航空产业城", "中新济南未来产业城"}, set()),
    # a group of airports named by its region is one place
    ("协同提升成渝世界级机场群能级，加快建设世界级机场群。", "Place", {"成渝世界级机场群"}, {"世界级机场群"}),
]


@pytest.mark.parametrize(("sentence", "etype", "expected", "absent"), HEAD_NAMES)
def test_head_names(sentence, etype, expected, absent):
    found = labels(run(sentence), etype)
    assert expected <= found, found
    assert not (absent & found), found


def test_enumeration_with_a_field_and_a_format():
    ex = run("发展跨境物流、冷链物流、应急物流等业态，在量子科技、聚变能源、深空探测等领域取得突破。")
    assert {"跨境物流", "冷链物流", "应急物流", "量子科技", "聚变能源", "深空探测"} <= labels(ex, "Industry")
    assert not {"业态", "领域", "发展跨境物流"} & labels(ex, "Industry")


def test_a_field_is_an_industry_only_when_a_member_is_one():
    ex = run("统筹抓好政治、社会、金融等领域风险防范。")
    assert "政治" not in labels(ex, "Industry")


def test_count_headed_category_and_last_item_after_he():
    ex = run("推动软件信息、科技服务和商务服务三大产业发展。培育19个国家中小企业特色产业集群。")
    rels = relation_labels(ex)
    for member in ("软件信息", "科技服务", "商务服务"):
        assert (member, "inCategory", "三大产业") in rels


def test_shared_head_rebuilds_each_item():
    ex = run("紫金山、太湖、钟山、云龙湖等实验室加快建设。持续打好蓝天、碧水、净土保卫战。")
    assert {"紫金山实验室", "太湖实验室", "云龙湖实验室"} <= names(ex, "Organization")
    assert "云龙湖" not in labels(ex, "Place")


POLICY_NAMES = [
    # verbs inside a programme's name stay in it; the clause's governing verb does not
    ("深入实施国有企业改革深化提升行动。", "国有企业改革深化提升行动"),
    ("完善民营企业参与重大项目建设长效机制。", "民营企业参与重大项目建设长效机制"),
    ("实施跨境电商加快发展行动。", "跨境电商加快发展行动"),
    ("开展系列活动和新一轮高峰学科建设行动。", "高峰学科建设行动"),
]


@pytest.mark.parametrize(("sentence", "name"), POLICY_NAMES)
def test_policy_names_keep_their_inner_verbs(sentence, name):
    assert name in labels(run(sentence), "Policy")


def test_a_governing_verb_further_on_opens_the_name_again():
    found = labels(run("支持企业实施品牌国际化战略。"), "Strategy")
    assert "企业实施品牌国际化战略" not in found


def test_quoted_slogans_of_a_report_are_policies_and_figures_are_nothing():
    text = "2026年河南省政府工作报告\n推行“高效办成一件事”，写好“后半篇文章”，全球“灯塔工厂”3家。"
    ex = run(text)
    assert "高效办成一件事" in {n.strip("“”") for n in names(ex, "Policy")}
    everything = {e.label.strip("“”") for e in ex.entities}
    assert not {"后半篇文章", "灯塔工厂"} & everything


def test_regions_of_a_province_by_direction():
    found = labels(run("推动皖北地区振兴，支持渝东北、渝东南发展，苏南、粤东加快发展。"), "Place")
    assert {"皖北地区", "渝东北", "渝东南", "苏南", "粤东"} <= found
    assert not {"京东"} & labels(run("京东集团加快发展。"), "Place")


def test_article_packages_take_what_they_are_for():
    found = labels(run("2026年福建省政府工作报告\n出台安商惠企“二十条”，稳经济“30条”和促消费“20条”落地见效。"), "Policy")
    assert {"安商惠企“二十条”", "稳经济“30条”", "促消费“20条”"} <= found


def test_categories_in_quotes_of_consumption_and_of_one_known_item():
    rels = relation_labels(run("加快发展算力、数据、人工智能、电子信息“四大产业”。稳住汽车、成品油、家电等重点商品消费。"
                               "生物医药等重点产业链攻关取得突破。全力抓好商品、服务、网络等消费。"))
    assert ("人工智能", "inCategory", "“四大产业”") in rels
    assert ("家电", "inCategory", "重点商品消费") in rels
    assert ("生物医药", "inCategory", "重点产业链") in rels
    assert not [r for r in rels if r[0] in ("商品", "网络")]


PLACED = [
    # sentence, institutions that must be found, names that must not appear
    ("成立昆明国际数据交易平台。", {"昆明国际数据交易平台"}, set()),
    ("迭代升级国家（西部）算力调度平台。", {"国家（西部）算力调度平台"}, {"算力调度平台"}),
    ("建好高校区域技术转移转化中心（福建）、福建（厦门）社保科创基金。",
     {"高校区域技术转移转化中心（福建）", "福建（厦门）社保科创基金"}, set()),
    ("融资平台累计压降，优化中试平台布局，用好国家向南开放平台。", set(), {"融资平台", "中试平台", "南开放平台"}),
    ("周口港中心作业区开港运营。", set(), {"周口港中心"}),
    # a body opens the name as a place does; a verb of opening after it ends the name
    ("海丝核心区建设扎实推进，金砖国家工业能力中国中心启用，中印尼合作深化。", {"金砖国家工业能力中国中心"}, set()),
    ("中国建造（安徽）互联网平台上线运行。", {"中国建造（安徽）互联网平台"}, set()),
    # a county's short form that the gazetteer leaves out (义乌 of 义乌市) places a centre as a lexicon place does
    ("深化义乌国际贸易综合改革，建强义乌全球数贸中心，加快进口。", {"义乌全球数贸中心"}, set()),
]


@pytest.mark.parametrize(("sentence", "expected", "absent"), PLACED)
def test_platforms_centres_and_funds_are_named_by_a_place(sentence, expected, absent):
    found = names(run(sentence), "Organization")
    assert expected <= found, found
    assert not (absent & found), found


def test_new_towns_and_parks_are_places():
    found = names(run("一区一策提升平原新城综合承载能力，加快建设绿心中央公园，推进梵净山国家公园创建。"), "Place")
    assert {"平原新城", "绿心中央公园", "梵净山国家公园"} <= found, found


def test_a_citys_short_form_that_is_a_common_word_names_a_site():
    # 大理 (marble) is no alias of 大理市 in the gazetteer; before a site's head it is the city
    found = names(run("支持大理古城创建国家级旅游度假区，提升古城保护水平。"), "Place")
    assert "大理古城" in found, found
    assert not {n for n in names(run("推动平安古城建设。"), "Place")}, "a common adjective is no city"


def test_a_rivers_name_cut_in_two_characters_names_a_site():
    # jieba cuts 张|江 and tags 张 a measure word: the river's name is still the proper part of the site
    assert "张江科学城" in names(run("推动张江科学城、临港新片区能级提升。"), "Place")


@pytest.mark.parametrize("text, region", [
    ("推进古尔班通古特沙漠生态修复治理。", "古尔班通古特沙漠"),
    ("高效建设柴达木盆地水资源配置一期等工程。", "柴达木盆地"),
    ("加强丹江口库区、三峡库区水质安全保障。", "丹江口库区"),
    ("元阳哈尼梯田进入世界灌溉工程遗产名录。", "元阳哈尼梯田"),
    ("境内腾格里沙漠防风阻沙带全线贯通。", "腾格里沙漠"),  # 境内 is no part of the name
])
def test_natural_regions_are_places(text, region):
    assert region in names(run(text), "Place")


@pytest.mark.parametrize("text", [
    "举办第十届库布其沙漠论坛。",  # an edition's ordinal: the forum is the name
    "让“净土青海·高原臻品”金色名片更亮。",
    "建设国家质量基础设施高原集成服务体系。",
    "新增一批高标准平原农田。",
])
def test_a_regions_head_in_other_words_names_no_region(text):
    assert not any(n.endswith(("沙漠", "高原", "平原")) for n in names(run(text), "Place"))


def test_two_places_joined_by_a_dash_open_one_name():
    found = labels(run("磨憨—磨丁经济合作区获批。天津滨海-中关村科技园新增注册企业689家。加快西宁—海东都市圈建设。"), "Place")
    assert {"磨憨—磨丁经济合作区", "天津滨海-中关村科技园", "西宁—海东都市圈"} <= found, found


def test_three_places_joined_by_dashes_open_one_name():
    found = labels(run("推进北钦防一体化发展，建强南宁—柳州—桂林经济走廊。"), "Place")
    assert "南宁—柳州—桂林经济走廊" in found and "柳州—桂林经济走廊" not in found, found


def test_a_platform_named_by_its_place_after_a_verb():
    found = labels(run("实体化、市场化运营贵州金服平台，完善政府性担保体系。搭建融资平台。"), "Organization")
    assert "贵州金服平台" in found and not any(f.endswith("融资平台") for f in found), found


@pytest.mark.parametrize("text, found, absent", [
    ("牡丹江产业协作园区获批建设。", {"牡丹江产业协作园区"}, set()),
    ("松原石化园区、辽源高新区入选首批氢能区域试点。", {"松原石化园区"}, set()),
    ("建成合肥先进光源园区。建立科创引领高地。", {"合肥先进光源园区"}, set()),
    ("加快零碳园区、低碳园区建设，推动文创园区差异化发展。", set(), {"零碳园区", "低碳园区", "文创园区"}),
    ("边民互市贸易区增至5个，开放县域经济发展。", set(), {"边民互市贸易区"}),
])
def test_a_park_or_trade_zone_is_a_place_when_its_place_names_it(text, found, absent):
    got = labels(run(text), "Place")
    assert found <= got, got
    assert not (absent & got), got


def test_a_citys_gateway_bureau_is_a_body_and_the_class_is_none():
    found = labels(run("昆明国际通信业务出入口局实现贯通互联。推进南宁国际通信业务出入口局投产运营。"
                       "支持建设区域性国际通信业务出入口局。"), "Organization")
    assert {"昆明国际通信业务出入口局", "南宁国际通信业务出入口局"} <= found, found
    assert not any(f.startswith(("区域性", "建设")) for f in found), found


def test_a_round_a_rank_or_a_batch_opens_no_name():
    ex = run("实施新一轮空气质量持续改善行动。深入开展第三轮回天行动。建设全国首个交通强国省域示范区。"
             "启动新一轮三年行动。举办首届中亚经济合作天山论坛。")
    found = {e.label for e in ex.entities}
    assert {"空气质量持续改善行动", "回天行动", "交通强国省域示范区"} <= found, found
    assert not any(n.startswith(("新一轮", "第三轮", "全国首个", "首个")) for n in found), found
    assert "三年行动" not in found, found  # a span of years and a head: no name is left
    assert "首届中亚经济合作天山论坛" in labels(ex, "Meeting")  # an event's edition is its name's


def test_clause_verbs_of_the_genre_open_no_name():
    # (开发区权责关系和运营模式, the earlier example, joins two systems: test_two_systems_joined_are_not_one_name)
    ex = run("加快理顺开发区管理体制。顺利完成国企改革深化提升行动，泰达重组。"
             "释放文旅、赛事、餐饮等消费潜力。大力繁荣体育经济。")
    found = {n for e in ex.entities for n in (e.label, *e.aliases)}
    assert {"开发区管理体制", "国有企业改革深化提升行动", "体育经济"} <= found, found
    assert not any(n.startswith(("理顺", "顺利完成", "释放", "繁荣")) for n in found), found


def test_verbs_of_sustained_effort_and_help_open_no_name():
    ex = run("持续用力打造西部地区开放合作高地。积极助力雄安新区建设。推动省医学科学院深度参与长三角国家技术创新中心建设。")
    found = {e.label for e in ex.entities}
    assert {"西部地区开放合作高地", "长三角国家技术创新中心"} <= found, found
    assert not any(n.startswith(("用力", "助力")) or "参与" in n for n in found), found


def test_the_economy_continued_in_a_sentence_is_no_sector():
    ex = run("决心为推进中国式现代化、不断续写经济快速发展和社会长期稳定两大奇迹新篇章作出更大贡献。")
    assert not [e.label for e in ex.entities if e.type == "Industry"]


def test_a_verb_of_designation_inside_a_span_opens_the_name_after_it():
    ex = run("浦江上山遗址获评国家考古遗址公园。3个典型案例亮相联合国气候变化大会。莆田高新区列入国家碳达峰试点。"
             "推动绿色发展工程纳入国家规划。健全“五个纳入”决策机制。")
    found = {e.label for e in ex.entities}
    assert "联合国气候变化大会" in labels(ex, "Meeting"), found
    assert "国家碳达峰试点" in found, found
    assert not any(v in n for n in found for v in ("获评", "亮相", "列入", "纳入国家")), found
    assert "“五个纳入”决策机制" in found, found  # a verb inside a quote is the quote's


def test_a_first_of_its_kind_opens_no_name():
    found = {e.label for e in run("完成首家村镇银行改革。落地全市首单跨境电商“总单+分单”作业模式。").entities}
    assert "村镇银行改革" in found and not any(n.startswith(("首家", "首单")) for n in found), found


@pytest.mark.parametrize("text, found", [
    ("推动东北三省一区共建沈大哈长产业科技创新带。", "沈大哈长产业科技创新带"),
    ("高质量共建杭州湾科技创新带，建设科创走廊。", "杭州湾科技创新带"),
    ("实施江淮干线水运大通道建设。", "江淮干线水运大通道"),
    ("积极参与中蒙俄经济走廊建设。", "中蒙俄经济走廊"),
])
def test_belts_corridors_and_trunk_routes_are_places(text, found):
    assert found in names(run(text), "Place")


@pytest.mark.parametrize("text", ["构建东西南北大通道，畅通循环。", "加快建设东中西高速公路大通道。"])
def test_compass_points_name_no_route(text):
    assert not any(e.label.endswith("大通道") for e in run(text).entities)


def test_a_region_word_before_a_route_is_its_place():
    assert "东北海陆大通道" in names(run("高水平谋划建设东北海陆大通道，畅通北粮南运。"), "Place")


def test_a_feature_jieba_knows_as_one_place_word_is_named_before_any_noun():
    ex = run("加强太行山东北部生态综合治理。有力处置都柳江流域特大洪灾。打造新安江—千岛湖生态环境共同保护合作区。"
             "永定河入选全国母亲河复苏行动。建好武夷山国家公园。建成小柴旦湖至老茫崖等公路。")
    found = labels(ex, "Place")
    assert {"太行山", "都柳江", "千岛湖"} <= found, found
    assert not {"母亲河", "武夷山", "柴旦湖"} & found, found  # a common word; a longer name's part; a name cut short


def test_a_kind_of_trunk_route_after_a_list_is_no_place():
    assert not any(e.label.endswith("大通道") for e in run("推进扁都口至峨堡等省际大通道建设。").entities)


def test_a_science_belt_is_a_place():
    assert "吴淞江科创带" in names(run("支持紫金山创新带、吴淞江科创带建设，促进成果转化。"), "Place")


def test_a_levels_threshold_opens_no_institutions_name():
    got = names(run("检查检验结果互认覆盖所有二级及以上公立医院，二级及以上老年医院数量新增76家。"), "Organization")
    assert not any(n.startswith("以上") for n in got), got


def test_a_firms_project_in_a_list_of_projects_is_no_industry():
    text = "实施中石化催化剂、中海油新材料、燕山石化绿色新材料、金科日化精细化工等重点项目。抓好生物制造、氢能装备、同位素应用等项目建设。"
    got = names(run(text), "Industry")
    assert "中海油新材料" not in got, got
    assert "生物制造" in got, got  # a sector's projects: no proper name opens the item


@pytest.mark.parametrize(("sentence", "etype", "site"), [
    ("东六环入地改造工程建成通车，北京通州站开通运营。", "Place", "北京通州站"),
    ("34款创新药械获批上市，国际医药创新公园新引入8家跨国药企。", "Place", "国际医药创新公园"),
    ("重点产业链卡点攻关取得突破，新能源汽车生态港启动建设。", "Place", "新能源汽车生态港"),
    ("着力推进中央政务环境更加安全优良；国家会议中心二期、首都国际会展中心正式投用。", "Organization", "首都国际会展中心"),
    ("着力推进中央政务环境更加安全优良；国家会议中心二期、首都国际会展中心正式投用。", "Organization", "国家会议中心"),
])
def test_a_site_opened_as_the_subject_of_its_clause_is_one_site(sentence, etype, site):
    assert site in labels(run(sentence), etype)


@pytest.mark.parametrize("sentence", [
    "最高法、海关总署等数据中心建成。",  # a list's category
    "加强建设，首座抽水蓄能电站建成投运。",  # a rank, no name
])
def test_what_opens_no_site_name(sentence):
    ex = run(sentence)
    found = {e.label for e in ex.entities if e.type in ("Place", "Organization")}
    assert not {"数据中心", "首座抽水蓄能电站", "抽水蓄能电站"} & found, found


#: Sites named by the words around them (kg/extract/places.py, the 镇 head, the river head's run-on guard): the
#: sentence, the places it names, the ones it does not.
SITES = [
    # each proper name of a list before a site's head names one such site
    ("打造元阳梯田模式，建成柴石滩、麻栗坝大型灌区。加强仰韶村、双槐树、贾湖等遗址保护。",
     {"柴石滩灌区", "仰韶村遗址", "双槐树遗址", "贾湖遗址"}, set()),
    ("建设绿色工厂、零碳工厂、零碳园区。", set(), {"零碳工厂园区"}),  # kinds of sites
    ("南渡江引水、红岭灌区、迈湾水利枢纽等9个重大水利工程开工。", set(), {"南渡江引水灌区"}),  # whole names
    # a town after a proper word; kinds and words are none
    ("昆明托管磨憨共建国际口岸城市，磨憨镇固定资产投资增长。推进中心镇、建制镇建设，支持小城镇发展。",
     {"磨憨镇"}, {"中心镇", "建制镇", "小城镇"}),
    # two bare kinds of sites paired are the text's own; named ones keep their words
    ("推动大学城、科学城深度融合，探索建设路径。推动良乡大学城、沙河高教园高质量发展。",
     {"大学城", "科学城", "良乡大学城"}, set()),
    # a river's head inside a site's unknown name is no river
    ("精品工程项目1239个，晋宁河泊所遗址入选全国十大考古新发现。", {"晋宁河泊所遗址"}, {"晋宁河"}),
    # a village and a cultural landscape
    ("支持西江千户苗寨创建国家5A级旅游景区。普洱景迈山古茶林文化景观成功申遗。",
     {"西江千户苗寨", "普洱景迈山古茶林文化景观"}, set()),
]


@pytest.mark.parametrize(("sentence", "expected", "absent"), SITES)
def test_sites_named_by_their_heads_and_lists(sentence, expected, absent):
    places = names(run(sentence), "Place")
    assert expected <= places and not absent & places, places


@pytest.mark.parametrize(("sentence", "expected", "absent"), [
    ("建设边境旅游示范村，元阳阿者科入选世界最佳旅游乡村。", {"元阳阿者科"}, set()),
    ("打造名片，武隆荆竹村获评全国乡村旅游重点村。", {"武隆荆竹村"}, set()),
    ("深化改革，福州大学入选国家一流大学建设高校。", set(), {"福州大学"}),  # a body
    ("推进工作，临汾分别获评全国示范城市。", set(), {"临汾分别"}),  # an adverb of the clause
])
def test_a_place_and_a_proper_name_given_a_designation_is_a_place(sentence, expected, absent):
    places = names(run(sentence), "Place")
    assert expected <= places and not absent & places, places


@pytest.mark.parametrize(("sentence", "sector", "scoped"), [
    ("规上高技术制造业增加值增长28.1%。", "高技术制造业", "规上高技术制造业"),
    ("限上网络消费、直播电商交易额分别增长12%和15%。", "网络消费", "限上网络消费"),
    ("规模以上高技术制造业和装备制造业增加值分别增长10%和8%。", "高技术制造业", "规模以上高技术制造业"),
    ("规上工业增加值、规上服务业营收分别增长6.5%和7%。", None, "规上服务业"),
])
def test_a_statistical_scope_is_no_part_of_a_sectors_name(sentence, sector, scoped):
    got = names(run(sentence), "Industry")
    assert scoped not in got and (sector is None or sector in got), got


@pytest.mark.parametrize(("sentence", "place"), [
    ("航空口岸正式开放，争取遵义茅台机场纳入国家规划。", "遵义茅台机场"),
    ("大连英歌石科学城汇聚300多个科研团队。", "大连英歌石科学城"),
    ("大同经开区、阳泉高新区入选国家级零碳园区。", "大同经开区"),
])
def test_a_city_jieba_tags_a_verb_still_opens_a_zones_name(sentence, place):
    assert place in names(run(sentence), "Place")


def test_a_citys_role_as_a_sub_centre_is_a_place_not_a_body():
    ex = run("支持贵阳贵安高质量发展，加快建设遵义省域副中心，推动毕节建设贯彻新发展理念示范区。")
    assert "遵义省域副中心" in names(ex, "Place") and "遵义省域副中心" not in names(ex, "Organization")


@pytest.mark.parametrize(("sentence", "place", "part"), [
    ("建设珠江—西江经济带，推动左右江革命老区振兴发展，打造沿边开放带。", "左右江革命老区", None),
    ("推动闽西革命老区高质量发展。", "闽西革命老区", None),
    ("紫云山（包河）文化创意产业园入选国家级文化产业示范园区。", "紫云山（包河）文化创意产业园", "紫云山"),
])
def test_a_region_or_park_named_after_a_feature_is_one_place(sentence, place, part):
    got = names(run(sentence), "Place")
    assert place in got and (part is None or part not in got), got


def test_a_feature_inside_a_sites_name_stays_a_place():
    assert "杭州湾" in names(run("高质量共建杭州湾科技创新带、G60科创走廊。"), "Place")


@pytest.mark.parametrize(("sentence", "unwanted", "kept"), [
    ("做大总量，因地制宜打造外贸优势产业集群，加强湘欧、湘非通道建设。", "外贸优势产业集群", None),
    ("发展高质量庭院经济、到户产业，优化乡村车间建设。", "到户产业", None),
    ("建设牡丹江产业协作园区，打造跨境产业链和产业集聚带。", "跨境产业链", None),
    ("加快边境口岸建设，大力发展跨境物流，引进一批冷链供应链企业。", None, "跨境物流"),
    ("培育壮大县域特色产业集群，以局部领先之势带动全局。", None, "县域特色产业集群"),
])
def test_a_cluster_named_only_by_its_reach_or_level_is_no_sector(sentence, unwanted, kept):
    got = names(run(sentence), "Industry")
    assert (unwanted is None or unwanted not in got) and (kept is None or kept in got), got


def test_a_zone_opened_by_a_grade_is_a_kind_of_zone():
    got = names(run("发挥外资企业圆桌会议等平台机制作用，建设重点国别地区外资企业合作区。"), "Place")
    assert not any(n.endswith("外资企业合作区") for n in got), got


def test_a_place_listed_for_a_role_is_named_without_the_listing_verb():
    assert "平陆运河经济带" in labels(run("玉林获列为平陆运河经济带核心城市。"), "Place")
    assert not any(p.startswith(("获", "列为")) for p in labels(run("获列为平陆运河经济带核心城市。"), "Place"))


@pytest.mark.parametrize(("text", "sector"), [
    ("产值达到780亿元。新医药产业聚焦生物制药与高端医疗器械两大产业。", "新医药产业"),
    ("新兴和未来产业培育壮大。绿色石化产业以南港工业区为重要载体。", "绿色石化产业"),
    ("（三）装备制造产业围绕海工装备、新能源装备延链补链。", "装备制造产业"),
])
def test_a_sector_that_opens_its_sentence_as_the_subject_is_named(text, sector):
    assert sector in {e.label for e in run(text).entities if e.type == "Industry"}


@pytest.mark.parametrize("text", ["进入境旅游发展。加快建设东中部产业向西转移重要承接地。",
                                  "全国第5位。投资消费回暖向好。", "完善服务。规范发展集体经济组织。",
                                  "防护网更密更牢。粮食能源保障持续强化。"])
def test_a_clause_that_opens_with_a_verb_names_no_sector_subject(text):
    found = {e.label for e in run(text).entities if e.type == "Industry"}
    assert not found & {"东中部产业", "投资消费", "集体经济", "粮食能源"}, found


@pytest.mark.parametrize(("text", "sector", "wrong"), [
    ("拓展碳纤维制品应用领域，打造千亿级碳纤维产业。", "碳纤维产业", "千亿级碳纤维产业"),
    ("打造粮食、蔗糖、水果、蔬菜、畜禽、渔业6个千亿级特色农业产业。", "特色农业产业", "千亿级特色农业产业"),
    ("打造高端装备、信息技术服务、新能源、新材料等4个万亿级新兴支柱产业。", "新兴支柱产业", "万亿级新兴支柱产业"),
])
def test_the_class_of_output_a_sector_aims_at_is_no_part_of_its_name(text, sector, wrong):
    found = {e.label for e in run(text).entities if e.type == "Industry"}
    assert sector in found and wrong not in found, found


def test_a_sectors_whole_chain_is_the_sector():
    ex = run("加力发展林下经济，食用菌全产业链产值达到120亿元，做强装备制造全产业链。")
    sectors = {e.label: e for e in ex.entities if e.type == "Industry"}
    assert {"食用菌", "装备制造"} <= set(sectors), sectors
    assert "食用菌全产业链" in sectors["食用菌"].aliases


def test_a_depth_of_processing_is_no_sector():
    found = {e.label for e in run("食品产业突出精深加工和细加工，发展农产品精深加工业。").entities if e.type == "Industry"}
    assert not {"精深加工", "细加工"} & found, found


@pytest.mark.parametrize(("text", "parks"), [
    ("加快长城、长征、黄河国家文化公园建设。", {"长城国家文化公园", "长征国家文化公园", "黄河国家文化公园"}),
    ("高质量推进祁连山、若尔盖国家公园建设。", {"祁连山国家公园", "若尔盖国家公园"}),
])
def test_mountains_and_rivers_listed_before_a_national_park_each_name_one(text, parks):
    ex = run(text)
    found = {n for e in ex.entities if e.type == "Place" for n in (e.label, *e.aliases)}
    assert parks <= found, found
    assert not any(n.startswith(("进", "快")) for n in found), found
