"""Enumerations with a category, and industry names from the lexicon."""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg.extract.industries import _ENUM, _ENUM_SCAN
from tests.extract_helpers import labels, names, relation_labels, run


def test_members_and_category():
    ex = run("推进有色、钢铁、化工等传统主导产业延链补链强链。")
    assert {"有色", "钢铁", "化工", "传统主导产业"} <= names(ex, "Industry")
    rels = relation_labels(ex)
    for member in ("有色", "钢铁", "化工"):
        assert (member, "inCategory", "传统主导产业") in rels
    cat = next(e for e in ex.entities if e.label == "传统主导产业")
    assert cat.category == "传统主导产业"


def test_first_item_stops_at_the_verb():
    ex = run("积极抢跑人工智能、商业航天卫星、临氢材料等未来产业新赛道。")
    assert ("人工智能", "inCategory", "未来产业") in relation_labels(ex)
    assert not any(n.startswith("抢跑") for n in names(ex, "Industry"))


def test_a_works_list_opens_after_its_building_verb():
    ex = run("全面实施全域水患治理工程，开工长江池州段河道治理、淠史杭灌区现代化改造等工程。")
    # the bare 工程 after 等 is each item's (…等工程 names 长江池州段河道治理工程)
    assert {"长江池州段河道治理工程", "淠史杭灌区现代化改造工程"} <= names(ex, "Policy")
    assert not any(n.startswith("开工") for n in names(ex, "Policy"))


def test_two_enumerations_in_one_sentence():
    ex = run("大力发展电子商务、跨境电商等新模式和首店经济、时尚消费、绿色消费等新业态。")
    rels = relation_labels(ex)
    assert ("跨境电商", "inCategory", "新模式") in rels and ("首店经济", "inCategory", "新业态") in rels


def test_member_that_is_also_a_lexicon_name_keeps_its_category():
    ex = run("超硬、超轻、超薄、超纯等新材料产业积厚成势。")
    assert ("超硬", "inCategory", "新材料") in relation_labels(ex)


def test_a_list_of_companies_is_organizations_not_industries():
    ex = run("牧原、宇通、华兰等一批龙头企业向强而跃。")
    assert {"牧原", "宇通", "华兰"} <= names(ex, "Organization")
    assert not names(ex, "Industry")


def test_scenic_sites_and_ports_listed_before_their_kind_are_places():
    ex = run("新增炳灵寺、官鹅沟、冶力关3家5A级景区，察尔汗梦幻盐湖、大柴旦翡翠湖等景区提质升级。")
    assert {"炳灵寺", "官鹅沟", "冶力关", "察尔汗梦幻盐湖", "大柴旦翡翠湖"} <= names(ex, "Place")
    assert "景区" not in names(ex, "Place")  # the bare kind names nothing
    ex = run("实施甘其毛都、策克、满都拉等重点口岸提升工程。")
    assert "重点口岸提升工程" in names(ex, "Policy")  # the programme stays the category


def test_a_city_named_in_a_shared_head_list_is_a_place_too():
    ex = run("深化与苏州、崖州湾等国家实验室合作。")
    assert {"苏州国家实验室", "崖州湾国家实验室"} <= names(ex, "Organization")
    assert "苏州" in names(ex, "Place")
    ex = run("挂牌建设金凤、嘉陵江等实验室。")
    assert "金凤区" not in names(ex, "Place")  # a county's short form there names the laboratory only


def test_lists_of_social_causes_are_not_industries():
    ex = run("红十字、妇女、儿童、慈善、志愿服务等事业有力推进。")
    assert not names(ex, "Industry")


def test_policy_package_members_are_policies():
    ex = run("推出制造业数字化转型、提振消费专项行动、企业降本增效等政策包。")
    assert {"制造业数字化转型", "企业降本增效"} <= names(ex, "Policy")


def test_a_count_phrase_is_not_a_member():
    ex = run("打造4个过五千亿、汽车等优势产业。")
    assert "汽车" in names(ex, "Industry") and not any("五千亿" in n for n in names(ex, "Industry"))


def test_a_narrower_industry_is_not_an_alias_of_the_broader():
    ex = run("发展工业机器人、智能网联新能源汽车、新能源汽车和机器人等产业。")
    got = {e.label: e for e in ex.entities if e.type == "Industry"}
    assert {"工业机器人", "机器人", "智能网联新能源汽车", "新能源汽车"} <= set(got)


@pytest.mark.parametrize("text, expected, absent", [
    ("大力推动文旅、体旅、桥旅、酒旅等融合发展。", {"体旅", "桥旅", "酒旅"}, set()),
    ("全面落实支持批发业、零售业、住宿业、餐饮业发展等政策措施。", {"批发业", "零售业", "住宿业", "餐饮业"}, set()),
    ("努力让群众愿消费、能消费、消费更舒心。", set(), {"能消费", "愿消费"}),
    ("做强氢能、储能、节能环保等产业。", set(), {"节能"}),
])
def test_lists_whose_items_end_alike_are_sectors(text, expected, absent):
    found = names(run(text), "Industry")
    assert expected <= found, found
    assert not (absent & found), found


def test_fields_belong_to_the_category_after_ling_yu_and_a_lexicon_name_with_a_digit_is_a_member():
    rels = relation_labels(run("制定实施脑机接口、量子计算、硅光、6G等领域未来产业培育方案。"))
    assert ("脑机接口", "inCategory", "未来产业") in rels and ("硅光", "inCategory", "未来产业") in rels
    assert any(p == "inCategory" and o == "未来产业" and s in ("6G", "第六代移动通信") for s, p, o in rels)
    rels = relation_labels(run("推动房屋建筑、土木工程、建筑安装、装饰装修等行业工业化发展。"))
    assert not [r for r in rels if r[2] == "工业"]


def test_lists_of_policies_reforms_and_pilots():
    ex = run("落实研发费用加计扣除、增值税加计抵减等激励政策。")
    assert {"研发费用加计扣除", "增值税加计抵减"} <= names(ex, "Policy")
    assert "激励政策" not in names(ex, "Policy")  # the bare category names nothing


