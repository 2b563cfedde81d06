"""Meetings: numbered sessions and plenums in all their spellings, compounds, shared heads, events."""
from __future__ import annotations

import pytest

from kg.extract.meetings import cn_number, to_cn
from tests.extract_helpers import labels, names, relation_labels, run


@pytest.mark.parametrize("text, expected", [
    ("全面贯彻党的二十大精神。", "党的二十大"),
    ("学习贯彻二十大报告。", "党的二十大"),
    ("认真落实省委十一届四次全会精神。", "省委十一届四次全会"),
    ("召开了中央经济工作会议。", "中央经济工作会议"),
    ("落实市第十三次党代会部署。", "市第十三次党代会"),
    ("*市第十五届人民代表大会第二次会议圆满完成各项议程。", "*市第十五届人民代表大会第二次会议"),
    ("成功举办第十八届中国—拉美企业家高峰会。", "第十八届中国—拉美企业家高峰会"),
])
def test_meeting_names(text, expected):
    assert expected in names(run(text), "Meeting")


def test_two_spellings_of_one_session_are_one_meeting():
    ex = run("在市十五届人大二次会议闭幕会上的讲话\n*市第十五届人民代表大会第二次会议即将胜利闭幕。")
    meetings = [e for e in ex.entities if e.type == "Meeting"]
    assert len(meetings) == 1
    assert {"市十五届人大二次会议闭幕会", "*市第十五届人民代表大会第二次会议"} <= {meetings[0].label, *meetings[0].aliases}


def test_full_and_short_plenum_names_meet_on_one_key():
    ex = run("中共广东省委十三届八次全会召开\n中国共产党广东省第十三届委员会第八次全体会议在广州召开。")
    assert len(labels(ex, "Meeting")) == 1


def test_compound_meeting_keeps_parts_as_aliases():
    ex = run("召开了示范区党工委五次全会暨市委十三届三次全会。")
    (m,) = [e for e in ex.entities if e.type == "Meeting"]
    assert m.label == "示范区党工委五次全会暨市委十三届三次全会"
    assert {"示范区党工委五次全会", "市委十三届三次全会"} <= set(m.aliases)


def test_shared_head_plenums_are_two_meetings():
    ex = run("按照省委十一届十次、十一次全会部署要求。")
    assert {"省委十一届十次全会", "省委十一届十一次全会"} <= labels(ex, "Meeting")


def test_shared_party_prefix():
    assert "党的二十届历次全会" in labels(run("深入贯彻党的二十大和二十届历次全会精神。"), "Meeting")


def test_verb_before_a_body_is_not_part_of_the_meeting():
    assert not any(n.startswith("认真") for n in names(run("认真落实省委十一届四次全会精神。"), "Meeting"))


@pytest.mark.parametrize("cn, n", [("十五", 15), ("二十", 20), ("十", 10), ("一百零三", 103)])
def test_chinese_numbers_round_trip(cn, n):
    assert cn_number(cn) == n and to_cn(n) == cn


def test_standing_committee_sessions_are_not_congress_sessions():
    ex = run("审议省十四届人大三次会议和省十四届人大常委会第三次会议的报告。")
    assert len(labels(ex, "Meeting")) == 2


def test_jurisdiction_wide_work_conference():
    assert "全省经济工作会议" in names(run("认真落实全省经济工作会议部署。"), "Meeting")


def test_national_sessions_and_cppcc_sessions():
    ex = run("会议传达学习了十四届全国人大三次会议和全国政协十四届三次会议精神，审议了有关文件，部署了全年各项重点工作。")
    assert {"第十四届全国人民代表大会第三次会议", "全国政协十四届三次会议"} <= labels(ex, "Meeting")
    assert not [r for r in ex.relations if r.predicate == "carriesOutSpiritOf"], "no title: no meeting of its own"


def test_an_edition_before_an_organisation_opens_the_meetings_name():
    from tests.extract_helpers import names, run

    found = names(run("成功举办第十届上海合作组织成员国农业部长会议。"), "Meeting")
    assert "第十届上海合作组织成员国农业部长会议" in found, found


