"""Relations read from the genre's turns of phrase, each with its sentence."""
from __future__ import annotations

import pytest

import kg
from kg.pipeline import extract_text
from tests.extract_helpers import labels, relation_labels, run

SPEECH = ("在市十五届人大二次会议闭幕会上的讲话\n"
          "大会高举习近平新时代中国特色社会主义思想伟大旗帜，全面贯彻党的二十大、中央经济工作会议精神，"
          "认真落实省委十一届四次全会、省委经济工作会议和示范区党工委五次全会暨市委十三届三次全会精神。")


def test_spirit_of_every_meeting_in_the_chain():
    rels = relation_labels(run(SPEECH))
    m = "市第十五届人民代表大会第二次会议"
    for earlier in ("党的二十大", "中央经济工作会议", "省委十一届四次全会", "省委经济工作会议",
                    "示范区党工委五次全会暨市委十三届三次全会"):
        assert (m, "carriesOutSpiritOf", earlier) in rels


def test_guided_by_the_banner():
    assert ("市第十五届人民代表大会第二次会议", "guidedBy", "习近平新时代中国特色社会主义思想") in relation_labels(run(SPEECH))


def test_body_anchors_and_implements():
    rels = relation_labels(run("要坚定信心，按照省委锚定“两个确保”，实施“十大战略”的要求。"))
    assert ("省委", "anchors", "两个确保") in rels and ("省委", "implements", "十大战略") in rels


def test_body_establishes():
    rels = relation_labels(run("要以市人大常委会决定设立的“*企业家日”为契机。"))
    assert ("市人大常委会", "establishes", "*企业家日") in rels


def test_meeting_chair_place_and_host():
    text = ("中共广东省委十三届八次全会暨省委经济工作会议召开\n"
            "12月30日，中国共产党广东省第十三届委员会第八次全体会议暨省委经济工作会议在广州召开。省委常委会主持会议。"
            "我们难以忘怀党中央举办纪念中国人民抗日战争暨世界反法西斯战争胜利80周年大会这一举国盛典。")
    rels = relation_labels(run(text))
    meeting = next(s for s, p, o in rels if p == "heldIn")
    assert (meeting, "heldIn", "广州") in rels
    assert (meeting, "convenedBy", "广东省委常委会") in rels
    assert any(p == "convenedBy" and o == "党中央" and "80周年大会" in s for s, p, o in rels)


def test_every_relation_keeps_its_sentence():
    ex = extract_text(SPEECH)
    assert ex.relations
    for r in ex.relations:
        assert SPEECH[r.evidence.start:r.evidence.end] == r.evidence.text


def test_places_opening_a_clause_take_part_in_what_follows():
    rels = relation_labels(run("鞍山、营口协同打造沈大经济走廊，推动产业升级。"))
    assert ("鞍山", "takesPartIn", "沈大经济走廊") in rels and ("营口", "takesPartIn", "沈大经济走廊") in rels


def test_a_name_and_a_verb_phrase_are_not_a_sub_organization():
    rels = relation_labels(run("海南医科大学首次跻身软科世界大学排名。"))
    assert not [r for r in rels if r[1] == "subOrganizationOf"]


def test_a_campus_or_affiliated_hospital_is_part_of_its_university_a_renaming_or_its_companies_are_not():
    rels = relation_labels(run("北京工业大学房山校区开工建设，中山大学附属肿瘤医院甘肃医院投入使用。闽江学院更名大学获批。"
                               "北京证券交易所上市公司达到300家。"))
    subs = {(s, o) for s, p, o in rels if p == "subOrganizationOf"}
    assert ("北京工业大学房山校区", "北京工业大学") in subs
    assert ("中山大学附属肿瘤医院甘肃医院", "中山大学附属肿瘤医院") in subs
    assert not [s for s, o in subs if s.startswith(("闽江学院", "北京证券交易所"))]


def test_a_person_opening_a_clause_addresses_what_it_names():
    rels = relation_labels(run("习近平总书记再次亲临贵州考察，对贵州发展具有重大意义。"))
    assert ("习近平", "addresses", "贵州") in rels


def test_the_speaking_government_issues_what_a_report_says_it_issued():
    rels = relation_labels(run("2026年新疆维吾尔自治区政府工作报告\n我代表自治区人民政府作报告。出台自治区优化营商环境条例。全面落实国家出台的存量政策。"))
    assert ("新疆维吾尔自治区人民政府", "issued", "自治区优化营商环境条例") in rels
    assert not [r for r in rels if r[2] == "存量政策"]


def test_the_person_stays_the_subject_of_later_clauses_opening_with_a_verb():
    rels = relation_labels(run("习近平总书记两次亲临江苏考察，赋予我们“四个走在前”重大任务，为江苏发展指明了方向。"))
    assert ("习近平", "addresses", "四个走在前") in rels


def test_places_after_support_and_places_closing_a_clause_take_part():
    rels = relation_labels(run("支持沈阳加快建设“一枢纽、四中心”，协同鞍山、营口等地区，打造沈大经济走廊。"))
    assert ("沈阳", "takesPartIn", "一枢纽、四中心") in rels
    assert ("营口", "takesPartIn", "沈大经济走廊") in rels


def test_the_person_stays_the_subject_past_a_semicolon_and_addresses_a_campaign():
    rels = relation_labels(run("习近平总书记亲临上海考察并发表重要讲话；参加首都义务植树活动，对美丽中国建设作出重要指示。"))
    assert ("习近平", "addresses", "首都义务植树活动") in rels
    assert ("习近平", "addresses", "美丽中国建设") in rels or ("习近平", "addresses", "美丽中国") in rels


def test_a_possessive_instruction_and_a_since_are_not_what_a_person_addresses():
    rels = relation_labels(run("健全贯彻落实习近平总书记重要指示批示精神闭环工作机制。习近平总书记党的十八大以来第五次亲临山西考察。"))
    assert not [o for s, p, o in rels if p == "addresses" and o not in ("山西",)]


def test_a_zone_named_after_a_place_lies_in_it_a_route_does_not():
    rels = relation_labels(run("加快遵义国家物流枢纽建设，推进重庆至贵阳高速铁路建设。"))
    assert ("遵义国家物流枢纽", "locatedIn", "遵义") in rels
    assert not [r for r in rels if r[1] == "locatedIn" and r[2] == "重庆"]


def test_a_place_becomes_a_quoted_title():
    rels = relation_labels(run("泉州成为我国第七个“世界美食之都”。"))
    assert ("泉州", "takesPartIn", "世界美食之都") in rels


def test_a_speech_header_names_its_speaker_and_meeting():
    text = "在全省经济工作会议上的讲话\n（2025年12月20日）\n张国清\n同志们：\n这次会议的主要任务是总结今年经济工作。"
    assert ("张国清", "addresses", "全省经济工作会议") in relation_labels(run(text))
    titled = "李明同志在省委十二届六次全会上的讲话\n同志们：\n全会开得很成功。"
    assert any(s == "李明" and p == "addresses" and "全会" in o for s, p, o in relation_labels(run(titled)))


def test_a_news_release_says_who_attended_spoke_and_chaired():
    text = ("省委经济工作会议在长沙召开\n省委经济工作会议19日至20日在长沙召开。省委书记沈晓明出席会议并讲话。"
            "省长毛伟明作总结讲话。会议由省委常委会主持。")
    rels = relation_labels(run(text))
    for person in ("沈晓明", "毛伟明"):
        assert (person, "addresses", "省委经济工作会议") in rels
    assert ("省委经济工作会议", "heldIn", "长沙") in rels
    assert ("沈晓明", "holdsPostIn", "省委") in rels


def test_the_general_secretary_holds_his_post_in_the_party_centre_when_the_text_names_it():
    text = "在以习近平同志为核心的党中央坚强领导下，习近平总书记亲临河南考察。"
    assert ("习近平", "holdsPostIn", "党中央") in relation_labels(run(text))
    assert not [r for r in relation_labels(run("习近平总书记亲临河南考察。")) if r[1] == "holdsPostIn"]


