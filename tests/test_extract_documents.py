"""Documents: shared-head reports with their bodies, titled documents, 关于…的报告, meeting reports."""
from __future__ import annotations

import pytest

from tests.extract_helpers import labels, names, relation_labels, run

SHARED_HEAD = ("在市十五届人大二次会议闭幕会上的讲话\n大会审议通过了市人大常委会、市人民政府、市人民法院、"
               "市人民检察院工作报告，审查批准了国民经济和社会发展计划以及财政预算报告。")


def test_shared_head_gives_four_reports_each_with_its_body():
    ex = run(SHARED_HEAD)
    reports = {"市人大常委会工作报告", "市人民政府工作报告", "市人民法院工作报告", "市人民检察院工作报告"}
    assert reports <= names(ex, "Document")
    rels = relation_labels(ex)
    for body in ("市人大常委会", "市人民政府", "市人民法院", "市人民检察院"):
        assert (body, "issued", body + "工作报告") in rels


def test_the_meeting_approved_what_it_reviewed():
    rels = relation_labels(run(SHARED_HEAD))
    meeting = "市第十五届人民代表大会第二次会议"
    assert (meeting, "approved", "市人民政府工作报告") in rels
    assert (meeting, "approved", "财政预算报告") in rels


def test_titled_document():
    ex = run("全面贯彻落实《关于坚持和完善人民代表大会制度的实施意见》。")
    assert "关于坚持和完善人民代表大会制度的实施意见" in names(ex, "Document")


def test_report_about_with_its_body():
    ex = run("会议审议了省委常委会关于2025年工作情况的报告、2025年抓党建工作情况报告。")
    docs = names(ex, "Document")
    assert "省委常委会关于2025年工作情况的报告" in docs and "2025年抓党建工作情况报告" in docs
    assert any(p == "issued" and s == "省委常委会" for s, p, _ in relation_labels(ex))


def test_meeting_report_is_a_document():
    assert "党的二十大报告" in names(run("党的二十大报告强调指出。"), "Document")


def test_report_title_in_header_links_speaker_body_and_session():
    text = ("2026年河南省政府工作报告\n——2026年1月26日在河南省第十四届人民代表大会第四次会议上\n"
            "河南省人民政府省长 王凯\n各位代表：\n现在，我代表省人民政府，向大会报告工作。")
    rels = relation_labels(run(text))
    assert ("王凯", "delivered", "2026年河南省政府工作报告") in rels
    assert ("河南省人民政府", "issued", "2026年河南省政府工作报告") in rels
    assert ("2026年河南省政府工作报告", "reportedAt", "河南省第十四届人民代表大会第四次会议") in rels
    assert ("王凯", "holdsPostIn", "河南省人民政府") in rels


def test_a_recommendation_about_is_a_document_of_its_body():
    ex = run("审议了省委关于制定国民经济和社会发展第十五个五年规划的建议。")
    assert ("省委", "issued", "省委关于制定国民经济和社会发展第十五个五年规划的建议") in relation_labels(ex)


def test_a_bare_report_title_is_the_texts_own_report():
    ex = run("2026年安徽省政府工作报告\n现在，我代表省人民政府，向大会报告政府工作。政府工作报告提出的目标全面完成。")
    docs = [e for e in ex.entities if e.type == "Document" and "政府工作报告" in e.label]
    assert [d.label for d in docs] == ["2026年安徽省政府工作报告"]


def test_an_autonomous_region_keeps_its_name():
    ex = run("2026年内蒙古自治区政府工作报告\n我代表自治区人民政府作报告。")
    orgs = {e.label for e in ex.entities if e.type == "Organization"}
    assert "内蒙古自治区人民政府" in orgs and "内蒙古省人民政府" not in orgs


def test_an_untitled_regions_report_is_named_with_the_regions_full_name():
    ex = run("政府工作报告\n——2026年1月20日在宁夏回族自治区第十三届人民代表大会第五次会议上\n"
             "各位代表：现在，我代表自治区人民政府，向大会报告工作。政府工作报告提出的目标全面完成。")
    docs = {e.label for e in ex.entities if e.type == "Document" and "政府工作报告" in e.label}
    assert docs == {"宁夏回族自治区政府工作报告"}


def test_a_report_heard_is_a_document_the_person_addresses():
    ex = run("习近平总书记高度重视首都工作，在听取2025年城市副中心建设总结报告时发表重要讲话。")
    assert "2025年城市副中心建设总结报告" in labels(ex, "Document")
    assert ("习近平", "addresses", "2025年城市副中心建设总结报告") in relation_labels(ex)


def test_works_of_art_in_title_marks_are_not_documents():
    from tests.extract_helpers import names, run

    ex = run("电影《长空之王》、音乐剧《飞天》获奖。电视剧《山海情》《觉醒年代》热播。推动出台《民营经济促进条例》。")
    got = names(ex, "Document")
    assert "民营经济促进条例" in got, got
    assert not ({"长空之王", "飞天", "山海情", "觉醒年代"} & got), got