def test_a_count_of_editions_is_not_part_of_an_events_name():
    ex = run("举办2届中国—东盟博览会，承办亚太经合组织高官会，办好第三届世界制造业大会。")
    meetings = names(ex, "Meeting")
    assert {"中国—东盟博览会", "亚太经合组织高官会", "第三届世界制造业大会"} <= meetings
    assert not [m for m in meetings if m.startswith("2届")]


def test_a_head_word_name_inside_a_longer_name_of_its_type_is_no_second_meeting():
    ex = run("向2025年中国国际服务贸易交易会致贺信。")
    labels = {e.label for e in ex.entities if e.type == "Meeting"}
    assert any(label.endswith("中国国际服务贸易交易会") for label in labels), labels
    assert "贸易交易会" not in labels, labels


def test_a_result_word_after_a_two_character_verb_opens_the_name():
    # 大 is the result of 做 (做大), never of 保障: 大湄公河 is the name's own first word
    labels = {e.label for e in run("高质量服务保障大湄公河次区域经济合作第八次领导人会议。").entities}
    assert "大湄公河次区域经济合作第八次领导人会议" in labels, labels


def test_a_cppcc_report_by_its_official_names():
    """A CPPCC standing committee's report names its session, its committee and itself in full; the short forms
    of the same session and body are the same nodes."""
    ex = run("政协河南省第十三届委员会常务委员会工作报告\n——2026年1月24日在政协河南省第十三届委员会第四次会议上\n"
             "各位委员：省政协十三届四次会议期间，政协河南省委员会组织委员视察调研。")
    by_type = {(e.type, e.label): e for e in ex.entities}
    assert "省政协十三届四次会议" in by_type[("Meeting", "政协河南省第十三届委员会第四次会议")].aliases
    assert "政协河南省委员会" in by_type[("Organization", "河南省政协")].aliases
    assert ("Organization", "河南省政协常委会") in by_type
    assert ("河南省政协常委会", "issued", "河南省政协常委会工作报告") in relation_labels(ex)


@pytest.mark.parametrize("text, found, absent", [
    ("量化主要目标和重点任务，全文提请大会审查。", set(), {"全文提请大会", "大会"}),
    ("陇南入选世界互联网大会跨境电商实践案例。", {"世界互联网大会"}, {"陇南入选世界互联网大会"}),
    ("接续拓展夏季达沃斯论坛成果效能。", {"夏季达沃斯论坛"}, {"接续拓展夏季达沃斯论坛"}),
    ("定期举办政企沟通圆桌会议。", {"政企沟通圆桌会议"}, set()),  # a verb of the meeting's own topic stays
])
def test_a_verb_whose_object_is_the_meeting_opens_no_meeting_name(text, found, absent):
    got = {e.label for e in run(text).entities if e.type == "Meeting"}
    assert found <= got, got
    assert not (absent & got), got


@pytest.mark.parametrize("text, meeting", [
    ("召开“新春第一会”，部署全年工作。", "新春第一会"),
    ("举办外资企业圆桌会，回应企业诉求。", "外资企业圆桌会"),
])
def test_the_years_first_meeting_and_round_tables_are_meetings(text, meeting):
    assert meeting in {e.label.strip("“”") for e in run(text).entities if e.type == "Meeting"}


@pytest.mark.parametrize("text, expected", [
    # an enlarged plenum is the plenum (the CPPCC and party texts write it so)
    ("及时组织学习中共湖北省委十届四次全体（扩大）会议精神。", "中共湖北省委十届四次全体（扩大）会议"),
    ("中国共产党湖北省第十届委员会第四次全体（扩大）会议召开。", "中国共产党湖北省第十届委员会第四次全体（扩大）会议"),
])
def test_an_enlarged_plenum_is_a_meeting(text, expected):
    assert expected in {e.label for e in run(text).entities if e.type == "Meeting"}


def test_central_plenums_written_without_a_list_mark_are_each_named():
    got = {e.label for e in run("认真学习贯彻中共十八大、十八届二中三中全会精神。").entities if e.type == "Meeting"}
    assert {"党的十八届二中全会", "党的十八届三中全会", "党的十八大"} <= got, got


def test_a_meeting_known_by_its_code_is_a_meeting():
    got = {e.label for e in run("COP15会议收获重大成果。出席G20峰会和APEC会议。").entities if e.type == "Meeting"}
    assert {"COP15会议", "G20峰会", "APEC会议"} <= got, got
    assert not {e.label for e in run("推进5G网络和AI应用。").entities if e.type == "Meeting"}