def test_a_meeting_upholds_what_it_says_it_holds_to_and_a_body_sets_what_it_assigns():
    text = ("省委经济工作会议在长沙召开\n会议坚持稳中求进工作总基调，坚持和发展新时代“枫桥经验”。"
            "我们要锚定党中央赋予的“五大战略定位”。")
    rels = relation_labels(run(text))
    assert ("省委经济工作会议", "upholds", "稳中求进工作总基调") in rels
    assert ("省委经济工作会议", "upholds", "新时代“枫桥经验”") in rels or \
        any(p == "upholds" and "枫桥经验" in o for s, p, o in rels)
    assert ("党中央", "establishes", "五大战略定位") in rels


def test_an_industry_placed_by_a_list_of_places_or_a_place_and_de_lies_there():
    rels = relation_labels(run("支持包头市、鄂尔多斯市等氢能产业集群发展。壮大宁德的锂电池产业。"))
    assert ("氢能产业集群", "locatedIn", "包头") in rels and ("氢能产业集群", "locatedIn", "鄂尔多斯") in rels
    assert ("锂电池产业", "locatedIn", "宁德") in rels
    rels = relation_labels(run("打造螺蛳粉产业园等工业旅游标杆。加快建设面向东南亚的算力基础设施。"))
    assert not [r for r in rels if r[1] == "locatedIn"]


def test_a_place_develops_industries_but_a_place_and_its_development_is_a_noun():
    # (优势产业 and 富民产业 rank sectors without naming them: test_a_ranked_sector_is_a_category_only_with_its_members)
    rels = relation_labels(run("支持江淮生态经济区发展绿色产业和文化产业。推动长江经济带发展和中部地区崛起。"))
    assert ("江淮生态经济区", "takesPartIn", "绿色产业") in rels
    assert not [r for r in rels if r[0] == "长江经济带"]


def test_a_programme_that_becomes_a_strategys_showcase_belongs_to_it():
    rels = relation_labels(run("郑州—卢森堡“空中丝路”成为共建“一带一路”靓丽名片。"))
    assert any(p == "partOfStrategy" and "空中丝路" in s and o == "一带一路" for s, p, o in rels)


def test_a_report_header_says_who_delivered_it_to_which_session_for_which_body():
    text = ("政府工作报告（2026年）\n——2026年1月20日在湖南省第十四届人民代表大会第五次会议上\n"
            "湖南省人民政府代省长 毛伟明\n各位代表：\n现在，我代表省人民政府，向大会报告工作。")
    rels = relation_labels(run(text))
    report = next(o for s, p, o in rels if p == "delivered" and s == "毛伟明")
    assert ("湖南省人民政府", "issued", report) in rels
    assert ("毛伟明", "holdsPostIn", "湖南省人民政府") in rels
    assert any(s == report and p == "reportedAt" for s, p, o in rels)


def test_the_speaker_line_of_a_speech_under_a_post_names_who_spoke_at_the_meeting():
    text = "在省政协十三届四次会议闭幕会上的讲话\n（2026年1月19日）\n省政协主席 李微微\n各位委员、同志们：\n会议圆满完成了各项议程。"
    rels = relation_labels(run(text))
    assert any(s == "李微微" and p == "addresses" and "省政协十三届四次会议" in o for s, p, o in rels)


def test_every_name_of_a_list_that_attends_attends():
    text = "省委经济工作会议在长沙召开\n会议于19日在长沙召开。省领导王一、赵二出席会议。"
    rels = relation_labels(run(text))
    assert ("王一", "addresses", "省委经济工作会议") in rels and ("赵二", "addresses", "省委经济工作会议") in rels


def test_a_place_takes_part_in_whole_names_not_the_start_of_a_longer_one():
    rels = relation_labels(run("沈阳、大连入选消费新业态新模式新场景试点城市。支持沈阳打造东北亚国际化中心城市。"))
    assert not [r for r in rels if r[1] == "takesPartIn" and r[2] in ("新业态", "新模式", "东北亚")]


def test_the_body_that_opens_a_sentence_holds_to_and_centres_on_what_its_later_clauses_name():
    text = ("在党中央坚强领导下，自治区党委团结带领全区各族干部群众，紧紧围绕铸牢中华民族共同体意识，"
            "坚持依法治疆、团结稳疆、文化润疆。")
    rels = relation_labels(run(text))
    assert any(p == "anchors" and s.endswith("党委") and "中华民族共同体意识" in o for s, p, o in rels)
    assert not [r for r in rels if r[0] == "党中央" and r[1] in ("anchors", "upholds")]


def test_the_body_right_before_an_issuing_verb_issued_the_document():
    rels = relation_labels(run("国务院出台《关于推动内蒙古高质量发展奋力书写中国式现代化新篇章的意见》，为内蒙古发展注入了强大动力。"))
    assert any(s == "国务院" and p == "issued" and o.startswith("关于推动内蒙古") for s, p, o in rels)


def test_a_body_that_convenes_the_jurisdictions_conference_convenes_it():
    rels = relation_labels(run("12月20日，省委召开全省经济工作会议，部署明年工作。"))
    assert ("全省经济工作会议", "convenedBy", "省委") in rels


def test_a_name_that_runs_on_from_a_place_through_a_verb_is_no_zone_of_it():
    rels = relation_labels(run("支持邯郸建设生产服务型国家物流枢纽，发展航空货运。"))
    assert not [r for r in rels if r[1] == "locatedIn" and r[0].startswith("邯郸建设")]


PLENUM_RELEASE = ("中共湖南省委十二届九次全会在长沙召开\n"
                  "中国共产党湖南省第十二届委员会第九次全体会议于12月27日在长沙召开。全会由省委常委会主持。"
                  "省委书记沈晓明作重要讲话。全会听取和讨论了沈晓明受省委常委会委托作的工作报告。"
                  "省委副书记、省长毛伟明出席会议并作总结讲话。")


def test_a_plenum_release_titled_by_its_short_name():
    rels = relation_labels(run(PLENUM_RELEASE))
    meeting = "中国共产党湖南省第十二届委员会第九次全体会议"
    assert (meeting, "heldIn", "长沙") in rels and (meeting, "convenedBy", "湖南省委常委会") in rels
    assert (meeting, "reviewed", "湖南省委常委会工作报告") in rels
    assert ("沈晓明", "delivered", "湖南省委常委会工作报告") in rels  # named bare the second time
    assert ("湖南省委常委会", "issued", "湖南省委常委会工作报告") in rels
    assert ("毛伟明", "addresses", meeting) in rels  # the posts stand before the name


def test_a_report_follows_the_arrangements_of_meetings():
    ex = run("2026年江西省政府工作报告\n做好今年政府工作，要按照省委十六届八次全会和省委经济工作会议部署要求，"
             "落实省委十六届七次全会精神和省委的工作安排。")
    rels = relation_labels(ex)
    gov = "江西省人民政府"
    assert any(s == gov and p == "carriesOutSpiritOf" and "八次全会" in o for s, p, o in rels)
    assert any(s == gov and p == "carriesOutSpiritOf" and o.endswith("省委经济工作会议") for s, p, o in rels)


def test_what_a_person_is_quoted_as_saying():
    ex = run("黄坤明同志在省委十三届八次全会上的讲话\n同志们：\n习近平总书记指出，高质量发展是新时代的硬道理。")
    assert ("习近平", "addresses", "高质量发展") in relation_labels(ex)


def test_a_meeting_text_implements_what_it_calls_to_carry_out():
    ex = run("全省经济工作会议在福州召开\n12月25日，全省经济工作会议在福州召开。省委书记周祖翼出席会议并讲话。"
             "省政协主席滕佳材出席。会议强调，要深入实施“海上福建”建设。")
    rels = relation_labels(ex)
    assert ("全省经济工作会议", "implements", "海上福建") in rels
    assert ("滕佳材", "addresses", "全省经济工作会议") in rels