@settings(max_examples=500, deadline=None)
@example(["电子", "、", "信息", "“", "四", "大", "产业", "”"], 0)  # the count after “, outside the items' run
@given(st.lists(st.sampled_from(["钢铁", "化工", "产业", "等", "、", "三", "十", "大", "个", "12", "“", "”", "，", "。",
                                 "A", "（", "）", " ", "\n", "集群", "领域"]), max_size=80), st.integers(0, 4))
def test_enumerations_are_read_in_runs_as_in_the_whole_text(pieces, start):
    """The enumeration pattern is tried only in the runs that can hold one: the same matches and groups."""
    text = "".join(pieces)
    whole = [(m.span(), m.groupdict()) for m in _ENUM.finditer(text, start)]
    assert [(m.span(), m.groupdict()) for m in _ENUM_SCAN.finditer(text, start)] == whole


def test_a_verb_end_glued_to_the_first_item_is_not_part_of_it():
    ex = run("持续做大新能源、新材料、先进装备制造等产业。")
    got = names(ex, "Industry")
    assert "新能源" in got and "大新能源" not in got, got


def test_a_head_word_inside_a_longer_noun_makes_no_category():
    # 工业 modifies 固体废物: the list is of wastes, not industries; 等产业能级 still types its list
    ex = run("煤矸石、粉煤灰、冶金渣、化工渣等大宗工业固体废物源头减量。提升新材料、智能家居等产业能级。")
    got = names(ex, "Industry")
    assert not ({"冶金渣", "化工渣", "大宗工业"} & got), got
    assert "智能家居" in got, got


def test_a_streak_in_quotes_is_a_figure_not_a_name():
    ex = run("油菜产量实现“18连增”，粮食生产“二十二连丰”。")
    assert not any("连" in e.label for e in ex.entities if e.type != "Indicator")


def test_an_industry_measured_or_developed_is_named():
    ex = run("生态食品产业增加值增长10%左右。大力推动中医药产业发展。林草产业产值实现翻番。")
    assert {"生态食品产业", "中医药产业", "林草产业"} <= names(ex, "Industry")


def test_a_verbs_object_before_development_is_no_industry():
    ex = run("防止影响经济发展。科技特派员服务县域特色产业发展。")
    got = names(ex, "Industry")
    assert not ({"影响经济", "科技特派员服务县域特色产业"} & got), got


def test_areas_of_risk_are_not_industries():
    ex = run("统筹推进地方政府债务、中小金融机构等领域风险化解。推动量子科技、生物制造等领域取得突破。")
    got = names(ex, "Industry")
    assert {"量子科技", "生物制造"} <= got and not ({"地方政府债务", "中小金融机构"} & got), got


def test_many_fields_is_no_category():
    ex = run("拓展农业、文旅、教育、医疗、反诈等多领域AI场景应用。")
    assert not any(r.predicate == "inCategory" for r in ex.relations)
    assert "多领域" not in names(ex, "Industry")


@pytest.mark.parametrize("text, found, absent", [
    # one programme before 等 and a programme category, right after the verb that launches it
    ("深入推进市场准入壁垒清理等专项整治行动。", {"市场准入壁垒清理"}, {"专项整治行动"}),
    ("深入实施冀货出海等行动。", {"冀货出海行动"}, set()),  # the bare head after 等 is the item's
    # a content verb (提高) or a joined item (…与) belongs to the name; a field (领域) is an area
    ("出台提高城乡低保标准等10项民生政策。", set(), {"城乡低保标准", "民生政策"}),
    ("实施生态保护修复与水土流失等综合治理工程。", set(), {"水土流失"}),
    ("推进财税金融等重点领域改革。", set(), {"财税金融"}),
])
def test_one_programme_before_its_category(text, found, absent):
    got = names(run(text), "Policy")
    assert found <= got, got
    assert not (absent & got), got


def test_one_company_is_no_list_of_companies():
    ex = run("思哲睿等5户企业入选工信部名单。")
    assert "思哲睿" not in names(ex, "Organization")


@pytest.mark.parametrize("text, found, absent", [
    ("带动航空智能制造等做大做强。", {"航空智能制造"}, {"智能制造"}),  # 能 of 智能 is no modal verb (能消费)
    ("特色现代农业提质增效。", {"特色现代农业"}, {"现代农业"}),  # a paired verb of the genre ends the name
    ("大力发展文化旅游业，加快打造世界知名旅游目的地。", {"文化旅游业"}, {"旅游业"}),  # 业 closes the name
    ("盘活存量产业。", set(), {"存量产业"}),
])
def test_the_longest_industry_name_by_its_head(text, found, absent):
    got = names(run(text), "Industry")
    assert found <= got, got
    assert not (absent & got), got


def test_each_item_of_a_list_may_open_with_its_own_verb():
    got = names(run("落实提高城乡居民基础养老金、发放育儿补贴、逐步推行免费学前教育等政策，降低群众支出负担。"), "Policy")
    assert {"育儿补贴", "免费学前教育"} <= got, got
    assert not {"发放育儿补贴", "逐步推行免费学前教育"} & got, got
    # a verb further in is the item's own, and one character opens no verb (再制造)
    got = names(run("推动创业带动就业、产业就业协同联动等政策落地。"), "Policy")
    assert "创业带动就业" in got or "产业就业协同联动" in got, got


@pytest.mark.parametrize("text, found, absent", [
    ("依托稀土等战略性资源，大力发展高端合金、高性能纤维及复合材料。", {"高端合金", "高性能纤维", "复合材料"}, set()),
    # no known sector among the items, or a body, an input or a task among them: nothing is typed
    ("大力发展普惠托育、社区食堂。", set(), {"普惠托育", "社区食堂"}),
    ("系统布局高端资源、创新要素、特色产业，加快内外联动。", set(), {"高端资源", "创新要素"}),
    ("做强特色优势产业、补短板技术攻关、培育未来产业。", set(), {"补短板技术攻关"}),
])
def test_a_list_after_a_developing_verb_types_its_items_by_a_known_one(text, found, absent):
    got = names(run(text), "Industry")
    assert found <= got, got
    assert not (absent & got), got