@pytest.mark.parametrize("text, unwanted", [
    ("上午9时，大会执行主席王某宣布大会开幕。", "宣布大会"),
    ("刘某代表政协第十二届江西省委员会常务委员会向大会报告工作。", "向大会"),
    ("省委领导到会祝贺大会召开。", "祝贺大会"),
    ("全体代表共同努力，圆满完成大会各项议程。", "完成大会"),
    ("开好这次大会，对推动全市工作意义重大。", "这次大会"),
    ("大会主席团常务主席李某主持了闭幕大会。", "闭幕大会"),
    ("省委书记王某通报市第九次党代会筹备工作情况。", "通报"),  # a speaker's clause is no congress's place
])
def test_the_session_as_bare_dahui_after_a_speakers_verb_is_no_meeting(text, unwanted):
    """Session news calls its own session 大会 right after the speaker's verb, or points at it (这次大会): no
    meeting is named there."""
    got = {e.label for e in run(text).entities if e.type == "Meeting"}
    assert not any(unwanted in g for g in got), got


def test_a_cppcc_session_and_committee_with_the_term_before_the_place():
    """News releases write the term first (中国人民政治协商会议第十二届江西省委员会第四次会议); it is the session of
    政协江西省第十二届委员会, and the standing committee so written is 江西省政协常委会."""
    ex = run("中国人民政治协商会议第十二届江西省委员会第四次会议在南昌开幕。"
             "刘某代表政协第十二届江西省委员会常务委员会报告工作。")
    assert "政协第十二届江西省委员会第四次会议" in labels(ex, "Meeting")
    assert "江西省政协常委会" in labels(ex, "Organization")


def test_a_local_party_congress_by_its_official_and_short_names_is_one_meeting():
    """A plenum communiqué names the next party congress in full (中国共产党湖南省第十三次代表大会) and short,
    without 第 (省十三次党代会); the party committee in full (…第十二届委员会) is the province's 省委, not 中国共产党."""
    ex = run("中共湖南省委十二届九次全会公报\n全会决定，中国共产党湖南省第十三次代表大会于明年召开。"
             "全会讨论了中国共产党湖南省第十二届委员会向大会的报告，听取了关于省十三次党代会筹备工作的说明。")
    (m,) = [e for e in ex.entities if e.label == "中国共产党湖南省第十三次代表大会"]
    assert "省十三次党代会" in m.aliases
    assert "中国共产党" not in labels(ex, "Organization")
    assert "中国共产党湖南省第十二届委员会" in names(ex, "Organization")


def test_a_standing_committees_session_is_named_for_the_standing_committee():
    ex = run("依法召开省十四届人大常委会第三次会议。")
    assert "省第十四届人民代表大会常务委员会第三次会议" in labels(ex, "Meeting")


def test_a_pronoun_and_verb_before_the_level_word_are_no_place():
    got = {e.label for e in run("各位代表：我受省七届人大常委会委托，向大会报告工作。").entities}
    assert not any(g.startswith("我受") for g in got), got


def test_a_meeting_held_as_two_keeps_its_whole_name_when_a_part_is_named_more_often():
    ex = run("解读市委五届六次全会暨市委经济工作会议精神。市委经济工作会议总结了全年工作，部署了明年工作。"
             "市委经济工作会议强调，要稳中求进。")
    assert "市委五届六次全会暨市委经济工作会议" in labels(ex, "Meeting")


def test_a_national_cppcc_session_by_its_official_name_and_a_congress_written_cppcc_style():
    ex = run("中国人民政治协商会议第十三届全国委员会第二次会议在京闭幕。全国政协十三届二次会议期间，委员们建言献策。"
             "会议听取市人大九届三次会议筹备情况。")
    (m,) = [e for e in ex.entities if "中国人民政治协商会议第十三届全国委员会第二次会议" in (e.label, *e.aliases)]
    assert "全国政协十三届二次会议" in (m.label, *m.aliases)
    assert "市第九届人民代表大会第三次会议" in labels(ex, "Meeting")


