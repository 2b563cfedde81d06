"""Organizations and people: relative bodies qualified by the document's place, institutions, posts."""
from __future__ import annotations

import pytest

from tests.extract_helpers import labels, names, relation_labels, run


@pytest.mark.parametrize("text, expected", [
    ("在省委坚强领导下，市委团结带领全市人民。", {"省委", "市委"}),
    ("审议通过了市人大常委会工作报告。", {"市人大常委会"}),
    ("充分发挥*科学院、省科学院*先进材料产业技术研究院等作用。", {"*科学院", "省科学院*先进材料产业技术研究院"}),
    ("我代表示范区党工委、市委，表示祝贺。", {"示范区党工委", "市委"}),
    ("培育了超聚变、中创智领等一批行业领军企业。", {"超聚变", "中创智领"}),
    ("引入国机集团、中国通用、中国国新等央企战略力量联合发展。", {"中国通用", "中国国新"}),  # 央企: central SOEs
    ("促进诺和诺德、碧迪等重点外企扩大投资。", {"诺和诺德", "碧迪"}),
    ("国际深空探测学会总部落户合肥，新加坡设计业总商会重庆代表处成立。", {"国际深空探测学会", "新加坡设计业总商会重庆代表处"}),
    # national bodies every report names: the forces stationed in the province, ministries, the corps
    ("向驻皖人民解放军指战员、武警部队官兵致以崇高敬意！", {"中国人民解放军", "中国人民武装警察部队"}),
    ("118起成功避险案例获应急管理部和自然资源部通报表扬。最高法、海关总署等数据中心建成。",
     {"应急管理部", "自然资源部", "最高人民法院", "海关总署"}),
    ("支持兵团改革发展，在全国工商联万家民企评营商环境中位居前列。", {"新疆生产建设兵团", "全国工商联"}),
])
def test_organization_names(text, expected):
    assert expected <= names(run(text), "Organization")


def test_relative_body_takes_the_documents_province():
    ex = run("2026年河南省政府工作报告\n各位代表：\n在省委坚强领导下，我代表省人民政府报告工作。")
    orgs = {e.label: e for e in ex.entities if e.type == "Organization"}
    assert "河南省委" in orgs and "省委" in orgs["河南省委"].aliases
    assert "河南省人民政府" in orgs


def test_a_provinces_assets_commission_is_its_body():
    ex = run("2026年贵州省政府工作报告\n各位代表：\n省国资委监管企业利润增长。")
    assert "贵州省国资委" in labels(ex, "Organization")


def test_same_relative_body_in_two_unnamed_cities_stays_apart():
    a = run("在市委领导下。")
    b = run("在市委领导下，推进工作。")
    key_a = {e.key for e in a.entities if e.label == "市委"}
    key_b = {e.key for e in b.entities if e.label == "市委"}
    assert key_a and key_b and key_a != key_b


@pytest.mark.parametrize("text", ["全国重点实验室建设加快。", "新增上市公司5家。", "各级党组织要全面贯彻。",
                                  # a court work report's courts in general: no place names them
                                  "坚持用党的创新理论指引法院工作。", "推进首府法院工作高质量发展。"])
def test_generic_heads_are_not_organizations(text):
    assert not names(run(text), "Organization")


def test_a_court_is_named_by_its_place():
    found = names(run("兰州铁路运输法院、上海海事法院、城关区法院和北京知识产权法院参加。"), "Organization")
    assert {"兰州铁路运输法院", "上海海事法院", "北京知识产权法院"} <= found, found


def test_posts_link_people_to_bodies():
    ex = run("中共广东省委十三届八次全会召开\n省委书记黄坤明代表省委常委会作报告，省委副书记、省长、深圳市委书记孟凡利就经济工作作具体部署。")
    assert {"黄坤明", "孟凡利"} <= names(ex, "Person")
    rels = relation_labels(ex)
    assert ("黄坤明", "holdsPostIn", "广东省委") in rels
    assert ("孟凡利", "holdsPostIn", "深圳市委") in rels
    assert ("孟凡利", "holdsPostIn", "广东省人民政府") in rels


@pytest.mark.parametrize("text, person", [
    ("市委书记陈吉宁对做好今年工作提出要求。", "陈吉宁"),
    ("省长王予波表示，要抓好落实。", "王予波"),
    ("市长殷勇率队赴深圳考察。", "殷勇"),
    ("省委书记王宁到昆明调研。", "王宁"),
    ("四川省委书记王晓晖高度重视，多次作出指示。", "王晓晖"),
    ("省委副书记、省长施小琳多次专题研究规划编制工作。", "施小琳"),
    ("市政协主席孙丽等出席。", "孙丽"),  # 等 closes the list of people present: no name ends with it
    ("副市长孙丽等陪同调研。", "孙丽"),
    ("市委书记、市人大常委会主任李峰在致辞中指出，要抓好项目。", "李峰"),  # 在 opens where he spoke
    ("市委书记周军带领市招商服务中心负责人到北京开展招商引资活动。", "周军"),
])
def test_a_titled_name_before_the_verbs_of_speeches_and_visits(text, person):
    """Speeches and news releases go on from the name with 对/到/率队/表示…, not only with 作/在/主持."""
    assert names(run(text), "Person") == {person}


@pytest.mark.parametrize("text, person", [
    ("自治区主席艾尔肯·吐尼亚孜代表自治区人民政府作报告。", {"艾尔肯·吐尼亚孜"}),
    ("“人民楷模”布茹玛汗·毛勒朵、“全国最美退役军人”龙吉克·卡德尔等先进典型。", {"布茹玛汗·毛勒朵", "龙吉克·卡德尔"}),
    ("西藏自治区主席嘎玛泽登作报告。", {"嘎玛泽登"}),
    ("实施“两岸青山·千里林带”35万亩，新华·波罗的海国际航运中心发展指数排名第三。", set()),
    ("深入学习贯彻习近平总书记重要讲话精神。", {"习近平"}),
])
def test_names_without_a_han_surname(text, person):
    """Transcribed Uyghur or Kazakh names are joined by a middle dot; a Tibetan name after a post has no surname.
    A dotted slogan in quotes and a word after a post (总书记 | 重要讲话) are no names."""
    assert labels(run(text), "Person") == person


def test_names_in_a_disciplinary_decision():
    ex = run("会议审议通过了省纪委关于张广宁、刘光明、马学斌严重违纪违法问题的审查报告。")
    assert {"张广宁", "刘光明", "马学斌"} <= names(ex, "Person")


def test_words_before_tongzhi_are_not_names():
    assert not names(run("在全体代表和与会同志的共同努力下。"), "Person")


@pytest.mark.parametrize("text, expected, unwanted", [
    ("挂牌重庆大学智能汽车技术学院。", "重庆大学智能汽车技术学院", "挂牌重庆大学智能汽车技术学院"),
    ("筹建重庆市生物制造研究院。", "重庆市生物制造研究院", "筹建重庆市生物制造研究院"),
])
def test_an_institution_does_not_open_with_a_verb(text, expected, unwanted):
    found = names(run(text), "Organization")
    assert expected in found and unwanted not in found


