"""Units, places and titles on patterns that recur in reports of the genre (annotation guide, rulings)."""
from __future__ import annotations

import pytest

from conftest import extract_article, shipped_lexicon
from reportgen.extract.places import find_organisations, find_places

LEX = shipped_lexicon()


@pytest.mark.parametrize(("text", "places"), [
    ("五华县召开党员大会,五华县委书记出席。", ["五华县"]),
    ("九里镇党委组织全镇党员开展集中学习。", ["九里镇"]),
    ("三个乡镇和两县的干部参加了培训。", []),
    ("全县十四个乡镇全部完成。", []),
])
def test_a_place_may_open_with_a_numeral_but_a_count_is_no_place(text, places):
    assert find_places(text, LEX) == places


@pytest.mark.parametrize(("text", "name"), [
    ("东川市委巡察工作领导小组办公室近日召开会议。", "东川市委巡察工作领导小组办公室"),
    ("长河县人民医院开展义诊活动。", "长河县人民医院"),
    ("长河县水务集团召开党委会议。", "长河县水务集团"),
    ("九里镇党委组织全镇党员开展集中学习。", "九里镇党委"),
])
def test_organisation_names_run_to_their_last_office_word(text, name):
    assert [o.name for o in find_organisations(text, find_places(text, LEX), LEX)] == [name]


def test_a_clause_after_a_place_is_no_organisation():
    text = "东川县委召开常委会,东川市委书记李某到市民政局调研。"
    assert find_organisations(text, find_places(text, LEX), LEX) == []


def test_an_office_named_by_its_citys_stem():
    article = extract_article("本报讯 日前,甘肃省东川市委组织部批复同意,东川质量技术监督局学习实践活动转入分析检查阶段。"
                       "东川质量技术监督局采取集中学习与个人自学相结合的方式,认真学完了所有规定文章,并广泛征求意见建议。")
    assert (article.unit, article.locality) == ("东川质量技术监督局", "东川市")


def test_a_column_label_line_is_not_the_title_and_a_bracketed_tag_is_left_out():
    article = extract_article("进村入户听民声 解忧纾困办实事(一线探落实·走基层)\n\n发布时间:2023-12-05 10:15:00 来源: 某某网-《江城日报》\n\n"
                       "核心阅读\n\n第二批主题教育开展以来,长河区引导干部深入一线,多措并举解决群众急难愁盼问题,"
                       "截至目前,长河区处级干部深入一线开展调研120次,发现问题45个。")
    assert article.title == "进村入户听民声 解忧纾困办实事"
    assert article.source == "江城日报"
    assert article.date == "2023-12-05"


def test_a_page_stamp_glued_to_the_first_paragraph_gives_the_date():
    article = extract_article("来源:江城新闻网\n\n2021-03-15 09:42今年以来,长河县全面推行学习制度,要求全县各级党组织每次召开会议时,"
                       "都要把理论学习列为第一议题,组织开展集中学习。\n\n(通讯员 甲乙丙)")
    assert article.date == "2021-03-15"


def test_a_dateline_with_its_date_names_the_publication():
    article = extract_article("县委召开常委会议研究部署工作\n\n长河县网4月23日讯(记者 甲乙丙)4月23日,县委书记主持召开县委常委会议,"
                       "总结前段时间全县教育实践活动开展情况,对下阶段工作进行安排部署。")
    assert article.source == "长河县网"


@pytest.mark.parametrize(("text", "unit"), [
    ("镇党委召开专题组织生活会\n\n近日,镇党委召开专题组织生活会,班子成员逐一进行对照检查,开展批评和自我批评,查摆问题26个。", "镇党委"),
    ("区委召开常委会议\n\n近日,区委召开常委会议,传达学习上级会议精神,研究部署下一阶段重点工作,强调抓好各项任务落实。", "区委"),
])
def test_a_bare_office_that_is_the_only_name_is_kept_as_written(text, unit):
    assert extract_article(text).unit == unit


def test_a_distance_from_the_county_seat_is_no_place():
    text = "石岭村距县政府约30公里,过去村民出行十分不便。"
    assert find_places(text, LEX) == ["石岭村"]
    assert find_organisations(text, find_places(text, LEX), LEX) == []