def test_a_term_written_before_the_body_numbers_its_plenum():
    ex = run("贯彻落实二十届中央纪委五次全会部署，回顾十九届中央纪委六次全会精神。")
    meetings = {e.label: e.key for e in ex.entities if e.type == "Meeting"}
    assert {"二十届中央纪委五次全会", "十九届中央纪委六次全会"} <= set(meetings), meetings
    assert meetings["二十届中央纪委五次全会"] != meetings["十九届中央纪委六次全会"]


def test_a_session_inside_a_decisions_title_keeps_its_place():
    ex = run("会议表决通过了关于湖北省第十四届人民代表大会第四次会议选举办法的决定。")
    assert "湖北省第十四届人民代表大会第四次会议" in labels(ex, "Meeting")


def test_two_fields_joined_by_he_are_one_fairs_name():
    ex = run("举办文博会、全球智能机械和电子产品博览会等展会。办好中非经贸和文化论坛、2026年世界林木业大会。")
    got = labels(ex, "Meeting")
    assert {"全球智能机械和电子产品博览会", "中非经贸和文化论坛"} <= got, got
    assert not any(n.startswith(("电子产品", "文化论坛")) for n in got), got


def test_a_national_meetings_long_name_is_read_whole():
    ex = run("宁港澳合作提升年、全国优强民营企业助推宁夏高质量发展大会等取得重要成果。")
    assert "全国优强民营企业助推宁夏高质量发展大会" in labels(ex, "Meeting"), labels(ex, "Meeting")


def test_a_fairs_short_name_keeps_its_bracketed_host():
    assert "中国（安徽）科交会" in labels(run("办好中国（安徽）科交会、世界制造业大会。"), "Meeting")


def test_a_governments_executive_meeting_is_a_meeting_of_that_government():
    ex = run("省长主持召开省政府常务会议，研究部署一季度经济工作。国务院常务会议审议通过。")
    assert {"省政府常务会议", "国务院常务会议"} <= labels(ex, "Meeting"), labels(ex, "Meeting")


def test_a_bodys_work_conference_with_a_long_field():
    ex = run("今天，我们召开区委党风廉政建设工作会议，研究部署下一阶段重点任务。")
    assert "区委党风廉政建设工作会议" in labels(ex, "Meeting")


def test_a_governments_plenary_and_numbered_executive_meetings():
    ex = run("省长王伟中主持召开省政府全体会议。省长毛伟明主持召开省政府第58次常务会议，传达学习习近平总书记近期重要讲话精神。")
    assert {"省政府全体会议", "省政府第58次常务会议"} <= labels(ex, "Meeting")
    assert "近期重要" not in labels(ex, "Person")  # 总书记 | 近期重要讲话: common words, no name


def test_a_jurisdictions_congress_is_its_own_provinces():
    text = "落实省委具体部署和全省高质量发展大会精神。"
    a = run("2026年广东省政府工作报告\n" + text)
    b = run("2026年山东省政府工作报告\n" + text)
    keys = [next(e.key for e in ex.entities if e.label == "全省高质量发展大会") for ex in (a, b)]
    assert keys[0] != keys[1]  # two provinces' congresses, two meetings


def test_a_bodys_party_group_and_enlarged_meetings():
    ex = run("市长黄文辉主持召开市政府党组扩大会议，传达学习省委常委会（扩大）会议精神。提请省人大常委会会议审议法规草案。")
    meetings = labels(ex, "Meeting")
    assert {"市政府党组扩大会议", "省委常委会（扩大）会议"} <= meetings
    assert "市政府党组扩大会" not in meetings  # …扩大会 | 议 is no 大会
    assert "省人大常委会会议" not in meetings  # a bill sent to the committee's meetings: none held


@pytest.mark.parametrize("text", ["1月11日，市委书记孙某军主持召开市委常委会会议，听取市“两会”筹备情况的汇报。",
                                  "7月18日上午，市委常委会会议召开。市委书记陈某杰主持会议。",
                                  "会议传达学习省委全会精神，落实市委常委会会议要求，研究部署有关工作。"])
def test_a_standing_committee_meeting_the_text_says_is_held(text):
    assert "市委常委会会议" in labels(run(text), "Meeting")