def test_verb_plus_generic_head_is_no_institution():
    assert not names(run("要巩固银行体系稳健性。"), "Organization")


@pytest.mark.parametrize("text", ["建设紧密型城市医疗集团。", "办好老年大学。"])
def test_kinds_of_institution_are_not_institutions(text):
    assert not names(run(text), "Organization")


def test_two_character_name_before_tongzhi():
    assert names(run("市委书记张三同志出席会议。"), "Person") == {"张三"}


def test_the_party_committee_and_the_congress_with_its_standing_committee():
    from tests.extract_helpers import names, run

    ex = run("2026年北京市政府工作报告\n在中共北京市委直接领导下，在市人大及其常委会监督支持下。")
    got = names(ex, "Organization")
    assert {"北京市委", "北京市人大", "北京市人大常委会"} <= got, got
    assert "及其常委会" not in got, got  # the span stands for the committee; it does not spell it


def test_a_post_implies_its_body_but_is_no_name_of_it():
    ex = run("2026年湖南省政府工作报告\n省委副书记、省长毛伟明作报告。")
    gov = next(e for e in ex.entities if e.label == "湖南省人民政府")
    assert "省长" not in gov.aliases, gov.aliases
    assert ("毛伟明", "holdsPostIn", "湖南省人民政府") in relation_labels(ex)


def test_a_verb_before_a_body_or_an_event_is_not_its_name():
    from tests.extract_helpers import labels, run

    ex = run("落地澜湄旅游城市合作联盟总部。已印发大会审查。协同提升成渝世界级机场群能级。")
    assert "澜湄旅游城市合作联盟" in labels(ex, "Organization")
    assert not any(e.label in ("印发大会", "落地澜湄旅游城市合作联盟", "成渝世界级机场") for e in ex.entities)


@pytest.mark.parametrize("text, expected, unwanted", [
    ("对标世界银行营商环境评价标准。", "世界银行", "标世界银行"),  # jieba cuts 对|标: the verb's half is no name
    ("出台实施我省共建上海（长三角）国际科技创新中心建设方案。", "上海（长三角）国际科技创新中心",
     "我省共建上海（长三角）国际科技创新中心"),
    ("建成开放中国长城博物馆。", "中国长城博物馆", "开放中国长城博物馆"),
    ("研究了关于命名市博物馆等单位为爱国主义教育基地事宜。", "市博物馆", "命名市博物馆"),  # the body named so
])
def test_a_clause_before_an_institution_is_not_its_name(text, expected, unwanted):
    found = names(run(text), "Organization")
    assert expected in found and unwanted not in found, found


@pytest.mark.parametrize("text", [
    "两所大学3个学科跻身“双一流”。",  # a count of universities
    "全国首家股份制银行金融资产投资公司获批开业。",  # a rank of a kind
    "深化中小学集团化办学改革。",  # 集团 | 化: the head opens another word
    "资助残疾人大学生。",
    "闽江学院更名大学工作顺利推进。",  # a name, then what is said of it
    "北京证券交易所上市公司达288家。",
])
def test_counts_ranks_and_clauses_make_no_second_institution(text):
    found = names(run(text), "Organization")
    assert not any(n.endswith(("大学", "公司", "集团", "银行")) and n not in ("闽江学院",) for n in found), found


@pytest.mark.parametrize("text, company", [
    ("中国中铁股份有限公司董事长与我市签署战略合作协议。", "中国中铁股份有限公司"),
    ("与招商银行股份有限公司开展合作。", "招商银行股份有限公司"),
    ("省商业集团有限公司、恒丰银行党委书记参加。", "省商业集团有限公司"),
])
def test_a_company_is_one_name_to_its_legal_form(text, company):
    """股份 and 银行 close names too, but not before the company's legal form (比亚迪股份 | 有限公司)."""
    found = names(run(text), "Organization")
    assert company in found and not any(company.startswith(n) and n != company for n in found), found


def test_an_institution_named_by_the_level_word_belongs_to_the_documents_place():
    ex = run("2026年贵州省政府工作报告\n各位代表：\n做强省纺织集团，深化省外高水平大学帮扶。")
    orgs = {e.label: e for e in ex.entities if e.type == "Organization"}
    assert "贵州省纺织集团" in orgs and "省纺织集团" in orgs["贵州省纺织集团"].aliases
    assert "贵州省外高水平大学" not in orgs  # 省外: outside the province


@pytest.mark.parametrize("text, kept", [
    ("争取中央预算内投资150亿元。", False),  # a modifier of the investment
    ("深化与中央企业产业合作。", False),
    ("严格遵循中央和省委明确的重大原则要求。", True),  # the body, in a pair
])
def test_bare_zhongyang_is_a_body_only_where_it_stands_as_one(text, kept):
    assert ("中央" in names(run(text), "Organization")) is kept


@pytest.mark.parametrize("text, body", [
    ("10项改革典型被中央改革办推介。", "中央改革办"),
    ("培育更多企业进入中国商飞供应体系。", "中国商飞"),
    ("谋划推进高校区域技术转移转化中心建设。", "全国高校区域技术转移转化中心"),
    # a national programme's regional branch keeps its bracketed region
    ("建好用好全国高校区域技术转移转化中心（成渝地区），培育。", "全国高校区域技术转移转化中心（成渝地区）"),
])
def test_national_bodies_and_companies_by_name(text, body):
    assert body in labels(run(text), "Organization")


def test_a_level_or_scope_word_opens_a_class_of_institutions_not_one():
    ex = run("加快县级中医院建设，深化省外高水平大学帮扶，11家企业入选全球人形机器人上市公司百强。组建省外贸集团。")
    found = labels(ex, "Organization")
    assert not {"县级中医院", "省外高水平大学", "全球人形机器人上市公司"} & found, found


def test_a_standing_committee_written_out_is_the_same_body():
    ex = run("湖南省人民代表大会常务委员会工作报告\n——2026年1月28日在湖南省第十四届人民代表大会第五次会议上\n"
             "各位代表：过去一年，省人大常委会依法履职。")
    bodies = [e for e in ex.entities if e.type == "Organization" and "常" in e.label]
    assert [b.label for b in bodies] == ["湖南省人大常委会"], bodies
    assert "湖南省人民代表大会常务委员会" in bodies[0].aliases


@pytest.mark.parametrize("text, body", [
    ("成功设置重庆工业职业技术大学，重庆三峡学院更名为重庆三峡科技大学。", "重庆工业职业技术大学"),
    ("新设固原农林职业技术学院，获批设立宁夏职业技术大学。", "固原农林职业技术学院"),
])
def test_a_verb_that_sets_a_body_up_is_no_part_of_its_name(text, body):
    got = labels(run(text), "Organization")
    assert body in got and not any(n.endswith(body) and n != body for n in got), got


