"""Metadata on shapes of the genre that recur on reports never tuned on (invented sentences).

Each case is one rule stated about where a report names its unit or its title:
the actor after the text's word for itself (我校某某工作队), an institution's
office named by kind alone (公司党委), a name of the kind the text calls itself
by (我院 -> 某某医院), a counter line that is never a title, a scraper's
separator bar after a headline.
"""
from __future__ import annotations

import pytest

from conftest import extract_article


@pytest.mark.parametrize(("text", "unit"), [
    ("简讯\n\n为做好脱贫攻坚工作,10月9日至15日,我校驻村帮扶工作队认真落实县扶贫办的工作安排,对岚溪镇柘塘村"
     "贫困户开展入户核查,共走访贫困户40户。", "驻村帮扶工作队"),
    ("简讯\n\n近日,本院护理部党支部组织开展“进社区、送健康”活动,为居民义诊120人次。", "护理部党支部"),
], ids=["school-team", "hospital-branch"])
def test_the_actor_named_after_the_texts_word_for_itself_is_the_unit(text, unit):
    assert extract_article(text).unit == unit


def test_the_word_for_itself_with_a_bare_ending_names_no_one():
    # 我局党组: no name between the self-reference and the ending; the level office before it is the unit
    article = extract_article("简讯\n\n近日,县交通局党组召开专题会议,我局党组成员参加会议,研究整改措施12条。")
    assert article.unit == "县交通局党组"


@pytest.mark.parametrize(("text", "unit"), [
    ("2019年6月5日上午,公司党委在三楼会议室召开专题民主生活会,班子成员共9人参加。", "公司党委"),
    ("近日,学校党委组织全体党员开展主题党日活动,共有党员85人参加。", "学校党委"),
], ids=["company", "school"])
def test_an_institutions_office_named_by_kind_alone_is_kept_as_written(text, unit):
    assert extract_article(text).unit == unit


def test_a_name_of_the_kind_the_text_calls_itself_by_is_the_unit():
    text = ("眼耳鼻喉专科医院开展“查摆问题”专题讨论\n\n"
            "11月20日,我院召开专题讨论会,班子成员、科室负责人参加,共梳理意见建议30余条。")
    assert extract_article(text).unit == "眼耳鼻喉专科医院"


def test_a_line_of_figures_alone_is_a_counter_never_the_title():
    text = "工作动态\n2018-03-12\n2046\n近日,岚溪镇组织党员干部深入村组走访农户,收集意见建议56条,现场解决32条。"
    article = extract_article(text)
    assert article.title is None
    assert article.date == "2018-03-12"


def test_a_separator_bar_after_a_headline_is_not_part_of_the_title():
    text = "岚溪镇党委 |\n凝聚合力抓落实 |\n\n本报讯 岚溪镇党委坚持问题导向,扎实开展走访,收集意见建议56条。"
    assert extract_article(text).title == "凝聚合力抓落实"


def test_a_clause_about_the_kind_the_text_calls_itself_by_names_no_unit():
    text = ("简讯\n\n本报讯 7月3日下午,我校学习实践活动总结大会召开。活动中,全校党员紧密结合学校工作实际,"
            "查摆问题20余条。")
    assert extract_article(text).unit is None


def test_a_publication_before_a_bracket_of_names_is_the_source_and_the_names_the_authors():
    article = extract_article("柘溪在线(李晓峰)3月6日上午,区直机关第一批主题教育动员大会在区委党校召开,"
                              "来自区直机关的党员干部120余人参加会议。")
    assert (article.source, article.authors) == ("柘溪在线", ["李晓峰"])


@pytest.mark.parametrize(("stamp", "date"), [
    ("09.09.2016 08:40", "2016-09-09"),
    ("23.05.2016 08:40", "2016-05-23"),
    ("05.23.2016 08:40", "2016-05-23"),
    ("03.05.2016 08:40", None),
], ids=["same-either-way", "day-first", "month-first", "ambiguous"])
def test_a_page_stamp_with_the_year_last_gives_a_date_only_where_its_order_cannot_matter(stamp, date):
    text = f"岚溪镇开展走访活动\n{stamp}本文来源: 镇党政办\n近日,岚溪镇组织党员干部深入村组走访农户,收集意见建议56条。"
    assert extract_article(text).date == date


def test_an_experimental_zone_is_a_place_and_its_short_name_no_other():
    text = ("岚湖港实验区启动“党员集中活动日”\n\n本报讯(记者 李明)为岚湖港区建设发展提供坚强保证,"
            "该区各级党组织近日开展集中学习,参加党员2000余名。")
    assert extract_article(text).unit == "岚湖港实验区"


def test_of_an_address_opening_the_title_the_smallest_place_is_the_unit():
    # a common word's stem (梨园): the title's chain names it a place, the lead names it again
    text = ("岚江县梨园乡开展“我为发展献一策”主题调研活动\n\n"
            "日前,梨园乡组织全体机关干部深入村组农户开展调研,走访农户320户,收集意见建议45条。")
    assert extract_article(text).unit == "梨园乡"


def test_a_places_committee_and_government_together_are_the_place():
    text = ("岚江县柘园乡开展主题调研活动\n\n"
            "日前,柘园乡党委、政府结合工作实际,在全体机关干部中开展主题调研活动,走访农户320户。")
    assert extract_article(text).unit == "柘园乡"