@pytest.mark.parametrize(("text", "meeting"), [
    ("12月22日，省委书记周某翼主持召开省委务虚会议，研究谋划2026年全省发展的目标思路。", "省委务虚会议"),
    ("市委务虚会召开。会议强调，要锚定五年蓝图抓头年。", "市委务虚会"),
])
def test_a_bodys_retreat_to_plan_the_year_is_its_meeting(text, meeting):
    ex = run(text)
    assert meeting in {n for e in ex.entities if e.type == "Meeting" for n in (e.label, *e.aliases)}


@pytest.mark.parametrize(("text", "meeting"), [
    ("市长在全市高质量发展大会上的讲话\n同志们：", "全市高质量发展大会"),
    ("在全市领导干部大会上的讲话\n同志们：", "全市领导干部大会"),
    ("市委书记在2025年全市三级干部大会上的讲话\n同志们：", "2025年全市三级干部大会"),
])
def test_a_speechs_title_names_the_jurisdictions_congress_it_was_given_at(text, meeting):
    assert labels(run(text), "Meeting") == {meeting}


def test_a_meeting_is_named_after_the_verb_that_holds_it():
    assert not labels(run("同志们：今天召开大会，主要任务是部署工作。"), "Meeting")
    assert not labels(run("刚才，6个单位做了大会发言。"), "Meeting")  # a finished verb: no meeting's name holds 了


def test_a_central_plenum_by_its_official_name_is_one_node_with_its_short_name_and_its_communique_a_document():
    ex = run("会上领学中国共产党第二十届中央委员会第三次全体会议公报。要把思想统一到党的二十届三中全会精神上来。"
             "同意将报告提请中国共产党第十八届中央委员会第七次全体会议审议。")
    assert labels(ex, "Meeting") == {"党的二十届三中全会", "党的十八届七中全会"}
    assert "中国共产党第二十届中央委员会第三次全体会议公报" in labels(ex, "Document")


@pytest.mark.parametrize(("text", "meeting"), [
    ("省人大常委会第十次会议审议通过了条例。", "省人大常委会第十次会议"),
    ("11月21日下午，庄某慧主持召开十一届党委常委会第122次会议。", "十一届党委常委会第122次会议"),
])
def test_a_standing_committees_numbered_session_is_a_meeting(text, meeting):
    assert meeting in labels(run(text), "Meeting")


def test_a_votes_date_is_no_part_of_the_session():
    ex = run("（2024年1月6日巢湖市第十届人民代表大会第三次会议第三次全体会议通过）")
    assert "巢湖市第十届人民代表大会第三次会议" in labels(ex, "Meeting")
    assert not any("日" in m for m in labels(ex, "Meeting"))


def test_national_congresses_as_closing_speeches_name_them():
    ex = run("与会委员列席了第二届全国人民代表大会第三次会议。迎接中国共产党第十六次代表大会的胜利召开。"
             "吴邦国：各位代表！会议审议通过的民法典是新中国第一部以法典命名的法律。")
    assert {"第二届全国人民代表大会第三次会议", "党的十六大"} <= labels(ex, "Meeting")
    assert "中国共产党" not in labels(ex, "Organization")  # inside the congress's name
    assert "吴邦国" in labels(ex, "Person")
    assert "民法典" in labels(ex, "Document")


def test_a_speakers_name_and_verb_are_no_part_of_the_session():
    ex = run("上午9时，成继民宣布佳县第十九届人民代表大会第四次会议开幕。")
    assert "佳县第十九届人民代表大会第四次会议" in labels(ex, "Meeting")
    assert not any(m.startswith("成继民") for m in labels(ex, "Meeting"))


def test_a_cppcc_sessions_reporters_and_no_session_from_a_verb():
    ex = run("河南省政协主席叶冬松受政协十届河南省委员会常务委员会委托，向大会作工作报告。"
             "王平受政协第十届河南省委员会常务委员会委托，向大会报告十届政协的提案工作情况。")
    assert {"叶冬松", "王平"} <= labels(ex, "Person")
    assert not any(m.startswith("大会") for m in labels(ex, "Meeting"))  # 向大会报告 | 十届政协: no place


def test_a_session_after_a_set_phrase_is_named_without_it():
    ex = run("一年来，圆满完成省十一届人大二次会议确定的各项任务。")
    assert any(m.endswith("第十一届人民代表大会第二次会议") and not m.startswith("圆满") for m in labels(ex, "Meeting")), \
        labels(ex, "Meeting")