def test_a_report_header_with_the_governors_post_after_the_place():
    ex = run("政府工作报告\n——2026年1月20日在江苏省第十四届人民代表大会第四次会议上\n江苏省省长 许昆林\n各位代表：\n"
             "现在，我代表省人民政府，向大会报告工作，请予审议。")
    rels = relation_labels(ex)
    assert ("许昆林", "holdsPostIn", "江苏省人民政府") in rels
    assert ("江苏省人民政府", "issued", "江苏省政府工作报告") in rels  # the title's report is the government's
    assert ("许昆林", "delivered", "江苏省政府工作报告") in rels


def test_respectively_pairs_places_and_designations_or_links_none():
    rels = relation_labels(run("长治、临汾分别入选国家公立医院改革与高质量发展、中医药传承创新发展示范城市。"))
    assert ("临汾", "takesPartIn", "国家公立医院改革") not in rels
    assert not [r for r in rels if r[0] == "长治" and r[2] == "高质量发展"]


def test_a_regulation_the_government_moved_is_not_its_own():
    ex = run("2026年江西省政府工作报告\n一、2025年工作回顾\n过去一年，推动出台《江西省数据条例》，推动修订《江西省消防条例》，"
             "制定出台《江西省促进消费若干措施》。")
    issued = {(s, o) for s, p, o in relation_labels(ex) if p == "issued"}
    assert not [o for s, o in issued if "数据条例" in o or "消防条例" in o]
    assert [o for s, o in issued if "促进消费若干措施" in o]


def test_every_titled_name_of_an_attendance_list_attends():
    ex = run("全省经济工作会议召开\n12月25日，全省经济工作会议在长沙召开。省委常委、常务副省长张宏森，"
             "省人大常委会主任李微微，省政协主席毛万春出席会议。长沙市委书记吴桂英作交流发言。")
    rels = relation_labels(ex)
    for person in ("张宏森", "李微微", "毛万春", "吴桂英"):
        assert (person, "addresses", "全省经济工作会议") in rels
    assert ("张宏森", "holdsPostIn", "湖南省人民政府") in rels or ("张宏森", "holdsPostIn", "省人民政府") in rels
    assert ("李微微", "holdsPostIn", "省人大常委会") in rels or any(
        p == "holdsPostIn" and s == "李微微" and o.endswith("省人大常委会") for s, p, o in rels)


def test_a_lexicon_category_of_a_wide_head_needs_no_known_member():
    rels = {r for r in relation_labels(run("提振餐饮、商超、住宿等传统消费。")) if r[1] == "inCategory"}
    assert {("餐饮", "inCategory", "传统消费"), ("商超", "inCategory", "传统消费")} <= rels
    assert not relation_labels(run("加强政治、社会、文化等领域建设。"))  # 领域 alone still needs a known member


def test_a_list_nested_as_one_item_of_a_counted_list_scopes_over_its_last_item():
    rels = {r for r in relation_labels(run("油气生产加工、绿色矿业及加工、先进制造和新材料等战略性新兴产业、粮食和食品加工等十大产业集群初步形成。"))
            if r[1] == "inCategory"}
    assert ("油气生产加工", "inCategory", "十大产业集群") in rels and ("绿色矿业及加工", "inCategory", "十大产业集群") in rels
    assert ("新材料", "inCategory", "战略性新兴产业") in rels and ("战略性新兴产业", "inCategory", "十大产业集群") in rels
    assert ("油气生产加工", "inCategory", "战略性新兴产业") not in rels


def test_sibling_categories_of_one_head_are_not_nested():
    rels = relation_labels(run("推进有色、钢铁、化工等传统主导产业、人工智能、低空经济等新兴产业加快发展。"))
    assert ("钢铁", "inCategory", "传统主导产业") in rels and ("人工智能", "inCategory", "新兴产业") in rels
    assert ("传统主导产业", "inCategory", "新兴产业") not in rels


def test_the_national_formula_for_xinjiang_is_upheld_by_the_body_opening_the_sentence():
    rels = relation_labels(run("自治区党委团结带领全区各族干部群众，紧紧围绕推进中华民族共同体建设，"
                               "坚持依法治疆、团结稳疆、文化润疆、富民兴疆、长期建疆。"))
    for formula in ("依法治疆", "团结稳疆", "文化润疆", "富民兴疆", "长期建疆"):
        assert any(r[1] == "upholds" and r[2] == formula for r in rels), (formula, rels)
    assert any(r[2] == "中华民族共同体建设" for r in rels), rels


@pytest.mark.parametrize(("sentence", "delegation"), [
    ("习近平总书记两次亲临江苏考察、三次参加全国人代会江苏代表团审议。", "全国人代会江苏代表团"),
    ("习近平总书记亲率中央代表团出席自治区成立70周年庆祝活动。", "中央代表团"),
])
def test_a_person_who_joins_or_leads_a_delegation_addresses_it(sentence, delegation):
    assert ("习近平", "addresses", delegation) in relation_labels(run(sentence))


def test_every_name_of_a_listed_leadership_is_a_person():
    # a news release lists a leadership after one title; 栗 is a surname too
    got = {e.label for e in run("中共中央政治局常委李克强、栗战书、汪洋、王沪宁出席会议。").entities if e.type == "Person"}
    assert {"李克强", "栗战书", "汪洋", "王沪宁"} <= got, got


def test_a_city_conference_carries_out_the_spirit_of_each_conference_of_a_shared_head():
    rels = relation_labels(run("市委经济工作会议召开\n日前，市委经济工作会议召开，深入学习贯彻中央、省委经济工作会议精神。"))
    assert ("市委经济工作会议", "carriesOutSpiritOf", "中央经济工作会议") in rels, rels
    assert ("市委经济工作会议", "carriesOutSpiritOf", "省委经济工作会议") in rels, rels


def test_a_session_votes_on_resolutions_and_the_national_bodies_wrote_their_reports():
    ex = run("第十一届全国人民代表大会第三次会议闭幕\n第十一届全国人民代表大会第三次会议在北京举行闭幕会，"
             "表决关于政府工作报告的决议草案，关于最高人民法院工作报告的决议草案。")
    rels = relation_labels(ex)
    assert ("第十一届全国人民代表大会第三次会议", "reviewed", "关于政府工作报告的决议") in rels, rels
    assert ("最高人民法院", "issued", "最高人民法院工作报告") in rels, rels
    assert "最高人民法院" in labels(ex, "Organization")


def test_what_this_session_reviewed_is_the_sessions_even_after_it_carries_out_another_meetings_spirit():
    rels = relation_labels(run("在市十八届人大二次会议闭幕式上的讲话\n各位代表:\n市第十八届人民代表大会第二次会议圆满完成了各项议程。"
                               "这次会议深入贯彻党的二十大精神，审议通过了市人大常委会工作报告，审查批准了预算报告。"))
    assert ("市第十八届人民代表大会第二次会议", "approved", "市人大常委会工作报告") in rels, rels
    assert not any(r[0] == "党的二十大" and r[1] == "approved" for r in rels), rels


def test_a_conference_carries_out_the_spirit_of_central_conferences_named_short():
    rels = relation_labels(run("州委经济工作会议召开\n州委经济工作会议深入贯彻党的二十大精神和中央经济工作会、中央农村工作会以及"
                               "省委十一届三次全会精神，部署明年经济工作。"))
    for m in ("中央经济工作会议", "中央农村工作会议", "省委十一届三次全会"):
        assert ("州委经济工作会议", "carriesOutSpiritOf", m) in rels, (m, rels)


@pytest.mark.parametrize("lead, meeting", [
    ("1月13日，市委经济工作会议在市行政会议中心召开。", "市委经济工作会议"),
    ("本报讯（记者 林某）9月25日上午，市委副书记、市长张百顺主持召开市政府常务会议。", "市政府常务会议"),
    ("2月9日下午，县委书记徐某明在全县经济工作会议上指出，", "全县经济工作会议"),
])
def test_a_news_item_without_a_title_reports_the_meeting_of_its_dated_lead(lead, meeting):
    """No title line names the meeting: the lead sentence, opening with the date, does; what follows is its."""
    rels = relation_labels(run(lead + "会议深入学习贯彻中央经济工作会议、省委经济工作会议精神，研究部署今年工作。"))
    assert (meeting, "carriesOutSpiritOf", "中央经济工作会议") in rels, rels
    assert (meeting, "carriesOutSpiritOf", "省委经济工作会议") in rels, rels