def test_an_office_where_a_meeting_was_held_is_not_the_unit():
    article = extract_article("“要把学习成果转化为工作动力”……在日前召开的长河县水务局党组会议上,该局负责人领学了有关文件。"
                       "今年,长河县全面推行学习制度,要求全县各级党组织每次召开会议时都要把理论学习列为第一议题。")
    assert article.unit == "长河县"


@pytest.mark.parametrize(("text", "title"), [
    ("【基层动态】长河镇:党员带头干 群众跟着来\n\n长河镇党委坚持把党建引领贯穿乡村振兴全过程,组织党员带头发展特色产业,建成种植基地5个。",
     "长河镇:党员带头干 群众跟着来"),
    ("长河镇:党员带头干 群众跟着来 记者 甲乙 通讯员 丙丁\n\n长河镇党委坚持把党建引领贯穿乡村振兴全过程,组织党员带头发展特色产业。",
     "长河镇:党员带头干 群众跟着来"),
])
def test_a_column_tag_before_and_a_byline_after_a_headline_are_not_the_title(text, title):
    assert extract_article(text).title == title


@pytest.mark.parametrize(("text", "source"), [
    ("长河镇打通服务群众最后一公里\n\n(江城新闻网东省讯)近年来,长河镇党委全力构建惠民工程党建体系,着力打造农村党建品牌,建成服务站12个。",
     "江城新闻网"),
    ("长河全市掀起学习热潮\n\n长河信息港消息:\n\n长河全市动员大会召开后,各单位认真组织,积极部署,迅速掀起学习热潮,开展集中学习120场次。",
     "长河信息港"),
    ("县委书记:学习教育要做到五个进一步\n\n县委常委会召开。 县委书记要求,学习教育要做到五个进一步。\n\n"
     "长河县网4月23日讯(记者 甲乙丙)4月23日,县委书记主持召开县委常委会议,总结前段时间全县学习教育开展情况。", "长河县网"),
])
def test_a_dateline_names_the_publication_in_its_other_shapes(text, source):
    assert extract_article(text).source == source


def test_two_whole_document_titles_are_not_joined():
    article = extract_article("长河县河道管理工作情况汇报\n长河县党史学习教育开展情况汇报\n"
                       "今年以来,全县各级党组织把党史学习教育作为重要政治任务,精心组织、周密部署,推动学习教育扎实开展,取得了明显效果。")
    assert article.title == "长河县党史学习教育开展情况汇报"


def test_a_headline_broken_over_two_lines_is_joined():
    article = extract_article("长河县召开党史学习教育\n动员部署大会\n"
                       "今年以来,全县各级党组织把党史学习教育作为重要政治任务,精心组织、周密部署,推动学习教育扎实开展,取得了明显效果。")
    assert article.title == "长河县召开党史学习教育动员部署大会"


def test_a_dateline_closed_by_its_date_and_电_names_the_publication():
    article = extract_article("江城网长河新闻3月9日电 今年以来,长河县扎实推进主题教育,组织全县党员干部深入基层"
                              "开展调研,收集意见建议300余条,推动解决了一批群众急难愁盼问题。")
    assert article.source == "江城网"


def test_a_source_naming_a_site_and_its_channel_is_the_site():
    article = extract_article("长河县:走访群众听民声\n\n2022年05月10日09:12 | 来源:江城网-长河频道\n\n"
                              "主题教育开展以来,长河县组织干部深入一线,走访群众1200户,收集意见建议86条,"
                              "逐条建立台账,限期办结。")
    assert article.source == "江城网"
    assert article.date == "2022-05-10"


def test_a_sites_name_alone_above_the_headline_is_its_masthead_not_the_title():
    article = extract_article("江城网\n\n长河县:走访群众听民声 办好惠民实事\n\n"
                              "主题教育开展以来,长河县组织干部深入一线,走访群众1200户,收集意见建议86条,"
                              "逐条建立台账,限期办结。")
    assert article.title == "长河县:走访群众听民声 办好惠民实事"


def test_a_byline_without_blanks_is_a_byline_not_the_title():
    article = extract_article("长河镇:为民服务见实效\n本报记者甲乙通讯员丙丁戊己庚辛\n"
                              "主题教育开展以来,长河镇党委聚焦群众所需,组织党员干部走村入户,收集诉求建议124条,"
                              "已办结98条。")
    assert article.title == "长河镇:为民服务见实效"
    assert article.authors == ["甲乙", "丙丁戊", "己庚辛"]