def test_the_standing_committee_of_a_numbered_congress_is_no_meeting():
    ex = run("我代表广东省第十一届人民代表大会常务委员会，向大会报告工作，请予审议。")
    assert not labels(ex, "Meeting")


def test_a_body_that_convenes_a_conference_gives_it_no_field():
    ex = run("党中央首次召开人大工作会议，为我们做好新时代人大工作指明了方向。深入学习贯彻中央人大工作会议精神。")
    assert labels(ex, "Meeting") == {"中央人大工作会议"}


@pytest.mark.parametrize(("text", "meeting"), [
    ("1月6日，市委九届九次全委（扩大）会议在市中心区召开。", "市委九届九次全委（扩大）会议"),
    ("市委十届五次全委会强调，全面落实省委部署。", "市委十届五次全委会"),
])
def test_a_local_plenum_may_be_called_a_full_committee_meeting(text, meeting):
    assert meeting in labels(run(text), "Meeting")


def test_a_bodys_related_conferences_name_no_conference():
    assert not labels(run("深入贯彻落实党中央和省委、市委相关工作会议精神。"), "Meeting")


@pytest.mark.parametrize(("text", "meetings"), [
    ("会议要求，深入贯彻落实中央和省委经济工作会议精神。", {"中央经济工作会议", "省委经济工作会议"}),
    ("会议要求，贯彻中央、省委、市委经济工作会议精神。", {"中央经济工作会议", "省委经济工作会议", "市委经济工作会议"}),
])
def test_bodies_listed_before_a_work_conference_share_its_head(text, meetings):
    # ANNOTATION.md's ellipsis: each body of the list holds its own conference of that field
    assert meetings <= labels(run(text), "Meeting")


def test_a_conference_after_a_plenum_is_no_shared_head():
    got = labels(run("认真落实省委十一届九次全会和省委经济工作会议部署要求。"), "Meeting")
    assert "省委经济工作会议" in got and not any(m.startswith("全会") or m == "省委十一届九次全会经济工作会议" for m in got)


@pytest.mark.parametrize(("text", "meetings"), [
    ("全市、全国“两会”胜利闭幕，我们立即召开会议。", {"全国两会", "市两会"}),
    ("省“两会”召开后，各地抓好落实。", {"省两会"}),
])
def test_the_two_sessions_are_a_meeting_of_their_level(text, meetings):
    ex = run(text)
    assert meetings <= labels(ex, "Meeting")
    assert "两会" not in labels(ex, "Concept") | labels(ex, "Policy")


@pytest.mark.parametrize(("text", "plenum"), [
    ("市委召开十三届十三次全体会议。", "市委十三届十三次全体会议"),
    ("无锡市委又召开了九届五次全体(扩大)会议。", "无锡市委九届五次全体（扩大）会议"),
])
def test_a_plenum_convened_by_its_committee_is_the_committees(text, plenum):
    assert plenum in labels(run(text), "Meeting")


@pytest.mark.parametrize(("text", "group", "meeting"), [
    ("省政府党组召开扩大会议，传达学习中央经济工作会议精神。", "省人民政府党组", "省人民政府党组扩大会议"),
    ("市政府党组扩大会议召开。", "市人民政府党组", "市政府党组扩大会议"),
])
def test_a_party_group_is_a_body_and_its_meeting_is_its_own(text, group, meeting):
    ex = run(text)
    assert group in labels(ex, "Organization")
    assert meeting in labels(ex, "Meeting")


def test_a_meeting_attended_or_brought_to_is_named_without_the_verb():
    assert "杭州市第十一届人民代表大会第四次会议" in labels(run("列席杭州市十一届人大四次会议，听取并讨论政府工作报告。"), "Meeting")
    assert not labels(run("切实把思想和行动统一到大会各项决策部署要求上来。"), "Meeting")


def test_a_text_naming_one_provinces_committee_in_full_is_that_provinces_and_its_plenum_one_node():
    ex = run("直击发布会 | 省委十二届五次全会的主题是什么？\n刚刚闭幕的中国共产党四川省第十二届委员会第五次全体会议主题是什么？"
             "省委新闻发言人郑某在中共四川省委新闻发布会上介绍。")
    assert len(labels(ex, "Meeting")) == 1, labels(ex, "Meeting")
    assert "四川省委" in labels(ex, "Organization")
    # two provinces' committees name no province of the text: its bare 省委 stays unplaced
    ex = run("山东省委召开会议。浙江省委召开大会。省委书记出席。")
    assert {"山东省委", "浙江省委", "省委"} <= labels(ex, "Organization")