@pytest.mark.parametrize("text, body", [
    ("建好用好“一带一路”国际技术转移中心、全国高校区域技术转移转化中心。", "“一带一路”国际技术转移中心"),
    ("打造“贸易撮合+物流组织+融资结算+专业服务”综合服务平台，构建数字化跨境贸易体系。",
     "“贸易撮合+物流组织+融资结算+专业服务”综合服务平台"),
    ("“陇上食安”智慧监管平台广泛推广运用。", "“陇上食安”智慧监管平台"),
])
def test_a_quote_names_the_platform_or_centre_after_it(text, body):
    assert body in labels(run(text), "Organization")


@pytest.mark.parametrize("text", [
    "推动“苏品苏货”上平台，拓展销售渠道。",  # a verb between the quote and the head
    "推出35个对接上海“五个中心”建设重点平台。",  # a class of platforms
    "“15分钟高品质文化生活圈”中心城区覆盖率达到90%。",  # the head opens another word
    "建成2家“一带一路”联合实验室。",  # a count of a kind
    "用好“苏服办”等为民服务平台。",  # one item of a kind
])
def test_a_quote_before_a_kind_of_platform_names_no_body(text):
    assert not any(n.endswith(("平台", "中心", "实验室")) for n in labels(run(text), "Organization"))


def test_the_provinces_own_institute_named_by_common_words():
    ex = run("2026年辽宁省政府工作报告\n各位代表：\n组建省产业技术研究院，新建省重点实验室和省技术创新中心。")
    found = labels(ex, "Organization")
    assert "辽宁省产业技术研究院" in found, found
    assert not any(n.endswith(("重点实验室", "技术创新中心")) for n in found), found


@pytest.mark.parametrize("text, body", [
    ("组建重庆信息与智慧医学研究院、重庆人工智能学院。", "重庆信息与智慧医学研究院"),
    ("中国科学院东莞材料科学与技术研究所挂牌成立。", "中国科学院东莞材料科学与技术研究所"),
    ("2020年4月获批建设国家集成电路特色工艺及封装测试创新中心。", "国家集成电路特色工艺及封装测试创新中心"),  # 封装, a verb
    ("一行首先来到华进半导体封装先导技术研发中心有限公司,重点调研。", "华进半导体封装先导技术研发中心有限公司"),  # long
    ("2015年成立江苏省产业技术研究院半导体封装技术研究所。", "江苏省产业技术研究院半导体封装技术研究所"),
])
def test_and_between_two_fields_stays_inside_an_institutions_name(text, body):
    assert body in labels(run(text), "Organization")


def test_and_between_two_bodies_or_after_a_verb_joins_no_name():
    found = labels(run("海螺集团与皖维集团启动重组，深化与中国科学院合作。"), "Organization")
    assert {"海螺集团", "皖维集团", "中国科学院"} <= found, found
    assert not any("与" in n for n in found), found


def test_a_verb_of_building_together_opens_no_institutes_name():
    got = {e.label for e in run("推动院校企共建卓越工程师学院。优先发展北部湾经济区。").entities}
    assert "卓越工程师学院" in got and "北部湾经济区" in got, got
    assert not any(n.startswith(("院校企共建", "优先发展")) for n in got), got


@pytest.mark.parametrize("text, fund", [
    ("设立城市更新基金，撬动社会资本投入。", "城市更新基金"),
    ("发挥政府引导作用，设立稀土产业基金。", "稀土产业基金"),
])
def test_a_fund_that_is_set_up_is_named(text, fund):
    assert fund in {e.label for e in run(text).entities}


def test_a_fund_used_or_a_special_fund_is_a_kind():
    labels = {e.label for e in run("用好政府投资基金，设立专项基金。").entities}
    assert not {"政府投资基金", "专项基金"} & labels


@pytest.mark.parametrize("text, kind", [
    ("引进一批民办美术馆，丰富公共文化供给。", "民办美术馆"),
    ("落地金融租赁项目公司5家，扩大跨境业务。", "金融租赁项目公司"),
    ("该研究院成为全国唯一获批的社会治理实验室。", "社会治理实验室"),
])
def test_bodies_counted_as_a_batch_or_a_title_granted_are_a_class(text, kind):
    assert kind not in names(run(text), "Organization")


def test_a_bracketed_place_does_not_pull_the_clauses_verb_into_the_name():
    found = {e.label for e in run("积极参与北京（京津冀）国际科技创新中心建设，实施协同创新。").entities}
    assert "北京（京津冀）国际科技创新中心" in found, found


@pytest.mark.parametrize("text, body", [
    ("健全数据流通交易体系。建成投用综合枢纽数字金融服务平台，深化绿色转型金融改革。", "综合枢纽数字金融服务平台"),
    ("累计营造红树林4931公顷，国际红树林中心落户深圳。", "国际红树林中心"),
    ("营收规模突破5000亿元；国家药械审评检查西南分中心挂牌，服务企业。", "国家药械审评检查西南分中心"),
    ("搭建了重要平台；三是中国-中亚荒漠化防治合作中心落户宁夏。", "中国-中亚荒漠化防治合作中心"),
    ("抢抓范式机遇，高水平组建AI物质创制中心，加快打造科学高地。", "AI物质创制中心"),
    ("园区实现突破，就业大数据智慧服务平台建成运行。", "就业大数据智慧服务平台"),  # 就业 is the name's
    ("基地建设取得重大进展，量子计算研发平台获批立项。", "量子计算研发平台"),  # approved: one platform
])
def test_a_platform_or_centre_founded_or_opened_is_named(text, body):
    assert body in names(run(text), "Organization")


@pytest.mark.parametrize("text", [
    "15个承接产业转移主平台落地项目22个。",  # a count of a kind
    "石嘴山先进材料等3个平台入选国家级中试平台。",
    "引导高校院所组建“N”个转化中心，构建全省体系。",
    "基本建成具有国际竞争力的先进制造业中心、具有全国影响力的产业创新中心。",  # a goal, not a body founded
    "加快构建政府市场融合、线上线下一体就业公共服务平台。",  # 线|上线|下: no founding verb
    "建成省级管理平台。",
    "全国最大国产化单集群万卡智算中心建成投用。",  # a superlative describes, it does not name
])
def test_a_class_or_a_goal_of_platforms_is_not_a_founded_body(text):
    assert not any(n.endswith(("平台", "中心")) for n in names(run(text), "Organization")), names(run(text), "Organization")


def test_national_media_are_organizations():
    got = {e.label for e in run("新华社北京10月23日电。人民网、人民政协报等媒体予以推介。").entities
           if e.type == "Organization"}
    assert {"新华社", "人民网", "人民政协报"} <= got, got


@pytest.mark.parametrize("line, speaker", [
    ("上海市市长 龚 正", "龚正"),  # a two-character name spaced out to the width of three
    ("自治区主席 嘎玛泽登", "嘎玛泽登"),  # a Tibetan name: no Han surname, no dictionary word
])
def test_the_speaker_line_of_a_report_names_its_speaker(line, speaker):
    text = f"2026年政府工作报告\n——2026年1月20日在第十四届人民代表大会第五次会议上\n{line}\n各位代表：\n现在，我代表政府报告工作。"
    ex = run(text)
    person = next(e for e in ex.entities if e.type == "Person" and e.label == speaker)
    assert all(ex.document.text[m.start:m.end] == m.text for m in person.mentions)