@pytest.mark.parametrize(("text", "places"), [
    ("这是槐下镇扎实推进主题教育的一个缩影。", ["槐下镇"]),  # a stem ending in a locative
    ("镇沣县水利局组织干部走访群众。", ["镇沣县"]),  # a stem opening with a level character
    ("在县委的领导下镇党委认真开展学习。", []),
    ("全市县直单位和各乡镇村干部参加。", []),
])
def test_a_places_stem_may_end_in_a_locative_or_open_with_a_level_character(text, places):
    assert find_places(text, LEX) == places


def test_a_title_names_its_town_by_the_stem_ending_in_a_locative():
    article = extract_article("槐下扎实推进主题教育\n本报讯(通讯员 甲乙丙)近日,槐下镇组织机关干部开展主题教育应知应会测试,"
                              "共43名党员干部参加。这是槐下镇扎实推进主题教育的一个缩影。")
    assert article.unit == "槐下镇"


def test_an_office_named_by_its_level_opening_the_lead_is_the_unit_not_the_village_it_visits():
    article = extract_article("江城网讯 (通讯员 甲乙丙) 日前,州粮油收购检测中心组织干部职工到挂钩点长河县青石乡白岩村开展走访,"
                              "确定困难群众28户。白岩村是长河州扶贫办确定的该中心挂钩点,四年来该中心投入资金120万元。")
    assert article.unit == "长河州粮油收购检测中心"


def test_a_verb_before_a_noun_of_its_field_stays_inside_an_office_name_but_a_clause_does_not():
    from reportgen.extract.reporting_unit import _has_verb_inside

    assert not _has_verb_inside("州粮油收购检测中心", LEX)
    assert _has_verb_inside("县召开党委", LEX)


def test_a_masked_place_gives_way_to_its_office_as_written():
    article = extract_article("***乡关于主题教育的工作汇报\n一、工作开展情况\n自县委召开主题教育动员会后,乡党委高度重视,"
                              "立即召开班子会议研究部署,组织全乡党员开展集中学习,目前已完成9个党支部共860名党员的集中学习。")
    assert article.unit == "乡党委"


def test_a_set_phrase_ending_in_a_verb_opens_a_predicate():
    from reportgen.extract.reporting_unit import opens_predicate

    assert opens_predicate("高度重视,立即部署", LEX)
    assert not opens_predicate("重点项目建设工作", LEX)


def test_a_manner_and_verb_phrase_the_dictionary_tags_a_name_opens_a_predicate():
    from reportgen.extract.reporting_unit import opens_predicate

    assert opens_predicate("广泛开展“我为群众办实事”实践活动", LEX)  # tagged nr by the dictionary
    assert not opens_predicate("王小明同志带队走访", LEX)  # a person's name is no predicate


def test_a_headline_that_cries_out_is_not_joined_to_the_text_below_it():
    article = extract_article("再创佳绩! 长河县河长制工作再获全市第一\n\n2019-03-18 16:25:07   来源:江城新闻网\n\n"
                              "江城新闻网讯近日,记者从长河县河长办获悉,2018年我县获市级河长制考核评比第一名,"
                              "全县聘用河道保洁员300多名,打捞河漂垃圾489吨。")
    assert article.title == "再创佳绩! 长河县河长制工作再获全市第一"
    assert article.unit == "长河县"  # the office the reporter heard from is not the actor


def test_a_common_word_before_a_kind_of_place_is_no_place():
    from reportgen.extract.places import _is_place

    assert not _is_place("助力园区", LEX)
    assert _is_place("青禾园区", LEX)


def test_a_publication_before_its_reporters_bracket_and_the_office_heading_a_list_of_actors():
    article = extract_article("长河融媒(记者 甲乙丙)7月27日,市人民医院、市融媒体中心和青石社区的干部职工一同深入白沙小区"
                              "开展义诊活动,30多名医生和志愿者参加。今年以来,市人民医院已举办27场走基层活动。")
    assert article.source == "长河融媒"
    assert article.unit == "市人民医院"