def test_a_county_text_naming_its_congress_once_is_the_countys_and_its_bare_bodies_too():
    ex = run("3月25日上午，淅川县第十五届人民代表大会第一次会议圆满完成了各项议程。"
             "会议由大会主席团常务主席、县人大常委会主任王某理主持。")
    orgs = labels(ex, "Organization")
    assert "淅川县人大常委会" in orgs and "县人大常委会" not in orgs, orgs


def test_a_governments_numbered_standing_meeting_named_by_its_level_and_term():
    ex = run("3月21日下午，县长房某荣主持召开县政府党组（扩大）会议和县十六届第9次政府常务会议。")
    assert {"县政府党组（扩大）会议", "县十六届第9次政府常务会议"} <= labels(ex, "Meeting"), labels(ex, "Meeting")


def test_a_county_named_with_its_government_once_keys_the_bare_government_in_its_news():
    ex = run("县长邹某主持召开县政府第二次常务会议\n来源：富裕县人民政府网站\n3月8日，县长邹某主持召开县政府第二次常务会议。")
    assert "富裕县人民政府" in labels(ex, "Organization") and "县人民政府" not in labels(ex, "Organization")


@pytest.mark.parametrize(("text", "meetings", "not_meetings"), [
    ("成功举办第26届青洽会、第二届绿色算力产业发展推介会，密集赴对口援青。",
     {"第二届绿色算力产业发展推介会"}, set()),
    ("召开闽宁协作联席会、中央单位定点帮扶推进会、闽宁镇高质量发展现场会。",
     {"闽宁协作联席会", "中央单位定点帮扶推进会", "闽宁镇高质量发展现场会"}, set()),
    ("召开农牧民增收现场会，举办中国产业转移发展对接会。", {"农牧民增收现场会", "中国产业转移发展对接会"}, set()),
    ("办好第23届东博会、峰会和2026年世界林木业大会。", {"2026年世界林木业大会"}, {"峰会和2026年世界林木业大会"}),
    ("召开省级新闻发布会，办好用好广交会、高交会。", set(), {"省级新闻发布会", "用好广交会"}),
    # an anniversary's congress keeps its verb, and may celebrate a body called 会议
    ("隆重举行了庆祝中国人民政治协商会议成立75周年大会。", {"庆祝中国人民政治协商会议成立75周年大会"},
     {"中国人民政治协商会议成立75周年大会"}),
])
def test_field_meetings_and_listed_fairs_are_named_events(text, meetings, not_meetings):
    found = labels(run(text), "Meeting")
    assert meetings <= found and not (not_meetings & found), found


@pytest.mark.parametrize("text", [
    "这次会议是一次齐心协力、共同开创“十二五”发展新局面的动员大会。",  # what is said of the session
    "在今年的述廉述责大会上，6位负责人述责述廉。",
])
def test_what_is_said_of_a_meeting_before_its_head_is_no_part_of_its_name(text):
    assert not any("的" in n for n in labels(run(text), "Meeting")), labels(run(text), "Meeting")


@pytest.mark.parametrize(("text", "meeting", "person"), [
    ("县委召开全县安全生产工作部署会议\n本报讯（记者 张某）6月5日，县委书记李某主持召开全县安全生产工作部署会议。"
     "会议强调，要落实安全生产责任制。", "全县安全生产工作部署会议", "李某"),  # after the verb that convenes it
    ("6月29日，全县村（社区）“两委”换届工作领导小组第二次会议在县政府召开。县委书记郑某文出席会议并讲话。",
     "全县村（社区）“两委”换届工作领导小组第二次会议", "郑某文"),  # before the verb that says it was held
    ("3日，区长戴某主持召开了区政府六届一次常务会议。会议听取了关于全区绩效管理工作的报告。",
     "区政府六届一次常务会议", "戴某"),  # 了 belongs to the verb
])
def test_a_news_items_meeting_is_named_whole_in_its_lead_and_is_the_one_its_people_address(text, meeting, person):
    ex = run(text)
    assert labels(ex, "Meeting") == {meeting}
    assert (person, "addresses", meeting) in relation_labels(ex)