@pytest.mark.parametrize("text, found, absent", [
    ("巩固一般贸易，拓展中间品贸易。", {"一般贸易"}, {"巩固一般贸易"}),  # a clause's verb opens no sector
    ("突出重点集群，高标准建设专业园区。", set(), {"突出重点集群", "集群"}),  # an idiom and a bare head: none
    ("大力发展定制农业，培育升级一批定制品牌。", {"定制农业"}, set()),  # before a bare head the verb stays
    ("全力稳住价格，做大特色产业规模。", {"特色产业"}, {"大特色产业"}),  # 做 | 大: a verb cut across the edge
    ("释放文旅、赛事、餐饮等消费潜力。", {"赛事", "餐饮"}, {"释放文旅"}),  # a verb whose object is the list
    ("举办首届青稞产业发展大会。", {"青稞产业"}, {"首届青稞产业"}),  # the edition is the meeting's
    ("扩容提质多元消费。提质扩容服务消费。", {"服务消费"}, {"提质扩容服务消费", "扩容提质多元消费"}),  # paired verbs
    ("镍铜钴新材料产业集群进入国家中小企业特色产业集群。", set(), {"集群进入国家中小企业特色产业集群"}),
    ("以优质供给提振消费，抓创新强链条壮集群，以创新创业兴产业。", set(),
     {"优质供给提振消费", "强链条壮集群", "创新创业兴产业", "创业兴产业"}),  # the head is the verb's object
    ("培育壮大战略性新兴产业集群，发展国家新兴产业。", {"战略性新兴产业集群"}, set()),  # 新兴 is no verb
    ("加快建设法治经济、信用经济，完善社会主义市场经济体制。", set(), {"法治经济", "信用经济", "市场经济"}),  # orders
])
def test_an_industry_name_does_not_open_with_the_clauses_verb(text, found, absent):
    got = names(run(text), "Industry")
    assert found <= got, got
    assert not (absent & got), got


@pytest.mark.parametrize("text, found, absent", [
    ("智能手机、服务器、功率半导体、柔性显示等新产品产量增长。", {"功率半导体"}, {"半导体"}),
    ("提升新能源、生物医药、高端纺织、船舶海工等优势产业集群。", {"高端纺织"}, {"纺织"}),
    ("释放文旅、体育等服务消费潜力。", set(), {"体育等服务消费"}),  # 等 is no modifier
])
def test_a_list_item_names_the_whole_item_around_a_lexicon_sector(text, found, absent):
    got = names(run(text), "Industry")
    assert found <= got, got
    assert not (absent & got), got


def test_a_counted_programme_head_is_each_items_head():
    got = names(run("统筹实施城市生命线、全域水患治理、城乡安居三大工程，推进城乡房屋安全。"), "Policy")
    assert {"城市生命线工程", "全域水患治理工程", "城乡安居工程"} <= got, got
    assert "城乡安居" not in got, got
    # a modifier between the count and the head makes the last item that modifier's, not a member
    got = names(run("启动城建六大攻坚行动和房地产八大提升行动。"), "Policy")
    assert "房地产行动" not in got, got


def test_the_parts_of_a_quoted_slogan_are_no_sectors():
    got = names(run("让广大群众“有钱消费、有意消费、有地消费、有闲消费”。"), "Industry")
    assert not {"有钱消费", "有闲消费"} & got, got


def test_a_verb_before_a_modified_sector_opens_no_industry_name():
    got = names(run("撬动品质升级消费。因地制宜发展壮大城乡商贸流通服务业，做活城乡商贸流通服务业。"), "Industry")
    assert not any(n.startswith(("撬动", "做活")) for n in got), got


def test_a_domain_in_a_list_of_policies_is_no_policy():
    ex = run("强化价格、补贴、保险等政策支持，推进供水、供气、供热等公用事业价格改革，深化养老、供销、电力等领域改革。")
    assert not {"价格", "补贴", "保险", "供水", "供气", "供热", "养老", "供销", "电力"} & names(ex, "Policy")


@pytest.mark.parametrize("text, kind, name", [
    ("做强做优做大绿色铝、硅光伏、磷化工、有色和稀贵金属等资源型产业。", "Industry", "绿色铝"),
    ("做强做优做大资源型产业。", "Industry", "资源型产业"),
    ("做精做深飞机维修产业。", "Industry", "飞机维修产业"),
    ("推深做实专项债券项目“自审自发”试点。", "Policy", "专项债券项目“自审自发”试点"),
])
def test_a_run_of_do_verbs_opens_no_name(text, kind, name):
    """做强做优做大, 推深做实, 做精做深: jieba cuts the run as 做|优做|大, and its last character stayed on the name
    (大绿色铝, 实零基预算改革)."""
    got = names(run(text), kind)
    assert name in got and not any(n.endswith(name) and n != name for n in got), got


def test_a_bare_kind_a_class_of_fairs_or_a_clause_is_no_category():
    ex = run("推动新能源、新材料等产业集群建设。办好玉石珠宝、国际贸易等专业品牌展会。"
             "在消费、养老等方面推出若干改革。")
    found = names(ex, "Industry") | names(ex, "Meeting") | names(ex, "Policy")
    assert not {"产业集群", "专业品牌展会", "方面推出若干改革"} & found
    assert {"新能源", "新材料"} <= names(ex, "Industry")


def test_an_industrial_belt_is_the_category_and_a_verb_after_industry_is_not():
    ex = run("不断做强做优临海蓝色、闽西北绿色、闽东南高优三大特色农业产业带，加快农业农村现代化。")
    assert "三大特色农业产业" not in names(ex, "Industry")
    assert any(n.endswith("特色农业产业带") for n in names(ex, "Place"))
    assert {"钢铁", "化工"} <= names(run("钢铁、化工等优势产业带动作用发挥不够。"), "Industry")


def test_sites_listed_before_a_programme_on_them_stay_sites():
    ex = run("实施满洲里、二连浩特、甘其毛都、策克、满都拉等重点口岸提升工程，加快建设。")
    assert {"甘其毛都", "策克", "满都拉"} <= labels(ex, "Place")
    assert "重点口岸提升工程" in labels(ex, "Policy") and not {"满都拉", "策克"} & labels(ex, "Policy")


@pytest.mark.parametrize("text, kind, absent, present", [
    ("合理规划建设低空垂直起降设施。", "Strategy", "合理规划", None),
    ("举办国际葡萄酒文化旅游博览会，争办世界葡萄酒大会。", "Meeting", "争办世界葡萄酒大会", "世界葡萄酒大会"),
])
def test_a_manner_or_a_bid_is_no_part_of_a_name(text, kind, absent, present):
    got = labels(run(text), kind)
    assert absent not in got and (present is None or present in got), got