@pytest.mark.parametrize("text, doc", [
    ("深入实施浦东综合改革试点方案，完成全国首例改革。", "浦东综合改革试点方案"),
    ("制定稳就业促创业方案，稳定扩大高校毕业生就业。", "稳就业促创业方案"),
    ("推出基础教育资源优化配置方案，增加优质学位。", "基础教育资源优化配置方案"),
    ("打造综合能源系统解决方案。", None),
    ("为项目主体量身定制融资方案。", None),
])
def test_a_plan_is_named_where_it_is_written_or_carried_out(text, doc):
    got = labels(run(text), "Document")
    assert got == ({doc} if doc else set()), got


@pytest.mark.parametrize("text", [
    "推出《张骞》《五星出东方》《本巴》等一批深受各族群众喜爱的精品力作。",
    "《浴血荣光》、《沉默的荣耀》等一批影视佳作热播。",
    "《阳明悟道》主演获中国戏剧梅花奖。",
])
def test_titles_followed_by_what_makes_them_works_of_art_are_not_documents(text):
    assert not labels(run(text), "Document")


def test_a_titled_document_before_its_kind_stays():
    assert "关于支持民营经济发展的意见" in labels(run("出台《关于支持民营经济发展的意见》等文件。"), "Document")


@pytest.mark.parametrize("text, title", [
    ("金砖国家工业能力中国中心启用，中印尼“两国双园”合作谅解备忘录签署。", "中印尼“两国双园”合作谅解备忘录"),
    ("出台保税货物税收征管办法、“二线口岸”运行管理办法等6项封关政策。", "“二线口岸”运行管理办法"),
    ("COP15会议收获“昆明宣言”“昆蒙框架”“昆明基金”等重大成果。", "“昆蒙框架”"),  # a framework agreed, a text
])
def test_a_quote_inside_or_as_a_documents_title_keeps_it_one_document(text, title):
    assert title in names(run(text), "Document"), names(run(text), "Document")


def test_a_strategys_quoted_frame_is_no_document():
    assert not names(run("落实“一本三基四梁八柱”战略框架，扎实推进自贸港建设。"), "Document")


@pytest.mark.parametrize("text, name, wrong", [
    ("文化资源直达基层。推动出台公共文化服务保障条例，文化事业和文化产业繁荣发展。", "公共文化服务保障条例", "保障条例"),
    ("政府多个部门制定宗教事务依法管理工作方案，依法治理。", "宗教事务依法管理工作方案", "管理工作方案"),
    ("贯彻实施即将出台的民族团结进步促进法，依法治理民族事务。", "民族团结进步促进法", "的民族团结进步促进法"),
    ("城市更新深入实施。提请市人大常委会审议通过城市更新条例，新开工。", "城市更新条例", "市人大常委会审议通过城市更新条例"),
])
def test_a_titles_own_verbs_stay_in_it_past_the_verb_before_it(text, name, wrong):
    """出台 | 公共文化服务保障条例: the title starts at the noun after the verbs before it; a verb inside the title (保障,
    依法) does not cut it; a body between two verbs is their subject; 的 ends the clause before the title."""
    got = names(run(text), "Document")
    assert name in got and wrong not in got, got


@pytest.mark.parametrize("text, docs", [
    ("委员们分组审议省政协常委会工作报告和提案工作情况报告。", {"省政协常委会工作报告", "提案工作情况报告"}),
    ("大会表决通过了关于常委会工作报告的决议和提案工作情况报告。", {"提案工作情况报告"}),
    ("会议通过了政协第十四届全国委员会第四次会议关于政协十四届三次会议以来提案工作情况报告的决议。",
     {"政协十四届三次会议以来提案工作情况报告"}),
])
def test_a_status_report_after_another_report_starts_after_it(text, docs):
    """审议A工作报告和B情况报告 names two reports: the status report's name starts after 和, not at the verb."""
    assert docs <= labels(run(text), "Document"), labels(run(text), "Document")
    assert not any("和" in d or d.startswith(("议", "于")) for d in labels(run(text), "Document"))
def test_an_ocean_inside_a_treatys_title_is_no_place_of_the_text():
    ex = run("主动对接全面与进步跨太平洋伙伴关系协定（CPTPP）等国际高标准经贸规则。")
    assert "全面与进步跨太平洋伙伴关系协定" in names(ex, "Document") and "太平洋" not in names(ex, "Place")
    assert "太平洋" in names(run("建设面向太平洋、印度洋的航空区域门户。"), "Place")


def test_a_text_of_opinions_issued_is_a_document_and_opinions_heard_are_not():
    from tests.extract_helpers import labels, run

    ex = run("召开全区教育大会，出台加快建设教育强区意见。制定实施县域经济发展意见。广泛听取意见，提出意见建议。")
    got = labels(ex, "Document")
    assert {"加快建设教育强区意见", "县域经济发展意见"} <= got, got
    assert not any(n in ("意见", "听取意见", "提出意见") for n in got), got