def test_an_observation_network_built_as_a_facility_is_a_body():
    found = names(run("空间环境地基综合监测网等重大科技基础设施投运。"), "Organization")
    assert "空间环境地基综合监测网" in found, found


def test_a_body_named_for_china_and_a_partner_keeps_both():
    got = {e.label for e in run("升级为中国—中亚贸易畅通合作平台。推动中国—东盟医疗保健合作中心建设。").entities
           if e.type == "Organization"}
    assert {"中国—中亚贸易畅通合作平台", "中国—东盟医疗保健合作中心"} <= got, got


@pytest.mark.parametrize("text, people", [
    ("市政协领导赵某明、钱某华、孙某平分别到所在界别小组参加讨论。", {"赵某明", "钱某华", "孙某平"}),
    ("市委、市政府领导同志周某、吴某刚在主席台就座。", {"周某", "吴某刚"}),
    ("全国政协委员郑某、王某芳在主席台就座。", {"郑某", "王某芳"}),
    ("陈某平、褚某、卫某强等和大会主席团成员在主席台就座。", {"陈某平", "褚某", "卫某强"}),
    ("蒋某林书记、沈某华市长等领导同志出席会议。", {"蒋某林", "沈某华"}),
    ("省委常委、组织部部长韩某关于人选建议名单的说明。", {"韩某"}),
    ("副主席杨某，党组成员朱某，秘书长秦某在主席台前排就座。", {"杨某", "朱某", "秦某"}),
    ("执行主席许某在主席台执行主席席就座。", {"许某"}),
    ("委员们听取并讨论了毛伟明省长所作的政府工作报告。", {"毛伟明"}),  # what a session heard, from whom
    ("领导干部要带头学习，领导班子要团结。", set()),
    ("出席会议的市领导有：赵某明、钱某华、孙某平。", {"赵某明", "钱某华", "孙某平"}),
    ("在主席台就座的有：赵某明　钱某华　孙某平。", {"赵某明", "钱某华", "孙某平"}),  # copied news: a table's spaces
    ("市领导赵某明，钱某华，孙某平出席会议。", {"赵某明", "钱某华", "孙某平"}),  # an ASCII comma made full-width
    ("今天大会的执行主席是：赵某明、钱某华、孙某平。", {"赵某明", "钱某华", "孙某平"}),
    ("省领导赵某明、钱某华，深入调研。", {"赵某明", "钱某华"}),  # one separator throughout a list
])
def test_names_of_a_rostrum_listed_after_a_plural_post_or_with_the_post_after(text, people):
    """Session news lists the rostrum after a plural post (领导, 领导同志, 委员) or before 在主席台就座, and names
    leaders with the post after the name; 主席席 is the chair's seat, no name."""
    assert names(run(text), "Person") == people


def test_the_party_committee_of_a_city_the_gazetteer_knows_with_its_level():
    """常宁市 is in the gazetteer with its 市 only: 中共常宁市委 is 常宁市委 (not 中国共产党), 市委 of its report
    常宁市委 (not 常宁市市委)."""
    ex = run("一年来，中共常宁市委、常宁市人民政府团结带领全市干部群众。")
    assert {"常宁市委", "常宁市人民政府"} <= labels(ex, "Organization")
    assert "中国共产党" not in labels(ex, "Organization")


@pytest.mark.parametrize("text, bodies", [
    ("市政协常委会坚持团结和民主两大主题。", {"市政协常委会"}),
    ("一年来，县政协及其常委会围绕中心履职尽责。", {"县政协", "县政协常委会"}),
    ("来自民盟、民进、九三学社等界别的委员踊跃发言。", {"中国民主同盟", "中国民主促进会", "九三学社"}),
    ("农工党、致公党界别组审议时一致赞同。", {"中国农工民主党", "中国致公党"}),
    ("完善人民建议征集机制，推动人民进一步增强获得感。", set()),  # 民建, 民进 inside words are no parties
])
def test_cppcc_bodies_and_the_parties_of_its_sectors(text, bodies):
    """A CPPCC report's own standing committee (市政协常委会, 政协及其常委会) is a body; the democratic parties name
    its sectors (界别) by their short names."""
    assert labels(run(text), "Organization") == bodies


@pytest.mark.parametrize("text, body", [
    ("全国政协港澳台侨委员会副主任出席会议。", "全国政协港澳台侨委员会"),
    ("市政协提案委员会组织委员开展调研。", "市政协提案委员会"),
])
def test_a_cppccs_special_committee_is_a_body(text, body):
    assert body in labels(run(text), "Organization")


def test_the_cppccs_standing_committee_is_no_special_committee():
    assert not any(o.endswith("务委员会") for o in labels(run("召开省政协常务委员会会议。"), "Organization"))


@pytest.mark.parametrize("text, people", [
    ("习近平、李某强、张某江等在主席台就座。", {"习近平", "李某强", "张某江"}),
])
def test_a_seated_list_may_hold_a_name_the_person_lexicon_knows(text, people):
    assert names(run(text), "Person") == people


@pytest.mark.parametrize("text, body", [
    ("选举产生了中国共产党某某市纪律检查委员会。", "中国共产党某某市纪律检查委员会"),
    ("根据《中共西藏自治区委员会关于制定规划的建议》编制纲要。", "西藏自治区党委"),
    ("增选王某为政协第十二届全国委员会副主席。", "全国政协"),
])
def test_party_and_cppcc_committees_by_their_official_names(text, body):
    assert body in names(run(text), "Organization")
    assert "中国共产党" not in labels(run(text), "Organization")


@pytest.mark.parametrize("text, bodies", [
    ("省委、省政府、省军区、省法院、省检察院领导同志出席。",
     {"省委", "省人民政府", "省军区", "省高级人民法院", "省人民检察院"}),
    ("听取并讨论市法院工作报告、市检察院工作报告。", {"市中级人民法院", "市人民检察院"}),
])
def test_session_news_shortens_the_courts_and_names_the_military_district(text, bodies):
    """省法院 is the province's high court, 市法院 the city's intermediate one: each the same node as its full name."""
    assert bodies <= labels(run(text), "Organization"), labels(run(text), "Organization")
@pytest.mark.parametrize("text, kind", [
    ("“301”线上快贷、各商业银行消费贷、科技人才贷持续扩面。", "各商业银行"),
    ("体系化布局建设多层次实验室，广州实验室成功研发上市全球首个新药。", "多层次实验室"),
])
def test_every_body_of_a_kind_is_no_body_named(text, kind):
    got = {e.label for e in run(text).entities if e.type == "Organization"}
    assert kind not in got, got


@pytest.mark.parametrize("text, unwanted", [
    ("三甲医院达到55家，三级医院实现县域全覆盖。", "三甲医院"),
    ("科创板、北交所上市公司数量居全国第一。", "北交所上市公司"),
    ("人均博物馆拥有量居全国第1位。", "人均博物馆"),
])
def test_a_grade_listing_or_count_of_bodies_names_none(text, unwanted):
    assert unwanted not in labels(run(text), "Organization")