@pytest.mark.parametrize("text", [
    "切实保障国家能源、粮食安全，筑牢底线。",
    "有效保障粮食能源、经济金融、生物生态等重点领域安全，守住底线。",
    "加强化工、矿山、道路交通、海上作业等领域安全治理。",
])
def test_items_that_share_a_security_head_are_no_industries(text):
    got = names(run(text), "Industry")
    assert not {"国家能源", "粮食能源", "经济金融", "矿山", "道路交通", "海上作业"} & got, got


@pytest.mark.parametrize("text, absent, present", [
    ("新医药产业聚焦生物制药与高端医疗器械两大产业，支持创新药发展。", "高端医疗器械两大产业", None),
    ("着力打造六大新兴支柱产业集群，布局培育六大未来产业。", "六大新兴支柱产业集群", "新兴支柱产业集群"),
])
def test_a_sector_is_named_without_its_count(text, absent, present):
    got = names(run(text), "Industry")
    assert absent not in got and (present is None or present in got), got


@pytest.mark.parametrize("text", [
    "发展壮大懂科技懂产业的技术经理人队伍。",
    "决不以牺牲环境换取经济的一时增长。",
    "最大限度释放扩消费稳经济的政策效应。",
])
def test_a_clause_before_de_names_no_sector(text):
    """A head word inside a clause that modifies a noun (…产业的技术经理人) is a verb's object, not a name."""
    got = names(run(text), "Industry")
    assert not any(len(n) > 4 for n in got), got


@pytest.mark.parametrize("text, found, absent", [
    ("工业稳步增长。绿色铝、硅光伏、新能源电池合计产值年均增长30.4%。", {"绿色铝", "硅光伏", "新能源电池"}, {"光伏", "新能源"}),
    ("外贸向好。集成电路、汽车零配件、锂电池出口分别增长10%。", {"集成电路", "汽车零配件", "锂电池"}, {"汽车"}),
    ("工业向好，推动制造业、数字经济核心产业增加值年均分别增长。", {"制造业"}, {"推动制造业"}),
    ("稳中有进。食品、药品抽检合格率分别达99%。", set(), {"药品抽检合格率"}),
])
def test_a_list_measured_by_a_sectors_figure_names_sectors(text, found, absent):
    """A list that opens its clause and is the subject of 产值/产量/增加值… names sectors when half its items hold a
    known one; a known sector inside an item gives way to the whole item."""
    got = names(run(text), "Industry")
    assert found <= got, got
    assert not (absent & got), got


def test_the_themes_of_a_class_of_fairs_are_no_meetings():
    ex = run("重点引进户外运动、玉石珠宝、国际贸易等专业品牌展会。办好世界智能产业博览会、世界职业技术教育发展大会等高端展会。")
    assert not {"户外运动", "玉石珠宝"} & labels(ex, "Meeting"), labels(ex, "Meeting")
    assert "世界智能产业博览会" in labels(ex, "Meeting")


def test_a_list_item_is_split_only_at_a_conjunction_of_its_own():
    ex = run("推广小规模学校优化调整、巡回诊疗模式、公众参与应急救护等试点经验。"
             "软件信息、科技服务和商务服务三大产业对经济增长贡献率达到40%。")
    found = {e.label for e in ex.entities}
    assert "公众参" not in found, found
    assert {"科技服务", "商务服务"} <= found, found


def test_kinds_of_bodies_listed_before_their_category_are_no_sectors():
    got = names(run("支持农民合作社、家庭农场等新型农业经营主体发展。"), "Industry")
    assert not {"农民合作社", "家庭农场"} & got, got


@pytest.mark.parametrize("text, sector", [
    ("疏解提质一般制造业企业104家。", "制造业"),
    ("农业中关村和种业之都建设取得进展。", "农业"),
    ("攻关工业母机，培育5个工业强县。", "工业"),
])
def test_a_broad_sector_that_describes_a_thing_is_no_sector_node(text, sector):
    assert sector not in names(run(text), "Industry")


def test_a_broad_sector_named_as_a_sector_stays():
    assert "工业" in names(run("规上工业增加值增长5%，扩大工业投资。"), "Industry")


@pytest.mark.parametrize("text, absent, kept", [
    ("把冰雪旅游业培育成为支柱产业、富民产业，努力把林业建成现代化大产业。", {"支柱产业", "富民产业", "现代化大产业"},
     {"旅游业"}),
    ("做强主导产业、支柱产业，把宜宾打造成为动力电池产业之都。", set(), {"支柱产业"}),  # a category of its own
])
def test_what_a_sector_is_made_into_is_a_role_not_a_sector(text, absent, kept):
    found = names(run(text), "Industry")
    assert not absent & found and kept <= found, found


def test_serving_a_whole_sector_is_the_clauses_verb():
    found = names(run("引导金融更好服务实体经济，服务优势产业和上下游企业走出去。"), "Industry")
    assert "实体经济" in found and not any(n.startswith("服务") for n in found), found
    # 服务贸易 and 服务器制造业 are sectors of their own
    assert {"服务贸易", "服务器制造业"} <= names(run("大力发展服务贸易，推动服务器制造业产值持续增长。"), "Industry")


def test_a_place_and_a_sector_before_a_count_of_platforms_are_the_sites_names():
    found = names(run("大连绿色化工、锦州先进材料2个平台入选国家级中试平台。大力发展绿色化工。"), "Industry")
    assert not {"大连绿色化工", "锦州先进材料"} & found and "绿色化工" in found, found


@pytest.mark.parametrize("text, label", [
    ("大力发展开放型经济，稳定大宗商品贸易。", "开放型经济"),
    ("外向型经济蓬勃发展，各类经营主体活跃。", "外向型经济"),
    ("高质量发展县域经济，培育更多百亿级产业集群。", "高质量发展县域经济"),
])
def test_an_economys_orientation_or_a_goal_verb_is_no_sector(text, label):
    assert label not in names(run(text), "Industry")