CLOSING_SPEECH = ("在省十四届人大四次会议闭幕会上的讲话\n会议听取和审议了省人民政府工作报告，审查批准了"
                  "省国民经济和社会发展第十五个五年规划纲要和2026年全省国民经济和社会发展计划。")


def test_a_government_named_by_its_level_issued_the_report_the_session_heard():
    ex = run(CLOSING_SPEECH)
    assert "省人民政府工作报告" in labels(ex, "Document")
    rels = relation_labels(ex)
    assert ("省人民政府", "issued", "省人民政府工作报告") in rels
    assert ("省第十四届人民代表大会第四次会议", "reviewed", "省人民政府工作报告") in rels


@pytest.mark.parametrize(("text", "report", "body"), [
    ("大会表决通过县政府工作报告等决议。", "县人民政府工作报告", "县人民政府"),
    ("会议审议通过了区政府工作报告。", "区人民政府工作报告", "区人民政府"),
])
def test_a_county_or_districts_report_named_by_its_level_is_its_governments(text, report, body):
    ex = run(text)
    assert report in labels(ex, "Document")
    assert (body, "issued", report) in relation_labels(ex)


def test_a_development_plan_without_title_marks_is_one_document_and_no_sector():
    ex = run(CLOSING_SPEECH)
    docs = labels(ex, "Document")
    assert {"国民经济和社会发展第十五个五年规划纲要", "国民经济和社会发展计划"} <= docs
    assert not any("国民经济" in n for n in labels(ex, "Industry"))


def test_the_level_report_in_a_provinces_own_text_is_its_report():
    ex = run("2026年湖北省政府工作报告\n请省人民政府工作报告起草组认真吸纳。省政府工作报告提出的目标全面完成。")
    docs = {e.label for e in ex.entities if e.type == "Document" and "政府工作报告" in e.label}
    assert docs == {"2026年湖北省政府工作报告"}


def test_laws_named_without_title_marks_in_a_standing_committees_report():
    ex = run("过去一年，常委会开展大气污染防治法执法检查，开展食品安全法执法检查，严格执行土地管理法。依法保护法人合法权益。")
    assert {"大气污染防治法", "食品安全法", "土地管理法"} <= labels(ex, "Document")
    assert not labels(ex, "Industry")  # 食品 opens the law's name here; no sector is named
    assert not any(n.startswith(("开展", "执行", "严格")) or "法人" in n for n in labels(ex, "Document"))


def test_a_programme_read_only_inside_a_documents_title_is_the_titles_subject():
    ex = run("推动制定重庆市公平竞争审查条例，推动出台高质量充分就业促进条例。")
    assert {"重庆市公平竞争审查条例", "高质量充分就业促进条例"} <= labels(ex, "Document")
    assert "公平竞争审查" not in labels(ex, "Policy") and "高质量充分就业" not in labels(ex, "Strategy")
    ex = run("落实公平竞争审查，推动制定重庆市公平竞争审查条例。")
    assert "公平竞争审查" in labels(ex, "Policy")  # named on its own once: kept


@pytest.mark.parametrize("text, title", [
    ("落实全国统一大市场建设条例，综合整治“内卷式”竞争。", "全国统一大市场建设条例"),
    ("制定实施加快打造向北开放新高地总体规划方案。扩大对俄合作。", "加快打造向北开放新高地总体规划方案"),
    ("高质量落实上海（长三角）国际科技创新中心建设方案，深化G60科创走廊建设。", "上海（长三角）国际科技创新中心建设方案"),
])
def test_a_plan_or_regulation_put_in_force_keeps_its_verbs_brackets_and_national_scope(text, title):
    assert title in labels(run(text), "Document")


def test_a_kind_of_plan_offered_is_no_title():
    assert not labels(run("为企业提供数字化产品和解决方案，提升效率。编制融资方案。"), "Document")


_RESOLUTION = ("巢湖市第十届人民代表大会第三次会议关于巢湖市人民政府工作报告的决议\n"
               "（2024年1月6日巢湖市第十届人民代表大会第三次会议第三次全体会议通过）\n"
               "巢湖市第十届人民代表大会第三次会议听取和审议了市人民政府市长汪功胜所作的《政府工作报告》。会议决定批准这个报告。")


def test_a_resolution_on_a_report_is_not_the_report():
    ex = run(_RESOLUTION)
    rels = relation_labels(ex)
    # the session reviewed the government's report, not its own resolution; the government issued no resolution
    assert ("巢湖市第十届人民代表大会第三次会议", "reviewed", "巢湖市政府工作报告") in rels
    assert not any(p == "issued" and o.startswith("关于") for _s, p, o in rels)
    assert "汪功胜" in labels(ex, "Person")  # 市长汪功胜所作: the mayor who delivered it


def test_a_drama_or_a_programme_in_title_marks_is_no_document():
    ex = run("《山海情》热播，闽宁协作故事受到欢迎。持续打造《向前一步》品牌栏目。审议通过《政府工作报告》。")
    assert labels(ex, "Document") == {"政府工作报告"}