def test_a_passage_whose_first_sentence_names_an_earlier_meeting_has_no_news_lead():
    rels = relation_labels(run("过去一年，我们召开了省委经济工作会议，落实中央经济工作会议精神。"))
    assert not any(r[0] == "省委经济工作会议" for r in rels), rels


def test_a_news_text_that_opens_with_its_meeting_reports_what_the_meeting_approved():
    text = ("十四届全国人大二次会议在京闭幕批准政府工作报告、全国人大常委会工作报告等通过新修订的国务院组织法 习近平签署主席令予以公布\n"
            "第十四届全国人民代表大会第二次会议在圆满完成各项议程后，11日下午在北京人民大会堂闭幕。"
            "大会批准政府工作报告、全国人大常委会工作报告等。大会通过新修订的国务院组织法。\n"
            "闭幕会由大会主席团常务主席、执行主席赵乐际主持。")
    ex = run(text)
    rels = relation_labels(ex)
    for doc in ("政府工作报告", "全国人大常委会工作报告", "国务院组织法"):
        assert ("第十四届全国人民代表大会第二次会议", "approved", doc) in rels, (doc, rels)
    assert labels(ex, "Meeting") == {"第十四届全国人民代表大会第二次会议"}


def test_who_reports_for_a_body_addresses_the_congress_and_the_titled_report_is_the_bodys():
    rels = relation_labels(run("中国共产党武汉市第十二次代表大会12月20日上午在武汉剧院隆重开幕。"
                               "市委书记阮某发代表中共武汉市第十一届委员会向大会作了主题为《敢为人先追求卓越》的工作报告。"))
    assert ("阮某发", "addresses", "中国共产党武汉市第十二次代表大会") in rels, rels
    assert ("武汉市委", "issued", "敢为人先追求卓越") in rels, rels


def test_who_reports_for_a_body_at_a_plenum_is_a_person_and_the_titled_report_the_bodys():
    ex = run("1月6日，市委九届九次全委（扩大）会议在市中心区召开。"
             "吴某凯代表市委常委会作了题为《认真学习贯彻十六大精神》的报告。")
    assert "吴某凯" in labels(ex, "Person")
    rels = relation_labels(ex)
    assert ("市委常委会", "issued", "认真学习贯彻十六大精神") in rels, rels
    assert ("吴某凯", "delivered", "认真学习贯彻十六大精神") in rels, rels


def test_who_chairs_a_meeting_and_who_attends_it_are_people_without_their_posts():
    ex = run("11月21日下午，庄某慧主持召开党委常委会会议。张强、刘某才、李某洲、卢某丽参加会议，吴某列席会议。")
    assert {"庄某慧", "张强", "刘某才", "李某洲", "卢某丽"} <= labels(ex, "Person"), labels(ex, "Person")
    # a roster's last two-character name before 等 is the name alone
    ex = run("县领导洪某平、胡某平、吴某标、黄某芬、叶某林、杨凯等在主席台就座。")
    assert "杨凯" in labels(ex, "Person") and "杨凯等" not in labels(ex, "Person"), labels(ex, "Person")
    # a post, a name and what the person does at the meeting: relays, reads out, leads the study
    ex = run("省政协主席薛某忠主持会议，省政协常务副主席郭良孝传达，秘书长王某明宣读决定。")
    assert {"薛某忠", "郭良孝", "王某明"} <= labels(ex, "Person"), labels(ex, "Person")


def test_who_reports_the_past_years_work_for_a_standing_committee_addresses_the_session():
    rels = relation_labels(run("全国政协十三届一次会议开幕\n中国人民政治协商会议第十三届全国委员会第一次会议3日下午3时在人民大会堂开幕。"
                               "十二届全国政协主席俞某声代表政协第十二届全国委员会常务委员会，向大会报告过去五年的工作。"))
    assert ("俞某声", "addresses", "全国政协十三届一次会议") in rels, rels


def test_the_body_that_leads_the_sentence_is_guided_by_the_thought():
    ex = run("在以习近平同志为核心的党中央坚强领导下，省委团结带领全省广大干部群众，坚持以习近平新时代中国特色社会主义思想为指导，"
             "深入贯彻落实习近平总书记重要讲话精神。")
    assert ("省委", "guidedBy", "习近平新时代中国特色社会主义思想") in relation_labels(ex), relation_labels(ex)


def test_a_tasks_lead_units_are_bodies_that_implement_its_programmes():
    ex = run("实施城市交通拥堵治理提升行动，有效缓解高峰堵车等问题（牵头单位：交通厅、公安厅、住建厅）。")
    assert {"交通厅", "公安厅", "住建厅"} <= labels(ex, "Organization")
    assert ("交通厅", "implements", "城市交通拥堵治理提升行动") in relation_labels(ex), relation_labels(ex)


@pytest.mark.parametrize(("text", "people"), [
    ("深刻汲取唐某健等严重违纪违法案件教训，始终保持清醒。", {"唐某健"}),
    ("深刻汲取孙某骋、王某霞涉嫌严重违纪违法教训。", {"孙某骋", "王某霞"}),
    ("汲取包钢板材厂爆炸事故教训。", set()),
])
def test_officials_whose_cases_teach_a_lesson_are_people(text, people):
    assert {e.label for e in run(text).entities if e.type == "Person"} == people


def test_a_bodys_work_report_says_what_the_body_does_not_the_session():
    """A procuratorate's report, delivered at a congress session, carries out meetings' spirit as the procuratorate."""
    text = ("襄阳市人民检察院工作报告\n——2020年1月5日在襄阳市第十七届人民代表大会第五次会议上\n襄阳市人民检察院检察长 常某勇\n"
            "各位代表:\n现在，我代表市人民检察院向大会报告工作，请予审议。\n"
            "2019年，全市检察机关坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的十九大精神。")
    rels = relation_labels(run(text))
    assert ("襄阳市人民检察院", "carriesOutSpiritOf", "党的十九大") in rels, rels
    assert not any(r[0] == "襄阳市第十七届人民代表大会第五次会议" and r[1] == "carriesOutSpiritOf" for r in rels), rels


def test_a_standing_committee_entrusting_its_report_is_what_the_report_says_acts():
    """我受…常务委员会的委托，向大会报告工作: the committee, not the session, is guided by what its report names."""
    text = ("嘉兴市人民代表大会常务委员会工作报告\n2021年2月22日在嘉兴市第十五届人民代表大会第六次会议上\n"
            "嘉兴市人民代表大会常务委员会主任 余某艺\n各位代表:\n我受嘉兴市人民代表大会常务委员会的委托,向大会报告工作,请予审议。\n"
            "一年来，常委会坚持以习近平新时代中国特色社会主义思想为指导，依法履职尽责。")
    rels = relation_labels(run(text))
    assert ("嘉兴市人大常委会", "guidedBy", "习近平新时代中国特色社会主义思想") in rels, rels
    assert not any(r[0] == "嘉兴市第十五届人民代表大会第六次会议" and r[1] == "guidedBy" for r in rels), rels


def test_a_court_reports_excerpt_without_its_opening_words_speaks_for_the_court_its_title_names():
    text = ("甘肃省高级人民法院工作报告\n——2025年1月21日在甘肃省第十四届人民代表大会第三次会议上\n甘肃省高级人民法院院长 王某明\n"
            "2024年，省法院坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神。")
    rels = relation_labels(run(text))
    assert {("甘肃省高级人民法院", "carriesOutSpiritOf", "党的二十大"),
            ("王某明", "delivered", "甘肃省高级人民法院工作报告")} <= rels, rels
    assert not any(r[0] == "甘肃省第十四届人民代表大会第三次会议" and r[1] == "guidedBy" for r in rels), rels