@pytest.mark.parametrize(("closing", "authors"), [
    ("(周立新)", ["周立新"]),
    ("(常开元 丁子乐) |", ["常开元", "丁子乐"]),
    ("(岚溪供电公司 王琪)", ["王琪"]),
    ("(岚溪县融媒体中心记者 苏雪梅)", ["苏雪梅"]),
    ("(岚溪区政协 潘巍 供稿)", ["潘巍"]),
], ids=["one-name", "two-names-and-a-bar", "unit-then-name", "unit-glued-to-role", "contributed"])
def test_a_closing_bracket_of_writers_names_the_authors(closing, authors):
    text = f"岚溪镇开展走访活动\n\n近日,岚溪镇组织党员干部走访农户320户,收集意见建议56条,为群众办实事30件。{closing}"
    assert extract_article(text).authors == authors


@pytest.mark.parametrize("closing", ["(试行)", "(有删节)", "(草案)", "(完)"])
def test_a_closing_bracket_of_words_names_no_author(closing):
    text = f"岚溪镇开展走访活动\n\n近日,岚溪镇组织党员干部走访农户320户,收集意见建议56条,为群众办实事30件。{closing}"
    assert extract_article(text).authors == []


def test_a_closing_credit_names_its_writer():
    text = "岚溪镇开展走访活动\n\n近日,岚溪镇组织党员干部走访农户320户,收集意见建议56条。\n\n岚溪新闻网财经:方立新"
    article = extract_article(text)
    assert (article.source, article.authors) == ("岚溪新闻网", ["方立新"])


def test_a_sites_menu_on_one_line_is_never_the_title():
    text = ("首页 | 新闻中心 | 工作动态 | 政务公开 | 办事服务\n"
            "为切实帮助企业解决实际困难,市商务局近日组织干部深入企业走访,收集问题建议36条,现场解决21条。")
    assert extract_article(text).title is None


@pytest.mark.parametrize(("text", "unit"), [
    ("简讯\n\n近日,岚溪路办事处工商联分会根据自身实际,认真制定活动方案,组织会员企业开展走访80余次。",
     "岚溪路办事处工商联分会"),
], ids=["branch-of-a-federation"])
def test_an_association_or_its_branch_is_an_organisation(text, unit):
    assert extract_article(text).unit == unit


BULLETIN = ("岚溪医院学习实践活动简报(3)\n"
            "学习实践活动\n简 报\n(3)\n"
            "岚溪医院学习实践活动\n领导小组办公室                二〇〇九年三月五日\n"
            "凝心聚力 查摆问题 推动发展\n"
            "3月4日,我院学习实践活动领导小组召开专题座谈会,科室负责人、党支部书记参加,共梳理意见建议30余条。")


def test_a_reposted_bulletins_report_takes_its_own_headline_and_issuing_date():
    article = extract_article(BULLETIN)
    assert (article.title, article.date) == ("凝心聚力 查摆问题 推动发展", "2009-03-05")


def test_an_issuing_line_dates_the_report_in_arabic_numerals_too():
    article = extract_article(BULLETIN.replace("二〇〇九年三月五日", "2009年3月5日"))
    assert article.date == "2009-03-05"


def test_a_place_where_someone_is_from_is_no_actor_but_a_later_clauses_subject_is():
    text = "大走访活动简报\n\n王某是柘川市岚坪镇人,今年以来,柘川市岚坪镇组织干部走访农户300户,收集意见建议56条。"
    assert extract_article(text).unit == "岚坪镇"


@pytest.mark.parametrize(("source", "unit"), [
    ("柘川县融媒体中心", "柘川县"),
    ("柘川市融媒体中心", None),
], ids=["same-level", "another-level"])
def test_a_text_calling_itself_by_level_takes_the_place_of_its_publication_only_at_that_level(source, unit):
    text = (f"扎实推进主题教育\n发布时间:2021-05-06  来源:{source}\n"
            "今年以来,我县组织党员干部走访农户3000户,收集意见建议560条。")
    assert extract_article(text).unit == unit


def test_a_decks_dash_is_not_part_of_the_title_it_stands_for():
    text = "——岚坪镇开展大走访活动侧记\n\n近日,岚坪镇组织干部走访农户300户,收集意见建议56条。"
    assert extract_article(text).title == "岚坪镇开展大走访活动侧记"


@pytest.mark.parametrize(("text", "framework"), [
    ("强化“三为”意识 提升服务成效\n\n岚坪镇党委坚持服务为先、满意为本、典型为要的“三为”工作思路,走访农户300户。", "三为"),
    ("岚坪镇扎实开展走访\n\n岚坪镇党委积极推行“四要”举措,确保活动扎实开展。\n\n"
     "一是要落实知晓率。组织党员120余人参加动员会,传达上级精神,安排部署活动。\n\n"
     "二是要提高参与率。组织党员干部深入村组,走访农户300户,收集意见建议56条。\n\n"
     "三是要加强督导。成立督导组3个,对各村活动开展情况进行督导检查。\n\n"
     "四是要注重实效。对收集的意见建议逐条梳理,建立台账,限期整改落实。", "四要"),
    ("岚坪镇扎实开展走访\n\n今年以来,岚坪镇组织党员干部深入村组走访农户300户,收集意见建议56条,为群众办实事30件。\n"
     "岚坪镇念好深、快、实“三字诀”,切实推动走访活动落地见效。", "三字诀"),
], ids=["quoted-in-title", "quoted-with-as-many-points", "spelled-out-after-the-lead"])
def test_a_quoted_numeral_phrase_is_the_framework_where_the_report_bears_it_out(text, framework):
    assert extract_article(text).framework == framework


def test_a_campaigns_slogan_is_no_framework():
    text = ("岚坪镇扎实开展学习\n\n岚坪镇扎实推进“两学一做”学习教育常态化制度化,组织党员学习30余次。\n"
            "一是抓学习。\n二是抓整改。")
    assert extract_article(text).framework is None