def test_a_passives_agent_is_named_after_bei():
    got = labels(run("贺兰山生态保护修复经验被世界自然保护联盟推广。"), "Organization")
    assert "世界自然保护联盟" in got and not any("被" in n for n in got), got


def test_a_scope_of_bodies_or_a_kind_of_school_names_none():
    ex = run("本科高校、高职院校、技师学院均实现全覆盖。推动企业在境内外证券交易所上市。")
    assert not {"技师学院", "境内外证券交易所"} & labels(ex, "Organization"), labels(ex, "Organization")


def test_a_standard_a_university_is_to_reach_is_no_body():
    ex = run("支持兰州大学建设中国特色世界一流大学，与国内高水平大学合作。")
    orgs = {e.label for e in ex.entities if e.type == "Organization"}
    assert "兰州大学" in orgs and not ({"中国特色世界一流大学", "国内高水平大学"} & orgs), orgs


def test_a_hospitals_branch_is_named_with_its_parent_whole():
    ex = run("上海中医药大学附属龙华医院甘肃医院、长春中医药大学附属医院定西医院即将建成。")
    orgs = {e.label for e in ex.entities if e.type == "Organization"}
    assert {"上海中医药大学附属龙华医院甘肃医院", "长春中医药大学附属医院定西医院"} <= orgs, orgs


_RELEASE = ("省委常委、政法委书记靳磊主持会议并讲话。副省长、公安厅厅长叶寒冰，省法院院长王树江，省检察院检察长葛晓燕出席会议。"
            "省委统战部常务副部长顾万峰主持会议。省委政法委、省纪委监委有关负责同志参加。")


def test_a_meeting_releases_posts_and_departments():
    # who attended, by post: department heads, a court's president, a procurator-general
    ex = run(_RELEASE)
    assert {"靳磊", "叶寒冰", "王树江", "葛晓燕", "顾万峰"} <= labels(ex, "Person")
    assert {"省委统战部", "省委政法委", "省纪委监委"} <= labels(ex, "Organization")
    assert ("顾万峰", "holdsPostIn", "省委统战部") in relation_labels(ex)


def test_the_names_of_a_presidium_listed_after_a_colon():
    ex = run("今天在主席台前排就座的大会主席团常务委员会成员有：赵洪祝、吕祖善、周国富、夏宝龙、王华元、王国平。")
    assert {"赵洪祝", "吕祖善", "周国富", "夏宝龙", "王华元", "王国平"} <= labels(ex, "Person")


@pytest.mark.parametrize("text", ["各市、县人民政府，省人民政府各委、办、厅、局：", "完成省市县政府机构改革。"])
def test_every_body_of_some_levels_is_none_named(text):
    assert "县人民政府" not in labels(run(text), "Organization")


def test_a_body_after_a_list_of_kinds_of_bodies_is_named():
    ex = run("省各民主党派、省工商联主要负责人和无党派人士代表出席。")
    assert "省工商联" in labels(ex, "Organization")  # only levels listed after 各 make every body of them


def test_a_group_of_museums_is_named_whole():
    ex = run("推进南中轴大红门博物馆群建设，完善奥林匹克中心区功能。")
    assert "南中轴大红门博物馆群" in labels(ex, "Organization")


def test_the_standing_members_of_a_presidium_are_listed_after_a_colon():
    ex = run("在主席台前排就座的大会主席团常务委员有:贺某强、包某定、王某龙、税某宽、洪某久。")
    assert {"贺某强", "包某定", "王某龙", "税某宽", "洪某久"} <= labels(ex, "Person")


def test_a_list_of_hazards_is_no_list_of_names():
    assert not labels(run("有效应对高温干旱、洪涝等严重自然灾害，经济企稳。"), "Person")


@pytest.mark.parametrize(("text", "persons"), [
    ("“两个报告总结到位。”孔某东代表在审议时说。陈某代表激动地说，要认真贯彻。", {"孔某东", "陈某"}),
    ("省委书记、代表团团长王某晖，省长、副团长黄某参加讨论。", {"王某晖", "黄某"}),
    ("人大代表在审议时说，报告很好。全体代表表示赞成。", set()),
])
def test_deputies_and_delegation_heads_are_named_in_session_news(text, persons):
    assert labels(run(text), "Person") == persons


def test_who_reported_for_a_body_is_named_after_what_the_plenum_heard():
    ex = run("全会听取和讨论了李某杰受省委常委会委托作的工作报告，审议通过了决定。")
    assert "李某杰" in labels(ex, "Person")


@pytest.mark.parametrize(("text", "person", "body"), [
    ("中央宣传部副部长、国务院新闻办公室主任徐某说，建立新闻发布制度是重要的制度安排。", "徐某", "国务院新闻办公室"),
    ("7日上午，财政部部长楼某伟将详解“财政工作和财税改革”。", "楼某伟", "财政部"),
    ("新任证监会主席刘某余将在这里首次公开亮相。", "刘某余", "中国证监会"),
    ("12日上午央行行长周某川将就“金融改革与发展”回答媒体关切。", "周某川", "人民银行"),
])
def test_a_ministrys_head_is_named_with_the_ministry(text, person, body):
    ex = run(text)
    assert person in labels(ex, "Person") and body in labels(ex, "Organization")


def test_a_regions_assets_commission_is_not_the_state_councils():
    assert "国务院国资委" not in labels(run("自治区政府国资委监管企业利润增长12%。"), "Organization")


def test_an_inspection_feedback_names_its_team_leader_and_speakers():
    ex = run("县委第二巡察组组长王某国反馈了巡察情况，县委巡察办副主任何某出席会议并讲话，镇党委书记孙某云做表态发言。")
    assert {"王某国", "何某", "孙某云"} <= labels(ex, "Person")


def test_a_company_belonging_to_a_group_is_named_without_the_belonging():
    ex = run("集团党委巡察组分别向集团所属国贸公司党支部、高特公司党总支反馈了巡察意见。")
    assert "国贸公司" in labels(ex, "Organization") and not any(o.startswith("集团所属") for o in labels(ex, "Organization"))


@pytest.mark.parametrize(("text", "body"), [
    ("广东省政协主席林某庆，副主席张某出席。", "广东省政协"),
    ("广州、深圳市政协主席李某伟出席。", "深圳市政协"),
])
def test_a_cppcc_before_its_chairs_title_is_a_body(text, body):
    assert body in labels(run(text), "Organization")


def test_a_supervisory_commission_by_its_full_name_is_the_same_body_as_its_short_name():
    assert "市监委" in labels(run("选举某某同志为市监察委员会主任。"), "Organization")
    ex = run("选举某某同志为市监察委员会主任。市监委要加强监督。")
    assert [e.label for e in ex.entities if e.type == "Organization"] == ["市监委"]


def test_a_name_of_no_han_surname_inside_a_list_of_names_is_a_name():
    got = labels(run("全国政协副主席张某黎、李某、巴特尔、汪某清、何某峰在主席台前排就座。"), "Person")
    assert {"张某黎", "李某", "巴特尔", "汪某清", "何某峰"} <= got, got