def test_a_congress_report_is_issued_by_the_committee_it_speaks_for_and_delivered_by_its_typeset_speaker():
    text = ("团结奋斗——在中国共产党陵川县第十三次代表大会上的报告(2021年3月29日)\n侯 贵 宝\n同志们:\n"
            "现在,我代表中国共产党陵川县第十二届委员会向大会报告工作,请予审议。\n")
    rels = relation_labels(run(text))
    report = "在中国共产党陵川县第十三次代表大会上的报告"
    assert {("陵川县委", "issued", report), ("侯贵宝", "delivered", report)} <= rels, rels


def test_a_body_studying_and_following_a_thought_is_guided_by_it_and_not_by_a_name_inside_the_thought():
    text = ("安徽省人民代表大会常务委员会工作报告\n——2020年1月14日在安徽省第十三届人民代表大会第三次会议上\n各位代表:\n"
            "我受省人大常委会委托,向大会报告工作,请予审议。\n"
            "过去一年,省人大常委会深入学习贯彻习近平总书记关于坚持和完善人民代表大会制度的重要思想,全面落实党中央决策部署。")
    rels = relation_labels(run(text))
    thought = "习近平总书记关于坚持和完善人民代表大会制度的重要思想"
    assert ("安徽省人大常委会", "guidedBy", thought) in rels, rels
    assert not any(r[2] == "人民代表大会制度" for r in rels), rels  # the system inside the thought's title


def test_a_congress_whose_spirit_guides_a_body_is_one_whose_spirit_it_carries_out():
    text = ("2019年河北省政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n"
            "过去一年，我们坚持以习近平新时代中国特色社会主义思想和党的十九大精神为指导，扎实工作。")
    rels = relation_labels(run(text))
    assert {("河北省人民政府", "guidedBy", "习近平新时代中国特色社会主义思想"),
            ("河北省人民政府", "carriesOutSpiritOf", "党的十九大")} <= rels, rels


def test_a_congress_theme_is_the_congress_guided_and_not_the_committee_reporting_to_it():
    text = ("在中国共产党某某县第十三次代表大会上的报告\n——2021年3月29日\n同志们:\n"
            "现在,我代表中国共产党某某县第十二届委员会向大会报告工作,请予审议。\n"
            "大会的主题是:高举习近平新时代中国特色社会主义思想伟大旗帜,团结奋斗。")
    rels = relation_labels(run(text))
    assert any(r[1] == "guidedBy" and r[0].endswith("第十三次代表大会") for r in rels), rels


def test_a_meeting_agreeing_in_principle_approved_and_a_meeting_named_in_a_title_approves_nothing():
    text = ("赵某主持召开陕西省政府第七次常务会议\n3月14日，省长赵某主持召开省政府第七次常务会议。"
            "会议审议并原则同意《陕西省大气污染治理专项行动方案(2023—2027年)(送审稿)》。")
    rels = relation_labels(run(text))
    assert any(p == "approved" and o.startswith("陕西省大气污染治理专项行动方案") for _s, p, o in rels), rels
    text = ("市委召开十三届十三次全体会议\n全会审议通过《关于召开中国共产党宁波市第十四次代表大会的决议》，"
            "原则通过十三届市委向市第十四次党代会的报告。")
    rels = relation_labels(run(text))
    assert not any(s == "中共宁波市第十四次代表大会" and p == "approved" for s, p, _o in rels), rels
    assert any(p == "approved" and o == "十三届市委向市第十四次党代会的报告" for _s, p, o in rels), rels


@pytest.mark.parametrize(("text", "person", "body"), [
    ("扬州市九届人大四次会议隆重开幕，扬州市市长潘某强在会上作政府工作报告。", "潘某强", "扬州市人民政府"),
    ("嘉善县县长王某明主持会议。", "王某明", "嘉善县人民政府"),
])
def test_a_place_before_a_post_names_the_government_the_post_is_in(text, person, body):
    assert (person, "holdsPostIn", body) in relation_labels(run(text))


def test_a_headlines_spaced_phrases_are_clauses_and_who_chairs_in_one_addresses_the_meeting():
    text = ("湖北省十四届人大二次会议胜利闭幕\n表决通过关于政府工作报告的决议等 王某徽主持大会并讲话 王某林等出席\n"
            "2月2日,湖北省第十四届人民代表大会第二次会议在武昌洪山礼堂胜利闭幕。\n")
    assert ("王某徽", "addresses", "湖北省第十四届人民代表大会第二次会议") in relation_labels(run(text))


def test_the_body_whose_guiding_line_a_sentence_sets_out_is_guided_and_carries_out():
    text = ("新的一年,县政协工作的指导思想是:高举习近平新时代中国特色社会主义思想伟大旗帜,牢牢把握团结民主两大主题,"
            "深入贯彻落实十九大精神和县委十五届四次全会精神,认真履行政协职能。")
    rels = relation_labels(run(text))
    assert {("县政协", "guidedBy", "习近平新时代中国特色社会主义思想"), ("县政协", "carriesOutSpiritOf", "党的十九大")} <= rels, rels


def test_people_elected_to_a_bodys_posts_hold_them_and_guests_seated_after_arriving_are_named():
    text = ("2018年1月29日下午，市政协五届一次会议在市人民大厦礼堂举行闭幕大会。\n陈某尔、唐某智、张某等到会并在主席台就座。\n"
            "王某当选市政协主席，宋某荣、陈某云、吴某当选市政协副主席，秦某当选市政协秘书长。\n"
            "2018年1月25日，市政协五届一次会议开幕 摄影/苏某\n我谨代表县委，向新当选的王某珍主任表示祝贺。")
    ex = run(text)
    people = labels(ex, "Person")
    assert {"陈某尔", "唐某智", "张某", "宋某荣", "吴某", "秦某", "苏某"} <= people and "向新" not in people, people
    posts = {(s, o) for s, p, o in relation_labels(ex) if p == "holdsPostIn"}
    assert {("王某", "市政协"), ("陈某云", "市政协"), ("秦某", "市政协")} <= {(s, o[-3:]) for s, o in posts}, posts


def test_a_visitor_addresses_the_bodies_the_visit_reaches():
    text = ("吴某隆在徐州调研:敢担当善作为\n新华报业网讯(记者 黄某) 12月6日至7日,省长吴某隆在徐州调研时强调,要推动高质量发展。\n"
            "吴某隆首先来到徐钢钢铁集团,察看监测数据。在华恒机器人公司,他要求企业加大技术创新力度。"
            "在维维集团,他希望企业把握消费升级趋势。\n")
    ex = run(text)
    assert "徐钢钢铁集团" in labels(ex, "Organization"), labels(ex, "Organization")  # 来到 is no part of its name
    rels = relation_labels(ex)
    assert {("吴某隆", "addresses", o) for o in ("徐钢钢铁集团", "华恒机器人公司", "维维集团")} <= rels, rels


def test_who_attends_another_meeting_named_in_the_clause_addresses_that_one():
    text = ("政协某市第十一届委员会常务委员会工作报告\n——2025年3月2日在政协某市第十一届委员会第五次会议上\n各位委员:\n"
            "全国政协隆重举行了庆祝中国人民政治协商会议成立75周年大会，习近平总书记出席庆祝大会并发表重要讲话。")
    rels = relation_labels(run(text))
    assert not any(r[0] == "习近平" and r[2] == "政协某市第十一届委员会第五次会议" for r in rels), rels


def test_the_speaker_under_a_dateline_spoke_at_its_session_even_without_a_title():
    text = ("——2023年3月29日在梧州市万秀区第三届人民代表大会第四次会议上\n区长 易洁\n各位代表:\n"
            "现在，我代表区人民政府，向大会报告政府工作，请予审议。\n"
            "在市委、市政府和区委的坚强领导下，在区人大及其常委会的监督支持下，我们坚持以习近平新时代中国特色社会主义思想为指导，"
            "全面落实“疫情要防住、经济要稳住、发展要安全”重大要求。")
    rels = relation_labels(run(text))
    assert ("易洁", "addresses", "梧州市万秀区第三届人民代表大会第四次会议") in rels, rels
    assert not any(r[0] in ("万秀区人大常委会", "万秀区委") and r[1] == "implements" for r in rels), rels