def test_a_bodys_numbered_meeting_in_a_headline_keeps_its_body():
    ex = run("市政府召开第89次常务会议\n9月5日，市长周某主持召开市政府第89次常务会议。")
    assert labels(ex, "Meeting") == {"市政府第89次常务会议"}


def test_an_events_edition_named_with_its_year_is_a_meeting_wherever_it_stands():
    assert "2024全球数贸会" in labels(run("纪工委将以最高标准，监督护航2024全球数贸会在杭州的首次亮相。"), "Meeting")


@pytest.mark.parametrize(("text", "kind", "not_named"), [
    ("上午9时，会议进行大会选举。", "Meeting", "会议进行大会"),  # 进行 holds the election, names no meeting
    ("加快生物医药等重点产业发展，主动谋划能源等领域结构调整。", "Industry", "谋划能源"),  # 谋划 opens the clause
])
def test_a_verb_of_carrying_out_or_planning_opens_no_name(text, kind, not_named):
    assert not_named not in labels(run(text), kind)


@pytest.mark.parametrize("text, meeting", [
    ("海南省人均预期寿命突破80岁新闻发布会实录\n(2024年9月2日)\n欢迎出席海南省新闻办公室新闻发布会。", "海南省人均预期寿命突破80岁新闻发布会"),
    ("9月24日，以“高质量发展的绍兴”为主题的庆祝新中国成立70周年绍兴专场新闻发布会在杭州举行。",
     "庆祝新中国成立70周年绍兴专场新闻发布会"),
])
def test_a_press_conference_is_named_by_its_theme(text, meeting):
    found = labels(run(text), "Meeting")
    assert meeting in found and not {"海南省新闻办公室新闻发布会", "今天发布会"} & found, found


def test_a_word_pointing_at_an_event_names_none():
    assert not labels(run("出席今天发布会的有：省卫生健康委员会主任周长强先生。"), "Meeting")


def test_an_event_closing_a_list_with_its_class_is_named_alone():
    found = labels(run("参加厦洽会等招商推介会14次。"), "Meeting")
    assert "厦洽会" in found and not any("等" in m for m in found), found


def test_a_meeting_named_right_after_the_verb_holding_it_keeps_its_themes_verbs():
    ex = run("11月1日,我县召开巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作联席会议,县委副书记李某舒主持会议并讲话。")
    assert "巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作联席会议" in labels(ex, "Meeting")
    assert "巩固拓展脱贫攻坚成果同乡村振兴有效衔接" in labels(run("扎实推动巩固拓展脱贫攻坚成果同乡村振兴有效衔接。"), "Strategy")


def test_a_firms_party_committee_and_its_enlarged_meeting_are_named_with_the_firm():
    ex = run("浙能集团党委(扩大)会议传达学习贯彻中央经济工作会议精神\n\n12月14日,浙能集团召开党委(扩大)会议,传达学习贯彻中央经济"
             "工作会议精神。集团党委书记、董事长刘某辉主持会议并讲话。")
    meetings = [e for e in ex.entities if e.type == "Meeting" and "党委" in e.label]
    assert len(meetings) == 1 and meetings[0].label.startswith("浙能集团党委"), meetings
    assert "浙能集团党委" in labels(ex, "Organization")
    assert (meetings[0].label, "carriesOutSpiritOf", "中央经济工作会议") in relation_labels(ex)


def test_a_national_forum_whose_spirit_is_studied_is_a_meeting_and_an_important_one_is_no_name():
    ex = run("包头市公安局召开全市公安机关重点工作调度会,进一步传达学习全国公安厅局长座谈会、全区公安工作会议精神。"
             "会议指出,刚刚结束的全国公安厅局长座谈会,是在全国公安工作会议之际召开的一次重要会议。")
    found = labels(ex, "Meeting")
    assert "全国公安厅局长座谈会" in found and not any(m.startswith(("的", "一次")) for m in found), found


def test_two_bodies_joined_by_ji_share_a_work_conferences_head():
    found = labels(run("全面贯彻落实中央及省委经济工作会议精神。"), "Meeting")
    assert {"中央经济工作会议", "省委经济工作会议"} <= found and "中央及省委经济工作会议" not in found, found