def test_a_mayor_named_before_his_post_in_a_resolution():
    ex = run("南阳市第七届人民代表大会第四次会议关于政府工作报告的决议\n"
             "南阳市第七届人民代表大会第四次会议听取和审议了路红卫市长代表市人民政府所作的政府工作报告。")
    assert "路红卫" in labels(ex, "Person")


def test_a_joint_title_is_one_document_issued_by_both_bodies():
    ex = run("根据《中共山东省委山东省人民政府关于深化财税体制改革的意见》（鲁发〔2014〕18号）有关要求。")
    assert labels(ex, "Document") == {"中共山东省委山东省人民政府关于深化财税体制改革的意见"}
    issued = {s for s, p, _o in relation_labels(ex) if p == "issued"}
    assert {"山东省委", "山东省人民政府"} <= issued


def test_a_notice_of_a_governments_general_office():
    ex = run("湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知\n湘政办发〔2009〕24号\n"
             "各市州、县市区人民政府，省政府各厅委、各直属机构：经省人民政府同意，现通知如下。")
    assert "湖南省人民政府办公厅" in labels(ex, "Organization")
    assert ("湖南省人民政府办公厅", "issued", "湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知") \
        in relation_labels(ex)
    assert not any(o.startswith("县市区") for o in labels(ex, "Organization"))


@pytest.mark.parametrize(("text", "title", "issuer"), [
    ("党中央印发加强新时代检察机关法律监督工作的意见，省委跟进制定具体实施方案。", "加强新时代检察机关法律监督工作的意见", "党中央"),
    ("最高检出台服务保障海南自贸港建设的意见，赋予检察机关更重责任。", "服务保障海南自贸港建设的意见", "最高人民检察院"),
    ("推动出台金融支持加快西部陆海新通道建设的意见，设立基金。", "金融支持加快西部陆海新通道建设的意见", None),
])
def test_a_title_issued_without_title_marks_is_one_document_of_its_issuer(text, title, issuer):
    ex = run(text)
    assert title in labels(ex, "Document")
    if issuer is not None:
        assert (issuer, "issued", title) in relation_labels(ex)


@pytest.mark.parametrize("text", ["全国人大常委会作出的关于修改选举法的决定。", "国务院印发《关于加快发展的意见》的通知。",
                                  "研究出台支持政策，作出重要决定。"])
def test_an_issued_title_is_not_read_again_inside_one_already_read(text):
    docs = labels(run(text), "Document")
    assert not any(d.startswith(("的", "关于加快发展的意见》")) or d in ("支持政策", "重要决定") for d in docs), docs
    assert len(docs) == len({d for d in docs if not any(d != o and d in o for o in docs)}), docs


@pytest.mark.parametrize("text", ["省委跟进制定具体实施方案。", "各部门制定配套实施方案。"])
def test_a_plan_named_only_by_how_it_is_carried_out_is_no_document(text):
    assert not labels(run(text), "Document")


@pytest.mark.parametrize(("text", "title"), [
    ("制定了新一轮政府机构改革后全国首件价格监督检查条例，较好适应了需要。", "价格监督检查条例"),
    ("及时修正乡镇人大工作若干规定、实施代表法办法；召开工作研讨会。", "实施代表法办法"),
])
def test_a_law_is_titled_without_its_rank_and_with_the_verb_its_title_holds(text, title):
    assert title in labels(run(text), "Document")


def test_the_party_constitution_and_its_amendment_are_documents():
    docs = labels(run("讨论中央纪委工作报告和党章修正案。这次修改党章，把重要思想写入党章。"), "Document")
    assert {"党章修正案", "中国共产党章程"} <= docs


def test_a_preposition_and_a_demonstrative_before_a_title_are_the_clauses():
    docs = labels(run("大会审议通过了关于选举办法的说明，根据本次代表大会选举办法和有关规定，选举产生了代表。"), "Document")
    assert not any(d.startswith(("根据", "关于", "本次")) for d in docs), docs


@pytest.mark.parametrize("text", ["《成语探华夏》入选央视总台品牌强国工程。",
                                  "《奇境三江源》等3部纪录片入选央视“大片看总台”。"])
def test_a_programme_the_broadcaster_chose_is_no_document(text):
    assert not labels(run(text), "Document")


@pytest.mark.parametrize(("text", "reports"), [
    ("会议审议通过了区人大常委会和“一府两院”等工作报告和决议。", {"区人大常委会工作报告", "一府两院工作报告"}),
    ("会议审议通过了市人大常委会、市政府和“两院”工作报告。", {"市人大常委会工作报告", "市人民政府工作报告", "两院工作报告"}),
    ("会议审议通过了市人大常委会、“一府一委两院”工作报告。", {"市人大常委会工作报告", "一府一委两院工作报告"}),
])
def test_a_list_of_reports_joined_by_and_quotes_or_etc_names_each_bodys_report(text, reports):
    ex = run(text)
    assert reports <= labels(ex, "Document")
    issuers = {r[0] for r in relation_labels(ex) if r[1] == "issued"}
    assert {r.removesuffix("工作报告").replace("市政府", "市人民政府") for r in reports} <= issuers