@pytest.mark.parametrize("text, wrong", [
    ("2026年湖南省政府工作报告\n各位代表：\n我们认真落实党中央、国务院决策部署，在中共湖南省委坚强领导下，全力推进“七大攻坚”行动。",
     {"国务院", "湖南省委", "党中央"}),
    ("2026年湖南省政府工作报告\n各位代表：\n让我们更加紧密地团结在以习近平同志为核心的党中央周围，团结一心，实施“开局八好”工程。",
     {"党中央"}),
])
def test_a_body_whose_decisions_are_carried_out_or_who_leads_is_no_subject_of_the_clause(text, wrong):
    rels = relation_labels(run(text))
    assert not any(r[0] in wrong and r[1] in ("implements", "anchors") for r in rels), rels
    assert any(r[0] == "湖南省人民政府" and r[1] == "implements" for r in rels), rels


def test_a_headline_whose_city_convenes_the_plenum_makes_it_that_citys_one_meeting():
    text = ("温州召开市委十二届十四次全会\n7月15日，温州市委十二届十四次全体（扩大）会议召开。\n"
            "温州市委书记刘某涛在讲话中指出，要学深悟透党的十九届六中全会精神。")
    ex = run(text)
    assert len(labels(ex, "Meeting") - {"党的十九届六中全会"}) == 1, labels(ex, "Meeting")
    rels = relation_labels(ex)
    plenum = next(r[2] for r in rels if r[0] == "刘某涛" and r[1] == "addresses")
    assert (plenum, "carriesOutSpiritOf", "党的十九届六中全会") in rels, rels
    assert "温州市委" in labels(ex, "Organization")


def test_a_cppcc_closing_news_item_says_who_convened_spoke_and_held_which_posts():
    text = ("3月25日下午，中国人民政治协商会议第九届旺苍县委员会第四次会议完成各项议程，胜利闭幕。\n"
            "县政协主席赵某科，县政协副主席宋某江、彭钚、杨忠在主席台前排就坐。县委书记张某华出席会议。\n"
            "大会审议通过了《政协第九届旺苍县委员会第四次会议决议（草案）》。\n"
            "张某华代表中共旺苍县委，对会议的圆满成功表示热烈的祝贺。\n赵某科在闭幕式上勉励全体委员。")
    rels = relation_labels(run(text))
    session = "政协第九届旺苍县委员会第四次会议"
    assert (session, "approved", "政协第九届旺苍县委员会第四次会议决议（草案）") in rels, rels
    assert (session, "convenedBy", "旺苍县政协") in rels, rels
    assert {("张某华", "addresses", session), ("赵某科", "addresses", session)} <= rels, rels
    assert {("彭钚", "holdsPostIn", "旺苍县政协"), ("杨忠", "holdsPostIn", "旺苍县政协")} <= rels, rels


def test_a_provincial_plenum_is_convened_by_the_provinces_party_committee():
    rels = relation_labels(run("2026年河南省政府工作报告\n各位代表：\n我们认真贯彻省委十一届十次全会精神。"))
    assert ("省委十一届十次全会", "convenedBy", "河南省委") in rels, rels


def test_a_cppcc_report_under_a_dated_subtitle_names_its_speaker_session_and_the_body_that_acts():
    text = ("——2024年12月22日在政协岳阳市第九届委员会第四次会议上的报告\n黎作凤\n各位委员、同志们:\n"
            "我代表政协岳阳市第九届委员会常务委员会，向大会报告工作，请予审议。\n"
            "一年来，市政协高举习近平新时代中国特色社会主义思想伟大旗帜，认真贯彻落实党的二十大精神和习近平总书记"
            "在庆祝中国人民政治协商会议成立75周年大会上的讲话精神。")
    ex = run(text)
    rels = relation_labels(ex)
    assert ("黎作凤", "addresses", "政协岳阳市第九届委员会第四次会议") in rels, rels
    assert ("岳阳市政协", "carriesOutSpiritOf", "党的二十大") in rels, rels
    assert "庆祝中国人民政治协商会议成立75周年大会" in labels(ex, "Meeting")


def test_a_court_report_made_at_a_session_is_one_document_with_who_delivered_it():
    text = ("1月12日，兰州市中级人民法院代理院长王某在兰州市第十七届人民代表大会第五次会议上作了"
            "《兰州市中级人民法院工作报告》。\n报告指出，2024年全市法院坚持公正司法。")
    ex = run(text)
    assert [e.label for e in ex.entities if e.type == "Document"] == ["兰州市中级人民法院工作报告"]
    rels = relation_labels(ex)
    session, report = "兰州市第十七届人民代表大会第五次会议", "兰州市中级人民法院工作报告"
    assert {(report, "reportedAt", session), ("王某", "delivered", report),
            ("王某", "holdsPostIn", "兰州市中级人民法院")} <= rels, rels


def test_an_executive_meetings_agenda_is_the_meetings_and_not_the_person_whose_speech_it_studied():
    text = ("毛某明主持省政府常务会议\n6月9日下午，省长毛某明主持召开省政府常务会议，传达学习习近平总书记重要讲话精神，"
            "研究部署长江经济带问题整改、第三届中国—非洲经贸博览会筹备、巩固拓展脱贫攻坚成果同乡村振兴有效衔接等工作。")
    ex = run(text)
    rels = relation_labels(ex)
    assert ("省政府常务会议", "addresses", "第三届中国—非洲经贸博览会") in rels, rels
    assert not any(r[0] == "习近平" for r in rels), rels
    assert "长江经济带" in labels(ex, "Place") and not any(p.startswith("研究") for p in labels(ex, "Place"))


def test_a_congress_closing_news_item_names_its_chair_its_rostrum_and_what_it_adopted():
    text = ("在圆满完成各项议程后，10日下午，市十五届人大二次会议在庄严的国歌声中胜利闭幕。大会由主席团常务主席俞某平主持。"
            "大会以举手表决的方式，通过了《关于常州市人民政府工作报告的决议》。"
            "大会执行主席、市委书记、市人大常委会主任阎某致闭幕辞。\n"
            "在主席台就座的有:省领导侯某珉、郭某强、郦斌、江勇。\n"
            "湖北日报讯(记者张进、李源、邓伟、通讯员王丹)2月2日下午，会议闭幕。召集人王某徽主持闭幕大会。")
    ex = run(text)
    rels = relation_labels(ex)
    session = "市第十五届人民代表大会第二次会议"
    assert {("俞某平", "addresses", session), ("阎某", "addresses", session),
            (session, "approved", "关于常州市人民政府工作报告的决议"), ("阎某", "holdsPostIn", "市委")} <= rels, rels
    people = labels(ex, "Person")
    assert {"江勇", "张进", "李源", "邓伟", "王丹", "王某徽"} <= people and "江勇。" not in people, people


def test_a_rostrum_list_closed_by_yiji_and_the_posts_of_the_names_after_it():
    text = ("县上领导陈某星、田某萍、王某臣、邹伟以及县政协副主席王某书、华某锋在大会主席台前排就坐。"
            "在大会主席台就座的还有县人武部、县法院的领导同志。")
    ex = run(text)
    assert {"陈某星", "田某萍", "王某臣", "邹伟", "王某书", "华某锋"} <= labels(ex, "Person"), labels(ex, "Person")
    assert not any("在" in m for m in labels(ex, "Meeting")), labels(ex, "Meeting")
    assert "县人武部" in labels(ex, "Organization")
    rels = relation_labels(ex)
    assert {("王某书", "holdsPostIn", "县政协"), ("华某锋", "holdsPostIn", "县政协")} <= rels, rels