def test_two_sectors_joined_by_he_share_the_head_written_after_the_second():
    got = {e.label for e in run("形成全国最完整的铂族金属和钛产业链。").entities if e.type == "Industry"}
    assert {"铂族金属产业链", "钛产业链"} <= got, got
    # two named things, a list's last items, and a goal before 和 share nothing
    for text in ("繁荣发展文化事业和文化产业。", "软件信息、科技服务和商务服务三大产业贡献超五成。",
                 "保障国家粮食安全和新能源产业链供应链安全。"):
        labels = {e.label for e in run(text).entities}
        assert not {"文化事业产业", "科技服务产业", "国家粮食安全产业链"} & labels, labels
    # a field's talents are people, not a sector (泰山产业领军人才, a province's talent programme)
    labels = {e.label for e in run("引育国家级人才计划专家和泰山产业领军人才。").entities if e.type == "Industry"}
    assert not labels, labels


def test_institutions_listed_as_industry_platforms_are_organizations():
    ex = run("建设昇腾生态适配中心、开源鸿蒙适配中心、智能体创新中心等产业创新平台。")
    types = {e.label: e.type for e in ex.entities}
    assert types.get("开源鸿蒙适配中心") == "Organization" and types.get("智能体创新中心") == "Organization", types


@pytest.mark.parametrize("text, found, absent", [
    ("放大辽东绿色经济区生态优势，建设大健康产业基地、绿色农产品和有机食品加工基地。",
     {"大健康产业", "绿色农产品加工", "有机食品加工"}, set()),
    ("包头、通辽打造高端铝后加工基地，赤峰打造绿色锂产业基地。", {"高端铝后加工", "绿色锂产业"}, {"通辽打造高端铝后加工"}),
    ("推动风电装备企业投资升级，打造海上风电装备制造基地。", {"海上风电装备制造"}, set()),
    # a product's site, a rank or a count names no sector
    ("建成全球最大己二酸生产基地，推动4个万亿级产业基地建设。", set(), {"己二酸生产", "万亿级产业"}),
    ("建设镍铜钴镁等战略性矿产资源高效开采与先进加工基地。", set(), {"先进加工", "战略性矿产资源高效开采加工"}),
    # the company that owns the base is no part of its sector, and a company's longer name keeps its first word
    ("推动通威太阳能光伏产业基地等项目竣工投产。", set(), {"通威太阳能光伏产业"}),
    ("加快中信博光伏支架制造基地建设。", {"中信博光伏支架制造"}, {"博光伏支架制造"}),
])
def test_a_base_named_for_its_sector_names_the_sector(text, found, absent):
    got = names(run(text), "Industry")
    assert found <= got, got
    assert not (absent & got), got


@pytest.mark.parametrize("text, found", [
    ("支持工会、共青团、妇联、残联、贸促会、红十字会、计生协、科协等群团组织更好发挥桥梁纽带作用。",
     {"工会", "共青团", "妇联", "残联", "贸促会", "红十字会", "计生协", "科协"}),
    ("工会、共青团、妇联、残联、科协、侨联、工商联、红十字会等群团和社会组织作用有力发挥。",
     {"工会", "共青团", "侨联", "红十字会"}),
    ("发挥工会、共青团、妇联等人民团体桥梁纽带作用。", {"工会", "共青团", "妇联"}),
])
def test_mass_organisations_listed_before_their_kind_are_bodies(text, found):
    """群团组织 and 人民团体 type their members as Organization (each is one named body); the kind itself is none."""
    ex = run(text)
    assert found <= names(ex, "Organization")
    assert not {"群团组织", "群团", "人民团体"} & (names(ex, "Organization") | names(ex, "Industry"))
    assert not {"支持工会", "发挥工会"} & names(ex, "Organization")


@pytest.mark.parametrize(("sentence", "programmes"), [
    ("深入推进中华优秀传统文化传承发展、文艺精品创优等工程，支持文学发展。",
     {"中华优秀传统文化传承发展工程", "文艺精品创优工程"}),
    ("深入开展劣V类水体剿灭、城市生活污水突出问题整治等专项行动，巩固治理成效。",
     {"劣V类水体剿灭专项行动", "城市生活污水突出问题整治专项行动"}),
])
def test_a_bare_programme_head_after_deng_is_each_items(sentence, programmes):
    got = labels(run(sentence), "Policy")
    assert programmes <= got, got


@pytest.mark.parametrize(("sentence", "unwanted", "kept"), [
    ("持续提升计量、标准、检测、认证等服务企业的能力。", {"计量", "认证"}, set()),
    ("推动行业协会商会、产业联盟、专业机构等与企业深入对接。", {"产业联盟", "专业机构"}, set()),
    ("推动专精特新“小巨人”企业、高新技术企业、科技型中小企业等优质企业梯度培育。", {"高新技术企业"}, set()),
    ("培育了超聚变、中创智领等一批行业领军企业。", set(), {"超聚变", "中创智领"}),
])
def test_a_list_before_firms_names_firms_only_when_its_items_are_no_classes(sentence, unwanted, kept):
    got = names(run(sentence), "Organization")
    assert not (unwanted & got) and kept <= got, got


def test_a_places_field_before_a_category_of_reform_pilots_is_its_pilot():
    got = labels(run("深化杭州和嘉兴科创金融、丽水普惠金融等国家级区域金融改革试点。积极稳妥推进事业单位改革。"), "Policy")
    assert {"嘉兴科创金融改革试点", "丽水普惠金融改革试点"} <= got and "嘉兴科创金融" not in got, got


def test_a_bare_reform_or_pilot_after_a_list_is_each_items():
    got = labels(run("深化国资国企、事业单位等改革。创新药应用、国际医疗创新发展等试点深入开展。"), "Policy")
    assert {"国资国企改革", "事业单位改革", "创新药应用试点", "国际医疗创新发展试点"} <= got, got
    got = labels(run("新一轮林长制、新安江生态补偿机制、职务科技成果赋权等改革成为全国样板。"), "Policy")
    assert "新安江生态补偿机制" in got and "新安江生态补偿机制改革" not in got, got  # a named system keeps its name
    assert "职务科技成果赋权改革" in got, got


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("推动船舶等传统产业提质升级，厚植家电、食品、服装等产业优势。", "家电", "厚植家电"),
    ("引育文旅头部企业，做热做旺演艺经济、赛事经济。", "演艺经济", "旺演艺经济"),
    ("优化提升传统产业、培育壮大新兴产业、前瞻布局未来产业。", "新兴产业", "壮大新兴产业"),
    ("发展循环经济和再制造产业，加快建设新型能源体系。", "再制造", "制造产业"),
])
def test_the_verbs_before_a_sector_are_no_part_of_it(text, wanted, unwanted):
    got = names(run(text), "Industry")
    assert wanted in got and unwanted not in got, got