@pytest.mark.parametrize("text", ["会议审查批准了计划、预算报告，完成了选举任务。", "会议审查批准了计划和财政报告，选举产生了新一届领导。"])
def test_the_plan_and_budget_a_session_approved_by_their_short_names(text):
    ex = run(text)
    assert {"国民经济和社会发展计划", "财政预算报告"} <= labels(ex, "Document")
    assert not any("批准" in p for p in labels(ex, "Policy"))


def test_the_national_cppcc_standing_committee_writes_its_report():
    rels = relation_labels(run("聆听全国政协主席俞正声所作的全国政协常委会工作报告。"))
    assert ("全国政协常委会", "issued", "全国政协常委会工作报告") in rels, rels


def test_a_districts_own_texts_are_the_districts_not_its_citys():
    text = ("六安市叶集区第一届人民代表大会第二次会议关于六安市叶集区人民政府工作报告的决议\n"
            "六安市叶集区第一届人民代表大会第二次会议听取和审议了汪某军区长所作的《政府工作报告》。会议决定批准这个报告。"
            "会议号召，在中共叶集区委的坚强领导下，坚定不移推进全面从严治党。区委一届四次全会作出部署。")
    ex = run(text)
    assert "叶集区政府工作报告" in labels(ex, "Document") and "六安市政府工作报告" not in labels(ex, "Document")
    assert labels(ex, "Organization") == {"叶集区委"}


def test_a_countys_own_report_and_bodies_are_the_countys():
    ex = run("政府工作报告\n2019年3月2日在浮山县第十六届人民代表大会第四次会议上\n各位代表:\n"
             "现在，我代表县人民政府向大会报告工作。在县委的坚强领导下，县政府全力推进脱贫攻坚。")
    assert {"浮山县人民政府", "浮山县委"} <= labels(ex, "Organization"), labels(ex, "Organization")
    assert "浮山县政府工作报告" in labels(ex, "Document")


@pytest.mark.parametrize(("text", "doc"), [
    ("全会听取和讨论了彭某华代表省委常委会作的工作报告。", "省委常委会工作报告"),
    ("全会听取和讨论了李某杰受省委常委会委托作的工作报告。", "省委常委会工作报告"),
])
def test_a_work_report_given_for_a_body_is_the_bodys_report(text, doc):
    assert doc in labels(run(text), "Document")


def test_a_bare_report_given_for_a_body_names_no_document():
    assert not labels(run("省委书记黄某明代表省委常委会作报告。"), "Document")


NOTICE = ("湖北省人民政府办公厅关于印发湖北省促进民营经济发展壮大若干措施的通知\n鄂政办发〔2024〕12号\n"
          "各市、州、县人民政府，省政府各部门：\n"
          "《湖北省促进民营经济发展壮大若干措施》已经省人民政府同意，现印发给你们，请认真贯彻执行。\n"
          "湖北省人民政府办公厅\n2024年3月1日\n湖北省促进民营经济发展壮大若干措施\n"
          "为深入贯彻落实《中共中央 国务院关于促进民营经济发展壮大的意见》，结合我省实际，制定本措施。\n")
MEASURES = "湖北省促进民营经济发展壮大若干措施"


def test_a_notice_of_issue_and_the_document_it_issues_are_two_documents_of_its_body():
    ex = run(NOTICE)
    docs = names(ex, "Document")
    assert {"湖北省人民政府办公厅关于印发湖北省促进民营经济发展壮大若干措施的通知", MEASURES} <= docs
    rels = relation_labels(ex)
    assert ("湖北省人民政府办公厅", "issued", MEASURES) in rels
    assert ("湖北省人民政府", "endorsed", MEASURES) in rels  # 已经省人民政府同意
    # the issued text's purpose clause (为…贯彻落实《…》，制定本措施) follows the opinion it names
    assert (MEASURES, "implements", "中共中央 国务院关于促进民营经济发展壮大的意见") in rels


def test_a_title_cited_inside_an_issued_title_is_one_document_however_it_is_quoted():
    text = ("山西省人民政府办公厅关于印发山西省贯彻落实《促进中部地区崛起规划》工作方案的通知\n"
            "《山西省贯彻落实〈促进中部地区崛起规划〉工作方案》已经省人民政府同意，现印发给你们。\n")
    ex = run(text)
    assert "山西省贯彻落实〈促进中部地区崛起规划〉工作方案" in names(ex, "Document")
    assert "《促进中部地区崛起规划》工作方案" not in labels(ex, "Document")


def test_a_reports_own_title_names_the_report_made_at_the_meeting_it_names():
    text = ("在中国共产党某某市第九次代表大会上的报告\n某某市委书记 张某生\n各位代表、同志们：\n"
            "现在，我代表中共某某市第八届委员会向大会作报告。\n过去五年，市委坚持以习近平新时代中国特色社会主义思想为指导。\n")
    rels = relation_labels(run(text))
    report = "在中国共产党某某市第九次代表大会上的报告"
    assert (report, "reportedAt", "中国共产党某某市第九次代表大会") in rels, rels
    assert ("张某生", "delivered", report) in rels, rels