def test_the_national_cppcc_by_its_official_name_and_its_short_name_is_one_body():
    ex = run("全国政协主席汪洋主持会议。会议选举李斌为政协第十三届全国委员会秘书长。")
    assert [e.label for e in ex.entities if e.type == "Organization"].count("全国政协") == 1


@pytest.mark.parametrize(("text", "person"), [
    ("请赵某山副市长发言。", "赵某山"),
    ("下面，让我们以热烈的掌声欢迎杨某中市长讲话。", "杨某中"),
    ("今天会上，市委高某明书记还将作重要讲话。", "高某明"),
])
def test_a_name_before_its_post_where_a_host_calls_on_a_speaker(text, person):
    assert person in labels(run(text), "Person")


def test_a_body_before_a_post_is_no_name():
    assert not labels(run("由县委常委会书记主持。"), "Person")


@pytest.mark.parametrize(("text", "company", "not_sector"), [
    ("齐鲁石化鲁油鲁炼等重大项目有序实施，裕龙石化一期稳产达产。", "齐鲁石化", "石化"),
    ("实施中石化催化剂、中海油新材料等项目。", "中国海油", "新材料"),
])
def test_a_company_named_for_its_sector_is_a_company_and_its_project_no_sector(text, company, not_sector):
    ex = run(text)
    assert company in labels(ex, "Organization")
    assert not_sector not in labels(ex, "Industry")


def test_names_listed_before_they_attended_are_people():
    got = labels(run("会议由省政协主席叶某松主持。梁某庚、张某江、徐某培、陈某增出席会议。"), "Person")
    assert {"梁某庚", "张某江", "徐某培", "陈某增"} <= got, got
    assert not labels(run("市委、市政府、市人大出席会议。"), "Person")


def test_a_roster_on_the_rostrum_is_people_even_with_a_rare_surname_or_a_name_that_spells_a_place():
    ex = run("郭某龙、刘某、焦某愚、李某、吉林、景某海、阴和俊、张某辅在主席台就座。")
    assert {"郭某龙", "刘某", "焦某愚", "李某", "吉林", "景某海", "阴和俊", "张某辅"} <= labels(ex, "Person")
    assert "吉林" not in labels(ex, "Place")


def test_the_members_of_a_presidium_listed_after_their_post_are_people():
    got = labels(run("大会主席团常务委员会成员阮某发、唐某智、吴某、胡某光在主席台前排就座。唐某智主持会议。"), "Person")
    assert {"阮某发", "唐某智", "吴某", "胡某光"} <= got, got


def test_a_committees_name_after_a_listed_name_is_no_name():
    got = labels(run("外事委员会主任潘某鹤、文史和学习委员会主任王某华，分别汇报了本委员会工作情况。"), "Person")
    assert "文史" not in got and {"潘某鹤", "王某华"} <= got, got


def test_a_democratic_partys_city_committee_is_its_own_body_not_the_cpcs():
    ex = run("8月2日，民进通化市委会召开内部监督工作会议。民进通化市委会专职副主委于某敏主持会议。")
    assert "民进通化市委会" in labels(ex, "Organization")
    assert "通化市委" not in labels(ex, "Organization")


def test_a_quoted_aim_called_a_centre_is_no_body():
    assert not labels(run("要求全县干部群众围绕“保增长”这一中心，保持经济平稳较快增长。"), "Organization")


@pytest.mark.parametrize(("text", "lab"), [
    ("崖州湾国家实验室基地启动运行，陆相页岩油全国重点实验室助力页岩油年产量突破100万吨。", "陆相页岩油全国重点实验室"),
    ("建强白云鄂博稀土全国重点实验室。", "白云鄂博稀土全国重点实验室"),
])
def test_a_national_key_laboratory_is_named_by_its_field(text, lab):
    assert lab in labels(run(text), "Organization")


@pytest.mark.parametrize("text", ["获批建设2家全国重点实验室。", "优化重组全国重点实验室。", "支持在甘全国重点实验室发展。"])
def test_counted_or_reorganised_national_key_laboratories_are_no_name(text):
    assert not any(n.endswith("全国重点实验室") and len(n) > 7 for n in labels(run(text), "Organization"))


@pytest.mark.parametrize(("text", "wrong"), [
    ("“琉光璃彩”淄博琉璃艺术展走进国家博物馆、广受好评。", "淄博琉璃艺术展走进国家博物馆"),
    ("海南大学进入软科中国大学排名百强。", "软科中国大学"),
])
def test_a_verb_of_entering_and_a_ranking_name_no_body(text, wrong):
    assert wrong not in {e.label for e in run(text).entities}


@pytest.mark.parametrize(("text", "fund", "named"), [
    ("用好国家创业投资引导基金。", "国家创业投资引导基金", True),
    ("引进市场化创投基金，提高研发投入。", "市场化创投基金", False),  # 市场化, no city
    ("用好省级引导基金。", "省级引导基金", False),  # a kind of fund every province has
])
def test_a_fund_a_level_of_government_runs_is_a_body(text, fund, named):
    assert (fund in labels(run(text), "Organization")) == named, labels(run(text), "Organization")


@pytest.mark.parametrize(("text", "labs", "not_labs"), [
    ("支持大青山、鄂尔多斯实验室做大做强。", {"大青山实验室", "鄂尔多斯实验室"}, set()),
    ("持续支持金凤、嘉陵江、明月湖实验室发展。", {"金凤实验室", "嘉陵江实验室", "明月湖实验室"}, set()),
    ("建设海南警察学院、人工智能实验室。", {"人工智能实验室"}, {"海南警察学院实验室"}),  # two bodies
])
def test_laboratories_named_by_places_share_the_head_written_once(text, labs, not_labs):
    found = labels(run(text), "Organization")
    assert labs <= found and not (not_labs & found), found


def test_a_provinces_halls_of_science_art_and_memory_are_bodies():
    ex = run("省科技馆开馆试运行，建成省美术馆。实施提质改造和宁夏革命军事馆建设。")
    assert {"宁夏革命军事馆"} <= labels(ex, "Organization") and any(x.endswith("科技馆") for x in labels(ex, "Organization"))


@pytest.mark.parametrize(("text", "people"), [
    ("本报讯（记者 张某丰 通讯员 李某光）2月5日，会议开幕。", {"张某丰", "李某光"}),
    ("本报记者 戴某摄", {"戴某"}),  # a photographer's credit
    ("举行新闻发布会，回答记者提问。", set()),
    ("本报讯（通讯员 王某明 首席记者 赵某）日前，区纪委召开会议。", {"王某明", "赵某"}),  # a rank before 记者
    ("2024-03-01 10:00来源:浙江在线编辑:钱某伟\n会议召开。", {"钱某伟"}),  # a label run into its outlet's name
    ("会议现场。\n孙某芳/摄\n会议召开。", {"孙某芳"}),  # a photographer's own credit on its line
    ("会议召开。中新社发 周某 摄", {"周某"}),  # an agency's photo credit
    ("中新网四川新闻4月16日电 (龙某 陈某星 杨某)近日，某镇召开工作会。", {"龙某", "陈某星", "杨某"}),  # an agency dateline
    ("刘某杭州报道\n会议召开。", {"刘某"}),  # a reporter's dateline: name, place, 报道
])
def test_reporters_named_in_a_byline_are_people(text, people):
    assert names(run(text), "Person") == people