def test_a_sector_opening_a_companys_or_a_catalogues_name_is_not_emitted():
    got = labels(run("组建广西关键金属产业发展集团，引进投资。聚焦国家产业发展与转移指导目录，深化合作。"), "Industry")
    assert not got & {"广西关键金属产业", "国家产业"}, got


def test_a_place_before_a_sector_is_whose_it_is_not_its_name():
    got = names(run("重庆汽车产业实现从传统燃油向新能源转型。全面对接融入粤港澳大湾区产业发展。打造呼包鄂低空经济产业集群。"),
                "Industry")
    assert "汽车产业" in got and not {"重庆汽车产业", "粤港澳大湾区产业"} & got, got
    assert "呼包鄂低空经济产业集群" in got, got  # a place's cluster is one named grouping


def test_items_before_a_quoted_count_of_programmes_share_its_head():
    got = labels(run("聚力实施产业能级跃升、内需扩容增效、乡村振兴齐鲁样板升级等“十大工程”。"), "Policy")
    assert {"产业能级跃升工程", "内需扩容增效工程", "乡村振兴齐鲁样板升级工程"} <= got, got


def test_a_one_character_verb_and_noun_open_the_name_they_make():
    got = names(run("用足用好稳岗返还、税费减免等政策，稳定就业。"), "Policy")
    assert "稳岗返还" in got and "岗返还" not in got, got


def test_firms_of_a_trade_and_firms_safety_name_no_company():
    ex = run("吸引卫星研发制造、火箭总装测试、卫星数据应用等企业集聚。推进危化品重大危险源、煤矿等企业安全风险监测。")
    orgs = {e.label for e in ex.entities if e.type == "Organization"}
    assert not ({"卫星研发制造", "火箭总装测试", "卫星数据应用", "煤矿", "危险源"} & orgs), orgs
    ex = run("支持平煤神马、洛轴等龙头企业牵头组建创新联合体。")
    assert {"平煤神马", "洛轴"} <= {e.label for e in ex.entities if e.type == "Organization"}


def test_a_list_of_counts_of_kinds_names_no_member():
    ex = run("推动“双高协同”，新建10家省级概念验证中心、30家标杆孵化器等创新平台。")
    assert "省级概念验证中心" not in {e.label for e in ex.entities}, [(e.type, e.label) for e in ex.entities]


def test_a_fields_new_model_is_no_sector_but_new_formats_and_models_are():
    assert "新模式" not in names(run("探索科技成果转化新模式。探索源网荷储一体化新模式。"), "Industry")
    assert "新模式" in names(run("着力发展外贸新业态新模式，培育跨境电商产业。"), "Industry")


def test_a_sector_word_inside_a_bodys_or_sites_name_is_no_sector_of_its_own():
    ex = run("支持北京数据集团和国际大数据交易所发展。组建吉翼具身智能机器人公司。")
    assert not ({"大数据", "机器人"} & names(ex, "Industry")), names(ex, "Industry")
    assert "国际大数据交易所" in names(ex, "Organization")


def test_a_sectors_short_form_modifying_a_noun_names_no_sector():
    assert "文化旅游" not in names(run("放大辽东绿色资源优势，用好特色农产品、清洁能源、文旅资源。"), "Industry")
    assert "文化旅游" in names(run("推动文旅深度融合，促进电商高质量发展。"), "Industry")
    assert "电子商务" in names(run("推动文旅深度融合，促进电商高质量发展。"), "Industry")


def test_a_sector_word_inside_a_quoted_name_is_no_sector_of_its_own():
    ex = run("理清不合理限制性措施，擦亮“放心消费在浙江”品牌。深化“放心消费在安徽”行动。")
    assert "放心消费" not in names(ex, "Industry"), names(ex, "Industry")


def test_the_words_of_a_national_designation_name_no_sector():
    ex = run("争创国家新兴产业发展示范基地。电子信息、生物医药入选国家先进制造业集群。")
    got = names(ex, "Industry")
    assert "国家新兴产业" not in got and "国家先进制造业集群" in got, got


def test_a_bare_programme_word_after_a_list_names_no_category():
    ex = run("深化地方政府债务管理、财政运行风险等领域改革试点。实施市场准入壁垒清理、违规收费整治等专项行动。")
    assert not ({"改革试点", "专项行动"} & {e.label for e in ex.entities}), [e.label for e in ex.entities]


def test_a_lists_shared_place_is_no_part_of_its_first_member():
    got = names(run("推动综保区保税物流、保税加工、保税维修等新业态发展。"), "Industry")
    assert {"保税物流", "保税加工", "保税维修"} <= got and "综保区保税物流" not in got, got


def test_a_comparison_is_no_part_of_a_sectors_name():
    ex = run("货物贸易增长10%，跨境电商增长快于货物贸易。")
    assert not any("快于" in n for n in labels(ex, "Industry"))


def test_a_list_after_ji_and_before_zhihou_keeps_only_its_items():
    ex = run("草业成为继奶业、玉米、肉羊之后第4个千亿级农牧产业。")
    assert {"奶业", "玉米", "肉羊"} <= labels(ex, "Industry")
    assert not any(n.startswith("继") or "之后" in n for n in labels(ex, "Industry"))


def test_a_format_ending_in_a_measure_word_before_deng_is_whole():
    ex = run("大力发展跨境电商、保税维修、再制造、二手车出口等新业态新模式。")
    assert "二手车出口" in labels(ex, "Industry") and "二手车" not in labels(ex, "Industry")


def test_means_listed_before_a_second_list_are_no_industries():
    ex = run("统筹运用财政、国资、金融等手段和经济、行政、法律等方式，有效防范化解重点领域风险。")
    assert not labels(ex, "Industry") & {"运用财政", "国资", "手段和经济"}


def test_rivers_and_basins_a_programme_works_on_are_places():
    ex = run("强化水土协同治理，实施清水河、苦水河、沙湖等综合治理工程150多个。")
    assert {"清水河", "苦水河"} <= labels(ex, "Place")
    assert not labels(ex, "Policy") & {"清水河", "苦水河", "沙湖"}


