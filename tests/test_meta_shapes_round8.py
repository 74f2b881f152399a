"""Metadata shapes of round 8's fresh probe that recur across reports (invented sentences of the genre).

A community named by its address and an ordinary word (某区某街道 + 幸福社区), a scraped page whose
first line is an advertisement's link, a dateline of a one-character site name (某网时刻讯).
"""
from __future__ import annotations

import pytest

from conftest import extract_article, shipped_lexicon
from reportgen.extract.places import find_places

LEX = shipped_lexicon()


@pytest.mark.parametrize(("text", "places"), [
    ("近日,青山区柳塘街道和平社区组织党员志愿者开展环境整治。", ["青山区", "柳塘街道", "和平社区"]),
    ("近日,青山区柳塘街道新建社区积极部署创城宣传。", ["青山区", "柳塘街道", "新建社区"]),
    # a kind of place, a quantifier, a level word glued into a word: no community's name
    ("柳塘街道辖区社区开展宣传,柳塘街道各社区参加。", ["柳塘街道"]),
    ("青石县农业农村局召开会议,青石县各乡镇参加。", ["青石县"]),
    # an ordinary word after a street that is no clause's subject names no community
    ("柳塘街道党员进社区开展服务。", ["柳塘街道"]),
])
def test_a_community_named_by_an_ordinary_word_after_its_street_acts(text, places):
    assert find_places(text, LEX) == places


@pytest.mark.parametrize(("text", "unit"), [
    ("标题\n\n为巩固创城成果,近日,青山区柳塘街道和平社区组织社区干部及志愿者20余人开展清扫活动,清理垃圾3吨。",
     "青山区柳塘街道和平社区"),
    # the community's address given once, its short name acting in the lead: the address is its full name
    ("标题\n\n“志愿者报名电话……”这是贴在南溪市东湖街道桂园社区门口的一则信息。桂园社区作为一个人口多的社区,"
     "组织党员、居民轮流值守,排查车辆1200台次。", "南溪市东湖街道桂园社区"),
    # a town keeps its own name, its county left out
    ("标题\n\n日前,长河县杨家畈镇紧紧围绕主题教育总体部署,在全镇扎实开展“大走访”活动,走访农户300户。", "杨家畈镇"),
])
def test_a_community_unit_is_named_by_its_address(text, unit):
    assert extract_article(text).unit == unit


def test_a_link_line_above_the_lead_is_not_the_lead():
    text = ("治疗脱发哪家医院好 https://www.example.com/ad/zhuanke/12345.html\n"
            "为进一步提升城市形象,在辖区内营造“爱环境、讲卫生”的良好氛围。近日,青山区柳塘街道和平社区组织社区干部、"
            "工作人员及志愿者近20人开展学雷锋志愿服务活动。\n")
    assert extract_article(text).unit == "青山区柳塘街道和平社区"


@pytest.mark.parametrize(("text", "places"), [
    # a town the dictionary does not know, cut into characters, opening its clause as the actor
    ("近期,中岭镇组织全体镇村干部召开专题会议。", ["中岭镇"]),
    ("近日,邓家坊镇组织镇综治办、派出所等部门开展宣传。", ["邓家坊镇"]),
    # characters of a clause before a level word name no town
    ("书记要到镇党委汇报工作。", []),
    ("会议要求,各乡镇要抓好落实。", []),
])
def test_a_town_the_dictionary_does_not_know_opening_its_clause_is_a_place(text, places):
    assert find_places(text, LEX) == places


def test_a_verb_after_a_town_before_another_office_by_level_is_no_office_name():
    text = "标题\n\n近日,邓家坊镇组织镇综治办、安监办、派出所等部门开展专项宣传活动,共发放宣传资料400余份、悬挂横幅4条。"
    assert extract_article(text).unit == "邓家坊镇"


@pytest.mark.parametrize(("lead", "source"), [
    ("红网时刻某地5月3日讯(通讯员 张三)近日,某街道开展走访活动。", "红网"),
    ("本网讯 近日,某街道开展走访活动。", None),
    ("光明日报讯 近日,某街道开展走访活动。", "光明日报"),
])
def test_a_site_named_by_one_character_and_its_web_word_is_a_datelines_source(lead, source):
    assert extract_article("某街道开展走访活动\n\n" + lead + "走访群众300户,收集意见建议56条。").source == source


def test_an_institution_whose_leader_leads_the_lead_is_the_unit():
    # the hospital acts through its leader's title chain; a place's government before its head's post does not
    text = ("标题\n\n为扎实推进主题教育,7月25日下午,云州医院党委书记、院长李某带领医院领导班子成员和部分支部书记"
            "到云州市档案馆参观主题教育档案文献展,院领导班子成员、支部书记共50人参加。")
    assert extract_article(text).unit.startswith("云州医院")


def test_a_zones_committee_before_an_officials_post_is_not_the_unit():
    text = ("云州市委群众路线民意直通车活动在下五村启动\n\n4月1日上午,云州市委副书记、青石开发区工委书记李某率领市委各部门人员"
            "走进下五村,干部群众200余人参加活动,收集意见建议56条。")
    assert not extract_article(text).unit.endswith("工委")


def test_a_list_pages_date_stamp_before_a_repeated_headline_is_no_enumeration_and_no_part_of_the_title():
    text = ("02.03 青山区柳塘街道:党员志愿者守好社区防控“安全门”\n\n青山区柳塘街道:党员志愿者守好社区防控“安全门”\n\n"
            "志愿者在路口值守。\n\n连日来,身穿红马甲的党员志愿者在柳塘街道各社区值守,排查走访住户600多户,排查人员2000多名。")
    article = extract_article(text)
    assert article.title == "青山区柳塘街道:党员志愿者守好社区防控“安全门”"


def test_a_numbered_point_is_still_an_enumeration_and_a_decimal_no_label():
    from reportgen.extract.headlines import is_headline_like
    assert not is_headline_like("1.加强组织领导")
    assert is_headline_like("2.5万名党员进社区")