@pytest.mark.parametrize("text, bodies, post", [
    ("市发改委党组书记、主任唐某红表示，将积极推进项目建设。", {"市发改委"}, ("唐某红", "市发改委")),
    ("县交通运输局、县住建局、县农业农村局负责人参加会议。", {"县交通运输局", "县住建局", "县农业农村局"}, None),
])
def test_a_localitys_departments_by_their_short_names_are_bodies(text, bodies, post):
    ex = run(text)
    assert bodies <= names(ex, "Organization"), names(ex, "Organization")
    if post:
        assert (post[0], "holdsPostIn", post[1]) in relation_labels(ex)


def test_the_outlets_a_news_item_names_as_its_source_are_bodies():
    text = ("湖北日报讯（记者张某）2月2日下午，会议闭幕。\n来源: 青海日报    发布时间: 2022-01-25\n"
            "本报讯 据新华社报道，会议召开。")
    found = names(run(text), "Organization")
    assert {"湖北日报", "青海日报", "新华社"} <= found and "本报" not in found, found


def test_leaders_listed_before_who_they_are_and_the_ceremony_they_attend():
    found = names(run("11月4日，我市举行签约仪式。李峰、孙吉海、李宁、王玉邦等市级领导出席仪式。"), "Person")
    assert {"李峰", "孙吉海", "李宁", "王玉邦"} <= found, found


def test_a_leader_of_a_firm_by_a_common_surname_and_the_firm_he_brings():
    ex = run("省长王某东在汉与华润集团董事长傅某宁一行座谈。蒋某良对傅某宁率华润集团高管来鄂考察表示欢迎。")
    assert "傅某宁" in labels(ex, "Person")  # 傅: a surname of the list; 一行 may follow a name
    assert labels(ex, "Organization") >= {"华润集团"} and not any("率" in o for o in labels(ex, "Organization"))
    assert ("傅某宁", "holdsPostIn", "华润集团") in relation_labels(ex)


@pytest.mark.parametrize(("text", "bodies"), [
    ("省发改委、省环保厅、省国资委负责同志参加座谈。", {"省发改委", "省环保厅", "省国资委"}),
    ("县委常委、县委办主任周某作起草说明。省档案局局长陈某满作说明。", {"县委办", "省档案局"}),
    ("省人大财经委主任委员尤某军作报告。市残联、市侨联参加。", {"省人大财经委", "市残联", "市侨联"}),
    ("盐城市人民政府办公室关于印发行动计划的通知", {"盐城市人民政府办公室"}),
    ("省政府新闻办举行新闻发布会。县发改局、县司法局参加。", {"省政府新闻办", "县发改局", "县司法局"}),
    ("杭州市余杭区发展和改革局\n各位代表:", {"余杭区发展和改革局"}),
    ("电视剧《乌蒙深处》等在央视热播。央视总台报道了邯郸。", {"中央广播电视总台"}),  # the national broadcaster's names
    ("引进了华为、腾讯、京东等科技巨头。", {"华为", "腾讯", "京东"}),  # the largest private firms
])
def test_more_departments_and_peoples_organizations_by_their_short_names(text, bodies):
    assert bodies <= labels(run(text), "Organization")


@pytest.mark.parametrize(("text", "places", "bodies"), [
    ("近日,射洪市涪西镇召开农业农村工作会。涪西镇党委副书记、镇长王某晶作总结。", {"涪西镇"}, {"涪西镇党委"}),
    ("11月18日,周田镇在镇大会议室召开村党支部书记民主测评大会。", {"周田镇"}, set()),
    ("做好化隆县谢家滩乡的搬迁工作。", {"谢家滩乡"}, set()),
    ("全镇召开大会。各乡镇召开会议。据了解，你们镇在征地中发生过问题。", set(), set()),  # no town named
    ("在籍山镇党委的领导下，建立整改台账。", {"籍山镇"}, {"籍山镇党委"}),  # a town before its body, after 在
    ("近日,广东省茂名市信宜市大成镇人大组织三级人大代表深入基层一线。", {"大成镇"}, {"大成镇人大"}),  # 大成 no opener
    ("让茶产业真正成为富民强镇的“绿色引擎”。", set(), set()),  # a goal for towns, none named
    ("巡察组反馈了对籍山镇梅园社区、大港村的巡察情况。", {"籍山镇"}, set()),  # a town before its villages
    ("强化乡镇联县带村。会议由镇党委副书记戴某主持。", set(), set()),  # a verb before 乡镇; the clause's words
])
def test_a_town_after_its_county_or_opening_a_news_clause_is_a_place(text, places, bodies):
    ex = run(text)
    assert {p for p in labels(ex, "Place") if p.endswith(("镇", "乡"))} == places
    assert {o for o in labels(ex, "Organization") if "镇" in o or "乡" in o} == bodies


def test_the_venue_a_meeting_is_held_in_is_a_place():
    ex = run("政协廊坊市第十一届委员会第二次会议在廊坊国际会议中心闭幕。会议在县政府会议室召开。")
    assert "廊坊国际会议中心" in labels(ex, "Place") and not any("会议室" in p for p in labels(ex, "Place"))
    assert ("政协廊坊市第十一届委员会第二次会议", "heldIn", "廊坊国际会议中心") in relation_labels(ex)


def test_a_bodys_party_group_that_signs_or_meets_is_a_body_but_not_inside_a_post_title():
    ex = run("各市交通运输局：\n现将《关于深化法治建设的实施意见》印发给你们。\n中共安徽省交通运输厅党组\n2021年12月21日\n"
             "市发改委党组书记、主任唐某红参加。")
    bodies = names(ex, "Organization")
    assert "中共安徽省交通运输厅党组" in bodies and "中国共产党" not in labels(ex, "Organization")
    assert "市发改委党组" not in bodies and ("唐某红", "holdsPostIn", "市发改委") in relation_labels(ex)


def test_outlets_listed_as_the_media_a_story_reached_are_bodies():
    found = labels(run("品牌越来越响亮，人民网、学习强国、中国网、湖南日报、湘声报等央省主流媒体多次报道。"), "Organization")
    assert {"中国网", "湖南日报", "湘声报"} <= found and "学习强国" not in found, found


def test_the_verb_ban_after_a_government_opens_no_office_and_a_verb_of_joining_opens_no_programme():
    ex = run("2023年，扬州市政府办理人大代表议案建议218件。广大干部积极投身“创新驱动加速年”活动。")
    assert not any(o.endswith("办") for o in labels(ex, "Organization")), labels(ex, "Organization")
    assert not any(p.startswith(("投身", "积极")) for p in labels(ex, "Policy")), labels(ex, "Policy")