def test_wastes_and_a_described_cluster_are_no_industries():
    ex = run("推进粉煤灰、冶金渣、化工渣等大宗工业固废源头减量、综合利用。"
             "全力打造3大系统、12大总成、56个部件全覆盖的完整产业集群，新能源汽车产量增长。")
    assert not labels(ex, "Industry") & {"粉煤灰", "冶金渣", "大宗工业", "完整产业集群", "部件全覆盖的完整产业集群"}
    assert "新能源汽车" in labels(ex, "Industry")


def test_a_sectors_measure_after_it_is_no_part_of_its_name():
    ex = run("力争电子信息、有色金属、装备制造业产业规模分别达1.28万亿。")
    assert not any(n.endswith("业产业") for n in labels(ex, "Industry"))


def test_handling_a_relation_right_names_no_sector():
    assert not labels(run("要正确处理经济和生态的关系，牢固树立相互依存的导向。"), "Industry")


def test_making_things_is_no_sector():
    assert "研发制造" not in labels(run("加强大飞机整机、直升机、无人机等研发制造。"), "Industry")


def test_a_list_of_trades_is_industries_but_a_count_of_trade_models_is_not():
    found = names(run("加快金融、物流、租赁商务等行业高质量发展。"), "Industry")
    assert {"金融", "物流", "租赁商务"} <= found, found
    found = names(run("浪潮海若、卡奥斯天智、潍柴齐天等148个行业大模型上线。"), "Industry")
    assert not {"浪潮海若", "卡奥斯天智"} & found, found


def test_a_public_field_listed_beside_industries_is_no_industry():
    found = names(run("聚焦制造业、交通运输、民生等领域，培育一批示范项目。"), "Industry")
    assert "民生" not in found and "交通运输" in found, found


def test_a_list_of_projects_names_each_project_and_no_class_of_them():
    ex = run("加快杭淳开高速公路、衢州先导智能传感器、湖州微腔电子纸显示器件等项目建设进度。")
    policies = labels(ex, "Policy")
    assert {"杭淳开高速公路", "衢州先导智能传感器", "湖州微腔电子纸显示器件"} <= policies, policies
    assert not any(n.endswith("项目") for n in policies), policies


@pytest.mark.parametrize("text", [
    "抓好生物制造、氢能装备、同位素应用等项目建设。",  # sectors, not projects
    "因地制宜采取资源化利用、调整微动力设施、纳厂处理等方式提高建成项目运行效率。",  # a clause before 项目
    "综合运用专项债、政府投资基金等工具支持产业项目。",
])
def test_sectors_and_clauses_before_projects_name_no_project(text):
    assert not labels(run(text), "Policy") - {"专项债"}, labels(run(text), "Policy")


def test_two_sectors_joined_before_their_class_are_each_a_sector():
    found = {e.label for e in run("做大做强雄安中关村科技园等平台，发展空天信息和卫星互联网等产业。").entities if e.type == "Industry"}
    assert {"空天信息", "卫星互联网"} <= found, found


def test_an_inland_port_is_named_by_its_city():
    places = {e.label for e in run("做大做强石家庄国际陆港，完善空港、陆港、海港集疏运体系。").entities if e.type == "Place"}
    assert "石家庄国际陆港" in places and "陆港" not in places, places


def test_a_category_of_consumption_with_what_is_said_of_it_still_types_its_list():
    found = {e.label for e in run("释放文旅、赛事、餐饮、康养等服务消费潜力。").entities if e.type == "Industry"}
    assert {"服务消费", "赛事", "餐饮", "康养"} <= found, found


def test_qualities_listed_before_a_kind_of_consumption_name_it_with_the_head():
    found = {e.label for e in run("培育壮大数字、绿色、健康等新型消费。").entities if e.type == "Industry"}
    assert {"数字消费", "绿色消费", "健康消费", "新型消费"} <= found and not {"数字", "绿色"} & found, found


@pytest.mark.parametrize(("text", "tours", "not_tours"), [
    ("支持珲春、集安等地发展边境游、跨境游。", {"边境游", "跨境游"}, set()),
    ("推进黄河中游、上下游协同治理，做到宜游则游。", set(), {"黄河中游", "宜游则游", "上下游"}),
])
def test_kinds_of_tours_are_tourism_sectors(text, tours, not_tours):
    found = {e.label for e in run(text).entities if e.type == "Industry"}
    assert tours <= found and not (not_tours & found), found


def test_feedstocks_listed_before_a_shared_chemistry_each_name_their_own():
    ex = run("推动磷、煤、锰、氟化工耦合循环一体化发展，进一步推动铝加工、锰加工延链强链。")
    found = {e.label for e in ex.entities if e.type == "Industry"}
    assert {"磷化工", "煤化工", "锰化工", "氟化工", "铝加工", "锰加工"} <= found, found
    assert not {"磷", "煤"} & found


def test_one_two_three_industries_are_no_feedstocks():
    found = {e.label for e in run("一、二、三产业增加值分别增长3%、5%和6%。").entities if e.type == "Industry"}
    assert not {"一产业", "二产业"} & found, found


@pytest.mark.parametrize(("text", "members"), [
    ("推动餐饮住宿、家政物业、养老托育、休闲娱乐等生活性服务业优质高效发展。", {"餐饮住宿", "家政物业", "养老托育", "休闲娱乐"}),
    ("促进健康医疗、养老育幼、家政物业等生活性服务业高品质、多样化、便利化发展。", {"健康医疗", "养老育幼", "家政物业"}),
])
def test_how_a_category_is_to_develop_is_no_longer_name_of_it(text, members):
    found = {e.label for e in run(text).entities if e.type == "Industry"}
    assert members | {"生活性服务业"} <= found, found


def test_an_item_inside_a_list_that_joins_two_known_sectors_names_both():
    ex = run("科学布局金属新材料、脑机接口、具身智能和人形机器人、核医疗、固态电池等细分赛道。")
    found = {e.label for e in ex.entities if e.type == "Industry"}
    assert {"具身智能", "人形机器人", "核医疗"} <= found and "具身智能和人形机器人" not in found, found