def test_a_speechs_own_title_is_no_document():
    assert not labels(run("在市十五届人大二次会议闭幕会上的讲话\n各位代表：\n大会圆满完成了各项议程。\n"), "Document")


def test_the_document_a_notice_sends_out_speaks_in_its_text_when_the_notices_title_is_missing():
    text = ("各市交通运输局，厅机关各处室：\n经厅党组会议审议同意，现将《关于深化交通运输法治建设的实施意见》印发给你们，请认真抓好落实。\n"
            "关于深化交通运输法治建设的实施意见\n为贯彻落实《法治政府建设实施纲要（2021-2025年）》《法治社会建设实施纲要（2020-2025年）》，"
            "结合行业实际，制定本实施意见。\n坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神。\n")
    rels = relation_labels(run(text))
    opinion = "关于深化交通运输法治建设的实施意见"
    for followed in ("法治政府建设实施纲要（2021-2025年）", "法治社会建设实施纲要（2020-2025年）"):  # 《A》《B》
        assert (opinion, "implements", followed) in rels, rels
    assert (opinion, "guidedBy", "习近平新时代中国特色社会主义思想") in rels
    assert (opinion, "carriesOutSpiritOf", "党的二十大") not in rels and (opinion, "carriesOutSpiritOf", "党的十九大") in rels


def test_a_long_status_report_inside_a_resolution_is_named_whole_after_its_about():
    ex = run("会议审议通过了政协某市第十一届委员会第二次会议关于常务委员会十一届一次会议以来提案工作情况报告的决议。")
    assert "常务委员会十一届一次会议以来提案工作情况报告" in labels(ex, "Document"), labels(ex, "Document")


def test_the_central_committee_opening_a_titles_about_issued_it():
    ex = run("深入贯彻《中共中央关于加强新时代人民政协工作的意见》。")
    assert ("党中央", "issued", "中共中央关于加强新时代人民政协工作的意见") in relation_labels(ex)


def test_a_plan_outline_named_without_quotes_is_one_document_drafted_from_the_proposal():
    text = ("中商情报网讯:广州市国民经济和社会发展第十四个五年(2021—2025年)规划和2035年远景目标纲要,根据《中共广州市委关于制定"
            "广州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》编制,重点明确“十四五”时期我市经济社会发展的指导思想。")
    ex = run(text)
    outline = "广州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要"  # its years are in its name already
    assert outline in labels(ex, "Document"), labels(ex, "Document")
    proposal = "中共广州市委关于制定广州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议"
    assert (outline, "implements", proposal) in relation_labels(ex)


def test_a_written_plan_report_entrusted_by_a_government_is_made_to_the_session_of_a_wrapped_dateline():
    text = ("(2023年2月2日在杭州市余杭区第十六届人民代表大会\n第三次会议上)\n杭州市余杭区发展和改革局\n各位代表:\n"
            "受区人民政府委托,向大会书面报告杭州市余杭区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划(草案),"
            "请予审议。\n一、2022年国民经济和社会发展计划执行情况\n")
    ex = run(text)
    report = "杭州市余杭区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划（草案）"
    session = "杭州市余杭区第十六届人民代表大会第三次会议"
    assert report in labels(ex, "Document") and session in labels(ex, "Meeting"), (labels(ex, "Document"), labels(ex, "Meeting"))
    assert not any(d.startswith("2022年") for d in labels(ex, "Document"))  # a heading's year names no title
    rels = relation_labels(ex)
    assert {(report, "reportedAt", session), ("余杭区人民政府", "issued", report)} <= rels, rels


def test_a_plenum_before_a_congress_passes_the_outgoing_committees_reports_and_its_communique():
    text = ("中国共产党四川省第十一届委员会第十一次全体会议公报\n"
            "中国共产党四川省第十一届委员会第十一次全体会议于2022年5月25日在成都举行。"
            "全会讨论并通过了十一届省委向省第十二次党代会的报告、十一届省纪委向省第十二次党代会的工作报告。")
    ex = run(text)
    plenum = "中国共产党四川省第十一届委员会第十一次全体会议"
    committee, commission = "十一届省委向省第十二次党代会的报告", "十一届省纪委向省第十二次党代会的工作报告"
    assert {committee, commission} <= labels(ex, "Document"), labels(ex, "Document")
    rels = relation_labels(ex)
    assert {(plenum, "approved", committee), (plenum, "approved", commission), ("四川省委", "issued", committee),
            ("四川省纪委", "issued", commission), (plenum, "approved", plenum + "公报")} <= rels, rels


def test_a_notice_whose_plan_meetings_passed_is_signed_by_the_office_that_issues_it():
    text = ("各县(市、区)人民政府,市各有关委、办、局:\n"
            "《盐城市数字经济高质量发展三年行动计划(2025-2027年)》已经市委常委会议、市政府常务会议审议通过,现印发给你们,"
            "请结合实际认真抓好贯彻落实。\n盐城市人民政府办公室\n2025年9月9日\n")
    ex = run(text)
    plan = "盐城市数字经济高质量发展三年行动计划（2025-2027年）"
    assert plan in labels(ex, "Document"), labels(ex, "Document")
    rels = relation_labels(ex)
    assert {("市委常委会议", "approved", plan), ("市政府常务会议", "approved", plan),
            ("盐城市人民政府办公室", "issued", plan)} <= rels, rels