@pytest.mark.parametrize(("text", "committee"), [
    ("全国政协农业和农村委员会副主任王某东出席。", "全国政协农业和农村委员会"),
    ("省政协文化文史和学习委员会主任李某参加。", "省政协文化文史和学习委员会"),
])
def test_a_cppcc_committee_whose_field_joins_two_halves_is_named_whole(text, committee):
    ex = run(text)
    assert committee in names(ex, "Organization") and "农业" not in labels(ex, "Industry")


def test_a_sector_describing_a_place_or_its_people_is_no_sector_named():
    assert not labels(run("凤翔已由过去的农业大县、工业大县全面进入新阶段。与农业科技人员交流。"), "Industry")


def test_an_innovation_institute_is_named_whole_past_the_verb_like_word_innovation():
    assert "中国科学院赣江创新研究院" in labels(run("支持中国科学院赣江创新研究院建设。"), "Organization")


@pytest.mark.parametrize(("text", "team", "head"), [
    ("派驻第八纪检监察组组长方某表示，监督就跟进到哪里。", "派驻第八纪检监察组", "方某"),
    ("刚调任现职不久的驻市交通委纪检监察组组长边某芳，针对去年的问题。", "驻市交通委纪检监察组", "边某芳"),
])
def test_a_discipline_commissions_resident_team_is_a_body_and_its_leader_holds_a_post_in_it(text, team, head):
    ex = run(text)
    assert team in labels(ex, "Organization")
    assert (head, "holdsPostIn", team) in relation_labels(ex)


def test_the_villages_a_town_lists_and_a_village_by_its_party_branch_are_places():
    ex = run("反馈了对籍山镇梅园社区、大港村、官洲村的巡察情况。乡村振兴示范村、四方村党支部书记王某表示。后进村党支部整顿。")
    assert {"梅园社区", "大港村", "官洲村", "四方村"} <= labels(ex, "Place")
    assert not {"后进村", "示范村", "乡村"} & labels(ex, "Place")


@pytest.mark.parametrize("text, bodies", [
    ("县委第二巡察组在籍山镇召开反馈大会，县委巡察办副主任何某出席。", {"县委第二巡察组", "县委巡察办"}),
    ("中央第十巡视组组长张某出席。", {"中央第十巡视组"}),
])
def test_a_committees_numbered_inspection_team_and_its_office_are_bodies(text, bodies):
    ex = run(text)
    assert bodies <= labels(ex, "Organization")
    assert "县委巡察组" not in labels(run("县委巡察组将坚持以习近平新时代中国特色社会主义思想为指导。"), "Organization")


def test_a_street_office_summary_names_its_street_and_its_office_which_acts_in_its_clauses():
    text = ("昌硕街道2022年工作总结和2023年工作计划\n时间:2023-02-24\n一、2022年工作回顾\n"
            "2022年以来,在县委县政府、街道党工委的坚强领导下,在街道人大工委的监督支持下,街道办事处高举习近平新时代"
            "中国特色社会主义思想伟大旗帜,全面学习贯彻党的二十大精神。一年来,我们迎难而上。\n"
            "全年完成财政收入12.8亿元,增长25%。完成限上服务业营收67.5亿元。建成运营大学生创业基地。")
    ex = run(text)
    assert "昌硕街道" in labels(ex, "Place") and "街道办事处" in labels(ex, "Organization")
    rels = relation_labels(ex)
    assert {("昌硕街道", "issued", "昌硕街道2022年工作总结和2023年工作计划"),
            ("街道办事处", "guidedBy", "习近平新时代中国特色社会主义思想"),
            ("街道办事处", "carriesOutSpiritOf", "党的二十大")} <= rels, rels
    assert not labels(run("设立办事处，各街道办事处开展工作。"), "Organization")
    assert "街道办事处" not in labels(run("各乡镇人民政府、街道办事处,区直属有关单位:\n现印发给你们。"), "Organization")


def test_a_post_in_the_town_committee_of_a_text_about_one_town_is_in_that_towns_committee():
    ex = run("3月23日下午,县委第二巡察组在籍山镇会议中心召开反馈大会,会议由镇党委副书记戴某萍主持,反馈了对籍山镇梅园社区的"
             "巡察情况,镇党委书记孙某云做表态发言。")
    rels = relation_labels(ex)
    assert {("戴某萍", "holdsPostIn", "籍山镇党委"), ("孙某云", "holdsPostIn", "籍山镇党委")} <= rels, rels
    ex = run("籍山镇、许镇召开会议。镇党委书记孙某云讲话。")  # two towns: whose committee is not said
    assert not any(o.endswith("镇党委") for _s, p, o in relation_labels(ex) if p == "holdsPostIn")


def test_a_firm_named_with_its_legal_form_keeps_its_trade_words_and_names_no_sector():
    ex = run("会后,代表们深入泰洪源农业发展有限公司和天池茶缘农业发展有限公司进行实地视察。周军实地考察了杭州九阳豆业有限公司。")
    assert {"泰洪源农业发展有限公司", "天池茶缘农业发展有限公司", "杭州九阳豆业有限公司"} <= labels(ex, "Organization")
    assert "有限公司" not in labels(ex, "Organization") and not labels(ex, "Industry")


def test_departments_listed_after_the_first_share_its_level_and_merged_bureaus_are_bodies():
    ex = run("县教科局、民政局、住建局、水利局负责人参加。市安委会成员单位主要领导参加，市安委办通报了情况。市融媒体中心组织活动。")
    found = labels(ex, "Organization")
    assert {"县教科局", "县民政局", "县住建局", "县水利局", "市安委会", "市安委办", "市融媒体中心"} <= found, found


def test_a_county_committee_of_a_county_now_a_city_is_named_with_its_county():
    found = labels(run("王某，1986年6月至1991年8月间担任山东寿光县委书记，此后又出任潍坊市委副书记。"), "Organization")
    assert "寿光县委" in found and "县委" not in found, found
    assert "东方县委" not in labels(run("面向东方县委托开展调研。"), "Organization")


def test_posts_in_a_bodys_party_committee_and_in_the_group_a_text_is_about():
    rels = relation_labels(run("副市长、市公安局党委书记、局长刘某明主持会议并讲话。"))
    assert {("刘某明", "holdsPostIn", "市公安局党委"), ("刘某明", "holdsPostIn", "市公安局")} <= rels, rels
    rels = relation_labels(run("12月14日,浙能集团召开党委(扩大)会议,传达学习会议精神。集团党委书记、董事长刘某辉主持会议并讲话。"))
    assert ("刘某辉", "holdsPostIn", "浙能集团党委") in rels, rels


def test_the_partys_name_opens_a_schools_or_firms_committee_not_the_school_or_firm():
    ex = run("中共四川文理学院党委书记、校长王某端主持会议。中共浙江省能源集团党委书记、董事长刘某辉主持会议。")
    found = labels(ex, "Organization")
    assert {"四川文理学院", "浙江省能源集团"} <= found and not {"中共四川文理学院", "中共浙江省能源集团"} & found, found
    assert ("刘某辉", "holdsPostIn", "浙江省能源集团") in relation_labels(ex)