@pytest.mark.parametrize(("text", "places"), [
    ("推动关公故里、北岳恒山景区等创建国家5A级旅游景区。", {"关公故里", "北岳恒山景区"}),
    ("推进罗布人村寨等创建国家5A级旅游景区。", {"罗布人村寨"}),
    ("推动乌拉盖九曲湾、敖鲁古雅使鹿部落创建国家5A级景区。", {"乌拉盖九曲湾", "敖鲁古雅使鹿部落"}),  # no 等
    ("台州府城、云和梯田、金华双龙成功创建国家5A级旅游景区。", {"台州府城", "云和梯田", "金华双龙"}),
])
def test_sites_listed_before_they_enter_a_class_of_sites_are_places(text, places):
    assert places <= labels(run(text), "Place"), labels(run(text), "Place")


@pytest.mark.parametrize(("text", "members"), [
    ("促进健康、养老、托育、家政等服务消费扩容提质，培育壮大智能家居。", {"健康", "养老", "托育", "家政", "服务消费"}),
    ("推动现代石化、绿色矿业等传统产业转型升级。", {"现代石化", "绿色矿业", "传统产业"}),
])
def test_a_category_of_services_or_sectors_and_how_it_is_to_change_types_its_list(text, members):
    found = {e.label for e in run(text).entities if e.type == "Industry"}
    assert members <= found and "石化" not in found, found


@pytest.mark.parametrize(("text", "sectors", "not_sectors"), [
    ("推动冰雪运动、冰雪文化、冰雪装备、冰雪旅游全产业链发展。", {"冰雪运动", "冰雪文化", "冰雪装备", "冰雪旅游"}, set()),
    ("延伸人参、食用菌全产业链。", {"人参", "食用菌"}, set()),
    ("构建勘探开发、储运利用、装备制造全产业链。", set(), {"勘探开发", "储运利用"}),  # stages of one chain
])
def test_sectors_listed_before_their_whole_chain_are_each_a_sector(text, sectors, not_sectors):
    found = {e.label for e in run(text).entities if e.type == "Industry"}
    assert sectors <= found and not (not_sectors & found), found


def test_a_developed_list_closed_by_etc_still_names_its_sectors():
    ex = run("因地制宜发展平台经济、金融服务、航运物流、工程设计、商务会展、人力资源服务等，推动生产性服务业为制造业赋能。")
    found = {e.label for e in ex.entities if e.type == "Industry"}
    assert {"金融服务", "航运物流", "工程设计", "商务会展", "人力资源服务"} <= found, found


def test_the_grouping_after_a_category_is_the_category_its_members_belong_to():
    ex = run("加力发展数字智能、高端装备、新材料、低空经济等战略性新兴产业集群，战略性新兴产业营收增长15%左右。")
    found = {(s, o) for s, p, o in relation_labels(ex) if p == "inCategory"}
    assert ("数字智能", "战略性新兴产业集群") in found and ("新材料", "战略性新兴产业集群") in found, found


def test_a_category_that_is_the_whole_chain_of_a_sector_is_the_sector():
    ex = run("推动光伏、风电、光热3条新能源装备制造完整产业链延链补链强链。")
    found = {(s, o) for s, p, o in relation_labels(ex) if p == "inCategory"}
    assert ("光伏", "新能源装备制造") in found and "新能源装备制造完整产业链" not in labels(ex, "Industry"), found


def test_a_quoted_counted_programme_of_projects_is_the_category_of_its_listed_works():
    ex = run("推进算力“四网融合”工程、城市基础设施更新改造工程等“十大基础设施项目”建设，加快邵永高铁建设。")
    assert "十大基础设施项目" in labels(ex, "Policy") and "十大基础设施项目" not in labels(ex, "Strategy"), labels(ex, "Policy")
    assert ("城市基础设施更新改造工程", "inCategory", "十大基础设施项目") in relation_labels(ex)


@pytest.mark.parametrize("text, word", [
    ("争取增加桂林入境旅游航线。", "入境旅游"),
    ("推动三一重能风电整机项目投产。", "风电"),
    ("多款汽车芯片实现国产化替代。", "汽车"),
])
def test_a_sector_word_modifying_a_product_or_line_names_no_sector(text, word):
    assert word not in labels(run(text), "Industry"), labels(run(text), "Industry")


def test_a_sector_modernised_is_still_named():
    assert "建筑业" in labels(run("为建筑业现代化转型提供支撑。"), "Industry")


def test_sites_listed_before_the_parks_they_are_to_become_are_places_in_that_category():
    ex = run("推进大地湾、大堡子山、锁阳城等国家考古遗址公园建设。")
    assert {"大地湾", "大堡子山", "锁阳城"} <= labels(ex, "Place"), labels(ex, "Place")
    assert ("大地湾", "inCategory", "国家考古遗址公园") in relation_labels(ex)


def test_the_verb_that_introduces_a_list_is_no_part_of_its_first_sector():
    found = names(run("据了解，此次集中开工的项目涵盖先进制造、现代服务等产业。"), "Industry")
    assert "先进制造" in found and not any("涵盖" in n for n in found), found


@pytest.mark.parametrize(("text", "category"), [
    ("推动光伏、新材料、石化等重点产业延链补链。", "重点产业"),
    ("做优小杂粮、中药材、冷凉蔬菜等特色产业。", "特色产业"),
])
def test_sectors_listed_before_their_class_by_standing_belong_to_it(text, category):
    pairs = {(s, o) for s, p, o in relation_labels(run(text)) if p == "inCategory"}
    assert {(m, category) for m in ("新材料", "中药材") if m in text} <= pairs, pairs


def test_a_class_word_stays_generic_before_other_heads():
    assert "重点实验室" not in labels(run("新建一批重点实验室和特色小镇。"), "Organization")


def test_livestock_listed_before_their_farming_belong_to_it():
    pairs = {(s, o) for s, p, o in relation_labels(run("大力发展生猪、肉鸡、肉鸽等优势畜禽养殖。")) if p == "inCategory"}
    assert pairs == {(m, "优势畜禽养殖") for m in ("生猪", "肉鸡", "肉鸽")}, pairs


def test_the_firms_a_park_admitted_are_named_without_the_verb():
    found = labels(run("示范园区已入驻银欣、越众、越鑫等光伏企业11家。"), "Organization")
    assert {"银欣", "越众", "越鑫"} <= found and "入驻银欣" not in found