def test_a_standing_committee_meeting_that_passed_a_text_is_a_meeting_and_one_a_bill_is_put_to_is_not():
    assert "市委常委会议" in labels(run("该方案已经市委常委会议审议通过。"), "Meeting")
    assert not labels(run("将条例草案提请省人大常委会会议审议通过。"), "Meeting")


def test_a_report_made_at_the_opening_for_the_body_that_entrusted_it_is_that_bodys_report():
    text = ("北京市政协十一届二次会议开幕\n今天上午10时,北京市政协十一届二次会议隆重开幕。"
            "市政协主席阳某江受政协北京市第十一届委员会常务委员会委托,在开幕式上作常委会工作报告。")
    ex = run(text)
    report = "北京市政协常委会工作报告"
    assert report in labels(ex, "Document"), labels(ex, "Document")
    rels = relation_labels(ex)
    assert {("阳某江", "delivered", report), ("北京市政协常委会", "issued", report)} <= rels, rels
    assert any(s == report and p == "reportedAt" for s, p, _o in rels), rels


def test_a_title_cited_by_its_kind_alone_is_the_one_named_whole_before():
    text = ("7月9日上午，澧县召开中国共产党澧县第十二届委员会第四次全体（扩大）会议，对贯彻落实省委十一届五次全会和"
            "市委七届五次全体（扩大）会议精神作出安排部署，审议通过了《中共澧县县委关于深入实施长江经济带发展战略大力推动"
            "高质量发展的决议（草案）》。县委常委周某就《决议》作了起草说明。")
    ex = run(text)
    docs = [e for e in ex.entities if e.type == "Document"]
    assert len(docs) == 1 and "《决议》" in docs[0].aliases, [(d.label, d.aliases) for d in docs]
    rels = relation_labels(ex)
    assert ("中国共产党澧县第十二届委员会第四次全体（扩大）会议", "approved", docs[0].label) in rels, rels
    assert not any(s == "省委十一届五次全会" and p == "approved" for s, p, _o in rels), rels


@pytest.mark.parametrize(("text", "issuers"), [
    ("全会审议通过了《中共福建省委关于深入学习贯彻习近平总书记重要讲话重要指示批示精神,全方位推动高质量发展超越的决定》。",
     {"福建省委"}),  # a comma inside the title
    ("落实《中共中央、国务院关于支持海南全面深化改革开放的指导意见》。", {"党中央", "国务院"}),  # two bodies
])
def test_the_bodies_a_quoted_title_opens_with_issued_it(text, issuers):
    rels = relation_labels(run(text))
    assert {s for s, p, _o in rels if p == "issued"} == issuers, rels


def test_a_standing_committee_session_hears_the_bodies_reporting_on_its_drafts():
    text = ("南方网讯(全媒体记者/辛某庆 通讯员/任某)省十二届人大常委会第三十四次会议7月25日至7月27日上午在广州召开。"
            "省人大常委会主任李某妹主持会议。\n"
            "会议听取省人大法委关于《广东省旅游条例(草案)》、《广东省社会救助条例(草案)》审议结果的报告。\n"
            "会议听取省人民政府关于《广东省港口管理条例修正案(草案)》的说明以及关于广东省2016年度省级预算执行和其他财政收支的"
            "审计工作报告、关于广东省2017年上半年国民经济和社会发展计划执行情况的报告。\n")
    ex = run(text)
    session = "省第十二届人民代表大会常务委员会第三十四次会议"
    rels = relation_labels(ex)
    assert {(session, "reviewed", "广东省旅游条例（草案）"), ("李某妹", "addresses", session),
            ("省人大法委", "relatedTo", "广东省社会救助条例（草案）"),
            ("省人民政府", "relatedTo", "广东省港口管理条例修正案（草案）")} <= rels, rels
    docs = labels(ex, "Document")
    assert "关于广东省2016年度省级预算执行和其他财政收支的审计工作报告" in docs, docs  # two reports, not one


def test_a_bulletins_title_is_the_texts_document_issued_by_the_bodies_of_its_byline():
    ex = run("2023年山东省国民经济和社会发展统计公报\n山 东 省 统 计 局\n2024年3月3日\n"
             "2023年是全面贯彻落实党的二十大精神的开局之年。全年实现地区生产总值92068.7亿元。")
    assert ("山东省统计局", "issued", "2023年山东省国民经济和社会发展统计公报") in relation_labels(ex)
    ex = run("街道2022年工作总结和2023年工作计划\n时间:2023-02-24\n一、2022年工作回顾\n2022年以来，我们迎难而上。")
    assert "街道2022年工作总结和2023年工作计划" in labels(ex, "Document")
    ex = run("山东发布2023年统计公报\n2024年3月3日\n全年实现地区生产总值92068.7亿元。")  # a headline on a bulletin
    assert not labels(ex, "Document") & {"山东发布2023年统计公报"}