def test_a_sessions_press_conference_its_editor_and_the_departments_that_spoke():
    text = ("省十三届人大七次会议举行第二场新闻发布会\n来源: 青海日报    发布时间: 2022-01-25 09:18    编辑: 许某\n"
            "1月24日下午，省十三届人大七次会议举行第二场新闻发布会。发布会邀请省委改革办、省发展和改革委员会、"
            "省乡村振兴局、省林业和草原局的有关负责同志作主题发布。")
    ex = run(text)
    press = "省十三届人大七次会议第二场新闻发布会"
    assert press in labels(ex, "Meeting"), labels(ex, "Meeting")
    assert (press, "relatedTo", "省第十三届人民代表大会第七次会议") in relation_labels(ex)
    assert "许某" in labels(ex, "Person")
    assert {"省委改革办", "省发展和改革委员会", "省乡村振兴局", "省林业和草原局"} <= {
        n.replace("青海", "") for n in labels(ex, "Organization")} | labels(ex, "Organization")


def test_who_chairs_under_a_ranked_post_and_the_names_of_a_list_cut_short():
    text = ("2月27日，全省商务工作会议在长沙召开。省人民政府副秘书长周某祥主持会议。\n"
            "市政协副主席郭某喜、张某平、吴某文……\n大会同意王某民代表中共凤翔县第十五届委员会所作的报告。")
    ex = run(text)
    assert ("周某祥", "addresses", "全省商务工作会议") in relation_labels(ex)
    assert {"吴某文", "王某民"} <= labels(ex, "Person"), labels(ex, "Person")


def test_a_report_reported_carries_out_the_spirit_and_a_party_groups_chair_is_the_committees():
    text = ("1月24日下午，省十三届人大七次会议举行第二场新闻发布会。发布会围绕2022年青海省人民政府工作报告展开。\n"
            "报告提出，2022年是实施“十四五”规划的关键一年。要以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神。\n"
            "市政协党组书记、主席周某芬出席会议。")
    rels = relation_labels(run(text))
    assert ("2022年青海省人民政府工作报告", "carriesOutSpiritOf", "党的十九大") in rels, rels
    assert ("周某芬", "holdsPostIn", "市政协") in rels, rels


def test_a_report_made_at_the_meeting_the_sentence_opened_with():
    text = "1月17日，扬州市九届人大四次会议在扬州会议中心隆重开幕，扬州市市长潘某强在会上作政府工作报告时表示，要苦干实干。"
    rels = relation_labels(run(text))
    assert ("政府工作报告", "reportedAt", "扬州市第九届人民代表大会第四次会议") in rels, rels


def test_programmes_listed_before_a_counted_quote_are_its_members():
    rels = relation_labels(run("实施新时代立德树人工程、五育并举提升工程和基础教育扩优提质行动等“九大行动”。"))
    for item in ("新时代立德树人工程", "五育并举提升工程"):
        assert (item, "inCategory", "九大行动") in rels, rels


def test_a_firms_chair_holds_his_post_in_it_and_a_province_before_a_firms_name_is_no_sea():
    text = ("10月29日，山东海辰一体化零碳产业园项目建设现场推进会举行。厦门海辰储能科技股份有限公司董事长吴某钰参加。")
    ex = run(text)
    assert ("吴某钰", "holdsPostIn", "厦门海辰储能科技股份有限公司") in relation_labels(ex)
    assert "山东海" not in labels(ex, "Place"), labels(ex, "Place")


@pytest.mark.parametrize(("text", "person", "body"), [
    ("远景科技集团联合创始人、总裁钱某程参加签约。", "钱某程", "远景科技集团"),  # a firm's president
    ("“监督就跟进到哪里。”区监委委员孙某超说。", "孙某超", "区监委"),  # a member of a commission
    ("县政协老领导郑某道、冯某民应邀参加会议。", "冯某民", None),  # its former leaders hold no post in it now
])
def test_members_presidents_and_former_leaders_named_by_their_posts(text, person, body):
    ex = run(text)
    assert person in labels(ex, "Person")
    posts = {(s, o) for s, p, o in relation_labels(ex) if p == "holdsPostIn"}
    assert posts == ({(person, body)} if body else set())


@pytest.mark.parametrize(("text", "person"), [
    ("涪西镇党委副书记、镇长王某晶对2023年“三农”工作成效进行复盘总结。", "王某晶"),  # a town's head
    ("副市长祖某公与中国移动安徽有限公司副总经理陈某代表双方签约。", "祖某公"),  # 祖, a surname
    ("市中级人民法院副庭长何某平介绍案情。市工商联副会长刘某强参加。", "刘某强"),  # a chamber's vice-president
])
def test_town_heads_judges_and_association_officers_are_named_by_their_posts(text, person):
    assert person in labels(run(text), "Person")


def test_a_conjunction_before_a_verb_after_a_members_title_is_no_name():
    ex = run("请省政协委员和列席同志提出意见。")
    assert not any(p.startswith("和") for p in labels(ex, "Person")), labels(ex, "Person")


def test_any_meeting_the_clause_says_is_held_somewhere_is_held_there():
    rels = relation_labels(run("第三届中非经贸博览会将于6月29日至7月2日在长沙举办。"))
    assert ("第三届中非经贸博览会", "heldIn", "长沙") in rels, rels
    rels = relation_labels(run("圆满完成上合天津峰会筹备任务\n在天津举办2025年上海合作组织峰会。"))
    assert not any(r[0] == "上合天津峰会" and r[1] == "heldIn" for r in rels), rels  # a line break ends the clause


def test_a_park_written_right_after_its_city_with_the_citys_level_lies_in_it():
    rels = relation_labels(run("省委书记王某晖考察崇州市天府粮仓国家现代农业产业园。"))
    assert ("天府粮仓国家现代农业产业园", "locatedIn", "崇州市") in rels, rels


def test_the_body_that_wrote_a_titled_document_issued_it():
    text = "2026年山东省政府工作报告\n各位代表：\n省政府编制了《山东省国民经济和社会发展第十五个五年规划纲要（草案）》，提请大会审查。"
    rels = relation_labels(run(text))
    assert ("山东省人民政府", "issued", "山东省国民经济和社会发展第十五个五年规划纲要（草案）") in rels, rels


@pytest.mark.parametrize(("text", "triple"), [
    ("认真落实市委“456”总体部署，推动高质量发展。", ("市委", "establishes", "456")),  # 总体部署: a strategy
    ("领会运用中央经济工作会议提出的“五个必须”规律性认识。", ("中央经济工作会议", "establishes", "五个必须")),
])
def test_the_body_or_meeting_right_before_a_quoted_formula_it_set_established_it(text, triple):
    assert triple in relation_labels(run(text))


def test_a_plans_period_after_a_body_is_no_formula_it_set():
    rels = relation_labels(run("贯彻落实市委“十五五”规划建议。"))
    assert not any(p == "establishes" for _, p, _ in rels), rels


@pytest.mark.parametrize(("text", "body", "people"), [
    ("市委常委杨某明、蔡某东、王某丽在主席台就座。", "市委", {"杨某明", "蔡某东", "王某丽"}),  # members of its committee
    ("市政协主席宋某洪，副主席刘某印、王某珍，秘书长姚某纯在主席台前排就座。", "市政协",
     {"宋某洪", "刘某印", "王某珍", "姚某纯"}),  # the roster's later ranks name no body: the first clause's
])
def test_a_rosters_members_and_later_ranks_hold_posts_in_its_body(text, body, people):
    posts = {s for s, p, o in relation_labels(run(text)) if p == "holdsPostIn" and o == body}
    assert posts == people


def test_a_rank_far_from_any_roster_takes_no_body():
    rels = relation_labels(run("市政协主席宋某洪出席会议。" + "会议强调，要扎实推进各项工作落实落地，确保取得实效。" * 6
                               + "副主任刘某印说。"))
    assert not any(s == "刘某印" and p == "holdsPostIn" for s, p, _ in rels), rels