def test_a_budget_report_is_issued_by_its_byline_department_and_the_government_that_entrusted_it():
    ex = run("关于四川省2024年预算执行情况和2025年预算草案的报告\n2025年02月10日 07时39分 来源: 四川日报\n"
             "2025年1月20日在四川省第十四届人民代表大会第四次会议上\n四川省财政厅\n各位代表:\n"
             "受省人民政府委托,现将四川省2024年预算执行情况和2025年预算草案提请省十四届人大四次会议审查。\n"
             "一、2024年预算执行情况\n2024年是实现“十四五”规划目标任务的关键一年，全省预算执行情况总体平稳。\n"
             "全省一般公共预算收入5790.2亿元，增长3.6%，全省一般公共预算支出12605.3亿元，增长2.1%。\n"
             "省级一般公共预算收入1890.5亿元，为预算的100.4%。\n省级一般公共预算支出2510.7亿元，为调整预算的92.3%。")
    rels = relation_labels(ex)
    report = "关于四川省2024年预算执行情况和2025年预算草案的报告"
    assert {("四川省财政厅", "issued", report), ("四川省人民政府", "issued", report),
            (report, "reportedAt", "四川省第十四届人民代表大会第四次会议")} <= rels, rels


def test_a_plan_drafted_after_the_proposal_it_names_implements_it_and_its_session_approved_the_resolution():
    ex = run("根据《中共庐江县委关于制定庐江县国民经济和社会发展第十四个五年规划和2035年远景目标的建议》,"
             "编制《庐江县国民经济和社会发展第十四个五年规划和2035年远景目标纲要》。\n"
             "庐江县第十七届人民代表大会第五次会议\n关于庐江县国民经济和社会发展第十四个五年规划和2035年远景目标纲要的决议")
    rels = relation_labels(ex)
    assert ("庐江县国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "implements",
            "中共庐江县委关于制定庐江县国民经济和社会发展第十四个五年规划和2035年远景目标的建议") in rels, rels
    assert ("庐江县第十七届人民代表大会第五次会议", "approved",
            "关于庐江县国民经济和社会发展第十四个五年规划和2035年远景目标纲要的决议") in rels, rels


def test_a_titles_short_name_is_the_documents_and_every_body_listed_before_the_verb_issued_it():
    ex = run("省委 、省政府出台了《关于高质量建设制造强省的意见》(以下简称“制造业当家22条”) 。"
             "“制造业当家22条”全面贯彻落实习近平总书记关于推动制造业高质量发展的重要论述精神。")
    doc = next(e for e in ex.entities if e.label == "关于高质量建设制造强省的意见")
    assert doc.type == "Document" and "制造业当家22条" in doc.aliases
    assert not [e for e in ex.entities if e.label == "制造业当家22条"]  # no programme of that name beside it
    rels = relation_labels(ex)
    assert {("省委", "issued", doc.label), ("省人民政府", "issued", doc.label)} <= rels, rels


@pytest.mark.parametrize("text, law", [
    ("全面实施海南自由贸易港法。", "海南自由贸易港法"), ("认真学习贯彻新修改的立法法。", "立法法"), ("严格执行预算法。", "预算法"),
    ("中华人民共和国青藏高原生态保护法正式施行。", "青藏高原生态保护法"),
    ("深化国资国企改革，健全民营经济促进法配套法规政策。", "民营经济促进法"),
])
def test_a_law_cited_without_quotes_is_a_document(text, law):
    found = labels(run(text), "Document")
    assert law in found and not any(f.startswith(("健全", "国青藏")) for f in found), found
    assert not labels(run("加强法治保护，完善管理法规。"), "Document")


def test_a_sessions_resolution_named_by_the_session_is_a_document_it_approved():
    ex = run("会议审议通过了政协沧州市第十一届委员会第二次会议政治决议。认真执行省十届人大四次会议决议。")
    rels = relation_labels(ex)
    assert {"政协沧州市第十一届委员会第二次会议政治决议", "省十届人大四次会议决议"} <= labels(ex, "Document")
    assert any(p == "approved" and o == "政协沧州市第十一届委员会第二次会议政治决议" for _s, p, o in rels), rels


def test_a_zones_summary_and_plan_is_its_document_and_the_street_it_is_also_named_by_a_place():
    ex = run("桐乡经济开发区(高桥街道)2023年工作总结和2024年工作思路\n\n发布时间:2024-02-26  10:39\n\n一、2023年工作总结\n\n"
             "2023年,在市委市政府的坚强领导下,开发区聚焦三个“一号工程”,推动各项工作提质增效。全年完成签约项目57个。")
    title = "桐乡经济开发区(高桥街道)2023年工作总结和2024年工作思路"
    docs = {d.replace("（", "(").replace("）", ")") for d in labels(ex, "Document")}
    assert title in docs and "高桥街道" in labels(ex, "Place"), docs