def test_a_standing_committee_session_reviews_the_bills_whose_explanations_it_hears():
    text = ("28日，省十四届人大常委会第十次会议在福州举行第一次全体会议。省检察院检察长侯某军列席会议。"
            "会议先后听取省人大法制委委员李某作关于《某某省河湖保护条例（草案修改稿）》审议结果的报告，"
            "省水利厅副厅长陈某树作关于《某某省水资源管理条例（草案）》的说明。")
    ex = run(text)
    assert {"侯某军", "李某", "陈某树"} <= labels(ex, "Person") and "李某作" not in labels(ex, "Person")
    rels = relation_labels(ex)
    for bill in ("某某省河湖保护条例（草案修改稿）", "某某省水资源管理条例（草案）"):
        assert any(p == "reviewed" and o == bill for _, p, o in rels), rels


def test_a_meeting_relays_the_speeches_a_leader_gave_at_the_meetings_it_lists():
    text = ("12月15日，市委常委会会议召开，传达学习习近平总书记在中央经济工作会议上、在中央政治局集体学习时、"
            "在中央城市工作会议上的重要讲话精神。")
    rels = relation_labels(run(text))
    for meeting in ("中央经济工作会议", "中央城市工作会议"):
        assert ("市委常委会会议", "carriesOutSpiritOf", meeting) in rels, rels  # 学习 of 集体学习 opens no list
        assert ("习近平", "addresses", meeting) in rels, rels


def test_a_plenum_approves_its_own_resolution_not_the_meeting_whose_spirit_it_carries_out():
    text = ("7月9日上午，某县召开中国共产党某县第十二届委员会第四次全体会议，对贯彻落实市委七届五次全体会议精神作出安排部署，"
            "审议通过了《中共某县县委关于大力推动高质量发展的决议》。县长徐某向全会作了《关于推动高质量发展工作情况》的报告。")
    rels = relation_labels(run(text))
    plenum = "中国共产党某县第十二届委员会第四次全体会议"
    assert (plenum, "approved", "中共某县县委关于大力推动高质量发展的决议") in rels, rels
    assert not any(s == "市委七届五次全体会议" and p == "approved" for s, p, _ in rels), rels
    assert ("关于推动高质量发展工作情况", "reportedAt", plenum) in rels, rels  # 向全会作: made to the text's meeting
    assert ("徐某", "delivered", "关于推动高质量发展工作情况") in rels, rels


@pytest.mark.parametrize(("text", "a", "b", "agreement"), [
    ("上海市人民政府与中国某矿集团有限公司今天在沪签署战略合作协议。", "上海市人民政府", "中国某矿集团有限公司", None),
    ("宿州市政府与中国移动安徽公司签署《5G+数字宿州战略合作协议》。", "宿州市人民政府", "中国移动安徽公司",
     "5G+数字宿州战略合作协议"),
])
def test_the_two_parties_of_a_signing_are_two_bodies_related_and_party_to_the_agreement(text, a, b, agreement):
    ex = run(text)
    assert {a, b} <= labels(ex, "Organization") and not any("与" in o for o in labels(ex, "Organization"))
    rels = relation_labels(ex)
    assert (a, "relatedTo", b) in rels, rels
    if agreement:
        assert {(a, "takesPartIn", agreement), (b, "takesPartIn", agreement)} <= rels, rels


@pytest.mark.parametrize(("text", "person", "not_person"), [
    ("市委副书记、市长张某安排部署经济工作。", "张某", None),  # a verb right after a name of two
    ("我们将牢记习近平总书记殷殷嘱托，坚决贯彻落实。", None, "殷殷"),  # a reduplicated word is no name
    ("市委书记阎某致闭幕辞。", "阎某", "阎某致"),  # 致 opens the verb, not a name's third character
    ("市长杨某，中国移动通信集团安徽有限公司总经理钱某分别致辞。", "钱某", "钱某分"),  # 分别: an adverb after a name
    ("中共北京市委副书记王某顺及北京市老领导出席大会。", "王某顺", None),  # 及 joins the next guest
])
def test_a_name_after_a_title_may_be_followed_by_any_verb(text, person, not_person):
    people = labels(run(text), "Person")
    assert (person is None or person in people) and (not_person is None or not_person not in people), people


@pytest.mark.parametrize("text", ["书记一一", "市长王某作"])
def test_a_title_at_the_texts_very_end_reads_what_is_left(text):
    assert len(labels(run(text), "Person")) <= 1  # a name cut by the text's end: read, no IndexError


def test_a_reports_government_drafted_the_outline_its_sentence_leaves_without_a_subject():
    text = ("2026年江西省政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n"
            "根据《中共江西省委关于制定全省国民经济和社会发展第十五个五年规划的建议》，编制了《江西省国民经济和社会发展第十五个五年"
            "规划纲要（草案）》，提请大会审议。")
    rels = relation_labels(run(text))
    assert ("江西省人民政府", "issued", "江西省国民经济和社会发展第十五个五年规划纲要（草案）") in rels, rels


def test_a_press_conferences_roster_and_its_speaker_lines_attend_it():
    text = ("海南省人均预期寿命突破80岁新闻发布会实录\n\n中共海南省委宣传部新闻发布处四级调研员茹英英:\n\n"
            "欢迎出席海南省新闻办公室新闻发布会。出席今天发布会的有:海南省卫生健康委员会党委书记、主任周长强先生;"
            "海南省生态环境厅党组成员、副厅长孙善芳先生;省教育厅党组成员、副厅长李燕仪女士。\n\n"
            "海南省卫生健康委员会党委书记、主任周长强:\n\n各位新闻媒体朋友,大家上午好!")
    meeting = "海南省人均预期寿命突破80岁新闻发布会"
    rels = relation_labels(run(text))
    assert {(p, "addresses", meeting) for p in ("茹英英", "周长强", "孙善芳", "李燕仪")} <= rels, rels
    assert len(kg.build_graph(text)) > 0  # every predicate is the ontology's


@pytest.mark.parametrize("text, person", [
    ("出席的有：省卫生健康委员会副主任潘文利先生。", "潘文利"), ("省教育厅副厅长李燕仪女士出席。", "李燕仪"),
    ("中共海南省委宣传部新闻发布处四级调研员茹英英主持。", "茹英英"),
])
def test_a_name_before_an_honorific_or_after_a_civil_servants_rank_is_a_person(text, person):
    assert person in labels(run(text), "Person")


def test_a_name_before_a_clauses_adverb_is_the_name_alone():
    ex = run("招商二局局长亓玉国便高调开口。市委书记王某也出席会议。")
    assert {"亓玉国", "王某"} <= labels(ex, "Person") and not {"王某也"} & labels(ex, "Person")


def test_the_people_a_session_appoints_or_co_opts_and_a_labelled_bylines_author_are_persons():
    ex = run("会议以无记名投票方式,增补梁振刚为十一届市政协副主席,王健等4名委员为常务委员。免去李某的市财政局局长职务。"
             "任命干部为骨干。")
    assert {"梁振刚", "王健", "李某"} <= labels(ex, "Person") and "干部" not in labels(ex, "Person")
    ex = run("发布时间:2024-02-05 10:33 来源 : 中国网温州 作者 : 中欣\n正文内容开始。")
    assert "中欣" in labels(ex, "Person")


@pytest.mark.parametrize("text, people", [
    ("集团召开会议\n作者:陈夏       日期:2023-12-14\n12月14日,集团召开党委会议,传达学习会议精神。 祝益军 摄\n会议强调要抓落实。",
     {"陈夏", "祝益军"}),
    ("学校召开学习会\n发布时间:2022-03-30 作者:魏晓军;摄影:苏浩卿 编辑:张莉\n3月29日,学校召开学习会。", {"魏晓军", "苏浩卿", "张莉"}),
])
def test_a_pages_byline_names_its_author_photographer_and_editor_whatever_separates_them(text, people):
    assert people <= labels(run(text), "Person")


def test_a_body_and_a_deputys_rank_before_a_post_are_no_name():
    found = labels(run("党委书记王成端主持会议。党委副书记、校长刁永锋、党委副书记侯忠明作交流发言。"), "Person")
    assert {"王成端", "刁永锋", "侯忠明"} <= found and "党委副" not in found
